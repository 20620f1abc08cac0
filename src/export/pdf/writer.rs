//! Writer: placed rows → printpdf operations → PDF bytes.
//!
//! Why this module exists: it is the only place that knows printpdf (pinned `=0.12.8` with
//! `text_layout`, which is what makes `subset_fonts` actually subset). It turns the layout's
//! boxes into content-stream operations, embeds the faces (printpdf subsets them and writes the
//! `/ToUnicode` maps that make text extractable) and the images, then finishes the document in
//! lopdf itself for two things printpdf 0.12.8 gets in the way of: byte-identical output
//! (printpdf draws the trailer `/ID` and resource names from a process-global counter) and an
//! outline in reading order pointing at each question's position (printpdf sorts bookmarks of
//! one page by name and always targets the page top).

use super::fonts::FontSet;
use super::images::Embedded;
use super::layout::{Color, Geometry, Item, Page};
use super::math::Prim;
use crate::error::{Error, Result};
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Codepoint, CurTransMat, DictItem, FontId, Line, LinePoint, Mm, OffsetDateTime, Op, PaintMode,
    PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
    TextMatrix, TextRenderingMode, XObject, XObjectId, XObjectTransform,
};
use sha2::{Digest, Sha256};
use std::collections::BTreeSet;

/// Document-level facts.
pub struct Meta<'a> {
    pub title: &'a str,
    /// Seconds since the epoch; used for both PDF dates (never the wall clock).
    pub date: i64,
}

/// One outline entry: title, page index, y down from the page top.
pub type OutlineEntry = (String, usize, f32);

/// Serialises laid-out pages.
pub fn write(
    pages: &[Page],
    geo: &Geometry,
    fonts: &FontSet,
    images: &[Embedded],
    outline: &[OutlineEntry],
    meta: &Meta<'_>,
) -> Result<Vec<u8>> {
    // Which faces are used, and with which characters (for a stable subset tag).
    let mut used: Vec<BTreeSet<char>> = vec![BTreeSet::new(); fonts.faces.len()];
    for page in pages {
        for p in &page.rows {
            for it in &p.row.items {
                if let Item::Text { face, text, .. } = it {
                    if let Some(set) = used.get_mut(*face as usize) {
                        set.extend(text.chars());
                    }
                }
            }
        }
    }
    let mut doc = PdfDocument::new(meta.title);
    let date = OffsetDateTime::from_unix_timestamp(meta.date)
        .or_else(|_| OffsetDateTime::from_unix_timestamp(0))
        .map_err(|e| Error::Other(format!("pdf date: {e}")))?;
    {
        let info = &mut doc.metadata.info;
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
        info.document_title = meta.title.to_string();
        info.creator = "deckhand".into();
        info.producer = format!("deckhand {} (printpdf 0.12.8)", env!("CARGO_PKG_VERSION"));
        info.subject = "cheat-sheet".into();
    }
    let mut ids: Vec<Option<FontId>> = vec![None; fonts.faces.len()];
    let mut tags = BTreeSet::new();
    for (i, chars) in used.iter().enumerate() {
        if chars.is_empty() {
            continue;
        }
        let face = fonts.face(i as u8);
        let mut h = Sha256::new();
        h.update(face.label.as_bytes());
        h.update([i as u8]);
        for c in chars {
            h.update((*c as u32).to_le_bytes());
        }
        let digest = h.finalize();
        // Six capital letters (ISO 32000-1, 9.6.4), distinct per face.
        let mut tag: String = digest[..6]
            .iter()
            .map(|b| char::from(b'A' + b % 26))
            .collect();
        let mut bump = 0u8;
        while !tags.insert(tag.clone()) {
            bump = bump.wrapping_add(1);
            tag.pop();
            tag.push(char::from(b'A' + bump % 26));
        }
        let id = FontId(tag);
        // Text is shown as glyph ids (see `glyph_run`); printpdf builds /ToUnicode from this
        // glyph → character map.
        let mut parsed = face.parsed.clone();
        let mut buf = [0u8; 4];
        for &c in chars {
            if let Some((gid, _)) = face.glyph(c) {
                parsed.cache_glyph_mapping(gid, c.encode_utf8(&mut buf));
            }
        }
        doc.resources
            .fonts
            .map
            .insert(id.clone(), PdfFont::new(parsed));
        ids[i] = Some(id);
    }
    // The math face, when a formula was typeset: glyph ids come straight from the layout.
    let mut math_id = None;
    let mut math_gids: BTreeSet<u16> = BTreeSet::new();
    for page in pages {
        for p in &page.rows {
            for it in &p.row.items {
                if let Item::Math { formula, .. } = it {
                    math_gids.extend(formula.prims.iter().filter_map(|p| match p {
                        Prim::Glyph { gid, .. } => Some(*gid),
                        _ => None,
                    }));
                }
            }
        }
    }
    if !math_gids.is_empty() {
        if let Some(face) = super::fonts::math_face() {
            let mut h = Sha256::new();
            h.update(b"math");
            for g in &math_gids {
                h.update(g.to_le_bytes());
            }
            let digest = h.finalize();
            let mut tag: String = digest[..6]
                .iter()
                .map(|b| char::from(b'A' + b % 26))
                .collect();
            while tags.contains(&tag) {
                tag.pop();
                tag.push('M');
            }
            let id = FontId(tag);
            doc.resources
                .fonts
                .map
                .insert(id.clone(), PdfFont::new(face.parsed.clone()));
            math_id = Some(id);
        }
    }
    for (i, img) in images.iter().enumerate() {
        doc.resources.xobjects.map.insert(
            XObjectId(format!("Im{i}")),
            XObject::External(img.xobject.clone()),
        );
    }

    let page_w = Mm::from(Pt(geo.page_w));
    let page_h = Mm::from(Pt(geo.page_h));
    let mut content_hash = Sha256::new();
    content_hash.update(meta.title.as_bytes());
    content_hash.update(meta.date.to_le_bytes());
    let mut pdf_pages = Vec::with_capacity(pages.len());
    for page in pages {
        let ops = page_ops(page, geo, fonts, &ids, math_id.as_ref(), &mut content_hash);
        pdf_pages.push(PdfPage::new(page_w, page_h, ops));
    }
    doc.with_pages(pdf_pages);

    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);

    add_outline(&mut lo, outline, geo)?;
    add_links(&mut lo, pages, geo);

    // A stable file identifier: same content, same /ID.
    let digest = content_hash.finalize();
    let id = Object::String(digest[..16].to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));

    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| Error::Other(format!("writing PDF: {e}")))?;
    Ok(out)
}

