import type { LoggerOptions } from 'pino';

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
      // Only the path: query strings may one day carry search terms.
      req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }),
    },
  };
}
