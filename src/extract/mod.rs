//! Extract: named rules turn a cleaned, outlined note into cards.
//!
//! Notes are written for their author, not for a parser, so no single rule fits: which
//! heading level is the topic and which the question differs per file; some files use
//! `Q:`/`A:` or bold paragraphs; some are plain text in code fences. Each rule lives in its
//! own small function with its own fixture, and every card records the rule that made it.
//!
//! - [`headings`]: topic/question levels, a lone title above the topics, grouping headings.
//! - [`inline`]: `Q:`/`A:`, `问：`/`答：`, `<details>`, bold-paragraph and numbered questions.
//! - [`prose`]: plain text and prose fences: label lines, question lists, indented answers.

pub mod headings;
pub mod inline;
pub mod prose;

use crate::clean::{clean, Cleaned};
use crate::ingest::Note;
use crate::model::Warning;
use crate::outline::{outline, Outline};
use crate::topic::Topics;

/// A card before identity and topic canonicalisation are settled.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCard {
    /// Topic as written (canonicalised later).
    pub topic: String,
    /// Question as written (cleaned later).
    pub question: String,
    /// Answer Markdown.
    pub answer: String,
    /// 0-based body line of the question.
    pub line: usize,
    /// 0-based body line of the last answer line (inclusive).
    pub last_line: usize,
    pub rule: &'static str,
}

/// Everything a rule may look at.
pub struct Ctx<'a> {
    pub lines: Vec<&'a str>,
    pub cleaned: &'a Cleaned,
    pub outline: &'a Outline,
    pub topics: &'a Topics,
    /// Topic for cards outside any topic heading (front matter title/tags, else file name).
    pub file_topic: String,
    /// Whether the file has Markdown headings at all.
    pub markdown: bool,
}

impl Ctx<'_> {
    /// True when the 0-based line lies in an unwrapped prose fence.
    pub fn in_prose(&self, line: usize) -> bool {
        self.cleaned
            .prose
            .iter()
            .any(|&(s, e)| line >= s && line < e)
    }

    pub fn is_blank(&self, line: usize) -> bool {
        self.lines.get(line).is_none_or(|l| l.trim().is_empty())
    }

    /// The lines `[start, end)` as text, blank lines at both ends removed.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.lines.len());
        let (start, end) = self.trim_range(start, end);
        self.lines[start..end].join("\n")
    }

    /// `[start, end)` without leading/trailing blank lines.
    pub fn trim_range(&self, mut start: usize, mut end: usize) -> (usize, usize) {
        end = end.min(self.lines.len());
        while start < end && self.is_blank(start) {
            start += 1;
        }
        while end > start && self.is_blank(end - 1) {
            end -= 1;
        }
        (start, end)
    }
}

/// Runs clean → outline → rules on one note. Returns raw cards and warnings (lines are
/// 1-based file lines).
pub fn extract_note(note: &Note, topics: &Topics) -> (Vec<RawCard>, Vec<Warning>) {
    let cleaned = clean(&note.text);
    let outline = outline(&cleaned.text);
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let ctx = Ctx {
        lines,
        cleaned: &cleaned,
        outline: &outline,
        topics,
        file_topic: file_topic(note),
        markdown: !outline.sections.is_empty(),
    };
    let mut warnings: Vec<Warning> = cleaned
        .notes
        .iter()
        .map(|(l, m)| Warning {
            path: note.display.clone(),
            line: l + note.line_offset + 1,
            message: m.clone(),
        })
        .collect();
    let cards = if ctx.markdown {
        headings::extract(&ctx)
    } else {
        let end = ctx.lines.len();
        prose::plain_file(&ctx, 0, end)
    };
    for c in &cards {
        let n = inline::question_markers(&c.answer);
        if n >= 2 {
            warnings.push(Warning {
                path: note.display.clone(),
                line: c.line + note.line_offset + 1,
                message: format!(
                    "the answer to «{}» holds {n} `Q:`/`问：` lines, read as one card; if they are \
                     separate questions, put them under a heading that is not itself a question",
                    crate::text::clean_question(&c.question)
                ),
            });
        }
    }
    if cards.is_empty() && !note.text.trim().is_empty() {
        warnings.push(Warning {
            path: note.display.clone(),
            line: 0,
            message:
                "no questions found (see `deckhand --help` for the note layouts deckhand reads)"
                    .into(),
        });
    }
    (cards, warnings)
}

/// Topic for cards outside any topic heading: front matter `title`, then `tags`, then the
/// file name.
fn file_topic(note: &Note) -> String {
    if let Some(t) = note.meta.title.as_ref().filter(|t| !t.trim().is_empty()) {
        return t.trim().to_string();
    }
    if let Some(t) = note.meta.tags.first() {
        return t.clone();
    }
    let stem = std::path::Path::new(&note.display)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if stem.is_empty() || stem == "-" {
        "Notes".into()
    } else {
        stem
    }
}

/// Runs the inline rules, then (inside prose fences or plain text) the prose rules, over a
/// body range that belongs to `topic`. Used for topic bodies and for the preamble.
pub fn body_cards(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let cards = inline::extract(ctx, start, end, topic);
    if !cards.is_empty() {
        return cards;
    }
    let prose_here = (start..end).any(|l| ctx.in_prose(l));
    if prose_here {
        return prose::blocks(ctx, start, end, topic);
    }
    Vec::new()
}
