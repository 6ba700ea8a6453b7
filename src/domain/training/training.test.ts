import { describe, expect, it } from 'vitest';
import { indexContacts } from '../content/compile-contact';
import { compileRouteMap } from '../routemap/compile';
import { fixturePartners, fixtureSources, validMapFile } from '../routemap/test-fixtures';
import { renderMessage } from '../content/content-messages';
import { trainingFileSchema, vignetteSchema, type VignetteRoute } from './schema';
import { checkRoute } from './validate-training';
import { vignetteVerdict } from './verdict';

const map = () => compileRouteMap(validMapFile(), indexContacts(fixturePartners()), 'nl', new Map(fixtureSources().map((s) => [s.id, s])));
const vignette = { answers: ['no', 'yes', 'labour'], outcome: 'nla', why: { vorm: 'Het gaat om werk: arbeidsuitbuiting.' } };

describe('the course file schema', () => {
  it('refuses a vignette for a job or form that does not exist, and one without a route', () => {
    const base = { id: 'x', module: 'labour', tracks: ['balie'], title: 'T', story: 'S', explanation: 'E', routes: [{ map: 'm', answers: ['no'], outcome: 'o' }] };
    expect(vignetteSchema.safeParse(base).success).toBe(true);
    expect(vignetteSchema.safeParse({ ...base, tracks: ['kapper'] }).success).toBe(false);
    expect(vignetteSchema.safeParse({ ...base, module: 'overig' }).success).toBe(false);
    expect(vignetteSchema.safeParse({ ...base, routes: [] }).success).toBe(false);
  });
  it('needs every job described and every module once', () => {
    expect(trainingFileSchema.safeParse({ tracks: {}, modules: [], vignettes: [] }).success).toBe(false);
  });
});

describe('a vignette route on the map', () => {
  it('is right when the answers reach the named outcome', () => {
    expect(checkRoute(validMapFile(), { map: 'proef-persoon', answers: ['no', 'yes', 'labour'], outcome: 'nla', why: {} })).toEqual([]);
  });
  it('names an option, outcome or question the map does not have', () => {
    const firstProblem = (route: VignetteRoute) => renderMessage(checkRoute(validMapFile(), route)[0]!, 'nl');
    expect(firstProblem({ map: 'proef-persoon', answers: ['no', 'yes', 'organ'], outcome: 'nla', why: {} })).toContain('geen antwoord "organ"');
    expect(firstProblem({ map: 'proef-persoon', answers: ['no', 'yes', 'labour'], outcome: 'avim', why: {} })).toContain('niet naar de uitkomst "avim"');
    expect(firstProblem({ map: 'proef-persoon', answers: ['no', 'yes'], outcome: 'nla', why: {} })).toContain('niet bij een uitkomst');
    expect(firstProblem({ map: 'proef-persoon', answers: ['no', 'yes', 'labour'], outcome: 'nla', why: { zorgen: 'x' } })).toContain('niet op de route');
  });
});

describe('the verdict of a walk', () => {
  it('is right with the right answers, with no mistake', () => {
    expect(vignetteVerdict(map(), vignette, ['no', 'yes', 'labour'])).toEqual({ correct: true, reached: { id: 'nla', title: 'NLA' }, right: { id: 'nla', title: 'NLA' }, mistake: null });
  });
  it('is wrong at another outcome, and names the first question answered otherwise and why', () => {
    const verdict = vignetteVerdict(map(), vignette, ['no', 'yes', 'sexual'])!;
    expect(verdict.correct).toBe(false);
    expect(verdict.reached.id).toBe('avim');
    expect(verdict.mistake).toMatchObject({ questionId: 'vorm', chosen: 'Seksueel', right: 'Arbeid', why: 'Het gaat om werk: arbeidsuitbuiting.' });
  });
  it('gives no why where the case says nothing about the question', () => {
    expect(vignetteVerdict(map(), vignette, ['no', 'no', 'no'])!.mistake).toMatchObject({ questionId: 'aangifte', why: null });
  });
  it('has no verdict before an outcome is reached', () => {
    expect(vignetteVerdict(map(), vignette, ['no'])).toBeUndefined();
  });
});
