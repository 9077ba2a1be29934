/** A program or file `npm test` needs, the Debian package that brings it. */
export interface Prerequisite {
  what: string;
  present: () => boolean;
  pkg: string;
}
export const PREREQUISITES: Prerequisite[];
export function missingPrerequisites(checks?: Prerequisite[]): { missing: Prerequisite[]; command: string | null };
export function checkPrerequisites(checks?: Prerequisite[]): boolean;
