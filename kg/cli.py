"""Command line: `kg build`, and the other commands as they are added."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.pipeline import DEFAULT_MODEL
from kg.reader import InputError


def _build(args: argparse.Namespace) -> int:
    from kg.api import build

    try:
        graph = build(args.paths, model=args.model, patterns=args.patterns, progress=not args.quiet)
    except (InputError, ValueError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    for message in graph.skipped:
        print(f"kg: warning: skipped {message}", file=sys.stderr)
    summary = graph.summary()
    if summary["documents"] == 0:
        print("kg: error: no document could be read; nothing was written", file=sys.stderr)
        return 1
    try:
        written = graph.write(args.out)
    except OSError as error:
        print(f"kg: error: cannot write to {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    triples = len(graph.to_rdflib())
    print(f"documents read: {summary['documents']}" + (f" ({len(graph.skipped)} skipped)" if graph.skipped else ""))
    for type_, count in summary["entities"].items():
        print(f"  {type_:<13} {count}")
    print(f"meetings: {summary['meetings']}   met links: {summary['met_links']}   triples: {triples}")
    print("wrote " + ", ".join(str(p) for p in written.values()))
    return 0


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(prog="kg", description="Build knowledge graphs of who met whom, when, where "
                                   "and about what from diplomatic texts.")
    commands = main.add_subparsers(dest="command", required=True, metavar="COMMAND")
    build = commands.add_parser("build", help="build the graph of text files and folders",
                                description="Read .txt files (and folders of them), extract people, countries, "
                                "agreements, organisations, places and meetings, and write graph.ttl, graph.json, "
                                "graph.graphml and graph.html.")
    build.add_argument("paths", nargs="+", metavar="PATH", help="a .txt file or a folder searched for .txt files")
    build.add_argument("--out", default="output", metavar="DIR", help="folder to write into (default: output/)")
    build.add_argument("--model", default=DEFAULT_MODEL, metavar="NAME",
                       help=f"installed spaCy pipeline to use (default: {DEFAULT_MODEL})")
    build.add_argument("--patterns", metavar="FILE", help="extra EntityRuler patterns (JSONL) for your corpus")
    build.add_argument("--quiet", action="store_true", help="no progress bar")
    build.set_defaults(run=_build)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
