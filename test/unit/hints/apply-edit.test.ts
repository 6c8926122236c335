// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  applyEdit,
  applyToRichEditor,
  applyToTextControl,
  execInsertText,
  historyGroupWait,
  replacementInputInit,
  richTarget,
  verifyEdit,
  type ApplyDeps,
  type InsertTextCommand,
} from '../../../lib/hints/apply-edit';

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** True while a fake stands in for the browser's own editing (which may set `value` itself). */
let browserEditing = false;

/** Records every assignment of `prop` on `target` outside the browser's editing (the forbidden fallback). */
function forbidWrites(target: object, prop: 'value' | 'textContent' | 'innerText' | 'innerHTML') {
  let proto = Object.getPrototypeOf(target) as object | null;
  let descriptor: PropertyDescriptor | undefined;
  while (proto && !descriptor) {
    descriptor = Object.getOwnPropertyDescriptor(proto, prop);
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  const writes: unknown[] = [];
  Object.defineProperty(target, prop, {
    configurable: true,
    get() {
      return descriptor?.get?.call(this);
    },
    set(v: unknown) {
      if (!browserEditing) writes.push(v);
      descriptor?.set?.call(this, v);
    },
  });
  return writes;
}

describe('verifyEdit', () => {
  const before = 'We will grow sales. Ship it.';
  const request = { start: 0, end: 19, replacement: 'Grow sales 10% by Q3.' };
  it.each([
    ['exact change', 'Grow sales 10% by Q3. Ship it.', { ok: true }],
    [
      'nbsp for spaces counts as the same text',
      'Grow\u00a0sales 10% by Q3.\u00a0Ship it.',
      { ok: true },
    ],
    ['nothing changed', before, { ok: false, reason: 'rejected' }],
    [
      'duplicated',
      'Grow sales 10% by Q3. Grow sales 10% by Q3. Ship it.',
      { ok: false, reason: 'mismatch' },
    ],
    [
      'replaced the wrong text',
      'We will grow sales. Grow sales 10% by Q3.',
      { ok: false, reason: 'mismatch' },
    ],
  ])('%s', (_name, after, result) => {
    expect(verifyEdit(before, after, request)).toEqual(result);
  });
});

describe('execInsertText', () => {
  it('reports false where execCommand does not exist or throws', () => {
    expect(execInsertText({} as Document, 'x')).toBe(false);
    const throwing = {
      execCommand: () => {
        throw new Error('no');
      },
    } as unknown as Document;
    expect(execInsertText(throwing, 'x')).toBe(false);
  });

  it('calls insertText on the document', () => {
    const execCommand = vi.fn(() => true);
    expect(execInsertText({ execCommand } as unknown as Document, 'hello')).toBe(true);
    expect(execCommand).toHaveBeenCalledWith('insertText', false, 'hello');
  });
});

describe('applyToTextControl', () => {
  function field(value: string) {
    const ta = document.createElement('textarea');
    ta.value = value;
    document.body.append(ta);
    return ta;
  }

  /** What the browser does for execCommand('insertText') in a textarea. */
  const browserInsert =
    (calls: { selected: string; text: string }[] = []): InsertTextCommand =>
    (doc, text) => {
      const el = doc.activeElement as HTMLTextAreaElement;
      calls.push({ selected: el.value.slice(el.selectionStart, el.selectionEnd), text });
      browserEditing = true;
      try {
        el.setRangeText(text, el.selectionStart, el.selectionEnd, 'end');
      } finally {
        browserEditing = false;
      }
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
      return true;
    };

  it('focuses, selects the span, inserts through the command and leaves the caret after it', async () => {
    const ta = field('We will grow sales. Ship it.');
    const writes = forbidWrites(ta, 'value');
    const calls: { selected: string; text: string }[] = [];
    const result = await applyToTextControl(
      ta,
      { start: 0, end: 19, replacement: 'Grow sales 10% by Q3.', expected: 'We will grow sales.' },
      { insertText: browserInsert(calls), settle },
    );
    expect(result).toEqual({ ok: true });
    expect(calls).toEqual([{ selected: 'We will grow sales.', text: 'Grow sales 10% by Q3.' }]);
    expect(ta.value).toBe('Grow sales 10% by Q3. Ship it.');
    expect(document.activeElement).toBe(ta);
    expect([ta.selectionStart, ta.selectionEnd]).toEqual([21, 21]);
    expect(writes).toEqual([]);
  });

  it('works for a text input', async () => {
    const input = document.createElement('input');
    input.value = 'grow sales';
    document.body.append(input);
    const result = await applyEdit(
      { kind: 'input', element: input },
      { start: 0, end: 10, replacement: 'grow sales 10% by Q3' },
      { insertText: browserInsert(), settle },
    );
    expect(result).toEqual({ ok: true });
    expect(input.value).toBe('grow sales 10% by Q3');
  });

  it.each([
    ['the flagged text changed', { start: 0, end: 4, replacement: 'x', expected: 'Grow' }],
    ['the span is past the end', { start: 10, end: 40, replacement: 'x' }],
    ['the span is inverted', { start: 5, end: 2, replacement: 'x' }],
  ])('is stale when %s, and touches nothing', async (_name, request) => {
    const ta = field('We will grow sales.');
    const insertText = vi.fn(() => true);
    expect(await applyToTextControl(ta, request, { insertText, settle })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(insertText).not.toHaveBeenCalled();
    expect(ta.value).toBe('We will grow sales.');
  });

  it('reports rejected when the command is unavailable, and never writes value instead', async () => {
    const ta = field('We will grow sales.');
    const writes = forbidWrites(ta, 'value');
    const result = await applyToTextControl(
      ta,
      { start: 0, end: 19, replacement: 'Grow sales 10% by Q3.' },
      { insertText: () => false, settle },
    );
    expect(result).toEqual({ ok: false, reason: 'rejected' });
    expect(ta.value).toBe('We will grow sales.');
    expect(writes).toEqual([]);
  });

  it('judges after the page reacted: a controlled field that reverts is rejected', async () => {
    const ta = field('grow sales');
    const deps: ApplyDeps = {
      insertText: browserInsert(),
      // The framework re-renders its own state after the input event.
      settle: async () => {
        ta.setRangeText('grow sales', 0, ta.value.length);
      },
    };
    expect(await applyToTextControl(ta, { start: 0, end: 10, replacement: 'x' }, deps)).toEqual({
      ok: false,
      reason: 'rejected',
    });
  });

  it('reports mismatch when something other than the replacement landed', async () => {
    const ta = field('grow sales');
    const upper: InsertTextCommand = (doc, text) => browserInsert()(doc, text.toUpperCase());
    expect(
      await applyToTextControl(
        ta,
        { start: 0, end: 10, replacement: 'Grow' },
        { insertText: upper, settle },
      ),
    ).toEqual({ ok: false, reason: 'mismatch' });
  });
});

describe('applyToRichEditor', () => {
  function editor(html: string) {
    const host = document.createElement('div');
    host.setAttribute('contenteditable', 'true');
    host.innerHTML = html;
    document.body.append(host);
    return host;
  }

  /** What the browser does for execCommand('insertText') in contenteditable: edit the selection. */
  const domInsert =
    (calls: { selected: string; text: string }[] = []): InsertTextCommand =>
    (doc, text) => {
      const range = doc.getSelection()!.getRangeAt(0);
      calls.push({ selected: range.toString(), text });
      range.deleteContents();
      range.insertNode(doc.createTextNode(text));
      return true;
    };

  const html = '<p>We <b>will grow</b> sales.</p><p>Ship it.</p>';
  const request = {
    start: 0,
    end: 19,
    replacement: 'Grow sales 10% by Q3.',
    expected: 'We will grow sales.',
  };

  it('lets an editor that handles beforeinput do the edit through its model', async () => {
    const host = editor(html);
    const seen: InputEvent[] = [];
    host.addEventListener('beforeinput', (event) => {
      seen.push(event);
      event.preventDefault();
      // Like Lexical or Slate: the model changes now, the DOM on the next render.
      const range = document.getSelection()!.getRangeAt(0).cloneRange();
      queueMicrotask(() => {
        range.deleteContents();
        range.insertNode(document.createTextNode(event.data!));
      });
    });
    const insertText = vi.fn(() => true);
    const result = await applyToRichEditor(richTarget(host), request, { insertText, settle });
    expect(result).toEqual({ ok: true });
    expect(insertText).not.toHaveBeenCalled();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      inputType: 'insertReplacementText',
      data: 'Grow sales 10% by Q3.',
      cancelable: true,
      bubbles: true,
    });
    expect(richTarget(host).readText()).toBe('Grow sales 10% by Q3.\nShip it.');
  });

  it('falls back to the command when nobody handles beforeinput (ProseMirror, Quill)', async () => {
    const host = editor(html);
    const calls: { selected: string; text: string }[] = [];
    const result = await applyToRichEditor(richTarget(host), request, {
      insertText: domInsert(calls),
      settle,
    });
    expect(result).toEqual({ ok: true });
    // The selection covered exactly the flagged text, across the <b>.
    expect(calls).toEqual([{ selected: 'We will grow sales.', text: 'Grow sales 10% by Q3.' }]);
    expect(document.activeElement).toBe(host);
    // The inserted text is not left selected: the caret is after it.
    const selection = document.getSelection()!;
    expect(selection.isCollapsed).toBe(true);
    expect(selection.focusNode!.textContent).toBe('Grow sales 10% by Q3.');
  });

  it("waits out Quill's undo grouping window before editing, so the Apply is its own undo step", async () => {
    const host = editor(html);
    host.classList.add('ql-editor');
    const order: string[] = [];
    const now = performance.now();
    const result = await applyToRichEditor(richTarget(host), request, {
      insertText: (doc, text) => (order.push('insert'), domInsert()(doc, text)),
      settle,
      lastEditAt: now - 300,
      wait: async (ms) => {
        order.push('wait');
        // Quill's 1 s window since the last keystroke, plus the margin, minus what already passed.
        expect(ms).toBeGreaterThan(700);
        expect(ms).toBeLessThanOrEqual(1_050 - 300);
      },
    });
    expect(result).toEqual({ ok: true });
    expect(order).toEqual(['wait', 'insert']);
  });

  it('is stale after the wait when the user typed on meanwhile', async () => {
    const host = editor(html);
    host.classList.add('ql-editor');
    const insertText = vi.fn(() => true);
    const result = await applyToRichEditor(richTarget(host), request, {
      insertText,
      settle,
      lastEditAt: performance.now(),
      wait: async () => {
        host.querySelector('b')!.textContent = 'will really grow';
      },
    });
    expect(result).toEqual({ ok: false, reason: 'stale' });
    expect(insertText).not.toHaveBeenCalled();
  });

  it('does not also run the command when the editor changed the DOM synchronously', async () => {
    const host = editor(html);
    host.addEventListener('beforeinput', (event) => {
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(event.data!));
    });
    const insertText = vi.fn(() => true);
    expect(await applyToRichEditor(richTarget(host), request, { insertText, settle })).toEqual({
      ok: true,
    });
    expect(insertText).not.toHaveBeenCalled();
  });

  it('accepts the nbsp contenteditable puts at boundaries', async () => {
    const host = editor('<p>grow sales now</p>');
    const nbsp: InsertTextCommand = (doc, text) => domInsert()(doc, text.replace(/ $/, '\u00a0'));
    const result = await applyToRichEditor(
      richTarget(host),
      { start: 0, end: 11, replacement: 'grow sales 10% ' },
      { insertText: nbsp, settle },
    );
    expect(result).toEqual({ ok: true });
  });

  it('reports rejected when the editor refuses, and never rewrites the DOM itself', async () => {
    const host = editor(html);
    const p = host.firstElementChild!;
    const writes = [
      ...[host, p].flatMap((el) => [
        forbidWrites(el, 'textContent'),
        forbidWrites(el, 'innerText'),
        forbidWrites(el, 'innerHTML'),
      ]),
    ];
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(host, { subtree: true, childList: true, characterData: true });
    const result = await applyToRichEditor(richTarget(host), request, {
      insertText: () => false,
      settle,
    });
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(result).toEqual({ ok: false, reason: 'rejected' });
    expect(records).toEqual([]);
    expect(writes.flat()).toEqual([]);
  });

  it('reports mismatch when the editor duplicated the text', async () => {
    const host = editor(html);
    const twice: InsertTextCommand = (doc, text) => domInsert()(doc, text + ' ' + text);
    expect(
      await applyToRichEditor(richTarget(host), request, { insertText: twice, settle }),
    ).toEqual({
      ok: false,
      reason: 'mismatch',
    });
  });

  it('is stale when the text moved on, and dispatches nothing', async () => {
    const host = editor('<p>We will grow revenue.</p>');
    const onBeforeInput = vi.fn();
    host.addEventListener('beforeinput', onBeforeInput);
    const insertText = vi.fn(() => true);
    expect(await applyToRichEditor(richTarget(host), request, { insertText, settle })).toEqual({
      ok: false,
      reason: 'stale',
    });
    expect(onBeforeInput).not.toHaveBeenCalled();
    expect(insertText).not.toHaveBeenCalled();
  });

  it('applyEdit takes the rich ladder for contenteditable fields', async () => {
    const host = editor(html);
    const result = await applyEdit({ kind: 'contenteditable', element: host }, request, {
      insertText: domInsert(),
      settle,
    });
    expect(result).toEqual({ ok: true });
  });
});

