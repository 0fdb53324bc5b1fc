"""Errors of the query layer (all exit 2 in the CLI)."""

from ..errors import NatoKGError


class QueryError(NatoKGError):
    """A query cannot be run: unknown name, bad parameter, unsupported format."""


class QuerySyntaxError(QueryError):
    """The SPARQL text does not parse; the message shows the line and column."""


class QueryRefused(QueryError):
    """The query would write, or reach beyond the built graph (SERVICE, FROM)."""


class QueryTimeout(QueryError):
    """The query ran longer than its time limit and was stopped."""

    @classmethod
    def after(cls, seconds: float) -> "QueryTimeout":
        """The error for a query stopped at its limit of ``seconds``, told as the ``--timeout`` the user can raise.

        >>> str(QueryTimeout.after(30.0))
        'the query ran longer than 30 s and was stopped (raise --timeout to allow more)'
        """
        return cls(f"the query ran longer than {seconds:g} s and was stopped (raise --timeout to allow more)")
