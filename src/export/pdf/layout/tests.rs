use super::*;

fn set() -> FontSet {
    FontSet::new(None, None)
}

/// `text` in 10 pt body type, measured; and the characters the fonts lack.
fn measured(text: &str) -> (Measured, BTreeSet<char>) {
    let runs = [Run {
        text: text.into(),
        style: Style::default(),
        url: None,
    }];
    let spec = TextSpec::body(10.0, INK);
    let mut missing = BTreeSet::new();
    let m = measure(&set(), &runs, &spec, &mut missing);
    (m, missing)
}

fn lines_of(text: &str, width: f32) -> Vec<String> {
    let (m, _) = measured(text);
    break_lines(&m, width, width)
        .into_iter()
        .map(|r| {
            let a = m.glyphs[r.start].byte as usize;
            let b = m
                .glyphs
                .get(r.end)
                .map(|g| g.byte as usize)
                .unwrap_or(m.text.len());
            m.text[a..b].trim_end().to_string()
        })
        .collect()
}

fn width_of(text: &str) -> f32 {
    let fonts = set();
    text.chars()
        .map(|c| {
            fonts
                .resolve(Role::Body, c)
                .map(|r| r.1 * 10.0)
                .unwrap_or(0.0)
        })
        .sum()
}

#[test]
fn breaks_between_ideographs_and_fills_lines() {
    let text = "调度器把协程分配到处理器上运行并在阻塞时切换";
    let lines = lines_of(text, 55.0); // 5.5 ideographs at 10 pt
    assert!(lines.len() >= 4, "{lines:?}");
    assert!(lines.iter().all(|l| width_of(l) <= 55.01), "{lines:?}");
    assert_eq!(lines[0].chars().count(), 5, "{lines:?}");
    assert_eq!(lines.concat(), text);
}

#[test]
fn kinsoku_no_line_starts_with_closing_punctuation() {
    // Try every width so that each punctuation mark lands at a line edge at some point.
    let text = "通道（channel）是协程之间通信的管道，读写会阻塞。例如：关闭后读取返回零值；再次关闭会恐慌！对吗？「是的」他说，《手册》写着";
    let closing = "，。、）》」：；！？";
    let opening = "（《「";
    for w in (25..140).map(|w| w as f32) {
        let lines = lines_of(text, w);
        assert_eq!(lines.concat(), text, "text changed at width {w}");
        for (i, l) in lines.iter().enumerate() {
            let first = l.chars().next().unwrap_or(' ');
            assert!(
                i == 0 || !closing.contains(first),
                "width {w}: line {i} starts with {first:?}: {lines:?}"
            );
            let last = l.chars().last().unwrap_or(' ');
            assert!(
                i + 1 == lines.len() || !opening.contains(last),
                "width {w}: line {i} ends with {last:?}: {lines:?}"
            );
        }
    }
}

#[test]
fn table_columns_share_the_width_fairly() {
    // Fits: everyone gets their natural width plus an even share of the rest.
    let w = column_widths(&[10.0, 10.0], &[20.0, 30.0], 100.0);
    assert!(
        (w[0] - 45.0).abs() < 0.01 && (w[1] - 55.0).abs() < 0.01,
        "{w:?}"
    );
    // Longest words fit but not whole lines: nobody goes below their longest word.
    let w = column_widths(&[40.0, 9.0], &[60.0, 200.0], 100.0);
    assert!(
        w[0] >= 40.0 && w[1] >= 9.0 && (w.iter().sum::<f32>() - 100.0).abs() < 0.01,
        "{w:?}"
    );
    // A huge identifier cannot starve a Chinese column.
    let w = column_widths(&[150.0, 9.0], &[150.0, 300.0], 100.0);
    assert!(w[1] >= 40.0, "{w:?}");
    assert!((w.iter().sum::<f32>() - 100.0).abs() < 0.01, "{w:?}");
}

