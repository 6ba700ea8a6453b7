import { UNCONFIRMED, type Status } from '../../../domain/basisniveau/status';
import type { RegionMatrixView } from '../../../domain/basisniveau/views';
import type { Language } from '../../../domain/content/localized';
import { defineProcedure, inTransaction } from '../../context/run';
import { errors } from '../../http/errors';
import { confirmedItems } from '../checklist-repository';
import { checklistOf } from '../load-checklist';

/**
 * The regiobeheerder's view: per point of the basisniveau and municipality of the own region, its
 * status, side by side; never the evidence, the dates or who confirmed it. Each municipality is
 * read in a transaction of its own tenant, under row-level security as always (as the region's
 * figures are, src/server/statistics/commands/read-region-statistics.ts); only the statuses leave it.
 */
export const readRegionMatrix = defineProcedure('basisniveau.region', async (ctx, input: { lang: Language }): Promise<RegionMatrixView> => {
  const { content } = ctx.services;
  const region = ctx.actor.kind === 'user' ? ctx.actor.region : null;
  const regionView = region ? content.region(region, input.lang) : undefined;
  if (!region || !regionView) throw errors.forbidden();
  const checklist = await checklistOf();
  const municipalities: RegionMatrixView['municipalities'] = [];
  for (const m of content.municipalities.filter((m) => m.region === region)) {
    const confirmed = await inTransaction(ctx, (tx) => confirmedItems(tx.tx, m.code), { municipality: m.code, readOnly: true });
    const statuses = Object.fromEntries(checklist.ids.map((id) => [id, (confirmed.get(id)?.status as Status | undefined) ?? UNCONFIRMED]));
    municipalities.push({ code: m.code, name: m.name, statuses });
  }
  await inTransaction(ctx, (tx) =>
    tx.audit({ action: 'basisniveau.region', objectType: 'region', objectId: region, details: { municipalities: municipalities.length } }),
  );
  return {
    region: { id: region, name: regionView.name },
    items: checklist.items(input.lang).map((i) => ({ id: i.id, title: i.title, short: i.short })),
    municipalities,
  };
});
