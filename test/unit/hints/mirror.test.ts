// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildMirror,
  clipBox,
  fieldScale,
  layerSpans,
  mergeLineBoxes,
  MIRRORED_PROPERTIES,
  mirrorStyle,
  placeBoxes,
  spanRects,
  type Box,
  type FieldGeometry,
  type StyleSource,
} from '../../../lib/hints/mirror';

function styleSource(values: Record<string, string>): StyleSource {
  return { getPropertyValue: (p) => values[p] ?? '' };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('mirrorStyle', () => {
  const typical = {
    'font-family': 'Georgia, serif',
    'font-size': '15px',
    'font-weight': '400',
    'font-style': 'italic',
    'letter-spacing': '0.5px',
    'word-spacing': '2px',
    'text-indent': '12px',
    'text-transform': 'uppercase',
    'tab-size': '4',
    direction: 'rtl',
    'line-height': '22px',
    'padding-top': '4px',
    'padding-right': '8px',
    'padding-bottom': '4px',
    'padding-left': '6px',
    'border-top-width': '1px',
    'border-right-width': '2px',
    'border-bottom-width': '1px',
    'border-left-width': '3px',
    'box-sizing': 'border-box',
    'white-space': 'pre-wrap',
    'overflow-wrap': 'break-word',
    'word-break': 'normal',
    width: '300px',
    height: '80px',
  };

  it('copies every text-affecting property the field has', () => {
    const style = mirrorStyle(styleSource(typical), 'textarea', { clientWidth: 0 });
    for (const [property, value] of Object.entries(typical)) {
      if (property === 'height') continue; // the mirror grows with its text
      expect(style[property], property).toBe(value);
    }
  });

  it('lists the properties the issue names', () => {
    for (const p of [
      'direction',
      'tab-size',
      'word-spacing',
      'text-indent',
      'letter-spacing',
      'text-transform',
      'line-height',
      'box-sizing',
      'white-space',
      'overflow-wrap',
      'word-break',
      'width',
      'font-family',
      'font-size',
      'font-weight',
      'font-style',
      'padding-left',
      'border-left-width',
    ]) {
      expect(MIRRORED_PROPERTIES).toContain(p);
    }
  });

  it('is an invisible, absolutely placed, fully grown copy', () => {
    const style = mirrorStyle(styleSource(typical), 'textarea', { clientWidth: 0 });
    expect(style).toMatchObject({
      position: 'absolute',
      visibility: 'hidden',
      height: 'auto',
      overflow: 'hidden',
      'pointer-events': 'none',
      'border-style': 'solid',
      'border-color': 'transparent',
    });
  });

  it('wraps a textarea like pre-wrap unless the field does not wrap', () => {
    const wraps = mirrorStyle(styleSource({ ...typical, 'white-space': 'normal' }), 'textarea', {
      clientWidth: 0,
    });
    expect(wraps['white-space']).toBe('pre-wrap');
    const off = mirrorStyle(styleSource({ ...typical, 'white-space': 'pre' }), 'textarea', {
      clientWidth: 0,
    });
    expect(off['white-space']).toBe('pre');
  });

  it('keeps an input on one vertically centred line', () => {
    const border = mirrorStyle(styleSource(typical), 'input', { clientWidth: 0 });
    expect(border['white-space']).toBe('pre');
    // 80 - 4 - 4 - 1 - 1: the content box height.
    expect(border['line-height']).toBe('70px');
    const content = mirrorStyle(styleSource({ ...typical, 'box-sizing': 'content-box' }), 'input', {
      clientWidth: 0,
    });
    expect(content['line-height']).toBe('80px');
  });

  it('takes the width left of a scrollbar from clientWidth', () => {
    // clientWidth is the padding box without the scrollbar: 300 - 3 - 2 borders - 15 scrollbar.
    const style = mirrorStyle(styleSource(typical), 'textarea', { clientWidth: 280 });
    expect(style['box-sizing']).toBe('content-box');
    expect(style.width).toBe(`${280 - 6 - 8}px`);
  });

  it('reads a real computed style', () => {
    const ta = document.createElement('textarea');
    ta.style.cssText =
      'font-size: 13px; letter-spacing: 1px; word-spacing: 3px; text-indent: 5px; padding-left: 7px; direction: rtl';
    document.body.append(ta);
    const style = mirrorStyle(getComputedStyle(ta), 'textarea', { clientWidth: 0 });
    expect(style).toMatchObject({
      'font-size': '13px',
      'letter-spacing': '1px',
      'word-spacing': '3px',
      'text-indent': '5px',
      'padding-left': '7px',
      direction: 'rtl',
    });
  });
});

describe('buildMirror', () => {
  const parts = (root: HTMLElement) =>
    Array.from(root.children, (c) => [c.getAttribute('data-smartgoal-mirror'), c.textContent]);

  it('splits the value into text before, the span, and text after', () => {
    const { root, marks } = buildMirror(
      document,
      'We will grow sales soon.',
      [{ start: 8, end: 18 }],
      {
        'font-size': '15px',
      },
    );
    expect(parts(root)).toEqual([
      ['text', 'We will '],
      ['mark', 'grow sales'],
      ['text', ' soon.'],
    ]);
    expect(marks).toHaveLength(1);
    expect(marks[0]!.textContent).toBe('grow sales');
    expect(root.style.getPropertyValue('font-size')).toBe('15px');
    expect(root.getAttribute('aria-hidden')).toBe('true');
  });

  it('marks several spans in one mirror, returned in request order', () => {
    const value = 'a bb ccc dddd';
    const { root, marks } = buildMirror(
      document,
      value,
      [
        { start: 9, end: 13 },
        { start: 0, end: 1 },
      ],
      {},
    );
    expect(parts(root)).toEqual([
      ['mark', 'a'],
      ['text', ' bb ccc '],
      ['mark', 'dddd'],
      ['text', ''],
    ]);
    expect(marks.map((m) => m.textContent)).toEqual(['dddd', 'a']);
  });

  it('keeps the line after a trailing newline and slices emoji by UTF-16 offsets', () => {
    const value = '🎯 grow\n';
    const { root } = buildMirror(document, value, [{ start: 3, end: 7 }], {});
    expect(parts(root)).toEqual([
      ['text', '🎯 '],
      ['mark', 'grow'],
      ['text', '\n\u200b'],
    ]);
  });

  it('refuses overlapping spans (measure them in separate layers)', () => {
    expect(() =>
      buildMirror(
        document,
        'abcdef',
        [
          { start: 0, end: 4 },
          { start: 2, end: 5 },
        ],
        {},
      ),
    ).toThrow(RangeError);
  });
});

describe('layerSpans', () => {
  it.each([
    [[], []],
    [
      [
        { start: 0, end: 2 },
        { start: 2, end: 4 },
      ],
      [[0, 1]],
    ],
    [
      [
        { start: 5, end: 9 },
        { start: 0, end: 6 },
        { start: 6, end: 8 },
      ],
      [[1, 2], [0]],
    ],
    [
      [
        { start: 0, end: 9 },
        { start: 1, end: 2 },
        { start: 3, end: 4 },
      ],
      [[0], [1, 2]],
    ],
  ])('%j → %j', (spans, layers) => {
    expect(layerSpans(spans)).toEqual(layers);
  });
});

describe('geometry arithmetic', () => {
  const field: FieldGeometry = {
    rect: { left: 100, top: 200, width: 306, height: 92 },
    scale: { x: 1, y: 1 },
    scrollTop: 0,
    scrollLeft: 0,
    clientLeft: 3,
    clientTop: 1,
    clientWidth: 285,
    clientHeight: 90,
  };

  it('clipBox intersects or returns null', () => {
    const clip: Box = { left: 0, top: 0, width: 10, height: 10 };
    expect(clipBox({ left: 5, top: 5, width: 10, height: 10 }, clip)).toEqual({
      left: 5,
      top: 5,
      width: 5,
      height: 5,
    });
    expect(clipBox({ left: 10, top: 0, width: 5, height: 5 }, clip)).toBeNull();
    expect(clipBox({ left: -5, top: 2, width: 3, height: 3 }, clip)).toBeNull();
  });

  it('places mirror boxes at the field', () => {
    expect(placeBoxes([{ left: 9, top: 5, width: 40, height: 20 }], field)).toEqual([
      { left: 109, top: 205, width: 40, height: 20 },
    ]);
  });

  it('subtracts the field scroll', () => {
    const scrolled = { ...field, scrollTop: 44, scrollLeft: 2 };
    expect(placeBoxes([{ left: 9, top: 65, width: 40, height: 20 }], scrolled)).toEqual([
      { left: 107, top: 221, width: 40, height: 20 },
    ]);
  });

  it('drops lines scrolled out of view and clips partly visible ones to the padding box', () => {
    const scrolled = { ...field, scrollTop: 50 };
    const lines = [
      { left: 9, top: 5, width: 100, height: 20 }, // scrolled above the top
      { left: 9, top: 45, width: 100, height: 20 }, // half visible: 45-50 → -5..15
      { left: 9, top: 100, width: 400, height: 20 }, // runs past the right edge
      { left: 9, top: 200, width: 100, height: 20 }, // below the bottom
    ];
    expect(placeBoxes(lines, scrolled)).toEqual([
      { left: 109, top: 201, width: 100, height: 14 },
      { left: 109, top: 250, width: 279, height: 20 },
    ]);
  });

  it('scales mirror pixels to screen pixels for transformed or zoomed fields', () => {
    const zoomed = { ...field, scale: { x: 1.5, y: 1.5 } };
    expect(placeBoxes([{ left: 10, top: 20, width: 40, height: 20 }], zoomed)).toEqual([
      { left: 115, top: 230, width: 60, height: 30 },
    ]);
  });

  it('fieldScale is the ratio of the client rect to the layout size', () => {
    const el = document.createElement('textarea');
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ width: 450, height: 150 } as DOMRect);
    Object.defineProperty(el, 'offsetWidth', { value: 300 });
    Object.defineProperty(el, 'offsetHeight', { value: 100 });
    expect(fieldScale(el)).toEqual({ x: 1.5, y: 1.5 });
  });

  it('fieldScale is 1 for a field without layout', () => {
    expect(fieldScale(document.createElement('textarea'))).toEqual({ x: 1, y: 1 });
  });
});

