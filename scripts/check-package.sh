#!/usr/bin/env bash
# Builds the .deb from a built tree, checks it with lintian, installs it, starts both programs
# from the installed files (the GUI on a virtual display), and removes it again.
#   scripts/check-package.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

say "packaging"
rm -f "$build"/certdesk_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(realpath "$(ls "$build"/certdesk_*.deb)")

say "lintian $deb"
# Errors fail the check; warnings are printed for the record.
lintian --tag-display-limit 0 --fail-on error "$deb"

say "installing"
$sudo apt-get install -y -qq --no-install-recommends "$deb" >/dev/null
trap '$sudo apt-get remove -y -qq certdesk >/dev/null || true' EXIT

say "certdeskctl --version"
/usr/bin/certdeskctl --version

say "starting /usr/bin/certdesk on a virtual display"
home=$(mktemp -d)
display=""
for n in $(seq 150 199); do [ -e "/tmp/.X11-unix/X$n" ] || { display=":$n"; break; }; done
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
up=""
for _ in $(seq 1 300); do
    DISPLAY=$display xdotool getmouselocation >/dev/null 2>&1 && { up=1; break; }
    sleep 0.1
done
[ -n "$up" ] || { echo "check-package: the virtual display $display did not start" >&2; exit 1; }
# The same command the menu entry runs, with an empty home: the first start must create its
# database in the user's data folder, never use a demo one.
exec_line=$(sed -n 's/^Exec=//p' /usr/share/applications/kz.gov.certdesk.desktop)
HOME=$home XDG_DATA_HOME=$home/.local/share DISPLAY=$display $exec_line >"$home/out.log" 2>&1 &
app=$!
shown=""
for _ in $(seq 1 300); do
    shown=$(DISPLAY=$display xdotool search --onlyvisible --name . 2>/dev/null | head -n 1 || true)
    [ -n "$shown" ] && break
    kill -0 "$app" 2>/dev/null || break
    sleep 0.1
done
title=$( [ -n "$shown" ] && DISPLAY=$display xdotool getwindowname "$shown" || true)
kill "$app" 2>/dev/null || true
kill "$xvfb" 2>/dev/null || true
wait 2>/dev/null || true
if [ -z "$shown" ]; then
    cat "$home/out.log" >&2
    echo "check-package: the installed certdesk showed no window" >&2
    exit 1
fi
echo "window: $title"
say "package check passed"
