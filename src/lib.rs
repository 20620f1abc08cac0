//! deckhand: free-form study notes in, question/answer cards out.
//!
//! The modules read as the pipeline: [`ingest`] → [`clean`] → [`outline`] → [`extract`] →
//! [`model`] → [`export`].

pub mod error;
pub mod export;
pub mod fsutil;
pub mod model;
