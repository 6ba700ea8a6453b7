import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { WIDTHS } from './browser';
import type { ChainServer } from './chain-server';
import { sessionCookie, type SeededUser } from './users';

/** A small valid submission for the tests that do not type it (the API takes the same as the form). */
export const SUBMISSION = {
  forms: ['criminal'],
  observedSignals: [],
  description: 'Een jongen van 15 haalt pakketjes op voor een oudere man en is bang.',
  persons: [{ role: 'possible-victim', name: 'Kees Jansen', estimatedAge: 15 }],
  organisations: [],
  addresses: [{ postcode: '2311 AB', houseNumber: 12, place: 'Leiden' }],
  acuteDanger: false,
  personAware: 'no',
};

/** Requests as the user of this page's session, with its CSRF token (as the app sends them). */
export async function apiOf(page: Page) {
  const session = (await (await page.request.get('/api/v1/auth/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  return {
    post: async <T>(path: string, data: unknown, extra: Record<string, string> = {}): Promise<T> => {
      const response = await page.request.post(path, { headers: { ...headers, ...extra }, data });
      expect(response.ok(), `${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    get: async <T>(path: string): Promise<T> => (await (await page.request.get(path)).json()) as T,
  };
}

/** Browser pages on a chain server: fresh, logged in, and a recorded signal to work on. */
export function chainPages(browser: () => Browser, server: () => ChainServer) {
  const newPage = async (width: number = WIDTHS.desktop): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await browser().newContext({ viewport: { width, height: 900 }, baseURL: server().url });
    return { context, page: await context.newPage() };
  };

  /** A browser already logged in as the user (a session straight in the database, on the server's clock). */
  const loggedIn = async (user: SeededUser, width: number = WIDTHS.desktop): Promise<{ context: BrowserContext; page: Page }> => {
    const { context, page } = await newPage(width);
    await context.addCookies([await sessionCookie(server().db, user, server().url, server().now())]);
    await page.goto('/');
    return { context, page };
  };

  /** A signal of the reporter, recorded by the AF: ready to hand over or discuss. */
  const recordedSignal = async (reporter: SeededUser, af: SeededUser, submission: object = SUBMISSION): Promise<{ id: string; reference: string }> => {
    const desk = await loggedIn(reporter);
    const created = await (await apiOf(desk.page)).post<{ id: string; reference: string }>('/api/v1/signals', submission, { 'idempotency-key': crypto.randomUUID() });
    await desk.context.close();
    const office = await loggedIn(af);
    await (await apiOf(office.page)).post(`/api/v1/signals/${created.id}/events`, { event: 'vastleggen' });
    await office.context.close();
    return created;
  };

  return { newPage, loggedIn, recordedSignal };
}
