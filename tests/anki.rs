//! The Anki exporter, checked from the outside: packages are opened as zip + SQLite, and
//! imported by Anki's own library (PyPI `anki`, via `DECKHAND_PYTHON` or `.venv/bin/python`).
//! Without that library the import tests print a loud notice and pass, except under `CI`,
//! where they fail.
#![cfg(feature = "anki")]

use deckhand::export::anki::{build_packages, Anki};
use deckhand::export::{ExportOptions, Exporter};
use deckhand::model::{card_id, Card, Deck, Media, Source, Warning};
use serde_json::Value;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

const PNG_A: &[u8] = b"\x89PNG\r\n\x1a\n(test image: a handshake diagram)";
const PNG_B: &[u8] = b"\x89PNG\r\n\x1a\n(test image: a b-tree sketch)";

fn card(topic: &str, q: &str, answer: &str, path: &str, line: usize, mtime: i64) -> Card {
    Card {
        id: card_id(topic, q),
        topic: topic.into(),
        question: q.into(),
        question_markdown: String::new(),
        answer: answer.into(),
        source: Source {
            path: path.into(),
            line,
            end_line: line + 3,
            mtime,
        },
        tags: vec![],
        rule: "heading".into(),
        media: vec![],
    }
}

/// A small model in the shape extraction produces, with images in `dir`.
fn sample_deck(dir: &Path) -> Deck {
    let img = dir.join("img");
    std::fs::create_dir_all(&img).expect("img dir");
    std::fs::write(img.join("handshake.png"), PNG_A).expect("png a");
    std::fs::write(img.join("btree.png"), PNG_B).expect("png b");
    let path_of = |name: &str| img.join(name).display().to_string();

    let mut net = card(
        "Networking",
        "TCP 三次握手的过程",
        "客户端发 SYN，服务端回 SYN+ACK，客户端再回 ACK。\n\n\
         ![握手](img/handshake.png)\n\n\
         外部示意图：![remote](https://example.com/tcp.png)\n",
        "notes/网络 基础.md",
        12,
        1_760_000_000,
    );
    net.media = vec![Media {
        src: "img/handshake.png".into(),
        path: path_of("handshake.png"),
    }];
    let mut db = card(
        "Databases",
        "为什么 MySQL 索引用 B+ 树?",
        "> 磁盘 IO 是瓶颈\n\n1. 非叶子节点只存键，扇出大，树矮\n2. 叶子节点链表，范围查询快\n\n\
         <img src=\"img/btree.png\" width=\"300\"> <img src=\"/etc/passwd\">\n",
        "notes/db.md",
        3,
        1_760_000_100,
    );
    db.media = vec![Media {
        src: "img/btree.png".into(),
        path: path_of("btree.png"),
    }];
    let mut deck = Deck::new();
    deck.cards = vec![
        card(
            "Go",
            "切片扩容的规则",
            "容量小于 256 时翻倍，之后按约 1.25 倍增长。\n\n\
             ```go\n// grow\ns := make([]int, 0, 4)\ns = append(s, 1, 2, 3, 4, 5)\nfor _, v := range s {\n\tfmt.Println(v)\n}\n```\n",
            "notes/go.md",
            5,
            1_760_000_000,
        ),
        card(
            "Go",
            "What does defer do?",
            "Runs a call when the function returns.\n\n\
             | order | meaning |\n|---|---|\n| LIFO | last deferred runs first |\n",
            "notes/go.md",
            20,
            1_760_000_000,
        ),
        net,
        db,
        card("Databases", "什么是 MVCC？", "", "notes/db.md", 30, 1_760_000_100),
    ];
    deck.recount_topics();
    deck
}

/// `deck` with the answer to `question` replaced and its file `later` seconds newer.
fn with_answer(deck: &Deck, question: &str, answer: &str, later: i64) -> Deck {
    let mut edited = deck.clone();
    let card = edited
        .cards
        .iter_mut()
        .find(|c| c.question == question)
        .expect("card");
    card.answer = answer.into();
    card.source.mtime += later;
    edited
}

fn answered(deck: &Deck) -> usize {
    deck.cards.iter().filter(|c| c.is_answered()).count()
}

/// Exports into `out`; returns the packages written (the lock, always written last, is
/// checked and left out) and the warnings.
fn export(deck: &Deck, out: &Path, opts: &ExportOptions) -> (Vec<PathBuf>, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut paths = Anki.export(deck, out, opts, &mut warnings).expect("export");
    let lock = paths.pop().expect("the lock");
    assert_eq!(lock, out.join("deckhand.lock"));
    (paths, warnings)
}

/// The package's zip entries, in order, with their contents.
fn entries(pkg: &Path) -> Vec<(String, Vec<u8>)> {
    let file = std::fs::File::open(pkg).expect("open apkg");
    let mut zip = zip::ZipArchive::new(file).expect("zip");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("read entry");
            (f.name().to_string(), bytes)
        })
        .collect()
}

