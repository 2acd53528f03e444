"""Stage 2: repair the text and mark page boilerplate, keeping every offset traceable to the input.

Repairs (ftfy for mojibake and Unicode NFC, soft hyphens, hyphenation dashes left inside words by a
print layout) may change the length of a line; for such lines an alignment maps each repaired character
back to the input, so entity offsets in the output always point into the text as read.

Boilerplate (navigation, breadcrumbs, share buttons, comment forms, URLs, e-mail addresses) is not
removed but blanked in `masked`, a copy of the same length: extraction reads `masked`, offsets stay put.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache

import ftfy

from pipeline.langdata import available_languages, load_raw_language_file
from pipeline.records import Article, CleanArticle, Span

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "Hjør–ring Kom–mu–ne": a dash between two letters with no space, left by a hyphenating layout.
_LAYOUT_DASH = re.compile(r"(?<=[^\W\d_])[–‐](?=[^\W\d_])")
_LAYOUT_OR_INVISIBLE = re.compile(f"{_LAYOUT_DASH.pattern}|{_INVISIBLE.pattern}")
_LAYOUT_DASH_MIN = 4  # so many in one text before we read them as layout, not as "Latvia–Lithuania"
_URL_OR_EMAIL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\+\d[\d ]{7,}\d")
_BREADCRUMB = re.compile(r"^[^.!?]{0,80}(?:\s[>»/|]\s[^.!?]{1,80}){2,}$")
_GLOBAL_BOILERPLATE = [
    r"^Skip to (main )?content",
    r"^(Share|Tweet|Print|Email)( (on|this|about this).*)?$",
    r"^Share on .*",
    r"^\W*$",
    # Share buttons and follow links: a network's name alone on a line, in any language.
    r"^(Facebook|Twitter|X|LinkedIn|Instagram|YouTube|Pinterest|WhatsApp|Messenger|TikTok|Telegram|Threads|Bluesky|"
    r"Mastodon|VKontakte|Reddit|E-?mail|E-post)$",
]


@lru_cache(maxsize=1)
def boilerplate_patterns() -> re.Pattern[str]:
    """Line patterns from every language file, so boilerplate is found before the language is known."""
    patterns = list(_GLOBAL_BOILERPLATE)
    for code in [*available_languages(), "xx"]:
        patterns.extend(load_raw_language_file(code).get("boilerplate", {}).get("lines", []))
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def related_headings() -> re.Pattern[str]:
    """Headings, in every language file, of a list of other articles ("Läs också", "Zobacz także")."""
    patterns = [p for code in [*available_languages(), "xx"]
                for p in load_raw_language_file(code).get("boilerplate", {}).get("related", [])]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


def _headline(line: str) -> bool:
    """A line that reads as another article's headline: short, and no sentence in it ends."""
    return 0 < len(line) <= 150 and not re.search(r"[.!?](\s|$)", line)


# ftfy's defaults also straighten curly quotes; we keep the text as written apart from real damage.
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_line_breaks=False, normalization="NFC", explain=False)


def _deletions(line: str, pattern: re.Pattern[str]) -> tuple[str, list[int]]:
    """The line without the pattern's matches, and for each kept character its index in the line."""
    kept: list[int] = []
    last = 0
    for m in pattern.finditer(line):
        kept.extend(range(last, m.start()))
        last = m.end()
    kept.extend(range(last, len(line)))
    return "".join(line[i] for i in kept), kept


def _align(old: str, new: str) -> list[int]:
    """For each character of `new`, the index of the character of `old` it came from (ftfy/NFC changes)."""
    mapping: list[int] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            mapping.extend(i1 + k for k in range(j2 - j1))
        else:
            span = max(i2 - i1, 1)
            mapping.extend(min(i1 + (k * span) // max(j2 - j1, 1), max(i2 - 1, i1)) for k in range(j2 - j1))
    return mapping


def _repair_line(line: str, layout_dashes: bool) -> tuple[str, list[int] | None]:
    """The repaired line and, if it changed, each character's index in the input line.

    Deletions (invisible characters, layout dashes) are tracked exactly; ftfy's repairs, rare, are
    aligned with difflib on the line they touched.
    """
    pattern = _LAYOUT_OR_INVISIBLE if layout_dashes else _INVISIBLE
    text, kept = _deletions(line, pattern)
    fixed = ftfy.fix_text(text, _FTFY)
    if fixed != text:
        kept = [kept[i] for i in _align(text, fixed)]
    if fixed == line:
        return line, None
    return fixed, kept


def repair(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The repaired text and, when it differs from the input, the map back to input offsets."""
    layout_dashes = len(_LAYOUT_DASH.findall(text)) >= _LAYOUT_DASH_MIN
    out: list[str] = []
    mapping: list[int] = []
    changed = False
    offset = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        fixed, kept = _repair_line(body, layout_dashes) if body else (body, None)
        if kept is None:
            mapping.extend(range(offset, offset + len(line)))
            out.append(line)
        else:
            changed = True
            mapping.extend(offset + i for i in kept)
            mapping.extend(range(offset + len(body), offset + len(line)))
            out.append(fixed + ending)
        offset += len(line)
    if not changed:
        return text, None
    mapping.append(len(text))  # the end offset of a span that reaches the end of the text
    return "".join(out), tuple(mapping)


def find_boilerplate(text: str) -> list[Span]:
    spans: list[Span] = []
    patterns, related = boilerplate_patterns(), related_headings()
    offset = 0
    in_related = False  # below a heading of other articles, while the lines read as their headlines
    for line in text.splitlines(keepends=True):
        body = line.strip()
        if body:  # blank lines between the headlines keep the list going
            in_related = related.search(body) is not None or (in_related and _headline(body))
        if body and (in_related or patterns.search(body) or _BREADCRUMB.match(body)):
            start = offset + line.index(body[0])
            spans.append(Span(start, start + len(body)))
        offset += len(line)
    spans.extend(Span(m.start(), m.end()) for m in _URL_OR_EMAIL.finditer(text))
    return sorted(spans, key=lambda s: s.start)


def mask(text: str, spans: list[Span]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.start, span.end):
            if chars[i] not in "\r\n":
                chars[i] = " "
    return "".join(chars)


def clean(article: Article) -> CleanArticle:
    text, to_source = repair(article.text)
    boilerplate = find_boilerplate(text)
    return CleanArticle(article=article, text=text, masked=mask(text, boilerplate), to_source=to_source,
                        boilerplate=tuple(boilerplate))
