/**
 * Reads a Chromium trace (the JSON `browser.stopTracing()` returns) and sums where the page's main
 * thread spent a window of time: busy time by kind of work (script, style, layout, paint, GC, …)
 * and, from the V8 sampling profiler (`disabled-by-default-v8.cpu_profiler`), the functions with
 * the most self time and the most total time. The window is bounded by two `performance.mark`s the
 * page set (category `blink.user_timing`).
 */

import type { ProfileNode, TraceEvent } from './trace-event.ts';

/** Time by kind of main-thread work, then the heaviest functions (milliseconds). */
export interface TraceSummary {
  windowMs: number;
  /** CPU time of the main thread in the window (thread clock). */
  busyMs: number;
  byKind: [string, number][];
  selfByFunction: [string, number][];
  totalByFunction: [string, number][];
}

/** Kinds of Blink/V8 trace events, grouped as DevTools' summary groups them; nested events inherit their parent's kind. */
const KIND: Record<string, string> = {
  FunctionCall: 'script',
  'v8.callFunction': 'script',
  EvaluateScript: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GC_MC_INCREMENTAL': 'gc',
  'V8.GCIncrementalMarking': 'gc',
  'V8.GCFinalizeMC': 'gc',
  BlinkGC: 'gc',
  'BlinkGC.AtomicPhase': 'gc',
  UpdateLayoutTree: 'style',
  ParseAuthorStyleSheet: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  Commit: 'commit',
  HitTest: 'hit test',
};

function frameName(n: ProfileNode): string {
  const f = n.callFrame;
  const file = f.url ? f.url.slice(f.url.lastIndexOf('/') + 1) : '';
  return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
}

/**
 * Summarises the main thread of the renderer that set `startMark` between the two marks.
 * @param top - how many functions to list.
 */
export function summariseTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[], startMark: string, endMark: string, top = 25): TraceSummary {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const start = events.find((e) => e.name === startMark && (e.cat ?? '').includes('blink.user_timing'));
  if (!start) throw new Error(`mark ${startMark} not in the trace`);
  const end = events.filter((e) => e.name === endMark && e.pid === start.pid && e.ts >= start.ts).sort((a, b) => a.ts - b.ts)[0];
  if (!end) throw new Error(`mark ${endMark} not in the trace after ${startMark}`);
  const t0 = start.ts, t1 = end.ts;
  const pid = start.pid;
  const mainTid = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const onMain = events.filter((e) => e.pid === pid && e.tid === mainTid);

  // Thread time (CPU time of the main thread, not wall time: the machine may be shared) of every
  // complete event starting in the window, nested by time; each event's own time goes to its kind,
  // an event of no known kind to its parent's.
  const xs = onMain.filter((e) => e.ph === 'X' && e.ts >= t0 && e.ts < t1).sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const kinds = new Map<string, number>();
  const stack: { end: number; kind: string; child: number; own: number }[] = [];
  const close = (upTo: number) => {
    while (stack.length && stack[stack.length - 1].end <= upTo) {
      const done = stack.pop()!;
      kinds.set(done.kind, (kinds.get(done.kind) ?? 0) + Math.max(0, done.own - done.child));
    }
  };
  let busy = 0;
  for (const e of xs) {
    close(e.ts);
    const own = (e as TraceEvent & { tdur?: number }).tdur ?? e.dur ?? 0;
    const parent = stack[stack.length - 1];
    if (parent) parent.child += own;
    else busy += own;
    stack.push({ end: e.ts + (e.dur ?? 0), kind: KIND[e.name] ?? parent?.kind ?? 'other (task overhead, IPC, …)', child: 0, own });
  }
  close(Infinity);

  // The sampling profile of the main thread.
  const profile = events.find((e) => e.pid === pid && e.tid === mainTid && e.name === 'Profile');
  const nodes = new Map<number, ProfileNode>();
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  if (profile) {
    let ts = profile.args?.data?.startTime ?? 0;
    for (const c of events.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id && e.pid === pid)) {
      const data = c.args?.data;
      for (const n of data?.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
      const samples = data?.cpuProfile?.samples ?? [];
      const deltas = data?.timeDeltas ?? [];
      for (let i = 0; i < samples.length; i++) {
        ts += deltas[i] ?? 0;
        const next = deltas[i + 1] ?? 0;
        if (ts < t0 || ts > t1) continue;
        let n: ProfileNode | undefined = nodes.get(samples[i]);
        if (!n) continue;
        const name = frameName(n);
        if (name.startsWith('(idle)')) continue;
        self.set(name, (self.get(name) ?? 0) + next);
        const seen = new Set<string>();
        while (n) {
          const nm = frameName(n);
          if (!seen.has(nm)) total.set(nm, (total.get(nm) ?? 0) + next);
          seen.add(nm);
          n = n.parent !== undefined ? nodes.get(n.parent) : undefined;
        }
      }
    }
  }
  const ms = (m: Map<string, number>) => [...m].map(([k, v]) => [k, v / 1000] as [string, number]).sort((a, b) => b[1] - a[1]).slice(0, top);
  return { windowMs: (t1 - t0) / 1000, busyMs: busy / 1000, byKind: ms(kinds), selfByFunction: ms(self), totalByFunction: ms(total) };
}

/** The summary as text lines. */
export function traceSummaryLines(s: TraceSummary): string[] {
  const f = (x: number) => x.toFixed(1).padStart(8);
  return [
    `window ${s.windowMs.toFixed(1)} ms wall, main thread CPU ${s.busyMs.toFixed(1)} ms (thread time), by kind:`,
    ...s.byKind.map(([k, v]) => `  ${f(v)} ms  ${k}`),
    'self time (profiler samples, wall clock):',
    ...s.selfByFunction.map(([k, v]) => `  ${f(v)} ms  ${k}`),
    'total time (profiler samples, wall clock):',
    ...s.totalByFunction.map(([k, v]) => `  ${f(v)} ms  ${k}`),
  ];
}
