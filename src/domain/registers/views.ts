import { z } from 'zod';

/** An import of a register as the beheerder follows it: progress, outcome and what was wrong. */
export const registerImportBody = z
  .object({
    id: z.string(),
    register: z.enum(['persons', 'addresses', 'organisations']),
    source: z.string(),
    status: z.enum(['queued', 'running', 'complete', 'failed', 'replaced', 'expired']),
    rows: z.number().int(),
    badRows: z.number().int(),
    bytesTotal: z.number().int().nullable(),
    bytesRead: z.number().int(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    /** Up to 100 wrong rows (line and reason in Dutch), or what was wrong with the file itself. */
    problems: z.object({ badRows: z.array(z.object({ line: z.number().int(), reason: z.string() })), fileError: z.string().nullable() }).nullable(),
  })
  .meta({ id: 'RegisterImport' });
export type RegisterImport = z.infer<typeof registerImportBody>;

/** The largest export the browser may upload; larger ones go through the CLI. */
export const UPLOAD_MAX_BYTES = 50 * 1024 * 1024;
