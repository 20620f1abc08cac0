//! Extract: the block tree of a note becomes cards, by named rules.
//!
//! - [`decide`]: which nodes are topics, questions and answers, decided per group of
//!   siblings (the one mechanism every layout goes through).
//! - [`pairs`]: explicit pairs (`Q:`/`A:`, `问：`/`答：`, `<details>`, callouts).
//! - [`shape`]: the features of a head the decisions compare.
//! - [`rules`]: the registry of rule names and what each decides.
//! - [`lines`]: line helpers every rule shares.
//!
//! This module assembles the decided drafts into question and answer text (splitting a
//! question from an answer on the same line), and accounts for every line: each non-blank
//! line is in a card or in an unused stretch with its reason.

pub(crate) mod decide;
pub mod lines;
pub(crate) mod pairs;
pub mod rules;
pub(crate) mod shape;
pub(crate) mod subjects;
pub(crate) mod subq;

use crate::clean::{clean, Cleaned};
use crate::ingest::Note;
use crate::model::Warning;
use crate::outline::{self, Kind, Node};
use crate::topic::Topics;
pub use decide::Reason;
use decide::{Draft, Walker};
use lines::{dedent, is_blank, trim, trim_blank_lines, unquote};
use rules::Rule;
use std::ops::Range;

/// A card before identity and topic canonicalisation are settled.
#[derive(Debug, Clone, PartialEq)]
pub struct RawCard {
    /// Topic as written (canonicalised later).
    pub topic: String,
    /// Question as written (cleaned later).
    pub question: String,
    /// Answer Markdown.
    pub answer: String,
    /// 0-based body line of the question.
    pub line: usize,
    /// 0-based body line of the last answer line (inclusive).
    pub last_line: usize,
    /// The [`Rule`] that made the card, by name.
    pub rule: &'static str,
}

/// A stretch of lines in no card (0-based body lines, end exclusive).
#[derive(Debug, Clone, PartialEq)]
pub struct Unused {
    /// The lines (0-based body lines, end exclusive).
    pub lines: Range<usize>,
    /// Why no card holds them.
    pub reason: Reason,
}

/// One decision, for `deckhand explain`.
#[derive(Debug, Clone, PartialEq)]
pub struct Trace {
    /// 0-based body line the decision is about.
    pub line: usize,
    /// The rule that decided.
    pub rule: Rule,
    /// What it decided, in words.
    pub what: String,
}

/// Everything extraction learned about one note.
#[derive(Debug, Default)]
pub struct Extraction {
    /// The cards, in note order.
    pub cards: Vec<RawCard>,
    /// Problems worth telling the author (a located message each).
    pub warnings: Vec<Warning>,
    /// Stretches of lines in no card.
    pub unused: Vec<Unused>,
    /// Every decision, for `deckhand explain`.
    pub trace: Vec<Trace>,
    /// Number of non-blank body lines.
    pub nonblank: usize,
    /// What each body line became.
    pub roles: Vec<Role>,
}

/// What a line became: part of a card's question or answer (by card index), or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// In no card.
    None,
    /// In the question of card `i`.
    Question(usize),
    /// In the answer of card `i`.
    Answer(usize),
}

/// Runs clean → outline → decisions on one note (lines in the result are 0-based body lines;
/// warnings carry 1-based file lines).
pub fn extract_note(note: &Note, topics: &Topics, config: &crate::config::Config) -> Extraction {
    let cleaned = cleaned(note);
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let root = tree(note, &cleaned, &lines);
    let (mut hints, hint_errors) =
        crate::hints::for_note(&note.display, note.meta.hints.as_ref(), config);
    let original: Vec<&str> = note.text.split('\n').collect();
    hints.read_marks(&original);
    let mut walker = Walker::new(&lines)
        .with_topics(topics)
        .with_hints(&hints)
        .with_raw(&original);
    let subject = named_subject(&file_topic(note), topics);
    walker.root(&root, &subject);
    let decided = walker.out;

    let mut warnings: Vec<Warning> = cleaned
        .notes
        .iter()
        .map(|(l, m)| Warning {
            path: note.display.clone(),
            line: l + note.line_offset + 1,
            message: m.clone(),
            kind: crate::model::WarningKind::Structure,
        })
        .collect();
    warnings.extend(hint_errors.into_iter().map(|message| Warning {
        path: note.display.clone(),
        line: 0,
        message,
        kind: crate::model::WarningKind::Hint,
    }));
    let mut drafts = decided.drafts;
    let mut traced = decided.trace;
    if let Some(t) = &hints.topic {
        for d in &mut drafts {
            d.topic.clone_from(t);
        }
    }
    // (Lines that already head a card are not sub-questions of another one.)
    let heads: std::collections::HashSet<usize> = drafts.iter().map(|d| d.head.start).collect();
    // Cards found inside an answer (terms, questions nested in it), by the line that heads
    // them: a line inside two answers (a heading's whole text and an item's within it)
    // gives one card, the one of the closer answer.
    let mut inner: std::collections::BTreeMap<usize, (usize, Draft, &str)> = Default::default();
    // (None of them is a line of code: `- 第一个参数：…` in a comment inside a fence.)
    let code = lines::fenced_lines(&lines);
    let mut kept: Vec<Draft> = Vec::with_capacity(drafts.len());
    for d in drafts {
        let span: usize = d.body.iter().map(|r| r.len()).sum();
        let nested = subq::nested_terms(&d, &lines, &heads);
        let mut asked = subq::nested_questions(&d, &lines, &heads);
        asked.extend(subq::asked_in_block(&d, &lines, &heads));
        asked.extend(subq::prompted_items(&d, &lines, &heads));
        asked.extend(subq::callout_questions(&d, &lines, &heads));
        let concepts = subq::nested_concepts(&d, &lines, &heads);
        let parts = subq::split(d, &lines, &heads);
        for p in parts.iter().skip(1) {
            let what = if p.rule == Rule::Explained {
                "a name closing the answer above, not written up yet"
            } else if p.rule == Rule::Numbered {
                "a question closing the answer above, not answered yet"
            } else if p.body.is_empty() {
                "one more question of the list, written where an answer would be"
            } else {
                "a sub-question (lettered, or marked `Q:`) with its own answer"
            };
            traced.push((p.head.start, p.rule, what.into()));
        }
        kept.extend(parts);
        let found = nested
            .into_iter()
            .map(|t| (t, "a term defined inside an answer, a card of its own"))
            .chain(
                concepts
                    .into_iter()
                    .map(|t| (t, "a concept explained inside an answer, a card of its own")),
            )
            .chain(asked.into_iter().map(|q| {
                (
                    q,
                    "a question nested in an answer, with its own answer under it",
                )
            }));
        for (sub, why) in
            found.filter(|(sub, _)| !code.get(sub.head.start).copied().unwrap_or(false))
        {
            let closer = inner.get(&sub.head.start).is_none_or(|(s, _, _)| span < *s);
            if closer {
                inner.insert(sub.head.start, (span, sub, why));
            }
        }
    }
    for (line, (_, sub, why)) in inner {
        traced.push((line, sub.rule, why.into()));
        kept.push(sub);
    }
    let mut drafts = kept;
    drafts.sort_by_key(|d| d.head.start);
    let mut unused: Vec<(Range<usize>, Reason)> = decided.unused;
    if markdown_name(note) && hints.topic.is_none() {
        for (line, name) in subjects::subject_lines(&lines, &mut drafts, &subject) {
            let why = format!("«{name}» names the numbered questions after it");
            traced.push((line, Rule::SectionLine, why));
            unused.push((line..line + 1, Reason::TopicLine));
        }
    }
    unused.extend(hints.mark_lines.iter().map(|&l| (l..l + 1, Reason::Hint)));
    let mut made: Vec<(RawCard, Draft)> = Vec::with_capacity(drafts.len());
    let fenced = lines::fenced_lines(&lines);
    let indented = if is_markdown(note, &lines) {
        lines::indented_code_lines(&cleaned.text, lines.len(), &cleaned.markdown_prose())
    } else {
        vec![false; lines.len()]
    };
    // (Prose the cleaner found indented under a heading: dedented as a block in answers.)
    let mut prose = vec![false; lines.len()];
    for &(s, e) in &cleaned.prose {
        for slot in prose.iter_mut().take(e.min(lines.len())).skip(s) {
            *slot = true;
        }
    }
    let code = Code {
        fenced: &fenced,
        indented: &indented,
        prose: &prose,
    };
    let tagged = tagged_headings(&drafts);
    for (d, tagged) in drafts.into_iter().zip(tagged) {
        match assemble(&d, &lines, &code, tagged) {
            Some((c, split)) => {
                if let Some(rule) = split {
                    let what = match rule {
                        Rule::LinkAnswer => "the link is the answer",
                        Rule::RemarkAnswer => "the remark in brackets is the answer",
                        _ => "the answer shares the question's line",
                    };
                    traced.push((d.head.start, rule, what.into()));
                }
                made.push((c, d))
            }
            None => unused.push((
                d.head.start
                    ..d.body
                        .iter()
                        .map(|r| r.end)
                        .max()
                        .unwrap_or(d.head.end)
                        .max(d.head.end),
                Reason::EmptyHeading,
            )),
        }
    }
    for line in join_numbered_answers(&mut made, &lines, &mut unused) {
        traced.push((
            line,
            Rule::Numbered,
            "an answer keyed by its number: it goes to the numbered question above".into(),
        ));
    }
    for line in drop_index_copies(&mut made, &lines, &mut unused) {
        traced.push((
            line,
            Rule::Index,
            "an index entry: the question comes again below with its answer".into(),
        ));
    }
    let mut roles = vec![Role::None; lines.len()];
    for (k, (_, d)) in made.iter().enumerate() {
        for r in d.answer_lines() {
            set_role(&mut roles, &r, Role::Answer(k));
        }
        set_role(&mut roles, &d.head, Role::Question(k));
    }
    let cards: Vec<RawCard> = made.into_iter().map(|(c, _)| c).collect();
    for c in &cards {
        let n = pairs::question_markers(&c.answer);
        if n >= 2 {
            warnings.push(Warning {
                kind: crate::model::WarningKind::Structure,
                path: note.display.clone(),
                line: c.line + note.line_offset + 1,
                message: format!(
                    "the answer to «{}» holds {n} `Q:`/`问：` lines, read as one card; if they are \
                     separate questions, put them under a heading that is not itself a question",
                    crate::text::clean_question(&c.question)
                ),
            });
        }
    }
    // Lines the cleaner blanked (outliner properties, fence lines, moved underlines) still
    // count: they are accounted for against the note as written.
    for &(l, why) in &cleaned.blanked {
        let reason = match why {
            crate::clean::Blanked::Property => Reason::Property,
            crate::clean::Blanked::Markup => Reason::FormatMetadata,
            crate::clean::Blanked::Tags => Reason::Tags,
            crate::clean::Blanked::Contents => Reason::Structural,
            crate::clean::Blanked::Metadata => Reason::FrontMatter,
            crate::clean::Blanked::Underline | crate::clean::Blanked::EmptyBullet => {
                Reason::Separator
            }
        };
        unused.push((l..l + 1, reason));
    }
    let unused = account(&original, &roles, unused);
    let nonblank = original.iter().filter(|l| !is_blank(l)).count();
    // A note the user left out with a hint gets no warning for it.
    let left_out = unused
        .iter()
        .all(|u| matches!(u.reason, Reason::Skipped | Reason::Hint));
    if cards.is_empty() && nonblank > 0 && !left_out {
        warnings.push(Warning {
            kind: crate::model::WarningKind::Structure,
            path: note.display.clone(),
            line: 0,
            message: "no questions found (see `deckhand explain` for what each block became)"
                .into(),
        });
    }
    Extraction {
        cards,
        warnings,
        unused,
        trace: {
            let mut t: Vec<Trace> = traced
                .into_iter()
                .map(|(line, rule, what)| Trace { line, rule, what })
                .collect();
            t.sort_by_key(|t| t.line);
            t
        },
        nonblank,
        roles,
    }
}

