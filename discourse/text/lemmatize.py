"""Lemmatization with qalsadi, once per distinct form, with a persistent cache and overrides.

qalsadi analyses one word in a few milliseconds, too slow to call per token on a large corpus;
the kit calls it once per distinct *lemma key* (the token after NFKC with diacritics and tatweel
removed; hamza spellings are kept because they tell words apart) and stores the answer in an
SQLite cache (the user cache folder, see :func:`~discourse.config.cache_dir`), keyed by qalsadi's version
and the kit's lemmatizer version, so a rerun recomputes nothing.

User overrides come from a TSV file ``form<TAB>lemma[<TAB>pos]`` (default
``data/lexicons/lemma_overrides.tsv``); an override also applies to the form with attached
proclitics (``والكاظمي``, ``للكاظمي``).

Examples
--------
>>> lem = Lemmatizer(cache=False)
>>> lem.lemmatize("للحكومة")
'حكومة'
"""

from __future__ import annotations

import csv
import functools
import gc
import io
import itertools
import multiprocessing
import re
import sqlite3
import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from .. import config
from ..errors import LexiconError
from ..io.textio import read_utf8
from .clitics import PROCLITICS
from .lemma_rules import (
    _ALKHALIL_POS,
    _MEDIAL_HAMZA_UNKNOWN_RATIO,
    CLOSED_NOUNS,
    NO_FEMININE_RE,
    PLURAL_ARTICLE_SHARE,
    THIRD_SECOND_PERSON,
    _affix_parts,
    _has_article,
    _known_word,
    _pronoun_unsupported,
    _verb_person,
    _wf,
    abstract_nisba_noun,
    canonical_spelling,
    choose_lemma,
    closed_class_lemma,
    conjunction_on_word,
    construct_plural,
    defective_verbal_noun,
    energetic_imperative_only,
    fa_of_the_word,
    hamza_spelling,
    inflected_unknown,
    latin_letter_name,
    letter_of_the_word,
    medial_hamza,
    name_in_sound_ending,
    name_in_ya,
    nisba_accusative,
    nisba_adverb,
    noun_in_ta_with_pronoun,
    particle_with_pronoun,
    particle_with_tanwin,
    plural_not_verb,
    plural_only_broken,
    second_opinion,
    strip_proclitics,
    unknown_lemma,
    unknown_word_pos,
    unused_verb_reading,
    verb_qalsadi_lacks,
    verbal_noun_after_proclitic,
    whole_word_lemmas,
    whole_word_nouns,
    without_interrogative,
    without_proclitic,
)
from .normalize import ARABIC_LETTER_RE, make_normalizer, nfkc, remove_diacritics, remove_tatweel

__all__ = [
    "Lemmatizer",
    "LemmaResult",
    "lemma_key",
    "LEMMA_COLUMNS",
    "load_overrides",
    "lemma_review",
    "LEMMATIZER_VERSION",
]

LEMMA_COLUMNS = ["lemma", "pos", "proclitic", "enclitic", "n_candidates", "lemma_source"]
_LEMMA_KEY_STEPS = ("nfkc", "diacritics", "tatweel")
_plain_key = make_normalizer(_LEMMA_KEY_STEPS)
#: Tanwin (ً ٌ ٍ) marks an indefinite noun or adjective: a verb or a particle never carries it.
TANWEEN = "\u064b\u064c\u064d"
# the word's last tanwin, followed by nothing but diacritics and at most a final alef (مؤخرًا)
_FINAL_TANWEEN_RE = re.compile(
    "([\u064b-\u064d])[\u064b-\u065f\u0670]*[\u0627\u0649]?[\u064b-\u065f\u0670]*$"
)


def lemma_key(word: str) -> str:
    """The form the lemmatizer analyses: NFKC, diacritics and tatweel removed — except a final
    tanwin, kept (once, after the last letter) because it tells a noun from a verb or a particle
    (``دوماً`` "always" is not دام, ``مهماً`` "important" not مهما "whatever"): ``مؤخرًا`` and
    ``مؤخراً`` → ``مؤخراً``, ``مؤخرا`` → ``مؤخرا``."""
    key = _plain_key(word)
    if key and key[-1] not in TANWEEN and any(t in word for t in TANWEEN):
        m = _FINAL_TANWEEN_RE.search(remove_tatweel(nfkc(word)))
        if m and ARABIC_LETTER_RE.match(key[-1]):
            key += m.group(1)
    return key


_POS = {"noun": "NOUN", "verb": "VERB", "stopword": "FUNC", "pounct": "PUNCT", "all": "X", "": "X"}


@dataclass(frozen=True)
class LemmaResult:
    """The lemma of one form, with what the kit knows about how it was chosen."""

    lemma: str
    pos: str  # NOUN, VERB, FUNC (function word), PROPN, X (unknown to both analysers), PUNCT, NUM
    proclitic: str = ""
    enclitic: str = ""
    n_candidates: int = 0
    lemma_source: str = "qalsadi"  # qalsadi | alkhalil | rules | override | unknown | nonword


def load_overrides(path: str | Path | None) -> dict[str, tuple[str, str | None]]:
    """Read a lemma overrides TSV (``form, lemma[, pos]``; ``#`` starts a comment)."""
    if path is None:
        return {}
    path = Path(path)
    if not path.exists():
        return {}
    out: dict[str, tuple[str, str | None]] = {}
    text = read_utf8(path, what="overrides file", error=LexiconError)
    for lineno, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter="\t"), start=1):
        if not row or not row[0].strip() or row[0].lstrip().startswith("#"):
            continue
        if lineno == 1 and row[0].strip().lower() == "form":
            continue
        if len(row) < 2 or not row[1].strip():
            raise LexiconError(
                f"{path}: line {lineno} needs two tab-separated columns "
                "'form<TAB>lemma' (a third, pos, is optional)."
            )
        pos = row[2].strip().upper() if len(row) > 2 and row[2].strip() else None
        out[lemma_key(row[0].strip())] = (_plain_key(row[1].strip()), pos)
    return out


class _Cache:
    """A small SQLite store ``form -> lemma, pos, …`` (plain columns: safe and quick to load)."""

    _FIELDS = ("lemma", "pos", "proclitic", "enclitic", "n_candidates", "lemma_source")

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._lock = threading.Lock()
        self.con = sqlite3.connect(str(path), check_same_thread=False)
        self.con.execute(
            "CREATE TABLE IF NOT EXISTS lemmas (form TEXT PRIMARY KEY, lemma TEXT, "
            "pos TEXT, proclitic TEXT, enclitic TEXT, n_candidates INTEGER, "
            "lemma_source TEXT)"
        )

    def get_many(self, forms: list[str]) -> dict[str, LemmaResult]:
        out = {}
        if len(forms) > 20_000:  # many forms: one pass over the table beats 900-key queries
            wanted = set(forms)
            for row in self.con.execute("SELECT * FROM lemmas"):
                if row[0] in wanted:
                    out[row[0]] = LemmaResult(*row[1:])
            return out
        for i in range(0, len(forms), 900):
            chunk = forms[i : i + 900]
            q = "SELECT * FROM lemmas WHERE form IN (%s)" % ",".join("?" * len(chunk))
            for row in self.con.execute(q, chunk):
                out[row[0]] = LemmaResult(*row[1:])
        return out

    def put_many(self, items: Mapping[str, LemmaResult]) -> None:
        with self._lock, self.con:
            self.con.executemany(
                "INSERT OR REPLACE INTO lemmas VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(f, *(getattr(r, k) for k in self._FIELDS)) for f, r in items.items()],
            )


def _qalsadi_version() -> str:
    from importlib.metadata import version

    return version("qalsadi")


def _one_letter_apart(a: str, b: str) -> bool:
    """True when one of two words is the other with one letter more (ظهور, ظهر; عنق, أعنق)."""
    short, long_ = sorted((a, b), key=len)
    if len(long_) != len(short) + 1:
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@functools.lru_cache(maxsize=1)
def _spelling() -> dict[str, str]:
    """Other spelling → kept lemma, from ``data/lexicons/spelling.yaml`` (part of the
    lemmatizer's version, so editing it renews the cache)."""
    from ..framing.lexicon import load_yaml

    path = config.lexicon_path("spelling")
    out = {}
    for keep, others in load_yaml(path).items():
        if not isinstance(others, list):
            raise LexiconError(f"{path}: {keep!r} needs a list of other spellings ([a, b]).")
        for o in others:
            out[lemma_key(str(o))] = lemma_key(str(keep))
    return out


def _farahidi_version() -> str:
    from importlib.metadata import version

    return version("farahidi")


