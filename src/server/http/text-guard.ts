import type { FastifySchemaCompiler } from 'fastify';
import { validatorCompiler as zodValidatorCompiler } from 'fastify-type-provider-zod';
import { z, type ZodType } from 'zod';

/**
 * THE TEXT RULE for every string a request carries into a handler, checked in one place: the
 * validator compiler, after the route's own schema, on what the handler would receive.
 *
 * - Nowhere: NUL and the other C0 control characters, DEL, the C1 control characters
 *   (U+0080–U+009F) and lone UTF-16 surrogates. PostgreSQL refuses NUL in text and jsonb and lone
 *   surrogates in jsonb (a 500 before this rule), and none of them is text a person typed.
 * - Only in string values of a JSON body: tab, line feed and carriage return (free text: notes,
 *   descriptions). Path, query string, headers and the names of fields in a body are one line.
 *
 * A refused string is a Dutch 400 naming the field, in the same shape as any validation error.
 */
export const validatorCompiler: FastifySchemaCompiler<ZodType> = (route) =>
  zodValidatorCompiler({ ...route, schema: route.schema.pipe(textGuard(route.httpPart === 'body')) });

const FORBIDDEN_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LINE_BREAK_OR_TAB = /[\t\n\r]/;
/** A field's name in a message; a name that itself breaks the rule is not echoed. */
const KEY_PLACEHOLDER = '(veldnaam)';
const MAX_ISSUES = 20;

const TEXT_MESSAGES = {
  control: 'bevat een onzichtbaar stuurteken (zoals NUL) of een ongeldig teken; dat is niet toegestaan',
  singleLine: 'mag geen tab of regeleinde bevatten',
  key: 'een veldnaam bevat een stuurteken, tab, regeleinde of ongeldig teken; dat is niet toegestaan',
} as const;

type Problem = keyof typeof TEXT_MESSAGES;

function problemOf(text: string, multiLine: boolean): Problem | null {
  if (FORBIDDEN_ANYWHERE.test(text) || LONE_SURROGATE.test(text)) return 'control';
  if (!multiLine && LINE_BREAK_OR_TAB.test(text)) return 'singleLine';
  return null;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Every string (and every field name) in a validated value that breaks the rule, with its path.
 * Iterative, and each visited value keeps only a link to its parent, so no input is deep enough
 * to overflow the call stack or to cost more than its own size.
 */
export function textProblems(value: unknown, multiLine: boolean): { path: (string | number)[]; problem: Problem }[] {
  const found: { path: (string | number)[]; problem: Problem }[] = [];
  const queue: Visit[] = [{ value, parent: null, key: null }];
  // Breadth first: the shallowest problems are named first.
  for (let next = 0; next < queue.length && found.length < MAX_ISSUES; next++) {
    const visit = queue[next]!;
    if (typeof visit.value === 'string') {
      const problem = problemOf(visit.value, multiLine);
      if (problem) found.push({ path: pathOf(visit), problem });
    } else if (isContainer(visit.value)) {
      const isArray = Array.isArray(visit.value);
      for (const [key, child] of Object.entries(visit.value)) {
        if (!isArray && problemOf(key, false)) found.push({ path: [...pathOf(visit), KEY_PLACEHOLDER], problem: 'key' });
        else queue.push({ value: child, parent: visit, key: isArray ? Number(key) : key });
      }
    }
  }
  return found;
}

interface Visit {
  value: unknown;
  parent: Visit | null;
  key: string | number | null;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v?.key != null; v = v.parent) path.unshift(v.key);
  return path;
}

function textGuard(multiLine: boolean) {
  return z.unknown().superRefine((value, ctx) => {
    for (const { path, problem } of textProblems(value, multiLine)) ctx.addIssue({ code: 'custom', path, message: TEXT_MESSAGES[problem] });
  });
}
