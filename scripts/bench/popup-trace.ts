// `--trace` of the popup-open bench (scripts/bench/popup-open.ts): one more open per build,
// recorded with Chromium's tracing over the DevTools protocol, and printed as where the popup's
// main thread spent its time: its tasks over a few milliseconds, what ran inside each (script
// evaluation, compilation, garbage collection, layout…), and the functions the sampling profiler
// saw most in the long ones. A diagnostic: it prints, it sets no target.

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, any>;
}

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.cpu_profiler',
  'disabled-by-default-devtools.timeline.frame',
];

/** Records a trace of the whole browser while `open` runs; answers its events. */
export async function traceWhile(port: number, open: () => Promise<void>): Promise<TraceEvent[]> {
  const puppeteer = (await import('puppeteer-core')).default;
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  try {
    const cdp = await browser.target().createCDPSession();
    const done = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (event: { stream?: string }) => resolve(event.stream!)));
    await cdp.send('Tracing.start', { transferMode: 'ReturnAsStream', traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' } });
    await open();
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    if (process.env.POPUP_TRACE_FILE) (await import('node:fs')).writeFileSync(process.env.POPUP_TRACE_FILE + '-' + Date.now() + '.json', text);
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  } finally {
    await browser.disconnect();
  }
}

const ms = (us: number) => (us / 1000).toFixed(1);

/** What a task's time went to: the trace events nested in it, by kind (their own time, children excluded). */
const KINDS: Record<string, string> = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  'v8.run': 'script',
  'v8.evaluateModule': 'module eval',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.parseOnBackground': 'compile',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GC_SCAVENGER': 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  ParseHTML: 'parse html',
  ParseAuthorStyleSheet: 'style',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  Paint: 'paint',
  PrePaint: 'paint',
  Commit: 'paint',
  'v8.deserializeOnBackground': 'compile',
};

export function printTrace(events: TraceEvent[], label: string): void {
  // The popup's renderer main thread: the one that parsed popup.html.
  const parse = events.find((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').includes('popup.html'));
  if (!parse) {
    console.log(`  ${label}: no popup in the trace`);
    return;
  }
  const { pid, tid } = parse;
  const own = events.filter((e) => e.pid === pid && e.tid === tid);
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').includes('popup.html'));
  const zero = nav?.ts ?? parse.ts;
  const all = own.filter((e) => e.ph === 'X' && (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask') && (e.dur ?? 0) > 3000 && e.ts >= zero);
  // Outermost tasks only (RunTask nests in ThreadControllerImpl::RunTask).
  const tasks = all.filter((e) => !all.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur! >= e.ts + e.dur! && (o.ts < e.ts || o.dur! > e.dur! || o.name === 'ThreadControllerImpl::RunTask')));
  const marks = own.filter((e) => e.cat.includes('blink.user_timing') && e.name.startsWith('repere:'));
  console.log(`\n  ${label}: popup main thread, tasks over 3 ms (ms since navigation start)`);
  for (const m of marks) console.log(`    mark ${m.name} at ${ms(m.ts - zero)}`);
  const complete = own.filter((e) => e.ph === 'X' && e.dur !== undefined);
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inside = complete.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= end && KINDS[e.name]);
    // Self time per kind: an event's duration minus its nested known children.
    const byKind = new Map<string, number>();
    const details: string[] = [];
    for (const e of inside) {
      const children = inside.filter((c) => c !== e && c.ts >= e.ts && c.ts + c.dur! <= e.ts + e.dur! && !inside.some((m) => m !== e && m !== c && m.ts >= e.ts && m.ts + m.dur! <= e.ts + e.dur! && c.ts >= m.ts && c.ts + c.dur! <= m.ts + m.dur!));
      const self = e.dur! - children.reduce((sum, c) => sum + c.dur!, 0);
      byKind.set(KINDS[e.name], (byKind.get(KINDS[e.name]) ?? 0) + self);
      const url = e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.functionName;
      if (e.dur! > 2000 && (e.name === 'EvaluateScript' || e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'FunctionCall' || e.name.endsWith('GC')))
        details.push(`${e.name}${url ? ` ${String(url).replace(/^chrome-extension:\/\/[^/]+\//, '')}` : ''} ${ms(e.dur!)}`);
    }
    const kinds = [...byKind].sort((a, b) => b[1] - a[1]).filter(([, v]) => v > 300).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
    console.log(`    task at ${ms(task.ts - zero)} for ${ms(task.dur!)} ms: ${kinds}${details.length ? `\n      ${details.slice(0, 8).join(' · ')}` : ''}`);
  }
  printProfile(events, pid, tid, tasks.filter((t) => t.dur! > 20_000), zero);
}

/** Self time per function, from the sampling profiler's chunks, within the given tasks. */
function printProfile(events: TraceEvent[], pid: number, tid: number, long: TraceEvent[], zero: number): void {
  if (!long.length) return;
  const nodes = new Map<number, { name: string; url: string; line: number }>();
  const samples: Array<{ node: number; ts: number }> = [];
  // The profile of this thread: its `Profile` event names the id its chunks carry.
  const profile = events.find((e) => e.pid === pid && e.tid === tid && e.name === 'Profile');
  if (!profile) return;
  const chunks = events.filter((e) => e.pid === pid && e.name === 'ProfileChunk' && e.id === profile.id);
  let lastTs = profile.args?.data?.startTime ?? 0;
  for (const chunk of chunks) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, { name: node.callFrame.functionName || '(anonymous)', url: node.callFrame.url ?? '', line: node.callFrame.lineNumber });
    const ids: number[] = data?.cpuProfile?.samples ?? [];
    const deltas: number[] = data?.timeDeltas ?? [];
    for (let i = 0; i < ids.length; i++) {
      lastTs += deltas[i] ?? 0;
      samples.push({ node: ids[i], ts: lastTs });
    }
  }
  if (!samples.length) return;
  for (const task of long) {
    const self = new Map<string, number>();
    let count = 0;
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > task.ts + task.dur!) continue;
      const node = nodes.get(s.node);
      if (!node) continue;
      const key = `${node.name} ${node.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}:${node.line}`;
      self.set(key, (self.get(key) ?? 0) + 1);
      count++;
    }
    const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, n]) => `${k} ${((100 * n) / Math.max(1, count)).toFixed(0)}%`);
    console.log(`    samples in the task at ${ms(task.ts - zero)} (${count}): ${top.join(' · ')}`);
  }
}
