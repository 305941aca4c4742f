"""The Dask path (a small local cluster): the same tables as the plain single-process path."""

from __future__ import annotations

import json

import pandas as pd
import pytest

import discourse as dc
from discourse.run.distributed import frequency_dask, keyness_dask, prepare_dask

ROWS = [
    {"id": "a", "source": "x", "text": "قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مع واشنطن مستمر."},
    {"id": "b", "source": "y", "text": "وأكدت طهران أن الاتفاق النووي لن يتغير، بحسب مصادر مطلعة في طهران."},
    {"id": "c", "source": "x", "text": "ركزت الصحف على انسحاب القوات الأجنبية وأزمة الكهرباء في العراق."},
    {"id": "d", "source": "y", "text": "وتحدث المسؤولون عن الانتخابات العامة في العراق وشراء الأصوات."},
    {"id": "e", "source": "x", "text": "الكاظمي يلتقي بايدن في واشنطن لبحث الحوار الاستراتيجي والانسحاب."},
]


@pytest.fixture(scope="module")
def client():
    distributed = pytest.importorskip("dask.distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("dask")
    p = d / "c.jsonl"
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in ROWS), encoding="utf-8")
    plain = dc.prepare(p, d / "plain", id_field="id", outlet_field="source", progress=False)
    return p, d, plain


def test_prepare_on_dask_gives_the_same_tables(client, corpus):
    p, d, plain = corpus
    prep = prepare_dask(
        p, d / "dask", client=client, batch_size=2, chunk=7, id_field="id", outlet_field="source"
    )
    assert len(list((d / "dask" / "tokens.parquet").glob("part-*.parquet"))) == 3
    pd.testing.assert_frame_equal(
        prep.tokens.reset_index(drop=True), plain.tokens.reset_index(drop=True), check_dtype=False
    )
    pd.testing.assert_frame_equal(prep.documents, plain.documents)
    # and the plain prepare accepts what Dask wrote as up to date
    again = dc.prepare(p, d / "dask", id_field="id", outlet_field="source", progress=False)
    assert again.reused


@pytest.mark.parametrize("kw", [{}, {"remove_stop": True}, {"group": "outlet"}])
def test_frequency_on_dask_equals_pandas(client, corpus, kw):
    _, d, plain = corpus
    got = frequency_dask(d / "plain", by="lemma", client=client, **kw)
    want = dc.frequency(plain.tokens, by="lemma", docs=plain.documents if "group" in kw else None, **kw)
    sort = (["group"] if "group" in kw else []) + ["frequency", "feature"]
    asc = ([True] if "group" in kw else []) + [False, True]
    pd.testing.assert_frame_equal(
        got.sort_values(sort, ascending=asc).reset_index(drop=True),
        want.sort_values(sort, ascending=asc).reset_index(drop=True),
        check_dtype=False,
    )


def test_keyness_on_dask_equals_pandas(client, corpus):
    _, d, plain = corpus
    got = keyness_dask(d / "plain", group="outlet", target="x", client=client, keep_all=True)
    want = dc.keyness(plain.tokens, group="outlet", target="x", docs=plain.documents, keep_all=True)
    key = ["direction", "LL", "feature"]
    pd.testing.assert_frame_equal(
        got.sort_values(key).reset_index(drop=True),
        want.sort_values(key).reset_index(drop=True),
        check_dtype=False,
    )
