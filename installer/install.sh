#!/usr/bin/env bash
# WhaiNot Appliance installer for Debian 12/13 and Ubuntu 22.04/24.04 (run as root).
#
#   install.sh [--offline BUNDLE] [--variant cpu|cuda] [--root PREFIX] [--no-start] [--force]
#   install.sh --uninstall [--purge] [--yes] [--root PREFIX]
#
# Installs (or upgrades to) the bundle it is given: by default the folder this script lies in, a
# bundle made by installer/make-bundle.sh (app/, runtime/, appliance/, VERSION, SHA256SUMS).
# Nothing is touched before the whole bundle has been checked against SHA256SUMS.
#
# Layout (every path below PREFIX, "/" by default; also WHAINOT_ROOT):
#   /opt/whainot-releases/<version>/  the published service and CLI, one folder per version
#   /opt/whainot -> whainot-releases/<version>   swapped atomically on upgrade (rename of a symlink)
#   /var/lib/whainot (0700)          data, keys, engine runtime: never touched by upgrade/uninstall
#   /etc/whainot/whainot.json         the box's configuration: written once, kept afterwards
#   /etc/systemd/system/whainot.service, /etc/nftables.d/whainot-egress.nft, /usr/local/bin/whainot
#
# Environment overrides (tests, unusual machines):
#   WHAINOT_ROOT             same as --root
#   WHAINOT_MIN_DISK_GB      disk space required on the data folder's file system (default 40)
#   WHAINOT_FREE_DISK_MB     pretend this much space is free (tests of the disk check)
#   WHAINOT_ACTIVE_CONVERSATIONS  pretend this many conversations are busy (tests of the upgrade guard)
#   WHAINOT_SERVICE_CTL      a command used instead of systemctl (called as: CMD start|stop|is-active)
#   WHAINOT_HEALTH_URL       default https://127.0.0.1:8443/health
#   WHAINOT_HEALTH_TIMEOUT   seconds to wait for /health (default 90)
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

# ---------- arguments ----------
bundle="$script_dir"
prefix="${WHAINOT_ROOT:-/}"
variant=""
start=1
uninstall=0
purge=0
assume_yes=0
force=0

fail() { echo "FOUT: $*" >&2; exit "${2:-1}"; }
say() { echo "$*"; }

while [ $# -gt 0 ]; do
  case "$1" in
    --offline) [ $# -ge 2 ] || fail "--offline verwacht een map." 2; bundle="$2"; shift 2 ;;
    --root) [ $# -ge 2 ] || fail "--root verwacht een map." 2; prefix="$2"; shift 2 ;;
    --variant) [ $# -ge 2 ] || fail "--variant verwacht cpu of cuda." 2; variant="$2"; shift 2 ;;
    --no-start) start=0; shift ;;
    --uninstall) uninstall=1; shift ;;
    --purge) purge=1; shift ;;
    --yes|-y) assume_yes=1; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,25p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) fail "Onbekende optie '$1'. Zie --help." 2 ;;
  esac
done
case "$variant" in ""|cpu|cuda) ;; *) fail "Onbekende variant '$variant'. Kies cpu of cuda." 2 ;; esac
[ "$purge" = 0 ] || [ "$uninstall" = 1 ] || fail "--purge hoort bij --uninstall." 2

prefix="${prefix%/}"
real_root=0
[ -z "$prefix" ] && real_root=1
opt="$prefix/opt/whainot"
releases="$prefix/opt/whainot-releases"
data="$prefix/var/lib/whainot"
etc="$prefix/etc/whainot"
unit="$prefix/etc/systemd/system/whainot.service"
nft_file="$prefix/etc/nftables.d/whainot-egress.nft"
bin_link="$prefix/usr/local/bin/whainot"
health_url="${WHAINOT_HEALTH_URL:-https://127.0.0.1:8443/health}"
health_timeout="${WHAINOT_HEALTH_TIMEOUT:-90}"
account=whainot

[ "$(id -u)" = 0 ] || fail "Start dit script als root (sudo bash install.sh)."

changes=0
changed() { changes=$((changes + 1)); say "  gewijzigd: $*"; }

