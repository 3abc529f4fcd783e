#!/usr/bin/env bash
# Cold start: whole-process time from JVM start to the first answer ("is 2026-10-01 a working
# day?"), ConsularKit against jollyday, each program run N times (default 15), reporting medians.
#
# Usage, from the repository root, after building the benchmarks jar
# (mvn -B -q -Pbenchmarks package -DskipTests):
#
#   benchmarks/coldstart.sh [N]               ConsularKit (US federal, China) and jollyday (US)
#   benchmarks/coldstart.sh --breakdown [N]   where ConsularKit's time goes (ColdStartBreakdown)
#   benchmarks/coldstart.sh --appcds [N]      the same three programs, each with its own AppCDS
#                                             archive (dumped first by one run with
#                                             -XX:ArchiveClassesAtExit, in benchmarks/target/appcds)
#
# Environment: JAVA (default: java), JAVA_OPTS (default: none; e.g. -XX:TieredStopAtLevel=1 to try),
# JAR (default: none; set it, e.g. to benchmarks/target/benchmarks.jar, to run every program with
# that one class path instead of its own).
#
# Class paths: each program runs as in an application, with the jar of the cold-start programs
# (benchmarks/target/consularkit-benchmarks-*.jar, 180 KB) and its own library's runtime jars only,
# listed by the build in benchmarks/target/classpath-{consularkit,jollyday,breakdown-extra}.txt:
# ConsularKit core + calendar, Guava, failureaccess and jackson-core; jollyday core + jaxb and the
# JAXB runtime, threeten-extra, slf4j-api; the breakdown adds jackson-databind and picocli. (Until 7 December
# 2026 every program ran from the 30 MB benchmarks.jar, whose central directory alone adds about
# 35 ms to every start, the empty JVM's included.)
#
# Each run is a fresh `java -cp <class path> <main> [arg]`; the programs answer once, print the answer and
# the time from the start of main to the answer, and exit. The wall time of the whole process is
# taken with bash's $EPOCHREALTIME around the run (no extra process is forked). The programs are
# run round-robin, so that a change of machine load hits them alike; one unmeasured run of each
# first puts the jar into the page cache.
set -euo pipefail

PKG=org.consularkit.benchmarks
PROGRAMS=("ColdStartConsularKit" "ColdStartJollyday" "ColdStartConsularKitChina")
APPCDS=""
if [[ "${1:-}" == "--appcds" ]]; then
    shift
    APPCDS=benchmarks/target/appcds
elif [[ "${1:-}" == "--breakdown" ]]; then
    shift
    PROGRAMS=("ColdStartBreakdown jvm" "ColdStartBreakdown resource" "ColdStartBreakdown jackson-core"
              "ColdStartBreakdown jackson-databind" "ColdStartBreakdown picocli"
              "ColdStartBreakdown us-federal" "ColdStartBreakdown cn")
fi
N=${1:-15}
JAVA=${JAVA:-java}
JAR=${JAR:-}
read -r -a OPTS <<< "${JAVA_OPTS:-}"

declare -A CLASSPATH
if [[ -n "$JAR" ]]; then
    if [[ ! -f "$JAR" ]]; then
        echo "coldstart.sh: $JAR not found" >&2
        exit 2
    fi
    CLASSPATH[consularkit]=$JAR
    CLASSPATH[jollyday]=$JAR
    CLASSPATH[breakdown]=$JAR
else
    PROGRAMS_JAR=$(ls benchmarks/target/consularkit-benchmarks-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)
    for lib in consularkit jollyday breakdown-extra; do
        list=benchmarks/target/classpath-$lib.txt
        if [[ -z "$PROGRAMS_JAR" || ! -f "$list" ]]; then
            echo "coldstart.sh: benchmarks/target/consularkit-benchmarks-*.jar or $list not found; build them with: ./mvnw -B -q -Pbenchmarks package -DskipTests" >&2
            exit 2
        fi
        CLASSPATH[$lib]="$PROGRAMS_JAR:$(< "$list")"
    done
    CLASSPATH[breakdown]="${CLASSPATH[consularkit]}:$(< benchmarks/target/classpath-breakdown-extra.txt)"
fi

classpath() { # the class path of a program: classpath <main>
    case "$1" in
        ColdStartJollyday) echo "${CLASSPATH[jollyday]}" ;;
        ColdStartBreakdown) echo "${CLASSPATH[breakdown]}" ;;
        *) echo "${CLASSPATH[consularkit]}" ;;
    esac
}
if ! [[ "$N" =~ ^[1-9][0-9]*$ ]]; then
    echo "coldstart.sh: N must be a positive integer, got '$N'" >&2
    exit 2
fi

micros() { # the current time in microseconds
    echo "${EPOCHREALTIME/[.,]/}"
}

# median, minimum
source "$(dirname "$0")/timing.sh"

run() { # run a program: run <main> [arg], with its AppCDS archive under --appcds
    local main=$1
    shift
    local cds=()
    if [[ -n "$APPCDS" ]]; then
        cds=("-XX:SharedArchiveFile=$APPCDS/$main.jsa")
    fi
    "$JAVA" "${OPTS[@]}" "${cds[@]}" -cp "$(classpath "$main")" "$PKG.$main" "$@" 2>/dev/null
}

declare -A WALL INMAIN ANSWER
for p in "${PROGRAMS[@]}"; do
    read -r -a cmd <<< "$p"
    if [[ -n "$APPCDS" ]]; then
        mkdir -p "$APPCDS"
        rm -f "$APPCDS/${cmd[0]}.jsa"
        "$JAVA" "${OPTS[@]}" "-XX:ArchiveClassesAtExit=$APPCDS/${cmd[0]}.jsa" -cp "$(classpath "${cmd[0]}")" "$PKG.${cmd[0]}" > /dev/null 2>&1
    fi
    run "${cmd[@]}" > /dev/null
    WALL[$p]=""
    INMAIN[$p]=""
done

for ((i = 1; i <= N; i++)); do
    for p in "${PROGRAMS[@]}"; do
        read -r -a cmd <<< "$p"
        start=$(micros)
        out=$(run "${cmd[@]}")
        end=$(micros)
        WALL[$p]+="$(( (end - start) / 1000 )) "
        INMAIN[$p]+="$(( ${out##*main-to-answer-us=} / 1000 )) "
        ANSWER[$p]=${out% main-to-answer-us=*}
    done
done

echo "Cold start, $N runs each, $(nproc) CPUs, load average $(cut -d ' ' -f 1-3 /proc/loadavg) at the end"
echo "$("$JAVA" -version 2>&1 | head -n 1)${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}${APPCDS:+, AppCDS archive per program}, class path: ${JAR:-the jars of each program}"
printf '%-36s %-50s %8s %8s %10s\n' "program" "last output (times in us)" "median" "min" "in main"
printf '%-36s %-50s %8s %8s %10s\n' "" "" "wall ms" "wall ms" "median ms"
for p in "${PROGRAMS[@]}"; do
    read -r -a w <<< "${WALL[$p]}"
    read -r -a t <<< "${INMAIN[$p]}"
    min=$(minimum "${w[@]}")
    printf '%-36s %-50s %8s %8s %10s\n' "$p" "${ANSWER[$p]}" "$(median "${w[@]}")" "$min" "$(median "${t[@]}")"
done
