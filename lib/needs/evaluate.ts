/** A text with the categories a counsellor would orient the person for. */
export interface LabelledText {
  text: string;
  expected: readonly string[];
}

export interface CategoryScore {
  category: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalReport {
  perCategory: CategoryScore[];
  micro: Omit<CategoryScore, 'category'>;
  macroF1: number;
  /** Texts where the detection differs from the label, for tuning. */
  misses: Array<{ text: string; missing: string[]; extra: string[] }>;
}

function score(tp: number, fp: number, fn: number) {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

/** Precision, recall and F1 of a category detector, per category and pooled (micro). */
export function scoreDetections(
  cases: readonly LabelledText[],
  detect: (text: string) => readonly string[],
  categories: readonly string[],
): EvalReport {
  const counts = new Map(categories.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: EvalReport['misses'] = [];
  for (const { text, expected } of cases) {
    const want = new Set(expected);
    const got = new Set(detect(text));
    for (const category of categories) {
      const count = counts.get(category)!;
      if (want.has(category) && got.has(category)) count.tp++;
      else if (got.has(category)) count.fp++;
      else if (want.has(category)) count.fn++;
    }
    const missing = [...want].filter((c) => !got.has(c));
    const extra = [...got].filter((c) => !want.has(c));
    if (missing.length || extra.length) misses.push({ text, missing, extra });
  }
  const perCategory = categories.map((category) => {
    const { tp, fp, fn } = counts.get(category)!;
    return { category, ...score(tp, fp, fn) };
  });
  const total = [...counts.values()].reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const macroF1 = perCategory.reduce((sum, c) => sum + c.f1, 0) / perCategory.length;
  return { perCategory, micro: score(total.tp, total.fp, total.fn), macroF1, misses };
}
