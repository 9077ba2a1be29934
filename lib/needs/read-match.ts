import type { NeedTermKind } from '../taxonomy/need-lexicon';
import * as CUES from './cues';
import { stem, type Token } from './tokenize';
import type { TermMatch } from './term-index';

/**
 * What one need word means in its clause:
 * - `strong`: a need ("n'a pas le permis", "dettes", "besoin d'un logement");
 * - `weak`: a plain mention of something the person may lack ("permis", "logement"): a need
 *   unless the same sentence says that area is fine;
 * - `resolved`: the area is fine or the need is over ("a le permis", "pas de dettes", "permis
 *   obtenu"), which also silences weak mentions of that area in the sentence.
 */
export type Reading = 'strong' | 'weak' | 'resolved';

const stems = (words: readonly string[]) => new Set(words.map((w) => stem(w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase())));

const NEGATIONS = stems(CUES.NEGATIONS);
const NE = stems(CUES.NE);
const LACKS = stems(CUES.LACKS);
const LACKS_AFTER = stems(CUES.LACKS_AFTER);
const MARKERS = stems(CUES.NEED_MARKERS);
const POSSESSIONS = stems(CUES.POSSESSIONS);
const RESOLVED_BEFORE = stems(CUES.RESOLVED_BEFORE);
const RESOLVED_AFTER = stems(CUES.RESOLVED_AFTER);
const HEADING_OK = stems(CUES.HEADING_OK);
const PLUS = stem('plus');

const WINDOW_BEFORE = 6;
const WINDOW_AFTER = 3;
const HEADING_WINDOW = 10;

interface Cues {
  negated: boolean;
  lacking: boolean;
  marked: boolean;
  possessed: boolean;
  resolved: boolean;
  heading?: 'ok' | 'denied' | 'negated' | 'content';
  labelOfCode?: boolean;
}

/** An identifier: five or more letters and digits, at least one digit. */
const CODE = /^(?=[a-z]*[0-9])[a-z0-9]{5,}$/;

function readCues(tokens: readonly Token[], match: TermMatch): Cues {
  const cues: Cues = { negated: false, lacking: false, marked: false, possessed: false, resolved: false };
  let sawNe = false;
  // Words before the term, back to the start of its clause.
  const before: Token[] = [];
  if (!tokens[match.first].clauseStart) {
    for (let k = match.first - 1; k >= 0 && before.length < WINDOW_BEFORE; k--) {
      before.unshift(tokens[k]);
      if (tokens[k].clauseStart) break;
    }
  }
  for (const token of before) {
    const s = token.stem;
    if (NE.has(s)) sawNe = true;
    if (s === PLUS) {
      if (sawNe) cues.negated = true;
      else cues.lacking = true;
    } else if (NEGATIONS.has(s)) cues.negated = true;
    else if (LACKS.has(s)) cues.lacking = true;
    if (MARKERS.has(s)) cues.marked = true;
    if (POSSESSIONS.has(s)) cues.possessed = true;
    if (RESOLVED_BEFORE.has(s)) cues.resolved = true;
  }
  for (const word of match.inner) {
    const s = stem(word);
    if (NEGATIONS.has(s) || s === PLUS) cues.negated = true;
    else if (LACKS.has(s)) cues.lacking = true;
  }

  const last = tokens[match.last];
  if (last.colonAfter) {
    const content: Token[] = [];
    for (let k = match.last + 1; k < tokens.length && content.length < HEADING_WINDOW && tokens[k].sentence === last.sentence; k++) content.push(tokens[k]);
    if (content.some((t) => HEADING_OK.has(t.stem))) cues.heading = 'ok';
    else if (content.length > 0 && NEGATIONS.has(content[0].stem)) {
      cues.heading = content.some((t) => MARKERS.has(t.stem)) ? 'denied' : 'negated';
    } else cues.heading = 'content';
    return cues;
  }
  // A word followed by a code (« identifiant 0123456X », « numéro 4521873 »): the label of a value, not a need.
  const code = tokens[match.last + 1];
  if (code && !code.punctBefore && CODE.test(code.folded)) cues.labelOfCode = true;
  for (let k = match.last + 1; k <= match.last + WINDOW_AFTER && k < tokens.length && !tokens[k].clauseStart; k++) {
    const s = tokens[k].stem;
    if (LACKS_AFTER.has(s)) cues.lacking = true;
    else if (RESOLVED_AFTER.has(s)) cues.resolved = true;
  }
  return cues;
}

export function readMatch(tokens: readonly Token[], match: TermMatch): (kind: NeedTermKind) => Reading {
  const cues = readCues(tokens, match);
  return (kind) => {
    if (cues.heading === 'ok' || cues.heading === 'denied') return 'resolved';
    if (cues.labelOfCode && kind !== 'problem') return 'resolved';
    // A form line: "Surendettement : dossier déposé" is a need; "Logement : appartement T3"
    // describes the situation, so only marked needs in it count ("Logement : hébergé chez…").
    if (cues.heading === 'content') return kind === 'problem' ? 'strong' : 'resolved';
    const negated = cues.negated || cues.heading === 'negated';
    // "besoin d'un logement", "pas de problème de santé": the need itself is the topic.
    const effective = cues.marked && kind !== 'problem' ? 'problem' : kind;
    if (effective === 'problem') return negated || cues.resolved ? 'resolved' : 'strong';
    if (negated || cues.lacking) return 'strong';
    if (cues.resolved || cues.possessed) return 'resolved';
    return effective === 'state' ? 'resolved' : 'weak';
  };
}
