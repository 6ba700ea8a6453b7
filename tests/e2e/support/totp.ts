import { Secret, TOTP } from 'otpauth';

const PERIOD_MS = 30_000;

/**
 * An authenticator app for tests, computing codes from the secret the page showed. The server
 * accepts a code of the previous, current or next 30-second step, but each step only once and
 * only later than the last one used: so each code here takes the next unused step, starting one
 * step back, and a test never waits for the clock.
 */
export class TestAuthenticator {
  private readonly totp: TOTP;
  private lastStep = -Infinity;

  constructor(secret: string) {
    this.totp = new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), algorithm: 'SHA1', digits: 6, period: 30 });
  }

  /** The code of the next step the server will accept. */
  nextCode(): string {
    const now = Date.now();
    const current = Math.floor(now / PERIOD_MS);
    // Close to the end of a step, the previous one may have expired by the time the code arrives.
    const earliest = now % PERIOD_MS > 25_000 ? current : current - 1;
    const step = Math.max(earliest, this.lastStep + 1);
    if (step > current + 1) throw new Error('Geen ongebruikte TOTP-stap meer binnen het venster; gebruik minder codes per test.');
    this.lastStep = step;
    return this.totp.generate({ timestamp: step * PERIOD_MS });
  }

  /** Six digits that are not a valid code in the accepted window. */
  wrongCode(): string {
    const current = Math.floor(Date.now() / PERIOD_MS);
    const valid = new Set([-2, -1, 0, 1, 2].map((d) => this.totp.generate({ timestamp: (current + d) * PERIOD_MS })));
    for (let n = 0; ; n++) {
      const code = String(n).padStart(6, '0');
      if (!valid.has(code)) return code;
    }
  }
}
