//! `--format anki`: the model as Anki packages (`.apkg`) that import cleanly and update in place.
//!
//! We write the package ourselves (schema-11 SQLite via rusqlite, zipped with `zip`) instead of
//! going through a generator library, because what matters here is control: reproducible bytes,
//! ids derived from content, and speed for large note sets. See the README for the reasons.
//!
//! Identity is what makes re-imports update instead of duplicate:
//! * note GUID = the card's `id` (topic + normalised question), never the answer; with a
//!   lock ([`lock`]), a reworded or moved question keeps the GUID it had ([`identity`]);
//! * note `mod` = the source file's mtime (or `SOURCE_DATE_EPOCH`), kept from the lock when
//!   the note is unchanged and moved past it when it changed, so Anki updates exactly the
//!   notes that changed;
//! * questions gone from the notes stay in the package, tagged `deckhand::removed`;
//! * deck ids from deck names, one fixed note type id.
//!
//! The submodules are the layers: [`html`] (answers to safe HTML), [`highlight`] (code colours),
//! [`notetype`] (templates and CSS), [`names`] (ids, tags, file names), [`identity`] and
//! [`lock`] (which note each card is), [`plan`] (what an import would change),
//! [`collection`] (the SQLite database) and [`package`] (the zip).

pub mod collection;
pub mod highlight;
pub mod html;
pub mod identity;
mod lexer;
pub mod lock;
mod media;
pub mod names;
pub mod notetype;
pub mod package;
pub mod plan;

use self::collection::{DeckRow, NoteRow};
use self::html::MediaNames;
use self::lock::{Lock, LockNote, LockSource};
use self::media::MediaStore;
use super::{ExportOptions, Exporter};
use crate::error::{Error, Result};
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

    fn stage(
        &self,
        deck: &Deck,
        out_dir: &Path,
        opts: &ExportOptions,
        warnings: &mut Vec<Warning>,
        out: &mut super::Staged,
    ) -> Result<()> {
        let lock_path = lock_path(out_dir, opts);
        let lock = Lock::read(&lock_path)?;
        let (packages, lock) = build_packages_locked(deck, opts, &lock, warnings)?;
        for p in packages {
            out.add(&out_dir.join(&p.path), &p.bytes)?;
        }
        // The lock goes last: packages and lock are renamed into place together.
        out.add(&lock_path, &lock.to_bytes())
    }
}

/// One package in memory.
#[derive(Debug, Clone)]
pub struct Package {
    /// Where it goes, relative to the output directory (`Notes.apkg`, `anki/Go.apkg`).
    pub path: PathBuf,
    /// The `.apkg` file (a zip holding the collection and the media).
    pub bytes: Vec<u8>,
    /// Notes (one card each) it holds.
    pub notes: usize,
    /// Media files it bundles.
    pub media: usize,
}

/// The lock file a build into `out_dir` reads and writes.
pub fn lock_path(out_dir: &Path, opts: &ExportOptions) -> PathBuf {
    opts.lock
        .clone()
        .unwrap_or_else(|| out_dir.join(lock::LOCK_FILE))
}

