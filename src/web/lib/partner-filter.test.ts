import { describe, expect, it } from 'vitest';
import type { PartnerView } from '../api/types';
import { filterPartners } from './partner-filter';

const contact = (name: string) => ({
  id: name,
  name,
  partner: 'p',
  description: '',
  phone: null,
  email: null,
  url: 'https://example.nl',
  hours: null,
  note: null,
  subregion: null,
  verifiedOn: '2025-01-01',
  unverified: null,
});

const partners: PartnerView[] = [
  { id: 'zvh', name: 'Zorg- en Veiligheidshuis Haaglanden', description: 'Complexe casussen', regions: [], source: 's', contacts: [contact('Algemeen')] },
  { id: 'shop', name: 'SHOP', description: 'Zorgcoördinatie en opvang', regions: [], source: 's', contacts: [contact('SHOP – mobiel')] },
];

describe('filterPartners', () => {
  it('keeps everything for an empty query', () => {
    expect(filterPartners(partners, '  ')).toHaveLength(2);
  });

  it('matches name, description and contact labels, ignoring case and accents', () => {
    expect(filterPartners(partners, 'veiligheidshuis').map((p) => p.id)).toEqual(['zvh']);
    expect(filterPartners(partners, 'zorgcoordinatie').map((p) => p.id)).toEqual(['shop']);
    expect(filterPartners(partners, 'MOBIEL').map((p) => p.id)).toEqual(['shop']);
  });

  it('requires every word', () => {
    expect(filterPartners(partners, 'shop casussen')).toEqual([]);
  });
});
