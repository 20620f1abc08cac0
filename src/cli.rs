//! The command line: argument parsing (clap derive) and the thin commands. Each command
//! parses, calls the library, and prints; all the work is in the library. This module is
//! part of the binary only: scripts that use deckhand as a crate see the library.

use clap::{Args, Parser, Subcommand, ValueEnum};
use deckhand::config::Config;
use deckhand::export::{ExportOptions, Exporter};
use deckhand::model::Deck;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

const EXAMPLES: &str = "\
Examples:
  deckhand build notes/ -o out                   Anki deck, PDFs and cards.json in out/
  deckhand build notes/ -o out --format anki --deck 面试
  deckhand build a.md b.txt -o out --format pdf --columns 3 --paper letter
  deckhand check notes/                          cards per topic, unanswered questions
  deckhand cards notes/ | jq '.cards[].question' the model as JSON
  deckhand plan notes/ -o out                    what re-importing out/Notes.apkg changes
  cat note.md | deckhand cards -                 read stdin

Notes are read as written: headings that are questions, 1、/一、 numbering, Q:/A: and
问：/答： pairs, bold questions, <details>, plain-text lists, prose in code fences.";

#[derive(Debug, Parser)]
#[command(
    name = "deckhand",
    version,
    about = "Turn free-form study notes into Anki decks, PDF cheat-sheets and JSON",
    after_help = EXAMPLES,
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract cards and write Anki, PDF and/or JSON outputs
    Build(BuildArgs),
    /// Report cards per topic, unanswered questions, duplicates and warnings
    Check(CheckArgs),
    /// Print the card model (JSON, version 1) on stdout
    Cards(InputArgs),
    /// Show what each block of a note became (title, topic, question, answer, unused) and
    /// which rule decided it
    Explain(ExplainArgs),
    /// Show what importing the next Anki package would change (new, updated, reworded,
    /// moved, removed); writes nothing
    Plan(PlanArgs),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on stdout
    Man,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The note file (or a folder: every note in it)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Settings file (default: ./deckhand.toml when present)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print the block tree deckhand read instead (headings, items, paragraphs)
    #[arg(long)]
    pub tree: bool,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Note files or folders (.md, .markdown, .txt, searched recursively); `-` for stdin
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// Settings file (default: ./deckhand.toml when present)
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Print no warnings on stderr
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum Format {
    Anki,
    Pdf,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Split {
    /// One package per topic under DIR/anki/
    Topic,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    A4,
    Letter,
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output folder
    #[arg(short, long, value_name = "DIR", default_value = "out")]
    pub output: PathBuf,
    /// Formats to write, comma-separated
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "anki,pdf,json"
    )]
    pub format: Vec<Format>,
    /// Top-level Anki deck name (default: config `deck`, else "Notes")
    #[arg(long, value_name = "NAME")]
    pub deck: Option<String>,
    /// Write one Anki package per topic
    #[arg(long, value_enum)]
    pub split: Option<Split>,
    /// Also export questions that have no answer yet
    #[arg(long)]
    pub include_unanswered: bool,
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// PDF paper size
    #[arg(long, value_enum)]
    pub paper: Option<Paper>,
    /// PDF columns per page
    #[arg(long, value_parser = clap::value_parser!(u8).range(1..=3))]
    pub columns: Option<u8>,
    /// PDF body font size in points
    #[arg(long, value_name = "PT")]
    pub font_size: Option<f32>,
    /// PDF text font (TTF/OTF) instead of the bundled Noto Sans CJK SC subset
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
    /// PDF monospace font instead of the bundled Noto Sans Mono CJK SC subset
    #[arg(long, value_name = "FILE")]
    pub mono_font: Option<PathBuf>,
    /// Print a JSON summary (files written, counts, warnings) on stdout
    #[arg(long)]
    pub json: bool,
}

/// Where Anki identities are kept between builds.
#[derive(Debug, Args)]
pub struct IdentityArgs {
    /// Lock file that keeps each note's identity between builds (default: DIR/deckhand.lock)
    #[arg(long, value_name = "FILE")]
    pub lock: Option<PathBuf>,
    /// Forget questions gone from the notes instead of writing them tagged deckhand::removed
    #[arg(long)]
    pub prune_removed: bool,
}

