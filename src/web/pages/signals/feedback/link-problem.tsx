import { Alert, Paragraph } from '@utrecht/component-library-react';

/** Why a feedback link cannot be used (incomplete, unknown, used, expired), and what to do instead. */
export function LinkProblem({ message, type = 'warning' }: { message: string; type?: 'warning' | 'info' }) {
  return (
    <Alert type={type} className="sr-link-problem">
      <Paragraph>{message}</Paragraph>
    </Alert>
  );
}