class Lemmatizer:
    """qalsadi, called once per distinct form, with a persistent cache and user overrides.

    Parameters
    ----------
    cache : bool
        Keep results in an on-disk SQLite cache (default True).
    cache_path : path, optional
        The cache file; default ``config.cache_dir() / "lemmas-<versions>.sqlite"``.
    overrides : path or mapping, optional
        Override file (default ``data/lexicons/lemma_overrides.tsv``) or a dict ``form -> lemma``.
    names : bool
        Give the proper names of the actor gazetteer (states, capitals, people, news sources:
        :func:`~discourse.framing.actors.name_lemmas`) and the first names of ``names.yaml``
        (:func:`~discourse.framing.actors.given_name_lemmas`), and the Arabic names of the
        world's cities (:func:`~discourse.text.places.place_lemmas`, from GeoNames) and
        continents (:func:`~discourse.text.places.region_lemmas`, from CLDR), their own
        form as lemma, tagged PROPN, with spelling variants merged (``ايران`` → ``إيران``);
        default True (``method="kit"``).
    progress : bool
        Show a tqdm progress bar when many forms are new.
    n_jobs : int
        Worker processes for lemmatizing many new forms, as in scikit-learn: ``-1`` (default)
        all cores, ``1`` no workers, ``k`` that many (``None`` meant all cores before 0.4.0;
        it warns until 0.5). Results are identical either way.
    method : {"kit", "qalsadi"}
        ``"kit"`` (default): closed word classes, then the most frequent of qalsadi's candidate
        lemmas with the rules of :mod:`discourse.text.lemma_rules`, and clitic stripping for words
        qalsadi does not know; ``"qalsadi"``: qalsadi's own choice (the baseline).
    second_opinion : bool
        ``method="kit"``: weigh the choice against AlKhalil Morpho Sys 2's analyses (the
        ``farahidi`` package), see :func:`~discourse.text.lemma_rules.second_opinion` (default True).
    table : bool
        Look forms up in the lemma table shipped with the kit (:mod:`discourse.text.lemma_table`)
        before analysing them; used only when it was built by this lemmatizer's version, so the
        lemmas are the same either way, only faster (default True).
    """

    def __init__(
        self,
        *,
        cache: bool = True,
        cache_path: str | Path | None = None,
        overrides: str | Path | Mapping[str, str] | None = "default",
        progress: bool = True,
        method: str = "kit",
        n_jobs: int | None = -1,
        names: bool = True,
        second_opinion: bool = True,
        table: bool = True,
    ):
        if method not in ("kit", "qalsadi"):
            raise ValueError("method must be 'kit' (the kit's choice) or 'qalsadi' (qalsadi's own).")
        self.method = method
        self.n_jobs = n_jobs
        self.second_opinion = second_opinion and method == "kit"
        self.table = table
        self._farahidi = None
        self._respelling: set[str] = set()  # forms being read again in another hamza's spelling
        self._plurals: dict[str, tuple] = {}  # plurals read as verbs (خطط): the verb's reading
        self.version = f"qalsadi{_qalsadi_version()}-{method}{LEMMATIZER_VERSION}" + (
            f"-farahidi{_farahidi_version()}" if self.second_opinion else ""
        )
        if overrides == "default":
            overrides = config.lemma_overrides_path()
        if isinstance(overrides, Mapping):
            self.overrides = {lemma_key(k): (_plain_key(v), None) for k, v in overrides.items()}
        else:
            self.overrides = load_overrides(overrides)
        if names and method == "kit":
            # proper names of the gazetteer keep their form (طهران, not طهر); your overrides win
            from ..framing.actors import name_lemmas

            for form, (lemma, pos) in name_lemmas().items():
                self.overrides.setdefault(lemma_key(form), (_plain_key(lemma), pos))
            # …then the Arabic names of the world's cities (GeoNames: البصرة, بوسطن, صعدة)
            from .places import place_lemmas, region_lemmas

            for form, lemma in place_lemmas().items():
                self.overrides.setdefault(lemma_key(form), (_plain_key(lemma), "PROPN"))
            # …and of the continents and regions (CLDR: أفريقيا, آسيا, أوروبا)
            for form, lemma in region_lemmas().items():
                self.overrides.setdefault(lemma_key(form), (_plain_key(lemma), "PROPN"))
        # first names match only as written (and after و): see given_name_lemmas
        self._given: dict[str, LemmaResult] = {}
        if names and method == "kit":
            from ..framing.actors import given_name_lemmas

            for form, (lemma, pos, pro) in given_name_lemmas().items():
                self._given.setdefault(
                    lemma_key(form), LemmaResult(_plain_key(lemma), pos, pro, "", 1, "override")
                )
        if method == "kit":
            # an override's lemma in another spelling of one word takes the kept spelling too
            # (data/lexicons/spelling.yaml): أميركا → أمريكا, as the analysed forms have it
            spell = _spelling()
            self.overrides = {k: (spell.get(lem, lem), pos) for k, (lem, pos) in self.overrides.items()}
            self._given = {
                k: replace(r, lemma=spell[r.lemma]) if r.lemma in spell else r for k, r in self._given.items()
            }
        self.progress = progress
        self._memory: dict[str, LemmaResult] = {}
        self._override_index: dict[str, tuple[str, str]] | None = None
        self._cache = None
        if cache:
            path = Path(cache_path) if cache_path else config.cache_dir() / f"lemmas-{self.version}.sqlite"
            self._cache = _Cache(path)
        self._qalsadi = None
        self._stems: dict[str, LemmaResult] = {}  # analyses of words after a clitic
        self._readings: dict[str, list] = {}  # AlKhalil's readings of a form, once asked
        if table:
            # every analysis asks the shipped table first: the corpus's new forms (which it does
            # not hold) and the common words the rules read again inside one (سمو in سموه, حالة
            # in حالته, the word after و, انه as أنه). An instance attribute, so the code that
            # decides lemmas, and the version it hashes to, stay as they are: see _table_first
            self._analyze = self._table_first

    # -- AlKhalil (farahidi): the second opinion ------------------------------------------------
    def _alkhalil(self, form: str) -> list[tuple[str, str, str | None, float, str | None]]:
        """AlKhalil Morpho Sys 2's readings of a form: ``(lemma, pos, number, score, kind)``;
        ``kind`` is AlKhalil's type of a noun reading (``اسم جامد`` a noun of the lexicon,
        ``اسم فاعل``, ``مصدر أصلي``… one derived from a root by a pattern)."""
        if self._farahidi is None:
            from .alkhalil import Analyzer  # farahidi with its stem matching indexed

            self._farahidi = Analyzer()
        memo = self._readings
        found = memo.get(form)
        if found is None:
            # (remembered: the rules ask again about the form they read, and a clitic's rest is
            # a word of many forms; the lists are read, never changed)
            try:
                readings = self._farahidi.analyze(form)
            except Exception:  # an analyser error on one odd form must not stop a corpus
                readings = []
            if len(memo) > 50_000:
                memo.clear()
            found = memo[form] = [
                (remove_diacritics(a.lemma or ""), a.pos, a.number, a.score or 0.0, a.type)
                for a in readings
                if a.lemma
            ]
        return found

    # -- qalsadi ------------------------------------------------------------------------------
    def _engine(self):
        if self._qalsadi is None:
            import qalsadi.lemmatizer

            self._qalsadi = qalsadi.lemmatizer.Lemmatizer()
            _skip_absent_lookups(self._qalsadi.analexer)
        return self._qalsadi

    def _analyze(self, form: str) -> LemmaResult:
        """The lemma of one form: closed classes, then the kit's choice among qalsadi's analyses
        (``method="kit"``) or qalsadi's own choice (``method="qalsadi"``), then a fallback."""
        if not ARABIC_LETTER_RE.search(form):
            return LemmaResult(form, "X", lemma_source="nonword")
        asked = None  # qalsadi's analyses of the written form, once asked
        written = form  # with its final tanwin, if any: what qalsadi is given
        form = form.rstrip(TANWEEN)
        nominal = written != form  # tanwin: a noun or an adjective (دوماً, not دام)
        if self.method == "kit":
            if latin_letter_name(form):  # سي, إل, آي of سي إن إن, إل جي, آي فون: LATIN_LETTER_NAMES
                return LemmaResult(form, "PROPN", "", "", 1, "rules")
            spelled = hamza_spelling(form)
            if spelled != form:  # انه is أنه with its hamza dropped
                return self._analyze(spelled + written[len(form) :])
            particle = particle_with_pronoun(form)
            if particle is not None:  # لأنني, ولأنه, لكنني: أن, لكن with what is attached
                lemma, pro, enc = particle
                return LemmaResult(lemma, "FUNC", pro, enc, 1, "rules")
            closed = closed_class_lemma(form)
            if nominal and closed in ("هو", "أنت"):
                # a pronoun takes no tanwin: همٍ is هم, "worry", when qalsadi lists that noun
                # (the analyses are kept for the choice below)
                _forget(self._engine().analexer)
                asked = self._engine().analexer.check_text(written)
                if any(
                    str(getattr(c, "type", "")).startswith("Noun")
                    and remove_diacritics(c.lemma or "") == form
                    for c in (asked[0] if asked else [])
                ):
                    closed = None
            if closed is not None:
                nounlike = closed.startswith("أ") and closed not in ("أنت", "أنا") or closed in CLOSED_NOUNS
                pos = "NOUN" if nounlike else "FUNC"
                # the conjunction is a proclitic unless the word is itself closed-class (وهذا is
                # و + هذا; وسطى is one word)
                conj = form[:1] in "وف" and closed_class_lemma(form, conjunction=False) is None
                return LemmaResult(closed, pos, form[:1] if conj else "", "", 1, "rules")
            if conjunction_on_word(form):
                # و + a word read as it reads alone, with what the analysis of it finds attached
                # (ولذا: و + ل + ذا; وبكل: و + ب + كل) — not a second conjunction, the
                # interrogative أ or the future س after و, nor a word neither analyser knows
                rest = self._analyze_stem(written[1:])
                verb = self._plurals.get(written[1:])
                if verb is not None and _wf("وال" + form[1:]) < PLURAL_ARTICLE_SHARE * _wf(form):
                    # وجدد is و + the verb جدّد, though جدد alone is the plural of جديد: general
                    # Arabic writes والجدد far less often, for each وجدد, than الجدد for each جدد
                    return LemmaResult(verb[0], "VERB", "و", "", verb[4], "qalsadi")
                if rest.lemma_source != "unknown" and not set(rest.proclitic) & set("وفأس"):
                    # fmt: off
                    return LemmaResult(
                        rest.lemma, rest.pos, "و" + rest.proclitic, rest.enclitic, rest.n_candidates, rest.lemma_source
                    )
                    # fmt: on
            if not nominal and nisba_adverb(form):
                # عسكريا is عسكرياً with its tanwin sign left out, as news often writes it: the nisba
                again = self._analyze(written + "ً")
                if again.lemma == form[:-1] and again.pos == "NOUN":
                    return again
        q = self._engine()
        if asked is None:
            _forget(q.analexer)
            asked = q.analexer.check_text(written)
        cases = asked[0] if asked else []
        if self.method == "kit" and energetic_imperative_only(cases):
            cases = []  # استون, وارن, اعلنها: a name or a word without its hamza, not "do it!"
        # (an imperative in اِ of a quote keeps its reading: احذري, انتبهي, "beware", "mind")
        elif (
            self.method == "kit"
            and not nominal
            and (unused := unused_verb_reading(cases))
            and form.lstrip("وف")[:1] != "ا"
            and (choose_lemma(form, cases) or ("", ""))[1] == "VERB"
        ):
            # زوما, نادي, تنامي: not "visit, you two", "call, woman", "grow, woman" (when the
            # kit would take the verb: a word it already leaves unknown, لافي, stays so)
            read, rest = self._not_addressed(form, cases)
            if unused == "addressed":
                if read is not None:
                    return read
                cases = rest
            elif (
                read is not None
                and read.pos == "NOUN"
                and _wf("ال" + read.lemma) >= max(_ARTICLE_SHARE * _wf(read.lemma), 1e-8)
            ):
                # تحصين, تقنين, read as energetic imperfects too: the verbal noun AlKhalil reads,
                # not "you will surely count" nor "you, women, acquire" — when general Arabic
                # writes it with the article as a noun is written (التحصين; a verb never takes
                # it: تعطين, تبحثن, "you, woman, give; you, women, search", stay verbs)
                return read
        if nominal:
            _forget(q.analexer)
            bare_cases = q.analexer.check_text(form)
            bare_cases = bare_cases[0] if bare_cases else []
            whole = [
                c
                for c in bare_cases
                if str(getattr(c, "type", "")).startswith("STOPWORD")
                and remove_diacritics(c.lemma or "") in (form, form[1:] if form[:1] in "وف" else form)
            ]
            if self.method == "kit" and (nouns := particle_with_tanwin(form, whole, cases)):
                cases = nouns  # مهماً is مهم, not the particle مهما: a particle takes no tanwin
            elif whole:
                cases = bare_cases  # an adverb the particle lists hold whole (جداً, معاً)
            elif not any(str(getattr(c, "type", "")).startswith("Noun") for c in cases):
                # qalsadi finds no noun that takes this tanwin: its noun readings of the bare word
                nouns = [c for c in bare_cases if str(getattr(c, "type", "")).startswith("Noun")]
                cases = nouns or bare_cases
            elif form.endswith("ا"):
                # the accusative alif of the tanwin on a noun qalsadi lists: that noun, not a
                # reading that takes the alif into a suffix (سعودياً is سعودي, not سعد + ـيًّا)
                own = [c for c in cases if remove_diacritics(c.lemma or "") == form[:-1]]
                cases = own or cases
        if self.method == "kit":
            choice = choose_lemma(form, cases, nominal)
            if choice is not None and letter_of_the_word(form, choice):
                # فيرجسون, ويليس, سيدني, كردي, كسبت read as ف, و, س, ك + a word: the word read
                # whole, see letter_of_the_word — as AlKhalil reads it with that letter (وريثا →
                # وريث, كدمة, واعي, فرصنا → فرصة + نا; see fa_of_the_word), else by qalsadi's
                # readings without a clitic, else (a name of AlKhalil's lexicon too, سيدني) a word
                # the analysers do not know, which the fallback below tags
                ak = self._alkhalil(form) if self.second_opinion and not nominal else []
                whole = fa_of_the_word(form, ak, form[0]) if unknown_word_pos(form, ak) != "PROPN" else None
                if whole is not None:
                    return LemmaResult(whole[0], whole[1], "", whole[2], choice[4], "alkhalil")
                cases = without_proclitic(cases)
                choice = choose_lemma(form, cases, nominal) if cases else None
            plural = None
            if (
                choice is not None
                and choice[1] == "VERB"
                and not (choice[2] or choice[3] or nominal)
                and plural_not_verb(form, choice[0], listed=form in whole_word_lemmas(cases))
            ):
                # خطط, أمم, تمارين, سجون, قيم: a broken plural read as a verb (خطّط; ت + مارى; سجا +
                # ون; قام), decided by general Arabic's article (الخطط), which no second opinion
                # undoes: the singular both analysers give when qalsadi also lists the word itself
                # (قيم → قيمة, قصص → قصة, not the verbal noun قَصَص), else qalsadi's noun (يهود, the
                # Jews, not "he returns"), else AlKhalil's one plural (سجون: سجن) when it reads no
                # noun that is the word itself
                nouns = whole_word_nouns(cases)
                listed = whole_word_lemmas(cases)
                ak = self._alkhalil(form) if self.second_opinion and (form in listed or not nouns) else []
                singulars = {a[0] for a in ak if a[1] == "اسم" and a[2] == "جمع" and a[0] != form}
                if form in listed and len(singulars) == 1 and singulars <= listed:
                    plural = (singulars.pop(), "NOUN", "", "")
                elif nouns:
                    plural = choose_lemma(form, nouns)
                elif len(singulars) == 1 and not any(a[1] == "اسم" and a[0] == form for a in ak):
                    plural = (singulars.pop(), "NOUN", "", "")
                if plural is not None:
                    self._plurals[form] = choice
                    plural = choice = (*plural[:4], choice[4])
            source = "qalsadi"
            if choice is None or choice[1] == "X":
                again = self._ta_written_ha(form, written)
                if again is None and not nominal:
                    again = self._plural_read_with_article(form)
                if again is None and form.endswith("ى") and len(form) <= 4:
                    # a particle with its final ي written ى (فى, لى, أى): the particle
                    again = self._analyze(form[:-1] + "ي")
                    again = again if again.pos == "FUNC" else None
                if again is None and "أو" in form[2:]:
                    # a hamza before the و of a suffix written on alif, as news mostly writes it
                    # (بدأوا, لجأوا, يقرأون, قرأوها for the dictionary's بدؤوا, لجؤوا, يقرؤون,
                    # قرؤوها): the word the dictionary spells so — its lemma has the hamza on
                    # alif either way (بدأ)
                    again = self._analyze(form[:2] + form[2:].replace("أو", "ؤو", 1) + written[len(form) :])
                    again = (
                        again if again.pos in ("VERB", "NOUN") and again.lemma_source != "unknown" else None
                    )
                if again is not None:
                    return again
            if choice is None:  # unknown to qalsadi: names, loanwords — strip clitics only
                bare = strip_proclitics(form)
                pro = form[: len(form) - len(bare)] if form.endswith(bare) else ""
                hamzated = canonical_spelling(bare, hamza=True)
                if bare[:1] == "ا" and hamzated[:1] in "أإآ" and hamzated[1:] == bare[1:] and pro:
                    # a hamza-less spelling after a clitic (الاسعار, بالاضافة): the word with its
                    # hamza, which hamza_spelling cannot tell from counts that fold the two
                    again = self._analyze(pro + hamzated + written[len(form) :])
                    if again.lemma_source != "unknown":
                        return again
                elif bare[:1] == "ا" and len(bare) > 3:
                    # a loanword or noun general Arabic writes as often without its hamza, which
                    # the dictionary lists with it (استراتيجية, الاستراتيجي as إستراتيجية →
                    # إستراتيجي; اعلانات → إعلان): the dictionary's noun, one lemma for both
                    # spellings. Only a noun whose lemma keeps that hamza: the analysers read
                    # some hamzated names and colloquial words as verbs (أكيد as كاد)
                    variant = max("أإآ", key=lambda h: (_wf(h + bare[1:]), h)) + bare[1:]
                    if _wf(variant) >= 1e-7:
                        again = self._analyze(pro + variant + written[len(form) :])
                        if again.pos == "NOUN" and again.lemma[:1] in "أإآ":
                            return again
                if "ئ" in bare and _wf(bare.replace("ئ", "ؤ")) >= max(_wf(bare), 1e-7):
                    # a hamza on ئ where the dictionary writes it on و, as some outlets do (مسئول,
                    # شئون, المسئولين for مسؤول, شؤون, المسؤولين): that word, one lemma for both —
                    # when general Arabic writes it on و at least as often (مئات, hundreds, is no
                    # مؤات; سيئول is Seoul)
                    again = self._analyze(pro + bare.replace("ئ", "ؤ") + written[len(form) :])
                    if again.lemma_source != "unknown" and again.pos != "FUNC":
                        return again
                spelled = medial_hamza(form, _MEDIAL_HAMZA_UNKNOWN_RATIO)
                if spelled != form:
                    # a word neither analyser reads as written, with the hamza inside it dropped
                    # (تاكيدا, متاخر, امراة, الكاس, ياكلها): the hamzated word, when general Arabic
                    # writes it at least twice as often (hamza_spelling asks far more of a word
                    # qalsadi reads as written)
                    again = self._analyze(spelled + written[len(form) :])
                    if again.lemma_source != "unknown":
                        return again
                choice, source = (unknown_lemma(form), "X", pro, "", 0), "unknown"
                if nominal and bare.endswith("ا") and _wf(bare[:-1]) >= 1e-6:
                    # the accusative alif on a common word qalsadi does not list (مؤقتاً)
                    choice = (bare[:-1], "NOUN", pro, "", 0)
            seen, readings = form, []
            if self.second_opinion and choice[1] != "FUNC" and plural is None:
                candidates = _candidate_frequencies(cases)
                if nominal and form.endswith("ا") and not choice[0].endswith("ا"):
                    seen = form[:-1]  # the alif of the accusative tanwin is not the word's (مشيراً)
                readings = self._alkhalil(seen)
                if nominal:  # a word with tanwin is read as a noun only
                    readings = [a for a in readings if a[1] == "اسم"]
                second = second_opinion(seen, choice, candidates, readings)
                if second[0] != choice[0]:
                    choice, source = second, "alkhalil"
            lemma, pos, pro, enc, n = choice
            if pro == "ف" and pos in ("NOUN", "VERB") and not nominal and self.second_opinion:
                # فيلمه, فحوصات, فقدناها read as ف + a word: see fa_of_the_word
                whole = fa_of_the_word(form, self._alkhalil(form))
                if whole is not None:
                    word, kind, own = whole
                    if kind == "NOUN" and word.endswith("ي") and form == word + "ات" + own:
                        word = self._nisba_plural_with_pronoun(word)  # فعالياتها as فعاليات
                    return LemmaResult(word, kind, "", own, n, "alkhalil")
            if pos == "X" and not enc and not nominal and self.second_opinion:
                # a word the analysers left whole that is a word they know with a pronoun after
                # it (رئاسته, برئاسته, تحتاجه, إيقافها): that word, see _known_with_pronoun
                own = self._known_with_pronoun(form, pro, readings)
                if own is None and source == "unknown" and {a[1] for a in readings} == {"فعل"}:
                    # a weak verb qalsadi lacks (ينمو, تخلو, يثق, عاشت, جاءوا): see _verb_qalsadi_lacks
                    own = self._verb_qalsadi_lacks(form, pro)
                if own is not None:
                    return own
            if pos == "VERB" and not enc and not nominal and self.second_opinion:
                # the verbal noun of a verb in ى that qalsadi reads only as the verb addressed to
                # a woman or as the passive past (تحدي, تفشي, لتفادي): see defective_verbal_noun
                noun = defective_verbal_noun(form, lemma, pro, cases, readings)
                rest = verbal_noun_after_proclitic(form, pro, readings) if noun is None else None
                if rest is not None:
                    # (لتفادي: qalsadi lists no تفادى after ل) ل + what تفادي is alone
                    alone = self._analyze_stem(rest)
                    if (alone.lemma, alone.pos, alone.proclitic, alone.enclitic) == (rest, "NOUN", "", ""):
                        noun = rest
                if noun is not None:
                    return LemmaResult(noun, "NOUN", pro, "", n, "alkhalil")
            if pos == "VERB" and not enc and not nominal and form.endswith("تا"):
                # وزارتا الخارجية والدفاع, شركتا: a noun in ة in the dual before its complement,
                # not the verb زار, شرك + تا: see _dual_in_construct
                noun = self._dual_in_construct(form, pro)
                if noun is not None:
                    return LemmaResult(noun[1], "NOUN", noun[0], "", n, source)
            if pos == "VERB" and "أ" in pro and not nominal and form.endswith("ا") and len(form) > 3:
                # a verb with the interrogative أ on a word in ا: news drops the tanwin sign of
                # a noun (أحيانا is أحياناً, "sometimes", not أ + حيا + نا "did he revive us";
                # أعوانا, أكفانا)
                again = self._analyze(form + "ً")
                if "أ" not in again.proclitic and again.lemma_source != "unknown":
                    return again
            if pro[:1] == "أ" and pos != "FUNC" and self.second_opinion:
                # أدبية, أضحية, أفنجرز read with the interrogative أ: see without_interrogative
                read = without_interrogative(seen, (lemma, pos, pro, enc, n), readings)
                if read is not None and read[1] == "respell":  # أنجاز: إنجاز, read again
                    spelled = read[0][0] + written[len(seen) :]
                    if spelled not in self._respelling:  # (which may spell it back: اسيا, أسيا)
                        self._respelling.add(spelled)
                        try:
                            again = self._analyze(spelled)
                        finally:
                            self._respelling.discard(spelled)
                        if again.lemma_source != "unknown":
                            return again
                    read = (unknown_lemma(read[0][0]), "X", "", "", n), "unknown"
                if read is not None:
                    (lemma, pos, pro, enc, n), source = read
            if pos in ("NOUN", "VERB") and not nominal:
                own = self._noun_with_pronoun(form, (lemma, pos, pro, enc), cases)
                if own is None and pos == "NOUN" and pro.endswith(("ال", "لل")):
                    own = self._noun_after_article(form, lemma, pro, cases)
                if own is not None:
                    lemma, pos, pro, enc = own
            if pos == "VERB" and enc and not nominal:
                # أنشطتها, جثته, دعوته, ذكراه: a noun in ة or ى with a pronoun, not a verb in ت
                # or ا with its object (أنشط + ت + ها): see _noun_read_as_verb
                noun = self._noun_read_as_verb(form, lemma, pro, enc)
                if noun is not None:
                    lemma, pos = noun, "NOUN"
            if (
                pos == "NOUN"
                and not (enc or nominal or _has_article(pro) or "أ" in pro)
                and form.startswith(pro)
                and nisba_accusative(form[len(pro) :], lemma)
            ):
                # تاريخيا read as تاريخ + ـيا: the nisba تاريخي, see nisba_accusative (not after the
                # interrogative أ, an analysis of أوسطيا, أشعريا that is wrong in another way)
                lemma += "ي"
            elif (
                pos == "NOUN"
                and not (enc or nominal or _has_article(pro) or "أ" in pro)
                and form.startswith(pro)
                and name_in_ya(form[len(pro) :], lemma)
            ):
                # ماريا, غارسيا, داريا read as مار, غارس, دار + ـيا: the name, see name_in_ya
                lemma, pos = form[len(pro) :], "PROPN"
            elif (
                pos == "NOUN"
                and not (enc or nominal or _has_article(pro) or "أ" in pro)
                and form.startswith(pro)
                and self.second_opinion
                and name_in_sound_ending(form[len(pro) :], lemma, cases, readings)
            ):
                # كيفين, جاسون, كلاين read as the plural or dual of كيف, جاس, كلا: the name, see
                # name_in_sound_ending
                lemma, pos = form[len(pro) :], "PROPN"
            if pos == "NOUN" and not (enc or nominal or _has_article(pro)) and form == pro + lemma:
                # a nisba that is a participle's plural in construct (مديري المدارس): the participle
                lemma = construct_plural(lemma, cases) or lemma
            if pos == "NOUN" and (enc or pro) and form.startswith(pro) and form.endswith(enc):
                lemma = self._word_in_ta(form, lemma, pro, enc, cases)
                if self.second_opinion:
                    lemma = self._nisba_as_noun(form, lemma, pro, enc) or lemma
            if pos == "NOUN" and enc and form == pro + lemma + "ت" + enc and self.second_opinion:
                # وضعتها, دربتهم: a verb with its object, not a noun; see _verb_with_object
                pos = self._verb_with_object(lemma, pro, enc, cases)
            if pos == "NOUN" and len(lemma) >= 3 and form == pro + lemma + "ات" + enc:
                # (with a pronoun too: ملاحظاتها as ملاحظات)
                lemma = self._plural_of_word_in_ta(lemma, cases)
                if enc and lemma.endswith("ي") and self.second_opinion:
                    # فعالياته, أولوياتها read as a nisba's: see _nisba_plural_with_pronoun
                    lemma = self._nisba_plural_with_pronoun(lemma)
            if (
                pos == "NOUN"
                and not enc
                and len(lemma) >= 2
                and form in (pro + lemma + "تين", pro + lemma + "تان")
            ):
                lemma = self._dual_of_word_in_ta(lemma)
            if (
                pos == "NOUN"
                and not enc
                and "أ" not in pro
                and len(lemma) >= 2
                and form == pro + lemma + "ان"
                and self.second_opinion
            ):
                # الفوزان, المران, القطعان read as the dual of فوز, مر, قطع: see _no_dual
                lemma, pos = self._no_dual(lemma, _has_article(pro)) or (lemma, pos)
            if lemma in _proper_names(cases):
                # a name qalsadi's dictionary lists (هونج) in the spelling general Arabic uses
                # most, like the names it does not list (هونغ): one lemma for both
                lemma = canonical_spelling(lemma, hamza=True)
            spell = _spelling()
            lemma = spell.get(lemma, lemma)
            if pos == "X" and not (enc or nominal) and self.second_opinion:
                ak = [(spell.get(lemma_key(a[0]), lemma_key(a[0])), *a[1:]) for a in readings]
                inflected = None
                if form.startswith(pro):  # (as written, in AlKhalil's spelling of its lemmas)
                    inflected = inflected_unknown(
                        form[len(pro) :], [(lemma_key(a[0]), *a[1:]) for a in readings], _has_article(pro)
                    )
                if inflected is not None:
                    # the feminine, plural or accusative of a participle or noun in use that
                    # qalsadi does not list (مؤقتة, المبتعثين, خاصا): see inflected_unknown
                    # (AlKhalil's spelling, its hamzas written; not canonical_spelling, which
                    # would make the participles مهدى, محلى the names and words مهدي, محلي)
                    return LemmaResult(spell.get(inflected, inflected), "NOUN", pro, enc, n, "alkhalil")
                if source == "unknown":
                    # a word qalsadi does not analyse that AlKhalil reads as a name (تشيلسي) or a
                    # common noun (الإيراني, الرئاسة): its part of speech, see unknown_word_pos
                    # (the lemma stays the word without its proclitics, the source "unknown")
                    pos = unknown_word_pos(lemma, ak) or pos
            if (
                pos == "NOUN"
                and pro in ("", "و", "ف")
                and not enc
                and any(
                    str(getattr(c, "type", "")) == "Noun:part_voc"
                    and remove_diacritics(c.lemma or "") == lemma
                    for c in cases
                )
            ):
                # the vocative يا, أيا, which qalsadi files with its nouns (after و or ف at most:
                # بيا is a name, Villa or Pia, no preposition on a vocative)
                pos = "FUNC"
            return LemmaResult(lemma, pos, pro, enc, n, source)
        return self._qalsadi_choice(form, cases)

    def _table_first(self, form: str) -> LemmaResult:
        """:meth:`_analyze`, answered by the shipped lemma table when it holds ``form``.

        The table holds :meth:`_analyze`'s answers of this lemmatizer's version (it is used only
        when built by this version, :func:`~discourse.text.lemma_table.load_table`), so the
        answer is the same either way and only the time changes: the 10,729 new forms of two
        SaudiNewsNet days took 10,763 analyses instead of 11,290, with the same answers
        (CHANGELOG, 0.4.22). ``Lemmatizer(table=False)`` analyses everything, as the table build
        and the test that checks the table against the rules do."""
        from .lemma_table import load_table, lookup_one

        row = lookup_one(load_table(self.version), form)
        return LemmaResult(*row) if row is not None else type(self)._analyze(self, form)

    def _analyze_stem(self, form: str) -> LemmaResult:
        """:meth:`_analyze`, remembered for this lemmatizer's life (a word the rules analyse
        again after a clitic: many forms of a corpus share it)."""
        memo = self._stems
        r = memo.get(form)
        if r is None:
            if len(memo) > 200_000:
                memo.clear()
            r = memo[form] = self._analyze(form)
        return r

    def _not_addressed(self, form: str, cases: list) -> tuple[LemmaResult | None, list]:
        """A word qalsadi reads only as verbs addressed to a woman or to two people (``cases``,
        see :func:`unused_verb_reading`), read as news means it. Returns a reading, or None and the
        analyses to go on with:

        - a singular noun AlKhalil reads as the whole word (تنامي, growth, not "grow, woman"):
          that noun — not a name of AlKhalil's lexicon, which stays a word the analysers do
          not know;
        - a defective noun AlKhalil writes without its ي (نادي, a club, not "call, woman!";
          والي, the verbal noun تمادي), when general Arabic writes it more often with its ي
          than without, or when qalsadi has no imperfect of a verb in use for it (تعملي, "(that)
          you do, woman", is no تعمل + ي; راضي, written راضٍ as often, is);
        - a verb whose final ى is written ي, as some outlets write it (تتولي is تتولى): the verb;
        - an imperfect of a verb general Arabic uses (تحتاجين, تتكلمين, تعملي, of the advice a
          women's page gives its reader): qalsadi's analyses, kept;
        - else none: a word neither analyser knows (زوما, لوكا, خيا of دي خيا)."""
        bare = strip_proclitics(form)
        pro = form[: len(form) - len(bare)] if form.endswith(bare) else ""
        in_use = any(
            str(getattr(c, "affix_key", "")).split("|", 1)[-1].startswith("المضارع")
            and _wf(remove_diacritics(getattr(c, "lemma", "") or "")) >= _VERB_IN_USE
            for c in cases
        )
        if self.second_opinion:
            nouns = {
                lemma
                for lemma, pos, number, _score, kind in self._alkhalil(form)
                # (not a name AlKhalil lists: a name stays a word neither analyser knows, X, for
                # the name finders)
                if pos == "اسم" and (number or "مفرد") == "مفرد" and kind != "اسم علم"
            }
            # (the word after its proclitics first, and the whole form only when AlKhalil has
            # no noun of that word: وراضي is و + راضي, but والي, a governor, is no و + الي)
            for word, clitic in ((bare, pro), (form, "")):
                defective = word.endswith("ي") and word[:-1] in nouns
                if word in nouns or defective and (_wf(word) > _wf(word[:-1]) or not in_use):
                    return LemmaResult(word, "NOUN", clitic, "", 0, "alkhalil"), []
                if bare in nouns or bare.endswith("ي") and bare[:-1] in nouns:
                    break
        if bare.endswith("ي") and len(form) > 4:  # (a shorter word in ى is tried with ي: a particle)
            again = self._analyze(form[:-1] + "ى")
            if again.pos == "VERB" and again.lemma_source != "unknown" and not again.enclitic:
                return again, []
        return None, cases if in_use else []

    def _plural_read_with_article(self, form: str) -> LemmaResult | None:
        """A broken plural of a defective noun (فعالي, أفاعي, مفاعي), written with its ي and
        without the article, that neither analyser reads as a word while they read it with the
        article: ليالي, أغاني, أهالي, مقاهي, مواشي, صحاري (the dictionaries list the indefinite
        as ليالٍ, أغانٍ; الأغاني → أغنية, الأهالي → أهل). That reading, with the proclitics the
        form has, so the word has one lemma with and without the article; else None. Not a
        nisba the reading puts in place of the word (وامامي is و + أمامي "in front of me", no
        plural; بارادي a name, not ب + إرادي), nor a word that has the article already."""
        for pro in _BEFORE_PLURAL:
            stem = form[len(pro) :]
            if form.startswith(pro) and _DEFECTIVE_PLURAL_RE.match(stem) and not stem.startswith("ال"):
                article = pro[:-1] + "لل" if pro.endswith("ل") else pro + "ال"
                again = self._analyze_stem(article + stem)
                if (
                    again.pos == "NOUN"
                    and again.lemma_source != "unknown"
                    and again.proclitic in (pro + "ال", article)
                    and not again.enclitic
                    and (again.lemma == stem or not again.lemma.endswith("ي"))
                ):
                    return LemmaResult(again.lemma, "NOUN", pro, "", again.n_candidates, again.lemma_source)
        return None

    def _ta_written_ha(self, form: str, written: str) -> LemmaResult | None:
        """The reading of ``form`` with its final ه written ة, when the analysers find no word
        in it (المملكه, الحياه, بالنسبه: ة written ه, as some outlets and many writers do) and
        general Arabic writes the word in ة at least twice as often; else None."""
        bare = strip_proclitics(form)
        if not bare.endswith("ه") or len(bare) < 4 or not form.endswith(bare):
            return None
        if _wf(bare[:-1] + "ة") < max(2 * _wf(bare), 1e-6):
            return None
        again = self._analyze(form[:-1] + "ة" + written[len(form) :])
        if again.lemma_source == "unknown" or again.pos in ("FUNC", "X"):
            return None
        return again

    def _noun_with_pronoun(self, form: str, choice: tuple, cases: list) -> tuple[str, str, str, str] | None:
        """``(stem, "NOUN", proclitic, enclitic)`` when ``form`` is a noun the kit reads alone as
        its own lemma, written whole, with a third- or second-person pronoun after it, and the
        analysis offers that reading; else None. ``choice`` is the kit's ``(lemma, pos,
        proclitic, enclitic)``. So a noun keeps its lemma with a pronoun: سموه (His Highness) as
        سمو, not the verb سمّوه "they named him"; أحدهم as أحد, not a first person of حدّ;
        ظهوره, شعوره as ظهور, شعور alone, not ظهر, شعر.

        Only when general Arabic writes the word with that pronoun at most half as often as the
        word alone — a pronoun form is rarer than its stem, while a word that merely ends in the
        pronoun's letters is not (جنيه is no جني + ه, مياه no ميا + ه, أوجه no أوج + ه); not ي, ك
        or نا (a nisba, a word in ك, the accusative alif after ن: شريك, مكونا), and not a stem in
        ي (قدميه is قدم, a dual in construct). The reading keeps the kit's proclitics (وكيله is
        وكيل + ه, not و + كيل + ه; فعلوه the verb, not ف + علو + ه), and replaces another noun
        only one letter apart (ظهر for ظهور, أعنق for عنق; حلفاءها stays حليف)."""
        lemma, pos, mine, _ = choice
        if lemma.startswith(mine):
            mine = ""  # (the second opinion's lemma took the letters back: وصفوه is وصف)
        for c in cases:
            if not str(getattr(c, "type", "")).startswith("Noun"):
                continue
            pro, prefix, suffix, enc = _affix_parts(c.affix)
            stem = remove_diacritics(c.lemma or "")
            if (
                enc not in THIRD_SECOND_PERSON
                or prefix
                or suffix
                or pro != mine
                or stem == lemma
                or len(stem) < 3
                or stem.endswith("ي")
                or form != pro + stem + enc
                or pos == "NOUN"
                and not _one_letter_apart(stem, lemma)
            ):
                continue
            if _wf(stem) < 1e-6 or _wf(stem + enc) > 0.5 * _wf(stem):
                continue
            alone = self._analyze(stem)
            if alone.pos == "NOUN" and alone.lemma == stem:
                return stem, "NOUN", pro, enc
        return None

    def _noun_read_as_verb(self, form: str, lemma: str, pro: str, enc: str) -> str | None:
        """The lemma of a noun in ة or ى with a pronoun after it that the analysis read as a verb
        ending in ت or ا with its object, or None.

        أنشطتها is أنشطة + ها (its activities), not the verb أنشط + ت + ها; جثته is جثة + ه (his
        body), دعوته دعوة + ه (his call), ذكراه ذكرى + ه. The ت of a noun in ة before a pronoun
        and the ت of a verb's ending are one letter, as are the ى of a noun written ا before a
        pronoun and a verb's ا. The noun is taken when the word without its pronoun, with ة (or
        ى) in place of ت (or ا), is one general Arabic (``wordfreq``) writes at least
        :data:`_NOUN_OVER_VERB` times as often as the verb's letters (أنشطة against أنشطت,
        جثة against جثت), is written with the article as a common noun is (at least
        :data:`_ARTICLE_SHARE` as often: الجثة, الدعوة; names in ة are not — غزتها is "she
        invaded it", خولته "it empowered him", not غزة, خولة), and the kit reads it alone as a
        noun with no clitic (أنشطة → نشاط): the lemma is that reading's. Not a word in ى that is
        the verb's own lemma too (أسماه is أسمى + ه, "he named him", as likely as the
        adjective; أعلاه keeps its lemma either way), and not after the interrogative أ."""
        if enc not in _NOUN_PRONOUNS or "أ" in pro or lemma.endswith(enc):
            return None  # (ني is a verb's object only: شدتني, "it drew me", is no شدة)
        if not (form.startswith(pro) and form.endswith(enc)):
            return None
        stem = form[len(pro) : len(form) - len(enc)]
        if len(stem) < 3:
            return None
        if stem.endswith("ت"):
            noun = stem[:-1] + "ة"
        elif stem.endswith("ا") and stem[:-1] + "ى" != lemma:
            noun = stem[:-1] + "ى"
        else:
            return None
        seen = _wf(noun)
        if seen < 1e-6 or seen < _NOUN_OVER_VERB * _wf(stem) or _wf("ال" + noun) < _ARTICLE_SHARE * seen:
            return None
        alone = self._analyze_stem(noun)
        if alone.pos != "NOUN" or alone.proclitic or alone.enclitic:
            return None
        return alone.lemma

    def _known_with_pronoun(self, form: str, pro: str, readings: list) -> LemmaResult | None:
        """The reading of a word the analysers left whole (``pos`` X) as a word they know with
        a pronoun after it, or None.

        qalsadi knows رئاسة, تحتاج, إيقاف, معاناة but not رئاسته, تحتاجه, إيقافه, معاناتي: it
        gives no reading, and the kit keeps the word whole. The word is read as
        ``pro`` + stem + pronoun when two analyses agree — the kit reads the stem alone
        (``رئاسة``, the ت of the construct written back as ة) as a noun or verb with no clitic
        (or whole, when qalsadi does not know it either: then AlKhalil's class of it), and
        AlKhalil reads the whole word as that lemma — and general Arabic writes the stem
        (``wordfreq``) at least as often as the word without its proclitics: a word with a
        pronoun is rarer than the word alone, where a name that merely ends in a pronoun's
        letters is not. Not ي or ك (a nisba, a word or name in ك: إيراني is not إيران + ي), not
        after the article, not a verb after ب or ك, and not where general Arabic does not write
        the stem with the other pronouns (:func:`~.lemma_rules._pronoun_unsupported`: إيلينا).
        ``readings`` are AlKhalil's readings of ``form``."""
        bare = form[len(pro) :] if form.startswith(pro) else strip_proclitics(form)
        pro = form[: len(form) - len(bare)]
        if _has_article(pro):
            return None  # a noun with the article takes no pronoun (للطلبه: ه for ة)
        theirs = {canonical_spelling(a[0], hamza=True) for a in readings}
        for enc in sorted(THIRD_SECOND_PERSON + ("نا",), key=len, reverse=True):
            stem = bare[: -len(enc)]
            if not bare.endswith(enc) or len(stem) < 3:
                continue
            if _pronoun_unsupported(form, pro, enc):
                return None  # (إيلينا: no إيليها or إيليهم is written; طلبه is طلبة)
            for s in (stem[:-1] + "ة", stem) if stem.endswith("ت") else (stem,):
                if _wf(s) < 1e-6 or _wf(s) < _wf(bare):
                    continue
                alone = self._analyze_stem(s)
                if (
                    alone.proclitic
                    or alone.enclitic
                    or canonical_spelling(alone.lemma, hamza=True) not in theirs
                ):
                    continue
                pos = alone.pos
                if pos == "X" and alone.lemma == s:  # (رئاسة, إيقاف: words qalsadi leaves whole too)
                    kinds = {_ALKHALIL_POS.get(a[1], "X") for a in readings if a[0] == alone.lemma}
                    pos = kinds.pop() if len(kinds) == 1 else "X"
                if pos == "NOUN" or pos == "VERB" and not set(pro) & set("بك"):  # (no ب, ك + verb)
                    return LemmaResult(alone.lemma, pos, pro, enc, alone.n_candidates, "alkhalil")
            return None  # (no word ends in two of these pronouns: the one it ends in decides)
        return None

    def _verb_qalsadi_lacks(self, form: str, pro: str) -> LemmaResult | None:
        """The reading of a word qalsadi has no analysis of and AlKhalil reads only as verbs:
        the verb :func:`~.lemma_rules.verb_qalsadi_lacks` finds, after the proclitics ``pro`` —
        a conjunction, ل or the future's س, not ب, ك or the article, which take no verb; else
        None. (AlKhalil is asked again, for the verbs' form and score: only for these words.)"""
        bare = form[len(pro) :] if form.startswith(pro) else ""
        if not bare or set(pro) - set("وفل"):
            return None
        if bare[:1] == "س" and bare[1:2] in "يتنأ" and len(bare) > 4 and _wf(bare[1:]) >= _wf(bare):
            # the future's س, when general Arabic writes the verb without it at least as often
            # (ستنمو, تنمو), as a clitic is taken off elsewhere; not a name in سي (سيريس, Ceres).
            # Not lemma_rules._after_future's test (3 times as often, any length): measured on
            # the lemma table in 0.4.32, it gained سيثق, ستثق and lost ستظلوا (2.3 times), while
            # four-letter words read so became verbs AlKhalil finds in foreign words (سيور →
            # ورى, سياه → وسى, ستول → ولى, سأمت → مت)
            pro, bare = pro + "س", bare[1:]
        verbs: dict[str, tuple[float, bool]] = {}
        if self._farahidi is None:
            self._alkhalil(form)  # (loads the analyser)
        try:
            readings = self._farahidi.analyze(form)
        except Exception:  # an analyser error on one odd form must not stop a corpus
            return None
        for a in readings:
            if a.pos == "فعل" and a.lemma:
                lemma = remove_diacritics(a.lemma)
                score, first = verbs.get(lemma, (0.0, False))
                verbs[lemma] = (max(score, a.score or 0.0), first or a.augmentation == "مجرد")
        verb = verb_qalsadi_lacks(bare, verbs)
        return None if verb is None else LemmaResult(verb, "VERB", pro, "", 0, "alkhalil")

    def _noun_after_article(
        self, form: str, lemma: str, mine: str, cases: list
    ) -> tuple[str, str, str, str] | None:
        """``(word, "NOUN", mine, "")`` when ``form``, which the kit read as another noun
        ``lemma`` after the proclitics ``mine`` (the article among them), is those proclitics
        and a verbal noun or an adjective the kit reads alone as its own lemma, and the
        analysis offers that reading; else None. The analysers offer الظهور both as the
        verbal noun ظهور and as a plural of ظهر, equally rated, and the shorter lemma won: now
        ظهور, as ظهور alone is (السلوك → سلوك, الشعور → شعور).

        Not a noun of the lexicon or an intensive, which may be a broken plural (المشاهير stays
        مشهور, الدموع دمع), a word in ة or ي (the feminine and the nisba have rules of their
        own), a word the kit reads otherwise alone (التذاكر stays تذكرة: تذاكر alone is no word
        of its own), nor a word the dictionary lists with its ال (التماس, not ال + تماس)."""
        if any(remove_diacritics(c.lemma or "") == form for c in cases):
            return None
        for c in cases:
            kind = str(getattr(c, "type", ""))
            if not kind.startswith("Noun") or not ("مصدر" in kind or "صفة مشبهة" in kind):
                continue
            pro, prefix, suffix, enc = _affix_parts(c.affix)
            word = remove_diacritics(c.lemma or "")
            if (
                pro != mine
                or prefix
                or suffix
                or enc
                or word == lemma
                or form != pro + word
                or word.endswith(("ة", "ي"))
            ):
                continue
            alone = self._analyze(word)
            if alone.pos == "NOUN" and alone.lemma == word:
                return word, "NOUN", pro, ""
        return None

    def _word_in_ta(self, form: str, lemma: str, pro: str, enc: str, cases: list) -> str:
        """The noun in ة written in ``form`` after its clitics, when that word is its own lemma
        (as the kit reads it alone), the analysis offers it and general Arabic writes it; else
        ``lemma``. So a word has one lemma with and without its clitics.

        With a pronoun (its ة written ت): حالته → حالة as حالة → حالة, not حال + ة; شهرته →
        شهرة, مهمته → مهمة (no adjective takes a pronoun); and a word read as the masculine
        ``lemma`` + ت + pronoun is the noun in ة AlKhalil lists, however the kit reads it alone
        (مقدمتها → مقدمة, مشاهدته → مشاهدة: :func:`~discourse.text.lemma_rules.noun_in_ta_with_pronoun`). After the article or another
        proclitic, only in place of a feminine ending read onto a noun that has none (a noun of
        the lexicon or a verbal noun, :data:`NO_FEMININE_RE`): الحالة → حالة, العقيدة → عقيدة
        (not عقيد, a colonel, + ة), while المهمة stays مهم (an adjective) and الخاصة خاص. A ت of
        the word's own stays (صوتها is صوت + ها), and so does a word whose form in ة has another
        lemma (بناته is بنت + ه, though بناة → باني; الابنة → ابن as ابنة → ابن)."""
        stem = form[len(pro) : len(form) - len(enc)]
        if "أ" in pro:  # (an interrogative أ read off: أديرة is a plural of دير, not أ + ديرة)
            return lemma
        if enc:
            if not stem.endswith("ت") or stem == lemma:
                return lemma
            word = stem[:-1] + "ة"
            if stem == lemma + "ت" and self.second_opinion:
                # (مقدمتها, مشاهدته, تنافسيتهم: the noun in ة, see noun_in_ta_with_pronoun)
                own = noun_in_ta_with_pronoun(lemma, self._alkhalil(word))
                if own is not None:
                    return own
        else:
            word = stem
            # (every reading of the lemma with the ending: none may be an adjective's,
            # الدقيقة is also the feminine of دقيق "precise")
            kinds = {
                str(getattr(c, "type", ""))
                for c in cases
                if remove_diacritics(c.lemma or "") == lemma and _affix_parts(c.affix)[2] == "ة"
            }
            if not word.endswith("ة") or not kinds or not all(NO_FEMININE_RE.search(k) for k in kinds):
                return lemma
        if len(word) < 3 or word == lemma:
            return lemma
        offered = {
            remove_diacritics(c.lemma or "")
            for c in cases
            if _affix_parts(c.affix)[3] == enc and _affix_parts(c.affix)[2] == ""
        }
        if word in offered and _known_word(word) and self._analyze(word).lemma == word:
            return word
        return lemma

    def _nisba_as_noun(self, form: str, lemma: str, pro: str, enc: str) -> str | None:
        """The noun in ـية (:func:`~discourse.text.lemma_rules.abstract_nisba_noun`) of a word
        read as the nisba ``lemma`` that carries a pronoun (شرعيته, عضويتها, جنسيته) or a
        preposition (للشرعية, بالعربية, بشعبية, كمحمية): Arabic puts neither on an adjective, so
        the word is the noun (legitimacy, membership, nationality, Arabic), not the feminine of
        شرعي, عضوي, جنسي, عربي. None when it is not such a word."""
        stem = form[len(pro) : len(form) - len(enc)]
        if enc:
            if stem != lemma + "ت":
                return None
        elif stem != lemma + "ة" or pro.lstrip("وف")[:1] not in ("ب", "ل", "ك"):
            return None
        return abstract_nisba_noun(lemma, self._alkhalil(lemma + "ة"))

    def _verb_with_object(self, lemma: str, pro: str, enc: str, cases: list) -> str:
        """ "VERB" for a word read as the noun ``lemma`` + ة + the pronoun ``enc`` (the noun of one
        act: وضعة, دربة) that qalsadi also reads as the verb ``lemma`` in the past of a woman with
        that object, after the same proclitics, when general Arabic writes that verb's ـت more
        often than the noun: `التي وضعتها الدول` (which the states set), `سلحتهم ودربتهم` (armed
        and trained them) — the lemma is the verb's either way, only the part of speech was
        wrong. Else "NOUN" (حالته, and the nouns of :func:`noun_in_ta_with_pronoun`, are nouns)."""
        if _wf(lemma + "ت") <= _wf(lemma + "ة"):
            return "NOUN"
        for c in cases:
            if (
                str(getattr(c, "type", "")).startswith("Verb")
                and remove_diacritics(c.lemma or "") == lemma
                and _affix_parts(c.affix) == [pro, "", "ت", enc]
                and _verb_person(c) == "هي"
            ):
                return "VERB"
        return "NOUN"

    def _nisba_plural_with_pronoun(self, lemma: str) -> str:
        """The noun in ـية of a plural in ـيات with a pronoun read as the nisba ``lemma``, when the
        kit reads that plural without the pronoun as that noun's (فعالياته as فعاليات → فعالية,
        أولوياتها, تقنياته, إمكانياته; no adjective takes a pronoun): one lemma with and without
        it. Else ``lemma``."""
        alone = self._analyze_stem(lemma + "ات")  # (remembered: فعالياته, فعالياتها… share it)
        if (alone.lemma, alone.pos, alone.proclitic, alone.enclitic) == (lemma + "ة", "NOUN", "", ""):
            return alone.lemma
        return lemma

    def _plural_of_word_in_ta(self, lemma: str, cases: list) -> str:
        """A plural in ـات read as the feminine plural of ``lemma``, a participle or adjective
        (ملاحظات as ملاحظ + ات, مشكلات, مهمات, منظومات), is the plural of the noun in ة when
        general Arabic writes that noun and the kit reads it as its own lemma (ملاحظة, مشكلة, مهمة,
        منظومة), so singular and plural share one lemma; else ``lemma`` (معلمات stays معلم, as
        معلمة → معلم). Not when the analysis also reads the plural as one of a noun of the lexicon:
        محلات are shops (محل), not quarters (محلة); بلاغات reports (بلاغ), not eloquence.

        A plural read only as one of a noun of the lexicon or a verbal noun is the plural of the
        noun in ة when the analysis also reads it so, general Arabic writes that noun at least as
        often as ``lemma`` and the kit reads it as its own lemma: الطاقات are energies (طاقة), not
        arches (طاق); البعثات, الجنازات (not بعث, جناز). محلات, طلبات, قطارات stay (محلة, طلبة,
        قطارة are rarer than محل, طلب, قطار)."""
        read_with_at: dict[str, set[str]] = {}  # lemma → qalsadi's types of it read with ـات
        for c in cases:
            if _affix_parts(c.affix)[2] == "ات":
                read_with_at.setdefault(remove_diacritics(c.lemma or ""), set()).add(
                    str(getattr(c, "type", ""))
                )
        kinds = read_with_at.get(lemma, set())
        word = lemma + "ة"
        if (
            kinds
            and all(NO_FEMININE_RE.match(t) for t in kinds)
            and _wf(word) >= _wf(lemma)
            and word in read_with_at
            and self._analyze(word).lemma == word
        ):
            return word
        if not any(k in t for t in kinds for k in _PARTICIPLE_KINDS) or any("جامد" in t for t in kinds):
            return lemma
        if plural_only_broken(word):  # مدارس is the plural of مدرسة: المدرسات are teachers
            return lemma
        if _known_word(word) and self._analyze(word).lemma == word:
            return word
        return lemma

    def _dual_in_construct(self, form: str, verb_pro: str) -> tuple[str, str] | None:
        """(proclitic, noun) when ``form``, read as a verb of two women (زارتا, قامتا, أكدتا)
        after the proclitic ``verb_pro``, is the dual of a noun in ة before its complement, its
        ن dropped: وزارتا الخارجية والدفاع ("the two ministries of"), شركتا, وكالتا, حالتا,
        وفرقتا. The noun is the form without its ـتا (after no proclitic, or after و, ف or وف, and
        never after more of the form than the verb's reading takes as proclitic: وصلتا, وجدتا,
        وصفتا are the verbs وصل, وجد, وصف, not و + صلة, جدة, صفة) + ة, which general Arabic writes
        at least 10 per million and ten times as often as the verb's ـت (وزارة beside وزارت;
        قامة is rarer than قامت, أكدة unwritten), and which the kit reads alone as its own lemma
        (as :meth:`_dual_of_word_in_ta`); else None."""
        for pro in ("", "و", "ف", "وف"):
            stem = form[len(pro) : -2]
            if not form.startswith(pro) or not verb_pro.startswith(pro) or len(stem) < 2:
                continue
            word = stem + "ة"
            seen = _wf(word)
            if seen < 1e-5 or seen < 10 * _wf(stem + "ت"):
                continue
            alone = self._analyze_stem(word)
            if (alone.lemma, alone.pos, alone.proclitic, alone.enclitic) == (word, "NOUN", "", ""):
                return pro, word
        return None

    def _no_dual(self, lemma: str, article: bool) -> tuple[str, str] | None:
        """(lemma, pos) of a word read as the dual of ``lemma`` in ـان that general Arabic does
        not write as a dual, else None. A dual is written in its other case, ـين, more often
        than in ـان (الطرفان 4.9 per million, الطرفين 28); a word in ـان written at least three
        times as often as its ـين (with the article when it has one) is a word of its own:
        - a broken plural AlKhalil reads it as, of another singular that general Arabic writes
          and that has the dual's first letter (القطعان → قطيع, العرسان → عريس, الفتيان → فتى,
          الغربان → غراب, العميان → أعمى);
        - else the whole word, when AlKhalil reads it as one (المران, training; الجريان, flow;
          بطلان, nullity), PROPN when as a name (الحمدان, ميسان, حيان);
        - else, after the article and at least ten times as often as its ـين, with no reading
          but the dual, a family name (الفوزان, العيبان, الشرهان: PROPN, without the article,
          as the kit cites الغامدي; not العليان, written 9.5 times as often as العليين). A
          broken plural AlKhalil does not list is taken for a name too (الجرذان, "rats").
        Without the article and with no such reading the analysis stays (بلدان is the plural of
        بلد; names such as دوغان, نولان are left to the name finders). This comes after the
        choice among qalsadi's readings, which drops a dual only when its ـين is never written
        (``lemma_rules._ending_unsupported``: نهيان)."""
        art = "ال" if article else ""
        whole = art + lemma + "ان"
        seen, other = _wf(whole), _wf(art + lemma + "ين")
        if seen < 1e-7 or 3 * other >= seen:
            return None
        readings = [a for a in self._alkhalil(whole) if a[1] == "اسم"]
        plural = [
            a[0]
            for a in readings
            # (its first letter in the singular: AlKhalil also reads كسلان, "lazy", as ك + سلان,
            # a plural of سليل)
            if a[2] == "جمع" and a[0] != lemma and lemma[0] in a[0] and _wf(a[0]) >= 1e-7
        ]
        if plural:
            return plural[0], "NOUN"
        single = [a for a in readings if (a[2] or "مفرد") == "مفرد" and a[0] == lemma + "ان"]
        if single:
            return lemma + "ان", "PROPN" if any(a[4] == "اسم علم" for a in single) else "NOUN"
        if article and 10 * other < seen and all(a[2] == "مثنى" for a in readings):
            return lemma + "ان", "PROPN"
        return None

    def _dual_of_word_in_ta(self, lemma: str) -> str:
        """A dual in ـتين/ـتان read as the feminine dual of ``lemma`` (دقيقتين as دقيق, "fine",
        + تين; حالتين, مجموعتين, عمليتين) takes the lemma of its singular, the noun in ة, when
        general Arabic writes that noun and the kit reads it alone as its own lemma (دقيقة, a
        minute; حالة, مجموعة, عملية), so singular and dual share one lemma; else ``lemma``
        (السوريتين stays سوري and البلدتين بلد, as سورية and بلدة alone are read). Per form, as
        for the singular: the dual of an adjective whose feminine is also a noun of its own
        takes the noun (محاصرتان → محاصرة, "siege")."""
        word = lemma + "ة"
        if not _known_word(word):
            return lemma
        alone = self._analyze_stem(word)
        if (alone.lemma, alone.pos, alone.proclitic, alone.enclitic) == (word, "NOUN", "", ""):
            return word
        return lemma

    def _qalsadi_choice(self, form: str, cases: list) -> LemmaResult:
        if not cases:
            return LemmaResult(form, "X", lemma_source="unknown")
        from qalsadi import stemnode

        node = stemnode.StemNode(cases, False)
        lemma, qpos = node.get_lemma(return_pos=True)
        lemma = remove_diacritics(lemma) if lemma else form
        pos = _POS.get(qpos, "X")
        cands = node.get_lemmas()
        # the affix of the most common analysis behind the chosen lemma
        affixes = Counter(
            getattr(c, "affix", "")
            for c in cases
            if remove_diacritics(getattr(c, "lemma", "") or "") == lemma
        )
        pro = enc = ""
        if affixes:
            parts = remove_diacritics(affixes.most_common(1)[0][0]).split("-")
            if len(parts) == 4:
                pro, enc = parts[0], parts[3]
        source = "unknown" if pos == "X" else "qalsadi"
        return LemmaResult(lemma, pos, pro, enc, len(cands), source)

    def _override(self, form: str) -> LemmaResult | None:
        """The override of a form, or of the form without its proclitics (``والكاظمي``)."""
        if self._override_index is None:
            self._override_index = _override_index(self.overrides)
        hit = self._override_index.get(form)
        if hit is None and form[-1:] in TANWEEN:  # an override of مؤخرا applies to مؤخراً
            hit = self._override_index.get(form.rstrip(TANWEEN))
            if hit and hit[0].endswith("ا") and self.overrides[hit[0]][1] == "PROPN":
                hit = None  # a name in ا takes no tanwin: درعاً is a shield (درع), not Daraa
        if hit is None:
            return self._given.get(form)
        key, pro, enc = hit
        lemma, pos = self.overrides[key]
        if not enc and key[len(lemma) :] in _PRONOUNS and key.startswith(lemma):
            enc = key[len(lemma) :]  # an override written with its pronoun (أرضه → أرض + ه)
        return LemmaResult(lemma, pos or "NOUN", pro, enc, 1, "override")

    # -- public -------------------------------------------------------------------------------
    def analyze(self, form: str) -> LemmaResult:
        """The analysers' lemma of one lemma key, without overrides or caches (what a worker
        computes for a form the parent has not seen)."""
        return self._analyze(form)

    def override(self, form: str) -> LemmaResult | None:
        """The user's or the gazetteer's override of a form (or of it without proclitics)."""
        return self._override(form)

    def remember(self, results: Mapping[str, LemmaResult]) -> None:
        """Add answers computed elsewhere (another process) to this lemmatizer's memory."""
        self._memory.update(results)

    def cached(self, forms: Iterable[str]) -> dict[str, LemmaResult]:
        """The answers the disk cache holds for these lemma keys (none without a cache)."""
        return self._cache.get_many(list(forms)) if self._cache is not None else {}

    def store(self, results: Mapping[str, LemmaResult]) -> None:
        """Write answers to the disk cache (if there is one)."""
        if self._cache is not None and results:
            self._cache.put_many(results)

    def detach_cache(self) -> None:
        """Stop using the disk cache (a forked worker must not share the parent's SQLite
        handle; everything it needs is in memory)."""
        self._cache = None

    def analyze_forms(self, forms: Iterable[str]) -> dict[str, LemmaResult]:
        """Lemmatize distinct forms: overrides first, then the memory and disk caches, then qalsadi."""
        return self._analyze_keys(dict.fromkeys(lemma_key(f) for f in forms))

    def _analyze_keys(self, keys: Iterable[str]) -> dict[str, LemmaResult]:
        out: dict[str, LemmaResult] = {}
        todo = []
        memory = self._memory  # overrides and earlier answers, so a repeated form costs one lookup
        for k in keys:
            r = memory.get(k)
            if r is not None:
                out[k] = r
                continue
            ov = self._override(k)
            if ov is not None:
                out[k] = memory[k] = ov
            else:
                todo.append(k)
        # the shipped table before the disk cache: both hold this version's answers, and the
        # table answers most forms of any corpus, one dictionary probe each
        if todo and self.table:
            from .lemma_table import load_table, lookup

            found = lookup(load_table(self.version), todo)
            hit = dict(zip(found, itertools.starmap(LemmaResult, found.values())))
            out.update(hit)
            self._memory.update(hit)
            todo = [k for k in todo if k not in hit]
        if todo and self._cache is not None:
            hit = self._cache.get_many(todo)
            out.update(hit)
            self._memory.update(hit)
            todo = [k for k in todo if k not in hit]
        if todo:
            # results are kept (memory and disk) batch by batch as they come, so a cold run
            # that is interrupted keeps the forms it has analysed
            def keep(batch: dict[str, LemmaResult]) -> None:
                out.update(batch)
                self._memory.update(batch)
                if self._cache is not None:
                    self._cache.put_many(batch)

            self._compute(todo, keep)
        return out

    def known(self, keys: Iterable[str]) -> dict[str, LemmaResult]:
        """:meth:`analyze_forms` for lemma keys (already through :func:`lemma_key`): answered
        from memory (overrides included) when possible, the rest as :meth:`analyze_forms` does."""
        memory = self._memory
        out = {}
        missing = []
        for k in keys:
            r = memory.get(k)
            if r is None:
                missing.append(k)
            else:
                out[k] = r
        if missing:
            out.update(self._analyze_keys(dict.fromkeys(missing)))
        return out

    def _compute(self, forms: list[str], keep=None) -> dict[str, LemmaResult]:
        """Analyse forms not seen before: in this process, or in ``n_jobs`` worker processes
        when there are many (each worker loads qalsadi once and takes chunks of forms).
        ``keep(batch)`` is called with every :data:`_SAVE_EVERY` new results (and the rest)."""
        bar = None
        if self.progress and len(forms) > 500:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(forms), desc="lemmatizing new forms", unit="form", mininterval=2.0)
        n_jobs = config.processes(self.n_jobs, what="Lemmatizer(n_jobs)")
        out: dict[str, LemmaResult] = {}
        pending: dict[str, LemmaResult] = {}

        def flush(force: bool = False) -> None:
            if keep is not None and pending and (force or len(pending) >= _SAVE_EVERY):
                keep(dict(pending))
                pending.clear()

        if n_jobs > 1 and len(forms) >= _PARALLEL_MIN:
            chunks = _chunks(forms, n_jobs)
            forked = "fork" in multiprocessing.get_all_start_methods()
            if forked:
                # the analysers loaded once here, before the workers fork, are theirs too (each
                # loaded its own before: about a second, and the parent a third time for the
                # noun readings the tokenizer asks for after them); the garbage collector leaves
                # what is loaded alone meanwhile, so the workers do not copy its pages
                self._load_analysers()
                gc.freeze()
            try:
                with config.worker_pool(
                    min(n_jobs, len(chunks)), _worker_init, (self.method, self.second_opinion, self.table)
                ) as pool:
                    for chunk, results in zip(chunks, pool.imap(_worker_analyze, chunks)):
                        out.update(zip(chunk, results))
                        pending.update(zip(chunk, results))
                        flush()
                        if bar is not None:
                            bar.update(len(chunk))
            finally:
                if forked:
                    gc.unfreeze()
        else:
            for f in forms:
                # (remembered: a word seen alone may come back as the rest of و + word)
                out[f] = pending[f] = self._analyze_stem(f)
                flush()
                if bar is not None:
                    bar.update(1)
        flush(force=True)
        if bar is not None:
            bar.close()
        return out

    def _load_analysers(self) -> None:
        """Load qalsadi and AlKhalil in this process, with the tables they read as words need
        them, by analysing :data:`_WARM_UP` (what a worker forked afterwards inherits). The
        words' lemmas are not kept: every analysis is a function of its form alone."""
        for word in _WARM_UP:
            Lemmatizer._analyze(self, word)

    def lemmatize(self, word: str) -> str:
        """The lemma of one word: ``lemmatize("والانسحاب") == "انسحاب"``."""
        k = lemma_key(word)
        return self.analyze_forms([k])[k].lemma

    def table(self, forms: Iterable[str]) -> pd.DataFrame:
        """A DataFrame of :data:`LEMMA_COLUMNS` indexed by lemma key, for the given forms."""
        res = self.analyze_forms(forms)
        return pd.DataFrame([r.__dict__ for r in res.values()], index=pd.Index(list(res), name="form"))


