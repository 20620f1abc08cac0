//! The one Markdown dialect deckhand reads, for the block tree, card HTML and cheat-sheets.
//!
//! Why this module exists: notes are written in Obsidian, Typora, Logseq and GitHub, which all
//! extend CommonMark, and every consumer must read an answer the same way or a card and its
//! cheat-sheet disagree. Three things live here and nowhere else:
//!
//! * [`options`]: the pulldown-cmark extensions (tables, strikethrough, task lists, footnotes,
//!   `$…$`/`$$…$$` math).
//! * [`prepare`]: line-preserving rewrites of what pulldown-cmark does not know: `==highlight==`
//!   (→ `<mark>`), `%%comments%%` and `^block-ids` (hidden), `::: tip` containers (→ callouts),
//!   `\(…\)`/`\[…\]` (→ math), and emphasis written against Chinese text (`**_nsqd_**中`), which
//!   CommonMark's flanking rules refuse: a [`SENTINEL`] punctuation character is put between the
//!   delimiter and the Chinese character and taken out again by [`Events`].
//! * [`Events`]: the parser's events as the author meant them: a line break typed inside a
//!   paragraph stays a line break (as Obsidian and Typora show it), unless it only wraps
//!   English prose filled to a column (Emacs, plain text), `> [!tip] Title` callouts
//!   become block quotes of their kind with a title, and math is cleaned of MathJax commands
//!   that make links or inject markup ([`UNSAFE_MATH`]).
//!
//! Code (fences, indented blocks, code spans) and math are never rewritten.

use pulldown_cmark::{BlockQuoteKind, CowStr, Event, LinkType, Options, Parser, Tag, TagEnd};
use regex::Regex;
use std::borrow::Cow;
use std::collections::VecDeque;
use std::sync::OnceLock;

/// The Markdown extensions deckhand reads.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
}

/// Punctuation (U+2E00, never seen in notes) placed between an emphasis delimiter and a
/// Chinese character so that CommonMark lets the delimiter open or close; removed from text.
pub const SENTINEL: char = '\u{2E00}';

/// MathJax commands that make links, set HTML attributes or load code: removed from math, with
/// how many of their braced arguments go with them (the rest, the math they wrap, stays).
pub const UNSAFE_MATH: &[(&str, usize)] = &[
    ("href", 1),
    ("url", 1),
    ("class", 1),
    ("style", 1),
    ("cssId", 1),
    ("data", 1),
    ("unicode", 1),
    ("require", 1),
    ("htmlClass", 1),
    ("htmlStyle", 1),
    ("htmlId", 1),
    ("htmlData", 1),
    ("mmlToken", 1),
    ("toggle", 0),
    ("texttip", 1),
    ("mathtip", 1),
];

