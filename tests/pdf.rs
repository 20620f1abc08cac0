//! The PDF cheat-sheets, checked the way a reader (and poppler) sees them: fonts embedded and
//! subset, every question extractable, no line starting with closing punctuation, small files,
//! byte-identical rebuilds, one outline entry per question, images embedded.
//!
//! Needs poppler-utils (`pdffonts`, `pdftotext`, `pdfinfo`, `pdfimages`). Without them the
//! poppler checks are skipped loudly, unless `CI` is set: then they fail.

#[path = "../examples/common/sample.rs"]
mod sample;

use deckhand::export::pdf::{font_set, render_topic, Pdf};
use deckhand::export::{ExportOptions, Exporter, PdfOptions};
use deckhand::model::{Card, Deck, Warning};
use std::path::{Path, PathBuf};
use std::process::Command;

const TOPIC: &str = "Go 并发 / Concurrency";

fn poppler() -> bool {
    let ok = ["pdffonts", "pdftotext", "pdfinfo", "pdfimages"]
        .iter()
        .all(|t| {
            Command::new(t)
                .arg("-v")
                .output()
                .map(|o| o.status.success() || !o.stderr.is_empty())
                .unwrap_or(false)
        });
    if !ok {
        if std::env::var_os("CI").is_some() {
            panic!("poppler-utils (pdffonts/pdftotext/pdfinfo/pdfimages) missing in CI; .ci/run installs them");
        }
        eprintln!("\n!!!!!! SKIPPING poppler checks: poppler-utils is not installed !!!!!!\n");
    }
    ok
}

fn run(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        // pdftotext writes to FILE.txt unless told to use stdout.
        .args(if tool == "pdftotext" {
            &["-"][..]
        } else {
            &[][..]
        })
        .output()
        .unwrap_or_else(|e| panic!("{tool}: {e}"));
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

struct Built {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    warnings: Vec<Warning>,
    deck: Deck,
}

fn build(deck: Deck, opts: &ExportOptions) -> Built {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut warnings = Vec::new();
    let files = Pdf
        .export(&deck, dir.path(), opts, &mut warnings)
        .expect("export succeeds");
    Built {
        _dir: dir,
        files,
        warnings,
        deck,
    }
}

fn sample_build() -> (Built, tempfile::TempDir) {
    let img = tempfile::tempdir().expect("tempdir");
    let mut deck = sample::deck(TOPIC, Some(img.path()));
    // A second topic with no answers must not produce a file.
    deck.cards.push(Card {
        topic: "Empty".into(),
        question: "unanswered".into(),
        ..Default::default()
    });
    deck.recount_topics();
    (build(deck, &ExportOptions::default()), img)
}

fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn one_file_per_topic_with_answers_and_a_safe_name() {
    let (b, _img) = sample_build();
    assert_eq!(b.files.len(), 1, "{:?}", b.files);
    let name = b.files[0]
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("");
    assert_eq!(name, "Go 并发 _ Concurrency.pdf");
    assert_eq!(
        b.files[0]
            .parent()
            .and_then(|p| p.file_name())
            .and_then(|n| n.to_str()),
        Some("pdf")
    );
    assert!(b.warnings.is_empty(), "{:?}", b.warnings);
}

#[test]
fn fonts_are_embedded_and_subset() {
    if !poppler() {
        return;
    }
    let (b, _img) = sample_build();
    let out = run("pdffonts", &[], &b.files[0]);
    let rows: Vec<&str> = out
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert!(
        rows.len() >= 2,
        "expected the sans and the mono face:\n{out}"
    );
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... encoding emb sub uni object ID
        let n = cols.len();
        assert!(n >= 7, "{row}");
        assert_eq!(
            &cols[n - 5..n - 2],
            ["yes", "yes", "yes"],
            "emb/sub/uni: {row}"
        );
        let name = cols[0];
        assert!(
            name.len() > 7 && name.as_bytes()[6] == b'+',
            "no subset tag: {row}"
        );
    }
}

