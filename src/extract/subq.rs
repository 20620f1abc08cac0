//! Lettered sub-questions inside an answer (`a. What is …?` / `b. Why …?` under `Q5.`, or
//! `（1）…？` `（2）…？` under an exam question), each followed by its own answer, are cards of
//! their own: a learner reviews them one by one. The question above keeps its whole answer,
//! sub-questions included: together they are what it asks for.
//!
//! In plain text, an "answer" made only of question lines is more questions of the list:
//! each is a card of its own, not answered yet, and the one above has no answer.
//!
//! This runs over the drafts every rule made, so it holds for sub-questions under a heading,
//! a numbered item or a `Q:` pair alike.

use super::decide::Draft;
use super::lines::{is_blank, trim};
use super::rules::Rule;
use std::ops::Range;

/// `a.` `b)` `(c)` `（1）` `(2)`: the marker's ordinal (a = 1) and the text after it. A bare
/// `1.` or `1)` counts only where `digits` says so: elsewhere it is ordinary numbering, which
/// the outline reads.
fn marker(line: &str, digits: bool) -> Option<(u32, bool, &str)> {
    let t = trim(line);
    let (open, rest) = match t.strip_prefix(['(', '（']) {
        Some(r) => (true, r),
        None => (false, t),
    };
    let first = rest.chars().next()?;
    let (n, letter, after) = if first.is_ascii_lowercase() {
        (first as u32 - 'a' as u32 + 1, true, &rest[1..])
    } else {
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits == 0 || digits > 2 {
            return None;
        }
        (rest[..digits].parse().ok()?, false, &rest[digits..])
    };
    let after = if open {
        after.strip_prefix([')', '）'])?
    } else if letter || digits {
        after.strip_prefix(['.', ')'])?
    } else {
        return None;
    };
    if !(after.starts_with([' ', '\t', '\u{3000}']) || open && !after.is_empty()) {
        return None;
    }
    let text = trim(after);
    (!text.is_empty()).then_some((n, letter, text))
}

/// The answer to a true-or-false statement (`**True**`, `F`, `错误`, `√`), alone on the first
/// line of its answer.
fn truth_value<'a>(mut answer: impl Iterator<Item = &'a str>) -> bool {
    let Some(line) = answer.next() else {
        return false;
    };
    let word = trim(line)
        .trim_matches(['*', '_', ' '])
        .trim_end_matches(['.', '。', '!', '！'])
        .to_lowercase();
    matches!(
        word.as_str(),
        "true" | "false" | "t" | "f" | "对" | "错" | "正确" | "错误" | "√" | "×" | "✓" | "✗"
    )
}

/// Asks something: a question mark, or (for lettered items) an English question word.
fn asks(text: &str, letter: bool) -> bool {
    crate::text::is_explicit_question(text) || letter && crate::text::is_question_like(text)
}

/// In plain text, an "answer" that is only question lines (`1.注意力机制介绍` over
/// `self-attention原理公式` / `Attention有哪些变种？`, one per line, most of them asking) is
/// more questions of the list, each a card not answered yet; the one above has no answer.
fn question_lines(d: &Draft, lines: &[&str]) -> Option<Vec<Draft>> {
    if !d.plain || d.inline.is_some() {
        return None;
    }
    let mut rows: Vec<usize> = d
        .body
        .iter()
        .flat_map(|r| r.start..r.end.min(lines.len()))
        .filter(|&i| !is_blank(lines[i]))
        .collect();
    rows.sort_unstable();
    rows.dedup();
    let margin = |i: usize| super::lines::indent_width(lines[i]) == 0;
    let short = |t: &str| {
        crate::text::chars(t) <= 80 && !t.ends_with(['。', '.', '；', ';', '：', ':', '，', ','])
    };
    // (`Tell me about yourself.` asks as a prompt does.)
    let asks_line = |t: &str| crate::text::is_question_like(t) || crate::text::is_prompt(t);
    let asks = |i: usize| asks_line(trim(lines[i]));
    let asking = rows.iter().filter(|&&i| asks(i)).count();
    // (A question may close with a full stop, `Tell me about yourself.`, and run longer; a
    // source noted between them, `(https://…)`, is no answer.)
    let source =
        |i: usize| crate::text::is_url_line(trim(lines[i]).trim_matches(['(', ')', '<', '>']));
    let line_fits = |i: usize| {
        let t = trim(lines[i]);
        short(t)
            || asks(i) && crate::text::chars(t) <= 120 && !t.ends_with([':', '：'])
            || source(i)
    };
    let fits = rows.len() >= 2
        && rows
            .iter()
            .all(|&i| margin(i) && line_fits(i) && marker(lines[i], false).is_none())
        && asking * 3 >= rows.len() * 2
        && asks_line(trim(&d.question));
    fits.then(|| {
        let mut head = d.clone();
        head.body.clear();
        let mut out = vec![head];
        // (The source noted among them is none.)
        for &i in rows.iter().filter(|&&i| !source(i)) {
            let mut q = Draft::new(
                &d.topic,
                i..i + 1,
                trim(lines[i]).to_string(),
                Rule::SubQuestion,
            );
            q.plain = true;
            out.push(q);
        }
        out
    })
}

