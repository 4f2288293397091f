#!/usr/bin/env bash
# Egress test: appliance/linux/whainot-egress.nft loaded in a network namespace made here, the
# service running in it as an unprivileged account, a peer outside it on a veth pair.
#   - root in the namespace reaches the peer (the path works);
#   - the service account's deliberate outbound connection to the peer is refused, and counted;
#   - office-PC traffic to the service (HTTPS /health, a failed sign-in) is answered, and the drop
#     counter stays at 0 while it runs: the service sends nothing of its own.
# The rules name the account "whainot"; so that the test makes no account on the machine, it loads
# them with that name replaced by a numeric uid (nft resolves the name to the uid at load time).
# Needs root, nftables, iproute2, setpriv, curl, python3, a Release build. Prints "egress: N passed, N failed".
set -uo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
pass=0
failed=0
ok() { pass=$((pass + 1)); echo "  ok   $*"; }
bad() { failed=$((failed + 1)); echo "  FOUT $*"; return 1; }
check() { local what="$1"; shift; if "$@"; then ok "$what"; else bad "$what"; return 1; fi; }

if [ "$(id -u)" != 0 ] || ! command -v nft >/dev/null || ! command -v ip >/dev/null; then
  echo "egress: skipped: needs root, nft and ip"; exit 0
fi
ns="whainot-egress-$$"
uid=64123
work="$(mktemp -d /tmp/whainot-egress-test.XXXXXX)"
chmod 755 "$work"
peer_port=$((20000 + RANDOM % 20000))
svc_port=8443
cleanup() {
  # $svc_pid is the subshell; the service itself is whatever runs in this test's namespace.
  ip netns pids "$ns" 2>/dev/null | xargs -r kill 2>/dev/null
  [ -n "${svc_pid:-}" ] && kill "$svc_pid" 2>/dev/null
  [ -n "${peer_pid:-}" ] && kill "$peer_pid" 2>/dev/null
  wait 2>/dev/null
  [ "${keep:-0}" = 1 ] && cp "$work/service.log" /tmp/whainot-egress-service.log
  ip link del "veth-h$$" 2>/dev/null
  ip netns del "$ns" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

ip netns add "$ns"
ip link add "veth-h$$" type veth peer name veth-n
ip link set veth-n netns "$ns"
ip addr add 10.213.0.1/24 dev "veth-h$$" && ip link set "veth-h$$" up
ip netns exec "$ns" ip addr add 10.213.0.2/24 dev veth-n
ip netns exec "$ns" ip link set veth-n up
ip netns exec "$ns" ip link set lo up
sed "s/meta skuid \"whainot\"/meta skuid $uid/" "$repo/appliance/linux/whainot-egress.nft" >"$work/rules.nft"
check "rules load in the namespace" ip netns exec "$ns" nft -f "$work/rules.nft"
drops() { ip netns exec "$ns" nft list chain inet whainot_egress output | sed -n 's/.*counter packets \([0-9]*\).*drop.*/\1/p'; }

# A peer outside the namespace (the internet, as far as the box can tell).
/usr/bin/python3 -m http.server --bind 10.213.0.1 "$peer_port" >/dev/null 2>&1 &
peer_pid=$!
sleep 1
check "root in the namespace reaches the peer" ip netns exec "$ns" curl -fsS --max-time 5 -o /dev/null "http://10.213.0.1:$peer_port/"
as_service() { ip netns exec "$ns" setpriv --reuid=$uid --regid=$uid --clear-groups env HOME="$work/home" "$@"; }
before="$(drops)"
if as_service curl -fsS --max-time 3 -o /dev/null "http://10.213.0.1:$peer_port/" 2>/dev/null; then
  bad "outbound connection of the service account refused"
else
  ok "outbound connection of the service account refused"
fi
check "the refusal is counted ($before -> $(drops))" [ "$(drops)" -gt "$before" ]

# The service in the namespace, as the service account.
mkdir -p "$work/data" "$work/home"
# A publish of the build (the bin/ folder points at root's NuGet cache for the web assets).
dotnet publish "$repo/src/WhaiNot.Appliance" -c Release --no-build -o "$work/app" -nologo -v quiet >/dev/null
dotnet "$repo/src/WhaiNot.Cli/bin/Release/net10.0/whainot.dll" init --data "$work/data" >/dev/null
dotnet "$repo/src/WhaiNot.Cli/bin/Release/net10.0/whainot.dll" certs export-ca --data "$work/data" --out "$work/ca.crt" >/dev/null
chown -R "$uid:$uid" "$work/data" "$work/home"
chmod 700 "$work/data"
base="$(drops)"
as_service WHAINOT_Appliance__HostNames__0=10.213.0.2 DOTNET_CLI_TELEMETRY_OPTOUT=1 \
  dotnet "$work/app/whainot-appliance.dll" --data "$work/data" --urls "https://10.213.0.2:$svc_port" >"$work/service.log" 2>&1 &
svc_pid=$!
up=0
for _ in $(seq 1 40); do
  if curl -fsS --max-time 3 -k "https://10.213.0.2:$svc_port/health" 2>/dev/null | grep -q '"status":"ok"'; then up=1; break; fi
  sleep 1
done
check "the service answers /health from outside the namespace" [ "$up" = 1 ] || tail -n 20 "$work/service.log"
for _ in 1 2 3 4 5; do
  curl -fsS --max-time 3 -k "https://10.213.0.2:$svc_port/health" >/dev/null 2>&1
  curl -sS --max-time 3 -k -o /dev/null -H 'Content-Type: application/json' \
    -d '{"username":"niemand","password":"fout"}' "https://10.213.0.2:$svc_port/api/auth/login" 2>/dev/null
done
sleep 2
check "0 packets dropped from the service while it served ($base -> $(drops))" [ "$(drops)" = "$base" ]
echo "egress: $pass passed, $failed failed"
[ "$failed" = 0 ]
