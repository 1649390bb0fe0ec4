/** A note that stands for every instance of the same phrase flagged by the same rule. */
export interface FindingGroup<F> {
  first: F;
  keys: string[];
}

/**
 * Notes with the same rule on the same words (ignoring case) become one group, in first-seen
 * order, so 2,040 copies of one pasted phrase give one note that says how often it comes up.
 */
export function groupFindings<F extends { key: string; ruleId: string; match: string }>(
  findings: readonly F[],
): FindingGroup<F>[] {
  const byPhrase = new Map<string, FindingGroup<F>>();
  for (const f of findings) {
    const id = `${f.ruleId}\u0000${f.match.toLowerCase()}`;
    const group = byPhrase.get(id);
    if (group) group.keys.push(f.key);
    else byPhrase.set(id, { first: f, keys: [f.key] });
  }
  return [...byPhrase.values()];
}