/// An `http(s)` URL (remote images stay remote; links may point there).
pub fn is_remote(url: &str) -> bool {
    let u = url.trim_start();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// A link target cards and sheets may follow: `http(s)` or `mailto:`, nothing else.
pub fn is_allowed_link(url: &str) -> bool {
    let lower = url
        .trim_start()
        .get(..7)
        .unwrap_or(url)
        .to_ascii_lowercase();
    is_remote(url) || lower.starts_with("mailto:")
}

/// Parses prepared Markdown (see [`prepare`]) into the dialect's events.
pub fn events(prepared: &str) -> Events<'_, Parser<'_>> {
    let mut events = Events::new(Parser::new_ext(prepared, options()));
    events.sentinels = prepared.contains(SENTINEL);
    events
}

// ---------------------------------------------------------------------------------------------
// prepare

/// Rewrites the note syntax pulldown-cmark does not read into syntax it does, line by line
/// (the line count never changes). Code fences and code spans are left as written.
pub fn prepare(md: &str) -> Cow<'_, str> {
    if !needs_prepare(md) {
        return Cow::Borrowed(md);
    }
    let mut out = String::with_capacity(md.len() + 32);
    let mut fence: Option<crate::clean::Fence> = None;
    let mut in_comment = false;
    let mut in_math = false;
    let mut containers = 0usize;
    for (i, line) in md.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let quote = "> ".repeat(containers);
        if let Some(f) = &fence {
            if crate::clean::fence_closes(line, f) {
                fence = None;
            }
            out.push_str(&quote);
            out.push_str(line);
            continue;
        }
        if let Some(f) = crate::clean::fence_open(line) {
            fence = Some(f);
            out.push_str(&quote);
            out.push_str(line);
            continue;
        }
        let trimmed = line.trim();
        if in_math {
            if trimmed == "\\]" || trimmed.ends_with("$$") {
                in_math = false;
                out.push_str(&quote);
                out.push_str(&line.replace("\\]", "$$"));
            } else {
                out.push_str(&quote);
                out.push_str(line);
            }
            continue;
        }
        if in_comment {
            match line.find("%%") {
                Some(k) => {
                    in_comment = false;
                    out.push_str(&quote);
                    out.push_str(&inline(&line[k + 2..], &mut in_comment));
                }
                None => out.push_str(quote.trim_end()),
            }
            continue;
        }
        if let Some((kind, title)) = container_open(trimmed) {
            out.push_str(&quote);
            out.push_str("> [!");
            out.push_str(kind);
            out.push(']');
            if !title.is_empty() {
                out.push(' ');
                out.push_str(title);
            }
            containers += 1;
            continue;
        }
        if containers > 0 && trimmed.len() >= 3 && trimmed.chars().all(|c| c == ':') {
            containers -= 1;
            out.push_str("> ".repeat(containers).trim_end());
            continue;
        }
        if trimmed == "\\[" || (trimmed == "$$") {
            in_math = true;
            out.push_str(&quote);
            out.push_str(&line.replace("\\[", "$$"));
            continue;
        }
        out.push_str(&quote);
        if needs_prepare(line) {
            out.push_str(&inline(line, &mut in_comment));
        } else {
            out.push_str(line);
        }
    }
    if out == md {
        Cow::Borrowed(md)
    } else {
        Cow::Owned(out)
    }
}

/// Whether `s` holds anything [`prepare`] rewrites (most answers do not: they are returned
/// as they are, without a copy).
fn needs_prepare(s: &str) -> bool {
    // memchr's vectorised searches: most answers are read at memory speed.
    let b = s.as_bytes();
    memchr::memchr3(b'^', b'$', b'\\', b).is_some()
        || memchr::memchr3_iter(b'=', b'%', b':', b).any(|i| b.get(i + 1) == Some(&b[i]))
        || memchr::memchr2_iter(b'*', b'_', b).any(|i| {
            let run_start = i == 0 || b[i - 1] != b[i];
            run_start && {
                let (_, open, close) = emphasis_run(s, i);
                open || close
            }
        })
}

/// The `*`/`_` run starting at byte `i`: its length, and whether it needs a [`SENTINEL`]
/// before it (Chinese before, punctuation inside: opening) or after it (punctuation inside,
/// Chinese after: closing), the cases CommonMark's flanking rules read as literal stars.
fn emphasis_run(s: &str, i: usize) -> (usize, bool, bool) {
    let b = s.as_bytes();
    let n = b[i..].iter().take_while(|&&x| x == b[i]).count();
    let before = s[..i].chars().next_back();
    let after = s[i + n..].chars().next();
    let punct = |x: Option<char>| x.is_some_and(is_punct);
    let wide = |x: Option<char>| x.is_some_and(is_wide);
    (
        n,
        wide(before) && punct(after),
        punct(before) && wide(after),
    )
}

/// `::: tip`, `:::warning 标题` (VuePress, Docusaurus, markdown-it-container).
fn container_open(trimmed: &str) -> Option<(&str, &str)> {
    let rest = trimmed.strip_prefix(":::")?.trim_start_matches(':').trim();
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let kind = &rest[..end];
    (!kind.is_empty()).then(|| (kind, rest[end..].trim()))
}

