import { useEffect, useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import { labelOf } from '../../lib/taxonomy';
import type { Directory } from '../search/use-directory';

/** Partners counted per need, up to this; more shows « 99+ ». */
export const COUNT_LIMIT = 99;

interface CaseNeedChipsProps {
  directory: Directory | undefined;
  categories: readonly string[];
  thematiquesOf: ReadonlyMap<string, readonly string[]>;
  territory: readonly string[];
  favourites: ReadonlySet<string>;
  /** A chip pressed: the block opens on that need. */
  onOpen: (category: string) => void;
}

/** How many partners the directory has for each need (the same browse the need's list uses). */
function usePartnerCounts({ directory, categories, thematiquesOf, territory, favourites }: Omit<CaseNeedChipsProps, 'onOpen'>): ReadonlyMap<string, number> {
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(new Map());
  const key = categories.join(',');
  useEffect(() => {
    if (!directory) return;
    let live = true;
    void Promise.all(
      categories.map((category) =>
        directory
          .search('', { limit: COUNT_LIMIT + 1, categories: [category], thematiques: thematiquesOf.get(category) ?? [], territory, favourites })
          .then((hits) => [category, hits.length] as const, () => [category, 0] as const),
      ),
    ).then((found) => live && setCounts(new Map(found)));
    return () => {
      live = false;
    };
  }, [directory, key, thematiquesOf, territory, favourites]);
  return counts;
}

/** The file's needs as chips, each with its number of partners; pressing one opens the block on it. */
export function CaseNeedChips(props: CaseNeedChipsProps) {
  const counts = usePartnerCounts(props);
  return (
    <ul class="case-chips" aria-label={t('caseChipsLabel')}>
      {props.categories.map((category) => {
        const label = labelOf('categorie', category);
        const count = counts.get(category);
        const shown = count === undefined ? undefined : count > COUNT_LIMIT ? `${COUNT_LIMIT}+` : formatNumber(count);
        return (
          <li key={category}>
            <button type="button" class="case-chip" onClick={() => props.onOpen(category)}>
              <span class="case-chip__label">{label}</span>{' '}
              {shown !== undefined && (
                <span class="case-chip__count">
                  {shown}
                  <span class="visually-hidden"> {t(count === 1 ? 'caseChipPartnerOne' : 'caseChipPartners')}</span>
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
