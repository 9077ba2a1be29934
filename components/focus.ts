/**
 * Moves the keyboard focus to the element with this id once the render that shows it is done:
 * after an action replaces what had the focus (a confirmed import, a restore, a wipe), the focus
 * goes to the natural next place instead of falling to <body>.
 */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus());
}
