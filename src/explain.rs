//! `deckhand explain FILE`: what each block of a note became — title, topic, question or
//! answer of which card, or unused and why — and which rule decided it.
//!
//! It exists so that a user whose notes were read wrong can see where, and pick the hint
//! (front matter, `deckhand.toml`, `<!-- deckhand: … -->`) that steers it.

use crate::config::Config;
use crate::error::Result;
use crate::extract::{extract_note, Extraction, Role};
use crate::ingest::{read_note, Note};
use crate::model::WarningKind;
use crate::topic::Topics;
use std::fmt::Write;
use std::path::Path;

/// The explanation of one file as text.
pub fn explain_file(path: &Path, config: &Config, tree: bool) -> Result<String> {
    let inputs = crate::ingest::expand_inputs(&[path.to_path_buf()]);
    if let Some(w) = inputs
        .warnings
        .iter()
        .find(|w| w.kind == WarningKind::Unreadable)
    {
        return Err(crate::error::Error::Input {
            path: w.path.clone().into(),
            message: w.message.clone(),
        });
    }
    let topics = Topics::new(config);
    let mut out = String::new();
    for (display, file, root) in inputs.files {
        let mut warnings = Vec::new();
        let Some(note) = read_note(&display, file.as_deref(), &root, &mut warnings)? else {
            let _ = writeln!(out, "{display}: skipped (not a text file)");
            continue;
        };
        let ex = extract_note(&note, &topics, config);
        if std::env::var_os("DECKHAND_CLEANED").is_some() {
            out.push_str(&crate::extract::cleaned_text(&note));
        } else if tree {
            out.push_str(&crate::extract::dump_tree(&note));
        } else {
            out.push_str(&render(&note, &ex, &topics));
        }
    }
    Ok(out)
}

/// One line per stretch of lines with the same role.
pub fn render(note: &Note, ex: &Extraction, topics: &Topics) -> String {
    let lines: Vec<&str> = note.text.split('\n').collect();
    let off = note.line_offset;
    let mut out = String::new();
    let in_cards = ex
        .roles
        .iter()
        .zip(&lines)
        .filter(|(r, l)| **r != Role::None && !crate::extract::lines::is_blank(l))
        .count();
    let mut traces_sorted = ex.trace.clone();
    traces_sorted.sort_by_key(|t| t.line);
    let _ = writeln!(
        out,
        "{}: {} cards; {} of {} non-blank lines in cards ({}%)",
        note.display,
        ex.cards.len(),
        in_cards,
        ex.nonblank,
        (in_cards * 100).checked_div(ex.nonblank).unwrap_or(100)
    );
    if off > 0 {
        let _ = writeln!(out, "{:>9}  unused: front matter", format!("1-{off}"));
    }
    // (Org-mode keywords, drawers and comments, read as blank.)
    let spans = note.metadata_spans();
    if !spans.is_empty() {
        let list: Vec<String> = spans
            .iter()
            .map(|&(a, b)| {
                if a == b {
                    a.to_string()
                } else {
                    format!("{a}-{b}")
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "{:>9}  unused: format metadata (lines {})",
            "",
            list.join(", ")
        );
    }
    let mut traces = traces_sorted.iter().peekable();
    let mut i = 0;
    let n = lines.len().min(ex.roles.len());
    while i < n {
        if crate::extract::lines::is_blank(lines[i]) {
            i += 1;
            continue;
        }
        let role = ex.roles[i];
        let unused = ex.unused.iter().find(|u| u.lines.contains(&i));
        // The stretch: same role (or same unused entry), blank lines in between allowed.
        let mut j = i + 1;
        let mut last = i;
        while j < n {
            if crate::extract::lines::is_blank(lines[j]) {
                j += 1;
                continue;
            }
            let same = ex.roles[j] == role
                && (role != Role::None
                    || ex
                        .unused
                        .iter()
                        .find(|u| u.lines.contains(&j))
                        .map(|u| &u.lines)
                        == unused.map(|u| &u.lines));
            if !same {
                break;
            }
            last = j;
            j += 1;
        }
        while let Some(t) = traces.next_if(|t| t.line <= last) {
            let _ = writeln!(
                out,
                "{:>9}  ({}: {})",
                t.line + off + 1,
                t.rule.name(),
                t.what
            );
        }
        let span = if last > i {
            format!("{}-{}", i + off + 1, last + off + 1)
        } else {
            format!("{}", i + off + 1)
        };
        let preview: String = crate::extract::lines::trim(lines[i])
            .chars()
            .take(60)
            .collect();
        let what = match role {
            Role::Question(k) => {
                let c = &ex.cards[k];
                format!(
                    "question #{} «{}» → topic {} [{}]",
                    k + 1,
                    crate::text::clean_question(&c.question),
                    topics.canonical(&c.topic),
                    c.rule
                )
            }
            Role::Answer(k) => format!("answer of #{}", k + 1),
            Role::None => format!(
                "unused ({}): {}",
                unused.map_or("text outside any question", |u| u.reason.name()),
                preview
            ),
        };
        let _ = writeln!(out, "{span:>9}  {what}");
        i = last + 1;
    }
    for t in traces {
        let _ = writeln!(
            out,
            "{:>9}  ({}: {})",
            t.line + off + 1,
            t.rule.name(),
            t.what
        );
    }
    out
}
