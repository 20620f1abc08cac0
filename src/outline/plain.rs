//! Plain text into the same block tree as Markdown.
//!
//! Plain-text notes mark structure with numbering (`1、` `2.` `3\` `Q4.` `一、` `a.`),
//! indentation, short lines standing alone (a company, a chapter) and blank lines. This module
//! finds which numbered lines are the note's items (those that keep the count going; a run
//! that starts again at 1 under an item is that item's steps), which lines open sections, and
//! groups everything else under the item it follows.

use super::{Kind, Node};
use crate::extract::lines::{indent_width, is_blank, trim};
use crate::text::{chars, is_explicit_question};
use std::ops::Range;

/// Numbering families. Lines of one family at one indentation form a sequence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    /// `1、` `1.` `1．` `1)` `1）` `1\`
    Arabic,
    /// `1.1 ` `1.1.2 ` (textbook sections)
    Decimal,
    /// `(1)` `（1）`
    Paren,
    /// `一、` `（一）` `第一章`
    Chinese,
    /// `a.` `a)` `B.`
    Letter,
    /// `Q1.` `R12:` `问题3：`: a label with a number.
    Label,
    /// `①`
    Circled,
    /// `- ` `* ` `-> ` `=> ` `→ ` `• `: a bullet; its value is its place among the bullets
    /// at its indentation, so bullets "keep the count going" like numbers.
    Bullet,
}

/// Glyphs that word processors and pasted documents set as bullets (`● item`, `• item`).
pub const BULLET_GLYPHS: &[&str] = &["•", "·", "●", "○", "▪", "◆", "■"];

/// The byte length of a bullet marker at the start of `t` (already trimmed), with the
/// spaces after it: `- item`, `-> item`, `• item`. Rules (`---`) and numbers (`-1`) are not
/// bullets.
pub fn bullet(t: &str) -> Option<usize> {
    // `|----je若值相等则跳转`: a branch of an ASCII tree.
    if let Some(r) = t.strip_prefix('|') {
        let dashes = r.len() - r.trim_start_matches('-').len();
        let text = r[dashes..].trim_start();
        if dashes >= 2 && !text.is_empty() && !text.starts_with(['-', '|', '_']) {
            return Some(t.len() - text.len());
        }
    }
    for arrow in ["->", "=>", "→"].iter().chain(BULLET_GLYPHS) {
        if let Some(r) = t.strip_prefix(arrow) {
            let text = r.trim_start();
            if !text.is_empty() && !text.starts_with(['-', '>', '=']) {
                return Some(t.len() - text.len());
            }
        }
    }
    // `-- 20个选择`: two dashes and a space, the way SQL comments mark a point.
    if let Some(r) = t.strip_prefix("--").filter(|r| r.starts_with([' ', '\t'])) {
        let text = r.trim_start();
        if !text.is_empty() && !text.starts_with('-') {
            return Some(t.len() - text.len());
        }
    }
    for m in ['-', '*', '+'] {
        if let Some(r) = t.strip_prefix(m) {
            if r.starts_with([' ', '\t']) {
                let text = r.trim_start();
                // (`+         ( n1 n2 -- sum )`: a sign set in a column of a glossary, a
                // wide gap after it, is the word being explained, not a bullet.)
                let gap = r.len() - text.len();
                if !text.is_empty() && !text.starts_with(m) && (gap <= 4 || r.starts_with('\t')) {
                    return Some(t.len() - text.len());
                }
            }
        }
    }
    None
}

/// A numbering prefix: its family, its value and the byte length of the prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Num {
    pub style: Style,
    pub n: u32,
    pub len: usize,
}

fn chinese_value(s: &str) -> Option<u32> {
    let digit = |c: char| {
        "零一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|v| v as u32)
    };
    let cs: Vec<char> = s.chars().collect();
    match cs.as_slice() {
        [a] if *a == '十' => Some(10),
        [a] => digit(*a),
        ['十', b] => Some(10 + digit(*b)?),
        [a, '十'] => Some(digit(*a)? * 10),
        [a, '十', b] => Some(digit(*a)? * 10 + digit(*b)?),
        _ => None,
    }
}

