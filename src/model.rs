//! The one model every stage shares and every exporter reads (JSON contract, version 1).
//!
//! Extraction produces a [`Deck`]; `export::{json,anki,pdf}` consume it and nothing else.
//! Fields may be added over time, but the ones in `DESIGN.md` never change meaning.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// Version of the JSON contract written by `deckhand cards` and `build --format json`.
pub const MODEL_VERSION: u32 = 1;

/// Everything deckhand learned from a set of notes.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Deck {
    /// [`MODEL_VERSION`].
    pub version: u32,
    /// Topics in first-seen order, each with its card counts.
    #[serde(default)]
    pub topics: Vec<Topic>,
    /// Every card, in input order.
    pub cards: Vec<Card>,
    /// What the user should know.
    #[serde(default)]
    pub warnings: Vec<Warning>,
    /// Stretches of non-blank lines that are in no card, with why (`deckhand check`).
    #[serde(skip)]
    pub unused: Vec<Unused>,
    /// Per file: non-blank lines and how many reached a card (`deckhand check`).
    #[serde(skip)]
    pub coverage: Vec<Coverage>,
    /// Inputs that could not be read (each also a warning of kind `unreadable`): the run
    /// goes on without them and ends with exit status 1.
    #[serde(skip)]
    pub failed: Vec<String>,
}

impl Deck {
    /// Whether `path` is, or lies in, an input that could not be read this run: its cards
    /// are missing for that reason, not because the notes lost them.
    pub fn unread(&self, path: &str) -> bool {
        self.failed.iter().any(|f| {
            path == f
                || path
                    .strip_prefix(f.as_str())
                    .is_some_and(|r| r.starts_with(['/', '\\']))
        })
    }
}

/// A stretch of non-blank lines in no card.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Unused {
    /// The note file.
    pub path: String,
    /// 1-based first line.
    pub line: usize,
    /// 1-based last line (inclusive).
    pub end_line: usize,
    /// Why: `title`, `topic line`, `front matter`, `format metadata`, `separator`, `introduction`, `remark`,
    /// `structural section`, `index`, `empty heading`, `text outside any question`, …
    pub reason: String,
}

/// How much of one file reached a card.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Coverage {
    /// The note file.
    pub path: String,
    /// Non-blank lines in the file (front matter included).
    pub lines: usize,
    /// Of those, lines inside a card's question or answer.
    pub in_cards: usize,
}

/// A canonical topic (after aliases): one Anki sub-deck, one PDF.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Topic {
    /// The canonical topic name.
    pub name: String,
    /// Number of cards in this topic (answered or not).
    pub cards: usize,
    /// Number of cards with a non-empty answer.
    pub answered: usize,
}

/// One question/answer card.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Card {
    /// Stable id: same topic + same normalised question => same id, whatever the answer.
    pub id: String,
    /// Canonical topic name.
    pub topic: String,
    /// Plain text; numbering and markup removed.
    pub question: String,
    /// The question as Markdown when it holds inline code (`` What is `Vec<T>`? ``), so that
    /// exporters can show the code as code; empty otherwise. Without its backticks it is
    /// `question`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question_markdown: String,
    /// CommonMark (with tables); `""` when the notes give no answer.
    pub answer: String,
    /// Where it came from.
    pub source: Source,
    /// Tags: the topic, the file name and the front matter `tags`, as Anki tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Name of the extraction rule that produced the card.
    pub rule: String,
    /// Local images the answer references, resolved and checked by the library
    /// (inside the input folders, existing). Exporters bundle these and nothing else.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
}

impl Card {
    /// Whether the notes give an answer.
    pub fn is_answered(&self) -> bool {
        !self.answer.trim().is_empty()
    }
}

/// Where a card came from.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Source {
    /// The path as the user gave it (or found under a given directory); `-` for stdin.
    pub path: String,
    /// 1-based first line of the card (the question).
    pub line: usize,
    /// 1-based last line of the card's answer.
    pub end_line: usize,
    /// Modification time of the source file in seconds since the Unix epoch
    /// (or `SOURCE_DATE_EPOCH` when set); Anki uses it as the note's mtime.
    #[serde(default)]
    pub mtime: i64,
}

/// A local image an answer references.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Media {
    /// The image URL exactly as it appears in `Card::answer` (`![](src)` or `<img src>`).
    pub src: String,
    /// The resolved file on disk (absolute or relative to the working directory).
    pub path: String,
}

