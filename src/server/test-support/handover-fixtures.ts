import type { ParsedMail } from 'mailparser';
import type { Role } from '../../domain/access/roles';
import type { HandoverPart } from '../../domain/signal/handover';
import type { App } from '../http/types';
import { loginAs, createTestUser, type TestLogin, type TestUser } from './login-as';
import { insertTestSignal, type TestSignal } from './signal-fixtures';
import type { TestApp } from './test-app';

export const LEIDEN = 'GM0546';
export const DEN_HAAG = 'GM0518';

export interface HandoverCase {
  af: TestLogin;
  reporter: TestUser;
  signal: TestSignal;
}

/** An AF of the municipality, a reporter, and a recorded (`vastgelegd`) signal of that reporter. */
export async function handoverCase(t: TestApp, municipality = LEIDEN, roles: readonly Role[] = ['aandachtsfunctionaris']): Promise<HandoverCase> {
  const { db } = t.database;
  const af = await loginAs(db, { municipality, roles });
  const reporter = await createTestUser(db, { municipality, roles: ['medewerker'], name: 'Mirjam Melder-Geheim', email: `mirjam.melder.${Math.random().toString(36).slice(2)}@leiden.test` });
  const signal = await insertTestSignal(db, t.keyring, { municipality, reporterUserId: reporter.userId, reporter: { name: reporter.name, email: reporter.email, phone: '071-5550123' } });
  return { af, reporter, signal };
}

export interface HandoverBody {
  partnerId: string;
  contactId: string;
  parts: (HandoverPart | string)[];
  channel?: 'email' | 'phone' | 'secure-mail' | string;
  dueDays?: number;
}

export const SHOP_EMAIL: HandoverBody = { partnerId: 'shop', contactId: 'shop', parts: ['forms', 'description', 'persons', 'addresses'], channel: 'email' };

export function postPreview(app: App, login: TestLogin, signalId: string, body: Omit<HandoverBody, 'channel' | 'dueDays'>) {
  return app.inject({ method: 'POST', url: `/api/v1/signals/${signalId}/handovers/preview`, headers: login.headers, payload: body });
}

export function postHandover(app: App, login: TestLogin, signalId: string, body: HandoverBody) {
  return app.inject({ method: 'POST', url: `/api/v1/signals/${signalId}/handovers`, headers: login.headers, payload: body });
}

/** The feedback token in a link `…/terugkoppeling#token=…` anywhere in a text. */
export function tokenIn(text: string): string {
  const match = /\/terugkoppeling#token=([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error('geen terugkoppelingslink in de tekst');
  return match[1]!;
}

export const mailText = (mail: ParsedMail): string => mail.text ?? '';

export const toAddresses = (mail: ParsedMail): string[] =>
  [mail.to].flat().flatMap((a) => (a ? a.value.map((v) => v.address ?? '') : []));