#: How often (wordfreq) general Arabic writes a verb (its past, third person) for its imperfect
#: addressed to a woman to be taken at its word (احتاج, تكلم, تعايش: 2 in a million and more;
#: some verbs qalsadi makes of names are far rarer: وخى of خيا, 1 in 100 million)
_VERB_IN_USE = 1e-6

#: :meth:`Lemmatizer._noun_read_as_verb`: how many times as often general Arabic (wordfreq) must
#: write the noun in ة or ى (جثة, ذكرى) as the verb's letters (جثت, ذكرا) for a word with a
#: pronoun to be read as the noun (at 10: جثته, أنشطتها, دعوته; حملته, "his campaign" or "she
#: carried it", at 6, and قادتها at 8 stay verbs)…
_NOUN_OVER_VERB = 10
#: …and how often at least it must write the noun with the article, as a share of the noun alone:
#: common nouns are (الجثة 0.28, الشقة 0.47, السلسلة 0.14), names in ة hardly (غزة, مكة 0.00,
#: خولة 0.005, جدة 0.07), nor عدة, "several" (0.009), which is no noun with a pronoun as often
#: as the verbs وعد and عاد are written so
_ARTICLE_SHARE = 0.1
#: the pronouns a noun takes that a verb takes too (a noun's "my" is ي, a verb's "me" ني)
_NOUN_PRONOUNS = THIRD_SECOND_PERSON + ("ك", "نا")

