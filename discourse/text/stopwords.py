"""Stopwords: the ``arabic-stopwords`` package's list, plus the kit's list, plus the user's.

The package lists ~13,000 forms, clitic-bearing ones included (``وهو``, ``بأن``), so a token is
looked up as it is written. All lists are compared after the kit's default normalization.
The kit's own additions live in ``data/lexicons/stopwords_extra.txt`` (one word a line).

>>> "في" in stopword_set() and "الكاظمي" not in stopword_set()
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .. import config
from ..errors import LexiconError
from ..io.textio import read_utf8
from .normalize import make_normalizer, normalize

__all__ = ["stopword_set", "read_wordlist"]


def read_wordlist(path: str | Path) -> list[str]:
    """One word a line; blank lines and ``#`` comments are skipped. The file must be UTF-8
    (another encoding is a :class:`~discourse.errors.LexiconError` naming the file)."""
    words = []
    path = Path(path)
    if not path.is_file():
        raise LexiconError(f"{path}: no such word-list file.")
    for line in read_utf8(path, what="word list", error=LexiconError).splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.append(line)
    return words


def _signature(path: Path) -> tuple | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size)


def _base(include_package: bool, steps=None) -> frozenset[str]:
    # keyed by the kit list's size and time: an edited stopwords_extra.txt is applied at once
    return _base_cached(
        include_package,
        _signature(config.lexicon_path("stopwords_extra")),
        tuple(steps) if steps is not None else None,
    )


@lru_cache(maxsize=8)
def _base_cached(include_package: bool, signature, steps) -> frozenset[str]:
    words: set[str] = set()
    if include_package:
        import arabicstopwords.arabicstopwords as asw

        words.update(asw.stopwords_list())
    extra = config.lexicon_path("stopwords_extra")
    if extra.exists():
        words.update(read_wordlist(extra))
    norm = normalize if steps is None else make_normalizer(steps)
    return frozenset(norm(w) for w in words)


def stopword_set(
    extra: Iterable[str] | str | Path | None = None, *, include_package: bool = True, steps=None
) -> frozenset[str]:
    """The normalized stopword set; ``extra`` adds words (an iterable or a word-list file).

    ``steps``: the normalization steps of the tokens the set is compared with (default the
    kit's, :data:`~discourse.text.normalize.DEFAULT_STEPS`); ``tokenize(norm_steps=…)`` passes its own,
    so stopwords and tokens are always normalized alike.

    Parameters
    ----------
    extra : iterable of str, str or Path, optional
        More stopwords: words, or a word-list file (one word a line, ``#`` comments).
    include_package : bool
        Start from the ``arabic-stopwords`` list and the kit's ``stopwords_extra.txt`` (default True).
    steps : sequence of str, optional
        Normalization steps of the tokens the set is compared with (default the kit's).
    """
    base = _base(include_package, steps)
    if extra is None:
        return base
    if isinstance(extra, (str, Path)):
        extra = read_wordlist(extra)
    norm = normalize if steps is None else make_normalizer(steps)
    return base | frozenset(norm(w) for w in extra)
