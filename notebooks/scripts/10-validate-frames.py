# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags
#     formats: ipynb,scripts//py:percent
#     notebook_metadata_filter: kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: discourse (Python 3)
#     language: python
#     name: discourse
# ---

# %% [markdown]
# # 10 — Validate the frames against human coding
#
# A frame score is evidence only after people have checked what it counts (Matthes & Kohring
# 2008; Boumans & Trilling 2016; Burscher et al. 2014). This notebook runs the loop:
#
# 1. **Sample**: for each frame, sentences where the kit finds it and sentences where it does not,
#    at random, written as a coding sheet (`10-coding-sheet.xlsx`, right-to-left, and `.csv`).
# 2. **Code**: one or two coders fill `coder_1` (and `coder_2`) with 1 (the sentence presents the
#    issue in that frame) or 0, reading the sentence with its neighbours.
# 3. **Report**: precision per frame and per cue with Wilson 95 % intervals, recall and F1
#    estimated from both strata, Krippendorff's α between coders and between coder and kit.
# 4. **Prune**: a copy of the lexicon without the cues coders rejected; the profile rerun on it.
# 5. **Learn**: a classifier trained on the coded sentences, with cross-validated scores.
#
# Run it once to get the sheet; code it; run it again with `-p coded_sheet PATH`. An existing
# annotation in the kit's gold format (`gold_path`, JSON Lines with sentence frames) can stand in
# for a coder.

# %% tags=["parameters"]
corpus = None
fields = {}
prepared_dir = None
figures_dir = None
tables_dir = None
frames_lexicon = None  # the lexicon to validate (None: data/lexicons/frames.yaml)
n_per_stratum = 20  # sentences per frame where the kit finds it, and as many where it does not
seed = 0  # the random sample is reproducible
coded_sheet = None  # your coded sheet (.xlsx or .csv) from an earlier run
gold_path = None  # or annotated sentence frames (gold format) standing in for a coder
min_precision = 0.5  # cues coded in 5+ sentences below this precision are pruned

# %%
import json
from pathlib import Path

import discourse as dc

prep = dc.prepare(corpus, prepared_dir, **fields)
docs, tokens, sentences = prep.documents, prep.tokens, prep.sentences
frames = dc.load_frames(frames_lexicon)
mentions = dc.actor_mentions(tokens, docs)
hits = dc.frame_hits(tokens, docs, frames, mentions=mentions, sentences=sentences)
units = dc.frame_units(tokens, docs, hits, frames=frames.frames["id"].tolist(), sentences=sentences)
tables = Path(tables_dir) if tables_dir else dc.config.TABLES_DIR
print(
    f"{len(units)} sentences; the kit finds a frame in {int((units.filter(like='kit_').sum(axis=1) > 0).sum())}"
)

# %% [markdown]
# ## 1. The coding sheet

# %%
gold = (
    [json.loads(line) for line in Path(gold_path).read_text(encoding="utf-8").splitlines() if line.strip()]
    if gold_path
    else None
)
# with an annotation standing in for a coder, sample the sentences it annotates
pool = units[units["doc_id"].isin({a["doc_id"] for a in gold})] if gold else units
sample = dc.validation_sample(pool, n=n_per_stratum, seed=seed, path=tables / "10-coding-sheet")
print(f"{len(sample)} rows to code, written to 10-coding-sheet.xlsx and .csv")
dc.rtl(
    sample.groupby(["frame", "kit"])
    .size()
    .unstack(fill_value=0)
    .rename(columns={0: "kit: absent", 1: "kit: present"})
)

# %% [markdown]
# ## 2. The codes

# %%
if coded_sheet:
    coded = dc.read_coding_sheet(coded_sheet)
    dc.note(f"Codes read from your sheet: {int(coded['coder_1'].notna().sum())} coded rows.")
elif gold:
    coded = dc.coded_from_gold(sample, gold, docs, tokens)
    dc.note(
        f"**The annotation in `{Path(gold_path).name}` stands in for a coder** "
        f"({int(coded['coder_1'].notna().sum())} of the sampled rows are annotated there)."
    )
else:
    coded = None
    dc.note(
        "**No codes yet.** Fill `coder_1` (and `coder_2`) in `10-coding-sheet.xlsx` with 1 or "
        "0, then run this notebook again with `-p coded_sheet <path>`."
    )

# %% [markdown]
# ## 3. Precision, recall and agreement

# %%
if coded is None or coded["coder_1"].notna().sum() == 0:
    dc.not_shown("10-frame-precision", "no coded sentence yet (see above).")
    report = None
else:
    report = dc.validation_report(coded)
    dc.save_table(report["frames"], "10-validation-frames", folder=tables_dir)
    dc.save_table(report["cues"], "10-validation-cues", folder=tables_dir)
    ok = report["frames"].dropna(subset=["precision"])
    ax = dc.plot_bars(
        ok["frame"],
        ok["precision"].round(2),
        title="Precision of each frame (coded sentences; Wilson 95% intervals in the table)",
        xlabel="Precision",
    )
    dc.save_figure(ax.figure, "10-frame-precision", folder=figures_dir)
    display(dc.rtl(report["frames"].round(3)))

# %% [markdown]
# ## 4. A lexicon without the rejected cues

# %%
if report is None:
    dc.not_shown("10-frames-pruned", "no validation report to prune with.")
else:
    lexicon_path = Path(frames_lexicon) if frames_lexicon else dc.config.LEXICON_DIR / "frames.yaml"
    dropped = dc.prune_lexicon(
        lexicon_path, report, tables / "10-frames-pruned.yaml", min_precision=min_precision
    )
    print(f"{len(dropped)} cue(s) dropped; the pruned lexicon is 10-frames-pruned.yaml")
    pruned = dc.load_frames(tables / "10-frames-pruned.yaml")
    hits_p = dc.frame_hits(tokens, docs, pruned, mentions=mentions)
    profile_p = dc.frame_profile(dc.frame_scores(tokens, hits_p, lexicon=pruned), hits_p)
    dc.save_table(profile_p, "10-frame-profile-pruned", folder=tables_dir)
    display(dc.rtl(dropped))

# %% [markdown]
# ## 5. Frames learnt from the codes
#
# Cross-validated scores of a classifier per frame (lemma counts, balanced class weights); frames
# with fewer than five positive or negative codes are left out.

# %%
if coded is None or coded["coder_1"].notna().sum() < 20:
    dc.not_shown("10-classifier", "fewer than 20 coded sentences: too few to learn from.")
else:
    clf = dc.train_frame_classifier(coded, tokens)
    dc.save_table(clf.report, "10-classifier", folder=tables_dir)
    display(dc.rtl(clf.report.round(3)))
