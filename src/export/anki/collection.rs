//! Anki's schema-11 collection (`collection.anki2`), written with rusqlite in memory.
//!
//! Schema 11 is the format every Anki since 2.1 (and AnkiDroid, AnkiMobile) imports: tables
//! `col` (one row holding the note types, decks and deck options as JSON), `notes`, `cards`,
//! `revlog` and `graves`, plus Anki's indexes. The layout follows genanki and Anki's own
//! `schema11.sql`. Every value is derived from the model (no clock, no random ids), and rows
//! are inserted in a fixed order, so the serialised database is byte-identical across runs.

use super::notetype::{notetype_json, NOTETYPE_ID};
use crate::error::{Error, Result};
use rusqlite::{params, Connection, OpenFlags};
use serde_json::{json, Map, Value};

/// Fixed collection timestamps (seconds / milliseconds); Anki only needs them to be sane.
const COL_CREATED: i64 = 1_700_000_000;
const COL_MOD_MS: i64 = 1_700_000_000_000;

const SCHEMA: &str = "
CREATE TABLE col (
    id integer primary key, crt integer not null, mod integer not null, scm integer not null,
    ver integer not null, dty integer not null, usn integer not null, ls integer not null,
    conf text not null, models text not null, decks text not null, dconf text not null,
    tags text not null
);
CREATE TABLE notes (
    id integer primary key, guid text not null, mid integer not null, mod integer not null,
    usn integer not null, tags text not null, flds text not null, sfld integer not null,
    csum integer not null, flags integer not null, data text not null
);
CREATE TABLE cards (
    id integer primary key, nid integer not null, did integer not null, ord integer not null,
    mod integer not null, usn integer not null, type integer not null, queue integer not null,
    due integer not null, ivl integer not null, factor integer not null, reps integer not null,
    lapses integer not null, left integer not null, odue integer not null, odid integer not null,
    flags integer not null, data text not null
);
CREATE TABLE revlog (
    id integer primary key, cid integer not null, usn integer not null, ease integer not null,
    ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null,
    type integer not null
);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
";

const INDEXES: &str = "
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
";

/// A deck to declare in `col.decks`.
#[derive(Debug, Clone)]
pub struct DeckRow {
    /// Anki deck id (stable: derived from the name).
    pub id: i64,
    /// Full deck name, `::` between levels.
    pub name: String,
}

/// One note (and its single card), ready to insert.
#[derive(Debug, Clone)]
pub struct NoteRow {
    /// Note id; the card gets the same number (ids are per table in Anki).
    pub id: i64,
    /// Anki's note GUID, kept across builds by the lock.
    pub guid: String,
    /// Modification time in seconds.
    pub mtime: i64,
    /// Anki's tag column (see [`tags_column`]).
    pub tags: String,
    /// Question, Answer, Topic, Source (HTML).
    pub fields: [String; 4],
    /// The sort field as plain text.
    pub sort_field: String,
    /// The deck the card goes in.
    pub deck_id: i64,
    /// Position among new cards.
    pub due: i64,
}

/// Builds the collection from all its rows at once and returns the SQLite file's bytes.
pub fn collection_bytes(decks: &[DeckRow], notes: &[NoteRow]) -> Result<Vec<u8>> {
    let mut order: Vec<&NoteRow> = notes.iter().collect();
    order.sort_by_key(|n| n.id);
    let mut col = Collection::new(decks)?;
    for n in order {
        col.insert(n)?;
    }
    col.finish()
}

/// A collection being filled note by note, so that rows can be inserted while later ones are
/// still being rendered. Insert in ascending id order where possible: rows then append to the
/// B-trees instead of splitting pages at random.
pub struct Collection {
    conn: Connection,
    flds: String,
}

const INSERT_NOTE: &str = "INSERT INTO notes VALUES (?1, ?2, ?3, ?4, -1, ?5, ?6, ?7, 0, 0, '')";
const INSERT_CARD: &str =
    "INSERT INTO cards VALUES (?1, ?1, ?2, 0, ?3, -1, 0, 0, ?4, 0, 0, 0, 0, 0, 0, 0, 0, '')";

