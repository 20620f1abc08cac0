//! Answers as card HTML: Markdown → HTML → sanitised HTML.
//!
//! Notes are untrusted text (pasted from web pages, shared by classmates), and Anki renders
//! fields as live HTML in a web view, so whatever the notes contain, no `<script>`, event
//! handler, `javascript:` URL or iframe may reach a card. pulldown-cmark renders the Markdown
//! (tables, strikethrough, task lists), code blocks are coloured by [`highlight`](super::highlight).
//!
//! Sanitising is where the time goes (ammonia parses HTML with html5ever: ~80% of an answer's
//! cost), so it runs exactly when it can change something. pulldown-cmark escapes every piece of
//! text and every attribute it writes, so HTML generated from pure Markdown is safe once its link
//! and image URLs pass the same allow-list ammonia applies (checked here, on the events). Any
//! raw HTML in the notes (block or inline) sends the whole answer through ammonia, which keeps
//! only an allow-list of tags and attributes. A test checks that ammonia leaves the Markdown-only
//! output unchanged.
//!
//! Images are where notes touch the file system: only images the library resolved and checked
//! (`Card::media`) are bundled; their `src` is rewritten to the bundled name. Any other local
//! `src` is dropped (a Markdown image degrades to its alt text), remote `http(s)` images stay.

use super::highlight;
use crate::markdown::{is_allowed_link, is_remote};
use crate::text::percent_decode;
use ammonia::Builder;
use pulldown_cmark::{CodeBlockKind, CowStr, Event, LinkType, Parser, Tag, TagEnd};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};

/// How one card's local images map to bundled media names (`src` as written → file name).
#[derive(Debug, Default, Clone)]
pub struct MediaNames {
    // Ordered maps: when several spellings could match a URL, the choice is reproducible.
    by_src: BTreeMap<String, String>,
    bundled: BTreeSet<String>,
}

impl MediaNames {
    /// Records that the note's image `src` is bundled as `bundled`.
    pub fn insert(&mut self, src: &str, bundled: &str) {
        self.by_src.insert(src.to_string(), bundled.to_string());
        self.bundled.insert(bundled.to_string());
    }

    /// Whether no image is bundled.
    pub fn is_empty(&self) -> bool {
        self.by_src.is_empty()
    }

    /// The bundled name for an image URL as it appears in the answer (raw or percent-encoded,
    /// Markdown `<…>` brackets or not); a URL that already is a bundled name maps to itself.
    fn lookup(&self, url: &str) -> Option<&str> {
        if let Some(n) = self.by_src.get(url) {
            return Some(n);
        }
        if let Some(n) = self.bundled.get(url) {
            return Some(n);
        }
        let decoded = percent_decode(url);
        self.by_src
            .iter()
            .find(|(src, _)| {
                let src = src.trim_start_matches('<').trim_end_matches('>');
                src == url || src == decoded || percent_decode(src) == decoded
            })
            .map(|(_, n)| n.as_str())
    }
}

/// The answer's Markdown as sanitised card HTML.
pub fn answer_html(markdown: &str, media: &MediaNames) -> String {
    rendered_answer(markdown, media).html
}

/// An answer as card HTML, with what rendering it had to leave out.
pub struct Rendered {
    /// The card HTML.
    pub html: String,
    /// MathJax commands removed from math (`\href`, `\style`, …).
    pub removed_math: Vec<&'static str>,
}

/// Renders an answer (see [`answer_html`]) and reports what was removed.
pub fn rendered_answer(markdown: &str, media: &MediaNames) -> Rendered {
    let (raw, has_raw_html, removed_math) = markdown_html(markdown, media);
    let html = if !has_raw_html {
        raw
    } else if media.is_empty() {
        plain_sanitizer().clean(&raw).to_string()
    } else {
        sanitizer(Arc::new(media.clone())).clean(&raw).to_string()
    };
    Rendered { html, removed_math }
}

/// A question as HTML: its text, with inline code as `<code>` when it has any.
pub fn question_html(question: &str, markdown: &str) -> String {
    if markdown.is_empty() {
        return text_html(question);
    }
    let mut out = String::with_capacity(markdown.len() + 32);
    for ev in Parser::new(markdown) {
        match ev {
            Event::Text(t) => out.push_str(&highlight::escape(&t)),
            Event::Code(t) => {
                out.push_str("<code>");
                out.push_str(&highlight::escape(&t));
                out.push_str("</code>");
            }
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            _ => {}
        }
    }
    out
}

/// Plain text (questions, topics, sources) as HTML.
pub fn text_html(text: &str) -> String {
    highlight::escape(text)
}

