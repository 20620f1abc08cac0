//! Small text rules shared by the extraction rules: numbering prefixes, inline markup to
//! plain text, and "does this line read like a question?".

use regex::Regex;
use std::sync::OnceLock;

fn re(cell: &'static OnceLock<Regex>, pat: &str) -> &'static Regex {
    cell.get_or_init(|| Regex::new(pat).expect("valid pattern"))
}

/// Removes a leading numbering prefix (`1、` `一、` `十三 ` `1.` `1.1 ` `(1)` `（一）` `第一题`
/// `Q1:` `Q.)` `①`) but not a numeral that starts a word (`二叉树`, `三色标记法`, `2的n次方`).
pub fn strip_numbering(s: &str) -> String {
    // `A.1 被动攻击`, `B. 对称密码`: an appendix-style letter over numbered sections.
    static L: OnceLock<Regex> = OnceLock::new();
    let lettered = re(&L, r"^\s*[A-Z](?:[.．]\d{1,3})+\s+|^\s*[A-Z][.．]\s+");
    if let Some(m) = lettered.find(s) {
        let rest = &s[m.end()..];
        let dotted = m.as_str().trim().len() > 2;
        if (dotted || rest.starts_with(|c: char| crate::clean::is_cjk(c)))
            && !rest.trim().is_empty()
        {
            return rest.trim().to_string();
        }
    }
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &R,
        r"^\s*(?:第\s*[一二三四五六七八九十百零〇\d]{1,4}\s*(?:部分|[题章节问部])\s*[、.．:：]?\s*|[(（]\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]\s*[、.．]?\s*|\d{1,3}(?:[.．]\d{1,3})+[.．]?\s+|[1-9]\d?(?:-\d{1,2})+\s+|\d{1,3}\s*[、.．。)）]\s*|\d{1,3}\s+|[一二三四五六七八九十百零〇]{1,4}\s*[、.．]\s*|[一二三四五六七八九十百零〇]{1,4}\s+|(?i:q)\s*[-#]?\d{0,3}\s*(?:[:：.、]\s*[)）]?|[)）])\s*|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]\s*|[a-h][.)]\s+|[(（][a-h][)）]\s*)",
    );
    let Some(m) = r.find(s) else {
        return glued_section_number(s).unwrap_or(s.trim()).to_string();
    };
    let rest = &s[m.end()..];
    // `1.25倍` is a number, not numbering; `2. 0-1 背包` (a space after the dot) is numbering.
    let matched = m.as_str();
    if (matched.ends_with('.') || matched.ends_with('．'))
        && rest.starts_with(|c: char| c.is_ascii_digit())
    {
        return glued_section_number(s).unwrap_or(s.trim()).to_string();
    }
    // `3 domains of life`, `64 bit computing`: in English, a count one space before a word.
    if matched
        .trim_start()
        .strip_suffix(' ')
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
        && rest.starts_with(|c: char| c.is_ascii_lowercase())
        && rest.is_ascii()
    {
        return s.trim().to_string();
    }
    if rest.trim().is_empty() {
        return s.trim().to_string();
    }
    rest.trim().to_string()
}

/// `1.1翻译程序 定义`, `2.3.1进程的状态`: a section number written against a Chinese name,
/// no space between; the name after it. Not a quantity, `1.5倍`, `2.5亿`, nor a version,
/// `3.0版本` (a part of `0` or past two digits).
fn glued_section_number(s: &str) -> Option<&str> {
    static R: OnceLock<Regex> = OnceLock::new();
    let r = re(&R, r"^\s*[1-9]\d?(?:[.．][1-9]\d?)+[.．]?");
    let m = r.find(s)?;
    let rest = &s[m.end()..];
    let first = rest.chars().next()?;
    const UNITS: &str = "倍秒亿万元个分米克年版级次岁天周月折的是节章";
    (crate::clean::is_cjk(first) && !UNITS.contains(first) && chars(rest.trim()) >= 2)
        .then(|| rest.trim())
}

/// `Q.) …`, `Q1: …`, `Q3. …`, `面试题：…`: the author's own mark that a question follows on
/// the line, whatever its length (`Q1:` alone is a label).
pub fn question_marker(s: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    re(
        &R,
        r"^\s*(?:[-*+]\s+)?(?:\*\*)?(?:Q\s*\d{0,3}\s*(?:[:：.、]\s*[)）]?|[)）])|(?:面试题|面试问题)\s*\d{0,3}\s*[:：])\s*[^\s*]",
    )
    .is_match(s)
}

/// `![](a.png)`, `<img src=…>`, `![[a.png]]`: a picture and no words beside it.
pub fn only_picture(t: &str) -> bool {
    (t.contains("![") || t.contains("<img")) && plain_inline(t).trim().is_empty()
}

/// A line of prose filled to this many characters may wrap onto the next.
pub const WRAP_COLUMN: usize = 60;

/// A line stops mid-sentence when its last character is a letter, a digit or `,;-(`.
pub fn stops_mid_sentence(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, ',' | ';' | '-' | '(')
}

/// `Code⇥Meaning⇥Example` (⇥ a tab): a row of a table set with tabs (three cells or more).
pub fn is_tab_row(s: &str) -> bool {
    s.contains('\t') && s.split('\t').filter(|c| !c.trim().is_empty()).count() >= 3
}

/// True when the text starts with a numbering prefix.
pub fn is_numbered(s: &str) -> bool {
    strip_numbering(s) != s.trim()
}

/// `Different Types of Data -- August 25, 2025`, `Continuing Distribution--Sep16`: a
/// heading stamped after a dash with the day it was written; its text without the stamp.
pub fn without_date_stamp(t: &str) -> &str {
    // (Cheap test first: every stamp holds a digit.)
    if !t.bytes().any(|b| b.is_ascii_digit()) {
        return t;
    }
    const DATE: &str = r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(?:st|nd|rd|th)?(?:,?\s*\d{4})?|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?)";
    static D: OnceLock<Regex> = OnceLock::new();
    static E: OnceLock<Regex> = OnceLock::new();
    let stamp = re(
        &D,
        &format!(r"(?i)(?:\s*(?:-{{2,3}}|—+|–)\s*|\s+-\s+){DATE}\s*$"),
    );
    // (Not the end of a range, `11/06 - 11/12`, `September 19 - October 8, 2020`: the
    // heading is the dates.)
    let ends_in_date = re(&E, &format!(r"(?i)\b{DATE}$"));
    match stamp.find(t) {
        Some(m) if m.start() > 0 && !ends_in_date.is_match(&t[..m.start()]) => &t[..m.start()],
        _ => t,
    }
}

