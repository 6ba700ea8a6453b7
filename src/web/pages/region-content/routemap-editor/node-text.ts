import type { Language } from '../../../../domain/content/localized';
import { textIn } from '../../../../domain/routemap/edit-map';
import type { RouteMapNode } from '../../../../domain/routemap/schema';

/** What a node says in the UI language (Dutch when there is no English yet): its question or its title. */
export function nodeText(node: RouteMapNode, lang: Language): string {
  const text = node.type === 'question' ? node.text : node.title;
  return textIn(text, lang) || textIn(text, 'nl');
}

/** Where the editor's form, outline and problem list point to a node: one id per node on the page. */
export const nodeAnchor = (id: string) => `stap-${id}`;
