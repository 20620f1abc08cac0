//! Heading rules: decide which heading level holds topics and which holds questions.
//!
//! Rules, in the order they apply:
//! - `title-heading`: a lone top heading whose children have children of their own is the
//!   document's title, not a topic (`# 入职考试` above `## 一、基础知识` above `### 1、…`).
//! - `topic-heading`: a top section with sub-sections is a topic; its children are questions.
//! - `grouping-heading`: a child with no text of its own, no numbering, not phrased as a
//!   question and with two or more children only groups them: they become the questions.
//! - `grouping-heading` (inline form): a plain sub-heading whose text opens with inline
//!   questions only groups them; those cards take the sub-heading as their topic. Two or more
//!   explicit pairs (`Q:`/`A:`, `问：`/`答：`, `<details>`, callouts) make a group even under a
//!   numbered heading (`## 1. Basics`).
//! - `structural-heading`: `目录`, `参考资料`, `总结`… organise a document and are skipped.
//! - `heading`: any other child is a question; its text *and its sub-headings* are the answer.
//! - Leaf top sections: if inline rules find cards in them they are topics; else, in a file of
//!   only leaf headings, each heading is a question under the file's topic.

use super::{body_cards, Ctx, RawCard};
use crate::outline::Section;
use crate::text::{is_numbered, is_question_like};

pub fn extract(ctx: &Ctx) -> Vec<RawCard> {
    let mut cards = Vec::new();
    // Text before the first heading belongs to the file topic.
    cards.extend(body_cards(
        ctx,
        0,
        ctx.outline.preamble_end,
        &ctx.file_topic,
    ));

    let roots = top_sections(&ctx.outline.sections);
    let any_topic = roots.iter().any(|s| !s.children.is_empty());
    for root in roots {
        if !root.children.is_empty() {
            let topic = root.title.clone();
            cards.extend(body_cards(ctx, root.body_start, root.own_end, &topic));
            for child in &root.children {
                questions(ctx, child, &root.children, &topic, &mut cards);
            }
            continue;
        }
        // A leaf top section: a topic holding inline questions, or itself a question.
        let inner = body_cards(ctx, root.body_start, root.end, &root.title);
        if !inner.is_empty() {
            cards.extend(inner);
        } else if (any_topic && !is_question_like(&root.title)) || is_structural(&root.title) {
            // Beside real topics, a plain leaf heading is an empty topic (`# istio`) or an
            // introduction, not a question.
        } else {
            cards.push(card_from_section(ctx, root, &ctx.file_topic, "heading"));
        }
    }
    cards
}

/// Rule `title-heading`: skip a lone top heading above the real topics.
fn top_sections(sections: &[Section]) -> &[Section] {
    if let [only] = sections {
        // Its children are topics when they hold sections of their own and are not
        // themselves questions (`## 什么是 GMP？` with sub-headings is a question).
        let parents: Vec<&Section> = only
            .children
            .iter()
            .filter(|c| !c.children.is_empty())
            .collect();
        let topics = parents.iter().filter(|c| !is_question_like(&c.title));
        if !parents.is_empty() && topics.count() * 2 >= parents.len() {
            return &only.children;
        }
    }
    sections
}

/// Rules `grouping-heading` and `heading` for one child of a topic.
fn questions(ctx: &Ctx, s: &Section, siblings: &[Section], topic: &str, out: &mut Vec<RawCard>) {
    if is_grouping(ctx, s, siblings) {
        for c in &s.children {
            questions(ctx, c, &s.children, topic, out);
        }
        return;
    }
    if let Some(inner) = inline_group(ctx, s) {
        out.extend(inner);
        for c in &s.children {
            questions(ctx, c, &s.children, &s.title, out);
        }
        return;
    }
    if is_structural(&s.title) {
        return; // `## 目录`, `## 参考资料`, `## 总结`: parts of a document, not questions
    }
    out.push(card_from_section(ctx, s, topic, "heading"));
}

/// Rule `structural-heading`: headings that organise a document rather than ask anything.
pub fn is_structural(title: &str) -> bool {
    const NAMES: &[&str] = &[
        "目录",
        "前言",
        "引言",
        "序言",
        "简介",
        "参考",
        "参考资料",
        "参考文献",
        "参考链接",
        "相关链接",
        "延伸阅读",
        "扩展阅读",
        "总结",
        "小结",
        "附录",
        "写在前面",
        "写在最后",
        "更新日志",
        "致谢",
        "toc",
        "table of contents",
        "contents",
        "references",
        "reference",
        "links",
        "further reading",
        "summary",
        "introduction",
        "intro",
        "preface",
        "appendix",
        "changelog",
        "see also",
    ];
    // Cleaning only removes numbering and markup, so the title must contain a name: a quick
    // substring test spares cleaning every question heading (this runs once per heading).
    let lower = title.to_ascii_lowercase();
    if !NAMES.iter().any(|n| lower.contains(n)) {
        return false;
    }
    let t = crate::text::clean_question(title).to_lowercase();
    let t = t.trim_end_matches([':', '：']).trim();
    NAMES.contains(&t)
}

