# The two commands of the README: `make run` and `make test`. Both set everything up on a fresh
# Debian/Ubuntu machine that has Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
EXTRAS := dev,notebook,web,hub,bench

.PHONY: run run-web test venv clean bench stdlib-coverage

venv: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || { echo "python3 -m venv failed: install the python3-venv package (apt-get install python3-venv)"; exit 1; }
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[$(EXTRAS)]"
	$(VENV)/bin/mojito kernel install --sys-prefix
	$(VENV)/bin/mojito hub setup || echo "mojito hub setup: see above; the local sandbox needs bubblewrap and Node.js"
	@touch $(STAMP)

test: $(STAMP)
	$(PY) -m pytest

# The whole playground (Redis, website, JupyterHub, sandboxed notebooks) behind one origin,
# http://127.0.0.1:8000: `/` website, `/hub/` hub, `/user/NAME/` notebooks. Ctrl-C stops it all.
run: $(STAMP)
	-$(VENV)/bin/mojito run examples/hello.mojo
	$(VENV)/bin/mojito hub stack

# The website on http://127.0.0.1:8000 with the embedded defaults (SQLite in .mojito-data, the
# local Redis or a private redis-server); the first start prints the admin password once.
run-web: $(STAMP)
	$(VENV)/bin/mojito web serve --host 127.0.0.1 --port 8000 --start-redis

bench: $(STAMP)
	$(PY) bench/run.py

# How much of Mojo 1.2's std API (../shared/mojo-std-api/) exists here and is pinned by a test.
stdlib-coverage: $(STAMP)
	$(PY) tools/stdlib_coverage.py

clean:
	rm -rf $(VENV) build *.egg-info
