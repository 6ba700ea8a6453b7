import { afterEach, describe, expect, it } from 'vitest';
import { createBagClient } from './bag-client';
import { closedPortUrl, recordingLogger, startRegisterServer, type LocalRegisterServer, type Reply } from '../test-support/local-register-server';

const KEY = 'bag-test-key-0f3c';
const BASE = '/lvbag/individuelebevragingen/v2';
const HAL = 'application/hal+json';
const PROBLEM = 'application/problem+json';

/** One item of `_embedded.adressen` as AdresIOHalCollection in the published OpenAPI document has it. */
function adres(overrides: Record<string, unknown> = {}) {
  const self = `https://api.bag.kadaster.nl${BASE}`;
  return {
    openbareRuimteNaam: 'Breestraat',
    korteNaam: 'Breestraat',
    huisnummer: 12,
    huisletter: 'a',
    postcode: '2311AB',
    woonplaatsNaam: 'Leiden',
    nummeraanduidingIdentificatie: '0546200000012345',
    openbareRuimteIdentificatie: '0546300000000123',
    woonplaatsIdentificatie: '2088',
    adresseerbaarObjectIdentificatie: '0546010000054321',
    pandIdentificaties: ['0546100000011111'],
    adresregel5: 'Breestraat 12 a',
    adresregel6: '2311 AB  LEIDEN',
    _links: {
      self: { href: `${self}/adressen/0546200000012345` },
      openbareRuimte: { href: `${self}/openbareruimten/0546300000000123` },
      nummeraanduiding: { href: `${self}/nummeraanduidingen/0546200000012345` },
      woonplaats: { href: `${self}/woonplaatsen/2088` },
      adresseerbaarObject: { href: `${self}/verblijfsobjecten/0546010000054321` },
      panden: [{ href: `${self}/panden/0546100000011111` }],
    },
    ...overrides,
  };
}

function collection(adressen: unknown[]): Reply {
  return {
    status: 200,
    contentType: HAL,
    body: { _links: { self: { href: `https://api.bag.kadaster.nl${BASE}/adressen?postcode=2311AB` } }, _embedded: { adressen } },
  };
}

function problem(status: number, title: string, code: string): Reply {
  return {
    status,
    contentType: PROBLEM,
    body: { status, title, type: `https://www.w3.org/Protocols/rfc2616/rfc2616-sec10.html#/${status}`, detail: title, instance: `${BASE}/adressen`, code },
  };
}

let server: LocalRegisterServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A server that answers like the BAG, and refuses a request without the right key as the BAG does. */
async function bag(reply: Reply) {
  server = await startRegisterServer((request) =>
    request.headers['x-api-key'] === KEY ? reply : problem(401, 'Niet correct geauthenticeerd.', 'authentication'),
  );
  const logger = recordingLogger();
  const client = createBagClient({ baseUrl: `${server.url}${BASE}`, apiKey: KEY, timeoutMs: 1000, logger });
  return { client, logger, server };
}

