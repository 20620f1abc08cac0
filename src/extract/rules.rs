//! Every decision extraction makes, by name: the registry `deckhand explain` prints, each card's
//! `rule` field, and the list in the README. One enum, like ripgrep's list of flags, so a
//! rule cannot exist without a name and a line of documentation.

/// Declares [`Rule`] from one table: variant, name, one line of documentation. The line is
/// the variant's doc comment and what [`Rule::doc`] returns, so the two cannot drift apart.
macro_rules! rules {
    ($($variant:ident, $name:literal, $doc:literal;)*) => {
        /// A named extraction decision.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $(#[doc = $doc] $variant,)*
        }

        impl Rule {
            /// Every rule, in the order the README lists them.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant),*];

            /// The name cards carry in their `rule` field.
            pub fn name(self) -> &'static str {
                match self {
                    $(Rule::$variant => $name,)*
                }
            }

            /// One line saying what the rule decides.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Rule::$variant => $doc,)*
                }
            }
        }
    };
}

#[rustfmt::skip]
rules! {
    Title, "title", "a lone heading above the whole note is its title: the topic of what follows, not a card";
    TopicHeading, "topic-heading", "a heading (or Logseq heading bullet) whose section holds several questions is their topic; so is a short numbered title over lines of terms in plain text";
    Grouping, "grouping", "a heading with no text of its own groups its sub-headings, which are the questions; so does one that names an interview round (`# Round 2`, `IEG一面：`), its own text a remark";
    Structural, "structural", "目录, 参考资料, TODO, References… organise a document and are skipped";
    Remark, "remark", "a heading or line that is a remark (`tips：…`, a sentence) is neither topic nor question";
    SectionLine, "section-line", "in plain text, a short line standing alone before a run of questions (a company, a chapter), or a line that is only a date, is their topic; so is a name set apart inside one running count of numbered questions (`React:` between `9)` and `10)`)";
    Heading, "heading", "a heading is a question; the text under it is the answer, cards taken from that text included";
    HeadingParts, "heading-parts", "the sub-headings of a question (优点, Example, go1.4 / go1.4 before) are parts of its answer";
    SubQuestion, "sub-question", "a sub-heading that asks something (`### 追问：…？`) under a question, or a run of lettered sub-questions with their own answers inside an answer (`a. …?` `b. …?`, `（1）…？`), is a card of its own (in a `Q:` pair's answer, numbered `1. …?` too; a lettered statement answered `True` / `False` counts as asking); in plain text, question lines where an answer would be are more questions of the list";
    EmptyHeading, "empty-heading", "a heading with nothing under it, among question headings, is a question not answered yet";
    Numbered, "numbered", "numbered items that keep the count going (`1、` `2.` `3\\`) are the questions; steps restarting at 1 under one are its answer; answers keyed by number further down (`###1.`) are theirs";
    BulletQuestion, "bullet-question", "bullets that read as questions are one card each; what is nested under a bullet is its answer";
    Explained, "explained", "items, outline bullets and plain-text blocks whose children explain them are cards (Logseq, indented outlines, glossaries); deep in an outline card's answer, three or more named bullets (or bold terms) side by side, each over its own explanation, are cards too";
    Term, "term", "lists of `term：explanation`, `**Term**: …`, `term -> translation`, `term--explanation`, `Term = explanation`, `question - answer` or sentences that set their term in bold (`A **monopoly** is…`) are one card per item";
    Label, "label", "bold lines and `Label：` lines followed by their explanation, or names repeated over the fenced blocks that explain them, are one card each";
    BoldQuestion, "bold-question", "a bold line that asks or is numbered is a question; the answer runs to the next one";
    ParagraphQuestion, "paragraph-question", "short paragraphs under a subject (the typical interview log) are questions; quotes, code and lists after one answer it";
    Separated, "separated", "blocks set apart by `---` rules, each opening with a short name (`` `Sort Colors` `` over the problem, notes and code), are one card each: the name is the question, the block its answer";
    MarkedQuestion, "marked-question", "lines the author marks as questions (`Q.) …`, `Q3:` without `A:` lines), two or more, are the questions; whatever lies between answers the one above";
    OpeningQuestion, "opening-question", "a subject heading whose text opens with the one question the rest answers (`## 反射` over `反射为什么慢？`): the question is the card, the heading its subject";
    QaPair, "qa-pair", "`Q:` / `A:` (also `Question:` / `Answer:`) pairs; an answer indented under its question ends back at the margin; a heading that only labels an answer (`#####A3:`) belongs to the question heading above it";
    WendaPair, "wenda-pair", "`问：` / `答：` pairs";
    QaTable, "qa-table", "a table whose header names a question and an answer (`问题 | 答案`), a glossary whose first column names terms (`name | intuition`, `术语 | 解释`), or a table whose first column asks gives one card per row";
    Details, "details", "`<details><summary>question</summary>answer</details>`";
    DefinitionList, "definition-list", "a definition list (`Term` over `: its definition`, as Pandoc, MyST and Markdown Extra write it) is one card per term";
    Callout, "callout", "Obsidian `> [!question]` callouts; callouts that state a result (`> [!lemma 1]`, `> [!theorem] Name`, `> [!definition]`), two or more in a section, are cards named by their title and answered by the statement and the proof after it";
    InlineAnswer, "inline-answer", "a question and its answer on one line (`**Q？** A`, `Q？A`, `term：definition`, `Q ---A`, `Q    *A*`, `Q **三点** A`) are split";
    RemarkAnswer, "remark-answer", "a trailing remark in brackets (`…怎么去重（先排序）`) is the answer, or its start, after a question that asks outright, and the answer when nothing else is";
    LinkAnswer, "link-answer", "a question that is or holds a link, with no other answer, is answered by the link";
    Index, "index", "a list of links to the note's own headings, or questions repeated later with answers, is an index";
    Hint, "hint", "a user hint (front matter, deckhand.toml, `<!-- deckhand: … -->`) decided";
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_documented() {
        let mut names: Vec<&str> = Rule::ALL.iter().map(|r| r.name()).collect();
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n);
        assert!(Rule::ALL.iter().all(|r| r.doc().len() > 20));
    }
}
