"""Arabic in figures: detect whether the rendering stack shapes Arabic, and give it what it needs.

matplotlib ≥ 3.11 (text laid out with libraqm) and Pillow built with raqm (the PyPI wheels)
join Arabic letters and lay text out right-to-left themselves: give them the logical string.
Older stacks draw letters unjoined and left-to-right: give them the string reshaped
(``arabic_reshaper``) and reordered (``python-bidi``). Doing both reverses the text, so the kit
*detects* the stack (by laying out test strings, once) instead of guessing from versions.

>>> for_matplotlib("بايدن") in ("بايدن", _visual("بايدن"))
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

__all__ = [
    "matplotlib_shapes_arabic",
    "pillow_shapes_arabic",
    "for_matplotlib",
    "for_pillow",
    "arabic_font_path",
    "register_fonts",
    "image_similarity",
    "render_pillow",
    "ARABIC_FAMILY",
]

ARABIC_FAMILY = "Noto Sans Arabic"


def arabic_font_path() -> Path:
    """The Noto Sans Arabic TrueType file shipped by the ``fontpkg-noto-sans-arabic`` package."""
    import fontpkg_noto_sans_arabic as pkg

    files = sorted((Path(pkg.ROOT) / "files").glob("*.ttf"))
    if not files:  # pragma: no cover
        raise FileNotFoundError(
            "fontpkg-noto-sans-arabic is installed without its font file; "
            "reinstall it (python3 tasks.py setup)."
        )
    return files[0]


@lru_cache(maxsize=1)
def register_fonts() -> str:
    """Make the shipped Arabic fonts known to matplotlib (no rcParams are changed)."""
    import fontpkg_amiri
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(arabic_font_path()))
    for f in sorted((Path(fontpkg_amiri.ROOT) / "files").glob("*.ttf")):
        font_manager.fontManager.addfont(str(f))
    return ARABIC_FAMILY


def _visual(s: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(s))


@lru_cache(maxsize=1)
def matplotlib_shapes_arabic() -> bool:
    """True if matplotlib joins Arabic letters and lays them out right-to-left by itself."""
    from matplotlib import ft2font

    font = ft2font.FT2Font(str(arabic_font_path()))
    if not hasattr(font, "_layout"):
        return False
    font.set_size(48, 72)
    flags = ft2font.LoadFlags.NO_HINTING

    def layout(s):
        return [(i.char, i.glyph_index, i.x) for i in font._layout(s, flags)]

    try:
        alone = {g for _, g, _ in layout("ب")}
        joined = {g for _, g, _ in layout("ببب")}
        order = layout("اب")
    except Exception:  # pragma: no cover - a stack without raqm
        return False
    shaped = bool(joined - alone)
    x_alef = max(x for c, _, x in order if c == "ا")
    x_ba = max(x for c, _, x in order if c == "ب")
    return shaped and x_alef > x_ba


def image_similarity(a, b) -> float:
    """Pearson correlation of two greyscale renderings, each cropped to its ink and resized.

    1.0 = the same picture. Used to check a rendering against one known to be right.
    """
    import numpy as np
    from PIL import Image, ImageOps

    def prep(img):
        img = ImageOps.grayscale(img) if img.mode != "L" else img
        if np.asarray(img).mean() > 127:  # dark text on light ground: invert
            img = ImageOps.invert(img)
        box = img.point(lambda p: 255 if p > 64 else 0).getbbox()
        img = img.crop(box) if box else img
        return np.asarray(img.resize((240, 60), Image.Resampling.BILINEAR), float).ravel()

    x, y = prep(a), prep(b)
    if x.std() == 0 or y.std() == 0:
        return 0.0
    return float(np.corrcoef(x, y)[0, 1])


def render_pillow(text: str, *, engine: str = "raqm", size: int = 64):
    """Draw ``text`` with Pillow in the shipped Arabic font (white on black, greyscale)."""
    from PIL import Image, ImageDraw, ImageFont

    layout = ImageFont.Layout.RAQM if engine == "raqm" else ImageFont.Layout.BASIC
    font = ImageFont.truetype(str(arabic_font_path()), size, layout_engine=layout)
    box = ImageDraw.Draw(Image.new("L", (1, 1))).textbbox((0, 0), text, font=font)
    img = Image.new("L", (box[2] + 2 * size, box[3] + size), 0)
    ImageDraw.Draw(img).text((size, size // 2), text, font=font, fill=255)
    return img


@lru_cache(maxsize=1)
def pillow_shapes_arabic() -> bool:
    """True if Pillow (hence wordcloud) shapes Arabic and lays it out right-to-left by itself.

    Draws a word with Pillow's raqm engine and checks that it looks like the word reshaped
    and reordered by hand (drawn without shaping), and not like the unshaped logical string.
    """
    from PIL import features

    if not features.check("raqm"):
        return False
    word = "الكاظمي"
    raqm = render_pillow(word)
    known = render_pillow(_visual(word), engine="basic")
    wrong = render_pillow(word, engine="basic")
    return image_similarity(raqm, known) > max(0.9, image_similarity(raqm, wrong))


# numbers joined by + - / : (5+1, 2021-2022, 3/4): the layout engine behind matplotlib puts
# them in reverse order inside Arabic text ("1+5"); a left-to-right isolate keeps them as written
_NUMBER_RUN_RE = re.compile(r"\d+(?:\s?[-+/:×–]\s?\d+)+")


def _isolate_numbers(s: str) -> str:
    if not any("\u0600" <= ch <= "\u06ff" for ch in s):
        return s
    return _NUMBER_RUN_RE.sub(lambda m: "\u2066" + m.group(0) + "\u2069", s)


def for_matplotlib(s: str) -> str:
    """The string to give matplotlib for Arabic text ``s`` (logical order on a shaping stack,
    with runs like ``5+1`` or ``2021-2022`` kept left to right)."""
    return _isolate_numbers(s) if matplotlib_shapes_arabic() else _visual(s)


def for_pillow(s: str) -> str:
    """The string to give Pillow/wordcloud for Arabic text ``s``."""
    return s if pillow_shapes_arabic() else _visual(s)
