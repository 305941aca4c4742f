"""Actors: who is in the news — states, organisations, groups, people and offices.

The gazetteer (:func:`load_actors`) is data, not code:

* **states** — every territory's Arabic name from CLDR (through ``babel``), plus the usual other
  names, the capital standing for the state (``طهران ترفض``) and the government words built on
  its adjective (``الحكومة الإيرانية``, ``السلطات العراقية``, ``الجانب الأمريكي``) from
  ``data/lexicons/states.yaml``. A bare adjective (``الإيرانية``) is an attribute of the
  state, not a mention (see :func:`state_attributes`);
* **organisations, groups, news sources** — ``data/lexicons/actors.yaml``;
* **offices** — ``data/lexicons/offices.yaml``: a role (``الرئيس الأمريكي``) resolves to the
  holder on the article's date; with no date, or a date outside the table, it stays the role
  (actor ``role:us_president``), never guessed. A role followed by its holder's name
  (``الرئيس الأمريكي باراك أوباما``) is bound to that person.

Matching (:func:`actor_mentions`) compares whole words after the proclitics و ف ب ل ك are
taken off (``لإيران``, ``وللأمم``), with alef/hamza, ى/ي and final ة/ه folded; it never uses
lemmas or stems (``كيان`` is not ``بيان``). Longer names win where two overlap.

Actors the gazetteer lacks are found in the text (``discover=True``, :func:`discover_actors`):
a name after a title (``الدكتورة نهى بكر``), an office (``وزير الخارجية القطري خالد العطية``) or
a nationality alone (``سجل الهولندي ممفيس ديباي``),
a common first name followed by a family name (``سعيد اللاوندي``), an organisation's head noun
with its definite complements (``هيئة الهلال الأحمر السعودي``): after a definite head, the
adjective of a state, continent, region or nation (``الاتحاد الآسيوي``, ``الاتحاد الإنجليزي``;
``states.yaml``'s ``regions:``) or a word the dictionary does not know. Within an article, a full name
binds later mentions of its last word (``جون كيري`` … ``كيري``). The cue words are in
``data/lexicons/names.yaml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import LexiconError, names_the_document, reading_document
from ..text.clitics import clitic_variants
from ..text.lemma_rules import THIRD_SECOND_PERSON
from ..text.normalize import ARABIC_LETTER_RE, loose, normalize, remove_diacritics
from ..text.tokenize import PREPOSITIONS

__all__ = [
    "Gazetteer",
    "load_actors",
    "actor_mentions",
    "discover_actors",
    "state_attributes",
    "name_lemmas",
    "given_name_lemmas",
    "loose",
    "clitic_variants",
    "MENTION_COLUMNS",
]

MENTION_COLUMNS = [
    "actor",
    "alias",
    "type",
    "kind",
    "role",
    "doc_id",
    "para_id",
    "sent_id",
    "tok_first",
    "tok_last",
    "start",
    "end",
]

# CLDR territory codes that are not states
_NOT_STATES = {
    "AC",
    "AQ",
    "CP",
    "CQ",
    "DG",
    "EA",
    "IC",
    "TA",
    "ZZ",
    "QO",
    "EU",
    "EZ",
    "UN",
    "XA",
    "XB",
    "BV",
    "HM",
    "UM",
    "TF",
    "IO",
    "CC",
    "CX",
    "NF",
    "PN",
    "GS",
    "SJ",
    "BQ",
}
_GOVERNMENT_F = ("الحكومة", "السلطات", "القيادة", "الدولة", "الإدارة", "الدبلوماسية")
_GOVERNMENT_M = ("النظام", "الجانب", "الطرف", "الوفد", "الجيش")


@dataclass
class Gazetteer:
    """Actors (``actor, label, type, name_ar, source``), their alias phrases, and offices.

    ``aliases`` maps each actor id to its Arabic aliases; ``offices`` maps an office id to its
    ``label``, ``roles`` and ``terms`` (``(from, to, holder id)``). Unpacks as the
    ``(actors, cues)`` pair of earlier versions.
    """

    actors: pd.DataFrame
    aliases: dict[str, list[str]]
    offices: dict[str, dict] = field(default_factory=dict)
    nisba: dict[str, list[str]] = field(default_factory=dict)  # state id -> adjective stems
    capitals: set[str] = field(default_factory=set)  # aliases that are also places
    path: Path | None = None
    #: actor id -> short names that are the actor only once a full alias was named in the article
    #: (النصرة after جبهة النصرة; alone it is "support")
    after: dict[str, list[str]] = field(default_factory=dict)
    #: state id -> its ISO 3166 code (saudi_arabia -> SA)
    codes: dict[str, str] = field(default_factory=dict)

    def __iter__(self):
        from .lexicon import Cue

        cues = [
            Cue(a, actor, extra={"type": t})
            for actor, t in zip(self.actors["actor"], self.actors["type"])
            for a in self.aliases.get(actor, [])
        ]
        return iter((self.actors, cues))

    def __getitem__(self, i):
        return tuple(self)[i]


def _read_yaml(path: Path, key: str) -> list | dict:
    from .lexicon import load_yaml

    data = load_yaml(path)
    if key not in data or data[key] is None:
        raise LexiconError(f"{path}: needs a '{key}:' section (see data/lexicons/{path.name}).")
    return data[key]


def _nisba_stems(name: str) -> list[str]:
    """The adjective stem of a state name by the usual rule (سوريا → سوري, السعودية → سعودي,
    الإمارات → إماراتي, مصر → مصري; a name in ـي after a consonant is its own adjective:
    تشيلي → تشيلي, الجيش التشيلي, not تشيليي)."""
    s = name.split()[0] if " " not in name else None
    if s is None:
        return []
    s = s[2:] if s.startswith("ال") else s
    if s.endswith("يا"):
        return [s[:-2] + "ي"]
    if s.endswith("ية"):
        return [s[:-2] + "ي"]
    if s.endswith("ا"):
        return [s[:-1] + "ي"]
    if s.endswith("ي") and not s.endswith(("اي", "وي")) or s.endswith("وي") and len(s) > 4:
        return [s]
    return [s + "ي"]


#: Words a state's full name starts with: no دولة before them.
_STATE_WORDS = ("دولة", "جمهورية", "الجمهورية", "مملكة", "المملكة", "سلطنة", "إمارة", "اتحاد", "دولتا")


def _state_actors() -> tuple[list[dict], dict, dict, set, dict]:
    from babel import Locale

    ar, en = Locale("ar").territories, Locale("en").territories
    extra = _read_yaml(config.lexicon_path("states"), "states")
    rows, aliases, nisba, capitals, codes = [], {}, {}, set(), {}
    for code, name in ar.items():
        if not re.fullmatch(r"[A-Z]{2}", code) or code in _NOT_STATES:
            continue
        ascii_name = unicodedata.normalize("NFKD", en.get(code, code)).encode("ascii", "ignore").decode()
        sid = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")  # Türkiye → turkiye
        ex = extra.get(code) or {}
        # "ميانمار (بورما)": CLDR gives the other name in brackets, never written so in news
        # (a qualifier such as "(منطقة إدارية خاصة)" is no name: only one or two words are kept)
        outside, _, inside = name.partition(" (")
        inside = inside.rstrip(")")
        cldr = [outside.strip()] + ([inside] if inside and len(inside.split()) <= 2 else [])
        names = list(dict.fromkeys([*cldr, *ex.get("names", [])]))
        # دولة قطر, دولة الإمارات العربية المتحدة: "the State of" before any of its names (not
        # before a name that is already a state's: جمهورية مصر العربية, المملكة المغربية)
        usual = list(names)  # (the label: not "دولة مصر" for مصر)
        names += [f"دولة {n}" for n in names if not n.startswith(_STATE_WORDS) and f"دولة {n}" not in names]
        stems = ex.get("nisba")
        if stems is None:
            stems = _nisba_stems(cldr[0])
        derived = []
        for st in stems:
            derived += [f"{g} ال{st}ة" for g in _GOVERNMENT_F] + [f"{g} ال{st}" for g in _GOVERNMENT_M]
        aliases[sid] = names + list(ex.get("capital", [])) + derived
        codes[sid] = code
        capitals |= set(ex.get("capital", []))
        nisba[sid] = list(stems)
        rows.append(
            {
                "actor": sid,
                "label": en.get(code, code),
                "type": "state",
                "name_ar": min((n for n in usual if len(n) >= 4), key=len, default=usual[0]),
                "source": "CLDR + states.yaml",
            }
        )
        if stems and code in extra:
            # the people of the state, and its officials: a group, not the state
            pid = f"{sid}_people"
            people = []
            for st in stems:
                people += [
                    f"ال{st}ون",
                    f"ال{st}ين",
                    f"الشعب ال{st}",
                    f"المسؤولون ال{st}ون",
                    f"المسؤولين ال{st}ين",
                    f"مسؤولون {st}ون",
                    f"مسؤولين {st}ين",
                    f"المواطنين ال{st}ين",
                    f"المواطنون ال{st}ون",
                    f"الصحف ال{st}ة",
                    f"وسائل الإعلام ال{st}ة",
                    f"وسائل إعلام {st}ة",
                    f"الإعلام ال{st}",
                    f"التلفزيون ال{st}",
                    f"التلفزيون الرسمي ال{st}",
                ]
            aliases[pid] = people
            rows.append(
                {
                    "actor": pid,
                    "label": f"{en.get(code, code)}: people, officials, media",
                    "type": "group",
                    "name_ar": people[0],
                    "source": "states.yaml",
                }
            )
    return rows, aliases, nisba, capitals, codes


def _chief_diplomat(roles) -> list[str]:
    """``رئيس الدبلوماسية الأمريكية`` ("the head of American diplomacy") for each role
    ``وزير الخارجية الأمريكي``: news writes the foreign minister so too, the adjective feminine."""
    out = []
    for r in roles:
        words = str(r).split()
        if words[:2] == ["وزير", "الخارجية"] and len(words) == 3 and words[2].endswith("ي"):
            out.append(f"رئيس الدبلوماسية {words[2]}ة")
    return out


def _date(v) -> pd.Timestamp | None:
    return None if v is None else pd.Timestamp(str(v))


def load_actors(path: str | Path | None = None, *, extra: str | Path | None = None) -> Gazetteer:
    """The actor gazetteer: states (CLDR + ``states.yaml``), ``actors.yaml`` (or ``path``),
    offices and their holders (``offices.yaml``), plus the actors of your own file ``extra``
    (same form as ``actors.yaml``; it extends the shipped lists, an id it repeats gets the
    new aliases added).

    Parameters
    ----------
    path : str or Path, optional
        An actors YAML replacing ``data/lexicons/actors.yaml``.
    extra : str or Path, optional
        An actors YAML extending the shipped gazetteer (your own actors).
    """
    rows, aliases, nisba, capitals, codes = _state_actors()
    after: dict[str, list[str]] = {}
    files = [Path(path) if path else config.lexicon_path("actors")]
    if extra:
        files.append(Path(extra))
    for f in files:
        for i, a in enumerate(_read_yaml(f, "actors")):
            if not isinstance(a, dict) or "id" not in a or not a.get("aliases"):
                raise LexiconError(f"{f}: actor number {i + 1} needs an 'id' and a non-empty 'aliases' list.")
            aid = str(a["id"])
            if aid not in aliases:
                rows.append(
                    {
                        "actor": aid,
                        "label": a.get("label", aid),
                        "type": a.get("type", ""),
                        "name_ar": str(a["aliases"][0]),
                        "source": f.name,
                    }
                )
            aliases.setdefault(aid, [])
            aliases[aid] += [str(x) for x in a["aliases"]]
            if a.get("after"):
                after.setdefault(aid, []).extend(str(x) for x in a["after"])
    offices = {}
    for o in _read_yaml(config.lexicon_path("offices"), "offices"):
        terms = []
        for h in o.get("holders", []):
            hid = str(h["id"])
            if hid not in aliases:
                rows.append(
                    {
                        "actor": hid,
                        "label": h.get("label", hid),
                        "type": "person",
                        "name_ar": str(h["aliases"][0]),
                        "source": "offices.yaml",
                    }
                )
                aliases[hid] = []
            aliases[hid] += [str(x) for x in h.get("aliases", [])]
            terms.append((_date(h.get("from")), _date(h.get("to")), hid))
        rid = f"role:{o['id']}"
        offices[rid] = {"label": o.get("label", o["id"]), "roles": list(o.get("roles", [])), "terms": terms}
        rows.append(
            {
                "actor": rid,
                "label": o.get("label", o["id"]),
                "type": "role",
                "name_ar": o["roles"][0] if o.get("roles") else rid,
                "source": "offices.yaml",
            }
        )
        aliases[rid] = list(o.get("roles", [])) + _chief_diplomat(o.get("roles", []))
    actors = pd.DataFrame(rows).drop_duplicates("actor").reset_index(drop=True)
    aliases = {k: list(dict.fromkeys(v)) for k, v in aliases.items()}
    return Gazetteer(actors, aliases, offices, nisba, {loose(c) for c in capitals}, files[0], after, codes)


@lru_cache(maxsize=1)
def name_words() -> dict:
    from .lexicon import load_yaml

    data = load_yaml(config.lexicon_path("names"))

    def phrases(key):
        # (as the tokenizer splits them: د. is د and a full stop, and so is a text's "د. محمد")
        return [phrase_words(p) for p in data.get(key, [])]

    person_heads = {p[0] for k in ("titles", "honorifics", "office_heads") for p in phrases(k)}
    # (not رئاسة: برئاسة الملك سلمان is "chaired by", a person)
    naming_heads = {p[0] for p in phrases("org_heads") if not p[0].startswith("ال")} - _GOVERNS - {
        loose("رئاسة")
    } | {
        loose(w)
        for w in (
            "مطار", "مدينة", "جائزة", "شارع", "ميناء", "قاعدة", "مسجد", "جسر", "طريق",
            "جامع", "ملعب", "استاد", "قاعة", "مدرسة", "ميدان", "حي", "قصر", "برج",
        )
    }  # fmt: skip
    heads = person_heads | {p[0] for p in phrases("org_heads")}
    return {
        "heads": heads,
        "person_heads": person_heads,
        "naming_heads": naming_heads,
        "place_heads": {
            loose(w)
            for w in (
                "مطار مدينة جائزة شارع ميناء قاعدة مسجد جسر طريق جامع ملعب استاد قاعة مدرسة ميدان حي قصر "
                "برج جامعة مستشفى مركز معهد كلية أكاديمية مؤسسة صحيفة قناة مجموعة"
            ).split()
        },
        "titles": phrases("titles") + phrases("honorifics"),
        # the occupations of the titles without the article (لاعب, مدرب, محامي)
        "occupations": {p[0][2:] for p in phrases("titles") if len(p) == 1 and p[0].startswith("ال")},
        "honorifics": set(phrases("honorifics")),
        "office_heads": phrases("office_heads"),
        "given": {
            loose(w)
            for w in data.get("given_names", []) + data.get("foreign_given_names", [])
            if " " not in w
        },
        "foreign": {loose(w) for w in data.get("foreign_given_names", [])},
        "nisba": _nisba_forms(),
        "ambiguous": {loose(w) for w in data.get("ambiguous_given_names", [])},
        "female": {loose(w) for w in data.get("female_given_names", [])},
        "links": {loose(w) for w in data.get("name_links", [])},
        "org_heads": phrases("org_heads"),
        "source_heads": phrases("source_heads"),
        "club_heads": {loose(w) for w in data.get("club_heads", [])},
        "club_common": {loose(w) for w in data.get("club_common", [])},
        "club_before": {loose(w) for w in data.get("club_before", [])},
        "match_words": {loose(w) for w in data.get("match_words", [])},
        # participles that go on with a speaker (وأضاف الوزير قائلا, مؤكدا): never a name
        "manner": {
            loose(w)
            for w in load_yaml(config.lexicon_path("speech")).get("continuation", [])
            if " " not in str(w)
        },
    }


@lru_cache(maxsize=1)
def _nisba_forms() -> frozenset[str]:
    """Loose forms, with the article, of the adjectives of places that name bodies: of every
    state (``states.yaml``'s, or the rule's from CLDR's name: السوري, المصرية, البرتغالي,
    الكولومبية) and of the continents, regions and nations that are no state (``states.yaml``'s
    ``regions:``: الأفريقي, الآسيوي, الإنجليزي — الاتحاد الإنجليزي, النادي الأفريقي).

    The finder reads such an adjective as part of a name whatever the lemmatizer makes of it
    (:func:`_proper`): whether a dictionary lists a nisba is no evidence of what it names."""
    stems = [st for sts in _state_actors()[2].values() for st in sts]
    return _with_article(stems) | _region_nisba_forms()


def _with_article(stems) -> frozenset[str]:
    out = set()
    for st in stems:
        s = loose(st)
        out |= {"ال" + s, "ال" + s + "ه"}
    return frozenset(out)


@lru_cache(maxsize=1)
def _region_nisba_forms() -> frozenset[str]:
    """Loose forms, with the article, of ``states.yaml``'s ``regions:`` adjectives (الأوروبي,
    الآسيوية …): of no state."""
    from .lexicon import load_yaml

    path = config.lexicon_path("states")
    regions = load_yaml(path).get("regions") or {}
    if not isinstance(regions, dict) or not isinstance(regions.get("nisba", []), list):
        raise LexiconError(
            f"{path}: 'regions:' needs a 'nisba:' list of adjectives (see data/lexicons/states.yaml)."
        )
    return _with_article(regions.get("nisba") or [])


# loose forms of function words that are also first names once ى is folded (على / علي)
_NAMES_LIKE_WORDS = {loose("علي")}
_MAQSURA_PREPS = {normalize(w) for w in ("على", "إلى", "حتى", "لدى", "متى")}


# words that end a name or an organisation's name (time words, function words, speech)
_BOUNDARY = {
    loose(w)
    for w in (
        "اليوم أمس غدا الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي المقبل "
        "الحالي الجاري الأسبوع الشهر العام السنة الساعة صباح مساء إن أن إنه أنه بأن لأن الذي التي الذين "
        "اللذين اللتين قال قالت يقول تقول أكد أكدت أعلن أعلنت أضاف أضافت في من إلى على عن مع بعد قبل "
        "خلال حول ضد بين عند لدى منذ حتى كما ثم أو أم لكن بل قد لقد لم لن لا ما هل هذا هذه ذلك تلك "
        "هو هي هم هن نحن أنا كان كانت يكون تكون ليس وقد كل بعض غير أيضا فقط حيث إذ إذا لو "
        "الحالية الماضية المقبلة الجارية المرة قبيل بعيد عشية غداة إبان فور أثناء طوال طيلة".split()
    )
} | {loose(w) for w in PREPOSITIONS if w != "وسط"}
# (the prepositions the tokenizer knows: عقب, إثر, رغم, عبر… end a name — سيغادر عقب ضم مهاجم
# ليفربول, فابيوس عقب لقائه — but وسط, "centre", is in names of bodies: بلدية وسط المدينة; and
# the nouns of time that stand as prepositions: وصرح الرئيس الكيني قبيل الزيارة, قال عشية
# المحادثات, is no one called قبيل)


#: Honorifics that are also everyday words (الفريق "the team", الرائد "the pioneer", العميد
#: "the dean"): no name after them when the next word cannot start one (:func:`_not_a_name_start`:
#: الفريق سيدخل …, لاعبو الفريق تدريباتهم … are not people; الفريق مهاب مميش is).
#: Honorifics that are also everyday words (the team, the pioneer, the dean; the uncle: العم
#: عبدالله is an elder, ابن العم a cousin): a name follows only when the next word can start one.
#: (Not الحاج: as often a family name, عبد الرحمن الحاج, as an elder's title.)
_EVERYDAY_HONORIFICS = {(loose(w),) for w in "الفريق الرائد العميد العم".split()}
#: Participles after an organisation's name that start a phrase about it, not part of it.
_PHRASE_STARTERS = {
    loose(w)
    for w in "التابعة التابع التابعين الموالية الموالي الموالين المدعومة المدعوم المعنية المعني "
    "المختصة المختص المذكورة المذكور المشار".split()
}
#: Adjectives of institutions' names (الهيئة العامة للسياحة, المؤسسة العامة للتدريب).
_INSTITUTIONAL = {
    loose(w)
    for w in "العامة العام الوطنية الوطني الملكية الملكي الأهلية الأهلي العليا الأعلى العربية العربي "
    "الدولية الدولي الإسلامية الإسلامي الخيرية الاتحادية الاتحادي المركزية المركزي".split()
}
#: Participles of leaning that, with ل after them, describe an organisation, not name it.
_LEANING = {
    loose(w)
    for w in "المناصر المناصرة المؤيد المؤيدة المعارض المعارضة الداعم الداعمة المقرب المقربة "
    "القريب القريبة المحسوب المحسوبة المنتمي المنتمية المناهض المناهضة المعادي المعادية".split()
}
#: An office before a portfolio (وزير الخارجية الإسباني): the portfolio is no organisation.
_MINISTER = {loose(w) for w in "وزير وزيرة ووزير لوزير بوزير ووزيرة لوزيرة وكيل نائب".split()}
_PORTFOLIOS = {loose(w) for w in "الخارجية الداخلية".split()}
#: An organisation named after an office it serves (مكتب رئيس الوزراء, ديوان رئيس الجمهورية).
_OFFICE_OF = {loose(w) for w in "مكتب ديوان".split()}
_MINISTRY = {loose(w) for w in "وزارة الوزارة".split()}
#: Heads of units named by two fields joined by و (عمادة القبول والتسجيل, جمعية الثقافة والفنون,
#: لجنة الصحة والبيئة, هيئة الرقابة والتحقيق).
_TWO_FIELD_HEADS = {loose(w) for w in "عمادة جمعية كلية قسم إدارة لجنة هيئة".split()}


def _sound_plural(d: DocWords, k: int) -> bool:
    """A masculine sound plural, its lemma of three letters or more with ون/ين (والمواطنين: people),
    not a broken plural in ون (والفنون, "the arts": فن)."""
    lemma = loose(str(d.t["lemma"].iat[k])) if "lemma" in d.t else ""
    w = d.loose[k]
    return len(lemma) >= 3 and w.endswith((lemma + "ين", lemma + "ون"))  # (فنون: فن + ون, read off)


_SPOKESPERSON = {
    loose(w) for w in "المتحدث المتحدثة متحدث متحدثة متحدثا الناطق الناطقة ناطق ناطقا الرسمي الرسمية".split()
}
#: (without the article: a noun with it governs no name, مدير الإدارة محمد العلي is the director
#: of the department, named محمد العلي)
_GOVERNS = {loose(w) for w in ("إدارة", "حكومة", "نظام", "عهد")}
#: Offices in construct with the office they serve: نائب خادم الحرمين الشريفين is not the king,
#: نائب الرئيس الأميركي not the president, سفير خادم الحرمين الشريفين not the king (a person named
#: after them is named on his own)
_DEPUTY = {loose(w) for w in "نائب مستشار مساعد مبعوث ممثل وكيل مندوب سكرتير سفير سفيرة قنصل".split()}
#: Words that qualify a person named next to them: after a title they belong to it (المدرب
#: الإيطالي المخضرم كلاوديو رانييري), after a name they end it (… الشهير), and they end an
#: organisation's name (… نادي الهلال السابق).
_QUALIFIERS = {
    loose(w)
    for w in (
        "البارز", "الشهير", "السابق", "الأسبق", "الراحل", "المعروف", "المخضرم", "البارزة", "الشهيرة",
        "السابقة", "الراحلة", "المعروفة", "الجديد", "الجديدة", "الحالي", "الحالية", "المخلوع",
        "المعزول", "المخلوعة", "المعزولة",
    )
}  # fmt: skip
#: Participles that say who a person named before them is (حسين حبري المتهم بارتكاب …, رئيس بلدية
#: طبرجل المكلف): they end a name and an organisation's name; not skipped after a title, where
#: their complement follows (الوزير المكلف بتسيير مهامها is no one called بتسيير). Not المخلوع,
#: which news also writes as a noun for Ali Abdullah Saleh (قوات المخلوع), nor المنتخب, "elected"
#: and "the national team" (إدارة المنتخب, بعثة المنتخب السعودي).
_PERSON_PARTICIPLES = {
    loose(w)
    for w in "المتهم الملقب المكنى المطلوب المدان المشتبه المعتقل المحكوم المعزول المستقيل الموقوف "
    "المرشح المكلف".split()
}
#: What completes a military rank before the name: اللواء الركن, العقيد ركن (staff), العميد طيار
#: (pilot) — part of the title, not the first word of the name
_RANK_QUALIFIERS = {loose(w) for w in ("ركن", "الركن", "طيار", "الطيار")}
_ROYAL = {loose(w) for w in ("الملك", "الأمير", "الشيخ", "الإمام", "الرئيس")}
_SHEIKH = loose("الشيخ")
#: "Saint" before a first name makes a place or a saint of it (سان فرانسيسكو, سانتا ماريا)
_SAINT = {loose(w) for w in ("سان", "سانت", "سانتا", "سانتو", "ساو")}
#: …and the particles inside European names (دي ماريا, فان غال, فون دير لاين, دا سيلفا)
_FOREIGN_LINKS = {loose(w) for w in ("دي", "دو", "دا", "فان", "فون", "ديل", "دوس")}


def _unanalysed_rare(d: DocWords, k: int) -> bool:
    """A word no analysis changed (its lemma is the word itself, no clitic) that general Arabic
    writes less than 3 times per million words, without the article: a foreign name the
    analysers tag as a noun (كلاوديو رانييري) — not an inflected word (مشواره → مشوار)."""
    if k >= d.n or d.punct[k] or d.loose[k].startswith("ال") or d.pos[k] in ("FUNC", "VERB", "NUM"):
        return False
    token = str(d.t["token"].iat[k])
    if str(d.t["lemma"].iat[k]) != token or str(d.t["proclitic"].iat[k]) or str(d.t["enclitic"].iat[k]):
        return False
    if not ARABIC_LETTER_RE.search(token):
        return False  # (shiota, nafezah: Latin words the analysers leave alone)
    from wordfreq import word_frequency

    return word_frequency(token, "ar") < 3e-6


def _name_like(w: str, pos: str) -> bool:
    """Whether a word can stand inside a person's name (not a function or time word, no digit)."""
    return (
        len(w) >= 2
        and (w not in _BOUNDARY or w in _NAMES_LIKE_WORDS)
        and not any(c.isdigit() for c in w)
        and pos not in ("FUNC", "PUNCT", "NUM")
    )


