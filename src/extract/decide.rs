//! The decisions: which nodes of the block tree are topics, which are questions, which are
//! answers, and which are none of these.
//!
//! One mechanism for every layout. A container (the note, a heading, a Logseq heading bullet,
//! a plain-text section) holds siblings; the siblings are looked at *as a group* — how many
//! ask something, are numbered in sequence, carry their own explanation, are `term：…`
//! lines, bold labels or short paragraphs — and one named rule ([`Rule`]) picks the siblings
//! that are the questions. Each question's answer is its own children plus the siblings that
//! follow it up to the next question. Sub-headings are sections of the same kind, decided
//! by the same group test one level down. Everything else is recorded as unused, with why.

use super::lines::{is_blank, is_fence_line, trim};
use super::pairs;
use super::rules::Rule;
use super::shape::Shape;
use crate::outline::plain::Style;
use crate::outline::{Kind, Node};
use std::ops::Range;

/// A card as decided: where its question and answer are; text is assembled later.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub topic: String,
    /// Lines holding the question.
    pub head: Range<usize>,
    /// The question as written (markup kept; cleaned later).
    pub question: String,
    /// Answer text that shares the question's line.
    pub inline: Option<String>,
    /// The line holding `inline` when it is not the question's (`A: …` below `Q: …`).
    pub inline_at: Option<usize>,
    /// Line ranges holding the answer, in order.
    pub body: Vec<Range<usize>>,
    /// Sub-headings in the answer are re-levelled below this heading level.
    pub relevel: Option<u8>,
    /// Answer lines are block-quoted (`> A: …`): unquote them.
    pub unquote: bool,
    /// `</details>` line, whose text before the tag belongs to the answer.
    pub close_details: Option<usize>,
    /// Plain text: the author's line breaks are kept as Markdown hard breaks.
    pub plain: bool,
    pub rule: Rule,
}

impl Draft {
    pub fn new(topic: &str, head: Range<usize>, question: String, rule: Rule) -> Draft {
        Draft {
            topic: topic.to_string(),
            head,
            question,
            inline: None,
            inline_at: None,
            body: Vec::new(),
            relevel: None,
            unquote: false,
            close_details: None,
            plain: false,
            rule,
        }
    }

    /// Every line range holding the answer: the body, the `A:` line below the question and
    /// the `</details>` line.
    pub fn answer_lines(&self) -> impl Iterator<Item = Range<usize>> + '_ {
        let single = [self.inline_at, self.close_details].into_iter().flatten();
        self.body.iter().cloned().chain(single.map(|i| i..i + 1))
    }
}

/// Why a stretch of lines is in no card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Reason {
    /// The note's title.
    Title,
    /// A line that names the topic of what follows.
    TopicLine,
    /// Front matter or page properties.
    FrontMatter,
    /// A rule (`---`, `***`) between sections.
    Separator,
    /// Text before the first question of its section.
    Intro,
    /// A remark that is neither topic nor question.
    Remark,
    /// A structural section (目录, References, TODO…).
    Structural,
    /// An index of questions answered further down.
    Index,
    /// A heading with nothing under it that asks nothing.
    EmptyHeading,
    /// Text outside any question.
    Outside,
    /// An outliner property (`key:: value`).
    Property,
    /// Markup of the note's format, no notes (`<style>` blocks).
    FormatMetadata,
    /// A line of tags (`#textbook`).
    Tags,
    /// Skipped by a user hint.
    Skipped,
    /// A hint comment itself.
    Hint,
}

impl Reason {
    /// How `check` and `explain` name the reason.
    pub fn name(self) -> &'static str {
        match self {
            Reason::Title => "title",
            Reason::TopicLine => "topic line",
            Reason::FrontMatter => "front matter",
            Reason::Separator => "separator",
            Reason::Intro => "introduction",
            Reason::Remark => "remark",
            Reason::Structural => "structural section",
            Reason::Index => "index",
            Reason::EmptyHeading => "empty heading",
            Reason::Outside => "text outside any question",
            Reason::Property => "outliner property",
            Reason::FormatMetadata => "format metadata",
            Reason::Tags => "tags",
            Reason::Skipped => "skipped by a hint",
            Reason::Hint => "hint",
        }
    }

    /// Stretches a person should look at: text that might hold a question deckhand missed.
    pub fn worth_a_look(self) -> bool {
        matches!(self, Reason::Outside | Reason::Intro)
    }
}

/// What the decisions produced for one note.
#[derive(Debug, Default)]
pub struct Decisions {
    pub drafts: Vec<Draft>,
    pub unused: Vec<(Range<usize>, Reason)>,
    /// (line, rule, what it decided) for `deckhand explain`.
    pub trace: Vec<(usize, Rule, String)>,
}

/// Sibling headings looked at together.
#[derive(Debug, Clone, Copy, Default)]
struct Group {
    /// Most of them ask something: they are questions, their sub-headings are answer parts.
    questions: bool,
    /// Most of the non-empty ones are leaves with text: an empty one is an unanswered card,
    /// and a leaf's labels are parts of its answer.
    cards: bool,
    /// Under textbook numbering (`2.1`, `1.1.2`, `第一章`): sections define terms, and their
    /// labels are cards of their own.
    textbook: bool,
    /// Under a heading that is itself a card: what is nested is finer detail, split further.
    under_card: bool,
    /// Three or more, a third of them at most holding glossaries (terms, explained items) in
    /// their text: the rest are cards, and a glossary among them is one as well.
    defined: bool,
    /// Most of them (three or more) hold outlines: two or more bullets at the margin, each
    /// explained by its own points or after a colon. Their bullets are the cards.
    outlines: bool,
    /// One of them names an interview round after a date (`## 9.2 oppo笔试`): a sibling
    /// titled the same way, a date and a name (`## 9.10 盛趣`), is a round too.
    dated_rounds: bool,
    /// Four or more, two thirds of them at least with no sub-headings: a run of cards, not
    /// chapters of a book.
    flat: bool,
}

impl Group {
    fn within(self, h: &Node, under_card: bool) -> Group {
        Group {
            textbook: self.textbook || textbook(h),
            under_card,
            flat: false,
            ..self
        }
    }
}

/// `2.1 …`, `1.1.2 …`, `第一章 …`, `Chapter 3: …`, `Lecture 2`: textbook section numbering.
fn textbook(h: &Node) -> bool {
    use crate::outline::plain::Style;
    let t = trim(&h.title);
    let t = t.trim_start_matches(['*', '_']);
    crate::outline::plain::numbering(t).is_some_and(|n| {
        n.style == Style::Decimal || (n.style == Style::Chinese && t.starts_with('第'))
    }) || super::shape::chapter_name(t)
}

pub struct Walker<'a> {
    lines: &'a [&'a str],
    raw: &'a [&'a str],
    topics: Option<&'a crate::topic::Topics>,
    hints: Option<&'a crate::hints::Hints>,
    /// The note's headings ask questions (a fifth of them or more): a heading among sibling
    /// cards is then a question, and its lists and labels are its answer.
    asks: bool,
    /// The note is named for interview questions (`八股.md`): its card headings' lists are
    /// their answers.
    interview: bool,
    /// The note's title, when it has one.
    title: Shape,
    /// The topic of the note as a whole (its title, front matter or file name).
    root_topic: String,
    /// Terms in a quarter or more of the note's headings: its subject (`redis` in notes on
    /// Redis), which says nothing about whether two headings ask the same thing.
    subject: std::collections::HashSet<String>,
    /// Sibling sections are interview logs (short paragraphs that are questions): a sibling
    /// with fewer asking words is read the same way.
    paragraphs: bool,
    /// Sibling sections list bullet questions: a sibling whose bullets ask less is read the
    /// same way.
    bullet_logs: bool,
    /// The sibling sections are questions: most of them (four or more) are headings with
    /// nothing under them, written down and not answered yet, or they sit under an interview
    /// round. A sibling over bullets that ask asks too: they follow it up.
    asked: bool,
    /// The sibling sections are the questions of one interview round.
    in_round: bool,
    /// Bold or numbered lines that recur under two or more sibling sections (`**1.建立检验假设**`
    /// in every test's section): the steps of a template, parts of each answer, never
    /// questions.
    templates: std::collections::HashSet<String>,
    /// The two sides a section above compares (`顺序表和链表的比较`): under it, terms named
    /// after them (`顺序表：…` `链表：…` under `##### 基本操作 - 创建`) are the sides of one
    /// answer, not cards.
    sides: Option<(String, String)>,
    /// The names a contents list of the note links to (`* [Android Architecture](#android-
    /// architecture)`), plain and in lower case: sections the author planned.
    indexed: std::collections::HashSet<String>,
    pub out: Decisions,
}

/// Which glossary rules (`explained`, `term`, `label`) may split a section into cards.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Gloss {
    /// All of them: a topic, a textbook section, or detail under a card.
    All,
    /// Lists only (`explained` items, `term` lists): a card among cards in a note of
    /// concepts; its bold labels are parts of its answer.
    Lists,
    /// None: a card among cards in a note whose headings ask; everything under it answers.
    None,
}

/// What a section turned out to be.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Outcome {
    Card,
    Topic,
    Other,
}

/// How an entry takes the siblings that follow it.
#[derive(Clone, Copy, PartialEq)]
enum Attach {
    /// Every following non-entry sibling up to the next entry (paragraph questions, labels).
    Following,
    /// Only following blocks that cannot be entries themselves (lazy lines, code, quotes);
    /// other items are left over.
    Blocks,
}

struct Segmentation {
    rule: Rule,
    entries: Vec<usize>,
    attach: Attach,
    /// The questions among the blocks before the first entry, found by another rule (a
    /// bullet list of questions above numbered ones with answers).
    before: Option<Box<Segmentation>>,
    /// Entries are written `question - answer` on one line: split at the first ` - `.
    dash: bool,
    /// Entries are written `Name (explanation)`: the name is the question.
    bracketed: bool,
    /// Entries are sentences that name their term in bold (`A **conclusion** is a
    /// proposition…`): the bold words are the question, the sentence the answer.
    bold_term: bool,
    /// The owner announces questions (`面试题`, `Interview 2`): an entry that asks nothing
    /// over a list of items groups more of them.
    listed: bool,
    /// Entries are paragraphs, each a name over the list that explains it: the list is its
    /// answer, whatever names it holds.
    paragraphs: bool,
}

impl Segmentation {
    fn new(rule: Rule, entries: Vec<usize>, attach: Attach) -> Option<Segmentation> {
        Some(Segmentation {
            rule,
            entries,
            attach,
            before: None,
            dash: false,
            bracketed: false,
            bold_term: false,
            listed: false,
            paragraphs: false,
        })
    }
}

/// Entries that restate the one before them are part of its answer, not cards of their own:
/// bilingual notes define a term in English and, on the very next line, in Chinese
/// (`Data model: An integrated collection…` then `数据模型：用于描述…`), and notes name a concept
/// once more when they explain it again (`**外部层**` … then `外部层：数据库的用户视图`).
/// (Items are left alone in the first case: a list that mixes languages is a glossary.)
fn drop_restated(nodes: &[&Node], entries: Vec<usize>) -> Vec<usize> {
    let term = |i: usize| {
        let t = trim(&nodes[i].title);
        let s = nodes[i].shape();
        s.term.map(|at| {
            t[..at.min(t.len())]
                .trim_end()
                .trim_end_matches([':', '：'])
                .trim()
                .to_string()
        })
    };
    let name = |i: usize| term(i).unwrap_or_else(|| nodes[i].shape().text.clone());
    let latin = |t: &str| t.chars().any(|c| c.is_ascii_alphabetic()) && t.is_ascii();
    let chinese = |t: &str| !t.is_empty() && t.chars().all(|c| crate::clean::is_cjk(c) || c == ' ');
    let mut out: Vec<usize> = Vec::with_capacity(entries.len());
    for &e in &entries {
        let restates = out.last().is_some_and(|&p| {
            let translates = !nodes[e].is_item()
                && !nodes[p].is_item()
                && nodes[e].line == nodes[p].end
                && term(p).is_some_and(|t| latin(&t))
                && term(e).is_some_and(|t| chinese(&t));
            let again = term(e).is_some() && {
                let (a, b) = (name(p), name(e));
                let a = a.trim_end_matches([':', '：']).trim();
                !a.is_empty() && a == b.trim()
            };
            translates || again
        });
        if !restates {
            out.push(e);
        }
    }
    out
}

/// `what is gas - a unit of resource consumption`: the question and its answer on one line,
/// split at the first ` - ` (or ` – `, ` — `). Both sides must hold words; the question
/// side is not a link or a number range.
fn dash_pair(title: &str) -> Option<(&str, &str)> {
    dash_split(title, false)
}

/// [`dash_pair`], where a paragraph may also open with its name in bold (`**Look before you
/// leap** (LBYL) convention - encourages…`; a bold item, `* **modified bit** - …`, is a
/// point of a list, not a term of the glossary).
fn dash_split(title: &str, bold_ok: bool) -> Option<(&str, &str)> {
    let t = trim(title);
    let (at, sep) = [" - ", " – ", " — "]
        .iter()
        .filter_map(|s| t.find(s).map(|p| (p, s.len())))
        .min()?;
    let (q, a) = (trim(&t[..at]), trim(&t[at + sep..]));
    let wordy = |s: &str| s.chars().filter(|c| c.is_alphabetic()).count() >= 2;
    let code = q.contains("//") || q.contains(';') || q.contains("()") || q.contains('[');
    // `P(A|B) - Posterior…`: a symbol of a formula, explained; no question.
    let math = q.contains(['|', '$', '_', '^']);
    (wordy(q)
        && wordy(a)
        && crate::text::chars(q) <= 100
        && !code
        && !math
        && !q.contains("://")
        && !q.starts_with(['-', '`'])
        && (!q.starts_with('*') || bold_ok && opening_bold(q).is_some()))
    .then_some((q, a))
}

impl<'a> Walker<'a> {
    /// Topic names the alias table knows are subjects that keep their sub-sections.
    pub fn with_topics(mut self, topics: &'a crate::topic::Topics) -> Walker<'a> {
        self.topics = Some(topics);
        self
    }

    /// The user's hints for this note.
    pub fn with_hints(mut self, hints: &'a crate::hints::Hints) -> Walker<'a> {
        self.hints = Some(hints);
        self
    }

    /// The note's lines before cleaning (where fences around prose are still visible).
    pub fn with_raw(mut self, raw: &'a [&'a str]) -> Walker<'a> {
        self.raw = raw;
        self
    }

    /// A term whose bold name recurs in sibling sections (`**方法论意义**：…`): a part every
    /// answer has, no term.
    fn template_term(&self, s: &Shape) -> bool {
        s.bold_term_name()
            .is_some_and(|name| self.templates.contains(name))
    }

    fn mark(&self, line: usize) -> Option<crate::hints::Mark> {
        self.hints.and_then(|h| h.marks.get(&line).copied())
    }

    /// The last line of the paragraph right before `nodes[i]`, trimmed: the line that leads
    /// into it (`每次请求时：`), if a paragraph does.
    fn lead_in(&self, nodes: &[&Node], i: usize) -> Option<&'a str> {
        let m = nodes[..i].iter().rev().find(|m| !is_blank_node(m))?;
        if !matches!(m.kind, Kind::Para) {
            return None;
        }
        let last = crate::outline::last_nonblank_end(self.lines, m.line..m.end.max(m.line + 1));
        self.lines.get(last.checked_sub(1)?).map(|l| trim(l))
    }

    /// Three or more items, two thirds of them task checkboxes (`[ ]`, `[x]`), none asking,
    /// and not under a title of questions (`### Questions` over `- [ ] What parts of a
    /// datapath does an instruction use`: questions ticked off once reviewed).
    fn checklist(&self, nodes: &[&Node], cand: &[(usize, &Shape)], owner: &Shape) -> bool {
        if owner.question_list || self.asked_under_title(owner) {
            return false;
        }
        let items: Vec<&(usize, &Shape)> =
            cand.iter().filter(|(i, _)| nodes[*i].is_item()).collect();
        // (Or, none on the items themselves, a level down: `1. Foundations — MUST READ` over
        // `- [x] **Ch 1 — Ten Principles**`; the items and their points are counted together.)
        fn with_points<'n>(n: &'n Node, out: &mut Vec<&'n Node>) {
            if n.is_item() {
                out.push(n);
            }
            for c in &n.children {
                with_points(c, out);
            }
        }
        let mut all = Vec::new();
        for (i, _) in &items {
            with_points(nodes[*i], &mut all);
        }
        let boxed = |n: &&&Node| self.lines.get(n.line).is_some_and(|l| task_box(l));
        let ticked = |of: &[&Node]| of.iter().filter(boxed).count() * 3 >= of.len() * 2;
        let top: Vec<&Node> = items.iter().map(|(i, _)| nodes[*i]).collect();
        all.len() >= 3
            && (top.len() >= 3 && ticked(&top) || !top.iter().any(|n| boxed(&n)) && ticked(&all))
            && items.iter().all(|(i, _)| planned(nodes[*i]))
    }

    /// The note's title announces questions (`Questions that I was asked in interviews`): a
    /// subject section under it (`### Java`, `#### C`) lists the questions asked on that
    /// subject, however they are phrased (`Magic Square`, `Balancing Parentheses`).
    /// (A title about interviews, `Interview notes`, `面经项目`, names no questions: only one
    /// that says it lists them, `questions`, `面试题`, `问答`.)
    fn asked_under_title(&self, owner: &Shape) -> bool {
        let lower = self.title.text.to_lowercase();
        let names = ["question", "题", "问答", "问题", "faq", "quiz"]
            .iter()
            .any(|w| lower.contains(w));
        self.title.question_list
            && names
            && !self.title.round
            && !owner.question
            && !owner.question_list
            && !owner.part
            && owner.titled()
    }

    /// Whether the note's contents list links to heading `h`.
    fn indexes(&self, h: &Node) -> bool {
        !self.indexed.is_empty()
            && self
                .indexed
                .contains(&crate::text::plain_inline(trim(&h.title)).to_lowercase())
    }

    fn questions_hint(&self) -> Option<crate::hints::Questions> {
        self.hints.and_then(|h| h.questions)
    }

    pub fn new(lines: &'a [&'a str]) -> Walker<'a> {
        Walker {
            lines,
            raw: lines,
            topics: None,
            hints: None,
            asks: false,
            interview: false,
            title: Shape::default(),
            root_topic: String::new(),
            subject: Default::default(),
            paragraphs: false,
            bullet_logs: false,
            asked: false,
            in_round: false,
            templates: Default::default(),
            sides: None,
            indexed: Default::default(),
            out: Decisions::default(),
        }
    }

    /// The topic for what lies under `heading` within `current`: the nearest grouping
    /// heading, except under a known subject (`Go`, `Kubernetes`, `计算机网络` in the alias
    /// table), which keeps everything under it in one deck.
    fn sub_topic(&self, current: &str, heading: &str) -> String {
        let known = |t: &str| self.topics.is_some_and(|topics| topics.known(t).is_some());
        let subject = current != self.root_topic && known(current) && !known(heading);
        // A heading that is a remark (`:star: You can find more questions [here](…)`) names no
        // subject: what it holds stays under the topic above.
        let sh = Shape::of(heading);
        let remark = (sh.remark || sh.link) && !sh.explicit && sh.chars > 40;
        // `面试题`, `Questions`: announces questions, names no subject (`Java IO 面试题`
        // names Java IO). (So does a count of them, `35 Questions in total`, `共50道面试题`.)
        let announces = sh.question_list
            && !sh.round
            && (sh.chars <= 12 && super::shape::names_no_subject(&sh.text)
                || super::shape::counts_questions(&crate::text::plain_inline(heading)));
        // `## 4.2 分类`, `### Examples`: a part of an answer, or a kind of list, names no
        // subject.
        // (Nor does a bare word for a glossary, `### Terms`, `## 术语`.)
        let kinds = [
            "分类",
            "类型",
            "种类",
            "types",
            "kinds",
            "classification",
            "terms",
            "glossary",
            "vocabulary",
            "术语",
            "名词解释",
            "关键词",
            "keywords",
            "key terms",
        ];
        let part = (sh.part || kinds.contains(&sh.text.to_lowercase().trim())) && !sh.explicit;
        // `Unicode 有如下编码方式:`, `主要有以下几种：`: a line announcing a list names no
        // subject either (`编译的过程可分为四个阶段` does: the process).
        let lower = sh.text.to_lowercase();
        let list_intro = ["如下", "以下", "the following", "as follows"]
            .iter()
            .any(|w| lower.contains(w))
            || announces_parts(&sh.text) && subjectless(&sh.text);
        // `MAIN`, `内容`: a name that says nothing.
        // (So does a number alone, `<h1>123</h1>` left from trying the editor out.)
        let digits = trim(heading).trim_start_matches('#').trim();
        // (Nor does a rule typed as a heading, `# ----------`: no letter, no figure.)
        let nameless = super::shape::says_nothing(sh.text.trim_end_matches([':', '：']))
            || !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
            || !digits.chars().any(char::is_alphanumeric);
        // `两个必须特征：`, `还有两个特征不是必须的：`: a label that counts what it lists.
        let counts = counts_entries(&sh.text);
        // `抽樣: 以偏概全 or 一葉知秋`: a Chinese name with a gloss after its colon is named by
        // the name. (In English the colon more often opens a subtitle: `Scenario: Web
        // Application Handling Millions of Requests`.)
        let named = trim(heading);
        let named = match sh.term.and_then(|at| named.get(..at)) {
            // (Not a chapter's number, `第一讲：随机事件与概率`: the chapter is its name.)
            Some(name)
                if name.trim_end().ends_with([':', '：'])
                    && !name.is_ascii()
                    && !sh.explicit
                    && !super::zh_chapter(heading)
                    && !super::shape::chapter_name(name) =>
            {
                name
            }
            _ => named,
        };
        if subject || remark || announces || part || list_intro || nameless || counts {
            current.to_string()
        } else {
            trim(named)
                .trim_end_matches([':', '：', '；', ';'])
                .trim_end()
                .to_string()
        }
    }

    fn trace(&mut self, line: usize, rule: Rule, what: impl Into<String>) {
        self.out.trace.push((line, rule, what.into()));
    }

    /// `h` names the topic of what follows it (`rule` decided, `why`): its line is unused,
    /// and the topic it names is returned.
    fn topic_line(&mut self, h: &Node, rule: Rule, why: String, topic: &str) -> String {
        self.trace(h.line, rule, why);
        self.unused(h.line..h.head_end, Reason::TopicLine);
        self.sub_topic(topic, &h.title)
    }

    fn unused(&mut self, r: Range<usize>, why: Reason) {
        if r.start < r.end {
            self.out.unused.push((r, why));
        }
    }

    fn unused_node(&mut self, n: &Node, why: Reason) {
        self.unused(n.line..n.end.max(n.head_end), why);
    }

    /// The note itself: a lone heading on top is its title.
    pub fn root(&mut self, root: &Node, file_topic: &str) {
        // `- Testing` at the margin over every other line of the note: an outliner page whose
        // one block holds it all reads as that block written as a heading, `- # Testing`.
        if let Some(k) = lone_outline_block(root) {
            let mut page = root.clone();
            page.children[k].heading = Some(1);
            return self.root_of(&page, file_topic);
        }
        self.root_of(root, file_topic)
    }

    fn root_of(&mut self, root: &Node, file_topic: &str) {
        let mut heads = 0;
        let mut asking = 0;
        root.walk(&mut |n| {
            if n.is_heading() {
                heads += 1;
                if n.shape().explicit {
                    asking += 1;
                }
            }
        });
        // (A note its author names for interview questions, `八股.md`, `java面试.md`, asks
        // in every heading however it is worded.)
        let interview = ["八股", "面试", "面经", "interview"]
            .iter()
            .any(|w| file_topic.to_lowercase().contains(w));
        self.asks = asking >= 2 && asking * 5 >= heads || question_bank(root);
        self.interview = interview;
        let mut counts: std::collections::HashMap<String, usize> = Default::default();
        root.walk(&mut |n| {
            if n.is_heading() {
                for t in terms(&n.title) {
                    *counts.entry(t).or_default() += 1;
                }
            }
        });
        self.subject = counts
            .into_iter()
            .filter(|(_, c)| heads >= 4 && c * 4 >= heads)
            .map(|(t, _)| t)
            .collect();
        root.walk(&mut |n| {
            // (Only a title holding an in-page link can be one; shapes are read lazily.)
            if n.title.contains("](#") && n.shape().anchor {
                self.indexed
                    .insert(crate::text::plain_inline(trim(&n.title)).to_lowercase());
            }
        });
        let sections: Vec<&Node> = root
            .children
            .iter()
            .filter(|c| matches!(c.kind, Kind::Heading(_)))
            .collect();
        let before: Vec<&Node> = root
            .children
            .iter()
            .take_while(|c| !matches!(c.kind, Kind::Heading(_)))
            .collect();
        if let [only] = sections.as_slice() {
            if self.mark(only.line) == Some(crate::hints::Mark::Skip) {
                // `<!-- deckhand: skip -->` above the note's only top heading: all of it.
                self.trace(
                    only.line,
                    Rule::Hint,
                    "left out by `<!-- deckhand: skip -->`",
                );
                self.unused_node(only, Reason::Skipped);
                for n in &before {
                    self.unused_node(n, Reason::Skipped);
                }
                return;
            }
            if only.shape().structural {
                // `# TOC` or `# 目录` over the whole note: no title, no topic.
                self.trace(
                    only.line,
                    Rule::Structural,
                    "a table of contents, not a title",
                );
                self.unused(only.line..only.head_end, Reason::Structural);
                for n in &before {
                    self.unused_node(n, Reason::Intro);
                }
                self.root_topic = file_topic.to_string();
                self.container(&only.children, file_topic, None);
                return;
            }
            // (A banner image above it and nothing else, `![…](cover.png)`, is no text of
            // the note's own.)
            let banner = before.iter().all(|n| is_image(n) || is_blank_node(n));
            let lone = before
                .iter()
                .all(|n| n.is_content_only() || banner || n.shape().anchor);
            let has_subs = only
                .children
                .iter()
                .any(|c| matches!(c.kind, Kind::Heading(_)) || c.is_heading());
            let kids: Vec<&Node> = only.children.iter().collect();
            let seg = (!has_subs)
                .then(|| self.segment(&kids, only.shape(), Gloss::All))
                .flatten();
            let questions_inside = seg.is_some();
            // (One that asks over three or more numbered questions of its own, `#
            // 50KGopher的面试题是什么样的？` over `1.项目中用到的锁` …, titles them all.)
            let titles_questions = seg.as_ref().is_some_and(|s| {
                s.entries.len() >= 3
                    && matches!(s.rule, Rule::Numbered | Rule::BulletQuestion)
                    && only.heading == Some(1)
            });
            // `### HashMap插入数据过程` over its own steps, then `####` questions: a heading
            // set that deep is no title but the first section, written a level up; its own
            // text makes it a card, and what follows stays under the note's subject.
            let (own, _) = own_and_subs(only);
            let own_lines: usize = own.iter().map(|n| self.nonblank(n.line..n.end)).sum();
            if lone && has_subs && only.heading >= Some(3) && own_lines >= 3 {
                self.root_topic = file_topic.to_string();
                self.container(&only.children, file_topic, Some(only));
                return;
            }
            if lone
                && (has_subs || questions_inside)
                && (!only.shape().explicit || titles_questions)
            {
                // (A motto over the note, `# 每天进步一点点,赢在别人休息时!`, names no subject: the
                // front matter or the file name does.)
                // (A title that asks names its subject without the mark.)
                // (Nor does a count of questions, `## 35 Questions in total`.)
                // (Nor does an empty one, `###` typed over the note.)
                let topic = if exclaims(&only.shape().text)
                    || super::shape::counts_questions(&crate::text::plain_inline(&only.title))
                    || only.shape().text.is_empty()
                {
                    file_topic.to_string()
                } else {
                    trim(&only.title).trim_end_matches(['?', '？']).to_string()
                };
                self.take_title(only, &before, &topic, "is the note's title");
                return;
            }
        }
        // `# data-scientist-interview` over an intro, in a note (or a folder) of that name,
        // then more `#` sections: the note's title still, though not its only top heading.
        if let [first, second, ..] = sections.as_slice() {
            let lone = before.iter().all(|n| n.is_content_only());
            if lone && !first.shape().explicit && names_note(&first.title, file_topic) {
                let topic = trim(&first.title).to_string();
                self.take_title(
                    first,
                    &before,
                    &topic,
                    "is the note's title, as its name says",
                );
                let at = root
                    .children
                    .iter()
                    .position(|c| std::ptr::eq(c, *second))
                    .unwrap_or(root.children.len());
                self.container(&root.children[at..], &topic, None);
                return;
            }
        }
        self.root_topic = file_topic.to_string();
        // Plain text: a short first block above the sections is the note's title.
        if let [first, second, ..] = root.children.as_slice() {
            let sectioned = root
                .children
                .iter()
                .skip(1)
                .any(|c| matches!(c.kind, Kind::Heading(_)));
            // Or, in a note without sections, a one-line name standing alone above blocks
            // that explain things (`数据结构` over `栈` / `队列` blocks).
            let fs = first.shape();
            let named = !sectioned
                && first.line + 1 == first.end
                && !has_children(first)
                && fs.titled()
                && !fs.explicit
                && !fs.sentence
                && fs.num.is_none()
                && (fs.term.is_none() || dash_pair(&first.title).is_some())
                && root.children[1..]
                    .iter()
                    .filter(|c| has_children(c))
                    .count()
                    >= 2;
            // (Not two lines that both ask, `介绍一下你的项目` / `项目中遇到了什么困难`: the
            // questions asked before the first round's.)
            let asks_twice = first.end - first.line == 2
                && (first.line..first.end)
                    .all(|i| crate::text::is_question_like(trim(self.lines[i])));
            if first.plain
                && matches!(first.kind, Kind::Para)
                && first.end - first.line <= 2
                && !asks_twice
                && (sectioned && matches!(second.kind, Kind::Heading(_)) || named)
            {
                self.trace(
                    first.line,
                    Rule::Title,
                    format!("«{}» is the note's title", trim(&first.title)),
                );
                self.unused_node(first, Reason::Title);
                // The note's own title names its subject better than its file name does;
                // `Questions:` or `笔记` names none.
                let generic = fs.question_list
                    || super::shape::says_nothing(fs.text.trim_end_matches([':', '：']));
                let topic = if generic {
                    file_topic.to_string()
                } else {
                    trim(&first.title).to_string()
                };
                self.title = first.shape().clone();
                self.root_topic = topic.clone();
                let rest: Vec<Node> = root.children[1..].to_vec();
                self.container(&rest, &topic, None);
                return;
            }
        }
        self.container(&root.children, file_topic, None);
    }

    /// `h` is the note's title (`why` says how that was seen): what comes before it is an
    /// intro, `topic` the topic of what it holds, which is decided next.
    fn take_title(&mut self, h: &Node, before: &[&Node], topic: &str, why: &str) {
        self.trace(h.line, Rule::Title, format!("«{}» {why}", trim(&h.title)));
        self.unused(h.line..h.head_end, Reason::Title);
        for n in before {
            self.unused_node(n, Reason::Intro);
        }
        self.title = h.shape().clone();
        self.root_topic = topic.to_string();
        self.container(&h.children, topic, None);
    }

    /// A group: its own blocks are searched for questions, its sections decided one by one.
    /// `owner` is the heading the blocks belong to, which becomes a card of what is left.
    fn container(&mut self, nodes: &[Node], topic: &str, owner: Option<&Node>) {
        let (sections, body): (Vec<&Node>, Vec<&Node>) = nodes.iter().partition(|n| is_section(n));
        let scope = Group {
            textbook: owner.is_some_and(textbook),
            ..Group::default()
        };
        let leftover = self.body(&body, topic, Gloss::All, &self.title.clone());
        // `- 2. Non-linear …` over its own bullets beside `- 1. Linear Triangulation` marked
        // `heading:: true`: the author numbered the blocks as one run and styled only some
        // as headings; a numbered sibling with children that no rule took is a section like
        // the marked ones.
        let numbered = |n: &Node| crate::text::is_numbered(&n.title);
        let marked = nodes
            .iter()
            .filter(|n| n.is_item() && n.is_heading())
            .count();
        let run = nodes
            .iter()
            .any(|n| n.is_item() && n.is_heading() && numbered(n));
        let (blocks, leftover): (Vec<&Node>, Vec<&Node>) = leftover
            .into_iter()
            .partition(|n| run && n.is_item() && !n.children.is_empty() && numbered(n));
        // `- CSS tips` over its points after `- Query commands` marked as a heading: the one
        // unmarked block among marked ones, left alone by the rules that read lists, is a
        // card of its own (when it names something: not a formula, a sentence or a part).
        let named = |n: &Node| {
            let s = n.shape();
            n.is_item()
                && !n.children.is_empty()
                && s.titled()
                && !s.sentence
                && !s.part
                && !s.clause
                && !s.code
                && !n.title.trim_start().starts_with('$')
        };
        let lone = marked >= 1 && leftover.iter().filter(|n| !is_blank_node(n)).count() == 1;
        let (cards, leftover): (Vec<&Node>, Vec<&Node>) =
            leftover.into_iter().partition(|n| lone && named(n));
        for n in cards {
            let kids: Vec<&Node> = n.children.iter().collect();
            self.card_with(n, topic, &kids, Rule::Explained);
        }
        let _ = self.leftover(&leftover, owner, topic);
        let mut sections = sections;
        sections.extend(blocks);
        sections.sort_by_key(|n| n.line);
        let sections = self.flatten_remarks(&sections);
        self.sections(&sections, scope, topic);
    }

    /// `#####Q3: …` then `#####A3:` over the answer: a heading that only labels an answer
    /// belongs to the question heading right above it; the pair is one card. Returns the
    /// sections left.
    fn answer_headings<'n>(&mut self, subs: &[&'n Node], topic: &str) -> Vec<&'n Node> {
        let answers: Vec<usize> = (1..subs.len())
            .filter(|&k| answer_heading(subs[k]) && !answer_heading(subs[k - 1]))
            .filter(|&k| own_and_subs(subs[k - 1]).1.is_empty())
            .collect();
        for &k in &answers {
            let (q, a) = (subs[k - 1], subs[k]);
            let mut d = self.heading_draft(q, topic, Rule::QaPair);
            d.body = own_and_subs(q).0.iter().map(|n| n.line..n.end).collect();
            d.body.extend(a.children.iter().map(|n| n.line..n.end));
            // (The `A3:` line is the answer's marker: in the card, not in its text.)
            d.inline_at = Some(a.line);
            self.trace(
                q.line,
                Rule::QaPair,
                format!(
                    "«{}» is a question, `{}` its answer",
                    trim(&q.title),
                    trim(&a.title)
                ),
            );
            self.out.drafts.push(d);
        }
        (0..subs.len())
            .filter(|k| !answers.iter().any(|&a| *k == a || *k + 1 == a))
            .map(|k| subs[k])
            .collect()
    }

    /// Sibling sections: headings that only label an answer joined to their question, and
    /// section lines written at the questions' level ([`level_section_lines`]) naming the
    /// runs after them; the rest are decided by [`Walker::sibling_sections`].
    fn sections(&mut self, subs: &[&Node], scope: Group, topic: &str) {
        let subs = &self.answer_headings(subs, topic)[..];
        let Some(at) = level_section_lines(subs) else {
            return self.sibling_sections(subs, scope, topic);
        };
        self.sibling_sections(&subs[..at[0]], scope, topic);
        for (k, &s) in at.iter().enumerate() {
            let h = subs[s];
            let end = at.get(k + 1).copied().unwrap_or(subs.len());
            let why = format!("«{}» names the numbered questions after it", trim(&h.title));
            let t = self.topic_line(h, Rule::TopicHeading, why, topic);
            self.sibling_sections(&subs[s + 1..end], scope, &t);
        }
    }

    /// Sibling sections, decided together: the ones with content first; an empty one is then
    /// an unanswered question when most of its siblings turned out to be questions (or all
    /// are empty), and an empty chapter when they turned out to be topics.
    fn sibling_sections(&mut self, subs: &[&Node], scope: Group, topic: &str) {
        let g = classify(subs, scope);
        let leaves = subs.iter().filter(|s| own_and_subs(s).1.is_empty()).count();
        let g = Group {
            flat: subs.len() >= 4 && leaves * 3 >= subs.len() * 2,
            ..g
        };
        let empty = |s: &Node| s.end <= s.head_end && s.shape().term.is_none();
        // Siblings that are interview logs make their neighbours read as logs too. (Siblings
        // that ask are questions anyway: no need to look.)
        // So do siblings that list bullet questions: a neighbour whose bullets ask less (one
        // question beside a bare topic) is read the same way. One look at each sibling.
        let (mut logs, mut bullet_logs, mut glossaries) = (0, 0, 0);
        if !g.questions && subs.len() >= 2 {
            for s in subs {
                let (own, subs) = own_and_subs(s);
                if !subs.is_empty() {
                    continue;
                }
                // (Paragraphs that each define a term, `Purchasing power parity: takes…`,
                // are a glossary, not a log.)
                let defines = |seg: &Segmentation| {
                    seg.entries.iter().all(|&i| {
                        let s = own[i].shape();
                        s.term.is_some() && !s.explicit
                    })
                };
                match self.segment_one(&own, s.shape(), Gloss::Lists) {
                    Some(seg) if seg.rule == Rule::ParagraphQuestion && !defines(&seg) => logs += 1,
                    // (Numbered paragraphs that ask; not names each explained by the
                    // paragraph after it, `1、直连路由` over how it arises: a glossary.)
                    Some(seg)
                        if seg.rule == Rule::Numbered
                            && seg
                                .entries
                                .iter()
                                .all(|&i| matches!(own[i].kind, Kind::Para))
                            && seg.entries.iter().any(|&i| {
                                let s = own[i].shape();
                                s.question || s.explicit || !s.titled()
                            }) =>
                    {
                        logs += 1
                    }
                    Some(seg) if seg.rule == Rule::BulletQuestion => bullet_logs += 1,
                    // (A numbered list most of whose items ask, `1. var let const`
                    // `2. jsonp的原理及缺点` `3. 谈谈promise`, is a log written as a list.)
                    Some(seg)
                        if seg.rule == Rule::Numbered && {
                            let asking = seg
                                .entries
                                .iter()
                                .filter(|&&i| {
                                    let s = own[i].shape();
                                    s.question || crate::text::is_prompt(&s.text)
                                })
                                .count();
                            asking * 2 >= seg.entries.len()
                        } =>
                    {
                        bullet_logs += 1
                    }
                    // (In a note named for interviews, a round written as a list of what was
                    // asked, `- 秒杀` `- 堆` `- netty的流程`, is a log however few of them ask.)
                    _ if self.interview && topic_log(&own) => bullet_logs += 1,
                    Some(seg) if matches!(seg.rule, Rule::Term | Rule::Explained) => {
                        glossaries += 1
                    }
                    _ => {}
                }
            }
        }
        // (Three or more, a third of them at most glossaries: the rest define their names.)
        let g = Group {
            defined: subs.len() >= 3 && glossaries * 3 <= subs.len(),
            ..g
        };
        let outer = self.paragraphs;
        let outer_bullets = self.bullet_logs;
        let outer_asked = self.asked;
        // (Not headings a contents list names, `#### Android Architecture` left empty beside
        // `#### RXJava` over its questions: the subjects the author planned, not questions
        // written down.)
        let planned = subs.iter().any(|s| !empty(s) && lists_questions(s))
            && subs
                .iter()
                .filter(|s| empty(s))
                .all(|s| !s.shape().question && self.indexes(s));
        self.asked = subs.len() >= 4
            && subs.iter().filter(|s| empty(s)).count() * 2 >= subs.len()
            && !planned;
        let outer_templates = std::mem::replace(&mut self.templates, templates(subs));
        self.paragraphs = logs >= 1 && logs * 2 >= subs.len();
        self.bullet_logs = subs.len() >= 3 && bullet_logs >= 2 && bullet_logs * 2 >= leaves;
        let mut cards = 0;
        let mut topics = 0;
        for s in subs.iter().filter(|s| !empty(s)) {
            match self.section(s, g, topic) {
                Outcome::Card => cards += 1,
                Outcome::Topic => topics += 1,
                Outcome::Other => {}
            }
        }
        let g = Group {
            cards: cards >= topics,
            ..g
        };
        for s in subs.iter().filter(|s| empty(s)) {
            self.section(s, g, topic);
        }
        self.paragraphs = outer;
        self.bullet_logs = outer_bullets;
        self.asked = outer_asked;
        self.templates = outer_templates;
    }

    /// Remark headings (`### tips：…。`) between a heading and its sub-headings are not
    /// topics: their own title is unused and their children stand in their place.
    fn flatten_remarks<'n>(&mut self, sections: &[&'n Node]) -> Vec<&'n Node> {
        let mut out = Vec::new();
        for &s in sections {
            let sh = s.shape();
            let (own, subs) = own_and_subs(s);
            if sh.remark && !subs.is_empty() && own.is_empty() {
                self.trace(s.line, Rule::Remark, "a remark, not a topic");
                self.unused(s.line..s.head_end, Reason::Remark);
                let inner = self.flatten_remarks(&subs);
                out.extend(inner);
            } else if sh.remark
                && subs.is_empty()
                && own.is_empty()
                && s.end <= s.head_end
                && !task(&sh.text)
            {
                self.trace(s.line, Rule::Remark, "a remark, not a question");
                self.unused(s.line..s.head_end, Reason::Remark);
            } else {
                out.push(s);
            }
        }
        out
    }

    /// What is left of a container's own blocks after its questions were taken. Whether it
    /// made the owner's card.
    fn leftover(&mut self, left: &[&Node], owner: Option<&Node>, topic: &str) -> bool {
        self.leftover_with(left, owner, topic, &[])
    }

    /// [`Self::leftover`], with `parts`: sub-sections that are parts of the owner's answer
    /// (`### Example:`) and join its card when its own text makes one. Whether it did.
    fn leftover_with(
        &mut self,
        left: &[&Node],
        owner: Option<&Node>,
        topic: &str,
        parts: &[&Node],
    ) -> bool {
        // Among explicit pairs, `> [!tip]` callouts and `!!` notes are the author's reminders:
        // remarks, not the heading's answer.
        let reminder = |n: &&Node| {
            let t = trim(&n.title);
            let t = t.trim_start_matches('>').trim_start();
            t.starts_with("[!") || t.starts_with("!!")
        };
        let (notes, rest): (Vec<&Node>, Vec<&Node>) = left.iter().copied().partition(reminder);
        if !notes.is_empty() && notes.len() * 2 >= left.len() {
            for n in notes {
                self.unused_node(n, Reason::Remark);
            }
            return self.leftover_with(&rest, owner, topic, parts);
        }
        if left.is_empty() {
            return false;
        }
        let lines: usize = left.iter().map(|n| self.nonblank(n.line..n.end)).sum();
        // An empty bullet (`-`, what is left of an outliner's block reference) is no content.
        let empty = |n: &&Node| {
            self.lines[n.line..n.end.min(self.lines.len())]
                .iter()
                .all(|l| {
                    trim(l)
                        .trim_start_matches(['-', '*', '+'])
                        .trim()
                        .is_empty()
                })
        };
        // (A picture alone beside the questions, `![Knee Jerk Reflex](…)`, illustrates them; it
        // answers nothing of its own, unless the heading asks: `application server v.s. web
        // server` over the picture that compares them.)
        let pictures = left.iter().all(|n| is_image(n) || is_blank_node(n));
        let rich = left
            .iter()
            .filter(|n| !empty(n))
            .any(|n| !matches!(n.kind, Kind::Para | Kind::Text | Kind::Rule));
        // Two scraps (`--`, one code line) are not an answer either.
        let text: usize = left
            .iter()
            .flat_map(|n| self.lines[n.line..n.end.min(self.lines.len())].iter())
            .map(|l| crate::text::chars(trim(l)))
            .sum();
        // One sentence that explains is an answer too (`Sinusoids of different frequencies are
        // added to …`); one that announces what follows with a colon is not.
        let announces = left.last().is_some_and(|n| {
            self.lines[n.line..n.end.min(self.lines.len())]
                .iter()
                .rev()
                .find(|l| !is_blank(l))
                .is_some_and(|l| trim(l).ends_with([':', '：']))
        });
        let width: usize = left
            .iter()
            .flat_map(|n| self.lines[n.line..n.end.min(self.lines.len())].iter())
            .map(|l| crate::text::width(trim(l)))
            .sum();
        // Outside any question, `*机会成本*: 一个经济体…` still defines its term: a card.
        if owner.is_none() {
            let terms: Vec<usize> = (0..left.len())
                .filter(|&k| emphasized_term(left[k], &["**", "__", "*", "_"]))
                .collect();
            // (Nor is an outline no rule took as a whole, items that define their terms or
            // head points of their own among other lines: those items are cards.)
            let terms = if terms.is_empty() {
                outline_items(left)
            } else {
                terms
            };
            if let Some(seg) = Segmentation::new(Rule::Term, terms, Attach::Blocks) {
                for n in self.emit_segmentation(left, seg, topic) {
                    if self.outline_under(n, topic) {
                        continue;
                    }
                    let why = if matches!(n.kind, Kind::Rule) {
                        Reason::Separator
                    } else {
                        Reason::Outside
                    };
                    self.unused_node(n, why);
                }
                return false;
            }
        }
        // A heading's own text that is a list of terms, each defined on its line, beside the
        // sections under it (`Timing:` over `- Propagation delay: …`, `- Contamination delay:
        // …`, then `### Delay Is Caused By:`): the terms are cards, as they are in a section
        // with no sub-sections. Their topic is the heading.
        if let Some(h) = owner.filter(|_| !(self.bullet_logs || self.paragraphs)) {
            if let Some(seg) = term_list(left)
                .and_then(|terms| Segmentation::new(Rule::Term, terms, Attach::Blocks))
            {
                let t = self.sub_topic(topic, &h.title);
                for n in self.emit_segmentation(left, seg, &t) {
                    self.unused_node(n, Reason::Intro);
                }
                return false;
            }
        }
        // (Nor is one line that says what the questions under it are about, `- Questions
        // about the Swift language itself.`: it introduces them.)
        let about = left.iter().filter(|n| !is_blank_node(n)).count() == 1
            && left
                .iter()
                .all(|n| is_blank_node(n) || about_the_questions(n));
        match owner {
            // (Among interview logs, text beside the questions says how to answer them or
            // how the round went: a remark, not an answer.)
            Some(h)
                if (lines >= 2 && text >= 30 || width >= 40 && !announces || rich || pictures)
                    && !about
                    && (!pictures || asks(h))
                    && !(self.bullet_logs || self.paragraphs)
                    && !super::shape::chapter_name(&h.title)
                    && !super::shape::bare_chapter(trim(&h.title)) =>
            {
                let mut d = self.heading_draft(h, topic, Rule::Heading);
                // The heading's card keeps its whole text, the cards taken from it included.
                // (From the first line of its text: what comes before the cards taken from it
                // is part of it too.)
                // (Not an explicit pair, `> [!question]` or `<details>`, a card of its own.)
                let pair = |n: &Node| {
                    let t = trim(&n.title).trim_start_matches('>').trim_start();
                    t.starts_with("[!") || t.starts_with("<details")
                };
                let own_start = own_and_subs(h)
                    .0
                    .iter()
                    .find(|n| !is_blank_node(n) && !pair(n))
                    .map(|n| n.line);
                let start = left
                    .iter()
                    .map(|n| n.line)
                    .chain(own_start)
                    .min()
                    .unwrap_or(h.head_end);
                let own_end = own_and_subs(h).0.iter().map(|n| n.end).max();
                let left_end = left.iter().map(|n| n.end).max();
                let end = own_end.max(left_end).unwrap_or(h.head_end).max(start);
                d.body.clear();
                d.body.push(start..end);
                d.body.extend(parts.iter().map(|p| p.line..p.end));
                for p in parts {
                    self.trace(p.line, Rule::HeadingParts, "a part of the heading's answer");
                }
                self.trace(
                    h.line,
                    Rule::Heading,
                    "its own text, beside the questions under it, is a card",
                );
                self.out.drafts.push(d);
                true
            }
            _ => {
                for n in left {
                    // (A bullet no rule took, `- 实现方式` naming a part of the subject, over
                    // concepts each explained by its own points: those are the cards.)
                    if owner.is_none() && self.outline_under(n, topic) {
                        continue;
                    }
                    let why = if matches!(n.kind, Kind::Rule) {
                        Reason::Separator
                    } else if owner.is_some() {
                        Reason::Intro
                    } else {
                        Reason::Outside
                    };
                    self.unused_node(n, why);
                }
                false
            }
        }
    }

    /// The concepts outlined under a bullet that is no card itself: cards, the bullet their
    /// grouping. Whether there were any.
    fn outline_under(&mut self, n: &Node, topic: &str) -> bool {
        if !n.is_item() || !has_children(n) {
            return false;
        }
        let kids: Vec<&Node> = n.children.iter().collect();
        let Some(seg) = self
            .segment(&kids, &Shape::default(), Gloss::All)
            .filter(|seg| seg.rule == Rule::Explained && seg.entries.len() >= 2)
        else {
            return false;
        };
        self.trace(
            n.line,
            Rule::Grouping,
            format!("«{}» groups the concepts under it", trim(&n.title)),
        );
        self.unused(n.line..n.head_end, Reason::TopicLine);
        for r in self.emit_segmentation(&kids, seg, topic) {
            self.unused_node(r, Reason::Outside);
        }
        true
    }

    fn nonblank(&self, r: Range<usize>) -> usize {
        (r.start..r.end.min(self.lines.len()))
            .filter(|&i| !is_blank(self.lines[i]))
            .count()
    }

    /// One heading (or heading bullet) among siblings decided as `group`.
    fn section(&mut self, h: &Node, group: Group, topic: &str) -> Outcome {
        let sides = comparison_sides(&h.shape().text).filter(|_| !own_and_subs(h).1.is_empty());
        if sides.is_none() {
            return self.section_within(h, group, topic);
        }
        let outer = std::mem::replace(&mut self.sides, sides);
        let outcome = self.section_within(h, group, topic);
        self.sides = outer;
        outcome
    }

    /// [`Self::section`], once the sides it compares are known.
    fn section_within(&mut self, h: &Node, group: Group, topic: &str) -> Outcome {
        use crate::hints::{Mark, Questions};
        let sh = h.shape();
        let (mut own, mut subs) = own_and_subs(h);
        // `#### 继承` over `###### 减少重复的代码。` lines: the smallest headings, most of them
        // sentences, are emphasised lines of its answer, not sections (`##### Men-optimality`
        // names a section).
        let small = |s: &&Node| {
            matches!(s.kind, Kind::Heading(l) if l >= 5)
                && s.children.iter().all(|c| !is_section(c))
                && !lists_questions(s)
                && !trim(&s.title).ends_with(['?', '？'])
        };
        if matches!(h.kind, Kind::Heading(l) if l < 5)
            && subs.len() >= 2
            && subs.iter().all(small)
            && subs.iter().filter(|s| s.shape().explicit).count() * 2 < subs.len()
            && subs.iter().filter(|s| s.shape().sentence).count() * 2 >= subs.len()
        {
            own.append(&mut subs);
            own.sort_by_key(|n| n.line);
        }
        let skipped = self.hints.is_some_and(|hints| hints.skips(&h.title));
        match self.mark(h.line) {
            Some(Mark::Skip) => {
                self.trace(h.line, Rule::Hint, "left out by `<!-- deckhand: skip -->`");
                self.unused_node(h, Reason::Skipped);
                return Outcome::Other;
            }
            Some(Mark::Card) => {
                let body: Vec<&Node> = h.children.iter().collect();
                self.card_with(h, topic, &body, Rule::Hint);
                return Outcome::Card;
            }
            None if skipped => {
                self.trace(h.line, Rule::Hint, "left out by a `skip` hint");
                self.unused_node(h, Reason::Skipped);
                return Outcome::Other;
            }
            None => {}
        }
        if let (Some(Questions::Heading(n)), Some(level)) = (self.questions_hint(), h.heading) {
            if level == n {
                let body: Vec<&Node> = h.children.iter().collect();
                self.card_with(h, topic, &body, Rule::Hint);
                return Outcome::Card;
            }
            if level < n {
                let why = format!("questions are h{n}: «{}» is a topic", trim(&h.title));
                let t = self.topic_line(h, Rule::Hint, why, topic);
                let left = self.body(&own, &t, Gloss::All, sh);
                for n in left {
                    self.unused_node(n, Reason::Intro);
                }
                let subs: Vec<&Node> = subs.to_vec();
                self.sections(&subs, group.within(h, false), &t);
                return Outcome::Topic;
            }
        }
        // `## Summary` over `- Stable matching` `- Gale-Shapley`: what the note covers, named.
        // (A rule closing the list, `---` before the first section, is no text of it.)
        let listed = || {
            own.iter()
                .filter(|n| !is_blank_node(n) && !matches!(n.kind, Kind::Rule))
        };
        let overview = super::shape::is_overview(sh.text.trim_end_matches([':', '：']))
            && listed().count() >= 2
            && listed().all(|n| {
                let s = n.shape();
                n.is_item()
                    && n.children.is_empty()
                    && s.term.is_none()
                    && !s.question
                    && !s.sentence
                    && s.chars <= 40
            });
        // `### Outline` over its names (or `目录`) lists what follows; sections nested under
        // it by their level are what it lists, decided as its siblings.
        if (overview || sh.structural && super::shape::lists_contents(&sh.text)) && !subs.is_empty()
        {
            self.trace(
                h.line,
                Rule::Structural,
                "skipped; the sections under it are not",
            );
            self.unused(h.line..h.head_end, Reason::Structural);
            for n in &own {
                self.unused_node(n, Reason::Structural);
            }
            // (Headings that only link to the sections, `### 1. [词法分析](#2)`, are the
            // contents themselves.)
            let (links, subs): (Vec<&Node>, Vec<&Node>) = subs
                .iter()
                .partition(|s| s.shape().anchor && s.end <= s.head_end);
            for n in links {
                self.unused_node(n, Reason::Index);
            }
            self.sections(&subs, group.within(h, false), topic);
            return Outcome::Other;
        }
        if sh.structural || overview {
            self.trace(h.line, Rule::Structural, "skipped");
            self.unused_node(h, Reason::Structural);
            return Outcome::Other;
        }
        let subs = self.flatten_remarks(&subs);
        // In an interview round, `## 最后总结`, `### Takeaways` sum up how it went: a remark
        // on the round, no question.
        if self.in_round && reflects_on_round(&sh.text) && !sh.explicit {
            self.trace(h.line, Rule::Remark, "sums up the interview round");
            self.unused_node(h, Reason::Remark);
            return Outcome::Other;
        }
        let dated_round = group.dated_rounds && dated_name(&h.title) && !sh.explicit;
        if sh.round || dated_round {
            // An interview round (`## 飞猪面试（电话面试）`, `### 二面`) is the topic of the
            // questions asked in it, listed or in sub-headings; its text (how the round went,
            // `整理中`) is a remark, never a card.
            let rule = if h.plain {
                Rule::SectionLine
            } else {
                Rule::Grouping
            };
            self.trace(
                h.line,
                rule,
                format!("«{}» names an interview round", trim(&h.title)),
            );
            let t = self.topic_of_own(h, &own, topic, Reason::Remark);
            let subs = self.answer_headings(&subs, &t);
            let g = Group {
                questions: true,
                ..classify(&subs, group.within(h, false))
            };
            // (Its headings are the questions asked: bullets that ask under one follow it up.)
            let outer = std::mem::replace(&mut self.asked, true);
            let outer_round = std::mem::replace(&mut self.in_round, true);
            for s in subs {
                self.section(s, g, &t);
            }
            self.asked = outer;
            self.in_round = outer_round;
            return Outcome::Topic;
        }
        // In an interview round, short bullets under a question (`- 异步错误怎么捕获`, `- 原理
        // 分别是什么`) follow it up, asking more or naming what else was asked: no answer.
        // Those that ask a whole question are questions of their own; a short fragment that
        // leans on the heading (`- 做了什么、如何实现`) is part of it.
        if self.in_round && subs.is_empty() && follow_ups(&own) {
            self.card_with(h, topic, &[], Rule::EmptyHeading);
            for n in own.iter().filter(|n| !is_blank_node(n)) {
                let s = n.shape();
                if s.explicit && s.chars >= 8 && !s.text.contains('、') {
                    let d = Draft::new(
                        topic,
                        n.line..n.head_end,
                        n.title.clone(),
                        Rule::BulletQuestion,
                    );
                    self.trace(
                        n.line,
                        Rule::BulletQuestion,
                        "a follow-up question".to_string(),
                    );
                    self.out.drafts.push(d);
                } else {
                    self.unused_node(n, Reason::Remark);
                }
            }
            return Outcome::Card;
        }
        // When the user says the questions are items or paragraphs, headings are topics.
        let listed = matches!(
            self.questions_hint(),
            Some(Questions::Items | Questions::Paragraphs)
        );
        // (`# Discussion Questions` among headings that ask announces its own questions.)
        // (Nor does a glossary among them, `### OO Design Principle Terms`: it names terms.)
        // (So does a label that asks nothing over a list that is all terms, `## Senior JS
        // items:` over `1. BigInt: For handling large integers` and eight more.)
        let glossary = glossary_heading(&sh.text)
            || sh.label && !sh.question && !sh.explicit && listed_terms(&own);
        let ask = (sh.explicit || group.questions && !sh.question_list && !glossary)
            && !listed
            && !sh.round;
        let inner = group.within(h, false);
        // Textbook numbering marks sections of definitions, unless the headings ask (then
        // `1.2 查看内存使用情况` is just question number 1.2).
        let card_level = group.cards && !group.under_card && (!inner.textbook || self.asks);
        // (A chapter, `## Chapter 1 | Bilingual Adults`, is no concept: what it holds may be
        // split like a topic's, whatever level it sits at.)
        // (Nor is a glossary, `### OO Design Principle Terms`: its terms are the cards.)
        let gloss = match (card_level, self.asks || self.interview) {
            (false, _) => Gloss::All,
            (true, _) if super::shape::chapter_name(&sh.text) => Gloss::All,
            (true, _) if glossary => Gloss::All,
            (true, false) => Gloss::Lists,
            (true, true) => Gloss::None,
        };
        let blocks_only = sh.explicit;
        if self.has_pairs(&own, |d| {
            !blocks_only || matches!(d.rule, Rule::Callout | Rule::Details)
        }) {
            // Explicit pairs make the heading their topic. Under a heading that asks itself
            // only callouts and `<details>` do; `Q:` lines there are reported instead.
            self.trace(
                h.line,
                topic_rule(h),
                format!("«{}» holds explicit pairs", trim(&h.title)),
            );
            self.unused(h.line..h.head_end, Reason::TopicLine);
            let t = self.sub_topic(topic, &h.title);
            let left = self.body(&own, &t, gloss, sh);
            let _ = self.leftover(&left, Some(h), topic);
            self.sections(&subs, inner, &t);
            return Outcome::Topic;
        }
        // Sub-headings written as sentences (`###### 减少重复的代码。` under `#### 继承`) are
        // the author's paragraphs: content of this section.
        let sentences = subs.iter().filter(|s| is_sentence_heading(s, h)).count();
        let (own, subs) = if !subs.is_empty() && sentences * 2 > subs.len() {
            let mut all = own.clone();
            all.extend(subs.iter().copied());
            all.sort_by_key(|n| n.line);
            (all, Vec::new())
        } else {
            (own, subs)
        };
        // `### 1.  1`, `### 3. 3` with nothing under them: numbers with no name, placeholders the
        // author left. (One with text, `###1.` over an answer, keys it to question 1.)
        if subs.is_empty()
            && numbers_only(&h.title)
            && own
                .iter()
                .all(|n| is_blank_node(n) || matches!(n.kind, Kind::Rule))
        {
            self.trace(h.line, Rule::Remark, "a number with no name: a placeholder");
            self.unused_node(h, Reason::EmptyHeading);
            return Outcome::Other;
        }
        // `## Model Monitoring and Drift` over nothing but links to this note's own headings
        // (`- [Model Monitoring](#model-monitoring)`): a part of its contents, no card.
        // (Not one link back, `[Back to TOC](#table-of-contents)` under a question not
        // answered yet.)
        let index = subs.is_empty() && {
            let mut linked = own.iter().filter(|n| !is_blank_node(n));
            own.iter().filter(|n| n.is_item()).count() >= 2 && linked.all(|n| is_index(n))
        };
        if index {
            self.trace(
                h.line,
                Rule::Index,
                "a heading over links to this note's headings",
            );
            self.unused_node(h, Reason::Index);
            return Outcome::Other;
        }
        if subs.is_empty() {
            // `### 指针函数与函数指针区别` over `指针函数：` and `函数指针：` with their points,
            // `### Polling vs Interrupts`: a heading that compares the two it names, its text
            // one part for each. The heading is the question, the parts its answer.
            // (The terms a rule finds in its text, and their names: read once for both, and
            // only where either can apply.)
            let sides = comparison_sides(&sh.text).filter(|_| !sh.part);
            let glossed = (sides.is_some() || !sh.explicit)
                .then(|| self.segment(&own, sh, Gloss::All))
                .flatten()
                .filter(|seg| matches!(seg.rule, Rule::Term | Rule::Explained | Rule::Label))
                .map(|seg| {
                    let names: Vec<String> = seg
                        .entries
                        .iter()
                        .map(|&i| entry_name(own[i].shape()))
                        .collect();
                    (seg, names)
                });
            let compared = sides.zip(glossed.as_ref());
            // (Under a section comparing two sides, an aspect's text naming both, `顺序表：…`
            // `链表：…` under `##### 基本操作 - 创建`, is one answer too.)
            let inherited =
                self.sides
                    .as_ref()
                    .zip(glossed.as_ref())
                    .is_some_and(|((a, b), (_, names))| {
                        let named = |side: &str| names.iter().any(|n| names_side(side, n));
                        named(a) && named(b)
                    });
            // `### 面向感知：HSV` over `H：色调` `S：饱和度` `V：亮度`, `#### 图像压缩率` over
            // `m：原平均码长` `n：现平均码长`: a legend of the letters in a name or a formula
            // explains the heading, which is the card.
            let legend = glossed
                .as_ref()
                .is_some_and(|(seg, _)| symbol_legend(&own, seg));
            if legend
                || inherited
                || compared.is_some_and(|(sides, (_, names))| compares(&sides, names))
            {
                self.card_with(h, topic, &own, Rule::Heading);
                return Outcome::Card;
            }
            // `## 静态类型、动态类型 和 静态绑定、动态绑定` over `**静态类型**：…` and the rest,
            // among headings that ask: it only names its terms, which are the cards.
            // (Two alone, `## 渐进增强与优雅降级` over `渐进增强：…` and `优雅降级：…`, among
            // headings that ask: the pair is asked about together, the terms its answer.)
            if !sh.explicit {
                if let Some((seg, names)) =
                    glossed.filter(|(_, names)| enumerates_names(&sh.text, names))
                {
                    if ask && names.len() == 2 && !sh.text.contains(['、', ',', '，', '/']) {
                        self.card_with(h, topic, &own, Rule::Heading);
                        return Outcome::Card;
                    }
                    self.topic_over(h, &own, seg, topic);
                    return Outcome::Topic;
                }
            }
            if ask {
                // `### 2.C++基础知识` among a round's sections, its text a list of the questions
                // asked (`1. **谈一下C++的内存管理**` …), is their subject, not a question: a
                // heading that asks nothing over questions that ask.
                if !sh.explicit {
                    if let Some(seg) = self
                        .segment(&own, sh, Gloss::None)
                        .filter(|seg| matches!(seg.rule, Rule::Numbered | Rule::BulletQuestion))
                        .filter(|seg| {
                            let asks = |i: usize| {
                                let s = own[i].shape();
                                s.explicit || crate::text::is_prompt(&s.text)
                            };
                            let asking = seg.entries.iter().filter(|&&i| asks(i)).count();
                            seg.entries.len() >= 2
                                && asking * 3 >= seg.entries.len() * 2
                                && !own[..seg.entries[0]]
                                    .iter()
                                    .any(|n| n.is_item() || matches!(n.kind, Kind::Code))
                        })
                    {
                        self.topic_over(h, &own, seg, topic);
                        return Outcome::Topic;
                    }
                }
                // A run of numbered questions after the answer (`20、…？` `21、…？`) are
                // questions of their own, not more answer.
                // (Not questions the text gives as examples, `…you say yes.` over `Examples`
                // and the questions to ask an interviewer: they are its answer.)
                let examples = |at: usize| {
                    at > 0
                        && matches!(own[at - 1].kind, Kind::Para)
                        && examples_label(self.lines[own[at - 1].end - 1])
                };
                if let Some(at) = asking_run(&own).filter(|&at| !examples(at)) {
                    self.card_with(h, topic, &own[..at], Rule::Heading);
                    let mut rest: Vec<&Node> = own[at..].to_vec();
                    // (`Some questions to check:` over them names them.)
                    let mut topic = std::borrow::Cow::Borrowed(topic);
                    while let Some(lead) = rest.first().filter(|n| lead_in(n)) {
                        if lead.shape().label {
                            let name = trim(&lead.title).trim_end_matches([':', '：']);
                            // (`接下来的问题：` names no subject: the questions are the
                            // heading's.)
                            let about = if name.ends_with("问题")
                                || name.to_lowercase().ends_with("questions")
                            {
                                h.title.as_str()
                            } else {
                                name
                            };
                            topic = self.sub_topic(&topic, about).into();
                            self.unused(lead.line..lead.end, Reason::TopicLine);
                        } else {
                            self.unused_node(lead, Reason::Separator);
                        }
                        rest.remove(0);
                    }
                    let topic = topic.as_ref();
                    if let Some(seg) = self.segment(&rest, &Shape::default(), Gloss::None) {
                        let left = self.emit_segmentation(&rest, seg, topic);
                        for n in left {
                            self.unused_node(n, Reason::Outside);
                        }
                    }
                    return Outcome::Card;
                }
                self.card_with(h, topic, &own, Rule::Heading);
                return Outcome::Card;
            }
            // (Its markup aside: `# <p style="text-align: center;">6/1/20 </p>` is a date.)
            if crate::outline::plain::is_date(crate::text::plain_inline(trim(&h.title)).trim()) {
                // A date heads a lecture's or a meeting's notes: their topic, never a
                // question; what no rule takes is reported, not made into a card.
                self.trace(
                    h.line,
                    Rule::SectionLine,
                    "a date: the topic of what follows",
                );
                // (A term no rule took, `**Glia cells** - …` among the day's remarks, set in
                // bold, is still a card, as it is outside any question.)
                self.unused(h.line..h.head_end, Reason::TopicLine);
                let t = self.sub_topic(topic, &h.title);
                // (The day's outline under one item, `1. 计算机系统概述` over `基本构成：…` and
                // more: the item names the day's subject, its items are decided as the day's.)
                if let Some((w, _)) = lone_item(&own, sh, true) {
                    let kids: Vec<&Node> = w.children.iter().collect();
                    if let Some(seg) = self.segment(&kids, w.shape(), Gloss::All) {
                        self.unused(w.line..w.head_end, Reason::TopicLine);
                        let t = self.sub_topic(&t, &w.title);
                        for n in self.emit_segmentation(&kids, seg, &t) {
                            self.unused_node(n, Reason::Outside);
                        }
                        return Outcome::Topic;
                    }
                }
                match self.segment(&own, sh, Gloss::All) {
                    Some(seg) => {
                        for n in self.emit_segmentation(&own, seg, &t) {
                            self.unused_node(n, Reason::Outside);
                        }
                    }
                    None => {
                        let bold = |n: &Node| {
                            n.is_item()
                                && glossary_term(n)
                                && super::subq::bold_term_item(self.lines[n.line]).is_some()
                        };
                        let terms = (0..own.len()).filter(|&k| bold(own[k])).collect();
                        match Segmentation::new(Rule::Term, terms, Attach::Blocks) {
                            Some(seg) => {
                                for n in self.emit_segmentation(&own, seg, &t) {
                                    self.unused_node(n, Reason::Outside);
                                }
                            }
                            None => {
                                let _ = self.leftover(&own, None, &t);
                            }
                        }
                    }
                }
                return Outcome::Topic;
            }
            // (Not the steps of a process: `## 2.1 程序运行步骤` over `…以下步骤：`.)
            let steps = sh.part || super::shape::ends_in_part(&sh.text);
            let labelled_of = || labelled_terms(&own).filter(|_| !sh.question && !steps);
            // (Two labelled glossaries or more, below, one labelled by a line of text, `Other
            // measures include:`: the labels introduce, and are no entries; labels that are all
            // items, `- 写命中：` over its terms, name them.)
            let introduced = |g: &[(&Node, Vec<&Node>)]| {
                g.len() >= 2 && g.iter().any(|(l, _)| matches!(l.kind, Kind::Para))
            };
            let mut labelled = None;
            let seg = match self.segment(&own, sh, gloss) {
                Some(seg) if seg.rule != Rule::Term => {
                    labelled = Some(labelled_of());
                    let glossaries = labelled.as_ref().and_then(|g| g.as_deref());
                    (!glossaries.is_some_and(introduced)).then_some(seg)
                }
                seg => seg,
            };
            if let Some(seg) = seg {
                // Among sibling cards, a heading whose text is all terms (`### CIA 三要素`
                // over `**机密性**：…` and the rest, beside `### 被动攻击` over its definition)
                // is a card as its siblings are, its terms finer cards beside it.
                if gloss == Gloss::Lists
                    && group.defined
                    && !h.plain
                    && matches!(seg.rule, Rule::Term | Rule::Explained)
                    && !names_kinds(&sh.text)
                    && !sh.part
                {
                    let t = self.sub_topic(topic, &h.title);
                    for n in self.emit_segmentation(&own, seg, &t) {
                        self.unused_node(n, Reason::Intro);
                    }
                    self.whole_card(h, &own, topic);
                    // (Still the topic of its terms, for the count of its siblings.)
                    return Outcome::Topic;
                }
                self.topic_over(h, &own, seg, topic);
                return Outcome::Topic;
            }
            // `#### Costs` over `- 2 important types of costs:` and its terms, then `Other
            // costs include:` over more: labelled glossaries that are all its text. The terms
            // are the cards, the heading their topic, the labels introduce them.
            if let Some(groups) = labelled.unwrap_or_else(labelled_of) {
                self.trace(
                    h.line,
                    topic_rule(h),
                    format!("«{}» holds labelled lists of terms", trim(&h.title)),
                );
                self.unused(h.line..h.head_end, Reason::TopicLine);
                let t = self.sub_topic(topic, &h.title);
                for (label, items) in groups {
                    self.unused(label.line..label.head_end, Reason::Intro);
                    let entries = (0..items.len())
                        .filter(|&k| glossary_term(items[k]))
                        .collect();
                    if let Some(seg) = Segmentation::new(Rule::Term, entries, Attach::Blocks) {
                        for r in self.emit_segmentation(&items, seg, &t) {
                            self.unused_node(r, Reason::Intro);
                        }
                    }
                }
                return Outcome::Topic;
            }
            // `# Thermodynamic processes` over one outline item, `- isochoric process` with
            // points of its own: the item names the concept, the heading groups it.
            // (So does one among sections that are outlines, `# 2 硬件环境` over `- 4种I/O方式`
            // and its points beside `# 1 概述` over several such bullets: as theirs, its
            // bullet is the card.)
            if let Some(seg) = lone_concept(&own, sh)
                .or_else(|| group.outlines.then(|| lone_outline_item(&own)).flatten())
            {
                self.topic_over(h, &own, seg, topic);
                return Outcome::Topic;
            }
            // `## 第六章` over one bullet, `- 记背考点`, whose items each carry points of their
            // own (`- 流水线` over its points, `- 数据冒险的解决方法` over its ways): the bullet
            // only labels the section's outline; its items are the cards.
            if let Some((w, subject)) = lone_wrapper(&own, sh) {
                let kids: Vec<&Node> = w.children.iter().collect();
                let seg = self
                    .segment(&kids, w.shape(), gloss)
                    .filter(|seg| outline_of_concepts(&kids, seg));
                if let Some(seg) = seg {
                    self.trace(
                        h.line,
                        topic_rule(h),
                        format!("«{}» holds an outline of concepts", trim(&h.title)),
                    );
                    self.unused(h.line..h.head_end, Reason::TopicLine);
                    self.unused(w.line..w.head_end, Reason::TopicLine);
                    let mut t = self.sub_topic(topic, &h.title);
                    if subject {
                        t = self.sub_topic(&t, &w.title);
                    }
                    for n in self.emit_segmentation(&kids, seg, &t) {
                        self.unused_node(n, Reason::Intro);
                    }
                    return Outcome::Topic;
                }
            }
            // `## 3 Evidences` over its list, then `Homologous structures: …` and two more
            // terms: a glossary closing the section, its terms cards beside the heading's.
            // `# Matter` with its text, then `**3 States**` over points of its own: a bold
            // sub-section, a card beside the heading's as a sub-heading would be.
            // `- 稀缺品必须按某种方式分配，…` over `+ 按需分配：…` `+ 按劳分配：…` and more: a
            // glossary nested in the heading's points, its terms cards beside the heading's.
            let nested = if sh.question {
                Vec::new()
            } else {
                nested_glossaries(&own)
            };
            // (Not in a checklist, `1. Foundations — MUST READ` over chapters to tick off:
            // a plan names no terms.)
            let plan = || {
                let cand: Vec<(usize, &Shape)> = (0..own.len())
                    .filter(|&i| !is_blank_node(own[i]))
                    .map(|i| (i, own[i].shape()))
                    .collect();
                self.checklist(&own, &cand, sh)
            };
            if let Some(seg) = beside_terms(&own, sh).filter(|_| !plan()) {
                self.cards_beside(h, &own, seg, topic);
                self.nested_glossaries(h, &own, &nested, topic);
                return Outcome::Card;
            }
            if !nested.is_empty() {
                self.whole_card(h, &own, topic);
                self.nested_glossaries(h, &own, &nested, topic);
                return Outcome::Card;
            }
            let chapter = super::shape::chapter_name(&sh.text);
            // (A rule alone, `## c++：` over `---`, is no text.)
            let nothing = own
                .iter()
                .all(|n| is_blank_node(n) || matches!(n.kind, Kind::Rule));
            if !nothing || sh.term.is_some() && !chapter {
                self.card_with(h, topic, &own, Rule::Heading);
                return Outcome::Card;
            }
            // (`## Experiments`, `## Discussion` left empty: a paper's outline, not a question.)
            // (Nor `## Chapter 3: Genes in Populations p. 89` left empty: a book's chapters,
            // listed ahead of the notes.)
            // (Nor `### 6.1 光发射机的组成`, a textbook's section number on it: the book's
            // plan, copied ahead of the notes.)
            let section = {
                let t = crate::text::plain_inline(trim(&h.title));
                let t = t.trim_start();
                let major = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let rest = &t[major..];
                major > 0
                    && rest.starts_with('.')
                    && rest[1..].starts_with(|c: char| c.is_ascii_digit())
            };
            let outline =
                !sh.question && (super::shape::is_paper_section(&sh.text) || chapter || section);
            // (Nor a label left empty, `## c++：`, that would introduce questions.)
            // (Nor one a contents list names among sections that hold questions: a subject
            // planned and not written yet.)
            let planned = !group.cards && !sh.question && self.indexes(h);
            if (group.cards && !sh.label || sh.question || concept_placeholder(h))
                && !outline
                && !planned
            {
                self.trace(h.line, Rule::EmptyHeading, "no answer yet");
                let d = self.heading_draft(h, topic, Rule::EmptyHeading);
                self.out.drafts.push(d);
                return Outcome::Card;
            }
            self.trace(
                h.line,
                Rule::EmptyHeading,
                "an empty section, not a question",
            );
            self.unused_node(h, Reason::EmptyHeading);
            return Outcome::Other;
        }
        // With sub-headings.
        let asking_subs = subs.iter().filter(|s| s.shape().explicit).count();
        // An italic one-liner under a heading (`*研究整数之间的关系。*`) is a remark, not
        // text of its own.
        // (Nor is a lone link, `[参考](https://…)` under `# 分布式事务`: where the sections
        // under it were read, not text.)
        // (Only a link named as a reference: a bare one may be the answer, `## docker 原理`
        // over `https://…` and its parts.)
        let link = |n: &Node| {
            matches!(n.kind, Kind::Para) && n.end == n.line + 1 && reference_link(trim(&n.title))
        };
        // (Nor a line that says what the questions are about: `- Questions about the Swift
        // language itself.`)
        let own_text = own.iter().any(|n| {
            !(is_blank_node(n)
                || is_italic_line(n)
                || n.shape().anchor
                || link(n)
                || about_the_questions(n))
        });
        let nameless = super::shape::says_nothing(sh.text.trim_end_matches([':', '：']));
        // Sub-headings that announce questions (`#### Spring questions:`) hold questions.
        // (Not `## 问题描述`, the statement of a problem: a part of an answer.)
        let lists = !own_text
            && subs
                .iter()
                .any(|s| s.shape().question_list && !super::shape::ends_in_part(&s.shape().text));
        // (`## 问题`, `## Questions` over the sections that hold them names them whatever
        // its own text says: `最开始自我介绍…` is a remark on them.)
        // (In an interview round, `### 3.算法` over `#### 实现一个前缀树`, its own text telling
        // how that came up: the sub-headings are the questions, the text a remark on them.)
        let own_asks = own
            .iter()
            .filter(|n| !is_blank_node(n))
            .any(|n| n.shape().explicit || n.is_item());
        let told = self.in_round && !sh.explicit && asking_subs == subs.len() && !own_asks;
        // `## Explain data races, race conditions, and critical sections.` over `### Race
        // conditions vs data races` and `### Critical sections`, each with its text: a question
        // that lists the concepts it asks about, its sub-headings those concepts, is answered
        // by them. They are the cards; the question groups them (or, with text of its own,
        // is a card beside them).
        // (Two, `What is Forward Proxy and Reverse Proxy?` over `#### Forward Proxy` and
        // `#### Reverse Proxy`, are set side by side: the sides of one answer, as in a
        // comparison.)
        let named: Vec<&Node> = if sh.explicit {
            concepts_named(&sh.text, &subs)
        } else {
            Vec::new()
        };
        // (A task that lists its topics, `Define and motivate concurrency and mutual
        // exclusion.`, still only names them.)
        let what = {
            let t = sh.text.to_lowercase();
            ["what is ", "what are ", "what's "]
                .iter()
                .any(|w| t.starts_with(w))
        };
        let named =
            if named.len() == 2 && subs.len() == 2 && what && !sh.text.contains([',', '，', '、'])
            {
                Vec::new()
            } else {
                named
            };
        // `## 8. HashMap的底层实现` over `### 8.1 JDK1.7` and `### 8.2 JDK1.8`, in a run of
        // numbered cards: numbered under its number, the sub-headings are the parts of its
        // answer, as `优点` would be. (Unless one asks: then they are questions.)
        // (Not a textbook's `## 2.3` over `### 2.3.1`: its sections define concepts.)
        let sub_numbered = group.flat
            && group.cards
            && !group.textbook
            && !textbook(h)
            && asking_subs == 0
            && subs.iter().all(|s| numbered_under(&h.title, &s.title));
        if !sub_numbered
            && (sh.label
                || !own_text && !named.is_empty()
                || nameless
                || lists
                || sh.question_list
                || told
                || (!sh.explicit && !own_text && asking_subs * 2 >= subs.len()))
        {
            // `## 解决单点问题主要有2种方式：` or `## Redis基础` over questions: it introduces
            // the sections under it, which are the questions.
            self.trace(
                h.line,
                Rule::Grouping,
                format!("«{}» groups the questions under it", trim(&h.title)),
            );
            self.unused(h.line..h.head_end, Reason::TopicLine);
            let t = self.sub_topic(topic, &h.title);
            let left: Vec<&Node> = own.clone();
            // (`### Example:` under `## Bayesian Reasoning:` and its text: a part of the
            // heading's answer, not a topic.)
            let parts: Vec<&Node> = subs
                .iter()
                .filter(|s| own_text && s.shape().part && !s.shape().explicit)
                .copied()
                .collect();
            // (The text of a heading that names questions says how they were asked: a
            // remark, no answer.)
            let joined = if (sh.question_list || told) && parts.is_empty() && !own_asks {
                for n in &left {
                    self.unused_node(n, Reason::Remark);
                }
                false
            } else {
                self.leftover_with(&left, Some(h), topic, &parts)
            };
            let g = Group {
                questions: asking_subs * 2 >= subs.len(),
                ..classify(&subs, inner)
            };
            for s in subs {
                if joined && parts.contains(&s) {
                    continue;
                }
                self.section(s, g, &t);
            }
            return Outcome::Topic;
        }
        // `### H5和APP交互通信`, a question only because its siblings ask, over concepts with
        // text of their own (`#### 单向通信的交互`, `#### JSBridge`): decided as a concept's
        // sections are. (Numbered sub-headings, `### 1 匿名管道通信`, enumerate its answer.)
        let concept = |s: &&Node| {
            let ss = s.shape();
            !ss.part && !ss.explicit && !ss.question && s.end > s.head_end
        };
        let numbered = subs
            .iter()
            .filter(|s| concept(s) && s.shape().num.is_some())
            .count();
        // (Four or more, `### 1. 主题 Topic` to `### 7. 代理服务器 Broker` under `## RocketMQ
        // 核心内容`, each with its text, number concepts all the same; not the kinds a
        // heading names, `### 1 匿名管道通信` under `## 进程通信方法`.)
        let kinds = ZH_KINDS.iter().any(|k| sh.text.trim_end().ends_with(k));
        let concepts = subs
            .iter()
            .filter(|s| concept(s) && (s.shape().num.is_none() || numbered >= 4 && !kinds))
            .count();
        let ask = ask
            && (sh.explicit || sh.question || concepts < 2 || concepts * 3 < subs.len() * 2)
            || sub_numbered;
        if ask {
            // A question: sub-headings are parts of its answer, unless they ask something
            // else (`### 追问：…？`). One that asks about what the question names
            // (`#### 什么是死锁？` under `### 描述死锁的概念…`) is a part too.
            // (Beside examples of the answer, `#### Example 3 (IIFE)`, the sub-headings set
            // two levels down are more of the answer, not side notes.)
            let examples = subs.iter().any(|s| s.shape().part);
            let (qs, parts): (Vec<&Node>, Vec<&Node>) = subs.iter().partition(|s| {
                let ss = s.shape();
                ss.explicit
                    && (follow_up(&s.title) || !shares_term(&h.title, &s.title, &self.subject))
                    || own_text && !examples && side_concept(h, s)
                    || !ss.part && in_asking_run(s, &subs)
            });
            let (named, parts): (Vec<&Node>, Vec<&Node>) =
                parts.into_iter().partition(|s| named.contains(s));
            let mut body: Vec<&Node> = own.clone();
            body.extend(parts.iter().copied());
            body.sort_by_key(|n| n.line);
            self.card_with(h, topic, &body, Rule::HeadingParts);
            // (The concepts it lists are sections as any sibling's, under the same topic.)
            let concepts = Group {
                questions: false,
                ..classify(&subs, inner)
            };
            for s in named {
                self.trace(s.line, Rule::SubQuestion, "a concept the question lists");
                self.section(s, concepts, topic);
            }
            let g = Group {
                questions: true,
                cards: true,
                ..group.within(h, true)
            };
            for q in qs {
                self.trace(
                    q.line,
                    Rule::SubQuestion,
                    "a question of its own under a question",
                );
                // (A concept beside the question, `##### 存储说明符` over its explained
                // kinds, is a section as any other: its list may hold the cards.)
                let g = if q.shape().explicit || q.shape().question {
                    g
                } else {
                    Group {
                        questions: false,
                        ..g
                    }
                };
                self.section(q, g, topic);
            }
            return Outcome::Card;
        }
        // `# 4 对换技术` over `## 4.1 概念`, `## 4.2 分类`: a sub-heading that is a part of an
        // answer (its definition) makes the heading a card; the other sub-headings stay
        // sections of their own.
        // (Not one numbered in its siblings' own count, `### 05 Example question calculating
        // CPI` among `### 04 Deflation` and `### 06 Stagflation`: a section like them.)
        let in_count = |s: &Node| s.shape().num.is_some() && !numbered_under(&h.title, &s.title);
        let counted = subs.iter().filter(|s| in_count(s)).count() >= 3;
        let part_sub =
            |s: &&Node| s.shape().part && !s.shape().explicit && !(counted && in_count(s));
        let defined =
            subs.iter().any(|s| part_sub(s) && s.end > s.head_end) && !subs.iter().all(part_sub);
        if !own_text && !defined {
            // `## 五、拥塞控制` over empty `### 1. 慢启动` `### 2. 快重传`: a numbered question
            // whose points are listed as headings.
            let all_empty = subs.iter().all(|s| s.end <= s.head_end);
            let numbered_q = sh.num.is_some_and(|n| !matches!(n.style, Style::Decimal));
            // `## 错误处理` over one `### 用 defer 和 recover 兜底`: the sub-heading is the answer.
            let answers = subs.len() == 1 && answer_statement(&subs[0].title);
            // `# 快速排序` over `## 思路` `## 复杂度`: sub-headings that all name parts of an
            // answer make the heading the card; so does one alone (`#### Example areas`
            // under `### Areas`: an example of nothing but the heading).
            // (So do sub-headings that recur under the heading's siblings: the template
            // each answer follows.)
            // (So do two or more that name parts by their last word, `### 问题描述`,
            // `### 解题步骤`, `### 最终答案`.)
            // (Not a part's name over sections of its own, `## 3.1 概念` over `### 3.1.1 联合
            // 密度函数` and three more: it groups them.)
            let groups = |s: &Node| own_and_subs(s).1.len() >= 2;
            let parts = !subs.is_empty()
                && subs.iter().all(|s| {
                    (s.shape().part || self.templates.contains(&s.shape().text)) && !groups(s)
                })
                || subs.len() >= 2
                    && subs
                        .iter()
                        .all(|s| super::shape::ends_in_part(&s.shape().text));
            // (`### Client-Server Model`, `### Peer-to-Peer Model` under `## Network Models`
            // share their word because each is one of the kinds the heading names: concepts,
            // not versions of one answer.)
            // (`"-AR" endings` and `"-ER/IR" endings` are forms, named by no word of their
            // own: versions of one answer.)
            let kinds = subs.iter().all(|s| named_kind(s, sh));
            let variants = !kinds && variants(&subs, &self.subject);
            // (In an interview round, `### 哈夫曼树` over `#### 构造` and more that ask
            // nothing: what was asked, answered in parts.)
            let asked = self.in_round && group.questions && asking_subs == 0;
            // (`### 作者的两个观点` over two `####` headings that are each a whole sentence:
            // statements are the points of its answer, not names of anything.)
            // (A remark among them is set aside already: the count in the heading,
            // `两个观点`, says they are several.)
            let counted = sh
                .text
                .chars()
                .collect::<Vec<_>>()
                .windows(2)
                .any(|w| "两三四五六七八九几".contains(w[0]) && "个点条种".contains(w[1]));
            let stated = (subs.len() >= 2 || counted)
                && !subs.is_empty()
                && subs.iter().all(|s| {
                    let ss = s.shape();
                    (ss.sentence || ss.remark) && !ss.explicit && ss.chars > 12
                });
            if variants || (all_empty && numbered_q) || answers || parts || asked || stated {
                let mut body: Vec<&Node> = own.clone();
                body.extend(subs.iter().copied());
                self.card_with(h, topic, &body, Rule::HeadingParts);
                return Outcome::Card;
            }
            return self.groups_sections(h, &own, &subs, inner, topic);
        }
        // (A chapter, `## CHAPTER 2 PROCESSES AND THREADS`, over its sections,
        // only groups them when all its text is a quote: what the exam will ask of it, a
        // remark. Its sub-headings are sections, whatever their names (`#### concept`).)
        let quoted = own.iter().any(|n| matches!(n.kind, Kind::Quote))
            && own
                .iter()
                .all(|n| is_blank_node(n) || matches!(n.kind, Kind::Quote));
        if quoted && !subs.is_empty() && !asks(h) && super::shape::chapter_name(&sh.text) {
            let own: Vec<&Node> = own.into_iter().filter(|n| !is_blank_node(n)).collect();
            return self.groups_sections(h, &own, &subs, group.within(h, false), topic);
        }
        // A concept with text of its own and sections under it: its text is its card (or
        // holds questions), the sections are decided as siblings one level down, except
        // those that name parts of its answer (`### 回收过程`, `### 特点:`) and, outside a
        // textbook, those that elaborate a term its text uses (`### 三色标记` under
        // `> 三色标记加写屏障`).
        // (A picture's file name, `dna-and-rna.svg`, is no word of its text.)
        // (Words of its text, not of a link's address: `https://…/jenkins-pipeline` names
        // no sub-heading.)
        let own_words: String = own
            .iter()
            .filter(|n| !is_image(n))
            .flat_map(|n| self.lines[n.line..n.end.min(self.lines.len())].iter())
            .flat_map(|l| l.split_whitespace())
            .filter(|w| !w.contains("://"))
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        let textbook_here = inner.textbook && !self.asks;
        // Only a brief answer (two lines at most) is one its sub-headings elaborate.
        let brief = own
            .iter()
            .map(|n| self.nonblank(n.line..n.end))
            .sum::<usize>()
            <= 2;
        // `## iptables/ipvs` over `### ipvs 三种模式`, `### iptables 使用`: the heading names
        // what its sub-headings are about; they are the parts of its answer.
        // (Not one that names kinds, `### Different Types of Data and Variables` over `####
        // Types of Data` and `#### Panel data`: its sub-headings are the kinds, concepts.)
        let lower = sh.text.to_lowercase();
        let kinds_of = ["types of", "kinds of"].iter().any(|k| lower.contains(k));
        let enumerates = !textbook_here && !kinds_of && enumerates(&h.title, &subs, &self.subject);
        let title_words = latin_words(&h.title);
        // (A name glossed in brackets, `软件工程实践（Software Engineering Practice）`, lists
        // nothing: its brackets translate it.)
        let lists_names = h.title.contains(['/', '、', ',', '，']);
        let in_title = |s: &Node| {
            let w = latin_words(&s.title);
            w.is_empty() || w.iter().any(|w| title_words.contains(w))
        };
        // (Its name as read, `**时间复杂度**` and `空间复杂度：` without their marks.)
        let name_of = |s: &Node| s.shape().text.trim_end_matches([':', '：']).to_lowercase();
        let in_own_words = |s: &Node| {
            let name = name_of(s);
            crate::text::chars(&name) >= 2 && own_words.contains(&name)
        };
        // (A brief text that names every one of three or more sub-headings, `目标是稳定物价、
        // 促进经济增长、增加就业…` over `### 促进经济增长` and the rest, is a summary of
        // the sections: each is a concept of its own, not a part of the text's answer.)
        // (So is one that lists as many names as there are sub-headings, `分为三种情况：用户
        // 程序管理、内核管理和综合管理` over `### 内核进行管理` and the rest, naming one at least;
        // or more, `（多项式、指数函数、三角函数、对数函数、幂函数……）` over four of them.)
        // (Or that is nothing but their names, `时间复杂度，空间复杂度` over `### 时间复杂度`
        // and `### 空间复杂度`: an index of the sections.)
        let only_names = subs.len() >= 2 && subs.iter().all(|s| in_own_words(s)) && {
            let mut left = own_words.clone();
            for s in &subs {
                left = left.replace(&name_of(s), "");
            }
            left.chars().filter(|c| c.is_alphanumeric()).count() <= 4
        };
        let summary = only_names
            || subs.len() >= 3 && subs.iter().all(|s| in_own_words(s))
            || subs.len() >= 2
                && listed_names(&own_words) >= subs.len()
                && subs.iter().any(|s| in_own_words(s));
        let (parts, subs): (Vec<&Node>, Vec<&Node>) = subs.iter().partition(|s| {
            let ss = s.shape();
            // (A heading naming one thing covers only the sub-headings that name it too:
            // `### Making the shift` beside `### Intermediate Packets types` under `##
            // Intermediate Packets: …` is a section of its own. One listing names, `k8s 对象
            // （pod / deployment）`, covers them all.)
            // (`### Spanning Tree` under `### Tree` is a kind of tree, a concept of its own.)
            // (`### C++ 中引用与指针区别` under `## C++ 和 Java 区别` draws a comparison of its
            // own: a question, whatever names it shares.)
            let named = (enumerates && (lists_names || in_title(s)) && !named_kind(s, sh)
                || !textbook_here && brief && !summary && in_own_words(s))
                && comparison_sides(&s.title).is_none();
            // A section listing questions of its own (`##### 1）基础` over `- int 范围？`) is
            // never part of another's answer, whatever its name.
            // (Nor is one of examples, `#### Example resources` over the questions a
            // reader might ask: they show what the concept holds.)
            // (Under a textbook's section, `### 定义` over the section's terms is a section
            // too, not a part of the heading's answer.)
            let section = textbook_here && !sh.question && glossary_section(s);
            !ss.explicit
                && !in_asking_run(s, &subs)
                && !section
                && !groups_concepts(s)
                && (super::shape::is_example(&ss.text)
                    || !lists_questions(s)
                        && (super::shape::ends_in_part(&ss.text) && !summary || named))
        });
        let no_parts = parts.is_empty();
        let mut own = own;
        own.extend(parts);
        own.sort_by_key(|n| n.line);
        // (With every sub-heading a section of its own and no text left, the heading only
        // groups them.)
        if own.iter().all(|n| is_blank_node(n)) && !subs.is_empty() && !asks(h) {
            return self.groups_sections(h, &[], &subs, group.within(h, false), topic);
        }
        // (Nor does a text that only names them.)
        if only_names && no_parts && !asks(h) {
            let own: Vec<&Node> = own.into_iter().filter(|n| !is_blank_node(n)).collect();
            return self.groups_sections(h, &own, &subs, group.within(h, false), topic);
        }
        let (sub_topic, under_card, outcome) = match self.segment(&own, sh, gloss) {
            Some(seg) => (self.topic_over(h, &own, seg, topic), false, Outcome::Topic),
            None => {
                // (Terms among its text, set in emphasis or closing it, are cards beside its
                // own, as in a section with no sub-headings; not an index of the sub-headings,
                // `- String——字符串` over `#### 1. String——字符串`.)
                let closing = || term_tail(&own).filter(|_| !summary && !sh.question);
                match emphasized_terms(&own)
                    .or_else(closing)
                    .and_then(|at| Segmentation::new(Rule::Term, at, Attach::Blocks))
                {
                    Some(seg) => self.cards_beside(h, &own, seg, topic),
                    None => self.card_with(h, topic, &own, Rule::Heading),
                }
                // What lies under a concept's card is about that concept (`## Organelles`
                // over `#### Nucleus`); under a question or a sentence, it stays in the topic
                // above.
                // (`Freeze data!!!` exclaims; it names nothing.)
                let t = if asks(h) || sh.sentence {
                    topic.to_string()
                } else {
                    self.sub_topic(topic, &h.title)
                };
                (t, true, Outcome::Card)
            }
        };
        self.sections(&subs, group.within(h, under_card), &sub_topic);
        outcome
    }

    /// `h` only groups the sections under it: its line is their topic, its own blocks
    /// (`remarks`) are reported as remarks.
    fn groups_sections(
        &mut self,
        h: &Node,
        remarks: &[&Node],
        subs: &[&Node],
        scope: Group,
        topic: &str,
    ) -> Outcome {
        self.trace(
            h.line,
            Rule::Grouping,
            format!("«{}» groups the sections under it", trim(&h.title)),
        );
        self.unused(h.line..h.head_end, Reason::TopicLine);
        for n in remarks {
            self.unused_node(n, Reason::Remark);
        }
        let t = self.sub_topic(topic, &h.title);
        self.sections(subs, scope, &t);
        Outcome::Topic
    }

    /// `h` is the topic of its own blocks: the questions a rule finds among them are cards
    /// under it, the rest is reported with `why`. Returns that topic.
    fn topic_of_own(&mut self, h: &Node, own: &[&Node], topic: &str, why: Reason) -> String {
        self.unused(h.line..h.head_end, Reason::TopicLine);
        let t = self.sub_topic(topic, &h.title);
        // (Under a round, one bullet alone with its answer under it, `- 对百度的看法` over
        // what the author prepared, is the question asked.)
        let lone = || {
            only_block(own, |_| false).filter(|&k| {
                let s = own[k].shape();
                own[k].is_item() && has_children(own[k]) && s.titled() && !s.sentence
            })
        };
        // (Explicit pairs first, as in any text: a round written down as a dialogue,
        // `她：…` over `我：…`.)
        // (Only pairs with their answers: `Q3:` lines alone in a log are marked questions.)
        if self.has_pairs(own, |d| d.inline_at.is_some()) {
            let shape = h.shape().clone();
            for n in self.body(own, &t, Gloss::All, &shape) {
                self.unused_node(n, why);
            }
            return t;
        }
        let seg = self.segment(own, h.shape(), Gloss::All).or_else(|| {
            lone()
                .filter(|_| h.shape().round)
                .and_then(|k| Segmentation::new(Rule::BulletQuestion, vec![k], Attach::Blocks))
        });
        let left = match seg {
            Some(seg) => self.emit_segmentation(own, seg, &t),
            None => own.to_vec(),
        };
        for n in left {
            self.unused_node(n, why);
        }
        t
    }

    fn heading_draft(&self, h: &Node, topic: &str, rule: Rule) -> Draft {
        let mut d = Draft::new(topic, h.line..h.head_end, h.title.clone(), rule);
        d.relevel = h.heading;
        d
    }

    /// `h` is the topic of the questions `seg` found among its own blocks: emits them, and a
    /// card of `h` for what is left. Returns the topic they took.
    fn topic_over(&mut self, h: &Node, own: &[&Node], seg: Segmentation, topic: &str) -> String {
        // A heading that asks and marks it (`#### how do you deploy your microservice!`),
        // then at once paragraphs that ask or name (`what is DAO layer` over its answer): a
        // question not answered yet, and they are its siblings, in the topic above.
        let t = trim(&h.title);
        // (So is one among headings that are questions not answered yet, `### 4. 跨域` over
        // `- 同源策略是什么` beside `### 5. …` with nothing under it: the interviewer's
        // follow-ups.)
        // (The first questions: those before the run the rule found, if any.)
        let lead = seg.before.as_deref().unwrap_or(&seg);
        let at_once = lead
            .entries
            .first()
            .is_some_and(|&f| own[..f].iter().all(|n| is_blank_node(n)));
        let marked = t.ends_with(['?', '？', '!', '！'])
            && crate::text::asks_outright(t.trim_end_matches(['!', '！']))
            && matches!(
                lead.rule,
                Rule::ParagraphQuestion | Rule::Label | Rule::BoldQuestion
            );
        let followed = self.asked && lead.rule == Rule::BulletQuestion;
        let bare = at_once && (marked || followed);
        if bare {
            self.card_with(h, topic, &[], Rule::EmptyHeading);
            let left = self.emit_segmentation(own, seg, topic);
            let _ = self.leftover(&left, None, topic);
            return topic.to_string();
        }
        self.trace(
            h.line,
            topic_rule(h),
            format!("«{}» holds questions", trim(&h.title)),
        );
        self.unused(h.line..h.head_end, Reason::TopicLine);
        let t = self.sub_topic(topic, &h.title);
        let first = self.out.drafts.len();
        // (A heading that asks, `### cons of rest` or `application server v.s. web server`,
        // answered and then followed by more questions, is one of them: they stay in the
        // topic above. Terms and labels in its text are parts of its subject and keep it.)
        let questions = matches!(
            seg.rule,
            Rule::Numbered
                | Rule::BulletQuestion
                | Rule::BoldQuestion
                | Rule::ParagraphQuestion
                | Rule::MarkedQuestion
                | Rule::QaPair
                | Rule::WendaPair
        );
        let left = self.emit_segmentation(own, seg, &t);
        if self.leftover(&left, Some(h), topic) && questions && asks(h) {
            for d in &mut self.out.drafts[first..] {
                if d.topic == t {
                    d.topic = topic.to_string();
                }
            }
            return topic.to_string();
        }
        t
    }

    /// The cards `seg` finds in a concept heading's text, beside the heading's own card of
    /// what is left.
    fn cards_beside(&mut self, h: &Node, own: &[&Node], seg: Segmentation, topic: &str) {
        let t = self.sub_topic(topic, &h.title);
        let first = seg.entries.first().map(|&i| own[i].line);
        let left = self.emit_segmentation(own, seg, &t);
        // Where its text goes on after the cards taken from it, the heading's card keeps its
        // whole text, as a heading beside questions does.
        if first.is_some_and(|f| left.iter().any(|n| n.line > f)) {
            self.whole_card(h, own, topic);
            return;
        }
        self.card_with(h, topic, &left, Rule::Heading);
    }

    /// The terms of glossaries nested in a heading's points ([`nested_glossaries`]): cards
    /// under the item that names each.
    fn nested_glossaries(&mut self, h: &Node, own: &[&Node], nested: &[usize], topic: &str) {
        let t = self.sub_topic(topic, &h.title);
        for &k in nested {
            let kids: Vec<&Node> = own[k].children.iter().collect();
            let name = glossary_name(own[k]);
            let t = self.sub_topic(&t, &name);
            let entries = (0..kids.len()).filter(|&j| kids[j].is_item()).collect();
            if let Some(seg) = Segmentation::new(Rule::Term, entries, Attach::Blocks) {
                for n in self.emit_segmentation(&kids, seg, &t) {
                    self.unused_node(n, Reason::Intro);
                }
            }
        }
    }

    /// The heading's card over its whole text, cards taken from it included.
    fn whole_card(&mut self, h: &Node, own: &[&Node], topic: &str) {
        let mut d = self.heading_draft(h, topic, Rule::Heading);
        let start = own.first().map_or(h.head_end, |n| n.line);
        d.body.clear();
        d.body
            .push(start..own.iter().map(|n| n.end).max().unwrap_or(start));
        self.trace(
            h.line,
            Rule::Heading,
            format!("«{}» is a question", trim(&h.title)),
        );
        self.out.drafts.push(d);
    }

    fn card_with(&mut self, h: &Node, topic: &str, body: &[&Node], rule: Rule) {
        // A question heading with nothing under it is one not answered yet.
        let rule = if rule == Rule::Heading && body.is_empty() && h.end <= h.head_end {
            Rule::EmptyHeading
        } else {
            rule
        };
        let mut d = self.heading_draft(h, topic, rule);
        d.plain = h.plain;
        d.body = body.iter().map(|n| n.line..n.end).collect();
        self.trace(h.line, rule, format!("«{}» is a question", trim(&h.title)));
        self.out.drafts.push(d);
    }

    /// Whether `nodes` hold an explicit pair that `keep` accepts.
    fn has_pairs(&self, nodes: &[&Node], keep: impl Fn(&Draft) -> bool) -> bool {
        let Some(first) = nodes.first() else {
            return false;
        };
        let span = first.line..nodes.iter().map(|n| n.end).max().unwrap_or(first.end);
        let mut found = pairs::find(self.lines, span, "");
        outside_items(nodes, &mut found);
        found.iter().any(|(d, _)| keep(d))
    }

    /// A container's own blocks: explicit pairs first, then the group rules. Returns what
    /// no question took.
    fn body<'n>(
        &mut self,
        nodes: &[&'n Node],
        topic: &str,
        gloss: Gloss,
        owner: &Shape,
    ) -> Vec<&'n Node> {
        if nodes.is_empty() {
            return Vec::new();
        }
        // An index: links to this note's own headings. Blocks the user marked are decided
        // as marked.
        let mut kept: Vec<&'n Node> = Vec::new();
        for &n in nodes {
            if let Some(mark) = self.mark(n.line) {
                match mark {
                    crate::hints::Mark::Skip => {
                        self.trace(n.line, Rule::Hint, "left out by `<!-- deckhand: skip -->`");
                        self.unused_node(n, Reason::Skipped);
                    }
                    crate::hints::Mark::Card => {
                        let mut d =
                            Draft::new(topic, n.line..n.head_end, n.title.clone(), Rule::Hint);
                        d.plain = n.plain;
                        d.body = n.children.iter().map(|c| c.line..c.end).collect();
                        self.trace(n.line, Rule::Hint, "a card by `<!-- deckhand: card -->`");
                        self.out.drafts.push(d);
                    }
                }
                continue;
            }
            if is_index(n) {
                self.trace(n.line, Rule::Index, "links to this note's headings");
                self.unused_node(n, Reason::Index);
            } else {
                kept.push(n);
            }
        }
        let nodes = &kept[..];
        if nodes.is_empty() {
            return Vec::new();
        }
        let span = nodes[0].line..nodes.iter().map(|n| n.end).max().unwrap_or(nodes[0].end);
        let mut found = pairs::find(self.lines, span, topic);
        outside_items(nodes, &mut found);
        // `found` is in line order: a node overlaps a pair only if the last pair starting
        // before the node's end reaches into it (pairs do not overlap one another).
        let mut rest: Vec<&Node> = Vec::new();
        for n in nodes {
            let k = found.partition_point(|(_, r)| r.start < n.end);
            let taken = k > 0 && found[k - 1].1.end > n.line;
            if !taken {
                rest.push(n);
            }
        }
        for (d, r) in found {
            self.trace(r.start, d.rule, "an explicit pair");
            self.out.drafts.push(d);
        }
        match self.segment(&rest, owner, gloss) {
            Some(seg) => self.emit_segmentation(&rest, seg, topic),
            None => rest,
        }
    }

    /// Picks the siblings that are questions, trying the group rules in order.
    fn segment(&self, nodes: &[&Node], owner: &Shape, gloss: Gloss) -> Option<Segmentation> {
        if super::shape::questions_to_ask(&owner.text) {
            return None;
        }
        let mut seg = self.segment_one(nodes, owner, gloss)?;
        bold_heads(nodes, &mut seg);
        // (A log mixes bold questions with plain paragraphs that ask: `consumer group 是什么`.)
        if seg.rule == Rule::BoldQuestion && seg.entries.len() >= 2 {
            let cand: Vec<(usize, &Shape)> = nodes
                .iter()
                .enumerate()
                .filter(|(_, n)| matches!(n.kind, Kind::Para))
                .map(|(i, n)| (i, n.shape()))
                .collect();
            let entries = std::mem::take(&mut seg.entries);
            let mut bold = entries.clone();
            bold.sort_unstable();
            seg.entries = with_asking_paragraphs(nodes, &cand, entries, true);
            // (Not one that asks a part of the bold question above it again, `为什么不是两次
            // 或者是四次握手？` under `**TCP为什么是三次握手，四次挥手？**`: the answer's own
            // sub-question.)
            seg.entries.retain(|&i| {
                let at = bold.partition_point(|&b| b < i);
                bold.get(at) == Some(&i)
                    || !at.checked_sub(1).is_some_and(|k| {
                        restates(&nodes[bold[k]].shape().text, &nodes[i].shape().text)
                    })
            });
        }
        seg.listed = owner.question_list;
        let first = seg.entries.first().copied().unwrap_or(0);
        // One look at what comes before (not a chain of them, which could go quadratic).
        if first >= 2 {
            seg.before = self
                .segment_one(&nodes[..first], owner, gloss)
                .map(Box::new);
        }
        Some(seg)
    }

    /// The one rule that picks the questions among `nodes`.
    fn segment_one(&self, nodes: &[&Node], owner: &Shape, gloss: Gloss) -> Option<Segmentation> {
        let cand: Vec<(usize, &Shape)> = nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| {
                matches!(n.kind, Kind::Para | Kind::Item { .. })
                    && !n.is_heading()
                    && !container_fence(n)
            })
            .map(|(i, n)| (i, n.shape()))
            .filter(|(_, s)| !s.anchor && s.chars > 0 && !page_ref(&s.text))
            // (Nor a paragraph of symbols only, `&&` typed for `$$` around a formula: it
            // names nothing. An item may, `- (c) ++`.)
            .filter(|(i, s)| {
                !matches!(nodes[*i].kind, Kind::Para) || s.text.chars().any(char::is_alphanumeric)
            })
            // (A footnote's definition, `[^2]: 50 Common Interview Questions…`, says more
            // about a line above it; it is no point of its own.)
            .filter(|(i, _)| !footnote_def(&nodes[*i].title))
            .collect();
        // A checklist (`- [x] Processes (3 points)` over `- [x] state model`), most of the
        // list ticked or to tick and nothing asking, plans the work: no questions in it.
        if self.checklist(nodes, &cand, owner) {
            return None;
        }
        // (`…如果集合函数满足下列条件:` right over `1. 非负性: …`: the items a paragraph
        // announces are its points, not questions of their own.)
        // (Not the next number of a run the paragraph sits in: `6. 大小为什么是2的幂？` after
        // `5. 扩容的时机？` and its `具体步骤如下：` goes on counting the questions.)
        let cand: Vec<(usize, &Shape)> = if nodes.iter().any(|n| announces_list(n)) {
            let mut owned = vec![false; nodes.len()];
            let mut under = false;
            let mut last: Option<u32> = None;
            for (k, n) in nodes.iter().enumerate() {
                if n.is_item() {
                    let num = matches!(n.kind, Kind::Item { ordered: true })
                        .then(|| {
                            self.lines
                                .get(n.line)
                                .and_then(|l| crate::outline::plain::numbering(l.trim()))
                                .map(|m| m.n)
                        })
                        .flatten();
                    if under && num.is_some() && num == last.map(|l| l + 1) {
                        under = false;
                    }
                    owned[k] = under;
                    // (Numbers the paragraph announces, `1.` `2.` under it, count their own
                    // run: the `3.` after them is theirs.)
                    if num.is_some() {
                        last = if under { None } else { num };
                    }
                } else if !is_blank_node(n) {
                    under = announces_list(n);
                }
            }
            cand.into_iter().filter(|(i, _)| !owned[*i]).collect()
        } else {
            cand
        };
        if procedure_steps(nodes, &cand, owner) || worked_example(nodes, &cand, owner) {
            return None;
        }
        // Rule `marked-question`: where the author marks the questions (`Q.) …`, `Q3:`, two
        // or more), those are the questions; what lies between (`SQL Scaling`, a table, the
        // bullets under one) answers the one above, however it looks.
        if self.questions_hint().is_none() {
            let marked: Vec<usize> = cand
                .iter()
                .filter(|(i, _)| crate::text::question_marker(&nodes[*i].title))
                .map(|c| c.0)
                .collect();
            if marked.len() >= 2 {
                return Segmentation::new(Rule::MarkedQuestion, marked, Attach::Following);
            }
        }
        // (So does one who writes the questions as escaped bullets, `\- Why do we have OS ?`,
        // over real bullets that answer them: the escape sets them apart.)
        if self.questions_hint().is_none() {
            if let Some(marked) = escaped_bullets(nodes, &cand) {
                return Segmentation::new(Rule::MarkedQuestion, marked, Attach::Following);
            }
        }
        // Rule `separated`: blocks set apart by `---` rules, each opening with a short name.
        if self.questions_hint().is_none() {
            if let Some(named) = separated(nodes) {
                return Segmentation::new(Rule::Separated, named, Attach::Following);
            }
        }
        // Rule `label`, written as bullets: one-line items each followed by the paragraphs
        // that explain them (`* 机会成本就是…` over `一种东西的机会成本是…`), the way a heading
        // would be.
        if self.questions_hint().is_none() && gloss != Gloss::None {
            if let Some(mut heads) = bullet_heads(nodes) {
                // (A paragraph between them that asks on its first line and answers on the
                // next, `What is GIL in Python?` over its answer, is one more head.)
                heads.extend(
                    cand.iter()
                        .filter(|(i, s)| asked_and_answered(nodes[*i], s))
                        .map(|c| c.0),
                );
                heads.sort_unstable();
                heads.dedup();
                return Segmentation::new(Rule::Label, heads, Attach::Following);
            }
        }
        // Rule `label`, written as paragraphs over lists: `1.1 原理一：矛盾的同一性` over
        // `- 适用范围：…` `- 原理内容：…`, then the next, the way headings would be.
        if self.questions_hint().is_none() && gloss != Gloss::None {
            if let Some(heads) = paragraph_heads(nodes) {
                // (Where the heads are numbered questions, `**3.共识协议有哪些？**`, a bold
                // line between them that neither asks nor counts, `**Paxos家族**` over its
                // terms, labels a part of the answer above it.)
                let asked = |k: usize| {
                    let s = nodes[k].shape();
                    s.num.is_some() && s.explicit
                };
                let numbered = heads.iter().filter(|&&k| asked(k)).count();
                let heads: Vec<usize> = if numbered >= 2 && heads.first().is_some_and(|&k| asked(k))
                {
                    heads
                        .into_iter()
                        .filter(|&k| {
                            asked(k) || nodes[k].shape().num.is_some() || nodes[k].shape().question
                        })
                        .collect()
                } else {
                    heads
                };
                let mut seg = Segmentation::new(Rule::Label, heads, Attach::Following)?;
                seg.paragraphs = true;
                return Some(seg);
            }
        }
        // The user said where the questions are.
        match self.questions_hint() {
            Some(crate::hints::Questions::Items) => {
                let entries: Vec<usize> = cand
                    .iter()
                    .filter(|(i, _)| nodes[*i].is_item())
                    .map(|c| c.0)
                    .collect();
                if !entries.is_empty() {
                    return Segmentation::new(Rule::Hint, entries, Attach::Blocks);
                }
            }
            Some(crate::hints::Questions::Paragraphs) => {
                let entries: Vec<usize> = cand
                    .iter()
                    .filter(|(i, _)| matches!(nodes[*i].kind, Kind::Para))
                    .map(|c| c.0)
                    .collect();
                if !entries.is_empty() {
                    return Segmentation::new(Rule::Hint, entries, Attach::Following);
                }
            }
            _ => {}
        }
        // What follows `**参考资料**` / `References:` is a reading list, not questions.
        let cut = cand
            .iter()
            .find(|(i, s)| matches!(nodes[*i].kind, Kind::Para) && s.structural)
            .map_or(usize::MAX, |c| c.0);
        let cand: Vec<(usize, &Shape)> = cand.into_iter().filter(|(i, _)| *i < cut).collect();
        // Rule `callout`: callouts that state a result (`>[!lemma 1]`, `> [!theorem] Name`),
        // two or more: each is a card, its statement and the proof after it the answer.
        let stated: Vec<usize> = nodes
            .iter()
            .enumerate()
            .filter(|(_, n)| matches!(n.kind, Kind::Quote) && stated_callout(&n.title).is_some())
            .map(|(i, _)| i)
            .collect();
        if cand.is_empty() {
            // (A section of nothing but such callouts, `> [!def]+ Standard Input`, too.)
            return (stated.len() >= 2)
                .then(|| Segmentation::new(Rule::Callout, stated, Attach::Following))
                .flatten();
        }
        let term_of = entry_name;
        let named_by_owner = |s: &Shape| {
            let term = term_of(s);
            !owner.text.is_empty()
                && term.chars().count() >= 2
                && owner.text.to_lowercase().contains(term.as_str())
        };
        // `TCP的拥塞算法` over `Cubic` / `BBR` each explained below: a heading that names a kind
        // of things owns the things it explains as its answer (terms still split).
        // `四种指令集结构`, `三种不命中`: a count of kinds.
        let counted = owner.text.char_indices().any(|(i, c)| {
            "一二三四五六七八九十两几多".contains(c)
                && owner.text[i + c.len_utf8()..].starts_with('种')
        });
        // (Sections numbered `2.2.1 留出法` under `评估方法` are sections, whatever the name.)
        let sectioned = || {
            cand.iter()
                .filter(|(i, _)| {
                    crate::outline::plain::section_depth(self.lines[nodes[*i].line]).is_some()
                })
                .count()
                >= 2
        };
        // (The kind word alone, `## 算法`, names a subject, not a kind.)
        // (English names of kinds, `Protection Mechanisms` over `**Access Control**` and
        // three more each with its points, own nothing: the items are cards, the heading
        // groups them, as for any list of explained items.)
        let bare = ZH_KINDS.contains(&owner.text.trim());
        let owner_kind = (counted || ZH_KINDS.iter().any(|k| owner.text.trim_end().ends_with(k)))
            && !bare
            && !sectioned();
        // The heading's own word before its kind word (`查找` of `查找算法`), when every entry
        // repeats it: the entries are the kinds, each named after it.
        let named_after = |picked: &[usize]| {
            let stem = ZH_KINDS
                .iter()
                .find_map(|k| owner.text.trim_end().strip_suffix(k))
                .map(|st| st.trim().trim_end_matches('的'))
                .unwrap_or("");
            // (Its last two characters: `查找` of `查找算法`.)
            let tail = stem
                .char_indices()
                .rev()
                .nth(1)
                .map_or(stem, |(at, _)| &stem[at..]);
            crate::text::chars(tail) == 2
                && tail.chars().all(crate::clean::is_cjk)
                && picked.iter().all(|&i| nodes[i].shape().text.contains(tail))
        };
        let owner_names = |picked: &[usize]| {
            // `协议、接口、服务` over `**协议**：…` `**接口**：…` `**服务**：…`: a heading that
            // only lists its entries' names announces them; it owns none of them.
            let shapes = || {
                picked.iter().filter_map(|&i| {
                    cand.binary_search_by_key(&i, |c| c.0)
                        .ok()
                        .map(|k| cand[k].1)
                })
            };
            let names: Vec<String> = shapes().map(&term_of).collect();
            if enumerates_names(&owner.text, &names) {
                return false;
            }
            let named = picked
                .iter()
                .filter(|&&i| {
                    cand.binary_search_by_key(&i, |c| c.0)
                        .is_ok_and(|k| named_by_owner(cand[k].1))
                })
                .count();
            named * 2 > picked.len()
        };
        // Rule `bold-question`: bold lines that ask or are numbered.
        // (Under a heading that names a process, `### CPU工作过程`, bold lines that do not ask
        // outright, `**1.取指令**`, `**NVIC判断是否响应**`, are its steps.)
        let process = names_process(owner);
        let bold: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                let lead = bold_lead(&nodes[*i].title);
                matches!(nodes[*i].kind, Kind::Para)
                    && (s.bold || lead)
                    // (A numbered one that states, `**1、具体值是基础类型的子类型**`, makes a
                    // point in bold: no question.)
                    && (s.explicit && (!process || asks_plainly(&s.text))
                        || !process
                            && (s.question && !s.sentence
                                || s.num.is_some()
                                    && !super::shape::is_clause_zh(&super::shape::strip_enclosed(
                                        &s.text,
                                    ))))
                    && !s.part
                    && !self.templates.contains(&s.text)
            })
            .map(|c| c.0)
            .collect();
        let single = bold.len() == 1
            && cand
                .iter()
                .find(|c| c.0 == bold[0])
                .is_some_and(|c| c.1.explicit);
        if bold.len() >= 2 || single {
            return Segmentation::new(Rule::BoldQuestion, bold, Attach::Following);
        }
        // Rule `bold-question`, in a list: `- **Exceptions**<br>` items, then the plain items
        // after them (`- Starts on 0, but…`), the author's answers written as siblings: each
        // bold item is a question, the items up to the next bold one its answer.
        let bold_items: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                nodes[*i].is_item() && s.bold && !s.part && !self.templates.contains(&s.text)
            })
            .map(|c| c.0)
            .collect();
        let answered_beside = bold_items
            .iter()
            .filter(|&&i| {
                !has_children(nodes[i])
                    && nodes.get(i + 1).is_some_and(|m| {
                        // (Not a plain item that asks or names, `- mini SpringBoot 的 AOP
                        // 怎么实现的`, `- SpringMVC的执行流程描述` after a bold one: bold marks
                        // the questions that mattered. An answer states: `- Starts on 0, but…`.)
                        let ms = m.shape();
                        let states = ms.sentence
                            || ms.chars > 30
                            || ms.text.contains(['，', ',', '。', '.', ';', '；']);
                        // (Or paragraphs after it that make its points, `**优点**：…`: the
                        // bold item alone in its list, the text its answer.)
                        let point = matches!(m.kind, Kind::Para)
                            && !ms.explicit
                            && (ms.part_term() || states && !ms.bold);
                        m.is_item() && !ms.bold && !ms.explicit && states || point
                    })
            })
            .count();
        // (Not the steps of a process, `## 浏览器输入网址过程` over `1. **解析 url**` and what
        // it does: its answer.)
        if bold_items.len() >= 3 && answered_beside * 3 >= bold_items.len() && !process {
            return Segmentation::new(Rule::BoldQuestion, bold_items, Attach::Following);
        }
        // Rule `numbered`: numbered heads of one family (`1.` `2.` …, not the `(1)` `(2)`
        // steps inside their answers) that ask or are explained. (Bare numbered points,
        // `1. Erector muscle contracts` under `### Hair Stands Up`, are the heading's answer.)
        // (A plain-text section title, `2.3 性能度量`, keeps its own style: `2.4 比较检验`
        // written as a paragraph after it is of its family.)
        // (A bullet carrying a number, `* 1\. 访问根结点` under `1\. 先序遍历`, is a step of
        // its own list, never of the paragraphs' count: the family notes which it is.)
        let family = |i: usize, s: &Shape| -> Option<(Style, bool)> {
            let bullet = !nodes[i].plain && matches!(nodes[i].kind, Kind::Item { ordered: false });
            let style = match (s.num, nodes[i].kind) {
                (_, Kind::Item { ordered: true })
                    if nodes[i].plain
                        && crate::outline::plain::section_depth(self.lines[nodes[i].line])
                            .is_some() =>
                {
                    Some(Style::Decimal)
                }
                (_, Kind::Item { ordered: true }) => Some(Style::Arabic),
                (Some(n), _) => Some(if n.style == Style::Label {
                    Style::Label
                } else {
                    n.style
                }),
                _ => None,
            };
            style.map(|st| (st, bullet))
        };
        // (Bullets that ask outright, two or more and most of the bullets, around points
        // that ask nothing (`- Can you explain the OSI model?` over `1) Physical - …`): the
        // bullets are the questions, the points their answers.)
        let bullets_ask = {
            let bullets: Vec<&Shape> = cand
                .iter()
                .filter(|(i, _)| matches!(nodes[*i].kind, Kind::Item { ordered: false }))
                .map(|c| c.1)
                .collect();
            let outright = bullets.iter().filter(|s| s.explicit).count();
            let asking = bullets.iter().filter(|s| s.explicit || s.question).count();
            outright >= 2 && asking * 3 >= bullets.len() * 2
        };
        // Rule `bullet-question`, over everything between: most bullets ask, so each bullet
        // is a question and takes what follows it up to the next (its points, numbered or
        // labelled, its follow-ups).
        let points = cand.iter().any(|(i, s)| {
            matches!(nodes[*i].kind, Kind::Item { ordered: true })
                || !nodes[*i].is_item() && s.num.is_some()
        });
        if bullets_ask && points && !owner.explicit {
            let entries: Vec<usize> = cand
                .iter()
                .filter(|(i, s)| {
                    matches!(nodes[*i].kind, Kind::Item { ordered: false }) && !s.part && !s.remark
                })
                .map(|c| c.0)
                .collect();
            let entries = with_asking_paragraphs(nodes, &cand, entries, true);
            return Segmentation::new(Rule::BulletQuestion, entries, Attach::Following);
        }
        let mut families: Vec<((Style, bool), usize)> = Vec::new();
        for (i, s) in &cand {
            if let Some(f) = family(*i, s) {
                match families.iter_mut().find(|x| x.0 == f) {
                    Some(x) => x.1 += 1,
                    None => families.push((f, 1)),
                }
            }
        }
        let top = families.iter().max_by_key(|x| x.1).map(|x| x.0);
        // (Numbered paragraphs, two or more, opening before numbered bullets: the bullets are
        // steps inside their answers, however many.)
        // (In Markdown: plain text counts its lines its own way.)
        let markdown = cand.first().is_some_and(|(i, _)| !nodes[*i].plain);
        let top = match (top, families.first()) {
            (Some((_, true)), Some(&(first, n))) if markdown && !first.1 && n >= 2 => Some(first),
            _ => top,
        };
        let numbered: Vec<&(usize, &Shape)> = cand
            .iter()
            .filter(|(i, s)| top.is_some() && family(*i, s) == top)
            .filter(|(_, s)| !self.templates.contains(&s.text) && !self.template_term(s))
            .collect();
        // Under `四种指令集结构`, numbered names that ask nothing are its answer.
        // (Names only: each explained by its own text, `1. 强引用` over what it is, they
        // are concepts of their own, as in any list of explained items.)
        let explained = numbered
            .iter()
            .filter(|(i, s)| {
                let n = nodes[*i];
                has_children(n) && !names_only(n) && !n.plain && s.term.is_none()
            })
            .count();
        let kinds_listed = owner_kind
            && numbered.iter().all(|(_, s)| !s.question)
            && explained * 2 < numbered.len();
        // (Beside sections that list numbered questions, one numbered item alone is one
        // more: `## Logical` over `1. you have two buckets…, measure 4 liters:` and the
        // answer under it.)
        let lone_logged = self.bullet_logs && numbered.len() == 1 && cand.len() == 1;
        if (numbered.len() >= 2 || lone_logged) && !kinds_listed {
            // (A statement with its points under it, `PSW也是计算机系统的寄存器`,
            // `每个进程有一个核心栈:…`, `一种指令执行步骤如下：`, is one point of an answer,
            // not a concept.)
            // (Of a `term：definition` item, only the term can be a statement.)
            let stated = |i: usize, s: &Shape| {
                let title = &nodes[i].title;
                let name = match s.term.and_then(|at| title.get(..at)) {
                    Some(t) => crate::text::plain_inline(t),
                    None => s.text.clone(),
                };
                // (`chap 2.1 OSI Model -- down to top -- …`: a unit of the course, however it
                // goes on, names and states nothing.)
                !s.explicit
                    && !super::shape::chapter_name(&name)
                    && (super::shape::is_clause_zh(&name)
                        || super::shape::english_statement(&name)
                        || as_follows(super::trailing_remark(&name).map_or(name.as_str(), |r| r.0))
                        || s.term.is_none() && (s.sentence && s.chars > 24 || !s.titled()))
            };
            // (Terms name things: one named twice, `高尔基体：修饰` `高尔基体：多糖合成`, or
            // given a measure, `周期：10-30 hrs`, is a point about its owner.)
            let term_names: Vec<String> = numbered
                .iter()
                .filter_map(|(i, _)| term_parts(nodes[*i]).map(|(t, _)| numbered_name(t)))
                .collect();
            let term_counts = name_counts(term_names.iter().map(String::as_str));
            let named_once = |i: usize| {
                term_parts(nodes[i]).is_some_and(|(t, def)| {
                    let t = numbered_name(t);
                    term_counts.get(t.as_str()) == Some(&1)
                        && !trim(def).starts_with(|c: char| c.is_ascii_digit())
                })
            };
            // (`1、单播帧的转发` as a paragraph, its explanation the paragraph after it: the
            // Markdown way of a numbered name over its text.)
            // (Not the points of what the heading asks for, `## 消息队列的缺点` over `1. 系统
            // 可用性降低` and why.)
            let asks_for_list = [
                "缺点", "优点", "特点", "好处", "坏处", "区别", "原因", "步骤", "方法",
            ]
            .iter()
            .any(|w| owner.text.trim_end_matches([':', '：']).ends_with(w));
            let owner_whole = !owner.question
                && !owner.explicit
                && !asks_for_list
                && !super::shape::ends_in_part(&owner.text);
            let explained_below = |i: usize| {
                let next = nodes
                    .get(i + 1..)
                    .and_then(|rest| rest.iter().find(|m| !is_blank_node(m)));
                owner_whole
                    && matches!(nodes[i].kind, Kind::Para)
                    && !nodes[i].plain
                    && next.is_some_and(|m| {
                        matches!(m.kind, Kind::Para) && m.shape().num.is_none() && {
                            let ms = m.shape();
                            ms.sentence || ms.chars > 30
                        }
                    })
            };
            // (Or by a list, a picture, a label over its list, or two blocks or more before
            // the next: `1\. 定义` over `* 二叉树 T：…`, `2\. 五种基本形态` over its
            // picture, `1\. 先序遍历` over `遍历过程：` and its steps, `2\. 树的高度` over a
            // line saying how and its code. Not the steps of a procedure: `（1）安装` over its
            // commands, or `① 求…` after `求关键路径的步骤：`. `Q1:` labels are read as labels.)
            // (Nor a run holding statements: only a run of names reads as headings would.)
            let steps_run = numbered.iter().any(|(i, s)| {
                stated(*i, s)
                    || s.num.is_some_and(|n| {
                        matches!(n.style, Style::Paren | Style::Circled | Style::Label)
                    })
                    || imperative(&s.text)
                    || super::shape::zh_step(&s.text)
            }) || numbered.first().is_some_and(|&&(first, _)| {
                nodes[..first]
                    .iter()
                    .rev()
                    .find(|m| !is_blank_node(m))
                    .is_some_and(|m| trim(&m.title).ends_with([':', '：']))
            });
            let explained_after = |i: usize| {
                let name = owner_whole
                    && !steps_run
                    && matches!(nodes[i].kind, Kind::Para)
                    && !nodes[i].plain;
                if !name {
                    return false;
                }
                let till = numbered
                    .get(numbered.partition_point(|c| c.0 <= i))
                    .map_or(nodes.len(), |c| c.0);
                let mut body = (i + 1..till).filter(|&k| !is_blank_node(nodes[k]));
                let first = body.next();
                let explains = |k: usize| {
                    let m = nodes[k];
                    match m.kind {
                        Kind::Para => {
                            is_image(m)
                                || m.shape().text.trim_end().ends_with([':', '：'])
                                    && right_over_list(nodes, k)
                        }
                        Kind::Item { ordered } => !ordered,
                        _ => false,
                    }
                };
                body.next().is_some() || first.is_some_and(explains)
            };
            let good = numbered
                .iter()
                .filter(|(i, s)| {
                    // (One that asks outright and goes on with the task, `进程由哪几部分
                    // 组成？理解每个部分…。`, asks all the same.)
                    (s.question && !s.sentence && !noun_statement(s))
                        || s.question && s.explicit && s.text.contains(['?', '？'])
                        || has_children(nodes[*i]) && super::shape::chapter_name(&s.text)
                        || !process
                            && ((has_children(nodes[*i])
                                || explained_below(*i)
                                || explained_after(*i))
                                && s.titled()
                                && !stated(*i, s)
                                || s.term.is_some() && gloss != Gloss::None && named_once(*i))
                })
                .count();
            let statements = numbered.iter().filter(|(i, s)| stated(*i, s)).count();
            // (So are parts named before a colon, `1. 描述: 平均数…` `2. 比较: …`.)
            let steps = numbered
                .iter()
                .filter(|(_, s)| s.part || s.part_term())
                .count();
            let entries: Vec<usize> = numbered.iter().map(|c| c.0).collect();
            // (A few numbered blocks among many more unnumbered ones that their children
            // explain, in an outline, are a list inside it: the level is the outline's.)
            let explained_others = cand
                .iter()
                .filter(|(i, s)| family(*i, s).is_none() && has_children(nodes[*i]) && s.titled())
                .count();
            // (Numbered paragraphs, `1\. 定义` over `* 二叉树 T：…`, hold the flat items after
            // them: those are their text, no level of their own.)
            let paragraphs = markdown && numbered.iter().all(|(i, _)| !nodes[*i].is_item());
            let other =
                |i: usize, s: &Shape| family(i, s).is_none() && !(paragraphs && nodes[i].is_item());
            // (Nor are a few numbered lines among many more terms defined on their own lines,
            // `2) Virus - …` in a glossary of `Pathogen - …` lines: the level is the glossary's.)
            let terms_others = {
                // (Names used once: `求解：` `备注：` again and again are aspects, not terms.)
                let names: Vec<String> = cand
                    .iter()
                    .filter(|(i, s)| other(*i, s) && !has_children(nodes[*i]) && s.term.is_some())
                    .filter_map(|(i, _)| {
                        term_parts(nodes[*i]).map(|(t, _)| crate::text::plain_inline(t))
                    })
                    .collect();
                name_counts(names.iter().map(String::as_str))
                    .values()
                    .filter(|&&n| n == 1)
                    .count()
            };
            // (`1. 工具：水解酶` `2. 产物：氨基酸` under `### 消化：溶酶体`: where one name is a
            // property's, the list describes its owner, as for terms below.)
            let described = numbered.iter().any(|(_, s)| names_property(s));
            let bullets_ask = bullets_ask && numbered.iter().all(|(_, s)| !s.explicit);
            // (Beside sections that are interview logs, short numbered names with nothing
            // under them are the questions of one more: `## 大管加` over `1. 原型和原型链`.)
            let logged = self.bullet_logs
                && numbered
                    .iter()
                    .all(|(i, s)| !has_children(nodes[*i]) && s.titled() && !s.sentence);
            // (The lone one may state its task, `…, measure 4 liters:`: in a log, it was asked.)
            // (A run that opens on a statement, `1. Http协议是…的规范，属于应用层。` before
            // `4. 状态码` and its codes, states points of its heading's answer: a list of
            // concepts opens on a name.)
            // (Not a glossary's, `1. Frame Relay；帧中继；是一种…` before `5. Cut-through: 直通式
            // 交换…` and more terms defined on their line.)
            let defined = numbered
                .iter()
                .filter(|(i, s)| {
                    defines_term(s)
                        && term_parts(nodes[*i]).is_some_and(|(_, d)| !trim(d).is_empty())
                })
                .count();
            let opens_stated = numbered.len() >= 3
                && numbered
                    .first()
                    .is_some_and(|&&(i, s)| s.term.is_none() && stated(i, s))
                && defined * 2 < numbered.len()
                && numbered.iter().filter(|(_, s)| s.question).count() * 3 < numbered.len()
                && !super::shape::is_glossary_name(owner.text.trim_end_matches([':', '：', ' ']));
            // (Nor are the labels inside its points: the whole list is the heading's answer.)
            // (Unless every point after the statement names a concept it explains, `1. Surplus`
            // `1. Shortage` under `1. Equilibrium` opened by what equilibrium is: those are
            // cards, the statement the heading's.)
            let named_after = numbered.len() >= 3
                && numbered[1..].iter().all(|&&(i, s)| {
                    (has_children(nodes[i]) || explained_below(i))
                        && s.titled()
                        && !s.sentence
                        && s.chars <= 40
                        && !imperative(&s.text)
                        && !stated(i, s)
                        && !s.question
                });
            if opens_stated && good * 2 >= numbered.len() && !named_after {
                return None;
            }
            // (Nor a run the text announces as a procedure, `这个过程可以细分为几个关键步骤：`
            // or `每次请求时：` over `1. 删除 60 秒之前的记录`: its steps are the heading's answer.)
            let announced = numbered.first().is_some_and(|&&(first, _)| {
                self.lead_in(nodes, first).is_some_and(announces_procedure)
            });
            // (`判断是否超过阈值` is a step all the same: only a question mark asks here.)
            if announced && numbered.iter().all(|(_, s)| !s.text.ends_with(['?', '？'])) {
                return None;
            }
            // (Nor the facets a comparison is drawn on, `1. 数组长度不同` under `###
            // array和slice区别`.)
            if numbered.iter().all(|(_, s)| !s.explicit) && facets_compared(owner, nodes, &entries)
            {
                return None;
            }
            if (lone_logged
                || (good * 2 >= numbered.len() || logged)
                    && statements * 2 < numbered.len()
                    && steps * 2 < numbered.len())
                && !described
                && !bullets_ask
                && numbered.len() * 2 >= explained_others
                && numbered.len() * 2 >= terms_others
                && !owner_names(&entries)
            {
                // (`1. **Demand factors**: …` or `4. 总长度：…` and the rest, then
                // `**Disinflation**: …` after them: a bold term of the same glossary, written
                // without its number; `**注意**：…`, a part, is none.)
                let term = |i: usize| nodes[i].shape().term.is_some();
                let mut entries = entries;
                // (So are the bullets of a glossary after or between its numbered runs, `*
                // 字节（Byte）：八个二进制位` and more after a remark: two or more, each a term,
                // where most numbered entries are terms too.)
                let terms = entries.iter().filter(|&&i| term(i)).count();
                if terms * 3 >= entries.len() * 2 {
                    let first = entries.first().copied().unwrap_or(0);
                    let bullets: Vec<usize> = cand
                        .iter()
                        .filter(|(i, s)| {
                            *i > first
                                && matches!(nodes[*i].kind, Kind::Item { ordered: false })
                                && s.term.is_some()
                                && !s.part_term()
                                && !s.clause
                        })
                        .map(|c| c.0)
                        .collect();
                    if bullets.len() >= 2 {
                        entries.extend(bullets);
                        entries.sort_unstable();
                        entries.dedup();
                    }
                }
                if entries.iter().all(|&i| term(i)) {
                    let last = entries.last().copied().unwrap_or(0);
                    entries.extend(
                        cand.iter()
                            .filter(|(i, s)| {
                                *i > last
                                    && matches!(nodes[*i].kind, Kind::Para)
                                    && !s.part
                                    && !s.part_term()
                                    && !s.remark
                                    && !s.label
                                    && emphasized_term(nodes[*i], &["**", "__"])
                            })
                            .map(|c| c.0),
                    );
                }
                let entries = self.without_restated_points(nodes, entries);
                return Segmentation::new(Rule::Numbered, entries, Attach::Following);
            }
        }
        // Under a name that announces terms (`Keywords / Glossary :`, `名词解释`), each item
        // is a term with its explanation, after a colon or a dash.
        // (The list items that are no answer parts: the entries of both rules below.)
        let list_items = || -> Vec<usize> {
            cand.iter()
                .filter(|(i, s)| nodes[*i].is_item() && !s.part)
                .map(|c| c.0)
                .collect()
        };
        // (Under `## Definitions`, callouts that state them, two or more, are its entries,
        // not a list of examples among them: rule `callout` below.)
        if super::shape::is_glossary_name(owner.text.trim_end_matches([':', '：', ' ']))
            && stated.len() < 2
        {
            // (`弛豫时间: …` paragraphs between the items are terms of the same glossary.)
            // (A sentence that names no term first, `A tree consists of **nodes** connected
            // by…`, is a point of the section, not one of its terms.)
            let mut items: Vec<usize> = list_items()
                .into_iter()
                .filter(|&i| {
                    let s = nodes[i].shape();
                    s.term.is_some() || !(s.sentence && s.chars > 60)
                })
                .collect();
            items.extend(
                cand.iter()
                    .filter(|(i, s)| {
                        matches!(nodes[*i].kind, Kind::Para) && s.term.is_some() && !s.part_term()
                    })
                    .map(|c| c.0),
            );
            items.sort_unstable();
            if items.len() >= 2 {
                return Some(Segmentation {
                    dash: true,
                    ..Segmentation::new(Rule::Term, items, Attach::Blocks)?
                });
            }
        }
        // Under a heading that announces questions (`### Question`, `## 常问问题`), the
        // items of its list are the questions, however they are phrased.
        let under_title = !owner.question_list && self.asked_under_title(owner);
        if owner.question_list || under_title {
            let items = list_items();
            // `> Explain how blood glucose is controlled?` over points that ask nothing: the
            // quoted (or plain) question is the one asked, the points its answer.
            let asking: Vec<usize> = (0..nodes.len())
                .filter(|&i| {
                    let t = trim(&nodes[i].title).trim_start_matches('>').trim_start();
                    matches!(nodes[i].kind, Kind::Para | Kind::Quote)
                        && !t.starts_with("[!")
                        && crate::text::is_explicit_question_plain(t)
                })
                .collect();
            let items_ask = items.iter().any(|&i| nodes[i].shape().question);
            if !asking.is_empty() && !items.is_empty() && !items_ask {
                let mut d = Segmentation::new(Rule::ParagraphQuestion, asking, Attach::Following)?;
                d.listed = false;
                return Some(d);
            }
            // (A bare URL among them, `- https://stackoverflow.com/…`, answers the item above;
            // so does any item no rule reads as a question, in a note of questions.)
            let url = |i: usize| {
                let t = trim(&nodes[i].title);
                crate::text::is_url_line(t) && !t.starts_with('[')
            };
            let links = items.iter().skip(1).any(|&i| url(i));
            let items: Vec<usize> = items.into_iter().filter(|&i| !url(i)).collect();
            // (Under a title of questions, a section of statements, `宏任务主要包括：…`, `Keep
            // drafts local.`, holds the points of an answer, not questions.)
            let stating = items
                .iter()
                .filter(|&&i| {
                    let s = nodes[i].shape();
                    // (`- Each IAM page contains one huge bitmap, tracking 511,232 pages` under
                    // `## IAM`: six words or more of English that ask nothing state a point.)
                    let stated = s.text.is_ascii() && s.text.split_whitespace().count() >= 6;
                    // (Nor, in Chinese, a long line with its verb, `对于某些不需要缓存的资源，
                    // 可以使用 Cache-control: no-store`.)
                    let stated_zh = s.chars > 30 && super::shape::is_clause_zh(&s.text);
                    !s.question
                        && (s.term.is_some() || s.label || s.sentence || stated || stated_zh)
                })
                .count();
            // (Unless one of them asks outright and none is answered: `- 对象的访问定位的两种
            // 方式。` beside `- 内存模型以及分区，需要详细到每个区放什么？` lists questions.)
            let listed_asks = items.iter().any(|&i| nodes[i].shape().explicit)
                && items.iter().all(|&i| !has_children(nodes[i]))
                && cand.iter().all(|(i, _)| nodes[*i].is_item());
            // (Nor does a list a line of the text leads into, `Normalizing principles to:` over
            // `- reduce the duplication of data` and more: the points it announces.)
            let led_in = items.first().is_some_and(|&i| {
                nodes[..i]
                    .iter()
                    .rev()
                    .find(|m| !is_blank_node(m))
                    .is_some_and(|m| {
                        matches!(m.kind, Kind::Para)
                            && trim(&m.title).ends_with([':', '：'])
                            && !m.shape().explicit
                    })
            }) && items.iter().all(|&i| !nodes[i].shape().explicit);
            let stated = stating * 3 > items.len() || led_in;
            if items.len() >= 2 && !(under_title && stated && !listed_asks) {
                let items = with_asking_paragraphs(nodes, &cand, items, false);
                let attach = if links || under_title {
                    Attach::Following
                } else {
                    Attach::Blocks
                };
                return Segmentation::new(Rule::BulletQuestion, items, attach);
            }
        }
        // A single item that asks, alone under its heading (`## 上线` over `1. devops怎么做的？`).
        if let [(i, sh)] = cand.as_slice() {
            if nodes[*i].is_item() && sh.explicit && !owner.explicit {
                let rule =
                    if sh.num.is_some() || matches!(nodes[*i].kind, Kind::Item { ordered: true }) {
                        Rule::Numbered
                    } else {
                        Rule::BulletQuestion
                    };
                return Segmentation::new(rule, vec![*i], Attach::Following);
            }
        }
        let items: Vec<&(usize, &Shape)> =
            cand.iter().filter(|(i, _)| nodes[*i].is_item()).collect();
        // Rule `term`, written as sentences that set their term in bold (`The **Marxist** lens
        // states that…`, `A **conclusion** is a proposition…`): the glossary of English notes.
        if items.len() >= 3 && gloss != Gloss::None {
            let named: Vec<usize> = items
                .iter()
                // (`**Advantages**: Scalable…` names a part of the heading's answer.)
                .filter(|(i, s)| bold_term(&nodes[*i].title).is_some() && !s.part && !s.part_term())
                .map(|c| c.0)
                .collect();
            // (Two or more that define outright, `A **change in demand** is a shift…`, are
            // terms even among other points.)
            let defines = |i: usize| {
                let t = trim(&nodes[i].title);
                t.rfind("**").is_some_and(|at| {
                    let after = t[at + 2..].trim_start().to_lowercase();
                    ["is a ", "is an ", "is the ", "are ", "refers to ", "means "]
                        .iter()
                        .any(|w| after.starts_with(w))
                })
            };
            let defining = named.iter().filter(|&&i| defines(i)).count();
            if named.len() >= 3 && named.len() * 3 >= items.len() * 2
                || defining >= 2 && defining == named.len()
            {
                return Some(Segmentation {
                    bold_term: true,
                    ..Segmentation::new(Rule::Term, named, Attach::Blocks)?
                });
            }
        }
        // Rule `term`, written as paragraphs that open with their bold name and go on to
        // explain it (`***UDP Checksum*** is used to detect errors…`), three or more among
        // the prose: each is a card, the paragraphs and code after it its answer.
        if gloss != Gloss::None {
            if let Some(named) = bold_paragraphs(nodes) {
                return Some(Segmentation {
                    bold_term: true,
                    ..Segmentation::new(Rule::Term, named, Attach::Following)?
                });
            }
        }
        // Rule `term`, written `question - answer`: most bullets hold a question and its answer
        // on one line (the typical English interview log).
        if items.len() >= 3 && gloss != Gloss::None {
            let dashed = items
                .iter()
                .filter(|(i, _)| dash_pair(&nodes[*i].title).is_some())
                .count();
            if dashed * 5 >= items.len() * 3 {
                // A long statement on the question's side is a remark, not a question.
                let entries: Vec<usize> = items
                    .iter()
                    .filter(|(i, s)| match dash_pair(&nodes[*i].title) {
                        Some((q, _)) => {
                            let qs = Shape::of(q);
                            !qs.part && (!qs.remark || qs.explicit)
                        }
                        None => !s.part && !s.remark,
                    })
                    .map(|c| c.0)
                    .collect();
                return Some(Segmentation {
                    dash: true,
                    ..Segmentation::new(Rule::Term, entries, Attach::Blocks)?
                });
            }
        }
        // Rule `bullet-question`: bullets that ask.
        // (Not questions a sentence gives as examples, `…answer questions like:` over
        // `- How should I act?`: they illustrate the sentence; nobody asked them.)
        let examples = items.first().is_some_and(|&&(i, _)| {
            i > 0 && matches!(nodes[i - 1].kind, Kind::Para) && gives_examples(&nodes[i - 1].title)
        });
        // (Nor the numbered steps of a procedure its heading names, `### Writing a Chemical
        // Equation` over `1. Identify all compounds…` `2. Decide which…`.)
        let steps = names_procedure(&owner.text)
            && items.iter().all(|(i, s)| {
                matches!(nodes[*i].kind, Kind::Item { ordered: true })
                    && !s.text.ends_with(['?', '？'])
            });
        if items.len() >= 2 && !examples && !steps {
            let asking: Vec<usize> = items
                .iter()
                // (`描述: 平均数…`: an asking word that only labels a part, what follows it
                // stated, asks nothing.)
                // (Nor is a question with its answer after a colon, `- What is an inode: Index
                // node, stores…`, asked any less: its name asks.)
                // (However its answer reads, `- How do you secure Jenkins:Global Security is
                // on, …`, typed close to the colon.)
                .filter(|(_, s)| {
                    let name_asks = || super::colon_answered(&s.text).is_some();
                    // (Among logs of bullet questions, `- Kubernetes API versioning : To
                    // make it easier…` is one more, its answer after a spaced colon.)
                    let logged = || {
                        self.bullet_logs
                            && super::spaced_colon_answer(&s.text)
                                .is_some_and(|(q, _)| !q.contains([':', '：']))
                    };
                    name_asks()
                        || logged()
                        || (s.explicit || s.question && s.chars <= 60)
                            && !statement(s)
                            && !noun_statement(s)
                            && (!s.part_term() || s.text.ends_with(['?', '？']))
                })
                .map(|c| c.0)
                .collect();
            // (Beside other rounds, a round that is a list of what was asked needs none to ask.)
            let enough = asking.len() >= 2
                || self.bullet_logs && (!asking.is_empty() || self.interview && topic_log(nodes));
            // (In a note named for interviews, a third will do: `- mybatis的原理` `- 堆` `-
            // 秒杀` are what was asked, worded or not.)
            // (Not under a heading that names what its list answers, `慢查询优化基本步骤`:
            // the steps are its answer.)
            // (Nor a numbered list, steps more often than what was asked.)
            let named = owner.question
                || owner.explicit
                || owner.part
                || super::shape::ends_in_part(&owner.text)
                || names_procedure(&owner.text);
            let bullets = items
                .iter()
                .all(|(i, _)| matches!(nodes[*i].kind, Kind::Item { ordered: false }));
            let share = if self.interview && !named && bullets {
                3
            } else {
                2
            };
            // (Beside sections of an interview log that are lists of what was asked, a
            // round's bullets are all what was asked, however they are worded: `- 堆`, `-
            // 方法名称可以和构造方法相同`.)
            let logged_round = self.bullet_logs && self.interview && bullets && !owner.explicit;
            if enough && (asking.len() * share >= items.len() || logged_round) {
                // Most bullets ask: in that list, every bullet is a question. When the askers
                // are all bullets (or all numbered), items of the other kind between them
                // (`1. Creates a new object.` under `- What does new do?`) are answers.
                let ordered = |i: usize| matches!(nodes[i].kind, Kind::Item { ordered: true });
                // (A round none of whose bullets ask is all bullets.)
                let kind = asking.first().is_some_and(|&i| ordered(i));
                let one_kind = asking.iter().all(|&i| ordered(i) == kind);
                let mixed = one_kind && items.iter().any(|(i, _)| ordered(*i) != kind);
                let entries: Vec<usize> = items
                    .iter()
                    // (Nor `Main idea: …`, a part of the answer named before its colon.)
                    // (Nor a remark, unless it holds its answer after a spaced colon,
                    // `Command to use to lower a process's priority : renice`.)
                    .filter(|(i, s)| {
                        !s.part
                            && (!s.part_term() || s.explicit)
                            && (!s.remark || super::spaced_colon_answer(&s.text).is_some())
                            && (!mixed || ordered(*i) == kind)
                    })
                    .map(|c| c.0)
                    .collect();
                let entries = with_asking_paragraphs(nodes, &cand, entries, false);
                let attach = if mixed {
                    Attach::Following
                } else {
                    Attach::Blocks
                };
                return Segmentation::new(Rule::BulletQuestion, entries, attach);
            }
        }
        if stated.len() >= 2 {
            // (A term set in bold at the head of its paragraph among them, `**Parallelogram
            // Rule:** When adding…`, is stated as well.)
            let mut entries = stated;
            entries.extend(
                cand.iter()
                    .filter(|(i, s)| {
                        let bold =
                            opening_bold_split(&nodes[*i].title).and_then(|(name, after)| {
                                let name = name.trim_end_matches([':', '：']);
                                let after = after.trim_start().trim_start_matches([':', '：']);
                                (crate::text::chars(name) <= 40 && !trim(after).is_empty())
                                    .then_some(name)
                            });
                        matches!(nodes[*i].kind, Kind::Para)
                            && !s.part_term()
                            && bold.is_some_and(|name| {
                                !super::shape::is_part(name)
                                    && !super::shape::led_remark(name)
                                    && !names_statement(name.trim_end_matches('.').trim_end())
                            })
                    })
                    .map(|c| c.0),
            );
            entries.sort_unstable();
            entries.dedup();
            return Segmentation::new(Rule::Callout, entries, Attach::Following);
        }
        // `fundamental parts:` over a list, `opcode: …` lines: a section whose top level is
        // labels, each over what explains it. The items under a label are its own, not the
        // section's: the labels are the entries (rule `label` below), not the items.
        let label_led = gloss == Gloss::All && {
            let paras: Vec<usize> = cand
                .iter()
                .filter(|(i, s)| {
                    matches!(nodes[*i].kind, Kind::Para)
                        && (s.label || s.term.is_some() || heads_list(nodes, *i))
                        && !s.part
                        && !s.part_term()
                        && !is_italic_line(nodes[*i])
                })
                .map(|c| c.0)
                .collect();
            let over_list = paras.iter().any(|&i| {
                (nodes[i].shape().label || heads_list(nodes, i))
                    && nodes.get(i + 1).is_some_and(|n| n.is_item())
            });
            let first_item = cand.iter().find(|(i, _)| nodes[*i].is_item()).map(|c| c.0);
            paras.len() >= 2 && over_list && first_item.is_some_and(|f| f > paras[0])
        };
        // Rule `explained`: heads with children that explain them.
        // (Among bullets two or more of which ask, `- 装饰器有多少种`, a bullet whose answer is
        // typed right under it at the margin, no blank line between, `- GIL` over `全局解释锁,
        // …` or over a fence, is explained as well. Not a term defined on its line, nor one
        // over a bare name or a link.)
        let asking_bullets = cand
            .iter()
            .filter(|(i, s)| nodes[*i].is_item() && s.explicit)
            .count()
            >= 2;
        let answered_below = |i: usize, s: &Shape| {
            asking_bullets
                && nodes[i].is_item()
                && s.term.is_none()
                && s.titled()
                && !s.sentence
                && !s.clause
                && !statement(s)
                && !s.label
                && !imperative(&s.text)
                && s.chars <= 40
                && nodes.get(i + 1).is_some_and(|m| {
                    matches!(m.kind, Kind::Para | Kind::Code)
                        && m.line == nodes[i].end
                        && !m.shape().label
                        && !m.shape().link
                        && (matches!(m.kind, Kind::Code)
                            || m.shape().chars >= 10
                            || m.end > m.line + 1)
                })
        };
        let explained: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                // `slice的扩容: 如果…` over more lines: a term whose definition starts on its
                // own line is named by the term, however long the line.
                // (A question is a head however long: `Which file system used by MS-DOS/Windows
                // has a 4gb file-size limit?` over its answer.)
                let named = s.titled()
                    || nodes[*i].plain && s.term.is_some()
                    || s.explicit && !s.sentence && s.chars <= 150;
                // (A line at the margin over blocks indented under it is an outline's.)
                let over_indented = matches!(nodes[*i].kind, Kind::Para)
                    && !s.label
                    && nodes[*i]
                        .children
                        .iter()
                        .any(|c| !matches!(c.kind, Kind::Text));
                // (In plain text, a block set apart by blank lines that opens with an order,
                // `Determine if two trees are identical` over `IdenticalTrees.java`, is a
                // task with its solution, no step of a procedure.)
                let task = nodes[*i].plain
                    && matches!(nodes[*i].kind, Kind::Para)
                    && nodes[*i].line > 0
                    && is_blank(self.lines[nodes[*i].line - 1]);
                (nodes[*i].is_item() || nodes[*i].plain || over_indented)
                    && (has_children(nodes[*i]) || answered_below(*i, s))
                    && (!makes_point(s) || task && imperative(&s.text))
                    && !wrapped(nodes[*i])
                    && (!only_images(nodes[*i]) || pictured_name(s))
                    && !only_translated(nodes[*i])
                    && named
                    && !s.continues
                    && !s.part
                    && !s.part_term()
                    && !s.label_only_part()
                    // (`- **输入**：` over its points under every stage's heading: a step
                    // of the template each answer follows.)
                    && !self.templates.contains(&s.text)
            })
            .map(|c| c.0)
            .collect();
        // One explained block alone is the card only in plain text, where the line above
        // may be no more than a section line; under a Markdown heading (`### Dispatcher` over
        // `- Invoked when :` and its points) the heading is the card, the item its answer.
        // (Unless it is a label over terms of their own, `Unicode 有如下编码方式:` over
        // `[[UTF-8]] : …` items: it introduces them.)
        let label_over_terms = |n: &Node| {
            n.shape().label
                && n.children
                    .iter()
                    .filter(|c| c.shape().term.is_some() && !c.shape().part_term())
                    .count()
                    >= 2
        };
        let announced = explained.len() == 1 && label_over_terms(nodes[explained[0]]);
        // (Not a block whose lines only go on, `吞吐量：` over `实际每秒送达的比特数` /
        // `受瓶颈链路限制`: the label names it, the block is the label's answer.)
        let goes_on = |n: &Node| {
            n.children
                .iter()
                .all(|c| matches!(c.kind, Kind::Text) || is_blank_node(c))
        };
        // (A unit named in English, `## Chapter 3`: there a bare `第一章` stays a name.)
        let chapter =
            super::shape::chapter_name(&owner.text) && super::shape::bare_chapter(&owner.text);
        // (Items among many bold names each over its text, `**四个全面战略布局**` over
        // `- **战略目标**` …: the items answer the name above them, the names are the cards.)
        let bold_names = cand
            .iter()
            .filter(|(i, s)| {
                let n = nodes[*i];
                matches!(n.kind, Kind::Para)
                    && s.bold
                    && s.titled()
                    && !s.sentence
                    && n.children.iter().any(|c| matches!(c.kind, Kind::Text))
            })
            .count();
        let among_names = bold_names >= 3
            && bold_names >= explained.len() * 2
            && explained.iter().all(|&i| nodes[i].is_item());
        // (So do items under paragraphs that each name a term and its definition, three or
        // more, each over its list: `缓冲区：低速设备的数据…` over its points. The terms
        // are the cards, their lists their answers.)
        let term_para = |i: usize, s: &Shape| {
            matches!(nodes[i].kind, Kind::Para) && s.term.is_some() && !s.part_term() && !s.clause
        };
        let term_heads = cand
            .iter()
            .filter(|(i, s)| term_para(*i, s) && nodes.get(*i + 1).is_some_and(|m| m.is_item()))
            .count();
        let over_lists = term_heads >= 3
            && gloss != Gloss::None
            && explained.iter().all(|&i| nodes[i].is_item());
        // (Example sentences glossed in brackets, each with more examples on its lines, `-
        // 部屋にだれかいますか。（「房间里有人吗？」）` over `部屋にだれがいますか。`: the further
        // lines are each example's answer, the sentences the cards.)
        let glossed_examples =
            !explained.is_empty() && explained.iter().all(|&i| glossed_example(nodes[i]));
        if glossed_examples {
            if let Some(seg) = bracketed_terms(nodes, &cand, owner, gloss) {
                return Some(seg);
            }
        }
        if over_lists {
            let entries = cand
                .iter()
                .filter(|(i, s)| term_para(*i, s))
                .map(|c| c.0)
                .collect();
            return Segmentation::new(Rule::Term, entries, Attach::Following);
        }
        let label_led = label_led || among_names;
        let only_one = explained.len() == 1
            && cand.len() == 1
            && !owner.explicit
            && !(owner.label && goes_on(nodes[explained[0]]))
            && (nodes[explained[0]].plain || announced || chapter || {
                // (Under `### Lecture 10: Protocols`, or a heading that lists names, `TTP,
                // KDC, and CA` over `- **Trusted Third Party** (TTP)`, the one concept
                // explained is the card, the heading its topic.)
                let listed =
                    !owner.label && [", ", "、", " and "].iter().any(|j| owner.text.contains(j));
                let names = latin_words(&owner.text);
                super::shape::chapter_name(&owner.text)
                    || listed
                        && latin_words(&nodes[explained[0]].title)
                            .iter()
                            .any(|w| w.len() >= 3 && names.contains(w))
            });
        // (Nor are the points of a process, `### 缺页的处理流程`: its steps.)
        // (Nor the facets a comparison is drawn on, `线程安全：` and `底层数据结构：` under `##
        // ArrayList、LinkedList区别`: the heading asks, they answer it.)
        // (Nor the few facets that describe it, `- purpose` `- approach` `- objective` each
        // over its points under `### Characteristics of an OS`: one names a property.)
        // (Under no heading, a page's facets stay cards: nothing above would hold them.)
        let facets = !owner.text.is_empty()
            && (2..=5).contains(&explained.len())
            && explained.iter().any(|&i| {
                let t = crate::text::plain_inline(trim(&nodes[i].title));
                super::shape::is_property(t.trim_end_matches([':', '：']))
            });
        // (Unless they are concepts of a history that the compared ones belong to: `-
        // MULTICS`, `- UNIX/UNICS`, `- Linux`, `- GNU` under `### Difference Unix/Linux`,
        // some naming a side and some not. Two sides alone, or the cases of both, `-
        // interface extends type`, still answer the comparison.)
        let compared = facets_compared(owner, nodes, &explained);
        let owned = label_led || process || compared || facets;
        if gloss != Gloss::None
            && !owned
            && !(bullets_ask && explained.iter().any(|&i| !nodes[i].shape().explicit))
            && (explained.len() >= 2 || only_one)
            && !owner_names(&explained)
            // (A long list of kinds, `分类算法` over eight algorithms, is a glossary.)
            // (Kinds named after the heading, `线性查找` `二分查找` … under `查找算法`, are a
            // glossary too, however few.)
            && (!owner_kind || explained.len() > 4 || announced || named_after(&explained))
            // (`按分布范围：` over bare names of networks, under `计算机网络的分类`: ways of
            // sorting kinds, each over the kinds' names, make one answer.)
            && !(owner_kind && explained.iter().all(|&i| names_only(nodes[i])))
        {
            // In plain text, a block of one short line among explained blocks is a question
            // not answered yet. Among explained items under a label (`fundamental parts:`),
            // one explained on its own line (`- bus: move numbers between…`) is one too.
            let items = owner.label && explained.iter().all(|&i| nodes[i].is_item());
            // How the explained names are set (`_resource_`, `` `GET` ``): a bare name set the
            // same way among them is one more.
            let mark = |i: usize| {
                trim(&nodes[i].title)
                    .chars()
                    .next()
                    .filter(|c| ['_', '*', '`'].contains(c))
            };
            let marks: Vec<Option<char>> = explained.iter().map(|&i| mark(i)).collect();
            let styled = |i: usize| {
                let m = mark(i);
                let same = marks.iter().filter(|&&x| x.is_some() && x == m).count();
                m.is_some() && same >= 2 && same * 3 >= marks.len() * 2
            };
            let mut entries = explained;
            entries.extend(
                cand.iter()
                    .filter(|(i, s)| {
                        let n = nodes[*i];
                        let plain_line = n.plain
                            && matches!(n.kind, Kind::Para)
                            && !has_children(n)
                            && !s.part
                            && !s.label
                            && !s.continues
                            && !crate::outline::plain::is_date(&s.text)
                            && ((s.titled()
                                && !s.sentence
                                && !super::shape::is_clause_zh(&s.text))
                                || s.explicit
                                || defines_term(s));
                        // (Under a bare chapter, `## Chapter 5`, which is no card, every item
                        // that defines its term stands alone: `- minimax - tree where…`,
                        // `- **Constraint propagation** is using…`.)
                        let defines = chapter
                            && n.is_item()
                            && !has_children(n)
                            && bold_term(&n.title).is_some();
                        // (Anywhere among explained bullets, one that names its term in a
                        // few words and defines it on its line: `- Leviathan: "Pre-state"
                        // societies…`.)
                        // (Not a word set off by a wide gap, `random  motion of…`, nor a
                        // link, `Github for lecture: https://…`.)
                        let short_term = term_parts(n).is_some_and(|(t, def)| {
                            let t = crate::text::plain_inline(t);
                            // (Nor a formula alone, `核心递归：$(a, b) = …$`: a point about
                            // the item above.)
                            let words = super::shape::strip_enclosed(def);
                            t.trim_end().ends_with([':', '：', '-', '='])
                                && crate::text::chars(trim(&words)) >= 4
                                && !super::shape::is_property(
                                    t.trim_end_matches([':', '：', ' ', '*']),
                                )
                                && !crate::text::is_url_line(trim(def))
                                && !def.trim_start().starts_with('[')
                                && t.split_whitespace().count() <= 4
                                && crate::text::chars(&t) <= 30
                                && !super::shape::is_part(t.trim_end_matches([':', '：', ' ']))
                        });
                        // (Or a paragraph that defines its term in bold, `**lua 脚本**：
                        // redis.call() …`, among explained bullets.)
                        let bold_para = matches!(n.kind, Kind::Para)
                            && !n.plain
                            && bold_term(&n.title).is_some_and(|t| {
                                let t = crate::text::plain_inline(t);
                                let t = t.trim_end_matches(['.', ')', ' ']);
                                !question_number(t) && !crate::text::question_marker(t)
                            })
                            && s.term.is_some()
                            && !s.part_term()
                            && !s.clause
                            && !trim(&n.title).ends_with([':', '：']);
                        let term_item = (items || chapter || short_term)
                            && n.is_item()
                            && s.term.is_some()
                            && !s.part_term()
                            && !s.clause
                            || defines
                            || bold_para;
                        // Among explained bullets, one that asks (`Why do we need them?`) or
                        // names a term still to do (`de Morgan's Law - TODO`) is a card not
                        // answered yet.
                        let todo = term_parts(n)
                            .is_some_and(|(_, def)| crate::text::is_placeholder_answer(trim(def)));
                        // (So is a bare name set apart among them by blank lines, `- cookie`
                        // between `- HTTP` and `- HTTPS` each with its points: not written
                        // up yet.)
                        let loose = n.line > 0
                            && is_blank(self.lines[n.line - 1])
                            && self.lines.get(n.end).is_none_or(|l| is_blank(l));
                        // (Not a task still to tick, `- [ ] Building a DFA`.)
                        let checkbox = task_box(self.lines[n.line]);
                        let bare_name = (loose || styled(*i))
                            && !checkbox
                            && s.titled()
                            && !s.sentence
                            && !s.clause
                            && s.term.is_none()
                            && !s.label
                            && s.chars <= 20;
                        // (Or asks and answers on its line: `- What is the right graph? Whatever
                        // your audience reads most easily.`)
                        let answered_here = s.explicit
                            && super::split_after_question_mark(trim(&n.title)).is_some();
                        // (`- How css selector works` asks by its first word, though no
                        // mark ends it.)
                        let asks =
                            (s.explicit || crate::text::asks_outright(&s.text)) && !s.sentence;
                        let open_item = n.is_item()
                            && !has_children(n)
                            && !s.part
                            && (asks || answered_here || todo || bare_name);
                        plain_line || term_item || open_item
                    })
                    .map(|c| c.0),
            );
            entries.sort_unstable();
            entries.dedup();
            return Segmentation::new(Rule::Explained, entries, Attach::Blocks);
        }
        if let Some(seg) = dashed_terms(nodes, &cand, owner, gloss) {
            return Some(seg);
        }
        if let Some(seg) = bracketed_terms(nodes, &cand, owner, gloss) {
            return Some(seg);
        }
        // Rule `term`: `term：definition` heads (not a template's fields, `理论:` in section
        // after section).
        let field = |i: usize| {
            nodes[i].is_item()
                && field_name(trim(&nodes[i].title)).is_some_and(|f| self.templates.contains(f))
        };
        let terms: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                s.term.is_some()
                    && !s.part_term()
                    && !s.clause
                    && !is_italic_line(nodes[*i])
                    && !field(*i)
            })
            .map(|c| c.0)
            .collect();
        // Items and `**Term**: …` paragraphs are written as a list of terms; so are lines of
        // terms one under the other (`GET - retrieves data<br>` / `HEAD - …`), a list without
        // its bullets.
        let next_line = |i: usize| {
            terms.binary_search(&(i + 1)).is_ok()
                && nodes.get(i + 1).is_some_and(|m| m.line == nodes[i].end)
        };
        // (Under a heading that asks, `HTTP 1 vs HTTP 2 vs HTTP 3`, they are its answer.)
        let lined = |i: usize| !owner.question && (next_line(i) || i > 0 && next_line(i - 1));
        let term_items = terms
            .iter()
            .filter(|&&i| {
                nodes[i].is_item() || nodes[i].title.trim_start().starts_with("**") || lined(i)
            })
            .count();
        let strong_terms = term_items * 3 >= terms.len() * 2 && terms.len() * 3 >= cand.len() * 2;
        let term_paragraphs = || {
            let para = |i: usize| matches!(nodes[i].kind, Kind::Para);
            let paras = cand.iter().filter(|(i, _)| para(*i)).count();
            // (Named before a plain colon in a few words: not `保持经济增长 --> …`, nor
            // `国内一般称之为*经济的三驾马车*：…`.)
            let colon = |i: usize| {
                colon_name(nodes[i]).is_some_and(|(name, t)| {
                    crate::text::chars(&name) <= 11
                        && !t.trim_start().starts_with(['*', '_'])
                        && !super::shape::is_clause_zh(name.trim_end_matches([':', '：']))
                })
            };
            let named = terms.iter().filter(|&&i| para(i) && colon(i)).count();
            named >= 3 && named * 3 >= paras * 2
        };
        let terms_ok = match gloss {
            Gloss::All => true,
            // (Or three or more paragraphs, each naming its term before a colon: `确定性现象:
            // …`, `随机现象: …` under `## 随机实验`.)
            Gloss::Lists => strong_terms || !owner.question && term_paragraphs(),
            Gloss::None => false,
        };
        // A section that explains itself first (`将一批作业以脱机的方式输入…。主要特征如下：`)
        // and then lists its features: the list is part of that answer.
        let intro: usize = cand
            .iter()
            .take_while(|(i, _)| terms.first().is_some_and(|&f| *i < f))
            .map(|(_, s)| s.chars)
            .sum();
        // `程序运行步骤` over `编译：…` `链接：…` `装入：…`, or `换入过程如下：` over them: steps
        // of one process, named for what each does, are its answer, not terms.
        let steps = announces_steps(&owner.text)
            || cand
                .iter()
                .take_while(|(i, _)| terms.first().is_some_and(|&f| *i < f))
                .last()
                .is_some_and(|(_, s)| s.text.ends_with([':', '：']) && announces_steps(&s.text));
        // `- 基本单位: …` `- 组成: …` `- 配对规则: …` under `### DNA`: where one of the names is
        // a property's (`组成`, `定义`, `作用`), the list describes its owner, item by item:
        // the owner's answer, not a glossary.
        // (So do names given twice, `2、从：io线程——…` `3、从：sql执行线程——…`, on half the
        // items or more: the points of one thing, not terms. A command listed again under
        // another label, `git log`, is still a term.)
        let names: Vec<String> = terms
            .iter()
            .map(|&i| entry_name(nodes[i].shape()))
            .collect();
        let counts = name_counts(names.iter().map(String::as_str));
        let repeated = names.iter().filter(|n| counts[n.as_str()] > 1).count();
        // (So do names of the two sides a numbered question pairs, `## 6.重载和重写` over
        // `重载：…` `重写：…`, or `## 9.hashMap和hashTable` over `HashMap：…` and its facets:
        // one answer compares them.)
        let described = cand.iter().any(|(_, s)| names_property(s))
            || repeated * 2 > names.len().max(1)
            || owner
                .num
                .is_some_and(|n| n.style == crate::outline::plain::Style::Arabic)
                && names_a_side(&owner.text, &names);
        // (Answer parts beside them, `缺點` over its points, do not make them fewer.)
        let beside_parts = || {
            let others = cand
                .iter()
                .filter(|(i, s)| !(s.part || s.label_only_part()) || !has_children(nodes[*i]))
                .count();
            term_items * 3 >= terms.len() * 2 && terms.len() * 3 >= others * 2
        };
        // (The items of a label's own list, `随机实验特点:` over its points, are that label's,
        // not the section's.)
        // (Not a label that announces terms, `主要有三种方式：` over `绝对装入：…`, nor a
        // part, `例题：`.)
        let labelled_list = |i: usize| {
            let s = nodes[i].shape();
            matches!(nodes[i].kind, Kind::Para)
                && s.label
                && s.term.is_none()
                && !s.part
                && !s.label_only_part()
                && !counts_entries(&s.text)
                && right_over_list(nodes, i)
                && nodes.get(i + 1).is_some_and(|m| m.shape().term.is_none())
        };
        let owned = {
            let mut owned = 0;
            let mut under = false;
            for (k, n) in nodes.iter().enumerate() {
                if n.is_item() {
                    owned += usize::from(under && cand.iter().any(|c| c.0 == k));
                } else if !is_blank_node(n) {
                    under = labelled_list(k);
                }
            }
            owned
        };
        // (Under `# Keywords`, one term alone is still the glossary's.)
        // (Nor under a bare chapter, `# Chapter 1`, which names no concept to be the card:
        // `- Parameter vs argument: …` beside a remark is its card.)
        let bare_chapter =
            super::shape::chapter_name(&owner.text) && super::shape::bare_chapter(&owner.text);
        let lone_keyword = terms.len() == 1
            && (cand.len() == 1 && super::shape::is_glossary_name(&owner.text)
                || bare_chapter && nodes[terms[0]].is_item());
        // (Under a heading that says it holds terms, `### Terms`, `## 术语`, they are.)
        let glossary_owner = glossary_heading(&owner.text);
        if (terms.len() >= 2 || lone_keyword)
            && terms.len() * 2 >= cand.len() - owned
            && (terms_ok || glossary_owner || gloss == Gloss::Lists && beside_parts())
            && !described
            && !label_led
            && intro <= 60
            && !steps
            && !owner_names(&terms)
            && !crate::text::asks_outright(&owner.text)
        {
            // In a plain-text list of terms, a bare one-line term is a card not answered yet;
            // in a list of term items, an item explained by its children (`共享存储系统` over
            // `共享变量：…`) is a term too.
            let items = terms.iter().all(|&i| nodes[i].is_item());
            let mut terms = terms;
            terms.extend(
                cand.iter()
                    .filter(|(i, s)| {
                        let n = nodes[*i];
                        let bare = n.plain
                            && matches!(n.kind, Kind::Para)
                            && n.end == n.line + 1
                            && !has_children(n)
                            && s.titled()
                            && !s.sentence
                            && s.term.is_none();
                        let explained = items
                            && n.is_item()
                            && has_children(n)
                            && s.titled()
                            && !s.part
                            && !s.label_only_part();
                        // `- **Performance criteria**` over `- **…-related criteria** are …`
                        // items: a group of terms among the terms.
                        let group = n.is_item() && s.term.is_none() && term_group(n);
                        bare || explained || group || owned > 0 && labelled_list(*i)
                    })
                    .map(|c| c.0),
            );
            terms.sort_unstable();
            terms.dedup();
            let terms = drop_restated(nodes, terms);
            // (A label among them takes the list that follows it.)
            let attach = if terms.iter().any(|&i| labelled_list(i)) {
                Attach::Following
            } else {
                Attach::Blocks
            };
            return Segmentation::new(Rule::Term, terms, attach);
        }
        // Rule `label`: bold lines and `Label：` lines followed by their explanation.
        // Under a chapter (`## Chapter 6: …`), whose name is no concept, one label that opens
        // it (`instruction queue:` over a list) is its one card.
        let chaptered = super::shape::chapter_name(&owner.text);
        // Beside `五大感觉：` over its list, `知觉的特性` over the next is a label without its
        // colon.
        let colon_lists = cand
            .iter()
            .any(|(i, s)| s.label && !s.part && right_over_list(nodes, *i));
        let labels: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                matches!(nodes[*i].kind, Kind::Para)
                    && (s.bold
                        || s.label
                        || s.term.is_some()
                        || (label_led || chaptered)
                            && (heads_list(nodes, *i) || asks_over_list(nodes, *i))
                        || colon_lists && names_list(nodes, *i))
                    && !s.part
                    && !s.part_term()
                    && !merits_of(&s.text)
                    && !intro_sentence(s)
                    && !as_follows(&s.text)
                    // (Nor a formula set on its own, `$$A^{-1} = \frac{1}{det(A)}…$$`.)
                    && !trim(&nodes[*i].title).starts_with("$$")
                    && !super::shape::led_remark(&s.text)
                    && !s.continues
                    && !s
                        .text
                        .split_once([':', '：'])
                        .is_some_and(|(h, _)| super::shape::leads_into_value(h))
                    && (s.term.is_some()
                        || nodes.get(*i + 1).is_some_and(|n| !is_section(n))
                        || has_children(nodes[*i]))
            })
            .map(|c| c.0)
            .collect();
        // `[Leetcode 141](…) 环形链表` over a fenced or quoted explanation, again and again: a
        // name over the block that explains it.
        let named: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| {
                let n = nodes[*i];
                matches!(n.kind, Kind::Para)
                    && n.end - n.line <= 2
                    && s.titled()
                    && !s.sentence
                    && !s.part
                    && !s.question
                    && !s.continues
                    // (Not a line set right under a block and apart from the next,
                    // `间隔5s调用` after the fence closing the code it ran: it tells what that
                    // code did. Set close to both, `初始化` between fences, it names the next.)
                    && !(i.checked_sub(1).is_some_and(|k| {
                        matches!(nodes[k].kind, Kind::Code) && nodes[k].end == n.line
                    }) && nodes.get(*i + 1).is_some_and(|b| b.line > n.end))
                    && (nodes
                        .get(*i + 1)
                        .is_some_and(|b| matches!(b.kind, Kind::Code | Kind::Quote))
                        || self.raw[n.end.min(self.raw.len())..]
                            .iter()
                            .find(|l| !is_blank(l))
                            .is_some_and(|l| is_fence_line(l)))
            })
            .map(|c| c.0)
            .collect();
        // `库伦定律` over its `$$` formula, `电场强度叠加原理` over its statement, in one
        // paragraph each: a short name on the paragraph's first line, what explains it on
        // the next ones.
        // (Lines inside a `$$` … `$$` block are the formula's, not names.)
        let mut in_math = vec![false; nodes.len()];
        let mut open = false;
        for (k, n) in nodes.iter().enumerate() {
            let dollars = trim(&n.title) == "$$";
            in_math[k] = open || dollars;
            if dollars {
                open = !open;
            }
        }
        let headed: Vec<usize> = cand
            .iter()
            .filter(|(i, _)| !in_math[*i])
            .filter(|(i, s)| {
                let n = nodes[*i];
                let first = trim(&n.title);
                let goes_on = n.children.iter().any(|c| matches!(c.kind, Kind::Text))
                    || nodes
                        .get(*i + 1)
                        .is_some_and(|m| trim(&m.title).starts_with("$$") && m.line == n.end);
                matches!(n.kind, Kind::Para)
                    && goes_on
                    && s.titled()
                    && !s.sentence
                    && !s.part
                    && (!s.explicit || first.ends_with(['?', '？']))
                    && s.term.is_none()
                    && short_name(first)
                    && !names_lines(&self.lines[n.line + 1..n.end.min(self.lines.len())])
                    && !first.ends_with(|c: char| "，。,.：:；;、".contains(c))
                    && !first.starts_with(['$', '*', '-', '>', '|', '!', '['])
            })
            .map(|c| c.0)
            .collect();
        // (Questions over their answers among them, `Why is String immutable?` beside `interface
        // vs abstract class`, are names too; alone they are paragraph questions.)
        let headed = if headed.iter().all(|&i| nodes[i].shape().explicit) {
            Vec::new()
        } else {
            headed
        };
        // (A paragraph among them that asks on its first line and answers below it, `Why do
        // we need a DNS?` beside `2⇥HEAD` over its text, is one more.)
        let named = if named.len() < 2 && headed.len() >= 2 {
            let mut heads = headed;
            heads.extend(
                cand.iter()
                    .filter(|(i, s)| !in_math[*i] && asked_and_answered(nodes[*i], s))
                    .map(|c| c.0),
            );
            heads.sort_unstable();
            heads.dedup();
            heads
        } else {
            named
        };
        // Question numbers (`R1:` … `R26:`) among the labels: they are the questions, and the
        // labelled lines between them (`email -> SMTP`) their answers.
        let numbers: Vec<usize> = labels
            .iter()
            .copied()
            .filter(|&i| question_number(&nodes[i].title))
            .collect();
        let labels = if numbers.len() >= 2 { numbers } else { labels };
        let outside_math = cand.iter().filter(|c| !in_math[c.0]).count();
        let by_name = labels.len() < 2 && named.len() >= 2 && named.len() * 3 >= outside_math;
        let labels = if by_name { named } else { labels };
        let allowed = gloss == Gloss::All || by_name && gloss == Gloss::Lists;
        // `**Stakeholder Analysis**` over its own list, `**Personas**` over the next: bold
        // names that each head a list are sub-sections written in bold, not answer parts,
        // whatever the level.
        // (A bold line right over the next bold name, `**初始方法** <br>` over
        // `**Stakeholder Analysis**`, introduces them; it is no card.)
        let labels: Vec<usize> = labels
            .into_iter()
            .filter(|&i| {
                let n = nodes[i];
                !(n.shape().bold
                    && !has_children(n)
                    && nodes.get(i + 1).is_some_and(|m| {
                        m.line == n.end && matches!(m.kind, Kind::Para) && m.shape().bold
                    }))
            })
            .collect();
        let bold = bold_sections(nodes, &labels);
        // `**RDB方式**` over its paragraphs, `**AOF方式**` over the next, opening the
        // section: names set in bold over the text that explains them, sub-sections as
        // headings would be. Only the bold names are heads then: a `Label：` line between
        // them is a line of the text.
        let bold_paras: Vec<usize> = labels
            .iter()
            .copied()
            .filter(|&i| {
                let s = nodes[i].shape();
                s.bold && bold_head(s) && over_own_paragraph(nodes, i)
            })
            .collect();
        // (Only where the first of them opens the section: after text of its own, `**g**：
        // goroutine` and its points, bold names are more of what that text explains.)
        let opens = bold_paras.first() == nodes.iter().position(|n| !is_blank_node(n)).as_ref();
        let (labels, bold) = if !bold && gloss == Gloss::Lists && bold_paras.len() >= 2 && opens {
            (bold_paras, true)
        } else {
            (labels, bold)
        };
        // (`处理时延：` `排队时延：` over their lines under `## 交换机的时延`: the labels name
        // kinds of what the heading names, concepts of their own.)
        let kinds = labels.len() >= 2
            && labels.iter().all(|&i| {
                let s = nodes[i].shape();
                s.num.is_none() && labels_kind(s.text.trim_end_matches([':', '：']), owner)
            });
        let allowed = allowed || gloss == Gloss::Lists && (bold || kinds);
        // Among them, a last bold name with nothing under it is a card not answered yet.
        let mut labels = labels;
        if let Some(&(last, s)) = cand.last().filter(|_| bold) {
            let n = nodes[last];
            if last + 1 == nodes.len() && s.bold && !s.sentence && n.end == n.line + 1 {
                labels.push(last);
                labels.dedup();
            }
        }
        // So is one label over a list opening a note with no title (`3 domains of life:`).
        let untitled = owner.text.is_empty()
            && labels.first().is_some_and(|&i| {
                nodes[i].shape().label && nodes.get(i + 1).is_some_and(|m| m.is_item())
            });
        let sole = labels.len() == 1 && (chaptered || untitled) && labels[0] == 0;
        // (Among three or more paragraphs that ask outright, `what is cache?`, the labels
        // inside their answers, `Key Points to Mention:`, `In short:`, are answer parts.)
        // (The first of them opens the text, before any label: the labels are inside.)
        let marked: Vec<usize> = cand
            .iter()
            .filter(|(i, s)| marked_paragraph(nodes[*i], 150) && !s.label)
            .map(|c| c.0)
            .collect();
        let asked = marked.len() >= 3
            && labels.first().is_none_or(|&l| marked[0] < l)
            && labels.iter().all(|&i| !nodes[i].shape().explicit);
        // (Under a heading that names a process, `### CPU工作过程`, bold names over their
        // lines, `**1.取指令**`, are its steps: its answer.)
        let steps = process && none_asks_plainly(nodes, labels.iter().copied());
        if allowed && (labels.len() >= 2 || sole) && !owner_names(&labels) && !asked && !steps {
            let labels = drop_restated(nodes, labels);
            return Segmentation::new(Rule::Label, labels, Attach::Following);
        }
        if asked {
            // (A Chinese label after an answer, not right under a question, `Goroutine 退出：`
            // over its list after `Go的Select语句？` and its quote, names one more subject.)
            let named_after_answer = |i: usize, s: &Shape| {
                matches!(nodes[i].kind, Kind::Para)
                    && s.label
                    && !s.part
                    && !s.sentence
                    && s.chars <= 20
                    && s.text.contains(crate::clean::is_cjk)
                    && (has_children(nodes[i])
                        || nodes
                            .get(i + 1)
                            .is_some_and(|m| m.is_item() || matches!(m.kind, Kind::Quote)))
                    && (0..i)
                        .rev()
                        .find(|&k| !is_blank_node(nodes[k]))
                        .is_some_and(|p| marked.binary_search(&p).is_err())
            };
            // The questions are those paragraphs, and the ones asking by their grammar
            // (`🧠 What is a Process (Interview Definition)`), however long their answers.
            let entries = cand
                .iter()
                .filter(|(i, s)| {
                    let t = trim(&nodes[*i].title);
                    let words = t.trim_start_matches(|c: char| !c.is_alphanumeric());
                    marked.contains(i)
                        || named_after_answer(*i, s)
                        || matches!(nodes[*i].kind, Kind::Para)
                            && s.term.is_none()
                            && !s.label
                            && s.chars <= 150
                            && (crate::text::asks_in_english(words)
                                || crate::text::is_prompt(words)
                                // (`Async` right over two of them names their group.)
                                || group_label(s)
                                    && marked.contains(&(*i + 1))
                                    && marked.contains(&(*i + 2)))
                })
                .map(|c| c.0)
                .collect();
            return Segmentation::new(Rule::ParagraphQuestion, entries, Attach::Following);
        }
        // Plain text already split into one-line blocks (a list of questions).
        if cand.len() >= 2
            && cand.iter().all(|(i, s)| {
                nodes[*i].plain
                    && matches!(nodes[*i].kind, Kind::Para)
                    && !has_children(nodes[*i])
                    && s.titled()
            })
        {
            let entries = cand.iter().map(|c| c.0).collect();
            return Segmentation::new(Rule::ParagraphQuestion, entries, Attach::Blocks);
        }
        // Rule `paragraph-question`: short paragraphs that (mostly) ask, under a subject.
        let paras: Vec<&(usize, &Shape)> = cand
            .iter()
            .filter(|(i, _)| matches!(nodes[*i].kind, Kind::Para))
            .collect();
        // (However long, a line the author marked as a question, `Q.) Given an array…`.)
        // (A formula on its line, `dA = height * width`, states; it asks nothing.)
        let short: Vec<&&(usize, &Shape)> = paras
            .iter()
            .filter(|(i, s)| s.chars <= 150 || crate::text::question_marker(&nodes[*i].title))
            .filter(|(_, s)| !formula_line(s))
            .collect();
        // (A Chinese word that often asks, inside a long statement, `…真正起作用的量是边际量），
        // 那么…`, asks nothing: a log's unmarked questions are short.)
        let asking = short
            .iter()
            .filter(|(i, s)| {
                s.explicit
                    || (s.question
                        && s.term.is_none()
                        && (s.chars <= 40 || !s.text.contains(crate::clean::is_cjk))
                        && !leads_into_list(nodes, *i))
            })
            .count();
        // Among logs, one short paragraph answered by a quote, code or list below it is a
        // question too.
        let answered_below = |i: usize| {
            nodes
                .get(i + 1)
                .is_some_and(|n| matches!(n.kind, Kind::Quote | Kind::Code | Kind::Item { .. }))
        };
        // Paragraphs whose first line asks and whose next lines answer (`ZSet 底层怎么实现？` over
        // `元素少时用 listpack…`, no blank line between): two make a run.
        let asked_and_answered = short
            .iter()
            .filter(|(i, s)| asked_and_answered(nodes[*i], s))
            .count();
        // So do short paragraphs that ask, each answered by the list, quote or code right
        // below it (`Go的defer语句?` over its points): two make a run, half the paragraphs.
        let asked_over_answers = short
            .iter()
            .filter(|(i, s)| {
                (s.explicit || s.question && s.term.is_none())
                    && s.chars <= 40
                    && answered_below(*i)
            })
            .count();
        let enough = if asked_and_answered >= 2 && asked_and_answered * 2 >= paras.len()
            || asked_over_answers >= 2 && asked_over_answers * 2 >= paras.len()
        {
            true
        } else if self.paragraphs {
            short.len() >= 2 || short.len() == 1 && paras.len() == 1 && answered_below(short[0].0)
        } else {
            // (Prose that asks and answers itself, `税收是什么？政府在征税的时候…` among
            // statements, is an explanation with rhetorical questions, no log.)
            let self_answered =
                short
                    .iter()
                    .filter(|(_, s)| s.explicit || s.question)
                    .all(|(i, _)| {
                        let t = trim(&nodes[*i].title);
                        t.find(['？', '?']).is_some_and(|at| {
                            crate::text::chars(t[at..].trim_start_matches(['？', '?'])) >= 2
                        })
                    });
            let statements = short
                .iter()
                .filter(|(_, s)| !s.explicit && !s.question && (s.sentence || s.chars > 20))
                .count();
            short.len() >= 3 && asking * 3 >= short.len() && !(self_answered && statements >= 2)
        };
        // (Under a heading that asks, `1-3 强缓存和协商缓存的区别`, its text answers it.)
        let owner_asks = owner.explicit || owner.question && !owner.question_list && !owner.round;
        // A subject's whole text one or more lines that each ask outright (`## OOP` over
        // `Explain what OOP is?` `What are the OOP principles?`): its questions, not yet
        // answered; a question answers no heading.
        let only_asking = !paras.is_empty()
            && nodes
                .iter()
                .filter(|n| !is_blank_node(n))
                .all(|n| n.end == n.line + 1 && marked_paragraph(n, 80));
        if only_asking && !owner_asks && !owner.text.is_empty() {
            let entries = paras.iter().map(|c| c.0).collect();
            return Segmentation::new(Rule::ParagraphQuestion, entries, Attach::Following);
        }
        // (Under a heading that names a process, lines that do not ask plainly are its steps.)
        let steps = process && none_asks_plainly(nodes, short.iter().map(|c| c.0));
        if enough && short.len() * 3 >= paras.len() * 2 && !owner_asks && !steps {
            // A long statement (`pid_t 是进程描述符，实质就是一个 int。`) answers the question
            // above it; it asks nothing.
            // (`Questions to try at home:` announces questions; it is none.)
            // (Nor is a line that carries on the text above, `但是其实还有…`, or a caption
            // over its picture, `具体流程图：![](…)`.)
            let caption = |i: usize, s: &Shape| {
                let t = trim(&nodes[i].title);
                s.term
                    .and_then(|at| t.get(at..))
                    .is_some_and(crate::text::only_picture)
            };
            // (Where two or more that ask are each answered by a quote right under them, as
            // in a quiz, a statement so answered, `One MUST use tabs.` over `> False`, is a
            // question too: the author's layout marks them.)
            let quoted = |i: usize| {
                nodes
                    .get(i + 1)
                    .is_some_and(|m| matches!(m.kind, Kind::Quote) && m.line == nodes[i].end)
            };
            let quiz = short
                .iter()
                .filter(|(i, s)| s.explicit && quoted(*i))
                .count()
                >= 2;
            let entries: Vec<usize> = short
                .iter()
                .filter(|(i, s)| {
                    quiz && quoted(*i)
                        || (s.explicit || !(s.continues || caption(*i, s)))
                            && (!s.remark || s.question || s.explicit)
                            && (s.explicit && !statement(s) || !intro_sentence(s))
                            && (!s.label || !s.question_list || s.explicit || s.round)
                            // (Nor a label of a part of the answer, `原理:`, `实现:`, among
                            // logs.)
                            && (!s.part || s.explicit)
                            && !connective(s)
                })
                .map(|c| c.0)
                .collect();
            if !entries.is_empty() {
                return Segmentation::new(Rule::ParagraphQuestion, entries, Attach::Following);
            }
        }
        // Rule `opening-question`: a subject heading whose text opens with the one question the
        // rest answers (`## 反射` over `反射为什么慢？` and its points).
        // (After a summary of the section, `**Summary**: This chapter looks at…`.)
        let summary = |n: &Node| {
            matches!(n.kind, Kind::Para)
                && term_parts(n).is_some_and(|(t, _)| {
                    super::shape::is_overview(
                        crate::text::plain_inline(t).trim_end_matches([':', '：', ' ']),
                    )
                })
        };
        let lead = nodes
            .iter()
            .position(|n| !(is_blank_node(n) || summary(n)))
            .unwrap_or(0);
        let opens = nodes.get(lead).filter(|n| {
            let s = n.shape();
            matches!(n.kind, Kind::Para)
                && trim(&n.title).ends_with(['？', '?'])
                && s.explicit
                && s.term.is_none()
                && s.chars <= 60
        });
        // The answer follows in blocks of its own, or on the paragraph's next lines.
        let answered = opens.is_some_and(|n| n.end - n.line >= 2 || nodes.len() >= lead + 2);
        if answered
            && !owner.text.is_empty()
            && !owner.question
            && !nodes[lead + 1..].iter().any(|n| n.shape().explicit)
        {
            return Segmentation::new(Rule::OpeningQuestion, vec![lead], Attach::Following);
        }
        None
    }

    /// The entries (by position) where numbered questions start again at 1 after a line
    /// that names the new run; empty unless every run has such a line.
    fn restarts(&self, nodes: &[&Node], seg: &Segmentation) -> Vec<usize> {
        if seg.rule != Rule::Numbered {
            return Vec::new();
        }
        let number = |i: usize| {
            crate::outline::plain::numbering(trim(self.lines[nodes[i].line])).map(|n| n.n)
        };
        let mut out = Vec::new();
        for (e, w) in seg.entries.windows(2).enumerate() {
            if number(w[1]) == Some(1) && number(w[0]).is_some_and(|n| n > 1) {
                let between = (w[0] + 1..w[1]).map(|k| nodes[k]);
                if !nodes[w[0]].children.iter().chain(between).any(names_run) {
                    return Vec::new();
                }
                out.push(e + 1);
            }
        }
        out
    }

    /// Numbered entries without the runs that start again at `1` after a question and state
    /// rather than ask (`5.介绍Linux系统信号` then `1.键盘事件 ctrl+c` `2.非法内存 …`): the
    /// question's points, its answer.
    fn without_restated_points(&self, nodes: &[&Node], entries: Vec<usize>) -> Vec<usize> {
        let number = |i: usize| {
            crate::outline::plain::numbering(trim(self.lines[nodes[i].line])).map(|n| n.n)
        };
        let asks = |i: usize| {
            let s = nodes[i].shape();
            s.explicit || s.question && !noun_statement(s) || crate::text::is_prompt(&s.text)
        };
        let mut kept: Vec<usize> = Vec::with_capacity(entries.len());
        let mut k = 0;
        while k < entries.len() {
            let restarts = number(entries[k]) == Some(1)
                && kept
                    .last()
                    .is_some_and(|&p| asks(p) && number(p).is_some_and(|n| n > 1));
            if restarts {
                let mut end = k + 1;
                while end < entries.len() && number(entries[end]) == Some((end - k + 1) as u32) {
                    end += 1;
                }
                let asking = entries[k..end].iter().filter(|&&i| asks(i)).count();
                if asking * 2 < end - k {
                    k = end;
                    continue;
                }
            }
            kept.push(entries[k]);
            k += 1;
        }
        kept
    }

    /// Records a line naming a run of questions as a topic line; the run's topic.
    fn name_run(&mut self, n: &Node, topic: &str) -> String {
        let name = run_name(n);
        self.trace(
            n.line,
            Rule::Numbered,
            format!("«{name}» names the questions numbered after it"),
        );
        self.unused(n.line..n.head_end, Reason::TopicLine);
        if n.end > n.head_end {
            self.unused(n.head_end..n.end, Reason::Remark);
        }
        self.sub_topic(topic, &name)
    }

    /// Turns a segmentation into drafts; returns the nodes no entry took.
    fn emit_segmentation<'n>(
        &mut self,
        nodes: &[&'n Node],
        seg: Segmentation,
        topic: &str,
    ) -> Vec<&'n Node> {
        let mut left = Vec::new();
        // Nodes before the first entry (with their own questions, if any).
        let first = seg.entries.first().copied().unwrap_or(nodes.len());
        // Numbered questions that start again at 1, each run under a line that names it
        // (`摩拜：放假时投的…`): the interview log of one company or round per run.
        let restarts = self.restarts(nodes, &seg);
        let glossary = glossary_segmentation(nodes, &seg);
        match seg.before {
            Some(b) => left.extend(self.emit_segmentation(&nodes[..first], *b, topic)),
            None => left.extend(nodes[..first].iter().copied()),
        }
        let mut topic_now = topic.to_string();
        if !restarts.is_empty() {
            if let Some(k) = (0..first).rev().find(|&k| names_run(nodes[k])) {
                topic_now = self.name_run(nodes[k], topic);
                left.retain(|x| !std::ptr::eq(*x, nodes[k]));
            }
        }
        let mut run_answered = false;
        // How many entries ask: only numbered chapters (below) need to know.
        let asking = if seg.rule == Rule::Numbered {
            seg.entries
                .iter()
                .filter(|&&i| nodes[i].shape().question || crate::text::is_prompt(&nodes[i].title))
                .count()
        } else {
            0
        };
        let starts_run = |e: usize| restarts.binary_search(&e).is_ok();
        let base_topic = topic;
        // Questions that all ask with a question mark: a bare name among them can only be
        // a group's name (`OOP`, `FP`), not one more question.
        let marked =
            |i: usize| nodes[i].shape().explicit && trim(&nodes[i].title).ends_with(['?', '？']);
        let bare_labels = seg.rule == Rule::ParagraphQuestion && {
            let asking = seg.entries.iter().filter(|&&i| marked(i)).count();
            asking >= 3
                && (seg.entries.len() - asking) * 2 <= asking
                && seg
                    .entries
                    .iter()
                    .all(|&i| marked(i) || group_label(nodes[i].shape()))
        };
        for (e, &i) in seg.entries.iter().enumerate() {
            // The topic of this entry (it changes only between named runs); a run's name read
            // below is the topic of the next run.
            let topic_here: std::borrow::Cow<str> = if restarts.is_empty() {
                std::borrow::Cow::Borrowed(base_topic)
            } else {
                std::borrow::Cow::Owned(topic_now.clone())
            };
            let topic = topic_here.as_ref();
            let next = seg.entries.get(e + 1).copied().unwrap_or(nodes.len());
            let n = nodes[i];
            let mut following: Vec<&Node> = nodes[i + 1..next].to_vec();
            // A block set apart by rules ends at the next rule: what lies past it (a block
            // without a name, a `待补充：` list) is none of its answer.
            if seg.rule == Rule::Separated {
                if let Some(r) = following.iter().position(|m| matches!(m.kind, Kind::Rule)) {
                    left.extend(following.split_off(r));
                }
            }
            // (A glossary that goes on under a label after its last term, `事件的运算满足以下
            // 规则：` over `1. **交换律**：…` and more terms: the label introduces them, and they
            // are cards beside the others.)
            if next == nodes.len() {
                if let Some(p) = following
                    .iter()
                    .position(|m| continues_glossary(m))
                    .filter(|_| glossary)
                {
                    let mut rest = following.split_off(p);
                    let label = rest.remove(0);
                    self.unused(label.line..label.head_end, Reason::Intro);
                    let items: Vec<&Node> = label.children.iter().collect();
                    let terms = (0..items.len())
                        .filter(|&k| glossary_term(items[k]))
                        .collect();
                    if let Some(inner) = Segmentation::new(Rule::Term, terms, Attach::Blocks) {
                        for r in self.emit_segmentation(&items, inner, topic) {
                            self.unused_node(r, Reason::Intro);
                        }
                    }
                    left.extend(rest);
                }
            }
            if starts_run(e) {
                run_answered = false;
            }
            // An outline item over one concept of its own, `different types of learning for
            // PEOPLE` over `Socratic method` and its points: that concept is the card, the
            // item its topic.
            if let Some(only) = single_concept(n).filter(|_| {
                seg.rule == Rule::Explained && following.iter().all(|m| is_blank_node(m))
            }) {
                self.trace(
                    n.line,
                    Rule::TopicHeading,
                    format!("«{}» names the one concept under it", trim(&n.title)),
                );
                self.unused(n.line..n.head_end, Reason::TopicLine);
                let t = self.sub_topic(topic, &n.title);
                if let Some(inner) = Segmentation::new(Rule::Explained, vec![0], Attach::Blocks) {
                    left.extend(self.emit_segmentation(&[only], inner, &t));
                }
                continue;
            }
            let mut body_kids: Vec<&Node> = n.children.iter().collect();
            let run_ends = starts_run(e + 1) || !restarts.is_empty() && next == nodes.len();
            if run_ends {
                // What follows the run (nested under its last question, in plain text) up to
                // the name of the next one; after a run of questions none of which has an
                // answer, it is a remark on the interview.
                let mut trail: Vec<&Node> = std::mem::take(&mut body_kids);
                let nested = trail.len();
                trail.append(&mut following);
                let at = trail
                    .iter()
                    .rposition(|m| names_run(m))
                    .filter(|_| next < nodes.len());
                let mut tail = match at {
                    Some(k) => trail.split_off(k),
                    None => Vec::new(),
                };
                if !tail.is_empty() {
                    let name = tail.remove(0);
                    topic_now = self.name_run(name, &topic_now);
                }
                if !run_answered {
                    for m in trail.drain(..) {
                        self.unused_node(m, Reason::Remark);
                    }
                }
                for m in tail {
                    self.unused_node(m, Reason::Intro);
                }
                let split = nested.min(trail.len());
                following = trail.split_off(split);
                body_kids = trail;
            }
            // Between lists of bullet questions, a bold name or label right over the next
            // list (`**纯八股**`, `**反问**`) names that group: no answer of the one above.
            if seg.rule == Rule::BulletQuestion
                && nodes.get(next).is_some_and(|m| m.is_item())
                && following.last().is_some_and(|m| {
                    let ms = m.shape();
                    matches!(m.kind, Kind::Para)
                        && m.children.is_empty()
                        && (ms.bold || ms.label)
                        && ms.term.is_none()
                        && !ms.question
                        && ms.titled()
                        && ms.chars <= 20
                })
            {
                if let Some(m) = following.pop() {
                    self.trace(
                        m.line,
                        Rule::BulletQuestion,
                        format!("«{}» names the questions below it", trim(&m.title)),
                    );
                    self.unused(m.line..m.end, Reason::TopicLine);
                }
            }
            run_answered |= !following.is_empty() || !body_kids.is_empty();
            // A label (`SQL索引：`, `索引的类型；`) whose children are entries of their own
            // introduces them: it is their topic, not a card. So does any name over a list of
            // three or more terms that is all its children, in an outline (`Things to know`
            // over `TCP - …`).
            let sh = n.shape();
            // Among questions written as paragraphs, a label that asks nothing (`一面 15min：`,
            // `Round 2:`) right above the next one names a group of them; it is not one.
            if seg.rule == Rule::ParagraphQuestion
                && (sh.label
                    || bare_labels && group_label(sh) && names_group(nodes, &seg.entries, e))
                && !sh.question
                && sh.term.is_none()
                && n.children.is_empty()
                && following.is_empty()
                && e + 1 < seg.entries.len()
            {
                self.trace(
                    n.line,
                    Rule::ParagraphQuestion,
                    format!("«{}» labels the questions below it", trim(&n.title)),
                );
                self.unused(n.line..n.head_end, Reason::TopicLine);
                continue;
            }
            // In a list of the questions asked, an entry that asks nothing (`Java 8 features`,
            // `Collection Questions`, `Multithreading questions :`) over two or more items
            // groups more questions; they keep the list's topic.
            // (So does `- questions` over bullets that ask, among explained concepts: a name
            // for the questions under it, no concept.)
            let named_list = seg.rule == Rule::Explained
                && sh.question_list
                && !sh.question
                && n.children
                    .iter()
                    .filter(|c| !is_blank_node(c))
                    .all(|c| c.is_item() && c.shape().explicit);
            if (seg.listed || seg.rule == Rule::BulletQuestion || named_list) && groups_questions(n)
            {
                // A bare link among them (`- [死锁 | blog](…)`) answers the question above it;
                // links before the first of them answer the item itself, a card then.
                let kids: Vec<&Node> = n.children.iter().collect();
                let lead = leading_links(&kids);
                // (A statement among the questions, `RDB写快照时候，还可以增量写AOF`, or a
                // term, `区别：…`, is said about them: no question.)
                let said = |k: &Node| {
                    let ks = k.shape();
                    // (`区别：…` names an aspect, not a thing asked about.)
                    let aspect = term_parts(k).is_some_and(|(t, _)| {
                        crate::text::chars(t.trim_end_matches([':', '：'])) <= 3
                    });
                    let term = ks.term.is_some() && (ks.part_term() || !ks.question || aspect);
                    !ks.explicit
                        && (term
                            || ks.sentence
                            || ks.clause
                            || super::shape::is_clause_zh(&ks.text))
                        || {
                            let outside = super::shape::strip_enclosed(&ks.text);
                            !ks.explicit && outside.matches(['，', ',']).count() >= 2
                        }
                };
                let entries: Vec<usize> = (lead..kids.len())
                    .filter(|&k| kids[k].is_item() && !link_answer_item(&kids, k) && !said(kids[k]))
                    .collect();
                let first = entries.first().copied().unwrap_or(kids.len());
                // A question over its follow-ups is a card, answered by what comes before
                // them; so is one whose links come before the questions under it.
                let follow_ups = sh.explicit || sh.question && !sh.question_list;
                let linked = lead > 0 && kids[..lead].iter().any(|k| !is_blank_node(k));
                if follow_ups || linked {
                    let (end, what) = if follow_ups {
                        (first, "its follow-ups under it")
                    } else {
                        (lead, "with questions under it")
                    };
                    self.trace(
                        n.line,
                        seg.rule,
                        format!("«{}» is a question, {what}", trim(&n.title)),
                    );
                    let mut d = Draft::new(topic, n.line..n.head_end, n.title.clone(), seg.rule);
                    d.body = kids[..end].iter().map(|c| c.line..c.end).collect();
                    self.out.drafts.push(d);
                } else {
                    self.trace(
                        n.line,
                        Rule::TopicHeading,
                        format!("«{}» groups the questions under it", trim(&n.title)),
                    );
                    self.unused(n.line..n.head_end, Reason::TopicLine);
                }
                // (A name over them, `- Consulting for context`, is their topic; a list of
                // questions, `Multithreading questions :`, or a question keeps the list's.)
                let t = if follow_ups || linked || sh.question_list {
                    topic.to_string()
                } else {
                    self.sub_topic(topic, &n.title)
                };
                if let Some(inner) =
                    Segmentation::new(Rule::BulletQuestion, entries, Attach::Following)
                {
                    for r in self.emit_segmentation(&kids, inner, &t) {
                        self.unused_node(r, Reason::Intro);
                    }
                }
                left.extend(following.iter().copied());
                continue;
            }
            // A question number (`R1:`, `Q12：`) labels a question, never a topic.
            let number = question_number(&n.title);
            let labelled = (sh.label
                || seg.rule == Rule::Term && sh.term.is_none() && term_group(n)
                || trim(&n.title).ends_with(['；', ';'])
                || seg.rule == Rule::Label && heads_list(nodes, i) && !seg.paragraphs
                || announces_parts(&sh.text))
                && !number;
            // So does a short numbered title (`2. 图像的表达`) over lines of terms: a chapter.
            // (Among numbered entries most of which ask, one that does not is a question
            // too: `数组去重` among interview questions.)
            // (A chapter numbered `一、` may name more: `一、mysql 函数/存储过程/视图`, and a
            // link after its name is none of it.)
            let chinese = crate::outline::plain::numbering(trim(self.lines[n.line]))
                .is_some_and(|x| x.style == crate::outline::plain::Style::Chinese);
            let named_chars = crate::text::chars(
                sh.text
                    .split_whitespace()
                    .filter(|w| !crate::text::is_url_line(w))
                    .collect::<Vec<_>>()
                    .join(" ")
                    .as_str(),
            );
            // (In Markdown, a numbered item over numbered items that each have points of
            // their own, `4. es6规范` over `1. let和const` and `2. promise`: nested the same.)
            let outline_of_items = !n.plain && {
                let kids: Vec<&Node> = n.children.iter().filter(|c| !is_blank_node(c)).collect();
                let numbered: Vec<&&Node> = kids
                    .iter()
                    .filter(|c| matches!(c.kind, Kind::Item { ordered: true }))
                    .collect();
                let explained = numbered.iter().filter(|c| has_children(c)).count();
                // (Mostly numbered: a stray bullet among them, set at their level by a
                // slip of indentation, is one of their points.)
                // (Or over names set in bold, each explained under it or after its colon,
                // `1. **向量的内积、长度及正交性**` over `* **内积**` and its lines: a chapter of
                // concepts.)
                // (Or over terms each defined after its colon and explained under it, `逻辑结构：
                // 数据元素之间的相互关系` over `**集合结构**：…`.)
                let named: Vec<&&Node> = kids
                    .iter()
                    .filter(|c| {
                        c.is_item()
                            && (bold_name(&c.title)
                                || has_children(c)
                                    && !c.shape().part_term()
                                    && term_parts(c).is_some_and(|(_, def)| !trim(def).is_empty()))
                    })
                    .collect();
                let named_explained = named
                    .iter()
                    .filter(|c| has_children(c) || c.shape().term.is_some())
                    .count();
                numbered.len() >= 2
                    && numbered.len() * 4 >= kids.len() * 3
                    && explained * 3 >= numbered.len() * 2
                    || named.len() >= 3
                        && named.len() * 4 >= kids.len() * 3
                        && named_explained * 3 >= named.len() * 2
            };
            // (`chap 1.2 switching` over its terms names itself a chapter.)
            let unit = super::shape::chapter_name(&sh.text);
            let chapter = seg.rule == Rule::Numbered
                && (n.plain || outline_of_items || unit)
                && !sh.question
                && (sh.chars <= 16 || chinese && named_chars <= 40 || unit)
                && n.children.len() >= 2
                && asking * 2 < seg.entries.len()
                // (Not a name joining the sides its points name, every one, `yield/return`
                // over `1) yield` `2) return`: one answer compares them.)
                && !(n.children.iter().any(|c| c.is_item()) && all_sides(&sh.text, &n.children));
            // (Two children that are each explained by their own are enough.)
            // (In Markdown too: `- Informed search` over `- A* search` and `- Beam search`,
            // each with points of its own.)
            let nested = n.children.len() >= 2
                && n.children
                    .iter()
                    .all(|c| is_blank_node(c) || has_children(c));
            // (So does a term over three or more terms of its own, `Social Class: Low vs
            // High Culture.` over `High Culture: …` `Subculture: …`.)
            let kid_terms = seg.rule == Rule::Term
                && n.children.iter().filter(|c| !is_blank_node(c)).count() >= 3
                && n.children.iter().filter(|c| !is_blank_node(c)).all(|c| {
                    // (Named before a colon: `andar -> aduv-` under a rule gives examples.)
                    c.is_item()
                        && glossary_term(c)
                        && term_parts(c).is_some_and(|(t, _)| t.trim_end().ends_with([':', '：']))
                });
            let lists_questions = n.plain && sh.question_list && !sh.question && nested;
            let named =
                (seg.rule == Rule::Explained && !sh.question && (n.children.len() >= 3 || nested))
                    || chapter
                    || kid_terms
                    || lists_questions;
            if labelled || named {
                // A label over a list that follows it (Markdown keeps them siblings).
                // (Only the items right after it: text after the list is not the label's.)
                let run = following.iter().take_while(|m| m.is_item()).count();
                let listed_after = labelled && n.children.is_empty() && run > 0;
                let kids: Vec<&Node> = if listed_after {
                    following[..run].to_vec()
                } else {
                    n.children.iter().collect()
                };
                // `本次面试的问题：` over numbered lines announces them as the questions.
                let announces = labelled && sh.question_list;
                // (In Markdown, only over concepts each named in a few words: `Informed
                // Search` over `A* search`, `Beam search`, each with its points; not over
                // formulas, `Proof.` or `Simple example`.)
                let named_concepts = |seg: &Segmentation| {
                    seg.entries.iter().all(|&k| {
                        let ks = kids[k].shape();
                        // (Of a term defined on its line, `IDA* - iterative deepening…`, the
                        // name.)
                        let name = match term_parts(kids[k]) {
                            Some((t, _)) if !has_children(kids[k]) => crate::text::plain_inline(t)
                                .trim_end_matches([' ', '-', ':', '：', '='])
                                .to_string(),
                            _ => ks.text.clone(),
                        };
                        let last = name.split_whitespace().last().unwrap_or("");
                        !name.contains(['$', '=', '.', '。', ':', '：'])
                            && name.split_whitespace().count() <= 5
                            && !super::shape::is_part(last)
                            && !super::shape::is_paper_section(&ks.text)
                            && ks.titled()
                    })
                };
                let outline_parent = seg.rule == Rule::Explained && !labelled;
                let depth = |m: &Node| crate::outline::plain::section_depth(self.lines[m.line]);
                let sub_sections = |seg: &Segmentation| {
                    depth(n)
                        .is_some_and(|d| seg.entries.iter().all(|&k| depth(kids[k]) == Some(d + 1)))
                };
                let asked = |seg: &Segmentation| {
                    let asking = seg
                        .entries
                        .iter()
                        .filter(|&&k| kids[k].shape().question && has_children(kids[k]))
                        .count();
                    seg.entries.len() >= 2 && asking * 3 > seg.entries.len() * 2
                };
                // (Three or more numbered names, each over its own explaining lines, `1. 并发`
                // … `4. 异步` under `操作系统的四大特征：`, are concepts of their own.)
                let concepts = |seg: &Segmentation| {
                    seg.entries.len() >= 3
                        && seg.entries.iter().all(|&k| {
                            let ks = kids[k].shape();
                            kids[k].plain && has_children(kids[k]) && ks.titled() && !ks.sentence
                        })
                };
                let glossary = |seg: &Segmentation| match seg.rule {
                    _ if announces => true,
                    Rule::Term if !labelled && !chapter => {
                        seg.entries.len() >= 3 && seg.entries.len() * 4 >= kids.len() * 3
                    }
                    // Under a plain-text chapter (`3、寻址方式` over `3.1、…` `3.2、…`), sub-items
                    // that carry their own explanation (nested, or after a colon) are cards.
                    Rule::Term | Rule::Explained | Rule::Numbered | Rule::Label if chapter => {
                        // Steps counted again in the chapter's own numbering (`1.读取缓存`
                        // under `11.陈述…`) are its answer; sub-numbering (`3.1、`) and
                        // bullets are entries of their own.
                        // (Decimal numbering one level down, `2.2.1` under `2.2`, is
                        // sub-numbering: the style with its depth.)
                        let style = |m: &Node| {
                            let t = trim(self.lines[m.line]);
                            crate::outline::plain::numbering(t).map(|x| {
                                let decimal = x.style == crate::outline::plain::Style::Decimal;
                                let depth = t[..x.len].trim_end().matches('.').count();
                                (x.style, if decimal { depth } else { 0 })
                            })
                        };
                        // (Markdown nests its items: the same numbering a level down counts
                        // items of their own.)
                        let restated = n.plain
                            && seg
                                .entries
                                .iter()
                                .any(|&k| style(kids[k]).is_some() && style(kids[k]) == style(n));
                        let explained = seg
                            .entries
                            .iter()
                            .filter(|&&k| {
                                kids[k].shape().term.is_some() || !kids[k].children.is_empty()
                            })
                            .count();
                        // `第一种：…` `第二种：…` are ways of answering, not entries.
                        // Nor are sentences and code lines, nor entries after an introduction.
                        // (After an introduction, three or more lines each over lines of
                        // their own, `一、分布式锁`'s `数据库的唯一索引` `Redis 的 setNx 指令` …,
                        // are its concepts still.)
                        let outline = seg.entries.len() >= 3
                            && seg.entries.iter().all(|&k| has_children(kids[k]));
                        let parts = seg.entries.iter().any(|&k| {
                            let ks = kids[k].shape();
                            ks.part || ks.part_term() || ks.sentence && ks.term.is_none() || ks.code
                        }) || seg.entries.first() != Some(&0) && !outline;
                        // Sections numbered a level down (`2.2.1 留出法` under `2.2 评估方法`)
                        // are entries even after the chapter's own introduction.
                        let subsections = sub_sections(seg);
                        !restated
                            && (!parts || subsections)
                            && seg.entries.len() >= 2
                            && explained * 2 >= seg.entries.len()
                            && (seg.entries.len() * 2 >= kids.len() || subsections)
                    }
                    // In a plain-text outline, a concept (`特征预处理`) over concepts each explained
                    // by their own children (`归一化` over its points): those are the cards,
                    // it groups them.
                    // (Two alone in Markdown only when of the item's kind: `A* search` and
                    // `Beam search` under `Informed search`; `2 ends` and `凹凸` under
                    // `鎖骨 Clavicle` are what its answer says about it.)
                    Rule::Explained
                        if outline_parent
                            && (n.plain
                                || named_concepts(seg)
                                    && (seg.entries.len() >= 3
                                        || seg.entries.iter().all(|&k| {
                                            kind_of(&kids[k].shape().text, &sh.text)
                                        }))) =>
                    {
                        seg.entries.len() >= 2
                            && seg.entries.len() * 3 >= kids.len() * 2
                            && seg.entries.iter().all(|&k| {
                                let ks = kids[k].shape();
                                has_children(kids[k]) && !ks.sentence && !ks.part
                                    // (or a line that names its term and explains it)
                                    || !has_children(kids[k]) && defines_term(ks)
                            })
                    }
                    // In plain text, a line over numbered questions indented under it, each
                    // with its own answer (`java 线程篇` over `（1）用Runnable还是Thread？`),
                    // or an item that announces questions over lines that ask (`17.MongoDB面试题`
                    // over `什么是MongoDB?` and its answer): the questions are the cards, the
                    // line names them.
                    // (So does a name over numbered concepts, `Zookeeper 的有序节点` over `1.
                    // Zookeeper 抽象模型` … `6.羊群效应`, each over its own lines.)
                    Rule::Numbered if outline_parent && n.plain => asked(seg) || concepts(seg),
                    _ if lists_questions && asked(seg) => true,
                    _ if !labelled => false,
                    // Lines that explain (`一直请求缓存和数据库里都没有的数据，导致…`) are the
                    // label's answer, not names under it.
                    Rule::Explained => {
                        let sentences = seg
                            .entries
                            .iter()
                            .filter(|&&k| {
                                let ks = kids[k].shape();
                                // (`大电气化改变了每个主要行业` over its points: a
                                // statement, explained or not, is no name.)
                                intro_sentence(ks)
                                    || has_children(kids[k]) && super::shape::tells_zh(&ks.text)
                            })
                            .count();
                        sentences == 0
                            || seg.entries.len() >= 4 && sentences * 4 <= seg.entries.len()
                    }
                    Rule::Term | Rule::Label => true,
                    // Numbered terms, or numbered questions (`C#：` over `1.简述…`
                    // `2.String是一种什么类型…？`): the label is their subject.
                    Rule::Numbered => {
                        let count = |f: &dyn Fn(&Shape) -> bool| {
                            seg.entries.iter().filter(|&&k| f(kids[k].shape())).count()
                        };
                        // (Or every one names a term or labels its own points, `2.数据库设计的
                        // 步骤：` beside `3.范式分析：…`.)
                        count(&|s| s.term.is_some()) * 2 > seg.entries.len()
                            || seg.entries.len() >= 2
                                && count(&|s| s.term.is_some() || s.label && !s.part)
                                    == seg.entries.len()
                            || concepts(seg)
                            || count(&|s| s.question || crate::text::is_prompt(&s.text)) * 3
                                > seg.entries.len() * 2
                    }
                    // (`Importance of context:` over `- To whom are we communicating ?` and more
                    // that ask: the label is their subject.)
                    Rule::BulletQuestion => {
                        let items = kids.iter().filter(|k| k.is_item()).count();
                        let asking = seg
                            .entries
                            .iter()
                            .filter(|&&k| kids[k].shape().explicit)
                            .count();
                        // (Not `**Steps**:` over the steps, whatever mood they are in.)
                        let part = sh.part || sh.label_only_part();
                        !part && asking >= 3 && asking * 3 >= items
                    }
                    _ => false,
                };
                // A bold name among bold sub-sections (`**Surveys**` over its points) is a
                // card, its list the answer, unless every item under it is a term of its own.
                let bold_name = seg.rule == Rule::Label
                    && sh.bold
                    && !sh.label
                    && bold_sections(nodes, &seg.entries);
                let whole = |inner: &Segmentation| {
                    matches!(inner.rule, Rule::Term | Rule::Explained)
                        && inner.entries.len() == kids.iter().filter(|k| !is_blank_node(k)).count()
                };
                // (A chapter's introduction, sentences over lines of their own, `在单机场景下，
                // …。` over `阻塞锁通常使用互斥量来实现：`, is no entry: the concepts after it are.)
                let past_intro = |mut inner: Segmentation| {
                    let ks = |k: usize| kids[k].shape();
                    let lead = inner
                        .entries
                        .iter()
                        .take_while(|&&k| ks(k).sentence && ks(k).term.is_none())
                        .count();
                    let rest = &inner.entries[lead..];
                    if chapter
                        && lead > 0
                        && rest.len() >= 3
                        && rest
                            .iter()
                            .all(|&k| has_children(kids[k]) && !ks(k).sentence && !ks(k).part)
                    {
                        inner.entries.drain(..lead);
                    }
                    inner
                };
                if let Some(inner) = self
                    .segment(&kids, sh, Gloss::All)
                    .map(past_intro)
                    .filter(glossary)
                    .filter(|inner| !bold_name || whole(inner))
                {
                    self.trace(
                        n.line,
                        Rule::TopicHeading,
                        format!("«{}» introduces the questions under it", trim(&n.title)),
                    );
                    // `**Prokaryotes** - no nucleus:` over `**Bacteria** - …`: a term defined on
                    // its own line is a card too, and names the terms under it.
                    let parts = term_parts(n);
                    let defined = parts.is_some_and(|(_, def)| {
                        // (Not a remark in brackets: `Drug Testing 1: (anti-depressant)`.)
                        let def = super::shape::strip_enclosed(def);
                        crate::text::chars(trim(&def).trim_end_matches([':', '：'])) >= 2
                    }) && !sh.part_term()
                        && !announces;
                    // `2.2 评估方法` with its own introduction over `2.2.1` `2.2.2`, or a
                    // chapter's over its concepts: a card of that introduction, beside them.
                    let introduced = (sub_sections(&inner) || chapter)
                        && inner
                            .entries
                            .first()
                            .is_some_and(|&f| kids[..f].iter().any(|k| !is_blank_node(k)));
                    // (In an outline, a name over concepts each explained by their own
                    // points, `政治协商会议` over `出席党派` and `五项协定`, is explained by
                    // them: a card too, as a heading with sections is.)
                    // (Not a name for kinds of things, `- terms`, `- People`, `- tech,
                    // features`: it only groups them.)
                    let kinds = names_kinds(&sh.text);
                    // (Nor is one that counts the kinds it names, `4种I/O方式` over `程序I/O：…`
                    // and the rest: what the four are is a question of its own.)
                    let counted = outline_parent
                        && inner.rule == Rule::Term
                        && counts_entries(&sh.text)
                        && !sh.label;
                    // (Nor one set apart by rules among blocks that each are a card,
                    // `- Access modifiers rules:` over its terms between `---` lines.)
                    // (Not the first of the terms, `- Joint Point:` over its own line.)
                    let separated = seg.rule == Rule::Separated
                        && labelled
                        && inner.entries.first().copied()
                            == kids.iter().position(|k| !is_blank_node(k));
                    let defined = defined
                        || counted
                        || separated
                        || outline_parent
                            && inner.rule == Rule::Explained
                            && !sh.question_list
                            && !kinds;
                    let name = if defined || introduced {
                        // (Its answer keeps the terms under it, as a heading's does; a
                        // chapter's, its introduction.)
                        let mut d =
                            Draft::new(topic, n.line..n.head_end, n.title.clone(), seg.rule);
                        d.plain = n.plain;
                        let first = inner.entries.first().copied().unwrap_or(kids.len());
                        let body = if defined { &kids[..] } else { &kids[..first] };
                        d.body = body.iter().map(|c| c.line..c.end).collect();
                        self.out.drafts.push(d);
                        parts
                            .filter(|_| defined)
                            .map_or(n.title.clone(), |(term, _)| term.to_string())
                    } else {
                        self.unused(n.line..n.head_end, Reason::TopicLine);
                        n.title.clone()
                    };
                    let name = crate::text::plain_inline(&name);
                    let name = name.trim_end_matches([' ', '-', ':', '：', '=']);
                    // A title that only announces questions names no subject.
                    let t = if announces {
                        topic.to_string()
                    } else {
                        self.sub_topic(topic, name)
                    };
                    let rest = self.emit_segmentation(&kids, inner, &t);
                    for r in rest.into_iter().filter(|_| !introduced) {
                        self.unused_node(r, Reason::Intro);
                    }
                    let taken = if listed_after { run } else { 0 };
                    left.extend(following[taken..].iter().copied());
                    continue;
                }
            }
            // After the last of the paragraphs that open with their bold name, past a `---`
            // rule, blocks that hold questions of their own (`extras!` over `term: …` lines)
            // are none of its answer.
            if e + 1 == seg.entries.len() && seg.bold_term && matches!(n.kind, Kind::Para) {
                if let Some(r) = following.iter().position(|m| matches!(m.kind, Kind::Rule)) {
                    let rest = &following[r + 1..];
                    if let Some(tail) = self.segment(rest, &Shape::default(), Gloss::All) {
                        left.push(following[r]);
                        left.extend(self.emit_segmentation(rest, tail, topic));
                        following.truncate(r);
                    }
                }
            }
            // After the last entry, three or more blocks explained by their children (the notes
            // go on as `term：` + explanation blocks): its answer ends where they begin.
            if e + 1 == seg.entries.len() && following.len() >= 3 {
                let tail = self
                    .segment(&following, &Shape::default(), Gloss::All)
                    .filter(|t| t.rule == Rule::Explained && t.entries.len() >= 3);
                if let Some(mut tail) = tail {
                    // Its entries index `following`; the blocks before the first stay this
                    // card's answer, and the rest is re-indexed from there.
                    let at = tail.entries[0];
                    let rest = following.split_off(at);
                    tail.entries.iter_mut().for_each(|k| *k -= at);
                    tail.before = None;
                    left.extend(self.emit_segmentation(&rest, tail, topic));
                }
            }
            // An outline item over points of its own and then concepts each explained under
            // it (`- pressure` over `p = F/A` …, then `ideal gas law:` over its points and
            // `STP: …`): those concepts are cards of their own, the item's topic; its answer
            // is the points before them.
            // (Under a question, `new和malloc 区别`, they are the aspects of its answer.)
            // (So are they under a bullet of an interview log that asks nothing: `RPC设计`
            // over `长/短链接`, `负载均衡` with what was said about each.)
            let concepts = (matches!(seg.rule, Rule::Explained | Rule::BulletQuestion)
                && n.is_item()
                && !n.plain
                && !sh.question)
                .then(|| nested_concepts(&body_kids))
                .flatten();
            // So is a numbered entry over points numbered again (`6.影响研究` over `1) 流传学`
            // `2) 渊源学`), each with an answer of its own under it.
            // (Not the sides the entry names, `5. var vs let vs const` over `1) const` …, or
            // `10. async/await` over `1) async` `2) await`: the parts of one answer.)
            let sides = |at: usize| all_sides(&sh.text, &body_kids[at..]);
            let concepts = concepts.or_else(|| {
                (seg.rule == Rule::Numbered && !sh.explicit)
                    .then(|| answered_subitems(&body_kids))
                    .flatten()
                    .filter(|&at| !sides(at))
            });
            if let Some(at) = concepts {
                let inner: Vec<&Node> = body_kids.split_off(at);
                let name =
                    crate::text::plain_inline(term_parts(n).map_or(n.title.as_str(), |p| p.0));
                let t = self.sub_topic(topic, name.trim_end_matches([' ', ':', '：', '-']));
                let numbered = seg.rule == Rule::Numbered;
                let entries = (0..inner.len())
                    .filter(|&k| !is_blank_node(inner[k]) && (!numbered || inner[k].is_item()))
                    .collect();
                let (rule, attach) = if numbered {
                    (Rule::Numbered, Attach::Following)
                } else {
                    (Rule::Explained, Attach::Blocks)
                };
                if let Some(inner_seg) = Segmentation::new(rule, entries, attach) {
                    for r in self.emit_segmentation(&inner, inner_seg, &t) {
                        self.unused_node(r, Reason::Intro);
                    }
                }
            }
            let mut d = Draft::new(topic, n.line..n.head_end, n.title.clone(), seg.rule);
            // (A term opening its line, `**Primary** data is…`, splits as `term: definition`
            // does; one inside the sentence names the card, the sentence answers it.)
            let inside = !trim(&n.title).starts_with("**");
            if let Some(term) = seg.bold_term.then(|| bold_term(&n.title)).flatten() {
                if inside {
                    d.question = term.to_string();
                    d.inline = Some(n.title.clone());
                }
            }
            // (In a glossary of both, `Git pull: git fetch; git merge` splits at its colon.)
            let colon_first = matches!(n.kind, Kind::Para) && !dash_named(n);
            if let Some((q, a)) = seg
                .dash
                .then(|| dash_split(&n.title, matches!(n.kind, Kind::Para)))
                .flatten()
                .filter(|_| !colon_first)
            {
                d.question = q.to_string();
                d.inline = Some(a.to_string());
                // (Named by the bold words that open it, the rest of its name, `(LBYL)
                // convention for…`, defines it too.)
                if let Some(b) = opening_bold(q).filter(|_| matches!(n.kind, Kind::Para)) {
                    d.question = b.to_string();
                    d.inline = Some(trim(&n.title).to_string());
                }
            }
            if let Some((q, a)) = seg.bracketed.then(|| bracket_named(n)).flatten() {
                d.question = q.to_string();
                d.inline = Some(a.to_string());
            }
            d.plain = n.plain;
            // (`● How would you set up a VLAN on a switch port` wrapped onto `so that two teams
            // share one switch?`: the question goes on to its mark on the next line.)
            if seg.rule == Rule::BulletQuestion && !trim(&n.title).ends_with(['?', '？']) {
                if let Some(k) = body_kids.first().filter(|k| {
                    matches!(k.kind, Kind::Text)
                        && k.line == n.head_end
                        && k.end == k.line + 1
                        && trim(self.lines[k.line]).ends_with(['?', '？'])
                }) {
                    d.head = n.line..k.end;
                    d.question = format!("{} {}", trim(&n.title), trim(self.lines[k.line]));
                    body_kids.remove(0);
                }
            }
            d.body = body_kids.iter().map(|c| c.line..c.end).collect();
            if let Some(name) = matches!(n.kind, Kind::Quote)
                .then(|| stated_callout(&n.title))
                .flatten()
            {
                // The callout's first line names it; the quoted lines below state it.
                // (An untitled definition, `>[!definition]` over `>A **set** is…`, is named
                // by the term it sets in bold.)
                // (A label in bold may go on with the text on its line, `> **Definition:**
                // the **n-dimensional space** …`: the term is named there, and it answers.)
                let defined = ["definition", "def", "定义"].contains(&name.to_lowercase().as_str());
                let rest = after_bold_label(self.lines[n.line]);
                let lines: Vec<&str> = rest
                    .into_iter()
                    .chain(
                        self.lines[n.line + 1..n.end.min(self.lines.len())]
                            .iter()
                            .copied(),
                    )
                    .collect();
                d.question = defined
                    .then(|| bold_term_in(&lines))
                    .flatten()
                    .unwrap_or(name);
                // (Its lines then read on from that text, out of the quote.)
                d.unquote = rest.is_some();
                d.inline = rest.map(str::to_string);
                d.head = n.line..n.line + 1;
                d.body.insert(0, n.line + 1..n.end);
            }
            // A bare label right before the next entry (`另外两个常用假设：` between groups of
            // terms) introduces that entry's group; it is no part of this answer.
            let intro = following.last().copied().filter(|m| {
                let ms = m.shape();
                e + 1 < seg.entries.len()
                    && matches!(m.kind, Kind::Para)
                    && ms.label
                    && ms.term.is_none()
                    && m.children.is_empty()
            });
            for &m in &following {
                let takes = match seg.attach {
                    Attach::Following => true,
                    // A sub-heading after the last item (`### Implementation` under `## Locks`)
                    // is part of the section's answer, not of that item's.
                    Attach::Blocks => {
                        // (`- Similarities:` and `- Differences` after `- What’s the
                        // similarities and differences of the two?`, with no answer under
                        // it: the parts of its answer.)
                        let part = m.is_item() && m.shape().part && !m.shape().explicit;
                        let bare = n.shape().question && !has_children(n);
                        (!m.is_item() || part && bare)
                            && !matches!(m.kind, Kind::Heading(_))
                            && !intro.is_some_and(|x| std::ptr::eq(x, m))
                            && !container_fence(m)
                    }
                };
                if takes {
                    d.body.push(m.line..m.end);
                } else {
                    left.push(m);
                }
            }
            self.trace(
                n.line,
                seg.rule,
                format!("«{}» is a question", trim(&n.title)),
            );
            self.out.drafts.push(d);
        }
        left
    }
}

/// Words that end a Chinese name of kinds (`进程通信方法`, `负载均衡算法`).
const ZH_KINDS: &[&str] = &[
    "算法", "方式", "方法", "策略", "类型", "种类", "分类", "模式", "机制",
];

/// A round of an interview log written as a list of what was asked: five bullets or more at
/// the margin, two thirds of them short names or phrases (`- 秒杀`, `- haspmap的原理`) and
/// not sentences (nor links: a list of references is no round), with no prose around them.
fn topic_log(own: &[&Node]) -> bool {
    let items: Vec<&Shape> = own
        .iter()
        .filter(|n| matches!(n.kind, Kind::Item { ordered: false }))
        .map(|n| n.shape())
        .collect();
    // (Or what was asked with its answer after a colon, `- round：四舍五入…`: its name is.)
    let short = items
        .iter()
        .filter(|s| crate::text::chars(&entry_name(s)) <= 30 && !s.sentence && !s.link)
        .count();
    // (A section of prose over lists, `浏览器进程包括：` over the processes, explains.)
    let prose = own.iter().any(|n| {
        let s = n.shape();
        matches!(n.kind, Kind::Para) && (s.chars > 40 || s.text.ends_with([':', '：']))
    });
    items.len() >= 5 && short * 3 >= items.len() * 2 && !prose
}

/// A name for kinds of things rather than one thing: `terms`, `People`, `tech, features`,
/// `different types of learning`.
fn names_kinds(text: &str) -> bool {
    let t = text.trim_end_matches([':', '：']);
    let words: Vec<&str> = t.split_whitespace().collect();
    let lower = t.to_lowercase();
    t.contains(['/', ',', '，', '、'])
        || ["types of", "kinds of", "different types"]
            .iter()
            .any(|k| lower.contains(k))
        || t.is_ascii()
            && words.len() <= 2
            && words
                .last()
                .is_some_and(|w| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
}

/// The one item under an outline item that names kinds of things (`different types of
/// learning for PEOPLE`), when that item is a concept explained by points of its own: a name
/// (not a list of names, nor a description, `a family of subsets of Ω`), no answer part.
fn single_concept(n: &Node) -> Option<&Node> {
    let sh = n.shape();
    if !n.is_item() || sh.question || sh.term.is_some() || sh.sentence || !names_kinds(&sh.text) {
        return None;
    }
    let mut kids = n.children.iter().filter(|c| !is_blank_node(c));
    let only = kids.next()?;
    let os = only.shape();
    let described = ["a ", "an ", "the "]
        .iter()
        .any(|a| os.text.to_lowercase().starts_with(a));
    (kids.next().is_none()
        && only.is_item()
        && has_children(only)
        && !described
        && !names_kinds(&os.text)
        && os.titled()
        && !os.part
        && !os.sentence
        && !os.question
        && os.term.is_none())
    .then_some(only)
}

/// Where the concepts nested at the end of an item's children start: two or more items,
/// each a name over points of its own (`ideal gas law:` over `pV = nRT` …) or a term with its
/// definition (`STP: standard temperature and pressure`), after at least one point of the
/// item's own. Answer parts (`Advantages`, `Example`) and statements are no concepts.
fn nested_concepts(kids: &[&Node]) -> Option<usize> {
    let concept = |k: &Node| concept_item(k);
    let mut at = kids.len();
    while at > 0 && (concept(kids[at - 1]) || is_blank_node(kids[at - 1])) {
        at -= 1;
    }
    while at < kids.len() && is_blank_node(kids[at]) {
        at += 1;
    }
    let count = kids[at..].iter().filter(|k| concept(k)).count();
    let explained = kids[at..].iter().filter(|k| has_children(k)).count();
    (at > 0 && count >= 2 && explained >= 1).then_some(at)
}

/// An item or line defining its term (`fixed costs (FC) = constant …`, `Average Cost =
/// TC / Q`), not an answer part and not a clause.
fn glossary_term(n: &Node) -> bool {
    let s = n.shape();
    s.term.is_some() && !s.part_term() && !s.clause
}

/// A segmentation of terms defined on their own lines (`1. **B包含A**：若…`), every entry.
fn glossary_segmentation(nodes: &[&Node], seg: &Segmentation) -> bool {
    matches!(seg.rule, Rule::Numbered | Rule::Term)
        && seg.entries.len() >= 2
        && seg.entries.iter().all(|&k| glossary_term(nodes[k]))
}

/// A line of text that introduces a list of two terms or more under it, all defined on
/// their lines (`事件的运算满足以下规则：` over `1. **交换律**：…`).
fn continues_glossary(n: &Node) -> bool {
    let s = n.shape();
    let kids: Vec<&Node> = n.children.iter().filter(|c| !is_blank_node(c)).collect();
    matches!(n.kind, Kind::Para)
        && s.text.ends_with([':', '：'])
        && s.chars <= 60
        && s.term.is_none()
        && kids.len() >= 2
        && kids.iter().all(|c| c.is_item() && glossary_term(c))
}

/// Labels (`- 2 important types of costs:`, `Other Costs include:`) each over two or more
/// items most of which define their terms (nested under an item label, or right after a
/// line label), and nothing else: per label, the label and its items.
fn labelled_terms<'n>(own: &[&'n Node]) -> Option<Vec<(&'n Node, Vec<&'n Node>)>> {
    let label = |n: &Node| {
        let s = n.shape();
        // (An introduction in sentences, `…内存里始终只有一道作业。它的主要特征如下：`, tells
        // what its own answer lists.)
        (n.is_item() || matches!(n.kind, Kind::Para))
            && s.text.ends_with([':', '：'])
            && s.chars <= 80
            && !s.text.contains(['。', '；'])
            && !s.text.contains(". ")
            && !as_follows(&s.text)
            && s.term.is_none()
            && !s.part
    };
    let mut groups: Vec<(&Node, Vec<&Node>)> = Vec::new();
    let mut k = 0;
    while k < own.len() {
        let n = own[k];
        k += 1;
        if is_blank_node(n) {
            continue;
        }
        if !label(n) {
            return None;
        }
        let items: Vec<&Node> = if n.is_item() && has_children(n) {
            n.children.iter().filter(|c| !is_blank_node(c)).collect()
        } else {
            let run: Vec<&Node> = own[k..]
                .iter()
                .copied()
                .take_while(|m| m.is_item())
                .collect();
            k += run.len();
            run
        };
        let terms = items.iter().filter(|m| glossary_term(m)).count();
        if items.len() < 2 || terms * 3 < items.len() * 2 || !items.iter().all(|m| m.is_item()) {
            return None;
        }
        groups.push((n, items));
    }
    let terms: usize = groups.iter().map(|g| g.1.len()).sum();
    (terms >= 3).then_some(groups)
}

/// The one outline item that is all of a heading's text, when it names a concept of its
/// own (not the heading's name again) over two or more points.
fn lone_concept(own: &[&Node], sh: &Shape) -> Option<Segmentation> {
    // (A picture beside it, `![Knee Jerk Reflex](…)`, illustrates; it is no other item.)
    let k = only_block(own, is_image)?;
    let n = own[k];
    let named = concept_item(n)
        && n.children.len() >= 2
        && n.shape().term.is_none()
        && !sh.question
        && !sh.part
        && entry_name(n.shape()) != entry_name(sh)
        && kind_of(&entry_name(n.shape()), &entry_name(sh));
    // (Or a term it defines in bold, `**Patellar Stretch Reflex** - Maintains…`, over the
    // points and terms that explain it: the heading only leads to it.)
    let defined = n.is_item()
        && has_children(n)
        && !sh.question
        && !sh.part
        && super::subq::bold_term_text(trim(&n.title)).is_some();
    (named || defined).then(|| Segmentation::new(Rule::Explained, vec![k], Attach::Blocks))?
}

/// Where `own` is one block (blanks, and blocks `skip` passes over, aside): its index.
fn only_block(own: &[&Node], skip: impl Fn(&Node) -> bool) -> Option<usize> {
    let mut blocks = (0..own.len()).filter(|&k| !is_blank_node(own[k]) && !skip(own[k]));
    match (blocks.next(), blocks.next()) {
        (Some(k), None) => Some(k),
        _ => None,
    }
}

/// The one outline item that is all of a heading's text, a concept over points of its own.
fn lone_outline_item(own: &[&Node]) -> Option<Segmentation> {
    let k = only_block(own, |_| false)?;
    let n = own[k];
    (n.is_item() && has_children(n) && concept_item(n))
        .then(|| Segmentation::new(Rule::Explained, vec![k], Attach::Blocks))?
}

/// The one outline item that is all of a heading's text, when it only labels what is under
/// it: a name for points in general (`记背考点`, `一些记忆点：`, `Key points`), or a name
/// set in bold (`**辛亥革命**`), the author's sub-heading. Returns the item, and whether it
/// names the cards' subject (the bold name does).
fn lone_wrapper<'n>(own: &[&'n Node], sh: &Shape) -> Option<(&'n Node, bool)> {
    // (Under a date, `## 06.18`, the one item names the day's subject.)
    let dated = crate::outline::plain::is_date(sh.text.trim());
    lone_item(own, sh, dated)
}

/// [`lone_wrapper`]'s item, `any_name` taking one of any name.
fn lone_item<'n>(own: &[&'n Node], sh: &Shape, any_name: bool) -> Option<(&'n Node, bool)> {
    let n = own[only_block(own, |_| false)?];
    let s = n.shape();
    let name = n.is_item()
        && !sh.question
        && !s.question
        && !s.explicit
        && !s.sentence
        && !s.part
        && s.term.is_none()
        && s.chars <= 16
        && n.children.iter().filter(|c| !is_blank_node(c)).count() >= 2;
    let generic = super::shape::names_points(s.text.trim_end_matches([':', '：']));
    (name && (generic || s.bold || any_name)).then_some((n, !generic))
}

/// Entries that are concepts of an outline: two or more, most of the items, each named in a
/// few words over points of its own.
fn outline_of_concepts(kids: &[&Node], seg: &Segmentation) -> bool {
    let items = kids.iter().filter(|k| !is_blank_node(k)).count();
    seg.rule == Rule::Explained
        && seg.entries.len() >= 2
        && seg.entries.len() * 3 >= items * 2
        && seg.entries.iter().all(|&k| {
            let ks = kids[k].shape();
            has_children(kids[k]) && !ks.sentence && !ks.part
        })
}

/// `### Client-Server Model` under `## Network Models`: a sub-heading named, in two words
/// or more, as one of the kinds its heading names.
fn named_kind(s: &Node, heading: &Shape) -> bool {
    let name = entry_name(s.shape());
    let worded = name
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .count()
        >= 2;
    worded && kind_of(&name, &entry_name(heading))
}

/// `处理时延：` under `## 链路上的时延（路由器的）`: a label naming a kind of what its heading
/// names. A Chinese name ends in the kind (`建立假设，确定检验水准` under `单样本t检验` holds
/// the word but names a step); a Latin one as [`kind_of`] reads it.
fn labels_kind(name: &str, heading: &Shape) -> bool {
    let heading = entry_name(heading);
    match cjk_kind(&heading) {
        Some(kind) => name.ends_with(&kind) && name != kind,
        None => kind_of(name, &heading),
    }
}

/// The kind a Chinese heading names: the last two characters of its last word, its closing
/// remark aside (`时延` in `交换机的时延（路由器的）`).
fn cjk_kind(heading: &str) -> Option<String> {
    let heading = super::trailing_remark(heading).map_or(heading, |r| r.0);
    let tail: Vec<char> = heading
        .split_whitespace()
        .last()?
        .chars()
        .rev()
        .take(2)
        .collect();
    (tail.len() == 2 && tail.iter().all(|&c| crate::clean::is_cjk(c)))
        .then(|| tail.iter().rev().collect())
}

/// `isochoric process` under `Thermodynamic processes`: the name is one of the kind the
/// heading names, its head noun the heading's last word (in the singular).
fn kind_of(name: &str, heading: &str) -> bool {
    // (A closing remark, `交换机的时延（路由器的）`, is no part of what it names.)
    let heading = super::trailing_remark(heading).map_or(heading, |r| r.0);
    // (An emoji set before it, `🏡Addressing`, is no part of the word.)
    let Some(last) = heading
        .split_whitespace()
        .last()
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
    else {
        return false;
    };
    // (`自上而下分析法` under `句型分析`: a Chinese name of the kind ends in it or holds its
    // last two characters.)
    if let Some(kind) = cjk_kind(heading) {
        return name.contains(&kind);
    }
    let ies = last.strip_suffix("ies").map(|stem| format!("{stem}y"));
    // (Its head noun is its last word: `Spaced Repetition schedules` is no kind of
    // repetition.)
    let head = name
        .split_whitespace()
        .last()
        .unwrap_or_default()
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    if let Some(one) = ies.filter(|one| one.len() >= 3) {
        return head == one || head == last;
    }
    let singular = last
        .strip_suffix("es")
        .filter(|s| s.ends_with("ss") || s.ends_with('x') || s.ends_with("ch"))
        .or_else(|| last.strip_suffix('s'))
        .unwrap_or(last);
    singular.len() >= 3 && (head == singular || head == last)
}

/// `dA = height * width`, `x**2 + y**2 = 5**2`: an equation written out, with operators
/// beside its `=`, that does not ask.
fn formula_line(s: &Shape) -> bool {
    let t = s.text.replace("\\*", "*");
    // (Display math on its own line, `$$P(A \mid B) = \frac{…}{…}$$`, however written.)
    if t.trim_start().starts_with("$$") && t.trim_end().ends_with("$$") {
        return true;
    }
    !s.explicit
        && t.contains('=')
        && !t.contains("==")
        && t.split('=').count() >= 2
        && t.chars()
            .any(|c| matches!(c, '*' | '/' | '+' | '^' | '−' | '×' | '÷'))
}

/// `定义: …满足下列条件:`, `The process has the following steps:`: a paragraph that
/// announces the list under it.
fn announces_list(n: &Node) -> bool {
    let t = trim(&n.title);
    matches!(n.kind, Kind::Para)
        && t.ends_with([':', '：'])
        && crate::text::chars(t) > 12
        && ["下列", "以下", "如下", "the following"]
            .iter()
            .any(|w| t.to_lowercase().contains(w))
        // (Not `The following terms … have specific meanings:`: terms are cards.)
        && !["term", "术语", "名词", "概念", "definition", "vocabulary", "keyword"]
            .iter()
            .any(|w| t.to_lowercase().contains(w))
}

/// `ZSet 底层怎么实现？` over `元素少时用 listpack…` with no blank line between: a paragraph
/// whose first line asks and whose next lines answer.
fn asked_and_answered(n: &Node, s: &Shape) -> bool {
    matches!(n.kind, Kind::Para)
        && n.end - n.line >= 2
        && s.explicit
        && s.chars <= 100
        && trim(&n.title).ends_with(['？', '?'])
}

/// `Coupling - a measure of how closely…`: a paragraph that names a term in a few words
/// before a spaced dash and defines it after (not `Cyclomatic complexity = 4 - 4 + 2`, nor a
/// sentence with a dash in it).
fn dash_named(n: &Node) -> bool {
    matches!(n.kind, Kind::Para)
        && dash_split(&n.title, true).is_some_and(|(q, _)| {
            // (`**Look before you leap** (LBYL) convention for… - encourages…`: named by its
            // bold words.)
            let bold = opening_bold(q);
            let q = bold.unwrap_or(q);
            // (A name takes no article: `Skipped the "code" step entirely - …` tells.)
            let told = q
                .split_whitespace()
                .any(|w| ["the", "a", "an"].contains(&w.to_lowercase().as_str()));
            let q = crate::text::plain_inline(q);
            // (Set in bold, the author says it is a name: longer, and worded as it likes.)
            let (words, chars) = if bold.is_some() { (8, 60) } else { (5, 40) };
            q.split_whitespace().count() <= words
                && crate::text::chars(&q) <= chars
                && !q.contains(['=', '.', ',', ':', '：'])
                && q.starts_with(|c: char| c.is_uppercase() || crate::clean::is_cjk(c))
                && (bold.is_some() || !Shape::of(&q).clause && !told)
        })
}

/// `**Look before you leap** (LBYL) …`: the bold words that open a line.
fn opening_bold(t: &str) -> Option<&str> {
    opening_bold_split(t)
        .map(|(inner, _)| inner)
        .filter(|b| !b.is_empty())
}

/// `**Definition - Span:** the set of…` → (`Definition - Span:`, ` the set of…`): the text a
/// line opens with in bold, trimmed, and what follows its closing marks.
fn opening_bold_split(t: &str) -> Option<(&str, &str)> {
    let inner = trim(t).strip_prefix("**")?;
    let close = inner.find("**")?;
    Some((inner[..close].trim(), &inner[close + 2..]))
}

/// `Broker Composition Pattern (Message broker, asynchronous)`: an item that names a
/// concept in a few words and explains it in the brackets closing its line. The name and the
/// explanation.
fn bracket_named(n: &Node) -> Option<(&str, &str)> {
    let t = trim(&n.title);
    let (name, inside, closed) = crate::extract::trailing_remark(t)?;
    let words = inside.split_whitespace().count();
    let explains =
        words >= 3 || crate::text::chars(inside) >= 8 && inside.contains(crate::clean::is_cjk);
    // (Not a count, `4 writes (3 indirect blocks; 1 data)`: a result, no name.)
    let named = name.split_whitespace().count() <= 6
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && crate::text::chars(name) <= 40
        && !name.contains(['(', '（', ':', '：', '?', '？'])
        && !Shape::of(name).question;
    (n.is_item() && closed && (explains && named || glossed(name, inside)))
        .then_some((name, inside))
}

/// `李さんは電車に乗りました。（表示附着点）`: an example sentence, ended, glossed in brackets
/// as language notes write them. The sentence is the card, the gloss its answer, however short
/// (`（转折）`); the examples after it on its lines are answer too.
fn glossed(name: &str, inside: &str) -> bool {
    name.trim_end().ends_with(['。', '！', '.', '!'])
        && inside.contains(crate::clean::is_cjk)
        && crate::text::chars(inside) >= 2
}

/// `この荷物を送ってください。` over `（命令或要求某人做某事）`: an example sentence, ended,
/// whose gloss in brackets is the line below it (or a line of dialogue answering it,
/// `ーーいいえ、時間によります。`, glossed further down).
fn glossed_below(n: &Node) -> bool {
    n.is_item()
        && trim(&n.title).ends_with(['。', '！', '？', '.', '!', '?'])
        && n.children.first().is_some_and(|c| {
            let g = trim(&c.title);
            let gloss =
                g.starts_with('（') && g.ends_with('）') && g.contains(crate::clean::is_cjk);
            matches!(c.kind, Kind::Text) && (gloss || g.starts_with("ーー") || g.starts_with("——"))
        })
}

/// An example sentence glossed in brackets on its line or the line below.
fn glossed_example(n: &Node) -> bool {
    bracket_named(n).is_some_and(|(name, inside)| glossed(name, inside)) || glossed_below(n)
}

/// A glossary rule may split the owner's text: glossaries are allowed there and the owner
/// does not ask outright (under a question, its terms are the answer).
fn splits_glossary(owner: &Shape, gloss: Gloss) -> bool {
    gloss != Gloss::None && !owner.explicit
}

/// Rule `term`, written as items `Name (explanation)`, three or more and two thirds of the
/// section's items (`- Proxy Composition Pattern (Gateway API, all requests go here…)`):
/// a glossary, the name the card, what the brackets say its answer.
fn bracketed_terms(
    nodes: &[&Node],
    cand: &[(usize, &Shape)],
    owner: &Shape,
    gloss: Gloss,
) -> Option<Segmentation> {
    if !splits_glossary(owner, gloss) {
        return None;
    }
    let items: Vec<usize> = cand
        .iter()
        .filter(|(i, _)| nodes[*i].is_item())
        .map(|c| c.0)
        .collect();
    let named: Vec<usize> = items
        .iter()
        .copied()
        .filter(|&i| {
            bracket_named(nodes[i])
                .is_some_and(|(name, inside)| !has_children(nodes[i]) || glossed(name, inside))
                || glossed_below(nodes[i])
        })
        .collect();
    (named.len() >= 3 && named.len() * 3 >= items.len() * 2).then_some(Segmentation {
        bracketed: true,
        ..Segmentation::new(Rule::Term, named, Attach::Blocks)?
    })
}

/// `Static properties: can be inferred…`: named before a colon, in a few words (not
/// `Cyclomatic complexity = 4 - 4 + 2`, a result).
fn colon_named(n: &Node) -> bool {
    colon_name(n).is_some_and(|(name, _)| crate::text::chars(&name) <= 40)
}

/// The name a `name：definition` head gives before its colon, in plain text (colon kept),
/// and as written.
fn colon_name(n: &Node) -> Option<(String, &str)> {
    let (t, _) = term_parts(n)?;
    let name = crate::text::plain_inline(t).trim_end().to_string();
    name.ends_with([':', '：']).then_some((name, t))
}

/// Rule `term`, written as paragraphs `Name - definition` (`Coupling - a measure of…`,
/// `Safety - protection from accidental misuse`), with `Name: definition` and labels over
/// their lists among them: the glossary of English lecture notes. Two or more dashed, and
/// the section opening with them, two thirds of its paragraphs up to the last: each is a
/// card, what follows it (its list, its examples, a remark) its answer.
fn dashed_terms(
    nodes: &[&Node],
    cand: &[(usize, &Shape)],
    owner: &Shape,
    gloss: Gloss,
) -> Option<Segmentation> {
    if !splits_glossary(owner, gloss) {
        return None;
    }
    let para = |i: usize| matches!(nodes[i].kind, Kind::Para);
    let entry = |i: usize, s: &Shape| {
        dash_named(nodes[i])
            || para(i)
                && !s.part
                && !s.part_term()
                && !s.clause
                && !s.explicit
                && (s.term.is_some() && colon_named(nodes[i]) && !s.question
                    || s.label && right_over_list(nodes, i))
    };
    let entries: Vec<usize> = cand
        .iter()
        .filter(|(i, s)| entry(*i, s))
        .map(|c| c.0)
        .collect();
    let dashed = entries.iter().filter(|&&i| dash_named(nodes[i])).count();
    let (&first, &last) = (entries.first()?, entries.last()?);
    // (In plain text, where every line is a block, a bare name between them is a term too;
    // so is a line right under another, `GET - reads<br>` over `HEAD - …`: rule `term`
    // below reads those lines.)
    let lined = entries
        .windows(2)
        .any(|w| nodes[w[1]].line == nodes[w[0]].end);
    if nodes[first].plain || lined {
        return None;
    }
    let opens = cand
        .iter()
        .find(|(i, _)| para(*i))
        .is_some_and(|c| c.0 == first);
    let paras = cand.iter().filter(|(i, _)| para(*i) && *i <= last).count();
    (dashed >= 2 && entries.len() >= 3 && opens && entries.len() * 3 >= paras * 2).then_some(
        Segmentation {
            dash: true,
            ..Segmentation::new(Rule::Term, entries, Attach::Following)?
        },
    )
}

/// `交换机的主要作用是` right over `- 连接多个以太网物理段`: a sentence left open after its
/// verb (`是`, `包括`, `分为`), which the list under it finishes. It states; a word that
/// often asks (`作用`) does not make it a question.
fn leads_into_list(nodes: &[&Node], i: usize) -> bool {
    let t = trim(&nodes[i].title);
    matches!(nodes[i].kind, Kind::Para)
        && ["是", "为", "有", "包括", "包含", "分为", "如下"]
            .iter()
            .any(|w| t.ends_with(w))
        && nodes
            .get(i + 1..)
            .and_then(|rest| rest.iter().find(|n| !is_blank_node(n)))
            .is_some_and(|n| n.is_item())
}

/// `[^2]: 50 Common Interview Questions | The Muse`: a footnote's definition.
fn footnote_def(title: &str) -> bool {
    let t = trim(title);
    t.starts_with("[^")
        && t.find("]:")
            .is_some_and(|p| p > 2 && !t[2..p].contains(' '))
}

/// `P.80`, `p. 81`, `第81页`: where in the book, not a point of the notes.
fn page_ref(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    let num = |r: &str| !r.is_empty() && r.chars().all(|c| c.is_ascii_digit() || c == '-');
    ["p.", "p", "pp.", "page", "pg."]
        .iter()
        .any(|p| t.strip_prefix(p).is_some_and(|r| num(r.trim())))
        || t.strip_prefix('第')
            .and_then(|r| r.strip_suffix('页'))
            .is_some_and(num)
}

/// Where a run of numbered points starts among an entry's children, when each names
/// something in a few words and has an answer of its own (blocks after it, or children):
/// `1) 流传学` + its picture, `2) 渊源学` + its picture.
fn answered_subitems(kids: &[&Node]) -> Option<usize> {
    let at = kids
        .iter()
        .position(|k| matches!(k.kind, Kind::Item { ordered: true }))?;
    let items: Vec<usize> = (at..kids.len()).filter(|&k| kids[k].is_item()).collect();
    let named = items.iter().all(|&k| {
        let s = kids[k].shape();
        matches!(kids[k].kind, Kind::Item { ordered: true })
            && s.titled()
            && !s.sentence
            && crate::text::chars(&s.text) <= 30
    });
    let answered = items.iter().all(|&k| {
        has_children(kids[k])
            || kids
                .get(k + 1)
                .is_some_and(|m| !m.is_item() && !is_blank_node(m))
    });
    // (One alone is enough after the entry's own answer: `12. 文类学`, its picture, then
    // `1) 布吕纳介对文类学的影响` with its own.)
    let own = kids[..at].iter().any(|k| !is_blank_node(k));
    ((items.len() >= 2 || own && items.len() == 1) && named && answered).then_some(at)
}

/// An outline item that names a concept: a bullet (numbered items are steps) in a few words
/// over points of its own, or a term with its definition; no answer part (`Simple example`),
/// no statement, no question.
fn concept_item(k: &Node) -> bool {
    let s = k.shape();
    // (Numbered items are steps of what the item describes; `Simple example` is a part.)
    let last = s.text.split_whitespace().last().unwrap_or("");
    let first = s.text.split_whitespace().next().unwrap_or("");
    let name_ok = matches!(k.kind, Kind::Item { ordered: false })
        && s.num.is_none()
        && !super::shape::is_part(last)
        && !super::shape::is_part(first)
        && !s.part
        && !s.part_term()
        && !s.clause
        && !s.code
        && !s.question;
    name_ok
        && match s.term {
            // (The term's name in a few words: `guage pressure: this is relative…`.)
            // (A Chinese name is short: `对于各种范式之间的关系有：…` is a sentence.)
            Some(_) => term_parts(k).is_some_and(|(t, _)| {
                t.split_whitespace().count() <= 4 && (t.is_ascii() || crate::text::chars(t) <= 10)
            }),
            // (What is in brackets only qualifies it: `isochoric process (constant …)`.)
            None => {
                has_children(k)
                    && crate::text::chars(&super::shape::strip_enclosed(&s.text)) <= 40
                    && !s.sentence
                    && s.titled()
            }
        }
}

/// A line that names a run of numbered questions: `摩拜：放假时投的…` (a short name before a
/// colon, then a remark) or a short name alone (`京东金融`).
fn names_run(n: &Node) -> bool {
    let sh = n.shape();
    let name = run_name(n);
    // (`Incorrect : 3` counts a score; it names nothing.)
    let tally = sh.term.is_some_and(|at| {
        let rest = crate::text::plain_inline(sh.text.get(at..).unwrap_or(""));
        !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == '%')
    });
    matches!(n.kind, Kind::Para)
        && !sh.explicit
        && !tally
        && sh.num.is_none()
        && (1..=12).contains(&crate::text::chars(&name))
        && (sh.term.is_some() || !sh.sentence && sh.chars <= 12)
}

/// The name in a line that names a run: the text before its colon.
fn run_name(n: &Node) -> String {
    let t = crate::text::plain_inline(trim(&n.title));
    t.split(['：', ':']).next().unwrap_or("").trim().to_string()
}

impl Shape {
    /// The name before the colon of a term set in bold (`**方法论意义**：…`).
    fn bold_term_name(&self) -> Option<&str> {
        let at = self.term.filter(|_| self.bold)?;
        Some(
            self.text
                .get(..at)
                .unwrap_or("")
                .trim_end_matches([':', '：']),
        )
    }

    /// A label that only names an answer part (`优点：`).
    fn label_only_part(&self) -> bool {
        self.label && super::shape::is_part(self.text.trim_end_matches([':', '：']))
    }

    /// `优点：快` — a term that is an answer-part word (`**Lemma 1.** If…` too).
    fn part_term(&self) -> bool {
        self.term.is_some() && {
            let head = self.text.split(['：', ':']).next().unwrap_or("");
            self.part_name
                || super::shape::is_part(head)
                || head
                    .split_once(". ")
                    .is_some_and(|(name, _)| super::shape::is_part(name))
        }
    }
}

/// `理论:迭代比较相邻记录`: the short name before a colon that opens a line.
fn field_name(t: &str) -> Option<&str> {
    let at = t.find([':', '：'])?;
    let name = t[..at].trim();
    (!name.is_empty() && crate::text::chars(name) <= 6 && !name.contains(['*', '`', '[']))
        .then_some(name)
}

/// The bold or numbered lines (and plain fields, [`field_name`]) that recur in the own text of
/// two or more of `sections`.
fn templates(sections: &[&Node]) -> std::collections::HashSet<String> {
    let mut seen: std::collections::HashMap<&str, usize> = Default::default();
    // (A section pasted twice under one name repeats its sub-headings: one section, not a
    // template its siblings fill alike.)
    let mut names = std::collections::HashSet::new();
    if sections.len() >= 2 {
        for s in sections {
            if !names.insert(trim(&s.title)) {
                continue;
            }
            // (Cheap test first: only lines that open bold or numbered need their shapes.)
            let marked = |n: &Node| {
                let t = trim(&n.title);
                t.starts_with("**")
                    || t.starts_with("__")
                    || crate::outline::plain::numbering(t).is_some()
            };
            let mut here: Vec<&str> = Vec::new();
            for n in own_and_subs(s).0 {
                // (`* 理论:迭代比较…` under `##冒泡排序`, `* 理论:插入到…` under `##插入排序`:
                // the field of a template, typed plain before its colon.)
                if n.is_item() {
                    here.extend(field_name(trim(&n.title)));
                }
                if !(matches!(n.kind, Kind::Para | Kind::Item { .. }) && marked(n)) {
                    continue;
                }
                let sh = n.shape();
                if (sh.bold || sh.num.is_some()) && !sh.text.is_empty() {
                    here.push(sh.text.as_str());
                    // (A bold name before its colon, `**方法论意义**：…` in one section after
                    // another, recurs whatever follows it.)
                    here.extend(sh.bold_term_name());
                }
            }
            // (So do sub-headings: `### UNIX` and `### Windows` under both `## 进程的创建` and
            // `## 进程的层次结构` are the two halves of each answer.)
            here.extend(
                own_and_subs(s)
                    .1
                    .into_iter()
                    .map(|h| h.shape().text.as_str()),
            );
            here.sort_unstable();
            here.dedup();
            for t in here {
                *seen.entry(t).or_default() += 1;
            }
        }
    }
    seen.into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(t, _)| t.to_string())
        .collect()
}

/// Whether `sub` asks again about what `q` asks: a third or more of its pairs of ideographs
/// (question words aside) are in `q`, two at least.
fn restates(q: &str, sub: &str) -> bool {
    let asking = |c: char| "什么为何怎哪吗呢如是的".contains(c);
    let pairs = |t: &str| -> Vec<(char, char)> {
        let cs: Vec<char> = t.chars().collect();
        cs.windows(2)
            .filter(|w| w.iter().all(|&c| crate::clean::is_cjk(c) && !asking(c)))
            .map(|w| (w[0], w[1]))
            .collect()
    };
    let (of_q, of_sub) = (pairs(q), pairs(sub));
    let shared = of_sub.iter().filter(|p| of_q.contains(p)).count();
    shared >= 2 && shared * 3 >= of_sub.len()
}

/// Among bold questions, one that asks with its answer below it (`怎么深拷贝一个Object` over
/// `deep clone …`) is one too.
fn with_asking_paragraphs(
    nodes: &[&Node],
    cand: &[(usize, &Shape)],
    items: Vec<usize>,
    answered: bool,
) -> Vec<usize> {
    let Some(&first) = items.first() else {
        return items;
    };
    // (The block right after a question is its answer unless it asks with a mark of its
    // own or briefly: `经济学研究的是…：…会产生哪些有害的后果，e.g.…` under `**4.…什么样的
    // 客观规律？**` answers it.)
    let mut entries = items.clone();
    entries.sort_unstable();
    let opens_answer = |i: usize| {
        let prev = nodes[..i].iter().rposition(|m| !is_blank_node(m));
        prev.is_some_and(|p| entries.binary_search(&p).is_ok())
            && !trim(&nodes[i].title).ends_with(['?', '？'])
            && nodes[i].shape().chars > 40
    };
    let mut all = items;
    all.extend(cand.iter().filter_map(|&(i, s)| {
        (i > first
            && matches!(nodes[i].kind, Kind::Para)
            && !opens_answer(i)
            // (`③儿童的世界？` after `①…` `②…`: a point counted in circles, not a question.)
            && !s.num.is_some_and(|n| n.style == Style::Circled)
            && (answered || nodes[i].children.is_empty())
            && s.explicit
            && !s.continues
            // (`Follow-up: Which protocols…?` right under the question, no blank line
            // between, goes with it: the answer below answers both.)
            && !(follow_up(&nodes[i].title) && nodes[i - 1].end == nodes[i].line)
            // (Long, or of several sentences, when it ends asking: `假设你有个lambda。…可以吗？`.)
            && (!s.sentence && s.chars <= 100
                || s.chars <= 200 && trim(&nodes[i].title).ends_with(['?', '？'])))
        .then_some(i)
    }));
    all.sort_unstable();
    all.dedup();
    all
}

/// The term a definition's lines define: the first set in bold (`A **set** is a
/// collection…` → `set`), or else what its first sentence says is a thing (`The empty set
/// $\emptyset$ is the set with no elements.` → `empty set $\emptyset$`).
fn bold_term_in(lines: &[&str]) -> Option<String> {
    let bold = lines.iter().find_map(|l| {
        let (_, rest) = l.split_once("**")?;
        let (term, _) = rest.split_once("**")?;
        let term = term.trim();
        (!term.is_empty() && crate::text::chars(term) <= 40).then(|| term.to_string())
    });
    bold.or_else(|| {
        let first = lines
            .iter()
            .map(|l| trim(l.trim_start_matches('>')))
            .find(|l| !l.is_empty())?;
        // (`X is the…`, `X is a…`: what names it; not `X is closed under…`, which says what
        // X does.)
        let (subject, said) = first.split_once(" is ")?;
        if !["the ", "a ", "an "].iter().any(|a| said.starts_with(a)) {
            return None;
        }
        let subject = ["The ", "A ", "An "]
            .iter()
            .find_map(|a| subject.strip_prefix(a))
            .unwrap_or(subject);
        (subject.split_whitespace().count() <= 5).then(|| subject.to_string())
    })
}

/// The kinds of statement a callout or a bold label may name.
const STATEMENT_KINDS: &[&str] = &[
    "lemma",
    "theorem",
    "thm",
    "corollary",
    "proposition",
    "prop",
    "claim",
    "definition",
    "def",
    "axiom",
    "law",
    "property",
    "conjecture",
    "fact",
    "formula",
    "principle",
    "定理",
    "引理",
    "推论",
    "定义",
    "公理",
    "性质",
    "命题",
    "公式",
    "定律",
];

/// The name of a callout that states a result: `>[!lemma 1]` → `lemma 1`, `> [!theorem]
/// Gale–Shapley` → `Gale–Shapley`, `> [!definition]` → `definition`. Remarks (`[!note]`,
/// `[!tip]`) and questions (`[!question]`, taken as pairs) are not.
pub fn stated_callout(first: &str) -> Option<String> {
    let t = first.trim_start().strip_prefix('>')?.trim_start();
    // (A plain quote may open with its label in bold, `> **Definition - Span:**`, `>
    // **Theorem (p. 13)**`: named so, or by its kind alone.)
    if t.starts_with("**") {
        let (label, _) = opening_bold_split(t)?;
        let label = label.trim_end_matches([':', '：', '.']).trim_end();
        return names_statement(label).then(|| label.to_string());
    }
    let rest = t.strip_prefix("[!")?;
    let close = rest.find(']')?;
    let kind = rest[..close].trim();
    let title = rest[close + 1..].trim_start_matches(['-', '+']).trim();
    let word = kind.split_whitespace().next().unwrap_or("").to_lowercase();
    if !STATEMENT_KINDS.contains(&word.as_str()) {
        return None;
    }
    Some(if title.is_empty() { kind } else { title }.to_string())
}

/// What a quote opened by a bold label (`> **Definition:** the **span** of …`) says on its
/// first line after the label.
fn after_bold_label(first: &str) -> Option<&str> {
    let t = first.trim_start().strip_prefix('>')?.trim_start();
    let rest = trim(opening_bold_split(t)?.1);
    (!rest.is_empty()).then_some(rest)
}

/// `Definition - Span`, `Theorem (p. 13)`: a label whose first word names a kind of
/// statement.
fn names_statement(label: &str) -> bool {
    let word: String = label
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    STATEMENT_KINDS.contains(&word.as_str())
}

/// `编译的过程可分为四个阶段完成`, `主要有以下几种`: a sentence that announces the parts listed
/// under it, as a label does.
fn announces_parts(text: &str) -> bool {
    let t = text.trim_end_matches(['。', '.', ' ', ':', '：']);
    let counted = |at: usize| {
        t[at..]
            .chars()
            .take(3)
            .any(|c| "一二三四五六七八九十两几多".contains(c) || c.is_ascii_digit())
    };
    t.ends_with("如下")
        || t.ends_with("以下几种")
        || ["分为", "分成", "包括", "有以下"]
            .iter()
            .any(|w| t.find(w).is_some_and(|p| counted(p + w.len())))
}

/// `###### Scarcity` with its own points under `#### Explain the concept of Economics`, after
/// the question's own answer: a sub-heading set two or more levels down, naming a concept, is
/// a card beside the question (a side note), not a part of its answer. (Under a question with
/// no text of its own, such sub-headings are its answer, written a level too deep.)
fn side_concept(h: &Node, s: &Node) -> bool {
    let ss = s.shape();
    let (Some(hl), Some(sl)) = (h.heading, s.heading) else {
        return false;
    };
    // (`#### 插件:` labels a part of the answer above; it names no concept of its own.)
    sl >= hl + 2
        && s.end > s.head_end
        && ss.titled()
        && !ss.part
        && !ss.label
        && !ss.sentence
        && !ss.remark
        && ss.chars <= 40
}

/// The sub-headings, two or more and at least half of them, that are concepts (with text of
/// their own, no part's name, asking nothing) each named among the things a question lists
/// (`Explain data races, race conditions, and critical sections.` over `### Critical
/// sections`). A question that compares (`进程和线程的区别`, `the difference between a mutex
/// and a semaphore`) names the sides of one answer.
fn concepts_named<'n>(question: &str, subs: &[&'n Node]) -> Vec<&'n Node> {
    let q = crate::text::plain_inline(question).to_lowercase();
    let compares = ["差异", "differ", "compar"];
    if super::subq::COMPARING
        .iter()
        .chain(&compares)
        .any(|w| q.contains(w))
    {
        return Vec::new();
    }
    let listed: Vec<&str> = q
        .split([',', '，', '、', ';', '；', '(', ')', '（', '）'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(['和', '与', '及']))
        .map(|p| p.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|p| crate::text::chars(p) >= 2)
        .collect();
    if listed.len() < 2 {
        return Vec::new();
    }
    // (As written, or inside a longer name, `Race conditions vs data races`, or closing a
    // listed phrase as its word, `explain data races`; a short Chinese name only as written:
    // `曲面及其方程` names no `曲面的一般方程`.)
    let names = |p: &str, name: &str| {
        let long = p.contains(' ') || crate::text::chars(p) >= 4;
        p == name
            || long && name.contains(p)
            || p.strip_suffix(name).is_some_and(|head| head.ends_with(' '))
    };
    let named: Vec<&Node> = subs
        .iter()
        .filter(|s| {
            let ss = s.shape();
            let name = crate::text::plain_inline(&ss.text).to_lowercase();
            let name = name.trim_matches(|c: char| !c.is_alphanumeric());
            !ss.part
                && !ss.explicit
                && s.end > s.head_end
                && crate::text::chars(name) >= 2
                && listed.iter().any(|p| names(p, name))
        })
        .copied()
        .collect();
    if named.len() >= 2 && named.len() * 2 >= subs.len() {
        named
    } else {
        Vec::new()
    }
}

/// `换出过程如下：`, `The steps are as follows:`: a line that announces what follows names
/// nothing itself.
fn as_follows(text: &str) -> bool {
    let t = text
        .trim_end_matches([':', '：', ' ', '。', '.'])
        .to_lowercase();
    [
        "如下",
        "如下所示",
        "如下表所示",
        "如下图所示",
        "如下表",
        "如下图",
        "as follows",
        "the following",
    ]
    .iter()
    .any(|w| t.ends_with(w))
        // (`先看String类中的源码：`, `来看一下源码：`: a lead into what follows, no name.)
        || ["先看", "来看", "看一下", "看看", "下面看", "接下来看"]
            .iter()
            .any(|w| t.starts_with(w))
}

/// `这个过程可以细分为几个关键步骤：`, `每次请求时：`, `When a request comes in:`: a line that
/// announces the steps of a procedure, or what happens each time something does.
fn announces_procedure(line: &str) -> bool {
    let Some(t) = line.strip_suffix([':', '：']) else {
        return false;
    };
    // (What the line says last: `…的过程来取代…。企业流程再造成功要点有：` announces points.)
    let t = t
        .rsplit(['。', '；', '！', ';'])
        .map(str::trim)
        .find(|c| !c.is_empty())
        .unwrap_or("");
    let lower = t.to_lowercase();
    // (Not a label naming the process, `**系统调用的处理过程**：`: that name is a card, its
    // steps its answer. A clause announces them: `这个过程可以细分为几个关键步骤`.)
    let clause = ["分为", "如下", "以下", "几个", "包括", "这个", "该"]
        .iter()
        .any(|w| t.contains(w))
        || as_follows(t);
    // (`每次请求时`; not `运行时`, `编译时`, names of a time.)
    let when = t.ends_with('时')
        && crate::text::chars(t) >= 4
        && !["运行时", "编译时", "实时", "同时", "临时"]
            .iter()
            .any(|w| t.ends_with(w));
    // (`变量查找顺序(LEGB)`, `Lookup order`: the items are the order, one after another.)
    let bare = t.split(['(', '（']).next().unwrap_or(t);
    let order = ["顺序", "次序", "先后"]
        .iter()
        .any(|w| bare.trim().ends_with(w))
        || bare.trim().to_lowercase().ends_with(" order");
    announces_steps(t) && clause
        || when
        || order
        || t.starts_with("每次")
        || t.starts_with("每当")
        || ["when ", "whenever ", "each time ", "every time "]
            .iter()
            .any(|w| lower.starts_with(w))
}

/// `程序运行步骤`, `换入过程如下：`, `Steps:`: a name that announces the steps of one process.
fn announces_steps(text: &str) -> bool {
    const WORDS: &[&str] = &["步骤", "过程", "流程", "steps", "procedure", "workflow"];
    let t = text.to_lowercase();
    WORDS.iter().any(|w| t.contains(w))
}

/// `Streams are FILE *`, `When input is redirected:`: an English clause that does not ask
/// (a question-like opening before a colon labels what follows) makes a point; it names no
/// concept to explain.
fn makes_point(s: &Shape) -> bool {
    s.clause && !s.explicit && (!s.question || s.label)
        || imperative(&s.text)
        // (`Each variable forms a column`; not a label over what it introduces, `Each round
        // performs the following operations:`.)
        || s.term.is_none()
            && !s.label
            && !s.text.ends_with(':')
            && super::shape::english_statement(&s.text)
}

/// `Calculate the cost of basket`, `Choose base year, compute CPI`: a step of a procedure,
/// opening with a verb in the imperative; it names no concept.
fn imperative(text: &str) -> bool {
    const VERBS: &[&str] = &[
        "add",
        "apply",
        "calculate",
        "check",
        "choose",
        "compute",
        "count",
        "create",
        "determine",
        "divide",
        "draw",
        "ensure",
        "find",
        "go",
        "install",
        "make",
        "multiply",
        "open",
        "pick",
        "plot",
        "provide",
        "put",
        "remove",
        "repeat",
        "run",
        "select",
        "set",
        "sort",
        "start",
        "subtract",
        "take",
        "use",
        "write",
    ];
    let first = text.split_whitespace().next().unwrap_or("");
    // (Capitalised as a sentence opens: `CREATE` is a word of Forth, named.)
    first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && text.split_whitespace().count() >= 2
        && VERBS.contains(&first.to_ascii_lowercase().as_str())
}

/// The name of a numbered term, without its number: `2、从` and `3、从` name the same thing.
fn numbered_name(t: &str) -> String {
    crate::text::strip_numbering(&crate::text::plain_inline(t))
}

/// A `term: definition` head split where its shape found the term (never mid-character).
fn term_parts(n: &Node) -> Option<(&str, &str)> {
    let t = crate::text::trim_breaks(trim(&n.title));
    let at = n.shape().term?;
    Some((t.get(..at)?, t.get(at..)?))
}

/// Drops the pairs found inside one of a run of list items (`问题1：…` inside the answer of
/// `8、超大文件中数据查找`, a `??? Question` box inside `2. 8-bit Grey-level Image`): the parts
/// of that item's answer, not pairs of the section's own.
fn outside_items(nodes: &[&Node], found: &mut Vec<(Draft, Range<usize>)>) {
    let items = nodes.iter().filter(|n| n.is_item()).count();
    if items >= 2 {
        // (Blocks are in line order and do not overlap: the one a pair starts in is the
        // last that starts before it.)
        let inside_item = |at: usize| {
            let k = nodes.partition_point(|n| n.line < at);
            k > 0 && nodes[k - 1].is_item() && at < nodes[k - 1].end
        };
        found.retain(|(d, r)| d.rule == Rule::QaTable || !inside_item(r.start));
    }
}

/// A name over two or more `term: explanation` children and nothing else of note: it groups
/// terms.
fn term_group(n: &Node) -> bool {
    let s = n.shape();
    let terms = n
        .children
        .iter()
        .filter(|c| c.is_item() && c.shape().term.is_some() && !c.shape().part_term())
        .count();
    s.titled() && !s.sentence && !s.part && !s.explicit && terms >= 2
}

/// An item whose children are only bare names (`广域网（WAN）`, `局域网（LAN）`): nothing under
/// it explains anything.
fn names_only(n: &Node) -> bool {
    let kids: Vec<&Node> = n.children.iter().filter(|k| !is_blank_node(k)).collect();
    kids.len() >= 2
        && kids.iter().all(|k| {
            let s = k.shape();
            k.is_item()
                && !has_children(k)
                && k.end == k.line + 1
                && s.term.is_none()
                && !s.sentence
                && s.chars <= 20
        })
}

/// `协议、接口、服务`, `TCP and UDP`: a title that is only a list of `names` (two or more).
/// The name an entry gives: its term, or its whole text (lower-cased).
fn entry_name(s: &Shape) -> String {
    match s.term {
        Some(_) => s.text.split(['：', ':']).next().unwrap_or(&s.text),
        None => &s.text,
    }
    // (`**后果:**`: the colon inside the bold is no part of the name.)
    .trim()
    .trim_end_matches([':', '：'])
    .trim()
    .to_lowercase()
}

/// `A 与 B 的区别`, `TCP vs UDP`: a title that compares two things, and its two sides.
/// (Without a word that compares, `並發與並行` over `並行:…` and `並發:…` lists two terms.)
fn comparison_sides(title: &str) -> Option<(String, String)> {
    // (Cheap test first: every section asks this of its heading.)
    const JOINTS: &[&str] = &[
        "和", "与", "與", "跟", " and ", " And ", " vs", " VS", " Vs", " versus ",
    ];
    if !JOINTS.iter().any(|j| title.contains(j)) {
        return None;
    }
    let t = crate::text::plain_inline(title)
        .to_lowercase()
        .trim_end_matches(['?', '？', ':', '：', ' '])
        .to_string();
    let stripped = [
        "有什么区别",
        "有何区别",
        "的区别",
        "区别",
        "的异同",
        "异同",
        "的对比",
        "对比",
        "的比较",
        "比较",
        "的不同",
        "的差异",
        "差异",
        " differences",
        " difference",
    ]
    .iter()
    .find_map(|w| t.strip_suffix(w));
    let t = stripped.unwrap_or(&t).trim();
    let (joint, a, b) = [" vs. ", " vs ", " versus ", " and ", "和", "与", "與", "跟"]
        .iter()
        .find_map(|j| t.split_once(j).map(|(a, b)| (*j, a, b)))?;
    let listed = |side: &str| side.contains(['、', ',', '，']);
    ((stripped.is_some() || joint.starts_with(" v")) && !listed(a) && !listed(b))
        .then(|| (a.trim().to_string(), b.trim().to_string()))
}

/// Exactly two entries named after the two sides of a comparison (`数组指针int (*p)[n]` for
/// `数组指针`): one part of its answer each.
fn compares(sides: &(String, String), names: &[String]) -> bool {
    let (a, b) = sides;
    names.len() == 2
        && (names_side(a, &names[0]) && names_side(b, &names[1])
            || names_side(a, &names[1]) && names_side(b, &names[0]))
}

/// An entry's name that names one side of a comparison (`数组指针int (*p)[n]` for `数组指针`).
fn names_side(side: &str, name: &str) -> bool {
    let name = name.trim().trim_end_matches([':', '：']);
    !side.is_empty() && side == name
        || crate::text::chars(side) >= 2
            && crate::text::chars(name) >= 2
            && (name.contains(side) || side.contains(name))
}

/// The entries of a segmentation as a legend of symbols (`H：色调` `S：饱和度`), not terms.
fn symbol_legend(own: &[&Node], seg: &Segmentation) -> bool {
    let names: Vec<&str> = seg
        .entries
        .iter()
        .map(|&i| term_parts(own[i]).map_or("", |(name, _)| name))
        .collect();
    super::shape::is_legend(&names)
}

fn enumerates_names(title: &str, names: &[String]) -> bool {
    let t = title.to_lowercase();
    let parts: Vec<&str> = t
        .split(['、', '，', ',', '/', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" vs "))
        .flat_map(|p| p.split(['和', '与', '與', '及', '跟']))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    // (A part may qualify the name it lists: `中国革命的胜利的原因` over `胜利的原因`; or
    // spell it by its initials, `SGD` over `Stochastic Gradient Descent`.)
    let initials = |n: &str| -> String {
        n.split_whitespace()
            .filter_map(|w| w.chars().next())
            .filter(char::is_ascii_alphabetic)
            .collect()
    };
    let lists = |p: &str, n: &str| {
        n == p
            || p.len() >= 2 && p.chars().all(|c| c.is_ascii_alphabetic()) && initials(n) == p
            || crate::text::chars(n) >= 2
                && p.ends_with(n)
                && p[..p.len() - n.len()].ends_with('的')
    };
    parts.len() >= 2 && parts.iter().all(|p| names.iter().any(|n| lists(p, n)))
}

/// Four or more items, three quarters of the blocks, two thirds of them each defining a term
/// of a few words on its one line (`BigInt: For handling large integers`, `Redux - helps
/// manage state`): a glossary written as a list.
fn listed_terms(own: &[&Node]) -> bool {
    let blocks: Vec<&&Node> = own.iter().filter(|n| !is_blank_node(n)).collect();
    let defined = blocks
        .iter()
        .filter(|n| {
            let s = n.shape();
            s.term.is_some()
                && !s.part_term()
                && !s.clause
                && term_parts(n).is_some_and(|(t, _)| {
                    crate::text::plain_inline(t).split_whitespace().count() <= 5
                })
        })
        .count();
    let items = blocks.iter().filter(|n| n.is_item()).count();
    items >= 4 && items * 4 >= blocks.len() * 3 && defined * 3 >= items * 2
}

/// `Key terms`, `名词解释`, and `Terms` alone: a name saying its section is a glossary.
fn glossary_heading(text: &str) -> bool {
    let t = text.trim().trim_end_matches([':', '：', ' ']);
    super::shape::is_glossary_name(t) || t.eq_ignore_ascii_case("terms")
}

/// `## 1.面向对象和面向过程的区别` … `## 100.…`: ten or more headings numbered on from one
/// another through the whole note (never starting over under the next chapter), some of
/// which ask: a bank of questions, each heading one question, however its answer is set out.
fn question_bank(root: &Node) -> bool {
    let mut numbers: Vec<(u8, u32, bool)> = Vec::new();
    root.walk(&mut |n| {
        if let Some(l) = n.heading.filter(|_| n.is_heading()) {
            let s = n.shape();
            if let Some(num) = s
                .num
                .filter(|m| m.style == crate::outline::plain::Style::Arabic)
            {
                numbers.push((l, num.n, s.explicit || s.question));
            }
        }
    });
    let Some(&(level, ..)) = numbers.first() else {
        return false;
    };
    let run: Vec<&(u8, u32, bool)> = numbers.iter().filter(|(l, ..)| *l == level).collect();
    let onward = run.windows(2).all(|w| w[1].1 == w[0].1 + 1);
    let asking = run.iter().filter(|(.., a)| *a).count();
    run.len() >= 10 && onward && asking * 5 >= run.len()
}

/// `var vs let vs const` over `1) const` …, `async/await` over `1) async` `2) await`: a name
/// joining sides, every item among `kids` naming one of them.
fn all_sides<N: std::borrow::Borrow<Node>>(title: &str, kids: &[N]) -> bool {
    let names: Vec<String> = kids
        .iter()
        .map(|k| k.borrow())
        .filter(|k| k.is_item())
        .map(|k| entry_name(k.shape()).to_lowercase())
        .collect();
    let t = title.to_lowercase();
    let parts: Vec<&str> = t
        .split(['/', '、'])
        .flat_map(|p| p.split(" vs "))
        .map(str::trim)
        .collect();
    parts.len() >= 2 && names.iter().all(|n| parts.contains(&n.as_str()))
}

/// `重载和重写`, `hashMap和hashTable`, `HashSet、LinkedHashSet、TreeSet`: a name joining two to
/// four sides, one of which one of `names` is (`重载`, `HashMap`, `TreeSet`).
fn names_a_side(title: &str, names: &[String]) -> bool {
    let t = crate::text::plain_inline(title).to_lowercase();
    let t = t.rsplit(['，', ',']).next().unwrap_or(&t);
    let t = ["的区别", "区别", "的异同", "的不同"]
        .iter()
        .find_map(|w| t.trim().strip_suffix(w))
        .unwrap_or(t.trim());
    let sides: Vec<&str> = t
        .split(['和', '与', '與', '及', '、'])
        .flat_map(|p| p.split(" vs "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    (2..=4).contains(&sides.len())
        && names.iter().any(|n| {
            let n = n.trim().to_lowercase();
            crate::text::chars(&n) >= 2 && sides.iter().any(|s| *s == n)
        })
}

/// `**Deadlock avoidance and deadlock prevention**` over a numbered run of its own, among
/// numbered terms or bold questions: a bold name heading a block is an entry, and the points
/// under it that ask nothing are its answer, not entries.
fn bold_heads(nodes: &[&Node], seg: &mut Segmentation) {
    if !matches!(seg.rule, Rule::Numbered | Rule::BoldQuestion) {
        return;
    }
    let head = |i: usize| {
        let n = nodes[i];
        let s = n.shape();
        matches!(n.kind, Kind::Para)
            && s.bold
            && s.titled()
            && !s.part
            && !s.sentence
            && !s.question
            && !s.question_list
            && s.term.is_none()
            && (has_children(n)
                || nodes.get(i + 1).is_some_and(|m| {
                    !(is_section(m) || matches!(m.kind, Kind::Para) && m.shape().bold)
                }))
    };
    // One pass over the blocks, in order: an entry after a head is the head's (until a bold
    // entry, a question of its own, or the next head), unless one of them asks.
    let mut is_entry = vec![false; nodes.len()];
    for &e in &seg.entries {
        if let Some(x) = is_entry.get_mut(e) {
            *x = true;
        }
    }
    let mut entries = Vec::with_capacity(seg.entries.len());
    let mut owner: Option<usize> = None;
    let mut found = false;
    for i in 0..nodes.len() {
        if is_entry[i] {
            if nodes[i].shape().bold {
                owner = None;
            }
            match owner {
                Some(_) if nodes[i].shape().explicit => return,
                Some(_) => {}
                None => entries.push(i),
            }
        } else if head(i) {
            owner = Some(i);
            found = true;
            entries.push(i);
        }
    }
    if !found {
        return;
    }
    seg.entries = entries;
    seg.attach = Attach::Following;
}

/// Cards beside a concept heading's own card, taken from its text: a glossary closing it
/// ([`term_tail`]), terms set in emphasis anywhere in it ([`emphasized_terms`]), or a bold
/// sub-sections ([`bold_subsections`]).
/// (Not under a heading that names a process, `输入网址到显示页面的过程`: its `DNS解析——…`
/// items are steps.)
fn beside_terms(own: &[&Node], sh: &Shape) -> Option<Segmentation> {
    let asks = sh.question || announces_steps(&sh.text);
    term_tail(own)
        .filter(|_| !asks)
        .or_else(|| emphasized_terms(own))
        .or_else(|| scattered_terms(own).filter(|_| !asks))
        .and_then(|tail| Segmentation::new(Rule::Term, tail, Attach::Blocks))
        .or_else(|| {
            bold_subsections(own, sh)
                .and_then(|names| Segmentation::new(Rule::Label, names, Attach::Following))
        })
}

/// `*衰退（Recession）*：连续两季度…`, `_Latency_: …`: paragraphs that open with a term set
/// in italics before a colon. Three or more among a heading's text are a glossary wherever
/// they stand; one with nothing after its colon is a term not explained yet.
fn emphasized_terms(own: &[&Node]) -> Option<Vec<usize>> {
    // (Italics, the way a textbook sets the term it defines; bold labels, `**采集**：…`,
    // name the parts of one answer.)
    let picked: Vec<usize> = (0..own.len())
        .filter(|&k| emphasized_term(own[k], &["*", "_"]))
        .collect();
    let blocks = own.iter().filter(|n| !is_blank_node(n)).count();
    if picked.len() >= 3 && picked.len() < blocks {
        return Some(picked);
    }
    // (Bold ones too, when a sentence above names them first: `可分为直接路由，静态路由，缺省
    // 路由，动态路由。` over `**直接路由**：…` and the rest, the kinds it lists.)
    let bold: Vec<usize> = (0..own.len())
        .filter(|&k| emphasized_term(own[k], &["**", "__"]))
        .collect();
    let first = *bold.first()?;
    let listed = |k: usize| {
        let name = opening_bold(&own[k].title).unwrap_or("").trim();
        crate::text::chars(name) >= 2
            && own[..first]
                .iter()
                .any(|n| matches!(n.kind, Kind::Para) && n.title.contains(name))
    };
    let named = bold.iter().filter(|&&k| listed(k)).count();
    (named >= 3 && named * 3 >= bold.len() * 2 && bold.len() < blocks).then_some(bold)
}

/// `白盒测试的优点：` among labels: the merits (or faults) of what a label above named, a
/// part of its answer. (A heading `### 视图的优点` asks for them: a card.)
fn merits_of(text: &str) -> bool {
    let t = text.trim_end();
    let Some(t) = t.strip_suffix([':', '：']) else {
        return false;
    };
    ["的优点", "的缺点", "的优缺点", "的不足"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .is_some_and(|o| (1..=12).contains(&crate::text::chars(o)))
}

/// Rule `term` (a list of them): blocks that are all list items, two or more, each defining
/// a term on its own line. Their indices.
fn term_list(nodes: &[&Node]) -> Option<Vec<usize>> {
    let blocks: Vec<usize> = (0..nodes.len())
        .filter(|&k| !is_blank_node(nodes[k]))
        .collect();
    let terms = blocks.iter().all(|&k| {
        let s = nodes[k].shape();
        nodes[k].is_item() && s.term.is_some() && !s.part_term() && !s.clause && !s.explicit
    });
    // (`Interviewer`: … again and again names a speaker, no term.)
    let mut names: Vec<String> = blocks
        .iter()
        .map(|&k| entry_name(nodes[k].shape()).to_lowercase())
        .collect();
    names.sort_unstable();
    names.dedup();
    (terms && blocks.len() >= 2 && names.len() == blocks.len()).then_some(blocks)
}

/// A paragraph that opens with a term set in one of `marks` before a colon: `*衰退*：…`.
fn emphasized_term(n: &Node, marks: &[&str]) -> bool {
    if !matches!(n.kind, Kind::Para) || !n.children.is_empty() {
        return false;
    }
    let t = trim(&n.title);
    marks.iter().any(|mark| {
        t.strip_prefix(mark)
            .filter(|r| !r.starts_with(mark))
            .is_some_and(|r| {
                r.find(mark).is_some_and(|end| {
                    let term = r[..end].trim();
                    !term.is_empty()
                        && crate::text::chars(term) <= 40
                        && !super::shape::is_part(term)
                        && r[end + mark.len()..].trim_start().starts_with([':', '：'])
                })
            })
    })
}

/// `- 交易成本 —— 相关各方…的成本` among bullets that state points: items that name a term
/// and define it, scattered through a list of statements, are cards beside the heading's.
fn scattered_terms(own: &[&Node]) -> Option<Vec<usize>> {
    let items: Vec<usize> = (0..own.len()).filter(|&k| own[k].is_item()).collect();
    let picked: Vec<usize> = items
        .iter()
        .copied()
        .filter(|&k| {
            let s = own[k].shape();
            // (The name before the dash, not the whole line, decides: `需求法则 —— 其他条件
            // 不变的时候，…` defines its law in a sentence.)
            s.term.is_some()
                && !s.part_term()
                && !s.part
                && !s.label
                && term_parts(own[k]).is_some_and(|(t, _)| {
                    let t = t.trim_end();
                    let name = t.trim_end_matches(['—', '–', ' ']);
                    t.ends_with(['—', '–'])
                        && !super::shape::is_clause_zh(name)
                        && !super::shape::is_property(name)
                })
        })
        .collect();
    (!picked.is_empty()).then_some(picked)
}

/// Items among a heading's points whose children are three or more items, every one
/// defining a short term (`+ 按需分配：过于主观`): glossaries nested in the answer.
fn nested_glossaries(own: &[&Node]) -> Vec<usize> {
    let term = |n: &Node| {
        n.is_item()
            && n.children.is_empty()
            && glossary_term(n)
            && !names_property(n.shape())
            && term_parts(n).is_some_and(|(t, _)| {
                crate::text::chars(t.trim_end_matches([':', '：', ' '])) <= 10
            })
    };
    (0..own.len())
        .filter(|&k| {
            let (n, s) = (own[k], own[k].shape());
            let kids: Vec<&Node> = n.children.iter().filter(|c| !is_blank_node(c)).collect();
            n.is_item()
                && !s.part
                && !s.part_term()
                && !as_follows(&s.text)
                && kids.len() >= 3
                && kids.iter().all(|c| term(c))
        })
        .collect()
}

/// The name a glossary's parent item gives it: its first clause, `稀缺品必须按某种方式分配`.
fn glossary_name(n: &Node) -> String {
    let t = crate::text::plain_inline(&n.shape().text);
    t.split(['，', ',', '：', ':', '。'])
        .next()
        .unwrap_or(&t)
        .trim()
        .to_string()
}

/// Among blocks no rule took, the outline items that are cards all the same: items that
/// define their term (`Militarism: the belief that…`) or name what the points nested under
/// them or the paragraphs after them explain, three or more and a third of the items at least.
fn outline_items(nodes: &[&Node]) -> Vec<usize> {
    let items = nodes.iter().filter(|n| n.is_item()).count();
    let picked: Vec<usize> = (0..nodes.len())
        .filter(|&k| {
            let (n, s) = (nodes[k], nodes[k].shape());
            let defines = s.term.is_some() && !s.part_term() && !s.clause;
            let named = s.titled() && !s.sentence && !s.part && !s.label;
            // (Over points nested under it, or over paragraphs of its own after it, `* Military
            // plans` over what they were.)
            let paragraphs = !has_children(n)
                && (k + 1..nodes.len())
                    .find(|&j| !is_blank_node(nodes[j]))
                    .is_some_and(|j| matches!(nodes[j].kind, Kind::Para));
            let heads = named && (has_children(n) || paragraphs);
            n.is_item() && (defines || heads)
        })
        .collect();
    if picked.len() >= 3 && picked.len() * 3 >= items {
        picked
    } else {
        Vec::new()
    }
}

/// Bullets that head paragraphs: items with nothing nested, two or more of them (and most)
/// followed by paragraphs of text before the next item. Every item is an entry (one with no
/// text after it is not answered yet).
fn bullet_heads(nodes: &[&Node]) -> Option<Vec<usize>> {
    let items: Vec<usize> = (0..nodes.len()).filter(|&k| nodes[k].is_item()).collect();
    if items.len() < 2 || items.iter().any(|&k| has_children(nodes[k])) {
        return None;
    }
    let headed = |k: usize| {
        let next = nodes[k + 1..].iter().find(|m| !is_blank_node(m));
        next.is_some_and(|m| matches!(m.kind, Kind::Para) && !m.is_item())
    };
    let heads = items.iter().filter(|&&k| headed(k)).count();
    // (Items with text of their own after them; not a list whose last item a closing
    // paragraph follows.)
    let titled = items.iter().all(|&k| {
        let s = nodes[k].shape();
        s.titled() && !s.part && s.term.is_none()
    });
    let first_item = items[0];
    let before = nodes[..first_item].iter().any(|m| !is_blank_node(m));
    (heads >= 2 && heads * 2 >= items.len() && titled && !before).then_some(items)
}

/// Paragraphs that head lists: every paragraph a short name (or label) on one line, with
/// a list right after it, three or more of them and nothing before the first but a glossary
/// list. The paragraphs, where they are.
fn paragraph_heads(nodes: &[&Node]) -> Option<Vec<usize>> {
    let first = nodes.iter().position(|m| !is_blank_node(m))?;
    let paras: Vec<usize> = (first..nodes.len())
        .filter(|&k| matches!(nodes[k].kind, Kind::Para) && !nodes[k].is_item())
        .collect();
    // (A list may come first, a glossary the heads then follow: it is read on its own.)
    let lead = nodes[first..]
        .iter()
        .take_while(|m| is_blank_node(m) || m.is_item())
        .count();
    let glossary = nodes[first..first + lead]
        .iter()
        .filter(|m| !is_blank_node(m))
        .all(|m| matches!(m.kind, Kind::Item { ordered: false }) && term_parts(m).is_some());
    if !glossary || paras.len() < 3 || paras[0] != first + lead {
        return None;
    }
    // (Only paragraphs and the lists under them: no rule, code or table between.)
    let only = nodes[first..]
        .iter()
        .all(|m| is_blank_node(m) || m.is_item() || matches!(m.kind, Kind::Para));
    // (Not labels over the questions themselves, `**DS Algo:**` over `1. Virtual Memory`
    // `2. Why Go better than Java`: items that ask, or a bare numbered list.)
    let items: Vec<&Node> = nodes.iter().copied().filter(|m| m.is_item()).collect();
    let asking = items
        .iter()
        .filter(|m| m.shape().explicit || crate::text::asks_outright(&m.shape().text))
        .count();
    let bare_numbered = items
        .iter()
        .all(|m| matches!(m.kind, Kind::Item { ordered: true }) && !has_children(m));
    // (Nor paragraphs that define their terms, `缓冲区：缓解…` over its points: rule
    // `term` reads those.)
    let defined = paras
        .iter()
        .filter(|&&k| {
            term_parts(nodes[k]).is_some_and(|(t, _)| {
                !super::shape::zh_counted(t.trim_end_matches([':', '：', ' ']))
            })
        })
        .count();
    let heads: Vec<bool> = paras.iter().map(|&k| heads_its_list(nodes, k)).collect();
    let strict = lead == 0 && heads.iter().all(|&h| h);
    (only
        && asking * 3 < items.len()
        && !bare_numbered
        && defined * 2 < paras.len()
        && (strict || asking == 0 && loosely_headed(nodes, &paras, &heads, &items))
        && heads[0])
        .then(|| {
            paras
                .into_iter()
                .zip(heads)
                .filter_map(|(k, h)| h.then_some(k))
                .collect()
        })
}

/// The paragraph at `k` names the list right under it: one short line (a term may explain
/// itself at length, `FDM: Frequency Division Multiplexer (Used to split…)`; a question may be
/// long, `How does data get through?`), no sentence, part or code.
fn heads_its_list(nodes: &[&Node], k: usize) -> bool {
    let (n, s) = (nodes[k], nodes[k].shape());
    let listed = nodes[k + 1..]
        .iter()
        .find(|m| !is_blank_node(m))
        .is_some_and(|m| m.is_item());
    listed
        && n.head_end == n.line + 1
        && n.end == n.line + 1
        && (s.titled()
            && !s.sentence
            && (s.chars <= 40 || term_parts(n).is_some_and(|(t, _)| crate::text::chars(t) <= 12))
            || s.text.ends_with(['?', '？']) && s.chars <= 80)
        && !s.part
        && !s.label_only_part()
        && !s.code
        && !dash_continued(n)
}

/// `-- Up to 50mb down`, `= 10.5 seconds`: a line opening with dashes (or `+`, `=`) goes on
/// the item or sum above it.
fn dash_continued(n: &Node) -> bool {
    trim(&n.title).starts_with(['-', '+', '='])
}

/// Names over lists with a few other paragraphs among them (a worked example, `Ex.` over its
/// lines, or a remark: answer), or after a glossary: only over plain bullets, three or more
/// names and a third of the paragraphs or fewer not names (`heads` says which are). (Lines
/// opening with dashes are no paragraphs: see [`dash_continued`]. A bold name alone on its line
/// among them that heads no list, `**设备分配中的安全性**` over its sentence, is a label too:
/// the lines under it are its answer.)
fn loosely_headed(nodes: &[&Node], paras: &[usize], heads: &[bool], items: &[&Node]) -> bool {
    let counted = paras.iter().filter(|&&k| !dash_continued(nodes[k])).count();
    let strays: Vec<&Node> = paras
        .iter()
        .zip(heads)
        .filter(|&(&k, &h)| !h && !dash_continued(nodes[k]))
        .map(|(&k, _)| nodes[k])
        .collect();
    items
        .iter()
        .all(|m| matches!(m.kind, Kind::Item { ordered: false }))
        && counted - strays.len() >= 3
        && strays.len() * 3 <= counted
        && strays
            .iter()
            .all(|n| !(n.shape().bold && n.end == n.line + 1))
}

/// Paragraphs written as escaped bullets (`\- What is a race condition ?`), two or more asking
/// (or half of them, or each explained below it), with real list items among them: the
/// author's questions over their answers.
fn escaped_bullets(nodes: &[&Node], cand: &[(usize, &Shape)]) -> Option<Vec<usize>> {
    let is_escaped = |n: &Node| {
        let t = n.title.trim_start();
        matches!(n.kind, Kind::Para) && ["\\- ", "\\* ", "\\+ "].iter().any(|m| t.starts_with(m))
    };
    let escaped: Vec<usize> = cand
        .iter()
        .filter(|(i, _)| is_escaped(nodes[*i]))
        .map(|c| c.0)
        .collect();
    let asking = escaped
        .iter()
        .filter(|&&i| nodes[i].shape().explicit)
        .count();
    // (Or each is a name explained by what follows it, `\- FCFS` over its bullets.)
    let explained = escaped.iter().all(|&i| {
        !nodes[i].children.is_empty()
            || nodes
                .get(i + 1)
                .is_some_and(|n| !is_blank_node(n) && !is_escaped(n))
    });
    let answered = nodes[escaped.first()? + 1..].iter().any(|n| n.is_item());
    (escaped.len() >= 2 && (asking >= 2 || asking * 2 >= escaped.len() || explained) && answered)
        .then_some(escaped)
}

/// `---`, then `` `Sort Colors` `` over the problem, the notes and the code, then `---` and
/// the next: two blocks or more set apart by rules, each opening with a short name on a line
/// of its own and going on below it. The names, where they are.
fn separated(nodes: &[&Node]) -> Option<Vec<usize>> {
    let rules: Vec<usize> = (0..nodes.len())
        .filter(|&k| matches!(nodes[k].kind, Kind::Rule))
        .collect();
    if rules.len() < 2 {
        return None;
    }
    // The first block that opens after `k` (or the note's first block), when its first line
    // is a short name that the block goes on to explain.
    let name_after = |from: usize| {
        let j = (from..nodes.len()).find(|&j| !is_blank_node(nodes[j]))?;
        let (n, s) = (nodes[j], nodes[j].shape());
        // (In plain text the name heads the lines under it: its children.)
        let goes_on = n.plain && !n.children.is_empty()
            || nodes
                .get(j + 1)
                .is_some_and(|m| !matches!(m.kind, Kind::Rule) && !is_blank_node(m));
        // (A title may close with a period, `Java Heap memory Vs Stack Memory.`.)
        let short_title = s.text.trim_end().ends_with('.')
            && s.text.matches(['.', '。', ';', '；']).count() == 1
            && s.text.split_whitespace().count() <= 8;
        // (A name numbered `三、`, a chapter's numbering, is a section of an outline the
        // rules break up.)
        let chapter = s
            .num
            .is_some_and(|x| x.style == crate::outline::plain::Style::Chinese);
        (matches!(n.kind, Kind::Para)
            && !s.structural
            && !chapter
            && n.head_end == n.line + 1
            && (n.children.is_empty() || n.plain)
            && (s.titled() && !s.sentence || short_title)
            && s.chars <= 60
            && goes_on
            // (A block that only asks, `What is ReentrantLock?` alone between two rules, is
            // a question not answered yet.)
            || matches!(n.kind, Kind::Para) && s.explicit && !s.structural && n.end == n.line + 1)
            .then_some(j)
    };
    let mut named: Vec<usize> = rules.iter().filter_map(|&k| name_after(k + 1)).collect();
    // (The block before the first rule opens the same way: a block too.)
    if let Some(j) = name_after(0).filter(|&j| j < rules[0]) {
        if named.len() >= 2 {
            named.insert(0, j);
        }
    }
    // (Not when the blocks hold names of their own, `**四个意识**` and `**四个自信**` each
    // over its explanation: those are the cards, the rules only group them.)
    let bold_names = |from: usize, to: usize| {
        (from..to)
            .filter(|&k| {
                let (n, s) = (nodes[k], nodes[k].shape());
                matches!(n.kind, Kind::Para) && s.bold && s.titled() && !s.sentence
            })
            .count()
    };
    let mut bounds: Vec<usize> = rules.clone();
    bounds.push(nodes.len());
    let finer = bounds
        .windows(2)
        .filter(|w| bold_names(w[0] + 1, w[1]) >= 2)
        .count();
    if finer * 2 >= rules.len() {
        return None;
    }
    // (Most of the rules that something follows open such a block.)
    let followed = rules
        .iter()
        .filter(|&&k| nodes[k + 1..].iter().any(|n| !is_blank_node(n)))
        .count();
    (named.len() >= 2 && named.len() * 2 >= followed).then_some(named)
}

/// Three or more `term: explanation` paragraphs closing a heading's text, after text of its
/// own that is no such term: where they are.
fn term_tail(own: &[&Node]) -> Option<Vec<usize>> {
    let defined = |n: &Node| {
        let s = n.shape();
        (matches!(n.kind, Kind::Para) || n.is_item())
            && s.term.is_some()
            && !s.part_term()
            && !s.clause
            && n.children.is_empty()
    };
    // (Among defined items, `- 消息队列 (message queue)` explained by the lines under it, or
    // `- **共享文件**。` not explained yet, is one more term of the list.)
    let named = |n: &Node| {
        let s = n.shape();
        let bare = trim(&n.title).trim_end_matches('。');
        let bold =
            bare.starts_with("**") && bare.ends_with("**") && bare.matches("**").count() == 2;
        n.is_item()
            && s.term.is_none()
            && !s.part
            && !s.question
            && s.chars <= 30
            && (has_children(n) && !s.sentence || bold)
    };
    let all = own.iter().filter(|n| !is_blank_node(n)).count();
    let defining = own.iter().filter(|n| defined(n)).count();
    let term = |n: &Node| defined(n) || defining >= 3 && defining * 2 >= all && named(n);
    let mut start = own.len();
    while start > 0 && (is_blank_node(own[start - 1]) || term(own[start - 1])) {
        start -= 1;
    }
    // (The glossary opens on a term it defines: a name over its lines before it is the text's.)
    while start < own.len() && !defined(own[start]) {
        start += 1;
    }
    let tail: Vec<usize> = (start..own.len()).filter(|&k| term(own[k])).collect();
    let before = own[..start].iter().any(|m| !is_blank_node(m));
    // Term items are a glossary of their own only as a whole list after text that does not
    // announce them: after `主要特征如下：`, or after items of the same list (`- **df -h**`),
    // they are the answer's points.
    let last = own[..start].iter().rev().find(|m| !is_blank_node(m));
    let announced = last.is_some_and(|m| {
        m.is_item() || matches!(m.kind, Kind::Para) && trim(&m.title).ends_with([':', '：'])
    });
    let items = tail.iter().any(|&k| own[k].is_item());
    (tail.len() >= 3 && before && !(items && announced)).then_some(tail)
}

/// `**内积**`, `**正交、线性无关**：若…`: a short name set in bold that opens the line, alone
/// or before its colon.
fn bold_name(title: &str) -> bool {
    let t = trim(title);
    let Some(rest) = t.strip_prefix("**") else {
        return false;
    };
    rest.find("**").is_some_and(|close| {
        let after = rest[close + 2..].trim_start();
        (1..=20).contains(&crate::text::chars(rest[..close].trim()))
            && (after.is_empty() || after.starts_with([':', '：']))
    })
}

/// `The **Marxist** lens states that class conflict creates history.`: an English sentence
/// that sets the one term it defines in bold, and that term (a few words).
fn bold_term(title: &str) -> Option<&str> {
    let t = trim(title);
    let latin = t.chars().filter(|c| c.is_ascii_alphabetic()).count();
    if latin * 2 < crate::text::chars(t) || t.matches("**").count() != 2 {
        return None;
    }
    let open = t.find("**")?;
    let close = open + 2 + t[open + 2..].find("**")?;
    let term = t[open + 2..close].trim().trim_matches('*').trim();
    let words = |x: &str| x.split_whitespace().count();
    let rest = format!("{} {}", &t[..open], &t[close + 2..]);
    // (`**Data is collected** to help…`: a step of a process, a clause, names no term;
    // `**To what extent**: …` with its colon does.)
    let labelled = t[close + 2..].trim_start().starts_with([':', '：']);
    let named =
        !term.is_empty() && !term.ends_with([':', '：']) && (labelled || !Shape::of(term).clause);
    // (After a colon, a word or two defines it too: `**Attribute**: Ellipse`.)
    let defined = words(&rest) >= 4 || labelled && words(&rest) >= 2;
    // (Bold that only stresses words is no term: inside a phrase, `A ***special type*** of
    // …`, or in a question or task, `What **type of study** is this?`, `Define the
    // **Problem**…`. Closing a sentence it may well be defined: `… representing the
    // **alphabet**.`)
    let after = t[close + 2..].trim_start_matches('*');
    let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
    const JOINS: &[&str] = &[
        "of", "for", "between", "in", "to", "with", "from", "on", "at",
    ];
    let asks = crate::text::is_question_like(&t[..open])
        || crate::text::is_prompt(t) && !t[..open].trim().is_empty();
    let stressed = !labelled && JOINS.contains(&next.as_str()) || asks;
    // (Nor does bold in brackets, `Something you are (**biometrics**)`: an example.)
    let bracketed = t[..open].trim_end().ends_with(['(', '（'])
        && t[close + 2..].trim_start().starts_with([')', '）']);
    (named && words(term) <= 5 && defined && !stressed && !bracketed).then_some(term)
}

/// Paragraphs that open with a bold name and explain it on the same line, three or more and
/// a third of the paragraphs, none asking: their indices.
fn bold_paragraphs(nodes: &[&Node]) -> Option<Vec<usize>> {
    let paras: Vec<usize> = (0..nodes.len())
        .filter(|&k| matches!(nodes[k].kind, Kind::Para) && !nodes[k].is_item())
        .collect();
    let named: Vec<usize> = paras
        .iter()
        .copied()
        .filter(|&k| {
            let (n, s) = (nodes[k], nodes[k].shape());
            let t = trim(&n.title);
            // (Other bold words later in the line, `**per mole**`, only stress.)
            (t.starts_with("**") || t.starts_with("__"))
                && (bold_term(t).is_some() || s.term.is_some())
                && !s.part
                && !s.part_term()
                && !s.explicit
        })
        .collect();
    // (Mostly written `**Term**：…` or `**Term：**…`, they are the labelled terms other
    // rules read.)
    let labelled = named
        .iter()
        .filter(|&&k| {
            let t = trim(&nodes[k].title);
            let marks = t.len() - t.trim_start_matches(['*', '_']).len();
            let inner = &t[marks..];
            inner.find(&t[..marks]).is_some_and(|end| {
                inner[..end].trim_end().ends_with([':', '：'])
                    || inner[end + marks..].trim_start().starts_with([':', '：'])
            })
        })
        .count();
    (named.len() >= 3 && named.len() * 3 >= paras.len() && labelled * 2 < named.len())
        .then_some(named)
}

/// How often each name occurs among `names`.
pub(super) fn name_counts<'a>(
    names: impl IntoIterator<Item = &'a str>,
) -> std::collections::HashMap<&'a str, usize> {
    let mut seen = std::collections::HashMap::new();
    for n in names {
        *seen.entry(n).or_default() += 1;
    }
    seen
}

/// One to four short bullets and nothing else: each a few words, no sentence, no code or link
/// (`- 异步错误怎么捕获`, `- react 事件机制`). (Numbered or bold, `1. **谈一下C++的内存管理**`,
/// they list the questions of a category.)
fn follow_ups(own: &[&Node]) -> bool {
    let items: Vec<&&Node> = own.iter().filter(|n| !is_blank_node(n)).collect();
    (1..=4).contains(&items.len())
        && items.iter().all(|n| {
            let s = n.shape();
            matches!(n.kind, Kind::Item { ordered: false })
                && s.num.is_none()
                && !s.bold
                && n.children.is_empty()
                && n.end == n.line + 1
                && s.chars <= 24
                && !s.text.contains(['，', '。', ',', '.', ';', '；', '`'])
                && !s.link
                && !s.code
        })
}

/// `::: info` … `:::`: the fences of a container (VuePress, markdown-it); no block of the notes.
fn container_fence(n: &Node) -> bool {
    matches!(n.kind, Kind::Para) && n.children.is_empty() && trim(&n.title).starts_with(":::")
}

/// `# data-scientist-interview` in `data-scientist-interview/README.md`, `# Advanced Logic
/// Gates` in `10_advanced_logic_gates.md`: a heading that says the note's own name (case,
/// punctuation and numbers aside), or two words or more that end or open it
/// (`owner-data-scientist-interview`). (`# Hashing` in `encryption-and-hashing.md` names a
/// part of it: one section.)
fn names_note(title: &str, file_topic: &str) -> bool {
    let words = |s: &str| -> Vec<String> {
        crate::text::plain_inline(s)
            .to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
            .map(String::from)
            .collect()
    };
    let (t, f) = (words(title), words(file_topic));
    !t.is_empty()
        && (t.concat() == f.concat() || t.len() >= 2 && (f.starts_with(&t) || f.ends_with(&t)))
}

/// `最后总结`, `面试感受`, `Takeaways`, `Result`: what an interview log says about the round
/// itself.
fn reflects_on_round(text: &str) -> bool {
    let t = crate::text::strip_numbering(text.trim().trim_end_matches([':', '：']));
    let t = t.trim().to_lowercase();
    const ZH: &[&str] = &[
        "总结", "小结", "感想", "感受", "心得", "体会", "反思", "复盘", "结果", "体验",
    ];
    const EN: &[&str] = &[
        "summary",
        "takeaways",
        "takeaway",
        "reflection",
        "reflections",
        "thoughts",
        "result",
        "outcome",
        "verdict",
        "feedback",
    ];
    crate::text::chars(&t) <= 8 && ZH.iter().any(|w| t.ends_with(w)) || EN.contains(&t.as_str())
}

/// `…which help us answer questions like:`, `比如：`: a sentence that gives examples of what
/// it speaks about in the list after it.
fn gives_examples(title: &str) -> bool {
    let t = crate::text::plain_inline(title);
    let t = t
        .trim_end()
        .trim_end_matches([':', '：'])
        .trim_end()
        .to_lowercase();
    t.chars().count() > 12
        && [
            " like",
            " such as",
            " e.g.",
            " for example",
            " for instance",
            "例如",
            "比如",
            "诸如",
        ]
        .iter()
        .any(|w| t.ends_with(w))
}

/// A heading that asks for a comparison (`ArrayList、LinkedList区别`, `TCP vs UDP`, `Compare
/// X and Y`): what is under it draws the comparison.
fn asks_to_compare(owner: &Shape) -> bool {
    let t = owner.text.to_lowercase();
    [
        "区别",
        "异同",
        "对比",
        "difference",
        "compare",
        "comparison",
        " vs",
        "versus",
    ]
    .iter()
    .any(|w| t.contains(w))
}

/// Under a heading that asks for a comparison, `entries` are the facets it is drawn on
/// (`线程安全：`, `1. 数组长度不同`), the parts of its answer: unless they are concepts of a
/// history the compared ones belong to, three or more, some naming a side and some not
/// (`- MULTICS`, `- Linux`, `- GNU` under `Difference Unix/Linux`).
fn facets_compared(owner: &Shape, nodes: &[&Node], entries: &[usize]) -> bool {
    if !asks_to_compare(owner) {
        return false;
    }
    let sides = latin_words(&owner.text);
    let names_side = |i: usize| {
        latin_words(&nodes[i].title).iter().any(|w| {
            w.len() >= 3
                && sides.contains(w)
                && !["difference", "between", "compare", "comparison", "versus"]
                    .contains(&w.as_str())
        })
    };
    let naming = entries.iter().filter(|&&i| names_side(i)).count();
    !(entries.len() >= 3 && naming >= 1 && naming < entries.len())
}

/// `Examples`, `例如：`: a line that only says examples follow.
fn examples_label(line: &str) -> bool {
    let label = trim(line)
        .trim_end_matches([':', '：'])
        .trim()
        .to_lowercase();
    [
        "examples",
        "example",
        "e.g.",
        "for example",
        "例子",
        "示例",
        "举例",
        "例如",
        "比如",
    ]
    .contains(&label.as_str())
}

/// `A3:`, `答：`, `Answer`: a heading that only labels the answer to the question above it.
fn answer_heading(n: &Node) -> bool {
    if !n.is_heading() {
        return false;
    }
    let t = trim(&n.title).trim_end_matches([':', '：']).trim();
    let word = ["A", "a", "答", "Answer", "answer", "ANS", "Ans"]
        .iter()
        .find_map(|w| t.strip_prefix(w));
    word.is_some_and(|rest| rest.trim().chars().all(|c| c.is_ascii_digit()))
}

/// Bold names each over text of their own, after text of the heading's own: sub-sections
/// written in bold, cards beside the heading's (`**3 States**` over `- Solid, Liquid, Gas`;
/// `**The Fear of Job Loss**` over its points, then `*Why the model fails*` over more: among
/// bold names, a name set in italics is one too). One alone must close the text, over a list.
fn bold_subsections(own: &[&Node], sh: &Shape) -> Option<Vec<usize>> {
    let name = |n: &Node, italic: bool| {
        let s = n.shape();
        matches!(n.kind, Kind::Para)
            && (s.bold || italic && is_italic_line(n))
            && n.end == n.line + 1
            && !s.label
            && s.term.is_none()
            && s.titled()
            && !s.part
            && !s.label_only_part()
            && !s.sentence
            && !s.structural
    };
    let bold: Vec<usize> = (0..own.len()).filter(|&k| name(own[k], false)).collect();
    let names: Vec<usize> = (0..own.len())
        .filter(|&k| name(own[k], bold.len() >= 2))
        .collect();
    let first = *names.first()?;
    let before = own[..first].iter().any(|m| !is_blank_node(m));
    if !before {
        return None;
    }
    // Each over text of its own, up to the next.
    let mut ends: Vec<usize> = names[1..].to_vec();
    ends.push(own.len());
    let filled = names.iter().zip(&ends).all(|(&k, &e)| {
        own[k + 1..e]
            .iter()
            .any(|m| !is_blank_node(m) && !m.is_heading())
    });
    match names.as_slice() {
        [at] => {
            let s = own[*at].shape();
            let listed = right_over_list(own, *at)
                && own[at + 1..]
                    .iter()
                    .all(|m| m.is_item() || is_blank_node(m));
            (!s.question && listed).then(|| names.clone())
        }
        // (Two or more only under a heading that names a subject in a few words, `Trade
        // liberalization: Theory and Practice`; under a concept, `### channel` over `**数据结构**`
        // and `**发送过程**`, or over numbered steps, they name the parts of its answer.)
        _ if bold.len() >= 2 && filled && subject_title(sh) => {
            let parts = names.iter().any(|&k| {
                let ks = own[k].shape();
                ks.num.is_some() || super::shape::ends_in_part(&ks.text)
            });
            (!parts).then_some(names)
        }
        _ => None,
    }
}

/// A heading that names a subject in words, not one concept: three Latin words or more,
/// or six Chinese characters or more.
fn subject_title(sh: &Shape) -> bool {
    let words = sh
        .text
        .split_whitespace()
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .count();
    let cjk = sh.text.chars().filter(|&c| crate::clean::is_cjk(c)).count();
    words >= 3 || cjk >= 6
}

/// Bold lines that name things (`**Personas**`), two or more, each right over a list of its
/// own: sub-sections written in bold.
fn bold_sections(nodes: &[&Node], labels: &[usize]) -> bool {
    let heads = |i: usize| {
        let s = nodes[i].shape();
        // (Or `end-to-end congestion control:`, a label of its own list.)
        (s.bold || s.label)
            && bold_head(s)
            && (right_over_list(nodes, i)
                || s.bold && has_children(nodes[i])
                || s.label && right_over_code(nodes, i))
    };
    // (Beside a `Label：` over its list, a name over the next list is one too.)
    let colon = labels.iter().any(|&i| nodes[i].shape().label && heads(i));
    labels
        .iter()
        .filter(|&&i| heads(i) || colon && names_list(nodes, i))
        .count()
        >= 2
}

/// A name that may head a sub-section: no term with its text, no part of an answer, no
/// sentence, nothing asked.
fn bold_head(s: &Shape) -> bool {
    s.term.is_none() && !s.part && !s.label_only_part() && !s.sentence && !s.question
}

/// `**AOF方式**` alone on its line over a paragraph of plain text that explains it (or a
/// table, a figure): a name set over its text as a heading would be.
fn over_own_paragraph(nodes: &[&Node], i: usize) -> bool {
    let n = nodes[i];
    n.end == n.line + 1
        && nodes.get(i + 1).is_some_and(|m| {
            let ms = m.shape();
            match m.kind {
                Kind::Para => !ms.bold && !ms.label && ms.term.is_none() || is_image(m),
                Kind::Table | Kind::Html => true,
                _ => false,
            }
        })
}

/// `两个必须特征`, `还有两个特征不是必须的`: a count of what follows, opening the line (not
/// `死锁的四个条件`, which names its subject first).
fn counts_entries(text: &str) -> bool {
    let t = text.trim();
    let t = ["一共有", "主要有", "还有", "另外", "共有", "有"]
        .iter()
        .find_map(|p| t.strip_prefix(p))
        .unwrap_or(t);
    let head: Vec<char> = t.chars().take(2).collect();
    head.len() == 2
        && ("一二两三四五六七八九十几".contains(head[0]) || head[0].is_ascii_digit())
        && "个种条点类项".contains(head[1])
}

/// `用户程序管理、内核管理和综合管理`: the most names a clause of `text` lists with `、` (the
/// last joined by `和`, `与`, `及`, `或`); 0 where none does.
fn listed_names(text: &str) -> usize {
    text.split(['，', '。', '：', ':', '；', '\n', ',', ';'])
        .filter(|clause| clause.contains('、'))
        .map(|clause| {
            let parts: Vec<&str> = clause.split('、').collect();
            let last = parts.last().copied().unwrap_or("");
            let joined = ["和", "与", "及", "或"].iter().any(|j| last.contains(j));
            parts.len() + usize::from(joined)
        })
        .max()
        .unwrap_or(0)
}

/// `通常分为三级`, `主要包括`: an announcement with nothing before its verb but an adverb.
fn subjectless(text: &str) -> bool {
    let at = ["分为", "分成", "包括", "有以下"]
        .iter()
        .filter_map(|w| text.find(w))
        .min()
        .unwrap_or(0);
    let mut before = text[..at].trim();
    for adverb in [
        "通常", "一般", "主要", "大致", "大体", "总共", "共", "可以", "可",
    ] {
        before = before.trim_start_matches(adverb);
    }
    before.trim().is_empty()
}

/// A one-line paragraph with a list on the very next line.
fn right_over_list(nodes: &[&Node], i: usize) -> bool {
    let n = nodes[i];
    // (A label's colon bridges one blank line: `五大感觉：`, a blank, `1. 视觉系统`.)
    matches!(n.kind, Kind::Para)
        && n.end == n.line + 1
        && nodes.get(i + 1).is_some_and(|m| {
            m.is_item()
                && (m.line == n.end || m.line == n.end + 1 && trim(&n.title).ends_with([':', '：']))
        })
        || lazy_list(n)
}

/// `Definition of "Bilingual"` over a tab-indented `- Bilinguals are…`: indented that far,
/// the list continues the paragraph in Markdown, but the author wrote a label over its list.
fn lazy_list(n: &Node) -> bool {
    matches!(n.kind, Kind::Para)
        && n.children.first().is_some_and(|c| {
            matches!(c.kind, Kind::Text)
                && c.line == n.line + 1
                && super::subq::bullet_text(&c.title).is_some()
        })
}

/// `程序开发过程：`, a blank line, then the fenced diagram or code that shows it.
fn right_over_code(nodes: &[&Node], i: usize) -> bool {
    let n = nodes[i];
    matches!(n.kind, Kind::Para)
        && n.end == n.line + 1
        && nodes
            .get(i + 1)
            .is_some_and(|m| matches!(m.kind, Kind::Code) && (n.end..=n.end + 1).contains(&m.line))
}

/// `types of ALUs` with a list on the very next line: a short name that heads the list, a
/// label without its colon.
fn heads_list(nodes: &[&Node], i: usize) -> bool {
    let s = nodes[i].shape();
    right_over_list(nodes, i)
        && s.titled()
        && !s.sentence
        && !s.question
        && s.term.is_none()
        && s.chars <= 40
}

/// `知觉的特性` over its list, one blank line between: a name that heads the list.
fn names_list(nodes: &[&Node], i: usize) -> bool {
    let (n, s) = (nodes[i], nodes[i].shape());
    matches!(n.kind, Kind::Para)
        && n.end == n.line + 1
        && nodes
            .get(i + 1)
            .is_some_and(|m| m.is_item() && (n.end..=n.end + 1).contains(&m.line))
        && s.titled()
        && !s.sentence
        && !s.question
        && s.term.is_none()
        && s.chars <= 40
}

/// `Why the Earth has very little crater` right over its points, among labels over lists: a
/// question of the same kind.
fn asks_over_list(nodes: &[&Node], i: usize) -> bool {
    let s = nodes[i].shape();
    right_over_list(nodes, i)
        && (s.explicit || s.question && s.term.is_none())
        && !s.sentence
        && s.chars <= 80
}

/// How many of `kids` open with bare links (`- [HTTP 方法 | blog](…)` first under `HTTP的常见
///操作`): they answer the item itself.
fn leading_links(kids: &[&Node]) -> usize {
    kids.iter()
        .take_while(|k| is_blank_node(k) || k.is_item() && bare_link(&k.title))
        .count()
}

/// `- [死锁 | blog](…)` right after `1. 死锁的条件`: a bullet that is only a link, under a
/// numbered item, answers that item (a list of linked questions keeps one kind of marker).
fn link_answer_item(kids: &[&Node], k: usize) -> bool {
    let ordered = |n: &Node| matches!(n.kind, Kind::Item { ordered: true });
    bare_link(&kids[k].title)
        && kids[..k]
            .iter()
            .rev()
            .find(|p| !is_blank_node(p))
            .is_some_and(|p| p.is_item() && ordered(p) != ordered(kids[k]))
}

/// The line is one link and nothing else: `[死锁 | blog](http://…)`, `<http://…>`, a URL.
fn bare_link(title: &str) -> bool {
    let t = trim(title);
    let md = t.starts_with('[') && t.ends_with(')') && t.matches("](").count() == 1;
    md || crate::text::is_url_line(t) || t.starts_with("<http") && t.ends_with('>')
}

/// `#### 1、TCP三次握手和四次挥手` in the run `#### 3、为什么要有TIME_WAIT状态`, `#### 5、为什么
/// UDP需要长度字段…？`: numbered like two or more siblings that ask, one of a run of questions,
/// never a part of another's answer.
fn in_asking_run(s: &Node, siblings: &[&Node]) -> bool {
    let style = |n: &Node| n.shape().num.map(|num| num.style);
    style(s).is_some()
        && siblings
            .iter()
            .filter(|o| o.shape().explicit && style(o) == style(s))
            .count()
            >= 2
}

/// Two or more of the items right under `s` ask outright: it is a section of questions
/// (`##### 1）基础` over `- int 范围？`), never an emphasised line or part of another answer.
fn lists_questions(s: &Node) -> bool {
    s.children
        .iter()
        .filter(|c| c.is_item() && c.shape().explicit)
        .count()
        >= 2
}

/// `### ICMP报文的种类` over `#### ICMP差错报告报文`, `#### ICMP询问报文`, each with text of
/// its own: the kinds (or instances, `…的应用实例`) it announces are concepts with sections of
/// their own, not the parts of an answer (`#### 方法一`, `#### 方法二` are).
fn groups_concepts(s: &Node) -> bool {
    const KINDS: &[&str] = &[
        "种类",
        "类型",
        "分类",
        "类别",
        "实例",
        "组成",
        "构成",
        "types",
        "kinds",
        "components",
    ];
    let name = crate::text::plain_inline(&s.shape().text).to_lowercase();
    let name = name.trim_end_matches([':', '：', ' ']);
    let (_, subs) = own_and_subs(s);
    KINDS.iter().any(|k| name.ends_with(k))
        && subs.len() >= 2
        && subs.iter().all(|c| {
            let cs = c.shape();
            c.end > c.head_end && !cs.part && !cs.explicit && !cs.question && !cs.sentence
        })
}

/// An item that asks nothing, short, over two or more items that are neither definitions
/// (`term - def`, `term：def`) nor sentences, and most of them ask or set a task (or the item
/// says they are questions): a group of questions in a list of them.
fn groups_questions(n: &Node) -> bool {
    let sh = n.shape();
    let all: Vec<&Node> = n.children.iter().collect();
    let lead = leading_links(&all);
    let kids: Vec<&Node> = (lead..all.len())
        .filter(|&k| !is_blank_node(all[k]) && !link_answer_item(&all, k))
        .map(|k| all[k])
        .collect();
    // One sub-question under an item that asks nothing (`传输层的协议` over `TCP和UDP的区别`).
    // (Or a subject over one that groups questions itself: `Redis` over `持久化机制` over
    // them.)
    let nested = kids.len() == 1 && !sh.question && groups_questions(kids[0]);
    let one = kids.len() == 1
        && (kids[0].shape().question || task(&kids[0].shape().text) || sh.question_list)
        && !sh.question
        || nested;
    let asking = kids
        .iter()
        .filter(|k| k.shape().question || task(&k.shape().text))
        .count();
    // Explanations run on in clauses (`select每次调用都…，每次调用都需要…，…`); questions do not.
    let clauses = |k: &Node| {
        let ks = k.shape();
        !ks.explicit
            && super::shape::strip_enclosed(&ks.text)
                .matches(['，', ','])
                .count()
                >= 2
    };
    // (`MySQL相关` over `innodb 索引结构` …: questions about a subject, named as such. A bare
    // subject, `Redis` over `线程模型` `跳表实现，如何插入节点`, needs a third of them to ask.)
    let core = sh.text.trim_end_matches([':', '：']);
    let related = core.ends_with("相关") && crate::text::chars(core) <= 16;
    let subject = crate::text::chars(core) <= 12 && !sh.question;
    // (A question over follow-ups that all ask, `讲一下ConcurrentHashMap` over `为什么比
    // HashTable的效率高` and `CAS操作，有什么问题`: it asks, they ask after it.)
    // (Not questions the candidate asked, answered under each: `有什么要提问的` over
    // `基础平台是做什么的？` and its answer is one card.)
    // (One of them may be said about them: `区别：一个偏吞吐…`.)
    let asked: Vec<&&Node> = kids.iter().filter(|k| k.shape().explicit).collect();
    let follow_ups = sh.explicit
        && asked.len() >= 2
        && asked.len() + 1 >= kids.len()
        && asked.iter().all(|k| {
            k.children
                .iter()
                .all(|c| is_blank_node(c) || c.shape().explicit)
        });
    n.is_item()
        && (!sh.explicit || follow_ups)
        && sh.chars <= 30
        && (kids.len() >= 2 || one)
        && kids.iter().all(|k| k.is_item())
        && (sh.question_list
            || nested
            || (related || asking * 2 >= kids.len() || subject && asking * 3 >= kids.len())
                // (One remark among two or more that ask is the author's note.)
                && kids
                    .iter()
                    .filter(|k| {
                        let ks = k.shape();
                        ks.term.is_some()
                            || ks.sentence
                            || clauses(k)
                            || dash_pair(&k.title).is_some()
                    })
                    .count()
                    <= usize::from(asking >= 2))
}

/// A task set in an interview: `write a code to…`, `implement an LRU`, `手写快排`.
fn task(text: &str) -> bool {
    const EN: &[&str] = &["write ", "implement ", "design ", "create ", "code "];
    const ZH: &[&str] = &["写", "手写", "实现", "设计", "找出", "求", "计算", "判断"];
    let lower = text.trim().to_lowercase();
    // (`原生js实现斐波那契数列。`: how to do it comes first, in a few words.)
    let how = |w: &&str| {
        lower.find(*w).is_some_and(|p| {
            crate::text::chars(&lower[..p]) <= 8 && !lower[..p].contains(['，', ',', '。'])
        })
    };
    EN.iter().any(|w| lower.starts_with(w))
        || ZH.iter().any(|w| lower.starts_with(w))
        || ["实现", "手写"].iter().any(how) && crate::text::chars(&lower) <= 40
}

/// `**6、连接池为什么快？** 复用连接。`: a bold question with its answer after it.
fn bold_lead(title: &str) -> bool {
    opening_bold(title).is_some_and(|inner| inner.ends_with(['?', '？']))
        && !trim(title).ends_with("**")
}

/// A heading that states an answer (`用 defer 和 recover 兜底`, `Go中用 defer panic recover来处理`)
/// rather than naming something.
fn answer_statement(title: &str) -> bool {
    let sh = Shape::of(title);
    let t = &sh.text;
    !sh.question
        && sh.chars >= 6
        && ["用", "通过", "使用", "采用", "靠", "借助", "利用"]
            .iter()
            .any(|w| t.starts_with(w) || t.contains(&format!("中{w}")))
}

/// A one-line paragraph wrapped in emphasis: `*…*` or `_…_`.
fn is_italic_line(n: &Node) -> bool {
    let t = trim(&n.title);
    matches!(n.kind, Kind::Para)
        && n.children.is_empty()
        && t.len() > 2
        && ((t.starts_with('*') && t.ends_with('*') && !t.starts_with("**"))
            || (t.starts_with('_') && t.ends_with('_') && !t.starts_with("__")))
}

/// `追问：…`, `Follow-up: …`: a question asked after another.
fn follow_up(title: &str) -> bool {
    let t = crate::text::plain_inline(title).to_lowercase();
    [
        "追问",
        "follow-up",
        "follow up",
        "followup",
        "延伸",
        "扩展问题",
    ]
    .iter()
    .any(|w| t.trim_start().starts_with(w))
}

/// Whether two titles name the same thing: a run of two ideographs or a Latin word of three
/// letters or more in common.
fn shares_term(a: &str, b: &str, subject: &std::collections::HashSet<String>) -> bool {
    let tb = terms(b);
    terms(a)
        .iter()
        .any(|t| tb.contains(t) && !subject.contains(t))
}

/// The terms of a title: Latin words of three letters or more, and pairs of ideographs
/// (asking words left out), lower case.
fn terms(t: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "什么",
        "如何",
        "为什么",
        "怎么",
        "哪些",
        "区别",
        "原理",
        "问题",
        "方法",
        "使用",
        "作用",
        "一个",
        "可以",
        "以及",
        "实现",
        "概念",
    ];
    let t = crate::text::plain_inline(t).to_lowercase();
    let mut out: Vec<String> = t
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| w.len() >= 3 && w.chars().any(|c| c.is_ascii_alphabetic()))
        .map(String::from)
        .collect();
    let cs: Vec<char> = t.chars().collect();
    for w in cs.windows(2) {
        if w.iter().all(|c| crate::clean::is_cjk(*c)) {
            let pair: String = w.iter().collect();
            if !COMMON.iter().any(|c| c.contains(pair.as_str())) {
                out.push(pair);
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// Where a run of three or more numbered questions starts among a card's blocks, when the
/// run goes on to the end: questions written after an answer, not part of it.
fn asking_run(nodes: &[&Node]) -> Option<usize> {
    // Only numbered heads (checked cheaply first) need their shapes.
    let numbered: Vec<(usize, &Shape)> = nodes
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            matches!(n.kind, Kind::Item { ordered: true })
                || matches!(n.kind, Kind::Para)
                    && trim(&n.title).starts_with(|c: char| {
                        c.is_ascii_digit() || "*（(一二三四五六七八九十第".contains(c)
                    })
        })
        .map(|(i, n)| (i, n.shape()))
        .filter(|(i, s)| s.num.is_some() || matches!(nodes[*i].kind, Kind::Item { ordered: true }))
        .collect();
    // The longest tail of numbered heads that ask.
    let mut start = None;
    let mut count = 0;
    for (i, s) in numbered.iter().rev() {
        if !s.explicit {
            break;
        }
        start = Some(*i);
        count += 1;
    }
    let Some(at) = start else {
        return asking_lines(nodes);
    };
    // A list of questions, not an answer in numbered parts: most of them have nothing
    // under them.
    let answered = numbered
        .iter()
        .filter(|(i, _)| *i >= at)
        .filter(|(i, _)| {
            has_children(nodes[*i])
                || nodes.get(i + 1).is_some_and(|n| {
                    // (The next numbered head, in list markup or written out, is no answer.)
                    let numbered =
                        matches!(n.kind, Kind::Item { ordered: true }) || n.shape().num.is_some();
                    !matches!(n.kind, Kind::Para | Kind::Item { .. }) || !numbered
                })
        })
        .count();
    if count >= 3 && at > 0 && answered * 3 <= count {
        return Some(at);
    }
    asking_lines(nodes)
}

/// Where a closing list of questions written one per line starts among a card's blocks
/// (`Some questions to check:` over `What is a prototype?` `How do you chain promises?` …,
/// with short group names such as `OOP` among them): three or more lines that ask, nothing
/// under any, going on to the end, after a lead-in or a rule. Five or more need none.
fn asking_lines(nodes: &[&Node]) -> Option<usize> {
    // (Bullets too: `接下来的问题：` over `- 什么是对象？` `- 如何进行面向对象的分析？` …, a
    // closing `- ……` saying there are more.)
    let line = |n: &Node| {
        matches!(n.kind, Kind::Para | Kind::Item { ordered: false })
            && !has_children(n)
            && n.end == n.line + 1
    };
    let etc = |n: &Node| {
        let t = trim(&n.title).trim_start_matches(['-', '*', '+']).trim();
        !t.is_empty() && t.chars().all(|c| matches!(c, '…' | '.' | '。' | '等'))
    };
    let mut end = nodes.len();
    while end > 0 && line(nodes[end - 1]) && etc(nodes[end - 1]) {
        end -= 1;
    }
    let nodes = &nodes[..end];
    let (mut at, mut asks, mut labels) = (nodes.len(), 0, 0);
    while at > 0 && line(nodes[at - 1]) {
        let s = nodes[at - 1].shape();
        if s.explicit && s.term.is_none() {
            asks += 1;
        } else if group_label(s) {
            labels += 1;
        } else {
            break;
        }
        at -= 1;
    }
    // (The first label, ending in a colon, leads them in: `接下来的问题：`.)
    while at < nodes.len()
        && labels > 0
        && lead_in(nodes[at])
        && trim(&nodes[at].title).ends_with([':', '：'])
    {
        at += 1;
        labels -= 1;
    }
    let mut start = at;
    while start > 0 && lead_in(nodes[start - 1]) {
        start -= 1;
    }
    let announced = start < at;
    (asks >= 3 && labels * 2 <= asks && (announced || asks >= 5) && start > 0).then_some(start)
}

/// An exclamation (`每天进步一点点,赢在别人休息时!`, `Keep going!`): a motto, never a subject.
fn exclaims(text: &str) -> bool {
    text.trim_end().ends_with(['!', '！'])
}

/// What announces a closing list of questions: a rule (`=====` after a blank line too) or
/// a one-line label (`Some questions to check:`).
fn lead_in(n: &Node) -> bool {
    matches!(n.kind, Kind::Rule)
        || matches!(n.kind, Kind::Para)
            && n.end == n.line + 1
            && (super::lines::is_rule(&n.title) || n.shape().label && !n.shape().explicit)
}

/// The entry `e` is followed by two entries that ask outright, one right after the other.
fn names_group(nodes: &[&Node], entries: &[usize], e: usize) -> bool {
    let next = &entries[e + 1..];
    next.len() >= 2
        && next[..2].iter().all(|&i| nodes[i].shape().explicit)
        && next[0] == entries[e] + 1
        && next[1] == next[0] + 1
}

/// A short name that asks nothing (`OOP`, `Best practices`, `AJAX`) among questions written
/// one per line: it names the group below it.
fn group_label(s: &Shape) -> bool {
    !s.question
        && !s.explicit
        && s.term.is_none()
        && !s.sentence
        && !s.clause
        && (1..=24).contains(&s.chars)
        && s.text.split_whitespace().count() <= 3
}

/// A sub-heading written as a sentence, a few levels below its parent: a paragraph in
/// heading markup.
fn is_sentence_heading(s: &Node, parent: &Node) -> bool {
    let deep = match (s.heading, parent.heading) {
        (Some(a), Some(b)) => a >= b + 2,
        _ => false,
    };
    let sh = s.shape();
    deep && !sh.explicit && (sh.sentence || sh.remark || s.title.trim_end().ends_with(['。', '.']))
}

/// A block of links to the note's own headings (`- [GC](#gc)` with nested ones), or a
/// `[toc]` marker.
fn is_index(n: &Node) -> bool {
    let t = trim(&n.title).to_ascii_lowercase();
    if matches!(t.as_str(), "[toc]" | "[[toc]]" | "{:toc}" | "@[toc]") {
        return true;
    }
    let mut all = true;
    n.walk(&mut |m| {
        if !matches!(m.kind, Kind::Item { .. } | Kind::Para | Kind::Text)
            || !(m.title.trim().is_empty() || m.shape().anchor)
        {
            all = false;
        }
    });
    all && n.shape().anchor
}

/// The one item at the margin that holds the whole note, a name over two or more blocks of
/// its own (no heading, nothing else beside it).
fn lone_outline_block(root: &Node) -> Option<usize> {
    let mut items = (0..root.children.len()).filter(|&k| !is_blank_node(&root.children[k]));
    let (k, None) = (items.next()?, items.next()) else {
        return None;
    };
    let n = &root.children[k];
    let s = n.shape();
    let named = n.is_item()
        && !n.is_heading()
        && s.titled()
        && !s.sentence
        && !s.clause
        && n.children.iter().filter(|c| !is_blank_node(c)).count() >= 2;
    named.then_some(k)
}

/// A line short enough to name a concept or ask about it: sixteen characters of Chinese
/// (`电场强度叠加原理`), or up to sixty of Latin words (`interface vs abstract class`).
fn short_name(line: &str) -> bool {
    crate::text::chars(line) <= 16 || latin_name(line)
}

/// Up to sixty characters of Latin words. (Words only: `@echo Building Utils`, `create
/// table t(` and `\begin{align}` are code.)
fn latin_name(line: &str) -> bool {
    line.len() <= 60
        && line.starts_with(|c: char| c.is_ascii_alphabetic())
        && line
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " -'/&.,()?".contains(c))
        && line.matches('(').count() == line.matches(')').count()
}

/// A paragraph whose next lines, two or more, are each a Latin name (`Design Splitwise`,
/// `Design CricInfo`, …): a list written as lines, not a name over its explanation.
fn names_lines(rest: &[&str]) -> bool {
    rest.len() >= 2
        && rest
            .iter()
            .all(|t| latin_name(crate::text::trim_decoration(t)))
}

/// A heading that asks (`Why is Redis fast?`, `TCP vs UDP`, `Freeze data!!!`, which
/// exclaims) names no subject for what lies under it.
/// So does one that names an aspect of something (`cons of rest`, `advantages of Redis`):
/// it asks for that aspect.
fn asks(h: &Node) -> bool {
    let t = trim(&h.title);
    let aspect = || {
        let lower = t.to_ascii_lowercase();
        lower
            .split_once(" of ")
            .is_some_and(|(head, _)| super::shape::is_part(head))
    };
    h.shape().question || t.ends_with(['!', '！']) || aspect()
}

fn is_section(n: &Node) -> bool {
    matches!(n.kind, Kind::Heading(_)) || n.is_heading()
}

fn is_blank_node(n: &Node) -> bool {
    n.title.trim().is_empty() && n.children.is_empty()
}

/// `### 元组关系演算` with nothing under it, among sections: a concept the author has yet to
/// write up (a card not answered yet). Subject-level headings (`#`, `##`) and numbered
/// chapters left empty are plans for sections, not questions.
fn concept_placeholder(h: &Node) -> bool {
    let sh = h.shape();
    matches!(h.kind, Kind::Heading(l) if l >= 3)
        && sh.titled()
        && !sh.structural
        && !sh.part
        && !sh.sentence
        && !textbook(h)
        && sh.num.is_none()
}

/// `- Long-term scheduling is performed when a new process` / `is created. This is…`: a
/// sentence hard-wrapped onto the next line (text pasted from a PDF), not a name over what
/// explains it.
fn wrapped(n: &Node) -> bool {
    let head = trim(&n.title);
    // English prose of a few words at least; a name or a Chinese line is not wrapped prose.
    let prose = head.is_ascii() && head.split_whitespace().count() >= 5;
    prose
        && n.children.first().is_some_and(|c| {
            matches!(c.kind, Kind::Text)
                && c.line == n.line + 1
                && trim(&c.title).starts_with(|ch: char| ch.is_ascii_lowercase())
        })
        && !head.ends_with([':', '：', '.', '。', '?', '？'])
}

/// `- The Human Development Index (HDI)` over `人类发展指数（HDI）`: an item whose one line
/// under it is its name in the other language, a gloss, no explanation.
fn only_translated(n: &Node) -> bool {
    let kids: Vec<&Node> = n.children.iter().filter(|c| !is_blank_node(c)).collect();
    let [k] = kids.as_slice() else {
        return false;
    };
    let cjk = |t: &str| t.chars().any(crate::clean::is_cjk);
    let (name, gloss) = (n.shape(), k.shape());
    // (A gloss goes on the item's own paragraph; a sub-bullet, `- public` over `- 任何类都能
    // 访问`, explains.)
    !k.is_item()
        && k.end <= k.line + 1
        && !has_children(k)
        && gloss.chars <= 20
        && name.term.is_none()
        && gloss.term.is_none()
        && cjk(&name.text) != cjk(&gloss.text)
        && !gloss.text.contains(['。', '，', ',', '.', ':', '：'])
        && !crate::text::is_url_line(trim(&k.title))
        && !is_image(k)
}

/// Everything under `n` is images (`- ![](step1.png)`): they illustrate the line, they do
/// not explain it as a term.
fn only_images(n: &Node) -> bool {
    let mut any = false;
    let all = n.children.iter().filter(|c| !is_blank_node(c)).all(|c| {
        any = true;
        is_image(c)
    });
    any && all
}

/// `- 条件码` over only its picture (the table of the flags): a name the picture explains,
/// unlike a step a picture illustrates (`- split the full page in half, …` over its
/// diagram).
fn pictured_name(s: &Shape) -> bool {
    // (Nor a point a picture illustrates, `阶码和尾码的位数的分配实际是…的折衷`.)
    s.titled()
        && s.term.is_none()
        && !s.sentence
        && !s.clause
        && s.chars <= 24
        && !imperative(&s.text)
        && !super::shape::is_clause_zh(&s.text)
        && !super::shape::tells_zh(&s.text)
        && !super::shape::strip_enclosed(&s.text).contains(['，', ',', '、', ':', '：'])
}

/// `组成: 磷酸+脱氧核糖`: a `term: value` head whose term names a property
/// ([`super::shape::is_property`]).
fn names_property(s: &Shape) -> bool {
    s.term.is_some() && super::shape::is_property(&entry_name(s))
}

/// `死锁：互相等待`: a line that names its term and explains it (not an answer part's label,
/// `优点：…`, nor a clause, `STL包含6大部件：…`).
fn defines_term(s: &Shape) -> bool {
    s.term.is_some() && !s.part_term() && !super::shape::is_clause_zh(&entry_name(s))
}

/// `1.  1`, `3. 3`, `2.1`: a title made of numbers and their dots only.
fn numbers_only(title: &str) -> bool {
    let t = crate::text::plain_inline(title);
    t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| {
            c.is_ascii_digit() || c.is_whitespace() || matches!(c, '.' | '、' | '．' | ')' | '）')
        })
}

/// A block that is only a picture (`![](x.png)`, `<img …>`).
fn is_image(n: &Node) -> bool {
    crate::text::only_picture(&n.title) && n.children.iter().all(is_blank_node)
}

/// One line that says what the questions after it are about ([`super::shape::about_the_questions`]).
fn about_the_questions(n: &Node) -> bool {
    n.end <= n.line + 1
        && !has_children(n)
        && matches!(n.kind, Kind::Para | Kind::Item { .. })
        && super::shape::about_the_questions(&n.shape().text)
}

fn has_children(n: &Node) -> bool {
    n.children.iter().any(|c| !is_blank_node(c))
}

/// A heading's own blocks and its sub-sections. For a Logseq heading bullet the sections are
/// its child heading bullets.
fn own_and_subs(h: &Node) -> (Vec<&Node>, Vec<&Node>) {
    match h.kind {
        Kind::Heading(_) => {
            let (own, subs) = h.split_sections();
            // (`1. ### What is React?` and more under `## Core React`: headings written in
            // numbered items, two or more, are its sections too.)
            let heading_item = |c: &Node| c.is_item() && c.is_heading();
            if own.iter().filter(|c| heading_item(c)).count() >= 2 {
                let at = own.iter().position(heading_item).unwrap_or(own.len());
                return (
                    own[..at].iter().collect(),
                    own[at..].iter().chain(subs).collect(),
                );
            }
            (own.iter().collect(), subs.iter().collect())
        }
        _ => h.children.iter().partition(|c| !c.is_heading()),
    }
}

/// `### Web questions` (empty, no number) right over `### 1. What happens when we hit a
/// url?`, among siblings numbered `1.` … `7.` before it: a section line written at the
/// questions' own level, naming those after it until the next one. Where they are, when
/// every numbered run after one starts at 1 and two or more runs are named this way (or the
/// count starts again after a run).
fn level_section_lines(subs: &[&Node]) -> Option<Vec<usize>> {
    let number = |s: &Node| crate::outline::plain::numbering(trim(&s.title)).map(|n| n.n);
    let empty = |s: &Node| s.end <= s.head_end;
    let at: Vec<usize> = (0..subs.len().saturating_sub(1))
        .filter(|&k| {
            let s = subs[k];
            empty(s) && number(s).is_none() && !s.shape().explicit && number(subs[k + 1]) == Some(1)
        })
        .collect();
    let numbered = subs.iter().filter(|s| number(s).is_some()).count();
    // (The longest stretch before one holds every shorter one.)
    let restarts = at
        .last()
        .is_some_and(|&k| subs[..k].iter().any(|s| number(s).is_some_and(|n| n > 1)));
    (!at.is_empty() && (at.len() >= 2 || restarts) && numbered * 2 >= subs.len()).then_some(at)
}

/// Sibling headings decided together, within `scope`.
fn classify(sections: &[&Node], scope: Group) -> Group {
    let shapes: Vec<&Shape> = sections.iter().map(|s| s.shape()).collect();
    let n = shapes.len();
    if n == 0 {
        return scope;
    }
    let asking = shapes.iter().filter(|s| s.explicit).count();
    let nonempty: Vec<&&Node> = sections.iter().filter(|s| s.end > s.head_end).collect();
    // Sections with text of their own (not only sub-sections) are what cards look like.
    let leaves = nonempty
        .iter()
        .filter(|s| own_and_subs(s).0.iter().any(|n| !is_blank_node(n)))
        .count();
    let outline = |s: &Node| {
        let own = own_and_subs(s).0;
        let items: Vec<&Node> = own.into_iter().filter(|n| !is_blank_node(n)).collect();
        let explained = items
            .iter()
            .filter(|n| {
                n.is_item() && (has_children(n) || n.shape().term.is_some()) && concept_item(n)
            })
            .count();
        items.len() >= 2 && explained * 3 >= items.len() * 2
    };
    // (Only worth a look where one of them is a lone bullet, the case it decides: reading
    // every item's shape under every heading is costly.)
    let lone = || {
        nonempty.iter().any(|s| {
            let own = own_and_subs(s).0;
            only_block(&own, |_| false).is_some_and(|k| own[k].is_item() && has_children(own[k]))
        })
    };
    let outlines = if n >= 3 && lone() {
        nonempty.iter().filter(|s| outline(s)).count()
    } else {
        0
    };
    Group {
        questions: n >= 2 && asking * 2 >= n,
        cards: nonempty.is_empty() || leaves * 2 > nonempty.len(),
        outlines: n >= 3 && outlines * 2 > nonempty.len(),
        dated_rounds: sections
            .iter()
            .any(|s| s.shape().round && dated_name(&s.title)),
        ..scope
    }
}

/// `### 缺页异常的处理流程`: a heading that names a process (or a definition, `栈结构的定义`:
/// what it holds states it). The points under it
/// (`1. **保存上下文**：…` `2. **更新页表**：…`) are its steps, its answer, not terms.
/// (A process of something, after `的` or a name of a few words, `CPU工作过程`: `存储过程` is
/// a stored procedure, and a heading listing names, `视图、触发器、存储过程`, names no process;
/// nor does a title over a whole document, `kafka架构内部原理 工作流程`.)
fn names_process(owner: &Shape) -> bool {
    let t = owner.text.trim_end_matches([':', '：']);
    ["过程", "流程", "步骤", "的定义"]
        .iter()
        .find_map(|w| t.strip_suffix(w))
        .is_some_and(|of| {
            of.contains('的')
                || (3..=10).contains(&crate::text::chars(of)) && !of.contains(char::is_whitespace)
        })
        && !t.contains('、')
}

/// `### Example of a Resource Allocation Graph` over `* The sets T, R, and E:` and `* Thread
/// states:`, each over its lines: a worked example, whose parts are its answer, not concepts
/// of their own. (Questions it asks, `- Does this code deadlock?`, are still questions.)
fn worked_example(nodes: &[&Node], cand: &[(usize, &Shape)], owner: &Shape) -> bool {
    let t = owner.text.trim().to_lowercase();
    let example = ["example ", "an example", "a worked example"]
        .iter()
        .any(|w| t.starts_with(w))
        || t.ends_with(" example")
        || ["例题", "示例", "举例"].iter().any(|w| t.starts_with(w));
    example && !cand.iter().any(|(i, s)| nodes[*i].is_item() && s.explicit)
}

/// `#### 构建主应用` over `1. 创建微应用容器 - …` `2. 注册微应用 - …` `3. 启动qiankun；`: a
/// heading that names a procedure (a verb opens it) over numbered items most of which are
/// steps (a verb opens them too) holds the steps of its answer, neither terms nor questions.
fn procedure_steps(nodes: &[&Node], cand: &[(usize, &Shape)], owner: &Shape) -> bool {
    // (`删除操作`, `安装命令`: a verb before a noun that names a kind of thing, not a task.)
    let noun = ["操作", "命令", "方法", "方式", "工具", "技巧", "快捷键"]
        .iter()
        .any(|w| owner.text.ends_with(w));
    let process = names_process_en(&owner.text);
    let named = process
        || names_procedure(&owner.text)
        || super::shape::zh_step(&owner.text) && crate::text::chars(&owner.text) <= 12 && !noun;
    if !named || owner.explicit {
        return false;
    }
    let items: Vec<&(usize, &Shape)> = cand.iter().filter(|(i, _)| nodes[*i].is_item()).collect();
    let step = |s: &Shape| {
        process && described_stage(&s.text) || super::shape::zh_step(&s.text) || imperative(&s.text)
    };
    // (A step may read like a task set, `Analyze the data: draw conclusions`; under a
    // process it is one more step.)
    let ordered = items.iter().all(|(i, s)| {
        matches!(nodes[*i].kind, Kind::Item { ordered: true })
            && (!s.explicit || process && step(s))
    });
    let steps = items.iter().filter(|(_, s)| step(s)).count();
    items.len() >= 2 && ordered && steps * 2 >= items.len()
}

/// `### Init of Container`, `Request lifecycle`, `The build process`: an English heading that
/// names a process by its noun. (`States of a process` names the thing a process is.)
fn names_process_en(text: &str) -> bool {
    const OF: &[&str] = &[
        "init",
        "initialization",
        "initialisation",
        "lifecycle",
        "life cycle",
    ];
    // (`Scientific Method`, `Dijkstra's algorithm`: one way of doing, told in steps; the
    // plural, `Sorting Methods`, names kinds.)
    const HEAD: &[&str] = &[
        "process",
        "lifecycle",
        "life cycle",
        "workflow",
        "initialization",
        "method",
        "algorithm",
    ];
    let t = text.trim().trim_end_matches(':').to_ascii_lowercase();
    // (What comes before the head noun, when the heading ends on one after a space.)
    let before = HEAD
        .iter()
        .find_map(|w| t.strip_suffix(w).filter(|b| b.ends_with(' ')));
    let thing = before.is_some_and(|b| {
        [" a ", " the ", " each ", " every "]
            .iter()
            .any(|a| b.ends_with(a))
    });
    !t.ends_with('?')
        && !thing
        && (before.is_some()
            || OF.iter().any(|w| {
                t.strip_prefix(w)
                    .is_some_and(|rest| rest.starts_with(" of ") || rest.starts_with(" process"))
            }))
}

/// `**ApplicationContext** creation`, `Beans are ready now`: a stage of a process told in
/// words, in sentence case; `Lexical Analysis`, `Exploitation` name a phase, a concept.
fn described_stage(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let rest: Vec<&&str> = words
        .iter()
        .skip(1)
        .filter(|w| w.starts_with(|c: char| c.is_ascii_alphabetic()))
        .collect();
    let lower = rest
        .iter()
        .filter(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
        .count();
    words.len() >= 2 && lower * 2 > rest.len()
}

/// `Writing a Chemical Equation from a Reaction Description`, `How to balance an equation`:
/// an English heading that names a procedure, a gerund (or `How to`) opening a phrase.
fn names_procedure(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    if text.ends_with(['?', '？']) {
        return false;
    }
    let lower = first.to_ascii_lowercase();
    let gerund = first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && lower.len() >= 6
        && lower.ends_with("ing")
        && ![
            "string",
            "during",
            "nothing",
            "something",
            "anything",
            "everything",
            "morning",
            "evening",
            "spring",
            "ceiling",
            "building",
            "meaning",
            "padding",
            "mapping",
            "setting",
            "settings",
            "thing",
            "things",
            "warning",
            "timing",
        ]
        .contains(&lower.as_str());
    gerund || lower == "how" && text.to_ascii_lowercase().starts_with("how to ")
}

/// None of the picked blocks asks plainly ([`asks_plainly`]): under a process, they are steps.
fn none_asks_plainly(nodes: &[&Node], mut picked: impl Iterator<Item = usize>) -> bool {
    picked.all(|i| !asks_plainly(&nodes[i].shape().text))
}

/// A step of a process still asks when it says so plainly: a question mark, or a question
/// word first (`为什么…`, `How …`); `NVIC判断是否响应` names a step.
fn asks_plainly(text: &str) -> bool {
    let t = text.trim().to_lowercase();
    t.ends_with(['?', '？'])
        || ["为什么", "如何", "怎么", "什么", "why ", "how ", "what "]
            .iter()
            .any(|w| t.starts_with(w))
}

/// A section whose own text is mostly items that each name a term and explain it (`1. 小市:
/// …` `2. 基层市场: …`), two or more.
fn glossary_section(s: &Node) -> bool {
    let (own, _) = own_and_subs(s);
    let items: Vec<&Node> = own.into_iter().filter(|n| n.is_item()).collect();
    let terms = items.iter().filter(|n| n.shape().term.is_some()).count();
    terms >= 2 && terms * 3 >= items.len() * 2
}

/// `9.10 盛趣`, `3/14 字节`: a date (or what reads as one), then a short name.
fn dated_name(t: &str) -> bool {
    let t = crate::text::plain_inline(trim(t));
    let mut words = t.split_whitespace();
    let (Some(date), Some(name)) = (words.next(), words.next()) else {
        return false;
    };
    date.chars().filter(char::is_ascii_digit).count() >= 2
        && date.contains(['.', '/', '-', '月'])
        && date
            .chars()
            .all(|c| c.is_ascii_digit() || "./-月日号".contains(c))
        && words.next().is_none()
        && crate::text::chars(name) <= 12
}

/// Latin words of a title (two letters or more), lower case.
fn latin_words(t: &str) -> Vec<String> {
    crate::text::plain_inline(t)
        .to_lowercase()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .map(|w| w.trim_matches(['-', '_']))
        .filter(|w| w.len() >= 2 && w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| {
            !matches!(
                *w,
                "the" | "and" | "of" | "in" | "to" | "vs" | "with" | "for" | "on"
            )
        })
        .map(String::from)
        .collect()
}

/// A heading whose Latin words (not the note's subject) name at least half of its
/// sub-headings: `epoll 原理（select/poll）` over `select/poll 技术`, `epoll 技术`.
fn enumerates(title: &str, subs: &[&Node], subject: &std::collections::HashSet<String>) -> bool {
    // (An English gloss in brackets after a Chinese name, `软件工程实践（Software Engineering
    // Practice）` over `需求工程（Requirements Engineering）`, translates it: its words name
    // nothing the heading is about.)
    let unglossed = |t: &str| -> String {
        let t = crate::text::plain_inline(t);
        match super::trailing_remark(&t) {
            // (Not names listed there, `k8s 对象（pod / deployment）`: what the subject covers.)
            Some((name, gloss, true))
                if name.contains(crate::clean::is_cjk)
                    && !gloss.contains(crate::clean::is_cjk)
                    && !gloss.contains(['/', ',', '，', '、', ';']) =>
            {
                name.to_string()
            }
            _ => t.to_string(),
        }
    };
    let title = &unglossed(title);
    let own: Vec<String> = latin_words(title)
        .into_iter()
        .filter(|w| !subject.contains(w))
        .collect();
    if own.is_empty() || subs.len() < 2 {
        return false;
    }
    let heading = crate::text::plain_inline(title).to_lowercase();
    // (`### IP地址与硬件地址` under `## 网际协议 IP`: a name written into a Chinese compound,
    // `IP地址`, `IP数据报`, names another thing, not a part of the heading's; `TCP的首部格式`
    // and `ipvs 三种模式` name its parts.)
    // (A sub-heading that asks, `### TCP为什么要三次握手？`, is a question of its own: no sign
    // of parts, and one more sign against them.)
    let named = subs
        .iter()
        .filter(|s| !s.shape().explicit)
        .filter(|s| {
            let title = unglossed(&s.title).to_lowercase();
            latin_words(&title)
                .iter()
                .any(|w| own.contains(w) && !compounded(&title, w, &heading))
        })
        .count();
    // (`## DNA/RNA` over `### DNA`, `### RNA`: sub-headings that are the very names it lists
    // are the concepts it groups, not parts about them. Names in a closing remark, `k8s 对象
    // （pod / deployment）`, only say what the subject covers.)
    let main = super::trailing_remark(title).map_or(title.as_str(), |r| r.0);
    let named_outright = latin_words(main);
    let exact = subs
        .iter()
        .filter(|s| {
            let title = crate::text::plain_inline(&s.title);
            let w = latin_words(&title);
            w.len() == 1 && named_outright.contains(&w[0]) && !title.contains(crate::clean::is_cjk)
        })
        .count();
    named * 2 >= subs.len() && exact * 2 < named
}

/// Every use of `w` in `title` is glued to the Chinese noun after it (`ip地址`, not `ip 地址`,
/// `ip的地址` or `udp不可靠`): a compound naming a thing of its own. (`https优点` names a part
/// of an answer, glued or not; `aof持久化的实现` under `aof持久化` the heading's own compound.)
fn compounded(title: &str, w: &str, heading: &str) -> bool {
    // (The Chinese the heading itself glues to the name: `持久化` of `aof持久化`.)
    let own: String = heading.find(w).map_or_else(String::new, |p| {
        heading[p + w.len()..]
            .chars()
            .take_while(|&c| crate::clean::is_cjk(c))
            .collect()
    });
    let mut uses = title.match_indices(w).peekable();
    uses.peek().is_some()
        && uses.all(|(i, _)| {
            let rest = &title[i + w.len()..];
            rest.chars()
                .next()
                .is_some_and(|c| crate::clean::is_cjk(c) && !"的之不是和与及在为有会能".contains(c))
                && !super::shape::is_part(rest.trim())
                && (own.is_empty() || !rest.starts_with(&own))
        })
}

/// Sub-headings that are variants of one thing (`go1.4` / `go1.4 before`, `"-AR" endings` /
/// `"-ER/IR" endings`): leaves sharing a word. They are parts of their parent's answer.
fn variants(subs: &[&Node], subject: &std::collections::HashSet<String>) -> bool {
    if subs.len() < 2 || subs.len() > 4 || subs.iter().any(|s| s.children.iter().any(is_section)) {
        return false;
    }
    let words = |t: &str| -> Vec<String> {
        crate::text::plain_inline(t)
            .to_lowercase()
            .split(|c: char| {
                c.is_whitespace() || matches!(c, '"' | '\'' | '/' | '-' | '(' | ')' | '（' | '）')
            })
            .filter(|w| w.chars().count() >= 3 && !subject.is_empty() || w.chars().count() >= 3)
            // (`The Lost Update`, `The Dirty Read`: an article names nothing they share; nor
            // do `What I’m Working on` and `What I’m Committed to`.)
            .filter(|w| {
                ![
                    "the", "and", "what", "how", "why", "when", "who", "which", "with", "for",
                    "from", "that", "this", "are", "was", "you", "your", "our", "can", "not",
                    "i’m", "i'm",
                ]
                .contains(w)
            })
            .map(String::from)
            .collect()
    };
    // (`Volatile` / `Non-volatile`, `线性` / `非线性`: a class and its opposite are two
    // concepts, not two versions of one answer.)
    let plain = |s: &Node| crate::text::plain_inline(&s.title).to_lowercase();
    let negates = |a: &str, b: &str| {
        ["non-", "non ", "un", "in", "非", "不"].iter().any(|p| {
            b.strip_prefix(p)
                .is_some_and(|rest| rest.trim() == a.trim())
        })
    };
    if subs.len() == 2 && {
        let (a, b) = (plain(subs[0]), plain(subs[1]));
        negates(&a, &b) || negates(&b, &a)
    } {
        return false;
    }
    // (`Adjacency Lists` / `Adjacency Matrices`, `Merge sort` / `Quick sort` share a word
    // and each has a word of its own: two concepts. Versions add a word to one name at most.)
    let names: Vec<Vec<String>> = subs.iter().map(|s| words(&s.title)).collect();
    names[0].iter().any(|w| {
        names[1..].iter().all(|n| n.contains(w))
            && names
                .iter()
                .filter(|n| n.iter().any(|o| o != w && o.chars().count() >= 4))
                .count()
                <= 1
    })
}

/// `- [x] Processes (3 points)` over `- [x] state model`: an item of a plan, a short line
/// that does not ask, over more of the same and nothing else. (`- [ ] Benefits of
/// modularization` over `- [ ] reusability: low coupling means…` reviews what it explains.)
fn planned(n: &Node) -> bool {
    n.is_item() && !n.shape().explicit && planned_points(n)
}

/// An item of a plan and its points: short items all (`- [x] how they work` plans what to
/// learn, whatever it asks).
fn planned_points(n: &Node) -> bool {
    n.is_item()
        && n.shape().chars <= 80
        && n.children
            .iter()
            .all(|c| is_blank_node(c) || planned_points(c))
}

/// `[参考](https://…)`, `[Reference](…)`: a link the author names as where they read it.
fn reference_link(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    let Some((name, url)) = rest.split_once("](") else {
        return false;
    };
    let name = name.trim().to_lowercase();
    url.ends_with(')')
        && crate::text::is_url_line(url.trim_end_matches(')'))
        && [
            "参考",
            "参考资料",
            "参考链接",
            "参考文章",
            "原文",
            "出处",
            "来源",
            "reference",
            "references",
            "ref",
            "source",
            "link",
        ]
        .contains(&name.as_str())
}

/// `- [ ] Building a DFA`, `* [x] state model`: a list item that is a task checkbox.
fn task_box(line: &str) -> bool {
    ["[ ] ", "[x] ", "[X] "].iter().any(|b| line.contains(b))
}

/// `8.1 JDK1.7` under `8. HashMap的底层实现`: a sub-heading numbered under its heading's
/// number.
fn numbered_under(parent: &str, sub: &str) -> bool {
    let number = |t: &str| -> String {
        crate::text::plain_inline(t)
            .trim_start()
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<String>()
    };
    let p = number(parent);
    let p = p.trim_end_matches('.');
    let s = number(sub);
    !p.is_empty()
        && s.strip_prefix(p)
            .and_then(|r| r.strip_prefix('.'))
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// `R1:`, `Q12：`, `3:`: a question's number used as its label.
fn question_number(title: &str) -> bool {
    let core = trim(title).trim_end_matches([':', '：']);
    core.len() <= 4 && core.ends_with(|c: char| c.is_ascii_digit()) && core.is_ascii()
}

/// A long statement of clauses (`服务端收到请求，检查 cipher 是否支持，不支持则断开连接。`):
/// a `是否` inside it (checking whether) does not make it ask.
fn statement(s: &Shape) -> bool {
    s.chars > 30
        && s.text.contains(['，', ','])
        && s.text.contains("是否")
        && !crate::text::is_question_like(&s.text.replace("是否", ""))
}

/// A paragraph that asks outright and ends on its mark (`what is cache?`), no term before a
/// colon, `max` characters at most.
fn marked_paragraph(n: &Node, max: usize) -> bool {
    let s = n.shape();
    matches!(n.kind, Kind::Para)
        && s.explicit
        && s.term.is_none()
        && s.chars <= max
        && trim(&n.title).ends_with(['?', '？'])
}

/// A long statement listing things, `联系是指…相互影响、相互作用的关系`: the noun in it
/// that often asks (`作用`, `原理`) asks nothing there.
fn noun_statement(s: &Shape) -> bool {
    s.chars > 24 && s.text.contains(['，', '、', ',']) && crate::text::asks_only_by_noun(&s.text)
}

/// A sentence that introduces what follows (`当进程调用fork后，内核会做4件事情：`,
/// `Semaphore类中比较重要的几个方法，首先是acquire()、release()方法`): not a name to learn.
fn intro_sentence(s: &Shape) -> bool {
    let body = s.text.trim_end_matches([':', '：']);
    // (`The three types of operations are:`: a clause that stops on its verb leads in; set
    // in bold, `**Categories of data models include:**`, it labels what follows.)
    let lead_in = s.text.ends_with(':') && !s.bold && {
        let lower = body.to_lowercase();
        [" are", " is", " include", " includes", " were"]
            .iter()
            .any(|w| lower.ends_with(w))
    };
    s.term.is_none()
        && crate::text::chars(body) > 20
        && (body.contains(['，', '。', ',']) || s.sentence || lead_in)
}

/// `OR` alone between two statements: a word that joins the text around it, no question.
fn connective(s: &Shape) -> bool {
    let t = s.text.trim().to_lowercase();
    [
        "or", "and", "also", "vs", "vs.", "versus", "或", "或者", "以及", "并且",
    ]
    .contains(&t.as_str())
}

/// A heading over questions is a `topic-heading`; a plain-text line in its place a
/// `section-line`.
fn topic_rule(h: &Node) -> Rule {
    if h.plain {
        Rule::SectionLine
    } else {
        Rule::TopicHeading
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_intros_and_question_numbers() {
        // `是否` inside a statement checks whether; it does not ask.
        assert!(statement(&Shape::of(
            "服务端检查套件是否支持，选好算法后把证书发给客户端，再等客户端回应。"
        )));
        assert!(!statement(&Shape::of(
            "Fasttext 原理是什么，相比于 word2vec 有什么优势，是否需要负采样"
        )));
        // A sentence that introduces a list is no label to learn.
        assert!(intro_sentence(&Shape::of(
            "当进程调用 fork 后，内核会做下面四件事情："
        )));
        assert!(!intro_sentence(&Shape::of("进程调度算法：")));
        // A long statement with commas and no question word is no question either.
        assert!(intro_sentence(&Shape::of(
            "采用了 lazyload 的方式，直到每次消费之前，才计算更新令牌数"
        )));
        assert!(crate::text::is_explicit_question(
            "TCP 的序列号为啥不能从 0 开始呢"
        ));
        assert!(question_number("R1:"));
        assert!(question_number("Q12："));
        assert!(!question_number("Redis:"));
    }
}
