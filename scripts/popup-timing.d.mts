/** Popup init script: types `#type=<query>` at once and records `window.__firstOptionAt`. */
export function typeAtOnce(): void;
