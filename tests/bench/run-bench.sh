#!/usr/bin/env bash
# sucai-cli against its peers (rclone, aws-cli, s3cmd, curl) on a local Ceph RGW.
#
#   tests/bench/run-bench.sh                  full sizes, 3 repetitions: 44 min here (*)
#   BENCH_REPS=1 tests/bench/run-bench.sh     full sizes, once: about 15 min
#   BENCH_QUICK=1 tests/bench/run-bench.sh    small sizes, 2 repetitions: about 5 min
#
# (*) Measured on the 2-core reference machine, where the client, radosgw and the OSD share the
# cores and everything moves at 35-160 MB/s: one repetition of the issue's sizes costs about
# 14 min even with only the tools the goals need (the default lists below). The < 30 min target
# holds for BENCH_REPS=2, not for the default 3; BENCH_ALL_TOOLS=1 roughly doubles the time.
#
# As root on Debian 12, from anywhere. It installs the peer tools (packaging/install-deps.sh
# --bench), builds the `release` preset (build/release/bin/sucai-cli) and bench_micro
# (build/bench), starts its OWN RGW (bluestore) under build/bench/rgw and stops it on exit,
# generates random test data once under build/bench/data, then runs each scenario with every
# tool interleaved, N times, each run into a fresh bucket. Every run is verified (object count
# and bytes listed back, downloads compared byte for byte); a run that did not transfer
# everything is reported on stderr, left out of the medians, and makes the script exit 1.
# Medians and ratios go to stdout and to tests/bench/RESULTS.md. See tests/bench/README.md.
#
# Scenarios (sizes of the full run; BENCH_QUICK=1 shrinks them) and default tools:
#   B1  10,000 x 4 KiB upload             objects/s       sucai rclone rclone-tuned aws curl
#   B2  1 x 2 GiB upload                  MB/s, CPU-s/GiB sucai rclone-tuned s3cmd curl
#   B3  1 x 2 GiB download                MB/s, CPU-s/GiB sucai rclone rclone-tuned curl
#   B5  1 x 2 GiB + 20 x 100 MiB          MB/s            sucai rclone-tuned
#       + 5,000 x 16 KiB upload
#   B7  client CPU-s per 1,000 small PUTs, derived from B1
#
# Environment:
#   BENCH_QUICK=1          small sizes, 2 repetitions
#   BENCH_REPS=N           repetitions (default 3; quick 2)
#   BENCH_SCENARIOS="B1 B2 B3 B5"      which scenarios
#   BENCH_ALL_TOOLS=1      every tool in every scenario (s3cmd only in B2 and B3: it uploads one
#                          file at a time, 10,000 small PUTs would take it half an hour)
#   BENCH_TOOLS="sucai rclone rclone-tuned aws aws-tuned s3cmd curl"   restrict to these tools
#   BENCH_TOOLS_B1=… BENCH_TOOLS_B2=… BENCH_TOOLS_B3=… BENCH_TOOLS_B5=…   per-scenario lists
#   SUCAI_CONCURRENCY=N    sucai-cli --concurrency (default 32, as the tuned peers)
#   BENCH_SKIP_DEPS=1 BENCH_SKIP_BUILD=1 BENCH_MICRO=0    skip those steps
#   BENCH_RESULTS=FILE     where to write the report (default tests/bench/RESULTS.md)
#   BENCH_RGW_GB=N         capacity of the RGW's sparse bluestore file (default 60)
set -euo pipefail

