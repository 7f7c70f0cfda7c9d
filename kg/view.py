"""Interactive HTML view (pyvis): one self-contained, offline, deterministic page.

pyvis draws the network with vis-network inlined; kg/view.js and kg/view.css add the side panel
(legend, filters, search, view toggle, details with evidence). Document text reaches the page only as
escaped JSON and is shown with textContent, never as HTML.
"""

from __future__ import annotations

import html
import json
import math
import re
from pathlib import Path

import networkx as nx
from pyvis.network import Network

HERE = Path(__file__).resolve().parent

# type -> (vis shape, colour, legend glyph)
STYLES = {
    "Person": ("dot", "#e4572e", "●"),
    "Country": ("diamond", "#17a2b8", "◆"),
    "Organization": ("square", "#5c9e31", "■"),
    "Place": ("triangle", "#e0a800", "▲"),
    "Agreement": ("star", "#8e5ea2", "★"),
    "Meeting": ("hexagon", "#3d3a4b", "⬢"),
    "Topic": ("box", "#d4d4d4", "▬"),
    "Region": ("triangleDown", "#7fb8ad", "▼"),
}
EDGE_STYLES = {
    "met": {"color": "#c0392b", "dashes": False},
    "represents": {"color": "#999999", "dashes": True},
    "country": {"color": "#cccccc", "dashes": True},
}
FONTS = {"Person": {"size": 16}, "Country": {"size": 16}, "Meeting": {"size": 10, "color": "#666666"},
         "other": {"size": 12, "color": "#444444"}}
MEETING_LABEL_CHARS = 32
PANEL = """<aside id="kg-panel">
<h1>Who met whom</h1>
<div id="kg-status">Laying out the network…</div>
<fieldset id="kg-mode"><legend>View</legend>
<label><input type="radio" name="kg-view" value="meetings" checked> Meetings as nodes</label>
<label><input type="radio" name="kg-view" value="met"> Who met whom</label>
</fieldset>
<input id="kg-search" type="search" placeholder="Search by name…" aria-label="Search by name">
<fieldset id="kg-legend"><legend>Show</legend>
{legend}
</fieldset>
<label class="kg-select">Country <select id="kg-country"><option value="">all</option></select></label>
<label class="kg-select">Year <select id="kg-year"><option value="">all</option></select></label>
<label class="kg-select">Topic <select id="kg-topic"><option value="">all</option></select></label>
<div id="kg-buttons"><button id="kg-reset" type="button">Reset filters</button>
<button id="kg-relayout" type="button">Re-layout</button></div>
<section id="kg-details"><p class="kg-hint">Click a meeting, a person or a red “met” link to see
the meetings behind it, with the evidence sentences and their source documents.</p></section>
</aside>
"""
BOOTSTRAP = re.compile(r"\s*<(link|script)\s[^>]*bootstrap[^>]*>(\s*</script>)?", re.IGNORECASE)
EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1></h1>\s*</center>")
NETWORK_CALL = "network = new vis.Network(container, data, options);"


def to_html(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> str:
    """The page for `graph`; `max_nodes` keeps only the best-connected nodes of a very large graph."""
    total = graph.number_of_nodes()
    if max_nodes is not None and total > max_nodes:
        keep = sorted(graph.nodes, key=lambda n: (-graph.degree(n), n))[:max_nodes]
        graph = graph.subgraph(keep)
    net = Network(height="100vh", width="calc(100vw - 360px)", directed=True, cdn_resources="in_line")
    net.set_options(json.dumps(_options(graph)))
    for node, attrs in sorted(graph.nodes(data=True)):
        shape, colour, _ = STYLES.get(attrs["type"], ("dot", "#888888", "●"))
        net.add_node(node, label=_short_label(attrs), shape=shape, color=colour, size=_size(attrs),
                     font=FONTS.get(attrs["type"], FONTS["other"]))
    for index, (u, v, key, attrs) in enumerate(sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3])):
        style = EDGE_STYLES.get(key, {"color": "#c8c8c8", "dashes": False})
        extra = {"meetings": attrs["meetings"], "width": 1 + len(attrs["meetings"])} if key == "met" else {}
        net.add_edge(u, v, id=f"e{index}", relation=key, arrows="", color=style["color"],
                     dashes=style["dashes"], **extra)
    page = net.generate_html()
    page = EMPTY_HEADING.sub("", BOOTSTRAP.sub("", page))
    if NETWORK_CALL not in page:
        raise RuntimeError("pyvis template changed: cannot attach the kg controls")
    page = page.replace(NETWORK_CALL, "network = new vis.Network(container, kgView.prepare(nodes, edges), options);"
                                      " kgView.attach(network);")
    head = (f'<title>kg — who met whom</title>\n<style>{(HERE / "view.css").read_text(encoding="utf-8")}</style>\n'
            f'<script type="application/json" id="kg-data">{_script_json(_payload(graph, total))}</script>\n'
            f'<script>{(HERE / "view.js").read_text(encoding="utf-8")}</script>\n</head>')
    legend = "\n".join(f'<label><input type="checkbox" data-type="{t}" checked> '
                       f'<span style="color:{c}">{g}</span> {t}</label>'
                       for t, (_, c, g) in STYLES.items())
    page = page.replace("</head>", head, 1).replace("<body>", "<body>\n" + PANEL.format(legend=legend), 1)
    return page


