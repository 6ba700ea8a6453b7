import type { Language, LocalizedText } from '../content/localized';
import type { OutcomeNode, QuestionNode, RouteMapFile, RouteMapNode } from './schema';

/**
 * Editing a route map in the browser's editor (issue 9). Every operation returns a new map and
 * leaves its input alone, so the editor can keep the draft in React state. Operations do not
 * repair references: deleting a node leaves the options that led to it pointing at nothing, and
 * validation (validateRegionPack) says so on those options' questions until the editor points
 * them elsewhere. A hidden repair would change the tree in places the editor did not look.
 */

/** Where an option points before the editor chose a node: no node has this id, so validation flags it. */
export const NO_NODE = '';

export type NodeType = RouteMapNode['type'];

/** The text in one language, as an editor shows it: empty when that language has none. */
export function textIn(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return lang === 'nl' ? text : '';
  return (lang === 'en' ? text.en : text.nl) ?? '';
}

/**
 * The text with one language replaced. The result is always `{nl, en?}`: an English text without
 * a Dutch one is kept, validation then asks for the Dutch text. An empty English text is left out.
 */
export function withText(text: LocalizedText | undefined, lang: Language, value: string): LocalizedText {
  const nl = lang === 'nl' ? value : textIn(text, 'nl');
  const en = lang === 'en' ? value : textIn(text, 'en');
  return en === '' ? { nl } : { nl, en };
}

/** An id not used by any node of the map: `vraag-3`, `uitkomst-2`, … */
export function freeNodeId(map: RouteMapFile, type: NodeType): string {
  const prefix = type === 'question' ? 'vraag' : 'uitkomst';
  const used = new Set(map.nodes.map((n) => n.id));
  let n = 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

function newNode(id: string, type: NodeType): RouteMapNode {
  if (type === 'outcome') return { id, type, title: { nl: '' }, text: { nl: '' }, contacts: [] };
  return {
    id,
    type,
    text: { nl: '' },
    options: [
      { id: 'yes', label: { nl: 'Ja', en: 'Yes' }, next: NO_NODE },
      { id: 'no', label: { nl: 'Nee', en: 'No' }, next: NO_NODE },
    ],
  };
}

/**
 * Adds an empty question (with the options yes and no, pointing nowhere yet) or outcome after the
 * node `after`, or at the end. Returns the new node's id so the editor can select it.
 */
export function addNode(map: RouteMapFile, type: NodeType, after?: string): { map: RouteMapFile; id: string } {
  const id = freeNodeId(map, type);
  const at = after === undefined ? -1 : map.nodes.findIndex((n) => n.id === after);
  const nodes = [...map.nodes];
  nodes.splice(at < 0 ? nodes.length : at + 1, 0, newNode(id, type));
  return { map: { ...map, nodes }, id };
}

/** Removes the node; options that led to it (and the start, if it was the start) now point at nothing. */
export function deleteNode(map: RouteMapFile, id: string): RouteMapFile {
  return { ...map, nodes: map.nodes.filter((n) => n.id !== id) };
}

/** Moves the node one place up (-1) or down (+1) in the list: the order the printed map reads in. */
export function moveNode(map: RouteMapFile, id: string, delta: -1 | 1): RouteMapFile {
  const from = map.nodes.findIndex((n) => n.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= map.nodes.length) return map;
  const nodes = [...map.nodes];
  [nodes[from], nodes[to]] = [nodes[to]!, nodes[from]!];
  return { ...map, nodes };
}

/** Nodes that lead to `id` through one of their options: what deleting it would leave pointing at nothing. */
export function nodesLeadingTo(map: RouteMapFile, id: string): QuestionNode[] {
  return map.nodes.filter((n): n is QuestionNode => n.type === 'question' && n.options.some((o) => o.next === id));
}

function updateQuestion(map: RouteMapFile, id: string, change: (node: QuestionNode) => QuestionNode): RouteMapFile {
  return { ...map, nodes: map.nodes.map((n) => (n.id === id && n.type === 'question' ? change(n) : n)) };
}

function updateOutcome(map: RouteMapFile, id: string, change: (node: OutcomeNode) => OutcomeNode): RouteMapFile {
  return { ...map, nodes: map.nodes.map((n) => (n.id === id && n.type === 'outcome' ? change(n) : n)) };
}

export function setQuestionText(map: RouteMapFile, id: string, lang: Language, value: string): RouteMapFile {
  return updateQuestion(map, id, (n) => ({ ...n, text: withText(n.text, lang, value) }));
}

/** The explanation under a question; without text in either language the field is left out. */
export function setQuestionHelp(map: RouteMapFile, id: string, lang: Language, value: string): RouteMapFile {
  return updateQuestion(map, id, ({ help, ...node }) => {
    const changed = withText(help, lang, value);
    return textIn(changed, 'nl') === '' && textIn(changed, 'en') === '' ? node : { ...node, help: changed };
  });
}

export function setOptionLabel(map: RouteMapFile, id: string, option: number, lang: Language, value: string): RouteMapFile {
  return updateQuestion(map, id, (n) => ({ ...n, options: n.options.map((o, i) => (i === option ? { ...o, label: withText(o.label, lang, value) } : o)) }));
}

/** Points an option at another node (or at NO_NODE). */
export function setOptionNext(map: RouteMapFile, id: string, option: number, next: string): RouteMapFile {
  return updateQuestion(map, id, (n) => ({ ...n, options: n.options.map((o, i) => (i === option ? { ...o, next } : o)) }));
}

/** An option id not used in the question: `optie-3`, … (yes and no are the ids of a yes/no question). */
function freeOptionId(node: QuestionNode): string {
  const used = new Set(node.options.map((o) => o.id));
  let n = node.options.length + 1;
  while (used.has(`optie-${n}`)) n += 1;
  return `optie-${n}`;
}

/** Adds an option without a label that points nowhere yet; validation asks for both. */
export function addOption(map: RouteMapFile, id: string): RouteMapFile {
  return updateQuestion(map, id, (n) => ({ ...n, options: [...n.options, { id: freeOptionId(n), label: { nl: '' }, next: NO_NODE }] }));
}

export function removeOption(map: RouteMapFile, id: string, option: number): RouteMapFile {
  return updateQuestion(map, id, (n) => ({ ...n, options: n.options.filter((_, i) => i !== option) }));
}

export function setOutcomeTitle(map: RouteMapFile, id: string, lang: Language, value: string): RouteMapFile {
  return updateOutcome(map, id, (n) => ({ ...n, title: withText(n.title, lang, value) }));
}

export function setOutcomeText(map: RouteMapFile, id: string, lang: Language, value: string): RouteMapFile {
  return updateOutcome(map, id, (n) => ({ ...n, text: withText(n.text, lang, value) }));
}

export function setOutcomeContacts(map: RouteMapFile, id: string, contacts: readonly string[]): RouteMapFile {
  return updateOutcome(map, id, (n) => ({ ...n, contacts: [...contacts] }));
}

/** The node a walk starts at (the acute-danger question: validation checks the 112 rule). */
export function setStart(map: RouteMapFile, id: string): RouteMapFile {
  return { ...map, start: id };
}
