"""General Arabic knowledge the kit adds to qalsadi's analyses when it picks a lemma.

Nothing here is learned from a gold file: closed word classes of Arabic grammar (relative and
demonstrative pronouns, personal pronouns, the كان / ليس / زال paradigms, feminine elatives
فُعلى → أفعل), the nisba suffix, and a preference, among qalsadi's own candidate analyses, for
the lemma its dictionary says is most frequent.
"""

from __future__ import annotations

import math
import re

from .normalize import remove_diacritics

__all__ = ["closed_class_lemma", "choose_lemma", "strip_proclitics"]


def _expand(table: dict[str, list[str]]) -> dict[str, str]:
    out = {}
    for lemma, forms in table.items():
        for f in forms:
            out[f] = lemma
    return out


# Closed classes (lemma: forms). Conventions of the Universal Dependencies Arabic treebanks:
# relative/demonstrative pronouns → masculine singular; pronouns → 3rd person هو, 2nd أنت …
_CLOSED = _expand({
    "الذي": ["الذي", "التي", "الذين", "اللذان", "اللذين", "اللتان", "اللتين", "اللاتي", "اللواتي", "اللائي"],
    "هذا": ["هذا", "هذه", "هذان", "هذين", "هاتان", "هاتين", "هؤلاء"],
    "ذلك": ["ذلك", "تلك", "ذلكم", "ذانك", "تانك"],
    "هو": ["هو", "هي", "هما", "هم", "هن"],
    "أنت": ["أنت", "أنتما", "أنتم", "أنتن"],
    "كان": ["كان", "كانت", "كانوا", "كانا", "كانتا", "كن", "كنت", "كنا", "كنتم", "يكون", "تكون",
            "يكونون", "تكونون", "يكونوا", "تكونوا", "يكونا", "تكونا", "أكون", "نكون", "يكن", "تكن",
            "أكن", "نكن", "ستكون", "سيكون"],
    "ليس": ["ليس", "ليست", "ليسوا", "ليسا", "لست", "لسنا"],
    "زال": ["زال", "زالت", "يزال", "تزال", "يزالون", "تزالون", "نزال"],
    "أحد": ["أحد", "إحدى"],
    "آخر": ["آخر", "أخرى", "آخرون", "آخرين", "أخريات"],
    "أول": ["أول", "أولى"],
    "أكبر": ["أكبر", "كبرى"], "أصغر": ["أصغر", "صغرى"], "أعظم": ["أعظم", "عظمى"],
    "أوسط": ["أوسط", "وسطى"], "أدنى": ["أدنى", "دنيا"], "أعلى": ["أعلى", "عليا"],
    "أقصى": ["أقصى", "قصوى"], "أفضل": ["أفضل", "فضلى"], "أحسن": ["أحسن", "حسنى"],
    "أكثر": ["أكثر"], "أقل": ["أقل"], "أهم": ["أهم"], "أبرز": ["أبرز"], "أسوأ": ["أسوأ"],
    # a preposition or noun + the relative ما written as one word
    "عند": ["عندما"], "من": ["مما", "ممن"], "عن": ["عما", "عمن"], "بين": ["بينما"],
    "حين": ["حينما"], "كل": ["كلما"], "آن": ["الآن"],
})
# Cardinal numbers are their own lemma (qalsadi reads عشر as عاشر "tenth", أربع as ربع)
_CLOSED.update({w: w for w in ("عشر", "عشرة", "ثلاث", "ثلاثة", "أربع", "أربعة", "خمس", "خمسة", "ست",
                               "ستة", "سبع", "سبعة", "ثماني", "ثمانية", "تسع", "تسعة", "اثنان",
                               "اثنين", "اثنتان", "اثنتين", "عشرون", "عشرين", "مئة", "مائة", "ألف")})
# (ك، كن، ي are left out: لكن "but", بي in foreign names)
_PRONOUN_SUFFIX = {"ه": "هو", "ها": "هو", "هما": "هو", "هم": "هو", "هن": "هو",
                   "كما": "أنت", "كم": "أنت", "نا": "نحن"}
