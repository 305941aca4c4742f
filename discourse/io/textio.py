"""Bytes to text: encoding detection, binary refusal and markup stripping.

Detected encodings: UTF-8 (with or without BOM), UTF-32 and UTF-16 (with a BOM, or without one
when the NUL pattern shows it), and Windows-1256, the code page of many older Arabic archives.
Anything else is refused with an :class:`~discourse.errors.EncodingError` that says how to fix it.

Decoding is strict and per file: a file whose lines are partly UTF-8 and partly in another
encoding (two exports pasted together) is refused with the line where the encoding changes,
never decoded whole as Windows-1256 into mojibake. A file of nothing but NUL bytes is refused.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser
from typing import NamedTuple

from ..errors import EncodingError, FormatError
from ..text.normalize import ARABIC_LETTER_RE

__all__ = ["decode_bytes", "decode_detail", "Decoded", "strip_markup", "looks_like_markup", "read_utf8"]

# Letters cp1256 maps to Latin-1 accented letters: many of them mean the bytes were not cp1256.
_CP1256_LATIN_RE = re.compile("[\u00c0-\u00ff\u0152\u0153\u0192\u02c6]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(2, len(sample) // 100)


def _utf32_without_bom(data: bytes) -> tuple[str, str] | None:
    sample = data[:4096]
    n = len(sample) - len(sample) % 4
    if n < 8:
        return None
    for enc, zero, low in (("utf-32-le", (2, 3), 1), ("utf-32-be", (0, 1), 2)):
        zeros = all(sample[i + z] == 0 for i in range(0, n, 4) for z in zero)
        if zeros and sum(1 for i in range(0, n, 4) if sample[i + low] in (0, 6)) / (n // 4) > 0.9:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    return None


def _mixed_utf8_line(data: bytes) -> tuple[int, int] | None:
    """``(first UTF-8 line, first line that is not)`` when a file mixes UTF-8 lines (with
    Arabic) and lines in another encoding; ``None`` when it does not. Lines are 1-based."""
    first_utf8 = first_other = None
    for lineno, line in enumerate(data.split(b"\n"), start=1):
        if not any(b > 0x7F for b in line):
            continue  # ASCII: both encodings agree
        try:
            decoded = line.decode("utf-8")
        except UnicodeDecodeError:
            first_other = first_other or lineno
        else:
            # a line of another encoding is valid UTF-8 only by accident, and then holds few
            # Arabic letters: count it as UTF-8 evidence only when it reads as Arabic
            if len(ARABIC_LETTER_RE.findall(decoded)) >= 3:
                first_utf8 = first_utf8 or lineno
        if first_utf8 and first_other:
            return first_utf8, first_other
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Arabic in UTF-16 has 0x06 high bytes; ASCII has 0x00 high bytes.
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0, 6)) / len(high)
        if share > 0.9:
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, *, source: str = "<bytes>", encoding: str | None = None) -> str:
    """Decode a text file's bytes, detecting the encoding.

    Parameters
    ----------
    data : bytes
        The file's content.
    source : str
        Name used in error messages (the file, or ``archive.zip:member``).
    encoding : str, optional
        Force an encoding (any Python codec name) instead of detecting one.

    Returns
    -------
    str
        The text, with a BOM removed and line endings as found.

    Examples
    --------
    >>> decode_bytes("العراق".encode("cp1256"))
    'العراق'
    """
    return decode_detail(data, source=source, encoding=encoding).text


class Decoded(NamedTuple):
    """Decoded text, the encoding it was read in and how sure the kit is of it (0–1)."""

    text: str
    encoding: str
    confidence: float


def decode_detail(data: bytes, *, source: str = "<bytes>", encoding: str | None = None) -> Decoded:
    """:func:`decode_bytes`, with the encoding used and the confidence in it.

    Rules first: a byte-order mark, UTF-16/32 by their NUL pattern, strict UTF-8 (confidence 1),
    Windows-1256 for Arabic that is not UTF-8 (confidence: the share of its letters that are
    Arabic rather than the accented Latin letters a wrong guess produces). Anything else is
    detected by ``charset-normalizer`` (confidence: 1 − its "mess" measure, times how coherent
    the text is in the language it reads as); a file it cannot read either, or reads with a
    confidence under 0.1 (bytes that are no language in any encoding), is refused.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding, 1.0)
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingError(
                f"{source}: cannot decode as {encoding!r} ({exc}). "
                "Check the encoding name or leave it out to detect it."
            ) from exc
    if not data.strip(b"\x00"):
        raise FormatError(
            f"{source}: holds only NUL bytes (an empty or damaged export), no text. "
            "Remove it or export it again."
        )
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="strict"), "utf-8-sig", 1.0)
        except UnicodeDecodeError as exc:
            raise _not_utf8(data, source, exc) from exc
    # UTF-32's little-endian BOM begins with UTF-16's: test it first
    for boms, name in (
        ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"),
    ):
        if data.startswith(boms):
            try:
                return Decoded(data.decode(name), name, 1.0)
            except UnicodeDecodeError as exc:
                raise EncodingError(
                    f"{source}: starts with a {name.upper()} byte-order mark but "
                    f"is not valid {name.upper()}. Re-save it as UTF-8."
                ) from exc
        if name == "utf-32":
            found = _utf32_without_bom(data)
            if found is not None:
                return Decoded(*found, 0.99)
    # UTF-16 without a BOM first: its bytes can also be valid (control-char laden) UTF-8.
    found = _utf16_without_bom(data)
    if found is not None:
        return Decoded(*found, 0.99)
    try:
        return Decoded(data.decode("utf-8"), "utf-8", 1.0)
    except UnicodeDecodeError as exc:
        mixed = _mixed_utf8_line(data)
        if mixed is not None:
            raise _not_utf8(data, source, exc, mixed) from exc
    if _is_binary(data):
        raise FormatError(
            f"{source}: looks like a binary file, not text. "
            "Pass text files (.txt, .csv, .json, .jsonl, .html), zip archives or Parquet."
        )
    text = data.decode("cp1256", errors="replace")
    arabic = len(ARABIC_LETTER_RE.findall(text))
    latin = len(_CP1256_LATIN_RE.findall(text))
    spaces = sum(ch.isspace() for ch in text)
    if (
        arabic
        and latin <= 0.05 * arabic
        and "\ufffd" not in text
        and (len(text) < 200 or spaces >= 0.02 * len(text))
    ):  # Arabic prose has spaces
        return Decoded(text, "cp1256", round(arabic / (arabic + latin), 3))
    return _detected(data, source)


