//! Line helpers every extraction rule shares: what counts as blank, indentation measured in
//! columns (tabs, full-width spaces), dedenting answers, trimming them, unquoting, and where
//! code fences are (one pass over the file, so nothing rescans earlier lines).
//!
//! They live in one place because notes mix tabs, spaces, U+3000 and NBSP freely: a helper
//! that slices by bytes would panic on a line holding only a full-width space.

/// Characters that count as white space in notes, beyond what `char::is_whitespace` knows:
/// zero-width space and joiners, byte-order marks pasted mid-file.
pub fn is_space(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
        )
}

/// A code fence's opening or closing line.
pub fn is_fence_line(l: &str) -> bool {
    let t = l.trim();
    t.starts_with("```") || t.starts_with("~~~")
}

/// A line with nothing but white space (full-width and zero-width spaces included).
pub fn is_blank(line: &str) -> bool {
    // (A line holding only `<br>` or `</br>` breaks nothing but a line: blank too.)
    let t = trim(line);
    t.is_empty() || t.starts_with('<') && t.len() <= 24 && crate::text::trim_breaks(t).is_empty()
}

/// `line` without white space at either end (full-width and zero-width spaces included).
pub fn trim(line: &str) -> &str {
    line.trim_matches(is_space)
}

/// The width in columns of a line's leading white space: a tab moves to the next multiple of
/// four, a full-width space (U+3000) counts two, anything else one.
pub fn indent_width(line: &str) -> usize {
    let mut w = 0;
    for c in line.chars() {
        match c {
            '\t' => w = (w / 4 + 1) * 4,
            '\u{3000}' => w += 2,
            c if is_space(c) => w += 1,
            _ => break,
        }
    }
    w
}

/// `line` with up to `cols` columns of leading white space removed, at a character boundary.
/// A tab wider than what is left is removed whole.
pub fn strip_indent(line: &str, cols: usize) -> &str {
    let mut w = 0;
    for (i, c) in line.char_indices() {
        if w >= cols || !is_space(c) {
            return &line[i..];
        }
        w = match c {
            '\t' => (w / 4 + 1) * 4,
            '\u{3000}' => w + 2,
            _ => w + 1,
        };
    }
    ""
}

/// Removes the indentation common to all non-blank lines (answers pasted with a margin, list
/// item bodies), so that they do not turn into code blocks. Blank lines become empty.
pub fn dedent(lines: &[&str]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !is_blank(l))
        .map(|l| indent_width(l))
        .min()
        .unwrap_or(0);
    let mut out = String::new();
    for (i, l) in lines.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !is_blank(l) {
            // Trailing spaces stay: two of them are a Markdown hard break.
            let rest = strip_indent(l, indent).trim_end_matches(['\r', '\t']);
            // (`   \t- x` under `   - y`: the tab reached one column past the margin; left
            // at the start it would reach four, a code block. It becomes the columns it was.)
            let extra = indent_width(l) - indent;
            // (Only before a list marker: inside code a tab is the code's own.)
            let listed = |t: &str| {
                crate::outline::plain::bullet(t).is_some()
                    || crate::outline::plain::numbering(t).is_some()
            };
            match rest
                .strip_prefix('\t')
                .filter(|after| extra < 4 && listed(after))
            {
                Some(after) => {
                    out.extend(std::iter::repeat_n(' ', extra));
                    out.push_str(after);
                }
                None => out.push_str(rest),
            }
        }
    }
    out
}

/// A thematic break (`---`, `***`, `___`, at least three), which closes an answer rather than
/// belonging to it.
pub fn is_rule(line: &str) -> bool {
    // `|______` closes an ASCII tree (`|---- item` lines) in plain text.
    let line = line.trim().trim_start_matches('|').trim_end_matches('|');
    let t: Vec<char> = line.chars().filter(|c| !is_space(*c)).collect();
    t.len() >= 3
        && ['-', '*', '_', '=']
            .iter()
            .any(|&m| t.iter().all(|&c| c == m))
}

