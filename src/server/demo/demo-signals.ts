import type { HandoverPart } from '../../domain/signal/handover';
import type { SignalSubmission } from '../../domain/signal/schema';
import type { CaseEvent } from '../../domain/signal/workflow';

/**
 * The demo's signals: fictional, but written the way front-desk staff and inspectors write them,
 * so every screen of the signal chain can be seen with believable data. Every name, address and
 * company here is invented.
 *
 * A scenario is a submission and the steps that follow it, each a number of days ago.
 */
export type DemoStep =
  | { do: 'event'; event: CaseEvent; daysAgo: number; reason?: string; message?: string }
  | { do: 'note'; daysAgo: number; text: string; correctsPrevious?: boolean }
  | { do: 'route'; daysAgo: number; mapId: string; answers: string[] }
  | { do: 'meldcode'; daysAgo: number; step: number; note?: string }
  /** Enrichment done (step 3): what the AF found, as a note, then the step. */
  | { do: 'enrich'; daysAgo: number; text: string }
  | { do: 'handover'; daysAgo: number; partnerId: string; contactId: string; parts: HandoverPart[]; channel: 'phone' | 'secure-mail'; dueDays?: number }
  | { do: 'feedback'; daysAgo: number; outcome: 'taken-up' | 'not-taken-up' | 'forwarded' | 'other'; forwardedTo?: string; note?: string };

export interface DemoScenario {
  /** A label for the meeting agenda below; not stored. */
  key: string;
  municipality: string;
  daysAgo: number;
  /** Who passed it on: the demo medewerker, unless the AF (the demo's history). */
  reporter?: 'aandachtsfunctionaris';
  submission: SignalSubmission;
  steps: DemoStep[];
}

const base = { observedSignals: [], persons: [], organisations: [], addresses: [], acuteDanger: false, personAware: 'no' as const };