#: qalsadi's types of a participle or adjective reading (its feminine plural is in ـات)
_PARTICIPLE_KINDS = ("فاعل", "مفعول", "صفة", "مبالغة")


def _proper_names(cases: list) -> set[str]:
    """The lemmas qalsadi's dictionary lists as proper nouns among the analyses of a form."""
    return {
        remove_diacritics(getattr(c, "lemma", "") or "")
        for c in cases
        if "noun_prop" in str(getattr(c, "type", ""))
    }


def _candidate_frequencies(cases: list) -> dict[str, dict[str, int]]:
    """qalsadi's candidate lemmas of a form, each with the highest frequency its dictionary
    gives the lemma, per class (``{"NOUN": …, "VERB": …}``): the second opinion tells a word
    in use (الأمن, الحضور) from a rare verbal noun of the same letters (فَرْص beside the
    plural فرص). Proper nouns are also listed under ``"PROPN"``."""
    out: dict[str, dict[str, int]] = {}
    for c in cases:
        lemma = remove_diacritics(getattr(c, "lemma", "") or "")
        by_class = out.setdefault(lemma, {})
        kind = str(getattr(c, "type", ""))
        cls = "NOUN" if kind.startswith("Noun") else "VERB" if kind.startswith("Verb") else None
        if cls:
            by_class[cls] = max(by_class.get(cls, 0), getattr(c, "freq", 0) or 0)
        if "noun_prop" in kind:  # a proper noun of qalsadi's dictionary
            by_class["PROPN"] = max(by_class.get("PROPN", 0), getattr(c, "freq", 0) or 0)
    return out


