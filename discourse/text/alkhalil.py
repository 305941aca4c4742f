"""AlKhalil Morpho Sys 2 (the ``farahidi`` package), with its stem matching indexed.

For every segment of a word, ``farahidi`` tries each unvoweled stem pattern of the segment's
length (up to about 1,000 for nouns) and keeps those whose fixed letters match the stem: one
hamza normalization and one letter-by-letter comparison per pattern, which is most of its time
on a new word. :class:`Analyzer` does the same matching through an index built once per word
class and length: patterns grouped by the positions of their fixed letters, looked up by the
stem's letters at those positions. Everything after the match is ``farahidi``'s own code, and
the candidates are taken in ``farahidi``'s order, so the analyses are the same (a test compares
them with plain ``farahidi`` on a sample of words). It overrides a private method, so it is
used only with the farahidi releases it was checked against (:data:`VERIFIED`).
"""

from __future__ import annotations

import farahidi as _farahidi
from farahidi import Analyzer as _Farahidi
from farahidi import normalize as _N

#: The farahidi releases whose ``_possible_solutions`` this module reproduces (checked by
#: comparing every analysis with plain farahidi). With any other release the index is not used
#: and farahidi's own matching runs: slower, never different.
VERIFIED = ("0.4.0",)

#: Letters that stand for a root consonant in a pattern (any letter of the stem matches them).
_ROOT_SLOTS = frozenset("فعل")


#: farahidi's own functions that :func:`remember_pure_functions` replaced, by module and name
_ORIGINALS: dict[tuple[object, str], object] = {}


def remember_pure_functions() -> None:
    """Make farahidi keep the answers of three functions that depend on their arguments alone.

    - ``correct_hamza`` (a voweled word with its hamzas on their carriers), called for every
      candidate lemma and voweled form: the forms of a corpus share most of them (one call in
      six is new on the new forms of two SaudiNewsNet days).
    - ``decode_noun``, ``decode_verb``: the features of a part-of-speech record, read from the
      lexicon by its number (a few hundred numbers; farahidi only reads the dict it returns).

    Same answers, less time: used only with the farahidi releases of :data:`VERIFIED`, and
    :func:`plain_functions` puts farahidi's own back (the test that compares analyses with
    plain farahidi runs it that way)."""
    if getattr(_farahidi, "__version__", None) not in VERIFIED or _ORIGINALS:
        return
    import functools

    from farahidi import analyzer as _analyzer
    from farahidi import vowelize as _vowelize

    hamza = functools.lru_cache(maxsize=1 << 17)(_N.correct_hamza)
    for module, name, new in (
        (_N, "correct_hamza", hamza),
        (_vowelize, "correct_hamza", hamza),
        (_analyzer, "decode_noun", _by_number(_analyzer.decode_noun)),
        (_analyzer, "decode_verb", _by_number(_analyzer.decode_verb)),
    ):
        _ORIGINALS[module, name] = getattr(module, name)
        setattr(module, name, new)


def _by_number(decode):
    """``decode(lex, number)`` remembered by number (every Lexicon reads the same tables)."""
    memo: dict[int, dict] = {}

    def decoded(lex, number):
        found = memo.get(number)
        if found is None:
            found = memo[number] = decode(lex, number)
        return found

    return decoded


def plain_functions() -> None:
    """Undo :func:`remember_pure_functions`: farahidi's own functions again."""
    for (module, name), original in _ORIGINALS.items():
        setattr(module, name, original)
    _ORIGINALS.clear()


class Analyzer(_Farahidi):
    """:class:`farahidi.Analyzer` with indexed stem-pattern matching and the answers of its pure
    functions remembered (same analyses, faster)."""

    def __init__(self) -> None:
        super().__init__()
        self._pattern_index: dict[tuple[str, int], list] = {}
        remember_pure_functions()

    def _patterns(self, cat: str, length: int) -> list:
        """``[(positions, {letters: [pattern number, …]})]`` for the stem patterns of ``cat``
        and ``length``, and the patterns with their normalized spelling."""
        key = (cat, length)
        index = self._pattern_index.get(key)
        if index is None:
            entries = self.lex.unvoweled_stems(cat, length)
            groups: dict[tuple[int, ...], dict[tuple[str, ...], list[int]]] = {}
            normalized = []
            for i, unv in enumerate(entries):
                val = unv["val"]
                pattern = val[0] + _N.normalize_hamza(val[1:])
                normalized.append(pattern)
                fixed = tuple(j for j, ch in enumerate(pattern[:length]) if ch not in _ROOT_SLOTS)
                letters = tuple(pattern[j] for j in fixed)
                groups.setdefault(fixed, {}).setdefault(letters, []).append(i)
            index = [list(groups.items()), entries, normalized]
            self._pattern_index[key] = index
        return index

    def _possible_solutions(self, seg, cat: str, cache: dict) -> dict:
        if getattr(_farahidi, "__version__", None) not in VERIFIED:
            return super()._possible_solutions(seg, cat, cache)
        stem1 = seg.stem
        if stem1 in cache:
            return cache[stem1]
        lex = self.lex
        stem = stem1[0] + _N.normalize_hamza(stem1[1:]) if stem1 else stem1
        groups, entries, normalized = self._patterns(cat, len(stem))
        hits: list[int] = []
        for fixed, by_letters in groups:
            found = by_letters.get(tuple(stem[j] for j in fixed))
            if found:
                hits.extend(found)
        hits.sort()  # farahidi's order of patterns
        result: dict[str, dict] = {}
        norm_stem = _N.normalize_hamza(stem)
        len_stem = len(stem1)
        for i in hits:
            unv = entries[i]
            s_unvoweled = normalized[i]
            iroots = self._get_possible_roots(stem, unv["rules"], cat)
            if not iroots:
                continue
            roots_map: dict[str, list[dict]] = {}
            add = False
            for root in iroots:
                val = _N.word_from_root_and_pattern(root, s_unvoweled)
                root_ent = lex.root_entity(cat, root)
                if root_ent is None:
                    continue
                id_root = root_ent.get(f"len{len_stem}") if 1 <= len_stem <= 12 else None
                if id_root and _N.normalize_hamza(val) == norm_stem:
                    res = self._get_info_result(id_root, unv["ids"], len_stem, cat)
                    if res:
                        roots_map[root] = res
                        add = True
            if add:
                result[unv["val"]] = roots_map
        cache[stem1] = result
        return result
