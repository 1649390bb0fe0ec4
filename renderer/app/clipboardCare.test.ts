// @vitest-environment happy-dom
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normaliseCopiedText } from '../../shared/clipboardText';
import { createCopiedTextRecorder, hashText } from './clipboardCare';

const sha256 = (text: string) => createHash('sha256').update(normaliseCopiedText(text), 'utf8').digest('hex');

function copyFrom(root: HTMLElement, text: string, type: 'copy' | 'cut' = 'copy') {
  const area = document.createElement('textarea');
  area.value = `before ${text} after`;
  root.append(area);
  area.setSelectionRange(7, 7 + text.length);
  area.dispatchEvent(new Event(type, { bubbles: true }));
  area.remove();
}

describe('clipboard care', () => {
  it('hashes the normalised text with SHA-256', async () => {
    expect(await hashText('A private line')).toBe(sha256('A private line'));
    expect(await hashText('A private line')).not.toBe(await hashText('Another line'));
  });

  it('remembers hashes (never text) of what is copied or cut inside the workbook, once each, and forgets them on take', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const recorder = createCopiedTextRecorder();
    const stop = recorder.watch(root);
    copyFrom(root, 'I told you I was at work');
    copyFrom(root, 'I told you I was at work', 'cut');
    copyFrom(root, '   ');
    const taken = await recorder.take();
    expect(taken).toEqual([sha256('I told you I was at work')]);
    expect(JSON.stringify(taken)).not.toContain('work');
    expect(await recorder.take()).toEqual([]);

    stop();
    copyFrom(root, 'after stop');
    expect(await recorder.take()).toEqual([]);
    root.remove();
  });

  it('ignores copies outside the watched workbook', async () => {
    const root = document.createElement('div');
    const elsewhere = document.createElement('div');
    document.body.append(root, elsewhere);
    const recorder = createCopiedTextRecorder();
    recorder.watch(root);
    copyFrom(elsewhere, 'not from the workbook');
    expect(await recorder.take()).toEqual([]);
  });
});
