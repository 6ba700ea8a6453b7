import type { ContentFiles } from '../content/content-files';
import type { InfoPointTranslation } from './schema';

/** Test data only: a translation of the information point in `lang`, unchecked, naming the fixture partners' numbers. */
export function fixtureTranslation(lang: string, name: string): InfoPointTranslation {
  return {
    lang,
    name,
    dir: 'ltr',
    checkedBy: null,
    checkedOn: null,
    title: `Hulp (${lang})`,
    intro: 'Wordt u uitgebuit?',
    emergency: 'Gevaar? Bel 112.',
    sections: [
      { id: 'rights', title: 'Uw rechten', paragraphs: ['U heeft recht op loon.'], source: 'test' },
      { id: 'free-help', title: 'Hulp is gratis', paragraphs: ['Bel de politie: 0900-8844.'] },
    ],
    contactGroups: [
      { id: 'care', title: 'Zorg', text: 'In uw regio.' },
      { id: 'labour', title: 'Werk', text: 'Bel 0800-5151.' },
    ],
    labels: {
      languages: 'Talen',
      region: 'Regio',
      chooseRegion: 'Kies uw regio',
      showRegion: 'Toon',
      noRegion: 'Kies een regio',
      phone: 'Telefoon',
      website: 'Website',
      poster: 'Poster',
      scanToRead: 'Scan',
      unchecked: 'Niet nagekeken',
      checked: 'Nagekeken door {name} op {date}',
      sources: 'Bronnen',
    },
  };
}

/** The information point of the content fixture: Dutch and Polish, the care group regional (Zorg- en Veiligheidshuis). */
export function fixtureInfoPoint(): ContentFiles['infoPoint'] {
  return {
    contacts: {
      file: 'info-point/contacts.yaml',
      data: {
        groups: [
          { id: 'care', contacts: ['zvh-haaglanden'] },
          { id: 'labour', contacts: ['nla-meldpunt'] },
        ],
      },
    },
    translations: [
      { file: 'info-point/nl.yaml', data: fixtureTranslation('nl', 'Nederlands') },
      { file: 'info-point/pl.yaml', data: fixtureTranslation('pl', 'Polski') },
    ],
  };
}
