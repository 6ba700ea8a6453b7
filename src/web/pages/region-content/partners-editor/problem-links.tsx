import { Alert, Heading2, Link, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../../../../domain/content/content-messages';
import type { Language } from '../../../../domain/content/localized';
import type { PackIssue } from '../../../../domain/content/validate-region-pack';
import { AppLink } from '../../../components/app-link';

interface Props {
  issues: readonly PackIssue[];
  /** Problems in other parts of the pack: counted here, listed on the overview. */
  elsewhere: number;
  /** The id of the field a problem is about (asked again on the click: the field may have moved). */
  fieldOf: (path: readonly PropertyKey[]) => string;
  /** What an empty list says. */
  none: string;
}

/** Every problem of this part of the pack in one list, each a link to its field; nothing to publish until it is empty. */
export function ProblemLinks({ issues, elsewhere, fieldOf, none }: Props) {
  const { t, i18n } = useTranslation('regionContent');
  const lang = i18n.language as Language;
  return (
    <section aria-labelledby="problemen" className="sr-section">
      <Heading2 id="problemen" tabIndex={-1}>
        {t('problems.heading', { count: issues.length })}
      </Heading2>
      {issues.length === 0 ? (
        <Paragraph>{none}</Paragraph>
      ) : (
        <Alert type="warning">
          <Paragraph>{t('problems.intro')}</Paragraph>
          <UnorderedList>
            {issues.map((issue, i) => {
              const target = fieldOf(issue.path);
              return (
                <UnorderedListItem key={i}>
                  <Link
                    href={`#${target}`}
                    onClick={(event) => {
                      event.preventDefault();
                      const field = document.getElementById(fieldOf(issue.path));
                      field?.scrollIntoView({ block: 'center' });
                      field?.focus();
                    }}
                  >
                    {problemText(issue, lang)}
                  </Link>
                </UnorderedListItem>
              );
            })}
          </UnorderedList>
        </Alert>
      )}
      {elsewhere > 0 && (
        <Paragraph>
          {t('problems.elsewhere', { count: elsewhere })} <AppLink to="/regio/inhoud">{t('problems.overview')}</AppLink>
        </Paragraph>
      )}
    </section>
  );
}
