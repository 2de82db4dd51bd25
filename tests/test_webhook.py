"""Webhook mode: the secret header is required (403 otherwise), updates flow to handlers."""

from __future__ import annotations

import logging
import socket
from dataclasses import replace

import httpx
import pytest

from bot.logs import RedactingFilter
from tests.conftest import TEST_TOKEN, Bot


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
async def hooked(bot: Bot):
    await bot.stop()
    port = free_port()
    bot.settings = replace(
        bot.settings,
        webhook_url=f"http://127.0.0.1:{port}/tg/hook",
        webhook_secret="s3cret-Value_1",
        port=port,
    )
    await bot.start()
    return bot, port


async def test_webhook_delivers_updates(hooked, no_errors) -> None:
    bot, _port = hooked
    user = bot.sim.user(6000, language_code="vi")
    await user.send("/start")
    await bot.idle()
    assert user.last["text"] == bot.t("vi", "lang-choose") + "\n" + bot.t("en", "lang-choose")
    assert bot.sim.calls("setWebhook")[-1]["secret_token"] == "s3cret-Value_1"
    assert bot.sim.webhook_deliveries
    assert all(d.status == 200 for d in bot.sim.webhook_deliveries)


async def test_webhook_refuses_missing_or_wrong_secret(hooked) -> None:
    _bot, port = hooked
    update = {
        "update_id": 99,
        "message": {
            "message_id": 1,
            "date": 1,
            "text": "hi",
            "chat": {"id": 1, "type": "private"},
            "from": {"id": 1, "is_bot": False, "first_name": "x"},
        },
    }
    url = f"http://127.0.0.1:{port}/tg/hook"
    async with httpx.AsyncClient() as client:
        missing = await client.post(url, json=update)
        wrong = await client.post(
            url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Value_2"}
        )
        garbage = await client.post(
            url, content=b"{not json", headers={"X-Telegram-Bot-Api-Secret-Token": "s3cret-Value_1"}
        )
        health = await client.get(f"http://127.0.0.1:{port}/healthz")
    assert missing.status_code == 403
    assert wrong.status_code == 403
    assert garbage.status_code == 400
    assert health.status_code == 200


def test_redacting_filter_removes_token() -> None:
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST http://x/bot%s/getUpdates", (TEST_TOKEN,), None
    )
    RedactingFilter(TEST_TOKEN).filter(record)
    assert TEST_TOKEN not in record.getMessage()
    other = logging.LogRecord(
        "x",
        logging.INFO,
        __file__,
        1,
        "url /bot123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw/x",
        (),
        None,
    )
    RedactingFilter(None).filter(other)
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in other.getMessage()


async def test_no_token_and_no_message_text_in_logs(bot: Bot, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    for handler in logging.getLogger().handlers:
        handler.addFilter(RedactingFilter(TEST_TOKEN))
    user = bot.sim.user(6001, language_code="en")
    await user.send("/start")
    await user.send("my secret story about my claim")
    await bot.idle()
    info = [r for r in caplog.records if r.levelno >= logging.INFO]
    for record in info:
        assert "secret story" not in record.getMessage()
    ours = [r for r in caplog.records if r.name.startswith("bot")]
    for record in ours:
        assert TEST_TOKEN not in record.getMessage()