/// Rule `grouping-heading`, inline form: a plain sub-heading (`## 调度`) whose text opens
/// with two or more inline questions (bullets, `Q:`, bold, `<details>`) groups them.
fn inline_group(ctx: &Ctx, s: &Section) -> Option<Vec<RawCard>> {
    if is_question_like(&s.title) {
        return None;
    }
    let first = (s.body_start..s.own_end).find(|&l| !ctx.is_blank(l))?;
    // The cards sit in this section, so it is their topic.
    let inner = super::inline::extract(ctx, s.body_start, s.own_end, &s.title);
    // Explicit pairs (`Q:`/`A:`, `问：`/`答：`, `<details>`, callouts) mark a group even under
    // a numbered heading (`## 1. Basics`), which would otherwise be read as a question.
    let explicit = |c: &RawCard| matches!(c.rule, "qa-pair" | "wenda-pair" | "details" | "callout");
    if inner.len() >= 2 && inner.iter().all(explicit) {
        return Some(inner);
    }
    if is_numbered(&s.title) {
        return None;
    }
    let ok = !inner.is_empty()
        && (inner[0].line == first || short_intro(ctx, first, inner[0].line, inner.len()))
        && inner.iter().all(|c| is_question_like(&c.question))
        && (inner.len() >= 2 || crate::text::is_explicit_question(&inner[0].question));
    ok.then_some(inner)
}

/// A one- or two-line remark before a run of three or more inline questions (`Quick-fire
/// ones:` above `1. …?` `2. …?` `3. …?`) introduces the group; it is not an answer.
fn short_intro(ctx: &Ctx, first: usize, questions_at: usize, questions: usize) -> bool {
    let intro: Vec<&str> = (first..questions_at)
        .map(|l| ctx.lines[l].trim())
        .filter(|l| !l.is_empty())
        .collect();
    questions >= 3
        && intro.len() <= 2
        && intro
            .iter()
            .all(|l| crate::text::chars(l) <= 120 && !is_question_like(l))
}

/// A heading with no text of its own, not numbered and not asking anything, groups its
/// children, unless a sibling question already uses sub-headings as parts of its answer
/// (`## How would you design X?` over `### API`, `### Storage`): then sub-headings are how
/// this author structures answers, and `## Cache strategies` is one more question.
fn is_grouping(ctx: &Ctx, s: &Section, siblings: &[Section]) -> bool {
    let answers_have_parts = siblings.iter().any(|o| {
        o.line != s.line && !o.children.is_empty() && crate::text::is_explicit_question(&o.title)
    });
    s.children.len() >= 2
        && !has_own_text(ctx, s)
        && !is_numbered(&s.title)
        && !is_question_like(&s.title)
        && !answers_have_parts
}

fn has_own_text(ctx: &Ctx, s: &Section) -> bool {
    (s.body_start..s.own_end).any(|l| {
        let t = ctx.lines[l].trim();
        !t.is_empty() && !t.chars().all(|c| matches!(c, '-' | '*' | '_' | '='))
    })
}

/// A question card from a heading: its own text plus its sub-sections, re-levelled so that
/// the question's children become `###`.
pub fn card_from_section(ctx: &Ctx, s: &Section, topic: &str, rule: &'static str) -> RawCard {
    let mut lines: Vec<std::borrow::Cow<str>> = ctx.lines[s.body_start.min(s.end)..s.end]
        .iter()
        .map(|&l| std::borrow::Cow::Borrowed(l))
        .collect();
    relevel(s, s.level, s.body_start, &mut lines);
    let heading_lines = heading_lines(s);
    let only_headings = lines.iter().enumerate().all(|(i, l)| {
        l.trim().is_empty() || heading_lines.binary_search(&(s.body_start + i)).is_ok()
    });
    let text = lines.join("\n");
    let answer = if only_headings {
        String::new()
    } else {
        trim_blank_lines(&text)
    };
    let (_, last) = ctx.trim_range(s.body_start, s.end);
    RawCard {
        topic: topic.to_string(),
        question: s.title.clone(),
        answer,
        line: s.line,
        last_line: last.saturating_sub(1).max(s.line),
        rule,
    }
}

fn heading_lines(s: &Section) -> Vec<usize> {
    let mut v = Vec::new();
    fn walk(s: &Section, v: &mut Vec<usize>) {
        for c in &s.children {
            v.extend(c.line..c.body_start);
            walk(c, v);
        }
    }
    walk(s, &mut v);
    v.sort_unstable();
    v
}

/// Rewrites sub-heading lines as ATX headings two levels below the card (### …), so answers
/// keep their structure whatever level the notes used.
fn relevel(s: &Section, base: u8, offset: usize, lines: &mut [std::borrow::Cow<str>]) {
    for c in &s.children {
        let depth = (c.level.saturating_sub(base)).max(1) + 2;
        let i = c.line - offset;
        if i < lines.len() {
            lines[i] = format!("{} {}", "#".repeat(depth.min(6) as usize), c.title).into();
            for j in c.line + 1..c.body_start {
                if let Some(l) = lines.get_mut(j - offset) {
                    *l = std::borrow::Cow::Borrowed("");
                }
            }
        }
        relevel(c, base, offset, lines);
    }
}

pub fn trim_blank_lines(s: &str) -> String {
    let lines: Vec<&str> = s.split('\n').collect();
    let start = lines.iter().position(|l| !l.trim().is_empty());
    // A closing `---` / `***` is a separator before the next question, not answer text.
    let is_rule = |l: &str| {
        let t: String = l.chars().filter(|c| !c.is_whitespace()).collect();
        t.len() >= 3
            && (t.chars().all(|c| c == '-')
                || t.chars().all(|c| c == '*')
                || t.chars().all(|c| c == '_'))
    };
    let end = lines
        .iter()
        .rposition(|l| !l.trim().is_empty() && !is_rule(l));
    match (start, end) {
        (Some(a), Some(b)) => dedent(&lines[a..=b]),
        _ => String::new(),
    }
}

/// Removes the indentation common to all non-blank lines (headings indented by spaces,
/// answers pasted with a margin), so that they do not turn into code blocks.
pub fn dedent(lines: &[&str]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches(' ').len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| {
            if l.len() >= indent {
                &l[indent..]
            } else {
                l.trim_start()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
