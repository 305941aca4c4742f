"""Scoring actors, speech acts and sentence frames against hand annotation.

The protocol is that of ``shared/gold/framing/README.md``. The gold is JSON Lines, one article a
line: ``doc_id``, ``actors`` (``name``, ``type``, ``aliases``), ``speech`` (``speaker``,
``speaker_kind``, ``marker``, ``content``, ``direct``) and ``sentences`` (``start``, ``frames``).

* Actors: an annotated actor is found when a tool actor of the article has a surface form (after
  clitic removal) equal to its name or one of its aliases; precision is over the tool's distinct
  actors per article.
* Speech: a tool statement matches an annotated act when the act's ``content`` (normalized as
  the kit's ``norm``) occurs in the statement; speaker accuracy counts matched acts whose tool
  speaker is the annotated speaker or one of its aliases, over all annotated acts; precision is
  matched tool statements over all tool statements of the annotated articles.
* Frames: per annotated sentence and frame, present or absent; micro-averaged P, R, F1.

Forms are compared after the kit's normalization with alef/hamza, ى/ي and final ة/ه folded, and
with a leading و ف ب ل ك taken off (both sides), so ``وواشنطن`` and ``واشنطن`` are one form.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from ..text.normalize import nfkc, normalize

__all__ = [
    "read_framing_gold",
    "surface_keys",
    "score_actors",
    "score_speech",
    "score_frames",
    "FramingScores",
]


def read_framing_gold(path: str | Path) -> list[dict]:
    """The annotated articles of a gold JSON Lines file, in order."""
    out = []
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path} line {i}: not valid JSON ({exc.msg}).") from exc
    for i, art in enumerate(out, 1):
        if "doc_id" not in art:
            raise ValueError(f"{path}: article {i} has no doc_id.")
    return out


def surface_keys(text: str) -> set[str]:
    """Comparable keys of a surface form: its loose normalized form and the same without a
    leading conjunction and preposition on the first word (و ف ب ل ك; ``لل`` → ``ال``), as the
    kit's actor matching compares words (:func:`~discourse.framing.actors.clitic_variants`)."""
    from ..text.clitics import clitic_variants
    from ..text.normalize import loose

    n = loose(text).strip()
    if not n:
        return set()
    first, _, rest = n.partition(" ")
    return {(v + " " + rest).strip() for v in clitic_variants(first)}


def _forms(names) -> set[str]:
    out: set[str] = set()
    for n in names:
        if n:
            out |= surface_keys(n)
    return out


@dataclass
class FramingScores:
    actor_found: int = 0
    actor_total: int = 0
    tool_actors: int = 0
    tool_actors_right: int = 0
    speech_total: int = 0
    speech_found: int = 0
    speaker_right: int = 0
    statements: int = 0
    statements_matched: int = 0
    frame_tp: int = 0
    frame_fp: int = 0
    frame_fn: int = 0
    n_docs: int = 0
    details: list = field(default_factory=list)
    #: frame -> [true positives, false positives, false negatives] of sentence frames
    by_frame: dict = field(default_factory=dict)

    @staticmethod
    def _div(a, b):
        return a / b if b else 0.0

    def frame_prf(self) -> tuple[float, float, float]:
        """Micro precision, recall and F1 of sentence frames."""
        p = self._div(self.frame_tp, self.frame_tp + self.frame_fp)
        r = self._div(self.frame_tp, self.frame_tp + self.frame_fn)
        return p, r, self._div(2 * p * r, p + r)

    def frame_table(self) -> list[tuple[str, int, int, int, float, float]]:
        """``(frame, tp, fp, fn, precision, recall)`` of each frame, by frame name."""
        return [
            (f, tp, fp, fn, self._div(tp, tp + fp), self._div(tp, tp + fn))
            for f, (tp, fp, fn) in sorted(self.by_frame.items())
        ]

    def line(self) -> str:
        p, r, f1 = self.frame_prf()
        return (
            f"actor_recall={self._div(self.actor_found, self.actor_total):.3f} "
            f"actor_precision={self._div(self.tool_actors_right, self.tool_actors):.3f} "
            f"speech_recall={self._div(self.speech_found, self.speech_total):.3f} "
            f"speaker_acc={self._div(self.speaker_right, self.speech_total):.3f} "
            f"speech_precision={self._div(self.statements_matched, self.statements):.3f} "
            f"frame_p={p:.3f} frame_r={r:.3f} frame_f1={f1:.3f} n_docs={self.n_docs}"
        )