fn rgb(c: Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb {
        r: c.0,
        g: c.1,
        b: c.2,
        icc_profile: None,
    })
}

fn pt(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

/// Content-stream operations of one page: graphics first (backgrounds, rules, images),
/// then all text in one text object.
fn page_ops(
    page: &Page,
    geo: &Geometry,
    fonts: &FontSet,
    ids: &[Option<FontId>],
    math_id: Option<&FontId>,
    hash: &mut Sha256,
) -> Vec<Op> {
    let h = geo.page_h;
    let mut ops = Vec::with_capacity(page.rows.len() * 6);
    let mut pen = Pen::default();
    for p in &page.rows {
        for it in &p.row.items {
            match *it {
                Item::Rect {
                    x,
                    y,
                    w,
                    h: rh,
                    color,
                } => pen.rect(&mut ops, color, p.x + x, h - (p.y + y + rh), w, rh),
                Item::Line {
                    x1,
                    y1,
                    x2,
                    y2,
                    width,
                    color,
                } => pen.line(
                    &mut ops,
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
                    ops.push(Op::SaveGraphicsState);
                    ops.push(Op::SetTransformationMatrix {
                        matrix: CurTransMat::Raw([w, 0.0, 0.0, ih, p.x + x, h - (p.y + y + ih)]),
                    });
                    ops.push(Op::UseXobject {
                        id: XObjectId(format!("Im{image}")),
                        transform: XObjectTransform {
                            no_auto_scale: true,
                            ..Default::default()
                        },
                    });
                    ops.push(Op::RestoreGraphicsState);
                    hash.update((image as u64).to_le_bytes());
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
                            Prim::Rule { x, y, w, h: rh } => pen.rect(
                                &mut ops,
                                color,
                                ox + x * scale,
                                oy + y * scale,
                                w * scale,
                                rh * scale,
                            ),
                            Prim::Line {
                                x1,
                                y1,
                                x2,
                                y2,
                                width,
                            } => pen.line(
                                &mut ops,
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

    ops.push(Op::StartTextSection);
    let mut font: Option<(u8, f32)> = None;
    let mut bold_state: Option<(bool, f32, Color)> = None;
    let mut fill: Option<Color> = None;
    for p in &page.rows {
        for it in &p.row.items {
            if let (Item::Math { .. }, Some(id)) = (it, math_id) {
                math_glyphs(&mut ops, p.x, h - p.y, it, id, hash);
                font = None;
                fill = None;
                if bold_state.is_some_and(|b| b.0) {
                    ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::Fill,
                    });
                }
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
            let Some(Some(id)) = ids.get(face as usize) else {
                continue;
            };
            if font != Some((face, size)) {
                ops.push(Op::SetFont {
                    font: PdfFontHandle::External(id.clone()),
                    size: Pt(size),
                });
                font = Some((face, size));
            }
            if fill != Some(color) {
                ops.push(Op::SetFillColor { col: rgb(color) });
                fill = Some(color);
            }
            // Bold: the vendored faces have no bold weight, so fill *and* stroke the outlines
            // with a hairline in the text colour (text render mode 2).
            let want = (bold, if bold { size * 0.045 } else { 0.0 }, color);
            if bold_state != Some(want) {
                if bold {
                    ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::FillStroke,
                    });
                    ops.push(Op::SetOutlineColor { col: rgb(color) });
                    ops.push(Op::SetOutlineThickness { pt: Pt(want.1) });
                } else if bold_state.is_some_and(|b| b.0) || bold_state.is_none() {
                    ops.push(Op::SetTextRenderingMode {
                        mode: TextRenderingMode::Fill,
                    });
                }
                bold_state = Some(want);
            }
            let (ax, ay) = (p.x + x, h - (p.y + baseline));
            let skew = if italic { 0.21 } else { 0.0 };
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Raw([1.0, 0.0, skew, 1.0, ax, ay]),
            });
            match actual {
                // Placeholders for characters no face has, and wrapped questions: copy/paste
                // and search see the real text through /ActualText.
                Some(actual) => {
                    let mut utf16 = Vec::with_capacity(2 + actual.len() * 2);
                    if !actual.is_empty() {
                        utf16.extend_from_slice(&[0xFE, 0xFF]);
                    }
                    for u in actual.encode_utf16() {
                        utf16.extend_from_slice(&u.to_be_bytes());
                    }
                    let mut props = std::collections::BTreeMap::new();
                    props.insert(
                        "ActualText".to_string(),
                        DictItem::String {
                            data: utf16,
                            literal: false,
                        },
                    );
                    ops.push(Op::BeginMarkedContentWithProperties {
                        tag: "Span".into(),
                        properties: DictItem::Dict { map: props },
                    });
                    ops.push(glyph_run(fonts, face, text));
                    ops.push(Op::EndMarkedContentWithProperties);
                }
                None => ops.push(glyph_run(fonts, face, text)),
            }
            hash.update(text.as_bytes());
            hash.update(ax.to_le_bytes());
            hash.update(ay.to_le_bytes());
        }
    }
    ops.push(Op::EndTextSection);
    ops
}

/// Fills and strokes in PDF space (y up), setting colour and width only when they change.
#[derive(Default)]
struct Pen {
    fill: Option<Color>,
    stroke: Option<(Color, f32)>,
}

impl Pen {
    /// A filled rectangle whose bottom-left corner is (`x`, `y`).
    fn rect(&mut self, ops: &mut Vec<Op>, color: Color, x: f32, y: f32, w: f32, h: f32) {
        if self.fill != Some(color) {
            ops.push(Op::SetFillColor { col: rgb(color) });
            self.fill = Some(color);
        }
        ops.push(Op::DrawRectangle {
            rectangle: Rect {
                x: Pt(x),
                y: Pt(y),
                width: Pt(w),
                height: Pt(h),
                mode: Some(PaintMode::Fill),
                winding_order: None,
            },
        });
    }

    fn line(&mut self, ops: &mut Vec<Op>, color: Color, width: f32, a: (f32, f32), b: (f32, f32)) {
        if self.stroke != Some((color, width)) {
            ops.push(Op::SetOutlineColor { col: rgb(color) });
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            self.stroke = Some((color, width));
        }
        let point = |(x, y)| LinePoint {
            p: pt(x, y),
            bezier: false,
        };
        ops.push(Op::DrawLine {
            line: Line {
                points: vec![point(a), point(b)],
                is_closed: false,
            },
        });
    }
}

/// The glyphs of a formula at row origin (`ox`, `top`), each a one-glyph run in the math face
/// (its character rides along as the glyph's text, for `/ToUnicode`).
fn math_glyphs(ops: &mut Vec<Op>, ox: f32, top: f32, it: &Item, id: &FontId, hash: &mut Sha256) {
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
    ops.push(Op::SetTextRenderingMode {
        mode: TextRenderingMode::Fill,
    });
    ops.push(Op::SetFillColor { col: rgb(color) });
    let (bx, by) = (ox + x, top - baseline);
    let mut size_now = -1.0f32;
    for prim in &formula.prims {
        let Prim::Glyph {
            gid,
            ch,
            x: gx,
            y: gy,
            size,
        } = *prim
        else {
            continue;
        };
        let size = size * scale;
        if size != size_now {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(id.clone()),
                size: Pt(size),
            });
            size_now = size;
        }
        let (ax, ay) = (bx + gx * scale, by + gy * scale);
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Raw([1.0, 0.0, 0.0, 1.0, ax, ay]),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(vec![Codepoint {
                gid,
                offset: 0.0,
                cid: Some(ch.to_string()),
            }])],
        });
        hash.update(gid.to_le_bytes());
        hash.update(ax.to_le_bytes());
        hash.update(ay.to_le_bytes());
    }
}

