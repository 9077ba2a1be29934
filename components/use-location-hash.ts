import { useEffect, useState } from 'preact/hooks';

/** The page's `#hash`, kept current as links and the history change it. */
export function useLocationHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const update = () => setHash(location.hash);
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}
