/** The id of a field of the knowledge editor: `kennis-forms-0-signals-2-text` for `knowledge.forms[0].signals[2].text`. */
export const knowledgeFieldId = (path: readonly PropertyKey[]): string => ['kennis', ...path.slice(1).map(String)].join('-');

/**
 * The field a problem's path points at, or the nearest thing above it that is on the page (a
 * document id in an entry's `source` leads to the list's document choice).
 */
export function knowledgeFieldOf(path: readonly PropertyKey[]): string {
  for (let end = path.length; end > 1; end--) {
    const id = knowledgeFieldId(path.slice(0, end));
    if (typeof document === 'undefined' || document.getElementById(id)) return id;
  }
  return 'problemen';
}
