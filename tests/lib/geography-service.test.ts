import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createGeographyIndex, type Geography } from '../../lib/geography';
import { geographyClient, serveGeography, type GeographyPort } from '../../lib/geography-service';

const small: Geography = {
  source: 'test',
  departements: [['34', 'Hérault']],
  epci: [['200066355', 'CA Sète Agglopôle Méditerranée']],
  communes: [
    ['34301', 'Sète', '34200', 0],
    ['34108', 'Frontignan', '34110', 0],
  ],
};

const channels: MessageChannel[] = [];
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

/** The page's client and the worker's side, on the two ends of one channel. */
function connect(load: () => Promise<ReturnType<typeof createGeographyIndex>>) {
  const channel = new MessageChannel();
  channels.push(channel);
  serveGeography(channel.port2 as unknown as GeographyPort, load);
  return geographyClient(channel.port1 as unknown as GeographyPort);
}

describe('the territory picker’s geography, held by a worker', () => {
  it('answers searches and places as the index itself does', async () => {
    const oracle = createGeographyIndex(small);
    const client = connect(async () => createGeographyIndex(small));
    await client.ready();
    for (const query of ['sete', 'HERAULT', '34200', 'agglo', 'zz']) expect(await client.search(query, 8)).toEqual(oracle.search(query, 8));
    const [thau] = await client.search('agglopole');
    expect(await client.toPlace(thau)).toEqual(oracle.toPlace(thau));
    expect((await client.toPlace(thau)).codes).toEqual(['34301', '34108']);
  });

  it('a geography that cannot be read: every question fails, and a question asked once it can be read is answered', async () => {
    let damaged = true;
    const client = connect(async () => {
      if (damaged) throw new Error('damaged');
      return createGeographyIndex(small);
    });
    await expect(client.ready()).rejects.toThrow();
    await expect(client.search('sete')).rejects.toThrow();
    damaged = false;
    expect((await client.search('sete')).map((o) => o.label)).toEqual(['Sète (34) — 34200', 'CA Sète Agglopôle Méditerranée (EPCI)']);
    await client.ready();
  });

  it('a worker whose script failed: the questions waiting and those to come fail, none waits forever', async () => {
    const worker = new EventTarget() as EventTarget & { postMessage: () => void };
    worker.postMessage = () => undefined;
    const client = geographyClient(worker as unknown as GeographyPort);
    const waiting = client.search('sete');
    worker.dispatchEvent(new Event('error'));
    await expect(waiting).rejects.toThrow();
    await expect(client.ready()).rejects.toThrow();
  });
});
