//! Benchmark: one topic of 1,000 cards (mixed Chinese/English, lists, code, tables) to PDF.
//! Run in release mode: `cargo run --release --example bench_pdf [CARDS]`.
//! Prints the first (cold: font parsing included) and the best of five warm runs, and how much
//! memory the sheet took beyond the cards themselves (peak RSS during the cold run, less the
//! RSS before it), beside the size of the cards' text: the PDF side's memory is meant to be a
//! small multiple of its largest topic. `bench_pdf 50000` is a 20 MB topic.

#[path = "common/sample.rs"]
mod sample;

use deckhand::export::pdf::{font_set, render_topic};
use deckhand::export::PdfOptions;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1000);
    let deck = sample::big_deck("Benchmark", n);
    let cards: Vec<_> = deck.cards.iter().collect();
    let opts = PdfOptions::default();

    let text: usize = cards
        .iter()
        .map(|c| c.question.len() + c.answer.len())
        .sum();
    let before = rss_kb("VmRSS:");
    let t = Instant::now();
    let fonts = font_set(&opts)?;
    let sheet = render_topic("Benchmark", &cards, &opts, &fonts)?;
    let cold = t.elapsed();
    let extra = rss_kb("VmHWM:").saturating_sub(before) as f64 / 1024.0;
    let mut best = cold;
    for _ in 0..5 {
        let t = Instant::now();
        let again = render_topic("Benchmark", &cards, &opts, &fonts)?;
        best = best.min(t.elapsed());
        assert_eq!(again.bytes, sheet.bytes, "output is not deterministic");
    }
    println!(
        "{n} cards -> {} pages, {} bytes; cold {:.1} ms (incl. font parsing), warm best {:.1} ms",
        sheet.pages,
        sheet.bytes.len(),
        cold.as_secs_f64() * 1e3,
        best.as_secs_f64() * 1e3
    );
    println!(
        "memory: {extra:.0} MB beyond the cards, for {:.1} MB of card text ({:.1}x)",
        text as f64 / 1e6,
        extra * 1.048576e6 / text.max(1) as f64
    );
    std::fs::write("target/bench-1000.pdf", &sheet.bytes)?;
    Ok(())
}

/// A line of /proc/self/status in kB (0 where there is none).
fn rss_kb(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}
