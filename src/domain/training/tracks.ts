import { EXPLOITATION_FORMS } from '../knowledge/schema';

/**
 * The jobs the course is written for (issue 11): the staff who meet the risk groups. The trainee
 * picks one at the start; a vignette is written for one or more of them.
 */
export const TRAINING_TRACKS = ['balie', 'toezicht', 'wijkteam', 'leerplicht'] as const;
export type TrainingTrack = (typeof TRAINING_TRACKS)[number];

/**
 * One module per form of exploitation, with the knowledge lists' ids. Fixed here rather than read
 * from the content so that "finished the course" means the same in every region and the
 * completion rate needs no content: a region's course file must have exactly these modules.
 */
export const TRAINING_MODULES = EXPLOITATION_FORMS;
export type TrainingModule = (typeof TRAINING_MODULES)[number];
