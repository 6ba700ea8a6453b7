import { afterEach, describe, expect, it } from 'vitest';
import { createKvkClient } from './kvk-client';
import { closedPortUrl, recordingLogger, startRegisterServer, type LocalRegisterServer, type Reply } from '../test-support/local-register-server';

const KEY = 'kvk-test-key-91aa';

/** One item of `resultaten` as API Zoeken v2 (2.1.0) publishes it. */
function resultaat(overrides: Record<string, unknown> = {}) {
  return {
    kvkNummer: '69599084',
    vestigingsnummer: '000038509490',
    naam: 'Test EMZ Dagobert',
    adres: { binnenlandsAdres: { type: 'bezoekadres', straatnaam: 'Hizzaarderlaan', huisnummer: 3, huisletter: 'A', postcode: '8651HL', plaats: 'Lollum' } },
    type: 'hoofdvestiging',
    links: [
      { rel: 'basisprofiel', href: 'https://api.kvk.nl/test/api/v1/basisprofielen/69599084' },
      { rel: 'vestigingsprofiel', href: 'https://api.kvk.nl/test/api/v1/vestigingsprofielen/000038509490' },
    ],
    ...overrides,
  };
}

function resultaten(items: unknown[]): Reply {
  return {
    status: 200,
    body: { pagina: 1, resultatenPerPagina: 10, totaal: items.length, resultaten: items, links: [{ rel: 'self', href: 'https://api.kvk.nl/test/api/v2/zoeken?pagina=1' }] },
  };
}

function fout(status: number, code: string, omschrijving: string): Reply {
  return { status, body: { fout: [{ code, omschrijving }] } };
}

let server: LocalRegisterServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function kvk(reply: Reply) {
  server = await startRegisterServer((request) =>
    request.headers.apikey === KEY ? reply : { status: 401, body: { fout: [{ code: 'IPD0001', omschrijving: 'Ongeldige API key' }] } },
  );
  const logger = recordingLogger();
  const client = createKvkClient({ baseUrl: server.url, apiKey: KEY, timeoutMs: 1000, logger });
  return { client, logger, server };
}

