import { NAME_KINDS } from '../taxonomy';
import { wordsOf } from './normalize';

interface Phrase {
  words: string[];
  network: string;
}

let byFirstWord: Map<string, Phrase[]> | undefined;

/** NAME_KINDS folded once, filed under their first word: a name is read word by word, not phrase by phrase. */
function phrases(): Map<string, Phrase[]> {
  if (!byFirstWord) {
    byFirstWord = new Map();
    for (const [network, list] of Object.entries(NAME_KINDS)) {
      for (const phrase of list) {
        const words = wordsOf(phrase);
        if (words.length === 0) continue;
        const filed = byFirstWord.get(words[0]) ?? [];
        filed.push({ words, network });
        byFirstWord.set(words[0], filed);
      }
    }
  }
  return byFirstWord;
}

/**
 * Networks a structure's name reveals (see NAME_KINDS), from the name's folded words:
 * ["agence", "france", "travail", "tourcoing"] -> ["france-travail"].
 */
export function networksOfName(nameWords: readonly string[]): string[] {
  const found = new Set<string>();
  const table = phrases();
  for (let i = 0; i < nameWords.length; i++) {
    for (const phrase of table.get(nameWords[i]) ?? []) {
      if (phrase.words.every((word, k) => nameWords[i + k] === word)) found.add(phrase.network);
    }
  }
  return [...found];
}
