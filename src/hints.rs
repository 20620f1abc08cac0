//! Hints: how users steer extraction when deckhand guesses wrong, without rewriting their
//! notes.
//!
//! Three places, most specific last (it wins):
//!
//! - `deckhand.toml`, per glob: `[[hints]] glob = "interview/**" questions = "h3"`;
//! - the note's front matter: `deckhand: { questions: h3, topic: Redis, skip: [参考] }`;
//! - an HTML comment right above a block: `<!-- deckhand: skip -->` (leave the block out),
//!   `<!-- deckhand: card -->` (the block is one card: its first line the question).
//!
//! A hint says where the questions are (`questions`: `h1`…`h6` for a heading level,
//! `items` for list items, `paragraphs`, or `auto`), which topic the cards take (`topic`),
//! and which sections to leave out (`skip`: heading or label texts).

use serde::Deserialize;
use std::collections::HashMap;

/// Where a note's questions are, when the user says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Questions {
    /// Headings of this level are the questions; shallower ones are topics, deeper ones
    /// parts of the answer.
    Heading(u8),
    /// List items (at the top of each section) are the questions.
    Items,
    /// Paragraphs (their first lines) are the questions.
    Paragraphs,
}

impl Questions {
    /// `h3`, `items`, `paragraphs`, `auto` (→ `None`).
    pub fn parse(s: &str) -> Result<Option<Questions>, String> {
        let t = s.trim().to_ascii_lowercase();
        match t.as_str() {
            "auto" | "" => Ok(None),
            "items" | "bullets" | "list" | "lists" => Ok(Some(Questions::Items)),
            "paragraphs" | "paras" | "lines" => Ok(Some(Questions::Paragraphs)),
            _ => match t.strip_prefix('h').and_then(|n| n.parse::<u8>().ok()) {
                Some(n @ 1..=6) => Ok(Some(Questions::Heading(n))),
                _ => Err(format!(
                    "`questions = \"{s}\"` is not one of h1…h6, items, paragraphs, auto"
                )),
            },
        }
    }
}

/// Hints as written in `deckhand.toml` or front matter.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct HintSpec {
    /// `deckhand.toml` only: the notes these hints apply to (`interview/**/*.md`).
    #[serde(default)]
    pub glob: Option<String>,
    /// `h1`…`h6`, `items`, `paragraphs` or `auto`.
    #[serde(default)]
    pub questions: Option<String>,
    /// The topic every card of the note takes.
    #[serde(default)]
    pub topic: Option<String>,
    /// Headings or labels whose sections are left out (matched without case, whole text).
    #[serde(default)]
    pub skip: Vec<String>,
}

/// A mark left in the notes for the block right below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Skip,
    Card,
}

/// The hints that apply to one note, merged.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hints {
    pub questions: Option<Questions>,
    pub topic: Option<String>,
    pub skip: Vec<String>,
    /// 0-based body line of a block → the mark above it.
    pub marks: HashMap<usize, Mark>,
    /// 0-based body lines holding the marks themselves.
    pub mark_lines: Vec<usize>,
}

impl Hints {
    /// Adds a spec (later specs win over earlier ones).
    pub fn apply(&mut self, spec: &HintSpec) -> Result<(), String> {
        if let Some(q) = &spec.questions {
            self.questions = Questions::parse(q)?;
        }
        if let Some(t) = spec.topic.as_ref().filter(|t| !t.trim().is_empty()) {
            self.topic = Some(t.trim().to_string());
        }
        self.skip
            .extend(spec.skip.iter().map(|s| s.trim().to_lowercase()));
        Ok(())
    }

    /// Whether a section with this title is to be left out.
    pub fn skips(&self, title: &str) -> bool {
        if self.skip.is_empty() {
            return false;
        }
        let t = crate::text::clean_question(title).to_lowercase();
        self.skip.contains(&t)
    }

    /// Reads `<!-- deckhand: skip -->` / `<!-- deckhand: card -->` comments: each marks the
    /// next non-blank line's block.
    pub fn read_marks(&mut self, lines: &[&str]) {
        for (i, l) in lines.iter().enumerate() {
            let t = l.trim();
            let Some(inner) = t
                .strip_prefix("<!--")
                .and_then(|r| r.strip_suffix("-->"))
                .map(str::trim)
            else {
                continue;
            };
            let Some(word) = inner.strip_prefix("deckhand:").map(str::trim) else {
                continue;
            };
            let mark = match word {
                "skip" => Mark::Skip,
                "card" => Mark::Card,
                _ => continue,
            };
            self.mark_lines.push(i);
            if let Some(next) = (i + 1..lines.len()).find(|&j| !lines[j].trim().is_empty()) {
                self.marks.insert(next, mark);
            }
        }
    }
}

/// The hints for a note: `deckhand.toml` globs that match its path, then its front matter.
/// Errors (an unknown `questions` value) name where the hint was written.
pub fn for_note(
    display: &str,
    front: Option<&HintSpec>,
    config: &crate::config::Config,
) -> (Hints, Vec<String>) {
    let mut hints = Hints::default();
    let mut errors = Vec::new();
    for (k, spec) in config.hints.iter().enumerate() {
        let Some(glob) = &spec.glob else { continue };
        let matches = globset::Glob::new(glob)
            .map(|g| g.compile_matcher())
            .map(|m| m.is_match(display) || m.is_match(display.trim_start_matches("./")));
        match matches {
            Ok(true) => {
                if let Err(e) = hints.apply(spec) {
                    errors.push(format!("deckhand.toml [[hints]] #{}: {e}", k + 1));
                }
            }
            Ok(false) => {}
            Err(e) => errors.push(format!("deckhand.toml [[hints]] #{}: bad glob: {e}", k + 1)),
        }
    }
    if let Some(spec) = front {
        if let Err(e) = hints.apply(spec) {
            errors.push(format!("front matter `deckhand:`: {e}"));
        }
    }
    (hints, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_question_forms() {
        assert_eq!(Questions::parse("h3"), Ok(Some(Questions::Heading(3))));
        assert_eq!(Questions::parse("Items"), Ok(Some(Questions::Items)));
        assert_eq!(Questions::parse("auto"), Ok(None));
        assert!(Questions::parse("h9").is_err());
    }

    #[test]
    fn marks_point_at_the_next_block() {
        let mut h = Hints::default();
        h.read_marks(&[
            "a",
            "<!-- deckhand: skip -->",
            "",
            "## B",
            "<!-- deckhand: card -->",
            "x",
        ]);
        assert_eq!(h.marks.get(&3), Some(&Mark::Skip));
        assert_eq!(h.marks.get(&5), Some(&Mark::Card));
        assert_eq!(h.mark_lines, vec![1, 4]);
    }
}
