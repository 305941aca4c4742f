"""Bytes to text: encoding detection, binary refusal and markup stripping.

Detected encodings: UTF-8 (with or without BOM), UTF-16 (with BOM, or without one when the
NUL pattern shows it), and Windows-1256, the code page of many older Arabic archives. Anything
else is refused with an :class:`~discourse.errors.EncodingError` that says how to fix it.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from .errors import EncodingError, FormatError
from .normalize import ARABIC_LETTER_RE

__all__ = ["decode_bytes", "strip_markup", "looks_like_markup"]

# Letters cp1256 maps to Latin-1 accented letters: many of them mean the bytes were not cp1256.
_CP1256_LATIN_RE = re.compile("[\u00c0-\u00ff\u0152\u0153\u0192\u02c6]")
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(2, len(sample) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    # Arabic in UTF-16 has 0x06 high bytes; ASCII has 0x00 high bytes.
    for enc, high in (("utf-16-le", odd), ("utf-16-be", even)):
        share = sum(1 for b in high if b in (0, 6)) / len(high)
        if share > 0.9:
            try:
                return data.decode(enc)
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
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingError(f"{source}: cannot decode as {encoding!r} ({exc}). "
                                "Check the encoding name or leave it out to detect it.") from exc
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="strict")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise EncodingError(f"{source}: starts with a UTF-16 byte-order mark but is not valid "
                                "UTF-16. Re-save it as UTF-8.") from exc
    # UTF-16 without a BOM first: its bytes can also be valid (control-char laden) UTF-8.
    text16 = _utf16_without_bom(data)
    if text16 is not None:
        return text16
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if _is_binary(data):
        raise FormatError(f"{source}: looks like a binary file, not text. "
                          "Pass text files (.txt, .csv, .json, .jsonl, .html), zip archives or Parquet.")
    text = data.decode("cp1256", errors="replace")
    arabic = len(ARABIC_LETTER_RE.findall(text))
    latin = len(_CP1256_LATIN_RE.findall(text))
    if arabic == 0 or latin > 0.05 * arabic or "\ufffd" in text:
        raise EncodingError(
            f"{source}: not UTF-8, UTF-16 or Windows-1256 (cp1256). Re-save the file as UTF-8, "
            "or pass its encoding explicitly (encoding=... in Python, --encoding on the command line).")
    return text


_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
               "article", "blockquote", "title", "header", "footer", "ul", "ol", "table"}
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
