import { describe, expect, it } from 'vitest';
import { walk } from '../routemap/walk';
import { deleteNode, setOutcomeText } from '../routemap/edit-map';
import { previewPackMap } from './preview-pack-map';
import { regionPackOf } from './region-pack';
import { validContentFiles } from './test-fixtures';

const context = validContentFiles();
const pack = () => structuredClone(regionPackOf(context, 'proefregio')!);

describe('the preview of a draft map', () => {
  it('walks the draft with its changed text and the contacts of the chosen subregion', () => {
    const draft = pack();
    draft.routemaps[0] = setOutcomeText(draft.routemaps[0]!, 'zvh', 'nl', 'Bel het ZVH vandaag nog');
    const preview = previewPackMap(draft, context, 'proef-persoon', 'nl');
    if (preview.status !== 'ready') throw new Error(preview.status);
    expect(preview.municipalities.map((m) => [m.name, m.subregion])).toEqual([
      ["'s-Gravenhage", 'haaglanden'],
      ['Leiden', 'hollands-midden'],
    ]);
    const result = walk(preview.map, ['no', 'no', 'yes'], { subregion: 'hollands-midden' });
    expect(result).toMatchObject({ status: 'outcome', outcome: { text: 'Bel het ZVH vandaag nog', contacts: [{ id: 'zvh-hollands-midden' }] } });
  });

  it('is not shown while the map has problems of its own', () => {
    const draft = pack();
    draft.routemaps[0] = deleteNode(draft.routemaps[0]!, 'avim');
    const preview = previewPackMap(draft, context, 'proef-persoon', 'nl');
    expect(preview.status).toBe('problems');
    expect(preview.status === 'problems' && preview.problems.map((p) => p.message).join('\n')).toContain('onbekende stap "avim"');
  });

  it('says when the pack has no such map', () => {
    expect(previewPackMap(pack(), context, 'elders', 'nl')).toEqual({ status: 'not-found' });
  });
});
