#!/usr/bin/env bash
# cli-start.sh JAR N : whole-process medians of the CLI's one-date answer, JDK 17 plain/AppCDS, JDK 25 plain/AOT cache
set -eu
JAR=$1; N=${2:-10}; D=/tmp/perf-t/cds; mkdir -p $D
J17=/usr/lib/jvm/java-17-openjdk-amd64/bin/java
J25=$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)
ARGS=(days --calendar cn --from 2026-10-01 --to 2026-10-01)
rm -f $D/ck.jsa $D/ck.aot
$J17 -XX:ArchiveClassesAtExit=$D/ck.jsa -jar $JAR "${ARGS[@]}" > /dev/null 2>&1
$J25 -XX:AOTCacheOutput=$D/ck.aot -jar $JAR "${ARGS[@]}" > /dev/null 2>&1 || echo "no AOT cache"
declare -A W
names=("jdk17" "jdk17-appcds" "jdk25" "jdk25-aot")
run() { case $1 in
  jdk17) $J17 -jar $JAR "${ARGS[@]}";;
  jdk17-appcds) $J17 -XX:SharedArchiveFile=$D/ck.jsa -jar $JAR "${ARGS[@]}";;
  jdk25) $J25 -jar $JAR "${ARGS[@]}";;
  jdk25-aot) $J25 -XX:AOTCache=$D/ck.aot -jar $JAR "${ARGS[@]}";;
esac > /dev/null 2>&1; }
for n in "${names[@]}"; do run $n; W[$n]=""; done
for ((i=1;i<=N;i++)); do for n in "${names[@]}"; do s=${EPOCHREALTIME/[.,]/}; run $n; e=${EPOCHREALTIME/[.,]/}; W[$n]+="$(( (e-s)/1000 )) "; done; done
echo "CLI one date (days --calendar cn), $N runs each, load $(cut -d' ' -f1-3 /proc/loadavg)"
for n in "${names[@]}"; do printf '%-14s median %5s ms  min %5s ms\n' $n $(printf '%s\n' ${W[$n]} | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}') $(printf '%s\n' ${W[$n]} | sort -n | head -1); done
