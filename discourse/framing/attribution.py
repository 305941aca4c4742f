"""Who speaks: statements, their speakers, and what is said — as Arabic news writes them.

The work is done in four small steps, each with its own tests:

1. :func:`find_quotations` — quotations in “…”, «…» or "…" (marks included, within a line);
2. :func:`find_reporting_cues` — reporting verbs in any tense with their clitics (وقال, ليؤكد,
   أكدت), continuation participles (مضيفا, مشيرة إلى), and source markers (بحسب, وفقا لـ,
   نقلا عن); not negated verbs (لم يعلن), not expectations or the journalist's background
   (من المتوقع أن يعلن, يذكر أن), and a form that is also a noun (رفض, وصف) only where it is a verb;
3. :func:`resolve_speaker` — the subject after the verb (``وقال وزير الخارجية الإيراني محمد
   جواد ظريف إن …``), before it (``ترامب قال``), after ``عن`` (``نقل البيان عن الكاظمي``) or after a
   source marker; an unnamed source (``مصادر مطلعة``, ``دبلوماسي أميركي``) is kept as one, and
   ``الدبلوماسي`` later in the article is that same source; a subject the gazetteer does not
   know is still the subject (``وقال المبتعثون إنهم``, ``وقال الاقتصادي عبدالمنعم الشنقيطي إن``,
   ``وأعلن القصبي أن`` after ``ناصر القصبي``, ``وأوضح وزير التخطيط أن`` after the minister was
   named), also after an object (``أوضح ذلك لـ«عكاظ» المتحدث …``); with no subject (``وأضاف أن``,
   ``مضيفا``, ``وقال سموه``, an object such as ``وأكد أهمية``), the last speaker of the article;
4. :func:`statement_span` — what is said: the quotation that follows, or the clause from after
   the speaker (``إن …``, ``أن …``) to the end of the sentence or to the next statement; before a
   source marker that is not at the start of its sentence, the clause before it.

Every statement has one speaker: an actor id (a state, a person, a role on a date), an unnamed
source (``unnamed:مصادر مطلعة``), or none (``speaker_kind="unresolved"``), never a fragment of
text. A quotation no reporting cue claims (a title, the name of a law) is kept with
``attributed=False``. The lexicon is ``data/lexicons/speech.yaml``. Linear in the corpus: each
document is read once, cue by cue.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import LexiconError, names_the_document, reading_document
from ..text.normalize import loose
from .actors import (
    _AL,
    _NAME_SECONDS,
    _QUALIFIERS,
    _SPOKESPERSON,
    _STOP,
    DocWords,
    Gazetteer,
    _adverbial_before_preposition,
    _city_words,
    _compound_given,
    _name_like_at,
    _preposition_rest,
    _without_article,
    actor_mentions,
    load_actors,
    name_words,
    phrase_index,
)

__all__ = [
    "attributions",
    "speaker_summary",
    "find_quotations",
    "find_reporting_cues",
    "resolve_speaker",
    "statement_span",
    "load_speech",
    "STATEMENT_COLUMNS",
]

STATEMENT_COLUMNS = [
    "doc_id",
    "para_id",
    "sent_id",
    "speaker",
    "speaker_name",
    "speaker_label",
    "speaker_type",
    "speaker_kind",
    "speaker_text",
    "speaker_start",
    "speaker_end",
    "verb",
    "direct",
    "attributed",
    "statement",
    "n_words",
    "start",
    "end",
    "verb_start",
]
_QUOTE_RE = re.compile(r"“[^”\n]*”|«[^»\n]*»|\"[^\"\n]*\"")
_SKIP = {
    loose(w)
    for w in (
        "اليوم أمس الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة "
        "السبت مساء صباح أيضا كذلك بدوره بدورها الماضي"
    ).split()
}
#: إن/أن and بأن, alone or with a third person's pronoun on them (إنهم after a plural subject:
#: وقال مشرعون إنهم …). Not إننا, أني: "we", "I" are as often inside what is said (وقالت
#: نبيلة: وجودي … جعلني أشعر أني …) as where it starts.
_COMPLEMENTIZERS_STRICT = {
    loose(c + p) for c in ("إن", "أن", "بأن") for p in ("", "ه", "ها", "هم", "هما", "هن")
}
_AUX = {loose(w) for w in "كان كانت كانوا قد وقد ثم".split()}


def _that(d: DocWords, x: int) -> bool:
    """The word at ``x`` is إن/أن (:data:`_COMPLEMENTIZERS_STRICT`), with و/ف before it, not
    ل: لأن, لأنهم "because" opens a reason, not what is said; nor ك: وكان is "and was" (or
    وكأن, "as if"), not و + ك + أن."""
    return bool(d.var[x] & _COMPLEMENTIZERS_STRICT) and not d.loose[x].startswith(
        ("لان", "ولان", "فلان", "كان", "وكان", "فكان")
    )


_FA_INNA = {loose(w) for w in "فإن فإنه فإنها فإنهم".split()}
#: Reporting verbs with an everyday sense whose said clause may come after a subject in
#: apposition (وأضاف دانيال كوهين، أستاذ الاقتصاد، أن …); not عبر "via", كتب, رأى, ربط.
_APPOSITION_VERBS = {"أضاف", "ذكر", "تابع"}
#: Words before أن that make a time or purpose clause, not a said clause (بعد أن, قبل أن).
_DHAKAR = loose("ذكر")
_OR_FEMALE = {loose(w) for w in "أو وأنثى أم".split()}
#: Verbs of speech whose content is a phrase with عن (expressed, spoke about).
_SAID_ABOUT = {"عبر", "تحدث"}
_KAYFA = loose("كيف")
_TIME_PREPS = {loose(w) for w in "بعد قبل منذ حتى دون وبعد وقبل لحين".split()}
_LEADS = ("", "إن", "أن", "بأن", ":")
_LEADS_COLON = (":", "إن:", "قائلا:", "قائلا", "")
#: Words between a speaker and a quotation that are no object of the verb: إن/أن (أنه, إلى أن),
#: a preposition (في بيان, عبر, لـ, بـ), قائلا/بالقول — the quotation alone is what is said.
_NOT_AN_OBJECT = re.compile(
    r"(?:[وف]?(?:[إأا]ن(?:ه|ها|هم|هما|نا|ني)?|بأن(?:ه|ها|هم)?|[إا]لى|في|على|عن|من|مع|عبر|خلال|أمام|لدى|حسب|بحسب|وفق|قائل|بالقول|بقول"
    r"|كما|حيث|بعد|قبل|ل|ب))(?:\b|[^\w]|$)|[لب]ـ|[لبك]ال|ل[^ا]"
)


def find_quotations(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every quotation in “…”, «…» or "…" (marks included), within a line.

    >>> find_quotations('قال: «نعم» و"لا"')
    [(5, 10), (12, 16)]
    """
    return [m.span() for m in _QUOTE_RE.finditer(text)]


@lru_cache(maxsize=4)
def load_speech(path: str | None = None) -> dict:
    """The speech lexicon (default ``data/lexicons/speech.yaml``), as loose word sets."""
    from .lexicon import load_yaml, require_list

    path = Path(path) if path else config.lexicon_path("speech")
    data = load_yaml(path)
    for key in (
        "verbs",
        "needs_clause",
        "continuation",
        "according",
        "complementizers",
        "not_speech",
        "negation",
    ):
        if key in data and key != "verbs":
            require_list(data[key], path, f"the '{key}:' list", of="words")
    if not isinstance(data.get("verbs"), dict) or not data["verbs"]:
        raise LexiconError(f"{path}: needs a 'verbs:' mapping (lemma: [forms…]).")
    verbs = {}
    for lemma, forms in (data.get("verbs") or {}).items():
        for f in forms:
            verbs[loose(f)] = str(lemma)

    def phrases(key):
        return [tuple(loose(w) for w in str(p).split()) for p in data.get(key, [])]

    return {
        "verbs": verbs,
        "needs_clause": set(data.get("needs_clause", [])),
        "continuation": {loose(w) for w in data.get("continuation", [])},
        "according": phrase_index(phrases("according")),
        "complementizers": {loose(w) for w in data.get("complementizers", []) if " " not in str(w)},
        "not_speech": phrases("not_speech"),
        "negation": {loose(w) for w in data.get("negation", [])},
    }


@lru_cache(maxsize=1)
def _source_index() -> dict:
    return phrase_index(name_words()["source_heads"])


@dataclass
class ReportingCue:
    """One reporting cue: token rows ``first``…``last`` of its document, its ``kind``
    (``verb``, ``continuation``, ``according``) and the verb's lemma (or the marker)."""

    first: int
    last: int
    kind: str
    word: str


def _verb_variants(d: DocWords, i: int) -> set[str]:
    """Forms of token ``i`` with و/ف and the ل of purpose taken off (ليؤكد → يؤكد); never
    ب or ك, which a verb does not take (كيري is not ك + يرى), nor و/ف that the lemmatizer read as
    the first letter of a noun (فدان)."""
    w = d.loose[i]
    out = {w}
    if len(w) > 3 and w[0] in "وف" and not _own_first_letter_read(d, i):
        w = w[1:]
        out.add(w)
    if len(w) > 3 and w[0] == "ل" and w[1] == "ي":  # ليؤكد, not لتوقع (ل + a noun)
        out.add(w[1:])
    return out


def _own_first_letter_read(d: DocWords, i: int) -> bool:
    """Whether the lemmatizer read token ``i`` as a noun whose first letter is its own, with no
    proclitic (فدان, "acre": not ف + دان "condemned")."""
    procl, lemma = d.column("proclitic"), d.column("lemma")
    return "proclitic" in d.t and not procl[i] and d.pos[i] != "VERB" and loose(lemma[i]) == d.loose[i]


def find_reporting_cues(
    d: DocWords, lex: dict, quotes: list[tuple[int, int]] | None = None, mention_at: dict | None = None
) -> list[ReportingCue]:
    """The reporting cues of one document (see the module docstring), in order."""
    starts = d.t["start"].to_numpy()
    inside = np.zeros(d.n, bool)
    for qs, qe in quotes or []:
        inside |= (starts >= qs) & (starts < qe)
    mention_at = mention_at or {}
    # words inside a person's name are no cue (الدكتور محمود عزت: عزت "attributed" is his name)
    in_name = np.zeros(d.n, bool)
    for first, m in mention_at.items():
        if first != "ends" and m[4] == "person" and m[1] > first:
            in_name[first + 1 : m[1] + 1] = True
    out: list[ReportingCue] = []
    i = 0
    while i < d.n:
        if d.punct[i] or inside[i] or in_name[i]:
            i += 1
            continue
        best = None
        for v in d.var[i]:
            for p in lex["according"].get(v, ()):
                j = d.phrase_at(i, p)
                if j is not None and (best is None or j > best[0]):
                    best = (j, p)
        if best is not None and best[1][0] == _JAA and i > 0 and d.loose[i - 1] in _WHAT:
            best = None  # نقلت وسائل الإعلام ما جاء في بيان السفارة: the object of the verb before
        if best is not None:
            out.append(ReportingCue(i, best[0], "according", " ".join(best[1])))
            i = best[0] + 1
            continue
        forms = _verb_variants(d, i)
        if (
            forms & lex["continuation"]
            and not (forms & _NOUN_PARTICIPLES and not _said_next(d, i, lex))
            and not (_pronoun_suffix(d, i) and not _clause_next(d, i, lex))
            # (زيارة غير معلنة, "an unannounced visit": an adjective, negated, not a speaker going on)
            and not (i > 0 and d.same_sentence(i - 1, i) and d.loose[i - 1] in lex["negation"])
            and not _tight_adjective(d, i, mention_at)
            # (بصورة لافتة, بشكل لافت: "strikingly", an adjective of manner)
            and not (i > 0 and d.same_sentence(i - 1, i) and d.loose[i - 1] in _IN_A_MANNER)
        ):
            out.append(ReportingCue(i, i, "continuation", min(forms & lex["continuation"], key=len)))
            i += 1
            continue
        verb = next((lex["verbs"][f] for f in forms if f in lex["verbs"]), None)
        if verb is not None and _is_speech(d, i, lex, mention_at):
            out.append(ReportingCue(i, i, "verb", verb))
        i += 1
    return out


#: Continuation participles that are also common nouns (متابعة "follow-up", مطالبة "demand",
#: داعية "preacher"): a cue only after a comma or a clause's start and before a said clause.
_NOUN_PARTICIPLES = {loose(w) for w in "متابعة مطالبة داعية ومتابعة ومطالبة".split()}
_FOLLOW = {loose("متابعة")}


#: "Stressing" (مشددا على أن …) is as often "strict, tight" after a noun.
_TIGHT = {loose(w) for w in "مشدد مشددة مشددا مشددين".split()}


#: "In a … way" (بصورة, بشكل, بطريقة): a participle after them is its adjective (بصورة لافتة).
_IN_A_MANNER = {loose(w) for w in "بصورة بشكل بطريقة بدرجة".split()}


def _tight_adjective(d: DocWords, i: int, mention_at: dict) -> bool:
    """مشددة at ``i`` qualifies the indefinite noun or adjective before it — إجراءات أمنية مشددة
    على مداخل الحي, قيودا مشددة على سحب الأموال, رقابة مشددة من الشرطة: 11 of the statements of
    three unseen days (2015-08-01, 08-08, 08-09) — when what is stressed does not follow it
    (على أن, على ضرورة, أن …: مستقر مشددا على أن … goes on with a speaker)."""
    if d.loose[i] not in _TIGHT or i == 0 or not d.same_sentence(i - 1, i) or d.punct[i - 1]:
        return False
    prev = d.loose[i - 1]
    if prev.startswith("ال") or d.pos[i - 1] not in ("NOUN", "ADJ") or i - 1 in mention_at.get("ends", ()):
        return False
    for x in range(i + 1, min(i + 3, d.n)):
        if not d.same_sentence(i, x) or d.punct[x]:
            break
        if _that(d, x) or d.loose[x] in _SAID_OBJECTS:
            return False
    return True


def _pronoun_suffix(d: DocWords, i: int) -> bool:
    """The word ends in ه, not ة, as written: مضيفه is "his host", مضيفة "adding" (she)."""
    w = str(d.t["norm"].iat[i])
    return w.endswith("ه") and not w.endswith("ة")


def _clause_next(d: DocWords, i: int, lex: dict) -> bool:
    """إن/أن/إلى, a colon or a quotation mark right after the word: what is said follows (a
    participle typed with ه for ة, مشيره إلى أن, still reports)."""
    nxt = i + 1
    return (
        nxt < d.n
        and d.sent[nxt] == d.sent[i]
        and bool(d.var[nxt] & lex["complementizers"] or d.loose[nxt] in (":", "«", "“", '"'))
    )


def _said_next(d: DocWords, i: int, lex: dict) -> bool:
    """After a comma (or first in its clause) and followed by إن/أن/إلى, a colon or a quotation
    mark: ، متابعة: «…» is a continuation; وإشراف ومتابعة, بضرورة متابعة أطفالهم are nouns."""
    after_comma = (i == 0 or d.sent[i - 1] != d.sent[i] or d.punct[i - 1]) and d.loose[i][:1] != "و"
    if not after_comma:
        return False
    if d.loose[i] not in _FOLLOW:
        return True  # ، مطالبة الجهات المعنية بالدعم
    return _clause_next(d, i, lex)  # متابعة "following (the words)": only before what is said


#: "For his part" before a verb without a comma (من جهته قال, ومن جانبها أكدت, بدوره أوضح): the
#: verb opens its clause, however long its subject (… قال المسؤول الإعلامي في سفارة روسيا في مالي
#: فيكتور غوريلوف …)
_TURN_OPENERS = {
    loose(a + b) for a in ("جهت", "جانب", "بدور", "وبدور") for b in ("ه", "ها", "هم", "هما", "هن")
}
_MIN = {loose("من"), loose("ومن")}


def _after_turn_opener(d: DocWords, i: int, comma: bool = False) -> bool:
    """Word ``i`` comes right after من جهته, ومن جانبها, بدوره (with ``comma``, also after one
    and a comma: من جهته، قال)."""
    if comma and i > 1 and d.punct[i - 1] and d.loose[i - 1] in ("،", ","):
        i -= 1
    if i < 1 or d.sent[i - 1] != d.sent[i] or d.loose[i - 1] not in _TURN_OPENERS:
        return False
    return d.loose[i - 1].startswith(("بدور", "وبدور")) or (i >= 2 and d.loose[i - 2] in _MIN)


#: "between" (with a pronoun) before و + بين in a sentence: the preposition again, not "explained"
_BAYN = {loose(w) for w in "بين بينه بينها بينهم بينهما بيننا بينكم بينهن".split()}
_WA_BAYN = {loose("وبين"), loose("فبين")}


#: Verbs of saying that are never anything else (no noun or other verb is written the same).
_QUOTING_VERBS = {"قال", "أكد", "أضاف", "أوضح", "صرح", "شدد", "تساءل", "أجاب"}


def _is_speech(d: DocWords, i: int, lex: dict, mention_at: dict) -> bool:
    """A reporting verb at ``i`` reports speech: not negated, not in an expectation frame, and
    a verb here (و/ف before it, first in its clause, or followed by its subject or إن/أن)."""
    if i > 0 and d.sent[i - 1] == d.sent[i] and not d.punct[i - 1] and d.loose[i - 1] in lex["negation"]:
        return False
    for p in lex["not_speech"]:
        # the verb inside the frame (ويتوقع أن, من المتوقع أن يعلن: the frame ends just before it)
        for a in range(max(0, i - len(p)), i + 1):
            if d.phrase_at(a, p) is not None:
                return False
    w = d.loose[i]
    if w == _DHAKAR and i + 1 < d.n and d.loose[i + 1] in _OR_FEMALE:
        return False  # كل مواطن (ذكر أو أنثى): "male", not "mentioned"
    if _verb_variants(d, i) & _THREATENED and not _threat_made(d, i):
        return False  # يهدد الأمن, تهدد حياتهم: "endangers"; هدد بمقاضاة …: threatened to
    if (
        _verb_variants(d, i) & _DESCRIBED
        and i + 1 < d.n
        and d.same_sentence(i, i + 1)
        and (d.loose[i + 1].startswith("بال") or d.loose[i + 1] in ("ب", "بـ"))
    ):
        return False  # مواجهات وصفت بالعنيفة, وصف بـ"الهزيل": "was described as", no one speaks
    if _verb_variants(d, i) & {"عبر"} and not any(
        d.loose[x] == "عن" for x in range(i + 1, min(i + 15, d.n)) if d.sent[x] == d.sent[i]
    ):
        # عبر شاشة MBC, وقال … عبر حسابه: "via"; the verb is عبّر … عن (expressed), its subject
        # between (عبّر مسافر آخر كان قادماً من الرياض إلى الطائف عن استيائه)
        return False
    if _declined(d, i):
        return False  # ورفض المسؤول الحديث عن إفلاس الشركة: declined to say anything
    if w in _WA_BAYN and any(d.loose[x] in _BAYN for x in range(i - 1, -1, -1) if d.sent[x] == d.sent[i]):
        # بين أن تخضع … وبين أن تنحاز, الفرق بينهم وبين …: "between … and between", not "and
        # he explained"
        return False
    clause_start = i == 0 or d.sent[i - 1] != d.sent[i] or d.punct[i - 1] or _after_turn_opener(d, i)
    prefixed = w[:1] in "وفل" and len(d.var[i]) > 1
    nxt = i + 1
    followed = (
        nxt < d.n
        and d.sent[nxt] == d.sent[i]
        and (
            nxt in mention_at
            or d.var[nxt] & lex["complementizers"]
            or d.loose[nxt] in _SKIP
            or (d.punct[nxt] and d.loose[nxt] in (":",))
        )
    )
    k = i - 1
    while k >= 0 and d.sent[k] == d.sent[i] and d.var[k] & _AUX:
        k -= 1  # الجبير كان ندد, ترامب قد قال
    preceded = k >= 0 and k in mention_at.get("ends", set())
    if not preceded and _after_kana_qad(d, i):
        preceded = True  # وكانت اللجنة الفنية بالنادي قد أشادت: the verb after كان X قد
    # (…or, tagged a verb, by a short subject and إن/أن in its clause: وفي بيان صدر في غزة قال
    # المسؤول بحماس إن …, the subject no actor the search knows)
    # (…or, for a verb that is only ever "said", by a quotation or a colon, right after it or
    # after such a subject: وعن راموس قال «راموس لاعب فريقنا …», وبلغة أكثر حسما أكد بينيتيز
    # «أجل، …», وحول إقامة كأس السوبر قال الرئيس العام: إن … — a quotation of four words or
    # more, not a name in quotes; not نقل, اعتبر, اقترح, كتب: نقل خبرة المتقدم لسببين:)
    subject_clause = False
    quoting = any(lex["verbs"].get(v) in _QUOTING_VERBS for v in _verb_variants(d, i))
    if d.pos[i] == "VERB" and not (i > 0 and d.loose[i - 1] in _RELATIVE):
        for x in range(i + 1, min(i + 7, d.n)):
            if d.sent[x] != d.sent[i]:
                break
            colon = x > i + 1 and d.loose[x] == ":" and x + 1 < d.n and d.same_sentence(x, x + 1)
            quote = _quote_said(d, x, lex) and not any(
                d.loose[y] in _OPENING_QUOTES + _CLOSING_QUOTES for y in range(i + 1, x)
            )  # (not the closing mark of a quoted name: أن يقول “الدولة الإسلامية”.)
            if quoting and (quote or colon):
                subject_clause = True
                break
            if x == i + 1:
                if d.loose[x] in (")", "»", "”"):
                    break  # «…» (كما كان يقول) حتى …: the verb closes an aside
                continue  # (a subject's first word, or a comma or a bracket: قال (دعوها أنها منتنة))
            if d.punct[x]:
                break
            if _that(d, x):
                subject_clause = d.loose[x - 1] not in _TIME_PREPS
                break
    if (
        lex["verbs"].get(w) in lex["needs_clause"]
        or any(lex["verbs"].get(v) in lex["needs_clause"] for v in _verb_variants(d, i))
        or _verb_variants(d, i) & _IS_CONSIDERED
    ):
        # أضاف "add", ذكر "mention": speech only when a clause, a quotation or a colon follows;
        # for أضاف/ذكر/تابع it may follow a subject in apposition, between commas
        lemmas = {lex["verbs"].get(v) for v in _verb_variants(d, i)}
        apposition = bool(lemmas & _APPOSITION_VERBS)
        about = bool(lemmas & _SAID_ABOUT)
        how = "روى" in lemmas
        conveyed = "نقل" in lemmas
        added = "زاد" in lemmas  # (وزاد: «…» — "added" only before a colon or a long quotation)
        found = False
        for x in range(i + 1, min(i + 25, d.n)):
            if d.sent[x] != d.sent[i]:
                break
            if added:
                if x - i > 4 or d.punct[x] and d.loose[x] not in (":",) + _OPENING_QUOTES:
                    break
                if d.loose[x] == ":" or (d.loose[x] in _OPENING_QUOTES and _closing_quote(d, x, 5) is None):
                    found = True
                    break
                continue
            if conveyed and x - i <= 6 and d.loose[x] in _CONVEYED:
                # ونقل سموه تعازي ومواساة خادم الحرمين …: condolences he conveyed (not نقل
                # التعازي نيابة عن …, whose عن the search would read as the source relayed)
                # — and its subject a pronoun, an honorific's (سموه) or an actor the search knows:
                # ونقل مفتي الجمهورية اللبنانية تعازي … لخادم الحرمين would go to the addressee
                found = (
                    x == i + 1
                    or i + 1 in mention_at
                    or i + 2 in mention_at
                    or d.loose[i + 1] in _HONOURED
                    or d.loose[i + 1] in _DOCUMENT_WORDS  # ونقل البيان تعازي إسبانيا
                ) and not any(
                    d.loose[y] in _ON_BEHALF for y in range(x + 1, min(x + 6, d.n)) if d.sent[y] == d.sent[i]
                )
                break
            if (about and d.loose[x] == "عن") or (how and d.loose[x] == _KAYFA):
                # وعبر مسافر آخر كان قادما من الرياض عن استيائه, تحدث الخبراء عن …; وروى شقيقه
                # كيف قتل …
                found = True
                break
            if _that(d, x) or (d.loose[x] in (":", "«", "“", '"') and not _number_quoted(d, x)):
                # not بعد أن, قبل أن, منذ أن … (أضاف هدفا ثانيا، بعد أن …: "added")
                found = not (x > 0 and d.loose[x - 1] in _TIME_PREPS)
                break
            if d.loose[x] in ("،", ",") and x + 1 < d.n and d.same_sentence(x, x + 1) and _that(d, x + 1):
                # ونقلت وكالة رويترز عن شهود عيان في مناطق حدودية، أن …: a comma before أن/إن
                # (as many papers write it) does not end the verb's clause
                found = True
                break
            if d.punct[x] and not (apposition and d.loose[x] in ("،", ",", "(", ")", "-", "–")):
                break  # the clause ended without a said clause (commas of an apposition do not:
                # وأضاف دانيال كوهين، أستاذ الاقتصاد، أن …)
        if not found:
            return False
    # (or after وقد/لقد, or a phrase that moves on to another matter: وقد أعرب ولد الشيخ عن …,
    # ، في سياق آخر أعلن; not after قد alone, whose subject stands before it: وكانت "الاقتصادية"
    # قد كشفت الثغرة is a verb of speech only by the rules above)
    s = None if clause_start or prefixed else _statement_opener(d, i)
    opener = s is not None and (s < i - 1 or d.loose[s] != "قد")
    return clause_start or prefixed or followed or preceded or subject_clause or opener


_KANA = {"كان", "كانت", "كانوا"}


def _after_kana_qad(d: DocWords, i: int) -> bool:
    """Whether the word at ``i`` follows قد in كان X قد …, the pluperfect of news background
    (وكان الوزير قد أكد, وكانت اللجنة الفنية بالنادي البترولي قد أشادت): a verb, whose subject
    is X, with up to eight words between كان and قد and no punctuation but quotation marks."""
    if i < 3 or d.loose[i - 1] != "قد" or not d.same_sentence(i - 1, i):
        return False
    for k in range(i - 2, max(-1, i - 11), -1):
        if not d.same_sentence(k, i) or (d.punct[k] and d.loose[k] not in _OPENING_QUOTES + _CLOSING_QUOTES):
            return False
        if d.var[k] & _KANA:
            return k < i - 2
    return False


def _number_quoted(d: DocWords, x: int) -> bool:
    """Whether the quotation mark at ``x`` opens a number alone (البطولة العربية الـ «13»): no
    quotation of what was said."""
    return (
        x + 2 < d.n
        and d.loose[x] in _OPENING_QUOTES
        and str(d.t["token"].iat[x + 1]).isdigit()
        and d.loose[x + 2] in _CLOSING_QUOTES
    )


def _without_conjunction(w: str) -> str:
    """A written cue without the و/ف attached to it (وأضافوا → أضافوا)."""
    return w[1:] if w[:1] in "وف" and len(w) > 4 else w


def _plural_cue(w: str) -> bool:
    """A reporting verb or participle in the masculine plural, as written (loose form):
    قالوا/وأضافوا, يقولون, مشيرين/مؤكدين (a participle in ـين is plural or dual)."""
    w = _without_conjunction(w)
    return len(w) >= 4 and (
        w.endswith("وا") or (w.endswith("ون") and w[:1] in "يت") or (w.endswith("ين") and len(w) >= 5)
    )


