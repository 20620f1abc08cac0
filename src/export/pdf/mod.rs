//! `--format pdf`: one printable cheat-sheet per topic, `DIR/pdf/<topic>.pdf`.
//!
//! Why this module exists: people print their notes to study from. Each topic with answered
//! cards becomes a dense multi-column PDF: questions as bold headings, answers with the structure
//! the notes gave them, Chinese broken the way Chinese is typeset, fonts embedded (subset) so it
//! prints anywhere, and every byte a function of the input so a rebuild changes nothing.
//!
//! The pipeline, one module each: [`markdown`] (answer → blocks) → [`layout`] (measure, break,
//! place into columns and pages) → [`writer`] (the document: printpdf makes the fonts, images
//! and metadata; pages go through [`content`] to content streams and [`file`] to bytes).
//! [`fonts`] holds the vendored faces, [`images`] turns PNG/JPEG files into image objects.

pub(crate) mod content;
pub(crate) mod file;
pub mod fonts;
pub(crate) mod images;
pub(crate) mod layout;
pub(crate) mod markdown;
pub(crate) mod math;
pub(crate) mod writer;

use super::{ExportOptions, Exporter, PdfOptions};
use crate::error::Result;
use crate::model::{Card, Deck, Warning};
use fonts::{FontSet, Role};
use layout::{Color, Ctx, Geometry, ImageInfo, Item, Page, Placed, Row, TextSpec, Theme};
use markdown::{Run, Style};
use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The PDF exporter. `build --format pdf` calls [`Exporter::export`].
pub struct Pdf;

impl Exporter for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }

    fn stage(
        &self,
        deck: &Deck,
        out_dir: &Path,
        opts: &ExportOptions,
        warnings: &mut Vec<Warning>,
        out: &mut crate::export::Staged,
    ) -> Result<()> {
        let fonts = checked_font_set(&mut opts.pdf.clone(), warnings);
        let dir = out_dir.join("pdf");
        let mut names = HashSet::new();
        let mut missing = BTreeSet::new();
        for (topic, cards) in deck.by_topic() {
            let cards: Vec<&Card> = cards
                .into_iter()
                .filter(|c| opts.include_unanswered || c.is_answered())
                .collect();
            if !cards.iter().any(|c| c.is_answered()) {
                continue;
            }
            let sheet = render_topic(topic, &cards, &opts.pdf, &fonts)?;
            warnings.extend(sheet.warnings);
            missing.extend(sheet.missing);
            let stem = crate::export::filename::safe_stem(topic);
            let path = dir.join(crate::export::filename::unique(stem, &mut names) + ".pdf");
            out.add(&path, &sheet.bytes)?;
        }
        if !missing.is_empty() {
            warnings.push(missing_warning(&fonts, &missing));
        }
        Ok(())
    }
}

/// One rendered cheat-sheet.
pub struct Sheet {
    /// The PDF file.
    pub bytes: Vec<u8>,
    /// Pages it has.
    pub pages: usize,
    /// Image problems, with the card they concern.
    pub warnings: Vec<Warning>,
    /// Characters no font could draw (printed as a placeholder).
    pub missing: BTreeSet<char>,
}

/// The faces for these options: vendored, with `--font` / `--mono-font` in front.
pub fn font_set(opts: &PdfOptions) -> Result<FontSet> {
    let body = match &opts.font {
        Some(p) => Some(Arc::new(fonts::load_user_face(p)?)),
        None => None,
    };
    let mono = match &opts.mono_font {
        Some(p) => Some(Arc::new(fonts::load_user_face(p)?)),
        None => None,
    };
    Ok(FontSet::new(body, mono))
}

/// The faces for these options, checked: a `--font` or `--mono-font` that cannot be used
/// (not a regular file, over 64 MiB, not a font) is a warning naming it, removed from
/// `opts`, and the bundled face stands in. `build` calls this before writing anything.
pub fn checked_font_set(opts: &mut PdfOptions, warnings: &mut Vec<Warning>) -> FontSet {
    let mut load = |slot: &mut Option<PathBuf>, flag: &str| {
        let path = slot.clone()?;
        match fonts::load_user_face(&path) {
            Ok(face) => Some(Arc::new(face)),
            Err(e) => {
                warnings.push(Warning {
                    kind: crate::model::WarningKind::Font,
                    path: path.display().to_string(),
                    line: 0,
                    message: format!(
                        "{flag}: {}; using the bundled font instead",
                        crate::error::describe_at(&e, &path.display().to_string())
                    ),
                });
                *slot = None;
                None
            }
        }
    };
    let body = load(&mut opts.font, "--font");
    let mono = load(&mut opts.mono_font, "--mono-font");
    FontSet::new(body, mono)
}

