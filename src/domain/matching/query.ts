import { z } from 'zod';
import { type NormalisedAddress, parseAddress, parseHouseNumber, parsePostcode } from './normalise-address';
import { parseDate } from './normalise-date';
import { normaliseName } from './normalise-name';
import { normaliseOrganisation, parseKvkNumber } from './normalise-organisation';
import { type Parsed, parsed, refused } from './parsed';
import type { OrganisationRecord } from './score-organisation';
import type { PersonRecord } from './score-person';

/** How many candidates a search returns at most, and by default. */
export const MATCH_LIMIT = { max: 50, default: 10 } as const;

const text = (max: number) => z.string().trim().min(1, 'mag niet leeg zijn').max(max, `maximaal ${max} tekens`);
const limit = z.number().int().min(1, 'ten minste 1').max(MATCH_LIMIT.max, `hoogstens ${MATCH_LIMIT.max}`).optional();

/**
 * What the AF searches for by hand, or what a signal holds (issue 8's API): a person by name with a
 * (partial) date of birth, an address as typed or in parts, an organisation by name or KVK number.
 */
export const matchQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), name: text(200), dateOfBirth: text(20).optional(), limit }).strict(),
  z
    .object({ kind: z.literal('address'), text: text(200).optional(), postcode: text(10).optional(), houseNumber: z.union([text(12), z.number().int()]).optional(), limit })
    .strict()
    .refine((q) => q.text !== undefined || (q.postcode !== undefined && q.houseNumber !== undefined), {
      message: 'geef het adres als tekst, of postcode en huisnummer',
      path: ['text'],
    }),
  z
    .object({ kind: z.literal('organisation'), name: text(200).optional(), kvkNumber: text(20).optional(), limit })
    .strict()
    .refine((q) => q.name !== undefined || q.kvkNumber !== undefined, { message: 'geef een naam of een KVK-nummer', path: ['name'] }),
]);
export type MatchQuery = z.infer<typeof matchQuerySchema>;

/** A query read into the records the scores compare. */
export type NormalisedQuery =
  | { kind: 'person'; record: PersonRecord }
  | { kind: 'address'; record: NormalisedAddress }
  | { kind: 'organisation'; record: OrganisationRecord };

/** Reads a query; a date, postcode, house number or KVK number that cannot be read is refused in Dutch. */
export function normaliseQuery(query: MatchQuery): Parsed<NormalisedQuery> {
  switch (query.kind) {
    case 'person': {
      const name = normaliseName(query.name);
      if (!name.surname) return refused(`In "${query.name}" staat geen achternaam.`);
      const record: PersonRecord = { name };
      if (query.dateOfBirth) {
        const date = parseDate(query.dateOfBirth);
        if (!date.ok) return date;
        record.birthDate = date.value;
      }
      return parsed({ kind: 'person', record });
    }
    case 'address': {
      if (query.text !== undefined) {
        const address = parseAddress(query.text);
        return address.ok ? parsed({ kind: 'address', record: address.value }) : address;
      }
      const postcode = parsePostcode(query.postcode ?? '');
      if (!postcode.ok) return postcode;
      const number = parseHouseNumber(String(query.houseNumber ?? ''));
      if (!number.ok) return number;
      return parsed({ kind: 'address', record: { postcode: postcode.value, ...number.value } });
    }
    case 'organisation': {
      const record: OrganisationRecord = { name: normaliseOrganisation(query.name ?? '') };
      if (query.kvkNumber) {
        const kvk = parseKvkNumber(query.kvkNumber);
        if (!kvk.ok) return kvk;
        record.kvkNumber = kvk.value;
      }
      return parsed({ kind: 'organisation', record });
    }
  }
}
