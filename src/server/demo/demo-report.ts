import { totpCode } from '../auth/totp';
import type { DemoUser } from './seed-demo-users';

/** What `npm run demo` prints: where to go, the password, and every user with their TOTP secret. */
export function demoReport(url: string, password: string, users: DemoUser[]): string {
  const lines = [
    '',
    '=== Signaalroute DEMO — een wegwerpdatabase; voer geen echte gegevens in ===',
    `Open ${url} en log in via "Inloggen". Wachtwoord voor alle demogebruikers: ${password}`,
    'Rollen met een tweede factor: voeg het TOTP-geheim toe aan een authenticator-app,',
    'of druk hier op Enter voor de actuele codes.',
    '',
    ...users.map((u) => `  ${u.municipality}  ${u.role.padEnd(22)} ${u.email.padEnd(52)} ${u.totpSecret ?? '(geen tweede factor)'}`),
    '',
  ];
  return lines.join('\n');
}

export function demoCodes(users: DemoUser[], now: Date): string {
  const withSecret = users.filter((u) => u.totpSecret);
  return [`Codes van ${now.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam' })}:`, ...withSecret.map((u) => `  ${u.email.padEnd(52)} ${totpCode(u.totpSecret!, now)}`)].join('\n');
}
