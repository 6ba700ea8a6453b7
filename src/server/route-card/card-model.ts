import type { Content } from '../../domain/content/content';
import type { Language } from '../../domain/content/localized';
import type { CompiledOutcome, CompiledRouteMap, Contact } from '../../domain/routemap/compiled';
import { contactsFor } from '../../domain/routemap/walk';
import type { AfContactView } from '../../domain/af-contact/schema';

/**
 * What a printed route card shows, resolved from the published content: the layout of seed 000
 * (questions in order, "no" leading down to the next question, "yes" out to a partner) for any map,
 * also one with choice questions (Rotterdam) or branches that skip ahead (Hart van Brabant).
 */
export interface RouteCardModel {
  lang: Language;
  region: { id: string; name: string };
  /** The municipality the card is printed for; its subregion decides which contacts show. */
  municipality: { code: string; name: string } | null;
  /** Null without a municipality, or while its beheerder has not set the AF. */
  af: AfContactView['contact'];
  maps: CardMap[];
  /** When the content version in force was first loaded. */
  versionDate: Date;
  links: { home: string; signals: string };
}

export interface CardMap {
  id: string;
  title: string;
  url: string;
  questions: CardQuestion[];
}

export interface CardQuestion {
  number: number;
  text: string;
  branches: CardBranch[];
  /** The answer that leads straight on to the next question, drawn as the arrow down to it. */
  onward: string | null;
}

/** One or more answers that lead to the same place. */
export type CardBranch = { labels: string[]; to: 'outcome'; outcome: CardOutcome } | { labels: string[]; to: 'question'; number: number };

export interface CardOutcome {
  title: string;
  emergency: boolean;
  contacts: CardContact[];
}

export interface CardContact {
  name: string;
  /** "Haaglanden" when the contact is for one subregion and the card is for the whole region. */
  subregion: string | null;
  phone: string | null;
  email: string | null;
  url: string | null;
  hours: string | null;
  unverified: boolean;
}

export interface CardRequest {
  regionId: string;
  lang: Language;
  municipality: { code: string; name: string; subregion: string | null } | null;
  af: AfContactView['contact'];
  versionDate: Date;
  publicUrl: string;
}

/** The card of a region, or undefined for a region that does not exist. */
export function routeCardModel(content: Content, request: CardRequest): RouteCardModel | undefined {
  const region = content.region(request.regionId, request.lang);
  if (!region) return undefined;
  const compiled = region.routemaps.map((id) => content.routemap(id, request.lang)).filter((m): m is CompiledRouteMap => m !== undefined);
  // The region's own trees; the national map is on a region's card only when it has none of its own.
  const own = compiled.filter((m) => m.region === region.id);
  const shown = own.length > 0 ? own : compiled;
  const subregionName = (id: string | null) => (id === null ? null : (region.subregions.find((s) => s.id === id)?.name ?? id));
  const subregion = request.municipality?.subregion ?? null;
  const base = request.publicUrl.replace(/\/$/, '');
  return {
    lang: request.lang,
    region: { id: region.id, name: region.name },
    municipality: request.municipality && { code: request.municipality.code, name: request.municipality.name },
    af: request.af,
    versionDate: request.versionDate,
    links: { home: `${base}/`, signals: `${base}/kennis/signalen` },
    maps: shown.map((map) => ({
      id: map.id,
      title: map.title,
      url: `${base}/routekaart/${map.id}`,
      questions: questionsOf(map, (outcome) => cardOutcome(map, outcome, subregion, subregionName)),
    })),
  };
}

function questionsOf(map: CompiledRouteMap, outcomeOf: (node: CompiledOutcome) => CardOutcome): CardQuestion[] {
  const order = map.order.filter((id) => map.nodes[id]!.type === 'question');
  return order.map((id, index) => {
    const node = map.nodes[id]!;
    if (node.type !== 'question') throw new Error(`${id} is not a question`);
    const onward = node.options.find((o) => o.next === order[index + 1]) ?? null;
    // Answers that lead to the same place share one arrow (AVIM for three forms of exploitation).
    const byTarget = new Map<string, CardBranch>();
    for (const option of node.options) {
      if (option === onward) continue;
      const known = byTarget.get(option.next);
      if (known) {
        known.labels.push(option.label);
        continue;
      }
      const target = map.nodes[option.next]!;
      byTarget.set(
        option.next,
        target.type === 'outcome'
          ? { labels: [option.label], to: 'outcome', outcome: outcomeOf(target) }
          : { labels: [option.label], to: 'question', number: order.indexOf(target.id) + 1 },
      );
    }
    return { number: index + 1, text: node.text, branches: [...byTarget.values()], onward: onward?.label ?? null };
  });
}

function cardOutcome(map: CompiledRouteMap, node: CompiledOutcome, subregion: string | null, subregionName: (id: string | null) => string | null): CardOutcome {
  const contacts = contactsFor(map, node, { subregion });
  return {
    title: node.title,
    emergency: contacts.some((c) => c.phone === '112'),
    contacts: contacts.map((c: Contact) => ({
      name: c.name,
      subregion: subregion === null ? subregionName(c.subregion) : null,
      phone: c.phone,
      email: c.email,
      url: c.url,
      hours: c.hours,
      unverified: c.unverified !== null,
    })),
  };
}
