import { normalizeText } from '../search/normalize';

/**
 * Phrases that ask about a scheme rather than name it (« qui porte », « c'est quoi »), folded.
 * Longest first, so « qu est ce que c est » goes before « c est ».
 */
const QUESTION_PHRASES = [
  'qu est ce que c est',
  'qu est ce que',
  'qu est ce qu',
  'c est a qui',
  'c est quoi',
  'c est qui',
  'ca sert a quoi',
  'a quoi sert',
  'qui s occupe',
  'qui porte',
  'qui finance',
  'qui gere',
  'qui paie',
  'qui paye',
  'qui verse',
  'qui decide',
  'qui contacter',
  'comment contacter',
  'comment joindre',
  'comment ca marche',
  'a qui',
].sort((a, b) => b.length - a.length);

/** Words that only frame a question; dropped once a question phrase or on their own. */
const QUESTION_WORDS = new Set(
  [
    'qui quoi que qu quel quelle quels quelles comment pourquoi',
    'c ce cet cette ca cest est sont',
    'porte portent porteur porteurs finance financent financeur financeurs financement gere',
    'dispositif dispositifs definition signifie veut dire',
    'le la les l un une des du de d a au aux et ou pour sur en',
  ]
    .join(' ')
    .split(' '),
);

export interface ReferenceQuery {
  /** The words that name the scheme, folded, question words dropped. */
  words: string[];
  /** The query asked a question about it (« qui porte le PLIE ? »), not just typed a name. */
  asked: boolean;
}

/** Splits a typed question into the words that name a scheme and whether it was a question. */
export function readReferenceQuery(query: string): ReferenceQuery {
  let folded = ` ${normalizeText(query)} `;
  let asked = false;
  for (const phrase of QUESTION_PHRASES) {
    if (folded.includes(` ${phrase} `)) {
      asked = true;
      folded = folded.split(` ${phrase} `).join(' ');
    }
  }
  const all = folded.split(' ').filter(Boolean);
  const words = all.filter((word) => !QUESTION_WORDS.has(word));
  // « porte », « finance » alone may be a place or a name (« Porte de Vanves »): not a question.
  if (all.some((word) => ['qui', 'quoi', 'comment'].includes(word)) && words.length > 0) asked = true;
  return { words, asked };
}
