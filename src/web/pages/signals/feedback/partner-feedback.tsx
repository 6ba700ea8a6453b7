import { Heading1 } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client';
import { lookupFeedback } from '../../../api/signals-api';
import { LoadingState } from '../../../components/loading-state';
import { useDocumentTitle } from '../../../hooks/use-document-title';
import { useFragmentToken } from '../../../hooks/use-fragment-token';
import { FeedbackFacts } from './feedback-facts';
import { PartnerFeedbackForm } from './partner-feedback-form';
import { FeedbackThanks } from './feedback-thanks';
import { LinkProblem } from './link-problem';

/** Looks the link up, then shows the answer form, the reason the link cannot be used, or the thanks. */
export function PartnerFeedback() {
  const { t } = useTranslation('signals');
  const token = useFragmentToken();
  const [thanked, setThanked] = useState<string | null>(null);
  useDocumentTitle(thanked ? t('partner.thanksTitle') : t('partner.title'));
  // The token is not part of the key: a secret has no business in a cache key.
  const lookup = useQuery({ queryKey: ['feedback-lookup'], queryFn: () => lookupFeedback(token ?? ''), enabled: token !== null, retry: false, gcTime: 0 });

  if (thanked) return <FeedbackThanks municipality={thanked} />;

  return (
    <div className="sr-container sr-narrow">
      <Heading1>{t('partner.title')}</Heading1>
      {token === null && <LinkProblem message={t('partner.noToken')} />}
      {token !== null && lookup.isPending && <LoadingState />}
      {lookup.isError && <LinkProblem message={linkMessage(lookup.error, t)} />}
      {lookup.data?.answered && (
        // Used already: that comes first; the facts below only say which handover it was.
        <>
          <LinkProblem message={t('partner.alreadyAnswered', { municipality: lookup.data.municipality })} type="info" />
          <FeedbackFacts lookup={lookup.data} />
        </>
      )}
      {lookup.data && !lookup.data.answered && (
        <>
          <FeedbackFacts lookup={lookup.data} />
          <PartnerFeedbackForm token={token ?? ''} lookup={lookup.data} onDone={() => setThanked(lookup.data.municipality)} />
        </>
      )}
    </div>
  );
}

function linkMessage(error: unknown, t: (key: string) => string): string {
  // A link the server could not even read (far too long): in words, not as a field error.
  if (error instanceof ApiError && error.id === 'validation') return t('partner.invalidLink');
  // The server's message says what to do (used, expired, unknown) in Dutch.
  if (error instanceof ApiError && error.status !== 0 && error.message) return error.message;
  if (error instanceof ApiError && error.status === 0) return t('partner.network');
  return t('partner.failed');
}
