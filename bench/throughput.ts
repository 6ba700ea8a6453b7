import autocannon from 'autocannon';
import { spawnBenchServer } from './spawn-server';

const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;
/**
 * A steady load far above what a region's users produce, but below saturation: at saturation the
 * latency mostly measures the queue of 20 connections (latency ≈ connections / throughput), so the
 * p99 is also measured at this rate.
 */
const STEADY_RATE = 2000;

interface Figures {
  name: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(name: string, options: autocannon.Options): Promise<Figures> {
  // A short warm-up so JIT and caches are settled before measuring.
  await autocannon({ ...options, duration: 2 });
  const r = await autocannon({ connections: CONNECTIONS, ...options, duration: DURATION_S });
  return { name, requestsPerSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

/** Walk endpoint vs hello world in the same server, same run (issue 2). */
export async function benchThroughput(): Promise<void> {
  const server = await spawnBenchServer();
  const { url } = server;
  try {
    const hello = await load('GET /api/v1/bench/hello (hello world)', { url: `${url}/api/v1/bench/hello` });
    const walkRequest: autocannon.Options = {
      url: `${url}/api/v1/routemaps/den-haag-persoon/walk`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: ['no', 'yes', 'labour'], municipality: 'GM0546' }),
    };
    const walk = await load('POST /api/v1/routemaps/den-haag-persoon/walk', walkRequest);
    const steadyHello = await load(`hello world at ${STEADY_RATE} req/s`, { url: `${url}/api/v1/bench/hello`, overallRate: STEADY_RATE });
    const steadyWalk = await load(`walk at ${STEADY_RATE} req/s`, { ...walkRequest, overallRate: STEADY_RATE });
    console.log(`\nThroughput and latency, ${CONNECTIONS} connections, ${DURATION_S} s each, loopback, 2-core machine`);
    console.table(
      [hello, walk, steadyHello, steadyWalk].map((f) => ({
        endpoint: f.name,
        'req/s': Math.round(f.requestsPerSecond),
        'p50 ms': f.p50,
        'p99 ms': f.p99,
        errors: f.errors + f.non2xx,
      })),
    );
    const ratio = walk.requestsPerSecond / hello.requestsPerSecond;
    console.log(`walk / hello world throughput: ${(ratio * 100).toFixed(1)} % (goal ≥ 50 %)`);
    console.log(`walk p99 latency: ${steadyWalk.p99} ms at ${STEADY_RATE} req/s, ${walk.p99} ms at saturation (goal < 5 ms)`);
    if ([walk, steadyWalk].some((f) => f.errors + f.non2xx > 0)) throw new Error('the walk endpoint returned errors under load');
  } finally {
    server.stop();
  }
  await benchRequestLog();
}

/** The walk on `url`, as benchThroughput loads it. */
const walkAt = (url: string): autocannon.Options => ({
  url: `${url}/api/v1/routemaps/den-haag-persoon/walk`,
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ answers: ['no', 'yes', 'labour'], municipality: 'GM0546' }),
});

const LOG_ROUNDS = Number(process.env.BENCH_LOG_ROUNDS ?? 3);

/**
 * The walk with the logger as configured in production (info, JSON on stdout to /dev/null) vs no
 * logger, in two servers side by side, taking turns round by round so a busy machine slows both
 * alike (issue 12: logging may cost at most 10 %).
 */
export async function benchRequestLog(): Promise<void> {
  const [quiet, logged] = [await spawnBenchServer(), await spawnBenchServer({ BENCH_LOGGER: 'production' })];
  try {
    const rounds: { off: number; on: number }[] = [];
    for (let round = 0; round < LOG_ROUNDS; round++) {
      const pair = round % 2 ? [logged, quiet] : [quiet, logged];
      const [first, second] = [await load('walk', walkAt(pair[0]!.url)), await load('walk', walkAt(pair[1]!.url))];
      if ([first, second].some((f) => f.errors + f.non2xx > 0)) throw new Error('the walk endpoint returned errors under load');
      const [off, on] = pair[0] === quiet ? [first, second] : [second, first];
      rounds.push({ off: off.requestsPerSecond, on: on.requestsPerSecond });
    }
    console.log(`\nWalk throughput with the production request log (info, stdout to /dev/null) vs without, ${LOG_ROUNDS} rounds taking turns`);
    console.table(rounds.map((r, i) => ({ round: i + 1, 'no log req/s': Math.round(r.off), 'log req/s': Math.round(r.on), ratio: (r.on / r.off).toFixed(3) })));
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const ratio = sum(rounds.map((r) => r.on)) / sum(rounds.map((r) => r.off));
    console.log(`with log / without: ${ratio.toFixed(3)} (goal ≥ 0.9)`);
  } finally {
    quiet.stop();
    logged.stop();
  }
}
