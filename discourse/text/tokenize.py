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
lemma        lemma (qalsadi via :class:`~discourse.text.lemmatize.Lemmatizer`); the norm for non-words
pos          NOUN, VERB, FUNC (function word), PROPN, X (unknown), PUNCT, NUM, LATIN; with
             ``split_clitics`` also CONJ, PREP, DET, FUT, PRON for the split-off clitics
is_stop      in the stopword list (:func:`~discourse.text.stopwords.stopword_set`), or the article
             written apart (``الـ 23``)
is_punct     punctuation or symbol;  ``is_num`` a number (``3500``, ``3.5``, ``٢٠٢١``)
start, end   character offsets into the document's ``text``
proclitic    attached proclitics as analysed (``وال`` in ``والانسحاب``); ``enclitic`` pronoun suffix
root         (with ``roots=True``) the ISRI root/stem (NLTK), for root-level counts
============ ===============================================================================

The string columns (``doc_id``, ``token``, ``norm``, ``lemma``, ``pos``, ``proclitic``,
``enclitic``, ``root``) are pandas categoricals: each distinct value is stored once and rows hold
integer codes (on 2.25 M SaudiNewsNet tokens the table takes 144 MiB, 310 MiB with plain
strings), and Parquet keeps them
dictionary-encoded. Compare and filter them like strings (``tokens["lemma"] == "حكومة"``,
``.isin``, ``.str``); a filtered table keeps its unused categories, so count with
``value_counts()[lambda c: c > 0]`` or the kit's functions, which count observed values only.

With ``split_clitics=True`` the conjunctions, prepositions and article attached to a word
(و ف ب ل ك س ال) and its pronoun suffix become rows of their own (for word-level counts, as
in much of the Arabic corpus literature); ``word_id`` then links every piece to its word.

>>> toks = tokenize(read_corpus())                       # doctest: +SKIP
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .. import config
from .clitics import split_proclitic
from .lemma_rules import _wf
from .lemmatize import LemmaResult, Lemmatizer, lemma_key
from .normalize import ARABIC_LETTER_RE, DEFAULT_STEPS, make_normalizer
from .segment import segment
from .stopwords import stopword_set

__all__ = [
    "tokenize",
    "tokenize_text",
    "TOKEN_COLUMNS",
    "TOKEN_RE",
    "lemma_keys",
    "distinct_forms",
    "analyze_noun_readings",
    "nisba_noun_asks",
]

TOKEN_COLUMNS = [
    "doc_id",
    "para_id",
    "sent_id",
    "tok_id",
    "token",
    "norm",
    "lemma",
    "pos",
    "is_stop",
    "is_punct",
    "is_num",
    "start",
    "end",
    "proclitic",
    "enclitic",
]

_AR = "\u0621-\u063a\u0641-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
_MARKS = "\u0610-\u061a\u0640\u064b-\u065f\u0670\u06d6-\u06ed"
TOKEN_RE = re.compile(
    rf"(?P<num>\d+(?:[.,\u066b\u066c]\d+)*)"
    rf"|(?P<ar>[{_AR}][{_AR}{_MARKS}]*)"
    r"|(?P<lat>[^\W\d_\u0600-\u06ff]+(?:['’\-][^\W\d_\u0600-\u06ff]+)*)"
    r"|(?P<sym>([^\w\s])\5*)"
)


#: Arabic words alone: the ``ar`` tokens of TOKEN_RE (no other kind of token holds an Arabic letter).
ARABIC_WORD_RE = re.compile(rf"[{_AR}][{_AR}{_MARKS}]*")

# The same tokens as TOKEN_RE, each with the text skipped before it, so one ``findall`` (in C)
# gives tokens and offsets: (gap, token, repeated symbol).
_GAP_TOKEN_RE = re.compile(
    rf"(?s)(.*?)(\d+(?:[.,\u066b\u066c]\d+)*|[{_AR}][{_AR}{_MARKS}]*"
    r"|[^\W\d_\u0600-\u06ff]+(?:['’\-][^\W\d_\u0600-\u06ff]+)*|([^\w\s])\3*)"
)

#: The token table's string columns: pandas categoricals in memory, dictionary-encoded in Parquet.
CATEGORICAL_COLUMNS = ("doc_id", "token", "norm", "lemma", "pos", "proclitic", "enclitic", "root")


_NORM_MEMO: dict[tuple, dict[str, str]] = {}  # normalization steps -> {form: norm}
_LEMMA_KEY_STEPS = ("lemma_key",)


def _spread(values, codes: np.ndarray, str_categories: bool = True) -> pd.Categorical:
    """A categorical column from one value per distinct form and the forms' codes."""
    vcodes, cats = pd.factorize(np.asarray(values, dtype=object))
    cats = pd.Index(cats, dtype="str") if str_categories else pd.Index(cats)
    return pd.Categorical.from_codes(vcodes[codes], categories=cats)


def as_categorical(tokens: pd.DataFrame, copy: bool = True) -> pd.DataFrame:
    """The token table with its string columns as categoricals (what the kit's tables use)."""
    out = tokens.copy() if copy else tokens
    for c in CATEGORICAL_COLUMNS:
        if c in out.columns and not isinstance(out[c].dtype, pd.CategoricalDtype):
            out[c] = out[c].astype("category")
    return out


def tokenize_text(text: str, start: int = 0, end: int | None = None):
    """Yield ``(start, end, kind)`` for each token; kind is ``num``, ``ar``, ``lat`` or ``sym``.

    >>> t = "قال: إن 3,500 جندي «باقون»."
    >>> [t[s:e] for s, e, k in tokenize_text(t)]
    ['قال', ':', 'إن', '3,500', 'جندي', '«', 'باقون', '»', '.']
    """
    end = len(text) if end is None else end
    for m in TOKEN_RE.finditer(text, start, end):
        yield m.start(), m.end(), m.lastgroup


def _letter_positions(token: str) -> list[int]:
    """Offsets in ``token`` of the characters that survive :func:`lemma_key`."""
    return [i for i, ch in enumerate(token) if lemma_key(ch)]


def lemma_keys(forms: Sequence[str]) -> list[str]:
    """The lemma key of each written form, remembered for the session (bounded), so a form
    seen by :func:`distinct_forms` or an earlier call is keyed once."""
    memo = _NORM_MEMO.setdefault(_LEMMA_KEY_STEPS, {})
    return [memo.get(f) or memo.setdefault(f, lemma_key(f)) for f in forms]


def distinct_forms(texts) -> set[str]:
    """The lemma keys of every Arabic word of the texts (one cheap regex pass); each written
    form's key is remembered for the tokenizer (and for worker processes forked later)."""
    forms: set[str] = set()
    for text in texts:
        if isinstance(text, str):
            forms.update(ARABIC_WORD_RE.findall(text))
    memo = _NORM_MEMO.setdefault(_LEMMA_KEY_STEPS, {})
    if len(memo) + len(forms) > 2_000_000:  # bounded across a long session
        memo.clear()
    return set(lemma_keys(list(forms)))


