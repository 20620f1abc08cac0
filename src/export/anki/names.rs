//! Names and numbers Anki keys things by, all derived from content so that packages are
//! reproducible and re-imports find what they imported before: deck names and ids, note
//! GUIDs and tags (file names: [`crate::export::filename`]).

use crate::model::Card;
use sha2::{Digest, Sha256};

/// The first 8 bytes of SHA-256 over `parts` (separated by U+001F) as an integer.
pub fn hash64(parts: &[&str]) -> u64 {
    let mut h = Sha256::new();
    for (i, p) in parts.iter().enumerate() {
        if i > 0 {
            h.update([0x1f]);
        }
        h.update(p.as_bytes());
    }
    let d = h.finalize();
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b)
}

/// Anki ids are positive and should stay below 2^53 (its web views are JavaScript).
const ID_SPAN: u64 = 1 << 52;
const ID_FLOOR: u64 = 1 << 40;

/// A deck id from the deck's (case-folded) full name: same name, same id, every build.
pub fn deck_id(full_name: &str) -> i64 {
    let h = hash64(&["deckhand-deck", &full_name.to_lowercase()]);
    (ID_FLOOR + h % (ID_SPAN - ID_FLOOR)) as i64
}

/// A deck-name component: control characters removed, `::` kept from splitting further,
/// surrounding whitespace trimmed, never empty.
pub fn deck_component(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    // `a:::b` must not nest either: every run of colons becomes one, none at the ends.
    let mut collapsed = String::with_capacity(cleaned.len());
    for c in cleaned.chars() {
        if !(c == ':' && collapsed.ends_with(':')) {
            collapsed.push(c);
        }
    }
    let cleaned = collapsed
        .trim_matches(|c: char| c == ':' || c.is_whitespace())
        .to_string();
    if cleaned.is_empty() {
        "Untitled".into()
    } else {
        cleaned
    }
}

/// A top-level deck name as the user gave it (`--deck`), where `::` may nest it
/// (`Study::Backend`); each level cleaned like [`deck_component`].
pub fn deck_path(name: &str) -> String {
    let parts: Vec<String> = name
        .split("::")
        .filter(|p| !p.trim().is_empty())
        .map(deck_component)
        .collect();
    if parts.is_empty() {
        "Notes".into()
    } else {
        parts.join("::")
    }
}

/// The note GUID: the card's stable id (topic + normalised question), computed if absent.
pub fn note_guid(card: &Card) -> String {
    if card.id.trim().is_empty() {
        crate::model::card_id(&card.topic, &card.question)
    } else {
        card.id.trim().to_string()
    }
}

/// An Anki tag: Unicode kept, whitespace → `_`, characters Anki rejects (`"`, controls) dropped.
pub fn tag(s: &str) -> Option<String> {
    let t: String = s
        .trim()
        .chars()
        .filter(|c| *c != '"' && (c.is_whitespace() || !c.is_control()))
        .map(|c| if c.is_whitespace() { '_' } else { c })
        .collect();
    let t = t.trim_matches(':').to_string();
    (!t.is_empty()).then_some(t)
}

/// Tags for a card: topic, source file stem, then the model's own tags; case-insensitively
/// de-duplicated (Anki treats tags case-insensitively), first spelling kept.
pub fn card_tags(card: &Card) -> Vec<String> {
    let stem = file_stem(&card.source.path);
    let mut out: Vec<String> = Vec::new();
    let candidates = std::iter::once(card.topic.as_str())
        .chain(std::iter::once(stem))
        .chain(card.tags.iter().map(String::as_str));
    for t in candidates.filter_map(tag) {
        if !out.iter().any(|o| o.to_lowercase() == t.to_lowercase()) {
            out.push(t);
        }
    }
    out
}

/// The file name of `path` without its extension (`notes/Go 语言.md` → `Go 语言`);
/// `-` (stdin) and empty paths give "".
pub fn file_stem(path: &str) -> &str {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    if name == "-" {
        return "";
    }
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    #[test]
    fn deck_ids_are_stable_case_insensitive_and_in_range() {
        let a = deck_id("Notes::Go");
        assert_eq!(a, deck_id("notes::go"));
        assert_ne!(a, deck_id("Notes::Docker"));
        assert!(a > 1 && (a as u64) < ID_SPAN);
    }

    #[test]
    fn tags_keep_unicode_and_replace_spaces() {
        let card = Card {
            topic: "Operating Systems".into(),
            source: Source {
                path: "notes/操作 系统.md".into(),
                ..Default::default()
            },
            tags: vec!["operating systems".into(), "面试\"题".into(), "  ".into()],
            ..Default::default()
        };
        assert_eq!(
            card_tags(&card),
            vec!["Operating_Systems", "操作_系统", "面试题"]
        );
    }

    #[test]
    fn stems_and_components() {
        assert_eq!(file_stem("a/b/c.d.md"), "c.d");
        assert_eq!(file_stem("C:\\x\\y.txt"), "y");
        assert_eq!(file_stem("-"), "");
        assert_eq!(file_stem(".hidden"), ".hidden");
        assert_eq!(deck_component(" a::b\n"), "a:b");
        assert_eq!(deck_component("a:::b"), "a:b");
        assert_eq!(deck_component("a::::b::"), "a:b");
        assert_eq!(deck_component(":::"), "Untitled");
        assert_eq!(deck_path("x:::y"), "x::y");
        assert_eq!(deck_component(""), "Untitled");
        assert_eq!(deck_path("Study:: Backend"), "Study::Backend");
        assert_eq!(deck_path(" :: "), "Notes");
    }
}
