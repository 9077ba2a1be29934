// The spreadsheet modules (sheet*.ts) are imported by path where used, so the popup never bundles them.
export { localDay, addDays, addMonths, daysBetween, frenchDate, readDate } from './dates';
export {
  dueFor,
  dueItems,
  standingOf,
  CONVENTION_END_WINDOW_DAYS,
  REVIEW_WINDOW_DAYS,
  BILAN_EVERY_DAYS,
  type DueItem,
  type DueKind,
  type FollowUpData,
  type PartnerStanding,
} from './due';
// person-data.ts (libphonenumber-js, ibantools: ~160 KB) is imported by path, never in the popup's first load.
export type { PersonDataFinding, PersonDataKind, PersonDataContext, PartnerLike } from './person-data';
export { getPartnership, savePartnership, logContact, deleteContactEntry, logOf, loadFollowUpData, type FieldProblem } from './store';
export { boardPartners, boardRows, filterRows, sortRows, filterChoices, onePerPartner, type BoardLine, type BoardRow, type BoardPartner, type BoardSort, type BoardFilter } from './board';
export { FOLLOW_UP_ALARM, NOTIFY_SETTING_KEY, ensureFollowUpAlarm, notificationsWanted, runFollowUpCheck, reminderDeps, type ReminderDeps, type ReminderBrowser, type StorageAreaLike } from './reminders';
export { networkMap, loadNetworkMap, type MapEntry, type MapGroup } from './network-map';
