import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ConfirmDialog } from '../../../components/confirm-dialog';

/**
 * Warns before unsaved edits are lost: the browser's own question when the tab is closed or
 * reloaded, and a dialog when a link inside the app is followed. (The app uses the declarative
 * router, which has no navigation blocker; links are caught on their way to the router instead.)
 * Returns the dialog to render.
 */
export function useLeaveWarning(dirty: boolean) {
  const { t } = useTranslation('routemapEditor');
  const navigate = useNavigate();
  const [leavingTo, setLeavingTo] = useState<string | null>(null);

  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      event.preventDefault();
      event.stopPropagation();
      setLeavingTo(url.pathname + url.search + url.hash);
    };
    window.addEventListener('beforeunload', beforeUnload);
    document.addEventListener('click', click, true);
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      document.removeEventListener('click', click, true);
    };
  }, [dirty]);

  return (
    <ConfirmDialog
      open={leavingTo !== null}
      title={t('leave.title')}
      confirmLabel={t('leave.confirm')}
      onConfirm={() => {
        const to = leavingTo;
        setLeavingTo(null);
        if (to) navigate(to);
      }}
      onCancel={() => setLeavingTo(null)}
    >
      {t('leave.text')}
    </ConfirmDialog>
  );
}
