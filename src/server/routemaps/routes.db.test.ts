import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../http/types';
import { createTestApp, type TestApp } from '../test-support/test-app';

let testApp: TestApp;
let app: App;

beforeAll(async () => {
  testApp = await createTestApp();
  app = testApp.app;
});

afterAll(() => testApp?.close());

const walk = (id: string, body: unknown, lang = 'nl') =>
  app.inject({ method: 'POST', url: `/api/v1/routemaps/${id}/walk?lang=${lang}`, payload: body as object });

describe('route maps API', () => {
  it('lists the five maps of the seeds', async () => {
    const res = await app.inject('/api/v1/routemaps');
    expect(res.statusCode).toBe(200);
    const ids = res.json().map((m: { id: string }) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['den-haag-persoon', 'den-haag-locatie', 'rotterdam', 'hart-van-brabant', 'landelijk']));
    for (const map of res.json()) expect(map).toMatchObject({ id: expect.any(String), title: expect.any(String), region: expect.any(String) });
  });

  it('returns a whole map with the contacts it uses', async () => {
    const res = await app.inject('/api/v1/routemaps/den-haag-persoon');
    expect(res.statusCode).toBe(200);
    const map = res.json();
    expect(map.nodes[map.start].type).toBe('question');
    expect(Object.values(map.contacts).some((c) => (c as { phone: string | null }).phone === '0800-5151')).toBe(true);
  });

  it('asks about acute danger first, on every map', async () => {
    const maps = (await app.inject('/api/v1/routemaps')).json() as { id: string }[];
    for (const { id } of maps) {
      const first = (await walk(id, { answers: [] })).json();
      expect(first.status).toBe('question');
      expect(first.question.options.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining(['yes', 'no']));
      const danger = (await walk(id, { answers: ['yes'] })).json();
      expect(danger.status).toBe('outcome');
      expect(danger.outcome.contacts.map((c: { phone: string }) => c.phone)).toContain('112');
    }
  });

  it('sends labour exploitation of an identifiable victim to the labour inspectorate', async () => {
    const res = await walk('den-haag-persoon', { answers: ['no', 'yes', 'labour'], municipality: 'GM0546' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('outcome');
    expect(body.outcome.contacts.map((c: { phone: string }) => c.phone)).toContain('0800-5151');
    expect(body.path.map((p: { answerId: string }) => p.answerId)).toEqual(['no', 'yes', 'labour']);
  });

  it('sends the other forms to the police (AVIM)', async () => {
    for (const form of ['sexual', 'criminal', 'organ']) {
      const body = (await walk('den-haag-persoon', { answers: ['no', 'yes', form] })).json();
      expect(body.outcome.contacts.map((c: { phone: string }) => c.phone)).toContain('0900-8844');
    }
  });

  it('shows the Zorg- en Veiligheidshuis of the user’s own subregion, and both without a municipality', async () => {
    // Walk until the outcome that lists a subregion-bound contact.
    const map = (await app.inject('/api/v1/routemaps/den-haag-persoon')).json();
    const zvhOutcome = Object.values(map.nodes).find(
      (n) => (n as { type: string }).type === 'outcome' && (n as { contacts: string[] }).contacts.some((c) => map.contacts[c].subregion),
    ) as { id: string };
    const answers = pathTo(map, zvhOutcome.id);
    const subregionsShown = async (municipality?: string) => {
      const body = (await walk('den-haag-persoon', { answers, ...(municipality ? { municipality } : {}) })).json();
      return body.outcome.contacts.map((c: { subregion: string | null }) => c.subregion).filter(Boolean).sort();
    };
    expect(await subregionsShown('GM0518')).toEqual(['haaglanden']);
    expect(await subregionsShown('GM0546')).toEqual(['hollands-midden']);
    expect(await subregionsShown()).toEqual(['haaglanden', 'hollands-midden']);
  });

  it('refuses an answer that is not an option, naming the step and the allowed ids', async () => {
    const res = await walk('den-haag-persoon', { answers: ['no', 'maybe'] });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.id).toBe('invalid-answer');
    expect(error.message).toContain('Stap 2');
    expect(error.message).toContain('yes');
    expect(error.message).toContain('no');
    expect(error.details.allowed).toEqual(['yes', 'no']);
  });

  it('refuses answers past the outcome', async () => {
    const res = await walk('den-haag-persoon', { answers: ['yes', 'no'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('past-outcome');
  });

  it('answers 404 for an unknown map and 400 for an unknown municipality', async () => {
    const unknownMap = await walk('atlantis', { answers: [] });
    expect(unknownMap.statusCode).toBe(404);
    expect(unknownMap.json().error.message).toContain('atlantis');
    const unknownMunicipality = await walk('den-haag-persoon', { answers: [], municipality: 'GM9999' });
    expect(unknownMunicipality.statusCode).toBe(400);
    expect(unknownMunicipality.json().error.id).toBe('unknown-municipality');
  });

  it('refuses malformed bodies with a Dutch message per field', async () => {
    const res = await walk('den-haag-persoon', { answers: 'no', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.id).toBe('validation');
    expect(res.json().error.message).toMatch(/answers/);
  });

  it('answers in English when asked', async () => {
    const nl = (await walk('den-haag-persoon', { answers: [] })).json();
    const en = (await walk('den-haag-persoon', { answers: [] }, 'en')).json();
    expect(en.question.text).not.toEqual(nl.question.text);
    expect(en.question.options.find((o: { id: string }) => o.id === 'yes').label).toBe('Yes');
  });
});

/** Answers that lead from the start to the given node (depth-first over the tree). */
function pathTo(map: { start: string; nodes: Record<string, { type: string; options?: { id: string; next: string }[] }> }, target: string): string[] {
  const search = (nodeId: string, answers: string[]): string[] | null => {
    if (nodeId === target) return answers;
    for (const option of map.nodes[nodeId]!.options ?? []) {
      const found = search(option.next, [...answers, option.id]);
      if (found) return found;
    }
    return null;
  };
  const found = search(map.start, []);
  if (!found) throw new Error(`no path to ${target}`);
  return found;
}
