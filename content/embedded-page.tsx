/**
 * The content script's side of an embedded extension frame (lib/embed/protocol.ts): mounts the page in an
 * iframe, sizes it to what the page reports, and takes the files it posts for QSM's form, answering
 * whether each got there. Messages count only from our frame, at the extension's origin.
 */
import { browser } from 'wxt/browser';
import { shadowRootOf } from '../components/shadow';
import type { frameProtocol } from '../lib/embed/protocol';
import { type MountOptions, mountInShadow } from './mount';

type Protocol = ReturnType<typeof frameProtocol>;

export interface FrameOptions {
  protocol: Protocol;
  /** The extension page, e.g. `/converter.html`, with its query. */
  path: string;
  title: string;
  mount: Omit<MountOptions, 'css'>;
  css: string;
  /** The tallest the frame grows to; beyond it the frame scrolls. */
  maxHeight: number;
  /** Puts a file the frame sent into QSM's form; true when it got there. */
  onFile: (name: string, bytes: ArrayBuffer) => Promise<boolean>;
  /** Any other message of our frame (not yet parsed). */
  onMessage?: (data: unknown) => void;
}

export interface EmbeddedFrame {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** Posts to our frame, at the extension's origin only. */
  post(message: unknown, transfer?: Transferable[]): void;
}

export function embedFrame(options: FrameOptions): EmbeddedFrame | null {
  const { protocol, mount, signal } = { ...options, signal: options.mount.signal };
  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;
  const src = browser.runtime.getURL(options.path as '/');
  const host = mountInShadow(
    { ...mount, css: options.css },
    <iframe src={src} title={options.title} data-qpp-frame={protocol.channel} />,
  );
  const frame = shadowRootOf(host)?.querySelector('iframe');
  if (!frame) return null;
  const post = (message: unknown, transfer: Transferable[] = []) =>
    frame.contentWindow?.postMessage(message, extensionOrigin, transfer);

  window.addEventListener(
    'message',
    (event) => {
      if (event.origin !== extensionOrigin || event.source !== frame.contentWindow) return;
      const parsed = protocol.frameMessage.safeParse(event.data);
      if (!parsed.success) {
        options.onMessage?.(event.data);
        return;
      }
      const message = parsed.data;
      if (!('id' in message)) {
        frame.style.height = `${Math.min(message.height, options.maxHeight)}px`;
        return;
      }
      options
        .onFile(message.name, message.bytes)
        .catch(() => false)
        .then((ok) => {
          if (!signal.aborted) post({ type: protocol.types.putResult, id: message.id, ok });
        });
    },
    { signal },
  );
  return { host, frame, post };
}
