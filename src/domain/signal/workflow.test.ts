import { describe, expect, it } from 'vitest';
import { SIGNAL_EVENTS, SIGNAL_STATES, eventsFrom, transition, type SignalEvent, type SignalState } from './workflow';

// The whole table, written out once more by hand from seed 004, so a change to the workflow
// must be made twice on purpose: [from, event, to] for every allowed transition.
const ALLOWED: [SignalState, SignalEvent, SignalState][] = [
  ['ontvangen', 'vastleggen', 'vastgelegd'],
  ['heropend', 'vastleggen', 'vastgelegd'],
  ['vastgelegd', 'verrijken', 'verrijkt'],
  ['verrijkt', 'verrijken', 'verrijkt'],
  ['vastgelegd', 'doorzetten', 'doorgezet'],
  ['verrijkt', 'doorzetten', 'doorgezet'],
  ['doorgezet', 'doorzetten', 'doorgezet'],
  ['terugkoppeling-ontvangen', 'doorzetten', 'doorgezet'],
  ['heropend', 'doorzetten', 'doorgezet'],
  ['doorgezet', 'terugkoppeling-ontvangen', 'terugkoppeling-ontvangen'],
  ['terugkoppeling-ontvangen', 'terugkoppeling-ontvangen', 'terugkoppeling-ontvangen'],
  ['vastgelegd', 'niet-doorzetten', 'niet-doorgezet'],
  ['verrijkt', 'niet-doorzetten', 'niet-doorgezet'],
  ['heropend', 'niet-doorzetten', 'niet-doorgezet'],
  ['terugkoppeling-ontvangen', 'melder-informeren', 'melder-geinformeerd'],
  ['niet-doorgezet', 'melder-informeren', 'melder-geinformeerd'],
  ['melder-geinformeerd', 'melder-informeren', 'melder-geinformeerd'],
  ['melder-geinformeerd', 'afsluiten', 'afgesloten'],
  ['afgesloten', 'heropenen', 'heropend'],
  ['niet-doorgezet', 'heropenen', 'heropend'],
  ['melder-geinformeerd', 'heropenen', 'heropend'],
];

describe('signal workflow', () => {
  it.each(ALLOWED)('%s + %s → %s', (from, event, to) => {
    expect(transition(from, event)).toEqual({ ok: true, to });
  });

  const refused = SIGNAL_STATES.flatMap((from) =>
    SIGNAL_EVENTS.filter((event) => !ALLOWED.some(([f, e]) => f === from && e === event)).map((event) => [from, event] as const),
  );

  it.each(refused)('refuses %s + %s with a Dutch reason', (from, event) => {
    const result = transition(from, event);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Een signaal met status ".+" kan niet .+\. Dat kan alleen bij status /);
  });

  it('covers every pair of state and event', () => {
    expect(ALLOWED.length + refused.length).toBe(SIGNAL_STATES.length * SIGNAL_EVENTS.length);
  });

  it('never closes a signal before the reporter was told', () => {
    for (const from of SIGNAL_STATES) {
      if (transition(from, 'afsluiten').ok) expect(from).toBe('melder-geinformeerd');
    }
  });

  it('offers the events of a state as choices', () => {
    expect(eventsFrom('vastgelegd')).toEqual(['verrijken', 'doorzetten', 'niet-doorzetten']);
    expect(eventsFrom('afgesloten')).toEqual(['heropenen']);
  });

  it('lets every state reach the end', () => {
    for (const start of SIGNAL_STATES) {
      // Breadth-first over the transition table.
      const reach = new Set<SignalState>([start]);
      const todo: SignalState[] = [start];
      while (todo.length) {
        const s = todo.pop()!;
        for (const e of eventsFrom(s)) {
          const r = transition(s, e);
          if (r.ok && !reach.has(r.to)) {
            reach.add(r.to);
            todo.push(r.to);
          }
        }
      }
      expect(reach.has('afgesloten'), start).toBe(true);
    }
  });
});