/// Renders Markdown to HTML, colouring code blocks, resolving images and dropping links to
/// schemes outside the allow-list; also tells whether the notes contained raw HTML, which
/// this rendering passes through unchecked.
fn markdown_html(markdown: &str, media: &MediaNames) -> (String, bool, Vec<&'static str>) {
    let prepared = crate::markdown::prepare(markdown);
    let mut out = String::with_capacity(markdown.len() * 3 / 2 + 64);
    let mut events = CardEvents {
        inner: crate::markdown::events(&prepared),
        media,
        dropped_links: Vec::new(),
        raw_html: false,
    };
    pulldown_cmark::html::push_html(&mut out, &mut events);
    let removed = std::mem::take(&mut events.inner.removed);
    (out, events.raw_html, removed)
}

/// The parser's events, adjusted for cards: code blocks become highlighted HTML, task-list
/// markers become characters (no `<input>`), unbundled local images become a placeholder naming the file,
/// links to other schemes than http(s)/mailto become their text.
struct CardEvents<'a, 'm> {
    inner: crate::markdown::Events<'a, Parser<'a>>,
    media: &'m MediaNames,
    /// One entry per open link: whether its start tag was dropped.
    dropped_links: Vec<bool>,
    /// Whether the notes' own HTML went through (then the result must be sanitised).
    raw_html: bool,
}

impl<'a> Iterator for CardEvents<'a, '_> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let event = self.inner.next()?;
            match event {
                Event::Start(Tag::CodeBlock(kind)) => return Some(self.code_block(kind)),
                Event::TaskListMarker(done) => {
                    return Some(Event::Text(if done { "☑ " } else { "☐ " }.into()))
                }
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }) => match self.image_url(&dest_url) {
                    Some(url) => {
                        return Some(Event::Start(Tag::Image {
                            link_type,
                            dest_url: url,
                            title,
                            id,
                        }));
                    }
                    None => return Some(self.missing_image(&dest_url)),
                },
                Event::Start(Tag::Link {
                    link_type,
                    ref dest_url,
                    ..
                }) => {
                    let keep = link_type == LinkType::Email || is_allowed_link(dest_url);
                    self.dropped_links.push(!keep);
                    if keep {
                        return Some(event);
                    }
                }
                Event::End(TagEnd::Link) => {
                    if !self.dropped_links.pop().unwrap_or(false) {
                        return Some(event);
                    }
                }
                Event::InlineHtml(ref h) if h.as_ref() == "<mark>" || h.as_ref() == "</mark>" => {
                    return Some(event)
                }
                Event::Html(_) | Event::InlineHtml(_) => {
                    self.raw_html = true;
                    return Some(event);
                }
                // MathJax, which every Anki client renders: `\(…\)` and `\[…\]`, the TeX
                // escaped as text (MathJax reads the decoded text).
                Event::InlineMath(tex) => {
                    return Some(Event::InlineHtml(
                        format!("\\({}\\)", highlight::escape(&tex)).into(),
                    ))
                }
                Event::DisplayMath(tex) => {
                    let tex = match crate::markdown::lines_environment(&tex) {
                        Some(env) => format!("\\begin{{{env}}}{tex}\\end{{{env}}}").into(),
                        None => tex,
                    };
                    return Some(Event::InlineHtml(
                        format!("\\[{}\\]", highlight::escape(&tex)).into(),
                    ));
                }
                other => return Some(other),
            }
        }
    }
}

