"""Relay benchmark: 200 concurrent claimed tickets, one message each way per ticket, through
the simulator. Reports p50/p95 relay latency (client -> topic, volunteer -> client) and the
outbox's throughput against its configured overall limit.

    python bench/relay.py [--tickets 200] [--json bench/results/relay.json]

The staff chat is one Telegram group, and Telegram allows a group about 20 messages a minute;
this run lifts that limit (group_per_minute=1500) to measure the outbox itself. With the real
limit, relaying into one staff group is capped at about 20 messages a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.app import Runtime
from bot.handoff import ticket_opened
from bot.outbox import Pacing
from bot.settings import Settings
from bot.simulator import BotApiSimulator

TOKEN = "998:relay-benchmark-token-abcdefghijk"
STAFF = -1000000000777
VOLUNTEER = 500


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return round(values[int(q * (len(values) - 1))] * 1000, 1)


async def main(tickets: int, out: Path | None) -> dict:
    pacing = Pacing(
        per_chat_rate=1.0, per_chat_burst=3, overall_rate=25.0, group_per_minute=1500.0, parallel=32
    )
    async with BotApiSimulator(token=TOKEN) as sim:
        admin = sim.user(1, language_code="en")
        group = sim.group(STAFF, title="Staff", type="supergroup", is_forum=True)
        await group.add_bot(by=admin, admin=True, can_manage_topics=True)
        with tempfile.TemporaryDirectory() as tmp:
            settings = Settings(
                token=TOKEN,
                api_url=sim.api_root,
                staff_chat_id=STAFF,
                admin_ids=frozenset({1}),
                log_level="WARNING",
                database_path=Path(tmp) / "relay.sqlite3",
                staff_hours="MO-SU 00:00-23:59",
            )
            runtime = Runtime(settings, rate_limiter=False, poll_timeout=1, pacing=pacing)
            await runtime.start()
            services = runtime.services
            now = services.clock.now()
            await services.team.add(VOLUNTEER, "volunteer", 1, now)
            await services.team.update(VOLUNTEER, alias="Sam, volunteer")
            threads: dict[int, int] = {}
            for i in range(tickets):
                uid = 3_000_000 + i
                sim.user(uid, first_name=f"C{i}", language_code="ar")
                await services.users.agree(uid, "ar", services.privacy_version, now)
                ticket = await services.tickets.open(
                    user_id=uid,
                    kind="person",
                    need="talk",
                    urgency="soon",
                    tier="volunteer",
                    locale="ar",
                    now=now,
                )
                await ticket_opened(services, ticket, f"C{i}")
                await services.tickets.claim(ticket.id, VOLUNTEER, now)
                await services.tickets.set(ticket.id, greeted=1)
                threads[uid] = (await services.tickets.get(ticket.id)).thread_id
            await sim.wait_idle(timeout=600, quiet=0.2)
            base = {uid: len(group.thread_messages(t)) for uid, t in threads.items()}

            # Client -> topic.
            start = time.perf_counter()
            sent_at = {}
            for uid in threads:
                sent_at[uid] = time.perf_counter()
                await sim.user(uid).send("salam")
            inbound: list[float] = []
            pending = set(threads)
            while pending and time.perf_counter() - start < 600:
                for uid in list(pending):
                    if len(group.thread_messages(threads[uid])) > base[uid]:
                        inbound.append(time.perf_counter() - sent_at[uid])
                        pending.discard(uid)
                await asyncio.sleep(0.01)
            in_seconds = time.perf_counter() - start

            # Volunteer -> client.
            volunteer = sim.user(VOLUNTEER)
            before = {uid: len(sim.user(uid).inbox) for uid in threads}
            start = time.perf_counter()
            for uid, thread in threads.items():
                sent_at[uid] = time.perf_counter()
                await group.send(volunteer, "hello", message_thread_id=thread)
            outbound: list[float] = []
            pending = set(threads)
            while pending and time.perf_counter() - start < 600:
                for uid in list(pending):
                    if len(sim.user(uid).inbox) > before[uid]:
                        outbound.append(time.perf_counter() - sent_at[uid])
                        pending.discard(uid)
                await asyncio.sleep(0.01)
            out_seconds = time.perf_counter() - start
            await runtime.stop()
    messages = len(inbound) + len(outbound)
    throughput = messages / (in_seconds + out_seconds)
    results = {
        "tickets": tickets,
        "relayed": messages,
        "client_to_topic_ms": {"p50": pct(inbound, 0.5), "p95": pct(inbound, 0.95)},
        "volunteer_to_client_ms": {"p50": pct(outbound, 0.5), "p95": pct(outbound, 0.95)},
        "outbox_messages_per_second": round(throughput, 2),
        "configured_overall_limit": pacing.overall_rate,
        "ratio_to_limit": round(throughput / pacing.overall_rate, 3),
        "median_total_ms": round(statistics.median(inbound + outbound) * 1000, 1),
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
    parser.add_argument("--tickets", type=int, default=200)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args()
    asyncio.run(main(args.tickets, args.json))
