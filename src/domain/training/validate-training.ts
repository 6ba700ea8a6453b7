import type { CheckedContentError } from '../content/content';
import { asProblem, message, type Message } from '../content/content-messages';
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
export function validateTraining(training: SourcedFile<TrainingFile>, files: Pick<ContentFiles, 'routemaps' | 'regions' | 'knowledge'>): CheckedContentError[] {
  const errors: CheckedContentError[] = [];
  const { file, data } = training;
  const report = (node: string, m: Message) => errors.push({ file, node, ...asProblem(m) });
  const maps = new Map(files.routemaps.map((m) => [m.data.id, m.data]));
  const forms = new Map(files.knowledge.forms.data.forms.map((f) => [f.id, new Set(f.signals.map((s) => s.id))]));

  const seenModules = new Set<string>();
  for (const module of data.modules) {
    if (seenModules.has(module.id)) report(module.id, message('training.duplicateModule', { module: module.id }));
    seenModules.add(module.id);
    for (const track of TRAINING_TRACKS) {
      for (const signal of module.tracks[track].signals) {
        if (!forms.get(module.id)?.has(signal)) report(module.id, message('training.unknownSignal', { track, signal }));
      }
    }
  }
  for (const module of TRAINING_MODULES) if (!seenModules.has(module)) report(module, message('training.missingModule', { module }));

  const seenVignettes = new Set<string>();
  for (const vignette of data.vignettes) {
    if (seenVignettes.has(vignette.id)) report(vignette.id, message('training.duplicateVignette', { vignette: vignette.id }));
    seenVignettes.add(vignette.id);
    const seenMaps = new Set<string>();
    for (const route of vignette.routes) {
      if (seenMaps.has(route.map)) report(vignette.id, message('training.mapTwice', { map: route.map }));
      seenMaps.add(route.map);
      const map = maps.get(route.map);
      if (!map) {
        report(vignette.id, message('training.mapMissing', { map: route.map }));
        continue;
      }
      for (const problem of checkRoute(map, route)) report(vignette.id, message('training.route', { map: route.map, problem }));
    }
    // Every region offers the case on one of its own maps (the national one counts: it is in every region's list).
    for (const region of files.regions.data.regions) {
      if (!region.routemaps.some((m) => seenMaps.has(m))) {
        report(vignette.id, message('training.noRouteInRegion', { region: region.id, maps: [...region.routemaps] }));
      }
    }
  }
  for (const module of TRAINING_MODULES) {
    for (const track of TRAINING_TRACKS) {
      if (!data.vignettes.some((v) => v.module === module && v.tracks.includes(track))) report(module, message('training.noVignette', { track }));
    }
  }
  return errors;
}

/** Walks the route's answers on the map file; each problem as one message. */
export function checkRoute(map: RouteMapFile, route: VignetteRoute): Message[] {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const asked = new Set<string>();
  let node = nodes.get(map.start);
  for (const [index, answer] of route.answers.entries()) {
    if (!node) return [message('training.noStart', { start: map.start })];
    if (node.type === 'outcome') return [message('training.afterOutcome', { number: index + 1, answer, node: node.id })];
    asked.add(node.id);
    const option = node.options.find((o) => o.id === answer);
    if (!option) return [message('training.noSuchAnswer', { node: node.id, answer, options: node.options.map((o) => o.id) })];
    node = nodes.get(option.next);
  }
  const problems: Message[] = [];
  if (!node || node.type !== 'outcome') problems.push(message('training.endsAtQuestion', { node: node?.id ?? '?' }));
  else if (node.id !== route.outcome) problems.push(message('training.wrongOutcome', { node: node.id, outcome: route.outcome }));
  for (const question of Object.keys(route.why)) {
    if (!asked.has(question)) problems.push(message('training.whyOffRoute', { node: question }));
  }
  return problems;
}
