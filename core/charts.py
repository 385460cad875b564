"""Bar charts drawn on the server as SVG (pygal), for pages and PDFs.

pygal always writes a small inline `<script>` with its tooltip settings,
even with `js=[]` (no script fetched from the network). The chart is
meant to work without JavaScript, so `render_tree()` — pygal's public
way to get the SVG as an element tree — is used and that script dropped.
The chart's numbers are also in a table beside it (`steer/chart.html`).
"""

import base64
import hashlib
import json

import pygal
from lxml import etree  # pygal renders with lxml when it is installed
from pygal.style import Style

from django.conf import settings
from django.core.cache import cache
from django.utils.safestring import SafeString, mark_safe

from core.steer import Chart

STYLE = Style(
    background="transparent",
    plot_background="transparent",
    font_family="DejaVu Sans, sans-serif",
    colors=("#1f5f8b", "#c4622d", "#3d7a3d"),
)


def bar_chart_svg(chart: Chart) -> SafeString:
    """`chart` as an inline SVG element (no XML declaration, no script)."""
    svg = pygal.HorizontalBar(
        title=str(chart.title),
        style=STYLE,
        js=[],
        disable_xml_declaration=True,
        width=640,
        height=max(160, 60 + 36 * len(chart.rows)),
        print_values=True,
        show_legend=len(chart.series) > 1,
        legend_at_bottom=True,
        explicit_size=False,
    )
    svg.x_labels = [label for label, _values, _params in chart.rows]
    for index, name in enumerate(chart.series):
        svg.add(str(name), [values[index] for _label, values, _params in chart.rows])
    tree = svg.render_tree()
    for script in list(tree.iter("script")):
        script.getparent().remove(script)
    tree.set("role", "img")
    tree.set("aria-label", str(chart.title))
    return mark_safe(etree.tostring(tree, encoding="unicode"))  # noqa: S308 (our own SVG)


def bar_chart_data_uri(chart: Chart) -> str:
    """`chart` as a `data:` URI for an `<img>`. The page's Content-Security-Policy
    allows no inline style, and pygal styles its SVG with a `<style>` element:
    inside an image, that style belongs to the image, not to the page."""
    svg = str(bar_chart_svg(chart)).encode()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def kept_bar_chart_data_uri(chart: Chart) -> str:
    """`bar_chart_data_uri(chart)`, kept in the shared cache under a digest of
    what it draws (title, series, labels and numbers, as text in the active
    language): the same chart is the same image, so it never goes stale."""
    if settings.PAGE_CACHE_SECONDS <= 0:
        return bar_chart_data_uri(chart)
    drawn = json.dumps(
        [
            str(chart.title),
            [str(name) for name in chart.series],
            [[str(label), list(values)] for label, values, _params in chart.rows],
        ],
        default=str,
    )
    key = "steer-chart:" + hashlib.sha256(drawn.encode()).hexdigest()
    return cache.get_or_set(key, lambda: bar_chart_data_uri(chart), settings.PAGE_CACHE_SECONDS)
