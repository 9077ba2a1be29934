import { describeHours } from '../../lib/hours';
import { t } from '../../lib/i18n';

interface HoursBlockProps {
  hours: string | null | undefined;
  now: Date;
}

export function HoursBlock({ hours, now }: HoursBlockProps) {
  if (!hours) return null;
  const status = describeHours(hours, now);
  return (
    <section class="card__section" aria-label={t('cardHours')}>
      <h3>{t('cardHours')}</h3>
      {status.summary && <p class={`hours hours--${status.state}`}>{status.summary}</p>}
      <ul class="plain">
        {status.lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {status.note && <p class="muted">{status.note}</p>}
    </section>
  );
}
