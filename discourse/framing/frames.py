"""Deductive framing: frame cues, actors, scores — every number traceable to its words.

* :func:`load_frames` / :func:`frame_hits`: every cue found, with its sentence and offsets;
* :func:`frame_scores`: per document or paragraph, hits per 1,000 words and share of paragraphs;
* :func:`load_actors` / :func:`actor_mentions`: gazetteer mentions (clitics, spelling variants);
* :func:`actor_network`, :func:`actor_frame_table`: co-occurrence within sentences;
* :func:`frame_prominence`: frames by outlet or period with bootstrap confidence intervals and a
  χ² test of independence.

The lexicons are YAML files in ``data/lexicons/`` (``frames.yaml``, ``actors.yaml``); edit them
or pass your own path.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from ..errors import LexiconError
from ..text.normalize import loose
from ..text.segment import sentence_table
from .actors import actor_mentions, load_actors
from .lexicon import Cue, load_yaml, match_cues, require_list

__all__ = [
    "FrameLexicon",
    "load_frames",
    "frame_hits",
    "frame_scores",
    "dominant_frames",
    "dominance_table",
    "frame_profile",
    "load_actors",
    "actor_mentions",
    "actor_frequencies",
    "actor_network",
    "actor_frame_table",
    "frame_prominence",
    "frame_independence",
    "frame_group_tests",
    "topic_words",
    "sentence_table",
    "with_context",
]


@dataclass
class FrameLexicon:
    """Frames (``id, label, kind, definition, source``), their cues, negations, Entman cues,
    and ``idioms``: fixed expressions whose words are never frame evidence (``ذات العلاقة``,
    "relevant", holds the diplomacy cue ``علاقة``); ``sport_words`` and ``sport_cues``: in a
    sentence holding a sport word, the sport cues have their sport sense (``لقاء``, ``مواجهة`` a
    match; ``دفاع``, ``هجوم`` defence and attack; ``تدخل`` a tackle) and do not count;
    ``title_heads``: lemmas of words whose next word is a portfolio in a title, not frame evidence
    (``وزير الدفاع``, ``وزارة الصحة``); ``between_states``: cues that are diplomacy only between
    governments (``اجتماع``, ``زيارة``, ``التعاون``: also a municipality's meeting, a company's
    partnership; ``نفوذ``, ``تنافس``: also farmers competing), counted only in a sentence that
    names a state, a capital, a head of state or minister, an international body of the
    gazetteer, or holds one of the ``state_words``
    (``البلدين``, ``نظيره``, ``السفارة``); ``actor_objects``: cues that, written as the bare
    cue (with only a conjunction or preposition on it), count only when an actor of the listed
    types is named right after them (``مواجهة الحكومة الإيرانية`` is a confrontation;
    ``لمواجهة الأزمات`` is coping; ``تدخل إيران`` an interference, ``تدخل الشركة السوق`` a verb);
    ``agreements``: cues naming an agreement (``اتفاق``, ``اتفاقية``) that count only in a sentence
    holding one of the ``agreement_words``, an act of making, keeping or breaking it (``التوصل``,
    ``أبرم``, ``توقيع``, ``انتهاك``, ``بنود``): an agreement named as a topic or a point in time
    (``بعد الاتفاق النووي``) is no evidence that the sentence presents diplomacy; ``not_before``:
    cues whose next word decides their sense against the frame (``انتهاك الاتفاق``, the breach of
    an agreement, is no moral violation); ``affected``: cues naming people as a group (``الأطفال``,
    ``النساء``, ``الأسر``) that give a story a human face only in a sentence holding one of the
    ``affected_words``, harm, loss or need (``قتل``, ``ضحايا``, ``نزوح``, ``فقر``, ``معاناة``):
    children at a summer festival, a women's hospital or the families of a survey are no human
    interest; ``place_heads``: words (loose forms, as written without a proclitic, in the
    singular) whose next word names a square, street or district (``ساحة التحرير``, ``حي
    الكرامة``): no frame evidence; ``victims``: cues naming one or more people (``شخص``,
    ``مواطن``, ``شاب``) that are victims, a human face, only with a word of death or injury at
    most ``victims_within`` words away in their sentence (``وفاة خمسة أشخاص``, ``توفي شاب``,
    ``15 شخصا لقوا حتفهم``): ``عدد سكان كوبا`` or ``لن تسمح لأي شخص`` are not; ``candidacy``:
    cues of running for office (``مرشح``, ``ترشيح``) that count only in a sentence holding one of
    the ``candidacy_words`` (``الانتخابات``, ``الناخبين``): a job's or a prize's candidates are none."""

    frames: pd.DataFrame
    cues: list[Cue]
    negation: set[str]
    entman: dict[str, list[str]]
    path: Path | None = None
    idioms: list[str] = field(default_factory=list)
    sport_words: list[str] = field(default_factory=list)
    sport_cues: set[str] = field(default_factory=set)
    title_heads: set[str] = field(default_factory=set)
    between_states: set[str] = field(default_factory=set)
    state_words: list[str] = field(default_factory=list)
    actor_objects: dict[str, set[str]] = field(default_factory=dict)
    agreements: set[str] = field(default_factory=set)
    agreement_words: list[str] = field(default_factory=list)
    not_before: dict[str, list[str]] = field(default_factory=dict)
    affected: set[str] = field(default_factory=set)
    affected_words: list[str] = field(default_factory=list)
    place_heads: set[str] = field(default_factory=set)
    victims: set[str] = field(default_factory=set)
    victim_words: list[str] = field(default_factory=list)
    victims_within: int = 3
    candidacy: set[str] = field(default_factory=set)
    candidacy_words: list[str] = field(default_factory=list)


#: The keys a cue of ``frames.yaml`` may have.
_CUE_KEYS = ("cue", "gloss", "negatable")


def load_frames(path: str | Path | None = None) -> FrameLexicon:
    """Read a frame lexicon (default ``data/lexicons/frames.yaml``).

    Parameters
    ----------
    path : str or Path, optional
        A frames YAML (default ``data/lexicons/frames.yaml``).
    """
    path = Path(path) if path else config.lexicon_path("frames")
    data = load_yaml(path)
    if "frames" not in data or not isinstance(data["frames"], list):
        raise LexiconError(f"{path}: needs a 'frames:' list (see data/lexicons/frames.yaml).")
    rows, cues = [], []
    for i, fr in enumerate(data["frames"]):
        if not isinstance(fr, dict):
            raise LexiconError(f"{path}: frame number {i + 1} is not a mapping (id:, label:, cues:).")
        for key in ("id", "label", "cues"):
            if key not in fr:
                raise LexiconError(f"{path}: frame number {i + 1} has no '{key}'.")
        rows.append({k: fr.get(k, "") for k in ("id", "label", "kind", "definition", "source")})
        for c in require_list(fr["cues"], path, f"the 'cues:' of frame {fr['id']!r}", of="cues"):
            c = {"cue": c} if isinstance(c, (str, int, float)) else c
            if not isinstance(c, dict) or not str(c.get("cue") or "").strip():
                raise LexiconError(f"{path}: a cue of frame {fr['id']!r} has no 'cue:' text ({c!r}).")
            unknown = sorted(str(k) for k in c if k not in _CUE_KEYS)
            if unknown:  # {cue: صراع, gloss: conflict, struggle}: a comma in an unquoted gloss
                raise LexiconError(
                    f"{path}: the cue {c['cue']!r} of frame {fr['id']!r} has unknown key(s) "
                    f"{', '.join(unknown)} (a cue takes {', '.join(_CUE_KEYS)}). A gloss with a "
                    'comma needs quotes: gloss: "conflict, struggle".'
                )
            cues.append(
                Cue(str(c["cue"]), fr["id"], str(c.get("gloss", "")), bool(c.get("negatable", False)))
            )
    frames = pd.DataFrame(rows)
    if frames["id"].duplicated().any():
        raise LexiconError(f"{path}: frame ids repeat: {frames['id'][frames['id'].duplicated()].tolist()}.")
    idioms = data.get("idioms") or []
    if not isinstance(idioms, list) or not all(isinstance(x, str) and x.strip() for x in idioms):
        raise LexiconError(f"{path}: 'idioms:' must be a list of phrases (one '- ' line each).")
    sport_words, sport_cues = _words_and_cues(data, "sport", path, {c.text for c in cues})
    state_words, between = _words_and_cues(data, "between_states", path, {c.text for c in cues})
    act_words, agreements = _words_and_cues(data, "agreements", path, {c.text for c in cues})
    harm_words, affected = _words_and_cues(data, "affected_people", path, {c.text for c in cues})
    victim_words, victims = _words_and_cues(data, "victims", path, {c.text for c in cues}, ("within",))
    run_words, candidacy = _words_and_cues(data, "candidacy", path, {c.text for c in cues})
    within = (data.get("victims") or {}).get("within", 3)
    if not isinstance(within, int) or isinstance(within, bool) or within < 1:
        raise LexiconError(
            f"{path}: 'victims: within:' must be a whole number of words (1 or more), not {within!r}."
        )
    objects = _cue_mapping(
        data,
        "actor_objects",
        path,
        {c.text for c in cues},
        "the actor types that may follow it (مواجهة: [person, state, organisation, group])",
    )
    not_before = _cue_mapping(
        data,
        "not_before",
        path,
        {c.text for c in cues},
        "the words that, right after it, cancel it (انتهاك: [الاتفاق, الهدنة])",
    )
    heads = data.get("title_heads") or []
    if not isinstance(heads, list) or not all(isinstance(x, str) and x.strip() for x in heads):
        raise LexiconError(f"{path}: 'title_heads:' must be a list of lemmas (وزير, وزارة).")
    places = data.get("place_heads") or []
    if not isinstance(places, list) or not all(isinstance(x, str) and x.strip() for x in places):
        raise LexiconError(f"{path}: 'place_heads:' must be a list of words as written (حي, شارع, ساحة).")
    return FrameLexicon(
        frames,
        cues,
        set(data.get("negation", []) or []),
        {k: list(v) for k, v in (data.get("entman") or {}).items()},
        path,
        [x.strip() for x in idioms],
        [str(w).strip() for w in sport_words],
        set(map(str, sport_cues)),
        {x.strip() for x in heads},
        set(map(str, between)),
        [str(w).strip() for w in state_words],
        {str(k): set(map(str, v)) for k, v in objects.items()},
        set(map(str, agreements)),
        [str(w).strip() for w in act_words],
        {str(k): [str(w).strip() for w in v] for k, v in not_before.items()},
        set(map(str, affected)),
        [str(w).strip() for w in harm_words],
        {loose(x.strip()) for x in places},
        set(map(str, victims)),
        [str(w).strip() for w in victim_words],
        within,
        set(map(str, candidacy)),
        [str(w).strip() for w in run_words],
    )


def with_context(
    hits: pd.DataFrame,
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    window: int = 60,
    *,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Add ``match`` (the text matched), ``sentence``, and ``left``/``right`` context (characters);
    ``sentences`` is the prepared sentence table when at hand (else it is built)."""
    if hits.empty:
        return hits.assign(match=[], sentence=[], left=[], right=[])
    # a dict, not a Series: each Series lookup copies the document's string out of Arrow
    # (on one 1.5 MB document that made 20,000 hits take 37 s)
    texts = dict(zip(docs["doc_id"], docs["text"]))
    sents = sentences if sentences is not None else sentence_table(tokens, docs)
    sents = dict(zip(zip(sents["doc_id"], sents["sent_id"]), sents["sentence"]))
    out = hits.copy()
    out["match"] = [texts[d][a:b] for d, a, b in zip(out["doc_id"], out["start"], out["end"])]
    out["sentence"] = [sents[(d, s)] for d, s in zip(out["doc_id"], out["sent_id"])]
    out["left"] = [
        texts[d][max(0, a - window) : a].replace("\n", " ") for d, a in zip(out["doc_id"], out["start"])
    ]
    out["right"] = [texts[d][b : b + window].replace("\n", " ") for d, b in zip(out["doc_id"], out["end"])]
    return out


