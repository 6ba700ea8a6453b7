import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from './roles';
import { POLICIES, decide, type Action } from './policies';

const actor = (roles: Role[], municipality: string | null = 'GM0546', region: string | null = 'eenheid-den-haag'): Actor => ({
  userId: 'u1',
  roles,
  municipality,
  region,
});

describe('access policies', () => {
  it('lets anyone read the public content, also without logging in', () => {
    expect(decide(null, 'content.read')).toEqual({ allowed: true });
  });

  it('asks anonymous visitors to log in for everything else', () => {
    for (const action of Object.keys(POLICIES) as Action[]) {
      if (POLICIES[action].scope === 'public') continue;
      expect(decide(null, action, { municipality: 'GM0546' })).toEqual({ allowed: false, reason: 'unauthenticated' });
    }
  });

  it('lets only the beheerder manage users, and only of their own municipality', () => {
    for (const r of ROLES) {
      const own = decide(actor([r]), 'user.write', { municipality: 'GM0546' });
      expect(own.allowed, r).toBe(r === 'beheerder');
    }
    expect(decide(actor(['beheerder']), 'user.write', { municipality: 'GM0518' })).toEqual({ allowed: false, reason: 'forbidden' });
  });

  it('lets only the auditor read the audit trail, and only of their own municipality', () => {
    for (const r of ROLES) expect(decide(actor([r]), 'audit.read', { municipality: 'GM0546' }).allowed, r).toBe(r === 'auditor');
    expect(decide(actor(['auditor']), 'audit.read', { municipality: 'GM0518' }).allowed).toBe(false);
  });

  it('grants a user with several roles what any of them allows', () => {
    expect(decide(actor(['medewerker', 'beheerder']), 'user.read', { municipality: 'GM0546' }).allowed).toBe(true);
  });

  it('never lets a user without a municipality act on municipal objects', () => {
    expect(decide(actor(['beheerder'], null), 'user.read', { municipality: null }).allowed).toBe(false);
  });

  it('explains every rule', () => {
    for (const policy of Object.values(POLICIES)) expect(policy.why.length).toBeGreaterThan(20);
  });
});
