# jobsift — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test install bench clean help

help:
	@echo "make demo   - install into $(VENV), crawl the bundled demo site, write data/jobsift.db + data/exports/*.csv"
	@echo "make test   - install into $(VENV) and run the whole test suite"
	@echo "make bench  - benchmarks (not part of make test)"
	@echo "make clean  - remove $(VENV), data/ and caches"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/jobsift demo

# The extraction guard: thresholds a little under the figures in docs/extraction.md, so a change
# that makes extraction worse fails here.
EVAL_THRESHOLDS ?= --min-text-f1 0.98 --max-leaks 2 --min-responsibilities-f1 0.97 \
                   --min-skills-f1 0.95 --min-salary-f1 0.97 --min-date-accuracy 0.95 \
                   --min-role-accuracy 0.97

test: $(STAMP)
	$(BIN)/jobsift eval tests/gold $(EVAL_THRESHOLDS)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

clean:
	rm -rf $(VENV) data .pytest_cache .hypothesis build *.egg-info
