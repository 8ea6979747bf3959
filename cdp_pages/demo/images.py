"""Landscape-like pictures and bar charts drawn with Pillow, so that the demo needs no download.

Each picture is a pure function of its scene and seed, and each chart of its data: the same
title always gives the same file. The pictures carry no text, and the charts only numbers;
their description (the alternative text) and their caption say what they show.
"""

import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter, ImageFont

WIDTH, HEIGHT = 1200, 750

# Colours of each scene: sky top, sky bottom, far hills, near ground, water, accent.
PALETTES = {
    "wetland": ("#8fb8d8", "#e9eef0", "#7f9a86", "#6d8a4a", "#5f8fae", "#c9b26b"),
    "meadow": ("#6fa3d6", "#dcecf5", "#8aa86a", "#9cbc55", "#6e9bc0", "#e8d35a"),
    "mountain": ("#4f83c2", "#d6e6f2", "#7d8c99", "#6f8f4e", "#5d8db5", "#f4f4f0"),
    "forest": ("#7eaed3", "#e3ecef", "#5d7f5a", "#3f6a3a", "#557f99", "#a8b86a"),
    "river": ("#86b4dc", "#eef3f3", "#86a07c", "#5f8a45", "#4e86b0", "#d8c9a0"),
    "ricefield": ("#9cc3e0", "#f3efe2", "#9bab86", "#8fb35e", "#86b3cf", "#f0f0ea"),
    "heath": ("#9ab6d6", "#f1e7e4", "#8e8a7a", "#8a6b8c", "#6d93b3", "#b98bb0"),
    "chestnut": ("#8db1cf", "#f1e9d8", "#7e8d62", "#6e7d3c", "#6b8fa8", "#b57a3a"),
    "pond": ("#93bddc", "#eef2ea", "#88a184", "#7a9a4c", "#557fa0", "#b9a45e"),
    "dusk": ("#3d5a8a", "#f2b880", "#5b5f70", "#3d4f3a", "#7d8fb0", "#f6d27a"),
}


def _rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))


def _mix(a, b, t):
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _ridge(rng, base, amplitude, roughness):
    """Points of a hill line across the picture, from a sum of a few sine waves."""
    waves = [
        (rng.uniform(0.5, 3.5) * roughness, rng.uniform(0, math.tau), rng.uniform(0.3, 1))
        for _ in range(4)
    ]
    total = sum(weight for *_, weight in waves)
    points = []
    for x in range(0, WIDTH + 20, 20):
        t = x / WIDTH * math.tau
        y = sum(weight * math.sin(freq * t + phase) for freq, phase, weight in waves) / total
        points.append((x, base + y * amplitude))
    return points


def _band(draw, points, colour):
    draw.polygon([*points, (WIDTH, HEIGHT), (0, HEIGHT)], fill=colour)


def _tree(draw, rng, x, y, size, colour, conifer):
    if conifer:
        draw.polygon([(x, y - size * 2.2), (x - size * 0.7, y), (x + size * 0.7, y)], fill=colour)
    else:
        draw.ellipse([x - size, y - size * 1.8, x + size, y], fill=colour)
    draw.line([(x, y), (x, y + size * 0.4)], fill=(70, 55, 40), width=max(2, int(size / 6)))