# The whole script is one function, read before it runs: editing the file while a run is going
# on cannot change what that run executes.
main() {

SELF_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$SELF_DIR/../.." && pwd)
readonly SELF_DIR ROOT
WORK="$ROOT/build/bench"
RGW_DIR="$WORK/rgw"
MODE=$([[ ${BENCH_QUICK:-0} == 1 ]] && echo quick || echo full)
DATA="$WORK/data/$MODE"
RUNS="$WORK/runs/$MODE"
SUCAI="$ROOT/build/release/bin/sucai-cli"
RESULTS_MD=${BENCH_RESULTS:-$SELF_DIR/RESULTS.md}
AWS=/usr/bin/aws
readonly MODE WORK RGW_DIR DATA RUNS SUCAI RESULTS_MD AWS

QUICK=${BENCH_QUICK:-0}
if [[ $QUICK == 1 ]]; then
    REPS=${BENCH_REPS:-2}
    B1_COUNT=500 B1_SIZE=4096
    BIG_SIZE=$((128 << 20))
    B5_MEDIUM_COUNT=4 B5_MEDIUM_SIZE=$((16 << 20))
    B5_SMALL_COUNT=300 B5_SMALL_SIZE=16384
else
    REPS=${BENCH_REPS:-3}
    B1_COUNT=10000 B1_SIZE=4096
    BIG_SIZE=$((2 << 30))
    B5_MEDIUM_COUNT=20 B5_MEDIUM_SIZE=$((100 << 20))
    B5_SMALL_COUNT=5000 B5_SMALL_SIZE=16384
fi
readonly QUICK REPS B1_COUNT B1_SIZE BIG_SIZE B5_MEDIUM_COUNT B5_MEDIUM_SIZE B5_SMALL_COUNT B5_SMALL_SIZE
SCENARIOS=${BENCH_SCENARIOS:-B1 B2 B3 B5}
ALL_TOOLS=${BENCH_TOOLS:-sucai rclone rclone-tuned aws aws-tuned s3cmd curl}
CONCURRENCY=${SUCAI_CONCURRENCY:-32}
if [[ ${BENCH_ALL_TOOLS:-0} == 1 ]]; then
    def_b1="sucai rclone rclone-tuned aws aws-tuned curl"
    def_b2="sucai rclone rclone-tuned aws aws-tuned s3cmd curl"
    def_b3="sucai rclone rclone-tuned aws aws-tuned s3cmd curl"
    def_b5="sucai rclone rclone-tuned aws aws-tuned curl"
else # what the goals compare against (README.md)
    def_b1="sucai rclone rclone-tuned aws curl"
    def_b2="sucai rclone-tuned s3cmd curl"
    def_b3="sucai rclone rclone-tuned curl"
    def_b5="sucai rclone-tuned"
fi
TOOLS_B1=${BENCH_TOOLS_B1:-$def_b1}
TOOLS_B2=${BENCH_TOOLS_B2:-$def_b2}
TOOLS_B3=${BENCH_TOOLS_B3:-$def_b3}
TOOLS_B5=${BENCH_TOOLS_B5:-$def_b5}
readonly SCENARIOS ALL_TOOLS CONCURRENCY TOOLS_B1 TOOLS_B2 TOOLS_B3 TOOLS_B5

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() {
    log "error: $*"
    exit 1
}

[[ $(id -u) -eq 0 ]] || die "run as root (it installs packages and starts Ceph daemons)"
mkdir -p "$WORK" "$RUNS"
quietly() { # LOGNAME COMMAND...: output to $RUNS/LOGNAME, shown only when the command fails
    local logfile=$RUNS/$1
    shift
    "$@" >"$logfile" 2>&1 || {
        tail -n 40 "$logfile" >&2
        die "failed: $* (log: $logfile)"
    }
}
START_EPOCH=$(date +%s)
readonly START_EPOCH

# ------------------------------------------------------------------ set-up

if [[ ${BENCH_SKIP_DEPS:-0} != 1 ]]; then
    log "installing dependencies (packaging/install-deps.sh --bench; log: $RUNS/install-deps.log)"
    quietly install-deps.log "$ROOT/packaging/install-deps.sh" --bench
fi
for tool in "$AWS" rclone s3cmd curl /usr/bin/time python3; do
    command -v "$tool" >/dev/null || die "$tool is missing: run packaging/install-deps.sh --bench"
done

if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
    log "building the release preset (log: $RUNS/build-release.log)"
    # shellcheck disable=SC2317  # called through quietly
    build_release() (cd "$ROOT" && cmake --preset release && cmake --build --preset release)
    quietly build-release.log build_release
fi
[[ -x $SUCAI ]] || die "no $SUCAI: build the release preset first"

MICRO_OUT=""
if [[ ${BENCH_MICRO:-1} == 1 ]]; then
    log "building and running bench_micro (build/bench, RelWithDebInfo; log: $RUNS/build-micro.log)"
    if [[ ! -f $WORK/CMakeCache.txt ]]; then
        quietly build-micro-configure.log cmake -S "$ROOT" -B "$WORK" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
    fi
    quietly build-micro.log cmake --build "$WORK" --target bench_micro
    quietly bench_micro.log "$WORK/tests/bench/bench_micro"
    MICRO_OUT=$(sed -n '/^benchmark /,/^PASS   : BenchMicro::cleanupTestCase/p' "$RUNS/bench_micro.log" | grep -v '^PASS')
    printf '%s\n' "$MICRO_OUT" >&2
fi

# Random data, generated once per size configuration (not zeros: nothing may compress it).
generate_data() {
    local sizes=("$B1_COUNT" "$B1_SIZE" "$BIG_SIZE" "$B5_MEDIUM_COUNT" "$B5_MEDIUM_SIZE" "$B5_SMALL_COUNT" "$B5_SMALL_SIZE")
    local stamp="${sizes[*]}"
    if [[ -f $DATA/.stamp && $(<"$DATA/.stamp") == "$stamp" ]]; then
        log "test data: reusing $DATA"
        return
    fi
    log "test data: generating under $DATA"
    rm -rf "$DATA"
    mkdir -p "$DATA"
    python3 - "$DATA" "${sizes[@]}" <<'EOF'
import os, sys
data = sys.argv[1]
b1_count, b1_size, big_size, m_count, m_size, s_count, s_size = map(int, sys.argv[2:])

def write(path, size):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        while size:
            n = min(size, 8 << 20)
            f.write(os.urandom(n))
            size -= n

for i in range(b1_count):
    write(f"{data}/b1/obj-{i:05d}.bin", b1_size)
write(f"{data}/big/big.bin", big_size)
os.makedirs(f"{data}/b5", exist_ok=True)
os.link(f"{data}/big/big.bin", f"{data}/b5/big.bin")
for i in range(m_count):
    write(f"{data}/b5/medium/medium-{i:02d}.bin", m_size)
for i in range(s_count):
    write(f"{data}/b5/small/small-{i:04d}.bin", s_size)
EOF
    printf '%s' "$stamp" >"$DATA/.stamp"
}
generate_data
B5_BYTES=$((BIG_SIZE + B5_MEDIUM_COUNT * B5_MEDIUM_SIZE + B5_SMALL_COUNT * B5_SMALL_SIZE))
B5_COUNT=$((1 + B5_MEDIUM_COUNT + B5_SMALL_COUNT))
readonly B5_BYTES B5_COUNT

# ------------------------------------------------------------------ the server

# shellcheck disable=SC2317  # called from the EXIT trap
stop_rgw() {
    log "stopping the RGW"
    "$ROOT/tests/servers/rgw.sh" stop "$RGW_DIR" >/dev/null 2>&1 || log "warning: rgw.sh stop failed"
}
TMP=$(mktemp -d)
readonly TMP
# shellcheck disable=SC2317  # the EXIT trap
cleanup() {
    local rc=$?
    stop_rgw
    rm -rf "$TMP" "$RUNS/dl"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

log "starting the RGW (bluestore) in $RGW_DIR"
SUCAI_RGW_STORE=bluestore SUCAI_RGW_STORE_GB=${BENCH_RGW_GB:-60} \
    "$ROOT/tests/servers/rgw.sh" start "$RGW_DIR" >/dev/null
# shellcheck disable=SC1091
source "$RGW_DIR/env"
EP=$SUCAI_S3_ENDPOINT
AK=$SUCAI_S3_ACCESS_KEY
SK=$SUCAI_S3_SECRET_KEY
REGION=$SUCAI_S3_REGION
HOSTPORT=${EP#http://}
readonly EP AK SK REGION HOSTPORT

# Nothing from the caller's environment may change how a tool behaves.
unset AWS_PROFILE AWS_DEFAULT_PROFILE AWS_CA_BUNDLE AWS_SESSION_TOKEN AWS_CONFIG_FILE \
    AWS_SHARED_CREDENTIALS_FILE AWS_ENDPOINT_URL RCLONE_CONFIG http_proxy https_proxy HTTP_PROXY HTTPS_PROXY
export AWS_ACCESS_KEY_ID=$AK AWS_SECRET_ACCESS_KEY=$SK AWS_REGION=$REGION AWS_DEFAULT_REGION=$REGION
export AWS_SHARED_CREDENTIALS_FILE=$TMP/aws-credentials AWS_PAGER=""
: >"$AWS_SHARED_CREDENTIALS_FILE"
printf '[default]\nregion = %s\n' "$REGION" >"$TMP/aws-default.cfg"
printf '[default]\nregion = %s\ns3 =\n    max_concurrent_requests = 32\n' "$REGION" >"$TMP/aws-tuned.cfg"
export RCLONE_CONFIG=$TMP/rclone.conf
: >"$RCLONE_CONFIG"
export RCLONE_CONFIG_BENCH_TYPE=s3 RCLONE_CONFIG_BENCH_PROVIDER=Ceph RCLONE_CONFIG_BENCH_ENDPOINT=$EP
export RCLONE_CONFIG_BENCH_ACCESS_KEY_ID=$AK RCLONE_CONFIG_BENCH_SECRET_ACCESS_KEY=$SK
export RCLONE_CONFIG_BENCH_REGION=$REGION
cat >"$TMP/s3cmd.cfg" <<EOF
[default]
access_key = $AK
secret_key = $SK
host_base = $HOSTPORT
host_bucket = $HOSTPORT
use_https = False
signature_v2 = False
bucket_location = $REGION
EOF
RCLONE_TUNED=(--transfers 32 --s3-upload-concurrency 8 --s3-chunk-size 16M --s3-no-head --s3-no-check-bucket)
CURL_SIGN=(--aws-sigv4 "aws:amz:$REGION:s3" --user "$AK:$SK" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD')
readonly RCLONE_TUNED CURL_SIGN

aws_with() { # CONFIG ARGS...: aws-cli with one of the two config files
    local cfg=$1
    shift
    AWS_CONFIG_FILE=$cfg "$AWS" --endpoint-url "$EP" "$@"
}
admin_aws() { aws_with "$TMP/aws-default.cfg" "$@"; }

make_bucket() {
    curl -sS --fail "${CURL_SIGN[@]}" -X PUT "$EP/$1" -o /dev/null || die "cannot create bucket $1"
}

# Removes a run's objects and lets RGW's garbage collector free their space at once, so that
# the sparse bluestore file stays small over a run that writes tens of GB.
empty_bucket() {
    admin_aws s3 rm --recursive --only-show-errors "s3://$1/" >/dev/null ||
        log "warning: could not empty bucket $1"
    "$ROOT/tests/servers/rgw.sh" admin "$RGW_DIR" gc process --include-all >/dev/null 2>&1 ||
        log "warning: radosgw-admin gc process failed"
}

# "count bytes" of what a bucket holds under a prefix, as aws-cli lists it.
listed() {
    admin_aws s3 ls --recursive --summarize "s3://$1/$2" |
        awk '/Total Objects:/ {n = $3} /Total Size:/ {s = $3} END {print (n == "" ? 0 : n), (s == "" ? 0 : s)}'
}

server_cpu_ticks() { # utime+stime of radosgw and ceph-osd, in clock ticks
    local total=0 name pid fields
    for name in rgw osd; do
        pid=$(cat "$RGW_DIR/pids/$name.pid" 2>/dev/null) || continue
        [[ -r /proc/$pid/stat ]] || continue
        read -ra fields <"/proc/$pid/stat"
        # Fields after the "(comm)": the command name has no spaces for these daemons.
        total=$((total + fields[13] + fields[14]))
    done
    echo "$total"
}
CLK_TCK=$(getconf CLK_TCK)
readonly CLK_TCK

# ------------------------------------------------------------------ tools

# sucai-cli keeps a transfer journal and a usage ledger (SQLite) in its data folder. Each run
# gets a fresh one, so that runs start alike and the benchmark leaves nothing in the caller's
# ~/.local/share/sucai-cli.
sucai_data_dir() {
    local d=$TMP/sucai-data/$1
    mkdir -p "$d"
    echo "$d"
}

# Sets CMD to the command line of TOOL uploading SRC (a file or a folder's contents) under
# s3://BUCKET/PREFIX/.
upload_cmd() {
    local tool=$1 src=$2 bucket=$3 prefix=$4 kind=dir
    [[ -f $src ]] && kind="file"
    case $tool in
    sucai)
        local r=()
        [[ $kind == dir ]] && r=(-r)
        CMD=(env "SUCAI_DATA_DIR=$(sucai_data_dir "$bucket")" "$SUCAI" --path-style --endpoint "$EP"
            --concurrency "$CONCURRENCY" put "${r[@]}" "$src" "s3://$bucket/$prefix/")
        ;;
    rclone) CMD=(rclone copy "$src" "bench:$bucket/$prefix") ;;
    rclone-tuned) CMD=(rclone copy "${RCLONE_TUNED[@]}" "$src" "bench:$bucket/$prefix") ;;
    aws | aws-tuned)
        local cfg=$TMP/aws-default.cfg r=()
        [[ $tool == aws-tuned ]] && cfg=$TMP/aws-tuned.cfg
        [[ $kind == dir ]] && r=(--recursive)
        CMD=(env "AWS_CONFIG_FILE=$cfg" "$AWS" --endpoint-url "$EP" s3 cp "${r[@]}" --only-show-errors "$src" "s3://$bucket/$prefix/")
        ;;
    s3cmd)
        local r=() s=$src
        [[ $kind == dir ]] && r=(--recursive) s=$src/
        CMD=(s3cmd -c "$TMP/s3cmd.cfg" --host "$HOSTPORT" --host-bucket "$HOSTPORT" --no-ssl
            --no-progress --quiet put "${r[@]}" "$s" "s3://$bucket/$prefix/")
        ;;
    curl)
        # One config entry per file; --parallel keeps 32 PUTs in flight.
        local cfg=$TMP/curl-$bucket.cfg f rel
        : >"$cfg"
        if [[ $kind == file ]]; then
            printf 'upload-file = "%s"\nurl = "%s/%s/%s/%s"\noutput = "/dev/null"\n' \
                "$src" "$EP" "$bucket" "$prefix" "$(basename -- "$src")" >>"$cfg"
        else
            while IFS= read -r -d '' f; do
                rel=${f#"$src"/}
                printf 'upload-file = "%s"\nurl = "%s/%s/%s/%s"\noutput = "/dev/null"\n' \
                    "$f" "$EP" "$bucket" "$prefix" "$rel"
            done < <(find "$src" -type f -print0) >>"$cfg"
        fi
        CMD=(curl --parallel --parallel-max 32 -sS --fail "${CURL_SIGN[@]}" --config "$cfg")
        ;;
    *) die "unknown tool $tool" ;;
    esac
}

