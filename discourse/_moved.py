"""Old module paths (before 0.4.0 the modules sat flat in ``discourse/``) keep working for one
release: ``import discourse.corpus`` gives :mod:`discourse.io.corpus` with a ``FutureWarning``
naming the new path. The flat API (``dc.read_corpus``) is unchanged and needs none of this."""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys
import types
import warnings

#: old module name → new module name, both under ``discourse.``
MOVED = {
    "corpus": "io.corpus",
    "documents": "io.documents",
    "textio": "io.textio",
    "clean": "io.clean",
    "normalize": "text.normalize",
    "segment": "text.segment",
    "tokenize": "text.tokenize",
    "stopwords": "text.stopwords",
    "lemmatize": "text.lemmatize",
    "lemma_rules": "text.lemma_rules",
    "lemma_table": "text.lemma_table",
    "evaluate": "text.lemma_eval",
    "frequency": "stats.frequency",
    "dispersion": "stats.dispersion",
    "kwic": "stats.kwic",
    "collocation": "stats.collocation",
    "keyness": "stats.keyness",
    "_select": "stats._select",
    "lookup": "stats.lookup",
    "actors": "framing.actors",
    "attribution": "framing.attribution",
    "stance": "framing.stance",
    "inductive": "framing.inductive",
    "lexicon": "framing.lexicon",
    "framing_eval": "framing.evaluate",
    "validation": "framing.validation",
    "plotting": "viz.figures",
    "arabic_display": "viz.arabic",
    "display": "viz.notebook",
    "cli": "run.cli",
    "runner": "run.runner",
    "distributed": "run.distributed",
    "pipeline": "run.pipeline",
}


class _Alias(importlib.abc.Loader):
    def __init__(self, old: str, new: str):
        self.old, self.new = old, new

    def create_module(self, spec):
        warnings.warn(
            f"discourse.{self.old} is now discourse.{self.new}; the old name works until version 0.5.",
            FutureWarning,
            stacklevel=2,
        )
        return importlib.import_module(f"discourse.{self.new}")

    def exec_module(self, module):
        pass


class _MovedFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        head, _, old = fullname.partition(".")
        if head != "discourse" or old not in MOVED:
            return None
        return importlib.util.spec_from_loader(fullname, _Alias(old, MOVED[old]))


class _Package(types.ModuleType):
    """The ``discourse`` package: importing an old path (``discourse.kwic``) makes Python set
    the package attribute of that name to the module; where the name is a function of the flat
    API (``dc.kwic``), the function stays."""

    def __setattr__(self, name, value):
        current = self.__dict__.get(name)
        if (
            name in MOVED
            and isinstance(value, types.ModuleType)
            and current is not None
            and not isinstance(current, types.ModuleType)
        ):
            return
        super().__setattr__(name, value)


def install() -> None:
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
    sys.modules["discourse"].__class__ = _Package
