"""Sources and attribution: who speaks, how (direct or indirect), and how much.

Statements are found two ways:

* **direct**: a quotation in “…”, «…» or "…" with a reporting verb before it in the same
  paragraph (``ونقل البيان عن الكاظمي قوله: إن “…”``, ``مُضيفًا أن “…”``); a quotation with no
  reporting verb (a title, a name of a law, scare quotes) is kept with ``attributed=False``;
* **indirect**: a reporting verb or phrase (قال، أكد، أعلن … بحسب، وفقاً لـ، نقلاً عن) with no
  quotation after it in its sentence.

The speaker of a reporting cue, in this order: after ``بحسب/وفقاً/نقلاً عن``, or after ``عن``
following the verb, the first actor named; else the first actor named between the verb and the
quotation (or, without a quotation, within 8 words after it); for continuation cues
(``مضيفاً``، ``على حد قوله``) the previous speaker of the document, or the nearest person named
before it in its sentence; else the nearest actor before it in the sentence. Mentions inside
quotations never count. Unresolved speakers are kept as the words found after the verb.
"""

from __future__ import annotations

import bisect

import numpy as np
import pandas as pd

from .framing import actor_mentions, load_actors, sentence_table
from .lexicon import Cue, match_cues
from .stance import load_stance, quote_spans

__all__ = ["attributions", "speaker_summary", "STATEMENT_COLUMNS"]

STATEMENT_COLUMNS = ["doc_id", "para_id", "sent_id", "speaker", "speaker_name", "speaker_label", "speaker_type",
                     "speaker_text", "verb", "direct", "attributed", "statement", "n_words",
                     "start", "end", "verb_start"]
_ACCORDING = {"بحسب", "وفقا", "حسب", "نقلا عن"}
_WINDOW = 8
_NEGATIONS = {"لم", "لا", "لن", "ما"}