def analyze_noun_readings(texts, lemmatizer: Lemmatizer, forms: Iterable[str] | None = None) -> None:
    """Analyse, before the texts are tokenized, the noun readings the tokenizer will ask the
    lemmatizer for (:func:`_read_after_preposition`): those of the words written right after a
    preposition, تم or عدم (:data:`VERB_NOT_AFTER`) that it reads as verbs (one regex pass), and, given ``forms`` (the texts'
    :func:`distinct_forms`), those of their nisbas in ـية (:func:`nisba_noun_asks`). The
    pipeline calls it in the parent process, after :func:`distinct_forms`, so the forms are
    analysed once, in parallel, and kept in the disk cache, rather than by each worker that
    tokenizes a batch. What the pass misses the tokenizer still analyses: it changes the time,
    not the tokens."""
    global _AFTER_PREPOSITION_RE
    if _AFTER_PREPOSITION_RE is None:
        preps = {v for p in VERB_NOT_AFTER for v in (p, p.replace("إ", "ا"))}
        alternatives = "|".join(sorted(preps, key=len, reverse=True))
        _AFTER_PREPOSITION_RE = re.compile(
            rf"(?<![{_AR}{_MARKS}])[وف]?(?:{alternatives})\s+([{_AR}][{_AR}{_MARKS}]*)"
        )
    words: set[str] = set()
    for text in texts:
        if isinstance(text, str):
            words.update(_AFTER_PREPOSITION_RE.findall(text))
    keys = list(dict.fromkeys(lemma_keys(list(words))))
    read = lemmatizer.known(keys)
    asks = noun_reading_asks({k: read[k] for k in keys})
    if forms is not None:  # the nisbas in ـية, wherever they stand (_read_nisba_as_noun)
        asks += nisba_noun_asks(lemmatizer.known(forms))
    if asks:
        lemmatizer.known(list(dict.fromkeys(asks)))


def noun_reading_asks(read: Mapping[str, LemmaResult]) -> list[str]:
    """The forms the tokenizer asks the lemmatizer for (:func:`_noun_steps`) to read as nouns
    the words of ``read`` (lemma key → its reading) read as verbs, were they written right after
    a preposition: the word with the genitive's tanwin (تحمل → تحملٍ, حملته → حملةٍ + ه). The
    pipeline analyses them before tokenizing (:func:`analyze_noun_readings`); the shipped lemma
    table holds those of its own verbs (:func:`~discourse.text.lemma_table.build`)."""
    verbs = (
        step[1]
        for k, r in read.items()
        if r.pos == "VERB"
        for step in _noun_steps(k, r.lemma, r.proclitic, r.enclitic)
        if step[0] == "ask"
    )
    return list(dict.fromkeys(itertools.chain(verbs, nisba_noun_asks(read))))


def _nisba_key(key: str, lemma: str, pos: str, enclitic: str) -> bool:
    """Is ``key``, read as ``lemma`` with ``pos`` and ``enclitic``, a word in ـية read as the
    feminine of a nisba, alone or with the article and nothing else on it (الشرعية, شرعية as
    شرعي), which :func:`_read_nisba_as_noun` may read as the noun in ـية?"""
    return (
        key.endswith("ية")
        and lemma.endswith("ي")
        and not enclitic
        and pos in ("NOUN", "ADJ")
        and len(lemma) >= 3
        and key in (lemma + "ة", "ال" + lemma + "ة")
    )


def nisba_noun_asks(read: Mapping[str, LemmaResult]) -> list[str]:
    """The forms the tokenizer asks the lemmatizer for (:func:`_read_nisba_as_noun`) to read as
    nouns the words of ``read`` (lemma key → its reading) read as the feminine of a nisba: the
    word with the preposition ب on it (الشرعية → بالشرعية), which no adjective takes."""
    return ["ب" + k for k, r in read.items() if _nisba_key(k, r.lemma, r.pos, r.enclitic)]


_AFTER_PREPOSITION_RE = None


