"""Cleaning an article: headline, byline and date from a plain-text article, and web leftovers.

The analysed text (``text``) is the body with web leftovers removed and NFKC applied (it folds
presentation-form ligatures, so character offsets into ``text`` are stable). What was removed is
returned too, for audit; the raw text is kept unaltered by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.normalize import nfkc, normalize_alef
from .dates import find_date

__all__ = ["CleanArticle", "clean_body", "parse_plain_article", "looks_like_headline", "LEFTOVER_PATTERNS"]

# A heading that opens a block of related links, or a share widget (matched on a normalized line).
LEFTOVER_PATTERNS = [
    r"ربما يعجبك ايضا",
    r"قد يعجبك ايضا",
    r"اقرا ايضا",
    r"اقرأ ايضا",
    r"اقرا المزيد",
    r"مواضيع ذات صله",
    r"مواضيع ذات صلة",
    r"اخبار ذات صله",
    r"اخبار ذات صلة",
    r"الاكثر قراءه",
    r"الاكثر قراءة",
    r"شارك هذا (الخبر|المقال|الموضوع)",
    r"شارك(ها)? (على|عبر)",
    r"تابعونا على",
    r"رابط الخبر",
    r"رابط المقال",
    r"رابط الموضوع",
    r"read more",
    r"related (articles|posts|news)",
    r"you may also like",
    r"share this",
]
_LEFTOVER_RE = re.compile(r"^\W*(?:%s)\b" % "|".join(LEFTOVER_PATTERNS), re.I)
_SHARE_ONLY_RE = re.compile(
    r"^(?:\W*(?:شارك|مشاركة|فيسبوك|فيس بوك|تويتر|واتساب|واتس اب|تلغرام|تيليجرام|انستغرام|"
    r"لينكد ان|طباعة|ارسال|facebook|twitter|whatsapp|telegram|linkedin|email|print|share|tweet)\W*)+$",
    re.I,
)
_BYLINE_RE = re.compile(
    r"^(?:كتب|كتبت|كتبه|بقلم|إعداد|اعداد|تقرير|ترجمة)\s*[:\-–—]?\s*[:\-–—]\s*(?P<name>.+?)\s*$"
    r"|^(?:بقلم|كتب|كتبت)\s+(?P<name2>\S+(?:\s+\S+){0,3})\s*$"
)
#: A link to the article run on after the last sentence (or a colon) of its last line (``… حتى
#: الآن. رابط الخبر بصحيفة الوئام: <the title>``), from there to the line's end.
_TRAILING_LINK_RE = re.compile(
    r"(?<=[.!؟?»”\":…])\s*(?:رابط الخبر|رابط المقال|رابط الموضوع)\s+ب?\S+(?:\s+\S+)?\s*:.*$"
)
_WS_RE = re.compile(r"[ \t\u00a0\u200b\u200c\u200d\u200e\u200f\u2066-\u2069]+")


@dataclass
class CleanArticle:
    """The parts of one article; ``text`` is what the kit analyses."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    removed: list[str] = field(default_factory=list)


def _key(line: str) -> str:
    return normalize_alef(line).strip().lower()


# Control characters are no text: NUL and the like (left by a wrong decoding or a broken
# export) are removed, the separators among them become spaces; raw_text keeps them.
_CONTROL_TABLE = {c: None for c in (*range(0x00, 0x09), 0x0E, 0x0F, *range(0x10, 0x1C), 0x7F)}
_CONTROL_TABLE.update({c: " " for c in (0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x1F)})