fn set_role(roles: &mut [Role], r: &Range<usize>, role: Role) {
    let end = r.end.min(roles.len());
    for x in roles.iter_mut().take(end).skip(r.start) {
        *x = role;
    }
}

/// The block tree of a note: Markdown, with prose pasted in code fences read as plain text;
/// or plain text.
fn tree(note: &Note, cleaned: &Cleaned, lines: &[&str]) -> Node {
    let markdown = is_markdown(note, lines);
    let mut root = if markdown {
        outline::markdown(&cleaned.text, lines)
    } else {
        Node::plain_root(lines.len(), plain_regions(lines, &cleaned.prose))
    };
    if markdown && !(cleaned.prose.is_empty() && cleaned.indented.is_empty()) {
        let children = std::mem::take(&mut root.children);
        root.children = splice_prose(children, &cleaned.markdown_prose(), lines);
    }
    root
}

/// A plain-text note whose prose sits in code fences: the text outside and each fence read
/// separately, so that a line above a fence (`网络:`) becomes the fence's section.
fn plain_regions(lines: &[&str], prose: &[(usize, usize)]) -> Vec<Node> {
    // In plain text every fence is a container of the author's text (code pasted among
    // notes included): the prose fences the cleaner unwrapped, and the others, read
    // without their fence lines.
    let mut regions: Vec<(usize, usize)> = prose.to_vec();
    let fenced = lines::fenced_lines(lines);
    let mut i = 0;
    while i < lines.len() {
        if fenced[i] && !prose.iter().any(|&(s, e)| i >= s && i < e) {
            let mut j = i + 1;
            while j < lines.len()
                && fenced[j]
                && !lines[j].trim_start().starts_with("```")
                && !lines[j].trim_start().starts_with("~~~")
            {
                j += 1;
            }
            // `j` is the closing fence (or the end).
            regions.push((i + 1, j.min(lines.len())));
            i = j + 1;
            continue;
        }
        i += 1;
    }
    regions.sort_unstable();
    let mut out: Vec<Node> = Vec::new();
    let mut at = 0;
    for &(s, e) in &regions {
        let s = s.max(at);
        if s > e {
            continue;
        }
        // The fence line itself (before `s`) belongs to no block.
        let before = if s > 0 && s > at && fenced[s - 1] {
            s - 1
        } else {
            s
        };
        if before > at {
            out.extend(outline::plain::build(lines, at..before));
        }
        let inner = outline::plain::build(lines, s..e);
        let _ = wrap_fence(&mut out, inner);
        at = if e < lines.len() && fenced[e] {
            e + 1
        } else {
            e
        };
    }
    if at < lines.len() {
        out.extend(outline::plain::build(lines, at..lines.len()));
    }
    out
}

/// Adds the nodes of one prose fence; a short line just above the fence is their section.
/// Whether it was.
fn wrap_fence(out: &mut Vec<Node>, inner: Vec<Node>) -> bool {
    // (Not a line that runs on into the fence, `严肃的说是这样的，A和B通信，`.)
    let label = out.last().is_some_and(|n| {
        matches!(n.kind, Kind::Para)
            && n.children.is_empty()
            && crate::text::chars(&n.title) <= 30
            && !n.title.trim_end().ends_with(['，', ',', '、', ';', '；'])
            // (Nor `Q: TCP的三次握手`: a marked question, answered by the fence and on.)
            && !matches!(pairs::qa_marker(&n.title), Some((pairs::Marker::Q, _, _)))
    });
    if label {
        let mut h = out.pop().expect("checked");
        h.kind = Kind::Heading(1);
        h.heading = Some(1);
        h.title = h.title.trim_end_matches([':', '：']).to_string();
        h.end = inner
            .iter()
            .map(|n| n.end)
            .max()
            .unwrap_or(h.end)
            .max(h.end);
        h.children = inner;
        out.push(h);
    } else {
        out.extend(inner);
    }
    label
}

/// Markdown unless the file is `.txt` (or stdin) without Markdown headings.
/// The note's file name says Markdown (`.md`, `.markdown`, `.mdx`, `.mkd`, `.org`).
fn markdown_name(note: &Note) -> bool {
    let ext = std::path::Path::new(&note.display)
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    matches!(ext.as_str(), "md" | "markdown" | "mdx" | "mkd" | "org")
}

fn is_markdown(note: &Note, lines: &[&str]) -> bool {
    if markdown_name(note) {
        return true;
    }
    let fenced = lines::fenced_lines(lines);
    lines.iter().zip(&fenced).any(|(l, &f)| {
        !f && {
            let t = l.trim_start();
            let hashes = t.len() - t.trim_start_matches('#').len();
            // (`#         Converts one digit…`: a word set in a glossary's column, a wide
            // gap after it, is no heading.)
            let after = &t[hashes..];
            (1..=6).contains(&hashes)
                && after.starts_with(' ')
                && !after[1..].starts_with([' ', '\t'])
                && !after.trim().is_empty()
        }
    })
}

/// Blocks lying inside a prose fence are re-read as plain text.
fn splice_prose(nodes: Vec<Node>, prose: &[(usize, usize)], lines: &[&str]) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    let mut done: Vec<usize> = Vec::new();
    let mut wrapped: Vec<usize> = Vec::new();
    for mut n in nodes {
        let inside = prose.iter().position(|&(s, e)| n.line >= s && n.end <= e);
        match inside {
            Some(k) => {
                if !done.contains(&k) {
                    done.push(k);
                    let (s, e) = prose[k];
                    if wrap_fence(&mut out, outline::plain::build_prose(lines, s..e)) {
                        wrapped.push(out.len() - 1);
                    }
                }
            }
            None => {
                if !n.children.is_empty() {
                    let ch = std::mem::take(&mut n.children);
                    n.children = splice_prose(ch, prose, lines);
                }
                out.push(n);
            }
        }
    }
    // A label over a short fence opens a section only up to the next one: where the
    // enclosing section's own text follows it (`**参数**` over its fence, then `**返回值**` and
    // its paragraph), the label names the fence's blocks and opens nothing, so that text
    // stays where it was written.
    for k in wrapped {
        let text_follows = out[k + 1..]
            .iter()
            .take_while(|n| !n.is_heading())
            .any(|n| !matches!(n.kind, Kind::Text | Kind::Rule));
        // (A long fence, questions pasted under `Networking Basics:`, is a section however
        // the text goes on.)
        let blocks: Vec<&Node> = out[k]
            .children
            .iter()
            .filter(|c| !matches!(c.kind, Kind::Text))
            .collect();
        // (Nor is a list of points, `使用单节点redis 有个问题：` over five numbered lines, none
        // explained below: what happens, stated line by line, opens no questions.)
        let points = blocks
            .iter()
            .all(|c| c.is_item() && c.children.iter().all(|g| matches!(g.kind, Kind::Text)));
        let short = blocks.len() <= 3 || points;
        // (Nor is one of questions, `Advanced Logic Gates:` over two that ask.)
        let asks = out[k].children.iter().any(|c| c.shape().explicit);
        if text_follows && short && !asks {
            out[k].kind = Kind::Para;
            out[k].heading = None;
        }
    }
    out
}