/// Something the user should know; never fatal.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    /// The note file (or the output) concerned.
    pub path: String,
    /// 1-based line, 0 when the warning concerns the whole file.
    pub line: usize,
    /// What happened and what to do.
    pub message: String,
    /// What it is about, so that `check` and scripts filter by kind, not by message text.
    #[serde(default)]
    pub kind: WarningKind,
}

/// The kinds of [`Warning`], written in JSON as kebab-case (`missing-image`).
#[derive(
    Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord, Hash,
)]
#[serde(rename_all = "kebab-case")]
pub enum WarningKind {
    /// A file or folder that could not be read; the build goes on without it, exit status 1.
    Unreadable,
    /// A link leaving the notes folder, or a loop of links; not followed.
    Symlink,
    /// A file that is not text; skipped.
    Binary,
    /// Not UTF-8; read in the encoding named.
    Encoding,
    /// Front matter that could not be parsed.
    FrontMatter,
    /// A hint (front matter, `deckhand.toml`, comment) that could not be used.
    Hint,
    /// How the note is written: an unclosed fence, no questions, Q/A lines inside an answer.
    Structure,
    /// The same question twice in a topic.
    Duplicate,
    /// An image missing, outside the notes folder, or refused (size, pixels, format).
    Image,
    /// A `--font` that cannot be used.
    Font,
    /// Characters no PDF font can draw.
    Glyph,
    /// Math that is unsafe in a card (`\href`, `\style`, …) or that the PDF cannot typeset.
    Math,
    /// Which earlier question a card is cannot be told (`deckhand.lock`).
    Identity,
    /// Nothing to write for a format.
    Empty,
    /// Anything else.
    #[default]
    Other,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.line > 0 {
            write!(f, "{}:{}: {}", self.path, self.line, self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Normalises a question for identity: NFKC-ish folding of width, case, and removal of
/// whitespace and punctuation, so that cosmetic edits keep a card's id.
pub fn normalise_question(q: &str) -> String {
    q.chars()
        .map(fold_width)
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Fullwidth ASCII variants (U+FF01..U+FF5E) to ASCII; everything else unchanged.
fn fold_width(c: char) -> char {
    match c as u32 {
        0xFF01..=0xFF5E => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        0x3000 => ' ',
        _ => c,
    }
}

/// The stable card id: hex of SHA-256 over topic and normalised question (first 16 bytes).
pub fn card_id(topic: &str, question: &str) -> String {
    let mut h = Sha256::new();
    h.update(topic.to_lowercase().as_bytes());
    h.update([0x1f]);
    h.update(normalise_question(question).as_bytes());
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(32);
    for b in &h.finalize()[..16] {
        id.push(HEX[(b >> 4) as usize] as char);
        id.push(HEX[(b & 15) as usize] as char);
    }
    id
}

impl Deck {
    /// An empty deck of the current model version.
    pub fn new() -> Self {
        Deck {
            version: MODEL_VERSION,
            ..Default::default()
        }
    }

    /// Recomputes `topics` from `cards`, keeping first-seen order.
    pub fn recount_topics(&mut self) {
        let mut topics: Vec<Topic> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for c in &self.cards {
            let i = *index.entry(c.topic.as_str()).or_insert_with(|| {
                topics.push(Topic {
                    name: c.topic.clone(),
                    ..Default::default()
                });
                topics.len() - 1
            });
            topics[i].cards += 1;
            if c.is_answered() {
                topics[i].answered += 1;
            }
        }
        self.topics = topics;
    }

    /// Cards grouped by topic in one pass: topics in `topics` order (then any topic only the
    /// cards name), each with its cards in model order.
    pub fn by_topic(&self) -> Vec<(&str, Vec<&Card>)> {
        let mut groups: Vec<(&str, Vec<&Card>)> = Vec::new();
        let mut index: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let names = self.topics.iter().map(|t| t.name.as_str());
        for name in names.chain(self.cards.iter().map(|c| c.topic.as_str())) {
            index.entry(name).or_insert_with(|| {
                groups.push((name, Vec::new()));
                groups.len() - 1
            });
        }
        for c in &self.cards {
            groups[index[c.topic.as_str()]].1.push(c);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn id_ignores_case_width_punctuation_but_not_words() {
        assert_eq!(card_id("Go", "GPM 模型？"), card_id("Go", "gpm模型?"));
        assert_eq!(card_id("Go", "ＧＰＭ模型"), card_id("Go", "GPM模型"));
        assert_ne!(card_id("Go", "GPM模型"), card_id("Docker", "GPM模型"));
        assert_ne!(card_id("Go", "切片扩容"), card_id("Go", "切片缩容"));
        assert_eq!(card_id("Go", "x").len(), 32);
    }
}