#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output folder of the build to compare with (where its deckhand.lock is)
    #[arg(short, long, value_name = "DIR")]
    pub output: PathBuf,
    #[command(flatten)]
    pub identity: IdentityArgs,
    /// Count questions that have no answer yet, as `build --include-unanswered` does
    #[arg(long)]
    pub include_unanswered: bool,
    /// Report format
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Report format
    #[arg(long, value_enum, default_value = "text")]
    pub format: ReportFormat,
}

/// Runs the command line; returns the process exit status.
pub fn run() -> i32 {
    let cli = Cli::parse();
    match dispatch(cli) {
        Ok(()) => 0,
        Err(e) => {
            // stderr may be closed or full: nothing more to do then, but never a panic.
            let _ = writeln!(
                std::io::stderr(),
                "deckhand: error: {}",
                printable(&format!("{e:#}"))
            );
            1
        }
    }
}

fn dispatch(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Build(a) => build(a),
        Command::Check(a) => check(a),
        Command::Plan(a) => plan(a),
        Command::Cards(a) => cards(a),
        Command::Explain(a) => {
            let config = Config::discover(a.config.as_deref())?;
            write_stdout(&printable(&deckhand::explain::explain_file(
                &a.file, &config, a.tree,
            )?))
        }
        Command::Completions { shell } => {
            let mut cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_complete::generate(shell, &mut cmd, "deckhand", &mut buf);
            write_stdout(&String::from_utf8_lossy(&buf))
        }
        Command::Man => {
            let cmd = <Cli as clap::CommandFactory>::command();
            let mut buf = Vec::new();
            clap_mangen::Man::new(cmd).render(&mut buf)?;
            write_stdout(&String::from_utf8_lossy(&buf))
        }
    }
}

fn load(input: &InputArgs) -> anyhow::Result<(Deck, Config)> {
    let config = Config::discover(input.config.as_deref())?;
    let bar = progress_bar(input.quiet);
    let deck = deckhand::pipeline::build_deck_with_progress(&input.inputs, &config, &|n| {
        if n > 0 {
            bar.set_length(n as u64);
        } else {
            bar.inc(1);
        }
    })?;
    bar.finish_and_clear();
    // Nothing could be read at all: that is the error, and there is nothing to write.
    if !deck.failed.is_empty() && deck.coverage.is_empty() && deck.cards.is_empty() {
        let unreadable: Vec<String> = deck
            .warnings
            .iter()
            .filter(|w| w.kind == deckhand::model::WarningKind::Unreadable)
            .map(ToString::to_string)
            .collect();
        anyhow::bail!("{}", unreadable.join("\ndeckhand: error: "));
    }
    Ok((deck, config))
}

/// A progress bar on stderr, shown only on a terminal (never in pipes, logs or CI) and only
/// once a run lasts long enough to need one.
fn progress_bar(quiet: bool) -> indicatif::ProgressBar {
    if quiet || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(0),
        indicatif::ProgressDrawTarget::stderr_with_hz(10),
    );
    let style =
        indicatif::ProgressStyle::with_template("{spinner} {msg:16} [{bar:30}] {pos}/{len}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
    bar.set_style(if std::env::var_os("NO_COLOR").is_some() {
        style
    } else {
        style.progress_chars("=> ")
    });
    bar.set_message("reading");
    bar
}

fn print_warnings(warnings: &[deckhand::model::Warning], quiet: bool) {
    if quiet {
        return;
    }
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let mut err = std::io::stderr().lock();
    for w in warnings {
        let w = printable(&w.to_string()).into_owned();
        let _ = if color {
            writeln!(err, "\x1b[33mwarning\x1b[0m: {w}")
        } else {
            writeln!(err, "warning: {w}")
        };
    }
}