def _name_like_at(d: DocWords, k: int) -> bool:
    """:func:`_name_like` for token ``k``, with على/إلى (written with ى) never a name: loose
    forms fold ى into ي, and علي is also a first name."""
    return _name_like(d.loose[k], d.pos[k]) and not d.maqsura_prep[k]


_SHORT_PROCLITICS = frozenset("وفبلك")


@lru_cache(maxsize=1)
def _city_words() -> frozenset[str]:
    """The loose forms of places.tsv's cities that are neither gazetteer names nor first names."""
    from ..text.places import place_lemmas

    named = {loose(w) for w in name_lemmas()} | {loose(w) for w in given_name_lemmas()}
    return frozenset({loose(w) for w in place_lemmas()} - named)


class DocWords:
    """One document's words as arrays, with their loose forms and clitic variants."""

    def __init__(self, t: pd.DataFrame):
        self.t = t
        self.n = len(t)
        self.loose = [loose(x) for x in t["norm"].astype(str)]
        self.var = [clitic_variants(x) for x in self.loose]
        # a two-letter word with a proclitic (وتل أبيب, لدي ميستورا): clitic_variants keeps
        # three-letter words whole (وفي, بكم are words); the first word of a multi-word name may
        # lose it, since the words after it must follow
        self.short = [x[1:] if len(x) == 3 and x[0] in _SHORT_PROCLITICS else None for x in self.loose]
        self.sent = t["sent_id"].to_numpy()
        self.punct = t["is_punct"].to_numpy(bool)
        self.pos = t["pos"].astype(str).to_numpy() if "pos" in t else np.array([""] * self.n)
        # a city the lemmatizer knows only from places.tsv is a word of the language to the name
        # finders, as before it was listed: it is no unknown word of a foreign name (خط غاز شيراز
        # ـ حيدر آباد) and a complement of an institution's name (نادي ليفربول الإنجليزي)
        cities = _city_words()
        city = np.array([p == "PROPN" and bool(v & cities) for p, v in zip(self.pos, self.var)], bool)
        self.pos = np.where(city, "NOUN", self.pos) if city.any() else self.pos
        norms = t["norm"].astype(str).tolist()
        self.maqsura_prep = np.array([x in _MAQSURA_PREPS for x in norms], bool)
        # a name in أل/إل (ألكسندر, إليزابيث) is no word with the article, though its loose form
        # starts with ال as one does
        tokens = t["token"].astype(str).tolist() if "token" in t else norms
        self.tokens = tokens  # (the words as written: quotation marks, names in أل/إل)
        self.hamza_al = np.array([len(x) > 3 and x.startswith(("أل", "إل")) for x in tokens], bool)
        self._columns: dict[str, list[str]] = {}
        self.match_report: bool | None = None  # (set by _match_report, once per document)

    def column(self, name: str) -> list[str]:
        """A token column as a list of strings, read once per document (empty strings when the
        table lacks it): cheaper than ``t[name].iat[i]`` word by word."""
        if name not in self._columns:
            self._columns[name] = self.t[name].astype(str).tolist() if name in self.t else [""] * self.n
        return self._columns[name]

    def article(self, i: int) -> bool:
        """Whether word ``i`` starts with the article (its loose form with ال, not a name in أل/إل)."""
        return self.loose[i].startswith("ال") and not self.hamza_al[i]

    def same_sentence(self, i, j):
        return j < self.n and self.sent[j] == self.sent[i] and not self.punct[j]

    def phrase_at(self, i, phrase) -> int | None:
        """End index (inclusive) of ``phrase`` (loose words) starting at ``i``, first word
        allowed its proclitics; else None."""
        if phrase[0] not in self.var[i] and not (len(phrase) > 1 and phrase[0] == self.short[i]):
            return None
        j = i
        for w in phrase[1:]:
            j += 1
            if j >= self.n or self.sent[j] != self.sent[i] or self.loose[j] != w:
                return None
        return j


def phrase_words(alias: str) -> tuple[str, ...]:
    """An alias as the tokenizer splits text (``مجموعة (5+1)`` → مجموعة ( 5 + 1 )), in loose form."""
    from ..text.tokenize import TOKEN_RE

    return tuple(loose(m.group(0)) for m in TOKEN_RE.finditer(alias))


def phrase_index(phrases) -> dict[str, list]:
    idx: dict[str, list] = {}
    for p in phrases:
        idx.setdefault(p[0], []).append(p)
    for v in idx.values():
        v.sort(key=len, reverse=True)
    return idx


def _longest_at(d: DocWords, i: int, idx: dict) -> tuple | None:
    best = None
    for v in d.var[i] | ({d.short[i]} if d.short[i] else set()):
        for p in idx.get(v, ()):
            j = d.phrase_at(i, p)
            if j is not None and (best is None or j > best[0]):
                best = (j, p)
    return best


_AMIN, _AAM = loose("أمين"), loose("عام")
#: Question words: what a person asked begins, not their name (تساءل محمد فودة لماذا …; the
#: analysers read لماذا as a noun).
_QUESTION_WORDS = {loose(w) for w in "لماذا ولماذا ماذا كيف متى أين هل لمَ".split()}


#: Prepositions that end a subject phrase (and follow an adverbial accusative: ردا على)
_STOP = {loose(w) for w in "في خلال عقب بعد قبل لدى أمام عن على ل إلى الى".split()}
#: …of them, those an adverbial accusative takes as its complement (نقلا عن, ردا على, سعيا إلى)
_ADVERBIAL_PREPOSITIONS = {loose(w) for w in "عن على ل إلى الى".split()}


def _adverbial_before_preposition(d: DocWords, x: int, verbs: bool = False) -> bool:
    """An indefinite common noun in the accusative ا before a preposition at ``x`` (أكد رئيس
    البلدية ردا على سؤال, تعليقا على, نقلا عن, وفقا لـ): why or how it was said, which ends the
    subject phrase. (A name in ا is tagged X or PROPN, or is followed by more of the name; a
    verb ends the phrase by the rules for verbs.) ``verbs``: also a word tagged as a verb,
    which the lemmatizer may make of such a noun written without its tanwin (نقلا, "they two
    moved"), where nothing else stops a verb."""
    w = d.loose[x]
    tags = ("NOUN", "ADJ", "VERB") if verbs else ("NOUN", "ADJ")
    if w.startswith("ال") or not w.endswith("ا") or len(w) < 3 or d.pos[x] not in tags:
        return False
    if "enclitic" in d.t and str(d.t["enclitic"].iat[x]):
        return False  # (ـها is a pronoun: إدارتها, not an accusative)
    if x + 1 >= d.n or not d.same_sentence(x, x + 1):
        return False
    nxt = d.loose[x + 1]
    lam = nxt[:1] == "ل" and len(d.var[x + 1]) > 1  # ل attached to the next word (وفقا للتقرير)
    if d.pos[x] == "VERB":
        # (a name the analysers read as a verb: الدكتور مهنا في قوله)
        return lam or nxt in _ADVERBIAL_PREPOSITIONS
    return lam or nxt in _STOP


def _written_first_name(d: DocWords, k: int) -> bool:
    """True when token ``k`` after its first letter (و, ف) is a first name of ``names.yaml``
    as written, its ة written ه or not (وأسامه: أسامة) — not a name that only loose spelling
    matches (وأمنه, "and his security", is no آمنة)."""
    rest = remove_diacritics(str(d.t["token"].iat[k]))[1:]
    names = given_name_lemmas()
    return rest in names or rest.endswith("ه") and rest[:-1] + "ة" in names


def _name_after(d: DocWords, k: int, words: dict, mode: str, taken: np.ndarray) -> int | None:
    """End (inclusive) of a person's name starting at ``k``, or None.

    ``mode`` is how strongly the context announces a name: ``"strong"`` after an honorific
    (الدكتورة, السفير: the next word is a name whatever it looks like), ``"weak"`` after an
    occupation or office (الخبير, وزير الخارجية القطري: the name must start with a known first
    name or a word the dictionary does not know), ``"given"`` when the word itself is a known
    first name. Inside the name: links (بن, آل, أبو), first names, unknown words; a family name
    with the article ends it; time words, function words and verbs end it.
    """
    if k >= d.n or d.punct[k] or taken[k] or not _name_like_at(d, k):
        return None
    if d.var[k] & words["heads"] and not (
        # الشيخ مساعد السديرة: after an honorific, a first name that is also an office's word
        # (مساعد "assistant", نائب) when a family name follows — a rare word with the article,
        # not an everyday one (الرئيس مساعد الوزير)
        mode == "strong"
        and d.var[k] & (words["given"] | words["ambiguous"])
        and k + 1 < d.n
        and d.same_sentence(k, k + 1)
        and d.article(k + 1)
        and not d.var[k + 1] & words["heads"]
        and not _everyday(d.loose[k + 1])
        and _name_like_at(d, k + 1)
    ):
        return None
    if d.loose[k] in words["manner"]:
        return None  # وأضاف الوزير قائلا إن, وتابع الأمير مؤكدا: how he said it, not his name
    if not d.var[k] & words["given"] and _adverbial_before_preposition(d, k, verbs=True):
        return None  # وأكد الوزير تعليقا على …, نقلا عن: why or how he said it, not his name
    if (
        d.pos[k] in ("NOUN", "VERB")
        and "enclitic" in d.t
        and "proclitic" in d.t
        and str(d.t["enclitic"].iat[k]) in THIRD_SECOND_PERSON
        and str(d.t["proclitic"].iat[k])[:1] in ("و", "ف", "ب", "ل", "ك")
        and not (str(d.t["proclitic"].iat[k])[:1] in ("و", "ف") and _written_first_name(d, k))
    ):
        # فروع الوزارة الرئيسة لتسليمها: a word with a clitic before it and a pronoun of the
        # third or second person after it is no name (a ي or نا read off a name, وساري,
        # بنعلي, is left alone: names end in those letters; so is a first name as written
        # after و, وأسامه, its ة written ه, but not وأمنه, "and his security", which only
        # loose spelling makes آمنة; nor after a preposition: لناديه الأهلي, "to his club")
        return None
    if d.loose[k] == "باسم" and k > 0 and d.loose[k - 1] in _SPOKESPERSON:
        return None  # المتحدث الرسمي باسم الوزارة: "on behalf of", not the first name Basem
    if (
        d.pos[k] == "VERB"
        and not d.var[k] & (words["given"] | words["ambiguous"])
        and (d.loose[k][:1] in "يت" or d.loose[k][:2] in ("سي", "ست", "سن"))
    ):
        # الفريق سيدخل …: an imperfect verb does not start a name (a perfect one in س may:
        # الدكتور ساعد العرابي)
        return None
    if mode.startswith("given") and k > 0 and d.same_sentence(k - 1, k):
        prev = d.loose[k - 1]
        if prev in _FOREIGN_LINKS or prev in _SAINT:
            # دي ماريا, فان غال: the name began before; سان فرانسيسكو, سانتا ماريا: a place
            # (not after بن or أبو: the part of a lineage or a kunya found is worth keeping)
            return None
    first, known = d.loose[k], d.var[k] & words["given"]
    # (or two foreign words in a row that general Arabic rarely writes and no analysis changed:
    # المدرب كلاوديو رانييري, which the analysers tag as nouns)
    unknown = d.pos[k] in ("X", "PROPN") or (_unanalysed_rare(d, k) and _unanalysed_rare(d, k + 1))
    if not known and len(first) > 4 and first.startswith(("وال", "فال", "بال", "كال", "لل")):
        return None  # جبل الشيخ والقنيطرة: a conjunction or preposition with the article
    if (
        first[:1] in "وف"
        and d.pos[k] in ("NOUN", "ADJ", "VERB")
        and str(d.t["proclitic"].iat[k]).startswith(("و", "ف"))
        and not d.var[k] & (words["given"] | words["ambiguous"])
    ):
        return None  # الرئيس وأعضاء الفريق: و with a word of the language starts no name
    if d.article(k):
        # an honorific followed by one name written with the article (الرئيس السيسي)
        if mode == "strong" and unknown and not first.endswith(("ي", "يه")):
            return k
        return None
    if mode == "weak" and not (
        known
        or unknown
        or _ambiguous_before_family_name(d, k, words, taken)
        or _rare_before_family_name(d, k, words, taken)
    ):
        return None
    j, by_rarity = k, False
    # five words at most, or up to twelve while a lineage goes on (الأمير عبدالعزيز بن سعود بن
    # نايف بن عبدالعزيز, فيصل بن مشعل بن سعود بن عبد العزيز: a third بن after the fifth word is
    # the same man's grandfather, not a new name, and عبد there is the first half of his name;
    # آل, "the house of", brings the family's name: عبد الله بن زايد آل نهيان)
    while j - k < 4 or (
        j - k < 11
        and (
            _LINEAGE & {d.loose[j], d.loose[j + 1] if j + 1 < d.n else ""}
            or d.loose[j] == _ABD
            or (d.loose[j] in words["links"] and d.loose[j - 1] == _AL)
        )
    ):
        # (and the family's name after آل أبو: مفرح علي أحمد آل أبو مرعي)
        nxt = j + 1
        if not d.same_sentence(k, nxt) or taken[nxt]:
            break
        w, pos = d.loose[nxt], d.pos[nxt]
        if d.maqsura_prep[nxt]:
            break  # بافقيه على أهمية: the preposition (علي folded from على) ends the name
        if w in _QUESTION_WORDS or w in _QUALIFIERS or w in _PERSON_PARTICIPLES or w in words["manner"]:
            break  # (… حسين حبري المتهم بارتكاب, … الشهير: who the person is, not the name;
            # … عبدالرحمن قائلا: how he said it)
        if w == _AMIN and nxt + 1 < d.n and d.loose[nxt + 1] == _AAM:
            break  # جون ألكسندر أمين عام يونايتد: أمين عام is the office (secretary-general)
        if w in words["links"] and "إ" in str(d.t["token"].iat[nxt]):
            break  # فإن "so", not the Dutch فان (السفير قوطالي فإن الحديث …)
        if w in words["links"] or w in words["given"] or w in words["ambiguous"]:
            j = nxt
            continue
        if d.loose[j] == _AL and d.article(nxt) and _name_like_at(d, nxt):
            j = nxt  # آل الشيخ: after آل ("the house of") the family's name, whatever the word
            break
        if j == k and _sure_foreign_first(d, k, words) and _foreign_family_name(d, nxt):
            # ميشال بلاتيني (ب + لاتيني), توماس باخ (a verb): the family name; what follows
            # must be a name by the rules below, not a mere noun (جون أنطوي قادماً) nor a
            # word with the article (ريتشارد هارت الاستشاري: his occupation)
            j, by_rarity = nxt, True
            continue
        if j == k and known and not known & words["ambiguous"] and _family_name_read_as_verb(d, nxt):
            # مسعود بارزاني (بارز + ني "duel me"), the name the analysers read as a verb that
            # general Arabic hardly ever writes; what follows must be a name by the rules below
            j, by_rarity = nxt, True
            continue
        # العقيد حسان الشيخ إنه …: الشيخ as a family name after a first name, when no name
        # follows it (الشيخ محمد is the title of the next man)
        sheikh_family = (
            w == _SHEIKH
            and d.loose[j] in words["given"]
            and not (
                nxt + 1 < d.n
                and d.same_sentence(nxt, nxt + 1)
                and (
                    d.var[nxt + 1] & (words["given"] | words["ambiguous"]) or d.pos[nxt + 1] in ("X", "PROPN")
                )
            )
        )
        if (
            not _name_like_at(d, nxt)
            or (pos == "VERB" and d.loose[j] not in words["links"])
            or (w in words["heads"] and not sheikh_family)
            or w in words["occupations"]
        ):
            # (after عبد/أبو any word: عبد ربه, which the analysers read as a verb; an occupation
            # without the article is the person's, in apposition: دي ماريا لاعب, ماركو مدرب)
            break
        if (
            len(d.var[nxt]) > 1
            and not w.startswith("ال")
            and pos in ("NOUN", "ADJ")
            and ("proclitic" not in d.t or str(d.t["proclitic"].iat[nxt]))
        ):
            # a known word with و/ب/ل attached (برصاص) is not in a name — attached as the
            # lemmatizer read it: فهمي, وهبي, بكري begin with those letters of their own
            break
        if len(w) > 4 and w.startswith(("بال", "كال", "لل")) and _common_after_preposition(d, nxt):
            # a preposition on a common word with the article: where (تركي بن عبدالله بالرياض,
            # … بالإسكندرية), not who — a family name in بال stays (أحمد سيف بالحصا, بالعيس)
            break
        if w.startswith(("و", "ف")) and len(w) > 3 and w[1:] in words["given"]:
            break  # "… وعلي" starts another name
        if (
            pos in ("X", "PROPN")
            and "proclitic" in d.t
            and str(d.t["proclitic"].iat[nxt])[:1] == "و"
            and not (
                str(d.t["proclitic"].iat[nxt]) == "و" and str(d.t["token"].iat[nxt])[1:2] in ("ي", "ا", "و")
            )
            and not (k > 0 and d.var[k - 1] & _INSTITUTIONS)
        ):
            # فرانك وماريا كرافشنكو, صالح والحوثي: a name after و is another name — but a
            # foreign name's W written و before ي, ا, و is its own letter (فان ويلينبرغ,
            # والاس, ووكر), whatever the lemmatizer read off; and ف is not looked at: a
            # foreign F is written ف, which the lemmatizer reads off unknown names (فالس,
            # فالتر, فايد); nor in an institution's name (مؤسسة بيل ومليندا جيتس, a couple's)
            break
        if by_rarity and d.article(nxt):
            break
        if d.article(nxt) and w.endswith("يه") and d.var[k] & words["foreign"]:
            break  # برونو التشيكية: a foreign name takes no feminine adjective as family name
        if d.article(nxt) and _feminine_adjective(w):
            break  # مؤسسة الملك عبدالله بن عبدالعزيز العالمية: the adjective of the noun before
        if w in _AGED:
            break  # صالح بن أحمد البالغ من العمر 54 عامًا: "aged", not his family name
        if d.article(nxt) and (
            d.loose[j] in (_ABD, _AL_ABD)
            or (w in _NAME_SECONDS and d.loose[j] in words["given"])
            or (w == _AL_ABD and nxt + 1 < d.n and d.loose[nxt + 1] in _DIVINE_NAMES)
        ):
            # (and a family name of the same form: عبد الناصر العبد اللطيف)
            # the second half of a compound first name (عبد الرحمن, عبد العزيز, نور الدين): the
            # name goes on (عبد الرحمن السديس, تركي بن عبد الله بن عبد العزيز)
            j = nxt
            continue
        if d.article(nxt):
            # after a first name, a family name with the article; not a common word of the
            # language (فهد حمد الهدف: "the goal")
            compound = d.loose[j] in _NAME_SECONDS or (j > k and d.loose[j - 1] == _ABD)
            after_name = (
                d.loose[j] in words["given"]
                or d.loose[j] in words["links"]
                or compound
                or (j > k and d.loose[j] in words["ambiguous"])  # علي سالم البيض: a father's name
            ) and (not _everyday(w) or sheikh_family)
            # (after an honorific any family name, but not an everyday word after two words of
            # the name with no بن between: م. عادل فقيه المجموعة, "honoured the group"; the
            # الدكتور إبراهيم بن عبدالعزيز العمر is a family name)
            strong = mode == "strong" and not (
                j > k and _everyday(w) and not any(d.loose[x] in words["links"] for x in range(k, j + 1))
            )
            if pos in ("X", "PROPN") or w.endswith("ي") or strong or after_name:
                j = nxt  # a family name with the article ends the name
                if (
                    j + 2 < d.n
                    and d.loose[j + 1] == _AL
                    and d.same_sentence(j, j + 2)
                    and not taken[j + 1 : j + 3].any()
                    and _name_like_at(d, j + 2)
                    and d.pos[j + 2] != "VERB"
                    and any(d.loose[x] in _SON_OF for x in range(k, j))
                ):
                    # فيصل بن عبدالله المشاري آل سعود: the branch, then the house — after a
                    # lineage with بن (واسى الأمير خالد الفيصل آل المليص: whom he consoled)
                    j += 2
                elif _second_family_nisba(d, j, taken, words):
                    j += 1  # ساعد العرابي الحارثي: the clan's name, then the tribe's
            break
        foreign_first = bool(d.var[k] & words["foreign"])  # ريتشارد هول
        # the noun right after the first name is its family name, not one after that (توماس
        # مولر هدفا, فيدريكا موجيريني مفوضة: what he scored, her office) — unless the second
        # word was another first name after و, a couple's (مؤسسة بيل ومليندا جيتس)
        sure_first = (
            (
                mode == "given_verb"
                or foreign_first
                or (mode in ("weak", "strong") and d.loose[k] in words["given"])
            )
            and known
            and not by_rarity
            and ((j == k and not known & words["ambiguous"]) or (j - k == 1 and d.loose[j].startswith("و")))
        )
        after_compound = j > k and d.loose[j - 1] in (_ABD, _AL_ABD) and d.loose[j] in _DIVINE_NAMES
        if (
            w in words["given"]
            or pos in ("X", "PROPN")
            or (_unanalysed_rare(d, nxt) and _unanalysed_rare(d, j))
            or (
                after_compound  # عبد الرحمن رحيمي; not عبد الكريم قائلا, عبد الرحمن تأكيده
                and pos in ("NOUN", "ADJ")
                and not _everyday("ال" + w)
                and not w.endswith("ا")
                and str(d.t["enclitic"].iat[nxt]) in ("", "ي")  # (رحيمي read رحيم + ي)
            )
            or (mode == "strong" and j == k)
            or d.loose[j] in words["links"]
            or (d.loose[j] in _FOREIGN_LINKS and j > k)  # ألبرت ديل روساريو, أليساندرو ديل بييرو
            or (
                sure_first
                and pos in (("NOUN", "ADJ") if mode in ("weak", "strong") else ("NOUN",))
                and _family_noun(d, nxt)
                # (after a title or office, an adjective too, the title saying a name follows:
                # رئيس الوزراء الأسبق أحمد نظيف — not an accusative, اللاعب محمد أساسيا, الوزير
                # أحمد حاضرا)
                and not (mode in ("weak", "strong") and remove_diacritics(d.tokens[nxt]).endswith("ا"))
            )
            or _rare_family_after_father(d, k, j, words)
        ):
            j = nxt
            continue
        break
    while j >= k and d.loose[j] in words["links"]:
        j -= 1  # a name does not end on بن / أبو (nor on بن عبد, the cap reached after عبد)
    if j < k:
        return None  # only a link (عبد) was left: no name
    if mode == "weak" and j == k:
        return None  # after an occupation, one word is too little to be sure
    if mode == "strong" and j == k and _common_word_alone(d, k, words):
        return None  # القاضي طلب الشرطة, الوزير مساعديه, للملك أكثر: a word of the sentence
    return j


#: A word general Arabic writes less often than this (as written) after a first name and a
#: father's is the family name (علي محمد فخرو: 3.7e-7), not a word of the sentence.
_FAMILY_AFTER_FATHER = 1e-6


def _rare_family_after_father(d: DocWords, k: int, j: int, words: dict) -> bool:
    """Whether the word after ``j`` ends the name ``k``…``j`` of a first name and a father's first
    name as its family name without the article (علي محمد فخرو, حسن علي كرماني; with بن between
    them, بندر بن محمد حجار): no clitic on it, and a word general Arabic hardly ever writes."""
    x = j + 1
    lineage = j == k + 2 and d.loose[k + 1] in _BIN_IBN
    if (j != k + 1 and not lineage) or not d.var[k] & words["given"] or not d.var[j] & words["given"]:
        return False
    if d.article(x) or d.column("proclitic")[x] or d.column("enclitic")[x] or d.pos[x] == "VERB":
        return False
    if d.loose[x].endswith(("ين", "ون", "ات")):
        return False  # حسين عبدالغني متفوقين: a plural describing them ("excelling"), no name
    return _written_less_than(d.tokens[x], _FAMILY_AFTER_FATHER)


def _second_family_nisba(d: DocWords, j: int, taken: np.ndarray, words: dict) -> bool:
    """Whether the word after the family name at ``j`` is a second one (ساعد العرابي الحارثي,
    the clan's, then the tribe's): both definite nisbas in ي, the second one a word general Arabic
    rarely writes (a tribe's name, not an adjective: المدير العام الإداري) and no state's adjective
    (محمد الحربي السعودي: his nationality)."""
    x = j + 1
    if x >= d.n or taken[x] or d.punct[x] or not d.same_sentence(j, x):
        return False
    w = d.loose[x]
    return (
        d.loose[j].startswith("ال")
        and d.loose[j].endswith("ي")
        and w.startswith("ال")
        and d.column("norm")[x].endswith("ي")  # (not المكنى, "nicknamed": ى, folded to ي in loose)
        and loose(d.column("lemma")[x]).endswith("ي")  # (not التهاني, the plural of تهنئة)
        and len(w) > 4
        and w not in words["nisba"]
        and not d.var[x] & words["heads"]
        and _written_less_than(d.tokens[x], _RARE_AS_WRITTEN)
    )


#: A word general Arabic writes at least this often (per word, as written) is a word of the
#: sentence when it stands alone after an honorific (طلب 1.4e-4, فرصة 1.1e-4, مباشرة 6e-5,
#: ماض 1.1e-5), not the one-word name of the person (family names alone, عسيري, القحطاني, are
#: written far less; first names are in the lists).
_COMMON_AS_WRITTEN = 1e-5


