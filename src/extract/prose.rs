//! Prose rules: notes with no Markdown structure at all, typed as plain lines, often pasted
//! inside a language-less code fence.
//!
//! - `topic-label`: a short line right before a prose fence (`k8s` then ```), a section line
//!   (`一、Go`, `== Memory ==`, `[Databases]`, `【网络】`), or a line naming a known topic
//!   (`mysql`, `网络:`) switches the topic.
//! - `prose-question`: a block (lines between blank lines) opens with a free-standing question
//!   line; the rest of the block is the answer. `label: answer` and `question  answer` (two
//!   or more spaces) put the answer on the same line.
//! - `prose-label`: a short line ending in `:`/`：` introduces an answer.
//! - `question-list`: a block of short question-like lines is a list of unanswered questions.
//! - `indented-continuation`: a block that starts indented, or with a bare URL, continues the
//!   previous answer; inside a block, a question line followed by indented lines, or a short
//!   line ending in `？`, starts a new card.
//! - `sentence-continuation`: a block that opens with a sentence (ends in `，`/`。`, or long
//!   prose with commas) continues the previous answer.

use super::inline;
use super::{Ctx, RawCard};
use crate::clean::looks_like_code;
use crate::text::{chars, is_numbered, is_question_like, is_url_line};
use regex::Regex;
use std::sync::OnceLock;

/// A whole plain-text file: split by topic labels, then inline rules, then blocks.
pub fn plain_file(ctx: &Ctx, start: usize, end: usize) -> Vec<RawCard> {
    let mut cards = Vec::new();
    let mut topic = ctx.file_topic.clone();
    let mut seg_start = start;
    let mut i = start;
    while i < end {
        if let Some(t) = topic_label(ctx, i) {
            if !is_title_line(ctx, seg_start, i) {
                cards.extend(segment(ctx, seg_start, i, &topic));
            }
            topic = t;
            seg_start = i + 1;
        }
        i += 1;
    }
    cards.extend(segment(ctx, seg_start, end, &topic));
    cards
}

/// Rule `title-line`: a plain file that opens with a lone line (not a question), perhaps
/// with a remark or two under it, before its first section line is titled by it
/// (`算法复习`, then `（一）排序`).
fn is_title_line(ctx: &Ctx, start: usize, end: usize) -> bool {
    let lines: Vec<&str> = (start..end)
        .filter(|&i| !ctx.is_blank(i))
        .map(|i| ctx.lines[i])
        .collect();
    start == 0
        && (1..=3).contains(&lines.len())
        && lines
            .iter()
            .all(|l| !crate::text::is_explicit_question(l) && !is_numbered(l))
}

fn segment(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let cards = inline::extract(ctx, start, end, topic);
    if !cards.is_empty() {
        return cards;
    }
    blocks(ctx, start, end, topic)
}

/// Rule `topic-label` (outside prose fences).
fn topic_label(ctx: &Ctx, i: usize) -> Option<String> {
    static CN_SECTION: OnceLock<Regex> = OnceLock::new();
    let cn = CN_SECTION.get_or_init(|| {
        Regex::new(r"^\s*(?:第[一二三四五六七八九十]{1,3}[章部分节]|[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*(.{1,30})$").unwrap()
    });
    if ctx.in_prose(i) {
        return None;
    }
    let line = ctx.lines[i].trim();
    if line.is_empty() || chars(line) > 30 || is_url_line(line) {
        return None;
    }
    if let Some(c) = cn.captures(line) {
        if !is_question_like(&c[1]) {
            return Some(c[1].trim().trim_end_matches([':', '：']).to_string());
        }
    }
    if let Some(t) = bracketed_label(line) {
        return Some(t.to_string());
    }
    // A short label right before a prose fence.
    let next = (i + 1..ctx.lines.len()).find(|&j| !ctx.is_blank(j));
    let before_fence = next.is_some_and(|j| ctx.in_prose(j) && !ctx.in_prose(i))
        && (i + 1..next.unwrap_or(i)).all(|j| !ctx.in_prose(j) || ctx.is_blank(j));
    if before_fence && !is_question_like(line) && !line.contains(['，', '。']) {
        return Some(line.trim_end_matches([':', '：']).to_string());
    }
    ctx.topics.known(line).filter(|_| label_shape(line))
}

