"""Arabic normalization as small ``str -> str`` functions and a configurable pipeline.

Each function does one job; :func:`make_normalizer` chains them. The kit never overwrites
the original token: normalized forms go into other columns (``norm``).

Examples
--------
>>> remove_diacritics("وَالْاِنْسِحَابُ")
'والانسحاب'
>>> normalize_alef("إيران")
'ايران'
>>> normalize("الأمريكيّة")
'الامريكية'
"""

from __future__ import annotations

import re
import unicodedata
from typing import Callable, Iterable, Sequence

__all__ = [
    "nfkc",
    "remove_diacritics",
    "remove_tatweel",
    "normalize_alef",
    "normalize_hamza",
    "normalize_alef_maqsura",
    "normalize_teh_marbuta",
    "normalize_digits",
    "normalize_punctuation",
    "STEPS",
    "DEFAULT_STEPS",
    "make_normalizer",
    "normalize",
    "has_arabic",
    "ARABIC_LETTER_RE",
    "strict_form",
    "loose_form",
    "loose",
]

# Harakat, tanwin, shadda, sukun, extended marks (U+0610–U+061A, U+064B–U+065F),
# dagger alef (U+0670) and Quranic annotation marks (U+06D6–U+06ED).
_DIACRITICS_RE = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]")
_TATWEEL = "\u0640"
_ALEF_RE = re.compile("[\u0622\u0623\u0625\u0671\u0672\u0673]")  # آ أ إ ٱ ٲ ٳ → ا
_HAMZA_TABLE = str.maketrans({"\u0624": "\u0648", "\u0626": "\u064a"})  # ؤ→و ئ→ي
_DIGITS_TABLE = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669"
    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
    "01234567890123456789",
)
_PUNCT_TABLE = str.maketrans(
    {
        "\u060c": ",",
        "\u061b": ";",
        "\u061f": "?",
        "\u066a": "%",
        "\u066b": ".",
        "\u066c": ",",
        "\u06d4": ".",
        "\u00ab": '"',
        "\u00bb": '"',
        "\u201c": '"',
        "\u201d": '"',
    }
)
ARABIC_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06fa-\u06ff]")


def nfkc(text: str) -> str:
    """Unicode NFKC: folds Arabic presentation forms and ligatures (ﻻ → لا, ﷲ → الله)."""
    return unicodedata.normalize("NFKC", text)


def remove_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun and the dagger alef: ``عَلَى`` → ``على``."""
    return _DIACRITICS_RE.sub("", text)


def remove_tatweel(text: str) -> str:
    """Remove the kashida/tatweel (U+0640): ``الـعراق`` → ``العراق``."""
    return text.replace(_TATWEEL, "")


def normalize_alef(text: str) -> str:
    """Alef with hamza or madda, and alef wasla, to bare alef: ``أ إ آ ٱ`` → ``ا``."""
    return _ALEF_RE.sub("\u0627", text)


def normalize_hamza(text: str) -> str:
    """Hamza on waw or ya to the bare letter: ``ؤ`` → ``و``, ``ئ`` → ``ي`` (aggressive; off by default)."""
    return text.translate(_HAMZA_TABLE)


def normalize_alef_maqsura(text: str) -> str:
    """Alef maqsura to ya: ``على`` → ``علي`` (conflates some words; off by default)."""
    return text.replace("\u0649", "\u064a")


def normalize_teh_marbuta(text: str) -> str:
    """Final ta marbuta to ha: ``حكومة`` → ``حكومه`` (conflates some words; off by default)."""
    return text.replace("\u0629", "\u0647")


def normalize_digits(text: str) -> str:
    """Arabic-Indic and Persian digits to ASCII digits: ``٢٠٢١`` → ``2021``."""
    return text.translate(_DIGITS_TABLE)


def normalize_punctuation(text: str) -> str:
    """Arabic punctuation to ASCII: ``، ؛ ؟ ٪`` → ``, ; ? %``; guillemets and curly quotes to ``"``."""
    return text.translate(_PUNCT_TABLE)


STEPS: dict[str, Callable[[str], str]] = {
    "nfkc": nfkc,
    "diacritics": remove_diacritics,
    "tatweel": remove_tatweel,
    "alef": normalize_alef,
    "hamza": normalize_hamza,
    "alef_maqsura": normalize_alef_maqsura,
    "teh_marbuta": normalize_teh_marbuta,
    "digits": normalize_digits,
    "punctuation": normalize_punctuation,
}
#: The ``norm`` column: safe folds that do not merge distinct words.
DEFAULT_STEPS: tuple[str, ...] = ("nfkc", "diacritics", "tatweel", "alef", "digits", "punctuation")
_LOOSE_STEPS: tuple[str, ...] = DEFAULT_STEPS + ("alef_maqsura", "teh_marbuta")


def make_normalizer(steps: Iterable[str] = DEFAULT_STEPS) -> Callable[[str], str]:
    """Chain named steps (keys of :data:`STEPS`) into one ``str -> str`` function.

    Parameters
    ----------
    steps : iterable of str
        Names of normalization steps, applied in this order (default :data:`DEFAULT_STEPS`);
        an unknown name is refused with the list of known ones.

    Examples
    --------
    >>> make_normalizer(["diacritics", "alef_maqsura"])("عَلَى")
    'علي'
    """
    steps = tuple(steps)
    unknown = [s for s in steps if s not in STEPS]
    if unknown:
        raise ValueError(f"Unknown normalization step(s) {unknown}; choose from {sorted(STEPS)}.")
    funcs = [STEPS[s] for s in steps]

    def _normalize(text: str) -> str:
        for f in funcs:
            text = f(text)
        return text

    _normalize.steps = steps  # type: ignore[attr-defined]
    return _normalize


def normalize(text: str, steps: Sequence[str] = DEFAULT_STEPS) -> str:
    """Normalize one string with the given steps (default: :data:`DEFAULT_STEPS`)."""
    return make_normalizer(steps)(text)


def has_arabic(text: str) -> bool:
    """True if the text holds at least one Arabic letter."""
    return ARABIC_LETTER_RE.search(text) is not None


# The one home of "loose" spelling: the lemma gold protocol compares strictly (no diacritics,
# dagger alef or tatweel) or loosely (also أ إ آ ٱ → ا, ى → ي and a final ة → ه); lexicons and
# the actor gazetteer match words in the loose form of the kit's normalized text.


def strict_form(s: str) -> str:
    """The gold protocol's strict form: diacritics, dagger alef and tatweel removed."""
    return remove_diacritics(str(s)).replace("\u0640", "")


def loose_form(s: str) -> str:
    """The gold protocol's loose form: :func:`strict_form`, alef variants → ا, ى → ي and a
    final ة → ه.

    >>> loose_form("الحكومة") == loose_form("الحكومه")
    True
    """
    s = normalize_alef_maqsura(normalize_alef(strict_form(s)))
    return re.sub("\u0629$", "\u0647", s)


def loose(text: str) -> str:
    """The form words and cues are compared in: the kit's normalization (:data:`DEFAULT_STEPS`)
    followed by :func:`loose_form`.

    >>> loose("لإيرانَ") == loose("لايران")
    True
    """
    return loose_form(normalize(str(text)))


def __getattr__(name: str):
    if name == "LOOSE_STEPS":  # never used by the kit, and not what the gold protocol does
        import warnings

        warnings.warn(
            "normalize.LOOSE_STEPS is deprecated (the kit never used it); the loose "
            "comparison is normalize.loose() / loose_form(). It goes in 0.5.",
            FutureWarning,
            stacklevel=2,
        )
        return _LOOSE_STEPS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