/// `5.  What are the difference between horizontal and vertical scalability?` alone after a
/// heading's answer, a blank line before it and nothing after: a question the author numbered
/// and left unanswered, not the last line of the answer above. So are two or more paragraphs
/// that ask, one after another, closing the answer (`Have you used CSS Grid?`, `Are you
/// familiar with styling SVG?` after the last numbered question's points): the questions
/// still to answer. The answer ends before them.
fn trailing_questions(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Option<Vec<Draft>> {
    if d.plain
        || d.inline.is_some()
        || !matches!(d.rule, Rule::Heading | Rule::HeadingParts | Rule::Numbered)
    {
        return None;
    }
    let rows = body_rows(d, lines);
    // The paragraphs at the margin closing the answer, last first: (first line, last line).
    let mut paras: Vec<(usize, usize)> = Vec::new();
    let mut k = rows.len();
    while k > 0 {
        let end = rows[k - 1];
        let mut start = end;
        while k > 1 && rows[k - 2] + 1 == start {
            k -= 1;
            start = rows[k - 1];
        }
        k -= 1;
        let text: Vec<&str> = (start..=end).map(|i| trim(lines[i])).collect();
        let joined = text.join(" ");
        // (Lines of one paragraph: not numbered items one under another, nor the head of
        // another card.)
        let numbered_lines = (start..=end)
            .filter(|&i| crate::outline::plain::numbering(trim(lines[i])).is_some())
            .count();
        let asks = (start..=end).all(|i| super::lines::indent_width(lines[i]) == 0)
            && !(start..=end).any(|i| heads.contains(&i))
            && (end == start || numbered_lines == 0)
            && end - start < 3
            && crate::text::chars(&joined) <= 300
            && !text
                .iter()
                .any(|t| t.starts_with(['-', '*', '>', '|', '`', '#']))
            && (joined.trim_end().ends_with(['?', '？'])
                || crate::text::is_prompt(&crate::text::strip_numbering(&joined)));
        if !asks || start == 0 || !is_blank(lines[start - 1]) {
            break;
        }
        paras.push((start, end));
    }
    // What comes before them: some answer, not a label announcing them.
    let first = paras.last()?.0;
    let &prev = rows.iter().rev().find(|&&i| i < first)?;
    let prev_t = trim(lines[prev]);
    let numbered = |i: usize| crate::outline::plain::numbering(trim(lines[i])).is_some();
    let fits = if paras.len() == 1 {
        // (Alone, only numbered, and not the next item of a numbered list above it.)
        numbered(first) && !numbered(prev)
    } else {
        paras.len() >= 2
    };
    let fenced = lines[prev..first]
        .iter()
        .any(|l| trim(l).starts_with("```"));
    if !fits || fenced || prev_t.ends_with([':', '：']) {
        return None;
    }
    let mut out = vec![cut_before(d, first)];
    for &(start, end) in paras.iter().rev() {
        let text: Vec<&str> = (start..=end).map(|i| trim(lines[i])).collect();
        let q = crate::text::strip_numbering(&text.join(" "));
        out.push(Draft::new(&d.topic, start..end + 1, q, Rule::Numbered));
    }
    Some(out)
}

/// `- ***偶极子在外电场中的行为***` alone at the end of a heading's answer, a blank line
/// before it and nothing after: a name the author set in bold as the next thing to write up,
/// left unwritten. A card not answered yet, about the heading's concept; the answer above
/// ends before it.
fn trailing_name(d: &Draft, lines: &[&str]) -> Option<Vec<Draft>> {
    if d.plain || d.inline.is_some() || !matches!(d.rule, Rule::Heading | Rule::HeadingParts) {
        return None;
    }
    // (Most answers end otherwise: look at the last line before reading the rest.)
    let last = d
        .body
        .iter()
        .rev()
        .flat_map(|r| (r.start..r.end.min(lines.len())).rev())
        .find(|&i| !is_blank(lines[i]))?;
    let t = bullet_text(lines[last])?.trim_end();
    if !t.ends_with("**") {
        return None;
    }
    let rows = body_rows(d, lines);
    let before = &rows[..rows.len() - 1];
    let name = ["***", "**"]
        .iter()
        .find_map(|m| t.strip_prefix(m)?.strip_suffix(m))?
        .trim();
    let s = super::shape::Shape::of(name);
    let fits = !before.is_empty()
        && is_blank(lines[last - 1])
        && super::lines::indent_width(lines[last]) == 0
        && !name.contains(['*', '`', '[', ':', '：'])
        // (A long line in Chinese, `接地的导体壳也能屏蔽内部电荷…的影响`, states a point.)
        && (2..=if name.is_ascii() { 40 } else { 16 }).contains(&crate::text::chars(name))
        && s.titled()
        && !s.sentence
        && !s.part
        && !s.remark
        && !s.clause
        // (A point made in bold, `**在大容量存储器中普遍采用双译码结构**`, is none.)
        && !super::shape::is_clause_zh(name)
        // (Not the last of a list of such items: `- **A**` over its text, then `- **B**`.)
        && !before.iter().any(|&i| bullet_text(lines[i]).is_some());
    fits.then(|| {
        // (About the heading's concept: that is its topic.)
        let name_card = Draft::new(
            &d.question,
            last..last + 1,
            name.to_string(),
            Rule::Explained,
        );
        vec![cut_before(d, last), name_card]
    })
}

/// `Q: Why variables are declared private?` at the margin inside a heading's answer, two or
/// more, each over an answer of its own: the author marked more questions there. Each is a
/// card; the heading's answer ends before the first.
fn marked_questions(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Option<Vec<Draft>> {
    if d.plain || d.inline.is_some() || !matches!(d.rule, Rule::Heading | Rule::HeadingParts) {
        return None;
    }
    let rows = body_rows(d, lines);
    let asked = |i: usize| -> Option<String> {
        let (m, _, at) = super::pairs::qa_marker(lines[i])?;
        let q = trim(&lines[i][at..]).trim_end_matches(['*', '_']).trim();
        (m == super::pairs::Marker::Q && !q.is_empty()).then(|| q.to_string())
    };
    // (Most answers hold none: look for the marks before tracking fences. Two that ask make
    // the marks questions; then `Q: Rules of Method Overloading` among them is one too.)
    rows.iter()
        .filter(|&&i| asked(i).is_some_and(|q| crate::text::is_question_like(&q)))
        .nth(1)?;
    let mut inside = false;
    let marked: Vec<(usize, String)> = rows
        .iter()
        .filter(|&&i| {
            let fence = trim(lines[i]).starts_with("```");
            let fenced = inside || fence;
            inside ^= fence;
            !fenced && !heads.contains(&i) && super::lines::indent_width(lines[i]) == 0
        })
        .filter_map(|&i| asked(i).map(|q| (i, q)))
        .collect();
    // (Answers marked `A:` make `Q:`/`A:` pairs, which the pair reader owns; inside a
    // heading that asks they are reported, not split.)
    let paired = rows.iter().any(|&i| {
        super::pairs::qa_marker(lines[i]).is_some_and(|(m, ..)| m == super::pairs::Marker::A)
    });
    if paired {
        return None;
    }
    let last = *rows.last()?;
    let answered = marked
        .iter()
        .enumerate()
        .filter(|(k, (i, _))| {
            let end = marked.get(k + 1).map_or(last + 1, |n| n.0);
            rows.iter().any(|&r| r > *i && r < end)
        })
        .count();
    if marked.len() < 2 || answered * 2 < marked.len() {
        return None;
    }
    let first = marked[0].0;
    let mut out = vec![cut_before(d, first)];
    for (k, (i, q)) in marked.iter().enumerate() {
        let end = marked.get(k + 1).map_or(last + 1, |n| n.0);
        let mut sub = Draft::new(&d.topic, *i..i + 1, q.clone(), Rule::SubQuestion);
        sub.body = std::iter::once(i + 1..end).collect();
        out.push(sub);
    }
    Some(out)
}

/// `d` with its answer ending before line `first`, where the questions found in it begin.
fn cut_before(d: &Draft, first: usize) -> Draft {
    let mut head = d.clone();
    head.body = d
        .body
        .iter()
        .filter(|r| r.start < first)
        .map(|r| r.start..r.end.min(first))
        .collect();
    head
}

/// Splits `d` at a run of sub-questions in its answer; returns the drafts that replace it.
pub fn split(d: Draft, lines: &[&str], heads: &std::collections::HashSet<usize>) -> Vec<Draft> {
    if let Some(out) = question_lines(&d, lines)
        .or_else(|| trailing_questions(&d, lines, heads))
        .or_else(|| marked_questions(&d, lines, heads))
        .or_else(|| trailing_name(&d, lines))
    {
        return out;
    }
    let [body] = d.body.as_slice() else {
        return vec![d];
    };
    let body: Range<usize> = body.start..body.end.min(lines.len());
    // Candidates: marker lines at the lowest indent among them, counting 1, 2, 3 … of one kind.
    // (The outline never reads numbering inside a `Q:` pair's answer: there `1. …?` over its
    // own answer is a sub-question too.)
    let digits = d.rule == Rule::QaPair;
    let mut run: Vec<(usize, &str)> = Vec::new();
    let mut kind = None;
    for i in body.clone() {
        let Some((n, letter, text)) = marker(lines[i], digits) else {
            continue;
        };
        if heads.contains(&i) {
            return vec![d];
        }
        if n == 1 && run.is_empty() {
            kind = Some(letter);
            run.push((i, text));
        } else if kind == Some(letter) && n as usize == run.len() + 1 {
            run.push((i, text));
        }
    }
    let Some(letter) = kind else {
        return vec![d];
    };
    let own = |k: usize| {
        let end = run.get(k + 1).map_or(body.end, |n| n.0);
        (run[k].0 + 1..end).filter(|&j| !is_blank(lines[j]))
    };
    // Each one asks, or is a statement answered true or false, and most have an answer of
    // their own below them.
    let asking = (0..run.len())
        .filter(|&k| asks(run[k].1, letter) || truth_value(own(k).map(|j| lines[j])))
        .count();
    let answered = (0..run.len()).filter(|&k| own(k).next().is_some()).count();
    if run.len() < 2 || asking < run.len() || answered * 2 < run.len() {
        return vec![d];
    }
    let mut out = Vec::with_capacity(run.len() + 1);
    for (k, &(i, text)) in run.iter().enumerate() {
        let end = run.get(k + 1).map_or(body.end, |n| n.0);
        let mut sub = Draft::new(&d.topic, i..i + 1, text.to_string(), Rule::SubQuestion);
        sub.body = std::iter::once(i + 1..end).collect();
        sub.plain = d.plain;
        sub.unquote = d.unquote;
        out.push(sub);
    }
    // The question above keeps its whole answer: the sub-questions and their answers are
    // what it asks for.
    out.insert(0, d);
    out
}

/// The text of a bullet line (`- `, `* `, `+ `), its marker off.
pub(super) fn bullet_text(line: &str) -> Option<&str> {
    trim(line)
        .strip_prefix(['-', '*', '+'])
        .filter(|r| r.starts_with([' ', '\t']))
        .map(str::trim_start)
}

/// A bullet's words without markup or a closing colon: `- **Russian plans**:` → `Russian
/// plans`.
fn bullet_name(line: &str) -> Option<String> {
    let plain = crate::text::plain_inline(bullet_text(line)?);
    Some(
        plain
            .trim()
            .trim_end_matches([':', '：'])
            .trim_end()
            .to_string(),
    )
}

/// A name of at most `words` plain Latin words (no markup, brackets or colon), no part of an
/// answer and no property.
fn plain_name(term: &str, words: usize) -> bool {
    !term.is_empty()
        && term.is_ascii()
        && term.chars().any(|c| c.is_ascii_alphabetic())
        && term.split_whitespace().count() <= words
        && !term.contains(['*', '`', '$', '[', '(', ':'])
        && !super::shape::is_part(term)
        && !super::shape::is_property(term)
}

/// Which names-before-a-colon reader took a run of nested terms, if any.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Colon {
    None,
    Cjk,
    Latin,
}

/// `* Authors: They are responsible for…`: a bullet naming a capitalised term in a word or
/// two, then a sentence about it; or a name set as code, `` * `Object`: … `` (see
/// [`code_named_term`]).
fn latin_colon_term(line: &str) -> Option<(&str, &str)> {
    code_named_term(line).or_else(|| colon_named_term(line))
}

/// `` * `Encapsulation and Data abstraction`: Wrapping up… ``, `` * `Data abstraction` –
/// providing only… ``: a bullet whose name, a few capitalised words, is one code span, then a
/// colon or a dash and a sentence about it. (A signature, `` `find(e)` ``, a path or an
/// option in lower case, `` `baseUrl` ``, documents an interface: no term.)
fn code_named_term(line: &str) -> Option<(&str, &str)> {
    let rest = bullet_text(line)?.strip_prefix('`')?;
    let (term, after) = rest.split_once('`')?;
    let def = after
        .trim_start()
        .strip_prefix([':', '：', '–', '—'])
        .or_else(|| after.strip_prefix(" - "))?
        .trim();
    (term.starts_with(|c: char| c.is_ascii_uppercase())
        && term.split_whitespace().count() <= 4
        && term
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '_' | '-'))
        && def.split_whitespace().count() >= 3
        && !crate::text::is_question_like(term))
    .then_some((term.trim(), def))
}

