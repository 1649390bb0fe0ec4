import { describe, expect, it } from 'vitest';
import { countWords, describeReadingTime, plainBlocksToRichText, readingAloudMinutes, richTextToPlainText } from './richText';

describe('rich text helpers', () => {
  const doc = plainBlocksToRichText([
    { type: 'heading', level: 2, text: 'What I did' },
    { type: 'paragraph', text: 'I lied to you about where I was.' },
    { type: 'bullet', items: ['First item', 'Second item'] },
    { type: 'quote', text: '"I was at work."' },
  ]);

  it('turns a Lexical document into plain text, one line per block', () => {
    expect(richTextToPlainText(doc)).toBe(
      'What I did\nI lied to you about where I was.\nFirst item\nSecond item\n"I was at work."',
    );
    expect(richTextToPlainText(null)).toBe('');
  });

  it('keeps line breaks and tabs, and gives nested list items a line each', () => {
    const para = (children: unknown[]) => ({ type: 'paragraph', children });
    const text = (t: string) => ({ type: 'text', text: t });
    const item = (children: unknown[]) => ({ type: 'listitem', children });
    const nested = {
      root: {
        type: 'root' as const,
        children: [
          para([text('one'), { type: 'linebreak' }, text('two'), { type: 'tab' }, text('three')]),
          { type: 'list', children: [item([text('outer')]), item([{ type: 'list', children: [item([text('inner')])] }])] },
          para([{ type: 'link', children: [text('linked words')] }]),
        ],
      },
    };
    expect(richTextToPlainText(nested)).toBe('one\ntwo\tthree\nouter\ninner\nlinked words');
  });

  it('counts words and reading-aloud time at about 130 words a minute', () => {
    expect(countWords("I didn't tell my co-worker, 3 times.")).toBe(7);
    expect(countWords('')).toBe(0);
    expect(readingAloudMinutes(130)).toBe(1);
    expect(readingAloudMinutes(131)).toBe(2);
    expect(readingAloudMinutes(30_000)).toBe(231);
    expect(describeReadingTime(0)).toBe('Nothing written yet');
    expect(describeReadingTime(50)).toBe('Less than a minute to read aloud');
    expect(describeReadingTime(1300)).toBe('About 10 minutes to read aloud');
    expect(describeReadingTime(30_000)).toBe('About 3 hours 51 minutes to read aloud');
  });
});
