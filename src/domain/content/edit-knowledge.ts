import type { ExploitationForm } from '../knowledge/schema';
import { textIn } from '../routemap/edit-map';
import { asProblem, message, type KnowledgeListName } from './content-messages';
import { freeId } from './edit-partners';
import type { LocalizedText } from './localized';
import type { PackKnowledge } from './region-pack-schema';
import { sourceKey, sourceOfKey, withSource, type SourceRef } from './sources';
import type { PackIssue } from './validate-region-pack';

/**
 * Editing the knowledge lists of the national pack in the browser (issue 9): the signals per form
 * of exploitation, risk groups, sectors and conversation tips, and the document each list cites.
 * Pure and immutable, like edit-partners.
 */

/** The lists the editor offers, by where they are in `knowledge`. */
export type KnowledgeList = { kind: 'signals'; form: number } | { kind: 'riskGroups' } | { kind: 'sectors' } | { kind: 'promoting' } | { kind: 'hindering' };

interface Entry {
  id: string;
  source?: SourceRef;
}

export function entriesOf(k: PackKnowledge, list: KnowledgeList): readonly Entry[] {
  switch (list.kind) {
    case 'signals':
      return k.forms[list.form]?.signals ?? [];
    case 'riskGroups':
      return k.riskGroups;
    case 'sectors':
      return k.sectors;
    case 'promoting':
    case 'hindering':
      return k.conversation[list.kind];
  }
}

/** The list's entries replaced by `change` of them. */
function withEntries(k: PackKnowledge, list: KnowledgeList, change: <T extends Entry>(entries: readonly T[]) => T[]): PackKnowledge {
  switch (list.kind) {
    case 'signals':
      return { ...k, forms: k.forms.map((f, i) => (i === list.form ? { ...f, signals: change(f.signals) } : f)) };
    case 'riskGroups':
      return { ...k, riskGroups: change(k.riskGroups) };
    case 'sectors':
      return { ...k, sectors: change(k.sectors) };
    case 'promoting':
    case 'hindering':
      return { ...k, conversation: { ...k.conversation, [list.kind]: change(k.conversation[list.kind]) } };
  }
}

/** A source as one key: '' none, an id, or ids joined by '+'. */
/** The document the whole list cites: its key, or null when the entries cite different ones. */
export function listSource(k: PackKnowledge, list: KnowledgeList): string | null {
  const keys = new Set(entriesOf(k, list).map((e) => sourceKey(e.source)));
  return keys.size === 1 ? [...keys][0]! : keys.size === 0 ? '' : null;
}

/** Every entry of the list cites `key` ('' : none, an addition in no document). */
export function setListSource(k: PackKnowledge, list: KnowledgeList, key: string): PackKnowledge {
  return withEntries(k, list, (entries) => entries.map((e) => withSource(e, sourceOfKey(key))));
}

function allIds(k: PackKnowledge): Set<string> {
  return new Set([...k.forms.flatMap((f) => f.signals), ...k.riskGroups, ...k.sectors, ...k.conversation.promoting, ...k.conversation.hindering].map((e) => e.id));
}

/** A new, empty entry at the end of the list, citing the list's document when it has one. Returns its id. */
export function addEntry(k: PackKnowledge, list: KnowledgeList): { knowledge: PackKnowledge; id: string } {
  const base = list.kind === 'signals' ? (k.forms[list.form]?.id ?? 'signaal') : { riskGroups: 'risicogroep', sectors: 'sector', promoting: 'bevorderend', hindering: 'belemmerend' }[list.kind];
  const id = freeId(base, allIds(k));
  const key = listSource(k, list);
  const source = key ? sourceOfKey(key) : undefined;
  const text: LocalizedText = { nl: '' };
  const forms: ExploitationForm[] = [];
  const entry =
    list.kind === 'riskGroups' ? { id, name: text, forms } : list.kind === 'sectors' ? { id, name: text, forms, kind: 'sensitive' as const } : { id, text };
  return { knowledge: withEntries(k, list, (entries) => [...entries, withSource(entry as unknown as (typeof entries)[number], source)]), id };
}

export function updateEntry<T extends Entry>(k: PackKnowledge, list: KnowledgeList, index: number, change: (entry: T) => T): PackKnowledge {
  return withEntries(k, list, (entries) => entries.map((e, i) => (i === index ? (change(e as unknown as T) as unknown as typeof e) : e)));
}

export function removeEntry(k: PackKnowledge, list: KnowledgeList, index: number): PackKnowledge {
  return withEntries(k, list, (entries) => entries.filter((_, i) => i !== index));
}

/** Where a list is in the pack, for problems and field ids. */
export function listPath(list: KnowledgeList): PropertyKey[] {
  if (list.kind === 'signals') return ['knowledge', 'forms', list.form, 'signals'];
  if (list.kind === 'promoting' || list.kind === 'hindering') return ['knowledge', 'conversation', list.kind];
  return ['knowledge', list.kind];
}

/**
 * What the pack schema would refuse in the lists an editor is filling in: an empty Dutch text or
 * name, a risk group or sector linked to no form of exploitation, an empty list. validateRegionPack
 * checks the documents cited and unique ids.
 */
export function knowledgeFieldIssues(k: PackKnowledge): PackIssue[] {
  const issues: PackIssue[] = [];
  const lists: [KnowledgeList, KnowledgeListName][] = [
    ...k.forms.map((f, form): [KnowledgeList, KnowledgeListName] => [{ kind: 'signals', form }, { list: 'signals', form: textIn(f.name, 'nl') || f.id }]),
    ...(['riskGroups', 'sectors', 'promoting', 'hindering'] as const).map((kind): [KnowledgeList, KnowledgeListName] => [{ kind }, { list: kind }]),
  ];
  for (const [list, name] of lists) {
    const entries = entriesOf(k, list) as readonly (Entry & { text?: LocalizedText; name?: LocalizedText; forms?: readonly string[] })[];
    const path = listPath(list);
    if (entries.length === 0) issues.push({ path, ...asProblem(message('knowledge.listEmpty', name)) });
    entries.forEach((e, i) => {
      const field = e.text !== undefined ? 'text' : 'name';
      if (textIn(e.text ?? e.name, 'nl').trim() === '') issues.push({ path: [...path, i, field], ...asProblem(message('knowledge.textMissing', { ...name, id: e.id })) });
      if (e.forms !== undefined && e.forms.length === 0) issues.push({ path: [...path, i, 'forms'], ...asProblem(message('knowledge.noForm', { ...name, id: e.id })) });
    });
  }
  return issues;
}
