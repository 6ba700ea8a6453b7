import { types, type PGlite, type Transaction } from '@electric-sql/pglite';

/**
 * drizzle's PGlite driver hands its own parsers to every query, and PGlite then merges them into a
 * copy of its whole parser map, per query: `select 1` took 292 µs that way and 134 µs without
 * (issue 12). The same parsers are set once on the client instead, and taken off each query.
 */

/** The types drizzle reads as text and converts itself (drizzle-orm/pglite/session.js). */
const DRIZZLE_TEXT_TYPES = [types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182];

/** For PGlite.create: what drizzle would otherwise pass with each query. */
export const DRIZZLE_PARSERS = Object.fromEntries(DRIZZLE_TEXT_TYPES.map((type) => [type, (value: string) => value]));

/** PGlite's own parsers for those types, for SQL that is not drizzle's (pg-boss expects Dates). */
export const LIBRARY_PARSERS = Object.fromEntries(DRIZZLE_TEXT_TYPES.flatMap((type) => (types.parsers[type] ? [[type, types.parsers[type]]] : [])));

type Query = PGlite['query'];

function withoutParsers(query: Query): Query {
  return ((text: string, params?: unknown[], options?: Parameters<Query>[2]) => {
    if (!options?.parsers) return query(text, params, options);
    const { parsers: _drizzles, ...rest } = options;
    return query(text, params, rest);
  }) as Query;
}

/** The client as drizzle sees it: queries (also inside transactions) without per-query parsers. */
export function forDrizzle(client: PGlite): PGlite {
  const wrapTransaction = (tx: Transaction): Transaction =>
    new Proxy(tx, { get: (target, prop) => (prop === 'query' ? withoutParsers(target.query.bind(target)) : Reflect.get(target, prop)) });
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'query') return withoutParsers(target.query.bind(target));
      if (prop === 'transaction') return <T>(callback: (tx: Transaction) => Promise<T>) => target.transaction((tx) => callback(wrapTransaction(tx)));
      // PGlite keeps its state in private fields: its methods must run on the instance itself.
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
