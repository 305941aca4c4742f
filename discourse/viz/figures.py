"""Figures for papers: plotting helpers (``ax=None`` in, ``ax`` out) and one ``save_figure``.

Nothing global changes on import. :func:`style` is an explicit context (journal-column sizes,
the Okabe–Ito colour-blind-safe palette, the shipped Arabic font as fallback after DejaVu
Sans); helpers use it when they create a figure. Axis labels and titles are English, data
labels Arabic, passed through :func:`~discourse.viz.arabic.for_matplotlib` so they are
shaped and right-to-left whatever the matplotlib version.

>>> import discourse as dc
>>> ax = dc.plot_top_features(dc.frequency(dc.prepare().tokens, remove_stop=True))  # doctest: +SKIP
>>> dc.save_figure(ax.figure, "03-top-lemmas")                                     # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import numpy as np
import pandas as pd

from .. import config
from .arabic import ARABIC_FAMILY, arabic_font_path, for_matplotlib, for_pillow, register_fonts
from .tables import TABLE_FORMATS, Saved, save_table  # noqa: F401 (save_table: public here too)

__all__ = [
    "style",
    "save_figure",
    "save_table",
    "set_title",
    "repel_labels",
    "overlapping_labels",
    "OKABE_ITO",
    "plot_top_features",
    "plot_wordcloud",
    "plot_dispersion",
    "plot_network",
    "plot_keyness",
    "plot_bars",
    "plot_heatmap",
    "plot_lengths",
    "COLUMN_WIDTH",
    "PAGE_WIDTH",
]

OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
COLUMN_WIDTH = 3.5  # inches: one column of a two-column journal page
PAGE_WIDTH = 7.2  # inches: full page width


def _rc() -> dict:
    register_fonts()
    from cycler import cycler

    return {
        "font.family": [ARABIC_FAMILY, "DejaVu Sans"],  # Arabic glyphs from one typeface
        "font.size": 8,
        "axes.titlesize": 9,
        "axes.labelsize": 8,
        "xtick.labelsize": 7,
        "ytick.labelsize": 8,
        "legend.fontsize": 7,
        "figure.dpi": 100,
        "axes.prop_cycle": cycler(color=OKABE_ITO),
        "axes.spines.top": False,
        "axes.spines.right": False,
        "figure.constrained_layout.use": True,
        "pdf.fonttype": 42,
        "ps.fonttype": 42,
        "svg.fonttype": "path",
    }


@contextlib.contextmanager
def style():
    """The kit's figure style, applied only inside the ``with`` block."""
    import matplotlib.pyplot as plt

    with plt.rc_context(_rc()):
        yield


def _new_ax(ax, width=COLUMN_WIDTH, height=2.6):
    import matplotlib.pyplot as plt

    if ax is not None:
        return ax
    with style():
        _, ax = plt.subplots(figsize=(width, height))
    return ax


def set_title(ax, title: str) -> None:
    """A title wrapped at word boundaries to the axes' width (never cut mid-word), each line
    prepared for matplotlib like every Arabic label (:func:`~discourse.viz.arabic.for_matplotlib`)."""
    import textwrap

    if not title:
        return
    width_in = ax.figure.get_figwidth() * ax.get_position().width
    chars = max(20, int(width_in * 72 / (0.55 * 9)))  # 9-pt title, ~0.55 em per character
    lines = textwrap.fill(title, width=chars, break_long_words=False).split("\n")
    ax.set_title("\n".join(for_matplotlib(line) for line in lines))


def _useful_ticks(axis, integer: bool = False) -> None:
    """At least three labelled ticks on a value axis (a narrow axis may otherwise get two);
    whole numbers only on an axis of counts (no tick at 0.25 of an occurrence)."""
    from matplotlib.ticker import MaxNLocator

    # (MaxNLocator gives up whole numbers when fewer than min_n_ticks of them fit: 0 and 1 will do)
    axis.set_major_locator(MaxNLocator(nbins=5, min_n_ticks=2 if integer else 3, integer=integer))


