"""The interactive HTML view, driven in a real headless Chromium (Debian's, never a downloaded one)."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import pytest

from kg.view import to_html

from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", re.IGNORECASE)

# Page position of a point of a node that a real mouse hits (the node's centre may lie under a neighbour).
NODE_POINT = """id => {
  const n = kgView.network, box = document.getElementById('mynetwork').getBoundingClientRect();
  const b = n.getBoundingBox(id);
  if (!b) return null;
  for (const fy of [0.5, 0.3, 0.7, 0.15, 0.85]) for (const fx of [0.5, 0.3, 0.7, 0.15, 0.85]) {
    const p = n.canvasToDOM({x: b.left + fx * (b.right - b.left), y: b.top + fy * (b.bottom - b.top)});
    if (p.x > 0 && p.y > 0 && p.x < box.width && p.y < box.height && n.getNodeAt(p) === id)
      return [box.left + p.x, box.top + p.y];
  }
  return null;
}"""
EDGE_POINT = """id => {
  const n = kgView.network, e = kgView.edges.get(id), box = document.getElementById('mynetwork').getBoundingClientRect();
  const pos = n.getPositions([e.from, e.to]);
  const p = n.canvasToDOM({x: (pos[e.from].x + pos[e.to].x) / 2, y: (pos[e.from].y + pos[e.to].y) / 2});
  return n.getNodeAt(p) === undefined && n.getEdgeAt(p) === id ? [box.left + p.x, box.top + p.y] : null;
}"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (`make browser` installs Debian's chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def samples_html(seeds_graph, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("view") / "graph.html"
    path.write_text(to_html(seeds_graph.graph), encoding="utf-8")
    return path


def open_view(browser, path: Path, viewport=(1400, 900)):
    """Load the page from file:// and wait until the layout has settled; returns (page, problems)."""
    page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:")) else problems.append(f"request {r.url}"))
    page.goto(path.as_uri())
    page.wait_for_function("window.kgView && kgView.settled", timeout=60_000)
    return page, problems


def click_first(page, script: str, ids: list[str]) -> str:
    """Click the first of `ids` that can be hit without touching anything else; returns its id."""
    for item in ids:
        point = page.evaluate(script, item)
        if point:
            page.mouse.click(*point)
            return item
    raise AssertionError(f"none of {ids} could be clicked")


def visible(page) -> tuple[int, int]:
    return tuple(page.evaluate("[kgView.nodeView.length, kgView.edgeView.length]"))


def relation_count(graph, *relations) -> int:
    return sum(1 for *_, k in graph.edges(keys=True) if k in relations)


def filters(graph):
    """(select, value, which meetings it keeps): Russia, the commonest year, the commonest topic."""
    def year(attrs):
        return (attrs["date"] or graph.graph["documents"][attrs["evidence"][0]["doc"]]["year"])[:4]

    def involves(meeting, country):
        return any(v == country or graph.nodes[v].get("country") == country
                   for _, v, k in graph.out_edges(meeting, keys=True) if k in ("attendee", "party", "location"))

    meetings = [a for _, a in graph.nodes(data=True) if a["type"] == "Meeting"]
    common_year = max(sorted({year(a) for a in meetings}), key=[year(a) for a in meetings].count)
    topics = [t for a in meetings for t in a["topics"]]
    common_topic = max(sorted(set(topics)), key=topics.count)
    return [("#kg-country", "country:RU", lambda m, a: involves(m, "country:RU")),
            ("#kg-year", common_year, lambda m, a: year(a) == common_year),
            ("#kg-topic", common_topic, lambda m, a: common_topic in a["topics"])]


