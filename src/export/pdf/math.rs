//! Math on cheat-sheets: TeX → boxes → glyphs and rules the writer draws.
//!
//! Why this module exists: a sheet must show `\frac{a}{b}` as a fraction, never as TeX source.
//! latex-rust parses the TeX and lays it out with TeX's own box rules (fractions, scripts,
//! radicals, big operators, matrices, `aligned`, `cases`) in STIX Two Math, a font with an
//! OpenType MATH table. This module flattens its box tree into positioned glyph ids and rules
//! in points; the writer embeds the font (subset, with `/ToUnicode` so the math stays
//! searchable) like the text faces. Text the math font has no glyphs for (Chinese inside
//! `\text{}` or written straight into the formula, as Chinese notes do) is set in the text
//! faces: the formula reserves its width, and the layout draws it there as ordinary text
//! ([`Prim::Text`]). What latex-rust cannot set (an unknown command) is reported and the
//! caller prints the TeX in monospace instead.

use super::fonts::{FontSet, Role};
use latex_rust::{
    BoxContent, Color, Dim, EnvRow, MathBox, MathFont, MathNode, MathStyle, SpaceKind,
};
use std::sync::OnceLock;

/// A typeset formula, in points; `y` is up from the baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Formula {
    pub width: f32,
    pub height: f32,
    pub depth: f32,
    pub prims: Vec<Prim>,
}

/// One mark of a formula.
#[derive(Debug, Clone, PartialEq)]
pub enum Prim {
    Glyph {
        gid: u16,
        ch: char,
        x: f32,
        y: f32,
        size: f32,
    },
    /// A filled rectangle (fraction bar, radical vinculum); `y` is its bottom.
    Rule { x: f32, y: f32, w: f32, h: f32 },
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// Text the math font lacks, drawn in text face `face` with its baseline at (`x`, `y`).
    Text {
        face: u8,
        text: String,
        x: f32,
        y: f32,
        size: f32,
    },
}

/// TeX longer than this is not typeset (it is printed as source): a cheat-sheet formula is
/// short, and a pathological one must not cost seconds.
const MAX_TEX_BYTES: usize = 4096;
/// Deepest nesting laid out.
const MAX_DEPTH: usize = 64;

/// The math face (bundled with latex-rust), parsed once.
pub fn font() -> Option<&'static MathFont> {
    static FONT: OnceLock<Option<MathFont>> = OnceLock::new();
    FONT.get_or_init(|| MathFont::stix_two_math().ok()).as_ref()
}

/// The math font's bytes, for embedding.
pub fn font_bytes() -> Option<&'static [u8]> {
    font().map(MathFont::bytes)
}

/// Typesets `tex` at `size` points, in display style when `display`; `fonts` set the text the
/// math font has no glyphs for.
pub fn typeset(tex: &str, size: f32, display: bool, fonts: &FontSet) -> Result<Formula, String> {
    let tex = tex.trim();
    if tex.is_empty() {
        return Err("empty formula".into());
    }
    if tex.len() > MAX_TEX_BYTES {
        return Err(format!("longer than {MAX_TEX_BYTES} bytes"));
    }
    let font = font().ok_or("the math font did not load")?;
    let style = if display {
        MathStyle::Display
    } else {
        MathStyle::Text
    };
    let mut foreign = Foreign {
        fonts,
        math: font,
        runs: Vec::new(),
    };
    let mut set = |tex: &str| {
        foreign.runs.clear();
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut ast = latex_rust::parse(tex).map_err(|e| e.to_string())?;
            foreign.replace(&mut ast, 0);
            latex_rust::layout_with_max_depth(&ast, font, style, MAX_DEPTH)
                .map_err(|e| e.to_string())
        }))
        .unwrap_or_else(|_| Err("the math layout failed".into()))
    };
    let tree = match set(tex) {
        Ok(t) => t,
        // Lines broken with `\\` outside an environment: set as the lines the author meant
        // (latex-rust has no `gathered`: its `gather` centres lines the same way, unnumbered
        // with `\notag`).
        Err(e) => match crate::markdown::lines_environment(tex) {
            Some("aligned") => set(&format!("\\begin{{aligned}}{tex}\\end{{aligned}}")),
            Some(_) => {
                let lines = tex.replace("\\\\", "\\notag\\\\");
                set(&format!("\\begin{{gather}}{lines}\\notag\\end{{gather}}"))
            }
            None => Err(e.clone()),
        }
        .map_err(|_| e)?,
    };
    let mut prims = Vec::new();
    flatten(&tree, 0.0, 0.0, size, &foreign.runs, &mut prims);
    Ok(Formula {
        width: pt(&tree.width, size),
        height: pt(&tree.height, size),
        depth: pt(&tree.depth, size),
        prims,
    })
}

