#!/usr/bin/env bash
# A throw-away Ceph RADOS Gateway (S3) on 127.0.0.1 for Sucai's tests.
#
#   rgw.sh start  STATEDIR   bring up mon + osd + radosgw, write STATEDIR/env
#   rgw.sh stop   STATEDIR   stop them (by recorded PID only), remove the data
#   rgw.sh status STATEDIR   exit 0 when running and answering
#   rgw.sh admin  STATEDIR ARGS...   run radosgw-admin against this cluster
#   rgw.sh stop-rgw  STATEDIR [KILL] stop only radosgw (SIGTERM, or SIGKILL: a crash);
#                                    mon, osd and the data stay
#   rgw.sh start-rgw STATEDIR        start radosgw again on its port, wait until it answers
#
# Everything (conf, keyrings, data, logs, sockets, pid files) lives under
# STATEDIR; nothing touches /etc/ceph, /var/lib/ceph or systemd.
#
# Environment:
#   SUCAI_RGW_STORE=memstore|bluestore  OSD object store (default memstore;
#                                       bluestore uses a sparse file in STATEDIR)
#   SUCAI_RGW_STORE_GB=N    capacity the OSD reports (default 8 for memstore,
#                           40 for bluestore's sparse file)
#   SUCAI_RGW_DEBUG=N       debug_rgw level (default 1)
#   SUCAI_RGW_TIMEOUT=S     max seconds for each wait during start (default 60)
#   SUCAI_KEEP_LOGS=1       stop keeps STATEDIR/log
#   SUCAI_RGW_STS=1         let S3 requests authenticate with STS temporary
#                           credentials (rgw_s3_auth_use_sts). Off by default:
#                           with it on, RGW 16 answers AccessDenied for a wrong
#                           secret or an unknown key instead of
#                           SignatureDoesNotMatch / InvalidAccessKeyId, which
#                           hides the errors the storage tests check. The
#                           sign-in tests start their own instance with it on.
#
# See tests/servers/README.md.
set -euo pipefail

readonly ACCESS_KEY=SUCAITESTACCESSKEY01
readonly SECRET_KEY=sucai-test-secret-key-0123456789abcdefghij
readonly OTHER_ACCESS_KEY=SUCAIOTHERACCESSKEY1
readonly OTHER_SECRET_KEY=sucai-other-secret-key-0123456789abcdefgh
readonly TEST_UID=sucai-test
readonly OTHER_UID=sucai-other
readonly TEST_CAPS='usage=read;buckets=read;users=read;metadata=read;oidc-provider=*;roles=*'
readonly REGION=us-east-1
readonly STS_KEY=sucai-sts-key-16   # exactly 16 characters
readonly RGW_NAME=client.rgw.gw

SELF_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SELF="$SELF_DIR/$(basename -- "${BASH_SOURCE[0]}")"
readonly SELF_DIR SELF

log() { printf 'rgw.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    cat >&2 <<EOF
usage: $SELF start|stop|status STATEDIR
       $SELF admin STATEDIR RADOSGW-ADMIN-ARGS...
       $SELF stop-rgw STATEDIR [KILL]
       $SELF start-rgw STATEDIR
EOF
    exit 2
}

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

# ------------------------------------------------------------------ state

STATEDIR=
CONF=
setup_paths() {
    local dir=$1
    dir=$(realpath -m -- "$dir")
    # Ceph config values and the env file must not contain blanks or '$'.
    [[ $dir =~ ^[A-Za-z0-9._/+@:-]+$ ]] ||
        die "STATEDIR must be a path without spaces or special characters: $dir"
    dir=${dir%/}
    [[ -n $dir ]] || die "refusing to use / as STATEDIR"
    STATEDIR=$dir
    CONF="$STATEDIR/ceph.conf"
}

pid_file() { echo "$STATEDIR/pids/$1.pid"; }

recorded_pid() {
    local f
    f=$(pid_file "$1")
    [[ -s $f ]] || return 1
    local pid
    pid=$(<"$f")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    echo "$pid"
}