/// Reads a numbering prefix at the start of `t` (already trimmed).
pub fn numbering(t: &str) -> Option<Num> {
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=4).contains(&digits) {
        let n: u32 = t[..digits].parse().ok()?;
        let after = &t[digits..];
        // `1.1 ` / `1.2.3 `
        if let Some(r) = after.strip_prefix('.') {
            let d2 = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if d2 > 0 {
                let rest = r[d2..].trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
                // `3.1 `, `3.1、`, `6.4.1: `
                let (rest, sep) = match rest.strip_prefix(['、', ':', '：']) {
                    Some(r) => (r, true),
                    None => (rest, false),
                };
                if sep && !rest.trim().is_empty() || rest.starts_with([' ', '\u{3000}']) {
                    let len = t.len() - rest.len();
                    // `1.1` `1.2` `1.3` count by their last part.
                    let last = t[..len]
                        .trim_end_matches(|c: char| !c.is_ascii_digit())
                        .rsplit('.')
                        .next()
                        .and_then(|d| d.parse().ok())
                        .unwrap_or(n);
                    return Some(Num {
                        style: Style::Decimal,
                        n: last,
                        len,
                    });
                }
                return None; // `1.25倍`
            }
        }
        // `1-3 强缓存和协商缓存的区别`, `3-2-1 ES5/ES6…`: chapter and section joined by
        // hyphens, as `1.3` joins them with a dot (not `1-2 天`, a range, nor a date).
        // (`0-1 背包` names the knapsack problem: no number of a section.)
        if digits <= 2 && n >= 1 && after.starts_with('-') {
            let mut rest = after;
            let mut last = n;
            let mut parts = 1;
            while let Some(r) = rest.strip_prefix('-') {
                let d = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                if !(1..=2).contains(&d) {
                    break;
                }
                last = r[..d].parse().ok()?;
                rest = &r[d..];
                parts += 1;
            }
            let text = rest.trim_start_matches([' ', '\u{3000}', '、']);
            let unit = text.starts_with(|c: char| {
                "个种位次年月日天秒分元倍层条项步点楼人台张页行字岁周块号".contains(c)
                    || c.is_ascii_digit()
            });
            if parts >= 2 && text.len() < rest.len() && !text.is_empty() && !unit {
                return Some(Num {
                    style: Style::Decimal,
                    n: last,
                    len: t.len() - text.len(),
                });
            }
        }
        // `7 饥饿线程：…`: a number and a space before text (not `3 个`, `10 年`).
        if let Some(r) = after.strip_prefix(' ') {
            // `1 、问题`
            let r2 = r.trim_start_matches(' ');
            if let Some(rest) = r2.strip_prefix(['、', '.', '．']) {
                return Some(Num {
                    style: Style::Arabic,
                    n,
                    len: t.len() - rest.len(),
                });
            }
            let next = r.chars().next();
            // `3 domains of life`, `64 bit computing`: in English, a count one space before a
            // word, not numbering (`18  new make 区别` and `3 select 有什么用？` are).
            let unit = next.is_some_and(|c| {
                "个种位次年月日天秒分元倍层条项步点楼人台张页行字岁周块号".contains(c)
                    || c.is_ascii_lowercase() && r.is_ascii()
                    || c.is_ascii_digit()
                    || c.is_whitespace()
                    || c.is_ascii_punctuation()
            });
            if digits <= 2 && next.is_some() && !unit {
                return Some(Num {
                    style: Style::Arabic,
                    n,
                    len: digits + 1,
                });
            }
        }
        for sep in ['、', '.', '．', '。', ')', '）', '\\', '，', ':'] {
            if let Some(r) = after.strip_prefix(sep) {
                // `3.5 GB` is a number; `2. 0-1 背包` is numbering; `2.x 版本` is a version.
                if sep == '.'
                    && (r.starts_with(|c: char| c.is_ascii_digit())
                        || r.starts_with('x')
                            && !r[1..].starts_with(|c: char| c.is_ascii_alphanumeric()))
                {
                    return None;
                }
                // `2:  HashMap怎么解决冲突` is numbering; `10:30`, `1:1` are a time and a
                // ratio, `0：不刷盘` `1：每次提交` values explained like terms.
                if sep == ':' && (digits > 2 || n == 0 || !r.starts_with([' ', '\t', '\u{a0}'])) {
                    return None;
                }
                // `1\. 定义`: Markdown's escaped numbering, typed so no list begins.
                let r = match r.strip_prefix(['.', ')']) {
                    Some(rest) if sep == '\\' => rest,
                    _ => r,
                };
                return Some(Num {
                    style: Style::Arabic,
                    n,
                    len: t.len() - r.len(),
                });
            }
        }
        return None;
    }
    // `(1)` `（1）` `(一)` `（一）`
    for (open, close) in [('(', ')'), ('（', '）')] {
        if let Some(r) = t.strip_prefix(open) {
            if let Some(p) = r.find(close) {
                let inner = trim(&r[..p]);
                let len = t.len() - r.len() + p + close.len_utf8();
                if let Ok(n) = inner.parse::<u32>() {
                    if inner.len() <= 3 {
                        return Some(Num {
                            style: Style::Paren,
                            n,
                            len,
                        });
                    }
                }
                if let Some(n) = chinese_value(inner) {
                    return Some(Num {
                        style: Style::Chinese,
                        n,
                        len,
                    });
                }
            }
            return None;
        }
    }
    // `一、` `十二.`, `第三章` `第一题`
    let cn: String = t
        .chars()
        .take_while(|c| "零一二三四五六七八九十".contains(*c))
        .collect();
    if !cn.is_empty() {
        let r = &t[cn.len()..];
        if let (Some(n), true) = (chinese_value(&cn), r.starts_with(['、', '.', '．'])) {
            let sep = r.chars().next().map_or(0, char::len_utf8);
            return Some(Num {
                style: Style::Chinese,
                n,
                len: cn.len() + sep,
            });
        }
    }
    if let Some(r) = t.strip_prefix('第') {
        let cn: String = r
            .chars()
            .take_while(|c| "零一二三四五六七八九十".contains(*c))
            .collect();
        let rest = &r[cn.len()..];
        if let Some(n) = chinese_value(&cn) {
            if let Some(unit) = rest
                .chars()
                .next()
                .filter(|c| "章节题问部篇讲课".contains(*c))
            {
                // (`第二部分`: the unit is `部分`, not `部` and a stray `分`.)
                let part = unit == '部' && rest[unit.len_utf8()..].starts_with('分');
                let len = '第'.len_utf8()
                    + cn.len()
                    + unit.len_utf8()
                    + if part { '分'.len_utf8() } else { 0 };
                return Some(Num {
                    style: Style::Chinese,
                    n,
                    len,
                });
            }
        }
    }
    let first = t.chars().next()?;
    if ('①'..='⑳').contains(&first) {
        return Some(Num {
            style: Style::Circled,
            n: first as u32 - '①' as u32 + 1,
            len: first.len_utf8(),
        });
    }
    // `a. ` `b) ` (a letter and a separator, then a space)
    if first.is_ascii_alphabetic() {
        let r = &t[1..];
        if (r.starts_with(". ") || r.starts_with(") ")) && first.is_ascii_lowercase() {
            return Some(Num {
                style: Style::Letter,
                n: first as u32 - 'a' as u32 + 1,
                len: 3,
            });
        }
        // `Q1.` `R12:` `Q3、`
        let letters = t.len() - t.trim_start_matches(|c: char| c.is_ascii_uppercase()).len();
        if (1..=2).contains(&letters) {
            let r = &t[letters..];
            let d = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if (1..=3).contains(&d) {
                let after = &r[d..];
                if let Some(sep) = after.chars().next().filter(|c| ".:：、)".contains(*c)) {
                    let n = r[..d].parse().ok()?;
                    return Some(Num {
                        style: Style::Label,
                        n,
                        len: letters + d + sep.len_utf8(),
                    });
                }
            }
        }
    }
    None
}

struct Line<'a> {
    text: &'a str,
    indent: usize,
    num: Option<Num>,
}

/// Builds nodes for `range` of `lines`, read as plain text.
pub fn build(lines: &[&str], range: Range<usize>) -> Vec<Node> {
    build_with(lines, range, false)
}

/// Like [`build`], for prose inside a Markdown note (an indented or fenced block under a
/// heading): there a block of short lines is read one item per line ([`one_per_line`]),
/// where in a plain-text file its first line would name what the others explain.
pub fn build_prose(lines: &[&str], range: Range<usize>) -> Vec<Node> {
    build_with(lines, range, true)
}

fn build_with(lines: &[&str], range: Range<usize>, prose: bool) -> Vec<Node> {
    let mut nodes = match separators(lines, range.clone()) {
        Some(rules) => {
            // Blocks set apart by `-----` lines: no block runs over one. Each is built on its
            // own, the rules kept as nodes between them.
            let mut out = Vec::new();
            let mut start = range.start;
            for r in rules {
                out.extend(separated_block(lines, start..r, prose));
                out.push(Node::leaf(Kind::Rule, r..r + 1, trim(lines[r]).to_string()));
                start = r + 1;
            }
            out.extend(separated_block(lines, start..range.end, prose));
            out
        }
        None => underlined_sections(lines, range, prose),
    };
    fn mark(nodes: &mut [Node]) {
        for n in nodes {
            n.plain = true;
            mark(&mut n.children);
        }
    }
    mark(&mut nodes);
    nodes
}

/// `-----` lines at the margin that stand alone (a blank line above them: not a title's
/// underline), two or more: the lines that set the text's blocks apart.
fn separators(lines: &[&str], range: Range<usize>) -> Option<Vec<usize>> {
    let end = range.end.min(lines.len());
    // (A space or two before them, ` -----` where the author's lines all start one column
    // in, still sets blocks apart.)
    let dashes = |i: usize| {
        let t = lines[i].trim();
        (t.len() >= 5 && t.chars().all(|c| c == '-') && indent_width(lines[i]) < 4)
            .then_some(t.len())
    };
    // (Or right under a line it far outruns, `Hashing/Notes.pdf` over ninety dashes: no
    // title's underline.)
    let outruns = |i: usize, w: usize| w >= 20 && w > 2 * crate::text::width(lines[i - 1].trim());
    let clear: Vec<usize> = (range.start..end)
        .filter(|&i| {
            dashes(i).is_some_and(|w| i == range.start || is_blank(lines[i - 1]) || outruns(i, w))
        })
        .collect();
    if clear.len() < 2 {
        return None;
    }
    // (One right under a line, the same length as the clear ones, separates too: the author
    // left out the blank line. A shorter one there underlines a title.)
    let widths: Vec<usize> = clear.iter().filter_map(|&i| dashes(i)).collect();
    // (Nor is one right under a line too long to be a title, `每一条TCP连接唯一地被…`: it
    // closes that block.)
    let long_above = |i: usize| i > range.start && crate::text::width(lines[i - 1].trim()) > 40;
    let rules = (range.start..end)
        .filter(|&i| {
            clear.contains(&i)
                || dashes(i).is_some_and(|w| w >= 20 && (widths.contains(&w) || long_above(i)))
        })
        .collect();
    Some(rules)
}

