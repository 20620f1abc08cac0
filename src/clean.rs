//! Clean: lenient fixes a CommonMark parser won't make, done line by line so that every
//! line keeps its number (cards point at `file:line`).
//!
//! People paste from blogs, Typora, Obsidian and Word: `##标题` without a space, `<font>`
//! wrappers (some never closed), Obsidian `![[img.png|300]]`, footnote back-links, emoji
//! shortcodes, `https：//` with a fullwidth colon, and whole sections of prose wrapped in a
//! language-less code fence. Code blocks themselves are left untouched.

use regex::Regex;
use std::sync::OnceLock;

/// The cleaned text plus what the cleaner learned about it.
#[derive(Debug, Clone, Default)]
pub struct Cleaned {
    pub text: String,
    /// 0-based line ranges (start inclusive, end exclusive) that were prose inside a
    /// language-less code fence; the fence lines themselves are blanked.
    pub prose: Vec<(usize, usize)>,
    /// Line ranges indented four columns under a paragraph that Markdown would read as code
    /// and that are prose (the same ranges as `prose`, for Markdown only: in plain text
    /// indentation is the outline's own).
    pub indented: Vec<(usize, usize)>,
    /// (0-based line, message) for things worth telling the user.
    pub notes: Vec<(usize, String)>,
    /// 0-based lines blanked because they only carried outliner metadata (`collapsed:: true`,
    /// `card-repeats:: 3`) or a heading underline that was moved.
    pub blanked: Vec<(usize, Blanked)>,
}

impl Cleaned {
    /// Every range a Markdown note holds prose in (fenced or indented), in order.
    pub fn markdown_prose(&self) -> Vec<(usize, usize)> {
        let mut all = self.prose.clone();
        all.extend(&self.indented);
        all.sort_unstable();
        all
    }
}

/// Why the cleaner blanked a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blanked {
    /// An outliner property line (Logseq `key:: value`).
    Property,
    /// The `----` under a question that was separated from it by a blank line.
    Underline,
    /// A bullet with nothing in it (`-` under a line of text).
    EmptyBullet,
    /// A `<style>` or `<script>` block: markup for a renderer.
    Markup,
    /// A line of Obsidian tags (`#ComplementarityPrinciple #definition`): labels for
    /// search, no text of the note.
    Tags,
    /// A `<details>` block folding the page's table of contents away, or a breadcrumb trail
    /// (`[Home](…) > [Biology](…) > …`): navigation.
    Contents,
    /// A note template's field above the note (`Status:`, `Tags: [[Course]]`): metadata, as
    /// front matter is.
    Metadata,
}

struct Patterns {
    wrapper_tag: Regex,
    space_entities: Regex,
    hash_no_space: Regex,
    obsidian_embed: Regex,
    wiki_link: Regex,
    footnote_ref: Regex,
    footnote_back: Regex,
    shortcode: Regex,
    heading_shortcode: Regex,
    fullwidth_url: Regex,
    html_heading: Regex,
    lone_img: Regex,
    words_as_math: Regex,
    heading_link: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        wrapper_tag: Regex::new(r"(?i)</?(?:font|span|center|u)(?:\s[^<>]*)?>").unwrap(),
        space_entities: Regex::new(r"^(\s*)(?:&(?:emsp|ensp|nbsp|#160|#12288);\s*)+").unwrap(),
        hash_no_space: Regex::new(r"^( {0,3})(#{1,6})([^#\s])").unwrap(),
        obsidian_embed: Regex::new(r"!\[\[([^\]|#]+?)(?:#[^\]|]*)?(?:\|([^\]]*))?\]\]").unwrap(),
        wiki_link: Regex::new(r"\[\[([^\]|]+?)(?:\|([^\]]+))?\]\]").unwrap(),
        footnote_ref: Regex::new(r"\[\d+\]\(#fn[-:]?[\w-]*\)").unwrap(),
        footnote_back: Regex::new(r"\[↩\u{FE0E}?\u{FE0F}?\]\(#fnref[-:]?[\w-]*\)").unwrap(),
        shortcode: Regex::new(r":([a-z0-9_+-]{1,30}):").unwrap(),
        heading_shortcode: Regex::new(r"^(\s*#{1,6}\s*):[a-z0-9_+-]{1,30}:\s*").unwrap(),
        fullwidth_url: Regex::new(r"(?i)\b(https?)：//").unwrap(),
        heading_link: Regex::new(r"^ {0,3}(#{1,6})\s+(.*?)\[([^\]]+)\]\(([^)\s]*#[^)\s]*)\)\s*$")
            .unwrap(),
        words_as_math: Regex::new(r"\\\\\(([\p{L}\p{N}' .,%-]{1,40})\\\\\)").unwrap(),
        lone_img: Regex::new(r#"(?i)^(\s*)<img\s[^<>]*?\bsrc\s*=\s*["']([^"'\s]+)["'][^<>]*>\s*$"#)
            .unwrap(),
        html_heading: Regex::new(
            r"^(\s*(?:[-*+]\s+)?)<[hH]([1-6])(?:\s[^<>]*)?>(.*?)</[hH][1-6]>(?:\s*<br\s*/?>)*\s*$",
        )
        .unwrap(),
    })
}

/// Cleans one note body.
pub fn clean(text: &str) -> Cleaned {
    let p = patterns();
    let mut out = Lines(String::with_capacity(text.len() + 64), 0);
    let mut cleaned = Cleaned::default();
    let unquoted = written_in_quotes(text);
    if unquoted.is_some() {
        // (A `>` alone, the blank line inside a quote, is markup: no text of the note.)
        for (i, l) in text.split('\n').enumerate() {
            let t = l.trim();
            if !t.is_empty() && t.chars().all(|c| c == '>' || c.is_whitespace()) {
                cleaned.blanked.push((i, Blanked::Markup));
            }
        }
    }
    let text = unquoted.as_deref().unwrap_or(text);
    let untabbed = content_tabs(text, &mut cleaned.blanked);
    let text = untabbed.as_deref().unwrap_or(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let header = header_metadata(&lines);
    let bare = std::cell::OnceCell::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if i < header {
            // (Tags among the fields, under `## Tags:`, are fields too.)
            if metadata_line(line) || tag_line(line) {
                cleaned.blanked.push((i, Blanked::Metadata));
                out.push("");
            } else {
                out.push(&clean_line(line, p));
            }
            i += 1;
            continue;
        }
        if let Some(fence) = fence_open(line) {
            let close = (i + 1..lines.len()).find(|&j| fence_closes(lines[j], &fence));
            let end = close.unwrap_or(lines.len());
            if close.is_none() {
                cleaned.notes.push((
                    i,
                    "code fence is never closed; the rest of the file is read as code \
                     (add a closing ``` line)"
                        .into(),
                ));
            }
            let body = &lines[i + 1..end];
            let directive = myst_directive(&fence.info);
            if fence.indent < 4
                && (fence.info.is_empty() && prose_fence(body) || directive.is_some())
            {
                // (A titled box, `{admonition} Variants of Utilitarianism`, shows its title
                // in bold over its text.)
                match directive.clone().flatten() {
                    Some(title) => out.push(&format!("**{title}**")),
                    None => out.push(""),
                }
                let mut options = true;
                for (k, l) in body.iter().enumerate() {
                    // (`:class: note` lines open a directive's body: its options, no text.)
                    options &= directive.is_some() && directive_option(l);
                    if options {
                        cleaned.blanked.push((i + 1 + k, Blanked::Markup));
                        out.push("");
                    } else {
                        out.push(&clean_line(l, p));
                    }
                }
                cleaned.prose.push((i + 1, end));
                if close.is_some() {
                    out.push("");
                }
            } else {
                for l in &lines[i..end.min(lines.len())] {
                    out.push(l);
                }
                if let Some(c) = close {
                    out.push(lines[c]);
                }
            }
            i = end + 1;
            continue;
        }
        if let Some((indent, head)) = admonition_open(line) {
            // MkDocs `!!! note "标题"` / `??? tip` over a body indented four columns: a callout
            // (`> [!note] 标题`), its body quoted, so that it reads like Obsidian's.
            let body = indent + 4;
            let mut e = i + 1;
            while e < lines.len()
                && (lines[e].trim().is_empty()
                    || crate::extract::lines::indent_width(lines[e]) >= body)
            {
                e += 1;
            }
            while e > i + 1 && lines[e - 1].trim().is_empty() {
                e -= 1;
            }
            let pad = " ".repeat(indent);
            // (Without a title, `!!! definition` only frames notes like the rest: its body is
            // read as it would be without the frame.)
            let untitled = head.ends_with(']');
            if untitled {
                out.push("");
            } else {
                out.push(&format!("{pad}{head}"));
            }
            for l in &lines[i + 1..e] {
                if l.trim().is_empty() {
                    if untitled {
                        out.push("");
                    } else {
                        out.push(&format!("{pad}>"));
                    }
                } else {
                    let rest = crate::extract::lines::strip_indent(l, body);
                    if untitled {
                        out.push(&format!("{pad}{}", clean_line(rest, p)));
                    } else {
                        out.push(&format!("{pad}> {}", clean_line(rest, p)));
                    }
                }
            }
            i = e;
            continue;
        }
        if breadcrumb(line) {
            cleaned.blanked.push((i, Blanked::Contents));
            out.push("");
            i += 1;
            continue;
        }
        if tag_line(line) {
            // (`#Outline` in a note that types its headings so: see `bare_headings`.
            // `tag_line` has left out `#define` and its kin.)
            let word = line
                .strip_prefix('#')
                .map(str::trim_end)
                .filter(|w| !w.contains(char::is_whitespace));
            if let Some(w) = word.filter(|_| *bare.get_or_init(|| bare_headings(&lines))) {
                out.push(&format!("# {w}"));
                i += 1;
                continue;
            }
            cleaned.blanked.push((i, Blanked::Tags));
            out.push("");
            i += 1;
            continue;
        }
        if let Some(title) = template_tag(line) {
            // (A box with a title, `{{% admonition "tip" "怎么…？" %}}` … `{{% /admonition
            // %}}`, is a callout, `> [!tip] 怎么…？` over its lines quoted. Without one,
            // `{% hint style="warning" %}`, it only highlights what it holds: the text stays.)
            let end = box_end(&lines, i).filter(|_| matches!(title, Some((_, Some(_)))));
            match (title, end.is_some()) {
                (Some((kind, Some(t))), true) => out.push(&format!("> [!{kind}] {t}")),
                (Some((_, Some(t))), false) => out.push(&format!("**{t}**")),
                _ => {
                    cleaned.blanked.push((i, Blanked::Markup));
                    out.push("");
                }
            }
            if let Some(end) = end {
                for l in &lines[i + 1..end] {
                    let l = clean_line(l, p);
                    out.push(&if l.trim().is_empty() {
                        ">".to_string()
                    } else {
                        format!("> {l}")
                    });
                }
                cleaned.blanked.push((end, Blanked::Markup));
                out.push("");
                i = end + 1;
                continue;
            }
            i += 1;
            continue;
        }
        // `<img width="485" src="…/two_methods.png">` on a line of its own, right over a
        // list: Markdown would read the list as raw HTML up to the next blank line. Written
        // as the picture it is, the list after it stays a list.
        let over_list = || {
            lines.get(i + 1).is_some_and(|l| {
                let t = l.trim_start();
                ["- ", "* ", "+ "].iter().any(|m| t.starts_with(m))
                    || crate::outline::plain::numbering(t).is_some()
            })
        };
        let picture = line
            .contains("<img")
            .then(|| p.lone_img.captures(line))
            .flatten();
        match picture.filter(|_| over_list()) {
            Some(c) => out.push(&format!("{}![]({})", &c[1], &c[2])),
            None => out.push(&clean_line(line, p)),
        }
        // Prose indented under a heading (every line four columns in, as some editors
        // export), or after a blank line under a paragraph at the margin (`*Networking*:`
        // over indented questions): Markdown would read it as code; it is read as plain
        // text instead.
        let para = margin_paragraph(line) && lines.get(i + 1).is_some_and(|l| l.trim().is_empty());
        // (`###HashMap` too: the heading its missing space makes it, below.)
        let heading = is_atx_heading(line)
            || line.starts_with("##") && is_atx_heading(&fix_heading_space(line, p));
        if heading || para {
            if let Some((s, e)) =
                indented_prose(&lines, i + 1).filter(|&(s, e)| !para || outline(&lines[s..e]))
            {
                for l in &lines[i + 1..e] {
                    out.push(&clean_line(l, p));
                }
                if para {
                    cleaned.indented.push((s, e));
                } else {
                    cleaned.prose.push((s, e));
                }
                i = e;
                continue;
            }
        }
        i += 1;
    }
    cleaned.text = out.0;
    if cleaned.text.contains(":: ") || cleaned.text.contains("((") || cleaned.text.contains("{{") {
        outliner(&mut cleaned);
    }
    if cleaned.text.contains("\n\t- ") {
        outline_headings(&mut cleaned);
    }
    if cleaned.text.contains("---") {
        separator_dashes(&mut cleaned);
        marked_underline(&mut cleaned);
    }
    if cleaned.text.contains("---") || cleaned.text.contains("===") {
        loose_setext(&mut cleaned);
    }
    if cleaned.text.contains("\n #")
        || cleaned.text.contains("\n  #")
        || cleaned.text.contains("\n   #")
    {
        nested_headings(&mut cleaned);
    }
    if cleaned.text.contains("#flashcard") {
        spaced_repetition(&mut cleaned);
    }
    if cleaned.text.split('\n').any(|l| l.trim() == "-") {
        lone_dashes(&mut cleaned);
    }
    if cleaned.text.contains("\n - ") || cleaned.text.contains("\n * ") {
        shallow_sub_bullets(&mut cleaned);
    }
    if cleaned.text.contains("<!--") {
        comment_labels(&mut cleaned);
    }
    if cleaned.text.contains("\n>") || cleaned.text.contains("\n >") {
        quote_labels(&mut cleaned);
    }
    if cleaned.text.contains("<style")
        || cleaned.text.contains("<script")
        || cleaned.text.contains("<details")
    {
        hidden_blocks(&mut cleaned);
    }
    if cleaned.text.contains("<pre>") {
        pre_questions(&mut cleaned);
    }
    if cleaned.text.contains("class=\"question") {
        question_blocks(&mut cleaned);
    }
    if cleaned.text.contains("](") && cleaned.text.contains('#') {
        contents_entries(&mut cleaned);
    }
    cleaned
}

