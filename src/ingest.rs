//! Ingest: turn the user's inputs (files, directories, `-`) into decoded note texts.
//!
//! Notes come from many editors and decades: UTF-8 with or without BOM, UTF-16 from Windows
//! tools, GBK/GB18030 from older Chinese software, CRLF line ends, front matter from blog
//! engines. Everything after this stage sees one `String` with `\n` line ends and the front
//! matter split off (its line count remembered so card lines stay true to the file).

use crate::error::{Error, Result};
use crate::model::Warning;
use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};

/// File extensions read when walking a directory.
pub const NOTE_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "org"];

/// One note file, decoded.
#[derive(Debug, Clone)]
pub struct Note {
    /// Path as shown to the user (as given, or found under a given directory); `-` for stdin.
    pub display: String,
    /// The file on disk (None for stdin).
    pub file: Option<PathBuf>,
    /// The folder images may be read from: the directory given on the command line, or the
    /// note's own directory when a single file was given.
    pub root: PathBuf,
    /// `root` resolved (symlinks, `..`), for checking that images stay inside it.
    pub root_real: PathBuf,
    /// Body text after front matter, `\n` line ends.
    pub text: String,
    /// Number of lines taken by the front matter (added to body line numbers).
    pub line_offset: usize,
    /// Front matter keys (strings; lists joined into `tags`).
    pub meta: FrontMatter,
    /// Modification time (seconds since the epoch) or `SOURCE_DATE_EPOCH`.
    pub mtime: i64,
    /// 1-based file lines that carried only metadata of the note's format (Org-mode's
    /// `#+AUTHOR:`, `:PROPERTIES:` drawers, comments) and read as blank: reported as unused.
    pub metadata_lines: Vec<usize>,
}

impl Note {
    /// [`Note::metadata_lines`] as stretches of consecutive lines, `(first, last)`.
    pub fn metadata_spans(&self) -> Vec<(usize, usize)> {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for &l in &self.metadata_lines {
            match spans.last_mut() {
                Some(s) if s.1 + 1 == l => s.1 = l,
                _ => spans.push((l, l)),
            }
        }
        spans
    }
}

/// The front-matter fields deckhand uses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    /// `deckhand:` hints for this note.
    pub hints: Option<crate::hints::HintSpec>,
    /// `title:`.
    pub title: Option<String>,
    /// `tags:` (a list or a comma-separated string).
    pub tags: Vec<String>,
    /// Every other scalar field, for topic hints (`subject:`, `category:`, …).
    pub other: BTreeMap<String, String>,
}

/// One input file: how it is shown, where it is (`None` for stdin), the folder it was found
/// under.
pub type InputFile = (String, Option<PathBuf>, PathBuf);

/// What the inputs expanded to: the files in a stable order, and what could not be used.
#[derive(Debug, Default)]
pub struct Inputs {
    /// The files, sorted.
    pub files: Vec<InputFile>,
    /// What was skipped and why (links leaving the folder, loops, unreadable entries).
    pub warnings: Vec<Warning>,
    /// Inputs, files or folders that could not be read (the run ends with status 1).
    pub failed: Vec<String>,
}

/// Expands the command-line inputs into files, in a stable order. Nothing here stops the
/// run: a path that cannot be read is a warning naming it, and counts in `failed`.
///
/// Folders are walked with links followed inside the notes folder; a link that leads out of
/// it, or back into itself (a loop), is not followed and is reported. Hidden entries
/// (`.git`, `.obsidian`, swap files) are skipped.
pub fn expand_inputs(inputs: &[PathBuf]) -> Inputs {
    let mut out = Inputs::default();
    for input in inputs {
        if input.as_os_str() == "-" {
            out.files.push(("-".to_string(), None, PathBuf::from(".")));
            continue;
        }
        let meta = match std::fs::metadata(input) {
            Ok(m) => m,
            Err(e) => {
                let message = match e.kind() {
                    std::io::ErrorKind::NotFound => {
                        "no such file or directory; check the path".to_string()
                    }
                    _ => format!("cannot be read: {e}"),
                };
                out.unreadable(&input.display().to_string(), message);
                continue;
            }
        };
        if meta.is_dir() {
            let (mut files, skipped) = walk(input, &mut out);
            if files.is_empty() {
                out.no_notes(input, &skipped);
            }
            files.sort();
            for f in files {
                out.files
                    .push((f.display().to_string(), Some(f), input.clone()));
            }
        } else {
            let root = input
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .map(Path::to_path_buf)
                .unwrap_or_else(|| PathBuf::from("."));
            out.files
                .push((input.display().to_string(), Some(input.clone()), root));
        }
    }
    out
}