# Sets CMD to TOOL downloading s3://BUCKET/KEY into DIR/<basename of KEY>.
download_cmd() {
    local tool=$1 bucket=$2 key=$3 dir=$4
    local name
    name=$(basename -- "$key")
    case $tool in
    sucai)
        CMD=(env "SUCAI_DATA_DIR=$(sucai_data_dir "$(basename -- "$dir")")" "$SUCAI" --path-style
            --endpoint "$EP" --concurrency "$CONCURRENCY" get "s3://$bucket/$key" "$dir/")
        ;;
    rclone) CMD=(rclone copy "bench:$bucket/$key" "$dir") ;;
    rclone-tuned) CMD=(rclone copy "${RCLONE_TUNED[@]}" "bench:$bucket/$key" "$dir") ;;
    aws | aws-tuned)
        local cfg=$TMP/aws-default.cfg
        [[ $tool == aws-tuned ]] && cfg=$TMP/aws-tuned.cfg
        CMD=(env "AWS_CONFIG_FILE=$cfg" "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors "s3://$bucket/$key" "$dir/$name")
        ;;
    s3cmd)
        CMD=(s3cmd -c "$TMP/s3cmd.cfg" --host "$HOSTPORT" --host-bucket "$HOSTPORT" --no-ssl
            --no-progress --quiet get "s3://$bucket/$key" "$dir/$name")
        ;;
    curl) CMD=(curl -sS --fail "${CURL_SIGN[@]}" -o "$dir/$name" "$EP/$bucket/$key") ;;
    *) die "unknown tool $tool" ;;
    esac
}

