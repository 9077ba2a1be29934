/** Links are only ever http(s); anything else (javascript:, data:, file:) is refused at the border. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
