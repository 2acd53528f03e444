"""Dates and date ranges in running text, in the article's language.

Written by hand because no library does this: dateparser parses one date string it is handed (and reads
"15-17 oktober" as the year 2017), search_dates finds only one end of a range. Month and weekday names
come from the language profile (CLDR + dateparser's locale data + the hand-written inflected forms), so the
grammar below is the same for every language: day-month ("13 kwietnia", "5. decembrim"), month-day
("May 29", "gegužės 2"), year-first ("2019. gada 5. decembrī", "2019 m. gruodžio 5 d."), numeric
("14.04.2015", "2019-11-03"), and ranges of each ("No 2. līdz 5. decembrim", "14.–16.4.2015").
Missing years stay missing here; normalise resolves them from the text, the published date or a weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from pipeline.extract.doc import Doc, fold_same_length
from pipeline.langdata import LanguageProfile
from pipeline.records import DateParts, Mention

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_DASH = r"[-–—‐]"


@dataclass(frozen=True)
class DateGrammar:
    patterns: tuple[tuple[str, re.Pattern[str]], ...]
    months: dict[str, int]  # folded full forms and abbreviations -> month number
    full_months: frozenset[str]  # folded full forms
    written_forms: frozenset[str]  # every form as CLDR and the language file spell it, lower-cased
    weekdays: dict[str, int]

    def month(self, written: str) -> int | None:
        """The month a matched word names, or None when the match only exists because of folding.

        The grammar runs on folded text, so "się" (a Polish pronoun) meets "sie" (August, abbreviated)
        and "mają" meets "maja" (of May). A form counts when it is spelt as the language spells it, or
        when it is written without any diacritics at all (scraped text often drops them).
        """
        word = written.lower().rstrip(".").strip()
        key = _fold_key(word)
        if word in self.written_forms:
            return self.months.get(key)
        if word.isascii() and key in self.full_months:
            return self.months.get(key)
        return None


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


def _fold_key(word: str) -> str:
    return fold_same_length(word)


_GRAMMARS: dict[str, DateGrammar] = {}


def _word_or_abbreviation(words: list[str]) -> str:
    """Year or day words after a number: an abbreviation takes its full stop ("2019 r.", "5 d."), a whole
    word does not - a full stop after "roku" or "dienomis" ends the sentence, not the date."""
    short = [w for w in words if len(w) <= 2]
    full = [w for w in words if len(w) > 2]
    parts = ([rf"(?:{_alternation(full)})(?!\w)"] if full else []) + (
        [rf"(?:{_alternation(short)})(?!\w)\.?"] if short else [])
    return "(?:" + "|".join(parts) + ")"


def grammar(profile: LanguageProfile) -> DateGrammar:
    """The compiled date grammar of a language (built once per process)."""
    if profile.code not in _GRAMMARS:
        _GRAMMARS[profile.code] = _build_grammar(profile)
    return _GRAMMARS[profile.code]


def _build_grammar(profile: LanguageProfile) -> DateGrammar:
    months = {_fold_key(k): v for k, v in profile.months.items()}
    abbreviations = {_fold_key(k): v for k, v in profile.month_abbreviations.items() if len(k) >= 3}
    weekdays = {_fold_key(k): v for k, v in profile.weekdays.items()}
    written = frozenset(
        w.lower().rstrip(".") for w in [*profile.written_months, *profile.written_month_abbreviations]
    )
    full = _alternation(list(months))
    abbr = _alternation(list(abbreviations))
    # An abbreviation counts only with its full stop or right before a number ("lis" is also a fox).
    month = rf"(?:{full})" + (rf"|(?:{abbr})(?:\.|(?=\s+\d))" if abbr else "")
    connectors = [_fold_key(w) for w in profile.raw.get("dates", {}).get("range_connectors", [])]
    connector_words = _alternation([c for c in connectors if c[:1].isalpha()])
    # A connector may take an article before the second day: "til den 4. oktober", "bis zum 5. Mai".
    articles = _alternation([_fold_key(w) for w in profile.raw.get("dates", {}).get("range_articles", [])])
    after_connector = rf"(?:\s+(?:{articles})(?!\w))?" if articles else ""
    sep = (rf"\s*(?:{_DASH}+|(?<!\w)(?:{connector_words})(?!\w){after_connector})\s*" if connector_words
           else rf"\s*{_DASH}+\s*")
    dm_sep = rf"(?:{sep}|\s+)" if profile.raw.get("dates", {}).get("bare_ranges") else sep
    year_words = [_fold_key(w) for w in profile.raw.get("dates", {}).get("year_words", [])]
    year_suffix = rf"(?:\s*\.)?(?:\s*{_word_or_abbreviation(year_words)})?" if year_words else r"(?:\s*\.)?"
    day_words = [_fold_key(w) for w in profile.raw.get("dates", {}).get("day_words", [])]
    day_suffix = rf"(?:\s*{_word_or_abbreviation(day_words)})?" if day_words else ""
    wd = _alternation(list(weekdays))
    # A word between a day and its month: "the 3rd of May".
    links = [_fold_key(w) for w in profile.raw.get("dates", {}).get("day_month_links", [])]
    of = rf"(?:\s+(?:{_alternation(links)}))?(?!\w)" if links else ""

    def weekday_before(group: str) -> str:
        """An optional weekday before a day, captured as `group` when one is named."""
        name = rf"(?P<{group}>{wd})" if group else rf"(?:{wd})"
        return rf"(?:{name}(?!\w)\s*,?\s*(?:(?:dem|den|the|le|il)\s+)?)?" if wd else ""

    weekday = weekday_before("wd")
    # Either end of a range may name its weekday too: "fra torsdag den 5. til søndag den 8. september".
    range_weekday = weekday_before("")

    def day(name: str, first: bool = True) -> str:
        guard = r"(?<![\d.,/-])" if first else ""
        return rf"{guard}(?P<{name}>[0-3]?\d)(?!\d)(?:\.|st|nd|rd|th)?"

    def mon(name: str) -> str:
        return rf"(?<!\w)(?P<{name}>{month})(?!\w)"

    def year(name: str) -> str:
        return rf"(?<![\d.])(?P<{name}>{_YEAR})(?!\d)"

    Y1, Y2 = year("y1"), year("y2")
    D1, D2, M1, M2 = day("d1"), day("d2"), mon("m1"), mon("m2")
    D2_after_sep = day("d2", first=False)
    opt_y2 = rf"(?:\s*,?\s*{Y2}{year_suffix})?"
    NUM_END = rf"(?P<d2>[0-3]?\d)\.(?P<m2n>[01]?\d)\.(?P<y2>{_YEAR})(?!\d)"  # the "16.4.2015" closing a range
    raw_patterns = [
        # Year-first ranges come first, or the range alone would be taken without its year.
        # 2024 m. balandžio 30 d. – gegužės 2 d. (Lithuanian: the year, then a range across two months)
        ("ymd-md", rf"{Y2}{year_suffix}\s*{M1}\s*{D1}{day_suffix}{sep}{M2}\s*{D2_after_sep}{day_suffix}"),
        # 2023 m. gegužės 8–11 d. (Lithuanian: the year first, then the month and the days)
        ("ymd-d", rf"{Y2}{year_suffix}\s*{M2}\s*{D1}{sep}{D2_after_sep}{day_suffix}"),
        # 2024. gada 3.–5. maijā (Latvian: the year, the days, the month)
        ("yd-dm", rf"{Y2}{year_suffix}\s*{D1}{sep}{D2_after_sep}\s*{M2}"),
        # no 2023. gada 3. jūnija līdz 5. jūnijam (Latvian: the year, then a range of days with their months)
        ("ydm-dm", rf"{Y2}{year_suffix}\s*{D1}\s*{M1}{dm_sep}{D2_after_sep}\s*{M2}"),
        # 29. september – 2. oktober 2016 / 29. May 2018 - 30. May 2018 / 30. septembrist 2. oktoobrini (Estonian:
        # the cases say from and until, `bare_ranges`)
        ("dm-dm", rf"{range_weekday}{D1}\s*{M1}(?:\s*,?\s*{Y1}{year_suffix})?{dm_sep}{range_weekday}{D2_after_sep}"
                  rf"\s*{M2}{opt_y2}"),
        # Balandžio 30–gegužės 2 / May 29 – June 2, 2018
        ("md-md", rf"{M1}\s*{D1}{day_suffix}(?:\s*,?\s*{Y1})?{sep}{M2}\s*{D2_after_sep}{day_suffix}{opt_y2}"),
        # 3-9 listopada 2019 / No 2. līdz 5. decembrim / 23 tot en met 28 april
        ("d-dm", rf"{range_weekday}{D1}{sep}{range_weekday}{D2_after_sep}{of}\s*{M2}{opt_y2}"),
        # June 12-15, 2023
        ("md-d", rf"{M1}\s*{D1}{sep}{D2_after_sep}{day_suffix}{opt_y2}"),
        # 2019. gada 5. decembrī / 2019 m. gruodžio 5 d.
        ("ymd", rf"{Y2}{year_suffix}\s*{M2}\s*{D2}{day_suffix}"),
        # 2019. gada 5. decembrī (Latvian: year, day, month)
        ("ydm", rf"{Y2}{year_suffix}\s*{D2_after_sep}\s*{M2}"),
        # 14.–16.4.2015 / 25.-27.3.2015 / 1. bis 3.10.2024
        ("num-d-dmy", rf"(?<![\d.])(?P<d1>[0-3]?\d)\.?{sep}{NUM_END}"),
        # 30.4.–2.5.2015 / 30.9. bis 2.10.2024
        ("num-dm-dmy", rf"(?<![\d.])(?P<d1>[0-3]?\d)\.(?P<m1n>[01]?\d)\.?{sep}{NUM_END}"),
        # 14.04.2015 / 14/04/2015
        ("num-dmy", rf"(?<![\d.])(?P<d2>[0-3]?\d)[./](?P<m2n>[01]?\d)[./](?P<y2>{_YEAR})(?![\d])"),
        # tiistaina 3.9. / am Dienstag, 3.9.: a day and month in figures, safe only after a weekday
        ("wd-num-dm", rf"{weekday}(?<![\d.])(?P<d2>[0-3]?\d)\.(?P<m2n>[01]?\d)\.(?![\d])"),
        # 2019-11-03
        ("iso", rf"(?<![\d-])(?P<y2>{_YEAR})-(?P<m2n>[01]\d)-(?P<d2>[0-3]\d)(?!\d)"),
        # w piątek, 13 kwietnia / Freitag, dem 12. September / 19. mail
        ("dm", rf"{weekday}{D2}{of}\s*{M2}{opt_y2}"),
        # May 29, 2018 / gegužės 2 d.
        ("md", rf"{weekday}{M2}\s*{D2}{day_suffix}(?:(?:\s*,\s*|\s+){Y2})?(?!\s*[.:]?\d)"),
        # November 2016 / w listopadzie 2019
        ("my", rf"{M2}\s*{Y2}"),
        # 2014–2020 programme periods: two years, not a range of days
        ("y-y", rf"{Y1}\.?\s*{_DASH}\s*{Y2}{year_suffix}"),
        ("y", rf"{Y2}"),
    ]
    compiled = tuple((name, re.compile(p)) for name, p in raw_patterns)
    return DateGrammar(
        patterns=compiled, months={**abbreviations, **months}, full_months=frozenset(months),
        written_forms=written, weekdays=weekdays,
    )


def _valid(year: int | None, month: int | None, day: int | None) -> bool:
    if month is not None and not 1 <= month <= 12:
        return False
    if day is not None and not 1 <= day <= 31:
        return False
    if day is not None and month is not None:
        try:
            dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 February stays possible
        except ValueError:
            return False
    return True


def _parts(name: str, m: re.Match[str], g: DateGrammar, text: str) -> DateParts | None:
    groups = m.groupdict()

    def month(key: str) -> int | None:
        if groups.get(key) is None:
            return None
        start, end = m.span(key)
        return g.month(text[start:end])

    def num(key: str) -> int | None:
        value = groups.get(key)
        return int(value) if value else None

    d1, d2, y1, y2 = num("d1"), num("d2"), num("y1"), num("y2")
    if (groups.get("m1") is not None and month("m1") is None) or (groups.get("m2") is not None and month("m2") is None):
        return None
    m1 = month("m1") or num("m1n")
    m2 = month("m2") or num("m2n")
    weekday = g.weekdays.get(groups["wd"]) if groups.get("wd") else None
    if name in {"y", "my"}:
        return DateParts(day=None, month=m2, year=y2) if _valid(y2, m2, None) else None
    if name == "y-y":
        return None  # handled as two single years by the caller
    if name == "wd-num-dm" and weekday is None:
        return None  # without its weekday "3.9." is as likely a number
    if name in {"dm", "md", "ymd", "ydm", "num-dmy", "iso", "wd-num-dm"}:
        if not _valid(y2, m2, d2):
            return None
        return DateParts(day=d2, month=m2, year=y2, weekday=weekday)
    # Ranges: each end inherits what it leaves out from the other ("3-9 listopada 2019", "June 12-15").
    start_month, end_month = m1 or m2, m2 or m1
    start_year, end_year = y1 or y2, y2 or y1
    if start_year is not None and y1 is None and start_month and end_month and start_month > end_month:
        start_year -= 1  # "28 December – 3 January 2017" starts in 2016
    if not (_valid(start_year, start_month, d1) and _valid(end_year, end_month, d2)):
        return None
    if (start_year or 2000, start_month or 0, d1 or 0) > (end_year or 2000, end_month or 0, d2 or 0):
        return None
    return DateParts(day=d1, month=start_month, year=start_year, end_day=d2, end_month=end_month, end_year=end_year)


def find_dates(doc: Doc) -> list[Mention]:
    g = grammar(doc.profile)
    text = doc.folded
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for name, pattern in g.patterns:
        for m in pattern.finditer(text):
            start, end = m.span()
            while end > start and (text[end - 1] in " ," or (text[end - 1] == "." and text[end - 2].isdigit())):
                end -= 1
            if not doc.text[start:end].strip() or not free(start, end):
                continue
            if name == "y-y":
                for key in ("y1", "y2"):
                    s, e = m.span(key)
                    year = DateParts(None, None, int(m.group(key)))
                    found.append(Mention("date", s, e, doc.text[s:e], "dates", date=year))
                taken.append((start, end))
                continue
            parts = _parts(name, m, g, doc.text)
            if parts is None:
                continue
            if name == "y" and not _plausible_year(doc, start, end):
                continue
            found.append(Mention("date", start, end, doc.text[start:end], "dates", date=parts))
            taken.append((start, end))
    return sorted(found, key=lambda x: x.start)


_NOT_YEAR_BEFORE = re.compile(r"[\w#№+/:-]$")
_NOT_YEAR_AFTER = re.compile(r"^(?:[\w%/:]|[.,]\d| ?(?:\d{3})(?!\d))")


def _plausible_year(doc: Doc, start: int, end: int) -> bool:
    """A bare four-digit number is a year unless it is glued to an id, a phone number or a larger number."""
    before = doc.text[max(0, start - 1) : start]
    after = doc.text[end : end + 4]
    if _NOT_YEAR_BEFORE.search(before) or _NOT_YEAR_AFTER.search(after):
        return False
    return True
