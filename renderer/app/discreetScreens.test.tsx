// @vitest-environment happy-dom
/**
 * Discreet mode on the screens Help › About and Help open: one click shows neither the app's
 * full name nor what it is for; the details wait behind a second, deliberate click.
 */
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES } from '../../shared/preferences';
import { click, mount, type Mounted } from '../testSupport';
import { AboutScreen } from './AboutScreen';
import { HelpScreen } from './HelpScreen';
import { PreferencesProvider } from './preferences';

const REVEALING = /disclos|partner|therapist|betray|affair|infidel/i;
const DATA_FOLDER = '/home/someone/.config/Disclosure Workbook/workbooks';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  delete window.api;
});

async function show(screen: 'about' | 'help', discreetMode: boolean): Promise<HTMLElement> {
  const answers: Record<string, unknown> = {
    'prefs:get': { ...DEFAULT_PREFERENCES, discreetMode },
    'app:info': { version: '1.2.3', platform: 'linux', dataFolder: DATA_FOLDER },
  };
  const invoke = new Proxy({}, { get: (_t, channel: string) => () => Promise.resolve({ ok: true, value: answers[channel] }) });
  window.api = { invoke: invoke as never, onEvent: () => () => undefined };
  mounted = mount(
    <PreferencesProvider>
      {screen === 'about' ? <AboutScreen onBack={() => undefined} /> : <HelpScreen onBack={() => undefined} />}
    </PreferencesProvider>,
  );
  // Preferences and app info arrive from the (stand-in) main process.
  for (let i = 0; i < 5; i++) await act(() => Promise.resolve());
  return mounted.container;
}

const button = (container: HTMLElement, text: string) =>
  [...container.querySelectorAll('button')].find((b) => b.textContent.trim() === text) ?? null;

describe('About in discreet mode', () => {
  it('names neither the app nor its purpose; the folder shows only when asked for', async () => {
    const about = await show('about', true);
    expect(about.querySelector('h1')?.textContent).toBe('About Workbook');
    expect(about.textContent).toContain('1.2.3');
    expect(about.textContent).not.toMatch(REVEALING);
    click(button(about, 'Show where the files are kept'));
    expect(about.querySelector('code')?.textContent).toBe(DATA_FOLDER);
  });

  it('says what the app is, outside discreet mode', async () => {
    const about = await show('about', false);
    expect(about.querySelector('h1')?.textContent).toBe('About Disclosure Workbook');
    expect(about.textContent).toMatch(/formal therapeutic disclosure/);
    expect(about.querySelector('code')?.textContent).toBe(DATA_FOLDER);
  });
});

describe('Help in discreet mode', () => {
  it('shows the shortcuts and privacy notes; each section’s help waits behind one more click', async () => {
    const help = await show('help', true);
    expect(help.textContent).toContain('Keyboard shortcuts');
    expect(help.textContent).toContain('Quick hide');
    expect(help.textContent).not.toMatch(REVEALING);
    click(button(help, 'Show help for each section'));
    expect(help.textContent).toContain('Workbook A');
    expect(help.textContent).toContain('Workbook B');
    expect(help.querySelectorAll('details.help-section').length).toBeGreaterThan(10);
  });

  it('shows every section’s help at once outside discreet mode', async () => {
    const help = await show('help', false);
    expect(help.textContent).toContain('Disclosure workbook');
    expect(button(help, 'Show help for each section')).toBeNull();
    expect(help.querySelectorAll('details.help-section').length).toBeGreaterThan(10);
  });
});
