import { z } from 'zod';
import { sourcesMessages } from './sources';
import { searchMessages } from './search';
import { caseMessages } from './case';

/**
 * Every message between the extension's contexts, one zod schema per message, grouped by area.
 * Add an area's messages in its own file and list them here; the background has one handler
 * per `type` (see router.ts), and every payload is validated before a handler sees it.
 */
export const coreMessages = [
  /** Is the background alive, and which version? Used by pages that depend on it. */
  z.object({ type: z.literal('core:ping') }),
] as const;

export const MessageSchema = z.discriminatedUnion('type', [...coreMessages, ...sourcesMessages, ...searchMessages, ...caseMessages]);
export type Message = z.infer<typeof MessageSchema>;
export type MessageType = Message['type'];
export type MessageOf<T extends MessageType> = Extract<Message, { type: T }>;

/**
 * Messages a content script may send: it runs inside web pages, so it is the least trusted
 * sender and may only use these types.
 */
export const CONTENT_SCRIPT_TYPES: ReadonlySet<MessageType> = new Set<MessageType>(['case:needs']);
