// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { formatDateTime } from '../../shared/dates';
import { plainBlocksToRichText } from '../../shared/workbook/richText';
import type { Letter } from '../../shared/workbook/schema';
import { mount, type Mounted } from '../testSupport';
import { DraftsPanel } from './DraftsPanel';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

describe('DraftsPanel dates', () => {
  it('shows each draft’s save time in the one shared format (shared/dates.ts)', () => {
    const savedAt = '2026-11-30T16:37:00.000Z';
    const letter: Letter = {
      current: null,
      dismissedChecks: [],
      drafts: [
        {
          id: 'd1',
          number: 1,
          savedAt,
          content: plainBlocksToRichText([{ type: 'paragraph', text: 'What I need to say.' }]),
          feedback: '',
          reviewedByTherapist: false,
        },
      ],
    };
    mounted = mount(<DraftsPanel value={letter} onChange={() => undefined} />);
    const line = mounted.container.querySelector('[data-testid="draft-1"] .draft-line');
    expect(line?.textContent).toContain(formatDateTime(savedAt));
    // "30 November 2026 at …": the month written out, as on every other screen and in the documents.
    expect(line?.textContent).toMatch(/\d{1,2} November 2026 at \d{2}:\d{2}/);
  });
});
