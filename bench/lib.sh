# Shared by the benchmark scripts (source it after `cd` to the repository's top level):
#   find_java              JAVA_HOME → a JDK 21 or newer, unless already set
#   bench_classpath        compiles the portal and the benchmarks if the sources are newer; sets CLASSPATH
#   portal_jar             builds the jar if the sources are newer; sets JAR
#   start_portal NAME PORT DATA_DIR LOG [java options --] [portal arguments…]
#                          starts the jar on an embedded MariaDB under DATA_DIR, waits until it answers; sets APP
#                          (its pid) and BASE (its address); stop_portal ends it (also at exit)
#   ensure_dataset         generates the shared data set unless BENCH_DATA_DIR (bench/.data/portal) already holds it
#                          with the sizes asked (PRACTICES, REGISTRATIONS, SESSIONS, APPLICATIONS, CERTIFICATES,
#                          ACCOUNTS); sets DATASET (its folder)
#   start_dataset_portal PORT LOG [java options… --] [portal arguments…]
#                          ensure_dataset, then start_portal on it with the demo profile (every role's demo account)
#   median, to_ms          figures from stdin
#   summary NAME WORK MEASURED YARDSTICK RATIO GOAL MET
#                          one row of the one table bench/run-all prints, appended to $RESULTS_DIR/NAME.summary.csv
RESULTS_DIR=${RESULTS_DIR:-bench/results}
export RESULTS_DIR

find_java() {
    if [ -z "${JAVA_HOME:-}" ]; then
        for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
            if [ -x "$candidate/bin/java" ] \
                    && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
                export JAVA_HOME="$candidate"; return
            fi
        done
        echo "A JDK 21 or newer is needed (set JAVA_HOME)." >&2; exit 1
    fi
}

# The first source file newer than FILE, if any. Vaadin's build rewrites its generated frontend files (git-ignored)
# at every compile; counting them would rebuild the jar and recompile at every run.
sources_newer_than() { # file [source folder]
    find "${2:-src}" migrations certificates pom.xml -newer "$1" -type f \
        -not -path 'src/main/frontend/generated/*' -not -path 'src/main/bundles/*' | head -1
}

bench_classpath() {
    find_java
    local cp_file=target/bench-cp.txt
    if [ ! -s "$cp_file" ] || [ ! -d target/test-classes ] \
            || [ -n "$(sources_newer_than "$cp_file")" ]; then
        echo "Compiling the portal and the benchmarks…"
        ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test
        touch "$cp_file"
    fi
    CLASSPATH="target/classes:target/test-classes:$(cat "$cp_file")"
}

portal_jar() {
    find_java
    JAR=$(ls target/safe-surgery-portal-*.jar 2>/dev/null | head -1 || true)
    if [ -z "$JAR" ] || [ -n "$(sources_newer_than "$JAR" src/main)" ]; then
        echo "Building the jar…"
        ./mvnw -B -q package -DskipTests
        JAR=$(ls target/safe-surgery-portal-*.jar | head -1)
    fi
}

start_portal() { # name port data-dir log [java options… --] [portal arguments…]
    local name=$1 port=$2 data=$3 log=$4; shift 4
    local java_opts=() args=()
    if printf '%s\n' "$@" | grep -qx -- '--'; then
        while [ "$1" != -- ]; do java_opts+=("$1"); shift; done
        shift
    fi
    args=("$@")
    portal_jar
    mkdir -p "$data" "$(dirname "$log")"
    BASE="http://127.0.0.1:$port"
    echo "Starting the portal ($name) on port $port, data in $data…"
    PORTAL_DATA_DIR="$data" "$JAVA_HOME/bin/java" "${java_opts[@]}" -jar "$JAR" --server.port="$port" "${args[@]}" \
        > "$log" 2>&1 &
    APP=$!
    trap stop_portal EXIT
    for _ in $(seq 1 1200); do
        if curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then return 0; fi
        kill -0 "$APP" 2>/dev/null || { echo "The portal ($name) stopped; see $log" >&2; exit 1; }
        sleep 0.5
    done
    echo "The portal ($name) did not answer within 10 minutes; see $log" >&2; exit 1
}

stop_portal() {
    if [ -n "${APP:-}" ]; then
        kill "$APP" 2>/dev/null || true
        wait "$APP" 2>/dev/null || true
        APP=
    fi
}

ensure_dataset() {
    DATASET=${BENCH_DATA_DIR:-bench/.data/portal}
    export BENCH_DATA_DIR="$DATASET"
    bench_classpath
    "$JAVA_HOME/bin/java" -Xmx${DATASET_HEAP:-2g} -cp "$CLASSPATH" org.safesurgeries.portal.bench.PortalDataSet 2>&1 \
        | grep --line-buffered -v -E '^[0-9:.]+ +(WARN|INFO) '
    [ "${PIPESTATUS[0]}" = 0 ] || { echo "Generating the data set failed" >&2; exit 1; }
}

start_dataset_portal() { # port log [java options… --] [portal arguments…]
    local port=$1 log=$2; shift 2
    ensure_dataset
    local java_opts=() args=()
    if printf '%s\n' "$@" | grep -qx -- '--'; then
        while [ "$1" != -- ]; do java_opts+=("$1"); shift; done
        shift
    fi
    args=("$@")
    start_portal dataset "$port" "$DATASET" "$log" "${java_opts[@]}" -- --spring.profiles.active=demo "${args[@]}"
}

# the median of the numbers on stdin, one a line
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# wrk's latency in ms, whatever unit it printed
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }'; }

# One row of the summary table: work, measured figure, yardstick, ratio, goal, met ("met", "not met" or "—").
summary() { # name work measured yardstick ratio goal met
    local file="$RESULTS_DIR/$1.summary.csv"; shift
    mkdir -p "$RESULTS_DIR"
    [ -s "$file" ] || echo "work,measured,yardstick,ratio,goal,met" > "$file"
    local row="" cell
    for cell in "$@"; do row+="\"${cell//\"/\"\"}\","; done
    echo "${row%,}" >> "$file"
}
# Starts a benchmark's summary afresh (call once before its rows).
summary_reset() { rm -f "$RESULTS_DIR/$1.summary.csv"; }
