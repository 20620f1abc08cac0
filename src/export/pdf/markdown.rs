//! Answer markdown → printable blocks.
//!
//! Why this module exists: layout should not know CommonMark. This turns pulldown-cmark's event
//! stream into a small tree the layout module can measure: paragraphs made of styled runs,
//! headings, nested lists, code blocks, tables, block quotes, images and rules. It never fails:
//! whatever markdown (or stray HTML) an answer holds becomes some block, and unknown constructs
//! degrade to their text.

use pulldown_cmark::{Alignment, BlockQuoteKind, Event, Tag, TagEnd};

/// Inline style flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
    pub code: bool,
    pub strike: bool,
    pub link: bool,
    /// `==highlighted==` (Obsidian) or `<mark>`.
    pub mark: bool,
    /// Inline math: the run's text is TeX, typeset as one formula.
    pub math: bool,
}

/// A piece of text in one style. `\n` inside `text` is a hard line break.
#[derive(Debug, Clone, PartialEq)]
pub struct Run {
    pub text: String,
    pub style: Style,
    /// Where a link goes (`http(s)`/`mailto`, written as a link or bare); the writer makes the
    /// run clickable.
    pub url: Option<String>,
}

/// A paragraph's worth of styled text.
pub type Inline = Vec<Run>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Center,
    Right,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Para(Inline),
    Heading(u8, Inline),
    /// `start` is `Some(n)` for an ordered list starting at n.
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Code(String),
    Table {
        aligns: Vec<Align>,
        /// The first `header_rows` rows are the head.
        header_rows: usize,
        rows: Vec<Vec<Inline>>,
    },
    Quote(Vec<Block>),
    /// A callout (`> [!tip] 标题`, `::: warning`): a tinted box of its kind, title first.
    Callout(Callout, Vec<Block>),
    /// Display math (`$$…$$`, `\[…\]`): TeX, typeset centred.
    Math(String),
    Image {
        src: String,
        alt: String,
    },
    Rule,
}

/// The kinds of callout boxes (GitHub's five; Obsidian's other kinds map onto them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Callout {
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

/// Parses an answer in deckhand's Markdown dialect. Never panics, whatever the input.
pub fn parse(markdown: &str) -> Vec<Block> {
    let prepared = crate::markdown::prepare(markdown);
    let mut b = Builder::default();
    for ev in crate::markdown::events(&prepared) {
        b.event(ev);
    }
    b.finish()
}

/// A container being filled.
#[derive(Debug)]
enum Frame {
    Root(Vec<Block>),
    Quote(Vec<Block>, Option<Callout>),
    List {
        start: Option<u64>,
        items: Vec<Vec<Block>>,
    },
    Item(Vec<Block>),
    Table {
        aligns: Vec<Align>,
        header_rows: usize,
        rows: Vec<Vec<Inline>>,
        in_head: bool,
    },
}

#[derive(Default)]
struct Builder {
    stack: Vec<Frame>,
    /// Inline text being collected (paragraph, heading, table cell, tight list item).
    inline: Option<Inline>,
    heading: Option<u8>,
    code: Option<String>,
    /// Alt text of an image being read, with its URL.
    image: Option<(String, String)>,
    /// Nesting counts, so `**a *b* c**` restores styles correctly.
    bold: u32,
    italic: u32,
    strike: u32,
    link: u32,
    mark: u32,
    /// The open links' URLs (`None` for one that may not be followed).
    links: Vec<Option<String>>,
    /// `[label] ` to put before the next text: a footnote definition's label.
    footnote: Option<String>,
    in_cell: bool,
    /// Quotes and lists opened beyond [`MAX_DEPTH`]: their content joins the enclosing block
    /// instead of nesting further (ten thousand nested quotes must not overflow the stack in
    /// layout, nor indent text off the page).
    flat: u32,
}

/// Deepest nesting of quotes and lists that is drawn as nesting.
const MAX_DEPTH: usize = 8;

