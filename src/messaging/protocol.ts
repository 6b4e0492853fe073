/**
 * The one messaging contract between the extension's parts. Every message has a
 * typed payload and reply; nothing else travels between them.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';

export type StepDirection = 'next' | 'previous';

export interface ProtocolMap {
  /** The topic gate found North Korea on this frame's page: load the scanner into it. */
  scanFrame(): void;
  /** Open the extension's source page at a corpus claim, beside the sender's tab. */
  openSource(data: { claimId: string }): void;
  /** A keyboard command: step to the next or previous figure of the page and open its card. */
  stepFigure(data: { direction: StepDirection }): boolean;
}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>();
