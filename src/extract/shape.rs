//! How a head looks: the features the decisions read (numbering, question words, length,
//! bold, `term：definition`, answer-part words, remarks), computed once per node.
//!
//! Nothing here decides anything: [`super::decide`] compares these features across a group of
//! siblings. Keeping them in one place keeps the word lists in one place too.

use crate::outline::plain::{numbering, Num};
use crate::text::{chars, is_question_like, plain_inline, strip_numbering};

/// Features of one head (a heading, an item's first line, a paragraph's first line).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// Plain text: markup and numbering removed.
    pub text: String,
    pub num: Option<Num>,
    /// Reads like a question (a question mark or an asking word, `区别`, `原理` included).
    pub question: bool,
    /// A question mark or a word only questions use.
    pub explicit: bool,
    pub chars: usize,
    /// The whole head is bold (`**外部层**`, `**命令接口**：`).
    pub bold: bool,
    /// Ends with a colon: a label for what follows.
    pub label: bool,
    /// `term：definition`: the byte offset in the raw head where the definition starts.
    pub term: Option<usize>,
    /// An answer part rather than a question (`优点`, `Example`, `步骤`).
    pub part: bool,
    /// Organises the document rather than asks (`目录`, `参考资料`, `TODO`).
    pub structural: bool,
    /// A remark, not a title (`tips：…。`, a sentence).
    pub remark: bool,
    /// Holds a Markdown link.
    pub link: bool,
    /// Is nothing but links to anchors in the same file (`[GC](#gc)`): an index entry.
    pub anchor: bool,
    /// Looks like code (`ThreadPoolExecutor(int a,`).
    pub code: bool,
    /// Ends like a sentence (`。` `.` `；`), or holds more than one.
    pub sentence: bool,
    /// Names a list of questions (`Questions`, `面试题`, `常问问题`, `Review`): what is listed
    /// under it are questions, however they are phrased.
    pub question_list: bool,
    /// Opens with a connective (`所以…`, `结果为…`, `Therefore`): carries on the text above.
    pub continues: bool,
    /// An English clause, not a name (`Streams are FILE *`, `Use fprintf to write…`,
    /// `When input is redirected:`): a point made, never a concept to explain.
    pub clause: bool,
    /// The name of its `term：definition` is an answer-part word (`优点：快`, `**Lemma 1.** If…`,
    /// `**Example** A rigid body…`).
    pub part_name: bool,
    /// Names an interview round (`IEG一面：`, `Round 2`, `Interview 3 | 0911 | SD`): a
    /// question list that asks nothing itself, whatever marks it carries.
    pub round: bool,
}

impl Shape {
    pub fn of(raw: &str) -> Shape {
        let t = crate::text::trim_breaks(super::lines::trim(raw));
        let plain = plain_inline(t);
        let num = numbering(t).or_else(|| numbering(plain.trim()));
        let text = strip_numbering(&plain);
        let text = text.trim_start_matches(['?', '？', ' ']);
        // (Tags after the text, `第三条道路的幻灭 #简答题`, file it; they are none of it.)
        let text = crate::text::trailing_tags(text).0.to_string();
        let core = text.trim_end_matches([':', '：', ' ']);
        let chars_n = chars(&text);
        let bold = is_bold(t);
        // (A line that is one code span, `` `parameters: v,u,w` ``, is the author's aside
        // set as code: no label, no term.)
        let span = code_span_only(t);
        let label = text.ends_with([':', '：']) && chars_n <= 40 && !span;
        let round = is_round(core);
        let term = term_at(t, false).filter(|_| !span);
        Shape {
            question: !text.is_empty() && is_question_like(&text) && !round,
            explicit: (crate::text::is_explicit_question_plain(&text)
                || crate::text::question_marker(t) && !text.is_empty())
                && !round
                && !asks_in_remark_only(&text),
            chars: chars_n,
            bold,
            label,
            term,
            part: is_part(core),
            structural: is_structural(core),
            remark: is_remark(&text)
                && !is_question_like(&text)
                && !crate::text::is_explicit_question_plain(&text)
                && (term.is_none() || led_remark(&text))
                || log_detail(&text),
            link: t.contains("](") || t.contains("<http"),
            anchor: is_anchor_index(t),
            code: looks_like_code(t),
            sentence: ends_sentence(&text),
            question_list: round || is_question_list(core),
            round,
            continues: continues_above(&text),
            // (Of a `term: definition` head, only the term can be a clause.)
            // (A head that stops at a comma, `At high P and low Q,`, runs on into its lines:
            // never a name.)
            part_name: term.and_then(|at| t.get(..at)).is_some_and(|name| {
                is_part(plain_inline(name).trim_end_matches([':', '：', ' ', '-', '—', '.']))
            }),
            clause: match term.and_then(|at| t.get(..at)) {
                Some(name) => is_clause(&plain_inline(name)),
                None => is_clause(&text) || text.trim_end().ends_with([',', '，']),
            },
            num,
            text,
        }
    }

    /// The shape of a plain-text head, where `名称 解释` (one space) also defines a term.
    pub fn of_plain(raw: &str) -> Shape {
        let mut s = Shape::of(raw);
        if s.term.is_none() {
            let t = crate::text::trim_breaks(super::lines::trim(raw));
            if let Some(at) = spaced_term(t, true) {
                s.term = Some(at);
                s.remark = false;
            }
        }
        s
    }

    /// Short and title-like: could name a concept that its children explain.
    pub fn titled(&self) -> bool {
        // A sentence of clauses (`每一次的数据改变都是先写入日志，节点日志没有同步，则…`), not a
        // name; commas inside brackets or math do not count.
        let outside = strip_enclosed(&self.text);
        let clause = outside.matches(['，', ',']).count() >= 2 && !self.question && self.chars > 24;
        let long_sentence = self.sentence && self.chars > 24;
        // (What is in brackets only qualifies the name: `Theorem (Change of Variable for
        // Probability Density Functions)` is short.)
        let named = chars(&outside) <= 60 && self.chars <= 120;
        (1..=120).contains(&self.chars)
            && named
            && !(self.code || long_sentence || clause || crate::text::is_url_line(&self.text))
    }
}

/// `` `Linear -> activation -> softmax` ``: the whole head is one inline code span.
fn code_span_only(t: &str) -> bool {
    let t = t.trim();
    // (Chinese words in backticks, `` `【人际关系】方面：` ``, are highlighted, not code.)
    t.len() > 2
        && t.starts_with('`')
        && t.ends_with('`')
        && t.matches('`').count() == 2
        && !t.chars().any(crate::clean::is_cjk)
}

/// Two or more names, every one a symbol of one or two letters (`H`, `Cb`, `**S**`,
/// `C -`) and at least one a single letter: the legend of a formula or of a name's letters
/// (`HSV`, `CAP`, `STAR`), which explains what is above it, no glossary of its own.
pub fn is_legend(names: &[&str]) -> bool {
    let size = |name: &str| {
        let name = name.trim_matches(|c: char| !c.is_alphanumeric());
        if name.chars().all(|c| c.is_ascii_alphabetic()) {
            name.len()
        } else {
            usize::MAX
        }
    };
    names.len() >= 2
        && names.iter().all(|n| (1..=2).contains(&size(n)))
        && names.iter().any(|n| size(n) == 1)
}

/// Where a head's definition starts: [`term_split`], or in plain text (and when marked off)
/// [`spaced_term`].
pub fn term_at(t: &str, plain: bool) -> Option<usize> {
    term_split(t).or_else(|| spaced_term(t, plain))
}

/// `局域网 覆盖范围小 带宽固定`, `电路交换 //整个报文…`: in plain-text notes, Chinese puts no
/// spaces between words, so a short name, one space, then words explaining it is a term and
/// its definition (a `//` before them marks them off too). Where the definition starts.
pub fn spaced_term(t: &str, plain: bool) -> Option<usize> {
    if t.contains([':', '：']) {
        return None;
    }
    let lead = numbering(t).map_or(0, |n| n.len);
    let rest = t.get(lead..)?.trim_start();
    let p = rest.find(' ')?;
    let term = &rest[..p];
    let def = rest[p..].trim_start();
    let marked = def.starts_with("//");
    let def = def.strip_prefix("//").unwrap_or(def).trim_start();
    let cjk = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    // (A running description, not more keywords: `泛型 kt和java区别 上下界` lists what an
    // interview asked.)
    // (In Markdown, only marked off by `//`, or in a numbered line: `提示 从报文入手` among
    // an interview's lines is a remark.)
    let runs = marked
        || (plain || lead > 0)
            && !def.contains(' ')
            && def.chars().filter(|&c| cjk(c)).count() >= 6;
    let named = (2..=8).contains(&chars(term))
        && term.chars().all(cjk)
        && runs
        && !is_question_like(term)
        && !crate::text::is_explicit_question_plain(def);
    named.then(|| t.len() - def.len())
}

/// `卫生统计学复习（贺银成是不是已经做了？）`: only the remark in brackets at the end asks; the
/// name itself does not.
fn asks_in_remark_only(text: &str) -> bool {
    let t = text.trim_end();
    // (`双侧α=0.05【什么时候写双侧】`: a remark in `【】` too.)
    let bracketed = t.strip_suffix('】').and_then(|b| {
        b.rfind('【')
            .map(|p| (&b[..p], &b[p + '【'.len_utf8()..], true))
    });
    bracketed
        .or_else(|| super::trailing_remark(t))
        .is_some_and(|(name, remark, closed)| {
            closed
                && chars(name) >= 2
                && crate::text::is_explicit_question_plain(remark)
                && !crate::text::is_explicit_question_plain(name)
        })
}

/// `text` without what is inside brackets or `$…$`.
pub(crate) fn strip_enclosed(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut math = false;
    for c in text.chars() {
        match c {
            '$' => math = !math,
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            _ if depth == 0 && !math => out.push(c),
            _ => {}
        }
    }
    out
}

/// `**x**`, `__x__`, `**x**：`, `**x：**`.
pub fn is_bold(t: &str) -> bool {
    let t = crate::text::trim_breaks(t).trim_end_matches([':', '：', ' ']);
    ["**", "__"].iter().any(|m| {
        t.len() > 2 * m.len()
            && t.starts_with(m)
            && t.ends_with(m)
            && !t[m.len()..t.len() - m.len()].contains(m)
    })
}