# ---------- service control ----------
have_systemd() { [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; }
service_ctl() {
  if [ -n "${WHAINOT_SERVICE_CTL:-}" ]; then
    $WHAINOT_SERVICE_CTL "$@"
  elif [ "$real_root" = 1 ] && have_systemd; then
    case "$1" in
      is-active) systemctl is-active --quiet whainot ;;
      *) systemctl "$1" whainot ;;
    esac
  else
    return 3
  fi
}
can_control() { [ "$start" = 1 ] && { [ -n "${WHAINOT_SERVICE_CTL:-}" ] || { [ "$real_root" = 1 ] && have_systemd; }; }; }

# The service holds an exclusive lock (flock) on <data>/whainot.lock while it runs; so does any CLI verb.
data_in_use() { [ -e "$data/whainot.lock" ] && ! flock -n "$data/whainot.lock" true 2>/dev/null; }

wait_for_health() {
  local deadline=$((SECONDS + health_timeout)) ca="$etc/whainot-ca.crt" opts=()
  [ -f "$ca" ] && opts=(--cacert "$ca") || opts=(-k)
  while [ $SECONDS -lt $deadline ]; do
    if curl -fsS --max-time 5 "${opts[@]}" "$health_url" 2>/dev/null | grep -q '"status":"ok"'; then
      return 0
    fi
    sleep 1
  done
  return 1
}

# ---------- uninstall ----------
if [ "$uninstall" = 1 ]; then
  say "WhaiNot verwijderen uit ${prefix:-/}."
  if can_control && service_ctl is-active 2>/dev/null; then
    say "De service wordt gestopt."
    service_ctl stop
  fi
  if data_in_use; then
    fail "De datamap $data is in gebruik (draait de service nog, of een whainot-commando?). Stop dat eerst; er is niets verwijderd."
  fi
  if [ "$real_root" = 1 ] && have_systemd; then systemctl disable whainot >/dev/null 2>&1 || true; fi
  rm -f "$unit" "$bin_link" "$nft_file"
  if [ "$real_root" = 1 ] && command -v nft >/dev/null 2>&1; then nft delete table inet whainot_egress 2>/dev/null || true; fi
  if [ "$real_root" = 1 ] && [ -f /etc/nftables.conf ]; then sed -i '\|include "/etc/nftables.d/whainot-egress.nft"|d' /etc/nftables.conf; fi
  rm -rf "$opt" "$releases"
  if [ "$real_root" = 1 ] && have_systemd; then systemctl daemon-reload || true; fi
  if [ "$purge" = 1 ]; then
    if [ "$assume_yes" != 1 ]; then
      echo "LET OP: --purge wist ALLE gegevens van de box: databank, opnames, verslagen en de hoofdsleutel ($data/keys)."
      echo "Zonder reservekopie én hoofdsleutel zijn ze daarna voorgoed weg."
      read -r -p "Typ WISSEN om door te gaan: " answer
      [ "$answer" = "WISSEN" ] || fail "Niet bevestigd: de gegevens in $data en $etc blijven bewaard."
    fi
    rm -rf "$data" "$etc" "$prefix/var/log/whainot"
    if [ "$real_root" = 1 ] && getent passwd "$account" >/dev/null; then userdel "$account" || true; fi
    say "Programma, gegevens, sleutels en instellingen zijn verwijderd."
  else
    say "Het programma is verwijderd. Gegevens en sleutels blijven in $data, instellingen in $etc."
    say "Alles wissen (onherroepelijk): install.sh --uninstall --purge"
  fi
  exit 0
fi

# ---------- 1. the bundle: check everything before touching anything ----------
bundle="$(cd "$bundle" 2>/dev/null && pwd)" || fail "De bundelmap bestaat niet." 2
[ -f "$bundle/SHA256SUMS" ] && [ -f "$bundle/VERSION" ] || fail "In $bundle staat geen WhaiNot-bundel (SHA256SUMS of VERSION ontbreekt). Maak er een met installer/make-bundle.sh." 2
say "Bundel controleren ($bundle)…"
if ! (cd "$bundle" && sha256sum --quiet --strict -c SHA256SUMS >/dev/null 2>&1); then
  fail "De bundel in $bundle is onvolledig of gewijzigd (SHA256SUMS klopt niet). Kopieer hem opnieuw; er is niets geïnstalleerd of gewijzigd." 2
