import { z } from 'zod';
import { notConfigured, ok, refused, unreachable, type LookupResult } from './lookup-result';
import { getJson, isAllowedRegisterUrl, logFailure, type RegisterClientOptions } from './register-http';

/*
 * BAG API Individuele Bevragingen v2 (Kadaster, LVBAG), operation GET /adressen ("bevraagAdressen"),
 * as published in the OpenAPI document version 2.0.0 in github.com/lvbag/BAG-API,
 * "Technische specificatie/Archief/Yaml's/BAG API Individuele Bevragingen/resolved/individuelebevragingen/v2/adressen.yaml"
 * (schemas AdresIOHalCollection, Adres, Error, InvalidParams; security scheme apiKeyBAG = header
 * X-Api-Key), with Features/exacte_match.feature, Features/foutafhandeling.feature and
 * Features/adresregels.feature (adresregel5/6, added after 2.0.0) from the same repository.
 * Production: https://api.bag.kadaster.nl/lvbag/individuelebevragingen/v2,
 * acceptance: https://api.bag.acceptatie.kadaster.nl/lvbag/individuelebevragingen/v2.
 */

export interface BagAddress {
  /** The BAG's nummeraanduidingIdentificatie: 16 digits, stable for this address. */
  nummeraanduiding: string;
  /** The full name of the public space, not the NEN 5825 short name. */
  street: string;
  houseNumber: number;
  houseLetter?: string;
  addition?: string;
  /** Missing for the rare address the BAG holds without one. */
  postcode?: string;
  place: string;
}

export interface BagAddressQuery {
  postcode: string;
  houseNumber: number;
  houseLetter?: string;
  addition?: string;
}

export interface BagClient {
  readonly enabled: boolean;
  lookupAddress(query: BagAddressQuery): Promise<LookupResult<BagAddress[]>>;
}

// Only what we map is checked; everything else in the document (links, in-onderzoek, adresregels)
// may come and go without breaking the look-up.
const adresSchema = z.object({
  openbareRuimteNaam: z.string(),
  huisnummer: z.number().int(),
  huisletter: z.string().optional(),
  huisnummertoevoeging: z.string().optional(),
  postcode: z.string().optional(),
  woonplaatsNaam: z.string(),
  nummeraanduidingIdentificatie: z.string(),
});

const adressenSchema = z.object({
  _embedded: z.object({ adressen: z.array(adresSchema).optional() }).optional(),
});

/** application/problem+json as the BAG API sends it. */
const problemSchema = z.object({ status: z.number().int(), code: z.string().optional() });

/** The published parameter patterns: a value that fails them would only earn a 400. */
const postcodePattern = /^[1-9][0-9]{3}[A-Z]{2}$/;
const houseLetterPattern = /^[a-zA-Z]$/;
const additionPattern = /^[0-9a-zA-Z]{1,4}$/;

export function createBagClient(options: RegisterClientOptions): BagClient {
  const { baseUrl, apiKey, timeoutMs, logger } = options;
  if (!baseUrl || !apiKey) {
    return { enabled: false, lookupAddress: () => Promise.resolve(notConfigured('BAG')) };
  }
  if (!isAllowedRegisterUrl(baseUrl)) throw new TypeError('The BAG address must be https (http only on loopback).');
  const connection = { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey, timeoutMs, fetch: options.fetch ?? fetch };

  return {
    enabled: true,
    async lookupAddress(query) {
      const startedAt = performance.now();
      const result = await lookup(connection, query);
      if (result.status !== 'ok') logFailure(logger, 'BAG', result, startedAt);
      return result;
    },
  };
}

async function lookup(
  connection: { baseUrl: string; apiKey: string; timeoutMs: number; fetch: typeof fetch },
  query: BagAddressQuery,
): Promise<LookupResult<BagAddress[]>> {
  const { timeoutMs } = connection;
  const postcode = query.postcode.replace(/\s+/g, '').toUpperCase();
  const letter = query.houseLetter?.trim() || undefined;
  const addition = query.addition?.trim() || undefined;
  if (
    !postcodePattern.test(postcode) ||
    !Number.isInteger(query.houseNumber) ||
    query.houseNumber < 1 ||
    query.houseNumber > 99999 ||
    (letter !== undefined && !houseLetterPattern.test(letter)) ||
    (addition !== undefined && !additionPattern.test(addition))
  ) {
    return refused('BAG', 'invalid-query');
  }

  const url = new URL(`${connection.baseUrl}/adressen`);
  url.searchParams.set('postcode', postcode);
  url.searchParams.set('huisnummer', String(query.houseNumber));
  if (letter) url.searchParams.set('huisletter', letter);
  if (addition) url.searchParams.set('huisnummertoevoeging', addition);
  // Without it "12" also returns 12a, 12-1 and so on; the AF asked for one address.
  url.searchParams.set('exacteMatch', 'true');

  const response = await getJson(connection, url, {
    'X-Api-Key': connection.apiKey,
    Accept: 'application/hal+json, application/problem+json',
  });
  if (response.kind === 'failed') return unreachable('BAG', response.reason, timeoutMs);

  const { status, body } = response;
  if (status === 200) {
    const parsed = adressenSchema.safeParse(body);
    if (!parsed.success) return unreachable('BAG', 'bad-response', timeoutMs);
    return ok((parsed.data._embedded?.adressen ?? []).map(toBagAddress));
  }
  if (status === 401 || status === 403) return refused('BAG', 'unauthorised');
  if (status === 400) return refused('BAG', 'invalid-query');
  if (status === 429) return refused('BAG', 'rate-limited');
  // A 404 is "no such address" only when the BAG itself says so; a 404 page from a proxy or a
  // wrong base address must not read as "this address does not exist".
  if (status === 404 && problemSchema.safeParse(body).data?.status === 404) return ok([]);
  return unreachable('BAG', `http-${status}`, timeoutMs);
}

function toBagAddress(adres: z.infer<typeof adresSchema>): BagAddress {
  return {
    nummeraanduiding: adres.nummeraanduidingIdentificatie,
    street: adres.openbareRuimteNaam,
    houseNumber: adres.huisnummer,
    houseLetter: adres.huisletter,
    addition: adres.huisnummertoevoeging,
    postcode: adres.postcode,
    place: adres.woonplaatsNaam,
  };
}
