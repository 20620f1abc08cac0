//! Explicit pairs: notes that already say which line is the question and which the answer.
//!
//! `Q:`/`A:` (`Question:`/`Answer:`), `问：`/`答：` (`【问】`, `[答]`), `<details><summary>`,
//! Obsidian `> [!question]` callouts, question/answer tables and definition lists (`Term` over
//! `: definition`). They are found on lines, not blocks, because a pair is
//! often one paragraph (`Q: …` soft break `A: …`). Whatever they claim no other rule sees.

use super::decide::Draft;
use super::lines::{is_blank, unquote};
use super::rules::Rule;
use regex::Regex;
use std::ops::Range;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Marker {
    Q,
    A,
}

/// Recognises `Q:`, `**Q:**`, `问：`, `答：`, `Question:` … Returns the marker, whether it is
/// the Chinese form, and the byte offset where the text after the marker starts.
pub fn qa_marker(line: &str) -> Option<(Marker, bool, usize)> {
    // (Most lines open with no marker: look at the first letter before the pattern.)
    let mut head = line.trim_start();
    for lead in [">", "-", "*", "+", "**", "__"] {
        head = head.strip_prefix(lead).unwrap_or(head).trim_start();
    }
    let head = head.trim_start_matches(['*', '_']);
    if !head.starts_with([
        'Q', 'q', 'A', 'a', '问', '答', '题', '回', '解', '面', '【', '[', '［', '她', '他', '我',
    ]) {
        return None;
    }
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?:【(问|答|问题|答案|例题|例|习题|练习|真题)\s*\d{0,3}】|[\[［](问|答)[\]］]|(?i:(q|question|a|answer))\s*\d{0,3}\s*(?:\*\*|__)?\s*(?:[:：]|[.．](?:\s|$)|\s[-–]\s)|(问|问题|题目|面试题|面试问题|答|答案|回答|解答|面试官|她|他|我)\s*\d{0,3}\s*(?:\*\*|__)?\s*[:：]|(Q)\d{1,3}\s*(?:[-–]\s*|\s+))(?:\*\*|__)?\s*")
            .expect("valid pattern")
    });
    let c = r.captures(line)?;
    // (`A :⇥Address⇥Maps a name to…`, a row of a table set with tabs, is a record type.)
    if crate::text::is_tab_row(line) {
        return None;
    }
    // `a. …` and `q. …` in lower case are list letters, not markers.
    if let Some(w) = c.get(3).filter(|w| matches!(w.as_str(), "a" | "q")) {
        let after = line[w.end()..].trim_start_matches(|ch: char| ch.is_ascii_digit() || ch == ' ');
        if after.starts_with(['.', '．']) {
            return None;
        }
    }
    // (`Q3- Explain how…`, `Q2 How is…`: a capital Q numbered, then a dash or a space.)
    let word = (1..=5).find_map(|i| c.get(i)).map_or("", |m| m.as_str());
    let (m, cn) = match word.to_ascii_lowercase().as_str() {
        "q" | "question" => (Marker::Q, false),
        "a" | "answer" => (Marker::A, false),
        // (A dialogue the author wrote down: `她：…` or `面试官：…` asks, `我：…` answers.)
        // (`【例题3】 …（ ）。` over `答案：C`: an exercise numbered in brackets asks.)
        "问" | "问题" | "题目" | "面试题" | "面试问题" | "面试官" | "她" | "他" | "例题" | "例"
        | "习题" | "练习" | "真题" => (Marker::Q, true),
        _ => (Marker::A, true),
    };
    Some((m, cn, c.get(0).map_or(0, |m| m.end())))
}

/// How many lines of `answer` (outside code fences) open with a question marker: an answer
/// holding several is probably several cards read as one.
pub fn question_markers(answer: &str) -> usize {
    let mut fenced = false;
    let marks: Vec<(Marker, &str)> = answer
        .lines()
        .filter_map(|l| {
            let t = l.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                fenced = !fenced;
                return None;
            }
            (!fenced).then(|| qa_marker(l).map(|m| (m.0, l))).flatten()
        })
        .collect();
    let has_a = marks.iter().any(|m| m.0 == Marker::A);
    marks
        .iter()
        .filter(|(m, l)| *m == Marker::Q && (has_a || !problem_facet(l)))
        .count()
}

