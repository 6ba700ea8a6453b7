import { completeBody, progressBody, trainingBody, trainingRegionBody, trainingStatisticsBody } from '../../domain/training/api';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody, langQuery } from '../http/common-schemas';
import type { App } from '../http/types';
import { completeTrainingModule, readRegionTrainingStatistics, readTraining, readTrainingProgress, readTrainingStatistics } from './commands/training';

const tags = ['cursus'];
const denied = { 401: errorBody, 403: errorBody };

/** The staff course (issue 11): the course for the own region, recording a finished module, the own progress, and the completion figures. */
export function registerTrainingRoutes(app: App): void {
  app.get(
    '/api/v1/training',
    {
      config: { policy: 'training.follow' },
      schema: {
        summary: 'De cursus voor de regio van de eigen gemeente, met de eigen voortgang',
        description: 'Per vorm van uitbuiting de signalen, per functie wat die tegenkomt, casussen op de routekaart van de eigen regio, en wat helpt en hindert in het gesprek.',
        tags,
        querystring: langQuery,
        response: { 200: trainingBody, 404: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readTraining, { lang: request.query.lang }),
  );
  app.get(
    '/api/v1/training/progress',
    {
      config: { policy: 'training.follow' },
      schema: { summary: 'De eigen voortgang: welke modules afgerond, met welke functie', tags, response: { 200: progressBody, ...denied } },
    },
    async (request) => run(contextOf(request), readTrainingProgress, undefined),
  );
  app.post(
    '/api/v1/training/completions',
    {
      config: { policy: 'training.follow' },
      schema: {
        summary: 'Een module als afgerond vastleggen (signalen en casussen doorlopen)',
        description: 'Eén keer per module; opnieuw afronden, ook met een andere functie, laat de eerste afronding staan.',
        tags,
        body: completeBody,
        response: { 200: progressBody, 400: errorBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), completeTrainingModule, request.body),
  );
  app.get(
    '/api/v1/training/statistics',
    {
      config: { policy: 'training.statistics' },
      schema: { summary: 'Hoeveel actieve gebruikers van de eigen gemeente de cursus afrondden, per afdeling', tags, response: { 200: trainingStatisticsBody, ...denied } },
    },
    async (request) => run(contextOf(request), readTrainingStatistics, undefined),
  );
  app.get(
    '/api/v1/training/statistics/region',
    {
      config: { policy: 'training.region' },
      schema: {
        summary: 'Regiobeheerder: per gemeente van de eigen regio hoeveel actieve gebruikers de cursus afrondden',
        tags,
        response: { 200: trainingRegionBody, ...denied },
      },
    },
    async (request) => run(contextOf(request), readRegionTrainingStatistics, undefined),
  );
}
