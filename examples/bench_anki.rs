//! Benchmark for the Anki exporter: a synthetic model of N cards (default 10,000) in mixed
//! Chinese and English with lists, code blocks and tables → one `.apkg`.
//!
//! ```text
//! cargo run --release --example bench_anki -- [CARDS] [OUT_DIR]
//! ```
//! Prints the time of a cold run (grammar loading included) and the best of five warm runs.
//! With OUT_DIR the package is also written there (to try it in Anki).

use deckhand::export::anki::{build_packages, build_packages_locked, highlight, lock::Lock, Anki};
use deckhand::export::{ExportOptions, Exporter};
use deckhand::model::{card_id, Card, Deck, Source};
use std::time::{Duration, Instant};

const TOPICS: [&str; 6] = [
    "Go",
    "Kubernetes",
    "Networking",
    "Databases",
    "操作系统",
    "Algorithms",
];

fn answer(i: usize) -> String {
    let mut a = format!(
        "第 {i} 条笔记：这是一段中文说明，mixed with English words like `goroutine` and **scheduler**。\n\n"
    );
    match i % 4 {
        0 => a.push_str(&format!(
            "```go\n// worker {i}\nfunc worker(id int, jobs <-chan int) error {{\n\tfor j := range jobs {{\n\t\tfmt.Println(\"job\", id, j)\n\t}}\n\treturn nil\n}}\n```\n"
        )),
        1 => a.push_str(&format!(
            "| 项目 | 说明 | 值 |\n|---|---|---:|\n| 进程 | 资源分配的单位 | {i} |\n| 线程 | CPU 调度的单位 | {} |\n| 协程 | 用户态调度 | 2KB |\n",
            i * 2
        )),
        2 => a.push_str(
            "1. 第一步：建立连接 (SYN)\n2. 第二步：确认 (SYN+ACK)\n   - 子项 a\n   - 子项 b\n3. 第三步：ACK\n\n> 注意：握手失败会重传。\n",
        ),
        _ => a.push_str(
            "- 优点：简单、快速\n- 缺点：内存占用高\n\n```sql\nSELECT id, name FROM users WHERE age > 18 ORDER BY id LIMIT 10;\n```\n",
        ),
    }
    a
}

fn synthetic(n: usize) -> Deck {
    let mut deck = Deck::new();
    deck.cards = (0..n)
        .map(|i| {
            let topic = TOPICS[i % TOPICS.len()];
            let question = format!("问题 {i}: what is concept {i} 的含义？");
            Card {
                id: card_id(topic, &question),
                topic: topic.into(),
                question,
                question_markdown: String::new(),
                answer: answer(i),
                source: Source {
                    path: format!("notes/{:03}.md", i / 100),
                    line: 1 + (i % 100) * 10,
                    end_line: 9 + (i % 100) * 10,
                    // One mtime for all, as under SOURCE_DATE_EPOCH: the worst case for ids.
                    mtime: 1_760_000_000,
                },
                tags: vec![],
                rule: "heading".into(),
                media: vec![],
            }
        })
        .collect();
    deck.recount_topics();
    deck
}

/// CPU time (user + system, all threads) of this process so far; Linux only, else zero.
/// Wall time on a busy machine mostly measures the other processes.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().collect())
        .unwrap_or_default();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    // utime and stime are fields 14 and 15 of the whole line, in USER_HZ (100) ticks.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// Times of the three stages, each over the whole model, single-threaded.
fn stages(deck: &Deck) -> (Duration, Duration, Duration) {
    use deckhand::export::anki::{collection, html, package};
    let t = Instant::now();
    let media = html::MediaNames::default();
    let answers: Vec<String> = deck
        .cards
        .iter()
        .map(|c| html::answer_html(&c.answer, &media))
        .collect();
    let render = t.elapsed();
    let notes: Vec<collection::NoteRow> = deck
        .cards
        .iter()
        .zip(answers)
        .enumerate()
        .map(|(i, (c, a))| collection::NoteRow {
            id: 1_700_000_000_000 + i as i64,
            guid: c.id.clone(),
            mtime: c.source.mtime,
            tags: collection::tags_column(std::slice::from_ref(&c.topic)),
            fields: [
                c.question.clone(),
                a,
                c.topic.clone(),
                c.source.path.clone(),
            ],
            sort_field: c.question.clone(),
            deck_id: 1,
            due: i as i64,
        })
        .collect();
    let t = Instant::now();
    let db = collection::collection_bytes(&[], &notes).expect("db");
    let sqlite = t.elapsed();
    let t = Instant::now();
    let _ = package::apkg_bytes(&db, &[]).expect("zip");
    (render, sqlite, t.elapsed())
}

