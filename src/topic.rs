//! Topics: the section a card sits in, cleaned and mapped through an alias table so that the
//! same subject written differently in different files lands in one deck and one PDF.

use crate::config::Config;
use crate::text::strip_numbering;
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

/// Built-in aliases (DESIGN.md); matched case-insensitively on the whole cleaned name.
const BUILTIN: &[(&str, &[&str])] = &[
    (
        "Go",
        &[
            "go",
            "golang",
            "golang language",
            "go语言",
            "go language",
            "golang语言",
        ],
    ),
    (
        "Kubernetes",
        &[
            "k8s",
            "kubernetes",
            "k8s&docker",
            "k8s & docker",
            "kubernetes&docker",
        ],
    ),
    ("Docker", &["docker", "容器", "docker容器"]),
    (
        "Networking",
        &[
            "网络",
            "计算机网络",
            "net",
            "network",
            "networking",
            "网络协议",
        ],
    ),
    ("Linux", &["linux"]),
    (
        "Operating Systems",
        &["操作系统", "os", "operating system", "operating systems"],
    ),
    (
        "Databases",
        &[
            "数据库",
            "数据库与存储",
            "database",
            "databases",
            "mysql",
            "db",
        ],
    ),
    (
        "Algorithms",
        &["数据结构与算法", "算法", "algorithms", "algorithm"],
    ),
    (
        "Data Structures",
        &["数据结构", "data structures", "data structure"],
    ),
    ("gRPC", &["grpc"]),
    ("Gin", &["gin"]),
    ("Prometheus", &["prometheus"]),
    ("Istio", &["istio"]),
    ("Redis", &["redis"]),
    ("JavaScript", &["javascript", "js"]),
    ("TypeScript", &["typescript", "ts"]),
    ("Java", &["java"]),
    ("Python", &["python"]),
    ("C++", &["c++", "cpp"]),
    ("React", &["react", "reactjs"]),
    ("Vue", &["vue", "vuejs", "vue.js"]),
];

/// Canonicalises topic names.
#[derive(Debug, Clone)]
pub struct Topics {
    map: HashMap<String, String>,
}

impl Topics {
    pub fn new(config: &Config) -> Topics {
        let mut map = HashMap::new();
        for (canon, aliases) in BUILTIN {
            map.insert(key(canon), canon.to_string());
            for a in *aliases {
                map.insert(key(a), canon.to_string());
            }
        }
        for (canon, aliases) in &config.aliases {
            map.insert(key(canon), canon.clone());
            for a in aliases {
                map.insert(key(a), canon.clone());
            }
        }
        Topics { map }
    }

    /// The canonical name for a heading or label, or its cleaned text when unknown.
    pub fn canonical(&self, raw: &str) -> String {
        let cleaned = clean_topic(raw);
        self.known(&cleaned)
            .or_else(|| self.known(strip_generic_suffix(&cleaned)))
            .or_else(|| self.known(strip_parenthetical(&cleaned)))
            .unwrap_or(cleaned)
    }

    /// The canonical name when `raw` (cleaned) is a known topic.
    pub fn known(&self, raw: &str) -> Option<String> {
        self.map.get(&key(&clean_topic(raw))).cloned()
    }
}

fn key(s: &str) -> String {
    s.split_whitespace().collect::<String>().to_lowercase()
}

/// "Go 面试题", "Docker 笔记", "Redis notes": a known topic followed by a word that only says
/// these are notes.
fn strip_generic_suffix(s: &str) -> &str {
    const GENERIC: &[&str] = &[
        "面试题",
        "面试",
        "复习",
        "笔记",
        "总结",
        "知识点",
        "相关",
        "题目",
        "问题",
        "基础",
        "学习",
        "八股文",
        "八股",
        "面经",
        "进阶",
        "核心概念",
        "核心",
        "入门",
        "高级",
        "常见问题",
        "汇总",
        "整理",
        "基础篇",
        "篇",
        "interview questions",
        "interview",
        "notes",
        "review",
        "questions",
        "cheatsheet",
        "cheat sheet",
        "basics",
    ];
    // Suffixes stack: `Go语言面试题整理` is `Go语言` + `面试题` + `整理`.
    let mut t = s.trim();
    'strip: loop {
        let lower = t.to_lowercase();
        for g in GENERIC {
            if lower.ends_with(g) && lower.len() > g.len() {
                let cut = t.len() - g.len();
                if t.is_char_boundary(cut) {
                    t = t[..cut].trim_end_matches([' ', '-', '_', '·']).trim();
                    continue 'strip;
                }
            }
        }
        return t;
    }
}

