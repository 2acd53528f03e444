"""Stage 1: read articles from .txt, .jsonl and .csv files (readers are registered by file suffix).

A file that cannot be read becomes an Article with a status and a message, never an exception, so one
bad file never stops a run and nothing is dropped without a row saying why.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path

from charset_normalizer import from_bytes

from pipeline.records import Article

MAX_BYTES = 5_000_000  # an article over 5 MB is not a news article; such a file gets a status row
MAX_TITLE = 300
FIELDS = ("id", "text", "title", "url", "published", "language")

Reader = Callable[[Path, int], Iterator[Article]]
TextReader = Callable[[Path, str, str], Iterator[Article]]  # (path, decoded text, encoding note)
READERS: dict[str, Reader] = {}


def reader(suffix: str) -> Callable[[TextReader], TextReader]:
    """Register a reader for files ending in `suffix`; it receives the decoded text, and a file that cannot
    be read or decoded becomes a status row before the reader is called."""

    def register(func: TextReader) -> TextReader:
        def read(path: Path, max_bytes: int) -> Iterator[Article]:
            opened = _file_text(path, max_bytes)
            if isinstance(opened, Article):
                yield opened
                return
            yield from func(path, *opened)

        READERS[suffix] = read
        return func

    return register


class UnreadableInput(Exception):
    pass


def decode(data: bytes) -> tuple[str, str]:
    """Bytes to text: UTF-8 first (with or without BOM), else the most likely legacy encoding.

    Returns the text and a note naming the encoding when it was not UTF-8.
    """
    if not data.strip():
        return "", ""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableInput("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None or best.encoding is None:
        raise UnreadableInput("not text in any known encoding")
    # On a short article charset_normalizer often ranks a neighbouring code page first (Swedish Latin-1
    # read as Central European cp1250 turns "Åbo" into "Ĺbo"; Baltic cp1257 comes out as Turkish): of the
    # encodings it finds plausible, keep the one whose letters our languages write (its own pick on a tie).
    chosen = max((m for m in matches if m.encoding), key=lambda m: (_letter_score(str(m)), m is best))
    text = str(chosen)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text)
    if printable < 0.95 * len(text):
        raise UnreadableInput("binary file (mostly unprintable characters)")
    return text, f"decoded as {chosen.encoding} (not valid UTF-8)"


@cache
def _our_letters() -> frozenset[str]:
    """Every non-ASCII letter the languages we claim write, gathered from CLDR's names of countries,
    months and weekdays in each (babel): "ā", "ų", "ø", "ї"..."""
    from babel import Locale

    from pipeline.langdata import available_languages

    letters: set[str] = set()
    for code in available_languages():
        try:
            locale = Locale.parse(code)
        except (ValueError, LookupError):
            continue
        names = [*locale.territories.values(), *locale.months["format"]["wide"].values(),
                 *locale.days["format"]["wide"].values()]
        letters.update(ch for name in names for ch in name.lower() if ch.isalpha() and not ch.isascii())
    return frozenset(letters)


def _letter_score(text: str) -> int:
    """Letters of our languages count for a decoding, other non-ASCII letters three times against it."""
    ours = _our_letters()
    return sum(1 if ch.lower() in ours else -3 for ch in text if ch.isalpha() and not ch.isascii())


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise UnreadableInput(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-bytes)")
    return path.read_bytes()


def _failed(article_id: str, source: str, status: str, message: str) -> Article:
    return Article(article_id=article_id, source=source, status=status, message=message)  # type: ignore[arg-type]


def _with_text_status(article: Article) -> Article:
    if not article.text.strip():
        return replace(article, status="empty", message=article.message or "no text")
    return article


def _file_text(path: Path, max_bytes: int) -> tuple[str, str] | Article:
    """The decoded text of a file and a note on its encoding, or the status row saying why there is none."""
    try:
        return decode(_read_bytes(path, max_bytes))
    except (UnreadableInput, OSError) as exc:
        return _failed(path.stem, str(path), "unreadable", str(exc))


@reader(".txt")
def read_txt(path: Path, text: str, note: str) -> Iterator[Article]:
    """A .txt file is one article; its id is the file stem and its title the first non-empty line."""
    yield _with_text_status(Article(article_id=path.stem, source=str(path), text=text, title=_first_line(text),
                                    message=note))


def _record_article(record: object, default_id: str, source: str, note: str) -> Article:
    if not isinstance(record, dict):
        return _failed(default_id, source, "unreadable", f"expected a JSON object, got {type(record).__name__}")
    article_id = str(record.get("id") or "").strip() or default_id
    missing_id = "" if str(record.get("id") or "").strip() else "no 'id' field; "
    if "text" not in record:
        return _failed(article_id, source, "unreadable", f"{missing_id}no 'text' field")
    values = {key: "" if record.get(key) is None else str(record.get(key)) for key in FIELDS}
    title = values["title"].strip()[:MAX_TITLE]
    body = values["text"]
    # The analysed text is the title, a blank line and the body, unless the body's first line is the title.
    text = body if not title or _first_line(body) == title else f"{title}\n\n{body}"
    message = "; ".join(m for m in (missing_id.rstrip("; "), note) if m)
    article = Article(
        article_id=article_id, source=source, text=text, title=title or _first_line(body),
        url=values["url"].strip(), published=values["published"].strip(),
        language=values["language"].strip().lower(), message=message,
    )
    return _with_text_status(article)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:MAX_TITLE]


@reader(".jsonl")
def read_jsonl(path: Path, text: str, note: str) -> Iterator[Article]:
    """One JSON object per line; a malformed line becomes a status row naming the line."""
    source = str(path)
    any_line = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        any_line = True
        default_id = f"{path.name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _failed(default_id, f"{source}:{number}", "unreadable", f"line {number}: invalid JSON ({exc.msg})")
            continue
        yield _record_article(record, default_id, f"{source}:{number}", note)
    if not any_line:
        yield _failed(path.stem, source, "empty", "file has no records")


@reader(".csv")
def read_csv(path: Path, text: str, note: str) -> Iterator[Article]:
    """A header row with at least id and text; a row that does not fit becomes a status row."""
    source = str(path)
    if not text.strip():
        yield _failed(path.stem, source, "empty", "file has no records")
        return
    csv.field_size_limit(max(len(text), 131072))
    rows = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(rows)]
    except (csv.Error, StopIteration) as exc:
        yield _failed(path.stem, source, "unreadable", f"no CSV header row ({exc})")
        return
    if "text" not in header:
        yield _failed(path.stem, source, "unreadable", f"CSV header has no 'text' column (found: {', '.join(header)})")
        return
    line = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            break
        except csv.Error as exc:
            line = rows.line_num
            message = f"line {line}: malformed CSV ({exc})"
            yield _failed(f"{path.name}:{line}", f"{source}:{line}", "unreadable", message)
            break
        line = rows.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield _failed(
                f"{path.name}:{line}", f"{source}:{line}", "unreadable",
                f"line {line}: {len(row)} fields, the header has {len(header)}",
            )
            continue
        yield _record_article(dict(zip(header, row, strict=True)), f"{path.name}:{line}", f"{source}:{line}", note)


def discover(inputs: Iterable[str | Path]) -> tuple[list[Path], list[str]]:
    """The files to read, in a stable order, and notes about what was passed over and why."""
    files: list[Path] = []
    notes: list[str] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            wanted = [p for p in found if p.suffix.lower() in READERS]
            others = len(found) - len(wanted)
            if others:
                notes.append(f"{path}: skipped {others} file(s) that are not {'/'.join(sorted(READERS))}")
            files.extend(wanted)
        else:
            files.append(path)
    return files, notes


def read_inputs(inputs: Iterable[str | Path], max_bytes: int = MAX_BYTES) -> tuple[list[Article], list[str]]:
    """Every article from every input, with unique ids (a repeated id gets '#2', '#3' and a note)."""
    files, notes = discover(inputs)
    articles: list[Article] = []
    for path in files:
        read = READERS.get(path.suffix.lower())
        if not path.exists():
            articles.append(_failed(path.stem, str(path), "unreadable", "no such file"))
        elif read is None:
            message = f"unsupported file type {path.suffix or '(none)'!r}"
            articles.append(_failed(path.stem, str(path), "unreadable", message))
        else:
            articles.extend(read(path, max_bytes))
    return _unique_ids(articles), notes


def _unique_ids(articles: list[Article]) -> list[Article]:
    seen: dict[str, int] = {}
    out: list[Article] = []
    for article in articles:
        count = seen.get(article.article_id, 0) + 1
        seen[article.article_id] = count
        if count > 1:
            note = f"duplicate id {article.article_id!r} renamed"
            message = f"{article.message}; {note}" if article.message else note
            article = replace(article, article_id=f"{article.article_id}#{count}", message=message)
        out.append(article)
    return out
