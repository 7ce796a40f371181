# One target per habit. `make export` and `make test` each set up .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup export test lint evaluate bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)

export: $(STAMP)
	$(BIN)/kg build seeds --out exports --no-cache

test: $(STAMP) test-deps
	$(BIN)/ruff check kg tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q -n auto

# What the external tests drive: Debian's chromium (graph.html) and Gephi Lite's npm loaders
# (graphology-graphml/-gexf). Quick when present; a failure only makes those tests skip.
GRAPHOLOGY := .cache/npm-graphology
GRAPHOLOGY_PKGS := graphology@0.26.0 graphology-graphml@0.5.2 graphology-gexf@0.13.2

.PHONY: test-deps
test-deps:
	@if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "test-deps: installing Debian's chromium"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	      >/dev/null 2>&1 || echo "test-deps: chromium install failed; its test will skip"; \
	  else echo "test-deps: no chromium and not root; the browser test will skip"; fi; \
	fi
	@if [ "$$(cat $(GRAPHOLOGY)/.installed 2>/dev/null)" != "$(GRAPHOLOGY_PKGS)" ]; then \
	  if command -v npm >/dev/null 2>&1; then \
	    echo "test-deps: npm install $(GRAPHOLOGY_PKGS)"; \
	    mkdir -p $(GRAPHOLOGY) && timeout 300 npm install --silent --no-audit --no-fund \
	      --no-save --no-package-lock --fetch-retries=1 --prefix $(GRAPHOLOGY) \
	      $(GRAPHOLOGY_PKGS) && echo "$(GRAPHOLOGY_PKGS)" > $(GRAPHOLOGY)/.installed \
	      || echo "test-deps: npm install failed; the graphology test will skip"; \
	  else echo "test-deps: no npm; the graphology test will skip"; fi; \
	fi

evaluate: $(STAMP)
	$(BIN)/kg evaluate

bench: $(STAMP)
	$(BIN)/python bench/bench_build.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
