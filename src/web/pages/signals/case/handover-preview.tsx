import { Heading4, Paragraph } from '@utrecht/component-library-react';
import { parseFeedbackDays } from '../../../../domain/signal/handover';
import { handoverDocument, handoverLabels, type HandoverDocument } from '../../../../domain/signal/handover-document';
import { addDutchDays } from '../../../../domain/time/dutch-calendar';
import type { HandoverContent } from '../../../api/signal-types';
import { useDutchKnowledge } from '../../../components/signals/use-dutch-knowledge';
import { DocumentRows } from './document-rows';

interface Props {
  /** The server's preview answer: exactly the content that will be sent. */
  content: HandoverContent;
  /** The contact's Dutch name, as the partner's directory gives it (the server uses the same). */
  contactName: string;
  /** As typed; empty for the municipality's term. */
  dueDays: string;
}

/**
 * Exactly what the partner will get: the document of src/domain/signal/handover-document.ts,
 * which the server also renders as the e-mail and the printable version. In Dutch whatever the
 * UI language, as the partner reads it. Sent today, due after the term typed (if any).
 */
export function HandoverPreview({ content, contactName, dueDays }: Props) {
  const knowledge = useDutchKnowledge().data;
  const days = parseFeedbackDays(dueDays);
  const sentAt = new Date();
  const dueAt = days ? addDutchDays(sentAt, days) : null;
  return <HandoverDocumentView document={handoverDocument(content, { contactName, sentAt, dueAt }, handoverLabels(knowledge))} />;
}

/** The handover document as the page shows it; the same structure as the e-mail's text and the print's HTML. */
export function HandoverDocumentView({ document }: { document: HandoverDocument }) {
  return (
    <div className="sr-document" lang="nl">
      <Paragraph className="sr-document__title">{document.title}</Paragraph>
      <DocumentRows rows={document.facts} />
      {document.sections.map((section) => (
        <div key={section.heading} className="sr-document__section">
          <Heading4 className="sr-document__heading">{section.heading}</Heading4>
          <DocumentRows rows={section.rows} />
        </div>
      ))}
      <Paragraph className="sr-document__notice">{document.notice}</Paragraph>
    </div>
  );
}
