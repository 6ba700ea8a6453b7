import { z } from 'zod';
import type { CourseView } from './course';
import { trainingModule, trainingTrack } from './schema';
import { TRAINING_TRACKS } from './tracks';

/** The request and answer bodies of /api/v1/training (issue 11), shared by the server and the browser. */

const source = z.string().nullable().describe('Het brondocument als bronvermelding; null voor een aanvulling die in geen brondocument staat');
const item = z.object({ id: z.string(), text: z.string(), source });
const trackTexts = z.object(Object.fromEntries(TRAINING_TRACKS.map((t) => [t, z.object({ text: z.string(), signals: z.array(z.string()) })])) as Record<
  (typeof TRAINING_TRACKS)[number],
  z.ZodObject<{ text: z.ZodString; signals: z.ZodArray<z.ZodString> }>
>);

export const courseBody: z.ZodType<CourseView> = z
  .object({
    region: z.string(),
    tracks: z.array(z.object({ id: trainingTrack, name: z.string(), description: z.string() })),
    modules: z.array(
      z.object({
        id: trainingModule,
        name: z.string(),
        definition: z.string(),
        intro: z.string(),
        source,
        signals: z.array(item),
        tracks: trackTexts,
        vignettes: z.array(
          z.object({
            id: z.string(),
            tracks: z.array(trainingTrack),
            title: z.string(),
            story: z.string(),
            explanation: z.string(),
            map: z.object({ id: z.string(), title: z.string() }).describe('De routekaart van de eigen regio waarop de casus wordt doorlopen'),
            answers: z.array(z.string()).describe('De juiste antwoorden (optie-ids) vanaf het begin van de kaart'),
            outcome: z.string().describe('De juiste uitkomst'),
            why: z.record(z.string(), z.string()).describe('Per vraag: waarom het juiste antwoord juist is'),
          }),
        ),
      }),
    ),
    conversation: z.object({ intro: z.string(), source, promoting: z.array(item), hindering: z.array(item) }),
  })
  .meta({ id: 'TrainingCourse' });

export const completionView = z.object({ module: trainingModule, track: trainingTrack, completedAt: z.string() });
export type CompletionView = z.infer<typeof completionView>;

export const progressBody = z.object({
  modules: z.number().int().describe('Het aantal modules van de cursus'),
  completions: z.array(completionView).describe('De modules die de gebruiker afrondde, met de gekozen functie'),
});
export type ProgressBody = z.infer<typeof progressBody>;

export const trainingBody = z.object({ course: courseBody, progress: progressBody });
export type TrainingBody = z.infer<typeof trainingBody>;

export const completeBody = z
  .object({
    module: trainingModule.describe('De module (vorm van uitbuiting) die is afgerond'),
    track: trainingTrack.describe('De functie waarvoor de cursus werd gevolgd: balie, toezicht, wijkteam of leerplicht'),
  })
  .strict();
export type CompleteBody = z.infer<typeof completeBody>;

const rate = { users: z.number().int().nullable(), completed: z.number().int().nullable() };

export const trainingStatisticsBody = z.object({
  users: z.number().int(),
  completed: z.number().int(),
  departments: z.array(z.object({ department: z.string().nullable(), users: z.number().int(), completed: z.number().int() })),
});
export type TrainingStatistics = z.infer<typeof trainingStatisticsBody>;

export const trainingRegionBody = z.object({
  threshold: z.number().int(),
  municipalities: z.array(
    z.object({ code: z.string(), name: z.string(), ...rate }).describe('null: verborgen, de gemeente heeft minder actieve gebruikers dan de drempel'),
  ),
});
export type TrainingRegionStatistics = z.infer<typeof trainingRegionBody>;
