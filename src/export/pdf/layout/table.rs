//! Tables: column widths shared out from each column's longest word and natural width, cells
//! laid out as text rows, rows split across columns and pages with their header repeated.

use super::*;

/// Distributes `avail` among table columns. When every column's longest word fits, each gets at
/// least that and the rest goes where the text is longest; otherwise every column starts from a
/// fair share (so a Chinese column is never squeezed to one character because a Latin column
/// holds a long identifier), then moves toward its longest word, then toward its natural width.
pub(super) fn column_widths(min_w: &[f32], pref_w: &[f32], avail: f32) -> Vec<f32> {
    let n = min_w.len().max(1) as f32;
    let mut w: Vec<f32> = if min_w.iter().sum::<f32>() <= avail {
        min_w.to_vec()
    } else {
        pref_w.iter().map(|p| p.min(avail / n)).collect()
    };
    for target in [min_w, pref_w] {
        let slack = avail - w.iter().sum::<f32>();
        let need: f32 = w.iter().zip(target).map(|(w, t)| (t - w).max(0.0)).sum();
        if slack > 0.0 && need > 0.0 {
            let k = (slack / need).min(1.0);
            for (w, t) in w.iter_mut().zip(target) {
                *w += (t - *w).max(0.0) * k;
            }
        }
    }
    let slack = avail - w.iter().sum::<f32>();
    if slack > 0.0 {
        for x in &mut w {
            *x += slack / n;
        }
    }
    w
}

/// Measures every cell; returns the cells and each column's min-content and natural widths.
pub(super) fn measure_table(
    ctx: &mut Ctx<'_>,
    rows: &[Vec<Inline>],
    header_rows: usize,
    ncols: usize,
    size: f32,
    color: Color,
) -> (Vec<Vec<Measured>>, Vec<f32>, Vec<f32>) {
    let spec = TextSpec::body(size, color);
    let head_spec = TextSpec { bold: true, ..spec };
    let measured: Vec<Vec<Measured>> = rows
        .iter()
        .enumerate()
        .map(|(ri, row)| {
            (0..ncols)
                .map(|c| {
                    let runs: &[Run] = row.get(c).map(|r| r.as_slice()).unwrap_or(&[]);
                    let s = if ri < header_rows { &head_spec } else { &spec };
                    let mut m = measure(ctx.fonts, runs, s, &mut ctx.missing);
                    ctx.math_errors.append(&mut m.math_errors);
                    m
                })
                .collect()
        })
        .collect();
    let mut min_w = vec![0.0f32; ncols];
    let mut pref_w = vec![0.0f32; ncols];
    for row in &measured {
        for (c, m) in row.iter().enumerate() {
            min_w[c] = min_w[c].max(min_content_width(m));
            let natural = break_lines(m, f32::MAX, f32::MAX)
                .iter()
                .map(|r| line_width(m, r))
                .fold(0.0, f32::max);
            pref_w[c] = pref_w[c].max(natural);
        }
    }
    (measured, min_w, pref_w)
}

pub(super) fn table(
    ctx: &mut Ctx<'_>,
    aligns: &[Align],
    header_rows: usize,
    rows: &[Vec<Inline>],
    width: f32,
    out: &mut Vec<Row>,
) {
    let ncols = rows
        .iter()
        .map(|r| r.len())
        .max()
        .unwrap_or(0)
        .max(aligns.len());
    if ncols == 0 || rows.is_empty() {
        return;
    }
    // Try the normal table size first; shrink a little when the words don't fit side by side.
    let color = ctx.color.unwrap_or(INK);
    let mut choice = None;
    for scale in [0.95, 0.86, 0.78] {
        let size = ctx.theme.size * scale;
        let pad = size * 0.35;
        let (measured, min_w, pref_w) = measure_table(ctx, rows, header_rows, ncols, size, color);
        let avail = width - 2.0 * pad * ncols as f32;
        let fits = min_w.iter().sum::<f32>() <= avail;
        choice = Some((size, pad, measured, min_w, pref_w, avail));
        if fits {
            break;
        }
    }
    let Some((size, pad, measured, mut min_w, mut pref_w, avail)) = choice else {
        return;
    };
    let lh = ctx.theme.line_height(size);
    let spec = TextSpec::body(size, color);
    let head_spec = TextSpec { bold: true, ..spec };
    // A column's minimum: its longest word, but never more than 1.3 fair shares (longer words
    // break), and at least 0.6 of a fair share when it has that much text (so ideographic
    // columns, whose longest "word" is one character, are not squeezed to a sliver).
    let fair = avail / ncols as f32;
    for c in 0..ncols {
        min_w[c] = min_w[c]
            .min(fair * 1.3)
            .max(pref_w[c].min(fair * 0.6))
            .max(size);
        pref_w[c] = pref_w[c].max(min_w[c]);
    }
    let cols = column_widths(&min_w, &pref_w, avail);
    let mut xs = Vec::with_capacity(ncols + 1);
    let mut x = 0.0;
    xs.push(0.0);
    for w in &cols {
        x += w + 2.0 * pad;
        xs.push(x);
    }
    let total_w = x;
    let baseline0 = pad + (lh - size) / 2.0 + size * 0.86;
    for (ri, row) in measured.iter().enumerate() {
        let head = ri < header_rows;
        let s = if head { &head_spec } else { &spec };
        let broken: Vec<Vec<Range<usize>>> = row
            .iter()
            .enumerate()
            .map(|(c, m)| break_lines(m, cols[c], cols[c]))
            .collect();
        let nlines = broken.iter().map(|b| b.len()).max().unwrap_or(1).max(1);
        // A row taller than a column is cut into pieces between its lines (each piece keeps
        // the grid), so nothing runs off the page.
        let per_piece = (((ctx.max_image_height / 0.45) * 0.9 - 2.0 * pad) / lh)
            .floor()
            .max(1.0) as usize;
        let mut first_line = 0;
        while first_line < nlines {
            let last_line = (first_line + per_piece).min(nlines);
            let h = (last_line - first_line) as f32 * lh + 2.0 * pad;
            let mut items = Vec::new();
            if head {
                items.push(Item::Rect {
                    x: 0.0,
                    y: 0.0,
                    w: total_w,
                    h,
                    color: HEAD_BG,
                });
            }
            for (c, m) in row.iter().enumerate() {
                let align = aligns.get(c).copied().unwrap_or(Align::Left);
                let lines = broken[c].get(first_line..last_line.min(broken[c].len()));
                for (k, r) in lines.unwrap_or(&[]).iter().enumerate() {
                    let lw = line_width(m, r);
                    let dx = match align {
                        Align::Left => 0.0,
                        Align::Center => ((cols[c] - lw) / 2.0).max(0.0),
                        Align::Right => (cols[c] - lw).max(0.0),
                    };
                    line_items(
                        m,
                        r,
                        s,
                        xs[c] + pad + dx,
                        baseline0 + k as f32 * lh,
                        &mut items,
                    );
                }
            }
            let line = |x1: f32, y1: f32, x2: f32, y2: f32| Item::Line {
                x1,
                y1,
                x2,
                y2,
                width: 0.5,
                color: GRID,
            };
            items.push(line(0.0, 0.0, total_w, 0.0));
            items.push(line(0.0, h, total_w, h));
            for &x in &xs {
                items.push(line(x, 0.0, x, h));
            }
            out.push(Row {
                height: h,
                baseline: Some(baseline0),
                keep_with_next: head,
                items,
                ..Default::default()
            });
            first_line = last_line;
        }
    }
}
