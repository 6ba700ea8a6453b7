import { describe, expect, it } from 'vitest';
import { regionPackOf } from '../content/region-pack';
import type { RegionPack } from '../content/region-pack-schema';
import { validContentFiles } from '../content/test-fixtures';
import { validateRegionPack } from '../content/validate-region-pack';
import { addNode, deleteNode, setOptionNext, setQuestionText } from './edit-map';
import { issuesOfMap, mapFieldIssues } from './map-issues';
import type { RouteMapFile } from './schema';

const context = validContentFiles();
const packWith = (change: (map: RouteMapFile) => RouteMapFile): RegionPack => {
  const pack = structuredClone(regionPackOf(context, 'proefregio')!);
  return { ...pack, routemaps: [change(pack.routemaps[0]!)] };
};
const live = (pack: RegionPack) => issuesOfMap([...mapFieldIssues(pack.routemaps[0]!, 0), ...validateRegionPack(pack, context)], 0, pack.routemaps[0]!);
const messages = (issues: ReturnType<typeof live>, id: string) => (issues.byNode.get(id) ?? []).map((i) => i.message);

describe('problems of the map being edited, by node', () => {
  it('has none for a valid map', () => {
    const issues = live(packWith((m) => m));
    expect(issues.byNode.size).toBe(0);
    expect(issues.map).toEqual([]);
  });

  it('shows an option pointing at nothing on its question', () => {
    const issues = live(packWith((m) => setOptionNext(m, 'zorgen', 0, '')));
    expect(messages(issues, 'zorgen').join('\n')).toContain('optie "yes" verwijst naar onbekende stap ""');
    // The Zorg- en Veiligheidshuis can no longer be reached: said on that outcome.
    expect(messages(issues, 'zvh').join('\n')).toContain('niet bereikbaar');
  });

  it('shows a deleted node as dangling options on the questions that led to it', () => {
    const issues = live(packWith((m) => deleteNode(m, 'avim')));
    expect(messages(issues, 'vorm').join('\n')).toContain('verwijst naar onbekende stap "avim"');
    expect(messages(issues, 'zorgen').join('\n')).toContain('verwijst naar onbekende stap "avim"');
  });

  it('puts a deleted start on the map, not on a node', () => {
    const issues = live(packWith((m) => deleteNode(m, 'acuut')));
    expect(issues.map.map((i) => i.message).join('\n')).toContain('startstap "acuut" bestaat niet');
  });

  it('asks for the texts of a new question and for where its answers lead', () => {
    const issues = live(packWith((m) => addNode(m, 'question', 'zorgen').map));
    expect(messages(issues, 'vraag-1')).toEqual(
      expect.arrayContaining([expect.stringContaining('nog geen Nederlandse tekst'), expect.stringContaining('verwijst naar onbekende stap ""'), expect.stringContaining('niet bereikbaar')]),
    );
  });

  it('asks for Dutch text when a question was emptied', () => {
    const issues = live(packWith((m) => setQuestionText(m, 'aangifte', 'nl', '')));
    expect(messages(issues, 'aangifte')).toEqual(['vraag "aangifte": de vraag heeft nog geen Nederlandse tekst']);
  });

  it('counts problems elsewhere in the pack apart', () => {
    const pack = packWith((m) => m);
    expect(issuesOfMap([{ path: ['partners', 0, 'regions'], message: 'x' }, { path: [], message: 'y' }], 0, pack.routemaps[0]!).elsewhere).toBe(2);
  });
});
