"""The crisis safety net: is this message a sign that someone may be in danger?

Phrase lists are data (`flows/crisis/<locale>.yaml`), many phrasings per category, plus
benign look-alikes ("I'm dying to learn English") that are removed before matching. A text is
checked in the person's locale, in English, and in every locale written in the text's script.
Matching runs on normalised text: NFKC, case folding, no zero-width characters, tatweel,
hamza or Arabic diacritics, one form for Arabic/Persian/Kurdish/Pashto letter variants and for
Ge'ez rows that sound alike, joined Persian verb prefixes, ASCII digits.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bot import yamlload

CATEGORIES = ("suicide", "violence", "exploitation", "medical", "destitution")
SCRIPT_LOCALES = {
    "arabic": ("ar", "fa", "fa-AF", "ps", "ckb", "ur"),
    "ethiopic": ("ti", "am"),
    "latin": ("en", "fr", "sq", "vi", "so", "ku"),
}
LATIN_LOCALES = frozenset(SCRIPT_LOCALES["latin"])

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u061c\u00ad"))
_TATWEEL = {0x0640: None}
_DIACRITICS = {cp: None for cp in (*range(0x064B, 0x0660), 0x0670, *range(0x06D6, 0x06EE))}
_LETTERS = str.maketrans(
    {
        "ي": "ی",
        "ى": "ی",
        "ئ": "ی",
        "ې": "ی",
        "ۍ": "ی",
        "ێ": "ی",
        "ك": "ک",
        "ڪ": "ک",
        "ە": "ه",
        "ھ": "ه",
        "ہ": "ه",
        "ة": "ه",
        "ۀ": "ه",
        "ۂ": "ه",
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ؤ": "و",
    }
)
# Pashto and Sorani letters typed with a Persian or Arabic keyboard: fold to one form.
_FOLDS = str.maketrans(
    {
        "ګ": "گ",
        "ړ": "ر",
        "ڕ": "ر",
        "ځ": "ز",
        "ښ": "ش",
        "ۆ": "و",
        "ڵ": "ل",
        "ں": "ن",
        "ʼ": "'",
        "´": "'",
        "`": "'",
        "İ": "I",  # Turkish keyboards (Kurmanji); casefold would split it into i + U+0307
        "ı": "i",
        "\u0307": "",
    }
)
# Ge'ez rows that sound the same (ሐ/ኀ → ሀ, ሠ → ሰ, ፀ → ጸ, ዐ → አ): map each syllable of the
# row to the same vowel order of the main row.
_ETHIOPIC = {
    base + order: target + order
    for base, target in (
        (0x1210, 0x1200),
        (0x1280, 0x1200),
        (0x1220, 0x1230),
        (0x1340, 0x1338),
        (0x12D0, 0x12A0),
    )
    for order in range(8)
}
_HAMZA = {0x0621: None}
_PERSIAN_PREFIX = re.compile(r"(?<!\S)(ن?می) (?=\S)")
_DIGITS = {
    cp: str(i)
    for base in (0x0660, 0x06F0, 0x07C0, 0x0966)
    for i, cp in enumerate(range(base, base + 10))
}
_PUNCT = re.compile(r"[^\w\s]", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form both phrases and messages are matched in."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_ZERO_WIDTH).translate(_TATWEEL).translate(_DIACRITICS)
    text = text.translate(_DIGITS).translate(_LETTERS).translate(_FOLDS)
    text = text.translate(_ETHIOPIC).translate(_HAMZA)
    text = text.casefold()
    text = text.replace("’", "'").replace("‘", "'")
    text = _PUNCT.sub(lambda m: "'" if m.group(0) == "'" else " ", text)
    text = _SPACE.sub(" ", text).strip()
    # Persian/Dari verb prefixes are written joined, with a half-space, or with a space.
    return _PERSIAN_PREFIX.sub(r"\1", text)


def scripts_of(text: str) -> set[str]:
    """Which scripts the text is written in."""
    found: set[str] = set()
    for ch in text:
        cp = ord(ch)
        if 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F or 0xFB50 <= cp <= 0xFEFF:
            found.add("arabic")
        elif 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF:
            found.add("ethiopic")
        elif (ch.isalpha() and cp < 0x0250) or 0x1E00 <= cp <= 0x1EFF:
            found.add("latin")
    return found


@dataclass(frozen=True)
class Match:
    """A crisis match: the category and the phrase that fired (never logged at INFO)."""

    category: str
    locale: str
    phrase: str


@dataclass
class PhraseList:
    """One locale's phrases."""

    locale: str
    phrases: dict[str, list[tuple[str, re.Pattern[str]]]]
    benign: list[re.Pattern[str]]
    path: Path