/// One block between `-----` lines. Opening with a short line at the margin over more text
/// (`BFC`, then its explanation and lists), the line heads the block: the rest are its
/// children, whatever their own shape.
fn separated_block(lines: &[&str], range: Range<usize>, prose: bool) -> Vec<Node> {
    let end = range.end.min(lines.len());
    let Some(s) = (range.start..end).find(|&i| !is_blank(lines[i])) else {
        return Vec::new();
    };
    let more = (s + 1..end).any(|i| !is_blank(lines[i]));
    let t = trim(lines[s]);
    // (The block's margin is its least indented line: ` HashMap   LinkedHashMap` over
    // ` HashMap不保证…` in a note whose lines all start one column in.)
    let margin = (s..end)
        .filter(|&i| !is_blank(lines[i]))
        .map(|i| indent_width(lines[i]))
        .min()
        .unwrap_or(0);
    let head = more
        && indent_width(lines[s]) == margin
        && chars(t) <= 60
        && (!t.ends_with(['。', '.', '；', ';', '，', ','])
            // (A title may close with a period: `- Java Heap memory Vs Stack Memory.`)
            || t.ends_with('.')
                && t.matches(['.', '。', ';', '；']).count() == 1
                && t.split_whitespace().count() <= 8)
        && numbering(t).is_none()
        && !bullet_run(lines, s, end);
    if !head {
        return underlined_sections(lines, range, prose);
    }
    let mut n = Node::leaf(Kind::Para, s..s + 1, t.to_string());
    n.children = underlined_sections(lines, s + 1..end, prose);
    n.end = n.end_after_children(s + 1);
    vec![n]
}

/// A bullet at the margin with nothing under it but the next bullet of its kind
/// (`-- 总复习：` over `-- 20个选择`): the first point of a list, not the name of the block.
fn bullet_run(lines: &[&str], s: usize, end: usize) -> bool {
    let t = trim(lines[s]);
    let Some(len) = bullet(t) else { return false };
    let marker = t[..len].trim_end();
    (s + 1..end)
        .find(|&i| !is_blank(lines[i]))
        .is_some_and(|i| {
            let u = trim(lines[i]);
            indent_width(lines[i]) == 0 && bullet(u).is_some_and(|l| u[..l].trim_end() == marker)
        })
}

/// `1.0 Computer System Overview` over a line of `====` (or `----`): a title underlined the
/// way plain-text documents mark sections. Each opens a section holding what follows, up to
/// the next one; without any, the range is built as usual.
fn underlined_sections(lines: &[&str], range: Range<usize>, prose: bool) -> Vec<Node> {
    let underline = |l: &str| {
        let t = trim(l);
        t.len() >= 3 && (t.chars().all(|c| c == '=') || t.chars().all(|c| c == '-'))
    };
    let end = range.end.min(lines.len());
    // (title line, lines the title takes: 2 when underlined, 1 for a banner)
    let titles: Vec<(usize, usize)> = (range.start..end)
        .filter_map(|i| {
            let underlined = i + 1 < end
                && !is_blank(lines[i])
                && !underline(lines[i])
                && underline(lines[i + 1])
                && indent_width(lines[i]) == 0
                && chars(trim(lines[i])) <= 60
                && (i == range.start || is_blank(lines[i - 1]));
            if underlined {
                Some((i, 2))
            } else if chapter_line(lines, i, range.start) || slash_title(lines, i, range.start) {
                Some((i, 1))
            } else {
                banner(lines[i]).map(|_| (i, 1))
            }
        })
        .collect();
    if titles.len() < 2 {
        return build_inner(lines, range, 0, prose);
    }
    let mut out = Vec::new();
    if titles[0].0 > range.start {
        out.extend(build_inner(lines, range.start..titles[0].0, 0, prose));
    }
    for (k, &(t, taken)) in titles.iter().enumerate() {
        let next = titles.get(k + 1).map_or(end, |x| x.0);
        let title = banner(lines[t]).unwrap_or_else(|| trim(lines[t]));
        let title = if slash_title(lines, t, range.start) {
            &title[1..]
        } else {
            title
        };
        let title = title.trim_end_matches([':', '：']).trim();
        let title = numbering(title).map_or(title, |n| trim(&title[n.len..]));
        let mut h = Node::leaf(Kind::Heading(1), t..t + taken, title.to_string());
        h.heading = Some(1);
        h.children = build_inner(lines, t + taken..next, 0, prose);
        h.end = h.end_after_children(t + taken);
        out.push(h);
    }
    out
}

/// The numbering of a title line, set in bold or not.
fn title_numbering(t: &str) -> Option<Num> {
    numbering(t).or_else(|| bold_numbering(t))
}

/// A section title's numbering depth (`2.1 …` → 1, `2.2.1 …` → 2), bold or not; `None` for
/// any other line.
pub(crate) fn section_depth(line: &str) -> Option<usize> {
    let t = trim(line);
    title_numbering(t)
        .filter(|n| section_title(t, *n))
        .map(|n| t[..n.len].trim_end().matches('.').count())
}

/// `**2.1 经验误差与过拟合**`, `<b>2.2 评估方法</b>`: a section title set in bold keeps its
/// numbering.
fn bold_numbering(t: &str) -> Option<Num> {
    let open = ["**", "<b>", "<B>", "<strong>"]
        .iter()
        .find(|o| t.starts_with(*o))?;
    numbering(&t[open.len()..]).map(|n| Num {
        len: n.len + open.len(),
        ..n
    })
}

/// `2.1 经验误差与过拟合`, `2.2.1 留出法`: decimal numbering before a short title (no sentence).
pub(crate) fn section_title(t: &str, num: Num) -> bool {
    section_title_within(t, num, 30)
}

/// [`section_title`] with a title of up to `max` characters.
pub(crate) fn section_title_within(t: &str, num: Num, max: usize) -> bool {
    let rest = crate::text::plain_inline(crate::text::trim_breaks(t.get(num.len..).unwrap_or("")));
    let rest = rest.trim();
    num.style == Style::Decimal
        && (1..=max).contains(&chars(rest))
        && !rest.ends_with(['。', '.', '，', ',', '；', ';', '：', ':'])
}

/// `Chapter 2` (or `Lecture 3: Scheduling`) on a line of its own at the margin, before a blank
/// line: the start of a chapter of the notes.
fn chapter_line(lines: &[&str], i: usize, start: usize) -> bool {
    let t = trim(lines[i]);
    let bare = t.split_whitespace().count() <= 2;
    indent_width(lines[i]) == 0
        && crate::extract::shape::chapter_name(t)
        && chars(t) <= 40
        && lines.get(i + 1).is_none_or(|l| is_blank(l))
        && (bare || i == start || is_blank(lines[i - 1]))
}

/// `/java`, `/CI CD`, `/API design, REST standarts:`: a section named after a slash, at the
/// margin, opening the file or after a blank line, with lines under it (one slash: not a path).
fn slash_title(lines: &[&str], i: usize, start: usize) -> bool {
    let t = trim(lines[i]);
    t.strip_prefix('/').is_some_and(|rest| {
        indent_width(lines[i]) == 0
            && rest.starts_with(char::is_alphabetic)
            && !rest.contains('/')
            && chars(rest) <= 60
            && (i == start || is_blank(lines[i - 1]))
            && lines.get(i + 1).is_some_and(|l| !is_blank(l))
    })
}

/// `-------FAST MERGES-------`, `===== Phrase Query =====`, `== UML ==`: a title set in a
/// rule, the way plain-text notes mark a section. Returns the title.
fn banner(line: &str) -> Option<&str> {
    if indent_width(line) > 0 {
        return None;
    }
    let t = trim(line);
    let mark = t.chars().next().filter(|c| matches!(c, '-' | '='))?;
    let inner = t.trim_matches(mark);
    let lead = t.len() - t.trim_start_matches(mark).len();
    let tail = t.len() - t.trim_end_matches(mark).len();
    // (`== polymorphism ==`, a wiki's section: two marks a side, spaced, as many each side.)
    let wiki = mark == '='
        && lead >= 2
        && lead == tail
        && t[lead..].starts_with(' ')
        && t[..t.len() - tail].ends_with(' ');
    let inner = inner.trim();
    ((lead >= 3 && tail >= 3 || wiki)
        && !inner.is_empty()
        && chars(inner) <= if wiki { 80 } else { 40 }
        && !inner.contains(mark))
    .then_some(inner)
}