/// The package's collection, opened read-only in memory.
fn package_db(pkg: &Path) -> rusqlite::Connection {
    let entries = entries(pkg);
    let (_, db) = entries
        .iter()
        .find(|(n, _)| n == "collection.anki2")
        .expect("collection entry");
    let mut conn = rusqlite::Connection::open_in_memory().expect("sqlite");
    conn.deserialize_read_exact(rusqlite::MAIN_DB, &db[..], db.len(), true)
        .expect("deserialize");
    conn
}

/// Every field of every note, straight from the package's collection.
fn package_fields(pkg: &Path) -> Vec<String> {
    let conn = package_db(pkg);
    let mut stmt = conn.prepare("SELECT flds FROM notes").expect("query");
    let rows = stmt
        .query_map([], |r| r.get::<_, String>(0))
        .expect("rows")
        .collect::<Result<Vec<_>, _>>()
        .expect("flds");
    rows.iter()
        .flat_map(|f| f.split('\x1f').map(String::from).collect::<Vec<_>>())
        .collect()
}

#[test]
fn writes_one_package_named_after_the_deck() {
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions {
        deck_name: "学习::Backend".into(),
        ..Default::default()
    };
    let (paths, _) = export(&deck, &tmp.path().join("out"), &opts);
    assert_eq!(
        paths,
        vec![tmp.path().join("out").join("学习__Backend.apkg")]
    );
    let names: Vec<String> = entries(&paths[0]).into_iter().map(|(n, _)| n).collect();
    assert_eq!(names, ["collection.anki2", "media", "0", "1"]);
}

#[test]
fn split_by_topic_writes_one_package_per_topic() {
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions {
        split_by_topic: true,
        ..Default::default()
    };
    let (paths, _) = export(&deck, &tmp.path().join("out"), &opts);
    let anki = tmp.path().join("out").join("anki");
    assert_eq!(
        paths,
        vec![
            anki.join("Go.apkg"),
            anki.join("Networking.apkg"),
            anki.join("Databases.apkg")
        ]
    );
    // Only the package whose cards show an image bundles it.
    let media_entries = |p: &Path| entries(p).len() - 2;
    assert_eq!(media_entries(&paths[0]), 0);
    assert_eq!(media_entries(&paths[1]), 1);
}

#[test]
fn same_model_gives_byte_identical_packages() {
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions::default();
    let (a, _) = export(&deck, &tmp.path().join("a"), &opts);
    let (b, _) = export(&deck, &tmp.path().join("b"), &opts);
    let read = |p: &PathBuf| std::fs::read(p).expect("read");
    assert!(read(&a[0]) == read(&b[0]), "two exports differ");

    // …and the identity is content, not luck: an edited answer changes the bytes.
    let mut edited = deck.clone();
    edited.cards[0].answer.push_str("\nmore");
    let (c, _) = export(&edited, &tmp.path().join("c"), &opts);
    assert!(read(&a[0]) != read(&c[0]));
}

#[test]
fn no_script_handler_javascript_or_iframe_reaches_a_field() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut deck = Deck::new();
    let hostile = "ok <script>alert('s')</script>\n\n\
        <img src=x onerror=\"alert('e')\"> <a href=\"javascript:alert('j')\">j</a> [m](jAvAsCrIpT:alert('m'))\n\n\
        <iframe src=\"https://evil.example\"></iframe> <div onmouseover=\"alert('o')\">hover</div>\n\n\
        <svg onload=alert('v')></svg> <math><mi xlink:href=\"javascript:alert('x')\"></mi></math>\n\n\
        <object data=\"data:text/html,<script>alert('d')</script>\"></object><embed src=x>\n\n\
        <style>body{display:none}</style><form action=x><input autofocus onfocus=alert('f')></form>\n\n\
        <img src=\"/etc/passwd\"> <img src=\"file:///etc/passwd\"> ![p](../../secret.png)\n";
    deck.cards = vec![card("Web", "<b>bold</b> question?", hostile, "w.md", 1, 1)];
    let (paths, _) = export(&deck, &tmp.path().join("out"), &ExportOptions::default());
    let fields = package_fields(&paths[0]);
    assert_eq!(fields.len(), 4);
    let all = fields.join("\n").to_lowercase();
    assert_no_active_content(&all);
    for leaked in ["passwd", "../secret"] {
        assert!(!all.contains(leaked), "{leaked:?} reached a field: {all}");
    }
    assert!(
        all.contains("[missing image: secret.png]"),
        "an image outside the notes is a named placeholder: {all}"
    );
    assert!(all.contains("hover"), "harmless text is kept: {all}");
    assert!(
        fields[0].contains("&lt;b&gt;bold"),
        "questions are text: {}",
        fields[0]
    );
    // Nothing outside `media` was bundled.
    assert_eq!(entries(&paths[0]).len(), 2);
}

