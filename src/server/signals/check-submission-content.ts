import type { Content } from '../../domain/content/content';
import type { SignalSubmission } from '../../domain/signal/schema';
import { errors } from '../http/errors';

/**
 * The submission schema checks the shape; this checks the ids against the content of this
 * release: every ticked signal comes from the signal lists, the sector and the risk groups from
 * their lists. The
 * lists are content (a beheerder may change them), so the schema cannot hold them.
 */
export function checkSubmissionContent(content: Content, submission: Pick<SignalSubmission, 'observedSignals' | 'sector' | 'riskGroups'>): void {
  const knowledge = content.knowledge('nl');
  const signalIds = new Set(knowledge.forms.flatMap((f) => f.signals.map((s) => s.id)));
  const sectorIds = new Set(knowledge.sectors.map((s) => s.id));
  const riskGroupIds = new Set(knowledge.riskGroups.map((r) => r.id));
  const fields: { field: string; message: string }[] = [];
  submission.observedSignals.forEach((id, i) => {
    if (!signalIds.has(id)) fields.push({ field: `observedSignals.${i}`, message: `"${id}" staat niet in de signalenlijst` });
  });
  if (submission.sector !== undefined && !sectorIds.has(submission.sector)) {
    fields.push({ field: 'sector', message: `"${submission.sector}" staat niet in de lijst van sectoren` });
  }
  (submission.riskGroups ?? []).forEach((id, i) => {
    if (!riskGroupIds.has(id)) fields.push({ field: `riskGroups.${i}`, message: `"${id}" staat niet in de lijst van risicogroepen` });
  });
  if (fields.length > 0) throw errors.unknownContent(fields);
}
