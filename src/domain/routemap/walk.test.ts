import { describe, expect, it } from 'vitest';
import type { CompiledRouteMap, Contact } from './compiled';
import { walk } from './walk';

// A compiled map written out by hand, so the engine is tested on its own (not through compile).
function contact(id: string, subregion: string | null = null): Contact {
  return {
    id,
    name: id,
    partner: id.split('-')[0]!,
    description: `beschrijving ${id}`,
    phone: '0800-5151',
    email: null,
    url: null,
    hours: null,
    note: null,
    subregion,
    verifiedOn: '2025-01-01',
    unverified: null,
  };
}

const map: CompiledRouteMap = {
  id: 'proef',
  title: 'Proefkaart',
  region: 'proefregio',
  description: 'Een kleine kaart voor de tests',
  source: 'test',
  version: 'v1',
  lang: 'nl',
  start: 'acuut',
  order: ['acuut', 'bel-112', 'aangifte', 'vorm', 'nla', 'avim', 'zorgen', 'zvh', 'niets'],
  nodes: {
    acuut: {
      id: 'acuut',
      type: 'question',
      text: 'Acuut gevaar?',
      help: 'Bij twijfel: ja',
      options: [
        { id: 'yes', label: 'Ja', next: 'bel-112' },
        { id: 'no', label: 'Nee', next: 'aangifte' },
      ],
    },
    'bel-112': { id: 'bel-112', type: 'outcome', title: 'Bel 112', text: 'Nu bellen', contacts: ['alarmnummer-112'] },
    aangifte: {
      id: 'aangifte',
      type: 'question',
      text: 'Aangifte?',
      help: null,
      options: [
        { id: 'yes', label: 'Ja', next: 'vorm' },
        { id: 'no', label: 'Nee', next: 'zorgen' },
      ],
    },
    vorm: {
      id: 'vorm',
      type: 'question',
      text: 'Welke vorm?',
      help: null,
      options: [
        { id: 'labour', label: 'Arbeid', next: 'nla' },
        { id: 'sexual', label: 'Seksueel', next: 'avim' },
      ],
    },
    nla: { id: 'nla', type: 'outcome', title: 'NLA', text: 'Bel de NLA', contacts: ['nla-meldpunt'] },
    avim: { id: 'avim', type: 'outcome', title: 'AVIM', text: 'Bel de politie', contacts: ['politie-avim'] },
    zorgen: {
      id: 'zorgen',
      type: 'question',
      text: 'Zorgen?',
      help: null,
      options: [
        { id: 'yes', label: 'Ja', next: 'zvh' },
        { id: 'no', label: 'Nee', next: 'niets' },
      ],
    },
    zvh: {
      id: 'zvh',
      type: 'outcome',
      title: 'Zorg- en Veiligheidshuis',
      text: 'Neem contact op',
      contacts: ['zvh-haaglanden', 'zvh-hollands-midden', 'shop-zorgcoordinatie'],
    },
    niets: { id: 'niets', type: 'outcome', title: 'Bespreek', text: 'Signalenoverleg', contacts: ['shop-zorgcoordinatie'] },
  },
  contacts: {
    'alarmnummer-112': contact('alarmnummer-112'),
    'nla-meldpunt': contact('nla-meldpunt'),
    'politie-avim': contact('politie-avim'),
    'zvh-haaglanden': contact('zvh-haaglanden', 'haaglanden'),
    'zvh-hollands-midden': contact('zvh-hollands-midden', 'hollands-midden'),
    'shop-zorgcoordinatie': contact('shop-zorgcoordinatie'),
  },
};

const anywhere = { subregion: null };
const ids = (contacts: Contact[]) => contacts.map((c) => c.id);

describe('walk', () => {
  it('starts at the start question with no answers', () => {
    const result = walk(map, [], anywhere);
    expect(result.status).toBe('question');
    if (result.status !== 'question') return;
    expect(result.step).toBe(1);
    expect(result.question.id).toBe('acuut');
    expect(result.question.help).toBe('Bij twijfel: ja');
    expect(result.question.options.map((o) => o.id)).toEqual(['yes', 'no']);
    expect(result.path).toEqual([]);
  });

  it('follows the answers to an outcome and records the path taken', () => {
    const result = walk(map, ['no', 'yes', 'labour'], anywhere);
    expect(result.status).toBe('outcome');
    if (result.status !== 'outcome') return;
    expect(result.outcome.id).toBe('nla');
    expect(ids(result.outcome.contacts)).toEqual(['nla-meldpunt']);
    expect(result.path.map((p) => [p.questionId, p.answerId, p.answer])).toEqual([
      ['acuut', 'no', 'Nee'],
      ['aangifte', 'yes', 'Ja'],
      ['vorm', 'labour', 'Arbeid'],
    ]);
  });

  it('stops at an intermediate question and numbers the step', () => {
    const result = walk(map, ['no', 'yes'], anywhere);
    expect(result).toMatchObject({ status: 'question', step: 3, question: { id: 'vorm' } });
  });

  it('reaches 112 with a single "yes"', () => {
    const result = walk(map, ['yes'], anywhere);
    expect(result.status === 'outcome' && ids(result.outcome.contacts)).toEqual(['alarmnummer-112']);
  });

  it('rejects an answer that is not an option, naming the step and the allowed answers', () => {
    const result = walk(map, ['no', 'yes', 'organ'], anywhere);
    expect(result).toEqual({
      status: 'error',
      code: 'invalid-answer',
      step: 3,
      questionId: 'vorm',
      answer: 'organ',
      allowed: ['labour', 'sexual'],
    });
  });

  it('rejects answers given after the outcome was reached', () => {
    const result = walk(map, ['yes', 'no'], anywhere);
    expect(result).toMatchObject({ status: 'error', code: 'past-outcome', step: 2, questionId: null, answer: 'no', allowed: [] });
  });

  describe('contacts bound to a subregion', () => {
    const zvhFor = (subregion: string | null) => {
      const result = walk(map, ['no', 'no', 'yes'], { subregion });
      if (result.status !== 'outcome') throw new Error(`expected an outcome, got ${result.status}`);
      return ids(result.outcome.contacts);
    };

    it('shows a Haaglanden municipality only the Haaglanden Zorg- en Veiligheidshuis', () => {
      expect(zvhFor('haaglanden')).toEqual(['zvh-haaglanden', 'shop-zorgcoordinatie']);
    });

    it('shows a Hollands Midden municipality only its own', () => {
      expect(zvhFor('hollands-midden')).toEqual(['zvh-hollands-midden', 'shop-zorgcoordinatie']);
    });

    it('never shows a municipality of either subregion both', () => {
      for (const subregion of ['haaglanden', 'hollands-midden']) {
        const shown = zvhFor(subregion);
        expect(shown.filter((id) => id.startsWith('zvh-'))).toHaveLength(1);
      }
    });

    it('shows every bound contact when the municipality is not known', () => {
      expect(zvhFor(null)).toEqual(['zvh-haaglanden', 'zvh-hollands-midden', 'shop-zorgcoordinatie']);
    });

    it('shows a subregion without a contact of its own in the outcome every bound contact rather than none', () => {
      expect(zvhFor('elders')).toEqual(['zvh-haaglanden', 'zvh-hollands-midden', 'shop-zorgcoordinatie']);
    });

    it('keeps contacts without a subregion for every municipality', () => {
      const result = walk(map, ['no', 'no', 'no'], { subregion: 'haaglanden' });
      expect(result.status === 'outcome' && ids(result.outcome.contacts)).toEqual(['shop-zorgcoordinatie']);
    });
  });
});
