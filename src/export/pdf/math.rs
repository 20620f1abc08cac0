//! Math on cheat-sheets: TeX → boxes → glyphs and rules the writer draws.
//!
//! Why this module exists: a sheet must show `\frac{a}{b}` as a fraction, never as TeX source.
//! latex-rust parses the TeX and lays it out with TeX's own box rules (fractions, scripts,
//! radicals, big operators, matrices, `aligned`, `cases`) in STIX Two Math, a font with an
//! OpenType MATH table. This module flattens its box tree into positioned glyph ids and rules
//! in points; the writer embeds the font (subset, with `/ToUnicode` so the math stays
//! searchable) like the text faces. What latex-rust cannot set (an unknown command, Chinese
//! inside `\text{}`) is reported and the caller prints the TeX in monospace instead.

use latex_rust::{BoxContent, Dim, MathBox, MathFont, MathStyle};
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

/// Typesets `tex` at `size` points, in display style when `display`.
pub fn typeset(tex: &str, size: f32, display: bool) -> Result<Formula, String> {
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
    let set = |tex: &str| {
        std::panic::catch_unwind(|| {
            let ast = latex_rust::parse(tex).map_err(|e| e.to_string())?;
            latex_rust::layout_with_max_depth(&ast, font, style, MAX_DEPTH)
                .map_err(|e| e.to_string())
        })
        .unwrap_or_else(|_| Err("the math layout failed".into()))
    };
    let tree = match set(tex) {
        Ok(t) => t,
        // Lines broken with `\\` outside an environment: set as the lines the author meant.
        Err(e) if crate::markdown::has_bare_line_breaks(tex) => {
            set(&format!("\\begin{{aligned}}{tex}\\end{{aligned}}")).map_err(|_| e)?
        }
        Err(e) => return Err(e),
    };
    let mut prims = Vec::new();
    flatten(&tree, 0.0, 0.0, size, &mut prims);
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

/// Draws `b` with its reference point at `x`, baseline `y` (before its own shift).
fn flatten(b: &MathBox, x: f32, y: f32, size: f32, out: &mut Vec<Prim>) {
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
                flatten(k, cx, y, size, out);
                cx += pt(&k.width, size);
            }
        }
        BoxContent::VList(kids) => {
            let Some(first) = kids.first() else { return };
            flatten(first, x, y, size, out);
            let mut below = pt(&first.depth, size);
            for k in &kids[1..] {
                let base = y - below - pt(&k.height, size);
                flatten(k, x, base, size, out);
                below += pt(&k.height, size) + pt(&k.depth, size);
            }
        }
        BoxContent::Overlap(kids) => {
            for k in kids {
                flatten(k, x, y, size, out);
            }
        }
        BoxContent::Color(_, inner) | BoxContent::BackColor(_, inner) => {
            flatten(inner, x, y, size, out)
        }
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
            flatten(inner, x, y, size, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let f = typeset(r"\frac{a}{b}", 10.0, false).unwrap();
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
        let f = typeset(r"x_1^2 + \sqrt{\alpha}", 10.0, false).unwrap();
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
            let f = typeset(tex, 10.0, true).unwrap_or_else(|e| panic!("{tex}: {e}"));
            assert!(f.width > 10.0 && !f.prims.is_empty(), "{tex}");
        }
    }

    #[test]
    fn display_lines_broken_outside_an_environment() {
        let f = typeset(r"x = 1 \\ y = 2", 10.0, true).unwrap();
        assert!(f.height + f.depth > 20.0, "two lines: {f:?}");
    }

    #[test]
    fn what_cannot_be_set_is_an_error_not_a_panic() {
        assert!(typeset(r"\nosuchcommand{x}", 10.0, false).is_err());
        assert!(typeset(r"\text{中文}", 10.0, false).is_err());
        assert!(typeset(&"{".repeat(5000), 10.0, false).is_err());
        assert!(typeset(
            &format!("{}x{}", "{".repeat(200), "}".repeat(200)),
            10.0,
            false
        )
        .is_err());
        assert!(typeset("", 10.0, false).is_err());
    }
}
