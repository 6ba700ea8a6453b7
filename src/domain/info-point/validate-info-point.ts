import type { ContentFiles } from '../content/content-files';
import { message, type EntryKind, type Message } from '../content/content-messages';
import { SOURCE_LANGUAGE, type InfoPointTranslation } from './schema';

type Report = (file: string, node: string | undefined, m: Message) => void;

/**
 * Cross-file checks of the information point. Translations follow the Dutch source section by
 * section, so a visitor never misses a part (a right, a contact) that Dutch readers get. A phone
 * number written in a text must be one of the partner files' numbers: a typo in a translation
 * would send a victim to a stranger, and nobody reading Bulgarian at the municipality would notice.
 */
export function checkInfoPoint(files: ContentFiles, report: Report): void {
  const { contacts, translations } = files.infoPoint;
  const partners = files.partners.flatMap((f) => f.data.partners);
  const contactIds = new Set(partners.flatMap((p) => p.contacts.map((c) => c.id)));
  const knownNumbers = new Set(partners.flatMap((p) => p.contacts.flatMap((c) => (c.phone ? [digits(c.phone)] : []))));

  const groupIds = contacts.data.groups.map((g) => g.id);
  for (const group of contacts.data.groups) {
    for (const id of group.contacts) {
      if (!contactIds.has(id)) report(contacts.file, group.id, message('infoPoint.unknownContact', { group: group.id, contact: id }));
    }
  }
  uniqueIds(contacts.file, 'group', groupIds, report);

  const source = translations.find((t) => t.data.lang === SOURCE_LANGUAGE);
  if (!source) report('info-point', undefined, message('infoPoint.noSource', { lang: SOURCE_LANGUAGE }));
  const seen = new Map<string, string>();
  for (const { file, data } of translations) {
    const expectedFile = `info-point/${data.lang}.yaml`;
    if (file !== expectedFile) report(file, undefined, message('infoPoint.fileName', { lang: data.lang, file: expectedFile }));
    const other = seen.get(data.lang);
    if (other !== undefined) report(file, undefined, message('infoPoint.duplicateLanguage', { lang: data.lang, other }));
    seen.set(data.lang, file);
    if ((data.checkedBy === null) !== (data.checkedOn === null)) report(file, undefined, message('infoPoint.checkedPair'));
    uniqueIds(file, 'section', data.sections.map((s) => s.id), report);
    sameIds(file, 'section', 'sections', data.sections.map((s) => s.id), source ? source.data.sections.map((s) => s.id) : null, report);
    sameIds(file, 'contactGroup', 'contactGroups', data.contactGroups.map((g) => g.id), groupIds, report);
    checkPhoneNumbers(file, data, knownNumbers, report);
  }
}

function uniqueIds(file: string, kind: EntryKind, ids: readonly string[], report: Report): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report(file, id, message('content.duplicateEntry', { kind, id }));
    seen.add(id);
  }
}

/** The same ids in the same order as `expected` (the Dutch source or contacts.yaml); null: nothing to compare with. */
function sameIds(file: string, kind: EntryKind, field: string, ids: readonly string[], expected: readonly string[] | null, report: Report): void {
  if (expected === null) return;
  const have = new Set(ids);
  const missing = expected.filter((id) => !have.has(id));
  const extra = ids.filter((id) => !expected.includes(id));
  for (const id of missing) report(file, id, message('infoPoint.missingId', { kind, id, field }));
  for (const id of extra) report(file, id, message('infoPoint.extraId', { kind, id, field }));
  if (missing.length === 0 && extra.length === 0 && ids.join() !== expected.join()) report(file, undefined, message('infoPoint.order', { field, expected: [...expected] }));
}

/** A run of digits that reads as a Dutch phone number (112, 0800-7000, 070-3614747, 013 549 8430). */
const PHONE_IN_TEXT = /(?<![\d])(?:112|0[\d](?:[ -]?\d){6,10})(?![\d])/g;

function checkPhoneNumbers(file: string, data: InfoPointTranslation, known: ReadonlySet<string>, report: Report): void {
  const texts: [string | undefined, string][] = [
    [undefined, data.title],
    [undefined, data.intro],
    ['emergency', data.emergency],
    ...data.sections.flatMap((s) => [[s.id, s.title] as [string, string], ...s.paragraphs.map((p) => [s.id, p] as [string, string])]),
    ...data.contactGroups.flatMap((g) => [[g.id, g.title] as [string, string], [g.id, g.text] as [string, string]]),
  ];
  for (const [node, text] of texts) {
    for (const match of text.matchAll(PHONE_IN_TEXT)) {
      if (!known.has(digits(match[0]))) report(file, node, message('infoPoint.unknownPhone', { phone: match[0] }));
    }
  }
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}
