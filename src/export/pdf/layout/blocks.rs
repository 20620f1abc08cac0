//! Blocks: an answer's paragraphs, lists, callouts, code, images and display math laid out as
//! rows at a column width, and a card (its question heading, its answer, its continuation mark).

use super::*;

pub(super) fn body_spec(ctx: &Ctx<'_>) -> TextSpec {
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

pub(super) fn block(ctx: &mut Ctx<'_>, b: &Block, width: f32, out: &mut Vec<Row>) {
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
pub(super) fn callout(
    ctx: &mut Ctx<'_>,
    kind: Callout,
    inner: &[Block],
    width: f32,
    out: &mut Vec<Row>,
) {
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

pub(super) const BULLETS: [&str; 3] = ["•", "◦", "▪"];

pub(super) fn list(
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

pub(super) fn code_block(ctx: &mut Ctx<'_>, code: &str, width: f32, out: &mut Vec<Row>) {
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

pub(super) fn image(ctx: &mut Ctx<'_>, src: &str, width: f32, out: &mut Vec<Row>) {
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
    rows
}

/// `（续）` and as much of the question as fits one line, muted: what opens a column or page
/// where a card goes on.
pub fn continuation_row(ctx: &mut Ctx<'_>, question: &str, width: f32) -> Row {
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