#: Pronoun suffixes a noun override also applies with (بلاده, مشاعرهم, بمثابتها); not ي "my",
#: which news seldom writes and which is also the nisba (تجاري is "commercial", not تجار + ي)
_PRONOUNS = ("ه", "ها", "هما", "هم", "هن", "ك", "كما", "كم", "كن", "نا")
# a noun of the form أفعل: an elative too, and أشهرها is "the most famous of them", not months
_ELATIVE_RE = re.compile(r"^أ[^اوي]{3}$")

#: A broken plural of a defective noun as written without the article or tanwin: two letters,
#: ا, a consonant and ي (ليالي, أغاني, أهالي, مقاهي, أيادي; see _plural_read_with_article)
_DEFECTIVE_PLURAL_RE = re.compile(r"^[ء-ي]{2}ا[^اوىي]ي$")
#: …and the proclitics it is looked for after (the whole word first)
_BEFORE_PLURAL = ("", "و", "ف", "ب", "ل", "وب", "فب", "ول", "فل")


def _takes_pronoun(key: str, pos: str | None) -> bool:
    """An override that also applies with a pronoun suffix: a noun (declared ``NOUN``) of four
    letters or more, without the article or a conjunction, that could not be read as a verb or
    an elative with that pronoun (صوره "filmed him" beside صور, أشهرها beside أشهر), nor ends in
    و (a loanword: مترو + ك would be متروك, "abandoned")."""
    return (
        pos == "NOUN"
        and len(key) >= 4
        and not key.startswith(("ال", "و", "ف"))
        and key[-1] not in "ىاءو"
        and not _ELATIVE_RE.match(key)
    )


