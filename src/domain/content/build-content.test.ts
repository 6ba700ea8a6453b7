import { describe, expect, it } from 'vitest';
import { buildContent, formatContentError, InvalidContentError } from './build-content';
import { validContentFiles } from './test-fixtures';

describe('buildContent', () => {
  const content = buildContent(validContentFiles(), 'v-test');

  it('gives municipalities without a region the fallback region', () => {
    expect(content.municipality('GM0855')).toEqual({ code: 'GM0855', name: 'Tilburg', aliases: [], region: 'landelijk', subregion: null });
    expect(content.municipality('GM0518')).toEqual({ code: 'GM0518', name: "'s-Gravenhage", aliases: [], region: 'proefregio', subregion: 'haaglanden' });
    expect(content.municipality('GM0000')).toBeUndefined();
    expect(content.municipalities).toHaveLength(3);
  });

  it('lists partners of a region together with the national ones, not those of other regions', () => {
    const ids = (region: string) => content.partners(region, 'nl').map((p) => p.id).sort();
    expect(ids('proefregio')).toEqual(['alarmnummer', 'nla', 'politie', 'zvh']);
    expect(ids('landelijk')).toEqual(['alarmnummer', 'nla', 'politie']);
  });

  it('resolves partner contacts per language', () => {
    const nla = content.partners('landelijk', 'en').find((p) => p.id === 'nla')!;
    expect(nla.description).toBe('Netherlands Labour Authority');
    expect(nla.contacts[0]).toMatchObject({ id: 'nla-meldpunt', name: 'NLA – Reporting line', phone: '0800-5151' });
  });

  it('returns regions with resolved names and their maps', () => {
    expect(content.region('landelijk', 'en')).toEqual({ id: 'landelijk', name: 'National', fallback: true, subregions: [], routemaps: ['landelijk-persoon'] });
    expect(content.regions('nl').map((r) => r.id)).toEqual(['proefregio', 'landelijk']);
    expect(content.region('atlantis', 'nl')).toBeUndefined();
  });

  it('compiles each map once per language and keeps it', () => {
    const nl = content.routemap('proef-persoon', 'nl');
    expect(nl?.lang).toBe('nl');
    expect(content.routemap('proef-persoon', 'nl')).toBe(nl);
    const en = content.routemap('proef-persoon', 'en');
    expect(en).not.toBe(nl);
    expect(en?.title).toBe('Test: person');
    expect(en?.version).toBe(nl?.version);
    expect(content.routemap('bestaat-niet', 'nl')).toBeUndefined();
  });

  it('summarises every map with the version of its compiled form', () => {
    const summaries = content.routemapSummaries('nl');
    expect(summaries.map((s) => s.id)).toEqual(['proef-persoon', 'landelijk-persoon']);
    expect(summaries[0]!.version).toBe(content.routemap('proef-persoon', 'nl')!.version);
    // The two maps differ in one outcome, so their versions differ.
    expect(summaries[0]!.version).not.toBe(summaries[1]!.version);
  });

  it('resolves knowledge per language and keeps it', () => {
    const en = content.knowledge('en');
    expect(en.forms.map((f) => f.id)).toEqual(['sexual', 'labour', 'criminal', 'organ']);
    expect(en.forms[0]!.signals.map((s) => s.text)).toEqual(['Signaal 1', 'Signal 2']);
    expect(content.knowledge('nl').forms[0]!.signals[1]!.text).toBe('Signaal 2');
    expect(en.meldcode.steps).toHaveLength(5);
    expect(en.stepPlan.steps[0]).toEqual({ number: 1, title: 'Stap 1', text: null });
    expect(content.knowledge('en')).toBe(en);
  });

  it('uses the given version, or a stable hash of the files', () => {
    expect(content.version).toBe('v-test');
    expect(buildContent(validContentFiles()).version).toBe(buildContent(validContentFiles()).version);
    const changed = validContentFiles();
    changed.municipalities.data.municipalities.pop();
    expect(buildContent(changed).version).not.toBe(buildContent(validContentFiles()).version);
  });

  it('refuses invalid content with every error, one line each', () => {
    const files = validContentFiles();
    files.regions.data.regions[1]!.fallback = false;
    files.municipalities.data.municipalities[1]!.region = 'atlantis';
    let thrown: unknown;
    try {
      buildContent(files);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidContentError);
    const { errors, message } = thrown as InvalidContentError;
    expect(errors).toHaveLength(2);
    for (const e of errors) expect(message.split('\n')).toContain(formatContentError(e));
    expect(message).toContain('regions/municipalities.yaml › GM0546: ');
  });
});