/// `**初始方法** <br>`: a line break written out at the end of a line ends it, nothing more.
pub fn trim_breaks(t: &str) -> &str {
    let mut t = t.trim_end();
    while let Some(r) = ["<br>", "<br/>", "<br />", "<BR>", "</br>"]
        .iter()
        .find_map(|b| t.strip_suffix(b))
    {
        t = r.trim_end();
    }
    t
}

/// Inline Markdown/HTML to plain text: `**b**`, `` `c` ``, `[t](u)`, `<tag>`, `\` escapes.
pub fn plain_inline(s: &str) -> String {
    plain_inline_with(s, false)
}

/// A link back to the top of the note (`<a href="#index">[Top]</a>`, `[↑](#top)`) is
/// navigation, no text: `s` without it. (So is an emoji linking the page's contents,
/// `[:sushi:](https://github.com/…/top10.md#table-of-contents)`.)
pub fn without_nav_links(s: &str) -> std::borrow::Cow<'_, str> {
    static TOP: OnceLock<Regex> = OnceLock::new();
    if !s.contains('#') {
        return std::borrow::Cow::Borrowed(s);
    }
    let top = TOP.get_or_init(|| {
        let words = r"\[?\s*(?:top|back to top|↑|⬆|返回顶部|回到顶部|返回目录|:[a-z0-9_+-]+:|[^\p{L}\p{N}\s\[\]()]{1,3})\s*\]?";
        let contents = r"[^)\s]*#(?:table-of-contents|toc|top|contents|目录)";
        Regex::new(&format!(
            r#"(?i)<a\b[^<>]*href=["']#[^"']*["'][^<>]*>\s*{words}\s*</a>|\[\s*{words}\s*\]\((?:#[^)]*|{contents})\)"#
        ))
        .expect("valid pattern")
    });
    top.replace_all(s, "")
}

/// [`plain_inline`], keeping code spans' backticks when `keep_code`.
fn plain_inline_with(s: &str, keep_code: bool) -> String {
    static IMG: OnceLock<Regex> = OnceLock::new();
    static LINK: OnceLock<Regex> = OnceLock::new();
    static TAG: OnceLock<Regex> = OnceLock::new();
    let mut out = s.to_string();
    if let std::borrow::Cow::Owned(o) = without_nav_links(&out) {
        out = o;
    }
    if out.contains("](") {
        out = re(&IMG, r"!\[[^\]]*\]\([^)]*\)")
            .replace_all(&out, "")
            .into_owned();
        // Link text may hold balanced brackets (`[new[] 和 delete[]](url)`).
        out = re(&LINK, r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\([^)]*\)")
            .replace_all(&out, "$1")
            .into_owned();
    }
    // A reference-style link, `[The BS in the Balkans][1]`: its text.
    if out.contains("][") {
        static REF: OnceLock<Regex> = OnceLock::new();
        // (Not an index glued to a name, `a[i][j]`.)
        out = re(&REF, r"(^|[\s(（])\[([^\[\]]{2,})\]\[[^\[\]]*\]")
            .replace_all(&out, "$1$2")
            .into_owned();
    }
    if out.contains('<') {
        // Tags go, except inside code spans: `Box<T>` is code, not HTML.
        let tag = re(&TAG, r"</?[A-Za-z][^<>]*>");
        out = out
            .split('`')
            .enumerate()
            .map(|(i, part)| {
                if i % 2 == 1 {
                    std::borrow::Cow::Borrowed(part)
                } else {
                    tag.replace_all(part, |c: &regex::Captures| {
                        if mentioned_tag(&c[0], part) {
                            c[0].to_string()
                        } else {
                            String::new()
                        }
                    })
                }
            })
            .collect::<Vec<_>>()
            .join("`");
    }
    // (`==Transistors==`: Obsidian's highlight.)
    if out.contains("==") {
        static MARK: OnceLock<Regex> = OnceLock::new();
        out = re(&MARK, r"==([^=\s][^=]*)==")
            .replace_all(&out, "$1")
            .into_owned();
    }
    if out.contains("**") || out.contains("__") {
        out = strip_strong(&out);
    }
    if out.contains(['_', '*']) {
        out = strip_emphasis(&out);
    }
    if out.contains('`') && !keep_code {
        out = out.replace('`', "");
    }
    let out = out.trim().trim_end_matches('\\').trim();
    let out = unescape(out);
    collapse_ws(&out)
}

/// `What is the difference between <div> and <span>?`, `…in our HTML <form action="/x">
/// tags`: a tag the text names rather than uses. It opens and is never closed (nor closes
/// without opening), and it is no tag notes use to format (`<br>`, `<img …>`, `<font
/// color=red>`, `<del>`), nor a `<div style=…>` box.
fn mentioned_tag(tag: &str, text: &str) -> bool {
    // (`<https://…>` is a link, `<a@b.org>` an address: markup too.)
    if tag.starts_with("</") || tag.contains(':') || tag.contains('@') {
        return false;
    }
    let name: String = tag[1..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect::<String>()
        .to_ascii_lowercase();
    let attributes = tag[1 + name.len()..].trim_end_matches(['>', '/']).trim() != "";
    // (Tags that format text, left open where a line ends, are markup all the same.)
    const FORMAT: [&str; 22] = [
        "br", "hr", "img", "wbr", "p", "center", "font", "span", "b", "i", "u", "s", "em",
        "strong", "mark", "sup", "sub", "del", "ins", "strike", "small", "big",
    ];
    // (Whether it is closed is read last: most tags are ones that format.)
    let closed = || text.to_ascii_lowercase().contains(&format!("</{name}"));
    // (Unless the text speaks of tags, `diff <em> and <i> tag`, `<b>和<strong>标签的区别`:
    // a bare one it names, then.)
    let about_tags = || {
        let lower = text.to_lowercase();
        !attributes
            && (lower
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| matches!(w, "tag" | "tags" | "element" | "elements"))
                || lower.contains("标签"))
    };
    !(FORMAT.contains(&name.as_str()) && !about_tags() || attributes && name == "div" || closed())
}

