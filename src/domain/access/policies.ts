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

/**
 * In which capacity someone acts under a policy, as the audit trail records it. A `melder` acts as
 * the reporter of a signal: the audit trail shields who that is from everyone but the AF of the
 * municipality (seed 004 step 2; docs/decisions/0011-shielded-reporter-audit.md).
 */
export const ACTING_ROLES = ['anoniem', 'gebruiker', 'melder', 'aandachtsfunctionaris', 'beheerder', 'auditor', 'partner', 'inrichting'] as const;
export type ActingRole = (typeof ACTING_ROLES)[number];

export interface Policy {
  scope: Scope;
  /** Roles that may act; empty for `public` and `self`. */
  roles: readonly Role[];
  /** The capacity the actor acts in (see ActingRole). */
  actingAs: ActingRole;
  /** Why this rule exists, for the privacy officer reading this table. */
  why: string;
}

const anyone = (why: string, actingAs: ActingRole = 'anoniem'): Policy => ({ scope: 'public', roles: [], actingAs, why });
const self = (why: string): Policy => ({ scope: 'self', roles: [], actingAs: 'gebruiker', why });
const duringLogin = (why: string): Policy => ({ scope: 'session', roles: [], actingAs: 'gebruiker', why });
const inMunicipality = (roles: Role[], actingAs: ActingRole, why: string): Policy => ({ scope: 'own-municipality', roles, actingAs, why });

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
    'inrichting',
  ),
  'account.activate': anyone(
    'Een nieuwe gebruiker kiest zijn wachtwoord met de eenmalige activeringslink van de beheerder; die link is het bewijs van wie hij is.',
  ),
  'account.read': self('Iedereen ziet zijn eigen account en rollen.'),
  'account.manage': self('Iedereen beheert zijn eigen tweede factor en sessies.'),
  'account.password': self(
    'Iedereen wijzigt zijn eigen wachtwoord, met het huidige als bewijs dat hij het zelf is en niet iemand aan een onbeheerde computer; niemand wijzigt het wachtwoord van een ander.',
  ),
  'user.read': inMunicipality(['beheerder'], 'beheerder', 'De beheerder beheert de gebruikers van de eigen gemeente.'),
  'user.write': inMunicipality(['beheerder'], 'beheerder', 'Alleen de beheerder maakt gebruikers aan, wijzigt rollen en deactiveert.'),
  'user.reset-second-factor': inMunicipality(['beheerder'], 'beheerder', 'De beheerder helpt een gebruiker die zijn telefoon kwijt is.'),
  'audit.read': inMunicipality(['auditor'], 'auditor', 'De privacy- of securityofficer controleert wie wat deed (BIO2 8.15).'),
  'signal.submit': inMunicipality(
    [...ROLES],
    'melder',
    'Iedere medewerker van de gemeente geeft een signaal door aan de aandachtsfunctionaris van de eigen gemeente (stap 1).',
  ),
  'signal.read-own': {
    scope: 'owner',
    roles: [...ROLES],
    actingAs: 'melder',
    why: 'De melder ziet van zijn eigen signalen alleen de status en de terugkoppeling (stap 6), niets anders van de zaak.',
  },
  'signal.handle': inMunicipality(
    ['aandachtsfunctionaris'],
    'aandachtsfunctionaris',
    'Alleen de aandachtsfunctionaris van de gemeente ontvangt, registreert, verrijkt en zet signalen door, en kent de naam van de melder (stap 2 t/m 6).',
  ),
  'meeting.manage': inMunicipality(['aandachtsfunctionaris'], 'aandachtsfunctionaris', 'De aandachtsfunctionaris bereidt het signalenoverleg voor; de agenda is gepseudonimiseerd.'),
  'settings.manage': inMunicipality(['beheerder'], 'beheerder', 'De beheerder stelt de termijn voor terugkoppeling van partners in.'),
  'af-contact.read': inMunicipality(
    [...ROLES],
    'gebruiker',
    'Iedere medewerker moet weten wie de aandachtsfunctionaris van de eigen gemeente is en hoe die te bereiken is (randvoorwaarde van het stappenplan); het zijn werkgegevens die ook op de routekaart aan de balie staan.',
  ),
  'af-contact.manage': inMunicipality(['beheerder'], 'beheerder', 'De beheerder legt vast wie de aandachtsfunctionaris van de gemeente is en hoe die bereikbaar is.'),
  'basisniveau.read': inMunicipality(
    ['aandachtsfunctionaris', 'beheerder'],
    'gebruiker',
    'De aandachtsfunctionaris en de beheerder zien hoe ver de eigen gemeente is met het basisniveau bestuurlijke aanpak mensenhandel: per punt de status, de toelichting en wie het bevestigde.',
  ),
  'basisniveau.manage': inMunicipality(['beheerder'], 'beheerder', 'De beheerder bevestigt per punt hoe ver de gemeente is met het basisniveau, met datum en toelichting.'),
  'basisniveau.region': {
    scope: 'own-region',
    roles: ['regiobeheerder'],
    actingAs: 'gebruiker',
    why: 'De regiobeheerder ziet het basisniveau van de gemeenten van de eigen regio naast elkaar: alleen de status per punt, niet de toelichting of wie het bevestigde.',
  },
  'retention.manage': inMunicipality(
    ['beheerder'],
    'beheerder',
    'De beheerder stelt binnen de grenzen de bewaartermijnen van de gemeente in (AVG: gegevens niet langer bewaren dan nodig).',
  ),
  'retention.read': inMunicipality(
    ['beheerder', 'auditor'],
    'gebruiker',
    'De beheerder en de privacyofficer zien vooraf wat wanneer wordt verwijderd en achteraf wat is verwijderd: kenmerken en data, nooit de inhoud.',
  ),
  'feedback.partner': anyone(
    'Een ketenpartner geeft terugkoppeling zonder account; de eenmalige, verlopende link in de overdracht is het bewijs dat hij de ontvanger is.',
    'partner',
  ),
  'audit.unseal': inMunicipality(
    ['aandachtsfunctionaris'],
    'aandachtsfunctionaris',
    'Wie een signaal meldde, is in de audittrail afgeschermd; alleen de aandachtsfunctionaris van de gemeente, die de melder al kent, opent zo\'n regel, met een reden die zelf wordt vastgelegd.',
  ),
  'matching.search': inMunicipality(
    ['aandachtsfunctionaris'],
    'aandachtsfunctionaris',
    'De aandachtsfunctionaris gaat na of een persoon, organisatie of adres al bekend is: in eerdere signalen en de registers van de gemeente, de BAG en het KVK (stap 3 van het stappenplan).',
  ),
  'registers.manage': inMunicipality(
    ['beheerder'],
    'beheerder',
    'De beheerder importeert de eigen registers van de gemeente (bijvoorbeeld handhaving), zodat de aandachtsfunctionaris kan nagaan of iemand al bekend is.',
  ),
  'jobs.manage': inMunicipality(
    ['beheerder'],
    'beheerder',
    'De beheerder ziet achtergrondtaken van de eigen gemeente die niet lukten (zoals een herinnering aan een partner) en laat ze opnieuw proberen.',
  ),
  'statistics.read': inMunicipality(
    ['aandachtsfunctionaris', 'beheerder'],
    'gebruiker',
    'De aandachtsfunctionaris en de beheerder zien de cijfers van de eigen gemeente (aantallen, doorlooptijden, terugkoppeling): nooit een signaal zelf; een export heeft kleine aantallen verborgen.',
  ),
  'statistics.region': {
    scope: 'own-region',
    roles: ['regiobeheerder'],
    actingAs: 'gebruiker',
    why: 'De regiobeheerder ziet de cijfers van de gemeenten van de eigen regio naast elkaar, alleen als totalen met kleine aantallen verborgen: nooit een signaal.',
  },
  'training.follow': inMunicipality(
    [...ROLES],
    'gebruiker',
    'Iedere medewerker van de gemeente volgt de korte cursus over signalen van mensenhandel en legt vast welke modules hij afrondde; alleen zijn eigen voortgang.',
  ),
  'training.statistics': inMunicipality(
    ['aandachtsfunctionaris', 'beheerder'],
    'gebruiker',
    'De aandachtsfunctionaris en de beheerder zien hoeveel medewerkers van de eigen gemeente de cursus afrondden, per afdeling: alleen aantallen, geen namen.',
  ),
  'training.region': {
    scope: 'own-region',
    roles: ['regiobeheerder'],
    actingAs: 'gebruiker',
    why: 'De regiobeheerder ziet per gemeente van de eigen regio hoeveel medewerkers de cursus afrondden: alleen aantallen, bij heel kleine gemeenten verborgen.',
  },
  'region-content.stale-contacts': {
    scope: 'own-region',
    roles: ['regiobeheerder'],
    actingAs: 'gebruiker',
    why: 'De regiobeheerder houdt de contactgegevens van de partners van de eigen regio actueel en ziet welke een jaar of langer niet zijn gecontroleerd.',
  },
  'region-pack.manage': {
    scope: 'own-region',
    roles: ['regiobeheerder'],
    actingAs: 'gebruiker',
    why: 'De regiobeheerder houdt de inhoud van de eigen regio actueel (routekaarten, partners, kennis): concept, publiceren, geschiedenis, terugzetten, import en export. De regiobeheerder van regio landelijk doet dat voor de landelijke inhoud.',
  },
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
