import type { OpenApiDocument, OpenApiOperation } from '../api/types';

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

export interface OperationEntry {
  /** A stable anchor id for the table of contents. */
  anchor: string;
  method: (typeof METHODS)[number];
  path: string;
  operation: OpenApiOperation;
}

/** Every operation in path order, methods in the usual order within a path. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation || typeof operation !== 'object') continue;
      const anchor = `op-${method}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
      entries.push({ anchor, method, path, operation: operation as OpenApiOperation });
    }
  }
  return entries;
}

/**
 * Inlines local `$ref`s (#/components/schemas/X) so each schema reads on its own. A reference
 * already being expanded is left as is, which stops recursive schemas.
 */
export function resolveRefs(schema: unknown, doc: OpenApiDocument, seen: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(schema)) return schema.map((item) => resolveRefs(item, doc, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const record = schema as Record<string, unknown>;
  const ref = record['$ref'];
  if (typeof ref === 'string' && ref.startsWith('#/') && !seen.has(ref)) {
    const target = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), doc);
    if (target !== undefined) return resolveRefs(target, doc, new Set([...seen, ref]));
  }
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) out[key] = resolveRefs(value, doc, seen);
  return out;
}

/** A short type for the parameter table: "string", "string (nl | en)", "integer". */
export function describeType(schema: unknown): string {
  if (!schema || typeof schema !== 'object') return '';
  const s = schema as { type?: unknown; enum?: unknown; format?: unknown; anyOf?: unknown[] };
  const type = Array.isArray(s.type) ? s.type.join(' | ') : typeof s.type === 'string' ? s.type : '';
  if (Array.isArray(s.enum)) return `${type || 'enum'} (${s.enum.map(String).join(' | ')})`;
  if (typeof s.format === 'string') return `${type} (${s.format})`;
  if (!type && Array.isArray(s.anyOf)) return s.anyOf.map(describeType).filter(Boolean).join(' | ');
  return type;
}
