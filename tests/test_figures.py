"""Arabic in figures: shaped, right-to-left, never reversed — checked on rendered pixels."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pytest  # noqa: E402
from PIL import Image  # noqa: E402

import discourse as dc  # noqa: E402
from discourse.viz.arabic import (  # noqa: E402
    _visual,
    arabic_font_path,
    for_matplotlib,
    for_pillow,
    image_similarity,
    matplotlib_shapes_arabic,
    pillow_shapes_arabic,
    register_fonts,
    render_pillow,
)

WORDS = ["الكاظمي", "الميليشيات", "واشنطن", "انسحاب"]


def render_matplotlib(text: str) -> Image.Image:
    register_fonts()
    fig = plt.figure(figsize=(6, 1.5), dpi=100)
    fig.text(0.5, 0.5, for_matplotlib(text), fontsize=40, ha="center", va="center", family="Noto Sans Arabic")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")  # black text on white (image_similarity inverts it)
    plt.close(fig)
    return Image.open(buf).convert("L")


@pytest.mark.skipif(not pillow_shapes_arabic(), reason="this Pillow has no raqm: no known-good reference")
@pytest.mark.parametrize("word", WORDS)
def test_matplotlib_labels_are_shaped_and_rtl(word):
    """A label drawn by matplotlib (through the kit) looks like Pillow+raqm's rendering of the
    word, and not like the word reversed or with unjoined letters."""
    got = render_matplotlib(word)
    good = render_pillow(word)
    reversed_ = render_pillow(word[::-1])
    unjoined = render_pillow(word, engine="basic")  # logical order, no shaping
    s_good = image_similarity(got, good)
    assert s_good > 0.85, s_good
    assert s_good > image_similarity(got, reversed_) + 0.2
    assert s_good > image_similarity(got, unjoined) + 0.2


def test_the_check_itself_catches_a_reversed_label():
    """Double reshaping (the classic bug) is detected by the same comparison."""
    if not matplotlib_shapes_arabic():
        pytest.skip("this matplotlib does not shape Arabic itself")
    word = "الكاظمي"
    register_fonts()
    fig = plt.figure(figsize=(6, 1.5), dpi=100)
    fig.text(0.5, 0.5, _visual(word), fontsize=40, ha="center", va="center", family="Noto Sans Arabic")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    wrong = Image.open(buf).convert("L")
    assert image_similarity(wrong, render_pillow(word)) < 0.8


def test_stack_detection_matches_what_is_installed():
    from PIL import features

    assert for_pillow("بايدن") == ("بايدن" if pillow_shapes_arabic() else _visual("بايدن"))
    assert pillow_shapes_arabic() == features.check("raqm")  # PyPI wheels ship raqm
    assert matplotlib_shapes_arabic() == (
        tuple(int(x) for x in matplotlib.__version__.split(".")[:2]) >= (3, 11)
    )
    assert arabic_font_path().suffix == ".ttf"


def test_no_global_state_changed_on_import():
    import importlib

    before = dict(matplotlib.rcParams)
    importlib.reload(dc.viz.figures)
    assert dict(matplotlib.rcParams) == before


def test_save_figure_writes_pdf_with_truetype_svg_png(tmp_path, seed_tokens):
    freq = dc.frequency(seed_tokens, remove_stop=True)
    ax = dc.plot_top_features(freq, top=10)
    paths = dc.save_figure(ax.figure, "t", folder=tmp_path)
    assert [p.suffix for p in paths] == [".pdf", ".svg", ".png"]
    pdf = paths[0].read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf and b"/Type3" not in pdf
    assert paths[1].read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
    png = Image.open(paths[2])
    assert png.format == "PNG" and png.info["dpi"][0] == pytest.approx(300, abs=1)
    plt.close("all")


def test_wordcloud_draws_an_image_in_the_arabic_font(seed_tokens):
    ax = dc.plot_wordcloud(dc.frequency(seed_tokens, remove_stop=True), top=30)
    img = ax.images[0].get_array()
    assert img.shape[0] > 100 and img.std() > 0
    plt.close("all")


def _pdf_fonts(path) -> set[str]:
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(path).pages:
        for f in page["/Resources"].get("/Font", {}).values():
            f = f.get_object()
            descendants = f.get("/DescendantFonts")
            desc = (descendants[0].get_object() if descendants else f).get("/FontDescriptor")
            embedded = desc is not None and any(
                k in desc.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts.add((str(f["/BaseFont"]).split("+")[-1], embedded))
    return fonts


def test_every_figure_sets_arabic_in_one_embedded_typeface(tmp_path):
    import networkx as nx
    import pandas as pd

    figs = {}
    with dc.style():
        figs["bars"] = dc.plot_bars(
            ["الكاظمي", "الولايات المتحدة", "مجموعة 5+1"], [3, 2, 1], title="أهم الكلمات"
        ).figure
        g = nx.Graph()
        g.add_edge("انسحاب", "القوات", weight=3)
        g.add_edge("انسحاب", "العراق", weight=2)
        figs["network"] = dc.plot_network(g, title="شبكة").figure
        table = pd.DataFrame([[0.1, 0.5], [0.3, 0.2]], index=["عكاظ", "سبق"], columns=["صراع", "اقتصاد"])
        figs["heatmap"] = dc.plot_heatmap(table, title="الأطر").figure
    for name, fig in figs.items():
        pdf = dc.save_figure(fig, name, folder=tmp_path, formats=("pdf",))[0]
        fonts = _pdf_fonts(pdf)
        assert all(embedded for _, embedded in fonts), (name, fonts)
        assert {f for f, _ in fonts} == {"NotoSansArabic-Regular"}, (name, fonts)
    plt.close("all")


def test_numbers_with_operators_keep_their_order_in_arabic_labels():
    from discourse.viz.arabic import matplotlib_shapes_arabic

    label = for_matplotlib("مجموعة 5+1 عام 2021-2022")
    if matplotlib_shapes_arabic():
        assert "\u20665+1\u2069" in label and "\u20662021-2022\u2069" in label
    assert for_matplotlib("Biden 5+1") in ("Biden 5+1",)  # no Arabic: left alone


def test_row_labels_sit_on_their_rows():
    """The row labels of the bar, keyword, dispersion and heatmap figures are centred on their
    rows. matplotlib's default vertical alignment of y tick labels, "center_baseline", centres the
    line box of the Arabic font, which its marks make tall, and drew every label about 1 mm (4 px
    at 100 dpi) below its bar (0.4.68)."""
    import pandas as pd

    with dc.style():
        axes = {
            "bars": dc.plot_bars(["الكاظمي", "NOUN", "الولايات المتحدة"], [3, 2, 1]),
            "keyness": dc.plot_keyness(
                pd.DataFrame(
                    {
                        "feature": ["إيران", "اتفاق", "سعر"],
                        "direction": ["+", "+", "-"],
                        "LL": [30.0, 20.0, 10.0],
                        "log_ratio": [2.0, 1.0, -1.5],
                    }
                )
            ),
            "dispersion": dc.plot_dispersion(
                pd.DataFrame({"feature": ["إيران", "إيران", "NOUN"], "position": [0.1, 0.5, 0.7]})
            ),
            "heatmap": dc.plot_heatmap(pd.DataFrame([[0.1, 0.5], [0.3, 0.2]], index=["عكاظ", "سبق"])),
        }
        for name, ax in axes.items():
            fig = ax.figure
            fig.canvas.draw()
            renderer = fig.canvas.get_renderer()
            labels = ax.get_yticklabels()
            assert labels, name
            for label, y in zip(labels, ax.get_yticks()):
                box = label.get_window_extent(renderer)
                row = ax.transData.transform((0, y))[1]
                assert abs((box.y0 + box.y1) / 2 - row) < 0.5, (name, label.get_text())
    plt.close("all")
