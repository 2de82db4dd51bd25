"""Check-in poll benchmark: the time of one tick of the due-work poll with 1,000 check-ins due,
when 1,000 and when 100,000 people are registered (all with weekly check-ins, so 100,000
pending rows), the peak RSS at each size, and the insert rate of a week's schedule.

    python bench/checkins.py [--sizes 1000 100000] [--due 1000] [--repeat 3]
                             [--json bench/results/checkins.json]

Each size runs in its own process (so its peak RSS is its own) on a fresh SQLite file. One
tick is `bot.proactive.tick`: claim due rows through the index on the due time, check each
person (blocked, window, quiet hours, off days, busy checks, the daily cap), hand the message
to the outbox and move the row to next week. Sending is the outbox worker's job and is not
timed here. The goal: the 100k tick takes at most 2x the 1k tick, and peak RSS at 100k is at
most 150 MB. This is a benchmark, not a test: nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.clock import FixedClock, iso  # noqa: E402
from bot.proactive import tick  # noqa: E402
from bot.services import Services  # noqa: E402
from bot.settings import Settings  # noqa: E402

NOW = datetime(2026, 12, 1, 10, 30, tzinfo=UTC)  # Tuesday, in the morning window (GMT)


async def one(registered: int, due: int, repeat: int, seed: int = 0) -> dict:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        # Answer deadlines beyond the benchmark's days: every tick handles exactly the `due`
        # check-ins, not the deadlines of earlier ticks' check-ins as well.
        settings = Settings(
            token=None,
            database_path=Path(tmp) / "bench.sqlite3",
            checkin_answer_hours=24 * (repeat + 30),
        )
        clock = FixedClock(NOW)
        services = await Services.create(settings, clock=clock)
        db = services.db
        old = iso(NOW - timedelta(days=40))
        seen = iso(NOW - timedelta(days=8))  # not active lately: nobody is busy
        ids = list(range(10_000_000, 10_000_000 + registered))
        # Setup (not timed): the people and their choice.
        await db.conn.executemany(
            "INSERT INTO users (user_id, locale, consent_version, consent_at, created_at,"
            " last_seen_at, followups) VALUES (?, ?, 1, ?, ?, ?, 1)",
            [(uid, ("en", "ar", "ti", "fa")[uid % 4], old, old, seen) for uid in ids],
        )
        await db.conn.executemany(
            "INSERT INTO checkins (user_id, cadence, time_of_day, chosen_at, sent_count,"
            " answered_count) VALUES (?, 'weekly', 'morning', ?, 3, 3)",
            [(uid, old) for uid in ids],
        )
        # A week's schedule, written through the repository the bot uses (timed).
        started = time.perf_counter()
        later = NOW + timedelta(days=repeat)  # nothing else falls due during the ticks
        for uid in ids:
            offset = timedelta(minutes=rng.randrange(60, 7 * 24 * 60))
            await services.schedule.set_checkin(uid, later + offset, NOW)
        insert_seconds = time.perf_counter() - started
        ticks = []
        queued = []
        for rep in range(repeat):
            # `due` people fall due now, on a new day each time (the daily cap would otherwise
            # postpone people who already had their message today, which is cheaper).
            clock.current = NOW + timedelta(days=rep)
            chosen = rng.sample(ids, due)
            marks = ",".join("?" * len(chosen))
            await db.execute(
                f"UPDATE scheduled SET due_at = ? WHERE kind = 'checkin' AND user_id IN ({marks})",
                (iso(clock.current - timedelta(seconds=20)), *chosen),
            )
            started = time.perf_counter()
            report = await tick(services)
            ticks.append(time.perf_counter() - started)
            queued.append(report.queued)
            assert report.handled == due, report
        pending = await db.scalar("SELECT COUNT(*) FROM scheduled")
        await services.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "registered": registered,
        "due": due,
        "scheduled_rows": pending,
        "tick_seconds": [round(t, 3) for t in ticks],
        "tick_median_seconds": round(statistics.median(ticks), 3),
        "queued_per_tick": queued,
        "week_schedule_rows": registered,
        "week_schedule_seconds": round(insert_seconds, 2),
        "week_schedule_rows_per_second": round(registered / insert_seconds),
        "peak_rss_mb": round(rss_mb, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--due", type=int, default=1_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(asyncio.run(one(args.one, args.due, args.repeat))))
        return
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, "--one", str(size), "--due", str(args.due)]
        out = subprocess.run(
            [*command, "--repeat", str(args.repeat)],
            check=True,
            capture_output=True,
            text=True,
        )
        result = json.loads(out.stdout.strip().splitlines()[-1])
        results.append(result)
        print(
            f"{size:>7} registered: tick {result['tick_median_seconds']:.3f} s for "
            f"{args.due} due ({result['queued_per_tick']} queued), peak RSS "
            f"{result['peak_rss_mb']} MB, week's schedule {result['week_schedule_rows_per_second']}"
            " rows/s"
        )
    summary: dict = {"runs": results}
    if len(results) >= 2:
        ratio = results[-1]["tick_median_seconds"] / results[0]["tick_median_seconds"]
        summary["ratio_largest_to_smallest"] = round(ratio, 2)
        summary["goal_ratio_at_most"] = 2.0
        summary["goal_peak_rss_mb_at_most"] = 150
        print(f"ratio {results[-1]['registered']} / {results[0]['registered']}: {ratio:.2f}")
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()
