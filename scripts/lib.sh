# Shared by scripts/run, scripts/test and scripts/bench: packages and the build.
# shellcheck shell=bash

HALLQ_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
HALLQ_BUILD=${HALLQ_BUILD:-$HALLQ_ROOT/build}

# Debian packages, by purpose (see docs/toolchain notes in README).
HALLQ_BUILD_PACKAGES=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-websockets-dev qt6-httpserver-dev
    libqt6sql6-sqlite libsodium-dev catch2 libcups2-dev libusb-1.0-0-dev libqrencode-dev libumockdev-dev
    qt6-serialport-dev qt6-declarative-dev qt6-multimedia-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools espeak-ng)
HALLQ_RUN_PACKAGES=(fonts-wqy-microhei qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-controls
    qml6-module-qtquick-layouts qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtquick-shapes qml6-module-qtqml qml6-module-qtmultimedia qt6-qpa-plugins)
HALLQ_TEST_PACKAGES=(sqlite3 curl openssl cups cups-ipp-utils cups-client umockdev qrencode qml6-module-qttest
    xvfb xauth dbus sox poppler-utils
    clang-14 libclang-rt-14-dev)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# Installs whatever of the given Debian packages is missing (apt-get; sudo when not root).
ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -qq || die "apt-get update failed"
    "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
        || die "apt-get install failed for: ${missing[*]}"
}

# Configures (once) and builds the given targets (all when none) with ninja into build/.
build_targets() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    # Release at -O2 without debug info: CI builds from scratch on 2 cores, and
    # debug info alone costs a quarter of the compile time.
    if [ ! -f "$HALLQ_BUILD/build.ninja" ]; then
        log "Configuring into $HALLQ_BUILD"
        cmake -S "$HALLQ_ROOT" -B "$HALLQ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
            -DHALLQ_WERROR=$werror >/dev/null || die "cmake configure failed"
    fi
    log "Building ${*:-everything}"
    ninja -C "$HALLQ_BUILD" -j"$(nproc)" "$@" || die "build failed"
}
