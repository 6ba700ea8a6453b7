import { and, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Language } from '../../../domain/content/localized';
import { staleContactsOfContent, type StaleContactsView } from '../../../domain/content/stale-contacts';
import { dutchDate, dutchMidnight } from '../../../domain/time/dutch-calendar';
import type { Context } from '../../context/context';
import { defineProcedure, inTransaction } from '../../context/run';
import { auditEvents, users } from '../../db/schema';
import { errors } from '../../http/errors';
import { staleContactsMail } from '../stale-contacts-mail';

/** Where the regiobeheerder checks contacts: the partners editor. */
const partnersEditorLink = (ctx: Context): string => `${ctx.publicUrl}/regio/inhoud/partners`;

/**
 * The region's contacts not checked for a year, in the content the installation serves now (a
 * draft does not count: users see the published details). Not audited: partner contacts are
 * public content. The route has checked that the region is the regiobeheerder's own.
 */
export const readStaleContacts = defineProcedure('region-content.stale-contacts', async (ctx, input: { region: string; lang: Language }): Promise<StaleContactsView> => {
  const { content, clock } = ctx.services;
  if (!content.region(input.region, input.lang)) throw errors.notFound('Deze regio');
  const today = dutchDate(clock());
  return { region: input.region, today, contacts: staleContactsOfContent(content, input.region, today, input.lang) };
});

/**
 * The monthly e-mail (issue 9): every active regiobeheerder of a region with stale contacts gets
 * the list, at most once per calendar month; none when the region has none. The job runs daily,
 * so an instance that was down on the 1st still sends, and a contact that goes stale mid-month is
 * reported that day. The audit record of a sent e-mail is what "already sent this month" reads;
 * it is written in the transaction that sends, so a failed send leaves no record and is retried.
 * Returns how many e-mails were sent.
 */
export const mailStaleContacts = defineProcedure('contacts.stale-reminder', async (ctx, _input: void): Promise<number> => {
  const { content, clock, mailer } = ctx.services;
  if (!mailer.enabled) return 0;
  const today = dutchDate(clock());
  const monthStart = dutchMidnight(`${today.slice(0, 8)}01`);
  let sent = 0;
  for (const region of content.regions('nl')) {
    const stale = staleContactsOfContent(content, region.id, today);
    if (stale.length === 0) continue;
    // Regiobeheerders belong to no municipality: they are found across tenants.
    const recipients = await inTransaction(
      ctx,
      (tx) =>
        tx.tx
          .select({ id: users.id, name: users.name, email: users.email })
          .from(users)
          .where(and(eq(users.region, region.id), eq(users.active, true), sql`'regiobeheerder' = any(${users.roles})`)),
      { municipality: null, readOnly: true },
    );
    for (const recipient of recipients) {
      const mailed = await inTransaction(
        ctx,
        async (tx) => {
          const [already] = await tx.tx
            .select({ id: auditEvents.id })
            .from(auditEvents)
            .where(and(isNull(auditEvents.municipality), eq(auditEvents.action, 'contacts.stale-reminder'), eq(auditEvents.objectId, recipient.id), gte(auditEvents.at, monthStart)))
            .limit(1);
          if (already) return false;
          await tx.audit({ action: 'contacts.stale-reminder', objectType: 'user', objectId: recipient.id, details: { region: region.id, contacts: stale.length } });
          await mailer.send(staleContactsMail({ to: recipient.email, name: recipient.name, regionName: region.name, contacts: stale, link: partnersEditorLink(ctx) }));
          return true;
        },
        { municipality: null },
      );
      if (mailed) sent += 1;
    }
  }
  return sent;
});
