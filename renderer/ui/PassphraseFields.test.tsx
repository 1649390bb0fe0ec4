// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PASSPHRASE_FIELD_TEXTS as T } from '../../shared/guidance/everydayTexts';
import { byLabel, click, mount, typeInto, type Mounted } from '../testSupport';
import { PassphraseField, PassphraseFields } from './PassphraseFields';

let mounted: Mounted | null = null;
const show = (node: Parameters<typeof mount>[0]) => (mounted = mount(node));
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

/** A key event as the browser sends it, with Caps Lock on or off (happy-dom does not track it). */
function key(target: HTMLElement, type: 'keydown' | 'keyup', capsLock: boolean) {
  const event = new KeyboardEvent(type, { key: 'a', bubbles: true });
  Object.defineProperty(event, 'getModifierState', { value: (k: string) => k === 'CapsLock' && capsLock });
  act(() => {
    target.dispatchEvent(event);
  });
}

/**
 * Waits for the strength estimate (zxcvbn loads on first use): each poll lets React apply what arrived in an act
 * of its own. Wrapping the whole wait in one act would hold the estimate's state update until the wait ends.
 */
async function settled(check: () => void) {
  await vi.waitFor(
    async () => {
      await act(async () => {});
      check();
    },
    { timeout: 60_000, interval: 50 },
  );
}

const toggle = (container: HTMLElement) => [...container.querySelectorAll('button')].filter((b) => b.textContent === T.show);

describe('PassphraseField', () => {
  it('shows what was typed with its own toggle, and says when Caps Lock is on', () => {
    const { container } = show(<PassphraseField label="Your passphrase" value="secret words" onChange={() => {}} />);
    const input = byLabel(container, 'Your passphrase');
    expect(input.type).toBe('password');
    const [button] = toggle(container);
    expect(button?.getAttribute('aria-pressed')).toBe('false');
    click(button ?? null);
    expect(input.type).toBe('text');
    expect(button?.getAttribute('aria-pressed')).toBe('true');
    click(button ?? null);
    expect(input.type).toBe('password');

    expect(container.querySelector('[data-testid="caps-lock"]')).toBeNull();
    key(input, 'keydown', true);
    const warning = container.querySelector('[data-testid="caps-lock"]');
    expect(warning?.textContent).toBe(T.capsLock);
    // Read with the field.
    expect(input.getAttribute('aria-describedby')).toBe(warning?.id);
    key(input, 'keyup', false);
    expect(container.querySelector('[data-testid="caps-lock"]')).toBeNull();
  });
});

describe('PassphraseFields', () => {
  it('says why the passphrase is not ready yet, step by step, and one toggle shows both fields', async () => {
    const onChange = vi.fn<(value: string | null, why: string | null) => void>();
    const { container } = show(<PassphraseFields onChange={onChange} autoFocus />);
    const first = byLabel(container, 'Passphrase');
    const second = byLabel(container, 'Passphrase again');
    expect(document.activeElement).toBe(first);
    const last = () => onChange.mock.calls.at(-1);
    expect(last()).toEqual([null, T.why.empty]);

    typeInto(first, 'short');
    expect(last()?.[0]).toBeNull();
    expect(last()?.[1]).toMatch(/at least 10 characters/);

    typeInto(first, 'quiet river lantern morning');
    // Until the strength is in, the reason is that it is being checked (never valid meanwhile).
    expect(last()).toEqual([null, T.why.checking]);
    await settled(() => expect(last()).toEqual([null, T.why.typeAgain]));

    typeInto(second, 'quiet river lantern');
    expect(last()).toEqual([null, T.why.mismatch]);
    expect(container.textContent).toContain(T.mismatch);

    typeInto(second, 'quiet river lantern morning');
    expect(last()).toEqual(['quiet river lantern morning', null]);

    const toggles = toggle(container);
    expect(toggles).toHaveLength(1);
    click(toggles[0] ?? null);
    expect([first.type, second.type]).toEqual(['text', 'text']);
  });

  it('names a weak passphrase as the reason', async () => {
    const onChange = vi.fn<(value: string | null, why: string | null) => void>();
    const { container } = show(<PassphraseFields onChange={onChange} />);
    typeInto(byLabel(container, 'Passphrase'), 'password123');
    typeInto(byLabel(container, 'Passphrase again'), 'password123');
    await settled(() => expect(onChange.mock.calls.at(-1)?.[1]).toMatch(/easy to guess/));
    expect(onChange.mock.calls.some(([value]) => value !== null)).toBe(false);
  });
});