/// Builds the packages `export` would write for a first build (no lock), without touching
/// the output directory. Reads only the image files listed in the exported cards' `media`.
pub fn build_packages(
    deck: &Deck,
    opts: &ExportOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Vec<Package>> {
    Ok(build_packages_locked(deck, opts, &Lock::default(), warnings)?.0)
}

/// [`build_packages`] after the build that wrote `lock`: reworded and moved questions keep
/// their notes, unchanged notes their times, removed questions are written tagged. Returns
/// the packages and the lock to write with them.
pub fn build_packages_locked(
    deck: &Deck,
    opts: &ExportOptions,
    lock: &Lock,
    warnings: &mut Vec<Warning>,
) -> Result<(Vec<Package>, Lock)> {
    let (owned, removed) = identified_cards(deck, opts, lock, warnings);
    let cards: Vec<&Card> = owned.iter().collect();
    let times = lock.times();
    let root = names::deck_path(&opts.deck_name);
    let decks = DeckNames::new(&root, &cards);
    let mut store = MediaStore::default();
    let mut packages = Vec::new();
    if opts.split_by_topic {
        if cards.is_empty() {
            warnings.push(Warning {
                kind: crate::model::WarningKind::Empty,
                path: "anki".into(),
                line: 0,
                message: "no answered cards: no Anki package written".into(),
            });
        }
        let mut taken = HashSet::new();
        for (key, group) in decks.group_by_deck(&cards) {
            let topic_name = decks.topic_of(&key);
            let stem = super::filename::unique(super::filename::safe_stem(topic_name), &mut taken);
            let path = Path::new("anki").join(format!("{stem}.apkg"));
            packages.push(build_package(
                path, &group, &decks, &times, &mut store, warnings,
            )?);
        }
    } else {
        let path = PathBuf::from(format!("{}.apkg", super::filename::safe_stem(&root)));
        if cards.is_empty() {
            warnings.push(Warning {
                kind: crate::model::WarningKind::Empty,
                path: path.display().to_string(),
                line: 0,
                message: "no answered cards: the Anki package holds no notes".into(),
            });
        }
        packages.push(build_package(
            path, &cards, &decks, &times, &mut store, warnings,
        )?);
    }
    let mut notes = Vec::with_capacity(owned.len());
    for p in &packages {
        notes.extend(p.states.iter().map(|s| {
            let card = s.card;
            LockNote {
                guid: card.id.clone(),
                topic: card.topic.clone(),
                question: card.question.clone(),
                question_markdown: card.question_markdown.clone(),
                source: LockSource {
                    path: card.source.path.clone(),
                    line: card.source.line,
                    end_line: card.source.end_line,
                },
                fingerprint: s.fingerprint.clone(),
                mtime: s.mtime,
                answer: card.answer.clone(),
                tags: card
                    .tags
                    .iter()
                    .filter(|t| *t != REMOVED_TAG)
                    .cloned()
                    .collect(),
                media: card.media.clone(),
                removed: removed.contains(&card.id),
            }
        }));
    }
    let packages = packages.into_iter().map(Package::from).collect();
    Ok((
        packages,
        Lock {
            version: lock::LOCK_VERSION,
            notes,
        },
    ))
}

/// The tag on notes of questions gone from the notes.
pub const REMOVED_TAG: &str = "deckhand::removed";

/// The cards to write, each with its GUID in `id` (see [`identity`]), followed by the notes
/// of removed questions unless pruned; and the GUIDs of those.
fn identified_cards(
    deck: &Deck,
    opts: &ExportOptions,
    lock: &Lock,
    warnings: &mut Vec<Warning>,
) -> (Vec<Card>, HashSet<String>) {
    let selected = select_cards(deck, opts, warnings);
    let id = identity::resolve(&selected, &lock.notes);
    warnings.extend(id.warnings);
    let mut cards: Vec<Card> = selected
        .iter()
        .zip(id.guids)
        .map(|(c, guid)| Card {
            id: guid,
            ..(*c).clone()
        })
        .collect();
    let mut removed = HashSet::new();
    for &i in &id.removed {
        let n = &lock.notes[i];
        if deck.unread(&n.source.path) && !n.removed {
            // Its file could not be read this time: the note stays as it was.
            cards.push(kept_card(n));
        } else if !opts.prune_removed {
            removed.insert(n.guid.clone());
            cards.push(removed_card(n));
        }
    }
    (cards, removed)
}

/// The note of a question gone from the notes, as the lock remembers it, tagged.
fn removed_card(n: &LockNote) -> Card {
    let mut card = kept_card(n);
    card.tags.push(REMOVED_TAG.into());
    card.rule = "removed".into();
    card
}

/// A note as the lock remembers it (its file could not be read this run).
fn kept_card(n: &LockNote) -> Card {
    let tags = n.tags.clone();
    Card {
        id: n.guid.clone(),
        topic: n.topic.clone(),
        question: n.question.clone(),
        question_markdown: n.question_markdown.clone(),
        answer: n.answer.clone(),
        source: crate::model::Source {
            path: n.source.path.clone(),
            line: n.source.line,
            end_line: n.source.end_line,
            mtime: n.mtime,
        },
        tags,
        rule: "kept".into(),
        // Images that are gone stay in Anki's media folder; only those still there are sent.
        media: n
            .media
            .iter()
            .filter(|m| Path::new(&m.path).is_file())
            .cloned()
            .collect(),
    }
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
                kind: crate::model::WarningKind::Duplicate,
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

/// Cards rendered per batch: enough to keep every core busy, few enough that SQLite starts
/// inserting early (rendering and inserting overlap; see [`build_package`]).
const BATCH: usize = 256;

/// One `.apkg`: decks, media, notes, then the database and the zip.
///
/// Answers are rendered to HTML on the rayon pool batch by batch while a writer thread inserts
/// the finished batches into SQLite (then zips the database), so rendering and inserting, the
/// two slowest steps, run side by side.
fn build_package<'c>(
    path: PathBuf,
    cards: &[&'c Card],
    decks: &DeckNames,
    times: &HashMap<&str, (i64, &str)>,
    store: &mut MediaStore,
    warnings: &mut Vec<Warning>,
) -> Result<Built<'c>> {
    let (deck_rows, deck_ids) = deck_rows(cards, decks);
    let (media_names, media_files) = store.collect(cards, warnings);
    let tags = tag_columns(cards);
    let fallback = fallback_mtime();
    let (bytes, kept) = std::thread::scope(|s| {
        let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<(NoteRow, String)>>(4);
        let (deck_rows, media_files) = (&deck_rows, &media_files);
        let writer = s.spawn(move || -> Result<(Vec<u8>, Vec<Kept>)> {
            let mut col = collection::Collection::new(deck_rows)?;
            let mut taken = HashSet::with_capacity(cards.len());
            let mut kept = Vec::with_capacity(cards.len());
            for batch in rx {
                for (mut note, fp) in batch {
                    let previous = times.get(note.guid.as_str()).copied();
                    note.mtime = lock::note_time(previous, &fp, note.mtime);
                    // `due` is the note's position + 1 (see `note_row`).
                    note.id =
                        unique_note_id(note_id(note.mtime, (note.due - 1) as usize), &mut taken);
                    col.insert(&note)?;
                    kept.push((fp, note.mtime));
                }
            }
            let bytes = col.finish_with(|db| package::apkg_bytes(db, media_files))?;
            Ok((bytes, kept))
        });
        for (b, chunk) in cards.chunks(BATCH).enumerate() {
            let first = b * BATCH;
            // Rows and their fingerprints are made on the pool; the writer only compares.
            let rows: Vec<(NoteRow, String)> = chunk
                .par_iter()
                .zip(&media_names[first..first + chunk.len()])
                .zip(&tags[first..first + chunk.len()])
                .enumerate()
                .map(|(i, ((card, media), tags))| {
                    let row = note_row(card, media, tags, first + i, fallback, &deck_ids);
                    let fields = row.fields.iter().map(String::as_str);
                    let fp = lock::fingerprint(fields, &row.tags);
                    (row, fp)
                })
                .collect();
            if tx.send(rows).is_err() {
                break; // the writer failed; its error is returned below
            }
        }
        drop(tx);
        writer
            .join()
            .unwrap_or_else(|_| Err(Error::Other("the Anki collection writer crashed".into())))
    })?;
    let states = cards
        .iter()
        .zip(kept)
        .map(|(card, (fingerprint, mtime))| NoteState {
            card,
            fingerprint,
            mtime,
        })
        .collect();
    Ok(Built {
        path,
        bytes,
        media: media_files.len(),
        states,
    })
}

/// A written note's fingerprint and time, in package order.
type Kept = (String, i64);

/// A package built, with what the lock keeps of each of its notes.
struct Built<'c> {
    path: PathBuf,
    bytes: Vec<u8>,
    media: usize,
    states: Vec<NoteState<'c>>,
}

