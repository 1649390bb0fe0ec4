/**
 * The application menu as a plain template: electron/main/index.ts passes it to
 * Menu.buildFromTemplate, and the tests read the same template. In discreet mode no label
 * names the app's purpose, and About opens the app's own About screen (neutral there too)
 * instead of macOS's About panel, which would show the full name.
 */
import type { AppEvent } from '../../shared/ipc/channels';
import { APP_MENU_TEXTS as T, DISCREET_TEXTS } from '../../shared/guidance/desktopTexts';

/** The menu roles used here (a subset of Electron's, so the template is Electron's type as it is). */
export type MenuRole =
  | 'appMenu'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'editMenu'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'windowMenu'
  | 'help';

export interface MenuItemTemplate {
  label?: string;
  role?: MenuRole;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  discreet: boolean;
  /** The app's full name (package.json productName), shown only outside discreet mode. */
  appName: string;
  /** File › Lock and File › Quick hide (lockMenuItems). */
  lockItems: MenuItemTemplate[];
  send: (event: Extract<AppEvent, 'open-settings' | 'open-help' | 'open-about'>) => void;
}

export function appMenuTemplate(options: AppMenuOptions): MenuItemTemplate[] {
  const { discreet, send } = options;
  const mac = options.platform === 'darwin';
  const name = discreet ? DISCREET_TEXTS.appName : options.appName;
  const separator: MenuItemTemplate = { type: 'separator' };
  // macOS's own app menu names the app in About, Hide and Quit, and its About panel shows the
  // full name: in discreet mode the same items, labelled with the neutral name.
  const macAppMenu: MenuItemTemplate[] = !mac
    ? []
    : discreet
      ? [
          {
            label: name,
            submenu: [
              { label: T.about(name), click: () => send('open-about') },
              separator,
              { role: 'services' },
              separator,
              { role: 'hide', label: T.hide(name) },
              { role: 'hideOthers' },
              { role: 'unhide' },
              separator,
              { role: 'quit', label: T.quit(name) },
            ],
          },
        ]
      : [{ role: 'appMenu' }];
  return [
    ...macAppMenu,
    {
      label: T.file,
      submenu: [
        // File › Lock and File › Quick hide: the lock coordinator saves first, then locks.
        ...options.lockItems,
        separator,
        { label: T.settings, accelerator: 'CmdOrCtrl+,', click: () => send('open-settings') },
        separator,
        mac && discreet ? { role: 'quit', label: T.quit(name) } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: T.view,
      submenu: [
        { role: 'resetZoom', label: T.actualSize },
        { role: 'zoomIn', label: T.zoomIn },
        { role: 'zoomOut', label: T.zoomOut },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: T.help, accelerator: 'F1', click: () => send('open-help') },
        { label: T.about(name), click: () => send('open-about') },
      ],
    },
  ];
}
