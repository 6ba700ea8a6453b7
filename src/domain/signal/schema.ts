import { z } from 'zod';
import { contentId } from '../content/localized';
import { EXPLOITATION_FORMS } from '../knowledge/schema';

/**
 * What a medewerker passes on (step 1 of seed 004). One schema validates the form in the browser
 * and the request on the server, so the messages per field are the same in both places.
 * Limits keep one signal readable and stop accidental or abusive floods of text.
 */
export const SIGNAL_LIMITS = { description: 5000, personDescription: 1000, shortText: 200, listItems: 20 } as const;

const shortText = z.string().trim().max(SIGNAL_LIMITS.shortText, `maximaal ${SIGNAL_LIMITS.shortText} tekens`);
const optionalText = shortText.optional();

export const SIGNAL_FORMS = [...EXPLOITATION_FORMS, 'unknown'] as const;
export const PERSON_ROLES = ['possible-victim', 'possible-perpetrator', 'other'] as const;

export const personSchema = z
  .object({
    role: z.enum(PERSON_ROLES),
    name: optionalText,
    dateOfBirth: z.iso.date('gebruik de vorm JJJJ-MM-DD').optional(),
    estimatedAge: z.number().int().min(0, 'een leeftijd is 0 of meer').max(120, 'een leeftijd is hoogstens 120').optional(),
    nationality: optionalText,
    language: optionalText,
    description: z.string().trim().max(SIGNAL_LIMITS.personDescription, `maximaal ${SIGNAL_LIMITS.personDescription} tekens`).optional(),
  })
  .strict()
  .refine((p) => Boolean(p.name || p.description), { message: 'geef een naam of een beschrijving van de persoon', path: ['name'] });

export const organisationSchema = z
  .object({
    name: shortText.min(1, 'vul de naam van de organisatie in'),
    kvkNumber: z.string().trim().regex(/^\d{8}$/, 'een KVK-nummer heeft 8 cijfers').optional(),
  })
  .strict();

export const addressSchema = z
  .object({
    postcode: z.string().trim().regex(/^[1-9]\d{3} ?[A-Za-z]{2}$/, 'een postcode heeft de vorm 1234 AB'),
    houseNumber: z.number().int('een huisnummer is een heel getal').min(1, 'een huisnummer is 1 of meer').max(99999, 'huisnummer te groot'),
    addition: z.string().trim().max(10, 'maximaal 10 tekens').optional(),
    street: optionalText,
    place: optionalText,
  })
  .strict();

export const signalSubmissionSchema = z
  .object({
    forms: z.array(z.enum(SIGNAL_FORMS)).min(1, 'kies ten minste één vorm van uitbuiting, of "weet ik niet"').max(SIGNAL_FORMS.length),
    /** Ids of the signals ticked from the knowledge lists (content/knowledge/forms.yaml). */
    observedSignals: z.array(contentId).max(100),
    description: z.string().trim().max(SIGNAL_LIMITS.description, `maximaal ${SIGNAL_LIMITS.description} tekens`),
    observedOn: z.iso.date('gebruik de vorm JJJJ-MM-DD').optional(),
    location: optionalText,
    persons: z.array(personSchema).max(SIGNAL_LIMITS.listItems, `maximaal ${SIGNAL_LIMITS.listItems} personen`),
    organisations: z.array(organisationSchema).max(SIGNAL_LIMITS.listItems, `maximaal ${SIGNAL_LIMITS.listItems} organisaties`),
    addresses: z.array(addressSchema).max(SIGNAL_LIMITS.listItems, `maximaal ${SIGNAL_LIMITS.listItems} adressen`),
    /** Id from the sensitive-sector list (content/knowledge/sectors.yaml). */
    sector: contentId.optional(),
    /** Ids from the risk-group list (content/knowledge/risk-groups.yaml): the groups the person concerned may belong to. */
    riskGroups: z.array(contentId).max(SIGNAL_LIMITS.listItems).optional(),
    acuteDanger: z.boolean(),
    personAware: z.enum(['yes', 'no', 'unknown']),
    /** How the AF can reach the reporter besides their account e-mail; confidential like the name. */
    reporterPhone: z.string().trim().max(30, 'maximaal 30 tekens').optional(),
  })
  .strict()
  .refine((s) => s.description.length > 0 || s.observedSignals.length > 0, {
    message: 'beschrijf wat u heeft gezien, of vink ten minste één signaal aan',
    path: ['description'],
  });

export type SignalSubmission = z.infer<typeof signalSubmissionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type Address = z.infer<typeof addressSchema>;
