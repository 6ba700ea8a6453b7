import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { normalizeAddress } from './normalize';
import { signalSubmissionSchema, type SignalSubmission } from './schema';

z.config(z.locales.nl());

const valid: SignalSubmission = {
  forms: ['labour'],
  observedSignals: [],
  description: 'Veel mensen komen en gaan in een bedrijfspand aan de rand van de stad.',
  persons: [{ role: 'possible-victim', estimatedAge: 30, description: 'Man, spreekt geen Nederlands' }],
  organisations: [{ name: 'Schoonmaakbedrijf X', kvkNumber: '12345678' }],
  addresses: [{ postcode: '2311 ab', houseNumber: 12, addition: 'a' }],
  acuteDanger: false,
  personAware: 'unknown',
};

const messages = (input: unknown) => {
  const result = signalSubmissionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('signal submission schema', () => {
  it('accepts a complete signal', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('asks for a form of exploitation ("weet ik niet" allowed)', () => {
    expect(messages({ ...valid, forms: [] })).toEqual(['forms: kies ten minste één vorm van uitbuiting, of "weet ik niet"']);
    expect(messages({ ...valid, forms: ['unknown'] })).toEqual([]);
  });

  it('asks what was seen: a description or a ticked signal', () => {
    expect(messages({ ...valid, description: '  ' })).toEqual(['description: beschrijf wat u heeft gezien, of vink ten minste één signaal aan']);
    expect(messages({ ...valid, description: '', observedSignals: ['heeft-geen-paspoort'] })).toEqual([]);
  });

  it('gives one Dutch message per wrong field', () => {
    const result = messages({
      ...valid,
      description: 'x'.repeat(5001),
      persons: [{ role: 'possible-victim' }],
      organisations: [{ name: 'X', kvkNumber: '123' }],
      addresses: [{ postcode: '0123 AB', houseNumber: 0 }],
    });
    expect(result).toEqual([
      'description: maximaal 5000 tekens',
      'persons.0.name: geef een naam of een beschrijving van de persoon',
      'organisations.0.kvkNumber: een KVK-nummer heeft 8 cijfers',
      'addresses.0.postcode: een postcode heeft de vorm 1234 AB',
      'addresses.0.houseNumber: een huisnummer is 1 of meer',
    ]);
  });

  it('refuses unknown fields', () => {
    expect(messages({ ...valid, reporterName: 'iemand' }).join()).toMatch(/reporterName/);
  });

  it('normalises addresses so the same address compares equal', () => {
    const a = normalizeAddress({ postcode: '2311 ab', houseNumber: 12, addition: ' a' });
    const b = normalizeAddress({ postcode: '2311AB', houseNumber: 12, addition: 'A' });
    expect(a).toEqual(b);
  });
});
