import type { Logger } from '../context/services';
import type { RegisterName } from './lookup-result';

/** What every register client needs; `fetch` is only replaced to route through a proxy or agent. */
export interface RegisterClientOptions {
  /** Without the path of the operation, e.g. https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2. */
  baseUrl: string | undefined;
  apiKey: string | undefined;
  timeoutMs: number;
  fetch?: typeof fetch;
  logger?: Logger;
}

/** A GET that came back, with its body parsed as JSON (undefined when it was not JSON). */
export type RegisterResponse =
  | { kind: 'answered'; status: number; body: unknown }
  | { kind: 'failed'; reason: 'timeout' | 'network' };

/**
 * Registers hold personal data of people in a vulnerable position; the key and the question must
 * not leave over plain http. Loopback http is allowed so tests (and a local stub) can stand in.
 */
export function isAllowedRegisterUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/**
 * One GET with a hard deadline for the whole exchange (headers and body): AbortSignal.timeout also
 * aborts reading a body that trickles in. Never throws.
 */
export async function getJson(
  options: { fetch: typeof fetch; timeoutMs: number },
  url: URL,
  headers: Record<string, string>,
): Promise<RegisterResponse> {
  try {
    const response = await options.fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs), redirect: 'error' });
    const text = await response.text();
    try {
      return { kind: 'answered', status: response.status, body: JSON.parse(text) as unknown };
    } catch {
      return { kind: 'answered', status: response.status, body: undefined };
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { kind: 'failed', reason: name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network' };
  }
}

/**
 * The one log line per look-up that did not succeed. Only the register, the outcome and the time it
 * took: never the key, the URL (its query holds the address or name asked for) or the body.
 */
export function logFailure(
  logger: Logger | undefined,
  register: RegisterName,
  outcome: { status: string; reason?: string },
  startedAt: number,
): void {
  logger?.warn({ register, status: outcome.status, reason: outcome.reason, durationMs: Math.round(performance.now() - startedAt) }, 'register look-up failed');
}
