import type { MergeProposal } from './merge-release';
import type { ContentFiles } from './content-files';
import type { RegionPack } from './region-pack-schema';
import type { PackIssue } from './validate-region-pack';

/**
 * What the API says about a region's content (issue 9): the published version, the draft a
 * regiobeheerder is working on, and what the editor needs to validate the draft live. The shapes
 * the server sends and the browser's editors read; the storage behind them is the server's.
 */

/** How a version came to be. */
export type PackVersionKind = 'initial' | 'edit' | 'import' | 'rollback' | 'release';

export interface PackVersionSummary {
  /** 1, 2, 3, … per region. */
  version: number;
  kind: PackVersionKind;
  /** ISO timestamp. */
  publishedAt: string;
  /** The publisher's name, or "Signaalroute" for a version from a release. */
  publishedBy: string;
  /** Why: required when publishing; "uit release X" for a release, "terug naar versie N" for a rollback. */
  reason: string;
  /** For a rollback: the version it restored. */
  restoredFrom: number | null;
}

export interface PackDraft {
  pack: RegionPack;
  /** The published version the draft started from. */
  basedOn: number;
  updatedAt: string;
  updatedBy: string;
  /** The draft was made from a release's proposal (ADR 32): the release, as "uit release X" names it. */
  fromRelease?: string;
}

export interface RegionPackState {
  region: string;
  published: PackVersionSummary & { pack: RegionPack };
  draft: PackDraft | null;
  /** The installation's content without this region's pack: the second argument of validateRegionPack. */
  context: ContentFiles;
  /** Problems of the draft (or, without a draft, of the published pack) as the server found them. */
  problems: PackIssue[];
  /**
   * A release of Signaalroute shipped other content for this region while the region has edits of
   * its own: it was not applied, nothing was overwritten (ADR 28, case 3 of ADR 23).
   */
  releaseWaiting?: boolean;
}

/** One change between two versions, per entry by id: never by line (ADR 23). */
export interface PackChange {
  part: 'region' | 'municipality' | 'partner' | 'contact' | 'routemap' | 'node' | 'edge' | 'knowledge' | 'source';
  /** The entry's id; for a node `mapId/nodeId`, for an edge `mapId/nodeId/optionIndex`, for a contact `partnerId/contactId`. */
  id: string;
  change: 'added' | 'removed' | 'changed';
  /** A readable name of the entry (question text, partner name, …) in Dutch. */
  label: string;
  /** For `changed`: the fields that differ, with their values before and after (texts as shown, {nl, en} kept). */
  fields: { field: string; before: unknown; after: unknown }[];
}

/** A release's proposal for a region with edits of its own (ADR 32, case 3 of ADR 23). */
export interface ReleaseProposal extends MergeProposal {
  region: string;
  /** The release, as "uit release X" names it; null when none is waiting (and the lists are empty). */
  release: string | null;
  /** The published version the proposal merges into. */
  version: number;
}

export interface PackDiff {
  region: string;
  from: number;
  to: number;
  changes: PackChange[];
}