#: What stands before an imperfect verb besides و and ف: ل of purpose and the future س
_IMPERFECT_PROCLITICS = ("ل", "ول", "فل", "س", "وس", "فس")


def _override_index(overrides: Mapping) -> dict[str, tuple[str, str, str]]:
    """Every written form an override applies to -> (override key, proclitic, enclitic).

    A form is looked up as itself, then after each proclitic sequence, longest first; after a
    sequence ending in the article (``وال``, ``لل``) the key may also be the form with ``ال``
    (a proper name written without the article is not looked up after one);
    a verb's override only after و and ف, an imperfect's also after ل and the future س;
    a noun's override (:func:`_takes_pronoun`) also with a pronoun suffix, its ة written ت
    (``بلاد`` → بلد applies to ``بلاده`` and ``وبلادهم`` as ``البلاد`` does to ``للبلاد``).
    Built once, so checking a form is one dictionary lookup.

    When a form is reached from two overrides, the longer word wins (the article aside): with
    overrides for عيد and for بعيد, وبعيد is و + بعيد, not و + ب + عيد; وبالصور stays وبال + صور,
    as the overrides of صور and الصور read it alike.
    """
    index: dict[str, tuple[str, str, str]] = {k: (k, "", "") for k in overrides}

    def word(key: str) -> int:
        return len(key) - 2 if key.startswith("ال") else len(key)

    def put(form: str, entry: tuple[str, str, str]) -> None:
        old = index.get(form)
        if old is None or word(entry[0]) > word(old[0]):
            index[form] = entry

    # a proper name written without the article does not take it: the article makes another
    # word of it (السورية "Syrian" is not ال + سورية, السيول "floods" not ال + سيول Seoul)
    bare_names = {k for k, (_lemma, pos) in overrides.items() if pos == "PROPN" and not k.startswith("ال")}
    # a verb takes و or ف, and an imperfect also ل ("so that") and the future س, never the
    # article or another preposition (الوعد is the noun, not the override of the verb وعد;
    # ستقام is س + تقام)
    verbs = {k for k, (_lemma, pos) in overrides.items() if pos == "VERB"}
    for key in verbs:
        for p in ("و", "ف") + (_IMPERFECT_PROCLITICS if key[:1] in "يتنأ" else ()):
            put(p + key, (key, p, ""))
    for p in PROCLITICS:
        article = p.endswith(("ال", "لل"))
        for key in overrides:
            if len(key) >= 2 and key not in verbs and not (article and key in bare_names):
                put(p + key, (key, p, ""))
        if article:
            pro = p[:-2] if p.endswith("ال") else p[:-1]
            for key in overrides:
                if key.startswith("ال") and len(key) - 2 >= 2:
                    put(p + key[2:], (key, pro, ""))
                    if p.endswith("لل") and key[2] == "ل":
                        # ل + the article before a word in ل is written with two lams: لله
                        # (ل + الله), للجنة (ل + اللجنة)
                        put(p + key[3:], (key, pro, ""))
    for key, (_lemma, pos) in overrides.items():
        if not _takes_pronoun(key, pos):
            continue
        stem = key[:-1] + "ت" if key.endswith("ة") else key
        for enc in _PRONOUNS:
            for p in ("",) + tuple(q for q in PROCLITICS if not q.endswith(("ال", "لل"))):
                put(p + stem + enc, (key, p, enc))
    return index


