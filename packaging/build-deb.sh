#!/usr/bin/env bash
# Builds the Debian package (build/pkg/musiaia_<version>_amd64.deb).
#   packaging/build-deb.sh            build it
#   packaging/build-deb.sh --check    also install it (as root), start it without a display, check
#                                     that it runs and that .als files are associated, and remove it
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="$root/build/pkg"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DMUSIAIA_BUILD_TESTS=OFF -DMUSIAIA_BUILD_BENCHMARKS=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$build" -j "$(nproc 2>/dev/null || echo 2)" --target package
deb="$(ls -t "$build"/musiaia_*.deb | head -n1)"
echo "$deb"

[ "${1:-}" = --check ] || exit 0

[ "$(id -u)" -eq 0 ] || { echo "--check installs the package: run as root" >&2; exit 1; }
dpkg -i "$deb"
trap 'dpkg -r musiaia >/dev/null' EXIT
musiaia --version
scratch="$(mktemp -d)"
printf 'not a real set' | gzip > "$scratch/probe.als"
grep -q 'application/x-ableton-live-set=org.musiaia.MusiaIA.desktop' /usr/share/applications/mimeinfo.cache
# The window starts and is asked to analyse the set; it keeps running until the timeout stops it.
set +e
MUSIAIA_DATA_DIR="$scratch" XDG_CONFIG_HOME="$scratch" QT_QPA_PLATFORM=offscreen \
    timeout 8 musiaia "$scratch/probe.als" >"$scratch/log" 2>&1
status=$?
set -e
cat "$scratch/log"
[ "$status" -eq 124 ] || { echo "musiaia exited with $status instead of running" >&2; exit 1; }
grep -q 'MusiaIA started' "$scratch/log"
echo "The package installs, starts and opens .als files."
