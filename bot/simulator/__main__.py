"""Run the simulator standalone: ``python -m bot.simulator --port 8081``.

Point a bot at ``http://HOST:PORT/bot`` and drive users through the ``/_sim/`` control API.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal

from .limits import Limits
from .server import BotApiSimulator

logger = logging.getLogger("bot.simulator")


def _parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot.simulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--token", default=None, help="accept only this token")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--flood", action="store_true", help="enforce flood limits")
    parser.add_argument("--no-privacy", action="store_true", help="bot sees all group messages")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser.parse_args(argv)


async def _serve(args: argparse.Namespace) -> None:
    sim = BotApiSimulator(
        token=args.token,
        limits=Limits(flood=args.flood),
        seed=args.seed,
        privacy_mode=not args.no_privacy,
    )
    await sim.start(args.host, args.port)
    logger.info("base_url=%s base_file_url=%s", sim.base_url, sim.base_file_url)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(sig, stop.set)
    try:
        await stop.wait()
    finally:
        await sim.stop()


def main(argv: list[str] | None = None) -> None:
    """Parse arguments and serve until interrupted."""
    args = _parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    asyncio.run(_serve(args))


if __name__ == "__main__":
    main()
