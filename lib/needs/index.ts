export { detectNeeds, needCategories, type DetectedNeed } from './detect-needs';
export { scoreDetections, type CategoryScore, type EvalReport, type LabelledText } from './evaluate';
export { readPageNeeds, readPageNeedsWithSources, readPageNeedsSliced, type PageNeed, type ReadPageOptions } from './read-page-needs';
