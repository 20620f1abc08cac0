//! The output folder as a user's scripts see it: all formats or none, one build at a time,
//! nothing temporary left behind, and outputs of topics that are gone removed, never a file
//! deckhand did not write.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn deckhand(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .current_dir(dir)
        .args(args)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .expect("deckhand runs")
}

fn build(dir: &Path) -> Output {
    deckhand(dir, &["build", "notes", "-o", "out"])
}

fn note(dir: &Path, name: &str, text: &str) {
    let p = dir.join("notes").join(name);
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

/// Every file under `dir`, relative, sorted.
fn files(dir: &Path) -> Vec<String> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                out.push(p.strip_prefix(root).unwrap().display().to_string());
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

fn no_temporaries(dir: &Path) {
    let left: Vec<String> = files(dir)
        .into_iter()
        .filter(|f| f.contains(".deckhand-") && f.ends_with(".tmp"))
        .collect();
    assert!(left.is_empty(), "temporary files left: {left:?}");
}

fn ok(out: &Output) {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_failing_format_leaves_every_earlier_output_as_it_was() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "go.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    ok(&build(dir));
    let before: Vec<(String, Vec<u8>)> = files(&dir.join("out"))
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join("out").join(&f)).unwrap();
            (f, bytes)
        })
        .collect();
    // The notes change, and the PDF folder cannot be written (a file stands in its place).
    note(dir, "go.md", "# Go\n\n## 什么是 GMP？\n\nG 是协程。\n");
    std::fs::remove_dir_all(dir.join("out/pdf")).unwrap();
    std::fs::write(dir.join("out/pdf"), "in the way").unwrap();
    let out = build(dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pdf"), "{err}");
    for (f, bytes) in &before {
        if f.starts_with("pdf") {
            continue;
        }
        assert_eq!(
            &std::fs::read(dir.join("out").join(f)).unwrap(),
            bytes,
            "{f} changed although the build failed"
        );
    }
    no_temporaries(dir);
}

#[test]
fn outputs_of_a_renamed_topic_are_removed_but_never_a_users_file() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "a.md", "# 网络\n\n## 什么是 TCP？\n\n传输控制协议。\n");
    ok(&build(dir));
    assert!(dir.join("out/pdf/Networking.pdf").is_file());
    std::fs::write(dir.join("out/pdf/my-own.pdf"), "mine").unwrap();
    note(dir, "a.md", "# 协议\n\n## 什么是 TCP？\n\n传输控制协议。\n");
    let out = build(dir);
    ok(&out);
    assert!(dir.join("out/pdf/协议.pdf").is_file());
    assert!(
        !dir.join("out/pdf/Networking.pdf").exists(),
        "stale PDF kept"
    );
    assert!(
        dir.join("out/pdf/my-own.pdf").is_file(),
        "a user's file was removed"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("removed out/pdf/Networking.pdf"));
    // A build of one format leaves the others' files alone.
    let out = deckhand(dir, &["build", "notes", "-o", "out", "--format", "json"]);
    ok(&out);
    assert!(dir.join("out/pdf/协议.pdf").is_file());
    assert!(dir.join("out/Notes.apkg").is_file());
}

#[test]
fn temporaries_a_killed_build_left_are_cleared_and_nothing_else() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "a.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    for p in ["out/.deckhand-1a2b.tmp", "out/pdf/.deckhand-3c4d.tmp"] {
        let p = dir.join(p);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, "half").unwrap();
    }
    std::fs::write(dir.join("out/.deckhand-notes.txt"), "mine").unwrap();
    ok(&build(dir));
    no_temporaries(dir);
    assert!(dir.join("out/.deckhand-notes.txt").is_file());
}

#[cfg(unix)]
#[test]
fn a_second_build_into_the_same_folder_waits_for_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "a.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    let out_dir = dir.join("out");
    let held = deckhand::fsutil::FolderLock::acquire(&out_dir, || {}).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .current_dir(dir)
        .args(["build", "notes", "-o", "out", "--format", "json"])
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    assert!(
        !out_dir.join("cards.json").exists(),
        "wrote while another build held the folder"
    );
    drop(held);
    let out = child.wait_with_output().unwrap();
    ok(&out);
    assert!(out_dir.join("cards.json").is_file());
    assert!(String::from_utf8_lossy(&out.stderr).contains("waiting"));
}

