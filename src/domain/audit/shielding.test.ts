import { describe, expect, it } from 'vitest';
import { isShielded, shield, shieldedVisibleAt } from './shielding';

describe('shielding what a reporter does', () => {
  const at = new Date('2026-12-05T13:47:12.345Z');
  const fields = { actorUserId: 'u-1', origin: '10.1.2.3', objectId: 'signal-1', details: { reference: 'SR-0546-2026-0007', count: 3 }, at };

  it('applies to the melder only', () => {
    expect(isShielded('melder')).toBe(true);
    for (const other of ['aandachtsfunctionaris', 'gebruiker', 'beheerder', 'anoniem', 'partner', 'systeem']) expect(isShielded(other)).toBe(false);
  });

  it('leaves the auditor the day, and nothing that names the person, the signal or a count', () => {
    const { visible, sealed } = shield(fields);
    expect(visible).toEqual({ actorUserId: null, origin: null, objectId: null, details: {}, at: new Date('2026-12-04T23:00:00.000Z') });
    expect(sealed).toEqual({ actorUserId: 'u-1', origin: '10.1.2.3', objectId: 'signal-1', details: fields.details, at: '2026-12-05T13:47:12.345Z' });
  });

  it('shows a shielded record from the next Dutch day on', () => {
    expect(shieldedVisibleAt(at).toISOString()).toBe('2026-12-05T23:00:00.000Z');
  });
});
