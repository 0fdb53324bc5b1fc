"""From an article's text to candidate facts, each tied to the sentence that supports it.

Rules and gazetteers only (the workspace's entities, pycountry, a demonym table,
rapidfuzz for misspelt names): no network, no model, nothing guessed from today's date.
A person reviews the candidates; ``nato-kg add`` merges what they keep.
"""
