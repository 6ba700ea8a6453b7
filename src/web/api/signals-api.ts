import { ApiError, getJson, sendCsv, sendJson } from './client';
import { csrfToken } from './csrf';
import type {
  CreatedSignal,
  FeedbackLookup,
  FeedbackOutcome,
  Handover,
  HandoverChannel,
  HandoverContent,
  HandoverRequest,
  InboxFilters,
  InboxPage,
  Meeting,
  MeetingSummary,
  MunicipalitySettings,
  MySignal,
  SentHandover,
  SignalCase,
  SignalDraft,
  CaseEvent,
  SignalSubmission,
} from './signal-types';
import type { SealedAuditRecord } from '../../domain/audit/views';
import type { JobFailure } from '../../domain/jobs/views';
import type { RegisterImport } from '../../domain/registers/views';
import type { DeletionLogPage, RetentionPreview, RetentionTerms, RetentionTermsView } from '../../domain/retention';
import type { Candidate, LinkRequest, MatchQuery, RegisterLookup, SignalMatches } from '../../domain/matching';

// The calls of the signal-chain pages (ADR 6). Only those lazy pages import this module.

const enc = encodeURIComponent;

export function getDraft(): Promise<SignalDraft> {
  return getJson<SignalDraft>('/api/v1/signal-draft', null);
}

export function saveDraft(payload: Record<string, unknown>): Promise<void> {
  return sendJson<void>('PUT', '/api/v1/signal-draft', { payload });
}

/**
 * The last save when the page is hidden or closed: `keepalive` lets the request finish after the
 * tab is gone, so the last few keystrokes are not lost.
 */
export function saveDraftOnLeave(payload: Record<string, unknown>): void {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  const body = JSON.stringify({ payload });
  // Browsers refuse keepalive bodies over 64 KB; a larger draft goes as a normal request, which
  // still completes when the user only moves to another page of the app.
  const keepalive = new Blob([body]).size < 60_000;
  void fetch('/api/v1/signal-draft', { method: 'PUT', headers, body, keepalive, credentials: 'same-origin' }).catch(() => undefined);
}

export function deleteDraft(): Promise<void> {
  return sendJson<void>('DELETE', '/api/v1/signal-draft');
}

/**
 * Submits a signal. The idempotency key belongs to the draft, not to the click: a double click, a
 * retry after a lost answer or a second tab all send the same key, and the server keeps one signal.
 * (The shared sendJson takes no extra headers, hence this one request of our own.)
 */
export async function submitSignal(submission: SignalSubmission, idempotencyKey: string): Promise<CreatedSignal> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json', 'idempotency-key': idempotencyKey };
  const token = csrfToken();
  if (token) headers['x-csrf-token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/v1/signals', { method: 'POST', headers, body: JSON.stringify(submission), credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { id?: unknown; message?: unknown; details?: unknown } };
    const details = typeof body.error?.details === 'object' && body.error.details !== null ? (body.error.details as Record<string, unknown>) : {};
    throw new ApiError(
      response.status,
      typeof body.error?.id === 'string' ? body.error.id : 'http',
      typeof body.error?.message === 'string' ? body.error.message : '',
      details,
    );
  }
  return (await response.json()) as CreatedSignal;
}

export function mySignals(): Promise<MySignal[]> {
  return getJson<MySignal[]>('/api/v1/my-signals', null);
}

/** One page of the inbox; `cursor` is the previous page's `next`, none for the first. */
export function inbox(filters: InboxFilters, page: { cursor?: string | null; limit?: number } = {}): Promise<InboxPage> {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (typeof value === 'string' && value !== '') params[key] = value;
  if (page.cursor) params.cursor = page.cursor;
  if (page.limit) params.limit = String(page.limit);
  return getJson<InboxPage>('/api/v1/signals', null, params);
}

export function getCase(id: string): Promise<SignalCase> {
  return getJson<SignalCase>(`/api/v1/signals/${enc(id)}`, null);
}

export function applyEvent(id: string, event: CaseEvent, extra: { reason?: string; message?: string } = {}): Promise<SignalCase> {
  return sendJson<SignalCase>('POST', `/api/v1/signals/${enc(id)}/events`, { event, ...extra });
}

export function addNote(id: string, text: string, correctsEventId?: number): Promise<SignalCase> {
  return sendJson<SignalCase>('POST', `/api/v1/signals/${enc(id)}/notes`, correctsEventId === undefined ? { text } : { text, correctsEventId });
}

export function chooseRoute(id: string, mapId: string, answers: string[]): Promise<SignalCase> {
  return sendJson<SignalCase>('POST', `/api/v1/signals/${enc(id)}/route`, { mapId, answers });
}

export function saveMeldcodeStep(id: string, step: number, doneOn: string, note: string): Promise<SignalCase> {
  return sendJson<SignalCase>('PUT', `/api/v1/signals/${enc(id)}/meldcode/${step}`, note ? { doneOn, note } : { doneOn });
}

export function previewHandover(id: string, request: HandoverRequest): Promise<HandoverContent> {
  return sendJson<HandoverContent>('POST', `/api/v1/signals/${enc(id)}/handovers/preview`, request);
}

export function sendHandover(id: string, request: HandoverRequest & { channel: HandoverChannel; dueDays?: number }): Promise<SentHandover> {
  return sendJson<SentHandover>('POST', `/api/v1/signals/${enc(id)}/handovers`, request);
}

