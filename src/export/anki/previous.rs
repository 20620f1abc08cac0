//! The package a build replaces, read back so that modification times only move forward.
//!
//! Anki updates a note on re-import only when the package's copy is *newer* than its own, and
//! a note's time comes from its file's mtime, in whole seconds. A note edited within the same
//! second as the last build (a script that copies, builds, edits, rebuilds) would keep its
//! time and Anki would skip the update. So when `DIR/<deck>.apkg` already exists, its notes'
//! GUIDs, times and contents are read first: an unchanged note keeps its old time (a rebuild
//! stays byte-identical even after a `touch`), a changed one gets a time past the old one.
//! Anything that is not a readable deckhand-style package is ignored.

use rusqlite::Connection;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Read;
use std::path::Path;

/// Larger collections are not read back (the build then relies on file times alone).
const MAX_COLLECTION_BYTES: u64 = 1 << 30;

/// GUID → (modification time, content hash) of the notes in the package being replaced.
#[derive(Debug, Default)]
pub struct Previous(HashMap<String, (i64, u64)>);

impl Previous {
    /// Reads the package at `path`; empty when there is none or it cannot be read.
    pub fn read(path: &Path) -> Previous {
        read_notes(path).map(Previous).unwrap_or_default()
    }

    /// The time to give a note: its file's `mtime`, except that an unchanged note keeps the
    /// time it had and a changed one is moved past it.
    pub fn mtime(&self, guid: &str, content: u64, mtime: i64) -> i64 {
        match self.0.get(guid) {
            Some(&(old, hash)) if hash == content => old,
            Some(&(old, _)) => mtime.max(old + 1),
            None => mtime,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A hash of what Anki stores for a note: its fields (joined as in the `flds` column) and
/// its tag column. `DefaultHasher::new()` has fixed keys: the same value in every run.
pub fn content_hash<'a>(fields: impl IntoIterator<Item = &'a str>, tags: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for (i, f) in fields.into_iter().enumerate() {
        if i > 0 {
            h.write_u8(0x1f);
        }
        h.write(f.as_bytes());
    }
    h.write_u8(0);
    tags.hash(&mut h);
    h.finish()
}

fn read_notes(path: &Path) -> Option<HashMap<String, (i64, u64)>> {
    let file = std::fs::File::open(path).ok()?;
    let mut zip = zip::ZipArchive::new(std::io::BufReader::new(file)).ok()?;
    let entry = zip.by_name("collection.anki2").ok()?;
    let size = entry.size();
    if size == 0 || size > MAX_COLLECTION_BYTES {
        return None;
    }
    let mut conn = Connection::open_in_memory().ok()?;
    conn.deserialize_read_exact(
        rusqlite::MAIN_DB,
        entry.take(size),
        usize::try_from(size).ok()?,
        true,
    )
    .ok()?;
    let mut stmt = conn
        .prepare("SELECT guid, mod, flds, tags FROM notes")
        .ok()?;
    let rows = stmt
        .query_map([], |r| {
            let flds: String = r.get(2)?;
            let tags: String = r.get(3)?;
            Ok((
                r.get::<_, String>(0)?,
                (r.get::<_, i64>(1)?, content_hash(flds.split('\x1f'), &tags)),
            ))
        })
        .ok()?;
    rows.collect::<rusqlite::Result<_>>().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unchanged_notes_keep_their_time_changed_ones_move_past_it() {
        let mut p = Previous::default();
        let old = content_hash(["q", "a"], " go ");
        p.0.insert("g".into(), (1_000, old));
        assert_eq!(p.mtime("g", old, 1_000), 1_000);
        assert_eq!(p.mtime("g", old, 5_000), 1_000, "touched, not changed");
        let new = content_hash(["q", "a2"], " go ");
        assert_eq!(
            p.mtime("g", new, 1_000),
            1_001,
            "changed in the same second"
        );
        assert_eq!(p.mtime("g", new, 5_000), 5_000);
        assert_eq!(p.mtime("other", new, 1_000), 1_000);
    }

    #[test]
    fn fields_and_tags_both_count() {
        let a = content_hash(["q", "a"], " go ");
        assert_ne!(a, content_hash(["q", "a"], " rust "));
        assert_ne!(a, content_hash(["qa"], " go "));
        assert_eq!(a, content_hash("q\x1fa".split('\x1f'), " go "));
    }

    #[test]
    fn anything_but_a_package_reads_as_empty() {
        let dir = tempfile::tempdir().unwrap();
        let junk = dir.path().join("x.apkg");
        std::fs::write(&junk, b"not a zip").unwrap();
        assert!(Previous::read(&junk).is_empty());
        assert!(Previous::read(&dir.path().join("missing.apkg")).is_empty());
    }
}
