/**
 * The application menu, read from the same template electron/main/index.ts builds: in discreet
 * mode no label names the purpose, on any platform, and About opens the app's own (neutral)
 * About screen rather than macOS's About panel, which shows the full name.
 */
import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/ipc/channels';
import { appMenuTemplate, type MenuItemTemplate } from './appMenu';
import { lockMenuItems, type LockCoordinator } from './lockCoordinator';

const APP_NAME = 'Disclosure Workbook';
const PLATFORMS = ['darwin', 'win32', 'linux'] as const;
/** Roles whose default label (or panel) on macOS shows the app's name. */
const NAMING_ROLES = new Set(['appMenu', 'about', 'hide', 'quit']);

function menu(platform: NodeJS.Platform, discreet: boolean) {
  const sent: AppEvent[] = [];
  const locks: string[] = [];
  const lock = { lock: (why: string) => (locks.push(why), Promise.resolve()) } as unknown as LockCoordinator;
  const template = appMenuTemplate({
    platform,
    discreet,
    appName: APP_NAME,
    lockItems: lockMenuItems(lock, 'CmdOrCtrl+Shift+H'),
    send: (event) => sent.push(event),
  });
  return { template, sent, locks };
}

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}
const byLabel = (items: MenuItemTemplate[], label: RegExp) => flatten(items).filter((i) => i.label && label.test(i.label));

describe('the application menu', () => {
  it('names the app outside discreet mode', () => {
    for (const platform of PLATFORMS) {
      const { template, sent } = menu(platform, false);
      const about = byLabel(template, /^About Disclosure Workbook$/);
      expect(about.length).toBeGreaterThan(0);
      about[0]!.click!();
      expect(sent).toEqual(['open-about']);
    }
    // macOS keeps its own app menu then.
    expect(menu('darwin', false).template[0]).toEqual({ role: 'appMenu' });
    expect(menu('linux', false).template[0]?.label).toBe('File');
  });

  it('in discreet mode no label names the purpose, and About and Help open the app’s own screens', () => {
    for (const platform of PLATFORMS) {
      const { template, sent, locks } = menu(platform, true);
      const items = flatten(template);
      for (const item of items) {
        expect(item.label ?? '').not.toMatch(/disclos|partner|therapist|betray/i);
        // A role that would name the app itself carries a neutral label instead (or is not used).
        if (item.role && NAMING_ROLES.has(item.role) && platform === 'darwin') expect(item.label).toMatch(/Workbook$/);
      }
      expect(items.some((i) => i.role === 'appMenu')).toBe(false);
      const abouts = byLabel(template, /^About Workbook$/);
      expect(abouts).toHaveLength(platform === 'darwin' ? 2 : 1);
      for (const about of abouts) about.click!();
      byLabel(template, /^Help and keyboard shortcuts$/)[0]!.click!();
      byLabel(template, /^Quick hide$/)[0]!.click!();
      expect(sent).toEqual([...abouts.map(() => 'open-about'), 'open-help']);
      expect(locks).toEqual(['quick-hide']);
    }
    const mac = menu('darwin', true).template;
    expect(mac[0]?.label).toBe('Workbook');
    expect(
      flatten(mac)
        .filter((i) => i.role === 'quit')
        .map((i) => i.label),
    ).toEqual(['Quit Workbook', 'Quit Workbook']);
  });

  it('keeps the same menus in both modes, only the names change', () => {
    for (const platform of PLATFORMS) {
      const shape = (items: MenuItemTemplate[]): unknown =>
        items.map((i) => [i.role ?? null, i.accelerator ?? null, i.submenu ? shape(i.submenu) : null]);
      const plain = menu(platform, false).template;
      const discreet = menu(platform, true).template;
      expect(shape(discreet.slice(platform === 'darwin' ? 1 : 0))).toEqual(shape(plain.slice(platform === 'darwin' ? 1 : 0)));
    }
  });
});
