"""SPARQL over the built graph: named queries, parameters, safety checks, a timeout, formats."""