def _common_word_alone(d: DocWords, k: int, words: dict) -> bool:
    """The word at ``k``, standing alone after an honorific, is a word of the language and no
    name: not a first name of the lists nor a word in ـي (a family name: مدني), and either a pronoun or a preposition is read on it
    (مساعديه, أهدافه, بتكليف) or general Arabic writes it at least :data:`_COMMON_AS_WRITTEN`
    (طلب, جمع, فرصة, أكثر, مباشرة)."""
    if d.var[k] & (words["given"] | words["ambiguous"] | words["female"] | words["foreign"]):
        return False
    if d.pos[k] in ("X", "PROPN") or d.loose[k].endswith("ي"):
        return False  # (a family name in ـي alone: المهندس مدني, الشيخ القرني)
    if "enclitic" in d.t and str(d.t["enclitic"].iat[k]) in THIRD_SECOND_PERSON:
        return True
    if "proclitic" in d.t and str(d.t["proclitic"].iat[k])[:1] in ("ب", "ل", "ك"):
        return True
    token = remove_diacritics(str(d.t["token"].iat[k]))
    return bool(ARABIC_LETTER_RE.search(token)) and not _written_less_than(token, _COMMON_AS_WRITTEN)


#: A word general Arabic writes less often than this (per word, as written) is no everyday word
#: of the language: the family name after a foreign first name, whatever the analysers read in
#: it (بلاتيني 7e-7, توين 2e-6, باخ 1e-6; the verbs قرر 6e-5, أضاف 1.6e-5, يتولى 1.5e-5)
_RARE_AS_WRITTEN = 1e-5


#: A word read as a verb but written less often than this in general Arabic, without a clitic
#: before it, is a family name after a known first name (بارزاني 7.6e-7, دوغان 8.7e-7): the
#: verbs that follow a name in a sentence are written far more often (ناهز "was nearly", in
#: عمر ناهز "an age of nearly", 3.4e-6; يضيء 4.1e-6; قال 1e-3)
_RARE_VERB_AS_NAME = 1e-6


def _family_name_read_as_verb(d: DocWords, k: int) -> bool:
    """True when token ``k`` is read as a verb with no clitic before it (and no pronoun after
    it but ني "me", which no sentence about a named person puts there) and general Arabic
    writes it less than :data:`_RARE_VERB_AS_NAME`: a family name, not the verb after a name."""
    if k >= d.n or d.punct[k] or d.pos[k] != "VERB" or d.article(k):
        return False
    if "proclitic" in d.t and (str(d.t["proclitic"].iat[k]) or str(d.t["enclitic"].iat[k]) not in ("", "ني")):
        return False
    token = remove_diacritics(str(d.t["token"].iat[k]))
    if token[:1] in "يتن" and token.endswith(("ان", "ون", "وا", "ين")):
        return False  # (أحمد يصارعان: a dual or plural of the imperfect agrees with a subject)
    return _written_less_than(token, _RARE_VERB_AS_NAME)


def _written_less_than(token: str, frequency: float) -> bool:
    """An Arabic word (as written, without diacritics) that general Arabic writes less often than
    ``frequency`` per word (wordfreq)."""
    if not ARABIC_LETTER_RE.search(token):
        return False
    from wordfreq import word_frequency

    return word_frequency(token, "ar") < frequency


def _family_name_read_as_word(d: DocWords, k: int, words: dict) -> bool:
    """After a word the dictionary does not know: a noun the analysers read (دوغان as the dual
    of دوغ) with no clitic, no article, no feminine or accusative ending (لطمة, مدانا: a word of
    the sentence), which general Arabic writes less than :data:`_RARE_VERB_AS_NAME` — the
    second word of a foreign name (بختيار دوغان, ماورو زاراتي)."""
    if k >= d.n or d.punct[k] or d.article(k) or not _name_like_at(d, k) or d.loose[k] in words["heads"]:
        return False
    if d.pos[k] not in ("NOUN", "ADJ") or (
        "proclitic" in d.t and (str(d.t["proclitic"].iat[k]) or str(d.t["enclitic"].iat[k]))
    ):
        return False  # (ارسنال لطمه, افغان مواطنيهم: the sentence's next word)
    token = remove_diacritics(str(d.t["token"].iat[k]))
    return not token.endswith(("ا", "ة", "ه")) and _written_less_than(token, _RARE_VERB_AS_NAME)


def _family_name_written_alone(d: DocWords, k: int, words: dict) -> bool:
    """After a word the dictionary does not know: a word the analysers read as a noun in the
    accusative (موتا as موت "death"), with no clitic or article, that general Arabic writes less
    than :data:`_RARE_AS_WRITTEN` and the article writes twice more as a sentence's first word or
    right after a verb (تياغو موتا … وعبر موتا … ويريد موتا): the family name the article calls the
    man by, the subject of its sentences."""
    if k >= d.n or d.punct[k] or d.article(k) or not _name_like_at(d, k) or d.var[k] & words["heads"]:
        return False
    if d.pos[k] not in ("NOUN", "ADJ") or (
        "proclitic" in d.t and (str(d.t["proclitic"].iat[k]) or str(d.t["enclitic"].iat[k]))
    ):
        return False
    token = remove_diacritics(str(d.t["token"].iat[k]))
    if token.endswith(("ة", "ه")) or not _written_less_than(token, _RARE_AS_WRITTEN):
        return False  # (فضية, "silver": an adjective)
    alone = sum(
        1
        for x in range(d.n)
        if x != k
        and d.loose[x] == d.loose[k]
        and (x == 0 or d.pos[x - 1] == "VERB" or d.sent[x - 1] != d.sent[x])
    )
    return alone >= 2


def _sure_foreign_first(d: DocWords, k: int, words: dict) -> bool:
    """True when token ``k`` is a foreign first name of ``names.yaml`` that is no word of the
    language (ميشال, توماس, ريتشارد; not جو, بول, مارك: atmosphere, urine, brand)."""
    known = d.var[k] & words["given"]
    return bool(d.var[k] & words["foreign"]) and bool(known) and not known & words["ambiguous"]


def _family_noun(d: DocWords, k: int) -> bool:
    """True when the noun at ``k``, right after a known first name, can be the family name: no
    pronoun of the third or second person attached (هاري يده, ماتيو جمهورها: his hand, her
    audience). Frequency does not tell family names read as nouns from common nouns (لين, دين,
    عيد, علم, كيلو are names as often as words); occupations are kept out by the title test."""
    return "enclitic" not in d.t or str(d.t["enclitic"].iat[k]) not in THIRD_SECOND_PERSON


def _foreign_family_name(d: DocWords, k: int) -> bool:
    """True when token ``k``, right after a foreign first name, is its family name whatever the
    analysers read in it — names.yaml's promise for foreign first names. Foreign family names
    are read as a preposition on a word (بلاتيني: ب + لاتيني "Latin"), as verbs (توين, باخ,
    فليشر) or as a word and a pronoun; what tells them from the words of the language is that
    general Arabic rarely writes them (:data:`_RARE_AS_WRITTEN`, as written). Not a word with
    the article, a function word, a number or punctuation, nor ب/ل/ك on a common word
    (:func:`_preposition_rest`: ديفيد بزيارة …), و/ف on one (ميدي كير وشركات), or a word
    the analysers read with both a clitic before it and a pronoun after it (هيلاري لاعتقادهم)."""
    if k >= d.n or d.punct[k] or d.article(k) or not _name_like_at(d, k) or d.pos[k] in ("X", "PROPN"):
        return False  # (a word no analyser knows is a name by the usual rules)
    token = remove_diacritics(str(d.t["token"].iat[k]))
    if not ARABIC_LETTER_RE.search(token):
        return False
    if token[:1] in "وفبلك" and len(token) > 3 and _preposition_rest(token, token[1:]):
        return False
    if (
        "proclitic" in d.t
        and str(d.t["proclitic"].iat[k])
        and str(d.t["enclitic"].iat[k]) in THIRD_SECOND_PERSON
    ):
        return False
    return _written_less_than(token, _RARE_AS_WRITTEN)


def _ambiguous_before_family_name(
    d: DocWords, k: int, words: dict, taken: np.ndarray, and_ok: bool = False
) -> bool:
    """True when the word at ``k``, with no clitic of its own, is a first name that is also a
    word (سعيد "happy", ناصر "supporter", صالح) and the next word of the sentence is a family
    name with the article: one the dictionary does not know or a nisba (الغامدي, الدوسري), not
    an everyday word nor a common nisba adjective (:func:`_common_nisba`: خالد الدولي in مطار
    الملك خالد الدولي is no one). After an office that is a name (مدير تعليم الباحة سعيد الغامدي, رئيس بلدية
    الخبر ناصر الدوسري); the word alone after an office is not (رئيس الوزراء صالح للعمل).
    With ``and_ok``, و may be on it (القحطاني وماجد الشهري)."""
    nxt = k + 1
    return (
        bool(d.var[k] & words["ambiguous"])
        and "proclitic" in d.t
        and str(d.t["proclitic"].iat[k]) in (("", "و") if and_ok else ("",))
        and str(d.t["enclitic"].iat[k]) in ("", "ني")  # (أماني read as أمن + ني, "made me safe")
        and nxt < d.n
        and d.same_sentence(k, nxt)
        and not taken[nxt]
        and not d.punct[nxt]
        and d.article(nxt)
        and (d.pos[nxt] in ("X", "PROPN") or d.loose[nxt].endswith("ي") and not _common_nisba(d.loose[nxt]))
        and not _everyday(d.loose[nxt])
    )


def _rare_before_family_name(d: DocWords, k: int, words: dict, taken: np.ndarray) -> bool:
    """A word general Arabic seldom writes (under 1e-5 per word), without the article or a
    pronoun and not a verb, right before a family name in ي with the article that is no everyday
    word nor a common nisba: a first name the lists lack, after an office (رئيس البعثة بتال
    العتيبي, مدير الفرع فلاح الشمري)."""
    nxt = k + 1
    # (a clitic the analysers read off is let be: بتال is read ب + تال; the word as written is rare)
    return (
        "enclitic" in d.t
        and not str(d.t["enclitic"].iat[k])
        and not d.article(k)
        and not d.loose[k].startswith(("وال", "بال", "لل", "فال", "كال"))
        and d.pos[k] in ("NOUN", "ADJ")
        and _written_less_than(str(d.t["token"].iat[k]), 1e-5)
        and nxt < d.n
        and d.same_sentence(k, nxt)
        and not taken[nxt]
        and d.article(nxt)
        and d.loose[nxt].endswith("ي")
        and not _common_nisba(d.loose[nxt])
        and not _everyday(d.loose[nxt])
    )


def _common_nisba(w: str) -> bool:
    """A definite nisba general Arabic writes ≥ 50 times per million, an adjective rather than a
    family name: الدولي, العربي, السعودي, العراقي, الأهلي (63 to 407 per million in wordfreq);
    family names are written less (المالكي 23, الحربي 27, الشمري 11, الغامدي 4.6)."""
    from wordfreq import word_frequency

    return word_frequency(w, "ar") >= 5e-5


def _common_after_preposition(d: DocWords, k: int) -> bool:
    """True when token ``k`` without its first letter (ب, ك, ل; لل read as ل + ال) is a word
    general Arabic writes ≥ 10 times per million (الرياض, الإسكندرية, الدمام), not a rare one
    (الحصا, العيس: family names written بالحصا, بالعيس)."""
    from wordfreq import word_frequency

    token = str(d.t["token"].iat[k])
    rest = "ال" + token[2:] if d.loose[k].startswith("لل") else token[1:]
    return word_frequency(rest, "ar") >= 1e-5


def _not_a_name_start(d: DocWords, k: int, words: dict) -> bool:
    """After الفريق/الرائد/العميد: whether the word at ``k`` cannot start a name. A known first
    name or a word the dictionary does not know can; another word only when a second name
    word follows it (لاعبو الفريق تدريباتهم, الفريق للقيام, الفريق الأول, ولعب الفريق تقسيمة
    على are not people; الفريق مهاب مميش is one)."""
    if d.var[k] & (words["given"] | words["ambiguous"]) or d.pos[k] in ("X", "PROPN"):
        return False
    # any other word of the language starts a name only with a second name word after it
    # (الفريق مهاب مميش, العميد فضل حسن), not on its own (ولعب الفريق تقسيمة على …, العميد
    # سرحان خلال …), nor as a verb, with a clitic or the article, nor as an everyday word
    w = d.loose[k]
    enclitic = "enclitic" in d.t and str(d.t["enclitic"].iat[k])
    if (
        d.pos[k] == "VERB"
        or enclitic
        or (len(d.var[k]) > 1 and w[:1] in "بلكوف")
        or w.startswith("ال")
        or _everyday(w)
    ):
        return True
    nxt = k + 1
    if nxt >= d.n or not d.same_sentence(k, nxt) or d.punct[nxt] or d.maqsura_prep[nxt]:
        return True
    w2 = d.loose[nxt]
    if d.var[nxt] & (words["given"] | words["ambiguous"]) or d.pos[nxt] in ("X", "PROPN"):
        return False
    if not _name_like_at(d, nxt) or d.pos[nxt] == "VERB" or (len(d.var[nxt]) > 1 and w2[:1] in "بلكوف"):
        return True
    if w2.startswith("ال"):  # a family name with the article is a nisba (الزبيدي), not الصفوف
        return not w2.endswith("ي") or _everyday(w2)
    return _everyday(w2)


#: The second word of compound first names (نصر الله, علاء الدين, عبد الرحمن): common words
#: of the language, but part of the name.
_NAME_SECONDS = {loose(w) for w in "الله الدين الرحمن الإسلام الحق العابدين".split()}
#: عبد, the first half of the compound names عبد الله, عبد الرحمن, عبد العزيز …
_ABD = loose("عبد")
_AL = loose("آل")
_SON_OF = {loose(w) for w in ("بن", "بنت", "ابن")}
#: "Son of", "father of" opening a name (ابن خلدون, أبو مازن), as written without a clitic.
_KUNYA = {loose(w) for w in ("ابن", "أبو", "ابو")}
_KUNYA_OBLIQUE = {loose(w) for w in ("أبي", "أبا")}
_ADAM = loose("آدم")
_BIN_IBN = {loose(w) for w in ("بن", "ابن")}
_SURA = {loose(w) for w in ("سورة", "سوره")}
#: A region's or a city's directorate named by its service (صحة تبوك, تعليم جدة, مرور الشرقية):
#: with و, ب or ل on it too (بصحة الطائف, لتعليم جدة).
_SERVICE_NAMES = {loose(w) for w in ("صحة", "تعليم", "مرور", "جوازات")}
_LOCAL_SERVICES = {p + w for w in _SERVICE_NAMES for p in ("", "و", "ب", "ل", "وب", "ول")}
_REGION_WORDS = {loose(w) for w in ("المنطقة", "منطقة", "محافظة", "المحافظة")}
#: Regions named by their adjective alone (مرور الشرقية: the Eastern Province's).
_REGION_ADJECTIVES = {loose(w) for w in ("الشرقية", "الشمالية", "الجنوبية", "الغربية", "الوسطى")}


def _local_place_end(d: DocWords, k: int, taken: np.ndarray) -> int | None:
    """The last word of the place after a service's name at ``k``: a city of places.tsv (جدة,
    تبوك), a region by its adjective (الشرقية), or منطقة/محافظة and its name (منطقة مكة
    المكرمة, المنطقة الشرقية); else None."""
    if k >= d.n or taken[k] or d.punct[k] or not d.same_sentence(k - 1, k):
        return None
    w = d.loose[k]
    if w in _REGION_WORDS:
        if k + 1 >= d.n or taken[k + 1] or d.punct[k + 1] or not _name_like_at(d, k + 1):
            return None
        e = k + 1
        if e + 1 < d.n and not taken[e + 1] and d.loose[e + 1] in _HOLY_EPITHETS:
            e += 1  # مكة المكرمة, المدينة المنورة
        return e
    if w in _REGION_ADJECTIVES or (len(d.var[k]) == 1 and d.var[k] & _city_words()):
        return k
    return None


_HOLY_EPITHETS = {loose(w) for w in ("المكرمة", "المنورة")}


def _family_named(d: DocWords, i: int, words: dict, taken: np.ndarray, reporting: set[str]) -> bool:
    """آل at ``i`` and a family's name after it, in no person's name (آل المليص, أسرة آل الشيخ;
    not سورة آل عمران, a chapter of the Quran, nor the house of a man named before it)."""
    if (
        remove_diacritics(d.tokens[i]) not in ("آل", "ال")
        or i + 1 >= d.n
        or not d.same_sentence(i, i + 1)
        or taken[i + 1]
    ):
        return False  # (not the article written apart, الـ Flaperon)
    if d.punct[i + 1] or not ARABIC_LETTER_RE.search(d.tokens[i + 1]):
        return False
    if (
        d.column("enclitic")[i + 1]
        or (d.column("proclitic")[i + 1].replace("ال", "") and not _written_less_than(d.tokens[i + 1], 6e-6))
        or d.var[i + 1] & words["foreign"]
    ):
        return False  # لم يلبث أن آل بتصورها ("ended up"); آل جيمس, Al James (آل بغاش is a name)
    if i > 0 and d.same_sentence(i - 1, i) and not d.punct[i - 1]:
        prev = d.loose[i - 1]
        if (
            prev in _SURA
            or d.var[i - 1] & (words["given"] | words["links"])
            or _compound_given(prev)  # عبدالباري آل عبدالله: his house
            or d.var[i - 1] & words["person_heads"]
            or prev == _DR
            or d.pos[i - 1] in ("X", "PROPN")
            or (i > 1 and d.loose[i - 2] in _SON_OF)  # سياف بن عامر آل مطر: his house
            or _after_place_word(d, i, words)
            or taken[i - 1]
        ):
            # (مطار آل مكتوم, قرية آل نعمة: a place named after the family; الدكتور آل عمرو,
            # د. آل عمرو: a man by his family's name)
            return False
    if _earlier_in_a_name(d, i, words):
        return False  # محمد بن عبدالله آل عمرو … وقال آل عمرو: him
    if (
        i > 0
        and d.same_sentence(i - 1, i)
        and not d.punct[i - 1]
        and not d.var[i - 1] & (_FAMILY_NOUNS | reporting)
    ):
        # a word after a title may be a first name (الناشطة الاجتماعية عالية آل فريد: hers; not
        # after a verb or a family's noun: وعبر آل المليص, أسرة آل الشيخ)
        for x in range(i - 2, max(-1, i - 5), -1):
            if not d.same_sentence(x, i) or d.punct[x]:
                break
            if d.var[x] & words["person_heads"] or d.var[x] & _first_name_words(words):
                return False
    if i + 2 < d.n and d.same_sentence(i, i + 2) and d.loose[i + 2] in _INTERNATIONAL:
        return False  # مطار دبي ورلد سنترال-آل مكتوم الدولي
    return _name_like_at(d, i + 1) and d.pos[i + 1] != "VERB"


_INTERNATIONAL = {loose(w) for w in ("الدولي", "الدولية")}
_DR = loose("د.")


def _first_name_words(words: dict) -> set[str]:
    """Known first names, men's and women's (names.yaml's given, ambiguous and female lists)."""
    return words["given"] | words["ambiguous"] | words["female"]


_FAMILY_NOUNS = {
    loose(w) for w in "أسرة الأسرة عائلة العائلة قبيلة القبيلة أبناء ذوي ذوو أفراد رأس بيت".split()
}


def _compound_given(w: str) -> bool:
    """عبدالمنعم, عبدالرحمن: a first name of عبد + a divine name, written as one word."""
    return w.startswith("عبد") and len(w) > 5 and (w.startswith("عبدال") or not w.startswith("عبدا"))


def _earlier_in_a_name(d: DocWords, i: int, words: dict) -> bool:
    """The two words at ``i`` (آل عمرو, أبو زهري) stood earlier in the article right after a
    name word (محمد بن عبدالله آل عمرو, سامي أبو زهري): a man's name, whom they name again."""
    a, b = d.loose[i], d.loose[i + 1] if i + 1 < d.n else ""
    firsts = _BIN_IBN if a in _BIN_IBN else {a}  # (حسين بن فردان … ابن فردان: him)
    for x in range(1, i):
        if (
            d.loose[x] in firsts
            and x + 1 < d.n
            and d.loose[x + 1] == b
            and not d.punct[x - 1]
            and d.same_sentence(x - 1, x)
        ):
            if (
                d.var[x - 1] & (words["given"] | words["ambiguous"] | words["links"])
                or d.pos[x - 1] in ("X", "PROPN")
                or _nisba_like(d.loose[x - 1])
            ):
                return True
    return False


#: Places and settlements named after a person or a family (قرية آل نعمة, حي أبو مرخة, بئر ابن
#: هرماس, محطة أبو رشيد), besides names.yaml's place heads.
_SETTLEMENTS = {loose(w) for w in "قرية بلدة هجرة بئر محطة وادي محافظة مركز حي قصر".split()}


def _after_place_word(d: DocWords, i: int, words: dict) -> bool:
    """The word before ``i`` heads a place's name (مطار, شارع, قرية, حي, بئر …)."""
    return (
        i > 0
        and d.same_sentence(i - 1, i)
        and not d.punct[i - 1]
        and bool(d.var[i - 1] & (words["place_heads"] | words["naming_heads"] | _SETTLEMENTS))
    )


_AL_ABD = loose("العبد")
#: The divine names after عبد in first names (عبد الله, عبد الرحمن, عبد العزيز …)
_DIVINE_NAMES = {
    loose(w)
    for w in (
        "الله الرحمن الرحيم العزيز الملك الكريم المجيد الحميد اللطيف السلام الوهاب القادر "
        "الهادي المهدي الإله الرزاق الواحد الحليم الستار الجبار الرؤوف المطلب الحي العال "
        "المحسن المنعم الحكيم الباسط الخالق الغني الناصر الجليل الفتاح المعين الحافظ القدوس "
        "الصمد الودود النور البديع المؤمن الأمير"
    ).split()
}


@lru_cache(maxsize=100_000)
def _feminine_adjective(w: str) -> bool:
    """A definite feminine nisba (loose form: العالميه, الانسانيه) whose masculine is a common
    word (العالمي): an adjective agreeing with a feminine noun, not a family name (العطيه is
    one: العطي is no common word)."""

    if len(w) <= 5 or not w.endswith("يه"):
        return False
    m = w[:-1]
    return max(_written_frequency(x) for x in _spellings(m)) >= 2e-5  # (hamza folded)


@lru_cache(maxsize=100_000)
def _everyday(w: str) -> bool:
    """A definite word as common as the everyday nouns of news (الهدف, الحكومة; wordfreq ≥
    1e-4), not a nisba (الحربي): not a family name after a first name. ``w`` may be a loose
    form: its ه read as ة and its alef as أ or إ too (المجموعه, الاسبوع are written المجموعة,
    الأسبوع)."""
    if w.endswith("ي") or w in _NAME_SECONDS:
        return False
    return max(_written_frequency(v) for v in _spellings(w)) >= 1e-4


def _spellings(w: str) -> list[str]:
    """A loose form and the spellings it stands for: final ه as ة, ا after the article as أ/إ."""
    out = [w]
    if w.endswith("ه"):
        out.append(w[:-1] + "ة")
    if w.startswith("الا"):
        out += [x[:2] + h + x[3:] for x in list(out) for h in ("أ", "إ")]
    return out


def _written_frequency(w: str) -> float:
    from wordfreq import word_frequency

    return word_frequency(w, "ar")


def _preposition_on_word(d: DocWords, k: int, words: dict) -> bool:
    """True when token ``k`` is ب, ل or ك on a common word, and so cannot open a person's
    name (لأحد أقاربه after القاضي, بمستوى الخدمات after السفير الألماني, لارتفاع أسعار الخام):
    general Arabic writes the word without the letter at least 10 times per million words and 5
    times as often as with it. Written forms are compared, not analyses: بترو (Petro
    Poroshenko) stays a name although the analysers read it ب + تروي, since ترو is rare; first
    names of the lists (ليلى, لبنى, كمال, بشار) always can open one."""
    w = d.loose[k]
    if w[:1] not in "بلك" or len(w) < 4 or d.var[k] & (words["given"] | words["ambiguous"] | words["female"]):
        return False
    token = str(d.t["token"].iat[k])
    rest = "ال" + token[2:] if w.startswith("لل") else token[1:]
    return _preposition_rest(token, rest)


@lru_cache(maxsize=100_000)
def _preposition_rest(token: str, rest: str) -> bool:
    from wordfreq import word_frequency

    r = word_frequency(rest, "ar")
    return r >= 1e-5 and r >= 5 * word_frequency(token, "ar")


@dataclass
class _Found:
    first: int
    last: int
    actor: str
    alias: str
    type: str
    kind: str
    role: str | None = None


def _construct_link(d: DocWords, k: int, words: dict, taken: np.ndarray) -> bool:
    """True when the word at ``k`` is an indefinite noun in construct inside an office's name:
    a noun without clitics before a definite word of the same sentence (مدير تعليم الباحة,
    رئيس بلدية الخبر, أمين عام مجلس التعاون), so the name after the office is looked for after
    the whole chain (مدير تعليم الباحة سعيد الغامدي), not after its first word. A first name is
    no link (سعيد الغامدي is the name the chain leads to)."""
    return (
        k + 1 < d.n
        and d.pos[k] == "NOUN"
        and not d.var[k] & (words["given"] | words["ambiguous"])
        and not d.punct[k]
        and "proclitic" in d.t
        and not str(d.t["proclitic"].iat[k])
        and not str(d.t["enclitic"].iat[k])
        and d.same_sentence(k, k + 1)
        and not taken[k + 1]
        and d.loose[k + 1].startswith("ال")
        and d.loose[k + 1] not in _BOUNDARY
    )