def _pattern(phrase: str, locale: str) -> re.Pattern[str]:
    """Word-bounded where the script has word boundaries; `*` stands for up to 3 words."""
    norm = normalise(phrase.replace("*", " __gap__ "))
    parts = [re.escape(p) for p in norm.split(" __gap__ ")]
    body = r"(?:\s+\S+){0,3}\s+".join(parts)
    if locale in LATIN_LOCALES:
        return re.compile(rf"(?<![\w]){body}(?![\w])")
    # Arabic-script and Ge'ez words take attached prefixes and suffixes (و, ب, می, -ኒ ...):
    # match anywhere, and let the benign list and the corpus keep false alarms down.
    return re.compile(body)


class CrisisError(Exception):
    """A problem in a phrase file."""


def load_phrases(folder: Path) -> dict[str, PhraseList]:
    """Every `<locale>.yaml` phrase list in the folder."""
    lists: dict[str, PhraseList] = {}
    for path in sorted(folder.glob("*.yaml")):
        data = yamlload.load(path, strings=True)
        if not isinstance(data, dict) or "categories" not in data:
            raise CrisisError(f"{path}:1: a phrase file needs 'categories'")
        locale = data.get("locale", path.stem)
        if locale != path.stem:
            raise CrisisError(f"{path}:1: locale {locale!r} must match the file name")
        categories = data["categories"]
        phrases: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
        for category in CATEGORIES:
            items = categories.get(category) or []
            if not isinstance(items, list):
                raise CrisisError(
                    f"{path}:{categories.get('__line__', 1)}: {category} must be a list"
                )
            phrases[category] = [(p, _pattern(p, locale)) for p in items if normalise(p)]
        unknown = set(categories) - set(CATEGORIES) - {"__line__"}
        if unknown:
            raise CrisisError(
                f"{path}:{categories.get('__line__', 1)}: unknown categories {sorted(unknown)}"
            )
        benign = [_pattern(p, locale) for p in data.get("benign") or [] if normalise(p)]
        lists[locale] = PhraseList(locale, phrases, benign, path)
    return lists


class CrisisNet:
    """Checks messages against the phrase lists."""

    def __init__(self, lists: dict[str, PhraseList]) -> None:
        self.lists = lists

    def locales_for(self, text: str, locale: str | None) -> list[str]:
        """The person's locale, English, and every locale in the text's scripts."""
        order: list[str] = []
        for loc in (locale, "en"):
            if loc and loc not in order:
                order.append(loc)
        for script in sorted(scripts_of(text)):
            for loc in SCRIPT_LOCALES.get(script, ()):
                if loc not in order:
                    order.append(loc)
        return [loc for loc in order if loc in self.lists]

    def check(self, text: str, locale: str | None) -> Match | None:
        """The most serious match, or None."""
        norm = normalise(text)
        if not norm:
            return None
        best: Match | None = None
        for loc in self.locales_for(text, locale):
            plist = self.lists[loc]
            cleaned = norm
            for benign in plist.benign:
                cleaned = benign.sub(" ", cleaned)
            for category in CATEGORIES:
                if best is not None and CATEGORIES.index(category) >= CATEGORIES.index(
                    best.category
                ):
                    break
                for phrase, pattern in plist.phrases[category]:
                    if pattern.search(cleaned):
                        best = Match(category, loc, phrase)
                        break
        return best
