"""The framing benchmark's scoring (shared/gold/framing protocol), computed by hand."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

from helpers import IRAN, SHARED, needs_shared

from discourse import config
from discourse.framing.evaluate import FramingScores, score_actors, score_frames, score_speech, surface_keys

ART = {
    "doc_id": "d",
    "actors": [
        {"name": "حسن روحاني", "type": "person", "aliases": ["روحاني", "الرئيس الإيراني"]},
        {"name": "الولايات المتحدة", "type": "state", "aliases": ["واشنطن"]},
        {"name": "مصر", "type": "state", "aliases": []},
    ],
    "speech": [
        {"speaker": "حسن روحاني", "marker": "وقال", "content": "إن الاتفاق يفتح صفحة"},
        {"speaker": "مصادر مطلعة", "marker": "وذكرت", "content": "أن الموعد تأجل"},
        {"speaker": "واشنطن", "marker": "قالت", "content": "لا تعليق لدينا"},
    ],
    "sentences": [
        {"start": "قال الرئيس", "frames": ["diplomacy"]},
        {"start": "وأضاف", "frames": ["conflict", "security_military"]},
    ],
}


def test_surface_keys_take_off_clitics_of_the_first_word_only():
    assert "الولايات المتحده" in surface_keys("وللولايات المتحدة")
    assert "الولايات المتحده" in surface_keys("والولايات المتحدة")
    assert all(k.endswith(" المتحده") for k in surface_keys("والولايات المتحدة"))  # later words kept
    assert surface_keys("بواشنطن") >= {"واشنطن"}
    assert surface_keys("") == set()


def test_actors_by_hand():
    s = FramingScores()
    # the tool: Rouhani found as روحاني (an alias), Washington through a canonical alias,
    # and an actor the annotation lacks
    score_actors(ART, {"rouhani": {"روحاني"}, "usa": {"أمريكا", "بواشنطن"}, "iran": {"طهران"}}, s)
    assert (s.actor_found, s.actor_total) == (2, 3)  # مصر missed
    assert (s.tool_actors_right, s.tool_actors) == (2, 3)  # طهران is not annotated


def test_speech_by_hand():
    s = FramingScores()
    statements = [
        ("إن الاتفاق يفتح صفحة جديدة في العلاقات", {"الرئيس الإيراني"}),  # right speaker
        ("أن الموعد تأجل إلى الشهر المقبل", {"مصادر"}),  # wrong speaker
        ("كلام لم يعلمه أحد", {"روحاني"}),
    ]  # not annotated
    score_speech(ART, statements, s)
    assert (s.speech_found, s.speech_total) == (2, 3)  # "لا تعليق" not found
    assert s.speaker_right == 1
    assert (s.statements_matched, s.statements) == (2, 3)


def test_frames_and_the_summary_line_by_hand():
    s = FramingScores()
    text = "قال الرئيس كلاما. وأضاف كلاما آخر."
    tool = {0: {"diplomacy", "economic"}, 1: {"conflict"}}
    score_frames(ART, text, lambda offset: tool[0 if offset < text.index("وأضاف") else 1], s)
    assert (s.frame_tp, s.frame_fp, s.frame_fn) == (2, 1, 1)
    # by frame: diplomacy and conflict found, economic extra, security_military missed
    assert s.frame_table() == [
        ("conflict", 1, 0, 0, 1.0, 1.0),
        ("diplomacy", 1, 0, 0, 1.0, 1.0),
        ("economic", 0, 1, 0, 0.0, 0.0),
        ("security_military", 0, 0, 1, 0.0, 0.0),
    ]
    s.n_docs = 1
    line = s.line()
    assert line.startswith("actor_recall=0.000 actor_precision=0.000 speech_recall=0.000")
    assert "frame_p=0.667 frame_r=0.667 frame_f1=0.667 n_docs=1" in line


@needs_shared
def test_the_benchmark_ends_with_the_summary_line():
    r = subprocess.run(
        [
            sys.executable,
            "benchmarks/framing_accuracy.py",
            str(SHARED / "gold" / "framing" / "saudinewsnet_dev.jsonl"),
            str(IRAN),
            "--id-field",
            "id",
            "--text-field",
            "content",
            "--date-field",
            "date_extracted",
        ],
        capture_output=True,
        text=True,
        cwd=config.PROJ_ROOT,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    last = r.stdout.strip().splitlines()[-1]
    keys = [kv.split("=")[0] for kv in last.split()]
    assert keys == [
        "actor_recall",
        "actor_precision",
        "speech_recall",
        "speaker_acc",
        "speech_precision",
        "frame_p",
        "frame_r",
        "frame_f1",
        "n_docs",
    ]
    assert last.endswith("n_docs=20")
    dominant = r.stdout.strip().splitlines()[-2]  # the precision-first count, just before it
    assert [kv.split("=")[0] for kv in dominant.split()] == [
        "dominant_frame_p",
        "dominant_frame_r",
        "dominant_frame_f1",
    ]
    values = dict(kv.split("=") for kv in last.split())
    assert all(0 <= float(values[k]) <= 1 for k in keys[:-1])


def test_a_gold_start_is_found_whichever_order_its_marks_were_copied_in():
    # the kit's text is NFKC (shadda after fatha); an annotator copying the raw article may have
    # written وبيَّن with shadda first: the sentence is the same one, not "not found"
    raw = "وبي\u0651\u064eن خليفة أن الخطة جاهزة."
    text = unicodedata.normalize("NFKC", raw)
    assert raw not in text
    s = FramingScores()
    art = {"doc_id": "x", "sentences": [{"start": raw[:12], "frames": ["public_services"]}]}
    score_frames(art, text, lambda offset: {"public_services"}, s)
    assert not s.details
    assert (s.frame_tp, s.frame_fp, s.frame_fn) == (1, 0, 0)
