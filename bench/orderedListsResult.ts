// The result of one operation in a bench/orderedLists.ts run, as written to its JSON file and read back by
// bench/orderedListsReport.ts: one definition for the writer and the reader.

/** One timed run: wall ms, this process's CPU ms, run-queue wait ms (null where /proc has no schedstat), GC ms. */
export interface RunTimes {
  ms: number;
  cpu: number;
  wait: number | null;
  gc: number;
}

/** What the slowest 1% of the runs spent, beside the p99 over blocks of 100 runs (comparable with the older 100-run tables). */
export interface Tail {
  cpuP50: number;
  cpuP99: number;
  p99Of100: number | null;
  p99Of100Range: [number, number] | null;
  slowest: RunTimes & { n: number };
  others: RunTimes;
}

export interface OperationResult {
  p50: number;
  p99: number;
  min: number;
  n: number;
  roundTrips: number | null;
  errors: number;
  answer: string;
  /** Recorded since 2026-12-02; older run files have neither. */
  tail?: Tail;
  runs?: RunTimes[];
}
