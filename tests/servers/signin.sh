#!/usr/bin/env bash
# The QR sign-in chain on 127.0.0.1 for Sucai's tests: an OpenID Connect
# provider (RFC 8628 device flow, tests/servers/oidc/) and its own Ceph RGW
# with STS on, the provider registered there and a role that trusts it.
#
#   signin.sh start  STATEDIR   bring both up, set up IAM, write STATEDIR/env
#                               (prints its path on stdout)
#   signin.sh stop   STATEDIR   stop both (by recorded PID only), remove STATEDIR
#   signin.sh status STATEDIR   exit 0 when both run and answer, 3 otherwise
#
# Layout: STATEDIR/oidc/ (the provider's key, certificate, settings.json,
# pid, log), STATEDIR/rgw/ (rgw.sh's STATEDIR), STATEDIR/log/ (set-up log,
# IAM answers), STATEDIR/env.
#
# Needs root (rgw.sh), rgw.sh's Debian packages, and nodejs + npm (Node 18
# or later) and openssl. The provider's npm packages are installed once with
# `npm ci` into a cache outside the source tree:
#   ${SUCAI_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/sucai}/oidc-<hash of package-lock.json>
# (the only network access: the npm registry, and only when that is missing).
#
# Environment:
#   SUCAI_CACHE_DIR         where the npm cache dir goes (see above)
#   SUCAI_SIGNIN_TIMEOUT=S  max seconds for each wait (default 60)
#   SUCAI_KEEP_LOGS=1       stop keeps STATEDIR/log and the provider's log
#                           (and rgw.sh keeps STATEDIR/rgw/log)
#   SUCAI_SIGNIN_KEEP_ON_FAILURE=1  after a failed start, leave it running
#   SUCAI_OIDC_ID_TOKEN_TTL, SUCAI_OIDC_ACCESS_TOKEN_TTL,
#   SUCAI_OIDC_REFRESH_TOKEN_TTL, SUCAI_OIDC_DEVICE_CODE_TTL,
#   SUCAI_OIDC_INTERVAL, SUCAI_OIDC_SLOW_DOWN   passed to the provider
#                           (see oidc/provider.mjs; STATEDIR/oidc/settings.json
#                           changes them while it runs)
#   SUCAI_RGW_*             passed to rgw.sh (SUCAI_RGW_STS=1 is always set)
#
# See tests/servers/README.md.
set -euo pipefail

readonly CLIENT_ID=sucai-test
readonly ROLE_NAME=sucai-signin
readonly BUCKET=signin-bucket

SELF_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
SELF="$SELF_DIR/$(basename -- "${BASH_SOURCE[0]}")"
readonly SELF_DIR SELF
readonly OIDC_SRC="$SELF_DIR/oidc"
readonly RGW_SH="$SELF_DIR/rgw.sh"

log() { printf 'signin.sh: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() {
    echo "usage: $SELF start|stop|status STATEDIR" >&2
    exit 2
}

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
TIMEOUT=${SUCAI_SIGNIN_TIMEOUT:-60}

# ------------------------------------------------------------------ state

STATEDIR=
setup_paths() {
    local dir
    dir=$(realpath -m -- "$1")
    # rgw.sh and the env file need a path without blanks or '$'.
    [[ $dir =~ ^[A-Za-z0-9._/+@:-]+$ ]] ||
        die "STATEDIR must be a path without spaces or special characters: $dir"
    dir=${dir%/}
    [[ -n $dir ]] || die "refusing to use / as STATEDIR"
    STATEDIR=$dir
    OIDC_DIR="$STATEDIR/oidc"
    RGW_DIR="$STATEDIR/rgw"
    PID_FILE="$OIDC_DIR/provider.pid"
}

provider_pid() {
    [[ -s $PID_FILE ]] || return 1
    local pid
    pid=$(<"$PID_FILE")
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    echo "$pid"
}

