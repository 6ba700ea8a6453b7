/**
 * The life of a signal, following the CCV step plan (seed 004):
 *
 *   ontvangen → vastgelegd → doorgezet → terugkoppeling-ontvangen → melder-geinformeerd → afgesloten
 *
 * Step 2 (the AF receives) is `ontvangen`; step 3 (records, and later enriches) is `vastgelegd`
 * (`verrijkt` is reserved for the enrichment step); step 4+5 (decides the route and hands over,
 * asking for feedback) is `doorgezet`, possibly more than once; the partner's answer is
 * `terugkoppeling-ontvangen`; step 6 (tells the reporter) is `melder-geinformeerd`. A signal the
 * AF decides not to pass on is `niet-doorgezet` (with a reason) and the reporter is told that too.
 * Any finished signal can be `heropend`.
 */
export const SIGNAL_STATES = [
  'ontvangen',
  'vastgelegd',
  'verrijkt',
  'doorgezet',
  'terugkoppeling-ontvangen',
  'melder-geinformeerd',
  'afgesloten',
  'niet-doorgezet',
  'heropend',
] as const;
export type SignalState = (typeof SIGNAL_STATES)[number];

/** States in which a signal needs no more work: the inbox shows them only when asked. */
export const CLOSED_STATES: readonly SignalState[] = ['afgesloten'];

/** The inbox's state filter beyond one state: `open` is every state but the closed ones. */
export const OPEN_FILTER = 'open';

export const SIGNAL_EVENTS = ['vastleggen', 'verrijken', 'doorzetten', 'terugkoppeling-ontvangen', 'niet-doorzetten', 'melder-informeren', 'afsluiten', 'heropenen'] as const;
export type SignalEvent = (typeof SIGNAL_EVENTS)[number];

/** The workflow events the AF triggers through POST /signals/:id/events; handing over and feedback have their own endpoints. */
export const CASE_EVENTS = ['vastleggen', 'verrijken', 'niet-doorzetten', 'melder-informeren', 'afsluiten', 'heropenen'] as const satisfies readonly SignalEvent[];
export type CaseEvent = (typeof CASE_EVENTS)[number];

/** From which states each event may happen, and where it leads. */
export const TRANSITIONS: Record<SignalEvent, { from: readonly SignalState[]; to: SignalState }> = {
  vastleggen: { from: ['ontvangen', 'heropend'], to: 'vastgelegd' },
  verrijken: { from: ['vastgelegd', 'verrijkt'], to: 'verrijkt' },
  // Another partner may be added after feedback came in: the signal is handed over again.
  doorzetten: { from: ['vastgelegd', 'verrijkt', 'doorgezet', 'terugkoppeling-ontvangen', 'heropend'], to: 'doorgezet' },
  'terugkoppeling-ontvangen': { from: ['doorgezet', 'terugkoppeling-ontvangen'], to: 'terugkoppeling-ontvangen' },
  'niet-doorzetten': { from: ['vastgelegd', 'verrijkt', 'heropend'], to: 'niet-doorgezet' },
  // Nobody is left without feedback: the reporter is told after a partner answered, or after the
  // AF decided not to pass the signal on.
  'melder-informeren': { from: ['terugkoppeling-ontvangen', 'niet-doorgezet', 'melder-geinformeerd'], to: 'melder-geinformeerd' },
  afsluiten: { from: ['melder-geinformeerd'], to: 'afgesloten' },
  heropenen: { from: ['afgesloten', 'niet-doorgezet', 'melder-geinformeerd'], to: 'heropend' },
};

/** Dutch names of the states, as users see them. */
export const STATE_LABELS: Record<SignalState, string> = {
  ontvangen: 'ontvangen',
  vastgelegd: 'vastgelegd',
  verrijkt: 'verrijkt',
  doorgezet: 'doorgezet',
  'terugkoppeling-ontvangen': 'terugkoppeling ontvangen',
  'melder-geinformeerd': 'melder geïnformeerd',
  afgesloten: 'afgesloten',
  'niet-doorgezet': 'niet doorgezet',
  heropend: 'heropend',
};

const EVENT_LABELS: Record<SignalEvent, string> = {
  vastleggen: 'vastleggen',
  verrijken: 'verrijken',
  doorzetten: 'doorzetten naar een ketenpartner',
  'terugkoppeling-ontvangen': 'terugkoppeling van een partner verwerken',
  'niet-doorzetten': 'besluiten het signaal niet door te zetten',
  'melder-informeren': 'de melder informeren',
  afsluiten: 'afsluiten',
  heropenen: 'heropenen',
};

export type TransitionResult = { ok: true; to: SignalState } | { ok: false; message: string };

/** Where the event leads from this state, or a Dutch message that says why it cannot happen now. */
export function transition(from: SignalState, event: SignalEvent): TransitionResult {
  const rule = TRANSITIONS[event];
  if (rule.from.includes(from)) return { ok: true, to: rule.to };
  const allowedFrom = rule.from.map((s) => `"${STATE_LABELS[s]}"`).join(', ');
  return {
    ok: false,
    message: `Een signaal met status "${STATE_LABELS[from]}" kan niet ${EVENT_LABELS[event]}. Dat kan alleen bij status ${allowedFrom}.`,
  };
}

/** The events a user can choose from in this state (for the buttons on the case page). */
export function eventsFrom(state: SignalState): SignalEvent[] {
  return SIGNAL_EVENTS.filter((e) => TRANSITIONS[e].from.includes(state));
}

/** States in which the AF still has work to do (the inbox). */
export function isOpen(state: SignalState): boolean {
  return state !== 'afgesloten';
}
