// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import {
  composedParent,
  fieldFromEvent,
  findEditableField,
  isOptedOut,
} from '../../../lib/hints/editable-field';

function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('findEditableField: form controls', () => {
  it.each([
    ['<textarea id="t"></textarea>', 'textarea'],
    ['<input id="t">', 'input'],
    ['<input id="t" type="text">', 'input'],
    ['<input id="t" type="search">', 'input'],
    ['<input id="t" type="TEXT">', 'input'],
    ['<input id="t" type="bogus">', 'input'],
    ['<input id="t" autocomplete="name">', 'input'],
  ])('%s → %s', (html, kind) => {
    const t = mount(html).querySelector('#t')!;
    expect(findEditableField(t)).toEqual({ kind, element: t });
  });

  it.each([
    '<input id="t" type="password">',
    '<input id="t" type="email">',
    '<input id="t" type="number">',
    '<input id="t" type="url">',
    '<input id="t" type="tel">',
    '<input id="t" type="checkbox">',
    '<input id="t" type="hidden">',
    '<input id="t" autocomplete="cc-number">',
    '<input id="t" autocomplete="billing cc-name">',
    '<input id="t" autocomplete="username">',
    '<input id="t" autocomplete="one-time-code">',
    '<textarea id="t" autocomplete="cc-number"></textarea>',
    '<textarea id="t" readonly></textarea>',
    '<textarea id="t" disabled></textarea>',
    '<input id="t" readonly>',
    '<input id="t" disabled>',
  ])('%s → none', (html) => {
    const t = mount(html).querySelector('#t')!;
    expect(findEditableField(t)).toBeNull();
  });

  it('returns null for no element and for plain elements', () => {
    expect(findEditableField(null)).toBeNull();
    expect(findEditableField(mount('<p id="t">hi</p>').querySelector('#t'))).toBeNull();
  });
});

describe('findEditableField: contenteditable', () => {
  it.each([
    ['plain host', '<div id="host" contenteditable="true"><p id="t">a</p></div>'],
    [
      'plaintext-only',
      '<div id="host" contenteditable="plaintext-only"><span id="t">a</span></div>',
    ],
    ['the host itself', '<div id="host" contenteditable="true"><p id="t2">a</p></div>'],
    [
      'ProseMirror mark',
      '<div id="host" class="ProseMirror" contenteditable="true"><p>x <strong><em id="t">y</em></strong></p></div>',
    ],
    [
      'non-editable island inside the editor',
      '<div id="host" contenteditable="true"><p>a <span contenteditable="false"><b id="t">@x</b></span></p></div>',
    ],
  ])('%s → the outermost editable host', (_name, html) => {
    const root = mount(html);
    const start = root.querySelector('#t') ?? root.querySelector('#host')!;
    const field = findEditableField(start);
    expect(field).toEqual({ kind: 'contenteditable', element: root.querySelector('#host') });
  });

  it('a nested editable inside a non-editable widget is its own host', () => {
    const root = mount(
      '<div contenteditable="true"><div contenteditable="false"><figcaption id="cap" contenteditable="true"><i id="t">c</i></figcaption></div></div>',
    );
    expect(findEditableField(root.querySelector('#t'))?.element).toBe(root.querySelector('#cap'));
  });

  it('skips a contenteditable="false" subtree outside any editor', () => {
    const root = mount('<div contenteditable="false"><p id="t">a</p></div>');
    expect(findEditableField(root.querySelector('#t'))).toBeNull();
  });

  it('skips hosts marked readonly or disabled for assistive tech', () => {
    const root = mount(
      '<div contenteditable="true" aria-readonly="true"><p id="a">a</p></div><div contenteditable="true" aria-disabled="true"><p id="b">b</p></div>',
    );
    expect(findEditableField(root.querySelector('#a'))).toBeNull();
    expect(findEditableField(root.querySelector('#b'))).toBeNull();
  });
});

describe('findEditableField: shadow DOM and events', () => {
  it('finds a textarea inside an open shadow root from the composed path of an event', () => {
    const host = mount('<x-editor></x-editor>').querySelector('x-editor')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div><textarea></textarea></div>';
    const ta = shadow.querySelector('textarea')!;
    let found: unknown = 'not called';
    // Listening on the document: the event is retargeted to the host, the path is not.
    document.addEventListener('focusin', (e) => (found = fieldFromEvent(e)), { once: true });
    ta.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(found).toEqual({ kind: 'textarea', element: ta });
  });

  it('finds a contenteditable host inside a shadow root from an inner element', () => {
    const host = mount('<x-editor></x-editor>').querySelector('x-editor')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="ce" contenteditable="true"><p><b id="t">x</b></p></div>';
    expect(findEditableField(shadow.querySelector('#t'))?.element).toBe(
      shadow.querySelector('#ce'),
    );
  });

  it('composedParent crosses from a shadow root to its host', () => {
    const host = mount('<x-a></x-a>').querySelector('x-a')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<span></span>';
    expect(composedParent(shadow.querySelector('span')!)).toBe(host);
    expect(composedParent(document.documentElement)).toBeNull();
  });
});