/// Indentation deeper than this many levels is read as text of the level above.
const MAX_DEPTH: usize = 32;

fn build_inner(lines: &[&str], range: Range<usize>, depth: usize, prose: bool) -> Vec<Node> {
    if depth >= MAX_DEPTH {
        let end = range.end.min(lines.len());
        let first = (range.start..end).find(|&i| !is_blank(lines[i]));
        return first
            .map(|s| {
                vec![Node::leaf(
                    Kind::Text,
                    s..super::last_nonblank_end(lines, s..end),
                    trim(lines[s]).to_string(),
                )]
            })
            .unwrap_or_default();
    }
    let end = range.end.min(lines.len());
    let mut info: Vec<Line> = (range.start..end)
        .map(|i| {
            let l = lines[i];
            let t = trim(l);
            Line {
                text: t,
                indent: indent_width(l),
                num: if is_blank(l) {
                    None
                } else {
                    numbering(t).or_else(|| bold_numbering(t)).or_else(|| {
                        bullet(t).map(|len| Num {
                            style: Style::Bullet,
                            n: 0,
                            len,
                        })
                    })
                },
            }
        })
        .collect();
    // Bullets count 1, 2, 3… at their indentation, starting again under a shallower line.
    let mut counters: Vec<(usize, u32)> = Vec::new();
    for l in info.iter_mut().filter(|l| !l.text.is_empty()) {
        counters.retain(|&(ind, _)| ind <= l.indent);
        if let Some(num) = l.num.as_mut().filter(|n| n.style == Style::Bullet) {
            match counters.iter_mut().find(|c| c.0 == l.indent) {
                Some(c) => {
                    c.1 += 1;
                    num.n = c.1;
                }
                None => {
                    counters.push((l.indent, 1));
                    num.n = 1;
                }
            }
        }
    }
    let info = info;
    let at = |i: usize| &info[i - range.start];
    let nonblank: Vec<usize> = (range.start..end)
        .filter(|&i| !is_blank(lines[i]))
        .collect();
    let Some(&first) = nonblank.first() else {
        return Vec::new();
    };
    let base = nonblank.iter().map(|&i| at(i).indent).min().unwrap_or(0);
    // One column deeper, with numbering of the same depth, is a slip of the author's hand
    // (`  4.1` then `   4.2`); `   6.3.1` under `  6.3` is nested.
    let num_depth = |i: usize| {
        at(i).num.filter(|n| n.style == Style::Decimal).map(|n| {
            at(i).text[..n.len]
                .trim_end()
                .trim_end_matches(['、', ':', '：', '.'])
                .matches('.')
                .count()
        })
    };
    let base_depth = nonblank
        .iter()
        .find(|&&i| at(i).indent <= base)
        .and_then(|&i| num_depth(i));
    let top = |i: usize| {
        at(i).indent <= base
            || at(i).indent == base + 1 && num_depth(i).is_some() && num_depth(i) == base_depth
    };
    // A numbered line can open an item when it starts a block: after a blank line, after a
    // deeper-indented line (the previous item's answer), or right after another such line.
    // One in the middle of a paragraph is a step of that paragraph.
    // A line right after a blank line or a `-----` rule starts a block of its own.
    let set_apart =
        |i: usize| is_blank(lines[i - 1]) || crate::extract::lines::is_rule(lines[i - 1]);
    let mut potential = vec![false; end - range.start];
    // The last numbered line at each indentation and whether it could open an item: `2.`
    // right after a `1.` that could not (steps answering the line above) cannot either.
    // (And whether it leads the block: the first line, or counting on from it.)
    let mut last: Vec<(usize, Style, u32, bool, bool)> = Vec::new();
    for (k, &i) in nonblank.iter().enumerate() {
        let Some(num) = at(i).num else { continue };
        let indent = at(i).indent;
        let continues_steps = last
            .iter()
            .any(|&(ind, st, n, ok, _)| ind == indent && st == num.style && num.n == n + 1 && !ok);
        // (`(2)注入bean的注解` after `（1）声明bean的注解` and its lines at the same margin,
        // the block opening with `（1）`: the count that began the block goes on.)
        let counts_on = last.iter().any(|&(ind, st, n, _, lead)| {
            ind == indent && st == num.style && num.n == n + 1 && lead
        });
        let prev_alone = i >= range.start + 2 && is_blank(lines[i - 2]) || i == range.start + 1;
        let ok = k == 0
            || counts_on
            || set_apart(i)
            || at(i - 1).indent > at(i).indent
            || (potential[i - 1 - range.start] && at(i - 1).num.is_some())
            // (A short line alone above names the run, `伴鱼` over `1、…`; one that asks,
            // `为什么要使用线程池？` or `A和B区别`, is a question the run answers.)
            || (prev_alone
                && chars(at(i - 1).text) <= 30
                && !crate::text::is_question_like(at(i - 1).text))
            || is_explicit_question(&at(i).text[num.len..])
            // (After a finished sentence, `…互为存在条件的。`, a run starts of its own; one
            // that announces it, `步骤如下。`, has the run as its steps.)
            || (at(i - 1).num.is_none()
                && at(i - 1).indent == at(i).indent
                && at(i - 1).text.ends_with('。')
                && !["如下", "以下", "下面", "几点", "步骤"]
                    .iter()
                    .any(|w| at(i - 1).text.contains(w)))
            // (`2.2.1 留出法`: a numbered section title opens a block wherever it stands;
            // steps are never numbered so.)
            || section_title(at(i).text, num);
        let ok = ok && !continues_steps;
        last.retain(|&(ind, st, _, _, _)| !(ind == indent && st == num.style));
        last.push((indent, num.style, num.n, ok, k == 0 || counts_on));
        potential[i - range.start] = ok;
    }
    let potential = |i: usize| potential[i - range.start];

    // The item family: the most frequent numbering family at the top indentation.
    let mut counts: Vec<(Style, usize, usize)> = Vec::new();
    for &i in &nonblank {
        if let (Some(num), true) = (at(i).num, top(i) && potential(i)) {
            match counts.iter_mut().find(|c| c.0 == num.style) {
                Some(c) => c.1 += 1,
                None => counts.push((num.style, 1, i)),
            }
        }
    }
    // A family needs two lines, or one that asks (`1. 进程和线程的区别？` under `一、操作系统`).
    let asks_alone = |style: Style| {
        nonblank.iter().any(|&i| {
            at(i).num.is_some_and(|n| n.style == style) && is_explicit_question(at(i).text)
        })
    };
    // Bullets are the items only where no numbering is: under numbered questions they are
    // the answers' points.
    let qualified = |c: &&(Style, usize, usize)| c.1 >= 2 || asks_alone(c.0);
    let numbered = counts
        .iter()
        .filter(qualified)
        .filter(|c| c.0 != Style::Bullet)
        .max_by_key(|c| (c.1, std::cmp::Reverse(c.2)))
        .map(|c| c.0);
    let item_style = numbered.or_else(|| {
        counts
            .iter()
            .filter(qualified)
            .find(|c| c.0 == Style::Bullet)
            .map(|c| c.0)
    });

    let Some(style) = item_style else {
        return paragraphs(lines, &nonblank, base, first..end, depth, prose);
    };
    let mut items: Vec<usize> = Vec::new();
    let mut sections: Vec<usize> = Vec::new();
    let mut outer: Option<u32> = None;
    let mut inner: Option<u32> = None;
    // Decimal items keep the depth of the first (`2.1` `2.2` `2.3`; `2.2.1` under `2.2` is
    // one level down, whatever its last number).
    let mut item_depth: Option<usize> = None;
    // A count that starts again at `1` after a blank line or a `-----` rule and never comes
    // back to the old one, its lines mostly asking (`1.项目问得很细` `2.redis持久化方式区别` … after item
    // 12): the next interview's questions, not steps of item 12's answer.
    let new_run = |k: usize, outer: u32| {
        let i = nonblank[k];
        if !set_apart(i) {
            return false;
        }
        let run: Vec<usize> = nonblank[k..]
            .iter()
            .copied()
            .filter(|&j| top(j))
            .filter_map(|j| at(j).num.filter(|n| n.style == style).map(|n| (j, n.n)))
            .enumerate()
            .take_while(|&(e, (_, n))| n as usize == e + 1)
            .map(|(_, (j, _))| j)
            .collect();
        let after = run.last().map_or(i, |&j| j);
        let resumes = nonblank[k..]
            .iter()
            .filter(|&&j| j > after && top(j))
            .filter_map(|&j| at(j).num.filter(|n| n.style == style).map(|n| n.n))
            .take_while(|&n| n != 1)
            .any(|n| n == outer + 1);
        let asking = run
            .iter()
            .filter(|&&j| {
                let t = at(j).text;
                crate::text::is_question_like(&t[at(j).num.map_or(0, |n| n.len)..])
            })
            .count();
        run.len() >= 3 && !resumes && asking * 2 >= run.len()
    };
    for (k, &i) in nonblank.iter().enumerate() {
        let l = at(i);
        // (A section line may sit one column in, ` 二面(7/19 晚上):` over `1:  自我介绍`.)
        let slipped = l.num.is_none() && l.indent == base + 1;
        if !top(i) && !slipped {
            continue;
        }
        let same_depth =
            style != Style::Decimal || item_depth.is_none() || num_depth(i) == item_depth;
        let next_num = nonblank[k + 1..]
            .iter()
            .find(|&&j| top(j))
            .and_then(|&j| at(j).num.filter(|n| n.style == style));
        match l.num {
            // An item starts a block, or keeps the count going (`4.` right after item 3's
            // answer), unless it continues a run of steps.
            Some(num)
                if num.style == style
                    && same_depth
                    && (potential(i)
                        || (outer.is_some_and(|o| num.n == o + 1)
                            && inner.is_none_or(|inn| num.n != inn + 1))) =>
            {
                let n = num.n;
                let resumes = outer.is_some_and(|o| n == o + 1);
                let accept = match (outer, inner) {
                    (None, _) => true,
                    _ if resumes => true,
                    (_, Some(inn)) if n == inn + 1 => false,
                    (Some(o), _) if n == 1 => {
                        is_explicit_question(&l.text[num.len..]) || new_run(k, o)
                    }
                    // `443. Other ports…` under `2.`: a number in an answer, not item 443.
                    (Some(o), _) if n > o + 3 => is_explicit_question(&l.text[num.len..]),
                    _ => true,
                };
                if accept {
                    items.push(i);
                    outer = Some(n);
                    inner = None;
                    item_depth = item_depth.or(num_depth(i));
                } else {
                    inner = Some(n);
                }
            }
            // A `1.` in the middle of an answer starts its steps, even when it cannot be an
            // item itself: `2.` `3.` after it are steps too.
            Some(num) if num.style == style => {
                if num.n == 1 && outer.is_some() {
                    inner = Some(1);
                } else if inner.is_some_and(|inn| num.n == inn + 1) {
                    inner = Some(num.n);
                }
            }
            num => {
                // A section line: another family at the top (`一、` over `1、`), or a short
                // line standing alone that opens a new count (`伴鱼` above `1、…`) or reads
                // as a title (`OS system call interface`).
                let alone_before = k == 0 || i == 0 || is_blank(lines[i - 1]);
                let restart = next_num.is_some_and(|n| n.n == 1);
                let other_family =
                    num.is_some_and(|n| !matches!(n.style, Style::Letter | Style::Bullet));
                let label = l.text.trim_end_matches([':', '：']);
                let short = chars(l.text) <= 30
                    && !label
                        .ends_with(['。', '，', '；', '：', ':', ';', ',', '？', '?', '.', '！'])
                    && !label.contains([':', '：'])
                    && !is_explicit_question(l.text);
                let alone_after = i + 1 >= end
                    || is_blank(lines[i + 1])
                    || next_is(nonblank.get(k + 1), i + 1, &info, range.start, style);
                // (Not the last line of an answer, `都是私有的`, `TCP是全双工的，UDP则…`,
                // `<0 出错 =0 连接关闭`: a statement or a formula, no title.)
                let stated = l.text.contains(['，', '=', '<', '>'])
                    || label.ends_with('的')
                    || crate::extract::shape::is_clause_zh(label);
                let titled = words(l.text) >= 2 && alone_after && !stated;
                // (`Web方面:` or `JVM` set apart above the next item, the count going on
                // after the last item's answer: the subject of the items that follow.)
                let directly = next_is(nonblank.get(k + 1), i + 1, &info, range.start, style);
                let answered = k > 0 && at(nonblank[k - 1]).num.is_none();
                let goes_on = next_num.is_some_and(|n| outer.is_some_and(|o| n.n == o + 1))
                    && directly
                    && chars(label) <= 12
                    && !stated
                    && (l.text.ends_with([':', '：']) || answered);
                if alone_before
                    && short
                    && (other_family || restart || titled || goes_on)
                    && next_num.is_some()
                {
                    sections.push(i);
                    // (The count goes on under a section line that only names a subject.)
                    if other_family || restart || titled {
                        outer = None;
                    }
                    inner = None;
                }
            }
        }
    }
    // Numbering structures the text only when its items are a good share of the blocks:
    // two numbered steps among forty paragraphs are an answer's steps.
    let blocks = nonblank
        .iter()
        .filter(|&&i| top(i) && (i == first || is_blank(lines[i - 1])) && at(i).num.is_none())
        .count();
    let enough = (items.len() >= 3 && items.len() * 4 >= blocks)
        || (items.len() >= 2 && blocks <= items.len())
        || (items.len() == 1 && blocks <= 1 && is_explicit_question(at(items[0]).text))
        // (One numbered section title, `2.3 性能度量`, opens its section on its own.)
        || (items.len() == 1
            && at(items[0])
                .num
                .is_some_and(|n| section_title(at(items[0]).text, n)));
    if items.is_empty() || !enough {
        return paragraphs(lines, &nonblank, base, first..end, depth, prose);
    }
    // The count starts at 2: the block above the first item, one line at the margin over
    // indented lines (`a.java 线程篇` over its questions), is item 1 under another mark.
    if items[0] > first
        && at(items[0]).num.is_some_and(|n| n.n == 2)
        && (first + 1..items[0]).all(|j| is_blank(lines[j]) || !top(j))
        && (first + 1..items[0]).any(|j| !is_blank(lines[j]))
    {
        items.insert(0, first);
    }
    // Assemble: preamble paragraphs, then sections holding items.
    let mut out: Vec<Node> = Vec::new();
    // (Rules close sections only where there are two or more.)
    let rules: Vec<usize> = if sections.len() >= 2 {
        nonblank
            .iter()
            .copied()
            .filter(|&i| top(i) && at(i).num.is_none() && crate::extract::lines::is_rule(lines[i]))
            .collect()
    } else {
        Vec::new()
    };
    let mut marks: Vec<(usize, bool)> = items
        .iter()
        .map(|&i| (i, true))
        .chain(sections.iter().map(|&i| (i, false)))
        .collect();
    marks.sort_unstable();
    let first_mark = marks[0].0;
    if first_mark > first {
        out.extend(paragraphs(
            lines,
            &nonblank,
            base,
            first..first_mark,
            depth,
            prose,
        ));
    }
    let mut section: Option<Node> = None;
    let mut tail: Option<Range<usize>> = None;
    for (k, &(i, is_item)) in marks.iter().enumerate() {
        let mut next = marks.get(k + 1).map_or(end, |m| m.0);
        // After the last item, two or more blocks at the margin that their indented lines
        // explain (`ThreadLocal 原理：` over its answer): the notes went on past the list.
        if k + 1 == marks.len() {
            // (So did one opening with a numbering of another family, `一、存储` after the
            // last `-- 5个简答`: a section of its own, no point of the list.)
            let other = |j: usize| {
                at(j).num.is_some_and(|n| {
                    n.style != style && !matches!(n.style, Style::Letter | Style::Bullet)
                })
            };
            let blocks: Vec<usize> = (i + 1..next)
                .filter(|&j| {
                    top(j)
                        && is_blank(lines[j - 1])
                        && (at(j).num.is_none() || other(j))
                        && j + 1 < next
                        && !is_blank(lines[j + 1])
                        && !top(j + 1)
                })
                .collect();
            if blocks.len() >= 2 || blocks.first().is_some_and(|&j| other(j)) {
                tail = Some(blocks[0]..next);
                next = blocks[0];
            }
        }
        let l = at(i);
        let node = if is_item {
            // (Item 1 under another mark, `a.java 线程篇`: a letter and a dot.)
            let (ordered, len) = l.num.map_or((true, letter_mark(l.text)), |num| {
                (num.style != Style::Bullet, num.len)
            });
            let mut n = Node::leaf(
                Kind::Item { ordered },
                i..i + 1,
                trim(&l.text[len..]).to_string(),
            );
            n.children = build_inner(lines, i + 1..next, depth + 1, prose);
            n.end = n.end_after_children(i + 1);
            n
        } else {
            let title = match l.num {
                Some(num) => trim(&l.text[num.len..]).to_string(),
                None => l.text.to_string(),
            };
            let mut n = Node::leaf(Kind::Heading(1), i..i + 1, title);
            n.heading = Some(1);
            n
        };
        if is_item {
            // (Among sections, a `-----` rule at the margin closes the one open: the items
            // after it are no longer its own.)
            // (So does a section that only points elsewhere, `参考：` over its links: the
            // items after it are the note's own.)
            if section.as_ref().is_some_and(|s| {
                rules.iter().any(|&r| r > s.line && r < i)
                    || crate::extract::shape::is_structural(
                        s.title.trim_end_matches([':', '：']).trim(),
                    )
            }) {
                out.extend(section.take());
            }
            match section.as_mut() {
                Some(s) => {
                    s.end = node.end.max(s.end);
                    s.children.push(node);
                }
                None => out.push(node),
            }
        } else {
            if let Some(s) = section.take() {
                out.push(s);
            }
            section = Some(node);
        }
    }
    if let Some(s) = section.take() {
        out.push(s);
    }
    if let Some(r) = tail {
        out.extend(paragraphs(lines, &nonblank, base, r, depth, prose));
    }
    out
}