/// The note's lines, to be rewritten in place, and which of them lie in a fence.
fn owned_lines(cleaned: &Cleaned) -> (Vec<String>, Vec<bool>) {
    let lines: Vec<String> = cleaned.text.split('\n').map(str::to_string).collect();
    let fenced = {
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        crate::extract::lines::fenced_lines(&refs)
    };
    (lines, fenced)
}

/// `<div class="question">What is an N-Tier architecture</div>`: a question the author set in
/// an element styled as one, on a line of its own. Markdown reads it as raw HTML, no text; it
/// becomes a heading one level under the section it sits in, the lines after it its answer.
/// (One left empty is markup.)
fn question_blocks(cleaned: &mut Cleaned) {
    let (mut lines, fenced) = owned_lines(cleaned);
    let mut level = 1;
    let mut changed = false;
    for (i, line) in lines.iter_mut().enumerate() {
        if fenced[i] {
            continue;
        }
        let t = line.trim();
        if is_atx_heading(line) {
            level = t.len() - t.trim_start_matches('#').len();
            continue;
        }
        let Some(rest) = t.strip_prefix('<') else {
            continue;
        };
        let tag: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let Some(open_end) = rest.find('>') else {
            continue;
        };
        let attrs = &rest[tag.len()..open_end];
        let inner = &rest[open_end + 1..];
        let Some(text) = inner.strip_suffix(&format!("</{tag}>")) else {
            continue;
        };
        let styled = attrs
            .split("class=\"")
            .nth(1)
            .and_then(|c| c.split('"').next())
            .is_some_and(|c| c.split_whitespace().any(|w| w == "question"));
        if tag.is_empty() || !styled || text.contains('<') {
            continue;
        }
        *line = if text.trim().is_empty() {
            cleaned.blanked.push((i, Blanked::Markup));
            String::new()
        } else {
            format!("{} {}", "#".repeat((level + 1).min(6)), text.trim())
        };
        changed = true;
    }
    if changed {
        cleaned.text = lines.join("\n");
    }
}

/// `<pre>` over `<b>1. Which of the following are operators…?</b>` and the lines that answer
/// it, then `</pre>`: a question set in bold inside a preformatted block, block after block.
/// Markdown reads each block as raw HTML, no text; the question becomes a heading one level
/// under the section it sits in (a question spread over lines is joined onto its first), and
/// the lines after it stay its answer. The `<pre>` lines are blanked.
fn pre_questions(cleaned: &mut Cleaned) {
    let (mut lines, fenced) = owned_lines(cleaned);
    let mut level = 1;
    let mut i = 0;
    let mut changed = false;
    while i < lines.len() {
        if fenced[i] {
            i += 1;
            continue;
        }
        let t = lines[i].trim().to_string();
        if is_atx_heading(&lines[i]) {
            level = t.len() - t.trim_start_matches('#').len();
            i += 1;
            continue;
        }
        if !t.eq_ignore_ascii_case("<pre>") {
            i += 1;
            continue;
        }
        let Some(end) =
            (i + 1..lines.len()).find(|&j| lines[j].to_ascii_lowercase().contains("</pre>"))
        else {
            break;
        };
        let first = (i + 1..end).find(|&j| !lines[j].trim().is_empty());
        let close = first
            .filter(|&f| lines[f].trim_start().starts_with("<b>"))
            .and_then(|f| {
                (f..end)
                    .find(|&j| lines[j].contains("</b>"))
                    .map(|c| (f, c))
            });
        let Some((f, c)) = close else {
            i = end + 1;
            continue;
        };
        let question: Vec<String> = (f..=c).map(|j| lines[j].trim().to_string()).collect();
        let question = question.join(" ");
        let (q, rest) = question.split_once("</b>").unwrap_or((&question, ""));
        let q = q.trim_start_matches("<b>").trim();
        let hashes = "#".repeat((level + 1).min(6));
        lines[i].clear();
        cleaned.blanked.push((i, Blanked::Markup));
        lines[f] = format!("{hashes} {q}");
        for (j, line) in lines.iter_mut().enumerate().take(c + 1).skip(f + 1) {
            line.clear();
            cleaned.blanked.push((j, Blanked::Markup));
        }
        // (Text after the `</b>` on its line answers.)
        if !rest.trim().is_empty() && c > f {
            lines[c] = rest.trim().to_string();
            cleaned.blanked.retain(|b| b.0 != c);
        }
        let tail = lines[end].replace("</pre>", "").replace("</PRE>", "");
        lines[end] = tail.trim_end().to_string();
        if lines[end].trim().is_empty() {
            cleaned.blanked.push((end, Blanked::Markup));
        }
        changed = true;
        i = end + 1;
    }
    if changed {
        cleaned.text = lines.join("\n");
    }
}

/// `● Can you explain the OSI model?` in a Markdown note: a bullet glyph pasted from a
/// document marks a list item, as `-` does. (Plain text reads the glyphs as bullets anyway.)
pub fn glyph_bullets(cleaned: &mut Cleaned) {
    let glyphs = crate::outline::plain::BULLET_GLYPHS;
    if !glyphs.iter().any(|g| cleaned.text.contains(g)) {
        return;
    }
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let out: Vec<String> = lines
        .iter()
        .zip(&fenced)
        .map(|(line, &f)| {
            let body = line.trim_start_matches(' ');
            let indent = line.len() - body.len();
            let glyph = glyphs.iter().find(|g| {
                body.strip_prefix(**g)
                    .is_some_and(|r| r.starts_with([' ', '\t']))
            });
            match glyph {
                Some(g) if !f && indent < 4 => format!("{}-{}", &line[..indent], &body[g.len()..]),
                _ => line.to_string(),
            }
        })
        .collect();
    cleaned.text = out.join("\n");
}

/// `<!-- WHAT IS TCP -->` on a line of its own over the text that answers it, again and again
/// through a note: the author labels each entry with a comment (shown in the editor, hidden
/// when rendered). Three or more such labels over text make the note's sections (see
/// [`labels_to_headings`]). Tool directives (`<!-- more -->`, `<!-- TOC -->`,
/// `<!-- prettier-ignore -->`) label nothing.
fn comment_labels(cleaned: &mut Cleaned) {
    static P: OnceLock<(Regex, Regex)> = OnceLock::new();
    let (label, directive) = P.get_or_init(|| {
        (
            Regex::new(r"^<!--\s*(.*?)\s*-->\s*$").unwrap(),
            Regex::new(
                r"(?i)^(/?toc|tocstop|endtoc|more|raw|endraw|endtab|omit in toc|prettier-\S+|markdownlint\S*( .*)?|(start|end) doctoc.*|[a-z-]+:\S.*)$",
            )
            .unwrap(),
        )
    });
    labels_to_headings(
        cleaned,
        |lines, i| {
            let t = label.captures(lines[i].trim_start())?.get(1)?.as_str();
            let named = t.chars().any(char::is_alphanumeric)
                && !t.contains("<!--")
                && crate::text::chars(t) <= 120
                && !directive.is_match(t);
            named.then_some(t)
        },
        |l| l.trim_start().starts_with("<!--"),
    );
}

/// `> 广播风暴` on a line of its own, a quote of one short line over the paragraphs that
/// explain it, again and again through a note: the author sets each entry's name off as a
/// quote, the way others write a heading. Three or more such names over text, and few other
/// quotes, make the note's sections (see [`labels_to_headings`]). A quote that is a sentence
/// (`> 注意这里是浅拷贝。`), a callout (`> [!note]`) or a line of a longer quote names nothing.
fn quote_labels(cleaned: &mut Cleaned) {
    let quoted = |l: &str| l.trim_start().starts_with('>');
    let blank = |lines: &[&str], i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    labels_to_headings(
        cleaned,
        |lines, i| {
            let l = lines[i];
            if !quoted(l) || crate::extract::lines::indent_width(l) >= 4 {
                return None;
            }
            let t = l.trim_start()[1..].trim();
            let alone = (i == 0 || blank(lines, i - 1) || is_atx_heading(lines[i - 1]))
                && blank(lines, i + 1);
            let named = !t.is_empty()
                && !t.starts_with(['>', '[', '!', '<', '`', '|', '-', '*', '+'])
                && crate::text::chars(t) <= 40
                && !t.ends_with(['。', '.', '!', '！', '；', ';', '，', ','])
                && t.chars().any(char::is_alphanumeric);
            (alone && named).then_some(t)
        },
        quoted,
    );
}