/// Shows `text` as glyph ids looked up in our own per-face table: printpdf would otherwise
/// search the font's cmap twice per character (half the run time of a big sheet).
fn glyph_run(fonts: &FontSet, face: u8, text: &str) -> Op {
    let f = fonts.face(face);
    let glyphs = text
        .chars()
        .map(|c| Codepoint {
            gid: f.glyph(c).map_or(0, |g| g.0),
            offset: 0.0,
            cid: None,
        })
        .collect();
    Op::ShowText {
        items: vec![TextItem::GlyphIds(glyphs)],
    }
}

/// Makes links clickable: a `/Link` annotation with a `/URI` action over each linked piece of
/// text (poppler, browsers and print viewers follow them; the text itself says where it goes).
fn add_links(lo: &mut lopdf::Document, pages: &[Page], geo: &Geometry) {
    let ids: Vec<lopdf::ObjectId> = lo.get_pages().into_values().collect();
    for (page, &page_id) in pages.iter().zip(&ids) {
        let mut annots = Vec::new();
        for p in &page.rows {
            for it in &p.row.items {
                let Item::Link {
                    x,
                    y,
                    w,
                    h,
                    ref url,
                } = *it
                else {
                    continue;
                };
                let (x1, y1) = (p.x + x, geo.page_h - (p.y + y + h));
                let mut action = Dictionary::new();
                action.set("S", Object::Name(b"URI".to_vec()));
                action.set(
                    "URI",
                    Object::String(url.as_bytes().to_vec(), StringFormat::Literal),
                );
                let mut annot = Dictionary::new();
                annot.set("Type", Object::Name(b"Annot".to_vec()));
                annot.set("Subtype", Object::Name(b"Link".to_vec()));
                annot.set(
                    "Rect",
                    Object::Array(
                        [x1, y1, x1 + w, y1 + h]
                            .iter()
                            .map(|v| Object::Real(*v))
                            .collect(),
                    ),
                );
                annot.set("Border", Object::Array(vec![0.into(), 0.into(), 0.into()]));
                annot.set("A", Object::Dictionary(action));
                annots.push(Object::Reference(lo.add_object(annot)));
            }
        }
        if annots.is_empty() {
            continue;
        }
        if let Ok(Object::Dictionary(d)) = lo.get_object_mut(page_id) {
            d.set("Annots", Object::Array(annots));
        }
    }
}

