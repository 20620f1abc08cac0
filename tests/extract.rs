//! One test per extraction rule: each runs deckhand on the fixture written for that rule
//! and asserts the exact cards it yields (topic, question, rule, line, answer).

use deckhand::config::Config;
use deckhand::model::Card;
use std::path::PathBuf;

fn cards(fixture: &str) -> Vec<Card> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(fixture);
    deckhand::build_deck(&[path], &Config::default())
        .expect("fixture reads")
        .cards
}

/// (topic, question, rule, line, answer) where answer is the exact answer text, or a
/// prefix when it ends with `…`, or "" for unanswered.
type Want<'a> = (&'a str, &'a str, &'a str, usize, &'a str);

fn assert_cards(fixture: &str, want: &[Want]) {
    let got = cards(fixture);
    let got_short: Vec<(String, String, String, usize)> = got
        .iter()
        .map(|c| {
            (
                c.topic.clone(),
                c.question.clone(),
                c.rule.clone(),
                c.source.line,
            )
        })
        .collect();
    let want_short: Vec<(String, String, String, usize)> = want
        .iter()
        .map(|w| (w.0.into(), w.1.into(), w.2.into(), w.3))
        .collect();
    pretty_assertions::assert_eq!(got_short, want_short, "cards of {fixture}");
    for (c, w) in got.iter().zip(want) {
        match w.4.strip_suffix('…') {
            Some(prefix) => assert!(
                c.answer.starts_with(prefix),
                "{fixture}: answer of «{}» is {:?}",
                c.question,
                c.answer
            ),
            None => assert_eq!(c.answer, w.4, "{fixture}: answer of «{}»", c.question),
        }
    }
}

#[test]
fn rule_heading_topic_and_question_levels_front_matter() {
    assert_cards(
        "headings-topic-question.md",
        &[
            (
                "Go",
                "协程和线程有什么区别",
                "heading",
                8,
                "线程由内核调度，…",
            ),
            (
                "Go",
                "切片怎样扩容",
                "heading",
                12,
                "容量不够时按倍数增长，大切片的增长系数变小。",
            ),
            ("Go", "channel 关闭后还能读吗", "empty-heading", 16, ""),
            (
                "Go",
                "内存逃逸分析",
                "heading",
                18,
                "[逃逸分析笔记](https://example.com/escape)",
            ),
            (
                "Docker",
                "镜像为什么要分层",
                "heading",
                24,
                "每条指令生成一层只读层，构建时可以复用缓存。",
            ),
        ],
    );
    // Front matter becomes tags, never cards.
    let c = cards("headings-topic-question.md");
    assert!(c.iter().all(|c| c.tags.contains(&"interview".to_string())));
}

#[test]
fn rule_title_heading_and_topic_noise_and_sub_headings_in_answers() {
    assert_cards(
        "title-above-topics.md",
        &[
            ("语言基础", "空接口 interface{} 能做什么?", "heading", 5, "可以保存任意类型的值，常用于通用容器。"),
            (
                "语言基础",
                "描述一次 HTTP 请求超时的处理。",
                "heading-parts",
                9,
                "### 客户端超时\n\n给 `http.Client` 设置 `Timeout`。\n\n### 服务端超时\n\n设置 `ReadTimeout` 和 `WriteTimeout`。",
            ),
            ("RPC", "拦截器是什么?", "heading", 21, "在调用前后插入的通用逻辑，比如日志和鉴权。"),
        ],
    );
}

#[test]
fn rule_numbering_removed_numeral_words_kept_duplicates_kept_empty_topics_skipped() {
    assert_cards(
        "h1-topics-mixed-levels.md",
        &[
            ("Operating Systems", "线程同步手段", "heading", 3, "互斥锁、读写锁、条件变量、信号量。\n\n### 1 互斥锁\n\n同一时刻只允许一个线程进入临界区。"),
            ("Operating Systems", "页面置换算法", "empty-heading", 11, ""),
            ("Operating Systems", "虚拟内存的好处", "heading", 13, "让每个进程拥有独立的地址空间。"),
            // Only empty sub-headings: still a question, not yet answered.
            ("Networking", "拥塞控制", "heading-parts", 21, ""),
            ("Go", "defer 的执行顺序是什么", "heading", 29, "后注册的先执行。"),
            ("Go", "select 有什么用", "heading", 33, "在多个 channel 上等待。"),
            ("Go", "select 有什么用？", "empty-heading", 37, ""),
            // A topic whose questions sit two levels down.
            ("Gin", "路由为什么快", "heading-parts", 41, "基于前缀树匹配。\n\n### 前缀树\n\n公共前缀只存一次。"),
            ("Gin", "中间件怎么写", "heading", 49, "实现一个 `gin.HandlerFunc`。"),
            ("Algorithms", "二叉树", "empty-heading", 55, ""),
            ("Algorithms", "二分法", "empty-heading", 57, ""),
        ],
    );
    let c = cards("h1-topics-mixed-levels.md");
    assert_ne!(c[5].id, c[6].id, "duplicates get distinct ids");
}

#[test]
fn rule_font_wrappers_grouping_heading_indented_headings() {
    assert_cards(
        "font-grouping-indented.md",
        &[
            (
                "Go",
                "垃圾回收",
                "heading",
                2,
                "> 三色标记加写屏障\n### 三色标记\n白灰黑三种颜色。",
            ),
            (
                "Go",
                "接口的实现",
                "heading",
                6,
                "https://example.org/go-interface",
            ),
            (
                "Go",
                "go vet 能查什么",
                "heading",
                9,
                "+ 格式化字符串错误\n+ 不可达代码",
            ),
            ("Go", "go tool pprof", "empty-heading", 12, ""),
            ("Go", "go tool trace", "empty-heading", 13, ""),
            // One child only: a question with a sub-heading, not a grouping.
            (
                "Go",
                "错误处理",
                "heading-parts",
                14,
                "### 用 defer 和 recover 兜底\n  + panic 之后在 defer 中 recover",
            ),
            (
                "Kubernetes",
                "容器隔离原理",
                "heading",
                19,
                "namespace 隔离视图，cgroup 限制资源。",
            ),
            ("Algorithms", "二叉树", "empty-heading", 22, ""),
            ("Algorithms", "二分法", "empty-heading", 23, ""),
        ],
    );
}

#[test]
fn rule_prose_in_code_fences() {
    assert_cards(
        "prose-fences.txt",
        &[
            ("Networking", "tcp和udp有什么不同", "explained", 3, ""),
            ("Networking", "http的长连接", "explained", 5, "https://example.com/keepalive  \n一个连接上可以发多个请求，  \n减少握手次数。"),
            ("Networking", "dns解析过程", "explained", 10, "先查本地缓存，再问递归服务器。"),
            ("Networking", "arp", "explained", 13, ""),
            ("Kubernetes", "service的类型", "explained", 18, "ClusterIP、NodePort、LoadBalancer"),
            ("Kubernetes", "kube-proxy", "explained", 21, "转发流量，做负载均衡  \n1.iptables 模式  \n2.ipvs 模式\n\nipvs 用哈希表，规则多时更快"),
            ("Kubernetes", "调度器的作用", "explained", 27, "把 pod 分到合适的节点，考虑资源和亲和性"),
            ("Kubernetes", "污点和容忍的区别", "explained", 29, ""),
            ("Kubernetes", "亲和性的类型", "explained", 30, ""),
            ("Kubernetes", "节点压力驱逐", "explained", 31, ""),
            ("Kubernetes", "etcd为什么要奇数个节点", "explained", 33, "多数派投票，奇数更省机器。"),
            // Code that goes on after a blank line stays one code block.
            ("Kubernetes", "怎么让 go 程序优雅退出", "explained", 36, "```\nfunc main() {\n\tsig := make(chan os.Signal, 1)\n\n\t<-sig\n}\n```"),
            // `网络:` inside the fence switches the topic.
            ("Networking", "ping 不通怎么排查", "paragraph-question", 44, ""),
            ("Networking", "mtu 设置多少", "paragraph-question", 45, ""),
        ],
    );
}

#[test]
fn rule_qa_pairs_with_multi_paragraph_answers() {
    assert_cards(
        "qa-pairs.md",
        &[
            ("Redis", "缓存穿透怎么防?", "qa-pair", 3, "查不到的 key 也缓存一个空值。\n\n另一个办法是布隆过滤器：\n\n- 写入时登记 key\n- 查询前先判断"),
            ("Redis", "What is a cache stampede?", "qa-pair", 11, "Many clients rebuild the same expired key at once."),
            ("Redis", "持久化有哪几种方式?", "qa-pair", 14, ""),
            ("Redis", "主从复制是异步的吗?", "qa-pair", 16, "默认异步，可能丢少量数据。"),
        ],
    );
}

#[test]
fn rule_wenda_pairs() {
    assert_cards(
        "wenda.md",
        &[
            (
                "消息队列",
                "如何保证消息不丢？",
                "wenda-pair",
                3,
                "生产者确认、持久化、消费者手动确认。",
            ),
            (
                "消息队列",
                "如何做到幂等消费？",
                "wenda-pair",
                6,
                "给每条消息一个唯一 ID，\n消费前先查是否处理过。",
            ),
            // `问：…？ 答：…` on one line.
            (
                "消息队列",
                "死信队列有什么用？",
                "wenda-pair",
                11,
                "收下重试多次仍失败的消息，留给人工排查。",
            ),
        ],
    );
}

#[test]
fn rule_bold_paragraph_questions() {
    assert_cards(
        "bold-questions.md",
        &[
            (
                "Databases",
                "索引为什么用 B+ 树？",
                "bold-question",
                3,
                "层数低，范围查询只需顺序扫描叶子。",
            ),
            (
                "Databases",
                "什么是回表？",
                "bold-question",
                7,
                "二级索引查到主键后，再去聚簇索引取整行。\n\n- 覆盖索引可以避免回表",
            ),
            (
                "Databases",
                "事务隔离级别",
                "bold-question",
                13,
                "读未提交、读已提交、可重复读、串行化。",
            ),
        ],
    );
}

#[test]
fn rule_setext_headings() {
    assert_cards(
        "setext.md",
        &[
            (
                "Linux",
                "查看端口占用用什么命令",
                "heading",
                4,
                "`ss -lntp` 或 `lsof -i :8080`。",
            ),
            (
                "Linux",
                "软链接和硬链接的区别",
                "heading",
                9,
                "硬链接共享 inode，软链接是一个指向路径的文件。",
            ),
        ],
    );
}

#[test]
fn rule_details_summary() {
    assert_cards(
        "details.md",
        &[
            (
                "Kafka",
                "分区有什么用？",
                "details",
                3,
                "并行读写，单分区内有序。",
            ),
            (
                "Kafka",
                "消费者组如何分配分区？",
                "details",
                10,
                "Range 或 RoundRobin 策略。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_questions_in_plain_text_with_section_topics() {
    assert_cards(
        "numbered-plain.txt",
        &[
            (
                "Go",
                "goroutine 泄漏的常见原因？",
                "numbered",
                2,
                "向没有接收者的 channel 发送，  \n或者等待永远不会关闭的 channel。",
            ),
            (
                "Go",
                "sync.Map 适合什么场景？",
                "numbered",
                5,
                "读多写少、key 基本稳定。",
            ),
            (
                "Networking",
                "TIME_WAIT 为什么要等 2MSL？",
                "numbered",
                9,
                "确保最后的 ACK 到达，并让旧报文过期。",
            ),
            ("Networking", "什么是粘包？", "numbered", 11, ""),
        ],
    );
}

#[test]
fn rule_tables_stay_in_answers() {
    assert_cards(
        "table-answer.md",
        &[
            ("Databases", "三种日志的区别是什么", "heading", 3, "| 日志 | 所属 | 用途 |\n| --- | --- | --- |\n| redo log | InnoDB | 崩溃恢复 |\n| undo log | InnoDB | 回滚、MVCC |\n| binlog | Server | 复制、归档 |"),
            ("Databases", "乐观锁怎么实现", "heading", 11, "用版本号字段，更新时比较。"),
        ],
    );
}

#[test]
fn clean_obsidian_embeds_footnotes_shortcodes_and_media_checks() {
    assert_cards(
        "obsidian.md",
        &[
            (
                "Istio",
                "Sidecar 是怎么注入的",
                "heading",
                3,
                "通过准入 webhook 修改 Pod 模板。\n\n![](images/sidecar.png)",
            ),
            (
                "Istio",
                "流量镜像有什么用",
                "heading",
                9,
                "把线上流量复制一份到新版本。…",
            ),
        ],
    );
    let c = cards("obsidian.md");
    assert_eq!(c[0].media.len(), 1);
    assert_eq!(c[0].media[0].src, "images/sidecar.png");
    assert!(c[0].media[0].path.ends_with("fixtures/images/sidecar.png"));
    assert!(
        c[1].media.is_empty(),
        "escaping and missing images are never listed"
    );
}

#[test]
fn encodings_gbk_and_utf16() {
    assert_cards(
        "gbk.txt",
        &[(
            "Operating Systems",
            "进程和线程的区别？",
            "numbered",
            2,
            "进程是资源分配单位，线程是调度单位。",
        )],
    );
    assert_cards(
        "utf16.md",
        &[("Linux", "如何查看内存？", "heading", 3, "`free -h`")],
    );
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/gbk.txt");
    let deck = deckhand::build_deck(&[path], &Config::default()).unwrap();
    assert!(deck.warnings.iter().any(|w| w.message.contains("gb18030")));
}

#[test]
fn topics_merge_across_files_and_config_aliases() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let deck = deckhand::build_deck(&[dir], &Config::default()).unwrap();
    let go: Vec<&str> = deck
        .topics
        .iter()
        .map(|t| t.name.as_str())
        .filter(|n| *n == "Go")
        .collect();
    assert_eq!(go.len(), 1, "Go from several files lands in one topic");
    let go_files: std::collections::BTreeSet<&str> = deck
        .cards
        .iter()
        .filter(|c| c.topic == "Go")
        .map(|c| c.source.path.as_str())
        .collect();
    assert!(go_files.len() >= 4, "{go_files:?}");
    let config = Config::parse("[aliases]\n\"Message Queues\" = [\"消息队列\"]\n").unwrap();
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/wenda.md");
    let deck = deckhand::build_deck(&[path], &config).unwrap();
    assert!(deck.cards.iter().all(|c| c.topic == "Message Queues"));
}

#[test]
fn ids_are_stable_across_answer_edits() {
    let a = deckhand::pipeline::deck_from_text(
        "a.md",
        "# Go\n## 什么是协程？\n旧答案\n",
        &Config::default(),
    );
    let b = deckhand::pipeline::deck_from_text(
        "a.md",
        "# Go\n## 什么是协程?\n新答案\n更多\n",
        &Config::default(),
    );
    assert_eq!(a.cards[0].id, b.cards[0].id);
    assert_ne!(a.cards[0].answer, b.cards[0].answer);
}

#[test]
fn rules_mix_in_one_body_and_bullets_and_q_without_a() {
    assert_cards(
        "mixed-inline.md",
        &[
            (
                "Kubernetes",
                "Pod 和容器是什么关系？",
                "bold-question",
                3,
                "Pod 里可以有多个容器，它们共享网络和存储卷。",
            ),
            (
                "Kubernetes",
                "探针有哪几种？",
                "details",
                7,
                "- 存活探针\n- 就绪探针\n- 启动探针",
            ),
            (
                "调度",
                "节点亲和和 Pod 亲和有什么不同？",
                "bullet-question",
                17,
                "- 前者看节点标签\n- 后者看已经在跑的 Pod",
            ),
            (
                "调度",
                "为什么要设置 requests？",
                "bullet-question",
                20,
                "- 调度器按 requests 计算可用资源",
            ),
            (
                "存储",
                "PV 和 PVC 是什么关系？",
                "qa-pair",
                25,
                "PVC 是申请，PV 是供给，二者绑定后 Pod 才能挂载。",
            ),
            (
                "存储",
                "StorageClass 做什么？",
                "qa-pair",
                28,
                "按需动态创建 PV。",
            ),
            // A one-line remark above three numbered questions only introduces them.
            (
                "Networking",
                "Service 的 ClusterIP 能 ping 通吗？",
                "numbered",
                35,
                "一般不能，它只是 iptables/IPVS 里的规则，不对应网卡。",
            ),
            (
                "Networking",
                "NodePort 的端口范围是多少？",
                "numbered",
                39,
                "- 默认 30000-32767\n- 可以用 `--service-node-port-range` 改",
            ),
            (
                "Networking",
                "Ingress 和 Service 有什么区别？",
                "numbered",
                44,
                "",
            ),
        ],
    );
}

#[test]
fn rule_plain_text_questions_without_numbering() {
    assert_cards(
        "plain-questions.txt",
        &[
            (
                "plain-questions",
                "什么是进程？",
                "explained",
                1,
                "操作系统分配资源的基本单位。",
            ),
            (
                "plain-questions",
                "什么是线程？",
                "explained",
                3,
                "CPU 调度的基本单位，共享进程的内存。",
            ),
            (
                "plain-questions",
                "协程和线程比有什么好处",
                "explained",
                6,
                "切换在用户态完成，开销小，  \n所以能开成千上万个。",
            ),
        ],
    );
}

#[test]
fn rule_qa_marker_variants_and_answers_below_questions() {
    assert_cards(
        "qa-variants.md",
        &[
            ("并发", "读写锁适合什么场景?", "qa-pair", 3, "读多写少。"),
            ("并发", "什么是自旋锁?", "qa-pair", 6, "忙等而不睡眠的锁。"),
            (
                "并发",
                "CAS 有什么问题？",
                "wenda-pair",
                9,
                "ABA 问题，以及长时间自旋浪费 CPU。",
            ),
            (
                "并发",
                "条件变量为什么要配合互斥锁？",
                "qa-pair",
                12,
                "检查条件和进入等待必须是一个原子操作。",
            ),
            (
                "并发",
                "什么是伪共享？",
                "qa-pair",
                15,
                "不同变量落在同一个缓存行，互相使对方失效。",
            ),
            (
                "并发",
                "死锁的四个条件是什么？",
                "callout",
                19,
                "互斥、占有且等待、不可抢占、循环等待。",
            ),
        ],
    );
}

#[test]
fn rule_bold_question_with_answer_on_the_same_line_and_answer_marker() {
    assert_cards(
        "bold-inline-answer.md",
        &[
            (
                "连接池",
                "为什么需要连接池？",
                "bold-question",
                3,
                "复用连接，省去握手和认证。",
            ),
            (
                "连接池",
                "连接数设多大合适？",
                "bold-question",
                5,
                "和数据库的并发能力、核数有关，压测后再定。",
            ),
        ],
    );
}

#[test]
fn rule_prose_english_answers_are_not_question_lists() {
    assert_cards(
        "plain-english.txt",
        &[
            (
                "plain-english",
                "What is a goroutine leak?",
                "explained",
                1,
                "A goroutine blocked forever.",
            ),
            (
                "plain-english",
                "Why does Go use a scheduler?",
                "explained",
                4,
                "To multiplex goroutines onto threads.",
            ),
        ],
    );
}

#[test]
fn rule_parenthesised_section_lines_are_topics() {
    assert_cards(
        "paren-sections.txt",
        &[
            ("排序", "归并排序的空间复杂度？", "numbered", 4, "O(n)。"),
            ("排序", "什么是 Trie？", "numbered", 6, ""),
            ("图", "Dijkstra 能处理负权边吗？", "numbered", 9, "不能。"),
        ],
    );
}

#[test]
fn prose_without_questions_gives_no_cards() {
    assert!(cards("diary.txt").is_empty());
}

#[test]
fn rule_structural_headings_skipped_and_titles_undecorated() {
    assert_cards(
        "structure-and-decoration.md",
        &[
            (
                "Go",
                "什么是 GMP？",
                "heading",
                7,
                "G、M、P 三者协作的调度模型。",
            ),
            (
                "Go",
                "逃逸分析有什么用？",
                "heading",
                13,
                "决定变量分配在栈上还是堆上。",
            ),
        ],
    );
}

#[test]
fn rule_qa_pairs_under_numbered_headings_make_those_headings_topics() {
    // `## 1. Ownership` is numbered like a question, but the `Q:`/`A:` pairs under it show it
    // only groups them; a bare `TODO` is no answer (rule `placeholder-answer`).
    assert_cards(
        "qa-under-numbered-headings.md",
        &[
            (
                "Ownership",
                "What happens to a value when its owner goes out of scope?",
                "qa-pair",
                7,
                "It is dropped: `Drop::drop` runs and the memory is freed.",
            ),
            (
                "Ownership",
                "借用检查器检查什么？",
                "qa-pair",
                10,
                "同一时间要么一个可变引用，要么任意多个不可变引用。",
            ),
            (
                "Traits",
                "What is a trait object?",
                "qa-pair",
                15,
                "A `dyn Trait` value: a data pointer plus a vtable pointer.",
            ),
            (
                "Traits",
                "Why can't every trait be made into an object?",
                "qa-pair",
                18,
                "",
            ),
            (
                "Rust 复习",
                "为什么 Rust 没有 GC？",
                "heading",
                21,
                "所有权在编译期决定何时释放内存，所以不需要运行时回收。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_sequence_and_numbers_after_numbering() {
    // The title line and its remark are no card; `2. 0-1 背包…` keeps its `0-1`, and its
    // `(1)`/`(2)` points stay in its answer; `3. 完全背包的转移方程` has no question mark, but it
    // and `4. 分组背包的循环顺序` continue the count between questions 2 and 5, and `1. 树形 DP
    // 的套路` opens a section before question 2; `1.`/`2.` steps inside an answer stay in it;
    // `…` is no answer.
    assert_cards(
        "numbered-sequence.txt",
        &[
            (
                "背包",
                "背包问题的状态怎么定义？",
                "numbered",
                5,
                "dp[i][w] 表示前 i 件物品放进容量 w 的最大价值。",
            ),
            (
                "背包",
                "0-1 背包一维写法为什么倒序？",
                "numbered",
                7,
                "(1) 正序会让同一件物品被放入多次。  \n(2) 倒序时 dp[w - c] 还是上一轮的值。",
            ),
            (
                "背包",
                "完全背包的转移方程",
                "numbered",
                10,
                "dp[w] = max(dp[w], dp[w - c] + v)，内层正序。",
            ),
            (
                "背包",
                "分组背包的循环顺序",
                "numbered",
                12,
                "先组，再容量，最后组内物品。",
            ),
            (
                "背包",
                "多重背包怎么优化？",
                "numbered",
                14,
                "二进制拆分，或者单调队列。",
            ),
            (
                "区间",
                "区间 DP 的遍历顺序？",
                "numbered",
                18,
                "先枚举长度，再枚举起点：\n1. 长度从 2 到 n\n2. 起点从 0 到 n - len",
            ),
            ("区间", "石子合并怎么做？", "numbered", 22, ""),
            (
                "树形",
                "树形 DP 的套路",
                "numbered",
                26,
                "后序遍历，子树结果合并到父节点。",
            ),
            (
                "树形",
                "没有上司的舞会怎么列状态？",
                "numbered",
                28,
                "dp[u][0/1] 表示 u 不选或选时子树的最大值。",
            ),
        ],
    );
}

#[test]
fn qa_lines_inside_a_question_heading_are_reported() {
    // A heading phrased as a question keeps its text as the answer, but `Q:` lines inside
    // it look like cards the user meant: `check` says so, naming the line.
    let note = "# T\n\n## 什么是 X？\n\nQ: a?\nA: b\n\nQ: c?\nA: d\n";
    let deck = deckhand::pipeline::deck_from_bytes("n.md", note.as_bytes(), &Config::default());
    assert_eq!(deck.cards.len(), 1);
    assert_eq!(deck.cards[0].question, "什么是 X？");
    let w: Vec<_> = deck
        .warnings
        .iter()
        .map(|w| (w.line, w.message.contains("holds 2 `Q:`/`问：` lines")))
        .collect();
    assert_eq!(w, [(3, true)]);
}

#[test]
fn rule_heading_when_sibling_answers_have_parts() {
    // A question's `###` parts (`Storage`, `Expiry`) are its answer. `## Queue semantics`
    // over `### At-most-once`/`### At-least-once`, each explained, groups two concepts: they
    // share a word, but each has one of its own (`most`, `least`), so they are no versions
    // of one answer. `Vec vs VecDeque` asks for a comparison; `Rc<T>` inside a code span
    // stays.
    assert_cards(
        "answer-parts.md",
        &[
            (
                "Backend",
                "How would you build a paste service?",
                "heading-parts",
                3,
                "### Storage\nBlobs in object storage, metadata in a table keyed by a short id.\n\n\
                 ### Expiry\nA TTL column and a nightly sweep.",
            ),
            (
                "Queue semantics",
                "At-most-once",
                "heading",
                13,
                "Ack before processing; a crash loses the message.",
            ),
            (
                "Queue semantics",
                "At-least-once",
                "heading",
                16,
                "Ack after processing; a crash redelivers it.",
            ),
            (
                "Rust",
                "Vec vs VecDeque",
                "bold-question",
                21,
                "VecDeque is a ring buffer: cheap pushes at both ends.",
            ),
            (
                "Rust",
                "When is Rc<T> enough?",
                "bold-question",
                25,
                "When every owner lives on one thread.",
            ),
        ],
    );
}

#[test]
fn rule_numbered_question_out_of_sequence_line_is_answer() {
    // `443. Other ports work when…` sits between questions 2 and 3 and does not continue the
    // count: it is the answer to 2. The title line (with a weak asking word, `explained`) is
    // no card.
    assert_cards(
        "numbered-stray.txt",
        &[
            (
                "Networking",
                "What does TTL stop?",
                "numbered",
                4,
                "Packets looping forever; each router decrements it.",
            ),
            (
                "Networking",
                "Which port does HTTPS use by default?",
                "numbered",
                6,
                "443. Other ports work when the URL names them.",
            ),
            (
                "Networking",
                "What is MTU?",
                "numbered",
                8,
                "The largest frame a link carries, usually 1500 bytes.",
            ),
        ],
    );
}

#[test]
fn rule_topic_label_bracketed_sections_in_plain_text() {
    // `== Memory ==`, `[Databases]` and `【网络】` open sections of a plain file; `???` alone
    // is no answer (and no question either).
    assert_cards(
        "section-markers.txt",
        &[
            (
                "Memory",
                "What does a smart pointer own?",
                "numbered",
                2,
                "The object it points to; it frees it when the last owner goes.",
            ),
            (
                "Memory",
                "Why avoid raw new?",
                "numbered",
                4,
                "An early return or exception leaks the allocation.",
            ),
            (
                "Databases",
                "What does a covering index save?",
                "numbered",
                8,
                "The lookup back into the table.",
            ),
            (
                "Databases",
                "When does a composite index stop helping?",
                "numbered",
                10,
                "",
            ),
            (
                "Networking",
                "为什么 TIME_WAIT 要等一会儿？",
                "numbered",
                14,
                "让迟到的报文在旧连接里消失。",
            ),
        ],
    );
}

#[test]
fn hints_in_front_matter_and_comments_steer_extraction() {
    // `questions: h3` makes h3 the question level, `skip` leaves a section out,
    // `<!-- deckhand: skip -->` drops the block below it, `<!-- deckhand: card -->` makes one.
    assert_cards(
        "hints.md",
        &[
            (
                "传输层",
                "TCP 三次握手",
                "hint",
                11,
                "客户端发 SYN，服务端回 SYN+ACK，客户端再发 ACK。",
            ),
            (
                "传输层",
                "拥塞控制",
                "hint",
                15,
                "慢启动、拥塞避免、快重传、快恢复。",
            ),
            (
                "应用层",
                "HTTP 和 HTTPS 的区别",
                "hint",
                31,
                "HTTPS 在 TCP 和 HTTP 之间加了 TLS。",
            ),
        ],
    );
}

#[test]
fn hints_per_glob_in_config() {
    let config =
        Config::parse("[[hints]]\nglob = \"**/log.md\"\nquestions = \"items\"\ntopic = \"面经\"\n")
            .unwrap();
    let note = "## 字节一面\n\n- 自我介绍\n- 项目难点\n- 手写快排\n";
    let deck = deckhand::pipeline::deck_from_text("notes/log.md", note, &config);
    let got: Vec<(&str, &str, &str)> = deck
        .cards
        .iter()
        .map(|c| (c.topic.as_str(), c.question.as_str(), c.rule.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("面经", "自我介绍", "hint"),
            ("面经", "项目难点", "hint"),
            ("面经", "手写快排", "hint")
        ]
    );
    // The glob does not match another file: deckhand decides by itself there.
    let other = deckhand::pipeline::deck_from_text("notes/other.md", note, &config);
    assert!(other
        .cards
        .iter()
        .all(|c| c.topic == "字节一面" && c.rule != "hint"));
}
#[test]
fn rules_bold_question() {
    // a bold line that asks is a question, with or without `？`.
    assert_cards(
        "rules/bold-question.md",
        &[
            (
                "Networking",
                "HTTP 1.1 和 HTTP 2 的区别？",
                "bold-question",
                3,
                "HTTP 2 用二进制分帧，一个连接上多路复用，还压缩头部。",
            ),
            (
                "Networking",
                "什么是队头阻塞",
                "bold-question",
                7,
                "前一个请求没完成，后面的请求只能等着。",
            ),
        ],
    );
}

#[test]
fn rules_bullet_question() {
    // an interview log: bullets that ask, answers nested under them, one not answered.
    assert_cards(
        "rules/bullet-question.md",
        &[
            (
                "快手一面",
                "为什么用 Kafka 而不是 RabbitMQ",
                "bullet-question",
                3,
                "- 吞吐量高，消息可以回放。",
            ),
            (
                "快手一面",
                "怎么保证消息顺序",
                "bullet-question",
                5,
                "- 同一个 key 发到同一个分区，分区内有序。",
            ),
            (
                "快手一面",
                "项目里遇到过消息积压吗",
                "bullet-question",
                7,
                "",
            ),
        ],
    );
}

#[test]
fn rules_callout_kinds() {
    // question callouts, folded ones and a nested answer callout; tip callouts and `!!` notes
    // between them are reminders, not a card.
    assert_cards(
        "rules/callout-kinds.md",
        &[
            (
                "Operating Systems",
                "什么是虚拟内存？",
                "callout",
                3,
                "给每个进程一个连续的地址空间，实际由页表映射到物理内存和磁盘。",
            ),
            (
                "Operating Systems",
                "缺页中断是什么？",
                "callout",
                6,
                "> [!success]- 答案\n> 访问的页不在内存时触发，由操作系统把页调入后重新执行指令。",
            ),
        ],
    );
}

#[test]
fn rules_details() {
    // `<details>` blocks: the summary asks, the body answers.
    assert_cards(
        "rules/details.md",
        &[
            (
                "JVM",
                "新生代为什么分 Eden 和两个 Survivor？",
                "details",
                3,
                "复制算法需要一块空闲区域，两个 Survivor 轮流当目标，减少碎片。",
            ),
            (
                "JVM",
                "对象什么时候进入老年代？",
                "details",
                10,
                "年龄达到阈值，或者对象太大，或者 Survivor 放不下。",
            ),
        ],
    );
}

#[test]
fn rules_heading_empty_quote_is_no_answer() {
    // `> ` alone, a quote left where the answer was to go, answers nothing.
    let t = "秋招笔试";
    assert_cards(
        "rules/heading-empty-quote.md",
        &[
            (t, "拓扑排序？", "heading", 3, ""),
            (t, "广义表", "heading", 8, ""),
            (
                t,
                "哈希冲突怎么解决？",
                "heading",
                12,
                "> 拉链法或开放寻址。",
            ),
        ],
    );
}

#[test]
fn rules_label_paragraphs_over_lists() {
    // Paragraphs that each name something over the list explaining it (`1.1 原理一：机会成本`
    // over `- 适用范围：…` `- 原理内容：…`) are the cards, as headings would be; the labels
    // in the lists are parts of their answers. `原理一：机会成本`, counted in Chinese and
    // titled, stays one name. Labels over numbered lines (`**Algorithms:**` over `1. …`)
    // are not: those lines are what the section lists.
    let t = "重点原理";
    assert_cards(
        "rules/label-paragraphs-over-lists.md",
        &[
            ("经济学", "导论", "heading", 3, "- 稀缺性\n  - 资源有限而欲望无限"),
            (
                t,
                "原理一：机会成本",
                "label",
                10,
                "- 适用范围：任何需要取舍的选择\n- 原理内容：\n  - 得到某种东西所放弃的东西\n  - 只算次优选择的价值\n- 方法论：做决定时比较边际收益",
            ),
            (
                t,
                "原理二：边际决策",
                "label",
                18,
                "- 适用范围：生产多少、学习多久\n- 原理内容：\n  - 理性人考虑边际量",
            ),
            (
                t,
                "市场失灵的本质和表现",
                "label",
                23,
                "- 市场失灵的定义：市场不能有效配置资源\n- 主要表现：\n  - 外部性\n  - 公共物品\n  - 信息不对称",
            ),
            ("经济学", "面试记录", "heading", 30, "**Algorithms:**\n\n1. Reverse a linked list in place\n…"),
        ],
    );
}

#[test]
fn rules_explained_side_concept_under_question() {
    // `##### 访问修饰符` under a question is a concept beside it, not a part of its answer;
    // its items, each explained by its own points, are the cards, as in any section.
    let t = "访问修饰符";
    assert_cards(
        "rules/explained-side-concept-under-question.md",
        &[
            (
                "Java 关键字",
                "说明 final 的作用",
                "heading-parts",
                3,
                "final 修饰的东西不能再被改变。",
            ),
            (t, "public", "explained", 9, "- 任何类都能访问"),
            (t, "protected", "explained", 11, "- 同包和子类能访问"),
            (t, "private", "explained", 13, "- 只有本类能访问"),
        ],
    );
}

#[test]
fn rule_term_colon_typed_in_ascii_or_glossed() {
    // Under a concept heading, `直写:每次写…` (the colon typed in ASCII, no space after it)
    // and `LRU（最近最少使用）：…` (a Latin name glossed in Chinese) are terms like `名词：解释`;
    // under a question asking for a list (`…有哪些映射方式？`) the named kinds are its answer.
    assert_cards(
        "rules/term-colon-typed-in-ascii-or-glossed.md",
        &[
            ("缓存笔记", "什么是缓存", "heading", 3, "把热点数据放在更快的存储里。"),
            ("缓存笔记", "缓存写回策略", "heading", 6, "- 直写:每次写缓存的同时写主存，简单但是写得慢。\n- 回写:…"),
            ("缓存写回策略", "直写", "term", 7, "每次写缓存的同时写主存，简单但是写得慢。"),
            ("缓存写回策略", "回写", "term", 8, "只在缓存行被换出的时候才写回主存，需要脏位。"),
            ("缓存写回策略", "写分配", "term", 9, "写未命中时先把数据块调入缓存再写。"),
            ("缓存笔记", "替换算法", "heading", 11, "- LRU（最近最少使用）：…"),
            ("替换算法", "LRU（最近最少使用）", "term", 12, "换出最久没有被访问过的缓存行。"),
            ("替换算法", "FIFO（先进先出）", "term", 13, "换出最早进入缓存的缓存行。"),
            ("替换算法", "Random（随机替换）", "term", 14, "随便挑一行换出，硬件实现最简单。"),
            (
                "缓存笔记",
                "缓存有哪些映射方式？",
                "heading",
                16,
                "- 直接映射（Direct Mapped）：每个主存块只能放到一个固定的缓存行。\n- 全相联（Fully Associative）：主存块可以放到任意缓存行。",
            ),
        ],
    );
}

#[test]
fn rules_term_colon_items_under_concept_heading() {
    // Under a concept heading that is a card (`### 传送方式` among questions), three or more
    // `- 名词：解释` items right under it are terms, a card each, about that concept (their
    // topic); the heading keeps its whole answer. Announced by a line (`交换机的主要特点如下：`) they are points of that answer.
    let t = "Networking";
    assert_cards(
        "rules/term-colon-items-under-concept-heading.md",
        &[
            (
                t,
                "传送方式",
                "heading-parts",
                3,
                "- 单播：一个发送者对一个接收者\n- 多播：一个发送者对一组接收者\n…",
            ),
            ("传送方式", "单播", "term", 5, "一个发送者对一个接收者"),
            ("传送方式", "多播", "term", 6, "一个发送者对一组接收者"),
            ("传送方式", "广播", "term", 7, "一个发送者对网段内所有主机"),
            (t, "交换机工作在哪一层？", "heading", 13, "数据链路层。"),
            (
                t,
                "交换机",
                "heading",
                17,
                "交换机的主要特点如下：\n\n- 独占性：每个端口独享带宽\n…",
            ),
            (
                t,
                "路由器和交换机有什么区别？",
                "heading",
                25,
                "路由器看 IP，交换机看 MAC。",
            ),
        ],
    );
}

#[test]
fn rules_grouping_dated_round_siblings() {
    // `## 9.12 网易`, a date and a name beside `## 9.3 美团笔试`, names an interview round
    // as its sibling does. In a round, `### 红黑树` over `#### 性质` and `#### 插入`, which
    // ask nothing, is what was asked; they are the parts of its answer.
    assert_cards(
        "rules/grouping-dated-round-siblings.md",
        &[
            ("美团笔试", "快速排序的时间复杂度？", "heading", 5, "平均 O(nlogn)。"),
            (
                "网易",
                "红黑树",
                "heading-parts",
                11,
                "### 性质\n\n根是黑色，红节点的孩子是黑色。\n\n### 插入\n\n先按二叉查找树插入，再变色和旋转。",
            ),
            ("网易", "TIME_WAIT", "heading", 21, "主动关闭的一方等待 2MSL。"),
        ],
    );
}

#[test]
fn rules_heading_process_steps() {
    // `### 缺页的处理流程` names a process: its numbered points, bold names and all, are the
    // steps of its answer. Under `### 页面置换算法` the same form names terms, a card each.
    assert_cards(
        "rules/heading-process-steps.md",
        &[
            (
                "虚拟内存",
                "缺页的处理流程",
                "heading",
                3,
                "1. **保存现场**：记下当前程序的寄存器。\n2. **找到页面**：\n…",
            ),
            ("页面置换算法", "FIFO", "term", 13, "淘汰最早调入的页面。"),
            (
                "页面置换算法",
                "LRU",
                "term",
                14,
                "淘汰最久没有使用的页面。",
            ),
            ("页面置换算法", "CLOCK", "term", 15, "用访问位近似 LRU。"),
        ],
    );
}

#[test]
fn rules_heading_parts_set_a_level_too_high() {
    // `## 2. 已知…，求…` with nothing under it, then `## 问题描述`, `## 解题步骤` (with its
    // `### 步骤1` …) and `## 最终答案` at its own level: headings that only name parts of an
    // answer, set a level too high. They are its answer, a level down.
    let t = "Operating Systems";
    assert_cards(
        "rules/heading-parts-set-a-level-too-high.md",
        &[
            (t, "什么是快表？", "heading", 3, "快表是页表项的高速缓存。"),
            (
                t,
                "已知页大小和逻辑地址，求页号和页内偏移",
                "heading-parts",
                7,
                "### 问题描述\n\n页大小 4 KB，逻辑地址 8196。\n\n### 解题步骤\n\n### 步骤1：求页号\n\n8196 除以 4096，商为 2。\n\n### 步骤2：求偏移\n\n余数为 4。\n\n### 最终答案\n\n页号 2，偏移 4。",
            ),
            (t, "什么是抖动？", "heading", 27, "刚换出的页马上又要换入。"),
        ],
    );
}

#[test]
fn rules_numbered_question_closing_an_answer() {
    // `4.  What is the difference…?` alone after a heading's answer, a blank line before it
    // and nothing after, is a question the author numbered and left unanswered; so is
    // `7.  Explain how…`, a prompt. So are two paragraphs or more that ask, closing the last
    // answer (a question wrapped onto a second line is one). The answer above ends before
    // them.
    let t = "Backend questions";
    assert_cards(
        "rules/numbered-question-closing-an-answer.md",
        &[
            (
                t,
                "What is a load balancer?",
                "heading",
                3,
                "- Spreads requests over several servers\n- Removes unhealthy servers from the pool",
            ),
            (
                t,
                "What is the difference between L4 and L7 load balancing?",
                "numbered",
                7,
                "",
            ),
            (
                t,
                "What is a CDN?",
                "heading",
                9,
                "- Servers near the users that cache static files",
            ),
            (t, "Explain how TLS termination works", "numbered", 12, ""),
            (
                t,
                "Why use a message queue?",
                "heading",
                14,
                "- Decouples producers from consumers",
            ),
            (t, "Have you used a service mesh?", "numbered", 17, ""),
            (
                t,
                "What would you cache at the edge, and why? When would you not?",
                "numbered",
                19,
                "",
            ),
        ],
    );
}

#[test]
fn rules_heading_brief_text_with_a_link() {
    // A brief text names its sub-headings only in its words: the address of a link
    // (`…/k8s-rollout-replicaset`) names none, so `### Rollout` and `### ReplicaSet` stay
    // cards of their own.
    assert_cards(
        "rules/heading-brief-text-with-a-link.md",
        &[
            (
                "Notes",
                "Deployments",
                "heading",
                3,
                "https://example.com/k8s-rollout-replicaset\n- Declares how many copies of a pod should run",
            ),
            (
                "Deployments",
                "Rollout",
                "heading",
                7,
                "- Replaces old pods with new ones a few at a time",
            ),
            (
                "Deployments",
                "ReplicaSet",
                "heading",
                10,
                "- Keeps the declared number of pods running",
            ),
        ],
    );
}

#[test]
fn rules_index_partly_repeated() {
    // A list of questions at the top with no answers, one of which (`南桥北桥`) comes again
    // below with its answer: that entry is an index entry, the answered one the card. The
    // others stay questions not answered yet.
    let t = "计算机组成";
    assert_cards(
        "rules/index-partly-repeated.md",
        &[
            (t, "中断的过程，断点", "numbered", 2, ""),
            (t, "总线仲裁有哪几种方式？", "numbered", 3, ""),
            (t, "cpu有几种设计方式", "numbered", 4, ""),
            (t, "硬布线和微程序 哪种容易变更？为什么", "numbered", 6, ""),
            (
                "系统总线",
                "总线",
                "heading",
                9,
                "总线是各部件共享的传输线。",
            ),
            (
                "系统总线",
                "南桥北桥",
                "heading",
                11,
                "北桥连接高速设备，南桥连接低速设备。",
            ),
        ],
    );
}

#[test]
fn rules_label_headed_names_with_questions() {
    // Short names over the lines that explain them (`GET` over what it does) are the
    // cards; so is a paragraph among them that asks on its first line and answers below,
    // however long its question.
    let t = "label-headed-names-with-questions";
    assert_cards(
        "rules/label-headed-names-with-questions.md",
        &[
            (
                t,
                "What happens when you open a web page in the browser, step by step?",
                "label",
                1,
                "Short version: the name is looked up, then a connection is opened.\nhttps://example.com/what-happens",
            ),
            (
                t,
                "Why do we need DNS?",
                "label",
                5,
                "Names are easier to remember than addresses.",
            ),
            (t, "GET", "label", 8, "Reads a resource without changing it."),
            (t, "POST", "label", 11, "Sends data for the server to process."),
            (t, "DELETE", "label", 14, "Removes the resource."),
        ],
    );
}

#[test]
fn rules_topic_heading_markdown_numbered_outline() {
    // In Markdown, a short numbered name over numbered items that each have points of their
    // own (`2. http和https` over `1. http` `2. https` `3. 两者的区别`) groups them: they are
    // the cards, it their topic, as in a plain-text chapter. One over a single point
    // (`1. flex布局`) is a card.
    let t = "topic-heading-markdown-numbered-outline";
    assert_cards(
        "rules/topic-heading-markdown-numbered-outline.md",
        &[
            (
                t,
                "flex布局",
                "numbered",
                1,
                "1. 水平垂直居中\n   ```css\n   justify-content: center;\n   ```",
            ),
            (
                "http和https",
                "http",
                "numbered",
                7,
                "- 超文本传输协议，明文传输",
            ),
            (
                "http和https",
                "https",
                "numbered",
                9,
                "- 在 TCP 和 HTTP 之间加了 TLS",
            ),
            (
                "http和https",
                "两者的区别",
                "numbered",
                11,
                "- https 要证书，端口是 443",
            ),
            (
                t,
                "事件循环",
                "numbered",
                13,
                "- 同步任务先执行，微任务在宏任务之前",
            ),
        ],
    );
}

#[test]
fn rules_heading_question_then_a_bid() {
    // After a question mark, `TIME_WAIT 状态讲一下。` bids the reader tell: still the question,
    // no answer. A sentence after it (`进程是资源分配的单位…`) is the answer.
    let t = "二面";
    assert_cards(
        "rules/heading-question-then-a-bid.md",
        &[
            (
                t,
                "TCP 了解过吗？TIME_WAIT 状态讲一下。",
                "heading",
                3,
                "主动关闭的一方要等 2MSL。",
            ),
            (
                t,
                "Redis 用过吗？单线程为什么快？",
                "heading",
                7,
                "内存操作，IO 多路复用。",
            ),
            (
                t,
                "进程和线程有什么区别？",
                "empty-heading",
                11,
                "进程是资源分配的单位，线程是调度的单位。",
            ),
        ],
    );
}

#[test]
fn rules_numbered_announced_task() {
    // `算法题：…` and `手撕代码：…` announce the task after the colon: the whole line is the
    // question, not a term and its definition. `快排：…` names a term and answers it.
    let t = "三面";
    assert_cards(
        "rules/numbered-announced-task.md",
        &[
            (t, "讲讲 MySQL 的索引结构", "numbered", 3, ""),
            (
                t,
                "算法题：数组中出现次数超过两次的数字都删除，返回剩下的数组。",
                "numbered",
                4,
                "",
            ),
            (
                t,
                "手撕代码：用两个栈实现一个队列，入队出队都是 O(1)。",
                "numbered",
                5,
                "",
            ),
            (t, "快排", "numbered", 6, "平均 O(nlogn)，最坏 O(n²)"),
        ],
    );
}

#[test]
fn rules_heading_comparison_bold_sides() {
    // Under a question that asks for a difference, the bold names (`**MyISAM**：…`) are the
    // sides it compares: its answer, no terms of their own. Under a concept heading they
    // are terms beside it.
    let t = "Databases";
    assert_cards(
        "rules/heading-comparison-bold-sides.md",
        &[
            (
                t,
                "聚簇索引和非聚簇索引有什么区别？",
                "heading",
                3,
                "- **MyISAM**：叶子节点存数据地址，索引和数据分开。\n- **InnoDB**：叶子节点存数据本身，索引即数据。",
            ),
            (
                t,
                "常见的存储引擎",
                "heading",
                8,
                "- **MyISAM**：不支持事务，表级锁。\n…",
            ),
            (t, "MyISAM", "term", 10, "不支持事务，表级锁。"),
            (t, "InnoDB", "term", 11, "支持事务和行级锁。"),
            (t, "Memory", "term", 12, "数据放在内存里。"),
        ],
    );
}

#[test]
fn rules_term_lone_keyword() {
    // Under `# Keywords`, one `term: definition` item alone is the glossary's term, a card;
    // the sections after it are cards of their own.
    let t = "Keywords";
    assert_cards(
        "rules/term-lone-keyword.md",
        &[
            (
                t,
                "Code review",
                "term",
                2,
                "reading a change before it is merged.",
            ),
            (
                t,
                "Pair programming",
                "heading",
                4,
                "Two people write the code together at one machine.",
            ),
            (
                t,
                "Static analysis",
                "heading",
                7,
                "Tools read the code without running it.",
            ),
        ],
    );
}

#[test]
fn rules_term_latin_colon_items_under_concept_heading() {
    // Inside a concept heading's answer, three or more `* Name: sentence` items (a `;` typed
    // for one colon) are terms, each a card about that concept; the heading keeps its answer.
    let t = "Code inspections";
    assert_cards(
        "rules/term-latin-colon-items-under-concept-heading.md",
        &[
            (
                "Testing",
                "Code inspections",
                "heading",
                3,
                "A structured review that needs no running code.\n\n…",
            ),
            (
                t,
                "Author",
                "term",
                7,
                "writes the document and fixes what the review finds.",
            ),
            (
                t,
                "Reader",
                "term",
                8,
                "presents the document during the meeting.",
            ),
            (
                t,
                "Scribe",
                "term",
                9,
                "records every defect that is raised.",
            ),
            (
                t,
                "Planning",
                "heading",
                13,
                "The moderator picks the team and books a room.",
            ),
            (
                t,
                "Rework",
                "heading",
                16,
                "The author fixes the defects that were found.",
            ),
            (
                "Testing",
                "Unit tests",
                "heading",
                19,
                "Small tests of one function at a time.",
            ),
        ],
    );
}

#[test]
fn rules_heading_textbook_section_glossary() {
    // In a textbook's part (`# 第一部分`), `### 定义` over numbered `术语: 解释` items is a
    // section of its own, not a part of `## 一、市场的类型`'s answer: its terms are the
    // cards, and the heading, left with no text, only groups.
    let t = "市场的类型";
    assert_cards(
        "rules/heading-textbook-section-glossary.md",
        &[
            (t, "完全竞争", "numbered", 7, "买卖双方都很多，商品没有差别"),
            (t, "垄断", "numbered", 8, "只有一个卖者，没有相近的替代品"),
            (t, "寡头", "numbered", 9, "少数几个卖者主导市场"),
            (t, "分类", "heading", 11, "按竞争程度可以分为四类。"),
            (
                "第一部分 市场与价格",
                "价格",
                "heading",
                15,
                "价格由供给和需求共同决定。",
            ),
            (
                "第二部分 政府",
                "税收",
                "heading",
                21,
                "税收会在买卖双方之间造成楔子。",
            ),
        ],
    );
}

#[test]
fn rules_heading_parts_stated_points() {
    // `### 作者的两个观点` over `####` headings that are each a whole sentence: statements are
    // the points of its answer, the heading the card. (The first, a statement with nothing
    // under it, is reported as a remark, as any such heading is.)
    let t = "市场";
    assert_cards(
        "rules/heading-parts-stated-points.md",
        &[
            (t, "集市的周期", "heading", 5, "集市隔几天开一次。"),
            (
                t,
                "作者的两个观点",
                "heading-parts",
                9,
                "### 2. 每一个层次的市场对于阶层之间的关系都有自己的意义。\n\n“社会结构既是行政体系的产物，也是市场体系的产物。”",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_markdown_outline_tab_nesting() {
    // `   \t1. let 声明…` under `   1. let和const`: a tab typed after the item's spaces nests
    // it. `1. es6规范` over numbered items with points of their own (a stray bullet among them
    // aside) groups them; kept in an answer, the tab becomes the columns it reached.
    let t = "es6规范";
    assert_cards(
        "rules/topic-heading-markdown-outline-tab-nesting.md",
        &[
            (
                t,
                "let和const",
                "numbered",
                2,
                "1. let 声明的变量只在块内有效\n2. const 声明常量",
            ),
            (t, "promise", "numbered", 5, "- 代表将来要发生的事件"),
            (
                t,
                "箭头函数",
                "numbered",
                7,
                " - 没有自己的 this\n- 箭头函数不能当构造函数",
            ),
            (
                "topic-heading-markdown-outline-tab-nesting",
                "事件循环",
                "numbered",
                10,
                "- 同步任务先执行",
            ),
        ],
    );
}

#[test]
fn rules_qa_pair_question_underlined_by_slip() {
    // `Q3. …` over `-------`, among `Q1.` … `Q5.` written as plain paragraphs: the dashes are a
    // slip, not a setext heading that would swallow `Q4.` and every question after it.
    let t = "JavaScript";
    assert_cards(
        "rules/qa-pair-question-underlined-by-slip.md",
        &[
            (
                t,
                "What is event delegation?",
                "qa-pair",
                5,
                "One listener on a parent handles events from its children.",
            ),
            (
                t,
                "What is a closure?",
                "qa-pair",
                8,
                "A function together with the variables it captured.",
            ),
            (
                t,
                "List the ways to create an object.",
                "qa-pair",
                11,
                "1. An object literal\n2. A constructor function",
            ),
            (
                t,
                "What does bind return?",
                "qa-pair",
                16,
                "A new function with `this` fixed.",
            ),
            (t, "What is hoisting?", "qa-pair", 19, ""),
        ],
    );
}

#[test]
fn rules_sub_question_highlighted_inside_answer() {
    // `==What is WSGI ?==`, a question highlighted as a paragraph of its own inside an
    // answer, is a card of its own, as a bold one is; the heading keeps its whole answer.
    let t = "Lecture 1";
    assert_cards(
        "rules/sub-question-highlighted-inside-answer.md",
        &[
            (
                t,
                "What is Flask?",
                "heading",
                3,
                "- A small web framework for Python.\n…",
            ),
            (
                t,
                "What is WSGI ?",
                "sub-question",
                8,
                "- Web Server Gateway Interface\n- How the server hands requests to the app.",
            ),
            (
                t,
                "What is Jinja ?",
                "sub-question",
                13,
                "- A template engine",
            ),
        ],
    );
}

#[test]
fn rules_empty_heading() {
    // question headings with nothing under them are unanswered cards.
    assert_cards(
        "rules/empty-heading.md",
        &[
            (
                "Spring",
                "IoC 是什么？",
                "heading",
                3,
                "把对象的创建和依赖交给容器管理。",
            ),
            ("Spring", "AOP 的实现原理？", "empty-heading", 7, ""),
            ("Spring", "三级缓存与循环依赖", "empty-heading", 9, ""),
            (
                "Spring",
                "Bean 的生命周期？",
                "heading",
                11,
                "实例化、属性填充、初始化、销毁。",
            ),
            (
                "Spring",
                "看过 Spring 源码吗？IoC、AOP、事务",
                "empty-heading",
                15,
                "",
            ),
        ],
    );
}

#[test]
fn rules_explained_logseq() {
    // a Logseq page: `title::` names the topic, each bullet explained by its children is a card,
    // `id::` and `card-*::` are dropped, a trailing `#card` is a tag.
    assert_cards(
        "rules/explained-logseq.md",
        &[
            (
                "分布式系统",
                "CAP 定理",
                "explained",
                4,
                "- 一致性、可用性、分区容错三者最多同时满足两个。\n- 网络…",
            ),
            (
                "分布式系统",
                "BASE",
                "explained",
                8,
                "- 基本可用、软状态、最终一致，是对 CAP 中 AP 的延伸。",
            ),
            (
                "分布式系统",
                "两阶段提交",
                "explained",
                10,
                "- 准备阶段所有参与者投票，提交阶段协调者统一提交或回滚。",
            ),
            // A flashcard tag (`#card`) is a tag of the card, not words of its question.
            (
                "分布式系统",
                "拜占庭容错",
                "explained",
                12,
                "- 有节点作恶时仍能达成一致，n 个节点最多容忍 (n-1)/3 个。",
            ),
        ],
    );
    let tagged = cards("rules/explained-logseq.md");
    assert_eq!(
        tagged[3].tags,
        ["分布式系统", "explained-logseq", "复习", "card"]
    );
}

#[test]
fn rules_heading_logseq_refs() {
    // block references `((uuid))` point at other pages: a heading bullet whose only own text was
    // one is a grouping, not a card; `Example of ((uuid))` left dangling is a part of the answer.
    assert_cards(
        "rules/heading-logseq-refs.md",
        &[
            (
                "索引",
                "B+ 树",
                "explained",
                5,
                "- 叶子节点有序相连，适合范围查询。",
            ),
            (
                "索引",
                "哈希索引",
                "explained",
                7,
                "- 等值查询快，不支持范围查询。",
            ),
            (
                "Databases",
                "事务",
                "heading",
                9,
                "- Example of\n\t- 转账：扣款和入账要么都成功，要么都失败。",
            ),
        ],
    );
}

#[test]
fn rules_title_plain() {
    // a plain-text note's first line standing alone above the blocks it holds is its title, and
    // the title, not the file name, is the topic (`Week 5 - Networking` is no `term - answer`).
    assert_cards(
        "rules/title-plain.txt",
        &[
            (
                "Week 5 - Networking",
                "TCP vs UDP",
                "explained",
                3,
                "TCP is connection oriented and resends lost segments.  \nUDP is connectionless and never resends.",
            ),
            (
                "Week 5 - Networking",
                "Three-way handshake",
                "explained",
                7,
                "SYN, SYN-ACK, ACK: both sides agree on sequence numbers.",
            ),
        ],
    );
}

#[test]
fn rules_term_part_heading() {
    // a part sub-heading after a list of terms (`### Implementation` under `## Locks`) belongs
    // to the section's answer, not to the last term's.
    assert_cards(
        "rules/term-part-heading.md",
        &[
            (
                "Lecture 7: Synchronization",
                "Locks",
                "heading",
                3,
                "- acquire and release around the critical section\n- **spinlock**: busy waits, good for short sections\n- **mutex**: puts the waiter to sleep\n\n### Implementation\n- a test-and-set instruction\n- disabling interrupts (one processor only)",
            ),
            ("Locks", "spinlock", "term", 5, "busy waits, good for short sections"),
            ("Locks", "mutex", "term", 6, "puts the waiter to sleep"),
            (
                "Lecture 7: Synchronization",
                "Race conditions",
                "heading",
                12,
                "- the result depends on how the threads interleave",
            ),
        ],
    );
}

#[test]
fn rules_explained_outline() {
    // an indented plain-text outline: a name over indented lines explaining it; the lone first
    // line is the title and names the topic (数据结构, Data Structures in the alias table).
    assert_cards(
        "rules/explained-outline.txt",
        &[
            (
                "Data Structures",
                "栈",
                "explained",
                3,
                "后进先出，只能在一端插入和删除。  \n典型用途：函数调用、括号匹配。",
            ),
            (
                "Data Structures",
                "队列",
                "explained",
                6,
                "先进先出，一端入队，另一端出队。",
            ),
            (
                "Data Structures",
                "堆",
                "explained",
                8,
                "完全二叉树，父节点不小于（或不大于）子节点。",
            ),
            (
                "Data Structures",
                "动态数组的扩容",
                "explained",
                11,
                "容量不够时申请一块两倍大的内存，把旧元素复制过去；  \n元素很多以后改为每次增加一半，减少浪费",
            ),
        ],
    );
}

#[test]
fn rules_grouping() {
    // headings with no text of their own group the question headings under them.
    assert_cards(
        "rules/grouping.md",
        &[
            (
                "缓存",
                "缓存穿透怎么处理？",
                "heading",
                5,
                "布隆过滤器，或者缓存空值。",
            ),
            (
                "缓存",
                "缓存雪崩怎么处理？",
                "heading",
                9,
                "过期时间加随机值。",
            ),
            (
                "消息队列",
                "如何保证消息不重复消费？",
                "heading",
                15,
                "消费端做幂等，比如用唯一键去重。",
            ),
        ],
    );
}

#[test]
fn rules_heading_parts() {
    // `优点`/`缺点` sub-headings are parts of the question above them.
    assert_cards(
        "rules/heading-parts.md",
        &[
            (
                "heading-parts",
                "为什么要用线程池？",
                "heading-parts",
                1,
                "避免反复创建和销毁线程。\n\n### 优点\n\n- 复用线程，降…",
            ),
            (
                "heading-parts",
                "线程池有哪些拒绝策略？",
                "heading",
                14,
                "抛异常、调用者执行、直接丢弃、丢弃最旧的任务。",
            ),
        ],
    );
}

#[test]
fn rules_heading() {
    // headings that ask; the text under each answers it.
    assert_cards(
        "rules/heading.md",
        &[
            (
                "heading",
                "什么是 CAS？",
                "heading",
                1,
                "比较并交换：内存值等于预期值时才写入新值，整个操作是原子的。",
            ),
            (
                "heading",
                "ABA 问题怎么解决？",
                "heading",
                5,
                "给值加版本号，比如 AtomicStampedReference。",
            ),
        ],
    );
}

#[test]
fn rules_hint() {
    // front matter `deckhand: questions: items` makes plain bullets the questions.
    assert_cards(
        "rules/hint.md",
        &[
            ("一面", "讲讲页表", "hint", 9, ""),
            ("一面", "用户态和内核态怎么切换", "hint", 10, ""),
        ],
    );
}

#[test]
fn rules_index() {
    // questions listed at the top and repeated below with answers: the list is an index, not cards.
    assert_cards(
        "rules/index.md",
        &[
            (
                "Go",
                "Go 的 GMP 模型是什么？",
                "heading",
                6,
                "G 是协程，M 是系统线程，P 是调度用的处理器，M 要拿到 P 才能运行 G。",
            ),
            (
                "Go",
                "关闭的 channel 还能读吗？",
                "heading",
                10,
                "能，读完缓冲里的数据后返回零值，ok 为 false。",
            ),
        ],
    );
}

#[test]
fn rules_inline_answer() {
    // a question and its short answer on one line are split at the question mark, unless
    // what follows the mark asks again.
    assert_cards(
        "rules/inline-answer.md",
        &[
            (
                "Redis 小题",
                "Redis 默认端口是多少？",
                "bullet-question",
                3,
                "6379",
            ),
            (
                "Redis 小题",
                "单个 key 最大能存多大？",
                "bullet-question",
                4,
                "512 MB",
            ),
            (
                "Redis 小题",
                "Redis 是单线程的吗？",
                "bullet-question",
                5,
                "命令执行是单线程，6.0 起网络 IO 可以多线程。",
            ),
            (
                "Redis 小题",
                "怎么看一条 SQL 的性能",
                "bullet-question",
                6,
                "用 explain 看执行计划",
            ),
            // What follows the mark asks again: two questions, answered below.
            (
                "Redis 小题",
                "持久化有哪两种？RDB 的文件放在哪个目录",
                "bullet-question",
                7,
                "- RDB 快照和 AOF 日志，文件在 dir 配置的目录下。",
            ),
        ],
    );
}

#[test]
fn rules_inline_answer_spaced() {
    // a label, two spaces, its explanation: split; but words after the spaces that ask
    // belong to the question.
    assert_cards(
        "rules/inline-answer-spaced.txt",
        &[
            (
                "Docker",
                "调度器的作用",
                "explained",
                3,
                "把 pod 分到合适的节点  \n先过滤掉放不下的节点，再给剩下的打分。",
            ),
            (
                "Docker",
                "镜像 容器是从哪里来的，怎么启动的",
                "explained",
                5,
                "由运行时拉取镜像，解压成文件系统后启动进程。",
            ),
        ],
    );
}

#[test]
fn rules_explained_continues() {
    // a line that opens with a connective (`所以…`, `结果为…`) carries on the card above,
    // even when it asks; an indented first answer line is not turned into code.
    assert_cards(
        "rules/explained-continues.txt",
        &[
            (
                "协程",
                "协程为什么轻",
                "explained",
                3,
                "创建和切换都在用户态完成，不进内核。  \n所以还需要协程池吗？  \n    一般不需要，要限制的是并发数，不是协程本身。",
            ),
            (
                "协程",
                "切片追加",
                "explained",
                8,
                "```\n    s := make([]int, 2, 2)\n    s = append(s, 7)\n```\n结果为  [0 0 7]",
            ),
        ],
    );
}

#[test]
fn rules_heading_beside() {
    // a heading with text of its own beside the items taken as cards is a card too, and its
    // answer is its whole text, those items included; so is one explaining sentence beside a
    // `[!question]` callout.
    assert_cards(
        "rules/heading-beside.md",
        &[
            (
                "数论",
                "最大公约数",
                "heading",
                3,
                "*求两个数的公共因子，是解同余方程的第一步。*\n\n- 最小公倍数等于两数之积除以最大公约数。\n- 欧几里得算法\n    - 反复用较小数去除较大数，直到余数为零。\n- 扩展欧几里得算法\n    - 同时求出贝祖等式的两个系数，用来求逆元。",
            ),
            (
                "最大公约数",
                "欧几里得算法",
                "explained",
                8,
                "- 反复用较小数去除较大数，直到余数为零。",
            ),
            (
                "最大公约数",
                "扩展欧几里得算法",
                "explained",
                10,
                "- 同时求出贝祖等式的两个系数，用来求逆元。",
            ),
            // One sentence that explains, beside an explicit pair, still makes the heading a
            // card (a Chinese character counts as two letters of width).
            (
                "数论",
                "中国剩余定理",
                "heading",
                13,
                "把模数两两互素的同余方程组合成一个模为乘积的同余式。",
            ),
            (
                "中国剩余定理",
                "模数不互素时还能用吗？",
                "callout",
                15,
                "要先检查同余式两两相容，再合并。",
            ),
        ],
    );
}

#[test]
fn rules_bullet_question_plain() {
    // plain-text bullets (`-> `, `• `, `- `) are items like Markdown's: each asking bullet is a
    // card, the indented points under it its answer.
    assert_cards(
        "rules/bullet-question-plain.txt",
        &[
            (
                "Solidity 面试",
                "合约部署后还能修改吗？",
                "bullet-question",
                3,
                "- 不能，代码一旦上链就不可变，只能通过代理合约升级。",
            ),
            (
                "Solidity 面试",
                "什么是 gas？",
                "bullet-question",
                5,
                "- 衡量交易消耗资源的单位。\n- 用 gas price 乘以用量就是手续费。",
            ),
            (
                "Solidity 面试",
                "怎么生成随机数？",
                "bullet-question",
                8,
                "",
            ),
            (
                "Solidity 面试",
                "为什么 mapping 不能放在 memory 里？",
                "bullet-question",
                9,
                "- mapping 没有长度，也无法遍历。",
            ),
        ],
    );
}

#[test]
fn rules_term_dash() {
    // bullets written `question - answer` (most of the list): split at the first ` - `; a
    // bullet without one is a question its nested points answer.
    assert_cards(
        "rules/term-dash.md",
        &[
            (
                "Solidity",
                "what is gas",
                "term",
                3,
                "a unit that measures the work a transaction does",
            ),
            (
                "Solidity",
                "is Solidity compiled or interpreted",
                "term",
                4,
                "compiled to EVM bytecode",
            ),
            (
                "Solidity",
                "two container types in Solidity",
                "term",
                5,
                "arrays and mappings",
            ),
            (
                "Solidity",
                "why can a deployed contract not be stopped",
                "term",
                6,
                "it runs on every node of the network",
            ),
            (
                "Solidity",
                "the stack is limited",
                "term",
                7,
                "- 1024 slots of 32 bytes",
            ),
        ],
    );
}

#[test]
fn rules_section_line_dated() {
    // a line that is only a date heads a lecture's notes: their topic, never a question.
    assert_cards(
        "rules/section-line-dated.txt",
        &[
            (
                "9/12",
                "Cookie",
                "term",
                2,
                "a small file the server asks the browser to keep between requests",
            ),
            (
                "9/12",
                "Set-Cookie",
                "term",
                3,
                "the response header that hands out the cookie id to the browser",
            ),
            (
                "9/14",
                "DNS",
                "term",
                6,
                "the service that turns host names into the addresses routers understand",
            ),
            (
                "9/14",
                "Root servers",
                "term",
                7,
                "the servers at the top of the name hierarchy, asked first",
            ),
        ],
    );
}

#[test]
fn rules_qa_pair_margin() {
    // an answer indented under its `Question:` ends where the notes come back to the margin:
    // the questions written there after the pairs are cards of their own.
    assert_cards(
        "rules/qa-pair-margin.txt",
        &[
            (
                "Operating Systems",
                "What does the program counter hold?",
                "qa-pair",
                3,
                "The address of the next instruction to run.",
            ),
            (
                "Operating Systems",
                "Why does DMA help a multiprogrammed system?",
                "qa-pair",
                6,
                "The CPU runs another process while the device copies the data.",
            ),
            (
                "Operating Systems",
                "What is a process control block?",
                "paragraph-question",
                9,
                "",
            ),
            (
                "Operating Systems",
                "Name three objectives of an operating system.",
                "paragraph-question",
                11,
                "",
            ),
            (
                "Operating Systems",
                "How does a mode switch differ from a process switch?",
                "paragraph-question",
                13,
                "",
            ),
        ],
    );
}

#[test]
fn rules_bullet_question_remark_topic() {
    // a heading that is a remark (a long sentence with a link) is no topic: its questions stay
    // under the topic above; a real sub-heading still names one.
    assert_cards(
        "rules/bullet-question-remark-topic.md",
        &[
            ("Java", "What is type safety?", "bullet-question", 5, ""),
            ("Java", "Why do we use generics?", "bullet-question", 6, ""),
            (
                "Java",
                "What is the difference between an interface and an abstract class?",
                "bullet-question",
                7,
                "",
            ),
            (
                "Threads",
                "What is a race condition?",
                "bullet-question",
                11,
                "",
            ),
            (
                "Threads",
                "How do you stop a thread?",
                "bullet-question",
                12,
                "",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_lines() {
    // in plain text, question lines where an answer would be are more questions of the list,
    // each unanswered; the item above has no answer.
    assert_cards(
        "rules/sub-question-lines.txt",
        &[
            (
                "NLP 面试",
                "word2vec 的两种训练方式是什么？",
                "numbered",
                3,
                "",
            ),
            ("NLP 面试", "注意力机制介绍", "numbered", 4, ""),
            (
                "NLP 面试",
                "self-attention 的原理和公式",
                "sub-question",
                5,
                "",
            ),
            ("NLP 面试", "Attention 有哪些变种？", "sub-question", 6, ""),
            (
                "NLP 面试",
                "soft、hard attention 的区别",
                "sub-question",
                7,
                "",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_lines_prompts_and_a_source() {
    // The lines under the last numbered item are more questions, though some are prompts
    // closed by a full stop (`Tell me about yourself.`) or run long; the source noted among
    // them is no question.
    let t = "sub-question-lines-prompts";
    assert_cards(
        "rules/sub-question-lines-prompts.txt",
        &[
            (
                t,
                "Why do you want this role?",
                "numbered",
                1,
                "A// I like building tools other people rely on.",
            ),
            (t, "Tell me about a hard bug you fixed.", "numbered", 4, ""),
            (t, "Tell me about yourself.", "sub-question", 7, ""),
            (
                t,
                "What would your last manager say is your weakest skill, and what have you done about it lately?",
                "sub-question",
                9,
                "",
            ),
            (t, "What motivates you?", "sub-question", 11, ""),
        ],
    );
}

#[test]
fn rules_topic_heading_chapter() {
    // in plain text, a short numbered title over lines of terms is a chapter: the topic of
    // the terms, each a card.
    assert_cards(
        "rules/topic-heading-chapter.txt",
        &[
            (
                "图像的表达",
                "成像",
                "term",
                4,
                "能量转换，图像数字化（采样，量化）",
            ),
            (
                "图像的表达",
                "图像分类",
                "term",
                5,
                "灰度图像，彩色图像，二值图像",
            ),
            ("图像的表达", "几何变换", "term", 6, "坐标映射，插值"),
            (
                "图像压缩",
                "冗余",
                "term",
                9,
                "编码冗余、像素相关、视觉冗余",
            ),
            ("图像压缩", "编码", "term", 10, "熵编码，例如 Huffman"),
            (
                "图像压缩",
                "压缩标准",
                "term",
                11,
                "JPEG，有损，DCT 之后量化",
            ),
        ],
    );
}

#[test]
fn rules_numbered_keyed_answers() {
    // answers written apart and keyed by number (`###1.`) go to the numbered questions above;
    // a question with no keyed answer stays unanswered.
    assert_cards(
        "rules/numbered-keyed-answers.txt",
        &[
            (
                "numbered-keyed-answers",
                "How would you cut the memory a batch job uses?",
                "numbered",
                3,
                "Stream the records with generators instead of loading them all.",
            ),
            (
                "numbered-keyed-answers",
                "How would you call three services at once from Python?",
                "numbered",
                5,
                "Use asyncio.gather, or a thread pool for blocking clients.",
            ),
            (
                "numbered-keyed-answers",
                "What does a message queue buy you?",
                "numbered",
                7,
                "",
            ),
        ],
    );
}

#[test]
fn rules_label() {
    // bold lines over their explanations are one card each.
    assert_cards(
        "rules/label.md",
        &[
            (
                "并发基础",
                "进程",
                "label",
                3,
                "操作系统分配资源的基本单位，有独立的地址空间。",
            ),
            (
                "并发基础",
                "线程",
                "label",
                6,
                "CPU 调度的基本单位，同一进程的线程共享内存。",
            ),
            (
                "并发基础",
                "协程",
                "label",
                9,
                "用户态的轻量线程，由程序自己切换，不经过内核。",
            ),
        ],
    );
}

#[test]
fn rules_link_answer() {
    // a question that is a link is answered by the link.
    assert_cards(
        "rules/link-answer.md",
        &[
            (
                "算法题",
                "LRU 缓存怎么实现",
                "bullet-question",
                3,
                "[LRU 缓存怎么实现](https://example.com/lru-cache)",
            ),
            (
                "算法题",
                "如何判断链表有环",
                "bullet-question",
                4,
                "[如何判断链表有环](https://example.com/linked-list-cycle)",
            ),
            ("算法题", "手写快速排序", "bullet-question", 5, ""),
            (
                "算法题",
                "new[] 和 delete[] 混用会怎样？",
                "bullet-question",
                6,
                "[new[] 和 delete[] 混用会怎样？](https://example.com/new-delete)",
            ),
        ],
    );
}

#[test]
fn rules_numbered() {
    // `1、` items keep the count; `1.` steps restarting under one are its answer.
    assert_cards(
        "rules/numbered.txt",
        &[
            (
                "numbered",
                "什么是内存泄漏",
                "numbered",
                1,
                "对象已经不用了却仍被引用，GC 无法回收。",
            ),
            (
                "numbered",
                "如何排查内存泄漏",
                "numbered",
                3,
                "1. 用 jmap 导出堆快照\n2. 用 MAT 分析占用最大的对象",
            ),
            ("numbered", "OOM 有哪几种", "numbered", 6, ""),
        ],
    );
}

#[test]
fn rules_paragraph_question() {
    // an interview log of plain paragraphs; a sibling round with one question reads the same way;
    // a long statement answers the question above it.
    assert_cards(
        "rules/paragraph-question.md",
        &[
            ("阿里一面", "自我介绍", "paragraph-question", 3, ""),
            (
                "阿里一面",
                "说一下 synchronized 和 ReentrantLock 的区别",
                "paragraph-question",
                5,
                "> 前者是关键字由 JVM 实现，后者是 API，支持公平锁、可中断和多个条件变量。",
            ),
            (
                "阿里一面",
                "线程池的核心参数有哪些",
                "paragraph-question",
                9,
                "> 核心线程数、最大线程数、空闲存活时间、工作队列、拒绝策略。",
            ),
            (
                "阿里二面",
                "MySQL 的隔离级别",
                "paragraph-question",
                15,
                "> 读未提交、读已提交、可重复读、串行化，InnoDB 默认可重复读。",
            ),
            (
                "阿里二面",
                "说一下 MVCC",
                "paragraph-question",
                19,
                "MVCC 用版本链和 ReadView 实现，读操作不加锁，读写之间互不阻塞。",
            ),
        ],
    );
}

#[test]
fn rules_opening_question() {
    // a subject heading whose text opens with the one question the rest answers: the question is
    // the card and the heading its topic; text before the question keeps the heading a card.
    assert_cards(
        "rules/opening-question.md",
        &[
            (
                "Java",
                "动态代理",
                "heading",
                3,
                "[参考文章](https://example.com/aop)\nJDK 代理和 CGLIB 有什么区别？…",
            ),
            (
                "反射",
                "反射为什么慢？",
                "opening-question",
                11,
                "* 要做权限检查\n* 无法被 JIT 内联",
            ),
            (
                "泛型",
                "泛型擦除是什么意思？",
                "opening-question",
                17,
                "编译后类型参数被替换成上界，运行时拿不到。",
            ),
            // The answer on the question's next lines, in the same paragraph.
            (
                "注解",
                "注解在运行时怎么读取？",
                "opening-question",
                22,
                "通过反射拿到 Annotation 对象，只有 RUNTIME 保留的才行。",
            ),
        ],
    );
}

#[test]
fn rules_paragraph_question_answered() {
    // paragraphs whose first line asks and whose next lines answer it: two of them under a
    // subject are a run of questions; one alone opens its section.
    assert_cards(
        "rules/paragraph-question-answered.md",
        &[
            (
                "基本类型",
                "Redis 有哪些数据类型？",
                "paragraph-question",
                5,
                "String、List、Hash、Set、ZSet，还有 Bitmap 和 Stream。",
            ),
            (
                "基本类型",
                "ZSet 底层怎么实现？",
                "paragraph-question",
                8,
                "元素少时用 listpack，多了用跳表加哈希表。",
            ),
            (
                "过期",
                "过期 key 怎么删除？",
                "opening-question",
                13,
                "惰性删除加定期删除。",
            ),
        ],
    );
}

#[test]
fn rules_paragraph_question_rounds() {
    // interview rounds written as labels (`一面 40min：`) between the question paragraphs: they
    // group the questions, they are not questions, nor the answer of the one above them; nor is
    // a remark on what the log leaves out (`有些题记不太清了`).
    assert_cards(
        "rules/paragraph-question-rounds.md",
        &[
            ("字节 后端", "Redis 为什么快", "paragraph-question", 7, ""),
            (
                "字节 后端",
                "数据库：索引，事务，锁",
                "paragraph-question",
                9,
                "",
            ),
            (
                "字节 后端",
                "讲一下 B+ 树和 B 树的区别",
                "paragraph-question",
                11,
                "",
            ),
            (
                "字节 后端",
                "手写 LRU 缓存",
                "paragraph-question",
                15,
                "> 用哈希表加双向链表，get 和 put 都是 O(1)。",
            ),
            (
                "字节 后端",
                "项目里最难的地方是什么",
                "paragraph-question",
                19,
                "",
            ),
            (
                "美团 基础架构",
                "TCP 为什么要三次握手",
                "paragraph-question",
                27,
                "",
            ),
            (
                "美团 基础架构",
                "说说你对协程的理解",
                "paragraph-question",
                29,
                "",
            ),
        ],
    );
}

#[test]
fn rules_qa_table() {
    // a table headed 问题 | 答案, or whose first column asks, is one card per row (an empty
    // answer cell: not answered yet; more columns: each under its name); a reference table
    // stays in its heading's answer; a heading that only announces questions is no topic.
    assert_cards(
        "rules/qa-table.md",
        &[
            (
                "Linux 命令",
                "常用命令",
                "heading",
                3,
                "| 命令 | 作用 |\n| --- | --- |\n| `ls -l` | 列出文件详细信息 |\n| `ps aux` | 查看所有进程 |",
            ),
            (
                "Linux 命令",
                "软链接和硬链接的区别？",
                "qa-table",
                14,
                "软链接存路径，硬链接指向同一个 inode",
            ),
            (
                "Linux 命令",
                "怎么查看端口占用？",
                "qa-table",
                15,
                "`lsof -i :8080` 或 `ss -lntp`",
            ),
            ("Linux 命令", "top 里的 load average 是什么", "qa-table", 16, ""),
            (
                "信号",
                "SIGKILL 能被捕获吗？",
                "qa-table",
                22,
                "**编号**: 9\n\n**默认动作**: 终止，不能捕获",
            ),
            (
                "信号",
                "SIGTERM 和 SIGKILL 有什么区别？",
                "qa-table",
                23,
                "**编号**: 15\n\n**默认动作**: 终止，可以捕获后清理",
            ),
            // A table inside a code fence is an example, not cards.
            (
                "Linux 命令",
                "表格写法",
                "heading",
                25,
                "```markdown\n| 问题 | 答案 |\n|---|---|\n| 代码块里的表格是卡片吗？ | 不是 |\n```",
            ),
        ],
    );
}

#[test]
fn rules_heading_parts_only() {
    // a heading with no text of its own whose sub-headings all name parts of an answer
    // (`## 思路`, `## 复杂度`) is the card, those parts its answer.
    assert_cards(
        "rules/heading-parts-only.md",
        &[
            (
                "heading-parts-only",
                "快速排序",
                "heading-parts",
                1,
                "### 思路\n选一个基准，小的放左边，大的放右边，再递归。\n\n### 复杂度\n平均 O(n log n)，最坏 O(n²)。",
            ),
            (
                "heading-parts-only",
                "归并排序",
                "heading-parts",
                9,
                "### 思路\n分成两半分别排序，再合并。\n\n### 复杂度\n稳定的 O(n log n)，需要 O(n) 额外空间。",
            ),
            (
                "heading-parts-only",
                "堆排序",
                "heading",
                17,
                "建大顶堆，每次把堆顶换到末尾再调整。",
            ),
        ],
    );
}

#[test]
fn rules_label_flashcards() {
    // notes kept for Obsidian's Spaced Repetition plugin (`#flashcards`): `question::answer`
    // and `question` / `?` / `answer` are cards; `std::move` inside a question is not a
    // separator, and the tag is no part of the topic.
    assert_cards(
        "rules/label-flashcards.md",
        &[
            (
                "Networking",
                "What does DNS resolve",
                "label",
                3,
                "a host name to an IP address",
            ),
            ("Networking", "Default HTTPS port", "label", 5, "443"),
            (
                "Networking",
                "Which layer does TCP live in?",
                "label",
                7,
                "The transport layer.",
            ),
            (
                "Networking",
                "What does std::move do?",
                "label",
                11,
                "It casts to an rvalue reference; nothing is moved by the call itself.",
            ),
        ],
    );
}

#[test]
fn rules_qa_pair() {
    // `Q:` / `A:` pairs.
    assert_cards(
        "rules/qa-pair.md",
        &[
            (
                "Docker",
                "What is the difference between an image and a container?",
                "qa-pair",
                3,
                "An image is a read-only templa…",
            ),
            (
                "Docker",
                "How do containers share the host kernel?",
                "qa-pair",
                6,
                "Through namespaces for isolati…",
            ),
        ],
    );
}

#[test]
fn rules_remark_answer() {
    // a short remark in brackets after a question answers it; after a question that asks
    // outright (`怎么…（…）`) it leaves the question, which stays whole otherwise.
    assert_cards(
        "rules/remark-answer.md",
        &[
            (
                "字节二面",
                "一个有重复元素的数组怎么去重",
                "bullet-question",
                3,
                "先排序再双指针",
            ),
            (
                "字节二面",
                "一亿个数找最大的一百个（小顶堆）",
                "bullet-question",
                4,
                "小顶堆",
            ),
            ("字节二面", "介绍一下你的实习项目", "bullet-question", 5, ""),
        ],
    );
}

#[test]
fn rules_remark() {
    // a heading that is a remark is neither topic nor question.
    assert_cards(
        "rules/remark.md",
        &[
            (
                "Networking",
                "TCP 为什么要三次握手？",
                "heading",
                5,
                "防止已失效的连接请求突然到达服务端，也让双方确认收发能力。",
            ),
            (
                "Networking",
                "四次挥手中 TIME_WAIT 有什么用？",
                "heading",
                9,
                "保证最后一个 ACK 能到达，并让旧连接的报文在网络中消失。",
            ),
        ],
    );
}

#[test]
fn rules_section_line() {
    // in plain text, a line standing alone before numbered questions is their topic.
    assert_cards(
        "rules/section-line.txt",
        &[
            (
                "美团一面",
                "HashMap 的底层结构？",
                "numbered",
                3,
                "数组加链表，链表过长转红黑树。",
            ),
            (
                "美团一面",
                "volatile 能保证原子性吗？",
                "numbered",
                5,
                "不能，只保证可见性和有序性。",
            ),
            ("美团二面", "讲一下你做过最难的项目", "numbered", 10, ""),
            (
                "美团二面",
                "Redis 分布式锁怎么实现？",
                "numbered",
                11,
                "SET key value NX PX，释放时用 Lua 脚本比较后删除。",
            ),
        ],
    );
}

#[test]
fn rules_structural() {
    // A preface (本文宗旨), a contents list under Navigation, 参考资料 and Related (links to other notes)
    // sections are skipped.
    assert_cards(
        "rules/structural.md",
        &[
            (
                "Java",
                "equals 和 == 的区别？",
                "heading",
                12,
                "== 比较引用，equals 比较内容。",
            ),
            (
                "Java",
                "String 为什么不可变？",
                "heading",
                16,
                "内部数组是 final 的，便于缓存哈希值和共享常量池。",
            ),
        ],
    );
}

#[test]
fn rules_sub_question() {
    // a `追问` sub-heading under a question is a card of its own.
    assert_cards(
        "rules/sub-question.md",
        &[
            (
                "集合",
                "HashMap 的原理是什么？",
                "heading-parts",
                3,
                "数组加链表，哈希冲突时挂链表，长度超过 8 转红黑树。",
            ),
            (
                "集合",
                "追问：为什么 HashMap 线程不安全？",
                "heading",
                7,
                "并发扩容时可能丢数据，JDK7 还会形成环形链表。",
            ),
            (
                "集合",
                "ArrayList 怎么扩容？",
                "heading",
                11,
                "每次扩到原来的 1.5 倍，再拷贝旧数组。",
            ),
        ],
    );
}

#[test]
fn rules_term() {
    // `term：definition` items and `**Term**: …` paragraphs are one card per term; a question
    // word inside a definition (`多少`) does not make it ask.
    assert_cards(
        "rules/term.md",
        &[
            (
                "调度算法",
                "先来先服务",
                "term",
                3,
                "按到达顺序执行，简单但短作业可能等很久。",
            ),
            (
                "调度算法",
                "短作业优先",
                "term",
                4,
                "先执行估计时间最短的作业，平均等待时间最小。",
            ),
            (
                "调度算法",
                "Round robin",
                "term",
                5,
                "every process gets a fixed time slice in turn.",
            ),
            (
                "调度算法",
                "时间片大小",
                "term",
                6,
                "决定每次运行多少毫秒，太小则切换开销大",
            ),
            (
                "term",
                "Throughput",
                "term",
                10,
                "jobs finished per unit of time.",
            ),
            (
                "term",
                "Latency",
                "term",
                12,
                "time from request to response.",
            ),
        ],
    );
}

#[test]
fn rules_title() {
    // a lone H1 above question headings is the title.
    assert_cards(
        "rules/title.md",
        &[
            (
                "Operating Systems",
                "进程和线程有什么区别？",
                "heading",
                3,
                "进程是资源分配的单位，线程是调度的单位。",
            ),
            (
                "Operating Systems",
                "什么是死锁？",
                "heading",
                7,
                "两个以上的线程互相等待对方持有的资源，谁都无法继续。",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading() {
    // headings over numbered questions are their topics.
    assert_cards(
        "rules/topic-heading.md",
        &[
            (
                "Redis",
                "Redis 为什么快？",
                "numbered",
                3,
                "数据在内存里，单线程处理命令，没有锁竞争。",
            ),
            (
                "Redis",
                "Redis 有哪些持久化方式？",
                "numbered",
                5,
                "RDB 快照和 AOF 日志。",
            ),
            (
                "Kafka",
                "分区数怎么定？",
                "numbered",
                10,
                "按目标吞吐量除以单分区吞吐量估算。",
            ),
            ("Kafka", "消费者组是什么？", "numbered", 12, ""),
        ],
    );
}

#[test]
fn rules_wenda_pair() {
    // `问：` / `答：` pairs.
    assert_cards(
        "rules/wenda-pair.md",
        &[
            (
                "Linux",
                "怎么查看端口被哪个进程占用？",
                "wenda-pair",
                3,
                "lsof -i :端口号，或者 netstat -tlnp。",
            ),
            (
                "Linux",
                "软链接和硬链接有什么区别？",
                "wenda-pair",
                6,
                "软链接是指向路径的特殊文件，硬链接是同一个 inode 的另一个名字。",
            ),
        ],
    );
}

/// Every rule in the registry has a fixture under `fixtures/rules/` (named after it) in
/// which `deckhand explain` shows that rule deciding something.
#[test]
fn every_rule_has_a_fixture_where_it_decides() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/rules");
    let files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("fixtures/rules")
        .map(|e| e.expect("entry").path())
        .collect();
    use deckhand::extract::rules::Rule;
    // A fixture belongs to the longest rule name its stem is or starts with (`remark-answer`
    // is not `remark`'s).
    let owner = |p: &PathBuf| {
        let stem = p
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        Rule::ALL
            .iter()
            .map(|r| r.name())
            .filter(|n| stem == *n || stem.starts_with(&format!("{n}-")))
            .max_by_key(|n| n.len())
    };
    for rule in Rule::ALL {
        let name = rule.name();
        let mine: Vec<&PathBuf> = files.iter().filter(|p| owner(p) == Some(name)).collect();
        assert!(
            !mine.is_empty(),
            "rule {name} has no fixture in fixtures/rules"
        );
        for path in mine {
            let shown = deckhand::explain::explain_file(path, &Config::default(), false)
                .expect("explain runs");
            assert!(
                shown.contains(&format!("({name}:")) || shown.contains(&format!("[{name}]")),
                "{}: rule {name} decides nothing:\n{shown}",
                path.display()
            );
        }
    }
}

#[test]
fn file_topic_skips_names_that_say_nothing() {
    // `review.md` says nothing, nor does `cp2/`: the book's folder names the topic (and
    // the one known subject in it, Networking).
    let note = "R1:\n\nHTTP, SMTP, FTP\n\nR2:\n\nclient-server and P2P\n";
    let deck = deckhand::pipeline::deck_from_text(
        "top-down-networking/cp2/review.md",
        note,
        &Config::default(),
    );
    let topics: Vec<&str> = deck.cards.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(topics, ["Networking", "Networking"]);
    let deck = deckhand::pipeline::deck_from_text(
        "kurose-ross-book/cp2/review.md",
        note,
        &Config::default(),
    );
    let topics: Vec<&str> = deck.cards.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(topics, ["kurose-ross-book", "kurose-ross-book"]);
    // Nor does `ch1_basic.md`, a chapter's number and that it covers the basics.
    let deck = deckhand::pipeline::deck_from_text(
        "learning/sampling-theory/ch1_basic.md",
        note,
        &Config::default(),
    );
    let topics: Vec<&str> = deck.cards.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(topics, ["sampling-theory", "sampling-theory"]);
    // A name that does say something is kept (and canonicalised).
    let deck = deckhand::pipeline::deck_from_text("notes/week3/redis.md", note, &Config::default());
    assert!(
        deck.cards.iter().all(|c| c.topic == "Redis"),
        "{:?}",
        deck.cards
    );
}

#[test]
fn rules_label_named_blocks() {
    // A name (here a link to a solution and its title) over the fenced block that explains it,
    // again and again, is one card per name.
    assert_cards(
        "rules/label-named-blocks.md",
        &[
            (
                "固定窗口",
                "LeetCode 643 子数组最大平均数",
                "label",
                5,
                "```\n窗口长度固定为 k，每次右移时加上新进入的数、减去离开的数。\n```",
            ),
            (
                "固定窗口",
                "LeetCode 1343 大小为 K 且平均值大于等于阈值的子数组数目",
                "label",
                11,
                "和上一题一样维护窗口和，比较时把阈值乘以 k，避免除法。\n\n注意窗口刚好满 k 个元素时才开始统计。",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_lettered() {
    // `a.` `b.` sub-questions inside an answer, each with its own answer, are cards of their
    // own (the question above keeps them in its answer); a lower-case `a.` is a list letter,
    // not an `A.` answer marker; under a bare `Q3.` label they are the only cards.
    assert_cards(
        "rules/sub-question-lettered.txt",
        &[
            (
                "Week 3 Tutorial",
                "Why does a process need its own address space?",
                "qa-pair",
                3,
                "It keeps one program from reading or overwriting the memory of another.",
            ),
            (
                "Week 3 Tutorial",
                "Answer these about the fork example below.",
                "qa-pair",
                7,
                "a. How many processes exist after two calls to fork?…",
            ),
            (
                "Week 3 Tutorial",
                "How many processes exist after two calls to fork?",
                "sub-question",
                8,
                "Four: the parent, two children and one grandchild.",
            ),
            (
                "Week 3 Tutorial",
                "Which of them print the final message?",
                "sub-question",
                11,
                "All four, since each continues after the last fork.",
            ),
            // A bare `Q3.` label over lettered sub-questions asks nothing itself: its
            // sub-questions are the cards.
            (
                "Week 3 Tutorial",
                "What does the shell do when you type a command?",
                "sub-question",
                15,
                "It forks a child, and the child execs the program.",
            ),
            (
                "Week 3 Tutorial",
                "Why does cd have to be a built-in?",
                "sub-question",
                18,
                "A child cannot change its parent's working directory.",
            ),
        ],
    );
}

#[test]
fn rules_paragraph_question_lines() {
    // An interview log pasted as tab-indented lines under company headings (a Markdown code
    // block holding prose): one question per line.
    assert_cards(
        "rules/paragraph-question-lines.md",
        &[
            (
                "某银行 软件开发",
                "Java 的垃圾回收",
                "paragraph-question",
                4,
                "",
            ),
            (
                "某银行 软件开发",
                "SQL：左连接和右连接的区别",
                "paragraph-question",
                5,
                "",
            ),
            (
                "某银行 软件开发",
                "手写单例模式",
                "paragraph-question",
                6,
                "",
            ),
            (
                "某银行 软件开发",
                "进程间通信方式",
                "paragraph-question",
                7,
                "",
            ),
            ("某厂 后端实习", "自我介绍", "paragraph-question", 10, ""),
            (
                "某厂 后端实习",
                "Redis 的数据类型",
                "paragraph-question",
                11,
                "",
            ),
            ("某厂 后端实习", "聊项目", "paragraph-question", 12, ""),
        ],
    );
}

#[test]
fn skip_mark_above_the_title_leaves_the_whole_note_out_quietly() {
    let note = "<!-- deckhand: skip -->\n# Sources\n\n## Where did these come from?\n\nPublic repositories.\n";
    let deck = deckhand::pipeline::deck_from_text("fixtures/SOURCES.md", note, &Config::default());
    assert!(deck.cards.is_empty(), "{:?}", deck.cards);
    assert!(deck.warnings.is_empty(), "{:?}", deck.warnings);
}

#[test]
fn rules_term_outline() {
    // An indented plain-text glossary (`RAM - Random Access Memory`, one per line, a bare term
    // among them) under a name: the name is the topic, each term a card.
    assert_cards(
        "rules/term-outline.txt",
        &[
            ("Acronyms to know", "RAM", "term", 2, "Random Access Memory"),
            ("Acronyms to know", "ROM", "term", 3, "Read Only Memory"),
            (
                "Acronyms to know",
                "CPU",
                "term",
                4,
                "Central Processing Unit",
            ),
            (
                "Acronyms to know",
                "TLB",
                "term",
                5,
                "Translation Lookaside Buffer",
            ),
            ("Acronyms to know", "Paging", "term", 6, ""),
            // A name over concepts each explained below it is a card of them too, and their
            // topic.
            (
                "term-outline",
                "Storage hierarchy",
                "explained",
                8,
                "Registers  \n  fastest, inside…",
            ),
            (
                "Storage hierarchy",
                "Registers",
                "explained",
                9,
                "fastest, inside the CPU",
            ),
            (
                "Storage hierarchy",
                "Disk",
                "explained",
                11,
                "slowest, keeps data without power",
            ),
        ],
    );
}

#[test]
fn rules_label_numbers() {
    // `Q1:` alone on its line is a numbered label, not an empty `Q:` pair; the `term -> …`
    // lines under it are its answer, not cards of their own.
    assert_cards(
        "rules/label-numbers.md",
        &[
            (
                "label-numbers",
                "Q1",
                "label",
                1,
                "TCP -> reliable byte stream\n\nUDP -> independent datagrams",
            ),
            (
                "label-numbers",
                "Q2",
                "label",
                7,
                "The three-way handshake sets up both sequence numbers.",
            ),
            ("label-numbers", "Q3", "label", 11, "No."),
        ],
    );
}

#[test]
fn rules_explained_after_numbered() {
    // Plain-text notes of `label：` blocks with a numbered list in between: the last numbered
    // item's answer ends where the explained blocks resume, and each of those is a card.
    assert_cards(
        "rules/explained-after-numbered.txt",
        &[
            (
                "explained-after-numbered",
                "类加载的过程",
                "explained",
                1,
                "加载、验证、准备、解析、初始化。",
            ),
            (
                "explained-after-numbered",
                "怎么判断链表有环",
                "explained",
                4,
                "快慢指针，相遇就有环。",
            ),
            (
                "死锁的四个条件",
                "互斥条件",
                "numbered",
                9,
                "资源一次只给一个线程",
            ),
            (
                "死锁的四个条件",
                "请求与保持条件",
                "numbered",
                11,
                "拿着资源还要新的  \n3、不剥夺条件：资源不能被抢走",
            ),
            (
                "死锁的四个条件",
                "循环等待条件",
                "numbered",
                15,
                "线程之间首尾相接地等待",
            ),
            (
                "保证线程按顺序执行",
                "用 join 等前一个线程结束",
                "explained",
                19,
                "2、用只有一个线程的线程池",
            ),
            (
                "explained-after-numbered",
                "ThreadLocal 原理",
                "explained",
                23,
                "每个线程有自己的 ThreadLocalMap，键是 ThreadLocal 对象。",
            ),
            (
                "explained-after-numbered",
                "volatile 的作用",
                "explained",
                26,
                "保证可见性，禁止指令重排。",
            ),
            (
                "explained-after-numbered",
                "CAS 的缺点",
                "explained",
                29,
                "ABA 问题，自旋开销大。",
            ),
        ],
    );
}

#[test]
fn rules_heading_logseq_nested() {
    // Logseq heading bullets nested under the text bullet that introduces them are sections
    // of their own, not part of that bullet's answer.
    assert_cards(
        "rules/heading-logseq-nested.md",
        &[
            (
                "heading-logseq-nested",
                "虚拟内存的作用",
                "heading",
                1,
                "- 虚拟内存让每个进程都有一样的地址空间，因此简化了几件事：",
            ),
            (
                "heading-logseq-nested",
                "简化链接",
                "heading",
                3,
                "- 每个程序的代码段都从同一个虚拟地址开始，链接器不用关心物理地址。",
            ),
            (
                "heading-logseq-nested",
                "简化共享",
                "heading",
                5,
                "- 多个进程的虚拟页可以映射到同一个物理页，比如共享库。",
            ),
        ],
    );
}

#[test]
fn rules_structural_toc() {
    // `# TOC` over the whole note is no title: the cards take the file's topic.
    assert_cards(
        "rules/structural-toc.md",
        &[
            (
                "structural-toc",
                "Pointers",
                "heading",
                6,
                "A pointer holds the address of another variable.",
            ),
            (
                "structural-toc",
                "Arrays",
                "heading",
                10,
                "Contiguous elements of one type, indexed from zero.",
            ),
        ],
    );
}

#[test]
fn rules_term_translated() {
    // A term defined twice in a row (English, then its Chinese translation) is one card.
    assert_cards(
        "rules/term-translated.md",
        &[
            (
                "数据库语言",
                "DDL",
                "term",
                3,
                "a language to define tables, keys and constraints.\n\nDDL：定义表、键和约束的语言",
            ),
            (
                "数据库语言",
                "DML",
                "term",
                6,
                "a language to query and change the data.\n\nDML：查询和修改数据的语言",
            ),
        ],
    );
}

#[test]
fn rules_term_translated_lines() {
    // An English definition followed on the very next line by the Chinese one: the Chinese
    // line translates it and is part of its answer, not a card of its own.
    assert_cards(
        "rules/term-translated-lines.md",
        &[
            (
                "数据模型",
                "Data model",
                "term",
                3,
                "concepts for describing data, relationships and constraints.\n\n数据模型：描述数据、数据间关系和约束的一组概念",
            ),
            (
                "数据模型",
                "Schema",
                "term",
                5,
                "the description of a database and its structure.\n\n模式：对数据库及其结构的描述",
            ),
            (
                "数据模型",
                "Instance",
                "term",
                7,
                "the data in the database at one moment.",
            ),
        ],
    );
}

#[test]
fn rules_label_restated() {
    // A concept named once more where the notes explain it again (`**外部层**`, then
    // `外部层：…` below) is one card: the restatement is part of its answer.
    assert_cards(
        "rules/label-restated.md",
        &[
            (
                "三级结构",
                "外部层",
                "label",
                3,
                "External level: what one user sees of the database.\n- made of several views\n\n外部层：用户看到的那部分数据库。\n- 由多个视图组成",
            ),
            (
                "三级结构",
                "内部层",
                "label",
                10,
                "Internal level: how the data is stored on disk.\n\n内部层：数据在磁盘上的存储方式。",
            ),
        ],
    );
}

#[test]
fn rules_heading_intro_terms() {
    // A section that explains itself before listing its features is one card (the list is
    // part of its answer); a section that is only a list of terms gives one card per term.
    assert_cards(
        "rules/heading-intro-terms.md",
        &[
            (
                "操作系统发展",
                "单道批处理系统",
                "heading",
                3,
                "把一批作业脱机输入磁带，再由监督程序把它们一个接一个地调入内存运行。…",
            ),
            (
                "调度算法",
                "时间片轮转",
                "term",
                13,
                "每个进程轮流运行一个时间片",
            ),
            (
                "调度算法",
                "多级反馈队列",
                "term",
                14,
                "按优先级分多个队列，用完时间片就降级",
            ),
        ],
    );
    let single = cards("rules/heading-intro-terms.md");
    assert!(
        single[0].answer.ends_with("* 单道性：内存中只有一道程序"),
        "{}",
        single[0].answer
    );
}

#[test]
fn rules_topic_heading_announced() {
    // `本次面试的问题：` over indented numbered lines announces them: each is a question, and
    // the announcing line names no topic of its own.
    assert_cards(
        "rules/topic-heading-announced.txt",
        &[
            (
                "topic-heading-announced",
                "讲一下 HashMap 的结构",
                "numbered",
                4,
                "",
            ),
            (
                "topic-heading-announced",
                "String 和 StringBuilder",
                "numbered",
                6,
                "",
            ),
            (
                "topic-heading-announced",
                "equals 和 == 的区别",
                "numbered",
                8,
                "",
            ),
        ],
    );
}

#[test]
fn rules_heading_small() {
    // `######` lines that are statements, under a `####` concept, are emphasised lines of its
    // answer, not questions of their own.
    assert_cards(
        "rules/heading-small.md",
        &[
            (
                "C++",
                "继承",
                "heading",
                3,
                "#### 把公共的部分抽象到父类，减少重复代码。\n#### 构造时先父类后子类，析构顺序相反。\n#### 同名成员要加作用域才能访问父类的。",
            ),
            (
                "C++",
                "多态",
                "heading",
                8,
                "#### 静态多态靠重载，动态多态靠虚函数。\n#### 虚函数表里存着虚函数的地址。",
            ),
        ],
    );
}

#[test]
fn rules_heading_kinds() {
    // A heading that names a kind of things (`…算法`) or counts them (`三种…`) owns the list
    // of them as its answer, rather than turning each into a card.
    assert_cards(
        "rules/heading-kinds.md",
        &[
            (
                "传输层",
                "TCP 的拥塞控制算法",
                "heading",
                3,
                "+ 慢启动\n  > 窗口从 1 开始指数增长，到阈值后改为线性增长。\n+ BBR…",
            ),
            (
                "传输层",
                "什么是 TIME_WAIT？",
                "heading",
                9,
                "> 主动关闭的一方等待 2MSL，确保最后的 ACK 到达。",
            ),
            (
                "传输层",
                "三种缓存写策略",
                "heading",
                12,
                "1. 写直达\n2. 写回\n3. 写不分配",
            ),
        ],
    );
}

#[test]
fn rules_section_line_underlined() {
    // In plain text, a title underlined with `====` opens a section: its topic, with the
    // questions under it.
    assert_cards(
        "rules/section-line-underlined.txt",
        &[
            (
                "Processes",
                "What is a process?",
                "qa-pair",
                4,
                "A program in execution, with its own address space.",
            ),
            (
                "Processes",
                "What is a zombie process?",
                "qa-pair",
                8,
                "One that has exited but whose parent has not yet waited for it.",
            ),
            (
                "Memory",
                "What does the TLB cache?",
                "qa-pair",
                15,
                "Recent page-table entries, so most translations skip the page table.",
            ),
            (
                "Memory",
                "What is thrashing?",
                "qa-pair",
                19,
                "Paging so much that little useful work gets done.",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_interview_rounds() {
    // `#### 支付部门一面：` and `#### 基础架构？二面：` name interview rounds: the numbered items
    // under them are the questions, whatever marks the round's name carries (CRLF endings).
    // A sub-list indented two spaces nests under its item; `场景题：…，请问…。` asks in its
    // last clause and stays whole; `如何…：answer` splits at the colon; a question asked
    // again in the next round, unanswered the first time, is a card both times.
    assert_cards(
        "rules/grouping-rounds-cn.md",
        &[
            (
                "支付部门一面",
                "进程和线程的区别",
                "numbered",
                3,
                "1. 进程是资源分配的单位\n2. 线程是调度的单位",
            ),
            (
                "支付部门一面",
                "场景题：给你一亿个手机号，内存只有1G，请问怎么找出重复的号码。",
                "numbered",
                6,
                "",
            ),
            (
                "支付部门一面",
                "如何判断链表有环",
                "numbered",
                7,
                "快慢指针，相遇即有环",
            ),
            ("支付部门一面", "http和https区别", "numbered", 8, ""),
            ("基础架构？二面", "写个二分查找", "numbered", 11, ""),
            (
                "基础架构？二面",
                "http和https区别",
                "numbered",
                12,
                "1. https多了TLS握手\n2. 默认端口443",
            ),
            (
                "基础架构？二面",
                "mysql加索引",
                "numbered",
                15,
                "CREATE INDEX idx ON t(col)",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_groups_and_asking_paragraphs() {
    // A section listing questions is a section of its own even when its name appears in the
    // text above (`基础` in `基础这一部分…`) or it is an h5; a question whose link points at a
    // file named after it (`[int 占几个字节？](./int 占几个字节？.md)`) is not split inside
    // the link; a paragraph that asks after the list is one more question; a bullet that
    // asks nothing (`索引`, `Concurrency questions :`) over asking bullets groups them.
    assert_cards(
        "rules/bullet-question-groups.md",
        &[
            (
                "后端面试准备",
                "基础知识",
                "heading",
                3,
                "基础这一部分每家都会问，重点看简历上写了什么。",
            ),
            (
                "基础",
                "int 占几个字节？",
                "bullet-question",
                9,
                "[int 占几个字节？](./java/int 占几个字节？.md)",
            ),
            ("基础", "long 的范围？", "bullet-question", 10, ""),
            ("基础", "装箱和拆箱的区别？", "bullet-question", 11, ""),
            (
                "基础",
                "泛型 擦除之后运行时还能拿到类型吗？",
                "bullet-question",
                13,
                "[泛型](./java/泛型.md)",
            ),
            (
                "Databases",
                "事务的隔离级别有哪些？",
                "bullet-question",
                17,
                "",
            ),
            ("Databases", "聚簇索引是什么？", "bullet-question", 19, ""),
            ("Databases", "联合索引怎么命中？", "bullet-question", 20, ""),
            ("Databases", "慢查询怎么排查？", "bullet-question", 21, ""),
            (
                "Interview 2 | 2024-03-01 | backend",
                "how do you deploy the service",
                "bullet-question",
                25,
                "",
            ),
            (
                "Interview 2 | 2024-03-01 | backend",
                "Thread states",
                "bullet-question",
                27,
                "",
            ),
            (
                "Interview 2 | 2024-03-01 | backend",
                "write a code to print odd and even numbers with two threads",
                "bullet-question",
                28,
                "",
            ),
            (
                "Interview 2 | 2024-03-01 | backend",
                "join vs left join difference",
                "bullet-question",
                29,
                "",
            ),
            // A heading over sub-headings that announce questions groups them.
            (
                "Spring questions",
                "What is IOC?",
                "bullet-question",
                34,
                "",
            ),
            (
                "Spring questions",
                "Bean lifecycle",
                "bullet-question",
                35,
                "",
            ),
            ("Boot questions", "What is a starter?", "numbered", 38, ""),
            (
                "Boot questions",
                "How does Spring Boot start",
                "numbered",
                39,
                "",
            ),
            // `编程：` over tasks groups them; `[1,5,3,9]` opens a task with data, not a tag.
            (
                "某厂二面",
                "介绍一下 TCP 的拥塞控制",
                "bullet-question",
                43,
                "",
            ),
            (
                "编程",
                "找出链表的中间节点（快慢指针）",
                "bullet-question",
                45,
                "快慢指针",
            ),
            (
                "编程",
                "[1,5,3,9]中找出第二大的数",
                "bullet-question",
                46,
                "",
            ),
            ("某厂二面", "Redis 为什么快？", "bullet-question", 47, ""),
        ],
    );
}

#[test]
fn rule_heading_statements_with_asking_nouns() {
    // Numbered statements (`…二者相互作用的关系不可分割`, `…把握本质的原理`) ask nothing by the
    // noun in them, and `**方法论意义**：…` in section after section is a part every answer
    // has: the heading is the card. Labels over points of their own (`实践的作用`) stay cards.
    assert_cards(
        "rules/heading-statements-with-asking-nouns.md",
        &[
            ("哲学复习", "物质和运动", "heading", 3, "1. 运动是物质的根本属性，物质是运动的承担者，二者相互作用的关系不可分割\n2. 绝对运动和相对静止的统一，静止是运动的特殊状态\n3. **方法论意义**：要用运动变化的眼光看问题"),
            ("哲学复习", "现象和本质", "heading", 9, "1. 现象是事物的外部联系，本质是事物的内部联系，认识的任务是透过现象把握本质的原理\n2. 二者对立统一，本质通过现象表现出来\n3. **方法论意义**：不能停留在表面，要透过现象看本质"),
            ("实践和认识", "实践的作用", "numbered", 17, "1. 实践是认识的来源\n2. 实践是检验真理的唯一标准"),
            ("实践和认识", "认识的反作用", "numbered", 20, "1. 正确的认识指导实践取得成功"),
        ],
    );
}

#[test]
fn rule_paragraph_question_over_answer_labels() {
    // Three or more paragraphs that ask outright (`what is a TLB?`), the first before any
    // label, are the questions; `✅ Key points to say:`, `In short:`, `TLB hit = …` inside
    // their answers are parts of them. A paragraph asking by its grammar (`🧠 What is a
    // Process (My Definition)`) is one more.
    let t = "paragraph-question-over-answer-labels";
    assert_cards(
        "rules/paragraph-question-over-answer-labels.md",
        &[
            (t, "what is a page fault?", "paragraph-question", 1, "A page fault happens when a program touches a page that is not in RAM.\nThe kernel loads the page from disk and retries the instruction."),
            (t, "What is a Process (My Definition)", "paragraph-question", 6, "A process is a program in execution with its own address space.\n\n✅ Key points to say:\n\nEach process has its own page table.\n\nSwitching between processes costs more than switching threads."),
            (t, "what is a TLB?", "paragraph-question", 16, "A small cache of recent address translations inside the MMU.\n\nIn short:\n\nTLB hit = fast translation.\n\nTLB miss = walk the page table."),
            (t, "what is thrashing?", "paragraph-question", 25, "The system spends more time swapping pages than running programs."),
        ],
    );
}

#[test]
fn rule_section_line_count_goes_on() {
    // In plain text, `Web方面:` or `JVM` set apart above the next item, the count going on
    // after the last item's answer, names the items that follow; a `-----` rule at the margin
    // closes that section; ` 二面(…):` one column in over `1:\u{a0} …` opens the next.
    let f = "section-line-count-goes-on";
    assert_cards(
        "rules/section-line-count-goes-on.txt",
        &[
            (
                "Java",
                "读文件有哪些方法",
                "numbered",
                2,
                "用字节流和字符流",
            ),
            ("Java", "BIO和NIO区别", "numbered", 4, "BIO是同步阻塞"),
            (
                "Web方面",
                "cookie和session区别",
                "numbered",
                8,
                "cookie存在客户端",
            ),
            (
                "Web方面",
                "转发和重定向区别",
                "numbered",
                10,
                "转发是服务器端的行为",
            ),
            ("JVM", "类加载机制", "numbered", 14, "双亲委派"),
            (
                "JVM",
                "为什么用双亲委派",
                "numbered",
                16,
                "保证核心类不被替换",
            ),
            (f, "hashmap底层怎么实现的", "numbered", 19, "数组加链表"),
            (f, "线程池的参数有什么意义", "numbered", 21, ""),
            (f, "concurrenthashmap为什么线程安全", "numbered", 22, ""),
            ("二面(7月19日 晚上)", "自我介绍", "numbered", 25, ""),
            (
                "二面(7月19日 晚上)",
                "G1和CMS有什么区别",
                "numbered",
                26,
                "",
            ),
            (
                "二面(7月19日 晚上)",
                "怎么排查频繁Full GC",
                "numbered",
                27,
                "",
            ),
        ],
    );
}

#[test]
fn rule_title_asking_over_numbered_questions() {
    // The note's one `#` heading asks, but over three or more numbered questions of its own
    // it is their title: their topic, without its mark.
    let t = "大厂的 Go 面试题都问些什么";
    assert_cards(
        "rules/title-asking-over-numbered-questions.md",
        &[
            (
                t,
                "项目里用到了哪些锁",
                "numbered",
                2,
                "* 用 channel 传数据\n\n* 用 Mutex 保护共享变量",
            ),
            (
                t,
                "介绍一下 goroutine",
                "numbered",
                8,
                "goroutine 是用户态的轻量线程。",
            ),
            (t, "GC 是怎么做的", "numbered", 11, "三色标记加混合写屏障。"),
        ],
    );
}

#[test]
fn rule_paragraph_question_subject_lines() {
    // Lines of one paragraph, two in three marked and the rest asking by their words or
    // bidding (`Describe the hooks you have used`), are one question each; a subject whose
    // whole text is lines that ask outright (`## Agile`, `## OOP`) holds them as questions
    // not yet answered, however few.
    assert_cards(
        "rules/paragraph-question-subject-lines.md",
        &[
            (
                "Frontend",
                "What is the difference between let and var?",
                "paragraph-question",
                2,
                "",
            ),
            (
                "Frontend",
                "Explain event bubbling?",
                "paragraph-question",
                3,
                "",
            ),
            (
                "Frontend",
                "What does CORS stand for?",
                "paragraph-question",
                4,
                "",
            ),
            (
                "Frontend",
                "Describe the hooks you have used",
                "paragraph-question",
                5,
                "",
            ),
            (
                "Frontend",
                "What is a closure?",
                "paragraph-question",
                6,
                "",
            ),
            (
                "Agile",
                "What is a sprint retrospective?",
                "paragraph-question",
                9,
                "",
            ),
            (
                "OOP",
                "Explain what polymorphism is?",
                "paragraph-question",
                12,
                "",
            ),
            (
                "OOP",
                "What are the SOLID principles?",
                "paragraph-question",
                13,
                "",
            ),
        ],
    );
}

#[test]
fn rule_numbered_points_restart_after_question() {
    // After `2.介绍一下Linux系统信号`, a list counting again from `1.` whose items state
    // (`1. 键盘事件 ctrl+c`) is its points; `3.uint类型溢出` over its answer then `4.聊聊rune类型`
    // in one paragraph, numbers set close as a log's, are two questions; `2.x 版本` is a
    // version, no number.
    assert_cards(
        "rules/numbered-points-restart-after-question.md",
        &[
            ("Go", "GMP 模型是什么？", "numbered", 3, "G 是协程，M 是线程，P 是处理器"),
            (
                "Go",
                "介绍一下Linux系统信号",
                "numbered",
                6,
                "信号是系统响应某些状况产生的事件\n\n1. 键盘事件 ctrl+c\n2. 非法内存 内存管理出错时发信号\n3. 硬件故障 硬件出错时发信号",
            ),
            ("Go", "uint类型溢出", "numbered", 13, "会报错"),
            ("Go", "聊聊rune类型", "numbered", 15, ""),
            ("Go", "v-if和v-for一起用有什么问题？", "numbered", 17, "2.x 版本中 v-for 优先"),
        ],
    );
}

#[test]
fn rule_clean_template_fields() {
    // `Status:` and `Tags: [[…]]` above the note, an editor template's fields, are metadata
    // like front matter: no cards.
    assert_cards(
        "rules/clean-template-fields.md",
        &[
            (
                "Processes",
                "What is a process?",
                "heading",
                10,
                "- A program in execution\n- It owns an address space",
            ),
            (
                "Processes",
                "What is a thread?",
                "heading",
                14,
                "- The unit the scheduler runs",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_bare_chapter_zh() {
    // `### 第一章` (a unit and its number, nothing else) is never a card, whatever remark
    // it holds (`> 题型：…`): it is the topic of the terms under it.
    assert_cards(
        "rules/topic-heading-bare-chapter-zh.md",
        &[
            (
                "第一章",
                "数据挖掘",
                "numbered",
                7,
                "从大量数据中发现有用模式的过程。",
            ),
            (
                "第一章",
                "数据仓库",
                "numbered",
                8,
                "面向主题的、集成的数据集合。",
            ),
            ("第一章", "信息熵", "numbered", 9, "度量信息不确定性的量。"),
            (
                "第二章",
                "分类",
                "numbered",
                15,
                "按已知类别训练模型，再预测新数据的类别。",
            ),
            (
                "第二章",
                "聚类",
                "numbered",
                16,
                "不用已知类别，把相似的数据分到一组。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_count_starts_again() {
    // A count that starts again at `1` after a blank line or a `-----` rule and never comes
    // back to the old one, its lines mostly asking, is the next interview's questions; one
    // that comes back (`1.` `2.` then `4.`) is item 3's points. `2:  …` numbers a line; the
    // time in `10:30 …` does not.
    assert_cards(
        "rules/numbered-count-starts-again.txt",
        &[
            (
                "后端面试题回忆",
                "进程和线程的区别",
                "numbered",
                2,
                "进程是资源分配的单位，线程是调度的单位",
            ),
            (
                "后端面试题回忆",
                "TCP 为什么要三次握手",
                "numbered",
                4,
                "防止旧的连接请求突然到达",
            ),
            (
                "后端面试题回忆",
                "说一下 B+ 树",
                "numbered",
                6,
                "叶子节点连成链表，适合范围查询\n\n1. 非叶子节点只存索引\n2. 数据都在叶子节点",
            ),
            (
                "后端面试题回忆",
                "为什么用自增主键",
                "numbered",
                11,
                "页分裂少",
            ),
            ("后端面试题回忆", "笔试题", "numbered", 14, "写一个单例"),
            (
                "后端面试题回忆",
                "Redis 为什么快",
                "numbered",
                16,
                "纯内存，单线程，IO 多路复用",
            ),
            (
                "后端面试题回忆",
                "MySQL 的隔离级别有哪些",
                "numbered",
                18,
                "读未提交、读已提交、可重复读、串行化",
            ),
            ("后端面试题回忆", "项目问得很细", "numbered", 21, ""),
            (
                "后端面试题回忆",
                "消息队列怎么保证不丢消息",
                "numbered",
                22,
                "",
            ),
            ("后端面试题回忆", "分库分表怎么做", "numbered", 23, ""),
            ("后端面试题回忆", "线程池参数怎么设置", "numbered", 24, ""),
            (
                "后端面试题回忆",
                "HashMap 怎么解决哈希冲突",
                "numbered",
                26,
                "拉链法",
            ),
            (
                "后端面试题回忆",
                "GC 的时候会停顿多久",
                "numbered",
                28,
                "看收集器",
            ),
            (
                "后端面试题回忆",
                "10:30 开始的面试为什么迟到",
                "numbered",
                30,
                "",
            ),
        ],
    );
}

#[test]
fn rule_numbered_runs_named_by_a_line() {
    // Numbered questions that start again at `一.`, each run under `公司：remark`: one topic
    // per run, named by the line; the closing remarks of runs without answers answer nothing.
    assert_cards(
        "rules/numbered-runs.txt",
        &[
            ("美团", "说说你对 IOC 的理解？", "numbered", 5, ""),
            ("美团", "HashMap 扩容时发生了什么？", "numbered", 6, ""),
            ("美团", "线程池的核心参数有哪些？", "numbered", 7, ""),
            ("滴滴", "讲一下 MVCC？", "numbered", 12, ""),
            ("滴滴", "Redis 持久化有几种方式？", "numbered", 13, ""),
        ],
    );
}

#[test]
fn rule_label_sections_of_labels_over_lists() {
    // `## Chapter 1: …` is a chapter, not `term: definition`. Its top level is labels
    // (`The Librarian Model:` over a quote, `inode: …`, `main parts:` over a list): they are
    // the entries, and a label over a list of items explained inline or by their children
    // (`read/write head assembly (RWH): …`, a long Latin term) is the topic of those items.
    assert_cards(
        "rules/label-chapters.md",
        &[
            (
                "Chapter 1: Storage Basics",
                "The Librarian Model",
                "label",
                5,
                "> A disk is a long shelf of numbered boxes that the controller reads and writes in fixed-size pieces.",
            ),
            (
                "main parts",
                "read/write head assembly (RWH)",
                "term",
                9,
                "floats over the platter and reads one track at a time\n\n- moved by the actuator arm",
            ),
            ("main parts", "platter", "term", 11, "- coated with magnetic material"),
            (
                "main parts",
                "controller",
                "term",
                13,
                "turns block numbers into head movements",
            ),
            (
                "Chapter 2: File Systems",
                "inode",
                "label",
                17,
                "record holding a file's metadata and block pointers",
            ),
            (
                "Chapter 2: File Systems",
                "journal",
                "label",
                19,
                "log of pending metadata changes",
            ),
            (
                "allocation strategies",
                "contiguous",
                "term",
                22,
                "- every file occupies one run of blocks",
            ),
            (
                "allocation strategies",
                "linked",
                "term",
                24,
                "each block points to the next",
            ),
            (
                "allocation strategies",
                "indexed",
                "term",
                25,
                "an index block lists the data blocks",
            ),
            // One label opening a chapter, with or without its colon, is the chapter's card.
            (
                "Chapter 3: Caching",
                "replacement policy",
                "label",
                28,
                "- decides which block leaves when the cache is full\n- LRU evicts the block unused for longest",
            ),
            (
                "Chapter 4: Buses",
                "bus arbitration",
                "label",
                33,
                "- decides which device may drive the bus next",
            ),
        ],
    );
}

#[test]
fn file_topic_from_front_matter_subject_not_workflow_tags() {
    // `processed` says where the note is in the author's workflow, not what it is about;
    // `course:` names the subject.
    let note =
        "---\ntags:\n  - processed\ncourse: CS2040\n---\n\nR1:\n\nHTTP, SMTP\n\nR2:\n\nP2P\n";
    let deck = deckhand::pipeline::deck_from_text("lec1.md", note, &Config::default());
    let topics: Vec<&str> = deck.cards.iter().map(|c| c.topic.as_str()).collect();
    assert_eq!(topics, ["CS2040", "CS2040"]);
    let note = note.replace("course: CS2040\n", "");
    let deck = deckhand::pipeline::deck_from_text("lec1.md", &note, &Config::default());
    assert!(
        deck.cards.iter().all(|c| c.topic == "lec1"),
        "{:?}",
        deck.cards
    );
}

#[test]
fn rule_callout_stated_results() {
    // `>[!lemma 1]` callouts are cards named by the callout, answered by the statement and
    // the proof after it; `## Summary` over bare names lists what the note covers and
    // `## Content` names nothing: neither is a card. A `#####` name over its text is a
    // section, not an emphasised line.
    assert_cards(
        "rules/callout-stated.md",
        &[
            (
                "Union-find",
                "lemma 1",
                "callout",
                16,
                "> Union by rank keeps every tree's height at most log n.\n\n- A tree of rank r holds at least 2^r nodes, by induction on unions.",
            ),
            (
                "Union-find",
                "lemma 2",
                "callout",
                21,
                "> Path compression never raises a node's rank.\n\n- Compression only changes parent pointers; ranks are set by unions alone.\n\n> [!note]\n> Both lemmas together give the inverse-Ackermann bound.",
            ),
            (
                "Union-find",
                "Amortised cost",
                "heading",
                29,
                "Over m operations the total cost is O(m α(n)).",
            ),
        ],
    );
}

#[test]
fn rule_heading_concept_sections_take_its_topic() {
    // `## Organs` with text of its own is a card, and the `####` sections under it are
    // about it: their topic is Organs. Its index of `[[#Heart]]` links reads as names.
    assert_cards(
        "rules/heading-concept-sections.md",
        &[
            (
                "Biology notes",
                "Organs",
                "heading",
                3,
                "Groups of tissues that work together.\nEach one is listed below:\n- Heart\n- Liver",
            ),
            ("Organs", "Heart", "heading", 10, "Pumps blood through two circuits."),
            (
                "Organs",
                "Liver",
                "heading",
                14,
                "Filters the blood and stores glycogen.",
            ),
            // A heading that exclaims names nothing: what is under it keeps the topic above.
            (
                "Biology notes",
                "Revise this first!!!",
                "heading",
                18,
                "Go over it twice before the exam.",
            ),
            ("Biology notes", "Cells", "heading", 22, "The smallest unit of life."),
            // `**定义：**` and `**组成部分：**` are parts of the heading's answer, not terms.
            (
                "Biology notes",
                "Enzyme",
                "heading",
                26,
                "**定义：** a protein that speeds up a reaction.<br/>\n**组成部分：** an active site and often a cofactor.",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_chapter_subitems() {
    // Plain text: `2、进程管理` over `2.1、查看进程:ps aux` (sub-numbering with `、`), an item
    // indented one column further by slip (`   2.3`), and an ASCII tree (`|------kill …`,
    // closed by `|_____`): the sub-items carry their own explanation, so they are the cards
    // and the chapter their topic. Steps counted again in the chapter's own numbering
    // (`1.加电自检` under `3、开机过程`) are its answer, and a tree of bare lines is too.
    assert_cards(
        "rules/topic-heading-chapter-subitems.txt",
        &[
            (
                "topic-heading-chapter-subitems",
                "常用命令",
                "numbered",
                1,
                "|----ls 列出目录内容  \n|----cd 切换当前目录",
            ),
            ("进程管理", "查看进程", "numbered", 7, "ps aux"),
            (
                "进程管理",
                "结束进程",
                "numbered",
                8,
                "|------kill 发送信号  \n|------kill -9 强制结束",
            ),
            ("进程管理", "后台运行", "numbered", 11, "命令末尾加&"),
            (
                "topic-heading-chapter-subitems",
                "开机过程",
                "numbered",
                13,
                "1.加电自检:检查硬件  \n2.加载引导程序:读取 MBR  \n3.启动内核",
            ),
        ],
    );
}

#[test]
fn rule_heading_logseq_choices_and_illustrations() {
    // `### Design Decision # 1: Key Layout` is one name (a numbered label and its title);
    // `Choice1: …` `Choice2: …` are ways of answering the heading, not terms; bullets whose
    // only children are images are illustrated steps of the heading's answer.
    assert_cards(
        "rules/heading-logseq-choices.md",
        &[
            (
                "Indexes",
                "Design Decision # 1: Key Layout",
                "heading",
                4,
                "- store keys sorted so range scans stay cheap",
            ),
            (
                "Indexes",
                "Duplicate Keys",
                "heading",
                6,
                "- Choice1: Posting list\n\t- one key, many row ids\n- Choice2: Repeat the key\n\t- every entry stands alone",
            ),
            (
                "Indexes",
                "Page Splits",
                "heading",
                11,
                "- split the full page in half, move the upper half right\n\t- ![split.png](../images/sidecar.png)\n- update the parent with the new separator key\n\t- ![parent.png](../images/sidecar.png)",
            ),
        ],
    );
}

#[test]
fn rule_empty_heading_concepts_yet_to_write() {
    // `### 元组演算` left empty among concept sections is a card not answered yet; an empty
    // numbered chapter (`## 5. 事务`) or subject (`## 存储`) is a plan, not a question.
    // (`### 关系代数` over its terms, among them, is a card too, its terms beside it.)
    assert_cards(
        "rules/empty-heading-concepts.md",
        &[
            (
                "关系模型",
                "关系代数",
                "heading",
                5,
                "- **选择**：按条件取出元组\n- **投影**：取出指定的列",
            ),
            ("关系代数", "选择", "term", 7, "按条件取出元组"),
            ("关系代数", "投影", "term", 8, "取出指定的列"),
            ("关系模型", "元组演算", "empty-heading", 10, ""),
            ("关系模型", "域演算", "empty-heading", 12, ""),
            (
                "关系模型",
                "规范化",
                "heading",
                14,
                "**第一范式**：每个属性都是原子值。",
            ),
        ],
    );
}

#[test]
fn rule_qa_table_glossary() {
    // A table whose first column names terms (`name | …`, `术语 | 解释`) gives one card per
    // row, the other cells under their column's name; a comparison table under a question
    // is that question's answer.
    assert_cards(
        "rules/qa-table-glossary.md",
        &[
            (
                "Sorting",
                "Merge sort",
                "qa-table",
                5,
                "**complexity**: $O(n \\log n)$\n\n**idea**: Split in halves, sort each, merge",
            ),
            (
                "Sorting",
                "Counting sort",
                "qa-table",
                6,
                "**complexity**: $O(n + k)$\n\n**idea**: Count each key, then rebuild the output",
            ),
            ("Sorting", "Bogosort", "qa-table", 7, ""),
            ("网络术语", "RTT", "qa-table", 13, "往返时延"),
            ("网络术语", "MSS", "qa-table", 14, "最大报文段长度"),
            (
                "qa-table-glossary",
                "TCP 和 UDP 的区别？",
                "heading",
                16,
                "| 特性 | TCP | UDP |\n| --- | --- | --- |\n| 连接 | 面向连接 | 无连接 |\n| 可靠 | 是 | 否 |",
            ),
        ],
    );
}

#[test]
fn rule_explained_outline_label_with_a_maxim() {
    // `数据库：` over concepts each explained by the lines under them is their topic, even
    // when one of four is a maxim written as a sentence (`数据和特征决定了…，而…`).
    assert_cards(
        "rules/explained-outline-label.txt",
        &[
            ("Databases", "索引", "explained", 2, "加快查询的数据结构"),
            (
                "Databases",
                "事务",
                "explained",
                4,
                "一组要么全做要么全不做的操作",
            ),
            ("Databases", "视图", "explained", 6, "虚拟的表"),
            (
                "Databases",
                "数据和特征决定了效果的上限，而建模只是逼近这个上限而已",
                "explained",
                8,
                "范式  \n    消除冗余",
            ),
            (
                "Networking",
                "分层",
                "explained",
                13,
                "把协议按职责分成几层",
            ),
            ("Networking", "路由", "explained", 15, "选择转发路径"),
        ],
    );
}

#[test]
fn rule_empty_heading_exam_prompts() {
    // Exam dot points written as prompts (`Distinguish between…`, `Analyse…`, `Outline…`)
    // ask as surely as a question mark: unanswered ones are cards, never remarks.
    assert_cards(
        "rules/empty-heading-prompts.md",
        &[
            ("Elasticity", "Define the concept of PED", "empty-heading", 4, ""),
            (
                "Elasticity",
                "Distinguish between goods that are price elastic and inelastic in demand",
                "empty-heading",
                5,
                "",
            ),
            (
                "Elasticity",
                "Analyse the importance of PED for business and government, including tax incidence",
                "empty-heading",
                6,
                "",
            ),
            (
                "Efficiency",
                "Outline the concept of market efficiency in a perfectly competitive market",
                "heading",
                9,
                "- resources go where they are valued most",
            ),
        ],
    );
}

#[test]
fn rule_heading_parts_definition_sub_heading() {
    // `# 4 对换技术` with no text of its own over `## 4.1 概念` (its definition) and other
    // sections: the heading is a card answered by its definition; `## 4.2 分类` stays a
    // section, and a kind of list names no topic of its own.
    assert_cards(
        "rules/heading-definition.md",
        &[
            (
                "heading-definition",
                "对换技术",
                "heading",
                1,
                "### 4.1 概念\n把内存中暂时不用的进程换到外存，腾出内存。",
            ),
            ("对换技术", "整体对换", "term", 5, "以整个进程为单位"),
            ("对换技术", "部分对换", "term", 6, "以页或段为单位"),
            (
                "heading-definition",
                "分页存储",
                "heading",
                8,
                "### 5.1 概念\n把进程的地址空间分成大小相等的页。",
            ),
            (
                "分页存储",
                "页表",
                "heading",
                11,
                "记录每一页对应的物理块号。",
            ),
        ],
    );
}

#[test]
fn rule_explained_outline_nested_concepts() {
    // A plain-text outline: a concept whose children are each explained by their own lines
    // (`特征预处理` over `归一化` and `标准化`) is their topic, down to the level that
    // explains, and a card of them too.
    assert_cards(
        "rules/explained-outline-nested.txt",
        &[
            (
                "explained-outline-nested",
                "特征工程",
                "explained",
                1,
                "特征预处理  \n    归一化…",
            ),
            (
                "特征工程",
                "特征预处理",
                "explained",
                2,
                "归一化  \n    把数据映射…",
            ),
            (
                "特征预处理",
                "归一化",
                "explained",
                3,
                "把数据映射到[0,1]区间",
            ),
            (
                "特征预处理",
                "标准化",
                "explained",
                5,
                "变换到均值为0、标准差为1",
            ),
            (
                "特征工程",
                "特征选择",
                "explained",
                7,
                "从原有特征中找出主要特征",
            ),
            (
                "explained-outline-nested",
                "模型训练",
                "explained",
                10,
                "交叉验证  \n    把训练集…",
            ),
            (
                "模型训练",
                "交叉验证",
                "explained",
                11,
                "把训练集分成训练和验证两部分",
            ),
            ("模型训练", "网格搜索", "explained", 13, "穷举超参数组合"),
            // A long list under a name of kinds (`分类算法`) is a glossary of them.
            (
                "explained-outline-nested",
                "分类算法",
                "explained",
                16,
                "KNN算法  \n    看最近的k个样本…",
            ),
            ("分类算法", "KNN算法", "explained", 17, "看最近的k个样本"),
            (
                "分类算法",
                "朴素贝叶斯",
                "explained",
                19,
                "假设特征相互独立",
            ),
            ("分类算法", "决策树", "explained", 21, "按信息增益划分"),
            ("分类算法", "随机森林", "explained", 23, "多棵树投票"),
            (
                "分类算法",
                "支持向量机",
                "explained",
                25,
                "找最大间隔的超平面",
            ),
        ],
    );
}

#[test]
fn rule_explained_numbered_answers() {
    // Plain text: a question line (`？`, or `A和B区别`) right above `1.` `2.` lines is answered
    // by them; `2.` after `1.`'s indented lines keeps the count of the same answer.
    assert_cards(
        "rules/explained-numbered-answers.txt",
        &[
            (
                "explained-numbered-answers",
                "为什么要用连接池？",
                "explained",
                1,
                "1. 复用连接，省去握手\n2. 控制并发数",
            ),
            (
                "explained-numbered-answers",
                "连接池怎么创建？",
                "explained",
                5,
                "1. 用工厂方法创建  \n\t适合简单场景，但队列无界\n2. 用构造函数创建\n3. 用第三方库",
            ),
            (
                "explained-numbered-answers",
                "HikariCP和Druid区别",
                "explained",
                11,
                "1. HikariCP 更快\n2. Druid 监控更全",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_rounds_numbered() {
    // `# 1. INTERNSHIP (Round 1) - ACME` and `# Round 2` name interview rounds even numbered
    // and with the round mid-title: the numbered headings under them are the questions
    // asked, `Tell me about…` among them.
    assert_cards(
        "rules/grouping-rounds.md",
        &[
            (
                "INTERNSHIP (Round 1) - ACME",
                "SQL query to find the second highest salary",
                "empty-heading",
                2,
                "",
            ),
            (
                "INTERNSHIP (Round 1) - ACME",
                "Explain the TCP handshake.",
                "empty-heading",
                3,
                "",
            ),
            (
                "Round 2",
                "Tell me about yourself and your projects.",
                "empty-heading",
                6,
                "",
            ),
            (
                "Round 2",
                "Differences between threads and processes.",
                "empty-heading",
                7,
                "",
            ),
        ],
    );
}

#[test]
fn rule_numbered_link_answers() {
    // Interview questions answered by links to the author's blog: a bullet that is only a
    // link answers the numbered item above it; an item that asks nothing over one that asks
    // (`传输层的协议` over `TCP和UDP的区别`) groups it; links right under an item, before its
    // sub-questions, answer the item itself.
    assert_cards(
        "rules/numbered-link-answers.md",
        &[
            (
                "一面",
                "死锁发生的条件",
                "numbered",
                3,
                "- [死锁 | 我的博客](http://example.com/deadlock)",
            ),
            (
                "传输层的协议",
                "TCP和UDP的区别",
                "bullet-question",
                8,
                "- [TCP 与 UDP | 我的博客](http://example.com/tcp)",
            ),
            (
                "一面",
                "HTTP的常见操作",
                "numbered",
                12,
                "- [HTTP 方法 | 我的博客](http://example.com/http)",
            ),
            ("一面", "GET和POST的区别", "bullet-question", 15, ""),
        ],
    );
}

#[test]
fn rule_grouping_round_remarks() {
    // A company's or round's heading (`## 某公司面试（电话面）北京`, `### **二面**`) names the
    // questions asked in it; its own text (how it went, `整理中`) is a remark, not a card.
    assert_cards(
        "rules/grouping-rounds-remarks.md",
        &[
            ("一面", "自我介绍", "empty-heading", 8, ""),
            (
                "一面",
                "进程和线程的区别？",
                "heading",
                10,
                "进程是资源分配的单位，线程是调度的单位。",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_mixed_kinds() {
    // Questions as bullets (`- [x] …?`, `- …?`) with numbered steps between them: the
    // numbered items answer the bullet above, they are not questions of the list.
    assert_cards(
        "rules/bullet-question-mixed-kinds.md",
        &[
            (
                "bullet-question-mixed-kinds",
                "What does the new keyword do?",
                "bullet-question",
                1,
                "1. Creates an empty object.\n2. Binds this to it.",
            ),
            (
                "bullet-question-mixed-kinds",
                "What is event delegation?",
                "bullet-question",
                6,
                "One handler on the parent handles events of many children.",
            ),
            (
                "bullet-question-mixed-kinds",
                "Why is JavaScript single-threaded?",
                "bullet-question",
                10,
                "",
            ),
        ],
    );
}

#[test]
fn rule_term_double_dash() {
    // `快速排序--分治，…`: a name, two dashes, its explanation, one per line.
    assert_cards(
        "rules/term-double-dash.txt",
        &[
            ("排序算法", "快速排序", "term", 2, "分治，选基准再递归"),
            ("排序算法", "归并排序", "term", 3, "分成两半排好再合并"),
            ("排序算法", "堆排序", "term", 4, "建堆后反复取堆顶"),
        ],
    );
}

#[test]
fn rule_term_glossary_name() {
    // Under a name that announces terms (`Key terms`, `Glossary`, `名词解释`), each item is a
    // term and its explanation, even two of them, even with a comma or a remark in brackets.
    assert_cards(
        "rules/term-glossary-name.md",
        &[
            (
                "Probability",
                "Bayes",
                "heading",
                3,
                "Posterior is prior times likelihood, normalised.",
            ),
            (
                "Probability",
                "Observed, observations",
                "term",
                9,
                "the data we see",
            ),
            (
                "Probability",
                "Latent (hidden)",
                "term",
                10,
                "what we infer from it",
            ),
        ],
    );
}

#[test]
fn file_topic_from_a_subject_in_the_file_name() {
    // `m2-react-interview.md` holds one known subject among other words: React. A name with
    // two known subjects, or none, is kept as written.
    let note = "- What is JSX?\n- Why keys in lists?\n";
    let topic = |path: &str| {
        let deck = deckhand::pipeline::deck_from_text(path, note, &Config::default());
        deck.cards
            .first()
            .map(|c| c.topic.clone())
            .unwrap_or_default()
    };
    assert_eq!(topic("notes/m2-react-interview.md"), "React");
    assert_eq!(topic("notes/jaythomas-js-questions.md"), "JavaScript");
    assert_eq!(topic("notes/react-vs-vue.md"), "react-vs-vue");
    assert_eq!(topic("notes/week-one-recap.md"), "week-one-recap");
    // The number a name opens with to keep the folder in order is no part of it; a name of
    // number and a letter (`3D printing`) keeps it.
    assert_eq!(topic("os/1-进程.md"), "进程");
    assert_eq!(topic("book/01_sorting.md"), "sorting");
    assert_eq!(topic("make/3D printing.md"), "3D printing");
}

#[test]
fn rule_explained_not_wrapped_prose() {
    // Bullets of English prose hard-wrapped onto the next line (`- Long-term scheduling is
    // performed when a new process` / `is created…`) are the heading's answer, not names
    // explained by their continuation; short names over nested explanations are.
    assert_cards(
        "rules/explained-wrapped-prose.md",
        &[
            (
                "Scheduling",
                "Long-term scheduling",
                "heading",
                3,
                "- Long-term scheduling is performed when a new process\nis created and decides whether to admit it.\n- Medium-term scheduling is part of the swapping\nfunction and decides which process to swap in.",
            ),
            (
                "Policies",
                "FCFS",
                "explained",
                12,
                "- serve processes in arrival order",
            ),
            (
                "Policies",
                "Round robin",
                "explained",
                14,
                "- give each process a time slice in turn",
            ),
        ],
    );
}

#[test]
fn rule_heading_part_labels() {
    // `**Strengths**`, `**Problems**`, `**Drawbacks**` over their points are parts of the
    // heading's answer, not concepts of their own.
    assert_cards(
        "rules/heading-part-labels.md",
        &[
            (
                "Scheduling policies",
                "FCFS",
                "heading",
                3,
                "- Serve processes in arrival order.\n- **Strengths**\n    - simple to implement\n- **Problems**\n    - short jobs wait behind long ones",
            ),
            (
                "Scheduling policies",
                "Round robin",
                "heading",
                11,
                "- Give each process a time slice in turn.\n- **Drawbacks**\n    - context switches cost time",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_announced_parts() {
    // Plain text: a sentence that announces the parts listed under it (`…可分为四个阶段完成`)
    // introduces them as a label does; `3。` numbers as `3.` does.
    assert_cards(
        "rules/topic-heading-announced-parts.txt",
        &[
            (
                "编译的过程可分为四个阶段完成",
                "预处理",
                "numbered",
                2,
                "展开头文件和宏定义",
            ),
            (
                "编译的过程可分为四个阶段完成",
                "编译",
                "numbered",
                3,
                "把 C 程序翻译成汇编",
            ),
            (
                "编译的过程可分为四个阶段完成",
                "汇编",
                "numbered",
                4,
                "把汇编翻译成机器码",
            ),
            (
                "编译的过程可分为四个阶段完成",
                "链接",
                "numbered",
                5,
                "合并目标文件和库函数",
            ),
            (
                "系统的硬件组成",
                "总线",
                "numbered",
                8,
                "在各个部件间传递字节",
            ),
            ("系统的硬件组成", "主存", "numbered", 9, "存放程序和数据"),
        ],
    );
}

#[test]
fn rule_term_equals() {
    // `Mosaic Split Theorem = what happens when…`: a name, ` = `, its explanation in words,
    // one per line; `v = d / t` is a formula, the answer of its `Speed formula:` label.
    assert_cards(
        "rules/term-equals.txt",
        &[
            (
                "term-equals",
                "Mosaic Split Theorem",
                "term",
                1,
                "what happens when two rival theories both pass",
            ),
            (
                "term-equals",
                "Theory Rejection Theorem",
                "term",
                2,
                "a theory is rejected only when replaced",
            ),
            (
                "term-equals",
                "Contextual Appraisal Theorem",
                "term",
                3,
                "theories are judged by the method of the time",
            ),
            ("term-equals", "Speed formula", "term", 4, "v = d / t"),
        ],
    );
}

#[test]
fn rule_heading_admonition() {
    // A MkDocs admonition (`!!! info "标题"` over a body indented four columns) is a callout
    // in the heading's answer, not a question of its own nor a code block.
    assert_cards(
        "rules/heading-admonition.md",
        &[
            (
                "交换方式",
                "分组交换",
                "heading",
                3,
                "把报文分成小的分组逐个转发。\n\n> [!info] 分组交换的优缺点\n> 优点：线路利用率高。\n>\n> 缺点：有排队时延。",
            ),
            ("交换方式", "电路交换", "heading", 12, "通信前先建立专用线路。"),
        ],
    );
}

#[test]
fn rule_heading_logseq_bare_first_block() {
    // A Logseq page whose first block is a bare heading (`### Inference problem` over tab-
    // indented bullets) has blocks, not a title: the heading is a card like its siblings.
    assert_cards(
        "rules/heading-logseq-bare-first.md",
        &[
            (
                "heading-logseq-bare-first",
                "Inference problem",
                "heading",
                1,
                "- Reasoning about a hidden variable from what we observe.",
            ),
            (
                "heading-logseq-bare-first",
                "Bayes rule",
                "explained",
                3,
                "- posterior is prior times likelihood, normalised",
            ),
            (
                "heading-logseq-bare-first",
                "Priors",
                "explained",
                5,
                "- what we believe before seeing the data",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_siblings() {
    // Sibling sections that list bullet questions make a neighbour whose bullets ask less
    // (one question beside a bare topic) read the same way: each bullet is a question.
    assert_cards(
        "rules/bullet-question-siblings.md",
        &[
            (
                "Oddities",
                "why do you want to join us?",
                "bullet-question",
                5,
                "",
            ),
            (
                "Oddities",
                "the hardest bug you ever fixed",
                "bullet-question",
                6,
                "",
            ),
            (
                "Behavioral",
                "what do you do when a teammate keeps asking for help?",
                "bullet-question",
                10,
                "",
            ),
            (
                "Behavioral",
                "how do you handle a bad decision from management?",
                "bullet-question",
                11,
                "",
            ),
            (
                "Technical",
                "what does reliability mean to you?",
                "bullet-question",
                15,
                "",
            ),
            (
                "Technical",
                "how do you roll back a bad deploy?",
                "bullet-question",
                16,
                "",
            ),
            // Text beside the questions (how to answer them) is an introduction, not a card.
            (
                "Experience",
                "tell me about a conflict you had.",
                "bullet-question",
                22,
                "",
            ),
            (
                "Experience",
                "what was your biggest failure?",
                "bullet-question",
                23,
                "",
            ),
        ],
    );
}

#[test]
fn rules_label_bold_sections() {
    // In a note of concept cards, bold names each right over a list of their own are
    // sub-sections written in bold: each is a card, its list the answer (a `term: …` point
    // in it stays answer). A bold line right over the next bold name introduces them; a last
    // bold name with nothing under it is a card not answered yet.
    assert_cards(
        "rules/label-bold-sections.md",
        &[
            (
                "Field Botany",
                "Herbarium",
                "heading",
                3,
                "A collection of dried, pressed plants kept for study.",
            ),
            (
                "Field Botany",
                "Leaf arrangement",
                "heading",
                7,
                "How leaves sit along the stem: alternate, opposite or whorled.",
            ),
            (
                "Collecting methods",
                "Permits",
                "label",
                14,
                "- Most parks ask for a written permit.\n- Common mistake: asking too late, two weeks before the trip.",
            ),
            (
                "Collecting methods",
                "Pressing",
                "label",
                18,
                "- Lay each plant flat between sheets of newspaper.\n- Change the sheets daily until the plant is dry.",
            ),
            (
                "Collecting methods",
                "Labelling",
                "label",
                22,
                "- Write place, date and collector in pencil.",
            ),
            ("Collecting methods", "Photographs", "label", 25, ""),
        ],
    );
}

#[test]
fn rules_numbered_enumerated_heading() {
    // A heading that only lists the names of the terms under it (`视图、触发器、存储过程`)
    // announces them: each term is a card, the heading their topic.
    assert_cards(
        "rules/numbered-enumerated-heading.md",
        &[
            (
                "数据库原理",
                "事务",
                "heading",
                3,
                "一组要么全部成功、要么全部失败的操作。",
            ),
            ("数据库原理", "索引", "heading", 7, "加快查询的数据结构。"),
            (
                "视图、触发器、存储过程",
                "视图",
                "numbered",
                13,
                "由查询定义的虚拟表\n\n视图本身不存数据，每次访问时执行查询。",
            ),
            (
                "视图、触发器、存储过程",
                "触发器",
                "numbered",
                17,
                "在表上发生增删改时自动执行的代码",
            ),
            (
                "视图、触发器、存储过程",
                "存储过程",
                "numbered",
                19,
                "存放在数据库里、可以反复调用的一组 SQL 语句",
            ),
        ],
    );
}

#[test]
fn rules_heading_kinds_names() {
    // Under a heading of kinds (`文件系统的分类`), ways of sorting them each over bare names
    // explain nothing on their own: the heading is one card, the list its answer.
    assert_cards(
        "rules/heading-kinds-names.md",
        &[
            (
                "Operating Systems",
                "进程",
                "heading",
                3,
                "程序的一次执行过程。",
            ),
            (
                "Operating Systems",
                "线程",
                "heading",
                7,
                "CPU 调度的基本单位。",
            ),
            (
                "Operating Systems",
                "文件系统的分类",
                "heading",
                11,
                "1. 按存储介质：\n    - 磁盘文件系统\n    - 闪存文件系统\n2. 按访问方式：…",
            ),
        ],
    );
}

#[test]
fn rules_heading_one_explained_item() {
    // Under a Markdown heading, one item explained by its children (`- Runs when :` over its
    // points) is the heading's answer, not a card of its own.
    assert_cards(
        "rules/heading-one-explained-item.md",
        &[
            ("Memory", "Paging", "heading", 3, "Memory split into fixed-size pages."),
            (
                "Memory",
                "Page replacement",
                "heading",
                7,
                "- Runs when :\n    - a page is needed and no frame is free\n    - the process touches a page that is not loaded",
            ),
            (
                "Memory",
                "Thrashing",
                "heading",
                13,
                "The system spends its time swapping pages instead of running.",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_side_concept() {
    // A concept sub-heading two levels below a question that has its own answer is a card
    // beside it; under a question with no text of its own, it is the answer.
    assert_cards(
        "rules/sub-question-side-concept.md",
        &[
            (
                "Ecology",
                "Explain what an ecosystem is",
                "heading-parts",
                3,
                "- A community of living things and the non-living parts around them.\n- Energy flows through it; matter cycles within it.",
            ),
            (
                "Ecology",
                "Biome",
                "heading",
                7,
                "- A large region with a typical climate and typical plants.\n\t- Tundra, desert and rainforest are biomes.",
            ),
            (
                "Ecology",
                "Describe a food chain",
                "heading",
                11,
                "- Producers, then consumers, then decomposers.",
            ),
            (
                "Ecology",
                "Explain succession",
                "heading-parts",
                14,
                "#### Primary succession\n- Life settles on bare rock where no soil existed.",
            ),
        ],
    );
}

#[test]
fn rules_heading_steps() {
    // Steps of one process (`经过以下步骤：`, a heading naming a 流程, `链接过程如下：`) are the
    // heading's answer even when each is written `name：what it does`; kinds of things
    // (`常见的三种：`) are terms.
    assert_cards(
        "rules/heading-steps.md",
        &[
            (
                "编译原理",
                "编译流程",
                "heading",
                3,
                "一个程序从源码到可执行文件要经过以下步骤：\n\n- 预处理：展开宏和头文件\n- 编译：把源码翻译成汇编\n- 汇编：把汇编翻译成机器码",
            ),
            // (The heading over them, among headings that are cards, is one too.)
            (
                "编译原理",
                "优化方式",
                "heading",
                10,
                "常见的三种：\n\n- 常量折叠：编译时算出常量表达式的值…",
            ),
            ("优化方式", "常量折叠", "term", 13, "编译时算出常量表达式的值"),
            ("优化方式", "死代码消除", "term", 14, "删去永远不会执行的代码"),
            ("优化方式", "循环展开", "term", 15, "把循环体复制几份，减少跳转"),
            (
                "编译原理",
                "链接与装入",
                "heading",
                17,
                "链接过程如下：\n\n- 合并各目标文件的段\n- 解析符号引用\n\n装入过程如下：…",
            ),
            // (`…如下表所示：` and `…如下图所示：` announce what follows as well.)
            (
                "编译原理",
                "重定位",
                "heading",
                28,
                "符号表的内容如下表所示：\n\n- 名字\n- 地址\n\n重定位表的内容如下图所示：\n\n- 偏移\n- 类型",
            ),
        ],
    );
}

#[test]
fn rules_explained_logseq_formula() {
    // Symbols of a formula explained under it (`P(H|D) - posterior…`) are parts of the card
    // that names the formula, not terms; a name qualified by a long bracket is still a name.
    let t = "explained-logseq-formula";
    assert_cards(
        "rules/explained-logseq-formula.md",
        &[
            (
                t,
                "Hypothesis testing",
                "heading",
                1,
                "- A way to decide whether data contradict an assumption.",
            ),
            ("explained-logseq-formula", "Null hypothesis", "term", 4, "the assumption being tested"),
            (
                "explained-logseq-formula",
                "Significance level",
                "term",
                5,
                "the risk of rejecting a true null",
            ),
            (
                t,
                "Bayes Rule",
                "explained",
                6,
                "- $P(H|D) = P(D|H) P(H) / P(D)$\n- P(H|D) - posterior, belief after seeing the data\n- P(H) - prior, belief before the data\n- P(D|H) - likelihood of the data under the hypothesis",
            ),
            (
                t,
                "Theorem (Central Limit Theorem for sums of independent random variables)",
                "explained",
                11,
                "The sum of many independent variables with finite variance is close to normal.\nThis is why averages behave so well.",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_label_questions() {
    // In plain text, a label (`Python：`) over indented numbered questions is their subject,
    // not one card holding them all.
    assert_cards(
        "rules/topic-heading-label-questions.txt",
        &[
            (
                "Python",
                "列表和元组有什么区别？",
                "numbered",
                2,
                "列表可变，元组不可变。  \n元组可以做字典的键。",
            ),
            (
                "Python",
                "简述装饰器的作用",
                "numbered",
                6,
                "在不改函数代码的前提下给函数加功能。",
            ),
            (
                "Python",
                "GIL是什么？",
                "numbered",
                9,
                "全局解释器锁，同一时刻只有一个线程执行字节码。",
            ),
        ],
    );
}

#[test]
fn rules_heading_deep_first() {
    // A lone first heading set deep (`###`) with its own text over `####` sections is the
    // first section, not the note's title: a card, and the rest keep the note's subject.
    let t = "heading-deep-first";
    assert_cards(
        "rules/heading-deep-first.md",
        &[
            (
                t,
                "事务提交过程",
                "heading",
                1,
                "- 先写 redo log，状态为 prepare\n- 再写 binlog\n- 最后把 redo log 改为 commit",
            ),
            (
                t,
                "为什么要两阶段提交？",
                "heading",
                6,
                "保证 redo log 和 binlog 的内容一致，崩溃恢复时不会丢数据或多出数据。",
            ),
            (
                t,
                "MVCC",
                "heading",
                9,
                "多版本并发控制，读不加锁，靠版本链和 ReadView 判断可见性。",
            ),
        ],
    );
}

#[test]
fn rules_bold_question_heads() {
    // Among numbered terms and bold questions, a bold name heading a block of its own is a
    // card, the points under it (a numbered run that asks nothing) its answer. A numbered run
    // under a part label (`**Properties**`) is the heading's answer.
    assert_cards(
        "rules/bold-question-heads.md",
        &[
            (
                "Transport",
                "TCP",
                "numbered",
                3,
                "reliable, ordered byte stream with a handshake.",
            ),
            (
                "Transport",
                "UDP",
                "numbered",
                4,
                "datagrams with no delivery guarantee.",
            ),
            (
                "Transport",
                "Congestion control and flow control",
                "bold-question",
                6,
                "1. Flow control : the receiver's window limits the sender.\n2. Congestion control : the sender backs off when the network drops packets.",
            ),
            (
                "Transport",
                "Nagle and delayed ACK",
                "bold-question",
                10,
                "Small writes are held back until an ACK arrives, which can stall with delayed ACKs.",
            ),
            (
                "Transport",
                "When should you pick UDP?",
                "bold-question",
                13,
                "1. Real-time media where late data is useless\n2. Small request/response lookups such as DNS",
            ),
            (
                "Networking",
                "Routing table",
                "heading",
                17,
                "**Properties** <br />\n1. Each entry maps a prefix to a next hop\n2. The longest matching prefix wins\n3. A default route catches everything else",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_defined_term() {
    // A label opening an untitled note over its list takes the list's items; a term defined
    // on its own line over terms of its own is a card and their topic; text after the list
    // is not the label's; a TODO line is no card.
    let t = "Two kinds of rock cycle agents";
    assert_cards(
        "rules/topic-heading-defined-term.md",
        &[
            (
                t,
                "Weathering",
                "explained",
                3,
                "breaks rock in place:\n\n- **Frost wedging** - water freezes in cracks and splits the rock.\n- **Oxidation** - iron in the rock rusts and crumbles.",
            ),
            (
                "Weathering",
                "Frost wedging",
                "term",
                4,
                "water freezes in cracks and splits the rock.",
            ),
            (
                "Weathering",
                "Oxidation",
                "term",
                5,
                "iron in the rock rusts and crumbles.",
            ),
            (
                t,
                "Erosion",
                "explained",
                6,
                "- Wind, water and ice carry the pieces away.",
            ),
            (
                "topic-heading-defined-term",
                "Sediment",
                "heading",
                13,
                "Loose grains left after erosion, later pressed into rock.",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_list_intro() {
    // A label that announces the terms under it (`常见索引有如下几种:`, `通常分为三级：`) makes
    // them the cards, even under a heading naming a kind of things; the label names no
    // subject, so they keep the heading's.
    assert_cards(
        "rules/topic-heading-list-intro.md",
        &[
            (
                "索引的类型",
                "B+树索引",
                "term",
                3,
                "范围查询快, InnoDB 默认.",
            ),
            (
                "索引的类型",
                "哈希索引",
                "term",
                4,
                "等值查询快, 不支持范围.",
            ),
            ("索引的类型", "全文索引", "term", 5, "按词检索长文本."),
            ("锁的粒度", "行锁", "term", 8, "只锁一行"),
            ("锁的粒度", "页锁", "term", 9, "锁一页"),
            ("锁的粒度", "表锁", "term", 10, "锁整张表"),
            (
                "topic-heading-list-intro",
                "覆盖索引",
                "heading",
                11,
                "- 查询的列都在索引里, 不用回表.",
            ),
        ],
    );
}

#[test]
fn rules_explained_logseq_open() {
    // Among bullets explained by their children, one that asks, or names a term still to do
    // (`Heap sort - TODO`), is a card not answered yet.
    assert_cards(
        "rules/explained-logseq-open.md",
        &[
            (
                "Sorting",
                "Merge sort",
                "explained",
                2,
                "Split in halves, sort each, merge.",
            ),
            (
                "Sorting",
                "Quick sort",
                "explained",
                4,
                "Partition around a pivot, recurse on both sides.",
            ),
            (
                "Sorting",
                "Why is quick sort faster in practice?",
                "explained",
                6,
                "",
            ),
            ("Sorting", "Heap sort", "explained", 7, ""),
        ],
    );
}

#[test]
fn rules_term_group() {
    // In a list of bold terms, a bold name with no explanation of its own over terms of its
    // own groups them (their topic); a long Latin bold term is still a term.
    assert_cards(
        "rules/term-group.md",
        &[
            (
                "Cache policies",
                "Write-through caching",
                "term",
                3,
                "sends every write to memory at once.",
            ),
            (
                "Cache policies",
                "Write-back caching",
                "term",
                4,
                "writes to memory only on eviction.",
            ),
            (
                "Replacement policies",
                "Least-recently-used replacement policy",
                "term",
                6,
                "evicts the line untouched the longest.",
            ),
            (
                "Replacement policies",
                "Random",
                "term",
                7,
                "evicts any line.",
            ),
        ],
    );
}

#[test]
fn rules_heading_subtitle() {
    // A heading with a short Latin subtitle after its colon (`First Law: Inertia`) is one
    // name; a definition after the colon is still split off as the answer's start.
    assert_cards(
        "rules/heading-subtitle.md",
        &[
            (
                "Mechanics",
                "First Law: Inertia",
                "heading",
                3,
                "A body keeps its state of motion unless a force acts on it.",
            ),
            (
                "Mechanics",
                "Momentum",
                "heading",
                7,
                "the product of mass and velocity, conserved in a closed system\n\nIt is a vector.",
            ),
            // (A title in capitals after the colon, commas and all, is a subtitle too.)
            (
                "Mechanics",
                "Reading: Smith, Work and Play in the Modern City",
                "heading",
                11,
                "The city sorts leisure by class.",
            ),
        ],
    );
}

#[test]
fn rules_label_bold_sentence() {
    // Bold words opening a sentence (`**实现原语的办法是关中断**，做完…`) are emphasis in the
    // answer above, not a label of their own.
    assert_cards(
        "rules/label-bold-sentence.md",
        &[
            (
                "内核",
                "时钟管理",
                "label",
                3,
                "计时，并通过时钟中断实现进程切换。",
            ),
            (
                "内核",
                "原语",
                "label",
                7,
                "不可被中断的一小段程序。\n\n**实现原语的办法是关中断**，做完所有动作再开中断。",
            ),
            (
                "内核",
                "中断处理",
                "label",
                13,
                "保存现场、转去处理程序、恢复现场。",
            ),
        ],
    );
}

#[test]
fn rules_explained_numbered_label() {
    // `Ex 2: Spring`, a numbered label and a short title, is one name, not a term and its
    // definition.
    assert_cards(
        "rules/explained-numbered-label.txt",
        &[
            (
                "Oscillations",
                "Ex 1: Pendulum",
                "explained",
                3,
                "the period depends only on the length  \nsmall angles only",
            ),
            (
                "Oscillations",
                "Ex 2: Spring",
                "explained",
                7,
                "the period depends on mass and stiffness  \nindependent of amplitude",
            ),
        ],
    );
}

#[test]
fn rules_explained_answer_options() {
    // `If yes: …` / `If no: …` under a question are its answer's branches, not terms.
    let t = "Optics lecture";
    assert_cards(
        "rules/explained-answer-options.txt",
        &[
            (
                t,
                "Can light be both a wave and a particle",
                "explained",
                3,
                "If yes: it should show interference  \nIf no: one of the experiments is wrong\n    1. interference is seen with single photons\n    2. the photoelectric effect needs quanta",
            ),
            (
                t,
                "Double slit experiment",
                "explained",
                10,
                "light through two slits makes bands\n- single photons build the same bands",
            ),
            (
                t,
                "Photoelectric effect",
                "explained",
                14,
                "light frees electrons from metal\n- only above a threshold frequency",
            ),
        ],
    );
}

#[test]
fn rules_numbered_empty_bullet() {
    // A `-` alone under a bullet's text is an empty bullet, not a setext underline that would
    // turn the bullet into a heading (and a question of its own).
    assert_cards(
        "rules/numbered-empty-bullet.md",
        &[
            (
                "二面",
                "哈希表的底层结构",
                "numbered",
                3,
                "- 数组加链表。\n- 冲突多时链表转红黑树",
            ),
            ("二面", "讲讲事务的隔离级别？", "numbered", 8, ""),
            ("二面", "熟悉Gin吗？", "numbered", 10, ""),
        ],
    );
}

#[test]
fn rules_callout_sections() {
    // A section of nothing but callouts that state definitions gives one card per callout;
    // a callout of any kind whose title asks is a question; bullets written as clauses
    // (`When the writer closes its end:`) are points, not concepts, and `### Example: …` is a
    // part of the answer above.
    assert_cards(
        "rules/callout-sections.md",
        &[
            (
                "Process states",
                "Running",
                "callout",
                5,
                "> - The process is on the CPU",
            ),
            (
                "Process states",
                "Blocked",
                "callout",
                8,
                "> - The process waits for an event",
            ),
            (
                "Scheduling",
                "Why does the scheduler favour I/O-bound jobs?",
                "callout",
                13,
                "- They give the CPU back quickly\n- The disk stays busy",
            ),
            (
                "Processes",
                "Pipes",
                "heading",
                17,
                "- A pipe connects two processes\n- **Pipe**\n    - A one-way byte channel in the kernel\n- When the writer closes its end:\n    - The reader sees end of file\n\n### Example: a shell pipeline\n\n`ls | wc -l` counts the files.",
            ),
        ],
    );
}

#[test]
fn rules_section_line_banner() {
    // `-----PAGING-----`, a title set in a rule, opens a section in plain text; one that says
    // nothing (`MAIN`) names no topic.
    let t = "section-line-banner";
    assert_cards(
        "rules/section-line-banner.txt",
        &[
            (
                t,
                "Cache",
                "explained",
                3,
                "small fast memory near the CPU  \nholds recently used lines",
            ),
            (
                t,
                "TLB",
                "explained",
                7,
                "cache of page table entries  \nmisses cost a page walk",
            ),
            (
                "PAGING",
                "Page fault",
                "explained",
                13,
                "the page is not in memory  \nthe OS loads it from disk",
            ),
            (
                "PAGING",
                "Demand paging",
                "explained",
                17,
                "pages load only when touched  \ncuts start-up time",
            ),
        ],
    );
}

#[test]
fn rules_numbered_sections_in_markdown() {
    // Plain-text notes saved as Markdown: no blank lines, `<b>1.2 语法分析</b> </br>` titles and
    // `1.2.1` sub-sections. The numbered titles are read as plain text's are: each section a
    // card (its introduction the answer), its sub-sections cards under it; lines that hold only
    // `</br>` are blank.
    let t = "编译原理";
    assert_cards(
        "rules/numbered-sections-in-markdown.md",
        &[
            (
                t,
                "词法分析",
                "numbered",
                3,
                "把字符流切成记号。  \n用有限自动机实现。",
            ),
            (t, "语法分析", "numbered", 7, "把记号组织成语法树。"),
            (
                "语法分析",
                "自顶向下",
                "numbered",
                9,
                "从开始符号推导，例如递归下降。",
            ),
            (
                "语法分析",
                "自底向上",
                "numbered",
                11,
                "从输入归约到开始符号，例如 LR 分析。",
            ),
            (t, "语义分析", "numbered", 15, "检查类型并收集符号信息。"),
            (
                "语义分析",
                "类型检查",
                "numbered",
                17,
                "确认运算的操作数类型相容。",
            ),
            (
                "语义分析",
                "作用域分析",
                "numbered",
                19,
                "把每个名字绑定到它的声明。",
            ),
        ],
    );
}

#[test]
fn rules_term_column_glossary() {
    // A glossary laid out in columns (`>R        ( n -- )   move to the return stack`): the
    // word before a wide gap is the term, symbols included; `Chapter 2` alone on a line opens
    // a chapter; a `#` word in the column does not make the file Markdown.
    assert_cards(
        "rules/term-column-glossary.txt",
        &[
            (
                "Chapter 1",
                "DUP",
                "term",
                5,
                "( n -- n n )        copy the top of the stack",
            ),
            (
                "Chapter 1",
                "SWAP",
                "term",
                7,
                "( a b -- b a )      swap the top two items",
            ),
            (
                "Chapter 1",
                ">R",
                "term",
                9,
                "( n -- )            move to the return stack  \nused for temporaries",
            ),
            (
                "Chapter 2",
                "EMIT",
                "term",
                16,
                "( c -- )            print a character",
            ),
        ],
    );
}

#[test]
fn rules_label_list_sections() {
    // In a note of concept cards, `label:` lines each over a list of their own are cards too
    // (as bold names are), the section their topic.
    assert_cards(
        "rules/label-list-sections.md",
        &[
            (
                "Networks",
                "Routing",
                "heading",
                3,
                "Choosing the path a packet takes.",
            ),
            (
                "Approaches to routing",
                "static routing",
                "label",
                9,
                "- routes set by hand\n- no reaction to failures",
            ),
            (
                "Approaches to routing",
                "dynamic routing",
                "label",
                13,
                "- routers exchange reachability\n- adapts when links fail",
            ),
            (
                "Networks",
                "Switching",
                "heading",
                17,
                "Forwarding frames inside one network.",
            ),
        ],
    );
}

#[test]
fn rules_label_bold_paragraphs() {
    // Bold names each over a paragraph of their own, two or more, are cards even among
    // concept cards; the section is their topic.
    assert_cards(
        "rules/label-bold-paragraphs.md",
        &[
            (
                "Transport",
                "Flow control",
                "heading",
                3,
                "The receiver tells the sender how much it can take.",
            ),
            (
                "Detecting loss",
                "Duplicate ACKs: one segment lost",
                "label",
                9,
                "Later segments still arrive, so the network is working.",
            ),
            (
                "Detecting loss",
                "Timeout: many segments lost",
                "label",
                12,
                "Nothing comes back; the sender starts over slowly.",
            ),
            (
                "Transport",
                "Retransmission",
                "heading",
                15,
                "Sending a lost segment again.",
            ),
        ],
    );
}

#[test]
fn rules_label_announcements() {
    // A line announcing a table or figure (`…如下表所示：`) names nothing: not a label card;
    // the labels that name terms are.
    assert_cards(
        "rules/label-announcements.md",
        &[
            ("重定位", "重定位项", "label", 13, "链接时要改写的地址"),
            ("重定位", "符号解析", "label", 15, "把引用绑定到定义"),
        ],
    );
}

#[test]
fn rules_paragraph_question_long_lines() {
    // An interview log pasted as lines, one question each: lines that ask may run longer than
    // a title and the lines are still one question each, not one remark.
    let q = |t: &'static str, q: &'static str, line: usize| (t, q, "paragraph-question", line, "");
    assert_cards(
        "rules/paragraph-question-long-lines.md",
        &[
            q("一面", "进程和线程的区别", 3),
            q("一面", "死锁如何避免", 4),
            q("一面", "TCP 三次握手", 5),
            q("三面", "实习", 9),
            q("三面", "单线程线程池的使用场景", 10),
            q("三面", "为什么会内存溢出", 11),
            q(
                "三面",
                "如果任务执行时间特别长，可以忽略重启线程的开销，这时怎么选择呢",
                12,
            ),
            q(
                "三面",
                "如果有很多CPU密集的任务，线程切换也有开销，这种场景下还需要用线程池吗？",
                13,
            ),
            q(
                "三面",
                "ThreadLocal 原理 哈希冲突怎么解决 key 是什么 在哪里用到 还有别的用法吗",
                14,
            ),
            q("三面", "什么是可重入锁", 15),
        ],
    );
}

#[test]
fn rules_heading_kinds_english() {
    // Under an English name of kinds (`Evidences`, `Types of …`), numbered names that ask
    // nothing are the heading's answer, as under `四种指令集结构`.
    let t = "Geology";
    assert_cards(
        "rules/heading-kinds-english.md",
        &[
            (
                t,
                "Plate tectonics",
                "heading",
                3,
                "Plates move a few centimetres a year.\nTheir edges are where most earthquakes happen.",
            ),
            (t, "Evidences", "heading", 7, "1. Matching coastlines\n2. Fossil evidence\n…"),
            (
                t,
                "Mechanisms of motion",
                "heading",
                18,
                "Mantle convection\nSlab pull",
            ),
        ],
    );
}

#[test]
fn rule_numbered_statements_under_a_concept_heading_are_its_answer() {
    // Numbered statements (`页表记录…，由…建立`, `**页表项**通常还带有…`, `…过程如下：`) make
    // points about the heading above them: the heading is the card, the list its answer.
    assert_cards(
        "rules/heading-numbered-statements.md",
        &[
            (
                "存储管理",
                "页表",
                "heading",
                3,
                "1. 页表记录每个逻辑页存放在哪个物理块，由操作系统为每个进程建立\n2. **页表项**通常还带有访问位和修改位…",
            ),
            (
                "存储管理",
                "地址变换",
                "heading",
                9,
                "1. MMU拿到逻辑地址，先拆出页号和页内偏移，再查页表，最后拼出物理地址…",
            ),
            // (Kinds each explained by their own text, `1. 最佳置换` over what it evicts,
            // are cards: one sorting or paging algorithm per item, as `LABELLING.md` has it.)
            ("置换算法", "最佳置换", "numbered", 16, "淘汰以后最长时间不会用到的页"),
            ("置换算法", "先进先出", "numbered", 18, "淘汰最早调入的页"),
        ],
    );
}

#[test]
fn rule_numbered_questions_wrapped_in_one_paragraph() {
    // `a. …` `b. …` lines under `Questions to try at home:` are one Markdown paragraph, some
    // wrapped onto the next line: each is a question of its own, not answered yet; the label
    // announces them and the heading keeps its own text.
    assert_cards(
        "rules/numbered-wrapped-questions.md",
        &[
            (
                "numbered-wrapped-questions",
                "Caches",
                "heading",
                1,
                "A cache keeps recently used data close to the CPU.\n- Hits are cheap, misses go to memory…",
            ),
            (
                "Caches",
                "Why does a bigger cache not always make a program faster?",
                "numbered",
                6,
                "",
            ),
            ("Caches", "What is a cache line?", "numbered", 8, ""),
            (
                "Caches",
                "How does the order of loops change the miss rate of a matrix multiply?",
                "numbered",
                9,
                "",
            ),
            (
                "numbered-wrapped-questions",
                "Why locality matters",
                "heading",
                12,
                "Programs reuse the data they touched a moment ago.",
            ),
            (
                "numbered-wrapped-questions",
                "Write policies",
                "heading",
                15,
                "- Write-through: every store goes to memory too\n- Write-back: memory is updated when the line leaves the cache",
            ),
        ],
    );
}

#[test]
fn rule_label_bold_lines_right_after_a_list_start_new_blocks() {
    // `**Twilight zone**` at the margin right under `- most of the ocean's life`: Markdown
    // continues the item lazily, the author started the next bold section.
    assert_cards(
        "rules/label-lazy-bold.md",
        &[
            (
                "Layers of the ocean",
                "Sunlight zone",
                "label",
                2,
                "- top 200 metres\n- most of the ocean's life",
            ),
            (
                "Layers of the ocean",
                "Twilight zone",
                "label",
                5,
                "- 200 to 1000 metres\n- light fades out",
            ),
            (
                "Layers of the ocean",
                "Midnight zone",
                "label",
                8,
                "- below 1000 metres",
            ),
        ],
    );
}

#[test]
fn rule_label_bold_subsection_after_a_headings_own_text() {
    // `# Rock` with its own text, then `**Rock families**` over a list of its own: a card
    // beside the heading's, as a sub-heading would be.
    assert_cards(
        "rules/label-bold-subsection.md",
        &[
            (
                "label-bold-subsection",
                "Rock",
                "heading",
                1,
                "- A solid mass of one or more minerals",
            ),
            (
                "Rock",
                "Rock families",
                "label",
                4,
                "- Igneous, from cooled magma\n- Sedimentary, from laid-down layers\n- Metamorphic, changed by heat and pressure",
            ),
            (
                "label-bold-subsection",
                "Minerals",
                "heading",
                9,
                "- Natural solids with a fixed chemical make-up",
            ),
        ],
    );
}

#[test]
fn rule_bold_questions_mixed_with_plain_paragraphs_that_ask() {
    // An interview log mixes bold questions with plain paragraphs that ask (`什么是所有权`
    // over its answer, a long question of several sentences, two asking lines in one
    // paragraph): each of those is a question too, not the answer of the bold one above.
    assert_cards(
        "rules/bold-question-plain-paragraphs.md",
        &[
            (
                "bold-question-plain-paragraphs",
                "Why pick Rust for this service?",
                "bold-question",
                1,
                "memory safety without a GC",
            ),
            (
                "bold-question-plain-paragraphs",
                "How do you share state between threads",
                "bold-question",
                4,
                "Arc plus a Mutex",
            ),
            (
                "bold-question-plain-paragraphs",
                "什么是所有权",
                "bold-question",
                7,
                "每个值只有一个所有者",
            ),
            (
                "bold-question-plain-paragraphs",
                "如果把值借出去，原来的变量还能用吗？",
                "bold-question",
                10,
                "",
            ),
            (
                "bold-question-plain-paragraphs",
                "借用期间不能修改？",
                "bold-question",
                11,
                "",
            ),
            (
                "bold-question-plain-paragraphs",
                "说说生命周期标注。它解决什么问题？编译器什么时候要求你写出来？",
                "bold-question",
                13,
                "",
            ),
            (
                "bold-question-plain-paragraphs",
                "trait object 和泛型怎么选？",
                "bold-question",
                15,
                "the same code for many types",
            ),
        ],
    );
}

#[test]
fn rule_heading_template_steps_and_a_title_asking_only_in_its_remark() {
    // `（老师会不会考原题？）` is a remark on the title: the title asks nothing. The bold steps
    // `**1.建立假设，确定检验水准**` recur under every test: parts of each answer.
    assert_cards(
        "rules/heading-template-steps.md",
        &[
            (
                "检验方法复习",
                "单样本t检验",
                "heading",
                3,
                "适用于一个样本均数和已知总体均数的比较。\n\n**1.建立假设，确定检验水准**…",
            ),
            (
                "检验方法复习",
                "配对t检验",
                "heading",
                14,
                "用于配对设计。\n\n**1.建立假设，确定检验水准**…",
            ),
        ],
    );
}

#[test]
fn rule_heading_over_bare_numbered_points() {
    // Numbered points that neither ask nor carry an explanation of their own (the steps of
    // what the heading names) are the heading's answer, however many there are.
    assert_cards(
        "rules/heading-numbered-points.md",
        &[
            (
                "heading-numbered-points",
                "Goosebumps",
                "heading",
                1,
                "1. Tiny muscles at the hair root contract\n2. The hairs stand on end\n3. A layer of still air is held against the skin\n4. Still air insulates, so less heat escapes",
            ),
            (
                "heading-numbered-points",
                "Sweating",
                "heading",
                7,
                "1. Glands release water onto the skin\n2. The water evaporates and takes heat with it\n3. The skin cools down",
            ),
        ],
    );
}

#[test]
fn rule_paragraph_question_quoted_under_a_question_list() {
    // Under `### Exam Questions`, the quoted questions are the ones asked; the points that
    // ask nothing after the last answer it. (They are not questions because the heading
    // announces questions.)
    assert_cards(
        "rules/paragraph-question-quoted.md",
        &[
            (
                "Transport in cells",
                "Osmosis",
                "heading",
                3,
                "- Water moves from a dilute solution to a concentrated one\n- Through a partially permeable membrane",
            ),
            (
                "Exam Questions",
                "Explain why a plant cell placed in pure water does not burst.",
                "paragraph-question",
                8,
                "",
            ),
            (
                "Exam Questions",
                "Why do red blood cells burst in pure water?",
                "paragraph-question",
                10,
                "- the cell wall is strong and inelastic\n- it resists further entry of water",
            ),
            (
                "Transport in cells",
                "Diffusion",
                "heading",
                15,
                "- Net movement of particles down a concentration gradient",
            ),
        ],
    );
}

#[test]
fn rule_heading_over_phrases_that_stop_at_a_comma() {
    // `At sea level,` over `water boils at 100 °C` runs on into its line: a point of the
    // heading's answer, never a concept of its own.
    assert_cards(
        "rules/heading-comma-phrases.md",
        &[(
            "heading-comma-phrases",
            "Boiling point and pressure",
            "heading",
            1,
            "- At sea level,\n  - water boils at 100 °C\n- On a high mountain,\n  - it boils below 100 °C\n- In a pressure cooker,\n  - it boils above 100 °C",
        )],
    );
}

#[test]
fn rule_heading_concepts_under_a_heading_that_asks_only_by_its_siblings() {
    // `### 跨域通信` asks nothing itself (its siblings do) and its sub-headings name concepts
    // with text of their own: its text is its card, and each sub-heading is one too.
    assert_cards(
        "rules/heading-concepts-among-questions.md",
        &[
            (
                "前端面试",
                "浏览器缓存怎么设置？",
                "heading",
                3,
                "强缓存用 Cache-Control，协商缓存用 ETag。",
            ),
            (
                "前端面试",
                "跨域通信",
                "heading",
                6,
                "前后端不同源时的几种办法。",
            ),
            (
                "跨域通信",
                "CORS",
                "heading",
                8,
                "服务端返回 Access-Control-Allow-Origin。",
            ),
            (
                "跨域通信",
                "JSONP",
                "heading",
                10,
                "借助 script 标签，只能发 GET 请求。",
            ),
            (
                "前端面试",
                "事件循环是什么？",
                "heading",
                13,
                "宏任务执行完，清空微任务队列，再取下一个宏任务。",
            ),
        ],
    );
}

#[test]
fn rule_inline_answer_set_off_in_emphasis() {
    // An answer written on the heading's line in emphasis, after a gap or opening with how
    // many points it makes (`**三点**`), is split from the question.
    assert_cards(
        "rules/inline-answer-emphasis.md",
        &[
            (
                "C++",
                "引用和指针的区别",
                "empty-heading",
                3,
                "**三点** 是否可空、能否改绑、是否占内存",
            ),
            ("C++", "栈和堆", "empty-heading", 5, "*谁来分配和释放*"),
            (
                "C++",
                "虚函数表",
                "heading",
                7,
                "+ 虚函数的地址表，每个类一张",
            ),
            // A count alone says how much to answer: not answered yet.
            ("C++", "重载和重写的区别", "empty-heading", 10, ""),
        ],
    );
}

#[test]
fn rule_term_named_by_a_heading_among_questions() {
    // Among headings that ask, `## 左值、右值   和  左值引用、右值引用` only names the terms
    // under it (the wide gap before `和` joins names, it starts no explanation): the terms are
    // the cards, the heading their topic.
    assert_cards(
        "rules/term-enumerated-among-questions.md",
        &[
            (
                "C++",
                "什么是虚函数？",
                "heading",
                3,
                "运行时按对象的实际类型调用的成员函数。",
            ),
            (
                "左值、右值 和 左值引用、右值引用",
                "左值",
                "term",
                7,
                "有名字、能取地址的表达式",
            ),
            (
                "左值、右值 和 左值引用、右值引用",
                "右值",
                "term",
                8,
                "临时的、不能取地址的表达式",
            ),
            (
                "左值、右值 和 左值引用、右值引用",
                "左值引用",
                "term",
                10,
                "绑定到左值的引用",
            ),
            (
                "左值、右值 和 左值引用、右值引用",
                "右值引用",
                "term",
                11,
                "绑定到右值的引用，用于移动语义",
            ),
            (
                "C++",
                "为什么析构函数要是虚函数？",
                "heading",
                13,
                "通过基类指针删除派生类对象时才能调用到派生类的析构函数。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_log_written_as_one_paragraph() {
    // `1.自我介绍` `2.项目里最难的部分` … with no space after the number are one Markdown
    // paragraph: each numbered line is a question of the log, the lines under it its answer.
    assert_cards(
        "rules/numbered-log-paragraph.md",
        &[
            ("某厂一面", "自我介绍", "numbered", 5, ""),
            ("某厂一面", "项目里最难的部分", "numbered", 6, ""),
            (
                "某厂一面",
                "redis为什么快 单线程加IO多路复用",
                "numbered",
                7,
                "",
            ),
            (
                "某厂一面",
                "mysql索引什么时候会失效？",
                "numbered",
                8,
                "最左前缀不满足、对索引列做运算",
            ),
            ("某厂一面", "手写LRU", "numbered", 10, ""),
            ("某厂二面", "聊实习", "numbered", 14, ""),
            ("某厂二面", "kafka怎么保证不丢消息", "numbered", 15, ""),
        ],
    );
}

#[test]
fn rule_remark_answer_not_a_translation() {
    // `(Dropout)` after a Chinese name is the name in English, not an answer: the heading
    // stays a question not answered yet. A remark after a question still answers it.
    assert_cards(
        "rules/remark-answer-translation.md",
        &[
            ("深度学习名词", "随机失活(Dropout)", "empty-heading", 3, ""),
            (
                "深度学习名词",
                "批归一化(Batch Normalization)",
                "heading",
                5,
                "把每层的输入拉回均值 0、方差 1。",
            ),
            (
                "深度学习名词",
                "为什么要用残差连接",
                "empty-heading",
                8,
                "解决梯度消失",
            ),
        ],
    );
}

#[test]
fn rule_label_a_line_that_asks_over_its_own_points() {
    // Among plain labels each over its own list, `Why Mars has so few fresh craters` over
    // its points is a card of the same kind, not more of the label above.
    assert_cards(
        "rules/label-asking-line.md",
        &[
            (
                "label-asking-line",
                "Mars",
                "heading",
                1,
                "- the fourth planet\n- a thin carbon dioxide atmosphere",
            ),
            (
                "Surface features",
                "Red colour",
                "label",
                7,
                "- iron oxide dust\n- covers most of the surface",
            ),
            (
                "Surface features",
                "Why Mars has so few fresh craters",
                "label",
                12,
                "- dust storms fill them\n- wind erodes the rims\n\n- still being studied",
            ),
            (
                "Surface features",
                "Mars is mostly dry",
                "label",
                18,
                "- water only as ice\n- no rivers today",
            ),
            (
                "Surface features",
                "Volcanoes",
                "heading",
                22,
                "- Olympus Mons is the largest",
            ),
            (
                "label-asking-line",
                "Jupiter",
                "heading",
                25,
                "- the largest planet",
            ),
        ],
    );
}

#[test]
fn rule_heading_about_problems_lists_no_questions() {
    // `单进程结构的问题` (the problems of …) and `解决问题的思路` are about problems; they do
    // not announce questions, so their points are their answers.
    assert_cards(
        "rules/heading-about-problems.md",
        &[
            (
                "线程",
                "单进程结构的问题",
                "heading",
                3,
                "1. 切换开销大\n2. 通信要经过内核",
            ),
            (
                "线程",
                "解决问题的思路",
                "heading",
                7,
                "- 把资源分配和调度分开\n- 线程负责调度，进程负责资源",
            ),
        ],
    );
}

#[test]
fn rule_empty_heading_paper_sections_are_an_outline() {
    // `## Method` and `## Experiments` left empty outline a paper; an empty heading that asks
    // is still a question not answered yet.
    assert_cards(
        "rules/empty-heading-paper-outline.md",
        &[
            (
                "Attention Is All You Need",
                "Key idea",
                "heading",
                3,
                "Replace recurrence with self-attention over the whole sequence.",
            ),
            (
                "Attention Is All You Need",
                "What is multi-head attention?",
                "empty-heading",
                10,
                "",
            ),
            (
                "Attention Is All You Need",
                "Positional encoding",
                "heading",
                12,
                "Sines and cosines of different frequencies added to the embeddings.",
            ),
        ],
    );
}

#[test]
fn rule_term_tail_closing_a_section() {
    // `## 2 Evidence for evolution` over its list, then three `term: explanation` lines: a
    // glossary closing the section; the terms are cards beside the heading's own.
    assert_cards(
        "rules/term-tail.md",
        &[
            ("term-tail", "Cells", "empty-heading", 1, ""),
            (
                "term-tail",
                "Evidence for evolution",
                "heading",
                3,
                "1. Fossils\n2. Comparative anatomy\n3. DNA sequences",
            ),
            (
                "Evidence for evolution",
                "Homologous structures",
                "term",
                8,
                "same origin, different function",
            ),
            (
                "Evidence for evolution",
                "Analogous structures",
                "term",
                9,
                "same function, different origin",
            ),
            (
                "Evidence for evolution",
                "Vestigial structures",
                "term",
                10,
                "lost most of their function",
            ),
            (
                "term-tail",
                "Genetic drift",
                "heading",
                12,
                "Random change in allele frequencies, strongest in small populations.",
            ),
        ],
    );
}

#[test]
fn rule_term_item_explained_by_its_children_among_terms() {
    // Among `term：explanation` items, `共享存储` explained by the item under it is a term of
    // the same list.
    assert_cards(
        "rules/term-explained-item.md",
        &[
            (
                "进程通信",
                "共享存储",
                "term",
                4,
                "- 共享变量：多个进程都能访问",
            ),
            ("进程通信", "消息传递", "term", 6, "直接通信或经过信箱"),
            ("进程通信", "管道通信", "term", 7, "半双工，写满才能读"),
            ("进程通信", "套接字", "term", 8, "跨机器通信"),
        ],
    );
}

#[test]
fn rule_term_glossary_paragraphs_between_items() {
    // Under `## 基本概念` (a name that announces terms), `准静态过程: …` paragraphs between the
    // `- 开系: …` items are terms of the same glossary.
    assert_cards(
        "rules/term-glossary-paragraphs.md",
        &[
            (
                "基本概念",
                "准静态过程",
                "term",
                5,
                "每一步都无限接近平衡态的过程。",
            ),
            ("基本概念", "开系", "term", 7, "与外界交换物质和能量"),
            ("基本概念", "闭系", "term", 8, "只交换能量"),
            (
                "基本概念",
                "绝热过程",
                "term",
                10,
                "与外界没有热量交换的过程。",
            ),
            (
                "热学",
                "热力学第一定律",
                "heading",
                12,
                "能量守恒在热现象中的体现。",
            ),
        ],
    );
}

#[test]
fn rule_explained_kinds_named_after_their_heading() {
    // `二、查找算法` over `1.线性查找` … each explained: a heading that names a kind owns a few
    // kinds as its answer, unless each is named after it (`…查找` under `查找算法`); then they
    // are the cards, however few.
    assert_cards(
        "rules/explained-kinds-named-after.txt",
        &[
            (
                "排序算法",
                "冒泡排序",
                "explained",
                2,
                "相邻两两比较，把最大的换到最后",
            ),
            (
                "排序算法",
                "插入排序",
                "explained",
                4,
                "把每个数插到前面已排好的部分",
            ),
            (
                "查找算法",
                "线性查找",
                "explained",
                8,
                "逐个比较，不要求有序",
            ),
            (
                "查找算法",
                "二分查找",
                "explained",
                10,
                "要求有序，每次比较中间的数",
            ),
            ("查找算法", "插值查找", "explained", 12, "按值估计中间位置"),
        ],
    );
}

#[test]
fn rule_topic_heading_counted_labels_name_no_subject() {
    // `两个必须满足的特征：` counts what it lists: it names no subject, so the terms under it
    // keep the heading's topic; the label before the second group is no part of the answer
    // above it.
    assert_cards(
        "rules/topic-heading-counted-label.md",
        &[
            (
                "偏好关系",
                "Complete",
                "term",
                7,
                "任意两个组合都能排出先后",
            ),
            ("偏好关系", "Transitive", "term", 8, "排序的结果前后一致"),
            ("偏好关系", "Monotonicity", "term", 12, "越多越好"),
            ("偏好关系", "Convexity", "term", 13, "平均好过极端"),
        ],
    );
}

#[test]
fn rule_label_over_statements_is_one_card() {
    // `计算带来了新的机会` over `算力改变了每个学科` and its points: statements that tell what
    // happened (`改变了`) are the label's answer, not concepts under it.
    assert_cards(
        "rules/label-over-statements.md",
        &[
            (
                "机器学习课程",
                "第一周 概论",
                "heading",
                3,
                "这一周讲机器学习能做什么。",
            ),
            (
                "课程介绍",
                "机器学习的应用",
                "label",
                9,
                "- 推荐系统\n- 语音识别\n- 自动驾驶",
            ),
            (
                "课程介绍",
                "计算带来了新的机会",
                "label",
                14,
                "- 算力改变了每个学科\n    - 物理、生物、语言学\n- 数据的规模同样重要\n    - 样本越多，模型越准",
            ),
            ("第一周 概论", "监督学习", "heading", 20, "从带标签的样本学一个映射。"),
        ],
    );
}

#[test]
fn rule_qa_pair_written_as_headings() {
    // `#####Q1: …` then `#####A1:` over the answer: the answer heading belongs to the question
    // above it (its marker line is in the card, not in the answer's text).
    assert_cards(
        "rules/qa-pair-headings.md",
        &[
            (
                "某厂一面",
                "为什么用 Redis",
                "qa-pair",
                3,
                "单线程、纯内存，读写都很快",
            ),
            (
                "某厂一面",
                "MySQL 的索引结构",
                "qa-pair",
                7,
                "B+ 树，叶子节点串成链表",
            ),
            ("某厂一面", "项目里最难的部分", "empty-heading", 11, ""),
        ],
    );
}

#[test]
fn rule_heading_parts_labels_and_css_colons() {
    // `#### 插件:` under a question labels a part of its answer, not a concept beside it; the
    // colon in `display:none` separates no term from its definition.
    assert_cards(
        "rules/heading-parts-labels.md",
        &[
            (
                "前端面试",
                "gulp是什么？",
                "heading-parts",
                3,
                "* 自动化构建工具，可以压缩、合并文件。\n#### 插件:\n1. js：gulp-uglify\n2. css：gulp-clean-css",
            ),
            (
                "前端面试",
                "CSS display:none和visibility:hidden的区别",
                "heading",
                9,
                "* display:none 不占位置；visibility:hidden 仍占位置",
            ),
        ],
    );
}

#[test]
fn rule_term_bold_inside_a_sentence() {
    // English glossaries set the term in bold inside its defining sentence (`A **monopoly**
    // is a market…`): the bold words are the question, the sentence the answer. Bold clauses
    // (`**Data is collected** from…`) are steps of the heading's answer, not terms.
    assert_cards(
        "rules/term-bold-in-sentence.md",
        &[
            (
                "Economics 101",
                "Market structures",
                "heading",
                3,
                "Economists sort markets by how many firms compete in them.…",
            ),
            (
                "Market structures",
                "monopoly",
                "term",
                7,
                "A **monopoly** is a market with a single seller and no close substitutes.",
            ),
            (
                "Market structures",
                "oligopoly",
                "term",
                8,
                "An **oligopoly** is a market dominated by a few large firms.",
            ),
            (
                "Market structures",
                "perfect competition",
                "term",
                9,
                "In **perfect competition** many small firms sell identical goods.",
            ),
            (
                "Market structures",
                "Monopolistic competition",
                "term",
                10,
                "has many firms selling differentiated goods.",
            ),
            (
                "Economics 101",
                "The method",
                "heading",
                12,
                "- **Questions are asked** about what drives prices.\n- **Data is collected** from markets over time.\n- **Models are built** and then tested against the data.",
            ),
            // Two that define outright (`A **change in demand** is a shift…`) are terms even
            // among other points, which stay the heading's.
            (
                "Economics 101",
                "Demand",
                "heading",
                18,
                "- Demand curves slope down\n- People buy less when prices rise…",
            ),
            (
                "Demand",
                "change in demand",
                "term",
                21,
                "A **change in demand** is a shift of the whole curve.",
            ),
            (
                "Demand",
                "change in quantity demanded",
                "term",
                22,
                "A **change in quantity demanded** is a move along the curve.",
            ),
        ],
    );
}

#[test]
fn rule_term_glossary_inside_an_untitled_admonition() {
    // `!!! definition` with no title only frames the notes under it: its glossary reads as
    // it would without the frame.
    assert_cards(
        "rules/term-untitled-admonition.md",
        &[
            (
                "Arguments",
                "premise",
                "term",
                6,
                "A **premise** is a statement an argument starts from.",
            ),
            (
                "Arguments",
                "conclusion",
                "term",
                7,
                "A **conclusion** is the statement the premises support.",
            ),
            (
                "Arguments",
                "inference",
                "term",
                8,
                "An **inference** is the step from premises to a conclusion.",
            ),
            (
                "Logic",
                "Fallacies",
                "heading",
                10,
                "Errors of reasoning that make an argument look stronger than it is.",
            ),
        ],
    );
}

#[test]
fn rule_term_container_fences_are_no_blocks() {
    // `::: info` … `:::` fence a container: the fences count for nothing when the terms are
    // weighed, and they join no answer (check reports them).
    assert_cards(
        "rules/term-container-fences.md",
        &[
            (
                "热力学第二定律",
                "克氏表述",
                "term",
                5,
                "热量不能自发地从低温物体传到高温物体。",
            ),
            (
                "热力学第二定律",
                "开氏表述",
                "term",
                6,
                "不能从单一热源吸热全部变成功而不产生其他影响。",
            ),
            (
                "热力学第二定律",
                "推论",
                "term",
                10,
                "第二类永动机不可能造成。",
            ),
            (
                "热学",
                "热力学第三定律",
                "heading",
                14,
                "绝对零度不能达到。",
            ),
        ],
    );
}

#[test]
fn rules_explained_outline_numbered_concepts() {
    // A plain-text outline: blocks at the margin explained by their indented lines are the
    // cards, and a few numbered `term：` lines among them are cards too, each its own block
    // even when the first wraps onto a deeper line. A date and a statement standing alone
    // are no cards. Under a label, `1. 连通` … `3. 分层` over their own lines are concepts of
    // their own, after an introducing sentence; `term：` lines, one wrapped, are one card
    // each; a label over one block of lines is a card with that answer.
    let t = "网络基础 network basics";
    assert_cards(
        "rules/explained-outline-numbered-concepts.txt",
        &[
            (
                t,
                "协议",
                "explained",
                5,
                "通信双方约定的规则  \n规定了报文的格式和顺序  \n以及收到报文后的动作",
            ),
            (
                t,
                "分组交换",
                "explained",
                9,
                "把报文切成小块逐段转发，  \n路由器存储后再转发",
            ),
            (
                t,
                "电路交换",
                "explained",
                11,
                "通话前先建立专用线路  \n现在大多数网络都是分组交换的",
            ),
            (
                "网络的三个特点",
                "连通",
                "numbered",
                17,
                "任意两台主机之间都能通信",
            ),
            (
                "网络的三个特点",
                "共享",
                "numbered",
                19,
                "链路资源由多个用户共同使用",
            ),
            (
                "网络的三个特点",
                "分层",
                "numbered",
                21,
                "每层只使用下一层提供的服务",
            ),
            (
                "时延的组成",
                "发送时延",
                "term",
                25,
                "把分组推上链路所用的时间",
            ),
            (
                "时延的组成",
                "传播时延",
                "term",
                26,
                "信号在链路上传播所用的时间，与  \n链路长度成正比",
            ),
            (
                "时延的组成",
                "处理时延",
                "term",
                28,
                "路由器检查首部所用的时间",
            ),
            (t, "带宽", "explained", 30, "链路每秒能送出的比特数"),
            (
                t,
                "吞吐量",
                "explained",
                33,
                "实际每秒送达的比特数  \n受瓶颈链路限制",
            ),
        ],
    );
}

#[test]
fn org_mode_metadata_is_reported_unused() {
    // `#+STARTUP:` and the `:PROPERTIES:` drawer carry no notes: read as blank, reported as
    // unused, so that no line of an org file goes missing silently.
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/org-notes.org");
    let deck = deckhand::build_deck(&[path], &Config::default()).expect("fixture reads");
    let metadata: Vec<(usize, usize)> = deck
        .unused
        .iter()
        .filter(|u| u.reason == "format metadata")
        .map(|u| (u.line, u.end_line))
        .collect();
    assert_eq!(metadata, vec![(2, 2), (5, 7)]);
    assert_eq!(deck.cards.len(), 5);
}

#[test]
fn org_mode_notes_read_as_markdown() {
    // `.org` files: `* Heading` stars (TODO keywords and `:tags:` dropped), a `#+TITLE:`
    // over them, property drawers skipped, `#+BEGIN_SRC` blocks as fences, `*bold*`,
    // `/italic/`, `=code=` and `- term :: description` lists in Markdown's terms (a
    // glossary: `* Scheduling terms` among questions holds a card per term). Cards keep the
    // org file's line numbers.
    let t = "Operating Systems";
    assert_cards(
        "org-notes.org",
        &[
            (
                t,
                "What is a process?",
                "heading",
                4,
                "A program in execution, with its own **address space**.",
            ),
            (
                t,
                "Why do we need virtual memory?",
                "heading",
                11,
                "Each process sees *one* large private memory; the OS maps it to frames.",
            ),
            (
                "Scheduling terms",
                "Turnaround time",
                "term",
                17,
                "finishing time minus arrival time",
            ),
            ("Scheduling terms", "Response time", "term", 18, "first run minus arrival time"),
            (
                t,
                "How does fork() return twice?",
                "heading",
                20,
                "```c\npid_t pid = fork();\n```\n\nThe child gets 0, the parent gets the child's pid.",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_bare_chapter() {
    // `## Chapter 3` names a unit by its number and no subject: never a card, only the topic
    // of what it holds, even when that is one explained item.
    assert_cards(
        "rules/topic-heading-bare-chapter.md",
        &[
            (
                "Chapter 1",
                "Agent",
                "term",
                2,
                "something that perceives and acts",
            ),
            (
                "Chapter 1",
                "Percept",
                "term",
                3,
                "what the agent senses at one moment",
            ),
            (
                "Chapter 2",
                "Uninformed search",
                "explained",
                6,
                "- breadth-first search\n- depth-first search",
            ),
            (
                "Chapter 2",
                "Informed search",
                "explained",
                9,
                "- uses a heuristic to pick the next node",
            ),
            (
                "Chapter 3",
                "Local search",
                "explained",
                13,
                "- keeps one current state\n- moves to a better neighbour",
            ),
            // (Under it, every item that defines its term stands alone, however written.)
            (
                "Chapter 4",
                "Minimax",
                "explained",
                18,
                "picks the best move, assuming the opponent does too",
            ),
            (
                "Chapter 4",
                "Alpha-beta pruning",
                "explained",
                19,
                "- skips branches that cannot change the result",
            ),
            (
                "Chapter 4",
                "Expectimax",
                "explained",
                21,
                "- minimax with chance nodes",
            ),
            (
                "Chapter 4",
                "Iterative deepening",
                "explained",
                23,
                "is searching deeper while time allows",
            ),
        ],
    );
}

#[test]
fn rules_term_italic_terms() {
    // Paragraphs that set their term in italics before a colon (`*Recession*: …`) are a
    // glossary wherever they stand in a concept heading's text, the rest staying its answer;
    // `*Contraction*:` with nothing after it is a term not explained yet; one above every
    // heading is a card of the file.
    let m = "Macroeconomics";
    assert_cards(
        "rules/term-italic-terms.md",
        &[
            (
                "term-italic-terms",
                "Opportunity cost",
                "term",
                1,
                "what you give up by choosing one option over the next best.",
            ),
            (
                "term-italic-terms",
                m,
                "heading",
                3,
                "The field has three goals:\n- growth\n- low unemployment\n- stable prices",
            ),
            (
                m,
                "Recession",
                "term",
                10,
                "two quarters in a row of falling real GDP.",
            ),
            (m, "Depression", "term", 12, "a severe and long recession."),
            (m, "Contraction", "term", 14, ""),
            (
                m,
                "Natural unemployment",
                "term",
                16,
                "frictional plus structural unemployment.",
            ),
            (m, "Productivity", "heading", 18, "Output per hour worked."),
        ],
    );
}

#[test]
fn rules_topic_heading_discussion() {
    // `# Discussion Questions` announces the questions listed under it, even among headings
    // that ask: it is their topic, not a question whose answer is the list. (`Discussion`
    // is no `Discuss …` prompt.)
    let c = "Class 6";
    let d = "Discussion Questions";
    assert_cards(
        "rules/topic-heading-discussion.md",
        &[
            (
                c,
                "Why do people judge accents?",
                "heading",
                3,
                "Because some varieties carry prestige.",
            ),
            (
                c,
                "What is a standard language?",
                "heading",
                7,
                "An idealised variety, imposed from above.",
            ),
            (
                d,
                "Are language ideologies always harmful? In what ways can they help?",
                "numbered",
                12,
                "",
            ),
            (
                d,
                "What happens when a group is left out of the mainstream ideology?",
                "numbered",
                13,
                "",
            ),
            (
                d,
                "How would you answer people who say an accent costs jobs?",
                "numbered",
                14,
                "",
            ),
        ],
    );
}

#[test]
fn rules_heading_named_concepts_are_cards() {
    // `## DNA/RNA` over `### DNA` and `### RNA`: sub-headings that are the very names it
    // lists are concepts of their own (its picture's file name is no word of its text).
    // `## Cluster objects (pod / deployment)` over `### pod scheduling` and `### deployment
    // rollout`: sub-headings about what it names are parts of its answer.
    assert_cards(
        "rules/heading-named-concepts.md",
        &[
            (
                "Genes",
                "DNA/RNA",
                "heading",
                3,
                "![](../images/sidecar.png)",
            ),
            (
                "DNA/RNA",
                "DNA",
                "heading",
                7,
                "A double helix of deoxyribonucleotides.",
            ),
            (
                "DNA/RNA",
                "RNA",
                "heading",
                11,
                "Usually single-stranded; found mostly in the cytoplasm.",
            ),
            (
                "Genes",
                "Cluster objects (pod / deployment)",
                "heading",
                15,
                "![](../images/sidecar.png)…",
            ),
            (
                "Genes",
                "Cell division",
                "heading",
                27,
                "Mitosis and meiosis.",
            ),
            ("Genes", "Proteins", "heading", 31, "Chains of amino acids."),
        ],
    );
}

#[test]
fn rules_heading_described_properties() {
    // `* 位置: …` `* 组成: …` `* 替换策略: …` under `## 高速缓存`: where one name is a
    // property's (`组成`, `作用`, `产物`), the list describes the heading item by item, its answer; a list of
    // names that are concepts of their own (`寄存器` `主存` `辅存`) stays a glossary.
    let l = "存储器层次";
    assert_cards(
        "rules/heading-described-properties.md",
        &[
            (
                "计算机组成",
                "高速缓存",
                "heading",
                3,
                "* 位置: CPU 与主存之间\n* 组成: 若干缓存行，每行有标记和数据\n* 替换策略: LRU 或随机",
            ),
            // (Among headings that are cards, the glossary's heading is one too.)
            (
                "计算机组成",
                l,
                "heading",
                9,
                "* 寄存器: CPU 内部最快的存储\n* 主存: 存放正在运行的程序和数据\n\
                 * 辅存: 断电后仍保存数据的磁盘或闪存",
            ),
            (l, "寄存器", "term", 11, "CPU 内部最快的存储"),
            (l, "主存", "term", 12, "存放正在运行的程序和数据"),
            (l, "辅存", "term", 13, "断电后仍保存数据的磁盘或闪存"),
            // (Numbered too: `1. 作用：…` `2. 工具：…` `3. 产物：…`.)
            (
                "计算机组成",
                "溶酶体",
                "heading",
                15,
                "1. 作用：分解衰老的细胞器\n2. 工具：多种水解酶\n3. 产物：氨基酸、单糖",
            ),
        ],
    );
}

#[test]
fn rules_bold_question_items() {
    // `- **Checked exceptions**<br>` items with the author's answers as the plain items after
    // them: each bold item is a question, the items up to the next bold one its answer.
    // `<h3>…</h3>` lines are headings. Lines of `TERM - explanation` one under the other are
    // a list of terms without bullets; under a heading that compares, they are its answer.
    assert_cards(
        "rules/bold-question-items.md",
        &[
            (
                "Core",
                "Checked exceptions",
                "bold-question",
                4,
                "- caught at compile time\n- IOException, SQLException",
            ),
            (
                "Core",
                "Autoboxing",
                "bold-question",
                7,
                "- int to Integer without a cast",
            ),
            (
                "Core",
                "Final fields",
                "bold-question",
                9,
                "- set once, in the constructor",
            ),
            ("HTTP Methods", "GET", "term", 13, "reads a resource"),
            ("HTTP Methods", "PUT", "term", 14, "replaces a resource"),
            ("HTTP Methods", "DELETE", "term", 15, "removes a resource"),
            (
                "Backend notes",
                "HTTP 1 vs HTTP 2",
                "heading",
                17,
                "HTTP1 - one request per connection at a time<br>\nHTTP2 - many streams over one connection<br>",
            ),
        ],
    );
}

#[test]
fn rules_term_lettered_lines() {
    // `a.长度：…` lines, the letter right against the Chinese term, are terms without their
    // letters; `时间：1 s = …` is named before its colon, not before its ` = `.
    let t = "长度、时间和质量的标准";
    assert_cards(
        "rules/term-lettered-lines.md",
        &[
            (t, "长度", "term", 4, "光在真空中一秒所走距离的 1/299792458"),
            (
                t,
                "时间",
                "term",
                5,
                "1 s = 铯原子振荡 9192631770 次所需的时间",
            ),
            (t, "质量", "term", 6, "1 kg = 国际千克原器的质量"),
            ("向量", "向量", "term", 9, "有大小和方向"),
            ("向量", "标量", "term", 10, "只有大小"),
        ],
    );
}

#[test]
fn rules_remark_number_placeholders() {
    // `### 1.  1`, `### 2. 2`: numbers with no name, placeholders the author left under a
    // section still to write: no cards (reported unused), and their section no card either.
    assert_cards(
        "rules/remark-number-placeholders.md",
        &[
            (
                "弹性",
                "需求弹性",
                "heading",
                3,
                "需求量对价格变化的反应程度。",
            ),
            ("弹性", "弹性的运用", "heading", 15, "定价时考虑弹性。"),
        ],
    );
}

#[test]
fn rules_term_nested_bold() {
    // `- **Best case** - …` bullets inside a heading's answer, two or more in one list: terms
    // defined in bold, cards of their own (the heading keeps its whole answer); answer parts
    // set in bold (`**Advantages**: …`) are not.
    let t = "Project evaluation";
    assert_cards(
        "rules/term-nested-bold.md",
        &[
            (t, "Scenario analysis", "heading", 3, "- What happens to NPV…"),
            (t, "Best case", "term", 6, "revenues high and costs low"),
            (t, "Base case", "term", 7, "the expected revenues and costs"),
            (
                t,
                "Worst case",
                "term",
                8,
                "revenues low and costs high\n\n- used to decide whether to abandon early",
            ),
            (
                t,
                "Payback period",
                "heading",
                11,
                "- Time until the cash flows repay the investment\n    - **Advantages**: simple to explain\n    - **Disadvantages**: ignores the time value of money",
            ),
        ],
    );
}

#[test]
fn rules_explained_outline_markdown_nested() {
    // A Markdown outline: `- Informed search` over `- A* search` and `- Beam search`, each a
    // concept named in a few words with points of its own, is their topic and a card of them
    // too. `- Uninformed search` over bare names is one card.
    assert_cards(
        "rules/explained-outline-markdown-nested.md",
        &[
            (
                "Search",
                "Uninformed search",
                "explained",
                3,
                "- breadth-first search\n- depth-first search",
            ),
            (
                "Search",
                "Informed search",
                "explained",
                6,
                "- A* search\n\t- expands the node…",
            ),
            (
                "Informed search",
                "A* search",
                "explained",
                7,
                "- expands the node with the lowest g + h",
            ),
            (
                "Informed search",
                "Beam search",
                "explained",
                9,
                "- keeps only the k best nodes",
            ),
            (
                "Search",
                "Local search",
                "explained",
                11,
                "- moves to a better neighbour each step",
            ),
        ],
    );
}

#[test]
fn rules_heading_closing_question_lines_and_group_names() {
    // After a question heading's answer, a lead-in (`Questions for next week:`) over lines
    // that each ask: questions of their own, not more answer. `Classes` and `Async` among
    // them ask nothing: they name the group below them.
    let t = "Questions for next week";
    assert_cards(
        "rules/heading-closing-question-lines.md",
        &[
            (
                "heading-closing-question-lines",
                "What does new do?",
                "heading",
                1,
                "It creates an object and binds `this` to it.",
            ),
            (
                "heading-closing-question-lines",
                "How is this decided?",
                "heading",
                4,
                "It depends on how the function is called.\n\n1. A plain call…",
            ),
            (t, "What is a mixin?", "paragraph-question", 15, ""),
            (
                t,
                "When do you use composition over inheritance?",
                "paragraph-question",
                16,
                "",
            ),
            (
                t,
                "What is an event loop tick?",
                "paragraph-question",
                18,
                "",
            ),
            (
                t,
                "How do you cancel a fetch?",
                "paragraph-question",
                19,
                "",
            ),
            (
                t,
                "How do you retry a failed request?",
                "paragraph-question",
                20,
                "",
            ),
        ],
    );
}

#[test]
fn rule_title_motto_gives_way_to_front_matter() {
    // An H1 that exclaims (`…坚持就是胜利!`) is a motto: still the title line, but the
    // topic comes from the front matter's title.
    let t = "Frontend interviews";
    assert_cards(
        "rules/title-motto.md",
        &[
            (
                t,
                "什么是事件冒泡?",
                "heading",
                7,
                "事件从目标元素向上传到祖先元素。",
            ),
            (
                t,
                "什么是防抖?",
                "heading",
                10,
                "连续触发时只在最后一次之后执行。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_log_beside_logs() {
    // Company sections whose numbered lists mostly ask are interview logs; a sibling whose
    // list holds only short names (`## 丙公司` over `1. 原型链`) is one more log, not a card.
    assert_cards(
        "rules/numbered-log-beside-logs.md",
        &[
            (
                "甲公司一面",
                "闭包的原理",
                "numbered",
                3,
                "函数和它定义时的作用域一起构成闭包。",
            ),
            (
                "甲公司一面",
                "谈谈跨域",
                "numbered",
                5,
                "浏览器的同源策略限制了跨域请求，常用 CORS。",
            ),
            (
                "甲公司一面",
                "事件循环是什么？",
                "numbered",
                7,
                "宏任务和微任务交替执行。",
            ),
            (
                "乙公司二面",
                "箭头函数和普通函数的区别",
                "numbered",
                10,
                "箭头函数没有自己的 this。",
            ),
            (
                "乙公司二面",
                "说说 http 缓存",
                "numbered",
                12,
                "强缓存和协商缓存。",
            ),
            ("丙公司", "原型链", "numbered", 15, ""),
            ("丙公司", "虚拟 DOM", "numbered", 16, ""),
            ("丙公司", "组件通信方式", "numbered", 17, ""),
        ],
    );
}

#[test]
fn rule_empty_heading_task_is_no_remark() {
    // An empty heading ending in `。` is a remark, unless it sets a task (`用js实现深拷贝。`).
    let t = "笔试题";
    assert_cards(
        "rules/empty-heading-task.md",
        &[
            (t, "手写防抖函数", "empty-heading", 3, ""),
            (t, "数组去重有哪些方法?", "empty-heading", 4, ""),
            (t, "用js实现深拷贝。", "empty-heading", 5, ""),
            (t, "如何判断一个对象是数组?", "empty-heading", 6, ""),
        ],
    );
}

#[test]
fn rule_inline_answer_not_across_a_running_sentence() {
    // `Difference between a value that is: null, …` runs on across its colon: one question.
    // `Closure: a function with its scope` names its term before the colon.
    let t = "heading-colon-runs-on";
    assert_cards(
        "rules/heading-colon-runs-on.md",
        &[
            (
                t,
                "Difference between a value that is: null, undefined, or NaN",
                "heading",
                1,
                "`null` is set on purpose, `undefined` is the default, `NaN` is a failed number.",
            ),
            (
                t,
                "Closure",
                "heading",
                4,
                "a function with its scope\n\nIt keeps the variables it closed over alive.",
            ),
        ],
    );
}

#[test]
fn rules_explained_nested_concepts_and_lone_concept() {
    // `- wave speed` over points of its own, then `interference:` over its points and
    // `node: …`: the nested concepts are cards under it; its answer stops before them.
    // `new example` is an answer part, not a concept. `# Kinds of waves` over the one item
    // `- transverse wave` (one of the kind it names) only groups it.
    assert_cards(
        "rules/explained-nested-concepts.md",
        &[
            (
                "Waves",
                "wave speed",
                "explained",
                3,
                "+ v = f * lambda\n+ depends on the medium, not on the source",
            ),
            (
                "wave speed",
                "interference",
                "explained",
                6,
                "* two waves add where they overlap\n* bright and dark fringes",
            ),
            (
                "wave speed",
                "node",
                "explained",
                9,
                "a point that never moves on a standing wave",
            ),
            (
                "Waves",
                "sound",
                "explained",
                10,
                "+ a longitudinal wave in air\n+ new example\n    * a tuning fork",
            ),
            (
                "Kinds of waves",
                "transverse wave",
                "explained",
                16,
                "+ the medium moves across the direction of travel\n+ light, ripples on a string",
            ),
        ],
    );
}

#[test]
fn rule_numbered_points_not_terms() {
    // Numbered `name：value` lines where a name comes twice (`高尔基体：…` `高尔基体：…`) or a
    // value is a measure (`周期：20-24 hrs`) describe the heading: its answer, not a glossary.
    assert_cards(
        "rules/heading-numbered-term-points.md",
        &[
            (
                "细胞",
                "分泌途径",
                "heading",
                3,
                "1. 内质网：合成蛋白\n2. 高尔基体：修饰蛋白\n3. 高尔基体：分拣和包装\n4. 分泌囊泡\n5. 胞吐",
            ),
            (
                "细胞",
                "分裂周期",
                "heading",
                10,
                "1. 周期：20-24 hrs\n2. 间期最长\n3. 分裂期：1 hr\n4. 纺锤体的作用",
            ),
        ],
    );
}

#[test]
fn rule_term_labelled_lists_and_formula_terms() {
    // `#### Costs` holds only labels over lists of terms: the terms are the cards, the
    // heading their topic. `variable cost (VC) = cost per unit * units made`: a name of two
    // words (with its abbreviation) defined by a formula is a term; so is `Marginal Cost = `v``.
    let t = "Costs";
    assert_cards(
        "rules/labelled-term-lists.md",
        &[
            (
                t,
                "fixed cost (FC)",
                "term",
                5,
                "the same whatever the output",
            ),
            (
                t,
                "variable cost (VC)",
                "term",
                6,
                "cost per unit * units made\n\n- wages paid by the hour are not always variable",
            ),
            (t, "total cost (TC)", "term", 8, "`FC + VC`"),
            (
                t,
                "Average Cost",
                "term",
                11,
                "`TC / Q`\n\n- falls as Q grows",
            ),
            (
                t,
                "Marginal Cost",
                "term",
                13,
                "`v`\n\n- the cost of one more unit",
            ),
            (
                "Pricing",
                "Revenue",
                "heading",
                16,
                "Price times quantity sold.",
            ),
        ],
    );
}

#[test]
fn rules_explained_term_bullets() {
    // Among bullets explained by their children, a bullet naming its term in a few words and
    // defining it on its line (`- Silk Road: a web of …`) is a card too; a word set off by a
    // wide gap (`random  remarks`) or a link (`Reading list: https://…`) is none.
    let t = "explained-term-bullets";
    assert_cards(
        "rules/explained-term-bullets.md",
        &[
            (
                t,
                "Agricultural revolution",
                "explained",
                1,
                "farming replaced foraging, and villages grew into towns.",
            ),
            (
                t,
                "Bronze Age collapse",
                "explained",
                3,
                "- many palace states fell within a few decades\n- trade routes broke down",
            ),
            (
                t,
                "Printing press",
                "explained",
                7,
                "- books became cheap\n- literacy spread",
            ),
            (
                t,
                "Silk Road",
                "explained",
                11,
                "a web of trade routes linking China and the Mediterranean.",
            ),
        ],
    );
}

#[test]
fn rules_explained_margin_name_over_indented_blocks() {
    // A one-line name at the margin over blocks indented under it (`Venice (from the
    // lecture)` over `   - ruled by a doge`, `Genoa and its banks` over an indented
    // paragraph) is an outline's item: a card, like the bullets beside it.
    let t = "explained-margin-name";
    assert_cards(
        "rules/explained-margin-name.md",
        &[
            (
                t,
                "Hanseatic League",
                "explained",
                1,
                "- merchant guilds of northern towns\n- controlled Baltic trade",
            ),
            (
                t,
                "Venice (from the lecture)",
                "explained",
                5,
                "- ruled by a doge\n- rich from the spice trade",
            ),
            (
                t,
                "Genoa and its banks",
                "explained",
                9,
                "Genoese bankers lent to the Spanish crown and took silver in return.",
            ),
        ],
    );
}

#[test]
fn rules_grouping_opposite_classes_are_no_variants() {
    // `### Volatile` / `### Non-volatile`: a class and its opposite are two concepts under a
    // grouping heading; `### go1.4` / `### go1.4 before` are versions of one answer.
    assert_cards(
        "rules/grouping-opposite-classes.md",
        &[
            (
                "By retention",
                "Volatile",
                "heading",
                4,
                "- SRAM and DRAM\n- lost when power is off",
            ),
            (
                "By retention",
                "Non-volatile",
                "heading",
                7,
                "- flash, disks\n- kept without power",
            ),
            (
                "Storage",
                "Go versions",
                "heading-parts",
                11,
                "### go1.4\n- the runtime is rewritten in Go\n### go1.4 before\n- the runtime is written in C",
            ),
        ],
    );
}

#[test]
fn rule_term_spaced_chinese() {
    // Chinese puts no spaces between words: `电路交换 //整个报文…` (marked off by `//`) and
    // `1.差错控制 使对等端…` (numbered) are a term, one space, its definition.
    assert_cards(
        "rules/term-spaced-chinese.txt",
        &[
            (
                "数据交换",
                "电路交换",
                "term",
                2,
                "整个报文的比特流连续地从源点直达终点",
            ),
            (
                "数据交换",
                "分组交换",
                "term",
                3,
                "单个分组先存储在相邻结点再转发出去",
            ),
            (
                "分层的功能",
                "差错控制",
                "numbered",
                5,
                "使对等端之间的通信变得更加可靠",
            ),
            (
                "分层的功能",
                "流量控制",
                "numbered",
                6,
                "让发送端的速率不要超过接收端的处理能力",
            ),
        ],
    );
}

#[test]
fn rules_explained_term_under_title_line() {
    // Plain text: `《算法笔记》` right above `逻辑结构：…` and its indented lines. The term line
    // heads what is indented under it; the line above is the note's title, not its head.
    let t = "《算法笔记》";
    assert_cards(
        "rules/explained-term-under-title.txt",
        &[
            (
                t,
                "逻辑结构",
                "explained",
                2,
                "元素之间的关系  \n集合结构：元素同属一个集合  \n线性结构：元素一对一",
            ),
            (
                t,
                "物理结构",
                "explained",
                6,
                "数据在计算机中的存储形式  \n顺序存储：放在地址连续的存储单元里  \n链式存储：放在任意的存储单元里",
            ),
        ],
    );
}

#[test]
fn rules_numbered_sub_points_and_picture_index_copies() {
    // `1. 文学的分支` then `1) 诗歌` `2) 小说`: Markdown reads two lists, the author numbered
    // points under the item; they are its answer. Under `2. 影响研究` (and `3.平行研究`, no
    // space), points that each have an answer of their own (a picture) are cards under it.
    // `主题学` and `比较诗学`, answered there by a picture alone and again below in words, are
    // an index: the later copies are the cards. A picture alone is an answer.
    let t = "numbered-sub-points";
    let pic = |c: char| format!("![{c}](images/sidecar.png)");
    let (a, b, c, d) = (pic('a'), pic('b'), pic('c'), pic('d'));
    assert_cards(
        "numbered-sub-points.md",
        &[
            (t, "文学的分支", "numbered", 1, "1) 诗歌\n2) 小说"),
            (t, "影响研究", "numbered", 5, &a),
            ("影响研究", "流传学", "numbered", 7, &b),
            ("影响研究", "渊源学", "numbered", 9, &c),
            (t, "平行研究", "numbered", 12, &d),
            (
                t,
                "主题学",
                "numbered",
                19,
                "主题学研究同一主题在不同文学中的表现。",
            ),
            (
                t,
                "比较诗学",
                "numbered",
                22,
                "比较诗学比较不同文学的理论。",
            ),
        ],
    );
}

#[test]
fn rule_marked_question() {
    // `Q.)` marks the questions: a label (`Token bucket per client`), its bullets, any
    // paragraph between answers the question above. A question filled to a column and wrapped
    // onto the next line (`…clients at` / `once, …`) is one question.
    let t = "Design Questions";
    assert_cards(
        "rules/marked-question.md",
        &[
            (
                t,
                "Design a rate limiter for a public API that serves many thousands of clients at once, with per-client quotas.",
                "marked-question",
                3,
                "Token bucket per client\n* refill at a fixed rate\n* reject when empty",
            ),
            (
                t,
                "How would you store the counters?",
                "marked-question",
                10,
                "Redis with expiring keys.",
            ),
            (
                t,
                "Given a log file of a few gigabytes, find the ten most frequent IP addresses in it using little memory",
                "marked-question",
                14,
                "",
            ),
        ],
    );
}

#[test]
fn rules_bullet_question_groups_and_follow_ups() {
    // In a log of bullet questions: `MySQL相关` (questions about a subject), `Kafka` (a bare
    // subject, a third of its bullets asking) and `笔试题` group the bullets under them, which
    // are the questions. `讲一下 HashMap` asks, and its follow-ups ask after it: all three are
    // cards; so does `消息队列用过么(…)`, the aspect said first (`区别：…`) its answer.
    // `了解 epoll 嘛...` asks (`嘛`). `网关设计` over concepts with what was said about each:
    // they are cards. `Redis` over `持久化机制` over questions groups them; a statement among
    // them (`两者可以一起开，…`) answers the one above. A subject over its questions is their
    // topic (`MySQL相关` → Databases, `Kafka`); a list of questions (`笔试题`) is not.
    let t = "一面";
    let s = |topic: &'static str, question: &'static str, line: usize| {
        (topic, question, "bullet-question", line, "")
    };
    let q = |question: &'static str, line: usize| (t, question, "bullet-question", line, "");
    assert_cards(
        "rules/bullet-question-subjects.md",
        &[
            q("手写快速排序", 3),
            s("Databases", "聚簇索引结构", 5),
            s("Databases", "间隙锁", 6),
            s("Kafka", "分区模型", 8),
            s("Kafka", "消费者组", 9),
            s("Kafka", "如何保证消息不丢", 10),
            q("讲一下 HashMap", 11),
            q("为什么扩容是两倍？", 12),
            q("线程不安全在哪里？", 13),
            q("实现一个 LRU 缓存", 15),
            q("了解 epoll 嘛...", 16),
            (
                t,
                "消息队列用过么(kafka or rocketmq)",
                "bullet-question",
                17,
                "* 区别：一个偏吞吐，一个偏事务消息",
            ),
            q("为什么分区能提高吞吐？", 19),
            q("顺序消息怎么保证？", 20),
            (t, "网关设计", "bullet-question", 21, "* 路由规则"),
            ("网关设计", "限流", "explained", 23, "* 令牌桶，按接口配置"),
            ("网关设计", "鉴权", "explained", 25, "* 统一校验 token"),
            s("Redis", "RDB 什么时候触发？", 29),
            (
                "Redis",
                "AOF 重写怎么做？",
                "bullet-question",
                30,
                "* 两者可以一起开，重启时优先用 AOF 恢复",
            ),
        ],
    );
}

#[test]
fn rule_term_traditional_script() {
    // Notes in traditional characters read as simplified ones do: `並發與並行` names its two
    // terms (`與`), `缺點` is an answer part that does not outnumber the terms beside it, and
    // a page reference (`P.80`) is no point of the notes.
    assert_cards(
        "rules/term-traditional-script.md",
        &[
            ("並發與並行", "並行", "term", 4, "微觀與宏觀都是同時"),
            (
                "並發與並行",
                "並發",
                "term",
                5,
                "微觀是順序執行, 宏觀是同時",
            ),
            (
                "進程與線程",
                "多道程序",
                "heading",
                7,
                "- P.80\n- 獨立性:與其他程序無關…",
            ),
            ("多道程序", "獨立性", "term", 9, "與其他程序無關"),
            ("多道程序", "隨機性", "term", 10, "開始執行的時間是隨機的"),
        ],
    );
}

#[test]
fn rule_term_chinese_dash() {
    // `交易成本 —— 相关各方…`: a name, the Chinese dash (破折号), its explanation.
    let t = "交易";
    assert_cards(
        "rules/term-chinese-dash.md",
        &[
            (t, "交易成本", "term", 3, "相关各方之间安排合同的成本。"),
            (t, "中介", "term", 4, "降低交易成本的人或机构。"),
            (t, "套利", "term", 5, "低买高卖赚取差价。"),
        ],
    );
}

#[test]
fn rule_term_tail_items() {
    // A heading's own points, then a whole list of `name（gloss）：explanation` items after
    // text that does not announce them: a glossary closing the section, one card per name.
    // The bracketed gloss, commas and all, is part of the name, not of its length.
    // After `主要特征如下：` the same items are the answer's points.
    let t = "计算机组成";
    assert_cards(
        "rules/term-tail-items.md",
        &[
            (
                t,
                "存储程序",
                "heading",
                3,
                "1. 程序和数据先放进内存，再由机器一条一条自动执行。\n2. 机器由五大部件组成。\n\n下图画出了各部件之间的连线。",
            ),
            ("存储程序", "存储器（内存，Memory）", "term", 10, "存放程序和数据。"),
            (
                "存储程序",
                "运算器（ALU，Arithmetic Logic Unit）",
                "term",
                11,
                "做算术和逻辑运算。",
            ),
            ("存储程序", "控制器（CU）", "term", 12, "取指令、译码并发出控制信号。"),
            (t, "多道批处理", "heading", 14, "内存中同时放多个作业，交替使用处理器。\n\n主要特征如下：…"),
        ],
    );
}

#[test]
fn rule_label_lists_across_a_blank_line() {
    // In a note of concept headings, `三个阶段：`, a blank line, then its list, and beside it
    // `叶绿体的结构` over the next list: two labels, each a card. The heading keeps its own
    // card. Alone, a bare name over a list (`两种类型`) stays part of the heading's answer.
    let t = "光合作用";
    assert_cards(
        "rules/label-lists-spaced.md",
        &[
            (
                "植物学",
                t,
                "heading",
                3,
                "绿色植物利用光能把二氧化碳和水合成有机物。\n\n三个阶段：…",
            ),
            (
                t,
                "三个阶段",
                "label",
                7,
                "1. 光反应\n2. 暗反应\n3. 产物运输",
            ),
            (
                t,
                "叶绿体的结构",
                "label",
                13,
                "1. 外膜\n2. 类囊体\n3. 基质",
            ),
            (
                "植物学",
                "呼吸作用",
                "heading",
                19,
                "细胞分解有机物并释放能量。\n\n两种类型\n\n1. 有氧呼吸\n2. 无氧呼吸",
            ),
        ],
    );
}

#[test]
fn rule_term_dash_among_points() {
    // `- 机会成本 —— …` among bullets that state points: the Chinese dash defines a term
    // wherever it stands, so those items are cards beside the heading's, which keeps its
    // whole text. `比较优势` is a noun that asks nothing; a heading's dash sets off its
    // subtitle (`意外的后果——价格管制` is one name).
    assert_cards(
        "rules/term-dash-among-points.md",
        &[
            (
                "第一章",
                "交换与比较优势",
                "heading",
                4,
                "- 交换本身不生产东西，却能让双方都变富。\n- 机会成本 —— 为得到某物而放弃的最好选择。\n- 每个人都应做自己机会成本最低的事。\n- 分工 —— 把生产拆成许多专门的工序。",
            ),
            ("交换与比较优势", "机会成本", "term", 6, "为得到某物而放弃的最好选择。"),
            ("交换与比较优势", "分工", "term", 8, "把生产拆成许多专门的工序。"),
            (
                "第二章",
                "意外的后果——价格管制",
                "heading",
                11,
                "- 限价让排队变长，黑市出现。\n- 价格传递稀缺的信息。",
            ),
            // (A law defined in a sentence after its dash is a term too; a glossary nested
            // in the same points gives its cards as well.)
            ("第三章", "需求", "heading", 16, "- 大多数物品都是稀缺的，需要付出代价来换取。\n…"),
            ("需求", "需求法则", "term", 18, "其他条件不变的时候，价格上涨，需求量就下降。"),
            ("稀缺品必须按某种方式分配", "排队", "term", 20, "先到先得，耗费时间。"),
            ("稀缺品必须按某种方式分配", "抽签", "term", 21, "全凭运气。"),
            ("稀缺品必须按某种方式分配", "价格", "term", 22, "出价高者得。"),
        ],
    );
}

#[test]
fn rule_term_nested_glossary() {
    // Among a heading's points, an item over three items that each define a short term
    // (`+ 排队：…`): a glossary nested in the answer. Its terms are cards, named for the
    // item's first clause; the heading's card keeps its whole text.
    let t = "分配的办法很多";
    assert_cards(
        "rules/term-nested-glossary.md",
        &[
            (
                "经济学笔记",
                "稀缺与分配",
                "heading",
                3,
                "- 稀缺的东西总要用某种办法分给众人。\n…",
            ),
            (t, "排队", "term", 6, "先到先得，耗费时间。"),
            (t, "抽签", "term", 7, "全凭运气。"),
            (t, "价格", "term", 8, "出价高者得，激励生产。"),
        ],
    );
}

#[test]
fn rule_indented_outline_after_a_label() {
    // `*Storage*:`, a blank line, then questions indented four columns over answers indented
    // eight: Markdown would read an indented code block; it is the author's outline, read as
    // plain text. A question is a head however long. A column of lines with nothing nested
    // (`*Useful commands*:` over commands) stays code, the label's answer.
    assert_cards(
        "rules/indented-outline-after-label.md",
        &[
            (
                "Storage",
                "What does a journaling file system keep before it writes?",
                "explained",
                5,
                "- A log of the changes it is about to make.",
            ),
            (
                "Storage",
                "Which file system that ships with most Linux distributions uses extents and journaling?",
                "explained",
                8,
                "- ext4",
            ),
            (
                "Revision",
                "Useful commands",
                "term",
                11,
                "```\nls -la shows hidden files\ndu -sh sums a folder\ndf -h lists the mounted disks\n```",
            ),
        ],
    );
}

#[test]
fn rule_explained_outline_two_aspects() {
    // In a Markdown outline, an item over two sub-items each explained by its own points is a
    // group of concepts only when they are of its kind (`自上而下分析法`, `自下而上分析法`
    // under `句型分析`, itself a card of them too). `2 ends` and `形狀` under `鎖骨
    // Clavicle` are what its answer says about it: the item is the card.
    assert_cards(
        "rules/explained-outline-two-aspects.md",
        &[
            (
                "骨骼",
                "鎖骨 Clavicle",
                "explained",
                3,
                "- 2 ends\n  - sternal end\n    - joins the sternum\n- 形狀\n  - 靠近胸骨端向前凸",
            ),
            ("骨骼", "肩胛骨 Scapula", "explained", 9, "- 三角形的扁骨"),
            ("語法", "句型分析", "explained", 14, "- 自上而下分析法…"),
            (
                "句型分析",
                "自上而下分析法",
                "explained",
                15,
                "- 從開始符號推導出句子",
            ),
            (
                "句型分析",
                "自下而上分析法",
                "explained",
                17,
                "- 從句子歸約到開始符號",
            ),
            ("語法", "文法", "explained", 19, "- 一組產生式"),
        ],
    );
}

#[test]
fn rule_subquestion_nested_in_outline() {
    // Deep in an outline item's answer, a bullet that asks (a question mark, or an exam's
    // written `何條`) over its own answer is a card of its own; the card above keeps its
    // whole answer. A step that only mentions `哪一個` asks nothing.
    let t = "sub-question-nested-in-outline";
    assert_cards(
        "rules/sub-question-nested-in-outline.md",
        &[
            (
                t,
                "上肢",
                "heading",
                1,
                "- 肱骨 Humerus\n  - 大結節、小結節\n…",
            ),
            (
                t,
                "肱骨骨折時何條神經容易受損",
                "sub-question",
                7,
                "- 橈神經",
            ),
            (
                t,
                "Which bone lies lateral to it?",
                "sub-question",
                9,
                "- the radius",
            ),
        ],
    );
}

#[test]
fn rule_subquestion_by_its_grammar() {
    // Under an outline item, `how does …` and `why can't …` ask by their words though no mark
    // ends them: each over its own answer is a card of its own. `Why TLS exists` beside `Def`
    // and `How it works` is one more part of the answer above, no question.
    let t = "Web security";
    assert_cards(
        "rules/sub-question-by-grammar.md",
        &[
            (
                t,
                "sessions",
                "explained",
                3,
                "- how does the server find a session\n\t- by the id in the cookie\n…",
            ),
            (
                t,
                "how does the server find a session",
                "sub-question",
                4,
                "- by the id in the cookie",
            ),
            (
                t,
                "why can't the id be guessed",
                "sub-question",
                6,
                "- it is long and random",
            ),
            (
                t,
                "TLS",
                "explained",
                8,
                "- Def\n\t- encryption between client and server\n- Why TLS exists\n\t- plain HTTP can be read on the wire\n- How it works\n\t- a handshake agrees on keys",
            ),
        ],
    );
}

#[test]
fn rule_term_paragraphs_with_a_label_list() {
    // In a note of concept headings, three paragraphs or more that name a term before a plain
    // colon are the section's cards, and so is a label among them over its own list
    // (`随机试验特点:`), answered by that list.
    let t = "随机试验";
    assert_cards(
        "rules/term-paragraphs-with-label-list.md",
        &[
            (t, "确定性现象", "term", 4, "在一定条件下必然发生"),
            (t, "统计规律性", "term", 6, "大量重复中呈现的固有规律"),
            (t, "随机现象", "term", 8, "个别试验结果不确定的现象"),
            (
                t,
                "随机试验特点",
                "term",
                10,
                "* 可以在相同条件下重复进行\n* 结果不止一个",
            ),
            (
                "概率",
                "样本空间",
                "heading",
                14,
                "所有可能结果组成的集合。",
            ),
        ],
    );
}

#[test]
fn rule_separated_blocks() {
    // Blocks set apart by `---` rules, each opening with a short name (`` `Two Sum` `` over
    // the problem, notes and code): one card each. In such a note a `---` right under a line
    // (`` `habits` ``) is one more separator, not a setext underline that would make the
    // rest of the note that heading's answer.
    let t = "Algorithms";
    assert_cards(
        "rules/separated-blocks.md",
        &[
            (
                t,
                "Two Sum",
                "separated",
                7,
                "> Find two numbers in an array that add up to a target.\n\n1. Keep a map from value to index.\n2. One pass is enough.",
            ),
            (
                t,
                "Valid Parentheses",
                "separated",
                14,
                "> Decide whether the brackets in a string are balanced.\n\n```python\nstack = []\n```",
            ),
        ],
    );
}

#[test]
fn rule_term_glossary_heading_sentences() {
    // Under a heading that announces terms (`Tree terminology`), a long sentence that names
    // no term first is a point of the section, not a term: the heading keeps it in its own
    // card beside the terms. Chapters listed ahead of the notes and left empty (`## Chapter 3:
    // Genes in Populations p. 89`) are no questions, colon and all.
    assert_cards(
        "rules/term-glossary-heading-sentences.md",
        &[
            (
                "Chapter 2: Trees",
                "Tree terminology",
                "heading",
                5,
                "* A tree consists of **nodes** connected by **branches**, also called edges, drawn from a root.\n* Root: the common ancestor of every sequence in the tree\n* Leaf: a node with no descendants",
            ),
            ("Tree terminology", "Root", "term", 7, "the common ancestor of every sequence in the tree"),
            ("Tree terminology", "Leaf", "term", 8, "a node with no descendants"),
        ],
    );
}

#[test]
fn rule_empty_heading_label_over_a_rule() {
    // Among subject headings over questions, `## c++：` over nothing but a `---` rule is a
    // subject left empty: no question, whatever its siblings hold.
    assert_cards(
        "rules/empty-heading-label-rule.md",
        &[
            (
                "Operating Systems",
                "什么是僵尸进程",
                "heading",
                7,
                "子进程结束而父进程还没有回收它的资源。",
            ),
            (
                "Networking",
                "TCP 为什么要三次握手",
                "empty-heading",
                19,
                "",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_bold_emphasis() {
    // In an interview log, bold marks the questions that mattered: beside plain bullets that
    // ask or name a topic (`- AOP 的实现`), bold bullets are questions like the rest, not
    // questions answered by the items after them. A bold name over the next list
    // (`**纯八股**`) names that group and answers nothing; clauses that each ask after a
    // question mark are one question.
    let t = "一面";
    assert_cards(
        "rules/bullet-question-bold-emphasis.md",
        &[
            (t, "循环依赖怎么解决", "bullet-question", 9, ""),
            (t, "为什么用三级缓存", "bullet-question", 10, ""),
            (t, "AOP 的实现", "bullet-question", 11, ""),
            (
                t,
                "动态代理的局限",
                "bullet-question",
                12,
                "*JDK 代理要求实现接口，CGLib 通过继承。*",
            ),
            (
                t,
                "HashMap是线程安全吗？多线程可能出现什么问题，线程安全的map用什么",
                "bullet-question",
                18,
                "",
            ),
            (t, "慢查询怎么优化", "bullet-question", 19, ""),
            (t, "OSI七层网络模型", "bullet-question", 20, ""),
        ],
    );
}

#[test]
fn rule_topic_heading_question_category() {
    // In an interview round, `### 2.C++基础` (asking nothing itself) over a list of the questions
    // asked (`谈一下…`, `介绍…`) is their subject, not a question. An answer that is only a container
    // around `// to do` is none yet; a line's closing `；` is no part of its question.
    assert_cards(
        "rules/topic-heading-question-category.md",
        &[
            ("二面", "讲一下你印象深刻的工作", "bullet-question", 3, ""),
            ("二面", "讲一下你做过的好的设计", "bullet-question", 4, ""),
            (
                "项目经历",
                "介绍个人的主要项目，讲技术难点",
                "numbered",
                12,
                "",
            ),
            ("项目经历", "介绍一下遇到问题的解决过程", "numbered", 13, ""),
            ("C++", "谈一下C++的内存管理", "numbered", 20, ""),
            ("C++", "谈一下C++多态是怎么实现的", "numbered", 21, ""),
        ],
    );
}

#[test]
fn rule_paragraph_question_not_formulas() {
    // Among interview logs written as paragraphs, a formula on its line (`dA = height *
    // width`) states; it asks nothing and is no question of the log. With only formulas and
    // one question, the section reads as a heading over its text.
    assert_cards(
        "rules/paragraph-question-formulas.md",
        &[
            ("一面", "聊聊你的项目？", "paragraph-question", 3, ""),
            ("一面", "Redis 为什么快？", "paragraph-question", 5, ""),
            ("一面", "MySQL 索引怎么选？", "paragraph-question", 7, ""),
            (
                "paragraph-question-formulas",
                "推导",
                "heading",
                9,
                "dA = height * width\n\nds / dt = rise / run\n\n导数是什么？",
            ),
            ("二面", "HashMap 怎么扩容？", "paragraph-question", 19, ""),
            ("二面", "线程池参数有哪些？", "paragraph-question", 21, ""),
            ("二面", "GC 怎么调优？", "paragraph-question", 23, ""),
        ],
    );
}

#[test]
fn rule_bullet_question_footnotes() {
    // Markdown footnotes: a definition (`[^1]: … | The Muse`) is no question of its own (at
    // the end of a section it stays the last answer's note), and a mark (`…yourself.[^1]`)
    // is no part of the question it marks.
    let t = "Behavioural";
    assert_cards(
        "rules/bullet-question-footnotes.md",
        &[
            (
                t,
                "Tell me about yourself.",
                "bullet-question",
                3,
                "- Present, past, future.",
            ),
            (
                t,
                "Why do you want to work here?",
                "bullet-question",
                5,
                "\t- Tie the company to your goals.\n\n[^1]: …",
            ),
        ],
    );
}

#[test]
fn rule_term_over_terms() {
    // Among terms, one over three or more terms of its own, each named before a colon
    // (`Social class: …` over `High Culture: …`), introduces them: each is a card, and the
    // term keeps them in its answer. Examples under a rule (`andar -> anduv-`) stay its answer.
    let s = "Social class";
    assert_cards(
        "rules/term-over-terms.md",
        &[
            (
                "Videos",
                "culture",
                "term",
                3,
                "the shared ways of a people",
            ),
            ("Videos", "Sanctions", "term", 4, "folkways, mores, taboos"),
            ("Videos", "Norms", "term", 5, "rules a group expects"),
            (
                "Videos",
                s,
                "term",
                6,
                "low and high culture\n\n- Popular Culture: ideas that are popular\n…",
            ),
            (s, "Popular Culture", "term", 7, "ideas that are popular"),
            (s, "High Culture", "term", 8, "culture of the elite"),
            (s, "Counterculture", "term", 9, "pushback on the mainstream"),
            ("Verbs", "Estar", "term", 13, "estuv"),
            ("Verbs", "Hacer", "term", 14, "hic"),
            (
                "Verbs",
                "Irregular stems",
                "term",
                15,
                "change in all forms\n\n- andar -> anduv-\n- tener -> tuv-\n- poder -> pud-",
            ),
        ],
    );
}

#[test]
fn rule_label_named_lines() {
    // A short name on a line of its own, the formula (`$$` … `$$`) or the statement that
    // explains it on the very next lines, two or more in a section: each name is a card.
    // The formula's own lines are no names.
    let t = "电磁学";
    assert_cards(
        "rules/label-named-lines.md",
        &[
            (t, "库伦定律", "label", 5, "$$\nF=kq/r^2\n$$"),
            (
                t,
                "电场强度",
                "label",
                10,
                "$$\nE=F/q\n$$\n电场强度等于单位电荷所受的力",
            ),
            (
                t,
                "电场强度叠加原理",
                "label",
                16,
                "点电荷系的电场强度等于各个点电荷电场强度的矢量和",
            ),
            ("力学", "高斯定理", "heading", 19, "通量等于电荷除以常数。"),
        ],
    );
}

#[test]
fn rule_heading_announced_conditions() {
    // `…如果它满足下列条件:` right over `1. 非负性: …`: the conditions a paragraph
    // announces are points of its answer, not terms of their own. A paragraph that
    // announces terms (`The following terms have specific meanings:`) leaves them cards.
    assert_cards(
        "rules/heading-announced-conditions.md",
        &[
            (
                "概率论",
                "概率",
                "heading",
                3,
                "定义: 对每一个事件 A 赋予一个实数 P(A)，如果它满足下列条件:\n1. 非负性: …",
            ),
            (
                "概率论",
                "Deductive",
                "term",
                14,
                "from the general to the particular",
            ),
            (
                "概率论",
                "Inductive",
                "term",
                15,
                "from the particular to the general",
            ),
        ],
    );
}

#[test]
fn rule_label_over_code() {
    // In a note of concept headings, `开发过程：` and `运行过程：`, each over the fenced
    // diagram that shows it: labels over blocks of their own, each a card.
    let t = "程序的开发";
    assert_cards(
        "rules/label-over-code.md",
        &[
            (
                t,
                "开发过程",
                "label",
                5,
                "```mermaid\ngraph TD\n\tA[需求] --> B[编码]\n```",
            ),
            (
                t,
                "运行过程",
                "label",
                12,
                "```mermaid\ngraph TD\n\tA[加载] --> B[执行]\n```",
            ),
            (
                "编译",
                "程序的链接",
                "heading",
                19,
                "把目标文件合并成可执行文件。",
            ),
        ],
    );
}

#[test]
fn rule_inline_answer_bullet_terms() {
    // Among bullet questions, `机器语言：…` names a term that asks nothing: what follows its
    // colon is its answer. `编程题：…` announces the question after its colon.
    let t = "程序的开发";
    assert_cards(
        "rules/inline-answer-bullet-terms.md",
        &[
            (
                t,
                "机器语言",
                "bullet-question",
                3,
                "计算机能执行的01序列，属于机器级语言。",
            ),
            (t, "汇编语言是什么？", "bullet-question", 4, ""),
            (t, "高级语言有哪些？", "bullet-question", 5, ""),
            (
                t,
                "编程题：合并两个有序数组，空间复杂度为O(1)",
                "bullet-question",
                6,
                "",
            ),
        ],
    );
}

#[test]
fn rule_structural_template() {
    // `## 记录模板` is the blank form the author copies for each interview: its labels over
    // empty bullets are no questions.
    let t = "某公司";
    assert_cards(
        "rules/structural-template.md",
        &[
            (t, "Redis 为什么快？", "bullet-question", 15, ""),
            (t, "聊聊你的项目", "bullet-question", 16, ""),
        ],
    );
}

#[test]
fn rule_heading_lazy_lines() {
    // `- Virtually unpreventable` then `Active processes use energy` at the margin: Markdown
    // continues the item lazily, the author started a new block; a line in lower case (`of
    // which ready process…`) goes on the item above. `can` asks only where a line opens with
    // it: `Dead cells can do them` states. The heading is the card.
    assert_cards(
        "rules/heading-lazy-lines.md",
        &[
            (
                "Cells",
                "Passive and active processes",
                "heading",
                3,
                "Passive processes use no energy\n- Dead cells can do them\n- Virtually unpreventable\nActive processes use energy\n- Only living cells can do them",
            ),
            (
                "Cells",
                "Scheduling",
                "heading",
                10,
                "- Short-term scheduling is the actual decision\nof which ready process to execute next.\n- Long-term scheduling admits new processes.",
            ),
        ],
    );
}

#[test]
fn rule_numbered_bold_terms_and_steps() {
    // `1. **Demand factors**: …` then `**Disinflation**: …` written without a number: one
    // glossary, every term a card. Numbered steps that open with a verb in the imperative
    // (`Calculate the cost of basket`, a formula under one) are the heading's answer.
    let t = "Inflation";
    assert_cards(
        "rules/numbered-bold-terms-and-steps.md",
        &[
            (t, "Demand factors", "numbered", 4, "consumer confidence, income, wealth"),
            (t, "Supply shocks", "numbered", 5, "sudden changes in the price of food and oil"),
            (t, "Disinflation", "numbered", 7, "a reduction in the rate of inflation."),
            (t, "Deflation", "numbered", 8, "prices actually fall."),
            (
                t,
                "Consumer Price Index",
                "heading",
                10,
                "Measures the average change in prices paid by consumers.\n\n1. Choose a fixed basket.\n…",
            ),
        ],
    );
}

#[test]
fn rule_explained_outline_under_a_lone_label() {
    // A heading whose text is one bullet naming points in general (`必背要点：`) or a bold
    // name (`**文件系统**`), over concepts each with points of their own: the concepts are
    // the cards; the bold name is their subject. A colon inside brackets ends no term.
    assert_cards(
        "rules/explained-outline-lone-label.md",
        &[
            (
                "第三章",
                "页面置换算法",
                "explained",
                6,
                "- FIFO 会出现 Belady 异常\n- LRU 需要硬件支持",
            ),
            (
                "第三章",
                "抖动的原因",
                "explained",
                9,
                "- 分配给进程的页框太少",
            ),
            (
                "第三章",
                "局部性原理（即：时间与空间局部性）",
                "explained",
                11,
                "- 最近用过的很快会再用\n- 附近的数据很快会用到",
            ),
            (
                "文件系统",
                "目录结构",
                "explained",
                18,
                "- 单级、两级、树形",
            ),
            (
                "文件系统",
                "分配方式",
                "explained",
                20,
                "- 连续、链接、索引",
            ),
        ],
    );
}

#[test]
fn rule_heading_chapter_number_before_a_colon() {
    // `第五章：语法制导翻译`: the chapter's number, then its name; no term defined.
    assert_cards(
        "rules/heading-chapter-number-colon.md",
        &[(
            "编译原理",
            "语法制导翻译",
            "heading",
            3,
            "属性文法给每个文法符号配上属性，并用语义规则计算它们。",
        )],
    );
}

#[test]
fn rule_heading_kinds_of_the_parent_and_bold_parts() {
    // `### Leader-Follower Strategy`, `### Leaderless Strategy` under `## Replication
    // Strategies`: kinds the heading names, each a card (not versions of one answer).
    // `**Advantages**: …` among bold items names a part of the heading's answer, so the
    // items are no glossary; a term named again in the answer's example is one card.
    assert_cards(
        "rules/heading-kinds-of-the-parent.md",
        &[
            (
                "Replication Strategies",
                "Leader-Follower Strategy",
                "heading",
                4,
                "- **Leaders** accept every write.\n…",
            ),
            (
                "Replication Strategies",
                "Leaderless Strategy",
                "heading",
                10,
                "- Any replica accepts writes; quorums decide.",
            ),
            (
                "Storage",
                "Byte Order",
                "heading",
                13,
                "- **Definition**: The order of bytes in a word.\n…",
            ),
            (
                "Storage",
                "Big-Endian",
                "term",
                15,
                "Most significant byte first.",
            ),
            (
                "Storage",
                "Little-Endian",
                "term",
                16,
                "Least significant byte first.",
            ),
        ],
    );
}

#[test]
fn rule_heading_beside_a_glossary_section_is_no_log() {
    // A sibling section whose paragraphs each define a term (`Fiat money: has value…`) is a
    // glossary, not an interview log: `## Inflation` keeps its own text as its card.
    let t = "heading-beside-a-glossary-section";
    assert_cards(
        "rules/heading-beside-a-glossary-section.md",
        &[
            (
                t,
                "Inflation",
                "heading",
                2,
                "Inflation is a general rise in prices across the economy. It can come from:\n…",
            ),
            (
                "Inflation",
                "Measuring inflation",
                "heading",
                7,
                "The consumer price index tracks the price of a fixed basket of goods.",
            ),
            (
                t,
                "Kinds of money",
                "heading",
                10,
                "Money is whatever people accept in payment. Two kinds matter here.\n…",
            ),
            (
                "Kinds of money",
                "Fiat money",
                "paragraph-question",
                17,
                "has value because a government declares it legal tender.",
            ),
            (
                "Kinds of money",
                "Commodity money",
                "paragraph-question",
                18,
                "has value of its own, like gold or salt.",
            ),
        ],
    );
}

#[test]
fn rule_separated_blocks_in_plain_text() {
    // A `.txt` of blocks set apart by `-----` lines, each opening with a name: one card per
    // block, its whole text the answer (lists and `好处：` labels included), up to the next
    // rule, even one written right under the text. A `待补充：` block is no card.
    let t = "separated-plain-text";
    assert_cards(
        "rules/separated-plain-text.txt",
        &[
            (
                t,
                "事件委托",
                "separated",
                1,
                "把子元素的事件交给父元素处理，利用事件冒泡。\n\n好处：\n\n1. 减少监听器数量\n2. 新增子元素不用再绑定",
            ),
            (
                t,
                "防抖",
                "separated",
                12,
                "一段时间内只执行最后一次。\n\n常见场景：  \n搜索框输入  \n窗口 resize",
            ),
            (t, "节流", "separated", 21, "一段时间内只执行一次。"),
        ],
    );
}

#[test]
fn rule_label_bold_names_across_rules() {
    // Bold names, each over its text, in blocks set apart by `---`, some written with no blank
    // line between them: every name is a card (the rules only group them), and the items
    // under one (`- **时间**`) answer it rather than outrank the names.
    assert_cards(
        "rules/label-bold-names-across-rules.md",
        &[
            (
                "要点",
                "三大战役",
                "label",
                5,
                "辽沈战役、淮海战役、平津战役",
            ),
            (
                "要点",
                "两个务必",
                "label",
                10,
                "谦虚谨慎、不骄不躁，艰苦奋斗",
            ),
            (
                "要点",
                "七届二中全会",
                "label",
                12,
                "党的工作重心由乡村转移到城市\n- **时间**\n…",
            ),
            (
                "要点",
                "新民主主义革命的三大法宝",
                "label",
                20,
                "1. 统一战线\n2. 武装斗争\n3. 党的建设",
            ),
            ("要点", "土地改革", "label", 25, "废除封建剥削的土地制度"),
        ],
    );
}

#[test]
fn clean_a_note_written_in_quotes() {
    // Most of the note's blocks sit in plain `>` quotes (no callout): the quotes frame
    // nothing, so the terms, lists and code inside them are read as they would be outside.
    assert_cards(
        "rules/clean-note-written-in-quotes.md",
        &[
            ("图", "顶点", "term", 5, "图中的数据元素"),
            ("图", "边", "term", 7, "两个顶点之间的关系"),
            (
                "图的遍历",
                "深度优先",
                "term",
                11,
                "沿一条路走到底，再回溯\n\n```c\nvoid dfs(int v);\n```",
            ),
            (
                "图的遍历",
                "广度优先",
                "term",
                19,
                "一层一层向外扩展，借助队列",
            ),
            ("图的遍历", "拓扑排序", "term", 23, "每次取出入度为零的顶点"),
            (
                "图",
                "最短路径",
                "heading",
                25,
                "Dijkstra 算法适用于非负权图",
            ),
        ],
    );
}

#[test]
fn rule_term_dash_chain_is_no_term() {
    // `电——机械——调制——机械——电` is a chain of steps, not a name and its explanation.
    // The same dash once, between a name and its explanation, defines the name.
    assert_cards(
        "rules/term-dash-chain.md",
        &[
            (
                "传感器",
                "谐振传感器",
                "heading",
                3,
                "- 电——机械——调制——机械——电\n- 外来质量引起频率变化",
            ),
            (
                "市场",
                "交易成本",
                "term",
                10,
                "相关各方为达成交易付出的成本",
            ),
            ("市场", "沉没成本", "term", 11, "已经付出且无法收回的成本"),
        ],
    );
}

#[test]
fn rule_numbered_questions_after_an_answer_list() {
    // A heading's answer in bullets, then right under it a numbered list of questions (list
    // markup, no blank line): those are questions of their own, not more answer.
    let t = "Backend";
    assert_cards(
        "rules/numbered-questions-after-an-answer-list.md",
        &[
            (
                t,
                "How do you keep services observable?",
                "heading",
                3,
                "- Structured logs with a request id\n- Dashboards and alerts on latency",
            ),
            (
                t,
                "Describe a production incident you handled.",
                "numbered",
                7,
                "",
            ),
            (
                t,
                "How do you choose between queues and direct calls? When would you pick each?",
                "numbered",
                8,
                "",
            ),
            (
                t,
                "Have you tuned a database index? What did you measure?",
                "numbered",
                9,
                "",
            ),
            (
                t,
                "Are you comfortable with on-call? How do you hand over?",
                "numbered",
                10,
                "",
            ),
            (
                t,
                "What is idempotency?",
                "heading",
                12,
                "- Doing it twice has the same effect as once",
            ),
        ],
    );
}

#[test]
fn rule_explained_bare_item_that_asks_by_its_first_word() {
    // `- How the browser paints a page` has no question mark and no points under it, but it
    // asks by its first word: among explained items it is a card not answered yet, not text
    // of the title.
    assert_cards(
        "rules/explained-bare-item-that-asks.md",
        &[
            (
                "Web review",
                "box model",
                "explained",
                3,
                "- content, padding, border, margin from inside out",
            ),
            (
                "Web review",
                "How the browser paints a page",
                "explained",
                5,
                "",
            ),
            (
                "Web review",
                "grid layout",
                "explained",
                6,
                "- rows and columns declared on the container",
            ),
        ],
    );
}

#[test]
fn rule_explained_under_a_bare_subject_and_a_bare_name_among_them() {
    // `## 算法` is a subject (the kind word alone names no kind of things): its explained
    // items are cards. `- cookie`, set apart by blank lines among explained items, is a card
    // not answered yet.
    assert_cards(
        "rules/explained-bare-name-among-items.md",
        &[
            (
                "Algorithms",
                "蓄水池抽样",
                "explained",
                5,
                "```python\ndef sample(stream, k): ...\n```",
            ),
            (
                "Algorithms",
                "一致性哈希",
                "explained",
                10,
                "- 哈希环上顺时针找第一个节点",
            ),
            ("Networking", "HTTP", "explained", 15, "- 无状态，明文传输"),
            ("Networking", "cookie", "explained", 19, ""),
            (
                "Networking",
                "HTTPS",
                "explained",
                21,
                "- 在 TCP 和 HTTP 之间加了一层 TLS",
            ),
        ],
    );
}

#[test]
fn rule_label_bold_subsections_under_a_subject() {
    // A heading that names a subject in words, its own text, then bold names (an italic one
    // among them) each over text of their own: sub-sections written in bold, cards beside
    // the heading's.
    let t = "Aid and growth: evidence and debate";
    assert_cards(
        "rules/label-bold-subsections-under-a-subject.md",
        &[
            (
                "Development economics",
                t,
                "heading",
                3,
                "Most studies find a weak link between aid and growth, with large differences between countries.",
            ),
            (
                t,
                "The Absorption Problem",
                "label",
                7,
                "- Large inflows can outrun what ministries can spend well.\n- Prices of local goods rise with the inflow.",
            ),
            (
                t,
                "Conditions That Fail",
                "label",
                12,
                "- Governments agree to reforms they never meant to carry out.",
            ),
            (
                t,
                "Aid and Institutions",
                "label",
                16,
                "- Aid can weaken the link between taxpayers and the state.",
            ),
        ],
    );
    // Under a concept (`## channel`), bold names are the parts of its one answer.
    assert_cards(
        "rules/heading-bold-parts-under-a-concept.md",
        &[(
            "Go",
            "channel",
            "heading",
            3,
            "A typed pipe between goroutines.\n\n**数据结构**\n\n- 环形缓冲区和两个等待队列\n\n**发送过程**\n\n- 有等待的接收者时直接交给它",
        )],
    );
}

#[test]
fn rule_term_bold_short_and_restarting_definitions() {
    // `**Edge**: Line`: after a colon a word defines its bold term too. Inside an answer,
    // `- **Simple Cycle** Cycle that…` defines its term by starting over after it.
    assert_cards(
        "rules/term-bold-short-and-restarting.md",
        &[
            (
                "Drawing conventions",
                "Vertex",
                "term",
                4,
                "Circle (labelled with its name)",
            ),
            ("Drawing conventions", "Edge", "term", 5, "Line"),
            (
                "Drawing conventions",
                "Weight",
                "term",
                6,
                "Number beside the edge (cost of crossing it)",
            ),
            (
                "Drawing conventions",
                "Direction",
                "term",
                7,
                "Arrowhead (from tail to head)",
            ),
            (
                "Graphs",
                "Paths",
                "heading",
                9,
                "- A path never repeats a vertex\n…",
            ),
            (
                "Graphs",
                "Cycle",
                "term",
                13,
                "A path that ends where it started\n\n- e.g., a ring road",
            ),
            (
                "Graphs",
                "Simple Cycle",
                "term",
                15,
                "Cycle that repeats no vertex but the first.",
            ),
        ],
    );
}

#[test]
fn rule_explained_bare_name_styled_like_its_siblings() {
    // In an outline, `_tensor shape_` with nothing under it, set in italics like the explained
    // names around it, is one more of them: a card not answered yet (no blank lines needed).
    let t = "Basics";
    assert_cards(
        "rules/explained-bare-name-styled-like-its-siblings.md",
        &[
            (
                t,
                "tensor",
                "explained",
                3,
                "- The main container of numbers in the library.\n- Anything we can index along axes.",
            ),
            (t, "tensor shape", "explained", 7, ""),
            (t, "tensor view", "explained", 8, "- A tensor seen through other strides, at no copy.\n…"),
            (t, "tensor dtype", "explained", 14, "- Every tensor holds numbers of one type.…"),
            (t, "tensor methods", "explained", 16, "- sum/mean/max/etc\n…"),
        ],
    );
}

#[test]
fn clean_logseq_block_references() {
    // `((uuid))` of a block on the same page reads as that block's text; a bullet holding
    // only a reference to another page's block answers its parent (it points elsewhere).
    let t = "clean-logseq-block-references";
    assert_cards(
        "rules/clean-logseq-block-references.md",
        &[
            (
                t,
                "Short summary",
                "explained",
                1,
                "- A protocol for moving mail between servers.",
            ),
            (t, "MIME", "explained", 3, "- (a block of another page)"),
            (
                "Parts",
                "envelope",
                "explained",
                7,
                "- Sender and recipients, as the servers see them.",
            ),
            (
                "Parts",
                "Routing of envelopes",
                "explained",
                10,
                "- Each hop reads the envelope only.",
            ),
        ],
    );
}

#[test]
fn rule_heading_tagged_and_listing_its_parts() {
    // Tags after a heading (`#简答题`, `#名词解释`) file it; they do not make it a list of
    // questions. A heading that lists the names of its explained items (`…的成因与影响` over
    // `工业革命的成因` and `影响`) announces them: they are the cards.
    let t = "工业革命的成因与影响";
    assert_cards(
        "rules/heading-tagged-and-listing-its-parts.md",
        &[
            (
                t,
                "工业革命的成因",
                "explained",
                2,
                "- 圈地运动提供劳动力\n- 海外贸易积累资本",
            ),
            (t, "影响", "explained", 5, "- 工厂制度确立\n- 城市化加快"),
            (
                "heading-tagged-and-listing-its-parts",
                "圈地运动",
                "heading",
                8,
                "- 贵族圈占公地，农民失去土地\n- 为工业提供了自由劳动力",
            ),
        ],
    );
}

#[test]
fn rule_label_bullets_heading_paragraphs() {
    // One-line bullets each followed by the paragraphs that explain them, the way headings
    // would be: each bullet is a card, answered by the paragraphs up to the next bullet (one
    // with none is not answered yet).
    let t = "需求";
    assert_cards(
        "rules/label-bullets-heading-paragraphs.md",
        &[
            (
                t,
                "需求定理（Law of demand）",
                "label",
                5,
                "在其他条件不变时，价格上升，需求量减少。",
            ),
            (t, "需求曲线向右下方倾斜", "label", 9, ""),
            (
                t,
                "影响需求的因素（Determinants of demand）",
                "label",
                11,
                "收入、相关物品价格、偏好、预期。\n\n正常物品（normal good）在收入增加时需求增加。",
            ),
        ],
    );
}

#[test]
fn rule_separated_plain_questions_in_blocks() {
    // `Questions:` over the first rule names no subject (the file does). A question written
    // as a paragraph of its own inside a block is a card beside the block's; a block that
    // only asks (`… $$$$$$$$$$`) is a question not answered yet; a file path closing a block
    // stays in it rather than heading the blocks after it.
    let t = "separated-plain-questions-in-blocks";
    assert_cards(
        "rules/separated-plain-questions-in-blocks.txt",
        &[
            (t, "Immutable classes", "separated", 3, "String/Immutable.java\n\nWhat is the need of an immutable object?\n…"),
            (
                t,
                "What is the need of an immutable object?",
                "sub-question",
                6,
                "Safe sharing between threads.  \nUsable as a map key.",
            ),
            (t, "What is a memory barrier?", "separated", 10, ""),
            (
                t,
                "Checked vs unchecked exceptions",
                "separated",
                12,
                "Checked ones must be declared or caught.  \nUnchecked ones extend RuntimeException.\n\nNotes/Exceptions.pdf",
            ),
            (
                t,
                "Garbage collection roots",
                "separated",
                18,
                "Stack frames, static fields and JNI references.",
            ),
            // (A block's title may close with a period.)
            (
                t,
                "Heap memory Vs Stack Memory, in short.",
                "separated",
                21,
                "The stack holds call frames; the heap holds objects.",
            ),
        ],
    );
}

#[test]
fn rule_term_outline_nothing_else_took() {
    // An outline no rule takes as a whole (terms among statements, labels and lists): the
    // items that define their terms are cards all the same, rather than the whole outline
    // reported as text outside any question. `**1905 First Crisis **The…`, a space typed
    // inside the closing marks, still names a term.
    let t = "Causes of the war";
    assert_cards(
        "rules/term-outline-nothing-else-took.md",
        &[
            (
                t,
                "1905 First Crisis",
                "term",
                5,
                "The conference gave one power control of the ports.\n…",
            ),
            (
                t,
                "Nationalism",
                "term",
                9,
                "pride in one's nation above others\n…",
            ),
            (
                t,
                "Militarism",
                "term",
                15,
                "the belief that a strong army keeps the peace\n…",
            ),
            // (An item over a paragraph of its own heads it too.)
            (t, "Blocs", "term", 23, "Two camps faced each other\n…"),
        ],
    );
}

#[test]
fn rule_label_over_bullet_questions() {
    // `Before the day:` over bullets most of which ask: the label is their subject, every
    // bullet a card (the questions with or without answers, the names with theirs).
    let t = "Before the day";
    assert_cards(
        "rules/label-over-bullet-questions.md",
        &[
            (
                "Notes on running a workshop",
                "Why workshops fail",
                "label",
                5,
                "- Nobody owns the outcome and the notes are lost.\n- Too many people are invited for real discussion.",
            ),
            (t, "Room and catering", "bullet-question", 10, ""),
            (
                t,
                "Who is the workshop for ?",
                "bullet-question",
                11,
                "- Decide who must leave with a decision.",
            ),
            (
                t,
                "What should people do afterwards ?",
                "bullet-question",
                13,
                "- Name one action per group.",
            ),
            (t, "How long can each session be?", "bullet-question", 15, ""),
            (t, "Materials", "bullet-question", 16, "- Printed agenda\n- Sticky notes"),
        ],
    );
}

#[test]
fn rule_heading_articles_share_nothing() {
    // `The Stampede`, `The Stale Read`: sub-headings that share only an article are concepts
    // of their own, not versions of one answer. `Dont care` answers nothing.
    let t = "Cache Failures";
    assert_cards(
        "rules/heading-articles-share-nothing.md",
        &[
            (
                t,
                "The Stampede",
                "heading",
                4,
                "Many clients miss at once and all hit the database.",
            ),
            (
                t,
                "The Stale Read",
                "heading",
                6,
                "A client reads a value that was already replaced.",
            ),
            (t, "The Cold Start", "heading", 8, ""),
        ],
    );
}

#[test]
fn rule_bullet_question_names_after_the_mark() {
    // In a log of bullet questions, short Chinese names after the question mark (`…？聚簇索引，
    // 覆盖索引`) go on saying what was asked; a reply (`6379`) is the answer.
    let t = "某厂一面";
    assert_cards(
        "rules/bullet-question-names-after-the-mark.md",
        &[
            (
                t,
                "说一下索引的结构？聚簇索引，覆盖索引",
                "bullet-question",
                3,
                "",
            ),
            (t, "Redis 的默认端口是多少？", "bullet-question", 5, "6379"),
            (t, "事务隔离级别有哪些？", "bullet-question", 7, ""),
        ],
    );
}

#[test]
fn rules_heading_beside_questions_keeps_its_text() {
    // A heading whose text goes on after the questions taken from it is a card of its whole
    // text, from its first line, not only from what is left after them.
    let t = "Conceptual design";
    assert_cards(
        "rules/heading-beside-questions-keeps-its-text.md",
        &[
            (
                "Databases",
                t,
                "heading",
                3,
                "- What are the entities and relationships in the enterprise?\n…",
            ),
            (
                t,
                "What are the entities and relationships in the enterprise?",
                "bullet-question",
                4,
                "- Entities are usually nouns\n    - e.g., students and courses\n- Relationships are usually verbs",
            ),
            (t, "What information about them should we store?", "bullet-question", 8, ""),
            (t, "What integrity constraints hold?", "bullet-question", 9, ""),
        ],
    );
}

#[test]
fn rule_outline_numbered_blocks() {
    // `- 1. Merge sort` over its own bullets: the number labels the outliner block, it is no
    // list inside it. A sibling left without the `heading:: true` mark is a section all the
    // same.
    assert_cards(
        "rules/outline-numbered-blocks.md",
        &[
            (
                "Sorting",
                "Merge sort",
                "heading",
                5,
                "- Split the array in halves and sort each half.\n…",
            ),
            (
                "Sorting",
                "Quick sort",
                "heading",
                9,
                "- Pick a pivot and partition around it.\n- Sort both sides on their own.",
            ),
        ],
    );
}

#[test]
fn rule_comment_labels() {
    // `<!-- WHAT IS DNS -->` over the text that answers it, again and again: the author's
    // labels, read as headings. A tool directive (`<!-- more -->`) labels nothing; a table
    // set with tabs names no terms; `diff between …` asks.
    let t = "comment-labels";
    assert_cards(
        "rules/comment-labels.md",
        &[
            (
                t,
                "WHAT IS DNS",
                "heading",
                5,
                "DNS turns a domain name into an IP address.\nResolvers cache the answer for its TTL.",
            ),
            (
                t,
                "WHAT IS ARP",
                "heading",
                9,
                "ARP finds the MAC address that goes with an IP address.",
            ),
            (t, "HTTP STATUS CODES", "empty-heading", 12, ""),
            (
                t,
                "diff between TCP and UDP",
                "heading",
                14,
                "TCP: connection oriented, reliable, ordered\nUDP: connectionless, no delivery guarantee",
            ),
            (t, "DNS records", "heading", 18, "A :\tAddress\tpoints a name at an IPv4 address\n…"),
        ],
    );
}

#[test]
fn rule_fence_in_list_item() {
    // A code fence opening a list item (`- ```xml`, as outliners write code) is code to its
    // close: the comments inside it are code, not labels.
    assert_cards(
        "rules/fence-in-list-item.md",
        &[
            (
                "Spring configuration",
                "Component scan",
                "explained",
                3,
                "- ```xml\n  <!-- scan the packages -->\n…",
            ),
            (
                "Spring configuration",
                "View resolver",
                "explained",
                12,
                "- maps a view name to a page",
            ),
        ],
    );
}

#[test]
fn rule_lone_outline_block() {
    // One block at the margin holding the whole page reads as that block written as a
    // heading: its concepts are cards under it. A glossary set off by spaced dashes inside
    // one of their answers gives a card per term, once, from the closest answer.
    let t = "Routing";
    assert_cards(
        "rules/lone-outline-block.md",
        &[
            ("Networks", t, "heading", 5, "- Choosing the path a packet takes.\n…"),
            (
                t,
                "Distance vector",
                "explained",
                8,
                "- Each router tells its neighbours its distances.\n- Slow to converge after a link fails.",
            ),
            (t, "Link state", "explained", 11, "- Each router floods the state of its links."),
            (t, "Protocols", "explained", 13, "- Kinds\n…"),
            (t, "RIP", "term", 15, "a distance vector protocol counting hops"),
            (t, "OSPF", "term", 16, "a link state protocol inside one network"),
            (t, "BGP", "term", 17, "the path vector protocol between networks"),
        ],
    );
}

#[test]
fn rule_cjk_space_terms() {
    // `冒泡 相邻元素两两比较交换`: a short Chinese name, one space, its explanation (a Latin
    // gloss in brackets may follow the name; a number may come first, `1.名义尺度 …`). A
    // chapter number (`第二章 查找`) is no term.
    assert_cards(
        "rules/cjk-space-terms.md",
        &[
            ("排序", "稳定性", "numbered", 2, "相等元素排序后次序不变"),
            ("排序", "冒泡", "term", 4, "相邻元素两两比较交换"),
            ("排序", "选择", "term", 5, "每轮选出最小者放到前面"),
            (
                "排序",
                "插入 (insertion)",
                "term",
                6,
                "逐个插入已排好的部分",
            ),
            ("排序", "快速 (quick)", "term", 7, "以基准划分后递归"),
            ("查找", "顺序查找", "numbered", 9, "从头到尾逐个比较"),
            ("查找", "二分查找", "numbered", 10, "有序表中每次折半"),
            (
                "尺度",
                "名义尺度 (nominal)",
                "numbered",
                12,
                "区分类别而无顺序",
            ),
            (
                "尺度",
                "顺序尺度 (ordinal)",
                "numbered",
                13,
                "有顺序而无固定间距",
            ),
            // (An explanation in clauses set off by a space and a comma explains too.)
            (
                "尺度",
                "区间尺度 (interval)",
                "numbered",
                14,
                "表示程度差异的数值 间距固定，没有绝对零点",
            ),
        ],
    );
}

#[test]
fn rule_textbook_plan_sections() {
    // `### 3.3 光纤的色散` left empty among a textbook's numbered sections is the book's plan,
    // not a question; Logseq's dotted properties (`logseq.order-list-type:: number`) are
    // metadata, no answer.
    assert_cards(
        "rules/textbook-plan-sections.md",
        &[
            (
                "光纤通信",
                "光纤结构",
                "heading",
                2,
                "- 纤芯和包层组成，纤芯折射率更高",
            ),
            ("光纤的损耗", "吸收损耗", "term", 5, "材料吸收光能"),
            ("光纤的损耗", "散射损耗", "term", 7, "瑞利散射为主"),
        ],
    );
}

#[test]
fn rule_summary_over_sections() {
    // A brief text naming every one of its three or more sub-headings summarises them: the
    // heading's card is that text, and each sub-heading is a card of its own.
    let t = "数据库设计的步骤";
    assert_cards(
        "rules/summary-over-sections.md",
        &[
            (
                "数据库原理",
                t,
                "heading",
                5,
                "> 设计分为需求分析、概念设计、逻辑设计和物理设计。",
            ),
            (
                t,
                "需求分析",
                "heading",
                9,
                "调查用户的数据和处理要求，写出数据字典。",
            ),
            (t, "概念设计", "heading", 13, "用 E-R 图描述实体和联系。"),
            (
                t,
                "逻辑设计",
                "heading",
                17,
                "把 E-R 图转换为关系模式并规范化。",
            ),
            (
                "数据库原理",
                "范式",
                "heading",
                21,
                "关系模式满足的约束条件，级别越高冗余越少。",
            ),
        ],
    );
}

#[test]
fn rule_outliner_double_colon_terms() {
    // `信道容量:: 无差错传输的最大速率`: a Chinese name set off the outliner's way names no
    // property; it defines a term.
    assert_cards(
        "rules/outliner-double-colon-terms.md",
        &[
            ("信道", "信道带宽", "term", 2, "信道能通过的频率范围"),
            ("信道", "信道容量", "term", 3, "无差错传输的最大速率"),
            ("信道", "信噪比", "term", 4, "信号功率与噪声功率之比"),
        ],
    );
}

#[test]
fn rule_plain_chapter_long_name() {
    // `一、redis 数据类型/持久化/过期策略` over labelled answers: a plain-text chapter, however
    // many names it lists; its labels are the cards.
    let t = "redis 数据类型/持久化/过期策略";
    assert_cards(
        "rules/plain-chapter-long-name.txt",
        &[
            (
                t,
                "持久化方式的区别",
                "label",
                2,
                "1）RDB 定时生成快照，恢复快但可能丢数据。  \n2）AOF 记录每条写命令，更安全但文件更大。",
            ),
            (t, "过期策略", "label", 6, "惰性删除加定期删除，内存不足时按淘汰策略清理。"),
            ("plain-chapter-long-name", "redis 集群", "numbered", 9, ""),
        ],
    );
}

#[test]
fn rule_english_kinds_are_cards() {
    // `## Scheduling Algorithms` over three algorithms, each with its points: as for any
    // list of explained items, the items are the cards and the heading groups them.
    let t = "Scheduling Algorithms";
    assert_cards(
        "rules/english-kinds-are-cards.md",
        &[
            (
                t,
                "First come first served",
                "explained",
                4,
                "- Runs jobs in the order they arrive",
            ),
            (
                t,
                "Shortest job first",
                "explained",
                6,
                "- Runs the shortest job next\n- Needs to know run times ahead",
            ),
            (
                t,
                "Round robin",
                "explained",
                9,
                "- Gives each job a time slice in turn",
            ),
        ],
    );
}

#[test]
fn rule_bold_terms_one_plain() {
    // Bold terms defined inside an answer are cards of their own; one the author left plain
    // among them (`- Materials: …`) is one more.
    let t = "Computer vision";
    assert_cards(
        "rules/bold-terms-one-plain.md",
        &[
            (t, "Heads", "heading", 3, "- Outputs\n…"),
            (
                t,
                "Scene label",
                "term",
                5,
                "predicted from the pooled top feature map",
            ),
            (
                t,
                "Object label",
                "term",
                6,
                "predicted from all fused feature maps",
            ),
            (
                t,
                "Materials",
                "term",
                7,
                "predicted from the finest feature map",
            ),
            (
                t,
                "Texture label",
                "term",
                8,
                "predicted from its own branch",
            ),
        ],
    );
}

#[test]
fn rule_part_word_labels() {
    // `1. 描述: …` `2. 比较: …`: numbered labels that name parts of an answer (asking words
    // used as labels among them) are the heading's answer, not questions.
    assert_cards(
        "rules/part-word-labels.md",
        &[
            (
                "统计",
                "集中趋势",
                "heading",
                2,
                "1. 描述: 平均数、中位数、众数\n2. 比较: 右偏时众数小于中位数小于平均数",
            ),
            ("离散程度", "全距", "numbered", 6, "最大值减最小值"),
            ("离散程度", "方差", "numbered", 7, "离差平方的平均数"),
        ],
    );
}

#[test]
fn rule_topic_name_before_gloss() {
    // `## 抽样: 以偏概全`: a Chinese name with a gloss after its colon is named by the name;
    // a chapter's number before the colon (`第二讲：估计`) is no name.
    assert_cards(
        "rules/topic-name-before-gloss.md",
        &[
            ("抽样", "样本", "numbered", 3, "总体的一部分"),
            ("抽样", "误差", "numbered", 4, "样本与总体的差"),
            ("第二讲：估计", "点估计", "numbered", 6, "用一个值估计参数"),
            (
                "第二讲：估计",
                "区间估计",
                "numbered",
                7,
                "给出参数所在的区间",
            ),
        ],
    );
}

#[test]
fn rule_sub_question_bold_inside_answer() {
    // A question set in bold as a paragraph of its own inside a question's answer is the
    // author's next question: a card of its own; the answer above keeps its whole text.
    assert_cards(
        "rules/sub-question-bold-inside-answer.md",
        &[
            (
                "Redis",
                "Redis 集群的优缺点？",
                "heading",
                3,
                "数据自动分片到不同节点。\n…",
            ),
            (
                "Redis",
                "用过哪种集群方案，原理是什么？",
                "sub-question",
                9,
                "Sentinel 负责高可用，主节点宕机时提升从节点。\n\nCluster 负责扩展，按哈希槽分片。",
            ),
            (
                "Redis",
                "Redis 为什么快？",
                "heading",
                15,
                "内存操作，单线程避免切换。",
            ),
        ],
    );
}

#[test]
fn rule_long_nested_question() {
    // A bullet deep in an answer that asks outright, with its answer nested under it, is a
    // card of its own, long as the question may run.
    let t = "long-nested-question";
    let q = "what are downstream tasks, and why does fine-tuning a pretrained model on them give large gains?";
    assert_cards(
        "rules/long-nested-question.md",
        &[
            (
                t,
                "Fine-tuning",
                "heading",
                1,
                "- Adapting a pretrained model to one task.\n…",
            ),
            (
                t,
                q,
                "sub-question",
                4,
                "- A downstream task is one specific task; the model already knows the language.",
            ),
        ],
    );
}

#[test]
fn rule_questions_item_among_concepts() {
    // `- questions` over bullets that ask, among explained concepts, names the questions
    // under it: they are the cards, it is none.
    let t = "questions-item-among-concepts";
    assert_cards(
        "rules/questions-item-among-concepts.md",
        &[
            (
                t,
                "temperature",
                "explained",
                1,
                "- how random the sampling is",
            ),
            (
                t,
                "top-p",
                "explained",
                3,
                "- sample from the smallest set of tokens whose odds add up to p",
            ),
            (
                t,
                "how does the model pick the next token?",
                "bullet-question",
                6,
                "- it samples from the softmax of the logits",
            ),
            (
                t,
                "why does a low temperature repeat itself?",
                "bullet-question",
                8,
                "- the likeliest token wins every time",
            ),
        ],
    );
}

#[test]
fn rule_details_answer_label() {
    // `<details><summary>Answer</summary>` under a numbered question: the summary only
    // hides the answer; the question is the line above. A block closed by a mistyped tag
    // (`</summary>`, `</detail>`) ends there.
    let t = "Databases";
    assert_cards(
        "rules/details-answer-label.md",
        &[
            (
                t,
                "What is a transaction?",
                "details",
                3,
                "A unit of work that either happens whole or not at all.",
            ),
            (
                t,
                "Why index a column?",
                "details",
                7,
                "Lookups by that column stop scanning the whole table.",
            ),
            (
                t,
                "What does VACUUM do?",
                "details",
                11,
                "It reclaims the space dead rows still hold.",
            ),
        ],
    );
}

#[test]
fn rule_marked_question_in_a_log() {
    // `Q: …` on the line after the round's date opens a question of its own, answered by
    // everything up to the next one (fences and prose alike); the date is a detail of the
    // log, and so is `时间： …` over the next round's bare questions.
    assert_cards(
        "rules/marked-question-in-a-log.md",
        &[
            (
                "一面",
                "说说 TCP 的三次握手",
                "marked-question",
                5,
                "你好吗？（SYN）\n我很好，你呢？（SYN-ACK）\n我也好。（ACK）\n\n严格地说是这样的，\n\nA 先发报文给 B，\nB 收到后回复 A。\n\n所以三次一次都不能少。",
            ),
            ("一面", "什么是 RPC", "marked-question", 18, "远程过程调用，像调本地方法一样调远程服务。"),
            ("二面", "线程是否越多越好", "paragraph-question", 23, ""),
            ("二面", "JVM 的程序计数器有什么作用", "paragraph-question", 24, ""),
        ],
    );
}

#[test]
fn rule_paragraph_question_company_lists() {
    // Plain-text lists of the questions each company asked, under the company's name
    // (`字节面试`), one per line, some not phrased as questions; two lines that both ask
    // at the top are questions too, not a title.
    let f = "paragraph-question-company-lists";
    let (a, b) = ("字节面试", "汇丰面试");
    assert_cards(
        "rules/paragraph-question-company-lists.txt",
        &[
            (f, "介绍一下你的项目", "paragraph-question", 1, ""),
            (f, "项目中遇到了什么困难", "paragraph-question", 2, ""),
            (a, "负载均衡策略有哪些", "paragraph-question", 5, ""),
            (a, "为什么要用redis", "paragraph-question", 6, ""),
            (a, "mysql的存储引擎有哪些", "paragraph-question", 7, ""),
            (a, "计算机网络的模型", "paragraph-question", 8, ""),
            (a, "Io流的BIO，NIO和AIO", "paragraph-question", 9, ""),
            (a, "事务的四个特性", "paragraph-question", 10, ""),
            (b, "socket", "paragraph-question", 13, ""),
            (b, "list 和 map", "paragraph-question", 14, ""),
            (b, "vim的模式", "paragraph-question", 15, ""),
        ],
    );
}

#[test]
fn rule_explained_lone_block_beside_headings() {
    // `- CSS tips` over its points after `- Query commands` marked `heading:: true`: the one
    // unmarked block among marked ones is a card of its own, not text outside any question.
    assert_cards(
        "rules/explained-lone-block-beside-headings.md",
        &[
            (
                "Logseq",
                "Query commands",
                "heading",
                5,
                "- Find blocks with a tag\n…",
            ),
            (
                "Logseq",
                "CSS tips",
                "explained",
                11,
                "- Custom CSS lives in custom.css\n- Reload the page to apply it",
            ),
        ],
    );
}

#[test]
fn rule_outline_heading_among_formulas() {
    // A Logseq page whose bullets carry formulas on their own lines (fewer bullet lines than
    // others): a block marked `heading:: true` still makes it an outliner's page, its
    // numbered blocks the cards.
    assert_cards(
        "rules/outline-heading-among-formulas.md",
        &[
            (
                "Triangulation",
                "Linear triangulation",
                "heading",
                5,
                "- Stack the constraints from every view:\n  $$\n  A x = 0, \\quad\n  A = [a_1; a_2; a_3]\n  $$",
            ),
            (
                "Triangulation",
                "Refinement",
                "heading",
                12,
                "- Minimise the reprojection error:\n  $$\n  \\sum_i \\|r_i\\|^2\n  $$",
            ),
        ],
    );
}

#[test]
fn rule_explained_org_blocks() {
    // Logseq's Org-mode block marks (`#+BEGIN_NOTE` … `#+END_NOTE`) are markup: the note
    // inside stays in the answer, named by its kind, and no mark becomes a question.
    assert_cards(
        "rules/explained-org-blocks.md",
        &[
            (
                "orm",
                "Named queries",
                "explained",
                3,
                "- defined once on the entity, called by name\n- through a properties file\n\t- Note:\n\t  The file must be on the classpath.",
            ),
            (
                "orm",
                "Criteria API",
                "explained",
                9,
                "- builds queries from objects\n- type-checked by the compiler",
            ),
        ],
    );
}

#[test]
fn rule_bold_question_items_over_paragraphs() {
    // `* **语句覆盖**` alone in its list, then paragraphs that make its points (`**特点**：…`):
    // each bold item is a card, the text up to the next one its answer.
    let t = "单元测试";
    assert_cards(
        "rules/bold-question-items-over-paragraphs.md",
        &[
            (
                t,
                "黑盒和白盒的区别",
                "heading",
                3,
                "黑盒只看功能，白盒要看代码逻辑。",
            ),
            (
                t,
                "三种覆盖方法及其应用",
                "heading",
                7,
                "> 三种方法都属于白盒测试。\n…",
            ),
            (
                t,
                "语句覆盖",
                "bold-question",
                11,
                "**特点**：每条语句至少执行一次。\n\n**缺点**：发现不了判定中的逻辑错误。",
            ),
            (
                t,
                "判定覆盖",
                "bold-question",
                17,
                "> 判定覆盖和条件覆盖不同。\n\n**特点**：每个判定的真假分支至少执行一次。",
            ),
            (
                t,
                "路径覆盖",
                "bold-question",
                23,
                "**特点**：覆盖程序中所有可能的路径。\n\n**缺点**：路径数随分支指数增长。",
            ),
        ],
    );
}

#[test]
fn rule_explained_bracketed_points() {
    // `PVD（成本低，稳定，方向性强）`: a short name, then its points in brackets to the end of
    // the line: the name is the question, the bracket opens its answer.
    let t = "薄膜沉积";
    assert_cards(
        "rules/explained-bracketed-points.md",
        &[
            (
                t,
                "热氧化",
                "explained",
                3,
                "（绝缘，掩膜，牺牲层）\n\n在高温下让硅表面生成氧化层。",
            ),
            (
                t,
                "PVD",
                "explained",
                5,
                "（成本低，稳定，方向性强）\n\n溅射或蒸发使材料沉积到硅片上。",
            ),
            (
                t,
                "CVD",
                "explained",
                7,
                "（反应气体生成产物沉积，适用多种材料）\n\nLPCVD：低压，均匀性好。",
            ),
        ],
    );
}

#[test]
fn rule_heading_wiki_banners() {
    // `== encapsulation ==`: a wiki's section line in plain text, its text the answer; the
    // `source:` over a link inside it is a reference, no question.
    let t = "heading-wiki-banners";
    assert_cards(
        "rules/heading-wiki-banners.txt",
        &[
            (
                t,
                "encapsulation",
                "heading",
                1,
                "source:  \nhttps://example.org/oop/encapsulation\n\nkeeping data and the functions that use it together,  \nhiding the data behind the functions",
            ),
            (
                t,
                "\"has a\" versus \"is a\" relationships",
                "heading",
                9,
                "source:  \nhttps://example.org/oop/composition\n\ncomposition: an object holds another  \ninheritance: an object is a kind of another",
            ),
        ],
    );
}

#[test]
fn rule_heading_typographic_subtitle() {
    // `Projects: What I’m Working on Right Now`: a heading's title after its colon, typed with
    // curly quotes, is still its subtitle, and two such headings sharing `What I’m` are no
    // variants of one answer.
    assert_cards(
        "rules/heading-typographic-subtitle.md",
        &[
            (
                "PARA",
                "Projects: What I’m Working on Right Now",
                "heading",
                5,
                "Short efforts with a clear outcome.",
            ),
            (
                "PARA",
                "Areas: What I’m Committed to Over Time",
                "heading",
                9,
                "Long-term responsibilities with a standard to keep.",
            ),
        ],
    );
}

#[test]
fn rule_explained_deep_in_an_outline_answer() {
    // Bullets side by side deep in a concept's answer, each over its own explanation, are
    // cards, their topic the bullet above; announced points and an example's items are not.
    assert_cards(
        "rules/explained-outline-deep.md",
        &[
            (
                "Rise of the railways",
                "Steam power",
                "explained",
                3,
                "engines that turn heat into motion\n\n* 1800-1850 British engineering…",
            ),
            (
                "1800-1850 British engineering",
                "1825 Stockton line",
                "explained",
                7,
                "* first public line to use locomotives\n\n* carried coal and passengers",
            ),
            (
                "Rise of the railways",
                "1829 Rainhill trials",
                "term",
                13,
                "a contest between early engines",
            ),
            (
                "Rise of the railways",
                "Rocket",
                "term",
                15,
                "the engine that won it",
            ),
            (
                "1800-1850 British engineering",
                "1830 Manchester line",
                "explained",
                17,
                "* first line with timetables\n\n* both tracks double",
            ),
            (
                "Rise of the railways",
                "Standards",
                "explained",
                23,
                "rules everyone on the network follows\n\n* Track gauges…",
            ),
            (
                "Rise of the railways",
                "Funding",
                "explained",
                33,
                "where the money came from\n\n* investors could include:…",
            ),
            (
                "Rise of the railways",
                "Safety",
                "explained",
                49,
                "how accidents were brought down\n\n* Example cases…",
            ),
        ],
    );
}

#[test]
fn rule_label_over_a_lazy_list_in_a_chapter() {
    // A name over a tab-indented list (Markdown reads the list as the paragraph's lazy lines)
    // heads that list; a chapter's summary line is its introduction, the chapter no card.
    assert_cards(
        "rules/label-lazy-list.md",
        &[
            (
                "Chapter 2 | Rivers",
                "Parts of a river",
                "label",
                7,
                "- the source, where it starts\n- the mouth, where it meets the sea",
            ),
            (
                "Chapter 2 | Rivers",
                "Why do rivers bend?",
                "label",
                11,
                "- soft banks wear away first\n- water runs faster on the outside of a curve",
            ),
            (
                "Chapter 2 | Rivers",
                "Largest rivers",
                "label",
                15,
                "- the Nile\n- the Amazon",
            ),
            (
                "Geography reading notes",
                "Chapter 3 | Lakes",
                "heading",
                19,
                "Lakes form where water collects in a hollow.",
            ),
        ],
    );
}

#[test]
fn clean_tag_lines_are_no_text() {
    // A line of Obsidian tags over a label is no text of the note: the label under it is
    // the card. `#include` is no tag.
    assert_cards(
        "rules/tag-lines.md",
        &[
            (
                "Chapter 4 | Sound",
                "Pitch",
                "label",
                6,
                "How high or low a note sounds, set by the frequency of the wave.",
            ),
            (
                "Chapter 4 | Sound",
                "Loudness",
                "label",
                10,
                "How strong a sound seems, set by the amplitude of the wave.\n\n#include <stdio.h>",
            ),
        ],
    );
}

#[test]
fn rule_term_bold_that_only_stresses() {
    // Sentences that set their term in bold define it; bold that closes a sentence, sits
    // inside a phrase (`A ***tiny kind*** of …`) or stresses a question names no term.
    assert_cards(
        "rules/term-bold-stressed.md",
        &[
            ("Cells", "cell", "term", 5, "A **cell** is the smallest unit of life."),
            ("Cells", "nucleus", "term", 6, "The **nucleus** holds the genetic material."),
            ("Cells", "membrane", "term", 7, "A **membrane** is a thin layer around the cell."),
            (
                "Biology notes",
                "Viruses",
                "heading",
                9,
                "- A ***tiny kind*** of infectious agent.\n- Built to copy the **host machinery**.…",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_part_term_is_no_question() {
    // `Main idea: …` among bullets that ask names a part of the heading's answer, no question:
    // the heading keeps it as its own text.
    assert_cards(
        "rules/bullet-question-part-term.md",
        &[
            (
                "Lecture 5",
                "Recurrent networks",
                "heading",
                3,
                "- Main idea: reuse the same weights at every step\n- How is an RNN…",
            ),
            (
                "Recurrent networks",
                "How is an RNN different from a feedforward network?",
                "bullet-question",
                6,
                "- it keeps a hidden state",
            ),
            (
                "Recurrent networks",
                "What does an RNN compute?",
                "bullet-question",
                8,
                "- a new state from the input and the old state",
            ),
        ],
    );
}

#[test]
fn zim_wiki_page() {
    // A Zim page saved as `.txt`: its header and `Created …` line are metadata, `=====`
    // headings are sections by the number of marks, tab-indented lines are the outline's
    // points, and a section's list of terms beside a sub-section gives one card a term.
    assert_cards(
        "rules/zim-page.txt",
        &[
            ("Terms", "Hit", "term", 9, "the data asked for is in the cache"),
            ("Terms", "Miss", "term", 10, "the data must be fetched from memory"),
            (
                "Mapping",
                "Direct mapped",
                "term",
                13,
                "each block has one place in the cache",
            ),
            ("Mapping", "Fully associative", "term", 14, "a block may go anywhere"),
            (
                "Mapping",
                "Why Misses Happen",
                "heading",
                16,
                "- First use of a block\n- The cache is too *small*",
            ),
            (
                "Caches",
                "Write Policy",
                "heading",
                20,
                "- write-through updates memory at once\n- write-back waits until the line is evicted",
            ),
        ],
    );
}

#[test]
fn term_list_beside_sections() {
    // A heading's own list of terms beside its sub-section: the terms are cards, the heading
    // their topic. A speaker named again and again (`Interviewer`:) is no term.
    assert_cards(
        "rules/term-list-beside-sections.md",
        &[
            ("Layers", "Physical layer", "term", 4, "moves raw bits over a wire"),
            ("Layers", "Link layer", "term", 5, "carries frames between two neighbours"),
            ("Layers", "Network layer", "term", 6, "routes packets between networks"),
            (
                "Layers",
                "What a router does",
                "heading",
                8,
                "- reads the destination address\n- forwards the packet on the best link",
            ),
            (
                "Networking lecture",
                "Scope of the design",
                "heading",
                12,
                "- `Candidate`: Is it a client-side limiter?\n- `Interviewer`: Server side only.\n- `Candidate`: How many users are there?\n- `Interviewer`: Ten million a day.",
            ),
            (
                "Scope of the design",
                "Candidate: Is it a client-side limiter?",
                "bullet-question",
                13,
                "",
            ),
            (
                "Scope of the design",
                "Candidate: How many users are there?",
                "bullet-question",
                15,
                "",
            ),
            ("Scope of the design", "Estimates", "heading", 18, "- a hundred requests a second"),
        ],
    );
}

#[test]
fn term_condition_and_noun() {
    // `state elements…`, `name given to…`: a prompt word used as a noun asks nothing, so the
    // term is defined; `EN = 1:` is a condition, no term.
    assert_cards(
        "rules/term-condition-and-noun.md",
        &[
            (
                "Definitions",
                "State",
                "term",
                4,
                "everything a circuit must remember to explain what it does next",
            ),
            (
                "Definitions",
                "Latch",
                "term",
                5,
                "state elements that keep one bit each",
            ),
            (
                "Definitions",
                "Register",
                "term",
                6,
                "name given to a row of flip-flops",
            ),
            (
                "Digital logic",
                "Enable input",
                "heading",
                8,
                "- EN = 1: the input passes through\n- EN = 0: the latch keeps its value",
            ),
        ],
    );
}

#[test]
fn heading_parts_beside_label() {
    // A label heading (`Bayesian reasoning:`) with text of its own groups the sections under
    // it; an `Example:` among them is a part of its answer, not a topic over questions.
    assert_cards(
        "rules/heading-parts-beside-label.md",
        &[
            (
                "Statistics lecture",
                "Bayesian reasoning",
                "heading",
                3,
                "- weighs a hypothesis by the evidence for it\n- uses the likelihood and the prior\n\n### Example:\n- E: the student is bright\n- H1: she becomes an astronaut\n- H2: she becomes a teacher",
            ),
            (
                "Bayesian reasoning",
                "Base rates",
                "heading",
                12,
                "Ignoring the prior is the base rate fallacy.",
            ),
        ],
    );
}

#[test]
fn heading_merits_part() {
    // `白盒法的优点：` among labels is a part of the answer (the merits of what a label above
    // named), not a label of its own; with two concepts and their merits, the heading that
    // asks where each is used is the card.
    assert_cards(
        "rules/heading-merits-part.md",
        &[(
            "测试方法",
            "黑盒和白盒的使用场合",
            "heading",
            3,
            "**黑盒法**\n\n> 把程序当作看不见内部的盒子，只检查功能是否符合需求。\n\n**白盒法**\n\n> 盒子是透明的，测试者按程序内部的逻辑设计用例。\n\n白盒法的优点：\n\n* 检查每条分支\n* 测试比较彻底\n\n白盒法的缺点：\n\n* 代价高\n* 发现不了遗漏的路径",
        )],
    );
}

#[test]
fn explained_plain_tasks() {
    // Plain-text blocks set apart by blank lines, each a problem over its solution: one that
    // opens with an order (`Count leaf nodes…`, `Find the…`) is a task among the others, not a
    // step of the block above.
    assert_cards(
        "rules/explained-plain-tasks.txt",
        &[
            (
                "explained-plain-tasks",
                "Size of a tree",
                "explained",
                1,
                "TreeSize.java uses recursion",
            ),
            (
                "explained-plain-tasks",
                "Count leaf nodes in a binary tree",
                "explained",
                4,
                "LeafCount.java",
            ),
            (
                "explained-plain-tasks",
                "Height of a tree",
                "explained",
                7,
                "Height.java, the longer of the two subtrees plus one",
            ),
            (
                "explained-plain-tasks",
                "Find the lowest common ancestor",
                "explained",
                10,
                "Lca.java walks down from the root",
            ),
        ],
    );
}

#[test]
fn heading_interview_mark() {
    // `面试题：…` before a question heading is the author's mark that a question follows: the
    // question is what comes after it.
    assert_cards(
        "rules/heading-interview-mark.md",
        &[
            (
                "内存",
                "内存满了怎么办",
                "heading",
                5,
                "设置淘汰策略，或者加内存。",
            ),
            (
                "内存",
                "过期的键怎么删除",
                "heading",
                9,
                "惰性删除加定期删除。",
            ),
            // (Marked so, it asks: its numbered points are its answer.)
            (
                "内存",
                "内存淘汰机制",
                "heading",
                13,
                "策略分为两类。\n1. 不淘汰的策略\n    - noeviction：内存满时报错\n2. 淘汰的策略\n    - allkeys-lru：淘汰最久未使用的键",
            ),
        ],
    );
}

#[test]
fn bullet_question_statements_etc() {
    // Under `问面试官问题`, the interviewer's reply is a statement: `…外观什么的。` means "and
    // so on" and asks nothing.
    assert_cards(
        "rules/bullet-question-statements-etc.md",
        &[
            ("三面", "对加班怎么看", "bullet-question", 3, ""),
            ("三面", "未来三年的规划", "bullet-question", 4, ""),
        ],
    );
}

#[test]
fn numbered_under_number_heading() {
    // A heading that is only a number (`<h1>123</h1>`) names no topic for the questions
    // after it.
    assert_cards(
        "rules/numbered-under-number-heading.md",
        &[
            ("缓存笔记", "数据结构", "heading", 3, "跳表、压缩列表。"),
            (
                "numbered-under-number-heading",
                "跳跃表怎么实现的？",
                "numbered",
                10,
                "",
            ),
            (
                "numbered-under-number-heading",
                "讲一下数据结构",
                "numbered",
                11,
                "",
            ),
            (
                "numbered-under-number-heading",
                "有序集合的复杂度是多少？",
                "numbered",
                12,
                "",
            ),
        ],
    );
}

#[test]
fn paragraph_question_continues() {
    // Among an interview log's paragraphs, one that carries on the text above (`但是…`) or a
    // caption over its picture (`具体流程图：![](…)`) answers; it asks nothing.
    assert_cards(
        "rules/paragraph-question-continues.md",
        &[
            ("一面", "自我介绍", "paragraph-question", 3, ""),
            (
                "一面",
                "Redis 为什么快？",
                "paragraph-question",
                5,
                "单线程，IO 多路复用。\n\n但是其实还有一个组件叫做套接字队列\n\n具体流程图：![](flow.png)",
            ),
            (
                "一面",
                "TCP 和 UDP 的区别？",
                "paragraph-question",
                13,
                "一个可靠，一个不可靠。",
            ),
        ],
    );
}

#[test]
fn plain_chapter_label_points() {
    // A plain-text chapter (`一、…` with a link after its name) over numbered points that
    // each label their own answer (`2.…：` over its lines) or define a term in a sentence
    // (`3.死锁检测：…。`): the points are the cards, the chapter their topic.
    assert_cards(
        "rules/plain-chapter-label-points.txt",
        &[
            ("进程管理", "进程与线程的含义", "numbered", 2, ""),
            (
                "进程管理",
                "进程调度的几种算法",
                "numbered",
                3,
                "先来先服务：按到达的顺序。…",
            ),
            (
                "进程管理",
                "死锁检测",
                "numbered",
                6,
                "定期检查资源图中的环。…",
            ),
            ("传输层", "TCP", "numbered", 10, "面向连接，可靠…"),
            ("传输层", "UDP", "numbered", 12, "无连接，尽力而为"),
        ],
    );
}

#[test]
fn plain_dash_points_sections() {
    // `-- ` marks points the way SQL comments do; a run of them opening the file is a
    // list, not the name of the block up to the first `-----` rule, and a `一、` section
    // after its last point is no part of it. Sections numbered `二、` right after a rule
    // are topics, not block names.
    assert_cards(
        "rules/plain-dash-points-sections.txt",
        &[
            ("存储", "磁盘调度的目标", "numbered", 7, "减少寻道时间。"),
            ("存储", "RAID 的作用", "numbered", 9, "提高可靠性与速度。"),
            ("文件系统", "inode", "numbered", 13, "记录文件的元数据。"),
            (
                "文件系统",
                "目录项",
                "numbered",
                15,
                "文件名到 inode 的映射。",
            ),
            ("设备管理", "缓冲", "numbered", 19, "平滑速度差异。"),
            (
                "设备管理",
                "假脱机",
                "numbered",
                20,
                "把独占设备变成共享设备。",
            ),
        ],
    );
}

#[test]
fn logseq_example_parts() {
    // `How to write a good question` talks about questions; it lists none, so its points
    // are its answer. An `Example …` sub-heading, alone under a heading or beside its text,
    // is a part of that heading's answer, questions under it included: they are examples.
    assert_cards(
        "rules/logseq-example-parts.md",
        &[
            (
                "Study habits",
                "How to write a good question",
                "heading",
                2,
                "- Pick one idea you keep coming back to…",
            ),
            (
                "Study habits",
                "Hobbies: What I Do for Fun",
                "heading-parts",
                7,
                "- #### Example hobbies…",
            ),
            (
                "Study habits",
                "Library: Things I Might Look Up Later",
                "heading",
                11,
                "- Anything that is not a hobby but might be useful one day…",
            ),
        ],
    );
}

#[test]
fn logseq_heading_names_one_concept() {
    // A heading that names one concept covers only the sub-headings that name it too
    // (`Spaced Repetition schedules`, part of its answer); `Writing good prompts` beside it
    // is a section of its own.
    assert_cards(
        "rules/logseq-heading-names-one-concept.md",
        &[
            (
                "logseq-heading-names-one-concept",
                "Spaced Repetition: The Power of Waiting",
                "heading",
                1,
                "- Reviewing at growing intervals is what I call spaced repetition.\n- ### Spaced Repetition schedules\n\t- There are three schedules you can follow\n\t\t- the same gap every time\n\t\t- each gap twice the last",
            ),
            (
                "Spaced Repetition: The Power of Waiting",
                "Writing good prompts",
                "heading",
                7,
                "- One idea per prompt, phrased so the answer is unambiguous.\n\t- that makes reviews quick",
            ),
        ],
    );
}

#[test]
fn outline_over_sections() {
    // `### Outline` over the names of what follows lists the lecture's sections; those
    // nested under it by their level are decided as its siblings, and the outline itself
    // is no card.
    assert_cards(
        "rules/outline-over-sections.md",
        &[
            (
                "Lecture 5",
                "Hash tables",
                "heading",
                8,
                "An array indexed by a hash of the key.",
            ),
            (
                "Lecture 5",
                "Collision handling",
                "heading",
                12,
                "- Chaining keeps a list per slot\n- Open addressing probes for the next free slot",
            ),
        ],
    );
}

#[test]
fn lecture_day_terms() {
    // Under a date, a term set in bold is a card even among the day's remarks, and the terms
    // nested under it are cards of their own. Inside an answer, terms nested under a lone
    // term (`Leaf blade` over its points), or under a term of a run, still form a run; a run
    // mixes bold and plain names (`Guard cells`, `Taproot`).
    assert_cards(
        "rules/lecture-day-terms.md",
        &[
            (
                "3-14",
                "Plastids",
                "term",
                4,
                "organelles found in plants. 3 kinds…",
            ),
            (
                "3-14",
                "Chloroplasts",
                "term",
                5,
                "carry out photosynthesis, green.…",
            ),
            (
                "3-14",
                "Thylakoid",
                "term",
                6,
                "membrane sac where light is captured",
            ),
            ("3-14", "Stroma", "term", 7, "fluid around the thylakoids"),
            (
                "3-14",
                "Chromoplasts",
                "term",
                8,
                "hold pigments other than chlorophyll.",
            ),
            (
                "3-14",
                "Leucoplasts",
                "term",
                9,
                "store starch, colourless.",
            ),
            // (`Leaf blade`, the one term under `## Leaves`, is the card; the heading
            // leads to it.)
            (
                "Leaves",
                "Leaf blade",
                "explained",
                12,
                "the flat part that catches light…",
            ),
            (
                "Leaves",
                "Cuticle",
                "term",
                14,
                "waxy layer that keeps water in",
            ),
            ("Leaves", "Stoma", "term", 15, "pore for gas exchange"),
            (
                "Leaves",
                "Guard cells",
                "term",
                16,
                "open and close the stoma",
            ),
            (
                "Plant Biology",
                "Roots",
                "heading",
                19,
                "* Roots anchor the plant in the soil.…",
            ),
            (
                "Plant Biology",
                "Taproot",
                "term",
                22,
                "one thick main root",
            ),
            (
                "Plant Biology",
                "Fibrous",
                "term",
                23,
                "many thin roots of similar size",
            ),
            (
                "Plant Biology",
                "Adventitious roots",
                "term",
                24,
                "grow from stems or leaves",
            ),
        ],
    );
}

#[test]
fn bold_example_in_brackets() {
    // Bold in brackets after a phrase, `Something you are (**fingerprint**)`, gives an
    // example; it defines no term. The heading over them is the card.
    assert_cards(
        "rules/bold-example-in-brackets.md",
        &[
            (
                "Access control",
                "Authentication",
                "heading",
                5,
                "**Authentication** is the process of finding out who somebody is.…",
            ),
            (
                "Access control",
                "Auditing",
                "heading",
                13,
                "Keeping a record of who did what and when.",
            ),
        ],
    );
}

#[test]
fn explained_inline_answer() {
    // Among explained bullets, one that asks and answers on its own line is one more card,
    // not text left over for the label above.
    assert_cards(
        "rules/explained-inline-answer.md",
        &[
            (
                "Choosing a chart",
                "Tables",
                "explained",
                2,
                "- Good for looking up single values",
            ),
            (
                "Choosing a chart",
                "Bar charts",
                "explained",
                4,
                "- Easy to compare lengths",
            ),
            (
                "Choosing a chart",
                "Which chart fits my case?",
                "explained",
                6,
                "Whatever your audience reads most easily.",
            ),
        ],
    );
}

#[test]
fn heading_bilingual_terms() {
    // `* 供给定理（law of supply）：…`: a term given with its English name in brackets before
    // its definition is a card by its form alone, even the only one among a heading's points;
    // its topic is the concept heading it explains.
    assert_cards(
        "rules/heading-bilingual-terms.md",
        &[
            (
                "市场",
                "需求（demand）",
                "heading",
                5,
                "* 需求定理（law of demand）：…",
            ),
            (
                "需求",
                "需求定理（law of demand）",
                "term",
                7,
                "其他条件不变时，价格上升，需求量减少。",
            ),
            (
                "需求",
                "替代品（substitute）",
                "term",
                11,
                "一种物品涨价使另一种物品需求增加。",
            ),
            (
                "市场",
                "供给（supply）",
                "heading",
                13,
                "* 供给定理（law of supply）：…",
            ),
            (
                "供给",
                "供给定理（law of supply）",
                "term",
                15,
                "其他条件不变时，价格上升，供给量增加。",
            ),
        ],
    );
}

#[test]
fn logseq_event_over_aspects() {
    // In an outline, an event over aspects each explained by their own points (`巴黎和会召开`
    // over `参会国家` and `主要结果`) is a card of them, as well as their topic; a name for
    // kinds of things (`terms`) only groups its items.
    assert_cards(
        "rules/logseq-event-over-aspects.md",
        &[
            (
                "近代史",
                "巴黎和会召开",
                "explained",
                2,
                "- 参会国家\n\t- 英国…",
            ),
            ("巴黎和会召开", "参会国家", "explained", 3, "- 英国\n- 法国"),
            (
                "巴黎和会召开",
                "主要结果",
                "explained",
                6,
                "- 签订和约\n- 成立国联",
            ),
            ("近代史", "和约", "explained", 10, "- 战后签订的条约"),
            ("近代史", "国联", "explained", 12, "- 维护和平的组织"),
        ],
    );
}

#[test]
fn outline_kinds_over_one_concept() {
    // An outline item that names kinds of things over one concept explained by its own
    // points (`types of learning for people` over `spaced repetition`) is that concept's
    // topic, as it is over several: the concept is the card.
    assert_cards(
        "rules/outline-kinds-over-one-concept.md",
        &[
            (
                "types of learning for machines",
                "online learning",
                "explained",
                2,
                "- learns from each new example as it arrives",
            ),
            (
                "types of learning for machines",
                "transfer learning",
                "explained",
                4,
                "- reuses a model trained on one task for another",
            ),
            (
                "types of learning for machines",
                "active learning",
                "explained",
                6,
                "- asks for labels where it is least sure",
            ),
            (
                "types of learning for people",
                "spaced repetition",
                "explained",
                9,
                "- reviews each fact just before it would be forgotten",
            ),
        ],
    );
}

#[test]
fn opening_question_after_summary() {
    // A section's text that opens, after a `**Summary**:` of the section, with the one
    // question the rest answers: the question is the card, the section its topic.
    assert_cards(
        "rules/opening-question-after-summary.md",
        &[
            (
                "Chapter 2 | Describing Learners",
                "What counts as fluent reading?",
                "opening-question",
                7,
                "- Reading aloud without stopping?\n- Understanding what was read.",
            ),
            (
                "Chapter 2 | Describing Learners",
                "Speed or Understanding?",
                "heading",
                11,
                "- Some authors measure words per minute.",
            ),
        ],
    );
}

#[test]
fn term_numbered_colon_in_answer() {
    // Inside an answer, numbered names before a colon (`1.  Summaries: …`, `3.  Drafts:` over
    // its points), three or more in a run, are terms: a card each.
    let t = "term-numbered-colon-in-answer";
    assert_cards(
        "rules/term-numbered-colon-in-answer.md",
        &[
            (
                t,
                "Reusable pieces: Thinking Small",
                "heading",
                1,
                "- Small chunks of finished work I call reusable pieces.\n- ### Reusable pieces types…",
            ),
            (
                t,
                "Summaries",
                "term",
                5,
                "Books or articles you have read and boiled down so the gist is easy to see again (using highlights)",
            ),
            (
                t,
                "Leftovers",
                "term",
                6,
                "The material or ideas that did not make it into an earlier project but could be used later",
            ),
            (t, "Drafts", "term", 7, "- outlines\n- sketches"),
            (
                t,
                "Finished work",
                "term",
                10,
                "Concrete things you have already delivered, which could become parts of something new",
            ),
            (
                "Reusable pieces: Thinking Small",
                "Putting them to use",
                "heading",
                11,
                "- Working in small pieces makes progress possible in any spare hour.",
            ),
        ],
    );
}

#[test]
fn term_cjk_colon_in_outline() {
    // In an outline concept's answer, Chinese `名称：定义` items, two or more, are terms: a
    // card each beside the concept's. Items the concept itself names (`私有`, `共享` under
    // `进程之间私有和共享的资源`) are the parts of its answer. A term's other name in
    // brackets (`先进先出（FIFO）`) is no part of its length.
    let t = "term-cjk-colon-in-outline";
    assert_cards(
        "rules/term-cjk-colon-in-outline.md",
        &[
            (
                t,
                "存储方式",
                "explained",
                1,
                "- 顺序表：连续存放，随机访问快…",
            ),
            (t, "顺序表", "term", 2, "连续存放，随机访问快"),
            (t, "链表", "term", 3, "离散存放，插入删除快"),
            (
                t,
                "进程之间私有和共享的资源",
                "explained",
                4,
                "- 私有：地址空间，栈\n- 共享：代码段，打开的文件",
            ),
            (
                t,
                "页面置换",
                "explained",
                7,
                "- 先进先出（FIFO）：最早调入的页先换出…",
            ),
            (t, "先进先出（FIFO）", "term", 8, "最早调入的页先换出"),
            (t, "最近最少使用（LRU）", "term", 9, "最久没用的页先换出"),
        ],
    );
}

#[test]
fn logseq_code_heavy_page() {
    // A Logseq page most of whose lines are code in its blocks' fences is still a Logseq
    // page: its properties (`collapsed:: true`) are no part of any answer.
    let code = |name: &str, body: &str| {
        format!(
            "- ```java\n  void {name}(Node n) {{\n    if (n == null) return;\n{body}  }}\n  ```"
        )
    };
    let pre = code(
        "pre",
        "    visit(n);\n    pre(n.left);\n    pre(n.right);\n",
    );
    let inorder = code("in", "    in(n.left);\n    visit(n);\n    in(n.right);\n");
    let (pre_answer, in_answer) = (format!("根左右\n\n{pre}"), format!("左根右\n\n{inorder}"));
    assert_cards(
        "rules/logseq-code-heavy-page.md",
        &[
            ("遍历", "前序", "explained", 2, pre_answer.as_str()),
            ("遍历", "中序", "explained", 12, in_answer.as_str()),
        ],
    );
}

#[test]
fn question_heading_beside_questions() {
    // A heading that asks (`Redis vs Memcached`), answered and then followed by questions of
    // its own, is one of them: they stay in the topic above. Under a heading that names a
    // subject (`Write-through`), the questions take that subject.
    let both = "Redis keeps richer types and can persist to disk.\n\n\
                1. What eviction policy did you pick?\n2. How do you warm a cold cache!";
    let wt = "Every write goes to the cache and the store, so a read after a write sees it.\n\n\
              1. What does a write cost then?\n2. How do you keep the two in step!";
    assert_cards(
        "rules/question-heading-beside-questions.md",
        &[
            ("Caching", "Redis vs Memcached", "heading", 5, both),
            (
                "Caching",
                "What eviction policy did you pick?",
                "numbered",
                8,
                "",
            ),
            (
                "Caching",
                "How do you warm a cold cache!",
                "numbered",
                9,
                "",
            ),
            ("Caching", "Write-through", "heading", 11, wt),
            (
                "Write-through",
                "What does a write cost then?",
                "numbered",
                14,
                "",
            ),
            (
                "Write-through",
                "How do you keep the two in step!",
                "numbered",
                15,
                "",
            ),
        ],
    );
}

#[test]
fn label_latin_name_over_lines() {
    // A paragraph whose first line names a concept or asks in a few Latin words, its next
    // lines explaining it, is a card, as a short Chinese name is. A paragraph of names one
    // per line is a list, not a name over its explanation.
    let why = "So it can be shared, cached and used safely as a map key.\n\n\
               Things to read later\nEffective Java\nJava Concurrency in Practice";
    assert_cards(
        "rules/label-latin-name-over-lines.md",
        &[
            (
                "Java",
                "interface vs abstract class",
                "label",
                3,
                "An interface has no state; an abstract class may keep fields.\n\
                 A class can implement many interfaces but extend one class.",
            ),
            (
                "Java",
                "how does a hash map find a key",
                "label",
                7,
                "It hashes the key to a bucket, then compares keys in that bucket.",
            ),
            ("Java", "Why is String immutable?", "label", 10, why),
        ],
    );
}

#[test]
fn question_heading_named_reasons() {
    // Under a heading that asks outright (`Why split a monolith`), `Name: …` items are the
    // reasons it asks for: its answer, not terms. Under a heading that names a subject
    // (`Deployment styles`), they are terms, a card each.
    assert_cards(
        "rules/question-heading-named-reasons.md",
        &[
            (
                "Services",
                "Why split a monolith",
                "heading",
                3,
                "- Independent releases: each team ships its service on its own schedule.\n\
                 - Fault isolation: one failing service does not take the others down.\n\
                 - Scaling by part: only the busy services get more machines.",
            ),
            (
                "Deployment styles",
                "Blue-green",
                "term",
                9,
                "two full environments, traffic switched at once.",
            ),
            (
                "Deployment styles",
                "Canary",
                "term",
                10,
                "a small share of traffic tries the new version first.",
            ),
        ],
    );
}

#[test]
fn question_heading_bare_before_questions() {
    // A heading that asks and marks it (`how do you pick a bean scope!`), followed at once by
    // paragraphs that ask or name over their answers, is a question not answered yet; they
    // are its siblings. Under a heading naming an aspect (`cons of field injection`), what
    // follows stays in the topic above, as under a question.
    assert_cards(
        "rules/question-heading-bare-before-questions.md",
        &[
            (
                "Beans",
                "cons of field injection",
                "heading",
                5,
                "Hidden dependencies and classes that are hard to test.",
            ),
            (
                "Beans",
                "how do you pick a bean scope!",
                "empty-heading",
                8,
                "",
            ),
            (
                "Beans",
                "what is a prototype bean",
                "label",
                10,
                "A new instance every time the bean is asked for.",
            ),
            (
                "Beans",
                "what is a singleton bean",
                "label",
                13,
                "One instance per container.",
            ),
        ],
    );
}

#[test]
fn outline_sections_lone_bullet() {
    // Among sections that are outlines, one whose text is a single bullet over points of its
    // own (`# 4 虚拟内存` over `- 虚拟内存实现`) has that bullet as its card, as its siblings'
    // bullets are; the heading is the topic. A bullet that counts the kinds it names
    // (`3种I/O方式`) over their terms is a card too, beside the terms.
    let t = "outline-sections-lone-bullet";
    let vm = "- 请求分页\n  - 页面置换算法\n    - 先进先出：换出最早调入的页\n    \
              - 最近最少使用：换出最久未用的页\n  - 调页策略\n    - 请求调页\n    - 预调页\n  \
              - 驻留集：分给进程的物理页数";
    assert_cards(
        "rules/outline-sections-lone-bullet.md",
        &[
            (
                t,
                "操作系统目标",
                "explained",
                2,
                "- 方便用户使用\n- 提高资源利用率",
            ),
            (t, "操作系统特征", "explained", 5, "并发、共享、虚拟、异步"),
            (t, "资源管理", "explained", 6, "- 处理机管理\n- 存储器管理"),
            (
                "输入输出",
                "3种I/O方式",
                "explained",
                11,
                "- 程序查询：处理器不断轮询设备\n- 中断：设备就绪时通知处理器\n\
                 - DMA：成块数据直接在内存和设备间传送",
            ),
            ("输入输出", "程序查询", "term", 12, "处理器不断轮询设备"),
            ("输入输出", "中断", "term", 13, "设备就绪时通知处理器"),
            (
                "输入输出",
                "DMA",
                "term",
                14,
                "成块数据直接在内存和设备间传送",
            ),
            ("进程", "进程定义", "term", 17, "程序的一次执行过程"),
            ("进程", "进程组成", "term", 18, "- 程序段\n- 数据段\n- PCB"),
            ("进程", "进程状态", "term", 22, "就绪、运行、阻塞"),
            ("虚拟内存", "虚拟内存实现", "explained", 25, vm),
            ("虚拟内存", "先进先出", "term", 28, "换出最早调入的页"),
            ("虚拟内存", "最近最少使用", "term", 29, "换出最久未用的页"),
            ("文件", "文件分类", "term", 36, "- 流式文件\n- 记录式文件"),
            ("文件", "目录结构", "term", 39, "单级、两级、多级"),
            ("文件", "文件共享", "term", 40, "硬链接、软链接"),
        ],
    );
}

#[test]
fn outline_under_part_bullet() {
    // A bullet no rule makes a card (`- 实现方式`, a part of the page's subject) over
    // concepts each explained by their own points: those are the cards, the bullet groups
    // them. `问题：…` on a nested bullet, with no answers marked, names a problem: no `问：`.
    let t = "outline-under-part-bullet";
    assert_cards(
        "rules/outline-under-part-bullet.md",
        &[
            (t, "临界区", "explained", 1, "- 进入区\n- 退出区"),
            (t, "同步原则", "explained", 4, "- 空闲让进\n- 忙则等待"),
            (
                t,
                "软件方法",
                "explained",
                8,
                "- 单标志：一个 turn 变量轮流进入\n- 问题：必须交替使用",
            ),
            (t, "硬件方法", "explained", 11, "- 关中断\n- 原子指令"),
            (
                t,
                "信号量",
                "explained",
                14,
                "- P 操作申请资源\n- V 操作释放资源",
            ),
            (t, "经典问题", "explained", 17, "- 生产者消费者\n- 读者写者"),
        ],
    );
}

#[test]
fn heading_terms_among_cards() {
    // Among sibling headings that are cards (`被动攻击`, `主动攻击`, each over its definition),
    // one whose text is all terms (`安全三要素` over `**机密性**：…`) is a card too, as they
    // are; its terms are finer cards beside it.
    let three = "* **机密性**：信息不泄露给未授权的人。\n* **完整性**：数据在传输中不被篡改。\n\
                 * **可用性**：授权用户能按需使用资源。";
    assert_cards(
        "rules/heading-terms-among-cards.md",
        &[
            (
                "攻击",
                "被动攻击",
                "heading",
                5,
                "* **定义**：只监听传输中的数据，不修改它。\n* **特点**：难以发现，重在预防。",
            ),
            (
                "攻击",
                "主动攻击",
                "heading",
                10,
                "* **定义**：篡改、伪造或中断数据流。\n* **特点**：容易发现，难以防范。",
            ),
            ("攻击", "安全三要素", "heading", 15, three),
            (
                "安全三要素",
                "机密性",
                "term",
                17,
                "信息不泄露给未授权的人。",
            ),
            ("安全三要素", "完整性", "term", 18, "数据在传输中不被篡改。"),
            (
                "安全三要素",
                "可用性",
                "term",
                19,
                "授权用户能按需使用资源。",
            ),
        ],
    );
}

#[test]
fn heading_lone_bold_term() {
    // A heading whose one item defines a term in bold (`**Stretch reflex** - …`) over the
    // points and terms that explain it only leads to it: the term is the card, the heading
    // its topic, and the terms under it are cards of their own.
    let t = "A simple circuit - the knee reflex";
    assert_cards(
        "rules/heading-lone-bold-term.md",
        &[
            (
                t,
                "Stretch reflex",
                "explained",
                4,
                "keeps the muscle at its length\n\n* Tapping below the knee stretches the muscle\n\
                 * **Ganglion** - a cluster of nerve cell bodies\n\
                 * **Process** - a fibre from the ganglion to the muscle",
            ),
            (t, "Ganglion", "term", 6, "a cluster of nerve cell bodies"),
            (
                t,
                "Process",
                "term",
                7,
                "a fibre from the ganglion to the muscle",
            ),
            (
                "Neurobiology",
                "The neuron",
                "heading",
                9,
                "* Its shape sets it apart from other cells\n* **Soma** - the cell body",
            ),
            ("Neurobiology", "Soma", "term", 11, "the cell body"),
        ],
    );
}

#[test]
fn heading_picture_over_outline() {
    // A picture over an outline illustrates it: it adopts no bullets, and beside the cards
    // taken from the section it makes no card of the heading. Among explained bullets, a
    // clause after a comma (`In the muscle, a stretch is detected by…`) states; it names no
    // concept.
    let arc = "keeps the muscle at its length\n\n\
               * In the muscle, a stretch is detected by a sensory neuron\n    \
               * the neuron sits in a ganglion\n* Sensory neuron\n    * brings the signal in\n\
               * Motor neuron\n    * carries the answer out\n* Interneuron\n    \
               * links the two in the cord";
    assert_cards(
        "rules/heading-picture-over-outline.md",
        &[
            ("The reflex arc", "Stretch reflex", "explained", 5, arc),
            (
                "Stretch reflex",
                "Sensory neuron",
                "explained",
                8,
                "* brings the signal in",
            ),
            (
                "Stretch reflex",
                "Motor neuron",
                "explained",
                10,
                "* carries the answer out",
            ),
            (
                "Stretch reflex",
                "Interneuron",
                "explained",
                12,
                "* links the two in the cord",
            ),
            (
                "Neurobiology",
                "The neuron",
                "heading",
                15,
                "* Its shape sets it apart from other cells\n* **Soma** - the cell body",
            ),
            ("Neurobiology", "Soma", "term", 17, "the cell body"),
            // (Under a heading that asks, the picture is its answer, and the questions after
            // it stay in the topic above.)
            (
                "Neurobiology",
                "Reflex vs reaction",
                "heading",
                19,
                "![compare](https://example.org/cmp.png)\n\n1. Which one is faster?\n\
                 2. Which one needs the brain?",
            ),
            ("Neurobiology", "Which one is faster?", "numbered", 22, ""),
            (
                "Neurobiology",
                "Which one needs the brain?",
                "numbered",
                23,
                "",
            ),
        ],
    );
}

#[test]
fn term_lone_bold_in_answer() {
    // Alone in a concept heading's answer, a term the author defines in bold (`**Nerve net**
    // - …`) is a card of its own; a part of the answer (`**Advantage**:`) is not, nor is a
    // term inside the answer of a heading that asks.
    assert_cards(
        "rules/term-lone-bold-in-answer.md",
        &[
            (
                "Neurobiology",
                "Organization of nervous systems",
                "heading",
                3,
                "* Even single cells respond to their surroundings.\n\
                 * **Nerve net** - a web of connected neurons whose activity spreads through it\n  \
                 * Found in jellyfish and hydras\n* Most invertebrates have a brain and nerve cords.\n\
                 * **Advantage**: signals reach every part of the body.",
            ),
            (
                "Neurobiology",
                "Nerve net",
                "term",
                5,
                "a web of connected neurons whose activity spreads through it\n\n\
                 * Found in jellyfish and hydras",
            ),
            (
                "Neurobiology",
                "Why do neurons fire in bursts?",
                "heading",
                10,
                "* Bursts carry more information.\n* **Burst** - a quick train of spikes",
            ),
        ],
    );
}

#[test]
fn heading_label_over_short_prose_fence() {
    // Inside a Markdown section, a label over a short fence of prose (`**参数**` over two
    // lines) with the section's text going on after it (`**返回值**` and its paragraph)
    // names the fence's lines and opens no section: that text stays in the section's answer,
    // and `**返回值**` is no question.
    assert_cards(
        "rules/heading-label-over-short-prose-fence.md",
        &[
            (
                "Promise 笔记",
                "链式调用",
                "heading",
                3,
                "* .then\n\n> 注册兑现和拒绝时的回调，返回一个新的 Promise。\n\n**参数**\n\n\n\
                 onFulfilled：兑现时异步执行的函数，它的返回值成为新 Promise 的值。\n\n\
                 onRejected：拒绝时异步执行的函数。\n\n**返回值**\n\n\
                 立即返回一个新的 Promise，它一开始总是待定的。",
            ),
            (
                "Promise 笔记",
                "错误处理",
                "heading",
                21,
                "出错时用 catch 注册回调，它等于 then(undefined, onRejected)。",
            ),
        ],
    );
}

#[test]
fn heading_bracket_remark() {
    // A remark in square brackets closing a heading (`[重点：定义 6.1]`, `[必考]`) is no part
    // of its question, and its colon splits nothing; a wiki link (`[[PKI]]`) stays.
    assert_cards(
        "rules/heading-bracket-remark.md",
        &[
            (
                "公钥密码",
                "单向陷门函数 (Trapdoor Function)",
                "heading",
                5,
                "* **定义**：正向计算容易，不知道陷门时求逆困难。",
            ),
            (
                "公钥密码",
                "离散对数问题",
                "heading",
                9,
                "* **定义**：已知底数和结果，难以求出指数。",
            ),
            (
                "公钥密码",
                "数字证书 PKI",
                "heading",
                13,
                "* **定义**：把公钥和身份绑定在一起的签名文件。",
            ),
        ],
    );
}

#[test]
fn inline_answer_bold_inside_name() {
    // Bold that stresses part of a name (`**Causes** of **Insomnia**`, `**Stages** Overview`)
    // splits nothing off it: the whole line is the question. Bold followed by what the name is
    // for, or by a dash, still names a term and its explanation.
    assert_cards(
        "rules/inline-answer-bold-inside-name.md",
        &[
            (
                "Sleep",
                "Causes of Insomnia",
                "explained",
                3,
                "* Stress before bed\n* Caffeine late in the day",
            ),
            (
                "Sleep",
                "Stages Overview",
                "explained",
                6,
                "* Light sleep comes first\n* Deep sleep follows",
            ),
            (
                "Sleep",
                "Melatonin",
                "explained",
                9,
                "for timing\n\n* Released when it gets dark",
            ),
            (
                "Sleep",
                "Adenosine",
                "explained",
                11,
                "builds up the longer you stay awake",
            ),
        ],
    );
}

#[test]
fn term_glossary_in_fence() {
    // A fence without a language around lines of English terms (`Atom - …`) holds notes:
    // each line is a card, however long its explanation, with a name of up to four words
    // and an arrow inside the explanation. Numbered lines among many terms are terms too.
    // Fences of shell commands or of a program's output stay code, the answer of `Setup`.
    assert_cards(
        "rules/term-glossary-in-fence.md",
        &[
            (
                "Atoms",
                "Atom",
                "term",
                5,
                "the smallest particle of an element that keeps its chemical properties",
            ),
            (
                "Atoms",
                "Proton and neutron mass",
                "term",
                6,
                "both about one atomic mass unit, while the electron is almost two thousand \
                 times lighter and so barely counts towards the mass of an atom",
            ),
            (
                "Atoms",
                "Isotope",
                "term",
                7,
                "atoms of one element with different numbers of neutrons",
            ),
            (
                "Atoms",
                "Ion",
                "term",
                8,
                "an atom that gained or lost electrons --> charged particle",
            ),
            (
                "Atoms",
                "Types of bonds",
                "term",
                9,
                "1) Ionic - electrons move from one atom to another",
            ),
            ("Atoms", "Covalent", "term", 10, "atoms share pairs of electrons"),
            ("Atoms", "Metallic", "term", 11, "a lattice of ions in a sea of electrons"),
            (
                "Atoms",
                "Electronegativity",
                "term",
                12,
                "how strongly an atom pulls shared electrons",
            ),
            ("Atoms", "Valence shell", "term", 13, "the outermost shell of electrons"),
            (
                "Chemistry revision",
                "Setup",
                "heading",
                16,
                "```\nInstall the packages\nsudo apt install -y python3 pip\nThen run the tests again\n```\n\n\
                 ```\nReading value: 10\nReading value: 20\nReading value: 30\n```",
            ),
            // (A term's line wrapped onto a deeper one keeps it; the next term is its own; a
            // term may open in lower case, a step run long, a bullet stand among them.)
            (
                "Nerves",
                "Neuron",
                "explained",
                31,
                "a cell that carries electrical impulses around the body  \n\
                 . Long ones reach from the spine to the toes.",
            ),
            (
                "Nerves",
                "Synapse",
                "explained",
                33,
                "the gap between two neurons, crossed by chemicals",
            ),
            (
                "Nerves",
                "Effector",
                "explained",
                34,
                "a muscle or gland that carries out the response",
            ),
            (
                "Nerves",
                "reflex arc",
                "explained",
                35,
                "the path an impulse takes in a reflex, from receptor to effector",
            ),
            (
                "Nerves",
                "Testing reaction time",
                "explained",
                36,
                "1) one person holds a ruler above the open hand of the other, who watches it \
                 closely and waits\n2) the ruler is dropped without warning and caught as fast as \
                 possible\n- Fair test - same hand, same height, no caffeine",
            ),
        ],
    );
}

#[test]
fn separated_label_over_terms() {
    // Between `---` rules, each block is a card. A block whose label (`- Kinds of
    // references:`) is over terms defined one per line is a card too, its terms finer cards
    // beside it.
    assert_cards(
        "rules/separated-label-over-terms.txt",
        &[
            (
                "separated-label-over-terms",
                "Four pillars of OOP",
                "separated",
                3,
                "(Pillars.java)  \nAbstraction - …",
            ),
            (
                "separated-label-over-terms",
                "Overloading Vs Overriding",
                "separated",
                9,
                "Overloading keeps the name and changes the parameters.  \n\
                 Overriding replaces a parent's method in a subclass.",
            ),
            (
                "separated-label-over-terms",
                "CAP theorem",
                "separated",
                13,
                "C – Consistency of every read  \nA – Availability of every node  \nP – Partition tolerance",
            ),
            (
                "separated-label-over-terms",
                "Kinds of references",
                "separated",
                18,
                "Strong reference - the object stays as long as the reference is reachable from a root.  \n\
                 Soft reference - …",
            ),
            (
                "Kinds of references",
                "Strong reference",
                "term",
                19,
                "the object stays as long as the reference is reachable from a root.",
            ),
            (
                "Kinds of references",
                "Soft reference",
                "term",
                20,
                "the collector frees the object only when memory runs low for the process.",
            ),
            (
                "Kinds of references",
                "Weak reference",
                "term",
                21,
                "the collector frees the object at the next collection once nothing else holds it.",
            ),
            (
                "separated-label-over-terms",
                "Why are strings immutable?",
                "separated",
                23,
                "They can be shared, cached and used as keys safely.",
            ),
        ],
    );
}

#[test]
fn inline_answer_term_whether() {
    // `是否` inside a term's definition (`效度 测量结果是否反映…`) asks nothing: the term is the
    // question and the rest of the line its answer.
    assert_cards(
        "rules/inline-answer-term-whether.txt",
        &[
            (
                "inline-answer-term-whether",
                "可靠性",
                "term",
                1,
                "同一工具重复测量时结果是否一致",
            ),
            (
                "inline-answer-term-whether",
                "效度",
                "term",
                2,
                "测量结果是否反映想测的东西",
            ),
            (
                "inline-answer-term-whether",
                "外在效度",
                "term",
                3,
                "研究结论是否能推广到总体",
            ),
        ],
    );
}

#[test]
fn empty_heading_interview_follow_ups() {
    // Under an interview round, each heading is a question asked. A name that opens two of
    // them before a colon (`HTML: …`) files them: the whole heading is the question, nothing
    // after the colon answers it. Bullets that ask under a heading (`- 闭包会造成内存泄漏吗`)
    // are the interviewer's follow-ups: cards beside it, the heading unanswered.
    assert_cards(
        "rules/empty-heading-interview-follow-ups.md",
        &[
            ("一面", "HTML: 语义化标签", "empty-heading", 3, ""),
            ("一面", "HTML: 行内元素和块元素", "empty-heading", 5, ""),
            ("一面", "闭包", "empty-heading", 7, ""),
            ("一面", "闭包会造成内存泄漏吗", "bullet-question", 9, ""),
            ("一面", "怎么释放闭包里的变量", "bullet-question", 10, ""),
            ("一面", "事件循环", "empty-heading", 12, ""),
            // (A bullet that names what else was asked, or a fragment leaning on the heading,
            // answers nothing and is no card.)
            ("一面", "浏览器缓存", "empty-heading", 14, ""),
            ("一面", "Suspense", "empty-heading", 18, ""),
            ("二面", "虚拟 DOM", "empty-heading", 24, ""),
            ("二面", "diff 算法的复杂度是多少", "bullet-question", 26, ""),
            ("二面", "key 有什么作用", "bullet-question", 27, ""),
            ("二面", "项目难点", "heading", 29, "讲了图片懒加载的实现。"),
        ],
    );
}

#[test]
fn structural_contents_links() {
    // Under `## 目录`, headings that only link to the sections (`### 1. [进程管理](#1)`) are
    // the contents: no cards. A rule right under a heading (after an anchor,
    // `<span id="1"></span>`) underlines it: the chapter has no text of its own, so it only
    // groups its sections, and a chapter left empty is a plan, not a question.
    assert_cards(
        "rules/structural-contents-links.md",
        &[
            (
                "进程管理",
                "进程的定义",
                "heading",
                11,
                "进程是程序的一次执行过程。",
            ),
            (
                "进程管理",
                "进程的状态",
                "heading",
                13,
                "就绪、运行、阻塞三种。",
            ),
        ],
    );
}

#[test]
fn term_bold_comma() {
    // A short bold name, then a Chinese comma and what it is (`**字母表**，符号的…`), defines
    // a term; a word that only orders what is said (`**首先**，…`) names nothing.
    assert_cards(
        "rules/term-bold-comma.md",
        &[
            ("形式语言", "字母表", "term", 5, "符号的非空有穷集合。"),
            (
                "形式语言",
                "符号串",
                "term",
                6,
                "由字母表中的符号组成的有穷序列。",
            ),
            (
                "形式语言",
                "空串ε",
                "term",
                7,
                "不含任何符号的串，长度为0。",
            ),
        ],
    );
}

#[test]
fn section_line_slash_titles() {
    // In plain text, `/networking` at the margin after a blank line names a section. A
    // bullet after a bullet goes on with the answer even when it asks; a question with a
    // remark after its mark (`…calls?(real time)`) still opens the next block.
    assert_cards(
        "rules/section-line-slash-titles.txt",
        &[
            (
                "Networking",
                "What happens when you type a URL?",
                "explained",
                2,
                "- DNS lookup, TCP handshake, TLS, then the HTTP request\n\
                 - the browser renders what comes back, is caching involved here?",
            ),
            (
                "Networking",
                "Why is UDP used for video calls?(real time)",
                "explained",
                5,
                "- a lost frame is better skipped than waited for",
            ),
            (
                "Databases",
                "What is an index?",
                "explained",
                9,
                "- a sorted structure that makes lookups fast",
            ),
        ],
    );
}

#[test]
fn term_lazy_lines_under_item() {
    // `&emsp;` typed to indent a line is no text. Lines that run on lazily under a numbered
    // label (`1. 一般环境：`), each `名称：定义`, are the terms it announces: one card each,
    // the label their topic. Chinese words in backticks are highlighted, not code.
    assert_cards(
        "rules/term-lazy-lines-under-item.md",
        &[
            (
                "一般环境",
                "政治因素",
                "term",
                4,
                "指政治形势和政治事件构成的因素。",
            ),
            (
                "一般环境",
                "经济因素",
                "term",
                5,
                "指经济发展形势和景气状况。",
            ),
            (
                "一般环境",
                "技术因素",
                "term",
                6,
                "指科技水平和新技术的应用。",
            ),
            ("具体环境", "供应者", "term", 9, "向组织提供资源的单位。"),
            (
                "具体环境",
                "顾客",
                "term",
                10,
                "组织要满足其需求的服务对象。",
            ),
            (
                "具体环境",
                "竞争者",
                "term",
                11,
                "提供相同或替代产品的组织。",
            ),
            // (A label highlighted in backticks, `` `【决策】方面：` ``, is a label still.)
            ("【决策】方面", "企业家", "term", 14, "寻求机会，发起变革。"),
            ("【决策】方面", "谈判者", "term", 15, "在谈判中为组织议价。"),
        ],
    );
}

#[test]
fn heading_nested_in_item() {
    // `   ### 2.…` indented after a blank line, in the run `### 1.` `### 2.` `### 3.`: the next
    // section, though Markdown would read it inside the list item above. A sub-heading deeper
    // than its section (`#### 前三年` under `### 4.`) stays in the answer. A heading that asks
    // with a round's word in it (`技术面的时候，…？`) is a question, no round.
    assert_cards(
        "rules/heading-nested-in-item.md",
        &[
            (
                "行为面试",
                "为什么选择我们公司",
                "heading",
                3,
                "- 业务上：\n  - 平台大，能接触到大规模系统。\n- 技术上：和我的技术栈契合。",
            ),
            (
                "行为面试",
                "最近在读什么书",
                "heading",
                9,
                "   - 《代码整洁之道》\n- 《数据密集型应用系统设计》",
            ),
            (
                "行为面试",
                "技术面的时候，觉得自己哪里答得不好？",
                "heading",
                14,
                "- 优点：基础比较扎实\n- 不足：缓存相关的问题答得不深。",
            ),
            (
                "行为面试",
                "职业规划是什么",
                "heading",
                19,
                "1. **先做好本职工作**\n\n### 前三年\n\n   - 深入一个方向。",
            ),
        ],
    );
}

#[test]
fn title_names_the_note() {
    // `# Title names the note` in `title-names-the-note.md`, over an intro and `##` sections,
    // then more `#` sections: the note's title, though not its only top heading. Its intro
    // is no answer; the later `#` sections are cards under it.
    assert_cards(
        "rules/title-names-the-note.md",
        &[
            (
                "Statistics",
                "What is a p-value?",
                "numbered",
                6,
                "The chance of data this extreme if the null hypothesis holds.",
            ),
            (
                "Statistics",
                "When is the median better than the mean?",
                "numbered",
                8,
                "When the data is skewed or has outliers.",
            ),
            (
                "SQL",
                "What does a LEFT JOIN return?",
                "numbered",
                12,
                "Every row of the left table, matched rows of the right one or NULLs.",
            ),
            (
                "Title names the note",
                "Optimizers",
                "heading",
                15,
                "Momentum keeps a running average of past gradients.",
            ),
        ],
    );
}

#[test]
fn numbered_lone_beside_logs() {
    // Beside sections that list numbered questions, a section holding one numbered item
    // with its answer under it holds one more question, even one that states its task
    // (`…; time 45 minutes:`): the item is the card, the heading its topic.
    assert_cards(
        "rules/numbered-lone-beside-logs.md",
        &[
            (
                "Puzzles",
                "two ropes each burn in an hour, unevenly; time 45 minutes",
                "numbered",
                4,
                "light the first at both ends and the second at one end; when the first is gone,\nlight the other end of the second.",
            ),
            ("Probability", "What is the chance of two heads in three tosses?", "numbered", 9, "Three in eight."),
            ("Probability", "How do you sample uniformly from a stream?", "numbered", 11, "Reservoir sampling."),
            ("SQL", "What does GROUP BY do?", "numbered", 15, "It folds rows with equal keys into one."),
            ("SQL", "When do you need HAVING?", "numbered", 17, "To filter on an aggregate."),
        ],
    );
}

#[test]
fn term_heading_names_initials() {
    // `## SGD, Momentum, Adam` over `Stochastic Gradient Descent: …`, `Momentum: …`, `Adam: …`:
    // a heading that only lists its terms' names (one by its initials) is their topic.
    assert_cards(
        "rules/term-heading-names-initials.md",
        &[
            (
                "Deep learning",
                "Backpropagation",
                "heading",
                3,
                "The chain rule applied layer by layer, from the loss back to the weights.",
            ),
            (
                "SGD, Momentum, Adam",
                "Stochastic Gradient Descent",
                "term",
                9,
                "each step uses a random mini-batch instead of the whole dataset.",
            ),
            (
                "SGD, Momentum, Adam",
                "Momentum",
                "term",
                11,
                "a running average of past gradients keeps the steps moving the same way.",
            ),
            (
                "SGD, Momentum, Adam",
                "Adam",
                "term",
                13,
                "momentum plus a per-parameter step size from the squared gradients.",
            ),
        ],
    );
}

#[test]
fn inline_answer_after_question_mark() {
    // `How can you avoid overfitting? lasso regression`: what follows the question mark
    // answers it, though it opens in lower case after a word (only `?q=` with no space is a
    // URL's). `? i.e. …` says what the question means, `? Consider …` what to answer: they
    // stay in it.
    assert_cards(
        "rules/inline-answer-after-question-mark.md",
        &[
            ("Machine learning", "How can you avoid overfitting?", "numbered", 2, "lasso regression"),
            ("Machine learning", "How do you pick k for k-means?", "numbered", 3, ""),
            (
                "Machine learning",
                "How would you settle two teams reading one result two ways? i.e. faster trips but fewer bookings.",
                "numbered",
                4,
                "",
            ),
            ("Machine learning", "What does GET /search?q=rust return?", "numbered", 5, "the pages that match"),
            // (What the question tells the reader to do, `Consider…`, is still the question.)
            (
                "Machine learning",
                "What does open() return? Consider success and failure in your answer.",
                "numbered",
                6,
                "",
            ),
        ],
    );
}

#[test]
fn numbered_terms_then_bold_term() {
    // `1. 版本：…` and more numbered terms, then `**最大传输单元MTU**：…` on its own after a
    // blank line: one more term of the same glossary, written without its number.
    // `**注意**：…` remarks on them: it stays in the last answer.
    assert_cards(
        "rules/numbered-terms-then-bold-term.md",
        &[
            (
                "IP 首部的字段",
                "版本",
                "numbered",
                4,
                "占 4 位，IPv4 或 IPv6",
            ),
            (
                "IP 首部的字段",
                "首部长度",
                "numbered",
                5,
                "占 4 位，单位是 4 字节",
            ),
            ("IP 首部的字段", "总长度", "numbered", 6, "首部和数据之和"),
            (
                "IP 首部的字段",
                "最大传输单元MTU",
                "numbered",
                8,
                "一个帧的数据字段的最大长度",
            ),
            (
                "内存分配",
                "首次适应",
                "numbered",
                11,
                "从低地址找第一个够大的空闲区",
            ),
            (
                "内存分配",
                "最佳适应",
                "numbered",
                12,
                "找大小最接近的空闲区",
            ),
            (
                "内存分配",
                "最差适应",
                "numbered",
                13,
                "找最大的空闲区\n\n**注意**：三种算法都要维护空闲分区表",
            ),
        ],
    );
}

#[test]
fn paragraph_question_reported() {
    // In an interview log, `面试官就说，你不是说用正则吗，我就说正则不熟。` reports a question
    // inside a sentence that goes on and closes with a full stop: it asks nothing, and goes
    // on with the answer above it.
    assert_cards(
        "rules/paragraph-question-reported.md",
        &[
            (
                "手写题",
                "怎么把字符串里的数字倒序取出来？",
                "paragraph-question",
                5,
                "一开始说用正则，写不出来，就写了个循环。\n\n面试官就说，你不是说用正则吗，我就说正则不熟。",
            ),
            ("项目", "最难的一个需求是什么？", "paragraph-question", 13, "做了离线缓存。"),
        ],
    );
}

#[test]
fn grouping_dated_rounds() {
    // `# 2021/8/21（某云一面）`: a round named after its date; what is in the brackets is
    // its name, not a remark to drop (the date alone names nothing). The date before the
    // company counts for nothing in how long the name is (`2021/8/22(某某云计算二面)` is a
    // round still). Under a round, one bullet alone with its answer under it is the
    // question asked.
    let (a, b, c) = (
        "2021/8/21（某云一面）",
        "2021/8/22(某某云计算二面)",
        "2021/9/3(某度三面)",
    );
    assert_cards(
        "rules/grouping-dated-rounds.md",
        &[
            (a, "如何读取 HTTP 请求报文", "bullet-question", 3, ""),
            (a, "三次握手", "bullet-question", 4, ""),
            (b, "移动构造函数", "bullet-question", 8, ""),
            (b, "http报文结构", "bullet-question", 9, ""),
            (b, "滑动窗口最大值", "bullet-question", 10, ""),
            (
                c,
                "对某度的看法",
                "bullet-question",
                14,
                "* 老牌大厂，产品覆盖搜索、地图和网盘，在自动驾驶上投入很大。",
            ),
        ],
    );
}

#[test]
fn term_nested_under_list_question() {
    // Bold terms inside an answer are cards of their own beside it, except under a question
    // that asks for a list (`What are the three V's…?`, `benefits of…`, `有哪些特性`): the
    // terms are what it asks for, its answer.
    let t = "Hadoop";
    assert_cards(
        "rules/term-nested-under-list-question.md",
        &[
            (
                t,
                "What are the three V's of Big Data?",
                "numbered",
                4,
                "* **Volume**: how much data there is, growing fast.\n* **Velocity**: how fast new data arrives.\n* **Variety**: how many formats it comes in.",
            ),
            (
                t,
                "What is a DBMS?",
                "numbered",
                9,
                "A store that supports safe, shared access to data.\n- **Atomicity**: all or nothing.\n- **Durability**: committed work survives a crash.",
            ),
            (t, "Atomicity", "term", 11, "all or nothing."),
            (t, "Durability", "term", 12, "committed work survives a crash."),
            (t, "How is HDFS fault tolerant?", "numbered", 14, "Each block is copied to three DataNodes."),
        ],
    );
}

#[test]
fn inline_answer_em_dash() {
    // `Latency—The time it takes…`: a short English name, an em dash set close, and a
    // sentence explaining it is a term.
    let t = "The four golden signals";
    assert_cards(
        "rules/inline-answer-em-dash.md",
        &[
            (
                t,
                "Latency",
                "numbered",
                4,
                "The time it takes to serve a request",
            ),
            (
                t,
                "Traffic",
                "numbered",
                5,
                "How much demand reaches the service",
            ),
            (
                t,
                "Errors",
                "numbered",
                6,
                "The rate at which requests fail",
            ),
            (
                t,
                "Saturation",
                "numbered",
                7,
                "How close the service is to full",
            ),
        ],
    );
}

#[test]
fn definition_list() {
    // `Nihilism` over `: The rejection…` (a blank line between allowed, lines indented under
    // the definition part of it): a definition list, one card per term. MyST directives that
    // frame notes (```` ```{margin} ````, ```` ```{admonition} Variants ````) are notes, not
    // code; an admonition's title shows in bold over its text, its `:class:` line is markup.
    assert_cards(
        "rules/definition-list.md",
        &[
            (
                "Ethics",
                "Utilitarianism",
                "heading",
                3,
                "Consequentialism\n: Judging actions by their consequences alone.\n\nTeleological\n: Aimed at a goal, here the greatest happiness.\n\nUtilitarianism measures right and wrong by an action's effect on overall happiness.",
            ),
            ("Utilitarianism", "Consequentialism", "definition-list", 6, "Judging actions by their consequences alone."),
            ("Utilitarianism", "Teleological", "definition-list", 9, "Aimed at a goal, here the greatest happiness."),
            ("Utilitarianism", "Variants", "heading", 14, "Act and rule utilitarianism differ in what they judge."),
            ("Other theories", "Nihilism", "definition-list", 21, "The rejection of all moral principles."),
            (
                "Other theories",
                "Egoism",
                "definition-list",
                24,
                "Self-interest as the foundation of morality.\n\nIts critics call it a refusal of ethics.",
            ),
        ],
    );
}

#[test]
fn inline_answer_bold_full_stop() {
    // `**Justice**. Distribute…`: the name's full stop typed after the bold marks still
    // parts it from the sentence that explains it, as in `**Fidelity.** Keep promises.`
    let t = "Ross's duties";
    assert_cards(
        "rules/inline-answer-bold-full-stop.md",
        &[
            (t, "Fidelity.", "numbered", 3, "Keep promises."),
            (
                t,
                "Reparation.",
                "numbered",
                4,
                "Make amends for wrongs done.",
            ),
            (
                t,
                "Justice.",
                "numbered",
                5,
                "Distribute benefits and burdens fairly.",
            ),
        ],
    );
}

#[test]
fn term_paragraphs_over_lists() {
    // Paragraphs that each name a term and define it (`缓冲区：缓解…`), three or more, each
    // over a list of its points: the terms are the cards, each answered by its definition
    // and its list; the points (`单缓冲：…`) are parts of that answer.
    let t = "IO 核心子系统";
    assert_cards(
        "rules/term-paragraphs-over-lists.md",
        &[
            (t, "IO 调度", "term", 5, "让进程公平地共享设备\n\n- 每个设备维护一个请求队列\n- 例子：磁盘调度"),
            (t, "缓冲区", "term", 10, "缓解设备之间速度不匹配\n\n- 单缓冲：一个缓冲区\n- 双缓冲：两个缓冲区，可以双向传输"),
            (t, "假脱机技术", "term", 15, "用磁盘模拟独占设备\n\n- 输入井和输出井\n- 把独占设备改造为共享设备"),
        ],
    );
}

#[test]
fn heading_answer_link() {
    // `#### Answer - https://…` under a question heading names a part of its answer and the
    // page that holds it: part of the answer, no card.
    let t = "System design";
    assert_cards(
        "rules/heading-answer-link.md",
        &[
            (
                t,
                "Order book matching",
                "heading",
                3,
                "Orders are matched when the sell price is at most the buy price.\nCompeting orders are matched first in, first out.\n\n### Answer - https://example.com/order-book-lld",
            ),
            (t, "URL shortener", "heading", 10, "Hash the long URL, store the mapping, redirect on lookup."),
        ],
    );
}

#[test]
fn label_connective_word() {
    // `即：…` (also `也就是说：`, `总之：`, `i.e.:`) goes on from the text above; it names
    // nothing, so it is no label but the end of the answer above it.
    let t = "系统调用";
    assert_cards(
        "rules/label-connective-word.md",
        &[
            (t, "系统调用的功能", "label", 5, "- 设备管理\n- 文件管理"),
            (
                t,
                "系统调用的处理过程",
                "label",
                10,
                "1. 压入调用号和参数，执行陷入指令。\n2. 转入相应的处理子程序。\n\n即：应用程序执行陷入指令，把 CPU 交给内核，内核代为执行后再交还。",
            ),
        ],
    );
}

#[test]
fn bullet_question_examples() {
    // Bullets that ask after a sentence giving examples (`…questions like:`, `e.g.`, `比如：`)
    // illustrate it; nobody asked them. They stay in the section's text.
    assert_cards(
        "rules/bullet-question-examples.md",
        &[
            (
                "Ethics",
                "Normative ethics",
                "heading",
                3,
                "Normative theories help us answer questions like:\n- How should I act?\n- What sort of person should I be?",
            ),
            ("Interview questions", "What is utilitarianism?", "bullet-question", 11, ""),
            ("Interview questions", "Why does Kant reject lying?", "bullet-question", 12, ""),
        ],
    );
}

#[test]
fn heading_parts_design_prompt() {
    // `## Design a URL shortener` is the task an interview sets (`Design a`, `Implement a`,
    // `Build a` ask as `Explain` does): a question, its sub-headings the parts of its
    // answer. (`Design Patterns`, with no article, names a subject.)
    let t = "System design";
    assert_cards(
        "rules/heading-parts-design-prompt.md",
        &[
            (
                t,
                "Design a URL shortener",
                "heading-parts",
                3,
                "### Scope\nAbout 100 million new URLs a day, reads far more than writes.\n\n### API\n`POST /shorten` returns the short code; `GET /{code}` redirects.",
            ),
            (
                t,
                "Design a web crawler",
                "heading-parts",
                11,
                "### Politeness\nOne queue per host, with a delay between fetches.",
            ),
        ],
    );
}

#[test]
fn grouping_questions_heading_remark() {
    // `## 问题` (`## Questions`) over the sections that hold them names them, whatever its own
    // text says: `最开始自我介绍…` remarks on how they were asked; it answers nothing.
    assert_cards(
        "rules/grouping-questions-heading-remark.md",
        &[
            ("项目相关", "项目里最难的问题是什么？", "numbered", 9, ""),
            ("项目相关", "消息队列如何保证不丢消息？", "numbered", 10, ""),
            ("计算机基础", "进程和线程的关系？", "numbered", 14, ""),
            ("计算机基础", "TCP 为什么是可靠的？", "numbered", 15, ""),
        ],
    );
}

#[test]
fn remark_round_summary() {
    // In an interview round, `## 最后总结` or `## Takeaways` sums up how the round went: a
    // remark on it, no question (outside a round, `总结` under a concept is its summary).
    assert_cards(
        "rules/remark-round-summary.md",
        &[
            ("一面 技术面", "进程和线程的区别？", "numbered", 5, ""),
            ("一面 技术面", "HTTPS 的连接过程？", "numbered", 6, ""),
            (
                "二面",
                "How does MVCC give repeatable reads?",
                "numbered",
                16,
                "",
            ),
        ],
    );
}

#[test]
fn grouping_round_category_remark() {
    // In an interview round, `## 2.算法` over `### 实现一个前缀树`, its own text telling how
    // that came up: the sub-heading is the question, the text a remark on it; the category
    // is its topic (`算法` as `Algorithms`).
    assert_cards(
        "rules/grouping-round-category-remark.md",
        &[
            ("项目相关", "项目里最难的问题是什么？", "numbered", 5, ""),
            ("项目相关", "消息队列如何保证不丢消息？", "numbered", 6, ""),
            (
                "Algorithms",
                "实现一个前缀树",
                "heading",
                12,
                "```go\ntype Trie struct{ next [26]*Trie; end bool }\n```",
            ),
            ("二面", "分布式系统怎么实现幂等？", "numbered", 20, ""),
        ],
    );
}

#[test]
fn wenda_pair_dialogue() {
    // An interview written down as a dialogue: `她：` / `他：` / `面试官：` asks, `我：` answers,
    // also inside a round (`## 第一面——某科技`), whose opening remark is no card.
    assert_cards(
        "rules/wenda-pair-dialogue.md",
        &[
            (
                "第一面——某科技",
                "请你介绍一下你自己",
                "wenda-pair",
                7,
                "我是大三学生，自学 Java 两年。",
            ),
            (
                "第一面——某科技",
                "你知道 equals 和等号的区别吗？",
                "wenda-pair",
                11,
                "等号比较地址或数值，equals 可以重写来比较内容。",
            ),
            (
                "某集团",
                "你实习是怎么安排的？",
                "wenda-pair",
                17,
                "一月到六月都可以。",
            ),
        ],
    );
}

#[test]
fn bullet_question_under_questions_title() {
    // A note whose title says it lists questions (`Questions-I-got-in-coding-interviews`,
    // a file-name slug) holds them under subject headings, however they are phrased: a
    // problem's name (`Word ladder`) is a question as much as `What does … prevent?`. A bare
    // URL answers the item above; an empty bullet is no answer. A section of statements
    // (`### Setup`) holds no questions: it stays one card.
    assert_cards(
        "rules/bullet-question-under-questions-title.md",
        &[
            (
                "Rust",
                "What does the borrow checker prevent?",
                "bullet-question",
                7,
                "It stops two mutable references to the same value from living at once.",
            ),
            (
                "Rust",
                "Word ladder",
                "bullet-question",
                10,
                "* https://leetcode.com/problems/word-ladder/",
            ),
            (
                "Rust",
                "Merge two sorted lists",
                "bullet-question",
                12,
                "walk both with two cursors",
            ),
            ("SQL", "Second highest salary", "bullet-question", 15, ""),
            ("SQL", "Find duplicate emails", "bullet-question", 16, ""),
            (
                "Coding",
                "Setup",
                "heading",
                19,
                "* Keep the editor font large.\n* Practise on a whiteboard before the day.",
            ),
        ],
    );
}

#[test]
fn rule_quote_labels() {
    // `> 聚簇索引`, a quote of one short line over the text that explains it, again and
    // again: the author's labels, read as headings a level below the note's deepest. A quote
    // of two lines that states something (`> 注意：…。`) is a remark, left in the answer above.
    let t = "索引";
    assert_cards(
        "rules/quote-labels.md",
        &[
            (t, "聚簇索引", "heading", 5, "叶子节点存放整行数据，一张表只有一个。"),
            (t, "覆盖索引", "heading", 9, "查询的列都在索引里，不必回表。"),
            (
                t,
                "最左前缀原则",
                "heading",
                13,
                "联合索引从最左边的列开始匹配，遇到范围查询就停止。\n\n> 注意：这里只讲 InnoDB。\n> MyISAM 另有一套做法。",
            ),
        ],
    );
}

#[test]
fn heading_numbered_run() {
    // `#### 1、TCP的首部格式` numbered in the run of `#### 3、为什么会有TIME_WAIT状态` and
    // `#### 6、…？`: one of the questions, not a part of the heading's answer, though it asks
    // nothing and names the heading's subject. (`#### 、TCP的拥塞控制`, its number lost,
    // is in no run, but among sub-headings that mostly ask it is no part either.) A lost
    // number's `、` and stray `*？*` marks leave the question.
    let t = "TCP/UDP";
    let v = "VLAN技术";
    assert_cards(
        "rules/heading-numbered-run.md",
        &[
            (
                "Networking",
                "TCP/UDP",
                "heading",
                3,
                "![首部格式](https://example.com/tcp-header.png)",
            ),
            (
                t,
                "TCP的首部格式",
                "heading",
                7,
                "源端口、目的端口、序号、确认号、窗口等。",
            ),
            (
                t,
                "为什么要三次握手？",
                "heading",
                11,
                "确认双方的收发能力都正常。",
            ),
            (
                t,
                "为什么会有TIME_WAIT状态",
                "heading",
                15,
                "保证最后的确认能到达。",
            ),
            (t, "为什么UDP不可靠", "heading", 19, "没有确认和重传。"),
            (
                t,
                "TCP的拥塞控制",
                "heading",
                23,
                "慢启动、拥塞避免、快重传、快恢复。",
            ),
            (
                t,
                "拥塞窗口和接收窗口？谁说了算？",
                "heading",
                27,
                "发送窗口取两者中较小的。",
            ),
            (
                v,
                "vlan与vxlan的区别",
                "heading",
                33,
                "vxlan 把二层帧封装进 UDP。",
            ),
            (
                v,
                "vlan的划分方式",
                "heading",
                37,
                "按端口、按 MAC、按协议、按子网。",
            ),
            (v, "trunk口", "heading", 41, "允许多个 vlan 通过的端口。"),
            (
                "OSPF协议",
                "区域和骨干区域的区别",
                "heading",
                47,
                "其他区域都要连到骨干区域。",
            ),
        ],
    );
}

#[test]
fn heading_own_text_list_intro() {
    // `路由器的主要作用是` over a list: a sentence the list finishes, not a question (though
    // `作用` often asks). The heading's own text, beside the questions under it, is its card.
    let t = "路由器";
    assert_cards(
        "rules/heading-own-text-list-intro.md",
        &[
            (
                "Networking",
                "路由器",
                "heading",
                3,
                "路由器工作在网络层。\n\n路由器的主要作用是\n\n- 连接不同的网络\n- 选择转发路径\n\n路由器根据路由表决定下一跳。",
            ),
            (t, "为什么路由器能隔离广播？", "heading", 14, "路由器不转发广播帧。"),
            (t, "什么是默认路由？", "heading", 18, "找不到匹配表项时使用的路由。"),
        ],
    );
}

#[test]
fn term_dashed_paragraphs() {
    // Paragraphs that name a term in a few words before a spaced dash (`Unit test - checks
    // one function…`), beside `Name: definition` ones and a bold name (`**Arrange act
    // assert** (AAA) pattern… - …`): the glossary of English lecture notes, a card each.
    // Not a sentence with a dash in it (`Skipped the slow tests entirely - …`), nor a result
    // (`Coverage = 12 - 3 lines`), which stays in the heading's text.
    let t = "Kinds of tests";
    let f = "term-dashed-paragraphs";
    assert_cards(
        "rules/term-dashed-paragraphs.md",
        &[
            (f, "Kinds of tests", "heading", 3, "Unit test - checks one function on its own - fast and cheap\n\n…"),
            (t, "Unit test", "term", 5, "checks one function on its own - fast and cheap"),
            (t, "Integration test", "term", 7, "checks that modules work together"),
            (t, "Regression test", "term", 9, "reruns old cases after a change"),
            (
                t,
                "Arrange act assert",
                "term",
                11,
                "**Arrange act assert** (AAA) pattern for writing tests - set up, run the code, check the result",
            ),
            ("Test doubles in common use", "stub", "term", 15, "returns fixed answers"),
            ("Test doubles in common use", "mock", "term", 16, "also records how it was called"),
            (
                f,
                "Notes from the lab",
                "heading",
                27,
                "Skipped the slow tests entirely - ran them at night instead\n\nWe used pytest for everything.",
            ),
        ],
    );
}

#[test]
fn label_bullets_and_asking_paragraphs() {
    // One-line bullets, each over the paragraphs that explain it, with paragraphs between
    // them that ask on their first line and answer on the next (`What is a lifetime in
    // Rust?` over its answer): each of those is a card too, not text of the bullet above.
    // (`Q-7:` numbers the question.)
    let t = "label-bullets-and-asking-paragraphs";
    assert_cards(
        "rules/label-bullets-and-asking-paragraphs.md",
        &[
            (t, "Rust", "label", 1, "a systems language with no garbage collector."),
            (
                t,
                "How does Rust free memory?",
                "label",
                5,
                "Each value has one owner; the value is dropped when its owner goes out of scope.",
            ),
            (
                t,
                "What is a lifetime in Rust?",
                "label",
                9,
                "The span of code for which a reference stays valid; the compiler checks it.",
            ),
            (
                t,
                "What is the difference between Box and Rc?",
                "label",
                12,
                "Box owns its value alone; Rc counts the owners and frees the value with the last one.",
            ),
            (t, "trait objects", "label", 15, "`dyn Trait` values are called through a vtable."),
        ],
    );
}

#[test]
fn heading_parts_recurring_subheadings() {
    // `### Linux` and `### Windows` under both `## 文件的删除` and `## 文件的权限`: sub-headings
    // that recur under sibling sections are the template each answer follows, so each
    // section is one card. (A line of Chinese indented under a heading is prose, not code:
    // the answer shows it at the margin.)
    let t = "文件系统";
    assert_cards(
        "rules/heading-parts-recurring-subheadings.md",
        &[
            (
                t,
                "文件的删除",
                "heading-parts",
                3,
                "### Linux\nrm 只删掉目录项，最后一个硬链接消失时才回收 inode。\n\n### Windows\n删除的文件先进回收站，清空回收站才释放空间。",
            ),
            (
                t,
                "文件的权限",
                "heading-parts",
                11,
                "### Linux\n\n用 rwx 三组位表示属主、属组和其他人的权限。\n\n### Windows\n用访问控制列表给每个用户单独授权。",
            ),
            (t, "目录结构", "heading", 20, "目录是一棵树，根是 `/` 或盘符。"),
        ],
    );
}

#[test]
fn heading_summary_lists_sections() {
    // `分为三种方式：静态分配、栈上分配和堆上分配` over `### 静态分配`, `### 栈上的分配`,
    // `### 堆上的分配`: a brief text listing as many names as there are sub-headings sums
    // them up. Each sub-heading is a concept of its own, not a part of the text's answer,
    // though the text names one of them word for word.
    let t = "内存的分配";
    assert_cards(
        "rules/heading-summary-lists-sections.md",
        &[
            (
                "内存",
                t,
                "heading",
                3,
                "内存分配主要分为三种方式：静态分配、栈上分配和堆上分配",
            ),
            (
                t,
                "静态分配",
                "heading",
                7,
                "编译时确定大小，整个程序运行期间都存在。",
            ),
            (
                t,
                "栈上的分配",
                "heading",
                11,
                "函数调用时分配，返回时自动释放。",
            ),
            (
                t,
                "堆上的分配",
                "heading",
                15,
                "运行时用 malloc 申请，用 free 释放。",
            ),
        ],
    );
}

#[test]
fn heading_statements_weak_words() {
    // Short statements under a heading, one of them long with a word that often asks
    // (`真正起作用的`, and `那么`'s `么`): not a log of questions. The heading is the card.
    assert_cards(
        "rules/heading-statements-weak-words.md",
        &[
            (
                "经济学",
                "税收",
                "heading",
                3,
                "税收可以让产量回到最优水平\n\n庇古税 (Pigovian tax) 也叫矫正税\n\n税率等于最优产量下的外部边际成本（真正起作用的是边际量），那么征税后的市场就有效率",
            ),
            ("经济学", "补贴", "heading", 11, "补贴让正外部性的产量增加。"),
        ],
    );
}

#[test]
fn explained_lone_under_chapter() {
    // `### Lecture 3: Hashing` over one bullet whose children explain it (`**Birthday
    // attack**`), then sub-headings: the bullet is the card, the lecture its topic. So under
    // a heading that lists names (`MD5, SHA-1, and SHA-2`) is the one it explains.
    assert_cards(
        "rules/explained-lone-under-chapter.md",
        &[
            (
                "Lecture 3: Hashing",
                "Birthday attack",
                "explained",
                3,
                "* Finds a collision in about 2^(n/2) tries\n* Why digests need twice the bits of the security level",
            ),
            (
                "MD5, SHA-1, and SHA-2",
                "SHA-2 family",
                "explained",
                9,
                "* SHA-256 and SHA-512, no practical collisions known\n* Replaced SHA-1 in certificates",
            ),
            (
                "Lecture 3: Hashing",
                "Salting",
                "heading",
                13,
                "Each password gets its own random salt before hashing.",
            ),
            (
                "Lecture 4: Signatures",
                "RSA signature",
                "explained",
                19,
                "* Sign with the private key, verify with the public key",
            ),
        ],
    );
}

#[test]
fn bullet_question_glyph_bullets() {
    // `● What does …?` pasted from a document: the glyph marks a list item, as `-` does. The
    // bullets that ask are the questions; the numbered points and labels between them
    // (`1) TCP - …`, `for an access port:`) answer them, `Follow-up: …?` right under a
    // question goes with it, and a question wrapped onto the next line ends at its mark.
    let t = "bullet-question-glyph-bullets";
    assert_cards(
        "rules/bullet-question-glyph-bullets.md",
        &[
            (
                t,
                "What does the transport layer add to IP?",
                "bullet-question",
                1,
                "Follow-up: Which protocols live there?\n\nPorts, so that many programs share one address, and for TCP a reliable stream.\n\n1) TCP - reliable, ordered, with flow control\n2) UDP - best effort, no connection",
            ),
            (
                t,
                "How would you set up a VLAN on a switch port so that two teams share one switch?",
                "bullet-question",
                9,
                "for an access port:\nswitchport mode access\n\nfor a trunk port:\nswitchport mode trunk",
            ),
            (
                t,
                "How would you debug a slow web page?",
                "bullet-question",
                18,
                "I'd open the browser's network tab and look for the slowest request first.",
            ),
        ],
    );
}

#[test]
fn numbered_answer_parts_and_last_lines() {
    // Plain-text numbered questions, each answer set off by blank lines. `问题1：…` inside
    // item 1's answer splits that answer into parts; it starts no pair of the note's own (nor
    // runs on over the items after it). The last line of an answer alone between two items
    // (`进程则各自独立` after a comma, `都是很常见的`, `<0 出错 =0 …`) states something: no
    // section title over the items below.
    let t = "numbered-answer-parts-and-last-lines";
    assert_cards(
        "rules/numbered-answer-parts-and-last-lines.txt",
        &[
            (
                t,
                "海量数据去重",
                "numbered",
                1,
                "问题1：内存放不下怎么办\n\n先按哈希值把数据分到多个小文件，再逐个去重。\n\n问题2：两个大文件求交集\n\n两个文件用同一个哈希函数分组，再逐组比较。",
            ),
            (
                t,
                "进程和线程的区别",
                "numbered",
                13,
                "进程是资源分配的单位，线程是调度的单位\n\n线程共享进程的地址空间，切换开销小，进程则各自独立",
            ),
            (t, "栈和堆哪个快", "numbered", 21, "栈上分配只移动栈指针，堆要查空闲链表\n\n都是很常见的"),
            (t, "返回值的含义", "numbered", 29, "<0 出错 =0 关闭 >0 读到的字节数"),
            (t, "智能指针的作用", "numbered", 35, "自动释放资源，避免内存泄漏。"),
        ],
    );
}

#[test]
fn inline_answer_status_marks() {
    // Marks that track the author's progress (`(DONE) (YES)`, `(???) (LAST)`) are neither
    // the question's text nor its answer. An answer set off as a comment (`// general, …`)
    // is the answer; so is a bracketed sentence after the question mark.
    let t = "Round 2";
    assert_cards(
        "rules/inline-answer-status-marks.md",
        &[
            (t, "Virtual memory", "bullet-question", 3, ""),
            (
                t,
                "Kinds of HTTP headers",
                "bullet-question",
                4,
                "general, request, response, entity",
            ),
            (
                t,
                "How does a message queue help ?",
                "bullet-question",
                5,
                "(Use one when the caller should not wait for slow work to finish)",
            ),
            (t, "Content negotiation", "bullet-question", 6, ""),
        ],
    );
}

#[test]
fn separated_indented_rules() {
    // Plain text set apart by `-----` lines: one indented a column (` -----`, where the
    // author's lines all start one column in) still separates, and so does one right under a
    // line too long to be a title. Each block's first line, at the block's own margin, names
    // it.
    let t = "separated-indented-rules";
    assert_cards(
        "rules/separated-indented-rules.txt",
        &[
            (t, "进程和线程的区别", "separated", 1, "进程是资源分配的单位  \n线程是调度的单位"),
            (t, "乐观锁", "separated", 5, "假设不会冲突，提交时再检查版本号。"),
            (t, "悲观锁", "separated", 8, "先加锁再操作。"),
            (
                t,
                "红黑树",
                "separated",
                11,
                "它是一棵近似平衡的二叉查找树，最长路径不超过最短路径的两倍，所以查找、插入、删除都是对数时间。",
            ),
            (t, "套接字", "separated", 14, "通信的一端，由 IP 地址和端口号组成。"),
        ],
    );
}

#[test]
fn heading_template_bullet_labels() {
    // `- **输入**：` and `- **输出**：`, each over its points, under every stage's heading:
    // the template each answer follows, so the stages are the cards, not the labels.
    let t = "编译过程";
    assert_cards(
        "rules/heading-template-bullet-labels.md",
        &[
            (
                t,
                "词法分析",
                "heading",
                3,
                "- **输入**：\n  - 源程序的字符流。\n- **输出**：\n  - 单词符号序列。",
            ),
            (
                t,
                "语法分析",
                "heading",
                9,
                "- **输入**：\n  - 单词符号序列。\n- **输出**：\n  - 语法树。",
            ),
            (
                t,
                "语义分析",
                "heading",
                15,
                "- **输入**：\n  - 语法树。\n- **输出**：\n  - 带类型信息的语法树。",
            ),
        ],
    );
}

#[test]
fn grouping_typed_rule() {
    // `# ----------------` typed as a heading: a rule, no name. The questions under it keep
    // the note's own topic, not a row of dashes.
    let f = "grouping-typed-rule";
    assert_cards(
        "rules/grouping-typed-rule.md",
        &[
            (
                "Redis",
                "什么是持久化",
                "heading",
                3,
                "RDB 和 AOF 两种方式。",
            ),
            (f, "什么是哨兵", "heading", 9, "监控主从并自动故障转移。"),
            (f, "什么是集群", "heading", 13, "把数据分到 16384 个槽里。"),
        ],
    );
}

#[test]
fn heading_hyphen_numbered_asks() {
    // `#### 1-1 强缓存和协商缓存的区别`: a heading that asks (by `区别`), numbered chapter and
    // section with a hyphen. Its paragraphs answer it, even the one with an asking word;
    // `1-1` numbers it and leaves the question.
    let t = "浏览器";
    assert_cards(
        "rules/heading-hyphen-numbered-asks.md",
        &[
            (
                t,
                "强缓存和协商缓存的区别",
                "heading",
                3,
                "先说什么是缓存：浏览器保存资源的副本，下次请求时直接用。\n\n强缓存：响应头里给出过期时间，到期前不发请求。\n\n协商缓存：每次都问服务器资源是否变了，没变就返回 304。",
            ),
            (t, "介绍一下 Service Worker", "heading", 11, "运行在后台的脚本，可以拦截请求、离线缓存。"),
        ],
    );
}

#[test]
fn term_glossary_among_questions() {
    // `### Testing Terms` among headings that ask: a glossary, not one more question. Its
    // items, each a term over its explanation, are the cards.
    let t = "Testing";
    assert_cards(
        "rules/term-glossary-among-questions.md",
        &[
            (
                t,
                "What is a unit test?",
                "heading",
                3,
                "- A test of one function in isolation",
            ),
            (
                t,
                "Why mock a database?",
                "heading",
                6,
                "- Tests run fast and do not depend on shared state",
            ),
            (
                "Testing Terms",
                "Fixture",
                "term",
                10,
                "- The fixed state a test starts from",
            ),
            (
                "Testing Terms",
                "Flaky test",
                "term",
                12,
                "- Passes and fails with no change to the code",
            ),
            (
                t,
                "What is mutation testing?",
                "heading",
                15,
                "- Changing the code on purpose to see whether the tests notice",
            ),
        ],
    );
}

#[test]
fn numbered_paragraphs_explained_below() {
    // `1、直连路由` as a paragraph, the paragraph after it its explanation: numbered names
    // over their text, one card each, under a heading that names what they are. Under a
    // heading that asks for a list (`路由器的缺点`), they are the points of its answer; and
    // their neighbour is no interview log to read that one by.
    assert_cards(
        "rules/numbered-paragraphs-explained-below.md",
        &[
            ("路由表的表项", "直连路由", "numbered", 5, "接口配置了地址之后自动生成，不需要手工添加。"),
            ("路由表的表项", "静态路由", "numbered", 9, "管理员手工写入，网络变化时不会自动更新。"),
            (
                "路由器",
                "路由器的缺点",
                "heading",
                13,
                "1、转发慢\n\n每个包都要查表，比交换机多一步。\n\n2、配置复杂\n\n要规划网段和路由协议。",
            ),
        ],
    );
}

#[test]
fn section_line_dated_outline() {
    // `## 03.14` (a month written with its zero: a date, not section 3.14) over one numbered
    // item whose items define terms: the date and the item are topics, the terms the cards.
    // A date over a remark makes no card.
    let t = "存储管理";
    assert_cards(
        "rules/section-line-dated-outline.md",
        &[
            (
                t,
                "分页",
                "numbered",
                6,
                "把内存分成大小相同的页框，进程按页装入。",
            ),
            (
                t,
                "分段",
                "numbered",
                7,
                "按程序的逻辑单位划分，段长可以不同。",
            ),
            (
                t,
                "页表",
                "numbered",
                8,
                "1. 记录页号到页框号的映射\n2. 每个进程一张",
            ),
        ],
    );
}

#[test]
fn term_bracketed_items() {
    // Items that name a concept and explain it in the brackets closing the line
    // (`At-most-once delivery (fire and forget, …)`), three or more: a glossary, the name the
    // card, the brackets its answer. A short aside in brackets (`RabbitMQ (AMQP)`) explains
    // nothing: `Brokers` stays one card.
    let t = "Delivery guarantees";
    assert_cards(
        "rules/term-bracketed-items.md",
        &[
            (
                t,
                "At-most-once delivery",
                "term",
                4,
                "fire and forget, a message may be lost",
            ),
            (
                t,
                "At-least-once delivery",
                "term",
                5,
                "retries until acknowledged, duplicates possible",
            ),
            (
                t,
                "Exactly-once delivery",
                "term",
                6,
                "deduplication plus transactions on both ends",
            ),
            (
                "Messaging",
                "Brokers",
                "heading",
                8,
                "- Kafka\n- RabbitMQ (AMQP)",
            ),
        ],
    );
}

#[test]
fn heading_rhetorical_questions() {
    // Statements with questions that answer themselves on the same line (`谁从中得利？先买到的
    // 消费者…`): an explanation with rhetorical questions, not a log of questions. The heading
    // is the card.
    let t = "微观经济学";
    assert_cards(
        "rules/heading-rhetorical-questions.md",
        &[
            (
                t,
                "价格上限的影响",
                "heading",
                3,
                "市场出现短缺，排队和黑市随之出现。\n\n限价之后供给量下降，需求量上升。\n\n谁从中得利？先买到的消费者，代价是等待的时间。\n\n长期来看短缺会更严重，因为厂商退出市场。\n\n能不能靠补贴解决？可以，但要财政出钱。",
            ),
            (t, "价格下限的影响", "heading", 15, "出现过剩，最低工资就是一个例子。"),
        ],
    );
}

#[test]
fn term_bold_kinds_named_above() {
    // `可分为直通式，存储转发式，碎片隔离式。` over `**直通式**：…` and the rest: bold terms
    // that a sentence above names first are the kinds it lists, cards beside the heading's
    // (bold labels alone would only name parts of one answer).
    let t = "交换机";
    assert_cards(
        "rules/term-bold-kinds-named-above.md",
        &[
            (
                "Networking",
                t,
                "heading",
                3,
                "交换机工作在数据链路层。\n\n根据转发方式，可分为直通式，存储转发式，碎片隔离式。",
            ),
            (
                t,
                "直通式",
                "term",
                9,
                "只读目的地址就开始转发，延迟最小。\n\n不检查错误帧。",
            ),
            (t, "存储转发式", "term", 13, "收完整个帧并校验后再转发。"),
            (
                t,
                "碎片隔离式",
                "term",
                15,
                "读满 64 字节再转发，过滤掉碰撞碎片。",
            ),
            (
                "Networking",
                "路由器",
                "heading",
                17,
                "工作在网络层，按 IP 地址转发。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_names_over_lists() {
    // `1\. 邻接矩阵` as a paragraph over a list, a picture, a label over its steps, or a line
    // and its code: numbered names explained by what follows, one card each. The numbered
    // bullets inside (`* 1\. 每条弧一个结点`) are steps of an answer, and `①` steps after
    // `求关键路径的步骤：` stay in the heading's answer.
    assert_cards(
        "rules/numbered-names-over-lists.md",
        &[
            (
                "图的表示",
                "邻接矩阵",
                "numbered",
                5,
                "* 用二维数组存边\n* 稠密图适用",
            ),
            (
                "图的表示",
                "邻接表",
                "numbered",
                10,
                "![](adjacency-list.png)",
            ),
            (
                "图的表示",
                "十字链表",
                "numbered",
                14,
                "存储方式：\n* 1\\. 每条弧一个结点\n* 2\\. 顶点表存出弧和入弧",
            ),
            (
                "最短路径",
                "Dijkstra 算法",
                "numbered",
                22,
                "每次取距离最小的顶点\n\n```c\n…",
            ),
            (
                "最短路径",
                "Floyd 算法",
                "numbered",
                30,
                "三重循环，逐个顶点作中转",
            ),
            (
                "图",
                "关键路径",
                "heading",
                34,
                "求关键路径的步骤：\n\n① 求事件的最早发生时间…",
            ),
        ],
    );
}

#[test]
fn rule_heading_joined_part_names() {
    // `Steps w/ Example:` joins two part names: a part of the answer above, so its numbered
    // steps are no cards of their own.
    assert_cards(
        "rules/heading-joined-part-names.md",
        &[
            (
                "Neural networks",
                "Forward propagation",
                "heading",
                3,
                "Each hidden node takes the tanh of its weighted inputs.\n\n### Steps w/ Example:…",
            ),
            (
                "Neural networks",
                "Backpropagation",
                "heading",
                14,
                "Gradient descent plus the chain rule.\n\n### Steps with example…",
            ),
        ],
    );
}

#[test]
fn rule_term_bold_figures_name_nothing() {
    // `**1986** First planning meeting`: a year set in bold is no term; the heading's card
    // holds the timeline. `**Exon**: …` names a term.
    assert_cards(
        "rules/term-bold-figures-name-nothing.md",
        &[
            (
                "Genetics",
                "Human Genome Project",
                "heading",
                3,
                "- **1986** First planning meeting\n- **1990** Project launched\n- **2003** Complete sequence published",
            ),
            ("Gene structure", "Exon", "term", 11, "the part of a gene that codes for protein"),
            ("Gene structure", "Intron", "term", 12, "the part removed during splicing"),
        ],
    );
}

#[test]
fn rule_clean_template_field_headings() {
    // A template's fields set as headings (`## Subject: [[BIO]]`, `## Tags:` over its tags,
    // `## Date: …`) are metadata: no empty-heading cards.
    assert_cards(
        "rules/clean-template-field-headings.md",
        &[(
            "clean-template-field-headings",
            "Sanger sequencing",
            "heading",
            7,
            "- Uses chain-terminating nucleotides\n- Read by fluorescent labels",
        )],
    );
}

#[test]
fn rule_index_numbered_like_its_sections() {
    // `1.` … `5.` questions under `## 5 Questions in total`, then `### 1.` … `### 5.`
    // sections, most worded alike: every entry with a section of its number is an index
    // entry, `3. How do you add a dependency in Maven?` over `### 3. How u add dependency in
    // Maven` included. A count of questions names no topic: the file's name does.
    let t = "index-numbered-like-its-sections";
    assert_cards(
        "rules/index-numbered-like-its-sections.md",
        &[
            (t, "Which scopes can a bean have?", "bullet-question", 4, ""),
            (
                t,
                "What is a bean?",
                "heading-parts",
                10,
                "An object the Spring container creates and wires.",
            ),
            (
                t,
                "How is a bean created?",
                "heading",
                13,
                "From a `@Bean` method or a scanned `@Component` class.",
            ),
            (
                t,
                "What does @ComponentScan do?",
                "heading",
                16,
                "It tells Spring which packages to search for components.",
            ),
            (t, "How u add dependency in Maven", "empty-heading", 19, ""),
            (
                t,
                "Can Spring Boot run without a web server?",
                "empty-heading",
                21,
                "",
            ),
            (
                t,
                "What is a starter?",
                "heading",
                23,
                "A dependency that pulls in a feature's libraries and configuration.",
            ),
        ],
    );
}

#[test]
fn rule_topic_heading_at_the_questions_level() {
    // `### Web questions`, empty and unnumbered, right over `### 1. …` where the count starts
    // again: a section line written at the questions' own level. It names the numbered
    // questions after it; it is no empty card.
    assert_cards(
        "rules/topic-heading-at-the-questions-level.md",
        &[
            (
                "Behavioural questions",
                "Tell me about a project you are proud of.",
                "heading",
                4,
                "A search service that cut query time in half.",
            ),
            (
                "Behavioural questions",
                "How do you handle disagreements?",
                "heading",
                7,
                "I look for the data that would settle it.",
            ),
            (
                "Web questions",
                "What happens when you type a URL?",
                "heading",
                11,
                "DNS lookup, TCP and TLS handshakes, then the HTTP request.",
            ),
            (
                "Web questions",
                "What is CORS?",
                "heading",
                14,
                "A browser rule for requests across origins.",
            ),
            (
                "Web questions",
                "What are web sockets?",
                "empty-heading",
                17,
                "",
            ),
        ],
    );
}

#[test]
fn rules_topic_heading_plain_lines_over_questions() {
    // Plain-text section lines over indented questions, each with its own answer: the line
    // names them, whether it is unnumbered (`a.Go 并发篇`, item 1 under a letter before `2.`),
    // announces questions with a subject (`2.Go 内存面试题` names Go 内存), leads `（1）` items
    // whose lines sit at their own margin, or announces questions written without numbers.
    assert_cards(
        "rules/topic-heading-plain-lines-over-questions.txt",
        &[
            (
                "Go 并发篇",
                "goroutine 和线程有什么区别？",
                "numbered",
                2,
                "goroutine 由运行时调度，栈从 2KB 起步。",
            ),
            (
                "Go 并发篇",
                "channel 关闭后还能读吗？",
                "numbered",
                5,
                "能读，读完缓冲后得到零值。",
            ),
            (
                "Go 内存面试题",
                "逃逸分析是什么？",
                "numbered",
                10,
                "编译器判断变量是否要分配到堆上。",
            ),
            (
                "Go 内存面试题",
                "GC 用的什么算法？",
                "numbered",
                13,
                "三色标记加写屏障。",
            ),
            (
                "Go 常用工具",
                "性能分析的工具",
                "numbered",
                17,
                "pprof 看 CPU 和内存  \ntrace 看调度",
            ),
            (
                "Go 常用工具",
                "代码检查的工具",
                "numbered",
                20,
                "go vet 查可疑代码  \nstaticcheck 查更多问题",
            ),
            (
                "Redis",
                "Redis 为什么快？",
                "explained",
                25,
                "内存操作，单线程无锁，IO 多路复用。",
            ),
            (
                "Redis",
                "持久化有哪几种？",
                "explained",
                27,
                "RDB 快照和 AOF 日志。",
            ),
        ],
    );
}

#[test]
fn rules_marked_question_escaped_bullets() {
    // Questions written as escaped bullets (`\- Why does UDP exist ?</br>`) over real bullets
    // that answer them: the escape marks the questions, names included (`\- Slow start`, left
    // unanswered), and the bold points below are their answers, not terms.
    assert_cards(
        "rules/marked-question-escaped-bullets.md",
        &[
            (
                "Transport",
                "What does TCP add over IP ?",
                "marked-question",
                3,
                "- **Reliability**. Lost segments are sent again.\n- **Ordering**. Bytes arrive in the order sent.",
            ),
            (
                "Transport",
                "Why does UDP exist ?",
                "marked-question",
                7,
                "- **Low latency**. No handshake before data.",
            ),
            (
                "Transport",
                "Congestion window",
                "marked-question",
                10,
                "<img src=\"./cwnd.png\" width=\"300\">",
            ),
            ("Transport", "Slow start", "marked-question", 13, ""),
            (
                "Routing",
                "Distance vector",
                "marked-question",
                17,
                "- each router tells its neighbours its table\n- slow to converge after a link fails",
            ),
            (
                "Routing",
                "Link state",
                "marked-question",
                21,
                "- each router floods its links\n- everyone runs Dijkstra",
            ),
        ],
    );
}

#[test]
fn rules_heading_comparison_of_two() {
    // A heading that compares two things (`栈和堆的区别`, `进程与线程区别`, `Polling vs
    // Interrupts`) over one part for each: the heading is the card, the parts its answer (bold
    // ones too: the sides, no terms of their own). Two names joined by `和` with no word that
    // compares (`大端和小端`) only group their terms.
    assert_cards(
        "rules/heading-comparison-of-two.md",
        &[
            (
                "嵌入式",
                "栈和堆的区别",
                "heading",
                3,
                "栈：\n- 编译器自动分配\n- 向低地址增长\n堆：\n- 程序员手动申请\n- 向高地址增长",
            ),
            (
                "嵌入式",
                "进程与线程区别",
                "heading",
                12,
                "进程`process`：\n- 资源分配的单位\n线程`thread`：\n- 调度的单位",
            ),
            (
                "嵌入式",
                "Polling vs Interrupts",
                "heading",
                19,
                "- **Polling**: the CPU asks the device again and again\n- **Interrupts**: the device tells the CPU when it is ready",
            ),
            ("大端和小端", "大端", "term", 26, "高位字节存在低地址"),
            ("大端和小端", "小端", "term", 27, "低位字节存在低地址"),
        ],
    );
}

#[test]
fn fence_flow_diagram() {
    // A fence without a language that draws a flow (`↓` lines, `├──` branches) or a tree
    // (`/ \` between its rows) is a diagram, kept whole in the heading's answer, not prose
    // split into cards.
    assert_cards(
        "rules/fence-flow-diagram.md",
        &[
            (
                "启动",
                "上电启动流程",
                "heading",
                3,
                "```\n上电 / 复位\n    ↓\n读取 0x00000000：设置栈顶…",
            ),
            (
                "启动",
                "满二叉树",
                "heading",
                19,
                "深度为 k 的满二叉树有 2^k - 1 个节点。\n\n```\n      A       第一层：一个节点\n     / \\\n…",
            ),
        ],
    );
}

#[test]
fn rules_heading_symbol_legend() {
    // Entries named by symbols of one or two letters (`H：色调`, `m：…`, `**S**：…`) are a
    // legend of the heading's name or formula: the heading is the card, the legend its answer.
    // Terms with names of their own stay cards.
    assert_cards(
        "rules/heading-symbol-legend.md",
        &[
            (
                "图像处理",
                "色彩模型：HSV",
                "heading",
                3,
                "H：色调\nS：饱和度\nV：亮度",
            ),
            (
                "图像处理",
                "压缩率",
                "heading",
                8,
                "m：原来的平均码长\nn：压缩后的平均码长\n\n$$C = m / n$$",
            ),
            (
                "图像处理",
                "项目自述",
                "heading",
                14,
                "- **S**：旧系统每天凌晨批量对账，经常超时…",
            ),
            ("色彩的三要素", "色调", "term", 21, "颜色的种类"),
            ("色彩的三要素", "饱和度", "term", 22, "颜色的纯度"),
            ("色彩的三要素", "亮度", "term", 23, "颜色的明暗"),
        ],
    );
}

#[test]
fn rules_heading_process_bold_steps() {
    // A heading that names a process (`DMA传输过程`, `缺页的处理流程`) over bold names with
    // their lines: those are its steps, its answer, even where a step reads like a question
    // by its words (`NVIC判断是否响应`).
    assert_cards(
        "rules/heading-process-bold-steps.md",
        &[
            (
                "计算机组成",
                "DMA传输过程",
                "heading",
                3,
                "**1.CPU设置参数**\n写入源地址、目的地址和长度。\n\n**2.DMA控制器搬运数据**…",
            ),
            (
                "计算机组成",
                "缺页的处理流程",
                "heading",
                14,
                "**检查地址是否合法**\n非法则终止进程。…",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_listed_concepts() {
    // A question that lists the concepts it asks about (`Explain deadlock, livelock and
    // starvation.`) over sub-headings that are those concepts, each with its text: they are
    // cards of their own. With text of its own the question is a card beside them; without,
    // it groups them. A question that compares two names the sides of one answer.
    assert_cards(
        "rules/sub-question-listed-concepts.md",
        &[
            (
                "Concurrency exam",
                "Explain deadlock, livelock and starvation.",
                "heading-parts",
                3,
                "All three stop a program from making progress.",
            ),
            (
                "Concurrency exam",
                "Deadlock",
                "heading",
                7,
                "Two threads each hold a lock the other one waits for.",
            ),
            (
                "Concurrency exam",
                "Livelock",
                "heading",
                10,
                "Threads keep reacting to each other and never get any work done.",
            ),
            (
                "Concurrency exam",
                "Starvation",
                "heading",
                13,
                "A thread never gets the lock because others always take it first.",
            ),
            (
                "Define processes and threads.",
                "Processes",
                "heading",
                18,
                "A running program with its own address space.",
            ),
            (
                "Define processes and threads.",
                "Threads",
                "heading",
                21,
                "Units of execution that share the address space of one process.",
            ),
            (
                "Concurrency exam",
                "What is the difference between a mutex and a semaphore?",
                "heading-parts",
                24,
                "### Mutex\nOnly the thread that locked it may unlock it.…",
            ),
        ],
    );
}

#[test]
fn rules_sub_question_callout() {
    // An Obsidian callout whose title is a question (`>[!Which kind…?]`) over its quoted
    // answer, inside a heading's answer, is a card of its own about that heading; a callout of
    // a kind (`> [!note] Remember`) stays in the answer.
    assert_cards(
        "rules/sub-question-callout.md",
        &[
            (
                "Concurrency",
                "Kinds of concurrency",
                "heading",
                3,
                "Three kinds: exploitation, hidden and inherent.\n\n>[!Which kind is a web server serving many users?]\n> hidden",
            ),
            (
                "Kinds of concurrency",
                "Which kind is a web server serving many users?",
                "sub-question",
                7,
                "> hidden",
            ),
            (
                "Concurrency",
                "Interleavings",
                "heading",
                10,
                "An interleaving is one possible order of the operations of all threads.…",
            ),
            (
                "Interleavings",
                "How many interleavings are there?",
                "sub-question",
                14,
                "> As many as there are ways to order the operations.",
            ),
        ],
    );
}

#[test]
fn rules_qa_pair_bold_numbered_run() {
    // Bold questions numbered `Q1-`, `Q2 `, `Q4.` are one run of pairs whatever mark follows
    // the number; sub-headings between two of them (`##### KNN` under Q2, Q3 next) are parts
    // of the answer above, not sections swallowing the questions after them.
    assert_cards(
        "rules/qa-pair-bold-numbered-run.md",
        &[
            (
                "Models",
                "What is overfitting?",
                "qa-pair",
                5,
                "The model learns the noise of the training set.",
            ),
            (
                "Models",
                "How is KNN different from k-means?",
                "qa-pair",
                9,
                "##### KNN\nA supervised classifier that votes among the nearest labelled points.\n\n##### K Means\nAn unsupervised method that splits the data into k clusters.",
            ),
            (
                "Models",
                "Explain how a ROC curve works.",
                "qa-pair",
                17,
                "It plots the true positive rate against the false positive rate.",
            ),
            (
                "Models",
                "What is Bayes theorem?",
                "qa-pair",
                21,
                "The probability of A given B, from the probability of B given A.",
            ),
        ],
    );
}

#[test]
fn rules_term_dotted_names_told_verbs() {
    // A dotted name (`.text: 已编译的机器代码`) is a term's name, and a definition that tells
    // what something did (`描述了…`, the verb done) asks nothing: the list is a glossary.
    assert_cards(
        "rules/term-dotted-names-told-verbs.md",
        &[
            (
                "可重定位目标文件",
                "ELF头",
                "term",
                5,
                "描述了生成该文件的系统的字的大小和字节顺序",
            ),
            (
                "可重定位目标文件",
                "节头部表",
                "term",
                6,
                "描述了不同节的位置和大小",
            ),
            ("可重定位目标文件", ".text", "term", 7, "已编译的机器代码"),
            (
                "可重定位目标文件",
                ".bss",
                "term",
                8,
                "未初始化的全局和静态C变量",
            ),
        ],
    );
}

#[test]
fn logseq_first_block_children() {
    // A Logseq page whose first block has no dash (`# Sorting` over its text at the margin)
    // heads the tab-indented bullets under it; a page is an outline when its bullets and the
    // lines continuing them (indented two past the dash) are most of it. Properties go,
    // `id::` and a bullet holding only one (`- logseq.order-list-type:: number`, its dash
    // moving down to the text it heads). A heading bullet's paragraph explains it: the
    // heading bullet indented under it (`Stability by index`) is a card of its own.
    assert_cards(
        "rules/logseq-first-block-children.md",
        &[
            (
                "logseq-first-block-children",
                "Sorting",
                "heading",
                1,
                "Putting the items of a list in order by a key.",
            ),
            (
                "Sorting",
                "Stable sort",
                "heading",
                3,
                "Equal keys keep their input order.",
            ),
            (
                "Stable sort",
                "Stability by index",
                "heading",
                5,
                "Any sort turns stable when the key carries the input position.",
            ),
            (
                "Sorting",
                "In-place sort",
                "heading",
                7,
                "Uses only constant extra memory.\n\nSwaps items where they lie.",
            ),
            (
                "In-place sort",
                "External sort",
                "heading",
                12,
                "Sorts data too large for memory, in runs.",
            ),
            (
                "Methods",
                "Merge sort",
                "heading",
                15,
                "Split, sort both halves, merge.\n\n- Splitting stops at one item.",
            ),
            (
                "Methods",
                "Quick sort",
                "heading",
                19,
                "Partition around a pivot, then sort each side.",
            ),
        ],
    );
}

#[test]
fn rule_heading_kinds_of_the_heading() {
    // `### Binary Heap` under `## Heap` (its text of its own) is a kind of heap, a concept of its
    // own, not a part of the heap's answer. `### Adjacency Lists` and `### Adjacency Matrices`
    // share a word, but each has one of its own: two concepts, not two versions of one answer, so
    // `## Representations` groups them.
    assert_cards(
        "rules/heading-kinds-of-the-heading.md",
        &[
            (
                "Data Structures",
                "Stack",
                "heading",
                3,
                "Last in, first out.",
            ),
            (
                "Data Structures",
                "Queue",
                "heading",
                6,
                "First in, first out.",
            ),
            (
                "Data Structures",
                "Heap",
                "heading",
                9,
                "A tree where each parent orders before its children.\n- the r…",
            ),
            (
                "Heap",
                "Binary Heap",
                "heading",
                14,
                "A heap kept in an array, two children per node.",
            ),
            (
                "Heap",
                "Fibonacci Heap",
                "heading",
                17,
                "A forest of heaps with cheap merges.",
            ),
            (
                "Data Structures",
                "Trie",
                "heading",
                20,
                "A tree keyed by the letters of its words.",
            ),
            (
                "Representations",
                "Adjacency Lists",
                "heading",
                25,
                "Each vertex keeps a list of its neighbours.",
            ),
            (
                "Representations",
                "Adjacency Matrices",
                "heading",
                28,
                "A grid with one cell per pair of vertices.",
            ),
            (
                "Data Structures",
                "Bloom filter",
                "heading",
                31,
                "Answers \"maybe present\" or \"surely absent\" in little memory.",
            ),
            (
                "Data Structures",
                "Linked list",
                "heading",
                34,
                "Each node points at the next.",
            ),
            (
                "Data Structures",
                "Deque",
                "heading",
                37,
                "Pushes and pops at both ends.",
            ),
            (
                "Data Structures",
                "Skip list",
                "heading",
                40,
                "Sorted levels of links that skip ahead.",
            ),
        ],
    );
}

#[test]
fn rule_heading_procedure_steps() {
    // `### Writing a Net Ionic Equation` names a procedure (a gerund opens it): the numbered
    // imperatives under it (`Identify…`, `Decide which…`) are its steps, its answer, not
    // questions. Numbered lines that ask under a heading that names none stay questions.
    assert_cards(
        "rules/heading-procedure-steps.md",
        &[
            (
                "Energy",
                "Calculating Kinetic Energy",
                "heading",
                5,
                "KE = mv²/2, in joules.",
            ),
            (
                "Reactions",
                "Writing a Net Ionic Equation",
                "heading",
                10,
                "1. Identify the strong electrolytes in the reaction.\n2. Decide which ions appear on both sides.\n3. Write the remaining species with their charges.\n4. Check that atoms and charges balance.",
            ),
            (
                "Review",
                "Which gas forms when zinc meets acid?",
                "numbered",
                17,
                "",
            ),
            (
                "Review",
                "Why does a catalyst not shift an equilibrium?",
                "numbered",
                18,
                "",
            ),
        ],
    );
}

#[test]
fn rule_qa_table_data_is_no_glossary() {
    // `| Name | Symbol | Charge | Mass |` over rows of figures (`| proton | p | +1 | 1 |`)
    // is a table of measurements, the answer of its heading. `| Term | Symbol | Meaning |`
    // explains each row: a glossary, one card per row.
    assert_cards(
        "rules/qa-table-data-not-glossary.md",
        &[
            (
                "Physics",
                "Particles",
                "heading",
                3,
                "| Name | Symbol | Charge | Mass |\n| --- | --- | --- | --- |\n| proton | p | +1 | 1 |\n| neutron | n | 0 | 1 |",
            ),
            (
                "Quantities",
                "velocity",
                "qa-table",
                14,
                "**Symbol**: v\n\n**Meaning**: how fast position changes, with direction",
            ),
            (
                "Quantities",
                "momentum",
                "qa-table",
                15,
                "**Symbol**: p\n\n**Meaning**: mass times velocity, conserved in collisions",
            ),
        ],
    );
}

#[test]
fn rule_details_contents_folded_away() {
    // A `<details>` block whose summary is `Table of contents` folds the page's navigation
    // away: no card, and `check` reports it as structural. A `<details>` question stays.
    assert_cards(
        "rules/details-contents-folded.md",
        &[(
            "Networking",
            "What does TCP guarantee?",
            "details",
            10,
            "Ordered, reliable delivery of a byte stream.",
        )],
    );
}

#[test]
fn rule_term_glossary_announced_math_names() {
    // Under a concept heading, `基本概念：` announces a glossary, not the points of one
    // answer: its `name：definition` items are cards of their own. A name holding a symbol
    // in math (`字母表$\Sigma$`, `$\Sigma$上的字`) counts the symbol as one letter.
    assert_cards(
        "rules/term-glossary-announced-math-names.md",
        &[
            (
                "词法",
                "单词的构成",
                "heading",
                5,
                "单词由字符组成，字符取自一个有限的字母表。",
            ),
            (
                "词法",
                "正规式",
                "heading",
                8,
                "基本概念：\n\n- 字母表$\\Sigma$：…",
            ),
            (
                "正规式",
                "字母表$\\Sigma$",
                "term",
                12,
                "符号的非空有限集合",
            ),
            ("正规式", "空字$\\epsilon$", "term", 13, "不含任何符号的字"),
            (
                "正规式",
                "$\\Sigma$上的字",
                "term",
                14,
                "$\\Sigma$上符号的有穷序列",
            ),
            ("正规式", "字的长度", "term", 15, "字中符号的个数"),
            (
                "词法",
                "自动机",
                "heading",
                25,
                "读入字符、转换状态的机器。",
            ),
        ],
    );
}

#[test]
fn logseq_colour_marks() {
    // `[[#red]]==**onStart**==`: Logseq's colour mark over a highlight is no text of the
    // question; `[[#Lifecycle]]`, a link to a heading, keeps the heading's name.
    assert_cards(
        "rules/logseq-colour-marks.md",
        &[
            (
                "Lifecycle",
                "onStart: the page becomes visible",
                "heading",
                2,
                "- the user cannot touch it yet",
            ),
            (
                "Lifecycle",
                "onResume",
                "heading",
                5,
                "the page comes to the front\n\n- input reaches it now",
            ),
            (
                "Lifecycle",
                "See Lifecycle above",
                "heading",
                8,
                "- a link to a heading keeps its name",
            ),
        ],
    );
}

#[test]
fn rule_empty_heading_planned_subjects() {
    // `#### Testing`, `#### Tooling`, `#### Other Topics` left empty, named by the note's
    // contents list, beside `#### Channels` over its questions: subjects the author planned,
    // not questions written down; `Channels` is the topic of its questions.
    assert_cards(
        "rules/empty-heading-planned-subjects.md",
        &[
            (
                "Basics",
                "What is a slice?",
                "bullet-question",
                12,
                "- A view over an array: pointer, length, capacity.",
            ),
            (
                "Channels",
                "What does an unbuffered channel do?",
                "bullet-question",
                19,
                "- It hands a value over only when both sides are ready.",
            ),
            (
                "Channels",
                "When does a send block?",
                "bullet-question",
                22,
                "- When the buffer is full or nobody receives.",
            ),
        ],
    );
}

#[test]
fn rule_label_kinds_of_the_heading() {
    // `处理时延：` `排队时延：` `传播时延：` over their lines, under `## 链路上的时延（路由器
    // 的）`, name kinds of what the heading names (its closing remark aside): concepts of their
    // own, one card each, even among headings that are cards. `## 参考文档：` is structural.
    assert_cards(
        "rules/label-kinds-of-the-heading.md",
        &[
            (
                "链路上的时延",
                "处理时延",
                "label",
                7,
                "检查分组首部、决定转发方向的时间，微秒级。",
            ),
            (
                "链路上的时延",
                "排队时延",
                "label",
                10,
                "分组在输出队列里等待的时间。",
            ),
            (
                "链路上的时延",
                "传播时延",
                "label",
                13,
                "信号在链路上走过的时间，取决于距离。",
            ),
            (
                "Networking",
                "分层",
                "heading",
                21,
                "应用层、运输层、网络层、链路层、物理层。",
            ),
            (
                "Networking",
                "为什么要三次握手？",
                "heading",
                24,
                "同步双方的初始序列号。",
            ),
        ],
    );
}

#[test]
fn rule_grouping_chapter_over_exam_remark() {
    // `## CHAPTER 3 DEADLOCKS` over a quote of what the exam asks, then its sections: the
    // chapter groups them, the quote a remark. `#### concept` is a section of the chapter,
    // not a part of its answer.
    assert_cards(
        "rules/grouping-chapter-over-exam-remark.md",
        &[
            (
                "CHAPTER 3 DEADLOCKS",
                "concept",
                "heading",
                8,
                "A set of processes is deadlocked when each waits for an event only another can cause.",
            ),
            (
                "CHAPTER 3 DEADLOCKS",
                "Recovery",
                "heading",
                12,
                "Kill a process in the cycle, or take a resource back from one.",
            ),
        ],
    );
}

#[test]
fn rule_paragraph_question_part_labels() {
    // Among sections that are interview logs (short paragraphs, each a question), `原理:`
    // and `实现:` under `## CRC` label parts of its answer: no questions. The heading is the
    // card, the labelled parts its answer.
    assert_cards(
        "rules/paragraph-question-part-labels.md",
        &[
            ("字节一面", "自我介绍", "paragraph-question", 5, ""),
            ("字节一面", "讲讲 TCP 三次握手", "paragraph-question", 7, ""),
            ("字节一面", "Redis 为什么快", "paragraph-question", 9, ""),
            ("腾讯二面", "项目难点", "paragraph-question", 13, ""),
            ("腾讯二面", "GC 怎么调优", "paragraph-question", 15, ""),
            ("腾讯二面", "MySQL 索引结构", "paragraph-question", 17, ""),
            (
                "面试记录",
                "CRC",
                "heading",
                19,
                "原理:\n\nCRC 用二进制除法求余数作校验和。\n\n实现:\n\n查表法逐字节计算。",
            ),
        ],
    );
}

#[test]
fn rule_term_wide_gap_glossary() {
    // `- Disable Interrupts      禁止中断.进入临界区后…`: an English name, a wide gap, its
    // explanation in Chinese, three such items in a card's answer: terms of their own. A
    // translation alone (`- Transaction Support      事务支持`) explains nothing: those stay
    // the answer of their heading.
    assert_cards(
        "rules/term-wide-gap-glossary.md",
        &[
            (
                "Operating Systems",
                "互斥",
                "heading",
                3,
                "**Proposals for achieving mutual exclusion**\n\n- Disable Interrupts…",
            ),
            (
                "Operating Systems",
                "Disable Interrupts",
                "term",
                7,
                "禁止中断.进入临界区后关中断，只在单核上有效。",
            ),
            (
                "Operating Systems",
                "Lock Variables",
                "term",
                8,
                "锁变量.用一个共享变量表示临界区里是否有人。",
            ),
            (
                "Operating Systems",
                "Strict Alternation",
                "term",
                9,
                "严格轮换.两个进程按 turn 轮流进入临界区。",
            ),
            (
                "Operating Systems",
                "DBMS 的服务",
                "heading",
                11,
                "- Transaction Support      事务支持\n- Recovery Services      恢复服务\n- Integrity Services      完整性服务",
            ),
        ],
    );
}

#[test]
fn rule_structural_outline_over_a_rule() {
    // `## Outline` over links to the note's own sections, a `---` closing the list, then the
    // `###` sections its level nests under it: the outline is skipped, and the sections are
    // decided as its siblings, not as parts or cards under an `Outline` topic.
    assert_cards(
        "rules/structural-outline-over-a-rule.md",
        &[
            (
                "structural-outline-over-a-rule",
                "System Model",
                "heading",
                10,
                "* A system holds resources of several types",
            ),
            (
                "structural-outline-over-a-rule",
                "Deadlock Characterization",
                "heading",
                13,
                "* Four conditions must hold at once",
            ),
            (
                "structural-outline-over-a-rule",
                "Recovery",
                "heading",
                16,
                "* Kill a process or take a resource back",
            ),
        ],
    );
}

#[test]
fn rule_numbered_run_opens_on_a_statement() {
    // A numbered run under a concept heading that opens on a statement (`1. DNS是…的系统，…。`)
    // states points of the heading's answer, even where later items are short labels over their
    // text (`4. 缓存`): one card. Terms defined on their lines (`1. HTTP：…`) stay cards.
    assert_cards(
        "rules/numbered-run-opens-on-a-statement.md",
        &[
            (
                "Networking",
                "DNS协议",
                "heading",
                3,
                "1. DNS是把域名翻译成IP地址的分布式数据库系统，工作在应用层，默认使用UD…",
            ),
            (
                "常见端口",
                "HTTP",
                "numbered",
                22,
                "明文的网页传输，默认端口80",
            ),
            (
                "常见端口",
                "HTTPS",
                "numbered",
                23,
                "加密的网页传输，默认端口443",
            ),
            ("常见端口", "SSH", "numbered", 24, "远程登录，默认端口22"),
        ],
    );
}

#[test]
fn rule_numbered_term_name_given_twice() {
    // Numbered `name：…` items that give one name twice (`2、从：…` `3、从：…`) are points about
    // their heading, not terms; names given once (`表锁` `行锁` `页锁`) stay terms.
    assert_cards(
        "rules/numbered-term-name-given-twice.md",
        &[
            (
                "Databases",
                "读写分离",
                "heading",
                3,
                "1、主：写线程——接收所有写请求，并把变更写进binlog；\n2、从：复制线程—…",
            ),
            (
                "锁的粒度",
                "表锁",
                "numbered",
                9,
                "锁住整张表，开销小，并发低；",
            ),
            (
                "锁的粒度",
                "行锁",
                "numbered",
                10,
                "只锁住一行，开销大，并发高；",
            ),
            ("锁的粒度", "页锁", "numbered", 11, "介于两者之间；"),
        ],
    );
}

#[test]
fn rule_heading_steps_in_order() {
    // Steps counted in order (`第一次挥手：…`) and the `name——what it does` items under a heading that
    // names a process (`…的过程`) are the heading's answer, not terms. `第一范式` counts no step: a
    // term.
    assert_cards(
        "rules/heading-steps-in-order.md",
        &[
            (
                "Networking",
                "关闭连接",
                "heading",
                3,
                "1. 四次挥手（双方各自关闭自己的方向）\n+ 第一次挥手：主动方发出FIN，进入…",
            ),
            (
                "Networking",
                "打开一个网页的过程",
                "heading",
                10,
                "+ 域名解析——向DNS要到服务器的IP地址\n+ 建立连接——完成TCP握手\n+…",
            ),
            (
                "Networking",
                "范式",
                "heading",
                17,
                "+ 第一范式：每一列都是不可再分的原子值；\n+ 第二范式：非主属性完全依赖于主键…",
            ),
            (
                "范式",
                "第一范式",
                "term",
                18,
                "每一列都是不可再分的原子值；",
            ),
            ("范式", "第二范式", "term", 19, "非主属性完全依赖于主键；"),
            ("范式", "第三范式", "term", 20, "非主属性不传递依赖于主键。"),
        ],
    );
}

#[test]
fn rule_bullet_question_bare_statements_beside_one_that_asks() {
    // Under a title of questions, a section of bare bullets, none answered, that mostly state
    // (`- 事务的四个特性。`) but where one asks outright (`- 隔离级别有哪些…？`) lists questions. Terms
    // that each explain themselves (`- 缓存穿透：…`), none asking, stay terms.
    assert_cards(
        "rules/bullet-question-bare-statements-beside-one-that-asks.md",
        &[
            ("索引", "索引为什么用B+树？", "bullet-question", 5, ""),
            (
                "索引",
                "聚簇索引和非聚簇索引有什么区别？",
                "bullet-question",
                6,
                "",
            ),
            ("索引", "什么时候索引会失效？", "bullet-question", 7, ""),
            ("事务", "事务的四个特性。", "bullet-question", 11, ""),
            (
                "事务",
                "隔离级别有哪些，各自解决什么问题？",
                "bullet-question",
                12,
                "",
            ),
            ("事务", "脏读和幻读的差别", "bullet-question", 13, ""),
            (
                "事务",
                "锁的分类",
                "bullet-question",
                14,
                "表锁，行锁，间隙锁。",
            ),
            (
                "Databases",
                "缓存",
                "heading",
                16,
                "- 缓存穿透：查询不存在的数据，请求全部打到数据库。\n- 缓存雪崩：大量key同…",
            ),
            (
                "缓存",
                "缓存穿透",
                "term",
                18,
                "查询不存在的数据，请求全部打到数据库。",
            ),
            (
                "缓存",
                "缓存雪崩",
                "term",
                19,
                "大量key同时过期，数据库压力陡增。",
            ),
            (
                "缓存",
                "缓存击穿",
                "term",
                20,
                "热点key过期的瞬间被大量访问。",
            ),
        ],
    );
}

#[test]
fn rule_heading_template_fields_typed_plain() {
    // Sections that fill the same fields typed plain before a colon (`* 思路:…` `* 代价:…` under
    // one algorithm after another) are answers, their fields no terms, even where one more field
    // (`* 前提:…`) joins them. Names used once under `相关术语` stay terms.
    assert_cards(
        "rules/heading-template-fields-typed-plain.md",
        &[
            (
                "查找算法",
                "顺序查找",
                "heading",
                3,
                "* 思路:从头到尾逐个比较\n* 代价: O(n)",
            ),
            (
                "查找算法",
                "二分查找",
                "heading",
                7,
                "* 思路:每次与中间元素比较，丢掉一半\n* 代价: O(logn)\n* 前提:有序表 1 3 5 7 => 查7比较三次",
            ),
            (
                "查找算法",
                "哈希查找",
                "heading",
                12,
                "* 思路:用散列函数直接算出位置\n* 代价: O(1) ~ O(n)\n* 冲突:两个key落到同一个位置",
            ),
            (
                "相关术语",
                "关键字",
                "term",
                18,
                "用来标识记录的数据项",
            ),
            (
                "相关术语",
                "查找长度",
                "term",
                19,
                "查找过程中比较的次数",
            ),
        ],
    );
}

#[test]
fn rule_sub_question_items_under_an_open_prompt() {
    // `5. Explain:` (or `What's the difference between`) names nothing to explain: the items under it
    // (`list comprehension`, `dataclasses`) are the questions asked, each a card with its own answer;
    // `TODO: finish` written as the one item under one leaves it unanswered.
    assert_cards(
        "rules/sub-question-items-under-an-open-prompt.md",
        &[
            (
                "Python",
                "Describe general pros & cons to using Python",
                "numbered",
                3,
                "",
            ),
            (
                "Python",
                "What does is compare in Python?",
                "numbered",
                5,
                "1. `is` compares identity. It asks wheth…",
            ),
            (
                "Python",
                "How were strings formatted before f-strings?",
                "numbered",
                13,
                "",
            ),
            (
                "Python",
                "How can you add a method to an existing class?",
                "numbered",
                15,
                "",
            ),
            (
                "Python",
                "Explain",
                "numbered",
                17,
                "1. list comprehension\n   1. A compact wa…",
            ),
            (
                "Python",
                "list comprehension",
                "sub-question",
                18,
                "1. A compact way to build a list from an…",
            ),
            (
                "Python",
                "generators VS iterators",
                "sub-question",
                20,
                "1. two (2) ways of producing values one at a time",
            ),
            (
                "Python",
                "the GIL. Describe what it costs threads.",
                "sub-question",
                22,
                "1. One lock lets one thread run Python b…",
            ),
            ("Python", "dataclasses", "sub-question", 25, ""),
            ("Python", "context managers", "sub-question", 27, ""),
            (
                "Python",
                "Threads VS Processes VS asyncio",
                "sub-question",
                29,
                "",
            ),
            (
                "Python",
                "Decorators, and why they are useful in Python?",
                "sub-question",
                31,
                "1.  A decorator wraps a function in anot…",
            ),
            (
                "Python",
                "How would you chain two decorators?",
                "sub-question",
                33,
                "",
            ),
        ],
    );
}

#[test]
fn rule_heading_parts_interlude_between_numbered_questions() {
    // In a run of numbered question headings, unnumbered headings that ask nothing before the next
    // number (`### Example: A Mobile App`, `### Release Manager Focus`) continue the answer above:
    // one card, and the bold names under an example are its points, not terms.
    assert_cards(
        "rules/heading-parts-interlude-between-numbered-questions.md",
        &[
            (
                "Cloud Interview",
                "What is IaaS?",
                "heading",
                3,
                "Renting raw compute, storage and network…",
            ),
            (
                "Cloud Interview",
                "What is the release process?",
                "heading-parts",
                7,
                "1. **Plan:**\n   - Agree on what goes int…",
            ),
            (
                "Cloud Interview",
                "What is a canary release?",
                "heading",
                26,
                "Sending a new version to a small share o…",
            ),
        ],
    );
}

#[test]
fn rule_heading_parts_two_sides_named() {
    // `What is NAT and PAT?` over `#### NAT` and `#### PAT`: a question that sets two things side by
    // side, its two sub-headings those sides, is one card (a task listing its topics, `Define and
    // motivate X and Y`, still only names them).
    assert_cards(
        "rules/heading-parts-two-sides-named.md",
        &[
            (
                "Networking",
                "What is a switch?",
                "heading",
                3,
                "A device that forwards frames inside one network.",
            ),
            (
                "Networking",
                "What is NAT and PAT?",
                "heading-parts",
                6,
                "#### NAT\n\nDefinition:\nNetwork address tr…",
            ),
            (
                "Networking",
                "What is a VLAN?",
                "heading",
                26,
                "A logical network carved out of one physical switch.",
            ),
        ],
    );
}

#[test]
fn rule_numbered_kinds_each_explained() {
    // A heading that names kinds (`…的几种算法`) over numbered names each explained by its own text
    // gives one card per kind (bare names, `1. 写直达`, stay its answer); a `??? Question "…？"` box
    // inside one item's text is a card of its own.
    assert_cards(
        "rules/numbered-kinds-each-explained.md",
        &[
            (
                "存储",
                "三种缓存写策略",
                "heading",
                3,
                "1. 写直达\n2. 写回\n3. 写不分配",
            ),
            (
                "磁盘调度的几种算法",
                "先来先服务 (FCFS)",
                "numbered",
                10,
                "按请求到达的先后顺序服务，公平但寻道距离可能很长。",
            ),
            (
                "磁盘调度的几种算法",
                "最短寻道时间优先 (SSTF)",
                "numbered",
                14,
                "每次选离磁头最近的请求，平均寻道短，可能让远处的请求饿死。\n\n> [!Quest…",
            ),
            (
                "磁盘调度的几种算法",
                "为什么电梯算法不会饿死请求？",
                "sub-question",
                18,
                "> 磁头沿一个方向走到头再折返，每个请求最多等一个来回。",
            ),
            (
                "磁盘调度的几种算法",
                "扫描算法 (SCAN)",
                "numbered",
                22,
                "磁头在两端之间来回移动，沿途服务请求。",
            ),
        ],
    );
}

#[test]
fn rule_heading_section_pasted_twice() {
    // A section pasted twice under one name repeats its sub-headings: they are concepts (merged
    // into one card each), not a template both sections fill alike.
    assert_cards(
        "rules/heading-section-pasted-twice.md",
        &[
            (
                "光照模型",
                "环境光",
                "heading",
                5,
                "场景中各处均匀存在的光，用一个常数近似。",
            ),
            (
                "光照模型",
                "漫反射",
                "heading",
                9,
                "亮度与入射角的余弦成正比，与观察方向无关。",
            ),
            ("光照模型", "镜面反射", "empty-heading", 13, ""),
        ],
    );
}

#[test]
fn rule_heading_procedure_steps_zh() {
    // A Chinese heading that names a procedure (a verb opens it: `搭建本地仓库`) over numbered
    // items most of which open with a verb too (`1. 初始化仓库 - …`) holds the steps of its answer:
    // one card. Numbered commands under `常用命令` stay cards.
    assert_cards(
        "rules/heading-procedure-steps-zh.md",
        &[
            (
                "前端工程",
                "搭建本地仓库",
                "heading",
                3,
                "1. 初始化仓库 - 在项目根目录生成 .git 目录；\n2. 添加远程地址 -…",
            ),
            (
                "常用命令",
                "git status",
                "numbered",
                11,
                "查看工作区的改动；",
            ),
            ("常用命令", "git log", "numbered", 12, "查看提交历史；"),
            (
                "常用命令",
                "git diff",
                "numbered",
                13,
                "查看每一行的具体改动；",
            ),
        ],
    );
}

#[test]
fn rule_bold_question_numbered_statements() {
    // Numbered bold lines that state (`**1、字面量类型是…的子类型**`) make points in bold: no
    // questions; numbered bold lines that ask (`**1、泛型约束怎么写**`) stay questions.
    assert_cards(
        "rules/bold-question-numbered-statements.md",
        &[
            (
                "TypeScript",
                "类型兼容",
                "heading",
                3,
                "> 子类型的值可以赋给父类型，反过来不行。\n\n**1、字面量类型是对应基础类型的…",
            ),
            (
                "泛型",
                "泛型约束怎么写",
                "bold-question",
                13,
                "用 extends 限定类型参数必须具备的结构。",
            ),
            (
                "泛型",
                "默认类型参数有什么用",
                "bold-question",
                17,
                "调用方不传类型实参时，使用声明时给出的默认类型。",
            ),
        ],
    );
}

#[test]
fn rule_heading_worked_example() {
    // A worked example (`### Example of Round Robin Scheduling`) over items each over its lines
    // (`* Time slice:` over `- 2 ms`): its parts are its answer, one card; the same form under a
    // concept heading (`* Aging` over what it does) gives concepts.
    assert_cards(
        "rules/heading-worked-example.md",
        &[
            (
                "Scheduling",
                "Round Robin",
                "heading",
                3,
                "* Each process gets a fixed time slice i…",
            ),
            (
                "Scheduling",
                "Example of Round Robin Scheduling",
                "heading",
                7,
                "* The processes:\n\t- P1 needs 5 ms, P2 ne…",
            ),
            (
                "Scheduling",
                "Priority Scheduling",
                "heading",
                15,
                "* Request queue\n\t- Processes wait here o…",
            ),
            (
                "Priority Scheduling",
                "Request queue",
                "explained",
                16,
                "- Processes wait here ordered by priority",
            ),
            (
                "Priority Scheduling",
                "Aging",
                "explained",
                18,
                "- Waiting processes slowly gain priority so none starves",
            ),
        ],
    );
}

#[test]
fn rule_numbered_name_restated() {
    // `2. 信号 信号是 Linux 里…的方式之一,是…。`: a Chinese name, a space, then an explanation that
    // names it again and says what it is, is a term and its definition, whatever words in Latin
    // letters the sentence holds.
    assert_cards(
        "rules/numbered-name-restated.md",
        &[
            (
                "进程间通信",
                "管道",
                "numbered",
                4,
                "管道也叫无名管道,只能在有亲缘关系的进程之间使用。",
            ),
            (
                "进程间通信",
                "信号",
                "numbered",
                5,
                "信号是 Linux 里最古老的通信方式之一,是事件发生时对进程的异步通知。",
            ),
            (
                "进程间通信",
                "共享内存",
                "numbered",
                6,
                "共享内存让两个进程映射同一块物理内存,速度最快。",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_examples_after_the_mark() {
    // `volatile 了解吗？比如可见性，…等。`: examples after the question mark (`比如`, `例如`, `包括`) say what it
    // asks about; they are the question's, not its answer. An answer on the line after a plain
    // question mark (`…有哪些？核心线程数、…`) is still its answer.
    assert_cards(
        "rules/bullet-question-examples-after-the-mark.md",
        &[
            (
                "并发",
                "volatile 了解吗？比如可见性，禁止指令重排，和 synchronized 的区别等。",
                "bullet-question",
                5,
                "volatile 保证变量的修改对其他线程立即可见，并禁止相关的指令重排。",
            ),
            (
                "并发",
                "线程池的核心参数有哪些？",
                "bullet-question",
                7,
                "核心线程数、最大线程数、队列和拒绝策略。",
            ),
        ],
    );
}

#[test]
fn rule_numbered_run_goes_on_after_announced_steps() {
    // `5. 扩容的时机？` answered by `…具体步骤如下：` over its steps, then `6. 大小为什么是2的幂？`:
    // the paragraph announces the steps, not the next number of the run, which is one more
    // question.
    assert_cards(
        "rules/numbered-run-goes-on-after-announced-steps.md",
        &[
            (
                "HashMap",
                "put的过程是怎样的？",
                "numbered",
                5,
                "先hash找到桶，再比较key。\n桶为空就初始化。",
            ),
            (
                "HashMap",
                "get的流程。",
                "numbered",
                9,
                "与put类似；\n找到桶后遍历链表。",
            ),
            (
                "HashMap",
                "扩容的时机？",
                "numbered",
                13,
                "当size超过阈值时扩容。具体步骤如下：\n  - 新建两倍长的数组；\n  - 重新hash。",
            ),
            (
                "HashMap",
                "大小为什么是2的幂？",
                "numbered",
                18,
                "计算位置时可以用与运算代替取模。",
            ),
            (
                "反射",
                "什么是反射？",
                "numbered",
                23,
                "运行时获取类的信息。",
            ),
        ],
    );
}

#[test]
fn rule_clean_pre_blocks_of_bold_questions() {
    // `<pre>` blocks that open on a `<b>…</b>` question (over two lines or one) and hold its answer:
    // each question a card under the section, its lines the answer; the `<pre>` tags are markup.
    // A `<pre>` block with no bold question stays text of the card above.
    assert_cards(
        "rules/clean-pre-blocks-of-bold-questions.md",
        &[
            (
                "Chapter 1 Exercises",
                "Which of these are numbers and which are strings?",
                "heading",
                4,
                "42      - Number\n'42'    - String, it is quoted",
            ),
            (
                "Chapter 1 Exercises",
                "This chapter showed the print function. What does print return?",
                "heading",
                9,
                "None, it only writes to the screen.\n\n<pr…",
            ),
        ],
    );
}

#[test]
fn rule_index_headings_over_links() {
    // Headings over nothing but links to the note's own headings (`## Compute` over `- [Virtual
    // Machines](#virtual-machines)` …) are its contents: no cards. A question whose only text is a
    // link back into the note (`[Back to TOC](#…)`) is not answered yet.
    assert_cards(
        "rules/index-headings-over-links.md",
        &[
            (
                "Cloud Questions",
                "Virtual Machines",
                "heading",
                11,
                "A whole guest operating system on virtua…",
            ),
            (
                "Cloud Questions",
                "Containers",
                "heading",
                16,
                "Processes isolated by the kernel, sharin…",
            ),
            ("Cloud Questions", "Object Storage", "heading", 21, ""),
            ("Cloud Questions", "Block Storage", "heading", 25, ""),
        ],
    );
}

#[test]
fn heading_process_stages_en() {
    // Under an English heading that names a process (`Init of …`, `… lifecycle`), numbered items
    // that tell a stage in words (`Listener creation`, `Server is ready now`) are its answer: one
    // card. Named phases (`Accept`, `Parse Headers`) and modules stay cards.
    assert_cards(
        "rules/heading-process-stages-en.md",
        &[
            (
                "Web server",
                "Init of Server",
                "heading",
                3,
                "1. **Config** loading\n\t- reads the main …",
            ),
            (
                "Core modules",
                "Event loop",
                "numbered",
                15,
                "- waits on sockets and dispatches ready ones",
            ),
            (
                "Core modules",
                "Request parser",
                "numbered",
                17,
                "- turns raw bytes into a request object",
            ),
            (
                "Request lifecycle",
                "Accept",
                "numbered",
                22,
                "- takes the connection from the listen queue",
            ),
            (
                "Request lifecycle",
                "Parse Headers",
                "numbered",
                24,
                "- reads the header block",
            ),
        ],
    );
}

#[test]
fn explained_chapter_introduction_then_concepts() {
    // In an indented plain-text outline, a chapter (`一、缓存`) that opens on its introduction and
    // then names three or more concepts, each over lines of its own, groups them: the concepts are
    // cards, the introduction is the chapter's own card. A bare name or a label after the
    // introduction's last sentence (`强一致` after `…其中两项。`, `主要有两类角色：`) starts a block
    // of its own, and a name over numbered concepts (`Redis 的集群` over `1.槽位` …) groups them too.
    assert_cards(
        "rules/explained-chapter-introduction-then-concepts.txt",
        &[
            (
                "explained-chapter-introduction-then-concepts",
                "缓存",
                "numbered",
                1,
                "单机时可以直接用进程内的字典来缓存。但是多台机器时，需要一个共享的缓存。  \n本…",
            ),
            (
                "缓存",
                "进程内缓存",
                "explained",
                8,
                "读取时先查字典，没有再查数据库。速度快但是不能共享。",
            ),
            (
                "缓存",
                "Memcached 的 LRU",
                "explained",
                10,
                "使用 LRU 淘汰最久未用的键，如果内存不足就淘汰。",
            ),
            (
                "Redis 的集群",
                "槽位",
                "numbered",
                13,
                "一共 16384 个槽，每个键按哈希分到一个槽。",
            ),
            (
                "Redis 的集群",
                "主从",
                "numbered",
                15,
                "每个主节点带若干从节点，主挂了从顶上。",
            ),
            (
                "Redis 的集群",
                "重定向",
                "numbered",
                17,
                "客户端访问错节点时收到 MOVED 回复。",
            ),
            (
                "explained-chapter-introduction-then-concepts",
                "一致性模型",
                "numbered",
                20,
                "一个系统只能在多种保证之间取舍，最多只能同时满足其中两项。",
            ),
            (
                "一致性模型",
                "强一致",
                "explained",
                22,
                "写入成功后，所有读都能读到新值。",
            ),
            (
                "一致性模型",
                "弱一致",
                "explained",
                24,
                "写入后不保证什么时候能读到。",
            ),
            (
                "一致性模型",
                "最终一致",
                "explained",
                26,
                "过一段时间后所有副本会达到一致。",
            ),
            (
                "explained-chapter-introduction-then-concepts",
                "选主",
                "numbered",
                29,
                "用于在多个节点中选出一个主节点。",
            ),
            (
                "选主",
                "主要有两类角色",
                "explained",
                31,
                "候选者（Candidate）：发起投票；  \n投票者（Voter）：对每个请求投一票。",
            ),
            (
                "选主",
                "超时",
                "explained",
                34,
                "每个节点等待一个随机的时间后发起选举。",
            ),
            (
                "选主",
                "任期",
                "explained",
                36,
                "每次选举开始一个新的任期，编号递增。",
            ),
        ],
    );
}

#[test]
fn explained_quote_under_item() {
    // A quote on the line right under an item (`- bitmaps:` then `> 按位存储信息…`) is the item's
    // explanation, so the bare names with quotes are cards beside the terms; a paragraph that
    // defines its term in bold (`**事务**: multi, …`) among them is one too. A picture in a quote
    // under a statement (`* 对于完全二叉树很合适`) explains no name.
    assert_cards(
        "rules/explained-quote-under-item.md",
        &[
            (
                "Data Structures",
                "list",
                "explained",
                4,
                "lpush, rpush, lrange\n\n> 有序列表，可以做消息队列和分页。",
            ),
            (
                "Data Structures",
                "bitmaps",
                "explained",
                7,
                "> 按位存储信息，可以用来实现布隆过滤器。",
            ),
            (
                "Data Structures",
                "pub/sub",
                "explained",
                10,
                "> 订阅发布功能，可以用作简单的消息队列。",
            ),
            (
                "Data Structures",
                "事务",
                "explained",
                13,
                "multi, exec, discard",
            ),
            (
                "存储",
                "顺序存储",
                "heading",
                16,
                "* 对于完全二叉树很合适\n> ![图](../images/sidecar.png)\n* 对于一般的树会浪费空间",
            ),
        ],
    );
}

#[test]
fn heading_compound_names_concepts() {
    // `### IP互连网络` and `### IP地址与硬件地址` under `## 网际协议 IP`: the name written into a
    // Chinese compound (`IP地址`) names another thing, so the sub-headings are concepts with
    // cards of their own, not parts of the heading's answer.
    assert_cards(
        "rules/heading-compound-names-concepts.md",
        &[
            (
                "网络层笔记",
                "网络层提供的服务",
                "heading",
                3,
                "* 只提供尽最大努力交付的数据报服务，不保证可靠。",
            ),
            (
                "网络层笔记",
                "网际协议 IP",
                "heading",
                6,
                "* 网际协议 IP 是 TCP/IP 体系里最核心的协议。\n* 与它配套的还有 ARP、ICMP 和 IGMP。",
            ),
            (
                "网际协议 IP",
                "IP互连网络",
                "heading",
                10,
                "* 用路由器把各种物理网络连起来，看起来像一个统一的网络。\n* 转发器、网桥、路由器分别工作在不同层次。",
            ),
            (
                "网际协议 IP",
                "IP地址与硬件地址",
                "heading",
                14,
                "* 硬件地址写在 MAC 帧的首部，供链路层使用。\n* IP 地址写在数据报的首部，是逻辑地址。",
            ),
            (
                "网际协议 IP",
                "地址解析协议 ARP",
                "heading",
                18,
                "* 在局域网里由 IP 地址查出对应的 MAC 地址。\n* 查不到时广播请求，目标主机单播回答。",
            ),
            (
                "子网划分",
                "子网掩码",
                "heading",
                23,
                "* 和 IP 地址按位与，得到网络地址。",
            ),
            (
                "子网划分",
                "无分类编址",
                "heading",
                26,
                "* 用网络前缀代替分类，路由表按最长前缀匹配。",
            ),
            (
                "路由选择协议",
                "内部网关协议",
                "heading",
                30,
                "* 在一个自治系统内部使用，如 RIP 和 OSPF。",
            ),
            (
                "路由选择协议",
                "外部网关协议",
                "heading",
                33,
                "* 在自治系统之间使用，如 BGP。",
            ),
            (
                "网络层笔记",
                "网络地址转换",
                "heading",
                36,
                "* 专用网内部主机访问互联网时，把本地地址换成全球地址。",
            ),
        ],
    );
}

#[test]
fn heading_kinds_with_sections() {
    // `### TCP的计时器种类` over `#### 重传计时器`, `#### 保活计时器`, each with its own text: the
    // kinds are concepts with cards of their own, and the part-named sub-heading (`种类`,
    // `应用实例`) only groups them; the heading's own text is its card.
    assert_cards(
        "rules/heading-kinds-with-sections.md",
        &[
            (
                "运输层笔记",
                "用户数据报协议 UDP",
                "heading",
                3,
                "* 无连接，首部只有 8 个字节，不保证交付。",
            ),
            (
                "运输层笔记",
                "传输控制协议 TCP",
                "heading",
                6,
                "* 面向连接、可靠、基于字节流的运输层协议。",
            ),
            (
                "TCP的计时器种类",
                "重传计时器",
                "heading",
                10,
                "* 发出报文段后开始计时，超时还没收到确认就重传。\n* 超时时间由往返时间的加权平均算出。",
            ),
            (
                "TCP的计时器种类",
                "保活计时器",
                "heading",
                14,
                "* 连接长时间没有数据时发探测报文，确认对方仍然在线。",
            ),
            (
                "TCP的应用实例",
                "文件传输",
                "heading",
                18,
                "* FTP 用两个 TCP 连接，一个传命令，一个传数据。",
            ),
            (
                "TCP的应用实例",
                "远程登录",
                "heading",
                21,
                "* SSH 在一个 TCP 连接上加密传输终端的输入输出。",
            ),
            (
                "运输层笔记",
                "端口",
                "heading",
                24,
                "* 标识主机上的应用进程，16 位。",
            ),
            (
                "拥塞控制",
                "慢开始",
                "heading",
                28,
                "* 拥塞窗口从 1 开始，每轮加倍。",
            ),
            (
                "拥塞控制",
                "快重传",
                "heading",
                31,
                "* 连续收到三个重复确认就立即重传，不等计时器。",
            ),
        ],
    );
}

#[test]
fn numbered_long_dash_terms() {
    // `1. Temperature ----- Warmth speeds…` in an indented list: a long run of dashes set apart
    // by spaces parts a name from its explanation, as two dashes do, so each item is a card. The
    // heading's `----- Example for digestion` is a remark, no part of the topic.
    assert_cards(
        "rules/numbered-long-dash-terms.md",
        &[
            (
                "Factors that change enzyme activity",
                "Temperature",
                "numbered",
                4,
                "Warmth speeds the reaction until the enzyme unfolds.",
            ),
            (
                "Factors that change enzyme activity",
                "pH",
                "numbered",
                5,
                "Pepsin works best in the acid of the stomach.",
            ),
            (
                "Factors that change enzyme activity",
                "Substrate amount",
                "numbered",
                6,
                "More starch keeps amylase busy, up to a limit.",
            ),
            (
                "Biology notes: Week 3",
                "Osmosis",
                "heading",
                8,
                "Water moves across a membrane towards the side with more dissolved solute.",
            ),
        ],
    );
}

#[test]
fn bullet_question_after_answer() {
    // `后面要弄清楚的问题：` over `- 脏读和不可重复读有什么不同？` and two more bullets that ask, at the
    // end of a heading's answer: questions the author means to answer later, cards of their own
    // (not answered yet), not more answer. The closing `- ……` says there are more; the label
    // names no subject, so the questions stay under the heading.
    assert_cards(
        "rules/bullet-question-after-answer.md",
        &[
            (
                "事务",
                "什么是事务",
                "heading",
                4,
                "事务是一组要么全部成功、要么全部失败的操作。",
            ),
            (
                "事务",
                "为什么需要隔离",
                "heading",
                7,
                "多个事务同时读写同一份数据时，会互相看到对方未完成的修改，结果就不可预测。",
            ),
            (
                "为什么需要隔离",
                "脏读和不可重复读有什么不同？",
                "bullet-question",
                11,
                "",
            ),
            (
                "为什么需要隔离",
                "幻读是怎么产生的？",
                "bullet-question",
                12,
                "",
            ),
            (
                "为什么需要隔离",
                "MVCC 如何实现快照读？",
                "bullet-question",
                13,
                "",
            ),
            (
                "事务",
                "隔离级别",
                "heading",
                16,
                "读未提交、读已提交、可重复读、串行化。",
            ),
        ],
    );
}

#[test]
fn term_bold_comma_purpose() {
    // `- **Partitioner**, which picks the partition…`: a name in bold, a comma, then what it is for
    // or what it is (`to …`, `which …`, `a …`, `used …`) defines the name, as a colon would. Each
    // item is a card; the paragraph before them is the heading's own card.
    assert_cards(
        "rules/term-bold-comma-purpose.md",
        &[
            (
                "Kafka notes",
                "Producers and consumers",
                "heading",
                3,
                "Every record goes through a few objects …",
            ),
            (
                "Producers and consumers",
                "ProducerRecord",
                "term",
                7,
                ", to carry the topic, key and value of one message.",
            ),
            (
                "Producers and consumers",
                "Partitioner",
                "term",
                8,
                ", which picks the partition from the key's hash.",
            ),
            (
                "Producers and consumers",
                "ConsumerGroup",
                "term",
                9,
                ", a set of consumers that share the partitions of a topic.",
            ),
            (
                "Producers and consumers",
                "Offset",
                "term",
                10,
                ", used to remember how far a consumer has read.",
            ),
        ],
    );
}

#[test]
fn clean_back_to_top_links() {
    // `<a href="#index">[Top]</a>` and `[↑](#index)` closing a heading: links back to the top of
    // the note, navigation, no part of the question.
    assert_cards(
        "rules/clean-back-to-top-links.md",
        &[
            (
                "算法题整理",
                "天平称重问题",
                "heading",
                4,
                "把硬币分成三组，每次称两组，根据轻重排除两组中的一组。",
            ),
            (
                "算法题整理",
                "两个栈实现一个队列",
                "heading",
                8,
                "一个栈负责入队，另一个栈负责出队，出队栈空时把入队栈整体倒过来。",
            ),
        ],
    );
}

#[test]
fn structural_references_among_points() {
    // `参考：` over its links, then `1. 固定窗口计数器` and `2. 令牌桶` at its margin in indented text:
    // the references section holds only its links; the numbered concepts after it are the
    // note's own, cards under `服务限流`.
    assert_cards(
        "rules/structural-references-among-points.md",
        &[
            (
                "服务限流",
                "固定窗口计数器",
                "heading",
                9,
                "对一段固定时间窗口内的请求计数，超过阈值就拒绝，窗口结束时把计数清零。",
            ),
            (
                "服务限流",
                "令牌桶",
                "heading",
                12,
                "以固定速率往桶里放令牌，请求拿到令牌才能通过，攒下的令牌允许一定的突发流量。",
            ),
        ],
    );
}

#[test]
fn clean_indented_english_sentence() {
    // `    The value of the next best alternative…` indented four columns under a heading: one long
    // English sentence, closed by its full stop, is the answer's prose, not code; a formula
    // indented the same way stays code.
    assert_cards(
        "rules/clean-indented-english-sentence.md",
        &[
            (
                "Economics",
                "Opportunity cost",
                "heading",
                3,
                "The value of the next best alternative t…",
            ),
            (
                "Economics",
                "Marginal cost",
                "heading",
                6,
                "What one more unit of output adds to the…",
            ),
            (
                "Economics",
                "Cost function",
                "heading",
                9,
                "```\ntotal = fixed + unit_cost * quantity\n```",
            ),
        ],
    );
}

#[test]
fn clean_name_pasted_twice() {
    // `**Rolling updatesRolling updates**`: a name pasted twice, glued to itself, is the name
    // once in the question.
    assert_cards(
        "rules/clean-name-pasted-twice.md",
        &[
            (
                "Ways to release a model",
                "Rolling updates",
                "term",
                4,
                "replace the old instances one by one, so some always serve.",
            ),
            (
                "Ways to release a model",
                "Blue-green switch",
                "term",
                5,
                "run two identical systems and move all traffic at once.",
            ),
            (
                "Ways to release a model",
                "Canary release",
                "term",
                6,
                "send a small share of traffic to the new model first.",
            ),
        ],
    );
}

#[test]
fn term_bold_opening_paragraphs() {
    // Paragraphs that open with their bold (or bold-italic) name and explain it: one card each,
    // the code and lines after one its answer; past a `---` rule, more terms are cards of their own.
    assert_cards(
        "rules/term-bold-opening-paragraphs.md",
        &[
            (
                "Transport layer review",
                "Reliable delivery",
                "heading",
                3,
                "The transport layer is mostly about TCP …",
            ),
            (
                "Reliable delivery",
                "Checksum",
                "term",
                7,
                "is how a receiver detects damaged segmen…",
            ),
            (
                "Reliable delivery",
                "Go-Back-N",
                "term",
                15,
                "resends every segment after the one that…",
            ),
            (
                "Reliable delivery",
                "Selective Repeat",
                "term",
                18,
                "resends only the segments that were lost…",
            ),
            (
                "Reliable delivery",
                "Fast Retransmit",
                "term",
                20,
                "sends a segment again after three duplic…",
            ),
            (
                "Reliable delivery",
                "flow control",
                "term",
                25,
                "the receiver tells the sender how much r…",
            ),
            (
                "Reliable delivery",
                "pipelining",
                "term",
                27,
                "several segments are in flight before th…",
            ),
        ],
    );
}

#[test]
fn title_after_banner_image() {
    // A banner image above the only top heading leaves it the note's title: its sections are
    // topics, not parts of a heading's answer.
    assert_cards(
        "rules/title-after-banner-image.md",
        &[
            (
                "Goals of an OS",
                "Convenience",
                "numbered",
                6,
                "Makes the computer easy to learn and use.",
            ),
            (
                "Goals of an OS",
                "Efficiency",
                "numbered",
                8,
                "Raises the use of system resources.",
            ),
            (
                "History",
                "Batch systems",
                "heading",
                13,
                "Jobs are read from tape one after another.",
            ),
            (
                "History",
                "Time sharing",
                "heading",
                16,
                "Many users share one host through terminals.",
            ),
            (
                "Main functions",
                "Memory management",
                "heading",
                21,
                "Allocates memory and protects each process from the others.",
            ),
            (
                "Main functions",
                "Device management",
                "heading",
                24,
                "Hands out devices and buffers their input and output.",
            ),
        ],
    );
}

#[test]
fn clean_heading_without_space() {
    // A heading typed without its space is still one when what follows is a name in words, a
    // pictograph or Chinese; a single word after `#` stays a tag, `#define` stays code.
    assert_cards(
        "rules/clean-heading-without-space.md",
        &[
            (
                "clean-heading-without-space",
                "Asymptotic Analysis",
                "heading",
                7,
                "- **order notation** ignores constants a…",
            ),
            (
                "clean-heading-without-space",
                "Big O",
                "term",
                9,
                "f is at most a constant times g for large n",
            ),
            (
                "clean-heading-without-space",
                "Big Omega",
                "term",
                10,
                "f is at least a constant times g for large n",
            ),
            (
                "clean-heading-without-space",
                "什么是进程？",
                "heading",
                12,
                "进程是资源分配的基本单位。",
            ),
            (
                "clean-heading-without-space",
                "什么是线程？",
                "heading",
                15,
                "线程是调度的基本单位。\n\n#define MAX 10",
            ),
        ],
    );
}

#[test]
fn label_paragraphs_after_glossary() {
    // A glossary list may open the section before the names over their lists; a two-line
    // worked example between them is answer, not a head, and a question over its list is a head.
    assert_cards(
        "rules/label-paragraphs-after-glossary.md",
        &[
            ("Disks", "SSD", "term", 5, "Solid state drive"),
            ("Disks", "HDD", "term", 6, "Hard disk drive"),
            (
                "Disks",
                "RAID",
                "term",
                7,
                "Redundant array of independent disks",
            ),
            (
                "Disks",
                "Spinning Disks",
                "label",
                9,
                "- Platters turn under a moving head\n- Se…",
            ),
            (
                "Disks",
                "Flash Memory",
                "label",
                13,
                "- No moving parts\n- Cells wear out after…",
            ),
            (
                "Disks",
                "Caching Layers",
                "label",
                20,
                "- Page cache in main memory\n- Controller…",
            ),
            (
                "Disks",
                "How does a write reach the platter?",
                "label",
                24,
                "- The controller queues it\n- The head mo…",
            ),
        ],
    );
}

#[test]
fn heading_bold_names_with_a_sentence() {
    // A bold name alone on its line over a sentence, among bold names over lists, keeps the
    // sentence its answer: the sentence is no name of a list.
    assert_cards(
        "rules/heading-bold-names-with-a-sentence.md",
        &[(
            "设备分配",
            "分配设备时要考虑的因素",
            "heading",
            5,
            "**设备的属性**\n\n* 独占设备：分给一个进程后由它独占，直到它释放\n* 共享…",
        )],
    );
}

#[test]
fn clean_heading_without_space_whole_note() {
    // A note that types two or more headings without the space types its one-word headings so
    // too: `#Sorting` is a heading there, not a tag.
    assert_cards(
        "rules/clean-heading-without-space-whole-note.md",
        &[
            (
                "clean-heading-without-space-whole-note",
                "Asymptotic Analysis",
                "heading",
                7,
                "- experimental studies depend on the mac…",
            ),
            (
                "clean-heading-without-space-whole-note",
                "Sorting",
                "heading",
                11,
                "- quick-sort is fast on average\n- heap-sort is in place",
            ),
            (
                "clean-heading-without-space-whole-note",
                "Lower Bounds",
                "heading",
                15,
                "- comparison sorts need n log n comparisons",
            ),
        ],
    );
}

#[test]
fn clean_chapter_lines_in_a_note_without_headings() {
    // A note with no headings that names its units on lines of their own (`Chapter one -- the
    // network edge`, `Chapter 2: Transport`, then `2.1 Ports and sockets`): those lines are its
    // headings, and the terms under each have it as their topic.
    assert_cards(
        "rules/clean-chapter-lines.md",
        &[
            (
                "Chapter one -- the network edge",
                "Host",
                "numbered",
                7,
                "a device at the edge that runs applications",
            ),
            (
                "Chapter one -- the network edge",
                "Access network",
                "numbered",
                8,
                "the link from a host to its first router",
            ),
            (
                "Chapter one -- the network edge",
                "Bandwidth",
                "numbered",
                9,
                "how many bits per second the link carries",
            ),
            (
                "Ports and sockets",
                "Port",
                "numbered",
                15,
                "a number naming a process on a host",
            ),
            (
                "Ports and sockets",
                "Socket",
                "numbered",
                16,
                "an endpoint of communication, an address and a port",
            ),
            (
                "Reliable delivery",
                "Acknowledgement",
                "numbered",
                20,
                "the receiver confirms what arrived",
            ),
            (
                "Reliable delivery",
                "Retransmission",
                "numbered",
                21,
                "the sender sends again after a timeout",
            ),
        ],
    );
}

#[test]
fn topic_heading_unit_items_over_terms() {
    // A numbered item that names a unit of the course (`chap 1.1 delays`, however long it goes on)
    // over `Name = explanation` items groups them: the items are the cards, the unit their topic.
    assert_cards(
        "rules/topic-heading-unit-items-over-terms.md",
        &[
            (
                "chap 1.1 delays",
                "Processing delay",
                "numbered",
                6,
                "time to examine the packet header",
            ),
            (
                "chap 1.1 delays",
                "Queueing delay",
                "numbered",
                7,
                "time the packet waits in the output queue",
            ),
            (
                "chap 1.1 delays",
                "Propagation delay",
                "numbered",
                8,
                "time for the signal to cross the medium",
            ),
            (
                "chap 1.2 switching",
                "Packet switching",
                "numbered",
                10,
                "messages broken into packets and sent one by one",
            ),
            (
                "chap 1.2 switching",
                "Circuit switching",
                "numbered",
                11,
                "a path reserved end to end before sending",
            ),
            (
                "chap 2.1 OSI model (7 layers) -- bottom to top -- sometimes 5",
                "Physical",
                "numbered",
                17,
                "sends raw bits over the medium",
            ),
            (
                "chap 2.1 OSI model (7 layers) -- bottom to top -- sometimes 5",
                "Data link",
                "numbered",
                18,
                "frames between neighbouring nodes, MAC addresses",
            ),
            (
                "chap 2.1 OSI model (7 layers) -- bottom to top -- sometimes 5",
                "Network",
                "numbered",
                19,
                "logical addressing and routing",
            ),
            (
                "Chapter two -- models",
                "chap 2.2 TCP/IP model",
                "numbered",
                20,
                "top to bottom\n\n1. application\n2. transport\n3. internet",
            ),
            (
                "Chapter two -- models",
                "The TCP/IP model has fewer layers and is the one in use, while OSI is the reference model.",
                "numbered",
                25,
                "",
            ),
        ],
    );
}

#[test]
fn term_worded_equations() {
    // `Name = words` defines a term, with two words after it (`Network Edge = Access Networks`), a
    // slash between words (`bits/time`) or bold among them (`**TCP, UDP**`).
    assert_cards(
        "rules/term-worded-equations.md",
        &[
            ("Measures", "Network Edge", "term", 5, "Access Networks"),
            (
                "Measures",
                "Throughput",
                "term",
                6,
                "rate at which bits arrive (bits/time unit)",
            ),
            (
                "Measures",
                "Transport",
                "term",
                7,
                "process-to-process delivery, like **TCP, UDP**",
            ),
            (
                "Measures",
                "Queueing delay",
                "term",
                8,
                "time a packet waits in the output queue",
            ),
        ],
    );
}

#[test]
fn term_list_beside_sub_headings() {
    // A heading's text that is mostly items naming and explaining a term each, beside its sub-headings:
    // the items are cards under it, with one explained by the lines under it (`消息队列`) and one not
    // explained yet (`**共享文件**。`). A Chinese full stop after a bold name parts it from its text.
    assert_cards(
        "rules/term-list-beside-sub-headings.md",
        &[
            (
                "进程",
                "进程通信",
                "heading",
                3,
                "进程之间交换数据的几种方式",
            ),
            (
                "进程通信",
                "信号量 (semaphores)",
                "term",
                7,
                "本来用于同步，也能在进程之间传递信号。",
            ),
            (
                "进程通信",
                "共享内存",
                "term",
                8,
                "的做法是，两个进程把各自的一段虚拟内存映射到同一块物理内存。",
            ),
            ("进程通信", "共享文件。", "term", 9, ""),
            (
                "进程通信",
                "管道 (pipe)",
                "term",
                10,
                "内核里的一段缓冲区，一端写入另一端读出。",
            ),
            (
                "进程通信",
                "消息队列 (message queue)",
                "term",
                11,
                "内核维护的消息链表，进程按类型收发消息。",
            ),
            (
                "进程通信",
                "Socket",
                "term",
                15,
                "TCP 或 UDP，双方可以在不同的机器上。",
            ),
            (
                "进程通信",
                "共享存储",
                "heading",
                17,
                "划出一块共享区，一个写一个读，访问要互斥。",
            ),
        ],
    );
}

#[test]
fn clean_words_in_inline_math() {
    // Words set in MathJax's inline math the way Markdown needs it (`\\(Schelling\\) 模型`) are words in
    // the question; a formula (`\\(S=Q+E>T\\)`) stays as written.
    assert_cards(
        "rules/clean-words-in-inline-math.md",
        &[
            (
                "第一周",
                "Schelling 模型",
                "numbered",
                3,
                "个人的轻微偏好，累积成整体的隔离",
            ),
            (
                "第一周",
                "Granovetter 门槛",
                "numbered",
                4,
                "每个人加入前要看到的人数",
            ),
            (
                "第一周",
                "起立鼓掌模型",
                "numbered",
                5,
                "\\\\(S=Q+E>T\\\\) 时站起来",
            ),
        ],
    );
}

#[test]
fn numbered_log_goes_on_past_a_formula() {
    // A log of numbered lines broken by a formula set apart: the paragraph after it opens on the
    // last entry's lines, then goes on counting (`3.增长模型：…`): those are entries again.
    assert_cards(
        "rules/numbered-log-goes-on-past-a-formula.md",
        &[
            (
                "第四周",
                "临界点",
                "numbered",
                3,
                "极小的改变引发很大的效果",
            ),
            (
                "第四周",
                "传染病模型",
                "numbered",
                4,
                "基本传染数大于一时疾病继续传播\n\n每个时段的患病人数按接触率增长\n\n$$\nW_{…",
            ),
            (
                "第四周",
                "增长模型",
                "numbered",
                12,
                "产出由劳动力和机器决定",
            ),
            ("第四周", "索洛模型", "numbered", 13, "在增长模型里加入技术"),
        ],
    );
}

#[test]
fn clean_content_tabs_are_read_as_the_notes_own_text() {
    // MkDocs content tabs: each tab's body, four columns in, is the note's text (an admonition
    // inside it too); a tab label repeating the heading is dropped, another stays in the answer; a
    // heading whose only tab is empty is unanswered.
    assert_cards(
        "rules/clean-content-tabs.md",
        &[
            ("所有权", "借用和引用的区别", "heading", 5, "引用是一种指针类型，借用是创建引用的动作。\n\n> [!tip] 注意\n>\n> 可变借用同一时刻只能有一个。\n\n代码\n\n`…"),
            ("所有权", "生命周期标注有什么用", "empty-heading", 22, ""),
            ("所有权", "Box 和 Rc 的区别", "heading", 26, "Box 独占所有权，Rc 通过引用计数共享所有权。"),
        ],
    );
}

#[test]
fn wenda_pair_bracketed_exercises_with_marked_answers() {
    // Exercises labelled 【例题N】 over 答案： lines are pairs: the question is kept whole (a colon or
    // blank brackets in it split nothing), and the code and lettered choices that show it open its
    // answer; a choice line A. is no answer marker.
    assert_cards(
        "rules/wenda-pair-bracketed-exercises.md",
        &[
            (
                "典型例题",
                "栈的特点是先进后出，队列的特点是（ ）。",
                "wenda-pair",
                5,
                "先进先出",
            ),
            (
                "典型例题",
                "下面算法的时间复杂度是（ ）。",
                "wenda-pair",
                9,
                "```c\nfor (int i = 1; i < n; i *= 2)\n    sum++;\n```\n\nA. O(n)…",
            ),
            (
                "典型例题",
                "哈希表查找的平均时间复杂度是O(1)（ ）。",
                "wenda-pair",
                24,
                "正确",
            ),
        ],
    );
}

#[test]
fn term_glossary_goes_on_under_a_label() {
    // A numbered glossary, then a line of text, then a label over a list of more terms defined on
    // their lines: the label introduces them and they are cards beside the others.
    assert_cards(
        "rules/term-glossary-goes-on-under-a-label.md",
        &[
            (
                "集合的运算",
                "并集",
                "numbered",
                3,
                "属于A或属于B的元素组成的集合。",
            ),
            (
                "集合的运算",
                "交集",
                "numbered",
                5,
                "同时属于A和B的元素组成的集合。",
            ),
            (
                "集合的运算",
                "差集",
                "numbered",
                7,
                "属于A但不属于B的元素组成的集合。\n\n用文氏图可以直观地看出这些运算。",
            ),
            (
                "集合的运算",
                "交换律",
                "term",
                13,
                "并与交的两个集合可以交换次序。",
            ),
            ("集合的运算", "吸收律", "term", 14, "A并上A与B的交仍等于A。"),
        ],
    );
}

#[test]
fn heading_questions_naming_html_tags() {
    // A tag a question names (<div>, <form action=...>), opened and never closed, stays in it; a
    // tag that formats (<b>bold</b>) goes, unless the question speaks of tags (`diff <b> and
    // <strong> tag`).
    assert_cards(
        "rules/heading-questions-naming-html-tags.md",
        &[
            (
                "Front-end questions",
                "What is the difference between <div> and <section>?",
                "heading",
                3,
                "A section groups themed content; a div has no meaning.",
            ),
            (
                "Front-end questions",
                "Why does a <form action=\"/save\"> need a method?",
                "heading",
                7,
                "Without one the browser sends a GET request.",
            ),
            (
                "Front-end questions",
                "How do you make text bold in HTML?",
                "heading",
                11,
                "Wrap it in a strong or b element.",
            ),
            (
                "Front-end questions",
                "diff <b> and <strong> tag",
                "heading",
                15,
                "strong marks importance; b only looks bold.",
            ),
        ],
    );
}

#[test]
fn heading_examples_of_questions_stay_in_the_answer() {
    // Questions an answer gives as examples, under a line that says Examples, are its answer, not
    // a closing list of questions.
    assert_cards(
        "rules/heading-examples-of-questions-in-answer.md",
        &[
            (
                "Behavioural round",
                "Do you have any questions for us?",
                "heading",
                3,
                "Always say yes: it shows you care about the role.\n  Ask abou…",
            ),
            (
                "Behavioural round",
                "Why do you want to leave your current job?",
                "heading",
                13,
                "I want to work on larger systems.",
            ),
        ],
    );
}

#[test]
fn bold_question_restated_parts_stay_in_the_answer() {
    // Among bold questions, a plain paragraph that asks a part of the bold question above it again
    // is a sub-question of its answer; one that asks about something else is one more question.
    assert_cards(
        "rules/bold-question-restated-parts-stay-in-the-answer.md",
        &[
            ("传输层", "TCP为什么要三次握手、四次挥手？", "bold-question", 5, "为什么不能两次握手？\n- 两次握手时，服务端分不清旧的连接请求。\n- 三次握手让双方都确认收发正常。\n\n为什么挥手要四次…"),
            ("传输层", "UDP适合什么场景？", "bold-question", 14, "- 视频通话、直播这类能容忍丢包的场景。"),
            ("传输层", "Kafka消费组是什么", "bold-question", 18, "- 一组共同消费主题的消费者。"),
        ],
    );
}

#[test]
fn label_numbered_questions_over_bold_parts() {
    // Bold numbered questions over their lists: a bold line between them that neither asks nor
    // counts labels a part of the answer above it, its terms included.
    assert_cards(
        "rules/label-numbered-questions-over-bold-parts.md",
        &[
            ("分布式", "CAP定理是什么？", "label", 3, "- 一致性、可用性、分区容错性三者最多满足两个。"),
            ("分布式", "共识算法有哪些？", "label", 6, "- 共识算法让多个节点对一个值达成一致。\n**Paxos系列**\n- **Basic Paxos**：对单个值达成共识…"),
            ("分布式", "分布式锁怎么实现？", "label", 16, "- 基于 Redis 的 SET NX 加过期时间。"),
        ],
    );
}

#[test]
fn heading_concepts_under_a_title_of_questions() {
    // Under a title of questions, a section whose bullets state points (six words or more of
    // English that ask nothing) is a concept card; bare names under another section are its
    // questions.
    assert_cards(
        "rules/heading-concepts-under-a-title-of-questions.md",
        &[
            (
                "Interview Questions",
                "B-tree index",
                "heading",
                3,
                "- Keeps keys sorted in pages that point to their children\n-…",
            ),
            (
                "Interview Questions",
                "Hash index",
                "heading",
                8,
                "- Maps each key through a hash function to a bucket of rows…",
            ),
            ("Java", "HashMap vs Hashtable", "bullet-question", 13, ""),
            ("Java", "volatile keyword", "bullet-question", 14, ""),
        ],
    );
}

#[test]
fn explained_bold_concepts_under_a_numbered_chapter() {
    // A numbered bold title over bullets that each set a name in bold and explain it below is a
    // chapter: the names are the cards; bullets that name parts (定义, 性质) stay its answer.
    assert_cards(
        "rules/explained-bold-concepts-under-numbered-chapter.md",
        &[
            (
                "向量的运算",
                "内积",
                "explained",
                3,
                "两个向量对应分量乘积之和，结果是一个数",
            ),
            (
                "向量的运算",
                "长度",
                "explained",
                5,
                "向量与自身内积的平方根",
            ),
            (
                "向量的运算",
                "正交",
                "explained",
                7,
                "两个向量的内积为零时称它们正交",
            ),
            (
                "线性代数复习",
                "矩阵的秩",
                "numbered",
                9,
                "* **定义**\n    矩阵中线性无关的行的最大个数\n* **性质**\n    转置不改变矩阵的秩",
            ),
        ],
    );
}

#[test]
fn numbered_score_lines_name_no_run() {
    // A line that counts a score (Incorrect : 1) right before numbered questions that count again
    // from 1 names no run: they keep the note's topic.
    assert_cards(
        "rules/numbered-score-lines-name-no-run.md",
        &[
            (
                "numbered-score-lines-name-no-run",
                "COSTS",
                "numbered",
                3,
                "Done.",
            ),
            (
                "numbered-score-lines-name-no-run",
                "REVENUE",
                "numbered",
                4,
                "Done.",
            ),
            (
                "numbered-score-lines-name-no-run",
                "PROFIT",
                "numbered",
                5,
                "Done.\n\nREVIEW QUESTIONS\n\nTotal : 3\nCorrect : 2\nIncorrect : 1",
            ),
            (
                "numbered-score-lines-name-no-run",
                "A fixed cost is one that",
                "numbered",
                13,
                "A changes with output.\n-> B does not change with output.",
            ),
            (
                "numbered-score-lines-name-no-run",
                "Marginal revenue is",
                "numbered",
                17,
                "-> A the revenue from one more unit sold.\nB the average reve…",
            ),
            (
                "numbered-score-lines-name-no-run",
                "Economic profit subtracts",
                "numbered",
                21,
                "A only explicit costs.\n-> B explicit and implicit costs.",
            ),
        ],
    );
}

#[test]
fn paragraph_question_labels_after_answers() {
    // Among paragraphs that ask, a short Chinese label over its list or quote that comes after an
    // answer (not right under a question) names one more subject: a card.
    assert_cards(
        "rules/paragraph-question-labels-after-answers.md",
        &[
            (
                "协程",
                "进程和线程有什么区别？",
                "paragraph-question",
                5,
                "- 进程是资源分配的单位，线程是调度的单位。",
            ),
            (
                "协程",
                "调度器怎么工作？",
                "paragraph-question",
                8,
                "- 每个处理器有自己的本地队列。",
            ),
            (
                "协程",
                "抢占调度",
                "paragraph-question",
                11,
                "> 运行太久的协程会被打断，让出处理器。",
            ),
            (
                "协程",
                "协程退出",
                "paragraph-question",
                14,
                "- 通道关闭后 range 循环结束\n- select 收到取消信号",
            ),
            (
                "协程",
                "栈怎么增长？",
                "paragraph-question",
                18,
                "- 需要时复制到更大的栈上。",
            ),
        ],
    );
}

#[test]
fn term_arrow_inside_a_worded_equation() {
    // Name = words with an arrow between words (one wide table -> several narrow tables) is a term
    // split at its =; an arrow between names (env->Get) stays code.
    assert_cards(
        "rules/term-arrow-inside-a-worded-equation.md",
        &[
            (
                "PARTITIONING",
                "Vertical",
                "term",
                3,
                "one wide table -> several narrow tables with fewer columns",
            ),
            (
                "PARTITIONING",
                "Horizontal",
                "term",
                4,
                "the same columns, but rows split by a range of keys",
            ),
            (
                "PARTITIONING",
                "Functional",
                "term",
                5,
                "tables split by the feature that owns them",
            ),
        ],
    );
}

#[test]
fn heading_points_led_in_under_a_title_of_questions() {
    // Under a title of questions, a list that a line of the text leads into (Normalizing aims to:)
    // holds the points it announces: the section is one card.
    assert_cards(
        "rules/heading-points-led-in-under-a-title-of-questions.md",
        &[
            (
                "Interview Questions",
                "NORMALIZATION",
                "heading",
                3,
                "A schema design approach for relational databases.\n\nNormaliz…",
            ),
            ("Java", "HashMap vs Hashtable", "bullet-question", 14, ""),
            ("Java", "volatile keyword", "bullet-question", 15, ""),
        ],
    );
}

#[test]
fn heading_numbered_english_statements() {
    // Numbered items that state (a subject opening on a determiner, then its verb: Each variable
    // forms a column) are points of their heading's answer, however explained; numbered names (The
    // Link Layer) are cards.
    assert_cards(
        "rules/heading-numbered-english-statements.md",
        &[
            (
                "Data notes",
                "Tidy data",
                "heading",
                3,
                "1. Each variable forms a column\n   - a property such as colo…",
            ),
            (
                "Layers",
                "The Link Layer",
                "numbered",
                13,
                "- moves frames between neighbours",
            ),
            (
                "Layers",
                "The Network Layer",
                "numbered",
                15,
                "- routes packets across networks",
            ),
        ],
    );
}

#[test]
fn heading_part_names_with_a_dash() {
    // A sub-heading that names a part of the answer with a dash after it (Output -) is part of
    // that answer.
    assert_cards(
        "rules/heading-part-names-with-a-dash.md",
        &[
            (
                "Threads",
                "Creating a thread",
                "heading",
                3,
                "Start a worker with `new Thread(Work).Start()`.\n```csharp\nva…",
            ),
            (
                "Threads",
                "Joining a thread",
                "heading",
                13,
                "`t.Join()` blocks until the worker ends.",
            ),
        ],
    );
}

#[test]
fn heading_comparison_facets_stay_in_the_answer() {
    // A heading that asks for a comparison (ArrayList、LinkedList区别) is the card: the labelled
    // facets under it (线程安全：, 底层数据结构：) draw the comparison and are its answer.
    assert_cards(
        "rules/heading-comparison-facets-stay-in-the-answer.md",
        &[
            ("Java 集合", "List、Set区别", "heading", 3, "- List：元素有序、可重复\n- Set：元素无序、不可重复"),
            ("Java 集合", "ArrayList、LinkedList区别", "heading", 8, "- 线程安全：\n  - 两者都不是同步的\n- 底层数据结构：\n  - ArrayList 用数组\n  - LinkedL…"),
            ("Java 集合", "什么是 fail-fast", "heading", 22, "- 遍历时发现集合被修改就抛出异常"),
        ],
    );
}

#[test]
fn clean_config_comments_in_a_fence() {
    // A language-less fence whose Chinese is only in its # comments, over config lines, is code:
    // its comments are no headings.
    assert_cards(
        "rules/clean-config-comments-in-a-fence.md",
        &[
            ("Redis", "刷盘策略", "heading", 3, "```\n# 每次写命令都刷盘，最安全\nappendfsync always\n\n# 每秒刷盘一次，默认\nappendfsy…"),
            ("Redis", "什么是 RDB", "heading", 13, "定时把内存快照写到磁盘。"),
        ],
    );
}

#[test]
fn heading_denials_are_points() {
    // An auxiliary with its not and no question mark (Can not be intercepted, Does not need)
    // states what something cannot do: those bullets are points of the heading's answer, not
    // questions.
    assert_cards(
        "rules/heading-denials-are-points.md",
        &[
            ("Angular", "What is a provider?", "bullet-question", 5, ""),
            (
                "Angular",
                "Can a value hold an object?",
                "bullet-question",
                6,
                "",
            ),
            (
                "Angular",
                "Constants",
                "heading",
                8,
                "A constant is a value you can inject anywhere.\n\n- Can not be…",
            ),
        ],
    );
}

#[test]
fn heading_label_over_fenced_points() {
    // A label over a fence of prose that only lists points, none explained below (`只用一个节点会有个问题：`
    // over four numbered lines), opens no section, and `有个问题` announces one problem, no questions:
    // the text stays in the heading's answer.
    assert_cards(
        "rules/heading-label-over-fenced-points.md",
        &[
            ("消息队列", "延迟队列", "heading", 3, "用一个有序集合保存到期时间，后台线程轮询取出到期的消息。\n\n只用一个节点会有个问题：\n\n\n1. 节点上写入成功\n2. 还…"),
            ("消息队列", "死信队列", "heading", 18, "消费失败超过重试次数的消息转入死信队列，等人工处理。"),
        ],
    );
}

#[test]
fn heading_announced_procedure_steps() {
    // A numbered run that the text announces as a procedure (`…可以分为几个步骤：`, `每个请求到来时：`) holds the
    // heading's steps, bold names and `判断是否…` included; a bold label naming a process
    // (`**熔断的恢复过程**：`) is still a card over its steps.
    assert_cards(
        "rules/heading-announced-procedure-steps.md",
        &[
            ("网关", "令牌桶限流", "heading", 3, "按固定速率往桶里放令牌，请求拿到令牌才放行。整个判断过程可以分为几个步骤：\n\n1. **计算间隔**：用当前时间减去上次…"),
            ("网关", "固定窗口计数", "heading", 11, "> 按时间切成固定长度的窗口，每个窗口单独计数。\n\n每个请求到来时：\n\n1. 删除上一个窗口的计数\n2. 判断是否超过上…"),
            ("熔断", "熔断的恢复过程", "label", 27, "1. 打开状态下直接拒绝请求。\n2. 过一段时间进入半开状态，放少量请求试探。\n3. 试探成功就关闭熔断。"),
            ("熔断", "熔断的触发条件", "label", 33, "- 错误率超过阈值\n- 慢调用比例超过阈值"),
        ],
    );
}

#[test]
fn heading_parts_numbered_under_a_question() {
    // In a run of four or more numbered headings that are mostly leaves, sub-headings numbered
    // under one's number (`### 3.1`, `### 3.2` under `## 3.`) are the parts of its answer: the
    // heading is the card, a question asked inside a part still one of its own. (A textbook's `##
    // 2.3` over `### 2.3.1` keeps its sections.)
    assert_cards(
        "rules/heading-parts-numbered-under-a-question.md",
        &[
            ("Go 问答", "slice 和数组的区别", "heading", 3, "数组长度固定，是值类型；slice 是对底层数组的引用，可以扩容。"),
            ("Go 问答", "map 的并发安全", "heading", 7, "并发读写会直接 panic，需要加锁或用 sync.Map。"),
            ("Go 问答", "channel 的底层实现", "heading-parts", 11, "### 3.1 hchan 结构体\n\n发送方和接收方必须同时就绪，否则阻塞。\n\n### 3.2 收发队列\n\n- 底层是一…"),
            ("Go 问答", "为什么用环形队列？", "sub-question", 20, "- 复用空间，入队出队都是 O(1)。"),
            ("Go 问答", "defer 的执行顺序", "heading", 23, "后进先出，在函数返回之前执行。"),
            ("Go 问答", "GMP 调度模型", "heading", 27, "G 是协程，M 是线程，P 是处理器，P 持有本地队列。"),
        ],
    );
}

#[test]
fn term_example_sentences_glossed_in_brackets() {
    // Example sentences, ended and glossed in brackets as language notes write them (`I was
    // reading when you called. （过去进行时）`, `東京から来ました。（起点）`), three or more and most of a list, are
    // one card each: the sentence the question, the gloss and the examples on its lines the
    // answer, however short the gloss.
    assert_cards(
        "rules/term-example-sentences-glossed-in-brackets.md",
        &[
            (
                "时态",
                "I have been to Paris twice.",
                "term",
                5,
                "现在完成时，表示经历\n\nShe has lived here since 2010.",
            ),
            (
                "时态",
                "I was reading when you called.",
                "term",
                7,
                "过去进行时，被另一个动作打断",
            ),
            (
                "时态",
                "He will have finished by noon.",
                "term",
                8,
                "将来完成时",
            ),
            (
                "时态",
                "The sun rises in the east.",
                "term",
                9,
                "一般现在时，客观事实",
            ),
            ("助词", "駅で電車を降ります。", "term", 13, "动作发生的场所"),
            (
                "助词",
                "友達と映画を見ます。",
                "term",
                14,
                "共同动作的对象\n\n家族<b>と</b>旅行します。",
            ),
            ("助词", "東京から来ました。", "term", 16, "起点"),
        ],
    );
}

#[test]
fn heading_checklist_plans_no_questions() {
    // A checklist of short items that ask nothing (`- [x] Relational model (5 points)` over `- [x]
    // keys`) plans the work: no questions in it, the heading's answer. Ticked items that explain
    // what they name (`- [x] Benefits of indexing: …` over its points) are still terms.
    assert_cards(
        "rules/heading-checklist-plans-no-questions.md",
        &[
            (
                "Summary Databases",
                "Exam topics",
                "heading",
                3,
                "- [x] Relational model (5 points)\n  - [x] keys\n  - [x] relat…",
            ),
            (
                "Review",
                "Benefits of indexing",
                "term",
                19,
                "reading fewer pages for a selective query\n\n- [x] point looku…",
            ),
            (
                "Review",
                "Costs of indexing",
                "term",
                22,
                "every write also updates each index on the table\n\n- [ ] writ…",
            ),
        ],
    );
}

#[test]
fn bold_question_answer_paragraphs_stay_answers() {
    // Among bold questions, the long paragraph right after one answers it, whatever asking word it
    // holds (`…会带来哪些坏的结果，e.g.…`), and a point counted in circles (`③婴儿的世界？`) is a point of the
    // answer above, no question.
    assert_cards(
        "rules/bold-question-answer-paragraphs-stay-answers.md",
        &[
            ("读书笔记", "为什么说稀缺是经济学的起点？", "bold-question", 3, "经济学关心的是事与愿违的规律：出于好意制定的政策会带来哪些坏的结果，e.g.房租管制，最低工资，限价等等"),
            ("读书笔记", "思考：没有稀缺的地方有哪些？", "bold-question", 7, "①神话里的天堂\n\n②物质无限丰富的未来\n\n③婴儿的世界？"),
            ("读书笔记", "什么是机会成本？", "bold-question", 15, "放弃的选项中价值最高的那一个。"),
            ("读书笔记", "沉没成本该不该考虑？", "bold-question", 19, "不该，已经付出且收不回的成本与决策无关。"),
        ],
    );
}

#[test]
fn heading_problem_named_by_a_noun() {
    // `问题` after a noun names a problem (`tcp 粘包问题`), not a list of questions: its bullets are the
    // heading's answer. `其他问题`, `常见问题`, `面试问题` still list questions.
    assert_cards(
        "rules/heading-problem-named-by-a-noun.md",
        &[
            (
                "Networking",
                "traceroute 原理",
                "heading",
                3,
                "发送 TTL 递增的包，根据超时报文得到每一跳的地址。",
            ),
            (
                "Networking",
                "tcp 粘包问题",
                "heading",
                7,
                "- 发送方把多个小包合成一个大包\n- 接收方一次读出了多个包",
            ),
            (
                "Networking",
                "为什么 TIME_WAIT 要等 2MSL",
                "bullet-question",
                14,
                "",
            ),
            (
                "Networking",
                "UDP 能不能做可靠传输",
                "bullet-question",
                15,
                "",
            ),
        ],
    );
}

#[test]
fn heading_numbered_concept_subheadings() {
    // Beside one sibling that asks, a heading over four or more numbered sub-headings with text of
    // their own (`### 1. 主题 Topic` … under `## Kafka 核心概念`) groups those concepts; it is no
    // question answered in parts (the kinds a heading names, `### 1 匿名管道通信` under `## 进程通信方法`,
    // still are).
    assert_cards(
        "rules/heading-numbered-concept-subheadings.md",
        &[
            (
                "heading-numbered-concept-subheadings",
                "缓存是什么？有什么用？",
                "heading",
                1,
                "缓存把热点数据放在更快的存储里，减少对数据库的访问。",
            ),
            (
                "Kafka 核心概念",
                "主题 Topic",
                "heading",
                7,
                "一类消息的逻辑分类。",
            ),
            (
                "Kafka 核心概念",
                "分区 Partition",
                "heading",
                11,
                "主题的物理分片，分区内有序。",
            ),
            (
                "Kafka 核心概念",
                "副本 Replica",
                "heading",
                15,
                "分区的备份，分 leader 和 follower。",
            ),
            (
                "Kafka 核心概念",
                "消费者组 Consumer Group",
                "heading",
                19,
                "组内每个分区只被一个消费者消费。",
            ),
            (
                "Kafka 核心概念",
                "消息丢失问题",
                "heading",
                23,
                "生产端用 acks=all，消费端处理完再提交位移。",
            ),
        ],
    );
}

#[test]
fn heading_process_bold_step_items() {
    // Under a heading that names a process (`浏览器访问网址过程`), bold numbered items each over what it
    // does are its steps, not questions answered beside them: the heading is the card.
    assert_cards(
        "rules/heading-process-bold-step-items.md",
        &[
            ("Networking", "浏览器访问网址过程", "heading", 3, "1. **解析 url**\n先看协议, 然后是主机名, 再往后是路径, 查询参数跟在问号后面, 多个参数用 & 隔开\n2…"),
        ],
    );
}

#[test]
fn heading_labels_the_heading_names() {
    // Bold labels that the heading names (`**触发条件**`, `**后果:**` under `## full gc 触发条件以及后果, 调优`,
    // the colon inside the bold no part of the name) are the parts of its answer: the heading is
    // the card.
    assert_cards(
        "rules/heading-labels-the-heading-names.md",
        &[
            ("JVM", "类加载过程", "heading", 3, "加载、链接、初始化。"),
            ("JVM", "full gc 触发条件以及后果, 调优", "heading", 7, "**触发条件**\n1. 老年代空间不足\n2. 元空间不足\n\n**后果:**\n停顿时间比 minor gc 长得多\n\n**…"),
        ],
    );
}

#[test]
fn grouping_reference_link_is_no_text() {
    // A lone link named as a reference (`[参考](https://…)`, `[Source](…)`) under a heading with
    // sub-headings is no text of its own: the heading groups them (a bare URL may still be a
    // question's answer).
    assert_cards(
        "rules/grouping-reference-link-is-no-text.md",
        &[
            (
                "面试笔记",
                "Redis 为什么快",
                "heading",
                3,
                "内存操作，单线程避免切换，IO 多路复用。",
            ),
            (
                "分布式事务",
                "两阶段提交",
                "heading",
                10,
                "协调者先让所有参与者预提交，都成功后再统一提交。",
            ),
            (
                "分布式事务",
                "TCC",
                "heading",
                14,
                "Try 预留资源，Confirm 确认提交，Cancel 释放预留。",
            ),
        ],
    );
}

#[test]
fn heading_property_facets_stay_in_the_answer() {
    // A few explained bullets one of which names a property (`- purpose` beside `- approach` and
    // `- objective`, each over its points) describe the heading: its answer. Bullets that name
    // concepts (`- read committed`) are still cards.
    assert_cards(
        "rules/heading-property-facets-stay-in-the-answer.md",
        &[
            (
                "Transactions",
                "Goals of a DBMS",
                "heading",
                5,
                "- purpose\n  - keep many users' data correct at once\n- approa…",
            ),
            (
                "Isolation levels",
                "read committed",
                "explained",
                15,
                "- sees only committed rows",
            ),
            (
                "Isolation levels",
                "serializable",
                "explained",
                17,
                "- as if transactions ran one after another",
            ),
        ],
    );
}

#[test]
fn explained_concepts_under_a_comparison() {
    // Under a heading that compares, three or more explained bullets some naming a side and some
    // not (`- BSD`, `- Linux`, `- Minix` under `### Difference BSD/Linux`) are concepts, cards of
    // their own; the two sides alone (`- Process`, `- Thread` under `### Process vs Thread`) still
    // answer the comparison.
    assert_cards(
        "rules/explained-concepts-under-a-comparison.md",
        &[
            (
                "Difference BSD/Linux",
                "Research UNIX",
                "explained",
                6,
                "- written at Bell Labs, licensed to universities",
            ),
            (
                "Difference BSD/Linux",
                "BSD",
                "explained",
                8,
                "- Berkeley's fork of UNIX, later free",
            ),
            (
                "Difference BSD/Linux",
                "Linux",
                "explained",
                10,
                "- a kernel written from scratch, UNIX-like",
            ),
            (
                "Difference BSD/Linux",
                "Minix",
                "explained",
                12,
                "- a teaching kernel that inspired Linux",
            ),
            (
                "History",
                "Process vs Thread",
                "heading",
                15,
                "- Process\n  - owns an address space\n- Thread\n  - shares its…",
            ),
        ],
    );
}

#[test]
fn heading_numbered_facets_of_a_comparison() {
    // Numbered items under a heading that asks for a comparison (`1. 长度不同` under `## array 和 slice
    // 区别`) are the facets it is drawn on: the heading's answer, not questions.
    assert_cards(
        "rules/heading-numbered-facets-of-a-comparison.md",
        &[
            ("Go", "map 的并发安全", "heading", 3, "并发读写会直接 panic，需要加锁或用 sync.Map。"),
            ("Go", "array 和 slice 区别", "heading", 7, "1. 长度不同\n\n    - 数组长度固定，写在类型里\n    - 切片可以追加，容量不够时扩容\n\n2. 传参不同…"),
            ("Go", "defer 的执行顺序", "heading", 24, "后进先出。"),
        ],
    );
}

#[test]
fn bullet_question_statements_with_no_subject() {
    // An auxiliary with no subject after it (`Can be used with wildcards`, `Should always be
    // preferred…`) states what something does: no question, so `- Generics` over such points is a
    // question answered by them, not a group of questions.
    assert_cards(
        "rules/bullet-question-statements-with-no-subject.md",
        &[
            (
                "Java",
                "What is a class?",
                "bullet-question",
                5,
                "- A blueprint for objects",
            ),
            (
                "Java",
                "Generics",
                "bullet-question",
                8,
                "- Checked at compile time\n- Can be used with wildcards\n- Sho…",
            ),
            (
                "Java",
                "What is the collection API?",
                "bullet-question",
                13,
                "- A framework of data structures",
            ),
        ],
    );
}

#[test]
fn heading_parts_answer_label_at_its_level() {
    // A heading that only labels the answer (`#### 我的回答:`), set at the level of the question right
    // above it, is that question's answer: it goes under it.
    assert_cards(
        "rules/heading-parts-answer-label-at-its-level.md",
        &[
            (
                "JVM 面试题",
                "说说你对 Java 的看法？",
                "heading-parts",
                2,
                "### 我的回答:\n跨平台，一次编译到处运行\n面向对象，自带垃圾回收",
            ),
            (
                "JVM 面试题",
                "类加载分几步？",
                "heading-parts",
                6,
                "### 我的回答:\n加载、链接、初始化",
            ),
        ],
    );
}

#[test]
fn paragraph_question_two_over_their_lists() {
    // Two short paragraphs that ask, each over the list that answers it, beside a sub-heading: a
    // run of questions, not one heading's answer.
    assert_cards(
        "rules/paragraph-question-two-over-their-lists.md",
        &[
            (
                "Ownership",
                "Who frees an owned value?",
                "paragraph-question",
                5,
                "- the compiler inserts the drop call\n- no garbage collector…",
            ),
            (
                "Ownership",
                "Box 和 Rc 的区别",
                "paragraph-question",
                9,
                "- Box 只有一个所有者\n- Rc 计数引用，可以共享",
            ),
            (
                "Borrowing",
                "什么是借用？",
                "paragraph-question",
                15,
                "> 不取得所有权而使用一个值的引用",
            ),
            (
                "Borrowing",
                "可变借用有什么限制？",
                "paragraph-question",
                18,
                "> 同一时刻只能有一个可变引用",
            ),
            (
                "Borrowing",
                "生命周期标注是干什么的？",
                "paragraph-question",
                21,
                "> 告诉编译器引用之间的存活关系",
            ),
        ],
    );
}

#[test]
fn heading_parts_numbered_examples() {
    // Numbered examples under a question (Example 1 - …, Example 2 (…)) are parts of its answer;
    // beside them, a sub-heading set two levels down is more of the answer, not a side note.
    assert_cards(
        "rules/heading-parts-numbered-examples.md",
        &[
            (
                "JavaScript",
                "What is currying?",
                "heading-parts",
                3,
                "Turning a function of many arguments into a chain of functio…",
            ),
            (
                "JavaScript",
                "What is memoization?",
                "heading",
                23,
                "Caching a pure function's results by its arguments.",
            ),
        ],
    );
}

#[test]
fn clean_contents_link_headings() {
    // Headings that are only links to sections named further down are the page's contents, skipped
    // with it; an emoji linking back to the contents is no part of a heading, nor an answer on its
    // line.
    assert_cards(
        "rules/clean-contents-link-headings.md",
        &[
            (
                "clean-contents-link-headings",
                "What does the event loop do?",
                "heading",
                9,
                "It takes callbacks from the queues and runs them one at a ti…",
            ),
            (
                "clean-contents-link-headings",
                "What is a microtask?",
                "heading",
                13,
                "A callback queued by a promise; all of them run before the n…",
            ),
            (
                "clean-contents-link-headings",
                "Streams & backpressure",
                "heading",
                17,
                "A writable stream returns false from write() when its buffer…",
            ),
        ],
    );
}

#[test]
fn clean_note_written_in_quotes_over_code() {
    // A note written in quotes, its code indented outside them: the code is counted for neither
    // side, so the quoted headings and text are read as the note's own.
    assert_cards(
        "rules/clean-note-written-in-quotes-over-code.md",
        &[
            (
                "队列",
                "顺序队列",
                "heading",
                3,
                "循环队列：把数组首尾相接，rear 追上 front 时队满\n\n    ```\ntypedef struct {…",
            ),
            (
                "队列",
                "入队",
                "heading",
                11,
                "队满条件：(rear+1)%MaxSize == front\n\n    ```\nint EnCycQue(CycQue…",
            ),
            (
                "队列",
                "出队",
                "heading",
                21,
                "队空条件：rear == front\n\n    ```\nint OutCycQue(CycQue *Q) {\n    i…",
            ),
        ],
    );
}

#[test]
fn heading_checklist_boxes_a_level_down() {
    // A plan whose boxes sit a level down (1. Basics — READ FIRST over - [x] chapters) holds no
    // questions: its stages are no terms.
    assert_cards(
        "rules/heading-checklist-boxes-a-level-down.md",
        &[
            (
                "Statistics reading",
                "Reading plan",
                "heading",
                3,
                "1. Basics — READ FIRST\n\n    - [x] **Ch 1 — Describing data**…",
            ),
            (
                "Statistics reading",
                "Sampling distribution",
                "heading",
                16,
                "The distribution of a statistic over all samples of one size…",
            ),
        ],
    );
}

#[test]
fn heading_method_told_in_steps() {
    // A heading that names one method (Scientific Method) over numbered stages, one reading like a
    // task set, holds its steps; the plural (Sorting Methods) names kinds, each a card.
    assert_cards(
        "rules/heading-method-told-in-steps.md",
        &[
            (
                "Research Methods",
                "Overview",
                "heading",
                3,
                "Psychology studies behaviour by observing it under controlle…",
            ),
            (
                "Research Methods",
                "Scientific Method",
                "heading",
                7,
                "1. Read what is known about the topic\n    - journals, earlie…",
            ),
            (
                "Sorting Methods",
                "Merge sort",
                "numbered",
                20,
                "split in halves, sort each, merge",
            ),
            (
                "Sorting Methods",
                "Quick sort",
                "numbered",
                21,
                "partition around a pivot, sort each side",
            ),
        ],
    );
}

#[test]
fn heading_question_bank_numbered_on() {
    // Ten or more headings numbered on through the whole note, some asking: a bank of questions,
    // each heading one card whatever its list; a heading naming kinds (进程间通信方式) still keeps its
    // kinds as cards.
    assert_cards(
        "rules/heading-question-bank-numbered-on.md",
        &[
            ("Operating Systems", "进程和线程的区别", "heading", 2, "* 进程是资源分配的单位，线程是调度的单位"),
            ("Operating Systems", "进程间通信方式", "heading", 4, "* 管道：半双工，只能在亲缘进程间使用\n* 消息队列：内核中的消息链表\n* 共享内存：最快的方式，需要同步"),
            ("进程间通信方式", "管道", "term", 5, "半双工，只能在亲缘进程间使用"),
            ("进程间通信方式", "消息队列", "term", 6, "内核中的消息链表"),
            ("进程间通信方式", "共享内存", "term", 7, "最快的方式，需要同步"),
            ("Operating Systems", "死锁的四个条件", "heading", 8, "* 互斥、占有并等待、不可抢占、循环等待"),
            ("Operating Systems", "什么是虚拟内存？", "heading", 10, "* 把磁盘当作内存的延伸，按页调入"),
            ("Operating Systems", "页面置换算法", "heading", 12, "* FIFO：先进先出\n* LRU：最近最少使用"),
            ("Operating Systems", "用户态和内核态", "heading", 15, "* 内核态可以执行特权指令"),
            ("Networking", "TCP三次握手", "heading", 18, "* 客户端 SYN，服务端 SYN+ACK，客户端 ACK"),
            ("Networking", "为什么是四次挥手？", "heading", 20, "* 关闭是半关闭，两个方向各自关闭"),
            ("Networking", "TCP和UDP的区别", "heading", 22, "* TCP 面向连接、可靠；UDP 无连接、尽力而为"),
            ("Networking", "HTTP状态码", "heading", 24, "* 2xx：成功\n* 3xx：重定向\n* 4xx：客户端错误"),
            ("Networking", "HTTPS的握手", "heading", 28, "* 先用非对称加密交换密钥，再用对称加密传数据"),
        ],
    );
}

#[test]
fn numbered_sides_numbered_again() {
    // Points numbered again under a numbered entry that names them as its sides (list vs tuple,
    // yield/return) are the parts of its answer; under a name of its own (Comprehensions) they are
    // concepts.
    assert_cards(
        "rules/numbered-sides-numbered-again.md",
        &[
            (
                "Python",
                "list vs tuple",
                "numbered",
                3,
                "1) list\n  - mutable, can grow\n2) tuple\n  - immutable, hashab…",
            ),
            (
                "Python",
                "yield/return",
                "numbered",
                9,
                "1) yield\n  - pauses the function and hands out one value\n2)…",
            ),
            (
                "Comprehensions",
                "list comprehension",
                "numbered",
                16,
                "- builds a list in one expression",
            ),
            (
                "Comprehensions",
                "generator expression",
                "numbered",
                18,
                "- builds items lazily, one at a time",
            ),
        ],
    );
}

#[test]
fn heading_interview_note_lists_answer() {
    // A note named for interview questions (八股, 面试, interview): each card heading asks, and the
    // lists and labels under it are its answer.
    assert_cards(
        "rules/heading-interview-note-lists-answer.md",
        &[
            ("heading-interview-note-lists-answer", "Git 常用命令", "heading", 1, "**查看：**\n1. git status：工作区和暂存区的状态\n2. git log --oneline：一行一个提交…"),
            ("heading-interview-note-lists-answer", "线程池的拒绝策略", "heading", 13, "- AbortPolicy：抛出 RejectedExecutionException\n- CallerRunsPoli…"),
        ],
    );
}

#[test]
fn grouping_part_name_over_sections() {
    // A part's name (3.1 概念) over sections of its own groups them: the chapter above is no card
    // with one part.
    assert_cards(
        "rules/grouping-part-name-over-sections.md",
        &[
            (
                "随机变量",
                "分布函数",
                "heading",
                3,
                "$F(x)=P(X\\le x)$，单调不减、右连续。",
            ),
            (
                "多维随机变量",
                "联合分布函数",
                "heading",
                11,
                "$F(x,y)=P(X\\le x, Y\\le y)$，对每个变量单调不减、右连续。",
            ),
            (
                "多维随机变量",
                "边缘分布",
                "heading",
                15,
                "由联合分布对另一个变量取极限得到：$F_X(x)=F(x,+\\infty)$。",
            ),
            (
                "多维随机变量",
                "条件分布",
                "heading",
                19,
                "在 $Y=y$ 的条件下 $X$ 的分布，离散时为 $P(X=x_i|Y=y_j)$。",
            ),
        ],
    );
}

#[test]
fn term_under_a_terms_heading() {
    // A heading named Terms is a glossary: its terms are cards, under the subject above it (Terms
    // names none).
    assert_cards(
        "rules/term-under-a-terms-heading.md",
        &[
            ("Cells", "Nucleus", "term", 7, "holds the cell's DNA"),
            ("Cells", "Ribosome", "term", 8, "builds proteins from RNA"),
            (
                "Membranes",
                "Plasma membrane",
                "term",
                10,
                "encloses the cell",
            ),
            (
                "Membranes",
                "Nuclear envelope",
                "term",
                11,
                "encloses the nucleus",
            ),
            (
                "Cells",
                "Cell division",
                "heading",
                13,
                "Mitosis makes two identical cells; meiosis makes four sex ce…",
            ),
        ],
    );
}

#[test]
fn numbered_named_after_a_statement() {
    // A numbered list opened by a statement, every point after it naming a concept it explains
    // (Surplus, Shortage under Equilibrium): those are cards, the statement the parent's answer.
    assert_cards(
        "rules/numbered-named-after-a-statement.md",
        &[
            (
                "Supply",
                "Law of supply",
                "numbered",
                5,
                "When the price rises, the quantity supplied rises too.",
            ),
            (
                "Supply",
                "Supply schedule",
                "numbered",
                9,
                "A table of prices and the quantity supplied at each.",
            ),
            (
                "Economics",
                "Equilibrium",
                "numbered",
                13,
                "1. At the equilibrium price the quantity buyers want to buy…",
            ),
            (
                "Equilibrium",
                "Surplus",
                "numbered",
                17,
                "Price above equilibrium: more is supplied than demanded, so…",
            ),
            (
                "Equilibrium",
                "Shortage",
                "numbered",
                21,
                "Price below equilibrium: more is demanded than supplied, so…",
            ),
            (
                "Equilibrium",
                "Law of supply and demand",
                "numbered",
                25,
                "Surpluses and shortages are temporary: prices move back towa…",
            ),
        ],
    );
}

#[test]
fn heading_numbered_pair_names_its_sides() {
    // A numbered question joining two to four sides (6.重载和重写, 4.ArrayList、LinkedList、Vector) over
    // terms naming a side: one answer compares them. A heading naming a kind (线程安全的集合) keeps its
    // terms as cards.
    assert_cards(
        "rules/heading-numbered-pair-names-its-sides.md",
        &[
            ("Java", "final 关键字", "heading", 3, "* 修饰类不能被继承，修饰方法不能被重写，修饰变量只能赋值一次"),
            ("Java", "重载和重写", "heading", 6, "* 重载：同一个类里方法名相同、参数列表不同\n* 重写：子类重新实现父类的方法，签名相同"),
            ("Java", "HashSet和TreeSet的区别", "heading", 10, "* HashSet：基于 HashMap，无序，增删查平均 O(1)\n* 底层结构：TreeSet 基于红黑树\n* 遍历…"),
            ("Java", "ArrayList、LinkedList、Vector", "heading", 15, "* ArrayList：动态数组，随机访问快\n* LinkedList：双向链表，插入删除快\n* Vector：方法加了…"),
            ("Java", "线程安全的集合", "heading", 20, "* Vector：方法都加了 synchronized\n* ConcurrentHashMap：分段加锁或 CAS\n*…"),
            ("线程安全的集合", "ConcurrentHashMap", "term", 22, "分段加锁或 CAS"),
            ("线程安全的集合", "CopyOnWriteArrayList", "term", 23, "写时复制"),
        ],
    );
}

#[test]
fn numbered_terms_under_a_label_heading() {
    // Among headings that ask, a label that asks nothing over a list that is all terms (Browser
    // APIs worth knowing: over 1. IntersectionObserver: …) is a glossary: its terms are cards.
    assert_cards(
        "rules/numbered-terms-under-a-label-heading.md",
        &[
            (
                "React",
                "What is the virtual DOM?",
                "heading",
                4,
                "A tree of plain objects React diffs against the last one bef…",
            ),
            (
                "React",
                "When should you use useMemo?",
                "heading",
                7,
                "When a value is expensive to compute and its inputs rarely c…",
            ),
            (
                "General JS questions",
                "what does Promise.race() resolve with?",
                "numbered",
                11,
                "",
            ),
            (
                "General JS questions",
                "how do generators pause?",
                "numbered",
                12,
                "",
            ),
            (
                "General JS questions",
                "What is the temporal dead zone?",
                "numbered",
                13,
                "",
            ),
            (
                "Browser APIs worth knowing",
                "IntersectionObserver",
                "numbered",
                16,
                "tells you when an element enters the viewport.",
            ),
            (
                "Browser APIs worth knowing",
                "ResizeObserver",
                "numbered",
                17,
                "reports size changes of an element.",
            ),
            (
                "Browser APIs worth knowing",
                "BroadcastChannel",
                "numbered",
                18,
                "messages between tabs of one origin.",
            ),
            (
                "Browser APIs worth knowing",
                "Web Locks",
                "numbered",
                19,
                "coordinates work across tabs and workers.",
            ),
            (
                "Browser APIs worth knowing",
                "structuredClone",
                "numbered",
                20,
                "deep-copies values, Maps and Dates included.",
            ),
        ],
    );
}

#[test]
fn grouping_text_only_names_its_sections() {
    // A text that is nothing but its sub-headings' names (时间复杂度，空间复杂度) indexes them: the heading
    // groups the sections, each a concept of its own, though its name ends in a part's (复杂度).
    assert_cards(
        "rules/grouping-text-only-names-its-sections.md",
        &[
            (
                "数据结构的基本概念",
                "数据元素",
                "heading",
                5,
                "数据的基本单位，通常作为一个整体处理。",
            ),
            (
                "算法效率的度量",
                "时间复杂度",
                "heading",
                13,
                "语句频度之和 T(n) 的数量级，记作 O(f(n))。",
            ),
            (
                "算法效率的度量",
                "空间复杂度",
                "heading",
                17,
                "算法运行所需存储空间的数量级，记作 S(n)。",
            ),
        ],
    );
}

#[test]
fn heading_announced_order_steps() {
    // A numbered run a line announces as an order (变量查找顺序(LEGB)：) is one sequence: the heading's
    // answer, not cards of its own.
    assert_cards(
        "rules/heading-announced-order-steps.md",
        &[
            ("Python", "闭包", "heading", 3, "内层函数引用外层变量。"),
            ("Python", "变量的作用域", "heading", 7, "变量查找顺序(LEGB)：\n\n1. L:local，函数内部作用域\n2. E:enclosing，函数内部与内嵌函数之间…"),
            ("Python", "解释器", "heading", 16, "CPython。"),
        ],
    );
}

#[test]
fn clean_template_tags() {
    // Template tags of GitBook and Hugo are markup: an untitled hint only highlights the text it
    // holds; a titled admonition is a callout, a question in its title a card.
    assert_cards(
        "rules/clean-template-tags.md",
        &[
            (
                "死锁的定义",
                "死锁",
                "term",
                6,
                "互相等待对方手里的资源，各进程都阻塞",
            ),
            (
                "死锁的定义",
                "饥饿",
                "term",
                7,
                "长期得不到资源，一直得不到处理机",
            ),
            (
                "死锁",
                "银行家算法是预防死锁还是避免死锁？",
                "callout",
                12,
                "避免：分配前先检查分配后系统是否仍处于安全状态。",
            ),
        ],
    );
}

#[test]
fn term_example_sentences_glossed_below() {
    // Example sentences whose gloss in brackets is the line below (or a line of dialogue answering
    // them) are cards like those glossed on their line; an empty comment between the lists ends
    // nothing.
    assert_cards(
        "rules/term-example-sentences-glossed-below.md",
        &[
            (
                "句型",
                "窓を開けてもいいですか。",
                "term",
                5,
                "（请求许可，〔动词て形〕+ もいいですか）\nここでタバコを吸ってもいいですか。",
            ),
            (
                "句型",
                "明日は雨が降るでしょう。",
                "term",
                8,
                "推测，〔简体形〕+ でしょう",
            ),
            (
                "句型",
                "週末、どこへ行きましたか。",
                "term",
                9,
                "ーー京都へ行きました。\n（询问过去的行为，用过去形回答）",
            ),
            (
                "句型",
                "駅まで歩いて十分です。",
                "term",
                15,
                "范围的终点\n\n家<b>から</b>駅<b>まで</b>バスで行きます。",
            ),
            (
                "句型",
                "毎朝コーヒーを飲みながら新聞を読みます。",
                "term",
                17,
                "（两个动作同时进行，〔动词去掉ます〕+ ながら）",
            ),
        ],
    );
}

#[test]
fn clean_empty_comment_between_lists() {
    // An empty comment typed between two lists to part them is no text: the answer runs on without
    // it.
    assert_cards(
        "rules/clean-empty-comment-between-lists.md",
        &[
            ("Networking", "TCP 和 UDP 的区别？", "heading", 3, "- TCP 面向连接，UDP 无连接\n- TCP 可靠，UDP 尽力而为\n\n- TCP 有拥塞控制，UDP 没有"),
            ("Networking", "什么是 DNS？", "heading", 12, "域名解析系统，把域名翻译成 IP 地址。"),
        ],
    );
}

#[test]
fn heading_interview_checklists_and_questions_to_ask() {
    // A heading named for interviews that holds what to do (a checklist, research, tips, the
    // process) lists no questions; nor does one naming the questions to ask the interviewer: each
    // is one card, its list the answer.
    assert_cards(
        "rules/heading-interview-checklists-and-questions-to-ask.md",
        &[
            (
                "Interview prep",
                "Tell me about yourself",
                "heading",
                3,
                "Two minutes: where I studied, what I built last, why this te…",
            ),
            (
                "Interview prep",
                "Why do you want to leave your current job",
                "heading",
                7,
                "I want to own a product end to end.",
            ),
            (
                "Interview prep",
                "Checklist for video interviews",
                "heading",
                11,
                "* Test the camera and the microphone the day before\n* Keep a…",
            ),
            (
                "Interview prep",
                "Questions to ask at the end",
                "heading",
                16,
                "* How is success measured in the first six months?\n* What do…",
            ),
        ],
    );
}

#[test]
fn heading_aside_marked_subject() {
    // A heading marked as an aside (补充：X) names its subject after the mark: one question, not the
    // mark answered by the subject.
    assert_cards(
        "rules/heading-aside-marked-subject.md",
        &[
            (
                "并发",
                "volatile 关键字",
                "heading",
                3,
                "保证可见性和有序性，不保证原子性。",
            ),
            (
                "volatile 关键字",
                "补充：happens-before 规则",
                "heading",
                7,
                "前一个操作的结果对后一个操作可见。",
            ),
            (
                "并发",
                "线程池",
                "heading",
                11,
                "复用线程，减少创建和销毁的开销。",
            ),
        ],
    );
}

#[test]
fn numbered_gloss_no_part_of_name_length() {
    // A long gloss in brackets is no part of a name's length: a 是否 in the definition after it asks
    // nothing, and the item splits at its colon.
    assert_cards(
        "rules/numbered-gloss-no-part-of-name-length.md",
        &[
            (
                "异常的分类",
                "检查异常（编译期就要处理的异常）",
                "numbered",
                6,
                "除运行时异常以外的 Exception，必须捕获或声明抛出。",
            ),
            (
                "异常的分类",
                "非检查异常(编译器不强制处理的异常)",
                "numbered",
                7,
                "运行时异常和错误，编译器不管程序是否处理了它们，出现时通常说明代码有错。",
            ),
        ],
    );
}

#[test]
fn label_line_under_code_tells_its_result() {
    // A short line set right under a code block and apart from the next tells what that code did:
    // no label. Set close to both fences it names the next block.
    assert_cards(
        "rules/label-line-under-code-tells-its-result.md",
        &[
            ("label-line-under-code-tells-its-result", "锁", "empty-heading", 1, ""),
            ("label-line-under-code-tells-its-result", "synchronized 关键字", "heading", 3, "`synchronized` 可以修饰**实例方法**、**静态方法**、**代码块**。\n- 修饰实例方法：锁的是当前…"),
            ("synchronized 关键字", "修饰实例方法", "term", 5, "锁的是当前实例"),
            ("synchronized 关键字", "修饰静态方法", "term", 6, "锁的是类对象"),
            ("synchronized 关键字", "修饰代码块", "term", 7, "锁的是括号里给出的对象"),
            ("synchronized 关键字", "synchronized 的实现原理", "heading", 50, "编译后的字节码多了 monitorenter 和 monitorexit 指令。"),
            ("label-line-under-code-tells-its-result", "ReentrantLock", "heading", 53, "可重入的显式锁，可以设置公平性。"),
            ("label-line-under-code-tells-its-result", "顺序表", "heading", 56, "定义\n```c\ntypedef struct { int data[20]; int length; } SeqList…"),
            ("顺序表", "初始化", "label", 61, "```c\nvoid init(SeqList *L) { L->length = 0; }\n```"),
            ("顺序表", "判空", "label", 65, "```c\nint empty(SeqList L) { return L.length == 0; }\n```"),
        ],
    );
}

#[test]
fn numbered_chapter_beside_a_question() {
    // A numbered item over bold names each explained under it (or over terms defined after their
    // colons, each explained further) is a chapter of concepts even beside a numbered item that
    // asks (1、什么是线性表): fewer than half of them ask.
    assert_cards(
        "rules/numbered-chapter-beside-a-question.md",
        &[
            ("线性表", "什么是线性表", "numbered", 5, "具有相同数据类型的 n 个数据元素的有限序列。"),
            ("线性表的基本概念", "表长", "term", 11, "线性表中数据元素的个数。"),
            ("线性表的基本概念", "表头", "term", 15, "第一个数据元素。"),
            ("线性表的基本概念", "表尾", "term", 19, "最后一个数据元素。"),
            ("线性表的存储方式", "顺序存储", "explained", 25, "用一组地址连续的存储单元依次存放\n\n*   **随机访问**：通过首地址和元素序号在 O(1) 时间内找到元素。\n\n*…"),
            ("线性表的存储方式", "链式存储", "explained", 31, "用一组任意的存储单元存放\n\n*   **插入删除快**：只需修改指针。\n\n*   **不能随机访问**：只能从头顺序查找…"),
            ("线性表的存储方式", "索引存储", "explained", 37, "另建一张索引表\n\n*   **检索快**：按索引直接定位。"),
        ],
    );
}

#[test]
fn term_lone_under_a_bare_chapter() {
    // Under a bare chapter heading (Chapter 1), which names no concept to be a card, one term item
    // beside a remark is a card of its own.
    assert_cards(
        "rules/term-lone-under-a-bare-chapter.md",
        &[
            (
                "Chapter 1",
                "Bias vs variance",
                "term",
                2,
                "bias is the error from wrong assumptions, variance the error…",
            ),
            (
                "Chapter 2",
                "Loss function",
                "term",
                7,
                "measures how far the predictions are from the targets",
            ),
            (
                "Chapter 2",
                "Cost function",
                "term",
                8,
                "the loss averaged over the training set",
            ),
            (
                "Chapter 2",
                "Learning rate",
                "term",
                9,
                "how big each update step is",
            ),
        ],
    );
}

#[test]
fn explained_code_fence_under_a_colon_item() {
    // A fence at the margin right under an item that ends with a colon (- Update step:) is that
    // item's code: the items are cards, their code the answers; an item that names what the code is (- Sample code:) nests nothing.
    assert_cards(
        "rules/explained-code-fence-under-a-colon-item.md",
        &[
            (
                "Chapter 4",
                "mean-squared-error",
                "explained",
                2,
                "```scheme\n(define mse\n (lambda (ys preds)\n  (/ (sum (sqr (-…",
            ),
            (
                "Chapter 4",
                "Update step",
                "explained",
                8,
                "```scheme\n(define step\n (lambda (theta grad)\n  (- theta (* a…",
            ),
            (
                "Chapter 4",
                "Training loop",
                "explained",
                14,
                "```scheme\n(define train\n (lambda (theta n)\n  (if (zero? n) t…",
            ),
        ],
    );
}

#[test]
fn heading_items_under_a_heading() {
    // Headings written in numbered items (1. ### What is Vue?), two or more, are the sections of
    // the heading over them even among sibling headings; a shortcode no table knows before a
    // heading's name (:dart:) decorates it and is dropped.
    assert_cards(
        "rules/heading-items-under-a-heading.md",
        &[
            (
                "heading-items-under-a-heading",
                "Vue Interview Questions",
                "heading",
                1,
                "Questions I keep getting asked about Vue, with my answers.",
            ),
            (
                "Core Vue",
                "What is Vue?",
                "heading",
                7,
                "A progressive framework for building user interfaces.",
            ),
            (
                "Core Vue",
                "What is a computed property?",
                "heading",
                11,
                "A cached value derived from reactive state; it re-evaluates…",
            ),
            (
                "Composition API",
                "What does setup() return?",
                "heading",
                17,
                "The state and functions the template can use.",
            ),
            (
                "Composition API",
                "What is ref()?",
                "heading",
                21,
                "A reactive wrapper around a single value, read and written t…",
            ),
        ],
    );
}

#[test]
fn bullet_question_question_mark_in_an_address() {
    // A ? inside a bare address (https://…/#/?id=using) is no question mark: the item splits at
    // its colon, the address stays in the answer.
    assert_cards(
        "rules/bullet-question-question-mark-in-an-address.md",
        &[
            (
                "一些注意点",
                "using",
                "bullet-question",
                5,
                "using 声明和指示。https://example.com/cpp/#/?id=using",
            ),
            (
                "一些注意点",
                "命名空间",
                "bullet-question",
                6,
                "区分不同库中同名的函数、类、变量。https://example.com/cpp/#/?id=namespace",
            ),
            (
                "一些注意点",
                "explicit",
                "bullet-question",
                7,
                "修饰单参数构造函数，防止隐式转换。",
            ),
        ],
    );
}

#[test]
fn heading_template_kinds_not_a_form() {
    // 函数模板 and 类模板 are kinds of C++ templates, sections of their own; only a blank form the author
    // copies (记录模板) is structural.
    assert_cards(
        "rules/heading-template-kinds-not-a-form.md",
        &[
            (
                "C++",
                "模板（template）",
                "heading",
                3,
                "泛型编程的基础，容器和算法都用到了模板。",
            ),
            (
                "模板",
                "函数模板",
                "heading",
                7,
                "调用时编译器用函数实参推断模板实参。",
            ),
            (
                "模板",
                "类模板",
                "heading",
                11,
                "编译器不能推断类模板的参数类型，要在尖括号里给出。",
            ),
        ],
    );
}

#[test]
fn term_em_dash_typed_close() {
    // One em dash typed close after a name with a space after it (栈区（stack）— 由编译器…) parts the term
    // from its explanation.
    assert_cards(
        "rules/term-em-dash-typed-close.md",
        &[
            (
                "内存管理",
                "栈区（stack）",
                "term",
                7,
                "由编译器自动分配释放，存放函数的参数值和局部变量",
            ),
            (
                "内存管理",
                "堆区（heap）",
                "term",
                8,
                "由程序员分配和释放，可能产生内存碎片",
            ),
            (
                "内存管理",
                "全局区（static）",
                "term",
                9,
                "存放全局变量和静态变量",
            ),
        ],
    );
}

#[test]
fn heading_lead_into_code_names_nothing() {
    // A lead into what follows (先看 String 类中的源码：) names nothing: it is no label, and the heading
    // stays the card with the code and the points in its answer.
    assert_cards(
        "rules/heading-lead-into-code-names-nothing.md",
        &[
            (
                "Java",
                "String 的不可变性",
                "heading",
                3,
                "先看 String 类中的源码：\n```\npublic final class String {\n    private…",
            ),
            (
                "Java",
                "StringBuilder 和 StringBuffer",
                "heading",
                18,
                "StringBuffer 的方法加了 synchronized，线程安全；StringBuilder 没有，更快。",
            ),
        ],
    );
}

#[test]
fn clean_entries_parted_by_long_rules() {
    // In a Markdown note with no headings, a line right after a rule (a long run of dashes typed
    // across the page, which underlines nothing), three times or more over text, opens an entry:
    // it is read as a heading over the text down to the next rule.
    assert_cards(
        "rules/clean-entries-parted-by-long-rules.md",
        &[
            (
                "clean-entries-parted-by-long-rules",
                "What is the JVM",
                "paragraph-question",
                1,
                "* it runs bytecode\n* it manages memory and collects garbage",
            ),
            (
                "clean-entries-parted-by-long-rules",
                "why is Java platform independent",
                "paragraph-question",
                5,
                "* the JVM runs the same bytecode on every OS",
            ),
            (
                "clean-entries-parted-by-long-rules",
                "What is a class",
                "heading",
                9,
                "A class is a blueprint of objects and takes no memory itself…",
            ),
            (
                "clean-entries-parted-by-long-rules",
                "what is an object",
                "heading",
                13,
                "An object is an instance of a class and takes memory at run…",
            ),
            (
                "clean-entries-parted-by-long-rules",
                "why is OOP used",
                "heading",
                18,
                "-reusable code\n-easy to maintain\n-manage large programs\n\nOOP…",
            ),
        ],
    );
}

#[test]
fn sub_question_marked_q_in_an_answer() {
    // Two or more Q: lines at the margin inside a heading's answer, each over its own answer, are
    // cards of their own; the heading's answer ends before the first. Once two ask, a Q: line
    // that asks nothing by its words (`Q: Rules of good encapsulation`) is one too.
    assert_cards(
        "rules/sub-question-marked-q-in-an-answer.md",
        &[
            (
                "sub-question-marked-q-in-an-answer",
                "What is Encapsulation?",
                "heading",
                1,
                "Wrapping data and the methods that use it in one class, and…",
            ),
            (
                "sub-question-marked-q-in-an-answer",
                "Why are fields declared private?",
                "sub-question",
                5,
                "To stop code outside the class from setting them directly; s…",
            ),
            (
                "sub-question-marked-q-in-an-answer",
                "Is encapsulation the same as data hiding?",
                "sub-question",
                9,
                "No: data hiding is one part of encapsulation.",
            ),
            (
                "sub-question-marked-q-in-an-answer",
                "Rules of good encapsulation",
                "sub-question",
                13,
                "Keep fields private; expose behaviour, not state.",
            ),
            (
                "sub-question-marked-q-in-an-answer",
                "What is Inheritance?",
                "heading",
                17,
                "A class takes the fields and methods of another.",
            ),
        ],
    );
}

#[test]
fn heading_comparison_under_a_heading_is_its_own() {
    // A sub-heading that draws a comparison of its own (X 中 A 与 B 区别) is a question, never a part
    // of the answer of a heading whose names it shares; the other sub-heading stays a part.
    assert_cards(
        "rules/heading-comparison-under-a-heading-is-its-own.md",
        &[
            ("Rust 笔记", "Rust 和 Go 区别", "heading", 3, "- Rust 没有垃圾回收，Go 有\n- Go 的并发靠 goroutine\n\n### Go 的接口\n\n- 隐式实现，不…"),
            ("Rust 笔记", "Rust 中 Box 与 Rc 区别", "heading", 8, "- Box 只有一个所有者，Rc 可以共享\n- Rc 不能跨线程"),
            ("Rust 笔记", "所有权", "heading", 17, "每个值只有一个所有者。"),
        ],
    );
}

#[test]
fn qa_pair_number_typed_again_marks_the_answer() {
    // A question's number typed again (Q2: over Q2:) on the line right after it that does not ask
    // is a slip for A2: it marks that question's answer, not another question.
    assert_cards(
        "rules/qa-pair-number-typed-again-marks-the-answer.md",
        &[
            (
                "Rust Questions",
                "What is ownership?",
                "qa-pair",
                2,
                "Every value has one owner; the value is dropped when the own…",
            ),
            (
                "Rust Questions",
                "What is borrowing?",
                "qa-pair",
                5,
                "Taking a reference to a value without taking ownership of it…",
            ),
            (
                "Rust Questions",
                "Why does Rust have lifetimes?",
                "qa-pair",
                9,
                "So the compiler can prove references never outlive their val…",
            ),
        ],
    );
}

#[test]
fn section_line_subject_inside_a_numbered_run() {
    // In a Markdown note with no headings, a short name set apart by a comment mark or a closing
    // colon (React:, // css) between two numbers of one running count names the questions after
    // it: their topic, no part of the answer above.
    assert_cards(
        "rules/section-line-subject-inside-a-numbered-run.md",
        &[
            (
                "section-line-subject-inside-a-numbered-run",
                "what is a closure",
                "label",
                1,
                "a function that keeps the scope it was made in",
            ),
            (
                "section-line-subject-inside-a-numbered-run",
                "what is hoisting",
                "label",
                5,
                "declarations are moved to the top of their scope",
            ),
            (
                "React",
                "what is jsx",
                "label",
                11,
                "syntax that compiles to createElement calls",
            ),
            (
                "React",
                "what is state",
                "label",
                15,
                "data a component owns and changes",
            ),
            (
                "css",
                "what is specificity",
                "label",
                21,
                "which of two matching rules wins",
            ),
            (
                "css",
                "how to hide an element",
                "label",
                25,
                "display: none, or visibility: hidden",
            ),
        ],
    );
}

#[test]
fn heading_steps_of_a_derivation_no_labels() {
    // Lines of a derivation are no labels: one that goes on from the text above (则…, 因此…, so…,
    // but…) or whose name ends in its verb before the colon (利用率为：…, …就是：…) leads into a value;
    // the heading's text stays one answer.
    assert_cards(
        "rules/heading-steps-of-a-derivation-no-labels.md",
        &[
            ("heading-steps-of-a-derivation-no-labels", "Queueing Models", "heading", 1, "由于顾客到达服从泊松分布，则在任一单位时间内，到达 $k$ 人的概率为：\n$$\nP(k)=\\frac{\\lambda^k…"),
        ],
    );
}

#[test]
fn heading_lemma_and_definition_labels_are_parts() {
    // A bold name closed by its period that only says what kind of statement follows (**Lemma
    // 1.**, **Definition.**, **Example**) is a part of the heading's answer, no term; Fermat's
    // little theorem, a named one, stays a card.
    assert_cards(
        "rules/heading-lemma-and-definition-labels-are-parts.md",
        &[
            (
                "Number theory",
                "Lecture 6",
                "heading",
                3,
                "Modular arithmetic works with remainders.",
            ),
            (
                "Lecture 6",
                "Inverses",
                "heading",
                7,
                "An inverse of $a$ modulo $n$ is a number $b$ with $ab \\equiv…",
            ),
            (
                "Lecture 6",
                "Fermat's little theorem",
                "heading",
                17,
                "For a prime $p$, $a^{p-1} \\equiv 1$ modulo $p$.",
            ),
        ],
    );
}

#[test]
fn clean_underlined_label_inside_an_answer() {
    // In a note whose headings are written with # marks, a label or a sentence underlined inside
    // an answer (ViewModel: over dashes, Solution for the big values. over equals signs) is a line
    // of that answer, no heading over the questions after it.
    assert_cards(
        "rules/clean-underlined-label-inside-an-answer.md",
        &[
            (
                "Basics",
                "How is state kept across rotation?",
                "heading",
                5,
                "Two places can keep it.\n\nViewModel:\n\nSurvives a configuratio…",
            ),
            (
                "Basics",
                "What is a data class?",
                "heading",
                21,
                "A class that only holds data; equals and copy come for free.",
            ),
        ],
    );
}

#[test]
fn heading_definition_named_holds_its_points() {
    // A heading that names a definition (栈结构的定义) holds it: bold lines under it (**性质** : …,
    // **后入先出** **LIFO**) are its points, no labels of their own.
    assert_cards(
        "rules/heading-definition-named-holds-its-points.md",
        &[
            ("栈", "栈结构的定义", "heading", 3, "**性质** : 后进先出\n**只在栈顶进出**\n**后入先出** **LIFO**\n\n占用一段连续的空间\n```\nsi…"),
            ("栈结构的操作", "出栈", "heading", 16, "* 出栈 --> 栈顶指针减一"),
            ("栈结构的操作", "入栈", "heading", 19, "* 入栈 --> 栈顶指针加一"),
        ],
    );
}

#[test]
fn details_under_empty_headings_take_the_file_name() {
    // Empty headings (###, ####) typed over the note name nothing: the cards under them take the
    // note's name as their topic, never an empty one.
    assert_cards(
        "rules/details-under-empty-headings-take-the-file-name.md",
        &[
            (
                "details-under-empty-headings-take-the-file-name",
                "how to pin a dependency version",
                "details",
                4,
                "Write the exact version in the lock file and commit it.",
            ),
            (
                "details-under-empty-headings-take-the-file-name",
                "how to roll back a release",
                "details",
                11,
                "Redeploy the previous tag.",
            ),
        ],
    );
}

#[test]
fn bullet_question_interview_questions_answered_after_a_colon() {
    // Bullets that each ask in English and carry their answer after a colon (What is the job of
    // the page cache…: keeps…) ask as surely as bullets that end in a question mark: under subject
    // headings, each is a card, however long the question. A question still unsplit at a colon
    // (How does a B-tree index work: …) is left as it was.
    assert_cards(
        "rules/bullet-question-interview-questions-answered-after-a-colon.md",
        &[
            (
                "Linux",
                "What is the job of the page cache in a Linux system",
                "bullet-question",
                3,
                "keeps recently read file blocks in memory",
            ),
            (
                "Linux",
                "What happens when a process forks",
                "bullet-question",
                4,
                "the child gets a copy of the parent's address space",
            ),
            (
                "Linux",
                "strace",
                "bullet-question",
                5,
                "traces the system calls a process makes",
            ),
            (
                "Linux",
                "What does the sticky bit on a directory do",
                "bullet-question",
                6,
                "only a file's owner may delete it",
            ),
            ("Linux", "Crontab", "bullet-question", 7, ""),
            (
                "Git",
                "How do you undo a pushed commit",
                "bullet-question",
                11,
                "git revert makes a new commit that reverses it",
            ),
            (
                "Git",
                "What is a detached HEAD",
                "bullet-question",
                12,
                "HEAD points at a commit, not at a branch",
            ),
            (
                "Git",
                "Difference between fetch and pull",
                "bullet-question",
                13,
                "pull is fetch followed by a merge",
            ),
            (
                "Docker",
                "How do you shrink an image",
                "bullet-question",
                17,
                "use a multi-stage build and a slim base",
            ),
            (
                "Docker",
                "Can a container run another container?",
                "bullet-question",
                18,
                "Yes, with the socket mounted",
            ),
            (
                "Databases",
                "How to shard a table without downtime",
                "bullet-question",
                22,
                "",
            ),
            ("Databases", "SQL vs NoSQL ?", "bullet-question", 23, ""),
            (
                "Databases",
                "How does a B-tree index work",
                "bullet-question",
                24,
                "it keeps keys sorted in pages",
            ),
        ],
    );
}

#[test]
fn explained_bullets_answered_at_the_margin() {
    // Among bullets two or more of which ask, a bullet whose answer is typed right under it at the
    // margin, no blank line between (a fence, or a line of text), is explained by it: a card, not
    // text left outside any question.
    assert_cards(
        "rules/explained-bullets-answered-at-the-margin.md",
        &[
            (
                "explained-bullets-answered-at-the-margin",
                "迭代器有多少种",
                "explained",
                1,
                "可迭代对象和迭代器两种",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "实现一个生成器",
                "explained",
                3,
                "```\ndef count(n):\n    for i in range(n):\n        yield i\n```",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "浅拷贝和深拷贝",
                "explained",
                9,
                "浅拷贝只复制外层对象, 深拷贝递归复制所有层",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "字典的底层结构",
                "explained",
                11,
                "哈希表, 查找平均 O(1)",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "垃圾回收",
                "explained",
                13,
                "引用计数为主, 分代回收处理循环引用  \n循环引用交给分代回收",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "实现上下文管理器",
                "explained",
                16,
                "with 调用 __enter__ 初始化, __exit__ 里善后",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "文件不关闭会怎么样",
                "explained",
                18,
                "进程结束时资源会被释放",
            ),
            (
                "explained-bullets-answered-at-the-margin",
                "GIL",
                "explained",
                20,
                "全局解释器锁, 同一时刻只有一个线程执行字节码",
            ),
        ],
    );
}

#[test]
fn heading_without_space_is_a_name_only_when_capitalised() {
    // A `#todo` typed before a line of text is an Obsidian tag, not a heading missing its space: a
    // name typed close to its `#` opens with a capital (blind68 study-en).
    assert_cards(
        "rules/clean-heading-without-space-tag-before-a-line.md",
        &[
            (
                "Waves",
                "Wavelength",
                "heading",
                3,
                "The distance between two crests that follow each other.\n\n#to…",
            ),
            (
                "Waves",
                "Frequency",
                "heading",
                9,
                "How many crests pass one point each second.\n\n#todo check the…",
            ),
        ],
    );
}

#[test]
fn label_bold_names_opening_a_section_over_paragraphs() {
    // Bold names on lines of their own, each over the paragraphs (a table) that explain it,
    // opening a concept's section, are its sub-sections: a card each, the heading their topic.
    // After text of the section's own (Vacuum), bold names are more of that text (blind69 Chinese
    // interview).
    assert_cards(
        "rules/label-bold-names-opening-a-section-over-paragraphs.md",
        &[
            (
                "Backups",
                "Logical dumps",
                "label",
                5,
                "pg_dump writes the schema and rows out as SQL, one database…",
            ),
            (
                "Backups",
                "Physical copies",
                "label",
                11,
                "pg_basebackup copies the data directory byte for byte, with…",
            ),
            (
                "Backups",
                "Comparing the two",
                "label",
                15,
                "| | dump | copy |\n|--|--|--|\n| size | small | large |",
            ),
            (
                "Postgres",
                "Vacuum",
                "heading",
                21,
                "**Dead rows**: an update leaves the old version of the row b…",
            ),
            (
                "Postgres",
                "Indexes",
                "heading",
                33,
                "**Kinds**: B-tree, hash, GIN, GiST.\n\nB-tree serves most look…",
            ),
        ],
    );
}

#[test]
fn paragraph_question_quiz_statements_answered_by_quotes() {
    // Where two or more paragraphs that ask are each answered by a quote right under them, a
    // statement answered the same way (a true-or-false item over `> True`) is a question too
    // (blind69 study-en).
    assert_cards(
        "rules/paragraph-question-quiz-statements-answered-by-quotes.md",
        &[
            (
                "Week 6",
                "Which keyword stops a subclass from overriding a method?",
                "paragraph-question",
                4,
                "> B. final",
            ),
            (
                "Week 6",
                "What does the garbage collector reclaim?",
                "paragraph-question",
                7,
                "Objects no live reference can reach",
            ),
            (
                "Week 6",
                "An interface may hold static methods.",
                "paragraph-question",
                10,
                "> True",
            ),
            (
                "Week 6",
                "Every checked exception must be caught where it is thrown.",
                "paragraph-question",
                13,
                "> False\n\nRemember to bring the lab sheet on Friday.",
            ),
        ],
    );
}

#[test]
fn inline_answer_doubt_in_brackets() {
    // A question mark inside brackets that close later is the author's doubt: a term's definition
    // holding one still defines it, and a question asking before the brackets ends after them
    // (blind69 study-en, blind64 Chinese interview).
    assert_cards(
        "rules/inline-answer-doubt-in-brackets.md",
        &[
            (
                "Properties of a good sort",
                "Stability",
                "term",
                4,
                "equal keys keep their order (does heap sort keep it?)",
            ),
            (
                "Properties of a good sort",
                "In place",
                "term",
                5,
                "needs only a constant amount of extra memory",
            ),
            (
                "Properties of a good sort",
                "Adaptive",
                "term",
                6,
                "runs faster on input that is nearly sorted (always?)\n\n- inse…",
            ),
            (
                "Sorting",
                "Why is quicksort fast in practice (cache behaviour?)",
                "bullet-question",
                10,
                "Its inner loop scans memory in order.",
            ),
            (
                "Sorting",
                "Which sort does Python use?",
                "bullet-question",
                11,
                "Timsort, a merge and insertion hybrid.",
            ),
        ],
    );
}

#[test]
fn inline_answer_bold_question_closing_on_a_full_stop() {
    // A bold question that asks outright may close on a full stop (`**Explain the view controller
    // lifecycle. **`): what follows the bold is its answer (blind69 English interview).
    assert_cards(
        "rules/inline-answer-bold-question-closing-on-a-full-stop.md",
        &[
            (
                "Core iOS",
                "Explain the view controller lifecycle.",
                "bullet-question",
                3,
                "`loadView` -> `viewDidLoad` -> `viewWillAppear` -> `viewDidA…",
            ),
            (
                "Core iOS",
                "Frame vs bounds.",
                "bullet-question",
                4,
                "The frame is in the superview's coordinates, the bounds in t…",
            ),
            (
                "Core iOS",
                "What is ARC?",
                "bullet-question",
                5,
                "Automatic reference counting, done by the compiler.",
            ),
            (
                "Core iOS",
                "What is a delegate?",
                "bullet-question",
                6,
                "An object that another object hands some of its work to.",
            ),
            (
                "Core iOS",
                "Why use GCD?",
                "bullet-question",
                7,
                "It runs blocks of work on queues without managing threads.",
            ),
        ],
    );
}

#[test]
fn clean_shallow_sub_bullets() {
    // A bullet of another kind typed one column in under a bullet (` - ` under `* `) is its child,
    // as the author meant, though Markdown would start a list beside it; a fence among its lines
    // moves with it (blind70 English interview).
    assert_cards(
        "rules/clean-shallow-sub-bullets.md",
        &[
            (
                "CSS Questions",
                "Explain the box model",
                "bullet-question",
                3,
                "- Every element is a box of content, padding, border and mar…",
            ),
            (
                "CSS Questions",
                "What is specificity?",
                "bullet-question",
                7,
                "- How the browser picks between rules that match the same el…",
            ),
            (
                "CSS Questions",
                "What does z-index need to work?",
                "bullet-question",
                15,
                "",
            ),
        ],
    );
}

#[test]
fn heading_chinese_names_glossed_in_english() {
    // A Chinese heading glossed in English in brackets, `数据库设计实践（Database Design Practice）`, lists
    // nothing and names no parts: sub-headings sharing a word of the gloss (`逻辑设计（Logical
    // Design）`) are sections of their own, not parts of its answer (blind70 Chinese study).
    assert_cards(
        "rules/heading-chinese-names-glossed-in-english.md",
        &[
            ("Databases", "数据库设计实践（Database Design Practice）", "heading", 3, "定义：设计人员建模、评审和改进数据库结构时使用的方法的集合。"),
            ("数据库设计实践", "需求分析（Requirements Analysis）", "heading", 6, "定义：弄清用户要存什么数据、怎样使用这些数据。\n\n### 需求分析的步骤\n- 调查（Survey）\n- 整理（Organ…"),
            ("需求模型", "数据流图（Data Flow Diagram）", "heading", 15, "![数据流图](./db/dfd.png)"),
            ("需求模型", "数据字典（Data Dictionary）", "heading", 17, "![数据字典](./db/dict.png)"),
            ("数据库设计实践", "逻辑设计（Logical Design）", "heading", 20, "定义：把概念模型转换为某个数据库系统支持的关系模式。\n![逻辑设计](./db/logical.png)"),
            ("转换规则", "实体（Entity）", "term", 25, "转换为一个关系模式"),
            ("转换规则", "联系（Relationship）", "term", 26, "按联系的种类转换"),
        ],
    );
}

#[test]
fn callout_untitled_definitions_named_by_their_terms() {
    // Under `## Definitions`, untitled `>[!definition]` callouts, two or more, are its entries,
    // not the list of examples between them; each is named by the term it sets in bold, or else by
    // what its first sentence says is a thing (blind67 English study).
    assert_cards(
        "rules/callout-untitled-definitions-named-by-their-terms.md",
        &[
            (
                "Definitions",
                "group",
                "callout",
                3,
                ">A **group** is a set with an associative operation, an iden…",
            ),
            (
                "Definitions",
                "subgroup",
                "callout",
                10,
                ">A **subgroup** of a group G is a subset of G that is a grou…",
            ),
            (
                "Definitions",
                "trivial group",
                "callout",
                13,
                ">The trivial group is the group with one element.\n>$$\\{e\\}$$",
            ),
            (
                "callout-untitled-definitions-named-by-their-terms",
                "Cosets",
                "heading",
                16,
                "Text about cosets.",
            ),
        ],
    );
}

#[test]
fn bullet_question_short_answer_after_a_spaced_colon() {
    // Among bullet questions, a colon with a space on each side parts a question from its answer
    // however short (`Command to use to lower the priority of a process : renice`), and such a
    // bullet is a question however long its words run (blind68 English interview).
    assert_cards(
        "rules/bullet-question-short-answer-after-a-spaced-colon.md",
        &[
            (
                "Linux",
                "What is the function of a swap partition",
                "bullet-question",
                3,
                "extra memory on disk used when RAM is full",
            ),
            (
                "Linux",
                "What happens at boot",
                "bullet-question",
                4,
                "the kernel starts and launches the init process",
            ),
            (
                "Linux",
                "Command to use to lower the priority of a process",
                "bullet-question",
                5,
                "renice",
            ),
            (
                "Linux",
                "Command to show open ports",
                "bullet-question",
                6,
                "ss -tulpn",
            ),
            (
                "Linux",
                "what is /etc/fstab",
                "bullet-question",
                7,
                "the table of file systems mounted at boot",
            ),
            ("Linux", "Crontab", "bullet-question", 8, ""),
        ],
    );
}

#[test]
fn bullet_question_answered_after_a_colon_in_subject_logs() {
    // Bullets that ask by their name before a colon (`How do you reload…:run nginx -s reload`,
    // `Can you run Lua scripts atomically: Yes…`) ask, their answer after the colon; among such
    // logs, `Vacuum vs vacuum full : …` with its spaced colon is one more question (blind68
    // English interview).
    assert_cards(
        "rules/bullet-question-answered-after-a-colon-in-subject-logs.md",
        &[
            (
                "Nginx",
                "How do you reload the config without downtime",
                "bullet-question",
                3,
                "run nginx -s reload, the old workers finish their requests f…",
            ),
            (
                "Nginx",
                "What if an upstream is down ? How does nginx notice",
                "bullet-question",
                4,
                "It marks the server failed after max_fails errors within fai…",
            ),
            (
                "Redis",
                "How do you find big keys",
                "bullet-question",
                8,
                "redis-cli --bigkeys scans the keyspace",
            ),
            (
                "Redis",
                "Can you run Lua scripts atomically",
                "bullet-question",
                9,
                "Yes, EVAL runs the whole script without interleaving other c…",
            ),
            (
                "Postgres",
                "Vacuum vs vacuum full",
                "bullet-question",
                13,
                "Vacuum marks dead rows reusable; vacuum full rewrites the ta…",
            ),
            (
                "Postgres",
                "Replication slots",
                "bullet-question",
                14,
                "They keep WAL until every replica has read it.",
            ),
            (
                "Postgres",
                "How would you find slow queries?",
                "bullet-question",
                15,
                "",
            ),
        ],
    );
}

#[test]
fn bullet_question_interview_log_by_company() {
    // In a note named for interviews, a heading that asks nothing over bullets a third of which
    // ask (`ConcurrentHashMap的原理`, `mysql和es的区别` among `双亲委派`, `volatile`) logs what was asked:
    // every bullet is a question. The same note named otherwise keeps the heading as the card
    // (blind70 Chinese interview).
    assert_cards(
        "rules/bullet-question-interview-log-by-company.md",
        &[
            (
                "星河科技",
                "ConcurrentHashMap的原理",
                "bullet-question",
                2,
                "",
            ),
            (
                "星河科技",
                "双亲委派",
                "bullet-question",
                3,
                "- 类加载器先请父加载器加载，父加载器加载不了才自己加载",
            ),
            ("星河科技", "分布式锁", "bullet-question", 5, ""),
            ("星河科技", "volatile", "bullet-question", 6, ""),
            ("星河科技", "mysql和es的区别", "bullet-question", 7, ""),
            ("星河科技", "线程池", "bullet-question", 8, ""),
            (
                "bullet-question-interview-log-by-company",
                "北辰网络",
                "heading",
                10,
                "- 讲一下项目\n- 单例模式",
            ),
        ],
    );
}

#[test]
fn numbered_glossary_bullets_between_its_runs() {
    // A numbered glossary goes on in bullets between its runs (`* 带权周转时间：…` after a remark): two
    // or more bullets that each define a term are entries too, where most numbered entries are
    // terms. A definition closed by its full stop (`吞吐率：每秒完成多少个作业。…`) still defines its term: `多少`
    // names a quantity there (blind71 Chinese study).
    assert_cards(
        "rules/numbered-glossary-bullets-between-its-runs.md",
        &[
            (
                "调度指标",
                "周转时间",
                "numbered",
                4,
                "作业从提交到完成所用的时间。",
            ),
            (
                "调度指标",
                "等待时间",
                "numbered",
                5,
                "进程在就绪队列中等待的时间总和。",
            ),
            (
                "调度指标",
                "吞吐率",
                "numbered",
                6,
                "每秒完成多少个作业。单位是个每秒。",
            ),
            (
                "调度指标",
                "平均周转时间 = 各作业周转时间之和 / 作业数",
                "numbered",
                7,
                ">下面几个量常在题目里出现。",
            ),
            (
                "调度指标",
                "带权周转时间",
                "numbered",
                11,
                "周转时间与实际运行时间之比。",
            ),
            (
                "调度指标",
                "响应比",
                "numbered",
                12,
                "（等待时间+要求服务时间）/ 要求服务时间。\n\n>响应比越高越先调度。",
            ),
            (
                "调度指标",
                "时间片",
                "numbered",
                16,
                "分给一个进程连续运行的一段时间。",
            ),
            (
                "调度指标",
                "上下文切换",
                "numbered",
                17,
                "保存旧进程的现场并恢复新进程的现场。",
            ),
        ],
    );
}

#[test]
fn section_line_date_heading_in_markup() {
    // A date heading wrapped in markup (`# <p style=…>8/1/20 </p>`) is a date all the same: the
    // topic of what follows, never a question (blind71 English study).
    assert_cards(
        "rules/section-line-date-heading-in-markup.md",
        &[
            (
                "6/1/20",
                "Vectors",
                "heading",
                2,
                "A vector in R^n is an ordered list of n real numbers.",
            ),
            (
                "6/1/20",
                "Span",
                "heading",
                5,
                "The span of a set of vectors is the set of all their linear…",
            ),
        ],
    );
}

#[test]
fn callout_quotes_opening_with_a_bold_label() {
    // A plain quote opening with a statement's label in bold (`> **Definition - Basis:**`,
    // `>**Theorem - (p. 23, subspace test)**`) is a stated callout named so, and never split; one
    // labelled by its kind alone is named by the term it sets in bold, on its first line too (`>
    // **Definition:** a **subspace** of…`). Beside them, a term in bold at the head of its
    // paragraph (`**Dimension:** …`) is stated as well, a remark (`**Note:**`) not (blind71
    // English study).
    assert_cards(
        "rules/callout-quotes-opening-with-a-bold-label.md",
        &[
            (
                "Vector spaces",
                "subspace",
                "callout",
                8,
                "a **subspace** of R^n is a subset that contains zero and is…",
            ),
            (
                "Vector spaces",
                "Definition - Basis",
                "callout",
                11,
                "> A basis of a subspace is a linearly independent set that s…",
            ),
            (
                "Vector spaces",
                "Theorem - (p. 23, subspace test)",
                "callout",
                14,
                ">A nonempty subset closed under both operations is a subspac…",
            ),
            (
                "Vector spaces",
                "Dimension",
                "callout",
                17,
                "the number of vectors in any basis of the subspace.\n\n**Note:…",
            ),
        ],
    );
}

#[test]
fn clean_question_styled_html_lines() {
    // A line holding one element styled as a question (`<div class="question">What is a message
    // queue</div>`) is a heading one level under its section, the lines after it its answer; an
    // empty one is markup (blind72 English interview).
    assert_cards(
        "rules/clean-question-styled-html-lines.md",
        &[
            (
                "Backend Questions",
                "What is a message queue",
                "heading",
                9,
                "A buffer that lets producers and consumers work at their own…",
            ),
            (
                "Backend Questions",
                "Explain idempotent endpoints",
                "empty-heading",
                13,
                "",
            ),
            (
                "Backend Questions",
                "REST vs gRPC",
                "heading",
                15,
                "REST sends text over HTTP/1.1 by habit; gRPC sends protobuf…",
            ),
        ],
    );
}

#[test]
fn term_linked_names() {
    // A name linked to where it is explained, then its definition after a dash or a colon
    // (`[apraxia](…) -- trouble planning…`), defines a term like any other (blind72 English
    // study).
    assert_cards(
        "rules/term-linked-names.md",
        &[
            (
                "Brain",
                "Lobes",
                "heading",
                3,
                "Each half of the cortex has four lobes.",
            ),
            (
                "Disorders",
                "apraxia",
                "term",
                9,
                "trouble planning movements, with strength intact",
            ),
            (
                "Disorders",
                "agnosia",
                "term",
                10,
                "senses work, but objects go unrecognised",
            ),
            (
                "Disorders",
                "aphasia",
                "term",
                11,
                "language is lost, in speech or in understanding",
            ),
        ],
    );
}

#[test]
fn numbered_outline_points_that_ask_then_go_on() {
    // A review outline's numbered points, each with its own explanation: two ask outright and go
    // on with the task (`…有哪些？结合…说明…。`), some state a fact and set a task. Asking points count
    // towards the run, so every point is a question under the colon heading, and its siblings stay
    // cards.
    assert_cards(
        "rules/numbered-outline-points-that-ask-then-go-on.md",
        &[
            ("要点", "进程由哪几部分组成？", "numbered", 5, "理解每个部分在运行时分别存放什么内容。\n\n- 程序段\n\n  进程要执行的代码。\n\n- 数据段\n\n  程序运行时使用的数据…"),
            ("要点", "进程的三种基本状态，各状态的转换。", "numbered", 15, "- 就绪：已获得除处理机外的全部资源\n- 运行：正在处理机上执行\n- 阻塞：等待某事件而暂停"),
            ("要点", "进程间通信可以分为共享存储、消息传递、管道通信。管道是半双工的。", "numbered", 21, "- 共享存储：通过共享空间交换数据\n- 消息传递：以格式化的消息为单位"),
            ("要点", "死锁产生的必要条件有哪些？", "numbered", 26, "结合银行家算法说明如何避免死锁。\n\n互斥、请求和保持、不剥夺、循环等待。"),
            ("要点", "虚拟内存的作用。", "numbered", 30, "让程序使用比物理内存更大的地址空间。"),
            ("要点", "文件的物理结构有连续、链接、索引三种。画图并说明。", "numbered", 34, "![索引分配](index.png)"),
            ("操作系统期末复习", "名词解释", "heading", 38, "| 名词 | 含义 |\n| ---- | ---- |\n| PCB | 进程控制块 |"),
            ("操作系统期末复习", "银行家算法（计算）", "heading", 44, "银行家算法在分配资源前先试探分配，再检查系统是否处于安全状态。"),
        ],
    );
}

#[test]
fn rule_explained_answer_code_holds_no_terms() {
    // Terms found inside an answer are never lines of code: `- 重试次数：…` in a comment inside a fence
    // after the explained bullets is the code's, not a card.
    assert_cards(
        "rules/explained-answer-code-holds-no-terms.md",
        &[
            ("装饰器", "带参数的装饰器", "heading", 5, "**外面再包一层函数，接收装饰器自己的参数。**\n\n和普通装饰器相比\n\n- 可以配置行为\n  同一个装饰器按参数做不同的…"),
            ("带参数的装饰器", "可以配置行为", "explained", 11, "同一个装饰器按参数做不同的事\n比如重试次数由调用方决定"),
            ("带参数的装饰器", "复用更方便", "explained", 14, "  一份代码适配多种场景\n\n```js\nfunction retry(times) {\n  /*\n   参数说明:…"),
            ("前端笔记", "生成器", "heading", 28, "生成器用 `yield` 逐个产出值，按需计算，节省内存。"),
        ],
    );
}

#[test]
fn rule_paragraph_question_review_prose_with_or_and_lead_ins() {
    // A review sheet's prose that asks and answers: `OR` alone between two statements joins them,
    // and `The two forms of the rule are:` leads into its list; neither is a question. A formula
    // on its own line (`$$…$$`) is no label either, so a unit of prose and formulas is one card.
    assert_cards(
        "rules/paragraph-question-review-prose-with-or-and-lead-ins.md",
        &[
            (
                "Unit 2 - Conditional Probability",
                "How do we tell whether two events are independent?",
                "paragraph-question",
                5,
                "Check that the probability of both equals the product of the…",
            ),
            (
                "Unit 2 - Conditional Probability",
                "What about events that are not independent?",
                "paragraph-question",
                13,
                "We use the multiplication rule with a conditional probabilit…",
            ),
            (
                "Probability review",
                "Unit 3 - Bayes",
                "heading",
                24,
                "Bayes' rule turns a conditional probability around.\n\nGiven t…",
            ),
            (
                "Probability review",
                "Unit 4 - Random Variables",
                "heading",
                38,
                "A random variable assigns a number to every outcome of an ex…",
            ),
            (
                "Probability review",
                "Unit 5 - Expectation",
                "heading",
                42,
                "The expectation is the probability-weighted average of the v…",
            ),
        ],
    );
}

#[test]
fn rule_grouping_line_about_the_questions() {
    // A subject heading whose only text says what the questions under it are about (`- Questions
    // about the Kotlin language itself.`) groups them: the line introduces, it answers nothing,
    // whether most sub-headings ask or not.
    assert_cards(
        "rules/grouping-line-about-the-questions.md",
        &[
            (
                "Kotlin",
                "What is a data class?",
                "heading",
                6,
                "- A class whose main job is to hold data; equals, hashCode a…",
            ),
            (
                "Kotlin",
                "What does lateinit do?",
                "heading",
                9,
                "- It lets a non-null property be set after construction.",
            ),
            (
                "Kotlin",
                "Sealed classes",
                "heading",
                12,
                "- A closed set of subclasses the compiler knows about, so `w…",
            ),
            (
                "Jetpack",
                "How does Room differ from raw SQLite?",
                "heading",
                18,
                "- Room checks queries at compile time and maps rows to objec…",
            ),
            (
                "Jetpack",
                "WorkManager",
                "heading",
                21,
                "- Runs deferrable background work that must survive a restar…",
            ),
            (
                "Jetpack",
                "Paging",
                "heading",
                24,
                "- Loads large data sets page by page.",
            ),
        ],
    );
}

#[test]
fn rule_heading_question_mark_inside_a_compared_name() {
    // `try? vs try!`: a question mark that the comparison goes on after belongs to a name; the
    // heading is one question, not `try?` answered by the rest.
    assert_cards(
        "rules/heading-question-mark-inside-a-compared-name.md",
        &[
            (
                "Swift notes",
                "try? vs try! (calling throwing functions)",
                "heading",
                3,
                "- `try?` turns an error into nil; `try!` crashes when an err…",
            ),
            (
                "Swift notes",
                "Is a struct copied on assignment? Always?",
                "heading",
                6,
                "- Yes, though copy-on-write delays the copy for arrays and s…",
            ),
            (
                "Swift notes",
                "What is an optional?",
                "heading",
                9,
                "- A type that holds either a value or nil.",
            ),
        ],
    );
}

#[test]
fn rule_heading_items_glossed_in_another_language() {
    // An item whose one line under it is its name in the other language (`- Cluster sampling` over
    // `整群抽样`) is glossed, not explained: such items are part of the heading's answer, not cards.
    assert_cards(
        "rules/heading-items-glossed-in-another-language.md",
        &[
            ("统计学笔记", "抽样", "heading", 3, "- 简单随机抽样让每个个体被抽中的概率相同。\n- 分层抽样先分层，再在每层内随机抽样。\n\n- Systematic sa…"),
            ("统计学笔记", "样本量", "heading", 15, "样本量越大，估计的标准误越小。"),
        ],
    );
}

#[test]
fn rule_heading_example_numbered_among_its_siblings() {
    // `### 03 Example calculating a posterior` numbered in its siblings' count (`### 02
    // Independence`, `### 04 Bayes' rule`) is a section like them, not a part that makes the unit
    // heading a card.
    assert_cards(
        "rules/heading-example-numbered-among-its-siblings.md",
        &[
            (
                "Unit 3 Probability",
                "Conditional probability",
                "heading",
                5,
                "The probability of an event given that another has happened.",
            ),
            (
                "Unit 3 Probability",
                "Independence",
                "heading",
                9,
                "Two events are independent when one tells nothing about the…",
            ),
            (
                "Unit 3 Probability",
                "Example calculating a posterior",
                "heading",
                13,
                "A test is 99% accurate and 1% of people are ill: a positive…",
            ),
            (
                "Unit 3 Probability",
                "Bayes' rule",
                "heading",
                17,
                "It turns P(B | A) into P(A | B) using the prior.",
            ),
            (
                "Unit 4 Random variables",
                "Expectation",
                "heading",
                23,
                "The probability-weighted average of the values.",
            ),
        ],
    );
}

#[test]
fn rule_heading_points_that_order_or_state() {
    // Bullets with points under them that give an order (`Provide loop-free paths`, `Determine the
    // next hop…`) or state (`Congestion control determines…`, a bare subject and its verb) are the
    // points of the heading's answer, not concepts: the heading is the card; named items (`Sliding
    // window`) stay cards.
    assert_cards(
        "rules/heading-points-that-order-or-state.md",
        &[
            (
                "Lecture 03: Networks",
                "Routing",
                "heading",
                3,
                "* Determine the next hop for every packet given:\n\t- the dest…",
            ),
            (
                "Lecture 03: Networks",
                "Congestion Control",
                "heading",
                12,
                "* Congestion control determines what rate each sender may us…",
            ),
            (
                "Lecture 03: Networks",
                "Flow Control",
                "heading",
                18,
                "* Sliding window\n\t- The receiver advertises how much it can…",
            ),
            (
                "Flow Control",
                "Sliding window",
                "explained",
                19,
                "- The receiver advertises how much it can buffer",
            ),
            (
                "Flow Control",
                "Stop-and-wait",
                "explained",
                21,
                "- One frame in flight at a time",
            ),
        ],
    );
}

#[test]
fn rule_clean_html_picture_line_over_a_list() {
    // An `<img …>` line right over a list: CommonMark would read the list as raw HTML up to the
    // next blank line; written as the picture it is, the list stays a list and its explained items
    // are cards.
    assert_cards(
        "rules/clean-html-picture-line-over-a-list.md",
        &[
            (
                "Scheduling - 2 Kinds",
                "Preemptive",
                "explained",
                5,
                "- The OS may take the CPU away from a running process\n- Need…",
            ),
            (
                "Scheduling - 2 Kinds",
                "Non-preemptive",
                "explained",
                8,
                "- A process keeps the CPU until it blocks or exits\n- Simpler…",
            ),
            (
                "Operating systems lecture 2",
                "Context Switch",
                "heading",
                12,
                "Saving the state of one process and loading the state of the…",
            ),
        ],
    );
}

#[test]
fn rule_numbered_constants_explained_after_a_space() {
    // A constant's name (capitals joined by `_`), a space (or `，`), then a Chinese sentence
    // explaining it (`O_RDONLY 以只读方式打开文件，…`, `1） SEEK_SET ，从文件开头…`) is a term and its definition:
    // each item is a card named by the constant.
    assert_cards(
        "rules/numbered-constants-explained-after-a-space.md",
        &[
            (
                "Linux 文件 IO",
                "O_RDONLY",
                "term",
                5,
                "以只读方式打开文件，写入会返回错误。",
            ),
            (
                "Linux 文件 IO",
                "O_WRONLY",
                "term",
                7,
                "以只写方式打开文件，读取会返回错误。",
            ),
            (
                "Linux 文件 IO",
                "O_RDWR",
                "term",
                9,
                "以读写方式打开文件，读写都可以。",
            ),
            (
                "Linux 文件 IO",
                "O_APPEND",
                "term",
                11,
                "每次写入前先把偏移量移到文件末尾，多个进程追加时不会互相覆盖。",
            ),
            (
                "lseek 的起点",
                "SEEK_SET",
                "numbered",
                15,
                "从文件开头计算偏移量，偏移量不能为负。",
            ),
            (
                "lseek 的起点",
                "SEEK_CUR",
                "numbered",
                17,
                "从当前位置计算偏移量，可以为负。",
            ),
            (
                "lseek 的起点",
                "SEEK_END",
                "numbered",
                19,
                "从文件末尾计算偏移量，常用来求文件大小。",
            ),
            (
                "lseek 的起点",
                "SEEK_DATA",
                "numbered",
                21,
                "移到下一个含有数据的位置，用于稀疏文件。",
            ),
            (
                "lseek 的起点",
                "SEEK_HOLE",
                "numbered",
                23,
                "移到下一个空洞的开头，同样用于稀疏文件。",
            ),
        ],
    );
}

#[test]
fn rule_heading_aspects_of_a_comparison_above() {
    // Under a section comparing two sides (`进程和线程的比较`), an aspect's heading whose text names both
    // sides (`进程：…` `线程：…`) is one card: the sides are parts of its answer, not terms.
    assert_cards(
        "rules/heading-aspects-of-a-comparison-above.md",
        &[
            ("进程和线程的比较", "资源", "heading", 5, "进程：拥有独立的地址空间和系统资源\n\n线程：共享所属进程的地址空间，只拥有少量私有资源"),
            ("进程和线程的比较", "切换开销", "heading", 11, "进程：切换要换页表、刷新 TLB，开销大\n\n线程：只需保存寄存器和栈，开销小"),
            ("进程和线程的比较", "通信", "heading", 17, "进程：需要管道、消息队列等 IPC 机制\n\n线程：直接读写共享变量，但要同步"),
            ("Operating Systems", "死锁", "heading", 23, "死锁是多个进程互相等待对方持有的资源而都无法推进。"),
        ],
    );
}

#[test]
fn rule_numbered_section_number_before_a_colon() {
    // `2.1：锁`: a section's number before a colon names nothing; the lines are points of the item
    // above, not terms called `2.1`.
    assert_cards(
        "rules/numbered-section-number-before-a-colon.md",
        &[
            (
                "事务的特性",
                "原子性",
                "numbered",
                5,
                "要么全部完成，要么全部不做",
            ),
            (
                "事务的特性",
                "隔离性的实现",
                "numbered",
                6,
                "2.1：锁\n2.2：多版本并发控制",
            ),
            ("事务的特性", "持久性", "numbered", 9, "提交后修改永久保存"),
        ],
    );
}

#[test]
fn rule_heading_parts_facts_and_method() {
    // `### Facts` and `### Steps/Method` (parts joined by a slash) under a concept heading are
    // parts of its answer: the concept is the card.
    assert_cards(
        "rules/heading-parts-facts-and-method.md",
        &[
            (
                "Calculus cheat sheet",
                "Chain Rule",
                "heading-parts",
                3,
                "### Facts\n- The derivative of f(g(x)) is f'(g(x)) g'(x)\n- Wo…",
            ),
            (
                "Calculus cheat sheet",
                "Product Rule",
                "heading-parts",
                14,
                "### Facts\n- (fg)' = f'g + fg'",
            ),
        ],
    );
}

#[test]
fn rule_clean_breadcrumb_trail_over_the_title() {
    // A site's breadcrumb trail (`[Home](…) > [Chemistry](…) > Acids > Notes`) above the title is
    // navigation: the `#` heading after it is the note's title, its byline no answer, and its
    // sections the cards.
    assert_cards(
        "rules/clean-breadcrumb-trail-over-the-title.md",
        &[
            (
                "Acids and Bases Notes",
                "Brønsted–Lowry acids",
                "heading",
                8,
                "An acid donates a proton; a base accepts one.",
            ),
            (
                "Acids and Bases Notes",
                "pH",
                "heading",
                12,
                "The negative base-10 logarithm of the hydrogen ion concentra…",
            ),
        ],
    );
}

#[test]
fn explained_names_broken_over_their_pictures() {
    // An item broken with a written <br> goes on at the margin: its picture or its lazy line is
    // its explanation, and a short name over only a picture is a card. A step a picture
    // illustrates stays the heading's answer.
    assert_cards(
        "rules/explained-names-broken-over-their-pictures.md",
        &[
            ("进程管理", "进程控制块", "explained", 4, "![pcb](./img/pcb.png)"),
            ("进程状态", "就绪", "term", 8, "等待分配处理机"),
            ("进程状态", "运行", "term", 9, "占有处理机"),
            ("进程状态", "阻塞", "term", 10, "等待某个事件"),
            ("进程管理", "调度队列", "explained", 11, "![queues](./img/queues.png)\n  * 就绪队列按优先级排列"),
            ("Operating Systems", "内存", "heading", 15, "- 把页框的一半换出，再把新页读进来\n  ![swap](./img/swap.png)\n- 修改页表，让对应表项指向新…"),
        ],
    );
}

#[test]
fn heading_stamped_with_the_lecture_date() {
    // A heading stamped after a dash with the day of the lecture (-- January 14, 2025, --Jan21) is
    // read without the stamp: no inline answer, and the sections under it stay sections. A heading
    // that is a range of dates keeps them.
    assert_cards(
        "rules/heading-stamped-with-the-lecture-date.md",
        &[
            (
                "Microeconomics",
                "Supply and Demand",
                "heading",
                3,
                "A *market* is where buyers and sellers meet to trade a good.",
            ),
            (
                "Supply and Demand",
                "Demand",
                "heading",
                7,
                "Demand is how much buyers want at each price.",
            ),
            (
                "Supply and Demand",
                "Supply",
                "heading",
                10,
                "Supply is how much sellers offer at each price.",
            ),
            (
                "Elasticity",
                "Price elasticity",
                "heading",
                15,
                "How much the quantity demanded moves when the price moves.",
            ),
            (
                "Elasticity",
                "Income elasticity",
                "heading",
                18,
                "How much the quantity demanded moves when income moves.",
            ),
            ("Microeconomics", "Weeks 3 - 4", "empty-heading", 21, ""),
            (
                "Microeconomics",
                "1/28 - 2/04",
                "heading",
                23,
                "Review of the first four weeks.",
            ),
        ],
    );
}

#[test]
fn heading_kinds_of_things_over_the_kinds() {
    // A heading naming kinds (Different Kinds of Samples and Errors) does not enumerate parts of
    // its answer: its sub-headings named by its words are the kinds, sections of their own.
    assert_cards(
        "rules/heading-kinds-of-things-over-the-kinds.md",
        &[
            (
                "Statistics",
                "Different Kinds of Samples and Errors",
                "heading",
                3,
                "A *population* is every unit we could study; a sample is the…",
            ),
            (
                "Kinds of Samples",
                "Simple random",
                "heading",
                8,
                "Every unit has the same chance of being picked.",
            ),
            (
                "Kinds of Samples",
                "Stratified",
                "heading",
                10,
                "The population is split into groups and each group is sample…",
            ),
            (
                "Different Kinds of Samples and Errors",
                "Cluster samples",
                "heading",
                13,
                "Whole groups are picked at random and every unit in them is…",
            ),
            (
                "Different Kinds of Samples and Errors",
                "Measurement errors",
                "heading",
                16,
                "The gap between what was recorded and what is true.",
            ),
            (
                "Probability",
                "Independence",
                "heading",
                21,
                "Two events are independent when one tells nothing about the…",
            ),
            (
                "Probability",
                "Conditional probability",
                "heading",
                24,
                "The chance of one event once another is known to have happen…",
            ),
            (
                "Probability",
                "Bayes rule",
                "heading",
                27,
                "Turns the chance of the evidence given a cause into the chan…",
            ),
        ],
    );
}

#[test]
fn heading_for_example_lines_are_no_terms() {
    // For example: / For instance: open an example, an answer part; they define no term, so the
    // heading's text stays its answer.
    assert_cards(
        "rules/heading-for-example-lines-are-no-terms.md",
        &[
            (
                "Kinds of data",
                "Panel data",
                "heading",
                5,
                "*Panel data*: the same units measured again at every point i…",
            ),
            (
                "Kinds of data",
                "Time series",
                "heading",
                10,
                "A single unit followed through time.\n- For example: one city…",
            ),
        ],
    );
}

#[test]
fn grouping_labels_a_level_too_deep_over_numbered_questions() {
    // Empty headings a level deeper than the numbered questions right after them (#### **Browser**
    // over ### 1. …), two or more, label the questions up to the next label: they group them.
    assert_cards(
        "rules/grouping-labels-a-level-too-deep-over-numbered-questions.md",
        &[
            (
                "Browser",
                "What happens when you type a URL?",
                "heading",
                5,
                "DNS lookup, TCP and TLS handshakes, the request, then parsin…",
            ),
            (
                "Browser",
                "What is the event loop?",
                "heading",
                9,
                "It runs tasks from the queue whenever the call stack is empt…",
            ),
            (
                "CSS",
                "What is the box model?",
                "heading",
                15,
                "Content, padding, border and margin around every element.",
            ),
            (
                "CSS",
                "Flexbox vs Grid",
                "heading",
                19,
                "Flexbox lays out one dimension, Grid two.",
            ),
        ],
    );
}

#[test]
fn heading_text_listing_more_names_than_its_sections() {
    // A brief text listing as many names as there are sub-headings or more (five names over four
    // sections) summarises them: each sub-heading is a concept of its own, not a part of the
    // text's answer.
    assert_cards(
        "rules/heading-text-listing-more-names-than-its-sections.md",
        &[
            (
                "复变函数",
                "常用的初等函数",
                "heading",
                3,
                "所有初等函数（多项式、指数函数、三角函数、对数函数、幂函数……）在定义域内都解析",
            ),
            (
                "常用的初等函数",
                "指数函数",
                "heading",
                7,
                "$w = e^z$，在整个复平面上解析，周期为 $2\\pi i$。",
            ),
            (
                "常用的初等函数",
                "对数函数",
                "heading",
                10,
                "$Ln z$ 是多值函数，$k=0$ 的分支叫主支。",
            ),
            (
                "常用的初等函数",
                "幂函数",
                "heading",
                13,
                "$w = z^a$，由对数函数定义，一般也是多值的。",
            ),
            (
                "常用的初等函数",
                "三角与双曲函数",
                "heading",
                16,
                "由指数函数定义，在复平面上无界。",
            ),
        ],
    );
}

#[test]
fn heading_pair_of_terms_among_asking_headings() {
    // Among headings that ask, a heading naming two terms joined by 与/和 over exactly those two
    // terms asks about the pair: one card. Three or more names listed stay a topic over their
    // terms.
    assert_cards(
        "rules/heading-pair-of-terms-among-asking-headings.md",
        &[
            ("前端基础题", "什么是闭包？", "heading", 3, "能读取其他函数内部变量的函数。"),
            ("前端基础题", "防抖与节流", "heading", 6, "防抖：事件停止触发一段时间后才执行一次。\n节流：一段时间内只执行一次，不管触发多少次。"),
            ("cookie、sessionStorage 和 localStorage", "cookie", "term", 11, "随请求发给服务器，大小约 4KB。"),
            ("cookie、sessionStorage 和 localStorage", "sessionStorage", "term", 12, "只在当前会话有效。"),
            ("cookie、sessionStorage 和 localStorage", "localStorage", "term", 13, "一直保存，除非手动清除。"),
            ("前端基础题", "为什么要用 CDN？", "heading", 15, "把资源放到离用户近的节点，加快加载。"),
        ],
    );
}

#[test]
fn bullet_question_interview_rounds_ask_in_every_bullet() {
    // In an interview note whose sections are lists of what was asked, a section's bullets are all
    // questions once one asks, however they are worded (GIT VS SVN: …, Cherry-pick: …).
    assert_cards(
        "rules/bullet-question-interview-rounds-ask-in-every-bullet.md",
        &[
            (
                "Docker",
                "What is a container image?",
                "bullet-question",
                5,
                "A read-only template the container starts from.",
            ),
            (
                "Docker",
                "How do you shrink an image?",
                "bullet-question",
                6,
                "Multi-stage builds and a slim base.",
            ),
            (
                "Kubernetes",
                "What does a Deployment manage?",
                "bullet-question",
                10,
                "ReplicaSets and rolling updates.",
            ),
            (
                "Kubernetes",
                "Why use a readiness probe?",
                "bullet-question",
                11,
                "So traffic only reaches pods that are ready.",
            ),
            (
                "Git",
                "GIT VS SVN",
                "bullet-question",
                15,
                "Git is distributed, SVN keeps one central server.",
            ),
            (
                "Git",
                "what are git hooks",
                "bullet-question",
                16,
                "scripts Git runs before or after commit, push and receive.",
            ),
            (
                "Git",
                "Diff merge and rebase",
                "bullet-question",
                17,
                "merge keeps both histories, rebase replays commits on top.",
            ),
            (
                "Git",
                "Cherry-pick",
                "bullet-question",
                18,
                "applies one chosen commit onto the current branch.",
            ),
        ],
    );
}

#[test]
fn numbered_names_over_their_formula_properties() {
    // A numbered name over lines at the margin that each give one of its properties with a formula
    // (形式：$y=kx+b$) owns them: the names are the cards, the properties their answers, not terms.
    assert_cards(
        "rules/numbered-names-over-their-formula-properties.md",
        &[
            (
                "常见函数",
                "一次函数",
                "numbered",
                6,
                "形式：$y=kx+b$\n定义域：$(-\\infty,+\\infty)$",
            ),
            (
                "常见函数",
                "二次函数",
                "numbered",
                10,
                "形式：$y=ax^2+bx+c(a\\ne0)$\n对称轴：$x=-\\frac{b}{2a}$\n开口：$a>0$ 向上，$a…",
            ),
            (
                "常见函数",
                "反比例函数",
                "numbered",
                15,
                "形式：$y=\\frac{k}{x}(k\\ne0)$\n定义域：$x\\ne0$",
            ),
        ],
    );
}

#[test]
fn explained_questions_over_indented_answers_in_one_paragraph() {
    // Questions at the margin each over answer lines indented under them, with no blank line
    // anywhere, are one Markdown paragraph: read as the plain-text outline the author wrote.
    assert_cards(
        "rules/explained-questions-over-indented-answers-in-one-paragraph.md",
        &[
            (
                "explained-questions-over-indented-answers-in-one-paragraph",
                "what is a variable?",
                "explained",
                1,
                "a name that points at a value",
            ),
            (
                "explained-questions-over-indented-answers-in-one-paragraph",
                "what is a list?",
                "explained",
                3,
                "an ordered collection you can change  \nwritten with square b…",
            ),
            (
                "explained-questions-over-indented-answers-in-one-paragraph",
                "what does len() return?",
                "explained",
                6,
                "the number of items  \nlen(\"abc\") is 3",
            ),
        ],
    );
}

#[test]
fn topic_of_a_file_named_for_its_role() {
    // `answer.md` (beside a `readme.md` of the questions) says what the file is, not what it
    // is about: with no title, its folder names the topic.
    assert_cards(
        "topics/frontend-interview/answer.md",
        &[
            (
                "frontend-interview",
                "解释事件循环",
                "heading",
                1,
                "同步任务在主线程执行，异步任务的结果进任务队列，主线程空了再依次取出执行。",
            ),
            (
                "frontend-interview",
                "防抖和节流有什么区别？",
                "heading",
                5,
                "防抖在停止触发后才执行一次，节流在一段时间内只执行一次。",
            ),
        ],
    );
}

#[test]
fn clean_spaceless_heading_over_tab_indented_questions() {
    // A heading typed without its space (###线程池) over a body indented by a tab is a heading over
    // text, as one with the space is: the indented questions are read, not kept as code.
    assert_cards(
        "rules/clean-spaceless-heading-over-tab-indented-questions.md",
        &[
            (
                "线程池",
                "线程池有哪些参数？",
                "bullet-question",
                2,
                "核心线程数、最大线程数、存活时间、队列和拒绝策略。",
            ),
            (
                "线程池",
                "任务提交流程",
                "bullet-question",
                5,
                "先用核心线程，满了进队列，队列满了再开新线程，都满了就拒绝。",
            ),
            (
                "线程池",
                "为什么不建议用 Executors 创建？",
                "bullet-question",
                8,
                "无界队列可能堆积任务导致内存溢出。",
            ),
        ],
    );
}

#[test]
fn heading_number_over_its_question_lines() {
    // A heading that holds only its number (### Q2.) takes its question from the lines under it:
    // up to the line that closes on a question mark, or, when the first asks by its first word, up
    // to the answer's list. Statements under a bare number stay its answer.
    assert_cards(
        "rules/heading-number-over-its-question-lines.md",
        &[
            (
                "Kubernetes",
                "What is a Pod?",
                "heading",
                3,
                "* The smallest deployable unit: one or more containers shari…",
            ),
            (
                "Kubernetes",
                "How would you expose a Deployment to traffic from outside the cluster?",
                "heading",
                6,
                "* A Service of type LoadBalancer or NodePort, or an Ingress…",
            ),
            (
                "Kubernetes",
                "How does Kubernetes use probes Explain with an example.",
                "heading",
                13,
                "* The kubelet runs liveness probes to restart stuck containe…",
            ),
            (
                "Kubernetes",
                "Q4.",
                "heading",
                19,
                "Deployments roll out new ReplicaSets.\n\nThe old ones are scal…",
            ),
        ],
    );
}

#[test]
fn rule_sub_question_numbered_in_a_pair_and_true_or_false() {
    // A Q: pair's answer holding numbered questions, each over its own indented answer, has sub-
    // questions; so do lettered statements each answered True or False under a true-or-false
    // question.
    assert_cards(
        "rules/sub-question-numbered-in-a-pair-and-true-or-false.md",
        &[
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "Tell apart a page fault and a segmentation fault.",
                "qa-pair",
                1,
                "**A page fault brings a missing page in; a segmentation faul…",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "Three jobs arrive as in the table. Work out the figures below.",
                "qa-pair",
                5,
                "| Job | Arrives | Runs |\n| --- | ------- | ---- |\n| J1  | 0…",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "What is the average waiting time under round robin with a quantum of 2?",
                "sub-question",
                12,
                "J1 waits 4, J2 waits 4, J3 waits 2\nAverage = 10 / 3 = **3.33…",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "What is the average waiting time under shortest job first?",
                "sub-question",
                15,
                "J1 waits 0, J3 waits 4, J2 waits 7\nAverage = 11 / 3 = **3.67…",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "True or false",
                "qa-pair",
                19,
                "(a) A thread shares its process's heap with the other thread…",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "A thread shares its process's heap with the other threads",
                "sub-question",
                20,
                "**True**",
            ),
            (
                "sub-question-numbered-in-a-pair-and-true-or-false",
                "Every thread of a process has its own page table",
                "sub-question",
                23,
                "**False**\n\n*Read chapter 5 again*",
            ),
        ],
    );
}

#[test]
fn rule_term_names_set_as_code_among_asking_headings() {
    // Under a heading that does not ask, among headings that do, bullets whose capitalised names
    // are set as code, then a colon or a dash, are terms; a signature or an option in lower case
    // documents an interface and stays the heading's answer.
    assert_cards(
        "rules/term-names-set-as-code-among-asking-headings.md",
        &[
            (
                "Java",
                "What does the JVM do?",
                "heading",
                3,
                "It loads class files, verifies them and runs their bytecode.",
            ),
            (
                "Java",
                "What is the difference between == and equals()?",
                "heading",
                6,
                "`==` compares references; `equals()` compares what the objec…",
            ),
            (
                "Java",
                "Core ideas of the language",
                "heading",
                9,
                "* `Class`: The template an object is made from, with its fie…",
            ),
            (
                "Core ideas of the language",
                "Class",
                "term",
                10,
                "The template an object is made from, with its fields and its…",
            ),
            (
                "Core ideas of the language",
                "Interface and Abstract class",
                "term",
                11,
                "Two ways to declare behaviour that a subclass must supply.",
            ),
            (
                "Core ideas of the language",
                "Garbage Collection",
                "term",
                12,
                "the runtime frees objects that nothing refers to any more.",
            ),
            (
                "Core ideas of the language",
                "Checked Exception",
                "term",
                13,
                "An exception the compiler makes the caller catch or declare.",
            ),
            (
                "Java",
                "Options you pass to the launcher",
                "heading",
                15,
                "* `classpath`: where the launcher looks for classes and jars…",
            ),
        ],
    );
}

#[test]
fn rule_term_bold_names_glossed_in_brackets_inside_an_answer() {
    // A bold name with its other name in brackets before the colon (**内模式**[物理模式]: …) defines a
    // term: the question is the name, not the whole line; inside an answer, such an item is a term
    // card by its form alone; a symbol in brackets ($PT$) is notation and makes no term inside an
    // answer.
    assert_cards(
        "rules/term-bold-names-glossed-in-brackets-inside-an-answer.md",
        &[
            ("存储器层次", "三级存储", "heading", 3, "计算机的存储分成三个层次，速度越快的容量越小。\n\n1. **高速缓存**[Cache]: 位于 CPU 和主存之间，保存…"),
            ("三级存储", "高速缓存[Cache]", "numbered", 6, "位于 CPU 和主存之间，保存最近用过的数据，命中时不必访问主存。"),
            ("三级存储", "主存 [内存]", "numbered", 7, "存放正在运行的程序和数据，断电后内容丢失。"),
            ("三级存储", "辅存（外存）", "numbered", 8, "容量大、价格低，保存长期数据，需要先调入主存才能使用。\n\n其中主存是核心，程序只能直接访问主存。"),
            ("存储器层次", "地址映射", "heading", 12, "- **页表** ($PT$)：记录虚页到实页的对应关系。\n- **快表**：缓存最近用过的页表项。"),
            ("地址映射", "页表", "term", 13, "($PT$)：记录虚页到实页的对应关系。"),
            ("地址映射", "快表", "term", 14, "缓存最近用过的页表项。"),
            ("存储器层次", "虚拟内存", "heading", 16, "程序看到的是一个连续的大地址空间，实际只有一部分页在主存中，其余的在磁盘上，用到时再调入。\n\n- 页的大小通常是 4KB…"),
            ("虚拟内存", "缺页中断", "term", 20, "访问的页不在主存时产生的中断，由操作系统把页调入。"),
        ],
    );
}

#[test]
fn rule_explained_name_closing_an_answer_left_unwritten() {
    // A lone bold bullet naming something, closing a heading's answer after a blank line, is the
    // next thing to write up: a card not answered yet, about the heading. A point stated in bold
    // there stays the answer's.
    assert_cards(
        "rules/explained-name-closing-an-answer-left-unwritten.md",
        &[
            ("静电场", "电容器", "heading", 3, "两块彼此绝缘、靠得很近的导体构成电容器，电容定义为 $C = Q/U$。\n\n平行板电容器的电容与板的面积成正比，与板间距…"),
            ("电容器", "电容器的串联与并联", "explained", 9, ""),
            ("静电场", "静电屏蔽", "heading", 11, "空腔导体内部的电场不受外部电荷影响。\n\n- **接地的导体壳也能屏蔽内部电荷对外部的影响**"),
            ("静电场", "电介质", "heading", 17, "放在电场中的绝缘体会极化。"),
            ("电介质", "极化强度", "explained", 21, ""),
        ],
    );
}

#[test]
fn rule_bullet_question_chinese_statements_under_a_title_of_questions() {
    // Under a title of questions, bullets are questions however phrased, but a section whose
    // bullets are mostly statements (long Chinese lines with their verb, 可以/通常/需要) holds an
    // answer: the heading is the card.
    assert_cards(
        "rules/bullet-question-chinese-statements-under-a-title-of-questions.md",
        &[
            ("连接池", "为什么需要连接池", "bullet-question", 5, ""),
            ("连接池", "连接池的大小怎么定", "bullet-question", 6, ""),
            ("后端面试题", "数据库索引", "heading", 8, "> 参考了一篇博客\n\n-   聚簇索引\n\n叶子节点存放整行数据，一张表只能有一个。\n\n-   二级索引\n\n叶子节点存放主…"),
        ],
    );
}

#[test]
fn rule_heading_kinds_under_a_heading_with_an_emoji() {
    // Sub-headings naming kinds of what their heading names (Absolute addressing under Addressing)
    // are concepts of their own, not parts of its answer, when an emoji is glued before the
    // heading's word.
    assert_cards(
        "rules/heading-kinds-under-a-heading-with-an-emoji.md",
        &[
            (
                "Operating system terms",
                "Addressing",
                "heading",
                3,
                "Every byte of memory has an address of its own, as every hou…",
            ),
            (
                "Addressing",
                "Absolute addressing",
                "heading",
                5,
                "- Used by the hardware itself\n- Some regions are reserved\n\nA…",
            ),
            (
                "Addressing",
                "Relative addressing",
                "heading",
                11,
                "- Addresses are worked out at run time\n- A base address is a…",
            ),
            (
                "Operating system terms",
                "Threads",
                "heading",
                16,
                "A thread is one path of execution inside a process.",
            ),
            (
                "Operating system terms",
                "Paging",
                "heading",
                19,
                "Memory is split into pages of one size, mapped to frames by…",
            ),
            (
                "Operating system terms",
                "Segmentation",
                "heading",
                22,
                "Memory is split into segments of different sizes, one per pa…",
            ),
            (
                "Operating system terms",
                "Swapping",
                "heading",
                25,
                "A whole process is moved out to disk to make room and brough…",
            ),
            (
                "Operating system terms",
                "Deadlock",
                "heading",
                28,
                "Processes wait on each other for resources and none can go o…",
            ),
            (
                "Operating system terms",
                "Semaphores",
                "heading",
                31,
                "A counter with wait and signal operations that guards shared…",
            ),
            (
                "Operating system terms",
                "Interrupts",
                "heading",
                34,
                "A signal that makes the processor stop and run a handler.",
            ),
            (
                "Operating system terms",
                "Files",
                "heading",
                37,
                "A named sequence of bytes kept by the file system.",
            ),
            (
                "Operating system terms",
                "Scheduling",
                "heading",
                40,
                "Choosing which ready process runs next on the processor.",
            ),
        ],
    );
}

#[test]
fn rule_heading_over_a_formula_between_symbol_lines() {
    // A paragraph of symbols only (&& typed for $$ around a formula) names nothing: the heading
    // over it is the card and the formulas its answer, not a label left without one.
    assert_cards(
        "rules/heading-over-a-formula-between-symbol-lines.md",
        &[
            (
                "RC charging",
                "Voltage on the capacitor",
                "heading",
                5,
                "$$\nV(t) = V_0 (1 - e^{-t/RC})\n$$",
            ),
            (
                "RC charging",
                "Special case: a short charge",
                "heading",
                10,
                "&&\n\\begin{align}\n  \\Delta V := V(\\Delta t) - V_0 = \\frac{q}{…",
            ),
        ],
    );
}

#[test]
fn rule_bullet_question_interview_rounds_listing_what_was_asked() {
    // In a note named for interviews, a round written as a list of what was asked (five bullets or
    // more, mostly short names, no prose) is a log like the rounds whose bullets ask: every bullet
    // is a question, however few of them ask.
    assert_cards(
        "rules/bullet-question-interview-rounds-listing-what-was-asked.md",
        &[
            (
                "蓝鲸电商",
                "线程池的参数",
                "bullet-question",
                2,
                "- 核心线程数、最大线程数、队列、拒绝策略",
            ),
            ("蓝鲸电商", "限流", "bullet-question", 4, "- 令牌桶"),
            ("蓝鲸电商", "redis 持久化", "bullet-question", 6, ""),
            ("蓝鲸电商", "索引失效的情况", "bullet-question", 7, ""),
            ("蓝鲸电商", "分布式锁", "bullet-question", 8, ""),
            ("蓝鲸电商", "项目难点", "bullet-question", 9, ""),
            (
                "海港银行",
                "volatile 的作用：保证可见性，禁止指令重排",
                "bullet-question",
                11,
                "",
            ),
            ("海港银行", "方法重载", "bullet-question", 12, ""),
            (
                "海港银行",
                "接口不能用 private 修饰",
                "bullet-question",
                13,
                "",
            ),
            (
                "海港银行",
                "写一个单例",
                "bullet-question",
                14,
                "```java\npublic class One { private static final One I = new…",
            ),
            (
                "海港银行",
                "final 关键字",
                "bullet-question",
                18,
                "类不能继承，方法不能重写",
            ),
            ("海港银行", "快速排序", "bullet-question", 19, ""),
            ("青木科技", "为什么要用消息队列", "bullet-question", 21, ""),
            (
                "青木科技",
                "mysql 的隔离级别有哪些",
                "bullet-question",
                22,
                "",
            ),
            (
                "青木科技",
                "说一下 spring 的启动过程",
                "bullet-question",
                23,
                "",
            ),
            ("青木科技", "事务传播", "bullet-question", 24, ""),
            ("青木科技", "有没有用过 docker", "bullet-question", 25, ""),
            ("星火游戏", "你的优点是什么", "bullet-question", 27, ""),
            ("星火游戏", "TCP 和 UDP 的区别", "bullet-question", 28, ""),
            ("星火游戏", "设计一个排行榜", "bullet-question", 29, ""),
            ("星火游戏", "GC 算法有哪些", "bullet-question", 30, ""),
            ("星火游戏", "为什么离职", "bullet-question", 31, ""),
            (
                "白杨金融",
                "这家面试官没准备，问得很乱",
                "bullet-question",
                33,
                "",
            ),
            ("白杨金融", "hashmap 的原理", "bullet-question", 34, ""),
            ("白杨金融", "堆和栈", "bullet-question", 35, ""),
        ],
    );
}

#[test]
fn rule_heading_composition_over_its_components_is_no_part() {
    // A sub-heading naming a composition (组成, 构成, components) over sub-headings of its own, each
    // with text, groups those components as concepts: it is no part of the heading's answer, whose
    // other parts (工作原理) stay in it.
    assert_cards(
        "rules/heading-composition-over-its-components-is-no-part.md",
        &[
            ("操作系统概论", "操作系统的工作原理及层次分析", "heading", 3, "### 工作原理\n\n中断驱动：硬件或软件发出中断，操作系统才开始工作\n\n系统调用：应用程序通过系统调用请求操作系统的服务"),
            ("内核", "进程管理", "term", 15, "创建、调度和撤销进程"),
            ("内核", "内存管理", "term", 16, "分配和回收内存"),
            ("外壳", "命令行", "term", 20, "用户输入命令"),
            ("外壳", "图形界面", "term", 21, "窗口和鼠标"),
            ("操作系统概论", "层次", "heading", 23, "- 硬件、内核、系统调用接口、应用程序，自下而上"),
        ],
    );
}

#[test]
fn rule_heading_over_formula_environments_that_name_nothing() {
    // A LaTeX environment line (\begin{equation}, \end{cases}) is typeset formula, never a name
    // over an explanation: the heading over the formulas is the card.
    assert_cards(
        "rules/heading-over-formula-environments-that-name-nothing.md",
        &[
            (
                "Determinants",
                "Two by two",
                "heading",
                5,
                "\\begin{equation}\n  \\det A = ad - bc\n\\end{equation}",
            ),
            (
                "Determinants",
                "Three by three",
                "heading",
                10,
                "Expand along the first row.\n\n\\begin{equation}\n  \\det A = a_{…",
            ),
        ],
    );
}
