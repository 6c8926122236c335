import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

// React warns unless it is told that tests drive updates through act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  unmount(): void;
}

export async function render(node: ReactNode): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(node));
  return {
    container,
    root,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Lets promises and storage events settle inside act() until `check` passes (or it throws). */
export async function until<T>(check: () => T, attempts = 50): Promise<T> {
  let failure: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return check();
    } catch (error) {
      failure = error;
      await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
    }
  }
  throw failure;
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
}

/** Types into a controlled input the way React listens for it. */
export async function typeInto(input: HTMLInputElement, value: string): Promise<void> {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export function byText(
  container: ParentNode,
  selector: string,
  text: string | RegExp,
): HTMLElement {
  const found = [...container.querySelectorAll<HTMLElement>(selector)].find((element) =>
    typeof text === 'string'
      ? element.textContent?.trim() === text
      : text.test(element.textContent ?? ''),
  );
  if (!found) throw new Error(`no ${selector} with text ${String(text)}`);
  return found;
}

export function byLabel<T extends HTMLElement>(container: ParentNode, label: string): T {
  const found = container.querySelector<T>(`[aria-label="${CSS.escape(label)}"]`);
  if (!found) throw new Error(`no element labelled ${label}`);
  return found;
}
