"""Who is writing, and in which language to answer them."""

from __future__ import annotations

from dataclasses import dataclass

from telegram import User as TgUser

from bot.i18n import locale_from_language_code
from bot.services import Services
from bot.storage.repos import User


@dataclass(frozen=True)
class Person:
    """The person behind an update, with the locale to answer in."""

    user_id: int
    first_name: str
    telegram_locale: str | None
    stored: User | None
    locale: str
    consent_current: bool

    @property
    def known(self) -> bool:
        """True if we store this person (they agreed to some version of the notice)."""
        return self.stored is not None

    @property
    def needs_reconsent(self) -> bool:
        """True if they agreed to an older privacy notice."""
        return self.stored is not None and not self.consent_current


async def resolve(services: Services, tg_user: TgUser) -> Person:
    """Stored preference first, then Telegram's language_code, then DEFAULT_LOCALE."""
    stored = await services.users.get(tg_user.id)
    telegram_locale = locale_from_language_code(tg_user.language_code)
    if stored is not None:
        locale = stored.locale
    else:
        locale = telegram_locale or services.settings.default_locale
    return Person(
        user_id=tg_user.id,
        first_name=tg_user.first_name or "",
        telegram_locale=telegram_locale,
        stored=stored,
        locale=locale,
        consent_current=stored is not None and stored.consent_version >= services.privacy_version,
    )
