import type { SignalSubmission } from './schema';

/**
 * A starting point for step 4 of seed 004 ("where does the signal go?"): which of the region's
 * route maps fits the signal, and the answers the signal itself already gives. The AF sees the
 * suggestion in the case and walks on (or changes answers) with the same engine; nothing is
 * decided here. Answers are a prefix of a walk: the AF answers what the signal cannot tell.
 */
export interface RouteSuggestion {
  mapId: string;
  answers: string[];
}

type Submission = Pick<SignalSubmission, 'forms' | 'acuteDanger' | 'persons' | 'organisations' | 'addresses'>;

/** The one concrete form of exploitation, or null when there are several or it is unknown. */
function singleForm(s: Submission): string | null {
  const concrete = [...new Set(s.forms.filter((f) => f !== 'unknown'))];
  return concrete.length === 1 && !s.forms.includes('unknown') ? concrete[0]! : null;
}

const only = (s: Submission, form: string) => singleForm(s) === form;

/**
 * Per known route map: the answers that follow from the signal. Every map in content/routemaps
 * starts with the acute-danger question ("yes" leads to 112), so that answer is always known.
 * The ids are those of the content files; a map not listed here gets no answers.
 */
const ANSWERS: Record<string, (s: Submission) => string[]> = {
  // Seed 000, identifiable victim: no acute danger → (wants to report: assumed yes, the AF checks)
  // → the form decides between NLA (labour) and AVIM (the others).
  'den-haag-persoon': (s) => {
    const form = singleForm(s);
    if (form) return ['no', 'yes', form];
    return ['no'];
  },
  // Seed 000, location: illegal prostitution/sexual exploitation → HEIT; labour → NLA.
  'den-haag-locatie': (s) => {
    if (only(s, 'sexual')) return ['no', 'yes'];
    if (only(s, 'labour')) return ['no', 'no', 'yes'];
    return ['no'];
  },
  // Seed 001: signals of unfair, unsafe or unhealthy work go to the NLA; for the rest the AF chooses.
  rotterdam: (s) => (only(s, 'labour') ? ['no', 'werk'] : ['no']),
  // Seed 003: the next questions are about the meldcode steps, which the signal does not answer.
  'hart-van-brabant': () => ['no'],
  // Seed 004: not a very serious signal by itself (the AF judges that); labour → NLA.
  landelijk: (s) => (only(s, 'labour') ? ['no', 'no', 'yes'] : ['no']),
};

/** The map for this signal among the maps offered to the region, in the region's order. */
function chooseMap(s: Submission, mapIds: readonly string[]): string | null {
  if (mapIds.length === 0) return null;
  // Eenheid Den Haag has two trees: one for a person, one for a location (seed 000).
  if (mapIds.includes('den-haag-persoon') && mapIds.includes('den-haag-locatie')) {
    const aboutPlaces = s.persons.length === 0 && (s.addresses.length > 0 || s.organisations.length > 0);
    return aboutPlaces ? 'den-haag-locatie' : 'den-haag-persoon';
  }
  // The region's own map before the national one; the national one when there is nothing else.
  return mapIds.find((id) => id !== 'landelijk') ?? mapIds[0]!;
}

/**
 * The suggested map and answers for a signal, given the ids of the route maps of the region of
 * the signal's municipality; null when the region has no map. Acute danger always comes first.
 */
export function suggestRoute(submission: Submission, regionRouteMapIds: readonly string[]): RouteSuggestion | null {
  const mapId = chooseMap(submission, regionRouteMapIds);
  if (!mapId) return null;
  const derive = ANSWERS[mapId];
  if (!derive) return { mapId, answers: [] };
  if (submission.acuteDanger) return { mapId, answers: ['yes'] };
  return { mapId, answers: derive(submission) };
}
