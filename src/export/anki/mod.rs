//! `--format anki`: the model as Anki packages (`.apkg`) that import cleanly and update in place.
//!
//! We write the package ourselves (schema-11 SQLite via rusqlite, zipped with `zip`) instead of
//! going through a generator library, because what matters here is control: reproducible bytes,
//! ids derived from content, and speed for large note sets. See the README for the reasons.
//!
//! Identity is what makes re-imports update instead of duplicate:
//! * note GUID = the card's `id` (topic + normalised question), never the answer;
//! * note `mod` = the source file's mtime (or `SOURCE_DATE_EPOCH`), so an edited file's notes
//!   are newer than Anki's copy and get updated;
//! * deck ids from deck names, one fixed note type id.
//!
//! The submodules are the layers: [`html`] (answers to safe HTML), [`highlight`] (code colours),
//! [`notetype`] (templates and CSS), [`names`] (ids, tags, file names), [`collection`]
//! (the SQLite database) and [`package`] (the zip).

pub mod collection;
pub mod highlight;
pub mod html;
mod lexer;
mod media;
pub mod names;
pub mod notetype;
pub mod package;

use self::collection::{DeckRow, NoteRow};
use self::html::MediaNames;
use self::media::MediaStore;
use super::{ExportOptions, Exporter};
use crate::error::Result;
use crate::fsutil::{ensure_dir, write_atomic};
use crate::model::{Card, Deck, Warning};
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

/// Note mtime used when neither the source file nor `SOURCE_DATE_EPOCH` gives one.
const FALLBACK_MTIME: i64 = 1_700_000_000;

/// The Anki exporter. `build --format anki` writes `DIR/<deck>.apkg`, or with `--split topic`
/// `DIR/anki/<topic>.apkg` per topic.
#[derive(Debug, Default, Clone, Copy)]
pub struct Anki;

impl Exporter for Anki {
    fn name(&self) -> &'static str {
        "anki"
    }

    fn export(
        &self,
        deck: &Deck,
        out_dir: &Path,
        opts: &ExportOptions,
        warnings: &mut Vec<Warning>,
    ) -> Result<Vec<PathBuf>> {
        let packages = build_packages(deck, opts, warnings)?;
        ensure_dir(out_dir)?;
        let mut written = Vec::with_capacity(packages.len());
        for p in packages {
            let path = out_dir.join(&p.path);
            write_atomic(&path, &p.bytes)?;
            written.push(path);
        }
        Ok(written)
    }
}

/// One package in memory.
#[derive(Debug, Clone)]
pub struct Package {
    /// Where it goes, relative to the output directory (`Notes.apkg`, `anki/Go.apkg`).
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    /// Notes (one card each) it holds.
    pub notes: usize,
    /// Media files it bundles.
    pub media: usize,
}

/// Builds the packages `export` would write, without touching the output directory.
/// Reads only the image files listed in the exported cards' `media`.
pub fn build_packages(
    deck: &Deck,
    opts: &ExportOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Package>> {
    let cards = select_cards(deck, opts, warnings);
    let root = names::deck_path(&opts.deck_name);
    let decks = DeckNames::new(&root, &cards);
    let mut store = MediaStore::default();
    let mut packages = Vec::new();
    if opts.split_by_topic {
        if cards.is_empty() {
            warnings.push(Warning {
                path: "anki".into(),
                line: 0,
                message: "no answered cards: no Anki package written".into(),
            });
        }
        let mut taken = Vec::new();
        for (key, group) in decks.group_by_deck(&cards) {
            let topic_name = decks.topic_of(&key);
            let stem = names::unique_stem(names::safe_file_stem(topic_name), &mut taken);
            let path = Path::new("anki").join(format!("{stem}.apkg"));
            packages.push(build_package(path, &group, &decks, &mut store, warnings)?);
        }
    } else {
        let path = PathBuf::from(format!("{}.apkg", names::safe_file_stem(&root)));
        if cards.is_empty() {
            warnings.push(Warning {
                path: path.display().to_string(),
                line: 0,
                message: "no answered cards: the Anki package holds no notes".into(),
            });
        }
        packages.push(build_package(path, &cards, &decks, &mut store, warnings)?);
    }
    Ok(packages)
}

/// The cards to export, in model order: answered ones (all with `include_unanswered`), each
/// GUID once (a repeated topic + question is reported and its later copies skipped).
fn select_cards<'a>(
    deck: &'a Deck,
    opts: &ExportOptions,
    warnings: &mut Vec<Warning>,
) -> Vec<&'a Card> {
    let mut seen: HashMap<String, &Card> = HashMap::new();
    let mut out = Vec::new();
    for card in &deck.cards {
        if !opts.include_unanswered && !card.is_answered() {
            continue;
        }
        let guid = names::note_guid(card);
        if let Some(first) = seen.get(&guid) {
            warnings.push(Warning {
                path: card.source.path.clone(),
                line: card.source.line,
                message: format!(
                    "question \"{}\" repeats the one at {}:{} in topic {}; \
                     Anki gets the first one only",
                    card.question, first.source.path, first.source.line, card.topic
                ),
            });
            continue;
        }
        seen.insert(guid, card);
        out.push(card);
    }
    out
}