impl Builder {
    fn blocks(&mut self) -> &mut Vec<Block> {
        if self.stack.is_empty() {
            self.stack.push(Frame::Root(Vec::new()));
        }
        // Find the innermost frame that holds blocks; a List needs an Item first.
        let needs_item = matches!(self.stack.last(), Some(Frame::List { .. }));
        if needs_item {
            self.stack.push(Frame::Item(Vec::new()));
        }
        let needs_root = matches!(self.stack.last(), Some(Frame::Table { .. }));
        if needs_root {
            // Blocks inside a table cannot happen in CommonMark; be safe anyway.
            self.stack.push(Frame::Quote(Vec::new(), None));
        }
        match self.stack.last_mut() {
            Some(Frame::Root(v)) | Some(Frame::Quote(v, _)) | Some(Frame::Item(v)) => v,
            _ => unreachable!("a block frame was pushed above"),
        }
    }

    fn push_block(&mut self, b: Block) {
        self.flush_inline();
        self.blocks().push(b);
    }

    fn flush_inline(&mut self) {
        if self.in_cell {
            return;
        }
        if let Some(mut runs) = self.inline.take() {
            trim_runs(&mut runs);
            if runs.is_empty() {
                return;
            }
            let block = match self.heading {
                Some(level) => Block::Heading(level, runs),
                None => Block::Para(runs),
            };
            self.blocks().push(block);
        }
    }

    fn style(&self) -> Style {
        Style {
            bold: self.bold > 0,
            italic: self.italic > 0,
            strike: self.strike > 0,
            link: self.link > 0,
            mark: self.mark > 0,
            code: false,
            math: false,
        }
    }

    fn text(&mut self, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        if let Some((_, alt)) = self.image.as_mut() {
            alt.push_str(text);
            return;
        }
        if let Some(code) = self.code.as_mut() {
            code.push_str(text);
            return;
        }
        if let Some(label) = self.footnote.take() {
            let runs = self.inline.get_or_insert_with(Vec::new);
            runs.push(Run {
                text: format!("[{label}] "),
                style: Style {
                    bold: true,
                    ..style
                },
                url: None,
            });
        }
        let runs = self.inline.get_or_insert_with(Vec::new);
        if style.math {
            // One formula per run: neighbouring formulas are never merged.
            runs.push(Run {
                text: text.to_string(),
                style,
                url: None,
            });
            return;
        }
        let mut buf = String::with_capacity(text.len() + 1);
        // Collapse whitespace runs like a browser would (not in inline code: kept verbatim).
        let mut last_space = runs
            .last()
            .and_then(|r| r.text.chars().last())
            .is_none_or(|c| c == ' ' || c == '\n')
            && !style.code;
        for c in text.chars() {
            let c = if c == '\t' || c == '\r' { ' ' } else { c };
            if c.is_control() && c != '\n' {
                continue;
            }
            if c == ' ' && !style.code {
                if last_space {
                    continue;
                }
                last_space = true;
            } else {
                last_space = c == '\n';
            }
            buf.push(c);
        }
        if buf.is_empty() {
            return;
        }
        let url = self.links.last().cloned().flatten();
        push_run(runs, &buf, style, url);
    }

    fn hard_break(&mut self) {
        let runs = self.inline.get_or_insert_with(Vec::new);
        while let Some(r) = runs.last_mut() {
            if r.text.ends_with(' ') {
                r.text.pop();
                if r.text.is_empty() {
                    runs.pop();
                }
            } else {
                break;
            }
        }
        if !runs.is_empty() {
            let style = self.style();
            self.text("\n", style);
        }
    }

    fn html(&mut self, html: &str, block: bool) {
        // Pull out what a reader would see: <br> breaks, <img src> images, text between tags.
        let mut rest = html;
        let mut text = String::new();
        while let Some(open) = rest.find('<') {
            text.push_str(&rest[..open]);
            let after = &rest[open..];
            let close = after.find('>').map(|i| i + 1).unwrap_or(after.len());
            let tag = &after[..close];
            let lower = tag.to_ascii_lowercase();
            if lower.starts_with("<br") {
                text.push('\n');
            } else if lower.starts_with("<mark") || lower.starts_with("</mark") {
                self.flush_text(&mut text);
                if lower.starts_with("</") {
                    self.mark = self.mark.saturating_sub(1);
                } else {
                    self.mark += 1;
                }
            } else if lower.starts_with("<img") {
                if let Some(src) = attr(tag, "src") {
                    let alt = attr(tag, "alt").unwrap_or_default();
                    self.flush_text(&mut text);
                    self.image_block(src, alt);
                }
            } else if block
                && (lower.starts_with("<p")
                    || lower.starts_with("</p")
                    || lower.starts_with("<div"))
            {
                text.push('\n');
            }
            rest = &after[close..];
        }
        text.push_str(rest);
        let text = decode_entities(&text);
        self.flush_text_str(&text, block);
    }

