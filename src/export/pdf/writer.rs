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

use super::content::{page_content, Codes, FaceCodes};
use super::file::PdfFile;
use super::fonts::FontSet;
use super::images::Embedded;
use super::layout::{Geometry, Item, Page};
use super::math::Prim;
use crate::error::{Error, Result};
use flate2::{write::ZlibEncoder, Compression};
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Codepoint, FontId, Mm, OffsetDateTime, Op, PdfDocument, PdfFont, PdfFontHandle, PdfPage,
    PdfSaveOptions, Pt, TextItem, XObject, XObjectId,
};
use sha2::{Digest, Sha256};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;

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
    let mut math_chars: HashMap<u16, char> = HashMap::new();
    for page in pages {
        for p in &page.rows {
            for it in &p.row.items {
                if let Item::Math { formula, .. } = it {
                    for prim in &formula.prims {
                        if let Prim::Glyph { gid, ch, .. } = *prim {
                            math_gids.insert(gid);
                            math_chars.entry(gid).or_insert(ch);
                        }
                    }
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

    // One page that shows every glyph once, in glyph-id order: printpdf subsets the faces
    // from it and writes their /ToUnicode maps, and the codes it gives those glyphs are read
    // back from its content stream. The real pages are written below, straight to bytes.
    let mut order: Vec<(FontId, Vec<u16>)> = Vec::new();
    let mut probe = vec![Op::StartTextSection];
    for (i, chars) in used.iter().enumerate() {
        let Some(id) = &ids[i] else { continue };
        let face = fonts.face(i as u8);
        let gids: BTreeSet<u16> = chars
            .iter()
            .filter_map(|&c| face.glyph(c).map(|g| g.0))
            .filter(|&g| g != 0)
            .collect();
        probe_run(&mut probe, id, gids.iter().map(|&gid| (gid, None)));
        order.push((id.clone(), gids.into_iter().collect()));
    }
    if let Some(id) = &math_id {
        probe_run(
            &mut probe,
            id,
            math_gids
                .iter()
                .map(|&gid| (gid, math_chars.get(&gid).copied())),
        );
        order.push((id.clone(), math_gids.iter().copied().collect()));
    }
    probe.push(Op::EndTextSection);
    doc.with_pages(vec![PdfPage::new(
        Mm::from(Pt(geo.page_w)),
        Mm::from(Pt(geo.page_h)),
        probe,
    )]);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&opts, &mut warnings);
    drop(doc);
    let codes = read_codes(&lo, &order, &ids, math_id.as_ref())?;

    // The probe page goes; the real pages take its place in the page tree.
    let probe_id = *lo
        .get_pages()
        .get(&1)
        .ok_or_else(|| Error::Other("PDF: printpdf wrote no page".into()))?;
    let template = lo
        .get_dictionary(probe_id)
        .map_err(|e| Error::Other(format!("PDF page: {e}")))?
        .clone();
    for id in lo.get_page_contents(probe_id) {
        lo.objects.remove(&id);
    }
    lo.objects.remove(&probe_id);
    let parent = template
        .get(b"Parent")
        .and_then(Object::as_reference)
        .map_err(|e| Error::Other(format!("PDF page tree: {e}")))?;

    // Object numbers: page i is `first_page + 2i`, its content stream the next one; then the
    // outline's root and its entries.
    let first_page = lo.max_id + 1;
    let page_id = |i: usize| first_page + 2 * i as u32;
    let outline_root = page_id(pages.len());
    if let Ok(tree) = lo.get_dictionary_mut(parent) {
        let kids = (0..pages.len())
            .map(|i| Object::Reference((page_id(i), 0)))
            .collect();
        tree.set("Count", Object::Integer(pages.len() as i64));
        tree.set("Kids", Object::Array(kids));
    }
    if !outline.is_empty() {
        let catalog = lo
            .catalog_mut()
            .map_err(|e| Error::Other(format!("PDF catalog: {e}")))?;
        catalog.set("Outlines", Object::Reference((outline_root, 0)));
        catalog.set("PageMode", Object::Name(b"UseOutlines".to_vec()));
    }
    let mut trailer = Dictionary::new();
    for key in [&b"Root"[..], b"Info"] {
        if let Ok(v) = lo.trailer.get(key) {
            trailer.set(key.to_vec(), v.clone());
        }
    }

    // printpdf's objects first (fonts, images, metadata, catalog, page tree) ...
    lo.compress();
    let mut file = PdfFile::new(&lo.version);
    for (&(id, _), obj) in &lo.objects {
        match obj {
            Object::Stream(st) => file.stream(id, &st.dict, &st.content),
            obj => file.object(id, obj),
        }
    }
    drop(lo);

    // ... then each page, its content stream compressed and written as soon as it is made ...
    let mut content_hash = Sha256::new();
    content_hash.update(meta.title.as_bytes());
    content_hash.update(meta.date.to_le_bytes());
    let mut buf = Vec::new();
    // One compressor for every page: a fresh one per page costs its ~300 KB of state each
    // time, and the heap fragments around what the pages keep (3,700 pages: +1.1 GB).
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::best());
    let deflate_err = |e: std::io::Error| Error::Other(format!("compressing PDF page: {e}"));
    let mut flate = Dictionary::new();
    flate.set("Filter", Object::Name(b"FlateDecode".to_vec()));
    for (i, page) in pages.iter().enumerate() {
        buf.clear();
        page_content(&mut buf, page, geo, fonts, &codes);
        content_hash.update(&buf);
        zlib.write_all(&buf).map_err(deflate_err)?;
        let packed = zlib.reset(Vec::new()).map_err(deflate_err)?;
        file.stream(page_id(i) + 1, &flate, &packed);
        let mut dict = template.clone();
        dict.set("Contents", Object::Reference((page_id(i) + 1, 0)));
        let links = page_links(page, geo);
        if !links.is_empty() {
            dict.set("Annots", Object::Array(links));
        }
        file.object(page_id(i), &Object::Dictionary(dict));
    }

    // ... then the outline, one entry per question in reading order.
    write_outline(&mut file, outline, outline_root, &page_id, geo);

    // A stable file identifier: same content, same /ID.
    let digest = content_hash.finalize();
    let id = Object::String(digest[..16].to_vec(), StringFormat::Hexadecimal);
    trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(file.finish(&trailer))
}

/// One run of the probe page: every glyph of one face, once.
fn probe_run(ops: &mut Vec<Op>, id: &FontId, glyphs: impl Iterator<Item = (u16, Option<char>)>) {
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(id.clone()),
        size: Pt(10.0),
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::GlyphIds(
            glyphs
                .map(|(gid, ch)| Codepoint {
                    gid,
                    offset: 0.0,
                    cid: ch.map(String::from),
                })
                .collect(),
        )],
    });
}

