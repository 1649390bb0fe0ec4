/**
 * For the renderer's unit tests (happy-dom): mount a component or a hook into a real DOM,
 * inside React's act(), and type into fields the way a browser does.
 */
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLElement;
  rerender(node: ReactNode): void;
  unmount(): void;
}

export function mount(node: ReactNode): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  let root: Root | null = null;
  act(() => {
    root = createRoot(container);
    root.render(node);
  });
  return {
    container,
    rerender(next) {
      act(() => root?.render(next));
    },
    unmount() {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Sets a field's value as typing would and lets React see the input event. */
export function typeInto(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  // React tracks the value through the element's own property; set it through the prototype's setter, as typing does.
  const proto = Object.getPrototypeOf(field) as object;
  act(() => {
    Reflect.set(proto, 'value', value, field);
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}

export function click(element: Element | null): void {
  if (!element) throw new Error('Nothing to click.');
  act(() => {
    (element as HTMLElement).click();
  });
}

/** The element labelled `text` (its label's for= target). */
export function byLabel<T extends HTMLElement = HTMLInputElement>(container: HTMLElement, text: string): T {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent.trim() === text);
  const target = label?.htmlFor ? container.ownerDocument.getElementById(label.htmlFor) : null;
  if (!target) throw new Error(`No field labelled "${text}".`);
  return target as T;
}