def _forget(analexer) -> None:
    """Empty qalsadi's per-stemmer caches before each word.

    Their entries are mutable and are changed by later analyses, so without this the analysis
    of a word depends on the words analysed before it (``روحاني`` came out ``راح`` or
    ``روحاني`` depending on history). Emptying them makes every form's lemma a function of the
    form alone — the same in one process, in workers, and in any order — at no measured cost.
    """
    for attr, value in vars(analexer).items():
        if "cache" in attr and isinstance(value, dict):
            value.clear()
    for name in ("nounstemmer", "verbstemmer", "unknownstemmer", "stopwordsstemmer"):
        stemmer = getattr(analexer, name, None)
        for attr, value in vars(stemmer).items() if stemmer is not None else ():
            if "cache" in attr and isinstance(value, dict) and attr not in _PURE_CACHES:
                value.clear()


#: qalsadi's caches whose entries are a function of their key alone and are never changed after
#: they are made, kept from word to word (:func:`_forget` empties the others): a verb's
#: conjugator (``VerbClass``: its conjugations are made once and kept), whether a clitic goes
#: with an affix or a tense, a string without its diacritics, and a noun vocalized with its
#: affixes (keyed by the noun and every affix). Not kept: the caches of whole
#: analyses (their objects are changed later), ``stamp_cache`` (keyed by a verb's stamp without
#: its ت, so two words share an entry only one of them computed) and ``wordfreq_cache`` (keyed
#: by the word, not by the word and its type).
_PURE_CACHES = frozenset(
    ("verbclass_cache", "compatibility_cache", "stripped_words_cache", "noun_vocalize_cache")
)


