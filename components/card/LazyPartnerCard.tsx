import type { ComponentProps } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PartnerCard } from './PartnerCard';

type Card = typeof PartnerCard;
let loading: Promise<Card | undefined> | undefined;
let loaded: Card | undefined;

/**
 * Loads the card's code, a chunk of its own: the popup's first results never wait for it. The
 * popup asks for it once its results are shown, so a card opens at once.
 */
export function preloadPartnerCard(): Promise<Card | undefined> {
  loading ??= import('./PartnerCard').then(
    (module) => (loaded = module.PartnerCard),
    () => undefined,
  );
  return loading;
}

/** The partner card, its code loaded on first use if the popup had not loaded it ahead. */
export function LazyPartnerCard(props: ComponentProps<Card>) {
  const [Loaded, setLoaded] = useState<Card | undefined>(() => loaded);
  useEffect(() => {
    if (!Loaded) void preloadPartnerCard().then((card) => card && setLoaded(() => card));
  }, []);
  return Loaded ? <Loaded {...props} /> : null;
}