/// Removes `**strong**` and `__strong__` markers in pairs, and an unbalanced `**` wrapping the
/// whole text (`**1、问题？`). A lone `**` inside (`*args and **kwargs`) and dunder names
/// (`__init__`) are text, not markup, and stay.
fn strip_strong(s: &str) -> String {
    static STARS: OnceLock<Regex> = OnceLock::new();
    static UNDERS: OnceLock<Regex> = OnceLock::new();
    let out = re(&STARS, r"\*\*(\S(?:.*?\S)?)\*\*").replace_all(s, "$1");
    let out = re(&UNDERS, r"__(\S(?:.*?\S)?)__").replace_all(&out, |c: &regex::Captures| {
        let inner = &c[1];
        if inner
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '_')
        {
            c[0].to_string()
        } else {
            inner.to_string()
        }
    });
    let t = out.trim();
    let t = t.strip_prefix("**").unwrap_or(t);
    let t = t.strip_suffix("**").unwrap_or(t);
    t.to_string()
}

/// Removes `_em_` and `*em*` markers whose outsides are not letters or digits (`_nsqd_中`);
/// `snake_case_names` and `a * b * c` are text.
fn strip_emphasis(s: &str) -> String {
    static EM: OnceLock<Regex> = OnceLock::new();
    let re = re(
        &EM,
        r"(^|[^A-Za-z0-9_*\\])([_*])([^_*\s](?:[^_*]*[^_*\s])?)([_*])($|[^A-Za-z0-9_*])",
    );
    re.replace_all(s, |c: &regex::Captures| {
        if c[2] == c[4] {
            format!("{}{}{}", &c[1], &c[3], &c[5])
        } else {
            c[0].to_string()
        }
    })
    .into_owned()
}

fn unescape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if n.is_ascii_punctuation() {
                    out.push(n);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// A question as shown on a card: plain text, numbering removed, whitespace collapsed.
pub fn clean_question(s: &str) -> String {
    clean_question_with(s, false)
}

/// Tags written at the end of a question (`Weight of an error #card`, `GMP #golang/runtime`,
/// Logseq's `#[[Error Correction]]`): the question without them, and the tags. A tag follows
/// a space and starts with a letter, so `C#` and `#1` stay text; a question that is
/// nothing but tags keeps them.
pub fn trailing_tags(q: &str) -> (&str, Vec<String>) {
    static TAG: OnceLock<Regex> = OnceLock::new();
    let r = re(
        &TAG,
        r"\s#(?:\[\[([^\[\]]+)\]\]|(\p{L}[\p{L}\p{N}_/-]*))\s*$",
    );
    let mut rest = q.trim_end();
    let mut tags = Vec::new();
    while let Some(c) = r.captures(rest) {
        let (Some(m), Some(t)) = (c.get(0), c.get(1).or_else(|| c.get(2))) else {
            break;
        };
        let before = rest[..m.start()].trim_end();
        if before.is_empty() || before.ends_with('#') {
            break;
        }
        tags.push(t.as_str().trim().to_string());
        rest = before;
    }
    tags.reverse();
    (rest, tags)
}

/// The question as Markdown keeping its inline code (`` What is `Vec<T>`? ``) when it has
/// any and, backticks aside, it is `question`; otherwise empty.
pub fn question_markdown(raw: &str, question: &str) -> String {
    if !raw.contains('`') {
        return String::new();
    }
    let md = clean_question_with(raw, true);
    let balanced = md.matches('`').count().is_multiple_of(2);
    if balanced && md.contains('`') && md.replace('`', "") == question {
        md
    } else {
        String::new()
    }
}

/// `Tell me about yourself.[^1]`: the line without its footnotes' marks.
pub fn strip_footnote_marks(s: &str) -> std::borrow::Cow<'_, str> {
    static NOTE: OnceLock<Regex> = OnceLock::new();
    if s.contains("[^") {
        re(&NOTE, r"\[\^[^\]\s]{1,20}\]").replace_all(s, "")
    } else {
        s.into()
    }
}

fn clean_question_with(s: &str, keep_code: bool) -> String {
    static ATTR: OnceLock<Regex> = OnceLock::new();
    let s = strip_footnote_marks(s);
    let plain = plain_inline_with(&s, keep_code);
    // `## 什么是 GC？ {#gc}`: a heading id, not part of the question.
    let plain = if plain.ends_with('}') {
        re(&ATTR, r"\s*\{#[^{}]*\}$")
            .replace(&plain, "")
            .into_owned()
    } else {
        plain
    };
    // (`…死锁*？*怎么避免*？`: emphasis marks left around a question mark.)
    let plain = if plain.contains("*？") || plain.contains("？*") {
        plain.replace("*？", "？").replace("？*", "？")
    } else {
        plain
    };
    let plain = trim_decoration(&plain);
    // Bullets left in the text (`* 3.Redis为什么快？`, `- Topic` in plain text), and the
    // marks of a quoted question (`> Explain how…?`).
    let plain = plain.trim_start_matches(|c: char| {
        matches!(c, '-' | '*' | '+' | '•' | '·' | '●' | '○' | '▪') || c.is_whitespace()
    });
    let mut plain = plain;
    while let Some(rest) = plain.strip_prefix("> ") {
        plain = rest.trim_start();
    }
    let q = strip_numbering(&strip_numbering(plain));
    // `a.长度`: a letter and its dot right against Chinese text number the question too.
    let b = q.as_bytes();
    let q = if b.len() > 2
        && (b'a'..=b'h').contains(&b[0])
        && matches!(b[1], b'.' | b')')
        && q[2..].starts_with(crate::clean::is_cjk)
    {
        q[2..].to_string()
    } else {
        q
    };
    // (`、为什么会有UDP协议`: the comma of `4、` left where the author lost the number.)
    let q = q
        .trim()
        .trim_end_matches('\\')
        .trim()
        .trim_start_matches('、')
        .trim_start();
    // `面试题：Redis内存淘汰机制`, `问题：为什么用 Proxy？`: the author's mark that a
    // question follows. (`问题：噪声，外点` names problems: no mark.)
    let q = ["面试题", "面试问题", "问题", "题目"]
        .iter()
        .find_map(|m| {
            let r = q.strip_prefix(m)?.trim_start();
            let r = r.strip_prefix([':', '：'])?.trim_start();
            let marks = m.starts_with('面') || is_question_like(r);
            (!r.is_empty() && marks).then_some(r)
        })
        .unwrap_or(q);
    // `service的类型:` asks about what follows the colon; `讲一下好的设计；` ends a
    // list's line.
    let q = q.trim_end_matches([':', '：', '；']).trim();
    // `## Types of memory and storage----`: a rule typed onto the heading's line.
    // (Not an operator set apart by a space, `== and ===`: three marks after a space are a
    // word of the question.)
    let ruled = q.trim_end_matches(['-', '=']);
    let cut = q.len() - ruled.len();
    let word = cut == 3 && ruled.ends_with(' ');
    let q = if cut >= 3 && !word && !ruled.trim().is_empty() {
        ruled.trim()
    } else {
        q
    };
    // `Rolling UpdatesRolling Updates`: the name pasted twice, once is enough.
    let half = q.len() / 2;
    let q = if chars(q) >= 8 && q.is_char_boundary(half) && q[..half] == q[half..] {
        &q[..half]
    } else {
        q
    };
    collapse_ws(q)
}

