//! Build-time syntax highlighting for code blocks in answers.
//!
//! Anki cards must work without JavaScript (and on phones), so code is coloured once, while the
//! package is written. Instead of syntect's verbose scope-per-class HTML or theme-bound inline
//! styles, every token is mapped to one of a handful of short classes (`hl-k` keyword, `hl-s`
//! string, …) that the note type's CSS colours for both day and night mode. That keeps fields
//! small, lets night mode restyle code, and survives sanitising (only `class` is kept).
//!
//! The most common note languages (Go, SQL, shell, Python, C family, …) are coloured by the
//! much faster [`lexer`](super::lexer); syntect covers every other language it knows.
//!
//! The syntax set is loaded once per process ([`OnceLock`]); syntect compiles each grammar's
//! regexes lazily on first use and caches them in that shared set.

use super::lexer;
use std::sync::OnceLock;
use syntect::parsing::{ParseState, Scope, ScopeStack, SyntaxReference, SyntaxSet};
use syntect::util::LinesWithEndings;

/// Blocks larger than this are shown uncoloured: highlighting is for reading, not for dumps.
const MAX_BLOCK_BYTES: usize = 32 * 1024;
/// Lines longer than this (minified code, data) are shown uncoloured to bound regex work.
const MAX_LINE_BYTES: usize = 2_000;

/// Scope prefixes and the class they get; the innermost scope that matches one wins.
const CLASS_RULES: &[(&str, &str)] = &[
    ("comment", "hl-c"),
    ("string", "hl-s"),
    ("constant.character.escape", "hl-s"),
    ("constant.numeric", "hl-n"),
    ("constant.language", "hl-b"),
    ("constant.other", "hl-b"),
    ("support.constant", "hl-b"),
    ("keyword.operator", "hl-o"),
    ("keyword", "hl-k"),
    ("storage", "hl-k"),
    ("entity.name.function", "hl-f"),
    ("support.function", "hl-f"),
    ("variable.function", "hl-f"),
    ("entity.name.type", "hl-t"),
    ("entity.name.class", "hl-t"),
    ("entity.name.struct", "hl-t"),
    ("support.type", "hl-t"),
    ("support.class", "hl-t"),
    ("entity.name.tag", "hl-k"),
    ("entity.other.attribute-name", "hl-a"),
    ("variable.parameter", "hl-v"),
    ("markup.heading", "hl-k"),
    ("markup.bold", "hl-k"),
    ("markup.inserted", "hl-s"),
    ("markup.deleted", "hl-o"),
];

struct Highlighter {
    syntaxes: SyntaxSet,
    rules: Vec<(Scope, &'static str)>,
}

fn highlighter() -> &'static Highlighter {
    static H: OnceLock<Highlighter> = OnceLock::new();
    H.get_or_init(|| Highlighter {
        syntaxes: SyntaxSet::load_defaults_newlines(),
        rules: CLASS_RULES
            .iter()
            .filter_map(|(s, c)| Scope::new(s).ok().map(|scope| (scope, *c)))
            .collect(),
    })
}

/// Forces the one-time loading of the grammar set (useful before timing or parallel work).
pub fn warm_up() {
    let _ = highlighter();
}

/// Common fence names that syntect's bundled grammars know under another token.
fn canonical_token(lang: &str) -> &str {
    match lang {
        "golang" => "go",
        "shell" | "sh" | "zsh" | "console" | "shell-session" | "bash" => "bash",
        "yml" => "yaml",
        "c++" | "cxx" | "hpp" => "cpp",
        "js" | "javascript" | "jsx" | "node" | "ts" | "typescript" | "tsx" => "js",
        "py" | "python3" => "python",
        "rs" => "rust",
        "md" | "markdown" => "md",
        "kt" | "kotlin" => "java",
        "proto" | "protobuf" => "c",
        "html" | "xml" | "xhtml" | "svg" => lang,
        "mysql" | "postgres" | "postgresql" | "sqlite" | "plsql" => "sql",
        "dockerfile" | "docker" => "bash",
        "ini" | "toml" | "conf" | "cfg" => "ini",
        other => other,
    }
}

fn find_syntax<'s>(set: &'s SyntaxSet, lang: &str) -> Option<&'s SyntaxReference> {
    let lang = lang.trim().to_ascii_lowercase();
    if lang.is_empty() || matches!(lang.as_str(), "text" | "txt" | "plain" | "plaintext") {
        return None;
    }
    let token = canonical_token(&lang);
    set.find_syntax_by_token(token)
        .or_else(|| set.find_syntax_by_extension(token))
}

/// The first word of a fence's info string (`go {linenos}` → `go`), lowercased.
pub fn fence_language(info: &str) -> String {
    info.split(|c: char| c.is_whitespace() || c == ',' || c == '{')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// Returns the inner HTML of a `<code>` element: `code` escaped, coloured with `hl-*` spans
/// when `lang` names a grammar syntect knows. Never fails: anything unexpected yields plain text.
pub fn highlight(code: &str, lang: &str) -> String {
    if let Some(fast) = lexer::lang_for(lang) {
        let mut out = Spans::with_capacity(code.len() * 2);
        lexer::lex(code, fast, &mut out);
        return out.finish();
    }
    let h = highlighter();
    let syntax = match find_syntax(&h.syntaxes, lang) {
        Some(s) if code.len() <= MAX_BLOCK_BYTES && !has_long_line(code) => s,
        _ => return escape(code),
    };
    // The grammars are third-party data; if one misbehaves we still want a card.
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| colour(h, syntax, code)))
        .ok()
        .flatten()
        .unwrap_or_else(|| escape(code))
}