/// Adds `/Outlines`: one entry per question, in reading order, each pointing at the question.
fn add_outline(lo: &mut lopdf::Document, outline: &[OutlineEntry], geo: &Geometry) -> Result<()> {
    if outline.is_empty() {
        return Ok(());
    }
    let pages = lo.get_pages();
    let root = lo.new_object_id();
    let ids: Vec<_> = outline.iter().map(|_| lo.new_object_id()).collect();
    for (i, (title, page, y)) in outline.iter().enumerate() {
        let Some(page_id) = pages.get(&(*page as u32 + 1)).copied() else {
            continue;
        };
        let top = (geo.page_h - y + 4.0).min(geo.page_h);
        let mut d = Dictionary::new();
        d.set("Title", utf16_text(title));
        d.set("Parent", Object::Reference(root));
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference(page_id),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(top),
                Object::Null,
            ]),
        );
        if i > 0 {
            d.set("Prev", Object::Reference(ids[i - 1]));
        }
        if i + 1 < ids.len() {
            d.set("Next", Object::Reference(ids[i + 1]));
        }
        lo.objects.insert(ids[i], Object::Dictionary(d));
    }
    let mut r = Dictionary::new();
    r.set("Type", Object::Name(b"Outlines".to_vec()));
    r.set("First", Object::Reference(ids[0]));
    r.set("Last", Object::Reference(ids[ids.len() - 1]));
    r.set("Count", Object::Integer(ids.len() as i64));
    lo.objects.insert(root, Object::Dictionary(r));
    let catalog = lo
        .catalog_mut()
        .map_err(|e| Error::Other(format!("PDF catalog: {e}")))?;
    catalog.set("Outlines", Object::Reference(root));
    catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    Ok(())
}

/// A PDF text string in UTF-16BE with BOM (outline titles may be Chinese), written as a
/// literal string: half the bytes of hex, which matters with a thousand questions.
fn utf16_text(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for u in s.encode_utf16() {
        bytes.extend_from_slice(&u.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Literal)
}