fn time_build(deck: &Deck, opts: &ExportOptions) -> (Duration, usize) {
    let start = Instant::now();
    let mut warnings = Vec::new();
    let pkgs = build_packages(deck, opts, &mut warnings).expect("build");
    (start.elapsed(), pkgs.iter().map(|p| p.bytes.len()).sum())
}

/// A rebuild after the build that wrote `lock`, with 1 % of the questions reworded and 1 %
/// deleted: the identity step at work.
fn time_locked(deck: &Deck, lock: &Lock, opts: &ExportOptions) -> Duration {
    let mut edited = deck.clone();
    for (i, c) in edited.cards.iter_mut().enumerate() {
        if i % 100 == 7 {
            c.question.push_str("（改写）");
            c.id = card_id(&c.topic, &c.question);
        }
    }
    edited.cards = edited
        .cards
        .into_iter()
        .enumerate()
        .filter(|(i, _)| i % 100 != 50)
        .map(|(_, c)| c)
        .collect();
    let start = Instant::now();
    let (_, _) = build_packages_locked(&edited, opts, lock, &mut Vec::new()).expect("rebuild");
    start.elapsed()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(10_000);
    let deck = synthetic(n);
    let opts = ExportOptions::default();

    let start = Instant::now();
    highlight::warm_up();
    let grammar = start.elapsed();
    let (cold, size) = time_build(&deck, &opts);
    let cpu_before = cpu_time();
    let best = (0..5)
        .map(|_| time_build(&deck, &opts).0)
        .min()
        .unwrap_or(cold);
    let cpu = (cpu_time() - cpu_before) / 5;
    println!(
        "{n} cards -> {:.1} MiB .apkg: grammar load {:.3} s, first build {:.3} s, \
         best warm build {:.3} s wall, {:.3} s CPU (all threads, mean of 5)",
        size as f64 / (1024.0 * 1024.0),
        grammar.as_secs_f64(),
        cold.as_secs_f64(),
        best.as_secs_f64(),
        cpu.as_secs_f64()
    );
    let (_, lock) =
        build_packages_locked(&deck, &opts, &Lock::default(), &mut Vec::new()).expect("lock");
    let t = Instant::now();
    let lock_bytes = lock.to_bytes();
    println!(
        "lock for {n} notes: {:.1} MB, serialised in {:.3} s",
        lock_bytes.len() as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let locked = (0..5)
        .map(|_| time_locked(&deck, &lock, &opts))
        .min()
        .unwrap_or_default();
    println!(
        "rebuild against its lock, 1 % reworded and 1 % deleted: best of 5 {:.3} s",
        locked.as_secs_f64()
    );
    // Every question edited at once (numbering added): all matched as rewordings.
    let mut renumbered = deck.clone();
    for (i, c) in renumbered.cards.iter_mut().enumerate() {
        c.question = format!("{}. {}", i + 1, c.question);
        c.id = card_id(&c.topic, &c.question);
    }
    let start = Instant::now();
    let (_, relock) =
        build_packages_locked(&renumbered, &opts, &lock, &mut Vec::new()).expect("rebuild");
    let took = start.elapsed();
    let old: std::collections::HashSet<&str> = lock.notes.iter().map(|n| n.guid.as_str()).collect();
    let kept = relock
        .notes
        .iter()
        .filter(|n| old.contains(n.guid.as_str()))
        .count();
    println!(
        "rebuild with every question reworded: {:.3} s, {kept} of {n} notes kept",
        took.as_secs_f64()
    );
    let (render, sqlite, zip) = (0..5)
        .map(|_| stages(&deck))
        .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.min(b.2)))
        .unwrap_or_default();
    println!(
        "stages, one thread, best of 5: answers -> HTML {:.3} s, SQLite {:.3} s, zip {:.3} s",
        render.as_secs_f64(),
        sqlite.as_secs_f64(),
        zip.as_secs_f64()
    );
    if let Some(dir) = args.get(2) {
        let mut warnings = Vec::new();
        let paths = Anki
            .export(&deck, std::path::Path::new(dir), &opts, &mut warnings)
            .expect("export");
        println!("wrote {}", paths[0].display());
    }
}