impl<'a> CardEvents<'a, '_> {
    /// Consumes a code block's text and returns it as one coloured HTML event.
    fn code_block(&mut self, kind: CodeBlockKind<'a>) -> Event<'a> {
        let mut code = String::new();
        for event in self.inner.by_ref() {
            match event {
                Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                    code.push_str(&t)
                }
                Event::End(TagEnd::CodeBlock) => break,
                _ => {}
            }
        }
        let lang = match &kind {
            CodeBlockKind::Fenced(info) => highlight::fence_language(info),
            CodeBlockKind::Indented => String::new(),
        };
        // Unlabelled blocks are coloured only when they are unmistakably Go (the language
        // these notes use most); the class keeps saying nothing, as the notes did.
        let colour_as = if lang.is_empty() && highlight::looks_like_go(&code) {
            "go"
        } else {
            lang.as_str()
        };
        let mut html = String::with_capacity(code.len() * 2 + 64);
        // Text in a language-less or `text` fence is prose (or output): it wraps.
        let prose = matches!(lang.as_str(), "" | "text" | "txt" | "plain" | "plaintext")
            && colour_as.is_empty();
        html.push_str(if prose {
            "<pre class=\"dh-code dh-wrap\"><code"
        } else {
            "<pre class=\"dh-code\"><code"
        });
        if is_class_safe(&lang) && !lang.is_empty() {
            html.push_str(" class=\"language-");
            html.push_str(&lang);
            html.push('"');
        }
        html.push('>');
        html.push_str(&highlight::highlight(&code, colour_as));
        html.push_str("</code></pre>\n");
        Event::Html(html.into())
    }

    /// An image that is not bundled: its events are consumed and a visible placeholder naming
    /// the file stands in its place (its alt text alone would read as stray words).
    fn missing_image(&mut self, url: &str) -> Event<'a> {
        let mut depth = 1usize;
        for ev in self.inner.by_ref() {
            match ev {
                Event::Start(Tag::Image { .. }) => depth += 1,
                Event::End(TagEnd::Image) => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        Event::InlineHtml(
            format!(
                "<span class=\"dh-missing\">[{}]</span>",
                highlight::escape(&crate::media::missing_image_label(url))
            )
            .into(),
        )
    }

    /// The URL an image keeps: remote as is, bundled local ones renamed, others none.
    fn image_url(&self, url: &str) -> Option<CowStr<'a>> {
        if is_remote(url) {
            return Some(CowStr::from(url.to_string()));
        }
        self.media
            .lookup(url)
            .map(|name| CowStr::from(name.to_string()))
    }
}

fn is_class_safe(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '+' | '#'))
}

/// The shared sanitiser for answers without bundled images (most of them), built once.
fn plain_sanitizer() -> &'static Builder<'static> {
    static PLAIN: OnceLock<Builder<'static>> = OnceLock::new();
    PLAIN.get_or_init(|| sanitizer(Arc::new(MediaNames::default())))
}

/// The allow-list: ammonia's defaults (no script, style, iframe, form, event handler or
/// `javascript:` URL), plus `class` for highlighted code and table-cell alignment.
fn sanitizer(media: Arc<MediaNames>) -> Builder<'static> {
    let mut b = Builder::default();
    b.url_schemes(["http", "https", "mailto"].into_iter().collect())
        .add_tag_attributes("span", ["class"])
        .add_tag_attributes("code", ["class"])
        .add_tag_attributes("pre", ["class"])
        .add_tag_attributes("blockquote", ["class"])
        .add_tag_attributes("div", ["class"])
        .add_tag_attributes("sup", ["class"])
        .add_tag_attributes("th", ["style"])
        .add_tag_attributes("td", ["style"])
        .rm_tags(["area", "map"])
        .link_rel(None)
        .attribute_filter(move |element, attribute, value| {
            filter_attribute(&media, element, attribute, value)
        });
    b
}

fn filter_attribute<'u>(
    media: &MediaNames,
    element: &str,
    attribute: &str,
    value: &'u str,
) -> Option<Cow<'u, str>> {
    match (element, attribute) {
        ("img", "src") if is_remote(value) => Some(value.into()),
        ("img", "src") => media.lookup(value).map(|n| Cow::Owned(n.to_string())),
        ("a", "href") if is_allowed_link(value) => Some(value.into()),
        ("a", "href") => None,
        (_, "style") => alignment_only(value).map(Cow::Borrowed),
        _ => Some(value.into()),
    }
}