def _body_after_lam(d: DocWords, k: int, words: dict, taken: np.ndarray) -> bool:
    """True when the word at ``k`` is ل + an organisation's head without the article (لبلدية,
    لشركة, لهيئة) and the next word of the sentence names it (تنومة, الخرج): no first name (the
    person's), no punctuation."""
    if k + 1 >= d.n:  # a title that ends the document (… وقال المتحدث الرسمي)
        return False
    w = d.loose[k]
    if not w.startswith("ل") or w.startswith("لل") or taken[k + 1] or taken[k]:
        return False
    if not d.var[k] & _ORG_HEAD_WORDS():
        return False
    nxt = k + 1
    return (
        d.same_sentence(k, nxt)
        and not d.var[nxt] & (words["given"] | words["ambiguous"] | words["links"])
        and _name_like_at(d, nxt)
    )


@lru_cache(maxsize=1)
def _ORG_HEAD_WORDS() -> frozenset[str]:  # noqa: N802 (a constant, built once)
    """The one-word heads of organisations in names.yaml without the article (بلدية, شركة)."""
    return frozenset(p[0] for p in name_words()["org_heads"] if len(p) == 1 and not p[0].startswith("ال"))


def _nisba_title(d: DocWords, i: int, words: dict) -> bool:
    """A place's adjective standing alone before a name, as a title (a weak one: the name must
    look like one): يسعى الفرنسي أرسين فينجر, البرازيلي زيكو والأرجنتيني دييجو مارادونا. Masculine,
    definite, and not right after a definite word of its sentence, which it would qualify (الجيش
    السوري, المرصد السوري رامي عبد الرحمن: the body, then its head's name), nor, without و, right
    after a name (نادي روما الإيطالي وويستهام الإنجليزي: the club's adjective)."""
    if not any(not v.endswith("ه") for v in d.var[i] & words["nisba"]):
        return False
    if i == 0 or not d.same_sentence(i - 1, i) or d.punct[i - 1]:
        return True
    if d.loose[i - 1].startswith(("ال", "وال", "فال", "بال", "كال", "لل")):
        return False
    return not (d.pos[i - 1] in ("X", "PROPN") and not d.loose[i].startswith("و"))


#: Heads of a firm named after its founder (شركة عبدالرحمن سعد الراشد للحراسات الأمنية).
_FIRM_HEADS = {loose(w) for w in ("شركة", "مؤسسة", "مجموعة")}
#: What follows a founder's name in a family firm's (… وإخوانه, … وأولاده, … وشركاه).
_FAMILY_FIRM = {loose(w) for w in ("وإخوانه", "وأولاده", "وشركاه", "وأبناؤه", "وأبنائه", "وأبناءه")}


def _firm_end(d: DocWords, a: int, b: int, taken: np.ndarray, words: dict) -> int | None:
    """End of a firm's name when the person's name ``a``…``b`` follows an indefinite firm's head
    and a field after لل or وإخوانه / وأولاده follows it (شركة عبدالرحمن سعد الراشد للحراسات
    الأمنية الخاصة, مؤسسة صالح العلي وأولاده للتجارة): the firm, not the man — not مؤسسة محمد
    بن سلمان alone, which news writes for the man's foundation as often as for him."""
    h, x = a - 1, b + 1
    if h < 0 or taken[h] or d.article(h) or not d.var[h] & _FIRM_HEADS or not d.same_sentence(h, a):
        return None
    if x >= d.n or taken[x] or d.punct[x] or not d.same_sentence(a, x):
        return None
    if d.loose[x] in _FAMILY_FIRM:
        if x + 1 < d.n and d.same_sentence(x, x + 1) and not taken[x + 1] and d.loose[x + 1].startswith("لل"):
            x += 1
        else:
            return x
    elif not (d.loose[x].startswith("لل") and len(d.loose[x]) > 4):
        return None
    return _field_end(d, a, x, taken, words)


def _field_end(d: DocWords, a: int, x: int, taken: np.ndarray, words: dict) -> int:
    """End of a field after لل at ``x`` in the name that starts at ``a``: up to three definite
    words or words after و with the article more (للحراسات الأمنية الخاصة, للتجارة والمقاولات,
    للعلوم والتقنية, للطاقة الذرية والمتجددة) — not a function word (التي), a head (a title, a
    body), nor a plural of people (الراغبين: whom the firm receives)."""
    e = x
    while (
        e + 1 < d.n
        and e - x < 3
        and d.same_sentence(a, e + 1)
        and not taken[e + 1]
        and not d.punct[e + 1]
        and (d.loose[e + 1].startswith("وال") or d.article(e + 1))
        and d.pos[e + 1] != "FUNC"
        and d.loose[e + 1] not in _BOUNDARY
        and not d.var[e + 1] & words["heads"]
        and not (d.loose[e + 1].endswith(("ين", "ون")) and not d.loose[e + 1].endswith(("يين", "يون")))
    ):
        e += 1
    return e


_CITY_OF = {loose("مدينة")}
_KING_PRINCE = {loose(w) for w in ("الملك", "الأمير")}
#: A royal city's field or kind that makes it an institution (مدينة الملك فهد الطبية).
_INSTITUTION_KINDS = {loose(w) for w in ("الطبية", "الجامعية")}


def _royal_city_end(d: DocWords, i: int, words: dict, taken: np.ndarray) -> int | None:
    """End of an institution named a royal "city" at ``i`` (مدينة الملك عبدالعزيز للعلوم
    والتقنية, مدينة الملك عبدالله للطاقة الذرية والمتجددة, مدينة الملك فهد الطبية): مدينة, الملك
    or الأمير, his name, then a field after لل or الطبية / الجامعية — not a city or a district
    so named (مدينة الملك عبدالله الاقتصادية, a town being built)."""
    if i + 3 >= d.n or d.loose[i + 1] not in _KING_PRINCE or taken[i + 1 : i + 3].any():
        return None
    names = words["given"] | words["ambiguous"] | words["links"]
    j = i + 1
    while (
        j + 1 < d.n
        and j - i < 8
        and d.same_sentence(i, j + 1)
        and not taken[j + 1]
        and (d.var[j + 1] & names or d.loose[j + 1] in _DIVINE_NAMES or d.loose[j + 1] == _ABD)
    ):
        j += 1
    x = j + 1
    if j == i + 1 or x >= d.n or taken[x] or not d.same_sentence(i, x):
        return None
    if not ((d.loose[x].startswith("لل") and len(d.loose[x]) > 4) or d.loose[x] in _INSTITUTION_KINDS):
        return None
    return _field_end(d, i, x, taken, words)


#: Degrees and studies: after them, في + a head word is a field (الماجستير في إدارة الأعمال).
_DEGREES = {
    loose(w)
    for w in "الماجستير ماجستير الدكتوراه دكتوراه البكالوريوس بكالوريوس الدبلوم دبلوم تخصص التخصص متخصص".split()
}


def _field_of_study(d: DocWords, i: int) -> bool:
    """Whether the head word at ``i`` (إدارة, علوم …) follows في after a degree within three
    words (حصل على درجة الماجستير في إدارة الأعمال, الدكتوراه في إدارة الموارد البشرية)."""
    if i == 0 or d.loose[i - 1] != "في" or not d.same_sentence(i - 1, i):
        return False
    return any(d.var[x] & _DEGREES for x in range(max(0, i - 4), i - 1) if d.same_sentence(x, i))


def _in_a_city(d: DocWords, k: int, i: int, taken: np.ndarray) -> bool:
    """Whether the word at ``k`` is ب and a city's name (بينبع, بالجبيل), in the sentence of ``i``."""
    if k >= d.n or taken[k] or d.punct[k] or not d.same_sentence(i, k) or "proclitic" not in d.t:
        return False
    if not str(d.t["proclitic"].iat[k]).startswith("ب"):
        return False
    return d.pos[k] == "PROPN" or bool(d.var[k] & _city_words())


def _discover_in(
    d: DocWords,
    taken: np.ndarray,
    words: dict,
    reporting: set[str],
    absorbed: set[int] | None = None,
    text: str = "",
) -> list[_Found]:
    """Persons after titles, offices and first names; organisations by their head noun.
    Positions of earlier mentions that an organisation's name takes in are added to
    ``absorbed``."""
    titles = phrase_index(words["titles"])
    offices = phrase_index(words["office_heads"])
    orgs = phrase_index(words["org_heads"])
    found = _quoted_organisations(d, taken, text) + _aged_persons(d, taken, words)
    for f in found:
        taken[f.first : f.last + 1] = True
    absorbed = set() if absorbed is None else absorbed
    found += _clubs(d, taken, words, absorbed)
    found += _national_teams(d, taken, words)
    i = 0
    while i < d.n:
        if taken[i] or d.punct[i]:
            i += 1
            continue
        hit = None
        resume = None  # where to look on after a hit, when not right after it
        t = _longest_at(d, i, titles)
        o = _longest_at(d, i, offices)
        if t is None and o is None and _nisba_title(d, i, words):
            t = (i, (d.loose[i],))
        if o is not None:
            # an office: its definite complements, then the name (وزير الخارجية السعودي عادل الجبير)
            j, named, reach = o[0], False, 5
            while j + 1 < d.n and d.same_sentence(i, j + 1) and j - o[0] < reach and not taken[j + 1]:
                if d.loose[j] in _SUPERVISING and d.loose[j + 1] in _OVER and reach == 5:
                    # عضو مجلس الإدارة المشرف على العلاقات العامة والإعلام كمال خليفة: what he
                    # oversees, then his name
                    j, reach = j + 1, 9
                    continue
                if (
                    reach > 5
                    and d.loose[j + 1].startswith("وال")
                    and len(d.loose[j + 1]) > 4
                    and d.loose[j + 1][1:] not in _BOUNDARY
                ):
                    j += 1  # … العلاقات العامة والإعلام: what he oversees goes on after و
                    continue
                if resume is not None and d.loose[j + 1] in _ROYAL:
                    # مدير مستشفى الملك فهد خالد الشهري: the institution is named after the king,
                    # and the name after الملك is his (the title's own rule takes it from there)
                    named = True
                    break
                if d.loose[j + 1].startswith(("ال", "لل", "بال")) and d.loose[j + 1] not in _BOUNDARY:
                    j += 1
                elif _construct_link(d, j + 1, words, taken):
                    j += 1
                    # (the chain may hold an organisation, رئيس بلدية الخبر ناصر الدوسري: it is
                    # looked for once the person is found)
                    resume = i + 1
                elif _body_after_lam(d, j + 1, words, taken):
                    # المتحدث الرسمي لبلدية تنومة نادر الشهري: the body the office serves, after
                    # ل, and the word that names it (looked for as an organisation afterwards)
                    j += 2
                    resume = i + 1
                else:
                    break
            e = None if named else _name_after(d, j + 1, words, "weak", taken)
            if e is not None and not taken[j + 1 : e + 1].any():
                hit = _Found(j + 1, e, "", "", "person", "discovered")
            else:
                resume = None
        if (
            hit is None
            and t is not None
            and i > 0
            and d.sent[i - 1] == d.sent[i]
            and d.var[i - 1] & words["place_heads"]
        ):
            # جامع الإمام تركي بن عبدالله, مدرسة الإمام مسلم: a place named after a person — the
            # title and the name are part of the place's name, and no one's (not مكتب السفير
            # محمد …: the office of a person)
            e = _name_after(d, t[0] + 1, words, "strong", taken)
            if e is not None and not taken[t[0] + 1 : e + 1].any():
                hit = _named_institution(d, i, e, taken)
                if hit is None:
                    i = e + 1
                    continue
            t = None
        if (
            t is not None
            and len(t[1]) == 2
            and t[1][1] == "."
            and i > 0
            and any(c.isdigit() for c in d.tokens[i - 1])
        ):
            t = None  # عام ٢٠٠٤م. انتخب: after a year, م. is the era (ميلادية), no engineer
        if hit is None and t is not None:
            mode = "strong" if t[1] in words["honorifics"] else "weak"
            k0 = t[0] + 1
            if k0 + 1 < d.n and d.loose[k0] == "/" and d.same_sentence(k0, k0 + 1):
                k0 += 1  # الأستاذ/ فهد العتيبي, الشيخ / محمد السبر: the papers' slash
            bracket = _BRACKETS.get(d.tokens[k0]) if k0 + 1 < d.n and d.sent[k0 + 1] == d.sent[i] else None
            if bracket is not None:
                k0 += 1  # الأمير (خالد الفيصل), الملك (سلمان): the name in brackets or quotes
            while (
                k0 < d.n
                and k0 - t[0] <= 3
                and not d.punct[k0]
                and (
                    d.loose[k0] in words["nisba"]
                    or d.loose[k0] in _QUALIFIERS
                    or (
                        d.loose[k0] in _RANK_QUALIFIERS
                        and (k0 == t[0] + 1 or d.loose[k0 - 1] in _RANK_QUALIFIERS)
                    )
                )
            ):
                # الدكتور العراقي سيار الجميل, المدرب الإيطالي المخضرم كلاوديو رانييري, العقيد ركن
                # نبيل العايد, اللواء الركن طيار …
                k0 += 1
            if mode == "weak" and _body_after_lam(d, k0, words, taken):
                k0 += 2  # المتحدث الرسمي لبلدية تنومة نادر الشهري: the body, then the name
                resume = i + 1
            everyday = t[1] in _EVERYDAY_HONORIFICS and (k0 >= d.n or _not_a_name_start(d, k0, words))
            e = None if everyday else _name_after(d, k0, words, mode, taken)
            if bracket is not None and e is not None and not (e + 1 < d.n and d.tokens[e + 1] in bracket):
                e = None  # (the whole name closes the bracket: الأمير (خالد) الفيصل is not a name)
            if e is not None and not taken[k0 : e + 1].any():
                hit = _Found(k0, e, "", "", "person", "discovered")
        if (
            hit is None
            and (
                d.loose[i] in _KUNYA
                # أبي حمزة المهاجر, أبا بكر: the kunya after a preposition or as an object — before
                # a known first name only (أبي alone is "my father")
                or (
                    d.loose[i] in _KUNYA_OBLIQUE
                    and i + 1 < d.n
                    and d.var[i + 1] & words["given"]
                    and not (i > 0 and d.loose[i - 1] in _SON_OF)  # زهير بن أبي سلمى: his father's
                )
            )
            and i + 1 < d.n
            and d.same_sentence(i, i + 1)
            and not _after_place_word(d, i, words)
            and not _earlier_in_a_name(d, i, words)
        ):
            # ابن خلدون, أبو مازن, أبو محمد الجولاني, ابن عبد ربه الأندلسي: "son of" or "father
            # of" and a name (not ابن الشهيد, "the martyr's son": a common word with the article)
            e = _name_after(d, i + 1, words, "weak", taken)
            if (
                e is None
                and not taken[i + 1]
                and not d.punct[i + 1]
                and not d.article(i + 1)
                and not d.column("enclitic")[i + 1]
                and (
                    d.var[i + 1] & (words["given"] | words["ambiguous"])
                    or d.pos[i + 1] in ("X", "PROPN")
                    or _written_less_than(d.tokens[i + 1], 6e-6)
                )
            ):
                e = i + 1  # أبو مازن, ابن خلدون, أبو هريرة: one name (not ابن عمه, his cousin)
            if e == i + 1 and d.loose[i + 1] == _ADAM:
                e = None  # كل ابن آدم: every human being
            if e is None and d.loose[i + 1] == _ABD and i + 2 < d.n and _name_like_at(d, i + 2):
                e = i + 2  # ابن عبد ربه: عبد and the name of God it takes
                if (
                    e + 1 < d.n
                    and d.same_sentence(i, e + 1)
                    and _nisba_like(d.loose[e + 1])
                    and not taken[e + 1]
                ):
                    e += 1
            if e is not None and not taken[i + 1 : e + 1].any():
                hit = _Found(i, e, "", "", "person", "discovered")
        if hit is None:
            v = d.var[i]
            given = v & (words["given"] | words["ambiguous"])
            if (
                not given
                and d.loose[i] == _ABD
                and i + 2 < d.n
                and d.same_sentence(i, i + 2)
                and d.loose[i + 1] in _DIVINE_NAMES
            ):
                # عبد الله السواط, عبد الرحمن الراشد: a compound first name written in two words
                # (the lists hold one word per name; عبدالله written as one is among them)
                given = frozenset({_ABD})
            after_verb = i > 0 and d.var[i - 1] & reporting
            nxt_name = (
                i + 1 < d.n
                and (d.var[i + 1] & (words["given"] | words["links"]) or d.pos[i + 1] in ("X", "PROPN"))
                and not d.punct[i + 1]
                and not d.maqsura_prep[i + 1]  # يزيد على "exceeds", not يزيد علي
            )
            if (
                given
                and d.loose[i] in words["female"]
                and "enclitic" in d.t
                and str(d.t["enclitic"].iat[i]) == "ه"
                and d.loose[i].endswith("ه")
            ):
                given = frozenset()  # إدارة ناديه ("his club"), not نادية
            if given and i > 0 and d.loose[i - 1] == _AL and d.sent[i - 1] == d.sent[i]:
                # مطار … آل مكتوم الدولي, آل خليفة: after آل ("the house of") a first name is the
                # family's name, and the words after it are not a man's
                given = frozenset()
            if given and i > 0 and d.sent[i - 1] == d.sent[i] and d.var[i - 1] & words["place_heads"]:
                # إستاد محمد بن زايد, شارع محمد بن سعود: the place's name, no one's
                e = _name_after(d, i, words, "given", taken)
                if e is not None and e > i:
                    hit = _named_institution(d, i, e, taken)
                    if hit is None:
                        i = e + 1
                        continue
                    given = frozenset()
            after_nisba = (
                i > 0
                and d.sent[i - 1] == d.sent[i]
                and d.loose[i - 1] in words["nisba"]
                and _ambiguous_before_family_name(d, i, words, taken)
            )  # المصممة السعودية أماني الصوفي: a state's adjective, the first name, the family's
            # (or a family name with the article that is no word of the language nor a common
            # nisba right after it: خالد الدوسري, فهد العتيبي, صالح القرني — a name that is also a
            # word, "eternal", "lynx", "valid", needs no title before such a family name)
            family_next = bool(given & words["ambiguous"]) and _ambiguous_before_family_name(
                d, i, words, taken, and_ok=True
            )
            if given and (
                not (given & words["ambiguous"]) or after_verb or nxt_name or after_nisba or family_next
            ):
                e = _name_after(d, i, words, "given_verb" if after_verb else "given", taken)
                if e is not None and e > i:
                    hit = _Found(i, e, "", "", "person", "discovered")
                    if _first_name_before_bin(d, i, taken):
                        hit.first = i - 2  # سياف بن عامر آل مطر: the man is سياف, son of عامر
        if (
            hit is None
            and i + 2 < d.n
            and d.loose[i + 1] in _FOREIGN_LINKS
            # (a town's name too: انخل is also a Syrian town's, which the word list reads first)
            and (_unknown_name(d, i, words, b_ok=True) or (len(d.var[i]) == 1 and d.var[i] & _city_words()))
            and (_unknown_name(d, i + 2, words) or d.var[i + 2] & (words["given"] | words["foreign"]))
            and d.same_sentence(i, i + 2)
            and not taken[i + 1 : i + 3].any()
        ):
            # انخل دي ماريا, لويز دا سيلفا: a word the dictionary does not know, a particle of
            # European names and a name
            hit = _Found(i, i + 2, "", "", "person", "discovered")
        if (
            hit is None
            and i + 1 < d.n
            and _unknown_name(d, i, words, b_ok=True)
            and (
                _unknown_name(d, i + 1, words)
                or _family_name_read_as_word(d, i + 1, words)
                or _family_name_written_alone(d, i + 1, words)
            )
            # (ولاية أوهايو جون كاسيش: a place, then a foreign first name and its family name —
            # not an Arab first name, which follows a name as the father's: جمعان محمد القحطاني)
            and not (d.var[i + 1] & words["foreign"] and not d.var[i] & words["given"])
            and d.same_sentence(i, i + 1)
            and not taken[i + 1]
        ):
            # two words the dictionary does not know, no article: a foreign name (تشاك شومر)
            e = i + 1
            if (
                e + 1 < d.n
                and d.same_sentence(i, e + 1)
                and not taken[e + 1]
                and _unknown_name(d, e + 1, words)
            ):
                e += 1
            hit = _Found(i, e, "", "", "person", "discovered")
        if hit is None and d.var[i] & _CITY_OF and not d.article(i):
            e = _royal_city_end(d, i, words, taken)
            if e is not None:
                hit = _Found(i, e, "", "", "organisation", "discovered")
        if hit is None and d.loose[i] in _LOCAL_SERVICES and not d.punct[i]:
            # صحة تبوك, تعليم جدة, مرور الشرقية, بصحة منطقة مكة المكرمة: a region's or a
            # city's directorate of health, education, traffic or passports
            e = _local_place_end(d, i + 1, taken)
            if e is not None:
                hit = _Found(i, e, "", "", "organisation", "discovered")
        if hit is None and _family_named(d, i, words, taken, reporting):
            # واسى الأمير خالد الفيصل آل المليص في وفاة فقيدتهم: "the house of", a family
            hit = _Found(i, i + 1, "", "", "group", "discovered")
        if hit is None:
            h = _longest_at(d, i, orgs)
            if h is not None and i > 0 and d.loose[i] in _PORTFOLIOS and d.loose[i - 1] in _MINISTER:
                h = None  # وزير الخارجية الإسباني: an office, not the ministry
            if h is not None and _field_of_study(d, i):
                h = None  # الماجستير في إدارة الأعمال: what he studied, not a body
            if (
                h is not None
                and h[0] == i
                and d.loose[i] in _PORTFOLIOS
                and i + 1 < d.n
                and d.loose[i + 1] in _region_nisba_forms()
            ):
                h = None  # للسياسة الخارجية الأوروبية, السوق الداخلية الأوروبية: a ministry is a state's
            if h is not None:
                j = h[0]
                while (
                    j + 1 < d.n
                    and d.same_sentence(i, j + 1)
                    and j - h[0] < 6
                    and (
                        not taken[j + 1]
                        or (d.loose[j + 1] in words["nisba"] and (j > h[0] or h[1][0].startswith("ال")))
                    )
                ):
                    in_pp = any(_field_phrase(d, x) for x in range(h[0] + 1, j + 1))
                    if d.loose[j + 1] in _AFFAIRS and any(
                        x >= 0 and d.loose[x] in _DEPUTIES for x in (i - 1, i - 2)
                    ):
                        break  # وكيل وزارة الحج لشؤون الحج, نائب رئيس الهيئة … لشؤون المناطق
                    if (
                        d.var[h[0]] & _FORCES
                        and _field_phrase(d, j + 1)
                        and not d.loose[j + 1].startswith("لل")
                    ):
                        break  # دخول القوات العراقية لتحرير المدينة: what the forces are there for
                    if _after_field(d, j + 1, h[0]):
                        break  # الاتحاد الدولي لكرة السلة العمل: the next phrase
                    if j > h[0] and d.loose[j] in words["nisba"] and d.loose[j + 1].startswith("و"):
                        break  # وزارة الثقافة الإيطالية والعاملين: the state's adjective ends the name
                    if (
                        d.loose[j + 1] in _SUPERVISING
                        and j + 2 < d.n
                        and d.same_sentence(j + 1, j + 2)
                        and d.loose[j + 2] in _OVER
                    ):
                        break  # عضو مجلس الإدارة المشرف على …: the member who oversees, not the board
                    if (
                        j == h[0]
                        and not h[1][0].startswith("ال")
                        and len(h[1]) == 1
                        and d.loose[j + 1].startswith("لل")
                    ):
                        break  # بتشكيل لجنة للتحقيق: a committee and what it is for, no name
                    if _complement(d, j + 1, first=j == h[0], words=words, in_pp=in_pp) or (
                        d.loose[j] in _ROYAL and _name_like_at(d, j + 1)
                    ):
                        j += 1
                    else:
                        break
                definite_head = h[1][0].startswith("ال")
                if (
                    definite_head
                    and j == h[0] + 1
                    and d.loose[j] in _INSTITUTIONAL
                    and _in_a_city(d, j + 1, i, taken)
                ):
                    j += 1  # الهيئة الملكية بينبع: a national body's branch, named by its city
                complete = len(h[1]) > 1 and j == h[0]  # a name of two words (الدفاع المدني)
                # الهيئة العامة للسياحة, البنك الأهلي التجاري: an institution's adjective and
                # one more word (its field, another adjective) make a name after a definite head
                institution = definite_head and j >= h[0] + 2 and d.loose[h[0] + 1] in _INSTITUTIONAL
                if (
                    d.loose[j] not in _ROYAL
                    and (
                        not d.loose[j].startswith("و")
                        # للغذاء والدواء: a field and its pair after لل, inside the name
                        or (
                            d.loose[j].startswith("وال")
                            and any(_field_phrase(d, x) for x in range(h[0] + 1, j))
                        )
                        # وزارة الاقتصاد والتخطيط, وزارة الثقافة والإعلام: a ministry of two
                        # portfolios (a second body after و is no complement: والجيش)
                        or (d.loose[j].startswith("وال") and d.var[h[0]] & _MINISTRY)
                        # عمادة القبول والتسجيل, جمعية الثقافة والفنون: a unit of two fields (not
                        # a body after و: … والجيش, nor people: … والمواطنين)
                        or (
                            d.loose[j].startswith("وال")
                            and d.var[h[0]] & _TWO_FIELD_HEADS
                            and j == h[0] + 2
                            and not {d.loose[j][1:], d.loose[j][3:]} & words["heads"]
                            and not _sound_plural(d, j)
                            # (nor a participle agreeing with the head: لجنة التحكيم والمكونة من …)
                            and not (d.loose[j].startswith("والم") and d.loose[j].endswith("ه"))
                        )
                    )
                    and (
                        complete
                        or institution
                        or (j > h[0] and (not definite_head or _proper(d, h[0] + 1, words)))
                    )
                ):
                    hit = _Found(i, j, "", "", "organisation", "discovered")
        if hit is not None and hit.type == "person" and _preposition_on_word(d, hit.first, words):
            hit = None  # القاضي لأحد أقاربه, السفير … بمستوى الخدمات: a phrase, not a name
        if hit is not None and hit.type == "person":
            e = _firm_end(d, hit.first, hit.last, taken, words)
            if e is not None:
                hit = _Found(hit.first - 1, e, "", "", "organisation", "discovered")
        if hit is not None:
            found.append(hit)
            absorbed.update(x for x in range(hit.first, hit.last + 1) if taken[x])
            taken[hit.first : hit.last + 1] = True
            i = hit.last + 1 if resume is None else resume
        else:
            i += 1
    return found