/// With no answers marked, `问题：强制轮流` on a nested bullet, beside `思想：…`, names the
/// problem of the item above: a label, not a question.
fn problem_facet(line: &str) -> bool {
    let t = line.trim_start();
    line.len() > t.len()
        && t.starts_with(['-', '*', '+'])
        && t[1..]
            .trim_start()
            .trim_start_matches(['*', '_'])
            .starts_with("问题")
}

/// `COPY 和 ADD 区别？ 答：ADD 会解压` → where the answer marker starts and where its text
/// starts: an answer marker right after the question mark, on the question's own line.
fn inline_answer_marker(q: &str) -> Option<(usize, usize)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"[?？]\s*(?:\*\*|__)?(?:答|答案|回答|(?i:a|answer))\s*(?:\*\*|__)?\s*[:：]\s*")
            .expect("valid pattern")
    });
    let m = r.find(q)?;
    let cut = m.start() + q[m.start()..].chars().next().map_or(1, char::len_utf8);
    Some((cut, m.end()))
}

/// All explicit pairs in `range`, with the lines each claims.
pub fn find(lines: &[&str], range: Range<usize>, topic: &str) -> Vec<(Draft, Range<usize>)> {
    let end = range.end.min(lines.len());
    let mut out = details(lines, range.start..end, topic);
    out.extend(callouts(lines, range.start..end, topic, &out));
    out.sort_by_key(|(d, _)| d.head.start);
    out.extend(qa(lines, range.start..end, topic, &out));
    out.sort_by_key(|(d, _)| d.head.start);
    out.extend(tables(lines, range.start..end, topic, &out));
    out.sort_by_key(|(d, _)| d.head.start);
    out.extend(definitions(lines, range.start..end, topic, &out));
    out.sort_by_key(|(d, _)| d.head.start);
    // What a code fence holds is code, not a pair (a callout or table pasted as an example).
    if range.start < end
        && lines[range.start..end]
            .iter()
            .any(|l| l.trim_start().starts_with("```") || l.trim_start().starts_with("~~~"))
    {
        let fenced = super::lines::fenced_lines(&lines[range.start..end]);
        out.retain(|(d, _)| !fenced[d.head.start - range.start]);
    }
    out
}

/// Rule `qa-table`: a table whose header names a question and an answer (`问题 | 答案`,
/// `Question | Answer`), a glossary whose first column names terms (`name | intuition`,
/// `术语 | 解释`), or a table whose first column asks in most rows, gives one card per row:
/// the first cell the question, the other cells its answer. The header rows go to no card.
fn tables(
    lines: &[&str],
    r: Range<usize>,
    topic: &str,
    taken: &[(Draft, Range<usize>)],
) -> Vec<(Draft, Range<usize>)> {
    const ASKS: &[&str] = &[
        "问题",
        "题目",
        "面试题",
        "问",
        "q",
        "question",
        "questions",
        "提问",
    ];
    const NAMES: &[&str] = &[
        "name",
        "term",
        "terms",
        "concept",
        "keyword",
        "word",
        "abbreviation",
        "acronym",
        "术语",
        "名称",
        "名词",
        "概念",
        "关键字",
        "关键词",
        "缩写",
        "英文",
    ];
    let mut out = Vec::new();
    let mut i = r.start;
    while i + 2 < r.end {
        let row = |k: usize| lines[k].trim_start().starts_with('|');
        if !row(i) || !is_separator_row(lines[i + 1]) || claimed(taken, i) {
            i += 1;
            continue;
        }
        let head = cells(lines[i]);
        let mut j = i + 2;
        while j < r.end && row(j) && !claimed(taken, j) {
            j += 1;
        }
        let rows: Vec<(usize, Vec<String>)> = (i + 2..j)
            .map(|k| (k, cells(lines[k])))
            .filter(|(_, c)| c.first().is_some_and(|q| !q.is_empty()))
            .collect();
        let first = head
            .first()
            .map(|h| h.to_lowercase().trim_matches(['*', ' ']).to_string())
            .unwrap_or_default();
        let named = head.len() >= 2
            && ASKS.contains(&first.as_str())
            && rows.iter().all(|(_, c)| c.len() >= 2);
        // A glossary: the first column names terms (`name | notation | intuition`,
        // `术语 | 解释`), each row explains one.
        // (Not a table of measurements, `| proton | p+ | +1 | 1.0 |`: in most rows, half the
        // cells after the name or more are figures. It gives a thing's values; it is the
        // answer of its heading.)
        let figure = |x: &String| {
            x.contains(|c: char| c.is_ascii_digit())
                && !x
                    .split(|c: char| !c.is_alphabetic())
                    .any(|w| w.chars().count() >= 3)
        };
        let measured = rows
            .iter()
            .filter(|(_, c)| {
                c.len() >= 3 && c[1..].iter().filter(|x| figure(x)).count() * 2 >= c.len() - 1
            })
            .count();
        let glossary = head.len() >= 2
            && rows.len() >= 2
            && NAMES.contains(&first.as_str())
            && measured * 2 <= rows.len();
        let asking = rows
            .iter()
            .filter(|(_, c)| c.len() >= 2 && c[0].trim_end().ends_with(['？', '?']))
            .count();
        if named || glossary || rows.len() >= 2 && asking * 3 >= rows.len() * 2 {
            for (k, c) in rows {
                let mut d = Draft::new(topic, k..k + 1, c[0].clone(), Rule::QaTable);
                let answer: Vec<String> = if c.len() == 2 {
                    vec![c[1].clone()]
                } else {
                    // More columns: each answer cell under its column's name.
                    c[1..]
                        .iter()
                        .enumerate()
                        .filter(|(_, v)| !v.is_empty())
                        .map(|(n, v)| match head.get(n + 1).filter(|h| !h.is_empty()) {
                            Some(h) => format!("**{h}**: {v}"),
                            None => v.clone(),
                        })
                        .collect()
                };
                let answer = answer.join("\n\n");
                if !answer.trim().is_empty() {
                    d.inline = Some(answer);
                }
                out.push((d, k..k + 1));
            }
        }
        i = j;
    }
    out
}