/// Fails if any tag in `html` is active: a banned element, an event handler, a script URL.
/// (Escaped text such as `&lt;svg onload=…&gt;` is inert and allowed.)
fn assert_no_active_content(html: &str) {
    let html = html.to_lowercase();
    let banned = [
        "script", "iframe", "object", "embed", "style", "form", "input", "svg", "math", "frame",
        "base", "meta", "link",
    ];
    for tag in html.split('<').skip(1).filter_map(|t| t.split('>').next()) {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !banned.contains(&name.as_str()),
            "<{tag}> reached a field: {html}"
        );
        assert!(
            !tag.contains("javascript:"),
            "<{tag}> reached a field: {html}"
        );
        let handler = tag
            .split(|c: char| c.is_whitespace())
            .any(|attr| attr.starts_with("on") && attr.contains('='));
        assert!(!handler, "<{tag}> has an event handler: {html}");
    }
    assert!(!html.contains("javascript:"), "javascript: URL in {html}");
}

#[test]
fn unreadable_media_is_a_warning_not_an_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    let mut deck = Deck::new();
    let mut c = card("Go", "q", "![x](gone.png)", "n.md", 7, 1);
    c.media = vec![Media {
        src: "gone.png".into(),
        path: tmp.path().join("gone.png").display().to_string(),
    }];
    deck.cards = vec![c];
    let mut warnings = Vec::new();
    let pkgs = build_packages(&deck, &ExportOptions::default(), &mut warnings).expect("build");
    assert_eq!(pkgs[0].media, 0);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!((warnings[0].path.as_str(), warnings[0].line), ("n.md", 7));
}

// ---------------------------------------------------------------- real Anki

/// A Python that can `import anki`, or `None` (after a loud notice; a failure under `CI`).
fn anki_python() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let candidates = std::env::var_os("DECKHAND_PYTHON")
        .map(PathBuf::from)
        .into_iter()
        .chain([root.join(".venv/bin/python")]);
    for py in candidates {
        let ok = Command::new(&py)
            .args(["-c", "import anki"])
            .output()
            .map(|o| o.status.success())
            .unwrap_or(false);
        if ok {
            return Some(py);
        }
    }
    let msg = "no Python with PyPI `anki` (set DECKHAND_PYTHON or create .venv: see .ci/run)";
    if std::env::var_os("CI").is_some() {
        panic!("{msg}");
    }
    eprintln!("\n!!!!!!!! SKIPPED real-Anki import test: {msg} !!!!!!!!\n");
    None
}

/// Imports `pkgs` in turn into the collection in `col_dir`; one JSON value per import,
/// then the database check.
fn anki_import(py: &Path, col_dir: &Path, pkgs: &[&Path], if_newer: bool) -> Vec<Value> {
    let flags: &[&str] = if if_newer { &["--if-newer"] } else { &[] };
    anki_script(py, col_dir, pkgs, flags)
}

/// Runs `tests/anki_import.py` with `flags` (`--if-newer`, `--review`).
fn anki_script(py: &Path, col_dir: &Path, pkgs: &[&Path], flags: &[&str]) -> Vec<Value> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/anki_import.py");
    let mut cmd = Command::new(py);
    cmd.arg(script).arg(col_dir).args(pkgs).args(flags);
    let out = cmd.output().expect("run python");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "anki import failed:\n{}\n{stdout}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("json line"))
        .collect()
}

/// An import's counts without its notes, for assertion messages.
fn summary(import: &Value) -> String {
    let mut v = import.clone();
    if let Some(o) = v.as_object_mut() {
        o.remove("notes");
    }
    v.to_string()
}

fn assert_database_ok(check: &Value) {
    assert_eq!(check["check_database_ok"], true, "{check}");
    let text = check["check_database"].as_str().unwrap_or_default();
    let harmless = ["", "Database rebuilt and optimized."];
    assert!(harmless.contains(&text.trim()), "database check: {text}");
}

fn note_by_question<'a>(import: &'a Value, q: &str) -> &'a Value {
    import["notes"]
        .as_array()
        .and_then(|ns| ns.iter().find(|n| n["fields"]["Question"] == q))
        .unwrap_or_else(|| panic!("no note for {q:?} in {}", summary(import)))
}