/// Longer than this (about 200 CJK characters) is a paragraph, never a question.
pub const MAX_QUESTION_BYTES: usize = 600;

/// Words that make a line read as a question (Chinese and English).
const ASKING: &[&str] = &[
    "吗",
    "嘛",
    "么",
    "啥",
    "什么",
    "怎么",
    "如何",
    "为什么",
    "为何",
    "哪些",
    "哪个",
    "哪里",
    "哪种",
    "多少",
    "几种",
    "是否",
    "区别",
    "原理",
    "作用",
    "怎样",
    "能否",
    "有没有",
    // (`值传递还是引用传递`, asked `到底`: which of the two, exactly.)
    "到底是",
    "谈谈",
    "聊聊",
    "简述",
    "描述",
    "解释",
    "介绍",
    "请简要",
    "说说",
    "讲一下",
    "讲讲",
    "列举",
    "比较",
    "理解",
];
const ASKING_EN: &[&str] = &[
    "what",
    "why",
    "how",
    "when",
    "which",
    "who",
    "explain",
    "describe",
    "difference",
    "diff between",
    "compare",
    "is there",
    "can ",
    "does ",
    "do you",
];

/// Traditional characters of the words the rules look for (`缺點`, `為什麼`, `區別`, `步驟`),
/// folded to the simplified forms the word lists hold, so notes in either script read alike.
pub fn fold_traditional(s: &str) -> std::borrow::Cow<'_, str> {
    // (Sorted by the traditional character, for a binary search.)
    const PAIRS: &[(char, char)] = &[
        ('個', '个'),
        ('們', '们'),
        ('優', '优'),
        ('別', '别'),
        ('動', '动'),
        ('區', '区'),
        ('問', '问'),
        ('嗎', '吗'),
        ('實', '实'),
        ('對', '对'),
        ('應', '应'),
        ('據', '据'),
        ('數', '数'),
        ('時', '时'),
        ('會', '会'),
        ('條', '条'),
        ('構', '构'),
        ('樣', '样'),
        ('為', '为'),
        ('現', '现'),
        ('種', '种'),
        ('結', '结'),
        ('總', '总'),
        ('義', '义'),
        ('與', '与'),
        ('處', '处'),
        ('說', '说'),
        ('較', '较'),
        ('這', '这'),
        ('過', '过'),
        ('還', '还'),
        ('間', '间'),
        ('題', '题'),
        ('類', '类'),
        ('驟', '骤'),
        ('體', '体'),
        ('麼', '么'),
        ('點', '点'),
    ];
    let find = |c: char| {
        PAIRS
            .binary_search_by_key(&c, |p| p.0)
            .ok()
            .map(|k| PAIRS[k].1)
    };
    if s.is_ascii() || !s.chars().any(|c| find(c).is_some()) {
        return std::borrow::Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| find(c).unwrap_or(c))
        .collect::<String>()
        .into()
}