/// `|---|:---:|`: a Markdown table's delimiter row.
fn is_separator_row(line: &str) -> bool {
    let t = line.trim();
    t.contains('-')
        && t.contains('|')
        && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

/// The cells of a table row, trimmed; `\|` and `|` inside backticks do not split.
fn cells(line: &str) -> Vec<String> {
    let t = line.trim();
    let t = t.strip_prefix('|').unwrap_or(t);
    let t = t.strip_suffix('|').unwrap_or(t);
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut code = false;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'|') => {
                cur.push('|');
                chars.next();
            }
            '`' => {
                code = !code;
                cur.push(c);
            }
            '|' if !code => out.push(std::mem::take(&mut cur).trim().to_string()),
            _ => cur.push(c),
        }
    }
    out.push(cur.trim().to_string());
    out
}

/// Rule `definition-list`: `Normative Ethics` over `: The branch of moral philosophy…` (a
/// blank line between allowed), as Pandoc, MyST and Markdown Extra write a definition list:
/// the term is the question, the text after the colon (and the lines indented under it, and
/// more `: …` definitions) its answer.
fn definitions(
    lines: &[&str],
    r: Range<usize>,
    topic: &str,
    taken: &[(Draft, Range<usize>)],
) -> Vec<(Draft, Range<usize>)> {
    let def = |l: &str| -> Option<usize> {
        let t = l.trim_start_matches(' ');
        (l.len() - t.len() <= 3 && (t.starts_with(": ") || t.starts_with(":\t")))
            .then(|| l.len() - t.len() + 2)
    };
    let term = |l: &str| {
        let t = l.trim();
        !t.is_empty()
            && !l.starts_with([' ', '\t'])
            && !t.starts_with(['#', '-', '*', '+', '>', '|', ':', '`', '<', '!', '['])
            && !crate::text::is_numbered(t)
            && crate::text::chars(t) <= 80
    };
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        let blank_above = i == r.start || is_blank(lines[i - 1]);
        // (The definition right under the term, or after one blank line.)
        let first = [i + 1, i + 2].into_iter().find(|&j| {
            j < r.end && def(lines[j]).is_some() && (i + 1..j).all(|k| is_blank(lines[k]))
        });
        let Some(first) = first.filter(|_| blank_above && term(lines[i]) && !claimed(taken, i))
        else {
            i += 1;
            continue;
        };
        // Its lines: definitions and the lines indented under them, blank lines between.
        let mut last = first;
        let mut j = first + 1;
        while j < r.end {
            let l = lines[j];
            if def(l).is_some() || !is_blank(l) && l.starts_with("  ") {
                last = j;
            } else if !is_blank(l) {
                break;
            }
            j += 1;
        }
        if (i..=last).any(|k| claimed(taken, k)) {
            i = last + 1;
            continue;
        }
        let mut d = Draft::new(
            topic,
            i..i + 1,
            lines[i].trim().to_string(),
            Rule::DefinitionList,
        );
        let at = def(lines[first]).unwrap_or(0);
        d.inline = Some(lines[first][at..].trim().to_string());
        d.inline_at = Some(first);
        if last > first {
            d.body.push(first + 1..last + 1);
        }
        out.push((d, i..last + 1));
        i = last + 1;
    }
    out
}

