#!/usr/bin/env bash
# The one entry point of the README's quick start:
#   scripts/dev.sh run    install what is missing, build, start the GUI on a demo database
#   scripts/dev.sh test   install what is missing, build, run the whole test suite
# Needs root (or sudo) only when Debian packages are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=${CERTDESK_BUILD_DIR:-$root/build}

packages=(
    build-essential cmake ninja-build pkg-config ccache git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite qt6-translations-l10n libgl-dev libqrencode-dev
    sqlite3 poppler-utils xvfb xauth xdotool imagemagick
    fonts-dejavu-core qtkeychain-qt6-dev unicode-cldr-core libcups2-dev libqt6opengl6-dev
    libssl-dev libsqlite3-dev
)

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_packages() {
    local missing=()
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    # Node may come from elsewhere than Debian (with npm inside): only its absence counts.
    command -v npm >/dev/null || missing+=(nodejs npm)
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

install_node_modules() {
    [ -f package-lock.json ] || return 0
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
        say "npm ci (pinned test server)"
        # The in-memory server needs none of the native modules; their install scripts
        # would try to download binaries.
        npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
    fi
}

configure_and_build() {
    local flags=(-G Ninja -DCMAKE_BUILD_TYPE=${CERTDESK_BUILD_TYPE:-RelWithDebInfo})
    command -v ccache >/dev/null && flags+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    [ "${CI:-}" = "true" ] && flags+=(-DCERTDESK_WERROR=ON)
    [ -n "${CERTDESK_SANITIZE:-}" ] && flags+=(-DCERTDESK_SANITIZE=ON)
    say "configuring and building in $build"
    cmake -S "$root" -B "$build" "${flags[@]}" >/dev/null
    cmake --build "$build" -j "${CERTDESK_JOBS:-2}"
}

demo_database() {
    local db="$build/demo/certdesk-demo.db"
    if [ ! -f "$db" ]; then
        mkdir -p "$build/demo"
        say "creating the demo database $db"
        "$build/certdeskctl" --db "$db" demo --cases 300 --seed 1 >/dev/null
    fi
    printf '%s' "$db"
}

case "${1:-}" in
run)
    install_packages
    install_node_modules
    configure_and_build
    db=$(demo_database)
    say "starting CertDesk on $db (users: clerk / supervisor, see README)"
    exec "$build/certdesk" --db "$db"
    ;;
test)
    install_packages
    install_node_modules
    configure_and_build
    say "running the test suite"
    ctest --test-dir "$build" --output-on-failure -j "${CERTDESK_JOBS:-2}" --timeout 900
    ;;
*)
    echo "usage: scripts/dev.sh run | test" >&2
    exit 2
    ;;
esac
