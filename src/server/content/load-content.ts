import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { buildContent, formatContentError, InvalidContentError } from '../../domain/content/build-content';
import type { Content, ContentError } from '../../domain/content/content';
import type { ContentFiles, SourcedFile } from '../../domain/content/content-files';
import { partnersFileSchema } from '../../domain/content/partner-schema';
import { sourcesFileSchema } from '../../domain/content/sources';
import {
  conversationFileSchema,
  formsFileSchema,
  riskGroupsFileSchema,
  sectorsFileSchema,
  stepsFileSchema,
} from '../../domain/knowledge/schema';
import { municipalitiesFileSchema, regionsFileSchema } from '../../domain/regions/schema';
import { routeMapFileSchema } from '../../domain/routemap/schema';
import { infoPointContactsFileSchema, infoPointTranslationSchema } from '../../domain/info-point/schema';
import { trainingFileSchema } from '../../domain/training/schema';
import { parseWith, readYaml } from './yaml-file';

export interface LoadedContent {
  content: Content;
  /** SHA-256 (hex) over every content file's name and bytes; equal to content.version. */
  version: string;
  /** The parsed files the content was built from: what a region pack is exported from. */
  files: ContentFiles;
}

/** Content that cannot be served. The message lists every error, one per line: `file › node: message`. */
export class ContentLoadError extends Error {
  constructor(
    readonly errors: ContentError[],
    readonly dir: string,
  ) {
    super(`Inhoud in ${dir} is ongeldig (${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}):\n${errors.map(formatContentError).join('\n')}`);
    this.name = 'ContentLoadError';
  }
}

/** The files with a fixed place, and the schema each is checked against. */
const FIXED_FILES = {
  sources: ['sources.yaml', sourcesFileSchema],
  regions: ['regions/regions.yaml', regionsFileSchema],
  municipalities: ['regions/municipalities.yaml', municipalitiesFileSchema],
  forms: ['knowledge/forms.yaml', formsFileSchema],
  riskGroups: ['knowledge/risk-groups.yaml', riskGroupsFileSchema],
  sectors: ['knowledge/sectors.yaml', sectorsFileSchema],
  conversation: ['knowledge/conversation.yaml', conversationFileSchema],
  steps: ['knowledge/steps.yaml', stepsFileSchema],
  infoPointContacts: ['info-point/contacts.yaml', infoPointContactsFileSchema],
} as const;

/**
 * Files that other loaders read and check (src/server/basisniveau/load-checklist.ts): not part of
 * the region content, but they are content files, so they count towards the version.
 */
const OTHER_FILES = ['basisniveau.yaml'] as const;

/** The staff course: optional, so a content set without one (a test's) still loads; the course is then empty. */
const TRAINING_FILE = 'training/course.yaml';

/** Folders whose every *.yaml file is one file of that kind; each may hold any number of files. */
const FOLDERS = { partners: partnersFileSchema, routemaps: routeMapFileSchema, 'info-point': infoPointTranslationSchema } as const;

/**
 * The content folder of the repository: the nearest ancestor of this module that holds a
 * package.json and a content/ folder. Searched rather than a fixed "../../.." because this module
 * runs both from src/server/content (tsx, tests) and from a bundle in dist/server.
 */
export function defaultContentDir(): string {
  let dir = import.meta.dirname;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'content'))) return path.join(dir, 'content');
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve('content');
    dir = parent;
  }
}

/**
 * Reads, parses and validates every content file, and builds the Content the server serves.
 * Each file is read once. Schema and syntax errors of all files are collected first; the
 * cross-file checks (references between files) run only when every file parsed, because a file
 * that did not parse would make every reference to it look broken. Throws ContentLoadError.
 */