/// Topic for cards outside any topic heading: front matter `title`, then what it names the
/// subject by (`topic`, `subject`, `course`, `category`, `book`), then the first tag that is
/// not about the note's workflow (`processed`, `todo`, `draft`), then the file name, and for a
/// name that says nothing (`README.md`, `index.md`, `笔记.txt`) the folder it sits in.
fn file_topic(note: &Note) -> String {
    if let Some(t) = note.meta.title.as_ref().filter(|t| !t.trim().is_empty()) {
        return t.trim().to_string();
    }
    const SUBJECT_KEYS: &[&str] = &["topic", "subject", "course", "category", "book", "module"];
    if let Some(t) = SUBJECT_KEYS
        .iter()
        .filter_map(|k| note.meta.other.get(*k))
        .find(|t| !t.trim().is_empty())
    {
        return t.trim().to_string();
    }
    const WORKFLOW: &[&str] = &[
        "processed",
        "unprocessed",
        "todo",
        "done",
        "draft",
        "wip",
        "inbox",
        "review",
        "reviewed",
        "archive",
        "archived",
        "fleeting",
        "permanent",
        "literature",
        "seedling",
        "evergreen",
        "budding",
        "status",
        "public",
        "private",
        "published",
        "note",
        "notes",
    ];
    if let Some(t) = note
        .meta
        .tags
        .iter()
        .find(|t| !WORKFLOW.contains(&t.to_lowercase().trim_start_matches('#')))
    {
        return t.clone();
    }
    let path = std::path::Path::new(&note.display);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    const GENERIC: &[&str] = &[
        "readme",
        "index",
        "notes",
        "note",
        "笔记",
        "notes_",
        "untitled",
        "无标题",
        "main",
        "summary",
        "todo",
        "review",
        "复习",
        "总结",
        // (`answer.md` beside `readme.md` holding the questions: what role, not what about.)
        "answer",
        "answers",
        "答案",
        "questions",
    ];
    // (`ch1_basic`, `lecture3-notes`: which part, and that it is notes: nothing about what.)
    let ordinal_generic = {
        let lower = stem.to_lowercase();
        let mut words = lower.split(['-', '_', ' ']).filter(|w| !w.is_empty());
        words.next().is_some_and(is_ordinal_name)
            && words.all(|w| {
                GENERIC.contains(&w)
                    || ["basic", "basics", "intro", "introduction", "overview"].contains(&w)
            })
    };
    if GENERIC.contains(&stem.to_lowercase().as_str()) || is_ordinal_name(&stem) || ordinal_generic
    {
        // The nearest folder that names something (`cp2/` and `week3/` only count).
        let named = path
            .ancestors()
            .skip(1)
            .filter_map(|p| p.file_name())
            .map(|d| d.to_string_lossy().into_owned())
            .take_while(|d| !d.is_empty() && d != "." && d != "..")
            .find(|d| !is_ordinal_name(d));
        if let Some(dir) = named {
            return dir;
        }
    }
    if stem.is_empty() || stem == "-" {
        "Notes".into()
    } else {
        unsorted(&stem).to_string()
    }
}

/// `1-进程`, `01_introduction`, `3. Sorting`: the number a file name opens with to keep the
/// folder in order, then the name. The topic is the name.
fn unsorted(stem: &str) -> &str {
    let digits = stem.len() - stem.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = stem[digits..].trim_start_matches(['-', '_', '.', ' ']);
    let parted = rest.len() < stem.len() - digits;
    // (Not `2-3 trees` or `3D`: a name after the number, not more numbers or one letter.)
    if (1..=3).contains(&digits)
        && parted
        && !rest.starts_with(|c: char| c.is_ascii_digit())
        && rest.chars().count() >= 2
    {
        rest
    } else {
        stem
    }
}

/// `m2-react-interview`, `redis_cluster_notes`: a file name that holds a known subject among
/// other words takes that subject; any other name is kept as it is.
fn named_subject(name: &str, topics: &Topics) -> String {
    if topics.known(name).is_some() {
        return name.to_string();
    }
    let words: Vec<&str> = name
        .split(['-', '_', ' ', '.'])
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < 2 {
        return name.to_string();
    }
    let known: Vec<String> = words.iter().filter_map(|w| topics.known(w)).collect();
    match known.as_slice() {
        [one] => one.clone(),
        _ => name.to_string(),
    }
}

/// A name that only counts (`cp2`, `ch03`, `week-3`, `lec_12`, `第二章`, `2`): it says which
/// part, not what about.
fn is_ordinal_name(name: &str) -> bool {
    static ORDINAL: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)^(?:(?:cp|ch|chap|chapter|lec|lecture|week|wk|part|unit|hw|lab|sec|section|day|l|w)[-_ ]?)?\d{1,3}$|^第[一二三四五六七八九十百零〇\d]+[章节课讲周篇部]$",
        )
        .expect("valid regex")
    });
    ORDINAL.is_match(name.trim())
}

/// `CSS: 盒模型`, `CSS: 怎么居中一个元素`: the name before a heading's colon, where two
/// headings of the note or more open with it.
fn heading_tag(d: &Draft) -> Option<String> {
    if !matches!(
        d.rule,
        Rule::Heading | Rule::EmptyHeading | Rule::HeadingParts
    ) {
        return None;
    }
    let t = crate::text::strip_numbering(&crate::text::plain_inline(trim(&d.question)));
    let (tag, rest) = t.split_once([':', '：'])?;
    let tag = tag.trim();
    ((1..=12).contains(&crate::text::chars(tag)) && !rest.trim().is_empty())
        .then(|| tag.to_lowercase())
}

/// For each draft, whether it is a heading whose name before the colon opens two headings
/// of the note or more: a category the author files questions under (`CSS: …`), not a term
/// that the rest defines.
fn tagged_headings(drafts: &[Draft]) -> Vec<bool> {
    let tags: Vec<Option<String>> = drafts.iter().map(heading_tag).collect();
    let seen = decide::name_counts(tags.iter().flatten().map(String::as_str));
    tags.iter()
        .map(|t| t.as_deref().is_some_and(|t| seen[t] >= 2))
        .collect()
}

/// Question and answer text of a draft, with the rule that found an answer on the question's
/// own line, if one did. `None` when the question has no words. `tagged`: see
/// [`tagged_headings`].
fn assemble(
    d: &Draft,
    lines: &[&str],
    code: &Code<'_>,
    tagged: bool,
) -> Option<(RawCard, Option<Rule>)> {
    let body = body_text(d, lines, code);
    let unanswered = body.trim().is_empty() && d.inline.is_none();
    // (A pair whose answer is marked on a line of its own, `【例题1】 …：…___。` over
    // `答案：集合`, has its question whole: nothing on the question's line answers it.)
    // (Nor is a stated callout's name, `> **Theorem - (p. 4, properties)**`, split: it names
    // the statement.)
    let stated = d.rule == Rule::Callout
        && lines
            .get(d.head.start)
            .is_some_and(|l| decide::stated_callout(l).is_some());
    let (question, inline, rule) = if stated
        || matches!(d.rule, Rule::WendaPair | Rule::QaPair) && answer_marked_below(d, lines)
    {
        (trim(&d.question).to_string(), None, None)
    } else {
        split_head(&d.question, d.rule, unanswered, d.plain, tagged)
    };
    let mut answer = String::new();
    if let Some(i) = d.inline.as_deref().or(inline.as_deref()) {
        answer.push_str(trim(i));
    }
    if let (Some(a), Some(b)) = (&d.inline, &inline) {
        // Both the marker line and the head carried text: keep both.
        answer = format!("{}\n\n{}", trim(b), trim(a));
    }
    if !body.trim().is_empty() {
        if !answer.is_empty() {
            // Plain text goes on on the next line; Markdown starts a new paragraph.
            answer.push_str(if d.plain { "  \n" } else { "\n\n" });
        }
        answer.push_str(&body);
    }
    // The body is already trimmed; only an answer that starts on the question's line needs it.
    let answer = if d.inline.is_some() || inline.is_some() {
        trim_blank_lines(&answer)
    } else {
        answer
    };
    let (answer, rule) = if answer.is_empty() {
        let link = link_answer(&d.question);
        let by = (!link.is_empty()).then_some(Rule::LinkAnswer);
        (link, by)
    } else {
        (answer, rule)
    };
    if crate::model::normalise_question(&crate::text::clean_question(&question)).is_empty() {
        return None;
    }
    let last = d
        .answer_lines()
        .filter_map(|r| {
            (r.start..r.end.min(lines.len()))
                .rev()
                .find(|&i| !is_blank(lines[i]))
        })
        .max()
        .unwrap_or(d.head.end.saturating_sub(1))
        .max(d.head.start);
    let card = RawCard {
        topic: d.topic.clone(),
        question,
        answer,
        line: d.head.start,
        last_line: last,
        rule: d.rule.name(),
    };
    Some((card, rule))
}

/// A pair whose answer opens with its marker on a line of its own (`答案：C`), or after the
/// code or choices that show the question.
fn answer_marked_below(d: &Draft, lines: &[&str]) -> bool {
    d.inline_at.is_some()
        || d.body.first().is_some_and(|r| {
            (r.start..r.end.min(lines.len()))
                .any(|i| pairs::qa_marker(lines[i]).is_some_and(|m| m.0 == pairs::Marker::A))
        })
}

