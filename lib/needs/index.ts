export { detectNeeds, needCategories, type DetectedNeed } from './detect-needs';
export { scoreDetections, type CategoryScore, type EvalReport, type LabelledText } from './evaluate';
