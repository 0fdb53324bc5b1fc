"""Role facts: an n-ary ``schema:OrganizationRole`` node between person and organisation."""

from __future__ import annotations

from rdflib import Graph, Literal

from ..records import RoleFact, Seeds
from ..vocab import NKG, SCHEMA
from .iris import Iris
from .literals import date_literal, text_literal
from .provenance import add_fact_node


def add_role(g: Graph, fact: RoleFact, seeds: Seeds, iris: Iris) -> None:
    """Add a role assignment, and the direct edge person ``nkg:holdsRoleIn`` organisation."""
    node = add_fact_node(g, fact, iris, NKG.RoleAssignment, SCHEMA.OrganizationRole)
    person, org = iris.entity(fact.person), iris.entity(fact.organization)
    g.add((node, NKG.holder, person))
    g.add((node, NKG.organization, org))
    g.add((node, NKG.role, iris.role(fact.role)))
    g.add((node, SCHEMA.roleName, text_literal(str(iris.answer("role", fact.role)))))
    for prop, value in ((SCHEMA.startDate, fact.start), (SCHEMA.endDate, fact.end), (NKG.asOf, fact.as_of)):
        if value:
            g.add((node, prop, date_literal(value)))
    if fact.status:
        g.add((node, NKG.statedStatus, Literal(fact.status)))
    g.add((person, NKG.holdsRoleIn, org))
    # schema.org's Role pattern: the role node stands between person and organisation on the
    # same property (person memberOf role, role memberOf organisation), so schema.org-aware
    # consumers read it as the person's membership qualified by roleName and dates.
    g.add((person, SCHEMA.memberOf, node))
    g.add((node, SCHEMA.memberOf, org))
