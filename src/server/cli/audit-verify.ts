import { verifyAuditChain } from '../audit/verify-chain';
import type { Database } from '../db/client';
import type { CliOutput } from './output';

/** `signaalroute audit verify`: exit 0 when every chain holds, 1 with the first broken link. */
export async function auditVerify(database: Database, out: CliOutput): Promise<number> {
  const report = await verifyAuditChain(database.db);
  if (report.ok) {
    out.log(`Audittrail in orde: ${report.records} records in ${report.chains} keten(s), alle hashes kloppen.`);
    return 0;
  }
  const { id, municipality, seq, reason } = report.broken;
  const what = reason === 'changed' ? 'de inhoud past niet meer bij de hash (gewijzigd)' : 'de voorganger ontbreekt of staat op een andere plaats';
  out.error(
    `Audittrail VERBROKEN bij record ${id} (keten ${municipality ?? 'zonder gemeente'}, volgnummer ${seq}): ${what}. ` +
      `Records vanaf hier zijn niet meer betrouwbaar; meld dit bij de CISO.`,
  );
  return 1;
}