/// One line outside code: comments, highlights, block ids, `\(…\)`, CJK emphasis.
fn inline(line: &str, in_comment: &mut bool) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut text = String::new();
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if *in_comment {
            match line[i..].find("%%") {
                Some(k) => {
                    *in_comment = false;
                    i += k + 2;
                }
                None => i = b.len(),
            }
            continue;
        }
        match b[i] {
            b'`' => {
                let n = b[i..].iter().take_while(|&&c| c == b'`').count();
                let close = find_run(line, i + n, '`', n);
                let end = close.map_or(i + n, |c| c + n);
                flush(&mut out, &mut text);
                out.push_str(&line[i..end]);
                i = end;
            }
            b'\\' if matches!(b.get(i + 1), Some(b'(' | b'[')) => {
                let (open, close, delim) = if b[i + 1] == b'(' {
                    ("\\(", "\\)", "$")
                } else {
                    ("\\[", "\\]", "$$")
                };
                let body_start = i + open.len();
                match line[body_start..].find(close) {
                    Some(k) if is_tex(&line[body_start..body_start + k]) => {
                        flush(&mut out, &mut text);
                        let body = &line[body_start..body_start + k];
                        out.push_str(delim);
                        out.push_str(body.trim());
                        out.push_str(delim);
                        i = body_start + k + close.len();
                    }
                    _ => {
                        text.push_str(&line[i..i + 2]);
                        i += 2;
                    }
                }
            }
            b'\\' if i + 1 < b.len() => {
                let n = line[i + 1..].chars().next().map_or(1, char::len_utf8);
                text.push_str(&line[i..i + 1 + n]);
                i += 1 + n;
            }
            b'$' => {
                let n = if b.get(i + 1) == Some(&b'$') { 2 } else { 1 };
                match find_run(line, i + n, '$', n) {
                    Some(c) if c > i + n => {
                        flush(&mut out, &mut text);
                        out.push_str(&line[i..c + n]);
                        i = c + n;
                    }
                    _ => {
                        text.push_str(&line[i..i + n]);
                        i += n;
                    }
                }
            }
            b'%' if b.get(i + 1) == Some(&b'%') => {
                *in_comment = true;
                i += 2;
            }
            _ => {
                // Up to the next byte that can start syntax (all ASCII: a char boundary).
                let n = 1 + b[i + 1..]
                    .iter()
                    .position(|c| matches!(c, b'`' | b'\\' | b'$' | b'%'))
                    .unwrap_or(b.len() - i - 1);
                text.push_str(&line[i..i + n]);
                i += n;
            }
        }
    }
    flush(&mut out, &mut text);
    strip_block_id(&mut out);
    out
}

/// The next run of exactly `n` × `ch` at or after `from`.
fn find_run(line: &str, from: usize, ch: char, n: usize) -> Option<usize> {
    let b = line.as_bytes();
    let c = ch as u8;
    let mut j = from;
    while j < b.len() {
        if b[j] == c {
            let m = b[j..].iter().take_while(|&&x| x == c).count();
            if m == n && !(ch == '$' && b[j - 1] == b'\\') {
                return Some(j);
            }
            j += m;
        } else {
            j += 1;
        }
    }
    None
}

/// Whether the text between `\(` and `\)` is math rather than escaped parentheses
/// (`函数\(可选\)`): TeX commands, scripts, braces or an equation.
fn is_tex(body: &str) -> bool {
    let t = body.trim();
    !t.is_empty()
        && (t.contains(['\\', '^', '_', '{', '='])
            || (t.chars().count() == 1 && t.chars().all(|c| c.is_ascii_alphabetic())))
}

/// Plain text (no code, no math): highlights and CJK emphasis.
fn flush(out: &mut String, text: &mut String) {
    if text.is_empty() {
        return;
    }
    let mut t: Cow<'_, str> = Cow::Borrowed(text.as_str());
    if t.contains("==") {
        static MARK: OnceLock<Regex> = OnceLock::new();
        let re = MARK.get_or_init(|| Regex::new(r"==([^=\s](?:[^=]*?[^=\s])?)==").unwrap());
        if let Cow::Owned(s) = re.replace_all(&t, "<mark>$1</mark>") {
            t = Cow::Owned(s);
        }
    }
    if let Some(s) = cjk_emphasis(&t) {
        t = Cow::Owned(s);
    }
    out.push_str(&t);
    text.clear();
}

/// Puts [`SENTINEL`] where [`emphasis_run`] says a `*`/`_` run needs one (`**“引号”**后`,
/// `**_x_**中`).
fn cjk_emphasis(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'*' && b[i] != b'_' {
            i += 1;
            continue;
        }
        let (n, open, close) = emphasis_run(s, i);
        if open || close {
            let o = out.get_or_insert_with(|| String::with_capacity(s.len() + 8));
            o.push_str(&s[copied..i]);
            if open {
                o.push(SENTINEL);
            }
            o.push_str(&s[i..i + n]);
            if close {
                o.push(SENTINEL);
            }
            copied = i + n;
        }
        i += n;
    }
    out.map(|mut o| {
        o.push_str(&s[copied..]);
        o
    })
}

