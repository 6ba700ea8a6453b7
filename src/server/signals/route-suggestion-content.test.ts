import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../domain/content/content';
import { walk } from '../../domain/routemap/walk';
import { suggestRoute } from '../../domain/signal/route-suggestion';
import { SIGNAL_FORMS, type SignalSubmission } from '../../domain/signal/schema';
import { loadContent } from '../content/load-content';
import { CONTENT_DIR } from '../test-support/test-app';
import { sampleSubmission } from './test-fixtures';

let content: Content;
beforeAll(async () => {
  ({ content } = await loadContent(CONTENT_DIR));
});

/** Every kind of signal the suggestion distinguishes: per form, person or place, acute or not. */
function variants(): SignalSubmission[] {
  const out: SignalSubmission[] = [];
  const forms: SignalSubmission['forms'][] = [...SIGNAL_FORMS.map((f) => [f]), ['labour', 'sexual'], ['criminal', 'unknown']];
  for (const f of forms) {
    for (const acuteDanger of [false, true]) {
      const person = sampleSubmission({ forms: f, acuteDanger });
      out.push(person, { ...person, persons: [] }, { ...person, persons: [], organisations: [], addresses: [] });
    }
  }
  return out;
}

describe('route suggestion against the real route maps', () => {
  it('suggests, for every region, one of its own maps with answers that the engine accepts as a walk', () => {
    for (const region of content.regions('nl')) {
      for (const submission of variants()) {
        const suggestion = suggestRoute(submission, region.routemaps);
        expect(suggestion, region.id).not.toBeNull();
        expect(region.routemaps).toContain(suggestion!.mapId);
        const map = content.routemap(suggestion!.mapId, 'nl')!;
        const result = walk(map, suggestion!.answers, { subregion: null });
        expect(result.status, `${region.id} ${suggestion!.mapId} ${suggestion!.answers.join(',')}`).not.toBe('error');
      }
    }
  });

  it('ends an acute signal at the 112 outcome', () => {
    for (const region of content.regions('nl')) {
      const suggestion = suggestRoute(sampleSubmission({ acuteDanger: true }), region.routemaps)!;
      const result = walk(content.routemap(suggestion.mapId, 'nl')!, suggestion.answers, { subregion: null });
      expect(result.status === 'outcome' && result.outcome.id, region.id).toBe('bel-112');
    }
  });

  it('leads a Den Haag labour signal about a person to the Labour Authority', () => {
    const suggestion = suggestRoute(sampleSubmission(), content.region('eenheid-den-haag', 'nl')!.routemaps)!;
    const result = walk(content.routemap(suggestion.mapId, 'nl')!, suggestion.answers, { subregion: 'haaglanden' });
    expect(result.status === 'outcome' && result.outcome.id).toBe('nla');
  });
});
