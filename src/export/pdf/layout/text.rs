//! Measuring and breaking text: every character measured with its face's real advance,
//! lines broken at UAX #14 opportunities tightened by the CJK kinsoku rules, inline formulas
//! measured as one glyph, and the broken lines turned into rows of drawing items.

use super::*;
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// Characters that must not begin a line (CJK kinsoku, plus their ASCII cousins).
pub(super) const NO_START: &str = "，。、．）》」』】〕〉〗〙〛］｝：；！？…‥·・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ’”〞〟｠»›%,.;:!?)]}";
/// Characters that must not end a line.
pub(super) const NO_END: &str = "（《「『【〔〈〖〘〚［｛‘“〝｟«‹([{";

pub(super) fn no_start(c: char) -> bool {
    NO_START.contains(c)
}
pub(super) fn no_end(c: char) -> bool {
    NO_END.contains(c)
}

/// A measured character of a paragraph.
#[derive(Debug, Clone, Copy)]
pub struct Glyph {
    /// Byte offset in the paragraph text.
    pub byte: u32,
    pub ch: char,
    pub face: u8,
    /// Index of the run (style) it came from.
    pub run: u16,
    /// Advance in points.
    pub adv: f32,
    /// The character the text had; differs from `ch` when no face could draw it and `ch` is
    /// the placeholder (the writer then records `orig` as the span's /ActualText).
    pub orig: char,
}

/// How a paragraph's text is set.
#[derive(Debug, Clone, Copy)]
pub struct TextSpec {
    pub size: f32,
    pub role: Role,
    pub color: Color,
    pub bold: bool,
}

impl TextSpec {
    /// Regular body text at `size` in `color`.
    pub fn body(size: f32, color: Color) -> Self {
        TextSpec {
            size,
            role: Role::Body,
            color,
            bold: false,
        }
    }
}

/// A paragraph's text, measured.
pub struct Measured {
    pub text: String,
    pub glyphs: Vec<Glyph>,
    pub styles: Vec<Style>,
    /// Typeset inline formulas by run index (a formula is one glyph of face [`MATH_FACE`]).
    pub formulas: Vec<(u16, Arc<Formula>)>,
    /// Formulas that could not be typeset and are set as code: (TeX, why).
    pub math_errors: Vec<(String, String)>,
    /// Link targets by run index.
    pub links: Vec<(u16, Arc<str>)>,
}

impl Measured {
    fn formula(&self, run: u16) -> Option<&Arc<Formula>> {
        self.formulas
            .iter()
            .find(|(r, _)| *r == run)
            .map(|(_, f)| f)
    }
}

/// The face index of a glyph that stands for a whole formula.
pub const MATH_FACE: u8 = u8::MAX;
/// The character a formula occupies in a measured paragraph's text.
pub(super) const FORMULA_CHAR: char = '\u{FFFC}';

/// Notes sometimes put a hard line break right before `、` or `，`; honouring it literally would
/// start a line with closing punctuation. Move such punctuation to the end of the line before.
pub(super) fn hoist_punct_over_breaks(runs: &[Run]) -> Option<Vec<Run>> {
    let needs = runs.iter().enumerate().any(|(i, r)| {
        !r.style.code
            && r.text.char_indices().any(|(at, c)| {
                no_start(c)
                    && (r.text[..at].ends_with('\n')
                        || (at == 0 && i > 0 && runs[i - 1].text.ends_with('\n')))
            })
    });
    if !needs {
        return None;
    }
    let mut out: Vec<Run> = Vec::with_capacity(runs.len());
    for r in runs {
        let mut text = String::with_capacity(r.text.len());
        for c in r.text.chars() {
            let own = text.ends_with('\n');
            let prev = text.is_empty() && out.last().is_some_and(|p| p.text.ends_with('\n'));
            if !r.style.code && no_start(c) && (own || prev) {
                // Put `c` before the newline(s) it follows.
                let target = if own {
                    &mut text
                } else {
                    match out.last_mut() {
                        Some(p) => &mut p.text,
                        None => &mut text,
                    }
                };
                let n = target.len() - target.trim_end_matches('\n').len();
                let at = target.len() - n;
                target.insert(at, c);
                continue;
            }
            text.push(c);
        }
        out.push(Run {
            text,
            style: r.style,
            url: None,
        });
    }
    Some(out)
}

