# Shared by scripts/run and scripts/test: find Python, make sure the Debian/Ubuntu
# packages a command needs are present, and create or reuse .venv.
# shellcheck shell=bash

# Qt's xcb and wayland platform plugins and the X screensaver library (idle time).
RUNTIME_PACKAGES="libwayland-client0 libwayland-cursor0 libwayland-egl1 libegl1 libgl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3
  libx11-6 libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-glx0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-shm0
  libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 libxkbcommon0 libxkbcommon-x11-0
  libxss1 fonts-dejavu-core"
# A virtual desktop for the end-to-end tests: X server, window manager, tray
# hosts, a notification server, a session bus, and the desktop-file validators.
TEST_PACKAGES="xvfb x11-utils xdotool dbus dbus-bin dbus-x11 trayer openbox xfwm4 marco
  mate-settings-daemon-common muffin cinnamon-settings-daemon dunst
  haskell-gtk-sni-tray-utils imagemagick desktop-file-utils appstream at-spi2-core libpulse0
  libglib2.0-bin gsettings-desktop-schemas dconf-gsettings-backend
  python3-pyatspi gir1.2-atspi-2.0"
# Real Wayland compositors for tests/e2e/test_wayland.py, run headless: sway
# (with its tray, swaybar), KWin and GNOME Shell (both with Xwayland), a
# terminal for each (foot; weston's for KWin and GNOME), input and screenshot
# tools (wtype, grim; KDE's qdbus for KWin scripts).
WAYLAND_TEST_PACKAGES="sway foot wtype grim kwin-wayland qdbus-qt5 gnome-shell weston xwayland"

find_python() {
  local c
  for c in python3.13 python3.12 python3.11 python3; do
    if command -v "$c" >/dev/null 2>&1 &&
       "$c" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' 2>/dev/null; then
      command -v "$c"
      return 0
    fi
  done
  echo "psoas-desk needs Python 3.11 or newer (apt-get install python3)." >&2
  return 1
}

# ensure_packages PKG...: install missing Debian packages when root, otherwise
# stop with the exact command to run.
ensure_packages() {
  command -v dpkg-query >/dev/null 2>&1 || {
    echo "note: not a Debian/Ubuntu system; make sure the equivalents of: $*" >&2
    return 0
  }
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing system packages: ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
  else
    echo "Some system packages are missing. Run this once, then try again:" >&2
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
}

# ensure_venv EXTRA: create or reuse .venv and install the package (editable)
# with the given extra ("" for none). Reinstalls only when pyproject.toml changed.
ensure_venv() {
  local extra=$1 py stamp want
  if [ ! -x .venv/bin/python ]; then
    py=$(find_python)
    if ! "$py" -m venv .venv >/dev/null 2>&1; then
      rm -rf .venv
      local v
      v=$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
      ensure_packages "python$v-venv"
      "$py" -m venv .venv
    fi
  fi
  stamp=.venv/.psoas-desk-installed
  want="$(sha256sum pyproject.toml | cut -d' ' -f1) $extra"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    export PIP_DISABLE_PIP_VERSION_CHECK=1
    # pip and the build backend talk a lot (setuptools prints an "Editable
    # installation" notice on every editable build); that goes to a log, and
    # the terminal gets one line, or the log's end if something failed.
    local log=.venv/install.log target=.
    [ -n "$extra" ] && target=".[$extra]"
    echo "Installing psoas-desk and its Python packages into .venv (a minute or two the first time)..." >&2
    if ! { .venv/bin/python -m pip install -q --upgrade pip &&
           .venv/bin/python -m pip install -q -e "$target"; } >"$log" 2>&1; then
      tail -n 40 "$log" >&2
      echo "Installing into .venv failed; the whole output is in $log" >&2
      return 1
    fi
    echo "$want" >"$stamp"
  fi
}
