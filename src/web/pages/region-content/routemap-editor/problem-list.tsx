import { Alert, Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import type { Language } from '../../../../domain/content/localized';
import type { MapIssues } from '../../../../domain/routemap/map-issues';
import { AppLink } from '../../../components/app-link';

interface Props {
  issues: MapIssues;
  onShowNode: (id: string) => void;
}

/** Every problem of the map in one list, each with a way to the node it is about; nothing to publish until it is empty. */
export function ProblemList({ issues, onShowNode }: Props) {
  const { t, i18n } = useTranslation('routemapEditor');
  const lang = i18n.language as Language;
  const byNode = [...issues.byNode.entries()];
  const count = issues.map.length + byNode.reduce((n, [, list]) => n + list.length, 0);
  return (
    <section aria-labelledby="problemen" className="sr-map-problems">
      {/* Focused after a step is deleted: the problems it caused are read first. */}
      <Heading2 id="problemen" tabIndex={-1} className="sr-focus-heading">{t('problems.heading', { count })}</Heading2>
      {count === 0 ? (
        <Paragraph>{t('problems.none')}</Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('problems.intro')}</Paragraph>
          <UnorderedList>
            {issues.map.map((issue, i) => (
              <UnorderedListItem key={`map-${i}`}>{problemText(issue, lang)}</UnorderedListItem>
            ))}
            {byNode.flatMap(([id, list]) =>
              list.map((issue, i) => (
                <UnorderedListItem key={`${id}-${i}`}>
                  {problemText(issue, lang)}
                  {/* One way to the step after its last problem, not one per problem. */}
                  {i === list.length - 1 && (
                    <>
                      {' '}
                      <Button type="button" appearance="subtle-button" className="sr-map-problems__show" onClick={() => onShowNode(id)}>
                        {t('problems.show', { id })}
                      </Button>
                    </>
                  )}
                </UnorderedListItem>
              )),
            )}
          </UnorderedList>
        </Alert>
      )}
      {issues.elsewhere > 0 && (
        <Paragraph>
          {t('problems.elsewhere', { count: issues.elsewhere })} <AppLink to="/regio/inhoud">{t('problems.overview')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}
