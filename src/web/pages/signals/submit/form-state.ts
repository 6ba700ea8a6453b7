import { PERSON_ROLES_VIEW, SIGNAL_FORMS_VIEW } from '../../../components/signals/signal-options';
import type { PersonAware, SignalForm, SignalSubmission } from '../../../api/signal-types';

/**
 * What the form holds while the user types: every field as the text in its input, so nothing
 * typed is ever thrown away by a conversion. It is also the draft saved on the server, with the
 * idempotency key that belongs to this one signal.
 */
export type PersonRole = (typeof PERSON_ROLES_VIEW)[number];

export interface PersonDraft {
  key: string;
  role: PersonRole | '';
  name: string;
  dateOfBirth: string;
  estimatedAge: string;
  nationality: string;
  language: string;
  description: string;
}

export interface OrganisationDraft {
  key: string;
  name: string;
  kvkNumber: string;
}

export interface AddressDraft {
  key: string;
  postcode: string;
  houseNumber: string;
  addition: string;
  street: string;
  place: string;
}

export interface SignalFormState {
  version: 1;
  /** Made once per draft: a double click, a retry or a reload sends the same key. */
  idempotencyKey: string;
  forms: SignalForm[];
  observedSignals: string[];
  description: string;
  observedOn: string;
  location: string;
  persons: PersonDraft[];
  organisations: OrganisationDraft[];
  addresses: AddressDraft[];
  sector: string;
  riskGroups: string[];
  acuteDanger: '' | 'yes' | 'no';
  personAware: PersonAware | '';
  reporterPhone: string;
}

/** A random v4 UUID, also where crypto.randomUUID is missing (a page over plain http). */
export function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function emptyForm(): SignalFormState {
  return {
    version: 1,
    idempotencyKey: newKey(),
    forms: [],
    observedSignals: [],
    description: '',
    observedOn: '',
    location: '',
    persons: [],
    organisations: [],
    addresses: [],
    sector: '',
    riskGroups: [],
    acuteDanger: '',
    personAware: '',
    reporterPhone: '',
  };
}

export const emptyPerson = (): PersonDraft => ({
  key: newKey(),
  role: '',
  name: '',
  dateOfBirth: '',
  estimatedAge: '',
  nationality: '',
  language: '',
  description: '',
});
export const emptyOrganisation = (): OrganisationDraft => ({ key: newKey(), name: '', kvkNumber: '' });
export const emptyAddress = (): AddressDraft => ({ key: newKey(), postcode: '', houseNumber: '', addition: '', street: '', place: '' });

const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' => (allowed.includes(v as T) ? (v as T) : '');

/**
 * A saved draft back into form state. The draft is JSON the server keeps as given, so every field
 * is read defensively: an old or damaged draft gives a partly filled form, never a crash.
 */
export function fromDraft(payload: Record<string, unknown> | null): SignalFormState | null {
  if (!payload || payload.version !== 1 || typeof payload.idempotencyKey !== 'string') return null;
  return {
    version: 1,
    idempotencyKey: payload.idempotencyKey,
    forms: arr(payload.forms).filter((f): f is SignalForm => SIGNAL_FORMS_VIEW.includes(f as SignalForm)),
    observedSignals: arr(payload.observedSignals).filter((s): s is string => typeof s === 'string'),
    description: str(payload.description),
    observedOn: str(payload.observedOn),
    location: str(payload.location),
    persons: arr(payload.persons).map((raw) => {
      const p = rec(raw);
      return {
        key: str(p.key) || newKey(),
        role: oneOf(p.role, PERSON_ROLES_VIEW),
        name: str(p.name),
        dateOfBirth: str(p.dateOfBirth),
        estimatedAge: str(p.estimatedAge),
        nationality: str(p.nationality),
        language: str(p.language),
        description: str(p.description),
      };
    }),
    organisations: arr(payload.organisations).map((raw) => {
      const o = rec(raw);
      return { key: str(o.key) || newKey(), name: str(o.name), kvkNumber: str(o.kvkNumber) };
    }),
    addresses: arr(payload.addresses).map((raw) => {
      const a = rec(raw);
      return { key: str(a.key) || newKey(), postcode: str(a.postcode), houseNumber: str(a.houseNumber), addition: str(a.addition), street: str(a.street), place: str(a.place) };
    }),
    sector: str(payload.sector),
    riskGroups: arr(payload.riskGroups).map(str).filter(Boolean),
    acuteDanger: oneOf(payload.acuteDanger, ['yes', 'no'] as const),
    personAware: oneOf(payload.personAware, ['yes', 'no', 'unknown'] as const),
    reporterPhone: str(payload.reporterPhone),
  };
}

/** True when the user has typed or chosen anything worth keeping. */
export function hasContent(state: SignalFormState): boolean {
  const { version: _v, idempotencyKey: _k, ...fields } = state;
  return Object.values(fields).some((v) => (Array.isArray(v) ? v.length > 0 : v !== ''));
}

export function personHasContent(p: PersonDraft): boolean {
  return Boolean(p.role || p.name || p.dateOfBirth || p.estimatedAge || p.nationality || p.language || p.description);
}

/** The forms whose signal lists are shown: the chosen ones, or all when the user does not know. */
export function visibleForms(forms: readonly SignalForm[]): Exclude<SignalForm, 'unknown'>[] {
  const known = forms.filter((f): f is Exclude<SignalForm, 'unknown'> => f !== 'unknown');
  if (forms.includes('unknown')) return SIGNAL_FORMS_VIEW.filter((f): f is Exclude<SignalForm, 'unknown'> => f !== 'unknown');
  return known;
}

const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v);
/** A number as typed; not a number stays NaN, so the schema reports it beside the field. */
const num = (v: string): number | undefined => (v.trim() === '' ? undefined : /^\s*-?\d+([.,]\d+)?\s*$/.test(v) ? Number(v.replace(',', '.')) : Number.NaN);

/**
 * The request body made from the form. Only what the schema knows goes in (the schema refuses
 * unknown fields); signals ticked under a form that was later unticked are left out.
 */
export function toSubmission(state: SignalFormState, signalsOfForm: (form: Exclude<SignalForm, 'unknown'>) => readonly string[]): SignalSubmission {
  const shown = new Set(visibleForms(state.forms).flatMap((f) => signalsOfForm(f)));
  return {
    forms: state.forms,
    observedSignals: state.observedSignals.filter((s) => shown.has(s)),
    description: state.description,
    observedOn: opt(state.observedOn),
    location: opt(state.location),
    persons: state.persons.map((p) => ({
      role: (p.role || undefined) as SignalSubmission['persons'][number]['role'],
      name: opt(p.name),
      dateOfBirth: opt(p.dateOfBirth),
      estimatedAge: num(p.estimatedAge),
      nationality: opt(p.nationality),
      language: opt(p.language),
      description: opt(p.description),
    })),
    organisations: state.organisations.map((o) => ({ name: o.name, kvkNumber: opt(o.kvkNumber.replace(/\s+/g, '')) })),
    addresses: state.addresses.map((a) => ({
      postcode: a.postcode,
      houseNumber: num(a.houseNumber) as number,
      addition: opt(a.addition),
      street: opt(a.street),
      place: opt(a.place),
    })),
    sector: opt(state.sector),
    ...(state.riskGroups.length > 0 && { riskGroups: state.riskGroups }),
    acuteDanger: (state.acuteDanger === '' ? undefined : state.acuteDanger === 'yes') as boolean,
    personAware: (state.personAware || undefined) as PersonAware,
    reporterPhone: opt(state.reporterPhone),
  };
}
