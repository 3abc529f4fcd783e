#!/usr/bin/env bash
# Runs every benchmark of issues 7 and 15 and writes the results to benchmarks/results/:
#   jmh.json   the JMH results (JSON), jmh.txt the JMH console output
#   coldstart.txt, coldstart-breakdown.txt, coldstart-appcds.txt   the cold-start medians
#              (coldstart.sh, plain, --breakdown and --appcds, 15 runs each)
#   cli.txt    the CLI's whole-process medians (cli.sh, 11 runs each; with BEFORE=<an earlier
#              consularkit.jar> in the environment, that jar's too)
#   summary.md   the table of benchmarks/README.md (Summary, from jmh.json)
#   machine.txt  CPUs, CPU model, JDK, load average before and after
#
# Usage, from anywhere in a clone: benchmarks/run.sh [extra JMH options]
# e.g. benchmarks/run.sh -f 1 -wi 1 -i 1 -w 200ms -r 200ms   (a smoke test of a few seconds each)
# Takes about 10 minutes on 2 cores: the Maven build, ~5 minutes of JMH (the warm-up and
# measurement counts are in each benchmark's annotations: 5 x 1 s + 5 x 1 s, 10 x 1 s of warm-up
# for booking validation, 1 fork), then the cold starts and the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
RESULTS=benchmarks/results
mkdir -p "$RESULTS"

{
    echo "nproc: $(nproc)"
    echo "cpu: $(lscpu | sed -n 's/^Model name: *//p')"
    echo "jdk: $(java -version 2>&1 | head -n 1) / $(java -version 2>&1 | tail -n 1)"
    echo "os: $(uname -sr)"
    echo "start: $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
} > "$RESULTS/machine.txt"

./mvnw -B -q -Pbenchmarks package -DskipTests -Dmaven.javadoc.skip=true
java -jar benchmarks/target/benchmarks.jar -prof gc -rf json -rff "$RESULTS/jmh.json" "$@" | tee "$RESULTS/jmh.txt"
echo "after JMH: $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
benchmarks/coldstart.sh 15 | tee "$RESULTS/coldstart.txt"
benchmarks/coldstart.sh --breakdown 15 | tee "$RESULTS/coldstart-breakdown.txt"
benchmarks/coldstart.sh --appcds 15 | tee "$RESULTS/coldstart-appcds.txt"
benchmarks/cli.sh 11 | tee "$RESULTS/cli.txt"
echo "end: $(date -u +%Y-%m-%dT%H:%M:%SZ), load average $(cut -d ' ' -f 1-3 /proc/loadavg)" >> "$RESULTS/machine.txt"
java -cp benchmarks/target/benchmarks.jar org.consularkit.benchmarks.Summary "$RESULTS/jmh.json" | tee "$RESULTS/summary.md"