#[test]
fn hard_breaks_before_closing_punctuation_move_it_up() {
    let lines = lines_of("集群Node、Pod副本\n、服务账号\n，更多", 500.0);
    assert_eq!(lines, vec!["集群Node、Pod副本、", "服务账号，", "更多"]);
}

#[test]
fn identifiers_stay_whole() {
    let ident = "runtime.GOMAXPROCS(4)";
    let text = format!("可以通过调用{ident}来设置并行度，默认等于CPU核数");
    let iw = width_of(ident);
    for w in [iw + 1.0, iw + 15.0, iw + 33.0, iw * 1.5, iw * 2.2] {
        let lines = lines_of(&text, w);
        assert!(
            lines.iter().any(|l| l.contains(ident)),
            "identifier split at width {w}: {lines:?}"
        );
    }
    let w = width_of("context.WithCancel") + 2.0;
    let lines = lines_of("use sync.WaitGroup and context.WithCancel together", w);
    for word in ["sync.WaitGroup", "context.WithCancel"] {
        assert!(
            lines.iter().any(|l| l.contains(word)),
            "{word} split: {lines:?}"
        );
    }
}

#[test]
fn long_words_break_only_when_wider_than_the_column() {
    let long = "averyveryverylongidentifierwithoutanybreaks";
    let w = width_of(long);
    assert_eq!(lines_of(long, w + 1.0), vec![long.to_string()]);
    let lines = lines_of(&format!("x {long} y"), w / 3.0);
    assert!(lines.len() >= 4, "{lines:?}");
    assert!(
        lines.iter().all(|l| width_of(l) <= w / 3.0 + 0.01),
        "{lines:?}"
    );
    assert_eq!(lines.concat().replace(' ', ""), format!("x{long}y"));
}

#[test]
fn latin_breaks_at_spaces_and_newlines_are_mandatory() {
    let w = width_of("alpha beta").max(width_of("gamma delta")) + 0.5;
    assert!(width_of("alpha beta gamma") > w);
    let lines = lines_of("alpha beta gamma delta", w);
    assert_eq!(lines, vec!["alpha beta", "gamma delta"]);
    let lines = lines_of("one\ntwo", 500.0);
    assert_eq!(lines, vec!["one", "two"]);
}

#[test]
fn look_alikes_stand_in_and_selectors_vanish() {
    let (m, missing) = measured("✔ done ❌ not ⚠\u{FE0F}");
    assert!(m.text.starts_with("✓ done × not"), "{}", m.text);
    assert!(!m.text.contains('\u{FE0F}'));
    assert!(
        !missing.contains(&'✔') && !missing.contains(&'❌'),
        "{missing:?}"
    );
}

#[test]
fn missing_characters_are_reported_and_drawn_as_placeholder() {
    let (m, missing) = measured("ok 😀");
    assert!(missing.contains(&'😀'));
    assert!(m.text.contains(MISSING_PLACEHOLDER));
}

#[test]
fn headings_are_kept_with_their_answer() {
    let fonts = set();
    let mut ctx = Ctx::new(&fonts, Theme::new(9.0), 200.0);
    let geo = Geometry {
        page_w: 300.0,
        page_h: 200.0,
        margin_x: 10.0,
        margin_top: 10.0,
        margin_bottom: 10.0,
        columns: 1,
        gap: 0.0,
    };
    let answer = super::super::markdown::parse(&"正文内容。".repeat(60));
    let mut rows = Vec::new();
    for i in 0..6 {
        rows.extend(card(
            &mut ctx,
            i,
            &format!("问题 {i}"),
            &answer,
            geo.column_width(),
        ));
    }
    let (pages, anchors) = paginate(Vec::new(), rows, &mut |_| None, &geo);
    assert_eq!(anchors.len(), 6);
    for p in &pages {
        // The last row of a column is never a question heading.
        let last = p.rows.last().map(|r| r.row.keep_with_next);
        assert_ne!(last, Some(true), "a heading ends a page");
        for r in &p.rows {
            assert!(r.y + r.row.height <= geo.page_h - geo.margin_bottom + 0.01);
        }
    }
}