/// A note as written: its card (GUID in `id`), fingerprint and time.
struct NoteState<'c> {
    card: &'c Card,
    fingerprint: String,
    mtime: i64,
}

impl From<Built<'_>> for Package {
    fn from(b: Built<'_>) -> Package {
        Package {
            path: b.path,
            notes: b.states.len(),
            media: b.media,
            bytes: b.bytes,
        }
    }
}

/// The database row for one card: fields, identity, times, tags and deck; `position` orders
/// new cards.
fn note_row(
    card: &Card,
    media: &MediaNames,
    tags: &str,
    position: usize,
    fallback_mtime: i64,
    deck_ids: &HashMap<&str, i64>,
) -> NoteRow {
    let mtime = if card.source.mtime > 0 {
        card.source.mtime
    } else {
        fallback_mtime
    };
    NoteRow {
        id: note_id(mtime, position),
        guid: names::note_guid(card),
        mtime,
        tags: tags.to_string(),
        sort_field: card.question.clone(),
        deck_id: deck_ids.get(card.topic.as_str()).copied().unwrap_or(1),
        due: position as i64 + 1,
        fields: note_fields(card, media),
    }
}

/// Each card's tag column. Cards of one file and topic share their tags: computed once each.
fn tag_columns(cards: &[&Card]) -> Vec<String> {
    let mut seen: HashMap<(&str, &str, &[String]), String> = HashMap::new();
    cards
        .iter()
        .map(|c| {
            seen.entry((c.topic.as_str(), c.source.path.as_str(), c.tags.as_slice()))
                .or_insert_with(|| collection::tags_column(&names::card_tags(c)))
                .clone()
        })
        .collect()
}

