import type { Content } from '../../domain/content/content';
import type { CliOutput } from '../cli/output';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ChecklistLoadError, loadChecklist } from '../basisniveau/load-checklist';
import { ContentLoadError, defaultContentDir, loadContent } from './load-content';

/** Every partner once: those of each region plus the national ones (validation guarantees every partner region exists). */
function partnerCount(content: Content): number {
  const ids = new Set<string>();
  for (const region of content.regions('nl')) for (const p of content.partners(region.id, 'nl')) ids.add(p.id);
  return ids.size;
}

/**
 * Validates the content files the way the server does at start, so an administrator can check an
 * edit before deploying it. Returns the exit code: 1 on any error.
 */
export async function checkContent(dir: string | undefined, out: CliOutput): Promise<number> {
  try {
    const root = dir ?? defaultContentDir();
    const { content, version, files } = await loadContent(root);
    // The basisniveau checklist has its own loader; a folder without it (a region pack's) is checked without.
    const checklist = existsSync(path.join(root, 'basisniveau.yaml')) ? await loadChecklist(root) : null;
    const maps = content.routemapSummaries('nl').length;
    out.log(
      `Inhoud in orde: ${maps} routekaarten, ${content.municipalities.length} gemeenten, ${partnerCount(content)} partners, informatiepunt in ${content.infoPointLanguages.length} talen${files.training ? `, cursus met ${files.training.data.vignettes.length} casussen` : ''}${checklist ? `, basisniveau met ${checklist.ids.length} punten` : ''} (versie ${version.slice(0, 12)})`,
    );
    return 0;
  } catch (error) {
    if (!(error instanceof ContentLoadError) && !(error instanceof ChecklistLoadError)) throw error;
    out.error(error.message);
    return 1;
  }
}
