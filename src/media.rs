//! Media: find the local images an answer points at, and decide which may be bundled.
//!
//! Exporters must never read a file the user did not mean to share: a note pointing at
//! `/etc/passwd` or `../../secret.png` gets a warning, not a bundle. This module is the one
//! place that checks paths; exporters only read what it lists in `Card::media`.

use crate::ingest::Note;
use crate::model::{Media, Warning};
use crate::text::percent_decode;
use regex::Regex;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

pub const IMAGE_EXTENSIONS: &[&str] = &["png", "jpg", "jpeg", "gif", "webp", "svg", "bmp"];

/// Largest image file an exporter reads, in the Anki package and in the PDF alike.
pub const MAX_IMAGE_BYTES: u64 = 32 * 1024 * 1024;

/// Reads an image an exporter was told to use: a regular file (not a FIFO or a device) of
/// at most [`MAX_IMAGE_BYTES`], read no further than that even if it grows meanwhile.
pub fn read_image(path: &Path) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let meta = std::fs::metadata(path).map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > MAX_IMAGE_BYTES {
        return Err(format!(
            "{} MiB is larger than the {} MiB limit",
            meta.len() >> 20,
            MAX_IMAGE_BYTES >> 20
        ));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_IMAGE_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return Err("grew past the size limit while being read".into());
    }
    Ok(bytes)
}

/// Every image URL in a Markdown answer (`![](src)` and `<img src>`), in order, deduplicated.
pub fn image_refs(answer: &str) -> Vec<String> {
    static MD: OnceLock<Regex> = OnceLock::new();
    static HTML: OnceLock<Regex> = OnceLock::new();
    let md = MD.get_or_init(|| {
        Regex::new(r#"!\[[^\]]*\]\(\s*(?:<([^>]*)>|([^)\s]+))(?:\s+["'][^"']*["'])?\s*\)"#).unwrap()
    });
    let html = HTML.get_or_init(|| {
        Regex::new(r#"(?i)<img\b[^>]*?\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))"#).unwrap()
    });
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: &str| {
        if !s.is_empty() && !out.iter().any(|o| o == s) {
            out.push(s.to_string());
        }
    };
    for c in md.captures_iter(answer) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)) {
            push(m.as_str());
        }
    }
    for c in html.captures_iter(answer) {
        if let Some(m) = c.get(1).or_else(|| c.get(2)).or_else(|| c.get(3)) {
            push(m.as_str());
        }
    }
    out
}

/// Whether `path`, read lexically (`..` undoing the component before it), leaves `root`:
/// `notes/../../etc/x.png` does, even when no such file exists.
fn escapes(root: &Path, path: &Path) -> bool {
    use std::path::Component;
    let Ok(rest) = path.strip_prefix(root) else {
        return false; // not under the root to begin with: judged once it exists
    };
    let mut depth = 0usize;
    for c in rest.components() {
        match c {
            Component::ParentDir if depth == 0 => return true,
            Component::ParentDir => depth -= 1,
            Component::Normal(_) => depth += 1,
            _ => {}
        }
    }
    false
}

fn is_remote(src: &str) -> bool {
    let l = src.to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://") || l.starts_with("//")
}

/// Resolves the images of one answer. `line` is where to point warnings.
pub fn resolve(answer: &str, note: &Note, line: usize, warnings: &mut Vec<Warning>) -> Vec<Media> {
    let mut media = Vec::new();
    if !answer.contains("](") && !answer.contains("<img") && !answer.contains("<IMG") {
        return media;
    }
    let note_dir = note
        .file
        .as_deref()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let root = &note.root_real;
    for src in image_refs(answer) {
        let lower = src.to_ascii_lowercase();
        if is_remote(&src) || lower.starts_with("data:") || lower.starts_with("mailto:") {
            continue;
        }
        let at = line_of(note, &src, line);
        let mut warn = |message: String| {
            warnings.push(Warning {
                kind: crate::model::WarningKind::Image,
                path: note.display.clone(),
                line: at,
                message,
            })
        };
        if lower.starts_with("javascript:") || lower.contains("://") {
            warn(format!("image `{src}` is not a local file; left out"));
            continue;
        }
        let decoded = percent_decode(src.split(['?', '#']).next().unwrap_or(&src));
        let rel = Path::new(&decoded);
        let candidates: Vec<PathBuf> = if rel.is_absolute() {
            // `/images/x.png` in a notes folder usually means "from the folder's root".
            vec![note.root.join(decoded.trim_start_matches(['/', '\\']))]
        } else {
            vec![note_dir.join(rel)]
        };
        let found = candidates
            .iter()
            .find_map(|c| std::fs::canonicalize(c).ok());
        let Some(path) = found else {
            if rel.is_absolute() || escapes(&note.root, &candidates[0]) {
                warn(format!(
                    "image `{src}` points outside the notes folder; not bundled (copy it next to the note and link it relatively)"
                ));
            } else {
                warn(format!(
                    "image `{src}` not found (looked for {}); fix the path or add the file",
                    candidates[0].display()
                ));
            }
            continue;
        };
        if !path.starts_with(root) {
            warn(format!(
                "image `{src}` lies outside the notes folder {}; not bundled",
                note.root.display()
            ));
            continue;
        }
        let ext_ok = path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| IMAGE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()));
        if !ext_ok || !path.is_file() {
            warn(format!("`{src}` is not an image file; not bundled"));
            continue;
        }
        media.push(Media {
            src: src.clone(),
            path: path.display().to_string(),
        });
    }
    media
}

/// The 1-based file line where `src` first appears at or after `from` (else `from`).
fn line_of(note: &Note, src: &str, from: usize) -> usize {
    let first_body = from.saturating_sub(note.line_offset + 1);
    note.text
        .split('\n')
        .enumerate()
        .skip(first_body)
        .find(|(_, l)| l.contains(src))
        .map_or(from, |(i, _)| i + note.line_offset + 1)
}

/// What both formats show for an image that is not there: `[missing image: name.png]`
/// (without the brackets), naming the file so the reader knows what is gone.
pub fn missing_image_label(url: &str) -> String {
    let decoded =
        crate::text::percent_decode(url.trim().trim_start_matches('<').trim_end_matches('>'));
    let name = decoded
        .rsplit(['/', '\\'])
        .find(|s| !s.is_empty())
        .unwrap_or(decoded.as_str());
    format!("missing image: {name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_markdown_and_html_images() {
        let refs = image_refs(
            "a ![x](img/a.png \"t\") b <img width=3 src='b.jpg'> ![](<c d.png>) ![y](img/a.png)",
        );
        assert_eq!(refs, vec!["img/a.png", "c d.png", "b.jpg"]);
    }

    #[test]
    fn lexical_escapes() {
        let root = Path::new("notes");
        assert!(escapes(root, Path::new("notes/../../etc/x.png")));
        assert!(escapes(root, Path::new("notes/a/../../x.png")));
        assert!(!escapes(root, Path::new("notes/a/../x.png")));
        assert!(!escapes(root, Path::new("notes/img/x.png")));
    }

    #[test]
    fn decodes_percent() {
        assert_eq!(percent_decode("a%20b%E6%96%87.png"), "a b文.png");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