/// Words that name a part of an answer, not a question: a sub-heading or label made of one
/// of these (`### 优点`, `**Example**`, `步骤：`) belongs to the answer above it.
const PARTS: &[&str] = &[
    "优点",
    "缺点",
    "优势",
    "劣势",
    "优缺点",
    "特点",
    "特性",
    "步骤",
    "流程",
    "执行流程",
    "过程",
    "示例",
    "例子",
    "举例",
    "例如",
    "比如",
    "代码",
    "代码示例",
    "用法",
    "使用",
    "使用方法",
    "注意",
    "注意事项",
    "注",
    "备注",
    "说明",
    "总结",
    "小结",
    "结论",
    "概述",
    "简介",
    "解释",
    "描述",
    "比较",
    "对比",
    "区别",
    "相同点",
    "不同点",
    "共同点",
    "similarities",
    "differences",
    "main idea",
    "key idea",
    "first step",
    "next step",
    "final step",
    "last step",
    "缺陷",
    "问题",
    "解决",
    "解决方法",
    "解决方案",
    "方案",
    "思路",
    "思想",
    "基本思想",
    "算法思想",
    "复杂度",
    "时间复杂度",
    "空间复杂度",
    "复杂度分析",
    "解析",
    "分析",
    "答案",
    "答",
    "回答",
    "原因",
    "背景",
    "功能",
    "目标",
    "意义",
    "应用",
    "应用场景",
    "场景",
    "使用场景",
    "补充",
    "原理",
    "实现",
    "实现原理",
    "实现方式",
    "源码",
    "详解",
    "参数",
    "方法",
    "语法",
    "案例",
    "图示",
    "例题",
    "证明",
    "推导",
    "公式",
    "定义",
    "概念",
    "含义",
    "组成",
    "组成部分",
    "构成",
    "特征",
    "目的",
    "用途",
    "局限",
    "局限性",
    "definition",
    "def",
    "defn",
    "how it works",
    "pitfalls",
    "if yes",
    "if no",
    "if not",
    "concept",
    "properties",
    "features",
    "principle",
    "applications",
    "components",
    "characteristics",
    "limitations",
    "strengths",
    "weaknesses",
    "drawbacks",
    "benefits",
    "problems",
    "use case",
    "use cases",
    "advantages",
    "disadvantages",
    "advantage",
    "disadvantage",
    "benefit",
    "drawback",
    "limitation",
    "pros",
    "cons",
    "pros and cons",
    "steps",
    "step",
    "facts",
    "example",
    "examples",
    "usage",
    "note",
    "notes",
    "summary",
    "conclusion",
    "overview",
    "code",
    "implementation",
    "proof",
    "lemma",
    "theorem",
    "corollary",
    "claim",
    "remark",
    "remarks",
    "solution",
    "answer",
    "reason",
    "background",
    "idea",
    "intuition",
    "complexity",
    "time complexity",
    "space complexity",
    "complexity analysis",
    "setting",
    "e.g.",
    "eg",
    "demo",
    "syntax",
    "output",
    "result",
    "results",
    "details",
    "explanation",
    "why",
    "how",
    "what",
    // German notes (Logseq pages from German courses).
    "beispiel",
    "beispiele",
    "beweis",
    "bemerkung",
    "eigenschaften",
    "lösung",
    "idee",
    "vorteile",
    "nachteile",
    "zusammenfassung",
    "herleitung",
    // The parts of a proof by induction.
    "ia",
    "iv",
    "is",
    "inductive step",
    "induction step",
    "inductive hypothesis",
];

/// `Example areas`, `Example Boolean Expression`: an example, whatever it shows (questions
/// included). But `Examples of ultramafic rocks` asks for them, a study question.
pub fn is_example(core: &str) -> bool {
    let c = core.trim().to_lowercase();
    let mut words = c.split_whitespace();
    matches!(words.next(), Some("example" | "examples"))
        && words.next() != Some("of")
        && c.split_whitespace().count() <= 4
}

/// An answer-part name, also with a number (`方法1`, `方法一`, `Step 2`, `第一种`) or the
/// page that holds it (`Answer - https://…`).
pub fn is_part(core: &str) -> bool {
    // `Answer - https://leetcode.com/…`: a part named, then the page that holds it.
    let url = core
        .find("://")
        .and_then(|p| {
            ["https", "http"]
                .iter()
                .find_map(|s| core[..p].strip_suffix(s))
        })
        .map(str::len);
    if let Some(p) = url {
        let head = core[..p].trim_end_matches([' ', '-', '–', ':', '：', '(', '（', '[']);
        if !core[p..].trim_end().contains(char::is_whitespace)
            && !head.is_empty()
            && head.len() <= 40
            && PARTS.contains(&head.trim().to_lowercase().as_str())
        {
            return true;
        }
    }
    // Part names are short; a long head is never one (and is not worth lower-casing).
    if core.len() > 80 {
        return false;
    }
    let c = crate::text::fold_traditional(core.trim()).to_lowercase();
    let c = c.trim_matches(|ch: char| ch == '*' || ch == '_' || ch.is_whitespace());
    // (`#### Output -`: a dash left after the name.)
    // (`**Lemma.**`: the period closing a name set in bold, as math notes do.)
    let c =
        c.trim_end_matches(|ch: char| matches!(ch, '-' | '–' | '—' | '.') || ch.is_whitespace());
    if c.is_empty() {
        return false;
    }
    // (`ex :`, `e.g.`, `For example:`: an example, its period trimmed above; `Ex 1` numbers
    // one, a name of its own.)
    if PARTS.contains(&c) || matches!(c, "ex" | "eg" | "e.g" | "for example" | "for instance") {
        return true;
    }
    // (`Key Features:`, `Main advantages`: a part, named with a word that ranks it.)
    let ranked = ["key ", "main ", "major ", "important ", "general ", "主要"]
        .iter()
        .find_map(|w| c.strip_prefix(w));
    if ranked.is_some_and(|rest| PARTS.contains(&rest.trim_end_matches([':', '：']).trim())) {
        return true;
    }
    if is_example(c) {
        return true;
    }
    let stem =
        c.trim_end_matches(|ch: char| ch.is_ascii_digit() || "一二三四五六七八九十 ".contains(ch));
    if stem != c
        && (PARTS.contains(&stem)
            || matches!(
                stem,
                "step" | "case" | "方式" | "情况" | "choice" | "option" | "approach" | "way"
            ))
    {
        return true;
    }
    // `Example: Using fprintf for error messages`, `示例：…`: an example, whatever it shows.
    // (Numbered too, `Example 3 (IIFE)`, `Example 1 - Write a function that…`, `Example 2:
    // …`: an English example counted, not `案例1(7分)`, a case to answer.)
    let numbered_example = [" - ", " – ", " — ", "(", "（", ":", "："]
        .iter()
        .filter_map(|sep| c.find(sep))
        .min()
        .map(|p| c[..p].trim())
        .and_then(|head| head.strip_prefix("example"))
        .is_some_and(|n| {
            let n = n.trim();
            !n.is_empty() && n.chars().all(|ch| ch.is_ascii_digit())
        });
    if numbered_example {
        return true;
    }
    if let Some(p) = c.find([':', '：']) {
        let head = c[..p].trim();
        if [
            "example",
            "examples",
            "demo",
            "示例",
            "例子",
            "举例",
            "例题",
            "案例",
            "for example",
            "for instance",
        ]
        .contains(&head)
        {
            return true;
        }
    }
    // `Example of ((block-ref))`: the reference gone, a part name is left dangling.
    if c.strip_suffix(" of")
        .is_some_and(|s| PARTS.contains(&s.trim_end()))
    {
        return true;
    }
    // `Steps w/ Example`, `Proof with example`: a part with another, a part too. (Not
    // `Definition and examples`, which may head a section of terms.)
    // (So are parts joined by a slash, `Steps/Method`.)
    let joined = c
        .trim_end_matches([':', '：'])
        .split(" w/ ")
        .flat_map(|p| p.split(" with "))
        .flat_map(|p| p.split('/'));
    if (c.contains(" w/ ") || c.contains(" with ") || c.contains('/'))
        && joined
            .map(str::trim)
            .all(|p| PARTS.contains(&p) || matches!(p, "method" | "methods"))
    {
        return true;
    }
    // `第一种` `第二种方法`
    if c.starts_with('第') && (c.ends_with('种') || c.ends_with("种方法") || c.ends_with("步"))
    {
        return true;
    }
    ordinal_step(c)
}

/// `第一次握手`, `第三阶段`, `第2步：…`: a step counted in order, named by its place in the
/// sequence. (`第一范式` counts no step: a concept of its own.)
fn ordinal_step(c: &str) -> bool {
    let Some(rest) = c.strip_prefix('第') else {
        return false;
    };
    let rest = rest
        .trim_start_matches(|ch: char| ch.is_ascii_digit() || "一二三四五六七八九十".contains(ch));
    if rest.len() == c.len() - '第'.len_utf8() {
        return false;
    }
    let rest = rest.trim_end_matches([':', '：']).trim();
    ["次", "阶段", "轮", "步"]
        .iter()
        .find_map(|m| rest.strip_prefix(m))
        .is_some_and(|tail| crate::text::chars(tail) <= 2)
}

/// `组成`, `产物`, `场所`, `Function`: a word that names a property of something, the way
/// a list of `property: value` items describes its owner (`### DNA` over `- 组成: …`).
pub fn is_property(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "定义",
        "组成",
        "组成部分",
        "构成",
        "特点",
        "特征",
        "特性",
        "性质",
        "作用",
        "功能",
        "用途",
        "目的",
        "意义",
        "产物",
        "原料",
        "场所",
        "条件",
        "原理",
        "结构",
        "优点",
        "缺点",
        "优势",
        "劣势",
        "位置",
        "来源",
        "本质",
        "definition",
        "function",
        "purpose",
        "location",
        "structure",
        "features",
        "properties",
        "components",
        "advantages",
        "disadvantages",
        "别名",
        "又称",
        "alias",
        "aka",
    ];
    let c =
        crate::text::fold_traditional(core.trim().trim_matches(['*', '_']).trim()).to_lowercase();
    core.len() <= 40 && WORDS.contains(&c.as_str())
}

/// `35 Questions in total`, `Top 50 interview questions`, `共50道面试题`: a count of
/// questions, naming no subject.
pub fn counts_questions(text: &str) -> bool {
    text.chars().any(|c| c.is_ascii_digit()) && names_no_subject(text)
}

/// `面试题`, `常见面试题`, `Interview questions`, `FAQ`: a title that only announces
/// questions; `Java IO 面试题` names its subject, Java IO.
pub fn names_no_subject(text: &str) -> bool {
    const FILLER: &[&str] = &[
        "in",
        "total",
        "top",
        "all",
        "the",
        "of",
        "list",
        "most",
        "common",
        "asked",
        "frequently",
        "interview",
        "interviews",
        "questions",
        "question",
        "and",
        "&",
        "some",
        "more",
        "other",
        "misc",
        "review",
        "practice",
        "sample",
        "exercise",
        "exercises",
        "faq",
        "faqs",
        "quiz",
        "q&a",
        "qa",
        "answers",
        "面试题",
        "问题",
        "常见",
        "高频",
        "经典",
        "常考",
        "常问",
        "精选",
        "汇总",
        "整理",
        "总结",
        "合集",
        "答案",
        "及",
        "和",
        "与",
        "相关",
        "篇",
        "系列",
        "八股文",
        "八股",
        "面经",
        "面试",
        "题目",
        "笔试题",
        "复习题",
        "习题",
        "问答",
        "其他",
        "更多",
        "一些",
        "部分",
        "共",
        "道",
        "个",
        "题",
        "的",
        "文件",
        "记录",
        "回答",
        "原文",
        "笔记",
        "模板",
        "题解",
        "解答",
        "解析",
        "收集",
        "集锦",
        "大全",
        "我的",
        "思考",
        "课后",
        "示例",
        "练习",
        "补充",
        "零散",
        "题型",
        "例题",
        "往年",
        "典型",
        "基本",
        "关键",
        "实际",
        "暂存",
        "其它",
        "notes",
        "my",
        "with",
        "solutions",
        "设计题",
        "场景题",
        "智力题",
        "编程题",
        "概念题",
        "真题",
        "考题",
        "选择题",
        "填空题",
        "简答题",
        "大题",
        "quick",
        "key",
        "do",
        "check",
        "self",
    ];
    // (A remark in brackets, `设计题（共计40分）`, is none of the name.)
    let t = strip_enclosed(text)
        .to_lowercase()
        .replace(|c: char| c.is_ascii_digit(), " ");
    // (Longer words first: `设计题` goes whole, not as `设计` and `题`. Sorted once.)
    static ZH: std::sync::LazyLock<Vec<&str>> = std::sync::LazyLock::new(|| {
        let mut zh: Vec<&str> = FILLER.iter().copied().filter(|f| !f.is_ascii()).collect();
        zh.sort_by_key(|f| std::cmp::Reverse(f.len()));
        zh
    });
    let t = ZH.iter().fold(t, |t, f| t.replace(f, " "));
    t.split(|c: char| c.is_whitespace() || c.is_ascii_punctuation() && c != '&')
        .filter(|w| !w.is_empty())
        .all(|w| FILLER.contains(&w) || !w.chars().any(char::is_alphanumeric))
}