fi
# Every file of the bundle must be listed: an extra file is as suspect as an altered one.
listed="$(cut -c67- "$bundle/SHA256SUMS" | sort)"
present="$(cd "$bundle" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | sort)"
[ "$listed" = "$present" ] || fail "De bundel in $bundle bevat bestanden die niet in SHA256SUMS staan. Er is niets gewijzigd." 2
version="$(tr -d '[:space:]' <"$bundle/VERSION")"
[[ "$version" =~ ^[0-9A-Za-z._-]+$ ]] || fail "Ongeldige versie in $bundle/VERSION." 2
say "Bundel in orde: WhaiNot $version."

# ---------- 2. the machine ----------
say "Machine controleren…"
if [ -r "$prefix/etc/os-release" ] || [ -r /etc/os-release ]; then
  # shellcheck disable=SC1091
  os="$(. /etc/os-release 2>/dev/null; echo "${ID:-?} ${VERSION_ID:-?}")"
  case "$os" in
    "debian 12"|"debian 13"|"ubuntu 22.04"|"ubuntu 24.04") say "  besturingssysteem: $os" ;;
    *) say "  WAARSCHUWING: $os is niet getest (ondersteund: Debian 12/13, Ubuntu 22.04/24.04)." ;;
  esac
fi
[ "$(uname -m)" = x86_64 ] || fail "Deze bundel is voor x86_64 (linux-x64); deze machine is $(uname -m)."
cores="$(nproc)"
ram_mb="$(awk '/MemTotal/ {print int($2/1024)}' /proc/meminfo)"
say "  processor: $cores kernen; geheugen: $((ram_mb / 1024)) GB"
[ "$cores" -ge 4 ] || say "  WAARSCHUWING: minder dan 4 kernen; transcriberen op de CPU zal traag zijn."
[ "$ram_mb" -ge 15000 ] || say "  WAARSCHUWING: minder dan 16 GB geheugen; een taalmodel van 7-9B past dan niet."

min_gb="${WHAINOT_MIN_DISK_GB:-40}"
probe="$prefix/var/lib"
while [ ! -d "$probe" ]; do probe="$(dirname "$probe")"; done
free_mb="${WHAINOT_FREE_DISK_MB:-$(df -Pm "$probe" | awk 'NR==2 {print $4}')}"
if [ ! -d "$releases/$version" ] && [ "$free_mb" -lt $((min_gb * 1024)) ]; then
  fail "Te weinig schijfruimte op $probe: $((free_mb / 1024)) GB vrij, minstens $min_gb GB nodig (programma, modellen en opnames). Maak ruimte of kies een grotere schijf; er is niets gewijzigd."
fi
say "  vrije schijfruimte: $((free_mb / 1024)) GB (minstens $min_gb GB)"

gpu_reason=""
if [ -z "$variant" ]; then
  if command -v nvidia-smi >/dev/null 2>&1; then
    if gpu="$(nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>/dev/null | head -n1)" && [ -n "$gpu" ]; then
      cuda="$(nvidia-smi 2>/dev/null | sed -n 's/.*CUDA Version: *\([0-9.]*\).*/\1/p' | head -n1)"
      cuda_major="${cuda%%.*}"
      if [ -n "$cuda_major" ] && [ "$cuda_major" -ge 12 ]; then
        variant=cuda; gpu_reason="GPU gevonden: $gpu, CUDA $cuda"
      else
        variant=cpu; gpu_reason="GPU gevonden ($gpu), maar het stuurprogramma ondersteunt CUDA ${cuda:-?}; nodig is CUDA 12 of nieuwer. Werk het NVIDIA-stuurprogramma bij en start dit script opnieuw"
      fi
    else
      variant=cpu; gpu_reason="nvidia-smi is aanwezig maar vindt geen werkende GPU (stuurprogramma geladen?)"
    fi
  else
    variant=cpu; gpu_reason="geen NVIDIA-GPU gevonden (nvidia-smi ontbreekt)"
  fi
