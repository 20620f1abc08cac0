//! Org-mode notes read as Markdown.
//!
//! Emacs users keep their notes in `.org` files: `* Heading` stars, `#+TITLE:` keywords,
//! `#+BEGIN_SRC` blocks, `:PROPERTIES:` drawers, `*bold*` / `/italic/` / `=code=` markup,
//! `[[url][text]]` links and `- term :: description` lists. Everything after ingest reads
//! Markdown, so an org file is translated here, line by line: every line keeps its number, so
//! cards still point at `file.org:line`.

use regex::Regex;
use std::sync::OnceLock;

struct Patterns {
    heading: Regex,
    keyword: Regex,
    tags: Regex,
    bold: Regex,
    italic: Regex,
    code: Regex,
    link_desc: Regex,
    link: Regex,
    ordered: Regex,
    description: Regex,
}

fn patterns() -> &'static Patterns {
    static P: OnceLock<Patterns> = OnceLock::new();
    P.get_or_init(|| Patterns {
        heading: Regex::new(r"^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING)\s+)?(?:\[#[A-C]\]\s+)?(.*)$")
            .unwrap(),
        keyword: Regex::new(r"^\s*#\+(\w+):?\s*(.*)$").unwrap(),
        tags: Regex::new(r"\s+:[\w@#%:]+:\s*$").unwrap(),
        bold: Regex::new(r"(^|[\s(（])\*([^\s*](?:[^*]*[^\s*])?)\*($|[\s.,;:!?)）。，；：])")
            .unwrap(),
        italic: Regex::new(r"(^|[\s(（])/([^\s/](?:[^/]*[^\s/])?)/($|[\s.,;:!?)）。，；：])")
            .unwrap(),
        code: Regex::new(
            r"(^|[\s(（])[=~]([^\s=~](?:[^=~]*[^\s=~])?)[=~]($|[\s.,;:!?)）。，；：])",
        )
        .unwrap(),
        link_desc: Regex::new(r"\[\[([^\]]+)\]\[([^\]]+)\]\]").unwrap(),
        link: Regex::new(r"\[\[([^\]]+)\]\]").unwrap(),
        ordered: Regex::new(r"^(\s*)(\d+)\)\s").unwrap(),
        description: Regex::new(r"^(\s*[-+]\s+)(.+?)\s+::(\s+|$)").unwrap(),
    })
}

/// Whether `path` names an org file.
pub fn is_org(path: &str) -> bool {
    std::path::Path::new(path)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("org"))
}

/// An org document read as Markdown.
pub struct Translated {
    /// The Markdown, with as many lines as the document.
    pub text: String,
    /// 0-based lines that only carried metadata (keywords, drawers, comments), now blank.
    pub metadata: Vec<usize>,
}

/// The Markdown reading of an org document, with as many lines as it has.
pub fn to_markdown(text: &str) -> Translated {
    let p = patterns();
    let lines: Vec<&str> = text.split('\n').collect();
    // With a `#+TITLE:`, the title is the one level-1 heading and `*` sections sit below it.
    let titled = lines.iter().any(|l| {
        p.keyword
            .captures(l)
            .is_some_and(|c| c[1].eq_ignore_ascii_case("title") && !c[2].trim().is_empty())
    });
    let shift = usize::from(titled);
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut metadata = Vec::new();
    // Inside a `#+BEGIN_…` block: its kind (`src`, `example`, `quote`, …).
    let mut block: Option<String> = None;
    let mut drawer = false;
    for (i, line) in lines.into_iter().enumerate() {
        let t = line.trim();
        if let Some(kind) = &block {
            let end = t.get(..6).is_some_and(|s| s.eq_ignore_ascii_case("#+end_"));
            if end {
                out.push(if matches!(kind.as_str(), "src" | "example") {
                    "```".into()
                } else {
                    metadata.push(i);
                    String::new()
                });
                block = None;
            } else if kind == "quote" {
                out.push(format!("> {}", inline(line.trim_start())));
            } else if matches!(kind.as_str(), "src" | "example") {
                out.push(line.to_string());
            } else {
                out.push(inline(line));
            }
            continue;
        }
        if drawer {
            drawer = !t.eq_ignore_ascii_case(":END:");
            metadata.push(i);
            out.push(String::new());
            continue;
        }
        if is_drawer(t) {
            // `:PROPERTIES:` … `:END:`, `:LOGBOOK:`: metadata, no notes.
            drawer = !t.eq_ignore_ascii_case(":END:");
            metadata.push(i);
            out.push(String::new());
            continue;
        }
        if let Some(c) = p.keyword.captures(line) {
            let key = c[1].to_ascii_lowercase();
            let value = c[2].trim();
            if let Some(kind) = key.strip_prefix("begin_") {
                let kind = kind.to_string();
                out.push(match kind.as_str() {
                    "src" | "example" => {
                        let lang = value.split_whitespace().next().unwrap_or("");
                        let lang = if kind == "src" { lang } else { "" };
                        format!("```{lang}")
                    }
                    _ => {
                        metadata.push(i);
                        String::new()
                    }
                });
                block = Some(kind);
            } else if key == "title" && !value.is_empty() {
                out.push(format!("# {}", inline(value)));
            } else {
                metadata.push(i);
                out.push(String::new());
            }
            continue;
        }
        if line.starts_with("# ") || line == "#" {
            // An org comment.
            metadata.push(i);
            out.push(String::new());
            continue;
        }
        if let Some(c) = p.heading.captures(line) {
            let level = (c[1].len() + shift).min(6);
            let title = p.tags.replace(&c[2], "");
            out.push(format!("{} {}", "#".repeat(level), inline(title.trim())));
            continue;
        }
        if t.starts_with('|') && t.contains("-+-") {
            // `|---+---|`: the rule under a table's header.
            out.push(line.replace('+', "|"));
            continue;
        }
        let line = p.ordered.replace(line, "$1$2. ");
        let line = p.description.replace(&line, "$1$2: ");
        out.push(inline(&line));
    }
    Translated {
        text: out.join("\n"),
        metadata,
    }
}