impl Inputs {
    /// A folder holding no note file: say what is read, and how to read a file anyway
    /// (`interview-log` without an extension, named on the command line). `skipped`: how many
    /// other files the walk passed over, and the first of them.
    fn no_notes(&mut self, dir: &Path, skipped: &Skipped) {
        let exts = NOTE_EXTENSIONS
            .iter()
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(", ");
        let message = match &skipped.first {
            Some(first) => format!(
                "no notes here: only {exts} files are read in a folder, and {} other file{} \
                 {} skipped (first: {}); name a file on the command line to read it whatever \
                 its name",
                skipped.count,
                if skipped.count == 1 { "" } else { "s" },
                if skipped.count == 1 { "was" } else { "were" },
                first.display()
            ),
            None => format!("no notes here: the folder holds no {exts} file"),
        };
        self.warnings.push(Warning {
            path: dir.display().to_string(),
            line: 0,
            message,
            kind: crate::model::WarningKind::Empty,
        });
    }

    fn unreadable(&mut self, path: &str, message: String) {
        self.failed.push(path.to_string());
        self.warnings.push(Warning {
            path: path.to_string(),
            line: 0,
            message,
            kind: crate::model::WarningKind::Unreadable,
        });
    }

    fn symlink(&mut self, path: &Path, message: &str) {
        self.warnings.push(Warning {
            path: path.display().to_string(),
            line: 0,
            message: message.to_string(),
            kind: crate::model::WarningKind::Symlink,
        });
    }
}

/// A hidden folder that holds notes of the user's own (an MkDocs site's `.docs/`), not a
/// tool's (`.git`, `.obsidian`, `.trash`): worth a word when the walk skips it.
fn holds_notes(dir: &Path) -> bool {
    const TOOLS: &[&str] = &[
        ".git",
        ".github",
        ".gitlab",
        ".obsidian",
        ".trash",
        ".logseq",
        ".vscode",
        ".idea",
        ".svn",
        ".hg",
        ".cache",
        ".venv",
        ".tox",
        ".vuepress",
        ".vitepress",
        ".foam",
        ".dendron",
        ".history",
        ".recycle",
        ".Trash",
    ];
    let name = dir
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if TOOLS.contains(&name.as_str()) {
        return false;
    }
    walkdir::WalkDir::new(dir)
        .max_depth(8)
        .into_iter()
        .filter_map(Result::ok)
        .take(10_000)
        .any(|e| e.file_type().is_file() && has_note_extension(e.path()))
}

/// Files a folder walk passed over, not being notes: how many, and the first in walk order.
#[derive(Default)]
struct Skipped {
    count: usize,
    first: Option<PathBuf>,
}