describe('historyGroupWait', () => {
  const quill = Object.assign(document.createElement('div'), { className: 'ql-editor' });
  const inner = quill.appendChild(document.createElement('p'));
  const plain = document.createElement('div');
  it.each([
    ['Quill, just typed', quill, 1_000, 1_000, 1_050],
    ['inside Quill', inner, 1_000, 1_400, 650],
    ['Quill, window over', quill, 1_000, 2_100, 0],
    ['Quill, never typed', quill, undefined, 5_000, 0],
    ['another editor', plain, 1_000, 1_000, 0],
  ])('%s', (_, host, lastEditAt, now, expected) => {
    expect(historyGroupWait(host, lastEditAt, now)).toBe(expected);
  });
});

describe('replacementInputInit', () => {
  function range() {
    const p = document.createElement('p');
    p.innerHTML = 'a<b>bc</b>d';
    document.body.append(p);
    const r = document.createRange();
    r.setStart(p.firstChild!, 0);
    r.setEnd(p.lastChild!, 1);
    return r;
  }

  it('carries the text as data and the target range as a StaticRange', () => {
    class FakeStaticRange {
      constructor(readonly init: StaticRangeInit) {}
    }
    class FakeDataTransfer {
      readonly data = new Map<string, string>();
      setData(type: string, value: string) {
        this.data.set(type, value);
      }
    }
    const r = range();
    const init = replacementInputInit(r, 'new text', {
      StaticRange: FakeStaticRange,
      DataTransfer: FakeDataTransfer,
    } as unknown as Window);
    expect(init).toMatchObject({
      inputType: 'insertReplacementText',
      data: 'new text',
      bubbles: true,
      cancelable: true,
      composed: true,
    });
    expect((init.targetRanges![0] as unknown as FakeStaticRange).init).toEqual({
      startContainer: r.startContainer,
      startOffset: 0,
      endContainer: r.endContainer,
      endOffset: 1,
    });
    expect((init.dataTransfer as unknown as FakeDataTransfer).data.get('text/plain')).toBe(
      'new text',
    );
  });

  it('still carries data where StaticRange and DataTransfer are missing', () => {
    const init = replacementInputInit(range(), 'x', null);
    expect(init.data).toBe('x');
    expect(init.targetRanges).toBeUndefined();
    expect(init.dataTransfer).toBeUndefined();
  });
});
