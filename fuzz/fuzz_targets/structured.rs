//! Structure-aware fuzzing: libFuzzer's bytes are the choices of the grammar of real note
//! structures in `fuzz/grammar.rs` (headings, lists at any depth, fences, callouts, outlines,
//! U+3000, NBSP, zero-width spaces, full-width punctuation, mixed indentation, fixture lines
//! spliced in), and every generated note must keep the model's invariants.
#![no_main]

#[path = "../grammar.rs"]
mod grammar;

use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn fragments() -> &'static [String] {
    static FRAGS: OnceLock<Vec<String>> = OnceLock::new();
    FRAGS.get_or_init(|| {
        grammar::fixture_lines(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fixtures"))
    })
}

fuzz_target!(|data: &[u8]| {
    let note = grammar::note(data, fragments());
    if let Err(e) = grammar::check("fuzz.md", &note) {
        panic!("{e}\n--- note ---\n{note}");
    }
});
