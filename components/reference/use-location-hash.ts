import { useEffect, useState } from 'preact/hooks';

/** The page's `#fragment`, decoded, kept current as links and the history change it. */
export function useLocationHash(): string {
  const read = () => decodeURIComponent(location.hash.replace(/^#/, ''));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const update = () => setHash(read());
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}
