//! Content: a laid-out page as a PDF content stream, written straight to bytes.
//!
//! Why this module exists: printpdf's operations cost tens of bytes per glyph (a thousand-page
//! sheet held gigabytes of them before a byte was written); here a page's text is a few hex
//! digits per glyph, graphics first (backgrounds, rules, images), then all text in one text
//! object, and nothing outlives the page.

use super::fonts::FontSet;
use super::layout::{Color, Geometry, Item, Page};
use super::math::Prim;
use std::collections::HashMap;

/// What the content streams need to know of the document: each face's resource name and the
/// code of each of its glyphs in the embedded subset.
pub struct Codes {
    pub faces: Vec<Option<FaceCodes>>,
    pub math: Option<FaceCodes>,
}

pub struct FaceCodes {
    pub name: String,
    pub code: HashMap<u16, u16>,
}

impl FaceCodes {
    fn of(&self, gid: u16) -> u16 {
        self.code.get(&gid).copied().unwrap_or(0)
    }
}

/// A content stream under construction: PDF operators as bytes, with numbers written to three
/// decimals (a thousandth of a point) so that the same layout always gives the same bytes.
struct Content<'a> {
    buf: &'a mut Vec<u8>,
    fill: Option<Color>,
    stroke: Option<(Color, f32)>,
}

impl Content<'_> {
    fn num(&mut self, v: f32) {
        let milli = if v.is_finite() {
            (f64::from(v) * 1000.0).round() as i64
        } else {
            0
        };
        if milli < 0 {
            self.buf.push(b'-');
        }
        let (int, frac) = (milli.unsigned_abs() / 1000, milli.unsigned_abs() % 1000);
        self.buf.extend_from_slice(int.to_string().as_bytes());
        if frac != 0 {
            let digits = format!(".{frac:03}");
            self.buf
                .extend_from_slice(digits.trim_end_matches('0').as_bytes());
        }
        self.buf.push(b' ');
    }

    fn op(&mut self, args: &[f32], operator: &str) {
        for &a in args {
            self.num(a);
        }
        self.buf.extend_from_slice(operator.as_bytes());
        self.buf.push(b'\n');
    }

    fn fill(&mut self, c: Color) {
        if self.fill != Some(c) {
            self.op(&[c.0, c.1, c.2], "rg");
            self.fill = Some(c);
        }
    }

    fn stroke(&mut self, c: Color, width: f32) {
        if self.stroke != Some((c, width)) {
            self.op(&[c.0, c.1, c.2], "RG");
            self.op(&[width], "w");
            self.stroke = Some((c, width));
        }
    }

    /// A filled rectangle whose bottom-left corner is (`x`, `y`), in PDF space.
    fn rect(&mut self, color: Color, x: f32, y: f32, w: f32, h: f32) {
        self.fill(color);
        self.op(&[x, y, w, h], "re");
        self.op(&[], "f");
    }

    fn line(&mut self, color: Color, width: f32, a: (f32, f32), b: (f32, f32)) {
        self.stroke(color, width);
        self.op(&[a.0, a.1], "m");
        self.op(&[b.0, b.1], "l");
        self.op(&[], "S");
    }

    fn font(&mut self, name: &str, size: f32) {
        self.buf.push(b'/');
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.push(b' ');
        self.op(&[size], "Tf");
    }

    /// `codes` as one hex string, shown with `Tj`.
    fn show(&mut self, codes: impl Iterator<Item = u16>) {
        self.buf.push(b'<');
        for c in codes {
            self.buf.extend_from_slice(format!("{c:04X}").as_bytes());
        }
        self.buf.extend_from_slice(b"> Tj\n");
    }

    /// Opens a span whose text is `actual` for copy, paste and search (/ActualText).
    fn begin_actual(&mut self, actual: &str) {
        self.buf.extend_from_slice(b"/Span <</ActualText <");
        if !actual.is_empty() {
            self.buf.extend_from_slice(b"FEFF");
        }
        for u in actual.encode_utf16() {
            self.buf.extend_from_slice(format!("{u:04X}").as_bytes());
        }
        self.buf.extend_from_slice(b">>> BDC\n");
    }
}