# True when PID is a live (non-zombie) node running our provider.mjs with
# this STATEDIR's state directory.
pid_is_ours() {
    local pid=$1 stat a have_script=0 have_state=0
    local -a args
    { read -r stat <"/proc/$pid/stat"; } 2>/dev/null || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != [ZX] ]] || return 1
    { mapfile -d '' -t args <"/proc/$pid/cmdline"; } 2>/dev/null || return 1
    for a in "${args[@]}"; do
        [[ $a == "$OIDC_SRC/provider.mjs" ]] && have_script=1
        [[ $a == "$OIDC_DIR" ]] && have_state=1
    done
    ((have_script && have_state))
}

provider_alive() {
    local pid
    pid=$(provider_pid) || return 1
    pid_is_ours "$pid"
}

# The provider answers discovery with the expected issuer.
discovery_ok() {
    local issuer=$1 doc
    doc=$(curl -sf --max-time 5 "$issuer/.well-known/openid-configuration") || return 1
    [[ $doc == *"\"issuer\":\"$issuer\""* ]]
}

env_value() { sed -n "s/^$1=//p" "$STATEDIR/env" 2>/dev/null; }

chain_running() {
    [[ -s $STATEDIR/env ]] || return 1
    provider_alive || return 1
    discovery_ok "$(env_value SUCAI_OIDC_ISSUER)" || return 1
    "$RGW_SH" status "$RGW_DIR" 9>&- >/dev/null 2>&1
}

# ------------------------------------------------------------------- stop

stop_provider() {
    local pid i t
    pid=$(provider_pid) || { rm -f "$PID_FILE"; return 0; }
    if pid_is_ours "$pid"; then
        t=$(now_ms)
        kill -TERM "$pid" 2>/dev/null || true
        for ((i = 0; i < 100; i++)); do      # up to 5 s
            pid_is_ours "$pid" || break
            sleep 0.05
        done
        if pid_is_ours "$pid"; then
            log "provider (pid $pid) ignored SIGTERM for 5 s, sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
            for ((i = 0; i < 40; i++)); do
                pid_is_ours "$pid" || break
                sleep 0.05
            done
            pid_is_ours "$pid" && { log "provider (pid $pid) does not die"; return 1; }
        fi
        log "stopped the OIDC provider (pid $pid) in $(($(now_ms) - t)) ms"
    fi
    rm -f "$PID_FILE"
}

stop_rgw() {
    [[ -d $RGW_DIR ]] || return 0
    "$RGW_SH" stop "$RGW_DIR" 9>&-
}

clean_state() {
    local keep_logs=${1:-0}
    rm -f "$STATEDIR/env" "$STATEDIR/env.tmp"
    if [[ $keep_logs == 1 ]]; then
        # Keep STATEDIR/log, the provider's log, and what rgw.sh kept.
        rm -f "$OIDC_DIR/key.pem" "$OIDC_DIR/cert.pem" "$OIDC_DIR/settings.json" \
            "$OIDC_DIR/port" "$PID_FILE"
    else
        rm -rf "$STATEDIR/log" "$OIDC_DIR"
    fi
}

cmd_stop() {
    [[ -d $STATEDIR ]] || { log "nothing to stop in $STATEDIR"; return 0; }
    exec 9>>"$STATEDIR/.lock"
    flock -w 120 9 || die "cannot lock $STATEDIR/.lock"
    local rc=0
    stop_provider || rc=1
    stop_rgw || rc=1
    if ((rc == 0)); then
        clean_state "${SUCAI_KEEP_LOGS:-0}"
        rm -f "$STATEDIR/.lock"
        if [[ ${SUCAI_KEEP_LOGS:-0} != 1 ]]; then
            rm -rf "$RGW_DIR"
        fi
        rmdir "$RGW_DIR" "$OIDC_DIR" "$STATEDIR" 2>/dev/null || true
        log "stopped; state removed from $STATEDIR"
    fi
    return $rc
}

# ------------------------------------------------------------------ start

T0=$(now_ms)
mark() { printf '[%s ms] %s\n' "$(($(now_ms) - T0))" "$*" >>"$STATEDIR/log/setup.log"; }

