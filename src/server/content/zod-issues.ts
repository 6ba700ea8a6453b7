import { z } from 'zod';

/**
 * Zod issues in words a content administrator understands. Content files are edited by people who
 * are not programmers, so "Invalid input: expected string, received undefined" becomes "ontbreekt".
 * Messages that a schema sets itself (e.g. the phone number rule) take precedence over this map.
 */
const fallback = z.locales.nl().localeError;
const MISSING = 'ontbreekt (verplicht veld)';

const TYPE_NAMES: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst (regels die met "- " beginnen)',
  object: 'een blok met velden',
};

function typeName(t: string): string {
  return TYPE_NAMES[t] ?? t;
}

function describeInput(input: unknown): string {
  if (input === null) return 'een lege waarde';
  if (Array.isArray(input)) return 'een lijst';
  if (typeof input === 'object') return 'een blok met velden';
  if (typeof input === 'string') return `de tekst "${input}"`;
  return `${typeName(typeof input)} (${String(input)})`;
}

export const dutchErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return MISSING;
      return `verwacht ${typeName(issue.expected)}, maar hier staat ${describeInput(issue.input)}`;
    case 'unrecognized_keys':
      return `onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')} (controleer de spelling en het inspringen)`;
    case 'too_small':
      if (issue.origin === 'array') return `moet ten minste ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'element' : 'elementen'} bevatten`;
      if (issue.origin === 'string') return 'mag niet leeg zijn';
      return fallback(issue);
    case 'too_big':
      if (issue.origin === 'array') return `mag ten hoogste ${String(issue.maximum)} elementen bevatten`;
      return fallback(issue);
    case 'invalid_value':
      return `verwacht ${issue.values.map((v) => `"${String(v)}"`).join(' of ')}, maar hier staat ${describeInput(issue.input)}`;
    case 'invalid_format':
      if (issue.format === 'date') return 'verwacht een datum als JJJJ-MM-DD';
      return fallback(issue);
    default:
      return fallback(issue);
  }
};

/**
 * Unions report "no alternative matched" with the issues of every alternative. For the one union
 * in the content files (a text: plain or `{ nl, en }`) and for the node type, say what is allowed;
 * otherwise report the issues of the alternative that came closest (fewest issues).
 */
export function flattenIssues(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue): z.core.$ZodIssue[] => {
    if (issue.code !== 'invalid_union') return [issue];
    // Discriminated unions add the allowed values of the discriminator (zod 4 does not type them).
    const options = (issue as { options?: unknown }).options;
    if ('discriminator' in issue && Array.isArray(options)) {
      const allowed = options.map((o) => `"${String(o)}"`).join(' of ');
      return [{ ...issue, message: `onbekend type: kies ${allowed}` }];
    }
    const alternatives = issue.errors;
    const rootTypes = alternatives.map((alt) => (alt.length === 1 && alt[0]!.code === 'invalid_type' && alt[0]!.path.length === 0 ? alt[0]!.expected : null));
    if (rootTypes.every((t) => t !== null) && rootTypes.includes('string') && rootTypes.includes('object')) {
      // Final issues carry no input; the nested message (made by dutchErrorMap) says whether it was missing.
      const missing = alternatives[0]![0]!.message === MISSING;
      return [{ ...issue, message: missing ? MISSING : 'verwacht een tekst, of "nl:" en eventueel "en:" met elk een tekst' }];
    }
    const closest = [...alternatives].sort((a, b) => a.length - b.length)[0];
    if (!closest || closest.length === 0) return [issue];
    return flattenIssues(closest.map((i) => ({ ...i, path: [...issue.path, ...i.path] })));
  });
}
