# Sourced by the benchmarks that start the workbench: what follows runs with the D-Bus session bus and the
# accessibility bus that every desktop session gives its programs (the display manager or systemd starts the
# session bus at login; the first program that asks starts the accessibility bus). A bare Xvfb has neither:
# GLib then starts a session bus of its own on the UI thread ("dbus-launch --autolaunch", four times in one
# start) and GTK's accessibility bridge waits for the accessibility bus to be started, ~1.3 s of a first
# start's window that a writer at a desktop never waits for (benchmark-startup.sh, four alternating pairs).
# Usage (at the top of a script, after set -eu):  . "$here/releng/scripts/desktop-session.sh"
# NOTA_DESKTOP_SESSION=none runs without them (to compare with a bare Xvfb).
# Needs: apt-get install dbus at-spi2-core (both come with GTK on a desktop).
if [ "${NOTA_DESKTOP_SESSION:-}" != none ]; then
  if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "$(basename "$0"): dbus-run-session is needed (apt-get install dbus)" >&2; exit 2; }
    exec dbus-run-session -- "$0" "$@"
  fi
  dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress >/dev/null 2>&1 \
    || echo "$(basename "$0"): no accessibility bus (apt-get install at-spi2-core); the start measures GTK's wait for it" >&2
fi