pick_port() {
    # A random free TCP port for the provider in 10000-19999: below rgw.sh's
    # range (20000 up to the ephemeral range), so rgw.sh can start at the same
    # time without picking the same port before the provider has bound it.
    local lo=10000 hi=19999 used p i
    used=" $(ss -Htan 2>/dev/null | awk '{n = split($4, a, ":"); printf "%s ", a[n]}') "
    for ((i = 0; i < 1000; i++)); do
        p=$((lo + (RANDOM * 32768 + RANDOM) % (hi - lo + 1)))
        [[ $used == *" $p "* ]] || { echo "$p"; return 0; }
    done
    return 1
}

# The provider's node_modules, installed with `npm ci` when missing. Prints
# the node_modules path.
NODE_MODULES=
ensure_modules() {
    local hash base dir
    hash=$(sha256sum "$OIDC_SRC/package-lock.json" | cut -c1-16)
    base=${SUCAI_CACHE_DIR:-${XDG_CACHE_HOME:-${HOME:-/var/tmp}/.cache}/sucai}
    dir="$base/oidc-$hash"
    NODE_MODULES="$dir/node_modules"
    [[ -e $dir/.complete ]] && return 0
    mkdir -p "$base"
    (
        # Another suite may be installing the same thing: wait for it.
        exec 8>>"$base/oidc-$hash.lock"
        flock -w 300 8 || die "cannot lock $base/oidc-$hash.lock"
        [[ -e $dir/.complete ]] && exit 0
        local tmp="$dir.tmp.$$" t
        rm -rf "$tmp" "$dir"
        mkdir -p "$tmp"
        cp "$OIDC_SRC/package.json" "$OIDC_SRC/package-lock.json" "$tmp/"
        t=$(now_ms)
        log "installing the OIDC provider's npm packages into $dir"
        mark "npm ci in $tmp"
        if ! (cd "$tmp" && timeout 600 npm ci --no-audit --no-fund --ignore-scripts \
            --loglevel=error) >>"$STATEDIR/log/npm.log" 2>&1 8>&- 9>&-; then
            tail -n 30 "$STATEDIR/log/npm.log" >&2
            rm -rf "$tmp"
            die "npm ci failed (log: $STATEDIR/log/npm.log)"
        fi
        [[ -s $tmp/node_modules/oidc-provider/package.json ]] ||
            die "npm ci did not install oidc-provider"
        : >"$tmp/.complete"
        mv "$tmp" "$dir"
        log "npm packages installed in $(($(now_ms) - t)) ms"
    )
}

STARTED_PROVIDER=0
STARTED_RGW=0
RGW_BG=     # pid of the background `rgw.sh start`
START_OK=0

show_logs() {
    local f
    for f in "$OIDC_DIR/provider.log" "$STATEDIR/log/setup.log"; do
        [[ -s $f ]] || continue
        printf '\n==== tail of %s ====\n' "$f" >&2
        tail -n 30 "$f" >&2
    done
}

on_start_exit() {
    local rc=$?
    ((START_OK == 0)) || return 0
    ((STARTED_PROVIDER || STARTED_RGW)) || return 0
    log "start did not complete (exit $rc)"
    show_logs
    if [[ ${SUCAI_SIGNIN_KEEP_ON_FAILURE:-0} == 1 ]]; then
        log "SUCAI_SIGNIN_KEEP_ON_FAILURE=1: leaving it running for inspection"
        return 0
    fi
    log "stopping what was started"
    stop_provider || true
    if [[ -n $RGW_BG ]] && kill -0 "$RGW_BG" 2>/dev/null; then
        # Our own child: on SIGTERM rgw.sh start stops what it has started.
        kill -TERM "$RGW_BG" 2>/dev/null || true
        wait "$RGW_BG" 2>/dev/null || true
    fi
    ((STARTED_RGW == 0)) || stop_rgw || true
}

