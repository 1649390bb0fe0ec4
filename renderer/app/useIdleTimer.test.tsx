// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mount, type Mounted } from '../testSupport';
import { useIdleTimer } from './useIdleTimer';

function Probe({ active, minutes, onIdle }: { active: boolean; minutes: number; onIdle: () => void }) {
  useIdleTimer(active, minutes, onIdle);
  return null;
}

const MINUTE = 60_000;
let mounted: Mounted | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  vi.useRealTimers();
});
const wait = (ms: number) => act(() => vi.advanceTimersByTime(ms));

describe('useIdleTimer', () => {
  it('calls onIdle once after the quiet minutes', () => {
    const onIdle = vi.fn();
    mounted = mount(<Probe active minutes={5} onIdle={onIdle} />);
    wait(5 * MINUTE - 1);
    expect(onIdle).not.toHaveBeenCalled();
    wait(1);
    expect(onIdle).toHaveBeenCalledTimes(1);
    wait(30 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('keyboard and pointer activity start the wait again', () => {
    const onIdle = vi.fn();
    mounted = mount(<Probe active minutes={2} onIdle={onIdle} />);
    for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin']) {
      wait(2 * MINUTE - 1000);
      act(() => {
        window.dispatchEvent(new Event(type));
      });
    }
    expect(onIdle).not.toHaveBeenCalled();
    wait(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledTimes(1);
  });

  it('does nothing while inactive or after unmount, and follows a changed number of minutes', () => {
    const onIdle = vi.fn();
    mounted = mount(<Probe active={false} minutes={1} onIdle={onIdle} />);
    wait(10 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    mounted.rerender(<Probe active minutes={3} onIdle={onIdle} />);
    wait(2 * MINUTE);
    mounted.rerender(<Probe active minutes={10} onIdle={onIdle} />);
    wait(5 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
    mounted.unmount();
    mounted = null;
    wait(60 * MINUTE);
    expect(onIdle).not.toHaveBeenCalled();
  });
});
