import { expect } from 'vitest';
import type { TestLogin } from './login-as';
import type { TestApp } from './test-app';

/** A paged list's answer: its items and the cursor of the next page (null on the last). */
export interface Page<T> {
  items: T[];
  next: string | null;
}

/** One page of a paged list as `login`, which must answer 200. */
export async function readPage<P extends Page<unknown>>(t: TestApp, login: TestLogin, path: string, query: string): Promise<P> {
  const res = await t.app.inject({ url: `${path}?${query}`, headers: login.headers });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as P;
}

/** Every page of a query, following `next`, as the web's "Meer laden" does. */
export async function readAllPages<P extends Page<unknown>>(t: TestApp, login: TestLogin, path: string, query: string): Promise<P[]> {
  const pages = [await readPage<P>(t, login, path, query)];
  const next = new URLSearchParams(query);
  while (pages.at(-1)!.next) {
    next.set('cursor', pages.at(-1)!.next!);
    pages.push(await readPage<P>(t, login, path, next.toString()));
  }
  return pages;
}
