//! Errors that stop a run (exit status 1). Everything softer is a [`Warning`](crate::model::Warning).

use std::path::PathBuf;

/// What stops a run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An OS error on `path`. Its text comes through the source chain (`{:#}` or
    /// [`describe`]), so it is printed once.
    #[error("{path}")]
    Io {
        /// The file or folder concerned.
        path: PathBuf,
        /// The OS error.
        #[source]
        source: std::io::Error,
    },
    /// An input that cannot be used: `path` and what is wrong with it.
    #[error("{path}: {message}")]
    Input {
        /// The input.
        path: PathBuf,
        /// What is wrong with it and what to do.
        message: String,
    },
    /// An output that cannot be written: `path` and why.
    #[error("{path}: cannot write output: {message}")]
    Output {
        /// The output.
        path: PathBuf,
        /// Why it cannot be written.
        message: String,
    },
    /// Anything else, said in full.
    #[error("{0}")]
    Other(String),
}

impl Error {
    /// An OS error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}

/// deckhand's results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// [`describe`] for a message that names `path` itself: the error without its leading
/// `path: `.
pub fn describe_at(e: &(dyn std::error::Error + 'static), path: &str) -> String {
    let text = describe(e);
    match text.strip_prefix(path).and_then(|r| r.strip_prefix(": ")) {
        Some(rest) => rest.to_string(),
        None => text,
    }
}

/// An error and its sources, `a: b: c`, each said once.
pub fn describe(e: &(dyn std::error::Error + 'static)) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let text = s.to_string();
        if !out.ends_with(&text) {
            out.push_str(": ");
            out.push_str(&text);
        }
        source = s.source();
    }
    out
}
