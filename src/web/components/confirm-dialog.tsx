import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from './form-alert';

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** While the request runs: the buttons wait and the confirm button says it is busy. */
  busy?: boolean;
  error?: string | null;
}

/**
 * Asks before something that cannot simply be undone (deactivate, reset a second factor, log out
 * everywhere). A native modal <dialog>: the browser keeps focus inside it, Escape cancels, and the
 * rest of the page is inert meanwhile. Focus starts on "Cancel", the safe choice.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, busy = false, error = null }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      cancelRef.current?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  return (
    // The Utrecht AlertDialog's markup and styles on a plain <dialog>: the React component drops
    // its className, and the dialog needs our size and backdrop.
    <dialog
      ref={dialogRef}
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="utrecht-alert-dialog sr-dialog"
      onCancel={(event) => {
        // Escape: close through React state, so the page knows the dialog is gone.
        event.preventDefault();
        if (!busy) onCancel();
      }}
    >
      <div className="utrecht-alert-dialog__message">
        <Heading2 id={titleId} className="sr-dialog__title">
          {title}
        </Heading2>
        <div id={bodyId}>{typeof children === 'string' ? <Paragraph>{children}</Paragraph> : children}</div>
        <FormAlert message={error} />
        <div className="sr-actions sr-dialog__actions">
          <Button type="button" appearance="primary-action-button" hint="danger" busy={busy} disabled={busy} onClick={onConfirm}>
            {busy ? t('common.busy') : confirmLabel}
          </Button>
          <Button type="button" ref={cancelRef} appearance="secondary-action-button" disabled={busy} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
