"""The kit's errors: a small hierarchy whose names say what went wrong.

Every message names the file (and row or column where there is one) and says what to do.
"""

from __future__ import annotations

import functools
from contextvars import ContextVar

__all__ = [
    "DiscourseError",
    "CorpusError",
    "EmptyCorpusError",
    "EncodingError",
    "FieldError",
    "ArchiveError",
    "FormatError",
    "LexiconError",
    "NoArabicWarning",
    "DiscourseWarning",
    "EmptyResultWarning",
]


class DiscourseError(Exception):
    """Base class of every error raised by the kit."""


class CorpusError(DiscourseError, ValueError):
    """A corpus file or table cannot be read as articles."""


class EmptyCorpusError(CorpusError):
    """A file, folder or table holds no article text."""


class EncodingError(CorpusError):
    """A text file is in none of the encodings the kit detects."""


class FieldError(CorpusError, KeyError):
    """A named field (column) is missing from a table."""

    def __str__(self) -> str:  # KeyError would repr() the message
        return str(self.args[0]) if self.args else ""


class FormatError(CorpusError):
    """A file's content does not match its format (malformed JSON, binary data, …)."""


class ArchiveError(CorpusError):
    """A zip archive is unsafe or unreadable (too large a member, a bad archive)."""


class LexiconError(DiscourseError, ValueError):
    """A lexicon or overrides file is malformed."""


class DiscourseWarning(UserWarning):
    """Base class of the kit's warnings."""


class NoArabicWarning(DiscourseWarning):
    """A document contains no Arabic letter; it is kept and flagged."""


class EmptyResultWarning(DiscourseWarning):
    """An analysis found nothing (a query that does not occur, a threshold nothing passes);
    the message says why and what does exist."""


#: The document a per-document step is reading (set by the step, read when it fails).
_DOCUMENT: ContextVar[object] = ContextVar("discourse_document", default=None)


def reading_document(doc_id) -> None:
    """Record the document a per-document step is reading now (see :func:`names_the_document`)."""
    _DOCUMENT.set(doc_id)


def names_the_document(what: str):
    """Decorate a step that reads documents one by one: when it fails with an error that is not
    the kit's own (a bug, not bad input), the error keeps its type and traceback and gains a note
    naming the document being read, so a researcher can report it or leave that article out."""

    def decorate(step):
        @functools.wraps(step)
        def wrapper(*args, **kwargs):
            token = _DOCUMENT.set(None)
            try:
                return step(*args, **kwargs)
            except Exception as exc:
                doc = _DOCUMENT.get()
                noted = any(
                    str(n).startswith("discourse: this failed") for n in getattr(exc, "__notes__", ())
                )
                if doc is not None and not noted and not isinstance(exc, DiscourseError):
                    exc.add_note(
                        f"discourse: this failed while {what} in document {doc!r}. It is a bug of the "
                        "kit: please report it with that article; to go on meanwhile, leave the "
                        "article out of the corpus."
                    )
                raise
            finally:
                _DOCUMENT.reset(token)

        return wrapper

    return decorate
