//! Outline: the block tree, one shape for every kind of structure a note uses.
//!
//! Headings with their sections, list items at any depth (Logseq outlines included, with the
//! headings written inside bullets), paragraphs, and the numbered lines and indented blocks
//! of plain text all become [`Node`]s: a head (the line that could be a question) and
//! children (what could be its answer). The rules in [`crate::extract`] then look at groups of
//! siblings and never at how the notes were written.
//!
//! Markdown is read with pulldown-cmark ([`markdown`]); plain text with [`plain`].
//! Every node keeps its line range, so every card and every unused stretch can point back at
//! `file:line`.

use crate::extract::lines::{is_blank, trim};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

pub mod plain;

/// What a node is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The whole note (or a stretch of plain text inside it).
    Root,
    /// A Markdown heading; children are its section.
    Heading(u8),
    /// A list item or a numbered line of plain text; the head is its first line.
    Item {
        ordered: bool,
    },
    /// A paragraph: the head is its first line, further lines are a [`Kind::Text`] child.
    Para,
    /// Lines that continue something (a paragraph's further lines, an item's lazy lines).
    Text,
    Code,
    Quote,
    Table,
    Html,
    /// A thematic break (`---`).
    Rule,
}

/// One block of a note.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub kind: Kind,
    /// 0-based first line of the head.
    pub line: usize,
    /// 0-based line after the head.
    pub head_end: usize,
    /// 0-based line after the node's last non-blank line.
    pub end: usize,
    /// The head as written, markers removed (`#`, `- `, `1. `), inline markup kept.
    pub title: String,
    /// The heading level of a heading, or of a heading written inside a list item (Logseq).
    pub heading: Option<u8>,
    pub children: Vec<Node>,
    /// Read as plain text (numbered lines, blocks), not Markdown.
    pub plain: bool,
    /// The features of the head, computed on first use (decisions read them many times).
    pub shape: std::cell::OnceCell<crate::extract::shape::Shape>,
}

impl Node {
    pub fn leaf(kind: Kind, lines: Range<usize>, title: String) -> Node {
        Node {
            kind,
            line: lines.start,
            head_end: lines.start + 1,
            end: lines.end,
            title,
            heading: None,
            children: Vec::new(),
            plain: false,
            shape: Default::default(),
        }
    }

    /// Where this node ends given its children: after the last of them, and not before `min`.
    pub fn end_after_children(&self, min: usize) -> usize {
        self.children.iter().map(|c| c.end).fold(min, usize::max)
    }

    /// The root of a plain-text note of `len` lines.
    pub fn plain_root(len: usize, children: Vec<Node>) -> Node {
        Node {
            kind: Kind::Root,
            head_end: 0,
            children,
            plain: true,
            ..Node::leaf(Kind::Root, 0..len, String::new())
        }
    }

    /// The features of the head (computed once).
    pub fn shape(&self) -> &crate::extract::shape::Shape {
        self.shape.get_or_init(|| {
            if self.plain {
                crate::extract::shape::Shape::of_plain(&self.title)
            } else {
                crate::extract::shape::Shape::of(&self.title)
            }
        })
    }

    /// Heading-like: a heading, or a list item whose head is a heading (Logseq `- ## x`).
    pub fn is_heading(&self) -> bool {
        self.heading.is_some()
    }

    pub fn is_item(&self) -> bool {
        matches!(self.kind, Kind::Item { .. })
    }

    /// Blocks that can never hold a question: code, tables, quotes, HTML, rules.
    pub fn is_content_only(&self) -> bool {
        matches!(
            self.kind,
            Kind::Code | Kind::Quote | Kind::Table | Kind::Html | Kind::Rule | Kind::Text
        )
    }

    /// The node's children that are sections (headings), and those before the first of
    /// them (its own text).
    pub fn split_sections(&self) -> (&[Node], &[Node]) {
        let at = self
            .children
            .iter()
            .position(|c| c.kind_is_section())
            .unwrap_or(self.children.len());
        self.children.split_at(at)
    }

    fn kind_is_section(&self) -> bool {
        matches!(self.kind, Kind::Heading(_))
    }

    /// Depth-first visit of this node and everything under it.
    pub fn walk(&self, f: &mut impl FnMut(&Node)) {
        f(self);
        for c in &self.children {
            c.walk(f);
        }
    }
}

/// Byte offset → 0-based line, by binary search over line starts.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            starts: std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect(),
        }
    }

    pub fn line_of(&self, byte: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1)
    }

    /// Lines spanned by a byte range (end exclusive).
    pub fn lines(&self, r: &Range<usize>) -> Range<usize> {
        let a = self.line_of(r.start);
        let b = self.line_of(r.end.saturating_sub(1).max(r.start));
        a..b + 1
    }
}