else
  gpu_reason="gekozen met --variant"
fi
say "  engines: $variant ($gpu_reason)"
[ -d "$bundle/runtime/$variant" ] || fail "De bundel bevat geen $variant-runtime (runtime/$variant). Maak de bundel met --variant $variant of all." 2

# ---------- 3. a running service ----------
current_version=""
[ -L "$opt" ] && current_version="$(basename "$(readlink "$opt")")"
needs_program=1
if [ "$current_version" = "$version" ] && diff -rq "$bundle/app" "$releases/$version" >/dev/null 2>&1; then
  needs_program=0
fi

was_running=0
if data_in_use; then was_running=1; fi
# Conversations the running service is busy with (recording, transcription catching up, a draft),
# asked through its admin channel; empty when it can't tell (an older version without the field).
active_conversations() {
  if [ -n "${WHAINOT_ACTIVE_CONVERSATIONS:-}" ]; then echo "$WHAINOT_ACTIVE_CONVERSATIONS"; return; fi
  [ -x "$opt/whainot" ] || return 0
  WHAINOT_DATA="$data" "$opt/whainot" status --json 2>/dev/null | sed -n 's/.*"activeConversations": *\([0-9][0-9]*\).*/\1/p' | head -n 1
}

stop_for_change() {
  # Called before the first change that needs the data folder or the program stopped.
  if [ "$was_running" = 1 ] && [ "${stopped:-0}" = 0 ]; then
    busy="$(active_conversations || true)"
    if [ -n "$busy" ] && [ "$busy" -gt 0 ] && [ "$force" = 0 ]; then
      fail "Er zijn nu $busy gesprek(ken) bezig op de box (opname, transcriptie of ontwerpverslag). Wacht tot ze klaar zijn (zie 'whainot status'), of herhaal met --force: opnames in de browser wachten dan en worden na de update verder verstuurd. Er is niets gewijzigd."
    fi
    if can_control; then
      say "De service wordt gestopt voor de update (opnames in de browser wachten en worden daarna verder verstuurd)…"
      service_ctl stop
      for _ in $(seq 1 60); do data_in_use || break; sleep 1; done
      data_in_use && fail "De service stopt niet binnen 60 s; er is niets gewijzigd. Probeer opnieuw buiten de spreekuren."
      stopped=1
    else
      fail "De service draait (de datamap $data is in gebruik) en kan door dit script niet gestopt worden (geen systemd of --no-start). Stop de service eerst, bij voorkeur buiten de spreekuren; er is niets gewijzigd."
    fi
  fi
}

# ---------- 4. account and folders ----------
owner="root"
if [ "$real_root" = 1 ]; then
  if ! getent passwd "$account" >/dev/null; then
    useradd --system --home-dir /var/lib/whainot --no-create-home --shell /usr/sbin/nologin --user-group "$account"
    changed "systeemaccount $account aangemaakt"
  fi
  owner="$account"
fi
# (Under a test prefix no account is made on the real machine; files stay owned by root.)

make_dir() { # path mode owner
  if [ ! -d "$1" ]; then mkdir -p "$1"; changed "map $1"; fi
  if [ "$(stat -c %a "$1")" != "$2" ]; then chmod "$2" "$1"; changed "rechten $2 op $1"; fi
  if [ "$(stat -c %U "$1")" != "$3" ]; then chown "$3:$3" "$1"; changed "eigenaar $3 van $1"; fi
}
put_file() { # source target mode
  if [ ! -f "$2" ] || ! cmp -s "$1" "$2"; then
    mkdir -p "$(dirname "$2")"; install -m "$3" "$1" "$2.new"; mv -f "$2.new" "$2"; changed "$2"
  elif [ "$(stat -c %a "$2")" != "$3" ]; then chmod "$3" "$2"; changed "rechten $3 op $2"; fi
}

make_dir "$prefix/opt" 755 root
make_dir "$releases" 755 root
make_dir "$etc" 755 root
make_dir "$data" 700 "$owner"
make_dir "$prefix/var/log/whainot" 750 "$owner"

