import { compileContact, type ContactRecord } from '../content/compile-contact';
import { contentHash } from '../content/content-hash';
import { localize, type Language } from '../content/localized';
import { citeSources } from '../content/cite-sources';
import type { SourceDocument } from '../content/sources';
import type { CompiledNode, CompiledRouteMap, Contact } from './compiled';
import type { RouteMapFile } from './schema';

/** The contact ids the outcomes of a map refer to, each once, in order of first use. */
export function contactIdsOf(file: RouteMapFile): string[] {
  return [...new Set(file.nodes.flatMap((n) => (n.type === 'outcome' ? n.contacts : [])))];
}

/**
 * Version of a map as stored with a routing decision: a hash over the map file and the contacts
 * (with their partner) that it uses, so a changed phone number gives a new version too. It covers
 * every language, so the version of a map is the same whichever language it is shown in. Computed
 * here with a pure hash (see content-hash.ts) so that the browser can compile and check maps too.
 */
export function routeMapVersion(file: RouteMapFile, contactsById: ReadonlyMap<string, ContactRecord>): string {
  const contacts = contactIdsOf(file).map((id) => contactsById.get(id) ?? null);
  return contentHash({ map: file, contacts });
}

/**
 * Resolves one map to a language, its contacts and the documents it cites. Expects a map that passed
 * validateRouteMapGraph; an unknown contact id is a programming error and throws.
 */
export function compileRouteMap(
  file: RouteMapFile,
  contactsById: ReadonlyMap<string, ContactRecord>,
  lang: Language,
  sources: ReadonlyMap<string, SourceDocument>,
): CompiledRouteMap {
  const nodes: Record<string, CompiledNode> = {};
  for (const node of file.nodes) {
    nodes[node.id] =
      node.type === 'question'
        ? {
            id: node.id,
            type: 'question',
            text: localize(node.text, lang),
            help: localize(node.help, lang) ?? null,
            options: node.options.map((o) => ({ id: o.id, label: localize(o.label, lang), next: o.next })),
          }
        : { id: node.id, type: 'outcome', title: localize(node.title, lang), text: localize(node.text, lang), contacts: [...node.contacts] };
  }
  const contacts: Record<string, Contact> = {};
  for (const id of contactIdsOf(file)) {
    const record = contactsById.get(id);
    if (!record) throw new Error(`routekaart "${file.id}": onbekend contact "${id}"`);
    contacts[id] = compileContact(record, lang);
  }
  return {
    id: file.id,
    title: localize(file.title, lang),
    region: file.region,
    description: localize(file.description, lang),
    source: citeSources(file.source, sources),
    version: routeMapVersion(file, contactsById),
    lang,
    start: file.start,
    nodes,
    order: file.nodes.map((n) => n.id),
    contacts,
  };
}
