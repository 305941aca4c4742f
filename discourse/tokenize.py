"""From the documents table to the tidy token table (one row per token).

Token table columns
-------------------
============ ===============================================================================
doc_id       the document
para_id      paragraph within the document (0-based)
sent_id      sentence within the document (0-based, running across paragraphs)
tok_id       token within the document (0-based)
token        the token exactly as written in ``text`` (``text[start:end] == token``)
norm         the token normalized (NFKC, diacritics, tatweel, alef variants, digits, punctuation)
lemma        lemma (qalsadi via :class:`~discourse.lemmatize.Lemmatizer`); the norm for non-words
pos          NOUN, VERB, FUNC (function word), X (unknown), PUNCT, NUM, LATIN; with
             ``split_clitics`` also CONJ, PREP, DET, FUT, PRON for the split-off clitics
is_stop      in the stopword list (:func:`~discourse.stopwords.stopword_set`)
is_punct     punctuation or symbol;  ``is_num`` a number (``3500``, ``3.5``, ``٢٠٢١``)
start, end   character offsets into the document's ``text``
proclitic    attached proclitics as analysed (``وال`` in ``والانسحاب``); ``enclitic`` pronoun suffix
root         (with ``roots=True``) the ISRI root/stem (NLTK), for root-level counts
============ ===============================================================================

With ``split_clitics=True`` the conjunctions, prepositions and article attached to a word
(و ف ب ل ك س ال) and its pronoun suffix become rows of their own (for word-level counts, as
in much of the Arabic corpus literature); ``word_id`` then links every piece to its word.

>>> toks = tokenize(read_corpus())                       # doctest: +SKIP
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .lemmatize import Lemmatizer, lemma_key
from .normalize import ARABIC_LETTER_RE, DEFAULT_STEPS, make_normalizer
from .segment import segment
from .stopwords import stopword_set

__all__ = ["tokenize", "tokenize_text", "TOKEN_COLUMNS", "TOKEN_RE"]

TOKEN_COLUMNS = ["doc_id", "para_id", "sent_id", "tok_id", "token", "norm", "lemma", "pos",
                 "is_stop", "is_punct", "is_num", "start", "end", "proclitic", "enclitic"]

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
_MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<ar>[{_AR}][{_AR}{_MARKS}]*)"
    r"|(?P<lat>[^\W\d_\u0600-\u06ff]+(?:['’\-][^\W\d_\u0600-\u06ff]+)*)"
    r"|(?P<sym>([^\w\s])\5*)"
)


def tokenize_text(text: str, start: int = 0, end: int | None = None):
    """Yield ``(start, end, kind)`` for each token; kind is ``num``, ``ar``, ``lat`` or ``sym``.

    >>> t = "قال: إن 3,500 جندي «باقون»."
    >>> [t[s:e] for s, e, k in tokenize_text(t)]
    ['قال', ':', 'إن', '3,500', 'جندي', '«', 'باقون', '»', '.']
    """
    end = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, end):
        yield m.start(), m.end(), m.lastgroup


_CLITIC_POS = {"و": "CONJ", "ف": "CONJ", "ب": "PREP", "ل": "PREP", "ك": "PREP", "س": "FUT",
               "ال": "DET"}


def _split_proclitic(pro: str) -> list[tuple[str, str, str]]:
    """``وال`` → [(و, و, CONJ), (ال, ال, DET)]: (letters in text, lemma, pos)."""
    pieces = []
    i = 0
    while i < len(pro):
        if pro.startswith("ال", i):
            pieces.append(("ال", "ال", "DET"))
            i += 2
        elif pro.startswith("لل", i) and i + 2 == len(pro):  # ل + assimilated article
            pieces.extend([("ل", "ل", "PREP"), ("ل", "ال", "DET")])
            i += 2
        else:
            pieces.append((pro[i], pro[i], _CLITIC_POS.get(pro[i], "PART")))
            i += 1
    return pieces


def _letter_positions(token: str) -> list[int]:
    """Offsets in ``token`` of the characters that survive :func:`lemma_key`."""
    return [i for i, ch in enumerate(token) if lemma_key(ch)]


def tokenize(docs: pd.DataFrame, *, lemmatizer: Lemmatizer | None = None,
             split_clitics: bool = False, roots: bool = False,
             norm_steps: Sequence[str] = DEFAULT_STEPS,
             stopwords: Iterable[str] | None = None, progress: bool = True) -> pd.DataFrame:
    """Segment, tokenize, normalize and lemmatize a documents table into a token table.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text`` (see :func:`~discourse.corpus.read_corpus`).
    lemmatizer : Lemmatizer, optional
        Passed in so one cache serves many calls; default ``Lemmatizer()``.
    split_clitics : bool
        Give attached conjunctions, prepositions, the article and pronoun suffixes rows of their
        own (default False: one row per written word, as a reader sees it).
    roots : bool
        Add a ``root`` column from NLTK's ISRI stemmer.
    norm_steps : sequence of str
        Normalization steps of the ``norm`` column (see :mod:`discourse.normalize`).
    stopwords : iterable of str, optional
        The stopword set; default :func:`~discourse.stopwords.stopword_set`.
    progress : bool
        Show progress bars on long runs.

    Returns
    -------
    DataFrame
        One row per token, columns :data:`TOKEN_COLUMNS` (see the module docstring). The input
        is not modified.
    """
    if isinstance(docs, str):
        raise TypeError("tokenize() takes a documents table (DataFrame), not a string; build one "
                        "with read_corpus() or documents_from_texts([...]).")
    missing = {"doc_id", "text"} - set(docs.columns)
    if missing:
        raise KeyError(f"The documents table has no column(s) {sorted(missing)}; it needs "
                       "doc_id and text (read_corpus() makes one).")
    lemmatizer = lemmatizer or Lemmatizer(progress=progress)
    norm_fn = make_normalizer(norm_steps)
    stops = stopword_set() if stopwords is None else frozenset(norm_fn(w) for w in stopwords)

    cols: dict[str, list] = {k: [] for k in ("doc_id", "para_id", "sent_id", "tok_id", "token",
                                             "start", "end", "kind")}
    iterator = zip(docs["doc_id"].tolist(), docs["text"].tolist())
    if progress and len(docs) > 200:
        from tqdm.auto import tqdm
        iterator = tqdm(iterator, total=len(docs), desc="tokenizing", unit="doc", mininterval=2.0)
    for doc_id, text in iterator:
        if not isinstance(text, str) or not text:
            continue
        tok_id = 0
        for para_id, sent_id, s, e in segment(text):
            for m in TOKEN_RE.finditer(text, s, e):
                cols["doc_id"].append(doc_id)
                cols["para_id"].append(para_id)
                cols["sent_id"].append(sent_id)
                cols["tok_id"].append(tok_id)
                cols["token"].append(m.group(0))
                cols["start"].append(m.start())
                cols["end"].append(m.end())
                cols["kind"].append(m.lastgroup if m.lastgroup in ("num", "ar", "lat") else "sym")
                tok_id += 1
    kind = cols.pop("kind")
    if not cols["token"]:  # no document has any text: the empty table, with its columns
        return _empty_table(split_clitics, roots)
    tok = pd.DataFrame(cols)
    kind = pd.Series(kind, index=tok.index, dtype="category") if len(tok) else pd.Series([], dtype=object)

    # Normalize and lemmatize once per distinct form.
    uniq = pd.unique(tok["token"]) if len(tok) else np.array([], dtype=object)
    norm_map = {t: norm_fn(t) for t in uniq}
    tok["norm"] = tok["token"].map(norm_map)
    is_ar = (kind == "ar").to_numpy() if len(tok) else np.array([], dtype=bool)
    ar_forms = pd.unique(tok.loc[is_ar, "token"]) if len(tok) else []
    key_of = {t: lemma_key(t) for t in ar_forms}
    results = lemmatizer.analyze_forms(key_of.values())
    lem = {t: results[k] for t, k in key_of.items()}
    tok["lemma"] = tok["norm"]
    tok["pos"] = np.select([kind == "num", kind == "lat", kind == "sym"], ["NUM", "LATIN", "PUNCT"],
                           default="X") if len(tok) else []
    tok["proclitic"] = ""
    tok["enclitic"] = ""
    if len(ar_forms):
        sub = tok.loc[is_ar, "token"]
        tok.loc[is_ar, "lemma"] = sub.map({t: r.lemma for t, r in lem.items()})
        tok.loc[is_ar, "pos"] = sub.map({t: r.pos for t, r in lem.items()})
        tok.loc[is_ar, "proclitic"] = sub.map({t: r.proclitic for t, r in lem.items()})
        tok.loc[is_ar, "enclitic"] = sub.map({t: r.enclitic for t, r in lem.items()})
    tok["is_stop"] = tok["norm"].isin(stops)
    tok["is_punct"] = (kind == "sym").to_numpy() if len(tok) else []
    tok["is_num"] = (kind == "num").to_numpy() if len(tok) else []
    for c in ("para_id", "sent_id", "tok_id", "start", "end"):
        tok[c] = tok[c].astype("int64")
    tok = tok[TOKEN_COLUMNS]
    if split_clitics:
        tok = _split_clitics(tok, norm_fn, stops)
    if roots:
        from nltk.stem.isri import ISRIStemmer
        st = ISRIStemmer()
        forms = pd.unique(tok["norm"])
        root_map = {f: (st.stem(f) if ARABIC_LETTER_RE.search(f) else f) for f in forms}
        tok["root"] = tok["norm"].map(root_map)
    return tok.reset_index(drop=True)


def _empty_table(split_clitics: bool, roots: bool) -> pd.DataFrame:
    ints = {"para_id", "sent_id", "tok_id", "start", "end", "word_id"}
    bools = {"is_stop", "is_punct", "is_num"}
    names = TOKEN_COLUMNS + (["word_id"] if split_clitics else []) + (["root"] if roots else [])
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ints else "bool" if c in bools else "str")
                         for c in names})


def _split_clitics(tok: pd.DataFrame, norm_fn, stops) -> pd.DataFrame:
    rows = []
    for r in tok.itertuples(index=False):
        base = r._asdict()
        base["word_id"] = r.tok_id
        pro, enc = r.proclitic, r.enclitic
        key = lemma_key(r.token)
        pieces = _split_proclitic(pro) if pro and key.startswith(pro) else []
        n_pro = sum(len(p[0]) for p in pieces)
        if enc and not (key.endswith(enc) and len(key) - n_pro - len(enc) >= 2):
            enc = ""
        if not pieces and not enc:
            rows.append(base)
            continue
        pos_map = _letter_positions(r.token)
        i = 0
        for text_letters, lemma, pos in pieces:
            s = r.start + pos_map[i]
            e = r.start + (pos_map[i + len(text_letters)] if i + len(text_letters) < len(pos_map)
                           else len(r.token))
            rows.append({**base, "token": r.token[s - r.start:e - r.start], "norm": norm_fn(lemma),
                         "lemma": lemma, "pos": pos, "is_stop": True, "start": s, "end": e,
                         "proclitic": "", "enclitic": ""})
            i += len(text_letters)
        stem_end_i = len(pos_map) - len(enc)
        s = r.start + pos_map[i]
        e = r.start + (pos_map[stem_end_i] if enc else len(r.token))
        stem_tok = r.token[s - r.start:e - r.start]
        rows.append({**base, "token": stem_tok, "norm": norm_fn(stem_tok),
                     "is_stop": norm_fn(stem_tok) in stops, "start": s, "end": e})
        if enc:
            s = e
            rows.append({**base, "token": r.token[s - r.start:], "norm": norm_fn(enc), "lemma": enc,
                         "pos": "PRON", "is_stop": True, "start": s, "end": r.end,
                         "proclitic": "", "enclitic": ""})
    out = pd.DataFrame(rows)
    out["tok_id"] = out.groupby("doc_id", sort=False).cumcount()
    return out[TOKEN_COLUMNS + ["word_id"]]
