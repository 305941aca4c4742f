"""General Arabic knowledge the kit adds to qalsadi's analyses when it picks a lemma.

Nothing here is learned from a gold file: closed word classes of Arabic grammar (relative and
demonstrative pronouns, personal pronouns, the كان / ليس / زال paradigms, feminine elatives
فُعلى → أفعل, cardinal numbers in their citation form), the nisba suffix, a preference, among
qalsadi's own candidate analyses, for the lemma its dictionary says is most frequent, and a
second opinion from a second analyser, AlKhalil Morpho Sys 2 (through ``farahidi``), whose
lexicon knows broken plurals and derived nouns qalsadi reads as something else
(:func:`second_opinion`).
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping

from .clitics import CONJUNCTIONS, PREPOSITIONS
from .clitics import strip_proclitics as _strip_proclitics
from .normalize import remove_diacritics

__all__ = [
    "closed_class_lemma",
    "particle_with_tanwin",
    "plural_not_verb",
    "whole_word_lemmas",
    "whole_word_nouns",
    "particle_with_pronoun",
    "choose_lemma",
    "strip_proclitics",
    "second_opinion",
    "unknown_lemma",
    "canonical_spelling",
]


def _expand(table: dict[str, list[str]]) -> dict[str, str]:
    out = {}
    for lemma, forms in table.items():
        for f in forms:
            out[f] = lemma
    return out


# Closed classes (lemma: forms). Conventions of the Universal Dependencies Arabic treebanks:
# relative/demonstrative pronouns → masculine singular; pronouns → 3rd person هو, 2nd أنت …
_CLOSED = _expand(
    {
        "الذي": [
            "الذي",
            "التي",
            "الذين",
            "اللذان",
            "اللذين",
            "اللتان",
            "اللتين",
            "اللاتي",
            "اللواتي",
            "اللائي",
        ],
        "هذا": ["هذا", "هذه", "هذان", "هذين", "هاتان", "هاتين", "هؤلاء"],
        "ذلك": ["ذلك", "تلك", "ذلكم", "ذانك", "تانك"],
        "هو": ["هو", "هي", "هما", "هم", "هن"],
        "أنت": ["أنت", "أنتما", "أنتم", "أنتن"],
        "كان": [
            "كان",
            "كانت",
            "كانوا",
            "كانا",
            "كانتا",
            "كن",
            "كنت",
            "كنا",
            "كنتم",
            "يكون",
            "تكون",
            "يكونون",
            "تكونون",
            "يكونوا",
            "تكونوا",
            "يكونا",
            "تكونا",
            "أكون",
            "نكون",
            "يكن",
            "تكن",
            "أكن",
            "نكن",
            "تكونين",
            "تكوني",
            "يكونان",
            "تكونان",
            # the future (سيكون "will be"; not كوّن, "to form", which it would be in the
            # first person as read alone: سأكون, سنكون)
            *("س" + f for f in "يكون تكون أكون نكون يكونون تكونون يكونان تكونان تكونين".split()),
        ],
        "ليس": ["ليس", "ليست", "ليسوا", "ليسا", "لست", "لسنا"],
        # (ما زال, لا يزال "still": every person, and written joined to ما or لا, as news often
        # does, مازال, لايزال; not أزال, "removed", nor the first person singular أزال)
        "زال": [
            p + f
            for f in (
                "زال زالت زالوا زالا زالتا زلت زلنا زلتم يزال تزال نزال يزالون تزالون يزالوا تزالوا "
                "يزالان تزالان يزالا تزالا تزالين تزالي"
            ).split()
            for p in ("", "ما", "لا")
        ],
        "أحد": ["أحد", "إحدى"],
        "آخر": ["آخر", "أخرى", "آخرون", "آخرين", "أخريات"],
        "أول": ["أول", "أولى"],
        "أكبر": ["أكبر", "كبرى"],
        "أصغر": ["أصغر", "صغرى"],
        "أعظم": ["أعظم", "عظمى"],
        "أوسط": ["أوسط", "وسطى"],
        "أدنى": ["أدنى", "دنيا"],
        "أعلى": ["أعلى", "عليا"],
        "أقصى": ["أقصى", "قصوى"],
        "أفضل": ["أفضل", "فضلى"],
        "أحسن": ["أحسن", "حسنى"],
        "أكثر": ["أكثر"],
        "أقل": ["أقل"],
        "أهم": ["أهم"],
        "أبرز": ["أبرز"],
        "أسوأ": ["أسوأ"],
        # a preposition or noun + the relative ما written as one word
        "عند": ["عندما", "عندي"],
        "من": ["مما", "ممن", "مني", "منا"],
        "عن": ["عما", "عمن", "عني", "عنا"],
        "بين": ["بينما"],
        "حين": ["حينما"],
        "كل": ["كلما"],
        # "as long as" (and لطالما, "how often": the emphatic ل on it), not طالم + ا
        "طالما": ["طالما"],
        # a two-letter preposition + the pronoun of the first person (ي، نا: مني, عني, منا, عنا,
        # عندي above), which qalsadi reads as verbs or nouns (مني → منى, لدي → ولد, عندي →
        # عنيد); with ه، ها، هم … its own stopword analyses give the preposition already
        "مع": ["معي"],
        "لدى": ["لدي"],
        "آن": ["الآن"],
        # an adverb of its own (usually written معاً), not the preposition مع
        "معا": ["معا"],
        # a quantifier, like أكثر (not أ + غلب, "I overcome")
        "أغلب": ["أغلب"],
        # Friday (and the name Juma), not جمع "gathering" with ة: a noun (see CLOSED_NOUNS)
        "جمعة": ["جمعة", "الجمعة"],
        # the particle قد with the ل of emphasis (لقد, ولقد "indeed"), not the verb قدّ
        "قد": ["لقد"],
        # a particle after the preposition ب: the particle (the clitic is not the word's)
        "ما": ["بما"],
        "لا": ["بلا"],
    }
)
#: The feminine elatives, which agree with a feminine noun (الكبرى, عليا)
_FEMININE_ELATIVES = frozenset(
    {"أولى", "أخرى", "كبرى", "صغرى", "عظمى", "وسطى", "دنيا", "عليا", "قصوى", "فضلى", "حسنى"}
)
#: A preposition with the pronoun of the first person takes no preposition before it (بلدي is
#: "my country" or "municipal", not ب + لدي), and ولدي is "my son" more often than و + لدي
_PREP_PRONOUN = frozenset({"مني", "منا", "عني", "عنا", "عندي", "معي", "لدي"})
_NO_CONJ = frozenset({"لدي"})
#: Closed-class lemmas that are nouns, not function words (the others in أ are: أكثر, أحد)
CLOSED_NOUNS = frozenset({"جمعة", "مليون", "مليار"})

# Cardinal numbers are their own lemma (qalsadi reads عشر as عاشر "tenth", أربع as ربع); the
# dual and the tens are cited in the nominative (اثنين → اثنان, عشرين → عشرون)
_CLOSED.update(
    {
        w: w
        for w in (
            "عشر",
            "عشرة",
            "ثلاث",
            "ثلاثة",
            "أربع",
            "أربعة",
            "خمس",
            "خمسة",
            "ست",
            "ستة",
            "سبع",
            "سبعة",
            "ثماني",
            "ثمانية",
            "تسع",
            "تسعة",
            "مئة",
            "ألف",
        )
    },
    مائة="مئة",  # one word in two spellings (مائة the older), one lemma
)
_CLOSED.update(
    _expand(
        {
            "اثنان": ["اثنان", "اثنين"],
            "اثنتان": ["اثنتان", "اثنتين"],
            **{
                t + "ون": [t + "ون", t + "ين"]
                for t in ("عشر", "ثلاث", "أربع", "خمس", "ست", "سبع", "ثمان", "تسع")
            },
        }
    )
)
_NUMBERS = {
    w
    for w, lemma in _CLOSED.items()
    if lemma
    in (
        "عشر",
        "عشرة",
        "ثلاث",
        "ثلاثة",
        "أربع",
        "أربعة",
        "خمس",
        "خمسة",
        "ست",
        "ستة",
        "سبع",
        "سبعة",
        "ثماني",
        "ثمانية",
        "تسع",
        "تسعة",
        "مئة",
        "مائة",
        "ألف",
        "اثنان",
        "اثنتان",
    )
    or lemma.endswith("ون")
}
# The duals of the hundred, the thousand, the million and the billion, which news writes in
# construct before what they count (مائتي ألف شخص, ألفي قميص, مليوني دولار): the number, not
# مائت ("dying") + "my", the verb ألفى ("he found"), the nisba مليوني ("of a million"). Not in
# _NUMBERS: with the article they are other words (الألفي, a family name; المليوني, "the
# million-strong"). ألفا is also the accusative singular without its tanwin sign (عشرين ألفا).
_CLOSED.update(
    {
        **{h + e: "مئة" for h in ("مائت", "مئت") for e in ("ان", "ين", "ي", "ا")},
        **{"ألف" + e: "ألف" for e in ("ان", "ين", "ي", "ا")},
        **{n + e: n for n in ("مليون", "مليار") for e in ("ان", "ين", "ي", "ا")},
    }
)
# (ك، كن، ي are left out: لكن "but", بي in foreign names)
_PRONOUN_SUFFIX = {
    "ه": "هو",
    "ها": "هو",
    "هما": "هو",
    "هم": "هو",
    "هن": "هو",
    "كما": "أنت",
    "كم": "أنت",
    "نا": "نحن",
}
_CONJ, _ONE_LETTER_PREP = CONJUNCTIONS, PREPOSITIONS


def strip_proclitics(form: str, *, article: bool = True) -> str:
    """:func:`discourse.text.clitics.strip_proclitics` with general Arabic frequency
    (``wordfreq``) deciding whether a و/ف or ب/ل/ك is a clitic."""
    return _strip_proclitics(form, _wf, article=article)


#: What may stand before a word's first letter: nothing, a conjunction, a preposition, or both
_BEFORE_WORD = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def hamza_spelling(form: str) -> str:
    """The form with the hamza written on its first alef, when general Arabic (``wordfreq``)
    writes it so at least twice as often: much online news drops the hamza (انه, لانه, اكثر,
    احد for أنه, لأنه, أكثر, أحد), and the analysers then read another word into the letters
    (انه as نهى, اكثر as كثر). Words that begin with a true bare alef — hamzat al-wasl, as in
    انتخاب, استقبال, اسم, ابن — are far more common without a hamza and keep their spelling.

    >>> hamza_spelling("لانه"), hamza_spelling("انتخابات")
    ('لأنه', 'انتخابات')

    Else, a hamza inside the word: :func:`medial_hamza` at :data:`_MEDIAL_HAMZA_RATIO`. First of
    all, a hamza written as ى + ء, the older spelling of ئ (:func:`dotless_ya_hamza`).
    """
    if "ىء" in form:
        return dotless_ya_hamza(form)
    floor = max(2 * _wf(form), 1e-6)  # twice the written form, and a known word
    best, best_f = form, 0.0
    for before in _BEFORE_WORD:
        i = len(before)
        if len(form) > i + 1 and form.startswith(before) and form[i] == "ا":
            for hamza in "أإآ":
                variant = form[:i] + hamza + form[i + 1 :]
                f = _wf(variant)
                if f >= floor and f > best_f:
                    best, best_f = variant, f
    return best if best != form else medial_hamza(form, _MEDIAL_HAMZA_RATIO)


def dotless_ya_hamza(form: str) -> str:
    """The form with ى + ء (the hamza beside a dotless ya, as older and Egyptian print writes
    it: الطوارىء, مبادىء, شاطىء, فوجىء) written as modern Arabic writes it: ئ, the hamza on
    its ya seat, or ي + ء where the ى is a ya of its own (شىء is شيء), whichever general Arabic
    (``wordfreq``) writes more often; ئ when it writes neither.

    >>> dotless_ya_hamza("الطوارىء"), dotless_ya_hamza("شىء")
    ('الطوارئ', 'شيء')
    """
    seat, ya = form.replace("ىء", "ئ"), form.replace("ىء", "يء")
    return ya if _wf(ya) > _wf(seat) else seat


#: How much more often general Arabic must write a word with a hamza on an alef inside it than
#: without, for :func:`hamza_spelling` to take it for a word the analysers may know as written:
#: 16 times (بشأن 39 times بشان, تأثير 43, يأتي 23), not the 4 to 8 of words with an alef of their
#: own (رايتها, her banner, 7 times رأيتها; الراسية, anchored, 5; الفارة, fleeing, 4)
_MEDIAL_HAMZA_RATIO = 16.0
#: …and for a word neither analyser reads as written (تاكيدا, متاخر, امراة): twice as often
_MEDIAL_HAMZA_UNKNOWN_RATIO = 2.0


def medial_hamza(form: str, ratio: float) -> str:
    """The form with a hamza on an alef inside the word, past its first letter, when general
    Arabic writes it so ``ratio`` times as often as the form (and at least once in a million
    words); else the form. بشان, تاثير, مسالة, ياتي for بشأن, تأثير, مسألة, يأتي. Not the alef
    after the article or a clitic (the rules for a word's first letter handle it), nor the last
    letter, where a dropped hamza makes another word as often as not (بدا, "seemed", is no
    بدأ).

    >>> medial_hamza("بشان", 16.0), medial_hamza("رايتها", 16.0)
    ('بشأن', 'رايتها')
    """
    floor = max(ratio * _wf(form), 1e-6)
    best, best_f = form, 0.0
    for j in range(1, len(form) - 1):
        if form[j] == "ا" and form[j - 1] != "ا" and form[:j] not in _BEFORE_WORD + _BEFORE_ARTICLE:
            variant = form[:j] + "أ" + form[j + 1 :]
            f = _wf(variant)
            if f >= floor and f > best_f:
                best, best_f = variant, f
    return best


#: What may stand before a word's first letter with the article: ال, لل and the clitics before them
_BEFORE_ARTICLE = tuple(b + "ال" for b in _BEFORE_WORD) + ("لل", "ولل", "فلل")


def closed_class_lemma(form: str, conjunction: bool = True) -> str | None:
    """The lemma of a closed-class word (with or without an attached و/ف: without it when
    ``conjunction`` is False), or None."""
    variants = [form]
    if conjunction and form[:1] in _CONJ and len(form) > 2 and form[1:] not in _NO_CONJ:
        variants.append(form[1:])
    for v in list(variants):
        if (
            v[:1] in _ONE_LETTER_PREP
            and len(v) > 3
            and v[1:] in _CLOSED
            and not v[1:].startswith("ال")
            and v[1:] not in _PREP_PRONOUN
        ):
            variants.append(v[1:])  # لهذه، بذلك (not بلدي: ب + لدي)
    for w in variants:
        if w in _CLOSED:
            return _CLOSED[w]
        bare = w[2:] if w.startswith("ال") else None
        if bare and bare in _CLOSED and (bare in _NUMBERS and bare != "اثنين" or bare in _FEMININE_ELATIVES):
            return _CLOSED[bare]  # الكبرى → أكبر, الثلاثين → ثلاثون (الاثنين: Monday)
        # (a number after ب, ك or ل with the article: بالمائة, per cent; للثلاثين)
        art = next((a for a in ("بال", "كال", "لل") if w.startswith(a)), "")
        if art and w[len(art) :] in _NUMBERS and w[len(art) :] != "اثنين":
            return _CLOSED[w[len(art) :]]
        # a one-letter preposition + a pronoun suffix: the content word is the pronoun (به → هو)
        if w[:1] in _ONE_LETTER_PREP and w[1:] in _PRONOUN_SUFFIX:
            return _PRONOUN_SUFFIX[w[1:]]
    return None


#: The particles of the family of إنّ that take a pronoun suffix, with the clitics written before
#: each: أنّ after و/ف and ب/ل (لأنه, بأنها, ولأن), the others after و/ف only.
_INNA_CLITICS = {
    "أن": ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"),
    "إن": ("", "و", "ف"),
    "لكن": ("", "و", "ف"),
    "كأن": ("", "و", "ف"),
    "لعل": ("", "و", "ف"),
    "ليت": ("", "و", "ف"),
}
_INNA_RE = re.compile(
    r"^(?P<pro>[وف]?[بل]?)(?P<particle>أن|إن|لكن|كأن|لعل|ليت)"
    r"(?P<enc>ني|ي|نا|هما|هم|هن|ها|ه|كما|كم|كن|ك)?$"
)


def particle_with_pronoun(form: str) -> tuple[str, str, str] | None:
    """``(lemma, proclitic, enclitic)`` of أنّ, إنّ, لكنّ, كأنّ, لعلّ or ليت written with a
    pronoun or a clitic (or both), else None.

    The analysers read some of these as other words — ``لأنني`` and ``إنني`` not at all,
    ``ولأنه`` as the verb أنهى, ``لكنني`` as لاك, ``ولكني`` as لك, ``لأني`` as a noun — while
    ``لأنه`` and ``لكنه`` get the particle: one lemma for the particle, whatever is attached.
    ``كأنّ`` is a particle of its own (كأنه → كأن, not ك + أن). The first person is written
    with ن doubled or not (أنني, أني); ``نا`` only doubled (أننا: ``أنا`` is the pronoun "I").
    لعلّ and ليت count only with a pronoun (ليتني, لعله).

    >>> particle_with_pronoun("ولأنه"), particle_with_pronoun("لكنني"), particle_with_pronoun("أنا")
    (('أن', 'ول', 'ه'), ('لكن', '', 'ني'), None)
    """
    m = _INNA_RE.match(form)
    if m is None:
        return None
    pro, particle, enc = m["pro"], m["particle"], m["enc"] or ""
    if pro not in _INNA_CLITICS[particle]:
        return None
    if particle in ("لعل", "ليت") and enc in ("", "ي"):
        return None
    if not pro and not enc:
        return None  # the bare particle: the analysers' own reading
    return particle, pro, enc


def _rank(item):
    """Order of candidates: score, then the shorter lemma, then the lemma itself — a total order,
    so ties never depend on the order qalsadi happens to list its analyses in."""
    lemma, (score, *_rest) = item
    return (round(score, 9), -len(lemma), lemma)


#: qalsadi's types of a noun with no feminine of its own: a noun of the lexicon (جامد) or a
#: verbal noun (مصدر), not an adjective, participle or nisba
NO_FEMININE_RE = re.compile(r"^Noun:(?:|مصدر|اسم|اسم آلة|اسم المرة|اسم نوع|تصغير):(?:جامد|مصدر)$")

_NISBA_RE = re.compile(r"^ي(ة|ات|ين|ون|ان|تان|تين)?$")


def _nisba_as_written(form: str, pro: str, suffix: str, enc: str, lemma: str) -> str:
    """The nisba of ``form`` as it is written — its stem between the clitics and the ending, + ي
    — in place of ``lemma``, the nisba the kit built from the dictionary's base, when general
    Arabic writes the written one at least as often (and at least 1 per 10 million): a nisba
    is formed on the word as written, a broken plural included (وثائقية → وثائقي, not وثيقي from
    وثيقة; حدودية → حدودي, not تحديدي; ضوئية → ضوئي with its hamza on ي). A dictionary base that
    holds the article (المرء) leaves no article on the nisba (المرئية → مرئي). Only when general
    Arabic also writes the written nisba's feminine (a possessive ي is no nisba: دعمي)."""
    end = len(form) - len(suffix) - len(enc)
    if end <= len(pro):
        return lemma
    written = form[len(pro) : end]
    if written.startswith("ال") and lemma.startswith("ال") and _wf(written[2:] + "ي") >= 1e-7:
        written = written[2:]
    candidate = written + "ي"
    # (a nisba has a feminine: دعمي, "my support", has no دعمية)
    if candidate != lemma and _wf(candidate) >= max(_wf(lemma), 1e-7) and _wf(written + "ية") >= 1e-7:
        return candidate
    return lemma


#: a word that opens with the article, after و/ف and ب/ك or as لل
_ARTICLE_START_RE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _verb_person(case) -> str:
    """The person of a verb reading, from qalsadi's affix key (``…|الماضي المعلوم:أنتن:y`` →
    ``أنتن``); empty when it has none."""
    parts = str(getattr(case, "affix_key", "")).split("|", 1)[-1].split(":")
    return parts[1] if len(parts) > 1 else ""


def _verb_tense(case) -> str:
    """The tense of a verb reading, from qalsadi's affix key (``…|الأمر:أنت:y`` → ``الأمر``)."""
    parts = str(getattr(case, "affix_key", "")).split("|", 1)[-1].split(":")
    return parts[0] if len(parts) > 1 else ""


#: A past in ت read after ل (the form V or VI verb تفعّل, تفاعل) is the verbal noun only when
#: general Arabic writes that noun with the article at least this share as often as the
#: imperfect in ي of the same letters (يفعل), which ل + تفعل also is: التعرض 0.76 of يعرض,
#: التحدث 0.15, التلقي 0.044 — against التعيش 0.0001 of يعيش, التحصل 0.002, التمكن 0.001
#: (wordfreq 3.x)
_LA_VERBAL_NOUN_SHARE = 0.03


def _past_after_la(case, pro: str) -> bool:
    """True for a verb reading of a past or imperative after the proclitic ل (ل, ول, فل; from
    qalsadi's affix key, ``ل---|الماضي المعلوم:هو:…``). The ل written onto a verb in news is the
    ل of purpose or command, which takes the imperfect (ليدعم, لتصل); the ل of an oath's answer
    before a past (لقد aside, a closed-class word) is all but gone from news: لدعم, للعب, لحرم
    are ل + a noun (the verbal noun, "to support"), not لَدَعَمَ. :func:`choose_lemma` reads a
    bare past so (no ending: لقلت, "I would have said" after لو, stays a verb)."""
    if not pro.endswith("ل") or pro.endswith("ال") or not str(getattr(case, "type", "")).startswith("Verb"):
        return False
    tense = str(getattr(case, "affix_key", "")).split("|", 1)[-1].split(":")[0]
    return bool(tense) and not tense.startswith("المضارع")


#: How often general Arabic writes a word with the article, relative to the word alone, above
#: which the word is in use as a noun (a verb never takes the article): الأجانب, الأقرب,
#: الأحدث — and how often it writes the word with the past endings ـت and ـوا, above which the
#: verb of the fourth form is in use (أقامت, أقاموا beside أقام). Set on the 18 SaudiNewsNet days'
#: words read in the first person singular: the genuine ones (أعرف, أشعر, أتمنى, أنظر, أقدر,
#: أرحب, أفخر) score under 0.03 on the first measure, the elatives and plurals from 0.03 up
#: (أقدم 0.05, أنجح 0.06, أقرب 0.16, الأجانب 3.3 times أجانب), and the genuine ones 0.00 to 0.13
#: on the second, against 0.23 to 1.49 for أتم, أسلم, أبلغ, أقام, أوقف.
_NOUN_IN_USE = 0.03
_FOURTH_FORM_IN_USE = 0.2


def _first_person_unlikely(form: str, real: list, lemma: str, pro: str, enc: str) -> tuple[str, str] | None:
    """Another reading of a word in أ that the analysis reads as a verb of the first person
    singular (أُقامُ, "I am set up", for أقام; أَحْدُثُ for أحدث): ``(lemma, pos)``, or None.

    News speaks of others: its words in أ are mostly nouns of the pattern أفعل (elatives,
    colours, broken plurals: أقرب, أحمر, أجانب, أقارب) and verbs of the fourth form (أقام, أعاد,
    أصدر, "held, returned, issued"), which the dictionary rates below the first form's verb. The
    word's own use tells them apart, by general-Arabic frequency (:data:`_NOUN_IN_USE`,
    :data:`_FOURTH_FORM_IN_USE`): written with the article, the word is a noun (the dictionary's
    noun of the whole word, or else the verb of the whole word, أحدث, "newest" or "caused",
    which has the same lemma); written with the past endings, the fourth form's verb. A word
    with neither is left in the first person (أعرف, أتمنى, أشعر, أظن: "I know, wish, feel,
    think", in quotes).
    """
    stem = form[len(pro) : len(form) - len(enc)] if form.startswith(pro) and form.endswith(enc) else ""
    if len(stem) < 3 or stem[0] != "أ" or lemma == stem or "س" in pro:
        return None  # (after the future س the word is a verb of the first person: سأقدم)
    same = [c for c in real if _affix_parts(c.affix)[0] == pro and _affix_parts(c.affix)[3] == enc]
    mine = [c for c in same if remove_diacritics(c.lemma or "") == lemma and str(c.type).startswith("Verb")]
    if not mine or any(_verb_person(c) != "أنا" or _affix_parts(c.affix)[1] != "أ" for c in mine):
        return None
    seen = _wf(stem)
    if seen < 1e-7:
        return None
    whole_verb = any(
        str(c.type).startswith("Verb") and remove_diacritics(c.lemma or "") == stem for c in same
    )
    if _wf("ال" + stem) >= _NOUN_IN_USE * seen:
        nouns = [c for c in same if str(c.type).startswith("Noun") and _affix_parts(c.affix)[1:3] == ["", ""]]
        if nouns:
            # the dictionary's most frequent, else general Arabic's (أصل, not أصيل; أسود,
            # black, not أسد, whose plural it also is)
            plain = {remove_diacritics(c.lemma or ""): c.freq or 0 for c in nouns}
            return max(plain, key=lambda k: (plain[k], _wf(k), k)), "NOUN"
        if whole_verb:
            return stem, "VERB"
    if whole_verb and _wf(stem + "ت") + _wf(stem + "وا") >= _FOURTH_FORM_IN_USE * seen:
        return stem, "VERB"
    return None


def _has_article(pro: str) -> bool:
    """True when the proclitics ``pro`` end in the article, ``لل`` (ل + ال) included."""
    return pro.endswith(("ال", "لل"))


def _affix_parts(affix: str) -> list[str]:
    parts = remove_diacritics(affix or "").split("-")
    return parts if len(parts) == 4 else ["", "", "", ""]


#: How common in general Arabic (wordfreq) the sound plural in ات of a word in ة the dictionary
#: lists (unrated) as a noun must be, against the word itself, for the word to be a noun of its
#: own rather than the feminine of the noun or verbal noun the kit read with ة: a tenth. Nouns of
#: unity and of one act have one in use (بعثات 0.14 of بعثة, حبات 0.36, مقالات 2.3); an
#: adjective the dictionary lists as a noun does not, since things take the feminine singular
#: (حشود غفيرة, آجلة, رطبة, وعرة: none or 0.01), nor nouns of persons with a broken plural (ابنة:
#: بنات; سفيرة 0.05). Nouns of unity with a rare one keep the word without ة (خشبة, وردة 0.03).
_SOUND_PLURAL_SHARE = 0.1


def choose_lemma(form: str, cases: list, nominal: bool = False) -> tuple[str, str, str, str, int] | None:
    """Pick a lemma among qalsadi's analyses of ``form``.

    Returns ``(lemma, pos, proclitic, enclitic, n_candidates)`` or None when qalsadi has no
    analysis. Rules, in order: function words (qalsadi's stopword analyses) keep qalsadi's
    lemma, unless the particle sits after a clitic letter and the whole word is a common noun
    (:func:`_whole_word_beats_clitic`: فعل); otherwise each candidate lemma is scored by the
    frequency qalsadi's dictionary gives it, penalised when the analysis reads a leading أ as
    the interrogative particle (rare in news), leaves a lemma of under three letters from a
    longer word (not when only the article was read off: الحق → حق), or reads a verb in the
    first person (نفعل, or the object ني); a word the dictionary lists as its own lemma gets a
    bonus, written alone or after a conjunction or preposition (حالة, بحالة); a nisba suffix
    (ـي، ـية، ـيون …) read off a noun is put back on the lemma (العسكرية → عسكري), but not a
    bare ـي on a participle without the article or tanwin, a sound plural in construct (موظفي
    الوزارة → موظف), unless the dictionary
    lists the nisba (محلي). A reading after a clitic و/ف/ك gives way to a reading of the whole
    word when the word is far more common in general Arabic than the clitic could make it
    (:func:`_clitic_unlikely`: فكرة is not ف + كرة); a dual reading likewise
    (:func:`_dual_unlikely`: سلمان is not سلم + ان), and a dual read into a word the dictionary
    lists whole, compared also with the article (:func:`_listed_word_not_dual`: البحرين is
    Bahrain, الأمان safety, not أم + ان). A first-person plural reading (ن +
    imperfect) loses against the word's other readings (:data:`_FIRST_PERSON`: نقل is not
    ن + قال). A reading of a name with a pronoun, a dual or plural ending or the accusative alif
    is dropped, and a word left without a reading that spans it is a name of its own
    (كريستينا, not كريستي + نا); so is a reading of a noun with an ending whose paradigm
    general Arabic never writes for its stem: a pronoun no other pronoun goes with
    (:func:`_pronoun_unsupported`: باتريك, not باتر + ك), a plural in construct of a word
    hardly ever written in the plural (:func:`_construct_unsupported`: بيدرو, not بيدر + و), a
    dual or plural ending never written in its other case (:func:`_ending_unsupported`: نهيان,
    not نهي + ان). News rarely addresses its reader: a second-person verb reading of a word
    that opens with the article goes when a noun is read with it (المحاكم is no imperative of
    لمح + كم), and a verb with the object "you" gives way to the best reading without it after
    the same proclitics (شكوك is شك, not شكوا + ك; تبوك, تتحكم). A two-letter noun with a pronoun
    written after it is no misread clitic (رده is رد + ه, not the imperative of ورد). A noun of
    the lexicon or a verbal noun takes no feminine ending where the dictionary rates the word in ة
    as its own (مكتبة is no مكتب + ة, شقة no شق + ة), or lists it with a plural in ات in use
    (:data:`_SOUND_PLURAL_SHARE`: بعثة, حبة); after و/ف a word in ك is no preposition ك on the rest when general Arabic
    writes it far more often (وكبار, not و + ك + بار); and a clitic reading whose dictionary
    lemma is far rarer than the word keeps the clitic, with the rest as lemma, when the rest
    is the more common word (بدعم is ب + دعم; فيلم stays whole). A verb reading addressed to a
    woman (قومي, "stand up!") or one qalsadi's dictionary does not rate (خاص) goes when general
    Arabic writes the word with the article (القومي, الخاص: a nisba, a noun), and the word is
    then a noun; a bare past read after ل (لدعم, للعب), which takes the imperfect, is the
    verbal noun of the same letters (:func:`_past_after_la`).
    ``nominal``: the word carried a final tanwin (only a noun
    does), so a nisba with the accusative alif is read as the nisba too (``فنياً`` → فني).
    """
    real = [c for c in cases if getattr(c, "type", "unknown") != "unknown"]
    if not real:
        return None
    sound = [c for c in real if not _past_missing_letter(form, c)]
    real = sound or real
    stops = [c for c in real if str(c.type).startswith("STOPWORD")]
    if any(_questioned_odd(c) for c in stops) and any(
        str(c.type).startswith("Noun") and not _affix_parts(c.affix)[0] for c in real
    ):
        # the interrogative أ before a word a question does not open with, when the dictionary
        # lists a noun written so: أكل is eating, أمنها its security, not أ + كل, أ + من + ها
        real = [c for c in real if not _questioned_odd(c)]
        stops = [c for c in stops if not _questioned_odd(c)]
    if stops and _whole_word_beats_clitic(form, stops[0], real):
        stops = []  # فعل is the noun, not ف + the particle عل
    if (
        stops
        and _my_unsupported(form, *_affix_parts(stops[0].affix)[::3])  # (its pro and enc)
        and not _particle_takes_pronouns(form[len(_affix_parts(stops[0].affix)[0]) : -1])
    ):
        stops = []  # شرقي, شهري are the nisbas (الشرقي), not شرق, شهر + "my"; أمامي stays أمام + ي
    if stops:
        pro, _, _, enc = _affix_parts(stops[0].affix)
        return (
            remove_diacritics(stops[0].lemma),
            "FUNC",
            pro,
            enc,
            len({remove_diacritics(c.lemma) for c in real}),
        )
    scored: dict[str, tuple[float, str, str, str]] = {}
    # (lemmas with a reading of the whole word, an accusative alif aside)
    dropped_name, spanning, unsupported = False, set(), False
    # (the proclitics of verb readings dropped for the article general Arabic writes the rest with)
    noun_by_article: set[str] = set()
    # nouns the dictionary lists as the word after its clitics, without endings (عدن, Aden),
    # with the proclitics each is read after; those the dictionary gives a frequency (مكتبة, not
    # ابنة)
    own_after: dict[str, set[str]] = {}
    rated_nouns: set[str] = set()
    for c in real:
        pro, rest = _affix_parts(c.affix)[0], _affix_parts(c.affix)[1:]
        lemma = remove_diacritics(c.lemma)
        if str(c.type).startswith("Noun") and rest == ["", "", ""] and form[len(pro) :] == lemma:
            own_after.setdefault(lemma, set()).add(pro)
            if c.freq:
                rated_nouns.add(lemma)
    own_nouns = set(own_after)
    dropped_feminine, noun_score = False, {}
    # (lemma, proclitics, pronoun) → score of the bare past verbs read after ل (see below)
    past_la: dict[tuple[str, str, str], float] = {}
    la_verbs: set[tuple[str, str]] = set()  # (…and the lemmas of the other verbs read after ل)
    # nouns read as the whole word with no clitic and at most ة, a nisba or the accusative alif
    whole_nouns: set[str] = set()
    # the best reading of each lemma with no pronoun attached, by its proclitics
    unattached: dict[tuple[str, str], tuple[float, str]] = {}
    # a reading of the written word with no proclitic (لطيف, برهان; كثبان, a plural of كثيب)
    whole_read = any(not _affix_parts(c.affix)[0] for c in real)
    # (a noun read with the article)
    with_article = any(
        str(c.type).startswith("Noun") and _has_article(_affix_parts(c.affix)[0]) for c in real
    )
    # nisba adjectives the dictionary lists as words of their own (محلي, عربي, مركزي)
    listed_nisbas = {remove_diacritics(c.lemma) for c in real if "منسوب" in str(c.type)}
    # (a reading other than a doubled verb's jussive, for that jussive to lose against: with
    # none, the word keeps the verb — اجدد, أكرر without their hamza are read again later)
    apart = not all(_unmerged_geminate(c, form, *_affix_parts(c.affix)) for c in real)
    for c in real:
        lemma = remove_diacritics(c.lemma)
        pro, prefix, suffix, enc = _affix_parts(c.affix)
        is_noun = str(c.type).startswith("Noun")
        if (
            is_noun
            and suffix == "ة"
            and NO_FEMININE_RE.match(str(c.type))
            and (
                lemma + "ة" in rated_nouns
                or pro in own_after.get(lemma + "ة", ())
                and _wf(lemma + "ات") >= _SOUND_PLURAL_SHARE * _wf(lemma + "ة") > 0
            )
        ):
            # a noun of the lexicon or a verbal noun takes no feminine ending when the dictionary
            # lists the word in ة as a noun of its own and rates it: مكتبة is the library, not
            # مكتب (office) + ة, though it rates مكتب higher; مكانة standing; شقة a flat, not the
            # verbal noun شق (splitting) + ة; فرحة, غربة, طبعة (an edition), عرضة. Or lists it
            # unrated, after the same proclitics, with a sound plural in use (see
            # _SOUND_PLURAL_SHARE): بعثة (a mission, بعثات), حبة (a pill, حبات), مقالة. (Nouns of
            # persons do take one: the dictionary lists سفيرة and ابنة but does not rate them, and
            # they stay سفير, ابن)
            continue
        if str(c.type).startswith("Verb") and not prefix and suffix == "ن" and own_nouns:
            # a past tense of women (عُدْنَ, "they returned") against a noun the dictionary
            # lists as the whole word: news writes the noun (عدن is Aden, not عاد + ن)
            dropped_feminine = True
            continue
        # (…and ـيًّا, the nisba with the accusative tanwin: فنيًّا → فني; a bare ـيا is left
        # alone, since names end in it: آسيا, ميلانيا)
        nisba = _NISBA_RE.match(suffix) or nominal and suffix == "يا"
        demonym = lemma.endswith("ي") and suffix in ("ين", "ون", "ان", "تين", "تان", "ات")
        if "noun_prop" in str(c.type) and not (nisba or demonym) and (suffix not in ("", "ة") or enc):
            # a name takes no pronoun, no dual or plural ending and no accusative alif in
            # news: كريستينا is not كريستي + نا, ستيفين not ستيف + ين, سانتا not سانت + ا
            # (a name in ـي of a people does: العثمانيين)
            dropped_name = True
            continue
        if (
            is_noun
            and not nominal
            and (
                _pronoun_unsupported(form, pro, enc)
                or suffix == "و"
                and not enc
                and _construct_unsupported(form)
                or suffix in _OTHER_CASE
                and not enc
                and _ending_unsupported(form, pro, suffix)
            )
        ):
            # a pronoun on a common word whose stem general Arabic never writes with any other
            # pronoun, a plural in construct of a word hardly ever written in the plural, a dual
            # or plural never written in its other case: that reading goes; with none left, a
            # name (باتريك is not باتر + ك, بيدرو not بيدر + و, نهيان not نهي + ان)
            unsupported = True
            continue
        if (
            str(c.type).startswith("Verb")
            and enc == "نا"
            and not nominal
            and _pronoun_unsupported(form, pro, enc)
        ):
            # …and a verb with the object "us" by the same evidence: a verb that takes "us"
            # takes "her" and "them" (أبلغنا: أبلغها, أبلغهم); مارينا, سيرينا are no مارى,
            # سيّر + نا
            unsupported = True
            continue
        if not str(c.type).startswith("Verb") and not nominal and _my_unsupported(form, pro, enc):
            # …and a noun or particle with the pronoun "my" that general Arabic writes with the
            # article: a nisba or a name in ـي (إماراتي, أصولي, بشرقي: الإماراتي), not إمارة, أصل,
            # شرق + ي; see _my_unsupported
            unsupported = True
            continue
        if (
            str(c.type).startswith("Verb")
            and enc == "ني"
            and not nominal
            and _me_unsupported(form, pro, prefix, suffix)
        ):
            # …and a verb with the object "me", by the article or the other objects: أردني,
            # ألماني, بارزاني, أنتوني are a nisba or a name, not "want me!", "the two duelled
            # with me" (أراد, بارز + ا + ني); see _me_unsupported
            unsupported = True
            continue
        if (
            str(c.type).startswith("Verb")
            and (_verb_person(c) == "أنتِ" or not c.freq)
            # (a verb in ى addressed to a woman is left to defective_verbal_noun: تعافي)
            and not (_verb_person(c) == "أنتِ" and lemma.endswith("ى"))
            and not nominal
            and pro in ("", "و", "ف")
            and form.startswith(pro)
            # (after و or ف, a word of its own that general Arabic writes at least as often as
            # the whole: not فيس, ويست, no ف, و + يس)
            and (not pro or len(form) - len(pro) > 2 and _wf(form[len(pro) :]) >= _wf(form))
            # (a word in ه may be one in ة written so, which the lemmatizer reads again: روسيه)
            and not form.endswith("ه")
            and _article_in_use(form[len(pro) :])
            # (…and with the article a function word is no evidence: آن الأوان, "the time has
            # come", is a verb, whatever الآن, "now")
            and closed_class_lemma("ال" + form[len(pro) :]) is None
        ):
            # …and a verb addressed to a woman ("stand up!", قومي; سلمي, تقدمي, وادي), or one
            # qalsadi's dictionary does not rate (خاص, "waded"), of a word general Arabic
            # writes with the article, which no verb takes: the nisba or noun (القومي, السلمي,
            # التقدمي, الوادي, الخاص). News seldom addresses a woman, and when it does (تفضلي,
            # تعلمين) the word has no article
            unsupported = True
            noun_by_article.add(pro)
            continue
        if not (pro or enc) and suffix in ("", "ا"):
            spanning.add(lemma)
        # a participle with a bare ـي and no article is a sound plural in construct (موظفي
        # الوزارة, مسؤولي الحكومة: موظفين/مسؤولين before a genitive), not a nisba the
        # dictionary does not list
        construct = (
            suffix == "ي"
            and not nominal  # (a construct takes no tanwin: متوسطيٍ is the nisba)
            and not _has_article(pro)
            and any(t in str(c.type) for t in ("فاعل", "مفعول", "مبالغة"))
            # (…and, with no pronoun after it, not a nisba general Arabic writes with the article,
            # which a construct never takes, and in the feminine: كاظمي, مالكي, عائلي are nisbas
            # and names, الكاظمي, المالكية; a defective plural, مباني, has no feminine; مالكيها
            # is its owners)
            and not (not enc and _nisba_in_use(form[len(pro) :]))
            and lemma + "ي" not in listed_nisbas
        )
        built = lemma
        if is_noun and nisba and not lemma.endswith("ي") and not construct:
            lemma = (lemma[:-1] if lemma.endswith("ة") else lemma) + "ي"
            if lemma.endswith("اءي"):  # the hamza sits on ي before the nisba: غذاء → غذائي
                lemma = lemma[:-2] + "ئي"
            built = lemma
            # (scored as the nisba of the dictionary's base: دروسي, "my lessons", gets no bonus
            # as a whole word of its own for being written as دروس + ي)
            lemma = _nisba_as_written(form, pro, suffix, enc, lemma)
        if is_noun and not (pro or prefix or enc) and (suffix in ("", "ة", "ا") or nisba):
            whole_nouns.add(lemma)
        score = math.log1p(c.freq or 0)
        if built == form:
            score += 1.0  # an uninflected word the dictionary lists is its own lemma (حالة)
        elif (
            pro
            and not whole_read
            and "أ" not in pro
            and not _has_article(pro)
            and not (prefix or suffix or enc)
            and form[len(pro) :] == lemma
            and len(lemma) > 2
            and (is_noun or pro in ("و", "ف") and c.freq)
        ):
            # …and so it is after a conjunction or preposition without the article, so a word
            # has one lemma with and without them: بعملية, ومهمة, بشعور as عملية, مهمة, شعور
            # alone (not the nisba عملي + ة, the verb شعر). A verb takes it after و or ف only,
            # and when the dictionary rates it, as it does alone (وقتل stays a verb; a past tense
            # does not follow ل, ب or ك: لعمه is ل + عم + ه; لحتى is no verb حتى); a two-letter
            # word after a clitic is the misreading (فون is no ف + ون). Only when every reading
            # takes a clitic off: لطيف stays لطيف, not ل + طيف; كثبان a plural of كثيب, not ك +
            # ثبان
            score += 1.0
        if "أ" in pro:
            score -= 8  # interrogative hamza read off a word: أكبر ≠ أ + بر
            if len(pro) > 1:
                score -= 8  # …and a conjunction after it (أوراق is not أ + و + راقي)
        if apart and _unmerged_geminate(c, form, pro, prefix, suffix, enc):
            score -= 8  # تعدد, يحلل are تعدّد, يحلّل: not أعدّ, حلّ in the jussive
        if len(lemma) < 3 and not (
            len(lemma) == 2
            and (
                _geminate_verb(c, form, pro, prefix, suffix, enc)
                or pro in ("", "ال", "لل")
                and form[len(pro) :] == lemma
                or is_noun
                and enc in ("ه", "ها", "هم", "هما", "كم")
                and not (prefix or suffix)
                and (not pro or not whole_read and "أ" not in pro)
                and form[len(pro) : len(form) - len(enc)] == lemma
                and _wf(lemma + enc) <= 0.5 * _wf(lemma)
            )
        ):
            # content lemmas of under three letters are rare; a clitic was misread — unless
            # nothing but the article (or ل + the article) was read off a two-letter word (رد,
            # الحق, اليد, للسن), or a pronoun written after it (رده, his reply, not the
            # imperative of ورد; سره, his secret) — after a proclitic only when no reading
            # takes the word whole (بطنه is بطن + ه, not ب + طن + ه)
            score -= 4
        if (
            str(c.type).startswith("Verb")
            and _verb_person(c).startswith("أنت")
            and with_article
            and _ARTICLE_START_RE.match(form)
        ):
            # a verb of the second person — an imperative whose alif the analysis reads before a
            # verb in ل (المحاكم as الْمَحا + كم from لمح, الفتن from لفت, الطهي, والحق from
            # لحق), a past addressed to women (والفتن as وَالَفْتُنَّ) — against a noun read with
            # the article: a word in news that opens with ال carries the article
            continue
        if str(c.type).startswith("Verb") and (prefix in _FIRST_PERSON or enc == "ني"):
            # news reports in the third person: نقل ≠ ن + قال, التقني ≠ التقى + ني ("met me")
            score -= _FIRST_PERSON_PENALTY
        elif str(c.type).startswith("Verb") and _verb_person(c) in _ADDRESSED_TWO:
            # …and it all but never addresses two people: ردا is رد (رداً, "in reply"), not
            # the imperative "come down, you two" of ورد; صورا صور (pictures), not صار's
            # imperative. (A woman it does address, on its advice pages: تعلمين, تفضلي)
            score -= _FIRST_PERSON_PENALTY
        elif (
            str(c.type).startswith("Verb") and enc and _verb_tense(c) == "الأمر" and _verb_person(c) == "أنت"
        ):
            # …nor does it command one man: his imperative with a pronoun weighs less against
            # a noun (ربنا, "our Lord", not "raise us!"; جده, his grandfather, not "find him!";
            # ردك, your reply; فقه, jurisprudence, not "wake him!") and against the past of "we"
            # (قمنا, عدنا: "we did", "we returned", not "stand" + "us"). A quotation's imperative
            # with no other reading stays (اتركها, دعني), and so does a woman's (سجليها, "register
            # it"), which the rules would read as a noun with a nisba's ي
            score -= _FIRST_PERSON_PENALTY
        if c.freq and not (prefix or suffix) and _past_after_la(c, pro):
            key3 = (lemma, pro, enc)
            past_la[key3] = max(score, past_la.get(key3, score))
        elif str(c.type).startswith("Verb") and pro.endswith("ل") and not _past_after_la(c, pro):
            la_verbs.add((lemma, pro))  # (an imperfect after ل: لأعطي, "that I give")
        pos = "NOUN" if is_noun else "VERB" if str(c.type).startswith("Verb") else "X"
        if is_noun:
            noun_score[lemma] = max(score, noun_score.get(lemma, score))
        if not enc:
            key = (lemma, pro)
            unattached[key] = max((score, pos), unattached.get(key, (score, pos)))
        if lemma not in scored or (score, pos, pro, enc) > scored[lemma]:  # a total order
            scored[lemma] = (score, pos, pro, enc)
    best = max(scored.items(), key=_rank) if scored else None
    for p in sorted(noun_by_article):
        if best is None or best[1][2] not in noun_by_article and len(best[1][2]) > len(p):
            # a verb reading dropped for the article general Arabic writes the word with, and
            # none of the word after the same clitics left, only readings after more clitics:
            # the word is that noun (كود, code, not ك + ود). (فاصل, read whole, stays so)
            return form[len(p) :], "NOUN", p, "", len({remove_diacritics(c.lemma) for c in real})
    if dropped_name and (best is None or best[0] not in spanning) or unsupported and best is None:
        # names with an ending no name takes, and no other reading of the whole word: the
        # word is a name of its own (كريستين, not ك + ريس + تين) — of no known class when the
        # analysers read it only as verbs (جياني, بارزاني: a verb + ني), as a word read only
        # as rare verbs is below
        bare = strip_proclitics(form)
        only_verbs = all(str(c.type).startswith("Verb") for c in real)
        return (
            bare,
            "X" if only_verbs else "NOUN",
            form[: len(form) - len(bare)],
            "",
            len(real),
        )
    lemma, (score, pos, pro, enc) = best
    here = {k: v for (k, p), v in unattached.items() if p == pro}
    if pos == "VERB" and enc in _SECOND_PERSON and here:
        # a verb with an object "you" (شكوك as شكوا + ك "they complained to you", ملوك, وشكوك)
        # against a reading with no pronoun after the same clitics: news reports, it rarely
        # addresses its reader; that reading (doubts, kings: broken plurals)
        lemma, (score, pos) = max(here.items(), key=_rank)
        enc = ""
    if pos == "VERB" and not nominal:
        # أقام, أحدث, أجانب, أقرب read as a verb of the first person singular (أقوم → قام): see
        # _first_person_unlikely
        other = _first_person_unlikely(form, real, lemma, pro, enc)
        if other is not None:
            lemma, pos = other
    if dropped_feminine and lemma in own_nouns and noun_score.get(lemma, -math.inf) >= score:
        pos = "NOUN"  # (the dictionary also lists a verb of the same letters as rare, عَدَنَ)
    stem = form[len(pro) : len(form) - len(enc)]
    if (
        pos == "VERB"
        and past_la.get((lemma, pro, enc)) == score
        and (lemma, pro) not in la_verbs
        and (not enc or _wf(stem) >= 1e-5)
        and not (stem[:1] == "ت" and _wf("ال" + stem) < _LA_VERBAL_NOUN_SHARE * _wf("ي" + stem[1:]))
    ):
        # a bare past (or imperative) read after ل, which takes the imperfect in news (see
        # _past_after_la): the verbal noun written with the same letters, of the lemma the kit
        # chose (لدعم, للعب, لتعرض, لخفض: ل + دعم, لعب, تعرض, خفض) — with a pronoun, when
        # general Arabic writes that noun often (لدعمهم, لأجله; not لسكك, لمحاكم, plurals the
        # second opinion reads: سكة, محكمة); not when the verb is also read as an imperfect
        # after the ل (لأعطي, "that I give", is أعطى whichever of its readings scored best),
        # nor when a past in ت (form V, تعيّش) is the imperfect of another verb (لتعيش, "so that
        # she lives"; لتحصل) that general Arabic writes far more often than the verbal noun:
        # see _LA_VERBAL_NOUN_SHARE
        lemma, pos = stem, "NOUN"
    # readings of the whole word, of a class that can stand for the clitic reading (a noun
    # read after و is not replaced by a verb: وأمه stays و + أم)
    whole = {k: v for k, v in scored.items() if v[2] == "" and (v[1] != "VERB" or pos == "VERB")}
    # (و before a verb stays a clitic, unless what follows it is no word of general Arabic:
    # وفق is not و + فق, a jussive of فاق)
    verb_after_waw = pro == "و" and pos == "VERB" and _known_word(form[1:])
    if whole and pro in _CLITIC_RATE and not verb_after_waw and _clitic_unlikely(form, pro):
        # the written word is far more common than a clitic on the rest could make it: فكرة is
        # not ف + كرة, فصل not ف + صل (وصل). The best reading of the whole word.
        lemma, (score, pos, pro, enc) = max(whole.items(), key=_rank)
    if pro in ("ب", "ل") and not enc and _wf(form) >= max(_wf(form[1:]), 2e-7):
        # a preposition ب or ل on a word general Arabic writes less often than the whole: a
        # preposition on a noun is written a fifth as often as the noun at most, for all but a
        # few adverbial phrases (بسرعة, بشكل, which the dictionary lists no word for), so the
        # noun the dictionary lists as the whole word is meant: بطاقة is a card, not ب + طاقة;
        # بريق, بالون, لحام, بدائية (not ب + دائي)
        own = {k: v for k, v in scored.items() if k in whole_nouns}
        if own:
            lemma, (score, _, _, _) = max(own.items(), key=_rank)
            pos, pro, enc = "NOUN", "", ""
    if pro in ("وك", "فك"):
        # ك read as the preposition after و/ف, against a reading of a word that opens with ك:
        # وكبار is و + كبار ("and the elders"), not و + ك + بار ("and like a bar"); وكلام,
        # وكمال — when general Arabic writes that word far more often than the preposition on
        # the rest could make it (وكرئيس stays و + ك + رئيس)
        inner = {k: v for k, v in scored.items() if v[2] == pro[0] and (v[1] != "VERB" or pos == "VERB")}
        if inner and _clitic_unlikely(form[1:], "ك"):
            lemma, (score, pos, pro, enc) = max(inner.items(), key=_rank)
    if pro and not pro.endswith(("ال", "لل")) and form not in scored and _wf(form) >= 1e-6:
        # a noun reading of the whole word — a broken plural the dictionary lists without a
        # frequency of its own — whose lemma general Arabic writes ten times as often as the
        # clitic reading's: لجان is committees (لجنة), not ل + جاني; لحوم meat, not ل + حوم.
        # (A word in use, not read as itself; a singular of three letters or more: بكمين is
        # ب + كمين, not a plural of بكم)
        plural = {
            k: v
            for k, v in scored.items()
            if v[1] == "NOUN"
            and v[2] == ""
            and v[3] == ""
            and len(k) >= 3
            and _wf(k) >= max(10 * _wf(lemma), 1e-5)
        }
        if plural:
            lemma, (score, pos, pro, enc) = max(plural.items(), key=lambda kv: (_wf(kv[0]), kv[0]))
    bare = strip_proclitics(form)
    if all("أ" in v[2] for v in scored.values()) and _known_word(bare):
        # every reading takes a leading أ for the interrogative particle: a name (أفريقيا)
        return bare, "X", form[: len(form) - len(bare)], "", len(scored)
    only_verbs = all(p == "VERB" for _, p, _, _ in scored.values())
    # (a verb of the form افتعل whose alif and lam the analysis reads as its own, with no clitic
    # before them, carries no article: التقت is التقى + ت, التزموا التزم + وا, not ال + تقت)
    # (…after و or ف too: والتقت is و + التقى + ت)
    own_al = any(k.startswith("ال") and v[2] in ("", "و", "ف") for k, v in scored.items())
    verb = _after_future(bare, pro)
    if (
        only_verbs
        and (
            bare != form
            and _has_article(form[: len(form) - len(bare)])
            and not own_al
            or score <= 0
            and _known_word(bare)
            and not (len(lemma) > 2 and verb.startswith(lemma) and verb[len(lemma) :] in _PAST_ENDINGS)
            and not (
                (len(lemma) > 2 or verb != bare)  # (سيقع: a doubled verb's two letters, as qalsadi reads it)
                and _imperfect_prefix(verb, bare)
                and verb[1:].startswith(lemma)
                and verb[len(lemma) + 1 :] in _IMPERFECT_ENDINGS
            )
        )
    ):
        # only verb readings, yet the word carries the article (verbs cannot), or none of them
        # has a dictionary frequency while the word itself is common: a name or a loanword
        # (الصين). Keep it whole, without its clitics.
        return bare, "X", form[: len(form) - len(bare)], "", len(scored)
    if (
        form[:1] in "وفبلك"
        and not re.match(r"^[وف]?[بلك]?ال|^لل", form)
        and lemma not in (form, form[1:])
        and _wf(form) >= 1e-5
        and _wf(form) > 30 * _wf(lemma)
    ):
        # the written word, first letter included, is far more common than the lemma left after
        # reading that letter as a clitic: فيلم ≠ ف + يلم, وزير ≠ و + زير. Take the best
        # analysis that keeps the letter (فرص → فرصة), else the word itself.
        whole = {k: v for k, v in scored.items() if v[2] == ""}
        if whole:
            lemma, (score, pos, pro, enc) = max(whole.items(), key=_rank)
            return lemma, pos, pro, enc, len(scored)
        if (
            len(form) > 3
            and any(
                str(c.type).startswith("Noun") and _affix_parts(c.affix) == [form[:1], "", "", ""]
                for c in real
            )
            and (
                _wf(form[1:]) >= _wf(form)
                or scored.get(form[1:], (0, ""))[1] == "NOUN"
                and _wf(form[1:]) >= 0.5 * _wf(form)
            )
        ):
            # …unless the rest, read as a noun with nothing else attached, is the more common
            # word: the clitic is right, the lemma the dictionary gives it is not (بدعم, "with
            # the support of", is ب + دعم, which qalsadi lists under دعام) — or half as common
            # when the dictionary lists the rest as a noun itself: a preposition on a noun in an
            # adverbial phrase can be written more often than the noun alone (برفقة, "in the
            # company of", is ب + رفقة)
            return form[1:], "NOUN", form[:1], "", len(scored)
        return form, "NOUN", "", "", len(scored)
    if pos == "VERB" and _participle_not_verb(form[len(pro) :], lemma):
        # فاعي read as the verb فاعى (نادي as نادى "called", قاضي as قاضى "sued"): the past
        # needs its ى written ي, the imperative a woman addressed; news means the noun, the
        # participle of a defective verb (the judge, the governor) or a noun (the club): the
        # word itself, as its definite form's lemma is (النادي → نادي). (The analysis's own
        # clitics: والي is the governor, not و + الي)
        return form[len(pro) :], "NOUN", pro, "", len(scored)
    if pos != "VERB" and bare == lemma + "ان" and _dual_unlikely(bare, lemma):
        # the written word is far more common than a dual of the lemma could make it: سلمان is
        # a name, not two ladders (سلم + ان); فنان an artist, not two arts
        return bare, "NOUN", form[: len(form) - len(bare)], "", len(scored)
    if (
        pos == "NOUN"
        and bare in (lemma + "ان", lemma + "ين")
        and bare in own_nouns
        and _only_dual(real, lemma)
        and _listed_word_not_dual(bare, lemma)
    ):
        # a dual read into a word the dictionary lists whole, which general Arabic writes far
        # more often than a dual could make it, bare or with the article: البحرين is Bahrain,
        # not two seas; الأمين the secretary and الأمان safety, not two mothers; العدوان
        # aggression, التمرين exercise (a true dual the dictionary also lists as a word, the two
        # armies الجيشان, is rarer than that and stays)
        return bare, "NOUN", form[: len(form) - len(bare)], "", len(scored)
    if (
        not bare.startswith(_IMPERFECT)
        and lemma != bare
        and not (pro.endswith("ال") and bare.startswith(pro))  # وبالتالي is و + ب + ال + تالي
        # (…nor the accusative alif on a noun: مؤخرا is مؤخر + ا, unless the rest is no word, طالما)
        and not (pos == "NOUN" and bare == lemma + "ا" and _wf(lemma) >= 1e-7)
        # (…nor a conjunction or preposition the analysis did not read, when its reading is one
        # the dictionary rates in use: فعلي is the nisba, not ف + علي; the rare كماد + ة gives way,
        # كمادة → مادة, and a misread article is taken off: الحين → حين)
        and (
            len(form) - len(bare) <= len(pro)
            or form[: len(form) - len(bare)].endswith(("ال", "لل"))
            or score < math.log1p(_RARE_IN_QALSADI)
        )
        and _wf(bare) >= 1e-5
        and _wf(bare) > 30 * _wf(lemma)
    ):
        # the written word is far more common than the lemma read into it: a noun or loanword
        # that the analyser split (فيلم ≠ ف + يلم). Verb-like forms (يمكن) are left alone:
        # inflected verbs are always more frequent than their lemma.
        # … without the pronoun the analysis found on it (بدعمها → دعم, not دعمها)
        if enc and bare.endswith(enc) and len(bare) - len(enc) >= 2 and _wf(bare[: -len(enc)]) >= 1e-6:
            return bare[: -len(enc)], "NOUN", form[: len(form) - len(bare)], enc, len(scored)
        return bare, "NOUN", form[: len(form) - len(bare)], "", len(scored)
    return lemma, pos, pro, enc, len(scored)


_IMPERFECT = ("ي", "ت", "ن", "أ", "ا", "س")


def _past_missing_letter(form: str, case) -> bool:
    """A reading of a past with nothing read off the word but its clitics, written shorter than
    its verb: qalsadi reads تقع as the passive past of توقّع with the و dropped, which Arabic
    never writes (a past drops a letter only before an ending: قلت of قال; its passive keeps
    the length: قيل)."""
    if not str(getattr(case, "type", "")).startswith("Verb"):
        return False
    if "الماضي" not in str(getattr(case, "affix_key", "")):
        return False
    pro, prefix, suffix, enc = _affix_parts(case.affix)
    if prefix or suffix:
        return False
    return len(form) - len(pro) - len(enc) < len(remove_diacritics(case.lemma or ""))


def _after_future(bare: str, pro: str) -> str:
    """The verb after the future's س, which :func:`strip_proclitics` leaves on (سيحصل is س +
    يحصل, سأحصل س + أحصل), when the analysis read it so (``pro`` ends in س) and general Arabic
    writes the verb without س at least :data:`_FUTURE_RATIO` times as often as with it; else
    ``bare`` (ستيل, Steel, is no س + تيل; سينج, Singh, no س + ينج)."""
    if (
        pro.endswith("س")
        and bare[:1] == "س"
        and bare[1:2] in _IMPERFECT_PREFIXES
        and _wf(bare[1:]) >= _FUTURE_RATIO * _wf(bare)
    ):
        return bare[1:]
    return bare


def _imperfect_prefix(verb: str, bare: str) -> bool:
    """``verb`` (:func:`_after_future` of ``bare``) opens with a prefix of the imperfect: ي or ت,
    and after the future's س also أ or ن (سأحصل, سنعمل; a word that opens with أ or ن is too
    often a noun or a name, أكرم, نبيل, to be read so without it)."""
    return verb[:1] in ("يت" if verb == bare else _IMPERFECT_PREFIXES)


#: The prefixes of the imperfect (he/she/you, we, I)
_IMPERFECT_PREFIXES = "يتنأ"


#: How much more often general Arabic writes a verb than the same verb after the future's س: 4.5
#: times or more for the verbs of news (سيكون, سيتم 4.5, ستكون 6.3, سيقوم 11.7, ستقع 117), 1.2
#: at most for the names that open with س (سينج 1.2, ستيل 0.2, سيدني, سيتي, ستيفن: none)
_FUTURE_RATIO = 3.0


def _geminate_verb(case, form: str, pro: str, prefix: str, suffix: str, enc: str) -> bool:
    """A reading of a doubled verb (دلّ, ضرّ, ودّ, شنّ: a two-letter lemma the dictionary writes
    with a shadda) whose two letters are the word once its inflection is read off: an
    imperfect of the third person or of "we" (يدل, تضر, نود, يشنون, وتدل, ليحل) or a past
    with no clitic or pronoun on it (ردت, ردوا; شقتها is her flat). Those two letters are the
    verb, not a clitic misread.
    Not the first person's أ (أدب, أند are words), the women's ن (مدن, cities; يضمن, تضمنه),
    the addressed woman's ين (تضمين), the dual's ا, where an accusative alif is more likely
    (حلا, نصا, سرا), nor a written double letter (يردد, تمدد: ردد, تمدد)."""
    if not str(getattr(case, "type", "")).startswith("Verb") or "\u0651" not in (case.lemma or ""):
        return False
    stem = form[len(pro) + len(prefix) : len(form) - len(suffix) - len(enc)]
    if stem != remove_diacritics(case.lemma) or len(stem) != 2:
        return False
    if pro.endswith("س") and _after_future(form[len(pro) - 1 :], "س") == form[len(pro) - 1 :]:
        return False  # (no future's س: سيلتك, Celtic, is no س + يلتّ + ك)
    if prefix in ("ي", "ت", "ن"):
        return suffix in ("", "ون", "ان")
    return not (prefix or pro or enc) and suffix in ("ت", "وا")


def _unmerged_geminate(case, form: str, pro: str, prefix: str, suffix: str, enc: str) -> bool:
    """A reading of a doubled verb (أعدّ, حلّ, تمّ, أحبّ: a lemma the dictionary writes with a
    shadda on its last letter) whose stem ends in that letter twice with no suffix after it:
    the jussive or imperative with its two letters written apart (لم يُحْلِلْ, أَعْدِدْ), which
    news hardly writes. The same letters are the form II or V verb or its verbal noun, which
    write the double letter (تعدد is تعدّد, "multiplicity"; يحلل, يتمم, يعدد are يحلّل, يتمّم,
    يعدّد). Before a suffix the letters stand apart in any verb (أحببنا, أعددت, حللتم)."""
    lemma = case.lemma or ""
    if not str(getattr(case, "type", "")).startswith("Verb") or not lemma.endswith("\u0651\u064e"):
        return False
    last = remove_diacritics(lemma)[-1:]
    stem = form[len(pro) : len(form) - len(enc)] if form.endswith(enc) else ""
    return not suffix and len(stem) >= 3 and stem.endswith(last * 2)


def _participle_not_verb(bare: str, lemma: str) -> bool:
    """``bare`` has the shape فاعي and ``lemma`` is the verb فاعى (form III) read into it, while
    general Arabic writes the word at least as often as the verb: the active participle of a
    defective verb or a noun (قاضي, والي, داعي, نادي), not the verb with its ى written ي. A word
    rarer than the verb is the verb misspelt (عاني for عانى, لاقي for لاقى)."""
    return (
        len(bare) == 4
        and bare[1] == "ا"
        and bare.endswith("ي")
        and lemma == bare[:-1] + "ى"
        and _wf(bare) >= max(_wf(lemma), 1e-7)
    )


#: Endings of the perfect verb: a word that is its verb reading's lemma plus one of these is
#: that verb conjugated (حصلت), not a name, even when qalsadi gives the verb no frequency
#: (نا, ن and ا are left out: they are also pronoun and noun endings, as in أحيانا)
_PAST_ENDINGS = ("ت", "تا", "وا", "تم", "تن")
#: …and of the imperfect, after its prefix ي/ت: يحصد, يحصلون are حصد, حصل conjugated (ن, the
#: first person, and the dual ان are left out: names and loanwords start and end so, نويل)
_IMPERFECT_ENDINGS = ("", "ون", "ين", "وا", "ا")

#: The imperfect prefix of the first person plural (نفعل). News reports in the third person,
#: so a "we do" reading loses e^3 ≈ 20 times in its score against the word's other readings
#: (and so does a verb read with the object ني, "me"): نقل is to transfer, not نَقُل "we say"
#: (qalsadi rates قال ten times higher than نقل), نصيب a share, not نُصيب "we hit", نجاح
#: success, not ن + جاح. A word with no other reading (نريد) keeps its first-person
#: one; genuine first-person forms that have a rare other reading are lost (نحب → نحب, نبني →
#: ناب), a price paid for the third-person words news is made of. The singular prefix أ
#: was tried too and left out: it competes with form IV verbs (أرض read as أرضى).
_FIRST_PERSON = ("ن",)
_FIRST_PERSON_PENALTY = 3.0

#: How often a noun is written in the dual (ـان), relative to the noun alone: the 99th
#: percentile of ``wf(w + "ان") / wf(w)`` over wordfreq's 1,200 most frequent Arabic words that
#: neither carry the article nor start with a clitic letter nor end in a vowel letter or ة
#: (measured with wordfreq 3.1; the 90th percentile is 0.0042). The same measure for pronoun
#: suffixes and plural endings was tried and left out: set phrases (رأيك، من فضلك), adverbs in
#: ـاً and plurals used mostly as plurals (الانتخابات) exceed any such ceiling.
_DUAL_RATE = 0.041


def _dual_unlikely(bare: str, lemma: str) -> bool:
    """True when ``bare`` (a common word, ≥ 10 per million) read as the dual of ``lemma`` is more
    than twice as common as a dual can be (:data:`_DUAL_RATE`): سلمان, عدنان, فنان."""
    f = _wf(bare)
    return f >= 1e-5 and f > 2 * _DUAL_RATE * _wf(lemma)


def _only_dual(cases: list, lemma: str) -> bool:
    """Every reading of ``lemma`` among qalsadi's analyses with a ـان/ـين ending is the dual
    (``َانِ``, ``َيْنِ``), none the sound plural (``ِينَ``: الكوميديين is comedians)."""
    endings = [
        c.affix.split("-")[2]
        for c in cases
        if remove_diacritics(c.lemma or "") == lemma and len((c.affix or "").split("-")) == 4
    ]
    endings = [e for e in endings if remove_diacritics(e) in ("ان", "ين")]
    return bool(endings) and all(e.startswith("\u064e") for e in endings)


def _listed_word_not_dual(bare: str, lemma: str) -> bool:
    """:func:`_dual_unlikely` for a word the dictionary lists whole, compared bare or with the
    article (البحرين, hardly ever بحرين, against البحر; the article keeps a homograph of a short
    lemma out of the comparison: أم is also "or"), and down to 1 per million: the dictionary's
    listing is evidence of its own (التمرين, السمين)."""
    return any(
        _wf(w) >= 1e-6 and _wf(w) > 2 * _DUAL_RATE * _wf(lem)
        for w, lem in ((bare, lemma), ("ال" + bare, "ال" + lemma))
    )


#: How often a one-letter proclitic is written on a word, relative to the word alone: the 90th
#: percentile of ``wf(c + w) / wf(w)`` over wordfreq's 1,500 most frequent Arabic words that
#: neither carry the article nor start with a clitic letter (measured with wordfreq 3.1; the
#: medians are و 0.043, ف 0.0006, ك 0.0003). A generous ceiling on what a clitic reading can
#: explain. و is trusted on nouns only: news opens its clauses with و + a perfect verb
#: (وترك، وضمت، وأدت) far more often than it writes و on a noun. ب and ل are left out: their
#: rate depends on the word (median 0.009 and 0.014, but set phrases such as باسم, بدور, بجد
#: are more common than the noun alone), so the word's frequency says nothing about which
#: reading it is.
_CLITIC_RATE = {"و": 0.13, "ف": 0.010, "ك": 0.006}


#: The possessive pronouns a noun takes in news, for :func:`_pronoun_unsupported`.
_POSSESSIVES = ("ه", "ها", "هم", "هما", "ك", "كم", "نا", "ي")
#: Pronoun suffixes of the third and second person on a noun (no ي, ك or نا: a nisba, a word
#: ending in ك, the accusative alif after ن look the same)
THIRD_SECOND_PERSON = ("ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن")
_SECOND_PERSON = ("ك", "كم", "كما", "كن")


def _pronoun_unsupported(form: str, pro: str, enc: str) -> bool:
    """True when a reading of ``form`` as proclitic ``pro`` + a noun + the pronoun ``enc`` has
    no support in general Arabic: the written word is in wordfreq's list (≥ 0.2 per million),
    yet its stem is never written with any other possessive pronoun. A noun that takes one
    takes the others (كتابي, كتابه, كتابها …); a name ending in letters that look like one
    does not (باتريك: no باتريه, باتريها; كرزاي: no كرزاه). A first person plural "our" needs
    more: the stem written with "her" or "their" (بلادنا: بلادها, بلادهم), since the stems of
    the many women's names in ـينا, ـانا are names too, written with a ه or ك of their own
    (مارينا: ماريه is Marie, ماريك Marek; سيرينا, هيلينا, إيلينا, أنجلينا, روزانا have no سيريها,
    هيليهم). Left alone: ه that stands for a
    final ة in informal spelling (مجروحه, when مجروحة is as common), ي for a final ى
    (مستشفي), ـي of a sound plural in construct (مناصري الحزب, when مناصرين is written), and a
    pronoun on a dual or plural in construct (نائبيه, مؤيدوه)."""
    if enc not in ("ه", "ك", "نا", "ي"):
        return False
    f = _wf(form)
    if f < 2e-7:  # (a rarer word's other forms may be missing from the list by chance)
        return False
    written = form[: len(form) - len(enc)]  # with its proclitics (بموجبه: بموجبها)
    stem = written[len(pro) :]
    if stem.startswith("ال"):
        return False  # (a lemma that holds the article, المرء + ي: another error, left alone)
    if len(stem) < 3:
        return False
    if enc == "نا" and not any(_wf(w + e) > 0 for w in {written, stem} for e in ("ها", "هم")):
        return True  # (see below: a name in ـينا, ـانا is written with no ها, هم after its stem)
    if any(_wf(w + e) > 0 for w in {written, stem} for e in _POSSESSIVES if e != enc):
        return False
    if enc == "ه" and _wf(form[:-1] + "ة") >= f or enc == "ي" and _wf(form[:-1] + "ى") >= f:
        return False
    if enc == "ي" and max(_wf(stem + "ين"), _wf(stem + "ون")) > 0:
        return False
    if stem[-1:] in ("ي", "و") and _wf(stem + "ن") > 0:
        return False
    return True


#: A dual or sound plural ending, and the endings of the same number in the other cases.
_OTHER_CASE = {"ان": ("ين",), "ين": ("ان", "ون"), "ون": ("ين",)}


#: The endings of a verb's doers that a name or nisba in ـاني, ـوني looks like before ني: two
#: (ـا: بارزاني as بارز + ا + ني) and many (ـوا, written ـو before a pronoun: أنتوني)
_TWO_OR_MORE = ("ا", "وا")

#: How often general Arabic must write a verb with the object "him", "her" or "them", relative
#: to the word read as that verb with "me", for the reading to stand: a twenty-fifth. Measured
#: with wordfreq 3.1 on the 90 words of the shipped table (≥ 0.2 per million) read as a past or
#: imperative of two or more doers + ني: names and nisbas score 0 to 0.031 (بارزاني 0,
#: علماني 0.009, طالباني 0.019: طالباه is written, rarely), the verbs of quotes 0.042 up
#: (اعذروني 0.042, صدقوني 0.047, أخبروني 0.26, دعاني 1.6).
_OBJECT_SHARE = 0.04


def _article_in_use(word: str) -> bool:
    """True when ``word`` is in wordfreq's list (≥ 0.2 per million) and general Arabic writes it
    after the article at least :data:`PLURAL_ARTICLE_SHARE` times as often as without it: a
    noun or adjective as written, which neither a verb nor a noun with a pronoun is (الأردني,
    الشرقي, الكاظمي)."""
    f = _wf(word)
    return f >= 2e-7 and _wf("ال" + word) >= PLURAL_ARTICLE_SHARE * f


def _nisba_in_use(word: str) -> bool:
    """True when general Arabic writes ``word`` (in ـي) with the article
    (:func:`_article_in_use`) and in the feminine, ``word`` + ة: a nisba or a name of one
    (الكاظمي, الكاظمية), not a plural in construct (موظفي, hardly ever الموظفي) nor a defective
    plural (المباني, with no مبانية)."""
    return _article_in_use(word) and _wf(word + "ة") > 0


#: How often general Arabic must write a particle with "her" or "them", relative to the particle
#: with "my", for "my" to stand against a nisba general Arabic writes with the article: a fifth.
#: Measured with wordfreq 3.1: the prepositions and adverbs of place that take pronouns score
#: 0.3 (خلف) to 7.4 (تحت: أمام 0.61, عند 0.56, جانب 0.44), the adverbs whose nisba is meant
#: 0.04 to 0.06 (شرق, غرب, جنوب, شمال, شهر, ليل: شرقي is eastern, شهري monthly)
_PARTICLE_PRONOUN_SHARE = 0.2


def _particle_takes_pronouns(particle: str) -> bool:
    """True when general Arabic writes ``particle`` with "her" or "them" at least
    :data:`_PARTICLE_PRONOUN_SHARE` times as often as with "my": أمامي is "in front of me"
    (أمامها, أمامهم), شرقي the nisba (شرقها is rare)."""
    return max(_wf(particle + "ها"), _wf(particle + "هم")) >= _PARTICLE_PRONOUN_SHARE * _wf(particle + "ي")


def _my_unsupported(form: str, pro: str, enc: str) -> bool:
    """True when ``form``, read as a word + the pronoun ي ("my") after و or ف at most, is written
    after the article in general Arabic (:func:`_article_in_use`), which a word with a pronoun
    never is: the word is a nisba or a name in ـي (الإماراتي, الكاظمي, الشرقي). Not after a
    preposition, which goes before a noun with its pronoun far more often than before a nisba
    (بدوري, "in my turn"; بصوتي, "in my voice": not the league, vocal)."""
    return enc == "ي" and pro in ("", "و", "ف") and form.startswith(pro) and _article_in_use(form[len(pro) :])


def _me_unsupported(form: str, pro: str, prefix: str, suffix: str) -> bool:
    """True when ``form``, read as proclitic ``pro`` + a verb with the doers' ending ``suffix`` +
    the object ني ("me"), is a word of wordfreq's list (≥ 0.2 per million) that general Arabic
    does not write as such a verb: a nisba or a name in ـني (أردني, Jordanian, is no "want
    me!"; ألماني, أرمني, بارزاني). Either

    * general Arabic writes the word after the article at least :data:`PLURAL_ARTICLE_SHARE`
      times as often as without it, which no verb takes (الأردني, الأرمني, الأماني); or
    * the verb is a past or an imperative (no prefix: an imperfect in quotes, تنصحوني, is left
      alone) with the ending of two or more doers (:data:`_TWO_OR_MORE`) and general Arabic
      hardly ever writes it with the object "him", "her" or "them" (:data:`_OBJECT_SHARE`): a
      verb that takes "me" takes them (أخبروني: أخبروه; دعاني: دعاه), a name does not
      (بارزاني: no بارزاه; طالباني, أنتوني)."""
    stem = form[len(pro) :]
    if _article_in_use(stem):
        return True
    if prefix or suffix not in _TWO_OR_MORE or _wf(stem) < 2e-7:
        return False  # (a rarer word's other forms may be missing from the list by chance)
    written = form[:-2]
    return max(
        _wf(w + e) for w in {written, written[len(pro) :]} for e in ("ه", "ها", "هم")
    ) < _OBJECT_SHARE * _wf(form)


def _ending_unsupported(form: str, pro: str, suffix: str) -> bool:
    """True when ``form``, read as a dual or sound plural (``suffix`` ـان, ـين, ـون), is a word of
    wordfreq's list (≥ 0.2 per million) whose stem general Arabic never writes with that number's
    ending in another case: a dual in ـان is also written in ـين, a plural in ـون also in ـين
    (طرفان, طرفين; لاعبون, لاعبين). Names are not: عسقلان (no عسقلين), تليفون (no تليفين).
    The oblique ـين is the common case, and news writes many plurals and duals only in it
    (محاولين جاهدين, الكاحلين, المرؤوسين), so there the stem must also be all but absent: in
    the singular (كاحل, ناحية for ناحيتين) and the feminine (محاولة) under a twentieth of the
    word — كاثرين (no كاثران, كاثرون; كاثر under a hundredth of it)."""
    f = _wf(form)
    if f < 2e-7:
        return False
    written = form[: -len(suffix)]  # with its proclitics, and without (للموظفين: موظفون)
    stem = written[len(pro) :]
    if len(stem) < 2 or any(_wf(w + e) > 0 for w in {written, stem} for e in _OTHER_CASE[suffix]):
        return False
    if suffix != "ين":
        return True
    bare = stem[2:] if stem.startswith("ال") else stem
    singular = bare[:-1] + "ة" if bare.endswith("ت") else bare
    return max(_wf(singular), _wf(bare + "ة")) < 0.05 * f


def _construct_unsupported(form: str) -> bool:
    """True when ``form``, read as a sound masculine plural in construct (ـو: مسؤولو الوزارة),
    is a word of wordfreq's list (≥ 0.2 per million) whose plural in ـون general Arabic writes
    less than a tenth as often: no plural, a name or a loanword (بيدرو, ديسكو, هوجو). A plural
    in construct is rarer than its plural (ناشطو: ناشطون is written four times as often).
    Informal spellings are left to the analysis: ـو for the verb's ـوا (قالو) and for the
    pronoun ـه (عندو), when that spelling is the more common."""
    f = _wf(form)
    if f < 2e-7 or _wf(form[:-1] + "ون") >= 0.1 * f:
        return False
    return max(_wf(form + "ا"), _wf(form[:-1] + "ه")) < f


def _clitic_unlikely(form: str, pro: str) -> bool:
    """True when ``form`` is a common word (≥ 1 per million) written far more often than a
    clitic ``pro`` on the rest of it could explain: ``wf(form) > rate(pro) · wf(rest)``."""
    f = _wf(form)
    return f >= 1e-6 and f > _CLITIC_RATE[pro] * _wf(form[len(pro) :])


#: Function words the interrogative أ does not go before in news, which begin nouns written
#: with أ: أمن (security), أكل (eating), أشبه and أمثل (elatives), with their pronouns.
_NOT_QUESTIONED = frozenset({"من", "كل", "شبه", "مثل"})


def _questioned_odd(case) -> bool:
    """A stopword reading with the interrogative أ before a word no question opens with
    (:data:`_NOT_QUESTIONED`); أليس, ألم, ألديك, أثمة stay questions."""
    return (
        str(getattr(case, "type", "")).startswith("STOPWORD")
        and "أ" in _affix_parts(case.affix)[0]
        and remove_diacritics(case.lemma or "") in _NOT_QUESTIONED
    )


def _whole_word_beats_clitic(form: str, stop, real: list) -> bool:
    """A particle read after a clitic letter (ف + عل) loses to a noun reading of the whole
    word, without clitics of its own (فعليك stays ف + على + ك), when qalsadi's dictionary
    gives that reading a higher frequency *and* the word is far more common than the clitic
    would make it (:func:`_clitic_unlikely`). فقد stays ف + قد: the particle is the more
    frequent reading. The interrogative أ counts as such a letter too (أمن is security, not
    أ + من)."""
    pro = _affix_parts(stop.affix)[0]
    if pro not in _CLITIC_RATE and pro != "أ":
        return False
    best_whole = max(
        (
            c.freq or 0
            for c in real
            if str(c.type).startswith("Noun") and _affix_parts(c.affix)[::3] == ["", ""]
        ),
        default=None,
    )
    if best_whole is None or best_whole <= (stop.freq or 0):
        return False
    # the interrogative أ (أمن read as أ + من) is rare in news: the dictionary's comparison
    # and a word general Arabic knows suffice
    return _known_word(form) if pro == "أ" else _clitic_unlikely(form, pro)


#: (not after ا: a word in ـاية is a noun of its own, غواية, not a nisba غواي)
_NISBA_FORM_RE = re.compile(r"^(?P<stem>.{2,}[^ا])ي(?:ة|ين|ون|ات|تين|تان)$")


def unknown_lemma(form: str) -> str:
    """The lemma of a word neither analyser knows (a name, a loanword, a coined adjective):
    the word without its clitics, and a nisba adjective back to its masculine singular
    (الأولمبية → أولمبي, الإندونيسيين → إندونيسي), as the dictionary would cite it, in its
    most common spelling (:func:`canonical_spelling`)."""
    bare = strip_proclitics(form)
    m = _NISBA_FORM_RE.match(bare)
    lemma = bare
    if m and bare.endswith("يات"):
        # ـيات is also the plural of nouns in ـيا and ـية (ميليشيات, استراتيجيات): the most
        # common of the three singulars
        known = [w for w in (m.group("stem") + e for e in ("يا", "ية", "ي")) if _wf(w) >= 1e-7]
        lemma = max(known, key=_wf) if known else bare
    elif m and not _loanword_in_yun(bare, m.group("stem")):
        lemma = m.group("stem") + "ي"
    return canonical_spelling(lemma, hamza=True)


def _loanword_in_yun(word: str, stem: str) -> bool:
    """True when ``word``, shaped like a nisba's plural in ـيون (الحوثيون, إعلاميون), is one word
    of its own (تليفزيون, يونيون, تريبيون, ترليون, نابوليون): general Arabic writes it, and
    writes the plural's other case, ``stem`` + يين with or without the article, under a tenth
    as often (حوثيين is 250 times as frequent as حوثيون; تليفزيين is unwritten)."""
    if not word.endswith("يون"):
        return False
    seen = _wf(word)
    return seen > 0 and 10 * (_wf(stem + "يين") + _wf("ال" + stem + "يين")) < seen


_PERSIAN = str.maketrans({"ی": "ي", "ک": "ك", "ۀ": "ة", "ە": "ه"})
_G_LETTERS = "غجگ"


def _spellings(word: str, hamza: bool) -> set[str]:
    """Spellings of one word: the alef at its start with or without hamza, g written غ, ج or گ
    (at most two places), final ى or ي."""
    out = {word}
    if word[:1] in "اأإآ" and (hamza or word[0] == "ا"):
        out |= {a + word[1:] for a in "اأإآ"}
    g_at = [i for i, ch in enumerate(word) if ch in _G_LETTERS][:2]
    for i in g_at:
        out |= {w[:i] + g + w[i + 1 :] for w in out for g in _G_LETTERS}
    if word.endswith(("ى", "ي")):
        out |= {w[:-1] + e for w in out for e in "ىي"}
    return out


def canonical_spelling(word: str, *, hamza: bool = False) -> str:
    """One spelling for the variants of a word or name, chosen by evidence: how often each
    spelling is written in general Arabic (``wordfreq``).

    Persian letters become their Arabic counterparts (ی → ي, ک → ك). Every spelling of a set
    of variants gets the same answer, the most common one that is a known word (هونج and هونغ
    → هونغ, اسطنبول → إسطنبول, كونغرس and كونجرس → كونجرس); a word none of whose spellings is
    known stays as written. A spelling with the hamza written is preferred to the same word
    without it unless the hamza-less one is four times as common. ``hamza``:
    also switch between written hamzas (إردوغان → أردوغان) — for names and loanwords only,
    since أن/إن or أما/إما are different words.

    >>> canonical_spelling("اسطنبول"), canonical_spelling("هونج"), canonical_spelling("کتاب")
    ('إسطنبول', 'هونغ', 'كتاب')
    """
    word = word.translate(_PERSIAN)
    variants = _spellings(word, hamza)
    if len(variants) == 1:
        return word
    hamzated = any(v[:1] in "أإآ" for v in variants)

    def weight(v: str) -> float:
        f = _wf(v)
        return f * 0.25 if hamzated and v[:1] == "ا" else f

    best = max(sorted(variants), key=weight)  # sorted: ties broken the same way always
    return best if _wf(best) >= 1e-7 else word


def _loose(s: str) -> str:
    from .normalize import normalize_alef, normalize_alef_maqsura

    return normalize_alef_maqsura(normalize_alef(s))


_ALKHALIL_POS = {"اسم": "NOUN", "فعل": "VERB", "حرف": "FUNC"}


def second_opinion(form: str, choice: tuple, candidates, analyses) -> tuple:
    """:func:`weigh_alkhalil`, then a plural in ـيات whose lemma is in ـي gets the singular in ـية
    when that is clearly the common word (``الاتفاقيات`` → اتفاقية, not اتفاقي; the nisba of
    ``السوريات`` stays سوري), see :func:`_singular`."""
    out = weigh_alkhalil(form, choice, candidates, analyses)
    if out[1] in ("NOUN", "ADJ"):
        out = (_feminine_noun(_singular(out[0], form, analyses), form, out[3], analyses), *out[1:])
    return out


def without_interrogative(form: str, choice: tuple, analyses) -> tuple[tuple, str] | None:
    """The reading of a word qalsadi read with the interrogative أ on it (``choice``, with
    ``pro`` starting with أ), when AlKhalil's ``analyses`` ``(lemma, pos, number, score, kind)``
    do not read it so: ``(choice, source)``, or None to keep the kit's reading.

    News asks questions with هل, hardly ever with a hamza on a noun, and never with أ + و, ف,
    ب, ل or س (qalsadi's أو, أف, أب, أل, أس). A word in أ that qalsadi reads so is a word of
    its own (``أدبية`` is أدبي, not أ + دبي; ``أضحية``, ``أعزلاً``), a word with a misplaced
    hamza (``أنجاز``), or a name or loanword (``أفنجرز``, ``أوتيل``, ``ألفرد``, ``أجندتهم``).
    In order:

    - the kit's reading stands when أو is the conjunction "or" written onto a word (``أوتعديل``,
      ``أومعوقات``: general Arabic never writes the two joined, while it writes names such as
      ``أوغور``), and when AlKhalil reads the word as that lemma too, after أ alone or as the
      lemma's plural (``أعقاب``, ``أنظمتها``, ``أفراحهم``: broken plurals in أ; ``أتباشر``;
      AlKhalil too reads ``أفغانية`` as أ + ف + غاني, which does not count);
    - a word general Arabic writes more often with another hamza or none
      (:func:`canonical_spelling`: ``أنجاز``, ``أتفاق``, ``أدلب`` for إنجاز, اتفاق, إدلب) is read
      again in that spelling (source ``"respell"``);
    - an imperfect verb after أ keeps it (``أتظن``, ``أيعقل``: a question in a quote);
    - AlKhalil's noun that is the whole word, its singular or a nisba's masculine (أدبي of
      ``أدبية``; not أور of ``أوران``, read as a dual), or, for a verb read after أ alone, its verb that
      keeps the word's first two letters (``أضروا`` → أضر): the most common in general Arabic,
      the nisba's masculine before its feminine, then :func:`second_opinion`'s plural and
      feminine rules (``أدبيات`` → أدبية); source ``"alkhalil"``;
    - with no such reading, a noun read as أ + a common noun + ة is the plural أفعلة of that
      noun (``أديرة`` → دير) and keeps its reading;
    - a spelling in ال, the article with a hamza, when AlKhalil has no such reading (``ألليل``,
      ``ألزوار``; ``ألفرد``, Alfred, is no الفرد): read again;
    - the singular of AlKhalil's broken plural (a plural in أ whose singular has no hamza);
    - else the word whole, as a word neither analyser knows (:func:`unknown_lemma`), source
      ``"unknown"``.
    """
    lemma, pos, pro, enc, n = choice
    if pro[:1] != "أ" or pos == "FUNC" or not form.startswith("أ"):
        return None
    if pro[:2] == "أو" and _wf(form) == 0 and _wf(form[2:]) >= 1e-7:
        return None  # أوتعديل, أومعوقات: "or" and a word, joined as general Arabic never writes them
    if any(_loose(a[0]) == _loose(lemma) and (pro == "أ" or "جمع" in (a[2] or "")) for a in analyses):
        return None  # (أفراحهم: AlKhalil's plural of فرح, with the pronoun)
    spelled = canonical_spelling(form, hamza=True)
    if spelled != form and not spelled.startswith("ال"):
        # أنجاز, أتفاق, أبنتي, أدلب: إنجاز, اتفاق, ابنتي, إدلب (ال: below)
        return (spelled, pos, "", "", n), "respell"
    if pro == "أ" and pos == "VERB" and form[1:2] in ("ي", "ت", "ن"):
        return None  # a question in a quote: أتظن, أيعقل, أتعرفون
    stem = _loose(form[: len(form) - len(enc)] if enc and form.endswith(enc) else form)
    # (a noun that is the whole word, or its singular or masculine, not أور + ان, أفيل + ا; for
    # a verb read after أ alone, a verb that keeps the word's first two letters, أضروا → أضر)
    own = [
        a
        for a in analyses
        if a[1] == "اسم"
        and (
            stem in {_loose(a[0]), _loose(a[0] + "ات"), _loose(a[0][:-1] + "ات")}
            or a[0].endswith("ي")
            and stem == _loose(a[0] + "ة")
        )
        or a[1] == "فعل"
        and (pos, pro) == ("VERB", "أ")
        and _loose(a[0][:2]) == _loose(form[:2])
    ]
    if not own and pos == "NOUN" and pro == "أ" and form == "أ" + lemma + "ة" and _wf(lemma) >= 1e-5:
        return None  # أديرة: the plural أفعلة of a common noun, دير
    if spelled != form and not own:  # ألليل, ألزوار: the article with a hamza (ألفرد is a name)
        return (spelled, pos, "", "", n), "respell"
    if own:
        names = {a[0] for a in own}
        best = max(names, key=lambda x: (x[:-1] not in names if x.endswith("ة") else True, _wf(x), x))
        kinds = {_ALKHALIL_POS[a[1]] for a in own if a[0] == best}
        keep = enc if enc and form.endswith(enc) else ""
        best = _feminine_noun(_singular(best, form, analyses), form, keep, analyses)
        return (best, kinds.pop() if len(kinds) == 1 else "NOUN", "", keep, n), "alkhalil"
    plural = {a[0] for a in analyses if a[1] == "اسم" and a[2] and "جمع" in a[2]}
    if plural:  # a broken plural in أ whose singular has no hamza (أطفال → طفل)
        return (max(plural, key=lambda x: (_wf(x), x)), "NOUN", "", "", n), "alkhalil"
    return (unknown_lemma(form), "X", "", "", n), "unknown"


#: How much more common in general Arabic (wordfreq) a word in ة must be than the same word
#: without it to count as a noun in its own right rather than the feminine of an adjective:
#: 16 times (10^1.2) when AlKhalil lists the word in ة as a noun (a word of its lexicon, a
#: verbal noun, an abstract noun in ـية, a tool noun, a name), 32 times (10^1.5) when it has no
#: noun reading for it. Adjectives are often more common in the feminine, since plurals of
#: things take a feminine adjective (القنابل العنقودية, سيارة مفخخة); the two ratios leave
#: those to the analysers, which are already right on 90 % of the words in ة of the PUD dev split.
_FEMININE_NOUN_RATIO = (16.0, 32.0)

#: The ratio of :data:`_FEMININE_NOUN_RATIO` for a word in ة that AlKhalil's lexicon lists
#: whose masculine is only a participle: 8 (قاعدة/قاعد 15.5, جامعة 9.1, عاصمة 10; participles
#: used as adjectives, سابقة, ماضية, مقبلة, جارية, stay under 1.3, and the adverbial مشيرة,
#: لافتة, معتبرة under 6.1). A known loss: the adverbial قائلة (12 times قائل) becomes قائلة.
_PARTICIPLE_NOUN_RATIO = 8.0
_PARTICIPLES = frozenset({"اسم فاعل", "اسم مفعول"})

#: How much more often general Arabic must write the plural in ات of a word in ة than the
#: masculine plural in ين of the word without it for the word in ة to be a noun in its own right
#: when AlKhalil lists it as a noun and it is at least as common as the masculine: 10. The plural
#: of a noun names things (معلومات 1,900 times معلومين, مخالفات 25, مركبات 28); that of a
#: feminine participle names women, and men are named as often (مشاركات 2.8, معلمات 0.6).
_THING_PLURAL_RATIO = 10.0

#: AlKhalil's noun types (not a participle, a nisba or another adjective)
_NOUN_KINDS = frozenset(
    {"اسم جامد", "مصدر أصلي", "مصدر صناعي", "مصدر ميمي", "مصدر مرة", "مصدر هيئة", "اسم آلة", "اسم علم"}
)


def _feminine_noun(lemma: str, word: str, enc: str = "", analyses=()) -> str:
    """A masculine lemma read off a word written with ة (or ت before a pronoun) goes back to
    the word in ة when that is far more common than the masculine (:data:`_FEMININE_NOUN_RATIO`):
    ``الاتفاقية`` → اتفاقية (agreement), not اتفاقي; ``المجموعة`` → مجموعة, not مجموع;
    ``الكبيرة`` → كبير stays (the masculine is as common), and so does ``متفرقة`` → متفرق.
    ``analyses`` are AlKhalil's readings ``(lemma, pos, number, score, kind)``."""
    if not lemma or lemma.endswith("ة"):
        return lemma
    stem = word[: -len(enc)] if enc and word.endswith(enc) and len(word) > len(enc) + 2 else word
    if not (stem.endswith(lemma + "ة") or enc and stem.endswith(lemma + "ت")):
        return lemma
    fem = lemma + "ة"
    listed = any(a[0] == fem and len(a) > 4 and a[4] in _NOUN_KINDS for a in analyses)
    ratio = _FEMININE_NOUN_RATIO[0 if listed else 1]
    masc_kinds = {a[4] for a in analyses if a[0] == lemma and len(a) > 4}
    if masc_kinds and masc_kinds <= _PARTICIPLES and any(a[0] == fem and a[4] == _LEXICAL for a in analyses):
        # the masculine is only a participle and the lexicon lists the word in ة itself: a
        # participle used as a noun (القاعدة the base, القائمة the list, الجامعة); participles
        # used as adjectives are as common in the masculine (السابقة, المقبلة: under 1.3 times)
        ratio = _PARTICIPLE_NOUN_RATIO
    if _wf(fem) >= 1e-6 and _wf(fem) >= ratio * _wf(lemma):
        return fem
    if (
        listed
        and not lemma.endswith("ي")
        and _wf(fem) >= _wf(lemma)
        and _wf(lemma + "ات") >= max(_THING_PLURAL_RATIO * _wf(lemma + "ين"), 1e-6)
    ):
        # a noun whose plural names things, not women: معلومة (a piece of information; معلومات
        # is written 1,900 times as often as معلومين), مخالفة (a violation), مركبة (a vehicle).
        # Not a nisba: things take its plural in ـيات (الاقتصادية, الاقتصاديات)
        return fem
    return lemma


#: AlKhalil's kinds of a noun in ـية that is a word of its own, not the feminine of a nisba: the
#: abstract noun (مصدر صناعي: شرعية, legitimacy; جنسية, nationality) and a noun of its lexicon
#: (أبجدية, the alphabet; شخصية, a personality)
_ABSTRACT_KINDS = frozenset({"مصدر صناعي", "اسم جامد"})


#: A nisba names persons (a people, a trade) when general Arabic writes its masculine plural in
#: ـيين, with or without the article, at least a tenth as often as its feminine in ـية: then the
#: feminine with a preposition or where a noun stands is a woman (للإعلامية بوسي شلبي, للسورية),
#: not an abstract noun. Peoples and trades: حوثي 7.6, مسيحي 0.80, صحفي 0.69, فلسطيني 0.41,
#: سوري 0.17, إعلامي 0.12, أمريكي 0.11; words of things: سياسي 0.090, شرعي 0.085, عسكري 0.083,
#: تقني 0.014, خارجي 0.007, جنسي 0.003, عربي 0.001 (wordfreq 3.x).
_PERSON_NISBA_SHARE = 0.1


def abstract_nisba_noun(lemma: str, readings) -> str | None:
    """The noun in ـية of a nisba ``lemma`` (شرعي → شرعية), when AlKhalil's ``readings`` of that
    word ``(lemma, pos, number, score, kind)`` list it as a noun of its own
    (:data:`_ABSTRACT_KINDS`) and ``lemma`` as a nisba and never as a participle; else None.

    For a word the grammar shows is a noun, not an adjective: one with a pronoun (شرعيته,
    جنسيتها: no adjective takes one) or a preposition (للشرعية, بشعبية) on it, or one whose
    place in the sentence is a noun's (see :func:`~discourse.text.tokenize.tokenize`). A
    participle in ـية is not a nisba (القاضية, الثانية, الماضية: قاضٍ, ثانٍ, ماضٍ, whatever
    AlKhalil also says), a word AlKhalil has no such noun for stays the nisba (الحكومية,
    الإرهابية: the feminine of حكومي, إرهابي, used as a noun for a thing left unsaid), and so does
    the feminine of a nisba that names persons (:data:`_PERSON_NISBA_SHARE`: للإعلامية, a woman
    of the media; للسورية).

    >>> abstract_nisba_noun("شرعي", [("شرعي", "اسم", None, 1.0, "نسبة"),
    ...                               ("شرعية", "اسم", None, 1.0, "مصدر صناعي")])
    'شرعية'
    >>> abstract_nisba_noun("قاضي", [("قاضي", "اسم", None, 1.0, "اسم فاعل"),
    ...     ("قاضي", "اسم", None, 1.0, "نسبة"), ("قاضية", "اسم", None, 1.0, "مصدر صناعي")]) is None
    True
    """
    if len(lemma) < 3 or not lemma.endswith("ي"):
        return None
    noun = lemma + "ة"
    kinds = {a[4] for a in readings if len(a) > 4 and a[0] == lemma}
    if "نسبة" not in kinds or kinds & _PARTICIPLES:
        return None
    if not any(len(a) > 4 and a[0] == noun and a[4] in _ABSTRACT_KINDS for a in readings):
        return None
    persons = _wf(lemma + "ين") + _wf("ال" + lemma + "ين")
    if persons >= _PERSON_NISBA_SHARE * (_wf(noun) + _wf("ال" + noun)):
        return None  # a nisba that names persons: its feminine is a woman (للإعلامية, للسورية)
    return noun


#: AlKhalil's kinds of a noun in ة that is a word of its own, not the feminine of a participle or
#: adjective: a verbal noun (مشاهدة, ملاحقة, تسمية), a noun of the lexicon (مقدمة, قاعدة) and the
#: noun in ـية (عضوية). Not the noun of one act or manner (وضعة, رسمة: the readings of a verb in
#: ت with its object, وضعتها) nor a name (طفلة).
_OWN_NOUN_IN_TA_KINDS = frozenset({"مصدر أصلي", "مصدر ميمي", "مصدر صناعي", "اسم جامد"})


def noun_in_ta_with_pronoun(lemma: str, readings) -> str | None:
    """The noun in ة, ``lemma`` + ة, of a word written ``lemma`` + ت + a pronoun that the kit read
    as ``lemma``, the masculine (مقدمتها → مقدمة, not مقدم; مشاهدته → مشاهدة, not مشاهد;
    جدارته → جدارة, not جدار, a wall; تسميته → تسمية; ملكيته → ملكية): an adjective or
    participle takes no pronoun, so the word is a noun. ``readings`` are AlKhalil's of the word
    in ة ``(lemma, pos, number, score, kind)``. Else None.

    - AlKhalil lists the word in ة as its own lemma, a verbal noun, a noun of the lexicon or a
      noun in ـية (:data:`_OWN_NOUN_IN_TA_KINDS`). The feminine of a person, which AlKhalil lists
      only as the masculine's (والدتها, شقيقتها, زميلته, مديرتها), keeps the masculine, as the
      kit lemmatizes such words without a pronoun; or
    - the word is a nisba's, whose noun in ـية AlKhalil does not list but reads only as the nisba
      (تنافسيتهم, احترافيته, تلقائيته: competitiveness, professionalism, spontaneity).

    And general Arabic writes the word in ة at least ten times as often as the word in ت without
    a pronoun, which is a verb's past when it is written at all: وضعتها, رسمتها, خلفتها, عذرتك are
    verbs with their object, not nouns (وضعة, زرعة, خلفة are rarer than وضعت, زرعت, خلفت; عذرة
    only 3.7 times as common as عذرت), and خيارتنا is خياراتنا misspelt (خيارة, a cucumber, 4.9
    times خيارت).

    >>> noun_in_ta_with_pronoun("مقدم", [("مقدمة", "اسم", "مفرد", 0.0, "اسم جامد")])
    'مقدمة'
    >>> noun_in_ta_with_pronoun("والد", [("والد", "اسم", "مفرد", 0.0, "اسم فاعل")]) is None
    True
    """
    word = lemma + "ة"
    seen = _wf(word)
    if len(lemma) < 2 or seen < 1e-7 or seen < 10 * _wf(lemma + "ت"):
        return None
    kinds = [(a[0], a[4]) for a in readings if len(a) > 4]
    if any(w == word and k in _OWN_NOUN_IN_TA_KINDS for w, k in kinds):
        return word
    if len(lemma) >= 3 and lemma.endswith("ي") and kinds and all(k == (lemma, "نسبة") for k in kinds):
        return word
    return None


#: Endings a noun of AlKhalil's read as the whole word may carry after it in
#: :func:`fa_of_the_word` (with the pronouns of :data:`_POSSESSIVES`): none, the accusative
#: alif, the dual and the sound plurals.
_WHOLE_NOUN_ENDINGS = ("", "ا", "ان", "ين", "ون", "ات")
#: …and the endings of a verb's past (before a pronoun, وا is written و: فقدوه), not ـن of
#: women, which a name in ن looks like (فاجن).
_FA_PAST_ENDINGS = ("", "ت", "وا", "و", "تا", "ا", "نا", "تم")


def fa_of_the_word(form: str, readings, letter: str = "ف") -> tuple[str, str, str] | None:
    """``(lemma, pos, enclitic)`` of ``form``, which the kit read as the conjunction ف on the rest,
    when general Arabic writes ``form`` at least as often as the rest alone — a conjunction on a
    word is written a few hundredths as often as the word, so its ف may be the word's own
    letter — and AlKhalil reads the whole word so; else None. ``readings`` are AlKhalil's of
    ``form`` ``(lemma, pos, number, score, kind)``.

    - A noun in ف that general Arabic writes (≥ 0.1 per million, or its form in ة), followed in
      ``form`` by an ending or pronoun, or a broken plural of it (not a prefix of the form):
      ``فيلمه`` → فيلم + ه (not ف + the verb لام), ``فيلما`` (a film, its tanwin unwritten; not
      ف + ألم), ``فرصهم`` → فرصة, ``فحوصات`` → فحص (not ف + حوص). The most frequent such noun.
    - Else a verb in ف AlKhalil reads, followed by an ending of the past and a pronoun
      (``فقدناها`` → فقد, not ف + قاد; ``فجروا`` → فجر, not ف + جرى).

    ``letter`` is the first letter read as a clitic (ف; و, س or ك when :func:`letter_of_the_word`
    says it is the word's own: ``وريثا`` → وريث, ``كدمة``). An active participle AlKhalil writes
    without its final ي (واع for ``واعي``, aware) is the word with its ي, as the dictionary lists
    such nouns (قاضي, نادي), not the word + "my"; and a noun AlKhalil reads as the whole word
    comes before a more frequent one with a pronoun (``كردي``, Kurdish, not كرد + "my").

    A word with no such reading keeps the analysis it had: a name the analysers do not know
    (``فينجر``, Wenger, read as ف + انجر) cannot be told from a verb a quotation writes with
    its ف (``فأجابهم``, ``فاتبعوه``, as often as أجابهم, اتبعوه) by these counts, unless
    :func:`letter_of_the_word` finds the word ten times as common as its rest (فيرجسون).

    >>> fa_of_the_word("فيلمه", [("فيلم", "اسم", "مفرد", 0.0, "اسم جامد"), ("لام", "فعل", None, 0.0, None)])
    ('فيلم', 'NOUN', 'ه')
    >>> fa_of_the_word("فيقول", [("قال", "فعل", None, 0.0, None)]) is None  # ف + يقول
    True
    """
    seen = _wf(form)
    if len(form) < 4 or seen < 1e-7 or seen < _wf(form[1:]):
        return None
    best = None
    for a in readings:
        word = a[0]
        if a[1] != "اسم" or not word.startswith(letter) or max(_wf(word), _wf(word + "ة")) < 1e-7:
            continue
        stem = word[:-1] if word.endswith("ة") else word
        rest = form[len(stem) :] if form.startswith(stem) else None
        if word.endswith("ة") and rest is not None and rest[:1] in ("ة", "ت"):
            rest = rest[1:]
        enc = _pronoun_at_end(rest or "")
        if rest == "ي" and len(a) > 4 and a[4] == "اسم فاعل":
            word, enc = word + "ي", ""  # (a defective participle: واعي, not واع + ي)
        elif rest is not None and rest[: len(rest) - len(enc)] in _WHOLE_NOUN_ENDINGS:
            pass
        elif rest is None and len(a) > 2 and a[2] == "جمع":  # a broken plural (فحوصات): its pronoun
            enc = _pronoun_at_end(form)
            enc = enc if len(form) - len(enc) >= len(word) else ""
        else:
            continue
        if best is None or (word == form, _wf(word), word) > (best[0] == form, _wf(best[0]), best[0]):
            best = (word, "NOUN", enc)
    if best is not None:
        return best
    verbs = set()
    for a in readings:
        if a[1] == "فعل" and a[0].startswith(letter) and len(a[0]) >= 3 and form.startswith(a[0]):
            rest = form[len(a[0]) :]
            enc = _pronoun_at_end(rest)
            if rest[: len(rest) - len(enc)] in _FA_PAST_ENDINGS:
                verbs.add((a[0], enc))
    if verbs:
        verb, enc = max(verbs, key=lambda v: (_wf(v[0]), v))
        return verb, "VERB", enc
    return None


#: :func:`letter_of_the_word`: how much more often than the rest of it general Arabic must write
#: a word read as the conjunction و or ف or the future's س + a verb without a pronoun, for that
#: letter to be the word's own: ten times. A conjunction or the future on a verb makes the word
#: rarer than the verb alone, not commoner (و: 0.13 of the rest, ف: 0.01, :data:`_CLITIC_RATE`;
#: سيكون 0.22 of يكون), so a word written ten times as often as its rest is a word of its own,
#: most often a name the analysers do not know (فيرجسون, ويليس, سيدني, فايزر: ف + يرجسون, و +
#: يليس, س + يدني, ف + يزر). Measured on the shipped table's 157 such words (≥ 1 per 10 million):
#: names and loanwords but for about a dozen, words of their own (وريثا, وفدت, سنجاب, وقتما) and
#: verbs of quotes, which :func:`letter_of_the_word` leaves alone (وأردف at 0.05, وصابروا).
_OWN_LETTER_SHARE = 0.1


def letter_of_the_word(form: str, choice: tuple) -> bool:
    """True when ``choice`` (:func:`choose_lemma`'s ``(lemma, pos, proclitic, enclitic, n)``)
    reads a first letter of ``form`` as a clitic that general Arabic says is the word's own:

    - ك ("like") on a word without a pronoun, when general Arabic writes the word more often
      than the rest of it: a common word is written with ك some 400 times less often than alone
      (``benchmarks/clitic_rates.py``), so كردي, كبريات, كسبت, كورنيش are words (Kurdish, the
      major ones, "you won", the corniche), not ك + ردي, بري, سبت, ورنيش;
    - و, ف or the future's س on a verb without a pronoun, when general Arabic writes the word
      at least ten times as often as the rest (:data:`_OWN_LETTER_SHARE`): names (فيرجسون,
      ويليس, سيدني), not "and they defile", "and he is not", "he will bring near".

    Not when the lemma begins with that letter (وصلن, "they arrived", read as و + صلن of وصل:
    the lemma stands), nor on a verb in ـوا (the imperatives of quotations, فاستقيموا,
    وصابروا) or with و + a hamza on alif (وأردف, "and he added", written with its و far more
    often than without). The word is then read whole (``Lemmatizer._analyze``): as AlKhalil
    reads it with that letter (:func:`fa_of_the_word`), else by qalsadi's readings without a
    clitic (:func:`without_proclitic`), else as a word neither analyser knows."""
    lemma, pos, pro, enc, _n = choice
    if enc or len(form) < 4 or lemma[:1] == pro or pro not in ("ك", "و", "ف", "س"):
        return False
    seen = _wf(form)
    if seen < 1e-7:
        return False
    rest = _wf(form[1:])
    if pro == "ك":
        return rest < seen
    if pos != "VERB" or form.endswith("وا") or form[1:2] in "أإآ":
        return False
    return rest < _OWN_LETTER_SHARE * seen


#: The names of the Latin letters as Arabic news writes them in the abbreviations of foreign
#: names (سي إن إن, CNN; إل جي, LG; آي فون, iPhone; جورج دبليو بوش; يو إس بي, USB), spellings no
#: Arabic word of news is written in: the letter's name is the lemma and the word part of a name,
#: not آية ("verse") for آي, آل ("the house of") for إل, أم for إم, كي for كيه, يو for كيو.
#: Left out, as news also writes them as its own words: بي ("with me"), إن, أو, في, زد, زي
#: ("add", "uniform"), and the spellings without a hamza (اي, ام, ان, اف: أي, أم, أن, أف).
LATIN_LETTER_NAMES = frozenset(
    {
        "إيه", "سي", "دي", "إي", "إف", "جي", "إتش", "آي", "جيه", "كيه", "إل", "إم",
        "كيو", "آر", "إس", "تي", "يو", "دبليو", "إكس", "واي",
    }
)  # fmt: skip


def latin_letter_name(form: str) -> str | None:
    """``form`` when it is the Arabic name of a Latin letter (:data:`LATIN_LETTER_NAMES`), else
    None. Only the name alone: with a proclitic before it the word is more often another one
    whose hamza the writer left out and the rules put back (باكس, "box", is no ب + إكس; واتش,
    "watch", no و + إتش).

    >>> latin_letter_name("إل"), latin_letter_name("لإس")
    ('إل', None)
    """
    return form if form in LATIN_LETTER_NAMES else None


def without_proclitic(cases: list) -> list:
    """qalsadi's readings of ``cases`` that take no proclitic: the word read whole."""
    return [c for c in cases if not _affix_parts(getattr(c, "affix", ""))[0]]


def _pronoun_at_end(rest: str) -> str:
    """The longest pronoun of :data:`_POSSESSIVES` (and ني, "me") ``rest`` ends with, or ""."""
    return next((p for p in ("هما", "ها", "هم", "كم", "نا", "ني", "ه", "ك", "ي") if rest.endswith(p)), "")


def weigh_alkhalil(form: str, choice: tuple, candidates, analyses) -> tuple:
    """Weigh the kit's choice among qalsadi's analyses against AlKhalil's analyses of the form.

    ``choice`` is :func:`choose_lemma`'s answer, ``candidates`` qalsadi's candidate lemmas,
    ``analyses`` AlKhalil's readings as ``(lemma, pos, number, score)`` (``pos`` ``اسم``/``فعل``/
    ``حرف``; ``number`` ``مفرد``/``مثنى``/``جمع``). AlKhalil writes a defective noun without its
    final ي (``ناد``); where qalsadi lists the noun with it (``نادي``), that is the same lemma.

    - A word qalsadi analysed without a class (``pos`` X) that AlKhalil reads as itself keeps its whole
      form with AlKhalil's class (``التقى`` is a verb, not ال + تقى).
    - A word the lexicon lists whole (``اسم جامد``) that is more common than the kit's word +
      pronoun ه keeps its ه (``جنيه``, not جني + ه).
    - A noun in ة the lexicon lists beats the kit's word without ة when that is only a verbal
      noun, an intensive or a tool noun (``الكتابة`` → كتابة, not كتاب); so does a verbal noun
      in ة when AlKhalil has no reading of the word without it (``تسمية``, not تسمي).
    - A broken plural the lexicon lists beats singular readings a pattern makes from a root
      (:func:`_lexical_plural`: ``مجالس`` → مجلس, ``وسائل`` → وسيلة) unless the kit read a
      verb that qalsadi's dictionary rates in use (``فرص`` is read as a rare verb, and goes
      to فرصة).
    - The choice stands when AlKhalil also reads the form as that lemma (spelling of hamza and
      final ى aside, or with the nisba ـي the kit puts back) or has no reading.
    - When the kit's lemma is a reading *into* the word (not the word itself), the lemma both
      analysers allow is taken — one that keeps
      the word's first letters (``بطاقات`` → بطاقة, not ب + طاق) when it is a common word, else
      AlKhalil's most frequent (القطار: قطر → قطار, العملات: عمل → عملة, أفعاله: فعال → فعل) —
      or AlKhalil's one plural reading when its singular is a common word (أماكن: أم → مكان).
    - When the kit kept the word whole and every noun reading of AlKhalil is a plural of one
      lemma, that singular is taken if qalsadi lists it or it is a common word (``wordfreq``):
      broken plurals (الأراضي → أرض, قوانين → قانون); of two or more singulars, the one general
      Arabic writes ten times as often as any other (مباريات → مباراة, not مبارية).
    """
    lemma, pos, pro, enc, n = choice
    if pos == "FUNC" or not analyses:
        return choice
    analyses = [(_defective(a[0], candidates), *a[1:]) for a in analyses]
    bare = strip_proclitics(form)
    verb = _after_future(bare, pro)  # (…after the future's س too: ستقع, سيعيش)
    if pos == "VERB" and _imperfect_prefix(verb, bare) and _rare_reading(candidates, lemma, "VERB"):
        # an imperfect verb read as a verb qalsadi's dictionary rates rare: qalsadi lacks some
        # common hollow and assimilated verbs (يعيش is عاش, not the rare عيّش; يقع is وقع, not
        # أقعى). AlKhalil's best-rated verb reading that qalsadi does not list, when it rates
        # the kit's verb lower and general Arabic writes it at least as often.
        verbs = [a for a in analyses if a[1] == "فعل" and a[0] not in candidates and a[0] not in (bare, verb)]
        if verbs:
            top = max(verbs, key=lambda a: a[3])
            mine = max(
                (a[3] for a in analyses if a[1] == "فعل" and _loose(a[0]) == _loose(lemma)), default=0.0
            )
            # (the kit's lemma may be the written word itself, a form V reading of تعيش: its
            # frequency is the imperfect's, not the verb's)
            if top[3] > mine and _wf(top[0]) >= max(0.0 if lemma in (bare, verb) else _wf(lemma), 1e-6):
                return top[0], "VERB", pro, enc, n
    whole = form[1:] if form[:1] in _CONJ and len(form) > 3 else form
    if pos == "X" and n > 0 and _loose(whole) in {_loose(c) for c in candidates}:
        own = [a for a in analyses if _loose(a[0]) == _loose(whole)]
        if own:
            their_pos = {_ALKHALIL_POS.get(a[1], "X") for a in own}
            return (
                whole,
                their_pos.pop() if len(their_pos) == 1 else "X",
                form[: len(form) - len(whole)],
                enc,
                n,
            )
    nouns = [a for a in analyses if a[1] == "اسم"]
    if enc == "ه" and bare == lemma + "ه" and _wf(bare) > _wf(lemma):
        # the lexicon lists the whole word, and it is the more common reading: جنيه (the
        # pound) is not جني + ه; نبيه stays نبي + ه (نبي is the more common word)
        if any(a[0] == bare and a[4] == _LEXICAL and "جمع" not in (a[2] or "") for a in nouns):
            return bare, "NOUN", form[: len(form) - len(bare)], "", n
    if bare.endswith("ة") and lemma == bare[:-1]:
        # a noun in ة the lexicon lists, where the kit's word without ة is only a verbal noun,
        # an intensive or a tool noun: الكتابة is writing, not كتاب; an adjective stays
        # masculine (كبيرة → كبير: كبير is an adjective reading)
        masc = {a[4] for a in nouns if len(a) > 4 and a[0] == lemma}
        own = any(a[0] == bare and a[4] == _LEXICAL for a in nouns if len(a) > 4)
        if own and masc and masc <= {"مصدر أصلي", "مبالغة اسم الفاعل", "اسم آلة", "مصدر ميمي"}:
            return bare, "NOUN", form[: len(form) - len(bare)], enc, n
        kinds = {a[4] for a in nouns if len(a) > 4 and a[0] == bare}
        if (
            "مصدر أصلي" in kinds
            and not kinds & _PARTICIPLES
            and not any(a[0] == lemma for a in analyses)
            and _wf(lemma) <= 10 * _wf(bare)
        ):
            # the verbal noun in ة of a verb (تسمية of سمّى, تعرية, تخلية), where AlKhalil has no
            # reading of the word without ة at all: a verbal noun is its own lemma. Not the
            # feminine of a participle (الواقية, لاغية: adjectives), and not a word without ة
            # general Arabic writes ten times as often (نصفة, رقمة, الخطأة: typos of نصف, رقم, خطأ)
            return bare, "NOUN", form[: len(form) - len(bare)], enc, n
    if bare.endswith("ة") and lemma == bare and len(bare) > 3 and bare[:-1] not in candidates:
        # …and the reverse: a word in ة that the lexicon holds only as a verbal noun, whose
        # masculine is an active participle qalsadi does not offer, is the participle's
        # feminine: الخاصة is خاص ("special, private"), not the verbal noun خاصة. A noun of
        # the lexicon in ة keeps it (كافة, الهامة), and so does a word for which qalsadi
        # weighed both readings (مهمة, the mission, or مهم)
        own = {a[4] for a in nouns if len(a) > 4 and a[0] == bare}
        if own == {"مصدر أصلي"} and any(
            a[0] == bare[:-1] and a[4] == "اسم فاعل" for a in nouns if len(a) > 4
        ):
            return bare[:-1], "NOUN", form[: len(form) - len(bare)], enc, n
    # (not when the kit read a letter that strip_proclitics takes for a clitic as the word's
    # own: فعلية is فعلي, not ف + علية)
    if (pos != "VERB" or _rare_reading(candidates, lemma, "VERB") and lemma == bare) and not (
        bare != form and lemma[:1] == form[:1]
    ):
        singular = _lexical_plural(bare, nouns, candidates, enc, pro, lemma)
        if singular is not None and (
            _loose(lemma) not in {_loose(singular), _loose(singular + "ة")}
            or lemma == singular + "ة"
            and _wf(singular) >= _FEMININE_NOUN_RATIO[0] * _wf(lemma)
        ):
            # (…and the kit's singular in ة when the listed one without it is far more common:
            # مواقع → موقع, not موقعة)
            return singular, "NOUN", form[: len(form) - len(bare)], enc, n
    theirs: dict[str, tuple[float, int]] = {}
    for a_lemma, _pos, _num, score, *_ in analyses:
        s, c = theirs.get(a_lemma, (0.0, 0))
        theirs[a_lemma] = (s + (score or 0.0), c + 1)
    agree = {_loose(x) for x in theirs}
    if _loose(lemma) in agree or (lemma.endswith("ي") and _loose(lemma[:-1]) in agree):
        return choice
    plural = {a[0] for a in nouns if a[2] and "جمع" in a[2]}
    if lemma != bare:
        bare_pro = form[: len(form) - len(bare)] if form.endswith(bare) else pro
        both = [x for x in theirs if x in candidates]
        if both:
            keeps = [x for x in both if x[:2] == bare[:2] and _wf(x) >= 1e-6]
            best = max(keeps or both, key=lambda x: (theirs[x], x))
            if n == 0 and canonical_spelling(best, hamza=True) == lemma:
                return choice  # a word qalsadi does not know, in its most common spelling
            their_pos = {_ALKHALIL_POS.get(a[1], pos) for a in analyses if a[0] == best}
            their_pos = their_pos.pop() if len(their_pos) == 1 else pos
            their_pro = bare_pro if keeps else pro
            if their_pos == "VERB" and (_has_article(their_pro) or pos != "VERB" and _article_in_use(bare)):
                # a verb takes no article: التو (في التو, "at once") is ال + تو, not the verb
                # التوى; فالون (Falun) no ف + ال + an energetic imperative of لوى — nor does a
                # word general Arabic writes with it become a verb here (همم, تروس: الهمم,
                # التروس, the plurals of همة, ترس)
                return choice
            return best, their_pos, their_pro, enc, n
        if len(plural) == 1 and _wf(next(iter(plural))) >= 1e-6:
            return next(iter(plural)), "NOUN", pro, enc, n  # أماكن: أم → مكان
        return choice
    if nouns and plural and all(a[2] and "جمع" in a[2] for a in nouns):
        # (of two or more singulars, the one general Arabic writes ten times as often as any
        # other: مباريات → مباراة, not the participle مبارية)
        ranked = sorted(plural, key=lambda x: (_wf(x), x), reverse=True)
        if len(ranked) == 1 or _wf(ranked[0]) >= 10 * _wf(ranked[1]):
            singular = ranked[0]
            if singular in candidates or _wf(singular) >= 1e-6:
                return singular, "NOUN", pro, enc, n
    return choice


#: AlKhalil's readings that come from its lexicon of words rather than from a pattern applied
#: to a root (a participle, an intensive, a verbal noun): only these count as a word's own
#: singular when a listed broken plural competes with it.
_LEXICAL = "اسم جامد"
#: Singular readings that are a word of their own: a noun of the lexicon, the verbal noun of
#: a verb (``الأمن``, ``جدل``, ``سحب``: أمن، جدل، سحب, not the plurals أمون، جديل، سحاب), or a
#: name (``عمرو``, not the plural of عمر).
_OWN = (_LEXICAL, "مصدر أصلي", "اسم علم")


#: Below this frequency in qalsadi's dictionary a reading counts as rare (for scale: الأمن
#: 495,471, الحضور 289,725, الجلوس 16,424; common words run to six figures)
_RARE_IN_QALSADI = 1_000


def _rare_reading(candidates, lemma: str, cls: str) -> bool:
    """True when ``candidates`` (qalsadi's lemmas with their dictionary frequency per class,
    see ``lemmatize._candidate_frequencies``) give ``lemma`` as a clitic-free ``cls`` reading
    a frequency under :data:`_RARE_IN_QALSADI`, or no such reading. A plain set of candidates
    (no frequencies) counts nothing as rare."""
    if not isinstance(candidates, Mapping):
        return False
    return (candidates.get(lemma) or {}).get(cls, 0) < _RARE_IN_QALSADI


def _own_reading(lemma: str, number: str | None, bare: str) -> bool:
    """True if a singular (or dual) reading spans the whole word: a singular that keeps its
    first letters (not و/ب/ل + a shorter word), or a dual that is the lemma + ان/ين
    (``فتاتين``, two girls; not ``أماكن`` read as أم + اكن)."""
    if (number or "مفرد") == "مفرد":
        return lemma[:2] == bare[:2]
    if number == "مثنى":
        stem = lemma[:-1] + "ت" if lemma.endswith("ة") else lemma
        return bare in {stem + "ان", stem + "ين"}
    return False


def _lexical_plural(bare: str, nouns, candidates, enc: str = "", pro: str = "", mine: str = "") -> str | None:
    """The singular of a broken plural the dictionary lists, when the word's singular readings
    are only forms a pattern makes from a root.

    AlKhalil reads ``مجالس`` as the listed plural of مجلس and as the active participle
    مُجالِس (of جالَس), ``طلاب`` as the plural of طالب and as the intensive طَلّاب, ``سكان`` as
    the plural of ساكن and as the verbal noun سِكان. The pattern-made readings are possible
    Arabic but rare; a plural the lexicon lists is the usual reading, so it wins (مجالس →
    مجلس, طلاب → طالب). A word the lexicon lists as a singular keeps itself (``كتاب`` is the
    noun كتاب, though also the plural of كاتب), and so does a name; a word whose only own
    readings are verbal nouns keeps itself when qalsadi's dictionary rates one of them a word
    in use (``الحضور``, ``الأمن``), not when it rates them rare or not at all (``دول`` →
    دولة, ``فرص`` → فرصة: the verbal nouns دَوْل, فَرْص are rare) — ``candidates`` maps
    qalsadi's lemmas to their frequency per class for this. Over such a rare reading the
    singular must be a noun of its own (``كبار`` is not sent to the feminine كبيرة) and not
    take in the clitic the kit read (``بيديه`` is not the plural of بيد). Among several listed
    singulars the most frequent wins (``مواقع`` → موقع, not موقعة), then the one qalsadi also
    proposes.
    """
    if not nouns or any(len(a) < 5 for a in nouns):
        return None
    listed = {a[0] for a in nouns if a[2] and "جمع" in a[2] and a[4] == _LEXICAL}
    if not listed:
        return None
    # a singular of the lexicon that spans the word (not و/ب/ل + a shorter noun) keeps it —
    # a name always; a noun or verbal noun when it is a word in use, not one that qalsadi's
    # dictionary lists without frequency or rarely (the plural فرص, not the verbal noun فَرْص)
    # (AlKhalil's list of names holds common words, طلاب among them: its name reading counts
    # only when qalsadi's dictionary lists the name too)
    own = [
        a
        for a in nouns
        if a[4] in _OWN
        and _own_reading(a[0], a[2], bare)
        and a[2] != "مثنى"
        and (a[4] != "اسم علم" or not isinstance(candidates, Mapping) or "PROPN" in candidates.get(a[0], {}))
    ]
    if any(a[4] != "مصدر أصلي" or not _rare_reading(candidates, a[0], "NOUN") for a in own):
        return None
    if any(_loose(x) == _loose(bare) for x in listed) or bare.endswith("ي"):
        return None  # a nisba (الشمالي) is not a broken plural
    if mine == bare and isinstance(candidates, Mapping) and "NOUN" in candidates.get(bare, {}):
        # a word the kit read whole, as qalsadi's dictionary lists it, is not the lexicon's
        # "plural" + ـين: البحرين is Bahrain, not بحر + ين. (Not ـان or ـون: broken plurals
        # of the patterns فعلان and فعول end so, البلدان → بلد, الظنون → ظن; and not a word
        # qalsadi does not list: متجذرين is متجذر + ين.)
        listed = {x for x in listed if bare != x + "ين"}
        if not listed:
            return None
    if bare.endswith("ات"):  # a sound feminine plural: only its singular in ة (حالات → حالة)
        listed = {x for x in listed if x.endswith(("ة", "اة"))}
        if not listed:
            return None
    # a plural read after a clitic letter (ف + علية, ف + وروم) is not the word's own plural
    listed = {x for x in listed if bare[0] not in "فوبلك" or x[0] == bare[0]}
    # a two-letter singular only when qalsadi reads it too (أيدي → يد; منوه is not a plural of من)
    listed = {x for x in listed if len(x) > 2 or x in candidates}
    if own:  # over a rare reading of the word itself, not a plural that takes in the clitic
        # the kit read (بيديه: ب + يدي + ه, not the plural of بيد; بضائع keeps بضاعة)
        listed = {x for x in listed if not (pro and x[0] == pro[-1] != bare[0])}
    if pro and mine:
        # a plural that takes in the clitic the kit read must be of a singular about as common
        # as the kit's lemma (half, the ratio used below): بدوره is ب + دور + ه ("in turn"),
        # not the plural of بدر (a fifth as common); بضائع is the plural of بضاعة, not ب + ضائع
        listed = {x for x in listed if not (x[0] == pro[-1] and _wf(x) < 0.5 * _wf(mine))}
    if not listed:
        return None
    best = max(listed, key=lambda x: (_wf(x), x in candidates, x))
    if (
        own
        and best.endswith("ة")
        and best[:-1] != bare
        and _wf(best) < _FEMININE_NOUN_RATIO[0] * _wf(best[:-1])
    ):
        # over a rare reading of the word itself, only a singular that is a noun in its own
        # right (see _feminine_noun): كبار stays, not the feminine كبيرة; القرى → قرية
        return None
    # a participle of the same shape (مُباشِر, مُقابِل) is far more common than the singular
    # the lexicon's plural would give (مبشر, مقبل); a plural's singular is not (مصادر/مصدر)
    stem = bare[: -len(enc)] if enc and bare.endswith(enc) and len(bare) > len(enc) + 1 else bare
    if _wf(best) < 0.5 * _wf(stem):  # (مواطنهم: the citizen مواطن, not homelands of موطن)
        return None
    # a dual of a more common word is the dual (الفتاتين: two girls, not crumbs فتات); a dual
    # of a rarer one is not (الفرسان: knights of فارس, not two horses of فرس)
    duals = [a[0] for a in nouns if a[4] in _OWN and a[2] == "مثنى" and _own_reading(a[0], a[2], bare)]
    if any(_wf(d) > _wf(best) for d in duals):
        return None
    return best


def _defective(lemma: str, candidates) -> str:
    """AlKhalil's ``ناد`` is qalsadi's ``نادي`` (a defective noun with its final ي)."""
    return lemma + "ي" if lemma + "ي" in candidates and lemma not in candidates else lemma


def _singular(lemma: str, word: str, analyses=()) -> str:
    """The singular of a plural in ـيات: a lemma in ـي is the ـية noun when that is clearly the
    common word (three times as frequent: عمليات → عملية) or when the plural is a noun's
    (:func:`_plural_of_nisba_noun`: آليات → آلية, البلديات → بلدية, جنسيات → جنسية, though the
    nisbas آلي, بلدي, جنسي are as common as the nouns), else the nisba stays (السوريات → سوري,
    المصريات → مصري). ``analyses`` are AlKhalil's readings of ``word``."""
    if word.endswith("يات") and lemma.endswith("ي") and len(lemma) > 2:
        if _wf(lemma + "ة") >= 3 * max(_wf(lemma), 1e-9):
            return lemma + "ة"
        noun = _plural_of_nisba_noun(lemma, analyses)
        if noun is not None:
            return noun
    return lemma


def _plural_of_nisba_noun(lemma: str, analyses) -> str | None:
    """The noun in ـية whose plural in ـيات is read as that of the nisba ``lemma``, or None.

    The plural in ـيات of a nisba adjective names women (السعوديات, الإعلاميات: a plural of
    things takes the singular feminine adjective, الأسلحة الآلية), and general Arabic names men
    more often: it writes the masculine plural (ـيين, ـيون, with the article or without) more
    often than the plural in ـيات (سعوديين 4.4 times as often, رسميين 5.4, إسلاميين 72). Where it
    writes ـيات at least as often, the plural is that of the noun in ـية — when AlKhalil lists that
    noun and the nisba as :func:`abstract_nisba_noun` asks (آليات 26 times آليين, بلديات 137 times,
    جنسيات 34 times, سلوكيات, أساسيات, صيدليات). Not the plural of a word in ى (ذكريات: ذكرى;
    فتيات: فتاة), when general Arabic writes the word in ى at least as often as the noun in ـية."""
    noun = abstract_nisba_noun(lemma, analyses)
    if noun is None or _wf(lemma[:-1] + "ى") >= _wf(noun):
        return None
    feminine = _wf(lemma + "ات") + _wf("ال" + lemma + "ات")
    masculine = sum(_wf(art + lemma + end) for art in ("", "ال") for end in ("ين", "ون"))
    return noun if feminine >= masculine else None


def _wf(word: str) -> float:
    from wordfreq import word_frequency

    return word_frequency(word, "ar")


def _known_word(word: str, threshold: float = 1e-6) -> bool:
    """True if ``word`` is in the general Arabic frequency list of ``wordfreq`` (≥ 1 per million)."""
    from wordfreq import word_frequency

    return word_frequency(word, "ar") >= threshold


_NOUN_DICTIONARY = None  # arramooz's nouns, opened on first use


@functools.lru_cache(maxsize=4096)
def plural_only_broken(word: str) -> bool:
    """True when qalsadi's dictionary (arramooz) lists ``word`` only with a broken plural and
    never with the sound feminine plural in ـات (مدرسة: مدارس; مدينة: مدن; جائزة: جوائز), so a
    written X + ات is not that word's plural (المدرسات are women teachers, not schools); False
    when any entry takes ـات or the word is not listed."""
    from arramooz.arabicdictionary import ArabicDictionary

    global _NOUN_DICTIONARY
    if _NOUN_DICTIONARY is None:
        _NOUN_DICTIONARY = ArabicDictionary("nouns")
    rows = _NOUN_DICTIONARY.lookup(word)
    return bool(rows) and not any(r["feminin_plural"] for r in rows) and any(r["broken_plural"] for r in rows)


def energetic_imperative_only(cases: list) -> bool:
    """True when every one of qalsadi's readings of a word is an imperative with the energetic
    ن (الأمر المؤكد: استون as استوى, وارن as وارى, داون as داوى, رون as رأى) — a form news
    all but never uses, so the word is read as one qalsadi does not know (a name, a loanword,
    or a word written without its hamza: اعلنها is أعلنها). The energetic imperfect (يرونه
    read as يرون + ه) is not one of them."""
    return bool(cases) and all(_energetic(c) for c in cases)


def _energetic(case) -> bool:
    return "الأمر المؤكد" in str(getattr(case, "tags", ""))


#: The persons of a verb addressed to a woman, to two people or to women (qalsadi's affix
#: keys): news reports in the third person and quotes the first; it all but never addresses
#: anyone so
_ADDRESSED = frozenset({"أنتِ", "أنتما", "أنتما مؤ", "أنتن"})
#: …of them, the two people (a verb reading addressed to them weighs less in choose_lemma)
_ADDRESSED_TWO = frozenset({"أنتما", "أنتما مؤ"})


def unused_verb_reading(cases: list) -> str | None:
    """How qalsadi reads a word when it reads it only as forms of a verb news all but never uses,
    or None when it has any other reading (a noun, a verb of the third person):

    - ``"addressed"``: only verbs addressed to a woman, to two people or to women
      (:data:`_ADDRESSED`; imperative, imperfect or past) and energetic imperatives. زوما is no
      "visit, you two" (زام), بيغي no "seek, woman" (باغ), تسيبي (Tzipi) no ساب, نادي (a club) no
      "call, woman", تنامي (growth) no "grow, woman".
    - ``"energetic"``: those and energetic imperfects of any person (تُحصِنَّ, "you, she will
      surely count"): qalsadi reads تحصين (immunising), تقنين (regulating) and تخوين (accusing
      of treason) only so. Only a verbal noun is read instead (see ``Lemmatizer._analyze``): a
      verb addressed to a woman whose verb general Arabic rarely writes (تنتمين, تشتهين) is still
      a verb.

    A word qalsadi reads only as energetic imperatives is neither (see
    :func:`energetic_imperative_only`)."""
    if not cases or energetic_imperative_only(cases):
        return None
    kind = "addressed"
    for c in cases:
        if _energetic(c):
            continue
        if not str(getattr(c, "type", "")).startswith("Verb"):
            return None
        if _verb_person(c) in _ADDRESSED:
            continue
        if "المؤكد" not in str(getattr(c, "affix_key", "")):
            return None
        kind = "energetic"
    return kind


def defective_verbal_noun(form: str, lemma: str, pro: str, cases: list, analyses) -> str | None:
    """The verbal noun ``تفعّي``/``تفاعي`` of a verb in ى (``تحدي``, ``تفشي``, ``تعافي``,
    ``لتفادي``) that the kit read as the verb ``lemma``, or None.

    qalsadi has no noun reading of these words: it reads them as the verb addressed to a woman
    (the imperative تحدّي, the subjunctive or jussive تُفادي) or as the passive past (تُحُدِّيَ),
    forms news all but never uses, while with the article the same word is the noun (التحدي →
    تحدي). The word is the noun when every one of qalsadi's readings of the kit's verb is one
    of those forms, qalsadi also reads the word as the verb in ى itself and its dictionary
    rates that verb in use (تحدى, تفادى: not تخرجي, which is تخرج + ي or a verb addressed to a
    woman, nor تحبي), and AlKhalil reads the word as a verbal noun (``مصدر أصلي``, which it
    writes without the final ي: تحد). A reading in the third person or addressed to a man
    keeps the verb, and so does one of another verb qalsadi's dictionary rates in use (تأتي,
    تمضي, تبقي, تبدي: she comes, goes on, keeps, shows — أبقى, أبدى; the rare فادى does not
    keep تفادي). The word is ``pro`` + ت … ي, with no article in ``pro`` and no pronoun after
    it; after a proclitic qalsadi may not offer the verb in ى (لتفادي): ``Lemmatizer`` then
    reads the word without it."""
    bare = form[len(pro) :]
    if not form.startswith(pro) or _has_article(pro) or len(bare) < 4 or bare[0] != "ت" or bare[-1] != "ي":
        return None
    verbs = [c for c in cases if str(getattr(c, "type", "")).startswith("Verb")]
    odd = [_verb_person(c) == "أنتِ" or "الماضي المجهول" in str(getattr(c, "affix_key", "")) for c in verbs]
    if not any(remove_diacritics(c.lemma or "") == lemma for c in verbs) or not all(
        o or remove_diacritics(c.lemma or "") != lemma and (getattr(c, "freq", 0) or 0) < _RARE_IN_QALSADI
        for c, o in zip(verbs, odd)
    ):
        return None
    verb = bare[:-1] + "ى"  # the verb whose verbal noun this is (تحدى, تفادى)
    if not any(
        remove_diacritics(c.lemma or "") == verb and (getattr(c, "freq", 0) or 0) >= _RARE_IN_QALSADI
        for c in verbs
    ):
        return None  # (تخرجي, تحبي: a verb addressed to a woman, or تخرج + ي "my graduation")
    return bare if _alkhalil_verbal_noun(bare, analyses) else None


def verbal_noun_after_proclitic(form: str, pro: str, analyses) -> str | None:
    """The word after the proclitics ``pro`` (not the article), when it is ت … ي and AlKhalil
    reads it both as a verbal noun and as the verb in ى (لتفادي: تفادي, of تفادى), or None.

    qalsadi may offer no verb in ى after a proclitic, so :func:`defective_verbal_noun` cannot
    ask it; ``Lemmatizer`` then takes the word as what it is alone, when that is this noun (not
    وتدخلي, و + تدخل + ي "my intervention", which AlKhalil does not read as a verb in ى)."""
    rest = form[len(pro) :]
    if not pro or not form.startswith(pro) or _has_article(pro) or rest[:1] != "ت" or rest[-1:] != "ي":
        return None
    verb = rest[:-1] + "ى"
    if _alkhalil_verbal_noun(rest, analyses) and any(a[0] == verb and a[1:2] == ("فعل",) for a in analyses):
        return rest
    return None


def verb_qalsadi_lacks(bare: str, verbs: Mapping[str, tuple[float, bool]]) -> str | None:
    """The verb of a word qalsadi does not know and AlKhalil reads only as verbs, when general
    Arabic (``wordfreq``) writes the verb's other forms; else None.

    qalsadi lacks many weak verbs: the imperfects of نما, خلا, خطا, غدا (ينمو, تخلو), of وثق
    (يثق), of لاق (يليق) and the pasts of عاش, طال, مات, جاء (عاشت, ماتوا, جاءوا) are words
    it does not know, which the kit kept whole. Names read as verbs by AlKhalil are not taken:
    the word must be one of a verb's forms that general Arabic writes, shown by another form:

    - an imperfect (``bare`` opens with ي, ت, ن or أ) whose form with the other prefix of the
      third person (ت for ي, ي for the others), or whose singular (يثق for يثقون), is written
      at least once in a million words: ينمو beside تنمو, تثق beside يثق, نثق beside يثق —
      where تمير (a town) has no يمير in use;
      the verb is AlKhalil's best-rated reading of the bare verb (form I: يليق is لاق, not
      لَيَّق) when it has one, else its best-rated reading;
    - a past (the verb + one of :data:`_PAST_ENDINGS`) whose verb, as AlKhalil cites it, is
      written at least once in a million words: عاشت (عاش), ماتوا (مات), جاءوا (جاء) — not after an
      أ that general Arabic writes the word more often without (أكانت is the question's أ
      before كانت).

    ``bare`` is the word without its proclitics; ``verbs`` maps each verb lemma AlKhalil reads
    in the word to ``(its best score, whether it is form I)``."""
    if not verbs or len(bare) < 3:
        return None
    if bare[0] in "يتنأ" and not bare.endswith("ي"):
        # (not a word in ي: names, loanwords and dialect end so, توكي, سنوكي, يبي; qalsadi
        # knows the defective verbs, ينتمي, يحتوي)
        other = "ت" if bare[0] == "ي" else "ي"
        # (the singular, يثق for يثقون, يثقين, يثقوا; not for the dual's ا: names end so,
        # يوهانا beside يوهان)
        alone = [bare[:-2] for e in ("ون", "ين", "وا") if bare.endswith(e) and len(bare) > 4]
        if max(_wf(w) for w in [other + bare[1:], *alone]) >= 1e-6:
            plain = [v for v, (_, first) in verbs.items() if first]
            return max(plain or verbs, key=lambda v: (verbs[v][0], v))
    if bare[0] == "أ" and _wf(bare[1:]) > _wf(bare):
        return None  # (أكانت: the question's أ before كانت)
    for end in _PAST_ENDINGS:
        stem = bare[: -len(end)]
        # (not تن: names end so, برستن; a stem of three letters or more, written as AlKhalil
        # cites the verb: إنت, "you" in dialect, is no آن + ت)
        if bare.endswith(end) and len(stem) >= 3 and end != "تن" and stem in verbs and _wf(stem) >= 1e-6:
            return stem
    return None


def _alkhalil_verbal_noun(word: str, analyses) -> bool:
    """True when AlKhalil reads ``word`` in ـي as a verbal noun (``مصدر أصلي``), which it
    writes without the final ي (تحدي as تحد)."""
    return any(a[0] == word[:-1] and a[1:2] == ("اسم",) and a[4:5] == ("مصدر أصلي",) for a in analyses)


def conjunction_on_word(form: str) -> bool:
    """True when ``form`` is و + a word of general Arabic (≥ 1 per million) that general Arabic
    writes alone at least 1 / :data:`_CLITIC_RATE` times as often as with و before it: the و is
    the conjunction, and the word after it reads as it does alone (ومدن is و + مدن, cities, not
    the verb مدّ; وقادة و + قادة; ولذا و + لذا). Not for words in وا (واحد, والي, واجد: the
    participles of roots in و), nor for a word general Arabic writes as often as the conjunction
    could make it (وجهة, وحدة, وزير keep their own analysis). An Arabic word does not open with
    وو: there the first و is the conjunction however common the word (ووفقا, ووجه)."""
    if len(form) < 4 or not form.startswith("و") or form.startswith("وا") or form[1:] in _NO_CONJ:
        return False  # (ولدي is "my son", :data:`_NO_CONJ`)
    rest = _wf(form[1:])
    return rest >= 1e-6 and (form[1] == "و" or _wf(form) <= _CLITIC_RATE["و"] * rest)


def nisba_adverb(form: str) -> bool:
    """True when ``form`` in ـيا, written without its tanwin, is the accusative of a nisba used as
    an adverb (عسكريا, أمنيا, فكريا: militarily, in security, intellectually): general Arabic
    writes the nisba and its feminine (عسكري, عسكرية: ≥ 1 per million) each at least twice as
    often as the word. Names in ـيا are not (ماريا, كاتيا: no feminine in ـية; روسيا, كوريا,
    ليبيا: the country is written far more often than its nisba)."""
    if len(form) < 5 or not form.endswith("يا"):
        return False
    f, stem = _wf(form), form[:-1]
    return min(_wf(stem), _wf(stem + "ة")) >= max(2 * f, 1e-6)


#: :func:`plural_not_verb`: how often general Arabic must write a word with the article, for
#: every time it writes it bare, for a bare verb reading to give way to a plural noun's: 0.3
#: (الخطط 0.38, الأمم 14, النجوم 1.2, اليهود 5.9; قرر 0.0004, the article on no verb)
PLURAL_ARTICLE_SHARE = 0.3
#: … and, for an imperfect, how many times as often it must write the word as the same verb in
#: another person (يهم for تهم): 5 (نجوم against يجوم; تهم, "it concerns", 0.66 of يهم, stays)
PLURAL_PERSON_RATIO = 5.0
#: … and five times that when qalsadi also lists the word itself as a noun, which may be a verbal
#: noun of form V or VI that is also that form's past and the imperfect of form II or III with
#: "she" (تواصل, contact, "he contacted", "she continues": 5.2 times يواصل; تذوق 8.9, تطاول
#: 24.6 are verbs in news as often as not), where a plural or a verbal noun in ـين is written
#: far more often than its other person (تذاكر 29.5, تلقين 34, تكوين, تمرين: no يكوين, يمرين)
PLURAL_LISTED_RATIO = 25.0
_IMPERFECT_SIBLINGS = {"ي": "ت", "ت": "ي", "ن": "ي", "أ": "ي"}


def plural_not_verb(form: str, verb_lemma: str, listed: bool = False) -> bool:
    """True when the bare ``form``, read as the verb ``verb_lemma``, is a broken plural by general
    Arabic's evidence.

    The analysers read some broken plurals as verbs: a verb of form II whose doubled letters
    stand apart (خطط, أمم, شقق, جدد: the verb is خطّط, the plural خُطَط of خطة), an imperfect
    whose prefix is the plural's first letter (تمارين as ت + مارى, توابل, تروس), a verb with a
    suffix (سجون as سجا + ون, صحون as صحا + ون). A verb never takes the article, so a
    word general Arabic writes with it (:data:`PLURAL_ARTICLE_SHARE`) is a noun there; bare it
    is the plural too when

    * the verb is of form II with its doubled letters apart at the end — its verbal noun is
      تفعيل, so the article belongs to the plural (الخطط);
    * the verb is not the word as written and the word opens with no imperfect's prefix (سجون);
    * the verb reading is an imperfect and the word is written far more often than the same
      verb in another person (:data:`PLURAL_PERSON_RATIO`): تمارين is no "you, woman, dispute",
      but تهم ("it concerns", as often as يهم) stays the verb though التهم, accusations, is
      common.

    A verb that is the word as written (حجب, أسى, نشر) may be its own verbal noun, and a past of
    "she" (خافت, صلت) is a verb news writes constantly: they keep their reading. ``listed``:
    qalsadi also lists the word itself as a noun (قصص, قيم, يهود, تواصل); an imperfect must then
    be written :data:`PLURAL_LISTED_RATIO` times as often as its other person.

    Known losses: a plural that is a verb in its sentence (جدد مجلس الوزراء, "the cabinet
    renewed", at a sentence's start; the tokenizer gives the verb back only after قد, كما, ما or
    a relative pronoun) and the passive of a hollow verb written as a plural (صيغ, "was
    drafted", read as صيغة)."""
    if len(form) < 3:
        return False
    f = _wf(form)
    if _wf("ال" + form) < max(PLURAL_ARTICLE_SHARE * f, 1e-8):
        return False
    if verb_lemma == form:
        return len(form) == 3 and form[1] == form[2]
    if form[-1] in "اىي":
        return False  # an accusative alif, a pronoun or a verbal noun in ي (زرقا, أسعدي, تراخي)
    if form in (verb_lemma + "ت", verb_lemma[:-1] + "ت"):
        return False  # she feared, she prayed: خاف + ت, صلى → صلت
    sibling = _IMPERFECT_SIBLINGS.get(form[0])
    ratio = PLURAL_LISTED_RATIO if listed else PLURAL_PERSON_RATIO
    return sibling is None or f >= ratio * _wf(sibling + form[1:])


def whole_word_nouns(cases: list) -> list:
    """qalsadi's noun readings of the whole word (no clitic, no ending): the plural's singular
    (خطط: خطة), and the word itself where qalsadi also lists it (قصص, a verbal noun; يهود)."""
    return [
        c
        for c in cases
        if str(getattr(c, "type", "")).startswith("Noun")
        and "part" not in str(c.type)
        and not remove_diacritics(getattr(c, "affix", "") or "").strip("-")
    ]


def whole_word_lemmas(cases: list) -> set[str]:
    """The lemmas of :func:`whole_word_nouns`."""
    return {remove_diacritics(c.lemma or "") for c in whole_word_nouns(cases)}


def particle_with_tanwin(form: str, stopword_cases: list, tanwin_cases: list) -> list | None:
    """The noun readings of ``form`` written with tanwin when the particle lists hold its bare
    form only as a particle that never takes tanwin, else None.

    A particle carries no tanwin: ``مهماً`` is the adjective مهم ("important"), not مهما
    ("whatever"); ``كلاً`` كل, ``كماً`` كم ("quantity"), ``أخاً`` أخ, ``همٍّ`` هم ("worry", not
    the pronoun). An adverb the lists hold whole keeps its reading, tanwin and all (``جداً``,
    ``أيضاً``, ``أبداً``, ``غداً``: the lists file them as adverbs of time or of emphasis); so
    does a word with no noun reading of its own stem (``إذاً``, ``أياً``).
    ``stopword_cases``: the particle lists' readings of the bare form that are the whole form;
    ``tanwin_cases``: qalsadi's readings of the form as written."""
    if not stopword_cases or any(
        ("ظرف" in str(getattr(c, "tags", "")) or "توكيد" in str(getattr(c, "tags", "")))
        and str(getattr(c, "type", "")).endswith("اسم")
        for c in stopword_cases
    ):
        return None
    stem = form[:-1] if form.endswith("ا") else form
    own = [
        c
        for c in tanwin_cases
        if str(getattr(c, "type", "")).startswith("Noun")
        and "part" not in str(getattr(c, "type", ""))
        and remove_diacritics(c.lemma or "") == stem
    ]
    return own or None


def nisba_accusative(word: str, lemma: str) -> bool:
    """True when ``word`` (without its proclitics) is ``lemma`` + ـيا and the analysis that gave
    ``lemma`` dropped a nisba's ي: تاريخيا, إعلاميا, تقليديا, هيكليا ("historically",
    "in the media", "traditionally", "structurally") are the accusative of تاريخي, إعلامي,
    تقليدي, هيكلي with the tanwin sign left out, not the nouns تاريخ, إعلام, تقليد, هيكل.

    :func:`nisba_adverb` asks, before any analysis, that the nisba and its feminine each be
    written twice as often as the word; that misses the adverbs news writes most (تاريخيا is
    as frequent as تاريخي). Here the analysis has already read the word as the base noun plus
    ـيا, so less is asked: the feminine (``lemma`` + ية) is written at least half as often as
    the word, and the nisba at all (≥ 1 per 10 million). Names in ـيا whose first letters are a
    noun fail it, their feminine being rare beside them (ماريا, داليا, تركيا: مارية, دالية,
    تركية at most an eighth as often), as do very short stems (three letters at least)."""
    if len(lemma) < 3 or word != lemma + "يا":
        return False
    return _wf(lemma + "ية") >= max(_wf(word) / 2, 1e-7) and _wf(lemma + "ي") >= 1e-7


#: AlKhalil's type of a reading as a proper name
_NAME_KIND = "اسم علم"
#: …and of a verbal noun, and the patterns of the verbal nouns of the derived verbs: إفعال
#: (إيجاد, إيقاف, إخلاء), افتعال and انفعال (ابتعاث, انطلاق), استفعال, تفعيل (تقييس), تفعلة
#: (تهيئة). qalsadi analyses some of them not at all; a name of these patterns is known to it
#: (إحسان, إيمان, ابتسام) and does not come here
_VERBAL_NOUN_KIND = "مصدر أصلي"
_DERIVED_VERBAL_NOUN = re.compile(r"^(?:إ..ا.|ا...ا.|است..ا.|ت..ي.|ت...ة)$")
#: :func:`unknown_word_pos`: how often at least general Arabic (wordfreq) writes a word for
#: AlKhalil's noun reading of it to give its part of speech…
_UNKNOWN_NOUN_IN_USE = 1e-6
#: …how often at least it writes a common noun with the article, as a share of the word alone
#: (الفائز 4.6, الإيراني 3.6, الرئاسة 0.87); family names that are also words take it less
#: (غنيم 0.13, دبل 0.19, عقيل 0.28), as do some verbal nouns (تهيئة 0.37), which stay X…
_NOUN_ARTICLE_SHARE = 0.5
#: …and how often at most it writes a name with it (تشيلسي, مورينيو, حفتر: none; الإنترنت,
#: الكاميرا, النوايا, which AlKhalil lists as names, 11, 1.4 and 0.9)
_NAME_ARTICLE_SHARE = 0.1


def unknown_word_pos(lemma: str, readings: list) -> str | None:
    """The part of speech of a word qalsadi does not analyse, whose lemma the kit took as the
    word without its proclitics, from AlKhalil's readings of it with that same lemma
    (``(lemma, pos, number, score, kind)``, the lemmas in the kit's spelling), or None (X):

    - ``"PROPN"`` when AlKhalil reads it only as a proper name and general Arabic writes it with
      the article less than :data:`_NAME_ARTICLE_SHARE` as often as without: تشيلسي, مورينيو,
      إسطنبول, حفتر;
    - ``"NOUN"`` when AlKhalil reads it only as nouns, none of them a name, and general Arabic
      writes it at least :data:`_UNKNOWN_NOUN_IN_USE` of the time and with the article at least
      :data:`_NOUN_ARTICLE_SHARE` as often as without: الخاص, الإيراني, الرئاسة, الفائز — or
      only as a verbal noun of a derived verb's pattern (:data:`_DERIVED_VERBAL_NOUN`: إيجاد,
      إيقاف, تهيئة), whatever the article;
    - None otherwise: no reading with that lemma, a verb among them (بوش), a name AlKhalil's
      lexicon holds as a noun (تويتر, بحاح: hardly written with the article), a family name
      that is also a word (غنيم, العواجي, السواط). The actor finder takes X for a word that may
      be a name (a family name after a first name), so no word is made a common noun on weak
      evidence.
    """
    own = [a for a in readings if _loose(a[0]) == _loose(lemma)]
    if not own or any(a[1] != "اسم" for a in own):
        return None
    seen = _wf(lemma)
    with_article = _wf("ال" + lemma)
    kinds = {a[4] for a in own}
    if kinds == {_NAME_KIND}:
        return "PROPN" if with_article < _NAME_ARTICLE_SHARE * seen or seen == with_article == 0 else None
    if kinds == {_VERBAL_NOUN_KIND} and _DERIVED_VERBAL_NOUN.match(lemma) and seen >= _UNKNOWN_NOUN_IN_USE:
        # a verbal noun of a derived verb, which news writes in construct more than with the
        # article (إيجاد حل, إيقاف العمل: الإيجاد 0.004 times as often): a noun all the same
        return "NOUN"
    if _NAME_KIND in kinds or seen < _UNKNOWN_NOUN_IN_USE or with_article < _NOUN_ARTICLE_SHARE * seen:
        return None
    return "NOUN"


#: AlKhalil's kinds of an adjective-like noun whose feminine, plural or accusative an unknown
#: word may be (:func:`inflected_unknown`); a noun of its lexicon too for the ة and the alif of
#: the accusative (مؤقتة, مؤقتا: مؤقت), a verbal noun or a nisba for that alif only (تأهيلا,
#: إيقافا; أميركيا)
_INFLECTED_KINDS = frozenset({"اسم فاعل", "اسم مفعول", "صفة مشبهة"})
#: The endings :func:`inflected_unknown` takes off, with the numbers AlKhalil gives the reading
#: (not the dual's ان: names end so, آلمان is no dual of آلم)
_INFLECTED_ENDINGS = (("ة", "مفرد"), ("ين", "جمع"), ("ون", "جمع"), ("ين", "مثنى"))
#: How often at least general Arabic writes a participle of a derived verb (م…) with the article,
#: as a share of the word alone, for it to count as a word in use there (المغطى 0.29, المهيأ
#: 0.16, المبتعث 0.86; names a pattern reads as participles are hardly written with it: مهير
#: 0.12, of مهيرة)
_DERIVED_PARTICIPLE_ARTICLE_SHARE = 0.15


def inflected_unknown(word: str, readings, article: bool = False) -> str | None:
    """The lemma of a word neither analyser's dictionary lists whole that AlKhalil reads as the
    feminine, sound plural or indefinite accusative of a word in use, or None.

    qalsadi lacks the inflected forms of some participles and adjectives (``مؤقتة``, ``مهيأة``,
    ``المعبأة``, ``المبتعثين``, ``الفائزين``, ``مغطاة``) and the accusative alif, written without
    its tanwin sign, of some nouns (``خاصا``, ``مؤقتا``, ``تأهيلا``, ``إيقافا``); the kit kept
    such words whole (X). ``word`` is the word without its proclitics (``article``: they hold
    the article), ``readings`` AlKhalil's ``(lemma, pos, number, score, kind)``. The lemma, of
    four letters or more (a shorter one is a name's as often: ماصة, شامين, ياسة), is the
    reading's word without the ending:

    - ``word`` = lemma + ة, or + ين, ون read as a plural (or ين as a dual), of a participle or
      adjective (:data:`_INFLECTED_KINDS`; for ة also a noun of the lexicon);
    - ``word`` = lemma + ا of the same, of a verbal noun or of a nisba, when the word has no
      article (the accusative's tanwin never follows it: الأكاديميا is academia) and general
      Arabic writes the lemma more often than the word (أفريقيا is Africa, not أفريقي + ا) — of
      three letters too when it is a common word, once in 100,000 (نارا: نار);
    - ``word`` in اة read by AlKhalil as a passive participle of its own (مغطاة): the
      participle in ى (مغطى);

    when general Arabic writes the lemma with the article as a word in use is written
    (:func:`_article_in_use`), or, for a participle of a derived verb (م…), at least
    :data:`_DERIVED_PARTICIPLE_ARTICLE_SHARE` as often as alone and once in ten million words
    either way: names a pattern reads so are not (آرسين, Arsène, is no plural of آرس; مورا,
    بوكا, no accusative of مور, بوك). A verbal noun of a derived verb is written with the
    article less often (الإيجاد): one of :data:`_DERIVED_VERBAL_NOUN`'s patterns needs only to
    be written once in a million words. A defective participle takes its final ي (متقاض →
    متقاضي), as qalsadi cites it.

    >>> inflected_unknown("مؤقتة", [("مؤقت", "اسم", "مفرد", 0.0, "اسم جامد")])
    'مؤقت'
    >>> inflected_unknown("آرسين", [("آرس", "اسم", "جمع", 0.0, "اسم فاعل")]) is None
    True
    """
    found = []
    for lemma, pos, number, _score, *kind in readings:
        kind = kind[0] if kind else None
        if pos != "اسم" or not lemma or len(lemma) < 3:
            continue
        if word.endswith("اة") and lemma == word and kind == "اسم مفعول":
            found.append(word[:-2] + "ى")
        elif word == lemma + "ا":
            accusative = kind in _INFLECTED_KINDS or kind in (_LEXICAL, _VERBAL_NOUN_KIND, "نسبة")
            if (
                accusative
                and not article
                and (len(lemma) > 3 or _wf(lemma) >= 1e-5)
                and _wf(word) < _wf(lemma)
            ):
                found.append(lemma)
        elif kind in _INFLECTED_KINDS or kind == _LEXICAL and word == lemma + "ة":
            if any(word == lemma + end and (number or "مفرد") == num for end, num in _INFLECTED_ENDINGS):
                own = lemma + "ي" if any(a[0] == lemma + "ى" for a in readings) else lemma
                if len(own) > 3:
                    found.append(own)
    for lemma in dict.fromkeys(found):
        alone, with_article = _wf(lemma), _wf("ال" + lemma)
        if _article_in_use(lemma) and (alone >= 1e-6 or not word.endswith("ا")):
            return lemma
        if lemma.startswith("م") and len(lemma) >= 4 and max(alone, with_article) >= 1e-7:
            if with_article >= _DERIVED_PARTICIPLE_ARTICLE_SHARE * alone:
                return lemma
        if word == lemma + "ا" and _DERIVED_VERBAL_NOUN.match(lemma) and alone >= _UNKNOWN_NOUN_IN_USE:
            return lemma
    return None


def name_in_ya(word: str, lemma: str) -> bool:
    """True when ``word`` (without its proclitics) is ``lemma`` + ـيا and is a name, not an
    adverb of a nisba: ماريا, داليا, غارسيا, داريا, جوليا read by the analysis as a noun (مار,
    دال, غارس, دار, جول) + ـيا. Checked after :func:`nisba_accusative` said no.

    A nisba adverb (ظاهريا, قسريا) comes with its adjective, and general Arabic writes the
    adjective with the article (الظاهري, الظاهرية; القسري) about as often as the adverb or more;
    a name has no such adjective (الماري, الغارسية are all but unwritten). So: the word is
    written at least once per 10 million words, and five times as often as the more frequent of
    ال + ``lemma`` + ي and ال + ``lemma`` + ية (داليا 4.7 per million against الدالي's 0.6;
    ظاهريا 3.7 against الظاهري's 3.9 is no name)."""
    if len(lemma) < 2 or word != lemma + "يا":
        return False
    seen = _wf(word)
    return seen >= 1e-7 and 5 * max(_wf("ال" + lemma + "ي"), _wf("ال" + lemma + "ية")) <= seen


#: qalsadi's kinds of a noun reading (the second field of its type, ``Noun:noun``) that come
#: from its word lists, not from a pattern: a plain noun or a verb's noun of its general list,
#: a name, and the particles and adverbs (كيف, كلا, لا). A word of these kinds takes no sound
#: plural of its own, and a dual of it that general Arabic never writes with the article is more
#: likely a name (see :func:`name_in_sound_ending`)
# (one line, as the shipped table's rules were fingerprinted: the trailing comma the formatter
# would add changes the lemmatizer's version and so retires the table)
# fmt: off
_LISTED_NOUN_KINDS = frozenset(
    {"noun", "verb", "noun_prop", "adv_interrog", "adv_rel", "noun_quant", "interj", "part_neg", "verb_pseudo"}
)
# fmt: on
#: How rarely general Arabic may write a word in ـون/ـين/ـان with the article, relative to the
#: word, for the word to be a name rather than a plural or dual: a hundredth. Measured on the
#: 7,775 forms of the shipped table without a clitic read as a sound plural or dual of their
#: lemma: 574 of them (902 rows with the clitic forms) have a lemma of a listed kind
#: (:data:`_LISTED_NOUN_KINDS`) and are written with the article less often than this. Most
#: are names (كيفين, ماريون, جاسون, شانون, كلاين), but among the rarest (under 1 per 10 million
#: words, where wordfreq's floor of 1 per 100 million leaves the article's share untested) are
#: duals of units and nouns (هكتارين, كيلومتران, جرامين, تقييمين): :func:`name_in_sound_ending`
#: asks for 1 per 10 million, which keeps 103 of the 574 (293 rows of the table change, 104
#: without a clitic), three of them colloquial participles (عايشين, حاطين, مشان)
_SOUND_ENDING_NAME_SHARE = 0.01


def name_in_sound_ending(word: str, lemma: str, cases: list, readings: list) -> bool:
    """True when ``word`` (without its proclitics) is read as ``lemma`` + the ending of a sound
    plural or a dual (ـون, ـين, ـان) and is a name: كيفين, جاسون, شانون, كلاين read as the
    plural or dual of كيف ("how"), جاس, شان, كلا. Checked after :func:`name_in_ya`. A name
    read as the dual of a verbal noun (نولان, نول) is not taken: such duals are words as often
    (تفسيران, اختياران).

    A sound plural is a participle's or an adjective's (مسلمون, لاعبين, جاهزون), and qalsadi
    types such readings by their pattern (فاعل, مفعول, صفة مشبهة); a noun it holds only in its
    word lists (:data:`_LISTED_NOUN_KINDS`) is a plain noun, a particle or a name. And a plural
    or dual in use is written with the article too (المسلمون, الطرفين), which a name is not
    (الجاسون, الكلاين are unwritten). So: every noun reading of ``lemma`` among ``cases`` is of a
    listed kind, general Arabic writes the word at least once per 10 million words (as
    :func:`name_in_ya` asks) and with the article less than :data:`_SOUND_ENDING_NAME_SHARE` as
    often — unless AlKhalil's lexicon (``readings``, the tuples of
    :meth:`~discourse.text.lemmatize.Lemmatizer._alkhalil`) attests the dual or plural of
    ``lemma`` with a score above 0 (جنيهين, two pounds; دبلومين)."""
    if len(lemma) < 2 or word[:-2] != lemma or word[-2:] not in ("ون", "ين", "ان"):
        return False
    kinds = {
        str(getattr(c, "type", "")).split(":")[1]
        for c in cases
        if str(getattr(c, "type", "")).startswith("Noun:") and remove_diacritics(c.lemma or "") == lemma
    }
    if not kinds or not kinds <= _LISTED_NOUN_KINDS:
        return False
    seen = _wf(word)
    if seen < 1e-7 or _wf("ال" + word) >= _SOUND_ENDING_NAME_SHARE * seen:
        return False
    return not any(a[0] == lemma and a[1] == "اسم" and a[2] in ("مثنى", "جمع") and a[3] > 0 for a in readings)


def construct_plural(word: str, cases: list) -> str | None:
    """The singular of ``word`` when the nisba ``word`` (مديري, معارضي, معلمي) is a sound plural
    in construct: مديري المدارس, معارضي النظام ("the directors of", "the opponents of"), the
    genitive of مديرون/مديرين before the noun that follows; else None.

    Only when the analysis offers the participle without its ـي (a noun of an agent or patient:
    مدير, معارض) and general Arabic writes that participle's sound plural (``X``ين at least
    5 per 10 million, ten times as often as the nisba's plural ``X``يين, and ``X``ون at least
    1 per 10 million): مدنيين, محليين, مسيحيين are written far more often than مدنين, محلين,
    مسيحين, so مدني, محلي, مسيحي stay the nisba; and not when the word is written over ten times
    as often as that plural, as a name is (ماري, Marie: مارين is rarer)."""
    if len(word) < 4 or not word.endswith("ي"):
        return None
    stem = word[:-1]
    if not any(
        remove_diacritics(c.lemma or "") == stem
        and any(t in str(c.type) for t in ("فاعل", "مفعول", "مبالغة"))
        for c in cases
    ):
        return None
    plural = _wf(stem + "ين")
    if (
        plural >= max(10 * _wf(stem + "يين"), 5e-7)
        and _wf(stem + "ون") >= 1e-7
        and _wf(word) <= 10 * plural  # (a name: ماري, Marie, is no plural of مارّ)
    ):
        return stem
    return None
