import { ROLES, type Actor, type Role } from './roles';

/**
 * Who may do what, as one declarative table: every API endpoint names one action from here, and
 * the authorisation-matrix test calls every endpoint as every role against this table.
 *
 * Scopes:
 * - `public`: anyone, without logging in (route maps, knowledge).
 * - `self`: any logged-in user, on their own account or session.
 * - `session`: anyone with a session, also halfway through logging in (password given, second
 *   factor not yet): the few steps that finish the login. The server checks which stage may do what.
 * - `own-municipality`: the listed roles, on objects of their own municipality only.
 * - `own-region`: the listed roles, on objects of their own region only.
 * - `owner`: the listed roles, on objects they created themselves (a medewerker's own signals).
 */
export type Scope = 'public' | 'self' | 'session' | 'own-municipality' | 'own-region' | 'owner';

export interface Policy {
  scope: Scope;
  /** Roles that may act; empty for `public` and `self`. */
  roles: readonly Role[];
  /** Why this rule exists, for the privacy officer reading this table. */
  why: string;
}

const anyone = (why: string): Policy => ({ scope: 'public', roles: [], why });
const self = (why: string): Policy => ({ scope: 'self', roles: [], why });
const duringLogin = (why: string): Policy => ({ scope: 'session', roles: [], why });
const inMunicipality = (roles: Role[], why: string): Policy => ({ scope: 'own-municipality', roles, why });

export const POLICIES = {
  'content.read': anyone('Routekaarten, kennis en partners zijn openbaar: iedere medewerker moet ze zonder inloggen kunnen raadplegen.'),
  'auth.login': anyone(
    'Inloggen, de eigen inlogstatus en inloggen via de eigen organisatie (SSO) moeten kunnen vóórdat iemand is ingelogd; wachtwoord, tweede factor en identiteitsprovider beschermen ze.',
  ),
  'auth.second-factor': duringLogin(
    'Wie zijn wachtwoord heeft gegeven maar nog geen tweede factor, mag alleen de tweede factor geven of instellen en uitloggen; ingelogde gebruikers stellen hier hun eigen tweede factor in.',
  ),
  'auth.logout': duringLogin('Uitloggen kan altijd, ook halverwege het inloggen.'),
  'setup.first-user': anyone(
    'De eerste beheerder wordt aangemaakt met de eenmalige link die de server bij de eerste start toont; zonder die link kan het niet, en daarna nooit meer.',
  ),
  'account.activate': anyone(
    'Een nieuwe gebruiker kiest zijn wachtwoord met de eenmalige activeringslink van de beheerder; die link is het bewijs van wie hij is.',
  ),
  'account.read': self('Iedereen ziet zijn eigen account en rollen.'),
  'account.manage': self('Iedereen beheert zijn eigen tweede factor en sessies.'),
  'account.password': self(
    'Iedereen wijzigt zijn eigen wachtwoord, met het huidige als bewijs dat hij het zelf is en niet iemand aan een onbeheerde computer; niemand wijzigt het wachtwoord van een ander.',
  ),
  'user.read': inMunicipality(['beheerder'], 'De beheerder beheert de gebruikers van de eigen gemeente.'),
  'user.write': inMunicipality(['beheerder'], 'Alleen de beheerder maakt gebruikers aan, wijzigt rollen en deactiveert.'),
  'user.reset-second-factor': inMunicipality(['beheerder'], 'De beheerder helpt een gebruiker die zijn telefoon kwijt is.'),
  'audit.read': inMunicipality(['auditor'], 'De privacy- of securityofficer controleert wie wat deed (BIO2 8.15).'),
  'signal.submit': inMunicipality(
    [...ROLES],
    'Iedere medewerker van de gemeente geeft een signaal door aan de aandachtsfunctionaris van de eigen gemeente (stap 1).',
  ),
  'signal.read-own': {
    scope: 'owner',
    roles: [...ROLES],
    why: 'De melder ziet van zijn eigen signalen alleen de status en de terugkoppeling (stap 6), niets anders van de zaak.',
  },
  'signal.handle': inMunicipality(
    ['aandachtsfunctionaris'],
    'Alleen de aandachtsfunctionaris van de gemeente ontvangt, registreert, verrijkt en zet signalen door, en kent de naam van de melder (stap 2 t/m 6).',
  ),
  'meeting.manage': inMunicipality(['aandachtsfunctionaris'], 'De aandachtsfunctionaris bereidt het signalenoverleg voor; de agenda is gepseudonimiseerd.'),
  'settings.manage': inMunicipality(['beheerder'], 'De beheerder stelt de termijn voor terugkoppeling van partners in.'),
  'feedback.partner': anyone(
    'Een ketenpartner geeft terugkoppeling zonder account; de eenmalige, verlopende link in de overdracht is het bewijs dat hij de ontvanger is.',
  ),
} as const satisfies Record<string, Policy>;

export type Action = keyof typeof POLICIES;

export type Decision = { allowed: true } | { allowed: false; reason: 'unauthenticated' | 'forbidden' };

/** The object acted on, as far as the policy needs to know it. */
export interface Target {
  municipality?: string | null;
  region?: string | null;
  ownerId?: string | null;
}

const ALLOW: Decision = { allowed: true };

/**
 * Decides whether the actor may perform the action on the target. Pure: the caller supplies who,
 * what and on what; the server turns `unauthenticated` into 401 and `forbidden` into 403.
 */
export function decide(actor: Actor | null, action: Action, target: Target = {}): Decision {
  const policy: Policy = POLICIES[action];
  if (policy.scope === 'public') return ALLOW;
  if (!actor) return { allowed: false, reason: 'unauthenticated' };
  if (policy.scope === 'self' || policy.scope === 'session') return ALLOW;
  if (!actor.roles.some((r) => policy.roles.includes(r))) return { allowed: false, reason: 'forbidden' };
  switch (policy.scope) {
    case 'own-municipality':
      return actor.municipality !== null && target.municipality === actor.municipality ? ALLOW : { allowed: false, reason: 'forbidden' };
    case 'own-region':
      return actor.region !== null && target.region === actor.region ? ALLOW : { allowed: false, reason: 'forbidden' };
    case 'owner':
      return target.ownerId === actor.userId ? ALLOW : { allowed: false, reason: 'forbidden' };
  }
}