def save_figure(
    fig, name: str, *, folder: str | Path | None = None, formats=("pdf", "svg", "png"), dpi: int = 300
) -> list[Path]:
    """Write ``name.pdf`` (TrueType fonts embedded), ``name.svg`` and a 300-dpi ``name.png``.

    Files go to ``folder`` (default ``reports/figures/``); name them after the notebook,
    e.g. ``"03-top-lemmas"``. Returns the paths written.

    Parameters
    ----------
    fig : matplotlib Figure
        The figure.
    name : str
        The file name without extension.
    folder : str or Path, optional
        Where to write (default ``reports/figures``).
    formats : sequence of str
        File formats (default PDF, SVG and PNG).
    dpi : int
        Resolution of the PNG.
    """
    import matplotlib.pyplot as plt

    folder = Path(folder) if folder else config.FIGURES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    with plt.rc_context({"pdf.fonttype": 42, "ps.fonttype": 42, "svg.fonttype": "path"}):
        for fmt in formats:
            p = folder / f"{name}.{fmt}"
            fig.savefig(
                p,
                dpi=dpi if fmt == "png" else None,
                bbox_inches="tight",
                metadata={"Creator": "discourse"} if fmt in ("pdf", "svg") else None,
            )
            paths.append(p)
    return Saved(paths)


def plot_bars(
    labels,
    values,
    *,
    ax=None,
    title: str = "",
    xlabel: str = "",
    color: str = OKABE_ITO[0],
    annotate: bool = True,
):
    """Horizontal bars, the first label on top; Arabic labels shaped for matplotlib.

    Parameters
    ----------
    labels : sequence of str
        The bar labels (Arabic shaped).
    values : sequence of float
        The bar lengths.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    xlabel : str
        The value axis label.
    color : str
        The bar colour (default Okabe–Ito blue).
    annotate : bool
        Write each value at the end of its bar.
    """
    labels = [for_matplotlib(str(x)) for x in labels]
    values = np.asarray(values, float)
    ax = _new_ax(ax, height=max(1.6, 0.16 * len(labels) + 0.6))
    with style():
        y = np.arange(len(labels))[::-1]
        ax.barh(y, values, color=color)
        # (centred on its bar: matplotlib's default, "center_baseline", centres the line box of
        # the Arabic font, whose marks make it tall, and set Latin labels about 1 mm low)
        ax.set_yticks(y, labels, va="center")
        _useful_ticks(ax.xaxis, integer=bool(len(values)) and bool(np.all(values == np.round(values))))
        ax.set_xlabel(xlabel)
        set_title(ax, title)
        if annotate:
            for yi, v in zip(y, values):
                ax.text(v, yi, f" {v:g}", va="center", fontsize=6)
        ax.margins(x=0.12)
    return ax


def plot_lengths(docs: pd.DataFrame, *, ax=None, title: str = "Length of the analysed text"):
    """Article lengths: one bar per article for up to 15 articles, else a histogram.

    Parameters
    ----------
    docs : DataFrame
        The documents table (:func:`~discourse.io.corpus.read_corpus`, ``prepare().documents``).
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    """
    if len(docs) <= 15:
        labels = docs["title"].fillna(docs["doc_id"]).astype(str).str.slice(0, 40)
        return plot_bars(labels, docs["n_chars"], ax=ax, title=title, xlabel="Characters")
    ax = _new_ax(ax)
    with style():
        ax.hist(docs["n_chars"], bins=40, color=OKABE_ITO[0])
        ax.set_xlabel("Characters in the analysed text")
        ax.set_ylabel("Articles")
        set_title(ax, title)
    return ax


def plot_top_features(
    freq: pd.DataFrame,
    *,
    top: int = 20,
    value: str = "frequency",
    ax=None,
    title: str = "Most frequent lemmas",
    xlabel: str | None = None,
    n: int | None = None,
):
    """Bars of the ``top`` most frequent features of a :func:`~discourse.stats.frequency.frequency`
    table (``n=`` before 0.4.0).

    Parameters
    ----------
    freq : DataFrame
        :func:`~discourse.stats.frequency.frequency` output.
    top : int
        How many features.
    value : str
        ``frequency`` (default) or ``per_10k``.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    xlabel : str, optional
        The value axis label.
    n : int, optional
        The name of ``top`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    """
    top = config.renamed(top, n, old="n", new="top", func="plot_top_features")
    rows = freq.nlargest(top, value)
    return plot_bars(
        rows["feature"],
        rows[value],
        ax=ax,
        title=title,
        xlabel=xlabel or {"frequency": "Frequency", "per_10k": "Per 10,000 words"}.get(value, value),
    )


