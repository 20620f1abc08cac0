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
    let mut staged = Staged::new();
    staged.add(path, bytes)?;
    staged.commit().map(|_| ())
}

/// Prefix and suffix of every temporary file deckhand writes beside its outputs.
const TMP_PREFIX: &str = ".deckhand-";
const TMP_SUFFIX: &str = ".tmp";

/// Temporary files not yet renamed into place, removed by the SIGINT/SIGTERM handler.
static PENDING: std::sync::Mutex<Vec<std::path::PathBuf>> = std::sync::Mutex::new(Vec::new());

fn pending() -> std::sync::MutexGuard<'static, Vec<std::path::PathBuf>> {
    PENDING.lock().unwrap_or_else(|e| e.into_inner())
}

/// Installs the SIGINT/SIGTERM handler once: it removes the temporary files of the build
/// under way and exits with 130, so an interrupted build leaves nothing behind.
pub fn remove_temporaries_on_signal() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let _ = ctrlc::set_handler(|| {
            // (The list stays locked until the process is gone: a file cannot be created
            // after its removal, see `Staged::add`.)
            let mut pending = pending();
            for p in pending.drain(..) {
                let _ = std::fs::remove_file(p);
            }
            std::process::exit(130);
        });
    });
}

/// The files of one build, each written to a temporary file beside its destination and
/// renamed into place only by [`Staged::commit`], once every exporter has succeeded.
/// Dropped without a commit (an exporter failed), it removes its temporary files: earlier
/// outputs stay exactly as they were.
#[derive(Default)]
pub struct Staged {
    files: Vec<(std::path::PathBuf, tempfile::TempPath)>,
}

impl Staged {
    /// An empty stage.
    pub fn new() -> Staged {
        Staged::default()
    }

    /// Writes `bytes` for `path` (to a temporary file in the same folder, synced).
    pub fn add(&mut self, path: &Path, bytes: &[u8]) -> Result<()> {
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty());
        let dir = dir.unwrap_or_else(|| Path::new("."));
        ensure_dir(dir)?;
        let out_err = |e: std::io::Error| Error::Output {
            path: path.to_path_buf(),
            message: e.to_string(),
        };
        // Created and listed under one lock, so a signal cannot come between the two and
        // leave a file the handler does not know of.
        let mut tmp = {
            let mut pending = pending();
            let tmp = tempfile::Builder::new()
                .prefix(TMP_PREFIX)
                .suffix(TMP_SUFFIX)
                .tempfile_in(dir)
                .map_err(out_err)?;
            pending.push(tmp.path().to_path_buf());
            tmp
        };
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
        self.files.push((path.to_path_buf(), tmp.into_temp_path()));
        Ok(())
    }

    /// Renames every file into place, in the order added; returns their paths.
    pub fn commit(mut self) -> Result<Vec<std::path::PathBuf>> {
        let mut written = Vec::with_capacity(self.files.len());
        for (path, tmp) in std::mem::take(&mut self.files) {
            let from = tmp.to_path_buf();
            tmp.persist(&path).map_err(|e| Error::Output {
                path: path.clone(),
                message: e.error.to_string(),
            })?;
            pending().retain(|p| *p != from);
            written.push(path);
        }
        Ok(written)
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        let mut pending = pending();
        for (_, tmp) in &self.files {
            pending.retain(|p| p.as_path() != &**tmp);
        }
        // The `TempPath`s remove their files as they drop.
    }
}

/// Exclusive use of an output folder for one build: a second build into the same folder
/// waits for the first (after saying so), instead of mixing its files with the first's.
pub struct FolderLock {
    _file: std::fs::File,
}

impl FolderLock {
    /// Locks `dir` (created if needed); `waiting` is called once if another build holds it.
    pub fn acquire(dir: &Path, waiting: impl FnOnce()) -> Result<FolderLock> {
        ensure_dir(dir)?;
        // On Unix the folder itself is locked, so nothing extra is left in it; elsewhere a
        // `.deckhand-build` file stands for it.
        let path = if cfg!(unix) {
            dir.to_path_buf()
        } else {
            dir.join(".deckhand-build")
        };
        let out_err = |e: std::io::Error| Error::Output {
            path: path.clone(),
            message: format!("cannot lock the output folder: {e}"),
        };
        let file = if cfg!(unix) {
            std::fs::File::open(&path)
        } else {
            std::fs::OpenOptions::new()
                .create(true)
                .truncate(false)
                .write(true)
                .open(&path)
        }
        .map_err(out_err)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                waiting();
                file.lock().map_err(out_err)?;
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(out_err(e)),
        }
        Ok(FolderLock { _file: file })
    }
}

/// Removes the temporary files a killed build left in `dirs` (only `.deckhand-*.tmp`
/// regular files). Call it while holding the [`FolderLock`].
pub fn remove_stale_temporaries(dirs: &[&Path]) {
    for dir in dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            let ours = name.starts_with(TMP_PREFIX) && name.ends_with(TMP_SUFFIX);
            if ours && e.file_type().is_ok_and(|t| t.is_file()) {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// What deckhand wrote into an output folder, per format, as paths relative to it
/// (`.deckhand-manifest.json`). A build removes the files its formats wrote last time and
/// did not write this time (the PDF of a renamed topic), and never any other file.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize, PartialEq)]
pub struct Manifest {
    /// Per format (`anki`, `pdf`, `json`): the files it wrote, relative to the folder.
    pub formats: std::collections::BTreeMap<String, Vec<String>>,
}

impl Manifest {
    const FILE: &'static str = ".deckhand-manifest.json";

    /// The manifest in `dir`; empty when there is none or it cannot be read.
    pub fn read(dir: &Path) -> Manifest {
        std::fs::read(dir.join(Self::FILE))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// Records `written` for `format`, and (with `remove`) removes what that format wrote
    /// last time and not this time; without it, the old files stay listed. Returns the
    /// files removed.
    pub fn replace(
        &mut self,
        dir: &Path,
        format: &str,
        written: &[std::path::PathBuf],
        remove: bool,
    ) -> Vec<std::path::PathBuf> {
        let mut now: Vec<String> = written
            .iter()
            .filter_map(|p| p.strip_prefix(dir).ok())
            .map(|p| p.to_string_lossy().replace('\\', "/"))
            .collect();
        let before = self.formats.get(format).cloned().unwrap_or_default();
        if !remove {
            now.extend(
                before
                    .iter()
                    .filter(|b| !now.contains(b))
                    .cloned()
                    .collect::<Vec<_>>(),
            );
            now.sort();
            self.formats.insert(format.to_string(), now);
            return Vec::new();
        }
        self.formats.insert(format.to_string(), now.clone());
        let mut removed = Vec::new();
        for old in before {
            // Only plain relative paths inside the folder, never one written this time.
            let safe = !old.is_empty()
                && !old.starts_with('/')
                && !old.split('/').any(|c| c == ".." || c.is_empty());
            if !safe || now.contains(&old) {
                continue;
            }
            let path = dir.join(&old);
            if path.is_file() && std::fs::remove_file(&path).is_ok() {
                removed.push(path);
            }
        }
        removed
    }

    /// Writes the manifest into `dir`.
    pub fn write(&self, dir: &Path) -> Result<()> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        write_atomic(&dir.join(Self::FILE), &bytes)
    }
}
