# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

.PHONY: run test bench lint clean postgres

$(PY):
	@echo "pollwatch: creating a virtual environment in $(VENV) …"
	$(PYTHON) -m venv $(VENV)
	@echo "pollwatch: upgrading pip …"
	$(PY) -m pip install --quiet --upgrade pip

# Re-install only when the project's metadata changes.
$(VENV)/.installed-run: pyproject.toml | $(PY)
	@echo "pollwatch: installing pollwatch and its dependencies into $(VENV) (the first time takes a minute or two) …"
	$(PY) -m pip install --quiet --progress-bar off -e .
	@touch $@
	@echo "pollwatch: installed; \`$(BIN)/pollwatch --help\` lists the commands"

$(VENV)/.installed-test: pyproject.toml | $(PY)
	@echo "pollwatch: installing pollwatch with its test tools into $(VENV) (the first time takes a minute or two) …"
	$(PY) -m pip install --quiet --progress-bar off -e '.[test]'
	@touch $@ $(VENV)/.installed-run
	@echo "pollwatch: installed with the test tools"

run: $(VENV)/.installed-run
	$(BIN)/pollwatch run

# The tests start their own throwaway PostgreSQL server: they need its programs (initdb, pg_ctl), which the
# distribution's postgresql package brings. Installed here when missing (as root; else say what to run).
postgres:
	@if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || \
	    { command -v pg_config >/dev/null && test -x "$$(pg_config --bindir)/initdb"; }; then :; \
	elif [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null; \
	else echo "the tests need PostgreSQL's server programs: sudo apt-get install -y postgresql" >&2; exit 1; fi

test: $(VENV)/.installed-test postgres
	$(PY) -m pytest -q

bench: $(VENV)/.installed-test postgres
	$(PY) -m bench

lint: $(VENV)/.installed-test
	$(BIN)/ruff check bot adapters tests bench
	$(BIN)/ruff format --check bot adapters tests bench
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