/// `操作系统 (OS)` → `操作系统`.
fn strip_parenthetical(s: &str) -> &str {
    let t = s.trim_end();
    if t.ends_with([')', '）']) {
        if let Some(i) = t.rfind(['(', '（']) {
            return t[..i].trim_end();
        }
    }
    t
}

/// Removes numbering, trailing `:`, and trailing notes such as `(每题3分，合计24分)`.
pub fn clean_topic(raw: &str) -> String {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    let note = NOTE.get_or_init(|| {
        // (Or the textbook page it is on, `软件的分类(P3)`, `(pp. 12-14)`.)
        Regex::new(
            r"\s*[（(](?:[^（()）]*(?:分|points?|marks?|题|minutes?|分钟)[^（()）]*[)）]?|\s*[Pp]{1,2}\.?\s*\d+(?:\s*[-–~]\s*\d+)?\s*[)）])\s*$",
        )
            .unwrap()
    });
    let s = crate::text::plain_inline(raw);
    // (A bullet's marker, left on a name read from an outline, is no part of it.)
    let s = match s.trim_start().strip_prefix(['-', '*', '+']) {
        Some(r) if r.starts_with([' ', '\t']) => r.trim_start().to_string(),
        _ => s,
    };
    // `Networking #flashcards`: tags after the name are tags.
    let s = crate::text::trailing_tags(&s).0.to_string();
    // `mysql 锁机制 https://…`: the page the author read, written after the name.
    let named: Vec<&str> = s
        .split_whitespace()
        .filter(|w| !(w.contains("://") || w.starts_with("www.")))
        .collect();
    let s = if named.is_empty() || named.len() == s.split_whitespace().count() {
        s
    } else {
        named.join(" ")
    };
    let s = strip_numbering(crate::text::trim_decoration(&s));
    let s = note.replace(&s, "");
    let s = s.trim().trim_end_matches([':', '：']).trim();
    // `== Memory ==`, `[Databases]`, `【网络】`: section markers around the name.
    let s = s.trim_matches(['=', ' ']).trim();
    // `Factors of demand ----- Example for cars`: a remark set off by a run of dashes.
    let s = match s.find(" ---") {
        Some(p) if p > 0 && crate::text::spaced_dashes_at(s, p + 1) => s[..p].trim(),
        _ => s,
    };
    // `13 - Sequential 1`: the dash that set the number off, left by the number.
    let s = match s.strip_prefix(['-', '–', '—']) {
        Some(r) if r.starts_with(' ') && numbered(raw) => r.trim_start(),
        _ => s,
    };
    let s = match (s.strip_prefix('['), s.strip_prefix('【')) {
        (Some(r), _) => r.strip_suffix(']').unwrap_or(s),
        (_, Some(r)) => r.strip_suffix('】').unwrap_or(s),
        _ => s,
    }
    .trim();
    // `树（重点，必考）`: a remark in full-width brackets after the name. (After a date,
    // `2021/8/21（深信服一面）`, what is in them is the name.)
    let s = match s.rfind('（') {
        Some(p) if p > 0 && s.ends_with('）') && !crate::outline::plain::is_date(s[..p].trim()) => {
            s[..p].trim()
        }
        _ => s,
    };
    // `第三章了`, `第四章真的难`: a chapter number written into the name, with nothing between
    // them, is part of it; keep it whole.
    static GLUED: OnceLock<Regex> = OnceLock::new();
    let glued = GLUED.get_or_init(|| {
        Regex::new(r"^\s*第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*[章节部分][^\s、.．:：]")
            .unwrap()
    });
    if s.is_empty() || glued.is_match(&crate::text::plain_inline(raw)) {
        let whole = crate::text::trim_decoration(&crate::text::plain_inline(raw)).to_string();
        whole
            .trim()
            .trim_end_matches([':', '：'])
            .trim()
            .to_string()
    } else {
        s.to_string()
    }
}