#[test]
fn every_answered_question_comes_back_and_unanswered_do_not() {
    if !poppler() {
        return;
    }
    let (b, _img) = sample_build();
    let raw = run("pdftotext", &["-enc", "UTF-8"], &b.files[0]);
    let text = squash(&raw);
    let mut answered = 0;
    for card in b.deck.cards.iter().filter(|c| c.topic == TOPIC) {
        let q = squash(&card.question);
        if card.is_answered() {
            answered += 1;
            // Verbatim, even when the heading wraps (two questions of the sample do).
            assert!(
                raw.contains(&card.question),
                "question missing from pdftotext: {}",
                card.question
            );
        } else {
            assert!(
                !text.contains(&q),
                "unanswered card printed: {}",
                card.question
            );
        }
    }
    assert!(answered >= 10);
    // Body text, code and table cells are extractable too.
    for needle in [
        "runtime.GOMAXPROCS(4)",
        "wg.Wait()",
        "processor，执行G所需的上下文",
        "gotest-race",
    ] {
        assert!(text.contains(needle), "{needle} missing");
    }
}

#[test]
fn no_line_starts_with_closing_punctuation() {
    if !poppler() {
        return;
    }
    // Narrow columns at a large size force many breaks next to punctuation.
    for columns in [1u8, 2, 3] {
        let mut opts = ExportOptions::default();
        opts.pdf.columns = columns;
        opts.pdf.font_size = if columns == 3 { 10.5 } else { 9.0 };
        let deck = sample::deck(TOPIC, None);
        let b = build(deck, &opts);
        let text = run("pdftotext", &["-enc", "UTF-8"], &b.files[0]);
        for line in text.lines() {
            let first = line.trim_start().chars().next().unwrap_or(' ');
            assert!(
                !"，。、）》」：；！？".contains(first),
                "{columns} columns: line starts with {first:?}: {line}"
            );
            let last = line.trim_end().chars().last().unwrap_or(' ');
            assert!(
                !"（《「".contains(last),
                "{columns} columns: line ends with {last:?}: {line}"
            );
        }
    }
}

#[test]
fn rebuilds_are_byte_identical_and_small() {
    let (a, _i1) = sample_build();
    let (b, _i2) = sample_build();
    let x = std::fs::read(&a.files[0]).expect("read");
    let y = std::fs::read(&b.files[0]).expect("read");
    assert!(x == y, "two builds differ");
    assert!(x.len() < 1_000_000, "sample topic is {} bytes", x.len());
    assert!(x.starts_with(b"%PDF-"));
}

#[test]
fn outline_has_one_entry_per_question_and_dates_are_not_the_clock() {
    let (b, _img) = sample_build();
    let bytes = std::fs::read(&b.files[0]).expect("read");
    let raw = String::from_utf8_lossy(&bytes);
    let answered = b
        .deck
        .cards
        .iter()
        .filter(|c| c.topic == TOPIC && c.is_answered())
        .count();
    assert!(raw.contains("/Outlines"));
    assert_eq!(raw.matches("/Dest").count(), answered);
    // The newest card mtime (1_763_000_000 = 2025-11-13), not today.
    assert!(
        raw.contains("D:20251113"),
        "creation date is not the card mtime"
    );
    if poppler() {
        let info = run("pdfinfo", &[], &b.files[0]);
        assert!(info.contains("A4"), "{info}");
        assert!(info.contains("2025"), "{info}");
    }
}

