import { describe, expect, it } from 'vitest';
import { checkAfContact } from './af-contact-check';

const typed = { name: ' Fatima el Amrani ', phone: '071 516 5165', email: 'af@leiden.nl', hours: '' };

describe('the AF form check', () => {
  it('accepts a Dutch number with spaces and leaves out empty hours', () => {
    expect(checkAfContact(typed)).toEqual({ contact: { name: 'Fatima el Amrani', phone: '071 516 5165', email: 'af@leiden.nl', hours: null }, problems: null });
  });

  it('names what is missing or wrong per field, the first problem only', () => {
    expect(checkAfContact({ name: '', phone: '', email: 'af@', hours: 'x'.repeat(201) }).problems).toEqual({ name: 'missing', phone: 'missing', email: 'invalid', hours: 'too-long' });
    expect(checkAfContact({ ...typed, phone: '071-51651' }).problems).toEqual({ phone: 'invalid' });
  });
});
