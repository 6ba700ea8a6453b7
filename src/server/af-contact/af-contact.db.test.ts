import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afContacts } from '../db/schema';
import { inTenant } from '../db/tenant';
import type { App } from '../http/types';
import { allAuditRecords, loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

let t: TestApp;
let app: App;
let beheerder: TestLogin;
let medewerker: TestLogin;
let denHaag: TestLogin;

beforeAll(async () => {
  t = await createTestApp();
  app = t.app;
  beheerder = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['beheerder'] });
  medewerker = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['medewerker'] });
  denHaag = await loginAs(t.database.db, { municipality: 'GM0518', roles: ['medewerker'] });
});
afterAll(() => t?.close());

const read = (login: TestLogin) => app.inject({ url: '/api/v1/af-contact', headers: login.headers });
const write = (login: TestLogin, payload: object) => app.inject({ method: 'PUT', url: '/api/v1/af-contact', payload, headers: login.headers });
const contact = { name: 'Fatima el Amrani', phone: '071-5165165', email: 'af@leiden.nl', hours: 'maandag t/m donderdag 9.00–17.00 uur' };

describe("the municipality's aandachtsfunctionaris", () => {
  it('is not known until the beheerder sets it', async () => {
    expect((await read(medewerker)).json()).toEqual({ municipality: { code: 'GM0546', name: 'Leiden' }, contact: null, setAt: null });
  });

  it('is set by the beheerder and then shown to every employee of that municipality only', async () => {
    const saved = await write(beheerder, { ...contact, name: '  Fatima el Amrani ' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().contact).toEqual(contact);
    expect((await read(medewerker)).json().contact).toEqual(contact);
    expect((await read(denHaag)).json()).toMatchObject({ municipality: { name: "'s-Gravenhage" }, contact: null });
    // Row-level security: Den Haag's tenant does not see Leiden's row, even by a query of its own.
    expect(await inTenant(t.database.db, 'GM0518', (tx) => tx.select().from(afContacts))).toEqual([]);
  });

  it('is audited with the fields that changed, not their values', async () => {
    await write(beheerder, { ...contact, phone: '06-12345678', hours: '' });
    expect((await read(medewerker)).json().contact).toEqual({ ...contact, phone: '06-12345678', hours: null });
    const records = (await allAuditRecords(t.database.db)).filter((r) => r.action === 'af-contact.update');
    expect(records.map((r) => [r.municipality, r.actor_user_id, r.details])).toEqual([
      ['GM0546', beheerder.userId, { first: true, changed: ['name', 'phone', 'email', 'hours'] }],
      ['GM0546', beheerder.userId, { first: false, changed: ['phone', 'hours'] }],
    ]);
    expect(JSON.stringify(records)).not.toContain('Fatima');
  });

  it('refuses a wrong phone number or e-mail address, or no name, with a Dutch message per field', async () => {
    for (const [field, value, message] of [
      ['phone', '12345', 'Dit is geen geldig telefoonnummer. Vul tien cijfers in, zoals 071-5165165 of 06-12345678.'],
      ['phone', '', 'Vul een telefoonnummer in.'],
      ['email', 'af@leiden', 'Dit is geen geldig e-mailadres. Vul een adres in zoals naam@gemeente.nl.'],
      ['name', ' ', 'Vul de naam van de aandachtsfunctionaris in.'],
    ] as const) {
      const res = await write(beheerder, { ...contact, [field]: value });
      expect(res.statusCode, `${field}: ${value}`).toBe(400);
      expect(res.json().error.details.fields).toContainEqual({ field, message });
    }
  });

  it('is set by the beheerder only; reading needs a login', async () => {
    const af = await loginAs(t.database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
    expect((await write(af, contact)).statusCode).toBe(403);
    expect((await write(medewerker, contact)).statusCode).toBe(403);
    expect((await app.inject({ url: '/api/v1/af-contact' })).statusCode).toBe(401);
  });
});