def attributions(tokens: pd.DataFrame, docs: pd.DataFrame, *, gazetteer=None,
                 lexicon: dict | None = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """All statements of all documents, with their speaker (see the module docstring).

    Returns
    -------
    DataFrame
        :data:`STATEMENT_COLUMNS`; ``start``/``end`` are the offsets of the statement text
        (the quotation without its marks, or the attributed clause).
    """
    lexicon = lexicon or load_stance()
    gazetteer = gazetteer or load_actors()
    actors = gazetteer[0].set_index("actor")
    if mentions is None:
        mentions = actor_mentions(tokens, docs, gazetteer)
    cues = ([Cue(str(w), "report", negatable=True) for w in lexicon.get("reporting", [])]
            + [Cue(str(w), "continuation") for w in lexicon.get("continuation", [])])
    hits = match_cues(tokens, cues, overlap=False, negations=_NEGATIONS, negation_window=1,
                      use_lemma=False)
    hits = hits[~hits["negated"]]  # لم يعلن … is not a statement
    sents = sentence_table(tokens, docs)
    texts = docs.set_index("doc_id")["text"]
    rows = []
    empty_h, empty_m = hits.iloc[:0], mentions.iloc[:0]
    hits_by = dict(tuple(hits.groupby("doc_id", sort=False)))
    mentions_by = dict(tuple(mentions.groupby("doc_id", sort=False)))
    sents_by = dict(tuple(sents.groupby("doc_id", sort=False)))
    words_by = tokens.loc[~tokens["is_punct"]].groupby("doc_id", sort=False)["start"].agg(np.asarray)
    for doc_id, text in texts.items():
        if doc_id not in sents_by:
            continue  # an empty document
        quotes = quote_spans(text)
        h = hits_by.get(doc_id, empty_h).sort_values("start")
        m = mentions_by.get(doc_id, empty_m).sort_values("start")
        m = m.loc[np.array([not any(qs <= a < qe for qs, qe in quotes) for a in m["start"]], dtype=bool)]
        s = sents_by[doc_id]
        sent_starts = s["start"].tolist()
        word_starts = words_by.get(doc_id, np.zeros(0, np.int64))
        state = {"last": None}

        def sent_of(pos):
            i = max(bisect.bisect_right(sent_starts, pos) - 1, 0)
            return s.iloc[i]

        def words_between(a, b):
            return int(((word_starts >= a) & (word_starts < b)).sum())

        def resolve(cue, limit):
            """(actor, speaker_text, mention end) for a reporting cue; ``limit`` caps the search."""
            sent = sent_of(cue.start)
            after = m[(m["start"] >= cue.end) & (m["start"] < limit) & (m["start"] < sent.end)]
            after = after.loc[np.array([words_between(cue.end, a) < _WINDOW for a in after["start"]], dtype=bool)]
            before = m[(m["end"] <= cue.start) & (m["start"] >= sent.start)]
            if cue.cue in _ACCORDING or text[cue.end:cue.end + 6].strip().startswith("عن"):
                if len(after):
                    return after.iloc[0]
            if cue.label == "report" and len(after):
                return after.iloc[0]
            if cue.label == "continuation":
                if state["last"] is not None:
                    return state["last"]
                persons = before[before["type"] == "person"]
                if len(persons):
                    return persons.iloc[-1]
            if len(before):
                return before.iloc[-1]
            return None

        def add(cue, speaker, direct, attributed, a, b, para_id, sent_id):
            if speaker is not None:
                actor = speaker["actor"]
                spk_text = speaker["match"]
                state["last"] = speaker
            else:
                actor = None
                spk_text = text[cue.end:cue.end + 40].split("،")[0].split(":")[0].strip() if cue is not None else ""
            rows.append({"doc_id": doc_id, "para_id": para_id, "sent_id": sent_id, "speaker": actor,
                         "speaker_name": actors["name_ar"].get(actor) if actor else None,
                         "speaker_label": actors["label"].get(actor) if actor else None,
                         "speaker_type": actors["type"].get(actor) if actor else None,
                         "speaker_text": spk_text, "verb": cue.cue if cue is not None else None,
                         "direct": direct, "attributed": attributed, "statement": text[a:b],
                         "n_words": words_between(a, b), "start": a, "end": b,
                         "verb_start": cue.start if cue is not None else None})

        used = set()
        events = sorted([(q[0], "quote", q) for q in quotes] + [(r.start, "cue", r) for r in h.itertuples()],
                        key=lambda e: e[0])
        sent_with_statement = set()
        for pos, kind, obj in events:
            if kind == "quote":
                qs, qe = obj
                sent = sent_of(qs)
                para = sent.para_id
                # nearest unused-or-used cue before the quote in the same paragraph, within 2 sentences
                prev = h[(h["end"] <= qs) & (h["para_id"] == para) & (h["sent_id"] >= sent.sent_id - 1)]
                cue = prev.iloc[-1] if len(prev) else None
                if cue is not None:
                    used.add(cue.name)
                    speaker = resolve(cue, limit=qs)
                    add(cue, speaker, True, True, qs + 1, qe - 1, int(para), int(sent.sent_id))
                    sent_with_statement.add(int(sent.sent_id))
                else:
                    add(None, None, True, False, qs + 1, qe - 1, int(para), int(sent.sent_id))
                continue
            cue = obj
            idx = cue.Index
            if idx in used:
                continue
            sent = sent_of(cue.start)
            quote_after = any(sent.start <= q0 < sent.end and q0 >= cue.end for q0, _ in quotes)
            if quote_after:
                continue
            cue_row = h.loc[idx]
            according = cue_row.cue in _ACCORDING
            if not according and int(sent.sent_id) in sent_with_statement:
                continue
            speaker = resolve(cue_row, limit=sent.end)
            if according and cue_row.start - sent.start > 10:
                # what is attributed stands before "according to", after any earlier speaker
                # (when an earlier source in the sentence already claims that clause, both share it)
                earlier = [(r["start"], r["end"]) for r in rows
                           if r["doc_id"] == doc_id and r["sent_id"] == int(sent.sent_id) and not r["direct"]]
                a, b = earlier[-1] if earlier else (sent.start, cue_row.start)
            else:
                a = cue_row.end
                if speaker is not None and speaker["start"] >= cue_row.end:
                    a = int(speaker["end"])
                    # an apposition naming the same actor again (رئيس الوزراء العراقي، مصطفى الكاظمي)
                    nxt = m[(m["start"] >= a) & (m["actor"] == speaker["actor"])]
                    if len(nxt) and words_between(a, nxt.iloc[0]["start"]) <= 1:
                        a = int(nxt.iloc[0]["end"])
                b = sent.end
                if according:  # up to the next "according to" of the sentence, if any
                    later = h[(h["start"] > cue_row.end) & (h["start"] < sent.end) & h["cue"].isin(_ACCORDING)]
                    if len(later):
                        b = int(later.iloc[0]["start"])
                        while b > a and text[b - 1] in " ،,":
                            b -= 1
            while a < b and text[a] in " :،,":
                a += 1
            add(cue_row, speaker, False, True, a, b, int(sent.para_id), int(sent.sent_id))
            sent_with_statement.add(int(sent.sent_id))
    out = pd.DataFrame(rows, columns=STATEMENT_COLUMNS)
    # typed even when empty (a boolean mask of an empty object column would select columns)
    out = out.astype({"direct": bool, "attributed": bool, "n_words": "int64", "start": "int64",
                      "end": "int64"})
    return out.sort_values(["doc_id", "start"], kind="stable").reset_index(drop=True)


def speaker_summary(statements: pd.DataFrame, tokens: pd.DataFrame) -> pd.DataFrame:
    """Per document and speaker (``who``: the actor's Arabic name, or the words found):
    statements, direct and indirect, words attributed, ``share_words`` = the speaker's
    attributed words / the document's words, and ``source_kind`` (named/official, unnamed,
    unresolved)."""
    cols = ["doc_id", "who", "statements", "direct", "indirect", "words", "speaker_type",
            "doc_words", "share_words", "source_kind"]
    st = statements[statements["attributed"].astype(bool)].copy()
    if st.empty:
        return pd.DataFrame(columns=cols)
    st["who"] = st["speaker_name"].fillna(st["speaker_text"].fillna("?") + " (unresolved)")
    words = tokens[~tokens["is_punct"]].groupby("doc_id").size().rename("doc_words")
    g = st.groupby(["doc_id", "who"])
    out = pd.DataFrame({"statements": g.size(), "direct": g["direct"].sum(),
                        "indirect": g["direct"].apply(lambda d: int((~d).sum())),
                        "words": g["n_words"].sum(), "speaker_type": g["speaker_type"].first()}).reset_index()
    out = out.merge(words, on="doc_id")
    out["share_words"] = out["words"] / out["doc_words"]
    out["source_kind"] = out["speaker_type"].map(
        lambda t: "unnamed" if t == "unnamed_source" else ("unresolved" if t is None or pd.isna(t) else "named/official"))
    return out.sort_values(["doc_id", "words"], ascending=[True, False]).reset_index(drop=True)