/// `== Basics ==`, `=== OOP`, `[Databases]`, `【网络】`: a section line of a plain file, marked
/// the way wiki and ini files mark them.
fn bracketed_label(line: &str) -> Option<&str> {
    let inner = if line.starts_with("==") {
        line.trim_matches('=')
    } else if let Some(r) = line.strip_prefix('[').and_then(|r| r.strip_suffix(']')) {
        r
    } else {
        line.strip_prefix('【')?.strip_suffix('】')?
    };
    let inner = inner.trim();
    (!inner.is_empty() && !inner.contains(['[', ']', '=']) && !is_question_like(inner))
        .then_some(inner)
}

fn label_shape(line: &str) -> bool {
    chars(line) <= 20 && !line.contains(['，', '。', '?', '？'])
}

/// Block-mode rules over `[start, end)`.
pub fn blocks(ctx: &Ctx, start: usize, end: usize, topic: &str) -> Vec<RawCard> {
    let mut cards: Vec<RawCard> = Vec::new();
    let mut topic = topic.to_string();
    let mut open = false; // whether the last card may take continuation lines
    for block in split_blocks(ctx, start, end) {
        let mut rest: &[usize] = &block;
        // indented-continuation: indented or URL-only block openers continue the answer.
        if open && indented(ctx.lines[rest[0]]) {
            extend(ctx, cards.last_mut(), rest);
            continue;
        }
        while let Some(&first) = rest.first() {
            let line = ctx.lines[first];
            if open && is_url_line(line) {
                extend(ctx, cards.last_mut(), &rest[..1]);
                rest = &rest[1..];
            } else if let Some(t) = inner_topic(ctx, line) {
                topic = t;
                open = false;
                rest = &rest[1..];
            } else {
                break;
            }
        }
        if rest.is_empty() {
            continue;
        }
        if is_question_list(ctx, rest) {
            for &i in rest {
                cards.push(card(ctx, &topic, i, &[], "question-list"));
            }
            open = false;
            continue;
        }
        let first = ctx.lines[rest[0]];
        let introduces_list = rest.get(1).is_some_and(|&n| is_numbered(ctx.lines[n]));
        if open && !is_question_line(first) && !(introduces_list && chars(first.trim()) <= 60) {
            extend(ctx, cards.last_mut(), rest); // sentence-continuation
            continue;
        }
        if first.len() > crate::text::MAX_QUESTION_BYTES || (!open && !is_question_line(first)) {
            continue; // prose under no question (a diary line, a remark): nothing to ask
        }
        // prose-question / prose-label, with new cards where a question has an indented answer.
        let mut q = rest[0];
        let mut body: Vec<usize> = Vec::new();
        for (k, &i) in rest.iter().enumerate().skip(1) {
            let next_indented = rest.get(k + 1).is_some_and(|&n| indented(ctx.lines[n]));
            let l = ctx.lines[i];
            let asks = !indented(l) && !is_numbered(l) && is_question_like(l);
            // A short line ending in a question mark (no comma: not a rhetorical aside)
            // starts the next card even without an indented answer below it.
            let bare_question = asks
                && l.trim_end().ends_with(['?', '？'])
                && chars(l.trim()) <= 40
                && !l.contains(['，', ',']);
            if asks && (next_indented || bare_question) {
                cards.push(card(ctx, &topic, q, &body, rule_for(ctx.lines[q])));
                q = i;
                body.clear();
            } else {
                body.push(i);
            }
        }
        cards.push(card(ctx, &topic, q, &body, rule_for(ctx.lines[q])));
        open = true;
    }
    cards
}

