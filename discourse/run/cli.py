"""The ``discourse`` command line: ``prepare`` a corpus, ``run`` the notebooks on it."""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

from ..errors import DiscourseError

FIELD_OPTIONS = ("text", "title", "date", "outlet", "author", "url", "id")


def _add_corpus_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "corpus",
        nargs="*",
        type=Path,
        help="files or folders (.txt .html .docx .rtf .pdf .csv .tsv .json .jsonl .parquet .xlsx .ods .zip, "
        "or one of these compressed: .gz .bz2 .xz); "
        "default: data/raw/",
    )
    for f in FIELD_OPTIONS:
        p.add_argument(f"--{f}-field", dest=f"{f}_field", metavar="F", help=f"table column holding the {f}")
    p.add_argument("--encoding", help="force a text encoding instead of detecting it")
    p.add_argument(
        "--headline",
        choices=("auto", "yes", "no"),
        default="auto",
        help="plain-text files: is the first line a headline? (default: when it looks like one)",
    )
    p.add_argument(
        "--on-error",
        choices=("raise", "warn"),
        default="raise",
        help="malformed rows and JSON lines, unreadable zip members: stop (default) or warn and skip",
    )
    p.add_argument(
        "--delimiter",
        metavar="C",
        help="CSV field separator (default ','; e.g. ';' for spreadsheets saved with European settings)",
    )
    p.add_argument(
        "--follow-links",
        action="store_true",
        help="read links in corpus folders that point outside them (default: skip)",
    )


def _fields(args) -> dict:
    out = {f"{f}_field": getattr(args, f"{f}_field") for f in FIELD_OPTIONS}
    out["encoding"] = args.encoding
    out["on_error"] = args.on_error
    out["headline"] = {"auto": None, "yes": True, "no": False}[args.headline]
    out["delimiter"] = args.delimiter
    out["follow_links"] = args.follow_links or None
    return {k: v for k, v in out.items() if v is not None}


def _cmd_prepare(args) -> int:
    from .pipeline import prepare

    prep = prepare(
        args.corpus or None,
        args.out,
        split_clitics=args.split_clitics,
        roots=args.roots,
        force=args.force,
        token_cache=not args.no_token_cache,
        **_fields(args),
    )
    print(prep.summary())
    return 0


def _cmd_run(args) -> int:
    from .runner import run_notebooks

    params = {}
    for name, value in args.parameter or []:
        params[name] = value
    run_notebooks(args.corpus or None, out=args.out, fields=_fields(args), parameters=params, only=args.only)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="discourse", description="Media discourse analysis of Arabic news.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("prepare", help="ingest, clean, tokenize and lemmatize a corpus")
    _add_corpus_args(p)
    p.add_argument("--out", type=Path, default=None, help="output folder (default data/processed/default)")
    p.add_argument("--split-clitics", action="store_true", help="clitics get rows of their own")
    p.add_argument("--roots", action="store_true", help="add an ISRI root column")
    p.add_argument("--force", action="store_true", help="recompute even if up to date")
    p.add_argument(
        "--no-token-cache",
        action="store_true",
        help="tokenize every document again instead of taking the ones seen before from the token cache",
    )
    p.set_defaults(func=_cmd_prepare)

    r = sub.add_parser("run", help="execute all notebooks on a corpus (figures and tables)")
    _add_corpus_args(r)
    r.add_argument(
        "--out", type=Path, default=None, help="output folder (default reports/ for the default corpus)"
    )
    r.add_argument(
        "-p",
        "--parameter",
        nargs=2,
        action="append",
        metavar=("NAME", "VALUE"),
        help="a notebook parameter (repeatable), e.g. -p top_n 30",
    )
    r.add_argument("--only", nargs="*", help="run only notebooks whose name starts with these")
    r.set_defaults(func=_cmd_run)

    args = parser.parse_args(argv)
    out = getattr(args, "out", None)
    if out is not None and Path(out).exists() and not Path(out).is_dir():
        print(
            f"discourse: error: --out {out} is a file; give a folder (it is created if missing).",
            file=sys.stderr,
        )
        return 2
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("default")
            # files a library leaves open (farahidi's lexicon) are not the user's concern
            warnings.simplefilter("ignore", ResourceWarning)
            warnings.showwarning = _one_line_warning
            return args.func(args)
    except (DiscourseError, FileNotFoundError, ValueError) as exc:
        print(f"discourse: error: {exc}", *getattr(exc, "__notes__", ()), sep="\n", file=sys.stderr)
        return 2
    except PermissionError as exc:
        print(
            f"discourse: error: {exc.filename or exc}: not allowed to write or read there "
            "(choose another --out, or check the file's permissions).",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(
            "discourse: interrupted. Kept: the lemmas analysed so far (in the lemma cache) "
            "and any prepared corpus whose manifest.json was written; a half-written one is "
            "prepared again. Run the same command to go on.",
            file=sys.stderr,
        )
        return 130


def _one_line_warning(message, category, filename, lineno, file=None, line=None) -> None:
    """Warnings as one clean line for the command line, without the kit's source line."""
    print(f"discourse: warning: {message}", file=sys.stderr if file is None else file)


if __name__ == "__main__":
    sys.exit(main())