/// `text` without blank lines (and closing thematic breaks) at either end, dedented.
pub fn trim_blank_lines(text: &str) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    // (An empty quote, `> ` left where an answer was to go, is blank at either end too.)
    let edge = |l: &str| is_blank(l) || is_blank(l.trim_start_matches(['>', ' ', '\t']));
    let start = lines.iter().position(|l| !edge(l));
    let end = lines.iter().rposition(|l| !edge(l) && !is_rule(l));
    match (start, end) {
        (Some(a), Some(b)) if a <= b => dedent(&lines[a..=b]),
        _ => String::new(),
    }
}

/// `> text` → `text` (one level of block quote).
pub fn unquote(line: &str) -> &str {
    let t = line.trim_start();
    match t.strip_prefix('>') {
        Some(rest) => rest.strip_prefix(' ').unwrap_or(rest),
        None => line,
    }
}

/// For each line, whether it lies in a fenced code block (the fence lines included). One
/// pass over the file.
/// Lines inside an indented code block of a Markdown note, outside the `prose` ranges the
/// cleaner reads as text. Dedenting an answer would turn such a block into a paragraph, so the
/// answer fences it instead.
pub fn indented_code_lines(text: &str, n: usize, prose: &[(usize, usize)]) -> Vec<bool> {
    use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};
    let mut out = vec![false; n];
    if !text.contains("    ") && !text.contains('\t') {
        return out;
    }
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |b: usize| starts.partition_point(|&s| s <= b).saturating_sub(1);
    for (ev, range) in Parser::new_ext(text, crate::markdown::options()).into_offset_iter() {
        if let Event::Start(Tag::CodeBlock(CodeBlockKind::Indented)) = ev {
            let (a, b) = (line_of(range.start), line_of(range.end.saturating_sub(1)));
            for (l, slot) in out.iter_mut().enumerate().take(b + 1).skip(a) {
                *slot = !prose.iter().any(|&(s, e)| l >= s && l < e);
            }
        }
    }
    out
}

/// Per line: whether it is inside a fenced code block (its fences included), in one pass.
pub fn fenced_lines(lines: &[&str]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut open: Option<(char, usize)> = None;
    for (i, l) in lines.iter().enumerate() {
        let t = l.trim_start();
        // (A fence may open a list item, `- ```xml`, as outliners write code.)
        let t = match open {
            None => ["- ", "* ", "+ "]
                .iter()
                .find_map(|m| t.strip_prefix(m))
                .map_or(t, str::trim_start),
            Some(_) => t,
        };
        let fence = t
            .chars()
            .next()
            .filter(|c| *c == '`' || *c == '~')
            .map(|c| (c, t.chars().take_while(|&d| d == c).count()))
            .filter(|&(_, n)| n >= 3);
        match (open, fence) {
            (None, Some(f)) => {
                open = Some(f);
                out[i] = true;
            }
            (Some((c, n)), Some((fc, fnum)))
                if fc == c && fnum >= n && trim(t).chars().all(|x| x == c) =>
            {
                open = None;
                out[i] = true;
            }
            (Some(_), _) => out[i] = true,
            (None, None) => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_space_alone_is_blank_and_dedents_safely() {
        assert!(is_blank("\u{3000}"));
        assert!(is_blank(" \u{200B}\t"));
        assert_eq!(dedent(&["  a", "\u{3000}", "    b"]), "a\n\n  b");
        assert_eq!(dedent(&["\u{3000}x", "  y"]), "x\ny");
        assert_eq!(dedent(&["\tx", "    y"]), "x\ny");
    }

    #[test]
    fn indent_in_columns() {
        assert_eq!(indent_width("\t- a"), 4);
        assert_eq!(indent_width("  \t- a"), 4);
        assert_eq!(indent_width("\u{3000}\u{3000}a"), 4);
        assert_eq!(strip_indent("\t\tx", 4), "\tx");
        assert_eq!(strip_indent("  ", 4), "");
    }

    #[test]
    fn trims_blank_lines_and_closing_rules() {
        assert_eq!(trim_blank_lines("\n\n  a\n  b\n\n---\n"), "a\nb");
        assert_eq!(trim_blank_lines("\n\u{3000}\n"), "");
    }

    #[test]
    fn fences_in_one_pass() {
        let l = ["a", "````go", "x", "```", "y", "`````", "b", "~~~", "c"];
        assert_eq!(
            fenced_lines(&l),
            [false, true, true, true, true, true, false, true, true]
        );
    }
}