# True when PID is a live (non-zombie) process started with our ceph.conf.
# Bash builtins only: this runs in polling loops.
pid_is_ours() {
    local pid=$1 stat a
    local -a args
    { read -r stat <"/proc/$pid/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != [ZX] ]] || return 1
    { mapfile -d '' -t args <"/proc/$pid/cmdline"; } 2>/dev/null || return 1
    for a in "${args[@]}"; do
        [[ $a == "$CONF" ]] && return 0
    done
    return 1
}

daemon_alive() {
    local pid
    pid=$(recorded_pid "$1") || return 1
    pid_is_ours "$pid"
}

# Signed S3 ListBuckets against our endpoint. Made as the OTHER user so the
# test user's usage log starts empty.
s3_ping() {
    local port=$1
    # curl 7.88 signs x-amz-content-sha256 only when it is given explicitly.
    curl -sf -o /dev/null --max-time 5 -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' \
        --aws-sigv4 "aws:amz:$REGION:s3" \
        --user "$OTHER_ACCESS_KEY:$OTHER_SECRET_KEY" "http://127.0.0.1:$port/"
}

cluster_running() {
    [[ -s $STATEDIR/env && -s $STATEDIR/ports ]] || return 1
    local d
    for d in mon osd rgw; do daemon_alive "$d" || return 1; done
    local rgw_port
    rgw_port=$(sed -n 's/^rgw=//p' "$STATEDIR/ports")
    [[ -n $rgw_port ]] && s3_ping "$rgw_port"
}

# ------------------------------------------------------------------- stop

stop_daemon() {
    # stop_daemon NAME [SIGNAL]: SIGNAL (default TERM), up to 5 s, then KILL.
    local name=$1 sig=${2:-TERM} pid i t
    pid=$(recorded_pid "$name") || { rm -f "$(pid_file "$name")"; return 0; }
    if pid_is_ours "$pid"; then
        t=$(now_ms)
        kill "-$sig" "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do      # up to 5 s
            pid_is_ours "$pid" || break
            sleep 0.05
        done
        if pid_is_ours "$pid"; then
            log "$name (pid $pid) ignored SIG$sig for 5 s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            for ((i = 0; i < 40; i++)); do   # up to 2 s
                pid_is_ours "$pid" || break
                sleep 0.05
            done
            pid_is_ours "$pid" && { log "$name (pid $pid) does not die"; return 1; }
        fi
        log "stopped $name (pid $pid, SIG$sig) in $(($(now_ms) - t)) ms"
    fi
    rm -f "$(pid_file "$name")"
}

stop_all() {
    # radosgw hangs on SIGTERM once the OSD or monitor is gone, and the OSD
    # waits for the monitor's ack: kill those at once when the cluster
    # below them is already dead (the data is thrown away anyway).
    local rc=0 rgw_sig=TERM osd_sig=TERM
    daemon_alive mon || { rgw_sig=KILL; osd_sig=KILL; }
    daemon_alive osd || rgw_sig=KILL
    stop_daemon rgw "$rgw_sig" || rc=1
    stop_daemon osd "$osd_sig" || rc=1
    stop_daemon mon TERM || rc=1
    return $rc
}

# Remove what start created; keep logs when asked to.
clean_state() {
    local keep_logs=${1:-0}
    rm -rf "$STATEDIR/mon" "$STATEDIR/osd" "$STATEDIR/rgw" "$STATEDIR/run" \
        "$STATEDIR/crash" "$STATEDIR/pids" "$STATEDIR/tmp" \
        "$STATEDIR/env" "$STATEDIR/env.tmp" "$STATEDIR/ports" \
        "$STATEDIR/keyring" "$STATEDIR/monmap" "$CONF"
    if [[ $keep_logs != 1 ]]; then
        rm -rf "$STATEDIR/log"
    fi
}

cmd_stop() {
    [[ -d $STATEDIR ]] || { log "nothing to stop in $STATEDIR"; return 0; }
    exec 9>>"$STATEDIR/.lock"
    flock -w 120 9 || die "cannot lock $STATEDIR/.lock"
    local rc=0
    stop_all || rc=1
    if ((rc == 0)); then
        clean_state "${SUCAI_KEEP_LOGS:-0}"
        rm -f "$STATEDIR/.lock"
        rmdir "$STATEDIR" 2>/dev/null || true
        log "stopped; state removed from $STATEDIR"
    fi
    return $rc
}

# ------------------------------------------------------------------ start

pick_port() {
    # A random TCP port on 127.0.0.1 that no socket uses, outside the
    # ephemeral range when possible and not among the ports given as args.
    local lo=20000 hi=60000 elo _
    if read -r elo _ </proc/sys/net/ipv4/ip_local_port_range 2>/dev/null &&
        ((elo - 1 - lo >= 2000)); then
        hi=$((elo - 1))
    fi
    local used p i
    used=" $* $(ss -Htan 2>/dev/null | awk '{n = split($4, a, ":"); printf "%s ", a[n]}') "
    for ((i = 0; i < 1000; i++)); do
        p=$((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))
        [[ $used == *" $p "* ]] || { echo "$p"; return 0; }
    done
    return 1
}

write_conf() {
    local fsid=$1 mon_port=$2 rgw_port=$3 store=$4 store_gb=$5
    local bytes=$((store_gb * 1024 * 1024 * 1024))
    cat >"$CONF" <<EOF
# Generated by tests/servers/rgw.sh - a single-node test cluster.
[global]
fsid = $fsid
mon_host = [v2:127.0.0.1:$mon_port]
public_addr = 127.0.0.1
cluster_addr = 127.0.0.1
ms_bind_msgr1 = false
ms_bind_msgr2 = true
ms_bind_ipv6 = false
auth_cluster_required = cephx
auth_service_required = cephx
auth_client_required = cephx
keyring = $STATEDIR/keyring
run_dir = $STATEDIR/run
admin_socket = $STATEDIR/run/\$cluster-\$name.asok
pid_file = $STATEDIR/run/\$name.pid
log_file = $STATEDIR/log/\$name.log
crash_dir = $STATEDIR/crash
tmp_dir = $STATEDIR/tmp
log_to_stderr = false
err_to_stderr = true
log_to_journald = false
mon_cluster_log_file = $STATEDIR/log/cluster.log
mon_data_avail_warn = 1
mon_data_avail_crit = 0
mon_allow_pool_size_one = true
mon_allow_pool_delete = true
mon_warn_on_pool_no_redundancy = false
osd_pool_default_size = 1
osd_pool_default_min_size = 1
osd_pool_default_pg_num = 8
osd_pool_default_pgp_num = 8
osd_pool_default_pg_autoscale_mode = off
osd_crush_chooseleaf_type = 0
osd_crush_initial_weight = 1
debug_ms = 0
auth_allow_insecure_global_id_reclaim = false

[client]
# Ops issued before the OSD is up get re-sent on the objecter's tick
# (default 5 s): tick fast so radosgw(-admin) do not stall at start-up.
objecter_tick_interval = 0.1

[mon]
mon_data = $STATEDIR/mon/\$cluster-\$id
paxos_propose_interval = 0.1

[osd]
osd_data = $STATEDIR/osd/\$cluster-\$id
osd_objectstore = $store
memstore_device_bytes = $bytes
bluestore_block_path = $STATEDIR/osd/\$cluster-\$id.block
bluestore_block_size = $bytes
bluestore_block_create = true
bluestore_fsck_on_mkfs = false
bluestore_fsck_on_mount = false

[$RGW_NAME]
rgw_frontends = beast endpoint=127.0.0.1:$rgw_port
rgw_data = $STATEDIR/rgw
rgw_dns_name = localhost
rgw_enable_usage_log = true
rgw_usage_log_tick_interval = 1
rgw_usage_log_flush_threshold = 1
rgw_s3_auth_use_sts = $([[ ${SUCAI_RGW_STS:-0} == 1 ]] && echo true || echo false)
rgw_sts_key = $STS_KEY
rgw_bucket_quota_ttl = 0
debug_rgw = ${SUCAI_RGW_DEBUG:-1}
EOF
}

mark() { printf '\n[%s ms] %s\n' "$(($(now_ms) - T0))" "$*" >>"$STATEDIR/log/setup.log"; }

gen_key() {
    # A cephx secret the way ceph-authtool encodes it: le16 type (1 = AES),
    # le32+le32 creation time (0), le16 length (16), 16 random bytes.
    { printf '\001\000\000\000\000\000\000\000\000\000\020\000'; head -c 16 /dev/urandom; } | base64 -w0
}

STARTED=()   # daemons launched by this invocation, for cleanup on failure
HELPERS=()   # background set-up commands (mkfs, ceph, radosgw-admin)
START_OK=0

kill_helpers() {
    local p
    for p in "${HELPERS[@]}"; do
        kill -TERM "$p" 2>/dev/null || true
    done
    HELPERS=()
}

# await_bg PID DESCRIPTION LOGNAME...: wait for a background set-up command,
# failing fast when one of the started daemons dies meanwhile.
await_bg() {
    local pid=$1 desc=$2
    shift 2
    while kill -0 "$pid" 2>/dev/null; do
        check_daemons_alive
        sleep 0.05
    done
    wait "$pid" || start_failed "$desc failed" "$@"
}

launch() {
    # launch NAME BINARY ARGS...: run in its own session, record the pid.
    local name=$1
    shift
    # fd 9 holds STATEDIR/.lock: the daemon must not inherit it.
    setsid "$@" -f -c "$CONF" </dev/null >>"$STATEDIR/log/$name.out" 2>&1 9>&- &
    local pid=$!
    echo "$pid" >"$(pid_file "$name")"
    mark "launched $name: pid $pid"
    STARTED+=("$name")
}

log_of() {
    case $1 in
        mon) echo "$STATEDIR/log/mon.a.log" ;;
        osd) echo "$STATEDIR/log/osd.0.log" ;;
        rgw) echo "$STATEDIR/log/$RGW_NAME.log" ;;
        *) echo "$STATEDIR/log/$1.log" ;;
    esac
}