/// Whether line `i` is inside a range already taken. `taken` is in line order with ranges
/// that do not overlap, so a binary search finds the one candidate.
fn claimed(taken: &[(Draft, Range<usize>)], i: usize) -> bool {
    let k = taken.partition_point(|(_, r)| r.start <= i);
    k > 0 && taken[k - 1].1.contains(&i)
}

fn qa(
    lines: &[&str],
    r: Range<usize>,
    topic: &str,
    taken: &[(Draft, Range<usize>)],
) -> Vec<(Draft, Range<usize>)> {
    let marks: Vec<(usize, Marker, bool, usize)> = r
        .clone()
        .filter(|&i| !claimed(taken, i))
        .filter_map(|i| qa_marker(lines[i]).map(|(m, cn, at)| (i, m, cn, at)))
        // A bare `Q1:` asks nothing by itself: it is a numbered label (see `label`), not a
        // pair; a bare `A:` still opens the answer below it.
        .filter(|&(i, m, _, at)| {
            m == Marker::A || !is_blank(&lines[i][at..]) || asks_below(lines, i, r.end)
        })
        .collect();
    // (`A. 动态结构和静态结构    B. …` under a question marked `【例题6】` is its first choice;
    // the `答案：C` below answers it.)
    let marks: Vec<(usize, Marker, bool, usize)> = (0..marks.len())
        .filter(|&k| {
            let (i, m, _, _) = marks[k];
            m == Marker::Q
                || !choice_line(lines[i])
                || !marks[k + 1..]
                    .iter()
                    .take_while(|n| n.1 == Marker::A)
                    .any(|n| !choice_line(lines[n.0]))
        })
        .map(|k| marks[k])
        .collect();
    let marks = repeated_numbers_answer(lines, marks);
    let has_a = marks.iter().any(|m| m.1 == Marker::A);
    let qs: Vec<usize> = (0..marks.len())
        .filter(|&k| marks[k].1 == Marker::Q && (has_a || !problem_facet(lines[marks[k].0])))
        .collect();
    if qs.is_empty() || (!has_a && qs.len() < 2) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (n, &k) in qs.iter().enumerate() {
        let (qline, _, cn, at) = marks[k];
        let mut stop = qs.get(n + 1).map_or(r.end, |&k2| marks[k2].0);
        // The answer also ends where a line claimed by another rule begins.
        if let Some(c) = (qline + 1..stop).find(|&i| claimed(taken, i)) {
            stop = c;
        }
        // An answer written indented under its question ends where the notes come back to
        // the question's margin after a blank line (`Question: …` pairs, then more study
        // questions not answered yet).
        let indent = crate::extract::lines::indent_width;
        let first = (qline + 1..stop).find(|&i| !is_blank(lines[i]));
        let answered_by_marker = marks[k + 1..]
            .iter()
            .take_while(|m| m.0 < stop)
            .any(|m| m.1 == Marker::A);
        if let Some(f) =
            first.filter(|&f| !answered_by_marker && indent(lines[f]) > indent(lines[qline]))
        {
            if let Some(j) = (f + 1..stop).find(|&j| {
                is_blank(lines[j - 1])
                    && !is_blank(lines[j])
                    && indent(lines[j]) <= indent(lines[qline])
            }) {
                stop = j;
            }
        }
        while stop > qline + 1 && is_blank(lines[stop - 1]) {
            stop -= 1;
        }
        let qtext = &lines[qline][at..];
        let a = marks[k + 1..]
            .iter()
            .take_while(|m| m.0 < stop)
            .find(|m| m.1 == Marker::A);
        let mut d = Draft::new(
            topic,
            qline..qline + 1,
            String::new(),
            if cn { Rule::WendaPair } else { Rule::QaPair },
        );
        match (inline_answer_marker(qtext), a) {
            (Some((cut, text_at)), _) => {
                d.question = qtext[..cut].to_string();
                d.inline = Some(qtext[text_at..].to_string());
                d.body.push(qline + 1..stop);
            }
            (None, Some(&(aline, _, _, aat))) => {
                // The question's words run to the answer's marker, or to what only shows
                // them (code, a table, an image, the choices): that is the answer's opening.
                let shown = (qline + 1..aline).find(|&i| shown_with_question(lines[i]));
                let mut q = qtext.trim().to_string();
                for l in &lines[qline + 1..shown.unwrap_or(aline)] {
                    if !is_blank(l) {
                        q.push(' ');
                        q.push_str(unquote(l).trim());
                    }
                }
                d.question = q;
                if let Some(cut) = shown {
                    d.head = qline..cut;
                    d.body.push(cut..stop);
                } else {
                    d.head = qline..aline;
                    d.inline = Some(lines[aline][aat..].to_string());
                    d.inline_at = Some(aline);
                    d.body.push(aline + 1..stop);
                }
            }
            (None, None) => {
                d.question = qtext.to_string();
                d.body.push(qline + 1..stop);
            }
        }
        d.unquote = true;
        out.push((d, qline..stop.max(qline + 1)));
    }
    out
}