def _object_not_subject(d: DocWords, k: int, m: tuple, cue: ReportingCue, lex: dict) -> bool:
    """A body the gazetteer knows right after a verb whose first noun is often its object, which
    disagrees with the verb in gender: its object (ودعت المجتمع الدولي إلى …, ودعا الحكومة …), not
    its subject. States take a feminine verb and are left alone (دعت إيران), as are persons."""
    if cue.kind != "verb" or loose(cue.word) not in _OBJECT_FIRST or m[4] not in ("organisation", "group"):
        return False
    if not d.article(k) or _plural_cue(d.loose[cue.first]):
        return False
    # (a name is feminine by any of its words: الأمم المتحدة, broken plural and its adjective)
    feminine = any(d.loose[x].endswith(("ه", "ات")) for x in range(m[0], m[1] + 1))
    return _feminine_verb(d, cue, lex) != feminine


def _after_preposition(d: DocWords, x: int) -> bool:
    """Whether the mention at ``x`` follows a preposition standing alone with at most two nouns
    between (تطرق إلى موضوع الحارس عساف القرني): named in what is talked about, not the one who
    talks."""
    for s in range(x - 1, max(-1, x - 4), -1):
        if d.sent[s] != d.sent[x] or d.punct[s]:
            return False
        if d.loose[s] in _STOP:
            return True
        if d.pos[s] not in ("NOUN", "ADJ"):
            return False
    return False


def _opening_subject(d: DocWords, x: int) -> bool:
    """Whether the mention at ``x`` is the subject of the verb that opens its sentence: the
    sentence's first word a verb (or a word without the article the analysers read as a noun:
    صادق "confirmed", also "truthful"), then at most three words of a title or office, no
    punctuation (صادق رئيس الوحدة هشام مرسي …)."""
    s = x
    while s > 0 and d.sent[s - 1] == d.sent[x]:
        s -= 1
    return (
        (d.pos[s] == "VERB" or (d.pos[s] == "NOUN" and not d.article(s)))
        and 0 < x - s <= 4
        and not any(d.punct[y] for y in range(s, x))
        and all(d.pos[y] in ("NOUN", "ADJ") for y in range(s + 1, x))
    )


def _after_verb(d: DocWords, x: int) -> bool:
    """Whether the word before ``x``, in its sentence, is a verb (the mention at ``x`` is its
    subject)."""
    return x > 0 and d.sent[x - 1] == d.sent[x] and d.pos[x - 1] == "VERB"


def _agrees_with_verb(d: DocWords, k: int, cue: ReportingCue, lex: dict) -> bool:
    """Whether the definite noun ``k`` after a verb agrees with it in gender as its subject would:
    a feminine noun (ـة) or plural in ـات after a feminine verb (ونفت الحكومة, وحذرت السلطات), a
    masculine one after a masculine verb (وأعلن الجيش). A masculine verb before a feminine noun
    (ودعا الحكومة إلى …) makes the noun its object."""
    if cue.kind != "verb" or _plural_cue(d.loose[cue.first]):
        return False
    return _feminine_verb(d, cue, lex) == d.loose[k].endswith(("ه", "ات"))


def _feminine_verb(d: DocWords, cue: ReportingCue, lex: dict) -> bool:
    """The verb of ``cue`` in the feminine singular (قالت, تؤكد; دعت, نفت: a verb in ا/ى drops
    it before ت)."""
    w = d.loose[cue.first]
    forms = {w, w[1:]} if w[:1] in "وف" and len(w) > 3 else {w}
    return _feminine_cue(w, lex) or any(
        f.endswith("ت") and any(f[:-1] + x in lex["verbs"] for x in ("ا", "ي")) for f in forms
    )


def _feminine_cue(w: str, lex: dict) -> bool:
    """A reporting verb or participle in the feminine singular, as written (loose form): قالت,
    وأضافت (the verb's form + ت), تقول (ت where يقول is a form), مضيفة/مشيرة (the participle's
    masculine with ا is a continuation)."""
    w = _without_conjunction(w)
    verbs = lex["verbs"]
    if w.endswith("ت") and w[:-1] in verbs and loose(verbs[w[:-1]]) == w[:-1]:
        return True  # قالت: قال + ت (not لفت, whose ت is its own)
    if w[:1] == "ت" and w in verbs and "ي" + w[1:] in verbs:
        return True
    # (and بقولها, "by her saying")
    return (w.endswith("ه") and w[:-1] + "ا" in lex["continuation"]) or (
        w.startswith("بقول") and w.endswith("ها")
    )


def _name_parts(actor: str) -> list[str]:
    """The words of a discovered person's name (``person:…``); [] for any other actor."""
    return actor[len("person:") :].split() if actor.startswith("person:") else []


#: Unnamed sources named by a man's noun (الرجل, المسؤول, المصدر): a feminine verb is not theirs.
#: A state named by a masculine body of it (الجيش النيجيري, الجانب الأمريكي): the subject of a
#: masculine verb (مؤكدا), unlike the state's name, which takes a feminine one.
_MASCULINE_BODIES = {loose(w) for w in "الجيش الجانب الوفد النظام الأمن الحرس الطيران".split()}
_MEN = {loose(w) for w in "رجل مسؤول مسئول مصدر متحدث ناطق شاهد مواطن شاب طفل والد أب".split()}


def _male(actor: str) -> bool:
    """A person the name shows to be a man: بن in it, a first name with عبد or أبو, or a known
    first name not among the women's (names.yaml); or an unnamed source named by a man's noun
    or a masculine title (المسؤول, الرجل, الوزير). Unknown first names are not guessed."""
    if actor.startswith("unnamed:"):
        words = actor[len("unnamed:") :].split()
        head = loose(words[0]) if words else ""
        bare = head[2:] if head.startswith("ال") else head
        titles = name_words()["person_heads"]
        return bare in _MEN or (head in titles and not head.endswith(("ه", "ة")))
    parts = _name_parts(actor)
    if not parts:
        return False
    words = name_words()
    if "بن" in parts[1:] or parts[0].startswith(("عبد", "ابو")):
        return True
    first = parts[0]
    known = words["given"] | words["ambiguous"]
    return first in known and first not in words["female"]


def _female(actor: str) -> bool:
    """A person whose first name is a woman's (names.yaml ``female_given_names``)."""
    parts = _name_parts(actor)
    return bool(parts) and parts[0] in name_words()["female"]


def _group(actor: str, mentions: list) -> bool:
    """A speaker that can be the subject of a plural verb: not a person or a state (an
    unnamed source such as مراقبون, a state's people such as مسؤولون أمريكيون, an
    organisation or party whose members speak: الجمهوريون)."""
    if actor.startswith("unnamed:") or actor.endswith("_people"):
        return True
    kind = next((m[4] for m in reversed(mentions) if m[2] == actor), None)
    return kind not in ("person", "role", "state") and not actor.startswith("person:")


@dataclass
class Speaker:
    """The speaker of a statement: ``actor`` (an actor id, ``unnamed:…`` or None), ``kind``
    (named, role, unnamed, pronoun, unresolved), the words that name it and their token span."""

    actor: str | None
    kind: str
    text: str
    first: int = -1
    last: int = -1


#: "one of" (أحد, إحدى) in construct with the people it is one of: an unnamed source with them
_ONE_OF = {loose(w) for w in ("أحد", "إحدى")}
_BISM = loose("باسم")


#: Heads of unnamed sources that are things, feminine or plural (a verb goes on with them in the
#: feminine): studies, statistics, reports, media
_THINGS = {
    loose(w)
    for w in "دراسة دراسات إحصائية إحصاءات إحصائيات تقارير وسائل أرقام بيانات صحيفة صحف وكالة شبكة قناة مجلة دورية".split()
}


def _own_first_letter(word: str) -> bool:
    """True when a first ب ل ك و of ``word`` is its own letter, not a clitic: general Arabic
    writes the word at least as often as the word without it (بريطانية, not بحماس)."""
    from wordfreq import word_frequency

    # (لل + a word is ل + ال + the word: للإذاعة is compared with الإذاعة, not لإذاعة)
    rest = "ال" + word[2:] if word.startswith("لل") else word[1:]
    return word_frequency(word, "ar") >= max(word_frequency(rest, "ar"), 1e-7)


def _things(actor: str) -> bool:
    """True for an unnamed source whose head is a thing, feminine or plural (:data:`_THINGS`:
    unnamed:دراسة علمية, unnamed:الإحصاءات, unnamed:تقارير): a masculine singular verb (وأضاف,
    ويقول) cannot have it as its subject. Not people (مصادر: news goes on with وأضاف after قالت
    مصادر; فايزة خان, a woman named without a title the gazetteer knows)."""
    words = actor[len("unnamed:") :].split() if actor.startswith("unnamed:") else []
    return bool(words) and loose(words[0]).removeprefix("ال") in _THINGS


#: Prepositions that, after an unnamed source, open what it said or did (كشفت مصادر عن …, أكدت
#: مصادر على …): a person named after them is not the source in apposition.
_OPENS_OBJECT = {loose(w) for w in "عن على إلى الى حول بشأن".split()}


def _unnamed_np(d: DocWords, k: int, lex: dict, text: str, mention_ends: dict) -> tuple[int, str] | None:
    """An unnamed source starting at ``k`` (مصادر مطلعة, دبلوماسي أميركي, مسؤول من حركة حماس):
    its head, the adjectives that agree with it in definiteness, and a phrase with من/في/ب
    that names a body (…من حركة حماس); returns its last token and its words."""
    if k >= d.n:  # a reporting verb or marker that ends the document
        return None
    idx = _source_index()
    best, best_v = None, None
    for v in d.var[k] | {v[2:] for v in d.var[k] if v.startswith("ال")}:  # المصادر, مصادر
        for p in idx.get(v, ()):
            j = d.phrase_at(k, p) if len(p) > 1 else k
            if j is not None and (best is None or j > best or (j == best and len(v) > len(best_v))):
                best, best_v = j, v
    people = False
    if best is None and _people_plural(d, k):
        best, best_v = k, d.loose[k]  # وصف صيادون الموسم …: fishermen, a source by their trade
        people = True
    elif best is None and _people_construct(d, k):
        best, best_v = k + 1, d.loose[k]  # أكد مديرو التعليم …, وقال مسؤولو الشركة: and whose
        people = True
    if best is None:
        return None
    # (a head of the list in ون is such a plural too, مسؤولون, آخرون: a noun in construct after
    # it is the object, not its adjective — انتقد آخرون جهل الفتيات; مسؤولون أتراك is not)
    listed_people = not people and best == k and d.loose[k].endswith("ون") and best_v.endswith("ون")
    # the variant that named the source (بيان, not يان with its ب taken off as a clitic)
    bare = best_v if best_v in d.var[k] else "ال" + best_v
    definite = bare.startswith("ال") or d.loose[k].startswith("ال") or (people and best > k)
    j = best
    partitive = False
    construct = False  # (the head has taken a definite complement)
    adjectives = 0  # (nisba adjectives that agreed with the head: مصادر أمنية, باحثون أستراليون)
    placed = False  # (a noun used as a preposition followed them: … داخل الحزب)
    where = None  # (the last token of where the source is, after في: not in its name)
    one_of = best_v in _ONE_OF and bare == best_v  # أحد المصابين, إحدى الناجيات: one of them
    if one_of and not (
        j + 1 < d.n
        and d.same_sentence(k, j + 1)
        and d.pos[j + 1] in ("NOUN", "X", "PROPN")
        and not (best_v == "احد" and d.loose[j + 1].endswith("ات"))
    ):
        # أحد alone is no source (… قال أحد: "no one"), nor one of things (وفق أحد الخيارات,
        # أحد المستشفيات: a masculine أحد with a plural in ات is one of things, not people)
        return None
    if (
        (d.loose[j] == "من" or (best_v == "بعض" and bare == "بعض") or one_of)
        and j + 1 < d.n
        and d.same_sentence(k, j + 1)
        and not d.punct[j + 1]
    ):
        # عدد من النواب, بعض السكان, مجموعة من أقارب الركاب, عدد من مواطني منطقة عسير: the
        # people the part is of (and the nouns they are in construct with), then what agrees
        # with them (البعض alone is "some people": nothing follows it)
        j += 1
        if "lemma" in d.t and loose(str(d.t["lemma"].iat[j])) in _NORMS:
            return None  # وفق عدد من الشروط, طبقا لمجموعة من المعايير: rules, not a source
        while (
            not d.loose[j].startswith("ال")
            and j + 1 < d.n
            and j - k < 5
            and d.same_sentence(k, j + 1)
            and d.pos[j + 1] in ("NOUN", "PROPN", "X")
            and d.loose[j + 1][:1] not in "وبلك"
        ):
            j += 1
        definite = d.loose[j].startswith("ال")
        partitive = True
    while j + 1 < d.n and j - k < 5 and d.same_sentence(k, j + 1):
        w = d.loose[j + 1]
        if (
            d.var[j + 1] & lex["complementizers"]
            or w in lex["verbs"]
            or w in _SKIP
            or w in lex["continuation"]
            or _according_at(d, j + 1, lex)  # وقال الوزير بحسب وكالة …: the agency relays him
        ):
            break  # (… قائلا: the participle that goes on, not a word of the source)
        if (
            w == "من"
            and d.loose[j] in _CLOSE_TO
            and j + 2 < d.n
            and d.same_sentence(k, j + 2)
            and not d.punct[j + 2]
            and d.pos[j + 2] in ("NOUN", "PROPN", "X")
        ):
            # مصدر مقرب من أجهزة الأمن الكاميرونية, مصادر قريبة من الحكومة: whom the source is
            # close to, in its name (to the end of a mention there, else its definite words)
            end = next((e for e in range(j + 2, min(j + 5, d.n)) if e in mention_ends), None)
            if end is not None and mention_ends[end][0] == j + 2:
                j = end
                continue
            j += 2
            while (
                j + 1 < d.n
                and j - k < 7
                and d.same_sentence(k, j + 1)
                and not d.punct[j + 1]
                and d.article(j + 1)
                and d.pos[j + 1] in ("NOUN", "ADJ", "PROPN", "X")
            ):
                j += 1
            continue
        if w in ("من", "في") and j + 2 < d.n and d.same_sentence(k, j + 2):
            # a phrase naming a body: up to the end of the actor mention it starts (not over a
            # complementizer: … في بروكسل إن اليونان)
            end = next((e for e in range(j + 2, min(j + 5, d.n)) if e in mention_ends), None)
            if end is not None and any(
                d.var[x] & lex["complementizers"] or d.punct[x] for x in range(j + 2, mention_ends[end][0])
            ):
                end = None
            if (
                end is not None
                and w == "في"
                and (d.loose[j + 2] in _WHERE_WORDS or d.var[j + 2] & _city_words())
            ):
                where = end  # مصادر إعلامية يمنية في العاصمة صنعاء: where the sources are, not a body
                break
            if end is None and w == "في" and d.loose[j + 2] in _WHERE_WORDS:
                # (the capital named after العاصمة is no mention: where, to the comma or إن/أن)
                e = j + 2
                while (
                    e + 1 < d.n
                    and e - j < 4
                    and d.same_sentence(k, e + 1)
                    and not d.var[e + 1] & lex["complementizers"]
                    and d.loose[e + 1] not in _NP_END
                ):
                    e += 1
                where = e
                break
            if end is not None:
                j = end
                continue
            break
        if w == _BISM and j + 2 < d.n and d.same_sentence(k, j + 2) and d.loose[j + 2].startswith("ال"):
            j += 2  # المتحدث باسم الشرطة: the body he speaks for, and what agrees with it
            definite = True
            continue
        own = w[:1] not in "بلكو" or _own_first_letter(d.t["token"].iat[j + 1])
        if w[:1] in "بلك" and d.column("proclitic")[j + 1][:1] == w[:1]:
            # the lemmatizer's preposition (تقرير شهري بشأن الصادرات, بسبب): no adjective takes
            # one, though general Arabic writes بشأن more often than شأن
            own = False
        if w[:1] in "بل" and len(d.var[j + 1]) > 1 and not own:  # المسؤول بحماس
            end = next((e for e in range(j + 1, min(j + 4, d.n)) if e in mention_ends), None)
            if w[:1] == "ل" and end is not None and mention_ends[end][4] == "news_source":
                break  # وقالت المصادر لرويترز: to whom it was said, not who
            if end is not None:
                j = end
                continue
            if w[:1] == "ب" and d.var[j + 1] & _UNIT_HEADS:
                # مسؤول بقطاع السجون, مصدر بإدارة المرور: the unit of a body the source is in,
                # and its definite complements (what follows, التابع لوزارة …, describes the unit)
                j += 1
                if not d.article(j):
                    while j + 1 < d.n and j - k < 6 and d.same_sentence(k, j + 1) and d.article(j + 1):
                        j += 1
                        if d.loose[j] in _ATTACHED:
                            j -= 1
                            break
                break
            break
        if w[:1] == "و" and any(
            v != w and (v in idx or v.startswith("ال") and v[2:] in idx) for v in d.var[j + 1]
        ):
            j += 1  # دبلوماسيون وخبراء مصريون: sources coordinated are one
            people = False  # (the second source's own words follow: مسؤولون وشهود عيان)
            continue
        if (
            not definite
            and not partitive
            and not people  # (a plural in ون is in no construct: صيادو الموسم would be)
            and (not adjectives or placed or w in _IMPROPER_ANNEXATION)
            and w.startswith("ال")
            and d.pos[j + 1] in ("NOUN", "PROPN", "X")
        ):
            # an indefinite head in construct with a definite noun (إحصاءات وزارة الاقتصاد,
            # مسؤولو الوزارة): the complement, then what agrees with it — never after an
            # adjective (حذر باحثون أستراليون الأطفال: the children are the object)
            j += 1
            definite = construct = True
            continue
        if (
            construct
            and w.startswith("وال")
            and d.loose[j].startswith("ال")
            and d.pos[j + 1] in ("NOUN", "X")
        ):
            j += 1  # … وزارة الاقتصاد والتخطيط: a complement's nouns coordinated
            continue
        # (own: a first ب ل ك و that is the word's own, بريطانية, not بحماس)
        agrees = w.startswith("ال") == definite and own and len(w) > 2
        if (
            people
            and j + 1 in mention_ends
            and mention_ends[j + 1][0] == j + 1
            and d.article(j + 1)
            and mention_ends[j + 1][4] != "state"
        ):
            j += 1  # وأكد المتمردون الأكراد: the people they are of, a group of the gazetteer
            break  # (not a state: أبلغ مسؤولون أولمبيون اليابان, the object)
        if (
            listed_people
            and not w.startswith("ال")
            and not w.endswith(("ي", "يه", "يين", "يون", "ين", "ون"))
            and j + 2 < d.n
            and d.same_sentence(k, j + 2)
            and d.pos[j + 2] == "NOUN"
            and not _nisba_adjective(d, j + 2)
        ):
            break  # انتقد آخرون جهل الفتيات, توقع مختصون تراجع أسعار …: what they said, in construct
        if (partitive or people) and not w.endswith(("ي", "يه", "يين", "يون", "ين", "ون")):
            break  # … أقارب الركاب الصينيين الحكومة: an adjective of the people, not the object
        if agrees and d.pos[j + 1] in ("NOUN", "X", "PROPN", "ADJ") and w not in _STOP:
            adjective = _nisba_adjective(d, j + 1)
            if adjectives and not adjective and _object_run(d, j + 1, mention_ends):
                break  # مصادر محلية دخول مقاتلي القوات …: the object, not the source
            if not adjective and d.loose[j].endswith(("ون", "ين")) and w.endswith("ه"):
                break  # خبراء ومختصون مشاركة المرأة: a feminine singular agrees with no men

            j += 1
            adjectives += adjective
            placed = placed or w in _PLACE_NOUNS  # (مصادر ميدانية داخل المقاومة الشعبية)
            continue
        break
    a, b = int(d.t["start"].iat[k]), int(d.t["end"].iat[j])
    name = text[a:b]
    full = d.loose[k]
    if bare != full:  # clitics of the first word off (ومصادر, للمسؤول)
        cut = len(full) - len(bare)
        if full[cut : cut + 2] == "لل" and bare.startswith("ال"):
            name = "ال" + name[cut + 2 :]  # للدراسة, وللدراسة: ل + الدراسة
        elif full[cut - 1 : cut + 1] == "لل" and bare.startswith("ال"):
            name = "ال" + name[cut + 1 :]
        else:
            name = name[cut:]
    return (j if where is None else where), name


#: Words that open a place after في (في العاصمة صنعاء, في مدينة حلب, في محافظة تعز).
_WHERE_WORDS = {loose(w) for w in "العاصمة عاصمة مدينة محافظة منطقة ولاية إقليم بلدة قرية".split()}


def _people_plural(d: DocWords, k: int) -> bool:
    """A sound masculine plural in ون as a subject (صيادون, مزارعون, متظاهرون, الفلسطينيون):
    a noun whose lemma is the form without ون (not قانون, مليون); such plurals name people."""
    w = d.loose[k]
    if not w.endswith("ون") or len(w) < 5 or d.pos[k] not in ("NOUN", "ADJ") or "lemma" not in d.t:
        return False
    lemma = loose(str(d.t["lemma"].iat[k]))
    stem = w[2:-2] if w.startswith("ال") else w[:-2]
    return lemma == stem and len(stem) >= 3


def _people_construct(d: DocWords, k: int) -> bool:
    """The same plural in construct, its ن dropped, before a definite noun (مديرو التعليم,
    مسؤولو الوزارة, ممثلو الشركات): a noun whose lemma is the form without و."""
    w = d.loose[k]
    if not w.endswith("و") or len(w) < 4 or d.pos[k] not in ("NOUN", "ADJ") or "lemma" not in d.t:
        return False
    if k + 1 >= d.n or not d.same_sentence(k, k + 1) or not d.article(k + 1):
        return False
    return loose(str(d.t["lemma"].iat[k])) == w[:-1]


#: Participles that attach a unit to the body above it (… التابع لوزارة الداخلية).
_ATTACHED = {loose(w) for w in "التابع التابعة التابعين المكلف المكلفة".split()}
#: The units of a body a source is said to be in (مسؤول بقطاع السجون, مصدر بالشرطة).
_UNIT_HEADS = {
    loose(w)
    for w in "قطاع القطاع قسم إدارة الإدارة وزارة الوزارة هيئة الهيئة مديرية المديرية شرطة الشرطة مكتب "
    "المكتب مجلس المجلس حزب الحزب الحركة حركة الجيش مستشفى المستشفى شركة الشركة".split()
}
#: Lemmas of rules and criteria: a part of them after a source marker is no source (وفق عدد
#: من الشروط, طبقا لمجموعة من المعايير, حسب بعض الضوابط).
_NORMS = {
    loose(w)
    for w in "شرط معيار ضابط ضابطة قاعدة مبدأ أساس إجراء آلية آلي خطوة اعتبار قيد مواصفة أسلوب طريقة".split()
}
#: Definite nouns an adjective takes in construct (رفيع المستوى, واسع الاطلاع).
_IMPROPER_ANNEXATION = {loose(w) for w in "المستوى الاطلاع الشأن الصلة".split()}
#: Nouns used as prepositions: a phrase they open places the source (مصادر قيادية داخل الحزب).
_PLACE_NOUNS = {loose(w) for w in "داخل لدى قرب عند ضمن بين مقربة قريبة".split()}


def _nisba_adjective(d: DocWords, i: int) -> bool:
    """A nisba adjective (أمنية, يمني, أستراليون): its lemma ends in ي (مديرية, a noun, keeps its
    ة), or its form in ـيون/ـيين; a word the analysers did not know only in ـية (إنجليزية, not
    دايلي)."""
    w = d.loose[i]
    if w.endswith(("يون", "يين")):
        return True
    lemma = loose(str(d.t["lemma"].iat[i])) if "lemma" in d.t else ""
    if not (len(lemma) > 2 and lemma.endswith("ي")):
        return False
    return d.pos[i] not in ("X", "PROPN") or w.endswith("يه")


def _reports(d: DocWords, k: int, lex: dict) -> bool:
    """Token ``k`` comes right after a reporting verb of its sentence (وأكدت المملكة): the
    verb's subject."""
    return k > 0 and d.same_sentence(k - 1, k) and bool(_verb_variants(d, k - 1) & lex["verbs"].keys())


def _adjective_with_article(d: DocWords, i: int) -> bool:
    """A nisba adjective with the article (الفرنسية, الإنكليزي): not إلى, whose loose form starts
    as the article does."""
    return d.article(i) and d.pos[i] in ("NOUN", "ADJ") and _nisba_adjective(d, i)


def _object_run(d: DocWords, i: int, mention_ends: dict) -> bool:
    """Whether the indefinite words from ``i`` are what the verb acts on rather than more of its
    subject: they run into a definite noun or an actor's name (مصادر محلية دخول مقاتلي القوات,
    مصدر دبلوماسي تركي وكالة فرانس برس, تقارير إخبارية يوم أمس الاثنين) — an adjective after them
    ends at a preposition, a complementizer or a comma (دراسة علمية حديثة عن أن …)."""
    if d.loose[i - 1] in _PLACE_NOUNS:
        return False  # … داخل حزب الله: the place's complement
    starts = {m[0] for m in mention_ends.values()}
    r = i
    while r < d.n and d.same_sentence(i, r) and r - i < 4:
        w = d.loose[r]
        if w in _PLACE_NOUNS:
            return False  # مصادر قيادية داخل حزب الله: where the sources are
        if r in starts:
            return r > i or not w.endswith(("ي", "يه", "يون", "يين"))  # (مسؤول عسكري أميركي)
        if w.startswith("ال") or d.loose[r] in ("وفقا", "حسب", "بحسب"):
            if r == i + 1 and w in _IMPROPER_ANNEXATION:
                return False  # مسؤول يمني رفيع المستوى: an adjective of the source
            return r > i or w in ("وفقا", "حسب", "بحسب")
        if d.pos[r] not in ("NOUN", "X", "PROPN") or w[:1] in "بل" and len(d.var[r]) > 1:
            return False
        r += 1
    return False


