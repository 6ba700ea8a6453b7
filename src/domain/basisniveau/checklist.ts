import { citeSources, forEachSourceId } from '../content/cite-sources';
import { localize, type Language } from '../content/localized';
import type { SourceDocument } from '../content/sources';
import type { ChecklistFile, DerivedKind } from './schema';

/** A point of the checklist in one language, as shown. */
export interface ChecklistDefinition {
  id: string;
  title: string;
  short: string;
  explanation: string;
  source: string | null;
  derived: DerivedKind | undefined;
}

export interface Checklist {
  ids: readonly string[];
  /** The kind of own figure a point has, by id. */
  derivedOf(id: string): DerivedKind | undefined;
  items(lang: Language): ChecklistDefinition[];
}

/** Every source id the file names that sources.yaml does not have, as `item: message`. */
export function unknownSources(file: ChecklistFile, documents: readonly SourceDocument[]): string[] {
  const known = new Set(documents.map((d) => d.id));
  const errors: string[] = [];
  forEachSourceId(file, (id, entry) => {
    if (!known.has(id)) errors.push(`${entry ?? 'items'}: brondocument "${id}" staat niet in sources.yaml`);
  });
  return errors;
}

/** The checklist of a validated file, with each point's source cited as users read it. */
export function buildChecklist(file: ChecklistFile, documents: readonly SourceDocument[]): Checklist {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const perLanguage = new Map<Language, ChecklistDefinition[]>();
  const derived = new Map(file.items.map((i) => [i.id, i.derived]));
  return {
    ids: file.items.map((i) => i.id),
    derivedOf: (id) => derived.get(id),
    items: (lang) => {
      let items = perLanguage.get(lang);
      if (!items) {
        items = file.items.map((i) => ({
          id: i.id,
          title: localize(i.title, lang),
          short: localize(i.short, lang),
          explanation: localize(i.explanation, lang),
          source: citeSources(i.source, byId),
          derived: i.derived,
        }));
        perLanguage.set(lang, items);
      }
      return items;
    },
  };
}
