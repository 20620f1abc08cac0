//! `deckhand check`: the report a person reads before studying: cards per topic, the
//! unanswered questions as a `file:line` TODO list, duplicates, and warnings.

use crate::model::{Deck, Warning};
use serde::Serialize;
use std::fmt::Write;

#[derive(Debug, Serialize)]
/// What `deckhand check` reports, in text (`Display`) or as JSON (`Serialize`).
pub struct Report<'a> {
    /// Note files read.
    pub files: usize,
    /// Cards found.
    pub cards: usize,
    /// Cards with an answer.
    pub answered: usize,
    /// Topics with their card counts.
    pub topics: &'a [crate::model::Topic],
    /// Questions without an answer yet, as a `file:line` TODO list.
    pub unanswered: Vec<Todo<'a>>,
    /// Questions asked twice.
    pub duplicates: Vec<&'a Warning>,
    /// Every other warning.
    pub warnings: Vec<&'a Warning>,
    /// Every stretch of non-blank lines in no card, with its reason.
    pub unused: &'a [crate::model::Unused],
    /// Per file: non-blank lines and how many reached a card.
    pub coverage: &'a [crate::model::Coverage],
}

#[derive(Debug, Serialize)]
/// A question not answered yet, where to answer it.
pub struct Todo<'a> {
    /// Its topic.
    pub topic: &'a str,
    /// The question.
    pub question: &'a str,
    /// The note file.
    pub path: &'a str,
    /// 1-based line of the question.
    pub line: usize,
}

/// The report on `deck`.
pub fn report(deck: &Deck) -> Report<'_> {
    let mut files: Vec<&str> = deck.cards.iter().map(|c| c.source.path.as_str()).collect();
    files.sort_unstable();
    files.dedup();
    let (duplicates, warnings) = deck
        .warnings
        .iter()
        .partition(|w| w.kind == crate::model::WarningKind::Duplicate);
    Report {
        files: files.len(),
        cards: deck.cards.len(),
        answered: deck.cards.iter().filter(|c| c.is_answered()).count(),
        topics: &deck.topics,
        unanswered: deck
            .by_topic()
            .into_iter()
            .flat_map(|(_, cards)| cards)
            .filter(|c| !c.is_answered())
            .map(|c| Todo {
                topic: &c.topic,
                question: &c.question,
                path: &c.source.path,
                line: c.source.line,
            })
            .collect(),
        duplicates,
        warnings,
        unused: &deck.unused,
        coverage: &deck.coverage,
    }
}

/// Reasons a person should look at: the text might hold a question deckhand missed.
fn worth_a_look(reason: &str) -> bool {
    matches!(reason, "text outside any question" | "introduction")
}

/// `1 card`, `2 cards`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The human-readable report.
pub fn render_text(r: &Report) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{} in {} from {}: {} answered, {} unanswered",
        count(r.cards, "card"),
        count(r.topics.len(), "topic"),
        count(r.files, "file"),
        r.answered,
        r.cards - r.answered
    );
    if !r.topics.is_empty() {
        let width = r
            .topics
            .iter()
            .map(|t| display_width(&t.name))
            .max()
            .unwrap_or(0);
        let _ = writeln!(s, "\nTopics");
        for t in r.topics {
            let pad = " ".repeat(width - display_width(&t.name));
            let _ = writeln!(
                s,
                "  {}{pad}  {:>4} {:<5}  {:>4} answered",
                t.name,
                t.cards,
                if t.cards == 1 { "card" } else { "cards" },
                t.answered
            );
        }
    }
    if !r.unanswered.is_empty() {
        let _ = writeln!(
            s,
            "\nUnanswered questions ({}): your study TODO list",
            r.unanswered.len()
        );
        let mut topic = "";
        for u in &r.unanswered {
            if u.topic != topic {
                let _ = writeln!(s, "  {}", u.topic);
                topic = u.topic;
            }
            let _ = writeln!(s, "    {}:{}  {}", u.path, u.line, u.question);
        }
    }
    if !r.coverage.is_empty() {
        let _ = writeln!(s, "\nLines that reached a card");
        for c in r.coverage {
            let pct = (c.in_cards * 100).checked_div(c.lines).unwrap_or(100);
            let _ = writeln!(s, "  {:>3}%  {}/{}  {}", pct, c.in_cards, c.lines, c.path);
        }
    }
    let look: Vec<&crate::model::Unused> = r
        .unused
        .iter()
        .filter(|u| worth_a_look(&u.reason))
        .collect();
    if !look.is_empty() {
        let _ = writeln!(
            s,
            "\nText in no card ({}): check with `deckhand explain FILE`",
            look.len()
        );
        for u in look {
            let span = if u.end_line > u.line {
                format!("{}-{}", u.line, u.end_line)
            } else {
                u.line.to_string()
            };
            let _ = writeln!(s, "  {}:{}  {}", u.path, span, u.reason);
        }
    }
    if !r.duplicates.is_empty() {
        let _ = writeln!(s, "\nDuplicates ({})", r.duplicates.len());
        for w in &r.duplicates {
            let _ = writeln!(s, "  {w}");
        }
    }
    if !r.warnings.is_empty() {
        let _ = writeln!(s, "\nWarnings ({})", r.warnings.len());
        for w in &r.warnings {
            let kind = serde_json::to_value(w.kind).unwrap_or_default();
            let _ = writeln!(s, "  [{}] {w}", kind.as_str().unwrap_or("other"));
        }
    }
    s
}

/// Terminal width of a string: CJK and fullwidth characters take two columns.
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| match c as u32 {
            0x1100..=0x115F
            | 0x2E80..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1FAFF
            | 0x20000..=0x3FFFD => 2,
            _ => 1,
        })
        .sum()
}