/** Leiden (GM0546): a signal in every state of the workflow. */
const LEIDEN: DemoScenario[] = [
  {
    key: 'acuut',
    municipality: 'GM0546',
    daysAgo: 0,
    submission: {
      ...base,
      forms: ['sexual'],
      observedSignals: ['sexual-gecontroleerd-door-ander', 'sexual-geen-eigen-papieren', 'sexual-bedreiging-letsel'],
      description:
        'Een jonge vrouw kwam vanmiddag aan de balie Burgerzaken voor een nieuw paspoort; het oude was volgens haar "kwijt". Een man bleef de hele tijd naast haar staan en gaf de antwoorden. Toen hij even naar buiten ging, fluisterde ze dat ze niet terug wilde. Ze had blauwe plekken op haar onderarmen. Ik heb direct 112 gebeld; de politie was er binnen tien minuten.',
      observedOn: daysAgoDate(0),
      location: 'Stadhuis Leiden, balie Burgerzaken',
      persons: [
        { role: 'possible-victim', name: 'Daria V.', estimatedAge: 19, nationality: 'Oekraïens', language: 'Engels, een beetje Nederlands' },
        { role: 'possible-perpetrator', description: 'Man van ongeveer 35, kaal, donkere jas, wachtte in een grijze Audi voor de deur' },
      ],
      acuteDanger: true,
      personAware: 'yes',
      reporterPhone: '071 516 0001',
    },
    steps: [],
  },
  {
    key: 'kamerbewoning',
    municipality: 'GM0546',
    daysAgo: 2,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-huisvesting-werkgever', 'labour-inhoudingen', 'labour-lange-dagen'],
      description:
        'Bij een controle op kamerbewoning troffen we veertien matrassen aan in een eengezinswoning. De bewoners werken volgens eigen zeggen allemaal bij hetzelfde uitzendbureau in de kassen; de huur (€ 120 per week per bed) wordt ingehouden op hun loon. Ze worden om 5.30 uur met een busje opgehaald.',
      observedOn: daysAgoDate(3),
      location: 'Controle kamerbewoning',
      organisations: [{ name: 'Flexwerk Holland Uitzend BV', kvkNumber: '87654321' }],
      addresses: [{ postcode: '2324 KA', houseNumber: 41, street: 'Lammenschansweg', place: 'Leiden' }],
      sector: 'glastuinbouw',
    },
    steps: [],
  },
  {
    key: 'leerplicht',
    municipality: 'GM0546',
    daysAgo: 6,
    submission: {
      ...base,
      forms: ['criminal'],
      observedSignals: ['criminal-minderjarig', 'criminal-drugs-gestolen-spullen', 'criminal-onverklaarbare-schulden'],
      description:
        `Leerling (15) verzuimt sinds de herfstvakantie structureel. Moeder vertelt dat hij 's nachts weg is, ineens dure kleding en twee telefoons heeft, en dat hij zegt "iets terug te moeten betalen" aan oudere jongens uit de wijk.`,
      observedOn: daysAgoDate(7),
      location: 'Huisbezoek leerplicht',
      persons: [{ role: 'possible-victim', name: 'Kevin B.', estimatedAge: 15, language: 'Nederlands' }],
      personAware: 'unknown',
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 5 },
      { do: 'note', daysAgo: 5, text: 'Gesproken met de leerplichtambtenaar: school heeft ook zorgen gemeld bij Veilig Thuis (advies, geen melding).' },
      { do: 'meldcode', daysAgo: 5, step: 1, note: 'Signalen in kaart gebracht met leerplicht en het zorgteam van school.' },
      { do: 'meldcode', daysAgo: 4, step: 2, note: 'Collegiale consultatie met de zorgcoördinator; advies: bespreken in het signalenoverleg.' },
    ],
  },
  {
    key: 'nagelstudio',
    municipality: 'GM0546',
    daysAgo: 9,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-lange-dagen', 'labour-huisvesting-werkgever'],
      description:
        'Bij de controle van de terrasvergunning zag ik in de nagelstudio ernaast drie jonge vrouwen die om 22.00 uur nog werkten. Achter de zaak staan stapelbedden. Niemand sprak Nederlands of Engels; de eigenaar voerde het woord.',
      observedOn: daysAgoDate(10),
      location: 'Haarlemmerstraat',
      persons: [{ role: 'possible-victim', description: 'Drie vrouwen, ongeveer 20 tot 25 jaar, vermoedelijk Vietnamees' }],
      organisations: [{ name: 'Nails & Beauty Lotus' }],
      addresses: [{ postcode: '2312 DX', houseNumber: 88, street: 'Haarlemmerstraat', place: 'Leiden' }],
      sector: 'beauty-industrie',
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 8 },
      { do: 'enrich', daysAgo: 7, text: 'Het adres komt voor in een handhavingszaak over illegale bewoning (2024); de KVK-inschrijving wisselde twee keer van eigenaar.' },
    ],
  },
  {
    key: 'kassen',
    municipality: 'GM0546',
    daysAgo: 24,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-weinig-loon', 'labour-schuld', 'labour-geen-eigen-papieren'],
      description:
        'Een man meldde zich bij het Werkplein omdat hij "geen geld meer had voor eten". Hij werkt zes dagen per week in een kas, krijgt € 300 per maand contant en moet nog € 2.000 terugbetalen voor de reis. Zijn paspoort ligt "in de kluis bij de baas". Hij is via een uitzendbureau aangenomen en slaapt met acht anderen in een huis aan de Lammenschansweg.',
      observedOn: daysAgoDate(25),
      location: 'Werkplein Leiden',
      persons: [{ role: 'possible-victim', name: 'Marius P.', estimatedAge: 41, nationality: 'Roemeens', language: 'Roemeens' }],
      organisations: [{ name: 'Kwekerij Groenrijk', kvkNumber: '23456789' }, { name: 'Flexwerk Holland Uitzend B.V.' }],
      addresses: [{ postcode: '2324 KA', houseNumber: 41, street: 'Lammenschansweg', place: 'Leiden' }],
      sector: 'glastuinbouw',
      personAware: 'yes',
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 23 },
      { do: 'route', daysAgo: 22, mapId: 'den-haag-persoon', answers: ['no', 'yes', 'labour'] },
      // Handed over 22 days ago with 14 days for feedback: the inbox shows it as overdue.
      { do: 'handover', daysAgo: 22, partnerId: 'nederlandse-arbeidsinspectie', contactId: 'nla', parts: ['forms', 'description', 'persons', 'organisations', 'sector'], channel: 'phone' },
    ],
  },
  {
    key: 'loverboy',
    municipality: 'GM0546',
    daysAgo: 5,
    submission: {
      ...base,
      forms: ['sexual'],
      observedSignals: ['sexual-loverboy', 'sexual-minderjarig'],
      description:
        'Jeugdwerker meldt dat een meisje uit het jongerencentrum (16) een veel oudere vriend heeft die haar nieuwe kleding en een telefoon geeft. Ze vertelde dat ze "af en toe iets terug moet doen voor zijn vrienden".',
      observedOn: daysAgoDate(6),
      location: 'Jongerencentrum Noord',
      persons: [
        { role: 'possible-victim', name: 'Sanne de J.', estimatedAge: 16 },
        { role: 'possible-perpetrator', description: 'Man van ongeveer 25, rijdt in een witte Golf' },
      ],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 4 },
      { do: 'route', daysAgo: 3, mapId: 'den-haag-persoon', answers: ['no', 'no', 'yes'] },
      { do: 'handover', daysAgo: 3, partnerId: 'shop', contactId: 'shop-mobiel', parts: ['forms', 'description', 'persons', 'acute-danger'], channel: 'secure-mail' },
    ],
  },
  {
    key: 'drugsrunner',
    municipality: 'GM0546',
    daysAgo: 35,
    submission: {
      ...base,
      forms: ['criminal'],
      observedSignals: ['criminal-drugs-gestolen-spullen', 'criminal-lichamelijk-letsel', 'criminal-ongelijke-relatie'],
      description:
        `Handhavers zagen een jongen (ca. 17) die meerdere keren per avond pakketjes afleverde bij auto's op de parkeerplaats. Hij had een verse snee in zijn wang en zei dat hij "niet kon stoppen, anders".`,
      observedOn: daysAgoDate(36),
      location: 'Parkeerterrein Haagweg',
      persons: [{ role: 'possible-victim', description: 'Jongen van ongeveer 17, rode scooter' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 34 },
      { do: 'meldcode', daysAgo: 34, step: 1, note: 'Signalen in kaart gebracht met de handhavers.' },
      { do: 'meldcode', daysAgo: 33, step: 2, note: 'Overleg met de wijkagent.' },
      { do: 'meldcode', daysAgo: 33, step: 4, note: 'Weging: acute onveiligheid niet uitgesloten.' },
      { do: 'route', daysAgo: 33, mapId: 'den-haag-persoon', answers: ['no', 'yes', 'criminal'] },
      { do: 'handover', daysAgo: 33, partnerId: 'politie', contactId: 'politie-avim', parts: ['forms', 'description', 'when-where', 'persons'], channel: 'phone' },
      { do: 'feedback', daysAgo: 20, outcome: 'taken-up', note: 'Opgepakt door het jeugdteam van de politie; er loopt een onderzoek.' },
    ],
  },
  {
    key: 'massagesalon',
    municipality: 'GM0546',
    daysAgo: 50,
    submission: {
      ...base,
      forms: ['sexual'],
      observedSignals: ['sexual-woont-op-werkplek', 'sexual-advertenties-door-ander'],
      description:
        'Buren klagen over een "massagesalon" op de eerste verdieping: mannen komen tot diep in de nacht, de ramen zijn afgeplakt en er wonen steeds andere vrouwen.',
      location: 'Melding via de wijkregisseur',
      addresses: [{ postcode: '2316 AB', houseNumber: 7, addition: 'A', street: 'Oude Vest', place: 'Leiden' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 49 },
      { do: 'route', daysAgo: 48, mapId: 'den-haag-locatie', answers: ['no', 'yes'] },
      { do: 'handover', daysAgo: 48, partnerId: 'heit', contactId: 'heit-prostitutie', parts: ['forms', 'description', 'addresses'], channel: 'phone' },
      { do: 'feedback', daysAgo: 38, outcome: 'forwarded', forwardedTo: 'AVIM (politie)', note: 'Controle uitgevoerd; vermoedelijk uitbuiting, doorgezet naar AVIM. Twee vrouwen zijn in contact gebracht met SHOP.' },
      { do: 'event', event: 'melder-informeren', daysAgo: 37, message: 'Dank voor uw melding. Het signaal is doorgezet naar de partners die hierover gaan; zij hebben actie ondernomen.' },
    ],
  },
  {
    key: 'afgesloten',
    municipality: 'GM0546',
    daysAgo: 80,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-geen-contract', 'labour-onveilig-werk'],
      description: 'Bouwvakkers zonder helm of contract op een bouwplaats; ze slapen in de bouwkeet.',
      location: 'Bouwplaats Stationsgebied',
      sector: 'bouw',
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 79 },
      { do: 'route', daysAgo: 78, mapId: 'den-haag-locatie', answers: ['no', 'no', 'yes'] },
      { do: 'handover', daysAgo: 78, partnerId: 'nederlandse-arbeidsinspectie', contactId: 'nla', parts: ['forms', 'description', 'when-where', 'sector'], channel: 'phone' },
      { do: 'feedback', daysAgo: 66, outcome: 'taken-up', note: 'Inspectie uitgevoerd; boete opgelegd aan de onderaannemer.' },
      { do: 'event', event: 'melder-informeren', daysAgo: 65, message: 'De Arbeidsinspectie heeft de bouwplaats gecontroleerd en maatregelen genomen. Dank voor uw oplettendheid.' },
      { do: 'event', event: 'afsluiten', daysAgo: 60 },
    ],
  },
  {
    key: 'bedelen',
    municipality: 'GM0546',
    daysAgo: 15,
    submission: {
      ...base,
      forms: ['unknown'],
      observedSignals: ['criminal-bedelt'],
      description: 'Een oudere man bedelt elke ochtend bij de supermarkt en wordt om 12.00 uur opgehaald door een busje.',
      location: 'Winkelcentrum De Kopermolen',
      personAware: 'unknown',
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 14 },
      { do: 'note', daysAgo: 13, text: 'Wijkagent kent de man: hij woont zelfstandig en wordt door familie gebracht.' },
      { do: 'note', daysAgo: 12, text: 'Correctie: hij wordt door een buurman gebracht, niet door familie.', correctsPrevious: true },
      { do: 'event', event: 'niet-doorzetten', daysAgo: 12, reason: 'Geen aanwijzingen voor uitbuiting na navraag bij de wijkagent en het sociaal wijkteam.' },
    ],
  },
  {
    key: 'heropend',
    municipality: 'GM0546',
    daysAgo: 45,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-adres-onbekend'],
      description: 'Iemand schreef zich in op een adres waar volgens de BRP al negen mensen staan ingeschreven.',
      location: 'Balie Burgerzaken',
      addresses: [{ postcode: '2321 BW', houseNumber: 3, street: 'Kanaalweg', place: 'Leiden' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 44 },
      { do: 'event', event: 'niet-doorzetten', daysAgo: 40, reason: 'Adres gecontroleerd: kamerverhuur met vergunning, geen signalen van uitbuiting.' },
      { do: 'event', event: 'melder-informeren', daysAgo: 40, message: 'We hebben het adres laten controleren en zien nu geen reden om het signaal door te zetten. Blijf alert en meld het als u opnieuw iets ziet.' },
      { do: 'event', event: 'heropenen', daysAgo: 4, reason: 'Nieuwe melding van de wijkregisseur over hetzelfde adres.' },
    ],
  },
];