fn is_punct(c: char) -> bool {
    c.is_ascii_punctuation()
        || matches!(c as u32, 0x2010..=0x2027 | 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20)
}

/// Characters set wide in CJK text (Han, kana, Hangul, CJK punctuation, full-width forms).
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD)
}

/// Obsidian block ids at the end of a line (`… ^a1b2c3`) are anchors, not text.
fn strip_block_id(s: &mut String) {
    let t = s.trim_end();
    if let Some(k) = t.rfind('^') {
        let id = &t[k + 1..];
        let at_word_start = k == 0 || t[..k].ends_with([' ', '\t']);
        if at_word_start
            && !id.is_empty()
            && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            let keep = t[..k].trim_end().len();
            s.truncate(keep);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// events

/// The dialect's event stream over a pulldown-cmark parser (see the module doc).
pub struct Events<'a, I: Iterator<Item = Event<'a>>> {
    inner: I,
    queue: VecDeque<Event<'a>>,
    /// MathJax commands taken out of math so far (`\href`, …), in order.
    pub removed: Vec<&'static str>,
    /// Whether the input can hold [`SENTINEL`]s to strip (most answers cannot).
    sentinels: bool,
    /// Events already final (a bare URL's link), handed out before anything else.
    ready: VecDeque<Event<'a>>,
    /// Open links and images, and whether a code block is open: no bare URLs there.
    link_depth: usize,
    in_code: bool,
    /// Characters of the current line so far, and its last one: a line filled to a column
    /// and broken mid-sentence is wrapped prose (see [`Events::wraps`]).
    line_chars: usize,
    last_char: Option<char>,
}

impl<'a, I: Iterator<Item = Event<'a>>> Events<'a, I> {
    pub fn new(inner: I) -> Self {
        Events {
            inner,
            queue: VecDeque::new(),
            removed: Vec::new(),
            sentinels: true,
            ready: VecDeque::new(),
            link_depth: 0,
            in_code: false,
            line_chars: 0,
            last_char: None,
        }
    }

    /// Whether a line break typed inside a paragraph only wraps prose filled to a column
    /// (Emacs, plain-text English notes): a long line (60 characters or more) that stops
    /// mid-sentence, the next going on in lower case. Such a break is a space; any other
    /// stays the line break the author typed.
    fn wraps(&mut self) -> bool {
        if self.line_chars < crate::text::WRAP_COLUMN
            || !self.last_char.is_some_and(crate::text::stops_mid_sentence)
        {
            return false;
        }
        if self.queue.is_empty() {
            match self.inner.next() {
                Some(ev) => self.queue.push_back(ev),
                None => return false,
            }
        }
        matches!(self.queue.front(), Some(Event::Text(t)) if t.starts_with(|c: char| c.is_ascii_lowercase()))
    }

    /// After a block quote opens: a first line `[!kind]± title` makes it a callout.
    fn callout(&mut self, start: Event<'a>) -> Event<'a> {
        let mut buf = Vec::new();
        let mut line = String::new();
        let mut ended = false;
        let mut plain = true;
        for ev in self.inner.by_ref() {
            match &ev {
                Event::Start(Tag::Paragraph) if buf.is_empty() => {}
                Event::Text(t) => line.push_str(t),
                Event::SoftBreak | Event::HardBreak => {
                    buf.push(ev);
                    break;
                }
                Event::End(TagEnd::Paragraph) => {
                    ended = true;
                    buf.push(ev);
                    break;
                }
                _ => plain = false,
            }
            buf.push(ev);
            if !plain || buf.len() > 16 {
                break;
            }
        }
        let parsed = if plain { callout_head(&line) } else { None };
        let Some((kind, title)) = parsed else {
            self.queue.extend(buf);
            return start;
        };
        // The quote, its title as a strong first paragraph, then the rest of the first paragraph.
        self.queue.push_back(Event::Start(Tag::Paragraph));
        self.queue.push_back(Event::Start(Tag::Strong));
        self.queue.push_back(Event::Text(title.into()));
        self.queue.push_back(Event::End(TagEnd::Strong));
        self.queue.push_back(Event::End(TagEnd::Paragraph));
        if !ended {
            self.queue.push_back(Event::Start(Tag::Paragraph));
        }
        Event::Start(Tag::BlockQuote(Some(kind)))
    }
}

/// `[!What kind of concurrency is this?]` over its answer: a question written where a
/// callout's kind goes (words that ask, not one name), the callout's title.
pub fn callout_question(line: &str) -> Option<String> {
    let rest = line.trim().strip_prefix("[!")?;
    let (name, after) = rest.split_once(']')?;
    let name = name.trim();
    let asks = name.ends_with(['?', '？'])
        || crate::text::asks_in_english(name)
        || crate::text::is_question_like(name);
    (name.contains(' ') && asks && after.trim().is_empty()).then(|| name.to_string())
}

/// `[!tip]- 标题` → (kind, title); the title defaults to the kind's name.
fn callout_head(line: &str) -> Option<(BlockQuoteKind, String)> {
    if let Some(q) = callout_question(line) {
        return Some((BlockQuoteKind::Important, q));
    }
    let rest = line.trim().strip_prefix("[!")?;
    let close = rest.find(']')?;
    let name = &rest[..close];
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
    {
        return None;
    }
    let title = rest[close + 1..].trim_start_matches(['+', '-']).trim();
    let kind = match name.to_ascii_lowercase().as_str() {
        "tip" | "hint" | "success" | "check" | "done" => BlockQuoteKind::Tip,
        "important" | "question" | "help" | "faq" => BlockQuoteKind::Important,
        "warning" | "caution" | "attention" => BlockQuoteKind::Warning,
        "danger" | "error" | "bug" | "failure" | "fail" | "missing" => BlockQuoteKind::Caution,
        _ => BlockQuoteKind::Note,
    };
    let title = if title.is_empty() {
        let mut t = name.to_string();
        if let Some(f) = t.get_mut(..1) {
            f.make_ascii_uppercase();
        }
        t
    } else {
        title.to_string()
    };
    Some((kind, title))
}

impl<'a, I: Iterator<Item = Event<'a>>> Iterator for Events<'a, I> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        if let Some(ev) = self.ready.pop_front() {
            return Some(ev);
        }
        let ev = if self.queue.is_empty() {
            match self.inner.next()? {
                ev @ Event::Start(Tag::BlockQuote(_)) => return Some(self.callout(ev)),
                ev => ev,
            }
        } else {
            self.queue.pop_front()?
        };
        match &ev {
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => self.link_depth += 1,
            Event::End(TagEnd::Link | TagEnd::Image) => {
                self.link_depth = self.link_depth.saturating_sub(1)
            }
            Event::Start(Tag::CodeBlock(_)) => self.in_code = true,
            Event::End(TagEnd::CodeBlock) => self.in_code = false,
            _ => {}
        }
        if let Event::Text(t) | Event::Code(t) = &ev {
            self.line_chars += t.chars().count();
            self.last_char = t.chars().last().or(self.last_char);
        }
        if matches!(ev, Event::SoftBreak) {
            let space = self.wraps();
            self.line_chars = 0;
            self.last_char = None;
            return Some(if space {
                Event::Text(" ".into())
            } else {
                Event::HardBreak
            });
        }
        let inline = matches!(
            ev,
            Event::Start(
                Tag::Emphasis
                    | Tag::Strong
                    | Tag::Strikethrough
                    | Tag::Link { .. }
                    | Tag::Image { .. }
            )
        );
        if matches!(
            ev,
            Event::HardBreak | Event::Start(_) | Event::End(TagEnd::Paragraph)
        ) && !inline
        {
            self.line_chars = 0;
            self.last_char = None;
        }
        Some(match ev {
            Event::Text(t) => {
                let t = if self.sentinels && t.contains(SENTINEL) {
                    t.replace(SENTINEL, "").into()
                } else {
                    t
                };
                if self.link_depth == 0 && !self.in_code && t.contains("://") {
                    self.link_bare_urls(t)
                } else {
                    Event::Text(t)
                }
            }
            Event::InlineMath(t) => Event::InlineMath(self.safe_math(t)),
            Event::DisplayMath(t) => Event::DisplayMath(self.safe_math(t)),
            other => other,
        })
    }
}

