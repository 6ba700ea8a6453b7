import fc from 'fast-check';

/**
 * fast-check arbitraries from the JSON Schemas of our OpenAPI document (OpenAPI 3.1, JSON Schema
 * 2020-12), for the subset zod emits: $ref, const, enum, anyOf/oneOf, type (also as a list, with
 * "null"), object (properties, required, additionalProperties, propertyNames), string (min/max
 * length, pattern, format uuid/date/date-time/email), integer/number (bounds), boolean, array
 * (items, min/max items). With `hostile`, any value may instead be one a client should not send:
 * control characters, lone surrogates, very long text, wrong types, out-of-range numbers, extra
 * or forbidden fields, and nesting far deeper than the server allows.
 */

export type JsonSchema = { [key: string]: unknown };

export interface SchemaContext {
  /** The whole OpenAPI document, for "#/components/schemas/…" references. */
  document: JsonSchema;
  /** Values known to exist (ids of objects, codes, tokens) for a field or parameter of this name; mixed in with generated ones. */
  known: (name: string) => readonly unknown[];
  hostile: boolean;
}

/** A value that the request serialiser turns into JSON nested this deep (JSON.stringify would overflow first). */
export class DeepNesting {
  constructor(readonly depth: number) {}
}

const VERY_LONG = ['x'.repeat(10_001), '€'.repeat(300_000)];
const CONTROL = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff', '\t', '\n', '\r', '\r\n'];

function resolve(schema: JsonSchema, document: JsonSchema): JsonSchema {
  let current = schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops++) {
    const pointer = current.$ref.replace(/^#\//, '').split('/');
    current = pointer.reduce<JsonSchema>((node, part) => node[part.replaceAll('~1', '/').replaceAll('~0', '~')] as JsonSchema, document);
  }
  return current;
}

/** Values of this schema (and, with `context.hostile`, sometimes values that break it). */
export function valueFor(schema: JsonSchema, context: SchemaContext, name = ''): fc.Arbitrary<unknown> {
  const valid = validValueFor(resolve(schema, context.document), context, name);
  const known = name ? context.known(name) : [];
  const withKnown = known.length > 0 ? fc.oneof(valid, fc.constantFrom(...known)) : valid;
  if (!context.hostile) return withKnown;
  return fc.oneof({ weight: 6, arbitrary: withKnown }, { weight: 1, arbitrary: hostileValueFor(resolve(schema, context.document), context) });
}

function validValueFor(schema: JsonSchema, context: SchemaContext, name: string): fc.Arbitrary<unknown> {
  if ('const' in schema) return fc.constant(schema.const);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]));
  const alternatives = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueFor(s, context, name)));
  const types = [schema.type ?? 'any'].flat() as string[];
  return fc.oneof(...types.map((type) => valueOfType(type, schema, context)));
}

function valueOfType(type: string, schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: bound(schema, 'minimum', -1e6), max: bound(schema, 'maximum', 1e6) });
    case 'number':
      return fc.double({ min: bound(schema, 'minimum', -1e6), max: bound(schema, 'maximum', 1e6), noNaN: true, noDefaultInfinity: true });
    case 'string':
      return stringFor(schema);
    case 'array': {
      const items = (schema.items as JsonSchema | undefined) ?? {};
      const maxLength = Math.min(Number(schema.maxItems ?? 5), 5);
      return fc.array(valueFor(items, context), { minLength: Math.min(Number(schema.minItems ?? 0), maxLength), maxLength });
    }
    case 'object':
      return objectFor(schema, context);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function bound(schema: JsonSchema, key: 'minimum' | 'maximum', fallback: number): number {
  const exclusive = schema[key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum'];
  if (typeof exclusive === 'number') return key === 'minimum' ? exclusive + 1 : exclusive - 1;
  return typeof schema[key] === 'number' ? (schema[key] as number) : fallback;
}

function stringFor(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = Number(schema.minLength ?? 0);
  const maxLength = Math.min(Number(schema.maxLength ?? 60), 300);
  const fits = (s: string) => s.length >= minLength && s.length <= Number(schema.maxLength ?? Infinity);
  if (typeof schema.pattern === 'string') return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date':
      return isoDate().map((d) => d.slice(0, 10));
    case 'date-time':
      return isoDate();
    case 'email':
      return fc.emailAddress().filter(fits);
    default:
      return fc.string({ minLength, maxLength, unit: fc.constantFrom(...'abcdeéëzAZ 09-.,\'"?!/\\<>&%{}'.split(''), 'ĳ', '€', '😀') });
  }
}

function isoDate(): fc.Arbitrary<string> {
  return fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString());
}

function objectFor(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  const extra = schema.additionalProperties;
  if (Object.keys(properties).length === 0 && extra !== undefined && extra !== false) {
    const values = extra === true ? {} : (extra as JsonSchema);
    return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), valueFor(values, context), { maxKeys: 5 });
  }
  const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, valueFor(value, context, key)]));
  return fc.record(model, { requiredKeys: required.filter((key) => key in properties) });
}

/** What a careless or hostile client might send where this schema is expected. */
function hostileValueFor(schema: JsonSchema, context: SchemaContext): fc.Arbitrary<unknown> {
  const near = validValueFor(schema, { ...context, hostile: false }, '');
  const text = fc.oneof(
    fc.tuple(fc.string({ maxLength: 20 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 20 })).map(([a, c, b]) => `${a}${c}${b}`),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(...VERY_LONG, ' ', '', '0', '-1', 'null', 'true', '../../etc/passwd', "' or 1=1 --", '<script>alert(1)</script>'),
    fc.constantFrom('__proto__', 'constructor', 'GM0518', '00000000-0000-0000-0000-000000000000'),
  );
  const wrongType = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double(), fc.constant([]), fc.constant({}), fc.jsonValue({ maxDepth: 3 }));
  const deep = fc.constantFrom(new DeepNesting(33), new DeepNesting(10_000), new DeepNesting(200_000));
  const options: fc.Arbitrary<unknown>[] = [text, wrongType, deep];
  const type = [schema.type].flat();
  if (type.includes('integer') || type.includes('number')) {
    options.push(fc.constantFrom(-1, 0, 1.5, -0, 2 ** 31, 2 ** 53 + 2, 1e308, -1e308, Number.MAX_SAFE_INTEGER));
  }
  if (type.includes('array')) {
    options.push(near.chain((items) => fc.constant([...(items as unknown[]), ...Array.from({ length: 101 }, () => (items as unknown[])[0] ?? 'x')])));
  }
  if (type.includes('object')) {
    const extra = fc.constantFrom<[string, unknown]>(['onbekendVeld', 1], ['__proto__', { isAdmin: true }], ['constructor', { prototype: { x: 1 } }], ['municipality', 'GM0518'], ['x\u0000', 'y']);
    options.push(fc.tuple(near, extra).map(([value, [key, v]]) => (value && typeof value === 'object' ? { ...value, [key]: v } : value)));
    options.push(near.map((value) => (value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).slice(1)) : value)));
  }
  return fc.oneof(...options);
}

/**
 * JSON text of a value: like JSON.stringify, with `DeepNesting` written as arrays nested that
 * deep, and own `__proto__` keys kept as keys (as a hostile client sends them).
 */
export function toJsonText(value: unknown): string {
  const deep: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof DeepNesting) {
      deep.push('['.repeat(v.depth) + ']'.repeat(v.depth));
      return `\u0000deep${deep.length - 1}\u0000`;
    }
    return v;
  });
  return (text ?? 'null').replace(/"\\u0000deep(\d+)\\u0000"/g, (_m, i: string) => deep[Number(i)]!);
}
