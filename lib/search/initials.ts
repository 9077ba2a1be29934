/** Bits 0–25 for a–z, 26–31 for digits (two digits may share a bit: hasInitials then decides). */
export function initialsMask(letters: readonly string[]): number {
  let mask = 0;
  for (const letter of letters) {
    const code = letter.charCodeAt(0);
    if (code >= 97 && code <= 122) mask |= 1 << (code - 97);
    else if (code >= 48 && code <= 57) mask |= 1 << (26 + ((code - 48) % 6));
  }
  return mask >>> 0;
}
