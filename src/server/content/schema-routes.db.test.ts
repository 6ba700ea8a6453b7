import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionPackJsonSchema } from '../../domain/content/region-pack-schema';
import { createTestApp, type TestApp } from '../test-support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await createTestApp();
});

afterAll(() => testApp?.close());

describe('GET /api/v1/schemas/region-pack.json', () => {
  it('serves the JSON Schema of a region pack to anyone', async () => {
    const res = await testApp.app.inject('/api/v1/schemas/region-pack.json');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/schema+json; charset=utf-8');
    expect(res.json()).toEqual(regionPackJsonSchema());
    expect(res.json()).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Signaalroute region pack' });
  });
});