/// Lines that label the text under them (`text_of` gives a label's name): three or more
/// over text, two thirds of all the label lines at least, make the note's sections. Each
/// becomes a heading a level below the note's deepest one.
fn labels_to_headings(
    cleaned: &mut Cleaned,
    text_of: impl for<'a> Fn(&[&'a str], usize) -> Option<&'a str>,
    is_label: impl Fn(&str) -> bool,
) {
    let text = std::mem::take(&mut cleaned.text);
    let lines: Vec<&str> = text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let labels: Vec<usize> = (0..lines.len())
        .filter(|&i| !fenced[i] && text_of(&lines, i).is_some())
        .collect();
    // (Over text: the next non-blank line is no other label, nor a heading.)
    let over_text = labels
        .iter()
        .filter(|&&i| {
            lines[i + 1..]
                .iter()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| !is_label(l) && !is_atx_heading(l))
        })
        .count();
    let all = (0..lines.len())
        .filter(|&i| !fenced[i] && is_label(lines[i]) && (i == 0 || !is_label(lines[i - 1])))
        .count();
    if over_text < 3 || over_text * 3 < all * 2 {
        cleaned.text = text;
        return;
    }
    let deepest = (0..lines.len())
        .filter(|&i| !fenced[i] && is_atx_heading(lines[i]))
        .map(|i| lines[i].trim_start().len() - lines[i].trim_start().trim_start_matches('#').len())
        .max()
        .unwrap_or(1);
    let marks = "#".repeat((deepest + 1).min(6));
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for &i in &labels {
        if let Some(t) = text_of(&lines, i) {
            out[i] = format!("{marks} {t}");
        }
    }
    cleaned.text = out.join("\n");
}

/// `<style>` … `</style>` and `<script>` … `</script>` blocks (a page's CSS pasted at the top
/// of a note): markup for the renderer, no notes. Blanked, and reported as format metadata.
/// A note written in quotes: most of its lines sit in plain `>` blocks (no callout among
/// them), the way some Typora users set off everything they write. The quotes frame nothing
/// there: the note is read without their marks (line for line), so that the terms, lists
/// and code inside them are read as they would be outside.
fn written_in_quotes(text: &str) -> Option<String> {
    let quoted = |l: &str| l.trim_start().starts_with('>');
    // Every level of `> > …` off.
    let unquote = |l: &str| -> String {
        let mut t = l;
        while quoted(t) {
            t = crate::extract::lines::unquote(t);
        }
        t.to_string()
    };
    let lines: Vec<&str> = text.split('\n').collect();
    // (Code indented under the quotes, `    void InsertSeqList(…)`, is neither: the quotes
    // are counted against the note's text.)
    let code = |l: &str| {
        let t = l.trim_start();
        (l.starts_with("    ") || l.starts_with('\t'))
            && !quoted(l)
            && !t.starts_with(['-', '*', '+'])
            && !t.starts_with(|c: char| c.is_ascii_digit())
    };
    let nonblank = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !code(l))
        .count();
    // (A quote opens at the margin: `>>> codes` deep in an outline's code is a prompt.)
    let inside = lines
        .iter()
        .filter(|l| quoted(l) && !l.starts_with('\t') && !l.starts_with("    "))
        .count();
    let callout = lines
        .iter()
        .any(|l| quoted(l) && unquote(l).trim_start().starts_with("[!"));
    // (Most of its blocks, too: a few long quoted examples among the notes, `> **Ex 1.**`
    // over a drawing, are examples set off.)
    let (mut quoted_runs, mut text_runs) = (0, 0);
    for (i, l) in lines.iter().enumerate() {
        let starts = !l.trim().is_empty() && (i == 0 || lines[i - 1].trim().is_empty());
        if !starts {
            continue;
        }
        let t = l.trim_start();
        if quoted(l) {
            quoted_runs += 1;
        } else if !(code(l)
            || t.starts_with(['#', '<', '!', '|'])
            || crate::extract::lines::is_rule(t)
            || t.starts_with("---"))
        {
            text_runs += 1;
        }
    }
    if callout || inside < 6 || inside * 2 < nonblank || quoted_runs < 3 || quoted_runs < text_runs
    {
        return None;
    }
    let out: Vec<String> = lines
        .iter()
        .map(|l| if quoted(l) { unquote(l) } else { l.to_string() })
        .collect();
    Some(out.join("\n"))
}

/// `{% step %}`, `{% endhint %}`, `{{< figure src="…" >}}`, `{{% admonition info "XSS" %}}`:
/// a line that is only a static-site generator's template tag is markup for the renderer
/// (GitBook, Jekyll, Hugo). Inside, the kind of box it opens (`info`, `style="info"`, the
/// first of two quoted words) and its title (`XSS`, `title="前序遍历"`, the last of two), if
/// any; `None` for a tag that names no box.
fn template_tag(line: &str) -> Option<Option<(String, Option<String>)>> {
    let t = line.trim();
    let inner = t
        .strip_prefix("{{%")
        .and_then(|r| r.strip_suffix("%}}"))
        .or_else(|| t.strip_prefix("{{<").and_then(|r| r.strip_suffix(">}}")))
        .or_else(|| t.strip_prefix("{%").and_then(|r| r.strip_suffix("%}")))?;
    if inner.contains(['{', '}']) {
        return None;
    }
    let attr = |name: &str| {
        let at = inner.find(&format!("{name}=\""))? + name.len() + 2;
        let end = inner[at..].find('"')?;
        Some(inner[at..at + end].trim().to_string())
    };
    // Quoted words not set to an attribute.
    let mut quoted = Vec::new();
    let mut rest = inner;
    while let Some(at) = rest.find('"') {
        let before = rest[..at].trim_end();
        let Some(end) = rest[at + 1..].find('"') else {
            break;
        };
        if !before.ends_with('=') {
            quoted.push(rest[at + 1..at + 1 + end].trim().to_string());
        }
        rest = &rest[at + 1 + end + 1..];
    }
    let mut words = inner.split_whitespace().filter(|w| !w.contains(['"', '=']));
    let _tag = words.next();
    let kind = attr("style")
        .or_else(|| attr("type"))
        .or_else(|| (quoted.len() >= 2).then(|| quoted[0].clone()))
        .or_else(|| words.next().map(String::from))
        .unwrap_or_else(|| "note".to_string());
    let title = attr("title")
        .or_else(|| {
            quoted
                .last()
                .cloned()
                .filter(|_| quoted.len() != 1 || attr("style").is_none())
        })
        .filter(|t| !t.is_empty() && *t != kind);
    Some(Some((kind, title)).filter(|_| box_name(inner).is_some() || title_given(inner)))
}

/// The name of the box a tag opens, `hint`, `admonition`, when it opens one.
fn box_name(inner: &str) -> Option<&'static str> {
    let name = inner.split_whitespace().next()?;
    ["hint", "admonition", "notice", "callout", "alert"]
        .into_iter()
        .find(|n| *n == name)
}

/// A tag that titles what it shows (`title="…"`, a quoted word).
fn title_given(inner: &str) -> bool {
    inner.contains("title=\"") || inner.split('"').count() >= 3 && !inner.contains('=')
}

/// Where the box a template tag opens on line `i` closes: `{% hint … %}` at `{% endhint %}`,
/// `{{% admonition … %}}` at `{{% /admonition %}}` (no other tag between, no fence).
fn box_end(lines: &[&str], i: usize) -> Option<usize> {
    let t = lines[i].trim();
    let name = box_name(t.trim_start_matches(['{', '%', '<', ' ']))?;
    let closes = |l: &str| {
        let l = l.trim();
        l.contains(&format!("end{name}")) || l.contains(&format!("/{name}"))
    };
    (i + 1..lines.len().min(i + 200))
        .take_while(|&j| fence_open(lines[j]).is_none())
        .find(|&j| template_tag(lines[j]).is_some())
        .filter(|&j| closes(lines[j]))
}

/// Blocks a renderer uses and a reader never studies: `<style>` and `<script>` blocks, and a
/// `<details>` block whose summary names the page's contents (`Table of contents`, `目录`).
fn hidden_blocks(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let mut hidden: Vec<Option<Blanked>> = vec![None; lines.len()];
    // (The summary may sit on lines of its own: `<summary>` / `Table of contents` /
    // `</summary>`.)
    let summary = |from: usize| {
        let head = lines[from..lines.len().min(from + 5)].join(" ");
        let inner = head
            .split_once("<summary>")
            .and_then(|(_, rest)| rest.split_once("</summary>"))
            .map_or("", |(inner, _)| inner);
        crate::extract::shape::lists_contents(inner)
    };
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start().to_ascii_lowercase();
        let tag = ["style", "script", "details"]
            .into_iter()
            .find(|tag| t.starts_with(&format!("<{tag}")))
            .filter(|&tag| tag != "details" || summary(i));
        match tag {
            Some(tag) if !fenced[i] && crate::extract::lines::indent_width(lines[i]) < 4 => {
                let close = format!("</{tag}>");
                let end = (i..lines.len())
                    .find(|&j| lines[j].to_ascii_lowercase().contains(&close))
                    .unwrap_or(lines.len() - 1);
                let why = if tag == "details" {
                    Blanked::Contents
                } else {
                    Blanked::Markup
                };
                for h in hidden.iter_mut().take(end + 1).skip(i) {
                    *h = Some(why);
                }
                i = end + 1;
            }
            _ => i += 1,
        }
    }
    if hidden.iter().all(Option::is_none) {
        return;
    }
    let mut out = Lines(String::with_capacity(cleaned.text.len()), 0);
    for (i, l) in lines.iter().enumerate() {
        if let Some(why) = hidden[i] {
            out.push("");
            if !l.trim().is_empty() {
                cleaned.blanked.push((i, why));
            }
        } else {
            out.push(l);
        }
    }
    cleaned.text = out.0;
}

/// A line holding only `-` under a line of text is an empty bullet (what an outliner leaves
/// for a block not written yet), not a setext underline that would make the text above a
/// heading: it is blanked.
fn lone_dashes(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let mut out = Lines(String::with_capacity(cleaned.text.len()), 0);
    for (i, l) in lines.iter().enumerate() {
        let lone = !fenced[i] && l.trim() == "-" && i > 0 && !lines[i - 1].trim().is_empty();
        if lone {
            out.push("");
            cleaned.blanked.push((i, Blanked::EmptyBullet));
        } else {
            out.push(l);
        }
    }
    cleaned.text = out.0;
}

/// `* Explain event delegation` over ` - Event delegation allows…`: a bullet of another kind
/// typed a column in under a bullet is its child, as the author meant, though Markdown
/// would start a list of its own beside it (a child must reach its parent's text). Its
/// lines, and a fence among them, are moved in to the parent's text.
fn shallow_sub_bullets(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let mut out = Lines(String::with_capacity(cleaned.text.len() + 64), 0);
    // The bullet at the margin: its marker and the column its text starts at.
    let mut parent: Option<(char, usize)> = None;
    // The child moved in: its own column and how far it moves.
    let mut moved: Option<(usize, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        let spaces = l.len() - l.trim_start_matches(' ').len();
        let blank = l.trim().is_empty();
        if let Some((at, by)) = moved {
            if blank || fenced[i] || spaces >= at && !l.starts_with('\t') {
                // (A fence's lines reach the parent's text at least, or the fence would end
                // the item: `` ``` `` typed at the margin closes one opened in it.)
                let by = by.max((at + by).saturating_sub(spaces) * usize::from(fenced[i]));
                if blank {
                    out.push(l);
                } else {
                    out.push(&format!("{}{l}", " ".repeat(by)));
                }
                continue;
            }
            moved = None;
        }
        if blank || fenced[i] {
            out.push(l);
            continue;
        }
        let t = &l[spaces..];
        let marker = t
            .chars()
            .next()
            .filter(|c| matches!(c, '*' | '-' | '+'))
            .filter(|_| t[1..].starts_with(' '));
        match (marker, parent) {
            (Some(m), Some((pm, text))) if spaces >= 1 && spaces < text && m != pm => {
                moved = Some((spaces, text - spaces));
                out.push(&format!("{}{l}", " ".repeat(text - spaces)));
                continue;
            }
            (Some(m), _) if spaces == 0 => {
                let gap = t[1..].len() - t[1..].trim_start_matches(' ').len();
                parent = Some((m, 1 + gap.clamp(1, 4)));
            }
            (None, _) if spaces == 0 => parent = None,
            _ => {}
        }
        out.push(l);
    }
    cleaned.text = out.0;
}

