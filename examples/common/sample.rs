//! A synthetic deck for the PDF example, benchmark and tests: mixed Chinese/English answers
//! with the structures real notes use (nested lists, code, tables, quotes, an image).
//! Every word here is written for deckhand; nothing is copied from anyone's notes.
#![allow(dead_code)]

use deckhand::model::{card_id, Card, Deck, Media, Source};
use std::path::Path;

/// The cards of the sample topic, as (question, answer markdown).
pub const CARDS: &[(&str, &str)] = &[
    (
        "什么是 goroutine？和线程有什么区别？",
        "goroutine 是 Go 运行时调度的**轻量级协程**，初始栈只有几 KB，可以按需增长。\n\n\
         - 创建成本低：一次 `go f()` 只分配一个小栈\n\
         - 由运行时调度，而不是操作系统内核\n  \
           - 阻塞的系统调用会让出处理器\n  \
           - 通道操作阻塞时只挂起当前协程\n\
         - 切换发生在用户态，开销远小于线程切换",
    ),
    (
        "GMP 调度模型",
        "调度器由三种角色组成：\n\n\
         | 角色 | 含义 | 数量 |\n\
         |---|---|--:|\n\
         | G | goroutine，待执行的任务 | 任意多 |\n\
         | M | machine，操作系统线程 | 按需创建 |\n\
         | P | processor，执行 G 所需的上下文 | `GOMAXPROCS` |\n\n\
         M 必须持有一个 P 才能运行 G。P 有本地队列，空了会从全局队列或其他 P **窃取**任务（work stealing）。\
         可以用 runtime.GOMAXPROCS(4) 限制并行度，默认等于 CPU 核数。",
    ),
    (
        "How do you wait for a group of goroutines to finish?",
        "Use `sync.WaitGroup`: call `Add` before starting each worker, `Done` when it finishes, \
         and `Wait` in the coordinator.\n\n\
         ```go\n\
         var wg sync.WaitGroup\n\
         for i := 0; i < 3; i++ {\n\
         \twg.Add(1)\n\
         \tgo func(id int) {\n\
         \t\tdefer wg.Done()\n\
         \t\tfmt.Printf(\"worker %d finished its share of the job and reports back to the coordinator\\n\", id)\n\
         \t}(i)\n\
         }\n\
         wg.Wait()\n\
         ```\n\n\
         > Never copy a WaitGroup after first use — pass a pointer instead.",
    ),
    (
        "无缓冲通道和有缓冲通道的区别",
        "1. **无缓冲**：发送方阻塞，直到接收方取走数据，天然是一次同步（交接）。\n\
         2. **有缓冲**：缓冲区未满时发送不阻塞；满了才阻塞。\n\
         3. 关闭通道后：\n   \
            - 读取会先取完剩余数据，再返回零值和 `ok == false`；\n   \
            - 再次关闭或向其发送都会 *panic*。\n\n\
         经验：用通道传递所有权，用锁保护状态。",
    ),
    (
        "What does select do when several cases are ready?",
        "It picks one of the ready cases **uniformly at random**, so no channel starves. \
         With a `default` case, `select` never blocks; without one it waits until some case can proceed.\n\n\
         A common timeout pattern:\n\n\
         ```go\n\
         select {\n\
         case v := <-results:\n\
         \tuse(v)\n\
         case <-time.After(2 * time.Second):\n\
         \treturn errors.New(\"timed out waiting for the result of a very slow computation\")\n\
         }\n\
         ```",
    ),
    (
        "context 包的作用",
        "在调用链之间传递**取消信号**、截止时间和请求范围的值。\n\n\
         - `context.WithCancel(parent)`：手动取消\n\
         - `context.WithTimeout(parent, d)`：超时自动取消\n\
         - `ctx.Done()` 返回一个通道，取消时被关闭\n\n\
         约定：context 作为函数的第一个参数，命名为 `ctx`，不要存进结构体。",
    ),
    (
        "互斥锁 Mutex 的正常模式和饥饿模式",
        "正常模式下，被唤醒的等待者要和新来的协程竞争锁，新来的往往更快（它正在 CPU 上运行）。\
         如果某个等待者超过 1ms 仍未拿到锁，Mutex 切换到**饥饿模式**：锁直接交给队首等待者，新来的协程排到队尾。\
         当队列清空或等待时间小于 1ms 时，切回正常模式。",
    ),
    (
        "Why can a data race happen even on a single int?",
        "Because `x++` is three steps (load, add, store) and the compiler and CPU may reorder memory \
         operations. Two goroutines can both load the old value, and one increment is lost.\n\n\
         Fixes, from lightest to heaviest:\n\n\
         - `atomic.AddInt64(&x, 1)` for counters\n\
         - a `sync.Mutex` around the critical section\n\
         - confine the variable to one goroutine and send it messages\n\n\
         Run tests with `go test -race` to catch these early.",
    ),
    (
        "一张图看懂调度循环",
        "调度循环反复执行：找到可运行的 G → 执行 → 让出或阻塞 → 回到调度器。\n\n\
         ![调度循环示意](img/loop.png)\n\n\
         图中左侧是 P 的本地队列，右侧是全局队列。",
    ),
    (
        "sync.Once 怎么保证只执行一次？",
        "内部有一个 `done` 标志和一把锁：先用原子操作快速检查 `done`，未完成时再加锁、二次检查、执行函数，最后原子地置位。\
         这样已完成后的调用几乎没有开销。",
    ),
    (
        "What is the difference between concurrency and parallelism?",
        "*Concurrency* is about **structure**: dealing with many things at once. \
         *Parallelism* is about **execution**: doing many things at once. A concurrent program \
         may run in parallel on several cores, or interleaved on one.",
    ),
    (
        "为什么说“不要通过共享内存来通信，而要通过通信来共享内存”？这句话放到实际项目里意味着什么？",
        "意思是：让数据在协程之间**流动**，同一时刻只有一个协程拥有它。\
         拥有者通过通道把数据交给下一个阶段，自己不再访问，于是不需要锁。\n\n\
         但这不是教条：保护一个计数器或缓存时，`sync.Mutex` 往往更简单、更快。",
    ),
    (
        "常见的并发模式有哪些？",
        "- **Pipeline**：多个阶段用通道串联，每个阶段一个或多个协程\n\
         - **Fan-out / Fan-in**：多个协程读同一个通道分摊工作，再把结果合并到一个通道\n\
         - **Worker pool**：固定数量的工作协程，限制并发度\n\
         - **Semaphore**：用带缓冲通道 `make(chan struct{}, n)` 限流\n\n\
         ~~用全局变量共享状态~~ 不是一种模式。",
    ),
];

