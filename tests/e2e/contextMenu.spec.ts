import { describe, expect, it } from 'vitest';
import type { MemoryClipboard } from '../../electron/core/clipboardService';
import { PASSPHRASE, useHarness } from './harness';

/**
 * The right-click menu's Copy and Cut run the page's own editing commands (webContents.copy(),
 * .cut()), not a key press. Chromium's DevTools protocol runs the same editing commands
 * (Input.dispatchKeyEvent with `commands`), so this checks that text copied or cut that way is
 * seen by clipboard care like Ctrl+C. The menu's items themselves are tested in
 * electron/core/contextMenu.test.ts.
 */
const h = useHarness();

async function editingCommand(command: 'copy' | 'cut') {
  const cdp = await h.context.newCDPSession(h.page);
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', windowsVirtualKeyCode: 0, commands: [command] });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', windowsVirtualKeyCode: 0 });
  await cdp.detach();
}

describe('copying from the right-click menu', () => {
  const clipboard = () => h.services.clipboardAccess as MemoryClipboard;

  it('goes through clipboard care: the copied text is cleared on lock', async () => {
    await h.createWorkbookViaUi('partner', 'Riley', PASSPHRASE);
    await h.page.getByRole('button', { name: 'This workbook', exact: true }).click();
    const field = h.page.getByLabel('Name shown in this workbook');
    await field.fill('Words copied with the menu');
    await field.selectText();
    await editingCommand('copy');
    clipboard().writeText('Words copied with the menu'); // what the system clipboard now holds
    await h.lockViaUi();
    await h.page.getByText('The text you copied from your workbook was cleared from the clipboard.').waitFor();
    expect(clipboard().readText()).toBe('');
  });
});
