/** A search key and how far it is from what it was made of: 0 for the form itself, 1 for a letter left out (or a surname's sound). */
export type SearchKey = { key: string; edits: 0 | 1 };

/** Forms this long or longer are also looked up with one letter left out ("bs" of "bos"; not "a" of "ab"). */
const SHORTEST_WITH_DELETIONS = 3;

/**
 * A form and the form with each letter left out in turn (a deletion neighbourhood, as in SymSpell):
 * two forms one typing error apart — a letter wrong, missing or extra, two letters swapped — always
 * share one of these ("jansen" and "jansne" share "jasen"; "bos" and "bis" share "bs"). The same
 * keys for what a register holds and for what is searched, so one shared key finds it on a btree.
 */
export function deletionKeys(form: string): SearchKey[] {
  if (!form) return [];
  const keys = new Map<string, 0 | 1>([[form, 0]]);
  if (form.length >= SHORTEST_WITH_DELETIONS) {
    for (let i = 0; i < form.length; i++) {
      const key = form.slice(0, i) + form.slice(i + 1);
      if (!keys.has(key)) keys.set(key, 1);
    }
  }
  return [...keys].map(([key, edits]) => ({ key, edits }));
}
