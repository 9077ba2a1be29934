export interface GeographySource {
  version: string;
  communes: unknown[];
  departements: unknown[];
  epci: unknown[];
}
export function geographySource(): GeographySource;
export function trimGeography(source: GeographySource): {
  source: string;
  departements: [string, string][];
  epci: [string, string][];
  communes: ([string, string, string, number] | [string, string, string, number, string])[];
};
export function geographyJson(): string;
