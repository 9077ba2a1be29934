import { browser } from 'wxt/browser';
import type { MessageOf, MessageType } from './protocol';
import type { RouteResult } from './router';
import { InterruptedError, isChannelClosed } from '../import/interrupted';
import { t } from '../i18n';

/** Sends a typed message to the background; rejects with the background's French error. */
export async function sendMessage<T extends MessageType>(message: MessageOf<T>): Promise<unknown> {
  let result: RouteResult | undefined;
  try {
    result = (await browser.runtime.sendMessage(message)) as RouteResult | undefined;
  } catch (error) {
    // The background stopped before answering: say so in the interface's words, not the browser's.
    throw isChannelClosed(error) ? new InterruptedError() : error;
  }
  if (!result) throw new Error(t('messageNoAnswer'));
  if (!result.ok) throw new Error(result.error);
  return result.value;
}