def _skip_absent_lookups(analexer) -> None:
    """Answer qalsadi's dictionary lookups of absent keys without asking SQLite, and each
    present key's once.

    qalsadi tries every way of cutting a word into clitics, affixes and a stem and looks each
    candidate stem up in arramooz's SQLite dictionaries; about 95 % of those lookups find
    nothing, and each costs an SQL statement compiled afresh. The kit reads the set of keys of
    each table once and lets a lookup through to SQLite only when its key is in the table, so
    the answers are the same (a test compares them) and lemmatizing new forms takes about half
    the time. The rows a key finds (``sqlite3.Row``, which cannot be changed) are kept and
    handed out in a new list each time, as are the answers of ``exists_as_stamp`` and of the
    word-frequency table: the same rows, without the query (0.4.27).
    """
    import pyarabic.araby as araby
    from arramooz.arabicdictionary import ArabicDictionary

    def once(ask, key_of, keys=None):
        """``ask(*args)`` asked once per ``key_of(*args)``: rows (``sqlite3.Row``, which cannot
        be changed) are handed out in a new list each time; ``[]`` for a key not in ``keys``.
        The answers grow with the keys a process meets, without a bound: about 20,000 for
        3,577 new forms of two SaudiNewsNet days; a cold 2-zip run's largest worker grew from
        about 910 to 1,040 MiB in 0.4.27, and the build of the shipped table (698,578 forms)
        peaked at 2.4 GiB a worker, everything included."""
        answers: dict = {}

        def answer(*args):
            key = key_of(*args)
            if keys is not None and key not in keys:
                return []
            found = answers.get(key)
            if found is None:
                found = ask(*args)
                found = answers[key] = tuple(found) if isinstance(found, list) else found
            return list(found) if isinstance(found, tuple) else found

        return answer

    for name in ("nounstemmer", "verbstemmer"):
        stemmer = getattr(analexer, name, None)
        for dictionary in vars(stemmer).values() if stemmer is not None else ():
            if not isinstance(dictionary, ArabicDictionary) or "lookup" in vars(dictionary):
                continue
            table = dictionary.table_name
            con = dictionary.db_connect
            normalized = {r[0] for r in con.execute(f"SELECT normalized FROM {table}")}
            stamped = {r[0] for r in con.execute(f"SELECT stamped FROM {table}")}

            # the wrappers hold the dictionary weakly: a reference cycle would leave its SQLite
            # connection to the garbage collector, which may close it from another thread
            cls, ref = type(dictionary), weakref.ref(dictionary)

            def stamp(word, _cls=cls, _ref=ref):
                return _cls.word_stamp(_ref(), word)

            # arramooz queries ``normalized = normalize_hamza(word)`` and ``stamped = stamp``;
            # exists_as_stamp asks for the stamp too (and answers True for any it can query)
            dictionary.lookup = once(
                lambda word, _cls=cls, _ref=ref: _cls.lookup(_ref(), word), araby.normalize_hamza, normalized
            )
            dictionary.lookup_by_stamp = once(
                lambda word, _cls=cls, _ref=ref: _cls.lookup_by_stamp(_ref(), word), stamp, stamped
            )
            dictionary.exists_as_stamp = once(
                lambda word, _cls=cls, _ref=ref: _cls.exists_as_stamp(_ref(), word), stamp
            )
    # the word-frequency table (the unknown-word stemmer opens it again as its dictionary): its
    # query depends on the word and the type alone
    unknown = getattr(analexer, "unknownstemmer", None)
    for frequencies in (getattr(analexer, "wordfreq", None), getattr(unknown, "wordfreq", None)):
        if frequencies is not None and "lookup" not in vars(frequencies):
            cls, ref = type(frequencies), weakref.ref(frequencies)
            frequencies.lookup = once(
                lambda text, word_type="", _cls=cls, _ref=ref: _cls.lookup(_ref(), text, word_type),
                lambda text, word_type="": (text, word_type),
            )


_PARALLEL_MIN = 4000  # fewer new forms than this are not worth starting workers for
#: Words whose analyses load what the analysers read lazily (nouns, verbs, clitics, a name), in
#: the parent process before it forks its workers (Lemmatizer._load_analysers)
_WARM_UP = (
    "والمستشفيات",
    "فاستقبلهم",
    "سيكتبون",
    "بتقنياتها",
    "لمدرستها",
    "يتماهى",
    "الأمريكيتين",
    "واستراتيجيات",
)
_SAVE_EVERY = 2000  # new lemmas written to the disk cache in batches of this many
_CHUNK = 500
_MIN_CHUNK = 25
_WORKER: Lemmatizer | None = None


def _chunks(forms: list[str], n_jobs: int) -> list[list[str]]:
    """The forms cut into chunks for ``n_jobs`` workers.

    - Forms are grouped by the word left after proclitics (بالمدينة beside والمدينة and
      المدينة), so the forms that share a stem go to one worker and its caches (qalsadi's and
      AlKhalil's stems, :meth:`Lemmatizer._analyze_stem`) answer them, where chunks in the
      corpus's order leave each worker to analyse many stems again (5 % less work on the new
      forms of two SaudiNewsNet days: CHANGELOG, 0.4.19). A lemma does not depend on the forms
      analysed before it (:func:`_forget`), so the order changes no answer.
    - Chunks shrink towards the end (a quarter of what is left per worker, at most
      :data:`_CHUNK`, at least :data:`_MIN_CHUNK`), so the workers finish together instead of
      one waiting out the other's last full chunk (up to a second at 500 forms).
    """
    order = sorted(forms, key=lambda f: (strip_proclitics(f), f))
    chunks = []
    i = 0
    while i < len(order):
        size = max(_MIN_CHUNK, min(_CHUNK, -(-(len(order) - i) // (4 * n_jobs))))
        chunks.append(order[i : i + size])
        i += size
    return chunks


def _worker_init(method: str, second: bool = True, table: bool = True) -> None:
    global _WORKER
    _WORKER = Lemmatizer(
        cache=False,
        overrides=None,
        progress=False,
        method=method,
        n_jobs=1,
        second_opinion=second,
        table=table,
    )


def _worker_analyze(forms: list[str]) -> list[LemmaResult]:
    return [_WORKER._analyze_stem(f) for f in forms]


def lemma_review(
    tokens: pd.DataFrame, *, lemmatizer: Lemmatizer | None = None, n: int = 50, min_count: int = 1
) -> pd.DataFrame:
    """The lemmas a researcher should check first, most frequent first.

    A form is listed when qalsadi did not know it (``unknown``: the lemma is the form without
    its clitics), when it had several candidate lemmas (``ambiguous``), or
    when the lemma is much shorter than the form (``short``: e.g. a name cut back to a root).
    Add corrections to ``data/lexicons/lemma_overrides.tsv`` (``form<TAB>lemma``).

    Returns ``form, lemma, pos, reason, n_candidates, frequency, lemma_source``.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    lemmatizer : Lemmatizer, optional
        The lemmatizer that made the lemmas (default: a new one with the same settings).
    n : int
        How many forms to list.
    min_count : int
        Forms seen fewer times are not listed.
    """
    lemmatizer = lemmatizer or Lemmatizer(progress=False)
    words = tokens[(tokens["pos"] != "PUNCT") & (tokens["pos"] != "NUM") & (tokens["pos"] != "LATIN")]
    freq = words["token"].map(lemma_key).value_counts()
    freq = freq[freq >= min_count]
    res = lemmatizer.analyze_forms(freq.index)
    rows = []
    for form, count in freq.items():
        r = res[form]
        if r.lemma_source == "override":
            continue
        reasons = []
        if r.lemma_source == "unknown":
            reasons.append("unknown")
        if r.n_candidates >= 3 and r.pos != "FUNC":
            reasons.append("ambiguous")
        if len(r.lemma) <= 2 < len(form) - len(r.proclitic) - len(r.enclitic):
            reasons.append("short")
        if reasons:
            rows.append(
                {
                    "form": form,
                    "lemma": r.lemma,
                    "pos": r.pos,
                    "reason": "+".join(reasons),
                    "n_candidates": r.n_candidates,
                    "frequency": int(count),
                    "lemma_source": r.lemma_source,
                }
            )
    cols = ["form", "lemma", "pos", "reason", "n_candidates", "frequency", "lemma_source"]
    return pd.DataFrame(rows, columns=cols).head(n).reset_index(drop=True)


def _code_tokens(source: str) -> str:
    r"""Python source as its code alone: the token stream without comments, docstrings and line
    layout (block structure kept). Editing a docstring, a comment or the formatting (``ruff
    format``) leaves it the same; any change to what runs does not.

    >>> _code_tokens('def f(x):\n    "Doc."\n    return (x +  # why\n            1)\n') == \
    ...     _code_tokens('def f(x):\n    return (x + 1)\n')
    True
    >>> _code_tokens('if a:\n    x()\ny()\n') == _code_tokens('if a:\n    x()\n    y()\n')
    False
    """
    import ast
    import io
    import textwrap
    import tokenize

    source = textwrap.dedent(source)
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        body = getattr(node, "body", None)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and body:
            first = body[0]
            if (
                isinstance(first, ast.Expr)
                and isinstance(first.value, ast.Constant)
                and isinstance(first.value.value, str)
            ):
                docstrings.add((first.lineno, first.col_offset))
    skip = {tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.ENDMARKER}
    marks = {tokenize.NEWLINE: "⏎", tokenize.INDENT: "→", tokenize.DEDENT: "←"}
    out, after_docstring = [], False
    for t in tokenize.generate_tokens(io.StringIO(source).readline):
        if t.type in skip or (after_docstring and t.type == tokenize.NEWLINE):
            after_docstring = after_docstring and t.type != tokenize.NEWLINE
            continue
        if t.type == tokenize.STRING and t.start in docstrings:
            after_docstring = True
            continue
        after_docstring = False
        out.append(marks.get(t.type, t.string))
    return " ".join(out)


def _code_fingerprint() -> str:
    """A hash of the code that decides lemmas (the rules module, the normalizer, the proclitics,
    the spelling lexicon and the methods that call the analysers), so a cache or the shipped
    lemma table can never outlive a change to it — while changes to caching or worker code, and
    to docstrings, comments or formatting anywhere (:func:`_code_tokens`), leave it alone."""
    import hashlib
    import inspect

    h = hashlib.sha1()
    for name in ("lemma_rules.py", "normalize.py", "clitics.py"):
        h.update(_code_tokens(Path(__file__).with_name(name).read_text(encoding="utf-8")).encode("utf-8"))
    h.update(config.lexicon_path("spelling").read_bytes())
    for fn in (
        Lemmatizer._analyze,
        Lemmatizer._alkhalil,
        Lemmatizer._qalsadi_choice,
        Lemmatizer._word_in_ta,
        Lemmatizer._nisba_as_noun,
        Lemmatizer._nisba_plural_with_pronoun,
        Lemmatizer._verb_with_object,
        Lemmatizer._plural_of_word_in_ta,
        Lemmatizer._dual_of_word_in_ta,
        Lemmatizer._dual_in_construct,
        Lemmatizer._no_dual,
        Lemmatizer._noun_with_pronoun,
        Lemmatizer._known_with_pronoun,
        Lemmatizer._noun_read_as_verb,
        Lemmatizer._noun_after_article,
        Lemmatizer._ta_written_ha,
        Lemmatizer._plural_read_with_article,
        Lemmatizer._not_addressed,
        Lemmatizer._verb_qalsadi_lacks,
        Lemmatizer._analyze_stem,
        Lemmatizer._engine,
        _forget,
        _skip_absent_lookups,
        _spelling,
        _one_letter_apart,
        lemma_key,
    ):
        h.update(_code_tokens(inspect.getsource(fn)).encode("utf-8"))
    h.update(
        repr(
            (
                _POS,
                _LEMMA_KEY_STEPS,
                TANWEEN,
                _FINAL_TANWEEN_RE.pattern,
                _PARTICIPLE_KINDS,
                _VERB_IN_USE,
                _NOUN_OVER_VERB,
                _ARTICLE_SHARE,
                _NOUN_PRONOUNS,
                _DEFECTIVE_PLURAL_RE.pattern,
                _BEFORE_PLURAL,
                sorted(_PURE_CACHES),
            )
        ).encode("utf-8")
    )
    return h.hexdigest()[:10]


#: The lemmatizer's version: caches, prepared tables and the shipped lemma table are keyed by it,
#: and it changes with any edit to the code that decides lemmas (not to its documentation).
LEMMATIZER_VERSION = f"5-{_code_fingerprint()}"
