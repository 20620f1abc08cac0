//! Structure-aware fuzzing on stable Rust: notes generated from the grammar of real
//! structures in `fuzz/grammar.rs` (random choices, fixture lines spliced in) are run through
//! ingest, cleaning, outline and extraction, and checked for panics, slow cases and the
//! model's invariants (card lines inside the note, every non-blank line in a card or unused).
//!
//! ```sh
//! cargo run --release --example fuzz_grammar -- [SECONDS] [SEED]
//! ```
//! Each failing note is written to `target/fuzz-findings/` and printed; the exit status is 1
//! when there was any. `cargo fuzz run structured` drives the same grammar with libFuzzer.

#[path = "../fuzz/grammar.rs"]
mod grammar;

use std::time::{Duration, Instant};

fn main() {
    // `--check FILE`: the invariants on one note (to minimise a finding).
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).map(String::as_str) == Some("--check") {
        let text = std::fs::read_to_string(&argv[2]).unwrap_or_default();
        let name = if argv[2].ends_with(".org") {
            "fuzz.org"
        } else if argv[2].ends_with(".txt") {
            "fuzz.txt"
        } else {
            "fuzz.md"
        };
        match grammar::check(name, &text) {
            Ok(()) => std::process::exit(0),
            Err(e) => {
                println!("{e}");
                std::process::exit(1)
            }
        }
    }
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let mut seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(0x5eed);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let frags = grammar::fixture_lines(&root.join("fixtures"));
    let out = root.join("target/fuzz-findings");
    std::panic::set_hook(Box::new(|_| {}));
    let start = Instant::now();
    let (mut runs, mut findings, mut bytes_total) = (0u64, 0u32, 0u64);
    let mut slowest = Duration::ZERO;
    while start.elapsed() < Duration::from_secs(seconds) {
        let mut choices = Vec::new();
        let len = 16 + (next(&mut seed) % 3000) as usize;
        for _ in 0..len {
            choices.push(next(&mut seed) as u8);
        }
        let note = grammar::note(&choices, &frags);
        // (One note in four is read as Org-mode, one in eight as a Zim wiki page.)
        let (name, note) = match runs % 8 {
            3 | 7 => ("fuzz.org", note),
            5 => ("fuzz.txt", zim_page(&note)),
            _ => ("fuzz.md", note),
        };
        bytes_total += note.len() as u64;
        let t = Instant::now();
        let result = std::panic::catch_unwind(|| grammar::check(name, &note));
        let took = t.elapsed();
        slowest = slowest.max(took);
        runs += 1;
        let problem = match result {
            Ok(Ok(())) if took < Duration::from_secs(2) => None,
            Ok(Ok(())) => Some(format!("slow: {took:?}")),
            Ok(Err(e)) => Some(e),
            Err(p) => Some(format!(
                "panic: {}",
                p.downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default()
            )),
        };
        if let Some(p) = problem {
            findings += 1;
            let _ = std::fs::create_dir_all(&out);
            let file = out.join(format!(
                "{runs:08}.{}",
                name.rsplit('.').next().unwrap_or("md")
            ));
            let _ = std::fs::write(&file, &note);
            println!("finding {findings}: {p} ({})", file.display());
            if findings >= 20 {
                break;
            }
        }
    }
    println!(
        "{runs} notes ({:.1} MB) in {:.0} s, {findings} findings, slowest {:?}",
        bytes_total as f64 / 1e6,
        start.elapsed().as_secs_f64(),
        slowest
    );
    std::process::exit(i32::from(findings > 0));
}

/// A generated note as a Zim page: Zim's header, `#` headings as `=` headings, bullets as
/// tab-indented lines.
fn zim_page(note: &str) -> String {
    let mut out = String::from("Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.4\n\n");
    for line in note.lines() {
        let hashes = line.len() - line.trim_start_matches('#').len();
        if (1..=5).contains(&hashes) && line[hashes..].starts_with(' ') {
            let marks = "=".repeat(7 - hashes);
            out.push_str(&format!("{marks} {} {marks}\n", line[hashes..].trim()));
        } else if let Some(rest) = line.strip_prefix("- ") {
            out.push_str(&format!("\t{rest}\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn next(s: &mut u64) -> u64 {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    *s
}
