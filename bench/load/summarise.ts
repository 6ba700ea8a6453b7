export interface Sample {
  kind: string;
  label: string;
  ms: number;
  /** Answered (below 400), refused under overload (503), another error, or no answer within 30 s. */
  outcome: 'ok' | 'refused' | 'error' | 'timeout';
  at: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Per class and per request of the load benchmark: req/s, p50/p95/p99 in ms of the answered requests, refusals, errors and timeouts. */
export function summarise(samples: Sample[], seconds: number): Record<string, string | number>[] {
  const groups = new Map<string, Sample[]>();
  for (const s of samples) {
    for (const key of [s.kind, `  ${s.kind}: ${s.label}`]) {
      const group = groups.get(key);
      if (group) group.push(s);
      else groups.set(key, [s]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.trim().localeCompare(b.trim()))
    .map(([name, group]) => {
      const sorted = group.filter((s) => s.outcome === 'ok').map((s) => s.ms).sort((a, b) => a - b);
      const count = (outcome: Sample['outcome']) => group.filter((s) => s.outcome === outcome).length;
      return {
        class: name,
        requests: group.length,
        'req/s': round(group.length / seconds),
        'p50 ms': round(percentile(sorted, 50)),
        'p95 ms': round(percentile(sorted, 95)),
        'p99 ms': round(percentile(sorted, 99)),
        'refused (503/429)': count('refused'),
        errors: count('error'),
        timeouts: count('timeout'),
      };
    });
}