def draw_scene(scene, seed):
    """A picture of the scene as an RGB image."""
    rng = random.Random(seed)  # noqa: S311 - drawing, not cryptography
    sky_top, sky_bottom, far, near, water, accent = (_rgb(c) for c in PALETTES[scene])
    image = Image.new("RGB", (WIDTH, HEIGHT), sky_bottom)
    draw = ImageDraw.Draw(image)
    horizon = int(HEIGHT * rng.uniform(0.42, 0.55))
    for y in range(horizon + 40):
        draw.line([(0, y), (WIDTH, y)], fill=_mix(sky_top, sky_bottom, min(1, y / horizon)))

    # The sun, low or high, and a few soft clouds.
    sun_x, sun_y = rng.randint(150, WIDTH - 150), rng.randint(60, horizon - 80)
    sun = _mix(accent, (255, 250, 230), 0.6) if scene != "dusk" else accent
    draw.ellipse([sun_x - 45, sun_y - 45, sun_x + 45, sun_y + 45], fill=sun)
    for _ in range(rng.randint(2, 5)):
        cx, cy = rng.randint(0, WIDTH), rng.randint(30, horizon - 120)
        for _ in range(5):
            w, h = rng.randint(60, 140), rng.randint(25, 45)
            ox, oy = rng.randint(-90, 90), rng.randint(-15, 15)
            draw.ellipse([cx + ox - w, cy + oy - h, cx + ox + w, cy + oy + h], fill=(246, 248, 250))

    if scene == "mountain":
        peaks = []
        x = -100
        while x < WIDTH + 100:
            peaks.append((x, horizon - rng.randint(120, 300)))
            x += rng.randint(140, 260)
            peaks.append((x, horizon - rng.randint(20, 90)))
            x += rng.randint(100, 200)
        draw.polygon([*peaks, (WIDTH + 100, HEIGHT), (-100, HEIGHT)], fill=far)
        for (x1, y1), (x2, y2) in zip(peaks, peaks[1:], strict=False):
            if y1 < y2 and horizon - y1 > 200:
                cap = 0.25
                draw.polygon(
                    [
                        (x1, y1),
                        (x1 + (x2 - x1) * cap, y1 + (y2 - y1) * cap),
                        (x1 - (x2 - x1) * cap * 0.8, y1 + (y2 - y1) * cap),
                    ],
                    fill=accent,
                )
    else:
        _band(draw, _ridge(rng, horizon - 60, 45, 1.0), _mix(far, sky_bottom, 0.35))
        _band(draw, _ridge(rng, horizon - 15, 30, 1.6), far)

    flat = scene in {"wetland", "river", "ricefield"}
    ground_line = _ridge(rng, horizon + 25, 10 if flat else 35, 1.2)
    _band(draw, ground_line, near)

    if scene == "ricefield":
        for row in range(6):
            y0 = horizon + 50 + row * (HEIGHT - horizon) / 6
            draw.rectangle([0, y0, WIDTH, y0 + 28 + row * 6], fill=_mix(water, sky_bottom, 0.3))
    if scene in {"wetland", "river"}:
        # A winding band of water coming towards the viewer.
        left, right = [], []
        for step in range(21):
            t = step / 20
            y = horizon + 30 + t * (HEIGHT - horizon - 30)
            centre = WIDTH / 2 + math.sin(t * 3 + seed % 7) * 260
            half = 30 + t * (220 if scene == "river" else 380)
            left.append((centre - half, y))
            right.append((centre + half, y))
        draw.polygon([*left, *reversed(right)], fill=water)
        for _ in range(12):
            y = rng.randint(horizon + 40, HEIGHT - 10)
            x = rng.randint(0, WIDTH)
            draw.line(
                [(x, y), (x + rng.randint(40, 120), y)],
                fill=_mix(water, (255, 255, 255), 0.35),
                width=2,
            )
    if scene == "pond":
        # A small pool in the foreground, with a darker rim of mud.
        cx, cy = WIDTH * rng.uniform(0.35, 0.65), horizon + (HEIGHT - horizon) * 0.6
        rx, ry = WIDTH * rng.uniform(0.22, 0.3), (HEIGHT - horizon) * 0.25
        draw.ellipse([cx - rx - 14, cy - ry - 8, cx + rx + 14, cy + ry + 8], fill=(120, 100, 70))
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=water)
        for _ in range(8):
            y = rng.uniform(cy - ry * 0.6, cy + ry * 0.6)
            x = rng.uniform(cx - rx * 0.6, cx + rx * 0.4)
            draw.line(
                [(x, y), (x + rng.randint(30, 90), y)],
                fill=_mix(water, (255, 255, 255), 0.35),
                width=2,
            )
    if scene in {"wetland", "pond", "heath", "meadow"}:
        reed = _mix(accent, near, 0.3)
        for _ in range(160 if scene in {"wetland", "pond"} else 90):
            x = rng.randint(0, WIDTH)
            y = rng.randint(horizon + 60, HEIGHT)
            h = rng.randint(20, 70) * (y / HEIGHT)
            colour = (
                reed
                if scene in {"wetland", "pond"}
                else _mix(accent, (255, 255, 255), rng.random() * 0.3)
            )
            if scene in {"wetland", "pond"}:
                draw.line([(x, y), (x + rng.randint(-6, 6), y - h)], fill=colour, width=2)
            else:
                r = max(2, h / 12)
                draw.ellipse([x - r, y - r, x + r, y + r], fill=colour)
    if scene in {"forest", "chestnut", "mountain", "river", "heath", "meadow"}:
        conifer = scene in {"mountain", "forest"} and rng.random() < 0.7
        trees = {"forest": 70, "chestnut": 35, "mountain": 30}.get(scene, 12)
        shade = _mix(near, (20, 40, 20), 0.45)
        spots = sorted(
            (rng.randint(horizon + 5, HEIGHT - 20), rng.randint(-20, WIDTH + 20))
            for _ in range(trees)
        )
        for y, x in spots:
            size = 8 + (y - horizon) / (HEIGHT - horizon) * 45
            colour = _mix(shade, accent, 0.25) if scene == "chestnut" else shade
            _tree(draw, rng, x, y, size, colour, conifer)

    return image.filter(ImageFilter.GaussianBlur(0.8))


