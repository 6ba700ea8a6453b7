import { verifyAuditChain } from '../audit/verify-chain';
import type { Keyring } from '../crypto/keyring';
import type { Database } from '../db/client';
import type { CliOutput } from './output';

const REASONS = {
  changed: 'de inhoud past niet meer bij de hash (gewijzigd)',
  'missing-or-reordered': 'de voorganger ontbreekt of staat op een andere plaats',
  checkpoint: 'de ondertekening van een controlepunt van de bewaartermijn klopt niet (of de sleutel ontbreekt)',
} as const;

/**
 * `signaalroute audit verify`: exit 0 when every chain holds, 1 with the first broken link. With the
 * key file at hand, the signatures of the checkpoints where retention cut a chain are checked too.
 */
export async function auditVerify(database: Database, keyring: Keyring | undefined, out: CliOutput): Promise<number> {
  const report = await verifyAuditChain(database.db, keyring);
  if (report.ok) {
    const cut = report.checkpoints
      ? ` Oudste regels verwijderd volgens de bewaartermijn: ${report.checkpoints} controlepunt(en), ${report.signaturesChecked ? 'ondertekening klopt' : 'ondertekening niet gecontroleerd (geen sleutelbestand)'}.`
      : '';
    out.log(`Audittrail in orde: ${report.records} records in ${report.chains} keten(s), alle hashes kloppen.${cut}`);
    return 0;
  }
  const { id, municipality, seq, reason } = report.broken;
  out.error(
    `Audittrail VERBROKEN bij ${reason === 'checkpoint' ? 'controlepunt' : 'record'} ${id} (keten ${municipality ?? 'zonder gemeente'}, volgnummer ${seq}): ${REASONS[reason]}. ` +
      `Records vanaf hier zijn niet meer betrouwbaar; meld dit bij de CISO.`,
  );
  return 1;
}
