"""Time the who-met-whom query with pyoxigraph (kg's engine) and rdflib's own SPARQL on synthetic graphs.

The graphs are NetworkX graphs in kg's schema, exported by kg.rdf.to_rdf, so their RDF has exactly the
shape of a real build (meetings, attendees, parties, topics, evidence annotations, mentions, met links).
rdflib runs in a forked child that is killed after --timeout seconds. Results replace the "## SPARQL"
section of benchmarks/RESULTS.md.

    .venv/bin/python benchmarks/bench_sparql.py [--sizes 10000,100000,1000000] [--timeout 60]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import re
import time
from itertools import combinations
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import rdflib

from kg.query import named_queries, to_store
from kg.rdf import to_rdf

RESULTS = Path(__file__).with_name("RESULTS.md")
KINDS = ["summit", "foreign-ministers-meeting", "visit", "telephone-talk", "other"]
# Measured on this generator: each meeting with its evidence and its share of people and links, and the
# fixed part (countries, documents, topics).
TRIPLES_PER_MEETING, FIXED_TRIPLES = 51, 4600


def synthetic_graph(triples: int, seed: int = 7) -> nx.MultiDiGraph:
    """A graph in kg's schema of about `triples` RDF triples."""
    rng = random.Random(seed)
    meetings = max(10, (triples - FIXED_TRIPLES) // TRIPLES_PER_MEETING)
    people, countries, places = max(4, meetings // 4), 200, max(10, meetings // 20)
    graph = nx.MultiDiGraph(documents={f"doc{i}.txt": {"title": f"Report {i}", "year": "2019"} for i in range(50)},
                            meeting_counts=[], topics={f"topic:t{i}": f"Topic {i}" for i in range(20)})

    def evidence(i: int) -> dict:
        return {"doc": f"doc{i % 50}.txt", "start": i, "end": i + 30, "quote": f"quote {i}", "sentence": f"sentence {i}"}

    for c in range(countries):
        graph.add_node(f"country:C{c}", type="Country", label=f"Country {c}", aliases=[], mentions=[evidence(c)],
                       iso=f"C{c}", wikidata=f"Q{c}", historical=False, meeting_count=0)
    for p in range(places):
        graph.add_node(f"place:p{p}", type="Place", label=f"City {p}", aliases=[], mentions=[evidence(p)])
    for p in range(people):
        graph.add_node(f"person:p{p}", type="Person", label=f"Person {p}", aliases=[], offices=["Minister"],
                       mentions=[evidence(p)], meeting_count=0)
        graph.add_edge(f"person:p{p}", f"country:C{p % countries}", key="represents", relation="represents")
    for t in range(20):
        graph.add_node(f"topic:t{t}", type="Topic", label=f"Topic {t}")
    for m in range(meetings):
        meeting = f"meeting:m{m}"
        graph.add_node(meeting, type="Meeting", label=f"Meeting {m}", kind=rng.choice(KINDS), cameo="040",
                       date=f"20{rng.randint(10, 24)}-{rng.randint(1, 12):02d}", topics=[], named_issues=[],
                       evidence=[evidence(m), evidence(m + 1)])
        for person in rng.sample(range(people), 2):
            graph.add_edge(meeting, f"person:p{person}", key="attendee", relation="attendee")
            graph.add_edge(meeting, f"country:C{person % countries}", key="party", relation="party")
        graph.add_edge(meeting, f"place:p{rng.randrange(places)}", key="location", relation="location")
        for topic in rng.sample(range(20), 2):
            graph.add_edge(meeting, f"topic:t{topic}", key="about", relation="about")
    met: dict[tuple[str, str], list[str]] = {}
    for meeting in [n for n, a in graph.nodes(data=True) if a["type"] == "Meeting"]:
        for relation in ("attendee", "party"):
            members = sorted({v for _, v, k in graph.out_edges(meeting, keys=True) if k == relation})
            for a, b in combinations(members, 2):
                met.setdefault((a, b), []).append(meeting)
    for (a, b), ms in met.items():
        graph.add_edge(a, b, key="met", relation="met", meetings=ms)
    return graph


def _rdflib_child(rdf: rdflib.Graph, query: str, pipe) -> None:
    started = time.perf_counter()
    rows = len(list(rdf.query(query)))
    pipe.send((time.perf_counter() - started, rows))


def time_rdflib(rdf: rdflib.Graph, query: str, timeout: float) -> tuple[float | None, int | None]:
    """Seconds and rows, or (None, None) when the child was killed at the timeout."""
    context = multiprocessing.get_context("fork")
    parent, child = context.Pipe()
    process = context.Process(target=_rdflib_child, args=(rdf, query, child))
    process.start()
    try:
        if parent.poll(timeout):
            return parent.recv()
        return None, None
    finally:
        if process.is_alive():
            process.kill()
        process.join()


def time_oxigraph(store: ox.Store, query: str, repeat: int = 3) -> tuple[float, int]:
    """Best of `repeat` runs, all rows read."""
    best, rows = float("inf"), 0
    for _ in range(repeat):
        started = time.perf_counter()
        rows = len(list(store.query(query)))
        best = min(best, time.perf_counter() - started)
    return best, rows


def run(sizes: list[int], timeout: float) -> list[dict]:
    query = named_queries()["who-met-whom"]
    results = []
    for size in sizes:
        started = time.perf_counter()
        rdf = to_rdf(synthetic_graph(size))
        made = time.perf_counter() - started
        started = time.perf_counter()
        store = to_store(rdf)
        loaded = time.perf_counter() - started
        ox_seconds, ox_rows = time_oxigraph(store, query)
        rdflib_seconds, rdflib_rows = time_rdflib(rdf, query, timeout)
        if rdflib_rows is not None:
            assert rdflib_rows == ox_rows, (rdflib_rows, ox_rows)
        results.append({"target": size, "triples": len(rdf), "rows": ox_rows, "oxigraph": ox_seconds,
                        "rdflib": rdflib_seconds, "load": loaded, "generate": made})
        print(results[-1], flush=True)
    return results


def markdown(results: list[dict], timeout: float) -> str:
    lines = ["## SPARQL", "",
             f"who-met-whom (`kg/queries/who-met-whom.rq`, all rows read) on synthetic graphs in kg's RDF shape "
             f"(`benchmarks/bench_sparql.py`). Machine: {os.cpu_count()} cores (`nproc`), "
             f"Python {platform.python_version()}, pyoxigraph {ox.__version__}, rdflib {rdflib.__version__}, "
             f"{platform.system()} {platform.machine()}. Oxigraph: best of 3; rdflib: one run, killed after "
             f"{timeout:g} s.", "",
             "| triples | result rows | pyoxigraph (kg engine) | rdflib SPARQL | load into Oxigraph |",
             "|--:|--:|--:|--:|--:|"]
    for r in results:
        rdflib_cell = f"{r['rdflib']:.3f} s" if r["rdflib"] is not None else f">{timeout:g} s"
        lines.append(f"| {r['triples']:,} | {r['rows']:,} | {r['oxigraph']:.3f} s | {rdflib_cell} | "
                     f"{r['load']:.1f} s |")
    return "\n".join(lines) + "\n"


def write_section(section: str) -> None:
    """Replace (or append) the "## SPARQL" section of RESULTS.md, leaving the other sections alone."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## SPARQL\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(text):
        text = pattern.sub(lambda _: section + "\n", text, count=1).rstrip("\n") + "\n"
    else:
        text = text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text, encoding="utf-8")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="10000,100000,1000000")
    options.add_argument("--timeout", type=float, default=60.0, help="seconds allowed to rdflib per query")
    args = options.parse_args()
    results = run([int(s) for s in args.sizes.split(",")], args.timeout)
    write_section(markdown(results, args.timeout))
    print(markdown(results, args.timeout))


if __name__ == "__main__":
    main()