/// Text from notes and file names, safe for a terminal: control characters (escape
/// sequences, carriage returns, bells) and bidirectional overrides are shown as `\u{1b}`;
/// line breaks and tabs stay.
pub fn printable(s: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        (c.is_control() && c != '\n' && c != '\t')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !s.chars().any(hidden) {
        return s.into();
    }
    s.chars()
        .map(|c| {
            if hidden(c) {
                format!("\\u{{{:x}}}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

fn cards(a: InputArgs) -> anyhow::Result<()> {
    let (deck, _) = load(&a)?;
    print_warnings(&deck.warnings, a.quiet);
    write_stdout(&deckhand::export::json::to_json(&deck))?;
    all_read(&deck)
}

/// Exit status 1 when some input could not be read, after everything else was done.
fn all_read(deck: &Deck) -> anyhow::Result<()> {
    match deck.failed.len() {
        0 => Ok(()),
        1 => anyhow::bail!("1 input could not be read (see its warning); the rest was used"),
        n => anyhow::bail!("{n} inputs could not be read (see their warnings); the rest was used"),
    }
}

fn check(a: CheckArgs) -> anyhow::Result<()> {
    let (deck, _) = load(&a.input)?;
    let report = deckhand::check::report(&deck);
    match a.format {
        ReportFormat::Text => write_stdout(&printable(&deckhand::check::render_text(&report)))?,
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&report)?;
            s.push('\n');
            write_stdout(&s)?
        }
    }
    all_read(&deck)
}

#[cfg(feature = "anki")]
fn plan(a: PlanArgs) -> anyhow::Result<()> {
    use deckhand::export::anki::{lock::Lock, plan};
    let (mut deck, _) = load(&a.input)?;
    let opts = ExportOptions {
        include_unanswered: a.include_unanswered,
        lock: a.identity.lock.clone(),
        prune_removed: a.identity.prune_removed,
        ..Default::default()
    };
    let lock = Lock::read(&deckhand::export::anki::lock_path(&a.output, &opts))?;
    let mut warnings = Vec::new();
    let plan = plan::plan(&deck, &opts, &lock, &mut warnings);
    deck.warnings.extend(warnings);
    print_warnings(&deck.warnings, a.input.quiet);
    match a.format {
        ReportFormat::Text => write_stdout(&printable(&plan::render_text(&plan)))?,
        ReportFormat::Json => {
            let mut s = serde_json::to_string_pretty(&plan)?;
            s.push('\n');
            write_stdout(&s)?
        }
    }
    all_read(&deck)
}

#[cfg(not(feature = "anki"))]
fn plan(_: PlanArgs) -> anyhow::Result<()> {
    anyhow::bail!("this deckhand was built without the anki feature")
}

fn write_stdout(s: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(s.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

fn build(a: BuildArgs) -> anyhow::Result<()> {
    deckhand::fsutil::remove_temporaries_on_signal();
    let (mut deck, config) = load(&a.input)?;
    let mut opts = export_options(&a, &config);
    let mut export_warnings = Vec::new();
    // Fonts are checked before anything is written; one that cannot be used is a warning.
    #[cfg(feature = "pdf")]
    if a.format.contains(&Format::Pdf) {
        deckhand::export::pdf::checked_font_set(&mut opts.pdf, &mut export_warnings);
    }
    // One build at a time per output folder; what a killed build left is cleared first.
    let quiet = a.input.quiet;
    let _folder = deckhand::fsutil::FolderLock::acquire(&a.output, || {
        if !quiet {
            let _ = writeln!(
                std::io::stderr(),
                "deckhand: another build is writing into {}; waiting for it to finish",
                printable(&a.output.display().to_string())
            );
        }
    })?;
    let out = &a.output;
    deckhand::fsutil::remove_stale_temporaries(&[out, &out.join("anki"), &out.join("pdf")]);
    let mut formats = a.format.clone();
    formats.sort();
    formats.dedup();
    // Every format is staged first; only when all succeeded are the files renamed into
    // place, so a failure leaves the earlier outputs exactly as they were.
    let mut staged = Vec::new();
    let bar = progress_bar(quiet);
    bar.set_length(formats.len() as u64);
    for f in formats {
        let exporter = exporter(f);
        bar.set_message(format!("writing {}", exporter.name()));
        let mut files = deckhand::export::Staged::new();
        exporter
            .stage(&deck, out, &opts, &mut export_warnings, &mut files)
            .map_err(|e| anyhow::anyhow!("{} export failed: {e}", exporter.name()))?;
        staged.push((exporter.name(), files));
        bar.inc(1);
    }
    bar.finish_and_clear();
    #[cfg(feature = "anki")]
    let identity_lock = Some(deckhand::export::anki::lock_path(out, &opts));
    #[cfg(not(feature = "anki"))]
    let identity_lock: Option<PathBuf> = None;
    let mut manifest = deckhand::fsutil::Manifest::read(out);
    let mut written = Vec::new();
    let mut removed = Vec::new();
    for (name, files) in staged {
        let paths = files.commit()?;
        // The identity lock is state, not an output to clean up.
        let outputs: Vec<PathBuf> = paths
            .iter()
            .filter(|p| identity_lock.as_deref() != Some(p.as_path()))
            .cloned()
            .collect();
        // With an input unread, a missing topic may only be unread: nothing is removed.
        removed.extend(manifest.replace(out, name, &outputs, deck.failed.is_empty()));
        written.extend(paths);
    }
    manifest.write(out)?;
    deck.warnings.extend(export_warnings);
    print_warnings(&deck.warnings, a.input.quiet);
    if a.json {
        let summary = serde_json::json!({
            "written": written.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "removed": removed.iter().map(|p| p.display().to_string()).collect::<Vec<_>>(),
            "cards": deck.cards.len(),
            "answered": deck.cards.iter().filter(|c| c.is_answered()).count(),
            "topics": deck.topics,
            "warnings": deck.warnings,
        });
        write_stdout(&format!("{}\n", serde_json::to_string_pretty(&summary)?))?;
    } else if !a.input.quiet {
        for p in &written {
            let _ = writeln!(
                std::io::stderr(),
                "wrote {}",
                printable(&p.display().to_string())
            );
        }
        for p in &removed {
            let _ = writeln!(
                std::io::stderr(),
                "removed {} (its topic is gone)",
                printable(&p.display().to_string())
            );
        }
    }
    all_read(&deck)
}

fn export_options(a: &BuildArgs, config: &Config) -> ExportOptions {
    let mut o = ExportOptions {
        deck_name: a
            .deck
            .clone()
            .or_else(|| config.deck.clone())
            .unwrap_or_else(|| "Notes".into()),
        include_unanswered: a.include_unanswered,
        split_by_topic: a.split == Some(Split::Topic),
        lock: a.identity.lock.clone(),
        prune_removed: a.identity.prune_removed,
        ..Default::default()
    };
    let p = &config.pdf;
    if let Some(paper) = a.paper.map(|p| match p {
        Paper::A4 => "a4",
        Paper::Letter => "letter",
    }) {
        o.pdf.paper = paper.into();
    } else if let Some(paper) = &p.paper {
        o.pdf.paper = paper.to_lowercase();
    }
    if let Some(c) = a.columns.or(p.columns) {
        o.pdf.columns = c.clamp(1, 3);
    }
    if let Some(s) = a.font_size.or(p.font_size) {
        o.pdf.font_size = s.clamp(5.0, 24.0);
    }
    o.pdf.font = a.font.clone().or_else(|| p.font.clone());
    o.pdf.mono_font = a.mono_font.clone().or_else(|| p.mono_font.clone());
    o
}

/// The exporter for a `--format` value.
pub fn exporter(f: Format) -> Box<dyn Exporter> {
    match f {
        Format::Json => Box::new(deckhand::export::json::Json),
        #[cfg(feature = "anki")]
        Format::Anki => Box::new(deckhand::export::anki::Anki),
        #[cfg(feature = "pdf")]
        Format::Pdf => Box::new(deckhand::export::pdf::Pdf),
        #[allow(unreachable_patterns)] // reachable when a format's feature is off
        _ => Box::new(NotCompiled(f)),
    }
}

/// A format whose cargo feature was left out of this build.
struct NotCompiled(Format);

impl Exporter for NotCompiled {
    fn name(&self) -> &'static str {
        match self.0 {
            Format::Anki => "anki",
            Format::Pdf => "pdf",
            Format::Json => "json",
        }
    }
    fn stage(
        &self,
        _: &Deck,
        _: &std::path::Path,
        _: &ExportOptions,
        _: &mut Vec<deckhand::model::Warning>,
        _: &mut deckhand::export::Staged,
    ) -> deckhand::error::Result<()> {
        Err(deckhand::error::Error::Other(
            "this format is not built yet".into(),
        ))
    }
}
