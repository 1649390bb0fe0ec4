/**
 * The preload: exposes exactly one function per contract channel and one event subscription.
 * No ipcRenderer, no generic "send any channel", nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { APP_EVENT_CHANNEL, APP_EVENTS, CHANNELS } from '../../shared/ipc/channels';

const invoke: Record<string, (input?: unknown) => Promise<unknown>> = {};
for (const channel of CHANNELS) {
  invoke[channel] = (input?: unknown) => ipcRenderer.invoke(channel, input);
}

const knownEvents = new Set<string>(APP_EVENTS);

contextBridge.exposeInMainWorld('api', {
  invoke: Object.freeze(invoke),
  onEvent(listener: (event: string, detail?: unknown) => void): () => void {
    // Lock events carry a small detail (an id, a kind); the renderer checks its shape.
    const handler = (_e: unknown, name: unknown, detail: unknown) => {
      if (typeof name === 'string' && knownEvents.has(name)) listener(name, detail);
    };
    ipcRenderer.on(APP_EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(APP_EVENT_CHANNEL, handler);
  },
});
