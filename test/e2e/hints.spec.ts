import type { Locator, Page } from '@playwright/test';
import { analyze } from '../../lib/analysis';
import { expect, test } from './fixtures';

const VAGUE = 'Improve onboarding soon.';
const REPORT = 'Last quarter we increased signups by 12%.';
const SMART = 'Raise the mobile conversion rate from 2.3% to 5% by Q3 2027.';
const CHINESE = '提高品牌知名度。';

interface HintInfo {
  text: string;
  criteria: string;
}

/** What the overlay must show for `text`: the engine's own `vague-goal` diagnostics. */
function expectedHints(text: string): HintInfo[] {
  return analyze(text, { unit: 'sentence' })
    .diagnostics.filter((d) => d.rule === 'vague-goal')
    .map((d) => ({
      text: text.slice(d.span.start, d.span.end),
      criteria: String(d.message.params.missing),
    }));
}

/** Every hint element in the overlay's shadow root (Playwright locators pierce open roots). */
function hints(page: Page): Locator {
  return page.locator('smartgoal-overlay').locator('[data-smartgoal-hint]');
}

/** The hints as data, sorted, for polling the whole overlay state at once. */
async function shownHints(page: Page): Promise<HintInfo[]> {
  const all = await hints(page).evaluateAll((els) =>
    els.map((el) => ({
      text: el.getAttribute('data-smartgoal-hint') ?? '',
      criteria: el.getAttribute('data-criteria') ?? '',
    })),
  );
  return all.sort((a, b) => a.text.localeCompare(b.text));
}

type Rect = { x: number; y: number; width: number; height: number };

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(locator: Locator): Promise<Rect> {
  const rect = await locator.boundingBox();
  expect(rect, 'element has a box').not.toBeNull();
  return rect!;
}

async function typeSentences(page: Page): Promise<string> {
  await page.keyboard.type(VAGUE);
  await page.keyboard.type(` ${REPORT}`);
  await page.keyboard.type(` ${SMART}`);
  return `${VAGUE} ${REPORT} ${SMART}`;
}