describe('isOptedOut', () => {
  it.each([
    [
      'data-smartgoal="off" on the field',
      '<textarea id="t" data-smartgoal="off"></textarea>',
      true,
    ],
    [
      'data-smartgoal="off" on an ancestor',
      '<form data-smartgoal="off"><div><textarea id="t"></textarea></div></form>',
      true,
    ],
    ['data-smartgoal="OFF" (any case)', '<textarea id="t" data-smartgoal="OFF"></textarea>', true],
    ['data-smartgoal="on"', '<textarea id="t" data-smartgoal="on"></textarea>', false],
    ['data-gramm="false"', '<div data-gramm="false"><textarea id="t"></textarea></div>', true],
    ['data-gramm="true"', '<textarea id="t" data-gramm="true"></textarea>', false],
    [
      'data-enable-grammarly="false"',
      '<textarea id="t" data-enable-grammarly="false"></textarea>',
      true,
    ],
    [
      'data-lt-active="false"',
      '<div data-lt-active="false"><div id="t" contenteditable="true"></div></div>',
      true,
    ],
    ['data-lt-active="true"', '<textarea id="t" data-lt-active="true"></textarea>', false],
    [
      'spellcheck="false" on a plain field',
      '<textarea id="t" spellcheck="false"></textarea>',
      false,
    ],
    [
      'spellcheck="false" in CodeMirror 5',
      '<div class="CodeMirror"><textarea id="t" spellcheck="false"></textarea></div>',
      true,
    ],
    [
      'spellcheck="false" in CodeMirror 6',
      '<div class="cm-editor"><div id="t" class="cm-content" contenteditable="true" spellcheck="false"></div></div>',
      true,
    ],
    [
      'spellcheck="false" in Monaco',
      '<div class="monaco-editor"><textarea id="t" class="inputarea" spellcheck="false"></textarea></div>',
      true,
    ],
    [
      'spellcheck="false" in Ace',
      '<div class="ace_editor"><textarea id="t" class="ace_text-input" spellcheck="false"></textarea></div>',
      true,
    ],
    [
      'spellcheck="false" on a <pre> host',
      '<pre id="t" contenteditable="true" spellcheck="false"></pre>',
      true,
    ],
    [
      'spellcheck="false" on a <code> host',
      '<code id="t" contenteditable="true" spellcheck="false"></code>',
      true,
    ],
    [
      'a code editor with spellcheck on',
      '<div class="cm-editor"><div id="t" contenteditable="true" spellcheck="true"></div></div>',
      false,
    ],
    [
      'spellcheck="true" nearer than "false"',
      '<div class="CodeMirror" spellcheck="false"><textarea id="t" spellcheck="true"></textarea></div>',
      false,
    ],
    ['a plain field', '<textarea id="t"></textarea>', false],
  ])('%s → %s', (_name, html, expected) => {
    const t = mount(html).querySelector('#t')!;
    expect(isOptedOut(t)).toBe(expected);
  });

  it('sees an opt-out on the host of an open shadow root', () => {
    const host = mount('<x-editor data-gramm="false"></x-editor>').querySelector('x-editor')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    const ta = shadow.querySelector('textarea')!;
    expect(isOptedOut(ta)).toBe(true);
    expect(findEditableField(ta)).toBeNull();
  });

  it('sees a code editor class outside the shadow root', () => {
    const host = mount('<div class="monaco-editor"><x-e></x-e></div>').querySelector('x-e')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea spellcheck="false"></textarea>';
    expect(isOptedOut(shadow.querySelector('textarea')!)).toBe(true);
  });

  it('findEditableField respects opt-outs', () => {
    const root = mount(
      '<div data-smartgoal="off"><div id="ce" contenteditable="true"><p id="t">a</p></div><textarea id="ta"></textarea></div>',
    );
    expect(findEditableField(root.querySelector('#t'))).toBeNull();
    expect(findEditableField(root.querySelector('#ta'))).toBeNull();
  });
});
