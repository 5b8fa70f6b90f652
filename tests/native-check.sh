#!/usr/bin/env bash
# Publishes the shipped native executable (Native AOT) and checks it writes exactly what the JIT
# build writes on samples/, in jsonl, csv and tsv, with interactions and participants exploded.
# A native build cannot do what needs run-time reflection or code generation; this is where such
# a change shows up. Needs a Release build first (dotnet build -c Release).
#   tests/native-check.sh                   publish into a temporary folder, then compare
#   NATIVE=artifacts/native/extract tests/native-check.sh   compare an existing native build
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dll="$root/src/Extractor.Cli/bin/Release/net10.0/extract.dll"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
native="${NATIVE:-}"
if [[ -z "$native" ]]; then
    dotnet publish "$root/src/Extractor.Cli" -c Release -o "$out/native" -v quiet -nologo > "$out/publish.log" 2>&1 \
        || { cat "$out/publish.log" >&2; echo "native publish failed" >&2; exit 1; }
    native="$out/native/extract"
fi
checked=0
for format in jsonl csv tsv; do
    for explode in none interactions participants; do
        "$native" "$root/samples" --format "$format" --explode "$explode" --quiet > "$out/native.out"
        dotnet "$dll" "$root/samples" --format "$format" --explode "$explode" --quiet > "$out/jit.out"
        if ! cmp -s "$out/native.out" "$out/jit.out"; then
            echo "native and JIT builds differ: --format $format --explode $explode" >&2
            exit 1
        fi
        checked=$((checked + 1))
    done
done
echo "native build: $checked outputs identical to the JIT build"