/// Notes kept for Obsidian's Spaced Repetition plugin (tagged `#flashcards`): `question::answer`
/// on one line becomes `question：answer` (a term and its definition), and a line holding only
/// `?` or `??` between a question and its answer becomes the blank line that separates them,
/// the question above it ending as a label (`question：`).
/// Logseq properties (`key:: value`, a space after the colons) and code are left alone.
fn spaced_repetition(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut blanked = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if fenced[i] {
            out.push(l.to_string());
        } else if t == "?" || t == "??" {
            // The question above ends as a label, so that what follows is its answer.
            if let Some(q) = out.last_mut().filter(|q| !q.trim().is_empty()) {
                if !q.trim_end().ends_with([':', '：']) {
                    q.push('：');
                }
            }
            blanked.push((i, Blanked::Underline));
            out.push(String::new());
        } else if let Some(at) = sr_separator(l) {
            let width = if l[at..].starts_with(":::") { 3 } else { 2 };
            out.push(format!(
                "{}：{}",
                l[..at].trim_end(),
                l[at + width..].trim_start()
            ));
        } else {
            out.push(l.to_string());
        }
    }
    cleaned.text = out.join("\n");
    cleaned.blanked.extend(blanked);
}

/// Where `question::answer` splits: both sides hold text, no space right after the colons
/// (Logseq's `key:: value`), no question going on after them (`What does std::move do?`), and
/// not a path alone (`std::vector`, `a::b::c`).
fn sr_separator(line: &str) -> Option<usize> {
    let at = line.find("::")?;
    let after = &line[at..].trim_start_matches(':');
    let colons = line[at..].len() - after.len();
    let before = line[..at].trim();
    // `std::vector` alone on its line is a name, not a card.
    let path = colons == 2
        && line[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        && after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && !before.contains(' ')
        && !after.trim().contains(' ');
    // `What does std::move do?`: the question goes on after the colons.
    let asks_after = after.contains(['?', '？']);
    (colons <= 3
        && !asks_after
        && !before.is_empty()
        && !after.trim().is_empty()
        && !after.starts_with(' ')
        && !after.contains("::")
        && !path)
        .then_some(at)
}

/// Line `i` is the one child block of the block above it: the lines around it (properties
/// aside) sit less deep.
fn sole_child(lines: &[&str], i: usize, prop: &Regex) -> bool {
    let depth = |l: &str| crate::extract::lines::indent_width(l);
    let content =
        |l: &&&str| !l.trim().is_empty() && (!prop.is_match(l) || l.trim_start().starts_with("- "));
    let d = depth(lines[i]);
    let above = lines[..i]
        .iter()
        .rev()
        .find(content)
        .is_some_and(|l| depth(l) < d);
    let below = lines[i + 1..]
        .iter()
        .find(content)
        .is_none_or(|l| depth(l) < d);
    above && below
}

/// The blocks of a Logseq page that carry an `id::` property (so that others can reference
/// them): id to the block's own text, without bullet or markup.
fn referenced_blocks(
    lines: &[&str],
    blockref: &Regex,
) -> std::collections::HashMap<String, String> {
    let mut out = std::collections::HashMap::new();
    let mut last_bullet: Option<&str> = None;
    for l in lines {
        let t = l.trim_start();
        if let Some(rest) = t.strip_prefix("- ") {
            last_bullet = Some(rest);
        } else if let (Some(id), Some(b)) = (t.strip_prefix("id::"), last_bullet) {
            let text = blockref.replace_all(b, "");
            let text = crate::text::plain_inline(text.trim());
            if !text.is_empty() {
                out.insert(id.trim().to_string(), text);
            }
        }
    }
    out
}

/// Logseq pages: property lines (`collapsed:: true`) carry no content and are blanked; block
/// references `((uuid))` and embeds go (they point at other pages); `{{cloze x}}` keeps `x`;
/// tags such as `#card` and colour marks `[[#red]]` go; a page that starts with a heading
/// line above tab-indented bullets gets that heading as a bullet of its own, like the rest.
fn outliner(cleaned: &mut Cleaned) {
    static P: OnceLock<(Regex, Regex, Regex, Regex, Regex)> = OnceLock::new();
    let (prop, blockref, cloze, tag, embed) = P.get_or_init(|| {
        (
            Regex::new(r"^[\s\-]*[A-Za-z][\w.-]*:: ").unwrap(),
            Regex::new(r"\(\([0-9a-f]{8}-[0-9a-f-]{27,}\)\)").unwrap(),
            Regex::new(r"\{\{cloze\s+([^}]*)\}\}").unwrap(),
            Regex::new(r"(?:^|\s)#(?:card|Learning-TODO|[A-Za-z][\w-]*)\b|\[\[#\w+\]\]").unwrap(),
            Regex::new(r"\{\{(?:embed|query|renderer|video)[^}]*\}\}").unwrap(),
        )
    });
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let props = lines.iter().filter(|l| prop.is_match(l)).count();
    // A bullet's own lines: the bullet and the lines that continue it, indented two spaces
    // past its dash (`\t- ### Tree` over `\t  A connected graph…`).
    let mut pad: Option<&str> = None;
    let bullets = lines
        .iter()
        .filter(|l| {
            let t = l.trim_start();
            if t.starts_with("- ") || l.trim() == "-" {
                pad = Some(&l[..l.len() - t.len()]);
                return true;
            }
            !t.is_empty()
                && pad.is_some_and(|p| {
                    !p.is_empty() && l.strip_prefix(p).is_some_and(|r| r.starts_with("  "))
                })
        })
        .count();
    // (Lines of code in a block's fence are no text of the outline.)
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let nonblank = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty() && !fenced.get(i).copied().unwrap_or(false))
        .count()
        .max(1);
    // (Or, in a page of formulas, a block marked `heading:: true` and nothing at the margin
    // but the bullets: every other line is indented under one.)
    let margin = lines
        .iter()
        .filter(|l| !l.trim().is_empty() && !l.starts_with([' ', '\t', '-']))
        .count();
    let headings = lines
        .iter()
        .any(|l| l.trim_start().starts_with("heading:: "));
    let logseq = props >= 1
        && (bullets * 2 >= nonblank || headings && bullets >= 2 && margin * 20 <= nonblank);
    if !logseq {
        return;
    }
    let named = referenced_blocks(&lines, blockref);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut blanked = Vec::new();
    let mut last_bullet: Option<usize> = None;
    let mut continued = 0..0;
    let mut moved_dash: Option<String> = None;
    for (i, l) in lines.iter().enumerate() {
        if fenced[i] {
            out.push(l.to_string());
            continue;
        }
        // `#+BEGIN_QUOTE` … `#+END_QUOTE`, `#+BEGIN_PINNED`: the outliner's Org-mode block
        // marks, no text of the note.
        let org = l.trim_start();
        if org.starts_with("#+BEGIN_") || org.starts_with("#+END_") {
            blanked.push((i, Blanked::Markup));
            out.push(String::new());
            continue;
        }
        // (On a bullet's own line, `- #+BEGIN_NOTE`, the mark names the block: `- Note:`.)
        if let Some(kind) = org
            .strip_prefix("- #+BEGIN_")
            .filter(|k| !k.is_empty() && k.chars().all(|c| c.is_ascii_alphabetic()))
        {
            let pad = &l[..l.len() - org.len()];
            let lower = kind.to_ascii_lowercase();
            let (first, rest) = lower.split_at(1);
            out.push(format!("{pad}- {}{rest}:", first.to_ascii_uppercase()));
            continue;
        }
        if prop.is_match(l) && !l.trim_start().starts_with("- ") {
            // `heading:: true` makes its block a heading.
            let t = l.trim();
            if let (Some(b), Some(v)) = (last_bullet, t.strip_prefix("heading::")) {
                let v = v.trim();
                let level = v
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=6).contains(n))
                    .unwrap_or(if v == "true" { 2 } else { 0 });
                if level > 0 {
                    let line: &str = &out[b];
                    if let Some(p) = line.find("- ") {
                        if !line[p + 2..].starts_with('#') {
                            out[b] =
                                format!("{}- {} {}", &line[..p], "#".repeat(level), &line[p + 2..]);
                        }
                    }
                }
            }
            blanked.push((i, Blanked::Property));
            out.push(String::new());
            continue;
        }
        let pad = &l[..l.len() - l.trim_start().len()];
        let moved = moved_dash
            .take()
            .filter(|p| pad.strip_prefix(p.as_str()) == Some("  "));
        if moved.is_none() && (l.trim_start().starts_with("- ") || l.trim() == "-") {
            last_bullet = Some(i);
            // `- logseq.order-list-type:: number` (or a bare `-`) over the block's text:
            // the property goes, and the dash moves down to the text it heads.
            let property = prop.is_match(l);
            let head = format!("{pad}  ");
            let text_below = lines.get(i + 1).is_some_and(|n| {
                n.strip_prefix(head.as_str()).is_some_and(|t| {
                    !t.starts_with(char::is_whitespace) && !t.is_empty() && !prop.is_match(n)
                })
            });
            if property || l.trim() == "-" && text_below {
                let why = if property {
                    Blanked::Property
                } else {
                    Blanked::EmptyBullet
                };
                blanked.push((i, why));
                out.push(String::new());
                if text_below {
                    moved_dash = Some(pad.to_string());
                    last_bullet = Some(i + 1);
                }
                continue;
            }
        }
        let mut t = match moved {
            Some(p) => format!("{p}- {}", l.trim_start()),
            None => l.to_string(),
        };
        if t.contains("((") {
            // A reference to a block of this page reads as that block's text; one to another
            // page's block is marked where it stood (a bullet holding only it is an answer
            // that points elsewhere, not an empty one).
            let only = blockref
                .replace_all(&t, "")
                .trim()
                .trim_start_matches('-')
                .trim()
                .is_empty()
                && sole_child(&lines, i, prop);
            t = blockref
                .replace_all(&t, |c: &regex::Captures| {
                    let id = c[0].trim_start_matches('(').trim_end_matches(')');
                    match named.get(id) {
                        Some(text) => text.clone(),
                        None if only => "(a block of another page)".to_string(),
                        None => String::new(),
                    }
                })
                .into_owned();
        }
        if t.contains("{{") {
            t = cloze.replace_all(&t, "$1").into_owned();
            t = embed.replace_all(&t, "").into_owned();
        }
        if t.contains('#') {
            // Tags, but not the heading marks of `- # Title`.
            let (lead, rest) = split_heading_mark(&t);
            let cleaned_rest = tag.replace_all(rest, "").into_owned();
            t = format!("{lead}{cleaned_rest}");
        }
        // A heading line at the margin above indented bullets is a bullet too, and so are the
        // lines of text at the margin between them (the page's first block, written without
        // its dash): they continue it.
        if t.starts_with('#') {
            let text = lines[i + 1..]
                .iter()
                .take_while(|l| !l.trim().is_empty() && !l.starts_with(['\t', ' ', '-', '#']))
                .count();
            if lines
                .get(i + 1 + text)
                .is_some_and(|l| l.starts_with(['\t', ' ']) && l.trim_start().starts_with("- "))
            {
                t = format!("- {t}");
                continued = i + 1..i + 1 + text;
            }
        } else if continued.contains(&i) {
            t = format!("  {t}");
        }
        if t.trim_end() != t && !t.trim().is_empty() {
            t = t.trim_end().to_string();
        }
        out.push(t);
    }
    cleaned.text = out.join("\n");
    cleaned.blanked.extend(blanked);
}

