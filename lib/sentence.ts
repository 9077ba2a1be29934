/**
 * A sentence placed inside another (« Échec de l’actualisation le … : $2. Les données… »): its own
 * final full stop goes, so the message never reads « l’actualisation.. ».
 */
export function asClause(sentence: string): string {
  return sentence.trim().replace(/\s*\.+$/u, '');
}