/// The one warning listing every character the PDF fonts lack.
pub fn missing_warning(fonts: &FontSet, missing: &BTreeSet<char>) -> Warning {
    let list: String = missing
        .iter()
        .take(60)
        .map(|c| format!("{c} (U+{:04X})", *c as u32))
        .collect::<Vec<_>>()
        .join(", ");
    let more = if missing.len() > 60 {
        format!(" and {} more", missing.len() - 60)
    } else {
        String::new()
    };
    Warning {
        kind: crate::model::WarningKind::Glyph,
        path: fonts.face(0).label.clone(),
        line: 0,
        message: format!(
            "{} character(s) have no glyph in the PDF fonts and print as {}: {list}{more}; \
             pass --font/--mono-font with a font that has them",
            missing.len(),
            fonts::MISSING_PLACEHOLDER
        ),
    }
}

/// Paper size in points.
pub fn paper_size(paper: &str) -> (f32, f32) {
    match paper.trim().to_ascii_lowercase().as_str() {
        "letter" | "us-letter" | "usletter" => (612.0, 792.0),
        _ => (595.28, 841.89),
    }
}

const MM: f32 = 72.0 / 25.4;

/// The date printed on the sheet and stored in its metadata: `SOURCE_DATE_EPOCH` when set,
/// else the newest source mtime of the cards — never the clock, so rebuilds are identical.
pub fn sheet_date(cards: &[&Card]) -> i64 {
    if let Some(v) = crate::ingest::source_date_epoch() {
        return v;
    }
    cards
        .iter()
        .map(|c| c.source.mtime)
        .max()
        .unwrap_or(0)
        .max(0)
}

/// `YYYY-MM-DD` (UTC) for seconds since the epoch.
pub fn ymd(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!("{y:04}-{m:02}-{d:02}")
}

/// Renders one topic's cards (in the given order) to PDF bytes.
pub fn render_topic(
    topic: &str,
    cards: &[&Card],
    opts: &PdfOptions,
    fonts: &FontSet,
) -> Result<Sheet> {
    let (page_w, page_h) = paper_size(&opts.paper);
    let size = if opts.font_size.is_finite() {
        opts.font_size.clamp(5.0, 20.0)
    } else {
        9.0
    };
    let geo = Geometry {
        page_w,
        page_h,
        margin_x: 11.0 * MM,
        margin_top: 15.0 * MM,
        margin_bottom: 13.0 * MM,
        columns: usize::from(opts.columns.clamp(1, 3)),
        gap: 5.5 * MM,
    };
    let theme = Theme::new(size);
    let mut ctx = Ctx::new(fonts, theme, geo.column_height() * 0.45);
    let mut warnings = Vec::new();

    // Images: each file decoded once per sheet.
    let mut embedded: Vec<images::Embedded> = Vec::new();
    let mut by_path: HashMap<String, Option<ImageInfo>> = HashMap::new();

    let date = sheet_date(cards);
    let answered = cards.iter().filter(|c| c.is_answered()).count();
    let title = title_rows(&mut ctx, topic, answered, &ymd(date), geo.content_width());

    let col_w = geo.column_width();
    let mut rows: Vec<Row> = Vec::with_capacity(cards.len() * 8);
    for (i, card) in cards.iter().enumerate() {
        ctx.images.clear();
        for m in &card.media {
            let info = by_path.entry(m.path.clone()).or_insert_with(|| {
                match images::load(Path::new(&m.path)) {
                    Ok(e) => {
                        let info = ImageInfo {
                            index: embedded.len(),
                            width_px: e.width,
                            height_px: e.height,
                        };
                        embedded.push(e);
                        Some(info)
                    }
                    Err(e) => {
                        warnings.push(Warning {
                            kind: crate::model::WarningKind::Image,
                            path: card.source.path.clone(),
                            line: card.source.line,
                            message: format!("image {} left out of the PDF: {e}", m.src),
                        });
                        None
                    }
                }
            });
            if let Some(info) = info {
                ctx.images.insert(m.src.clone(), *info);
            }
        }
        let blocks = markdown::parse(&card.answer);
        rows.extend(layout::card(&mut ctx, i, &card.question, &blocks, col_w));
        for (tex, why) in ctx.math_errors.drain(..) {
            warnings.push(math_warning(card, &tex, &why));
        }
    }

    let (mut pages, anchors) = layout::paginate(
        title,
        rows,
        &mut |card| {
            let q = &cards.get(card)?.question;
            Some(layout::continuation_row(&mut ctx, q, col_w))
        },
        &geo,
    );
    decorate(&mut ctx, &mut pages, topic, &geo);

    let outline: Vec<writer::OutlineEntry> = anchors
        .iter()
        .filter_map(|&(card, page, y)| {
            cards
                .get(card)
                .map(|c| (c.question.trim().to_string(), page, y))
        })
        .collect();
    let bytes = writer::write(
        &pages,
        &geo,
        fonts,
        &embedded,
        &outline,
        &writer::Meta { title: topic, date },
    )?;
    Ok(Sheet {
        bytes,
        pages: pages.len(),
        warnings,
        missing: std::mem::take(&mut ctx.missing),
    })
}