/// `Questions to ask at the end`, `Questions for the interviewer`: the questions the author
/// means to ask, not to answer. The list is one answer: what to ask.
pub fn questions_to_ask(text: &str) -> bool {
    // (Read many times a note: no allocation, ASCII case folded in place.)
    let t = text.as_bytes();
    [
        "questions to ask",
        "questions for the interviewer",
        "ask the interviewer",
    ]
    .iter()
    .any(|w| {
        t.windows(w.len())
            .any(|x| x.eq_ignore_ascii_case(w.as_bytes()))
    })
}

/// A title that announces questions: `Questions`, `面试题`, `常问问题`, `Review questions`.
pub fn is_question_list(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "面试题",
        "题目",
        "面经",
        "习题",
        "考题",
        "复习题",
        "真题",
        "题库",
        "八股",
        "问答",
        "算法题",
        "编程题",
        "笔试题",
        "手撕题",
        "手撕代码",
        "场景题",
        "智力题",
        "设计题",
        "question",
        "questions",
        "exercise",
        "exercises",
        "faq",
        "interview",
        "quiz",
    ];
    if core.len() > 100 {
        return false;
    }
    let c = core.trim().to_lowercase();
    // (A file-name slug, `Questions-that-I-was-asked-in-Interviews`, reads as its words.)
    let c = if c.contains(' ') {
        c
    } else {
        c.replace(['-', '_'], " ")
    };
    // (`Questions I was asked in interviews` leads with what it lists: longer, still a title.)
    let leads = c
        .split_whitespace()
        .next()
        .is_some_and(|w| ["questions", "interview"].contains(&w));
    // `问题分类` sorts questions into kinds; it lists kinds, not questions.
    let sorts = ["分类", "类型", "种类"].iter().any(|k| c.ends_with(k));
    // `常见问题`, `问题汇总` list questions; `单线程结构进程的问题`, `解决问题的思路`,
    // `1px问题` are about problems.
    // (A bare `问题` lists questions only as `问题`, `常见问题`, `其他问题` do: after a noun,
    // `tcp 握手的丢失问题`, `粘包问题`, it names a problem.)
    let qualified = c.strip_suffix("问题").is_some_and(|b| {
        let b = b.trim_end().trim_end_matches('的');
        b.is_empty()
            || [
                "常见",
                "常问",
                "高频",
                "经典",
                "相关",
                "其他",
                "其它",
                "一些",
                "典型",
                "基础",
                "综合",
                "补充",
                "遗留",
                "更多",
                "额外",
                "部分",
                "几个",
                "主要",
                "重要",
                "核心",
                "热门",
                "技术",
                "项目",
                "场景",
                "开放",
                "开放性",
                "算法",
                "八股",
                "常规",
                "基本",
                "进阶",
                "高级",
                "追问",
                "反问",
                "所有",
                "全部",
                "各类",
                "各种",
                "精选",
                "必问",
                "常考",
                "考点",
                "知识点",
            ]
            .iter()
            .any(|q| b.ends_with(q))
            || ["面试", "面经", "笔试", "考试", "复习", "课后"]
                .iter()
                .any(|w| b.contains(w))
    });
    let problems = ([
        "问题汇总",
        "问题集",
        "问题列表",
        "问题清单",
        "问题记录",
        "问题总结",
        "问题合集",
    ]
    .iter()
    .any(|t| c.ends_with(t))
        || qualified)
        && (!c.contains("的问题")
            || ["面试", "面经", "笔试", "考试", "复习", "课后"]
                .iter()
                .any(|w| c.contains(w)))
        && !["解决", "遇到", "处理", "面临", "排查"]
            .iter()
            .any(|v| c.contains(v))
        && !c
            .split("问题")
            .next()
            .is_some_and(|b| b.ends_with(|ch: char| ch.is_ascii_alphanumeric()))
        // (`使用单节点redis 有个问题`, `这个问题`: one problem, counted or had, is no list.)
        && !c
            .split("问题")
            .next()
            .is_some_and(|b| b.ends_with(['个', '有']));
    // (`How to create a question`, `What makes a good question`: a clause about questions,
    // not a list of them.)
    let clause = c
        .split_whitespace()
        .next()
        .is_some_and(|w| ["how", "what", "why", "when", "which", "who", "where"].contains(&w));
    // (`Checklist for phone interviews`, `Pre-interview research`, `Interview process`:
    // named for interviews, they hold what to do or know about them, not questions asked.)
    let about_interviews = c.contains("interview")
        && !WORDS
            .iter()
            .any(|w| !w.starts_with("interview") && c.contains(w))
        && c.split(|ch: char| !ch.is_alphanumeric()).any(|w| {
            [
                "checklist",
                "tip",
                "tips",
                "research",
                "prep",
                "preparation",
                "advice",
                "process",
                "resources",
                "schedule",
                "timeline",
                "guide",
                "strategy",
                "strategies",
                "etiquette",
                "dress",
            ]
            .contains(&w)
        });
    (crate::text::chars(&c) <= 32 || leads && crate::text::chars(&c) <= 48)
        && !sorts
        && !questions_to_ask(&c)
        && !clause
        && !about_interviews
        && !crate::text::is_explicit_question(&c)
        && (problems || WORDS.iter().any(|w| c.contains(w)))
}

/// `安装`, `配置YUM源`, `求所有事件的最早发生时间`: a step of a procedure, opening with a
/// verb that does something, as `imperative` steps open in English.
pub fn zh_step(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "安装",
        "配置",
        "启动",
        "下载",
        "创建",
        "新建",
        "修改",
        "编辑",
        "执行",
        "运行",
        "打开",
        "关闭",
        "设置",
        "求",
        "计算",
        "检查",
        "部署",
        "导入",
        "编写",
        "输入",
        "点击",
        "重启",
        "初始化",
        "拉取",
        "上传",
        "复制",
        "验证",
        "解压",
        "进入",
        "登录",
        "编译",
        "准备",
        "构建",
        "注册",
        "导出",
        "添加",
        "引入",
        "调用",
        "填写",
        "删除",
        "搭建",
        "推送",
    ];
    let t = text.trim_start();
    // (`计算机`, `编译器`, `运行时`: the verb makes a noun with what follows it.)
    VERBS.iter().any(|v| {
        t.strip_prefix(v)
            .is_some_and(|rest| !rest.starts_with(['机', '器', '时', '点', '量', '值']))
    })
}

/// `原理一`, `1.1 定理三`: a name counted in Chinese in its series (numbering before it
/// aside), no term of its own.
pub fn zh_counted(term: &str) -> bool {
    let counted = crate::text::strip_numbering(term);
    counted.ends_with(|c: char| "一二三四五六七八九十".contains(c))
        && chars(&counted) <= 6
        && counted.chars().all(crate::clean::is_cjk)
}

/// `Chapter 3: Pipelined Execution`, `Lecture 2 - Sorting`, `Week 5`, `Part IV`: a unit of a
/// book or course, named by its number.
pub fn chapter_name(t: &str) -> bool {
    const UNITS: &[&str] = &[
        "chapter", "chap", "chap.", "ch.", "lecture", "lec", "week", "part", "unit", "lesson",
        "module", "section", "topic", "session",
    ];
    // (Two words read without a copy of the line: this runs on every numbered entry.)
    let mut words = t.split_whitespace();
    let (Some(unit), Some(num)) = (words.next(), words.next()) else {
        return false;
    };
    if !UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit)) {
        return false;
    }
    let num = num
        .trim_end_matches([':', '.', '-', '：', ','])
        .to_ascii_lowercase();
    let num = num.as_str();
    // (`Chapter twelve`: a number written out in words counts as one.)
    const WORDS: &[&str] = &[
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
    ];
    let numeral = !num.is_empty()
        && (num.chars().all(|c| c.is_ascii_digit() || c == '.')
            || num.chars().all(|c| matches!(c, 'i' | 'v' | 'x'))
            || WORDS.contains(&num));
    numeral
}

/// `Chapter 3`, `Lecture 4:`, `Week 2`: a unit named by its number and nothing else. It
/// names no subject, so it is never a card: only the topic of what it holds.
pub fn bare_chapter(t: &str) -> bool {
    match zh_unit(t) {
        Some(rest) => rest.trim().is_empty(),
        None => chapter_name(t) && t.split_whitespace().count() == 2,
    }
}

/// `第一章`, `第3节 进程`: a unit counted in Chinese; what follows it.
fn zh_unit(t: &str) -> Option<&str> {
    let r = t.trim().strip_prefix('第')?;
    let n: usize = r
        .chars()
        .take_while(|c| "零一二三四五六七八九十百0123456789".contains(*c))
        .map(char::len_utf8)
        .sum();
    let rest = &r[n..];
    let unit = ["章", "节", "篇", "讲", "课"]
        .iter()
        .find(|u| rest.starts_with(*u))?;
    (n > 0).then(|| &rest[unit.len()..])
}

/// A name that announces terms and their explanations: `Glossary`, `Keywords / Glossary`,
/// `Key terms`, `Definitions`, `名词解释`, `术语`.
pub fn is_glossary_name(core: &str) -> bool {
    const WORDS: &[&str] = &[
        "glossary",
        "keywords",
        "key terms",
        "terminology",
        "defs",
        "definitions",
        "vocabulary",
        "vocab",
        "名词解释",
        "术语",
        "关键词",
        "基本概念",
    ];
    let c = core.trim().to_lowercase();
    // (`OO Design Principle Terms`: a name that ends in `terms` says what it lists.)
    let terms = c.ends_with(" terms");
    crate::text::chars(&c) <= 30 && (terms || WORDS.iter().any(|w| c.contains(w)))
}

