import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { auditPageBody } from '../../domain/audit/views';
import { inTenant } from '../db/tenant';
import { authorize } from '../http/route-policy';
import type { App, AppDeps } from '../http/types';
import { recordAudit } from './record-audit';
import { auditExportQuery, auditSearchQuery } from './schema';
import { searchAudit, type AuditFilter, type AuditRow } from './search-audit';

const PAGE_SIZE = 100;
const EXPORT_LIMIT = 50_000;

function filterOf(query: z.infer<typeof auditExportQuery> & { before?: number | undefined }): AuditFilter {
  return { ...query, actorUserId: query.user, beforeId: query.before };
}

const toBody = (row: AuditRow) => ({ ...row, at: row.at.toISOString() });

/** The auditor's view of the audit trail of their own municipality. Reading it is itself audited. */
export function registerAuditRoutes(app: App, { database }: AppDeps): void {
  app.get(
    '/api/v1/audit',
    {
      config: { policy: 'audit.read' },
      schema: { summary: 'Zoeken in de audittrail van de eigen gemeente', tags: ['audit'], querystring: auditSearchQuery, response: { 200: auditPageBody } },
    },
    async (request) => {
      const actor = authorize(request, 'audit.read', { municipality: request.actor!.municipality });
      const municipality = actor.municipality!;
      const rows = await inTenant(database.db, municipality, async (tx) => {
        const found = await searchAudit(tx, filterOf(request.query), PAGE_SIZE + 1);
        await recordAudit(tx, {
          municipality,
          actorUserId: actor.userId,
          actor: 'auditor',
          action: 'audit.search',
          result: 'success',
          origin: request.ip,
          details: { filters: Object.keys(request.query) },
        });
        return found;
      });
      const page = rows.slice(0, PAGE_SIZE);
      return { events: page.map(toBody), nextBefore: rows.length > PAGE_SIZE ? page.at(-1)!.id : null };
    },
  );

  app.get(
    '/api/v1/audit/export',
    {
      config: { policy: 'audit.read' },
      schema: {
        summary: 'De audittrail van de eigen gemeente als CSV (max. 50.000 regels)',
        tags: ['audit'],
        querystring: auditExportQuery,
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const actor = authorize(request, 'audit.read', { municipality: request.actor!.municipality });
      const municipality = actor.municipality!;
      const rows = await inTenant(database.db, municipality, async (tx) => {
        const found = await searchAudit(tx, filterOf(request.query), EXPORT_LIMIT);
        await recordAudit(tx, {
          municipality,
          actorUserId: actor.userId,
          actor: 'auditor',
          action: 'audit.export',
          result: 'success',
          origin: request.ip,
          details: { filters: Object.keys(request.query), rows: found.length },
        });
        return found;
      });
      const csv = stringify(
        rows.map((r) => [r.id, r.at.toISOString(), r.actorName ?? '', r.actorUserId ?? '', r.actor, r.action, r.objectType ?? '', r.objectId ?? '', r.result, r.origin ?? '', JSON.stringify(r.details)]),
        { header: true, columns: ['id', 'tijdstip', 'naam', 'gebruiker-id', 'actor', 'handeling', 'objecttype', 'object-id', 'resultaat', 'herkomst', 'details'] },
      );
      const day = new Date().toISOString().slice(0, 10);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="audittrail-${municipality}-${day}.csv"`)
        // A byte-order mark so spreadsheet programs read the accents correctly.
        .send(`\uFEFF${csv}`);
    },
  );
}