def resolve_speaker(
    d: DocWords, cue: ReportingCue, lex: dict, mentions: list, state: dict, text: str
) -> Speaker:
    """The speaker of one reporting cue (rules in the module docstring). ``mentions`` are the
    document's actor mentions ``(first, last, actor, kind)`` in order; ``state`` carries the last
    speaker and the unnamed sources seen so far in the document."""
    by_first = state["by_first"] if "by_first" in state else {m[0]: m for m in mentions}
    by_last = state["by_last"] if "by_last" in state else {m[1]: m for m in mentions}

    def named(m):
        last = m[1]
        while (
            m[4] == "organisation"
            and last + 1 < d.n
            and d.same_sentence(last, last + 1)
            and _adjective_with_article(d, last + 1)
        ):
            last += 1  # أعلن نادي توتنهام الإنكليزي …: the club's country is not what is said
        return Speaker(m[2], "role" if m[3] == "role" else "named", _span(d, text, m[0], m[1]), m[0], last)

    def unnamed(k):
        np_ = _unnamed_np(d, k, lex, text, by_last)
        if np_ is None:
            return None
        j, name = np_
        # a person named in apposition (المتحدث باسم الحكومة سامر النجار إن …) is the speaker
        for x in range(k + 1, min(k + 7, d.n)):
            if x > j and d.loose[x] in _OPENS_OBJECT and d.sent[x] == d.sent[k]:
                # a preposition after the source opens what it said or did (كشفت مصادر مطلعة عن
                # طلب وزير الإسكان ماجد الحقيل …: the minister's request, not the minister
                # speaking) — but عن + a person is whom it quotes (ونقلت وكالة بلومبرج للأنباء
                # الاقتصادية عن هوسي قوله …)
                y = x + 1
                if d.loose[x] == "عن" and y in by_first and by_first[y][4] in ("person", "role"):
                    return named(by_first[y])
                break
            if d.sent[x] != d.sent[k] or (_that(d, x) or d.var[x] & _FA_INNA) or d.pos[x] == "VERB":
                break  # (فإن opens what is said: بحسب الدبلوماسي، فإن كيري …)
            if x in by_first and by_first[x][4] in ("person", "role"):
                return named(by_first[x])
        if j == k and d.loose[k] in _MEDIA_ANAPHORS:
            # وأوضحت الصحيفة: the newspaper named in the sentences before (صحيفة «نيويورك بوست»)
            for m in reversed([m for m in mentions if m[1] < k][-30:]):
                if d.sent[k] - d.sent[m[0]] > 3:
                    break
                if m[4] == "news_source" or m[2].startswith("organisation:") and d.var[m[0]] & _MEDIA_HEADS:
                    return named(m)
        media = d.var[k] & _MEDIA_HEADS  # (any reading: وكالة is also و + كالة)
        if media:
            h = k  # (موقع صحيفة «…»: the site of a paper, named after both heads)
            while h + 1 < d.n and h - k < 2 and d.same_sentence(k, h + 1) and d.var[h + 1] & _MEDIA_HEADS:
                h += 1
            # صحيفة "نيويورك بوست", وكالة الأنباء …: the outlet named after the word
            for x in range(h + 1, min(h + 4, d.n)):
                if x in by_first:
                    return named(by_first[x])
                if not d.punct[x]:
                    break
            if h + 2 < d.n and d.loose[h + 1] in _OPENING_QUOTES:
                # صحيفة «ديلي ميل», صحيفة "الوطن": an outlet the gazetteer lacks, by its quoted name
                close = _closing_quote(d, h + 1, 7)
                if close is not None and close > h + 2 and d.same_sentence(k, close - 1):
                    head = text[int(d.t["start"].iat[k]) : int(d.t["end"].iat[k])]
                    head = head[len(head) - len(max(media, key=len)) :]
                    outlet = f"{head} {_span(d, text, h + 2, close - 1)}"
                    return Speaker(f"organisation:{loose(outlet)}", "named", outlet, k, close)
            if (
                h + 2 < d.n
                and d.same_sentence(k, h + 2)
                and (d.loose[h + 2] in _FROM_HIM or d.loose[h + 2] == "عن")
                and not d.article(h + 1)
                and _name_like_at(d, h + 1)
            ):
                # ونقلت صحيفة حريت عنه قوله: the paper's name, one word the gazetteer lacks
                # (whatever the analysers read in it), before عن/عنه
                outlet = _span(d, text, k, h + 1)
                return Speaker(f"organisation:{loose(outlet)}", "named", outlet, k, h + 1)
        if d.var[k] & _DOCUMENT_STEMS and not d.loose[k].startswith("ال"):
            owner = _document_owner(d, k, mentions)
            if owner is not None:
                return named(owner)  # وانتقد بيان للنصرة …, وقال بيان وزارة الخارجية: whose it is
        if d.loose[k] in _DOCUMENT_WORDS:
            issuer = _issuer(d, k, mentions)
            if issuer is not None:
                # البيان = the statement the ministry issued; the words that name the speaker
                # here are البيان (what is said comes after them, not after the ministry's name)
                sp = named(issuer)
                return Speaker(sp.actor, sp.kind, sp.text, k, j)
        head = loose(name.split()[0])
        bare = head[2:] if head.startswith("ال") else head
        # الدبلوماسي = the دبلوماسي before — the last one named (وقال مصدر عسكري … وبحسب المصدر:
        # the military source, not the security source of two sentences before)
        # — not when another adjective sets two definite ones apart (بحسب الإحصائيات العالمية
        # after الإحصائيات الرسمية: other figures; المصدر الأمني after مصدر أمني, التقرير الدوري
        # after تقرير حديث, المسؤول بحماس after مسؤول من حركة حماس are the same one)
        adjective = name.split()[1:2]
        for prev_name, prev in reversed(list(state["unnamed"].items())):
            if head.startswith("ال") and loose(prev_name.split()[0]) in (bare, bare + "ه", head):
                other = prev_name.split()[1:2]
                if (
                    adjective
                    and loose(adjective[0]).startswith("ال")
                    and loose(prev_name).startswith("ال")
                    and other
                    and _without_article(loose(adjective[0])) != _without_article(loose(other[0]))
                ):
                    continue
                return Speaker(prev, "unnamed", prev_name, k, j)
        sid = f"unnamed:{name}"
        state["unnamed"].pop(name, None)  # (named again: now the last one)
        state["unnamed"][name] = sid
        return Speaker(sid, "unnamed", name, k, j)

    def pronoun():
        sp = _pronoun()
        if sp.actor is not None and _plural_cue(d.loose[cue.first]) and not _group(sp.actor, mentions):
            # وأضافوا, مشيرين: a plural verb has no one person or state as its subject
            return Speaker(None, "unresolved", "")
        if sp.actor is not None and _male(sp.actor) and _feminine_cue(d.loose[cue.first], lex):
            # وأكدت, مشيرة: not the man named before; the nearest body or woman named in this
            # sentence or the one before (الوزارة … وأكدت), else no one
            ends = state.get("ends_sorted") or [m[1] for m in mentions]
            k_end = bisect.bisect_left(ends, cue.first)
            near = []
            for m in reversed(mentions[max(0, k_end - 30) : k_end]):
                if d.sent[cue.first] - d.sent[m[0]] > 1:
                    break
                if m[4] in ("organisation", "state") or _female(m[2]):
                    near.append(m)
            # the one that was a verb's subject first (استعانت الحكومة الهولندية بمصرف «…» …،
            # لكنها قالت: the government, not the bank it hired)
            m = next((m for m in near if _after_verb(d, m[0])), near[0] if near else None)
            if m is not None:
                return Speaker(m[2], "pronoun", _span(d, text, m[0], m[1]))
            return Speaker(None, "unresolved", "")
        if (
            sp.actor is not None
            and sp.kind == "pronoun"
            and not _feminine_cue(d.loose[cue.first], lex)
            and not _plural_cue(d.loose[cue.first])
            and _things(sp.actor)
        ):
            # ويقول, وأضاف after وفقا لدراسات الجدوى or أشارت الدراسة: a man, not the studies
            # (things in the plural and feminine nouns take a feminine verb)
            return Speaker(None, "unresolved", "")
        if (
            sp.actor is not None
            and sp.kind == "pronoun"
            and not _feminine_cue(d.loose[cue.first], lex)
            and not _plural_cue(d.loose[cue.first])
            and _actor_type(sp.actor, mentions, state) in ("state", "news_source")
            and not (sp.text and loose(sp.text.split()[0]) in _MASCULINE_BODIES)
        ):
            # وقال, مضيفا with no subject: a man or a body named as one, not a state (states are
            # feminine subjects: وقالت إيران); the nearest state named before was the fallback;
            # nor a news agency or paper (وقالت رويترز, وأضافت الوكالة) that relayed the last
            # statement (… بحسب وكالة يونهاب. وقال يونج …)
            return Speaker(None, "unresolved", "")
        return sp

    def _pronoun():
        # the verb has no subject of its own: the speaker already reading in this sentence,
        # else the person the sentence is about (its first), else the last speaker, else
        # the nearest person or actor before
        sent = d.sent[cue.first]
        honoured = _honoured(d, cue, mentions, state.get("last"))
        if isinstance(honoured, Speaker):
            return Speaker(honoured.actor, "pronoun", honoured.text)
        if honoured is not None:
            return Speaker(honoured[2], "pronoun", _span(d, text, honoured[0], honoured[1]))
        rel = cue.first - 1
        if rel > 0 and d.loose[rel] in _WHO_SINGULAR and d.sent[rel - 1] == sent:
            # … والرئيس الفرنسي فرانسوا أولوند الذي قال: the one named right before الذي/التي
            before = next((m for m in mentions if m[1] == rel - 1), None)
            if before is not None:
                return Speaker(before[2], "pronoun", _span(d, text, before[0], before[1]))
        if state.get("sent_speaker") is not None and state["sent_speaker"][0] == sent:
            sp = state["sent_speaker"][1]
            return Speaker(sp.actor, "pronoun", sp.text)
        # the mentions before the cue, as an end index (slicing the list copied it: quadratic
        # in a long document)
        k_prior = (
            bisect.bisect_left(
                state["ends_sorted"] if "ends_sorted" in state else [m[1] for m in mentions], cue.first
            )
            if mentions
            else 0
        )
        topic = _fronted_topic(d, cue.first)
        here = [
            m
            for m in mentions[max(0, k_prior - 50) : k_prior]
            if d.sent[m[0]] == sent
            and m[4] in ("person", "role")
            and not (topic is not None and m[0] >= topic)
        ]
        # (not a person named after a preposition, in what the sentence is about: وتطرق إلى
        # موضوع الحارس عساف القرني قائلاً — the speaker before goes on)
        last = state.get("last")
        if last is not None and last.actor is not None:
            here = [m for m in here if not _after_preposition(d, m[0])]
        if here:
            m = here[0]
            return Speaker(m[2], "pronoun", _span(d, text, m[0], m[1]))
        if last is not None and last.actor is not None:
            return Speaker(last.actor, "pronoun", last.text)
        m = next(
            (mentions[k] for k in range(k_prior - 1, -1, -1) if mentions[k][4] in ("person", "role")), None
        )
        if m is not None and d.sent[m[0]] == sent - 1:
            # no one has spoken yet: the subject of the verb that opens the sentence before, when
            # a person (صادق رئيس الوحدة هشام مرسي على … إلى جانب المدافع جهاد الباعور. وقال: the
            # chairman, not the last man named)
            first = next(
                x
                for x in mentions[max(0, k_prior - 50) : k_prior]
                if d.sent[x[0]] == sent - 1 and x[4] in ("person", "role")
            )
            if _opening_subject(d, first[0]) and first[0] not in state.get("lam", ()):
                m = first
        if m is None and k_prior:
            # no person: the body or state that was a verb's subject in this sentence or the one
            # before (استعانت الحكومة الهولندية بمصرف «…» … لكنها قالت), else the nearest
            recent = [
                mentions[x]
                for x in range(k_prior - 1, max(-1, k_prior - 30), -1)
                if d.sent[cue.first] - d.sent[mentions[x][0]] <= 1
            ]
            m = next((r for r in recent if _after_verb(d, r[0])), mentions[k_prior - 1])
        if m is not None:
            return Speaker(m[2], "pronoun", _span(d, text, m[0], m[1]))
        return Speaker(None, "unresolved", "")

    def subject_before():
        """كان X … قد أعلن, وكان X أعلن: the subject named after كان earlier in the sentence —
        an actor, else the words between (وكان أطباء ذكروا, وكانت مصادر أمنية قالت) as an
        unnamed source or the noun phrase rules of :func:`_subject_np`."""
        if cue.first < 1:
            return None
        with_qad = d.loose[cue.first - 1] in ("قد", "وقد")
        if not with_qad and len(d.var[cue.first]) > 1 and d.loose[cue.first][:1] in "وف":
            return None  # كان ناجحا … وقال: a verb of its own clause
        e = cue.first - 2 if with_qad else cue.first - 1
        # after قد as before: كان anywhere earlier in the sentence; without it, كان right
        # before a short noun phrase (no verb or punctuation between)
        for k0 in range(e, -1 if with_qad else max(-1, e - 6), -1):
            if d.sent[k0] != d.sent[cue.first] or d.loose[k0] in _CLAUSE_OPENERS:
                break  # (كان وراء سعي الكويت … بينما ذكرت تقارير: the verb opens a clause of its own)
            if d.var[k0] & _KANA:
                if k0 == e:
                    return None  # كان قال, كان قد قال: no subject between
                if _quoted_name_end(d, k0 + 1) == e:
                    # وكانت "الاقتصادية" قد كشفت: a name in quotation marks
                    return _quoted_subject(d, cue, k0 + 1, by_first, text, mentions, after=False)
                nxt = [m for m in mentions if k0 < m[0] < cue.first]
                persons = [m for m in nxt if m[4] in ("person", "role")]
                u = unnamed(k0 + 1) if not persons else None
                if u is not None and u.last <= e:
                    return u  # وكان مسؤول في وزارة الصحة الإيرانية قال: the official, not the ministry
                if nxt:
                    return named((persons or nxt)[0])
                w1 = d.loose[k0 + 1]
                if not w1.startswith("ال") and w1.endswith("ا") and d.pos[k0 + 1] not in ("X", "PROPN"):
                    return None  # كان لافتا أن …: the predicate of كان, not a subject
                u = unnamed(k0 + 1)
                if u is not None and u.last <= e:
                    return u
                # (between كان and قد the subject even of a verb whose first complement is
                # usually its object: وكانت الوزارة قد أشادت)
                return _subject_np(
                    d, k0 + 1, e + 1, cue, lex, name_words(), mentions, state, text, body_subject=with_qad
                )
            if not with_qad and (d.punct[k0] or d.pos[k0] == "VERB"):
                break
        return None

    k = cue.last + 1
    while k < d.n and d.same_sentence(cue.first, k) and (d.loose[k] in _SKIP or d.loose[k] in ("(", ")")):
        k += 1
    if cue.kind == "verb":
        k = _after_object(d, k, cue, by_first)  # أوضح ذلك لـ«عكاظ» المتحدث …: the subject after the object
        while k in state.get("lam", ()) and d.sent[k] == d.sent[cue.first]:
            # وقال لمجلس العلاقات الخارجية …, قال للإيرانيين: the actor it was said to (ل, a
            # preposition on the name); the subject comes after it, or is the one before
            to = by_first[k]
            k = to[1] + 1
            if k + 1 < d.n and d.loose[k] in _ALL and by_first.get(k + 1, (0, 0, None))[2] == to[2]:
                k = by_first[k + 1][1] + 1  # قال للإيرانيين كل الإيرانيين: the same, all of them
    if cue.kind == "verb" and _according_at(d, cue.last + 1, lex):
        return pronoun()  # وشددت وفقا لما نقلته وكالة …: the agency relays; the subject is elided
    caller = _caller(d, cue, by_first)
    if caller is not None:
        return named(caller)  # تلقى … اتصالا هاتفيا من الملك محمد السادس أعرب خلاله عن …: the caller
    if (
        cue.kind == "verb"
        and cue.last + 1 < d.n
        and d.loose[cue.last + 1] == "عن"
        and d.same_sentence(cue.first, cue.last + 1)
        and not _verb_variants(d, cue.first) & _NAQAL
    ):
        # وأعرب عن تعازي دولة الإمارات …, وكشف عن …: what is said follows عن, the subject is the
        # one before (not نقل عن X, "quoted X")
        return pronoun()
    if cue.kind == "continuation" and loose(cue.word).startswith("بقول"):
        sacred = _sacred_in_clause(d, cue)
        if sacred is not None:
            return sacred  # وأخبر سبحانه عن رفعة مكانتها بقوله: scripture quoted
    if cue.kind == "continuation" or cue.word.startswith("علي حد"):
        return pronoun()
    if cue.kind == "according" and loose(cue.word) in _CAME_IN_IT:
        # أصدرت الجامعة بيانا صحفيا جاء فيه: …: the document just before, and who issued it
        for x in range(cue.first - 1, max(-1, cue.first - 5), -1):
            if d.sent[x] != d.sent[cue.first]:
                break
            if d.var[x] & _DOCUMENT_STEMS:
                issuer = _issuer(d, x + 1, mentions)
                if issuer is not None:
                    sp = named(issuer)
                    return Speaker(sp.actor, sp.kind, sp.text, x, cue.last)
                break
        return Speaker(None, "unresolved", "")
    if cue.kind == "according":
        if _also_said(d, cue):
            return pronoun()  # كما قال إن …: the speaker before, who said more
        # (حسبما أفاد, على ما أفاد: "as … reported", its subject named next; not كما قال, "as he
        # said", whose subject is often the speaker before: كما قال خاصة أن …)
        said = loose(cue.word).endswith("بما") or loose(cue.word).startswith(loose("على ما"))
        if k < d.n and d.loose[k] in ("ما", "لما"):  # بحسب ما أكد دبلوماسي, وفقا لما أعلنته
            k += 1
            said = True
        verb_read = said and cue.last > cue.first and bool(_verb_variants(d, cue.last) & set(lex["verbs"]))
        if said and k < d.n and _verb_variants(d, k) & set(lex["verbs"]):
            k += 1
            verb_read = True
        for kk in (k, k + 1):
            if kk in by_first:
                m = by_first[kk]
                if kk == k + 1 and m[4] in ("organisation", "state") and _office_word(d, k, name_words()):
                    # بحسب ما أكد مدرب يونايتد الهولندي لويس فان غال: the coach, not his club
                    ahead = _person_ahead(d, m[1], cue, by_first, lex)
                    if ahead is not None:
                        return named(ahead)
                return named(m)
        if (
            k + 2 < d.n
            and d.var[k] & _NAMED_HEADS()
            and d.loose[k + 1] in _OPENING_QUOTES
            and k + 2 in by_first
        ):
            return named(by_first[k + 2])  # بحسب مجموعة «إن إل فايننشيال إنفيستمينتس»
        close = _quoted_name_end(d, k) if k < d.n and d.loose[k] in _OPENING_QUOTES else None
        if close is not None and close - k <= 4 and not loose(cue.word).startswith(_JAA):
            # (not جاء في: الرفض الذي جاء في «اللحظة الأخيرة», "came at the last moment")
            # وبحسب "الفرنسية"، فستطبق …: a short name in quotation marks right after the
            # marker is the source (a paper, an agency), not what it said
            if k + 1 in by_first and by_first[k + 1][1] == close - 1:
                m = named(by_first[k + 1])
                return Speaker(m.actor, m.kind, m.text, k, close)
            name = _span(d, text, k + 1, close - 1)
            return Speaker(f"organisation:{loose(name)}", "named", name, k, close)
        if k < d.n and {_without_article(v) for v in d.var[k]} & _DATA_NOUNS:
            # وفقا لبيانات الوزارة, بحسب تقديرات البنك, وفقا للإحصائيات الصادرة عن مؤسسة النقد:
            # the body whose figures they are, named after them or (الوزارة) before
            owner = _document_owner(d, k, mentions)
            if owner is not None:
                m = named(owner)
                return Speaker(m.actor, m.kind, m.text, k, max(k + 1, owner[1]))
        u = unnamed(k)
        if u is None and verb_read:
            # بحسب ما أفاد متطوع ومصدر طبي: a reporting verb's subject is a source whatever the
            # noun (not only the words of names.yaml's source_heads): the nouns up to the
            # clause's end
            e = k
            while (
                e < d.n
                and e - k < 6
                and d.same_sentence(k, e)
                and d.pos[e] in ("NOUN", "ADJ", "PROPN", "X")
                and d.loose[e] not in _SKIP
                and d.loose[e] not in _NP_END
            ):
                e += 1
            if e > k:
                name = _span(d, text, k, e - 1)
                return Speaker(f"unnamed:{name}", "unnamed", name, k, e - 1)
        return u or Speaker(None, "unresolved", "")
    # a verb
    quoted_from = _quoted_from(d, k, cue, by_first, lex, text)
    if quoted_from is not None:
        if quoted_from.kind == "pronoun":
            sp = pronoun()
            return Speaker(sp.actor, sp.kind, sp.text, quoted_from.first, quoted_from.last)
        return quoted_from
    sacred = _sacred_speaker(d, k, cue)
    if sacred is not None:
        return sacred  # قال تعالى, قال رسول الله صلى الله عليه وسلم: scripture quoted
    sb = subject_before()
    if sb is not None:
        return sb
    topic = _amma_topic(d, cue)
    if topic is not None:
        a, b = topic
        m = by_first.get(a)
        if m is not None and m[1] == b:
            return named(m)  # أما وزير الخارجية عادل الجبير فقد أكد …
        if m is None and b - a in (1, 2) and d.var[a] & (name_words()["given"] | name_words()["ambiguous"]):
            name = _span(d, text, a, b)  # أما أمين العلي فقد أكد: a first name and his family's
            return Speaker(f"person:{loose(name)}", "named", name, a, b)
    tp = _topic_before(d, cue, by_last, text, name_words(), state)
    if tp is not None:
        return tp if tp.kind != "named_mention" else named(by_last[tp.last])
    back = cue.first - 1
    while back >= 0 and d.sent[back] == d.sent[cue.first] and d.var[back] & _AUX:
        back -= 1
    if back < cue.first - 1 and back in by_last and d.sent[back] == d.sent[cue.first]:
        return named(by_last[back])  # الجبير كان ندد, ايران اتهمت … after كانت
    if k >= d.n or d.sent[k] != d.sent[cue.first]:
        return pronoun()
    quoted = _quoted_subject(d, cue, k, by_first, text, mentions)
    if quoted is not None:
        return quoted  # وذكرت «الشرق الأوسط» أن …: the paper, not what it said
    if d.var[k] & lex["complementizers"] or d.loose[k] in (":",) or _quote_said(d, k, lex):
        before = _subject_set_off(d, cue, by_last)
        if before is not None:
            return named(before)  # يذكر أن تنظيم الإخوان، زعم أن …
        if cue.first - 1 in by_last:
            source = _source_first(d, cue, lex, text, by_last)
            if source is not None:
                return source  # مصادر مقربة من البلوي تؤكد أن …: the sources, not البلوي
        before = _mention_before_verb(d, cue, by_last)
        if before is not None:
            return named(before)  # ترامب قال إن …
        source = _source_after_complementizer(d, cue, lex, text, by_last)
        if source is not None:
            return source  # غير أن المراقبين يؤكدون أن …: the observers
        return pronoun()
    if k in by_first and _object_not_subject(d, k, by_first[k], cue, lex):
        return pronoun()  # ودعت المجتمع الدولي إلى …: she called on the international community
    if k in by_first:
        m = by_first[k]
        sp = named(m)
        same = by_first.get(m[1] + 1)
        if same is not None and same[2] == m[2] and d.sent[same[0]] == d.sent[k]:
            # وأعرب رئيس الوزراء العراقي حيدر العبادي عن …: the office, then the name of the same
            # person — both are the subject, and he is named
            n = named(same)
            return Speaker(n.actor, n.kind, n.text, m[0], same[1])
        # نقل البيان عن الكاظمي: the source quoted through another
        nxt = m[1] + 1
        if nxt < d.n and d.loose[nxt] == "عن" and nxt + 1 in by_first:
            return named(by_first[nxt + 1])
        if nxt < d.n and d.loose[nxt] in _FROM_HIM and _verb_variants(d, cue.first) & _NAQAL:
            him = pronoun()  # ونقلت صحيفة حريت عنه قوله: "him", the speaker before
            return Speaker(him.actor, him.kind, him.text, m[0], nxt)
        return sp
    words = name_words()
    if (
        k + 2 < d.n
        and any((v,) in words["honorifics"] for v in d.var[k])
        and d.loose[k + 1] in _OPENING_QUOTES
        and k + 2 in by_first
        and by_first[k + 2][4] == "person"
    ):
        # ويشير العم «عبدالله الحكيم» إلى أن …: an honorific, then the name in quotation marks
        n = named(by_first[k + 2])
        return Speaker(n.actor, n.kind, n.text, k, n.last)
    kin = k + 1  # (past the titles of the person named: شقيق الرئيس بشار الأسد)
    while kin < min(k + 3, d.n) and kin not in by_first and d.var[kin] & words["person_heads"]:
        kin += 1
    if (
        d.loose[k] in _KIN
        and kin in by_first
        and by_first[kin][4] in ("person", "role")
        and not ("enclitic" in d.t and str(d.t["enclitic"].iat[k]))
    ):
        # وقال والد مايكل براون …, وقالت زوجة جون كيري …: a relative or the counsel of the
        # person named, who is someone else (an unnamed source, the same one each time) — not
        # with a pronoun, which makes the name the relative's own (قال شقيقه إبراهيم البغلي)
        m = by_first[kin]
        name = _span(d, text, k, m[1])
        return Speaker(f"unnamed:{name}", "unnamed", name, k, m[1])
    if (
        d.loose[k] in _KIN
        and k + 1 < d.n
        and d.same_sentence(k, k + 1)
        and d.article(k + 1)
        and d.pos[k + 1] == "NOUN"
        and k + 1 not in by_first
        and not ("enclitic" in d.t and str(d.t["enclitic"].iat[k]))
    ):
        # وروى شقيق الفقيد …, وقالت والدة الضحية …: a relative of someone the article names by
        # a noun (the deceased, the victim) — an unnamed source, the same one each time
        name = _span(d, text, k, k + 1)
        return Speaker(f"unnamed:{name}", "unnamed", name, k, k + 1)
    if d.var[k] & words["person_heads"] or (d.article(k) and d.loose[k][2:] in words["person_heads"]):
        # (المحافظ, المدير: an office's head with the article, as the titles of names.yaml are)
        # an office before the name (مدير عام التعليم بمنطقة نجران ناصر بن سليمان المنيع أن …;
        # … للمهندسين د. جميل البقعاوي: the point of an abbreviation does not end it)
        skip = None
        for kk in range(k + 1, min(k + 16, d.n)):
            if skip is not None and kk <= skip:
                continue  # رئيس «قياس» الأمير فيصل …: a quoted name inside the office's phrase
            skip = _quoted_name_in_phrase(d, kk, k)
            if skip is not None:
                continue
            if (
                d.sent[kk] != d.sent[cue.first]
                or _that(d, kk)
                or (d.punct[kk] and not _abbreviation_point(d, kk) and not _slash_after_title(d, kk, words))
            ):
                break
            if kk in by_first and by_first[kk][4] in ("person", "role"):
                if by_first[kk][4] == "role" and (
                    d.var[kk - 1] & _ORG_FIRSTS() or d.loose[kk].startswith("لل")
                ):
                    # الملحق الثقافي في سفارة خادم الحرمين الشريفين: the embassy's king; الممثل
                    # الخاص للأمين العام …: the one he represents
                    continue
                return named(by_first[kk])
        office = _office_np(d, k, cue, words, by_first, text, lex)
        if office is not None:
            # الأمين العام لأوبك عبد الله البدري أن …: the person the office names, else the
            # office (وأكد وكيل وزارة الشؤون الاجتماعية أن …), not the body it serves
            tn = _trailing_name(d, k, _said_clause_at(d, k, cue), words, state, text)
            return tn if tn is not None else office
        between = _name_between_commas(d, k, cue, words, lex)
        if between is not None:
            # دعا وزير حقوق الإنسان اليمني، عز الدين الأصبحي، مفوض …: the name in apposition
            a, b = between
            name = _span(d, text, a, b)
            return Speaker(f"person:{loose(name)}", "named", name, a, b)
        if (
            _title_alone(d, k, object_first=loose(cue.word) in _OBJECT_FIRST)
            and _person_ahead(d, k, cue, by_first, lex) is None
        ):
            # وأكد المفتي، في بيان …, وأضاف الوزير أن …: the person that title was given to
            # earlier in the article, else the title itself as the source — unless a name the
            # gazetteer lacks closes the phrase (وأوضح الخبير في تصميم الحفلات خالد الشرهان أن)
            end = _said_clause_at(d, k, cue)
            tn = _trailing_name(d, k, end, words, state, text) if end is not None else None
            if tn is not None:
                return tn
            m = _title_holder(d, k, cue, mentions)
            if m is not None:  # (named here by the title only: a role, as the gold protocol has it)
                return Speaker(m[2], "role", _span(d, text, k, k), k, k)
            last = _title_of_last(d, k, cue, state)
            if last is not None:  # المدرب … كلاوديو رانييري; وقال رانييري … وأوضح المدرب
                return Speaker(last.actor, "role", last.text, k, k)
            u = unnamed(k)  # وأضاف المتحدث: the المتحدث باسم الشرطة before
            if u is not None:
                return u
            name = _span(d, text, k, k)
            return Speaker(f"unnamed:{name}", "unnamed", name, k, k)
    end = _said_clause_at(d, k, cue)
    if end is not None and (
        (d.loose[k] in _NP_END and not _imam(d, k)) or _mention_before_verb(d, cue, by_last) is not None
    ):
        end = None  # قال في مؤتمر … مع نظيره سامح شكري "…", كيري قال …: no subject after the verb
    if end is not None:
        e = end - 1
        while e > k and (d.loose[e] in _SKIP or d.loose[e] in ("،", ",", "(", ")")):
            e -= 1
        m = by_last.get(e)
        if (
            m is not None
            and m[4] in ("person", "role")
            and m[0] > k
            and _describes(d, k, m[0], words)
            and not _name_after_preposition(d, m)
        ):
            return named(m)  # الناطق الإعلامي في مديرية … العقيد محمد العاصمي أن …
        tn = _trailing_name(d, k, end, words, state, text)
        if tn is not None:
            return tn  # … في إذاعة قطر القطري حسن الساعي إن …: the person named last
    elif _mention_before_verb(d, cue, by_last) is None:
        obj = _prepositional_object(d, k, cue)
        tn = _trailing_name(d, k, obj, words, state, text) if obj is not None else None
        if tn is not None:
            return tn  # أشاد مدرب الفتح ناصيف البياوي بأداء …: the person named before the object
    u = unnamed(k)
    if u is not None:
        nxt = u.last + 1
        if nxt < d.n and d.loose[nxt] == "عن" and nxt + 1 in by_first:
            return named(by_first[nxt + 1])
        if nxt < d.n and d.loose[nxt] in _FROM_HIM and _verb_variants(d, cue.first) & _NAQAL:
            him = pronoun()  # ونقلت الصحيفة عنه قوله: "him", the speaker before
            return Speaker(him.actor, him.kind, him.text, u.first, nxt)
        return u
    for kk in range(k + 1, min(k + 4, d.n)):
        if not d.same_sentence(cue.first, kk) or d.var[kk] & lex["complementizers"]:
            break
        if d.loose[kk] in _SAID_OBJECTS and not d.var[kk] & (words["given"] | words["ambiguous"]):
            break  # وأكد الأمين العام تصميم دول مجلس التعاون …: what he stressed begins
        if kk in by_first:
            m = by_first[kk]
            if _addressee(d, kk):
                break  # وقال أقرباء لعائلة الرهينة لوكالة الصحافة الفرنسية: to whom, not who
            r = _name_then_who(d, k, kk, words) if m[4] not in ("person", "role") else None
            if r is not None:
                # أعلن رافايل بينيتيز مدرب ريال مدريد أن …: the name, then who he is (the
                # club he coaches is not the speaker)
                name = _span(d, text, k, r)
                return Speaker(f"person:{loose(name)}", "named", name, k, r)
            if m[4] in ("organisation", "state") and kk - 1 > k and _office_word(d, kk - 1, words):
                break  # وقال واين روني قائد مانشستر: …: the body of someone's office is not who speaks
            nxt_m = by_first.get(m[1] + 1)
            if (
                m[4] == "state"
                and nxt_m is not None
                and nxt_m[4] in ("person", "role")
                and d.sent[nxt_m[0]] == d.sent[k]
            ):
                return named(nxt_m)  # توقعت مصممة الديكور السعودية أماني الصوفي: the designer, not her state
            if d.loose[kk - 1] in _OBJECT_PREPOSITIONS and _to_whom(d, k, words):
                # وقالت لنظرائها في آسيان: to whom, and where they are — the speaker is the one
                # before (not after a subject: القيادي في التحالف الكردستاني …, موظف في إدارة …)
                break
            if (_office_word(d, k, words) and m[4] in ("state", "organisation")) or (
                m[4] == "role" and kk > k + 1 and d.loose[kk].startswith("لل")
            ):
                # (and الممثل الخاص للأمين العام …: the office after ل is the one he represents;
                # the speaker is the representative)
                # أكد القنصل العام لكوريا الجنوبية …: the body an office serves is not the
                # speaker; the person named after the office is, else the office (with a name
                # the gazetteer does not know after it, if any)
                ahead = _person_ahead(d, m[1], cue, by_first, lex)
                if ahead is not None:
                    return named(ahead)
                after = _name_after_office(d, m[1] + 1, cue, lex)
                if after is not None:
                    a, b = after
                    name = _span(d, text, a, b)
                    return Speaker(f"person:{loose(name)}", "named", name, a, b)
                e = m[1]
                while (
                    e + 1 < d.n
                    and d.same_sentence(e, e + 1)
                    and (d.loose[e + 1] in _FORMER or _adjective_with_article(d, e + 1))
                ):
                    e += 1  # نجم يوفنتوس السابق, مدرب ريال مدريد الإسباني: who he is, not what he says
                name = _span(d, text, k, e)
                return Speaker(f"unnamed:{name}", "unnamed", name, k, e)
            return named(m)
    # a subject the gazetteer does not know: one to three name-like words, then إن/أن
    # (وقال شومر إن …), or then a comma and the person's office (رحبت فيديريكا موغيريني، وزيرة
    # الخارجية …; وقال مارتي والش، رئيس بلدية بوسطن، إن …)
    for c in range(k + 1, min(k + 4, d.n)):
        if d.sent[c] != d.sent[cue.first]:
            break
        apposed = (
            c > k + 1
            and d.var[c] & words["person_heads"]
            and (
                d.loose[c].startswith("ال")
                # (or an office in construct: وقال جريج آبوت حاكم ولاية تكساس, … وزير الخارجية)
                or (c + 1 < d.n and d.same_sentence(c, c + 1) and d.pos[c + 1] == "NOUN")
            )
        )
        # or the person's age in brackets (وأعلن بيلسا (60 عاما) استقالته)
        apposed = apposed or (d.loose[c] == "(" and c + 1 < d.n and str(d.t["token"].iat[c + 1]).isdigit())
        if apposed or (d.loose[c] in ("،", ",") and c + 1 < d.n and d.var[c + 1] & words["person_heads"]):
            # (or the office right after two or three name words: نفى ديميتري بيسكوف المتحدث
            # باسم الرئاسة الروسية …)
            if all(
                not d.loose[x].startswith("ال")
                and not d.punct[x]
                and d.pos[x] not in ("FUNC", "NUM")
                and (d.pos[x] in ("X", "PROPN") or d.var[x] & words["given"] or _rare(d.t["token"].iat[x]))
                for x in range(k, c)
            ):
                name = text[int(d.t["start"].iat[k]) : int(d.t["end"].iat[c - 1])]
                # the words that name him run on through an office in construct (… حاكم ولاية
                # تكساس في تصريحات صحفية "…": the quotation after it is what he said) — the nouns
                # up to the first definite one and its state's adjectives, or a quoted name after
                # a body's head (رئيس نادي "سب-أكوا")
                e = c
                construct = apposed and not d.loose[c].startswith("ال")
                while construct and e + 1 < d.n and e - c < 6 and d.sent[e + 1] == d.sent[c]:
                    if d.loose[e + 1] in _OPENING_QUOTES and d.var[e] & _NAMED_HEADS():
                        close = _closing_quote(d, e + 1, 6)
                        if close is None:
                            break
                        e = close
                        break
                    if d.punct[e + 1] or d.pos[e + 1] not in ("NOUN", "PROPN", "X") or _that(d, e + 1):
                        break
                    e += 1
                    if d.article(e):
                        while (
                            e + 1 < d.n
                            and d.sent[e + 1] == d.sent[c]
                            and d.article(e + 1)
                            and _nisba_adjective(d, e + 1)
                        ):
                            e += 1
                        break
                return Speaker(f"person:{loose(name)}", "named", name, k, e if construct and e > c else c - 1)
            break
        if d.punct[c]:
            break
        if _that(d, c):
            span = range(k, c)
            if all(
                not d.loose[x].startswith("ال")
                and d.pos[x] not in ("FUNC", "NUM")
                and (d.pos[x] in ("X", "PROPN") or d.var[x] & words["given"])
                for x in span
            ):
                name = text[int(d.t["start"].iat[k]) : int(d.t["end"].iat[c - 1])]
                return Speaker(f"person:{loose(name)}", "named", name, k, c - 1)
            break
    before = _mention_before_verb(d, cue, by_last)
    if before is not None:
        return named(before)
    if end is not None:
        sp = _subject_np(d, k, end, cue, lex, words, mentions, state, text)
        if sp is not None:
            return sp
    elif d.loose[k].startswith("ال") and any(p[0] == d.loose[k][2:] for p in words["org_heads"]):
        # أعلنت اللجنة التنظيمية الخليجية تأجيل …: no said clause, an organisation right after
        # the verb, its definite words up to the object
        e = k + 1
        while e < d.n and d.same_sentence(k, e) and d.loose[e].startswith("ال") and e - k < 6:
            e += 1
        body = _agrees_with_verb(d, k, cue, lex)
        if body and loose(cue.word) in _OBJECT_FIRST:
            # the body and the nisba adjectives after it (وحذرت الوزارة الأمريكية المواطنين): the
            # definite noun after them is the object
            e = k + 1
            while e < d.n and e - k < 4 and d.same_sentence(k, e) and d.article(e) and _nisba_adjective(d, e):
                e += 1
        sp = _subject_np(d, k, e, cue, lex, words, mentions, state, text, body_subject=body)
        if sp is not None and (str(sp.actor).startswith("organisation:") or body):
            # (ونفت الحكومة الأنباء, وحذرت الوزارة من …: a body that agrees with the verb in
            # gender is its subject, also after a verb whose first noun is often its object)
            return sp
    elif (
        d.article(k)
        and k + 2 < d.n
        and d.sent[k + 2] == d.sent[k]
        and d.loose[k + 1] in words["nisba"]
        and d.loose[k + 2] in ("،", ",")
        and d.pos[k] == "NOUN"
    ):
        # أعلن الأمن المصري، استشهاد …: a definite noun and a state's adjective between the
        # verb and a comma (the security services, the army of a state) is its subject
        sp = _subject_np(d, k, k + 2, cue, lex, words, mentions, state, text)
        if sp is not None:
            return sp
    if end is None and _lone_name_after_verb(d, k):
        full = _surname_of(d, k, words, text)
        name = _span(d, text, k, k)
        return Speaker(f"person:{loose(full or name)}", "named", name, k, k)
    return pronoun()