#[test]
fn images_are_embedded_from_media_only() {
    if !poppler() {
        return;
    }
    let (b, _img) = sample_build();
    let list = run("pdfimages", &["-list"], &b.files[0]);
    let kind = |l: &str| l.split_whitespace().nth(2).map(str::to_string);
    let images = list
        .lines()
        .skip(2)
        .filter(|l| kind(l).as_deref() == Some("image"))
        .count();
    let masks = list
        .lines()
        .skip(2)
        .filter(|l| kind(l).as_deref() == Some("smask"))
        .count();
    assert_eq!((images, masks), (1, 1), "{list}");

    // An answer that names a file not in `media` gets a placeholder naming it, never the file.
    let mut deck = sample::deck(TOPIC, None);
    deck.cards[0].answer = "![secret](/etc/passwd) 和 ![图](img/loop.png)".into();
    let b = build(deck, &ExportOptions::default());
    let list = run("pdfimages", &["-list"], &b.files[0]);
    assert_eq!(list.lines().skip(2).count(), 0, "{list}");
    let text = run("pdftotext", &["-enc", "UTF-8"], &b.files[0]);
    assert!(
        text.contains("[missing image: passwd]") && text.contains("[missing image: loop.png]"),
        "placeholders missing: {text}"
    );
}

#[test]
fn outline_titles_follow_reading_order_and_point_at_pages() {
    let (b, _img) = sample_build();
    let bytes = std::fs::read(&b.files[0]).expect("read");
    let doc = lopdf::Document::load_mem(&bytes).expect("lopdf parses our PDF");
    let pages: Vec<lopdf::ObjectId> = doc.get_pages().values().copied().collect();
    let catalog = doc.catalog().expect("catalog");
    let root = catalog
        .get(b"Outlines")
        .and_then(|o| o.as_reference())
        .expect("/Outlines");
    let mut next = doc
        .get_dictionary(root)
        .and_then(|d| d.get(b"First"))
        .and_then(|o| o.as_reference())
        .ok();
    let mut titles = Vec::new();
    while let Some(id) = next {
        let d = doc.get_dictionary(id).expect("outline item");
        let raw = d.get(b"Title").and_then(|t| t.as_str()).expect("title");
        let units: Vec<u16> = raw[2..]
            .chunks(2)
            .map(|c| u16::from_be_bytes([c[0], c[1]]))
            .collect();
        titles.push(String::from_utf16(&units).expect("UTF-16 title"));
        let dest = d.get(b"Dest").and_then(|o| o.as_array()).expect("/Dest");
        let page = dest[0].as_reference().expect("page ref");
        assert!(pages.contains(&page), "outline points at a non-page");
        next = d.get(b"Next").and_then(|o| o.as_reference()).ok();
    }
    let expected: Vec<String> = b
        .deck
        .cards
        .iter()
        .filter(|c| c.topic == TOPIC && c.is_answered())
        .map(|c| c.question.clone())
        .collect();
    assert_eq!(titles, expected);
}

#[test]
fn letter_three_columns_and_big_font_sizes_work() {
    let mut opts = ExportOptions::default();
    opts.pdf.paper = "letter".into();
    opts.pdf.columns = 3;
    opts.pdf.font_size = 11.0;
    let b = build(sample::deck(TOPIC, None), &opts);
    if poppler() {
        let info = run("pdfinfo", &[], &b.files[0]);
        assert!(info.contains("612 x 792"), "{info}");
    }
}

#[test]
fn characters_no_font_has_get_one_warning_and_a_visible_placeholder() {
    let mut deck = sample::deck(TOPIC, None);
    deck.cards[0].answer.push_str("\n\n表情 😀 和 🚀 以及 😀");
    deck.cards[1].answer.push_str("\n\n再来一个 🚀");
    let b = build(deck, &ExportOptions::default());
    let w: Vec<&Warning> = b
        .warnings
        .iter()
        .filter(|w| w.message.contains("no glyph"))
        .collect();
    assert_eq!(w.len(), 1, "{:?}", b.warnings);
    assert!(
        w[0].message.contains('😀') && w[0].message.contains('🚀'),
        "{}",
        w[0].message
    );
    if poppler() {
        // Drawn as the placeholder, but /ActualText keeps the real characters extractable.
        let text = run("pdftotext", &["-enc", "UTF-8"], &b.files[0]);
        // (The glyph drawn is 〓, whose /ToUnicode entry is 〓: only /ActualText yields emoji.)
        assert!(
            text.contains("表情 😀 和 🚀"),
            "emoji lost from the text layer"
        );
    }
}

