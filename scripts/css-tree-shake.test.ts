import { describe, expect, it } from 'vitest';
import { treeShakeCss } from './css-tree-shake';

const LIBRARY = [
  '.utrecht-button{color:var(--utrecht-button-color)}',
  '.utrecht-button--primary-action:not(.utrecht-button--disabled){font-weight:700}',
  '.utrecht-button__label{gap:1px}',
  '.utrecht-accordion{display:grid}',
  '.utrecht-accordion__section,.utrecht-button-group{row-gap:2px}',
  '.utrecht-button-group:not(.utrecht-accordion){column-gap:3px}',
  '.utrecht-heading-1{font-size:2em}.utrecht-heading-6{font-size:1em}',
  '@media (forced-colors:active){.utrecht-accordion{border:1px solid}}',
  '@media print{.utrecht-button{display:none}}',
  '.sr-page{margin:0}',
].join('');

const rules = (css: string) => css.match(/[^{}]+\{[^{}]*\}/g) ?? [];

describe('tree-shaking the first page’s stylesheet', () => {
  it('drops the rules of components no script renders and keeps every part of those it does', () => {
    const css = treeShakeCss(LIBRARY, 'h("button",{className:"utrecht-button utrecht-button--primary-action"}); "utrecht-button-group"');
    expect(css).toContain('.utrecht-button{');
    expect(css).toContain('.utrecht-button__label{');
    expect(css).toContain('.utrecht-button--primary-action:not(.utrecht-button--disabled){');
    expect(css).toContain('@media print{.utrecht-button{display:none}}');
    // The accordion is gone, from lists and media queries too; a :not() of it needs no accordion.
    expect(css).not.toContain('utrecht-accordion{');
    expect(css).not.toContain('.utrecht-accordion__section');
    expect(css).toContain('.utrecht-button-group{row-gap:2px}');
    expect(css).toContain('.utrecht-button-group:not(.utrecht-accordion){column-gap:3px}');
    expect(css).not.toContain('forced-colors');
    expect(css).not.toContain('utrecht-heading');
    // Our own rules stay.
    expect(css).toContain('.sr-page{margin:0}');
  });

  it('keeps what a script names only in part, as a class built from pieces', () => {
    expect(treeShakeCss(LIBRARY, '`utrecht-heading-${level}`')).toContain('.utrecht-heading-1{font-size:2em}.utrecht-heading-6{font-size:1em}');
    expect(treeShakeCss(LIBRARY, '"utrecht-accordion--"+open')).toContain('.utrecht-accordion{display:grid}');
    expect(rules(treeShakeCss(LIBRARY, '"utrecht-"+name'))).toEqual(rules(LIBRARY));
  });

  it('drops design tokens nothing refers to and keeps the chains the remaining rules use', () => {
    const theme = [
      '.voorbeeld-theme{--utrecht-button-color:var(--basis-color-action);--basis-color-action:var(--brand-blue);--brand-blue:#00f;',
      '--denhaag-footer-color:red;--ams-grid-gap:4px;--sr-from-script:1px;--sr-from-lazy-css:2px}',
    ].join('');
    const css = treeShakeCss(theme + LIBRARY, '"utrecht-button"; el.style.setProperty("--sr-from-script", "3px")', '.sr-lazy{margin:var(--sr-from-lazy-css)}');
    for (const kept of ['--utrecht-button-color', '--basis-color-action', '--brand-blue:#00f', '--sr-from-script', '--sr-from-lazy-css']) expect(css).toContain(kept);
    for (const dropped of ['--denhaag-footer-color', '--ams-grid-gap']) expect(css).not.toContain(dropped);
  });

  it('removes a rule left without declarations and keeps strings, data URLs and other at-rules intact', () => {
    const css = [
      '@charset "UTF-8";',
      '@font-face{font-family:Noto Sans;src:url(/assets/a.woff2)format("woff2")}',
      '.only-tokens{--unused-a:1;--unused-b:2}',
      '.sr-icon{background:url(data:image/svg+xml;base64,PHN2Zz4=);content:"{;}"}',
      '@keyframes spin{to{transform:rotate(1turn)}}',
    ].join('');
    expect(treeShakeCss(css, '')).toBe(
      [
        '@charset "UTF-8";',
        '@font-face{font-family:Noto Sans;src:url(/assets/a.woff2)format("woff2")}',
        '.sr-icon{background:url(data:image/svg+xml;base64,PHN2Zz4=);content:"{;}"}',
        '@keyframes spin{to{transform:rotate(1turn)}}',
      ].join(''),
    );
  });
});