#[test]
fn anki_imports_the_package_and_updates_in_place() {
    let Some(py) = anki_python() else { return };
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions::default();
    let (first, _) = export(&deck, &tmp.path().join("v1"), &opts);

    let col = tmp.path().join("collection");
    let out = anki_import(&py, &col, &[&first[0]], true);
    let (import, check) = (&out[0], &out[1]);
    assert_database_ok(check);
    assert_eq!(import["new"], answered(&deck), "{}", summary(import));
    assert_eq!(import["note_count"], answered(&deck));
    assert_eq!(import["card_count"], answered(&deck));
    let decks: Vec<&str> = import["decks"]
        .as_array()
        .expect("decks")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for d in [
        "Notes",
        "Notes::Go",
        "Notes::Networking",
        "Notes::Databases",
    ] {
        assert!(decks.contains(&d), "deck {d} missing: {decks:?}");
    }

    // Fields, deck, tags and rendering of one note.
    let go = note_by_question(import, "切片扩容的规则");
    assert_eq!(go["deck"], "Notes::Go");
    assert_eq!(go["notetype"], "deckhand Q&A");
    assert_eq!(go["fields"]["Topic"], "Go");
    assert_eq!(go["fields"]["Source"], "notes/go.md:5");
    let answer = go["fields"]["Answer"].as_str().expect("answer");
    assert!(
        answer.contains("<pre class=\"dh-code\">") && answer.contains("hl-k"),
        "{answer}"
    );
    let back = go["answer_html"].as_str().expect("back");
    assert!(
        back.contains("切片扩容的规则") && back.contains("notes/go.md:5"),
        "{back}"
    );
    let net = note_by_question(import, "TCP 三次握手的过程");
    let tags: Vec<&str> = net["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        tags.contains(&"Networking") && tags.contains(&"网络_基础"),
        "{tags:?}"
    );
    let table = note_by_question(import, "What does defer do?");
    assert!(table["fields"]["Answer"]
        .as_str()
        .is_some_and(|a| a.contains("<table>")));

    // Media: both images arrived, every <img> points at a file Anki has, nothing unused.
    let media = import["media_files"].as_array().expect("media");
    assert_eq!(media.len(), 2, "{media:?}");
    assert_eq!(import["media_missing"].as_array().map(Vec::len), Some(0));
    assert_eq!(import["media_unused"].as_array().map(Vec::len), Some(0));
    let net_answer = net["fields"]["Answer"].as_str().expect("net answer");
    assert!(media
        .iter()
        .filter_map(Value::as_str)
        .any(|m| net_answer.contains(&format!("src=\"{m}\""))));
    assert!(net_answer.contains("src=\"https://example.com/tcp.png\""));

    // Edit one answer, its file is touched: a re-import updates that note and adds nothing.
    let edited = with_answer(
        &deck,
        "What does defer do?",
        "Defers a call until the surrounding function returns (edited).",
        60,
    );
    let (second, _) = export(&edited, &tmp.path().join("v2"), &opts);
    let col2 = tmp.path().join("collection2");
    let out = anki_import(&py, &col2, &[&first[0], &second[0]], true);
    let (again, check) = (&out[1], &out[2]);
    assert_database_ok(check);
    assert_eq!(again["new"], 0, "{}", summary(again));
    assert!(
        again["updated"].as_u64().unwrap_or(0) >= 1,
        "{}",
        summary(again)
    );
    assert_eq!(again["note_count"], answered(&deck));
    let now = note_by_question(again, "What does defer do?");
    assert!(
        now["fields"]["Answer"]
            .as_str()
            .is_some_and(|a| a.contains("(edited)")),
        "{}",
        now["fields"]
    );
    let before = note_by_question(&out[0], "What does defer do?");
    assert_eq!(before["guid"], now["guid"]);
}

#[test]
fn rebuild_into_the_same_directory_moves_changed_notes_forward() {
    // A script copies notes, builds, edits an answer and rebuilds within one second: the file
    // time has not moved, yet Anki must still see the edited note as newer.
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions::default();
    let out_dir = tmp.path().join("out");
    let (first, _) = export(&deck, &out_dir, &opts);
    let v1 = tmp.path().join("v1.apkg");
    std::fs::copy(&first[0], &v1).expect("keep v1");
    let (again, _) = export(&deck, &out_dir, &opts);
    assert_eq!(
        std::fs::read(&again[0]).expect("rebuild"),
        std::fs::read(&v1).expect("v1"),
        "an unchanged rebuild is byte-identical"
    );

    let edited = with_answer(
        &deck,
        "What does defer do?",
        "Runs a call when the function returns (edited).",
        0,
    );
    let (second, _) = export(&edited, &out_dir, &opts);
    let mods = |pkg: &Path| -> Vec<(String, i64)> {
        let conn = package_db(pkg);
        let mut stmt = conn
            .prepare("SELECT sfld, mod FROM notes ORDER BY sfld")
            .expect("query");
        let rows = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("rows");
        rows.collect::<Result<_, _>>().expect("mods")
    };
    let (before, after) = (mods(&v1), mods(&second[0]));
    for ((q, m1), (q2, m2)) in before.iter().zip(&after) {
        assert_eq!(q, q2);
        if q == "What does defer do?" {
            assert_eq!(*m2, m1 + 1, "the edited note moves past its old time");
        } else {
            assert_eq!(m1, m2, "{q}: unchanged notes keep their time");
        }
    }

    let Some(py) = anki_python() else { return };
    let out = anki_import(&py, &tmp.path().join("col"), &[&v1, &second[0]], true);
    let (import, check) = (&out[1], &out[2]);
    assert_database_ok(check);
    assert_eq!(import["new"], 0, "{}", summary(import));
    assert_eq!(import["updated"], 1, "{}", summary(import));
}