# ------------------------------------------------------------------ runs

RESULTS_TSV=$RUNS/results.tsv
printf 'scenario\ttool\trep\twall\tuser\tsys\tmaxrss_kb\tserver_cpu\tok\n' >"$RESULTS_TSV"
FAILED=0

# run SCENARIO TOOL REP: runs CMD under /usr/bin/time and appends a result row. Returns 1 when
# the command failed (its output is shown).
timed_run() {
    local scenario=$1 tool=$2 rep=$3
    local tag="$scenario-$tool-r$rep" tfile out t0 t1 rc=0
    tfile=$RUNS/$tag.time
    out=$RUNS/$tag.log
    sync
    t0=$(server_cpu_ticks)
    /usr/bin/time -f '%e %U %S %M' -o "$tfile" "${CMD[@]}" >"$out" 2>&1 || rc=$?
    t1=$(server_cpu_ticks)
    local wall user sys rss
    read -r wall user sys rss < <(tail -n 1 "$tfile")
    LAST_ROW=$(printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s' "$scenario" "$tool" "$rep" "$wall" "$user" "$sys" "$rss" \
        "$(awk -v t="$((t1 - t0))" -v h="$CLK_TCK" 'BEGIN {printf "%.2f", t / h}')")
    if ((rc != 0)); then
        log "FAILED: $tag exited with $rc; output ($out):"
        tail -n 20 "$out" >&2
        return 1
    fi
    return 0
}

record() { # OK(0/1)
    printf '%s\t%s\n' "$LAST_ROW" "$1" >>"$RESULTS_TSV"
    if [[ $1 == 0 ]]; then
        FAILED=$((FAILED + 1))
    else
        local wall
        wall=$(cut -f4 <<<"$LAST_ROW")
        log "  $(cut -f1-3 <<<"$LAST_ROW" | tr '\t' ' '): ${wall}s"
    fi
}

# The tools of a scenario in the order of this repetition: rotated each time so that no tool
# always runs first (cold caches) or right after the heaviest one.
tools_for() {
    local scenario=$1 rep=$2 list t out=()
    case $scenario in
    B1) list=$TOOLS_B1 ;;
    B2) list=$TOOLS_B2 ;;
    B3) list=$TOOLS_B3 ;;
    B5) list=$TOOLS_B5 ;;
    esac
    for t in $list; do
        [[ " $ALL_TOOLS " == *" $t "* ]] && out+=("$t")
    done
    local n=${#out[@]} i
    ((n > 0)) || return 0
    for ((i = 0; i < n; i++)); do
        echo "${out[$(((i + rep - 1) % n))]}"
    done
}

