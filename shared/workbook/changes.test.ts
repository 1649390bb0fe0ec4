import { describe, expect, it } from 'vitest';
import { changedParts } from './changes';
import { applyChanges, ContentError, partSchema, validateWorkbook } from './content';
import { buildSample } from './samples';
import type { DisclosingWorkbook, PartnerWorkbook } from './schema';

const disclosing = () => buildSample('disclosing', 'small') as DisclosingWorkbook;
const partner = () => buildSample('partner', 'small') as PartnerWorkbook;

describe('changedParts (what autosave sends)', () => {
  it('finds nothing between a workbook and itself, and only the changed field of a changed section', () => {
    const base = disclosing();
    expect(changedParts(base, base)).toEqual([]);
    const typed: DisclosingWorkbook = {
      ...base,
      sections: { ...base.sections, readiness: { ...base.sections.readiness, dayPlan: 'A quiet morning.' } },
    };
    expect(changedParts(base, typed)).toEqual([{ path: ['sections', 'readiness', 'dayPlan'], value: 'A quiet morning.' }]);
  });

  it('sends a whole section when its keys changed, and top-level fields by name; never the role or dates', () => {
    const base = partner();
    const next = {
      ...base,
      displayName: 'Riley R.',
      savedAt: 'later',
      role: 'partner',
      sections: { ...base.sections, crisis: { localResources: [], extra: 1 } },
    } as unknown as PartnerWorkbook;
    expect(changedParts(base, next).map((c) => c.path.join('.'))).toEqual(['displayName', 'sections.crisis']);
  });
});

describe('applyChanges (what a save validates)', () => {
  it('gives the same workbook as validating the whole merged content, and keeps every other part as it was', () => {
    const base = disclosing();
    const card = { ...base.sections.inventory.cards[0]!, notes: 'Changed notes', unknownKey: 'dropped' };
    const changes = [
      { path: ['sections', 'inventory', 'cards'], value: [card, ...base.sections.inventory.cards.slice(1)] },
      { path: ['sections', 'timeline'], value: { entries: [] } },
      { path: ['displayName'], value: 'Jordan' },
    ];
    const applied = applyChanges(base, changes);
    const whole = validateWorkbook({
      ...base,
      displayName: 'Jordan',
      sections: {
        ...base.sections,
        inventory: { ...base.sections.inventory, cards: changes[0]!.value },
        timeline: { entries: [] },
      },
    });
    expect(applied).toEqual(whole);
    // Defaults filled in, unknown keys dropped, exactly as the whole schema does.
    expect(applied.sections.timeline.milestones).toEqual([]);
    expect('unknownKey' in applied.sections.inventory.cards[0]!).toBe(false);
    // Parts not sent are the very same objects (their saved bytes can be kept).
    expect(applied.sections.letter).toBe(base.sections.letter);
    expect(applied.sections.inventory.children).toBe(base.sections.inventory.children);
    expect(base.displayName).not.toBe('Jordan');
  });

  it('refuses a part that does not validate, or does not exist, or is not changeable, and changes nothing', () => {
    const base = disclosing();
    const before = JSON.stringify(base);
    const bad = [
      { path: ['sections', 'readiness', 'dayPlan'], value: 42 },
      { path: ['sections', 'readiness', 'dayPlan'], value: 'x'.repeat(200_001) },
      { path: ['sections', 'nowhere'], value: {} },
      { path: ['sections', 'questions'], value: {} },
      { path: ['role'], value: 'partner' },
      { path: ['schemaVersion'], value: 1 },
      { path: ['savedAt'], value: 'then' },
      { path: ['sections', 'answers', 'answers', 'q1'], value: { text: '' } },
      { path: ['constructor'], value: {} },
      { path: ['sections', '__proto__'], value: {} },
    ];
    for (const change of bad) {
      expect(() => applyChanges(base, [change]), change.path.join('.')).toThrow(ContentError);
    }
    expect(JSON.stringify(base)).toBe(before);
  });

  it('knows each role’s own parts', () => {
    expect(partSchema('partner', ['sections', 'questions', 'items'])).not.toBeNull();
    expect(partSchema('disclosing', ['sections', 'questions', 'items'])).toBeNull();
    expect(partSchema('partner', ['languageGuidance'])).toBeNull();
    expect(partSchema('disclosing', ['languageGuidance', 'apologies'])).not.toBeNull();
  });
});