/// Keeps a `style` only when it is pulldown-cmark's table alignment.
fn alignment_only(style: &str) -> Option<&'static str> {
    match style.trim().trim_end_matches(';').trim() {
        "text-align: left" => Some("text-align: left"),
        "text-align: center" => Some("text-align: center"),
        "text-align: right" => Some("text-align: right"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str) -> String {
        answer_html(md, &MediaNames::default())
    }

    #[test]
    fn tables_lists_and_code_survive() {
        let h = html("| a | b |\n|:-|-:|\n| 1 | 2 |\n\n- one\n- two\n\n```go\nfunc f() {}\n```\n");
        assert!(h.contains("<table>"), "{h}");
        assert!(h.contains("<th style=\"text-align: left\">a</th>"), "{h}");
        assert!(h.contains("<li>one</li>"), "{h}");
        assert!(
            h.contains("<pre class=\"dh-code\"><code class=\"language-go\">"),
            "{h}"
        );
        assert!(h.contains("<span class=\"hl-k\">func"), "{h}");
    }

    #[test]
    fn unlabelled_go_is_coloured_other_unlabelled_code_is_not() {
        let go = html("```\nfunc main() {\n\tx := 1\n}\n```\n");
        assert!(
            go.contains("<pre class=\"dh-code\"><code><span class=\"hl-k\">func"),
            "{go}"
        );
        let other = html("```\nfunction f() { return 1 }\n```\n");
        assert!(!other.contains("<span"), "{other}");
    }

    #[test]
    fn dangerous_html_is_removed() {
        let md = "<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n\
                  [x](javascript:alert(3)) <a href=\"JaVaScRiPt:alert(4)\">y</a>\n\n\
                  <iframe src=\"https://e.com\"></iframe><div onclick=\"z()\" style=\"position:fixed\">d</div>\n\n\
                  <svg><script>alert(5)</script></svg><object data=x></object><form><input></form>";
        let h = html(md).to_lowercase();
        for bad in [
            "<script",
            "alert",
            "onerror",
            "onclick",
            "javascript:",
            "<iframe",
            "position:fixed",
            "<object",
            "<input",
            "<form",
            "<svg",
        ] {
            assert!(!h.contains(bad), "{bad} survived in {h}");
        }
        assert!(h.contains(">d</div>"), "{h}");
    }

    #[test]
    fn only_bundled_local_images_keep_a_src() {
        let mut media = MediaNames::default();
        media.insert("img/a b.png", "a_b-0123.png");
        let md =
            "![alt one](<img/a b.png>) ![alt two](../../secret.png) ![r](https://e.com/r.png)\n\n\
                  <img src=\"/etc/passwd\"> <img src=\"img/a b.png\">";
        let h = answer_html(md, &media);
        assert_eq!(h.matches("src=\"a_b-0123.png\"").count(), 2, "{h}");
        assert!(h.contains("src=\"https://e.com/r.png\""), "{h}");
        assert!(!h.contains("../") && !h.contains("passwd"), "{h}");
        assert!(
            h.contains("<span class=\"dh-missing\">[missing image: secret.png]</span>"),
            "an image that is not bundled shows a placeholder naming it: {h}"
        );
        assert!(!h.contains("alt two"), "{h}");
    }

    #[test]
    fn questions_show_inline_code_escaped() {
        assert_eq!(
            question_html("What is Vec<T>?", "What is `Vec<T>`?"),
            "What is <code>Vec&lt;T&gt;</code>?"
        );
        assert_eq!(question_html("a <b> c", ""), "a &lt;b&gt; c");
    }

    #[test]
    fn task_markers_and_chinese_text() {
        let h = html("- [x] 完成了\n- [ ] 还没有\n");
        assert!(h.contains("☑ 完成了") && h.contains("☐ 还没有"), "{h}");
        assert!(!h.contains("<input"), "{h}");
    }

    #[test]
    fn relative_links_lose_their_href_but_keep_text() {
        let h = html("[other note](other.md) and [site](https://example.com)");
        assert!(!h.contains("other.md"), "{h}");
        assert!(h.contains("other note"), "{h}");
        assert!(h.contains("href=\"https://example.com\""), "{h}");
    }

    #[test]
    fn percent_decoding() {
        assert_eq!(percent_decode("a%20b%E4%B8%AD"), "a b中");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn numbered_lists_keep_their_start_and_details_survive() {
        let h = answer_html(
            "3. three\n4. four\n\n<details><summary>更多</summary>\n\nhidden\n\n</details>\n",
            &MediaNames::default(),
        );
        assert!(h.contains("<ol start=\"3\">"), "{h}");
        assert!(h.contains("<details><summary>更多</summary>"), "{h}");
    }

    #[test]
    fn markdown_only_output_is_already_what_ammonia_would_keep() {
        let samples = [
            "plain *em* **strong** ~~del~~ `code` 中文，标点。",
            "# h1\n## h2\n\n> quote\n> more\n\n---\n\nline one  \nline two",
            "1. a\n2. b\n   - c\n\n- [x] done\n- [ ] todo",
            "| a | b |\n|:-:|--|\n| `x|y` | **z** |",
            "[ok](https://e.com/a?b=1&c=\"2\" \"t<i>tle\") [bad](javascript:alert(1)) <https://e.com> <me@e.com>",
            "![alt \"q\"](https://e.com/i.png \"title\") ![local](x.png)",
            "```go\nfunc f() { s := \"<b>\" }\n```\n\n    indented <code>\n",
            "a & b < c > d \" e ' f",
        ];
        for md in samples {
            let (fast, raw, _) = markdown_html(md, &MediaNames::default());
            assert!(!raw, "{md}");
            let cleaned = plain_sanitizer().clean(&fast).to_string();
            let norm = |s: &str| s.replace(" />", ">").replace("&quot;", "\"");
            assert_eq!(
                norm(&cleaned),
                norm(&fast),
                "ammonia changed the output of {md:?}"
            );
            assert!(!fast.contains("javascript"), "{fast}");
        }
    }
}
