/**
 * Where the time went in a Chromium trace (the JSON `browser.startTracing` writes) between two
 * `performance.mark`s of the page: per thread of the page's renderer process (main thread, each
 * worker named by the script it runs), the busy time inside the window and the trace events that
 * took it, by self time (an event's duration less its children's). Complete (`X`) and
 * begin/end (`B`/`E`) events are both read; nesting is taken from timestamps per thread.
 */

import type { TraceEvent, TraceFile } from './trace-event.ts';

export type { TraceEvent, TraceFile };

export interface ThreadBreakdown {
  thread: string;
  /** Time covered by top-level events inside the window (ms). */
  busyMs: number;
  /** Self time by event name, largest first (ms). */
  self: [string, number][];
}

/** One event of a thread as an interval (trace clock, microseconds). */
export interface Span {
  name: string;
  start: number;
  end: number;
}

/**
 * A thread's events clipped to the window lo … hi: the time covered by its top-level events
 * (`busy`, µs) and each event name's self time (its duration less its children's, µs), nesting
 * taken from the timestamps.
 */
export function selfTimes(list: Span[], lo: number, hi: number): { busy: number; self: Map<string, number> } | null {
  const inside = list.filter((s) => s.end > lo && s.start < hi).sort((x, y) => x.start - y.start || y.end - x.end);
  if (!inside.length) return null;
  const self = new Map<string, number>();
  let busy = 0;
  const stack: { span: Span; child: number }[] = [];
  const clip = (s: Span) => Math.max(0, Math.min(s.end, hi) - Math.max(s.start, lo));
  const pop = () => {
    const top = stack.pop()!;
    self.set(top.span.name, (self.get(top.span.name) ?? 0) + clip(top.span) - top.child);
  };
  for (const s of inside) {
    while (stack.length && stack[stack.length - 1].span.end <= s.start) pop();
    if (stack.length) stack[stack.length - 1].child += clip(s);
    else busy += clip(s);
    stack.push({ span: s, child: 0 });
  }
  while (stack.length) pop();
  return { busy, self };
}

/** The breakdown between the marks `from` and `to` (microseconds of the trace clock). */
export function traceBreakdown(trace: TraceFile, from = 'focal-import-start', to = 'focal-import-ready'): { windowMs: number; threads: ThreadBreakdown[] } {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mark = (name: string) => events.find((e) => e.name === name && (e.cat ?? '').includes('user_timing'));
  const a = mark(from);
  const b = mark(to);
  if (!a || !b) throw new Error(`the trace lacks the marks ${from} and ${to}`);
  const pid = a.pid;
  const names = new Map<number, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.pid === pid) names.set(e.tid, e.args?.name ?? String(e.tid));
  // The script a worker runs: the URL its events name most often.
  const urls = new Map<number, Map<string, number>>();
  const spans = new Map<number, Span[]>();
  const open = new Map<number, TraceEvent[]>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    const url = e.args?.data?.url;
    if (url) {
      const m = urls.get(e.tid) ?? new Map<string, number>();
      const base = url.split('/').pop()!.replace(/-[\w-]{8}\.js$/, '.js');
      m.set(base, (m.get(base) ?? 0) + 1);
      urls.set(e.tid, m);
    }
    const list = spans.get(e.tid) ?? [];
    if (e.ph === 'X' && e.dur !== undefined) list.push({ name: label(e), start: e.ts, end: e.ts + e.dur });
    else if (e.ph === 'B') (open.get(e.tid) ?? open.set(e.tid, []).get(e.tid)!).push(e);
    else if (e.ph === 'E') {
      const s = open.get(e.tid)?.pop();
      if (s) list.push({ name: label(s), start: s.ts, end: e.ts });
    }
    spans.set(e.tid, list);
  }
  const lo = a.ts;
  const hi = b.ts;
  const threads: ThreadBreakdown[] = [];
  for (const [tid, list] of spans) {
    const times = selfTimes(list, lo, hi);
    if (!times) continue;
    const { busy, self } = times;
    const u = urls.get(tid);
    const script = u ? [...u].sort((x, y) => y[1] - x[1])[0][0] : '';
    const thread = `${names.get(tid) ?? tid}${script && names.get(tid) !== 'CrRendererMain' ? ` (${script})` : ''}`;
    threads.push({ thread, busyMs: busy / 1000, self: [...self].map(([n, us]): [string, number] => [n, us / 1000]).sort((x, y) => y[1] - x[1]) });
  }
  threads.sort((x, y) => y.busyMs - x.busyMs);
  return { windowMs: (hi - lo) / 1000, threads };
}

/** An event's name, with the function or event type it stands for where the trace says. */
function label(e: TraceEvent): string {
  const d = e.args?.data;
  if (e.name === 'FunctionCall' && d?.functionName) return `FunctionCall ${d.functionName}`;
  if (e.name === 'EventDispatch' && d?.type) return `EventDispatch ${d.type}`;
  return e.name;
}

/** Printable lines: the window, then per busy thread its busy time and largest self times. */
export function traceBreakdownLines(trace: TraceFile, top = 8): string[] {
  const { windowMs, threads } = traceBreakdown(trace);
  const lines = [`window ${windowMs.toFixed(0)} ms (change event → mapping dialog)`];
  for (const t of threads) {
    if (t.busyMs < 5) continue;
    const parts = t.self.filter(([, ms]) => ms >= 1).slice(0, top).map(([n, ms]) => `${n} ${ms.toFixed(0)}`);
    lines.push(`${t.thread}: busy ${t.busyMs.toFixed(0)} ms — ${parts.join(', ')}`);
  }
  return lines;
}