    fn flush_text(&mut self, text: &mut String) {
        let t = decode_entities(text);
        self.flush_text_str(&t, false);
        text.clear();
    }

    fn flush_text_str(&mut self, text: &str, block: bool) {
        let style = self.style();
        let mut first = true;
        for line in text.split('\n') {
            if !first {
                self.hard_break();
            }
            first = false;
            let t = if block { line.trim() } else { line };
            self.text(t, style);
        }
        if block {
            self.flush_inline();
        }
    }

    fn image_block(&mut self, src: String, alt: String) {
        if self.in_cell {
            // A table cell keeps its text; the picture becomes its description.
            let t = if alt.is_empty() { src } else { alt };
            let style = self.style();
            self.text(&format!("[{t}]"), style);
            return;
        }
        let heading = self.heading;
        self.flush_inline();
        self.blocks().push(Block::Image { src, alt });
        self.heading = heading;
    }

    fn event(&mut self, ev: Event<'_>) {
        match ev {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) => {
                let s = self.style();
                self.text(&t, s)
            }
            Event::Code(t) => {
                let mut s = self.style();
                s.code = true;
                self.text(&t, s);
            }
            Event::InlineMath(t) => {
                let mut s = self.style();
                s.math = true;
                self.text(&t, s);
            }
            Event::DisplayMath(t) => {
                if self.in_cell || self.image.is_some() || self.code.is_some() {
                    let mut s = self.style();
                    s.math = true;
                    self.text(&t, s);
                } else {
                    let heading = self.heading;
                    self.flush_inline();
                    self.blocks().push(Block::Math(t.trim().to_string()));
                    self.heading = heading;
                    self.inline = Some(Vec::new());
                }
            }
            Event::Html(h) => self.html(&h, true),
            Event::InlineHtml(h) => self.html(&h, false),
            Event::FootnoteReference(r) => {
                let s = self.style();
                self.text(&format!("[{r}]"), s);
            }
            // The dialect turns the author's line breaks into hard breaks; none are soft.
            Event::SoftBreak => self.text(" ", Style::default()),
            Event::HardBreak => self.hard_break(),
            Event::Rule => self.push_block(Block::Rule),
            Event::TaskListMarker(done) => {
                let s = self.style();
                self.text(if done { "✓ " } else { "□ " }, s);
            }
        }
    }

    fn depth(&self) -> usize {
        self.stack
            .iter()
            .filter(|f| matches!(f, Frame::Quote(..) | Frame::List { .. }))
            .count()
    }

    fn start(&mut self, tag: Tag<'_>) {
        if matches!(tag, Tag::BlockQuote(_) | Tag::List(_))
            && (self.flat > 0 || self.depth() >= MAX_DEPTH)
        {
            self.flush_inline();
            self.flat += 1;
            return;
        }
        if matches!(tag, Tag::Item) && self.flat > 0 {
            self.flush_inline();
            return;
        }
        match tag {
            Tag::Paragraph if !self.in_cell => {
                self.flush_inline();
                self.inline = Some(Vec::new());
            }
            Tag::Heading { level, .. } => {
                self.flush_inline();
                self.heading = Some(level as u8);
                self.inline = Some(Vec::new());
            }
            Tag::BlockQuote(kind) => {
                self.flush_inline();
                self.blocks();
                let callout = kind.map(|k| match k {
                    BlockQuoteKind::Note => Callout::Note,
                    BlockQuoteKind::Tip => Callout::Tip,
                    BlockQuoteKind::Important => Callout::Important,
                    BlockQuoteKind::Warning => Callout::Warning,
                    BlockQuoteKind::Caution => Callout::Caution,
                });
                self.stack.push(Frame::Quote(Vec::new(), callout));
            }
            Tag::FootnoteDefinition(label) => {
                self.flush_inline();
                self.footnote = Some(label.to_string());
            }
            Tag::CodeBlock(_) => {
                self.flush_inline();
                self.code = Some(String::new());
            }
            Tag::HtmlBlock => self.flush_inline(),
            Tag::List(start) => {
                self.flush_inline();
                self.blocks();
                self.stack.push(Frame::List {
                    start,
                    items: Vec::new(),
                });
            }
            Tag::Item => {
                self.flush_inline();
                if !matches!(self.stack.last(), Some(Frame::List { .. })) {
                    self.stack.push(Frame::List {
                        start: None,
                        items: Vec::new(),
                    });
                }
                self.stack.push(Frame::Item(Vec::new()));
            }
            Tag::Table(aligns) => {
                self.flush_inline();
                self.blocks();
                self.stack.push(Frame::Table {
                    aligns: aligns
                        .into_iter()
                        .map(|a| match a {
                            Alignment::Center => Align::Center,
                            Alignment::Right => Align::Right,
                            _ => Align::Left,
                        })
                        .collect(),
                    header_rows: 0,
                    rows: Vec::new(),
                    in_head: false,
                });
            }
            Tag::TableHead => {
                if let Some(Frame::Table { rows, in_head, .. }) = self.stack.last_mut() {
                    rows.push(Vec::new());
                    *in_head = true;
                }
            }
            Tag::TableRow => {
                if let Some(Frame::Table { rows, .. }) = self.stack.last_mut() {
                    rows.push(Vec::new());
                }
            }
            Tag::TableCell => {
                self.in_cell = true;
                self.inline = Some(Vec::new());
            }
            Tag::Emphasis => self.italic += 1,
            Tag::Strong => self.bold += 1,
            Tag::Strikethrough => self.strike += 1,
            Tag::Link { dest_url, .. } => {
                self.link += 1;
                let url = dest_url.trim();
                self.links
                    .push(crate::markdown::is_allowed_link(url).then(|| url.to_string()));
            }
            Tag::Image { dest_url, .. } => {
                self.image = Some((dest_url.to_string(), String::new()));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        if self.flat > 0 {
            match tag {
                TagEnd::BlockQuote(_) | TagEnd::List(_) => {
                    self.flush_inline();
                    self.flat -= 1;
                    return;
                }
                TagEnd::Item => {
                    self.flush_inline();
                    return;
                }
                _ => {}
            }
        }
        match tag {
            TagEnd::Paragraph => self.flush_inline(),
            TagEnd::Heading(_) => {
                self.flush_inline();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.flush_inline();
                self.close_until_quote();
            }
            TagEnd::CodeBlock => {
                let mut code = self.code.take().unwrap_or_default();
                while code.ends_with('\n') {
                    code.pop();
                }
                self.push_block(Block::Code(code));
            }
            TagEnd::HtmlBlock => self.flush_inline(),
            TagEnd::Item => {
                self.flush_inline();
                if matches!(self.stack.last(), Some(Frame::Item(_))) {
                    if let Some(Frame::Item(blocks)) = self.stack.pop() {
                        if let Some(Frame::List { items, .. }) = self.stack.last_mut() {
                            items.push(blocks);
                        }
                    }
                }
            }
            TagEnd::List(_) => {
                self.flush_inline();
                if matches!(self.stack.last(), Some(Frame::Item(_))) {
                    self.end(TagEnd::Item);
                }
                if matches!(self.stack.last(), Some(Frame::List { .. })) {
                    if let Some(Frame::List { start, items }) = self.stack.pop() {
                        self.blocks().push(Block::List { start, items });
                    }
                }
            }
            TagEnd::TableCell => {
                self.in_cell = false;
                let mut runs = self.inline.take().unwrap_or_default();
                trim_runs(&mut runs);
                if let Some(Frame::Table { rows, .. }) = self.stack.last_mut() {
                    if let Some(row) = rows.last_mut() {
                        row.push(runs);
                    }
                }
            }
            TagEnd::TableHead => {
                if let Some(Frame::Table {
                    header_rows,
                    in_head,
                    ..
                }) = self.stack.last_mut()
                {
                    *header_rows += 1;
                    *in_head = false;
                }
            }
            TagEnd::Table => {
                if matches!(self.stack.last(), Some(Frame::Table { .. })) {
                    if let Some(Frame::Table {
                        aligns,
                        header_rows,
                        rows,
                        ..
                    }) = self.stack.pop()
                    {
                        self.blocks().push(Block::Table {
                            aligns,
                            header_rows,
                            rows,
                        });
                    }
                }
            }
            TagEnd::Emphasis => self.italic = self.italic.saturating_sub(1),
            TagEnd::Strong => self.bold = self.bold.saturating_sub(1),
            TagEnd::Strikethrough => self.strike = self.strike.saturating_sub(1),
            TagEnd::Link => {
                self.link = self.link.saturating_sub(1);
                self.links.pop();
            }
            TagEnd::Image => {
                if let Some((src, alt)) = self.image.take() {
                    self.image_block(src, alt);
                }
            }
            _ => {}
        }
    }

    fn close_until_quote(&mut self) {
        // Close anything left open inside the quote (defensive), then the quote itself.
        while let Some(top) = self.stack.last() {
            match top {
                Frame::Quote(..) => break,
                Frame::Root(_) => return,
                Frame::Item(_) => self.end(TagEnd::Item),
                Frame::List { .. } => self.end(TagEnd::List(false)),
                Frame::Table { .. } => self.end(TagEnd::Table),
            }
        }
        if let Some(Frame::Quote(blocks, callout)) = self.stack.pop() {
            let b = match callout {
                Some(kind) => Block::Callout(kind, blocks),
                None => Block::Quote(blocks),
            };
            self.blocks().push(b);
        }
    }

    fn finish(mut self) -> Vec<Block> {
        if let Some(code) = self.code.take() {
            self.push_block(Block::Code(code));
        }
        self.flush_inline();
        // Close whatever is still open (pulldown-cmark always closes, but stay total).
        while self.stack.len() > 1 {
            match self.stack.last() {
                Some(Frame::Item(_)) => self.end(TagEnd::Item),
                Some(Frame::List { .. }) => self.end(TagEnd::List(false)),
                Some(Frame::Table { .. }) => self.end(TagEnd::Table),
                Some(Frame::Quote(..)) => self.close_until_quote(),
                _ => break,
            }
        }
        match self.stack.pop() {
            Some(Frame::Root(v)) => v,
            Some(Frame::Quote(v, _)) | Some(Frame::Item(v)) => v,
            _ => Vec::new(),
        }
    }
}

/// Appends text to the last run when it has the same style and link, else as a new run.
fn push_run(runs: &mut Vec<Run>, text: &str, style: Style, url: Option<String>) {
    if text.is_empty() {
        return;
    }
    match runs.last_mut() {
        Some(r) if r.style == style && r.url == url => r.text.push_str(text),
        _ => runs.push(Run {
            text: text.to_string(),
            style,
            url,
        }),
    }
}

/// Removes leading/trailing whitespace of a paragraph and empty runs.
fn trim_runs(runs: &mut Vec<Run>) {
    while let Some(r) = runs.first_mut() {
        let t = r.text.trim_start_matches([' ', '\n']);
        if t.len() != r.text.len() {
            r.text = t.to_string();
        }
        if r.text.is_empty() {
            runs.remove(0);
        } else {
            break;
        }
    }
    while let Some(r) = runs.last_mut() {
        let t = r.text.trim_end_matches([' ', '\n']);
        if t.len() != r.text.len() {
            r.text.truncate(t.len());
        }
        if r.text.is_empty() {
            runs.pop();
        } else {
            break;
        }
    }
}

/// Value of attribute `name` in an HTML start tag (quoted or not).
fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = lower[from..].find(name) {
        let at = from + i;
        from = at + name.len();
        let before_ok = at > 0 && lower.as_bytes()[at - 1].is_ascii_whitespace();
        let rest = lower[from..].trim_start();
        if !before_ok || !rest.starts_with('=') {
            continue;
        }
        let vstart = tag.len() - rest.len() + 1;
        let v = tag.get(vstart..)?.trim_start();
        let value = match v.chars().next()? {
            q @ ('"' | '\'') => v[1..].split(q).next()?.to_string(),
            _ => v
                .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
                .next()?
                .to_string(),
        };
        return Some(decode_entities(&value));
    }
    None
}

