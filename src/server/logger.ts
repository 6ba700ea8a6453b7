import pino, { type DestinationStream, type LoggerOptions } from 'pino';

/**
 * Log options shared by the server and the CLI. Personal data must never reach a log line: request
 * bodies and query strings are not logged at all, and known sensitive keys are redacted wherever
 * they appear as a safety net.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        '*.password',
        '*.currentPassword',
        '*.newPassword',
        '*.passwordHash',
        '*.email',
        '*.name',
        '*.reporter',
        '*.body',
      ],
      censor: '[verwijderd]',
    },
    serializers: {
      err: errorForLog,
      // Only the path: query strings may one day carry search terms.
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}

/** Fields of a PostgreSQL error that name the schema, never a value. */
const DATABASE_FIELDS = ['severity', 'code', 'constraint', 'table', 'column', 'dataType', 'routine'] as const;

/**
 * An error as a log line may hold it. A database error carries the request's data: drizzle puts the
 * query's parameters in `params` and in its message, PostgreSQL quotes values in its message and in
 * `detail` ("Key (email)=(...) already exists"). Of such an error only its type, SQLSTATE and the
 * names of what it concerns are kept, and the call stack without the message. Other errors keep
 * their message and stack. Wrapped errors (`cause`) follow the same rule.
 */
export function errorForLog(err: unknown, depth = 0): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const fields = err as unknown as Record<string, unknown>;
  const fromDatabase = 'query' in err || 'params' in err || 'severity' in err || err.constructor.name === 'DrizzleQueryError';
  const stack = (err.stack ?? '').split('\n').filter((line) => line.startsWith('    at '));
  const safe: Record<string, unknown> = { type: err.constructor.name };
  if (fromDatabase) {
    for (const key of DATABASE_FIELDS) if (typeof fields[key] === 'string') safe[key] = fields[key];
  } else {
    safe.message = err.message;
    if (typeof fields.code === 'string') safe.code = fields.code;
  }
  safe.stack = stack.join('\n');
  if (err.cause !== undefined && depth < 5) safe.cause = errorForLog(err.cause, depth + 1);
  return safe;
}

/** The server's logger as `npm start` configures it (LOG_LEVEL, LOG_FORMAT); the benchmark uses it too. */
export function createLogger(level: string, format: 'auto' | 'json' | 'pretty'): pino.Logger {
  return pino(loggerOptions(level), logDestination(format));
}

/**
 * Where log lines go: JSON on stdout for a log collector, or readable lines (pino-pretty) for a
 * person at a terminal, so that the first-start link is easy to find. Redaction happens before
 * either. The JSON is written asynchronously and in blocks of 4 KB, at least every second: a
 * write per line, waited for, cost the walk a good part of its throughput (issue 12). pino writes
 * what is still buffered when the process exits (process.exit included), so a stop loses no
 * lines; a kill -9 may lose the last second's.
 */
export function logDestination(format: 'auto' | 'json' | 'pretty'): DestinationStream {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY);
  if (!pretty) {
    const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
    setInterval(() => {
      if (!(destination as { destroyed?: boolean }).destroyed) destination.flush();
    }, 1_000).unref();
    return destination;
  }
  return pino.transport({ target: 'pino-pretty', options: { colorize: process.stdout.isTTY, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } });
}
