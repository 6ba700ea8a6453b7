import { z } from 'zod';
import { cursorParam, encodeCursor, exactMoment } from '../http/page-cursor';

/**
 * Where the next page of the inbox starts: the sort key of the last signal on the page (urgent
 * first, then the moment received, to the microsecond, then the id), as an opaque cursor
 * (../http/page-cursor.ts). No personal data: a signal's id and the moment it came in, both in the
 * list itself; no municipality, so another municipality's cursor walks only one's own signals.
 */
export interface InboxCursor {
  urgent: boolean;
  /** Received at, UTC, with microseconds as PostgreSQL keeps them: `2026-12-07T04:26:14.123456Z`. */
  receivedAt: string;
  id: string;
}

export const encodeInboxCursor = (cursor: InboxCursor): string => encodeCursor([cursor.urgent ? 1 : 0, cursor.receivedAt, cursor.id]);

/** The query parameter: a cursor this server gave out, or a Dutch 400. */
export const inboxCursorParam = cursorParam(z.union([z.literal(0), z.literal(1)]), exactMoment, z.uuid()).transform(
  ([urgent, receivedAt, id]): InboxCursor => ({ urgent: urgent === 1, receivedAt, id }),
);
