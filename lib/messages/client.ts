import { browser } from 'wxt/browser';
import type { MessageOf, MessageType } from './protocol';
import type { RouteResult } from './router';

/** Sends a typed message to the background; rejects with the background's French error. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<unknown> {
  const result = (await browser.runtime.sendMessage(message)) as RouteResult | undefined;
  if (!result) throw new Error('Le service de l’extension ne répond pas.');
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
