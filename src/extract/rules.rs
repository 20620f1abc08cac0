//! Every decision extraction makes, by name: the registry `deckhand explain` prints, each card's
//! `rule` field, and the list in the README. One enum, like ripgrep's list of flags, so a
//! rule cannot exist without a name and a line of documentation.

/// A named extraction decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rule {
    Title,
    TopicHeading,
    Grouping,
    Structural,
    Remark,
    SectionLine,
    Heading,
    HeadingParts,
    SubQuestion,
    EmptyHeading,
    Numbered,
    BulletQuestion,
    Explained,
    Term,
    Label,
    BoldQuestion,
    ParagraphQuestion,
    QaPair,
    WendaPair,
    Details,
    Callout,
    InlineAnswer,
    RemarkAnswer,
    LinkAnswer,
    Index,
    Hint,
}

impl Rule {
    /// Every rule, in the order the README lists them.
    pub const ALL: &'static [Rule] = &[
        Rule::Title,
        Rule::TopicHeading,
        Rule::Grouping,
        Rule::Structural,
        Rule::Remark,
        Rule::SectionLine,
        Rule::Heading,
        Rule::HeadingParts,
        Rule::SubQuestion,
        Rule::EmptyHeading,
        Rule::Numbered,
        Rule::BulletQuestion,
        Rule::Explained,
        Rule::Term,
        Rule::Label,
        Rule::BoldQuestion,
        Rule::ParagraphQuestion,
        Rule::QaPair,
        Rule::WendaPair,
        Rule::Details,
        Rule::Callout,
        Rule::InlineAnswer,
        Rule::RemarkAnswer,
        Rule::LinkAnswer,
        Rule::Index,
        Rule::Hint,
    ];

    /// The name cards carry in their `rule` field.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Title => "title",
            Rule::TopicHeading => "topic-heading",
            Rule::Grouping => "grouping",
            Rule::Structural => "structural",
            Rule::Remark => "remark",
            Rule::SectionLine => "section-line",
            Rule::Heading => "heading",
            Rule::HeadingParts => "heading-parts",
            Rule::SubQuestion => "sub-question",
            Rule::EmptyHeading => "empty-heading",
            Rule::Numbered => "numbered",
            Rule::BulletQuestion => "bullet-question",
            Rule::Explained => "explained",
            Rule::Term => "term",
            Rule::Label => "label",
            Rule::BoldQuestion => "bold-question",
            Rule::ParagraphQuestion => "paragraph-question",
            Rule::QaPair => "qa-pair",
            Rule::WendaPair => "wenda-pair",
            Rule::Details => "details",
            Rule::Callout => "callout",
            Rule::InlineAnswer => "inline-answer",
            Rule::RemarkAnswer => "remark-answer",
            Rule::LinkAnswer => "link-answer",
            Rule::Index => "index",
            Rule::Hint => "hint",
        }
    }

    /// One line saying what the rule decides.
    pub fn doc(self) -> &'static str {
        match self {
            Rule::Title => "a lone heading above the whole note is its title: the topic of what follows, not a card",
            Rule::TopicHeading => "a heading (or Logseq heading bullet) whose section holds several questions is their topic; so is a short numbered title over lines of terms in plain text",
            Rule::Grouping => "a heading with no text of its own groups its sub-headings, which are the questions",
            Rule::Structural => "目录, 参考资料, TODO, References… organise a document and are skipped",
            Rule::Remark => "a heading or line that is a remark (`tips：…`, a sentence) is neither topic nor question",
            Rule::SectionLine => "in plain text, a short line standing alone before a run of questions (a company, a chapter), or a line that is only a date, is their topic",
            Rule::Heading => "a heading is a question; the text under it is the answer, cards taken from that text included",
            Rule::HeadingParts => "the sub-headings of a question (优点, Example, go1.4 / go1.4 before) are parts of its answer",
            Rule::SubQuestion => "a sub-heading that asks something (`### 追问：…？`) under a question, or a run of lettered sub-questions with their own answers inside an answer (`a. …?` `b. …?`, `（1）…？`), is a card of its own; in plain text, question lines where an answer would be are more questions of the list",
            Rule::EmptyHeading => "a heading with nothing under it, among question headings, is a question not answered yet",
            Rule::Numbered => "numbered items that keep the count going (`1、` `2.` `3\\`) are the questions; steps restarting at 1 under one are its answer; answers keyed by number further down (`###1.`) are theirs",
            Rule::BulletQuestion => "bullets that read as questions are one card each; what is nested under a bullet is its answer",
            Rule::Explained => "items, outline bullets and plain-text blocks whose children explain them are cards (Logseq, indented outlines, glossaries)",
            Rule::Term => "lists of `term：explanation`, `**Term**: …`, `term -> translation` or `question - answer` are one card per item",
            Rule::Label => "bold lines and `Label：` lines followed by their explanation, or names repeated over the fenced blocks that explain them, are one card each",
            Rule::BoldQuestion => "a bold line that asks or is numbered is a question; the answer runs to the next one",
            Rule::ParagraphQuestion => "short paragraphs under a subject (the typical interview log) are questions; quotes, code and lists after one answer it",
            Rule::QaPair => "`Q:` / `A:` (also `Question:` / `Answer:`) pairs; an answer indented under its question ends back at the margin",
            Rule::WendaPair => "`问：` / `答：` pairs",
            Rule::Details => "`<details><summary>question</summary>answer</details>`",
            Rule::Callout => "Obsidian `> [!question]` callouts",
            Rule::InlineAnswer => "a question and its answer on one line (`**Q？** A`, `Q？A`, `term：definition`, `Q ---A`) are split",
            Rule::RemarkAnswer => "a trailing remark in brackets (`…怎么去重（先排序）`) is the answer, or its start, after a question that asks outright, and the answer when nothing else is",
            Rule::LinkAnswer => "a question that is or holds a link, with no other answer, is answered by the link",
            Rule::Index => "a list of links to the note's own headings, or questions repeated later with answers, is an index",
            Rule::Hint => "a user hint (front matter, deckhand.toml, `<!-- deckhand: … -->`) decided",
        }
    }
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
