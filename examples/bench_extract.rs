//! Extraction scaling benchmark (release mode): notes → model for large single notes.
//!
//! ```sh
//! cargo run --release --example bench_extract -- [N]
//! ```
//!
//! For N questions (default 200,000) it times one note per layout — N `###` questions
//! under one topic, N numbered questions, N bullet questions, N `Q:`/`A:` pairs, N plain-text
//! numbered lines, an outline of 2N lines — and the same N heading questions spread over
//! N/20 topics, at N/4, N/2 and N, so that linear growth (and the gap between one big topic
//! and many small ones) can be read off directly. Best of three runs each.

use deckhand::config::Config;
use std::time::Instant;

fn headings(n: usize, topics: usize) -> String {
    let mut s = String::with_capacity(n * 60);
    let per = n.div_ceil(topics.max(1));
    for t in 0..topics {
        s.push_str(&format!("## 主题{t}\n\n"));
        for i in 0..per {
            s.push_str(&format!(
                "### 问题{t}-{i} 是什么？\n\n答案第 {i} 条，说明一下。\n\n"
            ));
        }
    }
    s
}

fn numbered(n: usize) -> String {
    let mut s = String::from("## 面试题\n\n");
    for i in 1..=n {
        s.push_str(&format!(
            "{i}. 第 {i} 个问题怎么回答？\n\n   回答 {i}。\n\n"
        ));
    }
    s
}

fn bullets(n: usize) -> String {
    let mut s = String::from("## 一面\n\n");
    for i in 0..n {
        s.push_str(&format!("- 问题 {i} 为什么这样？\n  - 因为 {i}\n"));
    }
    s
}

fn pairs(n: usize) -> String {
    let mut s = String::from("# 复习\n\n");
    for i in 0..n {
        s.push_str(&format!("Q: question {i}?\nA: answer {i}\n\n"));
    }
    s
}

fn plain(n: usize) -> String {
    let mut s = String::from("一、基础\n");
    for i in 1..=n {
        s.push_str(&format!("{i}、第{i}题是什么？\n   答案{i}\n"));
    }
    s
}

fn outline(lines: usize) -> String {
    let mut s = String::new();
    for i in 0..lines / 2 {
        s.push_str(&format!("- concept {i}\n\t- explained by line {i}\n"));
    }
    s
}

fn time(label: &str, name: &str, text: &str) -> f64 {
    let config = Config::default();
    let mut best = f64::MAX;
    let mut cards = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let deck = deckhand::pipeline::deck_from_text(name, text, &config);
        best = best.min(t.elapsed().as_secs_f64());
        cards = deck.cards.len();
    }
    println!(
        "{label:<44} {:>8.1} MB {cards:>8} cards  best {best:>7.3} s",
        text.len() as f64 / 1e6
    );
    best
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(200_000);
    for k in [n / 4, n / 2, n] {
        println!("-- {k} questions");
        let one = time("headings, one topic", "a.md", &headings(k, 1));
        let many = time("headings, one topic per 20", "a.md", &headings(k, k / 20));
        println!(
            "{:<44} {:>8.2}×",
            "one topic / many topics",
            one / many.max(1e-9)
        );
        time("numbered items, one section", "a.md", &numbered(k));
        time("bullet questions, one section", "a.md", &bullets(k));
        time("Q:/A: pairs", "a.md", &pairs(k));
        time("plain text numbered", "a.txt", &plain(k));
        time(
            &format!("outline of {} lines", 2 * k),
            "a.md",
            &outline(2 * k),
        );
    }
}
