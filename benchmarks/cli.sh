#!/usr/bin/env bash
# The CLI's whole-process times (issue 15): each command run N times (default 11) as a fresh
# `java -jar examples/target/consularkit.jar ...`, its output to a file, reporting the median and
# the minimum wall time from the `java` command to its exit. The commands run round-robin, so that
# a change of machine load hits them alike; one unmeasured run of each first puts the jar and the
# JDK into the page cache.
#
# Usage, from the repository root, after building the CLI (./mvnw -B -q package -DskipTests):
#
#   benchmarks/cli.sh [N]
#
# Environment: JAVA (default: java, the JDK 17 of the build), JAVA25 (default: the first
# /usr/lib/jvm/*25*/bin/java; the JDK 25 rows are left out when there is none), CLI (default:
# examples/target/consularkit.jar), BEFORE (default: none; the CLI jar of an earlier commit, whose
# rows are then measured in the same rounds and printed as "before").
#
# Rows: the one-date answer `days --calendar cn` (on JDK 17; with an AppCDS archive; on JDK 25;
# with JDK 25's AOT cache: each archive made first by one run of the same command, in
# benchmarks/target/cli-archives), `days --calendar us-federal` 1971-2100 as CSV, `lunar`
# 1901-2100 as CSV and as text (the default), and `--version` (the CLI's start without any
# calendar).
set -euo pipefail
cd "$(dirname "$0")/.."

N=${1:-11}
JAVA=${JAVA:-java}
JAVA25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -n 1 || true)}
CLI=${CLI:-examples/target/consularkit.jar}
BEFORE=${BEFORE:-}
ARCHIVES=benchmarks/target/cli-archives
OUT=benchmarks/target/cli-output

if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "cli.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi
for jar in "$CLI" ${BEFORE:+"$BEFORE"}; do
    if [[ ! -f "$jar" ]]; then
        echo "cli.sh: $jar not found; build the CLI with: ./mvnw -B -q package -DskipTests" >&2
        exit 2
    fi
done
mkdir -p "$ARCHIVES" "$OUT"

ONE_DATE=(days --calendar cn --from 2026-10-01 --to 2026-10-01)
declare -A ARGS=(
    [one-date]="${ONE_DATE[*]}"
    [us-federal-csv]="days --calendar us-federal --from 1971-01-01 --to 2100-12-31 --format csv"
    [lunar-csv]="lunar --from 1901-01-01 --to 2100-12-31 --format csv"
    [lunar-text]="lunar --from 1901-01-01 --to 2100-12-31"
    [version]="--version"
)
ROWS=(one-date one-date-appcds)
if [[ -n "$JAVA25" ]]; then
    ROWS+=(one-date-jdk25 one-date-jdk25-aot)
fi
ROWS+=(us-federal-csv lunar-csv lunar-text version)

# The archives: one run of the one-date command each (for the CLI jar only).
rm -f "$ARCHIVES/ck.jsa" "$ARCHIVES/ck.aot"
"$JAVA" -XX:ArchiveClassesAtExit="$ARCHIVES/ck.jsa" -jar "$CLI" "${ONE_DATE[@]}" > /dev/null 2>&1
if [[ -n "$JAVA25" ]]; then
    "$JAVA25" -XX:AOTCacheOutput="$ARCHIVES/ck.aot" -jar "$CLI" "${ONE_DATE[@]}" > /dev/null 2>&1
fi

run() { # run <row> <jar>: one run, its output to a file
    local row=$1 jar=$2 args
    case "$row" in
        one-date-appcds) read -r -a args <<< "${ARGS[one-date]}"
            "$JAVA" -XX:SharedArchiveFile="$ARCHIVES/ck.jsa" -jar "$jar" "${args[@]}" ;;
        one-date-jdk25) read -r -a args <<< "${ARGS[one-date]}"
            "$JAVA25" -jar "$jar" "${args[@]}" ;;
        one-date-jdk25-aot) read -r -a args <<< "${ARGS[one-date]}"
            "$JAVA25" -XX:AOTCache="$ARCHIVES/ck.aot" -jar "$jar" "${args[@]}" ;;
        *) read -r -a args <<< "${ARGS[$row]}"
            "$JAVA" -jar "$jar" "${args[@]}" ;;
    esac > "$OUT/$row.out" 2> /dev/null
}

# median, minimum
source benchmarks/timing.sh

JARS=("$CLI")
if [[ -n "$BEFORE" ]]; then
    JARS+=("$BEFORE")
fi
declare -A WALL
for row in "${ROWS[@]}"; do
    for jar in "${JARS[@]}"; do
        if [[ "$jar" == "$BEFORE" && ( "$row" == one-date-appcds || "$row" == one-date-jdk25-aot ) ]]; then
            continue # the archives are made for the CLI jar only
        fi
        run "$row" "$jar"
        WALL[$row:$jar]=""
    done
done
for ((i = 1; i <= N; i++)); do
    for row in "${ROWS[@]}"; do
        for jar in "${JARS[@]}"; do
            [[ -v "WALL[$row:$jar]" ]] || continue
            start=${EPOCHREALTIME/[.,]/}
            run "$row" "$jar"
            end=${EPOCHREALTIME/[.,]/}
            WALL[$row:$jar]+="$(( (end - start) / 1000 )) "
        done
    done
done

echo "CLI, whole process, $N runs each, $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"
echo "$("$JAVA" -version 2>&1 | head -n 1)${JAVA25:+; JDK 25: $("$JAVA25" -version 2>&1 | head -n 1)}"
printf '%-22s %-7s %8s %8s  %s\n' "row" "jar" "median" "min" "command"
for row in "${ROWS[@]}"; do
    for jar in "${JARS[@]}"; do
        [[ -v "WALL[$row:$jar]" ]] || continue
        read -r -a w <<< "${WALL[$row:$jar]}"
        label=$([[ "$jar" == "$CLI" ]] && echo "this" || echo "before")
        base=${row%%-appcds}; base=${base%%-jdk25*}
        printf '%-22s %-7s %5s ms %5s ms  %s\n' "$row" "$label" "$(median "${w[@]}")" \
            "$(minimum "${w[@]}")" "${ARGS[$base]}"
    done
done
