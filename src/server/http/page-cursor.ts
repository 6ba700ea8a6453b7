import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { z } from 'zod';

/**
 * Keyset pagination's cursor (issue 12): the sort key of the last row of a page, as an opaque
 * base64url string of a small JSON array that starts with a version. It holds values the list
 * already shows (an id, a moment) and never a municipality: row-level security decides what a query
 * sees, so a cursor only positions the keyset inside one's own rows. Anything this server did not
 * give out is refused with one Dutch message.
 */
const VERSION = 1;
export const CURSOR_MESSAGE = 'ongeldige cursor: vraag de eerste pagina opnieuw op';

export function encodeCursor(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify([VERSION, ...values])).toString('base64url');
}

/** The query parameter: the cursor decoded and checked against `shape` (without the version), or a 400. */
export function cursorParam<T extends readonly [z.ZodType, ...z.ZodType[]]>(...shape: T) {
  const decoded = z.tuple([z.literal(VERSION), ...shape]);
  return z
    .string()
    .max(300, CURSOR_MESSAGE)
    .regex(/^[A-Za-z0-9_-]+$/, CURSOR_MESSAGE)
    .transform((value, ctx) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
      } catch {
        parsed = undefined;
      }
      const result = decoded.safeParse(parsed);
      if (!result.success) {
        ctx.addIssue({ code: 'custom', message: CURSOR_MESSAGE });
        return z.NEVER;
      }
      return result.data.slice(1) as { [K in keyof T]: z.infer<T[K]> };
    });
}

/** A moment to the microsecond, as PostgreSQL keeps it (a JavaScript Date has milliseconds only). */
export const exactMoment = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/)
  .refine((s) => !Number.isNaN(Date.parse(s)));

/** The column as an exact moment for a cursor: `2026-12-07T04:26:14.123456Z`. */
export const exactMomentOf = (column: AnyColumn): SQL<string> => sql<string>`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