/// The content stream of one page: graphics first (backgrounds, rules, images), then all text
/// in one text object.
pub fn page_content(
    buf: &mut Vec<u8>,
    page: &Page,
    geo: &Geometry,
    fonts: &FontSet,
    codes: &Codes,
) {
    let h = geo.page_h;
    let mut c = Content {
        buf,
        fill: None,
        stroke: None,
    };
    for p in &page.rows {
        for it in &p.row.items {
            match *it {
                Item::Rect {
                    x,
                    y,
                    w,
                    h: rh,
                    color,
                } => c.rect(color, p.x + x, h - (p.y + y + rh), w, rh),
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color,
                } => c.line(
                    color,
                    width,
                    (p.x + x1, h - (p.y + y1)),
                    (p.x + x2, h - (p.y + y2)),
                ),
                Item::Image {
                    image,
                    x,
                    y,
                    w,
                    h: ih,
                } => {
                    c.op(&[], "q");
                    c.op(&[w, 0.0, 0.0, ih, p.x + x, h - (p.y + y + ih)], "cm");
                    c.buf
                        .extend_from_slice(format!("/Im{image} Do\n").as_bytes());
                    c.op(&[], "Q");
                }
                Item::Math {
                    x,
                    baseline,
                    scale,
                    color,
                    ref formula,
                } => {
                    // Bars and strokes of the formula; its glyphs go in the text pass.
                    let (ox, oy) = (p.x + x, h - (p.y + baseline));
                    for prim in &formula.prims {
                        match *prim {
                            Prim::Rule { x, y, w, h: rh } => {
                                c.rect(color, ox + x * scale, oy + y * scale, w * scale, rh * scale)
                            }
                            Prim::Line {
                                x1,
                                y1,
                                x2,
                                y2,
                                width,
                            } => c.line(
                                color,
                                width * scale,
                                (ox + x1 * scale, oy + y1 * scale),
                                (ox + x2 * scale, oy + y2 * scale),
                            ),
                            // Drawn by the text pass, as text items of their own.
                            Prim::Glyph { .. } | Prim::Text { .. } => {}
                        }
                    }
                }
                Item::Text { .. } | Item::Link { .. } => {}
            }
        }
    }

    c.op(&[], "BT");
    // The text pass sets its own colours and widths (bold strokes the outlines).
    c.fill = None;
    c.stroke = None;
    let mut font: Option<(u8, f32)> = None;
    let mut bold_state: Option<(bool, f32, Color)> = None;
    for p in &page.rows {
        for it in &p.row.items {
            if let (Item::Math { .. }, Some(math)) = (it, &codes.math) {
                math_glyphs(&mut c, p.x, h - p.y, it, math);
                font = None;
                bold_state = None;
                continue;
            }
            let Item::Text {
                x,
                baseline,
                face,
                size,
                color,
                bold,
                italic,
                ref text,
                ref actual,
            } = *it
            else {
                continue;
            };
            let Some(Some(table)) = codes.faces.get(face as usize) else {
                continue;
            };
            if font != Some((face, size)) {
                c.font(&table.name, size);
                font = Some((face, size));
            }
            c.fill(color);
            // Bold: the vendored faces have no bold weight, so fill *and* stroke the outlines
            // with a hairline in the text colour (text render mode 2).
            let want = (bold, if bold { size * 0.045 } else { 0.0 }, color);
            if bold_state != Some(want) {
                if bold {
                    c.op(&[2.0], "Tr");
                    c.stroke(color, want.1);
                } else if bold_state.is_none_or(|b| b.0) {
                    c.op(&[0.0], "Tr");
                }
                bold_state = Some(want);
            }
            let skew = if italic { 0.21 } else { 0.0 };
            c.op(&[1.0, 0.0, skew, 1.0, p.x + x, h - (p.y + baseline)], "Tm");
            let f = fonts.face(face);
            let glyphs = text
                .chars()
                .map(|ch| table.of(f.glyph(ch).map_or(0, |g| g.0)));
            match actual {
                // Placeholders for characters no face has, and wrapped questions: copy/paste
                // and search see the real text through /ActualText.
                Some(actual) => {
                    c.begin_actual(actual);
                    c.show(glyphs);
                    c.op(&[], "EMC");
                }
                None => c.show(glyphs),
            }
        }
    }
    c.op(&[], "ET");
}
/// The glyphs of a formula at row origin (`ox`, `top`), each shown on its own in the math face
/// (its character is in the face's /ToUnicode map).
fn math_glyphs(c: &mut Content<'_>, ox: f32, top: f32, it: &Item, math: &FaceCodes) {
    let Item::Math {
        x,
        baseline,
        scale,
        color,
        ref formula,
    } = *it
    else {
        return;
    };
    c.op(&[0.0], "Tr");
    c.fill(color);
    let (bx, by) = (ox + x, top - baseline);
    let mut size_now = -1.0f32;
    for prim in &formula.prims {
        let Prim::Glyph {
            gid,
            x: gx,
            y: gy,
            size,
            ..
        } = *prim
        else {
            continue;
        };
        let size = size * scale;
        if size != size_now {
            c.font(&math.name, size);
            size_now = size;
        }
        c.op(
            &[1.0, 0.0, 0.0, 1.0, bx + gx * scale, by + gy * scale],
            "Tm",
        );
        c.show(std::iter::once(math.of(gid)));
    }
}
