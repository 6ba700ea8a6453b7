#!/usr/bin/env bash
# Starts the machine's PostgreSQL cluster when it is not accepting connections yet.
set -euo pipefail
if pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "PostgreSQL draait al."
  exit 0
fi
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster --skip-systemctl-redirect "$version" main start
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && { echo "PostgreSQL gestart."; exit 0; }
  sleep 1
done
echo "PostgreSQL kwam niet op 127.0.0.1:5432." >&2
exit 1
