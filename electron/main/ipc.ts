import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/result';
import { dispatch, type HandlerTable } from '../core/handlers';
import { APP_ORIGIN, isAppPage, type DevServer } from './security';

/** Only our own top frame, loaded from app:// (or, in npm run dev only, the dev server), may call the main process. */
function trustedSender(event: IpcMainInvokeEvent, isOurWindow: (id: number) => boolean, dev: DevServer | null): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  const url = frame.url;
  return isOurWindow(event.sender.id) && (url.startsWith(`${APP_ORIGIN}/`) || (dev !== null && isAppPage(url, dev)));
}

export function registerIpc(
  table: HandlerTable,
  isOurWindow: (webContentsId: number) => boolean,
  /** Sees every result (the error log records failed saves and exports). */
  onResult?: (channel: Channel, result: Result<unknown>) => void,
  /** npm run dev only (devServerFor). */
  devServer: DevServer | null = null,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!trustedSender(event, isOurWindow, devServer)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Request refused.' } };
      }
      const result = await dispatch(table, channel, input);
      onResult?.(channel, result);
      return result;
    });
  }
}
