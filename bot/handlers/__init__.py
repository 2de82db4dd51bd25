"""Handler registration: the only place that knows which handler answers which update.

Handler groups (PTB runs one handler per group, lowest group first):
  -30  note activity of stored people (drives the retention period), before anything can stop
  -20  the crisis safety net: every text and caption in a private chat, before anything else
  -15  the relay: while a volunteer has the ticket, the client's messages go to the topic
  -10  drop anything from a chat that is not private and not the staff chat (leave once)
    0  commands, buttons, and the catch-all fallbacks
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.handlers import (
    booking,
    broadcast,
    chats,
    checkins,
    common,
    crisis,
    data,
    dropin_staff,
    fallback,
    finder,
    handoff,
    menu,
    onboarding,
    staff,
    triage,
)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add every handler to the application."""
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & (filters.TEXT | filters.CAPTION)
            & filters.UpdateType.MESSAGES,
            crisis.on_message,
        ),
        group=-20,
    )
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE, handoff.on_client_message
        ),
        group=-15,
    )
    app.add_handler(TypeHandler(Update, chats.foreign_chat_guard), group=-10)
    app.add_handler(TypeHandler(Update, common.note_activity), group=-30)

    private = filters.ChatType.PRIVATE
    command = private & filters.UpdateType.MESSAGE  # editing a command never runs it again
    app.add_handler(CommandHandler("start", onboarding.on_start, filters=command))
    app.add_handler(CommandHandler("menu", menu.on_menu_command, filters=command))
    app.add_handler(CommandHandler("language", onboarding.on_language_command, filters=command))
    app.add_handler(CommandHandler("help", menu.on_help_command, filters=command))
    app.add_handler(CommandHandler("privacy", data.on_privacy_command, filters=command))
    app.add_handler(CommandHandler("mydata", data.on_mydata_command, filters=command))
    app.add_handler(CommandHandler("forget", data.on_forget_command, filters=command))
    app.add_handler(CommandHandler("urgent", menu.on_urgent_command, filters=command))
    app.add_handler(CommandHandler("mybookings", booking.on_mybookings, filters=command))
    for name, callback in (
        ("today", dropin_staff.on_today),
        ("day", dropin_staff.on_day),
        ("sessions", dropin_staff.on_sessions),
        ("close", dropin_staff.on_close),
        ("capacity", dropin_staff.on_capacity),
    ):
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    for name, callback in (
        ("broadcast", broadcast.on_broadcast),
        ("version", broadcast.on_version),
        ("broadcast_cancel", broadcast.on_cancel),
        ("broadcast_edit", broadcast.on_edit),
        ("broadcast_delete", broadcast.on_delete),
    ):
        app.add_handler(CommandHandler(name, callback, filters=filters.UpdateType.MESSAGE))
    # A photo for a free-text broadcast: its caption is `/version <lang> <text>`.
    app.add_handler(
        MessageHandler(
            filters.PHOTO
            & filters.CaptionRegex(r"^/version(@\w+)?\s")
            & filters.UpdateType.MESSAGE,
            broadcast.on_version,
        )
    )
    app.add_handler(CommandHandler("checkins", checkins.on_checkins_command, filters=command))
    app.add_handler(
        CommandHandler("calllist", checkins.on_calllist, filters=filters.UpdateType.MESSAGE)
    )
    app.add_handler(CommandHandler("tip", checkins.on_tip, filters=filters.UpdateType.MESSAGE))
    app.add_handler(
        CommandHandler("offdays", checkins.on_offdays, filters=filters.UpdateType.MESSAGE)
    )
    app.add_handler(
        CommandHandler("cases", filters=filters.UpdateType.MESSAGE, callback=staff.on_cases)
    )
    app.add_handler(
        CommandHandler(
            "directory_reload",
            filters=filters.UpdateType.MESSAGE,
            callback=staff.on_directory_reload,
        )
    )
    app.add_handler(
        CommandHandler(
            "directory_stale", filters=filters.UpdateType.MESSAGE, callback=staff.on_directory_stale
        )
    )
    app.add_handler(
        CommandHandler("team", filters=filters.UpdateType.MESSAGE, callback=handoff.on_team)
    )
    app.add_handler(
        CommandHandler("alias", filters=filters.UpdateType.MESSAGE, callback=handoff.on_alias)
    )
    app.add_handler(
        CommandHandler(
            "languages", filters=filters.UpdateType.MESSAGE, callback=handoff.on_languages
        )
    )
    app.add_handler(
        CommandHandler(
            ["available", "away"], handoff.on_available, filters=filters.UpdateType.MESSAGE
        )
    )
    app.add_handler(
        CommandHandler("outbox", filters=filters.UpdateType.MESSAGE, callback=handoff.on_outbox)
    )
    groups = filters.ChatType.GROUPS
    app.add_handler(
        MessageHandler(
            groups & filters.UpdateType.MESSAGE & ~filters.COMMAND, handoff.on_staff_message
        )
    )
    app.add_handler(
        MessageHandler(groups & filters.UpdateType.EDITED_MESSAGE, handoff.on_staff_edit)
    )

    app.add_handler(CallbackQueryHandler(common.on_callback))
    app.add_handler(ChatMemberHandler(chats.on_my_chat_member, ChatMemberHandler.MY_CHAT_MEMBER))

    app.add_handler(MessageHandler(private & filters.UpdateType.EDITED_MESSAGE, fallback.on_edited))
    app.add_handler(MessageHandler(private & filters.TEXT & ~filters.COMMAND, fallback.on_text))
    app.add_handler(MessageHandler(private & filters.COMMAND, fallback.on_unknown_command))
    app.add_handler(MessageHandler(private & filters.UpdateType.MESSAGE, fallback.on_other))

    app.add_error_handler(common.on_error)
    assert triage.NEED_MENU  # imported for its menu items and routes
    assert finder.NEEDS
    booking.add_menu_item()