def _detected(data: bytes, source: str) -> Decoded:
    """The encoding ``charset-normalizer`` finds, when it is sure enough."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # (1 − mess) × coherence: random bytes decode without "mess" in some code page, but read as
    # no language at all (coherence 0)
    confidence = round((1.0 - best.chaos) * best.coherence, 3) if best is not None else 0.0
    if best is None or confidence < 0.1:
        raise EncodingError(
            f"{source}: not UTF-8, UTF-16, UTF-32 or Windows-1256 (cp1256), and no other encoding "
            "fits it well. Re-save the file as UTF-8, or pass its encoding explicitly "
            "(encoding=... in Python, --encoding on the command line)."
        )
    return Decoded(str(best), best.encoding, confidence)


def _not_utf8(
    data: bytes, source: str, exc: UnicodeDecodeError, mixed: tuple[int, int] | None = None
) -> EncodingError:
    mixed = mixed or _mixed_utf8_line(data)
    line = data.count(b"\n", 0, exc.start) + 1
    if mixed is not None:
        good, bad = mixed
        what = (
            f"line {good} is UTF-8 but line {bad} is not (first bad byte on line {line})"
            if good < bad
            else f"line {bad} is not UTF-8 but line {good} is"
        )
        return EncodingError(
            f"{source}: mixes encodings: {what}. Parts of it were saved in another encoding "
            "(often Windows-1256); re-save the whole file as UTF-8, or split it and pass "
            "each part's encoding (--encoding)."
        )
    return EncodingError(
        f"{source}: starts with a UTF-8 byte-order mark but line {line} is not "
        "UTF-8. Re-save the file as UTF-8, or pass its encoding (--encoding)."
    )


def read_utf8(path, *, what: str = "file", error=EncodingError) -> str:
    """A user-edited file the kit requires in UTF-8 (lexicons, overrides, word lists), BOM
    dropped. Another encoding is one error naming the file, the line and — when it can tell —
    the encoding it is in, and how to re-save it."""
    from pathlib import Path

    data = Path(path).read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        if data[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE) or _utf16_without_bom(data):
            guess = " It looks like UTF-16."
        else:
            try:
                decode_bytes(data)  # accepts Windows-1256 Arabic, refuses the rest
                guess = " It looks like Windows-1256 (cp1256)."
            except (EncodingError, FormatError):
                guess = ""
        raise error(
            f"{path}: this {what} must be UTF-8, but line {line} is not.{guess} Re-save "
            "it as UTF-8 (in a text editor: Save as, encoding UTF-8)."
        ) from exc


_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "title",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
}
_SKIP_TAGS = {"script", "style", "noscript", "template"}
_MARKUP_RE = re.compile(r"<\s*(?:html|body|p|div|article|br|span|a|\?xml|!doctype|h[1-6])\b", re.I)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def looks_like_markup(text: str) -> bool:
    """True if the text looks like HTML or XML."""
    return _MARKUP_RE.search(text[:5000]) is not None


def strip_markup(text: str) -> str:
    """Reduce HTML/XML to its text: block elements become line breaks, scripts are dropped.

    >>> strip_markup("<p>العراق</p><p>واشنطن &amp; طهران</p>").split()
    ['العراق', 'واشنطن', '&', 'طهران']
    """
    parser = _TextExtractor()
    parser.feed(text)
    parser.close()
    out = "".join(parser.parts)
    lines = [re.sub(r"[ \t\u00a0]+", " ", ln).strip() for ln in out.split("\n")]
    return "\n\n".join(ln for ln in lines if ln)
