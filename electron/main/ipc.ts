import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS, type Channel } from '../../shared/ipc/channels';
import type { Result } from '../../shared/ipc/result';
import { dispatch, type HandlerTable } from '../core/handlers';
import { APP_ORIGIN } from './security';

/** Only our own top frame, loaded from app://, may call the main process. */
function trustedSender(event: IpcMainInvokeEvent, isOurWindow: (id: number) => boolean): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isOurWindow(event.sender.id) && frame.url.startsWith(`${APP_ORIGIN}/`);
}

export function registerIpc(
  table: HandlerTable,
  isOurWindow: (webContentsId: number) => boolean,
  /** Sees every result (the error log records failed saves and exports). */
  onResult?: (channel: Channel, result: Result<unknown>) => void,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!trustedSender(event, isOurWindow)) {
        return { ok: false, error: { code: 'invalid-input', message: 'Request refused.' } };
      }
      const result = await dispatch(table, channel, input);
      onResult?.(channel, result);
      return result;
    });
  }
}