fn rule_for(line: &str) -> &'static str {
    if split_inline(line).1.is_some() || line.trim_end().ends_with([':', '：']) {
        "prose-label"
    } else {
        "prose-question"
    }
}

/// A known topic named on its own line inside prose (`mysql`, `网络:`, `docker`).
fn inner_topic(ctx: &Ctx, line: &str) -> Option<String> {
    let t = line.trim();
    if indented(line) || !label_shape(t) {
        return None;
    }
    ctx.topics.known(t)
}

fn split_blocks(ctx: &Ctx, start: usize, end: usize) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = Vec::new();
    let mut cur = Vec::new();
    for i in start..end.min(ctx.lines.len()) {
        let t = ctx.lines[i].trim();
        if ctx.is_blank(i) || t.starts_with("```") || t.starts_with("~~~") {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else {
            cur.push(i);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn indented(line: &str) -> bool {
    line.starts_with("  ") || line.starts_with('\t')
}

/// A line that can open a card: not a sentence fragment, not code, not a URL.
fn is_question_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || indented(line) || is_url_line(t) || looks_like_code(line) {
        return false;
    }
    if split_inline(t).1.is_some() && label_head(t).is_some() {
        return true;
    }
    if (is_question_like(t) || t.ends_with([':', '：'])) && chars(t) <= 80 {
        return true;
    }
    let commas = t.matches(['，', ',']).count();
    let sentence_end = t.ends_with(['，', '。', '、', '；', ',', ';', '！', '!'])
        || (t.ends_with('.') && !t.ends_with("..."));
    !(sentence_end || commas >= 2 || chars(t) > 40)
}

/// Rule `question-list`: two or more short question-like lines and nothing else.
fn is_question_list(ctx: &Ctx, block: &[usize]) -> bool {
    // `What is X?` then a line that does not ask anything: a question and its answer.
    let asks = |i: &usize| {
        let t = ctx.lines[*i].trim();
        t.ends_with(['?', '？']) || is_question_like(t)
    };
    let first_asks_explicitly = ctx.lines[block[0]].trim_end().ends_with(['?', '？']);
    if first_asks_explicitly && !block[1..].iter().all(asks) {
        return false;
    }
    block.len() >= 2
        && block.iter().all(|&i| {
            let l = ctx.lines[i];
            let t = l.trim();
            !indented(l)
                && is_question_line(l)
                && (is_question_like(t) || (chars(t) <= 24 && !t.contains(['，', ','])))
                && chars(t) <= 40
                && !is_numbered(t)
                && !t.contains("->")
                && !t.contains('=')
                && split_inline(t).1.is_none()
                && !t.ends_with([':', '：'])
        })
}

/// `head: rest` with a short head.
fn label_head(t: &str) -> Option<(&str, &str)> {
    let pos = t.find([':', '：'])?;
    let head = t[..pos].trim();
    let sep_len = t[pos..].chars().next().map_or(1, char::len_utf8);
    let rest = t[pos + sep_len..].trim();
    if head.is_empty() || chars(head) > 24 || head.contains(['，', '。']) || rest.starts_with("//")
    {
        return None;
    }
    Some((head, rest))
}

/// Splits an answer off a question line: `label: answer`, `question  answer`.
fn split_inline(line: &str) -> (String, Option<String>) {
    static GAP: OnceLock<Regex> = OnceLock::new();
    let gap = GAP.get_or_init(|| Regex::new(r"\S(\s{2,})\S").unwrap());
    let t = line.trim();
    if let Some((head, rest)) = label_head(t) {
        let rest = (!rest.is_empty()).then(|| rest.to_string());
        return (head.to_string(), rest);
    }
    let t = t.trim_end_matches([':', '：']).trim();
    // The last gap of two or more spaces after which an answer (not a question) follows.
    let gaps: Vec<(usize, usize)> = gap
        .captures_iter(t)
        .filter_map(|c| c.get(1).map(|m| (m.start(), m.end())))
        .collect();
    for &(a, b) in gaps.iter().rev() {
        let (head, rest) = (t[..a].trim(), t[b..].trim());
        let cjk = rest.chars().filter(|&c| crate::clean::is_cjk(c)).count();
        if !head.is_empty()
            && !crate::text::is_explicit_question(rest)
            && (rest.contains(['，', '。', '；']) || cjk >= 8)
        {
            return (head.to_string(), Some(rest.to_string()));
        }
    }
    (t.to_string(), None)
}

fn card(ctx: &Ctx, topic: &str, q: usize, body: &[usize], rule: &'static str) -> RawCard {
    let (question, inline_answer) = split_inline(ctx.lines[q]);
    let mut card = RawCard {
        topic: topic.to_string(),
        question,
        answer: inline_answer.unwrap_or_default(),
        line: q,
        last_line: q,
        rule,
    };
    extend(ctx, Some(&mut card), body);
    card
}

/// Appends prose lines to an answer, keeping line breaks (hard breaks) and fencing code.
fn extend(ctx: &Ctx, card: Option<&mut RawCard>, lines: &[usize]) {
    let Some(card) = card else { return };
    if lines.is_empty() {
        return;
    }
    let text: Vec<&str> = lines.iter().map(|&i| ctx.lines[i]).collect();
    let md = prose_markdown(&text);
    if card.answer.is_empty() {
        card.answer = md;
    } else if lines[0] > card.last_line + 1 {
        card.answer = match (card.answer.strip_suffix("\n```"), md.strip_prefix("```\n")) {
            // Code that goes on after a blank line stays one block.
            (Some(head), Some(tail)) => format!("{head}\n\n{tail}"),
            _ => format!("{}\n\n{}", card.answer, md),
        };
    } else {
        card.answer = format!("{}  \n{}", card.answer, md);
    }
    card.last_line = card.last_line.max(*lines.last().unwrap_or(&card.last_line));
}

/// Plain lines as Markdown that shows them as written: code runs fenced, other lines
/// dedented and joined with hard breaks.
pub fn prose_markdown(lines: &[&str]) -> String {
    let dedented = super::headings::dedent(lines);
    let mut out: Vec<String> = Vec::new();
    let mut in_code = false;
    for (raw, l) in lines.iter().zip(dedented.split('\n')) {
        // A code run goes on while lines carry no CJK text (Go, shell, config lines).
        let code = looks_like_code(raw)
            || (in_code && !raw.trim().is_empty() && !raw.chars().any(crate::clean::is_cjk));
        if code && !in_code {
            out.push("```".into());
            in_code = true;
        } else if !code && in_code {
            out.push("```".into());
            in_code = false;
        }
        if in_code {
            out.push(l.to_string());
        } else {
            out.push(escape_line_start(l.trim()));
        }
    }
    if in_code {
        out.push("```".into());
    }
    // Hard breaks between consecutive prose lines.
    let mut md = String::new();
    for (k, l) in out.iter().enumerate() {
        md.push_str(l);
        let next_is_prose = out.get(k + 1).is_some_and(|n| n != "```");
        let this_is_prose = l != "```" && !in_fence(&out, k);
        if k + 1 < out.len() {
            if this_is_prose && next_is_prose && !l.is_empty() {
                md.push_str("  ");
            }
            md.push('\n');
        }
    }
    md
}

fn in_fence(out: &[String], k: usize) -> bool {
    out[..k].iter().filter(|l| *l == "```").count() % 2 == 1
}

/// Keeps plain lines from turning into headings or block quotes by accident.
fn escape_line_start(l: &str) -> String {
    if l.starts_with('#') || l.starts_with('>') || l.starts_with('=') {
        format!("\\{l}")
    } else {
        l.to_string()
    }
}