def xss_graph() -> nx.MultiDiGraph:
    """A tiny graph in the documented schema whose every text tries to run script."""
    graph = nx.MultiDiGraph(documents={"evil.txt": {"title": IMG, "year": "2020"}}, meeting_counts=[],
                            topics={"topic:evil": SCRIPT})
    graph.add_node("country:XX", type="Country", label=SCRIPT, aliases=[IMG], iso="XX", wikidata=None,
                   historical=False, mentions=[], meeting_count=1)
    graph.add_node("person:a", type="Person", label=SCRIPT, aliases=[], offices=[IMG], country="country:XX",
                   mentions=[], meeting_count=1)
    graph.add_node("person:b", type="Person", label=IMG, aliases=[], offices=[], mentions=[], meeting_count=1)
    graph.add_node("topic:evil", type="Topic", label=SCRIPT)
    sentence = f'{SCRIPT} met {IMG} (<a href="javascript:window.__pwned=1">link</a>)\u2028next'
    graph.add_node("meeting:evil", type="Meeting", label=IMG, kind="summit", cameo="040", date="2020-01",
                   topics=["topic:evil"], named_issues=[],
                   evidence=[{"doc": "evil.txt", "start": 0, "end": len(sentence), "quote": sentence,
                              "sentence": sentence}])
    for target, relation in (("person:a", "attendee"), ("person:b", "attendee"), ("country:XX", "party"),
                             ("topic:evil", "about")):
        graph.add_edge("meeting:evil", target, key=relation, relation=relation)
    graph.add_edge("person:a", "country:XX", key="represents", relation="represents")
    graph.add_edge("person:a", "person:b", key="met", relation="met", meetings=["meeting:evil"])
    return graph


def test_page_is_deterministic_and_self_contained(seeds_graph):
    """Same graph, whatever the insertion order -> the same bytes; nothing is fetched from the network."""
    graph = seeds_graph.graph
    shuffled = nx.MultiDiGraph(**graph.graph)
    shuffled.add_nodes_from(reversed(list(graph.nodes(data=True))))
    shuffled.add_edges_from(reversed(list(graph.edges(keys=True, data=True))))
    page = to_html(graph)
    assert to_html(shuffled) == page
    assert "vis.Network" in page and "bootstrap" not in page.lower()
    assert not EXTERNAL.findall(page)


def test_max_nodes_keeps_the_best_connected(seeds_graph):
    page = to_html(seeds_graph.graph, max_nodes=40)
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page).group(1))
    assert len(data["nodes"]) == 40 and data["total"] == seeds_graph.graph.number_of_nodes()
    graph = seeds_graph.graph
    kept = [graph.degree(n) for n in data["nodes"]]
    dropped = [graph.degree(n) for n in graph if n not in data["nodes"]]
    assert min(kept) >= max(dropped)


def test_show_gives_an_isolated_iframe_of_the_offline_page(seeds_graph):
    shown = seeds_graph.show()
    markup = shown._repr_html_()
    srcdoc = re.search(r'<iframe srcdoc="([^"]*)"', markup)
    assert srcdoc, "no iframe with srcdoc"
    assert html.unescape(srcdoc.group(1)) == to_html(seeds_graph.graph)
    assert not EXTERNAL.findall(markup)


def test_samples_load_offline_with_every_node_and_edge(browser, samples_html, seeds_graph):
    page, problems = open_view(browser, samples_html)
    graph = seeds_graph.graph
    assert page.evaluate("[kgView.nodes.length, kgView.edges.length]") == [graph.number_of_nodes(),
                                                                            graph.number_of_edges()]
    assert visible(page) == (graph.number_of_nodes(), graph.number_of_edges() - relation_count(graph, "met"))
    assert page.evaluate("kgView.network.physics.physicsEnabled") is False, "physics not frozen after settling"
    assert problems == []
    page.close()


def test_clicking_a_meeting_shows_its_evidence_and_source(browser, samples_html, seeds_graph):
    graph = seeds_graph.graph
    meetings = sorted(n for n, a in graph.nodes(data=True) if a["type"] == "Meeting" and a["evidence"])
    page, problems = open_view(browser, samples_html)
    clicked = click_first(page, NODE_POINT, meetings)
    details = page.inner_text("#kg-details")
    evidence = graph.nodes[clicked]["evidence"][0]
    assert evidence["sentence"] in details
    assert evidence["doc"] in details and graph.graph["documents"][evidence["doc"]]["title"] in details
    assert problems == []
    page.close()