/// The name of an interview round: `一面`, `IEG一面：`, `cdg？二面（凉）`, `HR面 20min`, `笔试`,
/// `Round 2`, `Interview 4 | 11112024 | Java Developer`, `Phone screen`. What is listed under
/// it are the questions that were asked; it asks nothing itself, even with a `？` in it.
pub fn is_round(core: &str) -> bool {
    if core.len() > 200 {
        return false;
    }
    let c = core.trim().to_lowercase();
    let n = crate::text::chars(&c);
    // (A sentence that asks, a clause and then its question, `技术面的时候，感觉自己哪点不足？`,
    // speaks of a round; it names none.)
    if c.ends_with(['？', '?']) && c.contains(['，', ',']) {
        return false;
    }
    // `一面`, `终面`, `HR面`, `技术面`: a round word early in a short title.
    const CN: &[&str] = &[
        "一面",
        "二面",
        "三面",
        "四面",
        "五面",
        "终面",
        "hr面",
        "技术面",
        "主管面",
        "总监面",
        "交叉面",
        "加面",
        "电话面",
        "视频面",
        "现场面",
        "笔试",
    ];
    // (Every round word but `笔试` holds `面`: most titles are out at once.)
    let maybe = c.contains('面') || c.contains('笔');
    let cn = maybe
        && CN.iter().any(|w| {
            c.find(w).is_some_and(|at| {
                let before = &c[..at];
                // (A date before the company, `2021/8/22(深信服二面)`, counts for nothing.)
                let named = before
                    .trim_start_matches(|c: char| c.is_ascii_digit() || "/-. 年月日".contains(c))
                    .trim_start_matches(['(', '（']);
                // `另一面`, `单面` are words, not rounds.
                crate::text::chars(named) <= 12 && !before.ends_with(['另', '单', '两', '多'])
            })
        });
    if cn && n <= 30 {
        return true;
    }
    // `小米面试`, `418 字节面经`: a company's interview, named by it.
    let named = maybe
        && ["面试", "面经"].iter().any(|w| {
            c.strip_suffix(w)
                .is_some_and(|who| (2..=12).contains(&crate::text::chars(who.trim())))
        });
    if named {
        return true;
    }
    // `Round 2`, `Interview 4 | …`, `2nd round`, `Onsite`, `Phone screen`.
    let words: Vec<&str> = c
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let ordinal = |w: &str| {
        w.chars().all(|ch| ch.is_ascii_digit())
            || matches!(
                w,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "first"
                    | "second"
                    | "third"
                    | "fourth"
                    | "final"
                    | "1st"
                    | "2nd"
                    | "3rd"
                    | "4th"
                    | "5th"
            )
    };
    let first = words.first().copied().unwrap_or("");
    // (`2nd round`, `final round`; a bare digit before `round` is `Policy 2 : Round Robin`.)
    let numbered_round = |w: &[&str]| {
        matches!(w[0], "interview" | "round") && ordinal(w[1])
            || ordinal(w[0]) && !w[0].chars().all(|c| c.is_ascii_digit()) && w[1] == "round"
    };
    n <= 80
        && (words.windows(2).take(6).any(numbered_round)
            || matches!(first, "onsite" | "on-site")
            || c.starts_with("phone screen")
            || c.starts_with("phone interview"))
}

/// A heading that names nothing (`Content`, `Main`, `正文`, `笔记`): what it holds are the
/// sections under it; it is never a card itself.
pub fn says_nothing(core: &str) -> bool {
    const NAMES: &[&str] = &[
        "content",
        "main",
        "main content",
        "body",
        "notes",
        "lecture notes",
        "class notes",
        "details",
        "comments",
        "remarks",
        "misc",
        "正文",
        "内容",
        "主要内容",
        "笔记",
        "课堂笔记",
        "详细内容",
    ];
    core.len() <= 40 && NAMES.contains(&core.trim().to_lowercase().as_str())
}

/// A name for points in general rather than for a concept (`记背考点`, `一些记忆点`, `重点`,
/// `Key points`, `Things to remember`): what is listed under it are the concepts.
pub fn names_points(core: &str) -> bool {
    const ENDS: &[&str] = &[
        "考点",
        "重点",
        "要点",
        "记忆点",
        "知识点",
        "注意点",
        "难点",
        "points",
        "notes",
        "highlights",
        "to remember",
        "takeaways",
    ];
    let core = core.trim().to_lowercase();
    let core = core
        .trim_start_matches("一些")
        .trim_start_matches("some ")
        .trim();
    core.len() <= 40
        && (says_nothing(core) || is_overview(core) || ENDS.iter().any(|e| core.ends_with(e)))
}

/// A heading that gives an overview (`Summary`, `Overview`, `Outline`, `概要`): over a list
/// of bare names, it lists what the note covers.
pub fn is_overview(core: &str) -> bool {
    const NAMES: &[&str] = &[
        "summary",
        "overview",
        "outline",
        "agenda",
        "topics",
        "topics covered",
        "key points",
        "概要",
        "大纲",
        "提纲",
        "本章内容",
        "内容概要",
        "本节内容",
        "知识点",
    ];
    core.len() <= 40 && NAMES.contains(&core.trim().to_lowercase().as_str())
}

/// Headings that organise a document rather than ask anything.
/// The sections every paper or report has (`Introduction`, `Method`, `Experiments`,
/// `Discussion`, `Ablation study`, numbered or not): empty, they only outline one.
pub fn is_paper_section(text: &str) -> bool {
    const NAMES: &[&str] = &[
        "abstract",
        "introduction",
        "background",
        "related work",
        "related works",
        "method",
        "methods",
        "methodology",
        "approach",
        "experiments",
        "experiment",
        "experimental setup",
        "experimental details",
        "evaluation",
        "results",
        "discussion",
        "conclusion",
        "conclusions",
        "limitations",
        "future work",
        "ablation study",
        "ablation studies",
        "implementation details",
        "summary",
    ];
    let t = text.trim().trim_end_matches([':', '：']).to_lowercase();
    let t = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ');
    NAMES.contains(&t)
}

/// `Questions about the Swift language itself.`, `以下是关于 Redis 的问题`: a line that says
/// what the questions after it are about; it answers none of them.
pub fn about_the_questions(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let t = t.trim_start_matches(['-', '*', ' ']);
    [
        "questions about ",
        "questions on ",
        "questions related to ",
        "questions regarding ",
    ]
    .iter()
    .any(|w| t.starts_with(w))
        || [
            "的问题",
            "的问题。",
            "相关问题",
            "相关问题。",
            "的面试题",
            "的面试题。",
        ]
        .iter()
        .any(|w| t.ends_with(w))
            && ["关于", "以下是", "下面是", "这里是", "本节"]
                .iter()
                .any(|w| t.starts_with(w))
}

/// `目录`, `Contents`: a structural name that lists the sections after it.
pub fn lists_contents(core: &str) -> bool {
    let c = core.trim().trim_end_matches([':', '：']).to_lowercase();
    [
        "目录",
        "toc",
        "[toc]",
        "table of contents",
        "contents",
        "navigation",
    ]
    .contains(&c.trim())
}

pub fn is_structural(core: &str) -> bool {
    const NAMES: &[&str] = &[
        "目录",
        "前言",
        "引言",
        "序言",
        "参考",
        "参考资料",
        "参考文献",
        "参考文档",
        "参考文章",
        "参考链接",
        "相关链接",
        "延伸阅读",
        "扩展阅读",
        "附录",
        "写在前面",
        "写在最后",
        "更新日志",
        "致谢",
        "todo",
        "to do",
        "待办",
        "待补充",
        "待整理",
        "待完善",
        "toc",
        "[toc]",
        "table of contents",
        "contents",
        "navigation",
        "references",
        "reference",
        "本文宗旨",
        "links",
        "further reading",
        "appendix",
        "changelog",
        "see also",
        "related",
        "related notes",
        "相关",
        "相关笔记",
        "相关阅读",
        "backlinks",
        "resources",
        "bibliography",
        "readings",
        "announcements",
        "announcement",
        "logistics",
        "通知",
        "公告",
        "source",
        "sources",
        "来源",
        "出处",
        "原文",
        "原文链接",
    ];
    if core.len() > 80 {
        return false;
    }
    let c = core.trim().to_lowercase();
    let c = c.trim_matches(|ch: char| ch == '*' || ch == '(' || ch == ')' || ch.is_whitespace());
    // (`记录模板`, `Template`: the blank form the author copies for each entry; not
    // `函数模板`, `类模板`, C++ templates.)
    let form = c.strip_suffix("模板").is_some_and(|kind| {
        [
            "", "记录", "笔记", "日记", "面试", "复盘", "答题", "回答", "总结", "周报", "文档",
        ]
        .contains(&kind.trim())
    });
    NAMES.contains(&c) || form || c == "template"
}

/// A remark rather than a title: `tips：…`, `注：…`, or a sentence (`记不大全了。`, `You can
/// find more questions from former associates here`: ten words or more make an English
/// sentence, not a title).
pub fn is_remark(text: &str) -> bool {
    let words = text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .count();
    led_remark(text) || text.ends_with(['。', '！', '!']) || words >= 10 || memory_remark(text)
}

/// `时间： 20170713 上午`, `面试官：两位`, `Duration: 45 min`: a detail of the interview
/// the log records (when, where, who, how long), no question.
fn log_detail(text: &str) -> bool {
    const KEYS: &[&str] = &[
        "时间",
        "日期",
        "地点",
        "面试时间",
        "面试日期",
        "面试地点",
        "面试官",
        "面试形式",
        "时长",
        "面试时长",
        "形式",
        "岗位",
        "职位",
        "部门",
        "date",
        "time",
        "duration",
        "location",
        "interviewer",
        "interviewers",
        "position",
        "role",
        "format",
    ];
    let Some(p) = text.find([':', '：']) else {
        return false;
    };
    let key = text[..p].trim().to_lowercase();
    let value = text[p..].trim_start_matches([':', '：']).trim();
    KEYS.contains(&key.as_str()) && !value.is_empty() && chars(value) <= 30
}

/// `记不大全了`, `面试体验不太好就不记录了`: the author on what the log leaves out.
fn memory_remark(text: &str) -> bool {
    const WORDS: &[&str] = &[
        "记不清",
        "记不太清",
        "记不大清",
        "记不全",
        "记不太全",
        "记不大全",
        "不记得",
        "忘了",
        "忘记了",
        "想不起来",
        "不记录",
        "没记录",
        "没有记录",
    ];
    crate::text::chars(text) <= 30 && WORDS.iter().any(|w| text.contains(w))
}

/// `Streams are FILE *`, `Use fprintf to write to a stream`, `When input is redirected:`:
/// English words that make a clause (a verb, or an opening that leads one), three or more.
fn is_clause(text: &str) -> bool {
    const OPENERS: &[&str] = &[
        "use", "when", "if", "see", "to", "after", "before", "while", "once", "because", "since",
        "so", "then", "it", "this", "they", "there", "we", "you", "find", "give", "make", "get",
        "allows",
    ];
    const VERBS: &[&str] = &[
        "is", "are", "was", "were", "can", "cannot", "will", "would", "should", "must", "may",
        "has", "have", "does", "keep", "keeps", "refer", "refers", "allow", "allows", "means",
        "makes", "gets", "takes", "uses", "returns", "becomes", "get",
    ];
    // (Cheap test first: mostly Latin letters.)
    let latin = text.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if latin * 2 < chars(text) {
        return false;
    }
    let mut words = text
        .split(|c: char| !c.is_ascii_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty());
    let is = |w: &str, list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w));
    let Some(first) = words.next() else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    rest.len() >= 2 && (is(first, OPENERS) || rest.iter().any(|w| is(w, VERBS)))
}

/// `使用效率为：$…$`, `这种机制的基本原理就是：…`: a name before its colon that ends in its
/// verb (`为`, `是`) is a clause leading into the value after it, a step of the text; it
/// names nothing. (`行为：` is a name.)
pub(crate) fn leads_into_value(head: &str) -> bool {
    let head = head.trim_end();
    // (`期望值为$E$：`: the symbol it names is set after the verb.)
    let head = match head
        .strip_suffix('$')
        .and_then(|h| h.rfind('$').map(|p| &h[..p]))
    {
        Some(h) => h.trim_end(),
        None => head,
    };
    chars(head) >= 4 && (head.ends_with('为') && !head.ends_with("行为") || head.ends_with('是'))
}

