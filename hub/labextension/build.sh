#!/bin/sh
# Rebuilds the prebuilt extension in hub/labextensions/@mojito/lab (committed: the notebook image
# and `make run` need no Node for it). Needs npm and the venv's JupyterLab:
#   cd hub/labextension && npm ci && ./build.sh
set -e
cd "$(dirname "$0")"
PY="${PYTHON:-../../.venv/bin/python}"
CORE="$("$PY" -c 'import jupyterlab, os; print(os.path.join(os.path.dirname(jupyterlab.__file__), "staging"))')"
node node_modules/@jupyterlab/builder/lib/build-labextension.js --core-path "$CORE" .
