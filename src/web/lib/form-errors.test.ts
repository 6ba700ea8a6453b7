import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/client';
import { formErrorsFrom } from './form-errors';

// Knows no texts: shows the key, or the default where one is given.
const t = ((key: string, options?: { defaultValue?: string }) => options?.defaultValue ?? `<${key}>`) as unknown as TFunction;

describe('formErrorsFrom', () => {
  it('puts a known error beside its field, in the API words', () => {
    const error = new ApiError(400, 'weak-password', 'Kies een wachtwoord van minstens 12 tekens.', { reason: 'too-short' });
    expect(formErrorsFrom(error, t, { 'weak-password': 'password' })).toEqual({
      fields: { password: 'Kies een wachtwoord van minstens 12 tekens.' },
      form: null,
    });
  });

  it('shows the web’s own translation of a refusal’s reason where the UI language has one, the API words otherwise', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      lng: 'en',
      fallbackLng: 'nl',
      resources: { nl: { translation: {} }, en: { translation: { apiErrors: { 'weak-password': { common: 'A common password.' } } } } },
    });
    const refusal = (reason: string) => new ApiError(400, 'weak-password', 'Dit wachtwoord lijkt op een veelgebruikt wachtwoord.', { reason });
    expect(formErrorsFrom(refusal('common'), i18n.t, { 'weak-password': 'password' }).fields).toEqual({ password: 'A common password.' });
    expect(formErrorsFrom(refusal('new-reason'), i18n.t, { 'weak-password': 'password' }).fields).toEqual({ password: refusal('x').message });
    await i18n.changeLanguage('nl');
    expect(formErrorsFrom(refusal('common'), i18n.t, { 'weak-password': 'password' }).fields).toEqual({ password: refusal('x').message });
  });

  it('spreads validation errors over the fields the API names, first message per field', () => {
    const error = new ApiError(400, 'validation', 'Ongeldige invoer', {
      fields: [
        { field: 'email', message: 'ongeldig e-mailadres' },
        { field: 'email', message: 'te lang' },
        { field: 'name', message: 'verplicht' },
      ],
    });
    expect(formErrorsFrom(error, t)).toEqual({ fields: { email: 'ongeldig e-mailadres', name: 'verplicht' }, form: null });
  });

  it('keeps a lock-out or an expired link for the whole form', () => {
    const error = new ApiError(429, 'login-locked', 'Te veel mislukte pogingen om in te loggen. U kunt het om 14:05 uur opnieuw proberen.');
    expect(formErrorsFrom(error, t, { 'invalid-credentials': 'password' })).toEqual({ fields: {}, form: error.message });
  });

  it('says when the server could not be reached, and when something else went wrong', () => {
    expect(formErrorsFrom(new ApiError(0, 'network', ''), t).form).toBe('<error.network>');
    expect(formErrorsFrom(new Error('boom'), t).form).toBe('<error.unexpected>');
  });
});
