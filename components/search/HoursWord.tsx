import { t } from '../../lib/i18n';
import type { hoursStateAt } from '../../lib/hours';

type HoursState = ReturnType<typeof hoursStateAt>;

const HOURS_WORD = { open: 'rowOpen', closed: 'rowClosed', unknown: 'rowHoursUnknown' } as const;

/** Open, closed or unknown now, as a dot and a word: the same in a result row and a « Pour ce dossier » row. */
export function HoursWord({ state }: { state: HoursState }) {
  return <span class={`hours-dot hours-dot--${state}`}>{t(HOURS_WORD[state])}</span>;
}