def test_clicking_a_met_link_shows_the_meetings_behind_it(browser, samples_html, seeds_graph):
    graph = seeds_graph.graph
    page, problems = open_view(browser, samples_html)
    page.check("input[name=kg-view][value=met]")
    met = page.evaluate("kgView.edges.get({filter: e => e.relation === 'met'}).map(e => e.id)")
    clicked = click_first(page, EDGE_POINT, met)
    edge = page.evaluate("id => kgView.edges.get(id)", clicked)
    details = page.inner_text("#kg-details")
    for meeting in edge["meetings"]:
        assert graph.nodes[meeting]["evidence"][0]["sentence"] in details
    assert f"{len(edge['meetings'])} meeting" in details
    assert problems == []
    page.close()


def test_filters_search_and_toggle_change_what_is_visible(browser, samples_html, seeds_graph):
    graph = seeds_graph.graph
    types = [a["type"] for _, a in graph.nodes(data=True)]
    page, problems = open_view(browser, samples_html)
    everything = visible(page)

    page.uncheck("#kg-legend input[data-type=Meeting]")
    assert visible(page)[0] == everything[0] - types.count("Meeting")
    page.check("#kg-legend input[data-type=Meeting]")

    page.check("input[name=kg-view][value=met]")
    assert visible(page) == (types.count("Person") + types.count("Country"), relation_count(graph, "met", "represents"))
    page.check("input[name=kg-view][value=meetings]")

    for select, value, keeps in filters(graph):
        page.select_option(select, value)
        shown = page.evaluate("kgView.nodeView.getIds()")
        meetings = {n for n in shown if graph.nodes[n]["type"] == "Meeting"}
        assert meetings == {m for m, a in graph.nodes(data=True) if a["type"] == "Meeting" and keeps(m, a)}, select
        assert meetings and len(shown) < everything[0], select
        page.click("#kg-reset")

    page.fill("#kg-search", "putin")
    shown = set(page.evaluate("kgView.nodeView.getIds()"))
    assert "person:vladimir-putin" in shown and len(shown) < everything[0]
    matches = {n for n, a in graph.nodes(data=True) if "putin" in a["label"].lower()
               or any("putin" in alias.lower() for alias in a.get("aliases", []))}
    assert shown == matches | {n for m in matches for n in nx.all_neighbors(graph, m)}  # matches and neighbours
    page.click("#kg-reset")
    assert visible(page) == everything
    assert problems == []
    page.close()


def test_document_text_is_shown_as_text_and_never_runs(browser, tmp_path):
    path = tmp_path / "evil.html"
    page_html = to_html(xss_graph())
    assert SCRIPT not in page_html and IMG not in page_html
    path.write_text(page_html, encoding="utf-8")
    page, problems = open_view(browser, path)
    point = page.wait_for_function(NODE_POINT, arg="meeting:evil", timeout=10_000).json_value()
    page.mouse.move(*point)
    page.wait_for_selector("div.vis-tooltip", state="visible")
    assert IMG in page.inner_text("div.vis-tooltip")
    page.mouse.click(*point)
    details = page.inner_text("#kg-details")
    assert SCRIPT in details and IMG in details and 'href="javascript:' in details
    page.select_option("#kg-country", "country:XX")
    assert SCRIPT in page.inner_text("#kg-country")
    assert page.evaluate("window.__pwned") is None
    assert problems == []
    page.close()


def test_screenshot_of_the_samples(browser, samples_html, seeds_graph):
    """docs/screenshot.png, linked from the README: the samples with a summit's evidence open."""
    graph = seeds_graph.graph
    summits = sorted((m for m, a in graph.nodes(data=True) if a["type"] == "Meeting" and a["kind"] == "summit"),
                     key=lambda m: (-graph.out_degree(m), m))
    page, problems = open_view(browser, samples_html, viewport=(1600, 1000))
    click_first(page, NODE_POINT, summits)
    page.mouse.move(5, 5)
    target = ROOT / "docs" / "screenshot.png"
    target.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(target))
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert problems == []
    page.close()
