// Order statistics the benches print: median and the 10th–90th percentile spread.


export const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
export const quantile = (xs: number[], q: number) => {
  const s = sorted(xs);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))] : NaN;
};
export const median = (xs: number[]) => quantile(xs, 0.5);
export const spread = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} [${quantile(xs, 0.1).toFixed(digits)}–${quantile(xs, 0.9).toFixed(digits)}]`;
