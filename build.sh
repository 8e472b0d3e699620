#!/usr/bin/env bash
# Seams build script. The README's quick start is exactly two commands:
#   ./build.sh run    install what is missing, build, open the app on the sample board
#   ./build.sh test   install what is missing, build, run the whole ctest suite
# More: ./build.sh build | bench | package | deps | clean
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${SEAMS_BUILD_DIR:-build}
JOBS=${SEAMS_JOBS:-$(nproc)}

# Everything the build, the app and the tests need, from Debian 12's own repositories.
APT_PACKAGES=(
    # toolchain
    g++ cmake ninja-build pkg-config git file
    # Qt 6.4 (our floor) and the QML modules the app imports
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins qt6-translations-l10n
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtquick-dialogs
    qml6-module-qtquick-shapes qml6-module-qtqml qml6-module-qtqml-models
    qml6-module-qtqml-workerscript qml6-module-qt-labs-settings qml6-module-qtcore
    qml6-module-qttest libgl-dev libvulkan-dev libxkbcommon-dev libgl1-mesa-dri
    # C libraries behind the core
    libsqlite3-dev sqlite3 libgraphviz-dev graphviz libyaml-cpp-dev libigraph-dev
    # a display for GUI tests and screenshots
    xvfb xauth imagemagick
    # the real consumers the end-to-end tests run
    nginx-light haproxy caddy postgresql mariadb-server
    # decK validates the Kong export offline (Kong's own declarative schema)
    deck
    # locale sources: the context-map test builds de_DE.UTF-8 to prove Graphviz's C locale
    locales
    # packaging checks
    dpkg-dev desktop-file-utils appstream
)

# Only `./build.sh bench` needs these: the dependency-analysis accuracy benchmark runs jdeps
# on real jars, scans real Python packages and compares with python3-igraph's algorithms.
BENCH_PACKAGES=(
    openjdk-17-jdk-headless libguava-java libcommons-lang3-java libcommons-io-java
    libguice-java libmaven3-core-java libmaven-resolver-java
    python3-pip python3-setuptools python3-pygments python3-cryptography python3-igraph
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    for package in "${APT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done
    # Node.js runs the validators (swagger-parser, asyncapi parser, ajv); Debian's will do.
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    if [ ${#missing[@]} -gt 0 ]; then
        say "Installing ${#missing[@]} missing packages: ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        as_root apt-get update -q
        # Servers are started by the tests themselves; keep the packages from starting theirs.
        printf '#!/bin/sh\nexit 101\n' | as_root tee /usr/sbin/policy-rc.d >/dev/null
        as_root chmod +x /usr/sbin/policy-rc.d
        as_root apt-get install -y -q --no-install-recommends "${missing[@]}"
        as_root rm -f /usr/sbin/policy-rc.d
    fi
    local tooling=tests/tooling
    if [ ! -d "$tooling/node_modules" ] || [ "$tooling/package-lock.json" -nt "$tooling/node_modules/.package-lock.json" ]; then
        say "Installing the pinned test validators (npm ci)"
        (cd "$tooling" && npm ci --no-audit --no-fund --ignore-scripts)
    fi
}

configure() {
    local launcher=()
    if command -v ccache >/dev/null 2>&1; then
        launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    fi
    if [ ! -f "$BUILD_DIR/build.ninja" ]; then
        say "Configuring a Release build in $BUILD_DIR/"
        cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" "$@"
    fi
}

build() {
    say "Building"
    cmake --build "$BUILD_DIR" --parallel "$JOBS"
}

sample_board() {
    local sample="$BUILD_DIR/shop.seams"
    "$BUILD_DIR/bin/seams" new --sample shop --force "$sample" >/dev/null
    echo "$sample"
}

have_display() {
    [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]
}

command=${1:-run}
[ $# -gt 0 ] && shift

case "$command" in
deps)
    install_deps
    ;;
build)
    install_deps
    configure
    build
    ;;
run)
    install_deps
    configure
    build
    sample=$(sample_board)
    if have_display; then
        say "Opening $sample"
        exec "$BUILD_DIR/bin/seams" "$sample" "$@"
    fi
    say "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot open."
    cat <<TXT
Everything works headless too. Try:
  $BUILD_DIR/bin/seams info $sample
  $BUILD_DIR/bin/seams check $sample
  $BUILD_DIR/bin/seams export json $sample
  $BUILD_DIR/bin/seams help
Or see the window in a virtual display:
  xvfb-run -a $BUILD_DIR/bin/seams $sample
TXT
    ;;
test)
    install_deps
    configure
    build
    say "Running the test suite"
    # GUI tests need no display: they use the offscreen platform or start their own Xvfb.
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} \
        ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 600 -j "$JOBS" "$@"
    ;;
bench)
    install_deps "${BENCH_PACKAGES[@]}"
    configure
    build
    say "Running the benchmarks (not part of the test gate)"
    cmake --build "$BUILD_DIR" --target bench
    ;;
package)
    install_deps
    configure
    build
    say "Building the .deb"
    (cd "$BUILD_DIR" && cpack -G DEB)
    ;;
clean)
    rm -rf "$BUILD_DIR"
    ;;
*)
    echo "usage: $0 [run|test|build|bench|package|deps|clean]" >&2
    exit 2
    ;;
esac
