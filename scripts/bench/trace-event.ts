/**
 * One event of a Chromium trace (the JSON `browser.stopTracing()` returns), with the arguments the
 * bench scripts read: thread and process names, the script a thread runs, and the V8 sampling
 * profiler's chunks (`ProfileChunk`: nodes, samples, time deltas; `Profile`: start time).
 * Format: https://docs.google.com/document/d/1CvAClvFfyA5R-PhYUmn5OOQtYMH4h6I0nSsKchNAySU
 */

/** A call-tree node of the V8 sampling profiler. */
export interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      functionName?: string;
      type?: string;
      startTime?: number;
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** A whole trace file: the object form or the bare array form. */
export type TraceFile = { traceEvents: TraceEvent[] } | TraceEvent[];
