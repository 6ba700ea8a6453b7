import { sourceName } from '../../../domain/registers/register-fields';
import { registerImports, registerUploads } from '../../db/schema';
import { userOf } from '../../context/actor';
import { defineProcedure, inTransaction } from '../../context/run';
import { errors } from '../../http/errors';
import { REGISTER_IMPORT_QUEUE, UPLOAD_PART_BYTES } from './import-job';

/**
 * The beheerder uploads an export of persons from one of the municipality's systems: it is kept in
 * the database and imported by the job runner (any instance), so the browser can follow progress.
 * Queued after the commit: the embedded database serves one transaction at a time.
 */
export const queuePersonsImport = defineProcedure('register.upload', async (ctx, input: { source: string; content: Buffer }): Promise<{ id: string }> => {
  const source = sourceName(input.source);
  if (source === null) throw errors.registerSourceInvalid();
  if (input.content.length === 0) throw errors.emptyUpload();
  const id = await inTransaction(ctx, async (tx) => {
    const [queued] = await tx.tx
      .insert(registerImports)
      .values({
        municipality: ctx.municipality,
        register: 'persons',
        source,
        status: 'queued',
        startedAt: tx.now,
        startedByUserId: userOf(ctx.actor).userId,
        bytesTotal: input.content.length,
      })
      .returning({ id: registerImports.id });
    // Part by part: one message of the whole upload cost the embedded database gigabytes (ADR 36).
    for (let part = 0; part * UPLOAD_PART_BYTES < input.content.length; part++) {
      const content = input.content.subarray(part * UPLOAD_PART_BYTES, (part + 1) * UPLOAD_PART_BYTES);
      await tx.tx.insert(registerUploads).values({ importId: queued!.id, part, municipality: ctx.municipality!, content });
    }
    await tx.audit({ action: 'register.upload', objectType: 'register-import', objectId: queued!.id, details: { register: 'persons', source, bytes: input.content.length } });
    return queued!.id;
  });
  await ctx.services.jobs.send(REGISTER_IMPORT_QUEUE, { municipality: ctx.municipality!, importId: id });
  return { id };
});
