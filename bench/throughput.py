"""Update throughput: N simulated people onboard (/start, pick a language, agree) against
Firstport, and the same traffic against a bare PTB echo bot, on the same simulator, in one
run. Prints updates/s for both, their ratio, and p95 time per update (send -> first reply).

    python bench/throughput.py [--users 200] [--json bench/results/latest.json]

This is a benchmark, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import ApplicationBuilder, CallbackQueryHandler, MessageHandler, filters

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import Runtime
from bot.polling import Poller
from bot.settings import Settings
from bot.simulator import BotApiSimulator

TOKEN = "999:benchmark-token-abcdefghijklmnop"
TRACE_MEMORY = False  # set by --memory: tracemalloc slows everything down


async def wait_for(user: Any, count: int, limit: float = 30.0) -> float:
    """Wait until the user's chat has `count` bot messages; return the time it happened."""
    deadline = time.perf_counter() + limit
    while len(user.inbox) < count:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"user {user.id}: {len(user.inbox)} of {count} messages")
        await asyncio.sleep(0.002)
    return time.perf_counter()


async def drive(sim: BotApiSimulator, users: int, first_id: int, firstport: bool) -> dict:
    """Each person: /start, press the first language, press the first (agree) button."""
    latencies: list[float] = []

    async def person(i: int) -> None:
        user = sim.user(first_id + i, first_name=f"P{i}", language_code="ar")
        seen = len(user.inbox)
        t0 = time.perf_counter()
        await user.send("/start")
        latencies.append(await wait_for(user, seen + 1) - t0)
        for _ in range(2):
            seen = len(user.inbox)
            t0 = time.perf_counter()
            if firstport:
                await user.press_data(
                    user.last["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
                    message_id=user.last["message_id"],
                )
            else:
                await user.press_data("echo", message_id=user.last["message_id"])
            latencies.append(await wait_for(user, seen + 1) - t0)

    start = time.perf_counter()
    await asyncio.gather(*(person(i) for i in range(users)))
    elapsed = time.perf_counter() - start
    updates = users * 3
    latencies.sort()
    return {
        "updates": updates,
        "seconds": round(elapsed, 3),
        "updates_per_second": round(updates / elapsed, 1),
        "p95_ms": round(latencies[int(0.95 * (len(latencies) - 1))] * 1000, 1),
        "median_ms": round(statistics.median(latencies) * 1000, 1),
    }


async def echo_bot(sim: BotApiSimulator) -> tuple[Any, Poller]:
    """A bare PTB bot: echo text with one button, answer presses with a new message."""
    app = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(sim.base_url)
        .updater(None)
        .concurrent_updates(256)
        .build()
    )

    async def echo(update: Update, _context: Any) -> None:
        from telegram import InlineKeyboardButton, InlineKeyboardMarkup

        assert update.effective_chat is not None
        await update.effective_chat.send_message(
            "echo",
            reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="x")]]),
        )

    async def press(update: Update, _context: Any) -> None:
        assert update.callback_query is not None
        assert update.effective_chat is not None
        await update.callback_query.answer()
        await update.effective_chat.send_message("pressed")

    app.add_handler(MessageHandler(filters.ALL, echo))
    app.add_handler(CallbackQueryHandler(press))
    await app.initialize()
    await app.start()
    poller = Poller(app, timeout=1)
    await poller.start()
    return app, poller


async def main(users: int, out: Path | None) -> dict:
    results: dict[str, Any] = {"users": users}
    async with BotApiSimulator(token=TOKEN) as sim:
        app, poller = await echo_bot(sim)
        await drive(sim, min(20, users), 10_000_000, firstport=False)  # warm-up
        results["echo"] = await drive(sim, users, 1_000_000, firstport=False)
        await poller.stop()
        await app.stop()
        await app.shutdown()

        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                token=TOKEN,
                api_url=sim.api_root,
                database_path=Path(tmp) / "bench.sqlite3",
                log_level="WARNING",
            )
            runtime = Runtime(settings, rate_limiter=False, poll_timeout=1)
            if TRACE_MEMORY:
                tracemalloc.start()
            await runtime.start()
            await drive(sim, min(20, users), 20_000_000, firstport=True)  # warm-up
            results["firstport"] = await drive(sim, users, 2_000_000, firstport=True)
            if TRACE_MEMORY:
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
                results["firstport"]["peak_python_memory_mb"] = round(peak / 2**20, 1)
            await runtime.stop()
    results["ratio_firstport_to_echo"] = round(
        results["firstport"]["updates_per_second"] / results["echo"]["updates_per_second"], 3
    )
    print(json.dumps(results, indent=2))
    if out:
        await asyncio.to_thread(_write, out, results)
    return results


def _write(out: Path, results: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--memory", action="store_true", help="also trace peak Python memory")
    args = parser.parse_args()
    TRACE_MEMORY = args.memory
    asyncio.run(main(args.users, args.json))
