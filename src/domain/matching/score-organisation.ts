import { type MatchScore, combine, type Component } from './match-score';
import type { NormalisedAddress } from './normalise-address';
import type { NormalisedOrganisation } from './normalise-organisation';
import { reason } from './reasons';
import { scoreAddress } from './score-address';
import { damerauLevenshtein, trigramSimilarity } from './string-similarity';

/** What is known of an organisation: a name, and its KVK number, branch and address when known. */
export type OrganisationRecord = {
  name: NormalisedOrganisation;
  kvkNumber?: string;
  vestigingsnummer?: string;
  address?: NormalisedAddress;
};

export const ORGANISATION_WEIGHTS = { name: 0.6, address: 0.4 } as const;

/**
 * How alike two organisations are. The KVK number identifies the legal entity and decides when
 * both have one; different KVK numbers under one name are different entities (a holding and its
 * operating company), so the score is capped. Otherwise name and address count.
 */
export function scoreOrganisation(query: OrganisationRecord, candidate: OrganisationRecord): MatchScore {
  const components: Component[] = [{ weight: ORGANISATION_WEIGHTS.name, ...compareOrganisationNames(query.name, candidate.name) }];
  if (query.address && candidate.address) {
    const address = scoreAddress(query.address, candidate.address);
    components.push({ weight: ORGANISATION_WEIGHTS.address, similarity: address.score, reasons: address.reasons });
  }
  const byName = combine(components);
  if (query.vestigingsnummer && query.vestigingsnummer === candidate.vestigingsnummer) {
    return { score: 1, reasons: [reason.branchEqual, ...byName.reasons] };
  }
  if (query.kvkNumber && candidate.kvkNumber) {
    if (query.kvkNumber === candidate.kvkNumber) return { score: Math.max(0.95, byName.score), reasons: [reason.kvkEqual, ...byName.reasons] };
    return { score: Math.min(0.3, byName.score), reasons: [reason.kvkDiffers(query.kvkNumber, candidate.kvkNumber), ...byName.reasons] };
  }
  return byName;
}

function compareOrganisationNames(q: NormalisedOrganisation, c: NormalisedOrganisation): { similarity: number; reasons: string[] } {
  if (q.name === c.name) {
    const sameForm = q.legalForms.join(' ') === c.legalForms.join(' ');
    return sameForm
      ? { similarity: 1, reasons: [reason.organisationNameEqual] }
      : { similarity: 0.95, reasons: [reason.organisationNameEqualWithoutLegalForm] };
  }
  if (q.key !== '' && q.key === c.key) return { similarity: 0.9, reasons: [reason.organisationNameEqualWithoutSpaces] };
  if (wordTypos(q.name, c.name)) return { similarity: 0.9, reasons: [reason.organisationNameTypo(q.name, c.name)] };
  const trigram = trigramSimilarity(q.name, c.name);
  if (trigram >= 0.4) {
    return { similarity: 0.85 * trigram, reasons: [reason.organisationNameLike(q.name, c.name, Math.round(trigram * 100))] };
  }
  return { similarity: 0, reasons: [reason.organisationNameDiffers(q.name, c.name)] };
}

/**
 * The same words but for typing errors: one in a word of four letters or more, two in a word of
 * eight or more ('Nageldtudio' for 'Nagelstudio', 'Bouwbedrjif' for 'Bouwbedrijf'). Trigrams
 * punish a typo in a short name too hard for a name the AF typed from a business card.
 */
function wordTypos(a: string, b: string): boolean {
  const aw = a.split(' ');
  const bw = b.split(' ');
  if (aw.length !== bw.length) return false;
  return aw.every((w, i) => {
    const o = bw[i]!;
    if (w === o) return true;
    const distance = damerauLevenshtein(w, o);
    const shorter = Math.min(w.length, o.length);
    return (distance === 1 && shorter >= 4) || (distance === 2 && shorter >= 8);
  });
}