test.describe('inline hints', () => {
  test('plain textarea: one hint over the vague goal, in one fixed overlay', async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'editors/textarea.html');
    const editor = page.locator('#editor');
    await editor.click();
    const text = await typeSentences(page);
    await expect(editor).toHaveValue(text);

    const expected = expectedHints(text);
    expect(expected).toHaveLength(1);
    expect(expected[0]!.criteria).toMatch(/M/);
    expect(expected[0]!.criteria).toMatch(/T/);
    await expect.poll(() => shownHints(page)).toEqual(expected);

    const hint = hints(page);
    await expect(hint).toHaveAttribute('data-smartgoal-hint', expected[0]!.text);
    await expect(hint).toBeVisible();
    const field = await box(editor);
    const flagged = await box(hint);
    expect(overlaps(flagged, field)).toBe(true);
    // The flagged sentence starts the text: its box starts where the text does.
    const content = await editor.evaluate((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        x: r.left + el.clientLeft + parseFloat(style.paddingLeft),
        y: r.top + el.clientTop + parseFloat(style.paddingTop),
      };
    });
    expect(Math.abs(flagged.x - content.x)).toBeLessThan(2);
    expect(Math.abs(flagged.y - content.y)).toBeLessThan(4);
    expect(flagged.width).toBeGreaterThan(50);
    expect(flagged.width).toBeLessThan(field.width);

    // One overlay, child of <html>, open shadow root, fixed over the viewport, inert, on top.
    const overlay = await page.evaluate(() => {
      const all = document.querySelectorAll('smartgoal-overlay');
      const host = all[0] as HTMLElement;
      const style = getComputedStyle(host);
      return {
        count: all.length,
        parentIsRoot: host.parentNode === document.documentElement,
        open: host.shadowRoot !== null,
        position: style.position,
        inset: [style.top, style.right, style.bottom, style.left],
        pointerEvents: style.pointerEvents,
        zIndex: style.zIndex,
      };
    });
    expect(overlay).toEqual({
      count: 1,
      parentIsRoot: true,
      open: true,
      position: 'fixed',
      inset: ['0px', '0px', '0px', '0px'],
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    // A visible underline.
    const underline = await hint.evaluate((el) => {
      const line = el.firstElementChild!;
      const style = getComputedStyle(line);
      return { style: style.borderBottomStyle, width: style.borderBottomWidth };
    });
    expect(underline).toEqual({ style: 'dotted', width: '2px' });

    // An edit inside the flagged text removes its hint at once, before any new analysis.
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await expect(hint).toHaveCount(0);
  });

  test('plain textarea: the hint follows page and field scrolling', async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'editors/textarea.html');
    const editor = page.locator('#editor');
    const text = [VAGUE, ...Array<string>(12).fill(REPORT)].join('\n');
    await editor.fill(text);
    const expected = expectedHints(text);
    expect(expected).toHaveLength(1);
    await expect.poll(() => shownHints(page)).toEqual(expected);
    const hint = hints(page);
    // Filling leaves the caret, and the scroll position, at the end: the first line is out of view.
    await expect(hint).toBeHidden();
    await editor.evaluate((el) => (el.scrollTop = 0));
    await expect(hint).toBeVisible();
    const start = await box(hint);

    // The page scrolls: the field and its hint move up together.
    await page.evaluate(() => window.scrollTo(0, 30));
    await expect.poll(async () => Math.round((await box(hint)).y)).toBe(Math.round(start.y - 30));

    // The field scrolls a little, then its first line out of view, then back.
    await editor.evaluate((el) => (el.scrollTop = 10));
    await expect.poll(async () => Math.round((await box(hint)).y)).toBe(Math.round(start.y - 40));
    await editor.evaluate((el) => (el.scrollTop = el.scrollHeight));
    await expect(hint).toBeHidden();
    await editor.evaluate((el) => (el.scrollTop = 0));
    await expect(hint).toBeVisible();
    await expect.poll(async () => Math.round((await box(hint)).y)).toBe(Math.round(start.y - 30));
  });

  test('plain contenteditable: one hint, painted as a highlight, editor DOM untouched', async ({
    page,
    fixturePages,
  }) => {
    await fixturePages.open(page, 'editors/contenteditable.html');
    // Record every mutation inside both editors from before the first keystroke.
    await page.evaluate(() => {
      const logs: Record<string, string[]> = {};
      const describe = (n: Node) => (n.nodeType === 1 ? (n as Element).outerHTML : n.nodeName);
      for (const id of ['editor', 'twin']) {
        const log: string[] = (logs[id] = []);
        new MutationObserver((records) => {
          for (const r of records) {
            log.push(
              [
                r.type,
                r.target.nodeName,
                r.attributeName ?? '',
                Array.from(r.addedNodes, describe).join(','),
                Array.from(r.removedNodes, describe).join(','),
              ].join('|'),
            );
          }
        }).observe(document.getElementById(id)!, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
      }
      (window as unknown as { mutationLogs: typeof logs }).mutationLogs = logs;
    });

    const editor = page.locator('#editor');
    await editor.click();
    await typeSentences(page);
    const text = await editor.evaluate((el) => el.textContent ?? '');
    const expected = expectedHints(text);
    expect(expected).toHaveLength(1);
    expect(expected[0]!.criteria).toMatch(/M/);
    expect(expected[0]!.criteria).toMatch(/T/);
    await expect.poll(() => shownHints(page)).toEqual(expected);

    const hint = hints(page);
    await expect(hint).toBeVisible();
    expect(overlaps(await box(hint), await box(editor))).toBe(true);
    // The browser paints the underline through the CSS Custom Highlight API.
    const highlighted = await page.evaluate(() => {
      const h = CSS.highlights.get('smartgoal-vague');
      return h ? Array.from(h as unknown as Set<Range>, (r) => r.toString()) : null;
    });
    expect(highlighted).toEqual([expected[0]!.text]);

    // The same keystrokes in an identical, opted-out editor.
    await page.locator('#twin').click();
    await typeSentences(page);
    const result = await page.evaluate(() => {
      const editor = document.getElementById('editor')!;
      const twin = document.getElementById('twin')!;
      const logs = (window as unknown as { mutationLogs: Record<string, string[]> }).mutationLogs;
      return {
        same: editor.innerHTML === twin.innerHTML,
        html: editor.innerHTML,
        editorLog: logs.editor ?? [],
        twinLog: logs.twin ?? [],
        attributes: Array.from(editor.attributes, (a) => a.name).sort(),
      };
    });
    expect(result.same, result.html).toBe(true);
    expect(result.html).not.toMatch(/smartgoal/i);
    expect(result.attributes).toEqual(['aria-label', 'contenteditable', 'id', 'role']);
    expect(result.editorLog.length).toBeGreaterThan(0);
    expect(result.editorLog.join('\n')).not.toMatch(/smartgoal/i);
    expect(result.editorLog).toEqual(result.twinLog);
    // Still exactly one hint: the opted-out twin got none.
    expect(await shownHints(page)).toEqual(expected);
  });

  test('opted-out fields get no hint', async ({ page, fixturePages }) => {
    await fixturePages.open(page, 'editors/opt-out.html');
    for (const id of ['#off', '#code']) {
      await page.locator(id).click();
      await page.keyboard.type(VAGUE);
    }
    // Typed last, so by the time its hint shows any analysis of the others would have run too.
    const control = page.locator('#control');
    await control.click();
    await page.keyboard.type(VAGUE);

    await expect.poll(() => shownHints(page)).toEqual(expectedHints(VAGUE));
    const flagged = await box(hints(page));
    expect(overlaps(flagged, await box(control))).toBe(true);
    expect(overlaps(flagged, await box(page.locator('#off')))).toBe(false);
    expect(overlaps(flagged, await box(page.locator('#code')))).toBe(false);
  });

  test('IME composition: no analysis until compositionend', async ({ page, fixturePages }) => {
    await fixturePages.open(page, 'editors/composition.html');
    const control = page.locator('#control');
    const ime = page.locator('#ime');
    await control.click();
    await ime.click();

    // Composing Chinese phrase by phrase, as an IME does: provisional text, `isComposing` inputs.
    await ime.evaluate((el: HTMLTextAreaElement, final) => {
      el.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));
      for (const text of ['ti', '提高', '提高pinpai', '提高品牌', '提高品牌知名度', final]) {
        el.value = text;
        el.dispatchEvent(new CompositionEvent('compositionupdate', { bubbles: true, data: text }));
        el.dispatchEvent(
          new InputEvent('input', {
            bubbles: true,
            isComposing: true,
            inputType: 'insertCompositionText',
            data: text,
          }),
        );
      }
    }, CHINESE);
    // Another field changes after the composition's last input: once its debounced hint shows,
    // an analysis of the composing field would have had its turn already.
    await control.evaluate((el: HTMLTextAreaElement, text) => {
      el.value = text;
      el.dispatchEvent(
        new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }),
      );
    }, VAGUE);
    await expect.poll(() => shownHints(page)).toEqual(expectedHints(VAGUE));
    await expect(ime).toHaveValue(CHINESE);

    await ime.evaluate((el: HTMLTextAreaElement, final) => {
      el.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: final }));
    }, CHINESE);
    const expected = expectedHints(CHINESE);
    expect(expected).toHaveLength(1);
    await expect
      .poll(() => shownHints(page))
      .toEqual([...expectedHints(VAGUE), ...expected].sort((a, b) => a.text.localeCompare(b.text)));
    const chinese = page
      .locator('smartgoal-overlay')
      .locator(`[data-smartgoal-hint="${expected[0]!.text}"]`);
    await expect(chinese).toBeVisible();
    expect(overlaps(await box(chinese), await box(ime))).toBe(true);
  });
});
