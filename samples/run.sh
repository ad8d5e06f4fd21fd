#!/usr/bin/env bash
# Packs the libraries into a local folder feed, then builds and runs the sample against those packages.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$root/.qasearch/feed"
rm -rf "$feed" "$root/.qasearch/sample-packages"
for project in QaSearch.Core QaSearch.Lucene QaSearch.Server; do
  dotnet pack "$root/src/$project/$project.csproj" -c Release -o "$feed" --nologo -v quiet
done
ls "$feed"
cd "$root"
dotnet run --project samples/QaSearch.Sample -c Release -- demo
