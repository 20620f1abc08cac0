//! Inline rules: questions marked inside a body of text rather than by headings.
//!
//! - `qa-pair`: `Q: …` / `A: …` (also `Question:`/`Answer:`), answers spanning paragraphs
//!   and lists until the next `Q:`.
//! - `wenda-pair`: the Chinese form, `问：…` / `答：…`.
//! - `details`: `<details><summary>question</summary>answer</details>`.
//! - `callout`: Obsidian `> [!question] …` callouts.
//! - `bold-question`: a line that is entirely bold and reads as a question or is numbered
//!   (`**1、什么是 goroutine？**`); the answer runs to the next such line.
//! - `numbered-question`: `1. …？` / `2、…` lines that read as questions, answer lines below.
//! - `bullet-question`: top-level `- …？` list items that ask something, with the nested items
//!   or indented lines under them as the answer.
//!
//! Rules claim lines in priority order (`details`, pairs, bold, numbered); later rules only
//! see what earlier ones left.

use super::headings::dedent;
use super::{Ctx, RawCard};
use crate::text::{chars, is_numbered, is_question_like};
use regex::Regex;
use std::sync::OnceLock;

pub fn extract(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let end = end.min(ctx.lines.len());
    if start >= end {
        return Vec::new();
    }
    // Rules run in priority order; each later rule only sees the lines no earlier rule
    // claimed, so a body may mix `<details>` blocks with bold questions.
    let mut cards: Vec<RawCard> = Vec::new();
    let mut gaps = vec![(start, end)];
    for rule in [
        details,
        callouts,
        qa_pairs,
        bold_questions,
        numbered_questions,
        bullet_questions,
    ] {
        let mut next_gaps = Vec::new();
        for (a, b) in gaps {
            let found = rule(ctx, a, b, topic);
            let mut at = a;
            for c in &found {
                if c.line > at {
                    next_gaps.push((at, c.line));
                }
                at = at.max(c.last_line + 1);
            }
            if at < b {
                next_gaps.push((at, b));
            }
            cards.extend(found);
        }
        gaps = next_gaps;
    }
    cards.sort_by_key(|c| c.line);
    cards
}

#[derive(Clone, Copy, PartialEq)]
enum Marker {
    Q,
    A,
}

/// Recognises `Q:`, `**Q:**`, `问：`, `答：`, `Question:` … Returns the marker, whether it is
/// the Chinese form, and the text after the marker.
fn qa_marker(line: &str) -> Option<(Marker, bool, String)> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"^\s*(?:>\s*)?(?:[-*+]\s+)?(?:\*\*|__)?(?:【(问|答|问题|答案)】|[\[［](问|答)[\]］]|(?i:(q|question|a|answer))\s*\d{0,3}\s*(?:\*\*|__)?\s*(?:[:：]|[.．]\s|\s[-–]\s)|(问|问题|题目|答|答案|回答|解答)\s*\d{0,3}\s*(?:\*\*|__)?\s*[:：])(?:\*\*|__)?\s*(.*)$")
            .unwrap()
    });
    let c = r.captures(line)?;
    let word = (1..=4).find_map(|i| c.get(i)).map_or("", |m| m.as_str());
    let (m, cn) = match word.to_ascii_lowercase().as_str() {
        "q" | "question" => (Marker::Q, false),
        "a" | "answer" => (Marker::A, false),
        "问" | "问题" | "题目" => (Marker::Q, true),
        _ => (Marker::A, true),
    };
    let rest = c[5].trim().trim_end_matches("**").trim().to_string();
    Some((m, cn, rest))
}

/// How many lines of `answer` (outside code fences) open with a question marker (`Q:`,
/// `问：`…): an answer holding several is probably several cards deckhand read as one.
pub fn question_markers(answer: &str) -> usize {
    let mut fenced = false;
    answer
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            if t.starts_with("```") || t.starts_with("~~~") {
                fenced = !fenced;
                return false;
            }
            !fenced && matches!(qa_marker(l), Some((Marker::Q, _, _)))
        })
        .count()
}

/// `> text` → `text` (pairs written inside a block quote).
fn unquote(line: &str) -> &str {
    match line.trim_start().strip_prefix('>') {
        Some(rest) => rest.strip_prefix(' ').unwrap_or(rest),
        None => line,
    }
}

