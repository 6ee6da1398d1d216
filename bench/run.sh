#!/usr/bin/env bash
# Runs Ashlar's benchmarks (issue 4): every workload on SQLite and PostgreSQL, three variants each (raw JDBC, plain
# jOOQ, Ashlar), with -prof gc; writes JMH's JSON and a markdown summary of the A/J and A/Q ratios next to it.
#
#   bench/run.sh                  full run (2 forks x (3 s warm-up + 3 x 2 s measured) per benchmark; ~30 min)
#   bench/run.sh --quick          smoke run: few rows, 1 fork, tiny iterations (well under a minute per dialect)
#   bench/run.sh --dialect sqlite only one dialect (sqlite | postgres)
#   bench/run.sh --out FILE.json  where the JSON goes (default bench/target/jmh-<mode>.json; FILE.md beside it)
#   bench/run.sh --no-build       skip 'mvn -q -DskipTests install'
#   bench/run.sh --profile REGEX  JFR (1 ms sampling) on the matching benchmarks, 1 fork, then the hot spots of each
#   bench/run.sh -- ARGS...       anything after -- goes to JMH (a benchmark regex, -prof jfr, -p rows=..., ...)
#
# PostgreSQL: ASHLAR_PG_URL (default jdbc:postgresql://localhost:5432/postgres), ASHLAR_PG_USER / ASHLAR_PG_PASSWORD
# (default postgres); the benchmarks work in the schema ashlar_bench, which they drop and re-create.
set -euo pipefail
ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$ROOT"

if [ -f scripts/common.sh ]; then
  . scripts/common.sh   # ashlar_find_java: the same JDK >= 21 lookup as the ./ashlar launcher
  find_jdk() { ashlar_find_java; }
else
  find_jdk() {         # fallback: the newest JDK >= 21 under /usr/lib/jvm, else java on the PATH if it is >= 21
    local j v
    for j in "${JAVA_HOME:-/nonexistent}/bin/java" $(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV) java; do
      v="$("$j" -version 2>&1 | awk -F'"' '/version/ { split($2, p, "."); print p[1]; exit }')" || continue
      if [ "${v:-0}" -ge 21 ] 2>/dev/null; then echo "$j"; return 0; fi
    done
    echo "bench/run.sh: needs a JDK >= 21 (set JAVA_HOME)" >&2; return 1
  }
fi

mode=full dialects="sqlite,postgres" out="" build=1 jmh_extra=() profile=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --dialect) dialects="$2"; shift ;;
    --out) out="$2"; shift ;;
    --no-build) build=0 ;;
    --profile) mode=profile; profile="$2"; shift ;;
    --) shift; jmh_extra=("$@"); break ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done
out="${out:-bench/target/jmh-$mode.json}"
mkdir -p "$(dirname "$out")"

if [ "$build" = 1 ]; then
  mvn -q -DskipTests install -pl bench -am
fi
JAVA="$(find_jdk)"
# Run from a private copy: a concurrent 'mvn install' rewrites bench/target while forks still need the jar.
work="$(mktemp -d "${TMPDIR:-/tmp}/ashlar-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp bench/target/benchmarks.jar "$work/benchmarks.jar"
JAR="$work/benchmarks.jar"
JVM_ARGS="-Xms2g -Xmx2g --enable-native-access=ALL-UNNAMED"

if [ "$mode" = profile ]; then
  jfr_dir="bench/target/jfr"
  rm -rf "$jfr_dir" && mkdir -p "$jfr_dir"
  "$(dirname "$JAVA")/jfr" configure method-profiling=max --output "$work/max.jfc" >/dev/null
  "$JAVA" -jar "$JAR" -f 1 -wi 1 -w 3s -i 1 -r 5s -p dialect="$dialects" -jvmArgsAppend "$JVM_ARGS" \
    -prof "jfr:dir=$jfr_dir;configName=$work/max.jfc" "${jmh_extra[@]}" "$profile"
  for f in "$jfr_dir"/*/profile.jfr; do
    echo "=== $(basename "$(dirname "$f")")"
    "$JAVA" -cp "$JAR" dev.ashlar.bench.report.JfrHotSpots "$f" 25
  done
  exit 0
fi

if [ "$mode" = quick ]; then
  # A smoke run, not numbers to read: no fork (starting a JVM per benchmark costs ~3 s x 29 benchmarks per dialect),
  # one tiny warm-up and measurement, few rows. Add '-- -f 1' to fork anyway.
  timing=(-f 0 -wi 1 -w 200ms -i 1 -r 300ms -p txRows=1000 -p bulkRows=2000 -p pointTableRows=2000 -p listRows=1000
          -p updateTableRows=1000 -p destroyRows=500)
else
  # 2 forks x (1 x 3 s warm-up + 3 x 2 s measured); sizes are the benchmarks' defaults: bulk 100,000 rows in batches
  # of 1,000, point reads over 100,000 rows, lists of 10,000, update/destroy 10,000 rows, and 20,000 rows per
  # transaction in workload 2 (the per-row overhead does not depend on the count; 100,000 rows made one PostgreSQL
  # invocation last over 10 s).
  timing=(-f 2 -wi 1 -w 3s -i 3 -r 2s)
fi

echo "bench/run.sh: $mode run on $dialects with $("$JAVA" -version 2>&1 | head -n1); JSON -> $out" >&2
"$JAVA" -jar "$JAR" "${timing[@]}" -p dialect="$dialects" -prof gc -jvmArgsAppend "$JVM_ARGS" \
  -rf json -rff "$out" "${jmh_extra[@]}"

"$JAVA" -cp "$JAR" dev.ashlar.bench.report.Summarize "$out" "${out%.json}.md"
cat "${out%.json}.md"