/// Which lines of a note are code: in a fence, or in an indented code block.
struct Code<'a> {
    fenced: &'a [bool],
    indented: &'a [bool],
    /// Lines of prose the cleaner took out of a fence or an indented block.
    prose: &'a [bool],
}

/// Each run of picked lines that the cleaner read as prose (`    UNIX只能采用fork…` under
/// `### UNIX`) loses the indentation its lines share: left indented under a sub-heading kept
/// in the answer, Markdown would show it as code.
fn dedent_prose_runs(picked: &mut [std::borrow::Cow<str>], from: &[Option<usize>], prose: &[bool]) {
    let is_prose = |k: usize| from[k].is_some_and(|i| prose.get(i).copied().unwrap_or(false));
    let mut k = 0;
    while k < picked.len() {
        if !is_prose(k) {
            k += 1;
            continue;
        }
        let end = (k..picked.len())
            .find(|&j| !is_prose(j))
            .unwrap_or(picked.len());
        let run: Vec<&str> = picked[k..end].iter().map(|c| c.as_ref()).collect();
        let out: Vec<String> = dedent(&run).split('\n').map(str::to_string).collect();
        if out.len() == end - k {
            for (slot, l) in picked[k..end].iter_mut().zip(out) {
                *slot = l.into();
            }
        }
        k = end;
    }
}

/// The answer lines of a draft: ranges in order, dedented, quotes removed where the pair was
/// quoted, sub-headings re-levelled under the card, indented code blocks fenced (dedenting
/// would make them paragraphs).
fn body_text(d: &Draft, lines: &[&str], code: &Code<'_>) -> String {
    let fenced = code.fenced;
    let mut open_code: Option<usize> = None;
    let mut ranges: Vec<Range<usize>> =
        d.body.iter().filter(|r| r.start < r.end).cloned().collect();
    ranges.sort_by_key(|r| r.start);
    let mut picked: Vec<std::borrow::Cow<str>> = Vec::new();
    // (The note's line each picked line comes from.)
    let mut from: Vec<Option<usize>> = Vec::new();
    let mut last_end: Option<usize> = None;
    for r in ranges {
        let start = match last_end {
            Some(e) if r.start < e => e,
            _ => r.start,
        };
        if let Some(e) = last_end {
            if start > e {
                picked.push("".into());
                from.push(None);
            }
        }
        for i in start..r.end.min(lines.len()) {
            let mut l: std::borrow::Cow<str> = if d.unquote {
                unquote(lines[i]).into()
            } else {
                lines[i].into()
            };
            if let (Some(base), false) = (d.relevel, fenced[i]) {
                if let Some(h) = relevel(&l, base) {
                    l = h.into();
                }
            }
            if Some(i) == d.close_details {
                let lower = l.to_ascii_lowercase();
                l = match lower.find("</details>") {
                    Some(p) => l[..p].to_string().into(),
                    None => l,
                };
            }
            let in_code = code.indented.get(i).copied().unwrap_or(false) && !d.unquote;
            match (open_code, in_code) {
                (None, true) => {
                    let base = indented_block_base(lines, code.indented, i);
                    picked.push(format!("{}```", " ".repeat(base)).into());
                    from.push(None);
                    open_code = Some(base);
                }
                (Some(base), false) => {
                    close_code(&mut picked, &mut from, base);
                    open_code = None;
                }
                _ => {}
            }
            if in_code && !is_blank(&l) {
                l = lines::strip_indent(&l, open_code.unwrap_or(0) + 4)
                    .to_string()
                    .into();
            }
            picked.push(l);
            from.push(Some(i));
        }
        last_end = Some(last_end.map_or(r.end, |e| e.max(r.end)));
    }
    if let Some(base) = open_code {
        close_code(&mut picked, &mut from, base);
    }
    dedent_prose_runs(&mut picked, &from, code.prose);
    // `答：…` / `A: …` right under a question is a marker, not answer text.
    if let Some(first) = picked.iter_mut().find(|l| !is_blank(l)) {
        if let Some((pairs::Marker::A, _, at)) = pairs::qa_marker(first) {
            let lead = first.len() - first.trim_start().len();
            let rest = first[at..].to_string();
            *first = format!("{}{}", &first[..lead], rest).into();
        }
    }
    // An answer of sub-headings alone (`### 1. 慢启动`, `### 2. 快重传`) is still to be written;
    // headings that are sentences (`###### 构造时先父类后子类。`) are its text.
    let title_only = |l: &str| {
        let t = trim(l.trim_start().trim_start_matches('#'));
        l.trim_start().starts_with('#') && !t.ends_with(['。', '！', '；', '.', '!', ';'])
    };
    if d.relevel.is_some() && picked.iter().all(|l| is_blank(l) || title_only(l)) {
        return String::new();
    }
    let refs: Vec<&str> = picked.iter().map(|c| c.as_ref()).collect();
    let text = trim_blank_lines(&dedent(&refs));
    if d.plain {
        hard_breaks(&text)
    } else {
        text
    }
}

/// The indentation a fence for the indented code block holding line `i` takes: the block's
/// own indentation less the four columns that made it code.
fn indented_block_base(lines: &[&str], indented: &[bool], i: usize) -> usize {
    let mut a = i;
    while a > 0 && indented[a - 1] {
        a -= 1;
    }
    let mut b = i;
    while b + 1 < indented.len() && indented[b + 1] {
        b += 1;
    }
    lines[a..=b.min(lines.len().saturating_sub(1))]
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| lines::indent_width(l))
        .min()
        .unwrap_or(4)
        .saturating_sub(4)
}

/// Closes a fence opened for an indented code block, before the blank lines that ended it.
fn close_code(
    picked: &mut Vec<std::borrow::Cow<'_, str>>,
    from: &mut Vec<Option<usize>>,
    base: usize,
) {
    let blanks = picked.iter().rev().take_while(|l| is_blank(l)).count();
    let at = picked.len() - blanks;
    picked.insert(at, format!("{}```", " ".repeat(base)).into());
    from.insert(at, None);
}