# An upload scenario: SRC to a fresh bucket, then check count and bytes.
upload_scenario() {
    local scenario=$1 src=$2 want_count=$3 want_bytes=$4 rep tool bucket ok got
    for ((rep = 1; rep <= REPS; rep++)); do
        while read -r tool; do
            bucket=$(tr '[:upper:]' '[:lower:]' <<<"$scenario-r$rep-$tool")
            make_bucket "$bucket"
            upload_cmd "$tool" "$src" "$bucket" data
            ok=1
            timed_run "$scenario" "$tool" "$rep" || ok=0
            got=$(listed "$bucket" data/) || got="(listing failed)"
            if [[ $got != "$want_count $want_bytes" ]]; then
                log "FAILED: $scenario $tool r$rep: the bucket holds $got (objects bytes), want $want_count $want_bytes"
                ok=0
            fi
            record "$ok"
            # Big runs are deleted at once; small objects cost little space and their deletion
            # would take longer than the run.
            if ((want_bytes > (256 << 20))); then
                empty_bucket "$bucket"
            fi
        done < <(tools_for "$scenario" "$rep")
    done
}

download_scenario() {
    local scenario=$1 rep tool dir ok
    local bucket=b3-source
    make_bucket "$bucket"
    log "  uploading the source object (aws-cli, multipart)"
    AWS_CONFIG_FILE=$TMP/aws-tuned.cfg "$AWS" --endpoint-url "$EP" s3 cp --only-show-errors \
        "$DATA/big/big.bin" "s3://$bucket/data/big.bin"
    for ((rep = 1; rep <= REPS; rep++)); do
        while read -r tool; do
            dir=$RUNS/dl/$tool-r$rep
            rm -rf "$dir"
            mkdir -p "$dir"
            download_cmd "$tool" "$bucket" data/big.bin "$dir"
            ok=1
            timed_run "$scenario" "$tool" "$rep" || ok=0
            if ! cmp -s "$DATA/big/big.bin" "$dir/big.bin"; then
                log "FAILED: $scenario $tool r$rep: $dir/big.bin differs from the source (or is missing)"
                ok=0
            fi
            record "$ok"
            rm -rf "$dir"
        done < <(tools_for "$scenario" "$rep")
    done
    empty_bucket "$bucket"
}

