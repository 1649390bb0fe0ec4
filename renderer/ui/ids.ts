/** A random id for a new item (cards, entries, people, boundaries, questions, drafts...). */
export function newId(): string {
  return crypto.randomUUID();
}

/** Today's date in the person's own time zone, YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
