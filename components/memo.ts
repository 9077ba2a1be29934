import { createElement, type FunctionComponent } from 'preact';

/** Whether two props objects hold the same values, key by key (what `memo` compares). */
function sameProps(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  for (const key in a) if (key !== '__source' && !(key in b)) return false;
  for (const key in b) if (key !== '__source' && a[key] !== b[key]) return false;
  return true;
}

/**
 * A component rendered again only when one of its props changed (shallow comparison), as React's
 * `memo`. Preact offers it in `preact/compat` only, and importing compat installs a hook that
 * rewrites the props of every element the page creates (React's event and attribute names, none
 * of which this code uses): it cost the popup's keystrokes a per-element step and its first load
 * compat's code (issue 20). This is the same mechanism on Preact's core: a function component's
 * instance may say `shouldComponentUpdate`.
 */
export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  function Memoed(this: { props: P; shouldComponentUpdate?: (next: P) => boolean }, props: P) {
    this.shouldComponentUpdate = (next) => !sameProps(this.props as Record<string, unknown>, next as Record<string, unknown>);
    return createElement(render, props);
  }
  Memoed.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memoed as FunctionComponent<P>;
}
