/**
 * Where in a content file a problem is, in the terms of the file: the ids of the entries on the
 * way ("vorm › labour" for an option of the question "vorm") rather than array positions
 * ("nodes.3.options.1"), because editors find entries by id, and positions shift on every edit.
 */
export interface IssueLocation {
  /** Ids of the entries on the path, outermost first, joined with " › "; absent outside any entry. */
  node?: string;
  /** The rest of the path below the innermost entry, e.g. "next" or "meldcode › steps › nr. 3". */
  field: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An entry's own name: `id` everywhere, `code` for municipalities. */
function entryId(value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  for (const key of ['id', 'code']) {
    const id = value[key];
    if (typeof id === 'string' && id.trim() !== '') return id;
  }
  return undefined;
}

export function locateIssue(data: unknown, path: readonly PropertyKey[]): IssueLocation {
  const ids: string[] = [];
  let restFrom = 0;
  let current: unknown = data;
  path.forEach((key, index) => {
    current = isRecord(current) || Array.isArray(current) ? (current as Record<PropertyKey, unknown>)[key] : undefined;
    const id = typeof key === 'number' ? entryId(current) : undefined;
    if (id !== undefined) {
      ids.push(id);
      restFrom = index + 1;
    }
  });
  // Positions are shown 1-based: "nr. 3" is the third entry as an editor counts.
  const field = path
    .slice(restFrom)
    .map((key) => (typeof key === 'number' ? `nr. ${key + 1}` : String(key)))
    .join(' › ');
  return ids.length > 0 ? { node: ids.join(' › '), field } : { field };
}
