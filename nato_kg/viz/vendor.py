"""The charting library vendored into the page: Vega, Vega-Lite and Vega-Embed in one script.

The page must work offline under a CSP that allows no request, so the charts' library is
inlined like vis-network. The bundle is made by vl-convert-python (which ships these libraries
and renders the same specs to SVG and PNG for ``nato-kg chart``) and kept in
``nato_kg/resources/viz/vega.min.js``; regenerate it after upgrading vl-convert-python::

    python -m nato_kg.viz.vendor
"""

from __future__ import annotations

from pathlib import Path

BUNDLE = Path(__file__).resolve().parent.parent / "resources" / "viz" / "vega.min.js"


def make_bundle() -> str:
    """The bundle's text: a header naming versions and licences, then the minified libraries."""
    from importlib.metadata import version

    import vl_convert as vlc

    header = (f"/* Vega {vlc.get_vega_version()}, Vega-Lite {vlc.get_vegalite_versions()[-1]}, "
              f"Vega-Embed {vlc.get_vega_embed_version()} and their dependencies, bundled by vl-convert-python "
              f"{version('vl-convert-python')} (python -m nato_kg.viz.vendor). Vega, Vega-Lite and Vega-Embed: BSD-3-Clause, "
              "University of Washington Interactive Data Lab; d3 modules: ISC, Mike Bostock. */\n")
    # The page calls vegaEmbed (and reads vega) as globals.
    snippet = "window.vegaEmbed = vegaEmbed; window.vega = vega; window.vegaLite = vegaLite;"
    return header + vlc.javascript_bundle(snippet) + "\n"


if __name__ == "__main__":
    BUNDLE.write_text(make_bundle(), encoding="utf-8")
    print(f"wrote {BUNDLE} ({BUNDLE.stat().st_size:,} bytes)")
