import { describe, expect, it } from 'vitest';
import { emptyAddress, emptyForm, emptyPerson, fromDraft, hasContent, toSubmission, visibleForms } from './form-state';
import { serverFieldErrors, validateSubmission } from './validate';

const signalsOf = (form: string) => ({ sexual: ['s1', 's2'], labour: ['l1'], criminal: ['c1'], organ: ['o1'] })[form] ?? [];
const own = { required: (path: string) => (path === 'acuteDanger' ? 'geef aan of er acuut gevaar is' : null) };

describe('the signal form state', () => {
  it('makes one idempotency key per draft and keeps it through a save and a restore', () => {
    const form = { ...emptyForm(), description: 'iets gezien' };
    expect(form.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const restored = fromDraft(JSON.parse(JSON.stringify(form)) as Record<string, unknown>);
    expect(restored).toEqual(form);
    expect(emptyForm().idempotencyKey).not.toBe(form.idempotencyKey);
  });

  it('reads an old or damaged draft defensively instead of failing', () => {
    expect(fromDraft(null)).toBeNull();
    expect(fromDraft({ version: 2, idempotencyKey: 'x' })).toBeNull();
    const partly = fromDraft({ version: 1, idempotencyKey: 'k', forms: ['sexual', 'nonsense'], persons: [{ name: 42, role: 'boss' }], acuteDanger: 'maybe' });
    expect(partly?.forms).toEqual(['sexual']);
    expect(partly?.persons[0]).toMatchObject({ name: '', role: '' });
    expect(partly?.acuteDanger).toBe('');
    expect(hasContent(partly!)).toBe(true);
    expect(hasContent(emptyForm())).toBe(false);
  });

  it('shows every form\'s signals when the user does not know the form', () => {
    expect(visibleForms(['labour'])).toEqual(['labour']);
    expect(visibleForms(['unknown'])).toEqual(['sexual', 'labour', 'criminal', 'organ']);
  });

  it('sends only what the schema knows: signals of unticked forms dropped, empty fields left out, numbers as numbers', () => {
    const submission = toSubmission(
      {
        ...emptyForm(),
        forms: ['labour'],
        observedSignals: ['s1', 'l1'],
        description: 'gezien',
        persons: [{ ...emptyPerson(), role: 'possible-victim', name: 'A', estimatedAge: '34' }],
        addresses: [{ ...emptyAddress(), postcode: '2311 AB', houseNumber: '12' }],
        acuteDanger: 'no',
        personAware: 'unknown',
      },
      signalsOf,
    );
    expect(submission.observedSignals).toEqual(['l1']);
    expect(submission.persons[0]).toEqual({ role: 'possible-victim', name: 'A', estimatedAge: 34, dateOfBirth: undefined, nationality: undefined, language: undefined, description: undefined });
    expect(submission.addresses[0]?.houseNumber).toBe(12);
    expect(submission.acuteDanger).toBe(false);
    expect(submission.location).toBeUndefined();
  });

  it('validates with the domain schema, in Dutch, every message in one go', () => {
    const errors = validateSubmission(
      toSubmission({ ...emptyForm(), persons: [{ ...emptyPerson(), role: 'other' }], addresses: [{ ...emptyAddress(), postcode: '12', houseNumber: 'twaalf' }] }, signalsOf),
      own,
    );
    expect(errors.forms).toBe('kies ten minste één vorm van uitbuiting, of "weet ik niet"');
    expect(errors.acuteDanger).toBe('geef aan of er acuut gevaar is');
    // Refinements that zod runs only on an otherwise valid object are reported at once too.
    expect(errors.description).toBe('beschrijf wat u heeft gezien, of vink ten minste één signaal aan');
    expect(errors['persons.0.name']).toBe('geef een naam of een beschrijving van de persoon');
    expect(errors['addresses.0.postcode']).toBe('een postcode heeft de vorm 1234 AB');
    expect(errors['addresses.0.houseNumber']).toBeTruthy();
  });

  it('maps the server\'s per-field messages to the same paths', () => {
    expect(serverFieldErrors({ fields: [{ field: 'persons.0.name', message: 'te lang' }, { field: '', message: 'x' }] })).toEqual({ 'persons.0.name': 'te lang' });
  });
});
