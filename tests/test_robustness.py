"""Bad input and hostile files: links out of the corpus, YAML alias bombs, formulas in tables."""

from __future__ import annotations

import os
import re
import threading
import time

import pandas as pd
import pytest
from helpers import SAUDI, SEED, needs_shared

import discourse as dc
from discourse.errors import DiscourseWarning, LexiconError


def test_links_out_of_the_corpus_folder_are_not_followed(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("خبر عادي عن الطقس في المدينة اليوم.", encoding="utf-8")
    secret = tmp_path / "secret.txt"
    secret.write_text("كلمة سر لا ينبغي أن تقرأ.", encoding="utf-8")
    os.symlink(secret, corpus / "b.txt")
    with pytest.warns(DiscourseWarning, match="outside the corpus folder"):
        docs = dc.read_corpus(corpus)
    assert len(docs) == 1 and "سر" not in docs["text"].iloc[0]
    assert len(dc.read_corpus(corpus, follow_links=True)) == 2  # when asked for


def test_a_yaml_alias_bomb_is_refused_quickly(tmp_path):
    bomb = ["frames: &a [x, x, x, x, x, x, x, x, x]"]
    prev = "a"
    for k in "bcdefghij":
        bomb.append(f"{k}: &{k} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]")
        prev = k
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(bomb) + "\n", encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(LexiconError, match="bomb.yaml.*alias"):
        dc.load_frames(path)
    assert time.perf_counter() - t < 5


def test_formulas_in_saved_tables_are_neutralised(tmp_path):
    df = pd.DataFrame(
        {"title": ["=cmd|' /C calc'!A0", "+1+1", "@SUM(1)", "-2", "عادي"], "n": [1, 2, 3, -4, 5]}
    )
    df["cat"] = pd.Categorical(["=x", "y", "z", "w", "v"])
    dc.save_table(df, "t", folder=tmp_path, tex=False)
    back = pd.read_csv(tmp_path / "t.csv", encoding="utf-8-sig", dtype=str)
    assert back["title"].tolist() == ["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(1)", "'-2", "عادي"]
    assert back["n"].tolist() == ["1", "2", "3", "-4", "5"]  # numbers stay numbers
    assert back["cat"].iloc[0] == "'=x"


def _cli(*args, cwd=None):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "discourse", *map(str, args)], capture_output=True, text=True, cwd=cwd
    )


