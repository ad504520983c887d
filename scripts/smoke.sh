#!/usr/bin/env bash
# Smoke test of the built app, as a new user runs it: the compiled CLI (dist/, built by
# `npm install`'s prepare step) extracts the seeds, and `npm start` loads them into a
# fresh embedded graph and answers GraphQL over HTTP; a second start duplicates nothing.
# `scripts/smoke.sh neo4j`: the same against the Neo4j of NEO4J_URI (default the local
# `kg neo4j start` server), whose database must be empty (CI runs it on a fresh one).
set -euo pipefail
engine=${1:-embedded}
cd "$(dirname "$0")/.."
work=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
trap 'rm -rf "$work"' EXIT

if [ "$engine" = embedded ]; then
  lines=$(npx --no-install kg extract seeds --json | wc -l)
  [ "$lines" -eq 5 ] || { echo "smoke: kg extract printed $lines objects, expected 5"; exit 1; }
fi

start_and_count() {
  # setsid: npm start in its own process group, so that ending the group ends the server under npm too.
  if [ "$engine" = neo4j ]; then
    NEO4J_URI=${NEO4J_URI:-bolt://127.0.0.1:7687} PORT=$port setsid npm start >"$work/start.log" 2>&1 &
  else
    KG_DATA="$work/graph.grafeo" PORT=$port NEO4J_URI= setsid npm start >"$work/start.log" 2>&1 &
  fi
  pid=$!
  # Up to 2 minutes: a first start on a fresh Neo4j creates the schema and loads the seeds (~25 s quiet).
  for _ in $(seq 1 240); do
    if body=$(curl -sf "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
      -d '{"query":"{ meetings(first: 10) { totalCount nodes { citations { directive { key } } } } }"}'); then
      break
    fi
    sleep 0.5
  done
  kill -- "-$pid" 2>/dev/null || kill "$pid"; wait "$pid" 2>/dev/null || true
  node -e 'const b = JSON.parse(process.argv[1]); const m = b.data.meetings;
    const cites = m.nodes.reduce((n, x) => n + x.citations.length, 0);
    console.log(m.totalCount + " meetings, " + cites + " citations");' "${body:-{\}}"
}

first=$(start_and_count)
second=$(start_and_count)
echo "smoke ($engine): npm start served $first; again: $second"
[ "$first" = "$second" ] || { echo "smoke: a second start changed the graph"; cat "$work/start.log"; exit 1; }
case "$first" in "5 meetings, "*) ;; *) echo "smoke: expected the 5 seed meetings"; cat "$work/start.log"; exit 1 ;; esac
