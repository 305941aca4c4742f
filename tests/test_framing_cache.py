"""The cache of actor mentions and statements (discourse.framing.cache): what it gives back is
what computing gives, a change of any input computes again, and it stays within its bound."""

from __future__ import annotations

import os

import pandas as pd
import pytest

import discourse as dc
from discourse.framing import actors as actors_mod
from discourse.framing import attribution as attribution_mod
from discourse.framing import cache as cache_mod

TEXT = (
    "وقال وزير الخارجية الأمريكي جون كيري إن الاتفاق مع إيران جيد. وأكدت وزارة الخارجية الإيرانية "
    "أن طهران ملتزمة. وقال مدرب ريال مدريد رافايل بينيتيز إن الفريق جاهز، وفاز ريال مدريد."
)


@pytest.fixture
def corpus(monkeypatch, tmp_path):
    """Two short documents, cached as a corpus would be (the size threshold lowered), in a cache
    folder of their own."""
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache_mod, "MIN_TOKENS", 0)
    docs = pd.DataFrame(
        {"doc_id": ["a", "b"], "text": [TEXT, TEXT.replace("كيري", "بلينكن")], "date": [pd.NaT, pd.NaT]}
    )
    return docs, dc.tokenize(docs, progress=False), tmp_path / "framing"


def _count_calls(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def counted(*args, **kw):
        calls.append(1)
        return real(*args, **kw)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_a_cached_table_is_the_computed_one_and_is_read_not_computed(corpus, monkeypatch):
    docs, tokens, folder = corpus
    found = _count_calls(monkeypatch, actors_mod, "_actor_mentions")
    read = _count_calls(monkeypatch, attribution_mod, "_attributions")
    m1 = dc.actor_mentions(tokens, docs)
    st1 = dc.attributions(tokens, docs, mentions=m1)
    assert len(found) == 1 and len(read) == 1  # (the statements actor_mentions read are kept)
    assert {p.name.split("-")[0] for p in folder.glob("*.pkl")} == {"mentions", "statements"}
    m2 = dc.actor_mentions(tokens, docs)
    st2 = dc.attributions(tokens, docs, mentions=m2)
    assert len(found) == 1 and len(read) == 1  # read from the cache, not found again
    pd.testing.assert_frame_equal(m1, m2)
    pd.testing.assert_frame_equal(st1, st2)
    monkeypatch.setattr(cache_mod, "MIN_TOKENS", 10**9)  # the same, computed without the cache
    pd.testing.assert_frame_equal(m1, dc.actor_mentions(tokens, docs))
    pd.testing.assert_frame_equal(st1, dc.attributions(tokens, docs, mentions=m1))


def test_types_and_missing_values_come_back_as_they_were(monkeypatch, tmp_path):
    """Integer ids, a missing text, no date column, no office among the actors (the ``role``
    column holds only None and ""): the cached table is the computed one, column types and
    missing values (None, not NaN) included."""
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(cache_mod, "MIN_TOKENS", 0)
    text = "وقال مدرب ريال مدريد رافايل بينيتيز إن الفريق جاهز. وفاز ريال مدريد."
    docs = pd.DataFrame({"doc_id": [1, 2], "text": [text, None]})
    tokens = dc.tokenize(docs, progress=False)
    cold = dc.actor_mentions(tokens, docs)
    warm = dc.actor_mentions(tokens, docs)
    pd.testing.assert_frame_equal(cold, warm)
    pd.testing.assert_frame_equal(
        dc.attributions(tokens, docs, mentions=cold), dc.attributions(tokens, docs, mentions=warm)
    )
    monkeypatch.setattr(cache_mod, "MIN_TOKENS", 10**9)
    pd.testing.assert_frame_equal(cold, dc.actor_mentions(tokens, docs))


def test_any_change_of_input_computes_again(corpus, monkeypatch, tmp_path):
    """Other options, another gazetteer (the user's own actors), another text, another lexicon
    file: each is a new key, computed — never the table of other inputs."""
    docs, tokens, folder = corpus
    found = _count_calls(monkeypatch, actors_mod, "_actor_mentions")
    dc.actor_mentions(tokens, docs)
    dc.actor_mentions(tokens, docs, discover=False)
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n  - {id: realmadrid, label: Real Madrid, type: organisation, aliases: [ريال مدريد]}\n",
        encoding="utf-8",
    )
    mine = dc.actor_mentions(tokens, docs, dc.load_actors(extra=extra))
    assert "realmadrid" in set(mine["actor"])
    other = docs.assign(text=docs["text"].str.replace("جيد", "سيئ"))
    dc.actor_mentions(dc.tokenize(other, progress=False), other)
    assert len(found) == 4
    monkeypatch.setattr(cache_mod, "_lexicons_fingerprint", lambda: "an edited names.yaml")
    dc.actor_mentions(tokens, docs)
    assert len(found) == 5
    # (a gazetteer whose states carry other codes finds other kingdoms' cities: a new key)
    gz = dc.load_actors()
    dc.actor_mentions(tokens, docs, gz)
    assert len(found) == 5
    gz.codes = {**gz.codes, "saudi_arabia": "JO"}
    dc.actor_mentions(tokens, docs, gz)
    assert len(found) == 6


def test_a_broken_file_is_computed_again_and_the_cache_keeps_its_bound(corpus, monkeypatch):
    docs, tokens, folder = corpus
    m = dc.actor_mentions(tokens, docs, speakers=False)
    (path,) = folder.glob("mentions-*.pkl")
    path.write_bytes(b"not a pickle")
    pd.testing.assert_frame_equal(m, dc.actor_mentions(tokens, docs, speakers=False))
    # a bound of one byte keeps nothing but what was written last is read before it is trimmed
    monkeypatch.setenv("DISCOURSE_FRAMING_CACHE_MB", str(1 / 2**20))
    dc.actor_mentions(tokens, docs, discover=False)
    assert list(folder.glob("*.pkl")) == []
    assert not [p for p in os.listdir(folder) if p.endswith(".tmp")]
    monkeypatch.setenv("DISCOURSE_FRAMING_CACHE_MB", "a lot")
    with pytest.raises(ValueError, match="DISCOURSE_FRAMING_CACHE_MB"):
        dc.actor_mentions(tokens, docs, bind=False)


def test_a_short_text_is_not_cached(monkeypatch, tmp_path):
    monkeypatch.setenv("DISCOURSE_CACHE_DIR", str(tmp_path))
    docs = pd.DataFrame({"doc_id": ["a"], "text": [TEXT], "date": [pd.NaT]})
    dc.actor_mentions(dc.tokenize(docs, progress=False), docs)
    assert not (tmp_path / "framing").exists()
