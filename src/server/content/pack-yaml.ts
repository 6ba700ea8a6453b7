import { stringify } from 'yaml';
import { localize } from '../../domain/content/localized';
import type { RegionPack } from '../../domain/content/region-pack-schema';
import type { ContentError } from '../../domain/content/content';
import { formatContentError } from '../../domain/content/build-content';
import { UNUSABLE_YAML } from './yaml-errors';
import { nestsTooDeep } from './yaml-depth';
import { readYaml } from './yaml-file';

/** A pack as the file a regiobeheerder downloads or the CLI writes: YAML with a header that says what it is. */
export function packYaml(pack: RegionPack, from: string, publicUrl: string, file = 'BESTAND.yaml'): string {
  return [
    `# Regiopakket van ${localize(pack.region.name, 'nl')} (Signaalroute), ${from}.`,
    `# Opbouw: docs/region-pack.md. Controleer na het bewerken: npx signaalroute content check ${file}`,
    // Editors with the YAML language server check the pack against the schema while it is edited.
    `# yaml-language-server: $schema=${publicUrl}/api/v1/schemas/region-pack.json`,
    // Written as YAML 1.1 would need it: dates and yes/no quoted, so that other YAML tools read them as text too.
    stringify(pack, { version: '1.1', lineWidth: 120, aliasDuplicateObjects: false }),
  ].join('\n');
}

/**
 * The data of a pack file (YAML or JSON text), or the Dutch reasons it cannot be read, with line
 * numbers. The text comes from a browser: its depth is checked before the (recursive) parser runs.
 */
export function readPackText(text: string, file = 'regiopakket'): { data: unknown } | { errors: string[] } {
  if (nestsTooDeep(text)) return { errors: [formatContentError({ file, message: UNUSABLE_YAML.nesting })] };
  const errors: ContentError[] = [];
  const yaml = readYaml(file, text, errors, true);
  return yaml ? { data: yaml.data } : { errors: errors.map(formatContentError) };
}
