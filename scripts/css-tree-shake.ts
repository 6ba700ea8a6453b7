/**
 * Tree-shaking for the stylesheet of the first page. The Utrecht component library ships one
 * stylesheet for its ~100 components and the Voorbeeld theme ~2,800 design tokens for every
 * NL Design System community; the app uses a third of the components and a fraction of the tokens.
 * Given the text of everything that can put a class on the page or name a token (the built
 * JavaScript) this removes
 * - rules whose selectors all need a class of a Utrecht component that nothing renders, and
 * - custom properties (`--x: …`) that no remaining rule, stylesheet or script refers to.
 * Dynamic names count as used by prefix: a script holding `utrecht-alert--` keeps every
 * `utrecht-alert` rule, one holding `utrecht-` keeps all of them.
 */

type Node =
  | { kind: 'rule'; selectors: string[]; declarations: string[] }
  | { kind: 'group'; prelude: string; children: Node[] }
  | { kind: 'raw'; text: string };

/** At-rules whose block holds rules (the rest, such as @font-face and @keyframes, stay as they are). */
const GROUPS = /^@(?:media|supports|container|layer)\b/;
const UTRECHT_CLASS = /\.(utrecht-[A-Za-z0-9_-]+)/g;
const VAR_REF = /var\(\s*(--[A-Za-z0-9_-]+)/g;

export function treeShakeCss(css: string, scripts: string, otherCss = ''): string {
  const nodes = parse(css);
  // A script that renders one element or modifier of a component counts as rendering all of it.
  const classNames = new Names((scripts.match(/utrecht-[A-Za-z0-9_-]*/g) ?? []).map(blockOf));
  const withoutClasses = dropRules(nodes, (selector) => rendersWith(selector, classNames));

  const tokens = new Names(scripts.match(/--[A-Za-z0-9_-]+/g) ?? []);
  for (const [, name] of otherCss.matchAll(VAR_REF)) tokens.add(name!);
  // Every token named outside a definition is a root; a definition that is kept names more.
  const definitions = new Map<string, string[]>();
  visit(withoutClasses, (node) => {
    if (node.kind === 'raw') return refs(node.text, tokens);
    for (const declaration of node.declarations) {
      const name = customProperty(declaration);
      if (name) definitions.set(name, [...(definitions.get(name) ?? []), declaration]);
      else refs(declaration, tokens);
    }
  });
  const pending = [...definitions.keys()].filter((name) => tokens.has(name));
  while (pending.length > 0) {
    for (const declaration of definitions.get(pending.pop()!) ?? []) {
      for (const [, name] of declaration.matchAll(VAR_REF)) {
        if (!tokens.has(name!)) pending.push(name!);
        tokens.add(name!);
      }
    }
  }
  const shaken = mapRules(withoutClasses, (declarations) => declarations.filter((d) => !customProperty(d) || tokens.has(customProperty(d)!)));
  return serialize(shaken);
}

/** Exact names plus prefixes (a name ending in a single `-` was cut short by string building). */
class Names {
  private readonly exact = new Set<string>();
  private readonly prefixes: string[] = [];
  constructor(names: Iterable<string>) {
    for (const name of names) this.add(name);
  }
  add(name: string): void {
    if (/[^-]-$/.test(name)) this.prefixes.push(name);
    else this.exact.add(name);
  }
  has(name: string): boolean {
    return this.exact.has(name) || this.prefixes.some((prefix) => name.startsWith(prefix));
  }
}

/** A selector can match only if every Utrecht class it needs (outside :not()) belongs to a rendered block. */
function rendersWith(selector: string, used: Names): boolean {
  for (const [, className] of withoutNot(selector).matchAll(UTRECHT_CLASS)) {
    if (!used.has(blockOf(className!))) return false;
  }
  return true;
}

/** `utrecht-button--primary-action` and `utrecht-button__label` belong to `utrecht-button`. */
const blockOf = (className: string): string => className.replace(/(?:__|--).*$/, '');

function withoutNot(selector: string): string {
  let out = '';
  for (let i = 0; i < selector.length; i++) {
    if (selector.startsWith(':not(', i)) {
      i = closing(selector, i + 4);
      continue;
    }
    out += selector[i];
  }
  return out;
}

function refs(text: string, into: Names): void {
  for (const [, name] of text.matchAll(VAR_REF)) into.add(name!);
}

function customProperty(declaration: string): string | null {
  return /^\s*(--[A-Za-z0-9_-]+)\s*:/.exec(declaration)?.[1] ?? null;
}

function dropRules(nodes: Node[], keep: (selector: string) => boolean): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (node.kind === 'raw') return [node];
    if (node.kind === 'group') {
      const children = dropRules(node.children, keep);
      return children.length > 0 ? [{ ...node, children }] : [];
    }
    const selectors = node.selectors.filter(keep);
    return selectors.length > 0 ? [{ ...node, selectors }] : [];
  });
}