/// Does the line read like a question (question mark or an asking word)?
pub fn is_question_like(s: &str) -> bool {
    let folded = fold_traditional(s);
    let t = folded.trim();
    // `？` or `???` alone marks a missing answer; a question has words.
    if t.len() > MAX_QUESTION_BYTES || !t.chars().any(char::is_alphanumeric) {
        return false;
    }
    if t.ends_with('?') || t.ends_with('？') || t.contains('？') {
        return true;
    }
    // (`比较优势`, comparative advantage, is a noun: it compares nothing.)
    let words: std::borrow::Cow<str> = if t.contains("比较优势") {
        t.replace("比较优势", "").into()
    } else {
        t.into()
    };
    let words = without_etc(&words);
    // (`ELF头: 描述了生成该文件的系统…`: a verb that asks, done (`了`), tells what something
    // did; it asks nothing.)
    const DONE: [&str; 6] = ["描述了", "解释了", "介绍了", "列举了", "比较了", "理解了"];
    let words: std::borrow::Cow<str> =
        if words.contains('了') && DONE.iter().any(|d| words.contains(d)) {
            let mut w = words.to_string();
            for done in DONE {
                w = w.replace(done, "");
            }
            w.into()
        } else {
            words
        };
    if ASKING.iter().any(|w| words.contains(w)) {
        return true;
    }
    if t.len() >= 200 || !t.bytes().any(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    // `String vs &str`, `TCP versus UDP`, `Hibernate v.s. JPA`: a comparison asks for the
    // difference.
    if t.split_whitespace().any(|w| {
        ["vs", "vs.", "v.s.", "v.s", "versus"]
            .iter()
            .any(|c| w.eq_ignore_ascii_case(c))
    }) {
        return true;
    }
    let lower = t.to_ascii_lowercase();
    // (An auxiliary asks only where the line opens with it: `Can a thread…`, not `Dead
    // cells can do`.)
    let auxiliary = |w: &str| w.ends_with(' ') || w.contains(' ');
    // (`Can not be intercepted by a decorator.`, `Does not block`: an auxiliary and its `not`,
    // with no mark, state what something cannot do.)
    let denies = [
        "can not ",
        "cannot ",
        "can't ",
        "does not ",
        "doesn't ",
        "do not ",
    ]
    .iter()
    .any(|d| lower.starts_with(d))
        // (Nor one with no subject after it, `Can be used with wildcards`, `Should always be
        // closed`: what something does, its subject left out.)
        || ["can ", "could ", "should ", "must ", "will ", "would ", "may ", "might "]
            .iter()
            .find_map(|a| lower.strip_prefix(a))
            .is_some_and(|rest| {
                let next = rest.split_whitespace().next().unwrap_or("");
                ["be", "also", "only", "always", "never", "often", "usually", "easily"]
                    .contains(&next)
            });
    !denies
        && ASKING_EN.iter().any(|w| {
            lower.starts_with(w)
                || !auxiliary(w)
                    && lower
                        .match_indices(w.trim_end())
                        .any(|(i, _)| i > 0 && lower.as_bytes()[i - 1] == b' ')
        })
}

/// `单向陷门函数 (Trapdoor One-way Function) [重点标记：定义 6.1.1]`: a remark in square
/// brackets closing a heading (how much it matters, where the book defines it) is no part of
/// its name. Chinese inside the brackets marks it; links (`[text](url)`, `[[page]]`) and
/// English tags are left alone.
pub fn without_bracket_remark(t: &str) -> &str {
    let t = t.trim_end();
    if !t.ends_with(']') || t.ends_with("]]") {
        return t;
    }
    let Some(open) = t.rfind('[') else {
        return t;
    };
    let before = t[..open].trim_end();
    let inner = &t[open + 1..t.len() - 1];
    if before.is_empty() || before.ends_with(['!', ']']) || !inner.chars().any(crate::clean::is_cjk)
    {
        return t;
    }
    before
}

/// Removes decorative emoji and star ratings around a title (`🔥 什么是 GMP？⭐⭐⭐`).
pub fn trim_decoration(s: &str) -> &str {
    let deco = |c: char| {
        c.is_whitespace()
            || matches!(c as u32, 0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0xFE0F | 0x200D)
    };
    let t = s.trim_matches(deco);
    if t.is_empty() {
        s.trim()
    } else {
        t
    }
}

/// A question mark or a word that only a question uses.
const STRONG: &[&str] = &[
    "?",
    "？",
    "吗",
    "为啥",
    "啥",
    "什么",
    "怎么",
    "如何",
    "为什么",
    "为何",
    "哪",
    "多少",
    "是否",
    "能否",
    "有没有",
    "第几",
];

/// Written Chinese asks as exam questions do (`以何种构造形成关节`, `下列何者形成脚跟`),
/// though inside a definition (`即需要发出何种控制信息`) the same words ask nothing.
pub fn asks_in_writing(s: &str) -> bool {
    const WORDS: &[&str] = &["何种", "何者", "何条", "何处", "何时", "何谓"];
    let s = fold_traditional(s);
    WORDS.iter().any(|w| s.contains(w))
}

/// A stricter test: a question mark or a word that only a question uses (not "作用", "原理",
/// which also name answers).
pub fn is_explicit_question(s: &str) -> bool {
    let s = &*without_urls(s);
    let s = &*fold_traditional(s);
    let s = &*without_etc(s);
    STRONG.iter().any(|w| s.contains(w)) || is_prompt(s) || final_particle(s)
}

/// A question by its words, not only its topic: [`is_explicit_question`], or an English
/// question word that opens it (`why microservice`, `How to …`). (`相关技术理解`, `Data
/// types` name a subject.)
pub fn asks_outright(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    is_explicit_question(s)
        || ["what ", "why ", "how ", "when ", "which ", "who "]
            .iter()
            .any(|w| lower.starts_with(w))
}

/// `…相互作用的关系`, `…普遍联系的原理，要求…`: a line that reads as a question only by a
/// noun that names what is asked about elsewhere (`作用`, `原理`, `区别`); in a long
/// statement it asks nothing.
pub fn asks_only_by_noun(s: &str) -> bool {
    const NOUNS: &[&str] = &["作用", "原理", "区别", "比较", "理解"];
    if !is_question_like(s) || s.contains(['？', '?']) {
        return false;
    }
    let mut t = s.to_string();
    for w in NOUNS {
        t = t.replace(w, "，");
    }
    !is_question_like(&t)
}

/// An English question by its grammar, mark or not: `why can't I …`, or a question word
/// and an auxiliary (`how does …`, `what is …`, `how to …`). (`How it works`, `What
/// changed` name a part of an answer.)
pub fn asks_in_english(s: &str) -> bool {
    let lower = s.trim_start().to_ascii_lowercase();
    let mut words = lower.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    const WH: &[&str] = &["what", "why", "how", "when", "which", "who", "where"];
    const AUX: &[&str] = &[
        "is", "are", "was", "were", "do", "does", "did", "can", "could", "should", "would", "will",
        "to", "many", "much",
    ];
    WH.contains(&first) && (first == "why" || AUX.contains(&second))
}

/// A bare address in running text, `https://interview.huihut.com/#/?id=using`: it ends at a
/// space, a Chinese character or a bracket.
fn address() -> &'static Regex {
    static R: OnceLock<Regex> = OnceLock::new();
    re(&R, r"[A-Za-z][A-Za-z0-9+.-]*://[^\s\p{Han}()（）<>\[\]]*")
}

/// `s` without its bare addresses: the `?` of `https://…/#/?id=using` asks nothing.
fn without_urls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.contains("://") {
        return std::borrow::Cow::Borrowed(s);
    }
    address().replace_all(s, "")
}

/// Whether byte `at` of `s` lies inside a bare address (see [`without_urls`]).
pub fn in_address(s: &str, at: usize) -> bool {
    s.contains("://") && address().find_iter(s).any(|m| m.range().contains(&at))
}

/// `…手机壳，镜头的外观什么的。`: `什么的` (or `啥的`) closing a clause means "and so on";
/// it asks nothing. The text without it.
fn without_etc(s: &str) -> std::borrow::Cow<'_, str> {
    // (`那么征税后的市场是有效率的`: `那么`, `这么`, `要么`, `多么` join or stress; their `么`
    // asks nothing.)
    const JOINS: &[&str] = &["那么", "这么", "要么", "多么"];
    if JOINS.iter().any(|j| s.contains(j)) {
        let mut t = s.to_string();
        for j in JOINS {
            t = t.replace(j, "，");
        }
        return without_etc(&t).into_owned().into();
    }
    // `面试官就说，你不是说用正则吗，我就实话说了不会提取。`: a question reported inside a
    // sentence that goes on after it and closes with a full stop asks nothing.
    let t = s.trim_end();
    if t.ends_with('。') && !t.contains(['？', '?']) && t.contains("吗，") {
        return t.replace("吗，", "，").into();
    }
    if !s.contains("么的") && !s.contains("啥的") {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find("什么的").or_else(|| rest.find("啥的")) {
        let w = if rest[p..].starts_with("什么的") {
            "什么的"
        } else {
            "啥的"
        };
        let after = &rest[p + w.len()..];
        let closes = after.is_empty()
            || after.starts_with(['。', '，', '；', '、', '！', '.', ',', ';', ')', '）', ' ']);
        out.push_str(&rest[..p]);
        if !closes {
            out.push_str(w);
        }
        rest = after;
    }
    out.push_str(rest);
    out.into()
}

/// [`is_explicit_question`] for text already plain and without numbering.
pub fn is_explicit_question_plain(s: &str) -> bool {
    let s = &*fold_traditional(s);
    let s = &*without_etc(s);
    STRONG.iter().any(|w| s.contains(w)) || prompt_lead(s) || final_particle(s)
}

