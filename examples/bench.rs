//! End-to-end benchmark on a synthetic corpus (release mode):
//!
//! ```sh
//! cargo run --release --example bench -- [CARDS] [--genanki]
//! ```
//!
//! Generates CARDS questions (default 10,000) over 200 note files, then times
//! notes → model, model → .apkg, one 1,000-card topic → PDF, and reports peak memory.
//! With `--genanki`, Python genanki (from the venv `.ci/run` makes, or `DECKHAND_PYTHON`)
//! writes the same prepared cards in the same run, for a side-by-side ratio.

#[path = "support/corpus.rs"]
mod corpus;

use deckhand::config::Config;
use deckhand::export::ExportOptions;
use std::time::Instant;

fn peak_rss_mb() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn time<T>(label: &str, f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let v = f();
    let s = t.elapsed().as_secs_f64();
    println!("{label:<44} {:>9.3} s", s);
    (v, s)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let cards: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(10_000);
    let genanki = args.iter().any(|a| a == "--genanki");
    let dir = tempfile::tempdir().expect("temp dir");
    // `--corpus DIR` keeps the generated notes there (for profiling the CLI on them).
    let notes = args
        .iter()
        .position(|a| a == "--corpus")
        .and_then(|i| args.get(i + 1))
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("notes"));
    let bytes = corpus::write_corpus(&notes, 200, cards).expect("corpus written");
    println!(
        "corpus: {cards} cards in 200 files, {:.1} MB",
        bytes as f64 / 1e6
    );
    std::env::set_var("SOURCE_DATE_EPOCH", "1700000000");

    let (deck, t_extract) = time("notes → model (ingest+clean+extract)", || {
        deckhand::build_deck(std::slice::from_ref(&notes), &Config::default()).expect("deck")
    });
    println!("peak RSS so far {:.0} MB", peak_rss_mb());
    assert_eq!(
        deck.cards.len(),
        cards,
        "every synthetic question extracted"
    );

    let out = dir.path().join("out");
    let opts = ExportOptions::default();
    let mut warnings = Vec::new();
    let anki = deckhand::cli::exporter(deckhand::cli::Format::Anki);
    let (r, t_anki) = time("model → .apkg", || {
        anki.export(&deck, &out, &opts, &mut warnings)
    });
    if let Err(e) = r {
        println!("  (anki: {e})");
    }
    println!(
        "{:<44} {:>9.3} s",
        "notes → .apkg total",
        t_extract + t_anki
    );
    println!("peak RSS so far {:.0} MB", peak_rss_mb());

    // One 1,000-card topic.
    let mut one = deckhand::model::Deck::new();
    one.cards = deck.cards[..1000.min(deck.cards.len())].to_vec();
    for c in &mut one.cards {
        c.topic = "Bench".into();
    }
    one.recount_topics();
    let pdf = deckhand::cli::exporter(deckhand::cli::Format::Pdf);
    let (r, _) = time("1,000-card topic → PDF", || {
        pdf.export(&one, &out, &opts, &mut warnings)
    });
    if let Err(e) = r {
        println!("  (pdf: {e})");
    }
    println!("peak RSS {:.0} MB", peak_rss_mb());

    if genanki {
        run_genanki(&deck, dir.path(), t_anki);
    }
}

/// Python genanki writing the same prepared cards (question, answer HTML-free markdown).
fn run_genanki(deck: &deckhand::model::Deck, dir: &std::path::Path, ours: f64) {
    let python = std::env::var("DECKHAND_PYTHON").unwrap_or_else(|_| ".venv/bin/python".into());
    let cards: Vec<(&str, &str, &str)> = deck
        .cards
        .iter()
        .map(|c| (c.question.as_str(), c.answer.as_str(), c.topic.as_str()))
        .collect();
    let input = dir.join("cards-for-genanki.json");
    std::fs::write(&input, serde_json::to_vec(&cards).unwrap()).unwrap();
    let script = r#"
import json, sys, time, genanki
cards = json.load(open(sys.argv[1]))
t = time.perf_counter()
model = genanki.Model(1607392319, 'Deckhand', fields=[{'name': 'Question'}, {'name': 'Answer'}, {'name': 'Topic'}],
    templates=[{'name': 'Card 1', 'qfmt': '{{Question}}', 'afmt': '{{FrontSide}}<hr id=answer>{{Answer}}'}])
decks = {}
for q, a, topic in cards:
    d = decks.get(topic)
    if d is None:
        d = decks[topic] = genanki.Deck(abs(hash(topic)) % (1 << 31), 'Notes::' + topic)
    d.add_note(genanki.Note(model=model, fields=[q, a, topic]))
genanki.Package(list(decks.values())).write_to_file(sys.argv[2])
print(time.perf_counter() - t)
"#;
    let out = std::process::Command::new(&python)
        .args([
            "-c",
            script,
            input.to_str().unwrap(),
            dir.join("genanki.apkg").to_str().unwrap(),
        ])
        .output();
    match out {
        Ok(o) if o.status.success() => {
            let secs: f64 = String::from_utf8_lossy(&o.stdout)
                .trim()
                .parse()
                .unwrap_or(f64::NAN);
            println!(
                "{:<44} {:>9.3} s",
                "genanki (Python) prepared cards → .apkg", secs
            );
            println!(
                "deckhand is {:.1}× faster than genanki on the same cards",
                secs / ours
            );
        }
        Ok(o) => println!("genanki failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => println!("genanki not run ({python}: {e}); run .ci/run first"),
    }
}
