import { z } from 'zod';
import { contentId, localizedText } from '../content/localized';
import { sourceRef } from '../content/sources';
import { TRAINING_MODULES, TRAINING_TRACKS } from './tracks';

export const trainingTrack = z.enum(TRAINING_TRACKS);
export const trainingModule = z.enum(TRAINING_MODULES);

/**
 * One way through a route map for a vignette: the option ids answered from the map's start, and
 * the outcome they must reach. `why` per question explains the right answer there; the trainee
 * who answered that question otherwise reads it as why their choice was wrong. The content check
 * walks `answers` on the map, so a map that lost a question, option or outcome fails the check.
 */
export const vignetteRouteSchema = z
  .object({
    map: contentId,
    answers: z.array(contentId).min(1),
    outcome: contentId,
    /** Per question id on the way: why the right answer is right there. */
    why: z.record(contentId, localizedText).default({}),
  })
  .strict();

/** A case the trainee walks through on their own region's route map. */
export const vignetteSchema = z
  .object({
    id: contentId,
    module: trainingModule,
    /** The jobs this case is written for. */
    tracks: z.array(trainingTrack).min(1),
    title: localizedText,
    /** The case, as the trainee meets it in their work. */
    story: localizedText,
    /** Why the right outcome is right for this case, on any map. */
    explanation: localizedText,
    /**
     * The maps this case can be walked on. A region offers it on the first of its own maps
     * (content/regions/regions.yaml, in order) that has a route here; every region needs one.
     */
    routes: z.array(vignetteRouteSchema).min(1),
  })
  .strict();

/** A module: one form of exploitation, with what each job meets of it in their work. */
export const trainingModuleSchema = z
  .object({
    id: trainingModule,
    intro: localizedText,
    /** Per job: where they meet this form, and the signals (ids of the knowledge list) to watch most. */
    tracks: z.record(
      trainingTrack,
      z.object({ text: localizedText, signals: z.array(contentId).default([]) }).strict(),
    ),
    source: sourceRef,
  })
  .strict();

/** content/training/course.yaml: the staff course (issue 11). */
export const trainingFileSchema = z
  .object({
    tracks: z.record(trainingTrack, z.object({ name: localizedText, description: localizedText }).strict()),
    modules: z.array(trainingModuleSchema).length(TRAINING_MODULES.length),
    vignettes: z.array(vignetteSchema).min(1),
  })
  .strict();

export type TrainingFile = z.infer<typeof trainingFileSchema>;
export type Vignette = z.infer<typeof vignetteSchema>;
export type VignetteRoute = z.infer<typeof vignetteRouteSchema>;
