import { useState } from 'preact/hooks';
import { cachedFormat, t, uiLocale } from '../../lib/i18n';
import { DAYS, emptyWeek, isValidRange, openingHoursToWeek, weekToOpeningHours, type Day, type TimeRange, type WeekHours } from '../../lib/weekly-hours';

interface HoursEditorProps {
  /** Id of the first field, the one a problem message points to. */
  id: string;
  value: string;
  onChange: (openingHours: string) => void;
}

type Slots = Record<Day, [TimeRange, TimeRange]>;
const EMPTY: TimeRange = { from: '', to: '' };
const PERIODS = ['hoursEditorMorningShort', 'hoursEditorAfternoonShort'] as const;

function slotsOf(week: WeekHours): Slots {
  return Object.fromEntries(DAYS.map((day) => [day, [week[day][0] ?? EMPTY, week[day][1] ?? EMPTY]])) as Slots;
}

/** "lundi"…"dimanche" / "Monday"…, in the interface's language (1 January 2024 was a Monday). */
const dayName = (index: number) => cachedFormat('weekday', () => new Intl.DateTimeFormat(uiLocale(), { weekday: 'long' })).format(new Date(2024, 0, 1 + index));
const filled = (range: TimeRange) => Boolean(range.from || range.to);

/**
 * Opening hours entered day by day with time fields; the OpenStreetMap text data·inclusion
 * stores is written from them. Hours the grid cannot show (holidays, remarks) are kept as typed.
 */
export function HoursEditor({ id, value, onChange }: HoursEditorProps) {
  const [slots, setSlots] = useState<Slots | undefined>(() => {
    const week = openingHoursToWeek(value);
    return week && slotsOf(week);
  });

  function update(next: Slots) {
    setSlots(next);
    onChange(weekToOpeningHours(Object.fromEntries(DAYS.map((day) => [day, next[day].filter(isValidRange)])) as WeekHours));
  }

  if (!slots) {
    return (
      <div class="hours-editor">
        <p class="muted">{t('hoursEditorKept')}</p>
        <input id={id} type="text" value={value} onInput={(event) => onChange((event.target as HTMLInputElement).value)} />
        <button type="button" class="link-button" onClick={() => update(slotsOf(emptyWeek()))}>{t('hoursEditorUseGrid')}</button>
      </div>
    );
  }

  const set = (day: Day, period: 0 | 1, end: keyof TimeRange, time: string) => {
    const ranges: [TimeRange, TimeRange] = [...slots[day]];
    ranges[period] = { ...ranges[period], [end]: time };
    update({ ...slots, [day]: ranges });
  };
  const badDays = DAYS.map((day, index) => ({ day, index })).filter(({ day }) => slots[day].some((r) => filled(r) && !isValidRange(r)));

  return (
    <div class="hours-editor">
      <p class="muted" id={`${id}-help`}>{t('hoursEditorHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('hoursEditorDay')}</th>
            <th scope="col">{t('hoursEditorMorning')}</th>
            <th scope="col">{t('hoursEditorAfternoon')}</th>
          </tr>
        </thead>
        <tbody>
          {DAYS.map((day, index) => (
            <tr key={day}>
              <th scope="row">{dayName(index)}</th>
              {([0, 1] as const).map((period) => {
                const range = slots[day][period];
                const invalid = filled(range) && !isValidRange(range);
                const where = [dayName(index), t(PERIODS[period])] as const;
                return (
                  <td key={period} class="hours-editor__range">
                    <input type="time" id={index === 0 && period === 0 ? id : undefined} aria-describedby={index === 0 && period === 0 ? `${id}-help` : undefined} aria-invalid={invalid} aria-label={t('hoursEditorFrom', ...where)} value={range.from} onInput={(event) => set(day, period, 'from', (event.target as HTMLInputElement).value)} />
                    {' – '}
                    <input type="time" aria-invalid={invalid} aria-label={t('hoursEditorTo', ...where)} value={range.to} onInput={(event) => set(day, period, 'to', (event.target as HTMLInputElement).value)} />
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => update({ ...slots, Tu: slots.Mo, We: slots.Mo, Th: slots.Mo, Fr: slots.Mo })}>
        {t('hoursEditorCopyMonday')}
      </button>
      {badDays.map(({ day, index }) => (
        <p key={day} class="error">{t('hoursEditorBadRange', dayName(index))}</p>
      ))}
    </div>
  );
}
