import { describe, expect, it } from 'vitest';
import { addContact, addPartner, markVerified, optional, optionalText, removeContact, removePartner, setPartnerSource, updateContact } from './edit-partners';
import { partnerFieldIssues } from './partner-field-issues';
import { regionPackOf } from './region-pack';
import { regionPackSchema } from './region-pack-schema';
import { validateRegionPack } from './validate-region-pack';
import { validContentFiles } from './test-fixtures';

const files = validContentFiles();
const pack = () => regionPackOf(files, 'proefregio')!;

describe('editing the partners of a pack', () => {
  it('adds a partner of the region with an empty, never-checked contact whose ids are free', () => {
    const before = pack();
    const { pack: after, index } = addPartner(before, new Set(['nieuwe-partner-1']));
    expect(before.partners).toHaveLength(1);
    expect(after.partners[index]).toEqual({
      id: 'nieuwe-partner-2',
      name: '',
      description: { nl: '' },
      regions: ['proefregio'],
      contacts: [{ id: 'nieuwe-partner-2-1', label: { nl: '' }, verifiedOn: '' }],
    });
    expect(partnerFieldIssues(after).map((i) => i.path.slice(2).join('.'))).toEqual(['name', 'description', 'contacts.0.label', 'contacts.0.phone', 'contacts.0.verifiedOn']);
    const national = addPartner(regionPackOf(files, 'landelijk')!);
    expect(national.pack.partners[national.index]!.regions).toEqual([]);
  });

  it('adds, changes and removes contacts; an emptied optional field is left out', () => {
    let p = addContact(pack(), 0);
    expect(p.partners[0]!.contacts.map((c) => c.id)).toEqual(['zvh-haaglanden', 'zvh-hollands-midden', 'zvh-1']);
    p = updateContact(p, 0, 2, (c) => optional({ ...c, label: { nl: 'Regio' } }, 'phone', '070-1234567'));
    expect(p.partners[0]!.contacts[2]!.phone).toBe('070-1234567');
    p = updateContact(p, 0, 2, (c) => optional(c, 'phone', ''));
    expect('phone' in p.partners[0]!.contacts[2]!).toBe(false);
    p = removeContact(p, 0, 2);
    expect(p.partners[0]!.contacts).toHaveLength(2);
    expect(removePartner(p, 0).partners).toEqual([]);
  });

  it('"checked today" sets the date and drops the note that the details were repaired', () => {
    const p = markVerified(pack(), 0, 1, '2026-12-07');
    expect(p.partners[0]!.contacts[1]).toEqual({ id: 'zvh-hollands-midden', label: 'Hollands Midden', email: 'infoZVH@zvhhm.nl', subregion: 'hollands-midden', verifiedOn: '2026-12-07' });
  });

  it('sets the source document of a partner, one or several, or none', () => {
    let p = setPartnerSource(pack(), 0, '');
    expect('source' in p.partners[0]!).toBe(false);
    p = setPartnerSource(p, 0, 'test+ander');
    expect(p.partners[0]!.source).toEqual(['test', 'ander']);
    p = setPartnerSource(p, 0, 'test');
    expect(p.partners[0]!.source).toBe('test');
    expect(regionPackSchema.safeParse(p).success).toBe(true);
    expect(validateRegionPack(p, files)).toEqual([]);
  });

  it('writes a note per language; emptied in both, the note is left out', () => {
    let p = updateContact(pack(), 0, 0, (c) => optionalText(c, 'note', 'nl', 'Alleen voor professionals'));
    p = updateContact(p, 0, 0, (c) => optionalText(c, 'note', 'en', 'Professionals only'));
    expect(p.partners[0]!.contacts[0]!.note).toEqual({ nl: 'Alleen voor professionals', en: 'Professionals only' });
    expect(regionPackSchema.safeParse(p).success).toBe(true);
    expect(validateRegionPack(p, files)).toEqual([]);
    p = updateContact(p, 0, 0, (c) => optionalText(c, 'note', 'en', ''));
    expect(p.partners[0]!.contacts[0]!.note).toEqual({ nl: 'Alleen voor professionals' });
    p = updateContact(p, 0, 0, (c) => optionalText(c, 'note', 'nl', ''));
    expect('note' in p.partners[0]!.contacts[0]!).toBe(false);
  });

  it('deleting a contact a route map uses is not repaired: validation names the outcome', () => {
    const p = removeContact(pack(), 0, 0);
    expect(validateRegionPack(p, files).map((i) => i.message).join('\n')).toContain('zvh-haaglanden');
  });
});
