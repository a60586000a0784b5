# quizapp — the whole set-up is `make run` (serve on 127.0.0.1:5000) and `make test` (the whole suite).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export QUIZAPP_ENV ?= development
export FLASK_APP := quizapp

.PHONY: run test lint bench install translations clean help

help:
	@echo "make run    install into .venv, prepare the database and the bank, serve on http://127.0.0.1:5000"
	@echo "make test   install and run the whole test suite (browser tests included)"
	@echo "make lint   ruff"
	@echo "make bench  benchmarks (math grading, code runners, adaptive engine, shipped bank, level stop, PDF, staff pages)"

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "quizapp needs Python >= 3.11"' \
	  || { echo "error: Python >= 3.11 is required (found $$($(PYTHON) --version 2>&1))" >&2; exit 1; }
	@$(PYTHON) -m venv $(VENV) \
	  || { echo "error: cannot create a virtualenv; on Debian/Ubuntu: sudo apt-get install python3-venv" >&2; exit 1; }

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,dev]'
	$(BIN)/pybabel compile -d quizapp/translations >/dev/null
	@touch $(STAMP)

install: $(STAMP)

# Compiled again whenever the French catalogue changes (the .mo is not committed).
MO := quizapp/translations/fr/LC_MESSAGES/messages.mo
$(MO): quizapp/translations/fr/LC_MESSAGES/messages.po $(STAMP)
	$(BIN)/pybabel compile -d quizapp/translations >/dev/null

translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _l -k lazy_gettext -k N_ -o quizapp/translations/messages.pot .
	$(BIN)/pybabel update -N -i quizapp/translations/messages.pot -d quizapp/translations
	$(BIN)/pybabel compile -d quizapp/translations >/dev/null

run: $(STAMP) $(MO)
	$(BIN)/flask setup
	@echo ""
	@echo "quizapp is serving on http://127.0.0.1:5000  (demo accounts: see README.md; password demo-password)"
	$(BIN)/flask run --host 127.0.0.1 --port 5000

test: $(STAMP) $(MO)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check quizapp graders tests bench scripts

bench: $(STAMP)
	$(BIN)/python bench/stack_answertests.py
	$(BIN)/python bench/runner.py
	$(BIN)/python bench/adaptive_sim.py
	$(BIN)/python bench/shipped_bank.py
	$(BIN)/python bench/level_stop.py
	$(BIN)/python bench/pdf.py
	$(BIN)/python bench/review.py

clean:
	rm -rf $(VENV) instance .pytest_cache