/// The length of a letter set as a mark, `a.` in `a.java 线程篇`, or 0.
fn letter_mark(t: &str) -> usize {
    let mut cs = t.chars();
    match (cs.next(), cs.next()) {
        (Some(a), Some(m @ ('.' | '、' | ')'))) if a.is_ascii_alphabetic() => 1 + m.len_utf8(),
        _ => 0,
    }
}

fn next_is(next: Option<&usize>, line: usize, info: &[Line], start: usize, style: Style) -> bool {
    next.is_some_and(|&j| j == line && info[j - start].num.is_some_and(|n| n.style == style))
}

/// Latin words, or runs of four CJK characters counting as two words.
fn words(s: &str) -> usize {
    let latin = s.split_whitespace().count();
    let cjk = s.chars().filter(|c| crate::clean::is_cjk(*c)).count();
    latin.max(cjk / 2)
}

/// Blocks of plain text. A block opens at a line at the left margin after a blank line, a
/// `-----` rule, or deeper-indented lines; margin lines right under it continue it (a `Text`
/// child); deeper-indented lines are its children, read the same way one level in (an
/// indented outline).
fn paragraphs(
    lines: &[&str],
    nonblank: &[usize],
    base: usize,
    r: Range<usize>,
    depth: usize,
    prose: bool,
) -> Vec<Node> {
    use crate::extract::lines::is_rule;
    let top = |i: usize| indent_width(lines[i]) <= base;
    let mut out = Vec::new();
    let mut term_run_end = 0;
    let mut k = nonblank.partition_point(|&i| i < r.start);
    while k < nonblank.len() && nonblank[k] < r.end {
        let s = nonblank[k];
        if is_rule(lines[s]) {
            // A `-----` line separates blocks; it belongs to none.
            k += 1;
            continue;
        }
        if !top(s) {
            // Indented lines with no head above them (the range starts indented).
            let mut e = k;
            while e < nonblank.len() && nonblank[e] < r.end && !top(nonblank[e]) {
                e += 1;
            }
            let end = nonblank.get(e).copied().unwrap_or(r.end).min(r.end);
            out.extend(build_inner(lines, s..end, depth + 1, prose));
            k = e;
            continue;
        }
        // Margin lines that continue the head.
        // A question on its own line after answer lines starts the next block.
        // (`What is event sourcing?(as architecture style)`: a remark after the mark.)
        let asks = |i: usize| {
            let t = trim(lines[i]);
            let t = crate::extract::trailing_remark(t).map_or(t, |(q, _, _)| q);
            t.trim_end().ends_with(['?', '？'])
        };
        // (A bullet after a bullet, `- run image == create container???` among the answer's
        // points, goes on with them.)
        let pointed = |i: usize| bullet(trim(lines[i])).is_some();
        let mut e = s + 1;
        while e < r.end
            && !is_blank(lines[e])
            && !is_rule(lines[e])
            && top(e)
            && (!asks(e) || asks(e - 1) && !pointed(e - 1) || pointed(e) && pointed(e - 1))
        {
            e += 1;
        }
        // `《漫画算法》` over `逻辑结构：数据对象中各元素的关系` and its indented lines: the
        // last margin line, a term, heads what is indented under it; the lines above are
        // a block of their own.
        // (Not a branch of code or of an argument: `else:…`, `If Yes: …`.)
        let branch = |l: &str| {
            let first = trim(l)
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("")
                .to_lowercase();
            [
                "if",
                "else",
                "elseif",
                "elif",
                "when",
                "then",
                "otherwise",
                "yes",
                "no",
            ]
            .contains(&first.as_str())
        };
        // (Nor a statement, `渲染流水线的起点是CPU  1.…`, nor a remark in brackets.)
        let named = |l: &str| {
            let t = trim(l);
            crate::extract::shape::term_at(t, true).is_some_and(|at| {
                let name = t[..at].trim_end_matches([' ', ':', '：', '/', '-', '=']);
                !crate::extract::shape::is_clause_zh(name)
                    && !name.starts_with(['(', '（', '[', '【'])
                    && chars(name) <= 16
            })
        };
        // (So does a bare name after a finished sentence, `一致性` after `…最多只能同时满足
        // 其中两项。`, or a label, `主要有三类节点：`.)
        // (The label only after a one-sentence introduction.)
        let titled = |i: usize| {
            let t = trim(lines[i]);
            let label = t.strip_suffix(['：', ':']);
            let t = label.filter(|_| i == s + 1).unwrap_or(t);
            chars(t) <= 12
                && !t.ends_with(|c: char| c.is_ascii_punctuation() || "。，；：？！、".contains(c))
                && !crate::extract::shape::is_clause_zh(t)
                && trim(lines[i - 1]).ends_with(['。', '；', ';'])
        };
        // (Under a question, `pause初始化了什么` over `pause: 1.…`, it starts the answer.)
        if e > s + 1
            && (named(lines[e - 1]) || titled(e - 1))
            && !branch(lines[e - 1])
            && !crate::text::is_question_like(trim(lines[e - 2]))
            && nonblank
                .iter()
                .find(|&&x| x >= e)
                .is_some_and(|&x| x < r.end && !top(x))
        {
            e -= 1;
        }
        // `DISK：…` / `BIOS: …把` / `      bootloader加载到内存中` / `bootloader：加载os`: three
        // or more `term：explanation` lines at the margin, one wrapped onto a deeper line.
        // Each term is a block of its own, its wrapped lines its children.
        // (The run is measured once, at its first line: each term after it is a block too.)
        if s < term_run_end {
            e = s + 1;
        } else if let Some(end) = term_run(lines, s, r.end, &top) {
            term_run_end = end;
            e = s + 1;
        }
        // A block of short lines that each name something (`污点和容忍的区别` /
        // `亲和性的类型`) is a list of questions, one per line; a label line above such a
        // list (`网络:`) is their section.
        // A date standing first (`8/24`, `2023-09-12`: a lecture or a meeting) heads the
        // lines below it, one block each.
        let dated = e >= s + 3 && is_date(trim(lines[s]));
        let list = dated
            .then_some(false)
            .or_else(|| question_list(lines, s, e))
            .or_else(|| {
                (prose && one_per_line(lines, s, e) || term_lines(lines, s, e)).then_some(true)
            });
        if let Some(list) = list {
            let (head, from) = if list { (None, s) } else { (Some(s), s + 1) };
            let items: Vec<Node> = (from..e)
                .map(|i| Node::leaf(Kind::Para, i..i + 1, trim(lines[i]).to_string()))
                .collect();
            match head {
                Some(h) => {
                    let mut sec = Node::leaf(
                        Kind::Heading(1),
                        h..h + 1,
                        trim(lines[h]).trim_end_matches([':', '：']).to_string(),
                    );
                    sec.heading = Some(1);
                    sec.end = e;
                    sec.children = items;
                    out.push(sec);
                }
                None => out.extend(items),
            }
            k = nonblank.partition_point(|&i| i < e);
            continue;
        }
        let mut n = Node::leaf(Kind::Para, s..e, trim(lines[s]).to_string());
        if e > s + 1 {
            n.children.push(Node::leaf(
                Kind::Text,
                s + 1..e,
                trim(lines[s + 1]).to_string(),
            ));
        }
        // Deeper lines (across blank lines) are its children; a margin line right after
        // them that goes on as a sentence (`ifelse已结束，且没有旧值，…`) still belongs here.
        // So does `2.` after `1.`'s indented lines: the count goes on.
        let mut j = nonblank.partition_point(|&i| i < e);
        let first_child = j;
        // (Only a numbered line under the head: `2.` after a head that is `1.` itself is
        // the next block, the head's sibling.)
        let mut count = (s + 1..e).rev().find_map(|i| numbering(trim(lines[i])));
        loop {
            while j < nonblank.len() && nonblank[j] < r.end && !top(nonblank[j]) {
                j += 1;
            }
            let next = nonblank.get(j).copied().filter(|&x| x < r.end);
            let next_num = next.and_then(|x| numbering(trim(lines[x])));
            let counts_on = count.zip(next_num).is_some_and(|(a, b)| {
                a.style == b.style && b.n == a.n + 1 && a.style != Style::Bullet
            });
            // (Not the next term of a run, `Painkillers - …` after `Vaccination - …` and its
            // wrapped lines: a block of its own.)
            let continues = j > first_child
                && next.is_some_and(|x| x == nonblank[j - 1] + 1 && x >= term_run_end)
                && (counts_on
                    || next.is_some_and(|x| {
                        sentence_line(lines[x])
                            || crate::clean::looks_like_code(lines[x])
                            || matches!(trim(lines[x]), "}" | ")" | "};" | "]")
                    }));
            if !continues {
                break;
            }
            if counts_on {
                count = next_num;
            }
            j += 1;
        }
        if j > first_child {
            let cs = nonblank[first_child];
            let ce = nonblank[j - 1] + 1;
            n.children
                .extend(build_inner(lines, cs..ce, depth + 1, prose));
            n.end = ce;
        }
        out.push(n);
        k = j.max(nonblank.partition_point(|&i| i < e));
    }
    out
}