/// Rules `qa-pair` and `wenda-pair`.
fn qa_pairs(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let marks: Vec<(usize, Marker, bool, String)> = (start..end)
        .filter_map(|i| qa_marker(ctx.lines[i]).map(|(m, cn, r)| (i, m, cn, r)))
        .collect();
    let qs_count = marks.iter().filter(|m| m.1 == Marker::Q).count();
    let has_a = marks.iter().any(|m| m.1 == Marker::A);
    // One stray `Q3.` among other styles is not a Q/A layout.
    if qs_count == 0 || (!has_a && qs_count < 2) {
        return Vec::new();
    }
    let mut cards = Vec::new();
    let qs: Vec<usize> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| m.1 == Marker::Q)
        .map(|(k, _)| k)
        .collect();
    for (n, &k) in qs.iter().enumerate() {
        let (qline, _, cn, ref qtext) = marks[k];
        let next_q = qs.get(n + 1).map_or(end, |&k2| marks[k2].0);
        let next_q = ctx.trim_range(start, next_q).1.max(qline + 1);
        // The answer marker, if any, before the next question.
        let a = marks[k + 1..]
            .iter()
            .take_while(|m| m.0 < next_q)
            .find(|m| m.1 == Marker::A);
        // `问：…？ 答：…` on one line: the answer starts after the marker.
        let (qtext, inline_answer) = split_inline_answer(qtext);
        let a = if inline_answer.is_some() { None } else { a };
        let (question, answer) = match a {
            Some(&(aline, _, _, ref atext)) => {
                let mut q = qtext.to_string();
                let more = ctx.slice(qline + 1, aline);
                if !more.is_empty() {
                    q = format!("{q} {more}");
                }
                // Keep the answer's own line structure (paragraph breaks included).
                let mut lines: Vec<&str> = vec![atext.as_str()];
                lines.extend(ctx.lines[aline + 1..next_q].iter().map(|l| unquote(l)));
                (q, lines.join("\n"))
            }
            // A `Q:` with no `A:` of its own: the lines below it are the answer.
            None => {
                let lines: Vec<&str> = inline_answer
                    .into_iter()
                    .chain(ctx.lines[qline + 1..next_q].iter().map(|l| unquote(l)))
                    .collect();
                (qtext.to_string(), lines.join("\n"))
            }
        };
        cards.push(RawCard {
            topic: topic.to_string(),
            question,
            answer: super::headings::trim_blank_lines(&answer),
            line: qline,
            last_line: next_q.saturating_sub(1).max(qline),
            rule: if cn { "wenda-pair" } else { "qa-pair" },
        });
    }
    cards
}

/// `COPY 和 ADD 区别？ 答：ADD 会解压` → (`COPY 和 ADD 区别？`, `ADD 会解压`): an answer marker
/// right after the question mark, on the question's own line.
fn split_inline_answer(q: &str) -> (&str, Option<&str>) {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"[?？]\s*(?:\*\*|__)?(?:答|答案|回答|(?i:a|answer))\s*(?:\*\*|__)?\s*[:：]")
            .unwrap()
    });
    match r.find(q) {
        Some(m) => {
            let cut = m.start() + q[m.start()..].chars().next().map_or(1, char::len_utf8);
            let answer = q[m.end()..].trim();
            (q[..cut].trim_end(), (!answer.is_empty()).then_some(answer))
        }
        None => (q, None),
    }
}

/// Rule `details`.
fn details(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    static SUMMARY: OnceLock<Regex> = OnceLock::new();
    let summary =
        SUMMARY.get_or_init(|| Regex::new(r"(?is)<summary[^>]*>(.*?)</summary>").unwrap());
    let mut cards = Vec::new();
    let mut i = start;
    while i < end {
        if !ctx.lines[i].to_ascii_lowercase().contains("<details") {
            i += 1;
            continue;
        }
        let close = (i..end)
            .find(|&j| ctx.lines[j].to_ascii_lowercase().contains("</details>"))
            .unwrap_or(end - 1);
        let block = ctx.lines[i..=close].join("\n");
        if let Some(c) = summary.captures(&block) {
            let question = c[1].to_string();
            let after = &block[c.get(0).map_or(0, |m| m.end())..];
            let lower = after.to_ascii_lowercase();
            let body = match lower.rfind("</details>") {
                Some(p) => &after[..p],
                None => after,
            };
            let body_lines: Vec<&str> = body.split('\n').collect();
            cards.push(RawCard {
                topic: topic.to_string(),
                question,
                answer: super::headings::trim_blank_lines(&dedent(&body_lines)),
                line: i,
                last_line: close,
                rule: "details",
            });
        }
        i = close + 1;
    }
    cards
}

