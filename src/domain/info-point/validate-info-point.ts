import type { ContentFiles } from '../content/content-files';
import { SOURCE_LANGUAGE, type InfoPointTranslation } from './schema';

type Report = (file: string, node: string | undefined, message: string) => void;

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
      if (!contactIds.has(id)) report(contacts.file, group.id, `groep "${group.id}": contact "${id}" bestaat niet in partners/`);
    }
  }
  uniqueIds(contacts.file, 'groep', groupIds, report);

  const source = translations.find((t) => t.data.lang === SOURCE_LANGUAGE);
  if (!source) report('info-point', undefined, `de Nederlandse tekst ontbreekt (info-point/${SOURCE_LANGUAGE}.yaml): alle vertalingen volgen die`);
  const seen = new Map<string, string>();
  for (const { file, data } of translations) {
    const expectedFile = `info-point/${data.lang}.yaml`;
    if (file !== expectedFile) report(file, undefined, `taal "${data.lang}" hoort in ${expectedFile}: de bestandsnaam is de taalcode`);
    const other = seen.get(data.lang);
    if (other !== undefined) report(file, undefined, `taal "${data.lang}" staat ook in ${other}`);
    seen.set(data.lang, file);
    if ((data.checkedBy === null) !== (data.checkedOn === null)) {
      report(file, undefined, 'vul checkedBy en checkedOn allebei in (wie de vertaling heeft nagekeken en wanneer), of laat ze allebei null');
    }
    uniqueIds(file, 'onderdeel', data.sections.map((s) => s.id), report);
    sameIds(file, 'onderdeel', 'sections', data.sections.map((s) => s.id), source ? source.data.sections.map((s) => s.id) : null, report);
    sameIds(file, 'contactgroep', 'contactGroups', data.contactGroups.map((g) => g.id), groupIds, report);
    checkPhoneNumbers(file, data, knownNumbers, report);
  }
}

function uniqueIds(file: string, what: string, ids: readonly string[], report: Report): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) report(file, id, `${what} "${id}" komt meer dan eens voor`);
    seen.add(id);
  }
}

/** The same ids in the same order as `expected` (the Dutch source or contacts.yaml); null: nothing to compare with. */
function sameIds(file: string, what: string, field: string, ids: readonly string[], expected: readonly string[] | null, report: Report): void {
  if (expected === null) return;
  const have = new Set(ids);
  const missing = expected.filter((id) => !have.has(id));
  const extra = ids.filter((id) => !expected.includes(id));
  for (const id of missing) report(file, id, `${what} "${id}" ontbreekt in ${field}: elke vertaling heeft dezelfde onderdelen als de Nederlandse tekst`);
  for (const id of extra) report(file, id, `${what} "${id}" in ${field} staat niet in de Nederlandse tekst (of in info-point/contacts.yaml)`);
  if (missing.length === 0 && extra.length === 0 && ids.join() !== expected.join()) {
    report(file, undefined, `${field}: zet de onderdelen in dezelfde volgorde als in de Nederlandse tekst (${expected.join(', ')})`);
  }
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
      if (!known.has(digits(match[0]))) {
        report(file, node, `telefoonnummer "${match[0]}" staat in geen enkel partnerbestand; gebruik alleen nummers uit partners/ (of voeg het daar eerst toe, met verifiedOn)`);
      }
    }
  }
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}
