#!/usr/bin/env bash
# Runs every test of the project on a fresh Debian 12 machine with the .NET SDK and Node.
# Installs the Debian packages the tests need (fonts-dejavu-core, espeak-ng, sox, chromium) when missing, builds in Release with warnings as errors, checks formatting, installs the CPU engine runtime
# (npm registry, pinned by integrity hash), runs the installer test (tests/installer/, as root) and all test projects, and prints one closing line:
#   "tests: N passed, N failed, N skipped"
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the tests use: DejaVu Sans (embedded in PDFs), espeak-ng and sox (Dutch speech
# test material for the live-capture tests), Chromium (the web app's browser tests drive it
# through Playwright; Playwright downloads no browser), curl and systemd (the installer test checks
# /health and runs systemd-analyze verify on the installed unit), nftables and iproute2 (the egress
# test loads the firewall rules in a network namespace). Installed only when one is missing.
packages=(fonts-dejavu-core espeak-ng sox chromium curl systemd nftables iproute2)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
  else
    echo "Installeer eerst: apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

dotnet build WhaiNot.Appliance.sln -c Release
# Style as the .editorconfig says (naming, imports, file-scoped namespaces).
dotnet format WhaiNot.Appliance.sln --verify-no-changes --no-restore

# The real native engines (CPU build), fetched by name, version and integrity hash through the
# product's own installer; the engine tests load them from here.
export WHAINOT_TEST_RUNTIME="${WHAINOT_TEST_RUNTIME:-$root/.cache/test-runtime}"
dotnet src/WhaiNot.Cli/bin/Release/net10.0/whainot.dll runtime install --variant cpu --data "$WHAINOT_TEST_RUNTIME"
# The browser capture module's packages (pinned by package-lock.json); its Node tests run from xunit.
npm ci --prefix src/WhaiNot.Web --no-audit --no-fund
set +e
# The installer end to end in a throwaway root prefix (installer/install.sh; about two minutes).
bash tests/installer/test-installer.sh 2>&1 | tee -a "$log"
installer_status=${PIPESTATUS[0]}
# The egress rules in a network namespace with the service in it (tests/installer/test-egress.sh).
bash tests/installer/test-egress.sh 2>&1 | tee -a "$log"
[ "${PIPESTATUS[0]}" = 0 ] || installer_status=1
dotnet test WhaiNot.Appliance.sln -c Release --no-build 2>&1 | tee -a "$log"
status=${PIPESTATUS[0]}
[ "$installer_status" = 0 ] || status=1
set -e

# Sum the per-project summaries ("Passed!  - Failed: 0, Passed: 22, Skipped: 0, ...").
awk '
  /(Passed|Failed)!  - Failed:/ {
    gsub(",", "");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i+1);
      if ($i == "Passed:") p += $(i+1);
      if ($i == "Skipped:") s += $(i+1);
    }
    seen = 1
  }
  /^(installer|egress): [0-9]+ passed, [0-9]+ failed$/ { p += $2; f += $4; seen = 1 }
  END { if (seen) printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
exit "$status"
