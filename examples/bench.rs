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

const RUNS: usize = 5;

/// Prints best and median of `times`; returns the best.
fn report(label: &str, times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    let (best, median) = (times[0], times[times.len() / 2]);
    println!("{label:<40} best {best:>6.3} s   median {median:>6.3} s");
    best
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

    // Each stage runs RUNS times (a fresh output directory each time); best and median are
    // printed, since single runs on a shared 2-core machine vary by ±20 %.
    let out = dir.path().join("out");
    let opts = ExportOptions::default();
    let mut warnings = Vec::new();
    let anki = Box::new(deckhand::export::anki::Anki) as Box<dyn deckhand::export::Exporter>;
    let (mut t_extract, mut t_anki, mut t_total) = (Vec::new(), Vec::new(), Vec::new());
    let mut deck = None;
    for run in 0..RUNS {
        drop(deck.take()); // one model in memory at a time, as in the CLI
        let t = Instant::now();
        let d =
            deckhand::build_deck(std::slice::from_ref(&notes), &Config::default()).expect("deck");
        let extracted = t.elapsed().as_secs_f64();
        let run_out = out.join(format!("run{run}"));
        let t = Instant::now();
        if let Err(e) = anki.export(&d, &run_out, &opts, &mut warnings) {
            println!("  (anki: {e})");
        }
        let exported = t.elapsed().as_secs_f64();
        t_extract.push(extracted);
        t_anki.push(exported);
        t_total.push(extracted + exported);
        deck = Some(d);
    }
    let deck = deck.expect("at least one run");
    assert_eq!(
        deck.cards.len(),
        cards,
        "every synthetic question extracted"
    );
    report("notes → model (ingest+clean+extract)", &mut t_extract);
    let anki_best = report("model → .apkg", &mut t_anki);
    report("notes → .apkg total", &mut t_total);
    println!("peak RSS so far {:.0} MB", peak_rss_mb());

    // One 1,000-card topic.
    let mut one = deckhand::model::Deck::new();
    one.cards = deck.cards[..1000.min(deck.cards.len())].to_vec();
    for c in &mut one.cards {
        c.topic = "Bench".into();
    }
    one.recount_topics();
    let pdf = Box::new(deckhand::export::pdf::Pdf) as Box<dyn deckhand::export::Exporter>;
    let mut t_pdf = Vec::new();
    for run in 0..RUNS {
        let t = Instant::now();
        if let Err(e) = pdf.export(&one, &out.join(format!("pdf{run}")), &opts, &mut warnings) {
            println!("  (pdf: {e})");
        }
        t_pdf.push(t.elapsed().as_secs_f64());
    }
    report("1,000-card topic → PDF", &mut t_pdf);
    println!("peak RSS {:.0} MB", peak_rss_mb());

    if genanki {
        run_genanki(&deck, dir.path(), anki_best);
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
def build():
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
  return time.perf_counter() - t
print(min(build() for _ in range(3)))
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
                "genanki (Python) same cards → .apkg, best of 3", secs
            );
            println!(
                "deckhand model → .apkg is {:.1}× faster than genanki (best vs best)",
                secs / ours
            );
        }
        Ok(o) => println!("genanki failed: {}", String::from_utf8_lossy(&o.stderr)),
        Err(e) => println!("genanki not run ({python}: {e}); run .ci/run first"),
    }
}