fn em(d: &Dim) -> f32 {
    match d.as_ratio() {
        Some((n, den)) if den != 0 => (n as f64 / den as f64) as f32,
        _ => f32::from_bits(d.to_ieee32_bits()),
    }
}

fn pt(d: &Dim, size: f32) -> f32 {
    let v = em(d) * size;
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// The colour that marks the box reserved for [`Foreign`] run `i` (no note writes it).
fn marker(i: usize) -> Color {
    Color::rgb(0x01, (i >> 8) as u8, i as u8)
}

/// Text the math font cannot set, swapped in the parsed formula for boxes of its width in the
/// text faces; [`flatten`] turns each box back into a [`Prim::Text`].
struct Foreign<'f> {
    fonts: &'f FontSet,
    math: &'static MathFont,
    /// Each reserved box's face, text and width in em.
    runs: Vec<(u8, String, f32)>,
}

impl Foreign<'_> {
    fn lacks(&self, c: char) -> bool {
        !c.is_ascii() && self.math.glyph(c).is_err()
    }

    /// `text` as reserved boxes, one per text face it needs; `None` when no face has some
    /// character (the formula then fails and is printed as TeX).
    fn boxes(&mut self, text: &str) -> Option<MathNode> {
        let mut segs: Vec<(u8, String, f32)> = Vec::new();
        for c in text.chars() {
            let (face, adv) = self.fonts.resolve(Role::Body, c)?;
            match segs.last_mut() {
                Some(s) if s.0 == face => {
                    s.1.push(c);
                    s.2 += adv;
                }
                _ => segs.push((face, c.to_string(), adv)),
            }
        }
        if self.runs.len() + segs.len() > 1 << 16 {
            return None;
        }
        let mut row = Vec::with_capacity(segs.len());
        for seg in segs {
            let em = Dim::ratio((seg.2 * 1000.0).round() as i64, 1000);
            row.push(MathNode::TextColor(
                marker(self.runs.len()),
                Box::new(MathNode::Row(vec![
                    MathNode::Strut(Dim::ratio(88, 100), Dim::ratio(12, 100)),
                    MathNode::Space(SpaceKind::Hspace(em)),
                ])),
            ));
            self.runs.push(seg);
        }
        Some(MathNode::Row(row))
    }

    /// Swaps `\text{…}` holding such text, and runs of such characters written straight
    /// into the formula, for reserved boxes.
    fn replace(&mut self, node: &mut MathNode, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        let d = depth + 1;
        match node {
            MathNode::Text(s, _) if s.chars().any(|c| self.lacks(c)) => {
                if let Some(b) = self.boxes(s) {
                    *node = b;
                }
            }
            MathNode::Atom(c, _) if self.lacks(*c) => {
                if let Some(b) = self.boxes(&c.to_string()) {
                    *node = b;
                }
            }
            MathNode::Row(kids) => {
                let mut out = Vec::with_capacity(kids.len());
                let mut run = String::new();
                let mut atoms = Vec::new();
                for mut k in std::mem::take(kids) {
                    if let MathNode::Atom(c, _) = k {
                        if self.lacks(c) {
                            run.push(c);
                            atoms.push(k);
                            continue;
                        }
                    }
                    self.flush(&mut run, &mut atoms, &mut out);
                    self.replace(&mut k, d);
                    out.push(k);
                }
                self.flush(&mut run, &mut atoms, &mut out);
                *kids = out;
            }
            MathNode::Substack(kids) => kids.iter_mut().for_each(|k| self.replace(k, d)),
            MathNode::Matrix(_, _, rows) => {
                for row in rows {
                    match row {
                        EnvRow::Cells { cells, .. } => {
                            cells.iter_mut().for_each(|k| self.replace(k, d))
                        }
                        EnvRow::Intertext(b) => self.replace(b, d),
                        EnvRow::Hline => {}
                    }
                }
            }
            MathNode::Fraction(a, b)
            | MathNode::Superscript(a, b)
            | MathNode::Subscript(a, b)
            | MathNode::CancelTo(a, b) => {
                self.replace(a, d);
                self.replace(b, d);
            }
            MathNode::SubSup(a, b, c) => {
                self.replace(a, d);
                self.replace(b, d);
                self.replace(c, d);
            }
            MathNode::Radical(i, b) => {
                if let Some(i) = i {
                    self.replace(i, d);
                }
                self.replace(b, d);
            }
            MathNode::OverUnder(base, a, b) => {
                self.replace(base, d);
                for x in [a, b].into_iter().flatten() {
                    self.replace(x, d);
                }
            }
            MathNode::Sum(a, b) | MathNode::Product(a, b) | MathNode::Integral(_, a, b) => {
                for x in [a, b].into_iter().flatten() {
                    self.replace(x, d);
                }
            }
            MathNode::Limit(Some(b))
            | MathNode::Delimited(_, b, _)
            | MathNode::Tag { body: b, .. }
            | MathNode::Intertext(b)
            | MathNode::Accent(b, _)
            | MathNode::Color(_, b)
            | MathNode::TextColor(_, b)
            | MathNode::ColorBox(_, b)
            | MathNode::FColorBox(_, _, b)
            | MathNode::Phantom(_, b) => self.replace(b, d),
            _ => {}
        }
    }

    /// Ends a run of atoms the math font lacks: its boxes, or the atoms when no face has them.
    fn flush(&mut self, run: &mut String, atoms: &mut Vec<MathNode>, out: &mut Vec<MathNode>) {
        if run.is_empty() {
            return;
        }
        match self.boxes(run) {
            Some(b) => {
                out.push(b);
                atoms.clear();
            }
            None => out.append(atoms),
        }
        run.clear();
    }
}