#[test]
fn user_fonts_override_and_unusable_ones_are_warnings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let not_a_font = dir.path().join("notes.md");
    std::fs::write(&not_a_font, "# not a font").expect("write");
    for bad in [
        PathBuf::from("/nonexistent/font.ttf"),
        PathBuf::from("/dev/zero"),
        dir.path().to_path_buf(),
        not_a_font,
    ] {
        let mut opts = ExportOptions::default();
        opts.pdf.font = Some(bad.clone());
        let mut warnings = Vec::new();
        let out = tempfile::tempdir().expect("tempdir");
        let written = Pdf
            .export(&sample::deck(TOPIC, None), out.path(), &opts, &mut warnings)
            .expect("the bundled font stands in");
        assert_eq!(written.len(), 1);
        let w = warnings
            .iter()
            .find(|w| w.path == bad.display().to_string())
            .unwrap_or_else(|| panic!("no warning for {}: {warnings:?}", bad.display()));
        assert!(w.message.contains("bundled font"), "{}", w.message);
    }

    let dejavu = Path::new("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    if !dejavu.exists() {
        eprintln!(
            "skipping the override check: {} not installed",
            dejavu.display()
        );
        return;
    }
    let opts = PdfOptions {
        font: Some(dejavu.to_path_buf()),
        ..PdfOptions::default()
    };
    let fonts = font_set(&opts).expect("font loads");
    let deck = sample::deck(TOPIC, None);
    let cards: Vec<&Card> = deck.cards.iter().filter(|c| c.is_answered()).collect();
    let sheet = render_topic(TOPIC, &cards, &opts, &fonts).expect("renders");
    // Latin in DejaVu, Chinese through the vendored fallback: nothing is missing.
    assert!(sheet.missing.is_empty(), "{:?}", sheet.missing);
    if poppler() {
        let dir = tempfile::tempdir().expect("tempdir");
        let f = dir.path().join("x.pdf");
        std::fs::write(&f, &sheet.bytes).expect("write");
        let fonts = run("pdffonts", &[], &f);
        assert!(fonts.contains("DejaVuSans"), "{fonts}");
        assert!(fonts.contains("NotoSansCJKsc"), "{fonts}");
        // A TrueType face's glyphs are renumbered by subsetting: the text still reads back.
        let text = run("pdftotext", &["-enc", "UTF-8"], &f);
        for card in &cards {
            assert!(
                text.contains(&card.question),
                "question missing with DejaVu: {}",
                card.question
            );
        }
    }
}

#[test]
fn odd_markdown_never_panics() {
    let mut deck = Deck::new();
    let answers = [
        "```\n",
        "|a|b|\n|-|-|\n|1|",
        "> > > deep\n> - a\n>   ```\n>   x",
        "* * *",
        "<div><p>html</p></div>",
        "![](missing.png)",
        "1. a\n   1. b\n      1. c\n         1. d\n            1. e",
        &"长".repeat(5000),
        &"x".repeat(5000),
        "\u{0}\u{7}\t\r",
        "| |\n|---|\n| ![i](p.png) |",
    ];
    for (i, a) in answers.iter().enumerate() {
        deck.cards.push(Card {
            topic: "Odd".into(),
            question: format!("q{i} {}", "问".repeat(i * 10)),
            answer: (*a).into(),
            ..Default::default()
        });
    }
    deck.recount_topics();
    let b = build(deck, &ExportOptions::default());
    assert_eq!(b.files.len(), 1);
}

#[test]
fn cli_build_writes_one_pdf_per_topic() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .args([
            "build",
            "--format",
            "pdf,json",
            "--columns",
            "3",
            "--paper",
            "letter",
            "-o",
        ])
        .arg(dir.path())
        .arg(&fixtures)
        .output()
        .expect("runs deckhand");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let deck: Deck =
        serde_json::from_slice(&std::fs::read(dir.path().join("cards.json")).expect("cards.json"))
            .expect("model");
    let mut topics: Vec<&str> = deck
        .cards
        .iter()
        .filter(|c| c.is_answered())
        .map(|c| c.topic.as_str())
        .collect();
    topics.sort();
    topics.dedup();
    let pdfs = std::fs::read_dir(dir.path().join("pdf"))
        .expect("pdf dir")
        .count();
    assert_eq!(
        pdfs,
        topics.len(),
        "one PDF per topic with answers: {topics:?}"
    );
}