/// [`latin_colon_term`] for a name in plain words.
fn colon_named_term(line: &str) -> Option<(&str, &str)> {
    let (term, def) = bullet_text(line)?.split_once([':', ';'])?;
    let (term, def) = (term.trim(), def.trim());
    // (Not a symbol, `E: evidence`, `H1: …`: a word of three letters or more.)
    let worded = term
        .split_whitespace()
        .any(|w| w.chars().filter(char::is_ascii_alphabetic).count() >= 3);
    (plain_name(term, 2)
        && worded
        && term.starts_with(|c: char| c.is_ascii_uppercase())
        && def.split_whitespace().count() >= 3
        && !crate::text::is_question_like(term))
    .then_some((term, def))
}

/// A bold term item, or `- Materials: On top of…`: a name of a few plain words, a colon, a
/// definition in words.
fn bold_or_plain_term_item(line: &str) -> Option<(&str, &str)> {
    bold_term_item(line)
        .or_else(|| {
            let (term, def) = bullet_text(line)?.split_once(": ")?;
            (plain_name(term.trim(), 3) && def.split_whitespace().count() >= 2)
                .then_some((term.trim(), def.trim()))
        })
        .or_else(|| plain_dash_term(line))
}

/// `* 需求定理（law of demand）：在其他条件不变时…`: a term given with its English name in
/// brackets, then a colon and its definition. A term by its form alone, even by itself among
/// other points.
fn bilingual_term_item(line: &str) -> Option<(&str, &str)> {
    let t = bullet_text(line)?;
    let open = t.find(['（', '('])?;
    let name = t[..open].trim();
    let after = &t[open..];
    let close = after.find(['）', ')'])?;
    let english = after[..close].trim_start_matches(['（', '(']).trim();
    let rest = after[close..].trim_start_matches(['）', ')']).trim_start();
    let def = rest.strip_prefix(['：', ':'])?.trim();
    let cjk = name.chars().filter(|&c| crate::clean::is_cjk(c)).count();
    (cjk >= 2
        && crate::text::chars(name) <= 12
        && !name.contains(['，', '。', ',', '：', ':'])
        && english.starts_with(|c: char| c.is_ascii_alphabetic())
        && english.split_whitespace().count() <= 6
        && crate::text::chars(def) >= 4)
        .then(|| {
            (
                t[..open + close + after[close..].len() - rest.len()].trim(),
                def,
            )
        })
}

