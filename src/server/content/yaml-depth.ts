import { CST, Lexer } from 'yaml';

/**
 * How deep a pack may nest, estimated per line as indentation + block indicators on the line +
 * open flow brackets. A real pack stays under 40; the parser recurses per level and runs out of
 * stack at a few hundred block levels, and a stack overflow inside a regular expression ends the
 * process instead of throwing. So depth is checked on the lexer's tokens, which need no recursion.
 */
const MAX_DEPTH = 100;

/** True when the text nests deeper than any pack would (a hostile or broken file). */
export function nestsTooDeep(text: string): boolean {
  let flow = 0;
  let indent = 0;
  let indicators = 0;
  let lineStart = true;
  for (const token of new Lexer().lex(text)) {
    switch (CST.tokenType(token)) {
      case 'newline':
        lineStart = true;
        indent = 0;
        indicators = 0;
        continue;
      case 'space':
        if (lineStart) indent += token.length;
        continue;
      case 'seq-item-ind':
      case 'explicit-key-ind':
      case 'map-value-ind':
        // Inside brackets a colon separates key and value (JSON on one line); the brackets count.
        if (flow === 0) indicators++;
        break;
      case 'flow-map-start':
      case 'flow-seq-start':
        flow++;
        break;
      case 'flow-map-end':
      case 'flow-seq-end':
        flow = Math.max(0, flow - 1);
        break;
    }
    lineStart = false;
    if (indent + indicators + flow > MAX_DEPTH) return true;
  }
  return false;
}
