import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { afterFirstResults } from './first-results';

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<ComponentType<P> | undefined> };

/**
 * A component whose code is a chunk of its own, loaded on first render, or with `afterResults`
 * only once the page's first results are shown and the browser is idle: the page's first render
 * never waits for it. Renders nothing until its code is there.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, options: { afterResults?: boolean } = {}): LazyComponent<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P> | undefined> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      () => undefined,
    ));
  function Lazy(props: P) {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      const start = () => void preload().then((component) => live && component && setLoaded(() => component));
      if (options.afterResults) afterFirstResults(start);
      else start();
      return () => {
        live = false;
      };
    }, []);
    return Loaded ? <Loaded {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
