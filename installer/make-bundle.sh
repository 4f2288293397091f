#!/usr/bin/env bash
# Makes an installation bundle on a connected machine with the .NET SDK and npm, for install.sh
# (also for boxes without any network: copy the folder to a USB stick, run install.sh from it).
#
#   make-bundle.sh --out DIR [--version V] [--variant cpu|cuda|all] [--tarballs DIR] [--from-build CONFIG]
#
# DIR gets:
#   app/          the service (whainot-appliance) and the CLI (whainot), published together with
#                 `dotnet publish -r linux-x64 --self-contained`: the box needs no .NET
#   runtime/cpu/, runtime/cuda/   the pinned engine tarballs (npm pack; checked again by the CLI
#                 against the integrity hashes built into the program)
#   appliance/linux/   the systemd unit and the nftables egress rules
#   install.sh, VERSION, SHA256SUMS (every file of the bundle; install.sh refuses any mismatch)
#
# --tarballs DIR   take the tarballs from DIR when there (and keep new ones there): a cache
# --from-build CONFIG   fast variant for CI: a framework-dependent publish of the existing build
#                  (`dotnet publish --no-build`, seconds; the machine then needs the .NET 10 runtime).
#                  Not the raw bin/ folder: that one points at the NuGet cache for the web assets.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out=""
version=""
variant=all
tarballs=""
from_build=""
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --version) version="$2"; shift 2 ;;
    --variant) variant="$2"; shift 2 ;;
    --tarballs) tarballs="$2"; shift 2 ;;
    --from-build) from_build="$2"; shift 2 ;;
    *) echo "Onbekende optie '$1'." >&2; exit 2 ;;
  esac
done
[ -n "$out" ] || { echo "Gebruik: make-bundle.sh --out MAP [--version V] [--variant cpu|cuda|all]" >&2; exit 2; }
case "$variant" in cpu) variants=(cpu) ;; cuda) variants=(cuda) ;; all) variants=(cpu cuda) ;; *) echo "Onbekende variant '$variant'." >&2; exit 2 ;; esac
if [ -z "$version" ]; then
  version="$(sed -n 's|.*<Version>\(.*\)</Version>.*|\1|p' "$root/Directory.Build.props" | head -n1)"
  version="${version:-0.0.0}+$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo local)"
  version="${version//+/-}"
fi

# The engine packages the program pins (src/WhaiNot.Native/Runtime/EnginePackages.cs).
packages() {
  sed -n 's#.*new("\(whisper\|llama\)", "\(@[^"]*linux-x64[^"]*\)", "\([0-9.]*\)".*#\2@\3#p' \
    "$root/src/WhaiNot.Native/Runtime/EnginePackages.cs" | grep -E "linux-x64$1@"
}

rm -rf "$out"
mkdir -p "$out/app" "$out/appliance/linux"
out="$(cd "$out" && pwd)"

if [ -n "$from_build" ]; then
  for project in WhaiNot.Cli WhaiNot.Appliance; do
    dotnet publish "$root/src/$project" -c "$from_build" --no-build -o "$out/app" -nologo -v quiet
  done
else
  for project in WhaiNot.Cli WhaiNot.Appliance; do
    dotnet publish "$root/src/$project" -c Release -r linux-x64 --self-contained -o "$out/app" -p:Version="${version%%-*}" -nologo -v quiet
  done
fi
rm -f "$out/app/"*.pdb

for v in "${variants[@]}"; do
  mkdir -p "$out/runtime/$v"
  suffix=""; [ "$v" = cuda ] && suffix="-cuda"
  for spec in $(packages "$suffix"); do
    name="${spec%@*}"; ver="${spec##*@}"
    file="$(echo "${name#@}" | tr / -)-$ver.tgz"
    if [ -n "$tarballs" ] && [ -f "$tarballs/$file" ]; then
      cp "$tarballs/$file" "$out/runtime/$v/"
    else
      (cd "$out/runtime/$v" && npm pack --silent "$spec" >/dev/null)
      if [ -n "$tarballs" ]; then mkdir -p "$tarballs"; cp "$out/runtime/$v/$file" "$tarballs/"; fi
    fi
  done
done

cp "$root/appliance/linux/whainot.service" "$root/appliance/linux/whainot-egress.nft" "$out/appliance/linux/"
mkdir -p "$out/appliance/windows" && cp "$root/appliance/windows/install-service.ps1" "$out/appliance/windows/"
cp "$root/installer/install.ps1" "$out/install.ps1"
cp "$root/installer/install.sh" "$out/install.sh"
echo "$version" >"$out/VERSION"
(cd "$out" && find . -type f ! -name SHA256SUMS | sed 's|^\./||' | LC_ALL=C sort | xargs -d '\n' sha256sum >SHA256SUMS)
echo "Bundel WhaiNot $version gemaakt in $out ($(du -sh "$out" | cut -f1))."
