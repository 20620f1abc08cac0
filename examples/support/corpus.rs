//! A synthetic notes corpus for benchmarks: many files of mixed Chinese/English questions
//! whose answers carry paragraphs, nested lists, code blocks and tables — the shapes real
//! notes have. Deterministic (a fixed xorshift seed), so runs are comparable.

use std::fmt::Write;
use std::path::Path;

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[(self.next() % xs.len() as u64) as usize]
    }
}

const TOPICS: &[&str] = &[
    "golang",
    "k8s",
    "计算机网络",
    "数据库",
    "操作系统",
    "Docker",
    "Redis",
    "算法",
];
const SUBJECTS: &[&str] = &[
    "goroutine",
    "channel",
    "调度器",
    "内存分配",
    "垃圾回收",
    "TCP 拥塞控制",
    "三次握手",
    "B+ 树索引",
    "事务隔离",
    "虚拟内存",
    "页表",
    "cgroup",
    "namespace",
    "etcd",
    "raft",
    "service mesh",
    "epoll",
    "缓存雪崩",
    "一致性哈希",
    "HTTP/2",
    "TLS 握手",
    "零拷贝",
    "写屏障",
    "逃逸分析",
];
const ASKS: &[&str] = &[
    "是什么？",
    "的原理是什么？",
    "有哪些优缺点？",
    "如何排查问题？",
    "和线程有什么区别？",
];
const WORDS: &[&str] = &[
    "运行时",
    "内核",
    "用户态",
    "请求",
    "连接",
    "队列",
    "缓冲区",
    "锁",
    "节点",
    "副本",
    "日志",
    "快照",
    "latency",
    "throughput",
    "runtime.GOMAXPROCS(4)",
    "sync.Mutex",
    "context.WithTimeout",
    "O(log n)",
];

fn sentence(r: &mut Rng) -> String {
    let n = 8 + r.next() % 16;
    let mut s = String::new();
    for i in 0..n {
        s.push_str(r.pick(WORDS));
        s.push_str(if i % 5 == 4 { "，" } else { "" });
    }
    s.push('。');
    s
}

/// Writes `cards` questions spread over `files` files under `dir`; returns the bytes written.
pub fn write_corpus(dir: &Path, files: usize, cards: usize) -> std::io::Result<u64> {
    std::fs::create_dir_all(dir)?;
    let mut r = Rng::new(0x5eed);
    let mut total = 0u64;
    let per_file = cards.div_ceil(files.max(1));
    let mut made = 0;
    for f in 0..files {
        let mut s = String::new();
        let topic = TOPICS[f % TOPICS.len()];
        let _ = writeln!(
            s,
            "---\ntitle: 笔记 {f}\ntags: [bench]\n---\n\n## {topic}\n"
        );
        for q in 0..per_file {
            if made == cards {
                break;
            }
            made += 1;
            let _ = writeln!(
                s,
                "### {}、{}{} ({f}-{q})\n",
                q + 1,
                r.pick(SUBJECTS),
                r.pick(ASKS)
            );
            let _ = writeln!(s, "{}\n", sentence(&mut r));
            match r.next() % 4 {
                0 => {
                    let _ = writeln!(
                        s,
                        "- {}\n  - {}\n- {}\n",
                        sentence(&mut r),
                        sentence(&mut r),
                        sentence(&mut r)
                    );
                }
                1 => {
                    let _ = writeln!(
                        s,
                        "```go\nfunc worker(ch <-chan int) {{\n\tfor v := range ch {{\n\t\tfmt.Println(v) // 处理 {q}\n\t}}\n}}\n```\n"
                    );
                }
                2 => {
                    let _ = writeln!(
                        s,
                        "| 项目 | 说明 |\n| --- | --- |\n| {} | {} |\n| p99 | 12ms |\n",
                        r.pick(SUBJECTS),
                        sentence(&mut r)
                    );
                }
                _ => {
                    let _ = writeln!(s, "> {}\n", sentence(&mut r));
                }
            }
        }
        total += s.len() as u64;
        std::fs::write(dir.join(format!("note-{f:04}.md")), s)?;
    }
    Ok(total)
}
