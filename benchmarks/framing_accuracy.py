#!/usr/bin/env python3
"""Score the kit's actors, speech acts and sentence frames on hand-annotated articles.

    python benchmarks/framing_accuracy.py ../shared/gold/framing/saudinewsnet_dev.jsonl \\
        ../shared/corpora/saudinewsnet_iran_deal_2015.jsonl \\
        --id-field id --text-field content --outlet-field source --title-field title \\
        --date-field date_extracted

The corpus is read with the same field options as ``discourse prepare``; the annotated articles
are found in it by ``doc_id``. The protocol is that of ``shared/gold/framing/README.md``
(``discourse.framing.evaluate``). ``--details`` lists every miss and every wrong answer;
``--by-frame`` prints each frame's sentence counts, precision and recall. The last
line is exactly ``actor_recall=… actor_precision=… speech_recall=… speaker_acc=…
speech_precision=… frame_p=… frame_r=… frame_f1=… n_docs=N``; the line before it scores the
frames of :func:`discourse.dominant_frames` (``dominant_frame_p=… dominant_frame_r=…
dominant_frame_f1=…``).
"""

from __future__ import annotations

import argparse
import bisect
import sys
import time
from functools import partial

import discourse as dc
from discourse.framing.evaluate import (
    FramingScores,
    gold_docs,
    read_framing_gold,
    score_actors,
    score_frames,
    score_speech,
)

FIELDS = ("text", "title", "date", "outlet", "author", "url", "id")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", help="annotated articles (JSON Lines, shared/gold/framing format)")
    ap.add_argument("corpus", nargs="+", help="the corpus files the articles come from")
    for f in FIELDS:
        ap.add_argument(f"--{f}-field", dest=f"{f}_field")
    ap.add_argument("--details", action="store_true", help="list misses and wrong answers")
    ap.add_argument(
        "--by-frame",
        action="store_true",
        help="precision and recall of each frame's sentences (before the summary)",
    )
    args = ap.parse_args(argv)
    gold = read_framing_gold(args.gold)
    fields = {f"{f}_field": getattr(args, f"{f}_field") for f in FIELDS if getattr(args, f"{f}_field")}
    t0 = time.perf_counter()
    docs = gold_docs(gold, dc.read_corpus(args.corpus, **fields))
    tokens = dc.tokenize(docs, progress=False)
    frames = dc.load_frames()
    gazetteer = dc.load_actors()
    mentions = dc.actor_mentions(tokens, docs, gazetteer)
    statements = dc.attributions(tokens, docs, gazetteer=gazetteer, mentions=mentions)
    hits = dc.frame_hits(tokens, docs, frames, mentions=mentions)
    hits = hits[~hits["negated"]]
    sentences = dc.sentence_table(tokens, docs)
    canonical = _canonical_forms(gazetteer)

    scores = FramingScores()
    dominant_hits = dc.dominant_frames(hits)
    dominant = FramingScores()  # the same sentences, frames from dc.dominant_frames
    texts = docs.set_index("doc_id")["text"]
    for art in gold:
        doc = art["doc_id"]
        m = mentions[(mentions["doc_id"] == doc) & (mentions["kind"] != "place")]
        tool_actors = {}
        for actor, g in m.groupby("actor"):
            tool_actors[actor] = set(g["match"]) | canonical.get(actor, set())
        score_actors(art, tool_actors, scores)
        st = statements[(statements["doc_id"] == doc) & statements["attributed"]]
        spk = [
            (
                row.statement,
                (tool_actors.get(row.speaker, set()) if isinstance(row.speaker, str) else set())
                | ({row.speaker_text} if isinstance(row.speaker_text, str) else set()),
            )
            for row in st.itertuples()
        ]
        score_speech(art, spk, scores)
        s = sentences[sentences["doc_id"] == doc].sort_values("start")
        starts = s["start"].tolist()
        ids = s["sent_id"].tolist()
        by_sent = hits[hits["doc_id"] == doc].groupby("sent_id")["frame"].agg(set).to_dict()

        def frames_at(offset, starts=starts, ids=ids, by_sent=by_sent):
            i = bisect.bisect_right(starts, offset) - 1
            return by_sent.get(ids[i], set()) if i >= 0 else set()

        score_frames(art, texts[doc], frames_at, scores)
        top = dominant_hits[dominant_hits["doc_id"] == doc].groupby("sent_id")["frame"].agg(set).to_dict()
        score_frames(art, texts[doc], partial(frames_at, by_sent=top), dominant)
        scores.n_docs += 1
    if args.details:
        for d in scores.details:
            print(*d, sep="\t")
    if args.by_frame:
        print("frame\ttp\tfp\tfn\tprecision\trecall")
        for f, tp, fp, fn, p, r in scores.frame_table():
            print(f"{f}\t{tp}\t{fp}\t{fn}\t{p:.3f}\t{r:.3f}")
    print(
        f"{scores.n_docs} annotated articles, {len(tokens):,} tokens, {time.perf_counter() - t0:.1f} s",
        file=sys.stderr,
    )
    p, r, f1 = dominant.frame_prf()
    print(f"dominant_frame_p={p:.3f} dominant_frame_r={r:.3f} dominant_frame_f1={f1:.3f}")
    print(scores.line())  # the summary line stays last
    return 0


def _canonical_forms(gazetteer) -> dict[str, set[str]]:
    """Each gazetteer actor's aliases (a canonical actor matches through them)."""
    _, cues = gazetteer
    out: dict[str, set[str]] = {}
    for c in cues:
        out.setdefault(c.label, set()).add(c.text)
    return out


if __name__ == "__main__":
    sys.exit(main())