# Warm-up: each tool starts once (binaries and Python modules into the page cache).
log "warming up the tools"
SUCAI_DATA_DIR=$(sucai_data_dir warm-up) "$SUCAI" --path-style --endpoint "$EP" ls >/dev/null
rclone lsd bench: >/dev/null
admin_aws s3 ls >/dev/null
s3cmd -c "$TMP/s3cmd.cfg" --host "$HOSTPORT" --host-bucket "$HOSTPORT" --no-ssl ls >/dev/null
curl -sS --fail "${CURL_SIGN[@]}" "$EP/" -o /dev/null

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
readonly LOAD_BEFORE
for scenario in $SCENARIOS; do
    case $scenario in
    B1)
        log "B1: $B1_COUNT x $B1_SIZE B upload, $REPS repetitions"
        upload_scenario B1 "$DATA/b1" "$B1_COUNT" $((B1_COUNT * B1_SIZE))
        ;;
    B2)
        log "B2: 1 x $BIG_SIZE B upload, $REPS repetitions"
        upload_scenario B2 "$DATA/big/big.bin" 1 "$BIG_SIZE"
        ;;
    B3)
        log "B3: 1 x $BIG_SIZE B download, $REPS repetitions"
        download_scenario B3
        ;;
    B5)
        log "B5: mixed upload ($B5_COUNT objects, $B5_BYTES B), $REPS repetitions"
        upload_scenario B5 "$DATA/b5" "$B5_COUNT" "$B5_BYTES"
        ;;
    *) die "unknown scenario $scenario (B1 B2 B3 B5)" ;;
    esac
done
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
readonly LOAD_AFTER

# ------------------------------------------------------------------ report

