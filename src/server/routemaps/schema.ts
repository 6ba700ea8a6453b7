import { z } from 'zod';
import type { CompiledNode, CompiledRouteMap, Contact } from '../../domain/routemap/compiled';
import type { RouteMapSummary } from '../../domain/content/content';
import type { PathStep } from '../../domain/routemap/walk';

// API shapes of route maps. Each is checked against the domain type it serialises, so the
// OpenAPI document cannot drift from what the engine produces.

export const contactBody: z.ZodType<Contact> = z
  .object({
    id: z.string(),
    name: z.string(),
    partner: z.string(),
    description: z.string().describe('Wat deze partner doet'),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    url: z.string().nullable(),
    hours: z.string().nullable(),
    note: z.string().nullable(),
    subregion: z.string().nullable(),
    verifiedOn: z.string().describe('Datum (JJJJ-MM-DD) waarop de gegevens het laatst zijn gecontroleerd'),
    unverified: z.string().nullable().describe('Gezet als de gegevens uit een beschadigde bron zijn hersteld en nog gecontroleerd moeten worden'),
  })
  .meta({ id: 'Contact' });

export const routemapSummaryBody: z.ZodType<RouteMapSummary> = z
  .object({ id: z.string(), title: z.string(), region: z.string(), description: z.string(), version: z.string() })
  .meta({ id: 'RouteMapSummary' });

const option = z.object({ id: z.string(), label: z.string() });

const nodeBody: z.ZodType<CompiledNode> = z.discriminatedUnion('type', [
  z.object({
    id: z.string(),
    type: z.literal('question'),
    text: z.string(),
    help: z.string().nullable(),
    options: z.array(option.extend({ next: z.string() })),
  }),
  z.object({ id: z.string(), type: z.literal('outcome'), title: z.string(), text: z.string(), contacts: z.array(z.string()) }),
]);

export const routemapBody: z.ZodType<CompiledRouteMap> = z
  .object({
    id: z.string(),
    title: z.string(),
    region: z.string(),
    description: z.string(),
    source: z.string().nullable().describe('Het gedrukte brondocument dat de kaart volgt, als bronvermelding; null als er geen is'),
    version: z.string(),
    lang: z.enum(['nl', 'en']),
    start: z.string(),
    nodes: z.record(z.string(), nodeBody),
    order: z.array(z.string()),
    contacts: z.record(z.string(), contactBody),
  })
  .meta({ id: 'RouteMap' });

export const walkRequest = z
  .object({
    answers: z.array(z.string().max(64)).max(100).describe('De gekozen optie-id per vraag, vanaf de eerste vraag'),
    municipality: z.string().max(6).optional().describe('CBS-gemeentecode; bepaalt welke regionale contacten getoond worden'),
  })
  .strict()
  .meta({ id: 'WalkRequest' });

const pathStep: z.ZodType<PathStep> = z.object({ questionId: z.string(), question: z.string(), answerId: z.string(), answer: z.string() });

export const walkResponse = z
  .discriminatedUnion('status', [
    z.object({
      status: z.literal('question'),
      step: z.number().int(),
      question: z.object({ id: z.string(), text: z.string(), help: z.string().nullable(), options: z.array(option) }),
      path: z.array(pathStep),
    }),
    z.object({
      status: z.literal('outcome'),
      outcome: z.object({ id: z.string(), title: z.string(), text: z.string(), contacts: z.array(contactBody) }),
      path: z.array(pathStep),
    }),
  ])
  .meta({ id: 'WalkResult' });
