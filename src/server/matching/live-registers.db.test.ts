import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closedPortUrl, startRegisterServer, type LocalRegisterServer } from '../test-support/local-register-server';
import { loginAs, type TestLogin } from '../test-support/login-as';
import { createTestApp, type TestApp } from '../test-support/test-app';

const BASE = '/lvbag/individuelebevragingen/v2';
let bag: LocalRegisterServer;
let linked: TestApp;
let unlinked: TestApp;
let af: TestLogin;
let unlinkedAf: TestLogin;

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
