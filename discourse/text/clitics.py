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
        and (
            w[1:3] == "ال"
            and (w[0] == "و" or _article_after_clitic(w, frequency))
            or frequency(w[1:]) >= frequency(w)
            and (w[0] == "و" or frequency(w[1:]) > 0)
        )
    ):
        # ف on a word neither spelling of which general Arabic knows is more likely a name's own
        # letter (فيكتورياس, فونتفيل) than the conjunction, which is rare on names; و is not
        w = w[1:]
    if w[:1] in PREPOSITIONS and len(w) > 3 and (w[1:3] == "ال" or w[:2] == "لل"):
        if w[:2] == "لل" or _article_after_clitic(w, frequency):
            w = w[1:] if w[1:3] == "ال" else "ال" + w[2:]  # بال… → ال… ; لل… → ال…
    elif (
        w[:1] in PREPOSITIONS
        and len(w) > 3
        and frequency(w[1:])
        >= max(frequency(w) * _PREPOSITION_RATIO.get(w[:2], _PREPOSITION_RATIO[w[0]]), 1e-6)
        and not _conjunction_first(w[1:], frequency)
    ):
        w = w[1:]  # a preposition on a name: لإيران → إيران, بواشنطن → واشنطن
    if article and w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


#: How much more common than the word with a preposition the word without it must be for
#: :func:`strip_proclitics` to take the preposition off (a word neither analyser knows). ب and
#: ل: as common at least — such a word is often a common one after them (برئاسة, بدمج, لنادي
#: are 2 to 7 times rarer than رئاسة, دمج, نادي). ك "like" and any preposition before ي: ten
#: times. ك is rarely written on a name, and a common word is written with it about 400 times
#: less often than alone (the median over general Arabic's 20,000 most common words; at least
#: 30 times for nineteen in twenty, ``benchmarks/clitic_rates.py``), so كتارا, كلاس are Katara,
#: class; a word in ي is mostly a verb, which takes no preposition but the ل of
#: purpose, and بي…/لي… begin many foreign names (بيجي, بيلد, بيونج, ليون).
_PREPOSITION_RATIO = {"ب": 1.0, "ل": 1.0, "ك": 10.0, "بي": 10.0, "لي": 10.0}


def _article_after_clitic(w: str, frequency: Callable[[str], float]) -> bool:
    """True when ``w`` (a clitic letter, then ال) is the clitic and the article on a word, not
    a name that begins with those letters: general Arabic writes the word after the clitic,
    with or without the article, or does not know the whole form either. فالنتينو, بالتازار
    and كالامازو are Valentino, Balthazar and Kalamazoo — neither النتينو nor نتينو is
    written. Not asked of و, the commonest clitic: a rare word after و + ال is far more often
    that (والجرينادينز, and the Grenadines) than a name in وال."""
    rest = w[3:]
    spellings = [rest] + ([h + rest[1:] for h in "أإآ"] if rest[:1] == "ا" else [])
    # (with its hamza: news drops it after the article, والاتراح for والأتراح)
    return frequency(w[1:]) > 0 or frequency(w) == 0 or any(frequency(x) > 0 for x in spellings)


def _conjunction_first(rest: str, frequency: Callable[[str], float]) -> bool:
    """True when ``rest`` begins with the conjunction و, as its frequency says (وخمسين, وبين):
    a preposition never stands before a conjunction, so the letter before such a word is the
    name's own (بوخمسين, لوبين, كومباني — not ب + و + خمسين). Not ف, which begins many words
    a preposition does stand before (لفلان, بفرنسا: فلان is no ف + لان)."""
    return (
        rest[:1] == "و"
        and len(rest) > 3
        and rest[1:3] != "ال"
        and frequency(rest[1:]) >= max(frequency(rest), 1e-6)
    )


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
