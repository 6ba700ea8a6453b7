import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from '../api/types';
import { describeType, listOperations, resolveRefs } from './openapi';

const doc: OpenApiDocument = {
  openapi: '3.1.0',
  paths: {
    '/api/v1/routemaps/{id}': { get: { summary: 'Eén kaart' }, parameters: [] },
    '/api/v1/routemaps/{id}/walk': { post: { summary: 'Loop' } },
  },
  components: { schemas: { Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } } } },
};

describe('openapi helpers', () => {
  it('lists operations with stable anchors and skips non-operation keys', () => {
    const ops = listOperations(doc);
    expect(ops.map((o) => `${o.method} ${o.path}`)).toEqual(['get /api/v1/routemaps/{id}', 'post /api/v1/routemaps/{id}/walk']);
    expect(ops[0]?.anchor).toBe('op-get-api-v1-routemaps-id');
  });

  it('inlines local references once, leaving recursive ones as references', () => {
    expect(resolveRefs({ $ref: '#/components/schemas/Node' }, doc)).toEqual({
      type: 'object',
      properties: { next: { $ref: '#/components/schemas/Node' } },
    });
  });

  it('describes parameter types briefly', () => {
    expect(describeType({ type: 'string', enum: ['nl', 'en'] })).toBe('string (nl | en)');
    expect(describeType({ type: 'string', format: 'date' })).toBe('string (date)');
  });
});