/// An English statement, not a name: a subject that opens on a determiner, in words set in
/// lower case (`Each variable forms a column`, not `The Link-State Routing Algorithm`), that
/// asks nothing.
pub fn english_statement(text: &str) -> bool {
    const DETERMINERS: &[&str] = &[
        "each", "every", "the", "a", "an", "all", "no", "some", "any",
    ];
    // (Cheap tests first: the rules ask this of many lines.)
    let opens = text
        .split_whitespace()
        .next()
        .is_some_and(|w| DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w)));
    if !text.is_ascii() {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    // (A verb right after its subject, the second or third word: `forms`, `provides`,
    // `mummified`, `is`; not a noun after a preposition, `A list of vertex normals`.)
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "has", "have", "can", "must", "should", "will", "may",
    ];
    const BEFORE_NOUN: &[&str] = &[
        "of", "in", "on", "for", "with", "to", "by", "from", "the", "a", "an", "and", "or",
    ];
    if !opens {
        // (A bare subject of a word or two and its verb, in five words or more: `Memory
        // management determines what is in memory`, `VMM can run natively, in which…`.)
        const MODAL: &[&str] = &["is", "are", "can", "must", "should", "will"];
        // (Not a noun after a preposition: `conservation of particles in gas`.)
        let verb_at = |k: usize| {
            let after = words[k - 1].to_ascii_lowercase();
            !BEFORE_NOUN.contains(&after.as_str())
                && words.get(k).is_some_and(|w| {
                    let w = w.trim_matches(|c: char| !c.is_ascii_alphabetic());
                    MODAL.contains(&w)
                        || w.len() >= 6
                            && w.ends_with("es")
                            && !w.ends_with("sses")
                            && w.starts_with(|c: char| c.is_ascii_lowercase())
                })
        };
        return words.len() >= 5
            && (verb_at(1)
                || verb_at(2) && words[1].starts_with(|c: char| c.is_ascii_lowercase()))
            && words[1..]
                .iter()
                .filter(|w| w.len() >= 4)
                .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
            && !crate::text::asks_outright(text)
            && !text.trim_end().ends_with('?');
    }
    let verb = (2..words.len().min(4)).any(|k| {
        let w = words[k].trim_matches(|c: char| !c.is_ascii_alphabetic());
        let after_noun = !BEFORE_NOUN.contains(&words[k - 1].to_ascii_lowercase().as_str());
        AUX.contains(&w)
            || after_noun
                && w.len() >= 4
                && (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
                    || w.ends_with("ed"))
    });
    words.len() >= 4
        && verb
        && words[1..]
            .iter()
            .filter(|w| w.len() >= 4)
            .all(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        && !crate::text::is_question_like(text)
}

/// A Chinese clause, not a name: a statement with its verb (`PSW也是计算机系统的寄存器`,
/// `可以使程序员减少访问主存储器的次数`, `所有程序可使用，包括应用程序和系统程序`).
/// (`是否`, `还是`: these ask; a question is never a clause.)
pub fn is_clause_zh(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "是", "可以", "用于", "能够", "需要", "负责", "包括", "包含", "称为", "叫做", "又叫",
        "也叫", "使得", "不能", "无法", "通常", "一般", "有一", "只有", "没有", "具有", "采用",
        "普遍",
    ];
    // (`…起着决定性的作用`: a noun that often asks makes no question of a clause.)
    if chars(text) < 6 || is_question_like(text) && !crate::text::asks_only_by_noun(text) {
        return false;
    }
    let t = text
        .replace("是否", "")
        .replace("还是", "")
        .replace("是不是", "");
    VERBS.iter().any(|v| t.contains(v))
}

/// `大电气化改变了每个主要行业`: a verb's `了` tells what happened (`了解`, `为了` do not); a
/// statement, never a name.
pub fn tells_zh(text: &str) -> bool {
    text.contains('了')
        && text
            .replace("了解", "")
            .replace("为了", "")
            .replace("除了", "")
            .contains('了')
}

/// `所以…`, `因此…`, `结果为…`, `Therefore, …`: a line that opens with a connective carries
/// on the text above it; it never starts a card of its own.
fn continues_above(text: &str) -> bool {
    const LEADS: &[&str] = &[
        "所以",
        "因此",
        "因而",
        "结果为",
        "结果是",
        "但是",
        "然而",
        "然后",
        "而且",
        "并且",
        "于是",
        "则",
        "否则",
    ];
    const LATIN: &[&str] = &[
        "so ",
        "so,",
        "but ",
        "therefore",
        "thus",
        "hence",
        "otherwise",
    ];
    if LEADS.iter().any(|w| text.starts_with(w)) {
        return true;
    }
    let lower: String = text.chars().take(10).flat_map(char::to_lowercase).collect();
    LATIN.iter().any(|w| lower.starts_with(w))
}

/// `tips：…`, `注：…`, `Note: …`; `即：…`, `也就是说：…`, a word that goes on from the text
/// above (it names nothing).
pub(crate) fn led_remark(text: &str) -> bool {
    // Only the lead matters: lower-case a few characters, not the whole line.
    let lower: String = text.chars().take(8).flat_map(char::to_lowercase).collect();
    let lead = [
        "tips",
        "tip",
        "注",
        "注意",
        "note",
        "ps",
        "p.s.",
        "说明",
        "备注",
        "提示",
        "即",
        "也就是说",
        "换句话说",
        "换言之",
        "简言之",
        "总之",
        "综上",
        "综上所述",
        "所以",
        "因此",
        "i.e.",
        "in short",
        "in other words",
    ];
    lead.iter().any(|w| {
        lower
            .strip_prefix(w)
            .is_some_and(|r| r.trim_start().starts_with([':', '：']))
    }) || is_todo(text)
}

/// `==TODO: add Gram test info`, `FIXME`, `待补充`: the author's note to self.
pub fn is_todo(text: &str) -> bool {
    let t = text.trim_start_matches(['=', '*', '_', '[', '(', '（', '【', ' ', '#']);
    [
        "TODO",
        "FIXME",
        "TBD",
        "待补充",
        "待完善",
        "待整理",
        "未完待续",
    ]
    .iter()
    .any(|w| t.starts_with(w))
}

/// A short title that ends in an answer-part word (`回收过程`, `实现原理`, `Usage notes`):
/// under a concept, a part of its answer.
pub fn ends_in_part(core: &str) -> bool {
    const TAILS: &[&str] = &[
        "过程",
        "流程",
        "原理",
        "特点",
        "步骤",
        "用法",
        "示例",
        "优缺点",
        "注意事项",
        "总结",
        "参数",
        "描述",
        "答案",
    ];
    let folded = crate::text::fold_traditional(core);
    let c = folded.trim().trim_end_matches([':', '：']).trim();
    is_part(c) || (crate::text::chars(c) <= 8 && TAILS.iter().any(|t| c.ends_with(t)))
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(['。', '；', ';', '，', ','])
        || (t.ends_with('.') && !t.ends_with("..") && chars(t) > 30)
        || t.trim_end_matches('。').contains('。')
}

/// Only links to anchors of this file: `[GC](#gc)`, `* [x](#x)  `, `>[快慢指针](#快慢指针),`.
fn is_anchor_index(t: &str) -> bool {
    let t = t.trim_start_matches(['>', '*', '-', '+', ' ']);
    // (`1. [编译器工作过程](#1)`: numbered entries of an index too.)
    let t = numbering(t).map_or(t, |n| &t[n.len..]);
    if !t.contains("](#") {
        return false;
    }
    // Remove every `[..](#..)`; what remains must be punctuation.
    let mut rest = String::new();
    let mut s = t;
    while let Some(a) = s.find('[') {
        rest.push_str(&s[..a]);
        let Some(b) = s[a..].find("](#") else {
            rest.push_str(&s[a..]);
            s = "";
            break;
        };
        let Some(c) = s[a + b..].find(')') else {
            s = "";
            break;
        };
        s = &s[a + b + c + 1..];
    }
    rest.push_str(s);
    rest.chars().all(|c| !c.is_alphanumeric())
}

fn looks_like_code(t: &str) -> bool {
    let open = t.matches('(').count();
    let close = t.matches(')').count();
    (open > close && t.contains(','))
        || t.ends_with('{')
        || t.ends_with(';')
        || t.starts_with("//")
        // (`\begin{align}`: a formula's environment, typeset, no name.)
        || t.starts_with("\\begin{")
        || t.starts_with("\\end{")
        || t.contains(" = ") && !worded_equation(t)
        || t.contains(":=")
}

/// `Network Edge = Access Networks`, `Processing delay = time to examine packet header`: a
/// name in words set equal to words, the way notes define a term; no assignment
/// (`int count = 0`, `name = getName()`).
fn worded_equation(t: &str) -> bool {
    let Some((name, said)) = t.split_once(" = ") else {
        return false;
    };
    let name = crate::text::plain_inline(name.trim());
    let said = crate::text::plain_inline(said.trim());
    let said = said.as_str();
    let words = |s: &str| s.split_whitespace().count();
    let call = |s: &str| {
        s.char_indices()
            .any(|(i, c)| c == '(' && s[..i].ends_with(|p: char| p.is_alphanumeric()))
    };
    // (What it equals up to a `;` is words, no formula: `存储阶码 = 真实阶码 + Bias` is one.)
    let first = said.split(';').next().unwrap_or("");
    const CODE: &[&str] = &["//", "!!", "::", "&&", "||"];
    name.chars()
        .all(|c| c.is_alphabetic() || matches!(c, ' ' | '(' | ')' | '-' | '/' | ',' | '\''))
        && name
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        && (1..=6).contains(&words(&name))
        && said.starts_with(char::is_alphabetic)
        && words(first) >= 2
        && !call(said)
        && !said.contains(['{', '['])
        && !first.contains(['+', '*', '×', '÷', '=', '<', '>'])
        && !CODE.iter().any(|c| said.contains(c))
        && !["new ", "this", "null", "true", "false"]
            .iter()
            .any(|k| said.starts_with(k))
        && !assigned(said)
}

/// What follows ` = ` in code: a string, a pointer's member, a statement's `;`.
fn assigned(said: &str) -> bool {
    // (`env->GetMethodID`: a pointer's member; `large table -> smaller tables`, an arrow
    // between words, is prose.)
    let member = said.match_indices("->").any(|(at, _)| {
        let (before, after) = (&said[..at], &said[at + 2..]);
        before.ends_with(|c: char| c.is_alphanumeric() || c == ')' || c == '_')
            && after.starts_with(|c: char| c.is_alphanumeric() || c == '_')
    });
    said.contains('"') || member || said.ends_with(';')
}

/// Text right after a bold name that defines it: `是指…`, `（deadlock）…`, `用于…`.
/// `**Consequences** of **Job Satisfaction**`, `**Direct** Effects`: English words that go on
/// with the bold name, a word joining it to more or a single word closing it, make one name
/// with it. The bold only stresses part of that name; what follows defines nothing.
fn continues_name(inner: &str, after: &str) -> bool {
    // (Not `for`, `in`, `with`: `**JSON** for structured data` says what the name is for.)
    const JOINS: &[&str] = &["of", "to", "between", "and", "or", "vs", "vs.", "versus"];
    let words: Vec<&str> = after.split_whitespace().collect();
    let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic()) && t.is_ascii();
    // (A sentence after them, `**Clock speed** and number of cores affect performance.`, is
    // left to the other rules.)
    latin(inner)
        && latin(after.trim_matches('*'))
        && words.len() <= 4
        && !after.contains(['.', ',', ';', ':'])
        && (words.len() == 1
            && words[0]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            || words
                .first()
                .is_some_and(|w| JOINS.contains(&w.to_lowercase().as_str())))
}

