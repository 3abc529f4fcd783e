#!/usr/bin/env bash
# Cold start: whole-process time from JVM start to the first answer ("is 2026-10-01 a working
# day?"), ConsularKit against jollyday, each program run N times (default 15), reporting medians.
#
# Usage, from the repository root, after building the benchmarks jar
# (mvn -B -q -Pbenchmarks package -DskipTests):
#
#   benchmarks/coldstart.sh [N]
#
# Environment: JAVA (default: java), JAR (default: benchmarks/target/benchmarks.jar),
# JAVA_OPTS (default: none; e.g. -XX:TieredStopAtLevel=1 or -XX:SharedArchiveFile=... to try).
#
# Each run is a fresh `java -cp $JAR <main>`; the programs answer once, print the answer and the
# time from the start of main to the answer, and exit. The wall time of the whole process is taken
# with bash's $EPOCHREALTIME around the run (no extra process is forked). The programs are run
# round-robin, so that a change of machine load hits them alike; one unmeasured run of each first
# puts the jar into the page cache.
set -euo pipefail

N=${1:-15}
JAVA=${JAVA:-java}
JAR=${JAR:-benchmarks/target/benchmarks.jar}
read -r -a OPTS <<< "${JAVA_OPTS:-}"
PKG=org.consularkit.benchmarks
MAINS=(ColdStartConsularKit ColdStartJollyday ColdStartConsularKitChina)

if [[ ! -f "$JAR" ]]; then
    echo "coldstart.sh: $JAR not found; build it with: mvn -B -q -Pbenchmarks package -DskipTests" >&2
    exit 2
fi
if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "coldstart.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi

micros() { # the current time in microseconds
    local t=${EPOCHREALTIME/[.,]/}
    echo "$t"
}

median() { # the median of the arguments (the lower middle value for an even count)
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

declare -A WALL INMAIN ANSWER
for m in "${MAINS[@]}"; do
    "$JAVA" "${OPTS[@]}" -cp "$JAR" "$PKG.$m" > /dev/null 2>&1
    WALL[$m]=""
    INMAIN[$m]=""
done

for ((i = 1; i <= N; i++)); do
    for m in "${MAINS[@]}"; do
        start=$(micros)
        out=$("$JAVA" "${OPTS[@]}" -cp "$JAR" "$PKG.$m" 2>/dev/null)
        end=$(micros)
        WALL[$m]+="$(( (end - start) / 1000 )) "
        INMAIN[$m]+="$(( ${out##*main-to-answer-us=} / 1000 )) "
        ANSWER[$m]=${out% main-to-answer-us=*}
    done
done

echo "Cold start, $N runs each, $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "$("$JAVA" -version 2>&1 | head -n 1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
printf '%-28s %-52s %16s %16s %18s\n' "program" "answer" "median wall ms" "min wall ms" "median in-main ms"
for m in "${MAINS[@]}"; do
    read -r -a w <<< "${WALL[$m]}"
    read -r -a t <<< "${INMAIN[$m]}"
    min=$(printf '%s\n' "${w[@]}" | sort -n | head -n 1)
    printf '%-28s %-52s %16s %16s %18s\n' "$m" "${ANSWER[$m]}" "$(median "${w[@]}")" "$min" "$(median "${t[@]}")"
done
