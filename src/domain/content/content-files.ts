import type { z } from 'zod';
import type { partnersFileSchema } from './partner-schema';
import type { sourcesFileSchema } from './sources';
import type { municipalitiesFileSchema, regionsFileSchema } from '../regions/schema';
import type { RouteMapFile } from '../routemap/schema';
import type { ConversationFile, FormsFile, RiskGroupsFile, SectorsFile, StepsFile } from '../knowledge/schema';
import type { InfoPointContactsFile, InfoPointTranslation } from '../info-point/schema';
import type { TrainingFile } from '../training/schema';

export type RegionsFile = z.infer<typeof regionsFileSchema>;
export type MunicipalitiesFile = z.infer<typeof municipalitiesFileSchema>;
export type PartnersFile = z.infer<typeof partnersFileSchema>;
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/**
 * One parsed content file with the path it came from (relative to the content directory, with
 * forward slashes), so that every cross-file error can name the file an administrator must edit.
 */
export interface SourcedFile<T> {
  file: string;
  data: T;
}

/** Every content file, parsed by its schema: the input of validateContent and buildContent. */
export interface ContentFiles {
  /** The documents every `source` refers to. */
  sources: SourcedFile<SourcesFile>;
  regions: SourcedFile<RegionsFile>;
  municipalities: SourcedFile<MunicipalitiesFile>;
  partners: SourcedFile<PartnersFile>[];
  routemaps: SourcedFile<RouteMapFile>[];
  knowledge: {
    forms: SourcedFile<FormsFile>;
    riskGroups: SourcedFile<RiskGroupsFile>;
    sectors: SourcedFile<SectorsFile>;
    conversation: SourcedFile<ConversationFile>;
    steps: SourcedFile<StepsFile>;
  };
  /** The information point for the risk groups: the contacts it names and one text per language. */
  infoPoint: {
    contacts: SourcedFile<InfoPointContactsFile>;
    translations: SourcedFile<InfoPointTranslation>[];
  };
  /** The staff course (content/training/course.yaml); absent in a content set without one. */
  training?: SourcedFile<TrainingFile>;
}