impl<'a, I: Iterator<Item = Event<'a>>> Events<'a, I> {
    /// Text holding bare `http(s)://` URLs: the first piece, the rest (each URL as an autolink)
    /// queued as final, so card HTML and sheets link them alike.
    fn link_bare_urls(&mut self, t: CowStr<'a>) -> Event<'a> {
        let mut pieces = Vec::new();
        let mut at = 0;
        for m in bare_url().find_iter(&t) {
            if m.start() > at {
                pieces.push(Event::Text(t[at..m.start()].to_string().into()));
            }
            let url: CowStr<'a> = m.as_str().to_string().into();
            pieces.push(Event::Start(Tag::Link {
                link_type: LinkType::Autolink,
                dest_url: url.clone(),
                title: "".into(),
                id: "".into(),
            }));
            pieces.push(Event::Text(url));
            pieces.push(Event::End(TagEnd::Link));
            at = m.end();
        }
        if pieces.is_empty() {
            return Event::Text(t);
        }
        if at < t.len() {
            pieces.push(Event::Text(t[at..].to_string().into()));
        }
        let mut pieces = pieces.into_iter();
        let first = pieces.next().expect("at least one piece");
        self.ready.extend(pieces);
        first
    }

    fn safe_math(&mut self, t: CowStr<'a>) -> CowStr<'a> {
        match strip_unsafe_math(&t) {
            (Cow::Borrowed(_), _) => t,
            (Cow::Owned(s), removed) => {
                self.removed.extend(removed);
                s.into()
            }
        }
    }
}

/// `http(s)://…` in running text, up to whitespace or CJK punctuation, without the sentence's
/// closing punctuation.
fn bare_url() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"https?://[^\s<>\u{3000}-\u{303F}\u{FF01}-\u{FF0F}\u{FF1A}-\u{FF20}）]+[^\s<>.,;:!?'\u{22})\]\u{3000}-\u{303F}\u{FF01}-\u{FF0F}\u{FF1A}-\u{FF20}）]")
            .expect("valid pattern")
    })
}