/// A line that is only a date: `8/22`, `9/12/2023`, `2023-09-12`, `2023.9.12`, `9月12日`,
/// `2023年9月12日`.
pub(crate) fn is_date(t: &str) -> bool {
    let t = t.trim_end_matches([':', '：']);
    if t.is_empty() || t.len() > 20 {
        return false;
    }
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let parts: Vec<&str> = t
        .split(['/', '-', '.', '年', '月', '日'])
        .filter(|p| !p.is_empty())
        .collect();
    digits >= 2
        && (2..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()))
        && t.chars()
            .all(|c| c.is_ascii_digit() || "/-.年月日".contains(c))
        && t.contains(['/', '-', '.', '月'])
        // `1.1` is a section number; a dotted date has three parts (`2023.9.12`), or a
        // month written with its zero (`06.18`).
        && (t.contains(['/', '-', '月'])
            || parts.len() == 3
            || parts[0].len() == 2 && parts[0].starts_with('0') && parts[1].len() == 2)
}

/// A line that reads as part of a sentence: long with clauses, or ending in a comma.
fn sentence_line(l: &str) -> bool {
    let t = trim(l);
    t.matches(['，', ',']).count() >= 2
        || t.ends_with(['，', ',', '、'])
        || (chars(t) > 40 && !is_explicit_question(t))
}

