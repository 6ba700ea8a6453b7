import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { ContentError } from '../../domain/content/content';
import { locateIssue } from './issue-location';
import { UNUSABLE_YAML, yamlErrorLine, yamlErrorMessage } from './yaml-errors';
import { dutchErrorMap, flattenIssues } from './zod-issues';

/** A parsed YAML (or JSON: YAML reads it too) file that still knows the line of every value. */
export interface YamlFile {
  file: string;
  data: unknown;
  /** The line of the deepest part of `path` that exists in the file (a missing field has none of its own). */
  lineOf(path: readonly PropertyKey[]): number | undefined;
  /** Name the top-level field in locations ("routemaps › den-haag-persoon"): in a file of several parts, an id alone is ambiguous. */
  namesParts: boolean;
}

/** Parses the text; on syntax errors pushes each (with its line) and returns undefined. */
export function readYaml(file: string, text: string, errors: ContentError[], namesParts = false): YamlFile | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const line = yamlErrorLine(e);
      errors.push(line === undefined ? { file, message: yamlErrorMessage(e) } : { file, node: `regel ${line}`, message: yamlErrorMessage(e) });
    }
    return undefined;
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (error) {
    // The library refuses aliases that multiply (a "billion laughs" file): an unusable file, not a fault of ours.
    if (!(error instanceof ReferenceError)) throw error;
    errors.push({ file, message: UNUSABLE_YAML.aliases });
    return undefined;
  }
  return { file, data, lineOf, namesParts };
}

/**
 * A problem at `path` in the file, in the file's own terms: the ids of the entries on the way as
 * the node, the rest of the path as the field, and the line.
 */
export function errorAt(yaml: YamlFile, path: readonly PropertyKey[], message: string): ContentError {
  const located = locateIssue(yaml.data, path);
  const part = yaml.namesParts && path.length > 0 ? String(path[0]) : undefined;
  const where = part === undefined || located.node === undefined ? located : { ...located, node: `${part} › ${located.node}` };
  const line = yaml.lineOf(path);
  const text = `${where.field === '' ? '' : `veld "${where.field}": `}${message}${line === undefined ? '' : ` (regel ${line})`}`;
  return where.node === undefined ? { file: yaml.file, message: text } : { file: yaml.file, node: where.node, message: text };
}

/** Checks the parsed file against its schema; pushes every issue, located, and returns undefined when any. */
export function parseWith<S extends z.ZodType>(yaml: YamlFile, schema: S, errors: ContentError[]): z.output<S> | undefined {
  const result = schema.safeParse(yaml.data, { error: dutchErrorMap });
  if (result.success) return result.data;
  for (const issue of flattenIssues(result.error.issues)) errors.push(errorAt(yaml, issue.path, issue.message));
  return undefined;
}
