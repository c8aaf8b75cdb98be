/**
 * The frame side of an embedded extension page's channel (lib/embed/protocol.ts): posts files and its height
 * to QSM's page, and hears the content script's answers and messages, from the parent at QSM's
 * origin only. The order converter and the banner fitter both speak through it.
 */
import { type frameProtocol, QSM_ORIGIN } from '../lib/embed/protocol';

type Protocol = ReturnType<typeof frameProtocol>;

export interface FrameClient {
  /** Hands a file to the content script and waits (at most 10 s) for it to say the file got there. */
  put(name: string, bytes: Uint8Array): Promise<boolean>;
  /** Posts any other message of the channel to the parent. */
  post(message: unknown): void;
  /** Calls back with every other message the parent sends (not yet parsed: parse it). */
  onMessage(listener: (data: unknown) => void): void;
}

export function frameClient(protocol: Protocol): FrameClient {
  const pending = new Map<number, (ok: boolean) => void>();
  const listeners = new Set<(data: unknown) => void>();
  let lastId = 0;
  const post = (message: unknown, transfer: Transferable[] = []) =>
    window.parent.postMessage(message, QSM_ORIGIN, transfer);

  window.addEventListener('message', (event) => {
    if (event.source !== window.parent || event.origin !== QSM_ORIGIN) return;
    const result = protocol.putResult.safeParse(event.data);
    if (result.success) {
      pending.get(result.data.id)?.(result.data.ok);
      return;
    }
    for (const listener of listeners) listener(event.data);
  });
  // The frame has no scrollbar of its own: the content script sizes it to what is shown.
  new ResizeObserver(() => {
    post({
      type: protocol.types.height,
      height: Math.ceil(document.documentElement.scrollHeight),
    });
  }).observe(document.body);

  return {
    put(name, bytes) {
      const id = ++lastId;
      const buffer = bytes.slice().buffer;
      return new Promise((resolve) => {
        const timer = setTimeout(() => settle(false), 10_000);
        function settle(ok: boolean) {
          clearTimeout(timer);
          pending.delete(id);
          resolve(ok);
        }
        pending.set(id, settle);
        post({ type: protocol.types.file, id, name, bytes: buffer }, [buffer]);
      });
    },
    post: (message) => post(message),
    onMessage: (listener) => listeners.add(listener),
  };
}