/// Whether an unlabelled block is clearly Go: a `func` declaration with a brace, or a short
/// variable declaration (`:=`) next to a Go keyword.
pub fn looks_like_go(code: &str) -> bool {
    let func = code.lines().any(|l| {
        let l = l.trim_start();
        l.starts_with("func ") && l.contains('{')
    });
    let short_decl = code.contains(" := ")
        && ["for ", "if ", "go ", "defer ", "fmt.", "make(", "chan "]
            .iter()
            .any(|k| code.contains(k));
    func || short_decl || code.trim_start().starts_with("package main")
}

fn has_long_line(code: &str) -> bool {
    code.lines().any(|l| l.len() > MAX_LINE_BYTES)
}

fn colour(h: &Highlighter, syntax: &SyntaxReference, code: &str) -> Option<String> {
    let mut state = ParseState::new(syntax);
    let mut stack = ScopeStack::new();
    let mut out = Spans::with_capacity(code.len() * 2);
    for line in LinesWithEndings::from(code) {
        let ops = state.parse_line(line, &h.syntaxes).ok()?;
        let mut pos = 0;
        for (at, op) in &ops {
            let at = (*at).min(line.len());
            if at > pos {
                out.push(class_for(&h.rules, &stack), line.get(pos..at)?);
                pos = at;
            }
            stack.apply(op).ok()?;
        }
        out.push(class_for(&h.rules, &stack), line.get(pos..)?);
    }
    Some(out.finish())
}

/// The class of the innermost scope on `stack` that a rule covers.
fn class_for(rules: &[(Scope, &'static str)], stack: &ScopeStack) -> Option<&'static str> {
    stack.as_slice().iter().rev().find_map(|scope| {
        rules
            .iter()
            .find(|(prefix, _)| prefix.is_prefix_of(*scope))
            .map(|(_, class)| *class)
    })
}

/// Accumulates text runs, opening a span only when the class changes.
pub struct Spans {
    html: String,
    open: Option<&'static str>,
}

impl Spans {
    /// An empty buffer with room for `n` bytes of HTML.
    pub fn with_capacity(n: usize) -> Self {
        Spans {
            html: String::with_capacity(n),
            open: None,
        }
    }

    /// Appends `text`, escaped, in a span of `class` (none for plain text).
    pub fn push(&mut self, class: Option<&'static str>, text: &str) {
        if text.is_empty() {
            return;
        }
        // Whitespace never needs colour; keeping it inside the current span avoids churn.
        let class = if text.trim().is_empty() {
            self.open
        } else {
            class
        };
        if class != self.open {
            if self.open.is_some() {
                self.html.push_str("</span>");
            }
            if let Some(c) = class {
                self.html.push_str("<span class=\"");
                self.html.push_str(c);
                self.html.push_str("\">");
            }
            self.open = class;
        }
        escape_into(&mut self.html, text);
    }

    /// The HTML, its last span closed.
    pub fn finish(mut self) -> String {
        if self.open.is_some() {
            self.html.push_str("</span>");
        }
        self.html
    }
}

/// HTML-escapes text for element content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_into(&mut out, s);
    out
}

/// [`escape`], appending to `out`.
pub fn escape_into(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_keywords_strings_and_comments_get_classes() {
        let html = highlight("// say hi\nfunc main() { s := \"hi\" }\n", "go");
        assert!(html.contains("<span class=\"hl-c\">// say hi"), "{html}");
        assert!(html.contains("<span class=\"hl-k\">func"), "{html}");
        assert!(html.contains("<span class=\"hl-f\">main</span>"), "{html}");
        assert!(
            html.contains("<span class=\"hl-s\">&quot;hi&quot;"),
            "{html}"
        );
    }

    #[test]
    fn text_is_preserved_exactly() {
        let code = "if a < b && c > \"d\" {\n\treturn '中文'\n}\n";
        for lang in [
            "go",
            "rust",
            "python",
            "sql",
            "bash",
            "yaml",
            "json",
            "c",
            "js",
            "ruby",
            "html",
            "",
            "nosuchlang",
        ] {
            let html = highlight(code, lang);
            let text = strip_tags(&html)
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
            assert_eq!(text, code, "lang {lang:?}");
        }
    }

    #[test]
    fn languages_outside_the_lexer_use_syntect() {
        assert!(lexer::lang_for("ruby").is_none());
        let html = highlight("def greet(name)\n  puts \"hi\"\nend\n", "ruby");
        assert!(html.contains("<span class=\"hl-k\">def"), "{html}");
        assert!(
            html.contains("<span class=\"hl-s\">&quot;hi&quot;"),
            "{html}"
        );
    }

    #[test]
    fn unknown_or_huge_blocks_are_plain() {
        assert_eq!(highlight("<b>", "nosuchlang"), "&lt;b&gt;");
        let long = "x".repeat(MAX_LINE_BYTES + 1);
        assert!(!highlight(&long, "go").contains("<span"));
    }

    #[test]
    fn fence_language_takes_first_word() {
        assert_eq!(fence_language("Go {linenos=true}"), "go");
        assert_eq!(fence_language("python,ignore"), "python");
        assert_eq!(fence_language(""), "");
    }

    fn strip_tags(s: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        for c in s.chars() {
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                c if !in_tag => out.push(c),
                _ => {}
            }
        }
        out
    }
}