describe('KVK client', () => {
  it('finds an organisation by KVK number and asks as the published API expects it', async () => {
    const { client, server } = await kvk(resultaten([resultaat()]));
    const result = await client.search({ kvkNumber: '6959 9084' });
    expect(result).toEqual({
      status: 'ok',
      items: [
        { kvkNumber: '69599084', branchNumber: '000038509490', name: 'Test EMZ Dagobert', street: 'Hizzaarderlaan', houseNumber: 3, houseLetter: 'A', postcode: '8651HL', place: 'Lollum', type: 'main-branch' },
      ],
    });
    const [request] = server.requests;
    expect(request?.path).toBe('/api/v2/zoeken');
    expect(Object.fromEntries(request?.query ?? [])).toEqual({ kvkNummer: '69599084', pagina: '1', resultatenPerPagina: '10' });
    expect(request?.headers.apikey).toBe(KEY);
  });

  it('gives several results with their kind, a legal entity without branch and a foreign address', async () => {
    const { client, server } = await kvk(
      resultaten([
        resultaat(),
        resultaat({ vestigingsnummer: '000038509504', type: 'nevenvestiging', adres: { binnenlandsAdres: { type: 'bezoekadres', straatnaam: 'Abebe Bikilalaan', huisnummer: 17, postcode: '1234AB', plaats: 'Amsterdam' } } }),
        resultaat({ vestigingsnummer: undefined, type: 'rechtspersoon', adres: undefined }),
        resultaat({ kvkNummer: '90001354', vestigingsnummer: '990000852070', adres: { buitenlandsAdres: { type: 'bezoekadres', straatHuisnummer: 'Rue de la Loi 16', postcodeWoonplaats: '1000 Bruxelles', land: 'België' } }, type: 'nevenvestiging' }),
        resultaat({ type: 'iets nieuws' }),
      ]),
    );
    const result = await client.search({ name: 'Dagobert', postcode: '8651 hl', houseNumber: 3 });
    expect(result.status).toBe('ok');
    if (result.status !== 'ok') return;
    expect(result.items.map((o) => [o.branchNumber, o.type, o.street, o.place])).toEqual([
      ['000038509490', 'main-branch', 'Hizzaarderlaan', 'Lollum'],
      ['000038509504', 'branch', 'Abebe Bikilalaan', 'Amsterdam'],
      [undefined, 'legal-entity', undefined, undefined],
      ['990000852070', 'branch', 'Rue de la Loi 16', '1000 Bruxelles, België'],
      ['000038509490', 'other', 'Hizzaarderlaan', 'Lollum'],
    ]);
    expect(Object.fromEntries(server.requests[0]?.query ?? [])).toEqual({ naam: 'Dagobert', postcode: '8651HL', huisnummer: '3', pagina: '1', resultatenPerPagina: '10' });
  });

  it('reads IPD5200 ("no data found") as an empty result, and an empty page too', async () => {
    for (const reply of [fout(404, 'IPD5200', 'Er zijn geen gegevens gevonden die voldoen aan de opgegeven zoekparameters.'), resultaten([])]) {
      const { client } = await kvk(reply);
      expect(await client.search({ name: 'Bestaat Niet BV' })).toEqual({ status: 'ok', items: [] });
      await server?.close();
      server = undefined;
    }
  });

  it('says the key is refused on 401 and 403, without the key or the name in the log', async () => {
    server = await startRegisterServer(() => ({ status: 401, body: { fout: [{ code: 'IPD0001', omschrijving: 'Ongeldige API key' }] } }));
    const logger = recordingLogger();
    const wrongKey = createKvkClient({ baseUrl: server.url, apiKey: 'wrong-key-5512', timeoutMs: 1000, logger });
    expect(await wrongKey.search({ name: 'Nagelstudio Zonneschijn' })).toEqual({
      status: 'refused',
      reason: 'unauthorised',
      message:
        'Het Handelsregister van de KVK weigert de zoekvraag: de sleutel van deze installatie wordt niet geaccepteerd. Vraag de beheerder de koppeling na te kijken.',
    });
    expect(logger.lines).toHaveLength(1);
    expect(logger.lines.join()).not.toMatch(/wrong-key|Nagelstudio|naam|zoeken/);

    const { client } = await kvk({ status: 403, body: { fout: [{ code: 'IPD0002', omschrijving: 'Geen toegang' }] } });
    expect((await client.search({ name: 'x' })).status).toBe('refused');
  });

  it('refuses a question the API would reject, without asking it', async () => {
    const { client, server } = await kvk(resultaten([resultaat()]));
    for (const query of [{}, { kvkNumber: '1234' }, { name: 'Dagobert', houseNumber: 3 }, { postcode: 'ABCD12' }]) {
      expect(await client.search(query)).toEqual({
        status: 'refused',
        reason: 'invalid-query',
        message: 'Het Handelsregister van de KVK kan met deze gegevens niet zoeken; controleer wat u hebt ingevuld.',
      });
    }
    expect(server.requests).toHaveLength(0);
  });

  it('gives up at the deadline when the KVK answers too late', async () => {
    server = await startRegisterServer(() => ({ ...resultaten([resultaat()]), delayMs: 3000 }));
    const client = createKvkClient({ baseUrl: server.url, apiKey: KEY, timeoutMs: 300 });
    const started = performance.now();
    const result = await client.search({ kvkNumber: '69599084' });
    expect(performance.now() - started).toBeLessThan(1500);
    expect(result).toEqual({
      status: 'unreachable',
      reason: 'timeout',
      message: 'Het Handelsregister van de KVK gaf geen antwoord binnen 0,3 seconden; de rest van de zoekresultaten staat hieronder.',
    });
  });

  it('says the KVK is unreachable when nothing listens', async () => {
    const client = createKvkClient({ baseUrl: await closedPortUrl(), apiKey: KEY, timeoutMs: 1000 });
    expect(await client.search({ kvkNumber: '69599084' })).toEqual({
      status: 'unreachable',
      reason: 'network',
      message: 'Het Handelsregister van de KVK is op dit moment niet bereikbaar; de rest van de zoekresultaten staat hieronder.',
    });
  });

  it('reads a body that is not JSON, or not the published shape, as a bad response', async () => {
    const expected = {
      status: 'unreachable',
      reason: 'bad-response',
      message: 'Het Handelsregister van de KVK gaf een antwoord dat Signaalroute niet kan lezen; de rest van de zoekresultaten staat hieronder.',
    };
    let { client } = await kvk({ status: 200, body: '{"resultaten": [{"kvkNummer": ' });
    expect(await client.search({ kvkNumber: '69599084' })).toEqual(expected);
    await server?.close();
    ({ client } = await kvk(resultaten([{ kvkNummer: 69599084, naam: 'Dagobert', type: 'hoofdvestiging' }])));
    expect(await client.search({ kvkNumber: '69599084' })).toEqual(expected);
  });

  it('passes another error on as HTTP status, and an unknown 404 is not "no results"', async () => {
    let { client } = await kvk(fout(500, 'IPD9999', 'Algemene technische fout.'));
    expect(await client.search({ kvkNumber: '69599084' })).toMatchObject({ status: 'unreachable', reason: 'http-500' });
    await server?.close();
    ({ client } = await kvk({ status: 404, contentType: 'text/html', body: '<h1>Not Found</h1>' }));
    expect(await client.search({ kvkNumber: '69599084' })).toMatchObject({ status: 'unreachable', reason: 'http-404' });
  });

  it('says the KVK is not linked when the URL or key is missing, and never calls out', async () => {
    for (const options of [{ baseUrl: undefined, apiKey: KEY }, { baseUrl: 'https://api.kvk.nl', apiKey: undefined }]) {
      const client = createKvkClient({ ...options, timeoutMs: 1000, fetch: () => Promise.reject(new Error('no call expected')) });
      expect(client.enabled).toBe(false);
      expect(await client.search({ kvkNumber: '69599084' })).toEqual({
        status: 'not-configured',
        message: 'Het Handelsregister van de KVK is niet gekoppeld voor deze installatie.',
      });
    }
  });
});
