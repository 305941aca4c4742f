"""Shared fixtures. Tests that need ../shared skip with a reason when it is absent."""

from __future__ import annotations

import os

import pytest
from helpers import SHARED  # noqa: F401  (paths shared by the tests)


@pytest.fixture(scope="session", autouse=True)
def _isolated_cache(tmp_path_factory):
    """Every test session gets its own lemma cache, so no result depends on an earlier run."""
    d = tmp_path_factory.mktemp("cache")
    old = os.environ.get("DISCOURSE_CACHE_DIR")
    os.environ["DISCOURSE_CACHE_DIR"] = str(d)
    yield d
    if old is None:
        os.environ.pop("DISCOURSE_CACHE_DIR", None)
    else:
        os.environ["DISCOURSE_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def lemmatizer(_isolated_cache):
    from discourse.text.lemmatize import Lemmatizer

    return Lemmatizer(progress=False)


@pytest.fixture(scope="session")
def seed_docs():
    from discourse.io.corpus import read_corpus

    return read_corpus()


@pytest.fixture(scope="session")
def seed_tokens(seed_docs, lemmatizer):
    from discourse.text.tokenize import tokenize

    return tokenize(seed_docs, lemmatizer=lemmatizer, progress=False)


#: Tests that run the whole main job (a subprocess each, one to seven minutes) or score the
#: lemma gold, longest first: collected before the rest, so that on several cores (pytest-xdist,
#: ``python3 tasks.py test``, ``--dist worksteal``) they start early and the short tests fill the
#: gaps, instead of a long one starting last and running alone.
SLOW_FIRST = (
    "test_run_on_the_one_event_subset",
    "test_main_job_runs_on_any_corpus[many_articles_one_outlet]",
    "test_main_job_runs_on_any_corpus",
    "test_run_default_article",
    "test_quality_floor_on_the_gold_file",
)


def pytest_collection_modifyitems(config, items):
    def rank(item) -> int:
        for k, name in enumerate(SLOW_FIRST):
            if item.name == name or getattr(item, "originalname", None) == name:
                return k
        return len(SLOW_FIRST)

    items.sort(key=rank)  # stable: the order within a rank is kept
