//! Benchmark: one topic of 1,000 cards (mixed Chinese/English, lists, code, tables) to PDF.
//! Run in release mode: `cargo run --release --example bench_pdf [CARDS]`.
//! Prints the first (cold: font parsing included) and the best of five warm runs.

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

    let t = Instant::now();
    let fonts = font_set(&opts)?;
    let sheet = render_topic("Benchmark", &cards, &opts, &fonts)?;
    let cold = t.elapsed();
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
    std::fs::write("target/bench-1000.pdf", &sheet.bytes)?;
    Ok(())
}
