import type { CompiledRouteMap } from '../routemap/compiled';
import { walk } from '../routemap/walk';
import type { VignetteView } from './course';

export interface VignetteMistake {
  questionId: string;
  question: string;
  /** The label of the option the trainee chose, and of the right one. */
  chosen: string;
  right: string;
  /** Why the right answer is right at this question; null when the case says nothing about it. */
  why: string | null;
}

export interface VignetteVerdict {
  correct: boolean;
  reached: { id: string; title: string };
  right: { id: string; title: string };
  /** The first question answered otherwise than the case's route; null when every answer matched. */
  mistake: VignetteMistake | null;
}

/**
 * Whether the trainee's walk of a case reached its right outcome, and where it went wrong. Pure,
 * on the same compiled map and walk engine as the route map pages. An answer that differs but
 * still leads to the right outcome (two forms that both go to the police) counts as right: the
 * outcome is what the case is about. Undefined while the walk has not reached an outcome.
 */
export function vignetteVerdict(map: CompiledRouteMap, vignette: Pick<VignetteView, 'answers' | 'outcome' | 'why'>, given: readonly string[]): VignetteVerdict | undefined {
  const reached = walk(map, given, { subregion: null });
  if (reached.status !== 'outcome') return undefined;
  const rightNode = map.nodes[vignette.outcome];
  const right = { id: vignette.outcome, title: rightNode?.type === 'outcome' ? rightNode.title : vignette.outcome };
  const correct = reached.outcome.id === vignette.outcome;
  const at = given.findIndex((answer, i) => answer !== vignette.answers[i]);
  let mistake: VignetteMistake | null = null;
  if (at >= 0 && at < reached.path.length) {
    const step = reached.path[at]!;
    const node = map.nodes[step.questionId];
    const rightOption = node?.type === 'question' ? node.options.find((o) => o.id === vignette.answers[at]) : undefined;
    mistake = {
      questionId: step.questionId,
      question: step.question,
      chosen: step.answer,
      right: rightOption?.label ?? '',
      why: vignette.why[step.questionId] ?? null,
    };
  }
  return { correct, reached: { id: reached.outcome.id, title: reached.outcome.title }, right, mistake };
}
