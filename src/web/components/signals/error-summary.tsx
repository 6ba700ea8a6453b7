import { Alert, Heading2, Link, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { forwardRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  /** Id of the field (or first option of a group) the message is about. */
  fieldId: string;
  /** What the field is called, so the list makes sense without seeing the form. */
  label: string;
  message: string;
}

/**
 * The NL Design System error summary: at the top of the form after a failed submit, it takes
 * focus and lists every problem as a link that puts focus on the field concerned.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, { errors: readonly SummaryError[] }>(function ErrorSummary({ errors }, ref) {
  const { t } = useTranslation('signals');
  if (errors.length === 0) return null;
  const go = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    // Focus rather than jump to the anchor: the router would treat a hash change as navigation,
    // and focus is what tells a screen reader where the problem is.
    event.preventDefault();
    field.focus();
    field.scrollIntoView({ block: 'center' });
  };
  return (
    <div ref={ref} tabIndex={-1} className="sr-error-summary" aria-labelledby="foutenoverzicht-titel">
      <Alert type="error">
        <Heading2 id="foutenoverzicht-titel" className="sr-error-summary__title">
          {t('errors.summaryTitle', { count: errors.length })}
        </Heading2>
        <UnorderedList className="sr-error-summary__list">
          {errors.map((error) => (
            <UnorderedListItem key={error.fieldId}>
              <Link href={`#${error.fieldId}`} onClick={(event) => go(event, error.fieldId)}>
                {error.label}: {error.message}
              </Link>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      </Alert>
    </div>
  );
});
