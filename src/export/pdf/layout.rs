//! Layout: blocks in, positioned boxes on pages out.
//!
//! Why this module exists: a cheat-sheet lives or dies by its line breaking and its packing, and
//! no PDF crate does either the way Chinese study notes need. Here we measure every character with
//! its face's real advance width, break lines at UAX #14 opportunities (`unicode-linebreak`)
//! tightened by the CJK kinsoku rules (no line starts with `，。）：；！？」` …, none ends with
//! `（《「` …), keep identifiers such as `runtime.GOMAXPROCS(4)` whole unless they are wider than
//! the column, and stack the resulting rows into columns and pages, keeping each question heading
//! with the first lines of its answer.
//!
//! Everything is in PDF points; inside a [`Row`], `x` runs right from the column's left edge and
//! `y` runs *down* from the row's top. The writer flips that into PDF space.

use super::fonts::{FontSet, Role, MISSING_PLACEHOLDER};
use super::markdown::{Align, Block, Callout, Inline, Run, Style};
use super::math::{self, Formula};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// An sRGB colour, components 0..=1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Color(pub f32, pub f32, pub f32);

pub const INK: Color = Color(0.11, 0.11, 0.12);
pub const QUESTION: Color = Color(0.05, 0.22, 0.45);
pub const MUTED: Color = Color(0.40, 0.40, 0.43);
pub const CODE_INK: Color = Color(0.55, 0.10, 0.10);
pub const CODE_BG: Color = Color(0.945, 0.945, 0.945);
pub const INLINE_CODE_BG: Color = Color(0.93, 0.93, 0.93);
pub const RULE: Color = Color(0.72, 0.72, 0.75);
pub const GRID: Color = Color(0.55, 0.55, 0.58);
pub const HEAD_BG: Color = Color(0.90, 0.92, 0.95);
pub const MARK_BG: Color = Color(1.0, 0.95, 0.64);
pub const LINK: Color = Color(0.10, 0.30, 0.65);

/// Characters that must not begin a line (CJK kinsoku, plus their ASCII cousins).
const NO_START: &str = "，。、．）》」』】〕〉〗〙〛］｝：；！？…‥·・ー々〻ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ’”〞〟｠»›%,.;:!?)]}";
/// Characters that must not end a line.
const NO_END: &str = "（《「『【〔〈〖〘〚［｛‘“〝｟«‹([{";

fn no_start(c: char) -> bool {
    NO_START.contains(c)
}
fn no_end(c: char) -> bool {
    NO_END.contains(c)
}

/// One drawing instruction, relative to its row.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        /// Baseline, down from the row top.
        baseline: f32,
        face: u8,
        size: f32,
        color: Color,
        bold: bool,
        italic: bool,
        text: String,
        /// What the text really says when `text` holds placeholders (PDF /ActualText).
        actual: Option<String>,
    },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
    },
    Image {
        image: usize,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
    },
    /// A clickable area (a link annotation, not drawn).
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        url: Arc<str>,
    },
    /// A typeset formula, its baseline `baseline` down from the row top, scaled by `scale`.
    Math {
        x: f32,
        baseline: f32,
        scale: f32,
        color: Color,
        formula: Arc<Formula>,
    },
}

impl Item {
    fn shift(&mut self, dx: f32, dy: f32) {
        match self {
            Item::Text { x, baseline, .. } | Item::Math { x, baseline, .. } => {
                *x += dx;
                *baseline += dy;
            }
            Item::Rect { x, y, .. } | Item::Image { x, y, .. } | Item::Link { x, y, .. } => {
                *x += dx;
                *y += dy;
            }
            Item::Line { x1, y1, x2, y2, .. } => {
                *x1 += dx;
                *x2 += dx;
                *y1 += dy;
                *y2 += dy;
            }
        }
    }
}

/// An unsplittable horizontal slice of a column: a line of text, a table row, an image.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Row {
    pub height: f32,
    /// Vertical gap above this row; dropped at the top of a column.
    pub space_before: f32,
    /// Do not end a column after this row (question headings and their first answer line).
    pub keep_with_next: bool,
    /// Draw a separator above this row unless it starts a column (first row of a card).
    pub rule_above: bool,
    /// Index of the card whose question starts here (for the outline).
    pub card: Option<usize>,
    /// Index of the card this row belongs to (question or answer).
    pub owner: Option<usize>,
    /// Baseline of the first text line, for list markers.
    pub baseline: Option<f32>,
    pub items: Vec<Item>,
}

impl Row {
    fn shift(&mut self, dx: f32) {
        for it in &mut self.items {
            it.shift(dx, 0.0);
        }
    }
}

/// Sizes derived from the body font size.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub size: f32,
    /// Line height as a multiple of the font size.
    pub leading: f32,
}

impl Theme {
    pub fn new(size: f32) -> Theme {
        Theme {
            size,
            leading: 1.36,
        }
    }
    fn line_height(&self, size: f32) -> f32 {
        size * self.leading
    }
    pub fn code_size(&self) -> f32 {
        self.size * 0.9
    }
    pub fn question_size(&self) -> f32 {
        self.size * 1.08
    }
}

/// Pixel size of an embedded image, looked up by its markdown URL.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ImageInfo {
    pub index: usize,
    pub width_px: u32,
    pub height_px: u32,
}