def test_warnings_are_one_clean_line_and_out_must_be_a_folder(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("قال الوزير إن الاجتماع مثمر.", encoding="utf-8")
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    r = _cli("prepare", corpus, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    warned = [ln for ln in r.stderr.splitlines() if "empty file" in ln]
    assert warned and all(ln.startswith("discourse: warning: ") for ln in warned)
    assert "warnings.warn" not in r.stderr and "DiscourseWarning" not in r.stderr
    # a word no table holds loads the second analyser, which leaves its lexicon files open:
    # a library's ResourceWarning is not the user's business
    (corpus / "b.txt").write_text("قال الزقفلطونيون كلاما.", encoding="utf-8")
    r = _cli("prepare", corpus, "--out", tmp_path / "out2")
    assert r.returncode == 0, r.stderr
    assert "unclosed file" not in r.stderr and "ResourceWarning" not in r.stderr
    afile = tmp_path / "file.txt"
    afile.write_text("x", encoding="utf-8")
    r = _cli("prepare", corpus, "--out", afile)
    assert r.returncode == 2 and "is a file; give a folder" in r.stderr and "Traceback" not in r.stderr


@needs_shared
def test_ctrl_c_is_one_line_and_leaves_no_valid_half_corpus(tmp_path):
    import signal
    import subprocess
    import sys

    env = {**os.environ, "DISCOURSE_CACHE_DIR": str(tmp_path / "cache")}  # a cold run: slow
    # three days of SaudiNewsNet: long enough to be stopped in the middle, even with the
    # shipped lemma table answering most forms
    zips = [str(z) for z in sorted(SAUDI.glob("*.zip"))[:3]]
    p = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "discourse",
            "prepare",
            *zips,
            "--text-field",
            "content",
            "--out",
            str(tmp_path / "out"),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        # a test runner started in the background of a shell without job control ignores
        # Ctrl-C, and its children would inherit that: the command gets the default, as in a
        # terminal
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    # Ctrl-C once the lemma workers are starting (the step where the CI once saw a run go on
    # after `discourse: interrupted`), not after a fixed sleep that a busy machine outruns
    seen = bytearray()

    def read():
        while chunk := p.stderr.read1(4096):
            seen.extend(chunk)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    deadline = time.monotonic() + 300
    while b"lemmatizing new forms" not in seen and p.poll() is None:
        assert time.monotonic() < deadline, bytes(seen).decode(errors="replace")[-2000:]
        time.sleep(0.05)
    p.send_signal(signal.SIGINT)
    p.wait(timeout=120)
    reader.join(timeout=60)  # the pipe closes only when no worker holds it any more
    assert not reader.is_alive(), "a worker process outlived the interrupted command"
    err = bytes(seen).decode(errors="replace")
    assert p.returncode == 130, err[-2000:]
    assert "discourse: interrupted" in err and "Traceback" not in err
    assert not (tmp_path / "out" / "manifest.json").exists()


def _worker_sigint(_):
    import signal

    return signal.getsignal(signal.SIGINT) == signal.SIG_IGN


def _live_children() -> list[int]:
    """Process ids whose parent is this process (from /proc), zombies left out."""
    from pathlib import Path

    me, out = os.getpid(), []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == me and fields[0] != "Z":
            out.append(int(stat.parent.name))
    return out


_ARMED: list[int] = []


def _ctrl_c_while_forking() -> None:
    if _ARMED:
        _ARMED.clear()
        os.kill(os.getpid(), __import__("signal").SIGINT)


@pytest.mark.skipif(not os.path.isdir("/proc/self"), reason="needs Linux /proc to list child processes")
def test_a_ctrl_c_while_workers_are_forked_stops_the_step_and_leaves_no_worker(request):
    """The CI once saw `discourse prepare` go on after a Ctrl-C. A Ctrl-C that arrives while
    Python prepares a fork is handled inside a function Python runs at fork (logging's lock
    release), where the KeyboardInterrupt is printed as `Exception ignored` and lost; with a
    plain `multiprocessing.Pool` the pool is then made and the work goes on. Here the Ctrl-C
    arrives at exactly that moment, every time."""
    import multiprocessing as mp
    import signal

    from discourse import config

    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        # (a test runner started in the background of a shell without job control: Ctrl-C
        # ignored, so Python installed no handler; the test needs the handler a terminal gives)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        request.addfinalizer(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    before = set(_live_children())  # other tests' processes (e.g. a Dask cluster) may live on
    with config.worker_pool(2) as pool:
        assert all(pool.map(_worker_sigint, range(2)))  # workers leave Ctrl-C to the parent
    assert set(_live_children()) <= before

    os.register_at_fork(before=_ctrl_c_while_forking)  # inert until armed
    # another thread alive, as in the CLI (tqdm's monitor) and in the full test run: the signal
    # may reach that thread, and Python still runs the handler in the main thread, in the fork
    stop = threading.Event()
    other = threading.Thread(target=stop.wait, daemon=True)
    other.start()
    try:
        _ARMED.append(1)
        with pytest.raises(KeyboardInterrupt):
            with config.worker_pool(2, start_method="fork") as pool:
                pool.map(_worker_sigint, range(2))
                pytest.fail("the Ctrl-C must stop the step before it runs")
    finally:
        stop.set()
    assert not _ARMED
    for _ in range(50):  # terminated and joined; give /proc a moment
        if set(_live_children()) <= before:
            break
        time.sleep(0.1)
    assert set(_live_children()) <= before
    assert not [p for p in mp.active_children() if p.pid not in before]


def test_every_saved_table_is_also_a_right_to_left_xlsx(tmp_path):
    from openpyxl import load_workbook

    df = pd.DataFrame(
        {
            "lemma": ["انسحاب", '=HYPERLINK("x")', "حوار"],
            "n": [3, 2, 1],
            "when": pd.to_datetime(["2021-07-26"] * 3, utc=True),
        }
    )
    paths = dc.save_table(df, "lemmas", folder=tmp_path)
    assert [p.name for p in paths] == ["lemmas.csv", "lemmas.xlsx", "lemmas.tex"]
    ws = load_workbook(paths[1]).active
    assert ws.sheet_view.rightToLeft and ws.freeze_panes == "A2"
    assert [c.value for c in ws[1]] == ["lemma", "n", "when"]
    assert ws["A2"].value == "انسحاب" and ws["B2"].value == 3
    assert ws["A3"].data_type == "s" and ws["A3"].quotePrefix  # text, never a formula
    back = pd.read_excel(paths[1])
    assert back["lemma"].tolist()[::2] == ["انسحاب", "حوار"]
    assert [p.suffix for p in dc.save_table(df, "x", folder=tmp_path, formats=("xlsx",))] == [".xlsx"]
    with pytest.raises(ValueError, match="unknown format"):
        dc.save_table(df, "x", folder=tmp_path, formats=("docx",))


def test_a_control_character_in_a_cell_does_not_stop_the_xlsx(tmp_path):
    """A SaudiNewsNet headline holds U+001A (2015-08-04): openpyxl refuses control characters, so
    the main job stopped at notebook 01's document table. The xlsx now stores them as OOXML's
    ``_xHHHH_`` (a spreadsheet reads the character back), a literal ``_x0041_`` stays literal,
    and the CSV keeps the text as it is."""
    from openpyxl import load_workbook
    from openpyxl.utils.escape import unescape

    titles = ["\x1a  رئيس بلدية وسط الدمام", "عنوان\x0bثان", "رمز _x0041_ حرفي", "عادي"]
    df = pd.DataFrame({"title": titles, "kind": pd.Categorical(["a\x01", "b", "b", "b"]), "n": range(4)})
    paths = dc.save_table(df, "documents", folder=tmp_path, tex=False)
    ws = load_workbook(paths[1]).active
    cells = [ws.cell(r, 1).value for r in range(2, 6)]
    assert cells[0] == "_x001A_  رئيس بلدية وسط الدمام"
    assert [unescape(c) for c in cells] == titles
    assert unescape(ws["B2"].value) == "a\x01"
    assert pd.read_csv(paths[0], encoding="utf-8-sig")["title"].tolist() == titles
    assert df["title"].tolist() == titles  # the caller's frame is not changed


def test_the_lexicons_are_package_data_of_a_built_wheel(tmp_path):
    """A non-editable install (a wheel) carries the lexicons and the lemma table and finds them."""
    import shutil
    import subprocess
    import sys
    import zipfile

    from discourse import config

    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(config.PROJ_ROOT / name, src / name)
    shutil.copytree(
        config.PROJ_ROOT / "discourse", src / "discourse", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(config.DATA_DIR / "lexicons", src / "data" / "lexicons")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(src),
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path / "wheel"),
            "-q",
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    wheel = next((tmp_path / "wheel").glob("discourse-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for f in (
        "frames.yaml",
        "actors.yaml",
        "speech.yaml",
        "stance.yaml",
        "lemma_table.parquet",
        "lemma_table.NOTICE.md",
    ):
        assert f"discourse/lexicons/{f}" in names, f
    zipfile.ZipFile(wheel).extractall(tmp_path / "site")
    code = (
        "import discourse as dc; from discourse import config; print(config.LEXICON_DIR); "
        "print(len(dc.load_frames().frames)); "
        "print(dc.Lemmatizer(cache=False, progress=False).table)"
    )
    r = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site")},
    )
    assert r.returncode == 0, r.stderr[-2000:]
    where, n_frames, _ = r.stdout.split("\n", 2)
    assert where == str(tmp_path / "site" / "discourse" / "lexicons") and int(n_frames) == 11


#: Sentences whose last word leaves a rule looking past the document's end: a title, an office
#: with its qualifiers, a marker or a preposition (2015-07-31 of SaudiNewsNet crashed 0.4.49 on a
#: document that ended on a title).
_ENDINGS = [
    "وقال المتحدث الرسمي لبلدية تنومة نادر الشهري إن العمل مستمر",
    "وأكد مدير تعليم الباحة سعيد الغامدي أن المدارس جاهزة",
    "وقالت مصادر مطلعة لـ«الحياة» إن الوفد وصل",
    "وبحسب ما أفاد مصدر طبي فإن الجرحى نقلوا إلى المستشفى",
    "نقل عن وزير الخارجية الماليزي قوله إن التحقيق مستمر",
    "وأعلنت شركة “مجموعة جبال” عن نتائجها وفقا لبيانات الوزارة",
    "وكان اللواء الركن طيار عبدالله البالغ من العمر خمسين عاما قد قال",
    "وقال المدرب الإيطالي المخضرم كلاوديو رانييري إن الفريق جاهز",
    "وأوضح الدكتور العراقي سيار الجميل أن الأزمة طويلة",
]


def test_no_rule_reads_past_the_end_of_a_document():
    """Every sentence of the shipped article and of the endings above is cut after each of its
    words, and each cut is a document: actors, speech and frames must read them all."""
    text = SEED.read_text(encoding="utf-8")
    sentences = [s for s in re.split(r"(?<=[.!؟?])\s+|\n+", text) if s.strip()] + _ENDINGS
    cuts = sorted({" ".join(s.split()[:k]) for s in sentences for k in range(1, len(s.split()) + 1)})
    docs = pd.DataFrame({"doc_id": [f"cut{i}" for i in range(len(cuts))], "text": cuts})
    tokens = dc.tokenize(docs, progress=False)
    mentions = dc.actor_mentions(tokens, docs)
    statements = dc.attributions(tokens, docs)
    hits = dc.frame_hits(tokens, docs, mentions=mentions)
    # and they found something: the cuts are read, not skipped
    assert len(cuts) > 800
    assert {"doc_id", "actor"} <= set(mentions.columns) and mentions["doc_id"].nunique() > 100
    assert len(statements) > 20 and len(hits) > 100


def test_a_failing_rule_names_the_document_it_was_reading(monkeypatch):
    """A bug met in one article of a large corpus keeps its error and says which article."""
    from discourse.framing import actors

    def broken(*args, **kwargs):
        raise IndexError("list index out of range")

    monkeypatch.setattr(actors, "_body_after_lam", broken)
    docs = pd.DataFrame(
        {
            "doc_id": ["plain", "titled"],
            "text": ["ذهب الطالب إلى المدرسة.", "وقال المتحدث الرسمي لبلدية تنومة"],
        }
    )
    tokens = dc.tokenize(docs, progress=False)
    with pytest.raises(IndexError) as err:
        dc.actor_mentions(tokens, docs)
    assert "document 'titled'" in "".join(err.value.__notes__)
    with pytest.raises(IndexError) as err:  # attributions find the actors themselves
        dc.attributions(tokens, docs)
    assert len(err.value.__notes__) == 1 and "'titled'" in err.value.__notes__[0]
    # the kit's own errors (bad input) are told as they are, with no note
    monkeypatch.setattr(actors, "_body_after_lam", lambda *a: (_ for _ in ()).throw(LexiconError("bad")))
    with pytest.raises(LexiconError) as err:
        dc.actor_mentions(tokens, docs)
    assert not getattr(err.value, "__notes__", None)
