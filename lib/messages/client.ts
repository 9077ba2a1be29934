import { browser } from 'wxt/browser';
import type { MessageOf, MessageType } from './protocol';
import type { RouteResult } from './router';
import { InterruptedError, isChannelClosed } from '../import/interrupted';

/** Sends a typed message to the background; rejects with the background's French error. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<unknown> {
  let result: RouteResult | undefined;
  try {
    result = (await browser.runtime.sendMessage(message)) as RouteResult | undefined;
  } catch (error) {
    // The background stopped before answering: say so in French, not in the browser's English.
    throw isChannelClosed(error) ? new InterruptedError() : error;
  }
  if (!result) throw new Error('Le service de l’extension ne répond pas.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