/// `集群用过么(codis or cluster)`, `了解Context包嘛...`: a particle that ends a spoken
/// question (before a remark in brackets or trailing dots); inside a sentence `那么`, `这么`
/// ask nothing.
fn final_particle(s: &str) -> bool {
    let mut t = s.trim_end().trim_end_matches(['.', '…', '。', ' ']);
    if let Some(p) = t.rfind(['(', '（']).filter(|_| t.ends_with([')', '）'])) {
        t = t[..p].trim_end();
    }
    t.ends_with(['么', '嘛', '呢']) && !t.ends_with("那么") && !t.ends_with("这么")
}

/// An exam-style prompt: `解释 X`, `描述 X`, `简述 X`, `Explain X`, `Describe X` (after any
/// numbering). These ask as surely as a question mark does.
pub fn is_prompt(s: &str) -> bool {
    prompt_lead(&strip_numbering(&plain_inline(s)))
}

/// `比较 TCP 和 UDP`, `比较两者的异同`: 比较 asks outright when it sets things side by side;
/// in `比较文学`, `比较诗学` it names a discipline (which may still be asked about).
fn compares(t: &str) -> bool {
    t.contains("比较")
        && [
            "和", "与", "跟", "及", "、", "，", "异同", "区别", "两", "优劣",
        ]
        .iter()
        .any(|w| t.contains(w))
}

/// [`is_prompt`] for text already plain and without numbering.
fn prompt_lead(t: &str) -> bool {
    if t.starts_with("比较") && compares(t) {
        return true;
    }
    const LEADS: &[&str] = &[
        "解释",
        "描述",
        "简述",
        "阐述",
        "概述",
        "列举",
        "说明",
        "论述",
        "对比",
        "谈谈",
        "聊聊",
        "说说",
        "说一下",
        "说一说",
        "讲一讲",
        "谈一谈",
        "谈一下",
        "聊一下",
        "聊一聊",
        "陈述",
        "讲一下",
        "讲讲",
        "介绍一下",
        "介绍",
        "请",
        "分析一下",
        "简单说",
        "简单介绍",
        "详述",
        "试述",
        "写出",
        "写一下",
        "手写",
        "实现一个",
        "设计一个",
    ];
    const LEADS_EN: &[&str] = &[
        "explain",
        "describe",
        "list ",
        "compare",
        "define",
        "discuss",
        "outline",
        "name ",
        "give ",
        "show ",
        "prove",
        "derive",
        "write ",
        "state ",
        "summarize",
        "summarise",
        "tell me",
        "tell us",
        "walk me through",
        "introduce",
        "distinguish",
        "analyse",
        "analyze",
        "evaluate",
        "assess",
        "justify",
        "demonstrate",
        "illustrate",
        "identify",
        "examine",
        "contrast",
        "differentiate",
        "calculate",
        // (`Design a URL shortener`: the system-design task; `Design Patterns` names one.)
        "design a ",
        "design an ",
        "implement a ",
        "implement an ",
        "build a ",
        "build an ",
    ];
    let t = t.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let lower = t.to_lowercase();
    // The word alone (`## 概述`, `## Summary`) names a section; a prompt asks about something.
    // `说明：…` labels a note; it asks nothing.
    let after = |w: &str| {
        t.len() > w.len()
            && crate::text::chars(t[w.len()..].trim()) >= 2
            && !t[w.len()..].trim_start().starts_with(['：', ':'])
    };
    LEADS.iter().any(|w| t.starts_with(w) && after(w))
        || LEADS_EN.iter().any(|w| {
            // (The whole word: `Discussion questions`, `Derived classes` ask nothing.)
            lower.starts_with(w)
                && lower.len() > w.len() + 2
                && (w.ends_with(' ') || !lower[w.len()..].starts_with(char::is_alphabetic))
                && (!NOUNS_TOO.contains(w) || verb_sense(t, &lower[w.len()..]))
        })
}

/// Prompt words that are nouns too: `state elements that store one bit`, `list of
/// processes`, `name resolution` name things.
const NOUNS_TOO: &[&str] = &[
    "list ", "name ", "give ", "show ", "write ", "state ", "outline",
];

/// One of [`NOUNS_TOO`] read as an order: capitalised at the start of the line (`State
/// system design acronyms`), or, in lower case, with what an order takes after it (`state
/// the law`, `list three…`, `show that…`). Never `List of rockets`.
fn verb_sense(t: &str, rest: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the", "a", "an", "two", "three", "four", "five", "six", "some", "all", "any", "each",
        "every", "its", "their", "your", "what", "why", "how", "which", "when", "where", "who",
        "whether", "that", "down", "out", "briefly", "one", "several",
    ];
    let first = rest.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches([',', ':', '.', ';']);
    word != "of"
        && (t.starts_with(|c: char| c.is_uppercase())
            || word.starts_with(|c: char| c.is_ascii_digit())
            || OPENERS.contains(&word))
}

/// Rule `placeholder-answer`: an "answer" that only marks the question as still to do
/// (`TODO`, `TBD`, `待补充`, `略`, `…`) is no answer; the question goes on the study list.
pub fn is_placeholder_answer(answer: &str) -> bool {
    const WORDS: &[&str] = &[
        "todo",
        "tbd",
        "tba",
        "wip",
        "fixme",
        "待补充",
        "待补",
        "待完善",
        "待更新",
        "待续",
        "未完待续",
        "待定",
        "待整理",
        "待填",
        "暂无",
        "略",
        "dont care",
        "don't care",
    ];
    // (A container around it, `::: details 查看答案` / `// to do` / `:::`, is no answer.)
    let inner: Vec<&str> = answer
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with(":::"))
        .collect();
    let t = match inner.as_slice() {
        [one] if answer.trim_start().starts_with(":::") => *one,
        _ => answer.trim(),
    };
    if t.is_empty() || t.contains('\n') || chars(t) > 40 {
        return false;
    }
    // (A picture alone is an answer: its markup has no words, but it says something.)
    if t.contains("![") || t.to_ascii_lowercase().contains("<img") {
        return false;
    }
    // (A link back into the note, `[Back to TOC](#table-of-contents)`, is navigation.)
    if t.starts_with('[') && t.ends_with(')') && t.contains("](#") && t.matches("](").count() == 1 {
        return true;
    }
    let plain = plain_inline(t).to_lowercase();
    // (Written as the one item of a list, `1. TODO: finish`, it is still nothing yet.)
    let plain = match plain.strip_prefix(['-', '*', '+']) {
        Some(rest) if rest.starts_with(' ') => rest.trim().to_string(),
        _ => match strip_numbering(&plain) {
            rest if rest.len() < plain.trim().len() && !rest.is_empty() => rest,
            _ => plain,
        },
    };
    let core = plain.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_empty() {
        // `...`, `…`, `？？？`, a bullet with nothing after it: nothing written yet; nor is a
        // row of one mark, `$$$$$$$`.
        let first = plain.chars().next();
        let row = plain.chars().count() >= 3 && plain.chars().all(|c| Some(c) == first);
        return row
            || plain
                .chars()
                .filter(|c| !c.is_whitespace())
                .all(|c| matches!(c, '.' | '…' | '?' | '？' | '-' | '—' | '_' | '*' | '+'));
    }
    // `TODO`, `TODO: GC 细节`, `(待补充)`, `// to do`.
    WORDS.iter().any(|w| {
        core == *w
            || core.replace(' ', "") == *w
            || (w.is_ascii()
                && core.starts_with(w)
                && core[w.len()..].starts_with(|c: char| !c.is_ascii_alphanumeric()))
    })
}