/// The raw name opens with a number (`13 - Sequential 1`).
fn numbered(raw: &str) -> bool {
    raw.trim_start()
        .trim_start_matches(['#', ' '])
        .starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_noise() {
        let t = Topics::new(&Config::default());
        assert_eq!(t.canonical("golang language"), "Go");
        assert_eq!(t.canonical("GoLang"), "Go");
        // Data structures are a subject of their own, not merged into algorithms.
        assert_eq!(t.canonical("数据结构"), "Data Structures");
        assert_eq!(t.canonical("数据结构与算法"), "Algorithms");
        assert_eq!(clean_topic("13 - Sequential 1"), "Sequential 1");
        // A textbook's page after the name; a remark after a run of dashes.
        assert_eq!(clean_topic("软件的分类(P3)"), "软件的分类");
        assert_eq!(clean_topic("Sorting (pp. 12-14)"), "Sorting");
        assert_eq!(
            clean_topic("Factors of demand ----- Example for cars"),
            "Factors of demand"
        );
        assert_eq!(clean_topic("Appendix (P)"), "Appendix (P)");
        assert_eq!(t.canonical("一、基础知识(每题3分，合计24分)"), "基础知识");
        assert_eq!(
            t.canonical("四、综合能力考察(每题6分，合计60分"),
            "综合能力考察"
        );
        assert_eq!(
            t.canonical("三、数据库与存储(每题4分，合计8分)"),
            "Databases"
        );
        assert_eq!(t.canonical("k8s&docker"), "Kubernetes");
        assert_eq!(t.canonical("网络:"), "Networking");
        assert_eq!(t.canonical("Kubemate"), "Kubemate");
        assert_eq!(clean_topic("第三章了"), "第三章了");
        assert_eq!(
            clean_topic("2021/8/21（深信服一面）"),
            "2021/8/21（深信服一面）"
        );
        assert_eq!(clean_topic("第四章真的难"), "第四章真的难");
        assert_eq!(clean_topic("第一章 整除与同余"), "整除与同余");
        assert_eq!(
            clean_topic("- 人民政协与《共同纲领》 #政协"),
            "人民政协与《共同纲领》"
        );
        assert_eq!(clean_topic("-1 的补码"), "-1 的补码");
        assert_eq!(clean_topic("一、进程"), "进程");
        assert_eq!(t.canonical("Go 面试题"), "Go");
        assert_eq!(t.canonical("Go语言面试题整理"), "Go");
        assert_eq!(t.canonical("Docker 笔记"), "Docker");
        assert_eq!(t.canonical("Redis notes"), "Redis");
        assert_eq!(t.canonical("基础知识"), "基础知识");
        assert_eq!(t.canonical("Golang 八股"), "Go");
        assert_eq!(t.canonical("操作系统 (OS)"), "Operating Systems");
        assert_eq!(t.canonical("🐹 Go"), "Go");
        assert_eq!(t.canonical("Networking #flashcards"), "Networking");
        assert_eq!(t.canonical("C#"), "C#");
    }

    #[test]
    fn config_extends_and_overrides() {
        let mut c = Config::default();
        c.aliases
            .insert("Golang".into(), vec!["go".into(), "高并发".into()]);
        let t = Topics::new(&c);
        assert_eq!(t.canonical("go"), "Golang");
        assert_eq!(t.canonical("高并发"), "Golang");
    }
}
