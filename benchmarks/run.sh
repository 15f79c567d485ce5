#!/usr/bin/env bash
# Builds the benchmarks, measures, and prints one Markdown table of every figure with its ratio and target.
#   RUNS    fresh JVMs per handler and JVM setting (default 7)
#   BUILDS  measured javac builds per app size and mode (default 5, after as many warm-up builds)
#   JMH     JMH options (default: 1 fork, 3 x 1 s warm-up, 5 x 1 s measurement, allocation counted)
#   SPRING  1 to add the Spring Boot 3 peer (builds the spring-peer profile; downloads Spring the first time)
# The end-to-end figures need dynalite (npm ci at the root, as for the tests); without it they are left out.
# The table is also written to benchmarks/target/results/table.md; docs/performance.md holds the latest one.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-7}
BUILDS=${BUILDS:-5}
JMH=${JMH:--f 1 -wi 3 -w 1s -i 5 -r 1s -prof gc}

SPRING=${SPRING:-0}

extra=()
if [ -f node_modules/dynalite/cli.js ]; then
    extra+=(--dynalite node_modules/dynalite/cli.js)
else
    echo "node_modules/dynalite missing (run npm ci): no end-to-end figures on DynamoDB." >&2
fi
if [ "$SPRING" = 1 ]; then
    mvn -B -q -ntp -Pspring-peer -pl benchmarks,benchmarks/spring-peer -am clean package -DskipTests
    extra+=(--spring benchmarks/spring-peer/target)
else
    mvn -B -q -ntp -pl benchmarks -am clean package -DskipTests
fi
cp="benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)"
out=benchmarks/target/results
rm -rf "$out"
mkdir -p "$out"

# The machine's load average every 5 s while measuring: figures taken on a busy machine say so.
(while true; do cut -d' ' -f1 /proc/loadavg >> "$out/load.txt"; sleep 5; done) &
sampler=$!
trap 'kill "$sampler" 2>/dev/null || true' EXIT

echo "Cold start, warm dispatch, memory, artifact ($RUNS JVMs per handler and setting)..." >&2
java -cp "$cp" dev.goblet.benchmarks.lambda.ColdStartDriver benchmarks/target "$RUNS" "${extra[@]}" > "$out/lambda.rows"
echo "JMH dispatch benchmarks ($JMH)..." >&2
# shellcheck disable=SC2086
java -cp "$cp" org.openjdk.jmh.Main $JMH -rf json -rff "$out/jmh.json" 'dev.goblet.benchmarks.jmh.*' > "$out/jmh.log"
java -cp "$cp" dev.goblet.benchmarks.report.JmhRows "$out/jmh.json" > "$out/jmh.rows"
echo "SnapStart priming: first request after prime() vs without ($RUNS JVMs per way)..." >&2
java -cp "$cp" dev.goblet.benchmarks.lambda.PrimingDriver "$RUNS" > "$out/priming.rows"
echo "javac with and without the processor ($BUILDS builds per size and mode)..." >&2
java -Xmx1g -cp "$cp" dev.goblet.benchmarks.build.BuildCostDriver "$BUILDS" > "$out/build.rows"

load=$(sort -n "$out/load.txt" | awk '{a[NR] = $1}
    END {printf "%s to %s (median %s, %d samples)", a[1], a[NR], a[int((NR + 1) / 2)], NR}')
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
memory=$(free -m | awk '/Mem:/ {print $2}')
{
    echo "| Figure | Goblet | Reference | Ratio | Target |"
    echo "|---|---|---|---|---|"
    cat "$out/lambda.rows" "$out/priming.rows" "$out/jmh.rows" "$out/build.rows"
    echo
    echo "Machine: $(nproc) CPUs ($cpu), $memory MB memory; $(java -version 2>&1 | sed -n 2p);" \
        "1-minute load average while measuring: $load."
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') with:" \
        "RUNS=$RUNS BUILDS=$BUILDS SPRING=$SPRING JMH='$JMH' benchmarks/run.sh"
} | tee "$out/table.md"