/// Plain text keeps the author's line breaks: lines inside a paragraph end with two spaces
/// (a Markdown hard break). Runs of code (`func main() {` … `}`) are fenced so that
/// Markdown shows them as code.
fn hard_breaks(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let code: Vec<bool> = code_runs(&lines);
    let list_item = |l: &str| {
        let t = l.trim_start();
        t.starts_with("- ") || t.starts_with("* ") || t.starts_with("+ ") || {
            let d = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            d > 0 && (t[d..].starts_with(". ") || t[d..].starts_with(") "))
        }
    };
    let mut out = String::with_capacity(text.len() + lines.len() * 2);
    for (i, l) in lines.iter().enumerate() {
        if code[i] && (i == 0 || !code[i - 1]) {
            out.push_str("```\n");
        }
        // Indentation in plain text is the outline's, not Markdown's: an indented line that
        // opens a paragraph would start an indented code block.
        let opens = i == 0 || is_blank(lines[i - 1]);
        out.push_str(if opens && !code[i] && !list_item(l) {
            l.trim_start()
        } else {
            l
        });
        let next = lines.get(i + 1).copied();
        let joinable = !code[i]
            && !is_blank(l)
            && next.is_some_and(|n| !is_blank(n) && !list_item(n))
            && !code.get(i + 1).copied().unwrap_or(false);
        if joinable {
            out.push_str("  ");
        }
        if code[i] && !code.get(i + 1).copied().unwrap_or(false) {
            out.push_str("\n```");
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
    }
    out
}

/// Which lines of plain text are code: a run that opens with a line that looks like code
/// and goes on through indented lines, blank lines and closing brackets.
fn code_runs(lines: &[&str]) -> Vec<bool> {
    let mut code = vec![false; lines.len()];
    let mut i = 0;
    while i < lines.len() {
        if !crate::clean::looks_like_code(lines[i]) || lines[i].trim_start().starts_with("```") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        let mut last = i;
        while j < lines.len() {
            let l = lines[j];
            let t = l.trim();
            let goes_on = is_blank(l)
                || crate::clean::looks_like_code(l)
                || l.starts_with(['\t', ' '])
                || matches!(t, "}" | ")" | "};" | "})" | "]");
            if !goes_on {
                break;
            }
            if !is_blank(l) {
                last = j;
            }
            j += 1;
        }
        if last > i {
            for c in code.iter_mut().take(last + 1).skip(i) {
                *c = true;
            }
        }
        i = last + 1;
    }
    code
}

/// `#### 子标题` under a `##` card becomes `### 子标题`: sub-headings sit two levels below the
/// card whatever level the notes used.
fn relevel(line: &str, base: u8) -> Option<String> {
    let t = line.trim_start();
    let hashes = t.len() - t.trim_start_matches('#').len();
    if !(1..=6).contains(&hashes)
        || !t[hashes..].starts_with([' ', '\t']) && !t[hashes..].is_empty()
    {
        return None;
    }
    let depth = (hashes as u8).saturating_sub(base).max(1) + 2;
    Some(format!(
        "{} {}",
        "#".repeat(depth.min(6) as usize),
        t[hashes..].trim()
    ))
}

/// Splits an answer off the question's own line: `**Q？** A`, `Q？A`, `term：definition`,
/// `term -> translation`, a trailing remark `（先排序）`. Returns (question, answer text, the
/// rule that split it).
fn split_head(
    raw: &str,
    rule: Rule,
    unanswered: bool,
    plain: bool,
    tagged: bool,
) -> (String, Option<String>, Option<Rule>) {
    let marked = crate::text::strip_footnote_marks(raw);
    let unmarked = without_status(crate::text::trim_breaks(strip_tag(trim(&marked))));
    let t = unmarked.as_ref();
    // `**Q？** A` / `**Term**：def`
    for m in ["**", "__"] {
        if let Some(r) = t.strip_prefix(m) {
            if let Some(close) = r.find(m) {
                let inner = &r[..close];
                let after = trim(&r[close + m.len()..]);
                let after = after.trim_start_matches([':', '：']);
                let after = trim(after);
                // (`**Explain the lifecycle of a Fragment. **` over its answer: a question
                // that asks outright may close on a full stop.)
                let asked = inner.trim_end().strip_suffix('.').is_some_and(|q| {
                    crate::text::is_explicit_question_plain(q)
                        || crate::text::is_prompt(q)
                        || crate::text::is_question_like(q)
                });
                if !after.is_empty()
                    && !inner.contains(m)
                    && (inner.trim_end().ends_with(['?', '？', ':', '：'])
                        || asked
                        || after_starts_def(&r[close + m.len()..]))
                {
                    return (
                        inner.to_string(),
                        Some(after.to_string()),
                        Some(Rule::InlineAnswer),
                    );
                }
            }
        }
    }
    // `What if a node is down ? How does the master know : …`: among bullet questions, a
    // colon set off by spaces parts the question (marks and all) from its answer.
    let spaced = (rule == Rule::BulletQuestion)
        .then(|| spaced_colon_answer(t))
        .flatten();
    if let Some((q, a)) = spaced.filter(|(q, _)| q.contains(['?', '？'])) {
        return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
    }
    // `Q？A`: the first question mark after which the rest does not ask again. Under a
    // heading with an answer of its own, only a sentence after the mark is an answer
    // (`…源码吗？apiserver、scheduler` names what the question is about).
    if let Some((q, a)) = split_after_question_mark(t) {
        // `apiserver、scheduler、controller-manager` lists what is asked about, not an answer.
        let listing = a.contains('、') && !a.contains(['，', '。', ',', ';', '；', ' ']);
        // (Among bullet questions, `是否需要垃圾回收？垃圾回收的几种算法，适用场景` goes on
        // naming what was asked: short names, no sentence, no reply.)
        let asked_more = rule == Rule::BulletQuestion
            && !a.contains(['。', '.', '；', ';'])
            && !a.starts_with(['是', '不', '可', '因', '会', '能', '对', '没', '有'])
            && !a.contains(|c: char| c.is_ascii_digit())
            && a.split(['，', ',', '、']).all(|p| {
                (1..=10).contains(&crate::text::chars(p.trim()))
                    && p.chars().filter(|&c| crate::clean::is_cjk(c)).count() >= 2
            });
        let sentence =
            !listing && (crate::text::chars(&a) > 20 || a.contains(['，', '。', ',', ';', '；']));
        if asked_more && unanswered {
            return (t.to_string(), None, None);
        }
        if !listing && unanswered
            || sentence
            || !matches!(
                rule,
                Rule::Heading | Rule::HeadingParts | Rule::SubQuestion | Rule::EmptyHeading
            )
        {
            return (q, Some(a), Some(Rule::InlineAnswer));
        }
    }
    // `Command to raise a process's priority : nice`: among bullet questions, a colon set
    // off by spaces parts the question from its answer, however short; so does one after a
    // name that asks, `How do you secure Jenkins:Global Security is on, …`.
    if rule == Rule::BulletQuestion {
        if let Some((q, a)) = spaced.or_else(|| colon_answered(t)) {
            return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
        }
    }
    // `说一下 redis   ---举了平时做的项目`: an answer written after a run of dashes.
    if let Some((q, a)) = dash_answer(t) {
        return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
    }
    // `浅拷贝 和 深拷贝    *是否开辟了新空间*`, `声明和定义的区别 **两点** 是否分配空间…`: an
    // answer set off in emphasis, after a gap or opening with how many points it makes.
    if let Some((q, a)) = emphasis_answer(t) {
        // (A count alone, `**7点**`, says how much to answer; it answers nothing.)
        if count_only(a) {
            return (q.to_string(), None, None);
        }
        return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
    }
    // `Chapter 3: Pipelined Execution` names a chapter; it defines nothing.
    // So does `第九章：并行处理系统`.
    let chapter = shape::chapter_name(t) || zh_chapter(t);
    let term_at = shape::term_at(t, plain);
    if let Some(at) = term_at.filter(|_| !chapter) {
        let def = &t[at..];
        let term = t[..at]
            .trim_end()
            .trim_end_matches([':', '：', '，', '。'])
            .trim_end();
        let term = term
            .trim_end_matches("->")
            .trim_end_matches("=>")
            .trim_end_matches('→')
            .trim_end()
            .trim_end_matches(" -")
            .trim_end_matches("--")
            .trim_end_matches(" =")
            .trim_end_matches("//")
            .trim_end_matches(['—', '–'])
            .trim_end();
        // `node oom : kubelet 每过多少秒 watch 一次，…`: a question word inside a definition
        // that runs on as a sentence does not make it ask.
        // Its last clause asking (`算法：小Q有X首歌…，请问有多少种方法。`) does.
        // (A gloss in brackets is no part of the name's length: `不可查异常(编译器不要求…)`.)
        let runs_on = crate::text::chars(&shape::strip_enclosed(term)) <= 12
            && def.contains(['，', ','])
            && !def.contains(['？', '?']);
        // (Nor does `是否` in a term's definition, `內部效度 樣本觀察值是否可信可靠`: a
        // definition says what the term is about; only a question mark asks there.)
        // (A doubt in brackets, `handles large inputs (always?)`, asks nothing of the term.)
        let bare = shape::strip_enclosed(def);
        // (Nor does a sentence closed by its full stop, `MIPS：每秒执行多少百万条指令。…`:
        // `多少` names a quantity there.)
        let stated = !bare.contains(['?', '？'])
            && bare
                .split_once('。')
                .is_some_and(|(first, _)| !first.trim().is_empty());
        let def_asks = crate::text::is_explicit_question(&bare)
            && !stated
            && (!runs_on || last_clause_asks(def))
            && (rule != Rule::Term || bare.contains(['?', '？']));
        // (`算法题：…`, `手撕代码：…` announce the question after the colon, whatever rule.)
        let announced = shape::is_question_list(term)
            && crate::text::chars(term) <= 6
            && term.chars().all(crate::clean::is_cjk)
            && crate::text::chars(def) >= 8;
        let by_rule = matches!(
            rule,
            Rule::Term
                | Rule::Label
                | Rule::Explained
                | Rule::Heading
                | Rule::EmptyHeading
                | Rule::Numbered
                | Rule::HeadingParts
        );
        let strong = (by_rule || crate::text::chars(def) > 30) && !announced
            // (Among bullet questions, `机器语言：计算机能执行的01序列` names a term that asks
            // nothing: the rest defines it.)
            // (`编程题：合并两个有序数组` announces the question after its colon.)
            || rule == Rule::BulletQuestion
                && !crate::text::is_question_like(term)
                && !shape::is_question_list(term)
                && crate::text::chars(def) >= 8;
        // `### Design Decision # 2: Hashing Scheme`: a numbered label and its title, one name.
        // So is `2nd Law: Theory Acceptance`, a heading with a short Latin subtitle.
        let heading = matches!(
            rule,
            Rule::Heading | Rule::HeadingParts | Rule::EmptyHeading | Rule::SubQuestion
        );
        // (Latin text, typographic quotes and dashes included: `What I’m Working on Now`.)
        let latin = |d: &str| d.chars().all(|c| c.is_ascii() || "’‘“”–—".contains(c));
        let subtitle = {
            let d = def.trim();
            latin(d) && d.split_whitespace().count() <= 4 && !d.contains(['.', ',', ';', '(', '='])
        };
        // (`## Ferguson: Haunani-Kay Trask, Lovely Hula Hands`: a heading's English title
        // after its colon, words in capitals and no sentence, is its subtitle.)
        let title_case = {
            let d = def.trim();
            let words: Vec<&str> = d.split_whitespace().collect();
            // (Small words, `and`, `in`, `the`, stay in lower case in a title.)
            let long: Vec<&&str> = words.iter().filter(|w| w.len() > 3).collect();
            let capital = long
                .iter()
                .filter(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                .count();
            latin(d)
                && words.len() <= 16
                && !long.is_empty()
                && capital * 3 >= long.len() * 2
                && !d.ends_with('.')
                && !d.contains([';', '='])
        };
        // (`原理一：矛盾的同一性`: a short Chinese title, no sentence.)
        let zh_title = {
            let d = crate::text::plain_inline(def.trim());
            d.chars().any(crate::clean::is_cjk)
                && crate::text::chars(&d) <= 24
                && !d.contains(['。', '，', ',', '；', ';', '：', ':'])
        };
        let subtitle = subtitle || heading && title_case;
        // (`Ex 2: Repeatability`, a numbered label and a short title, is one name anywhere;
        // so is `原理一：矛盾的同一性`, counted in Chinese.)
        let numbered = term.ends_with(|c: char| c.is_ascii_digit());
        let zh_counted = shape::zh_counted(term);
        let subtitle = subtitle || zh_counted && zh_title;
        let numbered = numbered || zh_counted;
        // (`## 无意的结果——供求规律的应用`: a heading's dash sets off its subtitle.)
        let dashed = t[..at].trim_end().ends_with(['—', '–']);
        // (`## 补充：Java的内存模型`: a heading marked as an aside names its subject after
        // the mark; the mark answers nothing.)
        let aside = heading
            && zh_title
            && [
                "补充",
                "扩展",
                "拓展",
                "延伸",
                "附",
                "附录",
                "备注",
                "番外",
                "题外话",
            ]
            .contains(&crate::text::plain_inline(term).trim());
        let titled_label =
            heading && (numbered || subtitle || dashed || aside) || numbered && subtitle;
        if !def_asks && strong && !term.is_empty() && !titled_label && !tagged {
            return (
                term.to_string(),
                Some(def.to_string()),
                Some(Rule::InlineAnswer),
            );
        }
    }
    // `Types of headers in HTTP // Request, Response, …`: an answer set off as a comment.
    if let Some(at) = t.find(" // ") {
        let (q, a) = (trim(&t[..at]), trim(&t[at + 4..]));
        if !q.is_empty() && !a.is_empty() && !q.contains("://") && !crate::clean::looks_like_code(q)
        {
            return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
        }
    }
    // `有十亿个用户，如何判断某个用户是否在线：用位存储…`: a question too long to be a term,
    // its answer after the colon.
    if let Some((q, a)) = asked_then_colon(t) {
        return (q.to_string(), Some(a.to_string()), Some(Rule::InlineAnswer));
    }
    // A trailing remark in brackets: the answer when there is no other.
    // A closed remark stays in the question (it often says what is asked); one left open
    // runs on into the answer.
    // (`随机失活(Dropout)`: the name in English, a translation, never an answer.)
    let translation = |q: &str, remark: &str| {
        remark.is_ascii()
            && remark.chars().any(|c| c.is_ascii_alphabetic())
            && q.chars().any(crate::clean::is_cjk)
            && !crate::text::is_question_like(q)
    };
    if let Some((q, remark, closed)) = trailing_remark(t).filter(|(q, r, _)| !translation(q, r)) {
        if !closed {
            return (
                q.to_string(),
                Some(remark.to_string()),
                Some(Rule::RemarkAnswer),
            );
        }
        // After a question that asks outright (`…不定义会怎么样（合成复制，浅拷贝）`), the remark
        // is the start of its answer.
        if t.ends_with('）')
            && crate::text::is_explicit_question(q)
            && !crate::text::is_explicit_question(remark)
        {
            return (
                q.to_string(),
                Some(remark.to_string()),
                Some(Rule::RemarkAnswer),
            );
        }
        if unanswered && crate::text::chars(remark) < 30 {
            return (
                t.to_string(),
                Some(remark.to_string()),
                Some(Rule::RemarkAnswer),
            );
        }
        if crate::text::chars(remark) >= 30 && remark.contains(['，', '。', '；', ',']) {
            // A remark that long is the answer, written in brackets after the question.
            return (
                q.to_string(),
                Some(remark.to_string()),
                Some(Rule::RemarkAnswer),
            );
        }
    }
    (t.to_string(), None, None)
}

/// `Virtual Memory (DONE) (YES)`, `CDN (???)`, `Paging（已完成）`: marks in brackets that
/// track the author's progress on a question; neither its text nor an answer. The line
/// without them.
fn without_status(t: &str) -> std::borrow::Cow<'_, str> {
    static STATUS: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    if !t.contains(['(', '（']) {
        return t.into();
    }
    let re = STATUS.get_or_init(|| {
        regex::Regex::new(
            r"(?i)\s*[(（]\s*(?:done|yes|no|ok|last|todo|tbd|wip|skip|skipped|[?？]+|已完成|未完成|完成|已掌握|已复习|待复习)\s*[)）]",
        )
        .unwrap()
    });
    let out = re.replace_all(t, "");
    // (A line that is nothing but marks keeps them: they are all it says.)
    if out.trim().is_empty() {
        t.into()
    } else {
        out
    }
}

/// `**4点**`, `**两点**`, `**六种**`: how many points an answer makes, in bold.
fn count_hint() -> &'static regex::Regex {
    static COUNT: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    COUNT.get_or_init(|| {
        regex::Regex::new(r"^\*\*\s*[0-9一二两三四五六七八九十]{1,3}\s*[点个种条步类]\s*\*\*")
            .unwrap()
    })
}