/// `1. **内模式**[物理模式]: 在物理层描述…`, `- **物理层**[physical level] : 最底层的抽象…`: an
/// item (bulleted or numbered) naming a term in bold, its other name in brackets, then a colon
/// and its definition. The other name marks a term, as in [`bilingual_term_item`], whatever
/// language the name is in. (Not its symbol, `**同态核** ($Ker f$)：…`: that is notation.)
fn bold_glossed_item(line: &str) -> Option<(&str, &str)> {
    if !line.contains("**") {
        return None;
    }
    let t = bullet_text(line).or_else(|| {
        let t = trim(line);
        let n = crate::outline::plain::numbering(t)?;
        Some(t[n.len..].trim_start())
    })?;
    let r = t.strip_prefix("**")?;
    let close = r.find("**")?;
    let name = r[..close].trim();
    let after = &r[close + 2..];
    let def = after[super::shape::glossed_colon(after)?..].trim();
    (!name.is_empty()
        && crate::text::chars(name) <= 12
        && !name.contains(['，', '。', ',', '：', ':', '*'])
        && crate::text::chars(def) >= 4)
        .then_some((name, def))
}

/// Reads a term item's line into (term, definition).
type TermReader = fn(&str) -> Option<(&str, &str)>;

/// `- Regression testing - ensures that changes…`: a name of a few words, a spaced dash, a
/// definition in words.
/// (One set in bold among them, `- **Enteric Nervous System** - network of…`, is one more;
/// so is a numbered name before a colon, `- 2.  Outtakes: ideas that did not make it…`.)
fn dash_term_item(line: &str) -> Option<(&str, &str)> {
    plain_dash_term(line)
        .or_else(|| bold_term_item(line))
        .or_else(|| numbered_colon_term(line))
        .or_else(|| gap_term_item(line))
}

/// `- Disable Interrupts      禁止中断.进入临界区后…`: an English name of a few words, a wide
/// gap (three spaces or more), its explanation in Chinese, as a glossary's columns set it.
/// (A translation alone, `- Transaction Support      事务支持`, explains nothing: the
/// explanation says something, a stop after the gloss or a sentence.)
fn gap_term_item(line: &str) -> Option<(&str, &str)> {
    let t = bullet_text(line)?;
    let (term, def) = t.split_once("   ")?;
    let (term, def) = (term.trim(), def.trim());
    let words = term.split_whitespace().count();
    ((1..=4).contains(&words)
        && term.starts_with(|c: char| c.is_ascii_uppercase())
        && !term.contains(crate::clean::is_cjk)
        && !term.contains([':', '：', '|', '`'])
        && def.contains(crate::clean::is_cjk)
        && def.contains(['.', '。']))
    .then_some((term, def))
}

/// `- 栈：LIFO`, `- 开放地址法：计算候补地址…`: a Chinese name of a few characters, a colon,
/// its definition. Read only in an outline concept's answer (under a question, or a heading,
/// such lines are the points of its answer), and not when the concept names it (`私有：…`
/// under `进程之间私有和共享的资源`: a part of its answer).
fn cjk_colon_term(line: &str) -> Option<(&str, &str)> {
    let t = bullet_text(line)?;
    // (The colon typed in ASCII right before the text, `定时删除:在设置…`, is the same
    // colon; `方向键上: 选择…`, spaced as in English, names a key, no term.)
    let (term, def) = t
        .split_once('：')
        .or_else(|| t.split_once(':').filter(|(_, d)| !d.starts_with(' ')))?;
    let (term, def) = (term.trim(), def.trim());
    // (Its other name in brackets, `高级调度（长程调度）`, is no part of its length.)
    let (core, gloss) = term
        .strip_suffix('）')
        .and_then(|t| t.rsplit_once('（'))
        .map_or((term, ""), |(c, g)| (c.trim_end(), g));
    // (A symbol set in math, `字母表$\Sigma$`, `$\Sigma^*$子集的闭包`, counts as one letter.)
    let flat = math_as_letters(core);
    let core: &str = &flat;
    let cjk = core.chars().filter(|&c| crate::clean::is_cjk(c)).count();
    // (A Latin name glossed in Chinese, `Allkeys-lru（最近最少使用）：…`, is one too.)
    let glossed = cjk == 0
        && !core.contains(char::is_whitespace)
        && (3..=20).contains(&core.len())
        && gloss.contains(crate::clean::is_cjk);
    (((cjk >= 1 && crate::text::chars(core) <= 8 && cjk * 2 >= crate::text::chars(core))
        || glossed)
        && !core.contains(['，', '。', ',', '*', '`', '[', ' ', '（', '）'])
        && !super::shape::is_part(core)
        && !super::shape::is_property(core)
        && !crate::text::is_question_like(core)
        // (`核心：…`, `重点性质：…`: what matters about the concept, no term of its own.)
        && !["核心", "重点", "关键", "注意"].iter().any(|w| core.starts_with(w))
        && !def.is_empty())
    .then_some((term, def))
}

/// `$\Sigma$上的字` → `x上的字`: each inline math span stands as one letter.
fn math_as_letters(t: &str) -> std::borrow::Cow<'_, str> {
    if t.matches('$').count() < 2 {
        return t.into();
    }
    let parts: Vec<&str> = t.split('$').collect();
    let mut out = String::with_capacity(t.len());
    for (k, part) in parts.iter().enumerate() {
        // (Odd parts sit between two dollars; a last odd part has no closing one.)
        match (k % 2 == 1, k + 1 < parts.len()) {
            (true, true) => out.push('x'),
            (true, false) => {
                out.push('$');
                out.push_str(part);
            }
            _ => out.push_str(part),
        }
    }
    out.into()
}

/// `- 1.  Distilled notes: books you have read and distilled`, or `- 3.  Work-in-process:`
/// over its points: a numbered name of a few plain words, a colon, its definition (or
/// nothing, its points nested under it).
fn numbered_colon_term(line: &str) -> Option<(&str, &str)> {
    let t = bullet_text(line)?;
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = t[digits..].strip_prefix(['.', ')'])?;
    if digits == 0 || digits > 2 || !rest.starts_with(' ') {
        return None;
    }
    let (term, def) = match rest.split_once(": ") {
        Some(p) => p,
        None => (rest.trim_end().strip_suffix(':')?, ""),
    };
    let (term, def) = (term.trim(), def.trim());
    (plain_name(term, 4) && (def.is_empty() || def.split_whitespace().count() >= 2))
        .then_some((term, def))
}

fn plain_dash_term(line: &str) -> Option<(&str, &str)> {
    let t = bullet_text(line)?;
    let (term, def) = [" - ", " – ", " — "].iter().find_map(|d| t.split_once(d))?;
    let (term, def) = (term.trim(), def.trim());
    (plain_name(term, 4) && def.split_whitespace().count() >= 3).then_some((term, def))
}

/// `- **Best Case** - revenues high and costs low`: a bullet that defines the term it sets in
/// bold, a dash or a colon before the definition. The term and the definition.
pub(crate) fn bold_term_item(line: &str) -> Option<(&str, &str)> {
    bold_term_text(bullet_text(line)?)
}

