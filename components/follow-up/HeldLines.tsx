import type { HeldLine } from '../../lib/partnership/person-screen';
import { personDataLabel } from '../card/PersonDataWarning';
import { t } from '../../lib/i18n';

interface HeldLinesProps {
  id: string;
  title: string;
  lines: readonly HeldLine[];
  total: number;
  /** « Journal, ligne 4 (partenaire p1) : téléphone… » from the line and its findings as text. */
  describe: (line: HeldLine, findings: string) => string;
  include: boolean;
  onInclude: (include: boolean) => void;
  includeLabel: string;
}

/**
 * The lines of an import or a restore held back because they look like a person's data: where
 * each is and what was found; written only if the counsellor ticks the box (as the card's form
 * saves only after « Enregistrer quand même »).
 */
export function HeldLines({ id, title, lines, total, describe, include, onInclude, includeLabel }: HeldLinesProps) {
  return (
    <div class="person-warning held-lines">
      <p class="warning" id={`${id}-title`}>{title}</p>
      <ul id={id} class="import-problems" aria-labelledby={`${id}-title`}>
        {lines.map((line, i) => (
          <li key={i}>{describe(line, line.findings.map((f) => `${personDataLabel(f.kind)} « ${f.excerpt} »`).join(' ; '))}</li>
        ))}
        {total > lines.length && <li>{t('followSheetMore', total - lines.length)}</li>}
      </ul>
      <p>
        <input type="checkbox" id={`${id}-include`} checked={include} onChange={(event) => onInclude((event.target as HTMLInputElement).checked)} />{' '}
        <label for={`${id}-include`}>{includeLabel}</label>
      </p>
    </div>
  );
}