/// A line that is only a URL (or a bare domain/path like `juejin.im/post/…`).
pub fn is_url_line(s: &str) -> bool {
    static R: OnceLock<Regex> = OnceLock::new();
    let t = s.trim();
    !t.is_empty()
        && !t.contains(char::is_whitespace)
        && (t.contains("://") || re(&R, r"^[\w-]+(\.[\w-]+)+(/\S*)?$").is_match(t))
}

/// `%XX` decoding (UTF-8); invalid sequences are left as they are.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok());
        match (bytes[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// `Average income ----- As incomes rise…`: a run of three or more dashes starts at `p`, set
/// apart by spaces on both sides, parting a name from what is said of it.
pub fn spaced_dashes_at(s: &str, p: usize) -> bool {
    s.get(..p).is_some_and(|b| b.ends_with(' '))
        && s[p..].starts_with("---")
        && s[p..].trim_start_matches('-').starts_with(' ')
}

/// Runs of white space collapsed to one space, ends trimmed.
pub fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Character count (what users think of as length, CJK included).
pub fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Written width: a Chinese character says about as much as two Latin letters.
pub fn width(s: &str) -> usize {
    s.chars()
        .map(|c| if crate::clean::is_cjk(c) { 2 } else { 1 })
        .sum()
}

#[cfg(test)]
mod tests {

    #[test]
    fn questions_only_by_a_noun() {
        assert!(asks_only_by_noun("二者相互作用的关系不可分割"));
        assert!(asks_only_by_noun("Spring AOP实现原理"));
        assert!(!asks_only_by_noun("索引的作用是什么"));
        assert!(!asks_only_by_noun("TCP和UDP的区别？"));
        assert!(!asks_only_by_noun("物质决定意识"));
    }

    #[test]
    fn english_questions_by_grammar() {
        assert!(asks_in_english("why can't I return the token"));
        assert!(asks_in_english("How does the cache expire"));
        assert!(asks_in_english("what to do when it fails"));
        assert!(!asks_in_english("How it works"));
        assert!(!asks_in_english("What changed"));
        assert!(!asks_in_english("Why"));
    }

    #[test]
    fn bracket_remarks_close_no_name() {
        assert_eq!(
            without_bracket_remark("离散对数问题 (DLP) [重点标记：定义 6.1.5]"),
            "离散对数问题 (DLP)"
        );
        assert_eq!(
            without_bracket_remark("数字证书 [[PKI]]"),
            "数字证书 [[PKI]]"
        );
        assert_eq!(without_bracket_remark("Arrays [easy]"), "Arrays [easy]");
        assert_eq!(without_bracket_remark("[必考]"), "[必考]");
        assert_eq!(without_bracket_remark("见 [链接](x) [图]"), "见 [链接](x)");
    }

    #[test]
    fn parts_of_a_book_are_numbering() {
        assert_eq!(strip_numbering("第二部分 传统的变化"), "传统的变化");
        assert_eq!(strip_numbering("第三章 总线"), "总线");
    }

    #[test]
    fn lettered_section_numbers_are_numbering() {
        assert_eq!(
            strip_numbering("A.1 被动攻击 (Passive Attack)"),
            "被动攻击 (Passive Attack)"
        );
        assert_eq!(strip_numbering("B. 对称密码"), "对称密码");
        assert_eq!(strip_numbering("1.1翻译程序 定义"), "翻译程序 定义");
        assert_eq!(strip_numbering("2.3.1进程的状态"), "进程的状态");
        assert_eq!(strip_numbering("1.5倍速"), "1.5倍速");
        assert_eq!(strip_numbering("3.0版本新特性"), "3.0版本新特性");
        assert_eq!(strip_numbering("A. Smith wrote it"), "A. Smith wrote it");
    }

    #[test]
    fn traditional_folds_to_simplified() {
        assert_eq!(fold_traditional("缺點"), "缺点");
        assert!(is_question_like("為什麼要用線程池"));
        assert!(matches!(
            fold_traditional("plain"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn highlights_and_footnote_marks_are_no_text() {
        assert_eq!(clean_question("==Transistors=="), "Transistors");
        assert_eq!(clean_question("a == b"), "a == b");
        // A name pasted twice; a short word said twice stays (`byebye`).
        assert_eq!(
            clean_question("**Rolling UpdatesRolling Updates**"),
            "Rolling Updates"
        );
        assert_eq!(clean_question("byebye"), "byebye");
        // A rule typed onto the heading's line is no part of it; an arrow is.
        assert_eq!(
            clean_question("Types of memory and storage----"),
            "Types of memory and storage"
        );
        // (An operator after a space is a word of the question.)
        assert_eq!(
            clean_question("What is the difference between == and ==="),
            "What is the difference between == and ==="
        );
        assert_eq!(
            without_nav_links("## 9. Equality [:sushi:](https://x.io/a.md#table-of-contents)"),
            "## 9. Equality "
        );
        assert_eq!(clean_question("x --> y"), "x --> y");
        // The comma of a lost number is no text either.
        assert_eq!(clean_question("、为什么会有UDP协议"), "为什么会有UDP协议");
        assert_eq!(clean_question("Q-39: What is GIL?"), "What is GIL?");
        assert_eq!(clean_question("3-2-1 ES6 的继承"), "ES6 的继承");
        assert_eq!(
            clean_question("Q-learning: a method"),
            "Q-learning: a method"
        );
        assert_eq!(clean_question("死锁*？*怎么避免*？"), "死锁？怎么避免？");
        assert_eq!(
            clean_question("Catalyst ([The BS in the Balkans][1])"),
            "Catalyst (The BS in the Balkans)"
        );
        assert_eq!(clean_question("a[i][j] = 0"), "a[i][j] = 0");
        assert_eq!(clean_question("i--"), "i--");
        assert_eq!(
            clean_question("Tell me about yourself.[^1]"),
            "Tell me about yourself."
        );
    }

    #[test]
    fn compares_names_or_asks() {
        assert!(is_explicit_question_plain("比较 TCP 和 UDP"));
        assert!(!is_explicit_question_plain("比较文学的研究方法"));
        assert!(!is_explicit_question_plain("比较诗学"));
        // `第几` asks which one.
        assert!(is_explicit_question_plain("ARP工作在第几层"));
        assert!(!is_placeholder_answer("![](a.png)"));
        assert!(is_placeholder_answer("TODO"));
        assert!(is_placeholder_answer("1. TODO: finish"));
        assert!(is_placeholder_answer("[Back to TOC](#table-of-contents)"));
        assert!(!is_placeholder_answer("[GC 调优](https://example.com/gc)"));
        assert!(is_placeholder_answer("- 待补充"));
        assert!(!is_placeholder_answer("1. 2024"));
    }

    use super::*;

    #[test]
    fn tags_at_the_end_of_a_question_are_tags() {
        assert_eq!(
            trailing_tags("Weight of an error #card"),
            ("Weight of an error", vec!["card".to_string()])
        );
        assert_eq!(
            trailing_tags("调度模型 #go/runtime #[[Error Correction]] "),
            (
                "调度模型",
                vec!["go/runtime".to_string(), "Error Correction".to_string()]
            )
        );
        for text in ["What is C#", "issue #1", "#card", "see #include", "A ## b"] {
            let keep = if text == "see #include" { "see" } else { text };
            assert_eq!(trailing_tags(text).0, keep, "{text}");
        }
    }

    #[test]
    fn numbering_prefixes() {
        for (i, o) in [
            ("1、在 Go 中", "在 Go 中"),
            ("一、基础知识", "基础知识"),
            ("十三  raft算法", "raft算法"),
            ("1. goroutine", "goroutine"),
            ("1.1 减少内存分配", "减少内存分配"),
            ("(1)客户端", "客户端"),
            ("（二）网络", "网络"),
            ("第三题：调度", "调度"),
            ("Q3: why", "why"),
            ("18  new make 区别", "new make 区别"),
            ("1.Master节点", "Master节点"),
            ("二叉树", "二叉树"),
            ("二分法", "二分法"),
            ("三色标记法", "三色标记法"),
            ("2的n次方", "2的n次方"),
            ("1.25倍", "1.25倍"),
            ("2. 0-1 背包为什么倒序？", "0-1 背包为什么倒序？"),
            ("3. 2PC 是什么？", "2PC 是什么？"),
            ("42", "42"),
            ("3 domains of life", "3 domains of life"),
            ("64 bit computing", "64 bit computing"),
            ("3 select 有什么用？", "select 有什么用？"),
            ("2 Sorting", "Sorting"),
        ] {
            assert_eq!(strip_numbering(i), o, "{i}");
        }
    }

    #[test]
    fn placeholder_answers() {
        for a in [
            "TODO",
            "todo: 补充 GC 细节",
            "(待补充)",
            "**TBD**",
            "…",
            "...",
            "？？？",
            "略",
            "* ",
            "- ***",
        ] {
            assert!(is_placeholder_answer(a), "{a}");
        }
        for a in [
            "Todoist 是一个应用",
            "无锁队列用 CAS 实现",
            "略大于 1",
            "-1",
            "见下文",
            "无",
            "TODO\n其实答案是 42",
        ] {
            assert!(!is_placeholder_answer(a), "{a}");
        }
    }

    #[test]
    fn questions_and_urls() {
        assert!(is_question_like("select可以用于什么"));
        assert!(is_question_like("What is a goroutine"));
        assert!(is_question_like("application server v.s. web server"));
        assert!(is_question_like("TCP vs UDP"));
        assert!(!is_question_like("Vsync timing"));
        assert!(!is_question_like("基于隧道"));
        // `那么` joins clauses; only `怎么`, `什么` and the like ask with their `么`.
        assert!(!is_question_like(
            "税收等于外部边际成本，那么市场是有效率的"
        ));
        assert!(is_question_like("那么怎么办"));
        // (An auxiliary with its `not`, no mark: a statement.)
        assert!(!is_question_like("Can not be intercepted by a decorator."));
        assert!(!is_question_like("Can be used with wildcards"));
        assert!(is_question_like("Can a class extend two classes"));
        assert!(is_question_like("Can a decorator intercept it"));
        assert!(is_question_like("Can not we intercept it?"));
        // `到底是…还是…`: which of the two, exactly.
        assert!(is_question_like("函数参数传递到底是值传递还是引用传递"));
        assert!(!is_question_like("函数参数都是值传递"));
        assert!(!is_question_like("？"));
        assert!(!is_question_like("???"));
        assert!(is_url_line("https://a.b/c?d=1"));
        assert!(is_url_line("studygolang.com/articles/19386"));
        assert!(!is_url_line("tcp 于 http 的关系"));
        assert_eq!(
            clean_question("**2、解释 `GC` [机制](x)?\\**"),
            "解释 GC 机制?"
        );
        // Markers go in pairs; a lone `**` and dunder names are text.
        assert_eq!(
            clean_question("Explain *args and **kwargs"),
            "Explain *args and **kwargs"
        );
        assert_eq!(
            clean_question("What does __init__ do?"),
            "What does __init__ do?"
        );
        assert_eq!(clean_question("**什么是 __写屏障__？**"), "什么是 写屏障？");
        assert_eq!(
            clean_question("**3、为什么要分代回收？"),
            "为什么要分代回收？"
        );
    }

    #[test]
    fn emphasis_against_chinese_and_code_in_questions() {
        assert_eq!(
            clean_question("什么是 **_nsqd_**中的 topic？"),
            "什么是 nsqd中的 topic？"
        );
        assert_eq!(
            clean_question("snake_case_name 和 a * b * c"),
            "snake_case_name 和 a * b * c"
        );
        assert_eq!(
            question_markdown("1. What is `Vec<T>`?", "What is Vec<T>?"),
            "What is `Vec<T>`?"
        );
        assert_eq!(question_markdown("What is Vec?", "What is Vec?"), "");
    }
}
