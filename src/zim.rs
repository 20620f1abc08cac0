//! Zim wiki pages read as Markdown.
//!
//! Zim (a desktop wiki) keeps each page as a `.txt` file that opens with a header
//! (`Content-Type: text/x-zim-wiki`, `Wiki-Format:`, `Creation-Date:`), then the title as
//! `====== Title ======` and a `Created Tuesday 01 March 2016` line. Sections are
//! `===== Name =====` (more `=` for a higher level), lists are `*` bullets and `[ ]`
//! checkboxes nested with tabs, and students indent plain lines with tabs under a section to
//! outline it. Everything after ingest reads Markdown, so a page is translated here, line for
//! line (every line keeps its number): headings become `#`s, an indented line becomes a bullet
//! at its depth, `{{./img.png}}` a picture, `''code''` a code span, `'''` blocks fences.

use crate::org::Translated;
use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    heading: Regex,
    created: Regex,
    image: Regex,
    code: Regex,
    italic: Regex,
    checkbox: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        heading: Regex::new(r"^(={2,})\s+(.*?)\s+={2,}\s*$").unwrap(),
        created: Regex::new(r"^Created\s+\S+.*\b\d{4}\b").unwrap(),
        image: Regex::new(r"\{\{([^{}?]+?)(?:\?[^{}]*)?\}\}").unwrap(),
        code: Regex::new(r"''([^']+?)''").unwrap(),
        italic: Regex::new(r"(^|[^:/])//([^/\s](?:[^/]*[^/\s])?)//").unwrap(),
        checkbox: Regex::new(r"^\[([ *xX><])\]\s+").unwrap(),
    })
}

/// Whether `text` is a Zim page: its first line names Zim's content type.
pub fn is_zim(text: &str) -> bool {
    text.split('\n').next().is_some_and(|l| {
        l.trim_end()
            .eq_ignore_ascii_case("Content-Type: text/x-zim-wiki")
    })
}

/// The Markdown reading of a Zim page, with as many lines as it has.
pub fn to_markdown(text: &str) -> Translated {
    let p = patterns();
    let lines: Vec<&str> = text.split('\n').collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut metadata = Vec::new();
    // The header runs to the first blank line.
    let header = lines
        .iter()
        .position(|l| l.trim().is_empty())
        .unwrap_or(lines.len());
    let mut verbatim = false;
    let mut titled = false;
    let mut open: Vec<usize> = Vec::new();
    for (i, &line) in lines.iter().enumerate() {
        let t = line.trim();
        if i < header {
            metadata.push(i);
            out.push(String::new());
            continue;
        }
        if t == "'''" {
            verbatim = !verbatim;
            out.push("```".into());
            continue;
        }
        if verbatim {
            out.push(line.to_string());
            continue;
        }
        if let Some(c) = p.heading.captures(line) {
            // Six marks are the page's title, two the lowest section.
            let level = 7 - c[1].len().clamp(2, 6);
            out.push(format!("{} {}", "#".repeat(level), inline(&c[2])));
            titled = true;
            open.clear();
            continue;
        }
        // (`Created Tuesday 01 March 2016`, what Zim writes under a new page's title.)
        if titled && p.created.is_match(t) && recent_title(&lines, i) {
            metadata.push(i);
            out.push(String::new());
            continue;
        }
        out.push(item(line, p, &mut open));
    }
    Translated {
        text: out.join("\n"),
        metadata,
    }
}

/// The line above `i`, blank lines aside, is the page's title.
fn recent_title(lines: &[&str], i: usize) -> bool {
    lines[..i]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_start().starts_with("======"))
}

/// One line of a page's body. `open` holds the indentation of the bullets the line may sit
/// under. A bullet or checkbox, and a plain line indented under a section (a point of the
/// outline), become bullets nested one level under each open bullet indented less; a plain
/// line at the margin is text and closes them all.
fn item(line: &str, p: &Patterns, open: &mut Vec<usize>) -> String {
    let body = line.trim_start_matches(['\t', ' ']);
    let lead = &line[..line.len() - body.len()];
    let depth = lead.matches('\t').count() + lead.matches(' ').count() / 4;
    if body.is_empty() {
        return String::new();
    }
    let (rest, mark) = if let Some(rest) = body.strip_prefix("* ") {
        (rest, "")
    } else if let Some(c) = p.checkbox.captures(body) {
        let mark = if c[1].trim().is_empty() {
            "[ ] "
        } else {
            "[x] "
        };
        (&body[c[0].len()..], mark)
    } else if depth == 0 {
        open.clear();
        return inline(body);
    } else {
        (body, "")
    };
    while open.last().is_some_and(|&d| d >= depth) {
        open.pop();
    }
    let tabs = "\t".repeat(open.len());
    open.push(depth);
    format!("{tabs}- {mark}{}", inline(rest))
}

/// Zim's inline markup as Markdown: pictures, code, italics (`**bold**`, `~~strike~~` and
/// `[[links]]` are written alike or read by the cleaner).
fn inline(s: &str) -> String {
    let p = patterns();
    let s = p.image.replace_all(s, "![]($1)");
    let s = p.code.replace_all(&s, "`$1`");
    // (Not in a line holding a URL, whose `//` marks nothing.)
    if s.contains("://") {
        return s.into_owned();
    }
    p.italic.replace_all(&s, "$1*$2*").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_reads_as_markdown_line_for_line() {
        let page = "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.4\nCreation-Date: 2016\n\n\
                    ====== 13 - Sequential ======\nCreated Tuesday 01 March 2016\n\n\
                    ===== Clock: =====\n\tA special circuit\n\t\tsends //pulses//\n\
                    {{./pasted_image.png?width=300}}\n* point\n\t[*] done ''x''\n";
        let t = to_markdown(page);
        let lines: Vec<&str> = t.text.split('\n').collect();
        assert_eq!(lines.len(), page.split('\n').count());
        assert_eq!(&lines[..4], &["", "", "", ""]);
        assert_eq!(lines[4], "# 13 - Sequential");
        assert_eq!(lines[5], "");
        assert_eq!(lines[7], "## Clock:");
        assert_eq!(lines[8], "- A special circuit");
        assert_eq!(lines[9], "\t- sends *pulses*");
        assert_eq!(lines[10], "![](./pasted_image.png)");
        assert_eq!(lines[11], "- point");
        assert_eq!(lines[12], "\t- [x] done `x`");
        assert_eq!(t.metadata, vec![0, 1, 2, 5]);
        assert!(is_zim(page) && !is_zim("# Title\n"));
        // (Bullets indented under a section open the outline at its first level.)
        let t = to_markdown(
            "Content-Type: text/x-zim-wiki\n\n===== Policy =====\n\t* one\n\t\t* two\n",
        );
        assert_eq!(t.text, "\n\n## Policy\n- one\n\t- two\n");
        // (A URL's `//` is no italic.)
        assert_eq!(inline("see http://a.b//c//"), "see http://a.b//c//");
    }
}