/// Rule `callout`: Obsidian callouts `> [!question] 问题` with the quoted lines below as the
/// answer.
fn callouts(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = R.get_or_init(|| {
        Regex::new(r"(?i)^\s*>\s*\[!(?:question|faq|help|q|问题|问)\][-+]?\s*(.*)$").unwrap()
    });
    let mut cards = Vec::new();
    let mut i = start;
    while i < end {
        let Some(c) = r.captures(ctx.lines[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < end && ctx.lines[j].trim_start().starts_with('>') {
            j += 1;
        }
        let body: Vec<&str> = ctx.lines[i + 1..j].iter().map(|l| unquote(l)).collect();
        cards.push(RawCard {
            topic: topic.to_string(),
            question: c[1].to_string(),
            answer: super::headings::trim_blank_lines(&body.join("\n")),
            line: i,
            last_line: j - 1,
            rule: "callout",
        });
        i = j;
    }
    cards
}

/// A line that is entirely bold: `**text**` or `__text__`.
fn bold_line(line: &str) -> Option<&str> {
    let t = line.trim();
    for m in ["**", "__"] {
        if let Some(inner) = t.strip_prefix(m).and_then(|r| r.strip_suffix(m)) {
            if !inner.is_empty() && !inner.contains(m) {
                return Some(inner);
            }
        }
    }
    None
}

/// A line that opens with a bold question followed by its answer:
/// `**6、连接池为什么快？** 复用连接。` → (question, answer).
fn bold_lead(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let rest = t.strip_prefix("**")?;
    let close = rest.find("**")?;
    let (inner, after) = (&rest[..close], rest[close + 2..].trim());
    let asks = inner.trim_end().ends_with(['?', '？']);
    (asks && !after.is_empty()).then_some((inner, after))
}

/// Rule `bold-question`.
fn bold_questions(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let starts: Vec<usize> = (start..end)
        .filter(|&i| {
            let l = ctx.lines[i];
            bold_line(l)
                .is_some_and(|b| is_question_like(b) || is_numbered(b) || b.ends_with(['：', ':']))
                || bold_lead(l).is_some()
        })
        .collect();
    if starts.is_empty() {
        return Vec::new();
    }
    let mut cards = cards_between(ctx, &starts, end, topic, "bold-question", |l| {
        bold_line(l)
            .or_else(|| bold_lead(l).map(|(q, _)| q))
            .unwrap_or(l)
            .to_string()
    });
    for c in &mut cards {
        if let Some((_, first)) = bold_lead(ctx.lines[c.line]) {
            c.answer = if c.answer.is_empty() {
                first.to_string()
            } else {
                format!("{first}\n\n{}", c.answer)
            };
        }
    }
    cards
}

/// Rule `numbered-question`.
fn numbered_questions(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let numbered: Vec<usize> = (start..end)
        .filter(|&i| {
            let l = ctx.lines[i];
            !l.starts_with([' ', '\t']) && is_numbered(l) && chars(l) <= 120
        })
        .collect();
    let mut starts: Vec<usize> = numbered
        .iter()
        .copied()
        .filter(|&i| is_question_like(ctx.lines[i]))
        .collect();
    in_sequence(ctx, &numbered, &mut starts);
    out_of_sequence(ctx, &mut starts);
    // Numbered answer steps (`1. apiserver …`) are far more common than numbered questions:
    // require most numbered lines to read as questions.
    if starts.is_empty() || starts.len() * 2 < numbered.len() {
        return Vec::new();
    }
    if starts.len() < 2 && !ctx.lines[starts[0]].trim_end().ends_with(['?', '？']) {
        return Vec::new();
    }
    cards_between(ctx, &starts, end, topic, "numbered-question", |l| {
        l.to_string()
    })
}

/// Rule `numbered-question`, sequence form: short numbered lines that are not phrased as
/// questions (`6. 进程调度算法`, `7. 用户态和内核态`) still are ones when they continue the
/// count between questions `5.` and `8.` (or open a section, `1.` `2.` before question `3.`),
/// with no other numbered line in between (which would make them steps of an answer).
fn in_sequence(ctx: &Ctx, numbered: &[usize], starts: &mut Vec<usize>) {
    let nums: Vec<(usize, u32)> = numbered
        .iter()
        .filter_map(|&i| Some((i, leading_number(ctx.lines[i])?)))
        .collect();
    let is_start = |i: usize| starts.binary_search(&i).is_ok();
    let mut added = Vec::new();
    let mut k = 0;
    while k < nums.len() {
        if is_start(nums[k].0) {
            k += 1;
            continue;
        }
        let Some(e) = (k..nums.len()).find(|&j| is_start(nums[j].0)) else {
            break; // no question after the run: nothing to continue the count to
        };
        let before = if k == 0 { 0 } else { nums[k - 1].1 };
        let counts = (k..=e).all(|j| nums[j].1 == before + 1 + (j - k) as u32);
        let short = (k..e).all(|j| {
            let l = ctx.lines[nums[j].0].trim_end();
            chars(l) <= 60 && !l.ends_with([':', '：'])
        });
        if counts && short {
            added.extend(nums[k..e].iter().map(|n| n.0));
        }
        k = e;
    }
    starts.extend(added);
    starts.sort_unstable();
}

/// Rule `numbered-question`, sequence form: a numbered line between questions `8.` and `9.`
/// that does not continue the count (`53. UDP normally, TCP when…` under `8. What port does
/// DNS use?`) is an answer that happens to start with a number.
fn out_of_sequence(ctx: &Ctx, starts: &mut Vec<usize>) {
    let number = |i: usize| leading_number(ctx.lines[i]);
    let stray: Vec<usize> = starts
        .windows(3)
        .filter_map(|w| {
            let (a, b, c) = (number(w[0])?, number(w[1])?, number(w[2])?);
            (c == a + 1 && b != a + 1).then_some(w[1])
        })
        .collect();
    starts.retain(|i| !stray.contains(i));
}

/// `12` from `12. …`, `12、…`, `12) …`.
fn leading_number(line: &str) -> Option<u32> {
    let t = line.trim_start();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = t[digits..].trim_start();
    if digits == 0 || digits > 3 || !rest.starts_with(['.', '．', '、', ')', '）']) {
        return None;
    }
    t[..digits].parse().ok()
}

/// Rule `bullet-question`.
fn bullet_questions(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    fn bullet(l: &str) -> Option<&str> {
        l.strip_prefix("- ")
            .or_else(|| l.strip_prefix("* "))
            .or_else(|| l.strip_prefix("+ "))
            .map(str::trim)
    }
    let items: Vec<usize> = (start..end)
        .filter(|&i| bullet(ctx.lines[i]).is_some())
        .collect();
    let nested = |i: usize| {
        ctx.lines
            .get(i + 1)
            .is_some_and(|n| n.starts_with([' ', '\t']) && !n.trim().is_empty())
    };
    let starts: Vec<usize> = items
        .iter()
        .copied()
        .filter(|&i| {
            bullet(ctx.lines[i]).is_some_and(|b| {
                crate::text::is_explicit_question(b) || (is_question_like(b) && nested(i))
            })
        })
        .collect();
    if starts.is_empty() || starts.len() * 2 < items.len() {
        return Vec::new();
    }
    let answered = starts
        .iter()
        .filter(|&&s| {
            ctx.lines
                .get(s + 1)
                .is_some_and(|n| n.starts_with([' ', '\t']))
        })
        .count();
    if answered == 0 {
        return Vec::new();
    }
    // Each answer is the item's nested part: it ends at the next line back at the margin.
    let mut cards = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let limit = starts.get(n + 1).copied().unwrap_or(end);
        let stop = (s + 1..limit)
            .find(|&i| !ctx.is_blank(i) && !ctx.lines[i].starts_with([' ', '\t']))
            .unwrap_or(limit);
        cards.extend(cards_between(
            ctx,
            &[s],
            stop,
            topic,
            "bullet-question",
            |l| bullet(l).unwrap_or(l).to_string(),
        ));
    }
    cards
}

/// Cards whose questions start at `starts` and whose answers run to the next start.
fn cards_between(
    ctx: &Ctx,
    starts: &[usize],
    end: usize,
    topic: &str,
    rule: &'static str,
    question: impl Fn(&str) -> String,
) -> Vec<RawCard> {
    let mut cards = Vec::new();
    for (n, &s) in starts.iter().enumerate() {
        let next = starts.get(n + 1).copied().unwrap_or(end);
        let (a0, a1) = ctx.trim_range(s + 1, next);
        let mut lines: Vec<&str> = ctx.lines[a0..a1].to_vec();
        // `答：…` / `A: …` right under a question is a marker, not answer text.
        if let Some(first) = lines.first_mut() {
            if let Some((Marker::A, _, rest)) = qa_marker(first) {
                let at = first.len() - first.trim_start().len();
                let off = first.find(rest.as_str()).unwrap_or(first.len());
                *first = if rest.is_empty() {
                    ""
                } else {
                    &first[off.max(at)..]
                };
            }
        }
        cards.push(RawCard {
            topic: topic.to_string(),
            question: question(ctx.lines[s]),
            answer: dedent(&lines),
            line: s,
            last_line: a1.saturating_sub(1).max(s),
            rule,
        });
    }
    cards
}
