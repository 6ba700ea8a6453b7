import { describe, expect, it } from 'vitest';
import { personalWords } from './password-owner';

describe('personalWords', () => {
  it('takes the name, the e-mail address and the municipality whole, run together and in parts', () => {
    const words = personalWords({ email: 'J.DeVries@Leiden.nl', name: 'Jan de Vries', municipality: "'s-Hertogenbosch" });
    expect(words).toEqual(expect.arrayContaining(['jan de vries', 'jandevries', 'jan', 'vries', 'j.devries', 'devries', 'j.devries@leiden.nl', 'shertogenbosch', 'hertogenbosch']));
  });

  it('adds the spelling without accents, and leaves out parts shorter than three letters', () => {
    const words = personalWords({ email: 'a.bakker@example.nl', municipality: 'Súdwest-Fryslân' });
    expect(words).toEqual(expect.arrayContaining(['súdwest-fryslân', 'sudwestfryslan', 'sudwest', 'fryslan']));
    expect(words).not.toContain('a');
    expect(personalWords({ email: 'jo@example.nl', name: 'Jo de Wit' })).not.toContain('de');
  });
});