/// Everything block layout needs besides the blocks.
pub struct Ctx<'a> {
    pub fonts: &'a FontSet,
    pub theme: Theme,
    /// The current card's embedded images, by their URL in the markdown.
    pub images: HashMap<String, ImageInfo>,
    /// Characters no face could draw (reported once by the exporter).
    pub missing: BTreeSet<char>,
    /// Tallest image allowed: 0.45 of the column height (also how layout knows that height).
    pub max_image_height: f32,
    /// Per card index: the line that opens a column where the card continues, `（续）` and its
    /// question.
    pub continued: HashMap<usize, Row>,
    /// Formulas that could not be typeset (printed as TeX instead): the TeX and why.
    pub math_errors: Vec<(String, String)>,
    color: Option<Color>,
    list_depth: usize,
}

impl<'a> Ctx<'a> {
    pub fn new(fonts: &'a FontSet, theme: Theme, max_image_height: f32) -> Ctx<'a> {
        Ctx {
            fonts,
            theme,
            images: HashMap::new(),
            missing: BTreeSet::new(),
            max_image_height,
            math_errors: Vec::new(),
            continued: HashMap::new(),
            color: None,
            list_depth: 0,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Measuring and breaking lines

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
const FORMULA_CHAR: char = '\u{FFFC}';

/// Notes sometimes put a hard line break right before `、` or `，`; honouring it literally would
/// start a line with closing punctuation. Move such punctuation to the end of the line before.
fn hoist_punct_over_breaks(runs: &[Run]) -> Option<Vec<Run>> {
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
fn is_ignorable(c: char) -> bool {
    matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{20E3}')
}

/// A character the fonts have that stands in for a symbol or emoji they lack, as notes use
/// them: ticks, crosses, stars, arrows, traffic-light dots. The text layer keeps the original.
fn look_alike(c: char) -> Option<char> {
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
            match math::typeset(&run.text, spec.size, false) {
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
fn opportunities(m: &Measured) -> Vec<(usize, bool)> {
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
fn line_width(m: &Measured, r: &Range<usize>) -> f32 {
    let g = &m.glyphs[r.clone()];
    let trailing = g
        .iter()
        .rev()
        .take_while(|x| x.ch == ' ' || x.ch == '\n')
        .count();
    g[..g.len() - trailing].iter().map(|x| x.adv).sum()
}

/// Widest unbreakable piece (for table column minimums).
fn min_content_width(m: &Measured) -> f32 {
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
fn line_items(
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
                items.push(Item::Math {
                    x,
                    baseline,
                    scale: 1.0,
                    color: spec.color,
                    formula: f.clone(),
                });
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
fn formula_extent(m: &Measured, r: &Range<usize>, size: f32) -> (f32, f32) {
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

/// Display math: the formula centred in the column, scaled down when wider than it; TeX that
/// cannot be typeset is shown as code.
fn display_math(ctx: &mut Ctx<'_>, tex: &str, width: f32, out: &mut Vec<Row>) {
    let size = ctx.theme.size;
    match math::typeset(tex, size, true) {
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
                items: vec![Item::Math {
                    x: ((width - f.width * scale) / 2.0).max(0.0),
                    baseline: above,
                    scale,
                    color: ctx.color.unwrap_or(INK),
                    formula: Arc::new(f),
                }],
                ..Default::default()
            });
        }
        Err(why) => {
            ctx.math_errors.push((tex.to_string(), why));
            code_block(ctx, tex, width, out);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Blocks

fn body_spec(ctx: &Ctx<'_>) -> TextSpec {
    TextSpec::body(ctx.theme.size, ctx.color.unwrap_or(INK))
}

/// Lays out an answer's blocks at `width`.
pub fn blocks(ctx: &mut Ctx<'_>, blocks: &[Block], width: f32, out: &mut Vec<Row>) {
    for (i, b) in blocks.iter().enumerate() {
        let start = out.len();
        block(ctx, b, width, out);
        // No orphans (a block's first line alone at a column's foot) and no widows (its last
        // line alone at the top of the next column).
        let n = out.len() - start;
        if n >= 2 {
            out[start].keep_with_next = true;
        }
        if n >= 3 {
            out[start + n - 2].keep_with_next = true;
        }
        if i > 0 {
            if let Some(r) = out.get_mut(start) {
                let gap = ctx.theme.size * if ctx.list_depth > 0 { 0.2 } else { 0.4 };
                r.space_before = r.space_before.max(gap);
            }
        }
    }
}

fn block(ctx: &mut Ctx<'_>, b: &Block, width: f32, out: &mut Vec<Row>) {
    let width = width.max(ctx.theme.size * 2.0);
    match b {
        Block::Para(runs) => {
            let spec = body_spec(ctx);
            out.extend(text_rows(ctx, runs, &spec, width));
        }
        Block::Heading(_, runs) => {
            let spec = TextSpec {
                bold: true,
                color: ctx.color.unwrap_or(INK),
                ..body_spec(ctx)
            };
            let mut rows = text_rows(ctx, runs, &spec, width);
            for r in &mut rows {
                r.keep_with_next = true;
            }
            out.extend(rows);
        }
        Block::List { start, items } => list(ctx, *start, items, width, out),
        Block::Code(code) => code_block(ctx, code, width, out),
        Block::Table {
            aligns,
            header_rows,
            rows,
        } => table(ctx, aligns, *header_rows, rows, width, out),
        Block::Quote(inner) => {
            let indent = ctx.theme.size * 0.9;
            let saved = ctx.color.replace(MUTED);
            let mut rows = Vec::new();
            blocks(ctx, inner, width - indent, &mut rows);
            ctx.color = saved;
            for (i, mut r) in rows.into_iter().enumerate() {
                r.shift(indent);
                let top = if i == 0 { 0.0 } else { -r.space_before };
                r.items.push(Item::Line {
                    x1: indent * 0.3,
                    y1: top,
                    x2: indent * 0.3,
                    y2: r.height,
                    width: 1.6,
                    color: RULE,
                });
                out.push(r);
            }
        }
        Block::Image { src, .. } => image(ctx, src, width, out),
        Block::Math(tex) => display_math(ctx, tex, width, out),
        Block::Callout(kind, inner) => callout(ctx, *kind, inner, width, out),
        Block::Rule => {
            let h = ctx.theme.size * 0.8;
            out.push(Row {
                height: h,
                items: vec![Item::Line {
                    x1: 0.0,
                    y1: h / 2.0,
                    x2: width,
                    y2: h / 2.0,
                    width: 0.5,
                    color: RULE,
                }],
                ..Default::default()
            });
        }
    }
}

/// A callout: its blocks inset in a box tinted for its kind, with a bar of the kind's colour.
fn callout(ctx: &mut Ctx<'_>, kind: Callout, inner: &[Block], width: f32, out: &mut Vec<Row>) {
    let (bar, tint) = match kind {
        Callout::Note => (Color(0.04, 0.41, 0.85), Color(0.87, 0.96, 1.0)),
        Callout::Tip => (Color(0.10, 0.50, 0.22), Color(0.85, 0.98, 0.88)),
        Callout::Important => (Color(0.51, 0.31, 0.87), Color(0.98, 0.94, 1.0)),
        Callout::Warning => (Color(0.60, 0.40, 0.0), Color(1.0, 0.97, 0.77)),
        Callout::Caution => (Color(0.81, 0.13, 0.18), Color(1.0, 0.92, 0.91)),
    };
    let indent = ctx.theme.size * 0.8;
    let pad = ctx.theme.size * 0.25;
    let mut rows = Vec::new();
    blocks(ctx, inner, width - indent - pad, &mut rows);
    let n = rows.len();
    for (i, mut r) in rows.into_iter().enumerate() {
        r.shift(indent);
        let top = if i == 0 { -pad } else { -r.space_before };
        let bottom = if i + 1 == n { r.height + pad } else { r.height };
        let mut items = vec![
            Item::Rect {
                x: 0.0,
                y: top,
                w: width,
                h: bottom - top,
                color: tint,
            },
            Item::Rect {
                x: 0.0,
                y: top,
                w: 2.0,
                h: bottom - top,
                color: bar,
            },
        ];
        items.append(&mut r.items);
        r.items = items;
        if i == 0 {
            r.space_before += pad;
        }
        if i + 1 == n {
            r.height += pad;
        }
        out.push(r);
    }
}

const BULLETS: [&str; 3] = ["•", "◦", "▪"];

fn list(
    ctx: &mut Ctx<'_>,
    start: Option<u64>,
    items: &[Vec<Block>],
    width: f32,
    out: &mut Vec<Row>,
) {
    let depth = ctx.list_depth;
    let size = ctx.theme.size;
    let marker_text = |i: usize| -> String {
        match start {
            Some(n) => format!("{}.", n.saturating_add(i as u64)),
            None => BULLETS[depth % BULLETS.len()].to_string(),
        }
    };
    let spec = body_spec(ctx);
    // Indent: room for the widest marker plus a gap.
    let widest = match start {
        Some(_) => {
            let last = marker_text(items.len().saturating_sub(1));
            let m = measure(
                ctx.fonts,
                &[Run {
                    text: last,
                    style: Style::default(),
                    url: None,
                }],
                &spec,
                &mut ctx.missing,
            );
            m.glyphs.iter().map(|g| g.adv).sum::<f32>()
        }
        None => size * 0.5,
    };
    let indent = (widest + size * 0.45).max(size * 1.1);
    ctx.list_depth += 1;
    for (i, item) in items.iter().enumerate() {
        let mut rows = Vec::new();
        blocks(ctx, item, width - indent, &mut rows);
        if rows.is_empty() {
            rows.push(Row {
                height: ctx.theme.line_height(size),
                baseline: Some((ctx.theme.line_height(size) - size) / 2.0 + size * 0.86),
                ..Default::default()
            });
        }
        for r in &mut rows {
            r.shift(indent);
        }
        let first = &mut rows[0];
        let baseline = first.baseline.unwrap_or(size);
        let marker = marker_text(i);
        let mut mrows = text_rows(
            ctx,
            &[Run {
                text: marker,
                style: Style::default(),
                url: None,
            }],
            &TextSpec {
                color: if start.is_some() { spec.color } else { MUTED },
                ..spec
            },
            indent,
        );
        let first = &mut rows[0];
        if let Some(mrow) = mrows.first_mut() {
            let mb = mrow.baseline.unwrap_or(baseline);
            for mut it in mrow.items.drain(..) {
                it.shift(0.0, baseline - mb);
                first.items.push(it);
            }
        }
        if i > 0 {
            first.space_before = first.space_before.max(size * 0.15);
        } else {
            first.space_before = 0.0;
        }
        out.extend(rows);
    }
    ctx.list_depth -= 1;
}

fn code_block(ctx: &mut Ctx<'_>, code: &str, width: f32, out: &mut Vec<Row>) {
    let size = ctx.theme.code_size();
    let pad = size * 0.5;
    let spec = TextSpec {
        size,
        role: Role::Mono,
        color: INK,
        bold: false,
    };
    let lh = size * 1.3;
    let baseline = (lh - size) / 2.0 + size * 0.86;
    let inner = width - 2.0 * pad;
    let mut rows: Vec<Row> = Vec::new();
    let src = if code.is_empty() { " " } else { code };
    for line in src.split('\n') {
        let expanded;
        let line = if line.contains('\t') {
            expanded = line.replace('\t', "    ");
            expanded.as_str()
        } else {
            line
        };
        let run = [Run {
            text: line.to_string(),
            style: Style::default(),
            url: None,
        }];
        let m = measure(ctx.fonts, &run, &spec, &mut ctx.missing);
        // Continuation lines of a wrapped code line hang under the line's own indentation,
        // two columns further in.
        let lead: f32 = m
            .glyphs
            .iter()
            .take_while(|g| g.ch == ' ')
            .map(|g| g.adv)
            .sum::<f32>()
            .min(inner * 0.5);
        let cont = lead + size;
        let broken = break_lines(&m, inner, inner - cont);
        if broken.is_empty() {
            rows.push(Row {
                height: lh,
                ..Default::default()
            });
        }
        for (k, r) in broken.iter().enumerate() {
            let x = pad + if k > 0 { cont } else { 0.0 };
            let mut items = Vec::new();
            line_items(&m, r, &spec, x, baseline, &mut items);
            if k > 0 {
                // A small drawn hook marks a wrapped line (drawn, so copied code stays clean).
                let (hx, top, mid) = (
                    pad + lead + size * 0.15,
                    baseline - size * 0.75,
                    baseline - size * 0.3,
                );
                for (x1, y1, x2, y2) in [(hx, top, hx, mid), (hx, mid, hx + size * 0.55, mid)] {
                    items.push(Item::Line {
                        x1,
                        y1,
                        x2,
                        y2,
                        width: 0.5,
                        color: MUTED,
                    });
                }
            }
            rows.push(Row {
                height: lh,
                baseline: Some(baseline),
                items,
                ..Default::default()
            });
        }
    }
    let n = rows.len();
    for (i, r) in rows.iter_mut().enumerate() {
        let top = if i == 0 { pad * 0.6 } else { 0.0 };
        let bottom = if i + 1 == n { pad * 0.6 } else { 0.0 };
        for it in &mut r.items {
            it.shift(0.0, top);
        }
        r.height += top + bottom;
        r.baseline = r.baseline.map(|b| b + top);
        r.items.insert(
            0,
            Item::Rect {
                x: 0.0,
                y: 0.0,
                w: width,
                h: r.height,
                color: CODE_BG,
            },
        );
    }
    out.extend(rows);
}

/// Distributes `avail` among table columns. When every column's longest word fits, each gets at
/// least that and the rest goes where the text is longest; otherwise every column starts from a
/// fair share (so a Chinese column is never squeezed to one character because a Latin column
/// holds a long identifier), then moves toward its longest word, then toward its natural width.
fn column_widths(min_w: &[f32], pref_w: &[f32], avail: f32) -> Vec<f32> {
    let n = min_w.len().max(1) as f32;
    let mut w: Vec<f32> = if min_w.iter().sum::<f32>() <= avail {
        min_w.to_vec()
    } else {
        pref_w.iter().map(|p| p.min(avail / n)).collect()
    };
    for target in [min_w, pref_w] {
        let slack = avail - w.iter().sum::<f32>();
        let need: f32 = w.iter().zip(target).map(|(w, t)| (t - w).max(0.0)).sum();
        if slack > 0.0 && need > 0.0 {
            let k = (slack / need).min(1.0);
            for (w, t) in w.iter_mut().zip(target) {
                *w += (t - *w).max(0.0) * k;
            }
        }
    }
    let slack = avail - w.iter().sum::<f32>();
    if slack > 0.0 {
        for x in &mut w {
            *x += slack / n;
        }
    }
    w
}

/// Measures every cell; returns the cells and each column's min-content and natural widths.
fn measure_table(
    ctx: &mut Ctx<'_>,
    rows: &[Vec<Inline>],
    header_rows: usize,
    ncols: usize,
    size: f32,
    color: Color,
) -> (Vec<Vec<Measured>>, Vec<f32>, Vec<f32>) {
    let spec = TextSpec::body(size, color);
    let head_spec = TextSpec { bold: true, ..spec };
    let measured: Vec<Vec<Measured>> = rows
        .iter()
        .enumerate()
        .map(|(ri, row)| {
            (0..ncols)
                .map(|c| {
                    let runs: &[Run] = row.get(c).map(|r| r.as_slice()).unwrap_or(&[]);
                    let s = if ri < header_rows { &head_spec } else { &spec };
                    let mut m = measure(ctx.fonts, runs, s, &mut ctx.missing);
                    ctx.math_errors.append(&mut m.math_errors);
                    m
                })
                .collect()
        })
        .collect();
    let mut min_w = vec![0.0f32; ncols];
    let mut pref_w = vec![0.0f32; ncols];
    for row in &measured {
        for (c, m) in row.iter().enumerate() {
            min_w[c] = min_w[c].max(min_content_width(m));
            let natural = break_lines(m, f32::MAX, f32::MAX)
                .iter()
                .map(|r| line_width(m, r))
                .fold(0.0, f32::max);
            pref_w[c] = pref_w[c].max(natural);
        }
    }
    (measured, min_w, pref_w)
}

fn table(
    ctx: &mut Ctx<'_>,
    aligns: &[Align],
    header_rows: usize,
    rows: &[Vec<Inline>],
    width: f32,
    out: &mut Vec<Row>,
) {
    let ncols = rows
        .iter()
        .map(|r| r.len())
        .max()
        .unwrap_or(0)
        .max(aligns.len());
    if ncols == 0 || rows.is_empty() {
        return;
    }
    // Try the normal table size first; shrink a little when the words don't fit side by side.
    let color = ctx.color.unwrap_or(INK);
    let mut choice = None;
    for scale in [0.95, 0.86, 0.78] {
        let size = ctx.theme.size * scale;
        let pad = size * 0.35;
        let (measured, min_w, pref_w) = measure_table(ctx, rows, header_rows, ncols, size, color);
        let avail = width - 2.0 * pad * ncols as f32;
        let fits = min_w.iter().sum::<f32>() <= avail;
        choice = Some((size, pad, measured, min_w, pref_w, avail));
        if fits {
            break;
        }
    }
    let Some((size, pad, measured, mut min_w, mut pref_w, avail)) = choice else {
        return;
    };
    let lh = ctx.theme.line_height(size);
    let spec = TextSpec::body(size, color);
    let head_spec = TextSpec { bold: true, ..spec };
    // A column's minimum: its longest word, but never more than 1.3 fair shares (longer words
    // break), and at least 0.6 of a fair share when it has that much text (so ideographic
    // columns, whose longest "word" is one character, are not squeezed to a sliver).
    let fair = avail / ncols as f32;
    for c in 0..ncols {
        min_w[c] = min_w[c]
            .min(fair * 1.3)
            .max(pref_w[c].min(fair * 0.6))
            .max(size);
        pref_w[c] = pref_w[c].max(min_w[c]);
    }
    let cols = column_widths(&min_w, &pref_w, avail);
    let mut xs = Vec::with_capacity(ncols + 1);
    let mut x = 0.0;
    xs.push(0.0);
    for w in &cols {
        x += w + 2.0 * pad;
        xs.push(x);
    }
    let total_w = x;
    let baseline0 = pad + (lh - size) / 2.0 + size * 0.86;
    for (ri, row) in measured.iter().enumerate() {
        let head = ri < header_rows;
        let s = if head { &head_spec } else { &spec };
        let broken: Vec<Vec<Range<usize>>> = row
            .iter()
            .enumerate()
            .map(|(c, m)| break_lines(m, cols[c], cols[c]))
            .collect();
        let nlines = broken.iter().map(|b| b.len()).max().unwrap_or(1).max(1);
        // A row taller than a column is cut into pieces between its lines (each piece keeps
        // the grid), so nothing runs off the page.
        let per_piece = (((ctx.max_image_height / 0.45) * 0.9 - 2.0 * pad) / lh)
            .floor()
            .max(1.0) as usize;
        let mut first_line = 0;
        while first_line < nlines {
            let last_line = (first_line + per_piece).min(nlines);
            let h = (last_line - first_line) as f32 * lh + 2.0 * pad;
            let mut items = Vec::new();
            if head {
                items.push(Item::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: total_w,
                    h,
                    color: HEAD_BG,
                });
            }
            for (c, m) in row.iter().enumerate() {
                let align = aligns.get(c).copied().unwrap_or(Align::Left);
                let lines = broken[c].get(first_line..last_line.min(broken[c].len()));
                for (k, r) in lines.unwrap_or(&[]).iter().enumerate() {
                    let lw = line_width(m, r);
                    let dx = match align {
                        Align::Left => 0.0,
                        Align::Center => ((cols[c] - lw) / 2.0).max(0.0),
                        Align::Right => (cols[c] - lw).max(0.0),
                    };
                    line_items(
                        m,
                        r,
                        s,
                        xs[c] + pad + dx,
                        baseline0 + k as f32 * lh,
                        &mut items,
                    );
                }
            }
            let line = |x1: f32, y1: f32, x2: f32, y2: f32| Item::Line {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                color: GRID,
            };
            items.push(line(0.0, 0.0, total_w, 0.0));
            items.push(line(0.0, h, total_w, h));
            for &x in &xs {
                items.push(line(x, 0.0, x, h));
            }
            out.push(Row {
                height: h,
                baseline: Some(baseline0),
                keep_with_next: head,
                items,
                ..Default::default()
            });
            first_line = last_line;
        }
    }
}

fn image(ctx: &mut Ctx<'_>, src: &str, width: f32, out: &mut Vec<Row>) {
    match ctx.images.get(src).copied() {
        Some(info) if info.width_px > 0 && info.height_px > 0 => {
            // Natural size at 110 dpi, never wider than the column nor taller than the cap.
            let natural_w = info.width_px as f32 * 72.0 / 110.0;
            let mut w = natural_w.min(width);
            let mut h = w * info.height_px as f32 / info.width_px as f32;
            if h > ctx.max_image_height {
                h = ctx.max_image_height;
                w = h * info.width_px as f32 / info.height_px as f32;
            }
            let pad = ctx.theme.size * 0.25;
            out.push(Row {
                height: h + 2.0 * pad,
                items: vec![Item::Image {
                    image: info.index,
                    x: 0.0,
                    y: pad,
                    w,
                    h,
                }],
                ..Default::default()
            });
        }
        _ => {
            let spec = TextSpec {
                color: MUTED,
                ..body_spec(ctx)
            };
            let runs = [Run {
                text: format!("[{}]", crate::media::missing_image_label(src)),
                style: Style {
                    italic: true,
                    ..Style::default()
                },
                url: None,
            }];
            out.extend(text_rows(ctx, &runs, &spec, width));
        }
    }
}

/// Lays out one card: its question as a bold heading, then its answer.
pub fn card(
    ctx: &mut Ctx<'_>,
    index: usize,
    question: &str,
    answer: &[Block],
    width: f32,
) -> Vec<Row> {
    let spec = TextSpec {
        size: ctx.theme.question_size(),
        role: Role::Body,
        color: QUESTION,
        bold: true,
    };
    let q = [Run {
        text: question.trim().to_string(),
        style: Style::default(),
        url: None,
    }];
    let mut rows = text_rows(ctx, &q, &spec, width);
    if rows.is_empty() {
        rows.push(Row {
            height: ctx.theme.line_height(spec.size),
            ..Default::default()
        });
    }
    for r in &mut rows {
        r.keep_with_next = true;
    }
    if rows.len() > 1 {
        // A wrapped question is still one string: the first line's /ActualText carries all of
        // it and the other lines' glyphs are marked as adding nothing, so text extraction and
        // copy/paste return the question exactly, without a line break in the middle.
        let mut first = true;
        for it in rows.iter_mut().flat_map(|r| r.items.iter_mut()) {
            if let Item::Text { actual, .. } = it {
                *actual = Some(if first {
                    question.trim().to_string()
                } else {
                    String::new()
                });
                first = false;
            }
        }
    }
    rows[0].card = Some(index);
    rows[0].rule_above = true;
    rows[0].space_before = ctx.theme.size * 0.9;
    let n_q = rows.len();
    blocks(ctx, answer, width, &mut rows);
    if let Some(first) = rows.get_mut(n_q) {
        first.space_before = ctx.theme.size * 0.15;
    }
    // Keep the heading with the first two answer lines (or all of them when there are fewer).
    let answer_rows = rows.len() - n_q;
    if answer_rows > 2 {
        rows[n_q].keep_with_next = true;
    }
    for r in &mut rows {
        r.owner = Some(index);
    }
    let cont = continuation_row(ctx, question, width);
    ctx.continued.insert(index, cont);
    rows
}

/// `（续）` and as much of the question as fits one line, muted: what opens a column or page
/// where a card goes on.
fn continuation_row(ctx: &mut Ctx<'_>, question: &str, width: f32) -> Row {
    let spec = TextSpec {
        size: ctx.theme.size * 0.9,
        role: Role::Body,
        color: MUTED,
        bold: true,
    };
    let q = [Run {
        text: format!("（续）{}", question.trim()),
        style: Style::default(),
        url: None,
    }];
    let mut rows = text_rows(ctx, &q, &spec, width);
    let mut row = if rows.is_empty() {
        Row::default()
    } else {
        rows.swap_remove(0)
    };
    if !rows.is_empty() {
        // Cut: the rest of the question is in the column before.
        if let Some(Item::Text { text, .. }) = row
            .items
            .iter_mut()
            .rev()
            .find(|i| matches!(i, Item::Text { .. }))
        {
            text.pop();
            text.push('…');
        }
    }
    row.height += ctx.theme.size * 0.2;
    row
}

// ---------------------------------------------------------------------------------------------
// Pages

/// Page geometry in points.
#[derive(Debug, Clone, Copy)]
pub struct Geometry {
    pub page_w: f32,
    pub page_h: f32,
    pub margin_x: f32,
    pub margin_top: f32,
    pub margin_bottom: f32,
    pub columns: usize,
    pub gap: f32,
}

impl Geometry {
    pub fn column_width(&self) -> f32 {
        let n = self.columns.max(1) as f32;
        (self.page_w - 2.0 * self.margin_x - self.gap * (n - 1.0)) / n
    }
    pub fn content_width(&self) -> f32 {
        self.page_w - 2.0 * self.margin_x
    }
    pub fn column_height(&self) -> f32 {
        self.page_h - self.margin_top - self.margin_bottom
    }
    pub fn column_x(&self, c: usize) -> f32 {
        self.margin_x + c as f32 * (self.column_width() + self.gap)
    }
}

/// A row placed on a page: `x`, `y` are its top-left corner, `y` down from the page top.
#[derive(Debug, Clone)]
pub struct Placed {
    pub x: f32,
    pub y: f32,
    pub row: Row,
}

#[derive(Debug, Clone, Default)]
pub struct Page {
    pub rows: Vec<Placed>,
    /// Bottom of the content in each column (for column rules).
    pub columns_used: usize,
    /// Top of the column area on this page.
    pub column_top: f32,
}

/// Where each card starts: (card index, page index, y down from the page top).
pub type Anchors = Vec<(usize, usize, f32)>;

/// Stacks the title (full width, page 1) and the card rows into columns and pages.
pub fn paginate(
    title: Vec<Row>,
    rows: Vec<Row>,
    continued: &HashMap<usize, Row>,
    geo: &Geometry,
) -> (Vec<Page>, Anchors) {
    let mut pages = vec![Page::default()];
    let mut anchors = Vec::new();
    let mut y = geo.margin_top;
    for r in title {
        y += r.space_before;
        let h = r.height;
        pages[0].rows.push(Placed {
            x: geo.margin_x,
            y,
            row: r,
        });
        y += h;
    }
    let col_h_total = geo.column_height();
    let mut top = y;
    pages[0].column_top = top;
    let mut col = 0usize;
    let mut bottom = geo.page_h - geo.margin_bottom;
    let mut at_top = true;
    pages[0].columns_used = 1;
    let n = rows.len();
    // Height of the keep-together chain starting at i (including the first following row).
    let chain_height = |rows: &[Row], i: usize| -> f32 {
        let mut h = rows[i].height;
        let mut j = i;
        while j < rows.len() && rows[j].keep_with_next && j + 1 < rows.len() {
            j += 1;
            h += rows[j].space_before + rows[j].height;
            if h > col_h_total {
                break;
            }
        }
        h
    };
    let mut iter_rows = rows;
    let heights: Vec<f32> = (0..n).map(|i| chain_height(&iter_rows, i)).collect();
    for (i, mut r) in iter_rows.drain(..).enumerate() {
        let space = if at_top { 0.0 } else { r.space_before };
        let need = if r.keep_with_next {
            heights[i]
        } else {
            r.height
        };
        let need = need.min(bottom - top);
        if !at_top && y + space + need > bottom + 0.01 {
            // Next column, or next page.
            col += 1;
            if col >= geo.columns.max(1) {
                col = 0;
                pages.push(Page::default());
                top = geo.margin_top;
                bottom = geo.page_h - geo.margin_bottom;
                let p = pages.len() - 1;
                pages[p].column_top = top;
            }
            let p = pages.len() - 1;
            pages[p].columns_used = pages[p].columns_used.max(col + 1);
            y = top;
            at_top = true;
        }
        let space = if at_top { 0.0 } else { r.space_before };
        y += space;
        let p = pages.len() - 1;
        // A card going on in a new column says so, with its question.
        if at_top && r.card.is_none() {
            if let Some(cont) = r.owner.and_then(|c| continued.get(&c)) {
                if y + cont.height + r.height <= bottom + 0.01 {
                    let h = cont.height;
                    pages[p].rows.push(Placed {
                        x: geo.column_x(col),
                        y,
                        row: cont.clone(),
                    });
                    y += h;
                }
            }
        }
        if let Some(card) = r.card {
            anchors.push((card, p, y));
        }
        if r.rule_above && !at_top {
            let gap = r.space_before;
            r.items.push(Item::Line {
                x1: 0.0,
                y1: -gap / 2.0,
                x2: geo.column_width(),
                y2: -gap / 2.0,
                width: 0.4,
                color: RULE,
            });
        }
        let h = r.height;
        pages[p].rows.push(Placed {
            x: geo.column_x(col),
            y,
            row: r,
        });
        y += h;
        at_top = false;
    }
    (pages, anchors)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set() -> FontSet {
        FontSet::new(None, None)
    }

    /// `text` in 10 pt body type, measured; and the characters the fonts lack.
    fn measured(text: &str) -> (Measured, BTreeSet<char>) {
        let runs = [Run {
            text: text.into(),
            style: Style::default(),
            url: None,
        }];
        let spec = TextSpec::body(10.0, INK);
        let mut missing = BTreeSet::new();
        let m = measure(&set(), &runs, &spec, &mut missing);
        (m, missing)
    }

    fn lines_of(text: &str, width: f32) -> Vec<String> {
        let (m, _) = measured(text);
        break_lines(&m, width, width)
            .into_iter()
            .map(|r| {
                let a = m.glyphs[r.start].byte as usize;
                let b = m
                    .glyphs
                    .get(r.end)
                    .map(|g| g.byte as usize)
                    .unwrap_or(m.text.len());
                m.text[a..b].trim_end().to_string()
            })
            .collect()
    }

    fn width_of(text: &str) -> f32 {
        let fonts = set();
        text.chars()
            .map(|c| {
                fonts
                    .resolve(Role::Body, c)
                    .map(|r| r.1 * 10.0)
                    .unwrap_or(0.0)
            })
            .sum()
    }

    #[test]
    fn breaks_between_ideographs_and_fills_lines() {
        let text = "调度器把协程分配到处理器上运行并在阻塞时切换";
        let lines = lines_of(text, 55.0); // 5.5 ideographs at 10 pt
        assert!(lines.len() >= 4, "{lines:?}");
        assert!(lines.iter().all(|l| width_of(l) <= 55.01), "{lines:?}");
        assert_eq!(lines[0].chars().count(), 5, "{lines:?}");
        assert_eq!(lines.concat(), text);
    }

    #[test]
    fn kinsoku_no_line_starts_with_closing_punctuation() {
        // Try every width so that each punctuation mark lands at a line edge at some point.
        let text = "通道（channel）是协程之间通信的管道，读写会阻塞。例如：关闭后读取返回零值；再次关闭会恐慌！对吗？「是的」他说，《手册》写着";
        let closing = "，。、）》」：；！？";
        let opening = "（《「";
        for w in (25..140).map(|w| w as f32) {
            let lines = lines_of(text, w);
            assert_eq!(lines.concat(), text, "text changed at width {w}");
            for (i, l) in lines.iter().enumerate() {
                let first = l.chars().next().unwrap_or(' ');
                assert!(
                    i == 0 || !closing.contains(first),
                    "width {w}: line {i} starts with {first:?}: {lines:?}"
                );
                let last = l.chars().last().unwrap_or(' ');
                assert!(
                    i + 1 == lines.len() || !opening.contains(last),
                    "width {w}: line {i} ends with {last:?}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn table_columns_share_the_width_fairly() {
        // Fits: everyone gets their natural width plus an even share of the rest.
        let w = column_widths(&[10.0, 10.0], &[20.0, 30.0], 100.0);
        assert!(
            (w[0] - 45.0).abs() < 0.01 && (w[1] - 55.0).abs() < 0.01,
            "{w:?}"
        );
        // Longest words fit but not whole lines: nobody goes below their longest word.
        let w = column_widths(&[40.0, 9.0], &[60.0, 200.0], 100.0);
        assert!(
            w[0] >= 40.0 && w[1] >= 9.0 && (w.iter().sum::<f32>() - 100.0).abs() < 0.01,
            "{w:?}"
        );
        // A huge identifier cannot starve a Chinese column.
        let w = column_widths(&[150.0, 9.0], &[150.0, 300.0], 100.0);
        assert!(w[1] >= 40.0, "{w:?}");
        assert!((w.iter().sum::<f32>() - 100.0).abs() < 0.01, "{w:?}");
    }

    #[test]
    fn hard_breaks_before_closing_punctuation_move_it_up() {
        let lines = lines_of("集群Node、Pod副本\n、服务账号\n，更多", 500.0);
        assert_eq!(lines, vec!["集群Node、Pod副本、", "服务账号，", "更多"]);
    }

    #[test]
    fn identifiers_stay_whole() {
        let ident = "runtime.GOMAXPROCS(4)";
        let text = format!("可以通过调用{ident}来设置并行度，默认等于CPU核数");
        let iw = width_of(ident);
        for w in [iw + 1.0, iw + 15.0, iw + 33.0, iw * 1.5, iw * 2.2] {
            let lines = lines_of(&text, w);
            assert!(
                lines.iter().any(|l| l.contains(ident)),
                "identifier split at width {w}: {lines:?}"
            );
        }
        let w = width_of("context.WithCancel") + 2.0;
        let lines = lines_of("use sync.WaitGroup and context.WithCancel together", w);
        for word in ["sync.WaitGroup", "context.WithCancel"] {
            assert!(
                lines.iter().any(|l| l.contains(word)),
                "{word} split: {lines:?}"
            );
        }
    }

    #[test]
    fn long_words_break_only_when_wider_than_the_column() {
        let long = "averyveryverylongidentifierwithoutanybreaks";
        let w = width_of(long);
        assert_eq!(lines_of(long, w + 1.0), vec![long.to_string()]);
        let lines = lines_of(&format!("x {long} y"), w / 3.0);
        assert!(lines.len() >= 4, "{lines:?}");
        assert!(
            lines.iter().all(|l| width_of(l) <= w / 3.0 + 0.01),
            "{lines:?}"
        );
        assert_eq!(lines.concat().replace(' ', ""), format!("x{long}y"));
    }

    #[test]
    fn latin_breaks_at_spaces_and_newlines_are_mandatory() {
        let w = width_of("alpha beta").max(width_of("gamma delta")) + 0.5;
        assert!(width_of("alpha beta gamma") > w);
        let lines = lines_of("alpha beta gamma delta", w);
        assert_eq!(lines, vec!["alpha beta", "gamma delta"]);
        let lines = lines_of("one\ntwo", 500.0);
        assert_eq!(lines, vec!["one", "two"]);
    }

    #[test]
    fn look_alikes_stand_in_and_selectors_vanish() {
        let (m, missing) = measured("✔ done ❌ not ⚠\u{FE0F}");
        assert!(m.text.starts_with("✓ done × not"), "{}", m.text);
        assert!(!m.text.contains('\u{FE0F}'));
        assert!(
            !missing.contains(&'✔') && !missing.contains(&'❌'),
            "{missing:?}"
        );
    }

    #[test]
    fn missing_characters_are_reported_and_drawn_as_placeholder() {
        let (m, missing) = measured("ok 😀");
        assert!(missing.contains(&'😀'));
        assert!(m.text.contains(MISSING_PLACEHOLDER));
    }

    #[test]
    fn headings_are_kept_with_their_answer() {
        let fonts = set();
        let mut ctx = Ctx::new(&fonts, Theme::new(9.0), 200.0);
        let geo = Geometry {
            page_w: 300.0,
            page_h: 200.0,
            margin_x: 10.0,
            margin_top: 10.0,
            margin_bottom: 10.0,
            columns: 1,
            gap: 0.0,
        };
        let answer = super::super::markdown::parse(&"正文内容。".repeat(60));
        let mut rows = Vec::new();
        for i in 0..6 {
            rows.extend(card(
                &mut ctx,
                i,
                &format!("问题 {i}"),
                &answer,
                geo.column_width(),
            ));
        }
        let (pages, anchors) = paginate(Vec::new(), rows, &HashMap::new(), &geo);
        assert_eq!(anchors.len(), 6);
        for p in &pages {
            // The last row of a column is never a question heading.
            let last = p.rows.last().map(|r| r.row.keep_with_next);
            assert_ne!(last, Some(true), "a heading ends a page");
            for r in &p.rows {
                assert!(r.y + r.row.height <= geo.page_h - geo.margin_bottom + 0.01);
            }
        }
    }
}
