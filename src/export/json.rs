//! `cards.json`: the model as-is, for scripts.

use super::{ExportOptions, Exporter};
use crate::error::Result;
use crate::model::{Deck, Warning};
use std::path::Path;

/// The `json` exporter: the model as-is, for scripts.
pub struct Json;

impl Exporter for Json {
    fn name(&self) -> &'static str {
        "json"
    }

    fn stage(
        &self,
        deck: &Deck,
        out_dir: &Path,
        _opts: &ExportOptions,
        _warnings: &mut Vec<Warning>,
        out: &mut super::Staged,
    ) -> Result<()> {
        out.add(&out_dir.join("cards.json"), to_json(deck).as_bytes())
    }
}

/// Pretty JSON with a trailing newline; byte-stable for the same model.
pub fn to_json(deck: &Deck) -> String {
    let mut s = serde_json::to_string_pretty(deck).expect("model serialises");
    s.push('\n');
    s
}