/// Characters that draw nothing: emoji presentation selectors (`⚠️` is `⚠` + U+FE0F), zero
/// width joiners and spaces, the keycap combiner of `1️⃣`.
pub(super) fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{20E3}')
}

/// A character the fonts have that stands in for a symbol or emoji they lack, as notes use
/// them: ticks, crosses, stars, arrows, traffic-light dots. The text layer keeps the original.
pub(super) fn look_alike(c: char) -> Option<char> {
    Some(match c {
        '✔' | '✅' | '☑' | '🗸' | '✓' => '✓',
        '✗' | '✘' | '❌' | '✖' | '❎' => '×',
        '⭐' | '🌟' => '★',
        '➡' | '👉' | '⮕' => '→',
        '⬅' | '👈' => '←',
        '⬆' | '👆' => '↑',
        '⬇' | '👇' => '↓',
        '❗' | '❕' => '!',
        '❓' | '❔' => '?',
        '🔴' | '🟢' | '🟡' | '🔵' | '🟠' | '🟣' | '⚫' => '●',
        '⚪' => '○',
        '▪' | '◾' | '⬛' => '■',
        '▫' | '◽' | '⬜' => '□',
        _ => return None,
    })
}

/// Concatenates `runs`, resolving each character to a face and measuring it.
pub fn measure(
    ctx_fonts: &FontSet,
    runs: &[Run],
    spec: &TextSpec,
    missing: &mut BTreeSet<char>,
) -> Measured {
    let fixed = if spec.role == Role::Body {
        hoist_punct_over_breaks(runs)
    } else {
        None
    };
    let runs = fixed.as_deref().unwrap_or(runs);
    let cap: usize = runs.iter().map(|r| r.text.len()).sum();
    let mut text = String::with_capacity(cap);
    let mut glyphs = Vec::with_capacity(cap);
    let mut styles = Vec::with_capacity(runs.len());
    let mut formulas = Vec::new();
    let mut math_errors = Vec::new();
    let mut links = Vec::new();
    for (ri, run) in runs.iter().enumerate() {
        let run_idx = ri.min(u16::MAX as usize) as u16;
        if let Some(url) = &run.url {
            links.push((run_idx, Arc::from(url.as_str())));
        }
        let mut style = run.style;
        if style.math {
            match math::typeset(&run.text, spec.size, false, ctx_fonts) {
                Ok(f) => {
                    glyphs.push(Glyph {
                        byte: text.len() as u32,
                        ch: FORMULA_CHAR,
                        face: MATH_FACE,
                        run: run_idx,
                        adv: f.width,
                        orig: FORMULA_CHAR,
                    });
                    text.push(FORMULA_CHAR);
                    formulas.push((run_idx, Arc::new(f)));
                    styles.push(style);
                    continue;
                }
                Err(why) => {
                    // Printed as the TeX the author wrote, in monospace.
                    math_errors.push((run.text.clone(), why));
                    style.math = false;
                    style.code = true;
                }
            }
        }
        styles.push(style);
        let (role, size) = if style.code && spec.role == Role::Body {
            (Role::Mono, spec.size * 0.94)
        } else {
            (spec.role, spec.size)
        };
        for c in run.text.chars() {
            let byte = text.len() as u32;
            if c == '\n' {
                text.push('\n');
                glyphs.push(Glyph {
                    byte,
                    ch: '\n',
                    face: 0,
                    run: run_idx,
                    adv: 0.0,
                    orig: '\n',
                });
                continue;
            }
            if is_ignorable(c) {
                continue;
            }
            let orig = if c.is_whitespace() { ' ' } else { c };
            let found = ctx_fonts.resolve(role, c).map(|r| (c, r)).or_else(|| {
                let sub = look_alike(c)?;
                ctx_fonts.resolve(role, sub).map(|r| (sub, r))
            });
            let (c, resolved) = match found {
                Some(found) => found,
                None => {
                    if !c.is_whitespace() {
                        missing.insert(c);
                    }
                    let ph = if c.is_whitespace() {
                        ' '
                    } else {
                        MISSING_PLACEHOLDER
                    };
                    (ph, ctx_fonts.resolve(role, ph).unwrap_or((0, 1.0)))
                }
            };
            text.push(c);
            glyphs.push(Glyph {
                byte,
                ch: c,
                face: resolved.0,
                run: run_idx,
                adv: resolved.1 * size,
                orig,
            });
        }
    }
    Measured {
        text,
        glyphs,
        styles,
        formulas,
        math_errors,
        links,
    }
}