fn defines(after: &str) -> bool {
    const OPENERS: &[&str] = &[
        "是",
        "指",
        "即",
        "就是",
        "又称",
        "又叫",
        "也叫",
        "也称",
        "称为",
        "表示",
        "意味",
        "用于",
        "用来",
        "主要用于",
        "负责",
        "可以",
        "会",
        "能",
        "（",
        "(",
        "——",
        "—",
    ];
    // (`指令`, `指针` are nouns: `**一种**指令执行步骤` opens a sentence.)
    let noun = ["指令", "指针", "指标", "指南", "指定", "指数", "是否"]
        .iter()
        .any(|n| after.starts_with(n));
    !noun && OPENERS.iter().any(|o| after.starts_with(o))
}

/// `term：definition` / `term: definition` / `**term**：definition` / `**term** definition`
/// / `term -> definition`: where the definition starts, when the term is short and the
/// definition is not empty.
/// Where the explanation starts in `分層 互斥組別` or `效度 (validity) 測量工具…`.
fn cjk_space_term(t: &str) -> Option<usize> {
    let cjk = |c: char| crate::clean::is_cjk(c);
    // (After its number, `1.名義尺度 (Nominal) 辨識不同組別`.)
    let lead = numbering(t).map_or(0, |n| n.len);
    let (name, rest) = t.get(lead..)?.trim_start().split_once(' ')?;
    let name_chars = chars(name);
    // (`第四章 综合数据类型` and `十三 虚拟内存的好处` number a section; they define nothing.)
    let chapter = name.starts_with('第') && name.ends_with(['章', '节', '篇', '讲', '课', '部'])
        || name.chars().all(|c| "一二三四五六七八九十百零".contains(c));
    let told = |def: &str| {
        def.chars().next().is_some_and(cjk) && def.contains(['，', ',', '。']) && chars(def) >= 12
    };
    if !(2..=6).contains(&name_chars) || !name.chars().all(cjk) || chapter {
        return None;
    }
    // (`信号 信号是…的机制,…。`: the explanation names it again, then says what it is.)
    if rest.trim_start().starts_with(name) && told(rest.trim_start()) {
        return Some(t.len() - rest.trim_start().len());
    }
    // (A gloss: `(cluster sampling)` right after the name.)
    let mut def = rest.trim_start();
    if def.starts_with(['(', '（']) {
        let close = def.find([')', '）'])?;
        let after = &def[close..];
        def = after[after.chars().next()?.len_utf8()..].trim_start();
    }
    // (One run of words: `功效 销声匿迹 沸反盈天` lists words, no explanation; a remark in
    // brackets may follow.)
    let opens = def.chars().next().is_some_and(cjk);
    let one_run = !strip_enclosed(def).trim().contains(' ');
    // (A sentence set off by spaces, its clauses parted by commas, `程度差異之數值
    // 以一定比例衡量(有間距)，無原點`, explains too; not `用于 类 和 方法 上，…`, words
    // set apart.)
    let first_run = def.split(' ').next().map_or(0, chars);
    let sentence = def.contains(['，', '。', '；']) && chars(def) >= 12 && first_run >= 5;
    (opens && (one_run || sentence) && chars(def) >= 4).then(|| t.len() - def.len())
}

/// Where the explanation starts in `ISOLATION_DEFAULT 这是默认的隔离级别…` or
/// `PROPAGATION_REQUIRED ，默认的传播级别…`: a constant's name (capitals joined by `_`), a
/// space, and a sentence in Chinese that explains it.
fn constant_space_term(t: &str) -> Option<usize> {
    // (Cheap test first: most lines hold no `_`.)
    if !t.contains('_') {
        return None;
    }
    let lead = numbering(t).map_or(0, |n| n.len);
    let (name, rest) = t.get(lead..)?.trim_start().split_once(' ')?;
    let constant = name.len() >= 4
        && name.contains('_')
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    let def = rest.trim_start_matches([' ', '，', ',']);
    (constant && def.starts_with(crate::clean::is_cjk) && chars(def) >= 8)
        .then(|| t.len() - def.len())
}

/// `, to hold the Authentication…`, `, a distributed log`: after a name in bold, a comma and
/// what it is for or what it is (not `, typically can be…`). The text after the comma.
pub fn comma_gloss(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(',')?.trim_start();
    let first = rest.split_whitespace().next()?;
    (["to", "which", "used", "a", "an", "the"].contains(&first)
        && rest.split_whitespace().count() >= 3)
        .then_some(rest)
}

/// Where the definition starts after a linked name (`[apraxia](…) -- difficulty…`).
fn linked_term(t: &str) -> Option<usize> {
    let r = t.strip_prefix('[')?;
    let close = r.find("](")?;
    let name = &r[..close];
    let end = close + r[close..].find(')')? + 1;
    let after = &r[end..];
    let sep = [" -- ", " - ", " — ", " : ", ": "]
        .iter()
        .find(|s| after.starts_with(**s))?;
    let def = after[sep.len()..].trim_start();
    (!def.is_empty() && (1..=40).contains(&chars(name)) && !name.contains(['[', ']']))
        .then(|| t.len() - def.len())
}

/// `[物理模式]: …`, ` （外存）：…`, `(physical level) : …`: a name's other name in brackets,
/// then the colon before its definition, as typed after a bold name. Where the definition
/// starts. (Not a symbol, ` ($Ker f$)：…`: that is notation.)
pub fn glossed_colon(after: &str) -> Option<usize> {
    let a = after.trim_start();
    let (open, shut) = match a.chars().next()? {
        '[' => ('[', ']'),
        '（' => ('（', '）'),
        '(' => ('(', ')'),
        _ => return None,
    };
    let end = a.find(shut)?;
    let gloss = a[open.len_utf8()..end].trim();
    let rest = a[end + shut.len_utf8()..].trim_start();
    let def = rest.strip_prefix([':', '：'])?.trim_start();
    ((1..=30).contains(&chars(gloss)) && !gloss.contains([open, shut, '$']))
        .then(|| after.len() - def.len())
}

