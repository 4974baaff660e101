#!/usr/bin/env bash
# The image's HEALTHCHECK: healthy once /health/ready answers 200 and lists the application's own
# checks. Before the WAR is deployed Payara Micro answers 200 with no checks at all, so the status
# alone would call a half-started instance healthy (the launcher waits the same way). Plain bash
# over /dev/tcp, so that the image needs no curl or wget. Exit 0: healthy, 1: not (yet) healthy;
# what it prints lands in `docker inspect --format '{{json .State.Health}}'`.
set -uo pipefail

port="${BOXOFFICE_HTTP_PORT:-8080}"
if ! { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
  echo "nothing listens on port $port yet"
  exit 1
fi
printf 'GET /health/ready HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
response="$(cat <&3)"
exec 3<&-

if [[ "$response" == "HTTP/1."?" 200"* && "$response" == *'"database"'* ]]; then
  exit 0
fi
echo "not ready: ${response%%$'\r'*}"
exit 1
