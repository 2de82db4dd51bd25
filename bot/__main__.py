"""Command line: `python -m bot [run|chat|check]`.

`python -m bot` with no command runs the bot if TELEGRAM_BOT_TOKEN is set, and otherwise
starts the local terminal chat on the embedded simulator.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import sys
from pathlib import Path

from bot.settings import SettingsError, load_settings

EXIT_OK = 0
EXIT_CHECK_FAILED = 1
EXIT_SETTINGS = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Firstport Telegram bot")
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="run the bot (long polling, or a webhook if WEBHOOK_URL is set)")
    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no token needed)")
    chat.add_argument("--lang", default=None, help="Telegram language_code of the simulated user")
    chat.add_argument("--db", type=Path, default=None, help="keep state in this SQLite file")
    sub.add_parser("check", help="validate locales, flows and the directory")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    command = args.command
    if command is None:
        try:
            has_token = load_settings(require_token=False).token is not None
        except SettingsError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return EXIT_SETTINGS
        command = "run" if has_token else "chat"
        if command == "chat":
            print("No TELEGRAM_BOT_TOKEN set: starting the local terminal chat.", file=sys.stderr)
            args.lang, args.db = None, None

    if command == "check":
        from bot.checks import run_all

        report = run_all()
        for line in report.warnings:
            print(line)
        for line in report.errors:
            print(line, file=sys.stderr)
        if report.ok:
            print(f"check: ok ({len(report.warnings)} warnings)")
            return EXIT_OK
        print(f"check: {len(report.errors)} problems", file=sys.stderr)
        return EXIT_CHECK_FAILED

    if command == "chat":
        from bot.terminal import run_chat

        logging.basicConfig(level=logging.WARNING)
        return asyncio.run(run_chat(args.lang, args.db))

    try:
        settings = load_settings()
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_SETTINGS
    from bot.app import serve_forever
    from bot.logs import setup_logging

    setup_logging(settings.log_level, settings.token)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve_forever(settings))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
