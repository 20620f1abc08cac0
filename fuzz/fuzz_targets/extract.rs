//! Fuzz ingest (decoding, front matter) + clean + outline + every extraction rule, and the
//! model's invariants: no panic, no hang, lines within the file, non-empty questions.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let config = deckhand::config::Config::default();
    let deck = deckhand::pipeline::deck_from_bytes("fuzz.md", data, &config);
    let lines = data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 2;
    for c in &deck.cards {
        assert!(!c.question.trim().is_empty());
        assert!(c.source.line >= 1 && c.source.line <= c.source.end_line.max(c.source.line));
        assert!(c.source.line <= lines * 2, "line {} beyond input", c.source.line);
    }
    let _ = deckhand::export::json::to_json(&deck);
});
