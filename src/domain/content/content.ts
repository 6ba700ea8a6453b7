import type { CodedProblem } from './content-messages';
import type { Language } from './localized';
import type { CompiledRouteMap, Contact } from '../routemap/compiled';
import type { Municipality } from '../regions/schema';
import type { ExploitationForm } from '../knowledge/schema';
import type { InfoPointLanguageView, InfoPointView } from '../info-point/view';
import type { CourseView } from '../training/course';

/**
 * All domain content, validated and indexed, as the server holds it in memory and serves it.
 * Built by `buildContent` (pure) from the parsed files; every text is resolved per language.
 */
export interface Content {
  /** Hash over every content file: stored in the database as the loaded content version. */
  version: string;
  municipalities: Municipality[];
  municipality(code: string): Municipality | undefined;
  regions(lang: Language): RegionView[];
  region(id: string, lang: Language): RegionView | undefined;
  routemapSummaries(lang: Language): RouteMapSummary[];
  routemap(id: string, lang: Language): CompiledRouteMap | undefined;
  /** Partners that work in the region, national ones included, with all their contacts. */
  partners(regionId: string, lang: Language): PartnerView[];
  knowledge(lang: Language): KnowledgeView;
  /** The languages of the information point for the risk groups, Dutch first. */
  infoPointLanguages: InfoPointLanguageView[];
  /** The information point in `lang` (any of its languages, not only nl/en) for a region; undefined for an unknown language or region. */
  infoPoint(lang: string, regionId: string | null): InfoPointView | undefined;
  /** The staff course for a region, its cases on the region's own maps; undefined for an unknown region or without a course. */
  training(regionId: string, lang: Language): CourseView | undefined;
}

export interface RegionView {
  id: string;
  name: string;
  fallback: boolean;
  subregions: { id: string; name: string }[];
  routemaps: string[];
}

export interface RouteMapSummary {
  id: string;
  title: string;
  region: string;
  description: string;
  version: string;
}

export interface PartnerView {
  id: string;
  name: string;
  description: string;
  regions: string[];
  /** The cited document(s) the details come from; null when none. */
  source: string | null;
  contacts: Contact[];
}

export interface KnowledgeItem {
  id: string;
  text: string;
  /** The cited document(s); null for an addition that is in no source document. */
  source: string | null;
}

export interface TaggedItem {
  id: string;
  name: string;
  forms: ExploitationForm[];
  source: string | null;
}

export interface StepView {
  number: number;
  title: string;
  text: string | null;
}

export interface KnowledgeView {
  trafficking: { definition: string; source: string | null };
  forms: { id: ExploitationForm; name: string; definition: string; source: string | null; signals: KnowledgeItem[] }[];
  riskGroups: TaggedItem[];
  sectors: (TaggedItem & { kind: 'sensitive' | 'facilitating' })[];
  conversation: { intro: string; source: string | null; promoting: KnowledgeItem[]; hindering: KnowledgeItem[] };
  meldcode: { intro: string; source: string | null; steps: StepView[] };
  stepPlan: { intro: string; source: string | null; steps: StepView[] };
}

/** A content error names the file and, where there is one, the node or entry. */
export interface ContentError {
  file: string;
  node?: string;
  /** In Dutch, as the command line and the API say it. */
  message: string;
  /** The message's code in content-messages.ts and its parameters, for other languages; absent for a file that does not parse. */
  code?: string;
  params?: object;
}

/** An error of the content checks, which always have a code. */
export type CheckedContentError = ContentError & CodedProblem;
