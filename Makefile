# Two entry points for a newcomer: `make demo` and `make test`. Both create .venv themselves.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# optional mypyc build (see setup.py), in a venv of its own so the checkout never holds compiled modules
VENVC := .venv-compiled
SEED := ../shared/examples/seed/article.txt

.PHONY: demo test setup lint bench clean compiled bench-compiled test-compiled

$(BIN)/marsad: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/marsad

setup: $(BIN)/marsad

demo: setup
	$(BIN)/marsad extract examples/report-deir-ez-zor.txt --published 2017-11-03 --outlet "Marsad example" --format jsonl
	@if [ -f $(SEED) ]; then \
		echo "--- seed report ($(SEED)) ---"; \
		$(BIN)/marsad extract $(SEED) --published 2017-10-29 --outlet "Euphrates Post" --format csv; \
	fi

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/marsad data lint

test: lint
	$(BIN)/pytest -q

bench: setup
	$(BIN)/python benchmarks/bench_extract.py

$(VENVC)/bin/marsad: pyproject.toml setup.py $(shell find src/marsad -name '*.py')
	$(PYTHON) -m venv $(VENVC)
	$(VENVC)/bin/pip install --quiet --upgrade pip 'setuptools>=77' wheel 'mypy>=1.10'
	rm -rf build  # a stale build/ would hand pip compiled modules of sources since changed or dropped
	MARSAD_COMPILE=1 $(VENVC)/bin/pip install --quiet --no-build-isolation '.[dev]'
	touch $(VENVC)/bin/marsad

compiled: $(VENVC)/bin/marsad

bench-compiled: compiled
	$(VENVC)/bin/python benchmarks/bench_extract.py

test-compiled: compiled
	$(VENVC)/bin/pytest -q

clean:
	rm -rf $(VENV) $(VENVC) build *.egg-info src/*.egg-info .mypy_cache .pytest_cache .ruff_cache