def _cue_mapping(data: dict, key: str, path, cue_texts: set[str], what: str) -> dict:
    """A ``key: {cue: […]}`` section of a frame lexicon (``actor_objects``, ``not_before``): each
    key a cue of the frames, written as they write it, mapped to a non-empty list."""
    section = data.get(key) or {}
    if not isinstance(section, dict) or not all(isinstance(v, list) and v for v in section.values()):
        raise LexiconError(f"{path}: '{key}:' must map each cue to {what}.")
    if not set(map(str, section)) <= cue_texts:
        raise LexiconError(
            f"{path}: '{key}:' must name cues of the frames, written as they write them "
            f"(not: {', '.join(sorted(set(map(str, section)) - cue_texts))})."
        )
    return section


def _words_and_cues(
    data: dict, key: str, path, cue_texts: set[str], optional: tuple[str, ...] = ()
) -> tuple[list, list]:
    """A ``key: {words: […], cues: […]}`` section of a frame lexicon (``sport``,
    ``between_states``, ``agreements``, ``affected_people``, ``victims``, ``candidacy``); its cues must be cues
    of the frames, written as they write them; ``optional`` keys may be there too."""
    section = data.get(key) or {}
    if not isinstance(section, dict) or (
        section and not {"words", "cues"} <= set(section) <= {"words", "cues", *optional}
    ):
        extra = "".join(f", and may have '{k}:'" for k in optional)
        raise LexiconError(f"{path}: '{key}:' must be a mapping with 'words:' and 'cues:' lists{extra}.")
    if not section:
        return [], []
    words = require_list(section["words"], path, f"the '{key}: words:'", of="words")
    listed = require_list(section["cues"], path, f"the '{key}: cues:'", of="cues")
    unknown = sorted(set(map(str, listed)) - cue_texts)
    if unknown:
        raise LexiconError(
            f"{path}: '{key}: cues:' lists {', '.join(unknown)}, not cues of any frame; "
            "list cues exactly as the frames write them."
        )
    return words, listed


