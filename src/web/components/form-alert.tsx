import { Alert, Paragraph } from '@utrecht/component-library-react';
import { forwardRef } from 'react';

/**
 * A message about the whole form (a lock-out, an expired link, no connection). It takes focus
 * when it appears, so keyboard and screen-reader users hear it and start from there.
 */
export const FormAlert = forwardRef<HTMLDivElement, { message: string | null; type?: 'error' | 'ok' | 'info' | 'warning' }>(function FormAlert(
  { message, type = 'error' },
  ref,
) {
  if (!message) return null;
  return (
    <div ref={ref} tabIndex={-1} className="sr-form-alert">
      <Alert type={type}>
        <Paragraph>{message}</Paragraph>
      </Alert>
    </div>
  );
});
