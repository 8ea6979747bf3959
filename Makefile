# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: demo test install lint check pytest messages serve clean

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/activate
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

install: $(VENV)/.installed

# Full URLs (feeds, permalinks, emails) point at the address the demo is served on.
demo: export WAGTAILADMIN_BASE_URL = http://127.0.0.1:$(PORT)
demo: install
	$(MANAGE) migrate --noinput
	$(MANAGE) seed_demo
	$(MANAGE) search_index --rebuild
	@echo "Serving on http://127.0.0.1:$(PORT)/ (Ctrl+C to stop)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/hadolint Dockerfile

check: install
	DJANGO_SETTINGS_MODULE=cdp_site.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cdp_site.settings.test $(MANAGE) makemigrations --check --dry-run

# Compile the UI catalogues when gettext is on the machine; the compiled files are in the
# repository too, so a machine without gettext still serves the translated interface.
messages: install
	@if command -v msgfmt >/dev/null 2>&1; then \
		DJANGO_SETTINGS_MODULE=cdp_site.settings.test $(MANAGE) compilemessages --ignore=.venv -v 0; \
	else echo "msgfmt not found: using the compiled catalogues in locale/"; fi

# The suite runs on PYTEST_WORKERS processes (pytest-xdist; a module stays on one process, so
# that its fixtures are built once). The browser tests flush the database between tests, so
# they run afterwards, in one process.
PYTEST_WORKERS ?= auto
pytest: install
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadscope --ignore=tests/browser
	$(BIN)/pytest tests/browser

test: lint check messages pytest

clean:
	rm -rf $(VENV) var/db.sqlite3* static .pytest_cache .ruff_cache
