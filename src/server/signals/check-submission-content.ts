import type { Content } from '../../domain/content/content';
import type { SignalSubmission } from '../../domain/signal/schema';
import { errors } from '../http/errors';

/**
 * The submission schema checks the shape; this checks the ids against the content of this
 * release: every ticked signal comes from the signal lists, the sector from the sector list. The
 * lists are content (a beheerder may change them), so the schema cannot hold them.
 */
export function checkSubmissionContent(content: Content, submission: Pick<SignalSubmission, 'observedSignals' | 'sector'>): void {
  const knowledge = content.knowledge('nl');
  const signalIds = new Set(knowledge.forms.flatMap((f) => f.signals.map((s) => s.id)));
  const sectorIds = new Set(knowledge.sectors.map((s) => s.id));
  const fields: { field: string; message: string }[] = [];
  submission.observedSignals.forEach((id, i) => {
    if (!signalIds.has(id)) fields.push({ field: `observedSignals.${i}`, message: `"${id}" staat niet in de signalenlijst` });
  });
  if (submission.sector !== undefined && !sectorIds.has(submission.sector)) {
    fields.push({ field: 'sector', message: `"${submission.sector}" staat niet in de lijst van sectoren` });
  }
  if (fields.length > 0) throw errors.unknownContent(fields);
}
