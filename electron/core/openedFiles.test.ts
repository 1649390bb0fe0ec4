import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createOpenedFileQueue, workbookFileFromArgs } from './openedFiles';

const cwd = path.resolve('/home/someone/Downloads');

describe('workbook files on the command line', () => {
  it('takes the .dwb argument, resolved against the starting folder', () => {
    expect(workbookFileFromArgs(['partner.dwb'], cwd)).toBe(path.join(cwd, 'partner.dwb'));
    expect(workbookFileFromArgs([path.resolve('/media/usb/Partner.DWB')], cwd)).toBe(path.resolve('/media/usb/Partner.DWB'));
    // `electron . file.dwb` while developing: the app folder is not a workbook.
    expect(workbookFileFromArgs(['.', 'copy.dwb'], cwd)).toBe(path.join(cwd, 'copy.dwb'));
    expect(workbookFileFromArgs(['a.dwb', 'b.dwb'], cwd)).toBe(path.join(cwd, 'b.dwb'));
  });

  it('never takes a switch for a file, and ignores everything else', () => {
    expect(workbookFileFromArgs(['--allow-file-access-from-files', '--user-data-dir=/tmp/x.dwb', '-psn_0_1234'], cwd)).toBeNull();
    expect(workbookFileFromArgs(['--inspect=evil.dwb'], cwd)).toBeNull();
    expect(workbookFileFromArgs(['notes.txt', 'README'], cwd)).toBeNull();
    expect(workbookFileFromArgs([], cwd)).toBeNull();
    expect(workbookFileFromArgs(['https://example.invalid/x.dwb'], cwd)).toBeNull();
  });

  it('turns a file:// URL into its path', () => {
    const file = path.resolve('/home/someone/My Files/partner.dwb');
    expect(workbookFileFromArgs([pathToFileURL(file).href], cwd)).toBe(file);
  });
});

describe('the opened-file queue', () => {
  it('keeps the newest file until a handler attaches, then hands files over at once', () => {
    const queue = createOpenedFileQueue();
    queue.push('/a.dwb');
    queue.push('/b.dwb');
    const seen: string[] = [];
    queue.attach((file) => seen.push(file));
    expect(seen).toEqual(['/b.dwb']);
    queue.push('/c.dwb');
    expect(seen).toEqual(['/b.dwb', '/c.dwb']);
  });

  it('hands nothing over when nothing was opened', () => {
    const seen: string[] = [];
    createOpenedFileQueue().attach((file) => seen.push(file));
    expect(seen).toEqual([]);
  });
});
