#!/usr/bin/env bash
# System packages the tests need: Debian's Chromium for the browser tests (never a downloaded browser).
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "Chromium installeren (Debian-pakket)…"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi
chromium --version
