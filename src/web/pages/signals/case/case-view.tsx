import { Alert, Heading1, Link, Paragraph } from '@utrecht/component-library-react';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKnowledge } from '../../../api/queries';
import type { SignalCase } from '../../../api/signal-types';
import type { SessionUser } from '../../../api/types';
import { formatMoment } from '../../../components/signals/format-moment';
import { StateBadge } from '../../../components/signals/state-badge';
import { UrgentMarker } from '../../../components/signals/urgent-marker';
import { EnrichmentStep } from '../matching/enrichment-step';
import { LegalHoldStep } from '../retention/legal-hold-step';
import { CaseActions } from './case-actions';
import { CaseSection } from './case-section';
import { focusSection } from './focus-section';
import { HandoverList } from './handover-list';
import { HandoverStep } from './handover-step';
import { HistoryTimeline } from './history-timeline';
import { MeetingPicker } from './meeting-picker';
import { MeldcodeChecklist } from './meldcode-checklist';
import { ReporterBox } from './reporter-box';
import { RouteStep } from './route-step';
import { SignalContentView } from './signal-content-view';

/** What a section reports after a change: shown at the top of the case and given focus. */
export interface CaseChange {
  signal?: SignalCase | undefined;
  message: string;
}

export function CaseView({ signal, user }: { signal: SignalCase; user: SessionUser }) {
  const { t, i18n } = useTranslation('signals');
  const queryClient = useQueryClient();
  const knowledge = useKnowledge();
  const noticeRef = useRef<HTMLDivElement>(null);
  const [notice, setNotice] = useState<string | null>(null);

  /** After any change: the new case (or a fresh read), and a message that takes focus. */
  const changed = ({ signal: next, message }: CaseChange) => {
    if (next) queryClient.setQueryData(['case', signal.id], next);
    else void queryClient.invalidateQueries({ queryKey: ['case', signal.id] });
    void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    setNotice([message, next?.notice].filter(Boolean).join(' '));
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const sections = [
    ['melder', t('case.reporterHeading')],
    ['acties', t('case.actionsHeading')],
    ['signaal', t('case.submissionHeading')],
    ['verrijken', t('case.enrichmentHeading')],
    ['route', t('case.routeHeading')],
    ['overdragen', t('case.handoverHeading')],
    ['overdrachten', t('case.handoversHeading')],
    ...(signal.meldcodeApplicable ? [['meldcode', t('case.meldcodeHeading')]] : []),
    ['overleg', t('case.meetingHeading')],
    ['bewaring', t('legalHold.heading')],
    ['geschiedenis', t('case.historyHeading')],
  ] as const;

  return (
    <div className="sr-container sr-case">
      <header className="sr-case__header">
        <Heading1>{t('case.title', { reference: signal.reference })}</Heading1>
        <div className="sr-case__badges">
          <StateBadge state={signal.state} />
          {signal.urgent && <UrgentMarker />}
          <span className="sr-case__received">{t('case.receivedAt', { at: formatMoment(signal.receivedAt, i18n.language) })}</span>
          {signal.legalHoldSince && <span>{t('legalHold.since', { at: formatMoment(signal.legalHoldSince, i18n.language) })}</span>}
        </div>
      </header>
      {signal.urgent && (
        <Alert type="error" className="sr-case__urgent">
          <Paragraph>{t('case.urgentText')}</Paragraph>
        </Alert>
      )}
      <div ref={noticeRef} tabIndex={-1} className="sr-form-alert sr-case__notice" role="status">
        {notice && (
          <Alert type="ok">
            <Paragraph>{notice}</Paragraph>
          </Alert>
        )}
      </div>
      <nav aria-label={t('case.contents')} className="sr-case__toc">
        <ul className="sr-case__toc-list">
          {sections.map(([id, label]) => (
            <li key={id}>
              <Link href={`#${id}`} onClick={(event) => focusSection(event, id)}>
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <ReporterBox reporter={signal.reporter} />

      <CaseSection id="acties" title={t('case.actionsHeading')}>
        <CaseActions signal={signal} onChanged={changed} />
      </CaseSection>

      <CaseSection id="signaal" title={t('case.submissionHeading')}>
        <SignalContentView content={signal.submission} knowledge={knowledge.data ?? null} />
      </CaseSection>

      <CaseSection id="verrijken" title={t('case.enrichmentHeading')}>
        <EnrichmentStep signalId={signal.id} onChanged={changed} />
      </CaseSection>

      <CaseSection id="route" title={t('case.routeHeading')}>
        <RouteStep signal={signal} user={user} onChanged={changed} />
      </CaseSection>

      <CaseSection id="overdragen" title={t('case.handoverHeading')}>
        <HandoverStep signal={signal} user={user} onChanged={changed} />
      </CaseSection>

      <CaseSection id="overdrachten" title={t('case.handoversHeading')}>
        <HandoverList signal={signal} onChanged={changed} />
      </CaseSection>

      {signal.meldcodeApplicable && (
        <CaseSection id="meldcode" title={t('case.meldcodeHeading')}>
          <MeldcodeChecklist signal={signal} onChanged={changed} />
        </CaseSection>
      )}

      <CaseSection id="overleg" title={t('case.meetingHeading')}>
        <MeetingPicker signal={signal} onChanged={changed} />
      </CaseSection>

      <CaseSection id="bewaring" title={t('legalHold.heading')}>
        <LegalHoldStep signal={signal} onChanged={changed} />
      </CaseSection>

      <CaseSection id="geschiedenis" title={t('case.historyHeading')}>
        <HistoryTimeline signal={signal} onChanged={changed} />
      </CaseSection>
    </div>
  );
}
