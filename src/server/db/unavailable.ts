/** Node's socket errors when the database server cannot be reached at all. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * SQLSTATEs meaning "the database is not there right now", not "this query is wrong": class 08
 * (connection exception), class 53 (insufficient resources: too many connections, disk full), 57P01–
 * 57P03 (shut down, crashed, starting up) and 3D000 (the database does not exist: dropped, or not
 * yet restored).
 */
function unavailableSqlState(code: string): boolean {
  return /^(08|53)[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '3D000';
}

/** Errors without a code: node-postgres and its pool, and a PGlite that is shut down. */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is clos(ed|ing)$/,
];

/**
 * Whether an error (or one it wraps: drizzle wraps the driver's error in `cause`) says the database
 * cannot be reached, as opposed to a bug or a refused query. Such a request changed nothing: its
 * transaction never committed.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const { message } = current;
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (SOCKET_CODES.has(code) || unavailableSqlState(code))) return true;
    if (UNAVAILABLE_MESSAGES.some((m) => m.test(message))) return true;
    current = current.cause;
  }
  return false;
}
