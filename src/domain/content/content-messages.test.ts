import { describe, expect, it } from 'vitest';
import { fixtureContactIds, validMapFile } from '../routemap/test-fixtures';
import { validateRouteMapGraph } from '../routemap/validate-graph';
import { MESSAGES, problemText, renderMessage, type MessageRef } from './content-messages';
import { LANGUAGES } from './localized';
import { regionPackOf } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validContentFiles } from './test-fixtures';
import { validateRegionPack, type PackIssue } from './validate-region-pack';

const national = validContentFiles();

function pack(change: (p: RegionPack) => void, region = 'proefregio'): RegionPack {
  const p = structuredClone(regionPackOf(national, region)!);
  change(p);
  return p;
}

/** Both renderings of the one issue whose Dutch message contains `dutch`, after a trip through JSON as the API sends it. */
function inBothLanguages(issues: readonly PackIssue[], dutch: string): { nl: string; en: string } {
  const issue = issues.find((i) => i.message.includes(dutch));
  expect(issue, JSON.stringify(issues, null, 2)).toBeDefined();
  const sent = JSON.parse(JSON.stringify(issue)) as PackIssue;
  return { nl: problemText(sent, 'nl'), en: problemText(sent, 'en') };
}

describe('the content check messages', () => {
  it('have a Dutch and a different English text for every code', () => {
    // Any parameter reads as "x" (or a list of it); a nested problem is a real message.
    const params = new Proxy({}, { get: (_, key) => (key === 'problem' ? { code: 'partner.nameMissing', params: {} } : ['x']) });
    for (const code of Object.keys(MESSAGES)) {
      const [nl, en] = LANGUAGES.map((lang) => renderMessage({ code, params }, lang));
      expect(nl, code).toMatch(/\w/);
      expect(en, code).toMatch(/\w/);
      expect(en, code).not.toBe(nl);
    }
  });

  it('name an unreachable node as a question or an outcome in either language', () => {
    const map = validMapFile();
    map.nodes.push({ id: 'wees', type: 'outcome', title: 'x', text: 'y', contacts: ['politie-avim'] });
    const text = inBothLanguages(validateRouteMapGraph(map, fixtureContactIds, 'routemaps/proef-persoon.yaml').map((e) => ({ path: [], ...e })), 'wees');
    expect(text.nl).toBe('uitkomst "wees" is vanaf de startstap "acuut" niet bereikbaar');
    expect(text.en).toBe('outcome "wees" cannot be reached from the start step "acuut"');
  });

  it('state the 112 rule in English too', () => {
    const p = pack((x) => {
      const start = x.routemaps[0]!.nodes[0]!;
      if (start.type === 'question') start.options[0]!.next = 'avim';
    });
    const text = inBothLanguages(validateRegionPack(p, national), 'startvraag');
    expect(text.nl).toContain('startvraag "acuut": optie "yes" leidt naar uitkomst "avim" zonder contact "alarmnummer-112"');
    expect(text.en).toBe(
      'start question "acuut": option "yes" leads to outcome "avim", which lacks contact "alarmnummer-112"; the first question must be about acute danger, with option "yes" leading to an outcome with contact "alarmnummer-112"',
    );
  });

  it('give a pack rule in the UI language, naming the partner and region', () => {
    const text = inBothLanguages(validateRegionPack(pack((x) => (x.partners[0]!.regions = ['landelijk'])), national), 'werkt niet in regio');
    expect(text.nl).toBe('partner "zvh" werkt niet in regio "proefregio": zet "proefregio" bij regions, of haal de partner uit dit pakket');
    expect(text.en).toBe('partner "zvh" does not work in region "proefregio": add "proefregio" to regions, or remove the partner from this pack');
  });

  it('render a problem in the rest of the content with the problem inside it in the same language', () => {
    const p = pack((x) => (x.partners = x.partners.filter((partner) => partner.id !== 'nla')), 'landelijk');
    const text = inBothLanguages(validateRegionPack(p, national), 'in de rest van de inhoud');
    expect(text.en).toMatch(/^in the rest of the content, routemaps\/proef-persoon\.yaml › nla: outcome "nla": unknown contact "nla-meldpunt"/);
  });

  it('keep the Dutch text sent along for a problem without a code or with a code this version does not know', () => {
    expect(problemText({ message: 'ongeldige structuur' }, 'en')).toBe('ongeldige structuur');
    const unknown: MessageRef & { message: string } = { code: 'later.added', params: {}, message: 'iets nieuws' };
    expect(problemText(unknown, 'en')).toBe('iets nieuws');
  });
});
