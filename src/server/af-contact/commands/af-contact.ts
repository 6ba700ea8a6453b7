import type { AfContact, AfContactView } from '../../../domain/af-contact/schema';
import { userOf } from '../../context/actor';
import { defineCommand } from '../../context/run';
import { afContacts } from '../../db/schema';
import { afContactOf } from '../af-contact-repository';

/**
 * Who the municipality's AF is, for every employee. Not audited: these are work contact details
 * the municipality publishes to its employees and prints on the route card at the front desk.
 */
export const readAfContact = defineCommand('af-contact.read', (ctx, _input: void): Promise<AfContactView> =>
  afContactOf(ctx.tx, ctx.services.content, ctx.municipality!),
);

/**
 * The beheerder sets who the AF is. The audit record names the fields that changed, not their
 * values: the trail has no need of the AF's name, and the current values are on the page.
 */
export const updateAfContact = defineCommand('af-contact.update', async (ctx, input: AfContact): Promise<AfContactView> => {
  const municipality = ctx.municipality!;
  const before = (await afContactOf(ctx.tx, ctx.services.content, municipality)).contact;
  const contact = { name: input.name, phone: input.phone, email: input.email, hours: input.hours === '' ? null : input.hours };
  const values = { ...contact, setByUserId: userOf(ctx.actor).userId, setAt: ctx.now };
  await ctx.tx.insert(afContacts).values({ municipality, ...values }).onConflictDoUpdate({ target: afContacts.municipality, set: values });
  const changed = (Object.keys(contact) as (keyof typeof contact)[]).filter((field) => (before?.[field] ?? null) !== contact[field]);
  await ctx.audit({ action: 'af-contact.update', objectType: 'af-contact', objectId: municipality, details: { first: before === null, changed } });
  return afContactOf(ctx.tx, ctx.services.content, municipality);
});
