import { mkdir, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { ContentFiles } from '../../domain/content/content-files';
import type { Content } from '../../domain/content/content';
import { validContentFiles } from '../../domain/content/test-fixtures';
import type { CompiledRouteMap } from '../../domain/routemap/compiled';
import { walk } from '../../domain/routemap/walk';
import { ContentLoadError, loadContent } from './load-content';

const REAL_CONTENT = path.resolve(import.meta.dirname, '../../../content');

/** Every sequence of answers from the start to an outcome (the maps are small trees). */
function allAnswerSequences(map: CompiledRouteMap): string[][] {
  const sequences: string[][] = [];
  const go = (nodeId: string, answers: string[]) => {
    const node = map.nodes[nodeId];
    if (!node || node.type === 'outcome' || answers.length > 50) {
      sequences.push(answers); // walk() decides; a missing node or a loop shows up as a failed walk
      return;
    }
    for (const option of node.options) go(option.next, [...answers, option.id]);
  };
  go(map.start, []);
  return sequences;
}

async function loadOrExplain(dir: string): Promise<{ content: Content; version: string }> {
  try {
    return await loadContent(dir);
  } catch (error) {
    // Show every content error in the test output, not only "ContentLoadError".
    if (error instanceof ContentLoadError) throw new Error(error.message);
    throw error;
  }
}

describe('the real content directory', () => {
  let content: Content;
  let maps: CompiledRouteMap[];
  // In beforeAll, so that broken real content fails these tests only and the error lists every problem.
  beforeAll(async () => {
    ({ content } = await loadOrExplain(REAL_CONTENT));
    maps = content.routemapSummaries('nl').map((s) => content.routemap(s.id, 'nl')!);
  });

  it('loads without errors and has maps, municipalities and partners', () => {
    expect(maps.length).toBeGreaterThan(0);
    expect(content.municipalities.length).toBeGreaterThan(300);
    expect(content.regions('nl').filter((r) => r.fallback)).toHaveLength(1);
  });

  it('offers every region only maps that exist', () => {
    for (const region of content.regions('nl')) {
      for (const id of region.routemaps) expect(content.routemap(id, 'nl'), `${region.id} → ${id}`).toBeDefined();
    }
  });

  it('ends every path of every map at an outcome with a contact that can be reached', () => {
    for (const map of maps) {
      for (const answers of allAnswerSequences(map)) {
        const result = walk(map, answers, { subregion: null });
        const where = `${map.id}: ${answers.join(' → ')}`;
        expect(result.status, where).toBe('outcome');
        if (result.status !== 'outcome') continue;
        expect(result.outcome.contacts.some((c) => c.phone || c.email || c.url), `${where} → uitkomst "${result.outcome.id}"`).toBe(true);
      }
    }
  });

  it('starts every map with acute danger: "yes" leads to 112', () => {
    for (const map of maps) {
      const result = walk(map, ['yes'], { subregion: null });
      expect(result.status === 'outcome' && result.outcome.contacts.map((c) => c.phone), map.id).toContain('112');
    }
  });

  it('sends labour exploitation of an identifiable victim in Den Haag to the NLA (0800-5151)', () => {
    const map = content.routemap('den-haag-persoon', 'nl');
    expect(map).toBeDefined();
    const result = walk(map!, ['no', 'yes', 'labour'], { subregion: null });
    expect(result.status).toBe('outcome');
    if (result.status !== 'outcome') return;
    expect(result.outcome.contacts.map((c) => c.phone)).toContain('0800-5151');
  });

  it('never shows a municipality two subregional contacts of the same partner', () => {
    for (const map of maps) {
      const municipalities = content.municipalities.filter((m) => content.region(m.region, 'nl')?.routemaps.includes(map.id));
      for (const answers of allAnswerSequences(map)) {
        for (const m of municipalities) {
          const result = walk(map, answers, { subregion: m.subregion });
          if (result.status !== 'outcome') continue;
          const bound = result.outcome.contacts.filter((c) => c.subregion !== null).map((c) => c.partner);
          expect(new Set(bound).size, `${m.name} on ${map.id}: ${answers.join(' → ')}`).toBe(bound.length);
        }
      }
    }
  });

  it('cites the source documents by title and publisher, and never speaks of seeds', () => {
    for (const lang of ['nl', 'en'] as const) {
      const shown = JSON.stringify({
        knowledge: content.knowledge(lang),
        partners: content.regions(lang).map((r) => content.partners(r.id, lang)),
        maps: content.routemapSummaries(lang).map((m) => content.routemap(m.id, lang)),
      });
      expect(shown).not.toMatch(/\bseeds?\b/i);
      expect(shown).not.toMatch(/bronbestand/i);
    }
    const knowledge = content.knowledge('nl');
    expect(knowledge.trafficking.source).toBe('Meldroutekaart mensenhandel, gemeente Rotterdam');
    expect(knowledge.stepPlan.source).toBe('Stappenplan voor aandachtsfunctionaris mensenhandel van de gemeente, Centrum voor Criminaliteitspreventie en Veiligheid (CCV)');
    expect(content.routemap('rotterdam', 'nl')?.source).toBe('Meldroutekaart mensenhandel, gemeente Rotterdam');
  });

  it('credits no document for signals that are in none: only criminal exploitation has a source list', () => {
    for (const form of content.knowledge('nl').forms) {
      const sources = new Set(form.signals.map((s) => s.source));
      if (form.id === 'criminal') expect([...sources]).toEqual(['Signalenkaart voor professionals: criminele uitbuiting (Hart van Brabant)']);
      else expect([...sources], form.id).toEqual([null]);
    }
  });

  it('compiles every map in English too, with the same version', () => {
    for (const map of maps) {
      const en = content.routemap(map.id, 'en');
      expect(en?.lang).toBe('en');
      expect(en?.version).toBe(map.version);
    }
  });
});

describe('loadContent on a content directory written by the test', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
  });

  /** Writes the domain fixture as YAML files in the real layout, in a fresh temporary directory. */
  async function writeContentDir(files: ContentFiles = validContentFiles()): Promise<string> {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'signaalroute-content-'));
    dirs.push(dir);
    const all = [files.sources, files.regions, files.municipalities, ...files.partners, ...files.routemaps, ...Object.values(files.knowledge), files.infoPoint.contacts, ...files.infoPoint.translations];
    for (const { file, data } of all) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), stringify(data));
    }
    return dir;
  }

  async function errorsOf(dir: string): Promise<ContentLoadError> {
    const error = await loadContent(dir).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentLoadError);
    return error as ContentLoadError;
  }

  async function edit(dir: string, file: string, change: (text: string) => string): Promise<string> {
    const full = path.join(dir, file);
    const before = await readFile(full, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before); // the edit must hit something, or the test proves nothing
    await writeFile(full, after);
    return after;
  }

  const lineOf = (text: string, fragment: string) => text.slice(0, text.indexOf(fragment)).split('\n').length;

  it('loads a valid directory and versions it by its bytes', async () => {
    const dir = await writeContentDir();
    const first = await loadContent(dir);
    expect(first.version).toMatch(/^[0-9a-f]{64}$/);
    expect(first.content.version).toBe(first.version);
    expect(first.content.routemapSummaries('nl').map((m) => m.id).sort()).toEqual(['landelijk-persoon', 'proef-persoon']);
    expect((await loadContent(dir)).version).toBe(first.version);
    await edit(dir, 'regions/municipalities.yaml', (t) => t.replace('Leiden', 'Leiden '));
    expect((await loadContent(dir)).version).not.toBe(first.version);
  });

  it('reports a YAML syntax error with the file and the line', async () => {
    const dir = await writeContentDir();
    // A tab as indentation: a mistake an editor makes, and one the parser reports on its own line.
    const text = await edit(dir, 'routemaps/proef-persoon.yaml', (t) => t.replace('    title: NLA', '\ttitle: NLA'));
    const { errors, message } = await errorsOf(dir);
    const line = lineOf(text, '\ttitle: NLA');
    const mine = errors.filter((e) => e.file === 'routemaps/proef-persoon.yaml');
    expect(mine.length).toBeGreaterThan(0);
    expect(mine).toContainEqual({ file: 'routemaps/proef-persoon.yaml', node: `regel ${line}`, message: expect.stringContaining('tab') });
    expect(message).toContain(`routemaps/proef-persoon.yaml › regel ${line}: `);
  });

  it('reports a reference to an unknown node with the file and the question', async () => {
    const dir = await writeContentDir();
    await edit(dir, 'routemaps/proef-persoon.yaml', (t) => t.replace('next: nla', 'next: nlaa'));
    const { errors, message } = await errorsOf(dir);
    const broken = errors.find((e) => e.file === 'routemaps/proef-persoon.yaml' && e.node === 'vorm' && e.message.includes('"nlaa"'));
    expect(broken).toBeDefined();
    expect(message.split('\n')).toContain(`routemaps/proef-persoon.yaml › vorm: ${broken!.message}`);
  });

  it('reports an unknown contact with the file and the outcome', async () => {
    const dir = await writeContentDir();
    await edit(dir, 'routemaps/landelijk-persoon.yaml', (t) => t.replace('- nla-meldpunt', '- nla-algemeen'));
    const { errors } = await errorsOf(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'routemaps/landelijk-persoon.yaml', node: 'nla', message: expect.stringContaining('"nla-algemeen"') }));
  });

  it('reports a schema error at the entry by id, with the field and its line', async () => {
    const dir = await writeContentDir();
    const text = await edit(dir, 'partners/proefregio.yaml', (t) => t.replace('phone: 070-7570900', 'phone: 070-75709'));
    const { errors } = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ file: 'partners/proefregio.yaml', node: 'zvh › zvh-haaglanden' });
    expect(errors[0]!.message).toContain('veld "phone"');
    expect(errors[0]!.message).toContain('telefoonnummer');
    expect(errors[0]!.message).toContain(`regel ${lineOf(text, 'phone: 070-75709')}`);
  });

  it('names a misspelt field and a missing one in Dutch', async () => {
    const dir = await writeContentDir();
    await edit(dir, 'routemaps/proef-persoon.yaml', (t) => t.replace('title: NLA', 'titel: NLA'));
    const { errors } = await errorsOf(dir);
    const nla = errors.filter((e) => e.node === 'nla').map((e) => e.message);
    expect(nla.some((m) => m.includes('"titel"') && m.includes('onbekend veld'))).toBe(true);
    expect(nla.some((m) => m.includes('veld "title"') && m.includes('ontbreekt'))).toBe(true);
  });

  it('reports a missing file and an unknown file', async () => {
    const dir = await writeContentDir();
    await unlink(path.join(dir, 'knowledge/steps.yaml'));
    await writeFile(path.join(dir, 'knowledge/extra.yaml'), 'a: 1\n');
    const { errors } = await errorsOf(dir);
    expect(errors).toContainEqual(expect.objectContaining({ file: 'knowledge/steps.yaml', message: expect.stringContaining('ontbreekt') }));
    expect(errors).toContainEqual(expect.objectContaining({ file: 'knowledge/extra.yaml' }));
  });

  it('collects the errors of several files in one report', async () => {
    const dir = await writeContentDir();
    await edit(dir, 'partners/proefregio.yaml', (t) => t.replace('verifiedOn: 2025-01-01', 'verifiedOn: 1 januari 2025'));
    await edit(dir, 'knowledge/sectors.yaml', (t) => t.replace('kind: sensitive', 'kind: gevoelig'));
    const { errors } = await errorsOf(dir);
    expect(new Set(errors.map((e) => e.file))).toEqual(new Set(['partners/proefregio.yaml', 'knowledge/sectors.yaml']));
  });

  it('reports a directory that does not exist', async () => {
    const { errors } = await errorsOf(path.join(os.tmpdir(), 'signaalroute-bestaat-niet'));
    expect(errors[0]!.message).toContain('bestaat niet');
  });
});
