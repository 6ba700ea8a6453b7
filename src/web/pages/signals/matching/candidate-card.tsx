import { Heading3, Heading4, Paragraph, StatusBadge, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Candidate } from '../../../../domain/matching';
import { LIKELY_THRESHOLD } from '../../../../domain/matching/match-score';

/**
 * One possible match, side by side with what was searched for: where it was found, how alike
 * (in words and as a percentage) and why. The AF decides; `children` holds what they can do.
 * `level`: the heading level below the section it stands in.
 */
export function CandidateCard({ candidate, searched, from, level, children }: { candidate: Candidate; searched: string; from: 'signal' | 'search'; level: 3 | 4; children?: ReactNode }) {
  const { t } = useTranslation('signals');
  const headingId = useId();
  const likely = candidate.score >= LIKELY_THRESHOLD;
  const Heading = level === 3 ? Heading3 : Heading4;
  return (
    <article className="sr-card sr-candidate" aria-labelledby={headingId}>
      <Heading id={headingId} className="sr-candidate__title">
        {candidate.label}
      </Heading>
      <Paragraph className="sr-candidate__meta">
        <StatusBadge className="sr-state">{t(`matching.source.${candidate.source}`)}</StatusBadge>{' '}
        <strong>{t(likely ? 'matching.likely' : 'matching.possible')}</strong> · {t('matching.score', { percent: Math.round(candidate.score * 100) })}
      </Paragraph>
      <table className="sr-compare">
        <caption className="sr-visually-hidden">{t('matching.compareCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t(from === 'signal' ? 'matching.searched' : 'matching.typed')}</th>
            <th scope="col">{t('matching.found')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{searched}</td>
            <td>{candidate.label}</td>
          </tr>
        </tbody>
      </table>
      <Paragraph className="sr-candidate__why">{t('matching.why')}</Paragraph>
      <UnorderedList className="sr-candidate__reasons">
        {candidate.reasons.map((reason) => (
          <UnorderedListItem key={reason}>{reason}</UnorderedListItem>
        ))}
      </UnorderedList>
      {children}
    </article>
  );
}
