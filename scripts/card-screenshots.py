#!/usr/bin/env python3
"""Screenshots of every card of .apkg packages as Anki renders them: phone and desktop, day and night.

usage: card-screenshots.py PKG [PKG ...] OUT_DIR

Run it with the Python of the venv `.ci/run` creates (`.venv/bin/python`, PyPI `anki`). It needs
Debian's `chromium` and MathJax 3 from npm (`npm install --prefix /tmp/mathjax mathjax@3`; set
MATHJAX to another `tex-chtml-full.js` if it lives elsewhere).

Each package is imported into a new collection with Anki's own library; each card's
back is rendered by Anki (`card.answer()`: the note type's template and CSS, question included),
put in a page whose `<body>` carries the classes Anki's clients set (`card card1`, plus
`nightMode night_mode` at night), with MathJax configured for `\\(…\\)` and `\\[…\\]` as in Anki,
and shot by headless Chromium at 390 px (a phone) and 1000 px (a desktop window).
Writes OUT_DIR/NN-{phone,desktop}-{day,night}.png and OUT_DIR/index.txt (card number → question).
"""
import html, os, shutil, subprocess, sys, tempfile

from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

MATHJAX = os.environ.get(
    "MATHJAX", "/tmp/mathjax/node_modules/mathjax/es5/tex-chtml-full.js")
SIZES = {"phone": (390, 1100), "desktop": (1000, 900)}
CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--virtual-time-budget=4000"]

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<script>window.MathJax = {{ tex: {{ inlineMath: [["\\\\(", "\\\\)"]],
  displayMath: [["\\\\[", "\\\\]"]], processEscapes: false }} }};</script>
<script src="file://{mathjax}"></script>
<style>html {{ background: {bg}; }} body {{ margin: 0; padding: 12px; }}</style>
</head><body class="card card1{night}">{answer}</body></html>"""


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    *pkgs, out = argv
    os.makedirs(out, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="card-shots-")
    col = Collection(os.path.join(tmp, "collection.anki2"))
    index = []
    try:
        for pkg in pkgs:
            col.import_anki_package(ImportAnkiPackageRequest(
                package_path=os.path.abspath(pkg),
                options=ImportAnkiPackageOptions(merge_notetypes=True, with_scheduling=False)))
        media = col.media.dir()
        cids = sorted(col.find_cards(""), key=lambda c: (col.get_card(c).nid, c))
        for n, cid in enumerate(cids, 1):
            card = col.get_card(cid)
            # The back of the card: Anki's answer side shows the question above the answer.
            a = card.answer()
            index.append(f"{n:02}\t{html.unescape(card.note().fields[0])}")
            for night in (False, True):
                page = os.path.join(media, f"_shot_{n:02}_{int(night)}.html")
                with open(page, "w", encoding="utf-8") as f:
                    f.write(PAGE.format(mathjax=MATHJAX, answer=a,
                                        night=" nightMode night_mode" if night else "",
                                        bg="#2c2c2c" if night else "#ffffff"))
                for device, (w, h) in SIZES.items():
                    png = os.path.join(out, f"{n:02}-{device}-{'night' if night else 'day'}.png")
                    subprocess.run(CHROMIUM + [f"--user-data-dir={tmp}/chrome",
                                               f"--window-size={w},{h}", f"--screenshot={png}",
                                               "file://" + page],
                                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(os.path.join(out, "index.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(index) + "\n")
        print(f"{len(cids)} cards, {len(cids) * 4} screenshots in {out}")
    finally:
        col.close()
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
