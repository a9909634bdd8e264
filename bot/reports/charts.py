"""The digest's picture: sessions held per week and pairs by status, as a PNG (matplotlib, Agg backend).

It draws on a Figure of its own (no pyplot, no global state), so it can run in a worker thread. Every
word on it comes in already translated.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

SESSIONS_COLOUR = "#3b7dd8"
STATUS_COLOURS = ("#9aa5b1", "#2e9e5b", "#e0892b", "#7b61c4", "#5f6b77")  # in PairStatus order


def digest_chart(
    weeks: Sequence[tuple[str, int]], statuses: Sequence[tuple[str, int]], titles: tuple[str, str]
) -> bytes:
    """Two panels: (week label, sessions) oldest first, and (status label, pairs); PNG bytes."""
    # matplotlib is imported on first use: it would add a second and tens of MB to every start
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(10, 4), dpi=100)
    FigureCanvasAgg(figure)
    sessions_axes, status_axes = figure.subplots(1, 2, gridspec_kw={"width_ratios": (3, 2)})

    bars = sessions_axes.bar([label for label, _ in weeks], [n for _, n in weeks], color=SESSIONS_COLOUR)
    sessions_axes.bar_label(bars)
    sessions_axes.set_title(titles[0])
    sessions_axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    sessions_axes.tick_params(axis="x", labelrotation=45)

    colours = [STATUS_COLOURS[i % len(STATUS_COLOURS)] for i in range(len(statuses))]
    bars = status_axes.barh([label for label, _ in statuses], [n for _, n in statuses], color=colours)
    status_axes.bar_label(bars)
    status_axes.set_title(titles[1])
    status_axes.invert_yaxis()
    status_axes.xaxis.set_major_locator(MaxNLocator(integer=True))

    figure.tight_layout()
    picture = BytesIO()
    figure.savefig(picture, format="png")
    return picture.getvalue()
