export * from './protocol';
export { createMessageRouter, type Handlers, type RouteResult, type RouterOptions, type Sender } from './router';
export { sendMessage } from './client';