/// Full deck names (`<deck>::<Topic>`), grouped case-insensitively as Anki does.
struct DeckNames {
    root: String,
    /// Lowercased full name → (spelling used, topic component).
    by_key: HashMap<String, (String, String)>,
}

impl DeckNames {
    fn new(root: &str, cards: &[&Card]) -> Self {
        let mut by_key = HashMap::new();
        for card in cards {
            let topic = names::deck_component(&card.topic);
            let full = format!("{root}::{topic}");
            by_key
                .entry(full.to_lowercase())
                .or_insert_with(|| (full, topic));
        }
        DeckNames {
            root: root.to_string(),
            by_key,
        }
    }

    /// The case-folded deck name a card belongs to.
    fn key(&self, card: &Card) -> String {
        format!("{}::{}", self.root, names::deck_component(&card.topic)).to_lowercase()
    }

    /// The deck name as spelled by the first card of that deck.
    fn full_name(&self, card: &Card) -> &str {
        let key = self.key(card);
        self.by_key
            .get(&key)
            .map(|(f, _)| f.as_str())
            .unwrap_or(self.root.as_str())
    }

    fn topic_of<'a>(&'a self, key: &'a str) -> &'a str {
        self.by_key.get(key).map(|(_, t)| t.as_str()).unwrap_or(key)
    }

    /// Cards per deck, decks in first-seen order.
    fn group_by_deck<'a>(&self, cards: &[&'a Card]) -> Vec<(String, Vec<&'a Card>)> {
        let mut groups: Vec<(String, Vec<&'a Card>)> = Vec::new();
        for card in cards {
            let key = self.key(card);
            match groups.iter_mut().find(|(k, _)| *k == key) {
                Some((_, g)) => g.push(card),
                None => groups.push((key, vec![card])),
            }
        }
        groups
    }
}

/// One `.apkg`: decks, media, notes, then the database and the zip.
fn build_package(
    path: PathBuf,
    cards: &[&Card],
    decks: &DeckNames,
    store: &mut MediaStore,
    warnings: &mut Vec<Warning>,
) -> Result<Package> {
    let deck_rows = deck_rows(cards, decks);
    let (media_names, media_files) = store.collect(cards, warnings);
    let fallback = fallback_mtime();
    let rendered: Vec<[String; 4]> = cards
        .par_iter()
        .zip(media_names.par_iter())
        .map(|(card, media)| note_fields(card, media))
        .collect();
    let mut ids = HashSet::with_capacity(cards.len());
    let notes: Vec<NoteRow> = cards
        .iter()
        .zip(rendered)
        .enumerate()
        .map(|(i, (card, fields))| note_row(card, fields, i, fallback, decks, &mut ids))
        .collect();
    let db = collection::collection_bytes(&deck_rows, &notes)?;
    let bytes = package::apkg_bytes(&db, &media_files)?;
    Ok(Package {
        path,
        bytes,
        notes: notes.len(),
        media: media_files.len(),
    })
}

/// The database row for one card: identity, times, tags and deck; `position` orders new cards.
fn note_row(
    card: &Card,
    fields: [String; 4],
    position: usize,
    fallback_mtime: i64,
    decks: &DeckNames,
    ids: &mut HashSet<i64>,
) -> NoteRow {
    let mtime = if card.source.mtime > 0 {
        card.source.mtime
    } else {
        fallback_mtime
    };
    let guid = names::note_guid(card);
    NoteRow {
        id: unique_note_id(&guid, mtime, ids),
        guid,
        mtime,
        tags: names::card_tags(card),
        sort_field: card.question.clone(),
        deck_id: names::deck_id(decks.full_name(card)),
        due: position as i64 + 1,
        fields,
    }
}

/// The top deck and each topic deck used by `cards`, in first-seen order.
fn deck_rows(cards: &[&Card], decks: &DeckNames) -> Vec<DeckRow> {
    let mut rows = vec![DeckRow {
        id: names::deck_id(&decks.root),
        name: decks.root.clone(),
    }];
    for card in cards {
        let name = decks.full_name(card).to_string();
        if !rows.iter().any(|r| r.name == name) {
            rows.push(DeckRow {
                id: names::deck_id(&name),
                name,
            });
        }
    }
    rows
}

