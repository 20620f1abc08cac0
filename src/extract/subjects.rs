//! Subject lines: `// JS`, `React:` typed alone between `9)` and `10)` in a note with no
//! headings. Inside one running count of numbered questions, such a line is no part of the
//! answer above it: it names the subject of the questions after it, their topic.
//!
//! It is decided after the cards, not turned into a heading before them: as a heading it
//! would part the run into short lists, each read apart from the rest (three items under
//! `## JS` read as one heading's answer), where the whole run is one list of questions.

use super::decide::Draft;
use super::lines::{fenced_lines, indent_width, is_blank};

/// Finds the subject lines of a Markdown note with no headings and files the drafts after
/// each (those still under the note's own topic, `root`) under its name; an answer running
/// over one stops before it. Returns the lines with their names.
pub fn subject_lines(lines: &[&str], drafts: &mut [Draft], root: &str) -> Vec<(usize, String)> {
    if !lines.iter().any(|l| l.contains(['/', ':', '：']))
        || lines.iter().any(|l| crate::clean::is_atx_heading(l))
    {
        return Vec::new();
    }
    let fenced = fenced_lines(lines);
    let number = |i: usize| {
        (!fenced[i] && indent_width(lines[i]) == 0)
            .then(|| crate::outline::plain::numbering(lines[i].trim()).map(|n| n.n))
            .flatten()
    };
    let blank = |i: usize| lines.get(i).is_none_or(|l| is_blank(l));
    let mut last = None;
    let mut found: Vec<(usize, String)> = Vec::new();
    for i in 0..lines.len() {
        if let Some(n) = number(i) {
            last = Some(n);
            continue;
        }
        if fenced[i] || i == 0 || !blank(i - 1) || !blank(i + 1) {
            continue;
        }
        let Some(name) = subject_name(lines[i]) else {
            continue;
        };
        // (The count runs on across it: `9)` above, `10)` the next line with text.)
        let next = (i + 1..lines.len()).find(|&j| !blank(j));
        if last.is_some_and(|n| next.and_then(number) == Some(n + 1)) {
            found.push((i, name.to_string()));
        }
    }
    for (k, (at, name)) in found.iter().enumerate() {
        let end = found.get(k + 1).map_or(usize::MAX, |n| n.0);
        for d in drafts.iter_mut() {
            if d.head.start > *at && d.head.start < end && d.topic == root {
                d.topic.clone_from(name);
            }
            for r in d.body.iter_mut().filter(|r| r.contains(at)) {
                r.end = *at;
            }
        }
    }
    found
}

/// The name of a subject line (`// css`, `React:`): marked as a comment or by a closing
/// colon, one to three words, no sentence and no part of an answer (`Output:`, `Ex:`).
fn subject_name(line: &str) -> Option<&str> {
    if indent_width(line) > 0 {
        return None;
    }
    let t = line.trim();
    let name = match t.strip_prefix("//") {
        Some(r) => r.trim(),
        None => t.strip_suffix([':', '：'])?.trim(),
    };
    let words = name.split_whitespace().count();
    ((1..=3).contains(&words)
        && crate::text::chars(name) <= 24
        && !name.contains([
            '.', '?', '？', '!', '。', ',', '，', '/', '=', '(', '*', '`', '[', ':',
        ])
        && !super::shape::is_part(name))
    .then_some(name)
}
