import { describe, expect, it } from 'vitest';
import { suggestRoute } from './route-suggestion';
import type { SignalSubmission } from './schema';

const DEN_HAAG = ['den-haag-persoon', 'den-haag-locatie', 'landelijk'];
const base: SignalSubmission = {
  forms: ['labour'],
  observedSignals: [],
  description: 'x',
  persons: [{ role: 'possible-victim', description: 'man van ongeveer 30' }],
  organisations: [],
  addresses: [],
  acuteDanger: false,
  personAware: 'unknown',
};

describe('route suggestion', () => {
  it('puts acute danger first: the 112 answer of the map', () => {
    expect(suggestRoute({ ...base, acuteDanger: true }, DEN_HAAG)).toEqual({ mapId: 'den-haag-persoon', answers: ['yes'] });
    expect(suggestRoute({ ...base, acuteDanger: true }, ['rotterdam', 'landelijk'])).toEqual({ mapId: 'rotterdam', answers: ['yes'] });
  });

  it('leads a Den Haag signal about a person towards the form', () => {
    expect(suggestRoute(base, DEN_HAAG)).toEqual({ mapId: 'den-haag-persoon', answers: ['no', 'yes', 'labour'] });
    expect(suggestRoute({ ...base, forms: ['sexual'] }, DEN_HAAG)).toEqual({ mapId: 'den-haag-persoon', answers: ['no', 'yes', 'sexual'] });
    // Several forms, or "don't know": the AF answers the form question.
    expect(suggestRoute({ ...base, forms: ['labour', 'criminal'] }, DEN_HAAG)!.answers).toEqual(['no']);
    expect(suggestRoute({ ...base, forms: ['unknown'] }, DEN_HAAG)!.answers).toEqual(['no']);
  });

  it('uses the location map for addresses and organisations without persons', () => {
    const place = { ...base, persons: [], addresses: [{ postcode: '2511 AA', houseNumber: 1 }] };
    expect(suggestRoute(place, DEN_HAAG)).toEqual({ mapId: 'den-haag-locatie', answers: ['no', 'no', 'yes'] });
    expect(suggestRoute({ ...place, forms: ['sexual'] }, DEN_HAAG)).toEqual({ mapId: 'den-haag-locatie', answers: ['no', 'yes'] });
    expect(suggestRoute({ ...place, addresses: [], organisations: [{ name: 'Bv' }], forms: ['criminal'] }, DEN_HAAG)).toEqual({ mapId: 'den-haag-locatie', answers: ['no'] });
  });

  it("prefers the region's own map to the national one", () => {
    expect(suggestRoute(base, ['rotterdam', 'landelijk'])).toEqual({ mapId: 'rotterdam', answers: ['no', 'werk'] });
    expect(suggestRoute(base, ['hart-van-brabant', 'landelijk'])).toEqual({ mapId: 'hart-van-brabant', answers: ['no'] });
    expect(suggestRoute(base, ['landelijk'])).toEqual({ mapId: 'landelijk', answers: ['no', 'no', 'yes'] });
  });

  it('gives an unknown map without answers, and nothing without maps', () => {
    expect(suggestRoute({ ...base, acuteDanger: true }, ['nieuwe-regio', 'landelijk'])).toEqual({ mapId: 'nieuwe-regio', answers: [] });
    expect(suggestRoute(base, [])).toBeNull();
  });
});
