/** The day the facts of this reference were last checked against their sources. */
export const VERIFIED = '2026-11-29';
