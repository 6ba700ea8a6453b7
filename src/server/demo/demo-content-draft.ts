import { eq } from 'drizzle-orm';
import { systemContext, userContext } from '../context/context';
import { inTransaction, run } from '../context/run';
import type { Services } from '../context/services';
import { readRegionPack, saveRegionPackDraft } from '../content/commands/pack-commands';
import { users } from '../db/schema';

/** The demo regiobeheerder of Leiden (region Eenheid Den Haag), made by seedDemoUsers. */
const REGIOBEHEERDER = 'regiobeheerder@leiden.demo.signaalroute.nl';

/**
 * A draft in progress for the demo's regiobeheerder, saved through the same command as the
 * browser's "Concept opslaan": the first question of the Den Haag map reworded and a new phone
 * number for the first partner, so /regio/inhoud shows a draft with its differences to publish.
 */
export async function seedDemoContentDraft(services: Services): Promise<void> {
  const [user] = await inTransaction(systemContext(services), ({ tx }) => tx.select({ userId: users.id, municipality: users.municipality }).from(users).where(eq(users.email, REGIOBEHEERDER)),
  );
  if (!user?.municipality) throw new Error(`${REGIOBEHEERDER} ontbreekt; maak eerst de demogebruikers`);
  const ctx = userContext(services, { userId: user.userId, municipality: user.municipality }, 'gebruiker');
  const state = await run(ctx, readRegionPack, { region: 'eenheid-den-haag' });
  const pack = structuredClone(state.published.pack);
  const map = pack.routemaps.find((m) => m.id === 'den-haag-persoon')!;
  const question = map.nodes.find((n) => n.id === map.start)!;
  if (question.type === 'question') question.text = { nl: 'Is er op dit moment acuut gevaar voor de persoon of voor anderen?', en: 'Is anyone in immediate danger right now?' };
  const contact = pack.partners[0]!.contacts.find((c) => c.phone);
  if (contact) contact.phone = '070-3456789';
  await run(ctx, saveRegionPackDraft, { region: 'eenheid-den-haag', pack, basedOn: state.published.version });
}
