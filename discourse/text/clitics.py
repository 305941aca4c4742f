"""The one home of Arabic proclitics: the conjunctions و ف, the prepositions ب ل ك and the
article ال (with ``لل`` = ل + the article whose alef is dropped).

Three uses, three functions, one inventory:

- :func:`bare` — matching a cue or a name loosely: the form without its leading proclitics;
- :func:`clitic_variants` — exact matching: the forms left when a conjunction and one
  preposition are taken off (never a stem, never the article alone);
- :func:`strip_proclitics` — lemmas: clitics dropped only where general Arabic frequency says
  the shorter word is the word (``وينستون`` stays whole, ``والعراق`` loses its و);

and :func:`split_proclitic` tells the token table what each attached letter is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

__all__ = [
    "CONJUNCTIONS",
    "PREPOSITIONS",
    "PROCLITICS",
    "bare",
    "clitic_variants",
    "strip_proclitics",
    "split_proclitic",
]

CONJUNCTIONS = ("و", "ف")
PREPOSITIONS = ("ب", "ل", "ك")
#: Every proclitic sequence (conjunction, preposition, article), longest first.
PROCLITICS = sorted(
    {c + p for c in ("",) + CONJUNCTIONS for p in ("", "ب", "ل", "ك", "ال", "بال", "كال", "لل")} - {""},
    key=len,
    reverse=True,
)

_CLITIC_POS = {"و": "CONJ", "ف": "CONJ", "ب": "PREP", "ل": "PREP", "ك": "PREP", "س": "FUT", "ال": "DET"}


def bare(form: str) -> str:
    """A normalized form without its leading proclitics, when at least 3 letters remain.

    Used as an extra matching key, so an over-eager cut (``واشنطن`` → ``اشنطن``) costs
    nothing: the full form is a key too.

    >>> bare("والانسحاب"), bare("للحكومة"), bare("وفد"), bare("لإيران")
    ('انسحاب', 'حكومة', 'وفد', 'إيران')
    """
    for p in PROCLITICS:
        if form.startswith(p) and len(form) - len(p) >= 3:
            return form[len(p) :]
    return form


@lru_cache(maxsize=200_000)
def clitic_variants(form: str) -> frozenset[str]:
    """A word form and the forms left when a conjunction (و ف) and one preposition (ب ل ك,
    with ``لل`` read as ``ل`` + ``ال``) are taken off its front.

    >>> sorted(clitic_variants("وللحكومه"))
    ['الحكومه', 'للحكومه', 'وللحكومه']
    """
    out = {form}
    s = form
    if len(s) > 3 and s[0] in CONJUNCTIONS:
        s = s[1:]
        out.add(s)
    if s.startswith("لل") and len(s) > 3:
        out.add("ال" + s[2:])
    elif len(s) > 2 and s[0] in PREPOSITIONS:
        out.add(s[1:])
    return frozenset(out)


def strip_proclitics(form: str, frequency: Callable[[str], float], *, article: bool = True) -> str:
    """Drop a leading conjunction و/ف, a preposition ب/ل/ك and the article, keeping ≥ 2 letters.

    The conjunction (and a preposition before a word without the article) is dropped only when
    the word without it is at least as common in general Arabic (``frequency``, e.g. wordfreq's)
    — so ``وينستون`` stays whole while ``والعراق`` and ``لإيران`` lose their clitics.
    """
    w = form
    if (
        w[:1] in CONJUNCTIONS
        and len(w) > 3
        and (w[1:3] == "ال" or frequency(w[1:]) >= frequency(w) and (w[0] == "و" or frequency(w[1:]) > 0))
    ):
        # ف on a word neither spelling of which general Arabic knows is more likely a name's own
        # letter (فيكتورياس, فونتفيل) than the conjunction, which is rare on names; و is not
        w = w[1:]
    if w[:1] in PREPOSITIONS and len(w) > 3 and (w[1:3] == "ال" or w[:2] == "لل"):
        w = w[1:] if w[1:3] == "ال" else "ال" + w[2:]  # بال… → ال… ; لل… → ال…
    elif w[:1] in PREPOSITIONS and len(w) > 3 and frequency(w[1:]) >= max(frequency(w), 1e-6):
        w = w[1:]  # a preposition on a name: لإيران → إيران, بواشنطن → واشنطن
    if article and w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def split_proclitic(pro: str) -> list[tuple[str, str, str]]:
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
