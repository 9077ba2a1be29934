// The territory picker's geography (data/geography.json, ~36,000 communes), read, checked and
// indexed off the options page's thread, and searched here at each key (lib/geography-service.ts).
import { createGeographyIndex, GeographySchema } from '../../lib/geography';
import { serveGeography, type GeographyPort } from '../../lib/geography-service';

serveGeography(self as unknown as GeographyPort, async () => createGeographyIndex(GeographySchema.parse(await (await fetch('/data/geography.json')).json())));