/// Whether lines `s..e` are a list of short questions: `Some(true)` when all are, `Some(false)`
/// when the first is a label (`网络:`) over such a list, `None` otherwise.
pub(crate) fn question_list(lines: &[&str], s: usize, e: usize) -> Option<bool> {
    let short = |l: &str| {
        let t = trim(l);
        let asks = crate::text::is_question_like(t);
        chars(t) <= 40
            && (asks || (chars(t) <= 24 && !t.contains(['，', ','])))
            && !t.ends_with(['。', '，', '、', '；', ',', ';', '！', '!', '.', ':', '：'])
            && !t.contains(['=', '–', '—', '{', '}', '(', '（'])
            && !t.contains(" - ")
            && !t.contains("->")
            && super::super::extract::shape::term_at(t, true).is_none()
            && numbering(t).is_none()
            && !crate::text::is_url_line(t)
            && !t.starts_with(['-', '*', '#', '/', '>'])
    };
    // (Or the interview the list comes from, `418 小米面试`, `汇丰面试`.)
    let label = |l: &str| {
        let t = trim(l);
        t.ends_with([':', '：'])
            && chars(t) <= 20
            && !t.trim_end_matches([':', '：']).contains([':', '：'])
            || chars(t) <= 20 && crate::extract::shape::is_round(t)
    };
    // A long list may hold a few lines no question would be written as (`Io流的BIO，NIO和AIO`):
    // four in five short, none a sentence of its own.
    let mostly = |from: usize| {
        let n = e - from;
        let fit = (from..e).filter(|&i| short(lines[i])).count();
        let said = (from..e).any(|i| {
            let t = trim(lines[i]);
            chars(t) > 60
                || t.ends_with(['。', '.', '；', ';', ':', '：'])
                || numbering(t).is_some()
        });
        if n >= 6 {
            fit * 5 >= n * 4 && !said
        } else {
            fit == n
        }
    };
    let n = e - s;
    let first_asks = trim(lines[s]).ends_with(['?', '？']);
    // `创建线程的方式` over `继承Thread` / `实现Runnable`: a title naming a kind of things, and
    // the things.
    const KINDS: &[&str] = &[
        "方式", "类型", "种类", "分类", "哪些", "几种", "包括", "组成", "步骤", "特点", "方法",
        "命令", "工具", "原则", "作用", "用法",
    ];
    if KINDS.iter().any(|k| trim(lines[s]).ends_with(k)) {
        return None;
    }
    let round = chars(trim(lines[s])) <= 20 && crate::extract::shape::is_round(trim(lines[s]));
    // (Two lines that both ask are a list too.)
    let both_ask =
        n == 2 && (s..e).all(|i| short(lines[i]) && crate::text::is_question_like(trim(lines[i])));
    if both_ask {
        return Some(true);
    }
    if n >= 3 && !round && mostly(s) && short(lines[s]) {
        // `What is X?` over lines that do not ask: a question and its answer.
        if first_asks && !(s + 1..e).all(|i| crate::text::is_question_like(trim(lines[i]))) {
            return None;
        }
        return Some(true);
    }
    if n >= 3 && label(lines[s]) && mostly(s + 1) {
        return Some(false);
    }
    None
}