# launch_provider: start the provider on a free port (in the background).
# Sets ISSUER and PROVIDER_PORT.
ISSUER=
PROVIDER_PORT=
launch_provider() {
    local pid
    PROVIDER_PORT=$(pick_port) || die "no free port for the OIDC provider"
    ISSUER="http://127.0.0.1:$PROVIDER_PORT"
    mark "starting the provider on port $PROVIDER_PORT"
    # Its own session; fd 9 (our lock) is not inherited.
    setsid node "$OIDC_SRC/provider.mjs" --port "$PROVIDER_PORT" --state "$OIDC_DIR" \
        --modules "$NODE_MODULES" </dev/null >>"$OIDC_DIR/provider.log" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$PID_FILE"
    STARTED_PROVIDER=1
}

# await_provider: wait until discovery answers; when the port was taken
# meanwhile (the provider exits with 98), try another, up to 5 times.
await_provider() {
    local attempt pid deadline rc
    for attempt in 1 2 3 4 5; do
        pid=$(provider_pid) || die "no provider pid"
        deadline=$(($(now_ms) + TIMEOUT * 1000))
        while ! discovery_ok "$ISSUER"; do
            if ! pid_is_ours "$pid"; then
                rc=0
                wait "$pid" || rc=$?
                if ((rc == 98 && attempt < 5)); then
                    mark "port $PROVIDER_PORT was taken; picking another"
                    launch_provider
                    continue 2
                fi
                die "the OIDC provider exited (status $rc) during start-up"
            fi
            (($(now_ms) < deadline)) || die "timed out waiting for the OIDC provider at $ISSUER"
            sleep 0.05
        done
        echo "$PROVIDER_PORT" >"$OIDC_DIR/port"
        mark "provider ready: $ISSUER (pid $pid)"
        return 0
    done
}

# ------------------------------------------------------------------ IAM