# ---------- 5. the program: versioned folder, then an atomic symlink swap ----------
previous_version="$current_version"
if [ "$needs_program" = 1 ]; then
  stop_for_change
  if [ ! -d "$releases/$version" ] || ! diff -rq "$bundle/app" "$releases/$version" >/dev/null 2>&1; then
    rm -rf "$releases/.$version.tmp"
    cp -a "$bundle/app" "$releases/.$version.tmp"
    chown -R root:root "$releases/.$version.tmp"
    chmod -R go-w "$releases/.$version.tmp"
    rm -rf "$releases/$version"
    mv "$releases/.$version.tmp" "$releases/$version"
  fi
  ln -sfn "whainot-releases/$version" "$prefix/opt/.whainot.new"
  mv -T "$prefix/opt/.whainot.new" "$opt"
  changed "programma $version in $opt${previous_version:+ (was $previous_version)}"
fi

# ---------- 6. configuration, unit, firewall, command ----------
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
if [ ! -f "$etc/whainot.json" ]; then
  cat >"$tmp/whainot.json" <<'JSON'
{
  // Settings of this box; defaults are built into the program (see docs/operations.md).
  // Kept as it is by upgrades and by --uninstall (removed only by --purge).
  "Appliance": {
    "Transcription": { "Variant": "VARIANT" }
  }
}
JSON
  sed -i "s/VARIANT/$variant/" "$tmp/whainot.json"
  put_file "$tmp/whainot.json" "$etc/whainot.json" 644
fi

# Under a prefix the unit names the prefixed paths, so it can be verified and run from there.
sed -e "s|/opt/whainot|$opt|g" -e "s|/var/lib/whainot|$data|g" -e "s|/etc/whainot|$etc|g" -e "s|/var/log/whainot|$prefix/var/log/whainot|g" \
  "$bundle/appliance/linux/whainot.service" >"$tmp/whainot.service"
unit_changed=$changes
put_file "$tmp/whainot.service" "$unit" 644
[ "$changes" = "$unit_changed" ] && unit_changed=0 || unit_changed=1

nft_changed=$changes
put_file "$bundle/appliance/linux/whainot-egress.nft" "$nft_file" 644
[ "$changes" = "$nft_changed" ] && nft_changed=0 || nft_changed=1

cat >"$tmp/whainot" <<SH
#!/bin/sh
# The whainot command of the installed box (installed by install.sh).
export WHAINOT_DATA="\${WHAINOT_DATA:-$data}" WHAINOT_CONFIG="\${WHAINOT_CONFIG:-$etc/whainot.json}" DOTNET_CLI_TELEMETRY_OPTOUT=1
exec "$opt/whainot" "\$@"
SH
put_file "$tmp/whainot" "$bin_link" 755

# ---------- 7. a new box, the engine runtime ----------
cli() { WHAINOT_DATA="$data" WHAINOT_CONFIG="$etc/whainot.json" "$opt/whainot" "$@"; }
first_install=0
if [ ! -f "$data/keys/master.key" ]; then
  stop_for_change
  cli init --data "$data" >/dev/null
  first_install=1
  changed "nieuwe box in $data (hoofdsleutel, databank, CA)"
fi
runtime_stamp="$data/runtime/$variant/.bundle-sha256"
runtime_sum="$(grep " runtime/$variant/" "$bundle/SHA256SUMS" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$data/runtime/$variant/runtime.json" ] || [ "$(cat "$runtime_stamp" 2>/dev/null)" != "$runtime_sum" ]; then
  stop_for_change
  cli runtime install --variant "$variant" --from "$bundle/runtime/$variant" --data "$data" >/dev/null
  echo "$runtime_sum" >"$runtime_stamp"
  changed "engine-runtime $variant"
fi
if [ ! -f "$etc/whainot-ca.crt" ]; then
  cli certs export-ca --data "$data" --out "$etc/whainot-ca.crt" >/dev/null
  chmod 644 "$etc/whainot-ca.crt"
  changed "CA-certificaat $etc/whainot-ca.crt"
fi
admin_password=""
if [ "$first_install" = 1 ]; then
  admin_password="$(cli users add --username beheerder --display-name "Functioneel beheerder" --role functional-admin --data "$data" | sed -n 's/^Eerste wachtwoord: //p')"
