import { describe, expect, it } from 'vitest';
import { addEntry, knowledgeFieldIssues, listSource, removeEntry, setListSource, updateEntry } from './edit-knowledge';
import { regionPackOf } from './region-pack';
import { validateRegionPack } from './validate-region-pack';
import { validContentFiles } from './test-fixtures';

const files = validContentFiles();
const knowledge = () => regionPackOf(files, 'landelijk')!.knowledge!;

describe('editing the knowledge lists', () => {
  it('reads and sets the document a whole list cites; different documents read as null', () => {
    const k = knowledge();
    expect(listSource(k, { kind: 'signals', form: 0 })).toBe('test');
    const none = setListSource(k, { kind: 'signals', form: 0 }, '');
    expect(none.forms[0]!.signals.every((s) => !('source' in s))).toBe(true);
    expect(listSource(none, { kind: 'signals', form: 0 })).toBe('');
    const mixed = updateEntry(none, { kind: 'signals', form: 0 }, 1, (s) => ({ ...s, source: 'test' }));
    expect(listSource(mixed, { kind: 'signals', form: 0 })).toBeNull();
    expect(k.forms[0]!.signals[0]!.source).toBe('test');
  });

  it('adds an empty entry with a free id and the list\'s document, which must be filled in', () => {
    const { knowledge: k, id } = addEntry(knowledge(), { kind: 'signals', form: 0 });
    expect(id).toBe('sexual-3');
    expect(k.forms[0]!.signals[2]).toEqual({ id: 'sexual-3', text: { nl: '' }, source: 'test' });
    expect(knowledgeFieldIssues(k)).toEqual([expect.objectContaining({ path: ['knowledge', 'forms', 0, 'signals', 2, 'text'], message: 'signalen van sexual, "sexual-3": de Nederlandse tekst ontbreekt' })]);
    const group = addEntry(k, { kind: 'riskGroups' });
    expect(knowledgeFieldIssues(group.knowledge).map((i) => i.path.join('.'))).toContain('knowledge.riskGroups.1.forms');
  });

  it('an emptied list and an unknown document are problems', () => {
    const k = removeEntry(knowledge(), { kind: 'hindering' }, 0);
    expect(knowledgeFieldIssues(k)).toEqual([expect.objectContaining({ path: ['knowledge', 'conversation', 'hindering'], message: 'wat het gesprek belemmert: de lijst heeft ten minste één onderdeel' })]);
    const pack = { ...regionPackOf(files, 'landelijk')!, knowledge: setListSource(knowledge(), { kind: 'sectors' }, 'bestaat-niet') };
    expect(validateRegionPack(pack, files).map((i) => i.message).join('\n')).toContain('bestaat-niet');
  });
});
