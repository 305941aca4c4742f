"""Articles in the forms news databases and the web give them: Word, RTF, PDF and web pages.

- ``.docx`` (python-docx) and ``.rtf`` (striprtf): the forms LexisNexis (Nexis Uni) and Factiva
  export articles in. A file may hold one article or many; several are split on the
  databases' document separators where they are recognisable (:data:`SEPARATORS`): a line
  ``End of Document`` (LexisNexis) or ``Document <id>`` (Factiva) after each article.
- ``.pdf`` (pypdf): the text layer of every page; a PDF without one (a scan) is skipped with a
  warning saying to run OCR first. Separators are recognised as in Word files.
- ``.html``/``.htm`` (trafilatura, the field's standard for news boilerplate): the article's main
  text without menus, links and footers, and its title, date, author and site name from the
  page's metadata. A page trafilatura finds no article in falls back to all of its text, with a
  warning.
"""

from __future__ import annotations

import io
import re
import warnings

from ..errors import DiscourseWarning, FormatError

__all__ = ["SEPARATORS", "split_documents", "docx_text", "rtf_text", "pdf_text", "web_article"]

#: Lines that end one article of a database export (matched on a line of their own).
SEPARATORS = {
    "LexisNexis": re.compile(r"^\s*End of Document\s*$", re.M | re.I),
    "Factiva": re.compile(r"^\s*Document [A-Za-z0-9]{16,}\s*$", re.M),
}


def split_documents(text: str) -> list[str]:
    """The articles of a database export, split on :data:`SEPARATORS` (one piece when none
    is found); empty pieces (after the last separator) are dropped."""
    for pattern in SEPARATORS.values():
        if pattern.search(text):
            pieces = [p.strip() for p in pattern.split(text)]
            return [p for p in pieces if p]
    return [text]


def docx_text(data: bytes, source: str) -> str:
    """The paragraphs of a Word file (tables' cells too), one blank line between paragraphs."""
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # a zip that is not a Word document, a damaged file
        raise FormatError(
            f"{source}: not a readable Word (.docx) file ({exc}). Save it again from Word as .docx."
        ) from exc
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n\n".join(p.strip() for p in parts if p.strip())


def rtf_text(data: bytes, source: str) -> str:
    """The text of an RTF file (its ``\\uN`` escapes give the Arabic letters)."""
    from striprtf.striprtf import rtf_to_text

    raw = data.decode("latin-1")  # RTF is 7-bit; other bytes are code-page text striprtf maps
    if not raw.lstrip().startswith("{\\rtf"):
        raise FormatError(f"{source}: not an RTF file (it does not start with '{{\\rtf').")
    try:
        text = rtf_to_text(raw, errors="ignore")
    except Exception as exc:
        raise FormatError(f"{source}: a damaged RTF file ({exc}). Save it again as .rtf or .docx.") from exc
    return "\n\n".join(ln.strip() for ln in text.splitlines() if ln.strip())


def pdf_text(data: bytes, source: str) -> str:
    """The text layer of a PDF, page by page; empty when it has none (a scan)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            raise FormatError(f"{source}: an encrypted PDF. Save an unprotected copy first.")
        pages = [page.extract_text() or "" for page in reader.pages]
    except FormatError:
        raise
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise FormatError(
            f"{source}: not a readable PDF ({exc}). Save it again as PDF (or its text as .txt), "
            "or move it out of the corpus."
        ) from exc
    return "\n\n".join(p.strip() for p in pages if p.strip())


def web_article(html: str, source: str) -> dict | None:
    """A web page's article: ``text`` (paragraphs split by a blank line), ``title``, ``date``,
    ``author``, ``outlet`` (the site name) and ``url``; ``None`` when no article is found."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None:
        return None
    d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = d.get("text") or ""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = (d.get("title") or "").strip() or None
    if lines and title and lines[0] == title:
        lines = lines[1:]  # trafilatura repeats the headline as the first line
    if not lines:
        return None
    return {
        "text": "\n\n".join(lines),
        "title": title,
        "date": d.get("date"),
        "author": d.get("author"),
        "outlet": d.get("sitename"),
        "url": d.get("url"),
        "id": None,
    }


def warn_no_text(source: str, what: str) -> None:
    warnings.warn(f"{source}: {what}; skipped.", DiscourseWarning, stacklevel=6)
