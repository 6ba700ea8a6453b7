import type { SignalSubmission } from '../../domain/signal/schema';
import type { DemoScenario, DemoStep } from './demo-signals';

/**
 * A year of earlier signals for two municipalities of one region (Leiden and Den Haag, Eenheid
 * Den Haag), so the figures (docs/decisions/0021-management-information.md) have something in
 * every chart and the regional view has small numbers to hide. Generated, not random: the same
 * demo every time. Reported by the AF (an AF is a municipal employee too), so the demo
 * medewerker's own list keeps only the hand-written signals.
 */
const DESCRIPTIONS = [
  'Bij een controle troffen we meer bedden aan dan bewoners op het adres staan ingeschreven; de bewoners werken allemaal via hetzelfde bureau.',
  'Een bezoeker aan de balie sprak nauwelijks voor zichzelf; een begeleider had haar papieren.',
  'Jongere verzuimt al weken en heeft ineens veel geld en een tweede telefoon.',
  'Medewerkers van een bedrijf werken volgens buren dag en nacht en worden met een busje opgehaald.',
  'Een vrouw vertelde bij het wijkteam dat zij een schuld moet afbetalen aan degene die haar reis regelde.',
];
const FORMS: SignalSubmission['forms'][] = [['labour'], ['sexual'], ['criminal'], ['labour', 'criminal'], ['unknown'], ['labour'], ['sexual']];
const RISK_GROUPS = [['arbeidsmigranten'], [], ['sekswerkers'], ['minderjarigen-jongeren'], ['arbeidsmigranten', 'zonder-verblijfsstatus'], [], ['licht-verstandelijke-beperking']];
const SECTORS = ['horeca', 'glastuinbouw', 'bouw', 'schoonmaak', 'logistiek-transport', undefined, 'beauty-industrie', undefined];
const ROUTES = [['no', 'yes', 'labour'], ['no', 'yes', 'criminal'], ['no', 'no', 'yes']];
const PARTNERS = [
  { partnerId: 'nederlandse-arbeidsinspectie', contactId: 'nla' },
  { partnerId: 'politie', contactId: 'politie-avim' },
  { partnerId: 'shop', contactId: 'shop' },
];

/** What happened to signal `i`, `received` days ago: handed over and answered, not passed on, waiting for an answer, or still being handled. */
function steps(i: number, received: number): DemoStep[] {
  const partner = PARTNERS[i % PARTNERS.length]!;
  const recorded: DemoStep = { do: 'event', event: 'vastleggen', daysAgo: received - 1 - (i % 3) };
  const route: DemoStep = { do: 'route', daysAgo: received - 3, mapId: 'den-haag-persoon', answers: ROUTES[i % ROUTES.length]! };
  const handover: DemoStep = { do: 'handover', daysAgo: received - 4, ...partner, parts: ['forms', 'description'], channel: 'phone', dueDays: 14 };
  // Some partners answer within the term, some after it.
  const answered = received - 4 - (5 + ((i * 7) % 20));
  const feedback: DemoStep = { do: 'feedback', daysAgo: answered, outcome: i % 4 === 0 ? 'forwarded' : 'taken-up', forwardedTo: i % 4 === 0 ? 'Zorgcoördinator' : undefined };
  const informed: DemoStep = { do: 'event', event: 'melder-informeren', daysAgo: answered - 2, message: 'Het signaal is opgepakt door een partner.' };
  switch (i % 7) {
    case 3:
      return [
        recorded,
        { do: 'event', event: 'niet-doorzetten', daysAgo: received - 5, reason: 'Na navraag geen aanwijzingen voor uitbuiting.' },
        { do: 'event', event: 'melder-informeren', daysAgo: received - 6, message: 'Dank voor uw signaal; er waren geen aanwijzingen.' },
        { do: 'event', event: 'afsluiten', daysAgo: received - 7 },
      ];
    case 4:
      return [recorded, route, handover];
    case 5:
      return [recorded];
    case 6:
      return [recorded, route, handover, feedback, informed];
    default:
      return [recorded, route, handover, feedback, informed, { do: 'event', event: 'afsluiten', daysAgo: answered - 3 }];
  }
}

function history(municipality: string, count: number): DemoScenario[] {
  return Array.from({ length: count }, (_, i) => {
    const received = 40 + Math.floor((i * 320) / count);
    return {
      key: `history-${municipality}-${i}`,
      municipality,
      daysAgo: received,
      reporter: 'aandachtsfunctionaris',
      submission: {
        forms: FORMS[i % FORMS.length]!,
        observedSignals: [],
        description: DESCRIPTIONS[i % DESCRIPTIONS.length]!,
        persons: [],
        organisations: [],
        addresses: [],
        sector: SECTORS[i % SECTORS.length],
        riskGroups: RISK_GROUPS[i % RISK_GROUPS.length]!,
        acuteDanger: false,
        personAware: 'unknown',
      },
      steps: steps(i, received),
    };
  });
}

export const DEMO_HISTORY: DemoScenario[] = [...history('GM0546', 36), ...history('GM0518', 14)];
