import { MessageSchema, CONTENT_SCRIPT_TYPES, type Message, type MessageOf, type MessageType } from './protocol';
import { t } from '../i18n';

/** What the background knows of who sent a message (a subset of runtime.MessageSender). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  /** The frame of the tab a content script runs in (0: the top frame). */
  frameId?: number;
  /** The sending document's origin (Chrome); `url` is read where it is missing. */
  origin?: string;
  /** Chromium: 'active' for the document on screen ('prerender', 'cached', 'pending_deletion' otherwise). */
  documentLifecycle?: string;
}

export type Handlers = {
  [T in MessageType]: (message: MessageOf<T>, sender: Sender) => Promise<unknown> | unknown;
};

export type RouteResult = { ok: true; value: unknown } | { ok: false; error: string };

export interface RouterOptions {
  /** This extension's id: messages from anywhere else are refused. */
  extensionId: string;
  /** This extension's origin, e.g. `chrome-extension://<id>`: its pages are trusted senders. */
  extensionOrigin: string;
}

/**
 * One entry point for every message the background receives: checks the sender, validates the
 * payload with zod, then calls the handler for its type. Never throws; errors come back as
 * `{ ok: false, error }` in the interface's language for the page to show.
 */
export function createMessageRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(raw: unknown, sender: Sender): Promise<RouteResult> {
    if (sender.id !== options.extensionId) return { ok: false, error: t('messageUnknownSender') };
    const parsed = MessageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: t('messageInvalid') };
    const message: Message = parsed.data;
    // An extension page may sit in a tab (the options page opens in one): its URL, not the
    // presence of a tab, tells it from a content script, whose URL is the web page's.
    const fromExtensionPage = Boolean(sender.url?.startsWith(`${options.extensionOrigin}/`));
    if (!fromExtensionPage && !CONTENT_SCRIPT_TYPES.has(message.type)) {
      return { ok: false, error: t('messageNotFromWebPage') };
    }
    try {
      const handler = handlers[message.type] as (m: Message, s: Sender) => unknown;
      return { ok: true, value: await handler(message, sender) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
