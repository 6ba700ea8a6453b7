import { errors } from './errors';
import type { App } from './types';

/** Deeper than any form the app sends (a draft is a handful of levels); deep enough for growth. */
export const MAX_JSON_DEPTH = 32;
/** Fastify's default, stated: the largest body is a draft of at most 100 kB. */
export const MAX_JSON_BYTES = 1024 * 1024;

/**
 * How deeply the JSON text nests arrays and objects, counted on the raw text in one pass (brackets
 * inside strings do not count). Stops counting once past `limit`.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return false;
}

/**
 * JSON bodies are parsed as Fastify does (secure-json-parse: no __proto__ or constructor keys),
 * after a cap on size and depth. Code that walks a body recursively (zod, JSON.stringify in a size
 * check, the database's jsonb) then never meets a body deep enough to overflow its stack.
 */
export function installJsonBodyParser(app: App): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: MAX_JSON_BYTES }, (request, body, done) => {
    const text = body.toString();
    if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
      done(errors.jsonTooDeep(MAX_JSON_DEPTH), undefined);
      return;
    }
    parse(request, text, done);
  });
}
