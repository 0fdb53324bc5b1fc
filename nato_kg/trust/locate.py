"""Turning a graph node back into the seed position it came from."""

from __future__ import annotations

from ..errors import Position


def locate(node, positions: dict | None) -> Position | None:
    """The seed position of ``node``, or of the fact node it hangs from (``…/from/…``, ``…/amount``)."""
    if not positions or node is None:
        return None
    from ..mapping.iris import owner

    found = positions.get(node)
    if found is not None:
        return found
    fact = owner(node)
    return positions.get(fact) if fact is not None else None