/** A few signals in the other demo municipalities, so their AFs see an inbox too. */
const ELSEWHERE: DemoScenario[] = [
  {
    key: 'denhaag-raamprostitutie',
    municipality: 'GM0518',
    daysAgo: 1,
    submission: {
      ...base,
      forms: ['sexual'],
      observedSignals: ['sexual-minderjarig', 'sexual-gecontroleerd-door-ander'],
      description: 'Toezichthouder zag achter een raam een meisje dat jonger leek dan 18; een man haalde steeds het geld op.',
      location: 'Geleenstraat',
      addresses: [{ postcode: '2573 XR', houseNumber: 20, place: 'Den Haag' }],
    },
    steps: [],
  },
  {
    key: 'denhaag-autobedrijf',
    municipality: 'GM0518',
    daysAgo: 12,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-weinig-loon', 'labour-huisvesting-werkgever'],
      description: 'Monteurs slapen in de werkplaats van een autobedrijf en worden contant betaald.',
      organisations: [{ name: 'Autoservice Laakhaven' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 11 },
      { do: 'handover', daysAgo: 10, partnerId: 'heit', contactId: 'heit-malafide-bedrijvigheid', parts: ['forms', 'description', 'organisations'], channel: 'phone' },
    ],
  },
  {
    key: 'rotterdam-distributie',
    municipality: 'GM0599',
    daysAgo: 3,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-lange-dagen', 'labour-geen-contract'],
      description: 'Orderpickers in een distributiecentrum werken diensten van twaalf uur zonder pauze.',
      sector: 'distributie-massaproductie',
    },
    steps: [{ do: 'event', event: 'vastleggen', daysAgo: 2 }],
  },
  {
    key: 'rotterdam-essm',
    municipality: 'GM0599',
    daysAgo: 18,
    submission: {
      ...base,
      forms: ['sexual'],
      observedSignals: ['sexual-schuld'],
      description: 'Vrouw vertelt bij het Jongerenloket dat ze een schuld moet afbetalen aan de man die haar reis regelde.',
      persons: [{ role: 'possible-victim', estimatedAge: 23, description: 'Vrouw, spreekt Spaans' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 17 },
      { do: 'handover', daysAgo: 16, partnerId: 'essm', contactId: 'essm-meld-en-adviespunt', parts: ['forms', 'description', 'persons'], channel: 'phone' },
      { do: 'feedback', daysAgo: 9, outcome: 'taken-up', note: 'Contact gelegd; ze is in de opvang.' },
    ],
  },
  {
    key: 'tilburg-criminele-uitbuiting',
    municipality: 'GM0855',
    daysAgo: 4,
    submission: {
      ...base,
      forms: ['criminal'],
      observedSignals: ['criminal-trekt-zich-terug', 'criminal-nieuwe-contacten'],
      description: 'Jongerenwerker ziet een jongen die zich terugtrekt uit zijn vriendengroep en nieuwe, oudere contacten heeft.',
      persons: [{ role: 'possible-victim', estimatedAge: 16, description: 'Jongen, bezoekt het jongerencentrum' }],
    },
    steps: [
      { do: 'event', event: 'vastleggen', daysAgo: 3 },
      { do: 'meldcode', daysAgo: 3, step: 1, note: 'Signalen in kaart gebracht met het jongerenwerk.' },
    ],
  },
  {
    key: 'utrecht-schoonmaak',
    municipality: 'GM0344',
    daysAgo: 2,
    submission: {
      ...base,
      forms: ['labour'],
      observedSignals: ['labour-inhoudingen'],
      description: 'Schoonmakers van een hotel zeggen dat er boetes van hun loon worden ingehouden als ze ziek zijn.',
      sector: 'schoonmaak',
    },
    steps: [],
  },
];

export const DEMO_SCENARIOS: DemoScenario[] = [...LEIDEN, ...ELSEWHERE];

/** The Leiden signal meeting: which scenarios are on its agenda, and the decision on the first. */
export const DEMO_MEETING = {
  municipality: 'GM0546',
  title: 'Signalenoverleg Leiden',
  inDays: 7,
  agenda: ['leerplicht', 'nagelstudio', 'bedelen'],
  decided: { key: 'bedelen', decision: 'Besproken: geen verdere actie; het sociaal wijkteam houdt contact met de man.' },
};

function daysAgoDate(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
