#!/usr/bin/env bash
# Checks the QR sign-in chain that `signin.sh start STATEDIR` brought up, by
# hand, with curl and node only:
#
#   signin-selftest.sh STATEDIR
#
#  1. the device flow: device authorization request (endpoint from discovery),
#     authorization_pending before approval, approve.mjs on
#     verification_uri_complete, polling the token endpoint → id_token,
#     access_token, refresh_token;
#  2. AssumeRoleWithWebIdentity at SUCAI_STS_ENDPOINT with the ID token →
#     AccessKeyId, SecretAccessKey, SessionToken;
#  3. S3 with those temporary credentials: PUT, GET, list signin-bucket;
#     ListBuckets and other buckets refused (the role policy);
#  4. refresh: a new ID token from the refresh token, exchanged again; the
#     rotated (old) refresh token is refused;
#  5. approve.mjs --deny → the client's poll gets access_denied;
#  6. a forged token and an expired ID token (settings.json idTokenTTL=2) are
#     refused by RGW; an unused device code (deviceCodeTTL=2) polls as
#     expired_token; settings.json interval/slowDown → "interval" sent,
#     too-fast polls get slow_down.
#
# Exits 0 when every check passed, 1 otherwise. Leaves the chain running
# (signin.sh stop STATEDIR stops it). Takes about 5 s (3 of them waiting for
# an ID token to expire).
set -euo pipefail

