"""`python -m bot chat`: the whole bot and the Bot API simulator in one process, in a terminal.

Bot messages are printed with their buttons numbered; typing a number presses that button on
the newest message that has buttons, and any other line is sent as a text message. With piped
stdin it handles one line at a time, waits until the bot is idle, and exits at EOF.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path
from typing import Any, TextIO

from bot.app import Runtime
from bot.settings import Settings
from bot.simulator import BotApiSimulator

LOCAL_TOKEN = "1000000001:local-terminal-chat-simulated-token"
CHAT_USER_ID = 424242


def _buttons(message: dict[str, Any]) -> list[list[dict[str, Any]]]:
    markup = message.get("reply_markup") or {}
    return markup.get("inline_keyboard") or []


def render(message: dict[str, Any]) -> str:
    """A bot message as terminal text, buttons numbered from 1."""
    lines: list[str] = []
    body = message.get("text") or message.get("caption") or ""
    document = message.get("document")
    if document:
        lines.append(
            f"📎 {document.get('file_name', 'file')} ({document.get('file_size', 0)} bytes)"
        )
    if body:
        lines.append(body)
    number = 0
    for row in _buttons(message):
        cells = []
        for button in row:
            number += 1
            cells.append(f"[{number}] {button.get('text', '')}")
        lines.append("   ".join(cells))
    return "\n".join(lines)


class TerminalChat:
    """Drives one simulated person against the real bot."""

    def __init__(self, language_code: str | None, database: Path, out: TextIO) -> None:
        self.language_code = language_code
        self.database = database
        self.out = out
        self.sim = BotApiSimulator(token=LOCAL_TOKEN)
        self.runtime: Runtime | None = None
        self.user: Any = None
        self.shown = 0

    async def start(self) -> None:
        """Start the simulator, then the bot pointed at it."""
        await self.sim.start()
        settings = Settings(
            token=LOCAL_TOKEN,
            api_url=self.sim.api_root,
            database_path=self.database,
            log_level="WARNING",
        )
        self.runtime = Runtime(settings, rate_limiter=False, poll_timeout=1)
        await self.runtime.start()
        self.sim.add_idle_check(self.runtime.idle)
        self.user = self.sim.user(CHAT_USER_ID, first_name="You", language_code=self.language_code)

    async def stop(self) -> None:
        """Stop the bot and the simulator."""
        if self.runtime is not None:
            await self.runtime.stop()
        await self.sim.stop()

    def _keyboard_message(self) -> dict[str, Any] | None:
        for message in reversed(self.user.inbox):
            if _buttons(message):
                return message
        return None

    async def handle(self, line: str) -> None:
        """One line of input: a number presses a button, anything else is sent as text."""
        line = line.rstrip("\r\n")
        if not line.strip():
            return
        target = self._keyboard_message()
        if line.strip().isdigit() and target is not None:
            flat = [b for row in _buttons(target) for b in row]
            index = int(line.strip()) - 1
            if 0 <= index < len(flat) and "callback_data" in flat[index]:
                await self.user.press_data(
                    flat[index]["callback_data"], message_id=target["message_id"]
                )
            elif 0 <= index < len(flat) and "url" in flat[index]:
                self.out.write(f"(a phone would open {flat[index]['url']})\n")
                return
            else:
                self.out.write(f"(no button {line.strip()})\n")
                return
        else:
            await self.user.send(line)
        await self.sim.wait_idle(timeout=15.0, quiet=0.1)
        self.flush()

    def flush(self) -> None:
        """Print bot messages not shown yet."""
        inbox = self.user.inbox
        for message in inbox[self.shown :]:
            self.out.write(render(message) + "\n\n")
        self.shown = len(inbox)
        self.out.flush()


async def run_chat(language_code: str | None, database: Path | None) -> int:
    """Run the terminal chat until EOF (Ctrl-D)."""
    interactive = sys.stdin.isatty()
    with tempfile.TemporaryDirectory(prefix="firstport-chat-") as tmp:
        chat = TerminalChat(language_code, database or Path(tmp) / "chat.sqlite3", sys.stdout)
        await chat.start()
        if interactive:
            sys.stdout.write(
                "Firstport local chat (simulated Telegram, no token needed).\n"
                "Type a message, or a button's number to press it. Ctrl-D quits.\n"
                "Start with /start\n\n"
            )
            sys.stdout.flush()
        loop = asyncio.get_running_loop()
        try:
            while True:
                if interactive:
                    sys.stdout.write("> ")
                    sys.stdout.flush()
                line = await loop.run_in_executor(None, sys.stdin.readline)
                if not line:
                    break
                await chat.handle(line)
        finally:
            await chat.stop()
    return 0