/// `**7点**` and nothing more: how many points the answer has, not the answer.
fn count_only(a: &str) -> bool {
    count_hint()
        .find(a)
        .is_some_and(|m| a[m.end()..].trim().is_empty())
}

/// `name  **4点** 类型安全、…` / `name    *answer*`: where an answer in emphasis starts after the
/// name (a gap of two or more spaces, or a count of points in bold: `**两点**`, `**六种**`).
fn emphasis_answer(t: &str) -> Option<(&str, &str)> {
    let count = count_hint();
    if t.starts_with(['*', '_']) {
        return None;
    }
    let at = t.find(" *").or_else(|| t.find(" _"))?;
    let q = t[..at].trim_end();
    let a = t[at..].trim_start();
    let gap = t[..at + 1].len() - q.len() >= 2;
    let named = !q.is_empty() && !q.contains(['*', '_', '`']) && crate::text::chars(q) <= 40;
    let closed = a.len() > 2 && a[1..].contains(&a[..1]);
    (named && closed && (gap || count.is_match(a))).then_some((q, a))
}

/// `第九章：并行处理系统`, `第二讲: 排序`: a chapter's number, then its name after the colon.
pub(crate) fn zh_chapter(t: &str) -> bool {
    let t = t.trim_start();
    crate::outline::plain::numbering(t)
        .is_some_and(|n| t.starts_with('第') && t[n.len..].trim_start().starts_with([':', '：']))
}

/// The last clause of `t` (after its last comma, without a closing remark in brackets) asks.
fn last_clause_asks(t: &str) -> bool {
    let t = trim(t);
    let t = trailing_remark(t).map_or(t, |(q, _, _)| q);
    let last = t.rsplit(['，', ',']).next().unwrap_or(t);
    crate::text::is_explicit_question(last)
}

/// `…如何判断某个用户是否在线：用位存储…`: a colon after a clause that asks outright, with an
/// answer after it that asks nothing.
fn asked_then_colon(t: &str) -> Option<(&str, &str)> {
    let at = t.find('：')?;
    let (q, a) = (trim(&t[..at]), trim(&t[at + '：'.len_utf8()..]));
    let asks = crate::text::is_explicit_question(q) && !q.contains(['？', '?']);
    (asks && !a.is_empty() && !crate::text::is_question_like(a) && last_clause_asks(q))
        .then_some((q, a))
}

/// `question   ---answer`, `question --answer`: two or more dashes after white space, with
/// words on both sides.
fn dash_answer(t: &str) -> Option<(&str, &str)> {
    let mut from = 0;
    while let Some(p) = t[from..].find("--").map(|p| p + from) {
        let before = &t[..p];
        let run = t[p..].len() - t[p..].trim_start_matches(['-', '》', '>']).len();
        let after = trim(&t[p + run..]);
        // (`CR   ( -- ) print …`: dashes inside brackets are no separator.)
        let open = left_open(before, &['(', '（'], &[')', '）']);
        // (Nor an arrow inside a term's explanation: `Carbohydrase - breaks down carbs -->
        // simple sugars`; the spaced dash before it parted name and text.)
        let defined = before.contains(" - ") && t[p..p + run].ends_with('>');
        if before.ends_with(lines::is_space)
            && !defined
            && !trim(before).is_empty()
            && !after.is_empty()
            && !open
        {
            return Some((trim(before), after));
        }
        from = p + run.max(2);
    }
    None
}

/// `How do you secure Jenkins:Global Security is on, …`, `Can you run Docker in Docker: Yes…`:
/// a question that asks outright (or by its verb first), its answer after the colon.
pub(crate) fn colon_answered(t: &str) -> Option<(&str, &str)> {
    let (name, answer) = t.split_once([':', '：'])?;
    // (Not the colon of an address, `[What is…?](https://…)`, nor one inside brackets.)
    if answer.starts_with("//")
        || left_open(name, &['['], &[']'])
        || left_open(name, &['('], &[')'])
    {
        return None;
    }
    let (name, answer) = (trim(name), trim(answer));
    let lower = name.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    let yes_no = words.len() >= 3
        && [
            "can", "could", "do", "does", "did", "is", "are", "should", "would", "will", "has",
            "have",
        ]
        .contains(&words[0]);
    ((crate::text::asks_outright(name) || yes_no) && !answer.is_empty() && !name.contains("://"))
        .then_some((name, answer))
}

/// `Command to raise a process's priority : nice`: a question of a few words, a colon with
/// a space on each side, and its answer.
pub(crate) fn spaced_colon_answer(t: &str) -> Option<(&str, &str)> {
    let (q, a) = t.split_once(" : ")?;
    let (q, a) = (trim(q), trim(a));
    // (Not inside a link's text, `[quora : insight about…](…)`, nor after an address.)
    let in_link = left_open(q, &['['], &[']']);
    (!q.is_empty()
        && !a.is_empty()
        && q.split_whitespace().count() <= 16
        && !in_link
        && !q.contains("://"))
    .then_some((q, a))
}

