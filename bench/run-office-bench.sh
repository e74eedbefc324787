#!/bin/sh
# Compiles the Office adapter bench with the project's own TypeScript and runs it (no extra tools needed).
set -e
cd "$(dirname "$0")/.."
npx tsc -p bench/tsconfig.office-bench.json
node node_modules/.cache/office-bench/bench/office-bench.js
