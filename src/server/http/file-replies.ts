import { z } from 'zod';
import { BoundedCache } from './bounded-cache';

/** The 200 response of a route that sends a PDF, for the OpenAPI document. */
export const pdfResponse = { description: 'PDF', content: { 'application/pdf': { schema: z.string() } } };

/**
 * Public PDFs (route cards, posters) are pure functions of what they show: each is made once per
 * key and kept, bounded (each is some tens of kilobytes).
 */
export function pdfCache(capacity: number): (key: string, make: () => Promise<Buffer>) => Promise<Buffer> {
  const cache = new BoundedCache<string, Buffer>(capacity);
  return async (key, make) => {
    const cached = cache.get(key);
    if (cached) return cached;
    const pdf = await make();
    cache.set(key, pdf);
    return pdf;
  };
}

interface FileReply<R> {
  type(contentType: string): R;
  header(name: string, value: string): R;
  send(payload: string): R;
}

/** Sends the PDF as it is, to be shown in the browser and saved as `name`.pdf. */
export function sendPdf<R extends FileReply<R>>(reply: R, name: string, pdf: Buffer): R {
  // The route's schema only documents the bytes (as the OpenAPI string of a binary body).
  return reply.type('application/pdf').header('content-disposition', `inline; filename="${name}.pdf"`).send(pdf as unknown as string);
}

/**
 * Sends a CSV download (`name`.csv) with a byte-order mark, so that spreadsheet programs read the
 * accents correctly.
 */
export function sendCsv<R extends FileReply<R>>(reply: R, name: string, csv: string): R {
  return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${name}.csv"`).send(`\uFEFF${csv}`);
}