/// Break opportunities as glyph indices (a break is allowed *before* glyph k), with whether the
/// break is mandatory: UAX #14, minus breaks the kinsoku rules forbid. Always ends at the end.
pub(super) fn opportunities(m: &Measured) -> Vec<(usize, bool)> {
    let g = &m.glyphs;
    let mut opps: Vec<(usize, bool)> = Vec::new();
    let mut gi = 0usize;
    for (byte, kind) in linebreaks(&m.text) {
        while gi < g.len() && (g[gi].byte as usize) < byte {
            gi += 1;
        }
        let k = gi;
        let mandatory = kind == BreakOpportunity::Mandatory;
        if !mandatory && k > 0 && k < g.len() && (no_start(g[k].ch) || no_end(g[k - 1].ch)) {
            continue;
        }
        opps.push((k, mandatory));
    }
    if opps.last().map(|o| o.0) != Some(g.len()) {
        opps.push((g.len(), true));
    }

    opps
}

/// Breaks measured text into lines no wider than `width` (the first line `first_width`).
/// Returns glyph ranges; trailing spaces and newlines stay inside the range but take no room.
pub fn break_lines(m: &Measured, first_width: f32, width: f32) -> Vec<Range<usize>> {
    let g = &m.glyphs;
    let mut lines = Vec::new();
    if g.is_empty() {
        return lines;
    }
    let opps = opportunities(m);
    let mut line_start = 0usize;
    let mut line_w = 0.0f32; // including trailing spaces
    let mut seg_start = 0usize;
    let avail = |n: usize| if n == 0 { first_width } else { width };
    for (end, mandatory) in opps {
        if end <= seg_start {
            if mandatory && end == seg_start && end > line_start {
                lines.push(line_start..end);
                line_start = end;
                line_w = 0.0;
            }
            continue;
        }
        let seg = &g[seg_start..end];
        let total: f32 = seg.iter().map(|x| x.adv).sum();
        let trailing: f32 = seg
            .iter()
            .rev()
            .take_while(|x| x.ch == ' ' || x.ch == '\n')
            .map(|x| x.adv)
            .sum();
        let ink = total - trailing;
        let w = avail(lines.len());
        if line_w + ink <= w + 0.01 || (line_start == seg_start && ink <= 0.0) {
            line_w += total;
        } else {
            if seg_start > line_start {
                lines.push(line_start..seg_start);
                line_start = seg_start;
            }
            let w = avail(lines.len());
            if ink <= w + 0.01 {
                line_w = total;
            } else {
                // Wider than the column on its own: break between characters.
                let mut i = seg_start;
                let mut acc = 0.0f32;
                while i < end {
                    let w = avail(lines.len());
                    if acc > 0.0 && acc + g[i].adv > w + 0.01 && g[i].ch != ' ' {
                        // Don't start the next line with closing punctuation.
                        let mut cut = i;
                        while cut > line_start + 1 && no_start(g[cut].ch) {
                            cut -= 1;
                        }
                        lines.push(line_start..cut);
                        line_start = cut;
                        acc = g[cut..=i].iter().map(|x| x.adv).sum::<f32>() - g[i].adv;
                    }
                    acc += g[i].adv;
                    i += 1;
                }
                line_w = acc;
            }
        }
        seg_start = end;
        if mandatory && end > line_start {
            lines.push(line_start..end);
            line_start = end;
            line_w = 0.0;
        }
    }
    if line_start < g.len() {
        lines.push(line_start..g.len());
    }
    lines
}

