import type { ContentError } from '../content/content';
import type { ContentFiles, SourcedFile } from '../content/content-files';
import type { RouteMapFile } from '../routemap/schema';
import type { TrainingFile, VignetteRoute } from './schema';
import { TRAINING_MODULES, TRAINING_TRACKS } from './tracks';

/**
 * The cross-file checks of the course (content/training/course.yaml): every module once, the
 * signals it names exist in the knowledge list of its form, every job has a case in every module,
 * and every case can be walked on a map of every region. A route is walked on the map's real
 * questions: a question, option or outcome the map does not have (any more) is an error, so a
 * region whose maps changed cannot serve a case that no longer leads where it says.
 */
export function validateTraining(training: SourcedFile<TrainingFile>, files: Pick<ContentFiles, 'routemaps' | 'regions' | 'knowledge'>): ContentError[] {
  const errors: ContentError[] = [];
  const { file, data } = training;
  const report = (node: string, message: string) => errors.push({ file, node, message });
  const maps = new Map(files.routemaps.map((m) => [m.data.id, m.data]));
  const forms = new Map(files.knowledge.forms.data.forms.map((f) => [f.id, new Set(f.signals.map((s) => s.id))]));

  const seenModules = new Set<string>();
  for (const module of data.modules) {
    if (seenModules.has(module.id)) report(module.id, `module "${module.id}" komt meer dan eens voor`);
    seenModules.add(module.id);
    for (const track of TRAINING_TRACKS) {
      for (const signal of module.tracks[track].signals) {
        if (!forms.get(module.id)?.has(signal)) report(module.id, `functie "${track}": signaal "${signal}" staat niet in de signalenlijst van deze vorm (knowledge/forms.yaml)`);
      }
    }
  }
  for (const module of TRAINING_MODULES) if (!seenModules.has(module)) report(module, `module "${module}" ontbreekt`);

  const seenVignettes = new Set<string>();
  for (const vignette of data.vignettes) {
    if (seenVignettes.has(vignette.id)) report(vignette.id, `casus "${vignette.id}" komt meer dan eens voor`);
    seenVignettes.add(vignette.id);
    const seenMaps = new Set<string>();
    for (const route of vignette.routes) {
      if (seenMaps.has(route.map)) report(vignette.id, `routekaart "${route.map}" staat meer dan eens bij deze casus`);
      seenMaps.add(route.map);
      const map = maps.get(route.map);
      if (!map) {
        report(vignette.id, `routekaart "${route.map}" bestaat niet`);
        continue;
      }
      for (const message of checkRoute(map, route)) report(vignette.id, `routekaart "${route.map}": ${message}`);
    }
    // Every region offers the case on one of its own maps (the national one counts: it is in every region's list).
    for (const region of files.regions.data.regions) {
      if (!region.routemaps.some((m) => seenMaps.has(m))) {
        report(vignette.id, `geen route op een routekaart van regio "${region.id}" (${region.routemaps.join(', ')})`);
      }
    }
  }
  for (const module of TRAINING_MODULES) {
    for (const track of TRAINING_TRACKS) {
      if (!data.vignettes.some((v) => v.module === module && v.tracks.includes(track))) report(module, `geen casus voor functie "${track}" in deze module`);
    }
  }
  return errors;
}

/** Walks the route's answers on the map file; each problem as one message. */
export function checkRoute(map: RouteMapFile, route: VignetteRoute): string[] {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const asked = new Set<string>();
  let node = nodes.get(map.start);
  for (const [index, answer] of route.answers.entries()) {
    if (!node) return [`het beginpunt "${map.start}" bestaat niet`];
    if (node.type === 'outcome') return [`antwoord ${index + 1} ("${answer}") komt na de uitkomst "${node.id}"`];
    asked.add(node.id);
    const option = node.options.find((o) => o.id === answer);
    if (!option) return [`vraag "${node.id}" heeft geen antwoord "${answer}" (wel: ${node.options.map((o) => o.id).join(', ')})`];
    node = nodes.get(option.next);
  }
  const problems: string[] = [];
  if (!node || node.type !== 'outcome') problems.push(`de antwoorden eindigen bij vraag "${node?.id ?? '?'}", niet bij een uitkomst`);
  else if (node.id !== route.outcome) problems.push(`de antwoorden leiden naar "${node.id}", niet naar de uitkomst "${route.outcome}"`);
  for (const question of Object.keys(route.why)) {
    if (!asked.has(question)) problems.push(`uitleg bij vraag "${question}", maar die vraag ligt niet op de route`);
  }
  return problems;
}
