#!/usr/bin/env bash
# Sets up a Debian 12 machine for MusiaIA, then builds it.
#   packaging/setup-debian.sh run    installs what is missing, builds MusiaIA and starts it
#   packaging/setup-debian.sh test   installs what is missing, builds everything and runs every test
# Packages already installed are skipped; apt runs only when something is missing.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
mode="${1:-}"
shift || true

case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test [arguments for musiaia]" >&2; exit 2 ;;
esac

mapfile -t packages < <(grep -v '^\s*#' "$here/debian-packages.txt" | tr -s ' \t' '\n' | sed '/^$/d')
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$package")
    fi
done

if ((${#missing[@]})); then
    echo "Installing ${#missing[@]} missing package(s): ${missing[*]}"
    sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Run as root, or install sudo." >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cd "$root"
jobs="$(nproc 2>/dev/null || echo 2)"

if [ "$mode" = run ]; then
    cmake --preset release -DMUSIAIA_BUILD_TESTS=OFF -DMUSIAIA_BUILD_BENCHMARKS=OFF
    cmake --build --preset release --target musiaia -j "$jobs"
    exec build/release/app/musiaia "$@"
fi

cmake --preset dev
cmake --build --preset dev -j "$jobs"
ctest --preset dev -j "$jobs"
