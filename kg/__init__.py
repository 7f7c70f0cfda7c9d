"""kg: knowledge graphs of who met whom, when, where and about what, from diplomatic texts.

    import kg
    graph = kg.build(["seeds/"])      # read -> clean -> annotate -> extract -> resolve -> graph
    graph.write("output/")            # Turtle, JSON, GraphML, HTML
    graph = kg.load("output/graph.ttl")   # reopen a built graph
    graph.query("who-met-whom")       # named SPARQL queries -> pandas.DataFrame
"""

from kg.api import KnowledgeGraph, build, load

__all__ = ["KnowledgeGraph", "build", "load"]
__version__ = "0.1.0"
