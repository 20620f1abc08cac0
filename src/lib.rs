//! deckhand: free-form study notes in, question/answer cards out.
//!
//! The modules read as the pipeline: [`ingest`] → `clean` → `outline` → [`extract`] →
//! [`model`] → [`export`]. [`build_deck`] runs the whole front half and is what the
//! commands call.
//!
//! Scripts that use deckhand as a crate need [`build_deck`] (or [`pipeline::deck_from_text`]),
//! the [`model`] it returns, [`config::Config`], and the exporters in [`export`]
//! ([`export::Exporter`], [`export::ExportOptions`], the Anki lock and plan). The stages
//! between (cleaning, the block tree, topic names, hints, media paths, text helpers) are
//! internal and may change; the command line is part of the binary only.

#![warn(missing_docs)]

pub mod check;
pub(crate) mod clean;
pub mod config;
pub mod error;
pub mod explain;
pub mod export;
pub mod extract;
pub mod fsutil;
pub(crate) mod hints;
pub mod ingest;
pub(crate) mod markdown;
pub(crate) mod media;
pub mod model;
pub mod org;
pub(crate) mod outline;
pub mod pipeline;
pub(crate) mod text;
pub(crate) mod topic;
pub(crate) mod zim;

pub use pipeline::build_deck;
