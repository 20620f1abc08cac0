//! deckhand: free-form study notes in, question/answer cards out.
//!
//! The modules read as the pipeline: [`ingest`] → [`clean`] → [`outline`] → [`extract`] →
//! [`model`] → [`export`]. [`build_deck`] runs the whole front half and is what the
//! commands call.

pub mod check;
pub mod clean;
pub mod cli;
pub mod config;
pub mod error;
pub mod explain;
pub mod export;
pub mod extract;
pub mod fsutil;
pub mod hints;
pub mod ingest;
pub mod media;
pub mod model;
pub mod outline;
pub mod pipeline;
pub mod text;
pub mod topic;

pub use pipeline::build_deck;