#[cfg(unix)]
#[test]
fn sigint_and_sigterm_leave_no_temporary_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Enough notes that the build is still writing when the signal comes.
    let mut text = String::from("# Big\n\n");
    for i in 0..3000 {
        text.push_str(&format!(
            "## 问题 {i}：什么是第 {i} 个概念？\n\n第 {i} 个概念的解释，足够长的一段话。\n\n"
        ));
    }
    for n in 0..2 {
        note(
            dir,
            &format!("n{n}.md"),
            &text.replace("Big", &format!("Big{n}")),
        );
    }
    // Early (reading notes), and later (while the formats are being staged).
    for (signal, after) in [("-INT", 300), ("-INT", 1500), ("-TERM", 2500)] {
        let child = Command::new(env!("CARGO_BIN_EXE_deckhand"))
            .current_dir(dir)
            .args(["build", "notes", "-o", "out", "-q"])
            .spawn()
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(after));
        let _ = Command::new("kill")
            .args([signal, &child.id().to_string()])
            .status();
        let out = child.wait_with_output().unwrap();
        assert!(
            matches!(out.status.code(), Some(0) | Some(130)),
            "{signal}: {:?}",
            out.status
        );
        no_temporaries(dir);
    }
}

#[test]
fn the_manifest_lists_what_each_format_wrote() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "a.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    ok(&build(dir));
    let m: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("out/.deckhand-manifest.json")).unwrap())
            .unwrap();
    assert_eq!(m["formats"]["json"][0], "cards.json");
    assert_eq!(m["formats"]["anki"][0], "Notes.apkg");
    assert_eq!(m["formats"]["pdf"][0], "pdf/Go.pdf");
    let lock: PathBuf = dir.join("out/deckhand.lock");
    assert!(lock.is_file());
    assert!(
        !m.to_string().contains("deckhand.lock"),
        "the lock is state, not an output"
    );
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_skipped_named_and_nothing_of_it_is_lost() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "go.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    note(
        dir,
        "net.md",
        "# 网络\n\n## 什么是 TCP？\n\n传输控制协议。\n",
    );
    ok(&build(dir));
    // net.md becomes unreadable (a link to nothing); go.md changes.
    std::fs::remove_file(dir.join("notes/net.md")).unwrap();
    symlink(dir.join("gone.md"), dir.join("notes/net.md")).unwrap();
    note(dir, "go.md", "# Go\n\n## 什么是 GMP？\n\nG 是协程。\n");
    let out = build(dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("notes/net.md") && err.contains("skipped"),
        "{err}"
    );
    assert_eq!(
        err.matches("No such file").count(),
        1,
        "the OS error once: {err}"
    );
    // The rest was built; the unread file's note and PDF stay, untagged.
    let cards = std::fs::read_to_string(dir.join("out/cards.json")).unwrap();
    assert!(cards.contains("G 是协程"));
    assert!(dir.join("out/pdf/Networking.pdf").is_file());
    let lock = std::fs::read_to_string(dir.join("out/deckhand.lock")).unwrap();
    assert!(
        lock.contains("什么是 TCP？") && !lock.contains("\"removed\": true"),
        "{lock}"
    );
    let plan = deckhand(dir, &["plan", "notes", "-o", "out"]);
    assert!(String::from_utf8_lossy(&plan.stdout).contains("0 removed"));
}

#[cfg(unix)]
#[test]
fn links_are_followed_inside_the_notes_folder_only() {
    use std::os::unix::fs::symlink;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    note(dir, "real/go.md", "# Go\n\n## 什么是 GMP？\n\nG、M、P。\n");
    std::fs::create_dir_all(dir.join("elsewhere")).unwrap();
    std::fs::write(
        dir.join("elsewhere/secret.md"),
        "# S\n\n## 秘密？\n\n不该读到。\n",
    )
    .unwrap();
    symlink(dir.join("notes/real"), dir.join("notes/alias")).unwrap();
    symlink(dir.join("elsewhere"), dir.join("notes/outside")).unwrap();
    symlink(dir.join("notes"), dir.join("notes/real/loop")).unwrap();
    let out = deckhand(dir, &["cards", "notes"]);
    let err = String::from_utf8_lossy(&out.stderr);
    let cards = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        !cards.contains("秘密"),
        "a link out of the folder was followed"
    );
    assert!(
        err.contains("notes/outside") && err.contains("outside the notes folder"),
        "{err}"
    );
    assert!(err.contains("loop"), "{err}");
    // Inside the folder, a link is followed: the note is read under both names.
    assert!(cards.contains("notes/alias/go.md") && cards.contains("notes/real/go.md"));
    let v: serde_json::Value = serde_json::from_str(&cards).unwrap();
    let kinds: Vec<&str> = v["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|w| w["kind"].as_str())
        .collect();
    assert!(kinds.contains(&"symlink"), "{kinds:?}");
}
