import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { errorBody } from '../http/common-schemas';
import { authorize } from '../http/route-policy';
import type { App } from '../http/types';
import {
  diffRegionPackVersions,
  discardRegionPackDraft,
  exportRegionPackVersion,
  importRegionPack,
  listRegionPackVersions,
  publishRegionPack,
  readRegionPack,
  readRegionPackVersion,
  rollbackRegionPack,
  saveRegionPackDraft,
} from './commands/pack-commands';
import { acceptRelease, readReleaseProposal, refuseRelease } from './commands/release-commands';

const tags = ['regio-inhoud'];
const params = z.object({ region: z.string().max(100).describe('Id van de regio, bijvoorbeeld eenheid-den-haag; landelijk voor de landelijke inhoud') });
const version = z.coerce.number().int().positive().max(1_000_000);
const reason = z.string().trim().min(3, 'geef in een paar woorden aan waarom').max(500);
/** The state and the lists are large and documented in src/domain/content/region-pack-state.ts; the OpenAPI document names them only. */
const anyBody = z.unknown();
const responses = { 200: anyBody, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** A pack's text: the national pack with its knowledge is some 50 kB as JSON; a tenfold margin. */
const MAX_PACK_TEXT = 500_000;

/** Only the regiobeheerder of the region in the path (ADR 28). */
const manage = (request: FastifyRequest<{ Params: { region: string } }>) => {
  authorize(request, 'region-pack.manage', { region: request.params.region });
  return contextOf(request);
};

/** The region's content for its regiobeheerder: draft, publication, history, import and export (ADR 28). */
export function registerRegionPackRoutes(app: App): void {
  const base = '/api/v1/regions/:region/pack';
  const config = { policy: 'region-pack.manage' } as const;

  app.get(base, { config, schema: { summary: 'De inhoud van de regio: gepubliceerde versie, concept en problemen', tags, params, response: responses } }, async (request) =>
    run(manage(request), readRegionPack, { region: request.params.region }),
  );

  app.put(
    `${base}/draft`,
    {
      config,
      schema: {
        summary: 'Het concept opslaan (het hele pakket); een concept met problemen wordt bewaard maar kan niet worden gepubliceerd',
        tags,
        params,
        body: z.object({ pack: z.record(z.string(), z.unknown()), basedOn: version }),
        response: responses,
      },
    },
    async (request) => run(manage(request), saveRegionPackDraft, { region: request.params.region, pack: request.body.pack, basedOn: request.body.basedOn }),
  );

  app.delete(`${base}/draft`, { config, schema: { summary: 'Het concept weggooien', tags, params, response: responses } }, async (request) =>
    run(manage(request), discardRegionPackDraft, { region: request.params.region }),
  );

  app.post(
    `${base}/publish`,
    { config, schema: { summary: 'Het concept publiceren: iedere server toont het binnen enkele seconden', tags, params, body: z.object({ reason }), response: responses } },
    async (request) => run(manage(request), publishRegionPack, { region: request.params.region, reason: request.body.reason }),
  );

  app.get(`${base}/versions`, { config, schema: { summary: 'Alle gepubliceerde versies, nieuwste eerst', tags, params, response: responses } }, async (request) =>
    run(manage(request), listRegionPackVersions, { region: request.params.region }),
  );

  app.get(
    `${base}/versions/:version`,
    { config, schema: { summary: 'Eén gepubliceerde versie met het pakket', tags, params: params.extend({ version }), response: responses } },
    async (request) => run(manage(request), readRegionPackVersion, { region: request.params.region, version: request.params.version }),
  );

  app.get(
    `${base}/diff`,
    { config, schema: { summary: 'Wat er verschilt tussen twee versies, per onderdeel', tags, params, querystring: z.object({ from: version, to: version }), response: responses } },
    async (request) => run(manage(request), diffRegionPackVersions, { region: request.params.region, from: request.query.from, to: request.query.to }),
  );

  app.post(
    `${base}/rollback`,
    { config, schema: { summary: 'Een eerdere versie opnieuw publiceren, als nieuwe versie', tags, params, body: z.object({ version, reason }), response: responses } },
    async (request) => run(manage(request), rollbackRegionPack, { region: request.params.region, version: request.body.version, reason: request.body.reason }),
  );

  app.post(
    `${base}/import`,
    {
      config,
      schema: { summary: 'Een regiopakket (YAML of JSON) wordt het concept', tags, params, body: z.object({ text: z.string().min(1).max(MAX_PACK_TEXT) }), response: responses },
    },
    async (request) => run(manage(request), importRegionPack, { region: request.params.region, text: request.body.text }),
  );

  app.get(`${base}/release`, { config, schema: { summary: 'Wat een nieuwe release voor een regio met eigen wijzigingen voorstelt, per onderdeel', tags, params, response: responses } }, async (request) =>
    run(manage(request), readReleaseProposal, { region: request.params.region }),
  );

  app.post(
    `${base}/release`,
    {
      config,
      schema: {
        summary: 'De gekozen wijzigingen uit de release worden het concept (per sleutel: theirs neemt de versie uit de release)',
        tags,
        params,
        body: z.object({ choices: z.record(z.string().max(400), z.enum(['mine', 'theirs'])) }),
        response: responses,
      },
    },
    async (request) => run(manage(request), acceptRelease, { region: request.params.region, choices: request.body.choices }),
  );

  app.post(`${base}/release/refuse`, { config, schema: { summary: 'De nieuwe inhoud uit de release niet overnemen', tags, params, response: responses } }, async (request) =>
    run(manage(request), refuseRelease, { region: request.params.region }),
  );

  app.get(
    `${base}/export`,
    {
      config,
      schema: {
        summary: 'Een versie (standaard de gepubliceerde) als YAML-bestand',
        tags,
        params,
        querystring: z.object({ version: version.optional() }),
        response: { 200: z.string(), 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { region } = request.params;
      const { version: number, yaml } = await run(manage(request), exportRegionPackVersion, { region, ...(request.query.version ? { version: request.query.version } : {}) });
      return reply
        .type('application/yaml; charset=utf-8')
        .header('content-disposition', `attachment; filename="regiopakket-${region}-v${number}.yaml"`)
        .send(yaml);
    },
  );
}