/// The note files under `dir`, and the other files it passed over.
fn walk(dir: &Path, out: &mut Inputs) -> (Vec<PathBuf>, Skipped) {
    let mut skipped = Skipped::default();
    let root = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut files = Vec::new();
    let mut it = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    while let Some(entry) = it.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().unwrap_or(dir).to_path_buf();
                if e.loop_ancestor().is_some() {
                    out.symlink(
                        &path,
                        "a link back into a folder above it (a loop); not followed",
                    );
                } else {
                    let why = e
                        .io_error()
                        .map(ToString::to_string)
                        .unwrap_or_else(|| e.to_string());
                    out.unreadable(
                        &path.display().to_string(),
                        format!("cannot be read: {why}; skipped"),
                    );
                }
                continue;
            }
        };
        let hidden = entry.depth() > 0 && entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            if entry.file_type().is_dir() {
                it.skip_current_dir();
                if holds_notes(entry.path()) {
                    out.warnings.push(Warning {
                        path: entry.path().display().to_string(),
                        line: 0,
                        message: "a hidden folder with notes in it, skipped as folders whose \
                                  name starts with a dot are (name it on the command line to \
                                  read it)"
                            .into(),
                        kind: crate::model::WarningKind::Other,
                    });
                }
            }
            continue;
        }
        if entry.path_is_symlink() {
            let inside = std::fs::canonicalize(entry.path()).is_ok_and(|t| t.starts_with(&root));
            if !inside {
                out.symlink(
                    entry.path(),
                    "a link to outside the notes folder; not followed",
                );
                if entry.file_type().is_dir() {
                    it.skip_current_dir();
                }
                continue;
            }
        }
        if entry.file_type().is_file() {
            if has_note_extension(entry.path()) {
                files.push(entry.into_path());
            } else {
                skipped.count += 1;
                skipped.first.get_or_insert_with(|| entry.into_path());
            }
        }
    }
    (files, skipped)
}

fn has_note_extension(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .map(|e| NOTE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        .unwrap_or(false)
}

/// Reads and decodes one input. `Ok(None)` means "skipped" (binary), with a warning pushed.
pub fn read_note(
    display: &str,
    file: Option<&Path>,
    root: &Path,
    warnings: &mut Vec<Warning>,
) -> Result<Option<Note>> {
    let (bytes, mtime) = match file {
        Some(f) => {
            let bytes = std::fs::read(f).map_err(|e| Error::io(f, e))?;
            let mtime = std::fs::metadata(f)
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0);
            (bytes, mtime)
        }
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::io("-", e))?;
            (bytes, 0)
        }
    };
    let mtime = source_date_epoch().unwrap_or(mtime);
    let Some(decoded) = decode(&bytes) else {
        warnings.push(Warning {
            kind: crate::model::WarningKind::Binary,
            path: display.to_string(),
            line: 0,
            message: "looks like a binary file, not notes; skipped".into(),
        });
        return Ok(None);
    };
    if let Some(enc) = decoded.assumed {
        warnings.push(Warning {
            kind: crate::model::WarningKind::Encoding,
            path: display.to_string(),
            line: 0,
            message: format!(
                "not valid UTF-8; read as {enc} (save the file as UTF-8 to silence this warning)"
            ),
        });
    }
    let (text, metadata_lines) = note_text(display, decoded.text);
    let (meta, text, line_offset) = split_front_matter(&text, display, warnings);
    Ok(Some(Note {
        display: display.to_string(),
        file: file.map(Path::to_path_buf),
        root: root.to_path_buf(),
        root_real: std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf()),
        text,
        line_offset,
        meta,
        mtime,
        metadata_lines,
    }))
}

/// The text of a note as the rest of the pipeline reads it, with the 1-based lines that only
/// carried metadata: Org-mode notes (`.org`) as the Markdown they translate to, line for
/// line; Zim wiki pages likewise; every other note as it is.
pub fn note_text(display: &str, text: String) -> (String, Vec<usize>) {
    if crate::org::is_org(display) {
        let t = crate::org::to_markdown(&text);
        (t.text, t.metadata.into_iter().map(|i| i + 1).collect())
    } else if crate::zim::is_zim(&text) {
        let t = crate::zim::to_markdown(&text);
        (t.text, t.metadata.into_iter().map(|i| i + 1).collect())
    } else {
        (text, Vec::new())
    }
}