/// Draws `b` with its reference point at `x`, baseline `y` (before its own shift); boxes
/// reserved for `foreign` text become [`Prim::Text`].
fn flatten(
    b: &MathBox,
    x: f32,
    y: f32,
    size: f32,
    foreign: &[(u8, String, f32)],
    out: &mut Vec<Prim>,
) {
    let y = y + pt(&b.shift, size);
    match &b.content {
        BoxContent::Empty | BoxContent::Kern(_) => {}
        BoxContent::Glyph {
            ch,
            glyph_id,
            scale,
            ..
        } => out.push(Prim::Glyph {
            gid: *glyph_id,
            ch: *ch,
            x,
            y,
            size: size * em(scale),
        }),
        BoxContent::Rule => {
            let (w, h, d) = (pt(&b.width, size), pt(&b.height, size), pt(&b.depth, size));
            if w > 0.0 && h + d > 0.0 {
                out.push(Prim::Rule {
                    x,
                    y: y - d,
                    w,
                    h: h + d,
                });
            }
        }
        BoxContent::HList(kids) => {
            let mut cx = x;
            for k in kids {
                flatten(k, cx, y, size, foreign, out);
                cx += pt(&k.width, size);
            }
        }
        BoxContent::VList(kids) => {
            let Some(first) = kids.first() else { return };
            flatten(first, x, y, size, foreign, out);
            let mut below = pt(&first.depth, size);
            for k in &kids[1..] {
                let base = y - below - pt(&k.height, size);
                flatten(k, x, base, size, foreign, out);
                below += pt(&k.height, size) + pt(&k.depth, size);
            }
        }
        BoxContent::Overlap(kids) => {
            for k in kids {
                flatten(k, x, y, size, foreign, out);
            }
        }
        BoxContent::Color(c, inner) => {
            let reserved = (0..foreign.len()).find(|&i| marker(i) == *c);
            match reserved.map(|i| &foreign[i]) {
                Some((face, text, em)) if *em > 0.0 => out.push(Prim::Text {
                    face: *face,
                    text: text.clone(),
                    x,
                    y,
                    size: pt(&b.width, size) / em,
                }),
                _ => flatten(inner, x, y, size, foreign, out),
            }
        }
        BoxContent::BackColor(_, inner) => flatten(inner, x, y, size, foreign, out),
        BoxContent::Line {
            x1,
            y1,
            x2,
            y2,
            thickness,
        } => out.push(Prim::Line {
            x1: x + pt(x1, size),
            y1: y + pt(y1, size),
            x2: x + pt(x2, size),
            y2: y + pt(y2, size),
            width: pt(thickness, size),
        }),
        BoxContent::Frame {
            thickness, inner, ..
        } => {
            let (w, h, d) = (pt(&b.width, size), pt(&b.height, size), pt(&b.depth, size));
            let t = pt(thickness, size);
            let (top, bottom) = (y + h - t / 2.0, y - d + t / 2.0);
            let (left, right) = (x + t / 2.0, x + w - t / 2.0);
            for (x1, y1, x2, y2) in [
                (left, top, right, top),
                (right, top, right, bottom),
                (right, bottom, left, bottom),
                (left, bottom, left, top),
            ] {
                out.push(Prim::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width: t,
                });
            }
            flatten(inner, x, y, size, foreign, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fonts() -> FontSet {
        FontSet::new(None, None)
    }

    fn glyphs(f: &Formula) -> String {
        f.prims
            .iter()
            .filter_map(|p| match p {
                Prim::Glyph { ch, .. } => Some(*ch),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_fraction_is_stacked_with_a_bar() {
        let f = typeset(r"\frac{a}{b}", 10.0, false, &fonts()).unwrap();
        let ys: Vec<(char, f32)> = f
            .prims
            .iter()
            .filter_map(|p| match p {
                Prim::Glyph { ch, y, .. } => Some((*ch, *y)),
                _ => None,
            })
            .collect();
        assert_eq!(ys.len(), 2);
        let (a, b) = (ys[0].1, ys[1].1);
        assert!(
            a > 0.0 && b < 0.0,
            "numerator above, denominator below: {ys:?}"
        );
        assert!(f.prims.iter().any(|p| matches!(p, Prim::Rule { .. })));
        assert!(f.height > 5.0 && f.depth > 2.0, "{f:?}");
    }

    #[test]
    fn scripts_roots_greek_matrices_and_environments() {
        let f = typeset(r"x_1^2 + \sqrt{\alpha}", 10.0, false, &fonts()).unwrap();
        assert_eq!(
            glyphs(&f)
                .chars()
                .filter(|c| *c == 'α' || *c == '𝛼')
                .count(),
            1,
            "{}",
            glyphs(&f)
        );
        let script = f.prims.iter().find_map(|p| match p {
            Prim::Glyph {
                ch: '2', size, y, ..
            } => Some((*size, *y)),
            _ => None,
        });
        let (size, y) = script.unwrap();
        assert!(
            size < 10.0 && y > 0.0,
            "a raised, smaller superscript: {size} {y}"
        );
        for tex in [
            r"\begin{pmatrix}1&2\\3&4\end{pmatrix}",
            r"\begin{aligned}a&=b\\c&=d\end{aligned}",
            r"f(x)=\begin{cases}1 & x>0\\0 & \text{else}\end{cases}",
            r"\sum_{i=1}^n i \le \int_0^1 f",
        ] {
            let f = typeset(tex, 10.0, true, &fonts()).unwrap_or_else(|e| panic!("{tex}: {e}"));
            assert!(f.width > 10.0 && !f.prims.is_empty(), "{tex}");
        }
    }

    #[test]
    fn display_lines_broken_outside_an_environment() {
        let xs = |tex: &str, want: char| -> Vec<(f32, f32)> {
            let f = typeset(tex, 10.0, true, &fonts()).unwrap_or_else(|e| panic!("{tex}: {e}"));
            assert!(
                !glyphs(&f).contains('('),
                "no equation numbers: {}",
                glyphs(&f)
            );
            f.prims
                .iter()
                .filter_map(|p| match p {
                    Prim::Glyph { ch, x, y, .. } if *ch == want => Some((*x, *y)),
                    _ => None,
                })
                .collect()
        };
        // Centred lines: the shorter first line starts further right, one line below the other.
        let (x, y) = (xs(r"x = 1 \\ yyyy = 2", '𝑥'), xs(r"x = 1 \\ yyyy = 2", '𝑦'));
        assert!(x.len() == 1 && y.len() == 4, "{x:?} {y:?}");
        assert!(
            y[0].1 < x[0].1 - 5.0 && x[0].0 > y[0].0 + 5.0,
            "{x:?} {y:?}"
        );
        // Lines written with `&` are aligned there.
        let eq = xs(r"a &= b \\ c + d &= e", '=');
        assert!(eq.len() == 2 && (eq[0].0 - eq[1].0).abs() < 0.01, "{eq:?}");
    }

    #[test]
    fn chinese_in_math_is_set_in_the_text_face_where_the_formula_leaves_room() {
        let f = typeset(
            r"T = \text{时间 } O(n)，n_{\text{最大}}",
            10.0,
            false,
            &fonts(),
        )
        .unwrap();
        let texts: Vec<(&str, f32, f32)> = f
            .prims
            .iter()
            .filter_map(|p| match p {
                Prim::Text { text, x, size, .. } => Some((text.as_str(), *x, *size)),
                _ => None,
            })
            .collect();
        let words: Vec<&str> = texts.iter().map(|t| t.0).collect();
        assert_eq!(words, ["时间 ", "，", "最大"]);
        assert!((texts[0].2 - 10.0).abs() < 0.01, "{texts:?}");
        assert!(texts[2].2 < 9.0, "the subscript is smaller: {texts:?}");
        // The formula's own glyphs sit after the room left for the text, never under it.
        let o = f.prims.iter().find_map(|p| match p {
            Prim::Glyph { ch, x, .. } if *ch == 'O' || *ch == '𝑂' => Some(*x),
            _ => None,
        });
        assert!(o.unwrap() >= texts[0].1 + 2.0 * 10.0, "{o:?} {texts:?}");
        assert!(
            texts[1].1 > o.unwrap() && texts[2].1 > texts[1].1,
            "{texts:?}"
        );
        // No glyph of the math font is drawn for the Chinese.
        assert!(glyphs(&f)
            .chars()
            .all(|c| c.is_ascii() || !('\u{4E00}'..='\u{9FFF}').contains(&c)));
    }

    #[test]
    fn what_cannot_be_set_is_an_error_not_a_panic() {
        assert!(typeset(r"\nosuchcommand{x}", 10.0, false, &fonts()).is_err());
        assert!(typeset(r"\text{no face has 😀}", 10.0, false, &fonts()).is_err());
        assert!(typeset(&"{".repeat(5000), 10.0, false, &fonts()).is_err());
        assert!(typeset(
            &format!("{}x{}", "{".repeat(200), "}".repeat(200)),
            10.0,
            false,
            &fonts()
        )
        .is_err());
        assert!(typeset("", 10.0, false, &fonts()).is_err());
    }
}