pub fn term_split(raw: &str) -> Option<usize> {
    let t = raw;
    // (`Q: TCP的三次握手`: a question's marker, not a term.)
    let marker = |t: &str| {
        matches!(
            super::pairs::qa_marker(t),
            Some((super::pairs::Marker::Q, _, _))
        )
    };
    if t.len() < 600 && t.find([':', '：']).is_some_and(|p| p <= 12) && marker(t) {
        return None;
    }
    // (An image, `![image.png](…){:height 331, :width 754}`, defines nothing.)
    if t.starts_with("![") {
        return None;
    }
    // `Code⇥Meaning⇥Example Use Case` (⇥ a tab): a row of a table set with tabs, three cells or more,
    // names no term.
    if crate::text::is_tab_row(t) {
        return None;
    }
    // `[apraxia](https://…) -- difficulty with motor planning`: a name linked to where it is
    // explained, then its definition after a dash or a colon.
    if let Some(def_at) = linked_term(t) {
        return Some(def_at);
    }
    // `**term**：def` or `**term** def` (or `***term*** def`, bold and italic)
    for m in ["***", "**", "__"] {
        if let Some(r) = t.strip_prefix(m) {
            if let Some(close) = r.find(m) {
                let inner = &r[..close];
                let after_at = m.len() + close + m.len();
                let after = &t[after_at..];
                // (`**内模式**[物理模式]: …`: its other name in brackets before the colon.)
                if let Some(at) = glossed_colon(after).filter(|_| chars(inner) <= 30) {
                    return Some(after_at + at);
                }
                let after_trim =
                    after.trim_start_matches([':', '：', ' ', '-', '—', '，', '.', '。']);
                let def_at = t.len() - after_trim.len();
                let inner_core = inner.trim_end_matches([':', '：']);
                // (Latin names take more letters: `non-performance-related criteria`.)
                let limit = if inner_core.is_ascii() && inner_core.split_whitespace().count() <= 6 {
                    40
                } else {
                    30
                };
                // (`**1986** Crucial meeting`: a date or a figure set in bold names nothing.)
                let named = inner_core.chars().any(char::is_alphabetic);
                if !after_trim.trim().is_empty()
                    && chars(inner_core) <= limit
                    && named
                    && (after.starts_with([':', '：'])
                        || inner.ends_with([':', '：'])
                        || after.starts_with(' ') && !continues_name(inner_core, after)
                        // (`**1906 Algeciras **The resulting…`: the space typed inside the
                        // closing marks still parts name and text.)
                        || inner.ends_with(char::is_whitespace)
                            && !inner.trim_end().ends_with([':', '：'])
                            && after.starts_with(char::is_alphabetic)
                        // (`**定义原语的直接方法是关中断**，让其…`, `**一种**指令执行步骤如下`:
                        // bold words opening a sentence, not a term; `**死锁**是指…` defines.)
                        || defines(after)
                        // (`**Justice**. Be fair…`: the name's full stop typed after the
                        // marks, a sentence after it.)
                        || after.strip_prefix(". ").is_some_and(|d| {
                            d.starts_with(|c: char| c.is_uppercase())
                                && inner_core.split_whitespace().count() <= 4
                        })
                        // (`**管道 (pipe)**。管道的实现…`: so is a Chinese full stop.)
                        || after.strip_prefix('。').is_some_and(|d| {
                            chars(d.trim()) >= 4 && chars(inner_core) <= 20 && !is_clause_zh(inner_core)
                        })
                        || comma_gloss(after).is_some() && inner_core.is_ascii()
                        // (`**空符号串ε**，不包含任何符号的符号串`: a short name, a comma, what
                        // it is.)
                        // (Not a word that orders what is said, `**首先**，…`.)
                        || after.starts_with('，')
                            && chars(inner_core) <= 10
                            && !is_clause_zh(inner_core)
                            && !["首先", "其次", "然后", "最后", "另外", "此外", "其实", "注意", "总之"]
                                .contains(&inner_core)
                            && chars(after) >= 6)
                {
                    return Some(def_at);
                }
                return None;
            }
        }
    }
    // `Mosaic Split Theorem = what happens when…`: a name, ` = `, its explanation in words
    // (not `x = 5`).
    if let Some(p) = t.find(" = ") {
        let term = t[..p].trim();
        let def = t[p + 3..].trim();
        let named = term
            .split_whitespace()
            .any(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
            || !term.is_ascii();
        // (`Average Cost = TC / Q`: a name in two words or more, defined by its formula.)
        let words = |t: &str| {
            t.split_whitespace()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
                .count()
        };
        // (Markup is no operator, nor a slash between words: `**TCP, UDP**`, `bits/time`.)
        let plain_def = crate::text::plain_inline(def);
        let divides = plain_def.match_indices('/').any(|(i, _)| {
            let before = plain_def[..i]
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let after = plain_def[i + 1..]
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            // (Words, not symbols: `bits/time`, but `2A/W`, `S/N` and `ID/MT` divide.)
            let word = |w: &str| w.len() >= 2 && w.chars().all(|c| c.is_ascii_alphabetic());
            let lower = |w: &str| w.chars().any(|c| c.is_ascii_lowercase());
            !(word(before) && word(after) && (lower(before) || lower(after)))
        });
        let formula =
            plain_def.contains(['+', '*', '×', '÷', '=']) || divides || def.starts_with(['`', '$']);
        // (Nor code: `jmethodid mid = env->GetMethodId(jc, "append")`.)
        if named
            && !assigned(def)
            && chars(term) <= 40
            // (Two words are enough when they are words: `Network Edge = Access Networks`.)
            && (def.split_whitespace().count() >= 3 && !formula
                || def.split_whitespace().count() == 2 && !formula && worded_equation(t)
                || words(term) >= 2 && formula)
            && !term.starts_with(['-', '*', '#', '>', '|', '`', '$'])
            // (`时间：1 s = …` names its term before the colon.)
            && !term.contains(['=', '$', '`', ';', ':', '：'])
            // (`f(x)` is a formula; `fixed costs (FC)` a name and its abbreviation.)
            && term.matches('(').count() == term.matches(" (").count()
        {
            return Some(t.len() - def.len());
        }
    }
    // `term -> def`, `term => def`
    for arrow in [" -> ", " => ", " → "] {
        if let Some(p) = t.find(arrow) {
            let term = &t[..p];
            if chars(term) <= 40
                && !term.trim().is_empty()
                && !t[p + arrow.len()..].trim().is_empty()
            {
                return Some(p + arrow.len());
            }
        }
    }
    // `交易成本 —— 相关各方之间…的成本`: a name, a Chinese dash (破折号), its explanation.
    // (`栈区（stack）— 由编译器…`: one dash typed close after the name, a space after it.)
    for dash in ["——", " — ", " – ", "— "] {
        if let Some(p) = t.find(dash).filter(|&p| p > 0) {
            let term = t[..p].trim();
            let def = t[p + dash.len()..].trim();
            let n = chars(plain_inline(term).trim());
            // (`电——机械——调制——机械——电`, `乙醇——乙醛——乙酸盐`: a chain of steps, no name.)
            if (1..=24).contains(&n)
                && chars(def) >= 2
                && !def.contains(dash.trim())
                && !term.starts_with(['-', '*', '#', '>', '|', '<'])
                && !term.contains(['，', '。', '？', '?', ':', '：', ',', '`'])
            {
                return Some(t.len() - def.len());
            }
        }
    }
    // `Latency—The time it takes…`: a short Latin name, an em dash set close as English
    // typesetting does, its explanation opening a sentence.
    if let Some(p) = t.find('—').filter(|&p| p > 0) {
        let term = t[..p].trim();
        let def = t[p + '—'.len_utf8()..].trim();
        if term.is_ascii()
            && term.starts_with(|c: char| c.is_ascii_alphanumeric())
            && (1..=4).contains(&term.split_whitespace().count())
            && chars(term) <= 28
            && !term.contains([':', '=', '?', '|', '$', '(', ','])
            && def.starts_with(|c: char| c.is_ascii_uppercase())
            && def.split_whitespace().count() >= 2
            && !def.contains('—')
        {
            return Some(t.len() - def.len());
        }
    }
    // `转换器--特征工程父类`: a name, two dashes, its explanation (plain-text notes).
    if let Some(p) = t.find("--").filter(|&p| p > 0) {
        let term = t[..p].trim();
        let def = t[p..].trim_start_matches('-').trim();
        let n = chars(term);
        // (`CR   ( -- ) print a carriage return`: dashes inside brackets are no separator.)
        let balanced = term.matches(['(', '（']).count() == term.matches([')', '）']).count();
        // (`Average income ----- As incomes rise…`: a long run of dashes set apart by spaces
        // parts them too.)
        let spaced = crate::text::spaced_dashes_at(t, p);
        if (1..=24).contains(&n)
            && balanced
            && chars(def) >= 2
            && !term.starts_with(['-', '*', '#', '>', '|', '<'])
            && !term.contains(['，', '。', '？', '?', ':', '：', '`'])
            && (!t[p..].starts_with("---") || spaced)
            && !def.starts_with(|c: char| c.is_ascii_digit())
        {
            return Some(t.len() - def.len());
        }
    }
    // `TCP - Transport Control Protocol`: a short Latin name, a dash, what it stands for.
    if let Some(p) = t.find(" - ") {
        let term = t[..p].trim();
        let def = t[p + 3..].trim();
        if !term.is_empty()
            && !def.is_empty()
            && term.is_ascii()
            && term.split_whitespace().count() <= 4
            && chars(term) <= 28
            && !term.starts_with(['-', '*', '#', '>', '|'])
            // (`P(A|B) - Posterior`: a symbol in a formula, explained; not a name.)
            && !term.contains([':', '=', '?', '|', '$', '_', '^'])
            && !def.contains(['?', '？'])
            // (`modules 1 - 5`: a range.)
            && !(term.ends_with(|c: char| c.is_ascii_digit())
                && def.starts_with(|c: char| c.is_ascii_digit()))
        {
            return Some(t.len() - def.len());
        }
    }
    // (`静态类型、动态类型   和  静态绑定` joins names across the gap: no explanation.)
    let joins = |def: &str| {
        ["和", "与", "及", "以及", "或", "&", "vs", "and ", "or "]
            .iter()
            .any(|c| def.starts_with(c))
    };
    // `>R        ( n -- )   to return stack`: a word set in a glossary's column, a wide gap
    // (three spaces or more), its explanation. Symbols are words there.
    if let Some(p) = t.find("   ") {
        let term = t[..p].trim();
        let def = t[p..].trim_start();
        if !term.is_empty()
            && term.split_whitespace().count() <= 2
            && chars(term) <= 16
            && !term.contains(['，', '。', '？', '?', ',', ':', '：', '|'])
            && chars(plain_inline(def).trim()) >= 2
            && !def.starts_with(['|', '=', '-', '+'])
            && !joins(def)
            && numbering(t).is_none()
            && !crate::text::is_numbered(t)
            && !crate::text::is_explicit_question(def)
        {
            return Some(t.len() - def.len());
        }
    }
    // `调度器的作用  把 pod 分到合适的节点`: a label, two spaces, its explanation.
    if let Some(p) = t.find("  ").or_else(|| t.find('\t')) {
        let term = t[..p].trim();
        let def = t[p..].trim_start();
        // (Not a closing tag: `<b>2.2 评估方法  </b>`.)
        // (Nor a box of a diagram, `(subclass)      | integer |`.)
        // (Nor an English phrase typed with two spaces, `4 necessary  conditions for…`:
        // its words go on in lower case.)
        let phrase = !term.contains(crate::clean::is_cjk)
            && def.starts_with(|c: char| c.is_ascii_lowercase());
        if !term.is_empty()
            && !phrase
            && chars(plain_inline(def).trim()) >= 2
            && chars(term) <= 16
            && !term.contains(['，', '。', '？', '?', ',', ':', '：'])
            && !def.starts_with('|')
            && chars(def) >= 4
            && !joins(def)
            && !term.starts_with(['-', '*', '#', '>', '|'])
            && numbering(t).is_none()
            && !crate::text::is_numbered(t)
            && chars(term) >= 2
            && !crate::text::is_explicit_question(def)
        {
            return Some(t.len() - def.len());
        }
    }
    // `PVD（成本低，稳定，大批量生产）`: a short name, then what it is in brackets to the end
    // of the line, a list of points (commas in it), not a gloss (`冒泡（bubble）`).
    if let Some(open) = t.find('（') {
        let name = t[..open].trim();
        let remark = &t[open + '（'.len_utf8()..];
        let closed = remark.trim_end().strip_suffix('）');
        // (The bracket opened after the name is the one that closes the line.)
        let one = closed.is_some_and(|r| {
            let mut depth = 0i32;
            r.chars().all(|c| {
                match c {
                    '（' => depth += 1,
                    '）' => depth -= 1,
                    _ => {}
                }
                depth >= 0
            })
        });
        let listed = one && closed.is_some_and(|r| chars(r) >= 8 && r.contains('，'));
        // (One word: `go 内存逃逸分析（分析了栈帧，…，点头）` is an interview question with a
        // remark on how it went.)
        let named = (1..=12).contains(&chars(name))
            && !name.contains(['，', ',', '。', '：', ':', '*', '`', '(', ' '])
            && !is_question_like(name);
        if listed && named {
            return Some(open);
        }
    }
    // `分層 互斥組別`, `名義尺度 (Nominal) 辨識不同組別`: a short Chinese name (a Latin gloss
    // in brackets may follow it), one space, its explanation in Chinese.
    if let Some(at) = cjk_space_term(t) {
        return Some(at);
    }
    if let Some(at) = constant_space_term(t) {
        return Some(at);
    }
    // `term：def`, `term: def` (not a colon inside math: `有中点 $ C: |E_d| = 1 $`).
    let mut math = false;
    let colon = t
        .char_indices()
        .find(|&(_, c)| {
            if c == '$' {
                math = !math;
            }
            !math && (c == '：' || c == ':')
        })
        .map(|(i, c)| (i, c.len_utf8()))?;
    let (p, mut w) = colon;
    let term = &t[..p];
    // (`信道容量:: 信息在传输…`: a name in Chinese set off the outliner's way, `::`, names
    // no property the outliner knows; it defines.)
    if t[p..].starts_with(":: ") && !term.is_ascii() {
        w = 2;
    }
    let def = &t[p + w..];
    // `https://`, `12:30`, `a::b`, `-XX:+UseG1GC`, `display:none` are not terms.
    if def.starts_with("//")
        || def.starts_with(':')
        || term.ends_with(|c: char| c.is_ascii_digit())
            && def.starts_with(|c: char| c.is_ascii_digit())
        || w == 1
            && term.ends_with(|c: char| c.is_ascii_alphabetic())
            && def.starts_with(|c: char| c.is_ascii_alphabetic())
    {
        return None;
    }
    // (`EN = 1: D passes through`, `When CLK = 0:`: a condition, not a name.)
    if strip_enclosed(term).contains(" = ") {
        return None;
    }
    // (`2.1：顺序存储`, `2: …`: a section's number before its colon, no name. A year is one,
    // `1617: john napier…` in a timeline.)
    let bare = term.trim();
    if !bare.is_empty()
        && bare.chars().all(|c| c.is_ascii_digit() || c == '.')
        && (bare.contains('.') || bare.len() == 1)
    {
        return None;
    }
    // (A dotted name is one, `.text: 已编译的机器代码`, `.gitignore: …`: an ELF section, a
    // file; not `./run.sh:` or `.5:`.)
    let dotted = |t: &str| {
        t.strip_prefix('.').is_some_and(|rest| {
            rest.starts_with(|c: char| c.is_ascii_alphabetic())
                && rest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_'))
        })
    };
    let lead = term.trim_start();
    if lead.starts_with(['-', '+', '$', '/', '<', '('])
        || lead.starts_with('.') && !dotted(lead.trim_end())
        || def.starts_with(['+', '-', '=', '/', '\\', '|', ')'])
    {
        return None;
    }
    // A colon inside brackets glosses the name, `两种并行技术（即：高性能流水线）`: no term
    // ends there.
    let open = term.matches(['（', '(']).count();
    if open > term.matches(['）', ')']).count() {
        return None;
    }
    let term_plain = plain_inline(term);
    // A name's gloss in brackets, `主存（内存，Main Memory）`, is no part of its length, and
    // its commas run on no sentence.
    let core = strip_enclosed(&term_plain);
    let n = chars(&core);
    // Latin names take more letters (`arithmetic logic unit (ALU)`) but few words.
    // (A question in English, `What is the function of inodes in a Linux filesystem: …`, takes
    // as many as it needs: it is answered on its line.)
    let words = term_plain.split_whitespace().count();
    let asks = term_plain.is_ascii() && words <= 14 && crate::text::asks_outright(&term_plain);
    let limit = if asks {
        80
    } else if term_plain.is_ascii() && words <= 6 {
        40
    } else {
        24
    };
    if n == 0
        || n > limit
        || chars(&term_plain) > limit.max(60)
        || core.contains(['。', '，', '？', '?', ','])
    {
        return None;
    }
    if term.contains("](") && !term.contains(')') {
        return None; // inside a link
    }
    // `Difference between a variable that is: null, undefined…`: a sentence running on
    // across the colon, its last word one that needs what follows.
    const RUNS_ON: &[&str] = &[
        "is",
        "are",
        "was",
        "were",
        "be",
        "between",
        "of",
        "the",
        "a",
        "an",
        "that",
        "to",
        "for",
        "with",
        "and",
        "or",
        "following",
        "like",
        "as",
    ];
    if term_plain.split_whitespace().count() >= 3
        && term_plain
            .split_whitespace()
            .last()
            .is_some_and(|w| RUNS_ON.iter().any(|r| r.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    let d = def.trim_start();
    if d.is_empty() {
        return None;
    }
    Some(t.len() - d.len())
}

#[cfg(test)]
mod tests {
    #[test]
    fn english_statements_against_names() {
        assert!(english_statement("Each variable forms a column"));
        assert!(english_statement(
            "A hypothesis test provides a numerical answer"
        ));
        assert!(english_statement(
            "Memory management determines what is in memory and when"
        ));
        assert!(english_statement("VMM can run natively, in which case"));
        assert!(!english_statement("conservation of particles in gas"));
        assert!(!english_statement("Binary search trees and heaps"));
        assert!(!english_statement("The Link Layer"));
        assert!(!english_statement("A list of vertex normals"));
        assert!(!english_statement("The impact of video marketing"));
        assert!(!english_statement("What is the role of a router"));
    }

    use super::*;

    #[test]
    fn a_code_span_line_is_an_aside() {
        // `` `parameters: v,u,w` `` between a lecture's slides: code, no label and no term.
        let s = Shape::of("`parameters: v,u,w`");
        assert!(!s.label && s.term.is_none());
        let s = Shape::of("`softmax to normalize:`");
        assert!(!s.label);
        // (A term whose name is set as code still defines it.)
        assert!(Shape::of("`GOPATH`: where Go looks for packages")
            .term
            .is_some());
        // German parts of an answer, and a proof by induction's.
        assert!(is_part("Beispiel") && is_part("Beweis") && is_part("IA"));
        assert!(!is_part("Base case"));
        assert!(is_part("Example areas") && !is_part("Examples of rocks") && !is_part("Exam tips"));
        assert!(is_part("Steps w/ Example:") && !is_part("Definition and examples"));
        assert!(is_part("Key Features") && is_part("main advantages") && !is_part("Key Terms"));
        assert!(is_part("第一次握手") && is_part("第三阶段") && !is_part("第一范式"));
        assert!(!is_part("第一次作业总结"));
        assert!(counts_questions("35 Questions in total") && counts_questions("共50道面试题"));
        assert!(
            !counts_questions("Go interview questions") && !counts_questions("Top 10 Go questions")
        );
        assert!(names_no_subject("常见面试题") && names_no_subject("Interview Questions"));
        assert!(names_no_subject("设计题（共计40分）") && names_no_subject("思考题"));
        assert!(!names_no_subject("Java IO 面试题") && !names_no_subject("读者-写者问题"));
    }

    #[test]
    fn a_number_before_a_colon_names_no_term_but_a_year_does() {
        assert_eq!(term_split("2.1：顺序存储"), None);
        assert_eq!(term_split("2: value added"), None);
        let t = "1617: john napier creates napiers bones";
        assert_eq!(
            term_split(t).map(|i| &t[i..]),
            Some("john napier creates napiers bones")
        );
    }

    #[test]
    fn a_full_stop_after_a_bold_name() {
        let t = "**管道 (pipe)**。管道的实现其实也是文件";
        assert_eq!(
            term_split(t).map(|i| &t[i..]),
            Some("管道的实现其实也是文件")
        );
        // (Nothing after it: a name not explained yet.)
        assert_eq!(term_split("**共享文件**。"), None);
    }

    #[test]
    fn worded_equations_are_no_code() {
        // A name set equal to words defines it; an assignment is code.
        assert!(!Shape::of("Network Edge = Access Networks").code);
        assert!(!Shape::of("Transport = process delivery, like **TCP, UDP**").code);
        assert!(Shape::of("Object o = new Object;").code);
        assert!(Shape::of("var current = this // the lambda").code);
        assert!(Shape::of("List rows = session.selectList(query)").code);
        assert!(Shape::of("存储阶码 = 真实阶码 + Bias").code);
        // A unit counted in words names a chapter; a slash between words divides nothing.
        assert!(
            chapter_name("Chapter twelve - Transport layer") && chapter_name("chap 1.1 delays")
        );
        assert!(!chapter_name("Chapter list AI PDF"));
        assert_eq!(
            term_split("Throughput = rate at which bits arrive (bits/time unit)"),
            Some(13)
        );
        assert_eq!(
            term_split("jmethodid mid = env->GetMethodId(jc, \"append\")"),
            None
        );
    }

    #[test]
    fn terms() {
        fn d(t: &str) -> Option<&str> {
            term_split(t).map(|i| &t[i..])
        }
        assert_eq!(d("死锁：两个进程互相等待"), Some("两个进程互相等待"));
        // Two spaces set a label off its explanation, not the words of one English phrase.
        assert_eq!(
            d("调度器的作用  把 pod 分到合适的节点"),
            Some("把 pod 分到合适的节点")
        );
        assert_eq!(d("4 necessary  conditions for deadlocks to occur"), None);
        assert_eq!(d("cgroup  namespace"), None);
        // Labels of an answer's parts, and a course's notices, ask nothing.
        assert!(is_part("Similarities") && is_part("不同点") && is_part("描述"));
        assert!(is_part("Main idea") && is_part("Next step"));
        assert!(is_structural("Announcements") && is_structural("source"));
        // A name with its points bracketed to the end of the line; not a question with a
        // remark on how the interview went, nor a gloss.
        assert_eq!(
            d("PVD（成本低，稳定，方向性强）"),
            Some("（成本低，稳定，方向性强）")
        );
        assert_eq!(d("go 内存逃逸分析（分析了栈帧，讲五种例子，点头）"), None);
        assert_eq!(d("冒泡（bubble）"), None);
        assert_eq!(
            d("**互斥共享方式**：规定一段时间内"),
            Some("规定一段时间内")
        );
        assert_eq!(d("Round robin: each in turn"), Some("each in turn"));
        assert_eq!(d("Anoche -> last night"), Some("last night"));
        assert_eq!(d("见 https://x.y/z"), None);
        assert_eq!(d("如此分离的原因："), None);
        assert_eq!(
            d("Difference between a variable that is: null, undefined"),
            None
        );
        assert_eq!(d("Average Cost = `TC / Q`"), Some("`TC / Q`"));
        assert_eq!(
            d("fixed cost (FC) = the same whatever"),
            Some("the same whatever")
        );
        assert_eq!(d("P(A|B) = P(B|A) P(A) / P(B)"), None);
        assert_eq!(d("x = 5"), None);
        fn sp(t: &str, plain: bool) -> Option<&str> {
            spaced_term(t, plain).map(|i| &t[i..])
        }
        assert_eq!(
            sp("电路交换 //整个报文先存储", false),
            Some("整个报文先存储")
        );
        assert_eq!(
            sp("1.差错控制 使通信更加可靠", false),
            Some("使通信更加可靠")
        );
        assert_eq!(sp("提示 从报文本身和压缩上入手", false), None);
        assert_eq!(
            sp("提示 从报文本身和压缩上入手", true),
            Some("从报文本身和压缩上入手")
        );
        assert_eq!(sp("泛型 kt和java区别 上下界", true), None);
        assert_eq!(d("因为浏览器出于安全考虑，不允许：跨域"), None);
        assert_eq!(d("![image.png](a.png){:height 331, :width 754}"), None);
        assert_eq!(d("**一种**指令执行步骤如下"), None);
        assert_eq!(
            d("**死锁**是指两个进程互相等待"),
            Some("是指两个进程互相等待")
        );
        assert_eq!(d("静态类型、动态类型   和  静态绑定"), None);
    }

    #[test]
    fn parts_structure_remarks() {
        assert!(is_part("优点"));
        assert!(is_part("方法1"));
        assert!(is_part("Example"));
        assert!(is_part("第二种"));
        assert!(is_part("Answer - https://example.com/lld"));
        assert!(!is_part("Redis - https://example.com/redis"));
        assert!(!is_part("死锁"));
        assert!(says_nothing("Misc"));
        assert!(says_nothing("Comments"));
        assert!(is_glossary_name("Defs"));
        assert!(is_glossary_name("Vocab"));
        assert!(bare_chapter("第一章 ") && bare_chapter("Chapter 3"));
        assert!(!bare_chapter("第六章 图") && !bare_chapter("第3节 进程"));
        assert!(is_remark("即：应用程序执行陷入指令"));
        assert!(!is_remark("即时编译：运行时编译热点代码"));
        assert!(is_structural("参考资料"));
        assert!(is_structural("TODO"));
        assert!(is_remark("tips：语音文件夹放了学习过程"));
        assert!(is_remark("记不大全了。"));
        assert!(is_question_list("常问问题"));
        for round in [
            "IEG一面",
            "cdg？一面",
            "一面 40min",
            "字节跳动二面（凉）",
            "HR面",
            "Round 2",
            "Interview 4 | 11112024 | Java Developer ** --- next round (endava)",
            "2nd round",
            "Phone screen",
            "2021/8/22(深信服计算二面)",
        ] {
            assert!(is_round(round), "{round}");
            assert!(!Shape::of(round).question, "{round}");
        }
        for not in [
            "事物的另一面",
            "Interview tips",
            "How to prepare for an interview?",
            "技术面的时候，感觉自己哪点不足？",
        ] {
            assert!(!is_round(not), "{not}");
        }
        assert!(!is_question_list("问题分类"));
        assert!(!is_question_list("使用单节点redis 有个问题"));
        assert!(!is_question_list("还有问题"));
        assert!(!is_question_list("tcp 握手的丢失问题"));
        assert!(!is_question_list("粘包问题"));
        assert!(is_question_list("其他问题"));
        assert!(is_question_list("数据库面试问题"));
        assert!(is_remark(
            "You can find a sheet with more interview questions from former students here"
        ));
        assert!(!is_remark("Process scheduling in operating systems"));
        assert!(!is_remark("gc：并发三色标记，写屏障"));
        assert!(is_anchor_index("* [GCRoots](#GCRoots)"));
        assert!(is_anchor_index(">[快慢指针](#快慢指针),"));
        assert!(!is_anchor_index("[C++异常处理](https://x.y)"));
    }
}
