//! Pages: rows stacked into columns and pages, each question kept with its first answer lines,
//! and a card continued in the next column marked as such.

use super::*;

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
/// `continued(card)` makes the line that opens a column where that card goes on (`（续）` and its
/// question), asked only for the cards that do.
pub fn paginate(
    title: Vec<Row>,
    rows: Vec<Row>,
    continued: &mut dyn FnMut(usize) -> Option<Row>,
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
            if let Some(cont) = r.owner.and_then(&mut *continued) {
                if y + cont.height + r.height <= bottom + 0.01 {
                    let h = cont.height;
                    pages[p].rows.push(Placed {
                        x: geo.column_x(col),
                        y,
                        row: cont,
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
