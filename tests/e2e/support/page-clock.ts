import type { BrowserContext, Page } from 'playwright-core';

/**
 * A page's long-task bound on a loaded machine. A long task's duration is wall time: beside other
 * processes on 2 cores, a 30 ms render takes 500 ms of wall time without being any longer in
 * work. So a bound set on an idle machine (« no page task over 200 ms ») is scaled by how much
 * slower the page's thread runs right now than the CPU work it does: the same fixed loop is
 * timed in the page (wall clock) and in this process (CPU time, which load does not stretch).
 * Idle, the factor is 1 and the bound is the one written in the test; loaded, a regression that
 * puts the work back on the page's thread (seconds of work) still fails by the same margin.
 */
const LOOP = 4_000_000;

/** The fixed work, as source: the same text runs in Node and in the page. */
const WORK = 'let x = 1; for (let i = 0; i < n; i++) x = (x * 1664525 + 1013904223 + i) % 4294967296; return x;';
const fixedWork = new Function('n', WORK) as (n: number) => number;

function nodeCpuMs(): number {
  fixedWork(LOOP / 10);
  const runs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const before = process.cpuUsage();
    fixedWork(LOOP);
    const used = process.cpuUsage(before);
    runs.push((used.user + used.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[1];
}

/** Evaluated as an expression (through the driver, so the extension page's CSP does not apply). */
function pageWallMs(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const work = function (n) { ${WORK} };
    work(${LOOP / 10});
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      work(${LOOP});
      runs.push(performance.now() - started);
    }
    return runs.sort((a, b) => a - b)[1];
  })()`) as Promise<number>;
}

/**
 * How many times slower than its CPU work a page's thread runs now (1 on an idle machine). Timed
 * in a blank tab of its own (another process), so that the loop is no long task of the page
 * under test, whose observers would count it.
 */
export async function pageSlowdown(context: BrowserContext): Promise<number> {
  const blank = await context.newPage();
  try {
    const [wall, cpu] = [await pageWallMs(blank), nodeCpuMs()];
    return Math.max(1, wall / Math.max(cpu, 1));
  } finally {
    await blank.close();
  }
}

/** The idle bound scaled by the slowdown measured before and after the phase (the larger). */
export function scaledBound(idleBoundMs: number, before: number, after: number): number {
  return Math.round(idleBoundMs * Math.max(before, after));
}
