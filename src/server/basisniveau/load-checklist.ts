import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildChecklist, unknownSources, type Checklist } from '../../domain/basisniveau/checklist';
import { checklistFileSchema } from '../../domain/basisniveau/schema';
import { formatContentError } from '../../domain/content/build-content';
import type { ContentError } from '../../domain/content/content';
import { sourcesFileSchema } from '../../domain/content/sources';
import { defaultContentDir } from '../content/load-content';
import { parseWith, readYaml } from '../content/yaml-file';

const FILE = 'basisniveau.yaml';

/** The checklist file does not pass its schema or names an unknown source document. */
export class ChecklistLoadError extends Error {
  constructor(readonly errors: ContentError[]) {
    super(`De checklist basisniveau (${FILE}) is ongeldig:\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'ChecklistLoadError';
  }
}

/**
 * Reads content/basisniveau.yaml and checks it against its schema and against sources.yaml (every
 * point cites a document that exists). Throws ChecklistLoadError with every problem.
 */
export async function loadChecklist(dir: string = defaultContentDir()): Promise<Checklist> {
  const errors: ContentError[] = [];
  const read = async (file: string) => {
    try {
      return readYaml(file, await readFile(path.join(dir, file), 'utf8'), errors);
    } catch {
      errors.push({ file, message: 'bestand ontbreekt of is niet leesbaar' });
      return undefined;
    }
  };
  const [checklistYaml, sourcesYaml] = await Promise.all([read(FILE), read('sources.yaml')]);
  const file = checklistYaml && parseWith(checklistYaml, checklistFileSchema, errors);
  const sources = sourcesYaml && parseWith(sourcesYaml, sourcesFileSchema, errors);
  if (!file || !sources) throw new ChecklistLoadError(errors);
  const unknown = unknownSources(file, sources.sources);
  if (unknown.length > 0) throw new ChecklistLoadError(unknown.map((message) => ({ file: FILE, message })));
  return buildChecklist(file, sources.sources);
}

const loaded = new Map<string, Promise<Checklist>>();

/** The checklist of the content folder, read once per process (content changes with a release). */
export function checklistOf(dir: string = defaultContentDir()): Promise<Checklist> {
  let checklist = loaded.get(dir);
  if (!checklist) {
    checklist = loadChecklist(dir);
    // A failed read is tried again next time rather than remembered.
    checklist.catch(() => loaded.delete(dir));
    loaded.set(dir, checklist);
  }
  return checklist;
}