def plot_wordcloud(
    freq: pd.DataFrame,
    *,
    top: int = 150,
    ax=None,
    title: str = "",
    n: int | None = None,
    value: str = "frequency",
    seed: int = 1,
):
    """A word cloud of the ``top`` features (e.g. lemmas without stopwords; ``n=`` before 0.4.0),
    drawn with the shipped Arabic font.

    Parameters
    ----------
    freq : DataFrame
        :func:`~discourse.stats.frequency.frequency` output.
    top : int
        How many features.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    n : int, optional
        The name of ``top`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    value : str
        The column that sets word size.
    seed : int
        The layout's random seed.
    """
    from wordcloud import WordCloud

    top = config.renamed(top, n, old="n", new="top", func="plot_wordcloud")
    rows = freq.nlargest(top, value)
    words = {for_pillow(str(f)): float(v) for f, v in zip(rows["feature"], rows[value])}
    wc = WordCloud(
        font_path=str(arabic_font_path()),
        width=1400,
        height=800,
        background_color="white",
        colormap="cividis",
        random_state=seed,
        prefer_horizontal=1.0,
        collocations=False,
        regexp=None,
    )
    wc.generate_from_frequencies(words)
    ax = _new_ax(ax, width=PAGE_WIDTH / 1.5, height=PAGE_WIDTH / 1.5 * 8 / 14)
    with style():
        ax.imshow(wc.to_image(), interpolation="bilinear")
        ax.set_axis_off()
        set_title(ax, title)
    return ax


def plot_dispersion(
    positions: pd.DataFrame, *, items=None, ax=None, title: str = "Dispersion across the corpus"
):
    """A barcode plot: one row per item, a tick at each occurrence (``dispersion_positions``).

    Parameters
    ----------
    positions : DataFrame
        :func:`~discourse.stats.dispersion.dispersion_positions` output.
    items : list of str, optional
        The features to draw, in this order (default all).
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    """
    items = list(dict.fromkeys(positions["feature"])) if items is None else list(items)
    ax = _new_ax(ax, width=PAGE_WIDTH / 1.4, height=max(1.4, 0.32 * len(items) + 0.7))
    with style():
        for i, item in enumerate(items):
            x = positions.loc[positions["feature"] == item, "position"]
            ax.vlines(x, i - 0.38, i + 0.38, color=OKABE_ITO[i % len(OKABE_ITO)], linewidth=0.8)
        ax.set_yticks(range(len(items)), [for_matplotlib(str(x)) for x in items], va="center")
        ax.set_ylim(len(items) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.set_xlabel("Position in the corpus (0 = start, 1 = end)")
        set_title(ax, title)
    return ax


def plot_network(graph, *, ax=None, title: str = "", seed: int = 7, weight: str = "weight"):
    """A collocation or co-occurrence network; edge width by ``weight``, labels in Arabic.

    Nodes are labelled with their ``label`` attribute when they have one, else their name; their
    area follows their ``mentions`` attribute when they have one, else their degree.
    Labels are moved apart until no two overlap (:func:`repel_labels`). A graph without edges
    is drawn as its nodes alone; an empty graph is refused (say why in the notebook instead).

    Parameters
    ----------
    graph : networkx.Graph
        The network (edge attribute ``weight``).
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    seed : int
        The layout's random seed (same seed, same picture).
    weight : str
        The edge attribute that sets line widths.
    """
    import networkx as nx

    if graph.number_of_nodes() == 0:
        raise ValueError("The graph has no node to draw; say why in the notebook instead (dc.not_shown).")
    ax = _new_ax(ax, width=PAGE_WIDTH / 1.4, height=PAGE_WIDTH / 1.4 * 0.75)
    with style():
        n = graph.number_of_nodes()
        pos = nx.spring_layout(graph, seed=seed, weight=None, k=2.0 / np.sqrt(n))
        w = np.array([d.get(weight, 1.0) for _, _, d in graph.edges(data=True)], float)
        widths = 0.5 + 3 * (w - w.min()) / (np.ptp(w) or 1) if len(w) else []
        # node area by the node's mentions when the graph has them, else by its degree
        size = np.array([graph.nodes[n].get("mentions", graph.degree(n)) for n in graph], float)
        size = 60 + 500 * size / (size.max() or 1)
        if len(w):
            nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color="#999999", alpha=0.6)
        nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=size, node_color=OKABE_ITO[5], alpha=0.9)
        ax.margins(0.12)
        texts = [
            ax.text(
                x,
                y,
                for_matplotlib(str(graph.nodes[n].get("label", n))),
                ha="center",
                va="center",
                fontsize=8,
                family=[ARABIC_FAMILY, "DejaVu Sans"],
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7},
            )
            for n, (x, y) in pos.items()
        ]
        ax.set_axis_off()
        set_title(ax, title)
        repel_labels(ax, texts)
    return ax


