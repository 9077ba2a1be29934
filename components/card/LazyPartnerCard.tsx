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

/**
 * A partner's record once the card's code is there too: a list keeps the focus until the card
 * can show at once (no blank page, no focus on <body>).
 */
export async function withCardReady<T>(record: Promise<T> | undefined): Promise<T | undefined> {
  const [loaded] = await Promise.all([record, preloadPartnerCard()]);
  return loaded;
}

/** The partner card, its code loaded on first use if the popup had not loaded it ahead. */
export function LazyPartnerCard(props: ComponentProps<Card>) {
  const [Loaded, setLoaded] = useState<Card | undefined>(() => loaded);
  useEffect(() => {
    if (!Loaded) void preloadPartnerCard().then((card) => card && setLoaded(() => card));
  }, []);
  return Loaded ? <Loaded {...props} /> : null;
}
