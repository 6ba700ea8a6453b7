import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Sets the page title per route so tabs, history and screen readers say where the user is.
 * A layout effect, so the title changes in the same frame as the content it names.
 */
export function useDocumentTitle(title: string | null | undefined): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useLayoutEffect(() => {
    document.title = title ? `${title} – ${app}` : app;
  }, [title, app]);
}
