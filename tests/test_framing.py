"""Framing on the shipped article — results a careful reader agrees with — and unit tests."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import discourse as dc
from discourse.errors import LexiconError
from discourse.framing.lexicon import Cue, match_cues


@pytest.fixture(scope="module")
def frames():
    return dc.load_frames()


@pytest.fixture(scope="module")
def hits(seed_tokens, seed_docs, frames):
    return dc.frame_hits(seed_tokens, seed_docs, frames)


@pytest.fixture(scope="module")
def mentions(seed_tokens, seed_docs):
    return dc.actor_mentions(seed_tokens, seed_docs)


def test_lexicon_has_the_frames_asked_for(frames):
    ids = set(frames.frames["id"])
    assert {"conflict", "responsibility", "economic", "human_interest", "morality"} <= ids
    assert {
        "security_military",
        "sovereignty",
        "diplomacy",
        "elections_legitimacy",
        "public_services",
        "regional_rivalry",
    } <= ids
    assert frames.frames["definition"].str.len().min() > 40 and frames.frames["source"].str.len().min() > 10


def test_top_frames_of_the_article(seed_tokens, hits, frames):
    profile = dc.frame_profile(dc.frame_scores(seed_tokens, hits, lexicon=frames))
    top = profile["frame"].head(5).tolist()
    for frame in ("conflict", "security_military", "sovereignty"):
        assert frame in top, (frame, top)


def test_every_hit_points_back_to_its_words(seed_docs, hits):
    text = seed_docs.text[0]
    for h in hits.itertuples():
        assert text[h.start : h.end] == h.match
        assert h.match in h.sentence
    assert set(hits.columns) >= {"frame", "cue", "gloss", "match", "sentence", "left", "right", "negated"}


def test_clitics_and_phrases_are_matched(hits):
    matched = set(hits["match"])
    assert "الحوار الاستراتيجي" in matched  # multi-word cue
    assert "شراء الأصوات" in matched or "شراء للأصوات" in matched
    assert "انسحاب" in matched and "للانسحاب" in matched  # clitic ل + article
    assert "والتعاون" in matched  # conjunction + article


def _toy(words):
    rows = [
        {
            "doc_id": "d",
            "para_id": 0,
            "sent_id": 0,
            "tok_id": i,
            "token": w,
            "norm": w,
            "lemma": w,
            "is_punct": w in "،.",
            "is_stop": False,
            "is_num": False,
            "start": i * 10,
            "end": i * 10 + len(w),
        }
        for i, w in enumerate(words)
    ]
    return pd.DataFrame(rows)


def test_negation_in_the_same_clause():
    cues = [Cue("تصعيد", "conflict", negatable=True), Cue("انسحاب", "sovereignty")]
    neg = {"لا", "لم", "غير", "عدم"}
    t = _toy(["لم", "يحدث", "تصعيد", "،", "بل", "تصعيد", "و", "لا", "انسحاب"])
    h = match_cues(t, cues, negations=neg)
    assert h["negated"].tolist() == [True, False, False]  # the comma ends the clause; انسحاب not negatable
    t2 = _toy(["عدم", "التصعيد"])
    assert match_cues(t2, cues, negations=neg)["negated"].tolist() == [True]
    t3 = _toy(["لا", "شيء", "يمنع", "هنا", "التصعيد"])  # negation too far back
    assert match_cues(t3, cues, negations=neg)["negated"].tolist() == [False]


def test_clitic_keys_with_words_outside_the_article():
    cues = [Cue("انتخابات", "elections"), Cue("الحوار الاستراتيجي", "diplomacy")]
    t = _toy(["بالانتخابات", "وللانتخابات", "والحوار", "الاستراتيجي", "انتخب"])
    h = match_cues(t, cues)
    assert h["label"].tolist() == ["elections", "elections", "diplomacy"]


def test_actors_of_the_article(mentions):
    freq = dc.actor_frequencies(mentions).set_index("actor")["mentions"]
    for actor in ("kadhimi", "biden", "united_states", "iran", "militias"):
        assert actor in freq.index, actor
    assert freq["kadhimi"] >= 13
    found = mentions.groupby("actor")["match"].agg(set)
    assert "طهران" in found["iran"]  # an alias
    assert "الميليشيات الموالية لإيران" in found["militias"]  # longest alias wins
    assert "واشنطن" in found["united_states"]


def test_spelling_variants_and_clitics_in_mentions():
    gaz = dc.load_actors()
    t = _toy(["قال", "ترمب", "إن", "بواشنطن", "والأميركيين", "لطهران", "لإيران"])  # بواشنطن: a place
    docs = pd.DataFrame({"doc_id": ["d"], "text": [" " * 100]})
    m = dc.actor_mentions(t, docs, gaz)
    assert m["actor"].tolist() == ["trump", "united_states_people", "iran", "iran"]


def test_actor_network_and_actor_frame_table(mentions, hits):
    g = dc.actor_network(mentions)
    assert g.has_edge("kadhimi", "united_states") and g["kadhimi"]["united_states"]["weight"] >= 2
    assert g.nodes["kadhimi"]["label"] == "الكاظمي"
    af = dc.actor_frame_table(mentions, hits)
    assert af.loc["kadhimi"].sum() > 0 and "diplomacy" in af.columns


def test_statements_and_speakers(seed_tokens, seed_docs, mentions):
    st = dc.attributions(seed_tokens, seed_docs, mentions=mentions)
    direct = st[st["direct"] & st["attributed"]]
    first = direct[direct["statement"].str.startswith("هذه الزيارة تأتي في إطار جهود العراق")]
    second = direct[direct["statement"].str.startswith("الزيارة تتوج جهودا طويلة")]
    assert first["speaker"].tolist() == ["kadhimi"] and first["verb"].tolist() == ["قوله"]
    assert second["speaker"].tolist() == ["kadhimi"] and second["verb"].tolist() == ["مضيفا"]
    fuad = st[st["speaker"] == "fuad_hussein"]
    assert len(fuad) == 1 and "حوارها الاستراتيجي الرابع" in fuad["statement"].iloc[0]
    said = st[(st["verb"] == "قال")]
    assert said["speaker"].tolist() == ["kadhimi"] and said["statement"].iloc[0].startswith("إن بلاده")
    laws = st[~st["attributed"]]  # «قانون …» are names, not speech
    assert len(laws) == 2 and laws["statement"].str.startswith("قانون").all()
    assert not st["statement"].str.contains("ترشيح نفسه").any()  # لم يعلن is not a statement
    text = seed_docs.text[0]
    assert all(text[a:b] == s for a, b, s in zip(st["start"], st["end"], st["statement"]))
    summary = dc.speaker_summary(st, seed_tokens).set_index("who")
    assert summary.loc["الكاظمي", "direct"] == 3 and summary["share_words"].max() < 1


def test_rhetorical_question_and_stance(seed_tokens, seed_docs):
    ev = dc.stance_evidence(seed_tokens, seed_docs)
    q = ev[ev["kind"] == "question"]
    assert any(s.endswith("فهل ينجح الكاظمي في طي الملفات العالقة مع إدارة بايدن؟") for s in q["sentence"])
    hedges = ev[ev["kind"] == "hedging"]
    assert "قد" in set(hedges["match"]) and "ومن المقرر" in set(hedges["match"])
    text = seed_docs.text[0]
    qad_starts = set(hedges.loc[hedges["cue"] == "قد", "start"])
    assert text.index("قد تعوق") in qad_starts  # قد + imperfect: a hedge
    assert text.index("قد وقعا") not in qad_starts  # كانا قد وقعا: past perfect, not one
    assert "حتماً" in set(ev.loc[ev["kind"] == "certainty", "match"]) or "وحتماً" in set(
        ev.loc[ev["kind"] == "certainty", "match"]
    )
    counts = dc.stance_counts(seed_tokens, ev)
    assert len(counts) == 20 and counts.loc[0, "question"] == 1
    assert (counts["evaluation"] == counts["positive"] - counts["negative"]).all()


def test_entman_functions(seed_tokens, seed_docs):
    e = dc.entman_functions(seed_tokens, seed_docs)
    assert set(e["function"]) == {
        "problem_definition",
        "causal_interpretation",
        "moral_evaluation",
        "treatment_recommendation",
    }
    assert all(c.split("، ")[0] for c in e["cues"])


def test_frame_prominence_and_chi_square_by_hand():
    scores = pd.DataFrame(
        {
            "doc_id": list("abcdef") * 2,
            "frame": ["f1"] * 6 + ["f2"] * 6,
            "hits": [1, 0, 2, 0, 0, 1, 0, 1, 0, 3, 1, 0],
            "per_1000": np.arange(12, dtype=float),
        }
    )
    docs = pd.DataFrame({"doc_id": list("abcdef"), "outlet": list("xxxyyy")})
    p = dc.frame_prominence(scores, docs, n_boot=500, min_docs=1).set_index(["group", "frame"])
    assert p.loc[("x", "f1"), "value"] == pytest.approx(2 / 3)
    assert p.loc[("y", "f2"), "value"] == pytest.approx(2 / 3)
    assert p.loc[("x", "f1"), "ci_low"] <= 2 / 3 <= p.loc[("x", "f1"), "ci_high"]
    assert p.loc[("x", "f1"), "ci_low"] >= 0 and p.loc[("x", "f1"), "ci_high"] <= 1
    test = dc.frame_independence(scores, docs)
    # documents with the frame: x: f1 2, f2 1; y: f1 1, f2 2
    obs = np.array([[2, 1], [1, 2]])
    exp = obs.sum(1, keepdims=True) * obs.sum(0, keepdims=True) / obs.sum()
    assert test["chi2"] == pytest.approx(((obs - exp) ** 2 / exp).sum())
    assert test["p"] == pytest.approx(stats.chi2.sf(test["chi2"], 1))


def test_bad_lexicon_is_a_clear_error(tmp_path):
    bad = tmp_path / "f.yaml"
    bad.write_text("frames:\n  - id: x\n    label: X\n    cues: [a\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="f.yaml: not valid YAML"):
        dc.load_frames(bad)
    bad.write_text("frames:\n  - label: X\n    cues: [حوار]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="frame number 1 has no 'id'"):
        dc.load_frames(bad)
    bad.write_text("!!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(LexiconError):
        dc.load_frames(bad)
    # a comma in an unquoted gloss makes a key of its own; it is named, not silently kept
    bad.write_text(
        "frames:\n  - id: x\n    label: X\n    cues:\n      - {cue: صراع, gloss: conflict, struggle}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match="'صراع' of frame 'x' has unknown key.*struggle.*needs quotes"):
        dc.load_frames(bad)
    bad.write_text(
        "frames:\n  - id: x\n    label: X\n    cues: [صراع]\nplace_heads: ساحة\n", encoding="utf-8"
    )
    with pytest.raises(LexiconError, match="f.yaml: 'place_heads:' must be a list"):
        dc.load_frames(bad)
    # victims: within: is a number of words, and the section takes no other key
    for section, message in [
        ("  within: three\n", "'victims: within:' must be a whole number"),
        ("  near: 3\n", "'victims:' must be a mapping .* may have 'within:'"),
    ]:
        bad.write_text(
            "frames:\n  - id: x\n    label: X\n    cues: [شخص]\nvictims:\n"
            + section
            + "  cues: [شخص]\n  words: [وفاة]\n",
            encoding="utf-8",
        )
        with pytest.raises(LexiconError, match=message):
            dc.load_frames(bad)


# -- precise cues (exact matching, once per frame, not inside names) ----------------------------


def _frames_of(text):
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "date": [pd.NaT]})
    tokens = dc.tokenize(docs, progress=False)
    return dc.frame_hits(tokens, docs)


def _sentences_with(frame, *sentences):
    """The indices of the sentences (one text, in order) where ``frame`` is found."""
    hits = _frames_of(" ".join(sentences))
    return set(hits[hits["frame"] == frame]["sent_id"])


def test_frame_cues_match_exactly_never_by_stem():
    lex = dc.load_frames()
    cues = [Cue("بفعل", "responsibility")]
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["يفعل الناس ما يريدون وتضررت المنازل بفعل الأمطار."]})
    tokens = dc.tokenize(docs, progress=False)
    exact = match_cues(tokens, cues, exact=True)
    assert exact["cue"].tolist() == ["بفعل"]  # not يفعل, a form of فعل
    assert len(lex.cues) > 0


def test_an_eighth_form_cue_in_lam_finds_its_forms_by_lemma_and_the_article_does_not():
    """A cue such as التزم or التقى keeps its ال (the eighth form of a root in ل), so it finds
    the words whose lemma it is; a cue with the article (الغاز "the gas") finds none by lemma,
    not even a word an analyser lemmatized to the same letters (الألغاز "the riddles")."""
    docs = pd.DataFrame({"doc_id": ["d"], "text": ["تلتزم بالتزاماتها الألغاز والغاز"]})
    tokens = dc.tokenize(docs, progress=False)
    assert tokens["token"].tolist() == ["تلتزم", "بالتزاماتها", "الألغاز", "والغاز"]
    tokens["lemma"] = ["التزم", "التزام", "الغاز", "غاز"]  # as an analyser may give them
    cues = [Cue("التزم", "a"), Cue("التزام", "b"), Cue("الغاز", "c")]
    hits = match_cues(tokens, cues, exact=True)
    found = [(c, tokens["token"].iloc[r]) for c, r in zip(hits["cue"], hits["row_first"])]
    assert found == [("التزم", "تلتزم"), ("التزام", "بالتزاماتها"), ("الغاز", "والغاز")]


def test_a_token_counts_once_per_frame_and_names_do_not_count():
    hits = _frames_of("وارتفعت أسعار النفط، وقال مجلس الأمن إن الوكالة الدولية للطاقة الذرية تراقب.")
    econ = hits[hits["frame"] == "economic"]
    assert econ["match"].tolist().count("النفط") == 1  # نفط and النفط: one token, one hit
    assert "الطاقة" not in " ".join(econ["match"]) and "للطاقة" not in set(econ["match"])
    assert not (hits["match"] == "الأمن").any()  # أمن inside مجلس الأمن
    inside = dc.frame_hits(*_docs_tokens("وقال مجلس الأمن إن الأمن مستتب."), in_names=True)
    assert (inside["match"] == "الأمن").sum() == 2


def test_a_hit_is_inside_a_name_when_any_span_covers_it():
    from discourse.framing.frames import _outside_names

    # doc a: spans (0, 5) and (2, 3); the hit at 4 lies only in the longer, earlier span
    # (a running maximum of span ends, not the nearest span, decides); doc b has no span
    mentions = pd.DataFrame(
        {"doc_id": ["a", "a", "a"], "tok_first": [2, 0, 8], "tok_last": [3, 5, 8], "kind": ["gazetteer"] * 3}
    )
    hits = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a", "a", "b"],
            "tok_first": [4, 6, 5, 8, 4],
            "tok_last": [4, 6, 6, 8, 4],
            "frame": list("vwxyz"),
        }
    )
    kept = _outside_names(hits, mentions)
    # 4 is inside (0, 5); 6 and 5–6 are not; 8 is a one-word mention (never a name span);
    # nothing is inside a name in doc b
    assert kept["frame"].tolist() == ["w", "x", "y", "z"]


def test_facing_a_problem_is_no_confrontation_facing_an_actor_is():
    lex = dc.load_frames()
    assert "state" in lex.actor_objects["مواجهة"] and lex.actor_objects["تدخل"] <= {"state", "role"}

    def conflict(text):
        hits = dc.frame_hits(*_docs_tokens(text), lex)
        return hits[hits["frame"] == "conflict"]["match"].tolist()

    assert conflict("وشكلت الوزارة لجنة لمواجهة الأزمات الطارئة.") == []
    assert conflict("وأكد أن الشركة قادرة على مواجهة التزاماتها المالية.") == []
    assert conflict("ودعا إلى مواجهة إيران في المنطقة.") == ["مواجهة"]
    assert conflict("وتحدث عن مواجهة مع إيران.") == ["مواجهة"]
    assert conflict("وقال إن مواجهة الحكومة الإيرانية ضرورة.") == ["مواجهة"]  # أنّ + a noun
    assert conflict("وقالوا إنهم مستعدون لمواجهة أطماع إيران.") == ["لمواجهة"]  # a noun in construct
    # interference by a state; the same letters after أن are the verb "enters"
    assert conflict("ودعا إلى وقف تدخل إيران في شؤون المنطقة.") == []  # regional rivalry
    hits = dc.frame_hits(*_docs_tokens("ودعا إلى وقف تدخل إيران في شؤون المنطقة."), lex)
    assert hits[hits["frame"] == "regional_rivalry"]["match"].tolist() == ["تدخل"]
    hits = dc.frame_hits(*_docs_tokens("ويتوقع أن تدخل إيران السوق الأوروبية بقوة."), lex)
    assert "regional_rivalry" not in set(hits["frame"])
    # the definite and the plural are a confrontation and clashes as written
    assert conflict("واندلعت مواجهات في المدينة، وتصاعدت المواجهة بين الطرفين.") == ["مواجهات", "المواجهة"]


@pytest.mark.parametrize(
    "section,value,says", [("actor_objects", "state", "actor types"), ("not_before", "الاتفاق", "cancel it")]
)
def test_a_cue_mapping_names_cues_of_the_frames(tmp_path, section, value, says):
    import yaml

    data = yaml.safe_load((dc.load_frames().path).read_text(encoding="utf-8"))
    data[section] = {"مقابلة": [value]}
    bad = tmp_path / "frames.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError, match=f"'{section}:' must name cues of the frames"):
        dc.load_frames(bad)
    data[section] = ["مواجهة"]  # a list: what each cue maps to is not said
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(LexiconError, match=says):
        dc.load_frames(bad)


def test_a_word_that_names_a_state_is_no_frame_evidence():
    # مالي after في is Mali (the actor search reads it so), not "financial"
    hits = _frames_of("وقتل خمسة جنود في هجوم على فندق في مالي أمس.")
    assert "مالي" not in set(hits["match"])
    hits = _frames_of("وحصلت الشركة على دعم مالي من البنك.")
    assert "مالي" in set(hits[hits["frame"] == "economic"]["match"])


def test_rules_are_no_military_bases():
    hits = _frames_of("ويجب احترام قواعد المرور وقواعد البيانات.")
    assert "sovereignty" not in set(hits["frame"])
    hits = _frames_of("ورفض البرلمان إقامة قواعد عسكرية أجنبية على أراضي البلاد.")
    assert "sovereignty" in set(hits["frame"])


def test_regional_is_a_level_unless_a_phrase_of_rivalry():
    hits = _frames_of("ودعا إلى تضافر الجهود الإقليمية والدولية، وشارك المدير الإقليمي للمنظمة.")
    assert "regional_rivalry" not in set(hits["frame"])
    hits = _frames_of("وحذر من المشروع الإقليمي لطهران ومن قوى إقليمية تسعى إلى الهيمنة.")
    assert {"المشروع الإقليمي", "قوى إقليمية"} <= set(hits[hits["frame"] == "regional_rivalry"]["match"])


def test_pressures_of_markets_are_no_conflict():
    hits = _frames_of("وتراجعت الأسهم تحت ضغوط الأسواق الخارجية، وهرب السياح من ضغوط الحياة.")
    assert "conflict" not in set(hits["frame"])
    hits = _frames_of("ورضخت الحكومة للضغوط الشعبية بعد ضغوط دولية متزايدة.")
    assert set(hits[hits["frame"] == "conflict"]["match"]) == {"للضغوط الشعبية", "ضغوط دولية"}


def test_a_cause_is_no_one_held_responsible():
    hits = _frames_of("وتسببت الأمطار الغزيرة في اقتلاع الأشجار وإغلاق الطرق.")
    assert "responsibility" not in set(hits["frame"])
    hits = _frames_of("وحمل الفلسطينيون الحكومة المسؤولية الكاملة عن مقتل الطفل.")
    assert "responsibility" in set(hits["frame"])


def test_as_a_whole_and_a_festival_are_no_evidence():
    assert _frames_of("ستكون لها عواقب على المنطقة بأسرها والشعب بأسره.").empty  # not أسر, families
    hits = _frames_of("وافتتح الأمير سوق عكاظ أمس، وارتفعت أسعار السوق.")
    assert hits["match"].tolist() == ["أسعار", "السوق"]


def test_citizens_and_the_people_are_no_human_face():
    # a human-interest frame gives a person or a family a face; المواطنين (service news) and
    # الشعب (national unity, a club) name everyone
    hits = _frames_of("وتهدف الخدمات إلى تلبية احتياجات المواطنين، وأكد تلاحم الشعب والقيادة.")
    assert "human_interest" not in set(hits["frame"])
    hits = _frames_of("وروت الأم معاناة أسرتها بعد أن فقدت طفلها.")
    assert "human_interest" in set(hits["frame"])


def _docs_tokens(text):
    docs = pd.DataFrame({"doc_id": ["d"], "text": [text], "date": [pd.NaT]})
    return dc.tokenize(docs, progress=False), docs


def test_idioms_are_never_frame_evidence():
    """``ذات العلاقة`` ("concerned, relevant") holds the diplomacy cue علاقة but says nothing of
    relations between states; the same word outside the idiom still counts."""
    hits = _frames_of("وتعمل الجهات ذات العلاقة على الملف. وتحسنت العلاقة بين البلدين.")
    dip = hits[hits["frame"] == "diplomacy"]
    assert dip["match"].tolist() == ["العلاقة"] and dip["sentence"].iloc[0].startswith("وتحسنت")
    assert "ذات العلاقة" in dc.load_frames().idioms


def test_an_idioms_entry_that_is_not_a_list_is_refused(tmp_path):
    lex = tmp_path / "f.yaml"
    lex.write_text("frames:\n  - {id: a, label: A, cues: [حوار]}\nidioms: ذات العلاقة\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="f.yaml: 'idioms:' must be a list"):
        dc.load_frames(lex)


def test_war_is_security_and_military_not_conflict():
    """By the frames' definitions: armed force is security_military; conflict is disagreement
    between parties (accusing, denouncing, opposing)."""
    hits = _frames_of("اندلعت الحرب في المنطقة. واتهمت الحكومة المعارضة بالتحريض.")
    by_match = hits.groupby("match")["frame"].agg(set).to_dict()
    assert by_match["الحرب"] == {"security_military"}
    assert "conflict" in by_match["واتهمت"]


def test_words_with_an_everyday_sense_are_no_frame_cue_on_their_own():
    # seen on an unseen day of SaudiNewsNet: أعمال (works, acts), تحمل (bears a name), تدريب
    # (teacher or sports training), محاور (themes), السيطرة على حريق, تسهم (contributes: the
    # lemma أسهم), التعليمات (instructions: the lemma تعليم) were frame hits
    hits = _frames_of(
        "وتوقفت أعمال البناء. والمجلة تحمل الاسم نفسه. وبدأ تدريب المعلمين. وطرحت المسرحية عدة "
        "محاور. وتمت السيطرة على الحريق. وستسهم الخطة في ذلك. واتبع التعليمات. وقال مدير "
        "العلاقات العامة إن فرق الدفاع المدني وصلت. وكتب رئيس التحرير. وأنهى عمله. "
        "واشتدت المنافسة بين المتاجر مع انتشار الكاميرات. وحضر عدد من المسؤولين. وعجزت "
        "الأسرة عن الدفع في حملة مقاطعة البضائع. ولقمة العيش صعبة مع المشكلات العارضة."
    )
    assert hits.empty, hits[["frame", "match"]]
    hits = _frames_of(
        "وتحدث رجال الأعمال. ودعم محور المقاومة. وقال إنه يتحمل المسؤولية. وهبطت الأسهم. وانخفضت العملة."
    )
    assert sorted(zip(hits["frame"], hits["match"])) == [
        ("economic", "الأسهم"),
        ("economic", "العملة"),
        ("economic", "رجال الأعمال"),
        ("regional_rivalry", "محور المقاومة"),
        ("responsibility", "المسؤولية"),
        ("responsibility", "يتحمل"),
    ]


def test_sport_senses_are_no_frame_evidence_in_a_match_report():
    report = "وفي اللقاء الثاني تقدم الفريق بهدف في الشوط الأول بعد هجوم سريع."
    politics = "وفي اللقاء الثاني بحث الوزيران الهجوم على السفارة."
    hits = _frames_of(report + " " + politics)
    # the match report (الشوط) loses لقاء and هجوم; the same words about politics keep them
    assert set(hits["sent_id"]) == {1}
    assert {"اللقاء", "الهجوم"} <= set(hits["match"]) and {"diplomacy", "security_military"} <= set(
        hits["frame"]
    )


def test_leave_out_drops_the_hits_of_topic_words():
    tokens, docs = _docs_tokens("وقع البلدان الاتفاق بعد مفاوضات طويلة. ونص الاتفاق على رفع العقوبات.")
    all_hits = dc.frame_hits(tokens, docs)
    assert {"اتفاق", "مفاوضات"} <= set(all_hits.loc[all_hits["frame"] == "diplomacy", "cue"])
    kept = dc.frame_hits(tokens, docs, leave_out=["اتفاق"])
    dip = kept[kept["frame"] == "diplomacy"]
    assert dip["cue"].tolist() == ["مفاوضات"]  # the topic word is gone, the rest stays
    assert len(kept) == len(all_hits) - (all_hits["cue"] == "اتفاق").sum()


def test_qad_hedges_only_before_an_imperfect_verb():
    docs = pd.DataFrame(
        {"doc_id": ["d"], "text": ["قد تتأخر المفاوضات. وقد أعلن الوزير النتائج. وكان قد نشر التقرير أمس."]}
    )
    tokens = dc.tokenize(docs, progress=False)
    ev = dc.stance_evidence(tokens, docs)
    hedges = ev[(ev["kind"] == "hedging") & (ev["cue"] == "قد")]
    assert hedges["start"].tolist() == [0]  # قد تتأخر only


# -- comparisons across outlets ---------------------------------------------------------------


def _synthetic_scores(seed=3):
    rng = np.random.default_rng(seed)
    rows, docs = [], []
    for g, p in (("a", 0.2), ("b", 0.5), ("c", 0.7)):
        for k in range(40):
            n = int(rng.integers(50, 800))
            present = rng.random() < min(0.95, p + n / 4000)
            doc = f"{g}{k}"
            docs.append({"doc_id": doc, "outlet": g, "is_duplicate": False})
            rows.append({"doc_id": doc, "frame": "conflict", "hits": int(present), "n_words": n})
    docs.append({"doc_id": "dup", "outlet": "a", "is_duplicate": True})
    rows.append({"doc_id": "dup", "frame": "conflict", "hits": 1, "n_words": 100})
    return pd.DataFrame(rows), pd.DataFrame(docs)


def test_group_test_equals_an_independent_logistic_fit():
    from sklearn.linear_model import LogisticRegression

    scores, docs = _synthetic_scores()
    res = dc.frame_group_tests(scores, docs, group="outlet", reference="a")
    s = scores.merge(docs, on="doc_id")
    s = s[~s["is_duplicate"]]
    y = (s["hits"] > 0).to_numpy(int)
    length = np.log(s["n_words"].to_numpy(float))[:, None]
    dummies = pd.get_dummies(s["outlet"], dtype=float)[["b", "c"]].to_numpy()

    def loglik(x):
        m = LogisticRegression(C=np.inf, max_iter=10_000, tol=1e-10).fit(x, y)  # unpenalised
        p = m.predict_proba(x)[:, 1]
        return float(np.sum(y * np.log(p) + (1 - y) * np.log(1 - p))), m

    ll_full, full = loglik(np.hstack([length, dummies]))
    ll_null, _ = loglik(length)
    t = res["tests"].iloc[0]
    assert t["lr"] == pytest.approx(2 * (ll_full - ll_null), rel=1e-4)
    assert t["df"] == 2 and t["p"] == pytest.approx(stats.chi2.sf(2 * (ll_full - ll_null), 2), rel=1e-3)
    odds = res["odds"].set_index("group")["odds_ratio"]
    assert odds["b"] == pytest.approx(np.exp(full.coef_[0][1]), rel=1e-3)
    assert odds["c"] == pytest.approx(np.exp(full.coef_[0][2]), rel=1e-3)
    assert t["n_docs"] == 120  # the duplicate is left out


def test_holm_correction_by_hand():
    scores, docs = _synthetic_scores()
    other = _synthetic_scores(seed=11)[0].assign(frame="economic")
    res = dc.frame_group_tests(pd.concat([scores, other]), docs, group="outlet")["tests"]
    p = res["p"].to_numpy()
    order = np.argsort(p)
    holm = np.maximum.accumulate(np.minimum(1, p[order] * (len(p) - np.arange(len(p)))))
    expected = np.empty_like(holm)
    expected[order] = holm
    assert res["p_holm"].to_numpy() == pytest.approx(expected)


def test_small_groups_get_no_value_and_say_why():
    scores, docs = _synthetic_scores()
    docs.loc[docs["doc_id"].isin(["a0", "a1", "a2"]), "outlet"] = "tiny"
    prom = dc.frame_prominence(scores, docs, group="outlet", n_boot=50)
    tiny = prom[prom["group"] == "tiny"].iloc[0]
    assert tiny["too_few"] and np.isnan(tiny["value"]) and tiny["n_docs"] == 3
    assert not prom.loc[prom["group"] == "b", "too_few"].iloc[0]
    rare = scores.assign(hits=0)
    rare.loc[rare.index[:2], "hits"] = 1
    t = dc.frame_group_tests(rare, docs, group="outlet")["tests"].iloc[0]
    assert np.isnan(t["p"]) and "too few" in t["reason"]


def test_topic_words_are_the_corpus_topic_not_common_words(seed_docs):
    # eight articles of distinct news sentences, each with قال and المفاعل once
    sents = [x for x in re.split(r"(?<=\.)\s+", seed_docs.text[0]) if len(x.split()) > 8]
    texts = [" ".join(sents[2 * i : 2 * i + 2]) + " وقال إن المفاعل مغلق." for i in range(8)]
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(8)], "text": texts})
    tokens = dc.tokenize(docs, progress=False)
    loose_topic = dc.topic_words(tokens, min_ratio=1)
    strict_topic = dc.topic_words(tokens, min_ratio=20)
    assert {"مفاعل", "قال"} <= set(loose_topic)  # both in every article
    assert "مفاعل" in strict_topic  # rare in general Arabic: the topic
    assert "قال" not in strict_topic  # about as common everywhere: not the topic
    assert dc.topic_words(tokens.iloc[:0]) == []


def test_evaluation_flips_under_negation_undoing_and_negative_objects():
    docs = pd.DataFrame(
        {
            "doc_id": ["d"],
            "text": [
                "لا استقرار في المنطقة. وانتقد الوزير السياسات المزعزعة للاستقرار. وانتقد الدعم "
                "الإيراني للإرهاب. وأشاد بالاستقرار."
            ],
        }
    )
    tokens = dc.tokenize(docs, progress=False)
    ev = dc.stance_evidence(tokens, docs)
    ev = ev[ev["kind"].isin(["positive", "negative"])]
    by_match = dict(zip(ev["match"], zip(ev["kind"], ev["flipped"])))
    assert by_match["استقرار"] == ("negative", True)  # لا استقرار
    assert by_match["للاستقرار"] == ("negative", True)  # المزعزعة للاستقرار
    assert by_match["الدعم"] == ("negative", True)  # الدعم الإيراني للإرهاب
    assert by_match["بالاستقرار"] == ("positive", False)


def test_stance_cues_match_exactly_without_clitic_collisions():
    # seen on an unseen day: كامل (complete) counted as ك + أمل (hope), every تأكيد
    # (confirmation) as بالتأكيد (certainly), غاية (aim) as للغاية (extremely)
    tokens, docs = _docs_tokens(
        "قدم شرحا كاملا وتقريرا كامل التفاصيل. وجاء ذلك تأكيدا للموقف والغاية منه. "
        "وهو بالتأكيد مهم للغاية. وتم ذلك بدعم من الحكومة رغم الآثار السلبية."
    )
    ev = dc.stance_evidence(tokens, docs)
    got = sorted(zip(ev["kind"], ev["match"]))
    assert got == [
        ("certainty", "بالتأكيد"),
        ("intensifiers", "للغاية"),
        ("negative", "السلبية"),
        ("positive", "بدعم"),  # ب + دعم is still found (the analyser keeps بدعم whole)
    ], got


def test_profile_reports_presence_and_volume_hand_computed():
    import pandas as pd

    # two articles (100 and 300 words, 2 and 4 paragraphs); frame a: 3 hits in the first
    # article's 2 paragraphs; frame b: 1 hit in the second article
    scores = pd.DataFrame(
        {
            "doc_id": ["d1", "d1", "d2", "d2"],
            "frame": ["a", "b", "a", "b"],
            "label": ["A", "B", "A", "B"],
            "hits": [3, 0, 0, 1],
            "paras_with": [2, 0, 0, 1],
            "n_words": [100, 100, 300, 300],
            "n_paras": [2, 2, 4, 4],
        }
    )
    p = dc.frame_profile(scores).set_index("frame")
    assert p.loc["a", "per_1000"] == 3 / 400 * 1000 and p.loc["b", "per_1000"] == 1 / 400 * 1000
    assert p.loc["a", "docs_with"] == 1 and p.loc["a", "doc_share"] == 0.5
    assert p.loc["a", "para_share"] == 2 / 6 and p.loc["b", "para_share"] == 1 / 6


def test_dominant_frames_keep_the_best_supported_frames_of_each_sentence():
    hits = pd.DataFrame(
        {
            "doc_id": ["d"] * 7,
            "para_id": [0, 0, 0, 0, 0, 1, 1],
            "sent_id": [0, 0, 0, 0, 1, 2, 2],
            "frame": ["a", "a", "a", "b", "a", "a", "b"],
            "cue": ["x", "y", "x", "z", "x", "x", "z"],  # sentence 0: a has 2 distinct cues, b 1
            "negated": [False, False, False, False, False, False, False],
        }
    )
    out = dc.dominant_frames(hits)
    # sentence 0: a (2 cues) beats b (1); sentences 1 and 2: one frame, or a tie kept whole
    assert out.index.tolist() == [0, 1, 2, 4, 5, 6]
    # by paragraph: paragraph 0 has a with cues x, y and b with z → a; paragraph 1 a tie
    assert dc.dominant_frames(hits, unit="paragraph").index.tolist() == [0, 1, 2, 4, 5, 6]
    # a negated cue is no evidence: b's only cue negated leaves a alone in sentence 2
    neg = hits.assign(negated=[False, False, False, False, False, False, True])
    assert dc.dominant_frames(neg).index.tolist() == [0, 1, 2, 4, 5]
    # one distinct cue twice is still one cue: a (x, x) ties b (z) in a sentence of its own
    tie = hits.iloc[[0, 2, 3]].assign(sent_id=9)
    assert dc.dominant_frames(tie).index.tolist() == [0, 2, 3]
    assert dc.dominant_frames(hits.iloc[:0]).empty
    with pytest.raises(ValueError, match="unit='article'"):
        dc.dominant_frames(hits, unit="article")
    # the table of notebook 06, by hand: a has 5 hits in sentences 0, 1, 2 and is dominant in
    # all three; b has 2 hits in sentences 0 and 2 and is dominant only in 2 (a tie there)
    table = dc.dominance_table(hits).set_index("frame")
    assert table.loc["a"].tolist() == [5, 3, 3, 1.0]
    assert table.loc["b"].tolist() == [2, 2, 1, 0.5]
    # a negated hit is not counted: b keeps one hit, one sentence, dominant in none
    assert dc.dominance_table(neg).set_index("frame").loc["b"].tolist() == [1, 1, 0, 0.0]


def test_the_portfolio_of_a_title_is_no_frame_evidence():
    """وزير الدفاع and وزارة الصحة name an office (as مجلس الأمن names a body); the same words
    outside a title count, and الوزير with the article heads no construct."""
    hits = _frames_of(
        "واستقبل وزير الدفاع السفير. وأعلنت وزارة الصحة الخطة. وتعزز الدفاع الجوي. وقال الوزير الصحة أولا."
    )
    found = sorted(zip(hits["sent_id"], hits["frame"], hits["match"]))
    assert ("security_military", "الدفاع") not in {(f, m) for s, f, m in found if s == 0}
    assert not any(s == 1 and f == "public_services" for s, f, m in found)
    assert (2, "security_military", "الدفاع") in found
    assert (3, "public_services", "الصحة") in found
    assert {"وزير", "وزارة", "مدير"} <= dc.load_frames().title_heads


def test_idioms_of_news_language_and_a_phrase_cue_that_spans_an_idiom():
    """الصحة in لا أساس له من الصحة is correctness and in a greeting a wish; تحرير محضر writes up a
    report; الدين in صلاح الدين is a name. الدين العام (public debt) is an idiom for morality and
    an economic cue: a phrase cue that spans the whole idiom still counts."""
    hits = _frames_of(
        "ونفى الخبر وقال إنه لا أساس له من الصحة. وتمنى له موفور الصحة. وتم تحرير محضر بالواقعة. "
        "وقاد صلاح الدين الجيش. وارتفع الدين العام."
    )
    pairs = set(zip(hits["frame"], hits["match"]))
    assert not any(f in ("public_services", "sovereignty", "morality") for f, _ in pairs), pairs
    assert ("economic", "الدين العام") in pairs and ("security_military", "الجيش") in pairs
    # one-word idioms stay idioms: التعليمات is not education
    assert _frames_of("واتبع التعليمات.").empty


def test_prices_are_economic_and_foreign_alone_is_not_sovereignty():
    hits = _frames_of("وارتفعت الأسعار في السوق. وزاد الاستثمار الأجنبي. ورفض التدخل الأجنبي في شؤونه.")
    pairs = set(zip(hits["sent_id"], hits["frame"], hits["match"]))
    assert (0, "economic", "الأسعار") in pairs and not any(f == "public_services" for _, f, _ in pairs)
    assert not any(s == 1 and f == "sovereignty" for s, f, _ in pairs)
    assert (2, "sovereignty", "التدخل الأجنبي") in pairs


def test_diplomacy_words_count_only_between_states():
    """A municipality's meeting, an inspector's rounds and a company's partnership are no
    diplomacy; the same words in a sentence that names a state, a capital or an international
    body are."""
    hits = _frames_of(
        "وعقدت البلدية اجتماعا مع السكان. ونفذت الإدارة جولات على المخابز. "
        "وعقد وزيرا خارجية مصر والأردن اجتماعا. ووجه الدعوة لزيارة موسكو. "
        "وبحث الاجتماع مع الأمم المتحدة الملف. وتحسنت العلاقة بين البلدين."
    )
    dip = hits[hits["frame"] == "diplomacy"]
    assert set(dip["sent_id"]) == {2, 3, 4, 5}, dip[["sent_id", "match"]]
    lex = dc.load_frames()
    assert {"اجتماع", "زيارة", "جولة"} <= lex.between_states


@pytest.mark.parametrize("section", ["sport", "between_states", "agreements"])
def test_a_sections_cues_must_be_cues_of_the_frames(tmp_path, section):
    """A sport or between-states cue must be one of the frames' cues, written as they write it."""
    bad = tmp_path / "f.yaml"
    bad.write_text(
        f"frames:\n  - {{id: a, label: A, cues: [لقاء]}}\n{section}: {{words: [مباراة], cues: [لقاءات]}}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError, match=f"'{section}: cues:' lists لقاءات, not cues of any frame"):
        dc.load_frames(bad)
    bad.write_text(f"frames:\n  - {{id: a, label: A, cues: [لقاء]}}\n{section}: [لقاء]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=f"'{section}:' must be a mapping"):
        dc.load_frames(bad)


def test_an_agreement_counts_as_diplomacy_only_when_it_is_made_kept_or_broken():
    """An agreement named as a topic or a date is no diplomacy; reaching, signing or breaking one
    between governments is."""
    hits = _frames_of(
        "وارتفعت أسعار الأسهم في طهران بعد الاتفاق النووي. "
        "وتوصلت إيران والقوى الكبرى إلى اتفاق في فيينا. "
        "ووقعت مصر والأردن اتفاقية للربط الكهربائي. "
        "واتهمت موسكو كييف بانتهاك الاتفاق. "
        "ووقع النادي اتفاقا مع اللاعب لمدة موسمين."
    )
    dip = hits[hits["frame"] == "diplomacy"]
    assert set(dip["sent_id"]) == {1, 2, 3}, dip[["sent_id", "match"]]
    lex = dc.load_frames()
    assert {"اتفاق", "اتفاقية"} <= lex.agreements and {"توصل", "وقع", "انتهاك"} <= set(lex.agreement_words)


def test_a_breach_of_an_agreement_is_no_moral_violation():
    hits = _frames_of("وعد المتحدث القصف انتهاكا للهدنة. وأدانت المنظمة انتهاكات حقوق الإنسان في السجون.")
    moral = hits[hits["frame"] == "morality"]
    assert 0 not in set(moral["sent_id"]) and 1 in set(moral["sent_id"])
    assert dc.load_frames().not_before["انتهاك"][:2] == ["اتفاق", "اتفاقية"]


def test_winners_and_losers_are_conflict_outside_a_match_report():
    """Defeat and victory are Semetko & Valkenburg's winners and losers; in a match report (sport
    words in three of its sentences) they are the score, even in a sentence that names no match."""
    hits = _frames_of("وتكبد الحزب الحاكم هزيمة قاسية في الانتخابات البلدية.")
    assert "conflict" in set(hits["frame"])
    report = _frames_of(
        "فاز الفريق في المباراة الأولى. وسجل المهاجم هدفين في الشوط الثاني. "
        "وقال المدرب إن الفريق استحق الفوز. وهذا الانتصار الثالث على التوالي للنادي."
    )
    assert "conflict" not in set(report["frame"]), report[["sent_id", "match"]]


def test_sanctions_are_economic_only_when_the_text_says_so():
    """عقوبات alone is also a court's penalties; economic sanctions say they are."""
    hits = _frames_of("وشدد القانون العقوبات على المخالفين. وفرضت واشنطن عقوبات اقتصادية على الشركة.")
    eco = hits[hits["frame"] == "economic"]
    assert set(eco["sent_id"]) == {1} and "عقوبات اقتصادية" in set(eco["cue"])


def test_talks_count_with_the_article_and_price_liberalisation_is_economic():
    hits = _frames_of("واستؤنفت المحادثات بين البلدين أمس. وقررت الحكومة تحرير أسعار الوقود.")
    assert (0, "diplomacy") in set(zip(hits["sent_id"], hits["frame"]))
    one = hits[hits["sent_id"] == 1]
    assert "economic" in set(one["frame"]) and "sovereignty" not in set(one["frame"])


def test_deception_is_morality_and_destabilising_is_rivalry_in_every_form():
    hits = _frames_of(
        "واتهم الكاتب القناة بتضليل الرأي العام. "
        "وقال الوزير إن طهران تقوم بأنشطة تزعزع الاستقرار في المنطقة. "
        "وأدان البيان السياسات المزعزعة للاستقرار. "
        "ووقف الحليف الأول للبلاد إلى جانبها."
    )
    pairs = set(zip(hits["sent_id"], hits["frame"]))
    assert (0, "morality") in pairs and (1, "regional_rivalry") in pairs and (2, "regional_rivalry") in pairs
    assert not any(f == "regional_rivalry" for s, f in pairs if s == 3)  # an ally is no rivalry


def test_a_state_named_by_its_army_or_delegation_keeps_the_word():
    """الجيش المصري names Egypt by its army: the army is security evidence; the word inside an
    organisation's name (الأمن in مجلس الأمن) stays out."""
    hits = _frames_of(
        "وأعلن الجيش المصري مقتل مسلحين في سيناء. ووصل الوفد السعودي إلى القاهرة. واجتمع مجلس الأمن أمس."
    )
    pairs = set(zip(hits["sent_id"], hits["frame"], hits["match"]))
    assert (0, "security_military", "الجيش") in pairs and (1, "diplomacy", "الوفد") in pairs
    assert not any(s == 2 and f == "security_military" for s, f, _ in pairs)


def test_the_article_is_never_written_with_a_hamza():
    """``ألحق`` "he attached, inflicted" is no ``الحق`` "the right" (alef variants are folded for
    matching, but the article is never written أل); a cue written with a hamza still finds its
    form written with it or without it."""
    hits = _frames_of("ثم ألحق القاضي بصك الحكم ثبوت البلوغ. وقال إن الحق واضح.")
    moral = hits[hits["frame"] == "morality"]
    assert moral["match"].tolist() == ["الحق"] and set(moral["sent_id"]) == {1}
    pain = _frames_of("ويشكو المرضى من ألم شديد. وزاد الالم بعد العملية.")
    assert pain[pain["frame"] == "human_interest"]["match"].tolist() == ["ألم", "الالم"]


def test_children_and_families_are_a_human_face_only_when_harm_or_need_befalls_them():
    """Children, women and families are the human face of a story when the sentence tells of
    harm, loss or need; at a festival, in a hospital's name or as a disease's they are not."""
    human = _sentences_with(
        "human_interest",
        "وشهد المهرجان حضورا لافتا للأطفال والأسر.",
        "ونقلت المريضة إلى مستشفى النساء والولادة.",
        "وخلت البلاد من شلل الأطفال.",
        "وقتل ثلاثة أطفال في القصف على الحي.",
        "وتعاني الأسر النازحة من نقص الغذاء.",
    )
    assert human == {3, 4}
    lex = dc.load_frames()
    assert {"الأطفال", "النساء", "الأسر"} <= lex.affected and {"قتل", "نزوح"} <= set(lex.affected_words)


def test_people_counted_next_to_a_death_or_an_injury_are_victims_elsewhere_anyone():
    """وفاة خمسة أشخاص, توفي شاب, مقتل رضيع are victims (as مصرع or قتلى are); a person or the
    inhabitants with death only somewhere else in the sentence, or with none, are anyone."""
    human = _sentences_with(
        "human_interest",
        "ونتج عن الحادث وفاة خمسة أشخاص.",
        "وقال الوزير إن بلاده لن تسمح لأي شخص بالعبث بأمنها بعد مقتل الضابط أمس في الهجوم.",
        "ويبلغ عدد سكان الجزيرة 11 مليون نسمة.",
        "وتوفي شاب في العشرين من عمره غرقا.",
        "وأسفر الحريق عن مقتل رضيع واحتراق منزل الأسرة.",
        "وقال مواطنون إن الطريق جيد.",
    )
    assert human == {0, 3, 4}
    lex = dc.load_frames()
    assert {"شخص", "شاب", "رضيع"} <= lex.victims and {"وفاة", "مقتل"} <= set(lex.victim_words)
    assert lex.victims_within == 3


def test_tear_gas_and_manpower_are_no_economy():
    assert _sentences_with(
        "economic",
        "وأطلقت الشرطة الغاز المسيل للدموع على المتظاهرين.",
        "واعترف بأن الجيش يواجه نقصا في الطاقة البشرية.",
        "ويرفع المشروع الطاقة الاستيعابية للمحطة.",
        "وارتفعت أسعار الغاز في الأسواق.",
    ) == {3}


def test_a_candidate_is_an_elections_only_where_a_vote_is_named():
    """مرشح, ترشيح: a candidate in an election; the candidates for jobs or a promotion are none.
    A department's name (قسم الأمن والسلامة) is no security evidence."""
    assert _sentences_with(
        "elections_legitimacy",
        "وستعلن الوزارة لاحقا أسماء المرشحات بالمفاضلة النهائية للوظائف.",
        "وبدأ تسجيل المرشحين للانتخابات البلدية أمس.",
        "ويتم حساب النقاط الخاصة بكل مرشح للترقية.",
    ) == {1}
    assert not _sentences_with(
        "security_military", "وأوضح أن قسم الأمن والسلامة بالبلدية ينفذ جولات ميدانية."
    )


def test_a_players_pain_and_a_clubs_double_are_sport_in_a_match_report():
    hits = _frames_of(
        "وخرج اللاعب من الملعب خلال المباراة وكان واضحا معاناة اللاعب من الألم. "
        "وحقق الفريق الثنائية بعد المباراة النهائية. "
        "وتعاني الأسر النازحة من الألم والجوع."
    )
    assert set(hits["sent_id"]) == {2}, hits[["sent_id", "frame", "match"]]


def test_social_responsibility_is_no_one_held_responsible():
    assert _sentences_with(
        "responsibility",
        "وتأتي المبادرة انطلاقا من المسؤولية الاجتماعية للشركة.",
        "وحمل الوزير الشركة مسؤولية الحادث.",
    ) == {1}


def test_sea_rain_and_territorial_waters_are_no_water_service():
    assert _sentences_with(
        "public_services",
        "واستمتع الزوار بمياه البحر الدافئة.",
        "ودخل القارب المياه الإقليمية للبحرين.",
        "وتعاني الأحياء من انقطاع المياه.",
        "وافتتح مشروع لتحلية مياه البحر.",
    ) == {2, 3}


def test_a_clubs_failure_and_a_teams_defence_are_sport_in_a_match_report():
    hits = _frames_of(
        "وفشل الفريق في التسجيل خلال المباراة. "
        "وعزز المدرب خط الدفاع قبل المباراة. "
        "وتحمل اللاعب المسؤولية في المباراة."
    )
    assert hits.empty, hits[["sent_id", "frame", "match"]]
    hits = _frames_of("وأعلنت الوزارة فشل الخطة وحملت الشركة المسؤولية.")  # no match report
    assert set(hits[hits["frame"] == "responsibility"]["match"]) == {"فشل", "المسؤولية"}


def test_teachings_surgery_and_a_central_bank_are_no_education_or_interference():
    hits = _frames_of(
        "وهذا العمل يتعارض مع تعاليم الدين الحنيف. "
        "ويحتاج المريض إلى التدخل الجراحي. "
        "وتوقع المحللون أن يتدخل البنك المركزي لدعم العملة. "
        "ورفض الوزير تدخل إيران في شؤون المنطقة. "
        "وطالب الأهالي بتحسين التعليم في القرى."
    )
    assert set(hits[hits["frame"] == "public_services"]["sent_id"]) == {4}
    assert set(hits[hits["frame"] == "regional_rivalry"]["sent_id"]) == {3}


def test_international_alone_is_no_sign_of_relations_between_states():
    assert _sentences_with(
        "diplomacy",
        "وشارك النادي في معرض الكتاب الدولي وعقد لقاء مع الزوار.",
        "وبحث الوزيران أوجه التعاون الثنائي.",
    ) == {1}


def test_the_office_after_a_president_or_member_is_a_title_not_evidence():
    """``رئيس البرلمان``, ``رئيس الوفد``, ``عضو البرلمان`` name a person's office, as ``وزير الدفاع``
    does; a head with a pronoun (``أعضائها``) is no title."""
    hits = _frames_of(
        "وأعرب رئيس البرلمان العربي عن تعازيه. "
        "وقال عضو البرلمان إن الجلسة انتهت. "
        "وأعلنت الحركة تنفيذ أحد أعضائها الهجوم على القنصلية. "
        "وحل البرلمان ودعا إلى انتخابات مبكرة."
    )
    assert set(hits["sent_id"]) == {2, 3}, hits[["sent_id", "frame", "match"]]
    assert {"الهجوم", "البرلمان"} <= set(hits["match"])


def test_rivalry_words_count_only_between_powers():
    """Influence, interference, destabilising and rivalry are a contest between powers only in a
    sentence that names a state or an international actor."""
    assert _sentences_with(
        "regional_rivalry",
        "وتنافس المزارعون على بيع التمور.",
        "ويريد هؤلاء زعزعة الأمن في الحي.",
        "وتسعى إيران إلى توسيع نفوذها في المنطقة.",
    ) == {2}
    assert {"نفوذ", "تنافس", "زعزعة"} <= dc.load_frames().between_states


def test_a_national_day_and_a_newspapers_editor_are_no_sovereignty():
    assert _sentences_with(
        "sovereignty",
        "وبعث الملك برقية تهنئة لرئيس ليبيريا بمناسبة ذكرى استقلال بلادها.",
        "وعين مسؤول تحرير مكتب الرياض.",
        "وطالب المتظاهرون بتحرير الأراضي من الاحتلال.",
    ) == {2}


def test_safe_is_no_security_and_pains_are_no_mother():
    """آمن "safe" and آمن "believed" are other words than أمن "security" (the madda is kept when
    cues are matched); آلام "pains" is no الأم "the mother"."""
    hits = _frames_of(
        "وشدد على تجهيز الطعام بشكل آمن في بيئة عمل آمنة. "
        "وأكد الوزير أن الأمن مستتب. "
        "وتحدثت الأم عن أطفالها في المدرسة."
    )
    assert set(hits[hits["frame"] == "security_military"]["sent_id"]) == {1}
    assert "human_interest" not in set(hits["frame"])


def test_heavy_water_is_no_water_supply_and_fighters_and_surrender_are_cues():
    """مفاعل المياه الثقيلة is a nuclear reactor's heavy water (an idiom), not the water the
    state supplies; المقاتلون are armed force, الاستسلام a winner and a loser (not after a
    negation: عدم الاستسلام للإحباط)."""

    def frames(text):
        hits = _frames_of(text)
        return sorted(set(zip(hits["frame"], hits["match"])))

    assert frames("واحتفظت إيران بمفاعل المياه الثقيلة في أراك.") == []
    assert ("public_services", "المياه") in frames("وتعاني الأحياء من انقطاع المياه منذ أسبوع.")
    assert ("security_military", "المقاتلون") in frames("ويتدفق المقاتلون الأجانب إلى البلاد.")
    hits = _frames_of("وأجبرت القوات المسلحين على الاستسلام.")
    assert not hits[(hits["frame"] == "conflict") & (hits["match"] == "الاستسلام")]["negated"].any()
    assert ("conflict", "الاستسلام") in set(zip(hits["frame"], hits["match"]))
    hits = _frames_of("وأكد عدم الاستسلام للإحباط.")
    assert hits[hits["match"] == "الاستسلام"]["negated"].all()  # "not giving in": no surrender


def test_the_forms_of_met_are_diplomacy_cues_between_states_and_not_in_a_match_report():
    """التقى's ال is its root's, so the one cue finds its other forms by their lemma (between
    states, as التقى; not in a match report)."""

    def diplomacy(text):
        hits = _frames_of(text)
        return hits[hits["frame"] == "diplomacy"]["match"].tolist()

    assert diplomacy("ويلتقي كيري نظيره الروسي في كوالالمبور غدا.") == ["ويلتقي"]
    assert diplomacy("وقالت مصادر إن الرئيس اليمني سيلتقي الرئيس المصري خلال زيارته.")[:1] == ["سيلتقي"]
    assert diplomacy("ويلتقي الهلال مع النصر في مباراة الدوري على ملعب الملك فهد.") == []


def test_an_armed_group_named_after_its_generic_head_is_security_evidence():
    """داعش is a security cue; written تنظيم داعش it is an actor's name too — and still the
    armed group the sentence speaks of (words inside other names do not count: مجلس الأمن)."""
    assert _sentences_with(
        "security_military", "وقال المصدر إن تنظيم داعش أعدم أربعة سائقين.", "واجتمع مجلس الأمن أمس."
    ) == {0}
    # only as security evidence: جماعة أنصار الدين speaks of no religion
    assert _sentences_with("morality", "وتنشط جماعة أنصار الدين في شمال مالي.") == set()


def test_explosions_shelling_and_migrants_are_frame_evidence():
    """انفجار, قصف, عبوة ناسفة (armed violence) and المهاجرين (people in flight, as اللاجئين)."""
    assert _sentences_with(
        "security_military",
        "ووقعت ثلاثة انفجارات في المدينة.",
        "وواصلت الطائرات قصف المواقع.",
        "وانفجرت عبوة ناسفة قرب السوق.",
    ) == {0, 1, 2}
    assert _sentences_with("human_interest", "وغرق مئات المهاجرين في البحر.") == {0}


def test_disputed_waters_freed_hostages_and_children_held():
    """المياه المتنازع عليها is a border, not a water service; تحرير الرهائن frees people, it
    liberates no land; a child held hostage (101 طفل … رهائن) is a human face, a child at a
    festival is not."""
    assert _sentences_with("public_services", "وتوسعت الصين في المياه المتنازع عليها.") == set()
    assert _sentences_with("sovereignty", "وأعلن الجيش تحرير الرهائن.") == set()
    assert _sentences_with(
        "human_interest",
        "وحرر الجيش 178 شخصا بينهم 101 طفل كانت الحركة تحتجزهم رهائن.",
        "وأقيمت مسابقة للطفل في المهرجان.",
    ) == {0}


def test_health_care_and_civilians_after_a_number_are_frame_evidence():
    """الرعاية الصحية, مركز صحي (services the state provides); 21 مدنيا (civilians killed)."""
    assert _sentences_with("public_services", "وافتتح مركز صحي جديد في البلدة.") == {0}
    assert _sentences_with("human_interest", "وأسفر الهجوم عن مقتل 21 مدنيا.") == {0}


def test_a_square_s_name_and_unlike_are_no_frame_evidence():
    """ساحة التحرير, ميدان التحرير, حي الكرامة name places (no liberation, no dignity), but
    ميادين القتال are battlefields; بخلاف, خلافا لـ, خلاف ذلك mean "unlike, besides, otherwise" —
    خلافات بين الطرفين is a dispute; المتضررين are people harmed."""
    assert _sentences_with("sovereignty", "وتظاهر المئات في ساحة التحرير وسط بغداد.") == set()
    assert _sentences_with("sovereignty", "واحتشد المحتفلون بميدان التحرير.") == set()
    assert _sentences_with("morality", "ووقعت انفجارات بحي الكرامة.") == set()
    assert _sentences_with("security_military", "وأرسلت الجماعة مقاتليها إلى ميادين القتال.") == {0}
    assert _sentences_with(
        "conflict",
        "وهناك إصابة بسيطة بخلاف كسر الساق.",
        "خلافا لما يقوله البعض فإن الموسم جيد.",
        "وظهرت خلافات بين الطرفين.",
    ) == {2}
    assert _sentences_with("human_interest", "ووزعت المساعدات على المتضررين من السيول.") == {0}


def test_nothing_to_do_with_a_security_guard_and_a_billion_people():
    """لا علاقة له بـ "has nothing to do with" and لها علاقة بـ "is related to" are no relations
    between states; a حارس أمن is a guard hired by a shop; a billion people is no money — while
    relations between two states, an army's attack and a billion riyals stay evidence."""
    assert _sentences_with(
        "diplomacy",
        "وقالت الجامعة إن الوفاة لا علاقة لها بالقبول في المواقف الخارجية للكلية.",
        "وهي قضايا لها علاقة بالتعليم وفق بيان الخارجية.",
        "وبحث الوزيران العلاقات بين البلدين.",
    ) == {2}
    assert _sentences_with(
        "security_military",
        "ونقلت بسيارة إسعاف كان يقودها حارس أمن.",
        "وشن الجيش هجوما على المسلحين.",
    ) == {1}
    assert _sentences_with(
        "economic",
        "ويتوقع أن يصل عدد السكان إلى 11 مليار إنسان.",
        "وبلغت قيمة العقد مليار ريال.",
    ) == {1}


def test_arrests_and_organized_crime_are_security_not_morality():
    """تم القبض على الجاني, ألقت الشرطة القبض على: an arrest is the work of police and security
    forces; الجريمة المنظمة (organized crime) is theirs too, not a moral wrong — while a crime
    named as a moral wrong stays morality."""
    assert _sentences_with(
        "security_military",
        "وتم القبض على الجاني بعد ساعات من الحادثة.",
        "وألقت الشرطة القبض على أربعة أشخاص.",
        "وقال ممثل الادعاء المعني بقضايا الجريمة المنظمة إن التحقيق مستمر.",
        "وزار الوفد المعرض.",
    ) == {0, 1, 2}
    assert _sentences_with(
        "morality",
        "وقال ممثل الادعاء المعني بقضايا الجريمة المنظمة إن التحقيق مستمر.",
        "ووصف الإمام قتل الأبرياء بأنه جريمة نكراء.",
    ) == {1}


def test_safety_is_not_armed_security():
    """الأمن والسلامة is safety — a school's fire extinguishers, a department's name — not a
    matter of armed force; أمن وسلامة الخليج (the Gulf's security) and الأمن alone still are."""
    assert _sentences_with(
        "security_military",
        "وتفقد مدير التعليم مستودع الأمن والسلامة المدرسية وطفايات الحريق.",
        "وتحرص البلدية على تأمين مستلزمات الأمن والسلامة على الشاطئ.",
        "وقال إن واشنطن حريصة على ضمان أمن وسلامة الخليج.",
        "وأكد الوزير أن الأمن مستتب في المدينة.",
    ) == {2, 3}


def test_legitimacy_is_the_noun_not_the_adjective_nor_yemens_label():
    """0.4.57 reads الشرعية where a noun stands as شرعية (legitimacy), the elections and
    legitimacy frame's cue: a coup against it is evidence; the adjective (الأحكام الشرعية,
    sharia-legal), Yemeni news's label for one side of the war (القوات الموالية للشرعية) and the
    UN's resolutions (قرارات الشرعية الدولية) are not. المالية العامة (public finance) is economic."""
    hits = _frames_of(
        "وتحدث عن الانقلاب على الشرعية. وتقدمت القوات الموالية للشرعية نحو المدينة. وطبقت "
        "الأحكام الشرعية. واستند إلى قرارات الشرعية الدولية. وتحسنت المالية العامة للدولة."
    )
    legit = hits[hits["frame"] == "elections_legitimacy"]
    assert legit["match"].tolist() == ["الشرعية"] and legit["sentence"].iloc[0].startswith("وتحدث")
    econ = hits[hits["frame"] == "economic"]
    assert "المالية" in econ["match"].tolist()