def _label_boxes(ax, texts) -> np.ndarray:
    """Display-space boxes ``(x0, y0, x1, y1)`` of text artists, their padding included."""
    renderer = ax.figure.canvas.get_renderer()
    return np.array([t.get_window_extent(renderer).expanded(1.06, 1.2).extents for t in texts])


def overlapping_labels(ax, texts) -> list[tuple[int, int]]:
    """Pairs of text artists whose boxes overlap (as drawn on ``ax``'s figure)."""
    b = _label_boxes(ax, texts)
    return _overlaps(b)


def _overlaps(b: np.ndarray) -> list[tuple[int, int]]:
    """Index pairs ``i < j`` of overlapping boxes (vectorised: labels of a network are few
    hundred at most)."""
    if len(b) < 2:
        return []
    x0, y0, x1, y1 = (b[:, k] for k in range(4))
    hit = (
        (x0[:, None] < x1[None, :])
        & (x0[None, :] < x1[:, None])
        & (y0[:, None] < y1[None, :])
        & (y0[None, :] < y1[:, None])
    )
    i, j = np.nonzero(np.triu(hit, 1))
    return list(zip(i.tolist(), j.tolist()))


def repel_labels(ax, texts, *, max_iter: int = 300, rounds: int = 6) -> int:
    """Move overlapping labels apart (each pair pushed along the axis of least overlap), then
    widen the axes to hold them all, repeated until nothing overlaps. Returns the overlaps
    left (0 unless the iterations ran out)."""
    if len(texts) < 2:
        return 0
    fig = ax.figure
    for _ in range(rounds):
        fig.canvas.draw()
        inv = ax.transData.inverted()
        for _ in range(max_iter):
            b = _label_boxes(ax, texts)
            pairs = _overlaps(b)
            if not pairs:
                break
            shift = np.zeros((len(texts), 2))
            for i, j in pairs:
                dx = min(b[i, 2], b[j, 2]) - max(b[i, 0], b[j, 0])
                dy = min(b[i, 3], b[j, 3]) - max(b[i, 1], b[j, 1])
                ci, cj = (b[i, :2] + b[i, 2:]) / 2, (b[j, :2] + b[j, 2:]) / 2
                k = 1 if dy <= dx else 0  # push apart along the axis of least overlap
                step = (dy if k else dx) / 2 + 1
                sgn = np.sign(ci[k] - cj[k]) or (1 if i < j else -1)
                shift[i, k] += sgn * step
                shift[j, k] -= sgn * step
            for t, d in zip(texts, shift):
                if d.any():
                    x, y = ax.transData.transform(t.get_position())
                    t.set_position(inv.transform((x + d[0], y + d[1])))
        # make room for labels pushed past the edges (this rescales the axes: check again)
        b = _label_boxes(ax, texts)
        (x0, y0), (x1, y1) = inv.transform(b[:, :2].min(axis=0)), inv.transform(b[:, 2:].max(axis=0))
        lx0, lx1 = ax.get_xlim()
        ly0, ly1 = ax.get_ylim()
        if x0 >= lx0 and x1 <= lx1 and y0 >= ly0 and y1 <= ly1:
            break
        ax.set_xlim(min(lx0, x0), max(lx1, x1))
        ax.set_ylim(min(ly0, y0), max(ly1, y1))
    fig.canvas.draw()
    return len(overlapping_labels(ax, texts))


