"""kg: knowledge graphs of who met whom, when, where and about what, from diplomatic texts.

    import kg
    graph = kg.build(["seeds/"])      # read -> clean -> annotate -> extract -> resolve -> graph
    graph.write("output/")            # Turtle, JSON, GraphML, HTML
"""

from kg.api import KnowledgeGraph, build

__all__ = ["KnowledgeGraph", "build"]
__version__ = "0.1.0"
