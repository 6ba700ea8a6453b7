import { describe, expect, it } from 'vitest';
import type { ContentError } from '../content/content';
import type { QuestionNode, RouteMapFile, RouteMapNode } from './schema';
import { fixtureContactIds, validMapFile } from './test-fixtures';
import { ALARM_CONTACT_ID, validateRouteMapGraph } from './validate-graph';

const FILE = 'routemaps/proef-persoon.yaml';

function check(change: (map: RouteMapFile) => void): ContentError[] {
  const map = validMapFile();
  change(map);
  return validateRouteMapGraph(map, fixtureContactIds, FILE);
}

function node(map: RouteMapFile, id: string): RouteMapNode {
  const found = map.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`fixture has no node ${id}`);
  return found;
}

function question(map: RouteMapFile, id: string): QuestionNode {
  const found = node(map, id);
  if (found.type !== 'question') throw new Error(`${id} is not a question`);
  return found;
}

function option(map: RouteMapFile, questionId: string, optionId: string) {
  const found = question(map, questionId).options.find((o) => o.id === optionId);
  if (!found) throw new Error(`${questionId} has no option ${optionId}`);
  return found;
}

/** The errors about one node; each must name that node in the message too, since admins read only the message line. */
function about(errors: ContentError[], nodeId: string): ContentError[] {
  const mine = errors.filter((e) => e.node === nodeId);
  for (const e of mine) {
    expect(e.file).toBe(FILE);
    expect(e.message).toContain(`"${nodeId}"`);
  }
  return mine;
}

