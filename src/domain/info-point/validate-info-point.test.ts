import { describe, expect, it } from 'vitest';
import { buildContent } from '../content/build-content';
import { validContentFiles } from '../content/test-fixtures';
import { formatContentError } from '../content/build-content';
import { validateContent } from '../content/validate-content';
import type { ContentFiles } from '../content/content-files';
import type { InfoPointTranslation } from './schema';

/** The content fixture with its Polish translation changed. */
function withPolish(change: (pl: InfoPointTranslation) => void): ContentFiles {
  const files = validContentFiles();
  change(files.infoPoint.translations.find((t) => t.data.lang === 'pl')!.data);
  return files;
}

const messages = (files: ContentFiles) => validateContent(files).map(formatContentError);

describe('validating the information point', () => {
  it('accepts the fixture', () => {
    expect(validateContent(validContentFiles())).toEqual([]);
  });

  it('refuses a translation that misses a section of the Dutch text, naming the file and the section', () => {
    const files = withPolish((pl) => pl.sections.splice(1, 1));
    expect(messages(files)).toEqual([
      'info-point/pl.yaml › free-help: onderdeel "free-help" ontbreekt in sections: elke vertaling heeft dezelfde onderdelen als de Nederlandse tekst',
    ]);
  });

  it('refuses a translation that misses the text of a contact group', () => {
    const files = withPolish((pl) => pl.contactGroups.pop());
    expect(messages(files)).toEqual([
      'info-point/pl.yaml › labour: contactgroep "labour" ontbreekt in contactGroups: elke vertaling heeft dezelfde onderdelen als de Nederlandse tekst',
    ]);
  });

  it('refuses a phone number that is in no partner file, wherever in the text it is', () => {
    const files = withPolish((pl) => {
      pl.sections[1]!.paragraphs = ['Zadzwoń: 0900-8845.'];
      pl.emergency = 'Bel 112 of 0800-1234';
    });
    expect(messages(files)).toEqual([
      'info-point/pl.yaml › emergency: telefoonnummer "0800-1234" staat in geen enkel partnerbestand; gebruik alleen nummers uit partners/ (of voeg het daar eerst toe, met verifiedOn)',
      'info-point/pl.yaml › free-help: telefoonnummer "0900-8845" staat in geen enkel partnerbestand; gebruik alleen nummers uit partners/ (of voeg het daar eerst toe, met verifiedOn)',
    ]);
  });

  it('accepts a partner number written with spaces instead of a hyphen', () => {
    const files = withPolish((pl) => (pl.sections[1]!.paragraphs = ['Zadzwoń: 0900 8844.']));
    expect(validateContent(files)).toEqual([]);
  });

  it('refuses a contact that does not exist in the partner files', () => {
    const files = validContentFiles();
    files.infoPoint.contacts.data.groups[0]!.contacts.push('comensha-telefoon');
    expect(messages(files)).toEqual(['info-point/contacts.yaml › care: groep "care": contact "comensha-telefoon" bestaat niet in partners/']);
  });

  it('wants both who checked a translation and when, or neither', () => {
    const files = withPolish((pl) => (pl.checkedBy = 'A. Kowalska'));
    expect(messages(files)).toEqual([
      'info-point/pl.yaml: vul checkedBy en checkedOn allebei in (wie de vertaling heeft nagekeken en wanneer), of laat ze allebei null',
    ]);
  });

  it('refuses a file whose name is not its language code, and translations without the Dutch source', () => {
    const files = validContentFiles();
    files.infoPoint.translations[1]!.file = 'info-point/polski.yaml';
    files.infoPoint.translations.shift();
    expect(messages(files)).toEqual([
      'info-point: de Nederlandse tekst ontbreekt (info-point/nl.yaml): alle vertalingen volgen die',
      'info-point/polski.yaml: taal "pl" hoort in info-point/pl.yaml: de bestandsnaam is de taalcode',
    ]);
  });
});

describe('the information point as served', () => {
  const content = buildContent(validContentFiles());

  it('names a regional care contact only to visitors of its region, and says in Dutch too that a translation is unchecked', () => {
    const national = content.infoPoint('pl', null)!;
    expect(national.contactGroups.map((g) => g.id)).toEqual(['labour']);
    expect(national.uncheckedInDutch).toBe('Niet nagekeken');
    const regional = content.infoPoint('pl', 'proefregio')!;
    expect(regional.contactGroups.map((g) => [g.id, g.contacts.map((c) => c.phone)])).toEqual([
      ['care', ['070-7570900']],
      ['labour', ['0800-5151']],
    ]);
    expect(content.infoPoint('nl', null)!.uncheckedInDutch).toBeNull();
  });

  it('knows no page for an unknown language or region', () => {
    expect(content.infoPoint('xx', null)).toBeUndefined();
    expect(content.infoPoint('pl', 'nergens')).toBeUndefined();
    expect(content.infoPointLanguages.map((l) => l.name)).toEqual(['Nederlands', 'Polski']);
  });
});
