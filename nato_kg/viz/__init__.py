"""The interactive network: RDF → networkx projection → filters → layout → one offline HTML page."""