/// `  - ## Title` → (`  - ## `, `Title`).
/// In an outline page (most lines are `- ` bullets), a heading at the margin with
/// tab-indented bullets under it (`### Inference problem` over `\t- An inference…`) is a
/// block like its siblings, not the page's title over all of them: it becomes a heading
/// bullet (`- ### Inference problem`) and keeps only the bullets indented under it.
fn outline_headings(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let bullets = lines
        .iter()
        .filter(|l| l.trim_start().starts_with("- ") || l.trim() == "-")
        .count();
    let nonblank = lines.iter().filter(|l| !l.trim().is_empty()).count().max(1);
    if bullets * 2 < nonblank {
        return;
    }
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let heads: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            !fenced[i]
                && is_atx_heading(lines[i])
                && !lines[i].starts_with(char::is_whitespace)
                && lines
                    .get(i + 1)
                    .is_some_and(|n| n.starts_with("\t- ") || n.starts_with("\t-\t"))
        })
        .collect();
    if heads.is_empty() {
        return;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for i in heads {
        out[i] = format!("- {}", lines[i]);
    }
    cleaned.text = out.join("\n");
}

/// `   ### 5.你目前的研究方向是什么` after a blank line, indented a few spaces as an editor
/// left it, in the run `### 4.…` `### 5.…` `### 6.…`: Markdown would read it inside the list
/// item above (whose text starts two columns in), but a numbered heading at the level of the
/// numbered section it sits in is the next section, as the author wrote it. It moves to the
/// margin. (`#### 建设…` under `### 坚持…` is the item's own sub-heading: it stays.)
fn nested_headings(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    fn level(l: &str) -> (usize, &str) {
        let t = l.trim_start_matches(' ');
        (
            t.len() - t.trim_start_matches('#').len(),
            t.trim_start_matches('#').trim(),
        )
    }
    let mut out = Lines(String::with_capacity(cleaned.text.len()), 0);
    // (The numbered section at the margin that the lines are in: its level.)
    let mut section: Option<usize> = None;
    let mut lifted = 0;
    for (i, l) in lines.iter().enumerate() {
        if fenced[i] || !is_atx_heading(l) {
            out.push(l);
            continue;
        }
        let (n, name) = level(l);
        let numbered = crate::text::is_numbered(name);
        if !l.starts_with(' ') {
            section = numbered.then_some(n);
            out.push(l);
        } else if i > 0
            && lines[i - 1].trim().is_empty()
            && numbered
            && section.is_some_and(|s| n <= s)
        {
            section = Some(n);
            lifted += 1;
            out.push(l.trim_start_matches(' '));
        } else {
            out.push(l);
        }
    }
    if lifted > 0 {
        cleaned.text = out.0;
    }
}

fn split_heading_mark(l: &str) -> (&str, &str) {
    let t = l.trim_start_matches([' ', '\t', '-']);
    let t2 = t.trim_start_matches('#');
    if t2.len() < t.len() && t2.starts_with(' ') {
        let at = l.len() - t2.len();
        (&l[..at], &l[at..])
    } else {
        (l, "")
    }
}

/// In a note that sets its blocks apart with `---` lines (two or more of them after a blank
/// line, a list or a fence), a `---` right under a line of text (`` `tips` `` over ` ---`) is
/// one more separator, not a setext underline making that line a heading over the rest of
/// the note: it is written `***`, which Markdown reads as a rule only.
fn separator_dashes(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let dashes = |l: &str| l.trim() == "---" && crate::extract::lines::indent_width(l) < 4;
    let text = |l: &str| {
        let t = l.trim();
        !t.is_empty()
            && !t.starts_with(['-', '*', '+', '`', '|', '#'])
            && crate::outline::plain::numbering(t).is_none()
            || t.starts_with('`') && !t.starts_with("```")
    };
    let under_text = |i: usize| i > 0 && !fenced[i - 1] && text(lines[i - 1]);
    let apart = (0..lines.len())
        .filter(|&i| !fenced[i] && dashes(lines[i]) && !under_text(i) && i > 0)
        .count();
    if apart < 2 {
        return;
    }
    let mut out = Lines(String::with_capacity(cleaned.text.len()), 0);
    for (i, l) in lines.iter().enumerate() {
        // (Not one under a question, `Q: Why variables are declared private?` over `---`:
        // the question's heading, as Markdown reads it.)
        let asks = |above: &str| above.trim_end().ends_with(['?', '？']);
        let short = |above: &str| crate::text::chars(above.trim()) <= 60 && !asks(above);
        if !fenced[i] && dashes(l) && under_text(i) && short(lines[i - 1]) {
            out.push(&l.replacen("---", "***", 1));
        } else {
            out.push(l);
        }
    }
    cleaned.text = out.0;
}

/// `What is class` right under a rule (`-----…`, `***`), again and again through a note with
/// no headings: the author parts entries with rules, each opened by its question or name
/// on a line of its own. Three or more such lines over text make the note's sections (see
/// [`labels_to_headings`]); what follows each, down to the next rule, is its answer.
/// Markdown only: plain text reads its separators in its own outline.
pub fn separated_entries(cleaned: &mut Cleaned) {
    if !["---", "***", "___"]
        .iter()
        .any(|r| cleaned.text.contains(r))
    {
        return;
    }
    // (A short rule right under a line, `Q: What is X?` over `---`, underlines it: no
    // separator. A long run typed across the page, or one set apart, is.)
    // (Its length in marks, spaces between them not counted.)
    let run = |l: &str| {
        let t = l.trim();
        let mark = t.chars().next().filter(|c| matches!(c, '-' | '*' | '_'))?;
        let marks = t.chars().filter(|&c| c == mark).count();
        (marks >= 3
            && t.chars().all(|c| c == mark || c.is_whitespace())
            && crate::extract::lines::indent_width(l) < 4)
            .then_some(marks)
    };
    let rule_at = |lines: &[&str], k: usize| {
        run(lines[k]).is_some_and(|n| n >= 10 || k == 0 || lines[k - 1].trim().is_empty())
    };
    // (A run typed across the page right under a line underlines nothing, whatever the
    // line's length; one typed to the line's width, `讲一讲…` over as many columns of
    // dashes, is its underline: a heading.)
    {
        let lines: Vec<&str> = cleaned.text.split('\n').collect();
        let fenced = crate::extract::lines::fenced_lines(&lines);
        let width = |t: &str| {
            t.trim()
                .chars()
                .map(|c| if is_cjk(c) { 2 } else { 1 })
                .sum::<usize>()
        };
        let across = |i: usize| {
            let t = lines[i].trim();
            !fenced[i]
                && i > 0
                && t.len() >= 20
                && t.bytes().all(|b| b == b'-')
                && !lines[i - 1].trim().is_empty()
                && t.len() > width(lines[i - 1]) + 4
        };
        if (0..lines.len()).any(across) {
            let out: Vec<String> = (0..lines.len())
                .map(|i| {
                    if across(i) {
                        lines[i].replace('-', "*")
                    } else {
                        lines[i].to_string()
                    }
                })
                .collect();
            cleaned.text = out.join("\n");
        }
    }
    {
        let lines: Vec<&str> = cleaned.text.split('\n').collect();
        let fenced = crate::extract::lines::fenced_lines(&lines);
        let rules = (0..lines.len())
            .filter(|&i| !fenced[i] && rule_at(&lines, i))
            .count();
        if rules < 3 || (0..lines.len()).any(|i| !fenced[i] && is_atx_heading(lines[i])) {
            return;
        }
    }
    labels_to_headings(
        cleaned,
        |lines, i| {
            let t = lines[i].trim();
            let after_rule = (0..i)
                .rev()
                .find(|&k| !lines[k].trim().is_empty())
                .is_some_and(|k| rule_at(lines, k));
            let named = !t.is_empty()
                && crate::text::chars(t) <= 80
                && run(t).is_none()
                && !t.starts_with(['-', '+', '|', '>', '`', '!', '<', '[', '$'])
                && (!t.starts_with('*') || t.starts_with("**"))
                && !lines[i].starts_with([' ', '\t'])
                && !t.ends_with(['。', '.', ':', '：', ','])
                && (i + 1..lines.len())
                    .find(|&k| !lines[k].trim().is_empty())
                    .is_some_and(|k| !rule_at(lines, k));
            // (`** What is java`: bold opened and never closed is no part of the name.)
            let t = if t.matches("**").count() == 1 {
                t.trim_start_matches(['*', ' '])
            } else {
                t
            };
            (after_rule && named).then_some(t)
        },
        |_| false,
    );
}