show_logs() {
    local name f
    for name in "$@"; do
        for f in "$(log_of "$name")" "$STATEDIR/log/$name.out"; do
            [[ -s $f ]] || continue
            printf '\n==== tail of %s ====\n' "$f" >&2
            tail -n 30 "$f" >&2
        done
    done
}

start_failed() {
    local what=$1
    shift
    log "error: $what"
    kill_helpers
    show_logs "$@"
    STARTED=()   # on_start_exit: already handled
    if [[ ${SUCAI_RGW_KEEP_ON_FAILURE:-0} == 1 ]]; then
        log "SUCAI_RGW_KEEP_ON_FAILURE=1: leaving the daemons running for inspection"
    else
        log "stopping what was started"
        stop_all || true
    fi
    exit 1
}

on_start_exit() {
    local rc=$?
    kill_helpers
    if ((START_OK == 0 && ${#STARTED[@]} > 0)); then
        log "start did not complete (exit $rc); stopping what was started"
        show_logs "${STARTED[@]}"
        stop_all || true
    fi
}

check_daemons_alive() {
    local d
    for d in "${STARTED[@]}"; do
        daemon_alive "$d" || start_failed "$d exited during start-up" "$d"
    done
}

# wait_for DESCRIPTION LOGNAME COMMAND...: poll every 0.1 s until COMMAND
# succeeds, failing on timeout or when a started daemon dies.
wait_for() {
    local desc=$1 logname=$2
    shift 2
    local deadline=$(($(now_ms) + ${SUCAI_RGW_TIMEOUT:-60} * 1000))
    while ! "$@" >/dev/null 2>&1; do
        check_daemons_alive
        (($(now_ms) < deadline)) ||
            start_failed "timed out waiting for $desc" "$logname"
        sleep 0.1
    done
}

# run_step DESCRIPTION LOGNAME COMMAND...: run with a time bound, output to
# STATEDIR/log/setup.log, fail with log tails on error or when a daemon dies.
run_step() {
    local desc=$1 logname=$2
    shift 2
    mark "\$ $*"
    timeout "${SUCAI_RGW_TIMEOUT:-60}" "$@" >>"$STATEDIR/log/setup.log" 2>&1 9>&- &
    local pid=$!
    HELPERS+=("$pid")
    await_bg "$pid" "$desc" setup "$logname"
}

T0=$(now_ms)
cmd_start() {
    local t0=$T0
    ((EUID == 0)) || die "must run as root (ceph daemons and their state dirs expect it)"
    local b
    for b in ceph ceph-mon ceph-osd radosgw radosgw-admin monmaptool curl ss base64 setsid flock timeout; do
        command -v "$b" >/dev/null 2>&1 ||
            die "missing '$b' (apt-get install --no-install-recommends ceph-mon ceph-osd radosgw ceph-common curl util-linux)"
    done

    mkdir -p "$STATEDIR"
    exec 9>>"$STATEDIR/.lock"
    flock -w 120 9 || die "cannot lock $STATEDIR/.lock"

    if cluster_running; then
        log "already running in $STATEDIR"
        echo "$STATEDIR/env"
        return 0
    fi
    if [[ -d $STATEDIR/pids || -e $CONF ]]; then
        log "stale state in $STATEDIR: stopping leftovers and starting fresh"
        stop_all || die "could not stop leftover daemons of $STATEDIR"
    fi
    clean_state 0

    local store=${SUCAI_RGW_STORE:-memstore}
    local store_gb
    case $store in
        memstore) store_gb=${SUCAI_RGW_STORE_GB:-8} ;;
        bluestore) store_gb=${SUCAI_RGW_STORE_GB:-40} ;;
        *) die "SUCAI_RGW_STORE must be memstore or bluestore, not '$store'" ;;
    esac
    [[ $store_gb =~ ^[1-9][0-9]*$ ]] || die "SUCAI_RGW_STORE_GB must be a positive integer"

    mkdir -p "$STATEDIR"/{mon,osd/ceph-0,rgw,run,crash,pids,log,tmp}
    : >"$STATEDIR/log/setup.log"
    trap on_start_exit EXIT
    trap 'exit 130' INT TERM

    local mon_port rgw_port fsid osd_uuid
    mon_port=$(pick_port) || die "no free port for the monitor"
    rgw_port=$(pick_port "$mon_port") || die "no free port for radosgw"
    printf 'mon=%s\nrgw=%s\n' "$mon_port" "$rgw_port" >"$STATEDIR/ports"
    fsid=$(</proc/sys/kernel/random/uuid)
    osd_uuid=$(</proc/sys/kernel/random/uuid)
    write_conf "$fsid" "$mon_port" "$rgw_port" "$store" "$store_gb"

    # One keyring holds every entity; ceph-mon --mkfs imports them all, so
    # no 'ceph auth' round trips are needed later.
    local kr="$STATEDIR/keyring"
    mark "writing keyring"
    (
        umask 077
        cat >"$kr" <<EOF
[mon.]
	key = $(gen_key)
	caps mon = "allow *"
[client.admin]
	key = $(gen_key)
	caps mds = "allow *"
	caps mgr = "allow *"
	caps mon = "allow *"
	caps osd = "allow *"
[osd.0]
	key = $(gen_key)
	caps mgr = "allow profile osd"
	caps mon = "allow profile osd"
	caps osd = "allow *"
[$RGW_NAME]
	key = $(gen_key)
	caps mgr = "allow rw"
	caps mon = "allow rw"
	caps osd = "allow rwx"
EOF
    )

    run_step "monmap" setup monmaptool --create --clobber --fsid "$fsid" \
        --addv a "[v2:127.0.0.1:$mon_port]" "$STATEDIR/monmap"
    # The OSD's mkfs needs only the monmap: run it alongside the monitor's.
    mark "ceph-osd --mkfs (background)"
    timeout "${SUCAI_RGW_TIMEOUT:-60}" ceph-osd -c "$CONF" -i 0 --mkfs \
        --osd-uuid "$osd_uuid" --monmap "$STATEDIR/monmap" \
        >"$STATEDIR/log/osd-mkfs.out" 2>&1 9>&- &
    local mkfs_pid=$!
    HELPERS+=("$mkfs_pid")
    run_step "ceph-mon --mkfs" mon ceph-mon -c "$CONF" -i a --mkfs \
        --monmap "$STATEDIR/monmap" --keyring "$kr"
    launch mon ceph-mon -i a

    # Register the OSD and create RGW's pools with ONE ceph invocation
    # (commands on stdin), while the OSD's mkfs finishes and it boots.
    local pool cmds
    cmds="osd new $osd_uuid 0"$'\n'
    for pool in .rgw.root default.rgw.control default.rgw.meta default.rgw.log \
        default.rgw.buckets.index default.rgw.buckets.data default.rgw.buckets.non-ec; do
        cmds+="osd pool create $pool 8 8 replicated"$'\n'
        cmds+="osd pool application enable $pool rgw"$'\n'
    done
    mark "ceph (background batch, output in log/ceph-batch.out):"$'\n'"$cmds"
    printf '%s' "$cmds" | timeout "${SUCAI_RGW_TIMEOUT:-60}" \
        ceph -c "$CONF" --connect-timeout "${SUCAI_RGW_TIMEOUT:-60}" \
        >"$STATEDIR/log/ceph-batch.out" 2>&1 9>&- &
    local batch_pid=$!
    HELPERS+=("$batch_pid")

    await_bg "$mkfs_pid" "ceph-osd --mkfs" osd-mkfs osd
    mark "ceph-osd --mkfs done"
    # The OSD may boot before 'osd new' registers it: it retries by itself.
    launch osd ceph-osd -i 0

    await_bg "$batch_pid" "creating the OSD and pools" ceph-batch mon
    mark "batch done"
    # Under load the monitor may answer a command with EAGAIN while it settles. Every
    # command in the batch is idempotent (an existing OSD or pool is "already" there), so
    # run it again a few times before giving up.
    local again
    for again in 1 2 3; do
        grep -qiE '^error|Error [A-Z]+' "$STATEDIR/log/ceph-batch.out" || break
        mark "batch reported an error; running it again ($again)"
        cp "$STATEDIR/log/ceph-batch.out" "$STATEDIR/log/ceph-batch.$again.out"
        sleep 0.5
        printf '%s' "$cmds" | timeout "${SUCAI_RGW_TIMEOUT:-60}" \
            ceph -c "$CONF" --connect-timeout "${SUCAI_RGW_TIMEOUT:-60}" \
            >"$STATEDIR/log/ceph-batch.out" 2>&1 9>&- || true
    done
    if grep -qiE '^error|Error [A-Z]+' "$STATEDIR/log/ceph-batch.out"; then
        start_failed "creating the OSD and pools failed" ceph-batch mon
    fi

    # The first radosgw-admin run creates the default zonegroup and zone (it
    # waits for the PGs to become active by itself); radosgw starts after it
    # so that the two never race to create them.
    run_step "creating user $TEST_UID" setup radosgw-admin -c "$CONF" user create \
        --uid "$TEST_UID" --display-name "Sucai test user" \
        --access-key "$ACCESS_KEY" --secret-key "$SECRET_KEY" --caps "$TEST_CAPS"
    launch rgw radosgw -n "$RGW_NAME"
    run_step "creating user $OTHER_UID" rgw radosgw-admin -c "$CONF" user create \
        --uid "$OTHER_UID" --display-name "Sucai other user" \
        --access-key "$OTHER_ACCESS_KEY" --secret-key "$OTHER_SECRET_KEY"

    wait_for "a signed S3 request to succeed on port $rgw_port" rgw s3_ping "$rgw_port"

    cat >"$STATEDIR/env.tmp" <<EOF
SUCAI_S3_ENDPOINT=http://127.0.0.1:$rgw_port
SUCAI_S3_REGION=$REGION
SUCAI_S3_ACCESS_KEY=$ACCESS_KEY
SUCAI_S3_SECRET_KEY=$SECRET_KEY
SUCAI_S3_OTHER_ACCESS_KEY=$OTHER_ACCESS_KEY
SUCAI_S3_OTHER_SECRET_KEY=$OTHER_SECRET_KEY
SUCAI_RGW_STATEDIR=$STATEDIR
SUCAI_RGW_CONF=$CONF
SUCAI_S3_USER=$TEST_UID
SUCAI_S3_OTHER_USER=$OTHER_UID
EOF
    mv -f "$STATEDIR/env.tmp" "$STATEDIR/env"
    mark "ready"
    HELPERS=()
    START_OK=1
    trap - EXIT INT TERM
    local t1
    t1=$(now_ms)
    log "ready in $(((t1 - t0) / 1000)).$(printf '%03d' $(((t1 - t0) % 1000))) s ($store): http://127.0.0.1:$rgw_port (mon port $mon_port, pids mon=$(recorded_pid mon) osd=$(recorded_pid osd) rgw=$(recorded_pid rgw))"
    echo "$STATEDIR/env"
}

