//! Fuzz ingest (decoding, front matter) + clean + outline + every extraction rule, then the
//! Markdown → card HTML step, and check the invariants: no panic, no hang, card lines inside
//! the input, non-empty questions, and no script or event handler in any card's HTML.
#![no_main]

use deckhand::export::anki::html::{answer_html, MediaNames};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let config = deckhand::config::Config::default();
    let deck = deckhand::pipeline::deck_from_bytes("fuzz.md", data, &config);
    let lines = data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 2;
    let media = MediaNames::default();
    for c in &deck.cards {
        assert!(!c.question.trim().is_empty());
        assert!(c.source.line >= 1 && c.source.line <= c.source.end_line.max(c.source.line));
        assert!(c.source.line <= lines * 2, "line {} beyond input", c.source.line);
        assert_safe(&answer_html(&c.answer, &media));
    }
    // The HTML step on the raw text too (answers can hold anything a note holds).
    if let Ok(s) = std::str::from_utf8(data) {
        assert_safe(&answer_html(s, &media));
    }
});

/// No dangerous tag, event handler or script URL inside any tag (text is escaped, so a
/// literal `<` in the output always opens a tag).
fn assert_safe(html: &str) {
    let lower = html.to_ascii_lowercase();
    for tag in lower.split('<').skip(1).map(|t| t.split('>').next().unwrap_or("")) {
        let name = tag.trim_start_matches('/').split([' ', '\n', '\t', '/']).next().unwrap_or("");
        assert!(
            !matches!(name, "script" | "iframe" | "object" | "embed" | "style" | "form"),
            "<{tag}> in {html}"
        );
        assert!(!tag.contains("javascript:"), "<{tag}> in {html}");
        let handler = tag
            .split_whitespace()
            .skip(1)
            .any(|a| a.starts_with("on") && a.contains('='));
        assert!(!handler, "<{tag}> in {html}");
    }
}
