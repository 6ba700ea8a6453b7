import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { auditPageBody, sealedAuditRecordBody } from '../../domain/audit/views';
import { dutchDate } from '../../domain/time/dutch-calendar';
import { contextOf } from '../context/request-context';
import { run } from '../context/run';
import { sendCsv } from '../http/file-replies';
import { errorBody } from '../http/common-schemas';
import type { App } from '../http/types';
import { exportAuditTrail, searchAuditTrail } from './commands/search-audit-trail';
import { openSealedRecord } from './commands/open-sealed-record';
import { auditExportQuery, auditSearchQuery, unsealRequest } from './schema';
import type { AuditFilter, AuditRow } from './search-audit';

const filterOf = (query: { user?: string | undefined; before?: number | undefined } & AuditFilter): AuditFilter => ({
  ...query,
  actorUserId: query.user,
  beforeId: query.before,
});

/** A shielded record's moment is its day: the export says so, instead of a midnight that never happened. */
const momentOf = (r: AuditRow) => (r.shielded ? dutchDate(r.at) : r.at.toISOString());

/** The auditor's view of the audit trail of their own municipality, and the AF's opening of a shielded record. */
export function registerAuditRoutes(app: App): void {
  app.get(
    '/api/v1/audit',
    {
      config: { policy: 'audit.read' },
      schema: { summary: 'Zoeken in de audittrail van de eigen gemeente', tags: ['audit'], querystring: auditSearchQuery, response: { 200: auditPageBody } },
    },
    async (request) => {
      const page = await run(contextOf(request), searchAuditTrail, filterOf(request.query));
      return { events: page.events.map((row) => ({ ...row, at: row.at.toISOString() })), nextBefore: page.nextBefore };
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
        response: { 200: { description: 'CSV met een kopregel, UTF-8 met byte-order mark', content: { 'text/csv': { schema: z.string() } } } },
      },
    },
    async (request, reply) => {
      const ctx = contextOf(request);
      const rows = await run(ctx, exportAuditTrail, filterOf(request.query));
      const csv = stringify(
        rows.map((r) => [r.id, momentOf(r), r.actorName ?? '', r.actorUserId ?? '', r.actor, r.action, r.objectType ?? '', r.objectId ?? '', r.result, r.origin ?? '', r.reference ?? '', JSON.stringify(r.details)]),
        // A cell starting with = + - @ tab or CR gets a leading ' so a spreadsheet never runs it as a formula.
        { header: true, escape_formulas: true, columns: ['id', 'tijdstip', 'naam', 'gebruiker-id', 'actor', 'handeling', 'objecttype', 'object-id', 'resultaat', 'herkomst', 'kenmerk', 'details'] },
      );
      const day = dutchDate(ctx.services.clock());
      return sendCsv(reply, `audittrail-${ctx.municipality}-${day}`, csv);
    },
  );

  app.post(
    '/api/v1/audit/sealed',
    {
      config: { policy: 'audit.unseal' },
      schema: {
        summary: 'Aandachtsfunctionaris: een afgeschermde auditregel openen (wie meldde), met een reden',
        description:
          'Wat iemand als melder deed, staat afgeschermd in de audittrail: de auditor ziet alleen de dag en de handeling, met een kenmerk. De aandachtsfunctionaris van de gemeente opent zo\'n regel met dat kenmerk en een reden; het openen en de reden komen zelf in de audittrail.',
        tags: ['audit'],
        body: unsealRequest,
        response: { 200: sealedAuditRecordBody, 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody },
      },
    },
    async (request) => run(contextOf(request), openSealedRecord, request.body),
  );
}
