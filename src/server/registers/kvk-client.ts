import { z } from 'zod';
import { notConfigured, ok, refused, unreachable, type LookupResult } from './lookup-result';
import { getJson, isAllowedRegisterUrl, logFailure, type RegisterClientOptions } from './register-http';

/*
 * KVK Handelsregister Zoeken API v2, GET /api/v2/zoeken, header `apikey`, as published by the KVK:
 * the OpenAPI document "API Zoeken" version 2.1.0 (https://developers.kvk.nl/cms/api/uploads/api_zoeken.yaml;
 * parameters kvkNummer (8 digits), naam, postcode, huisnummer, pagina, resultatenPerPagina) and the
 * "Migratiehandleiding Zoeken V1 naar V2" (https://developers.kvk.nl/nl/documentation/migration-zoeken-v2;
 * the response { pagina, resultatenPerPagina, totaal, resultaten[], _links } and adres.binnenlandsAdres /
 * adres.buitenlandsAdres). "No results" is not an empty list but HTTP 404 with
 * { fout: [{ code: 'IPD5200', omschrijving }] }.
 * The base address is the host: https://api.kvk.nl (test environment: https://api.kvk.nl/test).
 */

export type KvkOrganisationType = 'main-branch' | 'branch' | 'legal-entity' | 'other';

export interface KvkOrganisation {
  kvkNumber: string;
  /** Absent for a legal entity without a branch of its own. */
  branchNumber?: string;
  name: string;
  street?: string;
  houseNumber?: number;
  houseLetter?: string;
  postcode?: string;
  place?: string;
  type: KvkOrganisationType;
}

export interface KvkSearchQuery {
  kvkNumber?: string;
  name?: string;
  postcode?: string;
  houseNumber?: number;
}

export interface KvkClient {
  readonly enabled: boolean;
  search(query: KvkSearchQuery): Promise<LookupResult<KvkOrganisation[]>>;
}

const binnenlandsAdresSchema = z.object({
  straatnaam: z.string().optional(),
  huisnummer: z.number().int().optional(),
  huisletter: z.string().optional(),
  postcode: z.string().optional(),
  plaats: z.string().optional(),
});

const buitenlandsAdresSchema = z.object({
  straatHuisnummer: z.string().optional(),
  postcodeWoonplaats: z.string().optional(),
  land: z.string().optional(),
});

const resultaatItemSchema = z.object({
  kvkNummer: z.string(),
  vestigingsnummer: z.string().optional(),
  naam: z.string(),
  adres: z
    .object({ binnenlandsAdres: binnenlandsAdresSchema.optional(), buitenlandsAdres: buitenlandsAdresSchema.optional() })
    .optional(),
  // A string, not an enum: a new kind of registration should show as "other", not break the search.
  type: z.string(),
});

const resultaatSchema = z.object({
  totaal: z.number().int().optional(),
  resultaten: z.array(resultaatItemSchema).optional(),
});

const foutSchema = z.object({ fout: z.array(z.object({ code: z.string(), omschrijving: z.string().optional() })) });

const NO_RESULTS = 'IPD5200';
const RESULTS_PER_PAGE = 10;

const TYPES: Record<string, KvkOrganisationType> = {
  hoofdvestiging: 'main-branch',
  nevenvestiging: 'branch',
  rechtspersoon: 'legal-entity',
};

export function createKvkClient(options: RegisterClientOptions): KvkClient {
  const { baseUrl, apiKey, timeoutMs, logger } = options;
  if (!baseUrl || !apiKey) {
    return { enabled: false, search: () => Promise.resolve(notConfigured('KVK')) };
  }
  if (!isAllowedRegisterUrl(baseUrl)) throw new TypeError('The KVK address must be https (http only on loopback).');
  const connection = { baseUrl: baseUrl.replace(/\/+$/, ''), apiKey, timeoutMs, fetch: options.fetch ?? fetch };

  return {
    enabled: true,
    async search(query) {
      const startedAt = performance.now();
      const result = await search(connection, query);
      if (result.status !== 'ok') logFailure(logger, 'KVK', result, startedAt);
      return result;
    },
  };
}

async function search(
  connection: { baseUrl: string; apiKey: string; timeoutMs: number; fetch: typeof fetch },
  query: KvkSearchQuery,
): Promise<LookupResult<KvkOrganisation[]>> {
  const { timeoutMs } = connection;
  const kvkNumber = query.kvkNumber?.replace(/\s+/g, '') || undefined;
  const name = query.name?.trim() || undefined;
  const postcode = query.postcode?.replace(/\s+/g, '').toUpperCase() || undefined;
  const houseNumber = query.houseNumber;
  if (
    (kvkNumber === undefined && name === undefined && postcode === undefined) ||
    (kvkNumber !== undefined && !/^[0-9]{8}$/.test(kvkNumber)) ||
    (postcode !== undefined && !/^[1-9][0-9]{3}[A-Z]{2}$/.test(postcode)) ||
    (houseNumber !== undefined && (!Number.isInteger(houseNumber) || houseNumber < 1)) ||
    // The published search combinations use a house number only together with a postcode.
    (houseNumber !== undefined && postcode === undefined)
  ) {
    return refused('KVK', 'invalid-query');
  }

  const url = new URL(`${connection.baseUrl}/api/v2/zoeken`);
  if (kvkNumber) url.searchParams.set('kvkNummer', kvkNumber);
  if (name) url.searchParams.set('naam', name);
  if (postcode) url.searchParams.set('postcode', postcode);
  if (houseNumber !== undefined) url.searchParams.set('huisnummer', String(houseNumber));
  url.searchParams.set('pagina', '1');
  url.searchParams.set('resultatenPerPagina', String(RESULTS_PER_PAGE));

  const response = await getJson(connection, url, { apikey: connection.apiKey, Accept: 'application/json' });
  if (response.kind === 'failed') return unreachable('KVK', response.reason, timeoutMs);

  const { status, body } = response;
  if (status === 200) {
    const parsed = resultaatSchema.safeParse(body);
    if (!parsed.success) return unreachable('KVK', 'bad-response', timeoutMs);
    return ok((parsed.data.resultaten ?? []).map(toOrganisation));
  }
  if (status === 401 || status === 403) return refused('KVK', 'unauthorised');
  if (status === 429) return refused('KVK', 'rate-limited');
  const fout = foutSchema.safeParse(body).data?.fout ?? [];
  if (fout.some((f) => f.code === NO_RESULTS)) return ok([]);
  if (status === 400) return refused('KVK', 'invalid-query');
  return unreachable('KVK', `http-${status}`, timeoutMs);
}

function toOrganisation(item: z.infer<typeof resultaatItemSchema>): KvkOrganisation {
  const domestic = item.adres?.binnenlandsAdres;
  const foreign = item.adres?.buitenlandsAdres;
  return {
    kvkNumber: item.kvkNummer,
    branchNumber: item.vestigingsnummer,
    name: item.naam,
    type: TYPES[item.type] ?? 'other',
    ...(domestic
      ? {
          street: domestic.straatnaam,
          houseNumber: domestic.huisnummer,
          houseLetter: domestic.huisletter,
          postcode: domestic.postcode,
          place: domestic.plaats,
        }
      : {
          // A foreign address comes as two free lines; keep them readable rather than split them.
          street: foreign?.straatHuisnummer,
          place: [foreign?.postcodeWoonplaats, foreign?.land].filter(Boolean).join(', ') || undefined,
        }),
  };
}