export interface FeedbackInput {
  outcome: FeedbackOutcome;
  forwardedTo?: string;
  note?: string;
}

export function recordFeedback(id: string, handoverId: string, input: FeedbackInput): Promise<{ handover: Handover }> {
  return sendJson<{ handover: Handover }>('POST', `/api/v1/signals/${enc(id)}/handovers/${enc(handoverId)}/feedback`, input);
}

export function lookupFeedback(token: string): Promise<FeedbackLookup> {
  return sendJson<FeedbackLookup>('POST', '/api/v1/feedback/lookup', { token });
}

export function giveFeedback(token: string, input: FeedbackInput): Promise<unknown> {
  return sendJson('POST', '/api/v1/feedback', { token, ...input });
}

export function listMeetings(): Promise<MeetingSummary[]> {
  return getJson<MeetingSummary[]>('/api/v1/meetings', null);
}

export function createMeeting(heldOn: string, title: string): Promise<Meeting> {
  return sendJson<Meeting>('POST', '/api/v1/meetings', { heldOn, title });
}

export function getMeeting(id: string): Promise<Meeting> {
  return getJson<Meeting>(`/api/v1/meetings/${enc(id)}`, null);
}

export function addToMeeting(meetingId: string, signalId: string): Promise<Meeting> {
  return sendJson<Meeting>('POST', `/api/v1/meetings/${enc(meetingId)}/signals`, { signalId });
}

export function removeFromMeeting(meetingId: string, signalId: string): Promise<void> {
  return sendJson<void>('DELETE', `/api/v1/meetings/${enc(meetingId)}/signals/${enc(signalId)}`);
}

export function recordDecision(meetingId: string, signalId: string, decision: string): Promise<Meeting> {
  return sendJson<Meeting>('PUT', `/api/v1/meetings/${enc(meetingId)}/signals/${enc(signalId)}`, { decision });
}

/** The printable version of a handover (a self-contained HTML page from the server). */
export function handoverPrintUrl(id: string, handoverId: string): string {
  return `/api/v1/signals/${enc(id)}/handovers/${enc(handoverId)}/print`;
}

export function getSettings(): Promise<MunicipalitySettings> {
  return getJson<MunicipalitySettings>('/api/v1/settings', null);
}

export function saveSettings(settings: MunicipalitySettings): Promise<MunicipalitySettings> {
  return sendJson<MunicipalitySettings>('PUT', '/api/v1/settings', settings);
}

/** The AF opens a shielded audit record with its reference and a reason (the opening is itself audited). */
export function openSealedAuditRecord(reference: string, reason: string): Promise<SealedAuditRecord> {
  return sendJson<SealedAuditRecord>('POST', '/api/v1/audit/sealed', { reference, reason });
}

/** The beheerder's dead-letter view: background jobs of the municipality that failed for good. */
export function getJobFailures(): Promise<JobFailure[]> {
  return getJson<JobFailure[]>('/api/v1/jobs/failures', null);
}

export function resolveJobFailure(id: string, how: 'retry' | 'dismiss'): Promise<void> {
  return sendJson<void>('POST', `/api/v1/jobs/failures/${encodeURIComponent(id)}/${how}`);
}

export function getSignalMatches(id: string): Promise<SignalMatches> {
  return getJson<SignalMatches>(`/api/v1/signals/${enc(id)}/matches`, null);
}

export function decideLink(id: string, request: LinkRequest): Promise<SignalMatches> {
  return sendJson<SignalMatches>('POST', `/api/v1/signals/${enc(id)}/links`, request);
}

export function searchMatches(query: MatchQuery): Promise<{ candidates: Candidate[]; lookups: RegisterLookup[] }> {
  return sendJson<{ candidates: Candidate[]; lookups: RegisterLookup[] }>('POST', '/api/v1/matching/search', query);
}

export function uploadPersonsExport(source: string, file: Blob): Promise<{ id: string }> {
  return sendCsv<{ id: string }>(`/api/v1/registers/persons/imports?source=${enc(source)}`, file);
}

export function listRegisterImports(): Promise<RegisterImport[]> {
  return getJson<RegisterImport[]>('/api/v1/registers/imports', null);
}

export function getRetentionTerms(): Promise<RetentionTermsView> {
  return getJson<RetentionTermsView>('/api/v1/retention/terms', null);
}

export function saveRetentionTerms(terms: RetentionTerms): Promise<RetentionTermsView> {
  return sendJson<RetentionTermsView>('PUT', '/api/v1/retention/terms', terms);
}

/** The dry run: what retention deletes within the coming week, and what a legal hold keeps. */
export function getRetentionPreview(): Promise<RetentionPreview> {
  return getJson<RetentionPreview>('/api/v1/retention/preview', null);
}

/** One page of the deletion log, newest first; `cursor` is the previous page's `next`. */
export function getDeletionLog(cursor: string | null = null): Promise<DeletionLogPage> {
  return getJson<DeletionLogPage>('/api/v1/retention/deletions', null, cursor ? { cursor } : {});
}

/** Places (`hold`) or lifts the signal's legal hold, with the AF's reason. */
export function setLegalHold(id: string, hold: boolean, reason: string): Promise<SignalCase> {
  return sendJson<SignalCase>(hold ? 'PUT' : 'DELETE', `/api/v1/signals/${enc(id)}/legal-hold`, { reason });
}
