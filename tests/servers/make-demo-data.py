#!/usr/bin/env python3
"""Generate Sucai's demo sample materials (standard library only).

Usage: python3 tests/servers/make-demo-data.py OUTDIR

Writes a deterministic tree of a few hundred "materials" a mini-game
developer would keep (PNG banners/icons/avatars, WAV sound effects and
music, JSON configs/levels/translations, shaders, text files), some with
spaces, Chinese characters and URL-special characters in their names to
exercise S3 key encoding.

Every run produces byte-identical files with identical mtimes. When
OUTDIR/.sucai-demo.stamp exists and matches this generator's version the
run is skipped. The stamp is a JSON manifest: {"version", "files": [{"path",
"size", "sha256"}...]} with paths relative to OUTDIR, '/'-separated.
"""

import array
import hashlib
import json
import math
import os
import random
import struct
import sys
import wave
import zlib

VERSION = 1
STAMP = ".sucai-demo.stamp"
# Fixed mtime for every generated file: 2024-02-10 08:00:00 UTC (+ index s).
BASE_MTIME = 1707552000

# ----------------------------------------------------------------- colours

PALETTES = [
    ((255, 94, 98), (255, 153, 102)),    # sunset
    ((67, 206, 162), (24, 90, 157)),     # ocean
    ((142, 45, 226), (74, 0, 224)),      # violet
    ((255, 216, 155), (25, 84, 123)),    # dusk
    ((247, 151, 30), (255, 210, 0)),     # citrus
    ((0, 198, 255), (0, 114, 255)),      # sky
    ((238, 9, 121), (255, 106, 0)),      # candy
    ((17, 153, 142), (56, 239, 125)),    # mint
    ((252, 70, 107), (63, 94, 251)),     # neon
    ((200, 30, 30), (255, 200, 60)),     # spring festival red/gold
    ((35, 37, 38), (65, 67, 69)),        # graphite
    ((255, 175, 189), (255, 195, 160)),  # peach
]

ICON_COLOURS = [
    (231, 76, 60), (230, 126, 34), (241, 196, 15), (46, 204, 113),
    (26, 188, 156), (52, 152, 219), (155, 89, 182), (52, 73, 94),
    (236, 240, 241), (149, 165, 166), (211, 84, 0), (192, 57, 43),
]


def mix(c1, c2, t):
    return tuple(int(round(a + (b - a) * t)) for a, b in zip(c1, c2))


def lighten(c, t):
    return mix(c, (255, 255, 255), t)


def darken(c, t):
    return mix(c, (0, 0, 0), t)


# --------------------------------------------------------------------- PNG

def png_bytes(width, height, rows):
    """rows: iterable of `height` bytes-like objects of width*3 RGB bytes."""
    raw = bytearray()
    for row in rows:
        if len(row) != width * 3:
            raise ValueError("bad row length")
        raw.append(0)  # filter type None
        raw += row

    def chunk(tag, data):
        body = tag + data
        return (struct.pack(">I", len(data)) + body
                + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9))
            + chunk(b"IEND", b""))


def gradient_line(c1, c2, n):
    out = bytearray(n * 3)
    for i in range(n):
        t = i / max(1, n - 1)
        out[i * 3:i * 3 + 3] = bytes(mix(c1, c2, t))
    return out


def fill_span(row, x0, x1, colour, width):
    x0 = max(0, x0)
    x1 = min(width, x1)
    if x1 > x0:
        row[x0 * 3:x1 * 3] = bytes(colour) * (x1 - x0)