/// `SOURCE_DATE_EPOCH`, when set to an integer: the one place that reads it (note times, Anki
/// note times without a file, the sheet date).
pub fn source_date_epoch() -> Option<i64> {
    std::env::var("SOURCE_DATE_EPOCH").ok()?.trim().parse().ok()
}

/// Decoded text and, when it was not UTF-8, the encoding assumed.
pub struct Decoded {
    /// The text.
    pub text: String,
    /// The encoding assumed when the file was not UTF-8 (`GBK`, `UTF-16LE`, …).
    pub assumed: Option<&'static str>,
}

/// Detects the encoding, decodes and normalises newlines. `None` for binary data.
pub fn decode(bytes: &[u8]) -> Option<Decoded> {
    let (text, assumed) = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        (String::from_utf8_lossy(rest).into_owned(), None)
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let enc = if bytes[0] == 0xFF {
            encoding_rs::UTF_16LE
        } else {
            encoding_rs::UTF_16BE
        };
        let (cow, _) = enc.decode_with_bom_removal(&bytes[2..]);
        (cow.into_owned(), Some(enc.name()))
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), None)
    } else if looks_binary(bytes) {
        return None;
    } else if mostly_utf8(bytes) {
        // Mostly UTF-8 with a few broken bytes (a bad paste): keep it UTF-8.
        (
            String::from_utf8_lossy(bytes).into_owned(),
            Some("UTF-8 (invalid bytes replaced)"),
        )
    } else {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        let enc = det.guess(Some(b"cn"), chardetng::Utf8Detection::Allow);
        // GBK text is best read with its superset GB18030.
        let enc = if enc == encoding_rs::GBK {
            encoding_rs::GB18030
        } else {
            enc
        };
        let (cow, _, _) = enc.decode(bytes);
        (cow.into_owned(), Some(enc.name()))
    };
    if text.contains('\0') || control_ratio(&text) > 0.05 {
        return None;
    }
    Some(Decoded {
        text: normalise_newlines(&text),
        assumed,
    })
}

/// UTF-8 with a few broken bytes: at most 1% invalid, or more valid multi-byte characters
/// than invalid bytes (GBK text almost never forms valid UTF-8 sequences).
fn mostly_utf8(mut bytes: &[u8]) -> bool {
    let total = bytes.len();
    let (mut bad, mut multibyte) = (0usize, 0usize);
    loop {
        let (valid, err) = match std::str::from_utf8(bytes) {
            Ok(s) => (s, None),
            Err(e) => (
                std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
        let Some(e) = err else { break };
        let skip = e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
        bad += skip;
        bytes = &bytes[e.valid_up_to() + skip..];
    }
    bad * 100 <= total || multibyte > bad
}

fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    sample.contains(&0)
}

fn control_ratio(text: &str) -> f64 {
    let mut n = 0usize;
    let mut bad = 0usize;
    for c in text.chars().take(8192) {
        n += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c') {
            bad += 1;
        }
    }
    if n == 0 {
        0.0
    } else {
        bad as f64 / n as f64
    }
}

fn normalise_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

/// Splits YAML (`---`) or TOML (`+++`) front matter off the text.
/// Returns (metadata, body, number of lines removed).
/// Logseq page properties (`title:: 分布式系统`, `tags:: 复习, 网络` on the first lines) play
/// the part of front matter; the lines stay in the text (`clean` blanks them).
fn page_properties(text: &str) -> FrontMatter {
    let mut fm = FrontMatter::default();
    for line in text.lines() {
        let Some((key, value)) = line.split_once(":: ") else {
            break;
        };
        let key = key.trim().to_ascii_lowercase();
        if key.is_empty()
            || !key
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            break;
        }
        let value = value
            .trim()
            .trim_start_matches("[[")
            .trim_end_matches("]]")
            .trim();
        match key.as_str() {
            "title" if !value.is_empty() => fm.title = Some(value.to_string()),
            "tags" => {
                fm.tags = value
                    .split(',')
                    .map(|t| {
                        t.trim()
                            .trim_start_matches('#')
                            .trim_start_matches("[[")
                            .trim_end_matches("]]")
                            .trim()
                            .to_string()
                    })
                    .filter(|t| !t.is_empty())
                    .collect()
            }
            _ => {}
        }
    }
    fm
}

