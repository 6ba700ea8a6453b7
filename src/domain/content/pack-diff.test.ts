import { describe, expect, it } from 'vitest';
import { diffPacks } from './pack-diff';
import { regionPackOf } from './region-pack';
import type { RegionPack } from './region-pack-schema';
import { validContentFiles } from './test-fixtures';

const files = validContentFiles();
const base = regionPackOf(files, 'proefregio')!;
const national = regionPackOf(files, files.regions.data.regions.find((r) => r.fallback)!.id)!;

function changed(pack: RegionPack, change: (p: RegionPack) => void): RegionPack {
  const copy = structuredClone(pack);
  change(copy);
  return copy;
}

const diff = (before: RegionPack, after: RegionPack) => diffPacks(before, after, { from: 1, to: 2 }).changes;

describe('diffPacks', () => {
  it('finds nothing between equal packs, whatever their key order', () => {
    const reordered = JSON.parse(JSON.stringify(base, Object.keys(base).reverse())) as RegionPack;
    expect(diff(base, structuredClone(base))).toEqual([]);
    expect(diff(base, { ...reordered, ...base })).toEqual([]);
    expect(diffPacks(base, base, { from: 3, to: 5 })).toMatchObject({ region: 'proefregio', from: 3, to: 5, changes: [] });
  });

  it('names a changed question text by map and node, with the text before and after', () => {
    const map = base.routemaps[0]!;
    const question = map.nodes.find((n) => n.type === 'question')!;
    const after = changed(base, (p) => {
      const node = p.routemaps[0]!.nodes.find((n) => n.id === question.id)!;
      if (node.type === 'question') node.text = 'Een nieuwe vraag?';
    });
    expect(diff(base, after)).toEqual([
      { part: 'node', id: `${map.id}/${question.id}`, change: 'changed', label: 'Een nieuwe vraag?', fields: [{ field: 'text', before: question.type === 'question' ? question.text : null, after: 'Een nieuwe vraag?' }] },
    ]);
  });

  it('shows a reconnected option as a changed edge and a new node as added', () => {
    const map = base.routemaps[0]!;
    const question = map.nodes.find((n) => n.type === 'question')!;
    if (question.type !== 'question') throw new Error('fixture has a question');
    const elsewhere = map.nodes.find((n) => n.id !== question.id && n.id !== question.options[0]!.next)!.id;
    const after = changed(base, (p) => {
      const m = p.routemaps[0]!;
      const q = m.nodes.find((n) => n.id === question.id)!;
      if (q.type === 'question') q.options[0]!.next = elsewhere;
      m.nodes.push({ id: 'nieuwe-uitkomst', type: 'outcome', title: 'Nieuw', text: 'Nieuwe uitkomst', contacts: [] });
    });
    expect(diff(base, after).map((c) => [c.part, c.id, c.change, c.fields])).toEqual([
      ['node', `${map.id}/nieuwe-uitkomst`, 'added', []],
      ['edge', `${map.id}/${question.id}/0`, 'changed', [{ field: 'next', before: question.options[0]!.next, after: elsewhere }]],
    ]);
  });

  it('finds a new phone number of a contact, a removed partner, a municipality that left and a changed document', () => {
    const partner = base.partners[0]!;
    const contact = partner.contacts[0]!;
    const after = changed(base, (p) => {
      p.partners[0]!.contacts[0]!.phone = '070-1234567';
      p.municipalities.pop();
      p.sources[0] = { ...p.sources[0]!, title: 'Nieuwe titel' };
    });
    const changes = diff(base, after);
    expect(changes).toContainEqual({ part: 'contact', id: `${partner.id}/${contact.id}`, change: 'changed', label: expect.stringContaining(partner.name), fields: [{ field: 'phone', before: contact.phone, after: '070-1234567' }] });
    expect(changes).toContainEqual(expect.objectContaining({ part: 'municipality', id: base.municipalities.at(-1)!.code, change: 'removed' }));
    expect(changes).toContainEqual(expect.objectContaining({ part: 'source', id: base.sources[0]!.id, change: 'changed', fields: [{ field: 'title', before: base.sources[0]!.title, after: 'Nieuwe titel' }] }));
    const without = changed(base, (p) => p.partners.shift());
    expect(diff(base, without).filter((c) => c.part === 'partner')).toEqual([{ part: 'partner', id: partner.id, change: 'removed', label: partner.name, fields: [] }]);
  });

  it('lists knowledge items by id: a changed signal of a form of exploitation', () => {
    const form = national.knowledge!.forms[0]!;
    const signal = form.signals[0]!;
    const after = changed(national, (p) => {
      p.knowledge!.forms[0]!.signals[0]!.text = 'Een aangepast signaal';
    });
    expect(diff(national, after)).toEqual([
      { part: 'knowledge', id: `forms/${form.id}/signals/${signal.id}`, change: 'changed', label: 'Een aangepast signaal', fields: [{ field: 'text', before: signal.text, after: 'Een aangepast signaal' }] },
    ]);
  });
});
