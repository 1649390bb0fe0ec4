/**
 * One way to move focus once something new is on screen (a section just opened, an item just
 * added or removed): after the next paint, when the element exists.
 *
 * The move is dropped when the person has put focus somewhere themselves in the meantime. On a
 * busy computer a frame can take a while; a click into the letter or Ctrl+F in that moment must
 * not be undone by a move they did not ask for, or their next keys would land on a heading
 * instead of in their text.
 */
export function focusAfterPaint(target: () => HTMLElement | null | undefined): void {
  const before = document.activeElement;
  requestAnimationFrame(() => {
    if (focusMovedSince(before)) return;
    const element = target();
    if (!element) return;
    // Headings and other plain elements take focus from code only (never from Tab).
    if (!element.matches('a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]')) element.tabIndex = -1;
    element.focus();
  });
}

/** True when focus is now on a live element other than the one that had it before. */
function focusMovedSince(before: Element | null): boolean {
  const now = document.activeElement;
  return !!now && now !== before && now !== document.body && now.isConnected;
}
