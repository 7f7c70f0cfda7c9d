"""Command line: `kg build`, and the other commands as they are added."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.pipeline import DEFAULT_MODEL
from kg.reader import InputError


def _build(args: argparse.Namespace) -> int:
    """Exit 0 when a graph was written (bad inputs are skipped with a warning), 1 when no document could be
    read or the output cannot be written (earlier outputs are then left as they were), 2 for bad options."""
    from kg.api import build, check_output_folder

    try:
        check_output_folder(Path(args.out))
    except OSError as error:
        print(f"kg: error: cannot write to {args.out}: {error.strerror}", file=sys.stderr)
        return 1
    try:
        cache = None if args.no_cache else args.cache or Path(args.out) / ".kg-cache"
        graph = build(args.paths, model=args.model, patterns=args.patterns, progress=not args.quiet, cache=cache,
                      n_process=max(1, args.jobs))
    except (InputError, ValueError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"kg: error: {error.filename or ''}{': ' if error.filename else ''}{error.strerror or error}",
              file=sys.stderr)
        return 1
    for message in graph.skipped:
        print(f"kg: warning: skipped {message}", file=sys.stderr)
    for doc in _documents_without_entities(graph):
        print(f"kg: warning: {doc}: no entities found", file=sys.stderr)
    summary = graph.summary()
    if summary["documents"] == 0:
        print("kg: error: no document could be read; nothing was written", file=sys.stderr)
        return 1
    rdf = graph.to_rdflib()
    try:
        written = graph.write(args.out, rdf_formats=args.format, rdf=rdf)
    except OSError as error:
        print(f"kg: error: cannot write to {args.out}: {error.strerror or error}; no output was changed",
              file=sys.stderr)
        return 1
    triples = len(rdf)
    print(f"documents read: {summary['documents']}" + (f" ({len(graph.skipped)} skipped)" if graph.skipped else ""))
    for type_, count in summary["entities"].items():
        print(f"  {type_:<13} {count}")
    print(f"meetings: {summary['meetings']}   met links: {summary['met_links']}   triples: {triples}")
    print("wrote " + ", ".join(str(p) for p in written.values()))
    return 0


def _documents_without_entities(graph) -> list[str]:
    g = graph.to_networkx()
    mentioned = {m["doc"] for _, attrs in g.nodes(data=True) for m in attrs.get("mentions", [])}
    return sorted(set(g.graph.get("documents", {})) - mentioned)


def _evaluate(args: argparse.Namespace) -> int:
    from kg.evaluate import evaluate, format_report

    try:
        gold, kg_report, baseline_report = evaluate(args.gold, args.texts, graph=args.graph)
    except (InputError, ValueError, OSError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    print(format_report(gold, kg_report, baseline_report, verbose=args.verbose), end="")
    return 0


def _rdf_formats(text: str) -> list[str]:
    from kg.rdf import FORMATS

    formats = [f.strip() for f in text.split(",") if f.strip()]
    unknown = [f for f in formats if f not in FORMATS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown format {unknown[0]!r}; choose from {', '.join(FORMATS)}")
    return formats


def _query(args: argparse.Namespace) -> int:
    from kg.query import run_query

    params = dict(p.split("=", 1) for p in args.param)
    if not Path(args.graph).is_file():
        print(f"kg: error: no graph file {args.graph} (run `kg build` first, or give --graph)", file=sys.stderr)
        return 2
    try:
        table = run_query(Path(args.graph), args.query, params)
    except (ValueError, OSError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2
    if args.format == "csv":
        print(table.to_csv(index=False), end="")
    elif args.format == "json":
        print(table.to_json(orient="records", force_ascii=False, indent=1))
    else:
        print(table.fillna("").to_string(index=False, max_colwidth=48) if len(table) else "(no results)")
    return 0


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import serve

    try:
        return serve(args.graph, args.host, args.port)
    except (OSError, RuntimeError) as error:
        print(f"kg: error: {error}", file=sys.stderr)
        return 2


def _param(text: str) -> str:
    if "=" not in text:
        raise argparse.ArgumentTypeError(f"expected key=value, got {text!r}")
    return text


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
    build.add_argument("--format", type=_rdf_formats, default=["ttl"], metavar="LIST",
                       help="RDF formats, comma-separated, of ttl, jsonld, nt (graph.ttl is always written)")
    build.add_argument("--cache", metavar="DIR", help="per-document cache of parsed documents, so a rebuild "
                       "re-parses only changed ones (default: DIR/.kg-cache under --out)")
    build.add_argument("--no-cache", action="store_true", help="parse every document, read and write no cache")
    build.add_argument("--jobs", type=int, default=1, metavar="N",
                       help="parse in N processes (default 1; about 1.8x faster with 2 on a 2-core machine)")
    build.set_defaults(run=_build)
    evaluate = commands.add_parser("evaluate", help="precision, recall and F1 against gold annotations",
                                   description="Score kg (and a naive spaCy baseline) against hand-made gold "
                                   "annotations (format: gold/README.md): entities per type, person offices and "
                                   "countries, who met whom, meetings, dates and places.")
    evaluate.add_argument("texts", nargs="*", metavar="TEXT",
                          help="annotated texts or folders (default: the gold files' docs, looked up in seeds/)")
    evaluate.add_argument("--gold", required=True, metavar="DIR", help="folder of gold .json files")
    evaluate.add_argument("--graph", metavar="FILE", help="score this graph.json instead of building the texts")
    evaluate.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    evaluate.set_defaults(run=_evaluate)
    query = commands.add_parser("query", help="run a named SPARQL query or a .rq file on a built graph",
                                description="Run a SPARQL SELECT query on graph.ttl with the embedded Oxigraph "
                                "engine. Named queries: who-met-whom, meetings-about-topic (topic), person-profile "
                                "(person), agreements, timeline.")
    query.add_argument("query", metavar="NAME|FILE.rq", help="a named query, a .rq file or SPARQL text")
    query.add_argument("--graph", default="output/graph.ttl", metavar="FILE", help="default: output/graph.ttl")
    query.add_argument("--param", action="append", default=[], type=_param, metavar="KEY=VALUE",
                       help="bind a query variable, e.g. --param person='Kassym-Jomart Tokayev' (repeatable)")
    query.add_argument("--format", choices=("table", "csv", "json"), default="table")
    query.set_defaults(run=_query)
    serve = commands.add_parser("serve", help="a read-only SPARQL 1.1 HTTP endpoint (Oxigraph server)",
                                description="Serve a built graph at http://HOST:PORT/query until Ctrl-C.")
    serve.add_argument("--graph", default="output/graph.ttl", metavar="FILE", help="default: output/graph.ttl")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=7878)
    serve.set_defaults(run=_serve)
    return main


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("kg: interrupted; outputs already written were left as they were", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
