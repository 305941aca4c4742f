"""Cue lexicons (YAML) and the matcher that finds their cues in the token table.

A cue is one word or a phrase of words. A token matches a cue word when any of its keys —
its lemma, its normalized form, or that form without attached proclitics (و ف ب ل ك ال) —
equals a key of the cue word, all compared loosely (alef variants, ى/ي and final ة/ه folded).
So the cue ``انسحاب`` finds ``الانسحاب``, ``والانسحاب``, ``للانسحاب`` and (through the lemma)
``انسحابهم``; ``الحوار الاستراتيجي`` finds the phrase however its words carry clitics.

Lexicons are read with ``yaml.safe_load`` (no code runs on load).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml

from ..errors import LexiconError
from ..io.textio import read_utf8
from ..text.clitics import bare, clitic_variants
from ..text.normalize import loose, normalize, strict_form

__all__ = ["Cue", "load_yaml", "token_keys", "word_keys", "match_cues", "bare"]


class _NoAliasLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses aliases: a lexicon has no use for them, and nested
    aliases can blow a small file up into gigabytes (a "billion laughs" file)."""

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"an alias (*{event.anchor}) at line {event.start_mark.line + 1}: "
                "aliases are not allowed in lexicons, write the values out"
            )
        return super().compose_node(parent, index)


def load_yaml(path: str | Path) -> dict:
    """Read a YAML lexicon safely; errors name the file and line."""
    path = Path(path)
    try:
        data = yaml.load(read_utf8(path, what="lexicon", error=LexiconError), Loader=_NoAliasLoader)
    except FileNotFoundError as exc:
        raise LexiconError(f"{path}: no such lexicon file.") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(
            f"{path}: not valid YAML ({exc}). Fix the indentation or quoting at the line shown."
        ) from exc
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: the top level must be a mapping (key: value).")
    return data


def require_list(value, path, where: str, *, of: str = "entries") -> list:
    """``value`` when it is a non-empty list; else a :class:`LexiconError` naming the file and
    the key (an empty ``cues:`` is YAML ``null``, not an empty list)."""
    if not isinstance(value, list) or not value:
        got = "empty" if value in (None, [], "") else f"a {type(value).__name__}"
        raise LexiconError(
            f"{path}: {where} is {got}; it needs a list of {of} (one '- ' line each), or remove it."
        )
    return value


def word_keys(word: str) -> set[str]:
    """The keys a cue word matches: its loose form and its loose form without proclitics."""
    n = normalize(word)
    return {loose(n), loose(bare(n))}


def token_keys(token: str, lemma: str) -> set[str]:
    """The keys of one token: loose lemma, loose form, loose form without proclitics."""
    n = normalize(token)
    return {loose(lemma), loose(n), loose(bare(n))}


@dataclass
class Cue:
    """One cue: its words' keys, what it stands for, and whether a negation cancels it."""

    text: str
    label: str  # frame id, actor id, stance class …
    gloss: str = ""
    negatable: bool = False
    extra: dict = field(default_factory=dict)
    keys: list[set[str]] = field(default_factory=list)

    def __post_init__(self):
        words = self.text.split()
        if not words:
            raise LexiconError(f"An empty cue under {self.label!r}.")
        self.keys = [word_keys(w) for w in words]

    def exact(self) -> Cue:
        """The same cue with exact keys (see :func:`match_cues`)."""
        c = Cue(self.text, self.label, self.gloss, self.negatable, self.extra)
        c.keys = [exact_keys(w) for w in self.text.split()]
        return c


