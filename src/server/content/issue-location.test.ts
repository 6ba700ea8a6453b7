import { describe, expect, it } from 'vitest';
import { locateIssue } from './issue-location';

describe('locateIssue', () => {
  const map = {
    nodes: [
      { id: 'acuut', options: [{ id: 'yes', next: 'x' }] },
      { id: 'vorm', options: [{ id: 'yes', next: 'a' }, { id: 'labour', next: 'Foo Bar' }] },
    ],
  };

  it('names the entries on the way by id instead of by position', () => {
    expect(locateIssue(map, ['nodes', 1, 'options', 1, 'next'])).toEqual({ node: 'vorm › labour', field: 'next' });
    expect(locateIssue(map, ['nodes', 1, 'text'])).toEqual({ node: 'vorm', field: 'text' });
  });

  it('uses the CBS code for municipalities', () => {
    expect(locateIssue({ municipalities: [{ code: 'GM0518', name: 5 }] }, ['municipalities', 0, 'name'])).toEqual({ node: 'GM0518', field: 'name' });
  });

  it('counts positions from 1 where an entry has no id', () => {
    const steps = { meldcode: { steps: [{ number: 1 }, { number: 2 }, {}] } };
    expect(locateIssue(steps, ['meldcode', 'steps', 2, 'title'])).toEqual({ field: 'meldcode › steps › nr. 3 › title' });
  });

  it('falls back to positions for an entry whose id is missing', () => {
    expect(locateIssue({ nodes: [{ id: 'a' }, { type: 'outcome' }] }, ['nodes', 1, 'id'])).toEqual({ field: 'nodes › nr. 2 › id' });
  });
});