/// Reads the probe page back: the n-th code shown in a face is the code of its n-th glyph.
fn read_codes(
    lo: &lopdf::Document,
    order: &[(FontId, Vec<u16>)],
    ids: &[Option<FontId>],
    math_id: Option<&FontId>,
) -> Result<Codes> {
    let page = lo
        .get_pages()
        .get(&1)
        .copied()
        .ok_or_else(|| Error::Other("PDF: printpdf wrote no page".into()))?;
    let bytes = lo.get_page_content(page);
    let content = lopdf::content::Content::decode(&bytes)
        .map_err(|e| Error::Other(format!("PDF probe page: {e}")))?;
    let mut shown: HashMap<Vec<u8>, Vec<u16>> = HashMap::new();
    let mut font: Vec<u8> = Vec::new();
    for op in &content.operations {
        let strings = |o: &Object, out: &mut Vec<u16>| {
            if let Object::String(b, _) = o {
                out.extend(b.chunks_exact(2).map(|c| u16::from_be_bytes([c[0], c[1]])));
            }
        };
        match op.operator.as_str() {
            "Tf" => {
                if let Some(Object::Name(n)) = op.operands.first() {
                    font = n.clone();
                }
            }
            "Tj" | "TJ" => {
                let out = shown.entry(font.clone()).or_default();
                for o in &op.operands {
                    match o {
                        Object::Array(a) => a.iter().for_each(|o| strings(o, out)),
                        o => strings(o, out),
                    }
                }
            }
            _ => {}
        }
    }
    let table = |id: &FontId| -> Result<FaceCodes> {
        let gids = order
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, g)| g.as_slice())
            .unwrap_or_default();
        let got = shown
            .get(id.0.as_bytes())
            .map(Vec::as_slice)
            .unwrap_or_default();
        if got.len() != gids.len() {
            return Err(Error::Other(format!(
                "PDF font {}: {} glyphs embedded, {} expected",
                id.0,
                got.len(),
                gids.len()
            )));
        }
        Ok(FaceCodes {
            name: id.0.clone(),
            code: gids.iter().copied().zip(got.iter().copied()).collect(),
        })
    };
    Ok(Codes {
        faces: ids
            .iter()
            .map(|id| id.as_ref().map(table).transpose())
            .collect::<Result<_>>()?,
        math: math_id.map(table).transpose()?,
    })
}

/// The page's links: a `/Link` annotation with a `/URI` action over each linked piece of text
/// (poppler, browsers and print viewers follow them; the text itself says where it goes).
fn page_links(page: &Page, geo: &Geometry) -> Vec<Object> {
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
            annots.push(Object::Dictionary(annot));
        }
    }
    annots
}

/// `/Outlines` (object `root`) and its entries (the objects after it): one per question, in
/// reading order, each pointing at the question on its page.
fn write_outline(
    file: &mut PdfFile,
    outline: &[OutlineEntry],
    root: u32,
    page_id: &dyn Fn(usize) -> u32,
    geo: &Geometry,
) {
    if outline.is_empty() {
        return;
    }
    let entry = |i: usize| Object::Reference((root + 1 + i as u32, 0));
    for (i, (title, page, y)) in outline.iter().enumerate() {
        let top = (geo.page_h - y + 4.0).min(geo.page_h);
        let mut d = Dictionary::new();
        d.set("Title", utf16_text(title));
        d.set("Parent", Object::Reference((root, 0)));
        d.set(
            "Dest",
            Object::Array(vec![
                Object::Reference((page_id(*page), 0)),
                Object::Name(b"XYZ".to_vec()),
                Object::Null,
                Object::Real(top),
                Object::Null,
            ]),
        );
        if i > 0 {
            d.set("Prev", entry(i - 1));
        }
        if i + 1 < outline.len() {
            d.set("Next", entry(i + 1));
        }
        file.object(root + 1 + i as u32, &Object::Dictionary(d));
    }
    let mut r = Dictionary::new();
    r.set("Type", Object::Name(b"Outlines".to_vec()));
    r.set("First", entry(0));
    r.set("Last", entry(outline.len() - 1));
    r.set("Count", Object::Integer(outline.len() as i64));
    file.object(root, &Object::Dictionary(r));
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