MINUTES=$((($(date +%s) - START_EPOCH + 59) / 60))
MACHINE=$(
    printf -- '- CPU: %s, nproc = %s\n' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)" "$(nproc)"
    printf -- '- RAM: %s GiB\n' "$(awk '/MemTotal/ {printf "%.1f", $2 / 1048576}' /proc/meminfo)"
    printf -- '- Date: %s; kernel %s; load average before/after the runs: %s / %s\n' \
        "$(date -u '+%Y-%m-%d %H:%M UTC')" "$(uname -r)" "$LOAD_BEFORE" "$LOAD_AFTER"
    printf -- '- Mode: %s, %s repetitions (median shown), total script time %s min\n' \
        "$([[ $QUICK == 1 ]] && echo 'BENCH_QUICK=1 (small sizes)' || echo full)" "$REPS" "$MINUTES"
    printf -- '- Tools: sucai-cli %s built from %s (--concurrency %s); %s; %s; %s; %s\n' \
        "$("$SUCAI" --version | awk '{print $2}')" \
        "$(git -C "$ROOT" describe --always --dirty 2>/dev/null || echo 'an unknown tree')" "$CONCURRENCY" \
        "$(rclone version 2>/dev/null | head -n 1)" "$("$AWS" --version 2>&1 | cut -d' ' -f1)" \
        "$(s3cmd --version)" "$(curl --version | head -n 1 | cut -d' ' -f1-2)"
    printf -- '- Server: Ceph RGW %s, bluestore on a sparse file, on the same machine\n' \
        "$(radosgw --version 2>/dev/null | awk '{print $3}')"
)

TABLE=$(python3 - "$RESULTS_TSV" <<EOF
import csv, statistics, sys
rows = [r for r in csv.DictReader(open(sys.argv[1]), delimiter="\t")]
meta = {  # objects, bytes, kind
    "B1": ($B1_COUNT, $((B1_COUNT * B1_SIZE)), "up"),
    "B2": (1, $BIG_SIZE, "up"),
    "B3": (1, $BIG_SIZE, "down"),
    "B5": ($B5_COUNT, $B5_BYTES, "up"),
}
titles = {
    "B1": "B1 — $B1_COUNT × $((B1_SIZE / 1024)) KiB upload",
    "B2": "B2 — 1 × $((BIG_SIZE >> 20)) MiB upload",
    "B3": "B3 — 1 × $((BIG_SIZE >> 20)) MiB download",
    "B5": "B5 — mixed upload: 1 × $((BIG_SIZE >> 20)) MiB + $B5_MEDIUM_COUNT × $((B5_MEDIUM_SIZE >> 20)) MiB + $B5_SMALL_COUNT × $((B5_SMALL_SIZE / 1024)) KiB",
}
med = {}
fails = {}
for r in rows:
    key = (r["scenario"], r["tool"])
    if r["ok"] != "1":
        fails[key] = fails.get(key, 0) + 1
        continue
    med.setdefault(key, []).append(r)

def m(key, field):
    return statistics.median(float(r[field]) for r in med[key])

out = []
summary = {}
for sc in ["B1", "B2", "B3", "B5"]:
    tools = [t for (s, t) in med if s == sc] + [t for (s, t) in fails if s == sc and (s, t) not in med]
    if not tools:
        continue
    n, nbytes, kind = meta[sc]
    out.append(f"### {titles[sc]}\n")
    out.append("| tool | runs ok | wall s | MB/s | objects/s | client CPU-s | CPU-s/GiB | CPU-s/1000 obj | peak RSS MiB | server CPU-s | sucai ÷ tool (speed) |")
    out.append("|---|---|---|---|---|---|---|---|---|---|---|")
    sucai_speed = None
    if (sc, "sucai") in med:
        sucai_speed = nbytes / m((sc, "sucai"), "wall")
    for t in sorted(set(tools), key=lambda t: (t != "sucai", t)):
        key = (sc, t)
        if key not in med:
            out.append(f"| {t} | 0/{fails.get(key, 0)} | failed | | | | | | | | |")
            continue
        wall = m(key, "wall")
        cpu = statistics.median(float(r["user"]) + float(r["sys"]) for r in med[key])
        rss = m(key, "maxrss_kb") / 1024
        srv = m(key, "server_cpu")
        speed = nbytes / wall
        ratio = f"{sucai_speed / speed:.2f}×" if sucai_speed and t != "sucai" else ("—" if t == "sucai" else "n/a")
        runs = len(med[key])
        ops = f"{n / wall:.0f}" if n >= 100 else "—"
        per_gib = f"{cpu / (nbytes / 2**30):.2f}" if nbytes >= (64 << 20) else "—"
        per_k = f"{cpu / n * 1000:.2f}" if n >= 100 else "—"
        out.append(f"| {t} | {runs}/{runs + fails.get(key, 0)} | {wall:.2f} | {speed / 1e6:.1f} | {ops} | {cpu:.2f} | "
                   f"{per_gib} | {per_k} | {rss:.0f} | {srv:.1f} | {ratio} |")
        summary[key] = {"speed": speed, "ops": n / wall, "cpu_gib": cpu / (nbytes / 2**30), "cpu_k": cpu / n * 1000}
    out.append("")

def get(sc, t, f):
    return summary.get((sc, t), {}).get(f)

goals = []
def goal(text, sucai, peer, factor, higher=True):
    if sucai is None or peer is None:
        goals.append(f"| {text} | n/a | not measured |")
        return
    ratio = sucai / peer
    met = ratio >= factor if higher else ratio <= factor
    goals.append(f"| {text} | {ratio:.2f}× | {'met' if met else '**missed**'} |")

goal("B1 objects/s ≥ 1.0× rclone-tuned", get("B1", "sucai", "ops"), get("B1", "rclone-tuned", "ops"), 1.0)
goal("B1 objects/s ≥ 2× rclone (defaults)", get("B1", "sucai", "ops"), get("B1", "rclone", "ops"), 2.0)
goal("B1 objects/s ≥ 5× aws-cli (defaults)", get("B1", "sucai", "ops"), get("B1", "aws", "ops"), 5.0)
goal("B1 objects/s ≥ 0.9× curl --parallel", get("B1", "sucai", "ops"), get("B1", "curl", "ops"), 0.9)
peers = ["rclone", "rclone-tuned", "aws", "aws-tuned", "s3cmd"]
def best(sc, f, tools):
    v = [get(sc, t, f) for t in tools if get(sc, t, f) is not None]
    return max(v) if v else None
goal("B2 MB/s ≥ 1.2× best peer measured (curl excluded)", get("B2", "sucai", "speed"), best("B2", "speed", peers), 1.2)
goal("B2 CPU-s/GiB ≤ 0.5× s3cmd", get("B2", "sucai", "cpu_gib"), get("B2", "s3cmd", "cpu_gib"), 0.5, higher=False)
goal("B3 MB/s ≥ 1.0× rclone-tuned", get("B3", "sucai", "speed"), get("B3", "rclone-tuned", "speed"), 1.0)
goal("B5 MB/s ≥ 1.3× best tuned peer measured", get("B5", "sucai", "speed"), best("B5", "speed", ["rclone-tuned", "aws-tuned"]), 1.3)
goal("B7 CPU per PUT ≤ 0.5× rclone-tuned", get("B1", "sucai", "cpu_k"), get("B1", "rclone-tuned", "cpu_k"), 0.5, higher=False)
out.append("### Goals (sucai-cli ÷ peer, medians)\n")
out.append("| goal | ratio | verdict |")
out.append("|---|---|---|")
out.extend(goals)
print("\n".join(out))
EOF
)

