import type { Language } from '../../domain/content/localized';

/** The fixed texts of the printed route card and poster, Dutch first (seeds 000 and 001). */
export interface CardTexts {
  title: string;
  posterTitle: string;
  intro: string;
  posterIntro: string;
  emergency: string;
  emergencyText: string;
  afHeading: (municipality: string | null) => string;
  afUnknown: string;
  afName: string;
  phone: string;
  email: string;
  hours: string;
  scanSignals: string;
  scanMap: string;
  scanMaps: string;
  goTo: (n: number) => string;
  unverified: string;
  version: (date: string) => string;
  page: (n: number, of: number) => string;
  forMunicipality: (name: string) => string;
}

const NL: CardTexts = {
  title: 'Signalenroutekaart mensenhandel',
  posterTitle: 'Vermoedt u mensenhandel?',
  intro: 'Wat doet u bij signalen van mensenhandel? Gebruik de routekaart ook als u alleen een voorgevoel heeft: de partners worden liever een keer te veel gebeld dan te weinig.',
  posterIntro: 'Heeft u een signaal of een voorgevoel dat er iets niet pluis is? Twijfel niet en geef het door. De partners worden liever een keer te veel gebeld dan te weinig.',
  emergency: 'Acuut gevaar? Bel altijd eerst 112',
  emergencyText: 'Bij spoed en acuut gevaar: bel direct 112. Geef het signaal daarna ook door aan de aandachtsfunctionaris mensenhandel.',
  afHeading: (m) => (m ? `Aandachtsfunctionaris mensenhandel van ${m}` : 'Aandachtsfunctionaris mensenhandel van uw gemeente'),
  afUnknown: 'Geef elk signaal door aan de aandachtsfunctionaris. Vul hier in wie dat is:',
  afName: 'Naam',
  phone: 'Tel.',
  email: 'E-mail',
  hours: 'Bereikbaar',
  scanSignals: 'Scan voor de signalen',
  scanMap: 'Scan voor de routekaart online',
  scanMaps: 'Scan voor de routekaarten online',
  goTo: (n) => `ga naar vraag ${n}`,
  unverified: 'nog niet gecontroleerd',
  version: (d) => `Versie van ${d}`,
  page: (n, of) => `pagina ${n} van ${of}`,
  forMunicipality: (name) => `voor ${name}`,
};

const EN: CardTexts = {
  title: 'Human trafficking signal route card',
  posterTitle: 'Do you suspect human trafficking?',
  intro: 'What do you do with signals of human trafficking? Use the route card also when you only have a feeling that something is wrong: the partners would rather be called once too often than too rarely.',
  posterIntro: 'Do you have a signal, or a feeling that something is wrong? Do not hesitate, pass it on. The partners would rather be called once too often than too rarely.',
  emergency: 'Acute danger? Always call 112 first',
  emergencyText: 'In an emergency or acute danger: call 112 now. Afterwards, also pass the signal on to the human trafficking officer.',
  afHeading: (m) => (m ? `Human trafficking officer of ${m}` : "Your municipality's human trafficking officer"),
  afUnknown: 'Pass every signal on to the human trafficking officer. Write down who that is:',
  afName: 'Name',
  phone: 'Phone',
  email: 'E-mail',
  hours: 'Available',
  scanSignals: 'Scan for the signals',
  scanMap: 'Scan for the route map online',
  scanMaps: 'Scan for the route maps online',
  goTo: (n) => `go to question ${n}`,
  unverified: 'not yet verified',
  version: (d) => `Version of ${d}`,
  page: (n, of) => `page ${n} of ${of}`,
  forMunicipality: (name) => `for ${name}`,
};

export const cardTexts = (lang: Language): CardTexts => (lang === 'en' ? EN : NL);

/** A date as people write it ("7 december 2026"), in Dutch time. */
export function formatCardDate(date: Date, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Amsterdam' }).format(date);
}
