#!/usr/bin/env bash
# Fails when payload-types.ts, the admin import map or the migrations are behind the config.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent payload -- generate:types >/dev/null
npm run --silent payload -- generate:importmap >/dev/null
if ! git diff --exit-code -- src/payload-types.ts 'src/app/(payload)/admin/importMap.js'; then
  echo 'Generated files are stale: run npm run generate:types and npm run generate:importmap.' >&2
  exit 1
fi

# With DATABASE_URL pointing at a migrated database, a schema change without a migration
# would make migrate:create write a new file.
before=$(ls src/migrations | wc -l)
npm run --silent payload -- migrate:create schema-drift-check --skip-empty >/dev/null
after=$(ls src/migrations | wc -l)
if [ "$before" != "$after" ]; then
  git clean -fq -- src/migrations
  git checkout -q -- src/migrations
  echo 'The schema changed without a migration: run npm run payload -- migrate:create <name>.' >&2
  exit 1
fi
echo 'Generated types, import map and migrations are current.'
