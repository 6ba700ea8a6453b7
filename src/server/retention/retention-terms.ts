import { eq } from 'drizzle-orm';
import { DEFAULT_RETENTION_TERMS, type RetentionTerms } from '../../domain/retention';
import { municipalitySettings } from '../db/schema';
import type { Tx } from '../db/tenant';

export interface StoredTerms {
  terms: RetentionTerms;
  /** The beheerder who last set them; null while the defaults apply. */
  setByUserId: string | null;
  /** When the beheerder last set them; null while the defaults apply. */
  setAt: Date | null;
}

type SettingsRow = typeof municipalitySettings.$inferSelect;

/** The terms a settings row holds; a term the beheerder never set is the default. */
export function termsFrom(row: SettingsRow | undefined): StoredTerms {
  return {
    terms: {
      closedMonths: row?.retentionClosedMonths ?? DEFAULT_RETENTION_TERMS.closedMonths,
      handedOverMonths: row?.retentionHandedOverMonths ?? DEFAULT_RETENTION_TERMS.handedOverMonths,
      draftDays: row?.retentionDraftDays ?? DEFAULT_RETENTION_TERMS.draftDays,
      userMonths: row?.retentionUserMonths ?? DEFAULT_RETENTION_TERMS.userMonths,
      registerMonths: row?.retentionRegisterMonths ?? DEFAULT_RETENTION_TERMS.registerMonths,
      auditMonths: row?.retentionAuditMonths ?? DEFAULT_RETENTION_TERMS.auditMonths,
    },
    setByUserId: row?.retentionSetByUserId ?? null,
    setAt: row?.retentionSetAt ?? null,
  };
}

export async function retentionTermsOf(tx: Tx, municipality: string): Promise<StoredTerms> {
  const [row] = await tx.select().from(municipalitySettings).where(eq(municipalitySettings.municipality, municipality));
  return termsFrom(row);
}

/** The terms of every municipality that set any, by code; the others keep the defaults. */
export async function allRetentionTerms(tx: Tx): Promise<(municipality: string) => StoredTerms> {
  const rows = new Map((await tx.select().from(municipalitySettings)).map((row) => [row.municipality, row]));
  return (municipality) => termsFrom(rows.get(municipality));
}
