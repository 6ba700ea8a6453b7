import { describe, expect, it } from 'vitest';
import { buildContent } from './build-content';
import { contentWithPack, regionPackOf } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validContentFiles } from './test-fixtures';
import { validateRegionPack, type PackIssue } from './validate-region-pack';

const national = validContentFiles();

/** The fixture region's pack with one thing changed. */
function pack(change: (p: RegionPack) => void = () => {}, region = 'proefregio'): RegionPack {
  const p = structuredClone(regionPackOf(national, region)!);
  change(p);
  return p;
}

const map = (p: RegionPack) => p.routemaps[0]!;
const nodeIndex = (p: RegionPack, id: string) => map(p).nodes.findIndex((n) => n.id === id);

function expectOne(issues: PackIssue[], path: PropertyKey[], ...fragments: string[]): void {
  expect(issues, JSON.stringify(issues, null, 2)).toHaveLength(1);
  expect(issues[0]!.path).toEqual(path);
  for (const fragment of fragments) expect(issues[0]!.message).toContain(fragment);
}

describe('regionPackOf', () => {
  it('holds the region with its municipalities, own partners and maps, the national partners its maps use and the documents it cites', () => {
    const p = pack();
    expect(p.region.id).toBe('proefregio');
    expect(p.municipalities.map((m) => m.code)).toEqual(['GM0518', 'GM0546']);
    expect(p.partners.map((x) => x.id)).toEqual(['zvh']);
    expect(p.nationalPartners).toEqual(['alarmnummer', 'nla', 'politie']);
    expect(p.routemaps.map((m) => m.id)).toEqual(['proef-persoon']);
    expect(p.knowledge).toBeUndefined();
    expect(p.sources.map((s) => s.id)).toEqual(['test']);
  });

  it('puts the knowledge and the national partners in the pack of the fallback region', () => {
    const p = pack(() => {}, 'landelijk');
    expect(p.knowledge?.forms).toHaveLength(4);
    expect(p.partners.map((x) => x.id)).toEqual(['alarmnummer', 'nla', 'politie']);
    expect(p.municipalities.map((m) => m.code)).toEqual(['GM0855']);
  });

  it('is undefined for an unknown region', () => {
    expect(regionPackOf(national, 'atlantis')).toBeUndefined();
  });
});

describe('validateRegionPack', () => {
  it('accepts the packs of the fixture content', () => {
    expect(validateRegionPack(pack(), national)).toEqual([]);
    expect(validateRegionPack(pack(() => {}, 'landelijk'), national)).toEqual([]);
  });

  it('refuses an outcome with an unknown contact, at that node', () => {
    const p = pack((x) => {
      const avim = map(x).nodes[nodeIndex(x, 'avim')]!;
      if (avim.type === 'outcome') avim.contacts.push('bestaat-niet');
    });
    expectOne(validateRegionPack(p, national), ['routemaps', 0, 'nodes', nodeIndex(p, 'avim')], 'onbekend contact "bestaat-niet"');
  });

  it('refuses an unreachable node, at that node', () => {
    const p = pack((x) => map(x).nodes.push({ id: 'vergeten', type: 'outcome', title: 'Vergeten', text: 'Niemand komt hier', contacts: [] }));
    expectOne(validateRegionPack(p, national), ['routemaps', 0, 'nodes', nodeIndex(p, 'vergeten')], 'niet bereikbaar');
  });

  it('refuses a map whose first question does not lead to 112', () => {
    const p = pack((x) => {
      const start = map(x).nodes[0]!;
      if (start.type === 'question') start.options[0]!.next = 'avim';
      map(x).nodes.splice(nodeIndex(x, 'bel-112'), 1);
    });
    expectOne(validateRegionPack(p, national), ['routemaps', 0, 'nodes', 0], 'startvraag "acuut"', 'alarmnummer-112');
  });

  it('asks for a national partner the maps use but the pack does not name', () => {
    const p = pack((x) => {
      x.nationalPartners = x.nationalPartners.filter((id) => id !== 'nla');
    });
    const outcome = nodeIndex(p, 'nla');
    expectOne(validateRegionPack(p, national), ['routemaps', 0, 'nodes', outcome, 'contacts', 0], 'zet "nla" bij nationalPartners');
  });

  it('refuses a national partner that does not exist', () => {
    const p = pack((x) => x.nationalPartners.push('veilig-thuis'));
    expectOne(validateRegionPack(p, national), ['nationalPartners', 3], 'landelijke partner "veilig-thuis" bestaat niet');
  });

  it('refuses a partner that does not serve the region', () => {
    const p = pack((x) => {
      x.partners[0]!.regions = ['landelijk'];
    });
    expect(validateRegionPack(p, national)).toContainEqual(expect.objectContaining({ path: ['partners', 0, 'regions'], message: expect.stringContaining('werkt niet in regio "proefregio"') }));
  });

  it('refuses a municipality of another region', () => {
    const p = pack((x) => x.municipalities.push({ code: 'GM0518', name: "'s-Gravenhage" }), 'landelijk');
    expect(validateRegionPack(p, national)).toContainEqual(expect.objectContaining({ path: ['municipalities', 1], message: expect.stringContaining('hoort bij regio "proefregio"') }));
  });

  it('asks for the documents the pack cites', () => {
    const p = pack((x) => {
      x.sources = [];
    });
    const issues = validateRegionPack(p, national);
    expect(issues).toContainEqual(expect.objectContaining({ path: ['partners', 0, 'source'], message: expect.stringContaining('brondocument "test" staat niet in sources van dit pakket') }));
    expect(issues).toContainEqual(expect.objectContaining({ path: ['routemaps', 0, 'source'], message: expect.stringContaining('brondocument "test"') }));
  });

  it('names the regional map that loses a contact when the national pack drops its partner', () => {
    const p = pack((x) => {
      x.partners = x.partners.filter((partner) => partner.id !== 'nla');
    }, 'landelijk');
    const issues = validateRegionPack(p, national);
    expect(issues).toContainEqual(expect.objectContaining({ path: [], message: expect.stringMatching(/^in de rest van de inhoud, routemaps\/proef-persoon\.yaml › nla: .*onbekend contact "nla-meldpunt"/) }));
  });
});

describe('contentWithPack', () => {
  it('gives back the same content for an unchanged pack', () => {
    for (const region of ['proefregio', 'landelijk']) {
      const before = buildContent(national);
      const after = buildContent(contentWithPack(national, pack(() => {}, region)));
      expect(after.routemap('proef-persoon', 'nl')).toEqual(before.routemap('proef-persoon', 'nl'));
      expect(after.partners(region, 'en')).toEqual(before.partners(region, 'en'));
      expect(after.municipalities).toEqual(before.municipalities);
      expect(after.knowledge('nl')).toEqual(before.knowledge('nl'));
    }
  });

  it('moves a municipality the pack adds into the region, and one it drops back to the national region', () => {
    const p = pack((x) => {
      x.municipalities = [{ code: 'GM0518', name: "'s-Gravenhage", subregion: 'haaglanden' }, { code: 'GM0855', name: 'Tilburg', subregion: 'hollands-midden' }];
    });
    expect(validateRegionPack(p, national)).toEqual([]);
    const content = buildContent(contentWithPack(national, p));
    expect(content.municipality('GM0855')).toMatchObject({ region: 'proefregio', subregion: 'hollands-midden' });
    expect(content.municipality('GM0546')).toMatchObject({ region: 'landelijk', subregion: null });
  });
});
