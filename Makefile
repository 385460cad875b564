# Passerelle — the two commands a new developer needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
# Links in e-mails, certificates, QR codes and the sitemap name this address.
SITE_URL ?= http://$(HOST):$(PORT)

.PHONY: run test lint format install install-dev migrate demo worker messages screenshots clean

$(VENV)/bin/python:
	$(PYTHON) -c 'import sys; sys.exit("Passerelle needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(VENV)/bin/python
	$(PIP) install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	SITE_URL='$(SITE_URL)' $(PY) manage.py load_demo

## Serve the demo site on http://$(HOST):$(PORT) with a background-task worker beside it
## (another port: `PORT=8101 make run`; TASKS_LOG_LEVEL=INFO shows each task the worker runs).
run: demo
	@echo "Starting the task worker and the web server on $(SITE_URL)/ (Ctrl-C stops both)"
	@trap 'kill 0' INT TERM EXIT; export SITE_URL='$(SITE_URL)'; \
	COORDINATOR_REQUIRE_MFA=$${COORDINATOR_REQUIRE_MFA:-0} $(PY) manage.py db_worker --interval 1 & \
	COORDINATOR_REQUIRE_MFA=$${COORDINATOR_REQUIRE_MFA:-0} $(PY) manage.py runserver $(HOST):$(PORT)

worker: install
	$(PY) manage.py db_worker

## Run the whole test suite: SQLite by default, PostgreSQL when DATABASE_URL is set.
test: install-dev
	$(VENV)/bin/pytest $(PYTEST_ARGS)

## Every page of every role in en, fr, pt and km at 1280 and 390 px, into var/screenshots/.
screenshots: install-dev
	$(VENV)/bin/pytest tests/browser/screenshots.py -p no:randomly -q

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

## Refresh the translation catalogues (needs GNU gettext).
messages: install
	$(PY) manage.py makemessages -l fr -l pt -l km --ignore=.venv --ignore=staticfiles --ignore=var --ignore=bench
	$(PY) manage.py compilemessages --ignore=.venv

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache staticfiles var
