import { describe, expect, it } from 'vitest';
import { buildContent } from './build-content';
import { regionPackOf } from './region-pack';
import { isStale, staleContactsOfContent, staleContactsOfPack, verifiedDueBefore } from './stale-contacts';
import { validContentFiles } from './test-fixtures';

describe('which contacts must be checked again', () => {
  it('a check is a year old on the same calendar date a year later', () => {
    expect(verifiedDueBefore('2026-12-07')).toBe('2025-12-07');
    expect(isStale('2025-12-07', '2026-12-07')).toBe(true);
    expect(isStale('2025-12-08', '2026-12-07')).toBe(false);
    expect(isStale('2026-12-07', '2026-12-07')).toBe(false);
  });

  it('a check on 29 February is a year old on 28 February', () => {
    expect(verifiedDueBefore('2029-02-28')).toBe('2028-02-28');
    expect(isStale('2028-02-29', '2029-02-28')).toBe(false);
    expect(isStale('2028-02-29', '2029-03-01')).toBe(true);
  });

  it('a contact without a (readable) check date is stale', () => {
    expect(isStale(undefined, '2026-12-07')).toBe(true);
    expect(isStale('', '2026-12-07')).toBe(true);
    expect(isStale('gisteren', '2026-12-07')).toBe(true);
  });
});

describe('stale contacts of a region', () => {
  const files = validContentFiles();

  it('in a pack: the own partners, with partner and contact names', () => {
    const pack = structuredClone(regionPackOf(files, 'proefregio')!);
    pack.partners[0]!.contacts[0]!.verifiedOn = '2026-06-01';
    expect(staleContactsOfPack(pack, '2026-12-07')).toEqual([
      { partnerId: 'zvh', partnerName: 'Zorg- en Veiligheidshuis', contactId: 'zvh-hollands-midden', contactName: 'Zorg- en Veiligheidshuis – Hollands Midden', verifiedOn: '2025-01-01' },
    ]);
    expect(staleContactsOfPack(pack, '2025-12-31')).toEqual([]);
  });

  it('in the served content: a region sees its own partners, the national region the national ones', () => {
    const content = buildContent(files);
    expect(staleContactsOfContent(content, 'proefregio', '2026-12-07').map((c) => c.contactId)).toEqual(['zvh-haaglanden', 'zvh-hollands-midden']);
    expect(staleContactsOfContent(content, 'landelijk', '2026-12-07').map((c) => c.contactId)).toEqual(['alarmnummer-112', 'nla-meldpunt', 'politie-avim']);
    expect(staleContactsOfContent(content, 'landelijk', '2026-12-07', 'en')[1]!.contactName).toBe('NLA – Reporting line');
    expect(staleContactsOfContent(content, 'onbekend', '2026-12-07')).toEqual([]);
  });
});
