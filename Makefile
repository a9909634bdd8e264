# Two commands: `make run` (the bot, or the local sandbox without BOT_TOKEN) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# pyproject.toml pins the direct dependencies, constraints.txt everything they pull in: a change to either
# installs again.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml constraints.txt | cksum | cut -d' ' -f1)

.PHONY: install run test test-unpatched lint bench browser constraints upgrade-check clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev,bench]"
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/mentorbot run

test: $(STAMP) browser
	$(BIN)/pytest

# The same suite with every library patch off (bot/patches/): the bot must work as the libraries ship.
test-unpatched: $(STAMP) browser
	LIBRARY_PATCHES=off $(BIN)/pytest --ignore=tests/benchmarks

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

# constraints.txt again from pyproject.toml alone, in a scratch virtualenv: after changing a pin.
constraints:
	$(PYTHON) tools/deps.py constraints

# The newest versions allowed (each pin read as a minimum) in .upgrade-venv: the table of what changed, then
# the suite as it is and with LIBRARY_PATCHES=off; fails if either run does.
upgrade-check: browser
	$(PYTHON) tools/deps.py upgrade-check

clean:
	rm -rf $(VENV) .upgrade-venv .pytest_cache .mypy_cache .ruff_cache