_OPENING = {"«", "“", '"'}
#: An opening bracket or quotation mark after a title, and the marks that close it
_BRACKETS = {"(": {")"}, "«": {"»"}, "“": {"”"}, '"': {'"'}}
_COMPANY = {loose("شركة")}
_CLOSING = {"»", "”", '"'}
#: Heads of bodies a news text names by a quoted name (شركة “…”, “مجموعة جبال”, صحيفة «…»).
_QUOTED_NAME_HEADS = {
    loose(w)
    for w in "شركة مجموعة مؤسسة صحيفة جريدة مجلة وكالة قناة موقع شبكة منظمة جمعية مركز نادي "
    "مصرف بنك صندوق حركة حزب جماعة تحالف هيئة منصة تطبيق".split()
}


def _first_name_before_bin(d: DocWords, i: int, taken: np.ndarray) -> bool:
    """Whether the name found at ``i`` is a father's, after بن/بنت and the son's own first name
    (سياف بن عامر): a word without the article or a clitic, not a verb, a function word or
    punctuation, in the same sentence."""
    k = i - 2
    return (
        k >= 0
        and d.loose[i - 1] in _SON_OF
        and d.sent[k] == d.sent[i]
        and not taken[k]
        and not d.punct[k]
        and not d.article(k)
        and d.pos[k] not in ("VERB", "FUNC", "NUM")
        and len(d.var[k]) == 1
        and _name_like_at(d, k)
    )


def _another_first_name(d: DocWords, i: int, p: tuple, aliases) -> bool:
    """Whether the first name at ``i``, before a known person's one-word name ``p``, is not the
    first name of any full name the gazetteer gives that person (هشام مرسي, not محمد مرسي): someone
    else of the same family name — not a spelling of the same first name (جون بايدن: جو بايدن), nor
    a person listed by the one word only (عادل بن أحمد الجبير)."""
    fulls = [phrase_words(a) for a in aliases]
    fulls = [f for f in fulls if len(f) >= 2 and f[-len(p) :] == p]
    # (a first name written another way is his: جون بايدن for جو بايدن — the same first letters)
    return bool(fulls) and not any(d.var[i] & {f[0]} or d.loose[i][:2] == f[0][:2] for f in fulls)


#: An office's participle of oversight and its preposition (المشرف على, المسؤول عن).
_SUPERVISING = {loose(w) for w in "المشرف المشرفة المسؤول المسؤولة".split()}
_OVER = {loose(w) for w in "على عن".split()}
#: A national team (منتخب مصر, المنتخب السعودي).
_TEAM = {loose("منتخب")}
_THE_TEAM = {loose("المنتخب")}


def _national_teams(d: DocWords, taken: np.ndarray, words: dict) -> list[_Found]:
    """A national team named by its country's adjective (المنتخب السعودي, للمنتخب المصري): an
    organisation — not المنتخب after a noun it describes (الرئيس المنتخب, "elected"). Teams
    named by the country (منتخب هندوراس) are found with the gazetteer's states."""
    found = []
    for i in range(d.n - 1):
        if taken[i] or taken[i + 1] or not d.var[i] & _THE_TEAM or not d.same_sentence(i, i + 1):
            continue
        if d.loose[i + 1] not in words["nisba"]:
            continue
        if i > 0 and d.same_sentence(i - 1, i) and d.pos[i - 1] == "NOUN" and d.article(i - 1):
            continue  # البرلمان المنتخب: "elected"
        if i > 0 and d.same_sentence(i - 1, i) and d.var[i - 1] & _ORG_HEAD_WORDS():
            continue  # بعثة المنتخب السعودي للشباب: the delegation's name, found as a body
        found.append(_Found(i, i + 1, "", "", "organisation", "discovered"))
        taken[i : i + 2] = True
    return found


#: Prepositions that make quoted words a phrase rather than a name («الحرب ضد إسرائيل»).
_AGAINST = {loose(w) for w in "ضد مع من".split()}


#: Heads of a body's name that news drops when it quotes the name alone (تنظيم القاعدة → “القاعدة”).
_GROUP_HEADS = {loose(w) for w in "تنظيم حركة جماعة حزب جبهة منظمة".split()}


def _quoted_short_names(
    d: DocWords, found: list, taken: np.ndarray, index: dict, short: dict, types: dict
) -> None:
    """A body's name without its head, alone in quotation marks (وكانت “القاعدة” ومن بعدها
    “داعش”: al-Qaeda, which the gazetteer knows as تنظيم القاعدة): a mention of it — the words
    alone are also everyday ones ("the base"), the marks make them a name."""
    toks = d.tokens
    for i in range(1, d.n - 1):
        if taken[i] or toks[i - 1] not in _OPENING:
            continue
        best = _longest_at(d, i, index)
        if best is None:
            continue
        j, p = best
        if j + 1 < d.n and toks[j + 1] in _CLOSING and not taken[i : j + 1].any():
            aid, alias = short[p]
            found.append(_Found(i, j, aid, alias, types.get(aid, ""), "gazetteer"))
            taken[i : j + 1] = True


def _in_quoted_name(d: DocWords, i: int, j: int) -> bool:
    """Whether the words ``i``…``j`` (a state's name) are part of a name of two to four words in
    quotation marks, with a word that is not a number beside them (أعلنت «زين السعودية»,
    لمجموعة «العمودي السعودية», مؤسسة «مصر الخير»): a company's or a body's name, which the
    rules for quoted names take whole; not «السعودية» alone nor «السعودية 2030»."""
    toks = d.tokens
    a = next((x for x in range(i - 1, max(-1, i - 4), -1) if d.punct[x]), None)
    b = next((x for x in range(j + 1, min(d.n, j + 4)) if d.punct[x]), None)
    if a is None or b is None or toks[a] not in _OPENING or toks[b] not in _CLOSING:
        return False
    if d.sent[a] != d.sent[b] or not 2 <= b - a - 1 <= 4:
        return False
    others = [*range(a + 1, i), *range(j + 1, b)]
    if "enclitic" in d.t and any(str(d.t["enclitic"].iat[x]) for x in others):
        return False  # "إيران جننتكم": a sentence quoted (a pronoun on a word), not a name
    if "proclitic" in d.t and str(d.t["proclitic"].iat[i]):
        return False  # «فرصة للحكومة التشادية», «المملكة ومصر»: the state itself, in words quoted
    if any(
        (d.pos[x] == "FUNC" or d.loose[x] in _STOP or d.loose[x] in _AGAINST) and d.loose[x] != "في"
        for x in others
    ):
        return False  # «الحرب ضد إسرائيل»: a phrase, not a name («سعوديون في أمريكا» is one)
    return any(d.pos[x] != "NUM" and not d.loose[x].isdigit() for x in others)


#: Words of a stock exchange's name before its place (بورصة قطر, البورصة المصرية, سوق دبي المالي).
_BOURSE = {loose(w) for w in ("بورصة", "البورصة")}
_MARKET = {loose(w) for w in ("سوق", "السوق")}
#: An index before a market names the exchange (مؤشر سوق دبي, المؤشر الرئيسي للسوق السعودية);
#: الأسهم / المالية after it do too (سوق الأسهم السعودية, السوق المالية السعودية).
_INDEX = {loose(w) for w in ("مؤشر", "المؤشر", "مؤشرات", "المؤشرات")}
_OF_SHARES = {loose(w) for w in ("الأسهم", "الاسهم", "المالية", "للأسهم")}
_MARKET_TAILS = (
    (loose("المالي"),),
    (loose("المالية"),),
    (loose("للأوراق"), loose("المالية")),
)
#: A share of a listed company (وارتفع سهم سابك, سهمي “الإنماء” و“سابك”).
_SHARE = {loose(w) for w in ("سهم", "سهمي")}
_SHARES_QUOTED = _SHARE | {loose("أسهم")}
#: Heads of a listed company's name that the rules for bodies follow (سهم الشركة السعودية
#: للصناعات الأساسية, سهم شركة الاتصالات السعودية, سهم مصرف الراجحي).
_COMPANY_HEADS = {loose(w) for w in "شركة الشركة مجموعة المجموعة بنك البنك مصرف المصرف".split()}
#: Words that count shares (مليون سهم, ألف سهم).
_COUNTS = {loose(w) for w in "ألف آلاف مليون ملايين مليار مليارات ألفا مليونا مليارا".split()}
#: Definite adjectives that belong to a listed company's name after it: an institution's
#: (:data:`_INSTITUTIONAL`: الوطنية, الأهلي) and a company's own (إعمار العقارية, مجموعة صافولا
#: القابضة); any other one describes the share or the company (سابك القيادي, موبايلي المتعثرة).
_COMPANY_ADJECTIVES = _INSTITUTIONAL | {
    loose(w)
    for w in "العقارية العقاري القابضة التجاري التجارية الصناعية الصناعي المالية المالي المتحدة "
    "التعاونية الخليجية الأولى الأول".split()
}
#: Words that end a share's company name: those that end any name (:data:`_BOUNDARY`: time
#: words, function words, الذي) and what the share did and by how much.
_AFTER_SHARE = _BOUNDARY | {
    loose(w)
    for w in "بنسبة بمقدار بواقع أكبر أعلى أدنى عملاق وحده أيضا قليلا كثيرا بشكل بعدما عقب وسط "
    "مسجلا مرتفعا متراجعا منخفضا".split()
}


def _market_names(
    d: DocWords, text: str, index: dict, phrase_actor: dict, types: dict, words: dict
) -> list[_Found]:
    """Stock exchanges and listed companies a market report names (organisations):

    * an exchange by its place — a state, a city or a state's adjective — after بورصة (بورصة
      قطر, للبورصة المصرية), or after سوق when an index comes before it (وهبط مؤشر سوق دبي,
      المؤشر الرئيسي للسوق السعودية) or الأسهم / المالية / للأوراق المالية comes with it (سوق
      الأسهم السعودية, سوق أبوظبي للأوراق المالية); not السوق السعودية alone, a market for
      goods (دخول السوق السعودية);
    * a company after the word for its share (وارتفع سهم اتحاد اتصالات, سهم “الإنماء”, أسهم
      “سابك”): the quoted name, or the words up to what the share did (a number, a preposition,
      بنسبة …), when one of them is a name the dictionary does not know or a state's, a
      city's or a company's word (صناعات قطر, إعمار العقارية, المصرية للاتصالات), or they are two
      words or more without the article (اتحاد اتصالات) — not سهم الشركة, "the company's share",
      سهم قيادي, shares counted (مليون سهم), nor a body the gazetteer knows (سهم البنك الأهلي)
      or a body's head the rules for bodies follow (سهم شركة الاتصالات السعودية).

    The place inside such a name is no mention of the state (the dev gold's market report lists
    سوق الأسهم السعودية, not Saudi Arabia)."""
    found: list[_Found] = []
    toks = d.tokens
    cities = _city_words()

    def place_end(k: int) -> int | None:
        """End of a state's or a city's name, or a state's adjective, at ``k``."""
        if k >= d.n or d.punct[k] or not d.same_sentence(k - 1, k):
            return None
        best = _longest_at(d, k, index)
        if best is not None and types.get(phrase_actor[best[1]]) == "state":
            return best[0]
        if d.var[k] & cities or d.loose[k] in words["nisba"]:
            return k
        return None

    def named(a: int, b: int, name: str = "") -> None:
        name = name or _written_name(d, text, a, b, _BOURSE | _MARKET | _OF_SHARES)
        found.append(_Found(a, b, f"organisation:{loose(name)}", name, "organisation", "discovered"))

    def taken_by_found(x: int) -> bool:
        return any(f.first <= x <= f.last for f in found)

    for i in range(d.n - 1):
        if d.punct[i] or taken_by_found(i):
            continue
        v = d.var[i]
        if v & (_BOURSE | _MARKET):
            if i > 0 and d.same_sentence(i - 1, i) and d.var[i - 1] & _ORG_HEAD_WORDS():
                continue  # إدارة سوق الأسهم اليونانية: the body that runs it, found as a body
            k, market = i + 1, bool(v & _MARKET)
            shares = k < d.n and d.loose[k] in _OF_SHARES and d.same_sentence(i, k)
            if shares:
                k += 1
            e = place_end(k)
            if e is None:
                continue
            tail = next(
                (
                    t
                    for t in _MARKET_TAILS
                    if tuple(d.loose[e + 1 : e + 1 + len(t)]) == t and d.same_sentence(i, e + len(t))
                ),
                None,
            )
            indexed = any(d.var[x] & _INDEX for x in range(max(0, i - 3), i) if d.same_sentence(x, i))
            if market and not (shares or tail or indexed):
                continue
            named(i, e + len(tail or ()))
            continue
        if not v & _SHARES_QUOTED:
            continue
        if toks[i + 1] in _OPENING:
            close = next(
                (x for x in range(i + 2, min(i + 9, d.n)) if toks[x] in _CLOSING or d.punct[x]), None
            )
            if close is None or close == i + 2 or toks[close] not in _CLOSING or d.sent[close] != d.sent[i]:
                continue
            a, b = i + 2, close - 1
            named(a, b, text[int(d.t["start"].iat[a]) : int(d.t["end"].iat[b])])
            continue
        if not v & _SHARE or d.article(i) or d.pos[i + 1] == "VERB":
            continue
        if i > 0 and d.same_sentence(i - 1, i) and (d.pos[i - 1] == "NUM" or d.loose[i - 1] in _COUNTS):
            continue  # 3.52 مليارات سهم تم تداولها: shares counted, no company's
        k = i + 1
        best = _longest_at(d, k, index)
        if best is not None and types.get(phrase_actor[best[1]]) != "state":
            continue  # سهم البنك الأهلي التجاري: the gazetteer's
        if d.var[k] & (words["person_heads"] | _COMPANY_HEADS):
            continue  # سهم الشركة السعودية للصناعات الأساسية: a body's head, found by the rules for bodies
        j, proper = k - 1, False
        while j + 1 < d.n and j - k < 4 and d.same_sentence(k, j + 1):
            x = j + 1
            w, pos = d.loose[x], d.pos[x]
            if d.punct[x] or pos in ("NUM", "FUNC") or w.isdigit() or w in _AFTER_SHARE or w in _STOP:
                break
            if pos == "VERB" and x > k:
                break
            e = place_end(x)
            if e is not None and x > k and w in words["nisba"]:
                break  # نوكيان تايرز الفنلندية: the company's country, not its name
            if e is not None and (x == k or not d.article(x)):
                j, proper = e, True  # صناعات قطر, المصرية للاتصالات
                continue
            if x > k and w.startswith("لل") and len(w) > 4:
                j, proper = x, True  # للاتصالات, للخدمات المالية: its field
                while (
                    j + 1 < d.n
                    and d.same_sentence(k, j + 1)
                    and d.article(j + 1)
                    and d.loose[j + 1] in _COMPANY_ADJECTIVES
                ):
                    j += 1
                continue
            if x > k and d.article(x):
                if w in _COMPANY_ADJECTIVES:
                    j, proper = x, True  # إعمار العقارية, أبوظبي الوطنية
                    continue
                break  # سابك القيادي: what the share is
            if x > k and w[:1] in "وفبل" and "proclitic" in d.t and str(d.t["proclitic"].iat[x]):
                break  # سهم سابك وموبايلي: another company
            j = x
            if pos in ("X", "PROPN") or _unanalysed_rare(d, x):
                proper = True  # سابك, داماك, شعاع كابيتال (not سهم قيادي, "a leading share")
        if j < k:
            continue
        if not proper and not (j > k and not d.article(k)):
            continue  # سهم الشركة: the company the text speaks of (اتحاد اتصالات: two words, a name)
        named(k, j)
    return found


def _quoted_organisations(d: DocWords, taken: np.ndarray, text: str) -> list[_Found]:
    """Bodies named by a quoted name after their head word (لشركة “ذي جريت أوتدور جيم كومباني”,
    صحيفة “ديلي ميل البريطانية”) or by a quoted phrase that starts with one (مع “مجموعة جبال”):
    up to six quoted words, none of them already a mention. The mention is the quoted words
    (the marks are no part of a name); after a head, the name given is the head's and theirs
    (شركة ذي جريت أوتدور جيم كومباني)."""
    found = []
    toks = d.tokens
    for i in range(d.n):
        if d.punct[i] or taken[i] or d.article(i) or not d.var[i] & _QUOTED_NAME_HEADS:
            continue
        inside = False
        if i + 1 < d.n and toks[i + 1] in _OPENING:
            a = i + 2  # شركة “…”: the name inside the marks
        elif i > 0 and toks[i - 1] in _OPENING:
            a, inside = i + 1, True  # “مجموعة جبال”: the head inside them
        else:
            continue
        close = next((x for x in range(a, min(a + 7, d.n)) if toks[x] in _CLOSING or d.punct[x]), None)
        if close is None or close == a or toks[close] not in _CLOSING or d.sent[close] != d.sent[i]:
            continue
        verbs = inside and any(d.pos[x] == "VERB" for x in range(a, close))
        if (
            verbs
            and d.var[i] & _COMPANY
            and close - i <= 6
            and not any(d.column("enclitic")[x] for x in range(i + 1, close))
        ):
            verbs = False  # «شركة كاسيو كمبيوتر ليمتد اليابانية», «شركة محمود صالح أبار»: a company's
            # name, whose foreign or family words the analysers read as verbs
        if taken[a:close].any() or verbs:
            continue  # (a gazetteer's name inside; a quoted sentence, not a name: the analysers
            # read verbs in foreign names after a head, جريت)
        if inside:
            found.append(_Found(i, close - 1, "", "", "organisation", "discovered"))
            continue
        head = toks[i]
        procl = str(d.t["proclitic"].iat[i]) if "proclitic" in d.t else ""
        if procl and head.startswith(procl) and len(head) - len(procl) >= 3:
            head = head[len(procl) :]  # (لشركة: the company's name, without the preposition)
        start, end = int(d.t["start"].iat[a]), int(d.t["end"].iat[close - 1])
        found.append(_Found(a, close - 1, "", f"{head} {text[start:end]}", "organisation", "discovered"))
    return found


#: The words after a person's name that give the age (البالغ من العمر 33 سنة).
_AGED = {loose(w) for w in ("البالغ", "البالغة")}


#: The words for a club or a team, between a player's or a coach's word and the club's name.
_CLUB_WORDS = {loose(w) for w in "فريق نادي".split()}


def _nationality(w: str, words: dict) -> str:
    """ "one" for a state's adjective with the article in the masculine singular (الإسباني), "many"
    for its plural or dual (الإسبانيين, الإيطاليان), else ""."""
    if w.endswith("ي") and w in words["nisba"]:
        return "one"
    if w.endswith(("يين", "يان")) and w[:-2] in words["nisba"]:
        return "many"
    return ""


def _match_report(d: DocWords, words: dict) -> bool:
    """Whether the document is a match report: two or more words of names.yaml's ``club_heads``
    or ``match_words``, or فريق/نادي, as written or as lemma (مدربه, ناديه)."""
    if d.match_report is not None:
        return d.match_report
    sport = words["club_heads"] | _CLUB_WORDS | words["match_words"]
    n = sum(1 for v in d.var if v & sport)
    if n < 2:
        # (a word with a pronoun: its lemma, مدربه → مدرب, ناديه → نادي)
        n += sum(
            1
            for v, e, lemma in zip(d.var, d.column("enclitic"), d.column("lemma"))
            if e and not v & sport and loose(lemma) in sport
        )
    d.match_report = n >= 2
    return d.match_report


def _clubs_by_nationality(d: DocWords, taken: np.ndarray, words: dict) -> list[tuple[str, ...]]:
    """In a match report (:func:`_match_report`), clubs named with their country's adjective
    after a word of ``club_before`` or فريق/نادي: مباراة تشلسي الإنجليزي, ناديه باريس
    سان جرمان الفرنسي, ألوان برشلونة وأتلتيكو مدريد الإسبانيين وجنوى وإنتر ميلان الإيطاليين (each
    name after و its own club, the list going on after an adjective). One to three words without
    the article or a pronoun, none a head, a first name, an adjective or a verb, each a name: a
    word the dictionary does not know, a city's, سان, or one the analysers leave as it is and
    general Arabic writes less than 5 times per 100,000 words (برشلونة, تشلسي; not مباراة, nor
    أذهان, read ذهن). Not before a man's name (رحيل البرتغالي لويس ناني: the Portuguese), nor a
    plural adjective after one name (ثقة الأميركيين: a people)."""
    heads, before = words["club_heads"], words["club_before"] | _CLUB_WORDS
    if not _match_report(d, words):
        return []
    banned = heads | _CLUB_WORDS | before | words["club_common"] | words["heads"]
    banned = banned | words["given"] | words["ambiguous"] | words["foreign"] | words["links"]

    procl, encl = d.column("proclitic"), d.column("enclitic")

    def name_word(k: int) -> bool:
        return (
            not taken[k]
            and not d.punct[k]
            and not d.article(k)
            and d.pos[k] in ("NOUN", "X", "PROPN")
            and procl[k] in ("", "و")
            and not encl[k]
            and not d.var[k] & banned
            and _name_like_at(d, k)
        )

    def named(k: int) -> bool:
        if d.pos[k] in ("X", "PROPN") or d.var[k] & (_city_words() | _SAINT):
            return True
        token = remove_diacritics(d.tokens[k])
        token = token[1:] if token.startswith("و") and procl[k] == "و" else token
        # (a word the analysers change, أذهان → ذهن, علاقات → علاقة, is one of the language)
        return remove_diacritics(d.column("lemma")[k]) == token and _written_less_than(token, 5e-5)

    out = []
    for n in range(1, d.n):
        number = _nationality(d.loose[n], words)
        if not number:
            continue
        after = n + 1 < d.n and d.same_sentence(n, n + 1)
        if (
            number == "one"
            and after
            and (d.pos[n + 1] in ("X", "PROPN") or d.var[n + 1] & words["given"])
            and not d.article(n + 1)
        ):
            continue  # رحيل البرتغالي لويس ناني: "the Portuguese" is the man named next
        k = n - 1
        while k >= 0 and n - k <= 6 and d.same_sentence(n, k) and name_word(k):
            k -= 1
        trigger = (
            k >= 0
            and d.same_sentence(n, k)
            and (d.var[k] & before or (_nationality(d.loose[k], words) and d.loose[k + 1].startswith("و")))
        )
        if not trigger or k + 1 == n:
            continue
        parts: list[list[int]] = []
        for x in range(k + 1, n):
            if not parts or (d.loose[x].startswith("و") and procl[x] == "و"):
                parts.append([])
            parts[-1].append(x)
        if number == "many" and len(parts) < 2:
            continue  # ثقة الأميركيين, أذهان السوريين: "the Americans", a people, not a list's clubs
        for part in parts:
            if len(part) > 3 or not all(named(x) for x in part):
                continue
            first = d.loose[part[0]]
            if procl[part[0]] == "و" and first.startswith("و"):
                first = first[1:]
            out.append((first, *(d.loose[x] for x in part[1:])))
    return out


