/**
 * A schema as indented JSON. Long lines scroll inside the block on a phone; the block can take
 * focus so keyboard users can scroll it too.
 */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <pre className="utrecht-code-block sr-json" tabIndex={0} role="region" aria-label={label}>
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}
