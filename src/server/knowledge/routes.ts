import { z } from 'zod';
import { EXPLOITATION_FORMS } from '../../domain/knowledge/schema';
import type { KnowledgeView } from '../../domain/content/content';
import { langQuery } from '../http/common-schemas';
import type { Services } from '../context/services';
import type { App } from '../http/types';

const source = z
  .string()
  .nullable()
  .describe('Het brondocument als bronvermelding ("titel, uitgever (gebied)"); null voor een aanvulling die in geen brondocument staat');
const item = z.object({ id: z.string(), text: z.string(), source });
const tagged = z.object({ id: z.string(), name: z.string(), forms: z.array(z.enum(EXPLOITATION_FORMS)), source });
const steps = z.object({
  intro: z.string(),
  source,
  steps: z.array(z.object({ number: z.number().int(), title: z.string(), text: z.string().nullable() })),
});

const knowledgeBody: z.ZodType<KnowledgeView> = z
  .object({
    trafficking: z.object({ definition: z.string(), source }),
    forms: z.array(
      z.object({ id: z.enum(EXPLOITATION_FORMS), name: z.string(), definition: z.string(), source, signals: z.array(item) }),
    ),
    riskGroups: z.array(tagged),
    sectors: z.array(tagged.extend({ kind: z.enum(['sensitive', 'facilitating']) })),
    conversation: z.object({ intro: z.string(), source, promoting: z.array(item), hindering: z.array(item) }),
    meldcode: steps,
    stepPlan: steps,
  })
  .meta({ id: 'Knowledge' });

export function registerKnowledgeRoutes(app: App, services: Services): void {
  app.get(
    '/api/v1/knowledge',
    {
      config: { policy: 'content.read' },
      schema: {
        summary: 'Kennis: vormen van uitbuiting, signalen, risicogroepen, sectoren, gesprekstips, meldcode en stappenplan',
        tags: ['inhoud'],
        querystring: langQuery,
        response: { 200: knowledgeBody },
      },
    },
    async (request) => services.content.knowledge(request.query.lang),
  );
}
