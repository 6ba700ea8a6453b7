import { describe, expect, it } from 'vitest';
import { answersParams, parseAnswers } from './answers';

describe('answers in the URL', () => {
  it('round-trips through the query string', () => {
    expect(parseAnswers(null)).toEqual([]);
    expect(parseAnswers('')).toEqual([]);
    expect(parseAnswers('no.yes.labour')).toEqual(['no', 'yes', 'labour']);
    expect(new URLSearchParams(answersParams(['no', 'yes', 'labour'])).toString()).toBe('antwoorden=no.yes.labour');
    expect(answersParams([])).toEqual({});
  });

  it('ignores empty parts from a hand-edited URL', () => {
    expect(parseAnswers('no..yes.')).toEqual(['no', 'yes']);
  });
});
