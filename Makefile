# visits — the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED ?= ../shared
DEVSET := $(SHARED)/devset
INSTALLED := $(VENV)/.installed
# The test environment also has the optional stanza backend; torch is pinned to the CPU wheel on disk
# (an unpinned torch pulls 5 GB of CUDA).
TEST_INSTALLED := $(VENV)/.installed-test

.PHONY: run test eval bench lint gate models clean

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

$(TEST_INSTALLED): $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[dev,stanza]'
	touch $@

# Create the environment, install, and process data/raw into data/out.
run: $(INSTALLED)
	$(BIN)/visits run data/raw -o data/out

# The test suite (no network; devset tests run when $(DEVSET) exists).
test: $(TEST_INSTALLED)
	$(BIN)/python -m pytest

# Scores on the annotated devset.
eval: $(INSTALLED)
	@test -d $(DEVSET) || { echo "no devset at $(DEVSET)"; exit 1; }
	$(BIN)/visits evaluate $(DEVSET) -o data/eval

# The quality gate CI runs: fails when any score drops below tests/eval_floors.json.
gate: $(INSTALLED)
	@if [ -d $(DEVSET) ]; then $(BIN)/visits evaluate $(DEVSET) -o data/eval --floors tests/eval_floors.json; \
	else echo "no devset at $(DEVSET): gate skipped"; fi

# Throughput and memory: the devset (else data/raw) repeated to 1,000 articles, 2 workers.
bench: $(INSTALLED)
	$(BIN)/visits bench $$( [ -d $(DEVSET) ] && echo $(DEVSET) || echo data/raw ) -n 1000 --workers 2

# Retrain every shipped NER model from ../shared/corpora/ner (hours on 2 CPU cores; see models/*/MODEL_CARD.md).
models: $(INSTALLED)
	$(BIN)/python -m pip install --quiet -e '.[training]'
	$(BIN)/visits models train all --corpora $(SHARED)/corpora/ner --models models

lint: $(INSTALLED)
	$(BIN)/ruff check pipeline tests

clean:
	rm -rf $(VENV) data/out data/eval .pytest_cache