impl Collection {
    /// An empty in-memory collection declaring `decks`, inside an open transaction.
    pub fn new(decks: &[DeckRow]) -> Result<Self> {
        Self::open(decks).map_err(db_error)
    }

    fn open(decks: &[DeckRow]) -> rusqlite::Result<Self> {
        // SQLite's `memdb` VFS keeps the database file as one buffer in memory, which
        // `serialize` then hands out without a copy (a `:memory:` database would be copied
        // page by page: twice the memory at the end of a large build). The page cache in
        // front of it only needs to hold the B-tree pages being appended to.
        let conn = Connection::open_with_flags_and_vfs(
            "deckhand-collection.anki2",
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
            c"memdb",
        )?;
        // 8 KiB pages hold several answer-sized rows each (a smaller file, less to zip).
        conn.execute_batch(
            "PRAGMA page_size = 8192; PRAGMA journal_mode = OFF; \
             PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -8192;",
        )?;
        // Indexes first: the writer keeps them up to date as rows arrive, while it would
        // otherwise wait for the renderer, instead of scanning every row at the end.
        conn.execute_batch(SCHEMA)?;
        conn.execute_batch(INDEXES)?;
        conn.execute_batch("BEGIN")?;
        insert_col(&conn, decks)?;
        Ok(Collection {
            conn,
            flds: String::new(),
        })
    }

    /// Adds one note and its card.
    pub fn insert(&mut self, n: &NoteRow) -> Result<()> {
        self.insert_row(n).map_err(db_error)
    }

    fn insert_row(&mut self, n: &NoteRow) -> rusqlite::Result<()> {
        self.flds.clear();
        for (i, f) in n.fields.iter().enumerate() {
            if i > 0 {
                self.flds.push('\x1f');
            }
            self.flds.push_str(f);
        }
        self.conn.prepare_cached(INSERT_NOTE)?.execute(params![
            n.id,
            n.guid,
            NOTETYPE_ID,
            n.mtime,
            n.tags,
            self.flds,
            n.sort_field
        ])?;
        self.conn
            .prepare_cached(INSERT_CARD)?
            .execute(params![n.id, n.deck_id, n.mtime, n.due])?;
        Ok(())
    }

    /// Commits and returns the database file's bytes.
    pub fn finish(self) -> Result<Vec<u8>> {
        self.finish_with(|bytes| Ok(bytes.to_vec()))
    }

    /// Commits and hands the database file's bytes to `use_bytes` (to zip them without
    /// copying the whole database first).
    pub fn finish_with<T>(mut self, use_bytes: impl FnOnce(&[u8]) -> Result<T>) -> Result<T> {
        self.conn.execute_batch("COMMIT").map_err(db_error)?;
        let data = self.conn.serialize(rusqlite::MAIN_DB).map_err(db_error)?;
        use_bytes(&data)
    }
}

fn db_error(e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        // `memdb` databases stop at 1 GiB, about a million notes.
        Some(rusqlite::ErrorCode::DiskFull) => Error::Other(
            "the Anki collection would exceed 1 GiB; write one package per topic with \
             `--split topic`"
                .into(),
        ),
        _ => Error::Other(format!("building the Anki collection: {e}")),
    }
}

fn insert_col(conn: &Connection, decks: &[DeckRow]) -> rusqlite::Result<()> {
    let default_deck = decks.first().map(|d| d.id).unwrap_or(1);
    let mut models = Map::new();
    models.insert(NOTETYPE_ID.to_string(), notetype_json(default_deck));
    conn.execute(
        "INSERT INTO col VALUES (1, ?1, ?2, ?2, 11, 0, 0, 0, ?3, ?4, ?5, ?6, '{}')",
        params![
            COL_CREATED,
            COL_MOD_MS,
            conf_json(default_deck).to_string(),
            Value::Object(models).to_string(),
            decks_json(decks).to_string(),
            dconf_json().to_string(),
        ],
    )?;
    Ok(())
}

