/**
 * Key combinations the operating systems keep for themselves (default settings), written the
 * way the app writes shortcuts. The app's "Ctrl" is Cmd on macOS, so each offered shortcut is
 * checked as Ctrl+… on Windows and GNOME and as Cmd+… on macOS. Sources: Microsoft's "Keyboard
 * shortcuts in Windows", Apple's "Mac keyboard shortcuts", GNOME Settings › Keyboard › Shortcuts.
 */
export type Platform = 'windows' | 'macos' | 'gnome';

export const RESERVED_SHORTCUTS: Readonly<Record<Platform, readonly string[]>> = {
  windows: [
    'Ctrl+Shift+Escape', // Task Manager
    'Ctrl+Alt+Delete',
    'Ctrl+Escape', // Start
    'Alt+Tab',
    'Alt+F4',
    'Alt+Escape',
    'Ctrl+Alt+Tab',
    'Ctrl+Shift', // switch keyboard layout
    'Alt+Shift', // switch input language
    'Ctrl+Space', // IME on/off
    'Win+L',
    'Win+D',
    'Win+Space',
  ],
  macos: [
    'Cmd+Space', // Spotlight
    'Cmd+Alt+Space', // Finder search
    'Ctrl+Space', // input source
    'Cmd+Tab',
    'Cmd+Q',
    'Cmd+H', // hide the app
    'Cmd+Alt+H',
    'Cmd+M',
    'Cmd+Alt+Escape', // Force Quit
    'Cmd+Shift+3',
    'Cmd+Shift+4',
    'Cmd+Shift+5',
    'Cmd+Shift+Q', // log out
    'Cmd+Alt+Shift+Q',
    'Ctrl+Cmd+Q', // lock screen
    'Ctrl+Cmd+Space', // emoji
    'Ctrl+Cmd+F', // full screen
  ],
  gnome: [
    'Ctrl+Alt+Delete', // log out
    'Ctrl+Alt+T', // terminal (Ubuntu)
    'Ctrl+Alt+L', // lock screen (Ubuntu)
    'Ctrl+Alt+Left',
    'Ctrl+Alt+Right',
    'Ctrl+Alt+Up',
    'Ctrl+Alt+Down',
    'Ctrl+Alt+Shift+R', // screencast
    'Ctrl+Shift+U', // Unicode entry (IBus/GTK)
    'Ctrl+Shift+E', // emoji (IBus)
    'Alt+Tab',
    'Alt+F2',
    'Alt+F4',
    'Alt+F7',
    'Alt+F8',
    'Alt+F10',
    'Super+Space', // switch input source
    'Super+L',
  ],
};

/** The shortcut as the platform sees it: the app's "Ctrl" is Cmd on macOS. */
export function onPlatform(shortcut: string, platform: Platform): string {
  return platform === 'macos' ? shortcut.replace(/^Ctrl\+/, 'Cmd+') : shortcut;
}

const normalise = (shortcut: string) =>
  shortcut
    .split('+')
    .map((k) => k.toLowerCase())
    .sort()
    .join('+');

/** The platforms on which `shortcut` (written the app's way) is reserved. */
export function reservedOn(shortcut: string): Platform[] {
  return (Object.keys(RESERVED_SHORTCUTS) as Platform[]).filter((platform) =>
    RESERVED_SHORTCUTS[platform].map(normalise).includes(normalise(onPlatform(shortcut, platform))),
  );
}
