import { t } from '../../lib/i18n';
import { OPTIONS_GROUPS, type OptionsGroupId } from '../../lib/options/groups';

/** The table of contents: one link per part of the page, the current one marked. */
export function OptionsNav({ current }: { current: OptionsGroupId | undefined }) {
  return (
    <nav class="options-nav" aria-label={t('optNavLabel')}>
      <ul class="plain">
        {OPTIONS_GROUPS.map((group) => (
          <li key={group.id}>
            <a href={`#${group.id}`} aria-current={group.id === current ? 'location' : undefined}>
              {t(group.title)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
