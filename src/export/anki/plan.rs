//! `deckhand plan`: what importing the next package would change in Anki, before anything
//! is written.
//!
//! The plan runs the build's own identity step ([`super::identity`]) against the lock and
//! renders every note as the build would, so "updated" means exactly what Anki will see as
//! newer: a changed fingerprint.

use super::identity::{self, Match};
use super::lock::{Lock, LockNote};
use super::media::MediaStore;
use super::{note_fields, select_cards, tag_columns, ExportOptions};
use crate::model::{Card, Deck, Warning};
use rayon::prelude::*;
use serde::Serialize;

/// The changes, each list in note order.
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Plan {
    /// Questions Anki has not seen: new notes.
    pub new: Vec<Change>,
    /// Same question, changed note (answer, source, topic or tags).
    pub updated: Vec<Change>,
    /// Reworded questions that keep their note.
    pub reworded: Vec<Change>,
    /// Questions moved to another topic or file that keep their note.
    pub moved: Vec<Change>,
    /// Questions gone since the last build: their notes get the `deckhand::removed` tag
    /// (or, with `--prune-removed`, are left in Anki untouched and forgotten).
    pub removed: Vec<Change>,
    /// Notes that stay as they are.
    pub unchanged: usize,
    /// Questions removed by an earlier build, still written tagged.
    pub removed_earlier: usize,
}

/// One note that changes.
#[derive(Debug, Default, Serialize, PartialEq)]
pub struct Change {
    /// The question now.
    pub question: String,
    /// Its topic now.
    pub topic: String,
    /// Its file now (for removed ones, where it was).
    pub path: String,
    /// Its 1-based line.
    pub line: usize,
    /// Reworded: the question before.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_question: Option<String>,
    /// Moved: the topic before (Anki keeps the card in that deck).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_topic: Option<String>,
    /// Moved or reworded: where it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_path: Option<String>,
    /// Moved or reworded: the line where it was.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub old_line: Option<usize>,
    /// Updated: what changed (`answer`, `source`, `topic`, `tags`, `returned`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub changed: Vec<&'static str>,
    /// Removed with `--prune-removed`: forgotten, not tagged.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub pruned: bool,
}

/// What a build of `deck` after the one that wrote `lock` would change in Anki.
pub fn plan(deck: &Deck, opts: &ExportOptions, lock: &Lock, warnings: &mut Vec<Warning>) -> Plan {
    let cards = select_cards(deck, opts, warnings);
    let id = identity::resolve(&cards, &lock.notes);
    warnings.extend(id.warnings.iter().cloned());
    let prints = fingerprints(&cards, warnings);
    let mut plan = Plan::default();
    for ((card, m), fp) in cards.iter().zip(&id.matches).zip(&prints) {
        let mut change = Change {
            question: card.question.clone(),
            topic: card.topic.clone(),
            path: card.source.path.clone(),
            line: card.source.line,
            ..Default::default()
        };
        match *m {
            Match::New => plan.new.push(change),
            Match::Same(i) => {
                let note = &lock.notes[i];
                if note.fingerprint == *fp && !note.removed {
                    plan.unchanged += 1;
                } else {
                    change.changed = what_changed(card, note);
                    plan.updated.push(change);
                }
            }
            Match::Reworded(i) | Match::Moved(i) => {
                let note = &lock.notes[i];
                change.old_path = Some(note.source.path.clone());
                change.old_line = Some(note.source.line);
                if matches!(m, Match::Reworded(_)) {
                    change.old_question = Some(note.question.clone());
                    plan.reworded.push(change);
                } else {
                    change.old_topic = Some(note.topic.clone());
                    plan.moved.push(change);
                }
            }
        }
    }
    for &i in &id.removed {
        let note = &lock.notes[i];
        if deck.unread(&note.source.path) && !note.removed {
            // Its file could not be read: the note stays as it is.
            plan.unchanged += 1;
            continue;
        }
        if note.removed && !opts.prune_removed {
            plan.removed_earlier += 1;
            continue;
        }
        plan.removed.push(Change {
            question: note.question.clone(),
            topic: note.topic.clone(),
            path: note.source.path.clone(),
            line: note.source.line,
            pruned: opts.prune_removed,
            ..Default::default()
        });
    }
    plan
}

/// Each card's fingerprint as the package would hold it (fields and tags; the GUID is not
/// part of it).
fn fingerprints(cards: &[&Card], warnings: &mut Vec<Warning>) -> Vec<String> {
    let (media, _) = MediaStore::default().collect(cards, warnings);
    let tags = tag_columns(cards);
    cards
        .par_iter()
        .zip(&media)
        .zip(&tags)
        .map(|((card, media), tags)| {
            let fields = note_fields(card, media);
            super::lock::fingerprint(fields.iter().map(String::as_str), tags)
        })
        .collect()
}

/// Why a note with the same question is updated.
fn what_changed(card: &Card, note: &LockNote) -> Vec<&'static str> {
    let mut out = Vec::new();
    if note.removed {
        out.push("returned");
    }
    if card.answer != note.answer {
        out.push("answer");
    }
    if card.topic != note.topic {
        out.push("topic");
    }
    if card.source.path != note.source.path || card.source.line != note.source.line {
        out.push("source");
    }
    if out.is_empty() {
        out.push("tags");
    }
    out
}

/// The plan for a person: one line per change, then a summary.
pub fn render_text(plan: &Plan) -> String {
    use std::fmt::Write;
    let mut s = String::new();
    let at = |c: &Change| format!("{}:{}", c.path, c.line);
    for c in &plan.new {
        let _ = writeln!(s, "new       {}  {} › {}", at(c), c.topic, c.question);
    }
    for c in &plan.updated {
        let _ = writeln!(
            s,
            "updated   {}  {} › {} ({})",
            at(c),
            c.topic,
            c.question,
            c.changed.join(", ")
        );
    }
    for c in &plan.reworded {
        let _ = writeln!(
            s,
            "reworded  {}  {} › {} → {}",
            at(c),
            c.topic,
            c.old_question.as_deref().unwrap_or_default(),
            c.question
        );
    }
    for c in &plan.moved {
        let _ = writeln!(
            s,
            "moved     {}  {} → {} › {} (Anki keeps the card in its old deck)",
            at(c),
            c.old_topic.as_deref().unwrap_or_default(),
            c.topic,
            c.question
        );
    }
    for c in &plan.removed {
        let what = if c.pruned {
            "pruned: left in Anki as it is, forgotten by the lock"
        } else {
            "tagged deckhand::removed"
        };
        let _ = writeln!(
            s,
            "removed   {}  {} › {} ({what})",
            at(c),
            c.topic,
            c.question
        );
    }
    let _ = write!(
        s,
        "{} new, {} updated, {} reworded, {} moved, {} removed, {} unchanged",
        plan.new.len(),
        plan.updated.len(),
        plan.reworded.len(),
        plan.moved.len(),
        plan.removed.len(),
        plan.unchanged
    );
    if plan.removed_earlier > 0 {
        let _ = write!(
            s,
            "; {} removed earlier and still tagged (forget them with --prune-removed)",
            plan.removed_earlier
        );
    }
    s.push('\n');
    s
}