_CONJ = ("و", "ف")
_ONE_LETTER_PREP = ("ب", "ل", "ك")


def strip_proclitics(form: str, *, article: bool = True) -> str:
    """Drop a leading conjunction و/ف, a preposition ب/ل/ك and the article, keeping ≥ 2 letters.

    The conjunction (and a preposition before a word without the article) is dropped only when
    the word without it is at least as common in general Arabic (``wordfreq``) — so
    ``وينستون`` stays whole while ``والعراق`` and ``لإيران`` lose their clitics.
    """
    w = form
    if w[:1] in _CONJ and len(w) > 3 and (w[1:3] == "ال" or _wf(w[1:]) >= _wf(w)):
        w = w[1:]
    if w[:1] in _ONE_LETTER_PREP and len(w) > 3 and (w[1:3] == "ال" or w[1] == "ل"):
        w = w[1:] if w[1:3] == "ال" else "ال" + w[2:]  # بال… → ال… ; لل… → ال…
    elif w[:1] in _ONE_LETTER_PREP and len(w) > 3 and _wf(w[1:]) >= max(_wf(w), 1e-6):
        w = w[1:]  # a preposition on a name: لإيران → إيران, بواشنطن → واشنطن
    if article and w.startswith("ال") and len(w) > 4:
        w = w[2:]
    return w


def closed_class_lemma(form: str) -> str | None:
    """The lemma of a closed-class word (with or without an attached و/ف), or None."""
    variants = [form]
    if form[:1] in _CONJ and len(form) > 2:
        variants.append(form[1:])
    for v in list(variants):
        if v[:1] in _ONE_LETTER_PREP and len(v) > 3 and v[1:] in _CLOSED and not v[1:].startswith("ال"):
            variants.append(v[1:])  # لهذه، بذلك
    for w in variants:
        if w in _CLOSED:
            return _CLOSED[w]
        bare = w[2:] if w.startswith("ال") else None
        if bare and bare in _CLOSED and bare in ("أولى", "أخرى", "كبرى", "صغرى", "عظمى", "وسطى",
                                                 "دنيا", "عليا", "قصوى", "فضلى", "حسنى"):
            return _CLOSED[bare]
        # a one-letter preposition + a pronoun suffix: the content word is the pronoun (به → هو)
        if w[:1] in _ONE_LETTER_PREP and w[1:] in _PRONOUN_SUFFIX:
            return _PRONOUN_SUFFIX[w[1:]]
    return None


def _rank(item):
    """Order of candidates: score, then the shorter lemma, then the lemma itself — a total order,
    so ties never depend on the order qalsadi happens to list its analyses in."""
    lemma, (score, *_rest) = item
    return (round(score, 9), -len(lemma), lemma)


_NISBA_RE = re.compile(r"^ي(ة|ات|ين|ون|ان|تان|تين)?$")


def _affix_parts(affix: str) -> list[str]:
    parts = remove_diacritics(affix or "").split("-")
    return parts if len(parts) == 4 else ["", "", "", ""]


