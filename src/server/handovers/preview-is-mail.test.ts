import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from '../../domain/content/content';
import { HANDOVER_PARTS, handoverContent, type HandoverContent } from '../../domain/signal/handover';
import { handoverDocument, handoverLabels, MUNICIPALITY_TERM } from '../../domain/signal/handover-document';
import { loadContent } from '../content/load-content';
import { addDutchDays as addDays } from '../../domain/time/dutch-calendar';
import { renderPreview } from '../test-support/render-preview';
import { sampleSubmission } from '../test-support/signal-fixtures';
import { handoverMail } from './handover-mail';
import { resolveRecipient } from './recipient';
import { renderHandoverText } from './render-handover';

/*
 * The promise: the preview the AF sees is exactly what the partner receives. The web's
 * preview component, rendered, shows the same document as the one the server's e-mail is made
 * from, so the e-mail's text is the preview's text.
 */

let content: Content;
let handover: HandoverContent;
let contactName: string;

beforeAll(async () => {
  ({ content } = await loadContent());
  const knowledge = content.knowledge('nl');
  const labour = knowledge.forms.find((f) => f.id === 'labour')!;
  const submission = sampleSubmission({
    forms: ['labour', 'unknown'],
    observedSignals: labour.signals.slice(0, 2).map((s) => s.id),
    description: 'Vier mannen slapen in een bedrijfspand.\nZij lijken geen eigen geld te hebben & "werken" 7 dagen <per> week.',
    sector: knowledge.sectors[0]!.id,
    persons: [
      { role: 'possible-victim', name: 'Piotr K.', dateOfBirth: '1990-03-05', nationality: 'Pools', language: 'Pools', description: 'Werkkleding\nzonder naam' },
      { role: 'possible-perpetrator', estimatedAge: 45 },
    ],
    organisations: [{ name: "Schoonmaakbedrijf 't Glans BV", kvkNumber: '12345678' }, { name: 'Uitzendbureau Snel' }],
  });
  handover = handoverContent(submission, { reference: 'SR-0546-2026-0042', municipality: 'Leiden' }, HANDOVER_PARTS);
  contactName = resolveRecipient(content, 'GM0546', 'shop', 'shop').contact.name;
});

describe('the preview is exactly what the partner receives', () => {
  const now = new Date('2026-11-28T22:30:00Z');

  it('the web preview shows the domain document, and the e-mail holds its text', () => {
    const knowledge = content.knowledge('nl');
    const dueAt = addDays(now, 10);
    const sent = handoverDocument(handover, { contactName, sentAt: now, dueAt }, handoverLabels(knowledge));
    const preview = renderPreview({ content: handover, contactName, dueDays: '10', knowledge, now });

    expect(preview).toEqual(sent);
    const mail = handoverMail({ to: 'zoco@shop-denhaag.nl', document: sent, reference: handover.reference, municipality: 'Leiden', partnerName: 'SHOP', link: 'https://x.example/terugkoppeling#token=abc', dueAt, linkExpiresAt: addDays(dueAt, 30) });
    expect(mail.text).toContain(renderHandoverText(preview));
    // The fixture reaches every kind of line: Dutch names from the knowledge, lists, several lines, escaping.
    const text = renderHandoverText(preview);
    for (const line of ['Aan: SHOP', 'Overgedragen op: 28 november 2026', 'Vorm van uitbuiting: Arbeidsuitbuiting, Weet ik niet', `- ${knowledge.forms.find((f) => f.id === 'labour')!.signals[0]!.text}`, '  Zij lijken geen eigen geld te hebben & "werken" 7 dagen <per> week.', "Organisatie 1: Schoonmaakbedrijf 't Glans BV (KVK 12345678)", 'Geboortedatum: 5 maart 1990', `Sector: ${knowledge.sectors[0]!.name}`]) {
      expect(text).toContain(line);
    }
  });

  it('before a term is typed, only the due date differs: the municipality term applies', () => {
    const knowledge = content.knowledge('nl');
    const preview = renderPreview({ content: handover, contactName, dueDays: '', knowledge, now });
    const sent = handoverDocument(handover, { contactName, sentAt: now, dueAt: addDays(now, 14) }, handoverLabels(knowledge));
    expect(preview.facts.at(-1)).toEqual({ label: 'Terugkoppeling gevraagd vóór', value: MUNICIPALITY_TERM });
    expect({ ...preview, facts: preview.facts.slice(0, -1) }).toEqual({ ...sent, facts: sent.facts.slice(0, -1) });
  });
});
