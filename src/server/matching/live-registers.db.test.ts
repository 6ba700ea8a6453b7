import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SignalMatches } from '../../domain/matching';
import { sampleSubmission, submitAs } from '../signals/test-fixtures';
import { closedPortUrl, startRegisterServer, type LocalRegisterServer } from '../test-support/local-register-server';
import { loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const BASE = '/lvbag/individuelebevragingen/v2';
let bag: LocalRegisterServer;
let linked: TestApp;
let unlinked: TestApp;
let af: TestLogin;
let unlinkedAf: TestLogin;
/** Set by a test to make the BAG answer later than the client waits. */
let bagDelayMs = 0;

type Answer = { candidates: { source: string; id: string; label: string; reasons: string[] }[]; lookups: { register: string; status: string; message: string | null }[] };
const search = async (login: TestLogin, app: TestApp, payload: object): Promise<Answer> => {
  const res = await app.app.inject({ method: 'POST', url: '/api/v1/matching/search', headers: login.headers, payload });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Answer;
};

beforeAll(async () => {
  // Haal Centraal BAG Individuele Bevragingen v2, as its published document answers /adressen.
  bag = await startRegisterServer((request) =>
    request.path === `${BASE}/adressen` && request.query.get('postcode') === '2311AB' && request.headers['x-api-key'] === 'bag-key'
      ? {
          status: 200,
          delayMs: bagDelayMs,
          contentType: 'application/hal+json',
          body: {
            _embedded: {
              adressen: [
                { openbareRuimteNaam: 'Breestraat', korteNaam: 'Breestraat', huisnummer: 12, huisletter: 'a', postcode: '2311AB', woonplaatsNaam: 'Leiden', nummeraanduidingIdentificatie: '0546200000012345', adresseerbaarObjectIdentificatie: '0546010000054321', pandIdentificaties: ['0546100000011111'] },
              ],
            },
          },
        }
      : { status: 404, contentType: 'application/problem+json', body: { status: 404, title: 'Opgevraagde resource bestaat niet.', code: 'notFound' } },
  );
  linked = await createTestApp({
    registers: { bag: { baseUrl: `${bag.url}${BASE}`, apiKey: 'bag-key' }, kvk: { baseUrl: await closedPortUrl(), apiKey: 'kvk-key' }, timeoutMs: 1000 },
  });
  unlinked = await createTestApp();
  af = await loginAs(linked.database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
  unlinkedAf = await loginAs(unlinked.database.db, { municipality: 'GM0546', roles: ['aandachtsfunctionaris'] });
});
afterAll(async () => {
  await linked?.close();
  await unlinked?.close();
  await bag?.close();
});

describe('live registers in the search', () => {
  it('finds an address in the BAG as the municipality has access to it', async () => {
    const answer = await search(af, linked, { kind: 'address', text: 'Breestraat 12a, 2311 AB Leiden' });
    expect(answer.candidates).toEqual([
      { source: 'addresses', id: '0546200000012345', label: 'Breestraat 12a, 2311 AB Leiden (BAG)', score: 1, reasons: ['zelfde postcode en huisnummer'] },
    ]);
    expect(answer.lookups).toEqual([{ register: 'bag', status: 'ok', message: null }]);
  });

  it('says plainly that the KVK could not be reached, and still shows the rest', async () => {
    const answer = await search(af, linked, { kind: 'organisation', name: 'Bouwbedrijf de Vries B.V.' });
    expect(answer.candidates).toEqual([]);
    expect(answer.lookups).toEqual([{ register: 'kvk', status: 'unreachable', message: expect.stringMatching(/KVK.*(bereikt|bereikbaar)/) }]);
  });

  it('says that a register is not linked on an installation without it', async () => {
    expect((await search(unlinkedAf, unlinked, { kind: 'address', postcode: '2311AB', houseNumber: 12 })).lookups).toEqual([
      { register: 'bag', status: 'not-configured', message: 'De BAG is niet gekoppeld voor deze installatie.' },
    ]);
    expect((await search(unlinkedAf, unlinked, { kind: 'person', name: 'Jan Jansen' })).lookups).toEqual([]);
  });
});

describe('live registers in a signal\'s matches', () => {
  const BAG_ID = '0546200000012345';
  let earlier: { id: string; reference: string };
  let fresh: { id: string; reference: string };
  let unlinkedSignal: { id: string; reference: string };

  const submit = async (app: TestApp, municipality: string) => {
    const reporter = await loginAs(app.database.db, { municipality, roles: ['medewerker'] });
    const res = await submitAs(
      app.app,
      reporter,
      sampleSubmission({
        persons: [{ role: 'possible-victim', name: 'Jan van den Berg', dateOfBirth: '1980-03-14' }],
        organisations: [{ name: 'Bouwbedrijf de Vries B.V.' }],
        addresses: [{ postcode: '2311 AB', houseNumber: 12, addition: 'a', street: 'Breestraat', place: 'Leiden' }],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; reference: string };
  };
  const matchesOf = async (login: TestLogin, app: TestApp, id: string): Promise<SignalMatches> => {
    const res = await app.app.inject({ url: `/api/v1/signals/${id}/matches`, headers: login.headers });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as SignalMatches;
  };
  const decide = (login: TestLogin, app: TestApp, id: string, payload: object) =>
    app.app.inject({ method: 'POST', url: `/api/v1/signals/${id}/links`, headers: login.headers, payload });
  const part = (m: SignalMatches, name: string) => m.subjects.find((s) => s.subject === name)!;
  const sources = (m: SignalMatches, name: string) => part(m, name).candidates.map((c) => `${c.source}:${c.id}`);

  beforeAll(async () => {
    earlier = await submit(linked, 'GM0546');
    fresh = await submit(linked, 'GM0546');
    await submit(unlinked, 'GM0546');
    unlinkedSignal = await submit(unlinked, 'GM0546');
  });
  afterEach(() => {
    bagDelayMs = 0;
  });

  it('shows the BAG\'s address beside the earlier signal, and says which registers answered', async () => {
    const m = await matchesOf(af, linked, fresh.id);
    expect(part(m, 'addresses.0').candidates.find((c) => c.source === 'addresses')).toMatchObject({ id: BAG_ID, label: 'Breestraat 12a, 2311 AB Leiden (BAG)', decision: null });
    expect(sources(m, 'addresses.0')).toContain(`signal:${earlier.reference}`);
    expect(part(m, 'addresses.0').lookups).toEqual([{ register: 'bag', status: 'ok', message: null }]);
    // The KVK of this installation is down: said so, and the earlier signal still found.
    expect(part(m, 'organisations.0').lookups).toEqual([{ register: 'kvk', status: 'unreachable', message: expect.stringMatching(/KVK.*niet bereikbaar/) }]);
    expect(sources(m, 'organisations.0')).toEqual([`signal:${earlier.reference}`]);
    expect(part(m, 'persons.0').lookups).toEqual([]);
  });

  it('still shows the other candidates when the BAG answers too late, and says so', async () => {
    bagDelayMs = 1500;
    const m = await matchesOf(af, linked, fresh.id);
    expect(sources(m, 'addresses.0')).toEqual([`signal:${earlier.reference}`]);
    expect(part(m, 'addresses.0').lookups).toEqual([{ register: 'bag', status: 'unreachable', message: expect.stringContaining('De BAG gaf geen antwoord binnen 1 seconde') }]);
    expect(sources(m, 'persons.0')).toEqual([`signal:${earlier.reference}`]);
  });

  it('says that the registers are not linked on an installation without them, and shows the rest', async () => {
    const m = await matchesOf(unlinkedAf, unlinked, unlinkedSignal.id);
    expect(part(m, 'addresses.0').lookups).toEqual([{ register: 'bag', status: 'not-configured', message: 'De BAG is niet gekoppeld voor deze installatie.' }]);
    expect(part(m, 'organisations.0').lookups).toEqual([{ register: 'kvk', status: 'not-configured', message: 'Het Handelsregister van de KVK is niet gekoppeld voor deze installatie.' }]);
    expect(part(m, 'addresses.0').candidates.map((c) => c.source)).toEqual(['signal']);
  });

  it('links the BAG address the AF confirms, and keeps showing it when the BAG is down later', async () => {
    expect((await decide(af, linked, fresh.id, { subject: 'addresses.0', source: 'addresses', id: '0546200000099999', decision: 'confirmed' })).statusCode).toBe(404);
    const res = await decide(af, linked, fresh.id, { subject: 'addresses.0', source: 'addresses', id: BAG_ID, decision: 'confirmed', note: 'Zelfde adres.' });
    expect(res.statusCode, res.body).toBe(200);
    const answer = res.json() as SignalMatches;
    expect(part(answer, 'addresses.0').candidates.find((c) => c.id === BAG_ID)).toMatchObject({ decision: 'confirmed', note: 'Zelfde adres.' });
    expect(part(answer, 'addresses.0').lookups).toEqual([{ register: 'bag', status: 'ok', message: null }]);

    bagDelayMs = 1500;
    const later = await matchesOf(af, linked, fresh.id);
    expect(part(later, 'addresses.0').candidates.find((c) => c.id === BAG_ID)).toMatchObject({ label: 'Breestraat 12a, 2311 AB Leiden (BAG)', decision: 'confirmed', note: 'Zelfde adres.' });
    expect(part(later, 'addresses.0').lookups[0]?.status).toBe('unreachable');
  });

  it('keeps another municipality out, without asking any register for its signal', async () => {
    const denHaagAf = await loginAs(linked.database.db, { municipality: 'GM0518', roles: ['aandachtsfunctionaris'] });
    const asked = bag.requests.length;
    expect((await linked.app.inject({ url: `/api/v1/signals/${fresh.id}/matches`, headers: denHaagAf.headers })).statusCode).toBe(404);
    const res = await decide(denHaagAf, linked, fresh.id, { subject: 'addresses.0', source: 'addresses', id: BAG_ID, decision: 'rejected' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.id).toBe('signal-not-found');
    expect(bag.requests.length).toBe(asked);
  });
});