/// A formula printed as TeX because it could not be typeset, at its line in the notes.
fn math_warning(card: &Card, tex: &str, why: &str) -> Warning {
    let first = tex
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .trim();
    // The answer's lines end at the card's last line: count back from there (the model is all
    // an exporter reads).
    let lines: Vec<&str> = card.answer.lines().collect();
    let line = lines
        .iter()
        .position(|l| !first.is_empty() && l.contains(first))
        .map(|i| card.source.end_line.saturating_sub(lines.len() - 1 - i))
        .filter(|&l| l >= card.source.line)
        .unwrap_or(card.source.line);
    let shown: String = first.chars().take(60).collect();
    Warning {
        kind: crate::model::WarningKind::Math,
        path: card.source.path.clone(),
        line,
        message: format!(
            "math `{shown}` cannot be typeset ({why}); the PDF shows its TeX in monospace"
        ),
    }
}

fn plain(text: &str) -> [Run; 1] {
    [Run {
        text: text.to_string(),
        style: Style::default(),
        url: None,
    }]
}

/// Page 1's title block: topic, card count and date, then a rule.
fn title_rows(ctx: &mut Ctx<'_>, topic: &str, cards: usize, date: &str, width: f32) -> Vec<Row> {
    let size = ctx.theme.size;
    let mut rows = layout::text_rows(
        ctx,
        &plain(topic),
        &TextSpec {
            size: size * 1.9,
            role: Role::Body,
            color: layout::QUESTION,
            bold: true,
        },
        width,
    );
    let noun = if cards == 1 { "card" } else { "cards" };
    let mut sub = layout::text_rows(
        ctx,
        &plain(&format!(
            "{cards} {noun}  ·  {date}  ·  deckhand cheat-sheet"
        )),
        &TextSpec {
            size: size * 0.95,
            role: Role::Body,
            color: layout::MUTED,
            bold: false,
        },
        width,
    );
    if let Some(first) = sub.first_mut() {
        first.space_before = size * 0.2;
    }
    rows.extend(sub);
    let h = size * 1.4;
    rows.push(Row {
        height: h,
        items: vec![Item::Line {
            x1: 0.0,
            y1: h * 0.45,
            x2: width,
            y2: h * 0.45,
            width: 0.9,
            color: layout::QUESTION,
        }],
        ..Default::default()
    });
    rows
}

/// Header (topic, from page 2), footer (`3 / 12`) and rules between used columns.
fn decorate(ctx: &mut Ctx<'_>, pages: &mut [Page], topic: &str, geo: &Geometry) {
    let n = pages.len();
    let small = (ctx.theme.size * 0.82).max(6.0);
    let spec = TextSpec::body(small, layout::MUTED);
    let mut header = layout::text_rows(ctx, &plain(topic), &spec, geo.content_width());
    header.truncate(1);
    for (i, page) in pages.iter_mut().enumerate() {
        let mut extra: Vec<Placed> = Vec::new();
        if i > 0 {
            if let Some(h) = header.first() {
                let y = geo.margin_top - 6.0 - h.height;
                let mut row = h.clone();
                row.items.push(Item::Line {
                    x1: 0.0,
                    y1: h.height + 1.5,
                    x2: geo.content_width(),
                    y2: h.height + 1.5,
                    width: 0.4,
                    color: layout::RULE,
                });
                extra.push(Placed {
                    x: geo.margin_x,
                    y,
                    row,
                });
            }
        }
        let label = format!("{} / {}", i + 1, n);
        let mut footer = layout::text_rows(ctx, &plain(&label), &spec, geo.content_width());
        if let Some(mut f) = footer.drain(..).next() {
            let w: f32 = f
                .items
                .iter()
                .map(|it| match it {
                    Item::Text {
                        text, face, size, ..
                    } => text
                        .chars()
                        .map(|c| ctx.fonts.face(*face).advance(c).unwrap_or(0.5) * size)
                        .sum(),
                    _ => 0.0,
                })
                .sum();
            for it in &mut f.items {
                if let Item::Text { x, .. } = it {
                    *x += (geo.content_width() - w) / 2.0;
                }
            }
            extra.push(Placed {
                x: geo.margin_x,
                y: geo.page_h - geo.margin_bottom + 8.0,
                row: f,
            });
        }
        // Thin rules between the columns that hold text.
        let bottom = page
            .rows
            .iter()
            .map(|p| p.y + p.row.height)
            .fold(page.column_top, f32::max);
        for c in 1..page.columns_used.min(geo.columns) {
            let x = geo.column_x(c) - geo.gap / 2.0;
            extra.push(Placed {
                x: 0.0,
                y: 0.0,
                row: Row {
                    items: vec![Item::Line {
                        x1: x,
                        y1: page.column_top + 2.0,
                        x2: x,
                        y2: bottom,
                        width: 0.3,
                        color: Color(0.85, 0.85, 0.87),
                    }],
                    ..Default::default()
                },
            });
        }
        page.rows.extend(extra);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil_utc() {
        assert_eq!(ymd(0), "1970-01-01");
        assert_eq!(ymd(951_782_400), "2000-02-29");
        assert_eq!(ymd(1_700_000_000), "2023-11-14");
    }

    #[test]
    fn paper_sizes() {
        assert_eq!(paper_size("letter"), (612.0, 792.0));
        assert_eq!(paper_size("A4").0, 595.28);
    }
}