/// [`bold_term_item`] for the bullet's text, its marker already gone (a node's title).
pub(crate) fn bold_term_text(t: &str) -> Option<(&str, &str)> {
    let r = t.strip_prefix("**")?;
    let close = r.find("**")?;
    let term = r[..close].trim().trim_end_matches([':', '：']).trim();
    let after = r[close + 2..].trim_start();
    // (Or, in English, a definition that starts over after the name: `- **Relationship Set**
    // Collection of similar relationships.`)
    let restarts = || {
        let words = after.split_whitespace().count();
        (after.starts_with(|c: char| c.is_ascii_uppercase())
            && words >= 2
            && term.split_whitespace().count() <= 4)
            .then_some(after)
    };
    // (Or a comma and what it is for or is, `- **SecurityContext**, to hold the
    // Authentication…`, `**Kafka**, a distributed log`; not `**X**, typically can be…`.)
    let def = after
        .strip_prefix(['-', '–', '—', ':', '：'])
        .or_else(|| super::shape::comma_gloss(after))
        .or_else(|| {
            r[..close]
                .trim_end()
                .ends_with([':', '：'])
                .then_some(after)
        })
        .or_else(restarts)?
        .trim();
    // (English notes set the term they define in bold; Chinese notes bold the steps and
    // aspects of one answer, `**用户提交**：…`, which are no terms.)
    let named = !term.is_empty()
        && term.is_ascii()
        && term.chars().any(|c| c.is_ascii_alphabetic())
        && crate::text::chars(term) <= 40
        && !term.contains("**")
        && !super::shape::is_part(term)
        && !super::shape::is_property(term);
    (named && crate::text::chars(def) >= 2).then_some((term, def))
}

/// The non-blank lines of a card's answer, in order.
fn body_rows(d: &Draft, lines: &[&str]) -> Vec<usize> {
    d.body
        .iter()
        .flat_map(|r| r.start..r.end.min(lines.len()))
        .filter(|&i| !is_blank(lines[i]))
        .collect()
}

/// Words that set two things side by side (`区别`, `对比`, ` vs`): a question holding one
/// asks to compare, and the things it names are the sides of one answer.
pub const COMPARING: &[&str] = &["区别", "不同", "对比", "比较", "异同", " vs"];

/// `What are the five V's of Big Data?`, `benefits of Kafka over…`, `有哪些特性`: a question
/// that asks for several things, whose answer lists them.
fn asks_for_list(q: &str) -> bool {
    const WORDS: &[&str] = &[
        "what are",
        "which are",
        "benefit",
        "advantage",
        "types of",
        "kinds of",
        "components",
        "features",
        "哪些",
        "几种",
        "哪几",
        "优点",
        "优势",
        "特性",
        "特点",
        // (A comparison's answer names the sides it compares, [`COMPARING`]: `MyISAM` and
        // `InnoDB` under `聚簇索引和非聚簇索引有什么区别？`.)
        "difference",
        "versus",
    ];
    const COUNTS: &[&str] = &[
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ];
    let q = crate::text::plain_inline(q).to_lowercase();
    // (`List the IP Address and its Types and Classes`: a list, by its first word.)
    q.starts_with("list ")
        || WORDS.iter().chain(COMPARING).any(|w| q.contains(w))
        || q.split(|c: char| !c.is_alphanumeric())
            .any(|w| COUNTS.contains(&w) || w.len() == 1 && w.chars().all(|c| c.is_ascii_digit()))
}

/// `### Example: E-commerce Company` or `Key Features:` right above a run of terms, inside an
/// answer: the run is that part's points (the example's steps, the features listed), no
/// glossary.
fn under_part(before: &[usize], lines: &[&str]) -> bool {
    let part = |t: &str| {
        let t = crate::text::plain_inline(t.trim_start_matches('#').trim());
        let t = t.trim_end_matches([':', '：', ' ']);
        super::shape::is_part(t)
            || t.split_once([':', '：'])
                .is_some_and(|(head, _)| super::shape::is_part(head.trim()))
    };
    let Some(&last) = before.last() else {
        return false;
    };
    let above = trim(lines[last]);
    let label = above.ends_with([':', '：']) && bullet_text(lines[last]).is_none();
    label && part(above)
        || before
            .iter()
            .rev()
            .map(|&i| trim(lines[i]))
            .find(|t| t.starts_with('#'))
            .is_some_and(part)
}

