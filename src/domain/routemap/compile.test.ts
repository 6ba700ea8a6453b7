import { describe, expect, it } from 'vitest';
import { indexContacts } from '../content/compile-contact';
import { compileRouteMap } from './compile';
import { fixturePartners, fixtureSources, validMapFile } from './test-fixtures';
import { walk } from './walk';

describe('compileRouteMap', () => {
  const contacts = indexContacts(fixturePartners());
  const sources = new Map(fixtureSources().map((s) => [s.id, s]));

  it('resolves texts to the requested language, falling back to Dutch', () => {
    const en = compileRouteMap(validMapFile(), contacts, 'en', sources);
    expect(en.title).toBe('Test: person');
    const start = en.nodes[en.start];
    expect(start?.type === 'question' && start.text).toBe('Acute danger?');
    expect(start?.type === 'question' && start.options.map((o) => o.label)).toEqual(['Yes', 'Nee']);
    expect(compileRouteMap(validMapFile(), contacts, 'nl', sources).title).toBe('Proef: persoon');
  });

  it('keeps the file order of the nodes for printing', () => {
    const map = compileRouteMap(validMapFile(), contacts, 'nl', sources);
    expect(map.order).toEqual(validMapFile().nodes.map((n) => n.id));
  });

  it('resolves exactly the contacts the map uses, with partner name and description', () => {
    const map = compileRouteMap(validMapFile(), contacts, 'en', sources);
    expect(Object.keys(map.contacts).sort()).toEqual(['alarmnummer-112', 'nla-meldpunt', 'politie-avim', 'zvh-haaglanden', 'zvh-hollands-midden']);
    expect(map.contacts['nla-meldpunt']).toMatchObject({
      name: 'NLA – Reporting line',
      partner: 'nla',
      description: 'Netherlands Labour Authority',
      phone: '0800-5151',
      email: null,
    });
    expect(map.contacts['zvh-hollands-midden']).toMatchObject({ subregion: 'hollands-midden', unverified: 'spatie in het e-mailadres verwijderd' });
  });

  it('does not repeat the partner name when the label already says it', () => {
    const map = compileRouteMap(validMapFile(), contacts, 'nl', sources);
    expect(map.contacts['alarmnummer-112']?.name).toBe('Alarmnummer');
    expect(map.contacts['zvh-haaglanden']?.name).toBe('Zorg- en Veiligheidshuis – Haaglanden');
  });

  it('gives a compiled map the walk engine can follow', () => {
    const result = walk(compileRouteMap(validMapFile(), contacts, 'nl', sources), ['no', 'yes', 'labour'], { subregion: null });
    expect(result.status === 'outcome' && result.outcome.contacts.map((c) => c.phone)).toEqual(['0800-5151']);
  });

  describe('version', () => {
    const version = (map = validMapFile(), partners = fixturePartners(), lang: 'nl' | 'en' = 'nl') =>
      compileRouteMap(map, indexContacts(partners), lang, sources).version;

    it('is stable for the same content and the same in every language', () => {
      expect(version()).toBe(version());
      expect(version(validMapFile(), fixturePartners(), 'en')).toBe(version());
      expect(version()).toMatch(/^[0-9a-f]{16}$/);
    });

    it('changes when the map changes', () => {
      const changed = validMapFile();
      const outcome = changed.nodes.find((n) => n.id === 'nla');
      if (outcome?.type === 'outcome') outcome.text = 'Meld bij de Arbeidsinspectie';
            expect(version(changed)).not.toBe(version());
    });

    it('changes when a contact the map uses changes, not when another one does', () => {
      const used = fixturePartners();
      used[1]!.contacts[0]!.phone = '0800-5152';
      expect(version(validMapFile(), used)).not.toBe(version());
      const unused = [
        ...fixturePartners(),
        { id: 'shop', name: 'SHOP', description: 'x', regions: [], source: 'test', contacts: [{ id: 'shop-zoco', label: 'Zorgcoördinatie', phone: '070-3614747', verifiedOn: '2025-01-01' }] },
      ];
      expect(version(validMapFile(), unused)).toBe(version());
    });

    it('does not depend on the key order of the source data', () => {
      const map = validMapFile();
      const reordered = Object.fromEntries(Object.entries(map).reverse()) as typeof map;
      expect(version(reordered)).toBe(version());
    });
  });
});
