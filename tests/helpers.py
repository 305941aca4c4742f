"""Paths and markers shared by the tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DISCOURSE_SHARED", ROOT.parent / "shared"))
SEED = ROOT / "data" / "raw" / "000_9f79dd596af1e7b3.txt"
SAUDI = SHARED / "corpora" / "saudinewsnet"
IRAN = SHARED / "corpora" / "saudinewsnet_iran_deal_2015.jsonl"
GOLD = SHARED / "gold" / "pud_dev.tsv"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(),
    reason=f"{SHARED} is absent: the shared corpora and gold are not beside this clone (CI has them)",
)
