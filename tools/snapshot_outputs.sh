#!/usr/bin/env bash
# Record the output and exit code of every command, in every format and both languages, on the
# bundled spec, the examples and every case file, into DIR. Used to prove a refactoring changes
# no output except where intended: run it before and after, then `diff -r BEFORE AFTER`.
set -u
out=${1:?usage: tools/snapshot_outputs.sh DIR}
top=$(cd "$(dirname "$0")/.." && pwd)
db=${DOELENBOOM:-$top/.venv/bin/doelenboom}
mkdir -p "$out"
cd "$top" || exit 2
export LANG=C.UTF-8 LC_ALL=C.UTF-8
run() {  # run NAME ARGS...: stdout, stderr and exit code of one call
  local name=$1; shift
  "$db" "$@" >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
}
specs="specs/*.yaml tests/data/*.yaml"
for spec in $specs; do
  [ -f "$spec" ] || continue
  s=$(basename "$spec" .yaml)
  for lang in en nl; do
    for f in text json github sarif; do run "validate.$s.$f.$lang" validate --format "$f" --lang "$lang" "$spec"; done
    for f in text json; do run "show.$s.$f.$lang" show --format "$f" --lang "$lang" "$spec"; done
    for f in text json csv; do run "budget.$s.$f.$lang" budget --format "$f" --lang "$lang" "$spec"; done
    run "diff.$s.self.$lang" diff --lang "$lang" "$spec" "$spec"
  done
  for f in mermaid dot graphml json csv markdown; do run "export.$s.$f" export --format "$f" "$spec"; done
done
m=examples/heerlen_noord_metingen.yaml
for lang in en nl; do
  for w in equal budget explicit; do
    for f in text json csv; do
      run "progress.heerlen.$w.$f.$lang" progress specs/heerlen_noord.yaml -m "$m" --as-of 2024-12-31 --weights "$w" --format "$f" --lang "$lang"
    done
  done
done
# every spec of every case file, through every command that reads a spec
cases=$(mktemp -d)
"$top/.venv/bin/python" - "$cases" <<'PY'
import sys, pathlib, yaml
dest = pathlib.Path(sys.argv[1])
for path in sorted(pathlib.Path("tests/cases").glob("*.yaml")):
    for i, case in enumerate(yaml.safe_load(path.read_text())["cases"]):
        if isinstance(case.get("spec"), str):
            (dest / f"{path.stem}-{i}.yaml").write_text(case["spec"])
PY
for c in "$cases"/*.yaml; do
  s=case.$(basename "$c" .yaml)
  run "$s.validate" validate --format json "$c"
  run "$s.show" show --format json "$c"
  run "$s.budget" budget --format json "$c"
  run "$s.export" export --format json "$c"
done
# the case specs carry their temporary path: make it stable
sed -i "s#$cases#CASES#g" "$out"/*
rm -rf "$cases"
run schema schema