/// Ink width of a line (without trailing spaces / newline).
pub(super) fn line_width(m: &Measured, r: &Range<usize>) -> f32 {
    let g = &m.glyphs[r.clone()];
    let trailing = g
        .iter()
        .rev()
        .take_while(|x| x.ch == ' ' || x.ch == '\n')
        .count();
    g[..g.len() - trailing].iter().map(|x| x.adv).sum()
}

/// Widest unbreakable piece (for table column minimums).
pub(super) fn min_content_width(m: &Measured) -> f32 {
    let mut widest = 0.0f32;
    let mut start = 0;
    for (end, _) in opportunities(m) {
        if end > start {
            widest = widest.max(line_width(m, &(start..end)));
        }
        start = end;
    }
    widest
}

/// Turns one laid-out line into text items (plus inline-code backgrounds, strike lines).
#[allow(clippy::too_many_arguments)]
pub(super) fn line_items(
    m: &Measured,
    r: &Range<usize>,
    spec: &TextSpec,
    x0: f32,
    baseline: f32,
    items: &mut Vec<Item>,
) {
    let g = &m.glyphs;
    let mut end = r.end;
    while end > r.start && (g[end - 1].ch == ' ' || g[end - 1].ch == '\n') {
        end -= 1;
    }
    let mut x = x0;
    let mut i = r.start;
    while i < end {
        let face = g[i].face;
        let run = g[i].run;
        if face == MATH_FACE {
            if let Some(f) = m.formula(run) {
                formula_items(f, x, baseline, 1.0, spec.color, items);
            }
            x += g[i].adv;
            i += 1;
            continue;
        }
        let substituted = g[i].ch != g[i].orig;
        let mut j = i;
        let mut w = 0.0;
        while j < end
            && g[j].face == face
            && face != MATH_FACE
            && g[j].run == run
            && (g[j].ch != g[j].orig) == substituted
        {
            w += g[j].adv;
            j += 1;
        }
        let style = m.styles.get(run as usize).copied().unwrap_or_default();
        let a = g[i].byte as usize;
        let b = if j < g.len() {
            g[j].byte as usize
        } else {
            m.text.len()
        };
        let slice = m.text.get(a..b).unwrap_or("");
        let size = if style.code && spec.role == Role::Body {
            spec.size * 0.94
        } else {
            spec.size
        };
        if style.mark {
            items.push(Item::Rect {
                x,
                y: baseline - spec.size * 0.95,
                w,
                h: spec.size * 1.2,
                color: MARK_BG,
            });
        }
        if style.code && spec.role == Role::Body {
            items.push(Item::Rect {
                x: x - 0.8,
                y: baseline - spec.size * 0.92,
                w: w + 1.6,
                h: spec.size * 1.18,
                color: INLINE_CODE_BG,
            });
        }
        let color = if style.code && spec.role == Role::Body {
            CODE_INK
        } else if style.link {
            LINK
        } else {
            spec.color
        };
        if !slice.trim().is_empty() {
            items.push(Item::Text {
                x,
                baseline,
                face,
                size,
                color,
                bold: spec.bold || style.bold,
                italic: style.italic,
                text: slice.to_string(),
                actual: substituted.then(|| g[i..j].iter().map(|x| x.orig).collect()),
            });
        }
        if style.strike {
            let y = baseline - spec.size * 0.3;
            items.push(Item::Line {
                x1: x,
                y1: y,
                x2: x + w,
                y2: y,
                width: 0.5,
                color,
            });
        }
        if let Some((_, url)) = m.links.iter().find(|(r, _)| *r == run) {
            items.push(Item::Link {
                x,
                y: baseline - spec.size * 0.95,
                w,
                h: spec.size * 1.2,
                url: url.clone(),
            });
        }
        if style.link {
            let y = baseline + spec.size * 0.12;
            items.push(Item::Line {
                x1: x,
                y1: y,
                x2: x + w,
                y2: y,
                width: 0.3,
                color: LINK,
            });
        }
        x += w;
        i = j;
    }
}

