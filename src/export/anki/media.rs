//! Bundling the images cards show.
//!
//! The library has already resolved every local image an answer references and checked that
//! it exists inside the input folders (`Card::media`); this module reads exactly those files,
//! nothing else, and names each by its content so that two different `diagram.png` in two
//! folders never collide and one image used by many cards is bundled once.

use super::html::MediaNames;
use super::package::MediaFile;
use crate::model::{Card, Warning};
use std::collections::HashMap;
use std::sync::Arc;

/// Files read so far, by path, shared between the packages of one export.
#[derive(Default)]
pub struct MediaStore {
    by_path: HashMap<String, Option<MediaFile>>,
    /// Content hash → bundled name: identical images under different paths are bundled once.
    by_content: HashMap<u64, String>,
}

impl MediaStore {
    /// For each card, its `src` → bundled-name map; and the files to bundle, each once,
    /// in first-use order. Unreadable files are reported and left out.
    pub fn collect(
        &mut self,
        cards: &[&Card],
        warnings: &mut Vec<Warning>,
    ) -> (Vec<MediaNames>, Vec<MediaFile>) {
        let mut per_card = Vec::with_capacity(cards.len());
        let mut files: Vec<MediaFile> = Vec::new();
        for card in cards {
            let mut names = MediaNames::default();
            for m in &card.media {
                let Some(file) = self.load(&m.path, card, warnings) else {
                    continue;
                };
                names.insert(&m.src, &file.name);
                if !files.iter().any(|f| f.name == file.name) {
                    files.push(file);
                }
            }
            per_card.push(names);
        }
        (per_card, files)
    }

    fn load(&mut self, path: &str, card: &Card, warnings: &mut Vec<Warning>) -> Option<MediaFile> {
        if let Some(known) = self.by_path.get(path) {
            return known.clone();
        }
        let loaded = match crate::media::read_image(std::path::Path::new(path)) {
            Ok(bytes) => Some(self.name_file(path, bytes)),
            Err(message) => {
                warnings.push(Warning {
                    kind: crate::model::WarningKind::Image,
                    path: card.source.path.clone(),
                    line: card.source.line,
                    message: format!("image {path}: {message}; not bundled"),
                });
                None
            }
        };
        self.by_path.insert(path.to_string(), loaded.clone());
        loaded
    }

    /// `<ascii stem>-<content hash>.<ext>`: readable in Anki's media folder, unique by content.
    fn name_file(&mut self, path: &str, bytes: Vec<u8>) -> MediaFile {
        let digest = content_hash(&bytes);
        let name = self
            .by_content
            .entry(digest)
            .or_insert_with(|| format!("{}-{digest:016x}{}", ascii_stem(path), extension(path)))
            .clone();
        MediaFile {
            name,
            bytes: Arc::new(bytes),
        }
    }
}

/// The first 8 bytes of the content's SHA-256.
fn content_hash(bytes: &[u8]) -> u64 {
    use sha2::{Digest, Sha256};
    let d = Sha256::digest(bytes);
    let mut b = [0u8; 8];
    b.copy_from_slice(&d[..8]);
    u64::from_be_bytes(b)
}

/// The file stem reduced to `[A-Za-z0-9_-]` (at most 40), or `image`.
fn ascii_stem(path: &str) -> String {
    let stem = super::names::file_stem(path);
    let s: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect::<String>()
        .trim_matches('_')
        .chars()
        .take(40)
        .collect();
    if s.is_empty() {
        "image".into()
    } else {
        s
    }
}

/// `.png`, `.jpg`, … lowercased; empty when the extension is missing or odd.
fn extension(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    match name.rfind('.') {
        Some(i) if i > 0 => {
            let ext = &name[i + 1..];
            if !ext.is_empty() && ext.len() <= 8 && ext.chars().all(|c| c.is_ascii_alphanumeric()) {
                format!(".{}", ext.to_ascii_lowercase())
            } else {
                String::new()
            }
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Media;

    #[test]
    fn names_by_content_and_warns_on_unreadable() {
        let dir = tempfile::tempdir().expect("tmp");
        let a = dir.path().join("图 1.PNG");
        let b = dir.path().join("copy.png");
        std::fs::write(&a, b"same").expect("a");
        std::fs::write(&b, b"same").expect("b");
        let s = |p: &std::path::Path| p.display().to_string();
        let card = Card {
            media: vec![
                Media {
                    src: "图 1.PNG".into(),
                    path: s(&a),
                },
                Media {
                    src: "copy.png".into(),
                    path: s(&b),
                },
                Media {
                    src: "gone.png".into(),
                    path: s(&dir.path().join("gone.png")),
                },
            ],
            ..Default::default()
        };
        let mut w = Vec::new();
        let (names, files) = MediaStore::default().collect(&[&card], &mut w);
        assert_eq!(files.len(), 1, "same content bundled once");
        assert!(
            files[0].name.starts_with("1-") && files[0].name.ends_with(".png"),
            "{}",
            files[0].name
        );
        assert!(!names[0].is_empty());
        assert_eq!(w.len(), 1);
        assert!(w[0].message.contains("gone.png"), "{w:?}");
    }

    #[test]
    fn odd_extensions_are_dropped() {
        assert_eq!(extension("a/b.JPeG"), ".jpeg");
        assert_eq!(extension("a/b"), "");
        assert_eq!(extension("a/b.p g"), "");
        assert_eq!(ascii_stem("x/数据.png"), "image");
    }
}