#[test]
fn anki_renders_no_active_content() {
    let Some(py) = anki_python() else { return };
    let tmp = tempfile::tempdir().expect("tmp");
    let mut deck = Deck::new();
    let hostile = "<script>alert(1)</script><img src=x onerror=alert(2)>\
                   <a href=\"javascript:alert(3)\">a</a><iframe src=\"https://e.example\"></iframe>";
    deck.cards = vec![card(
        "Web",
        "<script>alert(4)</script>",
        hostile,
        "w.md",
        1,
        1,
    )];
    let (paths, _) = export(&deck, &tmp.path().join("out"), &ExportOptions::default());
    let out = anki_import(&py, &tmp.path().join("col"), &[&paths[0]], false);
    assert_database_ok(&out[1]);
    let note = &out[0]["notes"][0];
    for key in ["question_html", "answer_html"] {
        // Anki prepends the note type's CSS as one <style> block; the rest is the card.
        let html = note[key].as_str().unwrap_or_default();
        let card = html.split_once("</style>").map_or(html, |(_, rest)| rest);
        assert!(!html.is_empty() && card.len() < html.len(), "{html}");
        assert_no_active_content(card);
    }
    for field in note["fields"].as_object().expect("fields").values() {
        assert_no_active_content(field.as_str().unwrap_or_default());
    }
}

#[test]
fn anki_imports_split_packages_with_unanswered_cards() {
    let Some(py) = anki_python() else { return };
    let tmp = tempfile::tempdir().expect("tmp");
    let deck = sample_deck(tmp.path());
    let opts = ExportOptions {
        split_by_topic: true,
        include_unanswered: true,
        deck_name: "面试".into(),
        ..Default::default()
    };
    let (paths, _) = export(&deck, &tmp.path().join("out"), &opts);
    let pkgs: Vec<&Path> = paths.iter().map(PathBuf::as_path).collect();
    let out = anki_import(&py, &tmp.path().join("col"), &pkgs, true);
    let (last, check) = (&out[pkgs.len() - 1], &out[pkgs.len()]);
    assert_database_ok(check);
    assert_eq!(last["note_count"], deck.cards.len(), "{}", summary(last));
    let decks = last["decks"].to_string();
    for d in ["面试::Go", "面试::Networking", "面试::Databases"] {
        assert!(decks.contains(d), "{d} missing: {decks}");
    }
    let open = note_by_question(last, "什么是 MVCC？");
    assert_eq!(open["fields"]["Answer"], "");
    assert!(open["answer_html"]
        .as_str()
        .is_some_and(|h| h.contains("no answer in the notes yet")));
}

// ------------------------------------------------- identity across edits (deckhand.lock)