def choose_lemma(form: str, cases: list) -> tuple[str, str, str, str, int] | None:
    """Pick a lemma among qalsadi's analyses of ``form``.

    Returns ``(lemma, pos, proclitic, enclitic, n_candidates)`` or None when qalsadi has no
    analysis. Rules, in order: function words (qalsadi's stopword analyses) keep qalsadi's
    lemma; otherwise each candidate lemma is scored by the frequency qalsadi's dictionary gives
    it, penalised when the analysis reads a leading أ as the interrogative particle (rare in
    news) or leaves a lemma of under three letters from a longer word; a nisba suffix (ـي، ـية،
    ـيون …) read off a noun is put back on the lemma (العسكرية → عسكري).
    """
    real = [c for c in cases if getattr(c, "type", "unknown") != "unknown"]
    if not real:
        return None
    stops = [c for c in real if str(c.type).startswith("STOPWORD")]
    if stops:
        pro, _, _, enc = _affix_parts(stops[0].affix)
        return remove_diacritics(stops[0].lemma), "FUNC", pro, enc, len({remove_diacritics(c.lemma) for c in real})
    scored: dict[str, tuple[float, str, str, str]] = {}
    for c in real:
        lemma = remove_diacritics(c.lemma)
        pro, _, suffix, enc = _affix_parts(c.affix)
        is_noun = str(c.type).startswith("Noun")
        if is_noun and _NISBA_RE.match(suffix) and not lemma.endswith("ي"):
            lemma = (lemma[:-1] if lemma.endswith("ة") else lemma) + "ي"
        score = math.log1p(c.freq or 0)
        if lemma == form:
            score += 1.0  # an uninflected word the dictionary lists is its own lemma (حالة)
        if "أ" in pro:
            score -= 8  # interrogative hamza read off a word: أكبر ≠ أ + بر
        if len(lemma) < 3:
            score -= 4  # content lemmas of under three letters are rare; a clitic was misread
        pos = "NOUN" if is_noun else "VERB" if str(c.type).startswith("Verb") else "X"
        if lemma not in scored or (score, pos, pro, enc) > scored[lemma]:  # a total order
            scored[lemma] = (score, pos, pro, enc)
    lemma, (score, pos, pro, enc) = max(scored.items(), key=_rank)
    bare = strip_proclitics(form)
    if all("أ" in v[2] for v in scored.values()) and _known_word(bare):
        # every reading takes a leading أ for the interrogative particle: a name (أفريقيا)
        return bare, "X", form[: len(form) - len(bare)], "", len(scored)
    only_verbs = all(p == "VERB" for _, p, _, _ in scored.values())
    if only_verbs and (bare != form and "ال" in form[: len(form) - len(bare)]
                       or score <= 0 and _known_word(bare)):
        # only verb readings, yet the word carries the article (verbs cannot), or none of them
        # has a dictionary frequency while the word itself is common: a name or a loanword
        # (الصين). Keep it whole, without its clitics.
        return bare, "X", form[: len(form) - len(bare)], "", len(scored)
    if form[:1] in "وفبلك" and not re.match(r"^[وف]?[بلك]?ال|^لل", form) and lemma not in (form, form[1:]) \
            and _wf(form) >= 1e-5 and _wf(form) > 30 * _wf(lemma):
        # the written word, first letter included, is far more common than the lemma left after
        # reading that letter as a clitic: فيلم ≠ ف + يلم, وزير ≠ و + زير. Take the best
        # analysis that keeps the letter (فرص → فرصة), else the word itself.
        whole = {k: v for k, v in scored.items() if v[2] == ""}
        if whole:
            lemma, (score, pos, pro, enc) = max(whole.items(), key=_rank)
            return lemma, pos, pro, enc, len(scored)
        return form, "NOUN", "", "", len(scored)
    if not bare.startswith(_IMPERFECT) and lemma != bare and _wf(bare) >= 1e-5 \
            and _wf(bare) > 30 * _wf(lemma):
        # the written word is far more common than the lemma read into it: a noun or loanword
        # that the analyser split (فيلم ≠ ف + يلم). Verb-like forms (يمكن) are left alone:
        # inflected verbs are always more frequent than their lemma.
        return bare, "NOUN", form[: len(form) - len(bare)], "", len(scored)
    return lemma, pos, pro, enc, len(scored)


_IMPERFECT = ("ي", "ت", "ن", "أ", "ا", "س")


def _wf(word: str) -> float:
    from wordfreq import word_frequency

    return word_frequency(word, "ar")


def _known_word(word: str, threshold: float = 1e-6) -> bool:
    """True if ``word`` is in the general Arabic frequency list of ``wordfreq`` (≥ 1 per million)."""
    from wordfreq import word_frequency

    return word_frequency(word, "ar") >= threshold
