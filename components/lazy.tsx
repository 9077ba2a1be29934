import type { ComponentType } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { DbAccessContext, DbContext } from './db-context';
import { afterFirstResults } from './first-results';

export type LazyComponent<P> = ComponentType<P> & { preload(): Promise<ComponentType<P> | undefined> };

/**
 * A component whose code is a chunk of its own, loaded on first render, or with `afterResults`
 * only once the page's first results are shown and the browser is idle: the page's first render
 * never waits for it. Renders nothing until its code is there, and under a LazyDbProvider
 * (components/lazy-db.tsx) until the database is open too (it opens it with its code).
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
    const db = useContext(DbContext);
    const access = useContext(DbAccessContext);
    useEffect(() => {
      if (Loaded && (db || !access)) return;
      let live = true;
      const start = () => {
        if (!db) void access?.open();
        void preload().then((component) => live && component && setLoaded(() => component));
      };
      if (options.afterResults) afterFirstResults(start);
      else start();
      return () => {
        live = false;
      };
    }, []);
    return Loaded && (db || !access) ? <Loaded {...props} /> : null;
  }
  return Object.assign(Lazy, { preload });
}
