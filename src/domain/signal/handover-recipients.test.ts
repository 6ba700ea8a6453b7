import { describe, expect, it } from 'vitest';
import type { PartnerView } from '../content/content';
import type { Contact } from '../routemap/compiled';
import { handoverPartners, isEmergencyNumber } from './handover-recipients';

const contact = (id: string, partner: string, extra: Partial<Contact> = {}): Contact => ({
  id,
  name: id,
  partner,
  description: '',
  phone: '070-1234567',
  email: null,
  url: null,
  hours: null,
  note: null,
  subregion: null,
  verifiedOn: '2025-01-01',
  unverified: null,
  ...extra,
});
const partner = (id: string, regions: string[], contacts: Contact[]): PartnerView => ({ id, name: id, description: '', regions, source: null, contacts });

const PARTNERS = [
  partner('alarmnummer-112', [], [contact('alarmnummer-112', 'alarmnummer-112', { phone: '112' })]),
  partner('politie', [], [contact('politie-avim', 'politie', { phone: '0900-8844' })]),
  partner('zvh-haaglanden', ['eenheid-den-haag'], [contact('zvh-haaglanden', 'zvh-haaglanden', { subregion: 'haaglanden' })]),
  partner('zvh-hollands-midden', ['eenheid-den-haag'], [contact('zvh-hollands-midden', 'zvh-hollands-midden', { subregion: 'hollands-midden' })]),
  partner('shop', ['eenheid-den-haag'], [contact('shop', 'shop'), contact('shop-hm', 'shop', { subregion: 'hollands-midden' })]),
  partner('essm', ['rotterdam-rijnmond'], [contact('essm', 'essm')]),
];
const ids = (list: PartnerView[]) => list.map((p) => p.id);

describe('handoverPartners', () => {
  it('offers a Leiden signal its own region, its own subregion and the national partners, not the other subregion', () => {
    const offered = handoverPartners(PARTNERS, { region: 'eenheid-den-haag', subregion: 'hollands-midden' });
    expect(ids(offered)).toEqual(['politie', 'zvh-hollands-midden', 'shop']);
    expect(offered.find((p) => p.id === 'shop')?.contacts.map((c) => c.id)).toEqual(['shop', 'shop-hm']);
  });

  it('offers a Den Haag signal the Haaglanden contacts only', () => {
    const offered = handoverPartners(PARTNERS, { region: 'eenheid-den-haag', subregion: 'haaglanden' });
    expect(ids(offered)).toEqual(['politie', 'zvh-haaglanden', 'shop']);
    expect(offered.find((p) => p.id === 'shop')?.contacts.map((c) => c.id)).toEqual(['shop']);
  });

  it('offers no partner of another region, and without a subregion no subregion-bound contact', () => {
    expect(ids(handoverPartners(PARTNERS, { region: 'rotterdam-rijnmond', subregion: null }))).toEqual(['politie', 'essm']);
    expect(ids(handoverPartners(PARTNERS, { region: 'eenheid-den-haag', subregion: null }))).toEqual(['politie', 'shop']);
  });

  it('never offers the emergency number, however it is written', () => {
    for (const place of [{ region: 'eenheid-den-haag', subregion: 'haaglanden' }, { region: 'landelijk', subregion: null }]) {
      expect(ids(handoverPartners(PARTNERS, place))).not.toContain('alarmnummer-112');
    }
    expect(isEmergencyNumber('112')).toBe(true);
    expect(isEmergencyNumber('1-1-2')).toBe(true);
    expect(isEmergencyNumber('0900-8844')).toBe(false);
    expect(isEmergencyNumber(null)).toBe(false);
  });
});