def _clubs(d: DocWords, taken: np.ndarray, words: dict, absorbed: set[int] | None = None) -> list[_Found]:
    """Sports clubs by the words names.yaml's ``club_heads`` put before them (مدرب ريال مدريد
    الإسباني, لاعبي النصر, جماهير الهلال), and every other place the article writes the club
    (فاز ريال مدريد, وكانت إدارة النصر): organisations, marked in ``taken``.

    After a head: one word the dictionary does not know, or that the article writes twice or
    more and general Arabic seldom (ليفربول; يوفنتوس, which the analysers read as a noun), with a
    second word when the article writes the pair twice or more (مانشستر يونايتد; ريال مدريد,
    whose first word is the currency) — after فريق or نادي too (لاعب فريق يوفنتوس); or one
    definite word the article writes after such heads, or after فريق or نادي once a head named
    it, twice or more (مدرب النصر … فريق النصر: clubs named by everyday words). Not a word of
    ``club_common`` (لاعب الوسط, حارس المرمى), a head of an office or a body (لاعب نادي …), a
    first name (مهاجم برشلونة ليونيل ميسي: the club, then the man), a nationality (لاعب ريال
    مدريد الإسباني, لاعب مصري), a verb, an adjective, a word with a pronoun, or a word another
    mention took. Clubs named with their country's adjective come from
    :func:`_clubs_by_nationality`; the adjective after any club is no mention of the state (its
    position goes to ``absorbed`` when the gazetteer had taken it)."""
    heads, common = words["club_heads"], words["club_common"]
    names = words["given"] | words["ambiguous"] | words["foreign"]

    def free(x: int, i: int) -> bool:
        return (
            x < d.n
            and d.same_sentence(i, x)
            and not taken[x]
            and not d.punct[x]
            and d.pos[x] not in ("FUNC", "NUM", "VERB", "ADJ")
            and not d.var[x] & common
            and not d.var[x] & names
            and not d.var[x] & words["heads"]  # لاعب نادي …, لاعب مركز المحور: the club comes later
            and not {v if v.startswith("ال") else "ال" + v for v in d.var[x]} & words["nisba"]
            and not ("enclitic" in d.t and str(d.t["enclitic"].iat[x]))
            # (not a preposition on it: الاتحاد السعودي للمبارزة is a federation's name)
            and str(d.t["proclitic"].iat[x] if "proclitic" in d.t else "") in ("", "ال")
        )

    def seldom(x: int) -> bool:
        # (a word the article writes twice is a club's name only if general Arabic seldom writes
        # it: not أحد "one of", لقاءات "meetings", nor an adverbial accusative, رئيسيا, nor a
        # nisba, لاعب هلالي "a player of al-Hilal")
        w = d.loose[x]
        return not w.endswith(("يا", "ي")) and _written_less_than(str(d.t["token"].iat[x]), 1e-4)

    def unknown(x: int) -> bool:
        return d.pos[x] in ("X", "PROPN") and not d.article(x)

    counts: dict[str, int] = {}
    for vs in d.var:  # (ليوفنتوس counts for يوفنتوس)
        for v in vs:
            counts[v] = counts.get(v, 0) + 1
    pairs: dict[tuple[str, str], int] = {}
    for x in range(d.n - 1):
        if d.same_sentence(x, x + 1):
            pairs[(d.loose[x], d.loose[x + 1])] = pairs.get((d.loose[x], d.loose[x + 1]), 0) + 1
    candidates: list[tuple[str, ...]] = []
    definite: dict[str, int] = {}
    for i in range(d.n - 1):
        if not d.var[i] & heads:
            continue
        a = i + 1
        if d.var[a] & _CLUB_WORDS and not taken[a] and d.same_sentence(i, a):
            a += 1  # لاعب فريق يوفنتوس الإيطالي, مهاجم نادي الهلال: the club after the word for one
        if not free(a, i):
            continue
        if d.article(a):
            if len(d.loose[a]) > 3:
                definite[d.loose[a]] = definite.get(d.loose[a], 0) + 1
            continue
        two = (
            free(a + 1, i)
            and not d.article(a + 1)
            and d.pos[a] in ("NOUN", "X", "PROPN")
            and d.pos[a + 1] in ("NOUN", "X", "PROPN")
            and pairs.get((d.loose[a], d.loose[a + 1]), 0) >= 2
        )
        if two:
            candidates.append((d.loose[a], d.loose[a + 1]))  # ريال مدريد, مانشستر يونايتد
        elif unknown(a) or (counts.get(d.loose[a], 0) >= 2 and seldom(a)):
            candidates.append((d.loose[a],))  # ليفربول, يوفنتوس (read as a noun)
    for i in range(d.n - 1):
        # (فريق النصر, بنادي النصر count too once a player's or coach's word named it)
        if (
            d.var[i] & _CLUB_WORDS
            and d.loose[i + 1] in definite
            and d.same_sentence(i, i + 1)
            and not (i > 0 and d.var[i - 1] & heads)  # (مدرب فريق النصر was counted once)
        ):
            definite[d.loose[i + 1]] += 1
    candidates += [(w,) for w, n in definite.items() if n >= 2]  # مدرب النصر … لاعبي النصر
    candidates += _clubs_by_nationality(d, taken, words)
    found = []
    for club in sorted(set(candidates), key=len, reverse=True):
        actor = "organisation:" + " ".join(club)
        for x in range(d.n - len(club) + 1):
            span = range(x, x + len(club))
            if taken[x : x + len(club)].any() or not d.same_sentence(x, x + len(club) - 1):
                continue
            if d.var[x] & {club[0], "ال" + club[0]} or d.loose[x] == club[0]:
                if all(d.loose[y] == w for y, w in zip(span[1:], club[1:])):
                    first = x
                    if (
                        x > 0
                        and d.var[x - 1] & _CLUB_WORDS
                        and not taken[x - 1]
                        and d.same_sentence(x - 1, x)
                    ):
                        first = x - 1  # نادي الشباب, بعثة فريق الأهلي: the club with its word
                    last = x + len(club) - 1
                    found.append(_Found(first, last, actor, " ".join(club), "organisation", "discovered"))
                    taken[first : last + 1] = True
                    e = last + 1
                    if e < d.n and d.same_sentence(x, e) and _nationality(d.loose[e], words):
                        # ريال مدريد الإسباني: the club's country, not a mention of the state
                        if taken[e] and absorbed is not None:
                            absorbed.add(e)
                        taken[e] = True
    return found


def _aged_persons(d: DocWords, taken: np.ndarray, words: dict) -> list[_Found]:
    """A person named by two or three words right before البالغ/البالغة من العمر (“ريستو بيسبا”
    البالغ من العمر 33 سنة): whatever the analysers read in the words, the age makes them a
    name. Not one word alone, a word with a pronoun on it (ابنته سارة), a definite word before
    the last (الطفل محمد), a title, function words, numbers or verbs."""
    found = []
    toks = d.tokens
    for i in range(2, d.n - 2):
        if d.loose[i] not in _AGED or d.loose[i + 1] != "من" or d.loose[i + 2] != loose("العمر"):
            continue
        e = i - 1
        if toks[e] in _CLOSING:
            e -= 1
        x = e
        while (
            x >= 0
            and e - x < 3
            and d.sent[x] == d.sent[i]
            and not d.punct[x]
            and not taken[x]
            and d.pos[x] in ("NOUN", "ADJ", "X", "PROPN")
            and _name_like_at(d, x)
            and not d.var[x] & words["heads"]
            and not ("enclitic" in d.t and str(d.t["enclitic"].iat[x]))
            and (x == e or not d.article(x))
        ):
            x -= 1
        first = x + 1
        if e - first < 1:
            continue
        found.append(_Found(first, e, "", "", "person", "discovered"))
    return found


#: Heads of institutions named after a person (جامعة الأميرة نورة, مؤسسة بيل ومليندا جيتس): an
#: organisation of that name, where a street or a mosque so named is no actor
_INSTITUTIONS = {loose(w) for w in "مؤسسة جامعة مركز مستشفى معهد كلية أكاديمية مجموعة".split()}


def _named_institution(d: DocWords, i: int, e: int, taken: np.ndarray) -> _Found | None:
    """The organisation ``i-1``…``e`` when the word before the name at ``i`` is the head of an
    institution (:data:`_INSTITUTIONS`, with its clitics: بجامعة), else None."""
    if taken[i - 1] or not d.var[i - 1] & _INSTITUTIONS:
        return None
    while e + 1 < d.n and d.same_sentence(e, e + 1) and not taken[e + 1] and _institution_adjective(d, e + 1):
        e += 1  # مجموعة د. سليمان الحبيب الطبية, مستشفى الملك فهد التخصصي: its own adjective
    return _Found(i - 1, e, "", "", "organisation", "discovered")


def _institution_adjective(d: DocWords, k: int) -> bool:
    """A definite adjective of the kind institutions take (الطبية, التخصصي, الجامعي): a nisba
    in ي or ية that is no word ending a name (:data:`_BOUNDARY`: الحالية, الماضي)."""
    w = d.loose[k]
    return d.article(k) and len(w) > 5 and _nisba_like(w) and w not in _BOUNDARY


def _unknown_name(d: DocWords, k: int, words: dict, b_ok: bool = False) -> bool:
    """A word that may be part of a foreign name: unknown to the dictionary, no article, no
    clitic (with ``b_ok``, a first ب is the name's own unless the rest is a common word:
    بختيار, باستيان — ل and ك before a foreign name are prepositions: لناتان ردموند), not a
    function or time word, no digit."""
    w = d.loose[k]
    token = str(d.t["token"].iat[k])
    return (
        d.pos[k] in ("X", "PROPN")
        and not d.article(k)
        and (
            len(d.var[k]) == 1
            or (b_ok and w[:1] == "ب" and len(token) > 4 and not _preposition_rest(token, token[1:]))
        )
        and _name_like_at(d, k)
        and w not in words["heads"]
        and w not in words["place_heads"]  # إستاد محمد بن زايد: the stadium's word
        and len(w) >= 3
    )


def _complement(d: DocWords, k: int, *, first: bool, words: dict, in_pp: bool = False) -> bool:
    """A word that continues an organisation's name: a definite word, bare or after ل/لل
    (للإغاثة) or, past the first complement, و (والأعمال); a bare noun in construct with a
    definite one right after the head (هيئة سوق المال) or after و inside a لل phrase (للمدن
    الصناعية ومناطق التقنية); الملك/الأمير before a name (جامعة الملك
    عبدالعزيز); not a time word, a person's title, or a participle that starts a phrase of its
    own (قناة المسيرة التابعة للحوثيين, قوات الحرس الموالية …)."""
    w = d.loose[k]
    if w in _BOUNDARY or d.punct[k] or w in _QUALIFIERS or w in _PERSON_PARTICIPLES:
        return False  # … نادي الهلال السابق: a qualifier of the person named before
    if w in _ROYAL:
        # جامعة الملك عبدالعزيز; not after a name already complete (نادي النصر الأمير فيصل)
        return first and k + 1 < d.n and _name_like_at(d, k + 1) and not d.punct[k + 1]
    if (
        first
        and any(p[0] == w for p in words["office_heads"])
        and k > 0
        and d.var[k - 1] & _OFFICE_OF
        and k + 1 < d.n
        and d.same_sentence(k, k + 1)
        and d.article(k + 1)
    ):
        return True  # مكتب رئيس الوزراء التركي, ديوان رئيس الجمهورية: the office of an office
    if w in words["person_heads"] or (w[:1] == "و" and w[1:] in words["heads"]):
        return False  # a title, or a second organisation (… وجمعية)
    if w in _PHRASE_STARTERS:
        return False
    if w in _LEANING and k + 1 < d.n and d.loose[k + 1][:1] == "ل" and not d.loose[k + 1].startswith("ال"):
        return False  # حزب الشعب الديمقراطي المناصر للأكراد: "which supports the Kurds"
    if "enclitic" in d.t and str(d.t["enclitic"].iat[k]):
        return False  # جيش بلاده, مجلس إدارتها: a pronoun, not a name
    if w.startswith("ال"):
        # after an adjective (…والتراث الوطني), only another adjective continues the name: a
        # noun there is what the sentence says next (وأقرت الهيئة … الوطني الخطة)
        prev = d.loose[k - 1] if k > 0 else ""
        if (
            not first
            and w.endswith(("ين", "ون"))
            and not w.endswith(("يين", "يون"))
            and prev.startswith("ال")
            and (d.pos[k - 1] == "NOUN" or (w.endswith("ون") and d.pos[k - 1] in ("X", "PROPN")))
        ):
            # وحرس الحدود المسلحين: the armed border guards, a plural of people; غرفة الرياض
            # الراغبون: the subject of the verb after the body's name
            return False
        if not first and prev.startswith("ال") and w[2:] in words["place_heads"]:
            return False  # قوات الاحتلال المسجد الأقصى: a place after a name closed by its article
        if first and w in words["nisba"] and not w.endswith("ه") and prev.endswith(("ه", "ات")):
            # a feminine head takes a feminine adjective (البعثة السعودية): a masculine one is
            # the next phrase's (مرافقة البعثة الغاني سولي علي, "the Ghanaian Sulley Ali")
            return False
        if (
            prev not in words["heads"]  # (the head itself may end so: الهيئة العامة)
            and prev.startswith(("ال", "وال"))
            and prev.endswith(("ي", "يه"))
            and not w.endswith(("ي", "يه"))
        ):
            return False
        return True
    if w.startswith("لل") and len(w) > 3:
        prev = d.loose[k - 1] if k > 0 else ""
        if (
            _sound_plural(d, k)
            and prev.startswith("ال")
            and d.pos[k - 1] == "NOUN"
            and not prev.endswith(("ي", "يه", "ا"))  # (the body's adjective: العليا, السعودية)
        ):
            # عمادة تقنية المعلومات للمستفيدين: whom a named body serves, after its noun (not
            # after its adjective: الهيئة السعودية للمحاسبين, the body's own name)
            return False
        # not "for the second time / year" (توج بكأس الاتحاد الإنجليزي للمرة الثانية)
        return "ال" + w[2:] not in _BOUNDARY
    if (
        w[:1] == "ل"
        and not w.startswith("لل")
        and k > 0
        and not first
        and d.column("proclitic")[k] == "ل"
        and d.pos[k] == "NOUN"
        and w[1:] not in _TOLD_TO
        and k + 1 < d.n
        and d.same_sentence(k, k + 1)
        and not d.punct[k + 1]
        and d.loose[k + 1].startswith("ال")
        and d.loose[k + 1] not in _BOUNDARY
        and (
            d.loose[k - 1] in _INSTITUTIONAL
            or d.loose[k - 1] in words["nisba"]
            or (w[1:] in _FIELDS and d.article(k - 1) and d.loose[k - 1] not in _ROYAL)
        )
    ):
        # الهيئة الوطنية لمكافحة الفساد, الاتحاد العربي لتنمية الموارد البشرية, الاتحاد السعودي
        # لكرة القدم: ل on a bare noun in construct with a definite one, as لل on a definite one
        # (للإغاثة), names the body's field after its adjective; after its own name only a
        # field that is no verbal noun does (مؤسسة الضمير لحقوق الإنسان): مستشفى ميسان لإدخال
        # الجثة, مجلس الإدارة لاعتماد التعديل say what the body is for here
        return True
    if (
        first
        and d.pos[k] in ("X", "PROPN")
        and len(d.var[k]) == 1
        and _name_like_at(d, k)
        and len(w) > 2
        and not d.article(k - 1)
        and not d.var[k - 1] & (_HEADED_BY | _PLACE_LIKE_HEADS)
        and not d.var[k] & (words["given"] | words["ambiguous"] | words["female"] | words["links"])
        and not (k + 1 < d.n and d.loose[k + 1] in words["links"])
    ):
        # جامعة كاليفورنيا, شركة زيمبريوم: a name the dictionary does not know after an
        # indefinite head (not a person's: مؤسسة محمد بن سلمان, برئاسة أحمد عيد, "headed by")
        return True
    if not first and d.pos[k - 1] in ("X", "PROPN") and not d.article(k - 1) and d.var[k] & _city_words():
        return True  # شركة أسمنت تبوك: the city after the company's own name
    if not first and w.startswith(("وال", "ولل")) and len(w) > 4:
        return True
    # a noun in construct: the next word is definite (سوق المال, ومناطق التقنية)
    nxt_definite = (
        k + 1 < d.n
        and d.sent[k + 1] == d.sent[k]
        and d.loose[k + 1].startswith("ال")
        and d.loose[k + 1] not in _BOUNDARY
    )
    # after و only inside a genitive with لل (للمدن الصناعية ومناطق التقنية): وزارة الداخلية
    # وتحديد الموعد is the ministry and another phrase
    # (not a noun with a preposition on it: مستشفى بالعاصمة الفنلندية is where the hospital is)
    procl = str(d.t["proclitic"].iat[k]) if "proclitic" in d.t else ""
    preposition = any(c in (procl[:-2] if procl.endswith("ال") else procl) for c in "بلك")
    return (
        nxt_definite
        and d.pos[k] == "NOUN"
        and (first or (in_pp and w.startswith("و")))
        and len(w) > 2
        and not preposition
    )


#: رئاسة in برئاسة …, "headed by": the person named next, not an organisation.
_HEADED_BY = {loose(w) for w in "رئاسة".split()}
#: Heads that also name a district or a front line (مركز مسيال, مديرية مقبنة, جبهة دوفس): a
#: word the dictionary does not know after them is a place's name as often as a body's.
_PLACE_LIKE_HEADS = {loose(w) for w in "مركز مديرية جبهة دائرة".split()}


#: What a speaker talks to after ل (قال رئيس الاتحاد النيجيري لموقع الاتحاد الرسمي): no field.
_TOLD_TO = {loose(w) for w in "موقع صحيفة جريدة وكالة قناة تلفزيون إذاعة مجلة شبكة".split()}
#: Fields a body's name gives after ل that are no verbal noun, so no purpose (لكرة القدم,
#: لحقوق الإنسان, لأبحاث التغير المناخي, لشؤون المسجد الحرام, لطب العيون).
_FIELDS = {loose(w) for w in "كرة حقوق أبحاث بحوث دراسات شؤون علوم طب فنون آداب".split()}
#: A deputy's office before a body: ل/لل + شؤون after the body is the deputy's portfolio (وكيل
#: وزارة الحج لشؤون الحج والعمرة, وكيل وزارة الداخلية للشؤون الأمنية), not part of its name.
_DEPUTIES = {loose(w) for w in "وكيل وكيلة نائب نائبة مساعد مساعدة مستشار مستشارة".split()}
#: Armed forces: ل + a verbal noun after them is what they are sent for, not a field.
_FORCES = {loose(w) for w in "قوات القوات جيش الجيش".split()}


def _field_phrase(d: DocWords, x: int) -> bool:
    """Word ``x`` opens a body's field after ل: لل + a definite word (للسياحة) or ل + a bare
    noun (لكرة القدم, لتنمية الموارد البشرية); a pair after it (والتراث, والأغذية) stays in the name."""
    w = d.loose[x]
    return w.startswith("لل") or (w[:1] == "ل" and d.column("proclitic")[x] == "ل" and d.pos[x] == "NOUN")


_AFFAIRS = {loose(w) for w in "لشؤون للشؤون".split()}


def _after_field(d: DocWords, k: int, head: int) -> bool:
    """Word ``k`` follows the field a ل phrase gave (… لكرة القدم, لرعاية الشباب) and is no
    adjective: a noun there is what the sentence says next (أعلنت الرئاسة العامة لرعاية الشباب
    البرنامج الزمني, استلام الاتحاد السعودي لكرة القدم الموافقة)."""
    if k < 2 or k - 2 <= head:
        return False
    lam = d.loose[k - 2]
    return (
        lam[:1] == "ل"
        and not lam.startswith("لل")
        and d.loose[k - 1].startswith("ال")
        and d.loose[k].startswith("ال")
        and d.pos[k] != "ADJ"
        and not _nisba_like(d.loose[k])
    )


def _nisba_like(w: str) -> bool:
    """A definite word in ي or ية (البشرية, الداخلي, المناخي): an adjective's shape."""
    return w.startswith("ال") and w.endswith(("ي", "يه"))


def _proper(d: DocWords, k: int, words: dict) -> bool:
    """Whether the complement of a definite head names one body (a state's adjective or a word
    the dictionary does not know): الجيش السوري, المجلس المصري, not الهيئة الحكومية."""
    return k < d.n and (d.pos[k] in ("X", "PROPN") or d.loose[k] in words["nisba"])


@lru_cache(maxsize=1)
def _CONJ_NAMES() -> frozenset[str]:  # noqa: N802 (a constant, built once)
    """The first names of ``names.yaml`` — given, ambiguous (also words: صالح, حسن) and
    women's — as loose forms: the names a conjunction is taken off in :func:`_written_name`."""
    words = name_words()
    return frozenset(words["ambiguous"] | words["female"] | words["given"])


def _written_name(d: DocWords, text: str, a: int, b: int, anchors: set[str]) -> str:
    """The written words ``a``…``b`` with the clitics of the first word taken off: as many
    leading letters as its loose form has more than the variant that names something
    (``وسعيد`` → ``سعيد``; ``لل`` read as ``ال``)."""
    surface = text[int(d.t["start"].iat[a]) : int(d.t["end"].iat[b])]
    full = d.loose[a]
    bare = [v for v in d.var[a] if v in anchors and v != full]
    if not bare and full[:1] in "وف" and full[1:] in _CONJ_NAMES() and full not in _CONJ_NAMES():
        # و + a first name that is also a word (وصالح البراك, وحسن كادش): the conjunction off —
        # not ب ل ك (كامل, كريم are names of their own)
        return surface[1:]
    if not bare:
        return surface
    v = max(bare, key=len)
    cut = len(full) - len(v)
    if cut == 0 and v.startswith("ال") and full.startswith("لل"):  # للاتحاد → الاتحاد
        return "ا" + surface[1:]
    if v.startswith("ال") and full[cut - 1 : cut + 1] == "لل":  # وللاتحاد → الاتحاد
        return "ال" + surface[cut + 1 :]
    return surface[cut:]


@names_the_document("finding actors")
def actor_mentions(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    *,
    discover: bool = True,
    bind: bool = True,
    speakers: bool = True,
) -> pd.DataFrame:
    """Actor mentions in every document, each pointing back to its words.

    Parameters
    ----------
    tokens, docs : DataFrame
        The token table and the documents table (``date`` resolves roles to office holders).
    gazetteer : Gazetteer, optional
        Default :func:`load_actors`.
    discover : bool
        Also report people and organisations the gazetteer lacks (actor ids ``person:NAME``,
        ``organisation:NAME``; ``kind="discovered"``).
    bind : bool
        Within an article, a full name binds later mentions of its last word
        (``kind="bound"``), and a role directly followed by a person's name becomes that person.
    speakers : bool
        With ``discover``: also the people and organisations that speak, named by the words
        before or after a reporting verb (:func:`~discourse.framing.attribution.attributions`:
        ``وقال جريج آبوت حاكم ولاية تكساس``, ``وأعلنت بلدية محافظة الجبيل أن``) where no
        other mention stands (``kind="speaker"``). A source that speaks takes part in the
        article; the attribution reads such subjects more freely than the name rules, since the
        verb vouches for them.

    Returns
    -------
    DataFrame
        :data:`MENTION_COLUMNS` plus ``match, sentence, left, right``; ``kind`` is ``gazetteer``,
        ``role`` (resolved on the article's date; ``role`` holds the office), ``discovered``,
        ``bound`` or ``speaker``. ``text[start:end] == match``.
    """
    from .cache import cached_frame, gazetteer_digest

    gz = (
        gazetteer
        if isinstance(gazetteer, Gazetteer)
        else (load_actors() if gazetteer is None else _from_pair(gazetteer))
    )
    options = f"discover={discover} bind={bind} speakers={speakers}"
    return cached_frame(
        "mentions",
        tokens,
        docs,
        [gazetteer_digest(gz), options],
        lambda: _actor_mentions(tokens, docs, gz, discover=discover, bind=bind, speakers=speakers),
    )