def exact_keys(word: str) -> set[str]:
    """Keys of a cue word for exact matching: its written form, and — when it is written as a
    dictionary entry — its lemma (``LEMMA:`` key), so it finds every form of the word. A cue
    written with the article has no lemma key (``الغاز`` "the gas" must not find ``الألغاز``
    "the riddles", which an analyser may lemmatize ``الغاز``), but for the one kind of word
    whose ال is its own: the eighth form of a root beginning with ل, ``الت…`` (``التقى``:
    ``يلتقي``, ``التقت``; ``التزم``: ``تلتزم``; ``التزام``: ``بالتزاماتها``). A word written with
    a hamza on its first alef before ل (``ألم``, ``إلغاء``) finds the form written with the
    hamza or without it (``الم``), not its lemma (the analysers read ``الألمان`` as ألم). Forms
    and lemmas are compared loosely but for آ (:func:`_loose_madda`): ``أمن`` does not find
    ``آمنة`` "safe"."""
    n = _loose_madda(word)
    written = strict_form(word).strip()
    if n[:2] == "ال" and written[:1] in _HAMZA_ALEF:  # ألم, إلغاء: the written form only, as before
        return {n, _hamza_key(n)}
    own_al = n.startswith("الت") and len(n) >= 5  # التقى, التزم, التزام (not التي)
    return {n} | ({"LEMMA:" + n} if own_al or not n.startswith("ال") else set())


def exact_token_keys(token: str, lemma: str) -> set[str]:
    """Keys of a token for exact matching: its form with و ف ب ل ك taken off (never a stem,
    never the article alone), and its lemma. A word starting with ك that the analyser lemmatized
    as itself has no ك to take off: ``كامل`` is not ك + ``أمل``, ``كامن`` not ك + ``أمن`` (ك "like"
    is a rare clitic in news; ب ل و ف are kept, as the analyser misses some: ``بدعم``). A form
    whose ال is written with a hamza (``ألحق``, ``وألحق``) has no key with the article: the cue
    ``الحق`` does not find ``ألحق`` "he attached"."""
    form, lem = _loose_madda(token), _loose_madda(lemma)
    if lem == form and form.startswith("ك"):
        return {form, "LEMMA:" + lem}
    keys = set(clitic_variants(form))
    written = strict_form(token)
    if len(written) == len(form):
        # the article is never written with a hamza: ألحق "attached" is no الحق (its key is ءلحق)
        keys = {
            _hamza_key(k) if k[:2] == "ال" and written[len(form) - len(k)] in _HAMZA_ALEF else k for k in keys
        }
    return keys | {"LEMMA:" + lem}


def _loose_madda(text: str) -> str:
    """:func:`loose` keeping آ: the madda makes another word (آمن "safe" is not أمن "security",
    آلام "pains" not الأم "the mother"); a word written with a bare alef still matches both."""
    t = unicodedata.normalize("NFKC", str(text)).replace("آ", "\ue000")
    return loose(t).replace("\ue000", "آ")


def _hamza_key(key: str) -> str:
    """The key of a form written with a hamza on its first alef before ل (ألم, إلغاء): ء for the
    alef, so it never equals a key with the article."""
    return "ء" + key[1:]


_HAMZA_ALEF = frozenset("أإآ")


def _token_key_table(tokens: pd.DataFrame, use_lemma: bool = True, exact: bool = False) -> list[set[str]]:
    pairs = pd.MultiIndex.from_arrays([tokens["token"].astype(str), tokens["lemma"].astype(str)])
    codes, uniq = pd.factorize(pairs)
    if exact:
        keys_u = [exact_token_keys(t, l) for t, l in uniq]
    elif use_lemma:
        keys_u = [token_keys(t, l) for t, l in uniq]
    else:
        keys_u = [word_keys(t) for t, _ in uniq]
    return [keys_u[c] for c in codes]


