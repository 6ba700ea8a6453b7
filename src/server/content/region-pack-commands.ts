import { readFile, writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { formatContentError } from '../../domain/content/build-content';
import type { ContentError } from '../../domain/content/content';
import { localize } from '../../domain/content/localized';
import { regionPackOf } from '../../domain/content/region-pack';
import { regionPackSchema, type RegionPack } from '../../domain/content/region-pack-schema';
import { validateRegionPack } from '../../domain/content/validate-region-pack';
import type { CliOutput } from '../cli/output';
import { ContentLoadError, loadContent, type LoadedContent } from './load-content';
import { errorAt, parseWith, readYaml } from './yaml-file';

const EXPORT_USAGE = 'Gebruik: signaalroute content export --region REGIO [BESTAND.yaml of BESTAND.json]';

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

/**
 * `signaalroute content export --region REGIO [FILE]`: the region's pack as the server serves it,
 * as YAML (JSON for a .json file), to FILE or to standard output. Never over an existing file: that
 * may be a pack with the region's own edits.
 */
export async function exportRegionPack(
  { contentDir, publicUrl }: { contentDir: string; publicUrl: string },
  region: string | undefined,
  file: string | undefined,
  out: CliOutput,
): Promise<number> {
  if (!region) {
    out.error(EXPORT_USAGE);
    return 2;
  }
  const loaded = await installedContent(contentDir, out);
  if (!loaded) return 1;
  const pack = regionPackOf(loaded.files, region, loaded.version);
  if (!pack) {
    out.error(`Regio "${region}" bestaat niet; kies uit: ${loaded.files.regions.data.regions.map((r) => r.id).join(', ')}`);
    return 1;
  }
  const text = file?.endsWith('.json')
    ? `${JSON.stringify(pack, null, 2)}\n`
    : [
        `# Regiopakket van ${localize(pack.region.name, 'nl')} (Signaalroute), uit inhoudsversie ${loaded.version.slice(0, 12)}.`,
        `# Opbouw: docs/region-pack.md. Controleer na het bewerken: npx signaalroute content check ${file ?? 'BESTAND.yaml'}`,
        // Editors with the YAML language server check the pack against the schema while it is edited.
        `# yaml-language-server: $schema=${publicUrl}/api/v1/schemas/region-pack.json`,
        // Written as YAML 1.1 would need it: dates and yes/no quoted, so that other YAML tools read them as text too.
        stringify(pack, { version: '1.1', lineWidth: 120, aliasDuplicateObjects: false }),
      ].join('\n');
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
  out.log(`Regiopakket van ${pack.region.id} geschreven naar ${file}: ${summary(pack)}.`);
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
