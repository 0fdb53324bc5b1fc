"""nato-kg: curated facts from defence-policy news as a traceable RDF knowledge graph.

The library is usable without the CLI::

    from nato_kg.workspace import find_workspace
    from nato_kg.build import build_graph
    result = build_graph(find_workspace())
    result.graph  # an rdflib Graph
"""

__version__ = "0.4.0"
