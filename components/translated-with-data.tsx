import type { ComponentChildren } from 'preact';
import { t, type MessageKey } from '../lib/i18n';

const MARK = '\u0001';

/**
 * A sentence of the catalogue around pieces of French data (« run by $CARRIER$ · funded by
 * $FUNDERS$ »): each piece of data is marked `lang="fr"` in an English sentence, so a screen
 * reader reads it with a French voice and the words around it with the interface's.
 */
export function TranslatedWithData({ id, data }: { id: MessageKey; data: readonly string[] }) {
  const text = t(id, ...data.map((_, index) => `${MARK}${index}${MARK}`));
  const parts: ComponentChildren[] = text.split(MARK).map((part, index) => (index % 2 === 1 ? <span key={index} lang="fr">{data[Number(part)]}</span> : part));
  return <>{parts}</>;
}