/// Lays `runs` out as rows of text lines.
pub fn text_rows(ctx: &mut Ctx<'_>, runs: &[Run], spec: &TextSpec, width: f32) -> Vec<Row> {
    let mut m = measure(ctx.fonts, runs, spec, &mut ctx.missing);
    ctx.math_errors.append(&mut m.math_errors);
    let lh = ctx.theme.line_height(spec.size);
    let baseline = (lh - spec.size) / 2.0 + spec.size * 0.86;
    break_lines(&m, width, width)
        .iter()
        .map(|r| {
            // A tall formula (a fraction, a matrix) makes its line taller.
            let (above, below) = formula_extent(&m, r, spec.size);
            let base = baseline.max(above);
            let height = (base + (lh - baseline).max(below)).max(lh);
            let mut items = Vec::new();
            line_items(&m, r, spec, 0.0, base, &mut items);
            Row {
                height,
                baseline: Some(base),
                items,
                ..Default::default()
            }
        })
        .collect()
}

/// Room the formulas of a line need above and below its baseline, with a little air.
pub(super) fn formula_extent(m: &Measured, r: &Range<usize>, size: f32) -> (f32, f32) {
    let mut ext = (0.0f32, 0.0f32);
    if m.formulas.is_empty() {
        return ext;
    }
    for g in &m.glyphs[r.clone()] {
        if g.face == MATH_FACE {
            if let Some(f) = m.formula(g.run) {
                ext.0 = ext.0.max(f.height + size * 0.15);
                ext.1 = ext.1.max(f.depth + size * 0.15);
            }
        }
    }
    ext
}

/// A formula at (`x`, `baseline`): its glyphs and rules, and the text it leaves room for
/// (Chinese in `\text{}`) as text items in the text faces.
fn formula_items(
    f: &Arc<math::Formula>,
    x: f32,
    baseline: f32,
    scale: f32,
    color: Color,
    items: &mut Vec<Item>,
) {
    items.push(Item::Math {
        x,
        baseline,
        scale,
        color,
        formula: f.clone(),
    });
    for p in &f.prims {
        if let math::Prim::Text {
            face,
            text,
            x: tx,
            y,
            size,
        } = p
        {
            items.push(Item::Text {
                x: x + tx * scale,
                baseline: baseline - y * scale,
                face: *face,
                size: size * scale,
                color,
                bold: false,
                italic: false,
                text: text.clone(),
                actual: None,
            });
        }
    }
}

/// Display math: the formula centred in the column, scaled down when wider than it; TeX that
/// cannot be typeset is shown as code.
pub(super) fn display_math(ctx: &mut Ctx<'_>, tex: &str, width: f32, out: &mut Vec<Row>) {
    let size = ctx.theme.size;
    match math::typeset(tex, size, true, ctx.fonts) {
        Ok(f) => {
            let scale = if f.width > width {
                width / f.width
            } else {
                1.0
            };
            let pad = size * 0.3;
            let above = f.height * scale + pad;
            out.push(Row {
                height: above + f.depth * scale + pad,
                baseline: Some(above),
                items: {
                    let mut items = Vec::new();
                    let x = ((width - f.width * scale) / 2.0).max(0.0);
                    let color = ctx.color.unwrap_or(INK);
                    formula_items(&Arc::new(f), x, above, scale, color, &mut items);
                    items
                },
                ..Default::default()
            });
        }
        Err(why) => {
            ctx.math_errors.push((tex.to_string(), why));
            code_block(ctx, tex, width, out);
        }
    }
}
