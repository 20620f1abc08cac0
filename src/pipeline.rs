//! The front half of deckhand as one call: inputs → [`Deck`]. Files are read and extracted
//! in parallel (rayon), then merged in input order so output never depends on scheduling.

use crate::config::Config;
use crate::error::Result;
use crate::extract::{extract_note, RawCard};
use crate::ingest::{expand_inputs, read_note, Note};
use crate::model::{card_id, normalise_question, Card, Coverage, Deck, Source, Unused, Warning};
use crate::text::{clean_question, is_placeholder_answer};
use crate::topic::Topics;
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::PathBuf;

/// Reads, cleans and extracts every input into one model.
pub fn build_deck(inputs: &[PathBuf], config: &Config) -> Result<Deck> {
    build_deck_with_progress(inputs, config, &|_| {})
}

/// [`build_deck`], calling `progress(total)` once with the number of files found, then
/// `progress(0)` after each file (from worker threads).
pub fn build_deck_with_progress(
    inputs: &[PathBuf],
    config: &Config,
    progress: &(dyn Fn(usize) + Sync),
) -> Result<Deck> {
    let inputs = expand_inputs(inputs);
    let files = inputs.files;
    progress(files.len());
    let topics = Topics::new(config);
    let per_file: Vec<Result<FileResult>> = files
        .par_iter()
        .map(|(display, file, root)| {
            let r = extract_file(display, file.as_deref(), root, &topics, config);
            progress(0);
            r
        })
        .collect();
    let mut deck = Deck::new();
    deck.warnings = inputs.warnings;
    deck.failed = inputs.failed;
    for (r, (display, ..)) in per_file.into_iter().zip(&files) {
        // A file that cannot be read is reported; the others are built.
        let f = match r {
            Ok(f) => f,
            Err(e) => {
                deck.failed.push(display.clone());
                deck.warnings.push(Warning {
                    path: display.clone(),
                    line: 0,
                    message: format!(
                        "cannot be read: {}; skipped",
                        crate::error::describe_at(&e, display)
                    ),
                    kind: crate::model::WarningKind::Unreadable,
                });
                continue;
            }
        };
        deck.cards.extend(f.cards);
        deck.warnings.extend(f.warnings);
        deck.unused.extend(f.unused);
        deck.coverage.extend(f.coverage);
    }
    resolve_duplicates(&mut deck);
    deck.recount_topics();
    Ok(deck)
}

/// What one file contributed.
#[derive(Default)]
struct FileResult {
    cards: Vec<Card>,
    warnings: Vec<Warning>,
    unused: Vec<Unused>,
    coverage: Option<Coverage>,
}

fn extract_file(
    display: &str,
    file: Option<&std::path::Path>,
    root: &std::path::Path,
    topics: &Topics,
    config: &Config,
) -> Result<FileResult> {
    let mut warnings = Vec::new();
    let Some(note) = read_note(display, file, root, &mut warnings)? else {
        return Ok(FileResult {
            warnings,
            ..Default::default()
        });
    };
    Ok(file_result(note, topics, config, warnings))
}

fn file_result(
    note: Note,
    topics: &Topics,
    config: &Config,
    mut warnings: Vec<Warning>,
) -> FileResult {
    let mut ex = extract_note(&note, topics, config);
    warnings.append(&mut ex.warnings);
    let (mut unused, coverage) = accounting(&note, &ex);
    let cards = to_cards(ex.cards, &note, topics, &mut warnings);
    report_strays(&note, &cards, &mut unused);
    FileResult {
        cards,
        warnings,
        unused,
        coverage: Some(coverage),
    }
}

/// Unused stretches and coverage in 1-based file lines, front matter included.
fn accounting(note: &Note, ex: &crate::extract::Extraction) -> (Vec<Unused>, Coverage) {
    let off = note.line_offset;
    let mut unused = Vec::new();
    if off > 0 {
        unused.push(Unused {
            path: note.display.clone(),
            line: 1,
            end_line: off,
            reason: "front matter".into(),
        });
    }
    for (line, end_line) in note.metadata_spans() {
        unused.push(Unused {
            path: note.display.clone(),
            line,
            end_line,
            reason: crate::extract::Reason::FormatMetadata.name().into(),
        });
    }
    for u in &ex.unused {
        unused.push(Unused {
            path: note.display.clone(),
            line: u.lines.start + off + 1,
            end_line: u.lines.end + off,
            reason: u.reason.name().into(),
        });
    }
    let in_cards = ex
        .roles
        .iter()
        .zip(note.text.split('\n'))
        .filter(|(r, l)| **r != crate::extract::Role::None && !crate::extract::lines::is_blank(l))
        .count();

    let coverage = Coverage {
        path: note.display.clone(),
        lines: ex.nonblank + off,
        in_cards,
    };
    unused.sort_by_key(|u| u.line);
    (unused, coverage)
}

