import { z } from 'zod';
import { DERIVED_KINDS } from './schema';
import { STATUSES } from './status';

const status = z.enum(STATUSES);

/** The figure Signaalroute has of its own beside a point. */
export const derivedFigure = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('af-contact'),
    recorded: z.boolean().describe('Of de beheerder heeft vastgelegd wie de aandachtsfunctionaris is'),
    setAt: z.iso.datetime().nullable(),
  }),
  z.object({
    kind: z.literal('training'),
    users: z.number().int().describe('Actieve gebruikers van de gemeente'),
    completed: z.number().int().describe('Van hen: wie de training voor medewerkers heeft afgerond'),
    departments: z.array(z.object({ department: z.string().nullable(), users: z.number().int(), completed: z.number().int() })),
  }),
]);
export type DerivedFigure = z.infer<typeof derivedFigure>;

export const checklistItemView = z.object({
  id: z.string(),
  title: z.string(),
  explanation: z.string(),
  /** "Title, publisher (area)" of the source document(s). */
  source: z.string().nullable(),
  derivedKind: z.enum(DERIVED_KINDS).nullable(),
  derived: derivedFigure.nullable(),
  status,
  since: z.string().nullable(),
  evidence: z.string().nullable(),
  confirmedBy: z.string().nullable().describe('Naam van wie het bevestigde; leeg zolang niemand het deed (of het account is opgeruimd)'),
  confirmedAt: z.iso.datetime().nullable(),
});
export type ChecklistItemView = z.infer<typeof checklistItemView>;

export const checklistView = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    items: z.array(checklistItemView),
  })
  .meta({ id: 'Basisniveau' });
export type ChecklistView = z.infer<typeof checklistView>;

/** The regiobeheerder's matrix: per point and municipality its status, nothing else. */
export const regionMatrixView = z
  .object({
    region: z.object({ id: z.string(), name: z.string() }),
    items: z.array(z.object({ id: z.string(), title: z.string(), short: z.string() })),
    municipalities: z.array(z.object({ code: z.string(), name: z.string(), statuses: z.record(z.string(), status) })),
  })
  .meta({ id: 'BasisniveauRegio' });
export type RegionMatrixView = z.infer<typeof regionMatrixView>;
