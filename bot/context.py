"""A typed CallbackContext: handlers reach services as `context.services`, not bot_data."""

from __future__ import annotations

from typing import Any, cast

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import Services


class FirstportApplication(Application):  # type: ignore[type-arg]
    """The PTB Application, carrying our services."""

    def __init__(self, services: Services, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.services = services


class FirstportContext(
    CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]
):
    """Context with typed services."""

    @property
    def services(self) -> Services:
        """The services of this application."""
        return cast(FirstportApplication, self.application).services
