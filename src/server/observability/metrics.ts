import { Counter, Histogram, Registry } from 'prom-client';

/**
 * The installation's Prometheus metrics (issue 10), one registry per set of services. Labels hold
 * route patterns, actions and results, never an id, a query string or anything a user typed.
 */
export interface Metrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route'>;
  /** Audit records committed, by action and result: failed logins, reminders sent, searches, deletions. */
  auditRecords: Counter<'action' | 'result'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    requests: new Counter({ name: 'signaalroute_http_requests_total', help: 'HTTP requests answered, by route pattern and status', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    duration: new Histogram({
      name: 'signaalroute_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern',
      labelNames: ['method', 'route'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
      registers: [registry],
    }),
    auditRecords: new Counter({ name: 'signaalroute_audit_records_total', help: 'Audit records committed, by action and result', labelNames: ['action', 'result'], registers: [registry] }),
  };
}
