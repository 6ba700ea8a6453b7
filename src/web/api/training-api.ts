import type { Language } from '../../domain/content/localized';
import type { CompleteBody, ProgressBody, TrainingBody, TrainingRegionStatistics, TrainingStatistics } from '../../domain/training/api';
import { getJson, sendJson } from './client';

// The staff course (issue 11): the course for the own region, recording a finished module, progress and figures.

export const TRAINING_KEY = ['training'] as const;
export const TRAINING_PROGRESS_KEY = ['training', 'progress'] as const;

export function getTraining(lang: Language): Promise<TrainingBody> {
  return getJson<TrainingBody>('/api/v1/training', lang);
}

export function getTrainingProgress(): Promise<ProgressBody> {
  return getJson<ProgressBody>('/api/v1/training/progress', null);
}

export function completeModule(body: CompleteBody): Promise<ProgressBody> {
  return sendJson<ProgressBody>('POST', '/api/v1/training/completions', body);
}

export function getTrainingStatistics(): Promise<TrainingStatistics> {
  return getJson<TrainingStatistics>('/api/v1/training/statistics', null);
}

export function getTrainingRegionStatistics(): Promise<TrainingRegionStatistics> {
  return getJson<TrainingRegionStatistics>('/api/v1/training/statistics/region', null);
}
