import { describe, expect, it } from 'vitest';
import type { ContentError } from './content';
import type { ContentFiles } from './content-files';
import { validContentFiles } from './test-fixtures';
import { validateContent } from './validate-content';

function check(change: (files: ContentFiles) => void): ContentError[] {
  const files = validContentFiles();
  change(files);
  return validateContent(files);
}

/** Asserts exactly one error, in that file, about that node, whose message contains every fragment. */
function expectOne(errors: ContentError[], file: string, node: string | undefined, ...fragments: string[]): void {
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  const [e] = errors;
  expect(e!.file).toBe(file);
  expect(e!.node).toBe(node);
  for (const fragment of fragments) expect(e!.message).toContain(fragment);
}

const region = (files: ContentFiles, id: string) => files.regions.data.regions.find((r) => r.id === id)!;
const municipality = (files: ContentFiles, code: string) => files.municipalities.data.municipalities.find((m) => m.code === code)!;
const partner = (files: ContentFiles, id: string) => files.partners.flatMap((f) => f.data.partners).find((p) => p.id === id)!;

describe('validateContent', () => {
  it('accepts a consistent content set', () => {
    expect(validateContent(validContentFiles())).toEqual([]);
  });

  describe('regions', () => {
    it('reports a route map a region offers but that does not exist', () => {
      const errors = check((f) => region(f, 'proefregio').routemaps.push('proef-locatie'));
      expectOne(errors, 'regions/regions.yaml', 'proefregio', '"proef-locatie"', 'bestaat niet');
    });

    it('requires a fallback region', () => {
      const errors = check((f) => {
        region(f, 'landelijk').fallback = false;
      });
      expectOne(errors, 'regions/regions.yaml', undefined, 'terugvalregio');
    });

    it('allows only one fallback region, naming both', () => {
      const errors = check((f) => {
        region(f, 'proefregio').fallback = true;
      });
      expectOne(errors, 'regions/regions.yaml', undefined, '"proefregio"', '"landelijk"');
    });

    it('reports a region id used twice', () => {
      const errors = check((f) => f.regions.data.regions.push({ ...region(f, 'landelijk'), fallback: false }));
      expect(errors.some((e) => e.node === 'landelijk' && e.message.includes('meer dan eens'))).toBe(true);
    });

    it('reports a subregion id used in two regions, since references name it by id alone', () => {
      const errors = check((f) => region(f, 'landelijk').subregions.push({ id: 'haaglanden', name: 'Nog een Haaglanden' }));
      expectOne(errors, 'regions/regions.yaml', 'landelijk', '"haaglanden"', '"proefregio"');
    });
  });

  describe('route maps', () => {
    it("reports a map whose region does not exist", () => {
      const errors = check((f) => {
        f.routemaps[1]!.data.region = 'atlantis';
      });
      expectOne(errors, 'routemaps/landelijk-persoon.yaml', undefined, '"landelijk-persoon"', '"atlantis"');
    });

    it('reports two map files with the same id', () => {
      const errors = check((f) => {
        f.routemaps[1]!.data.id = 'proef-persoon';
        region(f, 'landelijk').routemaps = ['proef-persoon'];
      });
      expect(errors.some((e) => e.file === 'routemaps/landelijk-persoon.yaml' && e.message.includes('routemaps/proef-persoon.yaml'))).toBe(true);
    });

    it('runs the graph validation on every map, naming the map file', () => {
      const errors = check((f) => {
        const q = f.routemaps[1]!.data.nodes.find((n) => n.id === 'vorm');
        if (q?.type === 'question') q.options[0]!.next = 'foo';
      });
      expect(errors.some((e) => e.file === 'routemaps/landelijk-persoon.yaml' && e.node === 'vorm' && e.message.includes('"foo"'))).toBe(true);
      expect(errors.every((e) => e.file === 'routemaps/landelijk-persoon.yaml')).toBe(true);
    });

    it('reports a contact that is in no partner file', () => {
      const errors = check((f) => {
        partner(f, 'nla').contacts[0]!.id = 'nla-algemeen';
      });
      expect(errors.filter((e) => e.node === 'nla' && e.message.includes('"nla-meldpunt"')).map((e) => e.file).sort()).toEqual([
        'routemaps/landelijk-persoon.yaml',
        'routemaps/proef-persoon.yaml',
      ]);
    });

    it("reports a regional partner's contact on a map of another region", () => {
      const errors = check((f) => {
        const zvh = f.routemaps[1]!.data.nodes.find((n) => n.id === 'zvh');
        if (zvh?.type === 'outcome') zvh.contacts = ['zvh-haaglanden'];
      });
      expectOne(errors, 'routemaps/landelijk-persoon.yaml', 'zvh', '"zvh-haaglanden"', '"landelijk"');
    });
  });

  describe('municipalities', () => {
    const FILE = 'regions/municipalities.yaml';

    it('reports an unknown region', () => {
      const errors = check((f) => {
        municipality(f, 'GM0546').region = 'zuid-holland';
      });
      expectOne(errors, FILE, 'GM0546', 'Leiden', '"zuid-holland"');
    });

    it('reports an unknown subregion', () => {
      const errors = check((f) => {
        municipality(f, 'GM0546').subregion = 'leidse-regio';
      });
      expectOne(errors, FILE, 'GM0546', '"leidse-regio"');
    });

    it('reports a subregion of another region', () => {
      const errors = check((f) => {
        const tilburg = municipality(f, 'GM0855');
        tilburg.subregion = 'haaglanden';
      });
      expectOne(errors, FILE, 'GM0855', '"haaglanden"', '"proefregio"');
    });

    it('reports a municipality code used twice', () => {
      const errors = check((f) => f.municipalities.data.municipalities.push({ code: 'GM0518', name: 'Den Haag', region: 'proefregio' }));
      expectOne(errors, FILE, 'GM0518', 'GM0518');
    });

    it('reports a municipality name used twice, whatever the case', () => {
      const errors = check((f) => f.municipalities.data.municipalities.push({ code: 'GM9999', name: 'leiden' }));
      expectOne(errors, FILE, 'GM9999', 'GM0546');
    });

    it('reports an alias that is the name or alias of another municipality, whatever the spelling', () => {
      const errors = check((f) => {
        municipality(f, 'GM0855').aliases = ['Den Haag', 'LEIDEN'];
        municipality(f, 'GM0518').aliases = ['Den Haag'];
      });
      expect(errors.filter((e) => e.file === FILE).map((e) => e.message)).toEqual([
        expect.stringContaining('"Den Haag" hoort ook bij GM0518'),
        expect.stringContaining('"LEIDEN" hoort ook bij GM0546'),
      ]);
    });
  });

  describe('sources', () => {
    it('reports a source that is not in sources.yaml, at the entry that names it, in any kind of file', () => {
      const errors = check((f) => {
        partner(f, 'politie').source = ['test', 'seed-004'];
        f.knowledge.forms.data.forms[0]!.signals[1]!.source = 'handreiking';
      });
      expect(errors).toEqual([
        expect.objectContaining({ file: 'partners/landelijk.yaml', node: 'politie', message: expect.stringContaining('"seed-004" staat niet in sources.yaml') }),
        expect.objectContaining({ file: 'knowledge/forms.yaml', node: 'sexual-2', message: expect.stringContaining('"handreiking"') }),
      ]);
    });

    it('accepts an entry without a source (an addition)', () => {
      expect(check((f) => delete f.knowledge.forms.data.forms[0]!.signals[0]!.source)).toEqual([]);
    });
  });

  describe('partners', () => {
    it('reports a partner id used in two files', () => {
      const errors = check((f) => {
        f.partners[1]!.data.partners.push({ ...partner(f, 'politie'), contacts: [{ id: 'politie-regio', label: 'Regio', phone: '0900-8844', verifiedOn: '2025-01-01' }] });
      });
      expectOne(errors, 'partners/proefregio.yaml', 'politie', 'partners/landelijk.yaml');
    });

    it('reports a contact id used by two partners', () => {
      const errors = check((f) => {
        partner(f, 'zvh').contacts[1]!.id = 'politie-avim';
      });
      expect(errors.some((e) => e.file === 'partners/proefregio.yaml' && e.node === 'zvh › politie-avim' && e.message.includes('partners/landelijk.yaml'))).toBe(true);
    });

    it('reports a partner region that does not exist', () => {
      const errors = check((f) => partner(f, 'zvh').regions.push('oost-brabant'));
      expectOne(errors, 'partners/proefregio.yaml', 'zvh', '"oost-brabant"');
    });

    it('reports a contact subregion that does not exist', () => {
      const errors = check((f) => {
        partner(f, 'zvh').contacts[0]!.subregion = 'haaglanden-noord';
      });
      expectOne(errors, 'partners/proefregio.yaml', 'zvh › zvh-haaglanden', '"haaglanden-noord"');
    });
  });

  describe('knowledge', () => {
    it('reports a signal id used twice within a form', () => {
      const errors = check((f) => {
        f.knowledge.forms.data.forms[0]!.signals[1]!.id = f.knowledge.forms.data.forms[0]!.signals[0]!.id;
      });
      expectOne(errors, 'knowledge/forms.yaml', 'sexual-1', '"sexual-1"');
    });

    it('reports steps that are not numbered 1, 2, 3, … in order', () => {
      const errors = check((f) => {
        f.knowledge.steps.data.meldcode.steps[2]!.number = 4;
      });
      expectOne(errors, 'knowledge/steps.yaml', 'meldcode', 'stap 3');
    });
  });

  it('collects the errors of every file at once', () => {
    const errors = check((f) => {
      municipality(f, 'GM0546').region = 'zuid-holland';
      partner(f, 'zvh').regions.push('oost-brabant');
      region(f, 'landelijk').fallback = false;
    });
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set(['regions/municipalities.yaml', 'partners/proefregio.yaml', 'regions/regions.yaml']));
  });
});
