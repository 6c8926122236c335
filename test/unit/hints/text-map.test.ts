// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  blockText,
  buildTextMap,
  fromPoint,
  toRange,
  type TextMap,
} from '../../../lib/hints/text-map';

function host(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.append(el);
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The text a Range covers, read through the map (Range#toString knows nothing of blocks). */
function rangeText(map: TextMap, range: Range): string {
  const start = fromPoint(map, range.startContainer, range.startOffset);
  const end = fromPoint(map, range.endContainer, range.endOffset, 'before');
  return map.text.slice(start, end);
}

function spanOf(map: TextMap, needle: string): [number, number] {
  const start = map.text.indexOf(needle);
  expect(start, `"${needle}" in ${JSON.stringify(map.text)}`).toBeGreaterThanOrEqual(0);
  return [start, start + needle.length];
}

describe('buildTextMap: text', () => {
  it.each([
    ['plain text', 'We will grow', 'We will grow'],
    [
      'inline markup adds nothing',
      'We <b>will <i>grow</i></b> <a href="#">sales</a><span> soon</span>.',
      'We will grow sales soon.',
    ],
    ['paragraphs', '<p>a</p><p>b</p>', 'a\nb'],
    ['headings and quotes', '<h1>T</h1><blockquote>q</blockquote><h3>u</h3>', 'T\nq\nu'],
    ['lists', '<ul><li>one</li><li>two <b>x</b></li></ul><p>after</p>', 'one\ntwo x\nafter'],
    ['nested list', '<ol><li>a<ul><li>b</li></ul></li><li>c</li></ol>', 'a\nb\nc'],
    ['list item holding a paragraph', '<ul><li><p>a</p></li><li><p>b</p></li></ul>', 'a\nb'],
    ['br inside a line', '<p>a<br>b</p>', 'a\nb'],
    ['trailing br does not double the line break', '<p>a<br></p><p>b</p>', 'a\nb'],
    ['two brs make a blank line', '<p>a<br><br></p><p>b</p>', 'a\n\nb'],
    ['empty paragraph is a blank line', '<p>a</p><p><br></p><p>b</p>', 'a\n\nb'],
    ['bare br in the host', 'a<br>b<br>c', 'a\nb\nc'],
    ['text around a block', 'text<div>x</div>tail', 'text\nx\ntail'],
    ['leading block adds no newline', '<div>x</div>', 'x'],
    ['empty blocks add one break', '<p>a</p><div></div><p>b</p>', 'a\nb'],
    [
      'table cells and rows',
      '<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></tbody></table>',
      'a\nb\nc',
    ],
    ['pre keeps its newlines', '<pre>x\ny</pre><p>z</p>', 'x\ny\nz'],
    ['whitespace between blocks is not text', '<div>\n  <p>a</p>\n  <p>b</p>\n</div>', 'a\nb'],
    ['whitespace between inlines is text', '<p><b>a</b> <i>b</i></p>', 'a b'],
    ['spaces are kept verbatim', '<p>  a\u00a0 b  </p>', '  a\u00a0 b  '],
    ['hidden attribute', '<p>a<span hidden>x</span>b</p>', 'ab'],
    ['display:none', '<p>a<span style="display:none">y</span>c</p>', 'ac'],
    [
      'contenteditable=false island',
      '<p>hi <span contenteditable="false">@bob</span> there</p>',
      'hi  there',
    ],
    ['script and style', '<p>a<script>x()</script><style>p{}</style>b</p>', 'ab'],
    [
      'inline style display:block starts a line',
      'a<span style="display:block">b</span>c',
      'a\nb\nc',
    ],
    ['emoji stay two code units', '<p>🎯 Grow <b>sales</b> 🚀</p>', '🎯 Grow sales 🚀'],
  ])('%s', (_name, html, text) => {
    expect(buildTextMap(host(html)).text).toBe(text);
  });

  it('uses an injected display instead of computed style', () => {
    const map = buildTextMap(host('a<span>b</span>c<div>d</div>e'), {
      display: (el) => (el.localName === 'span' ? 'block' : 'inline'),
    });
    expect(map.text).toBe('a\nb\ncde');
  });

  it('falls back to tag names when display is unknown', () => {
    const map = buildTextMap(host('<p>a</p><li>b</li><span>c</span>'), { display: () => null });
    expect(map.text).toBe('a\nb\nc');
  });

  it('walks very deep trees without recursion', () => {
    const root = host('');
    let cur: HTMLElement = root;
    for (let i = 0; i < 5000; i++) {
      const span = document.createElement('span');
      cur.append(span);
      cur = span;
    }
    cur.append('deep');
    root.append(document.createElement('p'));
    root.lastChild!.appendChild(document.createTextNode('next'));
    // happy-dom's own style matching recurses, so leave computed style out of this one.
    expect(buildTextMap(root, { display: () => null }).text).toBe('deep\nnext');
  });

  it('an empty host maps to empty text', () => {
    const map = buildTextMap(host(''));
    expect(map).toMatchObject({ text: '', runs: [], blocks: [] });
    const range = toRange(map, 0, 0);
    expect([range.startContainer, range.startOffset, range.collapsed]).toEqual([map.host, 0, true]);
    expect(fromPoint(map, map.host, 0)).toBe(0);
  });
});

describe('buildTextMap: runs and blocks', () => {
  it('runs cover every character except block-boundary newlines, in order', () => {
    const map = buildTextMap(host('<p>ab<b>c</b></p><p>d<br>e</p>'));
    expect(map.text).toBe('abc\nd\ne');
    expect(map.runs.map((r) => [r.start, r.end, r.node.nodeName])).toEqual([
      [0, 2, '#text'],
      [2, 3, '#text'],
      // 3 is the paragraph break
      [4, 5, '#text'],
      [5, 6, 'BR'],
      [6, 7, '#text'],
    ]);
  });

  it('blocks are contiguous stretches with the same nearest block element', () => {
    const root = host('intro<ul><li>one</li><li><p>two</p></li></ul>outro');
    const map = buildTextMap(root);
    const [ul] = root.getElementsByTagName('ul');
    expect(map.blocks.map((b) => [blockText(map, b), b.element.localName])).toEqual([
      ['intro', 'div'],
      ['one', 'li'],
      ['two', 'p'],
      ['outro', 'div'],
    ]);
    expect(map.blocks[0]!.element).toBe(root);
    expect(map.blocks[1]!.element.parentElement).toBe(ul);
    // Blocks never include the newline between them.
    for (const b of map.blocks) expect(blockText(map, b)).not.toMatch(/^\n|\n$/);
  });

  it('a block keeps the newlines of its own brs', () => {
    const map = buildTextMap(host('<p>a<br>b</p><p>c</p>'));
    expect(map.blocks.map((b) => blockText(map, b))).toEqual(['a\nb', 'c']);
  });
});

describe('toRange and fromPoint', () => {
  it('maps a span across nested inline markup', () => {
    const root = host('<p>We <b>will <i>grow</i></b> <a href="#">sales</a> soon.</p>');
    const map = buildTextMap(root);
    const [s, e] = spanOf(map, 'grow sales');
    const range = toRange(map, s, e);
    expect(range.toString()).toBe('grow sales');
    expect(range.startContainer.parentElement!.localName).toBe('i');
    expect(range.endContainer.parentElement!.localName).toBe('a');
    expect(rangeText(map, range)).toBe('grow sales');
  });

  it('keeps UTF-16 offsets exact around surrogate pairs', () => {
    const map = buildTextMap(host('<p>🎯 Grow <b>sales</b> 🚀 by 👍🏽 <i>Q3</i></p>'));
    for (const word of ['🎯', 'Grow', 'sales', '🚀', '👍🏽', 'Q3', 'sales 🚀 by']) {
      const [s, e] = spanOf(map, word);
      expect(toRange(map, s, e).toString()).toBe(word);
    }
  });

  it('maps a ProseMirror-like document', () => {
    const root = document.createElement('div');
    root.className = 'ProseMirror';
    root.setAttribute('contenteditable', 'true');
    root.innerHTML =
      '<p>Improve <strong>customer</strong> <em>satisfaction</em> this year.</p>' +
      '<p>Ship <code>v2</code> <a href="x">by Q3</a>.<br class="ProseMirror-trailingBreak"></p>' +
      '<p><img class="ProseMirror-separator" alt=""><br class="ProseMirror-trailingBreak"></p>' +
      '<ul><li><p>Grow <strong><em>MRR</em></strong> 10%</p></li></ul>';
    document.body.append(root);
    const map = buildTextMap(root);
    expect(map.text).toBe(
      'Improve customer satisfaction this year.\nShip v2 by Q3.\n\nGrow MRR 10%',
    );
    expect(map.blocks.map((b) => blockText(map, b))).toEqual([
      'Improve customer satisfaction this year.',
      'Ship v2 by Q3.\n',
      '\n',
      'Grow MRR 10%',
    ]);
    for (const phrase of ['customer satisfaction', 'v2 by', 'Grow MRR 10%', 'year.\nShip']) {
      const [s, e] = spanOf(map, phrase);
      expect(rangeText(map, toRange(map, s, e))).toBe(phrase);
    }
  });

  it('round-trips every offset that lies in a text node', () => {
    const map = buildTextMap(host('<p>a<b>bc</b>😀</p><ul><li>d<i>e</i></li></ul>f<br>g'));
    expect(map.text).toBe('abc😀\nde\nf\ng');
    for (const run of map.runs) {
      if (run.node.nodeType !== 3) continue;
      for (let o = run.start; o < run.end; o++) {
        const range = toRange(map, o, o);
        expect(fromPoint(map, range.startContainer, range.startOffset)).toBe(o);
        // A span ending here ends inside this run.
        const end = toRange(map, run.start, o + 1);
        expect(fromPoint(map, end.endContainer, end.endOffset, 'before')).toBe(o + 1);
      }
    }
  });

  it('snaps range ends that fall on a block break to the adjacent text', () => {
    const map = buildTextMap(host('<p>ab</p><p>cd</p>'));
    // Offset 2 is the break between the paragraphs.
    const from = toRange(map, 2, 4);
    expect([from.startContainer.textContent, from.startOffset]).toEqual(['cd', 0]);
    const to = toRange(map, 0, 3);
    expect([to.endContainer.textContent, to.endOffset]).toEqual(['ab', 2]);
    // A span lying entirely on the break collapses rather than inverting.
    expect(toRange(map, 2, 3).collapsed).toBe(true);
  });

  it('ranges over brs include the br element', () => {
    const root = host('<p>a<br>b</p>');
    const p = root.firstChild!;
    const map = buildTextMap(root);
    const range = toRange(map, 1, 2);
    expect([range.startContainer, range.startOffset, range.endContainer, range.endOffset]).toEqual([
      p,
      1,
      p,
      2,
    ]);
    expect(rangeText(map, range)).toBe('\n');
  });

  it('offsets past the end clamp to the end of the last text', () => {
    const map = buildTextMap(host('<p>ab</p>'));
    const range = toRange(map, 5, 9);
    expect([range.startContainer.textContent, range.startOffset, range.collapsed]).toEqual([
      'ab',
      2,
      true,
    ]);
  });

  it('fromPoint resolves element points and unmapped content to the next text', () => {
    const root = host('<p>ab</p><p>c<span contenteditable="false">@x</span>d</p>');
    const map = buildTextMap(root);
    expect(map.text).toBe('ab\ncd');
    const [p1, p2] = Array.from(root.children);
    const island = p2!.querySelector('span')!;
    expect(fromPoint(map, root, 0)).toBe(0);
    expect(fromPoint(map, root, 1)).toBe(3); // between the paragraphs → start of the second
    expect(fromPoint(map, root, 2)).toBe(5); // after everything
    expect(fromPoint(map, p1!, 1)).toBe(3); // after "ab": the next mapped text starts at 3
    expect(fromPoint(map, p1!, 1, 'before')).toBe(2); // …or the previous one ends at 2
    expect(fromPoint(map, root, 0, 'before')).toBe(0);
    expect(fromPoint(map, island.firstChild!, 1, 'before')).toBe(4); // "c" ends at 4
    expect(fromPoint(map, island.firstChild!, 1)).toBe(4); // inside "@x" → "d"
    expect(fromPoint(map, p2!, 0)).toBe(3);
    expect(fromPoint(map, p1!.firstChild!, 1)).toBe(1);
    // An offset past a text node's length clamps to its end.
    expect(fromPoint(map, p1!.firstChild!, 99)).toBe(2);
  });
});
