import { describe, expect, it } from 'vitest';
import { setOptionNext } from '../../../../domain/routemap/edit-map';
import { validMapFile } from '../../../../domain/routemap/test-fixtures';
import { edgesOf, layoutMap, nodeWidth } from './diagram-layout';

describe('the diagram of a route map', () => {
  it('has an edge per answer that leads to an existing step, none for one that leads nowhere', () => {
    const map = setOptionNext(validMapFile(), 'zorgen', 1, '');
    expect(edgesOf(map).filter((e) => e.source === 'zorgen')).toEqual([{ id: 'zorgen/0', source: 'zorgen', target: 'zvh', option: 0 }]);
  });

  it('is laid out top down: the start on top, every answer leading further down', async () => {
    const map = validMapFile();
    const positions = await layoutMap(map, new Map(map.nodes.map((n) => [n.id, { width: nodeWidth(0), height: 80 }])));
    expect(positions.size).toBe(map.nodes.length);
    const y = (id: string) => positions.get(id)!.y;
    expect(Math.min(...[...positions.values()].map((p) => p.y))).toBe(y(map.start));
    for (const edge of edgesOf(map)) expect(y(edge.target), `${edge.source} → ${edge.target}`).toBeGreaterThan(y(edge.source));
  });
});
