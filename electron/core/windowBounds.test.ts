import { describe, expect, it } from 'vitest';
import { restoreBounds } from './windowBounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };
const defaults = { width: 1200, height: 820 };

describe('restoring the window', () => {
  it('puts the window back where it was when that display is connected', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 } };
    expect(restoreBounds(saved, [laptop, external], defaults)).toEqual({
      x: 1600,
      y: 100,
      width: 1300,
      height: 900,
      maximized: false,
    });
  });

  it('drops the position (keeping a size that fits) when the display it was on is gone', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 800 } };
    expect(restoreBounds(saved, [laptop], defaults)).toEqual({ width: 1300, height: 800, maximized: false });
    const big = { bounds: { x: 1600, y: 100, width: 2400, height: 1300 } };
    expect(restoreBounds(big, [laptop], defaults)).toEqual({ ...defaults, maximized: false });
  });

  it('never restores a title bar above the screen or a sliver at its edge', () => {
    expect(restoreBounds({ bounds: { x: 100, y: -500, width: 1000, height: 700 } }, [laptop], defaults)).not.toHaveProperty('y');
    expect(restoreBounds({ bounds: { x: 1420, y: 100, width: 1000, height: 700 } }, [laptop], defaults)).not.toHaveProperty('x');
  });

  it('keeps the maximised state, and falls back to defaults for nonsense', () => {
    expect(
      restoreBounds({ bounds: { x: 10, y: 10, width: 1000, height: 700 }, maximized: true }, [laptop], defaults).maximized,
    ).toBe(true);
    expect(restoreBounds({ bounds: { width: Number.NaN, height: 5 } }, [laptop], defaults)).toEqual({
      ...defaults,
      maximized: false,
    });
    expect(restoreBounds(undefined, [laptop], defaults)).toEqual({ ...defaults, maximized: false });
  });
});