/// The few HTML entities notes actually contain.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(runs: &Inline) -> String {
        runs.iter().map(|r| r.text.as_str()).collect()
    }

    #[test]
    fn paragraphs_styles_and_the_authors_line_breaks() {
        let b = parse("第一行\n第二行 **粗体** and `code()`\nnext line");
        let Block::Para(runs) = &b[0] else {
            panic!("{b:?}")
        };
        assert_eq!(plain(runs), "第一行\n第二行 粗体 and code()\nnext line");
        assert!(runs.iter().any(|r| r.style.bold && r.text == "粗体"));
        assert!(runs.iter().any(|r| r.style.code && r.text == "code()"));
    }

    #[test]
    fn nested_lists_code_tables_quotes_images() {
        let md = "- a\n  - b\n    1. c\n- d\n\n```go\nfunc main() {}\n```\n\n| x | y |\n|---|--:|\n| 1 | 2 |\n\n> 引用\n\n![图](img/a.png)\n\n---\n";
        let b = parse(md);
        assert!(matches!(&b[0], Block::List { start: None, items } if items.len() == 2));
        if let Block::List { items, .. } = &b[0] {
            assert!(items[0]
                .iter()
                .any(|x| matches!(x, Block::List { items, .. } if items.len() == 1)));
        }
        assert_eq!(b[1], Block::Code("func main() {}".into()));
        assert!(
            matches!(&b[2], Block::Table { header_rows: 1, rows, aligns } if rows.len() == 2 && aligns[1] == Align::Right)
        );
        assert!(matches!(&b[3], Block::Quote(q) if q.len() == 1));
        assert!(matches!(&b[4], Block::Image { src, alt } if src == "img/a.png" && alt == "图"));
        assert_eq!(b[5], Block::Rule);
    }

    #[test]
    fn html_breaks_and_images() {
        let b = parse("一<br>二 <img src=\"x.png\" alt=\"pic\"> 三");
        assert!(matches!(&b[0], Block::Para(r) if plain(r) == "一\n二"));
        assert!(matches!(&b[1], Block::Image { src, .. } if src == "x.png"));
        assert!(matches!(&b[2], Block::Para(r) if plain(r) == "三"));
    }

    #[test]
    fn deep_nesting_is_capped() {
        fn depth(b: &[Block]) -> usize {
            b.iter()
                .map(|x| match x {
                    Block::Quote(q) => 1 + depth(q),
                    Block::List { items, .. } => {
                        1 + items.iter().map(|i| depth(i)).max().unwrap_or(0)
                    }
                    _ => 0,
                })
                .max()
                .unwrap_or(0)
        }
        let quotes = format!("{} 深", ">".repeat(10_000));
        let b = parse(&quotes);
        assert!(depth(&b) <= MAX_DEPTH, "{}", depth(&b));
        let lists: String = (0..3000)
            .map(|i| format!("{}- l{i}\n", "  ".repeat(i)))
            .collect();
        let b = parse(&lists);
        assert!(depth(&b) <= MAX_DEPTH);
        let text = format!("{b:?}");
        assert!(text.contains("l2999"), "deep text kept");
    }

    #[test]
    fn never_panics_on_odd_input() {
        for md in [
            "",
            "`",
            "```",
            "> - a\n> ```\n> b",
            "|a|\n|-|\n|<br>|",
            "* \n*\n",
            "<img src=>",
            "<img",
            "![",
            "[^1]\n\n[^1]: x",
            "1. a\n   > b\n   > | t |\n   > |---|\n   > | ![i](p.png) |",
        ] {
            let _ = parse(md);
        }
    }
}
