import { Readable } from 'node:stream';
import { ADDRESS_COLUMNS } from '../../domain/registers/address-row';
import { ORGANISATION_COLUMNS } from '../../domain/registers/organisation-row';
import { PERSON_COLUMNS } from '../../domain/registers/person-row';
import { systemContext } from '../context/context';
import { run } from '../context/run';
import type { Services } from '../context/services';
import { importAddresses } from '../registers/import/import-addresses';
import { importOrganisations } from '../registers/import/import-organisations';
import { importPersons } from '../registers/import/import-persons';

/**
 * The demo's registers: a few records of Leiden's enforcement department and the BAG and KVK
 * entries of the demo signals' addresses and businesses, so the enrichment step shows candidates.
 * Every name here is invented; addresses and KVK numbers are made up for the demo.
 */
const PERSONS = [
  'HH-2024-0113,Ion,,Popescu,1983,Lammenschansweg,41,,,2324KA,Leiden,Controle kamerbewoning 2024: negen bewoners op één adres',
  'HH-2024-0188,Marius,,Popa,1984-06,Lammenschansweg,41,,,2324KA,Leiden,Ingeschreven zonder huurcontract',
  'HH-2024-0240,Thi Lan,,Nguyễn,1999,Haarlemmerstraat,88,,,2312DX,Leiden,Illegale bewoning achter de nagelstudio (2024)',
  'HH-2025-0031,Kevin,,Bakker,2010-04,Kanaalweg,3,,,2321BW,Leiden,Melding overlast jongeren',
];

const ADDRESSES = [
  'Lammenschansweg;41;;;2324KA;Leiden;Leiden;Zuid-Holland;0546200000041001',
  'Haarlemmerstraat;88;;;2312DX;Leiden;Leiden;Zuid-Holland;0546200000088001',
  'Oude Vest;7;A;;2316AB;Leiden;Leiden;Zuid-Holland;0546200000007001',
  'Kanaalweg;3;;;2321BW;Leiden;Leiden;Zuid-Holland;0546200000003001',
];

const ORGANISATIONS = [
  '87654321,000087654321,Flexwerk Holland Uitzend B.V.,Flexwerk|Flexwerk Holland,Lammenschansweg,41,,,2324KA,Leiden',
  '23456789,000023456789,Kwekerij Groenrijk V.O.F.,Groenrijk,Kasweg,12,,,2691HA,\'s-Gravenzande',
  '34567890,000034567890,Lotus Beauty B.V.,Nails & Beauty Lotus,Haarlemmerstraat,88,,,2312DX,Leiden',
];

const file = (header: readonly string[], rows: string[], separator: string) => Readable.from([[header.join(separator), ...rows].join('\n')]);

export async function seedDemoRegisters(services: Services): Promise<void> {
  const installation = systemContext(services, { name: 'systeem' });
  await run(systemContext(services, { name: 'systeem', municipality: 'GM0546' }), importPersons, { source: 'Handhaving', file: file(PERSON_COLUMNS, PERSONS, ',') });
  await run(installation, importAddresses, { file: file(ADDRESS_COLUMNS, ADDRESSES, ';') });
  await run(installation, importOrganisations, { file: file(ORGANISATION_COLUMNS, ORGANISATIONS, ',') });
}
