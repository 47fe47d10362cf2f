"""The interaction network: an SVG drawn from a small force-directed layout."""

from __future__ import annotations

import math
from collections import defaultdict
from html import escape
from operator import itemgetter

from ficlens.model import Work

NETWORK_NODES = 18


# --- the interaction network --------------------------------------------------------


def network_section(work: Work, colors: dict[str, str], spoken: dict[str, tuple[int, int]]) -> str:
    out = ['<section id="network"><h2>Interaction network</h2>']
    known = {c.id: c for c in work.characters}
    strength: dict[str, float] = defaultdict(float)
    for i in work.interactions:
        if i.a in known and i.b in known and i.a != i.b and i.weight > 0:
            strength[i.a] += i.weight
            strength[i.b] += i.weight
    # strongest first, ties in first-seen order (what Counter.most_common gives)
    nodes = [cid for cid, _ in sorted(strength.items(), key=itemgetter(1), reverse=True)[:NETWORK_NODES]]
    keep = set(nodes)
    edges = [i for i in work.interactions if i.a in keep and i.b in keep and i.a != i.b and i.weight > 0]
    if not edges:
        out.append('<p class="empty">No interactions found.</p></section>')
        return "".join(out)
    top = max(i.weight for i in edges)
    pos = layout(nodes, [(i.a, i.b, i.weight / top) for i in edges])
    w, h, pad = 760, 440, 70
    xy = {n: (pad + x * (w - 2 * pad), pad * 0.7 + y * (h - 1.5 * pad)) for n, (x, y) in pos.items()}
    most = max((spoken.get(n, (0, 0))[0] + known[n].mentions for n in nodes), default=1) or 1
    svg = [f'<svg class="net" viewBox="0 0 {w} {h}" role="img" aria-label="Interaction network">']
    for i in sorted(edges, key=lambda e: e.weight):
        (x1, y1), (x2, y2) = xy[i.a], xy[i.b]
        width = 1 + 9 * i.weight / top
        tip = (f"{known[i.a].name} — {known[i.b].name}: weight {i.weight:.2f}, "
               f"{i.conversations} conversational turns, {i.co_presence} scenes together, {i.mentions} mentions")
        svg.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
                   f'stroke-width="{width:.1f}" stroke-opacity="{0.25 + 0.5 * i.weight / top:.2f}">'
                   f"<title>{escape(tip)}</title></line>")
    for n in nodes:
        x, y = xy[n]
        c = known[n]
        r = 7 + 15 * math.sqrt((spoken.get(n, (0, 0))[0] + c.mentions) / most)
        svg.append(f'<g class="node" data-char="{escape(n)}"><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" '
                   f'fill="{colors[n]}"><title>{escape(c.name)}</title></circle>'
                   f'<text x="{x:.1f}" y="{y + r + 14:.1f}">{escape(c.name)}</text></g>')
    svg.append("</svg>")
    out.extend(svg)
    out.append('<p class="note">Line width shows how much two characters interact (turns of conversation, '
               "scenes together, mentions); circle size shows how prominent a character is. "
               "Hover a line for the numbers.</p></section>")
    return "".join(out)


def layout(
    nodes: list[str], edges: list[tuple[str, str, float]], iterations: int = 150
) -> dict[str, tuple[float, float]]:
    """A deterministic force layout (Fruchterman-Reingold from a circle) scaled into [0, 1]^2.

    Edge weights in [0, 1] pull harder. Nodes are few (<= NETWORK_NODES), so the pairwise
    loop is cheap and a plain-Python version keeps numpy out of the dependencies.
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.5, 0.5)}
    idx = {v: i for i, v in enumerate(nodes)}
    px = [0.5 + 0.45 * math.cos(2 * math.pi * i / n - math.pi / 2) for i in range(n)]
    py = [0.5 + 0.45 * math.sin(2 * math.pi * i / n - math.pi / 2) for i in range(n)]
    springs = [(idx[a], idx[b], 0.3 + w) for a, b, w in edges]
    k = math.sqrt(1.0 / n)
    temp = 0.1
    for _ in range(iterations):
        dx = [0.0] * n
        dy = [0.0] * n
        for i in range(n):
            for j in range(i + 1, n):
                ex, ey = px[i] - px[j], py[i] - py[j]
                d = max(math.hypot(ex, ey), 1e-3)
                f = k * k / d / d
                dx[i] += ex * f
                dy[i] += ey * f
                dx[j] -= ex * f
                dy[j] -= ey * f
        for i, j, w in springs:
            ex, ey = px[i] - px[j], py[i] - py[j]
            d = max(math.hypot(ex, ey), 1e-3)
            f = d * w / k
            dx[i] -= ex * f
            dy[i] -= ey * f
            dx[j] += ex * f
            dy[j] += ey * f
        for i in range(n):
            # a little gravity keeps separate groups on the page
            dx[i] -= (px[i] - 0.5) * 0.5
            dy[i] -= (py[i] - 0.5) * 0.5
            d = math.hypot(dx[i], dy[i])
            if d > 0:
                step = min(d, temp)
                px[i] += dx[i] / d * step
                py[i] += dy[i] / d * step
        temp *= 0.97
    x0, x1, y0, y1 = min(px), max(px), min(py), max(py)
    sx, sy = (x1 - x0) or 1.0, (y1 - y0) or 1.0
    return {v: ((px[i] - x0) / sx, (py[i] - y0) / sy) for v, i in idx.items()}