/// Display math whose lines are broken with `\\` outside any environment (`a = b \\ c = d`):
/// the author meant separate lines, which MathJax and TeX only set inside an environment. The
/// environment both formats wrap it in: `aligned` when the lines are aligned at `&`, else
/// `gathered` (each line centred); `None` when the formula needs none.
pub fn lines_environment(tex: &str) -> Option<&'static str> {
    if !tex.contains("\\\\") || tex.contains("\\begin") {
        None
    } else if tex.contains('&') {
        Some("aligned")
    } else {
        Some("gathered")
    }
}

/// The [`UNSAFE_MATH`] commands inside the math of an answer, in order.
pub fn unsafe_math_in(md: &str) -> Vec<&'static str> {
    if !md.contains('\\') || !(md.contains('$') || md.contains("\\(") || md.contains("\\[")) {
        return Vec::new();
    }
    let prepared = prepare(md);
    let mut ev = events(&prepared);
    ev.by_ref().for_each(drop);
    ev.removed
}

/// `tex` without the [`UNSAFE_MATH`] commands, and which were removed.
pub fn strip_unsafe_math(tex: &str) -> (Cow<'_, str>, Vec<&'static str>) {
    if !tex.contains('\\') {
        return (Cow::Borrowed(tex), Vec::new());
    }
    let mut out = String::with_capacity(tex.len());
    let mut removed = Vec::new();
    let b = tex.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            let name_len = b[i + 1..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic())
                .count();
            let name = &tex[i + 1..i + 1 + name_len];
            if let Some(&(cmd, args)) = UNSAFE_MATH.iter().find(|(c, _)| *c == name) {
                removed.push(cmd);
                let mut j = i + 1 + name_len;
                // Optional `[…]` arguments (`\unicode[font]{x}`), then the braced ones.
                j = skip_ws(b, j);
                if b.get(j) == Some(&b'[') {
                    j = tex[j..].find(']').map_or(b.len(), |k| j + k + 1);
                }
                for _ in 0..args {
                    j = skip_ws(b, j);
                    j = skip_group(b, j);
                }
                i = j;
                continue;
            }
            let n = 1 + name_len.max(usize::from(i + 1 < b.len()));
            let n = tex[i..]
                .char_indices()
                .map(|(k, _)| k)
                .find(|&k| k >= n)
                .unwrap_or(tex.len() - i);
            out.push_str(&tex[i..i + n]);
            i += n;
        } else {
            let n = tex[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&tex[i..i + n]);
            i += n;
        }
    }
    if removed.is_empty() {
        (Cow::Borrowed(tex), removed)
    } else {
        (Cow::Owned(out), removed)
    }
}

