//! `deckhand.lock`: what the last build put into Anki, so the next one can keep identities.
//!
//! deckhand never writes into the user's notes, so the memory of which note a card was has to
//! live beside the outputs. For every note of the last package the lock records its GUID,
//! topic, question, answer, source, a fingerprint of what Anki stores, and the note's
//! modification time. The next build reads it to give reworded and moved questions their
//! old GUID ([`super::identity`]), to keep a note's time when nothing in it changed and move
//! it forward when something did (Anki updates only newer notes), and to keep writing the
//! notes of questions that are gone, tagged `deckhand::removed`.
//!
//! The file is pretty-printed JSON, notes sorted by source then GUID, so that it diffs well
//! when kept under version control beside the notes (`--lock FILE`).

use crate::error::{Error, Result};
use crate::model::Media;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// Version of the lock file format.
pub const LOCK_VERSION: u32 = 1;

/// Default file name, in the output folder.
pub const LOCK_FILE: &str = "deckhand.lock";

/// Lock files larger than this are refused (a lock holds the notes' text once).
const MAX_LOCK_BYTES: u64 = 1 << 30;

/// The whole lock file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Lock {
    /// Format version ([`LOCK_VERSION`]).
    pub version: u32,
    /// One entry per note the last package held.
    pub notes: Vec<LockNote>,
}

/// One note as the last build wrote it.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct LockNote {
    /// The note's GUID in Anki.
    pub guid: String,
    /// The card's canonical topic.
    pub topic: String,
    /// The question as the card shows it.
    pub question: String,
    /// The question's Markdown when it holds inline code (see `Card::question_markdown`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub question_markdown: String,
    /// Where the card came from.
    pub source: LockSource,
    /// Hex of a hash over the note's fields and tags as Anki stores them.
    pub fingerprint: String,
    /// The note's modification time in the package, seconds since the Unix epoch.
    pub mtime: i64,
    /// The answer (Markdown), kept so that a removed question's note can still be written.
    pub answer: String,
    /// The model's own tags on the card.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Images the answer references.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub media: Vec<Media>,
    /// The question is gone from the notes; its note is written tagged `deckhand::removed`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub removed: bool,
}

/// Where a note's card came from (no file time: touching a file must not change the lock).
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct LockSource {
    /// The note file as given on the command line.
    pub path: String,
    /// 1-based line of the question.
    pub line: usize,
    /// 1-based last line of the answer.
    pub end_line: usize,
}

impl Lock {
    /// Reads the lock at `path`; an empty lock when there is none yet. A file that is not a
    /// lock is an error naming the file, the line and what to do.
    pub fn read(path: &Path) -> Result<Lock> {
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Lock::default()),
            Err(e) => {
                return Err(Error::Io {
                    path: path.to_path_buf(),
                    source: e,
                })
            }
        };
        let bad = |message: String| Error::Input {
            path: path.to_path_buf(),
            message,
        };
        if !meta.is_file() {
            return Err(bad(
                "is not a regular file; point --lock at a file deckhand may write".into(),
            ));
        }
        if meta.len() > MAX_LOCK_BYTES {
            return Err(bad(
                "is larger than 1 GiB; this is not a deckhand lock".into()
            ));
        }
        let bytes = std::fs::read(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        let lock: Lock = serde_json::from_slice(&bytes).map_err(|e| {
            bad(format!(
                "line {}: not a deckhand lock file ({e}); fix it, or delete it to start over \
                 (reworded and moved questions then lose their review history)",
                e.line()
            ))
        })?;
        if lock.version > LOCK_VERSION {
            return Err(bad(format!(
                "was written by a newer deckhand (lock version {}); upgrade deckhand",
                lock.version
            )));
        }
        Ok(lock.deduplicated())
    }

    /// The lock as written: sorted by source then GUID, pretty-printed, newline at the end.
    pub fn to_bytes(&self) -> Vec<u8> {
        /// The lock as written, borrowing the notes in their written order.
        #[derive(Serialize)]
        struct Sorted<'a> {
            version: u32,
            notes: Vec<&'a LockNote>,
        }
        let mut notes: Vec<&LockNote> = self.notes.iter().collect();
        notes.sort_by(|a, b| {
            (&a.source.path, a.source.line, &a.guid).cmp(&(&b.source.path, b.source.line, &b.guid))
        });
        let sorted = Sorted {
            version: LOCK_VERSION,
            notes,
        };
        let mut out = Vec::with_capacity(self.notes.len() * 512);
        let _ = serde_json::to_writer_pretty(&mut out, &sorted);
        out.push(b'\n');
        out
    }

    /// GUID → (time, fingerprint) of every note in the lock.
    pub fn times(&self) -> HashMap<&str, (i64, &str)> {
        self.notes
            .iter()
            .map(|n| (n.guid.as_str(), (n.mtime, n.fingerprint.as_str())))
            .collect()
    }

    /// A hand-edited lock may repeat a GUID: the first one counts.
    fn deduplicated(mut self) -> Lock {
        let mut seen = std::collections::HashSet::new();
        self.notes.retain(|n| seen.insert(n.guid.clone()));
        self
    }
}