/// More brackets opened in `s` than closed: what follows is still inside one.
fn left_open(s: &str, open: &[char], close: &[char]) -> bool {
    s.matches(open).count() > s.matches(close).count()
}

fn after_starts_def(after: &str) -> bool {
    after.starts_with([':', '：'])
}

/// `[开始] 问题` → `问题`: a tag in square brackets (not a link) before the question.
fn strip_tag(t: &str) -> &str {
    if let Some(r) = t.strip_prefix('[') {
        if let Some(p) = r.find(']') {
            let after = &r[p + 1..];
            // Not the text of a link (`[new[]和delete[]…](url)`).
            // `[1,5,3]中找出…` opens with data, not a tag: a tag has words.
            let words = r[..p].chars().any(|c| c.is_alphabetic());
            if words
                && !after.starts_with('(')
                && !r[..p].contains('[')
                && !after.contains("](")
                && crate::text::chars(&r[..p]) <= 8
                && !after.trim().is_empty()
            {
                return trim(after);
            }
        }
    }
    t
}

pub(crate) fn split_after_question_mark(t: &str) -> Option<(String, String)> {
    for (i, c) in t.char_indices() {
        if c != '？' && c != '?' {
            continue;
        }
        let mut cut = i + c.len_utf8();
        // `？？`, `?**`
        let rest_all = &t[cut..];
        let extra = rest_all.len() - rest_all.trim_start_matches(['？', '?', '*', '_']).len();
        cut += extra;
        let before = &t[..i];
        // Inside a bare address (`https://interview.huihut.com/#/?id=using`): no mark.
        if c == '?' && crate::text::in_address(t, i) {
            continue;
        }
        // Inside a link's destination (`[Q？](./Q？.md)`, a file named after the question).
        if before
            .rfind("](")
            .is_some_and(|p| !before[p..].contains(')'))
        {
            continue;
        }
        // Inside brackets (`Scalability: handles small and large inputs (always?)`): the
        // author's doubt in a remark, not the end of a question. Where what comes before
        // the brackets asks (`Why is quicksort fast (cache?) Its loop…`), the question ends
        // with them.
        // (One never closed, `(i.e. when do we need it? For each class:`, is a slip.)
        let open = [('(', ')'), ('（', '）')].into_iter().find_map(|(o, c)| {
            let at = before.rfind(o)?;
            left_open(before, &[o], &[c])
                .then(|| t[cut..].find(c).map(|p| (at, cut + p + c.len_utf8())))?
        });
        if let Some((at, close)) = open {
            if !crate::text::is_question_like(&t[..at]) {
                continue;
            }
            cut = close;
        }
        // Inside a link's text (`[Q？](url) A`): the question runs to the end of the link.
        if left_open(before, &['['], &[']']) {
            let after = &t[cut..];
            let close = after
                .find("](")
                .and_then(|p| after[p..].find(')').map(|q| p + q))?;
            cut += close + 1;
        }
        let rest = trim(&t[cut..]);
        // `…?：` is a question written as a label: nothing after it on the line. (Nor is a
        // link back to the contents, `[🚀](…#table-of-contents)`, anything after it.)
        if rest.trim_start_matches([':', '：']).trim().is_empty()
            || rest.contains(['？', '?'])
            || crate::text::plain_inline(rest).trim().is_empty()
        {
            continue;
        }
        // A bracketed remark right after the question is not an answer here; nor is one
        // that says what the question means (`…results? i.e. ETA up but BCR down.`).
        // (One of eight words or more, `? (Use kafka when you need asynchronous…)`, is a
        // sentence that answers.)
        if rest.starts_with(['(', '（'])
            && rest.ends_with([')', '）'])
            && rest.split_whitespace().count() < 8
        {
            return None;
        }
        let lower = rest.to_ascii_lowercase();
        // (Nor one that goes on to the other side of a comparison, `as? vs as!`, `try? or
        // try!`: the mark belongs to a name.)
        if ["vs ", "vs. ", "versus ", "or ", "and "]
            .iter()
            .any(|w| lower.starts_with(w))
        {
            continue;
        }
        // (`…了解吗？比如重排序，内存屏障…等。`: the examples say what it asks about.)
        if [
            "i.e.", "e.g.", "ie.", "eg.", "i.e ", "e.g ", "比如", "例如", "譬如", "包括",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
        {
            return None;
        }
        // (Nor what the question tells the reader to do, `…used for? Consider success and
        // failure in your answer.`: it is still the question.)
        let told = [
            "consider ",
            "assume ",
            "suppose ",
            "include ",
            "hint:",
            "hint ",
        ]
        .iter()
        .any(|w| lower.starts_with(w))
            || rest.starts_with(|c: char| c.is_ascii_uppercase()) && crate::text::is_prompt(rest);
        if told {
            return None;
        }
        // A second question that lost its mark (`jvm的结构是什么？string位于什么区`) asks too;
        // so do clauses that each ask (`…吗？多线程可能出现什么问题，线程安全的map用什么`).
        let rest_words = rest.trim_matches(['*', '_']);
        let clauses: Vec<&str> = rest_words
            .split(['，', ','])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        // (So does one that bids the reader tell: `…了解过吗？time_wait状态讲一下。`.)
        let bids = {
            let r = rest_words.trim_end_matches(['。', '.', '!', '！']);
            crate::text::chars(r) <= 30
                && [
                    "讲一下",
                    "说一下",
                    "介绍一下",
                    "解释一下",
                    "分析一下",
                    "讲讲",
                    "说说",
                    "谈谈",
                    "聊聊",
                ]
                .iter()
                .any(|w| r.ends_with(w))
        };
        if bids
            || crate::text::chars(rest_words) <= 30
                && !rest_words.contains(['，', '。', ',', ';', '；'])
                && crate::text::is_explicit_question_plain(rest_words)
            || crate::text::chars(rest_words) <= 60
                && !rest_words.contains(['。', ';', '；'])
                && clauses.len() >= 2
                && clauses
                    .iter()
                    .all(|c| crate::text::is_explicit_question_plain(c))
        {
            return None;
        }
        // `?` inside a URL or code (`?id=3`, no space after it; `overfitting? lasso` is prose).
        if c == '?'
            && (before.ends_with(|ch: char| ch.is_ascii_alphanumeric())
                && t[cut..]
                    .starts_with(|ch: char| ch.is_ascii_alphanumeric() && !ch.is_ascii_uppercase())
                || before.contains("](") && !before.contains(')'))
        {
            return None;
        }
        if before.matches('`').count() % 2 == 1 {
            return None;
        }
        return Some((
            t[..cut].trim_end_matches(['*', '_']).to_string(),
            rest.to_string(),
        ));
    }
    None
}

/// `问题（备注）` → (`问题`, `备注`, closed); also an opening bracket never closed on the line.
pub(crate) fn trailing_remark(t: &str) -> Option<(&str, &str, bool)> {
    let t = t.trim_end();
    for (open, close) in [('（', '）'), ('(', ')')] {
        if t.ends_with(close) {
            let inner_end = t.len() - close.len_utf8();
            let mut depth = 0;
            for (i, c) in t[..inner_end].char_indices().rev() {
                if c == close {
                    depth += 1;
                } else if c == open {
                    if depth == 0 {
                        let q = trim(&t[..i]);
                        let r = trim(&t[i + open.len_utf8()..inner_end]);
                        // `[text](url)` is a link, not a remark.
                        if q.is_empty()
                            || r.is_empty()
                            || q.ends_with(']')
                            || q.ends_with(|c: char| c.is_ascii_alphanumeric())
                                && open == '('
                                && !r.contains(' ')
                                && crate::text::chars(r) < 4
                        {
                            return None;
                        }
                        return Some((q, r, true));
                    }
                    depth -= 1;
                }
            }
        }
        // `问题（很长的说明……` never closed on the line
        if let Some(p) = t.rfind(open) {
            if !t[p..].contains(close) && open == '（' {
                let q = trim(&t[..p]);
                let r = trim(&t[p + open.len_utf8()..]);
                if !q.is_empty() && crate::text::chars(r) >= 8 {
                    return Some((q, r, false));
                }
            }
        }
    }
    None
}

/// A question with no answer but links (`[C++异常处理](https://…)`): the links answer it.
fn link_answer(question: &str) -> String {
    let mut out = Vec::new();
    let mut s = question;
    while let Some(a) = s.find("](") {
        let Some(b) = s[a..].find(')') else { break };
        // The `[` that opens the link text, past balanced brackets inside it.
        let mut depth = 0usize;
        let mut start = a;
        for (i, c) in s[..a].char_indices().rev() {
            match c {
                ']' => depth += 1,
                '[' if depth == 0 => {
                    start = i;
                    break;
                }
                '[' => depth -= 1,
                _ => {}
            }
        }
        let url = &s[a + 2..a + b];
        if !url.starts_with('#') && !url.is_empty() {
            out.push(s[start..a + b + 1].to_string());
        }
        s = &s[a + b + 1..];
    }
    out.join("\n")
}

/// Answers written apart from their questions and keyed by number (`1.` … `N.` questions,
/// then an answer section with `###1.` over the answer to question 1): each answer goes to
/// the unanswered question above with that number; its number line is a label. Returns the
/// label lines.
fn join_numbered_answers(
    made: &mut Vec<(RawCard, Draft)>,
    lines: &[&str],
    unused: &mut Vec<(Range<usize>, Reason)>,
) -> Vec<usize> {
    let bare_number = |c: &RawCard| -> Option<u32> {
        let t = trim(&c.question).trim_start_matches('#').trim();
        let t = t.trim_end_matches(['.', '、', ':', '：', ')', '）']);
        (!t.is_empty() && t.len() <= 3 && t.chars().all(|c| c.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    if !made.iter().any(|(c, _)| bare_number(c).is_some()) {
        return Vec::new();
    }
    let mut labels = Vec::new();
    let mut k = 0;
    while k < made.len() {
        let Some(n) = bare_number(&made[k].0).filter(|_| !made[k].0.answer.trim().is_empty())
        else {
            k += 1;
            continue;
        };
        let target = (0..k).rev().find(|&j| {
            made[j].0.answer.trim().is_empty()
                && bare_number(&made[j].0).is_none()
                && draft_number(&made[j].1, lines) == Some(n)
        });
        let Some(j) = target else {
            k += 1;
            continue;
        };
        let (label, d) = made.remove(k);
        made[j].0.answer = label.answer;
        made[j].0.last_line = made[j].0.last_line.max(label.last_line);
        made[j].1.body.extend(d.body.iter().cloned());
        unused.push((d.head.clone(), Reason::Index));
        labels.push(d.head.start);
    }
    labels
}

/// An index of questions at the top, repeated below with answers: the unanswered first copy
/// is an index entry, not a card.
/// Returns the lines of the entries it dropped.
fn drop_index_copies(
    made: &mut Vec<(RawCard, Draft)>,
    lines: &[&str],
    unused: &mut Vec<(Range<usize>, Reason)>,
) -> Vec<usize> {
    use std::collections::HashMap;
    let key =
        |c: &RawCard| crate::model::normalise_question(&crate::text::clean_question(&c.question));
    // Only cards with no answer in words (none, or only a picture: `5. 内部体系` over `1) 影响
    // 研究` and its picture, before `6.影响研究` with its own) can be index entries: look
    // up their keys among the answered.
    let pictures = |a: &str| {
        a.lines()
            .filter(|l| !l.trim().is_empty())
            .all(crate::text::only_picture)
    };
    // (Nor only its sub-questions, listed under it: `1. What is DI?` over `1. Types of DI` and
    // `2. Which is better?`, the index of its section.)
    let sub_questions = |a: &str| {
        let rows: Vec<&str> = a.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        !rows.is_empty()
            && rows
                .iter()
                .all(|l| listed_text(l).is_some() && l.chars().count() <= 150)
            && rows
                .iter()
                .filter(|l| listed_text(l).is_some_and(crate::text::is_explicit_question))
                .count()
                * 2
                >= rows.len()
    };
    let open: Vec<bool> = made
        .iter()
        .map(|(c, _)| pictures(&c.answer) || sub_questions(&c.answer))
        .collect();
    if !open.contains(&true) {
        return Vec::new();
    }
    let keys: Vec<String> = made.iter().map(|(c, _)| key(c)).collect();
    // The last answer given for each question.
    let mut answered: HashMap<&str, usize> = HashMap::new();
    for (i, (c, _)) in made.iter().enumerate() {
        if !c.answer.trim().is_empty() {
            answered.insert(&keys[i], i);
        }
    }
    let numbered = numbered_copies(made, lines, &keys, &open);
    let copy: Vec<bool> = made
        .iter()
        .enumerate()
        .map(|(i, (c, _))| {
            open[i]
                && (answered
                    .get(keys[i].as_str())
                    .is_some_and(|&j| j > i && made[j].0.answer.len() >= c.answer.len())
                    || numbered[i])
        })
        .collect();
    // An index lists several questions in a row; one question asked again in a later
    // interview round, unanswered the second time, is a card of its own.
    // (Not every entry of an index need come again: `1. 中断的过程` … `4. 南桥北桥` at the top,
    // then only `### 南桥北桥` with its answer. A neighbour in the run with no answer either
    // is enough.)
    // (Only where it comes again as a heading, the section an index points at: the same
    // question asked again in a later round is a card both times.)
    let heading_copy = |i: usize| {
        answered
            .get(keys[i].as_str())
            .is_some_and(|&j| matches!(made[j].1.rule, Rule::Heading | Rule::HeadingParts))
    };
    let in_run = |i: usize| {
        (i > 0 && copy[i - 1])
            || copy.get(i + 1).copied().unwrap_or(false)
            || heading_copy(i) && (i > 0 && open[i - 1] || open.get(i + 1) == Some(&true))
            || made.len() == 2
    };
    let mut keep = vec![true; made.len()];
    let mut dropped = Vec::new();
    for (i, (c, _)) in made.iter().enumerate() {
        if copy[i] && in_run(i) {
            keep[i] = false;
            unused.push((c.line..c.last_line + 1, Reason::Index));
            dropped.push(c.line);
        }
    }
    let mut k = 0;
    made.retain(|_| {
        k += 1;
        keep[k - 1]
    });
    dropped
}

/// The text of a listed line, its bullet or number off: `- Types of DI` → `Types of DI`.
fn listed_text(l: &str) -> Option<&str> {
    subq::bullet_text(l).or_else(|| crate::outline::plain::numbering(l).map(|n| l[n.len..].trim()))
}

/// The number a draft's first line opens with (`3.` in `### 3. How…`, `3. How…`).
fn draft_number(d: &Draft, lines: &[&str]) -> Option<u32> {
    let t = trim(lines.get(d.head.start).copied().unwrap_or(""));
    crate::outline::plain::numbering(t.trim_start_matches('#').trim()).map(|n| n.n)
}

/// An index numbered as its sections are: `1.` … `35.` questions at the top, then
/// `### 1.` … `### 35.` headings, most of them worded alike. Every entry whose heading comes
/// below with its number is a copy, however it was reworded (`How to create scripts?` over
/// `### 31. How u create scripts`). `open`: the cards with no answer in words.
fn numbered_copies(
    made: &[(RawCard, Draft)],
    lines: &[&str],
    keys: &[String],
    open: &[bool],
) -> Vec<bool> {
    use std::collections::HashMap;
    let heading = |d: &Draft| {
        matches!(
            d.rule,
            Rule::Heading | Rule::HeadingParts | Rule::EmptyHeading
        )
    };
    let numbers: Vec<Option<u32>> = made.iter().map(|(_, d)| draft_number(d, lines)).collect();
    // The headings of each number, in order.
    let mut headings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (j, (_, d)) in made.iter().enumerate() {
        if let Some(n) = numbers[j].filter(|_| heading(d)) {
            headings.entry(n).or_default().push(j);
        }
    }
    // (Entries at the index's own margin: `1. How is a bean created?` nested under an entry
    // is a sub-question, whatever its number.)
    let indent = |d: &Draft| lines::indent_width(lines.get(d.head.start).copied().unwrap_or(""));
    let entries: Vec<usize> = (0..made.len())
        .filter(|&i| !heading(&made[i].1) && open[i] && numbers[i].is_some())
        .collect();
    let margin = entries.iter().map(|&i| indent(&made[i].1)).min();
    let mut pairs = Vec::new();
    for &i in &entries {
        if Some(indent(&made[i].1)) != margin {
            continue;
        }
        let below = numbers[i]
            .and_then(|n| headings.get(&n))
            .and_then(|js| js.get(js.partition_point(|&j| j <= i)));
        if let Some(&j) = below {
            pairs.push((i, j));
        }
    }
    let alike = pairs.iter().filter(|&&(i, j)| keys[i] == keys[j]).count();
    let mut out = vec![false; made.len()];
    if alike >= 3 && alike * 3 >= pairs.len() * 2 {
        for (i, _) in pairs {
            out[i] = true;
        }
    }
    out
}

/// Every non-blank line in no card: stretches with their reason (the reason recorded when the
/// line was set aside, else "text outside any question").
fn account(lines: &[&str], roles: &[Role], recorded: Vec<(Range<usize>, Reason)>) -> Vec<Unused> {
    let mut why: Vec<Option<Reason>> = vec![None; lines.len()];
    for (r, reason) in recorded {
        for w in why.iter_mut().take(r.end.min(lines.len())).skip(r.start) {
            w.get_or_insert(reason);
        }
    }
    let mut out: Vec<Unused> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if is_blank(l) || roles.get(i).is_some_and(|r| *r != Role::None) {
            continue;
        }
        let reason = if lines::is_rule(l) || lines::is_fence_line(l) {
            why[i].unwrap_or(Reason::Separator)
        } else {
            why[i].unwrap_or(Reason::Outside)
        };
        match out.last_mut() {
            Some(u) if u.reason == reason && (u.lines.end..i).all(|k| is_blank(lines[k])) => {
                u.lines.end = i + 1
            }
            _ => out.push(Unused {
                lines: i..i + 1,
                reason,
            }),
        }
    }
    out
}

/// The block tree of a note as `deckhand explain --tree` prints it.
pub fn dump_tree(note: &Note) -> String {
    let cleaned = cleaned(note);
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    outline::dump(&tree(note, &cleaned, &lines))
}

/// The cleaned text of a note (debugging aid for `deckhand explain --cleaned`).
pub fn cleaned_text(note: &Note) -> String {
    cleaned(note).text
}

/// The note cleaned, with what only Markdown needs (bullet glyphs as list markers).
fn cleaned(note: &Note) -> crate::clean::Cleaned {
    let mut c = clean(&note.text);
    if markdown_name(note) {
        crate::clean::glyph_bullets(&mut c);
        crate::clean::chapter_headings(&mut c);
        crate::clean::separated_entries(&mut c);
    }
    c
}
