import path from 'node:path';
// ajv is in node_modules through fastify; it is the validator a regiobeheerder's tools would use.
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { buildContent } from '../../domain/content/build-content';
import type { Content } from '../../domain/content/content';
import { LANGUAGES } from '../../domain/content/localized';
import { contentWithPack, regionPackOf } from '../../domain/content/region-pack';
import { regionPackJsonSchema, regionPackSchema, type RegionPack } from '../../domain/content/region-pack-schema';
import { validateRegionPack } from '../../domain/content/validate-region-pack';
import { loadContent, type LoadedContent } from './load-content';

const REAL_CONTENT = path.resolve(import.meta.dirname, '../../../content');

let loaded: LoadedContent;
let packs: RegionPack[];

beforeAll(async () => {
  loaded = await loadContent(REAL_CONTENT);
  // Through YAML text, as an exported file is read back.
  packs = loaded.files.regions.data.regions.map((r) => regionPackSchema.parse(parse(stringify(regionPackOf(loaded.files, r.id, loaded.version)))));
});

/** What users of a region see: the region, its maps, its partners (national ones included), its municipalities, the knowledge. */
function regionView(content: Content, regionId: string) {
  return LANGUAGES.map((lang) => {
    const region = content.region(regionId, lang)!;
    return {
      region,
      routemaps: region.routemaps.map((id) => content.routemap(id, lang)),
      partners: content.partners(regionId, lang),
      municipalities: content.municipalities.filter((m) => m.region === regionId),
      knowledge: content.knowledge(lang),
    };
  });
}

describe('region packs of the real content', () => {
  it('exist for every region and pass validation', () => {
    expect(packs.map((p) => p.region.id)).toEqual(loaded.files.regions.data.regions.map((r) => r.id));
    for (const pack of packs) expect(validateRegionPack(pack, loaded.files), pack.region.id).toEqual([]);
  });

  it('give back exactly the content of their region when read back in', () => {
    for (const pack of packs) {
      const rebuilt = buildContent(contentWithPack(loaded.files, pack));
      expect(regionView(rebuilt, pack.region.id), pack.region.id).toEqual(regionView(loaded.content, pack.region.id));
    }
  });

  it('carry the maps, partners and documents of their region only', () => {
    const denHaag = packs.find((p) => p.region.id === 'eenheid-den-haag')!;
    expect(denHaag.routemaps.map((m) => m.id)).toEqual(['den-haag-locatie', 'den-haag-persoon']);
    expect(denHaag.partners.every((p) => p.regions.includes('eenheid-den-haag'))).toBe(true);
    expect(denHaag.nationalPartners).toContain('alarmnummer-112');
    expect(denHaag.knowledge).toBeUndefined();
    expect(denHaag.municipalities.find((m) => m.code === 'GM0518')).toMatchObject({ name: "'s-Gravenhage", subregion: 'haaglanden' });
    expect(denHaag.exportedFrom).toBe(loaded.version);
  });
});

describe('the JSON Schema of a region pack', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(regionPackJsonSchema());

  it('accepts every exported pack', () => {
    for (const pack of packs) expect(validate(JSON.parse(JSON.stringify(pack))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a pack with an unknown field, a wrong node type or a missing region', () => {
    const pack = structuredClone(packs[0]!) as Record<string, unknown> & RegionPack;
    expect(validate({ ...pack, regio: 'x' })).toBe(false);
    const { region: _, ...withoutRegion } = pack;
    expect(validate(withoutRegion)).toBe(false);
    pack.routemaps[0]!.nodes[0]!.type = 'vraag' as 'question';
    expect(validate(pack)).toBe(false);
    expect(validate.errors?.some((e) => e.instancePath.startsWith('/routemaps/0/nodes/0'))).toBe(true);
  });
});
