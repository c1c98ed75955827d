# The two commands of the quick start: `make demo` and `make test`.
# Each creates .venv and installs what it needs on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test lint schemas bench bench-pipeline bench-publish bench-chaos bench-happenings bench-geolocation clean browser

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/dyadwatch demo

# The dashboard test drives Debian's chromium (Playwright's own browser download is
# not possible here); install it when missing so the test runs instead of skipping.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "installing Debian's chromium for the dashboard test"; \
	  $(SUDO) apt-get update -qq && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# PYTHONFAULTHANDLER: a crash in a C extension (at exit too) prints every thread's stack.
test: $(STAMP) browser
	$(BIN)/ruff check .
	$(BIN)/python -m schemas.export --check
	PYTHONFAULTHANDLER=1 $(BIN)/pytest -ra

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

bench: $(STAMP)
	$(BIN)/python benchmarks/coder_throughput.py

bench-pipeline: $(STAMP)
	$(BIN)/python benchmarks/pipeline_throughput.py

bench-happenings: $(STAMP)
	$(BIN)/python benchmarks/pipeline_throughput.py --articles 5000 --workers 1 --latency-articles 200 --happenings on off

bench-geolocation: $(STAMP)
	$(BIN)/python benchmarks/pipeline_throughput.py --articles 5000 --workers 1 --latency-articles 200 --geolocate on off

bench-publish: $(STAMP)
	$(BIN)/python benchmarks/publish_paths.py

bench-chaos: $(STAMP)
	$(BIN)/python benchmarks/chaos.py

schemas: $(STAMP)
	$(BIN)/python -m schemas.export

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache *.egg-info
