//! The `.apkg` container: a zip holding `collection.anki2`, the `media` map and the media
//! files under numbered entry names (`0`, `1`, …), which is what Anki's importer expects.
//!
//! Reproducibility is the point of writing it by hand: entries are always in the same order,
//! every entry carries the same fixed timestamp (1980-01-01, the zip epoch) and permissions,
//! and the media map is written in entry order, so the same model gives the same bytes.

use crate::error::{Error, Result};
use std::io::{Cursor, Write};
use std::sync::Arc;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

/// Deflate level for the collection: its HTML compresses well even at a fast level, and the
/// package is written on every build.
const DEFLATE_LEVEL: i64 = 1;

/// A file to bundle, under the name the cards use.
#[derive(Debug, Clone)]
pub struct MediaFile {
    /// The name the cards use (`src` of their `<img>`).
    pub name: String,
    /// The file's bytes, shared with other packages that bundle it.
    pub bytes: Arc<Vec<u8>>,
}

/// Zips a collection and its media into `.apkg` bytes.
pub fn apkg_bytes(collection: &[u8], media: &[MediaFile]) -> Result<Vec<u8>> {
    write_zip(collection, media).map_err(|e| Error::Other(format!("writing the .apkg zip: {e}")))
}

fn write_zip(collection: &[u8], media: &[MediaFile]) -> zip::result::ZipResult<Vec<u8>> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(collection.len() / 4)));
    let deflated = options(CompressionMethod::Deflated).compression_level(Some(DEFLATE_LEVEL));
    zip.start_file("collection.anki2", deflated)?;
    zip.write_all(collection)?;
    zip.start_file("media", deflated)?;
    zip.write_all(media_map(media).as_bytes())?;
    for (i, m) in media.iter().enumerate() {
        // Images are already compressed; storing them saves time and changes nothing.
        zip.start_file(i.to_string(), options(CompressionMethod::Stored))?;
        zip.write_all(&m.bytes)?;
    }
    Ok(zip.finish()?.into_inner())
}

fn options(method: CompressionMethod) -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(DateTime::default())
        .unix_permissions(0o644)
        .large_file(false)
}

/// `{"0": "name.png", "1": …}` in entry order.
fn media_map(media: &[MediaFile]) -> String {
    let mut s = String::from("{");
    for (i, m) in media.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let name = serde_json::Value::String(m.name.clone()).to_string();
        s.push_str(&format!("\"{i}\": {name}"));
    }
    s.push('}');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn entries_in_order_with_media_map() {
        let media = vec![
            MediaFile {
                name: "a \"q\".png".into(),
                bytes: Arc::new(vec![1, 2, 3]),
            },
            MediaFile {
                name: "图.jpg".into(),
                bytes: Arc::new(vec![4]),
            },
        ];
        let bytes = apkg_bytes(b"db", &media).expect("zip");
        let mut z = zip::ZipArchive::new(Cursor::new(&bytes)).expect("read");
        let names: Vec<String> = (0..z.len())
            .map(|i| {
                z.by_index(i)
                    .map(|f| f.name().to_string())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(names, ["collection.anki2", "media", "0", "1"]);
        let mut map = String::new();
        z.by_name("media")
            .expect("media")
            .read_to_string(&mut map)
            .expect("utf8");
        let v: serde_json::Value = serde_json::from_str(&map).expect("json");
        assert_eq!(v["0"], "a \"q\".png");
        assert_eq!(v["1"], "图.jpg");
        assert_eq!(apkg_bytes(b"db", &media).expect("again"), bytes);
    }
}