def match_cues(
    tokens: pd.DataFrame,
    cues: list[Cue],
    *,
    negations: set[str] | None = None,
    negation_window: int = 3,
    overlap: bool = True,
    use_lemma: bool = True,
    exact: bool = False,
) -> pd.DataFrame:
    """Find every cue in the token table (tokens in reading order, punctuation included).

    Parameters
    ----------
    cues : list of Cue
    negations : set of str, optional
        Negation particles; a negatable cue preceded by one within ``negation_window`` words of
        the same clause (no punctuation in between) is marked ``negated``.
    overlap : bool
        If False, longer cues win and a token belongs to at most one hit (for actor mentions).
    use_lemma : bool
        Match lemmas too (default). False matches written forms only (with clitics stripped):
        for cue lists that name exact forms, such as reporting verbs (``أشار`` but not the
        impersonal passive ``يشار``).
    exact : bool
        Exact matching (:func:`exact_keys`): a cue word matches a token whose form, with
        و ف ب ل ك taken off, is the cue word, or — for a cue word written without the article,
        or one whose ال is its own (``التقى``) — whose lemma is the cue word. No stems, no loose clitic stripping: ``بفعل`` does not match
        every form of ``فعل``, ``الطاقة`` does not match ``للطاقة`` through a shared stem.

    Returns
    -------
    DataFrame
        ``cue_index, label, cue, gloss, doc_id, para_id, sent_id, row_first, row_last,
        tok_first, tok_last, start, end, negated`` (``row_*`` index positions in ``tokens``).
    """
    t = tokens.reset_index(drop=True)
    keys = _token_key_table(t, use_lemma, exact)
    if exact:
        cues = [c.exact() for c in cues]
    punct = t["is_punct"].to_numpy(bool)
    doc = t["doc_id"].to_numpy()
    sent = t["sent_id"].to_numpy()
    first_index: dict[str, list[int]] = {}
    for ci, cue in enumerate(cues):
        for k in cue.keys[0]:
            first_index.setdefault(k, []).append(ci)
    neg_keys = {k for w in (negations or ()) for k in word_keys(w)}
    hits = []
    n = len(t)
    for i in range(n):
        if punct[i]:
            continue
        cands = set()
        for k in keys[i]:
            cands.update(first_index.get(k, ()))
        for ci in cands:
            cue = cues[ci]
            m = len(cue.keys)
            j, ok = i, True
            for w in range(1, m):
                j = i + w
                if j >= n or doc[j] != doc[i] or sent[j] != sent[i] or not (keys[j] & cue.keys[w]):
                    ok = False
                    break
            if ok:
                hits.append((ci, i, i + m - 1))
    if not overlap:
        hits.sort(key=lambda h: (-(h[2] - h[1]), h[1]))
        taken = np.zeros(n, bool)
        kept = []
        for h in hits:
            if not taken[h[1] : h[2] + 1].any():
                taken[h[1] : h[2] + 1] = True
                kept.append(h)
        hits = kept
    hits.sort(key=lambda h: (h[1], h[0]))
    rows = []
    for ci, a, b in hits:
        cue = cues[ci]
        negated = False
        if cue.negatable and neg_keys:
            k, seen = a - 1, 0
            while (
                k >= 0 and seen < negation_window and doc[k] == doc[a] and sent[k] == sent[a] and not punct[k]
            ):
                if keys[k] & neg_keys:
                    negated = True
                    break
                k -= 1
                seen += 1
        rows.append(
            {
                "cue_index": ci,
                "label": cue.label,
                "cue": cue.text,
                "gloss": cue.gloss,
                "doc_id": doc[a],
                "para_id": int(t.at[a, "para_id"]),
                "sent_id": int(sent[a]),
                "row_first": a,
                "row_last": b,
                "tok_first": int(t.at[a, "tok_id"]),
                "tok_last": int(t.at[b, "tok_id"]),
                "start": int(t.at[a, "start"]),
                "end": int(t.at[b, "end"]),
                "negated": negated,
                **cue.extra,
            }
        )
    cols = [
        "cue_index",
        "label",
        "cue",
        "gloss",
        "doc_id",
        "para_id",
        "sent_id",
        "row_first",
        "row_last",
        "tok_first",
        "tok_last",
        "start",
        "end",
        "negated",
    ]
    out = pd.DataFrame(rows, columns=cols + sorted({k for c in cues for k in c.extra}))
    # typed columns even when nothing matched (an empty object column would make
    # ``hits[~hits["negated"]]`` select columns instead of rows)
    ints = [
        "cue_index",
        "para_id",
        "sent_id",
        "row_first",
        "row_last",
        "tok_first",
        "tok_last",
        "start",
        "end",
    ]
    return out.astype({**{c: "int64" for c in ints}, "negated": bool})