/// `Chapter three Network Transmission and Configuration`, `Chapter 13 -- UDP`, then
/// `12.1 Transport layer functions`: in a Markdown note with no headings, lines standing alone
/// that name a unit of the course are its headings. Two such chapter lines or more make the
/// note's outline; a decimal section number under them (`12.1 …`) goes a level down per dot.
pub fn chapter_headings(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    if (0..lines.len()).any(|i| !fenced[i] && is_atx_heading(lines[i])) {
        return;
    }
    let blank = |i: usize| lines.get(i).is_none_or(|l| l.trim().is_empty());
    let alone = |i: usize| {
        let t = lines[i];
        !fenced[i]
            && !t.trim().is_empty()
            && !t.starts_with([' ', '\t', '-', '*', '+', '>', '|', '#', '!', '['])
            && (i == 0 || blank(i - 1))
            && blank(i + 1)
            && crate::text::chars(t) <= 80
    };
    let level = |i: usize| -> Option<usize> {
        let plain = crate::text::plain_inline(lines[i].trim());
        if crate::extract::shape::chapter_name(&plain) {
            return Some(2);
        }
        // (`12.2 multiplexing and demultiplexing`: a section title, a longer one than plain
        // text's.)
        let t = lines[i].trim();
        let num = crate::outline::plain::numbering(t)
            .filter(|n| crate::outline::plain::section_title_within(t, *n, 60))?;
        Some((t[..num.len].trim_end().matches('.').count() + 2).min(6))
    };
    let found: Vec<(usize, usize)> = (0..lines.len())
        .filter(|&i| alone(i))
        .filter_map(|i| level(i).map(|l| (i, l)))
        .collect();
    if found.iter().filter(|(_, l)| *l == 2).count() < 2 {
        return;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for (i, l) in found {
        out[i] = format!("{} {}", "#".repeat(l), lines[i].trim());
    }
    cleaned.text = out.join("\n");
}

/// `Q6. Mention different ways…` over `-------`, in a note whose other questions are plain
/// `Q1.` … `Q24.` paragraphs: a slip of the keyboard, not a heading that would take every
/// question after it as its answer. The dashes are blanked.
fn marked_underline(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let marked = |i: usize| !fenced[i] && crate::text::question_marker(lines[i].trim());
    let underlined = |i: usize| {
        i + 1 < lines.len()
            && !fenced[i + 1]
            && dash_line(lines[i + 1])
            && crate::extract::lines::indent_width(lines[i + 1]) < 4
    };
    let (slips, plain): (Vec<usize>, Vec<usize>) = (0..lines.len())
        .filter(|&i| marked(i))
        .partition(|&i| underlined(i));
    // (Slips are few: three plain questions or more for each.)
    if slips.is_empty() || plain.len() < 3 * slips.len() {
        return;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for &i in &slips {
        out[i + 1] = String::new();
        cleaned.blanked.push((i + 1, Blanked::Underline));
    }
    cleaned.text = out.join("\n");
}

/// A setext underline: `===` or `---` ([`dash_line`]), three marks or more, nothing else.
fn underline(l: &str) -> bool {
    let t = l.trim();
    dash_line(l) || t.len() >= 3 && t.bytes().all(|b| b == b'=')
}

/// A line of three dashes or more, nothing else.
fn dash_line(l: &str) -> bool {
    let t = l.trim();
    t.len() >= 3 && t.chars().all(|c| c == '-')
}

/// A question set off by a blank line above a `-----` rule (`HashMap 的扩容方式？`, blank,
/// `---------------`) was meant as a heading: it gets the level the note's other question
/// headings use, and the rule is blanked. A real setext heading (`问题？` directly over
/// `----`) gets the same level, so the questions stay siblings.
fn loose_setext(cleaned: &mut Cleaned) {
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let atx_level = |l: &str| {
        let t = l.trim_start();
        let n = t.len() - t.trim_start_matches('#').len();
        ((1..=6).contains(&n) && t[n..].starts_with(' ')).then_some(n)
    };
    // The level most ATX headings that ask use.
    let mut counts = [0usize; 7];
    for (i, l) in lines.iter().enumerate() {
        if let (Some(n), false) = (atx_level(l), fenced[i]) {
            if crate::text::is_explicit_question(l) {
                counts[n] += 1;
            }
        }
    }
    let Some(level) = (1..=6)
        .filter(|&n| counts[n] > 0)
        .max_by_key(|&n| (counts[n], std::cmp::Reverse(n)))
    else {
        return;
    };
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    let mut blanked = Vec::new();
    for i in 1..lines.len() {
        if fenced[i] {
            continue;
        }
        // (Right under a label or a sentence, `Saved instance state:`, `Solution for problem 1
        // and 2.`, an underline in a note whose headings are written with `#` marks a line
        // of the answer, set off as the author likes it: no heading over the questions after.)
        if underline(lines[i]) {
            let above = lines[i - 1].trim();
            if !above.is_empty()
                && !fenced[i - 1]
                && atx_level(lines[i - 1]).is_none()
                && !lines[i - 1].starts_with([' ', '\t'])
                && above.ends_with([':', '：', '.', '。'])
                && !crate::text::is_explicit_question(above)
            {
                out[i] = String::new();
                blanked.push((i, Blanked::Underline));
                continue;
            }
        }
        if !dash_line(lines[i]) {
            continue;
        }
        // The text line above, across at most one blank line.
        let mut j = i - 1;
        if lines[j].trim().is_empty() && j > 0 {
            j -= 1;
        }
        let q = lines[j].trim();
        if q.is_empty()
            || fenced[j]
            || atx_level(lines[j]).is_some()
            || lines[j].starts_with([' ', '\t'])
        {
            continue;
        }
        let direct = j + 1 == i;
        let asks = crate::text::is_explicit_question(q) && crate::text::chars(q) <= 80;
        let heading_like = crate::text::chars(q) <= 60 && !q.ends_with(['。', '，', '：', ':']);
        if asks || (direct && heading_like && !q.starts_with(['-', '*', '>', '|'])) {
            out[j] = format!("{} {}", "#".repeat(level), q);
            out[i] = String::new();
            blanked.push((i, Blanked::Underline));
        }
    }
    if !blanked.is_empty() {
        cleaned.text = out.join("\n");
        cleaned.blanked.extend(blanked);
    }
}

/// Lines joined with `\n` as they are pushed.
struct Lines(String, usize);

impl Lines {
    fn push(&mut self, line: &str) {
        if self.1 > 0 {
            self.0.push('\n');
        }
        self.0.push_str(line);
        self.1 += 1;
    }
}

fn clean_line<'a>(line: &'a str, p: &Patterns) -> std::borrow::Cow<'a, str> {
    // `<!-- deckhand: skip -->` marks are read from the note as written; they are no text.
    if line.trim_start().starts_with("<!-- deckhand:") && line.trim_end().ends_with("-->") {
        return std::borrow::Cow::Borrowed("");
    }
    // `<!--  -->` alone on a line: an empty comment typed to end one list and start the next;
    // it says nothing.
    if line
        .trim()
        .strip_prefix("<!--")
        .and_then(|l| l.strip_suffix("-->"))
        .is_some_and(|inner| inner.trim().is_empty())
    {
        return std::borrow::Cow::Borrowed("");
    }
    // Most lines need nothing: skip every pattern unless a trigger character is present.
    if !line.contains(|c| matches!(c, '<' | '[' | '：' | ':' | '#' | '&' | '\\') || is_radical(c))
    {
        return std::borrow::Cow::Borrowed(line);
    }
    let mut s = line.to_string();
    // `&emsp; 供应者：…`: spaces typed as HTML entities to indent a line are no text.
    if s.contains('&') {
        s = p.space_entities.replace(&s, "$1").into_owned();
    }
    if s.contains(is_radical) {
        s = s.chars().map(unify_radical).collect();
    }
    if s.contains('<') {
        // `<h3>Core Java</h3>` on a line of its own: a heading written in HTML.
        // (Also in a bullet, `- <h3>ACID</h3>`, as an outliner writes headings.)
        if let Some(c) = p.html_heading.captures(&s) {
            let title = c[3].trim();
            if !title.is_empty() {
                let level: usize = c[2].parse().unwrap_or(1);
                s = format!("{}{} {title}", &c[1], "#".repeat(level));
            }
        }
        s = p.wrapper_tag.replace_all(&s, "").into_owned();
    }
    if s.contains("[[") {
        s = p
            .obsidian_embed
            .replace_all(&s, |c: &regex::Captures| {
                let target = c[1].trim().replace(' ', "%20");
                format!("![]({target})")
            })
            .into_owned();
        s = p
            .wiki_link
            .replace_all(&s, |c: &regex::Captures| {
                // (`[[#red]]==onStart==`: Logseq's colour mark over a highlight, no text.)
                let whole = c.get(0).expect("match");
                if c[1].starts_with('#') && s[whole.end()..].starts_with("==") {
                    return String::new();
                }
                // `[[#Heart]]` links a heading of the same note: its name is the text.
                c.get(2)
                    .unwrap_or_else(|| c.get(1).unwrap())
                    .as_str()
                    .trim_start_matches('#')
                    .to_string()
            })
            .into_owned();
    }
    // `\\(Granovetter\\) 模型`, `\\(72\\) 法则`: words set in MathJax's inline math (its `\(`
    // written for Markdown) are words; formulas stay as written.
    if s.contains("\\\\(") {
        // (Not a number alone, `7.\\(72\\) 法则`: it would join the item's own number.)
        s = p
            .words_as_math
            .replace_all(&s, |c: &regex::Captures| {
                if c[1].chars().any(char::is_alphabetic) {
                    c[1].to_string()
                } else {
                    c[0].to_string()
                }
            })
            .into_owned();
    }
    if s.contains("](#fn") {
        s = p.footnote_ref.replace_all(&s, "").into_owned();
        s = p.footnote_back.replace_all(&s, "").into_owned();
    }
    if s.contains('：') {
        s = p.fullwidth_url.replace_all(&s, "$1://").into_owned();
    }
    if s.contains(':') {
        s = p
            .shortcode
            .replace_all(&s, |c: &regex::Captures| {
                emoji(&c[1])
                    .map(String::from)
                    .unwrap_or_else(|| c[0].to_string())
            })
            .into_owned();
    }
    if s.trim_start().starts_with('#') {
        s = fix_heading_space(&s, p);
        // (`## :dart: Core React`: a shortcode no table knows, set before a heading's name,
        // decorates it.)
        if s.contains(':') {
            s = p.heading_shortcode.replace(&s, "$1").into_owned();
        }
        // (A link after a heading's name back to the contents is no part of its name.)
        if s.contains("](") {
            s = crate::text::without_nav_links(&s).trim_end().to_string();
        }
    }
    std::borrow::Cow::Owned(s)
}

/// `#### [1. What is Hoisting?](…#1-what-is-hoisting)` over `#### [2. What is Closure?](…)`,
/// and `## 1. What is Hoisting?` further down: headings that are only links, one right under
/// the other, naming the sections that follow, are the entries of the page's contents,
/// written as the list items they are (under `#### Table of Contents`, skipped with it).
/// (Half of them or more name a later heading; the others link where those do,
/// `…/top10.md#4-implement-fibonaccidebounce`, renamed since.) (Not headings copied with
/// their links, `### [TCP 三次握手](https://javaguide.cn/…#tcp-三次握手)` over `#### […](#…)`:
/// each is a section itself.)
fn contents_entries(cleaned: &mut Cleaned) {
    let p = patterns();
    let lines: Vec<&str> = cleaned.text.split('\n').collect();
    let fenced = crate::extract::lines::fenced_lines(&lines);
    let link = |i: usize| {
        let c = p
            .heading_link
            .captures(lines[i])
            .filter(|c| !fenced[i] && c[2].trim().is_empty())?;
        Some((c[3].to_string(), c[4].to_string()))
    };
    let key = |t: &str| -> String {
        t.chars()
            .filter(|c| c.is_alphanumeric())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let heading = |i: usize| (!fenced[i] && is_atx_heading(lines[i])).then(|| key(lines[i]));
    let base = |target: &str| target.split_once('#').map_or("", |(b, _)| b).to_string();
    let mut entries: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        // A run of link headings with nothing but blank lines between them.
        let mut run = Vec::new();
        let mut j = i;
        while j < lines.len() {
            if lines[j].trim().is_empty() {
                j += 1;
                continue;
            }
            match link(j) {
                Some(l) => run.push((j, l)),
                None => break,
            }
            j += 1;
        }
        if run.len() >= 2 {
            let later: Vec<String> = (j..lines.len()).filter_map(heading).collect();
            let named: Vec<String> = run
                .iter()
                .filter(|(_, (text, _))| {
                    let k = key(text);
                    !k.is_empty() && later.iter().any(|h| h.starts_with(&k))
                })
                .map(|(_, (_, target))| base(target))
                .collect();
            if named.len() * 2 >= run.len() {
                for (k, (text, target)) in &run {
                    if named.contains(&base(target)) {
                        entries.push((*k, format!("- [{text}]({target})")));
                    }
                }
            }
        }
        i = j.max(i + 1);
    }
    if entries.is_empty() {
        return;
    }
    let mut out: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
    for (k, item) in entries {
        out[k] = item;
    }
    cleaned.text = out.join("\n");
}

/// Kangxi radicals and CJK radical forms (U+2E80–U+2FDF): text copied out of PDFs often
/// carries `⼦⽂⼀` where `子文一` was meant. They look the same but do not match in a search,
/// and fonts made for running text lack them.
fn is_radical(c: char) -> bool {
    matches!(c, '\u{2E80}'..='\u{2FDF}')
}

/// The ordinary ideograph a radical stands for (its compatibility decomposition), else itself.
fn unify_radical(c: char) -> char {
    let mut out = None;
    unicode_normalization::char::decompose_compatible(c, |d| {
        out = Some(out.map_or(d, |_| c));
    });
    out.unwrap_or(c)
}

/// `Status:`, `Tags: [[Computer Systems I]]`, `Created: 2024-03-11`: a field an editor's
/// note template puts above the note.
fn metadata_line(line: &str) -> bool {
    const KEYS: &[&str] = &[
        "status",
        "tags",
        "tag",
        "created",
        "updated",
        "modified",
        "date",
        "source",
        "author",
        "aliases",
        "type",
        "links",
        "related",
        "up",
        "category",
        "categories",
        "subject",
        "course",
        "lecture",
        "professor",
        "instructor",
        "semester",
    ];
    // (`## Subject: [[BIOL]]`: a template may set its fields as headings.)
    let t = line.trim().trim_start_matches('#').trim_start();
    t.split_once(':').is_some_and(|(k, v)| {
        KEYS.contains(&k.trim().to_ascii_lowercase().as_str()) && !v.starts_with(':')
    })
}

/// Where the lines above a note's text end, when two or more of them are template fields
/// ([`metadata_line`]), among blank lines, tags and a date: the fields are blanked there.
fn header_metadata(lines: &[&str]) -> usize {
    let mut fields = 0;
    let mut end = 0;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim();
        if metadata_line(l) {
            fields += 1;
            end = i + 1;
        } else if !(t.is_empty()
            || tag_line(l)
            || crate::outline::plain::is_date(t.split_whitespace().next().unwrap_or("")))
        {
            break;
        }
    }
    if fields >= 2 {
        end
    } else {
        0
    }
}

