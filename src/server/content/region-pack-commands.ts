import { readFile, writeFile } from 'node:fs/promises';
import { formatContentError } from '../../domain/content/build-content';
import type { ContentError } from '../../domain/content/content';
import { regionPackSchema, type RegionPack } from '../../domain/content/region-pack-schema';
import { validateRegionPack } from '../../domain/content/validate-region-pack';
import type { CliOutput } from '../cli/output';
import { ContentLoadError, loadContent, type LoadedContent } from './load-content';
import { errorAt, parseWith, readYaml } from './yaml-file';
import { readPackText } from './pack-yaml';
import { systemContext, type Context } from '../context/context';
import { run } from '../context/run';
import type { Services } from '../context/services';
import { AppError } from '../http/errors';
import { exportRegionPackVersion, importRegionPack } from './commands/pack-commands';

const EXPORT_USAGE = 'Gebruik: signaalroute content export REGIO [BESTAND.yaml of BESTAND.json]';
const IMPORT_USAGE = 'Gebruik: signaalroute content import BESTAND.yaml [--publish]';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "2 routekaarten, 8 partners, 27 gemeenten". */
function summary(pack: RegionPack): string {
  return `${count(pack.routemaps.length, 'routekaart', 'routekaarten')}, ${count(pack.partners.length, 'partner', 'partners')}, ${count(pack.municipalities.length, 'gemeente', 'gemeenten')}`;
}

/** The installation's content, or undefined after saying why it cannot be read. */
async function installedContent(contentDir: string, out: CliOutput): Promise<LoadedContent | undefined> {
  try {
    return await loadContent(contentDir);
  } catch (error) {
    if (!(error instanceof ContentLoadError)) throw error;
    out.error(error.message);
    return undefined;
  }
}

/** Runs a region-pack command as the installation; a refusal is printed, not thrown. */
async function asInstallation<T>(services: Services, out: CliOutput, work: (ctx: Context) => Promise<T>): Promise<T | undefined> {
  try {
    return await work(systemContext(services, { name: 'cli' }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const problems = (error.details?.problems as { path: string[]; message: string }[] | undefined) ?? [];
    out.error([error.message, ...problems.map((p) => `  ${p.path.join(' › ')}: ${p.message}`)].join('\n'));
    return undefined;
  }
}

/**
 * `signaalroute content export REGIO [FILE]`: the region's published pack from the database, as
 * YAML (JSON for a .json file), to FILE or to standard output. Never over an existing file: that
 * may be a pack with the region's own edits.
 */
export async function exportRegionPack(services: Services, region: string | undefined, file: string | undefined, out: CliOutput): Promise<number> {
  if (!region) {
    out.error(EXPORT_USAGE);
    return 2;
  }
  const regions = services.content.regions('nl').map((r) => r.id);
  if (!regions.includes(region)) {
    out.error(`Regio "${region}" bestaat niet; kies uit: ${regions.join(', ')}`);
    return 1;
  }
  const exported = await asInstallation(services, out, (ctx) => run(ctx, exportRegionPackVersion, { region }));
  if (!exported) return 1;
  const text = file?.endsWith('.json') ? `${JSON.stringify(exported.pack, null, 2)}\n` : exported.yaml;
  if (file === undefined) {
    out.log(text.trimEnd());
    return 0;
  }
  try {
    await writeFile(file, text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    out.error(`${file} bestaat al; kies een nieuwe naam, zodat een pakket met eigen wijzigingen niet wordt overschreven.`);
    return 1;
  }
  out.log(`Regiopakket van ${region} (versie ${exported.version}) geschreven naar ${file}: ${summary(exported.pack)}.`);
  return 0;
}

/**
 * `signaalroute content import FILE [--publish]`: the pack becomes its region's draft, or with
 * --publish a new version with the reason "import". On the PostgreSQL server the running servers
 * serve it within seconds (ADR 28).
 */
export async function importRegionPackFile(services: Services, file: string | undefined, publish: boolean, out: CliOutput): Promise<number> {
  if (!file) {
    out.error(IMPORT_USAGE);
    return 2;
  }
  const text = await readFile(file, 'utf8');
  const read = readPackText(text, file);
  const region = 'data' in read ? (read.data as { region?: { id?: unknown } } | null)?.region?.id : undefined;
  if (typeof region !== 'string') {
    out.error(`${file} is geen regiopakket: het veld region.id ontbreekt. Controleer het bestand met: signaalroute content check ${file}`);
    return 1;
  }
  const state = await asInstallation(services, out, (ctx) => run(ctx, importRegionPack, { region, text, publish }));
  if (!state) return 1;
  if (publish) {
    out.log(`Regiopakket van ${region} gepubliceerd als versie ${state.published.version}: ${summary(state.published.pack)}.`);
    return 0;
  }
  const problems = state.problems.length;
  out.log(
    `Regiopakket van ${region} staat klaar als concept (op versie ${state.published.version})` +
      (problems === 0 ? '; publiceer het op /regio/inhoud of met --publish.' : `, met ${count(problems, 'probleem', 'problemen')}: zie /regio/inhoud.`),
  );
  return 0;
}

function refuse(file: string, errors: readonly ContentError[], out: CliOutput): number {
  out.error(`Regiopakket ${file} is ongeldig (${errors.length} ${errors.length === 1 ? 'fout' : 'fouten'}):\n${errors.map(formatContentError).join('\n')}`);
  return 1;
}

/**
 * `signaalroute content check FILE`: validates a pack (YAML or JSON) against the installation's
 * content with every rule the server applies, naming the place in the file and its line.
 */
export async function checkRegionPack(contentDir: string, file: string, out: CliOutput): Promise<number> {
  const errors: ContentError[] = [];
  const yaml = readYaml(file, await readFile(file, 'utf8'), errors, true);
  const pack = yaml && parseWith(yaml, regionPackSchema, errors);
  if (!yaml || !pack) return refuse(file, errors, out);
  const loaded = await installedContent(contentDir, out);
  if (!loaded) return 1;
  const issues = validateRegionPack(pack, loaded.files);
  if (issues.length > 0) return refuse(file, issues.map((issue) => errorAt(yaml, issue.path, issue.message)), out);
  out.log(`Regiopakket in orde: regio ${pack.region.id}, ${summary(pack)}.`);
  return 0;
}
