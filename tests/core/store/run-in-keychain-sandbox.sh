#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test inside a private D-Bus session with an unlocked gnome-keyring (Secret Service), so
# that the real QtKeychain path is exercised on a headless machine. Without those programs the test
# runs plainly and skips itself.
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
    exec dbus-run-session -- sh -c '
        export HOME="$(mktemp -d)"; export XDG_DATA_HOME="$HOME/.local/share"
        printf "musiaia-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
        MUSIAIA_KEYCHAIN_SANDBOX=1 "$@"; status=$?; rm -rf "$HOME"; exit $status' sh "$@"
fi
exec "$@"