def plot_keyness(
    table: pd.DataFrame,
    *,
    top: int = 15,
    measure: str = "log_ratio",
    ax=None,
    title: str = "Keywords",
    n: int | None = None,
):
    """Diverging bars: the ``top`` strongest positive keywords (right) and negative ones (left)
    (``n=`` before 0.4.0).

    Parameters
    ----------
    table : DataFrame
        :func:`~discourse.stats.keyness.keyness` output.
    top : int
        The strongest ``top`` keywords on each side.
    measure : str
        The bar length: ``log_ratio`` (effect size, default) or ``LL``.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    n : int, optional
        The name of ``top`` before 0.4.0 (works until 0.5, with a ``FutureWarning``).
    """
    top = config.renamed(top, n, old="n", new="top", func="plot_keyness")
    pos = table[table["direction"] == "+"].nlargest(top, "LL")
    neg = table[table["direction"] == "-"].nlargest(top, "LL")
    both = pd.concat([pos.sort_values(measure, ascending=False), neg.sort_values(measure, ascending=False)])
    ax = _new_ax(ax, height=max(1.6, 0.16 * len(both) + 0.7))
    with style():
        if both.empty:
            ax.text(0.5, 0.5, "no keyword passes the threshold", ha="center", transform=ax.transAxes)
            set_title(ax, title)
            return ax
        y = np.arange(len(both))[::-1]
        colors = [OKABE_ITO[0] if d == "+" else OKABE_ITO[3] for d in both["direction"]]
        vals = both[measure].replace([np.inf, -np.inf], np.nan).fillna(0)
        ax.barh(y, vals, color=colors)
        ax.set_yticks(y, [for_matplotlib(str(f)) for f in both["feature"]], va="center")
        ax.axvline(0, color="black", linewidth=0.6)
        ax.set_xlabel(
            {"log_ratio": "Log ratio (effect size)", "LL": "Log-likelihood (LL)"}.get(measure, measure)
        )
        set_title(ax, title)
    return ax


def plot_heatmap(
    table: pd.DataFrame,
    *,
    ax=None,
    title: str = "",
    cbar_label: str = "",
    fmt: str = "{:.2f}",
    lower: pd.DataFrame | None = None,
    upper: pd.DataFrame | None = None,
):
    """A heatmap of a (rows × columns) table, values written in the cells; optional CI bounds.

    Parameters
    ----------
    table : DataFrame
        The values (rows × columns), labels from its index and columns.
    ax : matplotlib Axes, optional
        Draw into this axes (default: a new figure sized for a journal column).
    title : str
        The figure title (Arabic shaped and laid out right to left).
    cbar_label : str
        The colour bar label.
    fmt : str
        How each cell's value is written.
    lower, upper : DataFrame, optional
        Interval bounds written under each value (``[low, high]``).
    """
    ax = _new_ax(ax, width=PAGE_WIDTH, height=max(2.0, 0.3 * len(table) + 1.2))
    with style():
        im = ax.imshow(table.to_numpy(float), aspect="auto", cmap="cividis")
        ax.set_xticks(
            range(table.shape[1]), [for_matplotlib(str(c)) for c in table.columns], rotation=40, ha="right"
        )
        ax.set_yticks(range(table.shape[0]), [for_matplotlib(str(r)) for r in table.index], va="center")
        vmax = np.nanmax(table.to_numpy(float)) if table.size and table.notna().to_numpy().any() else 0
        for i in range(table.shape[0]):
            for j in range(table.shape[1]):
                v = table.iat[i, j]
                if pd.isna(v):
                    continue  # a cell without a value stays blank
                txt = fmt.format(v)
                if lower is not None and upper is not None:
                    txt += f"\n[{fmt.format(lower.iat[i, j])}, {fmt.format(upper.iat[i, j])}]"
                ax.text(
                    j,
                    i,
                    txt,
                    ha="center",
                    va="center",
                    fontsize=5,
                    color="white" if v < vmax * 0.6 else "black",
                )
        cb = ax.figure.colorbar(im, ax=ax, shrink=0.8)
        cb.set_label(cbar_label)
        set_title(ax, title)
    return ax
