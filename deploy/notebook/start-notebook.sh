#!/bin/sh
# Seed the workspace with the examples without ever overwriting the user's files, then start.
set -e
mkdir -p "$HOME/work/examples"
cp -rn /opt/mojito/examples/. "$HOME/work/examples/" 2>/dev/null || true
exec "$@"
