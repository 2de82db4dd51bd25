"""Entity parsing for ``parse_mode`` HTML, MarkdownV2 and Markdown, measured in UTF-16 units.

The rules and error texts follow tdlib, which the Bot API server uses, closely enough that a
bot that passes here will not hit ``can't parse entities`` on Telegram for ordinary markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .errors import ApiError, bad_request


def utf16_len(text: str) -> int:
    """Return the length of ``text`` in UTF-16 code units, as Telegram counts it."""
    return len(text.encode("utf-16-le")) // 2


def _unit(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _byte_offset(src: str, index: int) -> int:
    return len(src[:index].encode("utf-8"))


def _parse_error(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail}")


@dataclass
class _Out:
    """Accumulates plain text and tracks its UTF-16 length."""

    parts: list[str] = field(default_factory=list)
    size: int = 0

    def add(self, text: str) -> None:
        """Append plain text."""
        self.parts.append(text)
        self.size += sum(_unit(ch) for ch in text)

    def text(self) -> str:
        """Return the accumulated plain text."""
        return "".join(self.parts)


def _entity(kind: str, offset: int, length: int, **extra: Any) -> dict[str, Any]:
    ent: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    ent.update({k: v for k, v in extra.items() if v is not None})
    return ent


def _sorted(entities: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(
        (e for e in entities if e["length"] > 0), key=lambda e: (e["offset"], -e["length"])
    )


# ---------------------------------------------------------------------------------------------
# HTML

_HTML_TAGS: dict[str, str] = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_HTML_ENTITY = re.compile(r"&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});")
_ATTR = re.compile(
    r"""\s*([A-Za-z_:][-A-Za-z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?"""
)


@dataclass
class _Open:
    tag: str
    offset: int
    byte_offset: int
    attrs: dict[str, str]
    language: str | None = None


def _decode_entity(match: re.Match[str]) -> str | None:
    name = match.group(1)
    if name.startswith("#x"):
        code = int(name[2:], 16)
    elif name.startswith("#"):
        code = int(name[1:])
    else:
        return _NAMED_ENTITIES.get(name)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return None
    return chr(code)


def _html_attrs(src: str, start: int, end: int) -> dict[str, str]:
    attrs: dict[str, str] = {}
    pos = start
    while pos < end:
        m = _ATTR.match(src, pos, end)
        if not m or m.end() == pos:
            break
        value = next((g for g in m.group(2, 3, 4) if g is not None), "")
        attrs[m.group(1).lower()] = _HTML_ENTITY.sub(lambda x: _decode_entity(x) or x[0], value)
        pos = m.end()
    return attrs


def parse_html(src: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse Telegram-flavoured HTML into plain text and entities."""
    out = _Out()
    stack: list[_Open] = []
    entities: list[dict[str, Any]] = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch == "&":
            m = _HTML_ENTITY.match(src, i)
            decoded = _decode_entity(m) if m else None
            if m and decoded is not None:
                out.add(decoded)
                i = m.end()
            else:
                out.add("&")
                i += 1
            continue
        if ch != "<":
            j = i
            while j < n and src[j] not in "<&":
                j += 1
            out.add(src[i:j])
            i = j
            continue
        begin = i
        if i + 1 < n and src[i + 1] == "/":
            close = src.find(">", i)
            if close == -1:
                raise _parse_error(f"Unclosed end tag at byte offset {_byte_offset(src, begin)}")
            name = src[i + 2 : close].strip().lower()
            if not stack:
                raise _parse_error(f"Unexpected end tag at byte offset {_byte_offset(src, begin)}")
            top = stack[-1]
            if name != top.tag:
                raise _parse_error(
                    f"Unmatched end tag at byte offset {_byte_offset(src, begin)}, "
                    f'expected "</{top.tag}>", found "</{name}>"'
                )
            stack.pop()
            _close_html(top, stack, out.size, entities)
            i = close + 1
            continue
        j = i + 1
        while j < n and not src[j].isspace() and src[j] != ">":
            j += 1
        if j >= n:
            raise _parse_error(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
        name = src[i + 1 : j].lower()
        if name not in _HTML_TAGS:
            raise _parse_error(
                f'Unsupported start tag "{name}" at byte offset {_byte_offset(src, begin)}'
            )
        close = src.find(">", j)
        if close == -1:
            raise _parse_error(f"Unclosed start tag at byte offset {_byte_offset(src, begin)}")
        attrs = _html_attrs(src, j, close)
        if name == "span" and attrs.get("class") != "tg-spoiler":
            raise _parse_error('Tag "span" must have class "tg-spoiler"')
        if name == "tg-emoji" and not attrs.get("emoji-id"):
            raise _parse_error('Tag "tg-emoji" must have attribute "emoji-id"')
        stack.append(_Open(name, out.size, _byte_offset(src, begin), attrs))
        i = close + 1
    if stack:
        raise _parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return out.text(), _sorted(entities)


def _close_html(top: _Open, stack: list[_Open], end: int, entities: list[dict[str, Any]]) -> None:
    kind = _HTML_TAGS[top.tag]
    length = end - top.offset
    if kind == "code" and stack and stack[-1].tag == "pre":
        cls = top.attrs.get("class", "")
        if cls.startswith("language-") and stack[-1].offset == top.offset:
            stack[-1].language = cls[len("language-") :]
        return
    if kind == "text_link":
        href = top.attrs.get("href", "")
        if not href:
            return
        entities.append(_entity("text_link", top.offset, length, url=href))
        return
    if kind == "custom_emoji":
        entities.append(
            _entity("custom_emoji", top.offset, length, custom_emoji_id=top.attrs["emoji-id"])
        )
        return
    if kind == "blockquote" and "expandable" in top.attrs:
        kind = "expandable_blockquote"
    if kind == "pre":
        entities.append(_entity("pre", top.offset, length, language=top.language))
        return
    entities.append(_entity(kind, top.offset, length))


# ---------------------------------------------------------------------------------------------
# MarkdownV2

_MDV2_RESERVED = set("_*[]()~`>#+-=|{}.!")
_MDV2_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "custom_emoji": "CustomEmoji",
}


@dataclass
class _MdOpen:
    kind: str
    offset: int
    begin: int
    language: str | None = None


def _is_mdv2_end(kind: str, src: str, i: int) -> bool:
    ch = src[i]
    nxt = src[i + 1] if i + 1 < len(src) else ""
    return {
        "bold": ch == "*",
        "italic": ch == "_" and nxt != "_",
        "underline": ch == "_" and nxt == "_",
        "strikethrough": ch == "~",
        "spoiler": ch == "|" and nxt == "|",
        "code": ch == "`",
        "pre": src.startswith("```", i),
        "text_link": ch == "]",
        "custom_emoji": ch == "]",
    }[kind]


def _read_md_url(src: str, i: int) -> tuple[str, int]:
    """Read ``(url)`` starting at ``src[i] == '('``; return the url and the index after ')'."""
    j = i + 1
    url: list[str] = []
    while j < len(src) and src[j] != ")":
        if src[j] == "\\" and j + 1 < len(src):
            j += 1
        url.append(src[j])
        j += 1
    if j >= len(src):
        raise _parse_error(f"Can't find end of a URL at byte offset {_byte_offset(src, i)}")
    return "".join(url), j + 1


def parse_markdown_v2(src: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse MarkdownV2 into plain text and entities, rejecting unescaped reserved characters."""
    out = _Out()
    stack: list[_MdOpen] = []
    entities: list[dict[str, Any]] = []
    quote_start: int | None = None
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        at_line_start = i == 0 or src[i - 1] == "\n"
        if at_line_start and quote_start is not None and ch != ">":
            entities.append(_entity("blockquote", quote_start, out.size - 1 - quote_start))
            quote_start = None
        if ch == "\\" and i + 1 < n and 0 < ord(src[i + 1]) < 127:
            out.add(src[i + 1])
            i += 2
            continue
        in_code = bool(stack) and stack[-1].kind in ("code", "pre")
        if in_code and ch != "`":
            out.add(ch)
            i += 1
            continue
        if ch not in _MDV2_RESERVED:
            out.add(ch)
            i += 1
            continue
        if ch == ">" and at_line_start and not stack:
            if quote_start is None:
                quote_start = out.size
            i += 1
            continue
        if stack and _is_mdv2_end(stack[-1].kind, src, i):
            top = stack.pop()
            length = out.size - top.offset
            if top.kind == "text_link":
                if i + 1 < n and src[i + 1] == "(":
                    url, i = _read_md_url(src, i + 1)
                else:
                    url, i = out.text()[-length:] if length else "", i + 1
                if url:
                    entities.append(_entity("text_link", top.offset, length, url=url))
                continue
            if top.kind == "custom_emoji":
                if not (i + 1 < n and src[i + 1] == "("):
                    raise _parse_error(
                        f"Custom emoji entity must contain a tg://emoji URL at byte offset "
                        f"{_byte_offset(src, top.begin)}"
                    )
                url, i = _read_md_url(src, i + 1)
                emoji_id = url.partition("id=")[2]
                entities.append(
                    _entity("custom_emoji", top.offset, length, custom_emoji_id=emoji_id)
                )
                continue
            step = {"underline": 2, "spoiler": 2, "pre": 3}.get(top.kind, 1)
            entities.append(_entity(top.kind, top.offset, length, language=top.language))
            i += step
            continue
        if in_code:
            raise _parse_error(
                f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
            )
        nxt = src[i + 1] if i + 1 < n else ""
        begin = i
        if ch == "_" and nxt == "_":
            stack.append(_MdOpen("underline", out.size, begin))
            i += 2
        elif ch == "_":
            stack.append(_MdOpen("italic", out.size, begin))
            i += 1
        elif ch == "*":
            stack.append(_MdOpen("bold", out.size, begin))
            i += 1
        elif ch == "~":
            stack.append(_MdOpen("strikethrough", out.size, begin))
            i += 1
        elif ch == "|" and nxt == "|":
            stack.append(_MdOpen("spoiler", out.size, begin))
            i += 2
        elif ch == "[":
            stack.append(_MdOpen("text_link", out.size, begin))
            i += 1
        elif ch == "!" and nxt == "[":
            stack.append(_MdOpen("custom_emoji", out.size, begin))
            i += 2
        elif src.startswith("```", i):
            i += 3
            eol = src.find("\n", i)
            language = None
            if eol != -1 and "`" not in src[i:eol] and src[i:eol].strip():
                language = src[i:eol].strip()
                i = eol + 1
            stack.append(_MdOpen("pre", out.size, begin, language))
        elif ch == "`":
            stack.append(_MdOpen("code", out.size, begin))
            i += 1
        else:
            raise _parse_error(
                f"Character '{ch}' is reserved and must be escaped with the preceding '\\'"
            )
    if stack:
        top = stack[-1]
        raise _parse_error(
            f"Can't find end of {_MDV2_NAMES[top.kind]} entity at byte offset "
            f"{_byte_offset(src, top.begin)}"
        )
    if quote_start is not None:
        entities.append(_entity("blockquote", quote_start, out.size - quote_start))
    return out.text(), _sorted(entities)


# ---------------------------------------------------------------------------------------------
# Legacy Markdown


def parse_markdown(src: str) -> tuple[str, list[dict[str, Any]]]:
    """Parse legacy Markdown (``*bold* _italic_ `code` ```pre``` [text](url)``)."""
    out = _Out()
    entities: list[dict[str, Any]] = []
    i, n = 0, len(src)
    while i < n:
        ch = src[i]
        if ch == "\\" and i + 1 < n and src[i + 1] in "_*`[":
            out.add(src[i + 1])
            i += 2
            continue
        if ch not in "_*`[":
            out.add(ch)
            i += 1
            continue
        begin = i
        start = out.size
        if src.startswith("```", i):
            end = src.find("```", i + 3)
            if end == -1:
                raise _parse_error(
                    "Can't find end of the entity starting at byte offset "
                    f"{_byte_offset(src, begin)}"
                )
            body = src[i + 3 : end]
            language = None
            first, sep, rest = body.partition("\n")
            if sep and first.strip() and " " not in first.strip():
                language, body = first.strip(), rest
            out.add(body)
            entities.append(_entity("pre", start, out.size - start, language=language))
            i = end + 3
            continue
        end_char = "]" if ch == "[" else ch
        end = src.find(end_char, i + 1)
        if end == -1:
            raise _parse_error(
                f"Can't find end of the entity starting at byte offset {_byte_offset(src, begin)}"
            )
        out.add(src[i + 1 : end])
        length = out.size - start
        i = end + 1
        if ch == "[":
            url = ""
            if i < n and src[i] == "(":
                close = src.find(")", i)
                if close != -1:
                    url, i = src[i + 1 : close], close + 1
            if url:
                entities.append(_entity("text_link", start, length, url=url))
            continue
        kind = {"*": "bold", "_": "italic", "`": "code"}[ch]
        entities.append(_entity(kind, start, length))
    return out.text(), _sorted(entities)


# ---------------------------------------------------------------------------------------------
# Public entry point


def _trim(text: str, entities: list[dict[str, Any]]) -> tuple[str, list[dict[str, Any]]]:
    """Strip surrounding whitespace like Telegram does, shifting entity offsets."""
    stripped = text.strip()
    if stripped == text:
        return text, entities
    left = utf16_len(text[: len(text) - len(text.lstrip())])
    size = utf16_len(stripped)
    fixed: list[dict[str, Any]] = []
    for ent in entities:
        start = max(0, ent["offset"] - left)
        end = min(size, ent["offset"] + ent["length"] - left)
        if end > start:
            fixed.append({**ent, "offset": start, "length": end - start})
    return stripped, fixed


def _check_entities(entities: Any) -> list[dict[str, Any]]:
    if not isinstance(entities, list):
        raise bad_request("can't parse entities JSON object")
    result: list[dict[str, Any]] = []
    for ent in entities:
        if not isinstance(ent, dict) or not isinstance(ent.get("type"), str):
            raise bad_request("can't parse MessageEntity JSON object")
        try:
            offset, length = int(ent.get("offset", -1)), int(ent.get("length", -1))
        except (TypeError, ValueError) as exc:
            raise bad_request("can't parse MessageEntity JSON object") from exc
        if offset < 0 or length < 0:
            raise bad_request("can't parse MessageEntity JSON object")
        result.append({**ent, "offset": offset, "length": length})
    return _sorted(result)


def format_text(
    text: str, parse_mode: str | None, entities: Any = None
) -> tuple[str, list[dict[str, Any]]]:
    """Return ``(plain_text, entities)`` for a message text or caption as Telegram stores it."""
    if entities is not None:
        plain, ents = text, _check_entities(entities)
        size = utf16_len(plain)
        ents = [e for e in ents if e["offset"] + e["length"] <= size]
    elif not parse_mode:
        plain, ents = text, []
    else:
        mode = parse_mode.lower()
        if mode == "html":
            plain, ents = parse_html(text)
        elif mode == "markdownv2":
            plain, ents = parse_markdown_v2(text)
        elif mode == "markdown":
            plain, ents = parse_markdown(text)
        else:
            raise bad_request("unsupported parse_mode")
    return _trim(plain, ents)


def command_entity(text: str) -> list[dict[str, Any]]:
    """Return the ``bot_command`` entity Telegram adds when ``text`` starts with ``/``."""
    if not text.startswith("/"):
        return []
    word = re.match(r"/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?", text)
    if not word:
        return []
    return [_entity("bot_command", 0, utf16_len(word.group(0)))]
