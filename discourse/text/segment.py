"""Paragraph and sentence segmentation for Arabic news text.

Paragraphs are the text's non-empty lines. Sentences end at ``. ؟ ? ! ؛ ; …`` followed by
white space (closing quotes ``” » " ’ )`` stay with the sentence they close), and at a full stop
after a word and before an Arabic letter (``المركز.في``: the space left out in typing; not in an
acronym spelt in Arabic letters, ``سي.إن.إن``). A full stop does
not end a sentence inside a number (``3.5``), after a lone letter (``د.`` for *doctor*,
``أ.``) or after a listed abbreviation (``ص.ب``, ``Mr.``, ``U.S.``).

A run of text longer than :data:`MAX_SENTENCE_CHARS` without a sentence end (a transcript or
an OCR'd page without punctuation, a list) is cut at its last comma (``، , :``) before the limit,
or at a space: a sentence is the unit of co-occurrence, attribution and frame evidence, and one
"sentence" of a whole book made those quadratic (a 150,000-word text without a full stop ran
the machine out of memory). Real news sentences are far shorter (99.9 % of SaudiNewsNet's are
under 1,200 characters).

Spans are ``(start, end)`` character offsets into the text, so every sentence slices back.

>>> text = "قال د. أحمد إن النمو بلغ 3.5 في المئة. هل ينجح الكاظمي؟"
>>> [text[s:e] for s, e in sentence_spans(text)]
['قال د. أحمد إن النمو بلغ 3.5 في المئة.', 'هل ينجح الكاظمي؟']
>>> typed = "التقى د.علي بالوفد.ثم غادر."
>>> [typed[s:e] for s, e in sentence_spans(typed)]
['التقى د.علي بالوفد.', 'ثم غادر.']
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pandas as pd

__all__ = [
    "paragraph_spans",
    "sentence_spans",
    "segment",
    "sentence_table",
    "ABBREVIATIONS",
    "MAX_SENTENCE_CHARS",
]

#: The longest run of text taken as one sentence (characters); longer runs are cut (see above).
MAX_SENTENCE_CHARS = 2000

#: Abbreviations after which a full stop does not end a sentence (compared without the dot).
ABBREVIATIONS = {
    "ص.ب",
    "ج.م.ع",
    "أ.د",
    "ا.د",
    "م.م",
    "ق.م",
    "هـ",
    "مr",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "st",
    "jr",
    "sr",
    "vs",
    "etc",
    "no",
    "u.s",
    "u.k",
    "u.n",
    "e.g",
    "i.e",
    "inc",
    "ltd",
    "co",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
}
_PARA_RE = re.compile(r"[^\n]+")
_END_RE = re.compile(
    r"(?:\.{2,}|…|[.؟?!؛;]+)[\"'”»’)\]]*(?=\s|$)"
    # …or a full stop after a word of four Arabic letters or more and before an Arabic letter,
    # the space after it left out in typing (… مع المركز.في غضون ذلك): not a number, a domain
    # name, nor an acronym spelt in Arabic letters (سي.إن.إن, بي.بي.سي, أيه.إم.دي)
    r"|(?<=[\u0621-\u064a]{4})\.(?=[\u0621-\u064a])"
)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each non-empty line, stripped of surrounding blanks."""
    spans = []
    for m in _PARA_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    # the word before the dot, found by walking back over it (a regex search from the
    # sentence's start cost a scan of the whole sentence per full stop)
    i = dot
    while i > start and not text[i - 1].isspace():
        i -= 1
    if i == dot:
        return False
    word = text[i:dot].lstrip('«"“(')
    if len(word) == 1 and word.isalpha():
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _cut_long(text: str, s: int, e: int, spans: list) -> None:
    """Append ``(s, e)``, cut into pieces of at most MAX_SENTENCE_CHARS (at a comma, else a space)."""
    while e - s > MAX_SENTENCE_CHARS:
        limit = s + MAX_SENTENCE_CHARS
        cut = max(text.rfind(c, s + MAX_SENTENCE_CHARS // 2, limit) for c in "،,:")
        cut = cut + 1 if cut >= 0 else text.rfind(" ", s + 1, limit)
        if cut <= s:  # one "word" longer than the limit: cut it
            cut = limit
        spans.append((s, cut))
        s = cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        spans.append((s, e))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text[start:end]`` (one paragraph, usually)."""
    end = len(text) if end is None else end
    spans = []
    s = start
    for m in _END_RE.finditer(text, start, end):
        if m.group(0)[0] == "." and not m.group(0).startswith("..") and _is_abbreviation(text, s, m.start()):
            continue
        e = m.end()
        if text[s:e].strip():
            _cut_long(text, s, e, spans)
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end and text[s:end].strip():
        e = end
        while e > s and text[e - 1].isspace():
            e -= 1
        _cut_long(text, s, e, spans)
    return spans


def segment(text: str) -> Iterator[tuple[int, int, int, int]]:
    """Yield ``(para_id, sent_id, start, end)`` for every sentence of a text (ids from 0).

    Parameters
    ----------
    text : str
        A document's text (paragraphs separated by blank lines or line breaks).
    """
    sent_id = 0
    for para_id, (ps, pe) in enumerate(paragraph_spans(text)):
        for s, e in sentence_spans(text, ps, pe):
            yield para_id, sent_id, s, e
            sent_id += 1


def sentence_table(tokens: pd.DataFrame, docs: pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: ``doc_id, para_id, sent_id, start, end, sentence, n_words``
    (``text[start:end] == sentence``). :func:`~discourse.run.pipeline.prepare` stores it as
    ``sentences.parquet`` (``prepare().sentences``), so analyses join to it instead of
    rebuilding it.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    """
    g = tokens.groupby(["doc_id", "sent_id"], sort=False)
    s = g.agg(para_id=("para_id", "first"), start=("start", "min"), end=("end", "max")).reset_index()
    s["n_words"] = (
        (~tokens["is_punct"]).groupby([tokens["doc_id"], tokens["sent_id"]], sort=False).sum().to_numpy()
    )
    texts = dict(zip(docs["doc_id"], docs["text"]))  # a dict: one lookup per sentence, not a Series'
    s["sentence"] = [
        texts[d][a:b] for d, a, b in zip(s["doc_id"].tolist(), s["start"].tolist(), s["end"].tolist())
    ]
    return s
