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
    directory = sub.add_parser("directory", help="import or export Open Referral UK data")
    dsub = directory.add_subparsers(dest="directory_command", required=True)
    imp = dsub.add_parser("import", help="merge an ORUK/HSDS 3.0 /services export by id")
    imp.add_argument("file", type=Path)
    imp.add_argument("--area", default="national", choices=["national", "newcastle", "leeds"])
    imp.add_argument("--source", default=None, help="where the file came from (default: its name)")
    imp.add_argument("--assured-by", default="Imported ORUK data (not checked by Firstport)")
    imp.add_argument("--dry-run", action="store_true", help="validate and report, write nothing")
    exp = dsub.add_parser("export", help="write our data as an ORUK/HSDS 3.0 /services page")
    exp.add_argument("--out", type=Path, default=None, help="file to write (default: stdout)")
    flows = sub.add_parser("flows", help="show the triage flows")
    flows.add_argument("--mermaid", action="store_true", help="print Mermaid diagrams")
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

    if command == "directory":
        from bot.directory_cli import run_directory

        return run_directory(args)

    if command == "flows":
        from bot.i18n import Localizer, project_root
        from bot.triage.mermaid import all_diagrams
        from bot.triage.model import FlowError, load_flows

        try:
            flows = load_flows(project_root() / "flows")
        except FlowError as exc:
            print(exc, file=sys.stderr)
            return EXIT_CHECK_FAILED
        if args.mermaid:
            print(all_diagrams(flows, Localizer()))
        else:
            for flow in flows.values():
                print(f"{flow.id}: {len(flow.nodes)} nodes, {len(flow.paths())} paths")
        return EXIT_OK

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
