//! One policy for the names of the files deckhand writes (`<deck>.apkg`, `anki/<topic>.apkg`,
//! `pdf/<topic>.pdf`), so a topic gets the same file name in every format.
//!
//! Names come from topics and deck names, that is from the notes, so they must be safe on
//! Linux, macOS and Windows alike: no path separators or reserved characters, no control
//! characters, no hidden files (`.NET`), no DOS device names (`CON`), bounded length, and no
//! two names that differ only in case.

use std::collections::HashSet;

/// Longest stem in bytes (most file systems allow 255; room is left for `-NN.apkg`).
const MAX_STEM: usize = 120;

/// A file stem (no extension) safe on every common OS. Chinese and other letters are kept;
/// `/\:*?"<>|` and control characters become `_`; trailing dots and spaces go; a leading dot
/// or a DOS device name gets a `_` in front; an empty result is `untitled`.
pub fn safe_stem(name: &str) -> String {
    let mapped: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "/\\:*?\"<>|".contains(c) {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut cut = mapped.trim();
    if cut.len() > MAX_STEM {
        let mut end = MAX_STEM;
        while !cut.is_char_boundary(end) {
            end -= 1;
        }
        cut = &cut[..end];
    }
    let mut s = cut.trim_end_matches(['.', ' ']).to_string();
    if s.is_empty() {
        return "untitled".into();
    }
    let base = s
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_uppercase();
    let device = matches!(base.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((base.starts_with("COM") || base.starts_with("LPT"))
            && base.len() == 4
            && base.as_bytes()[3].is_ascii_digit());
    if s.starts_with('.') || device {
        s.insert(0, '_');
    }
    s
}

/// Makes `stem` unique among the names already used in this run, compared case-insensitively
/// as macOS and Windows do: `Go`, `go-2`, `GO-3`.
pub fn unique(stem: String, used: &mut HashSet<String>) -> String {
    let mut candidate = stem.clone();
    let mut n = 2;
    while !used.insert(candidate.to_lowercase()) {
        candidate = format!("{stem}-{n}");
        n += 1;
    }
    candidate
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_safe_everywhere() {
        assert_eq!(safe_stem("Go语言"), "Go语言");
        assert_eq!(safe_stem("k8s/docker: a*b?"), "k8s_docker_ a_b_");
        assert_eq!(safe_stem(" con "), "_con");
        assert_eq!(safe_stem("COM1.txt"), "_COM1.txt");
        assert_eq!(safe_stem("lpt9"), "_lpt9");
        assert_eq!(safe_stem("CONSOLE"), "CONSOLE");
        assert_eq!(safe_stem(".NET"), "_.NET");
        assert_eq!(safe_stem(".hidden"), "_.hidden");
        assert_eq!(safe_stem("a\u{7}b\u{1b}"), "a_b_");
        assert_eq!(safe_stem("notes. "), "notes");
        assert_eq!(safe_stem(""), "untitled");
        assert_eq!(safe_stem("..."), "untitled");
        let long = safe_stem(&"网".repeat(100));
        assert!(long.len() <= MAX_STEM && long.chars().all(|c| c == '网'));
    }

    #[test]
    fn names_are_unique_whatever_the_case() {
        let mut used = HashSet::new();
        assert_eq!(unique("Go".into(), &mut used), "Go");
        assert_eq!(unique("go".into(), &mut used), "go-2");
        assert_eq!(unique("GO".into(), &mut used), "GO-3");
        assert_eq!(unique("Rust".into(), &mut used), "Rust");
    }
}
