import { defineCommand } from '../../context/run';
import { searchAudit, type AuditFilter, type AuditRow } from '../search-audit';

export const AUDIT_PAGE_SIZE = 100;
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The auditor searches the audit trail of the own municipality; the search is itself audited (which filters, not their values). */
export const searchAuditTrail = defineCommand('audit.search', async (ctx, filter: AuditFilter): Promise<{ events: AuditRow[]; nextBefore: number | null }> => {
  const rows = await searchAudit(ctx.tx, filter, AUDIT_PAGE_SIZE + 1, ctx.now);
  await ctx.audit({ action: 'audit.search', details: { filters: usedFilters(filter) } });
  const events = rows.slice(0, AUDIT_PAGE_SIZE);
  return { events, nextBefore: rows.length > AUDIT_PAGE_SIZE ? events.at(-1)!.id : null };
});

/** The same records for a spreadsheet, at most 50,000; the export and its size are audited. */
export const exportAuditTrail = defineCommand('audit.export', async (ctx, filter: AuditFilter): Promise<AuditRow[]> => {
  const rows = await searchAudit(ctx.tx, filter, AUDIT_EXPORT_LIMIT, ctx.now);
  await ctx.audit({ action: 'audit.export', details: { filters: usedFilters(filter), rows: rows.length } });
  return rows;
});

const usedFilters = (filter: AuditFilter) => Object.keys(filter).filter((k) => filter[k as keyof AuditFilter] !== undefined);
