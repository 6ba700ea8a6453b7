import type { KnowledgeItem, KnowledgeView } from '../content/content';
import { localize, type Language } from '../content/localized';
import type { CompiledRouteMap } from '../routemap/compiled';
import type { TrainingFile } from './schema';
import { TRAINING_TRACKS, type TrainingModule, type TrainingTrack } from './tracks';

/** A case as one region's trainee walks it: on the first of the region's maps it has a route for. */
export interface VignetteView {
  id: string;
  tracks: TrainingTrack[];
  title: string;
  story: string;
  explanation: string;
  map: { id: string; title: string };
  /** The right answers, option ids from the map's start. */
  answers: string[];
  outcome: string;
  /** Per question id: why the right answer is right there. */
  why: Record<string, string>;
}

export interface TrainingModuleView {
  id: TrainingModule;
  name: string;
  definition: string;
  intro: string;
  source: string | null;
  /** The form's signals, from the knowledge list (never a copy of it). */
  signals: KnowledgeItem[];
  /** Per job: where they meet this form, and the ids of the signals they watch most. */
  tracks: Record<TrainingTrack, { text: string; signals: string[] }>;
  vignettes: VignetteView[];
}

export interface CourseView {
  region: string;
  tracks: { id: TrainingTrack; name: string; description: string }[];
  modules: TrainingModuleView[];
  /** What helps and what hinders in the conversation, from the knowledge list. */
  conversation: KnowledgeView['conversation'];
}

/**
 * The course for one region in one language. The region's maps are tried in the region's order
 * (its own maps first, the national map last), the same order the route map pages offer them;
 * the content check guarantees every case has a route on one of them.
 */
export function buildCourse(input: {
  training: TrainingFile;
  region: { id: string; routemaps: readonly string[] };
  knowledge: KnowledgeView;
  routemap: (id: string) => CompiledRouteMap | undefined;
  lang: Language;
  cite: (ref: TrainingFile['modules'][number]['source']) => string | null;
}): CourseView {
  const { training, region, knowledge, routemap, lang, cite } = input;
  const vignettes = training.vignettes.flatMap((v): VignetteView[] => {
    const route = region.routemaps.map((m) => v.routes.find((r) => r.map === m)).find((r) => r !== undefined);
    const map = route && routemap(route.map);
    if (!route || !map) return [];
    return [
      {
        id: v.id,
        tracks: [...v.tracks],
        title: localize(v.title, lang),
        story: localize(v.story, lang),
        explanation: localize(v.explanation, lang),
        map: { id: map.id, title: map.title },
        answers: [...route.answers],
        outcome: route.outcome,
        why: Object.fromEntries(Object.entries(route.why).map(([q, text]) => [q, localize(text, lang)])),
      },
    ];
  });
  return {
    region: region.id,
    tracks: TRAINING_TRACKS.map((id) => ({ id, name: localize(training.tracks[id].name, lang), description: localize(training.tracks[id].description, lang) })),
    modules: training.modules.map((m) => {
      const form = knowledge.forms.find((f) => f.id === m.id);
      return {
        id: m.id,
        name: form?.name ?? m.id,
        definition: form?.definition ?? '',
        intro: localize(m.intro, lang),
        source: cite(m.source) ?? form?.source ?? null,
        signals: form?.signals ?? [],
        tracks: Object.fromEntries(TRAINING_TRACKS.map((t) => [t, { text: localize(m.tracks[t].text, lang), signals: [...m.tracks[t].signals] }])) as TrainingModuleView['tracks'],
        vignettes: vignettes.filter((v) => training.vignettes.find((x) => x.id === v.id)!.module === m.id),
      };
    }),
    conversation: knowledge.conversation,
  };
}

/** The cases of a module for one job. */
export const vignettesFor = (module: TrainingModuleView, track: TrainingTrack): VignetteView[] => module.vignettes.filter((v) => v.tracks.includes(track));
