"""A Telegram Bot API simulator: a real HTTP server that python-telegram-bot can talk to.

Usage::

    async with BotApiSimulator() as sim:
        app = ApplicationBuilder().token(sim.token).base_url(sim.base_url).build()
        user = sim.user(1001, first_name="Amal", language_code="ar")
        await user.send("/start")
        await sim.wait_idle()
        assert user.last["text"]
"""

from .errors import ApiError
from .faults import Faults
from .limits import Limits
from .server import BotApiSimulator, RecordedRequest
from .users import SimGroup, SimUser
from .webhook import WebhookDelivery

__all__ = [
    "ApiError",
    "BotApiSimulator",
    "Faults",
    "Limits",
    "RecordedRequest",
    "SimGroup",
    "SimUser",
    "WebhookDelivery",
]
