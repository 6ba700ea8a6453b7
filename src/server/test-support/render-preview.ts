import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { vi } from 'vitest';
import type { KnowledgeView } from '../../domain/content/content';
import type { HandoverContent } from '../../domain/signal/handover';
import type { HandoverDocument, HandoverRow } from '../../domain/signal/handover-document';
import { HandoverPreview } from '../../web/pages/signals/case/handover-preview';

export interface PreviewInput {
  /** The server's preview answer. */
  content: HandoverContent;
  /** The contact's Dutch name. */
  contactName: string;
  /** As the AF typed it; empty for the municipality's term. */
  dueDays: string;
  /** The Dutch knowledge, as GET /api/v1/knowledge gives it to the browser. */
  knowledge: KnowledgeView;
  /** When the AF looks at the preview. */
  now: Date;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'" };
const decode = (html: string) => html.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);

const rowsIn = (dl: string): HandoverRow[] =>
  [...dl.matchAll(/<dt[^>]*>([\s\S]*?)<\/dt><dd[^>]*>([\s\S]*?)<\/dd>/g)].map(([, label, value]) => ({ label: decode(label!), value: decode(value!) }));

/**
 * The AF's preview, the web's own component, rendered to HTML as the browser renders it, and read
 * back into the document it shows. Fails when the page shows text that is not in that document.
 */
export function renderPreview(input: PreviewInput): HandoverDocument {
  const client = new QueryClient();
  client.setQueryData(['knowledge', 'nl'], input.knowledge);
  vi.useFakeTimers({ toFake: ['Date'], now: input.now });
  let html: string;
  try {
    html = renderToStaticMarkup(
      createElement(QueryClientProvider, { client }, createElement(HandoverPreview, { content: input.content, contactName: input.contactName, dueDays: input.dueDays })),
    );
  } finally {
    vi.useRealTimers();
  }
  const document: HandoverDocument = {
    title: decode(/<p class="[^"]*sr-document__title">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''),
    facts: rowsIn(/sr-document__title">[\s\S]*?<\/p>(<dl[\s\S]*?<\/dl>)/.exec(html)?.[1] ?? ''),
    sections: [...html.matchAll(/<h4[^>]*>([\s\S]*?)<\/h4>(<dl[\s\S]*?<\/dl>)/g)].map(([, heading, dl]) => ({ heading: decode(heading!), rows: rowsIn(dl!) })),
    notice: decode(/<p class="[^"]*sr-document__notice">([\s\S]*?)<\/p>/.exec(html)?.[1] ?? ''),
  };
  const shown = decode(html.replace(/<[^>]+>/g, ''));
  const read = [document.title, ...document.facts, ...document.sections.flatMap((s) => [s.heading, ...s.rows]), document.notice]
    .map((part) => (typeof part === 'string' ? part : part.label + part.value))
    .join('');
  if (shown !== read) throw new Error(`the preview shows more than its document:\n${shown}\n---\n${read}`);
  return document;
}