/// The top deck and each topic deck used by `cards`, in first-seen order; and each topic's
/// deck id.
fn deck_rows<'a>(cards: &[&'a Card], decks: &DeckNames) -> (Vec<DeckRow>, HashMap<&'a str, i64>) {
    let mut rows = vec![DeckRow {
        id: names::deck_id(&decks.root),
        name: decks.root.clone(),
    }];
    let mut ids = HashMap::new();
    for card in cards {
        if ids.contains_key(card.topic.as_str()) {
            continue;
        }
        let name = decks.full_name(card).to_string();
        let id = names::deck_id(&name);
        ids.insert(card.topic.as_str(), id);
        if !rows.iter().any(|r| r.name == name) {
            rows.push(DeckRow { id, name });
        }
    }
    (rows, ids)
}

/// Question, Answer, Topic, Source as field HTML.
fn note_fields(card: &Card, media: &MediaNames) -> [String; 4] {
    [
        html::question_html(card.question.trim(), &card.question_markdown),
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
/// "added" searches): the mtime in milliseconds plus the note's position in the package, so
/// the notes of one file get ascending ids and append to the database in order.
fn note_id(mtime: i64, position: usize) -> i64 {
    mtime.clamp(1, 4_000_000_000) * 1000 + position.min(1 << 40) as i64
}

/// `id`, or the next free id after it: unique within the package.
fn unique_note_id(mut id: i64, taken: &mut HashSet<i64>) -> i64 {
    while !taken.insert(id) {
        id += 1;
    }
    id
}

/// `SOURCE_DATE_EPOCH` when set and valid, else a fixed time.
fn fallback_mtime() -> i64 {
    crate::ingest::source_date_epoch()
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
    fn note_ids_are_unique_ascending_and_near_mtime() {
        let mut taken = HashSet::new();
        // Two files one second apart whose positions overlap in milliseconds.
        let a: Vec<i64> = (0..1500)
            .map(|p| unique_note_id(note_id(1_750_000_000, p), &mut taken))
            .collect();
        let b: Vec<i64> = (1500..2000)
            .map(|p| unique_note_id(note_id(1_749_999_999, p), &mut taken))
            .collect();
        assert_eq!(taken.len(), 2000);
        assert!(a.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(a[0], 1_750_000_000_000);
        assert!(b
            .iter()
            .all(|id| (1_749_999_999_000..1_750_000_003_000).contains(id)));
    }
}