fi
if [ "$changes" -gt 0 ] || [ "$(stat -c %U "$data/keys" 2>/dev/null)" != "$owner" ]; then
  chown -R "$owner:$owner" "$data"
fi

# ---------- 8. load, start, check ----------
if [ "$real_root" = 1 ]; then
  if [ "$nft_changed" = 1 ] && command -v nft >/dev/null 2>&1; then
    nft delete table inet whainot_egress 2>/dev/null || true
    nft -f "$nft_file"
    if [ -f /etc/nftables.conf ] && ! grep -q 'whainot-egress.nft' /etc/nftables.conf; then
      echo 'include "/etc/nftables.d/whainot-egress.nft"' >>/etc/nftables.conf
    fi
    have_systemd && systemctl enable nftables >/dev/null 2>&1 || true
  elif ! command -v nft >/dev/null 2>&1; then
    say "WAARSCHUWING: nftables ontbreekt (apt-get install nftables); de regel tegen uitgaand verkeer is niet geladen."
  fi
  if have_systemd && [ "$unit_changed" = 1 ]; then systemctl daemon-reload; systemctl enable whainot >/dev/null 2>&1; fi
fi

healthy=1
if [ "$changes" -gt 0 ] || ! data_in_use; then
  if can_control; then
    say "De service wordt gestart…"
    service_ctl start
    if ! wait_for_health; then
      healthy=0
      if [ -n "$previous_version" ] && [ "$previous_version" != "$version" ] && [ -d "$releases/$previous_version" ]; then
        say "WhaiNot $version komt niet op binnen $health_timeout s; terug naar $previous_version…"
        service_ctl stop || true
        for _ in $(seq 1 30); do data_in_use || break; sleep 1; done
        ln -sfn "whainot-releases/$previous_version" "$prefix/opt/.whainot.new"
        mv -T "$prefix/opt/.whainot.new" "$opt"
        service_ctl start
        if wait_for_health; then
          fail "De update naar $version is mislukt; versie $previous_version draait weer, met dezelfde gegevens. Bekijk 'journalctl -u whainot' en neem contact op met de leverancier."
        fi
        fail "De update naar $version is mislukt en ook $previous_version komt niet op. Bekijk 'journalctl -u whainot'. De gegevens in $data zijn niet gewijzigd."
      fi
      fail "De service komt niet op binnen $health_timeout s ($health_url). Bekijk 'journalctl -u whainot'."
    fi
  else
    say "De service is niet gestart (geen systemd of --no-start). Starten: systemctl start whainot, of met de hand:"
    say "  WHAINOT_CONFIG=$etc/whainot.json $opt/whainot-appliance --data $data"
  fi
fi

# ---------- 9. what next ----------
if [ "$changes" = 0 ]; then
  say "Niets gewijzigd: WhaiNot $version is al geïnstalleerd en up-to-date."
  exit 0
fi
say ""
say "WhaiNot $version is geïnstalleerd${previous_version:+ (was $previous_version)}. Gegevens: $data; instellingen: $etc/whainot.json."
[ "$healthy" = 1 ] && can_control && say "De service draait en antwoordt op $health_url."
if [ "$first_install" = 1 ]; then
  host="$(hostname -f 2>/dev/null || hostname)"
  say ""
  say "Volgende stappen:"
  say "  1. Verdeel het CA-certificaat $etc/whainot-ca.crt naar de pc's van het kantoor"
  say "     (groepsbeleid: Vertrouwde basiscertificeringsinstanties). Maak ook een reservekopie van"
  say "     $data/keys/master.key, apart van de gegevens (verzegelde envelop, kluis)."
  say "  2. Functioneel beheerder: gebruikersnaam 'beheerder', eenmalig wachtwoord: $admin_password"
  say "     (wordt maar één keer getoond; noteer het en laat het bij de eerste aanmelding wijzigen)."
  say "  3. De pc's openen https://$host:8443/ (voeg andere namen of IP-adressen toe in"
  say "     Appliance:HostNames in $etc/whainot.json)."
  say "  4. Importeer de spraak- en taalmodellen (zie docs/operations.md, 'Modellen')."
fi