/// Terms defined in bold inside an answer (`- **Best Case** - …` / `- **Base Case** - …`
/// under `#### Scenario Analysis`), two or more in one list, are cards of their own, each
/// answered by its definition and the lines nested under it. The card above keeps its whole
/// answer, as it does for sub-questions.
pub fn nested_terms(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    let indent = |i: usize| super::lines::indent_width(lines[i]);
    let rows = body_rows(d, lines);
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let asks = std::cell::OnceCell::new();
    let asks = || *asks.get_or_init(|| crate::text::is_question_like(&d.question));
    // (Under a question that asks for a list, `what are five V's of Big Data?`, `benefits of
    // Kafka`, the bold names are what it asks for: its answer, no cards.)
    let listed = std::cell::OnceCell::new();
    let listed = || *listed.get_or_init(|| asks() && asks_for_list(&d.question));
    // (A concept heading's own terms are about it, as the runs below are; not a part's name,
    // `### 性质`, which names no subject.)
    let concept = std::cell::OnceCell::new();
    let concept = || -> &str {
        concept.get_or_init(|| {
            let named = matches!(d.rule, Rule::Heading | Rule::HeadingParts)
                && !asks()
                && !super::shape::ends_in_part(&d.question)
                && !super::shape::is_property(&d.question);
            if named {
                d.question.trim_start_matches('#').trim()
            } else {
                &d.topic
            }
        })
    };
    // Rows already in a run: the terms under them may form runs of their own
    // (`**Oligodendroglia**` over `**Nodes of Ranvier**`), the run is not read again.
    let mut in_run = std::collections::HashSet::new();
    let mut k = 0;
    while k < rows.len() {
        let i = rows[k];
        if in_run.contains(&k) {
            k += 1;
            continue;
        }
        // (Under a question asking for a list, `有哪些事件类型？`, they are what it asks for.)
        if let Some((term, def)) = bilingual_term_item(lines[i])
            .or_else(|| bold_glossed_item(lines[i]))
            .filter(|_| !heads.contains(&i) && !listed())
        {
            let kids: Vec<usize> = rows[k + 1..]
                .iter()
                .copied()
                .take_while(|&j| indent(j) > indent(i))
                .collect();
            if seen.insert(term.to_lowercase()) {
                let mut sub = Draft::new(concept(), i..i + 1, term.to_string(), Rule::Term);
                sub.inline = Some(def.to_string());
                if let (Some(&a), Some(&b)) = (kids.first(), kids.last()) {
                    sub.body = std::iter::once(a..b + 1).collect();
                }
                sub.plain = d.plain;
                out.push(sub);
            }
            k += 1;
            continue;
        }
        // (Bold names, or names set off by a spaced dash: `- Smoke testing - is used to…`,
        // three or more of those under a concept, a glossary by its form alone. Under a
        // question, `* running - currently executed on CPU` and its siblings answer it.)
        // (Among bold names, one the author left plain, `- Materials: On top of…`, is one
        // more of them.)
        let bolds = bold_term_item(lines[i]).is_some();
        if bolds && listed() {
            k += 1;
            continue;
        }
        let heading = matches!(d.rule, Rule::Heading | Rule::HeadingParts);
        // (Which reader, how many terms it takes, and whether it reads names before colons:
        // a run of those under a concept heading is about that concept.)
        let (read, least, colon): (TermReader, usize, Colon) = if bolds {
            (bold_or_plain_term_item, 2, Colon::None)
        } else if asks() {
            (bold_term_item, usize::MAX, Colon::None)
        } else if (heading || d.rule == Rule::Explained)
            && !crate::text::is_prompt(&d.question)
            // (Not under a part, `### 优缺点 and 对模型的影响`: `欠采样:…` is one side's.)
            && !d.question.split_whitespace().next().is_some_and(super::shape::is_part)
            && cjk_colon_term(lines[i]).is_some_and(|(t, _)| !d.question.contains(t))
        {
            // (Under a concept heading, three or more: `- 静态类型：…` `- 动态类型：…`
            // under `### 静态绑定和动态绑定`.)
            let least = if d.rule == Rule::Explained { 2 } else { 3 };
            (cjk_colon_term, least, Colon::Cjk)
        } else if heading
            && !crate::text::is_prompt(&d.question)
            && latin_colon_term(lines[i]).is_some()
        {
            // (So, in English, are `* Authors: …` `* Inspector: …` `* Scribe: …`, the roles
            // under `## Software Inspections`.)
            (latin_colon_term, 3, Colon::Latin)
        } else {
            (dash_term_item, 3, Colon::None)
        };
        if read(lines[i]).is_none() || heads.contains(&i) {
            k += 1;
            continue;
        }
        // The run: items at this indentation, deeper lines (their children) between them.
        let level = indent(i);
        let mut run = vec![k];
        let mut j = k + 1;
        while j < rows.len() && indent(rows[j]) >= level {
            if indent(rows[j]) == level {
                if read(lines[rows[j]]).is_none() || heads.contains(&rows[j]) {
                    break;
                }
                run.push(j);
            }
            j += 1;
        }
        let bold = run
            .iter()
            .filter(|&&at| bold_term_item(lines[rows[at]]).is_some())
            .count();
        // (A lone term over lines of its own, `**Patellar Stretch Reflex** - …` over a whole
        // glossary, is no run: the terms nested under it may be.)
        // (Alone in a concept heading's answer, a term the author defines in bold, `- **Nerve
        // net** - Networks of interconnected neurons…`, is still a card of its own.)
        let lone = bolds && run.len() == 1 && !asks() && d.rule == Rule::Heading;
        // (Under a heading, `…的主要特征如下：` over the run announces points of its answer.)
        let announced = heading && colon == Colon::Cjk && k > 0 && {
            // (Or names them, `哨兵的结构和作用：监控、选主、通知`, or asks for them.)
            let before = trim(lines[rows[k - 1]]);
            // (Not `基本概念：`, `Key terms:`: a glossary's name announces terms.)
            let glossary = super::shape::is_glossary_name(
                crate::text::plain_inline(before).trim_end_matches([':', '：']),
            );
            !glossary && (before.contains([':', '：']) || crate::text::is_question_like(before))
        };
        if announced {
            // (The whole run is those points, not its tail.)
            in_run.extend(run.iter().copied());
            k += 1;
            continue;
        }
        // (`- **S**：…` `- **T**：…` `- **A**：…` `- **R**：…` under `## STAR 自陈`: a legend
        // of the letters, part of the answer.)
        let names: Vec<&str> = run
            .iter()
            .filter_map(|&at| read(lines[rows[at]]).map(|(t, _)| t))
            .collect();
        if super::shape::is_legend(&names) || under_part(&rows[..k], lines) {
            in_run.extend(run.iter().copied());
            k += 1;
            continue;
        }
        if !lone && (run.len() < least || bolds && bold < 2) {
            k += 1;
            continue;
        }
        // (Terms of a concept heading's own list, the roles under `## Software Inspections`,
        // are about that concept: it is their topic, as it is of its sub-headings.)
        let topic: &str = if heading && colon != Colon::None {
            &d.question
        } else {
            &d.topic
        };
        for (n, &at) in run.iter().enumerate() {
            let line = rows[at];
            let (term, def) = read(lines[line]).expect("in the run");
            // (Named again further down, in the answer's example, `- **Big-Endian**:
            // Stored as 4F 52`, it is the same term: its first definition is the card.)
            if !seen.insert(term.to_lowercase()) {
                continue;
            }
            let next = run.get(n + 1).map_or(j, |&x| x);
            let mut sub = Draft::new(topic, line..line + 1, term.to_string(), Rule::Term);
            sub.inline = Some(def.to_string());
            let kids = rows[at + 1..next].to_vec();
            if let (Some(&a), Some(&b)) = (kids.first(), kids.last()) {
                sub.body = std::iter::once(a..b + 1).collect();
            }
            sub.plain = d.plain;
            out.push(sub);
        }
        in_run.extend(run.iter().copied());
        k += 1;
    }
    out
}