def render_jpeg(scene, seed):
    """The picture as JPEG bytes."""
    buffer = io.BytesIO()
    draw_scene(scene, seed).save(buffer, "JPEG", quality=82, optimize=True)
    return buffer.getvalue()


# Colours of the series of a chart, in order: a green and a grey that stay apart for readers
# who do not tell red from green, and dark enough against white.
SERIES_COLOURS = ["#2f6b3a", "#8a8f96"]
CHART_WIDTH, CHART_HEIGHT = 1200, 700


def _nice_step(maximum):
    """A round step for the value axis, giving at most eight gridlines."""
    magnitude = 10 ** math.floor(math.log10(maximum)) if maximum > 0 else 1
    # maximum / magnitude is below 10, so a step of twice the magnitude always fits.
    return next(
        magnitude * factor
        for factor in (0.1, 0.2, 0.25, 0.5, 1, 2)
        if maximum / (magnitude * factor) <= 8
    )


def _number(value):
    return f"{value:g}"


def draw_bar_chart(categories, series):
    """Bars for each category (such as a year), one bar per series, with their values."""
    image = Image.new("RGB", (CHART_WIDTH, CHART_HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=26)
    small = ImageFont.load_default(size=22)
    left, right, top, bottom = 110, CHART_WIDTH - 40, 50, CHART_HEIGHT - 80
    maximum = max(value for values in series for value in values)
    step = _nice_step(maximum)
    ceiling = step * math.ceil(maximum / step)

    def y_of(value):
        return bottom - (bottom - top) * value / ceiling

    tick = 0
    while tick <= ceiling + step / 2:
        y = y_of(tick)
        draw.line([(left, y), (right, y)], fill="#d9dcdf" if tick else "#333333", width=2)
        draw.text((left - 14, y), _number(tick), fill="#333333", font=small, anchor="rm")
        tick += step
    slot = (right - left) / len(categories)
    bar = slot * 0.7 / len(series)
    for index, category in enumerate(categories):
        start = left + slot * index + slot * 0.15
        for number, values in enumerate(series):
            x0 = start + bar * number
            value = values[index]
            draw.rectangle([x0 + 3, y_of(value), x0 + bar - 3, bottom], fill=SERIES_COLOURS[number])
            draw.text(
                (x0 + bar / 2, y_of(value) - 8),
                _number(value),
                fill="#1a1a1a",
                font=small,
                anchor="md",
            )
        draw.text(
            (left + slot * (index + 0.5), bottom + 16),
            str(category),
            fill="#1a1a1a",
            font=font,
            anchor="mt",
        )
    return image


def render_chart_png(categories, series):
    """The bar chart as PNG bytes."""
    buffer = io.BytesIO()
    draw_bar_chart(categories, series).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()
