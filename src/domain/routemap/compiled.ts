/**
 * A route map ready to walk: texts resolved to one language and contacts resolved from the
 * partner directory. This is what GET /api/v1/routemaps/{id} returns and what the browser walks
 * with the same engine as the server, so it holds plain data only.
 */
export interface Contact {
  id: string;
  /** Partner name and contact label, e.g. "Zorg- en Veiligheidshuis Haaglanden". */
  name: string;
  partner: string;
  /** What the partner does. */
  description: string;
  phone: string | null;
  email: string | null;
  url: string | null;
  hours: string | null;
  note: string | null;
  subregion: string | null;
  verifiedOn: string;
  /** Present when the details were repaired from a damaged source and must be checked. */
  unverified: string | null;
}

export interface CompiledOption {
  id: string;
  label: string;
  next: string;
}

export interface CompiledQuestion {
  id: string;
  type: 'question';
  text: string;
  help: string | null;
  options: CompiledOption[];
}

export interface CompiledOutcome {
  id: string;
  type: 'outcome';
  title: string;
  text: string;
  contacts: string[];
}

export type CompiledNode = CompiledQuestion | CompiledOutcome;

export interface CompiledRouteMap {
  id: string;
  title: string;
  region: string;
  description: string;
  /** The cited document(s) the map follows; null when none. */
  source: string | null;
  /** Content hash of the map and the contacts it uses: stored with a signal's routing decision. */
  version: string;
  lang: 'nl' | 'en';
  start: string;
  nodes: Record<string, CompiledNode>;
  /** Node ids in file order, for printing the whole map. */
  order: string[];
  contacts: Record<string, Contact>;
}