def _options(graph: nx.MultiDiGraph) -> dict:
    """Physics that settles fast: no slow layout pre-pass, fewer iterations on big graphs."""
    n = graph.number_of_nodes()
    return {
        "nodes": {"font": {"strokeWidth": 3, "strokeColor": "#ffffff"}, "borderWidth": 1},
        "edges": {"smooth": False, "width": 1, "selectionWidth": 2},
        "physics": {"solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "centralGravity": 0.02, "springLength": 70,
                                         "avoidOverlap": 0.5},
                    "minVelocity": 1,
                    "stabilization": {"iterations": 400 if n <= 500 else 150 if n <= 2000 else 100,
                                      "updateInterval": 50}},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": n > 1000, "hideEdgesOnZoom": n > 1000},
    }


def _short_label(attrs: dict) -> str:
    if attrs["type"] != "Meeting":
        return attrs["label"]
    label = attrs["label"]
    if len(label) > MEETING_LABEL_CHARS:
        label = label[:MEETING_LABEL_CHARS - 1] + "…"
    return f"{label} ({attrs['date']})" if attrs.get("date") else label


def _size(attrs: dict) -> float:
    """People and countries grow with the number of meetings they attended."""
    if attrs["type"] in ("Person", "Country"):
        return round(10 + 6 * math.sqrt(attrs.get("meeting_count", 0)), 1)
    return 9 if attrs["type"] == "Meeting" else 11


def _payload(graph: nx.MultiDiGraph, total: int) -> dict:
    """What the panel needs: full labels, attributes, evidence, and each meeting's year and countries."""
    documents = graph.graph.get("documents", {})
    nodes = {}
    for node, attrs in graph.nodes(data=True):
        item = {"t": attrs["type"], "l": attrs["label"]}
        for key in ("aliases", "offices", "country", "meeting_count", "kind", "date", "topics"):
            if attrs.get(key):
                item[key] = attrs[key]
        if attrs["type"] == "Meeting":
            evidence = attrs.get("evidence", [])
            item["evidence"] = [{k: e[k] for k in ("doc", "start", "end", "sentence")} for e in evidence]
            years = [documents.get(e["doc"], {}).get("year") for e in evidence]
            item["year"] = (attrs.get("date") or "")[:4] or next((y for y in years if y), "")
            item["countries"] = _meeting_countries(graph, node)
        nodes[node] = item
    return {"nodes": nodes, "documents": documents, "total": total}


def _meeting_countries(graph: nx.MultiDiGraph, meeting: str) -> list[str]:
    """Parties, the countries of attendees, and the country of the place."""
    countries = set()
    for _, v, key in graph.out_edges(meeting, keys=True):
        if key in ("party", "location") and graph.nodes[v]["type"] == "Country":
            countries.add(v)
        elif key in ("attendee", "location") and graph.nodes[v].get("country") in graph:
            countries.add(graph.nodes[v]["country"])
    return sorted(countries)


def _script_json(data) -> str:
    """JSON that cannot end its <script> element or be read as markup."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    for char, escape in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text


def iframe(page: str, height: int = 720) -> str:
    """The page isolated in an iframe, for notebooks (its scripts cannot touch the notebook)."""
    return (f'<div class="kg-view"><iframe srcdoc="{html.escape(page, quote=True)}" '
            f'style="width:100%;height:{height}px;border:0" sandbox="allow-scripts"></iframe></div>')
