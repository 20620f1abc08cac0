//! `cards.json`: the model as-is, for scripts.

use super::{ExportOptions, Exporter};
use crate::error::Result;
use crate::fsutil::write_atomic;
use crate::model::{Deck, Warning};
use std::path::{Path, PathBuf};

pub struct Json;

impl Exporter for Json {
    fn name(&self) -> &'static str {
        "json"
    }

    fn export(
        &self,
        deck: &Deck,
        out_dir: &Path,
        _opts: &ExportOptions,
        _warnings: &mut Vec<Warning>,
    ) -> Result<Vec<PathBuf>> {
        let path = out_dir.join("cards.json");
        write_atomic(&path, to_json(deck).as_bytes())?;
        Ok(vec![path])
    }
}

/// Pretty JSON with a trailing newline; byte-stable for the same model.
pub fn to_json(deck: &Deck) -> String {
    let mut s = serde_json::to_string_pretty(deck).expect("model serialises");
    s.push('\n');
    s
}
