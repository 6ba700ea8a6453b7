import { eq, sql } from 'drizzle-orm';
import type { Content } from '../../domain/content/content';
import type { Db } from '../db/client';
import { contentVersions, municipalities } from '../db/schema';

/**
 * Brings the database in line with the content files: the municipality list and the loaded
 * content version. Idempotent, in one transaction, so two instances starting together agree.
 */
export async function syncContent(db: Db, content: Content): Promise<void> {
  await db.transaction(async (tx) => {
    // This version was synchronised before, municipalities and all (its row is written last, in
    // the same transaction): nothing to do. Upserting every municipality again took a good part of
    // a cold start on the embedded database (issue 12).
    const [known] = await tx.select({ version: contentVersions.version }).from(contentVersions).where(eq(contentVersions.version, content.version)).limit(1);
    if (known) return;
    if (content.municipalities.length > 0) {
      await tx
        .insert(municipalities)
        .values(content.municipalities.map((m) => ({ code: m.code, name: m.name, region: m.region, subregion: m.subregion })))
        .onConflictDoUpdate({
          target: municipalities.code,
          set: { name: sql`excluded.name`, region: sql`excluded.region`, subregion: sql`excluded.subregion` },
        });
    }
    await tx
      .insert(contentVersions)
      .values({
        version: content.version,
        routemaps: content.routemapSummaries('nl').length,
        municipalities: content.municipalities.length,
      })
      .onConflictDoNothing({ target: contentVersions.version });
  });
}
