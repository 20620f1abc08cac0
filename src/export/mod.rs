//! Exporters: each takes the [`Deck`](crate::model::Deck) and an output directory, and knows
//! nothing of how the notes were written. `build` picks them by `--format`.

#[cfg(feature = "anki")]
pub mod anki;
pub mod filename;
pub mod json;
#[cfg(feature = "pdf")]
pub mod pdf;

use crate::error::Result;
pub use crate::fsutil::Staged;
use crate::model::Deck;
use std::path::{Path, PathBuf};

/// Options every exporter may read; each uses the part that concerns it.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    /// Top-level deck name (`--deck`, config `deck`, default `Notes`).
    pub deck_name: String,
    /// Export cards without an answer too (`--include-unanswered`).
    pub include_unanswered: bool,
    /// `--split topic`: one package per topic.
    pub split_by_topic: bool,
    /// `--lock FILE`: where the Anki identities live (default `DIR/deckhand.lock`).
    pub lock: Option<PathBuf>,
    /// `--prune-removed`: forget questions gone from the notes instead of writing them
    /// tagged `deckhand::removed`.
    pub prune_removed: bool,
    /// PDF options.
    pub pdf: PdfOptions,
}

impl Default for ExportOptions {
    fn default() -> Self {
        ExportOptions {
            deck_name: "Notes".into(),
            include_unanswered: false,
            split_by_topic: false,
            lock: None,
            prune_removed: false,
            pdf: PdfOptions::default(),
        }
    }
}

#[derive(Debug, Clone)]
/// How cheat-sheets are set: paper, columns, type size, fonts.
pub struct PdfOptions {
    /// `a4` or `letter`.
    pub paper: String,
    /// 1, 2 or 3.
    pub columns: u8,
    /// Body font size in points.
    pub font_size: f32,
    /// Override for the proportional (CJK) font.
    pub font: Option<PathBuf>,
    /// Override for the monospace font.
    pub mono_font: Option<PathBuf>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            paper: "a4".into(),
            columns: 2,
            font_size: 9.0,
            font: None,
            mono_font: None,
        }
    }
}

/// One output format.
pub trait Exporter {
    /// The `--format` name.
    fn name(&self) -> &'static str;
    /// Stages this format's files under `out_dir` in `out` (written beside their places,
    /// renamed into place when `out` is committed). Non-fatal problems are pushed to
    /// `warnings`.
    fn stage(
        &self,
        deck: &Deck,
        out_dir: &Path,
        opts: &ExportOptions,
        warnings: &mut Vec<crate::model::Warning>,
        out: &mut Staged,
    ) -> Result<()>;

    /// Writes this format's files under `out_dir`, all or none; returns the paths written.
    fn export(
        &self,
        deck: &Deck,
        out_dir: &Path,
        opts: &ExportOptions,
        warnings: &mut Vec<crate::model::Warning>,
    ) -> Result<Vec<PathBuf>> {
        let mut out = Staged::new();
        self.stage(deck, out_dir, opts, warnings, &mut out)?;
        out.commit()
    }
}
