/**
 * What the figures need to know of one signal's history, kept up to date as each entry is
 * appended (docs/decisions/0025-figure-facts.md): the first moment of every step of seed 004's
 * chain, the route outcome, the partners, the risk groups and whether the AF decided not to pass
 * it on. A fold over the append-only history, in the order it was written; the database stores its
 * result per signal, so the dashboard counts one narrow row per signal instead of reading every entry.
 */
export interface FigureFacts {
  recordedAt: Date | null;
  handedOverAt: Date | null;
  /** The first feedback from the first handover on. */
  feedbackAt: Date | null;
  /** The first time the reporter was told, from the feedback on where there was feedback. */
  reporterInformedAt: Date | null;
  /** `mapId/outcomeId` of the last route chosen. */
  route: string | null;
  /** Every partner it was handed over to, once each, sorted. */
  partners: string[];
  riskGroups: string[];
  decided: boolean;
}

export interface HistoryEntry {
  at: Date;
  kind: string;
  data: Record<string, unknown>;
}

/** The kinds of history entry that change the facts; any other leaves them as they are. */
export const FIGURE_EVENT_KINDS: ReadonlySet<string> = new Set(['ingediend', 'vastleggen', 'route-gekozen', 'overdracht', 'terugkoppeling-ontvangen', 'niet-doorzetten', 'melder-informeren']);

export const NO_FIGURE_FACTS: FigureFacts = {
  recordedAt: null,
  handedOverAt: null,
  feedbackAt: null,
  reporterInformedAt: null,
  route: null,
  partners: [],
  riskGroups: [],
  decided: false,
};

const strings = (value: unknown) => (Array.isArray(value) ? [...new Set(value.map(String))] : []);

/** The facts after one more entry of the history. */
export function foldFigureFacts(facts: FigureFacts, entry: HistoryEntry): FigureFacts {
  const { at, kind, data } = entry;
  switch (kind) {
    case 'ingediend':
      return { ...facts, riskGroups: strings(data.riskGroups) };
    case 'vastleggen':
      return { ...facts, recordedAt: facts.recordedAt ?? at };
    case 'route-gekozen':
      return { ...facts, route: `${String(data.mapId)}/${String(data.outcomeId)}` };
    case 'overdracht': {
      const partners = [...new Set([...facts.partners, String(data.partnerId)])].sort();
      if (facts.handedOverAt) return { ...facts, partners };
      // Feedback counts from the first handover on: anything noted as feedback before it goes.
      const early = facts.feedbackAt !== null && facts.feedbackAt < at;
      return { ...facts, partners, handedOverAt: at, ...(early && { feedbackAt: null, reporterInformedAt: null }) };
    }
    case 'terugkoppeling-ontvangen': {
      if (facts.feedbackAt) return facts;
      // Telling the reporter counts from the feedback on: an earlier message (the signal was not
      // passed on, then reopened) is not the answer to this feedback.
      const early = facts.reporterInformedAt !== null && facts.reporterInformedAt < at;
      return { ...facts, feedbackAt: at, ...(early && { reporterInformedAt: null }) };
    }
    case 'niet-doorzetten':
      return { ...facts, decided: true };
    case 'melder-informeren':
      return { ...facts, reporterInformedAt: facts.reporterInformedAt ?? at };
    default:
      return facts;
  }
}