describe('BAG client', () => {
  it('finds one address and sends the question as the published API expects it', async () => {
    const { client, server } = await bag(collection([adres()]));
    const result = await client.lookupAddress({ postcode: '2311 ab', houseNumber: 12, houseLetter: 'a' });
    expect(result).toEqual({
      status: 'ok',
      items: [{ nummeraanduiding: '0546200000012345', street: 'Breestraat', houseNumber: 12, houseLetter: 'a', addition: undefined, postcode: '2311AB', place: 'Leiden' }],
    });
    const [request] = server.requests;
    expect(request?.path).toBe(`${BASE}/adressen`);
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ postcode: '2311AB', huisnummer: '12', huisletter: 'a', exacteMatch: 'true' });
    expect(request?.headers['x-api-key']).toBe(KEY);
    expect(request?.headers.accept).toContain(HAL);
    expect(request?.headers['accept-crs']).toBeUndefined();
  });

  it('gives every address when a number has several (letters, additions)', async () => {
    const { client, server } = await bag(
      collection([
        adres({ huisletter: undefined, adresregel5: 'Breestraat 12', nummeraanduidingIdentificatie: '0546200000012340' }),
        adres({ huisletter: undefined, huisnummertoevoeging: '1', nummeraanduidingIdentificatie: '0546200000012341' }),
        adres({ huisletter: undefined, huisnummertoevoeging: 'bis', nummeraanduidingIdentificatie: '0546200000012342' }),
      ]),
    );
    const result = await client.lookupAddress({ postcode: '2311AB', houseNumber: 12, addition: '1' });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.items.map((a) => [a.nummeraanduiding, a.addition])).toEqual([
      ['0546200000012340', undefined],
      ['0546200000012341', '1'],
      ['0546200000012342', 'bis'],
    ]);
    expect(server.requests[0]?.query.get('huisnummertoevoeging')).toBe('1');
  });

  it('finds nothing in an empty collection, in one without _embedded and in a 404 problem', async () => {
    for (const reply of [collection([]), { status: 200, contentType: HAL, body: { _links: { self: { href: '/adressen' } } } }, problem(404, 'Opgevraagde resource bestaat niet.', 'notFound')]) {
      const { client } = await bag(reply);
      expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 999 })).toEqual({ status: 'ok', items: [] });
      await server?.close();
      server = undefined;
    }
  });

  it('does not read a 404 that is not the BAG speaking as "no such address"', async () => {
    const { client } = await bag({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' });
    expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual({
      status: 'unreachable',
      reason: 'http-404',
      message: 'De BAG gaf een foutmelding (HTTP 404); de rest van de zoekresultaten staat hieronder.',
    });
  });

  it('says the key is refused on 401 and 403, without the key or the address in the log', async () => {
    server = await startRegisterServer(() => problem(401, 'Niet correct geauthenticeerd.', 'authentication'));
    const logger = recordingLogger();
    const wrongKey = createBagClient({ baseUrl: server.url, apiKey: 'wrong-key-7781', timeoutMs: 1000, logger });
    const result = await wrongKey.lookupAddress({ postcode: '2311AB', houseNumber: 12 });
    expect(result).toEqual({
      status: 'refused',
      reason: 'unauthorised',
      message: 'De BAG weigert de zoekvraag: de sleutel van deze installatie wordt niet geaccepteerd. Vraag de beheerder de koppeling na te kijken.',
    });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines.join()).not.toMatch(/wrong-key|2311|huisnummer|adressen/);

    const { client } = await bag(problem(403, 'U bent niet geautoriseerd voor deze operatie.', 'autorisation'));
    expect((await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).status).toBe('refused');
  });

  it('refuses a postcode or house number the API would reject, without asking it', async () => {
    const { client, server } = await bag(collection([adres()]));
    for (const query of [{ postcode: '0123AB', houseNumber: 1 }, { postcode: '2311AB', houseNumber: 0 }, { postcode: '2311AB', houseNumber: 1, houseLetter: 'ab' }]) {
      expect(await client.lookupAddress(query)).toEqual({
        status: 'refused',
        reason: 'invalid-query',
        message: 'De BAG kan met deze gegevens niet zoeken; controleer wat u hebt ingevuld.',
      });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('gives up at the deadline when the BAG answers too late', async () => {
    server = await startRegisterServer(() => ({ ...collection([adres()]), delayMs: 3000 }));
    const client = createBagClient({ baseUrl: server.url, apiKey: KEY, timeoutMs: 250 });
    const started = performance.now();
    const result = await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result).toEqual({
      status: 'unreachable',
      reason: 'timeout',
      message: 'De BAG gaf geen antwoord binnen 0,25 seconden; de rest van de zoekresultaten staat hieronder.',
    });
  });

  it('says the BAG is unreachable when nothing listens', async () => {
    const client = createBagClient({ baseUrl: await closedPortUrl(), apiKey: KEY, timeoutMs: 1000 });
    expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual({
      status: 'unreachable',
      reason: 'network',
      message: 'De BAG is op dit moment niet bereikbaar; de rest van de zoekresultaten staat hieronder.',
    });
  });

  it('reads a body that is not JSON, or not the published shape, as a bad response', async () => {
    const expected = {
      status: 'unreachable',
      reason: 'bad-response',
      message: 'De BAG gaf een antwoord dat Signaalroute niet kan lezen; de rest van de zoekresultaten staat hieronder.',
    };
    let { client } = await bag({ status: 200, contentType: HAL, body: '{"_embedded": {"adressen": [' });
    expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual(expected);
    await server?.close();
    ({ client } = await bag(collection([{ huisnummer: '12', postcode: '2311AB' }])));
    expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual(expected);
  });

  it('passes a server error on as HTTP status', async () => {
    const { client } = await bag(problem(503, 'Bronservice BAG is tijdelijk niet beschikbaar.', 'notAvailable'));
    expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toMatchObject({ status: 'unreachable', reason: 'http-503' });
  });

  it('says the BAG is not linked when the URL or key is missing, and never calls out', async () => {
    for (const options of [{ baseUrl: undefined, apiKey: KEY }, { baseUrl: 'https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2', apiKey: undefined }]) {
      const client = createBagClient({ ...options, timeoutMs: 1000, fetch: () => Promise.reject(new Error('no call expected')) });
      expect(client.enabled).toBe(false);
      expect(await client.lookupAddress({ postcode: '2311AB', houseNumber: 12 })).toEqual({
        status: 'not-configured',
        message: 'De BAG is niet gekoppeld voor deze installatie.',
      });
    }
  });

  it('will not send the key over plain http to anything but loopback', () => {
    expect(() => createBagClient({ baseUrl: 'http://api.bag.kadaster.nl', apiKey: KEY, timeoutMs: 1000 })).toThrow(/https/);
  });
});
