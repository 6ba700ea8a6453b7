import { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import { inMunicipality } from '../../context/context';
import { inTransaction, run } from '../../context/run';
import { registerImports, registerUploads } from '../../db/schema';
import type { JobDefinition } from '../../jobs/job-runner';
import { importPersons } from '../import/import-persons';

export const REGISTER_IMPORT_QUEUE = 'register-import';

/** The size of the parts an upload is stored in (queue-import.ts). */
export const UPLOAD_PART_BYTES = 1024 * 1024;

/**
 * The CSV parser is given 64 KB at a time: given a whole part at once, it parses all of it before
 * the import can take a row, and keeps every row of it in memory meanwhile.
 */
const PARSER_CHUNK_BYTES = 64 * 1024;

/** How often the progress of a running import is written for the browser. */
const PROGRESS_EVERY_MS = 1000;

/**
 * Imports an uploaded export (queue-import.ts). The outcome — complete, or refused with its bad
 * rows — is on the import itself; only a crash (the database gone) is retried, and the upload is
 * deleted once the import has ended either way.
 */
export const registerImportJob: JobDefinition = {
  queue: REGISTER_IMPORT_QUEUE,
  retryLimit: 2,
  retryDelaySeconds: 30,
  subject: (data) => `register-import:${String(data.importId)}`,
  handle: async (system, data) => {
    const { municipality, importId } = data as { municipality: string; importId: string };
    const ctx = inMunicipality(system, municipality);
    const upload = await inTransaction(ctx, async (tx) => {
      const [queued] = await tx.tx.select({ source: registerImports.source }).from(registerImports).where(eq(registerImports.id, importId));
      const [first] = await tx.tx.select({ part: registerUploads.part }).from(registerUploads).where(eq(registerUploads.importId, importId)).limit(1);
      return first && queued ? { source: queued.source } : null;
    });
    // Already imported (a retry after the upload was deleted): nothing left to do.
    if (!upload) return;
    // One part read at a time, each in a transaction of its own, handed to the parser in small chunks.
    async function* content(): AsyncGenerator<Buffer> {
      for (let part = 0; ; part++) {
        const [row] = await inTransaction(ctx, (tx) =>
          tx.tx.select({ content: registerUploads.content }).from(registerUploads).where(and(eq(registerUploads.importId, importId), eq(registerUploads.part, part))),
        );
        if (!row) return;
        const bytes = Buffer.from(row.content);
        for (let at = 0; at < bytes.length; at += PARSER_CHUNK_BYTES) yield bytes.subarray(at, at + PARSER_CHUNK_BYTES);
      }
    }
    let written = 0;
    const progress = async (rows: number, bytes: number) => {
      const now = Date.now();
      if (now - written < PROGRESS_EVERY_MS) return;
      written = now;
      // Only while it runs: a late write must not overwrite the outcome.
      await inTransaction(ctx, (tx) => tx.tx.update(registerImports).set({ rows, bytesRead: bytes }).where(and(eq(registerImports.id, importId), eq(registerImports.status, 'running'))));
    };
    let pending: Promise<void> = Promise.resolve();
    await run(ctx, importPersons, {
      source: upload.source,
      file: Readable.from(content()),
      queuedImportId: importId,
      onProgress: ({ rows, bytes }) => {
        pending = pending.then(() => progress(rows, bytes));
      },
    });
    await pending;
    await inTransaction(ctx, (tx) => tx.tx.delete(registerUploads).where(eq(registerUploads.importId, importId)));
  },
};
