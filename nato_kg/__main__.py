"""``python -m nato_kg``: the same as the ``nato-kg`` command."""

from .console import main

if __name__ == "__main__":  # pragma: no cover
    main()