/// `**Q7:** What are promises?` over `**Q7:** Promises are a way to…`: a question's number
/// typed again on the line that does not ask, right after it, marks its answer (a slip for
/// `A7:`).
fn repeated_numbers_answer(
    lines: &[&str],
    mut marks: Vec<(usize, Marker, bool, usize)>,
) -> Vec<(usize, Marker, bool, usize)> {
    let number = |i: usize, at: usize| -> Option<&str> {
        let head = lines[i][..at].trim_end_matches(|c: char| !c.is_ascii_digit());
        let start = head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        Some(&head[start..]).filter(|n| !n.is_empty())
    };
    for k in 1..marks.len() {
        let (p, pm, _, pat) = marks[k - 1];
        let (i, m, _, at) = marks[k];
        if pm == Marker::Q
            && m == Marker::Q
            && number(p, pat).is_some_and(|n| number(i, at) == Some(n))
            && crate::text::is_question_like(&lines[p][pat..])
            && !crate::text::is_question_like(&lines[i][at..])
        {
            marks[k].1 = Marker::A;
        }
    }
    marks
}

/// `A. O(n)      B. O(n²)`, `(C) 栈`: a line of lettered choices.
pub fn choice_line(line: &str) -> bool {
    let t = unquote(line).trim_start();
    let t = t.strip_prefix(['(', '（']).map_or(t, |r| r.trim_start());
    let mut c = t.chars();
    matches!(c.next(), Some('A'..='H'))
        && matches!(c.next(), Some('.' | '．' | '、' | ')' | '）'))
        && !c.as_str().trim().is_empty()
}

/// A line that shows what a question is about rather than asking it: a code fence, a table
/// row, an image, a line of choices.
fn shown_with_question(line: &str) -> bool {
    let t = unquote(line).trim_start();
    t.starts_with("```")
        || t.starts_with("~~~")
        || t.starts_with('|')
        || t.starts_with("![")
        || t.starts_with("<img")
        || choice_line(line)
}

/// A bare `Q6.` whose next line is a lettered sub-question (`a. What …?`): the label opens a
/// pair whose sub-questions are its cards.
fn asks_below(lines: &[&str], i: usize, end: usize) -> bool {
    let Some(next) = (i + 1..end).find(|&j| !is_blank(lines[j])) else {
        return false;
    };
    let t = lines[next].trim_start();
    let mut chars = t.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('a' | 'A' | '1'), Some('.' | ')' | '、'))
    ) && t.trim_end().ends_with(['?', '？'])
}

