import type { ComponentChildren } from 'preact';
import type { OptionsGroupId } from '../../lib/options/groups';

/**
 * One part of the options page, the target of its deep link. It takes the focus when a link
 * lands on it (tabIndex -1), so that the keyboard carries on from there.
 */
export function OptionsGroup({ id, children }: { id: OptionsGroupId; children: ComponentChildren }) {
  return (
    <div class="options-group" id={id} tabIndex={-1}>
      {children}
    </div>
  );
}