/// Splits `---` YAML or `+++` TOML front matter (or Logseq page properties) from the text:
/// the fields, the body, and how many lines the front matter took.
pub fn split_front_matter(
    text: &str,
    display: &str,
    warnings: &mut Vec<Warning>,
) -> (FrontMatter, String, usize) {
    let fence = match text.lines().next() {
        Some(l) if l.trim_end() == "---" => "---",
        Some(l) if l.trim_end() == "+++" => "+++",
        _ => return (page_properties(text), text.to_string(), 0),
    };
    // Find the closing fence by byte offset; the body is a slice, not a re-join.
    let mut close = None;
    for (n, (i, _)) in text.match_indices('\n').enumerate() {
        let start = i + 1;
        let line = text[start..].split('\n').next().unwrap_or("").trim_end();
        if line == fence || (fence == "---" && line == "...") {
            close = Some((start, n + 1));
            break;
        }
    }
    let Some((close_at, close_line)) = close else {
        return (FrontMatter::default(), text.to_string(), 0);
    };
    let open_end = text.find('\n').map_or(text.len(), |i| i + 1);
    let raw = &text[open_end..close_at];
    let meta = if fence == "---" {
        parse_yaml(raw)
    } else {
        parse_toml(raw)
    };
    let meta = meta.unwrap_or_else(|msg| {
        warnings.push(Warning {
            kind: crate::model::WarningKind::FrontMatter,
            path: display.to_string(),
            line: 1,
            message: format!("front matter could not be parsed ({msg}); ignored"),
        });
        FrontMatter::default()
    });
    let body = match text[close_at..].find('\n') {
        Some(i) => text[close_at + i + 1..].to_string(),
        None => String::new(),
    };
    (meta, body, close_line + 1)
}

fn parse_yaml(raw: &str) -> std::result::Result<FrontMatter, String> {
    let v: serde_yaml::Value = serde_yaml::from_str(raw).map_err(|e| e.to_string())?;
    let mut fm = FrontMatter::default();
    let serde_yaml::Value::Mapping(map) = v else {
        return Ok(fm);
    };
    for (k, v) in map {
        let Some(k) = k.as_str() else { continue };
        let k = k.to_ascii_lowercase();
        match (&*k, v) {
            ("tags" | "tag" | "categories", serde_yaml::Value::Sequence(seq)) => {
                fm.tags.extend(seq.iter().filter_map(yaml_scalar));
            }
            ("tags" | "tag" | "categories", v) => {
                if let Some(s) = yaml_scalar(&v) {
                    fm.tags.extend(
                        s.split([',', ' '])
                            .filter(|t| !t.is_empty())
                            .map(String::from),
                    );
                }
            }
            ("title", v) => fm.title = yaml_scalar(&v),
            ("deckhand", v) => {
                fm.hints =
                    Some(serde_yaml::from_value(v).map_err(|e| format!("`deckhand:` hints: {e}"))?);
            }
            (_, v) => {
                if let Some(s) = yaml_scalar(&v) {
                    fm.other.insert(k, s);
                }
            }
        }
    }
    Ok(fm)
}