fn details(lines: &[&str], r: Range<usize>, topic: &str) -> Vec<(Draft, Range<usize>)> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary = SUMMARY
        .get_or_init(|| Regex::new(r"(?is)<summary[^>]*>(.*?)</summary>").expect("valid pattern"));
    let opens = |l: &str| l.to_ascii_lowercase().contains("<details");
    // (`</detail>` closes too: authors mistype it.)
    let closes = |l: &str| {
        let t = l.to_ascii_lowercase();
        t.contains("</details") || t.contains("</detail>")
    };
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        if !opens(lines[i]) {
            i += 1;
            continue;
        }
        // A block ends at its close (blocks nested in it end at theirs, which ends it too).
        let limit = (i..r.end)
            .find(|&j| closes(lines[j]))
            .map_or(r.end, |j| j + 1);
        let block = lines[i..limit].join("\n");
        let Some(c) = summary.captures(&block) else {
            i = limit;
            continue;
        };
        let m = c.get(0).expect("match");
        let summary_end = i + block[..m.end()].matches('\n').count();
        // (A `</summary>` alone on a line after the summary closes the block: the author
        // typed the wrong tag.)
        let close = (summary_end..limit)
            .find(|&j| {
                closes(lines[j])
                    || j > summary_end
                        && lines[j].trim() == "</summary>"
                        && !(summary_end + 1..j).any(|x| opens(lines[x]))
            })
            .unwrap_or_else(|| {
                (summary_end..limit)
                    .rev()
                    .find(|&j| !is_blank(lines[j]))
                    .unwrap_or(summary_end)
            });
        let title = c[1].trim();
        // `1. What is RDBMS?` over `<details><summary>Answer</summary>`: the summary only
        // labels the answer; the question is the line above the block.
        let (head_start, question) = if answer_label(title) {
            let above = (r.start..i).rev().find(|&j| !is_blank(lines[j]));
            match above {
                Some(k) if !lines[k].trim_start().starts_with('#') && !closes(lines[k]) => {
                    (k, lines[k].trim().to_string())
                }
                _ => {
                    i = close + 1;
                    continue;
                }
            }
        } else {
            (i, c[1].to_string())
        };
        let mut d = Draft::new(topic, head_start..summary_end + 1, question, Rule::Details);
        // Text after `</summary>` on its line, then the lines up to `</details>`.
        let after = &block[m.end()..];
        let after_line = &after[..after.find('\n').unwrap_or(after.len())];
        let tail = strip_details_close(after_line);
        if !tail.trim().is_empty() {
            d.inline = Some(tail.to_string());
        }
        d.body.push(summary_end + 1..close);
        d.close_details = Some(close);
        out.push((d, head_start..close + 1));
        i = close + 1;
    }
    out
}

/// `Answer`, `Ans`, `答案`, `点击查看答案`: a summary that names no question, only hides
/// the answer under it.
fn answer_label(summary: &str) -> bool {
    const LABELS: &[&str] = &[
        "answer",
        "answers",
        "ans",
        "a",
        "show answer",
        "click to expand",
        "click to show",
        "solution",
        "答案",
        "答",
        "解答",
        "参考答案",
        "查看答案",
        "点击查看答案",
        "点击查看",
        "点击展开",
        "展开",
        "展开查看",
    ];
    let t = crate::text::plain_inline(summary).to_lowercase();
    let t = t.trim().trim_end_matches([':', '：', '.', ' ']);
    LABELS.contains(&t)
}

fn strip_details_close(s: &str) -> &str {
    let lower = s.to_ascii_lowercase();
    match lower.find("</details>") {
        Some(p) => &s[..p],
        None => s,
    }
}

/// Obsidian `> [!question] 问题` callouts with the quoted lines below as the answer; so is a
/// callout of another kind whose title asks (`> [!important]+ Why use stderr?`).
fn callouts(
    lines: &[&str],
    r: Range<usize>,
    topic: &str,
    taken: &[(Draft, Range<usize>)],
) -> Vec<(Draft, Range<usize>)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let re = R.get_or_init(|| {
        Regex::new(r"(?i)^\s*>\s*\[!([^\]]+)\][-+]?\s*(.*)$").expect("valid pattern")
    });
    let asks = |c: &regex::Captures| {
        let kind = c[1].trim().to_lowercase();
        ["question", "faq", "help", "q", "问题", "问"].contains(&kind.as_str())
            || crate::text::is_explicit_question(c[2].trim())
    };
    let mut out = Vec::new();
    let mut i = r.start;
    while i < r.end {
        if claimed(taken, i) {
            i += 1;
            continue;
        }
        let Some(c) = re.captures(lines[i]).filter(asks) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        // Quoted lines, and lazy continuation lines right under them.
        while j < r.end && !is_blank(lines[j]) && re.captures(lines[j]).is_none() {
            j += 1;
        }
        let mut d = Draft::new(topic, i..i + 1, c[2].to_string(), Rule::Callout);
        d.body.push(i + 1..j);
        d.unquote = true;
        out.push((d, i..j));
        i = j;
    }
    out
}
