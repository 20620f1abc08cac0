//! The command-line contract scripts rely on (DESIGN.md): exit codes, stdout carrying only
//! requested data, diagnostics on stderr naming file and line, deterministic outputs.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn deckhand(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .args(args)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("deckhand runs")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures")
}

fn fx(name: &str) -> String {
    fixtures().join(name).display().to_string()
}

#[test]
fn cards_prints_only_json_on_stdout() {
    let out = deckhand(&["cards", &fx("gbk.txt")]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    assert_eq!(v["version"], 1);
    assert_eq!(v["cards"][0]["question"], "进程和线程的区别？");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("gbk.txt") && err.contains("gb18030"), "{err}");
}

#[test]
fn a_folder_without_notes_says_what_it_skipped_and_how_to_read_it() {
    // A log saved without an extension is skipped in a folder walk: the warning names it and
    // says how to read it; named on the command line, it is read.
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("log");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("interview-01"),
        "/java\nWhat is a volatile field?\n- reads and writes go to main memory\n\n\
         /spring\nWhat is a bean?\n- an object the container manages\n",
    )
    .unwrap();
    let out = deckhand(&["cards", &dir.display().to_string()]);
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("no notes here")
            && err.contains("interview-01")
            && err.contains("1 other file"),
        "{err}"
    );
    let named = deckhand(&["cards", &dir.join("interview-01").display().to_string()]);
    let v: serde_json::Value = serde_json::from_slice(&named.stdout).expect("stdout is JSON");
    assert_eq!(v["cards"][0]["question"], "What is a volatile field?");
    assert_eq!(v["cards"][0]["topic"], "Java");
}

#[test]
fn missing_input_is_exit_1_naming_the_path() {
    let out = deckhand(&["cards", "/no/such/notes.md"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/notes.md"));
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(
        deckhand(&["build", &fx("setext.md"), "--format", "docx"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(deckhand(&["cards"]).status.code(), Some(2));
    assert_eq!(deckhand(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(
        deckhand(&["build", &fx("setext.md"), "--columns", "7"])
            .status
            .code(),
        Some(2)
    );
}

#[test]
fn output_path_that_is_a_file_is_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("taken");
    std::fs::write(&file, "x").unwrap();
    let out = deckhand(&[
        "build",
        &fx("setext.md"),
        "-o",
        file.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a directory"));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "x",
        "nothing overwritten"
    );
}

#[test]
fn build_json_is_deterministic_and_leaves_no_temp_files() {
    let dir = tempfile::tempdir().unwrap();
    let run = |d: &Path| {
        let out = deckhand(&[
            "build",
            fixtures().to_str().unwrap(),
            "-o",
            d.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        std::fs::read(d.join("cards.json")).unwrap()
    };
    let a = run(&dir.path().join("a"));
    let b = run(&dir.path().join("b"));
    assert_eq!(a, b);
    let mut names: Vec<String> = std::fs::read_dir(dir.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, vec![".deckhand-manifest.json", "cards.json"]);
}

#[test]
fn check_lists_unanswered_with_file_and_line() {
    let out = deckhand(&["check", &fx("h1-topics-mixed-levels.md")]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Unanswered questions (5)"), "{text}");
    assert!(
        text.contains("h1-topics-mixed-levels.md:11  页面置换算法"),
        "{text}"
    );
    assert!(text.contains("Duplicates (1)"), "{text}");
    let out = deckhand(&[
        "check",
        &fx("h1-topics-mixed-levels.md"),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["unanswered"].as_array().unwrap().len(), 5);
    assert_eq!(v["unanswered"][0]["line"], 11);
}

#[test]
fn stdin_is_read_with_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .args(["cards", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all("## Go\n\n### 什么是 GMP？\n\n调度模型。\n".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["cards"][0]["topic"], "Go");
    assert_eq!(v["cards"][0]["source"]["path"], "-");
}

#[test]
fn bad_config_names_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let cfg = dir.path().join("deckhand.toml");
    std::fs::write(&cfg, "deck = \"x\"\n[aliases\n").unwrap();
    let out = deckhand(&["cards", &fx("setext.md"), "--config", cfg.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("deckhand.toml") && err.contains("line 2"),
        "{err}"
    );
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    let out = deckhand(&["completions", "bash"]);
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.contains("--include-unanswered") && s.contains("deckhand"),
        "{s}"
    );
    let out = deckhand(&["man"]);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(
        s.starts_with(".ie") || s.contains(".TH deckhand"),
        "{}",
        &s[..s.len().min(200)]
    );
}

#[cfg(unix)]
#[test]
fn stderr_full_or_stdout_closed_is_never_a_panic() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .expect("/dev/full");
    let out = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .args(["check", "/no/such/notes.md"])
        .stderr(full)
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(1),
        "an error, reported as well as it can be"
    );
    // A reader that stops early (`| head -c1`) ends the run quietly with 0.
    let mut child = Command::new(env!("CARGO_BIN_EXE_deckhand"))
        .args(["cards", &fx("rules")])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    drop(child.stdout.take());
    assert_eq!(child.wait().expect("wait").code(), Some(0));
}

#[test]
fn control_characters_from_names_and_notes_are_escaped() {
    let dir = tempfile::tempdir().expect("tmp");
    let name = dir.path().join("evil\u{1b}[2J\u{7}.md");
    std::fs::write(&name, "# T\n\n## Q?\n\nA\n\n## Q?\n\nB\n").expect("write");
    let out = deckhand(&["check", &name.display().to_string()]);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    for text in [&stdout, &stderr] {
        assert!(
            !text.contains('\u{1b}') && !text.contains('\u{7}'),
            "{text:?}"
        );
    }
    assert!(stdout.contains("evil\\u{1b}[2J\\u{7}.md"), "{stdout}");
}
