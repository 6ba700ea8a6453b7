import { eq, inArray } from 'drizzle-orm';
import type { Checklist } from '../../domain/basisniveau/checklist';
import { UNCONFIRMED, type Status } from '../../domain/basisniveau/status';
import type { ChecklistView, DerivedFigure } from '../../domain/basisniveau/views';
import type { Content } from '../../domain/content/content';
import type { Language } from '../../domain/content/localized';
import { afContacts, basisniveauItems, users } from '../db/schema';
import type { Tx } from '../db/tenant';
import { trainingCompletionRate } from '../training/completion-rate';

export type ItemRow = typeof basisniveauItems.$inferSelect;

/** The municipality's confirmed points, by id; read inside its tenant transaction. */
export async function confirmedItems(tx: Tx, municipality: string): Promise<Map<string, ItemRow>> {
  const rows = await tx.select().from(basisniveauItems).where(eq(basisniveauItems.municipality, municipality));
  return new Map(rows.map((r) => [r.item, r]));
}

/** Whether the beheerder recorded who the AF is, and when: "appointed" is "recorded". */
export async function afRecord(tx: Tx, municipality: string): Promise<{ recorded: boolean; setAt: string | null }> {
  const [row] = await tx.select({ setAt: afContacts.setAt }).from(afContacts).where(eq(afContacts.municipality, municipality));
  return { recorded: row !== undefined, setAt: row?.setAt.toISOString() ?? null };
}

/**
 * The checklist of the municipality as its AF and beheerder see it: every point of the content
 * file, its confirmation (or "onbekend"), and beside the derived points Signaalroute's own figure.
 * Inside the municipality's tenant transaction, so every row is its own under row-level security.
 */
export async function checklistView(tx: Tx, content: Content, checklist: Checklist, municipality: string, lang: Language): Promise<ChecklistView> {
  const confirmed = await confirmedItems(tx, municipality);
  const definitions = checklist.items(lang);
  const needs = new Set(definitions.map((d) => d.derived));
  const af = needs.has('af-contact') ? await afRecord(tx, municipality) : null;
  const training = needs.has('training') ? await trainingCompletionRate(tx) : null;
  const confirmerIds = [...new Set([...confirmed.values()].map((r) => r.confirmedByUserId))];
  // The confirmer is a user of the same municipality (row-level security on users too); an
  // account removed by retention has no name any more, and then none is shown.
  const names = confirmerIds.length
    ? new Map((await tx.select({ id: users.id, name: users.name, anonymisedAt: users.anonymisedAt }).from(users).where(inArray(users.id, confirmerIds))).map((u) => [u.id, u.anonymisedAt ? null : u.name]))
    : new Map<string, string | null>();
  const figure = (kind: string | undefined): DerivedFigure | null => {
    if (kind === 'af-contact' && af) return { kind: 'af-contact', ...af };
    if (kind === 'training' && training) return { kind: 'training', ...training };
    return null;
  };
  return {
    municipality: { code: municipality, name: content.municipality(municipality)?.name ?? municipality },
    items: definitions.map((d) => {
      const row = confirmed.get(d.id);
      return {
        id: d.id,
        title: d.title,
        explanation: d.explanation,
        source: d.source,
        derivedKind: d.derived ?? null,
        derived: figure(d.derived),
        status: (row?.status as Status | undefined) ?? UNCONFIRMED,
        since: row?.since ?? null,
        evidence: row?.evidence ?? null,
        confirmedBy: row ? (names.get(row.confirmedByUserId) ?? null) : null,
        confirmedAt: row?.confirmedAt.toISOString() ?? null,
      };
    }),
  };
}
