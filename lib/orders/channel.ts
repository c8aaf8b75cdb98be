/**
 * The order converter frame's channel (lib/embed/protocol.ts): the page sends the template's bytes (and its
 * height); the content script answers whether the file reached QSM's upload input.
 */
import type { z } from 'zod/mini';
import { frameProtocol } from '../embed/protocol';

export { QSM_ORIGIN } from '../embed/protocol';

export const orderConverterChannel = frameProtocol('order-converter', /^[\w.-]{1,100}\.xlsx$/);

export type FrameMessage = z.infer<typeof orderConverterChannel.frameMessage>;
export type HostMessage = z.infer<typeof orderConverterChannel.putResult>;
