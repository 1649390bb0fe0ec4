/**
 * The renderer's only door to the main process: typed calls generated from the contract.
 * In Electron `window.api` comes from the preload; in browser tests from the test bridge.
 */
import type { AppEvent, Channel } from '../shared/ipc/channels';
import type { ChannelInput, ChannelOutput } from '../shared/ipc/contract';
import type { Result } from '../shared/ipc/result';

interface PreloadApi {
  invoke: Record<Channel, (input?: unknown) => Promise<unknown>>;
  onEvent(listener: (event: AppEvent, detail?: unknown) => void): () => void;
}

declare global {
  interface Window {
    api?: PreloadApi;
  }
}

function api(): PreloadApi {
  if (!window.api) throw new Error('The app bridge is missing.');
  return window.api;
}

export async function call<C extends Channel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<Result<ChannelOutput<C>>> {
  try {
    return (await api().invoke[channel](input[0])) as Result<ChannelOutput<C>>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The app could not reach its storage. Nothing was changed.' } };
  }
}

/** Like `call`, but throws the readable error; for places that show errors via a catch. */
export async function callOrThrow<C extends Channel>(
  channel: C,
  ...input: ChannelInput<C> extends undefined ? [] : [ChannelInput<C>]
): Promise<ChannelOutput<C>> {
  const result = await call(channel, ...input);
  if (!result.ok) throw new BridgeError(result.error.message, result.error.code);
  return result.value;
}

export class BridgeError extends Error {
  override name = 'BridgeError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** Events from the main process; lock events carry a detail (read it with parseLockDetail). */
export function onAppEvent(listener: (event: AppEvent, detail?: unknown) => void): () => void {
  return api().onEvent(listener);
}
