"""Inductive frames: a topic model on lemmas, topics linked by co-occurrence, communities.

In the spirit of Walter & Ophir (2019, "News frame analysis: an inductive mixed-method
computational approach", *Communication Methods and Measures* 13(4)): topics are fitted with
NMF on TF-IDF weighted lemma counts (scikit-learn), linked when they co-occur in the same
documents (positive correlation of document–topic weights), and the communities of that
network (greedy modularity, networkx) are candidate frames, each with its top lemmas and most
typical documents. Needs a corpus of many documents; a single article has no co-occurrence.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["inductive_frames"]


def inductive_frames(
    tokens: pd.DataFrame,
    docs: pd.DataFrame | None = None,
    *,
    n_topics: int = 12,
    top_words: int = 10,
    min_df: int = 3,
    max_df: float = 0.5,
    min_correlation: float = 0.05,
    seed: int = 0,
) -> dict:
    """Fit topics and group them into candidate frames.

    Returns a dict with ``topics`` (topic, top lemmas, weight share), ``doc_topics`` (documents ×
    topics), ``graph`` (networkx topic network; no edge when no two topics correlate above
    ``min_correlation``, each topic then being a community of its own), ``frames`` (community,
    topics, top lemmas, typical documents with titles when ``docs`` is given) and
    ``min_correlation``.

    Parameters
    ----------
    tokens : DataFrame
        The token table (:func:`~discourse.text.tokenize.tokenize`, ``prepare().tokens``).
    docs : DataFrame, optional
        The documents table (for the documents' titles).
    n_topics : int
        Topics of the model.
    top_words : int
        Words shown per topic.
    min_df, max_df : int, float
        Words in fewer documents, or a larger share of them, are left out.
    min_correlation : float
        Topics are linked when their document shares correlate above this.
    seed : int
        Random seed of the model.
    """
    import networkx as nx
    from networkx.algorithms.community import greedy_modularity_communities
    from sklearn.decomposition import NMF
    from sklearn.feature_extraction.text import TfidfVectorizer

    words = tokens[~tokens["is_punct"] & ~tokens["is_stop"] & ~tokens["is_num"]]
    texts = words.groupby("doc_id", sort=False, observed=True)["lemma"].agg(list)
    # a repeated article (the same lemmas) is one document to the model: fifty copies of one
    # text leave no word under max_df, and would weigh a repeated story fifty times
    texts = texts[~texts.map(tuple).duplicated()]
    if len(texts) < max(2 * n_topics, 20):
        raise ValueError(
            f"Inductive frames need many documents (at least {max(2 * n_topics, 20)} distinct "
            f"ones for {n_topics} topics); this corpus has {len(texts)}."
        )
    vec = TfidfVectorizer(analyzer=lambda x: x, min_df=min_df, max_df=max_df)
    try:
        X = vec.fit_transform(texts.tolist())
    except ValueError as exc:  # sklearn: "After pruning, no terms remain"
        raise ValueError(
            f"Inductive frames: no lemma is in at least {min_df} and at most {max_df:.0%} of the "
            f"{len(texts)} distinct documents ({exc}). Lower min_df or raise max_df."
        ) from exc
    vocab = np.asarray(vec.get_feature_names_out())
    if len(vocab) < n_topics:
        raise ValueError(
            f"Inductive frames: {len(vocab)} lemma(s) are in at least {min_df} and at most "
            f"{max_df:.0%} of the {len(texts)} distinct documents, fewer than the {n_topics} "
            "topics asked for. Ask for fewer topics, lower min_df or raise max_df."
        )
    model = NMF(n_components=n_topics, init="nndsvda", random_state=seed, max_iter=400)
    W = model.fit_transform(X)
    H = model.components_
    topic_rows = []
    for k in range(n_topics):
        top = vocab[np.argsort(H[k])[::-1][:top_words]]
        topic_rows.append({"topic": k, "top_lemmas": " ".join(top), "weight_share": W[:, k].sum() / W.sum()})
    topics = pd.DataFrame(topic_rows)
    doc_topics = pd.DataFrame(W, index=texts.index, columns=[f"t{k}" for k in range(n_topics)])
    corr = np.corrcoef(W.T)
    g = nx.Graph()
    for k in range(n_topics):
        g.add_node(
            k, label=" ".join(topics.at[k, "top_lemmas"].split()[:2]), share=topics.at[k, "weight_share"]
        )
    for i in range(n_topics):
        for j in range(i + 1, n_topics):
            if corr[i, j] > min_correlation:
                g.add_edge(i, j, weight=float(corr[i, j]))
    comms = greedy_modularity_communities(g, weight="weight") if g.number_of_edges() else [{n} for n in g]
    frame_rows = []
    titles = docs.set_index("doc_id")["title"] if docs is not None and "title" in docs else None
    for c, members in enumerate(sorted(comms, key=lambda m: -sum(topics.loc[list(m), "weight_share"]))):
        members = sorted(members)
        weights = H[members].sum(axis=0)
        score = W[:, members].sum(axis=1)
        typical = texts.index[np.argsort(score)[::-1][:3]].tolist()
        for n in members:
            g.nodes[n]["community"] = c
        frame_rows.append(
            {
                "frame": c,
                "topics": members,
                "top_lemmas": " ".join(vocab[np.argsort(weights)[::-1][:top_words]]),
                "weight_share": float(topics.loc[members, "weight_share"].sum()),
                "typical_docs": typical,
                "typical_titles": [titles.get(d) for d in typical] if titles is not None else None,
            }
        )
    return {
        "topics": topics,
        "doc_topics": doc_topics,
        "graph": g,
        "frames": pd.DataFrame(frame_rows),
        "min_correlation": min_correlation,
    }
