"""Broadcast benchmark: one free-text broadcast to 10,000 people through the simulator with
Telegram's limits on (30 messages/s overall, 1/s per chat, 20/min per group), sent at the
configured BROADCAST_RATE (default 25/s). Reports the achieved rate against that limit, lost
and duplicated copies, the share of 429 answers, the wall time and the peak RSS.

    python bench/broadcast.py [--people 10000] [--rate 25] [--json bench/results/broadcast.json]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot import broadcast as bc
from bot.app import Runtime
from bot.outbox import Pacing
from bot.settings import Settings
from bot.simulator import BotApiSimulator

TOKEN = "997:broadcast-benchmark-token-abcdefghij"
STAFF = -1000000000778
FIRST = 100_000


async def main(people: int, rate: float, out: Path | None) -> dict:
    pacing = Pacing(
        per_chat_rate=1.0,
        per_chat_burst=3,
        overall_rate=rate,
        group_per_minute=20,
        parallel=32,
        broadcast_rate=rate,
    )
    async with BotApiSimulator(token=TOKEN) as sim:
        sim.record_requests = True
        admin = sim.user(1, language_code="en")
        group = sim.group(STAFF, title="Staff", type="supergroup", is_forum=True)
        await group.add_bot(by=admin, admin=True, can_manage_topics=True)
        sim.limits.flood = True  # Telegram's limits, enforced by the simulator
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                token=TOKEN,
                api_url=sim.api_root,
                staff_chat_id=STAFF,
                admin_ids=frozenset({1}),
                log_level="WARNING",
                database_path=Path(tmp) / "broadcast.sqlite3",
                broadcast_approval_threshold=people + 1,
                broadcast_rate=rate,
            )
            runtime = Runtime(settings, rate_limiter=False, poll_timeout=1, pacing=pacing)
            await runtime.start()
            services = runtime.services
            assert services is not None
            ids = range(FIRST, FIRST + people)
            locales = ("en", "ar", "fa", "fr", "so", "ti")
            now = services.clock.now().isoformat(timespec="seconds")
            async with services.db.transaction():
                await services.db.conn.executemany(
                    "INSERT INTO users (user_id, locale, consent_version, consent_at,"
                    " created_at, last_seen_at) VALUES (?, ?, 1, ?, ?, ?)",
                    [(uid, locales[uid % len(locales)], now, now, now) for uid in ids],
                )
            for uid in ids:
                sim.user(uid, language_code="en")
            b = await bc.create(services, 1, 1)
            await bc.update(services, b.id, kind="text", missing="english")
            await bc.set_version(services, b.id, "en", "Benchmark notice", 1)
            await bc.mark_previewed(services, b.id)
            before = len(sim.requests)
            start = time.monotonic()
            assert await bc.request_send(services, (await bc.get(services, b.id))) == "started"
            first_sent = None
            while True:
                await asyncio.sleep(0.5)
                c = await bc.counts(services, b.id)
                if first_sent is None and c.get("sent"):
                    first_sent = time.monotonic()
                if c.get("queued", 0) == 0:
                    break
            wall = time.monotonic() - start
            await bc.tick(services, force=True)
            await sim.wait_idle(timeout=30)
            received = [
                sum(1 for m in sim.chat_log(uid) if "Benchmark notice" in m["text"]) for uid in ids
            ]
            sends = [
                r for r in sim.requests[before:] if r.method == "sendMessage"
                and int(r.params.get("chat_id", 0)) >= FIRST
            ]  # fmt: skip
            too_many = sum(1 for r in sends if r.status == 429)
            await runtime.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    results = {
        "people": people,
        "configured_rate": rate,
        "achieved_rate": round(people / wall, 2),
        "ratio": round(people / wall / rate, 3),
        "wall_seconds": round(wall, 1),
        "lost": sum(1 for n in received if n == 0),
        "duplicated": sum(n - 1 for n in received if n > 1),
        "send_calls": len(sends),
        "http_429": too_many,
        "http_429_share": round(too_many / max(1, len(sends)), 4),
        "peak_rss_mb": round(rss_kb / 1024, 1),
    }
    print(json.dumps(results, indent=2))
    if out is not None:
        out.write_text(json.dumps(results, indent=2) + "\n")  # noqa: ASYNC240
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=25.0)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    asyncio.run(main(args.people, args.rate, args.json))
