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
//!
//! Split along its seams: `text` (measuring and breaking), `blocks` (an answer's blocks and a
//! card), `table`, `pages` (columns and pages); this file holds the types they share.

use super::fonts::{FontSet, Role, MISSING_PLACEHOLDER};
use super::markdown::{Align, Block, Callout, Inline, Run, Style};
use super::math::{self, Formula};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;
use std::sync::Arc;

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

mod blocks;
mod pages;
mod table;
#[cfg(test)]
mod tests;
mod text;

pub use blocks::*;
pub use pages::*;
use table::*;
pub use text::*;

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
            color: None,
            list_depth: 0,
        }
    }
}