/// A block as pulldown-cmark reports it, before it becomes a [`Node`].
#[derive(Debug)]
struct Raw {
    tag: RawTag,
    lines: Range<usize>,
    children: Vec<Raw>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RawTag {
    Root,
    Para,
    Heading(u8),
    Quote,
    Code,
    Html,
    List(bool),
    Item,
    Table,
    Rule,
    Other,
}

/// Parses Markdown into raw blocks with line ranges.
fn raw_blocks(text: &str, idx: &LineIndex) -> Raw {
    let mut stack: Vec<Raw> = vec![Raw {
        tag: RawTag::Root,
        lines: 0..idx.starts.len(),
        children: Vec::new(),
    }];
    // Nesting depth of tags that are not blocks we track (table parts, inline markup).
    let bytes = text.as_bytes();
    // Blocks nested deeper than this are read as part of their ancestor at that depth:
    // a 10,000-deep quote must not build a 10,000-deep tree (every walk over it recurses).
    const MAX_DEPTH: usize = 48;
    let mut skipped = 0usize;
    for (ev, mut range) in Parser::new_ext(text, crate::markdown::options()).into_offset_iter() {
        // A nested list may be reported from the newline that ends its parent's line.
        while range.start < range.end && matches!(bytes.get(range.start), Some(b'\n' | b'\r')) {
            range.start += 1;
        }
        match ev {
            Event::Start(tag) => {
                let t = match tag {
                    Tag::Paragraph => RawTag::Para,
                    Tag::Heading { level, .. } => RawTag::Heading(level as u8),
                    Tag::BlockQuote(_) => RawTag::Quote,
                    Tag::CodeBlock(_) => RawTag::Code,
                    Tag::HtmlBlock => RawTag::Html,
                    Tag::List(start) => RawTag::List(start.is_some()),
                    Tag::Item => RawTag::Item,
                    Tag::Table(_) => RawTag::Table,
                    Tag::FootnoteDefinition(_) | Tag::MetadataBlock(_) => RawTag::Other,
                    _ => continue,
                };
                if stack.len() >= MAX_DEPTH {
                    skipped += 1;
                    continue;
                }
                stack.push(Raw {
                    tag: t,
                    lines: idx.lines(&range),
                    children: Vec::new(),
                });
            }
            Event::End(end) => {
                let tracked = matches!(
                    end,
                    TagEnd::Paragraph
                        | TagEnd::Heading(_)
                        | TagEnd::BlockQuote(_)
                        | TagEnd::CodeBlock
                        | TagEnd::HtmlBlock
                        | TagEnd::List(_)
                        | TagEnd::Item
                        | TagEnd::Table
                        | TagEnd::FootnoteDefinition
                        | TagEnd::MetadataBlock(_)
                );
                if tracked && skipped > 0 {
                    skipped -= 1;
                    continue;
                }
                if tracked && stack.len() > 1 {
                    let done = stack.pop().expect("stack has a root");
                    if let Some(parent) = stack.last_mut() {
                        parent.children.push(done);
                    }
                }
            }
            Event::Rule => {
                if let Some(parent) = stack.last_mut() {
                    parent.children.push(Raw {
                        tag: RawTag::Rule,
                        lines: idx.lines(&range),
                        children: Vec::new(),
                    });
                }
            }
            _ => {}
        }
    }
    // Unbalanced input cannot happen with pulldown-cmark, but never lose blocks if it did.
    while stack.len() > 1 {
        let done = stack.pop().expect("checked");
        if let Some(parent) = stack.last_mut() {
            parent.children.push(done);
        }
    }
    stack.pop().expect("root")
}

/// Parses a Markdown note into its block tree: headings own the blocks up to the next
/// heading of the same or a higher level.
pub fn markdown(text: &str, lines: &[&str]) -> Node {
    let idx = LineIndex::new(text);
    let raw = raw_blocks(text, &idx);
    let flat = convert_children(&raw, lines, 0..lines.len());
    let end = last_nonblank_end(lines, 0..lines.len());
    Node {
        kind: Kind::Root,
        line: 0,
        head_end: 0,
        end,
        title: String::new(),
        heading: None,
        children: nest_headings(demote_under_labels(demote_interludes(demote_answer_parts(
            questions_under_numbers(
                headings_in_bold_runs(hoist_heading_items(nest_underindented(
                    nest_sub_numbering(flat, lines),
                    lines,
                    false,
                ))),
                lines,
            ),
        )))),
        plain: false,
        shape: Default::default(),
    }
}

/// `5. tcp和udp区别：` over `  1. 基于连接…` indented two spaces: too little for Markdown to
/// nest (it wants three), so the parser makes them more items of the same list. The author
/// indented them to nest them, and they are nested: an item indented two columns or more past
/// the item before it becomes that item's child. `in_heading`: the nodes are the blocks of a
/// heading bullet (`- ### Complete Graph`), whose paragraph is its explanation, not a name.
fn nest_underindented(nodes: Vec<Node>, lines: &[&str], in_heading: bool) -> Vec<Node> {
    let indent = |n: &Node| {
        lines
            .get(n.line)
            .map_or(0, |l| crate::extract::lines::indent_width(l))
    };
    // (`   \t1. let 声明…` under `   1. let和const`: a tab typed after the item's spaces
    // nests it, however few columns the tab reaches.)
    let tabbed = |n: &Node| {
        lines.get(n.line).is_some_and(|l| {
            l.chars()
                .take_while(|c| c.is_whitespace())
                .any(|c| c == '\t')
        })
    };
    let mut out: Vec<Node> = Vec::with_capacity(nodes.len());
    for mut n in nodes {
        let heading = n.heading.is_some();
        n.children = nest_underindented(std::mem::take(&mut n.children), lines, heading);
        match out.last_mut() {
            Some(prev)
                if n.is_item()
                    && prev.is_item()
                    && prev.heading.is_none()
                    && (indent(&n) >= indent(prev) + 2
                        || indent(&n) > indent(prev) && tabbed(&n) && !tabbed(prev)) =>
            {
                prev.end = prev.end.max(n.end);
                prev.children.push(n);
            }
            // `Olympusus (From Dan Carlin)` at the margin over `   - Alexanders mother` …:
            // a one-line name over blocks indented under it, in a list's place.
            Some(prev)
                if !in_heading
                    && matches!(prev.kind, Kind::Para)
                    && matches!(n.kind, Kind::Para | Kind::Item { .. })
                    && prev.head_end == prev.line + 1
                    && prev.children.iter().all(|c| indent(c) >= indent(prev) + 2)
                    && indent(&n) >= indent(prev) + 2
                    && crate::text::chars(&prev.title) <= 60
                    && !prev.title.starts_with(['$', '`', '<', '|'])
                    // (A picture names nothing: `![Knee Jerk Reflex](…)` over the outline
                    // it illustrates.)
                    && !crate::text::only_picture(&prev.title) =>
            {
                prev.end = prev.end.max(n.end);
                prev.children.push(n);
            }
            // `- bitmaps:` then `> 位图是支持按 bit 位来存储信息…` on the next line, at the
            // margin: Markdown ends the list at the quote; the author wrote the quote as the
            // item's explanation, and it is nested under it.
            // (So is a fence at the margin right under `- l2-loss:`, an item that names the
            // code it announces with its colon.)
            Some(prev)
                if prev.is_item()
                    && prev.heading.is_none()
                    && prev.children.is_empty()
                    && prev.end == prev.line + 1
                    && n.line == prev.end
                    && match n.kind {
                        Kind::Quote => {
                            crate::text::chars(&prev.title) <= 30
                                // (A picture in a quote illustrates the point above; it
                                // explains no name.)
                                && !crate::text::only_picture(
                                    lines[n.line].trim_start_matches(['>', ' ']),
                                )
                        }
                        Kind::Code => code_name(&prev.title),
                        _ => false,
                    } =>
            {
                prev.end = prev.end.max(n.end);
                prev.children.push(n);
            }
            _ => out.push(n),
        }
    }
    out
}

/// `l2-loss:`, `Revision function:`: a name of a few words closed by a colon, announcing
/// the code below it (not a part, `For example:`, `hint:`, nor a sentence, `which would move
/// the legend:`).
fn code_name(title: &str) -> bool {
    let Some(name) = title.trim_end().strip_suffix([':', '：']) else {
        return false;
    };
    let name = crate::text::plain_inline(name.trim());
    let words = name.split_whitespace().count();
    (1..=4).contains(&words)
        && crate::text::chars(&name) <= 30
        && !name.contains([',', '.', '，', '。', ';'])
        && !crate::extract::shape::is_part(&name)
        && !crate::extract::shape::Shape::of(&name).sentence
        // (`sample code:`, `code answer:`, `Example usage:` name what the code is, not what
        // it implements.)
        && !name.to_lowercase().split(|c: char| !c.is_alphanumeric()).any(|w| {
            [
                "code", "example", "examples", "hint", "answer", "solution", "output", "result",
                "demo", "snippet", "usage", "syntax", "sample", "instance", "challenge",
            ]
            .contains(&w)
        })
}

/// `1. 比较的含义` then `1) 一国文学…` `2) 文学与…` at the margin, then `2. …`: Markdown reads
/// two lists side by side (the delimiters differ); the author numbered points under each
/// item. A run of `N)` items starting at 1 right after a `N.` item, with what lies between
/// them up to the next `N.` item, nests under it.
fn nest_sub_numbering(nodes: Vec<Node>, lines: &[&str]) -> Vec<Node> {
    // The delimiter after an ordered item's number: `.` or `)`.
    // (`6.影响研究`, no space after the dot, is a paragraph in Markdown; still a `N.` head.)
    let delim = |n: &Node| -> Option<(char, u32)> {
        let para =
            matches!(n.kind, Kind::Para) && n.children.iter().all(|c| matches!(c.kind, Kind::Text));
        if !matches!(n.kind, Kind::Item { ordered: true }) && !para {
            return None;
        }
        let t = lines.get(n.line)?.trim_start();
        if para && !t.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let d = t[digits..].chars().next()?;
        Some((d, t[..digits].parse().ok()?))
    };
    let dots = nodes
        .iter()
        .filter(|n| delim(n).is_some_and(|d| d.0 == '.'))
        .count();
    let parens = nodes
        .iter()
        .filter(|n| delim(n).is_some_and(|d| d.0 == ')'))
        .count();
    if dots < 2 || parens < 2 {
        return nodes;
    }
    let mut out: Vec<Node> = Vec::with_capacity(nodes.len());
    let mut inside = false;
    for n in nodes {
        match delim(&n) {
            Some(('.', _)) => {
                inside = false;
                out.push(n);
            }
            Some((')', k)) if k == 1 || inside => {
                let opens = !inside
                    && out
                        .last()
                        .is_some_and(|o| delim(o).is_some_and(|d| d.0 == '.'));
                match out.last_mut() {
                    Some(owner) if inside || opens => {
                        owner.end = owner.end.max(n.end);
                        owner.children.push(n);
                        inside = true;
                    }
                    _ => out.push(n),
                }
            }
            _ if inside && !matches!(n.kind, Kind::Heading(_)) => {
                let owner = out.last_mut().expect("inside a nested run");
                owner.end = owner.end.max(n.end);
                owner.children.push(n);
            }
            _ => {
                inside = false;
                out.push(n);
            }
        }
    }
    out
}

/// Logseq: heading bullets (`- ## 简化链接`) written under a text bullet that introduces them
/// (`- VM 简化了链接、加载…`) are sections of the page, like the text bullet's siblings: they
/// are lifted out of it, the text bullet keeping what comes before them.
fn hoist_heading_items(nodes: Vec<Node>) -> Vec<Node> {
    let mut out = Vec::with_capacity(nodes.len());
    for mut n in nodes {
        n.children = hoist_heading_items(std::mem::take(&mut n.children));
        let heading_item = |c: &Node| c.is_item() && c.is_heading();
        let headings = n.children.iter().filter(|c| heading_item(c)).count();
        let first = n.children.iter().position(heading_item);
        match first {
            Some(k) if n.is_item() && !n.is_heading() && headings >= 2 => {
                let lifted = n.children.split_off(k);
                n.end = n.end_after_children(n.head_end);
                out.push(n);
                out.extend(lifted);
            }
            _ => out.push(n),
        }
    }
    out
}

/// The end (exclusive) of the last non-blank line in `r`, or `r.start` when all are blank.
pub fn last_nonblank_end(lines: &[&str], r: Range<usize>) -> usize {
    let end = r.end.min(lines.len());
    (r.start..end)
        .rev()
        .find(|&i| !is_blank(lines[i]))
        .map_or(r.start, |i| i + 1)
}

/// Converts the children of a raw block, filling lines no block covers with `Text` nodes
/// (lazy continuation lines, tight list text) so that nothing is lost.
fn convert_children(raw: &Raw, lines: &[&str], within: Range<usize>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut at = within.start;
    for c in &raw.children {
        if c.lines.start > at {
            push_text(&mut out, lines, at..c.lines.start);
        }
        convert(c, lines, &mut out);
        at = at.max(c.lines.end);
    }
    if within.end > at {
        push_text(&mut out, lines, at..within.end);
    }
    out
}

/// Non-blank runs of `r` as `Text` nodes.
fn push_text(out: &mut Vec<Node>, lines: &[&str], r: Range<usize>) {
    let mut i = r.start;
    let end = r.end.min(lines.len());
    while i < end {
        if is_blank(lines[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < end && !is_blank(lines[i]) {
            i += 1;
        }
        out.push(Node::leaf(Kind::Text, s..i, trim(lines[s]).to_string()));
    }
}

fn convert(raw: &Raw, lines: &[&str], out: &mut Vec<Node>) {
    let r = raw.lines.start..raw.lines.end.min(lines.len());
    if r.start >= r.end {
        return;
    }
    let first = lines[r.start];
    match raw.tag {
        RawTag::List(_) => {
            for item in &raw.children {
                convert_item(item, raw.tag == RawTag::List(true), lines, out);
                end_at_lazy_bold(lines, out);
            }
        }
        RawTag::Item => convert_item(raw, false, lines, out),
        RawTag::Para => {
            let end = last_nonblank_end(lines, r.clone());
            if section_titles(lines, r.start..end) >= 2 || indented_questions(lines, r.start..end) {
                // Plain-text notes saved as Markdown (no blank lines, `2.2.1 留出法` titles):
                // the paragraph is read as the plain text it is.
                out.extend(plain::build(lines, r.start..end));
                return;
            }
            let parts = numbered_runs(lines, r.start..end).unwrap_or_else(|| {
                label_runs(lines, r.start..end)
                    .into_iter()
                    .map(|p| (p.clone(), wrapped_head(lines, p.clone())))
                    .collect()
            });
            for (part, head_end) in parts {
                let title = (part.start..head_end).map(|i| trim(lines[i])).fold(
                    String::new(),
                    |mut t, l| {
                        // (A wrapped English line is joined with a space, Chinese without.)
                        if t.ends_with(|c: char| c.is_ascii_alphanumeric() || ",;)".contains(c))
                            && l.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '(')
                        {
                            t.push(' ');
                        }
                        t.push_str(l);
                        t
                    },
                );
                let mut n = Node::leaf(Kind::Para, part.clone(), title);
                n.head_end = head_end;
                if head_end < part.end {
                    push_text(&mut n.children, lines, head_end..part.end);
                }
                out.push(n);
            }
        }
        RawTag::Heading(level) => {
            let setext = r.end > r.start + 1;
            let title = if setext {
                // Setext: the text lines, without the underline.
                (r.start..r.end - 1)
                    .map(|i| trim(lines[i]))
                    .collect::<Vec<_>>()
                    .join(" ")
            } else {
                atx_text(first)
            };
            let title = crate::text::without_bracket_remark(&title).to_string();
            out.push(Node {
                kind: Kind::Heading(level),
                line: r.start,
                head_end: r.end,
                end: r.end,
                title,
                heading: Some(level),
                children: Vec::new(),
                plain: false,
                shape: Default::default(),
            });
        }
        RawTag::Root | RawTag::Other => out.extend(convert_children(raw, lines, r)),
        // (An HTML block that opens with `</br>` runs to the next blank line: the same notes.)
        RawTag::Html if section_titles(lines, r.clone()) >= 1 => {
            let end = last_nonblank_end(lines, r.clone());
            out.extend(plain::build(lines, r.start..end));
        }
        tag => {
            let kind = match tag {
                RawTag::Quote => Kind::Quote,
                RawTag::Code => Kind::Code,
                RawTag::Html => Kind::Html,
                RawTag::Table => Kind::Table,
                _ => Kind::Rule,
            };
            let mut n = Node::leaf(kind, r.clone(), trim(first).to_string());
            n.end = last_nonblank_end(lines, r.clone()).max(r.start + 1);
            out.push(n);
        }
    }
}

/// Where a paragraph's head ends: after its first line, or, when that line is English
/// prose filled to a column and stopped mid-sentence (`Q.) Write a function that, given a
/// list of numbers …, returns a list of pairs that sum to` / `the target.`), after the lines
/// it wraps onto, up to the one that ends the sentence (three lines at most).
fn wrapped_head(lines: &[&str], r: Range<usize>) -> usize {
    let wraps = |l: &str| {
        let t = trim(l);
        t.len() >= crate::text::WRAP_COLUMN
            && t.is_ascii()
            && t.ends_with(crate::text::stops_mid_sentence)
    };
    let mut head = r.start + 1;
    while head < r.end
        && head < r.start + 3
        && wraps(lines[head - 1])
        && trim(lines[head]).starts_with(|c: char| c.is_ascii_lowercase())
    {
        head += 1;
    }
    head
}

/// `what is a function?` at the margin over `    a grouping of instructions…` indented
/// under it, then the next question, no blank line anywhere: Markdown reads one paragraph
/// (indented lines cannot open code inside one) where the author wrote questions over their
/// answers. Two or more questions at the margin, each with lines indented under it.
fn indented_questions(lines: &[&str], r: Range<usize>) -> bool {
    use crate::extract::lines::indent_width;
    if r.len() < 4 || indent_width(lines[r.start]) > 0 {
        return false;
    }
    let margin: Vec<usize> = r.clone().filter(|&i| indent_width(lines[i]) == 0).collect();
    let asking = margin
        .iter()
        .filter(|&&i| crate::text::is_explicit_question(trim(lines[i])))
        .count();
    let answered = margin
        .iter()
        .all(|&i| i + 1 < r.end && indent_width(lines[i + 1]) > 0);
    margin.len() >= 2 && asking * 2 >= margin.len() && answered
}

/// How many lines of a paragraph are short section titles numbered `2.1` / `2.2.1` (markup
/// and a written-out line break aside): a paragraph holding two or more is plain-text notes.
fn section_titles(lines: &[&str], r: Range<usize>) -> usize {
    r.filter(|&i| {
        // (Cheap test first: a title opens with its number, or with `<b>` / `**`.)
        if !trim(lines[i]).starts_with(|c: char| c.is_ascii_digit() || c == '<' || c == '*') {
            return false;
        }
        plain::section_depth(lines[i]).is_some()
    })
    .count()
}

/// A paragraph of numbered lines (`a. What is a GFLOP…?` `b. How and why does running…`
/// wrapped onto the next line): Markdown reads one paragraph where the author wrote a list.
/// It splits before each line numbered in sequence (one style, counting up by one); a line
/// that ends no sentence runs on into the next (a wrapped line), up to three lines. Gives
/// each part with where its head ends.
fn numbered_runs(lines: &[&str], r: Range<usize>) -> Option<Vec<(Range<usize>, usize)>> {
    use plain::Style;
    let marks: Vec<(usize, plain::Num)> = r
        .clone()
        .filter_map(|i| plain::numbering(trim(lines[i])).map(|n| (i, n)))
        .filter(|(_, n)| !matches!(n.style, Style::Bullet | Style::Decimal))
        .collect();
    let first = marks.first()?;
    let in_sequence = marks.len() >= 2
        && marks
            .windows(2)
            .all(|w| w[1].1.style == first.1.style && w[1].1.n == w[0].1.n + 1);
    if !in_sequence {
        return None;
    }
    let mut out = Vec::new();
    if first.0 > r.start {
        out.push((r.start..first.0, r.start + 1));
    }
    for (k, (at, _)) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(r.end, |m| m.0);
        let ends_sentence =
            |l: &str| trim(l).ends_with(['?', '？', ':', '：', '。', '.', '!', '！', ';', '；']);
        let mut head_end = at + 1;
        while head_end < end && head_end < at + 3 && !ends_sentence(lines[head_end - 1]) {
            head_end += 1;
        }
        out.push((*at..end, head_end));
    }
    // Only questions: numbered points (`1)computed底层会缓存`) stay the paragraph they are.
    let asks = out
        .iter()
        .filter(|(p, _)| p.start >= first.0)
        .all(|(p, h)| {
            let head: String = (p.start..*h).map(|i| trim(lines[i])).collect();
            crate::text::is_explicit_question_plain(&head)
        });
    if asks {
        return Some(out);
    }
    // So does a paragraph that is nothing but a numbered log (`1.求二叉树的层序遍历` `2.项目背景…`
    // `3.hashmap1.8数据结构是什么…`, no space after the number, three or more, or every line
    // numbered): each line
    // with its number opens an entry, the lines under it are its own.
    let every_line = marks.len() == r.end - r.start;
    // (Or one that goes on counting, `13.uint类型溢出` over its answer, then `14.聊聊rune类型`:
    // numbers set close to their text, as a log's are, never a sentence's.)
    let close = marks.iter().all(|(i, n)| {
        !trim(lines[*i])[n.len..].starts_with(char::is_whitespace)
            && trim(lines[*i]).as_bytes().get(n.len.saturating_sub(1)) == Some(&b'.')
    });
    // (A paragraph that opens on the last entry's lines and goes on counting, `基本传染数：…`
    // then `7.\\(72\\) 法则：…` `8.基础增长模型：…`, is the same log past a formula set apart.)
    // (Not when the count starts inside it, `答 1.实现…` over `2.vue3…`: those are its points.)
    let counted_here = |n: u32| {
        let mark = format!("{n}.");
        (r.start..first.0).any(|i| {
            lines[i].match_indices(&mark).any(|(at, _)| {
                !lines[i][at + mark.len()..].starts_with(|c: char| c.is_ascii_digit())
                    && !lines[i][..at].ends_with(|c: char| c.is_ascii_digit() || c == '.')
            })
        })
    };
    let goes_on = first.0 > r.start
        && close
        && first.1.n > 1
        && marks.len() >= 2
        && !counted_here(first.1.n - 1);
    let log = (first.0 == r.start || goes_on)
        && (first.1.n == 1 && (marks.len() >= 3 || every_line) || close)
        && first.1.style == Style::Arabic;
    log.then(|| {
        let lead = (first.0 > r.start).then(|| (r.start..first.0, r.start + 1));
        lead.into_iter()
            .chain(
                marks
                    .iter()
                    .enumerate()
                    .map(|(k, (at, _))| (*at..marks.get(k + 1).map_or(r.end, |m| m.0), at + 1)),
            )
            .collect()
    })
}

/// A paragraph whose first line is a label (`术语：定义`, `原因：`) is a run of labelled
/// lines: it splits before each later label line of the same kind, so each can be a card.
/// A bold first line (`**外部层**`) splits only at bold lines.
fn label_runs(lines: &[&str], r: Range<usize>) -> Vec<Range<usize>> {
    use crate::extract::shape::{is_bold, term_split};
    let label = |l: &str| {
        let t = trim(l);
        let plain = crate::text::plain_inline(t);
        crate::extract::shape::term_at(t, false).is_some()
            || (t.ends_with([':', '：'])
                && crate::text::chars(&plain) <= 30
                && !plain.contains(['，', '。', ',']))
    };
    // `时间：20170707` then `Q: TCP的三次握手` on the next line: a line the author marked as
    // a question opens a block of its own.
    let marked = |l: &str| {
        matches!(
            crate::extract::pairs::qa_marker(l),
            Some((crate::extract::pairs::Marker::Q, _, _))
        )
    };
    let starts: Vec<usize> = (r.start + 1..r.end).filter(|&i| marked(lines[i])).collect();
    if !starts.is_empty() {
        let mut out = Vec::new();
        let mut s = r.start;
        for i in starts {
            out.push(s..i);
            s = i;
        }
        out.push(s..r.end);
        return out;
    }
    // (A label over a list of questions, `网络:`, keeps its list.)
    if plain::question_list(lines, r.start, r.end) != Some(false)
        && plain::one_per_line(lines, r.start, r.end)
    {
        return r.map(|i| i..i + 1).collect();
    }
    // Lines that each ask (`解释什么是 schedule.parallel` / `如果不用它，会发生什么？`), under a
    // bare label or none (`Bean scope:` over one question): one question per line.
    let asks = |l: &str| {
        let t = trim(l);
        crate::text::chars(t) <= 150 && crate::text::is_explicit_question_plain(t)
    };
    let bare_label = |l: &str| {
        let t = trim(l);
        t.ends_with([':', '：']) && crate::text::chars(t) <= 30 && term_split(t).is_none()
    };
    let from = if bare_label(lines[r.start]) {
        r.start + 1
    } else {
        r.start
    };
    if r.end - from >= 1 && r.end - r.start >= 2 && (from..r.end).all(|i| asks(lines[i])) {
        return r.map(|i| i..i + 1).collect();
    }
    // (So do three or more, two in three marked, the rest asking by their words or bidding
    // the reader, `Describe the hooks you've used`, `Tell me about the virtual DOM.`.)
    let bids = |l: &str| {
        let t = trim(l);
        crate::text::chars(t) <= 150
            && (crate::text::is_question_like(t) || crate::text::is_prompt(t))
    };
    // (Every line bids first: most paragraphs fail at their first line, cheaply.)
    if r.end - from >= 3
        && (from..r.end).all(|i| bids(lines[i]))
        && (from..r.end).filter(|&i| asks(lines[i])).count() * 3 >= (r.end - from) * 2
    {
        return r.map(|i| i..i + 1).collect();
    }
    let first = lines[r.start];
    let bold = is_bold(trim(first));
    if r.end <= r.start + 1 || !(bold || label(first)) {
        return vec![r];
    }
    // `DDL: A language that…` then `DDL：一个…语言`: the same term again is its translation,
    // not a new entry.
    let term_of = |l: &str| {
        let t = trim(l);
        t.find([':', '：'])
            .map(|p| t[..p].trim().to_lowercase())
            .filter(|k| !k.is_empty())
    };
    let mut out = Vec::new();
    let mut s = r.start;
    for (i, line) in lines.iter().enumerate().take(r.end).skip(r.start + 1) {
        let split = if bold {
            is_bold(trim(line))
        } else {
            label(line) && (term_of(line).is_none() || term_of(line) != term_of(lines[s]))
        };
        if split {
            out.push(s..i);
            s = i;
        }
    }
    out.push(s..r.end);
    out
}

/// `- beneath ocean floors` then `**Atmosphere (air)**` at the margin: Markdown continues
/// the item lazily, the author started a new block. The item that `convert_item` just pushed
/// ends before such a bold line, which opens a paragraph of its own (with the lines after it).
fn end_at_lazy_bold(lines: &[&str], out: &mut Vec<Node>) {
    use crate::extract::lines::indent_width;
    let Some(item) = out.last_mut() else {
        return;
    };
    // (So does any line at the margin that does not go on the line above: `- Hydrophobic
    // and hydrophillic` then `The cell membrane is made of…`. A line in lower case, `of
    // which ready process…`, or after prose filled to a column, goes on.)
    let wraps_into = |i: usize| {
        let prev = lines[i - 1].trim_end();
        let mid = prev
            .chars()
            .last()
            .is_some_and(crate::text::stops_mid_sentence);
        // (Nor a line after one that ends on a written line break, `- 算术和逻辑操作<br>`
        // then `四组操作：`: the author broke the item's text there.)
        trim(lines[i]).starts_with(|c: char| c.is_ascii_lowercase())
            || crate::text::trim_breaks(prev).len() < prev.len()
            || mid
                && crate::text::chars(trim(prev)) + indent_width(prev) >= crate::text::WRAP_COLUMN
    };
    let at = (item.head_end..item.end.min(lines.len())).find(|&i| {
        let l = lines[i];
        let t = trim(l);
        indent_width(l) == 0
            && !t.is_empty()
            && (crate::extract::shape::is_bold(t)
                || !lines[i - 1].trim().is_empty()
                    && !wraps_into(i)
                    && !t.starts_with(['|', '`', '<', '$', '>', '#', ':', '!']))
    });
    let Some(at) = at else {
        return;
    };
    let end = item.end;
    // (Under a label, `2. 具体环境：`, lines that each name a term are the terms it announces:
    // its own, as they would be right after it.)
    let announced = crate::text::plain_inline(&item.title)
        .trim_end()
        .ends_with([':', '：']);
    if let Some(terms) = label_paras(lines, at..end).filter(|_| announced && at == item.head_end) {
        item.children = terms;
        return;
    }
    // (Under a bare name, `1. 幂函数`, lines that each give one of its properties, `形式：$y=x^\mu$`
    // `定义域：…`, are its own, formulas and all.)
    if at == item.head_end && bare_name(&item.title) && property_lines(lines, at..end) {
        return;
    }
    item.children.retain(|c| c.line < at);
    for c in &mut item.children {
        if c.end > at {
            c.end = last_nonblank_end(lines, c.line..at);
        }
    }
    item.end = item.end_after_children(item.head_end);
    let mut n = Node::leaf(Kind::Para, at..end, trim(lines[at]).to_string());
    push_text(&mut n.children, lines, at + 1..end);
    out.push(n);
}

/// `幂函数`, `Binary search`: a short name, no sentence and no label.
fn bare_name(title: &str) -> bool {
    let t = crate::text::plain_inline(title);
    let t = t.trim();
    (1..=16).contains(&crate::text::chars(t))
        && !t.contains(['，', '。', ',', '.', ':', '：', '$', '?', '？'])
}

/// Lines `r`, two or more, each `name：value` with a short plain name (`形式：$y=x^\mu$`,
/// `定义域：(0,+∞)`): the properties of what the line above names.
/// (One at least with its formula: `客户端: 重新发送` `服务端: 重传` under `2. 第二次挥手丢失`
/// are the steps of an answer, told side by side, which the item does not own.)
fn property_lines(lines: &[&str], r: Range<usize>) -> bool {
    r.end >= r.start + 2
        && r.clone().any(|i| lines[i].contains('$'))
        && r.clone().all(|i| {
            let t = trim(lines[i]);
            t.split_once(['：', ':']).is_some_and(|(name, value)| {
                let name = name.trim();
                (1..=6).contains(&crate::text::chars(name))
                    && name.chars().all(crate::clean::is_cjk)
                    && !value.trim().is_empty()
            })
        })
}

/// The lines an item's own paragraph runs on to: its text, or, when each names a term
/// (`1. 一般环境：` over `政治因素：…` `经济因素：…`), blocks of their own as in a paragraph.
fn lazy_lines(children: &mut Vec<Node>, lines: &[&str], r: Range<usize>) {
    match label_paras(lines, r.clone()) {
        Some(terms) => children.extend(terms),
        None => push_text(children, lines, r),
    }
}

/// Lines `r` that are all `term：definition` (two or more, no formula among them): one block
/// each. `None` otherwise.
fn label_paras(lines: &[&str], r: Range<usize>) -> Option<Vec<Node>> {
    let term = |i: usize| {
        let t = trim(lines[i]);
        crate::extract::shape::term_at(t, false).is_some() && !t.contains('$')
    };
    if r.end < r.start + 2 || !r.clone().all(term) {
        return None;
    }
    // (Each a block of its own, as a paragraph of them would split: not `DDL: …` then its
    // translation `DDL：…`, one term.)
    let runs = label_runs(lines, r);
    if runs.iter().any(|p| p.len() != 1) {
        return None;
    }
    Some(
        runs.into_iter()
            .map(|p| Node::leaf(Kind::Para, p.clone(), trim(lines[p.start]).to_string()))
            .collect(),
    )
}

/// A list item: its first line is the head; nested blocks and further lines are children.
/// A heading as the first block (`- ## Defs`, Logseq) makes the item heading-like.
fn convert_item(raw: &Raw, ordered: bool, lines: &[&str], out: &mut Vec<Node>) {
    let r = raw.lines.start..raw.lines.end.min(lines.len());
    if r.start >= r.end {
        return;
    }
    let head_line = r.start;
    let mut title = item_text(lines[head_line]);
    let mut heading = None;
    let mut children = Vec::new();
    let mut at = head_line + 1;
    for (k, c) in raw.children.iter().enumerate() {
        let cr = c.lines.start..c.lines.end.min(lines.len());
        if k == 0 && cr.start == head_line {
            match c.tag {
                RawTag::Heading(level) => {
                    heading = Some(level);
                    title = atx_text(&title);
                }
                RawTag::Para => {
                    let end = last_nonblank_end(lines, cr.clone());
                    // (`1. 一般环境：` over `政治因素：…` `经济因素：…` run on lazily: the
                    // labelled lines are blocks of their own, as in a paragraph.)
                    lazy_lines(&mut children, lines, head_line + 1..end);
                }
                RawTag::List(true) if numbered_title(c, lines, head_line) => {
                    // `- 1. Linear Triangulation` over its own bullets: an outliner block
                    // the author numbered; the number is part of its title.
                    title = trim(lines[head_line])
                        .trim_start_matches(['-', '*', '+'])
                        .to_string();
                }
                _ => {
                    // `- - x`, `- > x`, `- ```: the block itself is the content.
                    convert(c, lines, &mut children);
                    title = String::new();
                }
            }
            at = at.max(cr.end);
            continue;
        }
        if cr.start > at {
            push_text(&mut children, lines, at..cr.start);
        }
        convert(c, lines, &mut children);
        at = at.max(cr.end);
    }
    if r.end > at {
        if at == head_line + 1 {
            lazy_lines(
                &mut children,
                lines,
                at..last_nonblank_end(lines, at..r.end),
            );
        } else {
            push_text(&mut children, lines, at..r.end);
        }
    }
    let end = children
        .iter()
        .map(|c| c.end)
        .max()
        .unwrap_or(head_line + 1)
        .max(head_line + 1);
    out.push(Node {
        kind: Kind::Item { ordered },
        line: head_line,
        head_end: head_line + 1,
        end,
        title: trim(&title).to_string(),
        heading,
        children,
        plain: false,
        shape: Default::default(),
    });
}

/// Whether `list`, opening on an item's own line, is one numbered entry of that line alone:
/// `- 1. Title`, the number a label of the bullet rather than a list inside it.
fn numbered_title(list: &Raw, lines: &[&str], head_line: usize) -> bool {
    let one_line = |r: &Range<usize>| last_nonblank_end(lines, r.clone()) <= head_line + 1;
    matches!(list.children.as_slice(), [item]
        if item.lines.start == head_line
            && one_line(&item.lines)
            && item.children.iter().all(|c| one_line(&c.lines)))
}

/// `## Title ##` → `Title`.
fn atx_text(line: &str) -> String {
    let t = trim(line).trim_start_matches('#');
    let t = trim(t);
    // A closing sequence of `#` preceded by a space.
    let closed = t.trim_end_matches('#');
    let t = if closed.len() < t.len() && (closed.is_empty() || closed.ends_with([' ', '\t'])) {
        trim(closed)
    } else {
        t
    };
    crate::text::without_date_stamp(t).to_string()
}

/// The text of a list item's first line: indentation, the marker and a task box removed.
fn item_text(line: &str) -> String {
    let t = trim(line);
    let rest = if let Some(r) = t
        .strip_prefix("- ")
        .or_else(|| t.strip_prefix("* "))
        .or_else(|| t.strip_prefix("+ "))
    {
        r
    } else if matches!(t, "-" | "*" | "+") {
        ""
    } else {
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let after = &t[digits..];
        match after
            .strip_prefix(". ")
            .or_else(|| after.strip_prefix(") "))
        {
            Some(r) if digits > 0 => r,
            _ if digits > 0 && (after == "." || after == ")") => "",
            _ => t,
        }
    };
    let rest = trim(rest);
    let rest = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|b| rest.strip_prefix(b))
        .unwrap_or(rest);
    rest.to_string()
}

