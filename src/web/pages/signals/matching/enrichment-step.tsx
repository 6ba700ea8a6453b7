import { Button, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate, LinkDecision, SignalMatches } from '../../../../domain/matching';
import { decideLink, getSignalMatches } from '../../../api/signals-api';
import { AppLink } from '../../../components/app-link';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { TextareaField } from '../../../components/form/textarea-field';
import { LoadingState } from '../../../components/loading-state';
import { QueryError } from '../../../components/query-error';
import { formErrorsFrom } from '../../../lib/form-errors';
import type { CaseChange } from '../case/case-view';
import { CandidateCard } from './candidate-card';
import { RegisterLookups } from './register-lookups';

type Deciding = { subject: string; searched: string; candidate: Candidate; decision: LinkDecision };
type MatchedCandidate = SignalMatches['subjects'][number]['candidates'][number];

/**
 * Step 3 of seed 004: for every person, organisation and address of the signal, who or what is
 * already known — earlier signals, the municipality's own records, the BAG, the KVK — for the AF
 * to confirm or reject. Nothing is linked without that decision. A live register that could not
 * help is named under its subject; the other candidates stand as they are.
 */
export function EnrichmentStep({ signalId, onChanged }: { signalId: string; onChanged: (change: CaseChange) => void }) {
  const { t } = useTranslation('signals');
  const queryClient = useQueryClient();
  const matches = useQuery({ queryKey: ['matches', signalId], queryFn: () => getSignalMatches(signalId) });
  const [deciding, setDeciding] = useState<Deciding | null>(null);
  const [note, setNote] = useState('');
  const decide = useMutation({
    mutationFn: (d: Deciding) => decideLink(signalId, { subject: d.subject, source: d.candidate.source, id: d.candidate.id, decision: d.decision, ...(note.trim() ? { note: note.trim() } : {}) }),
    onSuccess: (next, d) => {
      queryClient.setQueryData(['matches', signalId], next);
      setDeciding(null);
      setNote('');
      onChanged({ message: t(d.decision === 'confirmed' ? 'matching.confirmedNotice' : 'matching.rejectedNotice', { label: d.candidate.label }) });
    },
  });

  if (matches.isPending) return <LoadingState />;
  if (matches.isError) return <QueryError error={matches.error} />;
  const { subjects, linkedFrom } = matches.data;
  const open = (d: Omit<Deciding, 'decision'>, decision: LinkDecision) => {
    decide.reset();
    setNote('');
    setDeciding({ ...d, decision });
  };

  return (
    <>
      <Paragraph>{t('matching.intro')}</Paragraph>
      {subjects.length === 0 && <Paragraph>{t('matching.noSubjects')}</Paragraph>}
      {subjects.map((s) => (
        <section key={s.subject} className="sr-enrichment-subject" aria-labelledby={`verrijken-${s.subject}`}>
          <Heading3 id={`verrijken-${s.subject}`}>{t(`matching.kind.${s.kind}`, { label: s.label })}</Heading3>
          <RegisterLookups lookups={s.lookups} />
          {s.candidates.length === 0 ? (
            <Paragraph>{t('matching.noCandidates')}</Paragraph>
          ) : (
            s.candidates.map((c: MatchedCandidate) => (
              <CandidateCard key={`${c.source}:${c.id}`} from="signal" level={4} candidate={c} searched={s.label}>
                {c.decision === 'confirmed' ? (
                  <>
                    <Paragraph className="sr-candidate__decided">
                      <strong>{t('matching.confirmed')}</strong>
                      {c.note && <> — {c.note}</>}
                    </Paragraph>
                    <Button type="button" appearance="subtle-button" onClick={() => open({ subject: s.subject, searched: s.label, candidate: c }, 'rejected')}>
                      {t('matching.undo')}
                    </Button>
                  </>
                ) : (
                  <div className="sr-actions sr-actions--tight">
                    <Button type="button" appearance="secondary-action-button" onClick={() => open({ subject: s.subject, searched: s.label, candidate: c }, 'confirmed')}>
                      {t('matching.confirm')}
                    </Button>
                    <Button type="button" appearance="subtle-button" onClick={() => open({ subject: s.subject, searched: s.label, candidate: c }, 'rejected')}>
                      {t('matching.reject')}
                    </Button>
                  </div>
                )}
              </CandidateCard>
            ))
          )}
        </section>
      ))}
      {linkedFrom.length > 0 && (
        <>
          <Heading3>{t('matching.linkedFromHeading')}</Heading3>
          <UnorderedList>
            {linkedFrom.map((l) => (
              <UnorderedListItem key={`${l.signalId}:${l.subject}`}>
                <AppLink to={`/signalen/${encodeURIComponent(l.signalId)}`}>{l.reference}</AppLink> — {l.label}
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
      <Paragraph>
        <AppLink to="/signalen/zoeken">{t('matching.searchByHand')}</AppLink>
      </Paragraph>
      <ConfirmDialog
        open={deciding !== null}
        title={deciding ? t(deciding.decision === 'confirmed' ? 'matching.confirmTitle' : 'matching.rejectTitle') : ''}
        confirmLabel={deciding ? t(deciding.decision === 'confirmed' ? 'matching.confirmButton' : 'matching.rejectButton') : ''}
        busy={decide.isPending}
        error={decide.isError ? formErrorsFrom(decide.error, t).form : null}
        onCancel={() => setDeciding(null)}
        onConfirm={() => deciding && decide.mutate(deciding)}
      >
        {deciding && (
          <>
            <Paragraph>{t(deciding.decision === 'confirmed' ? 'matching.confirmText' : 'matching.rejectText', { searched: deciding.searched, found: deciding.candidate.label })}</Paragraph>
            <TextareaField id="koppeling-notitie" label={t('matching.noteLabel')} description={t('matching.noteHelp')} rows={3} maxLength={1000} value={note} onValueChange={setNote} />
          </>
        )}
      </ConfirmDialog>
    </>
  );
}