printf '\n%s\n' "$TABLE"

# Hand-written analysis below the marker line of an existing report is kept.
MARKER='<!-- analysis: text below this line is kept when run-bench.sh rewrites the file -->'
KEPT=""
if [[ -f $RESULTS_MD ]] && grep -qxF -- "$MARKER" "$RESULTS_MD"; then
    KEPT=$(awk -v m="$MARKER" 'found {print} $0 == m {found = 1}' "$RESULTS_MD")
fi
{
    echo "# Benchmark results: sucai-cli and its peers"
    echo
    echo "Written by \`tests/bench/run-bench.sh\` (see \`tests/bench/README.md\` for what each scenario"
    echo "means). Every tool talks to the same local Ceph RGW over HTTP on 127.0.0.1; client, RGW"
    echo "and OSD share the machine's cores, so client CPU matters for everyone's throughput."
    echo "MB = 10^6 bytes. \"client CPU-s\" is user+sys of the client process (\`/usr/bin/time\`);"
    echo "\"server CPU-s\" is radosgw + ceph-osd over the same run."
    echo
    echo "## Machine"
    echo
    echo "$MACHINE"
    echo
    echo "## Results"
    echo
    echo "$TABLE"
    if [[ -n $MICRO_OUT ]]; then
        echo
        echo "## Micro-benchmarks (bench_micro)"
        echo
        echo '```'
        echo "$MICRO_OUT"
        echo '```'
    fi
    echo
    echo "$MARKER"
    if [[ -n $KEPT ]]; then
        echo "$KEPT"
    else
        echo
        echo "## Notes"
        echo
        echo "(none yet)"
    fi
} >"$RESULTS_MD"
log "wrote $RESULTS_MD (raw rows: $RESULTS_TSV)"

if ((FAILED > 0)); then
    log "$FAILED run(s) FAILED: see the messages above and $RUNS/*.log"
    exit 1
fi
}
main "$@"
exit
