#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes PNG screenshots of MusiaIA's main views in English and Spanish, without a display:
# the chat after a real generation by the offline composer (with the song card), the project
# browser with two versions and their diff, the sample library with a small synthetic sample pack
# imported, the settings pages and the analysis of the generated set.
#
#   packaging/screenshots.sh [OUTPUT_DIR] [--theme light|dark] [--language en|es]
#   packaging/screenshots.sh --guide       the user guide's images, into docs/guide/images
#
# OUTPUT_DIR defaults to build/screenshots. Everything runs over a temporary folder (settings,
# database, projects, an in-memory keychain): your own MusiaIA data is never read or changed.
# MUSIAIA_BUILD_DIR picks the build folder (default build/dev, configured with the dev preset).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
build="${MUSIAIA_BUILD_DIR:-$root/build/dev}"

guide=0
out="$root/build/screenshots"
options=()
while [ $# -gt 0 ]; do
    case "$1" in
        --guide) guide=1; out="$(mktemp -d)"; options+=(--theme dark) ;;
        --theme|--language) options+=("$1" "$2"); shift ;;
        -*) echo "unknown option $1" >&2; exit 2 ;;
        *) out="$1" ;;
    esac
    shift
done

[ -f "$build/build.ninja" ] || cmake --preset dev -S "$root" -DMUSIAIA_SHARED_DIR="${MUSIAIA_SHARED_DIR:-$root/../shared}"
cmake --build "$build" -j2 --target musiaia musiaia-demo-samples

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
"$build/tests/ui/musiaia-demo-samples" "$scratch/Demo Samples"

# A 1920x1080 screen at 96 dpi: the offscreen platform's default screen is 800x600.
cat > "$scratch/screen.json" <<'JSON'
{ "screens": [ { "name": "Screenshots", "x": 0, "y": 0, "width": 1920, "height": 1080,
                 "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1 } ] }
JSON

# XDG_* point at the scratch folder too, so that nothing of the machine's settings leaks in.
QT_QPA_PLATFORM="offscreen:configfile=$scratch/screen.json" \
    XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    "$build/app/musiaia" --screenshots "$out" --samples "$scratch/Demo Samples" "${options[@]}"

if [ "$guide" = 1 ]; then
    # The guide shows one theme (dark, as most music software) in both languages.
    images="$root/docs/guide/images"
    mkdir -p "$images"
    for view in chat projects library settings-general settings-providers settings-api analysis; do
        for language in en es; do
            [ -f "$out/$view-$language-dark.png" ] && cp "$out/$view-$language-dark.png" "$images/$view-$language.png"
        done
    done
    rm -rf "$out"
    echo "The guide's images are in $images"
fi
