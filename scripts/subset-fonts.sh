#!/usr/bin/env bash
# Regenerates the vendored fonts under assets/fonts/ (compiled into the binary with
# include_bytes! by src/export/pdf/fonts.rs).
#
# Why: no Rust crate ships a CJK font, and a cheat-sheet must render Chinese with no set-up.
# The full Noto Sans CJK faces are ~16 MB each; a GB2312 subset (every GB2312 character:
# 6,763 hanzi plus its symbols, kana, Greek, Cyrillic) plus ASCII, Latin-1, the punctuation,
# arrows, box drawing, bullets and math symbols notes use keeps them at ~3.5 MB each.
#
# Source: Debian's fonts-noto-cjk, NotoSansCJK-Regular.ttc. The face indices are checked by
# name below (2 = Noto Sans CJK SC, 7 = Noto Sans Mono CJK SC), never assumed.
# Tool: fontTools' pyftsubset (PyPI `fonttools`); set PYFTSUBSET/PYTHON to pick a venv.
#
# The output stays CFF-flavoured OpenType (.otf). printpdf 0.12.8 parses it, subsets it
# again per document (allsorts) and embeds it as CIDFontType0C; tests/pdf.rs checks that
# with pdffonts.
set -euo pipefail
cd "$(dirname "$0")/.."

TTC="${NOTO_CJK_TTC:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}"
PYTHON="${PYTHON:-$(command -v python3)}"
PYFTSUBSET="${PYFTSUBSET:-pyftsubset}"
if [ -x /work/main/.venv/bin/pyftsubset ] && ! command -v "$PYFTSUBSET" >/dev/null 2>&1; then
  PYFTSUBSET=/work/main/.venv/bin/pyftsubset
  PYTHON=/work/main/.venv/bin/python
fi
OUT=assets/fonts
mkdir -p "$OUT"

face_index() { # $1 = full family name; prints the face index inside $TTC
  "$PYTHON" - "$TTC" "$1" <<'PY'
import sys
from fontTools.ttLib import TTCollection
ttc, want = sys.argv[1], sys.argv[2]
for i, f in enumerate(TTCollection(ttc).fonts):
    if f["name"].getDebugName(1) == want:
        print(i)
        break
else:
    sys.exit(f"{want!r} not found in {ttc}")
PY
}

# The character set, one hex code point per line.
UNICODES="$(mktemp)"
trap 'rm -f "$UNICODES"' EXIT
"$PYTHON" - > "$UNICODES" <<'PY'
cps = set()
# Every character GB2312 can encode (rows 0xA1..0xF7, cells 0xA1..0xFE).
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            s = bytes([hi, lo]).decode("gb2312")
        except UnicodeDecodeError:
            continue
        cps.update(ord(c) for c in s)
ranges = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x017F),  # Latin Extended-A (pinyin tone marks)
    (0x01CD, 0x01DC),  # pinyin third-tone vowels
    (0x02C6, 0x02DD),  # spacing modifiers
    (0x0391, 0x03C9),  # Greek
    (0x2000, 0x206F),  # general punctuation (quotes, dashes, bullet, ellipsis)
    (0x2070, 0x209F),  # super/subscripts
    (0x20A0, 0x20BF),  # currency
    (0x2100, 0x214F),  # letterlike symbols
    (0x2150, 0x218F),  # number forms (Roman numerals)
    (0x2190, 0x21FF),  # arrows
    (0x2200, 0x22FF),  # mathematical operators
    (0x2300, 0x23FF),  # misc technical
    (0x2460, 0x24FF),  # enclosed alphanumerics (①)
    (0x2500, 0x257F),  # box drawing
    (0x2580, 0x259F),  # block elements
    (0x25A0, 0x25FF),  # geometric shapes (bullets ●○■□▲△◆)
    (0x2600, 0x26FF),  # misc symbols (★☆)
    (0x2700, 0x27BF),  # dingbats (✓✗)
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana
    (0x3100, 0x312F),  # bopomofo
    (0x3200, 0x32FF),  # enclosed CJK
    (0xFE10, 0xFE1F),  # vertical forms
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # halfwidth and fullwidth forms
]
for a, b in ranges:
    cps.update(range(a, b + 1))
for cp in sorted(cps):
    print(f"U+{cp:04X}")
PY

subset() { # $1 = family name, $2 = output file
  local index
  index="$(face_index "$1")"
  echo "subset-fonts: $1 is face $index of $TTC" >&2
  # No GSUB/GPOS/vertical tables: deckhand lays text out itself, horizontally, glyph by
  # glyph from the cmap, so shaping tables would only add weight.
  "$PYFTSUBSET" "$TTC" \
    --font-number="$index" \
    --unicodes-file="$UNICODES" \
    --layout-features= \
    --drop-tables+=GSUB,GPOS,GDEF,BASE,VORG,vhea,vmtx \
    --name-IDs='*' --name-languages='*' \
    --notdef-outline \
    --output-file="$2"
  ls -l "$2" >&2
}

subset "Noto Sans CJK SC" "$OUT/NotoSansCJKsc-GB2312.otf"
subset "Noto Sans Mono CJK SC" "$OUT/NotoSansMonoCJKsc-GB2312.otf"