fn yaml_scalar(v: &serde_yaml::Value) -> Option<String> {
    match v {
        serde_yaml::Value::String(s) => Some(s.trim().to_string()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn parse_toml(raw: &str) -> std::result::Result<FrontMatter, String> {
    let v: toml::Table = raw
        .parse()
        .map_err(|e: toml::de::Error| e.message().to_string())?;
    let mut fm = FrontMatter::default();
    for (k, v) in v {
        let k = k.to_ascii_lowercase();
        match (&*k, v) {
            ("tags" | "categories", toml::Value::Array(a)) => fm
                .tags
                .extend(a.iter().filter_map(|x| x.as_str().map(String::from))),
            ("title", toml::Value::String(s)) => fm.title = Some(s),
            ("deckhand", v @ toml::Value::Table(_)) => {
                fm.hints =
                    Some(v.try_into().map_err(|e: toml::de::Error| {
                        format!("`deckhand` hints: {}", e.message())
                    })?);
            }
            (_, toml::Value::String(s)) => {
                fm.other.insert(k, s);
            }
            _ => {}
        }
    }
    Ok(fm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_utf16_and_gbk() {
        let d = decode(b"\xEF\xBB\xBF# \xE6\xA0\x87\xE9\xA2\x98\r\nx").unwrap();
        assert_eq!(d.text, "# 标题\nx");
        assert!(d.assumed.is_none());

        let mut u16 = vec![0xFF, 0xFE];
        for u in "# 问题\r\n答案".encode_utf16() {
            u16.extend(u.to_le_bytes());
        }
        let d = decode(&u16).unwrap();
        assert_eq!(d.text, "# 问题\n答案");
        assert_eq!(d.assumed, Some("UTF-16LE"));

        let (gbk, _, _) = encoding_rs::GBK.encode("## 什么是协程？\n协程是用户态的轻量级线程。\n");
        let d = decode(&gbk).unwrap();
        assert_eq!(d.text, "## 什么是协程？\n协程是用户态的轻量级线程。\n");
        assert_eq!(d.assumed, Some("gb18030"));
    }

    #[test]
    fn damaged_utf8_stays_utf8() {
        let d = decode(
            "# 协程\n## 什么是协程？\n"
                .as_bytes()
                .iter()
                .copied()
                .chain([0xFF, b'\n'])
                .collect::<Vec<_>>()
                .as_slice(),
        )
        .unwrap();
        assert!(d.text.starts_with("# 协程\n## 什么是协程？"));
        assert_eq!(d.assumed, Some("UTF-8 (invalid bytes replaced)"));
    }

    #[test]
    fn hidden_folders_with_notes_are_told() {
        let dir = std::env::temp_dir().join(format!("deckhand-hidden-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".docs/go")).unwrap();
        std::fs::create_dir_all(dir.join(".obsidian")).unwrap();
        std::fs::create_dir_all(dir.join(".assets")).unwrap();
        std::fs::write(dir.join(".docs/go/面经.md"), "## 什么是GMP？\n调度模型。\n").unwrap();
        std::fs::write(dir.join(".obsidian/notes.md"), "# cache\n").unwrap();
        std::fs::write(dir.join(".assets/a.png"), [0u8; 4]).unwrap();
        std::fs::write(dir.join("README.md"), "# Notes\n").unwrap();
        assert!(holds_notes(&dir.join(".docs")));
        assert!(!holds_notes(&dir.join(".obsidian")));
        assert!(!holds_notes(&dir.join(".assets")));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode(&[0u8, 1, 2, 3, 0xFF, 0xD8, 0, 0]).is_none());
    }

    #[test]
    fn yaml_and_toml_front_matter() {
        let mut w = Vec::new();
        let (fm, body, off) = split_front_matter(
            "---\ntitle: 面试 # note\ntags:\n  - go\n  - 网络\n---\n# A\n",
            "x",
            &mut w,
        );
        assert_eq!(fm.title.as_deref(), Some("面试"));
        assert_eq!(fm.tags, vec!["go", "网络"]);
        assert_eq!(body, "# A\n");
        assert_eq!(off, 6);
        let (fm, body, off) =
            split_front_matter("+++\ntitle = \"T\"\ntags = [\"a\"]\n+++\nbody", "x", &mut w);
        assert_eq!(
            (fm.title.as_deref(), fm.tags.len(), &*body, off),
            (Some("T"), 1, "body", 4)
        );
        assert!(w.is_empty());
    }
}
