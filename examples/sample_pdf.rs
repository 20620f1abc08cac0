//! Writes `examples/sample-cheatsheet.pdf` from the synthetic sample deck, so people can see a
//! cheat-sheet before installing. Run: `cargo run --example sample_pdf [OUT_DIR]`.

#[path = "common/sample.rs"]
mod sample;

use deckhand::export::{pdf::Pdf, ExportOptions, Exporter};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args()
        .nth(1)
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::PathBuf::from("target/sample-pdf"));
    let img = tempfile::tempdir()?;
    let deck = sample::deck("Go 并发编程 Concurrency", Some(img.path()));
    let mut warnings = Vec::new();
    let written = Pdf.export(&deck, &out, &ExportOptions::default(), &mut warnings)?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    for p in &written {
        println!("{}", p.display());
    }
    if out == std::path::Path::new("target/sample-pdf") {
        if let Some(first) = written.first() {
            std::fs::copy(first, "examples/sample-cheatsheet.pdf")?;
            println!("copied to examples/sample-cheatsheet.pdf");
        }
    }
    Ok(())
}