/// C's preprocessor words: `#include` pasted outside a fence is neither tag nor heading.
const DIRECTIVES: &[&str] = &[
    "include", "define", "ifdef", "ifndef", "endif", "pragma", "if", "else", "undef", "import",
];

/// `[Home](…) > [Biology](…) > Cellular Respiration > General Notes`: a site's breadcrumb
/// trail, links to the pages above this one joined by `>`. Navigation, no text of the note.
fn breadcrumb(line: &str) -> bool {
    let t = line.trim();
    if !t.starts_with('[') || !t.contains(" > ") {
        return false;
    }
    let steps: Vec<&str> = t.split(" > ").collect();
    let links = steps
        .iter()
        .filter(|s| s.trim().starts_with('[') && s.contains("]("))
        .count();
    steps.len() >= 3 && links >= 2
}

/// `#textbook`, `#Diglossia #definition`: a line of nothing but tags (no space after the
/// `#`, so no heading), which Obsidian reads as labels. (Not `#include` and its kin, C's
/// preprocessor lines pasted outside a fence.)
fn tag_line(line: &str) -> bool {
    let t = line.trim();
    t.starts_with('#')
        && crate::extract::lines::indent_width(line) < 4
        && t.split_whitespace().all(|w| {
            w.strip_prefix('#').is_some_and(|tag| {
                // (`#数据交换` is a heading missing its space: see `fix_heading_space`.)
                tag.chars()
                    .next()
                    .is_some_and(|c| c.is_alphabetic() && !is_cjk(c))
                    && tag
                        .chars()
                        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '/'))
                    && !DIRECTIVES.contains(&tag)
            })
        })
}

/// `##标题` → `## 标题`. A single `#` is fixed only when what follows is clearly a heading
/// (CJK text, a pictograph, `#👉 1、…`, or a name in words, `#Asymptotic Analysis`), so that
/// `#tag` lines stay tags.
fn fix_heading_space(s: &str, p: &Patterns) -> String {
    let Some(c) = p.hash_no_space.captures(s) else {
        return s.to_string();
    };
    let hashes = &c[2];
    let next = c[3].chars().next().unwrap_or(' ');
    let rest = &s[c.get(3).map_or(0, |m| m.start())..];
    let pictograph = !next.is_alphanumeric() && !next.is_ascii() && !is_cjk(next);
    let single_ok = (is_cjk(next) || pictograph || words_named(rest)) && !rest.contains('#');
    if hashes.len() >= 2 || single_ok {
        let at = c.get(2).map_or(0, |m| m.end());
        format!("{} {}", &s[..at], &s[at..])
    } else {
        s.to_string()
    }
}

/// What follows a `#` typed close is a name in words, `Asymptotic Analysis`: a tag is one
/// word, so two to eight, none a tag or a directive, nothing but letters and the marks names
/// use, make a heading. A name opens with a capital: `#todo  Ballistic coefficient` is a tag
/// the author put before a line, as Obsidian users do, not a heading.
fn words_named(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    rest.starts_with(|c: char| c.is_ascii_uppercase())
        && (2..=8).contains(&words.len())
        && !DIRECTIVES.contains(&words[0])
        && rest.chars().all(|c| {
            c.is_alphanumeric() || matches!(c, ' ' | '-' | '&' | '/' | '(' | ')' | ',' | '\'')
        })
}

/// A note that types two or more of its headings without the space (`#Asymptotic
/// Analysis`, outside code) types its one-word headings so too: `#Outline` alone on its line
/// is a heading there, not a tag.
fn bare_headings(lines: &[&str]) -> bool {
    let mut fence: Option<Fence> = None;
    let mut n = 0;
    for l in lines {
        match &fence {
            Some(f) if fence_closes(l, f) => fence = None,
            Some(_) => {}
            None => {
                fence = fence_open(l);
                let t = l.trim_end();
                n += usize::from(
                    fence.is_none()
                        && t.strip_prefix('#')
                            .is_some_and(|r| !r.starts_with(['#', ' ']) && words_named(r)),
                );
            }
        }
    }
    n >= 2
}

pub fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// An open code fence (``` or ~~~, with its length, indent and info string).
pub(crate) struct Fence {
    ch: char,
    len: usize,
    indent: usize,
    info: String,
}

pub(crate) fn fence_open(line: &str) -> Option<Fence> {
    let trimmed = line.trim_start();
    let indent = line.len() - trimmed.len();
    let ch = trimmed.chars().next()?;
    if ch != '`' && ch != '~' {
        return None;
    }
    let len = trimmed.chars().take_while(|&c| c == ch).count();
    if len < 3 {
        return None;
    }
    let info = trimmed[len..].trim().to_string();
    if ch == '`' && info.contains('`') {
        return None;
    }
    Some(Fence {
        ch,
        len,
        indent,
        info,
    })
}

pub(crate) fn fence_closes(line: &str, f: &Fence) -> bool {
    let t = line.trim();
    t.len() >= f.len && t.chars().all(|c| c == f.ch)
}

/// ```` ```{margin} ````, ```` ```{admonition} Variants of X ````, ```` ```{note} ````: a MyST
/// (Jupyter Book) directive that frames notes, not code. `Some(title)` when it shows one.
fn myst_directive(info: &str) -> Option<Option<String>> {
    const PROSE: &[&str] = &[
        "admonition",
        "note",
        "tip",
        "hint",
        "important",
        "warning",
        "caution",
        "attention",
        "danger",
        "error",
        "seealso",
        "margin",
        "sidebar",
        "topic",
        "dropdown",
        "epigraph",
        "pull-quote",
        "highlights",
        "card",
    ];
    let rest = info.strip_prefix('{')?;
    let close = rest.find('}')?;
    let name = rest[..close].trim();
    let prose = PROSE.contains(&name) || name.starts_with("prf:");
    let title = rest[close + 1..].trim();
    prose.then(|| (!title.is_empty() && name != "margin").then(|| title.to_string()))
}

