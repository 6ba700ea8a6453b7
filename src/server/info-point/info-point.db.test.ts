import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InfoPointView } from '../../domain/info-point/view';
import type { App } from '../http/types';
import { pdfText } from '../test-support/pdf-text';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let app: App;

beforeAll(async () => {
  t = await createTestApp({ publicUrl: 'https://signaalroute.example.nl' });
  app = t.app;
});
afterAll(() => t?.close());

const LANGUAGES = ['nl', 'en', 'pl', 'ro', 'bg', 'uk'];

async function page(url: string): Promise<InfoPointView> {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  return res.json<InfoPointView>();
}

async function poster(url: string): Promise<string> {
  const res = await app.inject({ url });
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return pdfText(res.rawPayload).replace(/\s+/g, ' ');
}

describe('the information point API', () => {
  it('lists its languages by their own names, Dutch first, none of them checked yet', async () => {
    const res = await app.inject({ url: '/api/v1/info-point' });
    expect(res.statusCode).toBe(200);
    const languages = res.json<{ lang: string; name: string; checked: boolean }[]>();
    expect(languages.map((l) => l.lang)).toEqual(expect.arrayContaining(LANGUAGES));
    expect(languages[0]!.lang).toBe('nl');
    expect(languages.find((l) => l.lang === 'uk')?.name).toBe('Українська');
    expect(languages.every((l) => !l.checked)).toBe(true);
  });

  it('serves a page with 112 first, the region’s care coordinator, and the unchecked notice in Dutch too', async () => {
    const view = await page('/api/v1/info-point/pl?region=hart-van-brabant');
    expect(view).toMatchObject({ lang: 'pl', dir: 'ltr', checkedBy: null, region: { id: 'hart-van-brabant' } });
    expect(view.emergency).toContain('112');
    expect(view.uncheckedInDutch).toBe('Deze tekst is nog niet nagekeken door iemand die de taal als moedertaal spreekt.');
    const phones = view.contactGroups.flatMap((g) => g.contacts.map((c) => c.phone));
    // CoMensha has a web address only: no number is made up where the partner files have none.
    expect(phones).toEqual(['013 549 8430', null, '0900-8844', '0800-5151', '0800-7000']);
  });

  it('names no care coordinator without a region, and refuses an unknown language or region', async () => {
    const view = await page('/api/v1/info-point/ro');
    expect(view.contactGroups.map((g) => g.id)).not.toContain('care-coordinator');
    const unknown = await app.inject({ url: '/api/v1/info-point/xx' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.id).toBe('info-point-language-not-found');
    expect((await app.inject({ url: '/api/v1/info-point/pl?region=atlantis' })).statusCode).toBe(404);
  });
});

describe('the information point poster', () => {
  it.each(LANGUAGES)('in %s shows its own 112 line, the partner phone numbers and the unchecked notices', async (lang) => {
    const view = await page(`/api/v1/info-point/${lang}?region=rotterdam-rijnmond`);
    const text = await poster(`/api/v1/info-point/${lang}/poster.pdf?region=rotterdam-rijnmond`);
    expect(text).toContain(view.emergency);
    expect(text.indexOf(view.emergency)).toBeLessThan(text.indexOf(view.contactGroups[0]!.title));
    for (const phone of ['010-2365256', '0900-8844', '0800-5151', '0800-7000']) expect(text).toContain(`${view.labels.phone} ${phone}`);
    expect(text).toContain(view.labels.unchecked);
    expect(text).toContain('Deze tekst is nog niet nagekeken');
    expect(text).toContain(`signaalroute.example.nl/informatie/${lang}?regio=rotterdam-rijnmond`);
  });
});
