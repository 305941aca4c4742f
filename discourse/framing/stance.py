"""Stance and evaluation per paragraph, and Entman's four framing functions per sentence.

Stance classes (``data/lexicons/stance.yaml``): hedging and modality (قد + imperfect verb,
ربما، يبدو، من المرجح، من المقرر …), certainty (حتماً، بالتأكيد …), intensifiers (جداً، للغاية …),
positive and negative evaluation, and questions (sentences ending in ؟ outside quotations —
in news text mostly rhetorical). Every count has its evidence lines.

Entman (1993, "Framing: toward clarification of a fractured paradigm", *Journal of
Communication* 43(4)): a frame defines a problem, diagnoses causes, makes moral judgements and
suggests remedies. :func:`entman_functions` lists the sentences carrying cues of each function
(cue lists under ``entman:`` in ``frames.yaml``) as a table to verify and correct by hand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from .frames import load_frames, sentence_table, with_context
from .lexicon import Cue, load_yaml, match_cues, require_list

__all__ = [
    "StanceLexicon",
    "load_stance",
    "stance_evidence",
    "stance_counts",
    "questions",
    "entman_functions",
    "quote_spans",
    "STANCE_CLASSES",
]

STANCE_CLASSES = ["hedging", "certainty", "intensifiers", "positive", "negative"]
_IMPERFECT = ("ي", "ت", "ن")  # 3rd and 1st person plural imperfect (أ/ا would be the perfect)
_QUOTE_RE = re.compile(r"“[^”\n]*”|«[^»\n]*»|\"[^\"\n]*\"")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every quotation in “…”, «…» or "…" (marks included), within a line."""
    return [m.span() for m in _QUOTE_RE.finditer(text)]


@dataclass
class StanceLexicon:
    """The stance lexicon: cue words of each class (:data:`STANCE_CLASSES`), and the words that
    turn evaluation round (``negators``, ``undoing``, ``negative_objects``).

    Until 0.5 it can also be read as the dict :func:`load_stance` returned before 0.4.0
    (``lexicon["hedging"]``, ``lexicon.get(...)``), with a ``FutureWarning``."""

    cues: dict[str, list[str]]
    negators: list[str] = field(default_factory=list)
    undoing: list[str] = field(default_factory=list)
    negative_objects: list[str] = field(default_factory=list)
    path: Path | None = None

    def _as_dict(self) -> dict:
        return {
            **self.cues,
            "negators": self.negators,
            "undoing": self.undoing,
            "negative_objects": self.negative_objects,
        }

    def get(self, key, default=None):
        import warnings

        warnings.warn(
            "load_stance() returns a StanceLexicon since 0.4.0: use .cues[kind], "
            ".negators, .undoing, .negative_objects (dict access works until 0.5).",
            FutureWarning,
            stacklevel=2,
        )
        return self._as_dict().get(key, default)

    def __getitem__(self, key):
        value = self.get(key)
        if value is None:
            raise KeyError(key)
        return value


def load_stance(path: str | Path | None = None) -> StanceLexicon:
    """Read the stance lexicon (default ``data/lexicons/stance.yaml``).

    Parameters
    ----------
    path : str or Path, optional
        A YAML file with a list of cue words under each of :data:`STANCE_CLASSES`, and
        optionally ``negators``, ``undoing`` and ``negative_objects``; an empty class
        (``hedging:`` with nothing under it) is refused, naming the file.

    Returns
    -------
    StanceLexicon
    """
    path = Path(path) if path else config.lexicon_path("stance")
    data = load_yaml(path)
    for kind in STANCE_CLASSES:
        if kind in data:
            require_list(data[kind], path, f"the '{kind}:' list", of="cue words")
    words = {k: [str(w) for w in (data.get(k) or [])] for k in ("negators", "undoing", "negative_objects")}
    return StanceLexicon({k: [str(w) for w in data.get(k) or []] for k in STANCE_CLASSES}, path=path, **words)


def _inside(spans, a, b) -> bool:
    return any(s <= a and b <= e for s, e in spans)


