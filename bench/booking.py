"""Booking benchmark: 500 clients press "book" at the same moment for one drop-in session,
over HTTP through the simulator. Reports requests handled per second, bookings per second,
and checks that no slot holds more people than it has advisers and no session more than its
bookable places (zero overbooking).

    python bench/booking.py [--clients 500] [--json bench/results/booking.json]

Two runs: a large session (8 hours of 5-minute slots, 6 advisers: 576 places, so most
requests succeed) and the real CastleGate casework session (4 bookable places, so almost all
requests are refused and join nothing). Both use a copy of the data in a temporary folder.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import Runtime
from bot.clock import FixedClock
from bot.i18n import project_root
from bot.outbox import Pacing
from bot.settings import Settings
from bot.simulator import BotApiSimulator

TOKEN = "997:booking-benchmark-token-abcdefgh"
BIG = """schema: 1
id: bench
organization: action-foundation
area: newcastle
source: benchmark only
assured_date: 2026-12-01
assured_by: benchmark
sessions:
  - id: big
    location: action-foundation-castlegate
    byday: TH
    start: "09:00"
    end: "17:00"
    times_confirmed: false
    rota:
      - role: casework
        terms: [asylum-support]
        tiers: [caseworker]
        slot_minutes: 5
        advisers: 6
        walk_in: 0
exceptions: []
"""


def _data_root(tmp: Path, big: bool) -> Path:
    root = project_root()
    for name in ("flows", "directory", "locales"):
        shutil.copytree(root / name, tmp / name)
    if big:
        for path in (tmp / "directory" / "dropin").glob("*.yaml"):
            path.unlink()
        (tmp / "directory" / "dropin" / "bench.yaml").write_text(BIG)
    return tmp


async def run(clients: int, big: bool) -> dict:
    session = "big" if big else "castlegate"
    pacing = Pacing(
        per_chat_rate=1.0, per_chat_burst=3, overall_rate=1000.0, group_per_minute=1500.0
    )
    async with BotApiSimulator(token=TOKEN) as sim:
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                token=TOKEN,
                api_url=sim.api_root,
                log_level="WARNING",
                database_path=Path(tmp) / "booking.sqlite3",
            )
            runtime = Runtime(
                settings,
                clock=FixedClock(),
                rate_limiter=False,
                poll_timeout=1,
                pacing=pacing,
                data_root=_data_root(Path(tmp), big),
            )
            await runtime.start()
            services = runtime.services
            assert services is not None
            now = services.clock.now()
            users = []
            for i in range(clients):
                uid = 4_000_000 + i
                users.append(sim.user(uid, first_name=f"C{i}", language_code="en"))
                await services.users.agree(uid, "en", services.privacy_version, now)
            from bot.dropin.slots import slots

            occ = await _occurrence(services, session)
            times = [
                s.start.astimezone(services.settings.tz).strftime("%H%M")
                for s in slots(occ, "casework")
            ]
            rng = random.Random(7)
            presses = [
                services.codec.encode(
                    "bk", "i", "casework", session, f"{occ.day:%Y%m%d}", rng.choice(times), "no"
                )
                for _ in users
            ]
            start = time.perf_counter()
            await asyncio.gather(
                *(u.press_data(d, message_id=1) for u, d in zip(users, presses, strict=True))
            )
            await sim.wait_idle(timeout=600, quiet=0.2)
            seconds = time.perf_counter() - start
            rows = await services.db.fetchall(
                "SELECT slot_start, seat FROM bookings WHERE status = 'booked'"
            )
            per_slot = Counter(r["slot_start"] for r in rows)
            seats = {(r["slot_start"], r["seat"]) for r in rows}
            from bot.dropin.slots import bookable

            places = bookable(occ, "casework")
            advisers = occ.role("casework").advisers
            answered = sum(1 for u in users if u.inbox)
            await runtime.stop()
    return {
        "session": session,
        "clients": clients,
        "bookable_places": places,
        "booked": len(rows),
        "answered": answered,
        "seconds": round(seconds, 2),
        "requests_per_second": round(clients / seconds, 1),
        "bookings_per_second": round(len(rows) / seconds, 1),
        "overbooked": len(rows) > places
        or any(n > advisers for n in per_slot.values())
        or len(seats) != len(rows),
    }


async def _occurrence(services, session: str):
    from datetime import date

    from bot.booking import find_occurrence

    return await find_occurrence(services, session, date(2026, 12, 3))


async def main(clients: int, out: Path | None) -> dict:
    results = {
        "large_session": await run(clients, big=True),
        "real_session": await run(clients, big=False),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    print(json.dumps(results, indent=2))
    if out:
        await asyncio.to_thread(_write, out, results)
    return results


def _write(out: Path, results: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=500)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    asyncio.run(main(args.clients, args.json))
