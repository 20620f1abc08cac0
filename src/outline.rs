//! Outline: the cleaned note parsed by pulldown-cmark into a tree of sections.
//!
//! Extraction reasons about structure ("which level holds the questions?", "does this heading
//! have text of its own?"), not about characters, so this stage turns the event stream into
//! sections with line ranges. Only top-level headings count: a heading nested in a list or
//! quote is answer content.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Markdown extensions deckhand reads everywhere (outline, exporters).
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
}

/// A heading and everything under it.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub level: u8,
    /// Heading text as plain text (markup removed, whitespace collapsed).
    pub title: String,
    /// 0-based line of the heading.
    pub line: usize,
    /// 0-based first line after the heading.
    pub body_start: usize,
    /// 0-based line where this section's own text ends (its first child, or `end`).
    pub own_end: usize,
    /// 0-based line where the section ends (exclusive).
    pub end: usize,
    pub children: Vec<Section>,
}

/// The outline of one note: text before the first heading, then the top sections.
#[derive(Debug, Clone, PartialEq)]
pub struct Outline {
    /// 0-based end (exclusive) of the text before the first heading.
    pub preamble_end: usize,
    pub sections: Vec<Section>,
    pub line_count: usize,
}

struct Flat {
    level: u8,
    title: String,
    line: usize,
    body_start: usize,
}

/// Parses `text` into an outline.
pub fn outline(text: &str) -> Outline {
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(i, _)| i + 1))
        .collect();
    let line_of = |byte: usize| {
        line_starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1)
    };
    let line_count = line_starts.len();

    let mut flats: Vec<Flat> = Vec::new();
    let mut depth = 0usize;
    let mut current: Option<(u8, String, std::ops::Range<usize>)> = None;
    for (ev, range) in Parser::new_ext(text, markdown_options()).into_offset_iter() {
        match ev {
            Event::Start(Tag::Heading { level, .. }) if depth == 0 => {
                current = Some((heading_level(level), String::new(), range));
            }
            Event::End(TagEnd::Heading(_)) if current.is_some() => {
                if let Some((level, title, r)) = current.take() {
                    let last = r.end.saturating_sub(1).max(r.start);
                    flats.push(Flat {
                        level,
                        title: collapse_ws(&title),
                        line: line_of(r.start),
                        body_start: line_of(last) + 1,
                    });
                }
            }
            Event::Text(t) | Event::Code(t) if current.is_some() => {
                if let Some((_, title, _)) = current.as_mut() {
                    title.push_str(&t);
                }
            }
            Event::SoftBreak | Event::HardBreak if current.is_some() => {
                if let Some((_, title, _)) = current.as_mut() {
                    title.push(' ');
                }
            }
            Event::Start(
                Tag::BlockQuote(_)
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::Table(_)
                | Tag::HtmlBlock,
            ) => depth += 1,
            Event::End(
                TagEnd::BlockQuote(_)
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::Table
                | TagEnd::HtmlBlock,
            ) => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let preamble_end = flats.first().map_or(line_count, |f| f.line);
    let sections = build(&flats, line_count);
    Outline {
        preamble_end,
        sections,
        line_count,
    }
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// Builds the tree: a heading owns the following headings of a deeper level.
fn build(flats: &[Flat], line_count: usize) -> Vec<Section> {
    fn take(flats: &[Flat], i: &mut usize, parent_level: u8, end_of_parent: usize) -> Vec<Section> {
        let mut out = Vec::new();
        while *i < flats.len() && flats[*i].level > parent_level {
            let f = &flats[*i];
            *i += 1;
            let end = flats[*i..]
                .iter()
                .find(|g| g.level <= f.level)
                .map_or(end_of_parent, |g| g.line);
            let children = take(flats, i, f.level, end);
            let own_end = children.first().map_or(end, |c| c.line);
            out.push(Section {
                level: f.level,
                title: f.title.clone(),
                line: f.line,
                body_start: f.body_start.min(end),
                own_end: own_end.max(f.body_start.min(end)),
                end,
                children,
            });
        }
        out
    }
    let mut i = 0;
    take(flats, &mut i, 0, line_count)
}

pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tree_with_levels_and_ranges() {
        let o = outline("intro\n# A\ntext\n## a1\nx\n## a2\n# B\n  ### b1 **bold**\nSetext\n---\n");
        assert_eq!(o.preamble_end, 1);
        assert_eq!(o.sections.len(), 2);
        let a = &o.sections[0];
        assert_eq!(
            (a.title.as_str(), a.line, a.body_start, a.own_end, a.end),
            ("A", 1, 2, 3, 6)
        );
        assert_eq!(a.children.len(), 2);
        assert_eq!((a.children[0].line, a.children[0].end), (3, 5));
        let b = &o.sections[1];
        assert_eq!(b.children[0].title, "b1 bold");
        assert_eq!(b.children[1].title, "Setext");
        assert_eq!(b.children[1].level, 2);
    }

    #[test]
    fn headings_in_lists_and_code_are_content() {
        let o = outline("# T\n- item\n  ## not a section\n```\n# nor this\n```\n");
        assert_eq!(o.sections.len(), 1);
        assert!(o.sections[0].children.is_empty());
    }
}