describe('mergeLineBoxes', () => {
  const box = (left: number, top: number, width: number, height: number): Box => ({
    left,
    top,
    width,
    height,
  });

  it.each([
    [
      'joins the hanging space at a wrap point to its line',
      [box(0, 0, 317, 15), box(317, 0, 5, 15), box(0, 20, 284, 17), box(284, 20, 5, 17)],
      [box(0, 0, 322, 15), box(0, 20, 289, 17)],
    ],
    [
      'joins boxes a sub-pixel apart with slightly different heights',
      [box(10, 0, 40, 16), box(50.6, 1, 30, 15)],
      [box(10, 0, 70.6, 16)],
    ],
    [
      'keeps boxes on different lines',
      [box(0, 0, 50, 16), box(0, 24, 50, 16)],
      [box(0, 0, 50, 16), box(0, 24, 50, 16)],
    ],
    [
      'keeps words on one line that are apart (bidi runs, tabs)',
      [box(0, 0, 50, 16), box(60, 0, 20, 16)],
      [box(0, 0, 50, 16), box(60, 0, 20, 16)],
    ],
    ['returns no boxes for none', [], []],
  ])('%s', (_, input, expected) => {
    expect(mergeLineBoxes(input)).toEqual(expected);
  });
});

describe('spanRects', () => {
  it('measures in a mirror attached to the given mount, then removes it', () => {
    const wrapper = document.createElement('div');
    const ta = document.createElement('textarea');
    ta.value = 'Grow sales. Ship it.';
    wrapper.append(ta);
    const overlay = document.createElement('div');
    document.body.append(wrapper, overlay);

    const seen: string[] = [];
    vi.spyOn(ta, 'getBoundingClientRect').mockReturnValue({
      left: 50,
      top: 60,
      width: 200,
      height: 40,
    } as DOMRect);
    vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      // The mirror's own origin, wherever the overlay put it.
      return { left: 1000, top: 500, width: 0, height: 0 } as DOMRect;
    });
    vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (
      this: HTMLElement,
    ) {
      seen.push(
        `${this.parentElement === null ? 'detached' : this.parentElement.parentElement === overlay ? 'in overlay' : 'elsewhere'}`,
      );
      // One line box: 7px per character from the mirror's left.
      let before = 0;
      for (let n = this.previousSibling; n; n = n.previousSibling)
        before += (n.textContent ?? '').length;
      return [
        {
          left: 1000 + before * 7,
          top: 502,
          width: (this.textContent ?? '').length * 7,
          height: 18,
        },
      ] as unknown as DOMRectList;
    });
    Object.defineProperties(ta, {
      clientWidth: { value: 200 },
      clientHeight: { value: 40 },
    });

    const rects = spanRects(
      ta,
      [
        { start: 12, end: 20 },
        { start: 0, end: 10 },
      ],
      { mount: overlay },
    );
    expect(rects).toEqual([
      [{ left: 50 + 12 * 7, top: 62, width: 8 * 7, height: 18 }],
      [{ left: 50, top: 62, width: 10 * 7, height: 18 }],
    ]);
    expect(seen).toEqual(['in overlay', 'in overlay']);
    expect(overlay.childNodes).toHaveLength(0);
    expect(wrapper.childNodes).toHaveLength(1);
  });
});