/// The time to give a note: its file's `mtime`, except that a note the lock holds keeps its
/// time when its fingerprint is unchanged and moves past it when it changed.
pub fn note_time(previous: Option<(i64, &str)>, fingerprint: &str, mtime: i64) -> i64 {
    match previous {
        Some((old, fp)) if fp == fingerprint => old,
        Some((old, _)) => mtime.max(old + 1),
        None => mtime,
    }
}

/// A fingerprint of what Anki stores for a note: its fields (joined as in the `flds` column)
/// and its tag column. `DefaultHasher::new()` has fixed keys: the same value in every run.
pub fn fingerprint<'a>(fields: impl IntoIterator<Item = &'a str>, tags: &str) -> String {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            h.write_u8(0x1f);
        }
        h.write(f.as_bytes());
    }
    h.write_u8(0);
    tags.hash(&mut h);
    format!("{:016x}", h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(guid: &str, path: &str, line: usize) -> LockNote {
        LockNote {
            guid: guid.into(),
            topic: "Go".into(),
            question: format!("q{line}"),
            source: LockSource {
                path: path.into(),
                line,
                end_line: line + 1,
            },
            fingerprint: "0".into(),
            mtime: 1,
            answer: "a".into(),
            ..Default::default()
        }
    }

    #[test]
    fn unchanged_notes_keep_their_time_changed_ones_move_past_it() {
        let old = fingerprint(["q", "a"], " go ");
        assert_eq!(note_time(Some((1_000, &old)), &old, 1_000), 1_000);
        assert_eq!(
            note_time(Some((1_000, &old)), &old, 5_000),
            1_000,
            "touched, not changed"
        );
        let new = fingerprint(["q", "a2"], " go ");
        assert_eq!(
            note_time(Some((1_000, &old)), &new, 1_000),
            1_001,
            "changed in the same second"
        );
        assert_eq!(note_time(Some((1_000, &old)), &new, 5_000), 5_000);
        assert_eq!(note_time(None, &new, 1_000), 1_000);
    }

    #[test]
    fn fields_and_tags_both_count() {
        let a = fingerprint(["q", "a"], " go ");
        assert_ne!(a, fingerprint(["q", "a"], " rust "));
        assert_ne!(a, fingerprint(["qa"], " go "));
        assert_eq!(a, fingerprint("q\x1fa".split('\x1f'), " go "));
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn written_sorted_and_read_back_the_same() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOCK_FILE);
        let lock = Lock {
            version: LOCK_VERSION,
            notes: vec![
                note("b", "z.md", 1),
                note("a", "a.md", 9),
                note("c", "a.md", 2),
            ],
        };
        std::fs::write(&path, lock.to_bytes()).unwrap();
        let back = Lock::read(&path).unwrap();
        let order: Vec<&str> = back.notes.iter().map(|n| n.guid.as_str()).collect();
        assert_eq!(order, ["c", "a", "b"]);
        assert_eq!(back.to_bytes(), lock.to_bytes());
        let text = String::from_utf8(lock.to_bytes()).unwrap();
        assert!(
            !text.contains("removed"),
            "false flags are left out: {text}"
        );
    }

    #[test]
    fn missing_is_empty_and_garbage_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            Lock::read(&dir.path().join("none.lock")).unwrap(),
            Lock::default()
        );
        let path = dir.path().join("bad.lock");
        std::fs::write(&path, "{\n  \"version\": 1,\n  \"notes\": [ oops ]\n}\n").unwrap();
        let msg = Lock::read(&path).unwrap_err().to_string();
        assert!(
            msg.contains("bad.lock") && msg.contains("line 3") && msg.contains("delete it"),
            "{msg}"
        );
        std::fs::write(&path, "{\"version\": 99, \"notes\": []}").unwrap();
        let msg = Lock::read(&path).unwrap_err().to_string();
        assert!(msg.contains("newer deckhand"), "{msg}");
        assert!(Lock::read(dir.path()).is_err(), "a folder is not a lock");
    }

    #[test]
    fn a_repeated_guid_counts_once() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(LOCK_FILE);
        let lock = Lock {
            version: 1,
            notes: vec![note("a", "x.md", 1), note("a", "x.md", 5)],
        };
        std::fs::write(&path, serde_json::to_vec(&lock).unwrap()).unwrap();
        assert_eq!(Lock::read(&path).unwrap().notes.len(), 1);
    }
}