def _actor_mentions(
    tokens: pd.DataFrame, docs: pd.DataFrame, gz: Gazetteer, *, discover: bool, bind: bool, speakers: bool
) -> pd.DataFrame:
    """The mentions of :func:`actor_mentions`, found with the gazetteer given."""
    from .frames import with_context

    types = dict(zip(gz.actors["actor"], gz.actors["type"]))
    phrase_actor: dict[tuple, str] = {}
    phrase_alias: dict[tuple, str] = {}
    for aid, al in gz.aliases.items():
        for a in al:
            p = phrase_words(a)
            if p and p not in phrase_actor:
                phrase_actor[p] = aid
                phrase_alias[p] = a
    index = phrase_index(phrase_actor)
    # a body's name without its head, in quotation marks: “القاعدة” (تنظيم القاعدة), «حماس»
    quoted_short: dict[tuple, tuple[str, str]] = {}  # words → (actor, alias as written)
    for p, aid in phrase_actor.items():
        if (
            len(p) >= 2
            and p[0] in _GROUP_HEADS
            and types.get(aid) in ("organisation", "group", "armed_group")
            and p[1:] not in phrase_actor
        ):
            quoted_short.setdefault(p[1:], (aid, phrase_alias[p].split(" ", 1)[1]))
    short_index = phrase_index(quoted_short)
    # states called a kingdom in their full name (المملكة العربية السعودية, المملكة المغربية),
    # with the words that tell an article is about one
    kingdoms = _kingdom_evidence(gz, types)
    # actors whose aliases spell out their vowels (عُمان) and never a shadda: a word written with
    # one is another word of the same letters (عمّان, Amman)
    voweled = {
        aid
        for aid, al in gz.aliases.items()
        if any(_VOWEL_MARK.search(a) for a in al) and not any("\u0651" in a for a in al)
    }
    # short names valid after the full one (actors.yaml 'after'), indexed once for all documents
    after_phrases = {phrase_words(a): aid for aid, al in gz.after.items() for a in al}
    after_index = (phrase_index(after_phrases), after_phrases) if after_phrases else None
    words = name_words()
    reporting = _reporting_forms()
    dates = docs.set_index("doc_id")["date"] if "date" in docs else pd.Series(dtype="datetime64[ns]")
    texts = docs.set_index("doc_id")["text"]
    rows = []
    for doc_id, t in tokens.groupby("doc_id", sort=False, observed=True):
        reading_document(doc_id)
        t = t.reset_index(drop=True)
        d = DocWords(t)
        taken = np.zeros(d.n, bool)
        found: list[_Found] = []
        if discover:
            # exchanges and listed companies first: the state in بورصة قطر, صناعات قطر is theirs
            found = _market_names(d, texts[doc_id], index, phrase_actor, types, words)
            for f in found:
                taken[f.first : f.last + 1] = True
        i = 0
        while i < d.n:
            if d.punct[i] or taken[i]:
                i += 1
                continue
            best = _longest_at(d, i, index)
            if best is None:
                i += 1
                continue
            j, p = best
            aid = phrase_actor[p]
            if aid in voweled and any("\u0651" in d.tokens[x] for x in range(i, j + 1)):
                i = j + 1  # عمّان (Amman) is no عُمان (Oman): a shadda the name's own vowels lack
                continue
            if " ".join(p) in gz.capitals and _named_as_the_capital(d, i):
                taken[i : j + 1] = True
                i = j + 1
                continue
            if " ".join(p) in gz.capitals and _is_place(d, i, p[0]):
                i = j + 1  # a capital named as a place (في فيينا, اتفاق فيينا), not the state
                continue
            if (
                " ".join(p) in gz.capitals
                and 0 < i
                and j + 1 < d.n
                and d.tokens[i - 1] in _OPENING
                and d.tokens[j + 1] in _CLOSING
            ):
                # لـ"الرياض", صحيفة «الرياض»: a paper named after the city, alone in quotes
                if discover:
                    name = " ".join(d.tokens[i : j + 1])
                    found.append(
                        _Found(i, j, f"organisation:{loose(name)}", name, "organisation", "discovered")
                    )
                    taken[i : j + 1] = True
                i = j + 1
                continue
            if (
                " ".join(p) in gz.capitals
                and i > 0
                and d.same_sentence(i, i - 1)
                and not taken[i - 1]
                and d.pos[i - 1] in ("X", "PROPN")
                and not d.article(i - 1)
                and d.loose[i] == p[-1]
                and j + 1 < d.n
                and d.same_sentence(i, j + 1)
                and _nationality(d.loose[j + 1], words)
                and _match_report(d, words)
            ):
                # أتلتيكو مدريد الإسباني: a capital after a name the dictionary does not know and
                # before a state's adjective ends a club's name
                i = j + 1
                continue
            if types.get(aid) == "state" and i > 0 and d.same_sentence(i - 1, i) and d.var[i - 1] & _TEAM:
                # منتخب هندوراس, لمنتخب مصر: the country's national team, an organisation
                name = "منتخب " + " ".join(d.tokens[i : j + 1])
                found.append(
                    _Found(i - 1, j, f"organisation:{loose(name)}", name, "organisation", "discovered")
                )
                taken[i - 1 : j + 1] = True
                i = j + 1
                continue
            if types.get(aid) == "state" and _in_quoted_name(d, i, j):
                i = j + 1  # «زين السعودية», مجموعة «العمودي السعودية»: a company's name, not the state
                continue
            if types.get(aid) == "state" and i == j and _not_the_state(d, i):
                # أمريكا اللاتينية, فريقا تركيا, باليمن والبركات: a region, an adjective, a blessing
                i = j + 1
                continue
            if len(p) == 1 and p[0] in _COMMON_WORD_NAMES and _modifies_noun(d, i):
                i = j + 1  # دعم مالي حكومي: the adjective "financial", not Mali
                continue
            if len(p) == 1 and aid.endswith("_people") and _adjective_of_definite(d, i):
                # المتمردون النيجيريون, اللاعبون السعوديون: the rebels, the players — the
                # adjective of the noun before, not the state's people
                i = j + 1
                continue
            if (
                (types.get(aid) == "person" or aid.startswith("role:"))
                and i > 0
                and d.sent[i - 1] == d.sent[i]
                and (
                    (types.get(aid) == "person" and d.var[i - 1] & words["naming_heads"])
                    or (aid.startswith("role:") and d.loose[i - 1] in _DEPUTY)
                )
            ):
                # (and نائب خادم الحرمين الشريفين, مستشار خادم الحرمين: his deputy, his adviser)
                i = j + 1  # مركز الملك سلمان, مطار الملك خالد: a name inside another name
                continue
            if types.get(aid) == "person":
                # عادل بن أحمد الجبير, فلادمير بوتين: first names and links before a known name
                first_names = words["given"] | words["ambiguous"] | words["links"]
                while (
                    i > 0
                    and d.sent[i - 1] == d.sent[i]
                    and not taken[i - 1]
                    and not d.punct[i - 1]
                    and d.var[i - 1] & first_names
                    and (_name_like_at(d, i - 1) or d.var[i - 1] & words["links"])  # بن: FUNC
                    and (d.var[i - 1] & words["given"] or i - 2 >= 0 and d.var[i - 2] & first_names)
                    # (not past a first name after و, which starts this name: ريان غازي وفارس
                    # المالكي are two students)
                    and not (d.loose[i].startswith("و") and d.loose[i][1:] in first_names)
                ):
                    i -= 1
                if i < j - len(p) + 1 and d.loose[i] in words["links"]:
                    # فايز بن محمد بن سلمان: the son of a man of that name — his own name starts
                    # before the link, for the rules of names to find
                    i = j + 1
                    continue
                if i < j - len(p) + 1 and _another_first_name(d, i, p, gz.aliases.get(aid, ())):
                    # هشام مرسي: not محمد مرسي, whose family name he shares — a person of his own
                    first = d.tokens[i]
                    # (وهشام مرسي, وباسم مرسي: the first name without و, not باسم's ب)
                    first = next((first[c:] for c in range(3) if loose(first[c:]) in first_names), first)
                    name = " ".join([first, *d.tokens[i + 1 : j + 1]])
                    found.append(_Found(i, j, f"person:{loose(name)}", name, "person", "discovered"))
                    taken[i : j + 1] = True
                    i = j + 1
                    continue
            if (
                types.get(aid) == "person"
                and j + 2 < d.n
                and d.loose[j + 1] == _AL
                and d.same_sentence(j, j + 2)
                and not taken[j + 1 : j + 3].any()
                and _name_like_at(d, j + 2)
            ):
                j += 2  # الشيخ خليفة بن زايد آل نهيان: the house's name after the one the list gives
            found.append(
                _Found(
                    i,
                    j,
                    aid,
                    phrase_alias[p],
                    types.get(aid, ""),
                    "role" if aid.startswith("role:") else "gazetteer",
                )
            )
            taken[i : j + 1] = True
            i = j + 1
        if after_index and found:
            _short_after_full(d, found, taken, after_index, types)
        if quoted_short:
            _quoted_short_names(d, found, taken, short_index, quoted_short, types)
        text = texts[doc_id]
        if kingdoms:
            _bind_kingdom(d, found, taken, kingdoms, text)
        if discover:
            anchors = words["given"] | {p[0] for p in words["org_heads"]} | _SERVICE_NAMES | _CITY_OF
            absorbed: set[int] = set()
            new = _discover_in(d, taken, words, reporting, absorbed, text)
            if absorbed:
                found = [f for f in found if f.first not in absorbed]
            for f in new:
                # (a quoted name after its head, شركة “ذي جريت …”, was given its name with the head)
                name = f.alias or _written_name(d, text, f.first, f.last, anchors)
                f.actor = f"{f.type}:{loose(name)}"
                f.alias = name
                found.append(f)
        found.sort(key=lambda f: f.first)
        _bind_short_bodies(found)
        found = _merge_first_names(d, text, found, types)
        for f in found:  # إدارة أوباما, حكومة نتنياهو, نظام الأسد: the person's
            if (
                f.type == "person"
                and f.first > 0
                and d.sent[f.first - 1] == d.sent[f.first]
                and d.var[f.first - 1] & _GOVERNS
                and not taken[f.first - 1]
            ):
                f.first -= 1
                taken[f.first] = True
        _mark_settings(d, found, types)
        byline = _byline_names(text)
        if byline:
            # ياسر الحربي – عين اليوم, أبها - يحيى الشبرقي: who wrote the article, not one of its actors
            starts, ends = t["start"].to_numpy(), t["end"].to_numpy()
            found = [
                f for f in found if not (f.type == "person" and (starts[f.first], ends[f.last]) in byline)
            ]
        date = dates.get(doc_id) if doc_id in dates.index else None
        _resolve_roles(found, gz, types, date, d if bind else None)
        if bind:
            found = _bind_surnames(d, found, taken, text, words)
        for f in found:
            rows.append(
                {
                    "actor": f.actor,
                    "alias": f.alias,
                    "type": types.get(f.actor, f.type),
                    "kind": f.kind,
                    "role": f.role,
                    "doc_id": doc_id,
                    "para_id": int(t["para_id"].iat[f.first]),
                    "sent_id": int(d.sent[f.first]),
                    "tok_first": int(t["tok_id"].iat[f.first]),
                    "tok_last": int(t["tok_id"].iat[f.last]),
                    "start": int(t["start"].iat[f.first]),
                    "end": int(t["end"].iat[f.last]),
                }
            )
    reading_document(None)
    out = pd.DataFrame(rows, columns=MENTION_COLUMNS)
    out = out.astype({c: "int64" for c in ("para_id", "sent_id", "tok_first", "tok_last", "start", "end")})
    out = with_context(out, tokens, docs)
    if speakers and discover:
        out = _with_speakers(out, tokens, docs, gz)
    return out


#: Adjectives that describe a body without naming it (الهيئة الحكومية, الجهات المختصة).
_GENERIC_BODY_ADJECTIVES = {
    loose(w)
    for w in "الحكومية الحكومي المختصة المختص المعنية المعني المحلية المحلي الرسمية الرسمي "
    "المسؤولة المسؤول الأخرى الجديدة الجديد المذكورة المذكور".split()
}


def _with_speakers(mentions: pd.DataFrame, tokens: pd.DataFrame, docs: pd.DataFrame, gz) -> pd.DataFrame:
    """``mentions`` and the named speakers of the documents' statements that no mention covers
    (``kind="speaker"``: people and organisations the attribution names, one row per span), when
    the article names them nowhere else."""
    from .attribution import attributions

    st = attributions(tokens, docs, gazetteer=gz, mentions=mentions)
    st = st[
        st["attributed"]
        & (st["speaker_kind"] == "named")
        & (st["speaker_start"] >= 0)
        & st["speaker"].astype(str).str.startswith(("person:", "organisation:"))
    ].drop_duplicates(["doc_id", "speaker_start", "speaker_end"])
    if st.empty:
        return mentions
    spans = {d: list(zip(g["start"], g["end"])) for d, g in mentions.groupby("doc_id", sort=False)}
    known = {d: set(g["actor"]) for d, g in mentions.groupby("doc_id", sort=False)}
    speaking = set(st["doc_id"])
    toks = {d: g for d, g in tokens.groupby("doc_id", sort=False, observed=True) if d in speaking}
    rows = []
    texts = dict(zip(docs["doc_id"], docs["text"]))
    heads = {p[0].removeprefix("ال") for p in name_words()["org_heads"]}
    for r in st.itertuples(index=False):
        named_by = [loose(w) for w in str(r.speaker_text or "").split()]
        if not named_by:
            continue
        if (
            str(r.speaker).startswith("organisation:")
            and named_by[0].startswith("ال")
            and named_by[0][2:] in heads
            and (len(named_by) == 1 or (len(named_by) == 2 and named_by[1] in _GENERIC_BODY_ADJECTIVES))
        ):
            # الوزارة, الهيئة الحكومية: a body referred to or described, not named (the statement
            # keeps it); القوات المسلحة, الحرس المدني, “السومرية” are names
            continue
        if r.speaker in known.get(r.doc_id, ()):
            continue  # named in the article already (وأوضح البيان …: the ministry that issued it)
        a, b = int(r.speaker_start), int(r.speaker_end)
        at = texts[r.doc_id].find(r.speaker_text, a, b) if r.speaker_text else -1
        if at >= 0:  # the words that name the speaker, not the office after them (جريج آبوت حاكم …)
            a, b = at, at + len(r.speaker_text)
        if any(x < b and a < y for x, y in spans.get(r.doc_id, ())):
            continue  # (a mention already stands there: the speaker is that actor or near it)
        t = toks[r.doc_id]
        first = int(np.searchsorted(t["start"].to_numpy(), a))
        last = int(np.searchsorted(t["end"].to_numpy(), b))
        if first >= len(t) or last >= len(t) or last < first:
            continue
        rows.append(
            {
                "actor": r.speaker,
                "alias": r.speaker_text,
                "type": str(r.speaker).split(":", 1)[0],
                "kind": "speaker",
                "role": "",
                "doc_id": r.doc_id,
                "para_id": int(t["para_id"].iat[first]),
                "sent_id": int(t["sent_id"].iat[first]),
                "tok_first": int(t["tok_id"].iat[first]),
                "tok_last": int(t["tok_id"].iat[last]),
                "start": a,
                "end": b,
            }
        )
        spans.setdefault(r.doc_id, []).append((a, b))
    if not rows:
        return mentions
    from .frames import with_context

    added = pd.DataFrame(rows, columns=MENTION_COLUMNS).astype(mentions[MENTION_COLUMNS].dtypes.to_dict())
    both = pd.concat([mentions, with_context(added, tokens, docs)], ignore_index=True)
    order = {d: i for i, d in enumerate(pd.unique(tokens["doc_id"]))}
    both["_doc"] = both["doc_id"].astype(object).map(order)
    return both.sort_values(["_doc", "start"], kind="stable").drop(columns="_doc").reset_index(drop=True)


#: A byline at an article's start: a name of one to four words, a dash and one to three words
#: (the outlet, a city, متابعات) ending the line or followed by a colon or a dash (ياسر الحربي –
#: عين اليوم, أيمن حسن- سبق: …, علي حفول- سبق- نجران: …); or a city, a dash and the name ending
#: the line (أبها - يحيى الشبرقي).
_DASH = r"\s*[-–—]\s*"
_WORD = r"[^\s\-–—:.,،؛!؟?«»“”\"()]+"
#: Words in Latin letters a page's navigation left before the byline when the article was
#: scraped (``Next Previous``: 253 of the 3alyoum articles of four days of SaudiNewsNet).
_NAVIGATION = r"(?:[A-Za-z]+[ \t]+){0,4}"
_BYLINE_NAME_FIRST = re.compile(
    rf"^\s*{_NAVIGATION}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{0,3}}){_DASH}{_WORD}(?:[ \t]+{_WORD}){{0,2}}[ \t]*(?:\n|:|[-–—])"
)
_BYLINE_PLACE_FIRST = re.compile(
    rf"^\s*{_NAVIGATION}{_WORD}(?:[ \t]+{_WORD})?{_DASH}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*\n"
)


#: A signature: the last line of an article, two to four words and nothing else (an opinion
#: piece signed ``عبدالرحمن حسن جان`` under its last paragraph).
_SIGNATURE = re.compile(rf"\n[ \t\u00a0]*(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t\u00a0]*$")


def _byline_names(text: str) -> list[tuple[int, int]]:
    """Where a byline at the start of ``text`` may hold its author's name (character offsets):
    ``ياسر الحربي – عين اليوم`` (a name, a dash, the outlet or a city, the line's end),
    ``أيمن حسن- سبق: …``, ``أبها - يحيى الشبرقي`` (a city, a dash, the name, the line's end);
    and a signature, the article's last line when it holds two to four words and nothing else,
    after at least 300 characters of text. A person found there whose name is the whole of such
    a span is the article's author. On 2015-08-02 of SaudiNewsNet, about 170 of 1,314 articles
    open so (sabq, 3alyoum, alriyadh)."""
    spans = []
    base = max(0, len(text) - 80)
    tail = _SIGNATURE.search(text[base:].rstrip()) if len(text) > 300 else None
    if tail and loose(tail.group("name").split()[0]) not in name_words()["person_heads"]:
        spans.append((base + tail.start("name"), base + tail.end("name")))
    for pattern in (_BYLINE_NAME_FIRST, _BYLINE_PLACE_FIRST):
        m = pattern.match(text[:200])
        # (no byline starts with a title or an office: الأمير سعود الفيصل -رحمه الله- is the prince)
        if m and loose(m.group("name").split()[0]) not in name_words()["person_heads"]:
            spans.append((m.start("name"), m.end("name")))
    return spans


_LOCATIVE = {loose(w) for w in ("في", "إلى", "من", "حتى", "نحو", "داخل", "خارج", "قرب", "عبر")}
#: Nouns a state's name follows in construct (حكومة مالي, شمال مالي).
_STATE_HEADS = {
    loose(w)
    for w in "دولة جمهورية حكومة رئيس رئيسة سلطات جيش شعب شمال جنوب شرق غرب وسط عاصمة سفير سفارة".split()
}


#: Adjectives after a state's one-word name that make it a region (أمريكا اللاتينية, أمريكا
#: الشمالية, أيرلندا الشمالية): a state so named is in the gazetteer whole (كوريا الشمالية).
_REGION_AFTER = {loose(w) for w in "اللاتينية الجنوبية الشمالية الوسطى الشرقية الغربية".split()}
#: What follows اليمن "good fortune" in a blessing (أعاده الله باليمن والخير والبركات).
_BLESSINGS = {loose(w) for w in "والخير والبركات والبركة والمسرات والخيرات والسعادة والإيمان".split()}


def _not_the_state(d: DocWords, i: int) -> bool:
    """Whether the one-word state name at ``i`` names no state: a region with a direction after
    it (وأمريكا اللاتينية), the accusative adjective of its people after an indefinite noun
    (فريقا تركيا آخر, مسؤولا سوريا, لاعبا ألمانيا: تركياً "Turkish" is written as تركيا), or اليمن
    "good fortune" in a blessing (باليُمن والخير والبركات)."""
    w = d.loose[i]
    if i + 1 < d.n and d.same_sentence(i, i + 1) and d.loose[i + 1] in _REGION_AFTER:
        return True
    if i + 1 < d.n and d.same_sentence(i, i + 1) and d.loose[i + 1] in _BLESSINGS and w.endswith("يمن"):
        return str(d.t["token"].iat[i]).find("\u064f") > 0 or d.loose[i].startswith("بال")
    if not w.endswith("يا") or "proclitic" not in d.t or str(d.t["proclitic"].iat[i]):
        return False
    if i == 0 or not d.same_sentence(i - 1, i):
        return False
    prev = d.loose[i - 1]
    return (
        d.pos[i - 1] in ("NOUN", "ADJ")
        and not d.article(i - 1)
        and prev.endswith("ا")
        and not prev.endswith("ايا")  # (ضحايا سوريا, قضايا تركيا: a plural in construct with it)
        and not d.column("enclitic")[i - 1]  # (على رأسها ألمانيا: "at its head", a pronoun's ا)
        and len(prev) > 3
        and not str(d.t["proclitic"].iat[i - 1]).endswith("ال")
    )


def _adjective_of_definite(d: DocWords, i: int) -> bool:
    """The word at ``i`` (a people's plural, السعوديون) follows a definite plural noun it
    qualifies (اللاعبون السعوديون, المتمردين النيجيريين) in the same phrase: written with ال, in
    ون/ين/ات or a broken plural the analysers tag a noun, no و or preposition on it."""
    if i == 0 or not d.same_sentence(i - 1, i) or d.punct[i - 1]:
        return False
    prev = d.loose[i - 1]
    return prev.startswith("ال") and d.pos[i - 1] == "NOUN" and prev.endswith(("ون", "ين", "ات"))


def _modifies_noun(d: DocWords, i: int) -> bool:
    """Whether the word at ``i`` follows an indefinite noun it can qualify as an adjective
    (``دعم مالي``, ``عجز مالي``, ``ودعم مالي`` with دعم tagged a verb): not after a preposition
    or a noun a state's name follows."""
    if i == 0 or d.sent[i - 1] != d.sent[i] or d.punct[i - 1]:
        return False
    prev = d.loose[i - 1]
    # a verb's letters and a verbal noun's are the same without vowels (دعم "support" /
    # "supported"): a bare three-letter word the tagger calls a verb can still be the noun
    noun = d.pos[i - 1] == "NOUN" or (d.pos[i - 1] == "VERB" and min(len(v) for v in d.var[i - 1]) == 3)
    if prev in _LOCATIVE or d.var[i - 1] & _STATE_HEADS or not noun:
        return False
    if d.loose[i][:1] in "وبلك":  # ومالي, بمالي: a conjunction or preposition of its own
        return False
    return not any(v.startswith("ال") for v in d.var[i - 1])  # (والمصالحة بمالي)


@lru_cache(maxsize=1)
def _conduct_nouns() -> frozenset[str]:
    """The evaluation cues of the shipped stance lexicon (its positive, negative and undoing
    words: دعم, تعنت, تصعيد, تهديد): nouns of what someone does, whose complement is who does it."""
    from .stance import load_stance

    lex = load_stance()
    words = [*lex.cues.get("positive", []), *lex.cues.get("negative", []), *lex.undoing]
    return frozenset(v for w in words for v in (loose(w), loose(w).removeprefix("ال")))


#: Nouns whose complement in construct is who governs, holds a position, wants, decides or acts
#: (موقف واشنطن, قرار موسكو, حكومة كييف, نفوذ طهران, حلفاء واشنطن): a capital after them
#: stands for its state, as after a noun of conduct (:func:`_conduct_nouns`). Not the nouns of
#: what happens in a city or is named after it (اتفاق, إعلان, خطة, مؤتمر, قمة, مبادرة, هجمات,
#: برنامج, إدارة: إعلان نواكشوط, هجمات باريس, إدارة تعليم الرياض), which stay places.
_AGENT_HEADS = frozenset(
    loose(w)
    for w in (
        "حكومة حكومات نظام سلطات "
        "موقف مواقف رفض ترحيب إدانة استياء غضب قلق مخاوف تحفظ تحفظات اعتراض اعتراضات "
        "قرار قرارات عزم نية رغبة سعي مساعي محاولة محاولات حرص إصرار استعداد إرادة "
        "سياسة سياسات استراتيجية إستراتيجية نهج أجندة طموحات أطماع "
        "تدخل تدخلات نفوذ دور أنشطة نشاطات تحركات جهود "
        "حلفاء حليف حليفة شركاء مصالح علاقات "
        "تصريحات اتهامات اتهام مطالب مطالبة تحذيرات "
        "مفاوضو مفاوضي وفد التزام التزامات تعهد تعهدات موافقة اعتراف انسحاب تراجع رد ردود عقوبات"
    ).split()
)


def _is_place(d: DocWords, i: int, matched: str) -> bool:
    """Whether a capital at ``i`` names a place: after a locative preposition (في فيينا),
    with ب attached (بواشنطن), or in construct after a bare noun (اتفاق فيينا, مطار بيروت) —
    not after a noun of conduct (:func:`_conduct_nouns`: بسبب تعنت طهران, على دعم موسكو; such
    nouns were often tagged verbs before 0.4.38 read the word after a preposition as a noun) or
    of agency (:data:`_AGENT_HEADS`: موقف واشنطن, حكومة كييف), where the capital stands for the
    state that acts."""
    w = d.loose[i]
    if w != matched and w.endswith(matched) and w[: len(w) - len(matched)] in ("ب", "وب", "فب"):
        return True
    if i == 0 or d.sent[i - 1] != d.sent[i] or d.punct[i - 1]:
        return False
    prev = d.loose[i - 1]
    return prev in _LOCATIVE or (
        d.pos[i - 1] == "NOUN"
        and not prev.startswith(("ال", "و"))
        and not d.var[i - 1] & (_conduct_nouns() | _AGENT_HEADS | _DIRECTIONS)
    )


_IN = {loose(w) for w in ("في", "داخل")}
#: A state's institutions named by its adjective (الحكومة اليمنية, الجيش السوري): after في they
#: are where someone works or serves, not a place.
_INSTITUTIONS_OF_STATES = {
    loose(w) for w in "الحكومة الجيش القوات السلطات الوزارة البرلمان الرئاسة الخارجية الداخلية".split()
}
_THE_CAPITAL = loose("العاصمة")


def _named_as_the_capital(d: DocWords, i: int) -> bool:
    """Whether the capital at ``i`` follows في/إلى/من العاصمة and, maybe, its state's adjective
    (في العاصمة المغربية الرباط, إلى العاصمة الرياض): the city as the place where, no mention of
    the state — nor of anyone (أديس أبابا is no person's name)."""
    if i < 2 or d.sent[i - 1] != d.sent[i]:
        return False
    k = i - 2 if d.loose[i - 1].endswith("يه") and d.loose[i - 2] == _THE_CAPITAL else i - 1
    return d.loose[k] == _THE_CAPITAL and k > 0 and d.sent[k - 1] == d.sent[i] and d.loose[k - 1] in _LOCATIVE


def _mark_settings(d: DocWords, found: list, types: dict) -> None:
    """A state named only as where things happen (في سوريا, في سوريا والعراق) in an article is
    its setting, not one of its actors: those mentions get ``kind="place"``."""

    def locative(f):
        k = f.first
        if k == 0 or d.sent[k - 1] != d.sent[k]:
            return False
        if d.loose[k] in _INSTITUTIONS_OF_STATES:
            return False  # مسؤول في الحكومة اليمنية: in the government, which acts, not a place
        prev = d.loose[k - 1]
        if prev in _IN or d.var[k - 1] & _DIRECTIONS:
            return True  # (غرب أستراليا, بشمال سوريا: a region of the state, a place)
        if _in_a_list_of_places(d, f, starts, ends):
            return True  # مثل قبرص واسطنبول ولندن وفرانكفورت: destinations, places
        w = d.loose[k]
        return w[:1] == "و" and k - 1 in place_ends  # في سوريا واليمن

    place_ends: set[int] = set()
    by_actor: dict[str, list] = {}
    starts = {f.first: f for f in found if types.get(f.actor) == "state"}
    ends = {f.last: f for f in starts.values()}
    for f in found:
        if types.get(f.actor) == "state" and f.kind == "gazetteer":
            loc = locative(f)
            if loc:
                place_ends.add(f.last)
            by_actor.setdefault(f.actor, []).append((f, loc))
    for items in by_actor.values():
        if all(loc for _, loc in items):
            for f, _ in items:
                f.kind = "place"


#: Directions before a state's name that make a region of it (شمال سوريا, بغرب أستراليا, جنوبي اليمن)
_DIRECTIONS = {loose(w) for w in "شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي".split()}


def _in_a_list_of_places(d: DocWords, f, states: dict, ends: dict) -> bool:
    """The state mention ``f`` stands in a list of three places or more joined by و or commas, one
    of them a city of ``places.tsv`` that names no state (قبرص واسطنبول ولندن وفرانكفورت وباريس:
    an airline's destinations) — places, not the states' actors (a list of states alone, the
    five powers, is left as it is). ``states`` and ``ends`` map the first and the last token of
    each state mention to it."""
    city = _city_words()

    def item_at(x, right):
        g = (states if right else ends).get(x)
        if g is not None:
            return g.first, g.last, False
        if not d.punct[x] and d.var[x] & city:
            return x, x, True
        return None

    items = _list_around(d, f.first, f.last, item_at)
    return len(items) >= 2 and any(items)


