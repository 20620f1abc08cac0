//! Writing outputs so that an interrupted run never leaves a half-written file:
//! every file goes to a temporary sibling first and is renamed into place.

use crate::error::{Error, Result};
use std::io::Write;
use std::path::Path;

/// Creates `dir` (and parents), with an error naming it when that is impossible
/// (for example when a file of that name exists).
pub fn ensure_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::Output {
            path: dir.to_path_buf(),
            message: "exists and is not a directory; choose another output directory with -o"
                .into(),
        });
    }
    std::fs::create_dir_all(dir).map_err(|e| Error::Output {
        path: dir.to_path_buf(),
        message: e.to_string(),
    })
}

/// Writes `bytes` to `path` atomically (temp file in the same directory, then rename).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
    let dir = dir.unwrap_or_else(|| Path::new("."));
    ensure_dir(dir)?;
    let out_err = |e: std::io::Error| Error::Output {
        path: path.to_path_buf(),
        message: e.to_string(),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".deckhand-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(out_err)?;
    tmp.write_all(bytes).map_err(out_err)?;
    // tempfile creates 0600 files; outputs are ordinary documents (0644 before umask).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        tmp.as_file()
            .set_permissions(std::fs::Permissions::from_mode(0o644))
            .map_err(out_err)?;
    }
    tmp.as_file().sync_all().map_err(out_err)?;
    tmp.persist(path).map_err(|e| out_err(e.error))?;
    Ok(())
}
