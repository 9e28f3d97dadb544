#!/usr/bin/env bash
# Does what a Firefox Add-ons reviewer does with the sources zip: unpack it in
# an empty folder, `npm ci && npm run build-for-amo`, and compare the result
# with the Firefox zip, file for file and byte for byte. Also checks that the
# sources hold no .git, node_modules or .output.
# Usage: scripts/check-amo-rebuild.sh [--no-zip]   (--no-zip: use the zips already in .output/)
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${1:-}" = "--no-zip" ] || npm run zip:firefox >/dev/null
version=$(node -p "require('./package.json').version")
name=$(node -p "require('./package.json').name")
ext_zip="$PWD/.output/$name-$version-firefox.zip"
src_zip="$PWD/.output/$name-$version-sources.zip"

work=$(mktemp -d "${TMPDIR:-/tmp}/real-roi-amo.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir "$work/sources" "$work/expected"
unzip -q "$src_zip" -d "$work/sources"
unzip -q "$ext_zip" -d "$work/expected"

forbidden=$(cd "$work/sources" && find . \( -name .git -o -name node_modules -o -name .output \) -print)
if [ -n "$forbidden" ]; then
  echo "FAIL: the sources zip holds $forbidden" >&2
  exit 1
fi

(cd "$work/sources" && npm ci --no-audit --no-fund >/dev/null 2>&1 && npm run build-for-amo >/dev/null)

if diff -r "$work/expected" "$work/sources/.output/firefox-mv2"; then
  count=$(find "$work/expected" -type f | wc -l)
  echo "OK: the sources zip rebuilds the Firefox zip exactly ($count files, diff -r clean)"
  ls -l "$ext_zip" "$src_zip" .output/"$name-$version"-chrome.zip 2>/dev/null | awk '{print $5, $9}'
else
  echo "FAIL: the rebuild from the sources zip differs from the Firefox zip (diff above)" >&2
  exit 1
fi
