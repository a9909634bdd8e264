# Two commands: `make run` (the bot, or the local sandbox without BOT_TOKEN) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install run test lint bench browser clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev,bench]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/mentorbot run

test: $(STAMP) browser
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Benchmarks against the sandbox Bot API server; writes benchmarks/RESULTS.md (see the README).
bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# Debian's Chromium (and an emoji font) for the browser suite; Playwright drives it and never downloads one.
browser:
	@{ command -v chromium >/dev/null 2>&1 && [ -d /usr/share/fonts/truetype/noto ]; } || { \
		if [ "$$(id -u)" = "0" ]; then \
			(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-color-emoji >/dev/null) \
			|| echo "could not install chromium: the browser tests will be skipped"; \
		else echo "chromium is not installed and this is not root: the browser tests will be skipped"; fi; }

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