/// `:class: note`, `:name: eq-1`: an option line of a MyST directive.
fn directive_option(line: &str) -> bool {
    let t = line.trim();
    t.strip_prefix(':')
        .and_then(|r| r.split_once(':'))
        .is_some_and(|(k, _)| {
            !k.is_empty()
                && k.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

/// MkDocs content tabs (`=== "代码"` over a body indented four columns): the body is the
/// note's own text, read at the tab's indentation (admonitions and fences inside it too). The
/// tab's label stays as a line of text over it, a part of the answer, unless it repeats the
/// heading above (`### 内存逃逸` over `=== "内存逃逸"`, the tab a page opens on): that line is
/// blanked.
fn content_tabs(text: &str, blanked: &mut Vec<(usize, Blanked)>) -> Option<String> {
    if !text.contains("=== \"") {
        return None;
    }
    let mut out = Lines(String::with_capacity(text.len()), 0);
    // (The indentation of each tab the line sits in, innermost last.)
    let mut tabs: Vec<usize> = Vec::new();
    let mut heading = String::new();
    let mut fence: Option<Fence> = None;
    for (i, l) in text.split('\n').enumerate() {
        let w = crate::extract::lines::indent_width(l);
        if !l.trim().is_empty() && fence.is_none() {
            while tabs.last().is_some_and(|&t| w < t + 4) {
                tabs.pop();
            }
        }
        let line = crate::extract::lines::strip_indent(l, 4 * tabs.len());
        if let Some(f) = &fence {
            if fence_closes(line, f) {
                fence = None;
            }
            out.push(line);
            continue;
        }
        fence = fence_open(line);
        if is_atx_heading(line) {
            heading = crate::model::normalise_question(line.trim().trim_start_matches('#'));
        }
        let Some(label) = tab_label(line) else {
            out.push(line);
            continue;
        };
        tabs.push(w);
        let name = crate::model::normalise_question(label);
        if !heading.is_empty() && (heading.contains(&name) || name.contains(&heading)) {
            blanked.push((i, Blanked::Markup));
            out.push("");
        } else {
            out.push(&format!(
                "{}{label}",
                &line[..line.len() - line.trim_start().len()]
            ));
        }
    }
    Some(out.0)
}

/// `=== "Label"`, `===! "Label"`, `===+ "Label"`: the label of a content tab.
fn tab_label(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix("===")?;
    let rest = rest.strip_prefix(['!', '+']).unwrap_or(rest);
    let label = rest
        .strip_prefix(' ')?
        .trim()
        .strip_prefix('"')?
        .strip_suffix('"')?;
    (!label.trim().is_empty()).then_some(label.trim())
}

/// `!!! note "标题"`, `??? tip`, `???+ warning "…"` (MkDocs admonitions): the indentation and
/// the callout line it becomes (`> [!note] 标题`).
fn admonition_open(line: &str) -> Option<(usize, String)> {
    let indent = crate::extract::lines::indent_width(line);
    let t = line.trim();
    let rest = t
        .strip_prefix("!!!")
        .or_else(|| t.strip_prefix("???+"))
        .or_else(|| t.strip_prefix("???"))?;
    if !rest.starts_with(' ') {
        return None;
    }
    let rest = rest.trim();
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(rest.len());
    let kind = &rest[..end];
    if kind.is_empty() {
        return None;
    }
    let title = rest[end..].trim().trim_matches('"').trim();
    let head = if title.is_empty() {
        format!("> [!{kind}]")
    } else {
        format!("> [!{kind}] {title}")
    };
    Some((indent, head))
}

pub(crate) fn is_atx_heading(line: &str) -> bool {
    let t = line.trim_start_matches(' ');
    line.len() - t.len() <= 3 && {
        let n = t.len() - t.trim_start_matches('#').len();
        (1..=6).contains(&n) && t[n..].starts_with([' ', '\t'])
    }
}

/// The lines after `from` (blank lines first allowed) that are all indented four columns or
/// more and read as prose: (first line, end).
fn indented_prose(lines: &[&str], from: usize) -> Option<(usize, usize)> {
    let mut s = from;
    while s < lines.len() && lines[s].trim().is_empty() {
        s += 1;
    }
    let mut e = s;
    while e < lines.len()
        && (lines[e].trim().is_empty() || crate::extract::lines::indent_width(lines[e]) >= 4)
        && fence_open(lines[e]).is_none()
    {
        e += 1;
    }
    while e > s && lines[e - 1].trim().is_empty() {
        e -= 1;
    }
    let body = &lines[s..e];
    // (One paragraph of a line or two of Chinese, `    UNIX只能采用fork创建进程，…。`, is no
    // code either: code has no sentences of ideographs.)
    let chinese = |l: &str| {
        l.chars().filter(|&c| is_cjk(c)).count() >= 5 && !looks_like_code(l) && !l.contains(';')
    };
    // (Nor is a long English sentence, `    The demand for a good is greater than …
    // Therefore, …`: eight words or more, closed by its full stop.)
    let english = |l: &str| {
        english_sentence(l)
            && l.split_whitespace().count() >= 8
            && l.trim_end().ends_with(['.', '?', '!'])
    };
    let nonblank: Vec<&&str> = body.iter().filter(|l| !l.trim().is_empty()).collect();
    let prose = nonblank.len() >= 3 && is_prose(body, true)
        || (1..=2).contains(&nonblank.len())
            && nonblank.len() == body.len()
            && nonblank.iter().all(|l| chinese(l) || english(l));
    prose.then_some((s, e))
}

/// Two lines or more at the block's own indentation, each over lines indented deeper: an
/// outline (questions over their answers), not a column of lines set off as code.
fn outline(body: &[&str]) -> bool {
    let width = |l: &str| crate::extract::lines::indent_width(l);
    let lines: Vec<&str> = body
        .iter()
        .copied()
        .filter(|l| !l.trim().is_empty())
        .collect();
    let base = lines.iter().map(|l| width(l)).min().unwrap_or(0);
    lines
        .windows(2)
        .filter(|w| width(w[0]) == base && width(w[1]) > base)
        .count()
        >= 2
}

/// A line of text at the margin that is no list item, heading, fence, quote or table row:
/// after it and a blank line, an indented block is what CommonMark calls code.
fn margin_paragraph(line: &str) -> bool {
    let t = line.trim_end();
    !t.is_empty()
        && !line.starts_with([' ', '\t'])
        && !t.starts_with(['-', '*', '+', '#', '>', '|', '`', '~', '<'])
        && crate::outline::plain::numbering(t).is_none()
        && !crate::text::is_numbered(t)
        || t.starts_with('*') && !t.starts_with("* ") && !t.starts_with("**")
}

/// A fence without a language holds notes, not code: Chinese prose, or three lines or more
/// of English sentences (`Cell - group of tissues working together`), two in three of them
/// at least, and no line of code, of a shell or of a program's output, no Markdown heading,
/// quote or list (`# install`, `sudo yum install -y x`, `sum = 10`).
fn prose_fence(body: &[&str]) -> bool {
    let lines: Vec<&str> = body
        .iter()
        .map(|l| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    // (Opening with a capital, a number, or naming a term before ` - `: `synapse - the gap…`,
    // `1) person holds the ruler…`; not `sudo yum install x`.)
    let written = |l: &&&str| {
        english_sentence(l)
            && (l.starts_with(|c: char| c.is_ascii_uppercase())
                || crate::outline::plain::numbering(l).is_some()
                || l.contains(" - "))
    };
    let flag = |l: &str| {
        l.split_whitespace().any(|w| {
            w.starts_with('-') && w.trim_start_matches('-').starts_with(char::is_alphabetic)
        })
    };
    let marked = |l: &str| l.starts_with(['#', '>', '$', '|', '<']);
    // (A bullet or two among the lines is a note's; a list is Markdown.)
    let bullets = lines
        .iter()
        .filter(|l| l.starts_with(['-', '*', '+']))
        .count();
    // (`Constructor called with value: 10`: a program's output prints values.)
    let printed = |l: &str| l.ends_with(|c: char| c.is_ascii_digit()) && l.contains([':', '=']);
    // (`上电 / 复位` `↓` `启动文件执行` `├── 复制 .data`: a flow drawn with arrows and branches is
    // a diagram, kept as drawn; so is a tree drawn with `/ \` between its rows of nodes.)
    let drawn = |l: &&&str| {
        l.starts_with(['↓', '↑', '⇓', '├', '└', '│', '┌', '┬', '▼'])
            || l.chars().all(|c| "↓↑⇓|│vV^▼/\\ ".contains(c))
    };
    if lines.len() >= 3 && 4 * lines.iter().filter(drawn).count() >= lines.len() {
        return false;
    }
    is_prose(body, false)
        || lines.len() >= 3
            && 3 * lines.iter().filter(written).count() >= 2 * lines.len()
            && bullets * 4 <= lines.len()
            && !lines
                .iter()
                .any(|l| looks_like_code(l) || flag(l) || marked(l) || printed(l))
}

/// A fence holds prose (not code) when most of its non-blank lines carry CJK text and few
/// look like code. An indented block (`english`) holds prose too when half its lines or more
/// are English sentences and none looks like code.
fn is_prose(body: &[&str], english: bool) -> bool {
    let nonblank: Vec<&&str> = body.iter().filter(|l| !l.trim().is_empty()).collect();
    if nonblank.len() < 2 {
        return false;
    }
    let cjk = nonblank.iter().filter(|l| l.chars().any(is_cjk)).count();
    let sentences = nonblank.iter().filter(|l| english_sentence(l)).count();
    let code = nonblank.iter().filter(|l| looks_like_code(l)).count();
    // (`# 每秒fsync 一次` over `appendfsync everysec`: Chinese only in the comments of a config
    // file is no prose; the lines they comment on are.)
    let comment = |l: &str| {
        let t = l.trim_start();
        t.starts_with("# ") || t.starts_with("//")
    };
    let commented = nonblank.iter().filter(|l| comment(l)).count();
    let written = nonblank.len() - commented;
    let cjk_written = nonblank
        .iter()
        .filter(|l| !comment(l) && l.chars().any(is_cjk))
        .count();
    let comments_only = commented > 0 && written > 0 && cjk_written * 2 < written;
    (cjk * 10 >= nonblank.len() * 5 && !comments_only
        || english && 2 * sentences >= nonblank.len() && code == 0)
        && code * 3 < nonblank.len()
}

/// `What is virtual memory responsible for?`, `- Loading the rest of the OS into memory.`:
/// words and the punctuation of sentences, nothing that only code writes.
fn english_sentence(line: &str) -> bool {
    let t = line.trim().trim_start_matches(['-', '*', ' ']);
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_ascii_alphabetic()).count() >= 2)
        .count();
    let codeish = [
        '=', '{', '}', ';', '<', '>', '[', ']', '$', '\\', '_', '#', '`',
    ]
    .iter()
    .any(|c| t.contains(*c))
        || t.contains("()");
    words >= 3 && !codeish && !looks_like_code(line)
}

/// A rough code detector used by the prose rules too.
pub fn looks_like_code(line: &str) -> bool {
    let t = line.trim();
    t.ends_with('{')
        || t.ends_with(';')
        || t == "}"
        || t.starts_with("//")
        || t.starts_with("func ")
        || t.starts_with("def ")
        || t.starts_with("#include")
        || t.contains(":=")
        || line.starts_with('\t') && !t.chars().any(is_cjk)
}

fn emoji(name: &str) -> Option<&'static str> {
    Some(match name {
        "smile" => "😄",
        "+1" | "thumbsup" => "👍",
        "-1" | "thumbsdown" => "👎",
        "heavy_check_mark" => "✔",
        "white_check_mark" => "✅",
        "x" => "❌",
        "warning" => "⚠",
        "star" => "⭐",
        "fire" => "🔥",
        "bulb" => "💡",
        "rocket" => "🚀",
        "memo" => "📝",
        "question" => "❓",
        "exclamation" => "❗",
        "point_right" => "👉",
        "tada" => "🎉",
        "book" => "📖",
        "key" => "🔑",
        "red_circle" => "🔴",
        "arrow_right" => "➡",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_fields_above_the_note() {
        let lines = [
            "11-03-2024 21:03",
            "",
            "Status:",
            "",
            "Tags: [[OS]]",
            "",
            "# Title",
        ];
        assert_eq!(header_metadata(&lines), 5);
        // (One field alone, `Type: …` opening a note, may be its text.)
        assert_eq!(header_metadata(&["Type: a kind of thing", "", "text"]), 0);
        assert!(!metadata_line("Tags:: 复习"));
    }

    #[test]
    fn chapter_lines_are_headings_in_a_note_without_any() {
        let chaptered = |text: &str| {
            let mut c = clean(text);
            chapter_headings(&mut c);
            c.text
        };
        let note = "Prep\n\nChapter one -- basics\n\n1. a = b c\n\nChapter 2: More\n\n2.1 Ports and sockets\n\n1. x\n";
        let lines: Vec<String> = chaptered(note).split('\n').map(String::from).collect();
        assert_eq!(lines[2], "## Chapter one -- basics");
        assert_eq!(lines[6], "## Chapter 2: More");
        assert_eq!(lines[8], "### 2.1 Ports and sockets");
        assert_eq!(lines[0], "Prep");
        // One chapter line is not an outline; nor are chapter lines beside headings.
        let one = "Chapter one -- basics\n\n1. a\n";
        assert_eq!(chaptered(one), one);
        let headed = "# Notes\n\nChapter one\n\ntext\n\nChapter two\n\ntext\n";
        assert_eq!(chaptered(headed), headed);
    }

    #[test]
    fn spaced_repetition_separators() {
        assert_eq!(sr_separator("Default HTTPS port::443"), Some(18));
        assert_eq!(sr_separator("DNS resolves::a name to an address"), Some(12));
        assert_eq!(sr_separator("Reversed:::both ways"), Some(8));
        assert_eq!(sr_separator("TCP::Transmission Control Protocol"), Some(3));
        for kept in [
            "collapsed:: true",
            "What does std::move do?",
            "std::vector",
            "a::b::c",
            "::leading",
            "trailing::",
        ] {
            assert_eq!(sr_separator(kept), None, "{kept}");
        }
        let c = clean("# Net #flashcards\n\nWhy TCP?\n?\nReliable.\n\n```\nx::y\n```\n");
        let lines: Vec<&str> = c.text.split('\n').collect();
        assert_eq!(lines[2], "Why TCP?：");
        assert_eq!(lines[3], "");
        assert_eq!(lines[7], "x::y");
    }

    #[test]
    fn keeps_line_count() {
        let src = "a\n```\n协程是什么\n协程很轻\n```\nb\n```go\nfunc x() {\n```\n";
        let c = clean(src);
        assert_eq!(c.text.split('\n').count(), src.split('\n').count());
        assert_eq!(c.prose, vec![(2, 4)]);
        assert!(c.text.contains("func x() {"));
    }

    #[test]
    fn wrappers_headings_embeds() {
        let c = clean("##<font color=#881181> go 接口</font>\n![[a b.png|300]]\n# <font color=red>vpp<font>\n#tag\n#include <x>");
        let l: Vec<&str> = c.text.lines().collect();
        assert_eq!(l[0], "## go 接口");
        assert_eq!(l[1], "![](a%20b.png)");
        assert_eq!(l[2], "# vpp");
        // (`#tag` is no heading: a line of tags, blanked and accounted for.)
        assert_eq!(l[3], "");
        assert!(c.blanked.contains(&(3, Blanked::Tags)));
        assert_eq!(l[4], "#include <x>");
    }

    #[test]
    fn radicals_pasted_from_pdfs_become_ideographs() {
        // U+2F26 ⼦, U+2F42 ⽂, U+2F00 ⼀ as a PDF copy gives them; code keeps its bytes.
        let c = clean("⽗进程和⼦进程共享同⼀个⽂件描述符\n```\n⼦\n```");
        let l: Vec<&str> = c.text.lines().collect();
        assert_eq!(l[0], "父进程和子进程共享同一个文件描述符");
        assert_eq!(l[2], "⼦");
    }

    #[test]
    fn code_is_untouched() {
        let c = clean("```c\n#include <font>\n##x\n```");
        assert!(c.text.contains("#include <font>\n##x"));
    }

    #[test]
    fn style_blocks_are_blanked() {
        let c = clean(
            "<style>\nimg{\n  width: 50%;\n}\n</style>\n\n# Notes\n```html\n<style>x</style>\n```",
        );
        assert_eq!(
            c.text,
            "\n\n\n\n\n\n# Notes\n```html\n<style>x</style>\n```"
        );
        assert_eq!(
            c.blanked.iter().map(|b| b.0).collect::<Vec<_>>(),
            vec![0, 1, 2, 3, 4]
        );
    }

    #[test]
    fn html_headings_become_headings() {
        let c =
            clean("<h3>Core Java</h3>\n<h3>Spring</h3><br>\n- <h2 class=x>ACID</h2>\n<h3></h3>");
        assert_eq!(c.text, "### Core Java\n### Spring\n- ## ACID\n<h3></h3>");
    }

    #[test]
    fn footnotes_and_shortcodes() {
        let c = clean("优化[2](#fn-2) :fire: x:y: [↩](#fnref-2) https：//a.cn");
        assert_eq!(c.text, "优化 🔥 x:y:  https://a.cn");
    }
}
