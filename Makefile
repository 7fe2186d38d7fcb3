# Everything runs from a project-local .venv and tools/node_modules; nothing is installed globally.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# .venv with pakat alone (make demo), then with its development tools (everything else).
BASE_STAMP := $(VENV)/.pakat-installed
STAMP := $(VENV)/.installed
NODE_STAMP := tools/node_modules/.installed
# The peer clients' Python side (mailwizz-python-sdk), kept out of .venv: see tests/peers/.
PEERS_VENV := .venv-peers
PEERS_STAMP := $(PEERS_VENV)/.installed
# The generators and compilers of clients/ (tests/clients/): Node packages, and Java and Go.
CLIENTS_STAMP := clients/node_modules/.installed
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: install toolchains test lint generate check-generated pytest demo demo-django bench dist docs browser-check clean

install: $(STAMP) $(NODE_STAMP) $(PEERS_STAMP) $(CLIENTS_STAMP) toolchains

$(BASE_STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e .
	touch $@

$(STAMP): $(BASE_STAMP)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $@

$(NODE_STAMP): tools/package.json tools/package-lock.json
	npm ci --prefix tools --no-audit --no-fund --loglevel=error
	touch $@

$(PEERS_STAMP): tests/peers/requirements.txt
	test -x $(PEERS_VENV)/bin/python || $(PYTHON) -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r tests/peers/requirements.txt
	touch $@

$(CLIENTS_STAMP): clients/package.json clients/package-lock.json
	npm ci --prefix clients --no-audit --no-fund --loglevel=error
	touch $@

# openapi-generator (from the dev extra) runs on Java; the Go client builds with Go. Either one
# missing is installed from Debian's archive (as root, or through sudo); when both are there
# this does nothing.
toolchains:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v go >/dev/null 2>&1 || missing="$$missing golang-go"; \
	if [ -n "$$missing" ]; then \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "install$$missing (Java 11+ and Go 1.19+): tests/clients needs them" >&2; exit 1; \
		fi; \
		if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
		echo "apt-get install$$missing"; \
		$$sudo apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq --no-install-recommends $$missing; \
	fi

test: install lint check-generated pytest

pytest: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check pakat scripts tests examples benchmarks docs/conf.py docs/_ext
	$(VENV)/bin/ruff format --check pakat scripts tests examples benchmarks docs/conf.py docs/_ext
	$(VENV)/bin/mypy pakat

generate: install
	$(PY) scripts/regenerate.py
	$(PY) scripts/unasync.py

check-generated: install
	$(PY) scripts/regenerate.py --check
	$(PY) scripts/unasync.py --check

# Pure Python: pakat alone in .venv, no Node.js and no development tools.
demo: $(BASE_STAMP)
	$(PY) examples/quickstart.py

# The example shop (examples/django_shop) sends a receipt through pakat.django to an offline sandbox;
# `manage.py send_receipt EMAIL` without --sandbox sends it to the account of PAKAT_API_KEY.
demo-django: $(STAMP)
	$(PY) examples/django_shop/manage.py send_receipt ali@example.com --sandbox

# Figures and targets of the performance issue; writes benchmarks/RESULTS.md. Makes its own
# benchmarks/.venv (mailwizz-python-sdk, pakat from a wheel) on first use.
bench: install
	$(PY) -m benchmarks

# The release: sdist and wheel (the wheel built from the sdist, so the sdist is proven whole) in
# dist/, checked as PyPI would check them. Install with pip install dist/pakat-*.whl.
dist: $(STAMP)
	rm -rf dist
	$(PY) -m build --outdir dist .
	$(VENV)/bin/twine check --strict dist/*

# The documentation site, built strictly (warnings are errors) with every internal link checked,
# into site/ (open site/index.html). `make test` builds it too (tests/docs/), into a temporary folder.
docs: install
	$(PY) scripts/docs.py site

# Screenshots of the built site in headless Chromium (Debian's package, installed here if missing)
# at desktop and phone widths, into /tmp/pakat-docs-shots/: not part of `make test`.
browser-check: docs
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium)
	$(PY) scripts/browser_check.py site /tmp/pakat-docs-shots

clean:
	rm -rf site dist build $(VENV) $(PEERS_VENV) benchmarks/.venv tools/node_modules .mypy_cache .ruff_cache .pytest_cache .hypothesis
	rm -rf clients/node_modules clients/.cache clients/*/generated clients/*/build
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