/// `* 1871 German unification` over the facts nested under it, deep in a concept's answer in
/// an outline: a bullet naming something, with its explanation nested under it, beside
/// another such bullet, is a card of its own, as a sub-heading with text would be. Its topic
/// is the bullet it sits under (or the card above). The card above keeps its whole answer.
pub fn nested_concepts(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    // (Only in an outline: under a bullet that is a card itself. Under a heading, bullets
    // with points nested under them are the points of its answer.)
    let outline = lines
        .get(d.head.start)
        .is_some_and(|l| bullet_text(l).is_some());
    if !outline || crate::text::is_question_like(&d.question) {
        return Vec::new();
    }
    let indent = |i: usize| super::lines::indent_width(lines[i]);
    let rows = body_rows(d, lines);
    // Each row's parent: the nearest row above it that is less indented.
    let mut parent: Vec<Option<usize>> = Vec::with_capacity(rows.len());
    let mut stack: Vec<usize> = Vec::new();
    for (k, &i) in rows.iter().enumerate() {
        while stack.last().is_some_and(|&p| indent(rows[p]) >= indent(i)) {
            stack.pop();
        }
        parent.push(stack.last().copied());
        stack.push(k);
    }
    let name = |k: usize| -> Option<String> {
        let i = rows[k];
        // (Bullets nested under it: a deeper line that is no bullet continues its block.)
        let explained = rows
            .get(k + 1)
            .is_some_and(|&j| indent(j) > indent(i) && bullet_text(lines[j]).is_some());
        let name = bullet_name(lines[i])?;
        let q = name.as_str();
        let named = explained
            && !heads.contains(&i)
            && bold_term_item(lines[i]).is_none()
            && !q.is_empty()
            && !q.starts_with([':', '：', ',', '，'])
            && !q.contains(['$', '#'])
            && !q.contains("::")
            && crate::text::chars(q) <= 60
            && q.split_whitespace().count() <= 8
            // (`In muscle, stretch is detected by sensory neuron`: a clause after a comma
            // states; it names nothing.)
            && !q.split_once(", ").is_some_and(|(_, rest)| {
                rest.split_whitespace()
                    .any(|w| matches!(w, "is" | "are" | "was" | "were"))
            })
            && !q.ends_with(['.', '。', ',', '，', ';', '；', '?', '？'])
            && !super::shape::is_part(q)
            && !super::shape::is_property(q);
        named.then_some(name)
    };
    let names: Vec<Option<String>> = (0..rows.len()).map(name).collect();
    // Named bullets under each parent (slot 0: the answer's margin, no parent).
    let slot = |k: usize| parent[k].map_or(0, |p| p + 1);
    let mut count = vec![0usize; rows.len() + 1];
    for k in 0..rows.len() {
        // (A term defined in bold on its line is one more of them.)
        if names[k].is_some() || bold_term_item(lines[rows[k]]).is_some() {
            count[slot(k)] += 1;
        }
    }
    // (Not the points a line announces, `personal life could include:` over `- people you
    // are responsible for:`, nor what an example or another part of an answer holds.)
    let text = |k: usize| crate::text::plain_inline(trim(lines[rows[k]]));
    let announced = |k: usize| {
        let mut p = parent[k];
        if p.is_some_and(|p| text(p).trim_end().ends_with([':', '：'])) {
            return true;
        }
        while let Some(a) = p {
            let t = bullet_name(lines[rows[a]]).unwrap_or_else(|| text(a));
            let t = t.trim();
            if super::shape::is_part(t)
                || super::shape::is_part(t.split_whitespace().next().unwrap_or(""))
            {
                return true;
            }
            p = parent[a];
        }
        false
    };
    let mut out = Vec::new();
    for k in 0..rows.len() {
        let Some(q) = &names[k] else { continue };
        if count[slot(k)] < 3 || announced(k) {
            continue;
        }
        let i = rows[k];
        let kids: Vec<usize> = rows[k + 1..]
            .iter()
            .copied()
            .take_while(|&j| indent(j) > indent(i))
            .collect();
        // (Its topic: the bullet it sits under when that names something, or the card above.)
        let topic = parent[k]
            .and_then(|p| bullet_name(lines[rows[p]]))
            .map(|t| t.trim_start_matches('#').trim().to_string())
            .filter(|t| {
                !t.is_empty()
                    && !t.contains('$')
                    && crate::text::chars(&super::shape::strip_enclosed(t)) <= 40
                    && !t.ends_with(['.', '。', '；', ';', '，', ','])
            })
            .unwrap_or_else(|| {
                // (The card above by its name: `Nationalism`, not its definition; or, when it
                // has no short name, the card's own topic.)
                let q = &d.question;
                let name = super::shape::term_split(q).map_or(q.as_str(), |at| &q[..at]);
                let name = crate::text::clean_question(name);
                let name = name.trim_end_matches(['-', '>', '=', '→', ' ']);
                if name.is_empty() || crate::text::chars(name) > 40 {
                    d.topic.clone()
                } else {
                    name.to_string()
                }
            });
        let mut sub = Draft::new(&topic, i..i + 1, q.clone(), Rule::Explained);
        sub.body = std::iter::once(kids[0]..kids[kids.len() - 1] + 1).collect();
        sub.plain = d.plain;
        out.push(sub);
    }
    out
}

/// `- 鎖骨與肩胛骨以何種構造形成關節` over `- Acromion 肩峰突`, deep in an outline item's
/// answer: a bullet that asks outright, with its own answer nested under it, is a card of its
/// own (the exam question the author noted beside the facts). The card above keeps its whole
/// answer, as it does for sub-questions.
pub fn nested_questions(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    let indent = |i: usize| super::lines::indent_width(lines[i]);
    let rows = body_rows(d, lines);
    let item = |i: usize| bullet_text(lines[i]).map(str::trim_end);
    let mut out = Vec::new();
    for (k, &i) in rows.iter().enumerate() {
        let Some(text) = item(i).filter(|_| !heads.contains(&i)) else {
            continue;
        };
        let kids: Vec<usize> = rows[k + 1..]
            .iter()
            .copied()
            .take_while(|&j| indent(j) > indent(i))
            .collect();
        // (A question mark or an exam's written question word: `沿路计算哪一个位置的距离
        // 更近，则和它交换` is a step, and `语义：即需要发出何种控制信息` a definition.)
        // (Or a question by its grammar: `why can't I return the token`.)
        let asks = (trim(text).ends_with(['?', '？'])
            || crate::text::asks_in_writing(text)
            || crate::text::asks_in_english(&crate::text::plain_inline(text)))
            && super::shape::term_split(text).is_none();
        if !asks || kids.is_empty() || crate::text::chars(text) > 150 {
            continue;
        }
        // (Under `#### Example resources`, questions show what the answer holds: examples,
        // not questions of their own.)
        let parent = rows[..k].iter().rev().find(|&&j| indent(j) < indent(i));
        let example = parent.is_some_and(|&j| {
            let t = bullet_text(lines[j]).unwrap_or(lines[j]);
            super::shape::is_example(
                trim(t)
                    .trim_start_matches('#')
                    .trim_end_matches([':', '：']),
            )
        });
        // (Nor beside `Def`, `How it works`, `Advantages`: then `Why ICMP exists` is one
        // more part of the answer above.)
        let start = parent.map_or(0, |&j| rows.iter().position(|&r| r == j).unwrap_or(0) + 1);
        let beside_parts = rows[start..]
            .iter()
            .take_while(|&&j| parent.is_none_or(|&p| indent(j) > indent(p)))
            .filter(|&&j| j != i && indent(j) == indent(i))
            .filter_map(|&j| item(j))
            .any(|t| {
                super::shape::is_part(
                    crate::text::plain_inline(t).trim_end_matches([':', '：', ' ']),
                )
            });
        if example || beside_parts {
            continue;
        }
        let q = crate::text::plain_inline(text);
        let mut sub = Draft::new(&d.topic, i..i + 1, q, Rule::SubQuestion);
        sub.body = std::iter::once(kids[0]..kids[kids.len() - 1] + 1).collect();
        sub.plain = d.plain;
        out.push(sub);
    }
    out
}

/// `Explain:`, `What's the difference between`: a prompt that names nothing to explain; the
/// items under it do (`scope`, `var VS const VS let`).
fn open_prompt(q: &str) -> bool {
    let t = crate::text::plain_inline(q);
    // (A word in capitals, `- DESCRIBE` over its points, names a step of a method: no
    // prompt.)
    if t.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
    {
        return false;
    }
    let t = t
        .trim()
        .trim_end_matches([':', '：', '.', '…'])
        .trim()
        .to_lowercase();
    [
        "explain",
        "describe",
        "define",
        "compare",
        "what's the difference between",
        "what is the difference between",
        "what are the differences between",
        "difference between",
        "explain the following",
        "define the following",
        "解释",
        "解释下列名词",
        "简述",
        "比较",
        "区别",
    ]
    .contains(&t.as_str())
}

/// A list item's text, bulleted (`- scope`) or numbered (`1. scope`).
fn item_text(line: &str) -> Option<&str> {
    bullet_text(line).or_else(|| {
        let t = trim(line);
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        let rest = t[digits..].strip_prefix(['.', ')'])?;
        (digits > 0 && rest.starts_with([' ', '\t'])).then(|| rest.trim_start())
    })
}

