import { z } from 'zod';
import { message, renderMessage, type Message } from './content-messages';
import { contentId, localizedText } from './localized';
import { sourceRef } from './sources';

/**
 * Dutch phone numbers as printed in the seeds: 112, 0900-8844, 0800-5151, 070-3614747, 013 549 8430, 06-14007438.
 * Digits with optional single spaces or hyphens: 3 digits (emergency), 10 digits (national format),
 * or a service number (0800/0900/0906/0909) of 8 or 11 digits. The service numbers are the ones the
 * seeds name for AVIM (0900-8844) and the NLA (0800-5151), so they must be accepted as phone numbers.
 */
export function isDutchPhoneNumber(s: string): boolean {
  if (!/^[0-9]+([ -][0-9]+)*$/.test(s)) return false;
  const digits = s.replace(/[ -]/g, '');
  if (digits.length === 3 || digits.length === 10) return true;
  return /^09(00|06|09)|^0800/.test(digits) && (digits.length === 8 || digits.length === 11);
}

/** The schema says it in Dutch; the partners editor shows the same message in the UI language. */
const dutch = (m: Message) => renderMessage(m, 'nl');

export const phoneNumber = z.string().trim().refine(isDutchPhoneNumber, { message: dutch(message('contact.phoneInvalid')) });
export const emailAddress = z.string().trim().email(dutch(message('contact.emailInvalid')));
// Only http(s): a javascript: or data: address would run in the browser of everyone who follows the route map.
export const webAddress = z.string().trim().url({ protocol: /^https?$/, error: dutch(message('contact.urlInvalid')) });

export const contactSchema = z
  .object({
    /** Unique across all partner files: route-map outcomes refer to contacts by this id. */
    id: contentId,
    label: localizedText,
    phone: phoneNumber.optional(),
    email: emailAddress.optional(),
    url: webAddress.optional(),
    hours: localizedText.optional(),
    /** The contact applies only to municipalities of this subregion (e.g. the Zorg- en Veiligheidshuis). */
    subregion: contentId.optional(),
    /** Date (YYYY-MM-DD) on which these details were last checked. */
    verifiedOn: z.iso.date(),
    /**
     * Set when the seed text was damaged (e.g. a space inside an e-mail address): the value above is
     * the evident reading and must be checked before it is trusted. The text says what was repaired.
     */
    unverified: z.string().min(1).optional(),
    note: localizedText.optional(),
  })
  .strict()
  .refine((c) => c.phone || c.email || c.url, { message: dutch(message('contact.unreachable')) });

export const partnerSchema = z
  .object({
    id: contentId,
    name: z.string().trim().min(1),
    /** What this partner does, shown with every contact of it. */
    description: localizedText,
    /** Region ids where this partner operates; empty means national. */
    regions: z.array(contentId).default([]),
    /** The document(s) the details come from (content/sources.yaml). */
    source: sourceRef,
    contacts: z.array(contactSchema).min(1),
  })
  .strict();

export const partnersFileSchema = z.object({ partners: z.array(partnerSchema).min(1) }).strict();

export type Partner = z.infer<typeof partnerSchema>;
export type ContactEntry = z.infer<typeof contactSchema>;
