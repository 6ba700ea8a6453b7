import { describe, expect, it } from 'vitest';
import { validateTraining } from '../../domain/training/validate-training';
import { TRAINING_MODULES, TRAINING_TRACKS } from '../../domain/training/tracks';
import { loadContent } from '../content/load-content';

/** The real course file against the real route maps: every case works in every region. */
describe('content/training/course.yaml', async () => {
  const { content, files } = await loadContent();

  it('passes the content check', () => {
    expect(validateTraining(files.training!, files)).toEqual([]);
  });

  it('gives every job a case in every module, in every region, on a map of that region', () => {
    for (const region of content.regions('nl')) {
      const course = content.training(region.id, 'nl')!;
      for (const module of TRAINING_MODULES) {
        const m = course.modules.find((x) => x.id === module)!;
        expect(m.signals.length, `${region.id} ${module}`).toBeGreaterThan(0);
        for (const track of TRAINING_TRACKS) expect(m.vignettes.some((v) => v.tracks.includes(track)), `${region.id} ${module} ${track}`).toBe(true);
        for (const v of m.vignettes) expect(region.routemaps).toContain(v.map.id);
      }
    }
  });

  it('walks a Den Haag case on the Den Haag map, not the national one', () => {
    const course = content.training('eenheid-den-haag', 'nl')!;
    const loods = course.modules.find((m) => m.id === 'labour')!.vignettes.find((v) => v.id === 'loods-uitzendkrachten')!;
    expect(loods.map.id).toBe('den-haag-locatie');
  });

  it('fails when a region\'s map lacks a node a case walks through', () => {
    const maps = files.routemaps.map((m) =>
      m.data.id === 'rotterdam' ? { ...m, data: { ...m.data, nodes: m.data.nodes.map((n) => (n.type === 'question' && n.id === 'route' ? { ...n, options: n.options.filter((o) => o.id !== 'werk') } : n)) } } : m,
    );
    const errors = validateTraining(files.training!, { ...files, routemaps: maps });
    expect(errors.some((e) => e.node === 'loods-uitzendkrachten' && e.message.includes('rotterdam') && e.message.includes('"werk"'))).toBe(true);
  });

  it('fails when a case has no route on any map of a region', () => {
    const training = { ...files.training!, data: { ...files.training!.data, vignettes: files.training!.data.vignettes.map((v) => ({ ...v, routes: v.routes.filter((r) => r.map !== 'landelijk') })) } };
    const errors = validateTraining(training, files);
    expect(errors.some((e) => e.message.includes('regio "landelijk"'))).toBe(true);
  });
});