/// The sample deck. `image_dir`, when given, receives `img/loop.png` and the image card
/// lists it in `media`; without it the image prints as its alt text.
pub fn deck(topic: &str, image_dir: Option<&Path>) -> Deck {
    let mut deck = Deck::new();
    let media = image_dir.and_then(|dir| {
        let path = dir.join("loop.png");
        std::fs::write(&path, gradient_png(320, 140)).ok()?;
        Some(vec![Media {
            src: "img/loop.png".into(),
            path: path.to_string_lossy().into_owned(),
        }])
    });
    for (i, (q, a)) in CARDS.iter().enumerate() {
        deck.cards.push(Card {
            id: card_id(topic, q),
            topic: topic.into(),
            question: (*q).into(),
            question_markdown: String::new(),
            answer: (*a).into(),
            source: Source {
                path: "notes/sample.md".into(),
                line: 1 + i * 12,
                end_line: 10 + i * 12,
                mtime: 1_763_000_000,
            },
            tags: vec![],
            rule: "heading".into(),
            media: if a.contains("img/loop.png") {
                media.clone().unwrap_or_default()
            } else {
                vec![]
            },
        });
    }
    deck.cards.push(Card {
        id: card_id(topic, "未回答的问题"),
        topic: topic.into(),
        question: "一个还没有答案的问题（不应出现在 PDF 里）".into(),
        answer: String::new(),
        rule: "heading".into(),
        ..Default::default()
    });
    deck.recount_topics();
    deck
}

/// `n` cards for the benchmark, cycling through the sample answers.
pub fn big_deck(topic: &str, n: usize) -> Deck {
    let mut deck = Deck::new();
    for i in 0..n {
        let (q, a) = CARDS[i % CARDS.len()];
        let q = format!("{q}（第 {} 组）", i / CARDS.len() + 1);
        deck.cards.push(Card {
            id: card_id(topic, &q),
            topic: topic.into(),
            question: q,
            answer: a.replace("![调度循环示意](img/loop.png)", ""),
            source: Source {
                path: "notes/big.md".into(),
                line: i * 10 + 1,
                end_line: i * 10 + 9,
                mtime: 1_763_000_000,
            },
            rule: "heading".into(),
            ..Default::default()
        });
    }
    deck.recount_topics();
    deck
}

/// A small RGBA PNG drawing a diagram-ish pattern (two boxes and an arrow).
pub fn gradient_png(w: u32, h: u32) -> Vec<u8> {
    let mut raw = Vec::new();
    for y in 0..h {
        for x in 0..w {
            let border = x < 3 || y < 3 || x >= w - 3 || y >= h - 3;
            let box_l = (30..130).contains(&x) && (40..100).contains(&y);
            let box_r = (190..290).contains(&x) && (40..100).contains(&y);
            let arrow = (130..190).contains(&x) && (68..72).contains(&y);
            let px = if border || arrow {
                [40, 70, 120, 255]
            } else if box_l {
                [200, 220, 245, 255]
            } else if box_r {
                [245, 225, 200, 255]
            } else {
                [255, 255, 255, 0]
            };
            raw.extend_from_slice(&px);
        }
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgba);
    enc.set_depth(png::BitDepth::Eight);
    let mut writer = enc.write_header().expect("PNG header");
    writer.write_image_data(&raw).expect("PNG pixels");
    writer.finish().expect("PNG end");
    out
}
