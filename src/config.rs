//! `deckhand.toml`: the few settings a user wants to keep with their notes: the deck name
//! and extra topic aliases (so "golang", "Go语言" and "GoLang" land in one deck).

use crate::error::{Error, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The settings of a `deckhand.toml`; every field is optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Top-level Anki deck name (default `Notes`).
    pub deck: Option<String>,
    /// canonical topic → aliases. Extends (and overrides) the built-in table.
    #[serde(default)]
    pub aliases: BTreeMap<String, Vec<String>>,
    /// PDF settings.
    #[serde(default)]
    pub pdf: PdfConfig,
    /// Extraction hints for the notes a glob matches (`[[hints]]`).
    #[serde(default)]
    pub hints: Vec<crate::hints::HintSpec>,
}

/// `[pdf]`: defaults for the cheat-sheets (command-line flags win).
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct PdfConfig {
    /// `a4` or `letter`.
    pub paper: Option<String>,
    /// Columns per page, 1 to 3.
    pub columns: Option<u8>,
    /// Body font size in points.
    pub font_size: Option<f32>,
    /// A TTF/OTF file for text instead of the bundled font.
    pub font: Option<PathBuf>,
    /// A TTF/OTF file for code instead of the bundled monospace font.
    pub mono_font: Option<PathBuf>,
}

impl Config {
    /// Reads `path`; errors name the file and the line.
    pub fn load(path: &Path) -> Result<Config> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Config::parse(&text).map_err(|message| Error::Input {
            path: path.to_path_buf(),
            message,
        })
    }

    /// Parses the text of a `deckhand.toml`; the error says the line.
    pub fn parse(text: &str) -> std::result::Result<Config, String> {
        toml::from_str(text).map_err(|e: toml::de::Error| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            match line {
                Some(l) => format!("line {l}: {}", e.message()),
                None => e.message().to_string(),
            }
        })
    }

    /// `--config`, else `./deckhand.toml` when present, else defaults.
    pub fn discover(explicit: Option<&Path>) -> Result<Config> {
        match explicit {
            Some(p) => Config::load(p),
            None => {
                let p = Path::new("deckhand.toml");
                if p.is_file() {
                    Config::load(p)
                } else {
                    Ok(Config::default())
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_reports_lines() {
        let c = Config::parse("deck = \"面试\"\n[aliases]\nGo = [\"go-lang\"]\n").unwrap();
        assert_eq!(c.deck.as_deref(), Some("面试"));
        assert_eq!(c.aliases["Go"], vec!["go-lang"]);
        let e = Config::parse("deck = \"x\"\ncolour = 1\n").unwrap_err();
        assert!(e.starts_with("line 2"), "{e}");
    }
}
