"""Roles and the one permission table. Every staff or volunteer action is checked here; a
refused action gets a short reply, is logged, and never half-happens."""

from __future__ import annotations

import logging

from bot.services import Services

log = logging.getLogger(__name__)

ADMIN, STAFF, VOLUNTEER = "admin", "staff", "volunteer"
_ALL = frozenset({ADMIN, STAFF, VOLUNTEER})
_STAFF = frozenset({ADMIN, STAFF})

PERMISSIONS: dict[str, frozenset[str]] = {
    "team.view": _STAFF,
    "team.manage": frozenset({ADMIN}),
    "profile.edit": _ALL,  # own alias, languages, availability
    "cases.view": _STAFF,
    "ticket.claim": _ALL,
    "ticket.reply": _ALL,  # and only the claimer's messages are relayed
    "ticket.close": _ALL,  # the claimer, or staff
    "ticket.reassign": _STAFF,
    "ticket.canned": _ALL,
    "calllist.view": _ALL,  # /calllist: first name, language and reason, never more
    "calllist.call": _ALL,  # 📞 Start a chat: a handoff ticket claimed by whoever pressed
    "calllist.done": _ALL,  # ✅ Done: record reached / not reached / referred
    "tip.set": _STAFF,  # /tip: the tip of the week, per language
    "offdays.set": _STAFF,  # /offdays: dates with no check-ins or other proactive messages
    "directory.reload": _STAFF,
    "directory.stale": _STAFF,
    "outbox.view": _STAFF,
    "dropin.view": _ALL,  # /today, /day, /sessions: who is coming, for the people running it
    "dropin.mark": _ALL,  # ✅ arrived / ⛔ no-show
    "dropin.close": _STAFF,
    "dropin.capacity": _STAFF,
    "broadcast.send": _STAFF,  # /broadcast, /version, /broadcast_cancel
    "broadcast.approve": _STAFF,  # the second staff member above the threshold
    "broadcast.correct": _STAFF,  # /broadcast_edit, /broadcast_delete
}


async def role_of(services: Services, user_id: int | None) -> str | None:
    """admin (ADMIN_IDS), staff or volunteer (the team table), or None for everyone else."""
    if user_id is None:
        return None
    if user_id in services.settings.admin_ids:
        return ADMIN
    member = await services.team.get(user_id)
    return member.role if member else None


async def allowed(services: Services, user_id: int | None, action: str) -> bool:
    """True if the user's role may do the action (unknown actions are refused)."""
    role = await role_of(services, user_id)
    ok = role is not None and role in PERMISSIONS.get(action, frozenset())
    if not ok:
        log.info("refused %s for role %s", action, role)
    return ok