export async function loadContent(dir: string = defaultContentDir()): Promise<LoadedContent> {
  const root = path.resolve(dir);
  const bytes = await readYamlFiles(root);
  const version = contentVersion(bytes);
  const errors: ContentError[] = [];

  const parse = <S extends z.ZodType>(file: string, schema: S): SourcedFile<z.output<S>> | undefined => {
    const data = bytes.get(file);
    if (data === undefined) {
      errors.push({ file, message: 'bestand ontbreekt' });
      return undefined;
    }
    return parseFile(file, data, schema, errors);
  };

  const fixed = Object.fromEntries(
    Object.entries(FIXED_FILES).map(([key, [file, schema]]) => [key, parse(file, schema as z.ZodType)]),
  ) as { [K in keyof typeof FIXED_FILES]: SourcedFile<z.output<(typeof FIXED_FILES)[K][1]>> | undefined };

  const known = new Set<string>([...Object.values(FIXED_FILES).map(([file]) => file), ...OTHER_FILES, TRAINING_FILE]);
  const training = bytes.has(TRAINING_FILE) ? parse(TRAINING_FILE, trainingFileSchema) : undefined;
  // A fixed file in a folder (info-point/contacts.yaml) is not one of the folder's kind.
  const inFolder = (folder: string) => [...bytes.keys()].filter((f) => path.posix.dirname(f) === folder && !known.has(f)).sort();
  const partners = inFolder('partners').map((f) => parse(f, FOLDERS.partners));
  const routemaps = inFolder('routemaps').map((f) => parse(f, FOLDERS.routemaps));
  if (inFolder('routemaps').length === 0) errors.push({ file: 'routemaps', message: 'geen enkele routekaart (routemaps/*.yaml)' });
  if (inFolder('partners').length === 0) errors.push({ file: 'partners', message: 'geen enkel partnerbestand (partners/*.yaml)' });

  const translations = inFolder('info-point').map((f) => parse(f, FOLDERS['info-point']));

  for (const file of bytes.keys()) {
    const folder = path.posix.dirname(file);
    if (!known.has(file) && !(folder in FOLDERS)) {
      errors.push({ file, message: `onbekend bestand, wordt niet gelezen: routekaarten horen in routemaps/, partners in partners/, vertalingen van het informatiepunt in info-point/` });
    }
  }
  if (errors.length > 0) throw new ContentLoadError(errors, root);

  const files: ContentFiles = {
    sources: fixed.sources!,
    regions: fixed.regions!,
    municipalities: fixed.municipalities!,
    partners: partners.map((p) => p!),
    routemaps: routemaps.map((m) => m!),
    knowledge: {
      forms: fixed.forms!,
      riskGroups: fixed.riskGroups!,
      sectors: fixed.sectors!,
      conversation: fixed.conversation!,
      steps: fixed.steps!,
    },
    infoPoint: { contacts: fixed.infoPointContacts!, translations: translations.map((t) => t!) },
    ...(training ? { training } : {}),
  };
  try {
    return { content: buildContent(files, version), version, files };
  } catch (error) {
    if (error instanceof InvalidContentError) throw new ContentLoadError(error.errors, root);
    throw error;
  }
}

/** Every *.yaml / *.yml file below the content folder, by path relative to it (forward slashes). */
async function readYamlFiles(root: string): Promise<Map<string, Buffer>> {
  let names: string[];
  try {
    names = await readdir(root, { recursive: true });
  } catch {
    throw new ContentLoadError([{ file: root, message: 'de inhoudsmap bestaat niet of is niet leesbaar' }], root);
  }
  const yamlNames = names.map((n) => n.split(path.sep).join('/')).filter((n) => /\.ya?ml$/.test(n));
  const contents = await Promise.all(yamlNames.map((n) => readFile(path.join(root, n))));
  return new Map(yamlNames.map((n, i) => [n, contents[i]!]));
}

/** SHA-256 over the sorted file names and their bytes: any edit, rename or new file gives a new version. */
function contentVersion(files: ReadonlyMap<string, Buffer>): string {
  const hash = createHash('sha256');
  for (const name of [...files.keys()].sort()) {
    hash.update(`${name}\0`);
    hash.update(files.get(name)!);
    hash.update('\0');
  }
  return hash.digest('hex');
}

function parseFile<S extends z.ZodType>(file: string, bytes: Buffer, schema: S, errors: ContentError[]): SourcedFile<z.output<S>> | undefined {
  if (!file.endsWith('.yaml')) {
    errors.push({ file, message: 'gebruik de extensie .yaml' });
    return undefined;
  }
  const yaml = readYaml(file, bytes.toString('utf8'), errors);
  const data = yaml && parseWith(yaml, schema, errors);
  return data === undefined ? undefined : { file, data };
}
