import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserRule, DEFAULT_BROWSER, isCi } from './browserRule';

const none = () => false;
const only = (file: string) => (candidate: string) => candidate === file;

describe('the e2e browser rule', () => {
  it('runs with Debian’s Chromium, or with the browser CHROMIUM_PATH points to', () => {
    expect(browserRule({}, only(DEFAULT_BROWSER))).toEqual({ action: 'run', executablePath: DEFAULT_BROWSER });
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(browserRule({ CHROMIUM_PATH: chrome, CI: 'true' }, only(chrome))).toEqual({ action: 'run', executablePath: chrome });
    // The variable wins over /usr/bin/chromium; an empty one is as good as unset.
    expect(browserRule({ CHROMIUM_PATH: chrome }, only(DEFAULT_BROWSER)).action).toBe('fail');
    expect(browserRule({ CHROMIUM_PATH: '  ' }, only(DEFAULT_BROWSER)).action).toBe('run');
  });

  it('skips locally without a browser, saying how to get one', () => {
    const rule = browserRule({}, none);
    expect(rule.action).toBe('skip');
    if (rule.action === 'run') return;
    expect(rule.message).toMatch(/skipped/);
    expect(rule.message).toContain('/usr/bin/chromium');
    expect(rule.message).toContain('CHROMIUM_PATH');
    expect(rule.message).toContain('apt-get install chromium');
    for (const notCi of ['', '0', 'false', 'FALSE']) expect(browserRule({ CI: notCi }, none).action).toBe('skip');
  });

  it('fails without a browser where CI is set, and for a CHROMIUM_PATH that points nowhere', () => {
    for (const ci of ['true', '1', 'yes', 'woodpecker']) {
      const rule = browserRule({ CI: ci }, none);
      expect(rule.action).toBe('fail');
      if (rule.action !== 'run') expect(rule.message).toMatch(/cannot run: There is no browser at \/usr\/bin\/chromium/);
    }
    const typo = browserRule({ CHROMIUM_PATH: '/opt/chromum' }, none);
    expect(typo).toMatchObject({ action: 'fail', executablePath: '/opt/chromum' });
    if (typo.action !== 'run') expect(typo.message).toContain('CHROMIUM_PATH points to /opt/chromum');
  });

  it('reads CI as build services set it', () => {
    expect(isCi({})).toBe(false);
    expect(isCi({ CI: 'true' })).toBe(true);
    expect(isCi({ CI: ' 0 ' })).toBe(false);
  });

  const folder = mkdtemp(path.join(os.tmpdir(), 'dwb-browser-rule-'));
  afterAll(async () => rm(await folder, { recursive: true, force: true }));
  it('looks at the real file system by default: a folder is not a browser', async () => {
    const dir = await folder;
    const file = path.join(dir, 'chrome');
    await writeFile(file, '');
    expect(browserRule({ CHROMIUM_PATH: file })).toEqual({ action: 'run', executablePath: file });
    expect(browserRule({ CHROMIUM_PATH: dir, CI: '1' }).action).toBe('fail');
  });
});
