import type { CompiledOutcome, CompiledQuestion, CompiledRouteMap, Contact } from './compiled';

/** Who is walking: the subregion of the user's municipality, or null when it is not known. */
export interface WalkContext {
  subregion: string | null;
}

/** One answered question on the way, for "the path you took". */
export interface PathStep {
  questionId: string;
  question: string;
  answerId: string;
  answer: string;
}

export interface WalkQuestion {
  status: 'question';
  /** 1-based number of the step this question is. */
  step: number;
  question: { id: string; text: string; help: string | null; options: { id: string; label: string }[] };
  path: PathStep[];
}

export interface WalkOutcome {
  status: 'outcome';
  outcome: { id: string; title: string; text: string; contacts: Contact[] };
  path: PathStep[];
}

/** A walk that cannot go on: an answer that is not an option, or answers beyond the outcome. */
export interface WalkError {
  status: 'error';
  code: 'invalid-answer' | 'past-outcome';
  /** 1-based step at which the walk failed. */
  step: number;
  questionId: string | null;
  answer: string;
  allowed: string[];
}

export type WalkResult = WalkQuestion | WalkOutcome | WalkError;

/**
 * Walks a map with the given answers, one per question from the start node. Pure: the browser and
 * the server run this same function, so a step in the browser never waits on the network.
 * Graph validity (every `next` exists, no cycles) is guaranteed at content load.
 */
export function walk(map: CompiledRouteMap, answers: readonly string[], context: WalkContext): WalkResult {
  const path: PathStep[] = [];
  let node = map.nodes[map.start]!;
  for (const [index, answerId] of answers.entries()) {
    if (node.type === 'outcome') {
      return { status: 'error', code: 'past-outcome', step: index + 1, questionId: null, answer: answerId, allowed: [] };
    }
    const option = node.options.find((o) => o.id === answerId);
    if (!option) {
      return {
        status: 'error',
        code: 'invalid-answer',
        step: index + 1,
        questionId: node.id,
        answer: answerId,
        allowed: node.options.map((o) => o.id),
      };
    }
    path.push({ questionId: node.id, question: node.text, answerId, answer: option.label });
    node = map.nodes[option.next]!;
  }
  if (node.type === 'question') return { status: 'question', step: answers.length + 1, question: questionView(node), path };
  return { status: 'outcome', outcome: outcomeView(map, node, context), path };
}

function questionView(node: CompiledQuestion): WalkQuestion['question'] {
  return { id: node.id, text: node.text, help: node.help, options: node.options.map(({ id, label }) => ({ id, label })) };
}

/**
 * Contacts bound to a subregion (the Zorg- en Veiligheidshuis of seed 000) are shown only to
 * municipalities of that subregion; with no municipality known, all of them are shown.
 */
export function contactsFor(map: CompiledRouteMap, node: CompiledOutcome, context: WalkContext): Contact[] {
  const contacts = node.contacts.map((id) => map.contacts[id]!);
  if (context.subregion === null) return contacts;
  const bound = contacts.filter((c) => c.subregion !== null);
  const mine = bound.filter((c) => c.subregion === context.subregion);
  // A subregion with no contact of its own in this outcome still sees every bound contact.
  return contacts.filter((c) => c.subregion === null || mine.length === 0 || c.subregion === context.subregion);
}

function outcomeView(map: CompiledRouteMap, node: CompiledOutcome, context: WalkContext): WalkOutcome['outcome'] {
  return { id: node.id, title: node.title, text: node.text, contacts: contactsFor(map, node, context) };
}