/// Question, Answer, Topic, Source as field HTML.
fn note_fields(card: &Card, media: &MediaNames) -> [String; 4] {
    [
        html::text_html(card.question.trim()),
        html::answer_html(&card.answer, media),
        html::text_html(card.topic.trim()),
        html::text_html(&source_label(&card.source.path, card.source.line)),
    ]
}

/// `file:line` for the back of the card. Relative paths are shown as given; absolute ones
/// are cut to the file name, so a shared deck does not carry its author's directory layout.
fn source_label(path: &str, line: usize) -> String {
    let absolute = path.starts_with('/') || path.starts_with('\\') || path.get(1..3) == Some(":\\");
    let shown = if absolute {
        path.rsplit(['/', '\\']).next().unwrap_or(path)
    } else {
        path
    };
    match (shown, line) {
        ("", _) => String::new(),
        (p, 0) => p.to_string(),
        (p, line) => format!("{p}:{line}"),
    }
}

/// A note id near the note's mtime (Anki shows ids as creation times and uses them for
/// "added" searches): the mtime in milliseconds plus a GUID-derived offset of under 1,000 s,
/// wide enough that the many notes of one file rarely collide; unique within the package.
fn unique_note_id(guid: &str, mtime: i64, taken: &mut HashSet<i64>) -> i64 {
    let base = mtime.clamp(1, 4_000_000_000) * 1000;
    let mut id = base + (names::hash64(&["deckhand-note", guid]) % 1_000_000) as i64;
    while !taken.insert(id) {
        id += 1;
    }
    id
}

/// `SOURCE_DATE_EPOCH` when set and valid, else a fixed time.
fn fallback_mtime() -> i64 {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .filter(|t| *t > 0)
        .unwrap_or(FALLBACK_MTIME)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Source;

    fn card(topic: &str, q: &str, a: &str) -> Card {
        Card {
            id: crate::model::card_id(topic, q),
            topic: topic.into(),
            question: q.into(),
            answer: a.into(),
            source: Source {
                path: "n.md".into(),
                line: 1,
                end_line: 2,
                mtime: 1_750_000_000,
            },
            rule: "test".into(),
            ..Default::default()
        }
    }

    #[test]
    fn skips_unanswered_and_repeated_questions() {
        let mut deck = Deck::new();
        deck.cards = vec![
            card("Go", "a?", "x"),
            card("Go", "b?", ""),
            card("Go", "A？", "y"),
        ];
        let mut w = Vec::new();
        let picked = select_cards(&deck, &ExportOptions::default(), &mut w);
        assert_eq!(picked.len(), 1);
        assert_eq!(w.len(), 1, "{w:?}");
        let opts = ExportOptions {
            include_unanswered: true,
            ..Default::default()
        };
        assert_eq!(select_cards(&deck, &opts, &mut Vec::new()).len(), 2);
    }

    #[test]
    fn split_groups_topics_case_insensitively_with_portable_names() {
        let mut deck = Deck::new();
        deck.cards = vec![
            card("Go", "a", "x"),
            card("网络/协议", "b", "x"),
            card("go", "c", "x"),
        ];
        let opts = ExportOptions {
            split_by_topic: true,
            ..Default::default()
        };
        let pkgs = build_packages(&deck, &opts, &mut Vec::new()).expect("build");
        let paths: Vec<_> = pkgs.iter().map(|p| p.path.clone()).collect();
        assert_eq!(
            paths,
            [Path::new("anki/Go.apkg"), Path::new("anki/网络_协议.apkg")]
        );
        assert_eq!(pkgs[0].notes, 2);
    }

    #[test]
    fn source_labels_hide_absolute_directories() {
        assert_eq!(source_label("notes/go.md", 5), "notes/go.md:5");
        assert_eq!(source_label("/home/a/notes/go.md", 5), "go.md:5");
        assert_eq!(source_label("C:\\Users\\a\\go.md", 0), "go.md");
        assert_eq!(source_label("", 3), "");
    }

    #[test]
    fn ten_thousand_notes_of_one_file_get_ids_quickly() {
        let mut taken = HashSet::new();
        let start = std::time::Instant::now();
        for i in 0..10_000 {
            unique_note_id(&format!("g{i}"), 1_750_000_000, &mut taken);
        }
        assert_eq!(taken.len(), 10_000);
        assert!(start.elapsed().as_secs_f64() < 1.0, "{:?}", start.elapsed());
    }

    #[test]
    fn note_ids_are_unique_and_near_mtime() {
        let mut taken = HashSet::new();
        let a = unique_note_id("g", 1_750_000_000, &mut taken);
        let b = unique_note_id("g", 1_750_000_000, &mut taken);
        assert_ne!(a, b);
        assert!((1_750_000_000_000..1_750_001_000_001).contains(&a));
    }
}