def frame_hits(
    tokens: pd.DataFrame,
    docs: pd.DataFrame,
    lexicon: FrameLexicon | None = None,
    *,
    mentions: pd.DataFrame | None = None,
    in_names: bool = False,
    leave_out: Iterable[str] | None = None,
    sentences: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Every frame cue found: ``frame, cue, gloss, doc_id, para_id, sent_id, start, end,
    negated, match, sentence, left, right`` (a KWIC line per hit).

    Cues match exactly (:func:`~discourse.framing.lexicon.match_cues` with ``exact=True``): a word's
    written form with و ف ب ل ك taken off, or its lemma for a cue written as a dictionary entry,
    or a phrase; never a stem. A token counts once per frame (the longest cue that covers it
    wins). Cue words inside the name of an actor (``أمن`` in ``مجلس الأمن``, ``الطاقة`` in
    ``الوكالة الدولية للطاقة الذرية``) do not count unless ``in_names=True`` (a state named by its
    army, delegation or diplomacy keeps that first word: ``الجيش المصري``); the actors are
    ``mentions`` (default: :func:`~discourse.framing.actors.actor_mentions` on the tokens).
    Words of the lexicon's ``idioms`` (``ذات العلاقة``, ``لا أساس له من الصحة``) never count
    (a cue that spans the whole idiom does), nor its ``sport: cues:`` in a sentence holding one of
    its ``sport: words:`` (``لقاء``, ``مواجهة``, ``دفاع`` in a match report), nor the portfolio of
    a title (the word after one of its ``title_heads``: ``وزير الدفاع``, ``وزارة الصحة`` name an
    office, as ``مجلس الأمن`` names a body). Its ``between_states`` cues (``اجتماع``, ``زيارة``, and the
    one-word rivalry cues ``نفوذ``, ``تدخل``, ``تنافس``) count only in a sentence that names a state or a
    capital, a head of state or minister (``الرئيس الأمريكي``, a politician of the gazetteer), an
    international body of the gazetteer (``الأمم المتحدة``) or holds one of its ``state_words`` (``البلدين``,
    ``نظيره``): a municipality's meeting is no diplomacy. Its ``agreements`` cues (``اتفاق``, ``اتفاقية``)
    count only in a sentence that tells of making, keeping or breaking the agreement (one of its ``agreements:
    words:``, ``التوصل``, ``وقع``, ``انتهاك``, ``بنود``, ``تم الاتفاق``, ``الاتفاق بين``): ``بعد الاتفاق
    النووي`` names the topic or a date, ``توصلت إلى اتفاق`` is diplomacy. A cue of its ``not_before`` is left
    out before the words listed for it (``انتهاكا للاتفاق`` is a breach, not a moral violation); its
    ``affected_people`` cues (``الأطفال``, ``النساء``, ``الأسر``) count only in a sentence that tells of harm,
    loss or need (one of its ``affected_people: words:``: ``قتل``, ``ضحايا``, ``نزوح``, ``فقر``); its
    ``victims`` cues (``شخص``, ``مواطن``, ``شاب``) only with a word of death or injury a few words away
    (``وفاة خمسة أشخاص``; ``victims: within:``, 3 by default); its ``candidacy`` cues (``مرشح``,
    ``ترشيح``) only in a sentence that names the vote (``الانتخابات``, ``الناخبين``); and in a
    match report (sport words in three of its sentences, or in two and a third of them) the sport cues count
    in no sentence.

    ``leave_out``: lemmas whose hits are left out, e.g. the corpus's own topic words
    (:func:`topic_words`): in a corpus about an agreement, ``اتفاق`` names the topic in almost
    every sentence and would make every article "diplomacy".

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    lexicon : FrameLexicon, optional
        The frames (default :func:`load_frames`).
    mentions : DataFrame, optional
        Actor mentions (:func:`~discourse.framing.frames.actor_mentions`); found when not given.
    in_names : bool
        Count cue words inside actors' names too (default False).
    leave_out : iterable of str, optional
        Lemmas that are never evidence (e.g. :func:`topic_words`).
    sentences : DataFrame, optional
        The sentence table (``prepare().sentences`` or :func:`sentence_table`); built from the
        tokens when not given.
    """
    lexicon = lexicon or load_frames()
    hits = match_cues(tokens, lexicon.cues, negations=lexicon.negation, exact=True)
    hits = hits.rename(columns={"label": "frame"})
    if lexicon.idioms and len(hits):
        idioms = match_cues(tokens, [Cue(x, "idiom") for x in lexicon.idioms], exact=True)
        hits = _outside_spans(hits, idioms)
    if (lexicon.title_heads or lexicon.place_heads) and len(hits):
        hits = _outside_titles(hits, tokens, lexicon.title_heads, lexicon.place_heads)
    if leave_out is not None and len(hits):
        hits = _without_lemmas(hits, tokens, leave_out)
    if lexicon.sport_words and lexicon.sport_cues and len(hits):
        hits = _outside_sport(hits, tokens, lexicon)
    hits = _once_per_frame(hits)
    if lexicon.not_before and len(hits):
        hits = _not_before(hits, tokens, lexicon.not_before)
    if lexicon.agreements and len(hits):
        hits = _with_sentence_words(hits, tokens, lexicon.agreements, lexicon.agreement_words)
    if lexicon.affected and len(hits):
        hits = _with_sentence_words(hits, tokens, lexicon.affected, lexicon.affected_words)
    if lexicon.candidacy and len(hits):
        hits = _with_sentence_words(hits, tokens, lexicon.candidacy, lexicon.candidacy_words)
    if lexicon.victims and len(hits):
        hits = _with_near_words(hits, tokens, lexicon.victims, lexicon.victim_words, lexicon.victims_within)
    if len(hits) and (not in_names or lexicon.between_states or lexicon.actor_objects):
        if mentions is None:
            mentions = actor_mentions(tokens, docs)
        if not in_names:
            hits = _outside_names(hits, mentions)
        if lexicon.between_states:
            hits = _between_states(hits, mentions, lexicon, tokens)
        if lexicon.actor_objects:
            hits = _with_actor_object(hits, mentions, lexicon.actor_objects, tokens)
    return with_context(hits, tokens, docs, sentences=sentences).drop(
        columns=["cue_index", "row_first", "row_last"]
    )


def dominant_frames(hits: pd.DataFrame, *, unit: str = "sentence") -> pd.DataFrame:
    """The hits of the frames each sentence (or paragraph) gives the most evidence for.

    A sentence that evokes several frames through one cue each is often framed by none of them
    in a coder's eyes: the cue names the topic or a side issue. Here a frame is kept in a unit
    only if it has as many *distinct* cues there as the best-supported frame (ties are all kept),
    the "dominant frame" of manual content analysis applied per sentence. Negated hits are not
    evidence: they are left out before counting and are not returned.

    Measured on the shared dev gold (20 articles, ``benchmarks/framing_accuracy.py``), this
    trades recall for precision: with 0.4.9's lexicon all hits P 0.760 / R 0.655, dominant
    frames P 0.835 / R 0.593 (F1 0.704 and 0.694; with 0.4.7's, 0.671 / 0.648 and 0.755 /
    0.572). Use it when a wrong frame costs more than a missed one (e.g. quoting counts of
    framed sentences), and say so.

    Parameters
    ----------
    hits : DataFrame
        Frame hits (:func:`frame_hits`).
    unit : {"sentence", "paragraph"}
        Where frames compete: within a sentence (default) or a paragraph.

    Returns
    -------
    DataFrame
        The rows of ``hits`` for the kept frames, in their order.
    """
    keys = {"sentence": ["doc_id", "sent_id"], "paragraph": ["doc_id", "para_id"]}
    if unit not in keys:
        raise ValueError(f"unit={unit!r}: use 'sentence' or 'paragraph'.")
    if "negated" in hits:
        hits = hits[~hits["negated"].astype(bool)]
    if hits.empty:
        return hits
    cols = keys[unit]
    support = hits.groupby([*cols, "frame"], sort=False, observed=True)["cue"].nunique()
    best = support.groupby(level=cols, sort=False, observed=True).transform("max")
    kept = support[support == best].index
    at = pd.MultiIndex.from_frame(hits[[*cols, "frame"]])
    return hits[at.isin(kept)]


def dominance_table(hits: pd.DataFrame) -> pd.DataFrame:
    """Per frame, its framed sentences counted both ways: all, and as a dominant frame.

    Returns ``frame, hits, sentences, dominant_sentences, kept_share``: non-negated hits;
    sentences with at least one of them; sentences where the frame is dominant
    (:func:`dominant_frames`); ``dominant_sentences / sentences``, rounded to 2 places. A low
    share says the frame is mostly a side word in sentences framed otherwise.

    Parameters
    ----------
    hits : DataFrame
        Frame hits (:func:`frame_hits`); negated hits are not counted.
    """
    live = hits[~hits["negated"].astype(bool)] if "negated" in hits else hits
    keys = ["doc_id", "sent_id", "frame"]

    def per_frame(h):
        return h.groupby("frame", observed=True).size()

    table = pd.DataFrame(
        {
            "hits": per_frame(live),
            "sentences": per_frame(live.drop_duplicates(keys)),
            "dominant_sentences": per_frame(dominant_frames(live).drop_duplicates(keys)),
        }
    )
    table = table.fillna(0).astype(int).rename_axis("frame").reset_index()
    table["frame"] = table["frame"].astype(str)
    table["kept_share"] = (table["dominant_sentences"] / table["sentences"]).round(2)
    return table


def _outside_spans(hits: pd.DataFrame, spans: pd.DataFrame) -> pd.DataFrame:
    """Hits whose tokens do not overlap any of ``spans`` (rows of :func:`match_cues`), and hits of
    a phrase cue that covers each span it overlaps (``الدين العام``, an economic cue, is also the
    idiom that keeps ``الدين`` from being religion)."""
    if spans.empty:
        return hits
    covered: dict[int, list[tuple[int, int]]] = {}
    for a, b in zip(spans["row_first"], spans["row_last"]):
        for r in range(a, b + 1):
            covered.setdefault(r, []).append((a, b))
    keep = [
        all((b > a and a <= sa and sb <= b) for r in range(a, b + 1) for sa, sb in covered.get(r, ()))
        for a, b in zip(hits["row_first"], hits["row_last"])
    ]
    return hits[np.array(keep, dtype=bool)]


def _outside_titles(
    hits: pd.DataFrame, tokens: pd.DataFrame, heads: set[str], places: set[str] = frozenset()
) -> pd.DataFrame:
    """Hits not right after a title head of the same sentence (``وزير الدفاع``, ``وزارة الصحة``,
    ``رئيس البرلمان``, ``وزيرا للصحة``, ``لمديري المدارس``): the head without the article or a
    pronoun (``الوزير``, ``أعضائها`` are not one; the ي of a construct dual or plural, ``وزارتي``,
    ``مديري``, is no pronoun). Nor right after a word of ``places`` as written, without the article
    or a pronoun (``بميدان التحرير``, ``حي الكرامة``; not ``ميادين القتال``, ``إحياء الدين``)."""
    rows = hits["row_first"].to_numpy() - 1
    ok = rows >= 0
    prev = np.zeros(len(hits), dtype=bool)
    if ok.any():
        r = rows[ok]
        lemma = tokens["lemma"].to_numpy()[r]

        def column(name, at):
            return tokens[name].to_numpy()[at] if name in tokens else np.full(len(at), "", dtype=object)

        pro, enc = column("proclitic", r), column("enclitic", r)
        same = (tokens["doc_id"].to_numpy()[r] == hits["doc_id"].to_numpy()[ok]) & (
            tokens["sent_id"].to_numpy()[r] == hits["sent_id"].to_numpy()[ok]
        )
        head = np.fromiter(
            (
                str(lm) in heads and "ال" not in str(p or "") and str(e or "") in ("", "ي")
                for lm, p, e in zip(lemma, pro, enc)
            ),
            bool,
            len(r),
        )
        if places:
            forms = tokens["norm"].to_numpy()[r]
            head |= np.fromiter(
                (
                    "ال" not in str(p or "")
                    and not str(e or "")
                    and _without_proclitic(loose(str(f)), loose(str(p or ""))) in places
                    for f, p, e in zip(forms, pro, enc)
                ),
                bool,
                len(r),
            )
        prev[ok] = same & head
    return hits[~prev]


def _without_proclitic(form: str, proclitic: str) -> str:
    return form[len(proclitic) :] if proclitic and form.startswith(proclitic) else form


def _without_lemmas(hits: pd.DataFrame, tokens: pd.DataFrame, lemmas: Iterable[str]) -> pd.DataFrame:
    """Hits none of whose tokens has one of ``lemmas`` (compared in the loose form)."""
    from ..text.normalize import loose

    keys = {loose(w) for w in lemmas}
    if not keys:
        return hits
    t_lemmas = tokens["lemma"].astype(str).reset_index(drop=True)
    out = [
        not any(loose(t_lemmas[r]) in keys for r in range(a, b + 1))
        for a, b in zip(hits["row_first"], hits["row_last"])
    ]
    return hits[np.array(out, dtype=bool)]


def _outside_sport(hits: pd.DataFrame, tokens: pd.DataFrame, lexicon: FrameLexicon) -> pd.DataFrame:
    """Hits of the lexicon's sport cues left out in sentences that hold one of its sport words,
    and anywhere in a sport report: a document whose sport words fill three sentences or more, or
    two and at least a third of its sentences (``انتصارات``, ``الهزيمة`` in a match report whose
    sentence names no match). Only the documents with such a hit are searched."""
    cand = hits[hits["cue"].isin(lexicon.sport_cues)]
    if cand.empty:
        return hits
    docs = set(cand["doc_id"])
    t = tokens[tokens["doc_id"].isin(docs)]
    found = match_cues(t, [Cue(w, "sport") for w in lexicon.sport_words], exact=True)
    in_sport = set(zip(found["doc_id"], found["sent_id"]))
    n_sport = found.groupby("doc_id")["sent_id"].nunique()
    n_sent = t.groupby("doc_id")["sent_id"].nunique()
    report = {d for d, k in n_sport.items() if k >= 3 or (k >= 2 and 3 * k >= n_sent.get(d, 0))}
    drop = [
        i for i, d, s in zip(cand.index, cand["doc_id"], cand["sent_id"]) if (d, s) in in_sport or d in report
    ]
    return hits.drop(index=drop)


def _once_per_frame(hits: pd.DataFrame) -> pd.DataFrame:
    """One hit per token and frame: where cues of one frame overlap (النفط and نفط, a phrase and
    a word in it), the longest is kept."""
    if hits.empty:
        return hits
    h = hits.assign(_len=hits["row_last"] - hits["row_first"]).sort_values(
        ["frame", "_len", "row_first"], ascending=[True, False, True], kind="stable"
    )
    keep, taken = [], set()
    for idx, f, a, b in zip(h.index, h["frame"], h["row_first"], h["row_last"]):
        rows = [(f, r) for r in range(a, b + 1)]
        if any(r in taken for r in rows):
            continue
        taken.update(rows)
        keep.append(idx)
    return hits.loc[sorted(keep)]


#: Generic heads before an armed group's name (تنظيم داعش, ميليشيات الحوثي).
_ARMED_GROUP_HEADS = {loose(w) for w in "تنظيم وتنظيم لتنظيم جماعة ميليشيا ميليشيات مليشيا مليشيات".split()}


#: Heads of a stock exchange's name (سوق الأسهم السعودية, بورصة قطر), as the actor search finds it.
_EXCHANGE_HEADS = {loose(w) for w in "سوق السوق بورصة البورصة".split()}


def _exchange_head(word: str) -> bool:
    """Whether a mention's first word (as written, clitics and all: للسوق) heads an exchange's name."""
    from ..text.clitics import clitic_variants

    return bool(clitic_variants(loose(word)) & _EXCHANGE_HEADS)


def _outside_names(hits: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Hits that are not inside an actor's name (people, states, organisations, groups), and
    not a word that is itself a state's name (مالي the country, not مالي "financial": the actor
    search tells them apart by the noun before). A state named by one of its institutions
    (``الجيش المصري``, ``الوفد السعودي``, ``الدبلوماسية الأميركية``) keeps the institution's word:
    the army, the delegation and diplomacy are what the sentence speaks of, unlike ``الأمن`` in
    ``مجلس الأمن``; a word further inside a state's name stays out. So do an armed group's name
    after its generic head (``تنظيم داعش``, as security evidence) and an exchange's name
    (``سوق الأسهم السعودية``, ``بورصة قطر``, as economic evidence)."""
    if mentions.empty:
        return hits
    heads: set = set()  # the first words of multi-word state mentions (الجيش in الجيش المصري)
    if "type" in mentions:
        st = mentions[(mentions["tok_last"] > mentions["tok_first"]) & (mentions["type"] == "state")]
        heads = set(zip(st["doc_id"], st["tok_first"]))
        one = mentions[(mentions["tok_last"] == mentions["tok_first"]) & (mentions["type"] == "state")]
        state_words = set(zip(one["doc_id"], one["tok_first"]))
        if state_words:
            named = np.fromiter(
                (
                    (d, a) in state_words and a == b
                    for d, a, b in zip(hits["doc_id"], hits["tok_first"], hits["tok_last"])
                ),
                bool,
                len(hits),
            )
            hits = hits[~named]
    m = (
        mentions[mentions["tok_last"] > mentions["tok_first"]]
        if "kind" not in mentions
        else mentions[(mentions["tok_last"] > mentions["tok_first"]) & (mentions["kind"] != "place")]
    )
    group = np.zeros(len(m), dtype=bool)
    if "match" in m:
        # تنظيم داعش: an armed group named by a generic head and its name — the name is what the
        # sentence speaks of (داعش alone is a cue), as the army is in الجيش المصري; only as
        # security evidence (جماعة أنصار الدين is no sentence about religion)
        group = m["match"].astype(str).str.split().str[0].map(loose).isin(_ARMED_GROUP_HEADS).to_numpy()
    market = np.zeros(len(m), dtype=bool)
    if "match" in m:
        # مؤشر سوق الأسهم السعودية, بورصة قطر: an exchange is the market the sentence speaks of
        # — its words stay economic evidence (only that: سوق الأسهم is no other frame's)
        market = m["match"].astype(str).str.split().str[0].map(_exchange_head).to_numpy(bool)
    inside = _inside_spans(hits, m[~group & ~market])
    if group.any() and "frame" in hits:
        inside |= _inside_spans(hits, m[group]) & (hits["frame"].to_numpy() != "security_military")
    if market.any() and "frame" in hits:
        inside |= _inside_spans(hits, m[market]) & (hits["frame"].to_numpy() != "economic")
    if heads:
        head = np.fromiter(
            (
                a == b and (d, a) in heads
                for d, a, b in zip(hits["doc_id"], hits["tok_first"], hits["tok_last"])
            ),
            bool,
            len(hits),
        )
        inside &= ~head
    return hits[~inside]


def _inside_spans(hits: pd.DataFrame, m: pd.DataFrame) -> np.ndarray:
    """Whether each hit lies inside one of the spans of ``m`` (mentions of its document)."""
    # per document, spans sorted by start with the running maximum of their ends: a hit is
    # inside a name when some span starting at or before it ends at or after it (one binary
    # search a hit; a pairwise test was quadratic in a long document)
    reach: dict = {}
    for d, g in pd.DataFrame({"d": m["doc_id"], "a": m["tok_first"], "b": m["tok_last"]}).groupby(
        "d", sort=False
    ):
        g = g.sort_values("a")
        reach[d] = (g["a"].to_numpy(), np.maximum.accumulate(g["b"].to_numpy()))
    inside = np.zeros(len(hits), dtype=bool)
    for d, idx in pd.Series(range(len(hits))).groupby(hits["doc_id"].to_numpy(), sort=False):
        if d not in reach:
            continue
        starts, ends = reach[d]
        rows = idx.to_numpy()
        at = np.searchsorted(starts, hits["tok_first"].to_numpy()[rows], side="right") - 1
        ok = at >= 0
        inside[rows[ok]] = ends[at[ok]] >= hits["tok_last"].to_numpy()[rows[ok]]
    return inside


def _with_actor_object(
    hits: pd.DataFrame, mentions: pd.DataFrame, cues: dict[str, set[str]], tokens: pd.DataFrame
) -> pd.DataFrame:
    """Hits of ``cues`` written as the bare cue (``مواجهة``, ``لمواجهة``; not ``المواجهة``,
    ``مواجهات``) kept only when the next word of the sentence, the word after ``مع`` or after a
    noun in construct (``لمواجهة أطماع إيران``) starts an actor mention of one of the cue's
    types (never a place), and not after a particle that makes the word a verb (``أن تدخل
    إسبانيا المياه``: enters)."""
    from ..text.clitics import clitic_variants
    from ..text.normalize import loose

    cand = hits["cue"].isin(cues).to_numpy()
    if not cand.any():
        return hits
    norm = tokens["norm"].astype(str).to_numpy()
    bare = np.zeros(len(hits), dtype=bool)
    for i in np.flatnonzero(cand):
        bare[i] = loose(hits["cue"].iat[i]) in clitic_variants(loose(norm[hits["row_first"].iat[i]]))
    if not bare.any():
        return hits
    m = mentions if "kind" not in mentions else mentions[mentions["kind"] != "place"]
    typ = m["type"] if "type" in m else pd.Series("", index=m.index)
    starts = dict(zip(zip(m["doc_id"], m["tok_first"]), typ))
    doc, sent, tok = tokens["doc_id"].to_numpy(), tokens["sent_id"].to_numpy(), tokens["tok_id"].to_numpy()
    keep = ~bare
    for i in np.flatnonzero(bare):
        first, r = hits["row_first"].iat[i], hits["row_last"].iat[i] + 1
        if (
            hits["cue"].iat[i][:1] in "تين"  # an imperfect verb's prefix (مواجهة is never a verb)
            and first > 0
            and doc[first - 1] == doc[first]
            and loose(norm[first - 1]) in _VERB_PARTICLES
        ):
            continue  # أن تدخل, لن تدخل: a verb
        if r < len(tokens) and loose(norm[r]) == "مع":
            r += 1  # مواجهة مع إيران
        elif (
            r + 1 < len(tokens)
            and doc[r + 1] == doc[r]
            and (doc[r + 1], tok[r + 1]) in starts
            and not loose(norm[r]).startswith("ال")
        ):
            r += 1  # لمواجهة أطماع إيران: a noun in construct with the actor
        keep[i] = (
            r < len(tokens)
            and doc[r] == hits["doc_id"].iat[i]
            and sent[r] == hits["sent_id"].iat[i]
            and starts.get((doc[r], tok[r])) in cues[hits["cue"].iat[i]]
        )
    return hits[keep]


#: Particles before a verb: the word after them is not a noun (أن تدخل, لن تدخل, كي تدخل).
_VERB_PARTICLES = {"ان", "لن", "لم", "كي", "لكي", "سوف", "قد"}


def _international(mentions: pd.DataFrame) -> set:
    """``(doc_id, sent_id)`` of the sentences that name a state, a role of state (``الرئيس
    الأمريكي``, ``وزير الخارجية السعودي``), a politician of the gazetteer or one of its
    organisations (``الأمم المتحدة``, ``مجلس التعاون``)."""
    if mentions.empty or "type" not in mentions:
        return set()
    kind = mentions["kind"] if "kind" in mentions else pd.Series("", index=mentions.index)
    typ = mentions["type"]
    keep = (
        (typ == "state") | (kind == "role") | ((kind == "gazetteer") & typ.isin(["person", "organisation"]))
    )
    m = mentions[keep]
    return set(zip(m["doc_id"], m["sent_id"]))


def _between_states(
    hits: pd.DataFrame, mentions: pd.DataFrame, lexicon: FrameLexicon, tokens: pd.DataFrame
) -> pd.DataFrame:
    """Hits of the lexicon's ``between_states`` cues kept only in sentences that name an
    international actor, a capital (``زيارة موسكو``: the actor search leaves a capital named as a
    place out) or hold one of its ``state_words`` (``البلدين``)."""
    cand = hits["cue"].isin(lexicon.between_states).to_numpy()
    if not cand.any():
        return hits
    where = _international(mentions)
    keys = set(zip(hits["doc_id"][cand], hits["sent_id"][cand])) - where
    if keys:
        from ..text.normalize import loose

        capitals = load_actors().capitals
        pairs = zip(tokens["doc_id"], tokens["sent_id"])
        t = tokens[np.fromiter((k in keys for k in pairs), bool, len(tokens))]
        for d, s, lemma in zip(t["doc_id"], t["sent_id"], t["lemma"]):
            if loose(str(lemma)) in capitals:
                where.add((d, s))
        if lexicon.state_words:
            found = match_cues(t, [Cue(w, "state") for w in lexicon.state_words], exact=True)
            where |= set(zip(found["doc_id"], found["sent_id"]))
    ok = np.fromiter(((d, s) in where for d, s in zip(hits["doc_id"], hits["sent_id"])), bool, len(hits))
    return hits[~cand | ok]


def _not_before(hits: pd.DataFrame, tokens: pd.DataFrame, words: dict[str, list[str]]) -> pd.DataFrame:
    """Hits of the cues of ``words`` left out when the next word of their sentence is one of the
    cue's words (matched as cues are: ``انتهاكا للاتفاق``)."""
    from .lexicon import exact_keys, exact_token_keys

    cand = np.flatnonzero(hits["cue"].isin(words).to_numpy())
    if not len(cand):
        return hits
    keys = {cue: set().union(*(exact_keys(w) for w in ws)) for cue, ws in words.items()}
    tok, lem = tokens["token"].astype(str).to_numpy(), tokens["lemma"].astype(str).to_numpy()
    doc, sent = tokens["doc_id"].to_numpy(), tokens["sent_id"].to_numpy()
    drop = np.zeros(len(hits), dtype=bool)
    for i in cand:
        r = hits["row_last"].iat[i] + 1
        drop[i] = (
            r < len(tokens)
            and doc[r] == hits["doc_id"].iat[i]
            and sent[r] == hits["sent_id"].iat[i]
            and bool(exact_token_keys(tok[r], lem[r]) & keys[hits["cue"].iat[i]])
        )
    return hits[~drop]


def _with_sentence_words(
    hits: pd.DataFrame, tokens: pd.DataFrame, cues: set[str], words: list[str]
) -> pd.DataFrame:
    """Hits of ``cues`` kept only in sentences holding one of ``words`` (matched as cues are)."""
    cand = hits["cue"].isin(cues).to_numpy()
    if not cand.any():
        return hits
    keys = set(zip(hits["doc_id"][cand], hits["sent_id"][cand]))
    pairs = zip(tokens["doc_id"], tokens["sent_id"])
    t = tokens[np.fromiter((k in keys for k in pairs), bool, len(tokens))]
    found = match_cues(t, [Cue(w, "word") for w in words], exact=True) if words else t.iloc[:0]
    where = set(zip(found["doc_id"], found["sent_id"]))
    ok = np.fromiter(((d, s) in where for d, s in zip(hits["doc_id"], hits["sent_id"])), bool, len(hits))
    return hits[~cand | ok]


def _with_near_words(
    hits: pd.DataFrame, tokens: pd.DataFrame, cues: set[str], words: list[str], within: int
) -> pd.DataFrame:
    """Hits of ``cues`` kept only with one of ``words`` (matched as cues are) at most ``within``
    tokens before or after them in their sentence."""
    from .lexicon import exact_keys, exact_token_keys

    cand = np.flatnonzero(hits["cue"].isin(cues).to_numpy())
    if not len(cand):
        return hits
    keys = set().union(*(exact_keys(w) for w in words)) if words else set()
    tok, lem = tokens["token"].astype(str).to_numpy(), tokens["lemma"].astype(str).to_numpy()
    doc, sent = tokens["doc_id"].to_numpy(), tokens["sent_id"].to_numpy()
    drop = np.zeros(len(hits), dtype=bool)
    for i in cand:
        a, b = int(hits["row_first"].iat[i]), int(hits["row_last"].iat[i])
        d, s = hits["doc_id"].iat[i], hits["sent_id"].iat[i]
        near = [*range(max(0, a - within), a), *range(b + 1, min(len(tokens), b + 1 + within))]
        drop[i] = not any(
            doc[r] == d and sent[r] == s and exact_token_keys(tok[r], lem[r]) & keys for r in near
        )
    return hits[~drop]


def frame_scores(
    tokens: pd.DataFrame, hits: pd.DataFrame, *, level: str = "doc", lexicon: FrameLexicon | None = None
) -> pd.DataFrame:
    """Frame scores per document (``level="doc"``) or paragraph (``"para"``).

    ``hits`` (non-negated), ``per_1000`` = hits per 1,000 word tokens of the unit, and (per
    document) ``para_share`` = share of the document's paragraphs with at least one hit.
    Every frame of the lexicon appears for every unit (zeros included).

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    hits : DataFrame
        Frame hits (:func:`frame_hits`).
    level : str
        ``doc`` (default) or ``para``.
    lexicon : FrameLexicon, optional
        The frames (every frame gets a row, zeros included).
    """
    lexicon = lexicon or load_frames()
    keys = ["doc_id"] if level == "doc" else ["doc_id", "para_id"]
    if level not in ("doc", "para"):
        raise ValueError("level must be 'doc' or 'para'.")
    words = tokens[~tokens["is_punct"]].groupby(keys).size().rename("n_words")
    units = words.reset_index()
    frames = lexicon.frames["id"].tolist()
    grid = units.merge(pd.DataFrame({"frame": frames}), how="cross")
    h = hits[~hits["negated"]]
    counts = h.groupby(keys + ["frame"]).size().rename("hits").reset_index()
    out = grid.merge(counts, on=keys + ["frame"], how="left").fillna({"hits": 0})
    out["hits"] = out["hits"].astype("int64")
    out["per_1000"] = out["hits"] / out["n_words"] * 1000
    if level == "doc":
        n_paras = tokens.groupby("doc_id")["para_id"].nunique().rename("n_paras")
        with_hit = h.groupby(["doc_id", "frame"])["para_id"].nunique().rename("paras_with")
        out = out.merge(n_paras, on="doc_id").merge(with_hit, on=["doc_id", "frame"], how="left")
        out["paras_with"] = out["paras_with"].fillna(0).astype("int64")
        out["para_share"] = out["paras_with"] / out["n_paras"]
    labels = lexicon.frames.set_index("id")["label"]
    out.insert(out.columns.get_loc("frame") + 1, "label", out["frame"].map(labels))
    return out


def topic_words(
    tokens: pd.DataFrame, *, share: float = 0.5, min_docs: int = 5, min_ratio: float = 5.0
) -> list[str]:
    """The corpus's own topic: content lemmas found in at least ``share`` of its documents
    (default half) and at least ``min_ratio`` times more frequent in the corpus than in general
    Arabic (``wordfreq``; this leaves out words every text uses, such as قال or يوم). None for a
    corpus of fewer than ``min_docs`` documents. A frame whose hits come mostly from these
    measures the topic, not a framing of it. A lemma's general frequency is the sum of the
    general frequencies of its forms as the corpus writes them.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    share : float
        A lemma must be in at least this share of the documents.
    min_docs : int
        Corpora with fewer documents have no topic words.
    min_ratio : float
        How many times more frequent than in general Arabic a lemma must be.
    """
    from wordfreq import word_frequency

    n = tokens["doc_id"].nunique()
    if n < min_docs:
        return []
    words = tokens[
        ~tokens["is_punct"].astype(bool) & ~tokens["is_stop"].astype(bool) & ~tokens["is_num"].astype(bool)
    ]
    df = words.drop_duplicates(["doc_id", "lemma"])["lemma"].astype(str).value_counts()
    cand = set(df[df >= share * n].index)
    if not cand:
        return []
    sub = words[words["lemma"].astype(str).isin(cand)]
    forms = sub.groupby(sub["lemma"].astype(str))["token"].agg(lambda t: set(map(str, t)))
    freq = sub["lemma"].astype(str).value_counts()
    total = float((~tokens["is_punct"].astype(bool)).sum())
    # the lemma's general frequency: the summed frequencies of its written forms in the corpus
    general = {w: sum(word_frequency(f, "ar") for f in forms[w]) for w in cand}
    return [w for w in df.index if w in cand and freq[w] / total >= min_ratio * max(general[w], 1e-7)]


def frame_profile(
    scores: pd.DataFrame,
    hits: pd.DataFrame | None = None,
    *,
    topic: list[str] | None = None,
    top_share: float = 0.5,
) -> pd.DataFrame:
    """The corpus-level profile from :func:`frame_scores` (``level="doc"``): per frame, hits,
    hits per 1,000 words of the corpus (prominence by volume), the articles with the frame and
    their share of all articles (``docs_with``, ``doc_share``: prominence by presence), and the
    paragraphs with it (``paras_with``, ``para_share``); strongest first.

    With ``hits`` (:func:`frame_hits`), a topic guard: ``top_cue`` and ``top_cue_share`` (the
    share of the frame's hits from its most frequent cue), ``topic_share`` (share of hits whose
    words are ``topic`` lemmas, e.g. :func:`topic_words`), and a ``warning`` when either exceeds
    ``top_share``: the frame's score then mostly measures one word or the corpus's topic.

    Parameters
    ----------
    scores : DataFrame
        Document-level frame scores (:func:`frame_scores`).
    hits : DataFrame, optional
        Frame hits, for the topic guard.
    topic : list of str, optional
        The corpus's topic words (:func:`topic_words`).
    top_share : float
        Warn when one cue, or topic words, give more than this share of a frame's hits.
    """
    words = scores.drop_duplicates("doc_id")["n_words"].sum()
    paras = scores.drop_duplicates("doc_id")["n_paras"].sum()
    g = scores.groupby(["frame", "label"], sort=False)
    out = pd.DataFrame(
        {
            "hits": g["hits"].sum(),
            "docs_with": g["hits"].apply(lambda h: int((h > 0).sum())),
            "paras_with": g["paras_with"].sum(),
        }
    ).reset_index()
    out["per_1000"] = out["hits"] / words * 1000
    out["doc_share"] = out["docs_with"] / max(scores["doc_id"].nunique(), 1)
    out["para_share"] = out["paras_with"] / paras
    if hits is not None:
        h = hits[~hits["negated"].astype(bool)] if "negated" in hits else hits
        topic_set = set(topic or [])
        rows = {}
        for frame, g in h.groupby("frame"):
            counts = g["cue"].value_counts()
            in_topic = (
                g["match"].map(lambda m: bool(topic_set) and _lemma_in(m, topic_set))
                if topic_set
                else pd.Series(False, index=g.index)
            )
            rows[frame] = (counts.index[0], counts.iloc[0] / len(g), float(in_topic.mean()))
        out["top_cue"] = out["frame"].map(lambda f: rows.get(f, ("", 0, 0))[0])
        out["top_cue_share"] = out["frame"].map(lambda f: rows.get(f, ("", 0.0, 0))[1])
        out["topic_share"] = out["frame"].map(lambda f: rows.get(f, ("", 0, 0.0))[2])
        out["warning"] = [
            "; ".join(
                w
                for w in (
                    f"{ts:.0%} of hits from one cue ({c})" if ts > top_share and n >= 5 else "",
                    f"{tp:.0%} of hits are topic words" if tp > top_share and n >= 5 else "",
                )
                if w
            )
            for c, ts, tp, n in zip(out["top_cue"], out["top_cue_share"], out["topic_share"], out["hits"])
        ]
    return out.sort_values(["per_1000", "frame"], ascending=[False, True]).reset_index(drop=True)


def _lemma_in(match: str, topic: set[str]) -> bool:
    from ..text.clitics import clitic_variants
    from ..text.normalize import loose

    keys = {loose(w) for w in topic}
    return any(
        v in keys or v.removeprefix("ال") in keys for w in match.split() for v in clitic_variants(loose(w))
    )


def _actors_only(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions of actors: a state named only as the setting of an article (``kind="place"``)
    is left out."""
    return mentions[mentions["kind"] != "place"] if "kind" in mentions else mentions


def actor_frequencies(mentions: pd.DataFrame, gazetteer=None) -> pd.DataFrame:
    """Mentions, documents and sentences per actor, most mentioned first: ``actor, mentions,
    docs, sentences, label, type, name_ar, source, found`` (``found``: how the actor was found —
    gazetteer, role on the article's date, discovered in the text). States named only as
    places are left out.

    Parameters
    ----------
    mentions : DataFrame
        Actor mentions.
    gazetteer : Gazetteer, optional
        The actor gazetteer (default :func:`~discourse.framing.actors.load_actors`).
    """
    actors = (gazetteer or load_actors())[0]
    mentions = _actors_only(mentions)
    g = mentions.groupby("actor")
    sentences = mentions.drop_duplicates(["actor", "doc_id", "sent_id"]).groupby("actor").size()
    out = pd.DataFrame(
        {"mentions": g.size(), "docs": g["doc_id"].nunique(), "sentences": sentences}
    ).rename_axis("actor")
    out = out.reset_index().merge(actors, on="actor", how="left")
    if len(mentions):
        first = mentions.groupby("actor").agg(
            alias=("alias", "first"),
            mtype=("type", "first"),
            found=("kind", lambda k: ", ".join(sorted(set(k)))),
        )
        out = out.merge(first, on="actor", how="left")
        out["label"] = out["label"].fillna(out["alias"])
        out["name_ar"] = out["name_ar"].fillna(out["alias"])
        out["type"] = out["type"].fillna(out["mtype"])
        out = out.drop(columns=["alias", "mtype"])
    else:
        out["found"] = pd.Series(dtype=str)
    return out.sort_values(["mentions", "actor"], ascending=[False, True]).reset_index(drop=True)


def _sentence_sets(mentions: pd.DataFrame, key: str) -> dict:
    return mentions.groupby(["doc_id", "sent_id"])[key].agg(lambda s: sorted(set(s))).to_dict()


def actor_network(mentions: pd.DataFrame, gazetteer=None, *, min_weight: int = 1, top: int | None = 30):
    """Actors as nodes (``mentions`` and ``label`` — the actor's first Arabic alias — as
    attributes), edges weighted by the number of sentences in which both are mentioned.
    ``top`` keeps the most mentioned actors (default 30, a network a reader can take in;
    ``None`` keeps all).

    Parameters
    ----------
    mentions : DataFrame
        Actor mentions.
    gazetteer : Gazetteer, optional
        The actor gazetteer (default :func:`~discourse.framing.actors.load_actors`).
    min_weight : int
        Keep pairs of actors named together in at least this many sentences.
    top : int, optional
        Only the ``top`` most mentioned actors (None: all).
    """
    import itertools

    import networkx as nx

    names = (gazetteer or load_actors())[0].set_index("actor")["name_ar"]
    mentions = _actors_only(mentions)
    if top is not None and len(mentions):
        keep = mentions["actor"].value_counts().head(top).index
        mentions = mentions[mentions["actor"].isin(keep)]
    if len(mentions):  # actors found in the text are labelled with their name as written
        names = pd.concat([names, mentions.groupby("actor")["alias"].first()])
        names = names[~names.index.duplicated()]
    g = nx.Graph()
    for actor, n in mentions["actor"].value_counts().items():
        g.add_node(actor, mentions=int(n), label=names.get(actor, actor))
    weights: dict[tuple[str, str], int] = {}
    for actors in _sentence_sets(mentions, "actor").values():
        for a, b in itertools.combinations(actors, 2):
            weights[(a, b)] = weights.get((a, b), 0) + 1
    for (a, b), w in weights.items():
        if w >= min_weight:
            g.add_edge(a, b, weight=w)
    return g


def actor_frame_table(mentions: pd.DataFrame, hits: pd.DataFrame) -> pd.DataFrame:
    """Actor × frame: in how many sentences an actor is mentioned together with a frame cue.

    Parameters
    ----------
    mentions : DataFrame
        Actor mentions.
    hits : DataFrame
        Frame hits (:func:`frame_hits`).
    """
    a = _actors_only(mentions)[["doc_id", "sent_id", "actor"]].drop_duplicates()
    f = hits.loc[~hits["negated"], ["doc_id", "sent_id", "frame"]].drop_duplicates()
    both = a.merge(f, on=["doc_id", "sent_id"])
    if both.empty:
        return pd.DataFrame()
    return pd.crosstab(both["actor"], both["frame"])


def _by_group(scores: pd.DataFrame, docs: pd.DataFrame, col: str, duplicates: bool) -> pd.DataFrame:
    """Document scores with the document column ``col``; documents without a value of it, and
    duplicated articles unless ``duplicates``, left out (the comparisons' common ground)."""
    cols = ["doc_id", col] + (["is_duplicate"] if "is_duplicate" in docs and not duplicates else [])
    s = scores.merge(docs[cols], on="doc_id", how="left")
    if "is_duplicate" in s:
        s = s[~s["is_duplicate"].fillna(False).astype(bool)]
    return s[s[col].notna()]


def frame_prominence(
    scores: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    group: str = "outlet",
    measure: str = "present",
    n_boot: int = 2000,
    ci: float = 0.95,
    seed: int = 0,
    min_docs: int = 10,
    duplicates: bool = False,
    by: str | None = None,
) -> pd.DataFrame:
    """Frame prominence per group (outlet, period …) with bootstrap confidence intervals.

    ``measure="present"``: share of the group's documents with at least one hit of the frame;
    ``"per_1000"``: mean hits per 1,000 words. Intervals are percentile intervals of
    ``n_boot`` resamples of the group's documents (with replacement; Efron & Tibshirani 1993).
    A group with fewer than ``min_docs`` documents (default 10) gets no value (NaN, ``too_few``
    True): one article's 1.00 [1.00, 1.00] says nothing about an outlet. Documents flagged
    ``is_duplicate`` are left out unless ``duplicates=True``.

    ``group`` is a document column (``by=`` before 0.4.0: it works until 0.5 with a warning).

    Returns ``group, frame, n_docs, value, ci_low, ci_high, too_few``.

    Parameters
    ----------
    scores : DataFrame
        Document-level frame scores (:func:`frame_scores`).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    group : str
        The document column to group by.
    measure : str
        ``present`` (share of articles) or ``per_1000``.
    n_boot : int
        Bootstrap resamples.
    ci : float
        Interval coverage.
    seed : int
        Random seed of the resampling.
    min_docs : int
        Groups with fewer articles get no value.
    duplicates : bool
        Keep articles flagged ``is_duplicate``.
    by : str, optional
        The name of ``group`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    """
    col = config.renamed(group, by, old="by", new="group", func="frame_prominence")
    s = _by_group(scores, docs, col, duplicates)
    s["present"] = (s["hits"] > 0).astype(float)
    rng = np.random.default_rng(seed)
    alpha = (1 - ci) / 2
    rows = []
    for (value, frame), d in s.groupby([col, "frame"], sort=True):
        x = d[measure].to_numpy(float)
        if len(x) < min_docs:
            rows.append(
                {
                    "group": value,
                    "frame": frame,
                    "n_docs": len(x),
                    "value": np.nan,
                    "ci_low": np.nan,
                    "ci_high": np.nan,
                    "too_few": True,
                }
            )
            continue
        idx = rng.integers(0, len(x), size=(n_boot, len(x)))
        boots = x[idx].mean(axis=1)
        rows.append(
            {
                "group": value,
                "frame": frame,
                "n_docs": len(x),
                "value": x.mean(),
                "ci_low": np.quantile(boots, alpha),
                "ci_high": np.quantile(boots, 1 - alpha),
                "too_few": False,
            }
        )
    return pd.DataFrame(rows, columns=["group", "frame", "n_docs", "value", "ci_low", "ci_high", "too_few"])


def frame_group_tests(
    scores: pd.DataFrame,
    docs: pd.DataFrame,
    *,
    group: str = "outlet",
    min_docs: int = 10,
    duplicates: bool = False,
    reference: str | None = None,
    by: str | None = None,
) -> dict:
    """Does frame use differ between groups (outlets, periods) beyond article length?

    For each frame, a logistic regression of the frame's presence in an article on the group,
    controlling for the article's length: ``logit P(present) = b0 + b_group + c·ln(words)``,
    against the model with length only; the likelihood-ratio test (Wilks 1938) gives ``lr``,
    ``df`` and ``p``, and ``p_holm`` corrects the p-values of all frames together (Holm 1979).
    Each article counts once per frame (the χ² over all frames at once counted it under every
    frame it carries, so its p-value was not valid). Effect sizes: odds ratios of each group
    against ``reference`` (default: the largest group) with 95 % Wald intervals. Groups with
    fewer than ``min_docs`` articles and duplicated articles (unless ``duplicates=True``) are
    left out; a frame no article (or every article) carries is reported with its ``reason``.
    Fitted with ``statsmodels`` (Newton, maximum likelihood). ``group`` is a document column
    (``by=`` before 0.4.0: it works until 0.5 with a warning).

    Returns ``{"tests": DataFrame(frame, n_docs, n_present, lr, df, p, p_holm, reason),
    "odds": DataFrame(frame, group, reference, odds_ratio, ci_low, ci_high, p)}``.

    Parameters
    ----------
    scores : DataFrame
        Document-level frame scores (:func:`frame_scores`).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    group : str
        The document column whose groups are compared (``outlet``, ``period``).
    min_docs : int
        Groups with fewer articles are left out.
    duplicates : bool
        Keep articles flagged ``is_duplicate`` (default False).
    reference : str, optional
        The group the odds ratios compare with (default the largest).
    by : str, optional
        The name of ``group`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    """
    import warnings as _w

    import statsmodels.api as sm
    from scipy.stats import chi2 as chi2_dist
    from statsmodels.stats.multitest import multipletests

    col = config.renamed(group, by, old="by", new="group", func="frame_group_tests")
    s = _by_group(scores, docs, col, duplicates)
    s = s[s["n_words"] > 0]
    sizes = s.drop_duplicates("doc_id")[col].value_counts()
    groups = sizes[sizes >= min_docs].index.tolist()
    s = s[s[col].isin(groups)]
    ref = reference if reference is not None else (groups[0] if groups else None)
    tests, odds = [], []
    for frame, d in s.groupby("frame", sort=True):
        y = (d["hits"] > 0).astype(float).to_numpy()
        row = {
            "frame": frame,
            "n_docs": len(d),
            "n_present": int(y.sum()),
            "lr": np.nan,
            "df": np.nan,
            "p": np.nan,
            "reason": "",
        }
        if len(groups) < 2:
            row["reason"] = f"fewer than two {col} groups with {min_docs}+ articles"
        elif min(y.sum(), len(y) - y.sum()) < 5:
            row["reason"] = (
                f"only {int(y.sum())} article(s) carry the frame"
                if y.sum() < 5
                else f"only {int(len(y) - y.sum())} article(s) lack it"
            )
            row["reason"] += ": too few to compare groups"
        else:
            g = pd.Categorical(d[col], categories=[ref] + [x for x in groups if x != ref])
            dummies = pd.get_dummies(g, drop_first=True, dtype=float)
            length = np.log(d["n_words"].to_numpy(float))
            x_null = sm.add_constant(pd.DataFrame({"log_words": length}), has_constant="add")
            x_full = pd.concat([x_null.reset_index(drop=True), dummies.reset_index(drop=True)], axis=1)
            try:
                with _w.catch_warnings(), np.errstate(over="ignore"):
                    _w.simplefilter("ignore")
                    full = sm.Logit(y, x_full).fit(disp=0, method="newton", maxiter=100)
                    null = sm.Logit(y, x_null).fit(disp=0, method="newton", maxiter=100)
                lr = 2 * (full.llf - null.llf)
                dfree = x_full.shape[1] - x_null.shape[1]
                row.update(lr=float(lr), df=dfree, p=float(chi2_dist.sf(lr, dfree)))
                ci = full.conf_int()
                with np.errstate(over="ignore"):  # a group that never uses the frame: inf
                    ors = np.exp(full.params[dummies.columns])
                    lows, highs = np.exp(ci.loc[dummies.columns, 0]), np.exp(ci.loc[dummies.columns, 1])
                for name in dummies.columns:
                    odds.append(
                        {
                            "frame": frame,
                            "group": name,
                            "reference": ref,
                            "odds_ratio": float(ors[name]),
                            "ci_low": float(lows[name]),
                            "ci_high": float(highs[name]),
                            "p": float(full.pvalues[name]),
                        }
                    )
            except Exception as exc:  # perfect separation, singular design
                row["reason"] = f"the model could not be fitted ({type(exc).__name__})"
        tests.append(row)
    tests = pd.DataFrame(tests, columns=["frame", "n_docs", "n_present", "lr", "df", "p", "reason"])
    ok = tests["p"].notna()
    tests["p_holm"] = np.nan
    if ok.any():
        tests.loc[ok, "p_holm"] = multipletests(tests.loc[ok, "p"], method="holm")[1]
    return {
        "tests": tests[["frame", "n_docs", "n_present", "lr", "df", "p", "p_holm", "reason"]],
        "odds": pd.DataFrame(
            odds, columns=["frame", "group", "reference", "odds_ratio", "ci_low", "ci_high", "p"]
        ),
    }


def frame_independence(
    scores: pd.DataFrame, docs: pd.DataFrame, *, group: str = "outlet", by: str | None = None
) -> dict:
    """χ² test of independence of group × frame, on the counts of documents with each frame.

    Descriptive only: an article carrying several frames is counted under each, so the
    observations are not independent and the p-value is not valid. Use
    :func:`frame_group_tests` to test differences between groups.

    Returns ``chi2, dof, p, table`` (the contingency table) and ``expected``; frames no group
    uses are left out (their expected counts would be zero). When the test cannot be made (fewer
    than two groups or two frames with documents), ``chi2``, ``dof`` and ``p`` are NaN and
    ``reason`` says why (with an :class:`~discourse.errors.EmptyResultWarning`).

    Parameters
    ----------
    scores : DataFrame
        Document-level frame scores (:func:`frame_scores`).
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    group : str
        The document column whose groups are compared.
    by : str, optional
        The name of ``group`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    """
    col = config.renamed(group, by, old="by", new="group", func="frame_independence")
    s = scores.merge(docs[["doc_id", col]], on="doc_id", how="left")
    s = s[s[col].notna() & (s["hits"] > 0)]
    table = pd.crosstab(s[col], s["frame"])
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    if table.shape[0] < 2 or table.shape[1] < 2:
        from ..stats.lookup import warn_empty

        reason = (
            f"{table.shape[0]} {col} group(s) and {table.shape[1]} frame(s) have documents "
            "with frame cues; a χ² test needs at least two of each"
        )
        warn_empty("frame_independence()", reason)
        return {
            "chi2": float("nan"),
            "dof": float("nan"),
            "p": float("nan"),
            "table": table,
            "expected": None,
            "reason": reason,
        }
    from scipy.stats import chi2_contingency  # imported when used: scipy.stats is slow to load

    chi2, p, dof, expected = chi2_contingency(table.to_numpy(), correction=False)
    return {
        "chi2": float(chi2),
        "dof": int(dof),
        "p": float(p),
        "table": table,
        "expected": pd.DataFrame(expected, index=table.index, columns=table.columns),
    }
