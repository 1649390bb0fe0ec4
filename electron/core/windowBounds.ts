/**
 * Where the window opens: the saved bounds only if they still fall on a connected display
 * (a monitor unplugged since would leave the window off-screen), else the default size,
 * centred by the system. Plain data in, plain data out; index.ts passes Electron's displays.
 */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface SavedWindowState {
  bounds?: Partial<Rect> | undefined;
  maximized?: boolean | undefined;
}

/** How much of the title bar must be on a display for the saved place to count (px). */
const MIN_VISIBLE = 64;

export function restoreBounds(
  saved: SavedWindowState | undefined,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
): { width: number; height: number; x?: number; y?: number; maximized: boolean } {
  const b = saved?.bounds;
  const maximized = saved?.maximized === true;
  const valid = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);
  if (!b || !valid(b.width) || !valid(b.height) || b.width < 200 || b.height < 200) return { ...defaults, maximized };
  const width = Math.round(b.width);
  const height = Math.round(b.height);
  if (!valid(b.x) || !valid(b.y)) return { width, height, maximized };
  const x = Math.round(b.x);
  const y = Math.round(b.y);
  const onScreen = workAreas.some(
    (a) =>
      Math.min(x + width, a.x + a.width) - Math.max(x, a.x) >= MIN_VISIBLE &&
      y >= a.y - 8 &&
      y + MIN_VISIBLE / 2 <= a.y + a.height,
  );
  if (!onScreen) {
    const area = workAreas[0];
    const fits = area ? width <= area.width && height <= area.height : true;
    return fits ? { width, height, maximized } : { ...defaults, maximized };
  }
  return { width, height, x, y, maximized };
}
