"""Interactive HTML view (pyvis), self-contained and offline."""

from __future__ import annotations

import html

import networkx as nx
from pyvis.network import Network

COLOURS = {"Person": "#e4572e", "Country": "#17bebb", "Organization": "#76b041", "Place": "#ffc914",
           "Agreement": "#7e6b8f", "Region": "#9fd8cb", "Meeting": "#2e282a", "Topic": "#c9c9c9"}


def to_html(graph: nx.MultiDiGraph) -> str:
    net = Network(height="800px", width="100%", directed=False, cdn_resources="in_line")
    for node, attrs in sorted(graph.nodes(data=True)):
        net.add_node(node, label=attrs["label"], title=html.escape(attrs["label"]),
                     color=COLOURS.get(attrs["type"], "#888888"))
    for u, v, key in sorted(graph.edges(keys=True)):
        net.add_edge(u, v, title=key)
    return net.generate_html()