/// A block of terms, one per line (`TCP - Transport Control Protocol`, `死锁：互相等待`): three
/// or more lines, the first and two in three of them `term: explanation`, none past 400 characters.
fn term_run(lines: &[&str], s: usize, end: usize, top: &dyn Fn(usize) -> bool) -> Option<usize> {
    use crate::extract::shape::term_at;
    let term = |i: usize| term_at(trim(lines[i]), true).is_some() && chars(trim(lines[i])) <= 400;
    let mut terms = 0;
    let mut wrapped = false;
    let mut j = s;
    while j < end && !is_blank(lines[j]) {
        if !top(j) {
            wrapped = true;
        } else if term(j) {
            terms += 1;
        } else {
            break;
        }
        j += 1;
    }
    (terms >= 3 && wrapped).then_some(j)
}

/// Lines of terms one under the other, three or more, two in three of them and the first
/// `term - explanation` (`Cell - group of tissues working together`). A term's explanation
/// may run long; a line that defines nothing is no paragraph (160 characters at most).
fn term_lines(lines: &[&str], s: usize, e: usize) -> bool {
    use crate::extract::shape::term_at;
    let term = |i: usize| term_at(trim(lines[i]), true).is_some();
    e >= s + 3
        && term(s)
        && (s..e).all(|i| chars(trim(lines[i])) <= 160 || term(i) && chars(trim(lines[i])) <= 400)
        && (s..e).filter(|&i| term(i)).count() * 3 >= (e - s) * 2
}

/// A Markdown paragraph written one item per line (an interview log pasted as lines: `手写冒泡
/// 排序` / `Linux指令：强行杀进程` / `堆栈队列介绍`): three or more short lines, none a
/// sentence, most of them short titles or questions. Each line is then a block of its own.
pub(crate) fn one_per_line(lines: &[&str], s: usize, e: usize) -> bool {
    if e < s + 3 {
        return false;
    }
    // (A line that asks may run longer: `如果有一些CPU高度密集的任务，…需不需要用到单线程线程池呢？`.)
    let line_ok = |l: &str| {
        let t = trim(l);
        (chars(t) <= 40 || chars(t) <= 100 && crate::text::is_question_like(t))
            && !t.ends_with(['。', '；', '！', '.', ';', '!', '，', ',', '、', ':', '：'])
            && !t.starts_with(['-', '*', '#', '/', '>', '|', '`', '<', '!', '['])
            && numbering(t).is_none()
    };
    let title = |l: &str| {
        let t = trim(l);
        crate::text::is_question_like(t) || chars(t) <= 24 && t.matches(['，', ',']).count() <= 1
    };
    let n = e - s;
    (s..e).all(|i| line_ok(lines[i])) && (s..e).filter(|&i| title(lines[i])).count() * 3 >= n * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbering_families() {
        fn s(t: &str) -> Option<(Style, u32, &str)> {
            numbering(t).map(|n| (n.style, n.n, &t[n.len..]))
        }
        assert_eq!(s("1、问题"), Some((Style::Arabic, 1, "问题")));
        assert_eq!(s("12.topic"), Some((Style::Arabic, 12, "topic")));
        assert_eq!(s("3\\如何检测"), Some((Style::Arabic, 3, "如何检测")));
        assert_eq!(s("1.1.2 特征"), Some((Style::Decimal, 2, " 特征")));
        assert_eq!(s("3.1、内存地址"), Some((Style::Decimal, 1, "内存地址")));
        assert_eq!(s("6.4.1: 定义"), Some((Style::Decimal, 1, " 定义")));
        assert_eq!(bullet("|----je 相等则跳转"), Some(5));
        assert_eq!(bullet("|___"), None);
        assert_eq!(s("一、万读"), Some((Style::Chinese, 1, "万读")));
        assert_eq!(s("（二）网络"), Some((Style::Chinese, 2, "网络")));
        assert_eq!(s("第十二章 总结"), Some((Style::Chinese, 12, " 总结")));
        assert_eq!(s("第二部分 变革"), Some((Style::Chinese, 2, " 变革")));
        assert_eq!(s("Q12. What"), Some((Style::Label, 12, " What")));
        assert_eq!(s("R3:"), Some((Style::Label, 3, "")));
        // A number and a colon before a gap numbers a line; a time, a ratio or a value
        // explained like a term (`0：不刷盘`) does not.
        assert_eq!(s("2:  HashMap"), Some((Style::Arabic, 2, "  HashMap")));
        assert_eq!(s("10:30 开会"), None);
        assert_eq!(s("0: 不刷盘"), None);
        assert_eq!(s("1：每次提交"), None);
        assert_eq!(s("a. What is"), Some((Style::Letter, 1, "What is")));
        assert_eq!(s("(3) 客户端"), Some((Style::Paren, 3, " 客户端")));
        assert_eq!(s("③ 步骤"), Some((Style::Circled, 3, " 步骤")));
        assert_eq!(bullet("-> what is gas"), Some(3));
        assert_eq!(bullet("• 要点"), Some(4));
        assert_eq!(bullet("- item"), Some(2));
        assert_eq!(bullet("---"), None);
        assert_eq!(bullet("-1 度"), None);
        assert_eq!(bullet("--> x"), None);
        assert_eq!(bullet("=>"), None);
        for d in [
            "8/22",
            "9/12/2023",
            "2023-09-12",
            "2023.9.12",
            "9月12日",
            "2023年9月12日:",
        ] {
            assert!(is_date(d), "{d}");
        }
        for d in ["1.1", "3.5 GB", "8", "a/b", "TCP/IP", "1/2 的概率", "2023"] {
            assert!(!is_date(d), "{d}");
        }
        assert_eq!(s("1.25倍"), None);
        assert_eq!(s("二叉树"), None);
        assert_eq!(s("2的n次方"), None);
        assert_eq!(s("Header"), None);
    }

    fn dump(text: &str) -> String {
        let lines: Vec<&str> = text.split('\n').collect();
        let root = Node::plain_root(lines.len(), build(&lines, 0..lines.len()));
        super::super::dump(&root)
    }

    #[test]
    fn items_sections_and_inner_steps() {
        let t = dump("一、公司甲\n1、问题一？\n   答一\n1、问题二？\n2、问题三\n1.步骤\n2.步骤\n3、问题四\n\n伴鱼\n1、问题五");
        assert_eq!(
            t,
            "Heading(1)#1 1-8 公司甲\n  Item { ordered: true } 2-3 问题一？\n    Para 3-3 答一\n  Item { ordered: true } 4-4 问题二？\n  Item { ordered: true } 5-7 问题三\n    Item { ordered: true } 6-6 步骤\n    Item { ordered: true } 7-7 步骤\n  Item { ordered: true } 8-8 问题四\nHeading(1)#1 10-11 伴鱼\n  Item { ordered: true } 11-11 问题五\n"
        );
    }

    #[test]
    fn blocks_without_numbering() {
        let t = dump("\n创建线程的方式\n继承Thread\n实现Runnable\n\n线程池\n复用线程\n");
        assert_eq!(
            t,
            "Para 2-4 创建线程的方式\n  Text 3-4 继承Thread\nPara 6-7 线程池\n  Text 7-7 复用线程\n"
        );
    }
}