_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _lines(text: str) -> list[str]:
    text = nfkc(text)
    if _CONTROL_RE.search(text):  # (a scan is far cheaper than translating every article)
        text = text.translate(_CONTROL_TABLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [_WS_RE.sub(" ", ln).strip() for ln in text.split("\n")]


def clean_body(text: str) -> tuple[str, list[str]]:
    """Remove web leftovers from an article body; return ``(clean_text, removed_lines)``.

    A line that opens a related-links block (``ربما يعجبك أيضا``, ``اقرأ أيضا`` …) is removed
    with everything after it when it stands in the last fifth of the article or only short
    (headline-like) lines follow it; elsewhere that line alone is removed. Share-widget lines
    (``شارك``, ``فيسبوك``, ``تويتر`` …) are removed wherever they stand, and so is a link to the
    article run on after the last sentence of the last line (``… الآن. رابط الخبر بصحيفة الوئام:
    <the title again>``). Paragraphs of the result are separated by one blank line.

    >>> clean_body("الفقرة الأولى.\\n\\nربما يعجبك أيضا")
    ('الفقرة الأولى.', ['ربما يعجبك أيضا'])
    """
    lines = [ln for ln in _lines(text)]
    nonempty = [i for i, ln in enumerate(lines) if ln]
    keep: list[str] = []
    removed: list[str] = []
    cut_at = None
    for rank, i in enumerate(nonempty):
        ln = lines[i]
        k = _key(ln)
        if _LEFTOVER_RE.search(k):
            after = [lines[j] for j in nonempty[rank + 1 :]]
            if rank >= 0.8 * len(nonempty) or all(len(a.split()) <= 15 for a in after):
                cut_at = rank
                break
            removed.append(ln)
            continue
        if _SHARE_ONLY_RE.match(k):
            removed.append(ln)
            continue
        keep.append(ln)
    if cut_at is not None:
        removed.extend(lines[j] for j in nonempty[cut_at:])
    if keep and (m := _TRAILING_LINK_RE.search(keep[-1])):
        # … حتى الآن. رابط الخبر بصحيفة الوئام: <the title again>: the site's link to the
        # article run on at the end of its last line (every alweeam article of SaudiNewsNet)
        removed.append(keep[-1][m.start() :].strip())
        keep[-1] = keep[-1][: m.start()].rstrip()
        if not keep[-1]:
            keep.pop()
    return "\n\n".join(keep), removed


_SENTENCE_END_RE = re.compile(r"[.؟?!؛…:]\W*$")


def looks_like_headline(lines: list[str], blank_after: bool) -> bool:
    """Whether the first of an article's lines reads as a headline rather than its lead sentence.

    A headline is short (at most 20 words and 200 characters), does not end like a sentence
    (``. ؟ ! ؛ : …``), and is followed by more text, set off by a blank line, a byline or a
    date line, or by a clearly longer line (the lead paragraph).
    """
    if len(lines) < 2:
        return False
    first = lines[0]
    if len(first.split()) > 20 or len(first) > 200 or _SENTENCE_END_RE.search(first):
        return False
    nxt = lines[1]
    return (
        blank_after
        or bool(_BYLINE_RE.match(nxt))
        or bool(find_date(nxt))
        or len(nxt.split()) >= 2 * len(first.split())
    )


def parse_plain_article(text: str, *, headline: bool | None = None) -> CleanArticle:
    """Split a plain-text article into headline, byline, date and cleaned body.

    The first non-empty line is the headline when it looks like one (``headline=None``, see
    :func:`looks_like_headline`), always (``True``) or never (``False``). Short lines right
    after a headline are header lines: a byline ``كتب/كتبت – NAME`` (or ``بقلم NAME``) gives
    the author, a line that only repeats the author's name is dropped, a line with a date gives
    the date. The rest is the body, cleaned by :func:`clean_body`.

    >>> a = parse_plain_article("عنوان الخبر\\n\\nكتبت – دعاء عبدالنبي\\n\\nنص الخبر.")
    >>> a.title, a.author, a.text
    ('عنوان الخبر', 'دعاء عبدالنبي', 'نص الخبر.')
    >>> parse_plain_article("سجلت درجات الحرارة ارتفاعا اليوم.").text
    'سجلت درجات الحرارة ارتفاعا اليوم.'
    """
    all_lines = _lines(text)
    lines = [ln for ln in all_lines if ln]
    if not lines:
        return CleanArticle(text="")
    if headline is None:
        first = next(i for i, ln in enumerate(all_lines) if ln)
        blank_after = first + 1 < len(all_lines) and not all_lines[first + 1]
        headline = looks_like_headline(lines, blank_after)
    if not headline:
        body, removed = clean_body("\n\n".join(lines))
        return CleanArticle(text=body, removed=removed)
    title = lines[0]
    header = [ln for ln in lines[1:5] if len(ln.split()) <= 8]
    author = next(
        ((m.group("name") or m.group("name2")).strip() for m in map(_BYLINE_RE.match, header) if m), None
    )
    date = None
    i = 1
    while i < min(len(lines), 5) and len(lines[i].split()) <= 8:
        ln = lines[i]
        if _BYLINE_RE.match(ln) or (author and _key(ln) == _key(author)):
            i += 1
        elif date is None and len(ln.split()) <= 6 and (found := find_date(ln)):
            date = found
            i += 1
        else:
            break
    body_start = i
    body, removed = clean_body("\n\n".join(lines[body_start:]))
    return CleanArticle(text=body, title=title, author=author, date=date, removed=removed)