@lru_cache(maxsize=1)
def _NAMED_HEADS() -> frozenset[str]:  # noqa: N802 (a constant, built once)
    """Head words of bodies and outlets (مجموعة, شركة, صحيفة …) that a quoted name follows."""
    return frozenset(_MEDIA_HEADS | {p[0] for p in name_words()["org_heads"] if len(p) == 1})


@lru_cache(maxsize=1)
def _ORG_FIRSTS() -> frozenset[str]:  # noqa: N802 (a constant, built once)
    """The first words of the organisations' head nouns of names.yaml (سفارة, وزارة, مكتب)."""
    return frozenset(p[0] for p in name_words()["org_heads"])


_GROUP_HEADS = {loose(w) for w in "تنظيم جماعة حركة حزب جبهة".split()}


def _subject_set_off(d: DocWords, cue: ReportingCue, by_last: dict):
    """The actor named between إن/أن (or the sentence's start) and a comma right before the verb
    (يذكر أن تنظيم الإخوان، زعم أن …; وكان الرئيس، قال إن …): the verb's subject, set off by
    the comma; else None."""
    c = cue.first - 1
    if c < 1 or d.loose[c] not in ("،", ",") or d.sent[c] != d.sent[cue.first]:
        return None
    m = by_last.get(c - 1)
    if m is None or d.sent[m[0]] != d.sent[cue.first]:
        return None
    b = m[0] - 1
    if b > 0 and d.sent[b] == d.sent[m[0]] and d.loose[b] in _GROUP_HEADS:
        b -= 1  # تنظيم الإخوان: the head before the name
    opens = b < 0 or d.sent[b] != d.sent[m[0]] or _that(d, b) or d.loose[b] in _AUX
    return m if opens else None


def _name_after_preposition(d: DocWords, m: tuple) -> bool:
    """Whether mention ``m`` (a person found in the text) starts with ل, ب or ك that its name
    lacks (قال مسؤول في اللجنة …، المنطقة المؤيدة لنكورونزيزا: "which supports Nkurunziza"): the
    object of a preposition closing the speaker's description, not the speaker."""
    w, actor = d.loose[m[0]], str(m[2])
    if w[:1] not in "لبك" or not actor.startswith("person:"):
        return False
    return w[1:] in actor.split(":", 1)[1].split()


#: A pronoun with an honorific as the verb's subject (وأعرب سموه, وأوضح فضيلته) and the words
#: that give the same honorific before a name (صاحب السمو الملكي الأمير …, فضيلة الشيخ …).
_HONOURED = {
    loose(pronoun): {loose(w) for w in marks.split()}
    for pronouns, marks in (
        ("سموه سموها", "سمو السمو الأمير الأميرة الملكي"),
        ("معاليه معاليها", "معالي"),
        ("فضيلته", "فضيلة الشيخ القاضي"),  # (not الإمام: ابن جرير quoted in a sermon)
        ("سماحته", "سماحة الشيخ المفتي مفتي"),
        ("فخامته", "فخامة الرئيس"),
        ("سعادته سعادتها", "سعادة"),
    )
    for pronoun in pronouns.split()
}


def _honoured(d: DocWords, cue: ReportingCue, mentions: list, last: Speaker | None = None):
    """The person an honorific pronoun after the verb stands for (وأعرب سموه عن …, وتساءل
    فضيلته): the last speaker when the article gave him that honorific (وقال معالي وزير
    الخارجية … وأفاد معاليه), else the latest person or role of the last twelve sentences named
    with it (واسى صاحب السمو الملكي الأمير خالد الفيصل … آل المليص في وفاة فقيدتهم سارة …
    وأعرب سموه: the prince, not the late woman named last); else None."""
    k = cue.last + 1
    if (
        cue.kind == "according"
        or k >= d.n
        or not d.same_sentence(cue.first, k)
        or d.loose[k] not in _HONOURED
    ):
        return None
    marks = _HONOURED[d.loose[k]]

    def honoured(m) -> bool:  # the honorific in the mention or among the four words before it
        return any(
            d.loose[x] in marks for x in range(max(0, m[0] - 4), m[1] + 1) if d.sent[x] == d.sent[m[0]]
        )

    if last is not None and last.actor is not None:
        # (the last speaker, wherever the article named him with the honorific: a sermon's
        # preacher, not الإمام ابن جرير he quoted)
        if any(m[2] == last.actor and honoured(m) for m in mentions if m[1] < cue.first):
            return last
    return next((m for m in _recent_people(d, cue, mentions) if honoured(m)), None)


def _recent_people(d: DocWords, cue: ReportingCue, mentions: list):
    """The person and role mentions before the cue in its last twelve sentences, the latest first."""
    for m in reversed(mentions):
        if m[1] >= cue.first:
            continue
        if d.sent[cue.first] - d.sent[m[0]] > 12:
            break
        if m[4] in ("person", "role"):
            yield m


def _title_alone(d: DocWords, k: int, object_first: bool = False) -> bool:
    """True when the title at ``k`` (with its article) is the whole subject: a comma, a
    complementizer, a preposition or the end of the sentence follows (وأكد المفتي، …, وأضاف
    الوزير أن …, وقال السفير في بيان), or an adverbial accusative before a preposition (وأكد
    الوزير ردا على سؤال …) — not a name or a complement (الوزير جون كيري). After a verb whose
    object often comes first (``object_first``: وصف, انتقد, دعا), also a common definite noun
    that is no adjective: the verb's object (ووصف الوزير الاتفاق بالتاريخي, وحث الوزير الشركات
    على …)."""
    w = d.loose[k]
    if not w.startswith("ال") or len(w) < 5 or k + 1 >= d.n:
        return False
    nxt = d.loose[k + 1]
    return bool(
        not d.same_sentence(k, k + 1)
        or d.punct[k + 1]
        or _that(d, k + 1)
        or nxt in _NP_END
        or nxt in _SKIP
        or _adverbial_before_preposition(d, k + 1, verbs=True)
        or (object_first and _object_noun(d, k + 1))
    )


#: A definite noun general Arabic writes at least this often (per word, wordfreq) is a common
#: noun, not a family name with the article (الاتفاق 4e-5, الجهات 3.6e-5, التصريحات 1.2e-5).
_COMMON_NOUN = 1e-5


def _object_noun(d: DocWords, x: int) -> bool:
    """A common definite noun, no adjective (nisba, ـي), no title and no name: الاتفاق,
    المواطنين, الشركات — what a verb is about, after its subject."""
    from wordfreq import word_frequency

    w = d.loose[x]
    words = name_words()
    return (
        d.article(x)
        and d.pos[x] == "NOUN"
        and not w.endswith(("ي", "يه"))
        and w not in words["nisba"]
        and w not in _QUALIFIERS
        and not d.var[x] & words["person_heads"]
        and word_frequency(str(d.t["norm"].iat[x]), "ar") >= _COMMON_NOUN
    )


def _mention_before_verb(d: DocWords, cue: ReportingCue, by_last: dict) -> tuple | None:
    """The actor named right before a verb without و/ف in its sentence, its subject (كيري قال إن
    …); the person when that actor is the body of the person's office or occupation (الإيطالي
    أنشيلوتي مدرب ريال مدريد أكد …: the coach, not his club; None when the finder knows no such
    person there: السويسري غروس مدرب الأهلي أكد). None for one inside a topic put first
    (وحول إصابة المهاجم نايف هزازي قال: …, …، وعن الإشارات الموضوعة من أجل حركة المشاة ذكر عبيد
    أن …: what was asked about, not who answers) and before a verb with و/ف, which opens a
    clause of its own (وامتدح غروس لاعبيه في الأهلي وقال إنه …)."""
    x = cue.first - 1
    while (
        x > 0
        and x not in by_last
        and d.sent[x] == d.sent[cue.first]
        and cue.first - x <= 3
        and (d.loose[x] in _CLOSING_QUOTES or _adjective_with_article(d, x))
    ):
        x -= 1  # صحيفة «ليكيب» الفرنسية ذكرت: the name, its closing mark and its state's adjective
    if x not in by_last or d.sent[x] != d.sent[cue.first]:
        return None
    first = by_last[x][0]
    procl = str(d.t["proclitic"].iat[first]) if "proclitic" in d.t else ""
    procl = procl[:-2] if procl.endswith("ال") else procl  # (the article is no preposition)
    if any(c in procl for c in "بلك") or (first > 0 and d.loose[first - 1] in _PREPOSITIONS_BEFORE):
        return None  # وزير الداخلية بدولة الإمارات أعرب …: a preposition's object is no subject
    if len(d.var[cue.first]) > 1 and d.loose[cue.first][:1] in "وف":
        return None
    m = by_last[x]
    topic = _fronted_topic(d, cue.first)
    if topic is not None and m[0] >= topic:
        return None
    h = m[0] - 1
    if m[4] in ("organisation", "state") and h > 0 and _office_word(d, h, name_words()):
        holder = by_last.get(h - 1)
        if holder is not None and holder[4] in ("person", "role") and d.sent[h - 1] == d.sent[x]:
            return holder
        return None  # (a holder the finder does not know: not the body, whoever it is)
    return m


#: Prepositions before an actor named right before a verb: the actor is their object (not عن:
#: ونقل البيان عن الكاظمي قوله, the one quoted speaks).
_PREPOSITIONS_BEFORE = {loose(w) for w in "في من إلى الى على مع لدى".split()}


def _office_word(d: DocWords, k: int, words: dict) -> bool:
    """A title, an office or an occupation at ``k`` (القنصل, وزير, مدرب): the body or the club
    named after it is whom the person serves, not the person; so is a player's club after نجم,
    "star" (نجم يوفنتوس السابق: a family name too, أحمد نجم, so no title of names.yaml)."""
    return bool(d.var[k] & words["person_heads"]) or d.loose[k] in words["occupations"] or d.loose[k] in _STAR


_STAR = {loose(w) for w in "نجم نجوم".split()}


def _person_ahead(d: DocWords, k: int, cue: ReportingCue, by_first: dict, lex: dict) -> tuple | None:
    """The first person or role mention after token ``k`` and before what is said (a
    complementizer, a colon, a quotation mark or a verb) in the cue's sentence, within 16 words:
    the name that a title or an office and its complements lead to (وأوضح الخبير في تصميم الحفلات
    خالد الشرهان أن …); else None. A name in quotation marks that completes a noun before it
    is passed over (أكد رئيس «قياس» الأمير فيصل …, وقال مدير عام «أرامكو» المهندس …)."""
    x = k
    while x + 1 < min(k + 17, d.n):
        x += 1
        close = _quoted_name_in_phrase(d, x, k)
        if close is not None:
            x = close
            continue
        if (
            not d.same_sentence(cue.first, x)
            or d.var[x] & lex["complementizers"]
            or d.loose[x] in (":",) + _OPENING_QUOTES
            or d.pos[x] == "VERB"
            and x not in by_first
        ):
            return None
        if d.loose[x] in _AS_WHAT:
            return None  # وقال المحافظ بصفته متحدثا باسم الأسد: who he speaks for, not his name
        m = by_first.get(x)
        if m is not None and m[4] in ("person", "role"):
            return m
    return None


def _quoted_name_in_phrase(d: DocWords, x: int, k: int) -> int | None:
    """The closing mark of a name in quotation marks opening at ``x`` that completes the noun
    before it, inside a phrase that started at ``k`` (رئيس «قياس», مدير عام «أرامكو»: a body's
    short name; not a quotation right after the verb, وأضاف «كارثة», nor after a definite
    word, وأضاف الوزير «…»); else None."""
    if x <= k or d.punct[x - 1] or d.pos[x - 1] not in ("NOUN", "ADJ") or d.article(x - 1):
        return None
    return _quoted_name_end(d, x)


def _title_of_last(d: DocWords, k: int, cue: ReportingCue, state: dict) -> Speaker | None:
    """The speaker before, when the article gave him the title at ``k`` earlier: the title
    (with or without its article) followed within six words by his last name word (بدأ المدرب
    الإيطالي المخضرم كلاوديو رانييري … وقال رانييري … وأوضح المدرب); else None."""
    last = state.get("last")
    if (
        last is None
        or last.actor is None
        or not last.text.split()
        or not last.actor.startswith(("person:", "unnamed:"))
    ):
        return None  # (a person: not رويترز after وقال الوزير لرويترز)
    name = loose(last.text.split()[-1])
    forms = {d.loose[k], d.loose[k][2:]}
    for x in range(cue.first):
        if d.loose[x] in forms and any(
            (d.loose[y] == name or name in d.var[y]) and not _addressee(d, y)
            for y in range(x + 1, min(x + 7, d.n))
            if d.sent[y] == d.sent[x]
        ):
            return last
    return None


def _title_holder(d: DocWords, k: int, cue: ReportingCue, mentions: list) -> tuple | None:
    """The person or role mention of the last twelve sentences that the title at ``k`` (with or
    without its article) stood in or among the titles before it, back to the verb (مفتي مصر
    شوقي علام; السفير الأمريكي لدى المملكة جوزيف ويستفول), the latest; else None."""
    forms = {d.loose[k], d.loose[k][2:]}
    for m in _recent_people(d, cue, mentions):
        if any(d.loose[x] in forms for x in range(m[0], m[1] + 1)):
            return m
        # the titles before the name, back to the verb or the sentence's start (أكد سماحة مفتي
        # عام المملكة رئيس هيئة كبار العلماء … الشيخ عبدالعزيز بن عبدالله)
        x = m[0] - 1
        while x >= 0 and m[0] - x <= 16 and d.sent[x] == d.sent[m[0]] and d.pos[x] != "VERB":
            if d.loose[x] in forms:
                if x + 1 < m[0] and d.loose[x + 1] in _FORMER:
                    break  # المدرب السابق نايجل بيرسون: the former holder is not "the coach"
                return m
            if d.punct[x] and d.loose[x] not in ("،", ","):
                break
            x -= 1
    return None


def _name_closing(d: DocWords, k: int, last: int, words: dict) -> int | None:
    """The first token of a person's name closing the phrase ``k``…``last`` after an office
    (مدير الفرع برجس العيباني): a run of name words without clitics — only its last word may
    carry the article, as a family name in ي (العيباني, not البريطانية) — of two words, or
    longer when it opens with a known first name; a longer run of unknown words is a place and
    a name run together (بلدية هيروشيما كازومي ماتسوي) and is left alone. None when there is no
    such name."""
    w = d.loose[last]
    if w.startswith("ال") and not w.endswith("ي"):
        return None
    a = last
    while a > k + 1 and last - a < 3:
        x = a - 1
        if d.loose[x].startswith("ال") or _clitic_on_word(d, x):
            break
        if not (_name_word(d, x, words) or _rare_name_word(d, x)):
            break
        a = x
    if a == last or (w.startswith("ال") and last - a < 1):
        return None
    given = words["given"] | words["ambiguous"] | words["foreign"]
    first_name = bool(d.var[a] & given)
    n = last - a + 1
    if n == 2 and not first_name and d.var[last] & given:
        return None  # مدير كهرباء تعز نبيل …: a place, then a first name the phrase cut off
    return a if n == 2 or (n > 2 and first_name) else None


def _clitic_on_word(d: DocWords, x: int) -> bool:
    """True when token ``x`` is و, ب, ل or ك on a common word (بإمارة, والإغاثة): the word
    without its first letter is written ≥ 10 per million and 5 times as often as with it — not a
    rare name that opens with one of these letters (برجس)."""
    token = str(d.t["token"].iat[x])
    if d.loose[x][:1] not in "وبلك" or len(token) < 3:
        return False
    return _preposition_rest(token, token[1:])


def _rare_name_word(d: DocWords, x: int) -> bool:
    """A word general Arabic rarely writes (:func:`_rare`), without the article or a function
    word's part of speech: a name the analysers read as a word (جيم كرافت, مزنة, برجس)."""
    return (
        not d.punct[x]
        and not d.loose[x].startswith(("ال", "وال", "فال", "بال", "كال", "لل"))  # (والإغاثة)
        and d.pos[x] not in ("FUNC", "NUM", "VERB")
        and _rare(d.t["token"].iat[x])
    )