/// `5. Explain:` over `1. scope` `2. var VS const VS let`, each over its own answer: the
/// prompt names nothing, so each item under it is the question asked (`Explain: scope`), a
/// card of its own. The prompt keeps its whole answer, as a question keeps its sub-questions.
pub fn prompted_items(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    if !open_prompt(&d.question) {
        return Vec::new();
    }
    let indent = |i: usize| super::lines::indent_width(lines[i]);
    let rows = body_rows(d, lines);
    let Some(margin) = rows.iter().map(|&i| indent(i)).min() else {
        return Vec::new();
    };
    let items: Vec<usize> = (0..rows.len())
        .filter(|&k| indent(rows[k]) == margin && item_text(lines[rows[k]]).is_some())
        .collect();
    if items.len() < 2 || items.len() * 2 < rows.iter().filter(|&&i| indent(i) == margin).count() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &k in &items {
        let i = rows[k];
        let Some(text) = item_text(lines[i]).filter(|_| !heads.contains(&i)) else {
            continue;
        };
        let kids: Vec<usize> = rows[k + 1..]
            .iter()
            .copied()
            .take_while(|&j| indent(j) > margin)
            .collect();
        let q = crate::text::plain_inline(text);
        let mut sub = Draft::new(&d.topic, i..i + 1, q, Rule::SubQuestion);
        if let (Some(&a), Some(&b)) = (kids.first(), kids.last()) {
            sub.body = std::iter::once(a..b + 1).collect();
        }
        sub.plain = d.plain;
        out.push(sub);
    }
    out
}

/// `What is the need of Immutable object?` as a paragraph of its own inside a block set
/// apart by rules, over the lines that answer it: a question the author wrote into the block,
/// a card of its own up to the next such question. The block's card keeps its whole text.
pub fn asked_in_block(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    // (In any other answer, only a question set in bold as a paragraph of its own,
    // `**是否使用过Redis集群，原理是什么？**`: the author's next question, written inside.)
    let bold_only = d.rule != Rule::Separated;
    // (Most answers hold no bold at all: nothing to look for.)
    // (An Obsidian highlight, `==What is WSGI ?==`, sets a line off as bold does.)
    let bold = |r: &std::ops::Range<usize>| {
        lines
            .get(r.start..r.end.min(lines.len()))
            .is_some_and(|ls| ls.iter().any(|l| l.contains("**") || l.contains("==")))
    };
    let highlighted = |t: &str| t.len() > 4 && t.starts_with("==") && t.ends_with("==");
    if bold_only && !d.body.iter().any(bold) {
        return Vec::new();
    }
    let rows = body_rows(d, lines);
    let Some(margin) = rows
        .iter()
        .map(|&i| super::lines::indent_width(lines[i]))
        .min()
    else {
        return Vec::new();
    };
    let asks = |i: usize| {
        let t = trim(lines[i]);
        super::lines::indent_width(lines[i]) == margin
            && i > 0
            && is_blank(lines[i - 1])
            && !heads.contains(&i)
            && crate::text::chars(t) <= 150
            && if bold_only {
                (super::shape::is_bold(t) || highlighted(t))
                    && crate::text::plain_inline(t)
                        .trim_end()
                        .ends_with(['?', '？'])
                    && lines.get(i + 1).is_some_and(|l| is_blank(l))
            } else {
                (t.ends_with(['?', '？']) || crate::text::asks_in_writing(t))
                    && super::shape::term_split(t).is_none()
            }
    };
    let starts: Vec<usize> = (0..rows.len()).filter(|&k| asks(rows[k])).collect();
    let mut out = Vec::new();
    for (n, &k) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(rows.len());
        let answer = &rows[k + 1..end];
        let (Some(&a), Some(&b)) = (answer.first(), answer.last()) else {
            continue;
        };
        let i = rows[k];
        let q = crate::text::plain_inline(trim(lines[i]));
        let mut sub = Draft::new(&d.topic, i..i + 1, q, Rule::SubQuestion);
        sub.body = std::iter::once(a..b + 1).collect();
        sub.plain = d.plain;
        out.push(sub);
    }
    out
}

/// `[!Question] 黑白打印机为什么可以打出灰度图像？` (a MkDocs `??? Question "…"` box, as the
/// cleaner writes it): a box of the question kind whose title asks.
fn question_box(t: &str) -> Option<String> {
    let rest = t.trim().strip_prefix("[!")?;
    let (kind, title) = rest.split_once(']')?;
    let title = title.trim_start_matches(['+', '-']).trim();
    (["question", "faq", "问题"].contains(&kind.trim().to_lowercase().as_str())
        && (title.ends_with(['?', '？']) || crate::text::is_question_like(title)))
    .then(|| title.to_string())
}

/// `>[!What kind of concurrency is requesting a web-page?]` over `> hidden`, inside an
/// answer: a callout whose title is a question, its quoted lines the answer, is a card of its
/// own, about what the answer explains. (Or a [`question_box`].)
pub fn callout_questions(
    d: &Draft,
    lines: &[&str],
    heads: &std::collections::HashSet<usize>,
) -> Vec<Draft> {
    let quoted = |i: usize| trim(lines[i]).strip_prefix('>').map(str::trim_start);
    // (Most answers hold no callout: nothing to look for.)
    let callout = |r: &std::ops::Range<usize>| {
        lines
            .get(r.start..r.end.min(lines.len()))
            .is_some_and(|ls| ls.iter().any(|l| l.contains("[!")))
    };
    if !d.body.iter().any(callout) {
        return Vec::new();
    }
    let rows = body_rows(d, lines);
    let topic = if matches!(d.rule, Rule::Heading | Rule::HeadingParts) {
        d.question.trim_start_matches('#').trim()
    } else {
        &d.topic
    };
    let mut out = Vec::new();
    for (k, &i) in rows.iter().enumerate() {
        let Some(q) = quoted(i)
            .filter(|_| !heads.contains(&i))
            .and_then(|t| crate::markdown::callout_question(t).or_else(|| question_box(t)))
        else {
            continue;
        };
        let answer: Vec<usize> = rows[k + 1..]
            .iter()
            .copied()
            .take_while(|&j| quoted(j).is_some_and(|t| !t.starts_with("[!")))
            .collect();
        let (Some(&a), Some(&b)) = (answer.first(), answer.last()) else {
            continue;
        };
        let mut sub = Draft::new(topic, i..i + 1, q, Rule::SubQuestion);
        sub.body = std::iter::once(a..b + 1).collect();
        sub.plain = d.plain;
        out.push(sub);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markers() {
        assert_eq!(
            marker("    a. What is i?", false),
            Some((1, true, "What is i?"))
        );
        assert_eq!(marker("(b) Why?", false), Some((2, true, "Why?")));
        assert_eq!(marker("（2）为什么？", false), Some((2, false, "为什么？")));
        assert_eq!(marker("1. 步骤", false), None);
        assert_eq!(marker("1. 步骤", true), Some((1, false, "步骤")));
        assert_eq!(marker("apple pie", false), None);
    }
}
