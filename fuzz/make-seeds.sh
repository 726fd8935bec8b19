#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target: fuzz/make-seeds.sh OUT_DIR
# OUT_DIR/<target>/ gets the examples, each example with its platforms swapped to every other
# platform token (so every renderer and dialect starts from a valid project), the hand-made seeds of
# fuzz/seeds/<target>/ (hostile strings, an encrypted envelope, CSV files) and the kept crash inputs
# of fuzz/regressions/<target>/. Existing files in OUT_DIR are kept: a corpus grows across runs.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: fuzz/make-seeds.sh OUT_DIR}
targets=(project_load check render_routeros render_ciscoios users_csv client)

for t in "${targets[@]}"; do
  mkdir -p "$out/$t"
  if [ "$t" != users_csv ]; then
    for f in "$root"/examples/*.twproj; do
      name=$(basename "$f" .twproj)
      cp "$f" "$out/$t/example-$name.json"
      for p in routeros-7 routeros-6 routeros-6-legacy cisco-ios; do
        sed -E "s/\"platform\": \"[a-z0-9-]+\"/\"platform\": \"$p\"/" "$f" > "$out/$t/example-$name-$p.json"
      done
    done
  fi
  for dir in "$root/fuzz/seeds/$t" "$root/fuzz/regressions/$t"; do
    [ -d "$dir" ] && cp -r "$dir/." "$out/$t/"
  done
done
echo "seed corpora in $out: $(for t in "${targets[@]}"; do printf '%s=%s ' "$t" "$(ls "$out/$t" | wc -l)"; done)"
