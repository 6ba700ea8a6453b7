export interface Sample {
  kind: string;
  label: string;
  ms: number;
  ok: boolean;
  at: number;
}

const percentile = (sorted: number[], p: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!);
const round = (ms: number) => Math.round(ms * 10) / 10;

/** Per class and per request of the load benchmark: req/s, p50/p95/p99 in ms and errors. */
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
      const sorted = group.map((s) => s.ms).sort((a, b) => a - b);
      return {
        class: name,
        requests: group.length,
        'req/s': round(group.length / seconds),
        'p50 ms': round(percentile(sorted, 50)),
        'p95 ms': round(percentile(sorted, 95)),
        'p99 ms': round(percentile(sorted, 99)),
        errors: group.filter((s) => !s.ok).length,
      };
    });
}
