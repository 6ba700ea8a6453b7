import { z } from 'zod';
import { isDutchPhoneNumber } from '../content/partner-schema';

/**
 * The municipality's aandachtsfunctionaris (AF) as every employee should know them (seed 004,
 * "randvoorwaarde": the AF is known to the other employees of the municipality). Shown on the home
 * page and printed on the route card at the front desk, so these are work contact details only.
 */
export const AF_CONTACT_LIMITS = { name: 100, hours: 200, email: 254 } as const;

export const afContactBody = z
  .object({
    name: z
      .string({ error: 'Vul de naam van de aandachtsfunctionaris in.' })
      .trim()
      .min(1, 'Vul de naam van de aandachtsfunctionaris in.')
      .max(AF_CONTACT_LIMITS.name, `De naam is te lang (hoogstens ${AF_CONTACT_LIMITS.name} tekens).`)
      .describe('Naam van de aandachtsfunctionaris, zoals medewerkers die kennen'),
    phone: z
      .string({ error: 'Vul een telefoonnummer in.' })
      .trim()
      .min(1, 'Vul een telefoonnummer in.')
      .refine(isDutchPhoneNumber, 'Dit is geen geldig telefoonnummer. Vul tien cijfers in, zoals 071-5165165 of 06-12345678.')
      .describe('Telefoonnummer waarop medewerkers de aandachtsfunctionaris bereiken, bijvoorbeeld 071-5165165'),
    email: z
      .string({ error: 'Vul een e-mailadres in.' })
      .trim()
      .min(1, 'Vul een e-mailadres in.')
      .max(AF_CONTACT_LIMITS.email, 'Het e-mailadres is te lang.')
      .pipe(z.email('Dit is geen geldig e-mailadres. Vul een adres in zoals naam@gemeente.nl.'))
      .describe('E-mailadres van de aandachtsfunctionaris (werk)'),
    hours: z
      .string()
      .trim()
      .max(AF_CONTACT_LIMITS.hours, `De bereikbaarheid is te lang (hoogstens ${AF_CONTACT_LIMITS.hours} tekens).`)
      .nullable()
      .default(null)
      .describe('Wanneer de aandachtsfunctionaris bereikbaar is, bijvoorbeeld "maandag t/m donderdag 9.00–17.00"; leeg of null: niet vermeld'),
  })
  .strict();
export type AfContact = z.output<typeof afContactBody>;

const afContact = z.object({ name: z.string(), phone: z.string(), email: z.string(), hours: z.string().nullable() });

export const afContactView = z
  .object({
    municipality: z.object({ code: z.string(), name: z.string() }),
    contact: afContact.nullable().describe('Leeg zolang de beheerder de aandachtsfunctionaris niet heeft ingesteld'),
    setAt: z.iso.datetime().nullable().describe('Wanneer de beheerder de gegevens het laatst instelde'),
  })
  .meta({ id: 'AfContact' });
export type AfContactView = z.infer<typeof afContactView>;
