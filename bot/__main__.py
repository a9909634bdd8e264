"""`python -m bot` and the `mentorbot` command: the library patches first, then the CLI.

Start-up in order: the collector is held (start-up's objects live as long as the bot, and collections
while they are made walk them again and again), the library patches are installed (`bot/patches/`,
before anything imports aiogram), and then the CLI is imported and run. What the imports made is moved
to the collector's permanent generation (`bot.runners.keep_start_up` does so again just before the bot
takes updates, and `settle` turns the collector on again).
"""

from __future__ import annotations

import gc


def prepare() -> None:
    """The library patches, then the CLI's imports, with the collector held meanwhile and left as it
    was found."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        from bot import patches

        patches.install()
        import bot.cli  # noqa: F401  (aiogram, the dialogs, storage: what every command needs)
    finally:
        gc.collect()  # the imports' own garbage is not kept
        gc.freeze()
        if collecting:
            gc.enable()


def main() -> None:
    prepare()
    from bot.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
