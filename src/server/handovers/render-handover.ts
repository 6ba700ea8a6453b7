import crypto from 'node:crypto';
import type { HandoverDocument, HandoverRow } from '../../domain/signal/handover-document';

/**
 * What a partner receives, rendered: the e-mail (plain text) and the printable page (HTML). Both
 * render the one HandoverDocument that src/domain/signal/handover-document.ts builds from the
 * HandoverContent; the AF's preview in the browser renders that same document.
 */

// The mails of the signal chain write dates the way the document does.
export { dutchDate } from '../../domain/signal/handover-document';

function textRow(row: HandoverRow): string {
  const [first, ...rest] = row.value.split('\n');
  return [`${row.label}: ${first}`, ...rest.map((line) => `  ${line}`)].join('\n');
}

/** Plain, readable Dutch text (the e-mail). */
export function renderHandoverText(doc: HandoverDocument): string {
  const underline = (s: string, c: string) => `${s}\n${c.repeat(s.length)}`;
  return [
    underline(doc.title, '='),
    doc.facts.map(textRow).join('\n'),
    ...doc.sections.map((s) => `${underline(s.heading, '-')}\n${s.rows.map(textRow).join('\n')}`),
    doc.notice,
  ].join('\n\n');
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const PRINT_CSS = `
  body { font-family: "Noto Sans", Arial, sans-serif; color: #000; margin: 2rem auto; max-width: 48rem; line-height: 1.45; }
  h1 { font-size: 1.5rem; margin: 0 0 1rem; }
  h2 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; border-bottom: 1px solid #000; }
  dl { display: grid; grid-template-columns: 16rem 1fr; gap: 0.25rem 1rem; margin: 0; }
  dt { font-weight: bold; }
  dd { margin: 0; white-space: pre-wrap; }
  .notice { margin-top: 2rem; border: 1px solid #000; padding: 0.75rem; }
  @page { size: A4; margin: 2cm; }
  @media print { body { margin: 0; max-width: none; font-size: 11pt; } h2 { break-after: avoid; } dl { break-inside: avoid; } }
`;

/** The inline style's hash, so the page's Content-Security-Policy allows exactly this style and nothing else. */
export const PRINT_STYLE_HASH = `'sha256-${crypto.createHash('sha256').update(PRINT_CSS, 'utf8').digest('base64')}'`;

/** The policy the print page is served with: no scripts, no requests, only its own style. */
export const PRINT_CSP = `default-src 'none'; style-src ${PRINT_STYLE_HASH}; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;

function htmlRows(rows: HandoverRow[]): string {
  return `<dl>\n${rows.map((r) => `<dt>${escapeHtml(r.label)}</dt><dd>${escapeHtml(r.value)}</dd>`).join('\n')}\n</dl>`;
}

/** A self-contained printable page (no scripts, no external resources): print it or save it as PDF. */
export function renderHandoverHtml(doc: HandoverDocument): string {
  const reference = doc.facts.find((f) => f.label === 'Kenmerk')?.value ?? '';
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<title>${escapeHtml(`${doc.title} ${reference}`)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(doc.title)}</h1>
${htmlRows(doc.facts)}
${doc.sections.map((s) => `<section>\n<h2>${escapeHtml(s.heading)}</h2>\n${htmlRows(s.rows)}\n</section>`).join('\n')}
<p class="notice">${escapeHtml(doc.notice)}</p>
</main>
</body>
</html>
`;
}
