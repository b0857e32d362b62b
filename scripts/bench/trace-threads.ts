/**
 * Where the time went in a Chromium trace (the JSON `browser.stopTracing()` returns) between two
 * `performance.mark`s of a page, over every process of the browser (the page's renderer and its
 * workers, the GPU process, the browser's compositor threads): per thread, the time covered by
 * its top-level events inside the window and the events with the most self time. The renderer's
 * main thread is only one of the places a frame waits on: SwiftShader rasterises and compiles
 * shaders in the GPU process, and the screen shows a frame only once that is done.
 */
import { selfTimes, type Span, type TraceEvent, type TraceFile } from './trace-breakdown.ts';

export interface ThreadTime {
  /** Process and thread name, e.g. `GPU Process / CrGpuMain`. */
  thread: string;
  busyMs: number;
  /** Self time by event name, largest first (ms). */
  self: [string, number][];
}


/** Busy time per thread of every process between the page's marks `from` and `to` (the first `to` after `from`). */
export function traceThreads(trace: TraceFile, from: string, to: string): { windowMs: number; threads: ThreadTime[] } {
  const events: TraceEvent[] = Array.isArray(trace) ? trace : trace.traceEvents;
  const isMark = (e: TraceEvent, name: string) => e.name === name && (e.cat ?? '').includes('user_timing');
  const a = events.filter((e) => isMark(e, from)).sort((x, y) => x.ts - y.ts)[0];
  if (!a) throw new Error(`mark ${from} not in the trace`);
  const b = events.filter((e) => isMark(e, to) && e.ts >= a.ts).sort((x, y) => x.ts - y.ts)[0];
  if (!b) throw new Error(`mark ${to} not in the trace after ${from}`);
  const lo = a.ts, hi = b.ts;
  const processes = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    if (e.name === 'process_name') processes.set(e.pid, e.args?.name ?? String(e.pid));
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? String(e.tid));
  }
  const spans = new Map<string, Span[]>();
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    let list = spans.get(key);
    if (!list) spans.set(key, (list = []));
    if (e.ph === 'X' && e.dur !== undefined) list.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') (open.get(key) ?? open.set(key, []).get(key)!).push(e);
    else if (e.ph === 'E') {
      const s = open.get(key)?.pop();
      if (s) list.push({ name: s.name, start: s.ts, end: e.ts });
    }
  }
  const threads: ThreadTime[] = [];
  for (const [key, list] of spans) {
    const times = selfTimes(list, lo, hi);
    if (!times) continue;
    const { busy, self } = times;
    const pid = Number(key.split(':')[0]);
    threads.push({
      thread: `${processes.get(pid) ?? pid} / ${threadNames.get(key) ?? key.split(':')[1]}`,
      busyMs: busy / 1000,
      self: [...self].map(([n, us]): [string, number] => [n, us / 1000]).sort((x, y) => y[1] - x[1]),
    });
  }
  threads.sort((x, y) => y.busyMs - x.busyMs);
  return { windowMs: (hi - lo) / 1000, threads };
}

/** Printable lines: the window, then every thread busy ≥ `minMs` with its largest self times. */
export function traceThreadLines(trace: TraceFile, from: string, to: string, top = 8, minMs = 5): string[] {
  const { windowMs, threads } = traceThreads(trace, from, to);
  const lines = [`window ${windowMs.toFixed(0)} ms`];
  for (const t of threads) {
    if (t.busyMs < minMs) continue;
    const parts = t.self.filter(([, ms]) => ms >= 1).slice(0, top).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    lines.push(`  ${t.thread}: busy ${t.busyMs.toFixed(0)} ms — ${parts.join(', ')}`);
  }
  return lines;
}
