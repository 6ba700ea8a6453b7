import { damerauLevenshtein } from './string-similarity';
import { type NormalisedAddress, formatHouseNumberParts } from './normalise-address';
import { type MatchScore, round } from './match-score';
import { reason } from './reasons';

/**
 * How alike two addresses are. Postcode and house number identify a building entrance, so they
 * weigh most; the huisletter and toevoeging tell dwellings in it apart, so a different letter
 * (12a ↔ 12b) is a neighbour, not the same home, while a missing one is often just left off.
 */
export function scoreAddress(query: NormalisedAddress, candidate: NormalisedAddress): MatchScore {
  const a = formatHouseNumberParts(query);
  const b = formatHouseNumberParts(candidate);
  const sameNumber = query.houseNumber === candidate.houseNumber;

  let base: number;
  const reasons: string[] = [];
  if (query.postcode && candidate.postcode) {
    if (query.postcode === candidate.postcode) {
      if (!sameNumber) return { score: 0.2, reasons: [reason.samePostcodeOtherNumber(a, b)] };
      base = 1;
      reasons.push(reason.postcodeAndNumberEqual);
    } else if (sameNumber && damerauLevenshtein(query.postcode, candidate.postcode) === 1 && sameStreet(query, candidate)) {
      base = 0.8;
      reasons.push(reason.postcodeTypo(query.postcode, candidate.postcode));
    } else {
      return { score: 0, reasons: [reason.otherAddress] };
    }
  } else if (sameNumber && (sameStreet(query, candidate) || streetTypo(query, candidate))) {
    const samePlace = query.place !== undefined && query.place === candidate.place;
    base = samePlace ? 0.9 : 0.7;
    if (!samePlace && query.place && candidate.place) return { score: 0, reasons: [reason.otherAddress] };
    if (sameStreet(query, candidate)) {
      reasons.push(samePlace ? reason.streetNumberPlaceEqual : reason.streetAndNumberEqual);
    } else {
      // A street name typed one letter off ("Keerkstraat") is still the street, a little less sure.
      base -= 0.1;
      reasons.push(reason.streetLike(query.street!, candidate.street!));
    }
  } else {
    return { score: 0, reasons: [reason.otherAddress] };
  }

  if (query.houseLetter !== candidate.houseLetter) {
    if (query.houseLetter && candidate.houseLetter) {
      base *= 0.5;
      reasons.push(reason.houseLetterDiffers(a, b));
    } else {
      base *= 0.8;
      reasons.push(reason.houseLetterMissing(a, b));
    }
  }
  if (query.addition !== candidate.addition) {
    if (query.addition && candidate.addition) {
      base *= 0.6;
      reasons.push(reason.additionDiffers(a, b));
    } else {
      base *= 0.85;
      reasons.push(reason.additionMissing(a, b));
    }
  }
  return { score: round(base), reasons };
}

/** One typing error (a letter wrong, missing, extra or two swapped) in a street name of six letters or more. */
function streetTypo(a: NormalisedAddress, b: NormalisedAddress): boolean {
  if (a.street === undefined || b.street === undefined || Math.min(a.street.length, b.street.length) < 6) return false;
  return damerauLevenshtein(a.street, b.street) === 1;
}

function sameStreet(a: NormalisedAddress, b: NormalisedAddress): boolean {
  return a.street !== undefined && a.street === b.street;
}