/// The safety net of "nothing lost silently": a non-blank line that no card's source range
/// holds and no rule reported (a structure the rules never meet, such as a fence opener
/// after a full-width space) is reported as text outside any question.
fn report_strays(note: &Note, cards: &[Card], unused: &mut Vec<Unused>) {
    let off = note.line_offset;
    let n = note.text.split('\n').count();
    // 1-based file lines: front matter first, then the body.
    let mut held = vec![false; n + off + 2];
    for c in cards {
        let end = c.source.end_line.max(c.source.line).min(held.len() - 1);
        for h in held.iter_mut().take(end + 1).skip(c.source.line) {
            *h = true;
        }
    }
    for u in unused.iter() {
        let end = u.end_line.min(held.len() - 1);
        for h in held.iter_mut().take(end + 1).skip(u.line) {
            *h = true;
        }
    }
    let mut stray: Option<(usize, usize)> = None;
    let mut found = Vec::new();
    let body = note.text.split('\n').map(Some).chain(std::iter::once(None));
    for (i, l) in body.enumerate() {
        let line = i + off + 1;
        let lost = l.is_some_and(|l| !held[line] && !crate::extract::lines::is_blank(l));
        match (lost, &mut stray) {
            (true, Some((_, end))) => *end = line,
            (true, None) => stray = Some((line, line)),
            (false, Some((start, end))) => {
                found.push(Unused {
                    path: note.display.clone(),
                    line: *start,
                    end_line: *end,
                    reason: crate::extract::Reason::Outside.name().into(),
                });
                stray = None;
            }
            (false, None) => {}
        }
    }
    if !found.is_empty() {
        unused.extend(found);
        unused.sort_by_key(|u| (u.line, u.end_line));
    }
}

/// Raw cards of one note to model cards; topic names are canonicalised once per name.
fn to_cards(
    raw: Vec<RawCard>,
    note: &Note,
    topics: &Topics,
    warnings: &mut Vec<Warning>,
) -> Vec<Card> {
    let mut canonical: HashMap<String, String> = HashMap::new();
    raw.into_iter()
        .filter_map(|mut r| {
            let topic = canonical
                .entry(r.topic.clone())
                .or_insert_with(|| topics.canonical(&r.topic));
            r.topic.clone_from(topic);
            to_card(r, note, warnings)
        })
        .collect()
}

/// Builds a deck from text already in memory (tests, library users).
pub fn deck_from_text(name: &str, text: &str, config: &Config) -> Deck {
    deck_from_bytes(name, text.as_bytes(), config)
}

/// Builds a deck from raw bytes in memory, through the same decoding as files (fuzzing).
pub fn deck_from_bytes(name: &str, bytes: &[u8], config: &Config) -> Deck {
    let topics = Topics::new(config);
    let mut deck = Deck::new();
    let Some(decoded) = crate::ingest::decode(bytes) else {
        return deck;
    };
    let (text, metadata_lines) = crate::ingest::note_text(name, decoded.text);
    let (meta, body, line_offset) =
        crate::ingest::split_front_matter(&text, name, &mut deck.warnings);
    let note = Note {
        display: name.to_string(),
        file: None,
        root: PathBuf::from("."),
        root_real: std::fs::canonicalize(".").unwrap_or_default(),
        text: body,
        line_offset,
        meta,
        mtime: 0,
        metadata_lines,
    };
    let f = file_result(note, &topics, config, Vec::new());
    deck.cards = f.cards;
    deck.warnings.extend(f.warnings);
    deck.unused = f.unused;
    deck.coverage.extend(f.coverage);
    resolve_duplicates(&mut deck);
    deck.recount_topics();
    deck
}

