import { useState } from 'react';

/**
 * A schema as indented JSON behind a disclosure. The JSON is only put in the page once opened:
 * the reference has ~480 schemas (half a million characters), which made the page slow to
 * render and to check. Long lines scroll inside the block on a phone; the block can take focus
 * so keyboard users can scroll it too.
 */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="sr-json-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{label}</summary>
      {open && (
        <pre className="utrecht-code-block sr-json" tabIndex={0} role="region" aria-label={label}>
          <code>{JSON.stringify(value, null, 2)}</code>
        </pre>
      )}
    </details>
  );
}