def _gold_actor_forms(art: dict) -> list[tuple[str, set[str]]]:
    return [(a["name"], _forms([a["name"], *a.get("aliases", [])])) for a in art.get("actors", [])]


def score_actors(art: dict, tool_actors: dict[str, set[str]], scores: FramingScores) -> None:
    """Add one article: ``tool_actors`` maps each distinct tool actor of the article to its
    surface forms (as found, plus the canonical names of a gazetteer actor)."""
    gold = _gold_actor_forms(art)
    tool = {a: _forms(forms) for a, forms in tool_actors.items()}
    for name, forms in gold:
        hit = any(forms & t for t in tool.values())
        scores.actor_found += hit
        scores.actor_total += 1
        if not hit:
            scores.details.append(("actor_missed", art["doc_id"], name))
    for a, t in tool.items():
        right = any(t & forms for _, forms in gold)
        scores.tool_actors += 1
        scores.tool_actors_right += right
        if not right:
            scores.details.append(("actor_wrong", art["doc_id"], a))


def score_speech(art: dict, statements: list[tuple[str, set[str]]], scores: FramingScores) -> None:
    """Add one article: ``statements`` are ``(statement text, speaker forms)`` of the tool."""
    gold_forms = dict(_gold_actor_forms(art))
    norm_statements = [(normalize(s), _forms(spk)) for s, spk in statements]
    matched = set()
    for act in art.get("speech", []):
        scores.speech_total += 1
        content = normalize(act["content"])
        hits = [i for i, (s, _) in enumerate(norm_statements) if content and content in s]
        if not hits:
            scores.details.append(("speech_missed", art["doc_id"], act["marker"], act["content"]))
            continue
        scores.speech_found += 1
        matched.update(hits)
        want = gold_forms.get(act["speaker"]) or _forms([act["speaker"]])
        if any(norm_statements[i][1] & want for i in hits):
            scores.speaker_right += 1
        else:
            scores.details.append(
                (
                    "speaker_wrong",
                    art["doc_id"],
                    act["speaker"],
                    [sorted(norm_statements[i][1])[:3] for i in hits],
                )
            )
    scores.statements += len(statements)
    scores.statements_matched += len(matched)
    for i, (s, _) in enumerate(statements):
        if i not in matched:
            scores.details.append(("statement_extra", art["doc_id"], s[:60]))


def score_frames(art: dict, text: str, sentence_frames, scores: FramingScores) -> None:
    """Add one article: ``sentence_frames(offset)`` gives the tool's frames of the sentence
    holding that character offset of ``text``; gold sentences are found by their ``start``, in
    NFKC as the kit's text is (an annotator copying the raw text may write shadda and fatha in
    the other order, وبيَّن)."""
    pos = 0
    for sent in art.get("sentences", []):
        start = nfkc(sent["start"])
        at = text.find(start, pos)
        if at < 0:
            at = text.find(start)
        if at < 0:
            scores.details.append(("sentence_not_found", art["doc_id"], sent["start"]))
            continue
        pos = at + 1
        gold, tool = set(sent.get("frames", [])), set(sentence_frames(at))
        scores.frame_tp += len(gold & tool)
        scores.frame_fp += len(tool - gold)
        scores.frame_fn += len(gold - tool)
        for i, part in enumerate((gold & tool, tool - gold, gold - tool)):
            for f in part:
                scores.by_frame.setdefault(f, [0, 0, 0])[i] += 1


def gold_docs(gold: list[dict], docs: pd.DataFrame) -> pd.DataFrame:
    """The documents of the corpus that the gold annotates (by ``doc_id``); an annotated
    article missing from the corpus is an error naming it."""
    missing = [a["doc_id"] for a in gold if a["doc_id"] not in set(docs["doc_id"])]
    if missing:
        raise ValueError(
            f"{len(missing)} annotated article(s) are not in the corpus (e.g. "
            f"{missing[0]!r}); pass the corpus the gold was made from, with the id "
            "field that holds these ids (--id-field)."
        )
    return docs[docs["doc_id"].isin({a["doc_id"] for a in gold})].reset_index(drop=True)