cmd_status() {
    if [[ -d $STATEDIR ]] && cluster_running; then
        log "running: $(sed -n 's/^SUCAI_S3_ENDPOINT=//p' "$STATEDIR/env")"
        return 0
    fi
    log "not running in $STATEDIR"
    return 3
}

# stop-rgw / start-rgw: take radosgw (only) away and bring it back, for tests of a server
# that goes down mid-transfer. The cluster below it (mon, osd) and the data stay; radosgw
# comes back on the port recorded in STATEDIR/ports (ceph.conf names it), bound to 127.0.0.1.
# While radosgw is down, `status` reports the cluster as not running.
lock_cluster() {
    [[ -s $CONF && -s $STATEDIR/ports && -d $STATEDIR/pids ]] || die "no cluster in $STATEDIR"
    exec 9>>"$STATEDIR/.lock"
    flock -w 120 9 || die "cannot lock $STATEDIR/.lock"
}

cmd_stop_rgw() {
    local sig=${1:-TERM}
    [[ $sig == TERM || $sig == KILL ]] || usage
    lock_cluster
    stop_daemon rgw "$sig"
}

cmd_start_rgw() {
    lock_cluster
    local d rgw_port
    for d in mon osd; do
        daemon_alive "$d" || die "$d is not running in $STATEDIR: use start"
    done
    rgw_port=$(sed -n 's/^rgw=//p' "$STATEDIR/ports")
    [[ $rgw_port =~ ^[0-9]+$ ]] || die "no radosgw port recorded in $STATEDIR/ports"
    if daemon_alive rgw; then
        if s3_ping "$rgw_port"; then
            log "radosgw already running on port $rgw_port"
            return 0
        fi
        die "radosgw (pid $(recorded_pid rgw)) runs but does not answer on port $rgw_port"
    fi
    local t0 deadline
    t0=$(now_ms)
    deadline=$((t0 + ${SUCAI_RGW_TIMEOUT:-60} * 1000))
    launch rgw radosgw -n "$RGW_NAME"
    # The old socket may linger in TIME_WAIT: beast binds with SO_REUSEADDR, so the port is
    # taken again at once. Poll until a signed request succeeds.
    until s3_ping "$rgw_port"; do
        if ! daemon_alive rgw || (($(now_ms) >= deadline)); then
            log "error: radosgw did not come back on port $rgw_port"
            show_logs rgw
            stop_daemon rgw KILL || true
            exit 1
        fi
        sleep 0.1
    done
    log "radosgw back in $(($(now_ms) - t0)) ms on port $rgw_port (pid $(recorded_pid rgw))"
}

cmd_admin() {
    [[ -s $CONF ]] || die "no cluster in $STATEDIR"
    exec radosgw-admin -c "$CONF" "$@"
}

main() {
    (($# >= 2)) || usage
    local cmd=$1
    setup_paths "$2"
    shift 2
    case $cmd in
        start) (($# == 0)) || usage; cmd_start ;;
        stop) (($# == 0)) || usage; cmd_stop ;;
        status) (($# == 0)) || usage; cmd_status ;;
        admin) cmd_admin "$@" ;;
        stop-rgw) (($# <= 1)) || usage; cmd_stop_rgw "$@" ;;
        start-rgw) (($# == 0)) || usage; cmd_start_rgw ;;
        *) usage ;;
    esac
}

main "$@"