def _imam(d: DocWords, k: int) -> bool:
    """True when token ``k``, loosely أمام ("in front of"), is إمام, an imam: written with
    its hamza below, or followed by وخطيب (إمام وخطيب المسجد الحرام)."""
    return str(d.t["token"].iat[k]).startswith("إ") or (k + 1 < d.n and d.loose[k + 1] == "وخطيب")


def _rare(word: str) -> bool:
    """A word general Arabic writes less than 6 times per million words (ناك, يونج, مارتي: names
    the analysers read as words, ناك a verb) — common words such as مؤكدا or خلال are not."""
    from wordfreq import word_frequency

    return word_frequency(word, "ar") < 6e-6


def _name_between_commas(
    d: DocWords, k: int, cue: ReportingCue, words: dict, lex: dict
) -> tuple[int, int] | None:
    """A name in apposition to the office or title at ``k``, between two commas (دعا وزير حقوق
    الإنسان اليمني، عز الدين الأصبحي، مفوض …): two to four words after the office phrase's
    comma and before the next one — first names, words the dictionary does not know or general
    Arabic rarely writes, and after the first word a family name with the article (الأصبحي) or
    the second half of a compound name (الدين); their first and last token, else None."""
    c = k + 1
    while c < d.n and d.same_sentence(cue.first, c) and not d.punct[c] and c - k < 9:
        if d.pos[c] == "VERB" or _that(d, c):
            return None
        c += 1
    if c >= d.n or d.loose[c] not in ("،", ","):
        return None
    a = b = c + 1
    verbs = set(lex["verbs"]) | lex["continuation"]
    while b < d.n and d.same_sentence(a, b) and not d.punct[b] and b - a < 4:
        w = d.loose[b]
        if d.pos[b] == "FUNC" or d.var[b] & verbs:
            return None
        if w.startswith("ال"):
            if b == a or not (w.endswith("ي") or w in _NAME_SECONDS):
                return None
        elif not (
            d.var[b] & (words["given"] | words["ambiguous"])
            or d.pos[b] in ("X", "PROPN")
            or _rare(d.t["token"].iat[b])
            or (b + 1 < d.n and d.loose[b + 1] in _NAME_SECONDS)  # عز الدين, نصر الله
        ):
            return None
        b += 1
    if b - a < 2 or b >= d.n or d.loose[b] not in ("،", ","):
        return None
    return a, b - 1


def _name_after_office(d: DocWords, i: int, cue: ReportingCue, lex: dict) -> tuple[int, int] | None:
    """A person's name of two or three words after an office and its body (القنصل العام لكوريا
    الجنوبية بجدة، ناك يونج او في تصريحات …): after the comma that ends the office phrase, words
    that are no common Arabic word (no article, no clitic, no function word) — a name the
    gazetteer does not know; their first and last token, else None."""
    while i < d.n and d.same_sentence(cue.first, i) and not d.punct[i] and i - cue.first < 12:
        i += 1  # the rest of the office phrase (… بجدة)
    if i >= d.n or d.loose[i] not in ("،", ",") or not d.same_sentence(cue.first, i + 1):
        return None
    a = b = i + 1
    while (
        b < d.n
        and b - a < 3
        and d.same_sentence(a, b)
        and not d.punct[b]
        and not d.loose[b].startswith("ال")
        and d.pos[b] != "FUNC"
        and not d.var[b] & (set(lex["verbs"]) | lex["continuation"])
        and (d.pos[b] in ("X", "PROPN") or _rare(d.t["token"].iat[b]))
    ):
        b += 1
    return (a, b - 1) if b - a >= 2 else None


#: هدد "threatened": speech only with what is threatened after ب (هدد بمقاضاة, وهددوا
#: باحتجاجات) or a said clause; with a direct object it is "endangers" (يهدد الأمن: 22 of 28
#: forms on an unseen day, 2015-08-09).
_THREATENED = {loose(w) for w in "هدد هددت هددوا يهدد تهدد يهددون".split()}


def _threat_made(d: DocWords, i: int) -> bool:
    """A word with the preposition ب (بمقاضاة, بالرد), إن/أن, a colon or a quotation after the
    verb at ``i``, in its clause."""
    for x in range(i + 1, min(i + 12, d.n)):
        if d.sent[x] != d.sent[i]:
            return False
        w = d.loose[x]
        if _that(d, x) or w in (":", "«", "“", '"'):
            return True
        if d.punct[x]:
            return False
        if w[:1] == "ب" and (
            ("proclitic" in d.t and str(d.t["proclitic"].iat[x])[:1] == "ب")
            or not _own_first_letter(str(d.t["token"].iat[x]))
        ):
            return True  # (بشن, read as one word, is ب + شن: general Arabic writes شن more)
    return False


#: وصف "described": written right before ب it is the passive (وُصفت بالعنيفة), with no speaker.
_DESCRIBED = {loose(w) for w in "وصف وصفت".split()}
_REFUSED = {loose(w) for w in "رفض رفضت رفضوا".split()}
_ON_BEHALF = {loose(w) for w in "نيابة بالنيابة".split()}
#: What نقل conveys when it is speech with no said clause: condolences, greetings, congratulations.
_CONVEYED = {
    loose(w)
    for w in "تعازي التعازي تعازيه تحيات تحية تحياته تهاني التهاني تهانيه تهنئة مواساة تمنيات".split()
}
#: What a source declines to do (رفض التعليق, رفض المسؤول الحديث عن …, رفضت الكشف عن هويتها).
_DECLINED = {
    loose(w) for w in "الحديث التحدث التعليق الإدلاء الإفصاح الخوض الرد الإجابة الكشف الإفادة".split()
}


def _declined(d: DocWords, i: int) -> bool:
    """رفض at ``i`` with "to comment", "to talk" as its object within its subject's few words
    (رفض التعليق, ورفض المسؤول الحديث عن …): a refusal to speak, nothing said."""
    if not _verb_variants(d, i) & _REFUSED:
        return False
    for x in range(i + 1, min(i + 6, d.n)):
        if not d.same_sentence(i, x) or d.punct[x]:
            return False
        if d.loose[x] in _DECLINED:
            return True
    return False


