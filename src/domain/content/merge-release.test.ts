import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../server/content/load-content';
import type { ContentFiles } from './content-files';
import { mergePacks, proposeMerge } from './merge-release';
import { regionPackOf } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validateRegionPack } from './validate-region-pack';

// The real content of the release (content/): the merge meets the packs a region really has.
const REAL_CONTENT = path.resolve(import.meta.dirname, '../../../content');

let files: ContentFiles;
let base: RegionPack;

beforeAll(async () => {
  files = (await loadContent(REAL_CONTENT)).files;
  base = regionPackOf(files, 'eenheid-den-haag')!;
});

function edited(pack: RegionPack, change: (p: RegionPack) => void): RegionPack {
  const copy = structuredClone(pack);
  change(copy);
  return copy;
}

const shop = (p: RegionPack) => p.partners.find((x) => x.id === 'shop')!;
const question = (p: RegionPack, id: string) => {
  const node = p.routemaps.find((m) => m.id === 'den-haag-persoon')!.nodes.find((n) => n.id === id)!;
  if (node.type !== 'question' || typeof node.text === 'string') throw new Error(`${id} is geen vraag in twee talen`);
  return node as typeof node & { text: { nl: string } };
};

describe('proposeMerge and mergePacks (ADR 23, case 3)', () => {
  it('proposes a phone number only the release changed, and keeps a question text only the region changed', () => {
    const mine = edited(base, (p) => (question(p, 'acuut-gevaar').text.nl = 'Is er nu gevaar voor het slachtoffer?'));
    const theirs = edited(base, (p) => (shop(p).contacts[0]!.phone = '070-1234567'));

    const proposal = proposeMerge(base, mine, theirs);
    expect(proposal.proposed).toEqual([
      {
        key: 'contact:shop/shop',
        part: 'contact',
        id: 'shop/shop',
        change: 'changed',
        label: expect.stringContaining('SHOP'),
        fields: [{ field: 'phone', base: '070-3614747', mine: '070-3614747', theirs: '070-1234567' }],
      },
    ]);
    expect(proposal.kept).toMatchObject([{ key: 'node:den-haag-persoon/acuut-gevaar', change: 'changed', label: 'Is er nu gevaar voor het slachtoffer?' }]);
    expect(proposal.conflicts).toEqual([]);

    const merged = mergePacks(base, mine, theirs, { 'contact:shop/shop': 'theirs' });
    expect(shop(merged).contacts[0]!.phone).toBe('070-1234567');
    expect(question(merged, 'acuut-gevaar').text.nl).toBe('Is er nu gevaar voor het slachtoffer?');
    expect(validateRegionPack(merged, files)).toEqual([]);

    // Left: the region's pack as it was; nothing the region did is ever undone.
    expect(mergePacks(base, mine, theirs, {})).toEqual(mine);
  });

  it('keeps both question texts when region and release changed different questions', () => {
    const other = base.routemaps.find((m) => m.id === 'den-haag-persoon')!.nodes.filter((n) => n.type === 'question')[1]!.id;
    const mine = edited(base, (p) => (question(p, 'acuut-gevaar').text.nl = 'Eigen vraag van de regio?'));
    const theirs = edited(base, (p) => (question(p, other).text.nl = 'Vraag uit de release?'));
    const proposal = proposeMerge(base, mine, theirs);
    expect(proposal.proposed.map((e) => e.key)).toEqual([`node:den-haag-persoon/${other}`]);
    const merged = mergePacks(base, mine, theirs, { [`node:den-haag-persoon/${other}`]: 'theirs' });
    expect(question(merged, 'acuut-gevaar').text.nl).toBe('Eigen vraag van de regio?');
    expect(question(merged, other).text.nl).toBe('Vraag uit de release?');
  });

  it('makes the same contact changed by both a conflict, settled by the choice', () => {
    const mine = edited(base, (p) => (shop(p).contacts[0]!.phone = '070-1111111'));
    const theirs = edited(base, (p) => (shop(p).contacts[0]!.phone = '070-2222222'));
    const proposal = proposeMerge(base, mine, theirs);
    expect(proposal.proposed).toEqual([]);
    expect(proposal.conflicts).toMatchObject([{ key: 'contact:shop/shop', fields: [{ field: 'phone', mine: '070-1111111', theirs: '070-2222222' }] }]);
    expect(shop(mergePacks(base, mine, theirs, { 'contact:shop/shop': 'mine' })).contacts[0]!.phone).toBe('070-1111111');
    expect(shop(mergePacks(base, mine, theirs, { 'contact:shop/shop': 'theirs' })).contacts[0]!.phone).toBe('070-2222222');
    // The same change on both sides is no question at all.
    expect(proposeMerge(base, mine, mine)).toEqual({ proposed: [], kept: expect.any(Array), conflicts: [] });
  });

  it('adds a partner of the release after the one it follows there, and proposes a removal as one entry', () => {
    const mine = edited(base, (p) => (shop(p).name = 'Shop (eigen naam)'));
    const theirs = edited(base, (p) => {
      p.partners.splice(1, 0, { ...structuredClone(shop(p)), id: 'nieuw', name: 'Nieuwe partner', contacts: [] });
      p.sources.pop();
    });
    const removed = base.sources.at(-1)!;
    const proposal = proposeMerge(base, mine, theirs);
    expect(proposal.proposed).toMatchObject([
      { key: 'partner:nieuw', change: 'added', label: 'Nieuwe partner' },
      { key: `source:${removed.id}`, change: 'removed', label: removed.title },
    ]);
    const merged = mergePacks(base, mine, theirs, { 'partner:nieuw': 'theirs', [`source:${removed.id}`]: 'theirs' });
    expect(merged.partners.map((p) => p.id).slice(0, 2)).toEqual(['shop', 'nieuw']);
    expect(merged.partners[0]!.name).toBe('Shop (eigen naam)');
    expect(merged.sources.map((s) => s.id)).not.toContain(removed.id);
  });

  it('merges knowledge items of the national pack by id', () => {
    const national = regionPackOf(files, 'landelijk')!;
    const [first, second] = national.knowledge!.sectors;
    const mine = edited(national, (p) => (p.knowledge!.sectors[0]!.name = { nl: 'Eigen sector', en: 'Own sector' }));
    const theirs = edited(national, (p) => (p.knowledge!.sectors[1]!.name = { nl: 'Sector uit de release', en: 'Release sector' }));
    const proposal = proposeMerge(national, mine, theirs);
    expect(proposal.proposed.map((e) => e.key)).toEqual([`knowledge:sectors/${second!.id}`]);
    expect(proposal.kept.map((e) => e.key)).toEqual([`knowledge:sectors/${first!.id}`]);
    const merged = mergePacks(national, mine, theirs, { [`knowledge:sectors/${second!.id}`]: 'theirs' });
    expect(merged.knowledge!.sectors.map((s) => s.name)).toEqual([{ nl: 'Eigen sector', en: 'Own sector' }, { nl: 'Sector uit de release', en: 'Release sector' }, ...national.knowledge!.sectors.slice(2).map((s) => s.name)]);
  });
});