/// MathJax commands that make links or inject markup are removed from cards
/// ([`crate::markdown::UNSAFE_MATH`]); the user hears of each, at its line.
fn unsafe_math_warnings(r: &RawCard, note: &Note, warnings: &mut Vec<Warning>) {
    let removed = crate::markdown::unsafe_math_in(&r.answer);
    if removed.is_empty() {
        return;
    }
    let body: Vec<&str> = note.text.split('\n').collect();
    for cmd in removed {
        let needle = format!("\\{cmd}");
        let at = (r.line..=r.last_line.min(body.len().saturating_sub(1)))
            .find(|&i| body.get(i).is_some_and(|l| l.contains(&needle)))
            .unwrap_or(r.line);
        warnings.push(Warning {
            kind: crate::model::WarningKind::Math,
            path: note.display.clone(),
            line: at + note.line_offset + 1,
            message: format!(
                "`\\{cmd}` in math makes a link or sets markup, which a shared deck must not \
                 carry; it is left out of the card (write the link outside the math)"
            ),
        });
    }
}

/// `r.topic` must already be canonical.
fn to_card(r: RawCard, note: &Note, warnings: &mut Vec<Warning>) -> Option<Card> {
    let line = r.line + note.line_offset + 1;
    // `Weight of an error #card`: Logseq and Obsidian tags are the card's tags.
    let (raw_question, hashtags) = crate::text::trailing_tags(&r.question);
    let raw_question = raw_question.to_string();
    let question = clean_question(&raw_question);
    if normalise_question(&question).is_empty() {
        warnings.push(Warning {
            kind: crate::model::WarningKind::Structure,
            path: note.display.clone(),
            line,
            message: "a question with no text was skipped".into(),
        });
        return None;
    }
    unsafe_math_warnings(&r, note, warnings);
    let topic = r.topic;
    let media = if note.file.is_some() {
        crate::media::resolve(&r.answer, note, line, warnings)
    } else {
        Vec::new()
    };
    let mut tags = vec![tag(&topic)];
    let stem = std::path::Path::new(&note.display)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !stem.is_empty() && stem != "-" {
        tags.push(tag(&stem));
    }
    for t in note.meta.tags.iter().chain(&hashtags) {
        let t = tag(t);
        if !t.is_empty() && !tags.contains(&t) {
            tags.push(t);
        }
    }
    let question_markdown = crate::text::question_markdown(&raw_question, &question);
    Some(Card {
        id: card_id(&topic, &question),
        topic,
        question,
        question_markdown,
        answer: if is_placeholder_answer(&r.answer) {
            String::new()
        } else {
            r.answer
        },
        source: Source {
            path: note.display.clone(),
            line,
            end_line: r.last_line + note.line_offset + 1,
            mtime: note.mtime,
        },
        tags,
        rule: r.rule.to_string(),
        media,
    })
}

/// Tags keep Unicode; whitespace becomes `_` (Anki splits tags on spaces).
pub fn tag(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join("_")
}

/// Same topic + same normalised question: identical answers are merged, different ones
/// kept with distinct ids. Both are reported.
fn resolve_duplicates(deck: &mut Deck) {
    // Keyed by the card id, which is already the hash of topic + normalised question.
    let mut seen: HashMap<String, (usize, usize)> = HashMap::new(); // → (first index, count)
    let mut keep = vec![true; deck.cards.len()];
    let mut warnings = Vec::new();
    #[allow(clippy::needless_range_loop)]
    for i in 0..deck.cards.len() {
        let key = deck.cards[i].id.clone();
        match seen.get_mut(&key) {
            None => {
                seen.insert(key, (i, 1));
            }
            Some((first, count)) => {
                let f = &deck.cards[*first];
                let c = &deck.cards[i];
                let at = format!("{}:{}", f.source.path, f.source.line);
                if f.answer.trim() == c.answer.trim() {
                    warnings.push(Warning {
                        kind: crate::model::WarningKind::Duplicate,
                        path: c.source.path.clone(),
                        line: c.source.line,
                        message: format!(
                            "duplicate question «{}» in topic {} (first at {at}); merged into it",
                            c.question, c.topic
                        ),
                    });
                    keep[i] = false;
                    deck.unused.push(Unused {
                        path: c.source.path.clone(),
                        line: c.source.line,
                        end_line: c.source.end_line,
                        reason: "duplicate (merged into the first copy)".into(),
                    });
                } else {
                    *count += 1;
                    let n = *count;
                    warnings.push(Warning {
                        kind: crate::model::WarningKind::Duplicate,
                        path: c.source.path.clone(),
                        line: c.source.line,
                        message: format!(
                            "duplicate question «{}» in topic {} (also at {at}) with a different answer; kept as a separate card",
                            c.question, c.topic
                        ),
                    });
                    let id = card_id(&c.topic, &format!("{} #{n}", c.question));
                    deck.cards[i].id = id;
                }
            }
        }
    }
    let mut k = 0;
    deck.cards.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    deck.warnings.extend(warnings);
}