function mapRules(nodes: Node[], declarations: (list: string[]) => string[]): Node[] {
  return nodes.flatMap((node): Node[] => {
    if (node.kind === 'raw') return [node];
    if (node.kind === 'group') {
      const children = mapRules(node.children, declarations);
      return children.length > 0 ? [{ ...node, children }] : [];
    }
    const kept = declarations(node.declarations);
    return kept.length > 0 ? [{ ...node, declarations: kept }] : [];
  });
}

function visit(nodes: Node[], fn: (node: Exclude<Node, { kind: 'group' }>) => void): void {
  for (const node of nodes) {
    if (node.kind === 'group') visit(node.children, fn);
    else fn(node);
  }
}

function serialize(nodes: Node[]): string {
  return nodes
    .map((node) => {
      if (node.kind === 'raw') return node.text;
      if (node.kind === 'group') return `${node.prelude}{${serialize(node.children)}}`;
      return `${node.selectors.join(',')}{${node.declarations.join(';')}}`;
    })
    .join('');
}

// A small parser: enough for the stylesheets Vite writes (no nesting), careful with strings,
// comments and parentheses (a `;` inside url(data:…) ends nothing).

function parse(css: string): Node[] {
  const nodes: Node[] = [];
  let i = 0;
  while (i < css.length) {
    const end = scan(css, i, '{;');
    const prelude = css.slice(i, end).trim();
    if (end >= css.length || css[end] === ';') {
      if (prelude) nodes.push({ kind: 'raw', text: `${prelude};` });
      i = end + 1;
      continue;
    }
    const close = closing(css, end);
    const body = css.slice(end + 1, close);
    if (prelude.startsWith('@')) {
      nodes.push(GROUPS.test(prelude) ? { kind: 'group', prelude, children: parse(body) } : { kind: 'raw', text: `${prelude}{${body}}` });
    } else {
      nodes.push({ kind: 'rule', selectors: split(prelude, ','), declarations: split(body, ';') });
    }
    i = close + 1;
  }
  return nodes;
}

/** The parts of `text` between top-level `separator`s, trimmed, empty ones left out. */
function split(text: string, separator: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = start; i <= text.length; ) {
    const end = scan(text, i, separator);
    parts.push(text.slice(start, end).trim());
    start = i = end + 1;
  }
  return parts.filter(Boolean);
}

/** Index of the first of `stops` at depth 0 from `from` (outside strings, comments, () and []), or the length. */
function scan(text: string, from: number, stops: string): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") i = skipString(text, i);
    else if (c === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1 || text.length;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (depth === 0 && stops.includes(c)) return i;
  }
  return text.length;
}

/** Index of the bracket that closes the one at `open` (`{`, `(`). */
function closing(text: string, open: number): number {
  const [o, c] = text[open] === '{' ? ['{', '}'] : ['(', ')'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '"' || ch === "'") i = skipString(text, i);
    else if (ch === '/' && text[i + 1] === '*') i = text.indexOf('*/', i + 2) + 1 || text.length;
    else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i;
  }
  return text.length;
}

function skipString(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[quote]) return i;
  }
  return text.length;
}