/// `:PROPERTIES:`, `:LOGBOOK:`, `:END:`: a drawer's fence (a word between colons).
fn is_drawer(t: &str) -> bool {
    t.len() > 2
        && t.starts_with(':')
        && t.ends_with(':')
        && t[1..t.len() - 1]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

/// Org emphasis and links in one line, as Markdown. A link to a picture
/// (`[[file:img/tcp.png]]`) is the picture.
fn inline(line: &str) -> String {
    let p = patterns();
    let picture = |target: &str| {
        let path = target.strip_prefix("file:").unwrap_or(target);
        let lower = path.to_ascii_lowercase();
        [".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp", ".bmp"]
            .iter()
            .any(|e| lower.ends_with(e))
            .then(|| path.to_string())
    };
    let s = p
        .link_desc
        .replace_all(line, |c: &regex::Captures| match picture(&c[1]) {
            Some(path) => format!("![{}]({path})", &c[2]),
            None => format!("[{}]({})", &c[2], &c[1]),
        });
    let s = p
        .link
        .replace_all(&s, |c: &regex::Captures| match picture(&c[1]) {
            Some(path) => format!("![]({path})"),
            None => format!("<{}>", &c[1]),
        });
    let s = p.code.replace_all(&s, "$1`$2`$3");
    let s = p.bold.replace_all(&s, "$1**$2**$3");
    let s = p.italic.replace_all(&s, "$1*$2*$3");
    s.into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_keep_their_lines_and_levels() {
        let md =
            to_markdown("* Ethics :phil:\n\nText with *bold* and /italic/.\n** TODO Part 1\n").text;
        assert_eq!(
            md,
            "# Ethics\n\nText with **bold** and *italic*.\n## Part 1\n"
        );
    }

    #[test]
    fn title_shifts_sections_and_blocks_become_fences() {
        let org = "#+TITLE: Notes\n#+AUTHOR: me\n* A\n:PROPERTIES:\n:ID: 1\n:END:\n#+BEGIN_SRC python\nx = 1\n#+END_SRC\n# a comment\n- term :: meaning\n1) first\n[[https://x.org][site]] =code=";
        let t = to_markdown(org);
        let md = t.text;
        assert_eq!(md.split('\n').count(), org.split('\n').count());
        assert_eq!(t.metadata, vec![1, 3, 4, 5, 9]);
        assert_eq!(
            md,
            "# Notes\n\n## A\n\n\n\n```python\nx = 1\n```\n\n- term: meaning\n1. first\n[site](https://x.org) `code`"
        );
    }

    #[test]
    fn picture_links_are_pictures() {
        assert_eq!(
            to_markdown("[[file:img/tcp.png]] and [[./a.jpg][handshake]] [[https://x.org]]").text,
            "![](img/tcp.png) and ![handshake](./a.jpg) <https://x.org>"
        );
    }

    #[test]
    fn quotes_are_quoted() {
        assert_eq!(
            to_markdown("#+begin_quote\n  said so\n#+end_quote").text,
            "\n> said so\n"
        );
    }
}
