import type { Address, Organisation, Person, SignalSubmission } from '../signal/schema';
import { formatAddress } from '../signal/normalize';
import { type NormalisedAddress, parseHouseNumber } from './normalise-address';
import { parseDate } from './normalise-date';
import { normaliseName } from './normalise-name';
import { normaliseOrganisation } from './normalise-organisation';
import type { NormalisedQuery } from './query';

/** A person, organisation or address in a signal, ready to match: what the AF sees and what is compared. */
export type SignalSubject = NormalisedQuery & {
  /** "persons.0", "addresses.1": where it stands in the signal, so a decision names it. */
  subject: string;
  label: string;
};

function personSubject(person: Person, index: number): SignalSubject | undefined {
  if (!person.name) return undefined;
  const name = normaliseName(person.name);
  if (!name.surname) return undefined;
  const date = person.dateOfBirth ? parseDate(person.dateOfBirth) : undefined;
  return {
    kind: 'person',
    subject: `persons.${index}`,
    label: person.dateOfBirth ? `${person.name} (${person.dateOfBirth})` : person.name,
    record: date?.ok ? { name, birthDate: date.value } : { name },
  };
}

function organisationSubject(organisation: Organisation, index: number): SignalSubject {
  return {
    kind: 'organisation',
    subject: `organisations.${index}`,
    label: organisation.kvkNumber ? `${organisation.name} (KVK ${organisation.kvkNumber})` : organisation.name,
    record: organisation.kvkNumber ? { name: normaliseOrganisation(organisation.name), kvkNumber: organisation.kvkNumber } : { name: normaliseOrganisation(organisation.name) },
  };
}

/** A signal's address in the parts the scores compare; the form checked it, so it reads. */
export function signalAddress(address: Address): NormalisedAddress | undefined {
  const number = parseHouseNumber(`${address.houseNumber}${address.addition ? `-${address.addition}` : ''}`);
  if (!number.ok) return undefined;
  return { ...number.value, postcode: address.postcode.replace(/\s/g, '').toUpperCase() };
}

function addressSubject(address: Address, index: number): SignalSubject | undefined {
  const record = signalAddress(address);
  if (!record) return undefined;
  return { kind: 'address', subject: `addresses.${index}`, label: formatAddress(address), record };
}

/** Everything in a submission that can be matched: named persons, organisations, addresses. */
export function signalSubjects(submission: Pick<SignalSubmission, 'persons' | 'organisations' | 'addresses'>): SignalSubject[] {
  return [
    ...submission.persons.map(personSubject),
    ...submission.organisations.map(organisationSubject),
    ...submission.addresses.map(addressSubject),
  ].filter((s): s is SignalSubject => s !== undefined);
}