/// Anki's tag column: space-separated with a leading and trailing space.
pub fn tags_column(tags: &[String]) -> String {
    if tags.is_empty() {
        String::new()
    } else {
        format!(" {} ", tags.join(" "))
    }
}

fn conf_json(cur_deck: i64) -> Value {
    json!({
        "activeDecks": [cur_deck], "curDeck": cur_deck, "curModel": NOTETYPE_ID.to_string(),
        "addToCur": true, "collapseTime": 1200, "dueCounts": true, "estTimes": true,
        "newBury": true, "newSpread": 0, "nextPos": 1, "sortBackwards": false,
        "sortType": "noteFld", "timeLim": 0,
    })
}

fn deck_json(id: i64, name: &str) -> Value {
    json!({
        "id": id, "name": name, "desc": "", "mod": COL_CREATED, "usn": -1,
        "collapsed": false, "browserCollapsed": false, "conf": 1, "dyn": 0,
        "extendNew": 10, "extendRev": 50,
        "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
    })
}

fn decks_json(decks: &[DeckRow]) -> Value {
    let mut map = Map::new();
    map.insert("1".into(), deck_json(1, "Default"));
    for d in decks {
        map.insert(d.id.to_string(), deck_json(d.id, &d.name));
    }
    Value::Object(map)
}

fn dconf_json() -> Value {
    json!({"1": {
        "id": 1, "name": "Default", "mod": 0, "usn": 0, "maxTaken": 60, "autoplay": true,
        "timer": 0, "replayq": true, "dyn": false,
        "new": {"bury": true, "delays": [1, 10], "initialFactor": 2500, "ints": [1, 4, 7],
                "order": 1, "perDay": 20, "separate": true},
        "lapse": {"delays": [10], "leechAction": 0, "leechFails": 8, "minInt": 1, "mult": 0},
        "rev": {"bury": true, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500,
                "minSpace": 1, "perDay": 100},
    }})
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Vec<DeckRow>, Vec<NoteRow>) {
        let decks = vec![DeckRow {
            id: 42,
            name: "Notes::Go".into(),
        }];
        let note = NoteRow {
            id: 1_700_000_000_123,
            guid: "g1".into(),
            mtime: 1_700_000_000,
            tags: tags_column(&["Go".into(), "面试".into()]),
            fields: ["q".into(), "<p>a</p>".into(), "Go".into(), "x.md:1".into()],
            sort_field: "q".into(),
            deck_id: 42,
            due: 1,
        };
        (decks, vec![note])
    }

    #[test]
    fn rows_round_trip_through_sqlite() {
        let (decks, notes) = sample();
        let bytes = collection_bytes(&decks, &notes).expect("collection");
        assert!(bytes.starts_with(b"SQLite format 3\0"));
        let mut conn = Connection::open_in_memory().expect("open");
        conn.deserialize_read_exact(rusqlite::MAIN_DB, &bytes[..], bytes.len(), false)
            .expect("deserialize");
        let (flds, tags): (String, String) = conn
            .query_row("SELECT flds, tags FROM notes", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("note");
        assert_eq!(flds, "q\x1f<p>a</p>\x1fGo\x1fx.md:1");
        assert_eq!(tags, " Go 面试 ");
        let (ver, decks_json): (i64, String) = conn
            .query_row("SELECT ver, decks FROM col", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .expect("col");
        assert_eq!(ver, 11);
        let v: Value = serde_json::from_str(&decks_json).expect("json");
        assert_eq!(v["42"]["name"], "Notes::Go");
        assert_eq!(v["1"]["name"], "Default");
        let did: i64 = conn
            .query_row("SELECT did FROM cards WHERE nid = ?1", [notes[0].id], |r| {
                r.get(0)
            })
            .expect("card");
        assert_eq!(did, 42);
    }

    #[test]
    fn same_rows_same_bytes() {
        let (decks, notes) = sample();
        let a = collection_bytes(&decks, &notes).expect("a");
        let b = collection_bytes(&decks, &notes).expect("b");
        assert!(a == b);
    }
}