#: نقل "quoted": نُقل عن X قوله, ونقلت صحيفة حريت عنه قوله — X, or "him" (the speaker before).
_NAQAL = {loose(w) for w in "نقل نقلت ينقل تنقل".split()}
_FROM_HIM = {loose(w) for w in "عنه عنها عنهم عنهما".split()}
_WEEKDAYS = {loose(w) for w in "يوم الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()}


def _quoted_from(
    d: DocWords, k: int, cue: ReportingCue, by_first: dict, lex: dict, text: str
) -> Speaker | None:
    """نُقل (يوم الاثنين) عن رئيس الوزراء التركي أحمد داود أوغلو قوله …: the passive of نقل with
    عن right after it (a day between) quotes the person named after عن — the last person or role
    named before قوله or إن/أن; ونُقل عنه قوله …: "him", returned as ``kind="pronoun"`` (the
    caller resolves it) with the words that name him. Else None."""
    if cue.kind != "verb" or not _verb_variants(d, cue.first) & _NAQAL:
        return None
    x = k
    while x < d.n and d.same_sentence(cue.first, x) and (d.loose[x] in _SKIP or d.loose[x] in _WEEKDAYS):
        x += 1
    if x >= d.n or not d.same_sentence(cue.first, x):
        return None
    if d.loose[x] in _FROM_HIM:
        return Speaker(None, "pronoun", "", x, x)
    if d.loose[x] != "عن":
        return None
    found = None
    for y in range(x + 1, min(x + 10, d.n)):
        if not d.same_sentence(cue.first, y) or _that(d, y) or d.var[y] & set(lex["verbs"]):
            break
        if y in by_first and by_first[y][4] in ("person", "role", "organisation", "state", "group"):
            found = by_first[y]
    if found is None:
        return None
    sp = Speaker(
        found[2], "role" if found[3] == "role" else "named", _span(d, text, found[0], found[1]), x, found[1]
    )
    return sp


#: Prepositions whose object is never the subject of the verb before them (not من: العديد من
#: دول الخليج, the part names who).
_OBJECT_PREPOSITIONS = {loose(w) for w in "في إلى على عن مع لدى أمام".split()}
#: Verbs whose first complement is often an object (دعا الحكومة إلى, طالب الوزارة بـ, وصف
#: الاتفاق بأنه): a noun after them is not taken for their subject unless it is a known actor
#: or a person's name (or a body agreeing with the verb: :func:`_agrees_with_verb`).
_OBJECT_FIRST = {
    loose(w)
    for w in "دعا طالب حذر وصف اتهم هدد أبلغ انتقد ندد أدان نفى رفض اعتبر أبدى استبعد رحب أشاد "
    "نقل عزا أرجع قلل ربط اقترح أوصى لوح شكك توقع حث ناشد تمنى".split()
}
_DEMONSTRATIVES = {loose(w) for w in "ذلك هذا هذه".split()}
_OPENING_QUOTES = ("«", "“", '"')
_CLOSING_QUOTES = ("»", "”", '"')


def _closing_quote(d: DocWords, k: int, n: int) -> int | None:
    """The first closing quotation mark among the ``n - 1`` tokens after the opening one at
    ``k`` (``k + 1`` … ``k + n - 1``), else None."""
    return next((x for x in range(k + 1, min(k + n, d.n)) if d.loose[x] in _CLOSING_QUOTES), None)


#: Words that end a subject noun phrase before the said clause: prepositions standing alone.
_NP_END = _STOP | {
    loose(w) for w in "عبر أثناء حول مع منذ عند من الذي التي الذين اللذان اللتان بصفته بصفتها".split()
}
#: A time noun and the adjective that makes it a time (العام الماضي, الأسبوع المقبل, الشهر
#: الجاري): when it was said, not a word of the speaker's name (العام alone is "general": المدير العام).
_TIME_NOUNS = {loose(w) for w in "العام الشهر الأسبوع السنة الموسم الفصل".split()}
_TIME_ADJECTIVES = {
    loose(w) for w in "الماضي الماضية المقبل المقبلة الجاري الجارية الحالي الحالية المنصرم الفائت".split()
}


def _time_phrase(d: DocWords, j: int) -> bool:
    """Whether a time noun and its adjective start at ``j`` (العام الماضي)."""
    return (
        d.loose[j] in _TIME_NOUNS
        and j + 1 < d.n
        and d.same_sentence(j, j + 1)
        and d.loose[j + 1] in _TIME_ADJECTIVES
    )


#: Nouns that are the object of a reporting verb (أكد أهمية, شدد على ضرورة, أبدى استعداد,
#: أعرب عن قلق), never its subject.
_SAID_OBJECTS = {
    loose(w)
    for w in "أهمية ضرورة حرص استعداد رفض دعم تأييد التزام قلق أمل ترحيب تمسك حاجة أولوية "
    "تصميم عزم إصرار رغبة تضامن وقوف ثقة".split()
}
#: Heads whose phrase goes on after من (عدد من المواطنين, أحد من …).
_PARTITIVE = {loose(w) for w in "عدد أحد بعض مجموعة".split()}
_FORMER = {loose(w) for w in "السابق السابقة الأسبق الأسبقة سابق سابقة".split()}
#: Nouns whose genitive names another person than the one who speaks (والد مايكل براون: the
#: father speaks). Not ابن, أم, أب, أبو: they begin names (ابن خلدون, أم كلثوم).
_KIN = {
    loose(w)
    for w in "والد والدة نجل نجلة شقيق شقيقة أخو أخت زوج زوجة أرملة عم عمة خال خالة جد جدة حفيد حفيدة "
    "محامي محامية محامو صديق صديقة أسرة عائلة أقارب أقرباء ذوو ذوي أهل".split()
}


#: يعتبر/تعتبر without إن/أن is mostly "is considered" (وتعتبر اليابان أحد الحلفاء): speech
#: only with a said clause, as the verbs of ``needs_clause``.
_IS_CONSIDERED = {loose(w) for w in "يعتبر تعتبر".split()}


def _source_first(d: DocWords, cue: ReportingCue, lex: dict, text: str, by_last: dict) -> Speaker | None:
    """An unnamed source opening the clause right before the verb, with a mention inside it
    (مصادر مقربة من منصور البلوي تؤكد أن …, مسؤول في وزارة الخارجية قال إن …): the source, not
    the actor its phrase names; else None."""
    s = cue.first - 1
    while s > 0 and d.sent[s - 1] == d.sent[cue.first] and not d.punct[s - 1] and cue.first - s < 10:
        s -= 1
    if s >= cue.first - 1:
        return None
    np_ = _unnamed_np(d, s, lex, text, by_last)
    if np_ is None or np_[0] != cue.first - 1:
        return None
    return Speaker(f"unnamed:{np_[1]}", "unnamed", np_[1], s, np_[0])


def _source_after_complementizer(
    d: DocWords, cue: ReportingCue, lex: dict, text: str, by_last: dict
) -> Speaker | None:
    """An unnamed source right before the verb, opening a clause after a complementizer
    (غير أن المراقبين يؤكدون أن …, وأشار إلى أن المسؤولين يرون أن …), maybe with a phrase in
    في/من after it that says which (فإن الدراسات المتخصصة في مجال الاستدامة تشير إلى أن …);
    else None."""
    for s in range(cue.first - 1, max(0, cue.first - 10), -1):
        if d.sent[s] != d.sent[cue.first] or d.punct[s] or d.pos[s] == "VERB":
            return None
        if s > 0 and d.sent[s - 1] == d.sent[s] and d.var[s - 1] & (lex["complementizers"] | _FA_INNA):
            np_ = _unnamed_np(d, s, lex, text, by_last)
            if np_ is None:
                return None
            e = np_[0]
            if e != cue.first - 1:
                if d.loose[e + 1] not in ("في", "من") or cue.first - 1 - e > 4:
                    return None
                e = cue.first - 1  # (the phrase of the field or place: في مجال الاستدامة)
            name = _span(d, text, s, e)
            return Speaker(f"unnamed:{name}", "unnamed", name, s, e)
    return None


def _topic_before(
    d: DocWords, cue: ReportingCue, by_last: dict, text: str, words: dict, state: dict
) -> Speaker | None:
    """The subject put first: أما X فـ + verb (أما الشاعر (سلطان الغنامي) فأكد أنه …) and
    X، + verb at the start of a clause (القصبي، قال إنه …). An actor mention ending the topic is
    returned as ``kind="named_mention"`` (the caller names it); else a person's name ending the
    topic (:func:`_trailing_name`), else the topic's words as an unnamed source."""
    i = cue.first
    w = d.loose[i]
    if w[:1] == "ف" and len(d.var[i]) > 1:
        for a in range(i - 1, max(-1, i - 12), -1):
            if d.sent[a] != d.sent[i]:
                break
            if d.loose[a] == "اما":
                e = i - 1
                while e > a and d.punct[e]:
                    e -= 1
                if e <= a:
                    return None
                if e in by_last and by_last[e][0] > a:
                    return Speaker(None, "named_mention", "", by_last[e][0], e)
                first = next((m for m in by_last.values() if m[0] == a + 1), None)
                if first is not None and first[1] < e:  # أما كلينتون التي … فتقول
                    return Speaker(None, "named_mention", "", first[0], first[1])
                tn = _trailing_name(d, a + 1, e + 1, words, state, text) if e > a + 1 else None
                if tn is not None:
                    return tn  # أما الشاعر (سلطان الغنامي) فأكد
                name = " ".join(re.sub(r"[()]", " ", _span(d, text, a + 1, e)).split())
                sid = f"unnamed:{name}"
                return Speaker(sid, "unnamed", name, a + 1, e)
    if i >= 2 and d.loose[i - 1] in ("،", ",") and d.sent[i - 2] == d.sent[i] and i - 2 in by_last:
        m0 = by_last[i - 2][0]
        if m0 == 0 or d.sent[m0 - 1] != d.sent[i] or d.punct[m0 - 1]:
            return Speaker(None, "named_mention", "", m0, i - 2)
    if i >= 3 and d.loose[i - 1] in ("،", ",") and d.sent[i - 2] == d.sent[i] and not d.punct[i - 2]:
        # دراسة سابقة لـ Catalyst، أوضحت أن …: a source opening the sentence, set off by a comma
        # before its verb (the words up to the comma name it; no verb among them)
        s0 = i - 2
        while s0 > 0 and d.sent[s0 - 1] == d.sent[i] and not d.punct[s0 - 1] and i - s0 < 10:
            s0 -= 1
        opens = s0 == 0 or d.sent[s0 - 1] != d.sent[i] or d.punct[s0 - 1]
        if opens and not any(d.pos[x] == "VERB" for x in range(s0, i - 1)):
            if any(v in _source_index() for v in d.var[s0]):
                name = _span(d, text, s0, i - 2)
                return Speaker(f"unnamed:{name}", "unnamed", name, s0, i - 2)
    return None


#: Prepositions that put a topic first, before the verb that answers it (وعن إصابة اللاعب قال:,
#: وحول …, وبشأن …, وفيما يتعلق بـ …, وبخصوص …).
_TOPIC_OPENERS = {loose(w) for w in "عن وعن حول وحول بشأن وبشأن بخصوص وبخصوص فيما وفيما".split()}


def _fronted_topic(d: DocWords, i: int) -> int | None:
    """Where the topic starts when the clause of word ``i`` — its sentence, or the part after a
    comma — opens with one put first by a preposition (وحول إصابة المهاجم نايف هزازي ومدى جاهزيته
    قال: …; …، وعن الإشارات الضوئية الموضوعة من أجل حركة المشاة ذكر عبيد أن …) and runs, without
    a comma or colon, up to ``i``: the people it names are what was asked about, not who
    answers."""
    s = i
    while s > 0 and d.sent[s - 1] == d.sent[i] and d.loose[s - 1] not in ("،", ",", ":", "؛"):
        s -= 1
        if i - s > 40:
            return None
    while s < i and d.punct[s]:
        s += 1
    if s >= i or d.loose[s] not in _TOPIC_OPENERS:
        return None
    return s


_ATTENTION = {loose(w) for w in "النظر الانتباه الأنظار".split()}


def _after_object(d: DocWords, k: int, cue: ReportingCue, by_first: dict | None = None) -> int:
    """Past an object that comes before the subject: ذلك/هذا (وأعلن ذلك رئيس الوزراء …) and a
    quoted outlet after ل (أوضح ذلك لـ«عكاظ» المتحدث …, وقال لصحيفة «الوطن» وزير المالية …) or a
    news outlet of the gazetteer (``by_first``) after ل (وقال لوكالة رويترز مسؤول …), and على لسان
    "through the mouth of" (وأكدت على لسان المتحدثة باسم الحكومة …); ``k`` itself when there is
    none."""
    j = k
    if j < d.n and d.same_sentence(cue.first, j) and d.loose[j] in _DEMONSTRATIVES:
        j += 1
    if j < d.n and d.same_sentence(cue.first, j) and cue.word == "لفت" and d.loose[j] in _ATTENTION:
        j += 1  # ولفت النظر إلى أن …: "drew attention", the attention is no one
    if j + 1 < d.n and d.loose[j] == "علي" and d.loose[j + 1] == "لسان" and d.same_sentence(cue.first, j + 1):
        j += 2
    if (
        j + 1 < d.n
        and d.sent[j] == d.sent[cue.first]
        and _addressee(d, j)
        and d.loose[j + 1] in _OPENING_QUOTES
    ):
        close = _closing_quote(d, j + 1, 7)
        if close is not None:
            j = close + 1
            if j + 1 < d.n and d.loose[j] in ("،", ",") and d.sent[j + 1] == d.sent[cue.first]:
                j += 1  # أوضح لـ "الاقتصادية"، فالنتين بومينوف …: the comma after the outlet
    elif by_first and j < d.n and d.sent[j] == d.sent[cue.first]:
        # لوكالة رويترز, لرويترز (ل its clitic), لـ رويترز: the outlet it was said to
        m = by_first.get(j + 1 if d.loose[j] == "ل" else j)
        if (
            m is not None
            and m[4] == "news_source"
            and (d.loose[j] == "ل" or d.loose[j].startswith("ل") and len(d.var[j]) > 1)
            and d.sent[m[1]] == d.sent[cue.first]
        ):
            j = m[1] + 1
    if j == k or j >= d.n or d.sent[j] != d.sent[cue.first] or d.punct[j]:
        return k
    return j


#: The preposition that opens what is said after some reporting verbs.
_CONTENT_PREPOSITION = {
    **{loose(v): "عن" for v in "كشف أعلن أعرب عبر تحدث تساءل".split()},
    **{loose(v): "علي" for v in "شدد أكد".split()},
    **{loose(v): "الي" for v in "أشار لفت نوه".split()},
}


def _quoted_name_end(d: DocWords, k: int) -> int | None:
    """The closing quotation mark of one to five quoted nouns or names opening at ``k`` in one
    sentence (a name: «الشرق الأوسط», "الاقتصادية", «المرصد السوري لحقوق الإنسان»), else None."""
    if k >= d.n or d.loose[k] not in _OPENING_QUOTES:
        return None
    close = _closing_quote(d, k, 7)
    if close is None or close == k + 1 or d.sent[close] != d.sent[k] or d.punct[k + 1 : close].any():
        return None
    pos = [d.pos[x] for x in range(k + 1, close)]
    if any(p not in ("NOUN", "PROPN", "ADJ", "X") for p in pos) and not (
        # «زين السعودية»: a brand the analysers read as a verb, beside a name they know
        len(pos) <= 3 and "PROPN" in pos and all(p in ("NOUN", "PROPN", "ADJ", "X", "VERB") for p in pos)
    ):
        return None  # «لن نسمح», «نرفض ذلك»: words said, not a name
    return close


#: What follows a quoted name that is the verb's subject: إن/أن, or a preposition that opens
#: what is said (وذكرت «الشرق الأوسط» أن …, وشددت «سمراء البادية» على …); not في alone,
#: which as often follows a short quotation of what was said (وأضاف «كارثة» في إشارة إلى …)
_NAQALA = loose("نقل")
_AFTER_QUOTED_SUBJECT = {loose(w) for w in "على عن إلى الى".split()}
#: … or في and where it was said (وأفادت «الشبكة السورية لحقوق الإنسان» في تقريرها، …)
_WHERE_SAID = tuple(loose(w) for w in "تقرير بيان تصريح حديث مقابل مؤتمر كلمت كلمة رسال تغريد".split())


def _quoted_subject(
    d: DocWords,
    cue: ReportingCue,
    k: int,
    by_first: dict,
    text: str,
    mentions: list,
    after: bool = True,
) -> Speaker | None:
    """A name in quotation marks at ``k`` as the verb's subject (an outlet, a company, a party, a
    person the gazetteer lacks — some papers quote the names of the people they interview): the
    actor found inside the marks; else a person named earlier in the article with these words
    in their name (جورج ويلسون … وأضاف «جورج»); else a person when it starts with a first name
    (وقال «بدر الشمراني» إن …), an organisation by that name when not («الاقتصادية», «طيران
    ناس»). With ``after``, only when إن/أن or a preposition follows the closing mark — a
    quotation after a verb is what is said, a name in it is not (وقال «لن نسمح»); and not after
    verbs whose first complement is an object (ووصف «الاتفاق» بأنه …)."""
    close = _quoted_name_end(d, k)
    if close is None:
        return None
    if after:
        nxt = close + 1
        if nxt >= d.n or not d.same_sentence(k, nxt):
            return None
        if loose(cue.word) in _OBJECT_FIRST and not (loose(cue.word) == _NAQALA and d.loose[nxt] == "عن"):
            return None  # (ونقلت «السومرية» عن شهود …: the outlet that relays, named first)
        where = (
            d.loose[nxt] == "في"
            and nxt + 1 < d.n
            and d.loose[nxt + 1].startswith(_WHERE_SAID)
            and not d.punct[nxt + 1]
        )
        if not (_that(d, nxt) or d.loose[nxt] in _AFTER_QUOTED_SUBJECT or where):
            return None
    m = by_first.get(k + 1)
    if m is not None and m[1] == close - 1:
        return Speaker(
            m[2], "role" if m[3] == "role" else "named", _span(d, text, k + 1, close - 1), k, close
        )
    name = _span(d, text, k + 1, close - 1)
    parts = set(d.loose[k + 1 : close])
    for m in reversed([m for m in mentions if m[1] < k]):
        if m[4] in ("person", "role") and parts <= set(d.loose[m[0] : m[1] + 1]):
            return Speaker(m[2], "named", name, k, close)
    words = name_words()
    first = k + 1
    if d.var[first] & words["person_heads"] and close - first > 1:
        first += 1  # «الدكتور نزار فقيه»: the title, then the name
    if first > k + 1 or d.var[first] & (words["given"] | words["ambiguous"] | words["female"]):
        name = _span(d, text, first, close - 1)
        return Speaker(f"person:{loose(name)}", "named", name, k, close)
    return Speaker(f"organisation:{loose(name)}", "named", name, k, close)


def _quote_said(d: DocWords, k: int, lex: dict) -> bool:
    """A quotation of four words or more opening right after the verb is what is said (وقال
    "لم تكن تركيا ضالعة …"): its words are not the subject. One to three quoted words are a
    name (وقالت "واشنطن بوست" إن …, وأكد "اليامي" أهمية …, وقال «ولد الشيخ أحمد» في …)."""
    if d.loose[k] not in _OPENING_QUOTES:
        return False
    close = _closing_quote(d, k, 5)
    return close is None


#: Who speaks in scripture quoted in the news (sermons, opinion pieces): God, named by a
#: divine epithet right after the verb (قال تعالى, قال جل من قائل), and the Prophet with his
#: eulogy (قال رسول الله صلى الله عليه وسلم); the eulogy is part of the name, not what is said.
_SACRED = {
    "الله": [
        p.split()
        for p in (
            "الله سبحانه وتعالى",
            "الله عز وجل",
            "الله تبارك وتعالى",
            "الله تعالى",
            "الله سبحانه",
            "الله",
            "الحق تبارك وتعالى",
            "الحق سبحانه",
            "المولى عز وجل",
            "سبحانه وتعالى",
            "تبارك وتعالى",
            "تعالى",
            "سبحانه",
            "عز وجل",
            "جل وعلا",
            "جل شأنه",
            "جل من قائل",
            "جل جلاله",
        )
    ],
    "النبي": [
        p.split()
        for p in (
            "رسول الله صلى الله عليه وسلم",
            "النبي صلى الله عليه وسلم",
            "الرسول صلى الله عليه وسلم",
            "المصطفى صلى الله عليه وسلم",
            "رسول الله عليه الصلاة والسلام",
            "النبي عليه الصلاة والسلام",
            "رسول الله ﷺ",
            "النبي ﷺ",
            "رسول الله",
            "النبي",
            "الرسول",
        )
    ],
}


_SACRED_IDS = {f"unnamed:{who}" for who in _SACRED}
_SACRED_LOOSE = {who: [[loose(w) for w in p] for p in phrases] for who, phrases in _SACRED.items()}
_SACRED_FIRST = {p[0] for phrases in _SACRED_LOOSE.values() for p in phrases}


def _actor_type(actor: str, mentions: list, state: dict) -> str | None:
    """The type of an actor of the document's mentions (cached in ``state``)."""
    types = state.get("types")
    if types is None:
        types = {m[2]: m[4] for m in mentions}
        state["types"] = types
    return types.get(actor)


def _sacred_speaker(d: DocWords, k: int, cue: ReportingCue) -> Speaker | None:
    """God or the Prophet as the subject right after a reporting verb: the longest epithet of
    :data:`_SACRED` that starts at ``k``."""
    if cue.kind != "verb" or k >= d.n or not d.same_sentence(cue.first, k):
        return None
    if d.loose[k] not in _SACRED_FIRST:
        return None
    for who, phrases in _SACRED_LOOSE.items():
        for words in phrases:  # longest first
            if all(
                k + i < d.n and d.loose[k + i] == w and d.same_sentence(k, k + i) for i, w in enumerate(words)
            ):
                return Speaker(f"unnamed:{who}", "unnamed", who, k, k + len(words) - 1)
    return None


def _sacred_in_clause(d: DocWords, cue: ReportingCue) -> Speaker | None:
    """God or the Prophet named between the verb before ``cue`` (بقوله, "by saying") and the cue,
    in its sentence (وأخبر سبحانه عن رفعة مكانتها بقوله, واستشهد بقوله تعالى is the verb's
    object and has no statement); else None."""
    x = cue.first - 1
    while x >= 0 and cue.first - x <= 12 and d.same_sentence(cue.first, x) and d.pos[x] != "VERB":
        if d.loose[x] in _SACRED_FIRST:
            for who, phrases in _SACRED_LOOSE.items():
                for words in phrases:
                    if all(x + i < cue.first and d.loose[x + i] == w for i, w in enumerate(words)):
                        return Speaker(f"unnamed:{who}", "unnamed", who, x, x + len(words) - 1)
        x -= 1
    return None


def _abbreviation_point(d: DocWords, i: int) -> bool:
    """A full stop after a one-letter word (د. for doctor, م. for engineer): inside a name."""
    return d.loose[i] == "." and i > 0 and len(d.loose[i - 1]) == 1 and not d.punct[i - 1]


def _office_np(
    d: DocWords, k: int, cue: ReportingCue, words: dict, by_first: dict, text: str, lex: dict | None = None
) -> Speaker | None:
    """The speaker named by an office whose complement is a body the gazetteer or the discovery
    knows (وكيل وزارة الشؤون الاجتماعية المساعد للتنمية, الأمين العام لأوبك, رئيس الهيئة الملكية
    للجبيل): the office is the source, not the body it serves. The words from the head to the
    said clause (times such as أمس left out), as an unnamed source; None when no said clause
    follows or no body is named in them."""
    head = max((j for p in words["office_heads"] if (j := d.phrase_at(k, p)) is not None), default=None)
    if head is None:
        return None
    end = _said_clause_at(d, k, cue)
    if end is None:
        return None
    e = k
    for x in range(head + 1, end):
        w = d.loose[x]
        if d.punct[x] and w in ("،", ","):
            continue  # المتحدث باسم الرئاسة، السفير علاء يوسف
        if d.punct[x] and w in _OPENING_QUOTES + ("»", "”"):
            return None  # a name or a title in quotation marks: the rules for names decide
        stop = w in _NP_STOP and not (d.loose[x - 1] in words["links"] or d.var[x - 1] & words["given"])
        if len(w) == 1 or w in _MANNER_NOUNS or stop or d.punct[x] or _addressee(d, x):
            break  # … لـ«الشرق الأوسط», … في حديث لـ, … في تصريح: how it was said, not who
        if _adverbial_before_preposition(d, x):
            break  # … ردا على استفسارات: why it was said
        if lex is not None and _according_at(d, x, lex):
            break  # وقال الوزير بحسب وكالة …: the agency that relays him
        if w in _SAID_OBJECTS and not d.var[x] & (words["given"] | words["ambiguous"]):
            break  # وأكد الأمين العام تصميم دول مجلس التعاون على …: what he stressed
        if x in by_first and by_first[x][4] in ("person", "role"):
            return None  # a person is named: the rules for names decide
        e = x
    while e > head and (d.loose[e] in _SKIP or d.punct[e] or d.pos[e] == "FUNC"):
        e -= 1  # times, commas, a preposition left at the end (… في الأمم المتحدة إلى أن)
    bodies = [x for x in range(k + 1, min(head + 4, e + 1)) if x in by_first]  # رئيس مجلس الشورى
    if not bodies or e - k > 11 or any(d.pos[x] == "VERB" for x in range(k + 1, e + 1)):
        return None
    s = _name_closing_office(d, head, e, words, by_first)
    if s is not None:
        name = _span(d, text, s, e)
        return Speaker(f"person:{loose(name)}", "named", name, s, e)
    name = text[int(d.t["start"].iat[k]) : int(d.t["end"].iat[e])]
    return Speaker(f"unnamed:{name}", "unnamed", name, k, e)


def _name_closing_office(d: DocWords, head: int, e: int, words: dict, by_first: dict) -> int | None:
    """Where the name of the office holder starts when it closes the office's words: two to
    four words after a definite complement (رئيس نادي الزمالك المصري مرتضى منصور, مدير مركز …
    بالمنطقة الشرقية نبيل فتيا, الأمين العام لأوبك عبد الله البدري), or up to six with بن or آل
    among them (… في المحافظة سيّاف بن عامر آل خشيل), the first a known first name, a word the
    dictionary does not know or a word before بن or آل, none of them a function word, a head
    noun or part of a known actor; else None."""
    covered = {x for m in by_first.values() for x in range(m[0], m[1] + 1)}
    for s in range(max(head + 2, e - 5), e):
        span = range(s, e + 1)
        if e - s > 3 and not any(d.loose[x] in _FAMILY_LINKS for x in span):
            continue  # five or six words only with بن or آل inside (سيّاف بن عامر آل خشيل)
        first, before = d.loose[s], d.loose[s - 1]
        if (
            any(
                d.punct[x]
                or (d.pos[x] == "FUNC" and d.loose[x] not in words["links"] and not d.var[x] & words["given"])
                or x in covered
                or d.var[x] & words["heads"]
                for x in span
            )
            or first.startswith("ال")
            or not (
                d.var[s] & (words["given"] | words["ambiguous"])
                or d.pos[s] in ("X", "PROPN")
                or (first in ("عبد", "ابو") and s < e)  # عبد الله البدري, أبو بكر
                # two words, the second unknown to the dictionary (مارتن دولان, صائب عريقات)
                or (e == s + 1 and d.pos[e] in ("X", "PROPN") and len(d.var[s]) == 1)
                # a word before بن or آل is a first name (عوض آل رشيد, سيّاف بن عامر)
                or (s + 1 < e and d.loose[s + 1] in _FAMILY_LINKS)
            )
            or not (
                any(v.startswith("ال") for v in d.var[s - 1])  # الشرقية, بالمحافظة
                or s - 1 in covered
                or d.pos[s - 1] in ("X", "PROPN")
                or before in ("،", ",")
            )
            # only the family name has the article (عبد الله: a first name; آل, "the house of",
            # is written as the article once loosened)
            or any(d.loose[x].startswith("ال") and d.loose[x] not in ("الله", _AL) for x in range(s, e))
        ):
            continue
        return s
    return None


#: The links of a lineage and a family inside a name (… بن عامر آل خشيل).
_FAMILY_LINKS = {loose("بن"), loose("بنت"), _AL}
#: Words after which the office's words do not go on: the object (نفى المتحدث … هذه
#: المعلومة), the medium (… على تويتر, عبر حسابه).
_NP_STOP = _DEMONSTRATIVES | {loose(w) for w in "على عبر خلال".split()}
#: Nouns that say how a statement was made (في حديث لـ, في تصريح صحفي, حسب قول): they end the
#: words that name its source.
_MANNER_NOUNS = {
    loose(w)
    for w in "حديث حديثه تصريح تصريحات تصريحه مقابلة لقاء قول كلمة كلمته بيان مؤتمر اتصال بصفته بصفتها".split()
}


def _said_clause_at(d: DocWords, k: int, cue: ReportingCue) -> int | None:
    """Where the said clause starts when a few words stand between the verb (or the object
    after it) and it: the row of إن/أن, a colon or an opening quotation mark, at most 14 words
    on in the same sentence, past no punctuation but commas and brackets; else None. After
    verbs whose content follows a preposition (كشف عن, أعرب عن, شدد على, أشار إلى), that
    preposition starts it too (أعلنت لينكولن عن تولي …)."""
    prep = _CONTENT_PREPOSITION.get(loose(cue.word))
    for c in range(k, min(k + 14, d.n)):
        if d.sent[c] != d.sent[cue.first]:
            return None
        if (
            _that(d, c)
            or d.loose[c] in (":",)
            or d.loose[c] in _OPENING_QUOTES
            or (prep is not None and d.loose[c] == prep and not (c + 1 < d.n and d.loose[c + 1] == "لسان"))
        ):
            return c if c > k else None
        if d.punct[c] and d.loose[c] not in ("(", ")", "،", ",") and not _abbreviation_point(d, c):
            return None
    return None


def _prepositional_object(d: DocWords, k: int, cue: ReportingCue) -> int | None:
    """Where the verb's object opens with ب or ل after its subject, when no said clause follows
    (أشاد مدرب الفتح ناصيف البياوي بأداء اللاعبين): the row of that word, two to eight words
    after the verb, past no punctuation but commas; else None."""
    for c in range(k + 2, min(k + 9, d.n)):
        if d.sent[c] != d.sent[cue.first] or (d.punct[c] and d.loose[c] not in ("،", ",")):
            return None
        w = d.loose[c]
        if w[:1] in "بل" and len(d.var[c]) > 1 and not _own_first_letter(d.t["token"].iat[c]):
            return c
    return None


def _trailing_name(d: DocWords, k: int, end: int, words: dict, state: dict, text: str) -> Speaker | None:
    """A person's name just before the said clause, after words that describe the person
    (وقال المذيع في إذاعة قطر القطري حسن الساعي إن …, وقال الاقتصادي عبدالمنعم الشنقيطي إن …):
    two to four name words (:func:`_name_word`), none part of an actor mention (a state, a
    city), and no ل + an outlet before them (…لشبكة فوكس سبورتس: the outlet, not the speaker)."""
    covered = state.get("covered")
    if covered is None:
        covered = state["covered"] = {
            x for m in state.get("by_first", {}).values() for x in range(m[0], m[1] + 1)
        }
    e = end - 1
    while e > k and (d.loose[e] in _SKIP or d.loose[e] in ("،", ",", "(", ")") or d.loose[e] in _BEFORE_SAID):
        e -= 1
    if e <= k or e in covered or not _name_word(d, e, words, last_of_name=True):
        return None
    s = e
    while (
        s - 1 > k
        and e - (s - 1) < 4
        and s - 1 not in covered
        and _name_word(d, s - 1, words, clitic_ok=False)
    ):
        s -= 1
    if s == e or d.loose[e] in words["links"] or d.loose[s].startswith("ال"):
        return None  # one word, or a name that does not start as a name does
    if any(_addressee(d, x) for x in range(k, s)) or not _describes(d, k, s, words):
        return None
    if _name_then_who(d, k, s, words) is not None:
        return None  # رافايل بينيتيز مدرب ريال مدريد الإسباني: the name first is the subject's
    name = _span(d, text, s, e)
    return Speaker(f"person:{loose(name)}", "named", name, s, e)


#: Words that describe a person after the name (… المتحدث الرسمي, … مدير فريق مرسيدس).
_APPOSITION_HEADS = {
    loose(w) for w in "المتحدث المتحدثة الناطق الناطقة مدير مديرة رئيس رئيسة صاحب عضو".split()
}


def _describes(d: DocWords, k: int, s: int, words: dict) -> bool:
    """Whether the words ``k``…``s-1`` can describe the person named at ``s``: no verb or relative
    pronoun among them (… الذي يقدم المشورة لحملة كلينتون), not a document (المذكرة الموقعة من
    قبل … وعلي الشمري), and the name not joined to them by و (a list of people)."""
    joined = (
        d.loose[s][:1] == "و" and len(d.var[s]) > 1 and d.loose[s] not in words["given"] | words["ambiguous"]
    )
    if d.loose[k] in _DOCUMENT_HEADS or joined:
        return False
    return not any(
        (d.pos[x] == "VERB" and d.loose[x] not in _NAMED_VERBS) or d.loose[x] in _RELATIVE
        for x in range(k, s)
    )


#: Conjunctions that open a clause of their own: a subject named before them is not the subject
#: of a verb after them.
_CLAUSE_OPENERS = {loose(w) for w in "بينما فيما حيث لكن لكنه لكنها إذ عندما حين حينما بعدما ثم".split()}

#: "called": a verb that introduces the name (مسؤولة بوزارة الصحة تدعى …).
_NAMED_VERBS = {loose(w) for w in "يدعى تدعى ويدعى وتدعى يسمى تسمى".split()}


_RELATIVE = {loose(w) for w in "الذي التي الذين اللذان اللتان اللواتي".split()}
_WHO_SINGULAR = {loose(w) for w in ("الذي", "التي")}
_DOCUMENT_HEADS = {
    loose(w)
    for w in "البيان التقرير الرسالة المذكرة الوثيقة الوثائق الدراسة القرار الاتفاق الاتفاقية بيان تقرير "
    "رسالة مذكرة وثيقة وثائق دراسة".split()
}
_BEFORE_SAID = {loose(w) for w in "على إلى الى".split()}


def _addressee(d: DocWords, x: int) -> bool:
    """ل + an outlet or the press after the speaker (… للصحافيين, لتلفزيون رويترز, لـ«عكاظ»):
    to whom it was said, not part of who said it."""
    w = d.loose[x]
    if w == "ل":
        return True
    if not w.startswith("ل") or len(w) < 4:
        return False
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return rest in _MEDIA_HEADS or rest in _PRESS or rest[2:] in _MEDIA_HEADS


_PRESS = {loose(w) for w in "صحفيين صحافيين الصحفيين الصحافيين الصحافة وسائل".split()}


def _to_whom(d: DocWords, x: int, words: dict) -> bool:
    """ل + a noun after the subject (وقال فانينج للمقربين منه): to whom, not who."""
    w = d.loose[x]
    return w.startswith("ل") and len(d.var[x]) > 1 and not d.var[x] & words["given"]


def _name_word(d: DocWords, x: int, words: dict, last_of_name: bool = False, clitic_ok: bool = True) -> bool:
    """A word of a person's name the gazetteer does not know: a first name, عبد + a divine
    name, or a word the dictionary does not know, without the article (a family name with
    the article only last, after another name word)."""
    w = d.loose[x]
    if d.punct[x] or not _name_like_at(d, x) or d.var[x] & words["heads"]:
        return False
    if w == "باسم" and x > 0 and d.loose[x - 1] in _SPOKESPERSON:
        return False  # المتحدثة باسم المتنزه: "on behalf of", not the first name Basem
    if w.startswith("ال"):
        return last_of_name and not w.endswith("يه") and w not in _QUALIFIERS
    if (
        not clitic_ok
        and w[:1] in "بلك"
        and len(d.var[x]) > 1
        and not d.var[x] & (words["given"] | words["ambiguous"])
    ):
        return False  # … العامة بسامسونج قصي مختار: a word with a preposition attached
    return bool(
        d.var[x] & (words["given"] | words["ambiguous"]) or d.pos[x] in ("X", "PROPN") or _compound_given(w)
    )


def _clause_verb(d: DocWords, x: int) -> bool:
    """A verb that starts a clause of its own inside the phrase (مقيم أردني يدعى محمد, مسؤول
    بالوزارة اشترط عدم …); a nisba the analyser reads as a verb (أردني) is not one."""
    w = d.loose[x]
    return d.pos[x] == "VERB" and not (w.endswith("ي") and w[:1] not in "يت")


def _surname_of(d: DocWords, k: int, words: dict, text: str) -> str | None:
    """The full name of a person that one word after the verb stands for: the same word written
    earlier in the article right after a first name or a word the dictionary does not know
    (ناصر القصبي … وأعلن القصبي أن)."""
    w = d.loose[k]
    for x in range(k - 1, 0, -1):
        if d.loose[x] != w:
            continue
        f = x - 1
        if d.punct[f] or d.loose[f].startswith("ال"):
            continue
        if (
            d.var[f] & (words["given"] | words["ambiguous"])
            or d.pos[f] in ("X", "PROPN")
            or _compound_given(d.loose[f])
            or (_given_read_as_word(d, f, words) and _who_next(d, x + 1, words))
        ):
            return _span(d, text, f, x)
    return None


def _who_next(d: DocWords, y: int, words: dict) -> bool:
    """Who a person is opens at ``y``, or after a comma there (أديب الشيشكلي، سفير …)."""
    if y < d.n and d.loose[y] in ("،", ",") and y + 1 < d.n and d.same_sentence(y, y + 1):
        y += 1
    return y < d.n and not d.punct[y] and _who_word(d, y, words)


def _name_read_as_fa_verb(d: DocWords, k: int) -> bool:
    """A name the analysers read as ف + a verb (فينجر "and he drags", فيران, فيريرا), right
    after a reporting verb: its subject comes there, not a verb with ف, when general Arabic
    rarely writes the word, with ف or without it (not فوفقا, ف + وفقا "so, according to")."""
    return (
        d.pos[k] == "VERB"
        and "proclitic" in d.t
        and str(d.t["proclitic"].iat[k]) == "ف"
        and _rare(d.t["token"].iat[k])
        and _rare(str(d.t["token"].iat[k])[1:])
    )


def _lone_name_after_verb(d: DocWords, k: int) -> bool:
    """One name word right after the verb and then a preposition or another phrase's start,
    with no said clause near enough to bound the subject (وقال فينجر خلال مؤتمر صحافي قبل
    مواجهة … في الجولة الأولى: — fifteen words before the colon): a word the dictionary does not
    know, or a name read as ف + a verb, without the article or a pronoun."""
    return (
        k + 1 < d.n
        and d.same_sentence(k, k + 1)
        and not d.punct[k]
        and not d.loose[k].startswith("ال")
        and (d.pos[k] in ("X", "PROPN") or _name_read_as_fa_verb(d, k))
        and not ("enclitic" in d.t and str(d.t["enclitic"].iat[k]))
        and d.loose[k + 1] in _NP_END
    )


def _subject_np(
    d: DocWords,
    k: int,
    end: int,
    cue: ReportingCue,
    lex: dict,
    words: dict,
    mentions: list,
    state: dict,
    text: str,
    body_subject: bool = False,
) -> Speaker | None:
    """The verb's own subject when it is a noun phrase the gazetteer does not know, before the
    said clause (وقال المبتعثون إنهم …, وقالت المؤسسة المالية في بيان إنه …, وقال أحد المتظاهرين:).

    The phrase runs from the word after the verb to a preposition, a verb (not يدعى), a relative
    pronoun, a comma, a time word or ل + a noun (للصحافيين). It is then, in this order: a person
    when it is one word written earlier after a first name (القصبي); the organisation of that
    head named last in the article when it is a definite organisation word (الوزارة, الشركة);
    the person an office names when the same office stood next to a person's name earlier
    (وزير التخطيط); a person when it starts with name words followed by who the person is
    (دبيخي الدبيخي المتحدث الرسمي) or is name words only (فانينج); an organisation
    (``organisation:…``) when its head is an organisation word; else an unnamed source. None
    (the speaker read before) for a title alone (الوزير), a pronoun (سموه), an adverb (أولا),
    ل + a noun (وقال للصحفيين), ب + a common noun (وأشار بشكل غير مباشر), an indefinite feminine
    noun after a masculine verb (وأكد أهمية …: the object), a noun that is what is said (أهمية,
    ضرورة, استعداد …), and after verbs whose first complement is usually an object (دعا, طالب)
    unless ``body_subject`` (a body agreeing with the verb in gender: ودعت الحكومة إلى …)."""
    if cue.kind != "verb":
        return None
    if loose(cue.word) in _OBJECT_FIRST and not body_subject:
        if (
            k + 1 < d.n
            and d.same_sentence(k, k + 1)
            and (_name_word(d, k, words, last_of_name=True, clitic_ok=False) or _rare_name_word(d, k))
        ):
            # وتوقع الشيشكلي أن …, وأشاد العلي بالجهود: a family name the article gave earlier
            # after a first name is the subject even of a verb whose first complement is usually
            # an object
            full = _surname_of(d, k, words, text)
            if full is not None:
                return Speaker(f"person:{loose(full)}", "named", _span(d, text, k, k), k, k)
        return None
    if _to_whom(d, k, words):
        return None  # وقال للصحفيين …: to whom, the speaker is the one before
    if _manner(d, k):
        return None  # وأشار بشكل غير مباشر, وأكد بوضوح: how it was said, the speaker is the one before
    j = k
    while (
        j < end
        and (not d.punct[j] or _slash_after_title(d, j, words))
        and (d.loose[j] not in _NP_END or (j == k + 1 and d.loose[j] == "من" and d.loose[k] in _PARTITIVE))
        and d.loose[j] not in _SKIP
        and (j == k or not d.var[j] & lex["continuation"])  # وأكد الوزير قائلا: how, not who
        and (j == k or not (_clause_verb(d, j) or _addressee(d, j) or _to_whom(d, j, words)))
        and (j == k or not _object_after_definite(d, j, words))
        and (j == k or not _adverbial_before_preposition(d, j))
        and (j == k or not _according_at(d, j, lex))  # وقال الوزير بحسب وكالة …: who relays
        and (j == k or not _time_phrase(d, j))  # وقالت الشركة العام الماضي: when, not who
    ):
        j += 1
    if j == k or j - k > 6:
        return None
    w0 = d.loose[k]
    fverb = _name_read_as_fa_verb(d, k)
    if d.pos[k] not in ("NOUN", "ADJ", "X", "PROPN") and w0 != loose("أحد") and not fverb:
        return None
    if "enclitic" in d.t and str(d.t["enclitic"].iat[k]) not in ("", "ي"):
        # سموه, معاليه: a pronoun, the speaker before. Not ي: a family name in ي (وأشار
        # عسيري إلى أن) is read as a noun + "my" far more often than news writes "my …" said
        return None
    if (
        j - k == 1
        and not w0.startswith("ال")
        and w0.endswith("ا")
        and d.pos[k] not in ("X", "PROPN")
        and not fverb
    ):
        return None  # أولا, مجددا: an adverb
    bare = w0[2:] if w0.startswith("ال") else w0
    verb = min(_verb_variants(d, cue.first), key=len)
    if (
        not verb.endswith("ت")
        and not verb.startswith("ت")
        and not w0.startswith("ال")
        and w0.endswith("ه")
        and not d.var[k] & (words["given"] | words["ambiguous"])
    ):
        return None  # وأكد أهمية …: a feminine noun after a masculine verb is its object
    if bare in _SAID_OBJECTS:
        return None  # وأكدت أهمية الحرص, أبدى استعداده: what is said, not who says it
    person_head = bool(d.var[k] & words["person_heads"]) or ("ال" + bare) in words["person_heads"]
    if j - k == 1 and person_head:
        return None  # الوزير: the person read before
    last = j - 1
    if j - k == 1:
        full = _surname_of(d, k, words, text)
        if full is not None:
            return Speaker(f"person:{loose(full)}", "named", _span(d, text, k, k), k, k)
    org_head = any(p[0] in (w0, bare) for p in words["org_heads"])
    if w0.startswith("ال") and org_head:
        # الوزارة, الشركة: the organisation of that head named last before the verb
        for m in reversed([m for m in mentions if m[1] < cue.first]):
            if m[4] == "organisation":
                head = loose(_span(d, text, m[0], m[1]).split()[0])
                head = head[2:] if head.startswith("ال") else head
                if head in (bare, bare[1:]) or (head[:1] in "وبل" and head[1:] == bare):
                    return Speaker(m[2], "named", _span(d, text, k, last), k, last)
                if m[0] >= 2 and d.loose[m[0] - 1] in _OPENING_QUOTES and bare in d.var[m[0] - 2]:
                    # بحسب مجموعة «إن إل فايننشيال» … وصرحت المجموعة: the head before the name
                    return Speaker(m[2], "named", _span(d, text, k, last), k, last)
    if person_head:
        # وزير التخطيط: the person named next to the same office earlier in the article
        phrase = tuple(d.loose[k:j])
        qualified = None
        for x in range(cue.first - 1, -1, -1):
            if d.phrase_at(x, phrase) is None:
                continue
            for m in mentions:
                if m[4] in ("person", "role") and (
                    x - 4 <= m[1] < x
                    or x + len(phrase) <= m[0] <= x + len(phrase) + 2
                    or _body_then_name(d, x + len(phrase), m[0])
                ):
                    if _nisba_after(d, x + len(phrase), j):
                        # وزير الخارجية الألماني فرانك فالتر شتاينماير is not the وزير الخارجية
                        # of this verb when the article also gave the office without a
                        # nationality (the paper's own minister); he is when it did not
                        qualified = qualified or m
                        break
                    return Speaker(m[2], "role", _span(d, text, k, last), k, last)
        if qualified is not None:
            return Speaker(qualified[2], "role", _span(d, text, k, last), k, last)
    r = _name_then_who(d, k, j, words, fverb)
    if r is not None:
        # دبيخي الدبيخي المتحدث الرسمي …: the name, then who the person is
        name = _span(d, text, k, r)
        return Speaker(f"person:{loose(name)}", "named", name, k, r)
    if (
        j - k == 2
        and d.loose[j] in ("،", ",")
        and _who_next(d, j, words)
        and _given_read_as_word(d, k, words)
    ):
        # كشف أديب الشيشكلي، سفير الائتلاف الوطني السوري …: a first name the dictionary knows as
        # a word, the family name, and who he is after a comma
        name = _span(d, text, k, k + 1)
        return Speaker(f"person:{loose(name)}", "named", name, k, k + 1)
    name = _span(d, text, k, last)
    if all(
        _name_word(d, x, words, last_of_name=x == last and x > k) or (x == k and fverb) for x in range(k, j)
    ):
        # فانينج, بوتشيتينو: a name neither the gazetteer nor the dictionary knows
        return Speaker(f"person:{loose(name)}", "named", name, k, last)
    if person_head and last - k >= 2:
        # مدير الفرع برجس العيباني: the office, then the person's name closing the phrase
        tail = _name_closing(d, k, last, words)
        if tail is not None:
            name = _span(d, text, tail, last)
            return Speaker(f"person:{loose(name)}", "named", name, tail, last)
    if org_head and not person_head and j - k > 1:
        return Speaker(f"organisation:{loose(name)}", "named", name, k, last)
    for prev_name, prev in state["unnamed"].items():
        if loose(prev_name) == loose(name):
            return Speaker(prev, "unnamed", prev_name, k, last)
    sid = f"unnamed:{name}"
    state["unnamed"].setdefault(name, sid)
    return Speaker(sid, "unnamed", name, k, last)


_AMMA = {loose(w) for w in ("أما", "وأما")}
#: "Close to" after a source's noun (مصدر مقرب من …, مصادر قريبة من …).
_CLOSE_TO = {loose(w) for w in "مقرب مقربة مقربون مقربين قريب قريبة قريبون قريبين".split()}
_FA_QAD = {loose(w) for w in ("فقد", "فلقد")}


def _amma_topic(d: DocWords, cue: ReportingCue) -> tuple[int, int] | None:
    """أما X فقد أكد …, أما X فأكد …: the topic after أما that ف takes up again is the verb's
    subject; the first and last token of X (one to six words, no punctuation), else None."""
    if cue.kind != "verb" or cue.first < 2:
        return None
    if d.loose[cue.first - 1] in _FA_QAD:
        end = cue.first - 2
    elif d.loose[cue.first][:1] == "ف" and "ف" in d.column("proclitic")[cue.first]:
        end = cue.first - 1
    else:
        return None
    for a in range(end - 1, max(-1, end - 7), -1):
        if not d.same_sentence(a, cue.first) or d.punct[a]:
            return None
        if d.loose[a] in _AMMA:
            return (a + 1, end) if a + 1 <= end else None
    return None


def _body_then_name(d: DocWords, a: int, b: int) -> bool:
    """The words from ``a`` to the name at ``b`` are the body an office serves, after ل, and
    maybe an honorific (المدير التنفيذي لسوق عكاظ الدكتور راشد الغامدي): at most five words, no
    punctuation, verb or said clause between."""
    return (
        a < b <= a + 5
        and d.loose[a][:1] == "ل"
        and all(
            d.same_sentence(a, y) and not d.punct[y] and d.pos[y] != "VERB" and not _that(d, y)
            for y in range(a, b)
        )
    )


def _slash_after_title(d: DocWords, j: int, words: dict) -> bool:
    """A slash between a title and a name (الشيخ / محمد بن إبراهيم السبر, الأستاذ/ فهد): the
    papers' way of writing the title, not the end of the phrase."""
    return (
        d.loose[j] == "/"
        and 0 < j < d.n - 1
        and d.same_sentence(j - 1, j + 1)
        and bool(d.var[j - 1] & words["person_heads"])
        and _name_like_at(d, j + 1)
    )


def _name_then_who(d: DocWords, k: int, j: int, words: dict, fverb: bool = False) -> int | None:
    """The last word of a name that opens the phrase ``k``…``j-1`` when who the person is follows
    it in apposition — a title, an office or an occupation, with or without the article
    (دبيخي الدبيخي المتحدث الرسمي, رافايل بينيتيز مدرب ريال مدريد الإسباني, فينجر مدرب آرسنال);
    else None. ``fverb``: the first word is a name read as ف + a verb."""
    r = k
    while r < j and (
        _name_word(d, r, words, last_of_name=r > k)
        or _rare_name_word(d, r)
        or (r == k and (fverb or _given_read_as_word(d, k, words)))
    ):
        r += 1
        if d.loose[r - 1].startswith("ال"):
            break
    if k < r < j and _who_word(d, r, words):
        return r - 1
    return None


def _who_word(d: DocWords, r: int, words: dict) -> bool:
    """Word ``r`` opens who a person is, in apposition to the name before it: a title, an
    office or an occupation, with or without the article (سفير, المتحدث, مدرب, المدربة)."""
    return bool(
        d.var[r] & words["person_heads"]
        or d.loose[r] in _APPOSITION_HEADS
        or d.loose[r] in words["occupations"]
        or (d.loose[r].endswith("ه") and d.loose[r][:-1] in words["person_heads"])  # المدربة
    )


def _given_read_as_word(d: DocWords, k: int, words: dict) -> bool:
    """A first name the dictionary reads as a common word (أديب "man of letters", a noun or an
    adjective without a clitic) before a family name with the article that is a nisba or a word
    general Arabic rarely writes (كشف أديب الشيشكلي، سفير الائتلاف …). The callers ask for who
    the person is right after the two words; not a title, a body's head or a source's noun
    (مسؤول الأمن، مدير …; خبير الاقتصاد)."""
    if k + 1 >= d.n or not d.same_sentence(k, k + 1) or d.punct[k] or d.punct[k + 1]:
        return False
    w, family = d.loose[k], d.loose[k + 1]
    return (
        not w.startswith("ال")
        and d.pos[k] in ("NOUN", "ADJ")
        and len(d.var[k]) == 1
        and not d.column("enclitic")[k]
        and not d.var[k] & (words["heads"] | _SOURCE_FIRSTS())
        and _name_word(d, k + 1, words, last_of_name=True)
        and ((family.endswith("ي") and d.pos[k + 1] != "VERB") or _rare(d.tokens[k + 1]))
    )


@lru_cache(maxsize=1)
def _SOURCE_FIRSTS() -> frozenset[str]:  # noqa: N802 (a constant, built once)
    """The first words of the unnamed sources' nouns of names.yaml (مصدر, مسؤول, خبير, بيان)."""
    return frozenset(p[0] for p in name_words()["source_heads"])


def _nisba_after(d: DocWords, x: int, here: int) -> bool:
    """Word ``x`` is a nisba adjective with the article (الألماني, الأمريكية:
    :func:`_nisba_adjective`) that qualifies the office before it, and the office at the verb
    (ending before ``here``) has not the same."""
    if x >= d.n or d.punct[x] or not d.article(x) or not _nisba_adjective(d, x):
        return False
    return not (here < d.n and d.loose[here] == d.loose[x])


def _object_after_definite(d: DocWords, x: int, words: dict) -> bool:
    """The verbal noun of a verb in ى (تفعّي, تفاعي: تلاشي, تفشي, تحدي) right after a definite
    word opens what is said, not more of the subject: a noun with the article takes no noun in
    construct after it (وأكد الأسودي تلاشي بعض العوائق). Only these verbal nouns, which the
    analysers read as verbs before 0.4.26: any indefinite noun would cut names that are also
    words (وقال المايسترو سحاب, وأوضح المدير ربيع عطية); not a first name (الأمير تركي). And the
    nouns of :data:`_SAID_OBJECTS` (تصميم, أهمية …), which are never part of a speaker's name."""
    w = d.loose[x]
    if not d.loose[x - 1].startswith("ال") or d.var[x] & (words["given"] | words["ambiguous"]):
        return False
    if w in _SAID_OBJECTS:
        return True  # وأكد الأمين العام تصميم دول المجلس على …: what he stressed, not his title
    return (
        d.pos[x] == "NOUN"
        and len(w) >= 4
        and w[0] == "ت"
        and w[-1] == "ي"
        and "lemma" in d.t
        and loose(str(d.t["lemma"].iat[x])) == w
    )


def _manner(d: DocWords, k: int) -> bool:
    """ب + a common noun at ``k`` (بشكل, بوضوح, بنبرة حزينة, بالقول): how something was said, no
    subject. The lemmatizer's ب proclitic on a noun general Arabic writes (≥ 1 per million) that
    is not a first name (بريم is a woman's name, not ب + ريم); names keep their ب (بندر, بشار:
    no proclitic), and ك is left alone (كيارا, كولو are names the analysers read as ك + a word)."""
    from wordfreq import word_frequency

    if "proclitic" not in d.t or "lemma" not in d.t or d.pos[k] != "NOUN":
        return False
    lemma = str(d.t["lemma"].iat[k])
    return (
        "ب" in str(d.t["proclitic"].iat[k])
        and word_frequency(lemma, "ar") >= 1e-6
        and loose(lemma) not in name_words()["given"]
    )


def _announces(text: str, after: int, qs: int, starts: np.ndarray, mention_at: dict) -> bool:
    """Whether the words between a speaker and a quotation announce it: nothing, إن/أن, a colon,
    or a few words that name no other actor (معتبرا زيارته إلى هناك “…”) — a body named in the
    speaker's title does not count (الرئيس التنفيذي لمانشستر سيتي “…”)."""
    lead = text[after:qs].strip(" :،,\n")
    if lead in _LEADS:
        return True
    if text[after:qs].rstrip().endswith(":") and len(lead.split()) <= 12:
        # a colon right before it (وقال نبيل جاسم أحد منظمي المظاهرات لوكالة الصحافة الفرنسية: «…»):
        # the words between say who he is and to whom, the quotation is what he said
        return True
    rows = np.flatnonzero((starts >= after) & (starts < qs))
    if len(lead.split()) > 4:
        return False
    heads = name_words()["person_heads"]
    first = loose(lead.split()[0]) if lead else ""
    office = first in heads or (first.startswith("ال") and first[2:] in heads) or ("ال" + first) in heads
    # (the body of the speaker's office named in his title, الرئيس التنفيذي لمانشستر سيتي “…”,
    # is no other speaker)
    return not any(
        int(r) in mention_at and not (office and mention_at[int(r)][4] in ("organisation", "state"))
        for r in rows
    )


#: إن/أن (with a third person's pronoun) right after a short quotation: what is said follows it.
_SAID_AFTER_QUOTE = re.compile(r"[\s:،,]*ب?[إأا]ن(?:ه|ها|هم)?(?=[\s\"“«]|$)")


#: Verbs whose object may stand between the speaker and a quotation (أعلنت البورصة تعليق
#: تداول الأسهم «…», ووصف المسرحية بأنها "…").
_OBJECT_LEAD_VERBS = _OBJECT_FIRST | {loose(w) for w in "أعلن كشف".split()}


def _object_before_quote(
    d: DocWords, cue: ReportingCue, lex: dict, after: int, qs: int, starts: np.ndarray, mention_at: dict
) -> int | None:
    """The first word of the verb's object between its speaker (ending at offset ``after``) and
    a quotation at ``qs``, when the verb takes an object first (أعلنت بورصة الدار البيضاء تعليق
    تداول أسهم الشركة «في انتظار …»): a noun that is no title, office or actor, nor إن/أن or a
    preposition (:data:`_NOT_AN_OBJECT`); what is said starts there. Else None: the quotation
    alone is what is said (وقال جاك بارسونز رئيس تحرير المجلة "…": who he is, then his words)."""
    if (
        cue.kind != "verb"
        or not {loose(lex["verbs"].get(v, "")) for v in _verb_variants(d, cue.first)} & _OBJECT_LEAD_VERBS
    ):
        return None
    x = int(np.searchsorted(starts, after))
    while x < d.n and d.punct[x] and d.loose[x] in ("،", ","):
        x += 1
    if x >= d.n or int(starts[x]) >= qs or d.punct[x] or d.pos[x] != "NOUN" or x in mention_at:
        return None
    words = name_words()
    if d.var[x] & (words["heads"] | words["occupations"]) or _NOT_AN_OBJECT.match(d.tokens[x]):
        return None
    return x


def _epithet_quote(text: str, qs: int, qe: int) -> bool:
    """A word or two in quotation marks after the speaker, then إن/أن (وقال عيسى الصويتي "صياد":
    ان …): who he is, not what he said."""
    return len(text[qs:qe].split()) <= 2 and _SAID_AFTER_QUOTE.match(text, qe) is not None


def _quoted_name(starts: np.ndarray, qs: int, qe: int, mention_at: dict) -> bool:
    """A quotation that holds only an actor's name (وذكر موقع صحيفة “دايلي مايل” … أن): who
    speaks or is spoken of, not what is said."""
    a = int(np.searchsorted(starts, qs + 1))
    m = mention_at.get(a)
    if m is None or a >= len(starts) or int(starts[a]) >= qe:
        return False
    after = m[1] + 1
    return after >= len(starts) or int(starts[after]) >= qe - 1


#: لـ (or ل standing alone) right before a quotation: whom it was said to.
_TOLD = re.compile(r"(?:^|[\s،,(])ل(?:ـ)?\s*$")


def _told_outlet(text: str, qs: int, qe: int) -> bool:
    """A quotation of one to four words right after a separate لـ (وأكد مصدر لـ«الشرق الأوسط» أن
    …, قال لـ"الوطن" إن …): the newspaper or channel the speaker told, neither a statement nor,
    in the actors' tables, one of the story's actors (an outlet's own name would top its counts)."""
    return _TOLD.search(text, max(0, qs - 4), qs) is not None and 1 <= len(text[qs + 1 : qe - 1].split()) <= 4


_MEDIA_HEADS = {loose(w) for w in "صحيفة الصحيفة وكالة الوكالة قناة شبكة مجلة موقع تلفزيون إذاعة".split()}
_DOCUMENT_WORDS = {loose(w) for w in "البيان التقرير الرسالة".split()}
#: A newspaper, agency or channel named again by its head word alone (وأوضحت الصحيفة).
_MEDIA_ANAPHORS = {loose(w) for w in "الصحيفة الجريدة الوكالة القناة الشبكة المجلة".split()}
#: Figures and reports a source is cited by (وفقا لبيانات الوزارة, بحسب تقديرات صندوق النقد).
_DATA_NOUNS = {
    loose(w)
    for w in "بيانات إحصاءات إحصائيات أرقام معطيات تقديرات توقعات تقرير تقارير دراسة بيان سجلات".split()
}
_DOCUMENT_STEMS = {loose(w) for w in "بيان بيانا البيان تقرير تقريرا التقرير رسالة".split()}


def _issuer(d: DocWords, k: int, mentions: list):
    """Who issued "the statement" (البيان) named at ``k``: the body named right after it (البيان
    الصادر عن الوزارة, التقرير الذي أصدرته شركة «…»), else, going back up to four sentences, the
    body of the nearest بيان/تقرير that names one: in construct (بيان وزارة الخارجية, بيان
    المجلس), after it (البيان الصادر من الاتحاد), or, for an indefinite بيان that introduces the
    statement, tied to it in its sentence — the subject of a verb (أصدرت وزارة الخارجية بيانا, في
    بيان أصدرته الوزارة), the body after عن (بيان صادر عن …) or right after the word. A state or a
    place merely named in such a sentence (… المتاخم لإيران, … أن نيجيريا سوف تزيح الولايات
    المتحدة) did not issue it: then no issuer."""
    kinds = ("organisation", "state", "news_source", "person", "role", "group", "armed_group")

    def named_after(x):
        return _issued_by(d, x, mentions, kinds)

    m = named_after(k)
    if m is not None:
        return m
    for x in range(k - 1, -1, -1):
        if d.sent[x] < d.sent[k] - 4:
            break
        if not d.var[x] & _DOCUMENT_STEMS:
            continue
        owner = _document_owner(d, x, mentions) or named_after(x)
        if owner is not None:
            return owner  # بيان وزارة الخارجية; في بيان المجلس: the council named before
        if d.var[x] & _DOCUMENT_WORDS:
            continue  # an earlier البيان: a reference back, as this one
        near = [
            m
            for m in mentions
            if d.sent[m[0]] == d.sent[x]
            and m[4] in kinds
            and (
                _after_verb(d, m[0])
                or m[0] == x + 1
                or (
                    m[0] > x
                    and m[0] - x <= 5
                    and d.loose[m[0] - 1] in ("عن", "من")
                    and _issued_between(d, x, m[0])
                )
            )
        ]
        if near:
            return min(near, key=lambda m: min(abs(m[0] - x), abs(m[1] - x)))
    return None


def _issued_between(d: DocWords, x: int, y: int) -> bool:
    """بيان صادر عن …, بيانا من …: عن after the document word, or من after a صادر."""
    return d.loose[y - 1] == "عن" or (y >= 2 and d.loose[y - 2] in _ISSUED_BY | _ISSUED)


_ISSUED = {loose(w) for w in "صادر صادرة".split()}


_JAA = loose("جاء")
#: "What" before جاء في: "what came in the statement", an object, not a marker.
_WHAT = {loose(w) for w in "ما لما بما كما مما وما".split()}
#: "In which came" after a document (بيانا جاء فيه): what it says follows, its issuer before it.
_CAME_IN_IT = {loose(w) for w in ("جاء فيه", "جاء فيها")}

#: Words after البيان/التقرير that name who issued it (التقرير الذي أصدرته الشركة, البيان الصادر عن).
_ISSUED_BY = {loose(w) for w in "الذي التي الصادر الصادرة".split()}


def _issued_by(d: DocWords, x: int, mentions: list, kinds: tuple):
    """The body of ``kinds`` named right after the document at ``x`` and a word of issuing
    (البيان الصادر عن الوزارة, الإحصائيات الصادرة عن مؤسسة النقد, التقرير الذي أصدرته شركة
    «…»), within seven words and no punctuation but quotation marks; else None."""
    if x + 2 < d.n and d.loose[x + 1] in _ISSUED_BY:
        for m in mentions:
            if x + 2 <= m[0] <= x + 8 and d.sent[m[0]] == d.sent[x] and m[4] in kinds:
                if not any(d.punct[y] and d.loose[y] not in _OPENING_QUOTES for y in range(x + 1, m[0])):
                    return m
                break
    return None


def _document_owner(d: DocWords, x: int, mentions: list):
    """The body whose statement the بيان at ``x`` is, by the noun in construct after it: a
    mention starting there (بيان وزارة الخارجية), else the body named after a word of issuing
    (الإحصائيات الصادرة عن مؤسسة النقد), else the last mention before whose head is that noun
    (أوضح مجلس القضاء في إقليم كردستان … وجاء في بيان المجلس); else None."""
    y = x + 1
    if y >= d.n or d.sent[y] != d.sent[x] or d.punct[y]:
        return None
    issuer = _issued_by(d, x, mentions, ("organisation", "state", "news_source", "group", "armed_group"))
    if issuer is not None:
        return issuer
    for m in mentions:
        if m[0] == y and m[4] in ("organisation", "state", "news_source", "group", "armed_group"):
            return m
    w = d.loose[y]
    if not w.startswith("ال") or len(w) < 5:
        return None
    head = w[2:]
    for m in reversed(mentions):
        if m[0] >= x or m[4] not in ("organisation", "group"):
            continue
        if d.sent[x] - d.sent[m[0]] > 8:
            break
        if head in d.var[m[0]] or w in d.var[m[0]]:
            return m
    return None


def _subject_only(d: DocWords, cue: ReportingCue, sp: Speaker, until: int) -> bool:
    """Between the verb ``cue`` and the word ``until`` stands nothing but the verb's subject:
    no word (وأضاف قائلا), the speaker found there (وتابع الجبير قائلا), maybe after a title
    (وأضاف الدكتور عبدالرحمن قائلا), or — the speaker read before — a title of three words at
    most (وأضاف الوزير قائلا). Not what is said (وأشاروا إلى تجدد الفعاليات مؤكدين, وعبر عن
    فخره قائلا, وقال إنه …)."""
    a = cue.last + 1
    if until == a:
        return True
    if until < a or d.punct[a:until].any():
        return False
    title = bool(d.var[a] & name_words()["person_heads"])  # (الدكتور عبدالرحمن قائلا)
    if a <= sp.first and sp.last == until - 1 and (sp.first == a or title):
        return True
    if (
        sp.first == a
        and sp.last < until - 1
        and until - sp.last <= 8
        and (d.loose[sp.last + 1] in _SETTING or d.loose[sp.last + 1] in _SKIP)
        and not any(_that(d, x) or d.pos[x] == "VERB" for x in range(sp.last + 1, until))
    ):
        return True  # وصرحت المجموعة في بيان إخباري يوم الجمعة قائلة: where and when, not what
    return sp.first < 0 and until - a <= 3 and title


#: Prepositions that open where, when or through what something was said (في بيان, خلال مؤتمر).
_SETTING = {loose(w) for w in "في خلال عبر أثناء".split()}


def _starts_clause(d: DocWords, i: int) -> bool:
    """Whether token ``i`` opens a clause: و/ف attached, or after punctuation."""
    return (d.loose[i][:1] in "وف" and len(d.var[i]) > 1) or i == 0 or d.punct[i - 1]


#: "All" before the addressee said again (للإيرانيين كل الإيرانيين).
_ALL = {loose("كل"), loose("جميع")}

#: Verbs that answer: the quotation before them is the question, not their speaker's words.
_ANSWERS = {loose("أجاب")}

#: قد before a verb (وقد أعلن, لقد قال): the verb's clause starts with it.
_QAD = {loose(w) for w in "قد وقد لقد فقد ولقد".split()}
#: "But he/she/they" before a verb: لكنه أكد, ولكنها أوضحت, إلا أنه أشار
_BUT_HE = {loose(a + b) for a in ("لكن", "ولكن") for b in ("ه", "ها", "هم", "هما")} | {
    loose("أنه"),
    loose("أنها"),
}
#: Phrases that move on to another matter (… ، في سياق آخر أعلن وزير …): after punctuation, the
#: verb that follows opens a new statement.
_WHILE = {loose(w) for w in "فيما بينما وفيما وبينما".split()}


def _phrase_list(*phrases: str) -> list[tuple[str, ...]]:
    """Phrases as tuples of loose words, for :meth:`DocWords.phrase_at` and the like."""
    return [tuple(loose(w) for w in p.split()) for p in phrases]


_TRANSITIONS = _phrase_list(
    "في سياق آخر",
    "في سياق متصل",
    "في سياق منفصل",
    "في هذا السياق",
    "في السياق ذاته",
    "في السياق نفسه",
    "من جهة أخرى",
    "من جهة ثانية",
    "من ناحية أخرى",
    "من ناحية ثانية",
    "من جانب آخر",
    "على صعيد آخر",
    "على صعيد متصل",
    "في غضون ذلك",
    "في الأثناء",
    "في المقابل",
    "إلى ذلك",
    "في الوقت نفسه",
    "في الوقت ذاته",
)
#: "In this regard" right before a verb: the verb opens a statement of its own, wherever the
#: phrase stands in its clause (في هذا الصدد قال …, وردا على سؤال لرويترز بهذا الخصوص قال
#: جيوفاني مالاجو رئيس اللجنة الأولمبية الإيطالية إن …: the fronted answer, then the phrase).
_IN_THIS_REGARD = _phrase_list(
    "في هذا الخصوص",
    "بهذا الخصوص",
    "في هذا الصدد",
    "بهذا الصدد",
    "في هذا الشأن",
    "بهذا الشأن",
    "في هذا الإطار",
)


_KAMA_ALSO = {loose(w) for w in "كما وكما".split()}


def _said_ahead(d: DocWords, i: int, n: int = 14) -> bool:
    """إن/أن, a colon, a quotation mark, or عن after عبّر/تحدث, within ``n`` words after the verb at
    ``i`` in its sentence: what is said follows the verb."""
    for x in range(i + 1, min(i + 1 + n, d.n)):
        if d.sent[x] != d.sent[i]:
            return False
        if _that(d, x) or d.loose[x] in (":",) + _OPENING_QUOTES:
            return True
        if d.loose[x] == "عن" and {load_speech()["verbs"].get(v) for v in _verb_variants(d, i)} & _SAID_ABOUT:
            return True
    return False


def _statement_opener(d: DocWords, i: int) -> int | None:
    """Where the clause of the verb at ``i`` starts when it opens a statement of its own rather
    than reporting inside what another said: the verb itself (و/ف on it, or after punctuation),
    قد before it (وقد أعلن; قد alone after punctuation), or a phrase that moves on to another
    matter after punctuation (، في سياق آخر أعلن); else None (… إن الحكومة قد أعلنت: a report
    inside the statement)."""
    if _starts_clause(d, i):
        return i
    j = i - 1
    if j >= 0 and d.sent[j] == d.sent[i] and d.loose[j] in _QAD:
        return j if d.loose[j] != "قد" or _starts_clause(d, j) else None
    if j >= 0 and d.sent[j] == d.sent[i] and d.loose[j] in _BUT_HE:
        # … عن انفتاحه على تعديل دستوري لكنه أكد أن …: "but he" turns to a second statement of
        # the same speaker (so does إلا أنه أكد)
        if d.loose[j].startswith(("لكن", "ولكن")):
            return j
        return j - 1 if j > 0 and d.loose[j - 1] == loose("إلا") else None
    if j >= 0 and d.sent[j] == d.sent[i] and d.loose[j] in _WHILE and i + 1 < d.n and not _that(d, i + 1):
        # …، فيما نوه مدير تعليم الحد الجنوبي على أن …, بينما قال الوزير: "while" another
        # speaker says something else (not فيما قال إن …, whose speaker is the one before)
        return j
    if (
        j >= 0
        and d.sent[j] == d.sent[i]
        and d.loose[j] in _KAMA_ALSO
        and _starts_clause(d, j)
        and _said_ahead(d, i)
    ):
        # كما عبر ناشطون عن …, ، كما أكد أن …: "also" opens the clause of the verb — when what
        # is said follows it; … ، كما صرح المتحدث باسم الرئيس. is "as he stated", its source
        return j
    for phrase in _IN_THIS_REGARD:
        s = i - len(phrase)
        if (
            s >= 0
            and d.sent[s] == d.sent[i]
            and all(d.loose[s + x] == w or (x == 0 and d.loose[s] == "و" + w) for x, w in enumerate(phrase))
        ):
            return s
    for phrase in _TRANSITIONS:
        s = i - len(phrase)
        if s < 0 or d.sent[s] != d.sent[i]:
            continue
        first = d.loose[s]
        if first != phrase[0] and not (first[:1] in "وف" and first[1:] == phrase[0]):
            continue
        if all(d.loose[s + x] == w for x, w in enumerate(phrase[1:], 1)) and (
            first != phrase[0] or _starts_clause(d, s)
        ):
            return s
    t = _fronted_topic(d, i)
    if t is not None and t > 0 and d.sent[t - 1] == d.sent[i] and d.loose[t - 1] in ("،", ","):
        # a topic put first after a comma, then the verb and its subject (… قبل الانعطاف يمينا،
        # وعن الإشارات الضوئية الموضوعة من أجل المشاة ذكر عبيد أن …): a statement of its own
        return t
    return None


def _span(d: DocWords, text: str, a: int, b: int) -> str:
    return text[int(d.t["start"].iat[a]) : int(d.t["end"].iat[b])]


def _relay_between_commas(d: DocWords, verb: ReportingCue, cue: ReportingCue) -> int | None:
    """The row of the إن/أن that goes on with a reporting verb's statement when a source marker
    set between commas follows the verb's subject (وقالت الوزارة، بحسب وكالة الأنباء السعودية،
    إن …; وأكد المصدر، وفقا لصحيفة الشرق الأوسط، أن …; وذكرت الوكالة أمس، نقلا عن …، أن …),
    else None. ``verb`` is the reporting verb, ``cue`` the source marker after it. Between the
    verb and the comma before the marker: words only, no إن/أن (… إن الحادث وقع، بحسب …: the
    marker's place in the sentence is its own)."""
    comma = cue.first - 1
    if comma <= verb.last or comma - verb.last > 15 or d.loose[comma] not in ("،", ","):
        return None
    for k in range(verb.last + 1, comma):
        if d.punct[k] or _that(d, k) or d.sent[k] != d.sent[cue.first]:
            return None
    for k in range(cue.last + 1, min(cue.last + 25, d.n - 1)):
        if d.sent[k] != d.sent[cue.first]:
            return None
        if d.punct[k]:
            if d.loose[k] not in ("،", ","):
                return None  # the sentence goes on in another way (a colon, a quotation)
            return k + 1 if d.sent[k + 1] == d.sent[k] and _that(d, k + 1) else None
    return None


#: "in it", "during it": a verb of saying followed by one of them speaks in a call or a message.
_IN_IT = {loose(w) for w in "فيه فيها خلاله خلالها".split()}
#: A call, a message, a cable: received from someone (تلقى اتصالا هاتفيا من …).
_CALL_STEMS = tuple(loose(w) for w in "اتصال مكالمة رسالة برقية".split())


def _caller(d: DocWords, cue: ReportingCue, by_first: dict) -> tuple | None:
    """The one who called or wrote, when a verb of saying right before فيه/خلاله ("in it")
    follows a call or a message received from someone in its sentence (تلقى الأمير اتصالا هاتفيا
    من الشيخ سيف بن زايد … أعرب فيه عن …): the actor named right after من; else None."""
    if cue.kind != "verb" or cue.last + 1 >= d.n or d.loose[cue.last + 1] not in _IN_IT:
        return None
    for x in range(cue.first - 1, max(-1, cue.first - 30), -1):
        if d.sent[x] != d.sent[cue.first]:
            return None
        if d.loose[x] == "من" and any(
            d.loose[y].startswith(_CALL_STEMS) for y in range(max(0, x - 4), x) if d.sent[y] == d.sent[x]
        ):
            for y in range(x + 1, min(x + 9, d.n)):  # (past honorifics: من معالي الفريق الركن الشيخ …)
                if d.punct[y] or d.sent[y] != d.sent[x]:
                    break
                m = by_first.get(y)
                if m is not None:
                    return m if m[4] in ("person", "role", "state", "organisation") else None
            return None
    return None


def _according_at(d: DocWords, k: int, lex: dict) -> bool:
    """Whether a source marker of speech.yaml's ``according`` starts at row ``k`` (بحسب, وفقا)."""
    return k < d.n and any(
        d.phrase_at(k, p) is not None for v in d.var[k] for p in lex["according"].get(v, ())
    )


def _relay_after_subject(
    d: DocWords, verb: ReportingCue, cue: ReportingCue, mention_at: dict, lex: dict
) -> int | None:
    """The row where a reporting verb's statement goes on when a source marker follows the verb
    or its subject with no comma, and the source it names is an actor found (وأكدت وزارة
    الخارجية القطرية وفقا لوكالة الأنباء القطرية في بيان أمس وقوف …; وشددت وفقا لما نقلته وكالة
    الأنباء البحرينية على أن …; وقال الوزير بحسب وكالة الأنباء الرسمية إن …): the word after the
    source and where it was said (في بيان, أمس), else None."""
    if cue.first - verb.last > 12 or d.sent[cue.first] != d.sent[verb.first]:
        return None
    for k in range(verb.last + 1, cue.first):
        if d.punct[k] or _that(d, k):
            return None
    x = cue.last + 1
    skipped = 0
    while x < d.n and skipped < 2 and x not in mention_at:
        if d.loose[x] in ("ما", "لما") or _verb_variants(d, x) & set(lex["verbs"]):
            x += 1  # وفقا لما نقلته …: what it relayed
            skipped += 1
        else:
            break
    m = mention_at.get(x)
    if m is None or d.sent[x] != d.sent[cue.first]:
        return None
    x = m[1] + 1
    if x + 1 < d.n and d.loose[x] == "في" and d.loose[x + 1].startswith(_WHERE_SAID):
        x += 2  # في بيان, في تصريح
        while x < d.n and d.loose[x] in ("له", "لها", "لهم"):
            x += 1
    while x < d.n and d.loose[x] in _SKIP:
        x += 1  # أمس
    if x >= d.n or d.sent[x] != d.sent[cue.first] or d.punct[x]:
        return None
    return x


def _said_clause_start(d: DocWords, first: int, n: int, before: int) -> int | None:
    """Character offset of the first إن/أن among the ``n`` words from row ``first`` on, in that
    word's sentence and starting before character ``before`` — or of the word after a colon met
    first when no إن/أن opens what follows it (الوزير في بيان: نطالب …, not an أن further on);
    else None."""
    starts = d.t["start"].to_numpy()
    for k in range(first, min(first + n, d.n)):
        if d.sent[k] != d.sent[first] or int(starts[k]) >= before:
            return None
        if d.loose[k] == ":" and k + 1 < d.n and d.sent[k + 1] == d.sent[first]:
            x = k + 2 if d.loose[k + 1] in _OPENING_QUOTES and k + 2 < d.n else k + 1
            if not _that(d, x) and int(starts[k + 1]) < before:
                # خالد البيتي: حاولنا أن …: what is said starts after the colon, not at its أن
                return int(starts[k + 1])
        if _that(d, k):
            if k > first and d.loose[k - 1] in _TIME_PREPS:
                return None  # أبدى … استياءهم الشديد بعد أن رفضت …: "after", not what was said
            return int(starts[k])
    return None


_KAMA = loose("كما")
_AS_WHAT = {loose(w) for w in "بصفته بصفتها".split()}


def _also_said(d: DocWords, cue: ReportingCue) -> bool:
    """كما قال إن …, كما أعلن أن …: "he also said that" — the marker with إن/أن right after it
    reports what the speaker before said next (what follows is said; no source is named after it,
    none before it), unlike كما قال الوزير, "as the minister said"."""
    k = cue.last + 1
    while k < d.n and d.same_sentence(cue.first, k) and d.loose[k] in _SKIP:
        k += 1  # (كما ذكرت أيضا أن …)
    return (
        cue.kind == "according"
        and loose(cue.word).startswith(_KAMA)
        and k < d.n
        and d.same_sentence(cue.first, k)
        and _that(d, k)
    )


def _said_after_source(d: DocWords, cue: ReportingCue, speaker: Speaker) -> bool:
    """…، كما قالت وكالة «أ.ب»، لا بد أن …, وكما قال الوزير، فإن …: after كما + verb + source and a
    comma, a said clause follows within three words — what the source said comes after it."""
    if cue.kind != "according" or not loose(cue.word).startswith(_KAMA) or speaker.last < cue.first:
        return False
    c = speaker.last + 1
    while c < d.n and d.sent[c] == d.sent[cue.first] and d.loose[c] in _CLOSING_QUOTES:
        c += 1
    if c >= d.n or d.sent[c] != d.sent[cue.first] or d.loose[c] not in ("،", ","):
        return False
    return any(
        d.var[x] & (_COMPLEMENTIZERS_STRICT | _FA_INNA)  # (also لا بد أن, "it must be that")
        for x in range(c + 1, min(c + 4, d.n))
        if d.sent[x] == d.sent[cue.first]
    )


#: Verbs of describing and deeming (وصف القرار بأنه خاطئ, اعتبر الاتفاق أنه …): the object before
#: بأن/أن is what is described, part of what is said.
_DESCRIBE = {loose(w) for w in "وصف اعتبر".split()}
#: Words that open where or when a description was made, before its object (في بيان له, اليوم).
_WHEN_WHERE = _STOP | {
    loose(w)
    for w in "خلال عبر أثناء اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت".split()
}


def _described_before_clause(d: DocWords, cue: ReportingCue, after: int, before: int) -> bool:
    """Whether the words between the speaker (ending at ``after``) and the إن/أن of a verb of
    describing are its object (ووصف الوزير القرار بأنه خاطئ: what is said starts at القرار), not an
    apposition set off by a comma (، الخبير بمركز …،) nor where or when it was said (في بيان له,
    اليوم السبت)."""
    if cue.kind != "verb" or _without_conjunction(loose(cue.word)) not in _DESCRIBE:
        return False
    if after + 1 < d.n and d.var[after + 1] & _WHEN_WHERE:
        return False  # واعتبر العربي في بيان له أن …, وصف … اليوم السبت: where and when, not the object
    starts = d.t["start"].to_numpy()
    for k in range(after + 1, min(after + 16, d.n)):
        if d.sent[k] != d.sent[cue.first] or int(starts[k]) >= before or d.punct[k]:
            return False
        if _that(d, k):
            return k > after + 1
    return False


def statement_span(
    d: DocWords,
    cue: ReportingCue,
    speaker: Speaker,
    next_cue: ReportingCue | None,
    text: str,
    sent_bounds: tuple[int, int],
) -> tuple[int, int]:
    """Character span of what is said for an indirect statement (module docstring)."""
    s_start, s_end = sent_bounds
    starts, ends = d.t["start"].to_numpy(), d.t["end"].to_numpy()
    if (
        cue.kind == "according"
        and int(starts[cue.first]) - s_start > 10
        and loose(cue.word) not in _CAME_IN_IT  # (بيانا جاء فيه: …: what it says follows)
        and not _also_said(d, cue)
        and not _said_after_source(d, cue, speaker)
    ):
        a, b = s_start, int(starts[cue.first])
    else:
        after = max(cue.last, speaker.last) if speaker.last >= cue.first else cue.last
        a = int(ends[after])
        b = s_end
        if (
            next_cue is not None
            and d.sent[next_cue.first] == d.sent[cue.first]
            and (
                next_cue.kind != "verb"
                or _statement_opener(d, next_cue.first) is not None
                or next_cue.first <= after + 2
            )
        ):  # نقل البيان عن الكاظمي قوله: …
            opener = _statement_opener(d, next_cue.first) if next_cue.kind == "verb" else None
            b = min(b, int(starts[next_cue.first if opener is None else opener]))
        # an apposition after the speaker (، الخبير بمركز …،) is not what is said: start at
        # the first إن/أن when one comes soon
        if speaker.last >= cue.first and not _described_before_clause(d, cue, after, b):
            a = _said_clause_start(d, after + 1, 15, b) or a
    while a < b and text[a] in " :،,.\u200f":
        a += 1
    while b > a and text[b - 1] in " ،,\u200f":
        b -= 1
    return a, b


@names_the_document("attributing speech")
def attributions(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    gazetteer: Gazetteer | None = None,
    lexicon: dict | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """All statements of all documents, with their speaker (see the module docstring).

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    gazetteer : Gazetteer, optional
        The actor gazetteer (default :func:`~discourse.framing.actors.load_actors`).
    lexicon : dict, optional
        Reporting verbs and markers (default ``data/lexicons/speech.yaml``).
    mentions : DataFrame, optional
        Actor mentions (:func:`~discourse.framing.frames.actor_mentions`); found when not given.

    Returns
    -------
    DataFrame
        :data:`STATEMENT_COLUMNS`; ``start``/``end`` are the offsets of the statement text (the
        quotation without its marks, or the attributed clause), ``speaker_start``/``speaker_end``
        those of the words that name the speaker (-1 when none); ``speaker_kind`` is ``named``,
        ``role``, ``unnamed``, ``pronoun`` (the verb has no subject of its own: the last
        speaker) or ``unresolved``.
    """
    from .cache import cached_frame, frame_digest, gazetteer_digest

    gz = gazetteer if isinstance(gazetteer, Gazetteer) else load_actors()
    own_lexicon = lexicon is not None and "verbs" in lexicon
    lex = lexicon if own_lexicon else load_speech()
    if mentions is None:
        mentions = actor_mentions(tokens, docs, gz, speakers=False)
    elif "kind" in mentions:
        # the speakers actor_mentions adds are what this finds: read without them, as they were
        mentions = mentions[mentions["kind"] != "speaker"]
    if own_lexicon:  # (a lexicon passed as a dict: not cached)
        return _attributions(tokens, docs, gz, lex, mentions)
    key = [gazetteer_digest(gz), frame_digest(mentions.reset_index(drop=True))]
    return cached_frame(
        "statements", tokens, docs, key, lambda: _attributions(tokens, docs, gz, lex, mentions)
    )


def _attributions(
    tokens: pd.DataFrame, docs: pd.DataFrame, gz: Gazetteer, lex: dict, mentions: pd.DataFrame
) -> pd.DataFrame:
    """The statements of :func:`attributions`, read with the mentions given."""
    actors = gz.actors.set_index("actor")
    texts = docs.set_index("doc_id")["text"]
    m_by_doc = dict(tuple(mentions.groupby("doc_id", sort=False)))
    rows = []
    for doc_id, t in tokens.groupby("doc_id", sort=False, observed=True):
        reading_document(doc_id)
        t = t.reset_index(drop=True)
        d = DocWords(t)
        text = texts[doc_id]
        row_of = dict(zip(t["tok_id"].to_numpy(), range(d.n)))
        mm = m_by_doc.get(doc_id)
        if mm is not None and "kind" in mm:
            mm = mm[mm["kind"] != "place"]  # a setting does not speak
        ment = (
            []
            if mm is None
            else sorted(
                (row_of[a], row_of[b], act, kind, typ)
                for a, b, act, kind, typ in zip(
                    mm["tok_first"], mm["tok_last"], mm["actor"], mm["kind"], mm["type"]
                )
            )
        )
        # المملكة, bound to the kingdom the article is about, speaks only as a reporting verb's
        # subject (وأكدت المملكة, وقالت حكومة المملكة): elsewhere it says whose or where (مفتي عام
        # المملكة, مناطق المملكة, التي تشهدها المملكة), and is no one a later verb refers back to
        ment = [m for m in ment if not (m[3] == "bound" and m[4] == "state" and not _reports(d, m[0], lex))]
        procl = t["proclitic"].astype(str).to_numpy() if "proclitic" in t else None
        # a group with ب on it (وأهاب الطويرقي باليمنيين, وأشاد الوزير بالسعوديين) is whom the verb
        # urges or praises, never the one who speaks
        if procl is not None:
            ment = [m for m in ment if not (m[4] == "group" and procl[m[0]] in ("ب", "بال", "وب", "وبال"))]
        mention_at = {m[0]: m for m in ment}
        mention_at["ends"] = {m[1] for m in ment}
        # actors written with the preposition ل on them (لكيري, للإيرانيين, لمجلس العلاقات
        # الخارجية): ل as the lemmatizer read it off, and no letter of the name the mention was
        # found by (ليبرمان, read as ل + يبرمان, keeps it: the name is written so)
        lam = (
            set()
            if mm is None or "alias" not in mm or procl is None
            else {
                row_of[a]
                for a, mt, al in zip(mm["tok_first"], mm["match"], mm["alias"])
                if procl[row_of[a]] in ("ل", "لل")
                and loose(str(mt).split()[0]) not in {loose(w) for w in str(al).split()}
            }
        )
        # a person or organisation the gazetteer lacks is named as it was found whole in the
        # article (عبد الرحمن السديس), also where a later mention gives only the family name
        named_as = (
            {}
            if mm is None or "alias" not in mm
            else {
                a: al
                for a, al, kind in zip(mm["actor"], mm["alias"], mm["kind"])
                if kind in ("discovered", "bound") and isinstance(al, str)
            }
        )
        quotes = find_quotations(text)
        cues = find_reporting_cues(d, lex, quotes, mention_at)
        sent_start = t.groupby("sent_id")["start"].min().to_dict()
        sent_end = t.groupby("sent_id")["end"].max().to_dict()
        starts = t["start"].to_numpy()
        ends = t["end"].to_numpy()
        # words (not punctuation) before each token: a statement's length by two binary searches
        words_before = np.concatenate([[0], np.cumsum(~np.asarray(d.punct, dtype=bool))])
        quote_starts = [qs for qs, _ in quotes]
        cue_starts = [int(starts[c.first]) for c in cues]
        state = {
            "last": None,
            "unnamed": {},
            "by_first": {m[0]: m for m in ment},
            "by_last": {m[1]: m for m in ment},
            "ends_sorted": [m[1] for m in ment],
            "lam": lam,
        }
        used_quotes: set[int] = set()

        void: dict[int, bool] = {}

        def sourceless(i):
            # وفق الخطة, تسير وفق القضاء: a marker that names no source (resolved once, on a copy
            # of the state: nothing is recorded)
            if cues[i].kind != "according" or _also_said(d, cues[i]):
                return False  # (كما قال إن …: the speaker before, resolved when read)
            if i not in void:
                trial = {**state, "unnamed": dict(state["unnamed"])}
                void[i] = resolve_speaker(d, cues[i], lex, ment, trial, text).actor is None
            return void[i]

        def add(cue, sp, a, b, direct, attributed, sent_row):
            info = actors.loc[sp.actor] if sp is not None and sp.actor in actors.index else None
            rows.append(
                {
                    "doc_id": doc_id,
                    "para_id": int(t["para_id"].iat[sent_row]),
                    "sent_id": int(d.sent[sent_row]),
                    "speaker": sp.actor if sp else None,
                    "speaker_name": (
                        info["name_ar"]
                        if info is not None
                        else ((named_as.get(sp.actor) or sp.text) if sp and sp.actor else None)
                    ),
                    "speaker_label": info["label"] if info is not None else None,
                    "speaker_type": (
                        info["type"]
                        if info is not None
                        else (
                            "unnamed_source"
                            if sp and sp.actor and sp.actor.startswith("unnamed:")
                            else (
                                "person"
                                if sp and sp.actor and sp.actor.startswith("person:")
                                else ("organisation" if sp and sp.actor else None)
                            )
                        )
                    ),
                    "speaker_kind": sp.kind if sp else "unresolved",
                    "speaker_text": sp.text if sp else "",
                    "speaker_start": int(starts[sp.first]) if sp and 0 <= sp.first < d.n else -1,
                    "speaker_end": int(ends[sp.last]) if sp and 0 <= sp.last < d.n else -1,
                    "verb": d.t["norm"].iat[cue.first] if cue is not None else None,
                    "direct": direct,
                    "attributed": attributed,
                    "statement": text[a:b],
                    "n_words": int(
                        words_before[np.searchsorted(starts, b)] - words_before[np.searchsorted(starts, a)]
                    ),
                    "start": a,
                    "end": b,
                    "verb_start": int(starts[cue.first]) if cue is not None else None,
                }
            )

        open_until = -1  # end of the indirect statement being read
        taken_until = -1  # last token of the previous cue's speaker
        open_sent = -1
        relay_until = -1  # end of a source set between commas after a verb's subject
        handover = None  # (index of a participle, the speaker of the verb before it)
        for n, cue in enumerate(cues):
            cstart = int(starts[cue.first])
            if cue.first <= taken_until or cue.first <= relay_until:
                continue  # inside the words that name the previous speaker (وفقا لما أعلنته …)
            if cue.kind == "verb" and cstart < open_until and _statement_opener(d, cue.first) is None:
                continue  # a verb inside what is said (… إن الولايات المتحدة رأت …)
            if cue.word.startswith("علي حد") and open_sent == d.sent[cue.first]:
                continue  # "على حد قوله" closes the statement already read
            sp = resolve_speaker(d, cue, lex, ment, state, text)
            if handover is not None and handover[0] == n and sp.actor == handover[1].actor:
                sp = handover[1]  # (named as the verb named them, not "he" of the participle)
            if sp.kind == "pronoun" and cue.kind == "verb" and _after_turn_opener(d, cue.first, comma=True):
                # من جهته قال د. علي …: "for his part" announces a new speaker after the verb; when
                # the search does not find them, no one — not the last speaker, whose turn it ends
                sp = Speaker(None, "unresolved", "")
            if cue.kind == "according" and sp.actor is None:
                continue  # وفق الخطة, حسب الاتفاق: no source named, not a source marker
            if sp.first >= 0 and sp.last >= sp.first:
                # (a source named in quotation marks, وبحسب "الفرنسية": the name, not a statement)
                lo, hi = int(starts[sp.first]), int(d.t["end"].iat[sp.last])
                used_quotes.update(q for q, (qs, qe) in enumerate(quotes) if lo <= qs and qe <= hi)
            taken_until = max(taken_until, sp.last)
            # the next cue that ends this statement (not a marker that names no source)
            after_n = n + 1
            while after_n < len(cues) and sourceless(after_n):
                after_n += 1
            nxt = cues[after_n] if after_n < len(cues) else None
            sid = int(d.sent[cue.first])
            if (
                cue.kind == "verb"
                and nxt is not None
                and nxt.kind == "continuation"
                and d.sent[nxt.first] == sid
                and _subject_only(d, cue, sp, nxt.first)
            ):
                # وأضاف الوزير قائلا إن …, وتابع مصدر مؤكدا أن …, وأضاف قائلا: the verb, its
                # subject, then the participle of how it was said: what is said follows the
                # participle, and is this speaker's (the words between are who, not what)
                if sp.actor is not None:
                    state["last"] = sp
                    state["sent_speaker"] = (sid, sp)
                    handover = (after_n, sp)
                continue
            after = int(d.t["end"].iat[max(cue.last, sp.last)])
            said_from = None
            if (
                cue.kind == "verb"
                and nxt is not None
                and nxt.kind == "according"
                and sp.actor is not None
                and (
                    sp.first > cue.last  # the verb's own subject, after it (not ويتوقع، بحسب …)
                    or (sp.kind == "pronoun" and nxt.first == cue.last + 1)  # وشددت وفقا لما نقلته …
                )
            ):
                said_from = _relay_between_commas(d, cue, nxt) or _relay_after_subject(
                    d, cue, nxt, mention_at, lex
                )
                if said_from is not None:
                    # وقال السفير، حسب ما نقلت عنه وكالة إنترفاكس، إن …: the agency relays what
                    # the verb's speaker said; the statement starts at إن, and the relay is not
                    # a second statement
                    relay_until = said_from - 1
                    k = n + 1
                    while k < len(cues) and cues[k].first < said_from:
                        k += 1
                    nxt = cues[k] if k < len(cues) else None
            limit = int(starts[nxt.first]) if nxt is not None else len(text)
            # a quotation after the cue, in its sentence or opening the next one (قال: «…»)
            q = next(
                (
                    k
                    for k in range(
                        bisect.bisect_left(quote_starts, after), bisect.bisect_left(quote_starts, limit)
                    )
                    for qs, qe in (quotes[k],)
                    if k not in used_quotes
                    and _announces(text, after, qs, starts, mention_at)
                    and (len(text[qs:qe].split()) >= 4 or text[after:qs].strip(" ،,\n") in _LEADS_COLON)
                    and not _epithet_quote(text, qs, qe)
                    and not _quoted_name(starts, qs, qe, mention_at)
                    and not _told_outlet(text, qs, qe)
                    # بحسب تقرير شركة السوق المالية "تداول"، فقد …: one or two quoted words right
                    # after the speaker's name are its short name, not what it said
                    and not (
                        sp.actor is not None
                        and not text[after:qs].strip()
                        and len(text[qs + 1 : qe - 1].split()) <= 2
                    )
                ),
                None,
            )
            if q is not None:
                qs, qe = quotes[q]
                used_quotes.add(q)
                x = _object_before_quote(d, cue, lex, after, qs, starts, mention_at)
                if x is not None:
                    add(cue, sp, int(starts[x]), qe, True, True, cue.first)
                else:
                    add(cue, sp, qs + 1, qe - 1, True, True, cue.first)
            else:
                a, b = statement_span(d, cue, sp, nxt, text, (sent_start[sid], sent_end[sid]))
                if said_from is not None:
                    a = max(a, int(starts[said_from]))
                elif sp.actor is None and cue.kind == "verb" and _after_turn_opener(d, cue.first, comma=True):
                    # the subject the search did not name is not what is said: from إن/أن on
                    a = max(a, _said_clause_start(d, cue.last + 1, 24, b) or a)
                if b - a < 2:
                    if (
                        nxt is not None
                        and nxt.kind == "continuation"
                        and (
                            sp.kind in ("named", "role")
                            or (sp.actor is not None and loose(nxt.word).startswith("بقول"))
                        )
                    ):
                        # وأضافت صحيفة «البايس» قائلة: …: the participle goes on with this speaker
                        # (and وعلقت على الرؤية بقولها: whoever the verb's subject was)
                        state["last"] = sp
                        state["sent_speaker"] = (sid, sp)
                    continue  # nothing said between this cue and the next (نقل … قوله)
                add(cue, sp, a, b, False, True, cue.first)
                used_quotes.update(
                    k
                    for k in range(
                        bisect.bisect_left(quote_starts, a), bisect.bisect_left(quote_starts, b + 1)
                    )
                    if quotes[k][1] <= b + 1
                )
                open_sent = sid
                if cue.kind != "according":
                    open_until = sent_end[sid]
            relayed = (
                cue.kind == "according"
                and _actor_type(sp.actor, ment, state) == "news_source"
                and state.get("sent_speaker", (None,))[0] == sid
            )
            if sp.actor is not None and sp.actor not in _SACRED_IDS and not relayed:
                # (scripture quoted is not who goes on speaking: وأضاف after قال تعالى is the
                # preacher; nor is an outlet that relays the speaker of its sentence: قال السفير،
                # حسب ما نقلت عنه وكالة إنترفاكس، إن … مضيفا is the ambassador)
                state["last"] = sp
                state["sent_speaker"] = (sid, sp)
        # quotations no cue claims: a cue right after them (“…”، قال كيري), else unattributed
        for k, (qs, qe) in enumerate(quotes):
            if k in used_quotes or _quoted_name(starts, qs, qe, mention_at) or _told_outlet(text, qs, qe):
                continue  # (a quotation that holds only an actor's name is no statement, nor the
                # outlet a speaker told)
            if text[qs + 1 : qe - 1].strip().isdigit():
                continue  # البطولة العربية الـ «13»: a number, nothing said
            row = int(np.searchsorted(starts, qs, side="right")) - 1
            row = max(min(row, d.n - 1), 0) if d.n else 0
            if d.n == 0:
                continue
            k = bisect.bisect_left(cue_starts, qe)
            post = cues[k] if k < len(cues) and cue_starts[k] - qe <= 4 else None
            if post is not None and (
                (len(text[qs + 1 : qe - 1].split()) <= 2 and not text[:qs].rstrip().endswith(":"))
                or loose(post.word) in _ANSWERS
            ):
                # مع قناة "العربية"، أكد كيري: a name in quotation marks, not what he said;
                # “هل …؟”، أجاب كيري: the question asked, not the answer
                post = None
            if post is not None:
                fresh = {"last": None, "unnamed": {}}
                fresh.update(
                    {
                        key: state[key]
                        for key in ("by_first", "by_last", "ends_sorted", "covered", "lam")
                        if key in state
                    }
                )
                sp = resolve_speaker(d, post, lex, ment, fresh, text)
                add(post, sp, qs + 1, qe - 1, True, True, row)
            else:
                add(None, None, qs + 1, qe - 1, True, False, row)
    out = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    # typed even when empty (a boolean mask of an empty object column would select columns)
    out = out.astype(
        {
            "direct": bool,
            "attributed": bool,
            "n_words": "int64",
            "start": "int64",
            "end": "int64",
            "speaker_start": "int64",
            "speaker_end": "int64",
        }
    )
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


def speaker_summary(statements: pd.DataFrame, tokens: pd.DataFrame) -> pd.DataFrame:
    """Per document and speaker (``who``: the actor's Arabic name, or the unnamed source's
    words): statements, direct and indirect, words attributed, ``share_words`` = the speaker's
    attributed words / the document's words, and ``source_kind`` (named/official, unnamed,
    unresolved).

    Parameters
    ----------
    statements : DataFrame
        :func:`attributions` output.
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    """
    cols = [
        "doc_id",
        "who",
        "statements",
        "direct",
        "indirect",
        "words",
        "speaker_type",
        "doc_words",
        "share_words",
        "source_kind",
    ]
    st = statements[statements["attributed"].astype(bool)].copy()
    if st.empty:
        return pd.DataFrame(columns=cols)
    st["who"] = st["speaker_name"].fillna("(unresolved)")
    words = tokens[~tokens["is_punct"]].groupby("doc_id").size().rename("doc_words")
    g = st.groupby(["doc_id", "who"])
    out = pd.DataFrame(
        {
            "statements": g.size(),
            "direct": g["direct"].sum(),
            "indirect": g["direct"].apply(lambda d: int((~d).sum())),
            "words": g["n_words"].sum(),
            "speaker_type": g["speaker_type"].first(),
        }
    ).reset_index()
    out = out.merge(words, on="doc_id")
    out["share_words"] = out["words"] / out["doc_words"]
    out["source_kind"] = out["speaker_type"].map(
        lambda t: (
            "unnamed"
            if t == "unnamed_source"
            else ("unresolved" if t is None or pd.isna(t) else "named/official")
        )
    )
    return out.sort_values(["doc_id", "words"], ascending=[True, False]).reset_index(drop=True)
