import {
  candidate,
  type Candidate,
  formatAddressParts,
  type NormalisedAddress,
  normaliseOrganisation,
  normalisePlace,
  normaliseStreet,
  type NormalisedQuery,
  type RegisterLookup,
  scoreAddress,
  scoreOrganisation,
  type SignalSubject,
} from '../../domain/matching';
import type { Services } from '../context/services';
import type { LookupResult } from '../registers/lookup-result';

function lookupOf(register: RegisterLookup['register'], result: LookupResult<unknown>): RegisterLookup {
  return result.status === 'ok' ? { register, status: 'ok', message: null } : { register, status: result.status, message: result.message };
}

/** What the live registers gave for one query: candidates, and how each register answered. */
export interface LiveAnswer {
  candidates: Candidate[];
  lookups: RegisterLookup[];
}

/**
 * The live registers a municipality may have access to (Haal Centraal BAG, KVK Zoeken), asked
 * outside any database transaction: a slow register must not hold the database. Whatever they
 * answer — nothing, not linked, not reachable — the search shows the rest and says so.
 */
export async function findInLiveRegisters(services: Services, query: NormalisedQuery): Promise<LiveAnswer> {
  if (query.kind === 'address' && query.record.postcode) {
    const { postcode, houseNumber, houseLetter, addition } = query.record;
    const result = await services.registers.bag.lookupAddress({ postcode, houseNumber, ...(houseLetter ? { houseLetter } : {}), ...(addition ? { addition } : {}) });
    const found = result.status === 'ok' ? result.items : [];
    const candidates = found.map((a) => {
      const address: NormalisedAddress = { houseNumber: a.houseNumber, street: normaliseStreet(a.street), place: normalisePlace(a.place) };
      if (a.postcode) address.postcode = a.postcode;
      if (a.houseLetter) address.houseLetter = a.houseLetter.toUpperCase();
      if (a.addition) address.addition = a.addition.toUpperCase();
      const label = `${formatAddressParts(a)} (BAG)`;
      return candidate('addresses', a.nummeraanduiding, label, scoreAddress(query.record, address));
    });
    return { candidates, lookups: [lookupOf('bag', result)] };
  }
  if (query.kind === 'organisation') {
    const { kvkNumber, name } = query.record;
    const result = await services.registers.kvk.search({ ...(kvkNumber ? { kvkNumber } : {}), ...(name.original ? { name: name.original } : {}) });
    const found = result.status === 'ok' ? result.items : [];
    const candidates = found.map((o) => {
      const address: NormalisedAddress | undefined = o.houseNumber ? { houseNumber: o.houseNumber, ...(o.postcode ? { postcode: o.postcode } : {}) } : undefined;
      const record = { name: normaliseOrganisation(o.name), kvkNumber: o.kvkNumber, ...(o.branchNumber ? { vestigingsnummer: o.branchNumber } : {}), ...(address ? { address } : {}) };
      const where = o.houseNumber ? formatAddressParts({ ...o, houseNumber: o.houseNumber }) : [o.street, o.place].filter(Boolean).join(', ');
      return candidate('organisations', o.branchNumber ?? o.kvkNumber, `${o.name} (KVK ${o.kvkNumber})${where ? `, ${where}` : ''}`, scoreOrganisation(query.record, record));
    });
    return { candidates, lookups: [lookupOf('kvk', result)] };
  }
  return { candidates: [], lookups: [] };
}

/**
 * The live registers for every subject of a signal, asked at once (each client keeps its own
 * deadline, so the slowest register bounds the wait), by subject ("addresses.0").
 */
export async function findSubjectsInLiveRegisters(services: Services, subjects: readonly SignalSubject[]): Promise<Map<string, LiveAnswer>> {
  return new Map(await Promise.all(subjects.map(async (s) => [s.subject, await findInLiveRegisters(services, s)] as const)));
}