#[test]
fn sheets_show_what_the_notes_say_math_included() {
    if !poppler() {
        return;
    }
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dialect/rendering.md");
    let text = std::fs::read_to_string(&fixture).expect("fixture");
    let deck = deckhand::pipeline::deck_from_text("rendering.md", &text, &Default::default());
    let b = build(deck, &ExportOptions::default());
    let pdf = &b.files[0];
    // Math is typeset in a math font, never printed as TeX.
    let fonts = run("pdffonts", &[], pdf);
    assert!(fonts.contains("STIXTwoMath"), "{fonts}");
    let text = run("pdftotext", &["-enc", "UTF-8"], pdf);
    for tex in [
        r"\frac",
        r"\sqrt",
        r"\begin{cases}",
        r"\begin{pmatrix}",
        r"\(",
        "$$",
    ] {
        assert!(!text.contains(tex), "{tex} printed as source:\n{text}");
    }
    assert!(text.contains('√') && text.contains('±'), "{text}");
    // Chinese in math is set in the text face, searchable: no fallback for it.
    assert!(
        text.contains("（每层合并一次）") && text.contains("元素"),
        "{text}"
    );
    // What cannot be typeset is TeX in monospace, with a warning naming the file and line.
    let math_warnings: Vec<_> = b
        .warnings
        .iter()
        .filter(|w| w.kind == deckhand::model::WarningKind::Math)
        .collect();
    assert_eq!(math_warnings.len(), 1, "{math_warnings:?}");
    let note = std::fs::read_to_string(&fixture).expect("fixture");
    let line = 1 + note
        .lines()
        .position(|l| l.contains("mathscrr"))
        .expect("line");
    assert!(
        math_warnings[0].path == "rendering.md"
            && math_warnings[0].line == line
            && math_warnings[0].message.contains(r"\mathscrr{x}"),
        "{math_warnings:?}"
    );
    assert!(text.contains(r"\mathscrr{x}"), "{text}");
    // The author's line breaks, highlights, hidden Obsidian syntax, footnotes, placeholders.
    assert!(
        text.contains("第一点写在这一行\n第二点写在下一行\nthird point"),
        "{text}"
    );
    assert!(
        text.contains("nsqd中的进程") && !text.contains("**"),
        "{text}"
    );
    assert!(
        !text.contains("^blk") && !text.contains("写给自己") && !text.contains(":::"),
        "{text}"
    );
    assert!(
        text.contains("可折叠的警告") && !text.contains("[!warning]"),
        "{text}"
    );
    assert!(text.contains("[gc] 也就是 stop the world"), "{text}");
    assert!(text.contains("[missing image: gone.png]"), "{text}");
    assert!(text.contains("println!(\"hi\");"), "{text}");
    // Links are link annotations, bare URLs too.
    let urls = run("pdfinfo", &["-url"], pdf);
    assert!(urls.contains("https://www.rust-lang.org/"), "{urls}");
    assert!(urls.contains("https://doc.rust-lang.org/std/"), "{urls}");
}

#[test]
fn a_card_going_on_in_the_next_column_says_so() {
    if !poppler() {
        return;
    }
    let mut deck = sample::deck(TOPIC, None);
    let long: String = (0..150).map(|i| format!("第 {i} 行答案\n")).collect();
    deck.cards[0].question = "很长的那张卡片？".into();
    deck.cards[0].answer = long;
    let b = build(deck, &ExportOptions::default());
    let text = run("pdftotext", &["-enc", "UTF-8"], &b.files[0]);
    assert!(text.contains("（续）很长的那张卡片？"), "{text}");
    assert!(!text.contains("（续）（续）"), "{text}");
}