fn skip_ws(b: &[u8], mut j: usize) -> usize {
    while b.get(j).is_some_and(|c| c.is_ascii_whitespace()) {
        j += 1;
    }
    j
}

/// Past one `{…}` group (nested braces, `\{` escapes) or one token.
fn skip_group(b: &[u8], j: usize) -> usize {
    match b.get(j) {
        Some(b'{') => {
            let mut depth = 0usize;
            let mut k = j;
            while k < b.len() {
                match b[k] {
                    b'\\' => k += 1,
                    b'{' => depth += 1,
                    b'}' => {
                        depth -= 1;
                        if depth == 0 {
                            return k + 1;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            b.len()
        }
        Some(_) => j + 1,
        None => j,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn evs(md: &str) -> Vec<Event<'static>> {
        let p = prepare(md).into_owned();
        events(&p).map(|e| e.into_static()).collect()
    }

    fn text_of(md: &str) -> String {
        evs(md)
            .into_iter()
            .filter_map(|e| match e {
                Event::Text(t) => Some(t.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn line_breaks_are_kept() {
        let e = evs("第一行\n第二行\nthird");
        assert_eq!(e.iter().filter(|e| **e == Event::HardBreak).count(), 2);
        assert!(!e.contains(&Event::SoftBreak));
    }

    #[test]
    fn prose_filled_to_a_column_flows() {
        // A long line stopped mid-sentence, the next going on in lower case: wrapped prose.
        let wrapped = "If an act or rule is right it will bring about the greatest pleasure\nfor the greatest number of people.\nShort line\nnext one";
        let e = evs(wrapped);
        assert_eq!(e.iter().filter(|e| **e == Event::HardBreak).count(), 2);
        assert!(e.contains(&Event::Text(" ".into())));
        // (Chinese lines and lines that end a sentence keep their breaks.)
        let kept = evs("这是一行很长的中文笔记，作者在这里按了回车，这一行已经超过了六十个字符的长度了吧应该是的对的没错吧\n下一行");
        assert_eq!(kept.iter().filter(|e| **e == Event::HardBreak).count(), 1);
        let ended = evs(
            "This sentence is long enough to fill a column and it ends with a stop.\nthen more",
        );
        assert_eq!(ended.iter().filter(|e| **e == Event::HardBreak).count(), 1);
    }

    /// The URLs the dialect's links point to, in order.
    fn link_targets(md: &str) -> Vec<String> {
        evs(md)
            .into_iter()
            .filter_map(|e| match e {
                Event::Start(Tag::Link { dest_url, .. }) => Some(dest_url.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn bare_urls_become_links_outside_links_and_code() {
        assert_eq!(
            link_targets("见 https://a.example/x?y=1。再看（https://b.example/z）, ok."),
            ["https://a.example/x?y=1", "https://b.example/z"]
        );
        // The text around and inside the links is unchanged.
        assert_eq!(
            text_of("见 https://a.example/x。"),
            "见 https://a.example/x。"
        );
        assert_eq!(
            link_targets("[文档](https://c.example/) `https://d.example/`\n\n```\nhttps://e.example/\n```\n\n![i](https://f.example/i.png)"),
            ["https://c.example/"]
        );
    }

    #[test]
    fn lines_broken_outside_an_environment_get_one() {
        assert_eq!(lines_environment(r"x = 1 \\ y = 2"), Some("gathered"));
        assert_eq!(lines_environment(r"a &= b \\ c &= d"), Some("aligned"));
        assert_eq!(lines_environment(r"\begin{cases} 1 \\ 2 \end{cases}"), None);
        assert_eq!(lines_environment(r"\frac{a}{b}"), None);
    }

    #[test]
    fn emphasis_against_chinese_text() {
        let e = evs("启动**_nsqd_**中的 **“引号”**后面");
        assert_eq!(
            e.iter()
                .filter(|e| matches!(e, Event::Start(Tag::Strong)))
                .count(),
            2,
            "{e:?}"
        );
        assert!(e.iter().any(|e| matches!(e, Event::Start(Tag::Emphasis))));
        let t = text_of("启动**_nsqd_**中的 **“引号”**后面");
        assert_eq!(t, "启动nsqd中的 “引号”后面");
    }

    #[test]
    fn answers_with_nothing_to_prepare_are_not_copied() {
        for plain in [
            "说明，mixed with `goroutine` and **scheduler**。\n\n- a: b\n| x |---:|",
            "**加粗**的中文 and _emphasis_ 后",
        ] {
            assert!(matches!(prepare(plain), Cow::Borrowed(_)), "{plain}");
        }
        for (needs, why) in [
            ("启动**_nsqd_**中", "sentinel"),
            ("a ==b== c", "highlight"),
            ("x %%hidden%% y", "comment"),
            ("\\(x^2\\)", "math"),
            ("line ^abc123", "block id"),
            ("::: tip\nx\n:::", "container"),
        ] {
            assert!(matches!(prepare(needs), Cow::Owned(_)), "{why}: {needs}");
        }
    }

    #[test]
    fn obsidian_syntax() {
        assert_eq!(
            prepare("a ==亮点== b ^abc-1\n%%隐藏%% 可见 `==code==`"),
            "a <mark>亮点</mark> b\n 可见 `==code==`"
        );
        assert_eq!(prepare("x %%start\nhidden\nend%% y\nz"), "x \n\n y\nz");
        assert_eq!(prepare("a == b and c == d"), "a == b and c == d");
        assert_eq!(prepare("2^10 is 1024"), "2^10 is 1024");
    }

    #[test]
    fn containers_become_callouts() {
        assert_eq!(
            prepare("::: warning 小心\n第一行\n\n第二段\n:::\nafter"),
            "> [!warning] 小心\n> 第一行\n> \n> 第二段\n\nafter"
        );
        let e = evs("> [!tip]- 折叠的提示\n> 内容\n");
        assert_eq!(
            e[0],
            Event::Start(Tag::BlockQuote(Some(BlockQuoteKind::Tip)))
        );
        assert_eq!(e[3], Event::Text("折叠的提示".into()));
        assert_eq!(text_of("> [!tip]- 折叠的提示\n> 内容\n"), "折叠的提示内容");
        let e = evs("> [!note]\n> body\n");
        assert_eq!(e[3], Event::Text("Note".into()));
        assert_eq!(
            evs("> [!tip] one-line")
                .iter()
                .filter(|e| matches!(e, Event::Start(Tag::Paragraph)))
                .count(),
            1
        );
        // A quote that is not a callout is unchanged.
        assert_eq!(text_of("> [link] text\n> more"), "[link] textmore");
    }

    #[test]
    fn math_in_every_spelling_keeps_its_backslashes() {
        let e = evs("行内 $x_1$ 和 \\(a_b\\) \n\n$$\na \\\\ b_1\n$$\n\n\\[\n\\frac{1}{2}\n\\]\n");
        let math: Vec<_> = e
            .iter()
            .filter_map(|e| match e {
                Event::InlineMath(t) => Some(format!("i:{t}")),
                Event::DisplayMath(t) => Some(format!("d:{t}")),
                _ => None,
            })
            .collect();
        assert_eq!(
            math,
            ["i:x_1", "i:a_b", "d:\na \\\\ b_1\n", "d:\n\\frac{1}{2}\n"]
        );
        // Escaped parentheses and brackets stay text.
        assert_eq!(prepare("函数\\(可选\\) \\[1\\]"), "函数\\(可选\\) \\[1\\]");
    }

    #[test]
    fn unsafe_mathjax_is_removed() {
        let (t, r) = strip_unsafe_math(
            r"\href{javascript:alert(1)}{x} + \class{a}{y}\unicode[f]{x41} \frac{1}{2}",
        );
        assert_eq!(t, r"{x} + {y} \frac{1}{2}");
        assert_eq!(r, ["href", "class", "unicode"]);
        let mut e = events("$\\url{javascript:x}$");
        let all: Vec<_> = e.by_ref().collect();
        assert!(!format!("{all:?}").contains("javascript"));
        assert_eq!(e.removed, ["url"]);
        assert_eq!(strip_unsafe_math(r"\hrefx \\ é").0, r"\hrefx \\ é");
    }

    #[test]
    fn code_is_never_rewritten() {
        let md = "```\n==x== %%y%% ::: tip\n```\n`a ==b==` **_x_**中";
        let p = prepare(md);
        assert!(
            p.starts_with("```\n==x== %%y%% ::: tip\n```\n`a ==b==`"),
            "{p}"
        );
    }
}
