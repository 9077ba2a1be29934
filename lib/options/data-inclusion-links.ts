/**
 * Where the counsellor gets local data without a team file (read in gip-inclusion/data-inclusion,
 * api/src/data_inclusion/api/api_description.md and pipeline/dags/…/publish_opendata, 2026-06-30):
 * the API's tokens are asked through the data·inclusion team's form, which then gets back in
 * touch (no delay announced); the open data is published every Monday on data.gouv.fr as
 * whole-country files only (structures and services; CSV, JSON, GeoJSON, Parquet, XLSX).
 * Links the counsellor opens; the extension requests none of them.
 */
export const TOKEN_REQUEST_FORM = 'https://tally.so/r/mYjJ85';
export const OPEN_DATA_PAGE = 'https://www.data.gouv.fr/fr/datasets/6233723c2c1e4a54af2f6b2d/';