/// Runs the deckhand binary in `dir`; returns stdout, panics with stderr on failure.
fn deckhand(dir: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("run deckhand");
    assert!(
        out.status.success(),
        "deckhand {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

fn write(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    std::fs::write(path, text).expect("write note");
}

fn questions(list: &Value) -> Vec<&str> {
    list.as_array()
        .expect("list")
        .iter()
        .filter_map(|c| c["question"].as_str())
        .collect()
}

#[test]
fn reviews_survive_rewording_moving_and_deleting() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    write(
        &dir.join("notes/net.md"),
        "# 网络\n\n## TCP 三次握手的过程？\n\nSYN，SYN-ACK，ACK。\n\n\
         ## 什么是 TIME_WAIT？\n\n主动关闭的一方等待 2MSL。\n\n\
         ## HTTP 和 HTTPS 的区别？\n\nHTTPS 多了 TLS。\n",
    );
    write(
        &dir.join("notes/go.md"),
        "# Go\n\n## 什么是 GMP？\n\nG 是协程，M 是线程，P 是处理器。\n\n\
         ## 切片扩容的规则\n\n小于 1024 翻倍。\n",
    );
    deckhand(
        dir,
        &["build", "notes", "-o", "out", "--format", "anki", "-q"],
    );
    let first = dir.join("v1.apkg");
    std::fs::copy(dir.join("out/Notes.apkg"), &first).expect("keep v1");

    // Edit: reword one question, edit one answer, delete one, move one to another file and
    // topic, add one.
    write(
        &dir.join("notes/net.md"),
        "# 网络\n\n## TCP 三次握手的过程是怎样的？\n\nSYN，SYN-ACK，ACK。\n\n\
         ## HTTP 和 HTTPS 的区别？\n\nHTTPS 多了 TLS 加密。\n",
    );
    write(
        &dir.join("notes/go.md"),
        "# Go\n\n## 切片扩容的规则\n\n小于 1024 翻倍。\n\n\
         ## channel 关闭后还能读吗？\n\n能，读到零值。\n",
    );
    write(
        &dir.join("notes/os.md"),
        "# 操作系统\n\n## 什么是 TIME_WAIT？\n\n主动关闭的一方等待 2MSL。\n",
    );

    // The plan, before anything is written.
    let lock_before = std::fs::read(dir.join("out/deckhand.lock")).expect("lock");
    let plan: Value = serde_json::from_str(&deckhand(
        dir,
        &["plan", "notes", "-o", "out", "--format", "json", "-q"],
    ))
    .expect("plan json");
    assert_eq!(questions(&plan["new"]), ["channel 关闭后还能读吗？"]);
    assert_eq!(
        questions(&plan["reworded"]),
        ["TCP 三次握手的过程是怎样的？"]
    );
    assert_eq!(plan["reworded"][0]["old_question"], "TCP 三次握手的过程？");
    assert_eq!(questions(&plan["moved"]), ["什么是 TIME_WAIT？"]);
    assert_eq!(plan["moved"][0]["old_topic"], "Networking");
    assert_eq!(plan["moved"][0]["topic"], "Operating Systems");
    assert_eq!(questions(&plan["removed"]), ["什么是 GMP？"]);
    assert_eq!(plan["removed"][0]["path"], "notes/go.md");
    assert_eq!(plan["removed"][0]["line"], 3);
    assert!(questions(&plan["updated"]).contains(&"HTTP 和 HTTPS 的区别？"));
    assert_eq!(
        std::fs::read(dir.join("out/deckhand.lock")).expect("lock"),
        lock_before,
        "plan writes nothing"
    );

    deckhand(
        dir,
        &["build", "notes", "-o", "out", "--format", "anki", "-q"],
    );
    let second = dir.join("v2.apkg");
    std::fs::copy(dir.join("out/Notes.apkg"), &second).expect("keep v2");
    let lock_after = std::fs::read(dir.join("out/deckhand.lock")).expect("lock");
    deckhand(
        dir,
        &["build", "notes", "-o", "out", "--format", "anki", "-q"],
    );
    assert_eq!(
        std::fs::read(dir.join("out/Notes.apkg")).expect("rebuild"),
        std::fs::read(&second).expect("v2"),
        "same notes and same lock: byte-identical package"
    );
    assert_eq!(
        std::fs::read(dir.join("out/deckhand.lock")).expect("lock"),
        lock_after
    );
    let plan = deckhand(dir, &["plan", "notes", "-o", "out", "-q"]);
    assert!(
        plan.contains("0 new, 0 updated, 0 reworded, 0 moved, 0 removed, 5 unchanged"),
        "{plan}"
    );

    let Some(py) = anki_python() else { return };
    let col = dir.join("col");
    let out = anki_script(&py, &col, &[&first], &["--review"]);
    let (v1, review) = (&out[0], &out[1]);
    assert_eq!(v1["new"], 5, "{}", summary(v1));
    assert!(review["reviewed"].as_u64().unwrap_or(0) >= 5, "{review}");
    let history = |q: &str| note_by_question(review, q)["revlog"].clone();
    let guid = |q: &str| note_by_question(v1, q)["guid"].clone();
    for q in ["TCP 三次握手的过程？", "什么是 TIME_WAIT？", "什么是 GMP？"] {
        assert!(history(q).as_u64().unwrap_or(0) > 0, "{q} was reviewed");
    }

    let out = anki_script(&py, &col, &[&second], &["--if-newer"]);
    let (v2, check) = (&out[0], &out[1]);
    assert_database_ok(check);
    assert_eq!(
        v2["new"],
        1,
        "only the added question is new: {}",
        summary(v2)
    );
    assert_eq!(v2["note_count"], 6, "no duplicates: {}", summary(v2));
    // Reworded: same note, history kept, question updated.
    let tcp = note_by_question(v2, "TCP 三次握手的过程是怎样的？");
    assert_eq!(tcp["guid"], guid("TCP 三次握手的过程？"));
    assert_eq!(tcp["revlog"], history("TCP 三次握手的过程？"));
    // Moved: same note, history kept, topic field updated, card still in its old deck.
    let tw = note_by_question(v2, "什么是 TIME_WAIT？");
    assert_eq!(tw["guid"], guid("什么是 TIME_WAIT？"));
    assert_eq!(tw["revlog"], history("什么是 TIME_WAIT？"));
    assert_eq!(tw["fields"]["Topic"], "Operating Systems");
    assert_eq!(tw["deck"], "Notes::Networking");
    // Edited answer: updated in place.
    let https = note_by_question(v2, "HTTP 和 HTTPS 的区别？");
    assert!(https["fields"]["Answer"]
        .as_str()
        .is_some_and(|a| a.contains("加密")));
    assert_eq!(https["revlog"], history("HTTP 和 HTTPS 的区别？"));
    // Deleted: still there, tagged, history kept.
    let gmp = note_by_question(v2, "什么是 GMP？");
    assert!(
        gmp["tags"].to_string().contains("deckhand::removed"),
        "{gmp}"
    );
    assert_eq!(gmp["revlog"], history("什么是 GMP？"));
    // Added: new, never reviewed.
    let chan = note_by_question(v2, "channel 关闭后还能读吗？");
    assert_eq!(chan["revlog"], 0);
    assert!(!chan["tags"].to_string().contains("removed"));
}

#[test]
fn prune_removed_forgets_deleted_questions() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    write(
        &dir.join("n.md"),
        "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n\n## 切片扩容的规则\n\n翻倍。\n",
    );
    deckhand(
        dir,
        &["build", "n.md", "-o", "out", "--format", "anki", "-q"],
    );
    write(&dir.join("n.md"), "# Go\n\n## 切片扩容的规则\n\n翻倍。\n");
    deckhand(
        dir,
        &["build", "n.md", "-o", "out", "--format", "anki", "-q"],
    );
    let lock = std::fs::read_to_string(dir.join("out/deckhand.lock")).expect("lock");
    assert!(
        lock.contains("什么是 GMP？") && lock.contains("\"removed\": true"),
        "{lock}"
    );
    let plan = deckhand(dir, &["plan", "n.md", "-o", "out", "-q"]);
    assert!(
        plan.contains("1 removed earlier and still tagged"),
        "{plan}"
    );
    deckhand(
        dir,
        &[
            "build",
            "n.md",
            "-o",
            "out",
            "--format",
            "anki",
            "-q",
            "--prune-removed",
        ],
    );
    let lock = std::fs::read_to_string(dir.join("out/deckhand.lock")).expect("lock");
    assert!(!lock.contains("什么是 GMP？"), "{lock}");
    let db = package_db(&dir.join("out/Notes.apkg"));
    let notes: i64 = db
        .query_row("SELECT count(*) FROM notes", [], |r| r.get(0))
        .expect("count");
    assert_eq!(notes, 1);
}