def banner(width, height, palette, rng, title_bars):
    """Diagonal gradient with soft circles, stripes and a 'title' panel."""
    c1, c2 = palette
    # A diagonal gradient: row y is a window into a longer gradient line.
    slope = 0.6
    line = gradient_line(c1, c2, width + int(height * slope) + 1)
    rows = []
    for y in range(height):
        off = int((height - 1 - y) * slope)
        rows.append(bytearray(line[off * 3:(off + width) * 3]))

    # Translucent-looking circles (lightened flat colours).
    for _ in range(rng.randint(4, 9)):
        r = rng.randint(height // 10, height // 2)
        cx = rng.randint(-r // 2, width + r // 2)
        cy = rng.randint(-r // 2, height + r // 2)
        tone = lighten(mix(c1, c2, rng.random()), rng.uniform(0.15, 0.45))
        for y in range(max(0, cy - r), min(height, cy + r)):
            dx = int(math.sqrt(max(0, r * r - (y - cy) ** 2)))
            fill_span(rows[y], cx - dx, cx + dx, tone, width)

    # Diagonal stripes in the lower-left corner.
    stripe = lighten(c2, 0.6)
    for k in range(rng.randint(3, 6)):
        base = k * max(12, width // 40)
        thick = max(3, width // 160)
        for y in range(height * 2 // 3, height):
            x = base + (height - y)
            fill_span(rows[y], x, x + thick, stripe, width)

    # A dark rounded "title panel" with light bars that suggest text.
    pw, ph = int(width * 0.55), int(height * 0.32)
    px, py = int(width * 0.08), int(height * 0.3)
    panel = darken(c1, 0.55)
    rad = max(4, ph // 6)
    for y in range(py, py + ph):
        dy = 0
        if y < py + rad:
            dy = py + rad - y
        elif y >= py + ph - rad:
            dy = y - (py + ph - rad - 1)
        inset = rad - int(math.sqrt(max(0, rad * rad - dy * dy))) if dy else 0
        fill_span(rows[y], px + inset, px + pw - inset, panel, width)
    bar_h = max(3, ph // (2 * title_bars + 1))
    for i in range(title_bars):
        y0 = py + bar_h * (2 * i + 1)
        length = int(pw * (0.8 - 0.2 * i) * rng.uniform(0.8, 1.0))
        for y in range(y0, min(y0 + bar_h, py + ph)):
            fill_span(rows[y], px + rad * 2, px + rad * 2 + length,
                      (250, 250, 250) if i == 0 else lighten(panel, 0.5),
                      width)

    # Call-to-action button at the right.
    bw, bh = int(width * 0.18), int(height * 0.14)
    bx, by = int(width * 0.74), int(height * 0.7)
    button = (255, 214, 0) if c1[0] > 150 else (255, 255, 255)
    for y in range(by, min(height, by + bh)):
        dy = abs(y - (by + bh / 2)) / (bh / 2)
        inset = int((bh / 2) * (1 - math.sqrt(max(0.0, 1 - dy * dy))))
        fill_span(rows[y], bx + inset, bx + bw - inset, button, width)
    return png_bytes(width, height, rows)


def shape_inside(kind, x, y, n):
    """Whether pixel (x, y) of an n*n icon is inside the foreground shape."""
    cx = cy = (n - 1) / 2
    u, v = (x - cx) / (n / 2), (y - cy) / (n / 2)
    if kind == "circle":
        return u * u + v * v <= 0.45
    if kind == "ring":
        d = u * u + v * v
        return 0.22 <= d <= 0.5
    if kind == "square":
        return abs(u) <= 0.55 and abs(v) <= 0.55
    if kind == "diamond":
        return abs(u) + abs(v) <= 0.75
    if kind == "triangle":
        return v <= 0.55 and v >= -0.65 + 2 * abs(u) * 0.9
    if kind == "plus":
        return ((abs(u) <= 0.18 and abs(v) <= 0.65)
                or (abs(v) <= 0.18 and abs(u) <= 0.65))
    if kind == "star":
        r = math.hypot(u, v)
        a = math.atan2(v, u) + math.pi / 2
        lim = 0.38 + 0.32 * (0.5 + 0.5 * math.cos(5 * a))
        return r <= lim
    if kind == "heart":
        uu, vv = u * 1.35, -v * 1.35 + 0.25
        return (uu * uu + vv * vv - 1) ** 3 - uu * uu * vv ** 3 <= 0
    if kind == "coin":
        d = u * u + v * v
        return d <= 0.5 and not (0.3 <= d <= 0.36)
    if kind == "bolt":
        return (abs(u + v * 0.5) <= 0.16 and abs(v) <= 0.7) or (
            abs(v) <= 0.12 and -0.35 <= u <= 0.35)
    raise ValueError(kind)


ICON_SHAPES = ["circle", "ring", "square", "diamond", "triangle", "plus",
               "star", "heart", "coin", "bolt"]


def icon(n, shape, bg, fg, rounded):
    rows = []
    radius = n * 0.22 if rounded else n * 0.5
    shadow = darken(fg, 0.35)
    clear = (255, 255, 255)
    top, bottom = lighten(bg, 0.15), darken(bg, 0.15)
    for y in range(n):
        row = bytearray(n * 3)
        tile = mix(top, bottom, y / n)
        for x in range(n):
            # Rounded-rect (or circular) background tile on white.
            dx = max(0.0, abs(x - (n - 1) / 2) - (n / 2 - radius))
            dy = max(0.0, abs(y - (n - 1) / 2) - (n / 2 - radius))
            if dx * dx + dy * dy > radius * radius:
                c = clear
            elif shape_inside(shape, x, y, n):
                c = fg
            elif shape_inside(shape, x - n // 32 - 1, y - n // 32 - 1, n):
                c = shadow
            else:
                c = tile
            row[x * 3:x * 3 + 3] = bytes(c)
        rows.append(row)
    return png_bytes(n, n, rows)


def avatar(n, bg, skin, shirt, hair):
    rows = []
    light = lighten(bg, 0.3)
    for y in range(n):
        row = bytearray(n * 3)
        v = y / n
        back = mix(bg, light, v)
        for x in range(n):
            u = x / n - 0.5
            c = back
            if (u * u) / 0.11 + ((v - 1.05) ** 2) / 0.16 <= 1:
                c = shirt
            if u * u + (v - 0.42) ** 2 <= 0.045:
                c = skin
                if v < 0.36 and u * u + (v - 0.42) ** 2 >= 0.02:
                    c = hair
                if abs(abs(u) - 0.07) < 0.02 and abs(v - 0.42) < 0.02:
                    c = (40, 40, 40)
            elif u * u + (v - 0.38) ** 2 <= 0.06 and v < 0.4:
                c = hair
            row[x * 3:x * 3 + 3] = bytes(c)
        rows.append(row)
    return png_bytes(n, n, rows)


# ------------------------------------------------------------------- audio

RATE = 22050


def wav_bytes(samples):
    """samples: floats in [-1, 1]; 16-bit mono at RATE."""
    import io
    pcm = array.array("h", (int(max(-1.0, min(1.0, s)) * 32000)
                            for s in samples))
    if sys.byteorder == "big":
        pcm.byteswap()
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm.tobytes())
    return buf.getvalue()


def envelope(i, n, attack=0.01, release=0.3):
    t = i / RATE
    dur = n / RATE
    a = min(1.0, t / attack) if attack > 0 else 1.0
    r = min(1.0, (dur - t) / (dur * release)) if release > 0 else 1.0
    return a * max(0.0, r)


def sfx(kind, dur, f0, f1, rng):
    n = int(dur * RATE)
    out = []
    phase = 0.0
    noise_level = 0.0
    for i in range(n):
        t = i / n
        if kind == "chirp":
            f = f0 + (f1 - f0) * t
            phase += 2 * math.pi * f / RATE
            s = math.sin(phase) * envelope(i, n)
        elif kind == "square":
            f = f0 if t < 0.35 else f1
            phase += 2 * math.pi * f / RATE
            s = 0.6 * (1 if math.sin(phase) >= 0 else -1) * envelope(i, n)
        elif kind == "noise":
            # Low-passed noise with exponential decay: explosions, hits.
            noise_level += (rng.uniform(-1, 1) - noise_level) * (f0 / 4000)
            s = 2.5 * noise_level * math.exp(-4.5 * t)
        elif kind == "arp":
            step = int(t * 4)
            f = f0 * (1.0, 1.26, 1.5, 2.0)[min(step, 3)]
            phase += 2 * math.pi * f / RATE
            s = 0.8 * math.sin(phase) * envelope(i, n, release=0.15)
        elif kind == "click":
            phase += 2 * math.pi * f0 / RATE
            s = math.sin(phase) * math.exp(-40 * t)
        elif kind == "wobble":
            f = f0 * (1 + 0.08 * math.sin(2 * math.pi * 8 * i / RATE))
            phase += 2 * math.pi * f / RATE
            s = 0.8 * math.sin(phase) * envelope(i, n)
        else:
            raise ValueError(kind)
        out.append(0.85 * s)
    return out


NOTE = {"C": -9, "D": -7, "E": -5, "F": -4, "G": -2, "A": 0, "B": 2}


def note_freq(name):
    octave = int(name[-1])
    semis = NOTE[name[0]] + (1 if "#" in name else 0) + (octave - 4) * 12
    return 440.0 * 2 ** (semis / 12)


def bgm(melody, bass, bpm, bars):
    beat = 60.0 / bpm
    total = int(bars * 4 * beat * RATE)
    out = [0.0] * total

    cache = {}

    def note_wave(freq, n, amp, harmonics):
        key = (freq, n, amp, harmonics)
        if key not in cache:
            w = 2 * math.pi * freq / RATE
            cache[key] = [amp * envelope(i, n, attack=0.005, release=0.5)
                          * sum(ha * math.sin(w * h * i)
                                for h, ha in harmonics)
                          for i in range(n)]
        return cache[key]

    def add_note(freq, start, length, amp, harmonics):
        s0 = int(start * RATE)
        wave_ = note_wave(freq, int(length * RATE), amp, harmonics)
        for i, v in enumerate(wave_[:max(0, total - s0)]):
            out[s0 + i] += v

    t = 0.0
    k = 0
    while t < bars * 4 * beat:
        name, beats = melody[k % len(melody)]
        if name != "-":
            add_note(note_freq(name), t, beats * beat * 0.95, 0.35,
                     ((1, 1.0), (2, 0.3), (3, 0.1)))
        t += beats * beat
        k += 1
    for bar in range(bars):
        root = note_freq(bass[bar % len(bass)])
        for b in range(4):
            add_note(root, (bar * 4 + b) * beat, beat * 0.8, 0.25,
                     ((1, 1.0), (2, 0.2)))
    return out


# -------------------------------------------------------------------- data

ZH_WORDS = ["森林", "沙漠", "雪山", "海岛", "火山", "城堡", "星空", "糖果",
            "迷宫", "花园", "峡谷", "遗迹"]
EN_WORDS = ["Forest", "Desert", "Snow Peak", "Island", "Volcano", "Castle",
            "Starry Sky", "Candy Land", "Maze", "Garden", "Canyon", "Ruins"]
ENEMIES = ["slime", "bat", "skeleton", "ghost", "golem", "spider", "crab",
           "wolf", "dragonling"]
ITEMS = ["coin", "gem", "heart", "key", "bomb", "shield", "magnet", "star",
         "potion", "clock"]


def level_data(idx, rng):
    world = (idx - 1) // 10
    w, h = rng.choice([(7, 9), (8, 8), (9, 9), (8, 10)])
    tiles = "..........###~~**"
    grid = ["".join(rng.choice(tiles) for _ in range(w)) for _ in range(h)]
    grid[0] = "S" + grid[0][1:]
    grid[-1] = grid[-1][:-1] + "E"
    return {
        "id": idx,
        "key": "level-%03d" % idx,
        "world": world + 1,
        "name": {"en": "%s %d-%d" % (EN_WORDS[world % 12], world + 1,
                                     (idx - 1) % 10 + 1),
                 "zh_CN": "%s %d-%d" % (ZH_WORDS[world % 12], world + 1,
                                        (idx - 1) % 10 + 1)},
        "difficulty": min(5, 1 + idx // 20 + rng.randint(0, 1)),
        "time_limit_s": rng.choice([60, 90, 120, 150, 180]),
        "moves": rng.randint(15, 40),
        "stars": [rng.randint(800, 1500) * idx // 4 + 1000 * k
                  for k in (1, 2, 3)],
        "background": "images/banners/world-%02d.png" % (world % 12 + 1),
        "music": "audio/bgm/%s.wav" % ["menu-theme", "adventure", "boss",
                                       "victory"][world % 4],
        "grid": {"width": w, "height": h, "rows": grid},
        "enemies": [{"type": rng.choice(ENEMIES), "x": rng.randrange(w),
                     "y": rng.randrange(h), "hp": rng.randint(1, 5) * 10}
                    for _ in range(rng.randint(0, 3 + idx // 25))],
        "rewards": [{"item": rng.choice(ITEMS), "count": rng.randint(1, 20)}
                    for _ in range(rng.randint(1, 3))],
        "tutorial": idx <= 3,
        "unlock_after": idx - 1 if idx > 1 else None,
    }


I18N = [
    ("app.title", "Jump & Run Adventure", "跳跃冒险王"),
    ("menu.start", "Start", "开始游戏"),
    ("menu.continue", "Continue", "继续游戏"),
    ("menu.settings", "Settings", "设置"),
    ("menu.shop", "Shop", "商店"),
    ("menu.rank", "Leaderboard", "排行榜"),
    ("menu.share", "Share with friends", "分享给好友"),
    ("settings.music", "Music", "音乐"),
    ("settings.sound", "Sound effects", "音效"),
    ("settings.vibration", "Vibration", "震动"),
    ("settings.language", "Language", "语言"),
    ("level.locked", "Locked", "未解锁"),
    ("level.complete", "Level complete!", "恭喜过关！"),
    ("level.failed", "Out of moves", "步数用完了"),
    ("level.retry", "Retry", "再试一次"),
    ("level.next", "Next level", "下一关"),
    ("level.stars", "{n} stars", "{n} 颗星"),
    ("shop.buy", "Buy", "购买"),
    ("shop.coins", "Coins", "金币"),
    ("shop.gems", "Gems", "钻石"),
    ("shop.not_enough", "Not enough coins", "金币不足"),
    ("shop.daily_gift", "Daily gift", "每日礼包"),
    ("event.spring", "Spring Festival event", "春节活动"),
    ("event.spring.desc", "Collect red envelopes to win prizes!",
     "收集红包，赢取丰厚奖励！"),
    ("event.summer", "Summer sale", "夏日大促"),
    ("event.ends_in", "Ends in {time}", "距结束还有 {time}"),
    ("login.wechat", "Sign in with WeChat", "微信登录"),
    ("login.guest", "Play as guest", "游客试玩"),
    ("tips.1", "Tap twice to double jump.", "连点两下可以二段跳。"),
    ("tips.2", "Magnets pull nearby coins.", "磁铁会吸引附近的金币。"),
    ("tips.3", "Bosses are weak to bombs.", "首领怕炸弹。"),
    ("error.network", "Network error, please try again.",
     "网络异常，请稍后重试。"),
    ("ad.reward", "Watch an ad for 50 coins", "观看广告领取 50 金币"),
    ("dialog.ok", "OK", "确定"),
    ("dialog.cancel", "Cancel", "取消"),
]

VERTEX_SHADER = """#version 300 es
// Sprite vertex shader: position + UV, one matrix.
precision highp float;
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec2 a_uv;
uniform mat4 u_mvp;
out vec2 v_uv;
void main() {
    v_uv = a_uv;
    gl_Position = u_mvp * vec4(a_position, 0.0, 1.0);
}
"""

SHADERS = {
    "sprite.vert": VERTEX_SHADER,
    "sprite.frag": """#version 300 es
precision mediump float;
in vec2 v_uv;
uniform sampler2D u_texture;
uniform vec4 u_tint;
out vec4 fragColor;
void main() {
    fragColor = texture(u_texture, v_uv) * u_tint;
}
""",
    "outline.frag": """#version 300 es
// Draws a 1px outline around opaque sprite pixels.
precision mediump float;
in vec2 v_uv;
uniform sampler2D u_texture;
uniform vec2 u_texel;
uniform vec4 u_outline;
out vec4 fragColor;
void main() {
    float a = texture(u_texture, v_uv).a;
    float n = texture(u_texture, v_uv + vec2(u_texel.x, 0.0)).a
            + texture(u_texture, v_uv - vec2(u_texel.x, 0.0)).a
            + texture(u_texture, v_uv + vec2(0.0, u_texel.y)).a
            + texture(u_texture, v_uv - vec2(0.0, u_texel.y)).a;
    vec4 base = texture(u_texture, v_uv);
    fragColor = a > 0.5 ? base : (n > 0.0 ? u_outline : vec4(0.0));
}
""",
    "water.frag": """#version 300 es
// Animated water ripple for the island world.
precision mediump float;
in vec2 v_uv;
uniform sampler2D u_texture;
uniform float u_time;
out vec4 fragColor;
void main() {
    vec2 uv = v_uv;
    uv.x += sin(uv.y * 40.0 + u_time * 2.0) * 0.004;
    uv.y += cos(uv.x * 30.0 + u_time * 1.5) * 0.004;
    fragColor = texture(u_texture, uv) * vec4(0.85, 0.95, 1.0, 1.0);
}
""",
    "grayscale.frag": """#version 300 es
// Locked-level look.
precision mediump float;
in vec2 v_uv;
uniform sampler2D u_texture;
out vec4 fragColor;
void main() {
    vec4 c = texture(u_texture, v_uv);
    float g = dot(c.rgb, vec3(0.299, 0.587, 0.114));
    fragColor = vec4(vec3(g), c.a);
}
""",
}

README = """Jump & Run Adventure - art and audio materials
================================================

Demo material set generated for Sucai's tests and demos. Everything here
is synthetic (gradients, shapes, sine waves) and free to use.

  images/banners/   event and store banners (PNG, various sizes)
  images/icons/     item and UI icons (PNG, 64x64 and 128x128)
  images/avatars/   default player avatars (PNG, 128x128)
  images/ui/        buttons and panels
  audio/sfx/        short sound effects (WAV, 22050 Hz mono 16-bit)
  audio/bgm/        background music loops (WAV, <= 10 s)
  config/           game configuration (JSON)
  levels/           level definitions (JSON)
  i18n/             translations (JSON)
  shaders/          GLSL ES 3.0 shaders
  misc/             files whose names exercise URL/key encoding

素材说明：本目录下的图片、音效和配置均为程序生成的示例素材。
"""

CHANGELOG = """更新日志
========

v1.3.0  春节活动上线：新增红包玩法、10 个新关卡、新背景音乐。
v1.2.1  修复：部分机型上音效延迟；商店价格显示错误。
v1.2.0  新世界「糖果乐园」；新增每日礼包。
v1.1.0  排行榜、好友分享。
v1.0.0  首次发布。
"""


# -------------------------------------------------------------- generation

def build(files):
    """Fill `files` (dict relpath -> bytes) deterministically."""
    rng = random.Random(20240210)

    # Banners: per-world backgrounds plus named event banners.
    sizes = [(1280, 720), (750, 300), (1024, 512), (640, 360), (900, 383),
             (1200, 628)]
    for i in range(12):
        w, h = sizes[i % len(sizes)]
        files["images/banners/world-%02d.png" % (i + 1)] = banner(
            w, h, PALETTES[i], rng, 2)
    named = [
        ("春节 活动.png", (1280, 720), 9),
        ("春节 活动 - 小图.png", (750, 300), 9),
        ("新年 大促 banner.png", (1024, 512), 6),
        ("summer sale 2024.png", (1200, 628), 4),
        ("限时礼包.png", (750, 300), 0),
        ("share card (wechat).png", (500, 400), 1),
        ("store-feature.png", (1024, 500), 8),
        ("loading screen.png", (720, 1280), 3),
    ]
    for name, (w, h), p in named:
        files["images/banners/" + name] = banner(w, h, PALETTES[p], rng, 3)

    # Icons: 80 = 10 shapes x 8 colour variants, two sizes.
    icon_names = {
        "circle": "orb", "ring": "ring", "square": "crate", "diamond": "gem",
        "triangle": "spike", "plus": "health", "star": "star",
        "heart": "heart", "coin": "coin", "bolt": "energy",
    }
    for si, shape in enumerate(ICON_SHAPES):
        for v in range(8):
            n = 128 if v % 2 else 64
            bg = ICON_COLOURS[(si * 3 + v) % len(ICON_COLOURS)]
            fg = lighten(ICON_COLOURS[(si * 5 + v + 4) % len(ICON_COLOURS)],
                         0.25)
            if fg == bg:
                fg = (255, 255, 255)
            files["images/icons/%s-%02d@%dpx.png"
                  % (icon_names[shape], v + 1, n)] = icon(
                      n, shape, bg, fg, rounded=v < 6)
    files["images/icons/金币 图标.png"] = icon(
        128, "coin", (192, 57, 43), (255, 215, 0), True)

    # UI buttons (wide rounded icons are close enough).
    for i, label in enumerate(["play", "pause", "close", "settings",
                               "shop", "share"]):
        files["images/ui/buttons/btn-%s.png" % label] = icon(
            96, ICON_SHAPES[(i * 3) % len(ICON_SHAPES)],
            ICON_COLOURS[i], (255, 255, 255), True)
    for i in range(3):
        files["images/ui/panels/panel-%d.png" % (i + 1)] = banner(
            480, 320, PALETTES[(i * 4 + 1) % len(PALETTES)], rng, 1)

    # Avatars.
    skins = [(255, 224, 189), (241, 194, 125), (224, 172, 105),
             (198, 134, 66), (141, 85, 36)]
    hairs = [(35, 25, 20), (90, 56, 37), (200, 160, 80), (180, 60, 40),
             (60, 60, 70)]
    for i in range(24):
        files["images/avatars/avatar-%02d.png" % (i + 1)] = avatar(
            128, ICON_COLOURS[i % len(ICON_COLOURS)], skins[i % 5],
            ICON_COLOURS[(i * 7 + 3) % len(ICON_COLOURS)], hairs[(i // 5) % 5])
    files["images/avatars/默认头像.png"] = avatar(
        128, (149, 165, 166), skins[0], (52, 152, 219), hairs[0])

    # Sound effects: 40 + a couple of specially named ones.
    sfx_specs = [
        ("jump", "chirp", 300, 900), ("laser", "chirp", 1800, 200),
        ("coin", "square", 988, 1319), ("powerup", "arp", 523, 0),
        ("explosion", "noise", 900, 0), ("hit", "noise", 2500, 0),
        ("click", "click", 1200, 0), ("alarm", "wobble", 660, 0),
    ]
    for k in range(40):
        name, kind, f0, f1 = sfx_specs[k % len(sfx_specs)]
        var = k // len(sfx_specs) + 1
        scale = 1 + 0.12 * (var - 1)
        dur = {"click": 0.1, "coin": 0.35, "hit": 0.3, "explosion": 1.2,
               "jump": 0.4, "laser": 0.5, "powerup": 0.9,
               "alarm": 1.5}[name]
        dur = max(0.1, min(1.5, dur * (0.8 + 0.1 * var)))
        files["audio/sfx/%s-%02d.wav" % (name, var)] = wav_bytes(
            sfx(kind, dur, f0 * scale, f1 * scale, rng))
    files["audio/sfx/红包 打开.wav"] = wav_bytes(
        sfx("arp", 0.8, 659, 0, rng))
    files["audio/sfx/button click (soft).wav"] = wav_bytes(
        sfx("click", 0.12, 800, 0, rng))

    melody_a = [("E5", 1), ("G5", 1), ("A5", 2), ("G5", 1), ("E5", 1),
                ("D5", 2), ("C5", 1), ("D5", 1), ("E5", 1), ("G5", 1),
                ("E5", 4)]
    melody_b = [("A4", 0.5), ("C5", 0.5), ("E5", 1), ("D5", 0.5),
                ("C5", 0.5), ("A4", 2), ("-", 1), ("G4", 1), ("A4", 1),
                ("C5", 2)]
    melody_c = [("D4", 0.5), ("D4", 0.5), ("F4", 0.5), ("D4", 0.5),
                ("G#4", 1), ("A4", 1)]
    melody_d = [("C5", 0.5), ("E5", 0.5), ("G5", 0.5), ("C6", 2.5)]
    files["audio/bgm/menu-theme.wav"] = wav_bytes(
        bgm(melody_a, ["C3", "A2", "F2", "G2"], 100, 4))
    files["audio/bgm/adventure.wav"] = wav_bytes(
        bgm(melody_b, ["A2", "F2", "C3", "G2"], 128, 5))
    files["audio/bgm/boss.wav"] = wav_bytes(
        bgm(melody_c, ["D2", "D2", "A#2", "A2"], 150, 6))
    files["audio/bgm/victory.wav"] = wav_bytes(
        bgm(melody_d, ["C3", "G2"], 120, 2))
    files["audio/bgm/春节 主题曲.wav"] = wav_bytes(
        bgm([("D5", 1), ("E5", 1), ("G5", 1), ("A5", 1), ("G5", 2),
             ("E5", 2)], ["D3", "G2", "A2", "D3"], 110, 4))

    def put_json(path, obj):
        files[path] = (json.dumps(obj, ensure_ascii=False, indent=2)
                       + "\n").encode("utf-8")

    # Levels.
    for i in range(1, 101):
        put_json("levels/level-%03d.json" % i, level_data(i, rng))
    put_json("levels/drafts/level #101 (draft).json", level_data(101, rng))
    put_json("levels/drafts/春节 特别关卡.json", level_data(102, rng))

    # Config.
    put_json("config/game.json", {
        "app_id": "wx0123456789abcdef", "version": "1.3.0",
        "design_resolution": [750, 1334], "fps": 60,
        "start_level": "level-001", "max_energy": 5,
        "energy_regen_minutes": 20, "ads": {"rewarded": True,
                                            "interstitial_every": 3},
        "cdn": {"base": "https://cdn.example.com/jump-run/",
                "folders": ["images", "audio", "levels", "i18n"]},
    })
    put_json("config/items.json", [
        {"id": it, "icon": "images/icons/%s-01@64px.png" % it
         if it in ("coin", "heart", "star") else "images/icons/orb-01@64px.png",
         "stack": 99 if it in ("coin", "gem") else 9,
         "price": {"coins": (i + 1) * 50}} for i, it in enumerate(ITEMS)])
    put_json("config/shop.json", {"packs": [
        {"id": "starter", "price_cny": 6, "coins": 600, "gems": 10},
        {"id": "weekly", "price_cny": 30, "coins": 3500, "gems": 60},
        {"id": "spring-festival", "title": "春节礼包", "price_cny": 68,
         "coins": 8888, "gems": 188, "banner": "images/banners/春节 活动.png"},
    ]})
    put_json("config/achievements.json", [
        {"id": "first-win", "name": {"en": "First win", "zh_CN": "首胜"},
         "goal": 1},
        {"id": "collector", "name": {"en": "Collector", "zh_CN": "收藏家"},
         "goal": 1000},
        {"id": "speedrun", "name": {"en": "Speedrunner", "zh_CN": "速通达人"},
         "goal": 30},
    ])
    put_json("config/audio.json", {
        "music_volume": 0.7, "sfx_volume": 1.0,
        "tracks": {"menu": "audio/bgm/menu-theme.wav",
                   "boss": "audio/bgm/boss.wav",
                   "spring": "audio/bgm/春节 主题曲.wav"}})

    put_json("i18n/en.json", {k: en for k, en, _ in I18N})
    put_json("i18n/zh_CN.json", {k: zh for k, _, zh in I18N})

    for name, src in SHADERS.items():
        files["shaders/" + name + ".glsl"] = src.encode("utf-8")

    files["README.txt"] = README.encode("utf-8")
    files["更新日志.txt"] = CHANGELOG.encode("utf-8")
    files["misc/name with spaces.txt"] = b"spaces in the key\n"
    files["misc/plus+sign & ampersand.txt"] = b"+ and & in the key\n"
    files["misc/100% done?.txt"] = b"percent and question mark\n"
    files["misc/hash#tag=equals;semi.txt"] = b"# = ; in the key\n"
    files["misc/empty.txt"] = b""
    files["misc/深层/目录/嵌套 文件.txt"] = "嵌套目录中的中文文件\n".encode("utf-8")
    files["misc/emoji \U0001F3AE.txt"] = "game controller\n".encode("utf-8")


def main(argv):
    if len(argv) != 2 or argv[1] in ("-h", "--help"):
        sys.stderr.write("usage: make-demo-data.py OUTDIR\n")
        return 2
    out = os.path.abspath(argv[1])
    stamp = os.path.join(out, STAMP)
    try:
        with open(stamp, encoding="utf-8") as f:
            manifest = json.load(f)
        if manifest.get("version") == VERSION and all(
                os.path.getsize(os.path.join(out, e["path"])) == e["size"]
                for e in manifest["files"]):
            print("demo data already complete: %s (%d files)"
                  % (out, len(manifest["files"])))
            return 0
    except (OSError, ValueError, KeyError, TypeError):
        pass

    files = {}
    build(files)
    entries = []
    total = 0
    os.makedirs(out, exist_ok=True)
    if os.path.exists(stamp):
        os.unlink(stamp)
    for idx, rel in enumerate(sorted(files)):
        data = files[rel]
        path = os.path.join(out, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
        os.utime(path, (BASE_MTIME + idx, BASE_MTIME + idx))
        entries.append({"path": rel, "size": len(data),
                        "sha256": hashlib.sha256(data).hexdigest()})
        total += len(data)
    with open(stamp + ".tmp", "w", encoding="utf-8") as f:
        json.dump({"version": VERSION, "files": entries}, f,
                  ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(stamp + ".tmp", stamp)
    print("wrote %d files, %.1f MiB, to %s" % (len(entries),
                                                total / 1048576.0, out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
