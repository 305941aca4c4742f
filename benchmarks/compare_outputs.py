#!/usr/bin/env python3
"""Compare two output folders of ``discourse run``: every table, the figure files and the
prepared documents and tokens. Used to prove a refactoring changes no output.

    # in a clone of the old commit and one of the new (PYTHONPATH makes the notebooks'
    # kernel import that clone's kit, not the installed one):
    PYTHONPATH=$PWD DISCOURSE_CACHE_DIR=/tmp/c1 .venv/bin/python -m discourse run --out /tmp/old
    ...                                                                        --out /tmp/new
    .venv/bin/python benchmarks/compare_outputs.py /tmp/old /tmp/new

Tables are compared as read back from CSV (floats to a relative 1e-9). Exit status 1 when
anything differs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 2:
        print(__doc__)
        return 2
    a, b = map(Path, argv)
    bad = 0
    ta = sorted(p.name for p in (a / "tables").glob("*.csv"))
    tb = sorted(p.name for p in (b / "tables").glob("*.csv"))
    if ta != tb:
        print("tables only on one side:", sorted(set(ta) ^ set(tb)))
        bad += 1
    for name in sorted(set(ta) & set(tb)):
        try:
            pd.testing.assert_frame_equal(
                pd.read_csv(a / "tables" / name),
                pd.read_csv(b / "tables" / name),
                check_exact=False,
                rtol=1e-9,
            )
        except AssertionError as exc:
            bad += 1
            print("differs:", name, str(exc)[:300])
    fa = sorted(p.name for p in (a / "figures").iterdir())
    fb = sorted(p.name for p in (b / "figures").iterdir())
    if fa != fb:
        print("figures only on one side:", sorted(set(fa) ^ set(fb)))
        bad += 1
    for name in ("documents.parquet", "tokens.parquet"):
        pa, pb = a / "prepared" / name, b / "prepared" / name
        if pa.exists() and pb.exists():
            x, y = pd.read_parquet(pa), pd.read_parquet(pb)
            try:
                pd.testing.assert_frame_equal(x, y)
                print(f"equal: {name} {x.shape}")
            except AssertionError as exc:
                bad += 1
                print("differs:", name, str(exc)[:300])
    print(f"{len(ta)} tables, {len(fa)} figure files compared; {bad} difference(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