# iam ACTION NAME=VALUE...: a SigV4-signed IAM call to the RGW as the test
# user; the answer goes to STATEDIR/log/iam.log and stdout. Values are
# URL-encoded by curl, which turns a space into '+'; RGW 16 does not decode
# '+' (a policy with spaces then gets MalformedPolicyDocument; %20 would do),
# so the policy documents below have no spaces.
iam() {
    local action=$1 out code
    shift
    local -a data=(--data-urlencode "Action=$action" --data-urlencode "Version=2010-05-08")
    local kv
    for kv in "$@"; do data+=(--data-urlencode "$kv"); done
    out=$(curl -s --max-time 30 -w '\n%{http_code}' --aws-sigv4 "aws:amz:$RGW_REGION:iam" \
        --user "$RGW_ACCESS_KEY:$RGW_SECRET_KEY" "${data[@]}" "$RGW_ENDPOINT/") ||
        die "IAM $action: curl failed"
    code=${out##*$'\n'}
    out=${out%$'\n'*}
    printf '==== %s → HTTP %s\n%s\n' "$action" "$code" "$out" >>"$STATEDIR/log/iam.log"
    if [[ $code != 200 ]]; then
        [[ ${IAM_QUIET:-0} == 1 ]] && return 1
        die "IAM $action answered HTTP $code: $out"
    fi
    printf '%s\n' "$out"
}

xml_value() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" | head -n 1; }

setup_iam() {
    local port=$1 thumb provider_arn role_arn out host
    host="127.0.0.1:$port"

    thumb=$(openssl x509 -in "$OIDC_DIR/cert.pem" -outform DER | sha1sum | cut -c1-40)
    mark "CreateOpenIDConnectProvider $ISSUER thumbprint $thumb"
    local -a register=(CreateOpenIDConnectProvider "Url=$ISSUER" "ClientIDList.member.1=$CLIENT_ID"
        "ThumbprintList.member.1=$thumb")
    if ! out=$(IAM_QUIET=1 iam "${register[@]}"); then
        # rgw.sh gives its test user the caps IAM needs; should it ever stop
        # doing so, add them (radosgw-admin takes ~1 s) and try again.
        mark "caps add --uid $RGW_USER --caps oidc-provider=*;roles=*"
        "$RGW_SH" admin "$RGW_DIR" caps add --uid "$RGW_USER" --caps 'oidc-provider=*;roles=*' \
            >>"$STATEDIR/log/caps.out" 2>&1 9>&- || die "radosgw-admin caps add failed"
        out=$(iam "${register[@]}")
    fi
    provider_arn=$(xml_value OpenIDConnectProviderArn <<<"$out")
    [[ $provider_arn == "arn:aws:iam:::oidc-provider/$host" ]] ||
        die "unexpected provider ARN '$provider_arn' (answer: $out)"

    local trust policy
    trust='{"Version":"2012-10-17","Statement":[{"Effect":"Allow",'
    trust+='"Principal":{"Federated":["'"$provider_arn"'"]},'
    trust+='"Action":["sts:AssumeRoleWithWebIdentity"],'
    trust+='"Condition":{"StringEquals":{"'"$host"':app_id":"'"$CLIENT_ID"'"}}}]}'
    mark "CreateRole $ROLE_NAME: $trust"
    out=$(iam CreateRole "RoleName=$ROLE_NAME" "Path=/" "AssumeRolePolicyDocument=$trust")
    role_arn=$(xml_value Arn <<<"$out")
    [[ $role_arn == "arn:aws:iam:::role/$ROLE_NAME" ]] ||
        die "unexpected role ARN '$role_arn' (answer: $out)"

    policy='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:*"],'
    policy+='"Resource":["arn:aws:s3:::'"$BUCKET"'","arn:aws:s3:::'"$BUCKET"'/*"]}]}'
    mark "PutRolePolicy $ROLE_NAME: $policy"
    iam PutRolePolicy "RoleName=$ROLE_NAME" "PolicyName=$BUCKET-only" "PolicyDocument=$policy" >/dev/null

    mark "CreateBucket $BUCKET"
    local code
    code=$(curl -s -o "$STATEDIR/log/create-bucket.out" -w '%{http_code}' --max-time 30 -X PUT \
        -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' --aws-sigv4 "aws:amz:$RGW_REGION:s3" \
        --user "$RGW_ACCESS_KEY:$RGW_SECRET_KEY" "$RGW_ENDPOINT/$BUCKET") || die "CreateBucket: curl failed"
    [[ $code == 200 ]] || die "CreateBucket $BUCKET answered HTTP $code: $(cat "$STATEDIR/log/create-bucket.out")"

    PROVIDER_ARN=$provider_arn
    ROLE_ARN=$role_arn
}

cmd_start() {
    ((EUID == 0)) || die "must run as root (rgw.sh's ceph daemons expect it)"
    local b
    for b in node npm openssl curl sha256sum sha1sum ss setsid flock timeout realpath; do
        command -v "$b" >/dev/null 2>&1 ||
            die "missing '$b' (apt-get install --no-install-recommends nodejs npm openssl curl)"
    done
    [[ -x $RGW_SH ]] || die "missing $RGW_SH"

    mkdir -p "$STATEDIR"
    exec 9>>"$STATEDIR/.lock"
    flock -w 300 9 || die "cannot lock $STATEDIR/.lock"

    if chain_running; then
        log "already running in $STATEDIR"
        echo "$STATEDIR/env"
        return 0
    fi
    if [[ -e $PID_FILE || -d $RGW_DIR || -e $STATEDIR/env ]]; then
        log "stale state in $STATEDIR: stopping leftovers and starting fresh"
        stop_provider || die "could not stop the leftover OIDC provider"
        stop_rgw || die "could not stop the leftover RGW in $RGW_DIR"
    fi
    clean_state 0
    mkdir -p "$STATEDIR/log" "$OIDC_DIR"
    : >"$STATEDIR/log/setup.log"
    trap on_start_exit EXIT
    trap 'exit 130' INT TERM

    mark "start"
    # RGW comes up in the background meanwhile (its ports are >= 20000, the
    # provider's below: they cannot pick the same one).
    mark "rgw.sh start $RGW_DIR (SUCAI_RGW_STS=1), in the background"
    STARTED_RGW=1
    SUCAI_RGW_STS=1 "$RGW_SH" start "$RGW_DIR" >/dev/null 2>"$STATEDIR/log/rgw-start.out" 9>&- &
    RGW_BG=$!
    ensure_modules
    launch_provider
    await_provider
    local rc=0
    wait "$RGW_BG" || rc=$?
    RGW_BG=
    cat "$STATEDIR/log/rgw-start.out" >&2
    ((rc == 0)) || die "rgw.sh start failed (exit $rc; its logs: $RGW_DIR/log/)"
    mark "rgw ready"
    local port=$PROVIDER_PORT

    local rgw_env="$RGW_DIR/env"
    RGW_ENDPOINT=$(sed -n 's/^SUCAI_S3_ENDPOINT=//p' "$rgw_env")
    RGW_REGION=$(sed -n 's/^SUCAI_S3_REGION=//p' "$rgw_env")
    RGW_ACCESS_KEY=$(sed -n 's/^SUCAI_S3_ACCESS_KEY=//p' "$rgw_env")
    RGW_SECRET_KEY=$(sed -n 's/^SUCAI_S3_SECRET_KEY=//p' "$rgw_env")
    RGW_USER=$(sed -n 's/^SUCAI_S3_USER=//p' "$rgw_env")
    [[ -n $RGW_ENDPOINT && -n $RGW_REGION && -n $RGW_ACCESS_KEY && -n $RGW_SECRET_KEY && -n $RGW_USER ]] ||
        die "incomplete $rgw_env"

    setup_iam "$port"
    mark "IAM set up: $ROLE_ARN"

    {
        echo "SUCAI_OIDC_ISSUER=$ISSUER"
        echo "SUCAI_OIDC_CLIENT_ID=$CLIENT_ID"
        echo "SUCAI_OIDC_DEVICE_AUTHORIZATION_ENDPOINT=$ISSUER/device/auth"
        echo "SUCAI_OIDC_TOKEN_ENDPOINT=$ISSUER/token"
        echo "SUCAI_OIDC_APPROVE=$OIDC_SRC/approve.mjs"
        echo "SUCAI_NODE=$(command -v node)"
        echo "SUCAI_OIDC_SETTINGS=$OIDC_DIR/settings.json"
        echo "SUCAI_OIDC_PROVIDER_ARN=$PROVIDER_ARN"
        echo "SUCAI_STS_ENDPOINT=$RGW_ENDPOINT"
        echo "SUCAI_STS_REGION=$RGW_REGION"
        echo "SUCAI_STS_ROLE_ARN=$ROLE_ARN"
        echo "SUCAI_SIGNIN_BUCKET=$BUCKET"
        echo "SUCAI_SIGNIN_STATEDIR=$STATEDIR"
        # rgw.sh's own env, each name's SUCAI_ turned into SUCAI_SIGNIN_, so
        # it does not clash with the storage tests' rgw.sh env.
        sed -n 's/^SUCAI_\([A-Z0-9_]*=\)/SUCAI_SIGNIN_\1/p' "$rgw_env"
    } >"$STATEDIR/env.tmp"
    mv -f "$STATEDIR/env.tmp" "$STATEDIR/env"
    START_OK=1
    trap - EXIT INT TERM
    local t1
    t1=$(now_ms)
    mark "ready"
    log "ready in $(((t1 - T0) / 1000)).$(printf '%03d' $(((t1 - T0) % 1000))) s: issuer $ISSUER, STS $RGW_ENDPOINT, role $ROLE_ARN (provider pid $(provider_pid))"
    echo "$STATEDIR/env"
}

cmd_status() {
    if [[ -d $STATEDIR ]] && chain_running; then
        log "running: issuer $(env_value SUCAI_OIDC_ISSUER), STS $(env_value SUCAI_STS_ENDPOINT)"
        return 0
    fi
    log "not running in $STATEDIR"
    return 3
}

main() {
    (($# == 2)) || usage
    setup_paths "$2"
    case $1 in
        start) cmd_start ;;
        stop) cmd_stop ;;
        status) cmd_status ;;
        *) usage ;;
    esac
}

main "$@"
