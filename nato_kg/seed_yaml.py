"""Records back to seed YAML: the one writer that ``add``, ``extract`` and ``bench-data`` share.

The keys come from the loader's own field specs (:data:`nato_kg.seeds.SECTIONS`), so what is
written is what the loader reads back, for every record class and fact kind.
"""

from __future__ import annotations


def record_to_yaml(record, omit_defaults: bool = False) -> dict:
    """A record as the seeds' YAML mapping (the loader's keys, text values; sources and notes last).

    ``omit_defaults`` leaves out optional fields equal to the record class's default (smaller bulk files).
    """
    import dataclasses

    from .seeds import SECTIONS

    spec = next(spec for cls, spec in SECTIONS.values() if isinstance(record, cls))
    defaults = {f.name: f.default for f in dataclasses.fields(record)} if omit_defaults else {}
    out: dict = {}
    for key, fld in spec.items():
        attr = fld.attr or key
        value = getattr(record, attr, None)
        if value in (None, (), "") or (not fld.required and attr in defaults and value == defaults[attr]):
            continue
        if key == "sources":
            out[key] = [{"source": c.source, "evidence": c.evidence} for c in value]
        elif isinstance(value, tuple):
            out[key] = [str(v) for v in value]
        else:
            out[key] = str(value)
    for key in ("sources", "note"):  # evidence and notes read best after the fact itself
        if key in out:
            out[key] = out.pop(key)
    return out


def dump_yaml(data: dict, header: str = "", width: int = 110) -> str:
    """A seed document as text: keys in the given order, Unicode kept, ``header`` (comments) first."""
    import yaml

    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=width)