usage() { echo "usage: $0 STATEDIR   (after: tests/servers/signin.sh start STATEDIR)" >&2; exit 2; }
(($# == 1)) || usage
STATEDIR=$(realpath -m -- "$1")
[[ -s $STATEDIR/env ]] || { echo "signin-selftest: no $STATEDIR/env: run signin.sh start first" >&2; exit 1; }
set -a
# shellcheck disable=SC1091
. "$STATEDIR/env"
set +a

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; rm -f "$SUCAI_OIDC_SETTINGS"' EXIT

PASS=0
FAIL=0
now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }
T0=$(now_ms)
ok() { PASS=$((PASS + 1)); printf 'ok   %-62s [%5d ms]\n' "$1" "$(($(now_ms) - T0))"; }
bad() {
    FAIL=$((FAIL + 1))
    printf 'FAIL %s\n' "$1"
    [[ -z ${2:-} ]] || printf '     %s\n' "${2:0:600}"
}
die() { bad "$@"; echo "signin-selftest: $PASS passed, $FAIL failed"; exit 1; }
# check: starts a group of checks; passed MESSAGE: "ok" for the
# group when none of its checks failed.
F0=0
check() { F0=$FAIL; }
passed() { ((FAIL > F0)) || ok "$1"; }

# json FILE KEY: a top-level string or number of the flat JSON object in FILE
# ('' when absent). Enough for the provider's answers; spawns nothing.
json() {
    local doc
    doc=$(<"$1")
    if [[ $doc =~ \"$2\":\"([^\"]*)\" ]] || [[ $doc =~ \"$2\":(-?[0-9]+) ]]; then
        printf '%s' "${BASH_REMATCH[1]}"
    fi
}
# jwt_claim TOKEN CLAIM: a string or number claim of a JWT's payload.
jwt_claim() {
    local p=${1#*.}
    p=${p%%.*}
    p=$(printf '%s' "$p" | tr '_-' '/+')
    while ((${#p} % 4)); do p+='='; done
    printf '%s' "$p" | base64 -d >"$WORK/claims.json" 2>/dev/null || return 0
    json "$WORK/claims.json" "$2"
}
xml_value() { sed -n "s:.*<$1>\([^<]*\)</$1>.*:\1:p" "$2" | head -n 1; }

DEVICE_GRANT=urn:ietf:params:oauth:grant-type:device_code
ISS=$SUCAI_OIDC_ISSUER
CID=$SUCAI_OIDC_CLIENT_ID
STS=$SUCAI_STS_ENDPOINT
REGION=$SUCAI_STS_REGION
BUCKET=$SUCAI_SIGNIN_BUCKET

# --------------------------------------------------------------- discovery

curl -sf "$ISS/.well-known/openid-configuration" -o "$WORK/disco.json" || die "discovery at $ISS"
[[ $(json "$WORK/disco.json" issuer) == "$ISS" ]] || die "discovery issuer" "$(cat "$WORK/disco.json")"
DEVICE_EP=$(json "$WORK/disco.json" device_authorization_endpoint)
TOKEN_EP=$(json "$WORK/disco.json" token_endpoint)
[[ -n $DEVICE_EP && -n $TOKEN_EP ]] || die "discovery lacks device_authorization_endpoint/token_endpoint"
curl -sf "$(json "$WORK/disco.json" jwks_uri)" -o "$WORK/jwks.json" || die "jwks"
[[ $(<"$WORK/jwks.json") =~ ^\{\"keys\":\[\{[^}]*\"x5c\":\[\"[A-Za-z0-9+/=]{100,}\" ]] ||
    die "the first JWKS key has no x5c" "$(cat "$WORK/jwks.json")"
ok "discovery + JWKS with x5c"

# ------------------------------------------------------------- device flow

# device_auth OUT: a device authorization request; the JSON answer in OUT.
device_auth() {
    curl -s -o "$1" -w '%{http_code}' -d "client_id=$CID" \
        --data-urlencode 'scope=openid offline_access profile' "$DEVICE_EP"
}
# poll DEVICE_CODE OUT: one token request; prints the HTTP status.
poll() {
    curl -s -o "$2" -w '%{http_code}' -d "client_id=$CID" -d "grant_type=$DEVICE_GRANT" \
        --data-urlencode "device_code=$1" "$TOKEN_EP"
}
# sign_in LOGIN OUT: the whole device flow; the token response in OUT.
sign_in() {
    local login=$1 out=$2 code dc uri i
    code=$(device_auth "$WORK/da.json")
    [[ $code == 200 ]] || die "device authorization: HTTP $code" "$(cat "$WORK/da.json")"
    dc=$(json "$WORK/da.json" device_code)
    uri=$(json "$WORK/da.json" verification_uri_complete)
    [[ -n $dc && -n $uri && -n $(json "$WORK/da.json" user_code) ]] ||
        die "device authorization answer" "$(cat "$WORK/da.json")"
    code=$(poll "$dc" "$out")
    [[ $code == 400 && $(json "$out" error) == authorization_pending ]] ||
        die "poll before approval: expected 400 authorization_pending, got $code" "$(cat "$out")"
    "$SUCAI_NODE" "$SUCAI_OIDC_APPROVE" "$uri" "$login" >"$WORK/approve.out" 2>&1 ||
        die "approve.mjs $uri $login" "$(cat "$WORK/approve.out")"
    for ((i = 0; i < 50; i++)); do
        code=$(poll "$dc" "$out")
        [[ $code == 400 && $(json "$out" error) == authorization_pending ]] || break
        sleep 0.1
    done
    [[ $code == 200 ]] || die "token after approval: HTTP $code" "$(cat "$out")"
}

sign_in selftest-user "$WORK/tok.json"
ID_TOKEN=$(json "$WORK/tok.json" id_token)
REFRESH=$(json "$WORK/tok.json" refresh_token)
[[ -n $ID_TOKEN && -n $(json "$WORK/tok.json" access_token) && -n $REFRESH ]] ||
    die "token response lacks id_token/access_token/refresh_token" "$(cat "$WORK/tok.json")"
[[ $(jwt_claim "$ID_TOKEN" sub) == selftest-user && $(jwt_claim "$ID_TOKEN" aud) == "$CID" &&
    $(jwt_claim "$ID_TOKEN" iss) == "$ISS" ]] || die "ID token claims" "$(jwt_claim "$ID_TOKEN" sub) $(jwt_claim "$ID_TOKEN" aud)"
ok "device flow: pending, approve.mjs, id/access/refresh tokens"

# --------------------------------------------------------------------- STS

# assume TOKEN OUT: AssumeRoleWithWebIdentity (unsigned form POST); prints
# the HTTP status, the XML answer in OUT.
assume() {
    curl -s -o "$2" -w '%{http_code}' --data-urlencode Action=AssumeRoleWithWebIdentity \
        --data-urlencode Version=2011-06-15 --data-urlencode "RoleArn=$SUCAI_STS_ROLE_ARN" \
        --data-urlencode RoleSessionName=selftest --data-urlencode DurationSeconds=900 \
        --data-urlencode "WebIdentityToken=$1" "$STS/"
}

code=$(assume "$ID_TOKEN" "$WORK/sts.xml")
[[ $code == 200 ]] || die "AssumeRoleWithWebIdentity: HTTP $code" "$(cat "$WORK/sts.xml")"
AK=$(xml_value AccessKeyId "$WORK/sts.xml")
SK=$(xml_value SecretAccessKey "$WORK/sts.xml")
ST=$(xml_value SessionToken "$WORK/sts.xml")
[[ -n $AK && -n $SK && -n $ST ]] || die "STS answer lacks AccessKeyId/SecretAccessKey/SessionToken" "$(cat "$WORK/sts.xml")"
ok "AssumeRoleWithWebIdentity → temporary credentials"

# ---------------------------------------------------------------------- S3

# s3 METHOD PATH [CURL ARGS...]: SigV4 with the temporary credentials; prints
# the HTTP status, the body in $WORK/s3.out.
s3() {
    local method=$1 path=$2
    shift 2
    curl -s -o "$WORK/s3.out" -w '%{http_code}' -X "$method" --aws-sigv4 "aws:amz:$REGION:s3" \
        --user "$AK:$SK" -H "x-amz-security-token: $ST" -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' \
        "$@" "$STS$path"
}

printf 'hello from the sign-in self-test\n' >"$WORK/obj.txt"
code=$(s3 PUT "/$BUCKET/selftest/hello.txt" -T "$WORK/obj.txt")
[[ $code == 200 ]] || die "PUT with temporary credentials: HTTP $code" "$(cat "$WORK/s3.out")"
ok "PUT s3://$BUCKET/selftest/hello.txt with temporary credentials"
check
code=$(s3 GET "/$BUCKET/selftest/hello.txt")
if [[ $code != 200 ]] || ! cmp -s "$WORK/s3.out" "$WORK/obj.txt"; then
    bad "GET it back: HTTP $code" "$(cat "$WORK/s3.out")"
fi
code=$(s3 GET "/$BUCKET?list-type=2&prefix=selftest%2F")
if [[ $code != 200 ]] || ! grep -q '<Key>selftest/hello.txt</Key>' "$WORK/s3.out"; then
    bad "ListObjectsV2: HTTP $code" "$(cat "$WORK/s3.out")"
fi
passed "GET + ListObjectsV2 with temporary credentials"
check
code=$(s3 GET "/")
[[ $code == 403 ]] || bad "ListBuckets with temporary credentials: expected 403 (role policy), got $code"
code=$(s3 PUT "/selftest-other-bucket")
[[ $code == 403 ]] || bad "CreateBucket outside the policy: expected 403, got $code" "$(cat "$WORK/s3.out")"
passed "ListBuckets and other buckets refused (403)"

# ----------------------------------------------------------------- refresh

check
curl -s -o "$WORK/tok2.json" -d "client_id=$CID" -d grant_type=refresh_token \
    --data-urlencode "refresh_token=$REFRESH" "$TOKEN_EP" >/dev/null
ID2=$(json "$WORK/tok2.json" id_token)
R2=$(json "$WORK/tok2.json" refresh_token)
if [[ -n $ID2 && -n $R2 && $R2 != "$REFRESH" ]]; then
    code=$(assume "$ID2" "$WORK/sts2.xml")
    [[ $code == 200 && -n $(xml_value SessionToken "$WORK/sts2.xml") ]] ||
        bad "AssumeRoleWithWebIdentity with the refreshed ID token: HTTP $code" "$(cat "$WORK/sts2.xml")"
    code=$(curl -s -o "$WORK/tok3.json" -w '%{http_code}' -d "client_id=$CID" -d grant_type=refresh_token \
        --data-urlencode "refresh_token=$REFRESH" "$TOKEN_EP")
    [[ $code == 400 && $(json "$WORK/tok3.json" error) == invalid_grant ]] ||
        bad "reusing the rotated refresh token: expected 400 invalid_grant, got $code" "$(cat "$WORK/tok3.json")"
    passed "refresh → new ID token → STS again; rotated token refused"
else
    bad "refresh_token grant: expected new id_token and a rotated refresh_token" "$(cat "$WORK/tok2.json")"
fi

# -------------------------------------------------------------------- deny

check
code=$(device_auth "$WORK/da.json")
[[ $code == 200 ]] || die "device authorization (deny): HTTP $code"
"$SUCAI_NODE" "$SUCAI_OIDC_APPROVE" --deny "$(json "$WORK/da.json" verification_uri_complete)" someone \
    >"$WORK/approve.out" 2>&1 || die "approve.mjs --deny" "$(cat "$WORK/approve.out")"
code=$(poll "$(json "$WORK/da.json" device_code)" "$WORK/tokd.json")
[[ $code == 400 && $(json "$WORK/tokd.json" error) == access_denied ]] ||
    bad "poll after --deny: expected 400 access_denied, got $code" "$(cat "$WORK/tokd.json")"
passed "approve.mjs --deny → access_denied"

# --------------------------------------------------------- refusals, knobs

check
# A token signed by another key: header and payload of a real one, a made-up
# signature.
FORGED="${ID_TOKEN%.*}.$(head -c 256 /dev/urandom | base64 -w0 | tr '+/' '-_' | tr -d '=')"
code=$(assume "$FORGED" "$WORK/sts3.xml")
[[ $code == 403 ]] || bad "forged ID token: expected 403, got $code" "$(cat "$WORK/sts3.xml")"
passed "forged ID token refused by RGW (403)"

check
echo '{"idTokenTTL":2}' >"$SUCAI_OIDC_SETTINGS"
sign_in short-lived "$WORK/tok4.json"
ID4=$(json "$WORK/tok4.json" id_token)
[[ $(($(jwt_claim "$ID4" exp) - $(jwt_claim "$ID4" iat))) == 2 ]] ||
    bad "settings.json idTokenTTL=2: exp - iat = $(($(jwt_claim "$ID4" exp) - $(jwt_claim "$ID4" iat)))"
# Meanwhile a device code that expires unused.
echo '{"deviceCodeTTL":2}' >"$SUCAI_OIDC_SETTINGS"
device_auth "$WORK/da.json" >/dev/null
[[ $(json "$WORK/da.json" expires_in) == 2 ]] || bad "settings.json deviceCodeTTL=2: expires_in" "$(cat "$WORK/da.json")"
rm -f "$SUCAI_OIDC_SETTINGS"
sleep 3
code=$(assume "$ID4" "$WORK/sts4.xml")
[[ $code == 403 ]] || bad "expired ID token: expected 403, got $code" "$(cat "$WORK/sts4.xml")"
code=$(poll "$(json "$WORK/da.json" device_code)" "$WORK/tok5.json")
[[ $code == 400 && $(json "$WORK/tok5.json" error) == expired_token ]] ||
    bad "expired device code: expected 400 expired_token, got $code" "$(cat "$WORK/tok5.json")"
passed "idTokenTTL=2 → refused by RGW (403); deviceCodeTTL=2 → expired_token"

check
echo '{"interval":1,"slowDown":true}' >"$SUCAI_OIDC_SETTINGS"
device_auth "$WORK/da.json" >/dev/null
[[ $(json "$WORK/da.json" interval) == 1 ]] || bad "settings.json interval=1 not sent" "$(cat "$WORK/da.json")"
DC=$(json "$WORK/da.json" device_code)
poll "$DC" "$WORK/p1.json" >/dev/null
code=$(poll "$DC" "$WORK/p2.json")
[[ $(json "$WORK/p1.json" error) == authorization_pending && $code == 400 &&
    $(json "$WORK/p2.json" error) == slow_down ]] ||
    bad "slowDown: expected authorization_pending then slow_down" "$(cat "$WORK/p1.json" "$WORK/p2.json")"
rm -f "$SUCAI_OIDC_SETTINGS"
passed "settings.json interval=1 + slowDown → slow_down"

echo "signin-selftest: $PASS passed, $FAIL failed"
((FAIL == 0))