#[test]
fn lock_elsewhere_and_a_broken_lock_named() {
    let tmp = tempfile::tempdir().expect("tmp");
    let dir = tmp.path();
    write(&dir.join("n.md"), "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    deckhand(
        dir,
        &[
            "build", "n.md", "-o", "out", "--format", "anki", "-q", "--lock", "ids.lock",
        ],
    );
    assert!(dir.join("ids.lock").is_file());
    assert!(!dir.join("out/deckhand.lock").exists());
    std::fs::write(dir.join("ids.lock"), "{ not json").expect("break it");
    let out = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .current_dir(dir)
        .args([
            "build", "n.md", "-o", "out", "--format", "anki", "--lock", "ids.lock",
        ])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("ids.lock") && err.contains("line 1"), "{err}");
}

/// The fields of each note of a package, by question.
fn fields_by_question(pkg: &Path) -> std::collections::HashMap<String, Vec<String>> {
    let conn = package_db(pkg);
    let mut stmt = conn.prepare("SELECT sfld, flds FROM notes").expect("query");
    stmt.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .expect("rows")
        .map(|r| {
            let (q, f) = r.expect("row");
            (q, f.split('\x1f').map(String::from).collect())
        })
        .collect()
}

#[test]
fn cards_show_what_the_notes_say() {
    let tmp = tempfile::tempdir().expect("tmp");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/dialect/rendering.md");
    std::fs::copy(&fixture, tmp.path().join("rendering.md")).expect("copy fixture");
    deckhand(
        tmp.path(),
        &["build", "rendering.md", "-o", "out", "--format", "anki"],
    );
    let notes = fields_by_question(&tmp.path().join("out/Notes.apkg"));
    let answer = |q: &str| -> &str {
        &notes
            .get(q)
            .unwrap_or_else(|| panic!("no note {q:?}: {:?}", notes.keys()))[1]
    };
    // The author's line breaks, Chinese lines joined by nothing.
    assert!(
        answer("换行会保留吗？")
            .contains("第一点写在这一行<br />\n第二点写在下一行<br />\nthird point"),
        "{}",
        answer("换行会保留吗？")
    );
    // Emphasis against Chinese text.
    let em = answer("中文旁边的强调？");
    assert!(
        em.contains("<strong><em>nsqd</em></strong>中")
            && em.contains("<strong>“引号”</strong>后面"),
        "{em}"
    );
    assert!(!em.contains("**"), "{em}");
    // Obsidian: highlight, wikilink text, hidden block id and comment, callouts of their kind.
    let ob = answer("Obsidian 的语法？");
    assert!(
        ob.contains("<mark>重点</mark>") && ob.contains("内存那一页"),
        "{ob}"
    );
    assert!(
        !ob.contains("^blk") && !ob.contains("写给自己") && !ob.contains("[["),
        "{ob}"
    );
    assert!(ob.contains("可见的文字"), "{ob}");
    assert!(
        ob.contains(
            "<blockquote class=\"markdown-alert-warning\">\n<p><strong>可折叠的警告</strong></p>"
        ),
        "{ob}"
    );
    assert!(
        ob.contains("<blockquote class=\"markdown-alert-tip\">\n<p><strong>小技巧</strong></p>\n<p>容器里的内容</p>"),
        "{ob}"
    );
    assert!(!ob.contains(":::") && !ob.contains("[!"), "{ob}");
    // Footnotes keep their text.
    let fnote = answer("脚注还在吗？");
    assert!(
        fnote.contains("footnote-reference") && fnote.contains("也就是 stop the world"),
        "{fnote}"
    );
    // Inline code in questions: two questions, styled, escaped.
    for t in ["T", "u8"] {
        let q = format!("What is Vec<{t}>?");
        assert!(!answer(&q).is_empty(), "{q}");
        assert_eq!(
            notes[&q][0],
            format!("What is <code>Vec&lt;{t}&gt;</code>?")
        );
    }
    // An answer that is only indented code stays code.
    assert!(
        answer("只有缩进代码的答案？")
            .starts_with("<pre class=\"dh-code dh-wrap\"><code>fn main() {\n    println!"),
        "{}",
        answer("只有缩进代码的答案？")
    );
    // A sub-list after a fence in a list item is a list, not code.
    let sub = answer("列表里代码块之后的子列表？");
    let code_end = sub.find("</pre>").expect("code");
    assert!(
        sub[code_end..].contains("<li>子项在代码块之后</li>"),
        "{sub}"
    );
    // Math as MathJax delimiters, backslashes intact.
    let m = answer("二次方程的求根公式？");
    assert!(
        m.contains(r"\(x_1 + y_2\)") && m.contains(r"\(a_{ij}\)"),
        "{m}"
    );
    assert!(
        m.contains(r"\[") && m.contains(r"\frac{-b \pm \sqrt{b^2 - 4ac}}{2a} \\ y = 1"),
        "{m}"
    );
    // Lines broken with `\\` outside an environment are set as lines (MathJax ignores them).
    assert!(
        m.contains(r"\[\begin{gathered}") && m.contains("y = 1\n\\end{gathered}\\]"),
        "{m}"
    );
    assert!(answer("分段函数与矩阵？").contains(r"\begin{cases} x &amp; x \ge 0 \\ -x"));
    // No link or markup through MathJax.
    let bad = answer("数学里的链接？");
    assert!(
        !bad.contains("javascript") && !bad.contains(r"\href") && !bad.contains(r"\style"),
        "{bad}"
    );
    assert!(bad.contains("点我"), "{bad}");
    // Written links and bare URLs are both links; the sentence's punctuation stays outside.
    let links = answer("哪里能查文档？");
    assert!(
        links.contains("<a href=\"https://www.rust-lang.org/\">Rust 官网</a>")
            && links.contains(
                "<a href=\"https://doc.rust-lang.org/std/\">https://doc.rust-lang.org/std/</a> 。"
            ),
        "{links}"
    );
    // A missing image is a placeholder naming it.
    let img = answer("截图丢了怎么办？");
    assert!(
        img.contains("<span class=\"dh-missing\">[missing image: gone.png]</span>"),
        "{img}"
    );
    assert!(!img.contains(">截图<"), "{img}");

    // What real Anki renders: MathJax delimiters with their backslashes, code in the question.
    let Some(py) = anki_python() else { return };
    let imports = anki_import(
        &py,
        &tmp.path().join("col"),
        &[&tmp.path().join("out/Notes.apkg")],
        false,
    );
    let math = note_by_question(&imports[0], "二次方程的求根公式？");
    let shown = math["answer_html"].as_str().unwrap_or_default();
    assert!(
        shown.contains(r"\(x_1 + y_2\)") && shown.contains(r"2a} \\ y = 1"),
        "{shown}"
    );
    let vec = note_by_question(&imports[0], "What is <code>Vec&lt;T&gt;</code>?");
    let q = vec["question_html"].as_str().unwrap_or_default();
    assert!(q.contains("<code>Vec&lt;T&gt;</code>"), "{q}");
    assert_database_ok(&imports[imports.len() - 1]);
}
