import type { ContentFiles } from '../content/content-files';
import { localize } from '../content/localized';
import { sourceIds } from '../content/cite-sources';
import type { SourceRef } from '../content/sources';
import { SOURCE_LANGUAGE } from './schema';
import type { InfoPointContactView, InfoPointLanguageView, InfoPointView } from './view';

export interface InfoPoint {
  languages: InfoPointLanguageView[];
  /** The page in `lang` for visitors of `regionId` (null: national contacts only); undefined for an unknown language or region. */
  view(lang: string, regionId: string | null): InfoPointView | undefined;
}

/** Builds the information point from validated content files. Pure. */
export function buildInfoPoint(files: ContentFiles, cite: (ref: SourceRef) => string | null): InfoPoint {
  const translations = files.infoPoint.translations.map((t) => t.data);
  // Dutch first, then as the files are sorted: the list a visitor reads is stable.
  translations.sort((a, b) => Number(b.lang === SOURCE_LANGUAGE) - Number(a.lang === SOURCE_LANGUAGE));
  const source = translations.find((t) => t.lang === SOURCE_LANGUAGE)!;
  const languages: InfoPointLanguageView[] = translations.map((t) => ({ lang: t.lang, name: t.name, dir: t.dir, checked: t.checkedBy !== null }));

  const partners = files.partners.flatMap((f) => f.data.partners);
  const contactById = new Map(partners.flatMap((p) => p.contacts.map((c) => [c.id, { partner: p, contact: c }] as const)));
  const regions = files.regions.data.regions.filter((r) => !r.fallback);
  const contactsIn = (regionId: string | null) =>
    files.infoPoint.contacts.data.groups.map((g) => ({
      id: g.id,
      contacts: g.contacts
        .map((id) => contactById.get(id)!)
        .filter(({ partner }) => partner.regions.length === 0 || (regionId !== null && partner.regions.includes(regionId)))
        .map<InfoPointContactView>(({ partner, contact }) => ({ partner: partner.name, phone: contact.phone ?? null, url: contact.url ?? null })),
    }));

  return {
    languages,
    view(lang, regionId) {
      const t = translations.find((x) => x.lang === lang);
      const region = regionId === null ? null : regions.find((r) => r.id === regionId);
      if (!t || region === undefined) return undefined;
      // Region names are proper names; only the English page has its own.
      const nameLang = lang === 'en' ? 'en' : 'nl';
      const groups = contactsIn(regionId);
      return {
        lang: t.lang,
        name: t.name,
        dir: t.dir,
        checked: t.checkedBy !== null,
        checkedBy: t.checkedBy,
        checkedOn: t.checkedOn,
        title: t.title,
        intro: t.intro,
        emergency: t.emergency,
        sections: t.sections.map((s) => ({ id: s.id, title: s.title, paragraphs: [...s.paragraphs], sources: sourceIds(s.source).map((id) => cite(id)!) })),
        contactGroups: t.contactGroups
          .map((g) => ({ id: g.id, title: g.title, text: g.text, contacts: groups.find((c) => c.id === g.id)!.contacts }))
          .filter((g) => g.contacts.length > 0),
        labels: { ...t.labels },
        uncheckedInDutch: t.checkedBy === null && t.lang !== SOURCE_LANGUAGE ? source.labels.unchecked : null,
        region: region === null ? null : { id: region.id, name: localize(region.name, nameLang) },
        regions: regions.map((r) => ({ id: r.id, name: localize(r.name, nameLang) })),
        languages,
      };
    },
  };
}