def _list_around(d: DocWords, first: int, last: int, item_at) -> list:
    """The other items of a list the span ``first``…``last`` stands in, joined by و or commas
    (مصر والمملكة والأردن; قبرص، واسطنبول): ``item_at(x, right)`` gives ``(first, last, value)`` of
    the item that starts (``right``) or ends at token ``x``, or None; the values are returned."""
    out = []
    x = last + 1  # rightwards: each next item opens with و or follows a comma
    while x < d.n and d.sent[x] == d.sent[first]:
        comma = d.tokens[x] == "،"
        x += comma
        it = item_at(x, True) if x < d.n and d.sent[x] == d.sent[first] else None
        if it is None or not (comma or d.loose[it[0]].startswith("و")):
            break
        out.append(it[2])
        x = it[1] + 1
    head, x = first, first - 1  # leftwards: the item after each one opens with و or follows a comma
    while x >= 0 and d.sent[x] == d.sent[first]:
        comma = d.tokens[x] == "،"
        x -= comma
        it = item_at(x, False) if x >= 0 and d.sent[x] == d.sent[first] else None
        if it is None or not (comma or d.loose[head].startswith("و")):
            break
        out.append(it[2])
        head, x = it[0], it[0] - 1
    return out


def _merge_first_names(d: DocWords, text: str, found: list[_Found], types: dict) -> list[_Found]:
    """A discovered name right before a known person's name is that person's full name
    (``عادل بن أحمد`` + ``الجبير`` → the gazetteer's al-Jubeir, written in full)."""
    out: list[_Found] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "discovered"
            and prev.type == "person"
            and f.kind == "gazetteer"
            and types.get(f.actor) == "person"
            and f.first == prev.last + 1
        ):
            out[-1] = _Found(prev.first, f.last, f.actor, prev.alias + " " + f.alias, "person", "gazetteer")
            continue
        out.append(f)
    return out


def _from_pair(pair) -> Gazetteer:
    """A Gazetteer from an ``(actors, cues)`` pair of an earlier version."""
    actors, cues = pair
    aliases: dict[str, list[str]] = {}
    for c in cues:
        aliases.setdefault(c.label, []).append(c.text)
    return Gazetteer(actors.assign(source=actors.get("source", "")), aliases)


def _resolve_roles(found: list[_Found], gz: Gazetteer, types: dict, date, d: DocWords | None) -> None:
    """A role mention becomes the office holder on the article's date, or the person named
    right after it; else it stays the role."""
    for k, f in enumerate(found):
        if f.kind != "role":
            continue
        f.role = f.actor
        nxt = found[k + 1] if k + 1 < len(found) else None
        between = range(f.last + 1, nxt.first) if nxt is not None else ()
        if (
            d is not None
            and nxt is not None
            and nxt.type in ("person", "")
            and nxt.first - f.last <= 2
            and all(not d.punct[k] or d.loose[k] in ("،", ",") for k in between)
            and (nxt.kind == "discovered" or types.get(nxt.actor) == "person")
        ):
            f.actor, f.kind = nxt.actor, "role"
            continue
        office = gz.offices.get(f.actor)
        if office is None or date is None or pd.isna(date):
            continue
        for a, b, holder in office["terms"]:
            if a is not None and a <= date and (b is None or date < b):
                f.actor = holder
                break


_FATHER_LINKS = {loose(w) for w in ("بن", "بنت", "ابن")}
_LINEAGE = _FATHER_LINKS | {_AL}
_KINGDOM = {loose("المملكة")}


def _bind_short_bodies(found: list) -> None:
    """A body an article names with its field once and without it elsewhere (الاتحاد السعودي
    لكرة القدم … وقال الاتحاد السعودي): the short name is the same body, when the article gives
    one field only (not الاتحاد السعودي للتنس and … لكرة القدم side by side), of two words or
    more (a single word after ل is as often what the body is there for: صندوق النقد للحصول على …)."""
    bodies = {f.actor for f in found if f.kind == "discovered" and f.type == "organisation"}
    for f in found:
        if f.kind != "discovered" or f.type != "organisation":
            continue
        longer = [a for a in bodies if a.startswith(f.actor + " ل") and len(a[len(f.actor) :].split()) >= 2]
        if len(longer) == 1:
            f.actor = longer[0]


def _short_after_full(d: DocWords, found: list, taken: np.ndarray, after_index: tuple, types: dict) -> None:
    """Add the mentions of an actor's short names (``after`` in actors.yaml: النصرة) that follow
    a mention of the actor by a full alias in the same article (جبهة النصرة … وذكرت النصرة).
    ``after_index`` is the phrase index of all short names and the actor of each phrase."""
    index, phrases = after_index
    wanted = set(phrases.values())
    first_at = {}
    for f in found:
        if f.actor in wanted and f.actor not in first_at:
            first_at[f.actor] = f.last
    if not first_at:
        return
    start = min(first_at.values()) + 1
    i = start
    while i < d.n:
        if taken[i] or d.punct[i]:
            i += 1
            continue
        best = _longest_at(d, i, index)
        if best is None or taken[i : best[0] + 1].any() or first_at.get(phrases[best[1]], d.n) >= i:
            i += 1
            continue
        j, p = best
        aid = phrases[p]
        found.append(_Found(i, j, aid, " ".join(p), types.get(aid, ""), "gazetteer"))
        taken[i : j + 1] = True
        i = j + 1
    found.sort(key=lambda f: f.first)


_KINGDOM_WORD = loose("مملكة")
_VOWEL_MARK = re.compile("[\u064b-\u0652]")
#: The government words before a state's name that make the state (حكومة المملكة)
_RULERS_OF = {loose(g.removeprefix("ال")) for g in _GOVERNMENT_F}


def _kingdom_evidence(gz: Gazetteer, types: dict) -> dict[str, tuple[bool, frozenset[str]]]:
    """The states one of whose names calls them a kingdom (المملكة العربية السعودية, المملكة
    الأردنية الهاشمية, المملكة المتحدة), each with whether its own press writes Arabic (an
    official language of the state in CLDR, through ``babel``: the Saudi, Jordanian, Moroccan,
    Bahraini press call their state ``المملكة``; Arabic news never calls Britain so alone) and
    the loose words that show an article is about it: its adjective in every form (السعودي,
    السعودية, السعوديين, سعوديون), its capital and the cities of ``places.tsv`` in it (الدمام,
    أبها, إربد, طنجة)."""
    from babel.languages import get_official_languages

    from ..text.places import place_countries

    cities: dict[str, set[str]] = {}
    for name, code in place_countries().items():
        cities.setdefault(code, set()).add(loose(name))
    out = {}
    for aid, al in gz.aliases.items():
        if types.get(aid) != "state" or not any("مملكة" in a for a in al):
            continue
        code = gz.codes.get(aid, "")
        arabic = bool(code) and "ar" in get_official_languages(code, de_facto=True)
        forms = set(cities.get(code, ())) | {loose(c) for c in al if loose(c) in gz.capitals}
        for st in gz.nisba.get(aid, ()):
            st = loose(st)
            for w in (st, st + "ه", st + "ين", st + "ون", st + "تين", st + "ان"):
                forms |= {w, "ال" + w}
        out[aid] = (arabic, frozenset(forms))
    return out


def _listed_with(d: DocWords, starts: dict, ends: dict, i: int) -> set[str]:
    """The states named in a list with the word at ``i`` (كالمملكة وتركيا ومصر والأردن; مصر
    والمملكة): the neighbours joined to it by و or a comma, one state mention after another
    (``starts``/``ends``: the state mentions by their first and last token)."""

    def item_at(x, right):
        g = (starts if right else ends).get(x)
        return None if g is None else (g.first, g.last, g.actor)

    return set(_list_around(d, i, i, item_at))


def _bind_kingdom(
    d: DocWords, found: list, taken: np.ndarray, kingdoms: dict[str, tuple[bool, frozenset[str]]], text: str
) -> None:
    """``المملكة`` alone is the one kingdom the article names in full (``المملكة العربية
    السعودية`` … ``وأكدت المملكة``), when Arabic is that kingdom's language or the article shows
    no Arabic-writing kingdom. With none named in full, it is the one Arabic-writing kingdom the
    article shows it is about (:func:`_kingdom_evidence`: named in any form, its adjective, its
    capital or cities — ``محافظات المملكة`` in a report from أبها, ``السفير الأمريكي لدى
    المملكة`` after ``الريال السعودي``). With two in full, or evidence of two (the Saudi and the
    Jordanian), or none, or a feminine qualifier after it (``المملكة الهولندية``, ``المملكة
    الوسطى``: China), it is left alone; nor is it a state listed beside it (``كالمملكة وتركيا
    ومصر والأردن``: not Jordan)."""
    in_full = {
        f.actor
        for f in found
        if f.actor in kingdoms and _KINGDOM_WORD in {loose(w).removeprefix("ال") for w in f.alias.split()}
    }
    if len(in_full) > 1:
        return
    arab = {k for k, (ar, _) in kingdoms.items() if ar}
    if not in_full & arab:
        shown = {f.actor.removesuffix("_people") for f in found} & arab
        for k in arab - shown:
            if any(v & kingdoms[k][1] for v in d.var):
                shown.add(k)
        if in_full and shown:
            return  # المملكة المتحدة in a list with السعودية and المغرب: المملكة is not Britain
        in_full = in_full or shown
    if len(in_full) != 1:
        return
    (state,) = in_full
    bound = []
    starts = {f.first: f for f in found if f.type == "state"}
    ends = {f.last: f for f in starts.values()}
    for i in range(d.n):
        if taken[i] or d.punct[i] or not d.var[i] & _KINGDOM:
            continue
        qualified = (
            d.same_sentence(i, i + 1)
            and d.article(i + 1)
            and not d.maqsura_prep[i + 1]  # (إلى, loose الي)
            and d.loose[i + 1] not in _BOUNDARY  # (المملكة التي, المملكة الذي وافق, … الماضي)
        )
        if qualified and (d.loose[i + 1].endswith("ه") or d.tokens[i + 1].endswith("ى")):
            # المملكة الهولندية, المملكة المتحدة, المملكة الوسطى: another kingdom, named by a
            # feminine adjective (وضع المملكة الاقتصادي: the adjective of the noun before)
            continue
        if state in _listed_with(d, starts, ends, i):
            continue
        first = i
        if i > 0 and d.same_sentence(i - 1, i) and not taken[i - 1] and d.var[i - 1] & _RULERS_OF:
            first = i - 1  # حكومة المملكة, سلطات المملكة: the state itself, as الحكومة السعودية is
        a, b = int(d.t["start"].iat[first]), int(d.t["end"].iat[i])
        bound.append(_Found(first, i, state, text[a:b], "state", "bound"))
    for f in bound:
        found.append(f)
        taken[f.first : f.last + 1] = True
    found.sort(key=lambda f: f.first)


def _bind_surnames(
    d: DocWords, found: list[_Found], taken: np.ndarray, text: str, words: dict
) -> list[_Found]:
    """Later mentions of the last word of a discovered full name are that person: a word
    nothing else took, and a family name found alone after an honorific (أحمد الجمعان … وأضاف
    الشيخ الجمعان: the same man, not a person الجمعان). A family name after آل ("the house of")
    is bound only after آل, with it (عبداللطيف آل الشيخ … وشدد آل الشيخ; a later الشيخ alone is
    the title "the sheikh"). So is a name's first word found alone after a title when it is no
    Arab first name (الجنرال مين اونغ هلينغ … وعبر الجنرال مين: Burmese names have no family
    name; a later الدكتور محمد may be another Muhammad). A first and a family name found as a
    name of two words (تركي السديري) are the one longer name of the article that begins and ends
    with them (تركي بن عبدالله السديري, before or after it): the same man, written short."""
    longer: dict[tuple[str, str], dict[str, _Found]] = {}
    for f in found:
        if f.type == "person" and f.kind in ("discovered", "gazetteer") and f.last - f.first >= 2:
            for v in d.var[f.first]:
                longer.setdefault((v, d.loose[f.last]), {})[f.actor] = f
    for n, g in enumerate(found):
        if g.type == "person" and g.kind == "discovered" and g.last - g.first == 1:
            same = {}
            for v in d.var[g.first]:
                same.update(longer.get((v, d.loose[g.last]), {}))
            if len(same) == 1:
                (f,) = same.values()
                found[n] = _Found(g.first, g.last, f.actor, f.alias, "person", "bound")
    arab_given = (words["given"] - words["foreign"]) | words["ambiguous"]
    first_words: dict[str, list] = {}
    for f in found:
        if (
            f.type == "person"
            and f.kind == "discovered"
            and f.last > f.first
            and len(d.loose[f.first]) >= 3
            and not d.var[f.first] & arab_given
        ):
            first_words.setdefault(d.loose[f.first], []).append(f)
    for n, g in enumerate(found):
        if g.type == "person" and g.kind == "discovered" and g.first == g.last:
            fs = [f for f in first_words.get(d.loose[g.first], ()) if f.last < g.first]
            if len({f.actor for f in fs}) == 1:
                f = fs[-1]
                found[n] = _Found(g.first, g.last, f.actor, f.alias, "person", "bound")
    last_words = {}
    for f in found:
        if f.type == "person" and f.kind in ("discovered", "gazetteer") and f.last > f.first:
            w = d.loose[f.last]
            # after بن the last word is the father's name (يحيى بن علي): a later علي is not him;
            # nor is the second half of a compound first name a family name (تركي بن عبد الله:
            # a later الله is God, not him)
            before = d.loose[f.last - 1]
            if (
                len(w) >= 3
                and before not in _FATHER_LINKS
                # (أبو علي, أبا أحمد: a later علي, أحمد is not him)
                and not (before in _KUNYA | _KUNYA_OBLIQUE and f.last - 1 == f.first)
                and before != _ABD
                and w not in _NAME_SECONDS
            ):
                last_words.setdefault(w, f)
    if not last_words:
        return found
    for n, g in enumerate(found):
        if g.type == "person" and g.kind == "discovered" and g.first == g.last:
            f = next((last_words[v] for v in d.var[g.first] if v in last_words), None)
            if f is not None and g.first > f.last:
                found[n] = _Found(g.first, g.last, f.actor, f.alias, "person", "bound")
    extra = []
    for i in range(d.n):
        if taken[i] or d.punct[i] or d.maqsura_prep[i]:
            continue  # (على, folded to علي, is never a family name)
        for v in d.var[i]:
            f = last_words.get(v)
            if f is not None and i > f.last:
                if d.pos[i] == "VERB" and f.kind == "gazetteer":
                    break  # a known person's family name that is also a verb here
                first = i
                if d.loose[f.last - 1] == _AL:
                    if d.loose[i - 1] != _AL or taken[i - 1] or not d.same_sentence(i - 1, i):
                        break
                    first = i - 1
                elif (
                    d.loose[f.last - 1] in _FOREIGN_LINKS | _KUNYA
                    and i > 0
                    and d.loose[i - 1] == d.loose[f.last - 1]
                    and not taken[i - 1]
                    and d.same_sentence(i - 1, i)
                ):
                    first = i - 1  # دي ماريا after انخل دي ماريا, أبو زهري after سامي أبو زهري
                if _word_of_the_language(d, f.last, words) and not (
                    first > 0 and d.var[first - 1] & (words["person_heads"] | _reporting_forms())
                ):
                    # a family name that is an everyday word or adjective (العمر, طريق, الموسم,
                    # العربي) is the person only after a title or a reporting verb (د. العمر,
                    # وأوضح العربي), not in العمل العربي المشترك
                    break
                extra.append(_Found(first, i, f.actor, f.alias, "person", "bound"))
                taken[first : i + 1] = True
                break
    return sorted(found + extra, key=lambda f: f.first)


def _word_of_the_language(d: DocWords, k: int, words: dict) -> bool:
    """The family name at ``k`` is also an everyday word of news: a definite everyday noun
    (الموسم, العامة) or common nisba adjective (العربي), or a word general Arabic writes at
    least 1e-4 without the article that is no first name of the lists (طريق; not صالح, سعيد,
    عمر: a name's family name as often as a word)."""
    w = d.loose[k]
    if d.article(k):
        return _everyday(w) or _common_nisba(w)
    if d.var[k] & (words["given"] | words["ambiguous"] | words["foreign"]):
        return False
    return not _written_less_than(d.tokens[k], 1e-4)


@lru_cache(maxsize=1)
def _reporting_forms() -> frozenset[str]:
    """The loose forms of the speech lexicon's verbs and continuations."""
    return frozenset(loose(w) for w in _reporting_words())


@lru_cache(maxsize=1)
def _reporting_words() -> tuple[str, ...]:
    from .lexicon import load_yaml

    lex = load_yaml(config.lexicon_path("speech"))
    return tuple(str(w) for forms in (lex.get("verbs") or {}).values() for w in forms) + tuple(
        str(w) for w in lex.get("continuation", [])
    )


def discover_actors(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    gazetteer: Gazetteer | None = None,
    *,
    examples: int = 2,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Candidate actors the gazetteer lacks, for the researcher to accept into their own file.

    Returns ``name, type, mentions, docs, examples`` (example sentences), most mentioned
    first. Pass ``mentions`` (from :func:`actor_mentions` with ``discover=True``) to reuse them. Accepted names go into a YAML of the form of ``actors.yaml``, passed as
    ``load_actors(extra=…)``.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    gazetteer : Gazetteer, optional
        The actor gazetteer (default :func:`~discourse.framing.actors.load_actors`).
    examples : int
        Example sentences per candidate.
    mentions : DataFrame, optional
        Actor mentions (:func:`~discourse.framing.frames.actor_mentions`); found when not given.
    """
    m = actor_mentions(tokens, docs, gazetteer, discover=True) if mentions is None else mentions
    m = m[m["kind"].isin(["discovered", "bound"])]
    cols = ["name", "type", "mentions", "docs", "examples"]
    if m.empty:
        return pd.DataFrame(columns=cols)
    g = m.groupby("actor", sort=False)
    out = pd.DataFrame(
        {
            "name": g["alias"].first(),
            "type": g["type"].first(),
            "mentions": g.size(),
            "docs": g["doc_id"].nunique(),
            "examples": g["sentence"].agg(lambda s: list(dict.fromkeys(s))[:examples]),
        }
    )
    return out.sort_values(["mentions", "name"], ascending=[False, True]).reset_index(drop=True)[cols]


def state_attributes(
    tokens: pd.DataFrame, gazetteer: Gazetteer | None = None, *, mentions: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Nisba adjectives of states (``الإيرانية``, ``الأمريكي``): attributes of the state, not
    mentions of it — ``state, form, doc_id, sent_id, tok_id, start, end``. With ``mentions``
    (:func:`actor_mentions`), adjectives inside a mention (``الحكومة الإيرانية``) are left out.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    gazetteer : Gazetteer, optional
        The actor gazetteer (default :func:`~discourse.framing.actors.load_actors`).
    mentions : DataFrame, optional
        Actor mentions (:func:`~discourse.framing.frames.actor_mentions`); found when not given.
    """
    gz = gazetteer if isinstance(gazetteer, Gazetteer) else load_actors()
    forms = {}
    for sid, stems in gz.nisba.items():
        for st in stems:
            s = loose(st)
            for f in (s, s + "ه", s + "ون", s + "ين", s + "يه"):
                forms.setdefault(f, sid)
                forms.setdefault("ال" + f, sid)
    norm = tokens["norm"].astype(str).map(loose)
    state = norm.map(lambda x: next((forms[v] for v in clitic_variants(x) if v in forms), None))
    hit = state.notna() & ~tokens["is_punct"].astype(bool)
    if mentions is not None and len(mentions):
        inside = pd.Series(False, index=tokens.index)
        for doc_id, m in mentions.groupby("doc_id"):
            rows = tokens["doc_id"] == doc_id
            tok = tokens.loc[rows, "tok_id"].to_numpy()
            cover = np.zeros(len(tok), bool)
            for a, b in zip(m["tok_first"], m["tok_last"]):
                cover |= (tok >= a) & (tok <= b)
            inside[rows] = cover
        hit &= ~inside
    out = tokens.loc[hit, ["doc_id", "sent_id", "tok_id", "start", "end"]].copy()
    out.insert(0, "form", tokens.loc[hit, "token"].astype(str))
    out.insert(0, "state", state[hit])
    return out.reset_index(drop=True)


_NAME_PREFIX_WORDS = {
    loose(w)
    for w in (
        "جمهورية",
        "مملكة",
        "دولة",
        "جزر",
        "جزيرة",
        "جنوب",
        "شمال",
        "إمارة",
        "سلطنة",
        "سانت",
        "سان",
        "ساو",
    )
}
# state names that are also everyday words (مالي "financial", بنين "sons"): not protected
_COMMON_WORD_NAMES = {loose(w) for w in ("مالي", "بنين", "وام", "سانا")}


def _without_article(name: str) -> str:
    """A name's lemma: the name without the article, as for every other word (القاهرة → قاهرة,
    الحسين → حسين); a short word keeps it (الى is not ال + ى)."""
    return name[2:] if name.startswith("ال") and len(name) > 4 else name


@lru_cache(maxsize=4)
def name_lemmas(path: str | None = None) -> dict[str, tuple[str, str]]:
    """Written forms of proper names → ``(lemma, "PROPN")``, for the lemmatizer.

    From the gazetteer: the one-word names and capitals of states, the one-word names of
    people (طهران, روحاني, ماكرون) and of news sources (واس, not the verb واسى "consoled";
    رويترز, شينخوا), and a word that starts the names of several states
    (كوريا of كوريا الشمالية and كوريا الجنوبية). The lemma is the name without the article,
    as for every other word (السعودية → سعودية, القاهرة → قاهرة, not سعدي, قاهر); spelling
    variants of one name get its first listed spelling (ايران → إيران). Names of groups (السنة, الغرب) and names that are
    also everyday words (مالي; وام, also "and mother" written without its hamza) are left out.
    First names are in :func:`given_name_lemmas` (they match only as written).

    Parameters
    ----------
    path : str, optional
        An actors YAML (default the shipped gazetteer).
    """
    from collections import Counter

    gz = load_actors(path)
    types = dict(zip(gz.actors["actor"], gz.actors["type"]))
    shared = Counter(
        a.split()[0]
        for aid, al in gz.aliases.items()
        if types.get(aid) == "state"
        for a in dict.fromkeys(al)
        if " " in a
    )
    out: dict[str, tuple[str, str]] = {}
    for aid, aliases in gz.aliases.items():
        t = types.get(aid)
        if t not in ("state", "person", "news_source"):
            continue
        canon: dict[str, str] = {}
        for a in aliases:
            words = a.split()
            if len(words) == 1:
                w = words[0]
            elif (
                t == "state"
                and shared[words[0]] >= 2
                and not words[0].startswith("ال")
                and loose(words[0]) not in _NAME_PREFIX_WORDS
            ):
                w = words[0]
            else:
                continue
            key = loose(w)
            if key in _COMMON_WORD_NAMES:
                continue
            canon.setdefault(key, _without_article(w))
            out.setdefault(w, (canon[key], "PROPN"))
    return out


@lru_cache(maxsize=1)
def given_name_lemmas() -> dict[str, tuple[str, str, str]]:
    """Written first names → ``(lemma, "PROPN", proclitic)``, for the lemmatizer.

    The one-word given and foreign first names of ``names.yaml``, which the analysers read as
    other words (أحمد as حمد "I praise", الحسين as حس, نواف as وافى, باراك as بار, بنيامين as
    نائم), keep their form (without the article: الحسين → حسين; spelling variants merged:
    ابراهيم → إبراهيم; a foreign name's g written غ or ج as the lemmatizer merges it, by
    :func:`~discourse.text.lemma_rules.canonical_spelling`: دييجو → دييغو). Arabic names that
    are also everyday words (``ambiguous_given_names``: حسن, أمل, باسم "in the name of") keep the
    analysers' reading; a foreign name is never an Arabic word. A name matches as written or
    after the conjunction و only (and not after و when و + the name is a word of its own as
    common as the name: ورقية) — unlike the gazetteer's names, not after other clitics, which
    make other words of short names (فعلي "actual" is not ف + علي, لجان "committees" not ل +
    جان, كريم not ك + ريم) — and not with the article (العمر "age", الهند "India"). A name that opens with a hamza also
    matches written without it (احمد), as :func:`~discourse.text.lemma_rules.hamza_spelling`
    would read it.
    """
    from .lexicon import load_yaml

    data = load_yaml(config.lexicon_path("names"))
    foreign = set(data.get("foreign_given_names", []))
    ambiguous = {loose(w) for w in data.get("ambiguous_given_names", [])}
    from ..text.lemma_rules import canonical_spelling, hamza_spelling

    canon: dict[str, str] = {}
    out: dict[str, tuple[str, str, str]] = {}
    for w in data.get("given_names", []) + sorted(foreign):
        key = loose(w)
        if " " in w or key in _COMMON_WORD_NAMES or (w not in foreign and key in ambiguous):
            continue
        # a foreign name's spellings of g merged as the lemmatizer merges them, by how often
        # general Arabic writes each (دييجو → دييغو, غوردون → جوردون)
        name = canonical_spelling(w, hamza=True) if w in foreign else _without_article(w)
        out[w] = (canon.setdefault(key, name), "PROPN", "")

    for w, entry in list(out.items()):
        # …and as online news writes it without its first hamza (احمد, اشرف, اسامة), when
        # general Arabic writes the name with the hamza at least twice as often (the rule that
        # reads انه as أنه): الياس, written so as often as إلياس, is left to the analysers
        bare = "ا" + w[1:]
        if w[:1] in "أإآ" and bare not in out and hamza_spelling(bare) == w:
            out[bare] = entry
    from wordfreq import word_frequency

    for w, (lemma, pos, _) in list(out.items()):  # after و (a name as written comes first: وليد)
        # not when و + the name is a word of its own, about as common as the name in general
        # Arabic (ورقية "paper" is not و + رقية)
        if word_frequency("و" + w, "ar") < _OWN_WORD_RATIO * word_frequency(w, "ar"):
            out.setdefault("و" + w, (lemma, pos, "و"))
    return out


#: و + a first name is read as the conjunction and the name unless the whole is at least this
#: share as frequent as the name alone (wordfreq); و + a name is typically 1–10 % as frequent
#: (وعلاء 6 %, وطه 1.4 %, ولينا 11 %), a word of its own more (ورقية 170 %).
_OWN_WORD_RATIO = 0.5
