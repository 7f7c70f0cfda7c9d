"""HTML view at size: file size, render time, and time until the layout settles in headless Chromium.

Synthetic graphs in the kg schema (people, countries, meetings with evidence, topics, met links) of about
100, 1,000 and 5,000 nodes. Writes the figures to benchmarks/RESULTS.md under "## HTML view".
Run: .venv/bin/python benchmarks/bench_html.py
"""

from __future__ import annotations

import os
import random
import re
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

import networkx as nx

from kg.view import to_html

RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SIZES = (100, 1_000, 5_000)


def synthetic(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """About n nodes: 50% meetings, 35% people, 10% countries, 5% topics (at least 3 of each)."""
    rng = random.Random(seed)
    graph = nx.MultiDiGraph(documents={"doc.txt": {"title": "Synthetic", "year": "2020"}}, meeting_counts=[], topics={})
    countries = [f"country:{i:04d}" for i in range(max(3, n // 10))]
    people = [f"person:{i:05d}" for i in range(max(3, n * 35 // 100))]
    topics = [f"topic:{i:03d}" for i in range(max(3, n // 20))]
    for c in countries:
        graph.add_node(c, type="Country", label=f"Country {c[-4:]}", aliases=[], mentions=[], meeting_count=0)
    for p in people:
        graph.add_node(p, type="Person", label=f"Person {p[-5:]}", aliases=[], offices=["Minister"],
                       country=rng.choice(countries), mentions=[], meeting_count=0)
        graph.add_edge(p, graph.nodes[p]["country"], key="represents", relation="represents")
    for t in topics:
        graph.add_node(t, type="Topic", label=f"Topic {t[-3:]}")
    for i in range(n - len(countries) - len(people) - len(topics)):
        meeting, date = f"meeting:{i:05d}", f"{rng.randint(2000, 2020)}-{rng.randint(1, 12):02d}"
        sentence = f"Person A met Person B in meeting {i} to discuss trade."
        about = rng.sample(topics, 2)
        graph.add_node(meeting, type="Meeting", label=f"Meeting {i}", kind="summit", cameo="040", date=date,
                       topics=sorted(about), named_issues=[],
                       evidence=[{"doc": "doc.txt", "start": 0, "end": len(sentence), "quote": sentence,
                                  "sentence": sentence}])
        attendees = rng.sample(people, 2)
        for p in attendees:
            graph.add_edge(meeting, p, key="attendee", relation="attendee")
        for c in {graph.nodes[p]["country"] for p in attendees}:
            graph.add_edge(meeting, c, key="party", relation="party")
        for t in about:
            graph.add_edge(meeting, t, key="about", relation="about")
    met: dict[tuple[str, str], list[str]] = {}
    for meeting in [m for m, a in graph.nodes(data=True) if a["type"] == "Meeting"]:
        for relation in ("attendee", "party"):
            members = sorted(v for _, v, k in graph.out_edges(meeting, keys=True) if k == relation)
            for a, b in combinations(members, 2):
                met.setdefault((a, b), []).append(meeting)
            for v in members:
                graph.nodes[v]["meeting_count"] += 1
    for (a, b), meetings in sorted(met.items()):
        graph.add_edge(a, b, key="met", relation="met", meetings=meetings)
    return graph


def measure(browser, graph: nx.MultiDiGraph, folder: Path) -> dict:
    started = time.perf_counter()
    page_html = to_html(graph)
    render = time.perf_counter() - started
    path = folder / f"graph-{graph.number_of_nodes()}.html"
    path.write_text(page_html, encoding="utf-8")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    started = time.perf_counter()
    page.goto(path.as_uri())
    page.wait_for_function("window.kgView && kgView.settled", timeout=600_000, polling=20)
    settle = time.perf_counter() - started
    toggle = page.evaluate("""() => { const t = performance.now();
        document.querySelector('input[name=kg-view][value=met]').click(); return performance.now() - t; }""")
    page.close()
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "bytes": path.stat().st_size,
            "render": render, "settle": settle, "toggle": toggle / 1000}


def write_results(rows: list[dict]) -> None:
    """Replace only the "## HTML view" section of RESULTS.md; other sections belong to other benchmarks."""
    lines = ["## HTML view", "",
             f"`benchmarks/bench_html.py` on a machine with `nproc` = {len(os.sched_getaffinity(0))} (shared), "
             "headless Debian Chromium, synthetic graphs. *settle* = page load until vis-network's stabilisation "
             "is done and physics is frozen; *toggle* = switching to the who-met-whom view.", "",
             "| nodes | edges | graph.html | render (Python) | settle (Chromium) | toggle view |",
             "|---:|---:|---:|---:|---:|---:|"]
    lines += [f"| {r['nodes']:,} | {r['edges']:,} | {r['bytes'] / 1e6:.2f} MB | {r['render']:.2f} s "
              f"| {r['settle']:.2f} s | {r['toggle'] * 1000:.0f} ms |" for r in rows]
    section = "\n".join(lines) + "\n"
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmarks\n"
    pattern = re.compile(r"^## HTML view\n.*?(?=^## |\Z)", re.MULTILINE | re.DOTALL)
    text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section
    RESULTS.write_text(text.rstrip("\n") + "\n", encoding="utf-8")


def main() -> int:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as folder:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        rows = []
        for n in SIZES:
            rows.append(measure(browser, synthetic(n), Path(folder)))
            print(rows[-1], flush=True)
        browser.close()
    write_results(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
