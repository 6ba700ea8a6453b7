-- The chain trigger finds the last record of its chain with ORDER BY seq DESC LIMIT 1. With
-- statistics from when audit_events was small (PGlite runs no autovacuum; on a server until it
-- comes by), the planner reads the whole table and sorts it instead of taking the last entry of
-- audit_events_chain_unique: every insert then costs more than the one before (measured: 1.1 ms
-- at 500 records, 2.4 ms at 2,500, 1.0 ms again once analysed). The index is always right here.
ALTER FUNCTION audit_events_chain() SET enable_seqscan = off;