describe('validateRouteMapGraph', () => {
  it('accepts a valid map', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('reports a node id used twice', () => {
    const errors = check((m) => m.nodes.push({ id: 'nla', type: 'outcome', title: 'x', text: 'y', contacts: ['nla-meldpunt'] }));
    expect(errors).toHaveLength(1);
    expect(about(errors, 'nla')[0]!.message).toMatch(/meer dan eens/);
  });

  it('reports an option id used twice in one question', () => {
    const errors = check((m) => {
      option(m, 'vorm', 'sexual').id = 'labour';
    });
    const mine = about(errors, 'vorm');
    expect(mine).toHaveLength(1);
    expect(mine[0]!.message).toContain('optie "labour"');
    expect(mine[0]!.message).toMatch(/meer dan eens/);
  });

  it('reports a start node that does not exist, without a cascade of follow-up errors', () => {
    const errors = check((m) => {
      m.start = 'begin';
    });
    expect(errors).toHaveLength(1);
    expect(about(errors, 'begin')[0]!.message).toMatch(/bestaat niet/);
  });

  it('reports an option leading to an unknown node, naming question, option and target', () => {
    const errors = check((m) => {
      option(m, 'vorm', 'labour').next = 'foo';
    });
    const messages = about(errors, 'vorm').map((e) => e.message);
    expect(messages).toContain('vraag "vorm": optie "labour" verwijst naar onbekende stap "foo"');
  });

  it('reports a contact id that no partner file has', () => {
    const errors = check((m) => {
      const nla = node(m, 'nla');
      if (nla.type === 'outcome') nla.contacts = ['nla-meldpunt', 'nla-onbekend'];
    });
    expect(errors).toHaveLength(1);
    expect(about(errors, 'nla')[0]!.message).toContain('"nla-onbekend"');
  });

  it('reports a node that cannot be reached from the start', () => {
    const errors = check((m) => m.nodes.push({ id: 'wees', type: 'outcome', title: 'x', text: 'y', contacts: ['politie-avim'] }));
    expect(errors).toHaveLength(1);
    expect(about(errors, 'wees')[0]!.message).toMatch(/niet bereikbaar/);
  });

  it('reports a node that only the unknown target of a broken option would have reached', () => {
    const errors = check((m) => {
      option(m, 'vorm', 'labour').next = 'foo';
    });
    expect(about(errors, 'nla')).toHaveLength(1);
  });

  it('reports a loop, showing the steps that form it', () => {
    const errors = check((m) => {
      option(m, 'zorgen', 'no').next = 'aangifte';
    });
    const loop = about(errors, 'zorgen').find((e) => e.message.includes('kringloop'));
    expect(loop?.message).toContain('optie "no"');
    expect(loop?.message).toContain('aangifte → zorgen → aangifte');
  });

  it('reports a question that loops onto itself', () => {
    const errors = check((m) => {
      option(m, 'vorm', 'sexual').next = 'vorm';
    });
    expect(about(errors, 'vorm').some((e) => e.message.includes('kringloop'))).toBe(true);
  });

  it('reports loops in a part of the map that the start does not reach', () => {
    const errors = check((m) =>
      m.nodes.push(
        { id: 'x', type: 'question', text: 'x?', options: [{ id: 'yes', label: 'ja', next: 'y' }, { id: 'no', label: 'nee', next: 'nla' }] },
        { id: 'y', type: 'question', text: 'y?', options: [{ id: 'yes', label: 'ja', next: 'x' }, { id: 'no', label: 'nee', next: 'nla' }] },
      ),
    );
    expect(errors.some((e) => e.message.includes('kringloop') && (e.node === 'x' || e.node === 'y'))).toBe(true);
    expect(about(errors, 'x').some((e) => /niet bereikbaar/.test(e.message))).toBe(true);
  });

  describe('a path without an outcome', () => {
    it('is shown as the answers that lead into an unknown node', () => {
      const errors = check((m) => {
        option(m, 'vorm', 'labour').next = 'foo';
      });
      const path = about(errors, 'vorm').find((e) => e.message.includes('niet elk pad eindigt bij een uitkomst'));
      expect(path).toBeDefined();
      // The example is the walk a user would make: acute no, report yes, labour.
      const msg = path!.message;
      const order = ['acuut › no', 'aangifte › yes', 'vorm › labour', '"foo"'].map((part) => msg.indexOf(part));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
    });

    it('is shown as the answers that go round a loop', () => {
      const errors = check((m) => {
        option(m, 'zorgen', 'no').next = 'aangifte';
      });
      const path = errors.find((e) => e.message.includes('niet elk pad eindigt bij een uitkomst'));
      expect(path?.node).toBe('zorgen');
      expect(path?.message).toContain('zorgen › no');
    });

    it('is found even when every other path of the map is fine', () => {
      // Only the last option of the last question is broken: the search must not stop early.
      const errors = check((m) => {
        option(m, 'zorgen', 'no').next = 'nergens';
      });
      expect(errors.filter((e) => e.message.includes('niet elk pad'))).toHaveLength(1);
    });
  });

  describe('the 112 rule', () => {
    it('requires the start to be a question', () => {
      const errors = check((m) => {
        m.start = 'bel-112';
      });
      expect(about(errors, 'bel-112').some((e) => e.message.includes('uitkomst') && e.message.includes(ALARM_CONTACT_ID))).toBe(true);
    });

    it('requires the start question to have a "yes" option', () => {
      const errors = check((m) => {
        option(m, 'acuut', 'yes').id = 'ja';
      });
      expect(errors).toHaveLength(1);
      expect(about(errors, 'acuut')[0]!.message).toContain('geen optie "yes"');
    });

    it('requires "yes" to lead straight to an outcome', () => {
      const errors = check((m) => {
        option(m, 'acuut', 'yes').next = 'aangifte';
      });
      const rule = about(errors, 'acuut').find((e) => e.message.includes(ALARM_CONTACT_ID));
      expect(rule?.message).toContain('"aangifte"');
    });

    it('requires that outcome to list the 112 contact', () => {
      const errors = check((m) => {
        const outcome = node(m, 'bel-112');
        if (outcome.type === 'outcome') outcome.contacts = ['politie-avim'];
      });
      expect(errors).toHaveLength(1);
      expect(about(errors, 'acuut')[0]!.message).toContain(`"${ALARM_CONTACT_ID}"`);
    });
  });

  it('collects every error instead of stopping at the first', () => {
    const errors = check((m) => {
      option(m, 'vorm', 'labour').next = 'foo';
      const avim = node(m, 'avim');
      if (avim.type === 'outcome') avim.contacts = ['niemand'];
      option(m, 'acuut', 'yes').id = 'ja';
    });
    expect(about(errors, 'vorm').length).toBeGreaterThan(0);
    expect(about(errors, 'avim')).toHaveLength(1);
    expect(about(errors, 'acuut')).toHaveLength(1);
  });
});
