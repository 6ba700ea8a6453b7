import { describe, expect, it } from 'vitest';
import { setOutcomeContacts } from '../routemap/edit-map';
import { contactChoices, withUsedNationalPartners } from './pack-contacts';
import { regionPackOf } from './region-pack';
import { validContentFiles } from './test-fixtures';
import { validateRegionPack } from './validate-region-pack';

const context = validContentFiles();
const pack = () => structuredClone(regionPackOf(context, 'proefregio')!);

describe('the contacts an outcome may name', () => {
  it('are the region’s partners first, then the national ones', () => {
    expect(contactChoices(pack(), context).map((c) => [c.partner.id, c.national])).toEqual([
      ['zvh', false],
      ['alarmnummer', true],
      ['nla', true],
      ['politie', true],
    ]);
  });

  it('add to nationalPartners every national partner of the contacts the maps use', () => {
    const draft = { ...pack(), nationalPartners: ['alarmnummer', 'nla'] };
    draft.routemaps[0] = setOutcomeContacts(draft.routemaps[0]!, 'nla', ['nla-meldpunt', 'politie-avim']);
    expect(validateRegionPack(draft, context).map((i) => i.message)).toContainEqual(expect.stringContaining('zet "politie" bij nationalPartners'));
    const kept = withUsedNationalPartners(draft, context);
    expect(kept.nationalPartners).toEqual(['alarmnummer', 'nla', 'politie']);
    expect(validateRegionPack(kept, context)).toEqual([]);
    expect(withUsedNationalPartners(kept, context)).toBe(kept);
  });
});