def tokenize(
    docs: pd.DataFrame,
    *,
    lemmatizer: Lemmatizer | None = None,
    split_clitics: bool = False,
    roots: bool = False,
    norm_steps: Sequence[str] = DEFAULT_STEPS,
    stopwords: Iterable[str] | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """Segment, tokenize, normalize and lemmatize a documents table into a token table.

    Parameters
    ----------
    docs : DataFrame
        A documents table with ``doc_id`` and ``text`` (see :func:`~discourse.io.corpus.read_corpus`).
    lemmatizer : Lemmatizer, optional
        Passed in so one cache serves many calls; default ``Lemmatizer()``.
    split_clitics : bool
        Give attached conjunctions, prepositions, the article and pronoun suffixes rows of their
        own (default False: one row per written word, as a reader sees it).
    roots : bool
        Add a ``root`` column from NLTK's ISRI stemmer.
    norm_steps : sequence of str
        Normalization steps of the ``norm`` column (see :mod:`discourse.text.normalize`).
    stopwords : iterable of str, optional
        The stopword set; default :func:`~discourse.text.stopwords.stopword_set`.
    progress : bool
        Show progress bars on long runs.

    Returns
    -------
    DataFrame
        One row per token, columns :data:`TOKEN_COLUMNS` (see the module docstring). The input
        is not modified.
    """
    if isinstance(docs, str):
        raise TypeError(
            "tokenize() takes a documents table (DataFrame), not a string; build one "
            "with read_corpus(), or from your texts with "
            "pandas.DataFrame({'doc_id': ['a1'], 'text': [text]})."
        )
    missing = {"doc_id", "text"} - set(docs.columns)
    if missing:
        raise KeyError(
            f"The documents table has no column(s) {sorted(missing)}; it needs "
            "doc_id and text (read_corpus() makes one)."
        )
    lemmatizer = lemmatizer or Lemmatizer(progress=progress)
    norm_fn = make_normalizer(norm_steps)
    # stopwords normalized as the tokens are, whatever norm_steps says
    stops = stopword_set(steps=norm_steps) if stopwords is None else frozenset(norm_fn(w) for w in stopwords)

    doc_ids = docs["doc_id"].tolist()
    texts = docs["text"].tolist()
    iterator = range(len(texts))
    if progress and len(docs) > 200:
        from tqdm.auto import tqdm

        iterator = tqdm(iterator, total=len(docs), desc="tokenizing", unit="doc", mininterval=2.0)
    tok_lists: list = []
    arrays: dict[str, list] = {k: [] for k in ("doc", "para_id", "sent_id", "tok_id", "start", "end")}
    for i in iterator:
        text = texts[i]
        if not isinstance(text, str) or not text:
            continue
        found = _GAP_TOKEN_RE.findall(text)
        if not found:
            continue
        gaps, toks, _ = zip(*found)
        n = len(toks)
        tlen = np.fromiter(map(len, toks), np.int64, n)
        end = np.cumsum(np.fromiter(map(len, gaps), np.int64, n) + tlen)
        start = end - tlen
        sents = list(segment(text))
        sent_starts = np.fromiter((s for _, _, s, _ in sents), np.int64, len(sents))
        sent = np.searchsorted(sent_starts, start, side="right") - 1
        paras = np.fromiter((p for p, _, _, _ in sents), np.int64, len(sents))
        tok_lists.append(toks)
        arrays["doc"].append(np.full(n, i, np.int64))
        arrays["sent_id"].append(sent)
        arrays["para_id"].append(paras[sent])
        arrays["tok_id"].append(np.arange(n, dtype=np.int64))
        arrays["start"].append(start)
        arrays["end"].append(end)
    if not tok_lists:  # no document has any text: the empty table, with its columns
        return _empty_table(split_clitics, roots)
    tokens = np.fromiter(itertools.chain.from_iterable(tok_lists), object, sum(map(len, tok_lists)))
    cols = {k: np.concatenate(v) for k, v in arrays.items()}

    # Everything below is computed once per distinct form and spread by integer codes.
    codes, uniq = pd.factorize(tokens)
    uniq = uniq.tolist()
    kinds = [TOKEN_RE.fullmatch(t).lastgroup for t in uniq]
    kinds = ["sym" if k not in ("num", "ar", "lat") else k for k in kinds]
    memo = _NORM_MEMO.setdefault(tuple(norm_steps), {})
    if len(memo) > 2_000_000:  # bounded: a long session over many corpora
        _NORM_MEMO.clear()
        memo = _NORM_MEMO.setdefault(tuple(norm_steps), {})
    norms = [memo.get(t) or memo.setdefault(t, norm_fn(t)) for t in uniq]
    lemmas, pos = (
        list(norms),
        ["NUM" if k == "num" else "LATIN" if k == "lat" else "PUNCT" if k == "sym" else "X" for k in kinds],
    )
    pro, enc = [""] * len(uniq), [""] * len(uniq)
    ar = [j for j, k in enumerate(kinds) if k == "ar"]
    keys = lemma_keys([uniq[j] for j in ar])
    results = lemmatizer.known(keys)
    for j, k in zip(ar, keys):
        r = results[k]
        lemmas[j], pos[j], pro[j], enc[j] = r.lemma, r.pos, r.proclitic, r.enclitic
    # the lemma columns' codes: the form's, but where the next word changes its reading
    lcodes = _read_by_next_word(codes, norms, lemmas, pos, pro, enc, cols)
    # … or the word before it: after a preposition, تم or عدم a word is a noun, not a verb
    key_of = [None] * len(uniq)
    for j, k in zip(ar, keys):
        key_of[j] = k
    lcodes = _read_after_preposition(
        codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, lemmatizer, norm_fn
    )
    # … and a nisba in ـية where a noun stands is the noun (وزارة الخارجية, على الشرعية)
    lcodes = _read_nisba_as_noun(
        codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, lemmatizer, norm_fn
    )
    # … and يعد, تعد are "is considered" (عد) unless لم comes before them (لم يعد: عاد)
    lcodes = _read_counted(codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, norm_fn)
    # … and a plural that is also a verb of form II is the verb after التي, ما, قد (التي خطط لها)
    lcodes = _read_as_verb(codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, lemmatizer, norm_fn)
    # … and a two-letter verb right after لا is the noun (لا بد, "must": بُدّ, no verb)
    lcodes = _read_after_la(codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, norm_fn)
    # … and أسهم is "shares" unless it opens a clause (ارتفاع أسهم 100 شركة; الذي أسهم في)
    lcodes = _read_shares(codes, lcodes, key_of, norms, lemmas, pos, pro, enc, cols, norm_fn)
    # … and the word after بن is a name, as is a word read as a verb after أبو, آل (بن سعد, أبو ديس)
    lcodes = _read_names_after_links(codes, lcodes, key_of, uniq, lemmas, pos, pro, enc, cols)
    # … and the article written apart (الـ 23, ال 27) is a function word and a stopword
    lcodes, article_at = _detached_article(codes, lcodes, uniq, kinds, lemmas, pos, pro, enc, cols)
    is_stop = np.fromiter((n in stops for n in norms), bool, len(norms))[codes]
    is_stop[article_at] = True
    kind_u = np.array(kinds, dtype=object)
    tok = pd.DataFrame(
        {
            "doc_id": _spread(doc_ids, cols["doc"], str_categories=False),
            "para_id": cols["para_id"],
            "sent_id": cols["sent_id"],
            "tok_id": cols["tok_id"],
            "token": pd.Categorical.from_codes(codes, categories=pd.Index(uniq, dtype="str")),
            "norm": _spread(norms, codes),
            "lemma": _spread(lemmas, lcodes),
            "pos": _spread(pos, lcodes),
            "is_stop": is_stop,
            "is_punct": (kind_u == "sym")[codes],
            "is_num": (kind_u == "num")[codes],
            "start": cols["start"],
            "end": cols["end"],
            "proclitic": _spread(pro, lcodes),
            "enclitic": _spread(enc, lcodes),
        }
    )
    tok = tok[TOKEN_COLUMNS]
    if split_clitics:
        tok = _split_clitics(tok, norm_fn, stops)
    if roots:
        from nltk.stem.isri import ISRIStemmer

        st = ISRIStemmer()
        forms = pd.unique(tok["norm"])
        root_map = {f: (st.stem(f) if ARABIC_LETTER_RE.search(f) else f) for f in forms}
        tok["root"] = tok["norm"].map(root_map)
    return as_categorical(tok.reset_index(drop=True), copy=False)


#: The word after عيد in the name of a feast, by its lemma (عيد الفطر, عيد الأضحى, عيد ميلاده,
#: عيد الفصح, عيد الحب, عيد الأم, عيد الشكر, عيد الجلوس). Not الاستقلال: بُعيد الاستقلال is
#: "shortly after independence" as often as "on Independence Day".
_FEAST_NAMES = frozenset({"فطر", "أضحى", "ميلاد", "فصح", "حب", "أم", "شكر", "جلوس"})


def _read_by_next_word(
    codes: np.ndarray, norms: list, lemmas: list, pos: list, pro: list, enc: list, cols: dict
) -> np.ndarray:
    """The codes of the lemma columns: ``codes``, except at the tokens whose reading the next
    word decides, which get codes of readings appended to ``lemmas``, ``pos``, ``pro``, ``enc``.

    One such word: بعيد is the adjective "far" (بعيد عن, إلى حد بعيد; its reading alone, by
    the shipped overrides) except before the name of a feast (:data:`_FEAST_NAMES`), where it
    is ب + عيد, "on the feast of" (هنأ المواطنين بعيد الفطر). News around a feast writes the
    second as often as the first (380 of 516 tokens in six SaudiNewsNet days of July 2015),
    news of the rest of the year hardly ever. Only the word written so, after و or ف at most:
    بعيدة, بعيدا are the adjective wherever they stand (وقفت بعيدةً الأمُّ عن ابنها).
    """
    far = np.fromiter(
        (
            lm == "بعيد" and p in ("", "و", "ف") and ps == "NOUN" and not e and n == p + "بعيد"
            for n, lm, p, ps, e in zip(norms, lemmas, pro, pos, enc)
        ),
        bool,
        len(lemmas),
    )
    if len(codes) < 2 or not far[codes].any():
        return codes
    feast = np.fromiter((lm in _FEAST_NAMES for lm in lemmas), bool, len(lemmas))
    same = (cols["doc"][:-1] == cols["doc"][1:]) & (cols["sent_id"][:-1] == cols["sent_id"][1:])
    at = np.flatnonzero(far[codes[:-1]] & feast[codes[1:]] & same)
    if not at.size:
        return codes
    feast_of = {j: ("عيد", "NOUN", pro[j] + "ب", "") for j in np.unique(codes[at]).tolist()}
    return _reread(codes, at, feast_of, (lemmas, pos, pro, enc))


#: Prepositions, and nouns used as prepositions, after which the next word of the sentence is a
#: noun: Arabic puts no verb right after them (على تحمل المسؤولية, في تخصص, مع تقدم المفاوضات,
#: بسبب تعثر, خلال حملته). Not من and ما, which are also "who" and "what" (من يقول), nor منذ, حتى,
#: بعد and قبل, which a verb follows (منذ بدأت, حتى يعود).
PREPOSITIONS = (
    "في", "على", "إلى", "عن", "مع", "حول", "عبر", "ضد", "بين", "لدى", "خلال", "عقب", "إثر",
    "جراء", "بسبب", "نحو", "تجاه", "ضمن", "دون", "رغم", "وسط", "وفق",
)  # fmt: skip
#: تم, "was done", in its tenses and persons (with ل, the future's س): news writes after it the
#: verbal noun of what was done, its subject, never a verb (تم نقل المصابين, سيتم منح الجوائز, يتم
#: ضخ المياه, تم نشرها). On 2015-08-03 (SaudiNewsNet) 963 words follow one of them: 796 read as
#: nouns, 62 as verbs (نقل, منح, نشر, عقد, ضخ, رفض, نقلها, منحهم), of which this reads 60 as
#: nouns, and 61 on 08-04; all right but `تم حجب` (blocking), read as حجاب, whose plural حجب is.
TAMMA = ("تم", "يتم", "سيتم", "تتم", "ستتم", "ليتم", "لتتم")
#: Nouns that head a construct with the verbal noun of an act, and take no clause: عدم ("not
#: …ing": عدم تجاوز, عدم ذكر, عدم توفر), ضرورة, إمكانية, أهمية ("the need, possibility,
#: importance of": أهمية فرض), إعادة ("re-": إعادة فرض), استمرار, and أجل (من أجل دعم). On
#: 2015-08-03 and 08-04 (SaudiNewsNet) this reads 45 and 59 tokens as nouns (عدم and وعدم 30 and
#: 39), all right but `إمكانية نسخ`, copying, read as the plural of نسخة (a verb before); وفق,
#: "according to", added to the prepositions, 6 and 13 (وفق أحدث, وفق أسس, وفق آلية).
CONSTRUCT_HEADS = ("عدم", "ضرورة", "إمكانية", "أهمية", "إعادة", "استمرار", "أجل")
#: The words after which the next word of the sentence is read as a noun, not a verb
#: (:func:`_read_after_preposition`, :func:`analyze_noun_readings`)
VERB_NOT_AFTER = PREPOSITIONS + TAMMA + CONSTRUCT_HEADS


def _noun_steps(key: str, lemma: str, pro: str, enc: str) -> list[tuple]:
    """How to read as a noun the word ``key`` read as the verb ``lemma`` (with ``pro``, ``enc``),
    in order: ``("read", lemma, pro, enc)`` is a reading, ``("ask", form, pro, enc)`` the
    lemmatizer's reading of ``form`` — the word with the tanwin of the genitive, which only a
    noun takes, so the analysers read it as the noun it is after a preposition (تحمل → تحملٍ,
    the verbal noun تحمل, not the verb حمل; طرق → طريق, خطط → خطة, not the verbs طرق, خطط) —
    when that reading is a noun's."""
    if pro not in ("", "و", "ف") or not key.startswith(pro) or not key.endswith(enc):
        return []
    stem = key[len(pro) : len(key) - len(enc)]
    if pro:  # وصف after على is the word وصف, not و + صف: the word whole, or nothing
        return [] if enc or key[-1] in "اى" else [("ask", key + "\u064d", "", "")]
    if len(stem) < (3 if enc else 2):  # فقه, جده: a word of its own, not ف + ق + ه
        return []
    steps = []
    if stem.endswith("ي") and lemma == stem[:-1] + "ى":
        steps.append(("read", stem, "", enc))  # the verbal noun of a verb in ى: تبني, تولي, نفي
    if stem[-1] not in "اى":  # no tanwin after them (شتى; قراهم, علاه are قرى, علا + a pronoun)
        if enc and stem.endswith("ت"):
            steps.append(("ask", stem[:-1] + "ة\u064d", "", enc))  # حملته, دعوته: حملة, دعوة + ه
        if stem.endswith("ي"):  # وادي, ألفي, قدميه: وادٍ, the dual ألفا, قدما before its complement
            steps.append(("ask", stem[:-1] + "\u064d", "", enc))
        steps.append(("ask", stem + "\u064d", "", enc))
    # an elative (أفعل) takes no tanwin (في أبشع صوره, عن أصدق التهاني, في أرفع الصحف); دعم, نشر,
    # شتى: the verbal noun, or the noun, written as the verb
    if lemma == stem or (stem.startswith("أ") and len(stem) == 4 and not enc and stem[-1] not in "اىي"):
        steps.append(("read", stem, "", enc))
    return steps


def _read_after_preposition(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    lemmatizer: Lemmatizer,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at the words read as verbs right
    after a preposition (:data:`PREPOSITIONS`), تم (:data:`TAMMA`: تم نقل, سيتم منح) or a noun
    that heads a construct with a verbal noun (:data:`CONSTRUCT_HEADS`: عدم تجاوز), alone or
    after و or ف, in the same sentence:
    those get the noun's reading (:func:`_noun_steps`), appended to ``lemmas``, ``pos``, ``pro``
    and ``enc``; a word with no noun's reading keeps its own. Each form is read once, by the
    lemmatizer and its caches."""
    if len(codes) < 2:
        return lcodes
    preps = {norm_fn(c + p) for p in VERB_NOT_AFTER for c in ("", "و", "ف")}
    after = np.fromiter((n in preps for n in norms), bool, len(norms))
    verb = np.fromiter((p == "VERB" for p in pos), bool, len(pos))
    same = (cols["doc"][:-1] == cols["doc"][1:]) & (cols["sent_id"][:-1] == cols["sent_id"][1:])
    at = np.flatnonzero(after[codes[:-1]] & verb[lcodes[1:]] & same) + 1
    if not at.size:
        return lcodes
    steps = {}
    for j in np.unique(lcodes[at]).tolist():
        if j < len(key_of) and key_of[j]:
            steps[j] = _noun_steps(key_of[j], lemmas[j], pro[j], enc[j])
    asked = lemmatizer.known(list(dict.fromkeys(s[1] for st in steps.values() for s in st if s[0] == "ask")))
    noun = {}
    for j, st in steps.items():
        for kind, what, p, e in st:
            if kind == "read":
                noun[j] = (what, "NOUN", p, e)
                break
            r = asked[what]
            if (
                r.pos not in ("VERB", "X", "FUNC")
                and r.lemma_source not in ("unknown", "nonword")
                and not (r.proclitic or r.enclitic)
            ):
                noun[j] = (r.lemma, r.pos, p, e)
                break
    if not noun:
        return lcodes
    return _reread(lcodes, at, noun, (lemmas, pos, pro, enc))


#: Words after which a definite word is their object, a noun, whatever else they may be:
#: :data:`PREPOSITIONS` and من, إلى, منذ, عند, أمام, بعد, قبل (من الجنسية, منذ الجاهلية).
_NOUN_AFTER = PREPOSITIONS + ("من", "إلى", "منذ", "عند", "أمام", "بعد", "قبل")
#: Words without the article that a definite adjective may follow: غير (المنظمات غير الحكومية),
#: سوى, and خاصة, خصوصا, "especially" (بعض النخب، خاصة الدينية)
_NOT_HEADS = frozenset({"غير", "سوى", "خاصة", "خصوصا"})
#: Nouns whose next word, without the article, is a name (of a company, a town, a tournament),
#: so that a nisba after that word is the adjective of the whole (شركة بوبا العربية, جامعة فلوريدا
#: الدولية, مدينة أفيون التركية, محافظة أبين الجنوبية, بطولة عسير الدولية), by their lemma
_NAMING_HEADS = frozenset({
    "شركة", "مؤسسة", "مجموعة", "جامعة", "بطولة", "مدينة", "محافظة", "منطقة", "قرية", "بلدة", "مستشفى",
    "فندق", "مصرف", "بنك",
})  # fmt: skip
_ARTICLE_RE = re.compile(r"^[وف]?[بكل]?ال|^[وف]?لل")
#: The nisbas of numbers, which before a definite noun give its count (ثلاثية الأبعاد, ثنائية
#: اللغة, رباعية الدفع: "three-dimensional", "bilingual", "four-wheel"), though their words in ـية
#: are also nouns (ثلاثية, a trilogy or a hat-trick) that take a pronoun
_COUNT_NISBAS = frozenset(
    {"أحادي", "ثنائي", "ثلاثي", "رباعي", "خماسي", "سداسي", "سباعي", "ثماني", "تساعي", "عشاري"}
)
#: Pronoun suffixes: a word that may end in one may be definite by it (سياستها الخارجية)
_PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي")


#: How often, for every time general Arabic writes a word in ـية (with the article or without),
#: it must write that word with a pronoun (ـيته, ـيتها, ـيتهم …) for the word to be a noun that
#: heads a construct (:func:`nisba_noun_takes_pronoun`): 0.003. No adjective takes a pronoun, so
#: nouns do far more often than nisbas do (شخصية 0.091, عضوية 0.19, شرعية 0.028, جنسية 0.039,
#: خارجية 0.0063, آلية 0.0051; عالية 0.0001, رسمية 0.0001, عسكرية, نووية, طبية, سعودية under 0.0001).
#: (ثلاثية, 0.0068, a trilogy or a hat-trick, is a noun too: the tokenizer leaves the nisbas of
#: numbers out, ثلاثية الأبعاد being "three-dimensional".)
PRONOUN_NOUN_SHARE = 0.003


@functools.lru_cache(maxsize=8192)
def nisba_noun_takes_pronoun(lemma: str) -> bool:
    """True when general Arabic writes the word in ـية of the nisba ``lemma`` with a pronoun at
    least :data:`PRONOUN_NOUN_SHARE` as often as without one: the sign of a noun (آلية: آليته,
    آليتها), which the tokenizer asks for before it reads an indefinite word in ـية followed by a
    definite noun as the head of a construct (آلية العمل, عضوية المجلس), not an adjective with
    its complement (عالية الجودة, سارية المفعول). The pronouns are :data:`_PRONOUN_ENDINGS`."""
    plain = _wf(lemma + "ة") + _wf("ال" + lemma + "ة")
    if plain <= 0:
        return False
    return sum(_wf(lemma + "ت" + p) for p in _PRONOUN_ENDINGS) >= PRONOUN_NOUN_SHARE * plain


def _read_nisba_as_noun(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    lemmatizer: Lemmatizer,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at the words in ـية read as the
    feminine of a nisba (``الشرعية`` → شرعي) that stand where Arabic puts a noun, not an
    adjective: those get the noun in ـية, when the lemmatizer reads the word so with a
    preposition on it (بالشرعية → شرعية, :func:`~discourse.text.lemma_rules.abstract_nisba_noun`).

    An adjective follows a noun of its own definiteness. So a word in ـية, with the article or
    without, right after a preposition (:data:`_NOUN_AFTER`: على الشرعية, في عضوية, من خلفية)
    is a noun; so is one with the article right after a verb (أعلنت الداخلية, تحمل الجنسية) or
    after a noun that has neither the article nor a pronoun, whose complement it is (وزارة
    الخارجية, أمانة الشرقية, تاريخ البشرية, منح الجنسية). One without the article right before
    a noun with it is the head of a construct (آلية العمل, عضوية المجلس) when general Arabic
    writes the word with a pronoun as nouns are written
    (:func:`nisba_noun_takes_pronoun`; not عالية الجودة, سارية
    المفعول, an adjective with its complement, nor a number's nisba, ثلاثية الأبعاد). After a
    word with the article,
    a pronoun (سياستها الخارجية) or no known reading it stays the adjective, as it does after
    غير and after punctuation, and after a name (see ``_a_name`` below: أوروبا الشرقية, شركة بوبا
    العربية); a name the rules miss (إنرجي كورب الكورية, جدة البخارية: Jeddah, read as a word)
    is a known loss. Words with و or ف on them are left alone (والعربية follows what it is
    joined to)."""
    if len(codes) < 2:
        return lcodes
    cand = {
        j: key
        for j, key in enumerate(key_of)
        if key and key[-2:] == "ية" and _nisba_key(key, lemmas[j], pos[j], enc[j])
    }
    if not cand:
        return lcodes
    is_cand = np.zeros(len(lemmas), bool)
    is_cand[list(cand)] = True
    at = np.flatnonzero(is_cand[lcodes[1:]]) + 1
    same = (cols["doc"][at - 1] == cols["doc"][at]) & (cols["sent_id"][at - 1] == cols["sent_id"][at])
    at = at[same]
    if not at.size:
        return lcodes
    preps = {norm_fn(c + p) for p in _NOUN_AFTER for c in ("", "و", "ف")}
    heads = {norm_fn(c + w) for w in _NOT_HEADS for c in ("", "و", "ف")}
    doc, sent = cols["doc"], cols["sent_id"]

    def _a_name(i: int) -> bool:
        # a name before the nisba, not the noun or verb it follows: a foreign name in ا (by its
        # lemma: أوروبا الشرقية, أميركا الجنوبية; not a plural in ايا, قضايا, nor a verb, دعا,
        # nor مبدأ, whose hamza the norm folds), or the word after a company's, a town's or a
        # tournament's noun without the article (شركة بوبا العربية, مدينة تدمر التاريخية: the
        # analysers read بوبا, تدمر as verbs; not المحافظة رئيس البلدية)
        k = int(lcodes[i - 1])
        if pos[k] != "VERB" and lemmas[k].endswith("ا") and not lemmas[k].endswith(("ايا", "وا")):
            return True
        return (
            i >= 2
            and doc[i - 2] == doc[i]
            and sent[i - 2] == sent[i]
            and lemmas[int(lcodes[i - 2])] in _NAMING_HEADS
            and not _ARTICLE_RE.match(norms[int(codes[i - 2])])
        )

    def _heads_construct(i: int) -> bool:
        # an indefinite word in ـية right before a definite noun or name, in the same sentence, is
        # the head of a construct (آلية العمل, عضوية المجلس, بلدية الظهران) when the word is one general
        # Arabic writes with a pronoun, as nouns are (nisba_noun_takes_pronoun): an adjective
        # before a definite noun is one with its complement (عالية الجودة, أمريكية الصنع)
        n = i + 1
        if n >= len(codes) or doc[n] != doc[i] or sent[n] != sent[i]:
            return False
        after = int(lcodes[n])
        return (
            lemmas[int(lcodes[i])] not in _COUNT_NISBAS
            and norms[int(codes[n])].startswith("ال")
            and pos[after] in ("NOUN", "PROPN", "X")  # (a place: بلدية الظهران, بلدية القطيف)
            and nisba_noun_takes_pronoun(lemmas[int(lcodes[i])])
        )

    noun_at = []
    for i in at.tolist():
        j, f, k = int(lcodes[i]), int(codes[i - 1]), int(lcodes[i - 1])
        prev = norms[f]
        if prev in preps:
            noun_at.append(i)
        elif not cand[j].startswith("ال"):
            if _heads_construct(i):
                noun_at.append(i)
        elif _ARTICLE_RE.match(prev) or enc[k] or prev.endswith(_PRONOUN_ENDINGS):
            continue
        elif (pos[k] == "VERB" or pos[k] == "NOUN" and prev not in heads) and not _a_name(i):
            noun_at.append(i)
    if not noun_at:
        return lcodes
    asked = lemmatizer.known(list(dict.fromkeys("ب" + cand[int(lcodes[i])] for i in noun_at)))
    noun = {}
    for j in dict.fromkeys(int(lcodes[i]) for i in noun_at):
        r = asked["ب" + cand[j]]
        if r.lemma == lemmas[j] + "ة" and r.pos == "NOUN":
            noun[j] = (r.lemma, "NOUN", pro[j], "")
    return _reread(lcodes, noun_at, noun, (lemmas, pos, pro, enc))


#: The imperfect of عدّ, "to count, to consider" (يعد من أبرز, تعد هذه المنطقة, and its passive
#: يُعد, "is considered"), as written without vowels: also the jussive of عاد, "to return", which
#: news writes only after لم (لم يعد, "no longer"; لا, لن take other moods: لن يعود, لا تعود)
_COUNTED = frozenset({"يعد", "تعد"})


def _read_counted(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at ``يعد``, ``تعد`` (after و or ف at
    most, with no pronoun) read as عاد ("to return") with no لم right before them in the same
    sentence: those get عد, "to count, to consider" (:data:`_COUNTED`).

    Alone, the form is the analysers' عاد, as the PUD treebank lemmatizes it; in a sentence it
    is "is considered" unless it follows لم. Of the 461 such tokens of two unseen SaudiNewsNet
    days (2015-08-03, 08-04), 78 follow لم and keep عاد; of 40 of the other 383 read at random,
    39 are "is considered" or "counts" (وتعد مدينة جازان …, الذي يعد أعلى سلطة, التي تعد
    استفزازاً) and one is تُعِدّ, "prepares" (أعد). Known losses: that one, and يعد "promises"
    (وعد, with ب: تعد به), which become عد, as they were عاد before."""
    cand = {
        j: ("عد", "VERB", pro[j], "")
        for j, key in enumerate(key_of)
        if key
        and lemmas[j] == "عاد"
        and pos[j] == "VERB"
        and not enc[j]
        and pro[j] in ("", "و", "ف")
        and key[len(pro[j]) :] in _COUNTED
    }
    if not cand:
        return lcodes
    is_cand = np.zeros(len(lemmas), bool)
    is_cand[list(cand)] = True
    at = np.flatnonzero(is_cand[lcodes])
    if not at.size:
        return lcodes
    negation = {norm_fn(c + "لم") for c in ("", "و", "ف", "أ")}
    prev = np.maximum(at - 1, 0)
    after_lam = (
        (at > 0)
        & (cols["doc"][prev] == cols["doc"][at])
        & (cols["sent_id"][prev] == cols["sent_id"][at])
        & np.fromiter((norms[c] in negation for c in codes[prev].tolist()), bool, len(at))
    )
    return _reread(lcodes, at[~after_lam].tolist(), cand, (lemmas, pos, pro, enc))


#: Words after which a past verb, not a noun, stands: relative pronouns, ما, قد and كما, لما
#: (التي خطط لها, ما خطط له, وقد جدد, كما جدد: "which he planned", "as he renewed")
_BEFORE_VERB = frozenset(
    "الذي التي الذين اللذان اللتان اللذين اللتين اللاتي اللواتي اللائي ما مما عما قد لقد وقد فقد كما "
    "وكما لما ولما".split()
)


def _read_as_verb(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    lemmatizer: Lemmatizer,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at a broken plural of a doubled root
    that is also a verb of form II (خطط, جدد, شقق: read alone as the plurals خطة, جديد, شقة, see
    :func:`~discourse.text.lemma_rules.plural_not_verb`) right after a word that a verb follows
    (:data:`_BEFORE_VERB`) in the same sentence: there it is the verb (التي خطط لها, "which he
    planned"; وقد جدد, "and he renewed"), read as the lemmatizer reads the verb's past with ت
    (خططت). Of the 65 tokens of 2015-08-03 and 08-04 (SaudiNewsNet) that the plural rule reads
    as nouns, 16 are verbs; this gives 6 of them back (ما خطط له, التي خطط لها, كما جدد), all
    right. The other 10 open their sentence (جدد مجلس الوزراء), follow a verb (رُسم وخطط له), a
    comma or أنه, places where the plural also stands (خطط التنمية), and stay plurals."""
    cand = {}
    for j, key in enumerate(key_of):
        if not key or pos[j] != "NOUN" or enc[j] or pro[j] not in ("", "و") or not key.startswith(pro[j]):
            continue
        stem = key[len(pro[j]) :]
        if len(stem) == 3 and stem[1] == stem[2] and lemmas[j] != stem:
            cand[j] = stem
    if not cand or len(codes) < 2:
        return lcodes
    at = _right_after(codes, lcodes, norms, cols, {norm_fn(w) for w in _BEFORE_VERB}, cand)
    if not at.size:
        return lcodes
    wanted = {j: cand[j] for j in np.unique(lcodes[at]).tolist()}
    asked = lemmatizer.known(list(dict.fromkeys(stem + "ت" for stem in wanted.values())))
    verb = {}
    for j, stem in wanted.items():
        r = asked[stem + "ت"]
        if r.pos == "VERB" and r.lemma == stem and not r.proclitic:
            verb[j] = (stem, "VERB", pro[j], "")
    if not verb:
        return lcodes
    return _reread(lcodes, at, verb, (lemmas, pos, pro, enc))


#: The negation that denies a whole class (لا النافية للجنس), before the noun it denies: لا بد,
#: لا شك, "no escape", "no doubt"
_LA = ("لا", "ولا", "فلا")


def _read_after_la(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at a word of two letters (after و or ف
    at most, with no pronoun) read as the past of a doubled verb, the word itself, right after
    لا in the same sentence: there it is the noun لا denies (:data:`_LA`). لا بد, "there is no
    escape", "must", is بُدّ, not the verb بدّ "to scatter" that qalsadi reads alone: 103 tokens
    of 2015-08-03 and 08-04 (SaudiNewsNet; 6 of them written with the shadda), every two-letter
    verb after لا on those days. A past verb after لا is a wish or an oath (لا سمح الله, 8
    tokens), of three letters or more, and is left alone."""
    cand = {
        j: (lemmas[j], "NOUN", pro[j], "")
        for j, key in enumerate(key_of)
        if key
        and pos[j] == "VERB"
        and not enc[j]
        and pro[j] in ("", "و", "ف")
        and len(key) - len(pro[j]) == 2
        and key[len(pro[j]) :] == lemmas[j]
    }
    if not cand or len(codes) < 2:
        return lcodes
    at = _right_after(codes, lcodes, norms, cols, {norm_fn(w) for w in _LA}, cand)
    return _reread(lcodes, at.tolist(), cand, (lemmas, pos, pro, enc)) if at.size else lcodes


def _right_after(
    codes: np.ndarray, lcodes: np.ndarray, norms: list, cols: dict, words: set, cand
) -> np.ndarray:
    """The positions of the tokens whose reading (``lcodes``) is one of ``cand`` (codes) right
    after a token whose norm is in ``words``, in the same sentence."""
    is_cand = np.zeros(int(lcodes.max()) + 1, bool)  # (the passes before may add readings)
    is_cand[[j for j in cand if j < len(is_cand)]] = True
    before = np.fromiter((n in words for n in norms), bool, len(norms))
    same = (cols["doc"][:-1] == cols["doc"][1:]) & (cols["sent_id"][:-1] == cols["sent_id"][1:])
    return np.flatnonzero(before[codes[:-1]] & is_cand[lcodes[1:]] & same) + 1


#: أسهم written without vowels: أَسْهَمَ, "he contributed", which the analysers read, and أَسْهُم,
#: "shares", the plural of سهم, the word of every market report (ارتفاع أسهم 100 شركة)
_SHARES = frozenset({"أسهم", "اسهم"})
#: After these the verb أسهم stays (أسهم في, "contributed to"; أسهم بشكل كبير, بدور)
_CONTRIBUTED_TO = frozenset({"في", "فيه", "فيها", "فيهم", "بشكل", "بدور", "بدوره", "كثيرا", "كثيراً"})


def _read_shares(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    norms: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
    norm_fn,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at ``أسهم`` read as the verb أسهم,
    "he contributed" (alone, with no clitic), where it is the plural أسهم of سهم, "shares": a
    noun (:data:`_SHARES`). The verb opens its clause: it stays the verb after a word a verb
    follows (:data:`_BEFORE_VERB`: ما أسهم, الذي أسهم, كما أسهم, قد أسهم, and with و: والذي
    أسهم), at the start of a sentence or after a comma (أسهم تشغيل العيادات في …), and before
    the word that gives what it contributed to (:data:`_CONTRIBUTED_TO`: أسهم في, أسهم بشكل
    كبير). Elsewhere it follows a word whose complement or subject it is, and it is the noun
    (أسعار أسهم, ارتفاع أسهم 100 شركة, وتراجعت أسهم, تلاه أسهم, على أسهم, إدراج أسهم الشركة).

    On 2015-08-03 and 08-04 (SaudiNewsNet) 0.4.64 read 178 of the 191 tokens of أسهم, وأسهم,
    اسهم as the verb; read in context, about 135 are "shares". Written with و (وأسهم) the word
    is left to the analysers: a verb at the start of a sentence (وأسهم قطاع المصارف), a noun in
    a list (البورصات … وأسهم)."""
    cand = [
        j for j, key in enumerate(key_of) if key in _SHARES and pos[j] == "VERB" and not (pro[j] or enc[j])
    ]
    if not cand or len(codes) < 2:
        return lcodes
    is_cand = np.zeros(len(lemmas), bool)
    is_cand[cand] = True
    at = np.flatnonzero(is_cand[lcodes])
    if not at.size:
        return lcodes
    doc, sent = cols["doc"], cols["sent_id"]
    opens = {norm_fn(c + w) for w in _BEFORE_VERB for c in ("", "و", "ف")} | {",", ";", "-", "–"}
    after = {norm_fn(w) for w in _CONTRIBUTED_TO}
    noun_at = []
    for i in at.tolist():
        if i == 0 or doc[i - 1] != doc[i] or sent[i - 1] != sent[i] or norms[codes[i - 1]] in opens:
            continue  # a clause opens: the verb
        if (
            i + 1 < len(codes)
            and doc[i + 1] == doc[i]
            and sent[i + 1] == sent[i]
            and norms[codes[i + 1]] in after
        ):
            continue  # أسهم في
        noun_at.append(i)
    noun = {j: ("سهم", "NOUN", "", "") for j in cand}
    return _reread(lcodes, noun_at, noun, (lemmas, pos, pro, enc)) if noun_at else lcodes


#: The words of an Arabic name after which the next word is a name: بن, "son of", in the chain
#: of a person's forefathers (محمد بن سعد بن حمد) — whatever that word would mean alone
_NAME_LINK = frozenset({"بن"})
#: … and the words after which the next word is a name or a noun, never a verb: أبو, أبا, أبي
#: ("father of", a kunya or a place: أبو ثنين, أبو ديس, علي بن أبي طالب) and آل ("the family of":
#: آل فهيد), all of them the first word of a construct, whose second word is a noun
_NAME_LINK_NOT_VERB = frozenset({"أبو", "أبا", "أبي", "آل"})


def _read_names_after_links(
    codes: np.ndarray,
    lcodes: np.ndarray,
    key_of: list,
    uniq: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
) -> np.ndarray:
    """The codes of the lemma columns (``lcodes``), except at the word right after بن in the same
    sentence (:data:`_NAME_LINK`), which is the next name of the chain: PROPN, the word as written
    without clitics cut from it (بن سعد, بن حمد, not the verbs سعد, حمد; بن بريك, بن مهناء, بن
    مالك, not بري, مهين, مال; بن سلمه, not سلم + ه). A noun read with و keeps its reading: بن
    is also "coffee" (خلاصات ومركزات بن وشاي, "coffee and tea"). A reading that differs from
    the word only in its hamza, alef maqsura or ta marbuta keeps its lemma (بن احمد: أحمد), and a
    word with the article keeps the lemma without it (بن الخطاب: خطاب). Function words (بن أبي
    طالب), numbers and punctuation keep theirs. After أبو, أبا, أبي and آل
    (:data:`_NAME_LINK_NOT_VERB`) only a verb's reading is replaced so (أبو ديس, آل فهيد, بن أبي
    طالب; أبو بكر, آل الشيخ keep their nouns), and an unknown word (X) is tagged PROPN. The link
    may have و or ف on it (وآل فهيد).

    The word right before بن or بنت (:data:`_NAME_LINK_BEFORE`), alone or with و and without a
    pronoun, is PROPN too, its lemma the name, when ``names.yaml`` lists it as a first name
    (:func:`_first_names`) and it was read as a verb or as another word than the name: سعد بن,
    حمد بن, not the verbs; يزيد بن, not زاد; وباسم بن, not و + ب + اسم; آمنة بنت, not آمن. A
    noun read with the name as its lemma (خالد, فهد) keeps its reading, which the actor finder
    reads as a first name. Other words there keep their reading: a surname may begin with بن
    (قال بن لادن, أسرة بن لادن).

    On 2015-08-03 (SaudiNewsNet, 424,905 tokens) 1,248 words follow بن: 0.4.64 read 823 as
    PROPN, 327 as NOUN (مساعد, خالد, عبد; 27 with a lemma other than the name: بري for بريك), 52
    as VERB (سعد 25, حمد 14, دغر 5) and 30 as X (لادن, زقر). This pass changes 450 tokens of
    that day and 428 of 08-04, 36 and 32 of them in their lemma; every changed word read once,
    each a name."""
    if len(codes) < 2:
        return lcodes
    # the word as written, or with و or ف on it (وآل فهيد, وأبو ديس)
    link = np.array([t in _NAME_LINK or t[:1] in "وف" and t[1:] in _NAME_LINK for t in uniq], bool)
    link_nv = np.array(
        [t in _NAME_LINK_NOT_VERB or t[:1] in "وف" and t[1:] in _NAME_LINK_NOT_VERB for t in uniq], bool
    )
    link_before = np.array([t in _NAME_LINK_BEFORE for t in uniq], bool)
    if not (link[codes[:-1]].any() or link_nv[codes[:-1]].any() or link_before[codes[1:]].any()):
        return lcodes
    same = (cols["doc"][:-1] == cols["doc"][1:]) & (cols["sent_id"][:-1] == cols["sent_id"][1:])
    after = np.flatnonzero((link[codes[:-1]] | link_nv[codes[:-1]]) & same) + 1

    def loose(s: str) -> str:
        return s.translate(_LOOSE_NAME)

    name: dict[tuple[int, bool], tuple] = {}
    new = lcodes.copy()
    added: dict[tuple, int] = {}

    def put(i: int, reading: tuple) -> None:
        if reading not in added:
            added[reading] = len(lemmas)
            for col, v in zip((lemmas, pos, pro, enc), reading):
                col.append(v)
        new[i] = added[reading]

    # the first name right before بن or بنت (سعد بن, وباسم بن, آمنة بنت): the analysers read
    # those that are also words as the words (the verbs سعد, حمد; و + ب + اسم; the adjective آمن)
    firsts = _first_names()
    for i in np.flatnonzero(link_before[codes[1:]] & same).tolist():
        j, f = int(lcodes[i]), int(codes[i])
        key, p = key_of[f], pos[j]
        if not key or p in ("PROPN", "FUNC") or enc[j]:
            continue
        first = "و" if key[:1] == "و" and key not in firsts else ""
        if key[len(first) :] not in firsts:
            continue
        stem = key[len(first) :]
        keep = pro[j] == first and loose(lemmas[j]) == loose(stem)
        if keep and p != "VERB":
            continue  # (خالد, فهد read as nouns with the name as lemma: the actor finder reads
            # such a word as a first name, and PROPN would make it take the word before too)
        put(i, (lemmas[j] if keep else stem, "PROPN", first, ""))
    for i in after.tolist():
        j, f = int(lcodes[i]), int(codes[i])
        key, p = key_of[f], pos[j]
        if not key or p in ("PROPN", "FUNC") or pro[j] == "و" and p in ("NOUN", "ADJ"):
            continue  # (بن وشاي, "coffee and tea"; not بن فهاد, a name read as ف + هاد)
        any_word = bool(link[codes[i - 1]])
        if not any_word and p not in ("VERB", "X"):
            continue
        if (j, any_word) not in name:
            if p == "X" and not any_word or pro[j] in ("ال", "لل") or key.startswith("ال"):
                reading = (lemmas[j], "PROPN", pro[j], enc[j])
            elif loose(lemmas[j]) == loose(key):
                reading = (lemmas[j], "PROPN", "", "")
            else:
                reading = (key, "PROPN", "", "")
            name[(j, any_word)] = reading
        put(i, name[(j, any_word)])
    return new


#: The words of an Arabic name before which the word is a first name (سعد بن, نورة بنت)
_NAME_LINK_BEFORE = frozenset({"بن", "بنت"})


def _first_names() -> frozenset[str]:
    """The one-word first names of ``names.yaml`` (given, foreign, female, and those that are
    also everyday words: سعد, فهد, أمل), as written; read again when the file changes."""
    path = config.lexicon_path("names")
    return _first_names_in(str(path), path.stat().st_mtime_ns if path.exists() else -1)


@functools.lru_cache(maxsize=4)
def _first_names_in(path: str, mtime_ns: int) -> frozenset[str]:
    from ..framing.lexicon import load_yaml

    data = load_yaml(path)  # (a missing file is an error that names it)
    lists = ("given_names", "foreign_given_names", "female_given_names", "ambiguous_given_names")
    return frozenset(w for k in lists for w in data.get(k, []) if " " not in w)


#: What the name pass ignores when it compares a reading with the word (أحمد, احمد; عطية, عطيه)
_LOOSE_NAME = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})


def _detached_article(
    codes: np.ndarray,
    lcodes: np.ndarray,
    uniq: list,
    kinds: list,
    lemmas: list,
    pos: list,
    pro: list,
    enc: list,
    cols: dict,
) -> tuple[np.ndarray, np.ndarray]:
    """``lcodes`` with the article written as a word of its own read as the function word ال
    (pos FUNC), and the positions of those tokens, which are stopwords.

    News writes the article apart before a number or a foreign word: with tatweel always
    (الـ 23, الـ «يوتيوب», الـــ 15), without it mostly before a number (ال 27, ال 48 ساعة).
    Without tatweel and before a word, ال is also آل without its madda (بن حمد ال ثاني) or
    part of a name written in two (محمد ال فتيل): those keep their reading. (The stopword
    list cannot hold ال: the norm folds آل into it.)"""
    tatweel = [j for j, t in enumerate(uniq) if "\u0640" in t and t.replace("\u0640", "") == "ال"]
    bare = [j for j, t in enumerate(uniq) if t == "ال"]
    is_article = np.zeros(len(lemmas), bool)
    is_article[tatweel] = True
    at = np.flatnonzero(is_article[codes])
    if bare and len(codes) > 1:
        is_bare = np.zeros(len(uniq), bool)
        is_bare[bare] = True
        num = np.array([k == "num" for k in kinds], bool)
        nxt = np.flatnonzero(is_bare[codes[:-1]] & num[codes[1:]])
        same = (cols["doc"][nxt] == cols["doc"][nxt + 1]) & (cols["sent_id"][nxt] == cols["sent_id"][nxt + 1])
        at = np.union1d(at, nxt[same])
    if not at.size:
        return lcodes, at
    article = {int(j): ("ال", "FUNC", "", "") for j in np.unique(lcodes[at])}
    return _reread(lcodes, at.tolist(), article, (lemmas, pos, pro, enc)), at


def _reread(lcodes: np.ndarray, at, readings: Mapping, columns: tuple) -> np.ndarray:
    """``lcodes`` with each token at the positions ``at`` whose code has a reading in
    ``readings`` (code → ``(lemma, pos, proclitic, enclitic)``) given the code of that reading,
    appended once to ``columns`` (the lists ``lemmas``, ``pos``, ``pro``, ``enc``): the last step
    of the passes that read a word by its neighbours."""
    out, added = lcodes.copy(), {}
    for i in at:
        j = int(lcodes[i])
        if j in readings:
            if j not in added:
                added[j] = len(columns[0])
                for col, v in zip(columns, readings[j]):
                    col.append(v)
            out[i] = added[j]
    return out


def _empty_table(split_clitics: bool, roots: bool) -> pd.DataFrame:
    ints = {"para_id", "sent_id", "tok_id", "start", "end", "word_id"}
    bools = {"is_stop", "is_punct", "is_num"}
    names = TOKEN_COLUMNS + (["word_id"] if split_clitics else []) + (["root"] if roots else [])
    return pd.DataFrame(
        {
            c: pd.Series(
                dtype="int64"
                if c in ints
                else "bool"
                if c in bools
                else pd.CategoricalDtype(pd.Index([], dtype="str"))
            )
            for c in names
        }
    )


def _split_clitics(tok: pd.DataFrame, norm_fn, stops) -> pd.DataFrame:
    rows = []
    for r in tok.itertuples(index=False):
        base = r._asdict()
        base["word_id"] = r.tok_id
        pro, enc = r.proclitic, r.enclitic
        key = lemma_key(r.token)
        pieces = split_proclitic(pro) if pro and key.startswith(pro) else []
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
            e = r.start + (
                pos_map[i + len(text_letters)] if i + len(text_letters) < len(pos_map) else len(r.token)
            )
            rows.append(
                {
                    **base,
                    "token": r.token[s - r.start : e - r.start],
                    "norm": norm_fn(lemma),
                    "lemma": lemma,
                    "pos": pos,
                    "is_stop": True,
                    "start": s,
                    "end": e,
                    "proclitic": "",
                    "enclitic": "",
                }
            )
            i += len(text_letters)
        stem_end_i = len(pos_map) - len(enc)
        s = r.start + pos_map[i]
        e = r.start + (pos_map[stem_end_i] if enc else len(r.token))
        stem_tok = r.token[s - r.start : e - r.start]
        rows.append(
            {
                **base,
                "token": stem_tok,
                "norm": norm_fn(stem_tok),
                "is_stop": norm_fn(stem_tok) in stops,
                "start": s,
                "end": e,
            }
        )
        if enc:
            s = e
            rows.append(
                {
                    **base,
                    "token": r.token[s - r.start :],
                    "norm": norm_fn(enc),
                    "lemma": enc,
                    "pos": "PRON",
                    "is_stop": True,
                    "start": s,
                    "end": r.end,
                    "proclitic": "",
                    "enclitic": "",
                }
            )
    out = pd.DataFrame(rows)
    out["tok_id"] = out.groupby("doc_id", sort=False).cumcount()
    return out[TOKEN_COLUMNS + ["word_id"]]
