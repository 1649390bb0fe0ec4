import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseCopiedText } from '../../shared/clipboardText';
import { createClipboardService, hashCopiedText, memoryClipboard } from './clipboardService';

/** The renderer hashes with crypto.subtle; make sure both sides agree byte for byte. */
async function subtleHash(text: string): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', new TextEncoder().encode(normaliseCopiedText(text)));
  return Buffer.from(digest).toString('hex');
}

describe('clipboard service', () => {
  it('clears the clipboard when it still holds text copied from a workbook', async () => {
    const clip = memoryClipboard('I told you I was working late.');
    const service = createClipboardService(clip);
    const result = await service.clearIfFromWorkbook([await subtleHash('I told you I was working late.')]);
    expect(result).toEqual({ cleared: true });
    expect(clip.readText()).toBe('');
  });

  it('leaves the clipboard alone when the person copied something else since', async () => {
    const clip = memoryClipboard('a shopping list');
    const service = createClipboardService(clip);
    expect(await service.clearIfFromWorkbook([hashCopiedText('workbook text')])).toEqual({ cleared: false });
    expect(clip.readText()).toBe('a shopping list');
  });

  it('does nothing with no hashes or an empty clipboard', async () => {
    const clip = memoryClipboard('');
    const service = createClipboardService(clip);
    expect(await service.clearIfFromWorkbook([])).toEqual({ cleared: false });
    expect(await service.clearIfFromWorkbook([hashCopiedText('')])).toEqual({ cleared: false });
  });

  it('matches across line endings and trailing whitespace (Windows clipboards use CRLF)', async () => {
    const clip = memoryClipboard('first line\r\nsecond line\r\n');
    const service = createClipboardService(clip);
    expect(await service.clearIfFromWorkbook([await subtleHash('first line\nsecond line')])).toEqual({ cleared: true });
  });

  it('works with an asynchronous clipboard too', async () => {
    let text = 'copied';
    let clears = 0;
    const service = createClipboardService({
      readText: () => Promise.resolve(text),
      clear: () => {
        clears++;
        text = '';
        return Promise.resolve();
      },
    });
    expect(await service.clearIfFromWorkbook(['0'.repeat(64), hashCopiedText('copied')])).toEqual({ cleared: true });
    expect(clears).toBe(1);
  });
});
