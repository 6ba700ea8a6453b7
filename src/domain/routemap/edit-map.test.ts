import { describe, expect, it } from 'vitest';
import {
  addNode,
  addOption,
  deleteNode,
  moveNode,
  NO_NODE,
  nodesLeadingTo,
  removeOption,
  setOptionLabel,
  setOptionNext,
  setOutcomeContacts,
  setOutcomeTitle,
  setQuestionHelp,
  setQuestionText,
  textIn,
  withText,
} from './edit-map';
import type { RouteMapFile } from './schema';
import { validMapFile } from './test-fixtures';

const ids = (map: RouteMapFile) => map.nodes.map((n) => n.id);
const node = (map: RouteMapFile, id: string) => map.nodes.find((n) => n.id === id)!;

describe('texts in two languages', () => {
  it('reads the short Dutch-only form and {nl, en}', () => {
    expect(textIn('Bel 112', 'nl')).toBe('Bel 112');
    expect(textIn('Bel 112', 'en')).toBe('');
    expect(textIn({ nl: 'Ja', en: 'Yes' }, 'en')).toBe('Yes');
    expect(textIn(undefined, 'nl')).toBe('');
  });

  it('replaces one language and keeps the other; an empty English text is left out', () => {
    expect(withText('Bel 112', 'en', 'Call 112')).toEqual({ nl: 'Bel 112', en: 'Call 112' });
    expect(withText({ nl: 'Ja', en: 'Yes' }, 'nl', 'Jazeker')).toEqual({ nl: 'Jazeker', en: 'Yes' });
    expect(withText({ nl: 'Ja', en: 'Yes' }, 'en', '')).toEqual({ nl: 'Ja' });
  });
});

describe('editing a route map', () => {
  it('changes a question in Dutch and English without touching the input', () => {
    const before = validMapFile();
    const after = setQuestionText(setQuestionText(before, 'aangifte', 'nl', 'Wil de persoon aangifte doen?'), 'aangifte', 'en', 'Does the person want to report?');
    expect(node(after, 'aangifte')).toMatchObject({ text: { nl: 'Wil de persoon aangifte doen?', en: 'Does the person want to report?' } });
    expect(node(before, 'aangifte')).toMatchObject({ text: 'Aangifte?' });
  });

  it('adds a question after a node with yes and no pointing nowhere yet, under a free id', () => {
    const { map, id } = addNode(validMapFile(), 'question', 'acuut');
    expect(id).toBe('vraag-1');
    expect(ids(map).slice(0, 3)).toEqual(['acuut', 'vraag-1', 'bel-112']);
    expect(node(map, id)).toMatchObject({ type: 'question', options: [{ id: 'yes', next: NO_NODE }, { id: 'no', next: NO_NODE }] });
    expect(addNode(map, 'question').id).toBe('vraag-2');
  });

  it('adds an empty outcome at the end', () => {
    const { map, id } = addNode(validMapFile(), 'outcome');
    expect(id).toBe('uitkomst-1');
    expect(ids(map).at(-1)).toBe('uitkomst-1');
    expect(node(map, id)).toEqual({ id, type: 'outcome', title: { nl: '' }, text: { nl: '' }, contacts: [] });
  });

  it('deletes a node and leaves the options that led to it pointing at it, for validation to report', () => {
    const before = validMapFile();
    expect(nodesLeadingTo(before, 'avim').map((n) => n.id)).toEqual(['vorm', 'zorgen']);
    const after = deleteNode(before, 'avim');
    expect(ids(after)).not.toContain('avim');
    expect(node(after, 'vorm')).toMatchObject({ options: [{ next: 'nla' }, { next: 'avim' }] });
  });

  it('moves a node up and down, and not past either end', () => {
    const map = validMapFile();
    expect(ids(moveNode(map, 'bel-112', 1)).slice(0, 3)).toEqual(['acuut', 'aangifte', 'bel-112']);
    expect(ids(moveNode(map, 'bel-112', -1)).slice(0, 2)).toEqual(['bel-112', 'acuut']);
    expect(moveNode(map, 'acuut', -1)).toBe(map);
    expect(moveNode(map, 'zvh', 1)).toBe(map);
  });

  it('reconnects an option and edits, adds and removes options', () => {
    let map = setOptionNext(validMapFile(), 'zorgen', 1, 'nla');
    expect(node(map, 'zorgen')).toMatchObject({ options: [{ next: 'zvh' }, { next: 'nla' }] });
    map = setOptionLabel(map, 'zorgen', 0, 'en', 'Yes');
    expect(node(map, 'zorgen')).toMatchObject({ options: [{ label: { nl: 'Ja', en: 'Yes' } }, {}] });
    map = addOption(map, 'vorm');
    expect(node(map, 'vorm')).toMatchObject({ options: [{ id: 'labour' }, { id: 'sexual' }, { id: 'optie-3', label: { nl: '' }, next: NO_NODE }] });
    map = removeOption(map, 'vorm', 0);
    expect(node(map, 'vorm')).toMatchObject({ options: [{ id: 'sexual' }, { id: 'optie-3' }] });
  });

  it('sets an outcome title and its contacts, and drops an emptied help text', () => {
    let map = setOutcomeTitle(validMapFile(), 'nla', 'en', 'Labour Authority');
    map = setOutcomeContacts(map, 'nla', ['nla-meldpunt', 'politie-avim']);
    expect(node(map, 'nla')).toMatchObject({ title: { nl: 'NLA', en: 'Labour Authority' }, contacts: ['nla-meldpunt', 'politie-avim'] });
    map = setQuestionHelp(map, 'acuut', 'nl', 'Denk aan geweld');
    expect(node(map, 'acuut')).toMatchObject({ help: { nl: 'Denk aan geweld' } });
    expect(node(setQuestionHelp(map, 'acuut', 'nl', ''), 'acuut')).not.toHaveProperty('help');
  });
});
