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

# The two builds. build/ is Release (gcc, -O2) for running the hall and for
# benchmarks. build/sanitize is clang-14 with AddressSanitizer and
# UndefinedBehaviorSanitizer over the whole tree, every suite included, with
# libFuzzer's coverage hooks so the fuzz targets are real libFuzzer binaries in
# the same tree: scripts/test builds and runs that one (one build, not two).
HALLQ_SANITIZE_BUILD=${HALLQ_SANITIZE_BUILD:-$HALLQ_BUILD/sanitize}
HALLQ_SANITIZE_PACKAGES=(clang-14 libclang-rt-14-dev)

# Configures (once) and builds the given targets (all when none) into build/.
build_targets() {
    build_in "$HALLQ_BUILD" release "$@"
}

# The same into build/sanitize.
build_sanitized() {
    build_in "$HALLQ_SANITIZE_BUILD" sanitize "$@"
}

# build_in DIR release|sanitize [targets...]
build_in() {
    local dir=$1 kind=$2 werror=OFF common=()
    shift 2
    [ "${CI:-}" = "true" ] && werror=ON
    command -v ccache >/dev/null && common=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    # Unity builds: each target's sources compiled a few at a time in one unit,
    # which halves a clean build on two cores (Qt and Catch2 headers are parsed
    # once per batch). File-local names must therefore be unique within a target.
    common+=(-DCMAKE_UNITY_BUILD=ON)
    if [ ! -f "$dir/build.ninja" ]; then
        log "Configuring the $kind build into $dir"
        if [ "$kind" = sanitize ]; then
            # -O1: the sanitizers' usual level (fast enough for the timed tests, much
            # cheaper to compile than -O2). function/vptr are left out: Qt's own
            # uninstrumented signal-slot calls trip them. A report aborts the test.
            CC=clang-14 CXX=clang++-14 cmake -S "$HALLQ_ROOT" -B "$dir" -G Ninja "${common[@]}" \
                -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
                "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize=function,vptr -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
                "-DCMAKE_EXE_LINKER_FLAGS=-fsanitize=address,undefined" \
                -DHALLQ_FUZZ=ON -DHALLQ_WERROR=$werror >/dev/null || die "cmake configure of the sanitizer build failed"
        else
            # Release at -O2 without debug info: debug info alone costs a quarter of the compile time.
            cmake -S "$HALLQ_ROOT" -B "$dir" -G Ninja "${common[@]}" \
                -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" \
                -DHALLQ_WERROR=$werror >/dev/null || die "cmake configure failed"
        fi
    fi
    log "Building ${*:-everything} ($kind)"
    ninja -C "$dir" -j"$(nproc)" "$@" || die "build failed"
}

# What the sanitizers report and how: a report fails the test that caused it;
# leaks are checked at exit (only process-lifetime allocations of Qt and the
# system libraries are suppressed, tests/fuzz/lsan.supp).
sanitizer_env() {
    export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=0}
    export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
    export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$HALLQ_ROOT/tests/fuzz/lsan.supp:print_suppressions=0}
}

# run_suites DIR [ctest arguments...]: every test of the build in DIR.
# Catch2 discovery runs each binary at build time; a binary that aborts there is
# silently counted as zero tests. Guard with a floor raised as tests are added.
run_suites() {
    local dir=$1 floor count
    shift
    floor=$(cat "$HALLQ_ROOT/.ci/test-floor")
    count=$(ctest --test-dir "$dir" -N | sed -n 's/^Total Tests: //p')
    log "ctest discovered ${count:-0} tests in $dir (floor $floor)"
    [ "${count:-0}" -ge "$floor" ] || die "only ${count:-0} tests discovered, expected at least $floor: a test binary failed discovery?"
    QT_NO_GLIB=1 ctest --test-dir "$dir" --output-on-failure --timeout 300 -j2 "$@"
}