/// The level of a heading block; `None` for any other block.
fn level(n: &Node) -> Option<u8> {
    match n.kind {
        Kind::Heading(l) => Some(l),
        _ => None,
    }
}

/// Moves a heading to level `l` (six at most), as the passes below re-level them.
fn set_level(n: &mut Node, l: u8) {
    let l = l.min(6);
    n.kind = Kind::Heading(l);
    n.heading = Some(l);
}

/// `## 3. 计算页表大小` with nothing under it, then `## 问题描述`, `## 解题步骤`, `## 最终答案`
/// at its own level: headings that only name parts of an answer, two or more in a row right
/// after an empty heading, are its answer set a level too high. They go one level down, under
/// it. (Not a paper's outline: `## Data and Methods`, then `## Results`, `## Conclusion`.)
fn demote_answer_parts(mut flat: Vec<Node>) -> Vec<Node> {
    use crate::extract::shape::{ends_in_part, is_paper_section};
    let part = |n: &Node| {
        (ends_in_part(&n.shape().text) || answer_label(&n.title))
            && !is_paper_section(&n.shape().text)
    };
    let mut i = 0;
    while i + 2 < flat.len() {
        let Some(l) = level(&flat[i]).filter(|&l| l < 6) else {
            i += 1;
            continue;
        };
        // The part headings after it at its level, each with its text up to the next heading
        // of that level or higher.
        let mut run = Vec::new();
        let mut j = i + 1;
        while j < flat.len() {
            match level(&flat[j]) {
                Some(m) if m == l && part(&flat[j]) => run.push(j),
                Some(m) if m <= l => break,
                _ if run.is_empty() => break,
                _ => {}
            }
            j += 1;
        }
        let q = &flat[i];
        let empty = level(&flat[i + 1]) == Some(l);
        // (One alone that labels the answer, `#### LICSLAN回答:` right after `#### 01.你怎么看
        // 待Java这门语言呢？`, goes under the question too.)
        let answers = run.len() == 1 && q.shape().explicit && answer_label(&flat[run[0]].title);
        if empty && (run.len() >= 2 || answers) && !part(q) && !is_paper_section(&q.shape().text) {
            // (Their own sub-headings, `### 步骤1：…` under `## 解题步骤`, go down with them.)
            for n in &mut flat[run[0]..j] {
                if let Some(m) = level(n) {
                    set_level(n, m + 1);
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    flat
}

/// `LICSLAN回答:`, `Answer`, `参考答案：`: a heading that only labels the answer below it.
fn answer_label(title: &str) -> bool {
    let t = crate::text::plain_inline(title);
    let t = t.trim().trim_end_matches([':', '：']).trim().to_lowercase();
    ["回答", "答案", "解答", "answer", "answers"]
        .iter()
        .any(|w| t.ends_with(w))
        && crate::text::chars(&t) <= 12
}

/// `### 10. What is SDLC` over its text, then `### Example: E-commerce Company` and `### DevOps
/// Engineer Focus` at its level, then `## 11. What is Agile?`: in a run of numbered headings,
/// an unnumbered heading that asks nothing, before the next number, continues the answer
/// above. It goes one level down, under it, with its own sub-headings. (Two numbered headings
/// before it make the run.)
fn demote_interludes(mut flat: Vec<Node>) -> Vec<Node> {
    let number = |n: &Node| {
        crate::outline::plain::numbering(n.title.trim())
            .filter(|m| m.style == crate::outline::plain::Style::Arabic)
            .map(|m| m.n)
    };
    // (level, last number, how many numbered so far) of the open run at each level.
    let mut run: Option<(u8, u32, usize)> = None;
    let mut i = 0;
    while i < flat.len() {
        let Some(l) = level(&flat[i]) else {
            i += 1;
            continue;
        };
        match (run, number(&flat[i])) {
            (Some((rl, _, _)), _) if l < rl => run = None,
            (Some((rl, k, c)), Some(n)) if l == rl && n == k + 1 => {
                run = Some((rl, n, c + 1));
                i += 1;
                continue;
            }
            (Some((rl, k, c)), None) if l == rl && c >= 2 && l < 6 => {
                let s = flat[i].shape();
                let resumes = flat[i + 1..]
                    .iter()
                    .find(|h| level(h).is_some_and(|m| m < rl || m == rl && number(h).is_some()))
                    .and_then(number)
                    .is_some_and(|n| n == k + 1);
                if !s.explicit && !s.question && !s.structural && resumes {
                    let mut j = i;
                    while j < flat.len() {
                        if let Some(m) = level(&flat[j]) {
                            if j > i && (m < rl || m == rl && number(&flat[j]).is_some()) {
                                break;
                            }
                            set_level(&mut flat[j], m + 1);
                        }
                        j += 1;
                    }
                    i = j;
                    continue;
                }
                if l == rl {
                    run = None;
                }
            }
            _ => {}
        }
        if let Some(n) = number(&flat[i]) {
            if run.is_none_or(|(rl, _, _)| l <= rl) {
                run = Some((l, n, 1));
            }
        }
        i += 1;
    }
    flat
}

/// `### Q23.` with its question in the lines under it (`How do you limit:` / `CPU` /
/// `Memory for a Docker container?`), up to the line that closes on a question mark: the
/// heading holds only the number, the question is those lines. They become its title.
fn questions_under_numbers(mut flat: Vec<Node>, lines: &[&str]) -> Vec<Node> {
    // (`Q23.`, `23.`, `Question 5:`, `第3题`.)
    let number_only = |t: &str| {
        // (Cheap test first: short, with a digit.)
        if t.len() > 24 || !t.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let t = crate::text::plain_inline(t);
        let t = t.trim();
        let rest = ["Question", "question", "Q", "q", "问题", "第"]
            .iter()
            .find_map(|p| t.strip_prefix(p))
            .unwrap_or(t)
            .trim_start();
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        (1..=3).contains(&digits)
            && rest[digits..]
                .trim()
                .chars()
                .all(|c| matches!(c, '.' | ':' | '：' | '、' | ')' | '）' | '题'))
            && rest[digits..].trim().chars().count() <= 1
    };
    let mut i = 0;
    while i < flat.len() {
        if !flat[i].is_heading() || !number_only(&flat[i].title) {
            i += 1;
            continue;
        }
        // The paragraphs after it, four at most, up to one whose last line asks; or, with
        // no mark, `How does Docker use:` / `Namespaces` / `cgroups Explain with real
        // examples.` right over the answer's list, when the first asks by its first word.
        // (Not past a sentence or a picture before that: `HTTP/2: Takes 222ms….` answers.)
        let para = |k: usize| {
            flat.get(k)
                .is_some_and(|n| matches!(n.kind, Kind::Para | Kind::Text))
        };
        let asks_first = para(i + 1) && crate::text::asks_outright(trim(lines[flat[i + 1].line]));
        let mut j = i + 1;
        let mut asked = None;
        while para(j) && j <= i + 4 {
            let text: Vec<&str> = (flat[j].line..flat[j].end)
                .map(|k| trim(lines[k]))
                .filter(|l| !l.is_empty())
                .collect();
            let over_list = flat.get(j + 1).is_some_and(Node::is_item);
            if text.last().is_some_and(|l| l.ends_with(['?', '？'])) || asks_first && over_list {
                asked = Some(j);
                break;
            }
            if text
                .iter()
                .any(|l| l.ends_with(['.', '。']) || l.contains("!["))
            {
                break;
            }
            j += 1;
        }
        let Some(j) = asked else {
            i += 1;
            continue;
        };
        let end = last_nonblank_end(lines, flat[j].line..flat[j].end);
        // (A colon that led into the next line, `How do you limit:`, runs on into it.)
        let words: Vec<&str> = (flat[i + 1].line..end)
            .map(|k| trim(lines[k]))
            .filter(|l| !l.is_empty())
            .map(|l| l.strip_suffix([':', '：']).unwrap_or(l))
            .collect();
        let title = format!("{} {}", flat[i].title.trim(), words.join(" "));
        flat[i].title = title;
        flat[i].head_end = end;
        flat[i].shape = Default::default();
        flat.drain(i + 1..=j);
        i += 1;
    }
    flat
}

/// `#### **React**` with nothing under it, then `### 7. What is React?` and more questions
/// one level up: a label a level too deep, naming the questions that follow it, up to the
/// next such label or a heading above them. They go under it, their sub-headings with them.
/// (Only over numbered headings, and two such labels at least: an empty section before the
/// next chapter is a question not answered yet.)
fn demote_under_labels(mut flat: Vec<Node>) -> Vec<Node> {
    let numbered = |n: &Node| crate::outline::plain::numbering(n.title.trim()).is_some();
    // A label: an empty heading that asks nothing, right over a numbered heading a level or
    // more up.
    let label = |flat: &[Node], i: usize| -> Option<(u8, u8)> {
        let (l, m) = (level(&flat[i])?, level(flat.get(i + 1)?)?);
        let s = flat[i].shape();
        // (Not the last of its siblings, `#### 小结 思考题` after `#### 向量的投影`, left
        // empty at the end of a section.)
        let sibling = flat[..i]
            .iter()
            .rev()
            .find_map(level)
            .is_some_and(|p| p >= l);
        (m < l && !sibling && !s.explicit && !s.question && s.num.is_none() && s.chars <= 30)
            .then_some(())
            .filter(|_| numbered(&flat[i + 1]))
            .map(|_| (l, m))
    };
    let labels: Vec<Option<(u8, u8)>> = (0..flat.len()).map(|i| label(&flat, i)).collect();
    // (Two of them at least: the author's way of grouping, not one section left empty.)
    if labels.iter().flatten().count() < 2 {
        return flat;
    }
    let mut i = 0;
    while i < flat.len() {
        let Some((l, m)) = labels[i] else {
            i += 1;
            continue;
        };
        let delta = l + 1 - m;
        let mut j = i + 1;
        while j < flat.len() {
            if let Some(k) = level(&flat[j]) {
                if k < m || labels[j].is_some() {
                    break;
                }
                set_level(&mut flat[j], k + delta);
            }
            j += 1;
        }
        i = j;
    }
    flat
}

/// Nests a flat run of blocks into sections: each heading owns the blocks after it up to the
/// next heading of the same or a higher level.
pub fn nest_headings(flat: Vec<Node>) -> Vec<Node> {
    let mut out: Vec<Node> = Vec::new();
    // Stack of open headings (by index path into `out`), innermost last.
    let mut open: Vec<Node> = Vec::new();
    fn close_into(open: &mut Vec<Node>, out: &mut Vec<Node>) {
        if let Some(done) = open.pop() {
            match open.last_mut() {
                Some(parent) => parent.children.push(done),
                None => out.push(done),
            }
        }
    }
    for n in flat {
        if let Kind::Heading(level) = n.kind {
            while open
                .last()
                .is_some_and(|h| matches!(h.kind, Kind::Heading(l) if l >= level))
            {
                close_into(&mut open, &mut out);
            }
            open.push(n);
        } else {
            match open.last_mut() {
                Some(h) => h.children.push(n),
                None => out.push(n),
            }
        }
    }
    while !open.is_empty() {
        close_into(&mut open, &mut out);
    }
    underlines(&mut out);
    fix_ends(&mut out);
    out
}

/// `**Q2 How is KNN different from k-means?**` over `##### KNN` and `##### K Means`, then
/// `**Q3- Explain how a ROC curve works.**`: headings between two paragraphs of a numbered
/// run in bold (two or more before them, the next number within three after) are parts of the
/// answer above, not sections that would swallow the questions after them. They become
/// paragraphs of that answer.
fn headings_in_bold_runs(mut flat: Vec<Node>) -> Vec<Node> {
    let numbered: Vec<(usize, u32)> = flat
        .iter()
        .enumerate()
        .filter_map(|(i, n)| bold_number(n).map(|k| (i, k)))
        .collect();
    for w in numbered.windows(3) {
        let [(_, before), (at, last), (next_at, next)] = [w[0], w[1], w[2]];
        let (from, to) = (at + 1, next_at);
        let heads: Vec<usize> = (from..to)
            .filter(|&i| matches!(flat[i].kind, Kind::Heading(_)))
            .collect();
        // (The run's own section: the heading before it, if any, stays above the headings
        // demoted.)
        let outer = flat[..at].iter().rev().find_map(|n| match n.kind {
            Kind::Heading(l) => Some(l),
            _ => None,
        });
        let deeper = heads
            .iter()
            .all(|&i| matches!(flat[i].kind, Kind::Heading(l) if outer.is_none_or(|o| l > o)));
        if heads.is_empty() || !deeper || before >= last || next <= last || next > last + 3 {
            continue;
        }
        for i in heads {
            let n = &mut flat[i];
            n.kind = Kind::Para;
            n.heading = None;
        }
    }
    flat
}

/// The number of a paragraph set wholly in bold that opens with one (`**Q3- …**`,
/// `**12. …**`).
fn bold_number(n: &Node) -> Option<u32> {
    if !matches!(n.kind, Kind::Para) {
        return None;
    }
    let t = n.title.trim();
    let inner = t.strip_prefix("**")?.strip_suffix("**")?.trim_start();
    let digits_at = inner.strip_prefix(['Q', 'q']).unwrap_or(inner);
    let digits: String = digits_at.chars().take_while(char::is_ascii_digit).collect();
    let after = digits_at[digits.len()..].chars().next()?;
    let marked = !digits.is_empty() && digits.len() <= 3 && ".-、)） :：".contains(after);
    (marked && !inner.contains("**"))
        .then(|| digits.parse().ok())
        .flatten()
}

/// A rule right under a heading (`## 1.编译器工作过程`, then `-----`) underlines it, or
/// parts it from the next: part of its head either way, no text of its own.
fn underlines(nodes: &mut [Node]) {
    // (Only headings hold headings here: six levels deep at most.)
    for n in nodes
        .iter_mut()
        .filter(|n| matches!(n.kind, Kind::Heading(_)))
    {
        if n.children
            .first()
            .is_some_and(|c| matches!(c.kind, Kind::Rule))
        {
            let rule = n.children.remove(0);
            n.head_end = n.head_end.max(rule.end);
        }
        underlines(&mut n.children);
    }
}

/// A heading's end is the end of its last child.
fn fix_ends(nodes: &mut [Node]) {
    for n in nodes {
        fix_ends(&mut n.children);
        if let Some(e) = n.children.iter().map(|c| c.end).max() {
            n.end = n.end.max(e);
        }
    }
}

/// A one-line-per-node outline of the tree (tests, `deckhand explain --tree`).
pub fn dump(n: &Node) -> String {
    fn go(n: &Node, depth: usize, out: &mut String) {
        use std::fmt::Write;
        let _ = writeln!(
            out,
            "{}{:?}{} {}-{} {}",
            "  ".repeat(depth),
            n.kind,
            n.heading.map(|h| format!("#{h}")).unwrap_or_default(),
            n.line + 1,
            n.end,
            n.title.chars().take(40).collect::<String>()
        );
        for c in &n.children {
            go(c, depth + 1, out);
        }
    }
    let mut s = String::new();
    for c in &n.children {
        go(c, 0, &mut s);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tree(text: &str) -> String {
        let lines: Vec<&str> = text.split('\n').collect();
        dump(&markdown(text, &lines))
    }

    #[test]
    fn items_indented_too_little_still_nest() {
        assert_eq!(
            tree("1. a\n2. b：\n  1. x\n  2. y\n3. c\n"),
            "Item { ordered: true } 1-1 a\nItem { ordered: true } 2-4 b：\n  Item { ordered: true } 3-3 x\n  Item { ordered: true } 4-4 y\nItem { ordered: true } 5-5 c\n"
        );
    }

    #[test]
    fn headings_nest_and_items_keep_children() {
        let t = tree("# T\nintro\n## A\n- q1\n  - a1\n- q2\n## B\ntext\nmore\n");
        assert_eq!(
            t,
            "Heading(1)#1 1-9 T\n  Para 2-2 intro\n  Heading(2)#2 3-6 A\n    Item { ordered: false } 4-5 q1\n      Item { ordered: false } 5-5 a1\n    Item { ordered: false } 6-6 q2\n  Heading(2)#2 7-9 B\n    Para 8-9 text\n      Text 9-9 more\n"
        );
    }

    #[test]
    fn logseq_heading_bullets_and_lazy_lines() {
        let t = tree("- # Codes\n\t- Shor code\n\t  collapsed:: true\n\t\t- idea\n");
        assert_eq!(
            t,
            "Item { ordered: false }#1 1-4 Codes\n  Item { ordered: false } 2-4 Shor code\n    Text 3-3 collapsed:: true\n    Item { ordered: false } 4-4 idea\n"
        );
    }

    #[test]
    fn loose_items_with_paragraphs() {
        let t = tree("1. docker 用了什么技术\n\n   namespace：隔离\n\n   cgroup：限制\n2. 镜像\n");
        assert_eq!(
            t,
            "Item { ordered: true } 1-5 docker 用了什么技术\n  Para 3-3 namespace：隔离\n  Para 5-5 cgroup：限制\nItem { ordered: true } 6-6 镜像\n"
        );
    }
}