def stance_evidence(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    lexicon: StanceLexicon | None = None,
    *,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every stance cue and question: ``kind, cue, doc_id, para_id, sent_id, start, end, match,
    sentence, left, right, flipped``. ``قد`` counts as hedging only before an imperfect verb
    (``قد تعوق``), not before a perfect (``وقد أعلن``) nor in the past perfect (``كان قد نشر``).
    Evaluation flips under a negation (لا استقرار), a word that undoes it (المزعزعة للاستقرار)
    or a negative object (دعمها للإرهاب); ``flipped`` marks those.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    lexicon : StanceLexicon, optional
        The stance cues (default :func:`load_stance`).
    sentences : DataFrame, optional
        The sentence table (``prepare().sentences`` or
        :func:`~discourse.framing.frames.sentence_table`); built from the tokens when not given.
    """
    lexicon = lexicon or load_stance()
    cues = [Cue(w, kind) for kind in STANCE_CLASSES for w in lexicon.cues.get(kind, [])]
    # exact matching, as for frames: no stems, no clitic collisions (كامل is not ك + أمل,
    # تأكيد "confirmation" is not بالتأكيد "certainly")
    hits = match_cues(tokens, cues, overlap=False, exact=True)
    t = tokens.reset_index(drop=True)
    keep = []
    for r in hits.itertuples():
        if r.cue == "قد":
            nxt, prev = r.row_last + 1, r.row_first - 1
            ok = (
                nxt < len(t)
                and t.at[nxt, "doc_id"] == r.doc_id
                and str(t.at[nxt, "norm"]).startswith(_IMPERFECT)
                and str(t.at[nxt, "pos"]) in ("VERB", "X")
            )
            # كان قد نشر, كانا قد وقعا: the past perfect, never a hedge
            after_kana = (
                prev >= 0
                and t.at[prev, "doc_id"] == r.doc_id
                and str(t.at[prev, "norm"]).lstrip("وف").startswith("كان")
            )
            keep.append(ok and not after_kana)
        else:
            keep.append(True)
    hits = hits[np.array(keep, dtype=bool)].rename(columns={"label": "kind"})
    hits = _flip_polarity(hits, t, lexicon)
    ev = with_context(hits, tokens, docs, sentences=sentences).drop(
        columns=["cue_index", "gloss", "negated", "row_first", "row_last"]
    )
    q = questions(tokens, docs, sentences=sentences)
    return (
        pd.concat([ev, q], ignore_index=True)
        .sort_values(["doc_id", "start"], kind="stable")
        .reset_index(drop=True)
    )


def _flip_polarity(hits: pd.DataFrame, t: pd.DataFrame, lexicon: StanceLexicon) -> pd.DataFrame:
    """Evaluation turned round by its context (``flipped`` True):

    * a negation just before it in its clause (لا استقرار, عدم الاحترام): positive ↔ negative;
    * a positive word governed by a word that undoes it (المزعزعة للاستقرار, تقويض الأمن);
    * a positive word whose object is a negative one (دعمها للإرهاب): negative.
    """
    from ..text.clitics import clitic_variants
    from ..text.normalize import loose

    if hits.empty:
        return hits.assign(flipped=pd.Series(dtype=bool))
    negs = {loose(w) for w in lexicon.negators}
    undo = {loose(w) for w in lexicon.undoing}
    bad = {loose(w) for w in lexicon.negative_objects}
    norm = t["norm"].astype(str).map(loose).to_numpy()
    doc, punct = t["doc_id"].to_numpy(), t["is_punct"].to_numpy(bool)

    def around(k):
        return set(clitic_variants(norm[k])) | {v.removeprefix("ال") for v in clitic_variants(norm[k])}

    kinds, flipped = [], []
    for r in hits.itertuples():
        kind, flip = r.kind, False
        if kind in ("positive", "negative"):
            a, b = r.row_first, r.row_last
            before = [k for k in (a - 1, a - 2) if k >= 0 and doc[k] == r.doc_id and not punct[k]]
            if before and not punct[a - 1] and any(around(k) & negs for k in before[:2]):
                flip = True
            elif kind == "positive" and before and around(before[0]) & undo:
                flip = True
            elif kind == "positive" and any(
                k < len(t) and doc[k] == r.doc_id and not punct[k] and norm[k][:1] == "ل" and around(k) & bad
                for k in (b + 1, b + 2)
            ):
                flip = True  # دعمها للإرهاب, الدعم الإيراني للإرهاب
            if flip:
                kind = "negative" if kind == "positive" else "positive"
        kinds.append(kind)
        flipped.append(flip)
    return hits.assign(kind=kinds, flipped=flipped)


def questions(
    tokens: pd.DataFrame, docs: pd.DataFrame, *, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Sentences ending in ؟ or ? outside quotations (the author's own — rhetorical — questions);
    ``sentences`` is the prepared sentence table when at hand."""
    sents = sentences if sentences is not None else sentence_table(tokens, docs)
    texts = dict(zip(docs["doc_id"], docs["text"]))
    quotes: dict = {}  # doc_id -> its quotation spans, found once per document
    rows = []
    for s in sents.itertuples():
        if s.sentence.rstrip("”»\"' ").endswith(("؟", "?")):
            if s.doc_id not in quotes:
                quotes[s.doc_id] = quote_spans(texts[s.doc_id])
            if _inside(quotes[s.doc_id], s.start, s.end):
                continue
            rows.append(
                {
                    "kind": "question",
                    "cue": "؟",
                    "doc_id": s.doc_id,
                    "para_id": s.para_id,
                    "sent_id": s.sent_id,
                    "start": s.start,
                    "end": s.end,
                    "match": s.sentence,
                    "sentence": s.sentence,
                    "left": "",
                    "right": "",
                }
            )
    return pd.DataFrame(
        rows,
        columns=[
            "kind",
            "cue",
            "doc_id",
            "para_id",
            "sent_id",
            "start",
            "end",
            "match",
            "sentence",
            "left",
            "right",
        ],
    )


def stance_counts(tokens: pd.DataFrame, evidence: pd.DataFrame) -> pd.DataFrame:
    """Counts of each stance class per paragraph (all paragraphs, zeros included), with
    ``n_words`` and ``evaluation`` = positive − negative.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    evidence : DataFrame
        :func:`stance_evidence` output.
    """
    paras = tokens[~tokens["is_punct"]].groupby(["doc_id", "para_id"]).size().rename("n_words").reset_index()
    counts = evidence.groupby(["doc_id", "para_id", "kind"]).size().unstack("kind", fill_value=0)
    out = paras.merge(counts.reset_index(), on=["doc_id", "para_id"], how="left")
    for k in STANCE_CLASSES + ["question"]:
        out[k] = out[k].fillna(0).astype("int64") if k in out else 0
    out["evaluation"] = out["positive"] - out["negative"]
    return out[["doc_id", "para_id", "n_words", *STANCE_CLASSES, "question", "evaluation"]]


def entman_functions(
    tokens: pd.DataFrame, docs: pd.DataFrame, lexicon=None, *, sentences: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Sentences with cues of Entman's functions: ``doc_id, sent_id, function, cues, sentence,
    start, end`` — one row per sentence and function, for a researcher to verify.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    lexicon : FrameLexicon, optional
        The frames whose ``entman:`` cues are used (default :func:`~discourse.framing.frames.load_frames`).
    sentences : DataFrame, optional
        The sentence table (``prepare().sentences`` or
        :func:`~discourse.framing.frames.sentence_table`); built from the tokens when not given.
    """
    lexicon = lexicon or load_frames()
    cues = [Cue(str(w), fn) for fn, words in lexicon.entman.items() for w in words]
    hits = match_cues(tokens, cues, negations=set())
    if hits.empty:
        return pd.DataFrame(columns=["doc_id", "sent_id", "function", "cues", "sentence", "start", "end"])
    sents = (sentences if sentences is not None else sentence_table(tokens, docs)).set_index(
        ["doc_id", "sent_id"]
    )
    g = hits.groupby(["doc_id", "sent_id", "label"], sort=False)["cue"].agg(
        lambda c: "، ".join(dict.fromkeys(c))
    )
    out = g.reset_index().rename(columns={"label": "function", "cue": "cues"})
    out["sentence"] = [sents.at[(d, s), "sentence"] for d, s in zip(out["doc_id"], out["sent_id"])]
    out["start"] = [sents.at[(d, s), "start"] for d, s in zip(out["doc_id"], out["sent_id"])]
    out["end"] = [sents.at[(d, s), "end"] for d, s in zip(out["doc_id"], out["sent_id"])]
    return out.sort_values(["doc_id", "sent_id"], kind="stable").reset_index(drop=True)
