//! Which note of the last build each card is: the GUID that keeps its review history.
//!
//! A card's natural GUID comes from its topic and normalised question, so editing an answer
//! keeps it. Editing the question or moving it elsewhere would make a new note and orphan the
//! old one with its history; tools that avoid this write IDs into the notes, which deckhand
//! never does. Instead the cards are matched against the lock ([`super::lock`]) in three
//! steps:
//!
//! 1. **same**: the lock holds a note with the same topic and normalised question;
//! 2. **moved**: same question and same answer, now under another topic or in another file;
//! 3. **reworded**: in the same file, a similar question (character bigrams), an unchanged
//!    answer, or a similar answer at about the same place.
//!
//! Steps 2 and 3 pair cards and notes best score first. When a pairing has a rival within
//! [`MARGIN`] (a question split in two, two merged into one, two near-identical candidates)
//! nobody can tell which became which: those cards get new GUIDs and a warning says so.
//! What the lock holds and no card matched is *removed*.

use super::lock::LockNote;
use crate::model::{card_id, normalise_question, Card, Warning};
use std::collections::{HashMap, HashSet};

/// How close a rival pairing must score to make a match ambiguous.
pub const MARGIN: f64 = 0.15;
/// Question similarity (bigram Dice) above which a question in the same file is a rewording.
const SIMILAR_QUESTION: f64 = 0.5;
/// Answer similarity that, at about the same place, makes a rewording.
const SIMILAR_ANSWER: f64 = 0.6;
/// Lines apart that still count as "about the same place".
const NEAR_LINES: usize = 12;
/// Answers are compared on their first characters only (long answers stay cheap).
const ANSWER_PREFIX: usize = 2000;

/// What a card is, relative to the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Match {
    /// Same topic and question as lock note `i`.
    Same(usize),
    /// Lock note `i`, its question reworded.
    Reworded(usize),
    /// Lock note `i`, moved to another topic or file.
    Moved(usize),
    /// No note of the lock.
    New,
}

impl Match {
    pub fn note(self) -> Option<usize> {
        match self {
            Match::Same(i) | Match::Reworded(i) | Match::Moved(i) => Some(i),
            Match::New => None,
        }
    }
}

/// The outcome for a set of cards.
#[derive(Debug, Default)]
pub struct Identity {
    /// Per card, in order: its GUID.
    pub guids: Vec<String>,
    /// Per card, in order: how it was matched.
    pub matches: Vec<Match>,
    /// Lock notes no card matched, in lock order.
    pub removed: Vec<usize>,
    pub warnings: Vec<Warning>,
}

/// Matches `cards` against the notes of the lock.
pub fn resolve(cards: &[&Card], lock: &[LockNote]) -> Identity {
    if lock.is_empty() {
        // A first build: every card is new, with its natural GUID.
        return Identity {
            guids: cards.iter().map(|c| super::names::note_guid(c)).collect(),
            matches: vec![Match::New; cards.len()],
            ..Default::default()
        };
    }
    let mut matches = vec![Match::New; cards.len()];
    let mut taken = vec![false; lock.len()];
    // 1. Same topic and question.
    let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, n) in lock.iter().enumerate() {
        by_key
            .entry(card_id(&n.topic, &n.question))
            .or_default()
            .push(i);
    }
    for (c, card) in cards.iter().enumerate() {
        // The model's id is already the natural key (topic + normalised question).
        let key = super::names::note_guid(card);
        if let Some(i) = by_key
            .get(&key)
            .and_then(|v| v.iter().copied().find(|&i| !taken[i]))
        {
            matches[c] = Match::Same(i);
            taken[i] = true;
        }
    }
    // 2 and 3. Moved and reworded, best pairing first.
    let mut warnings = Vec::new();
    let open_cards: Vec<usize> = (0..cards.len())
        .filter(|&c| matches[c] == Match::New)
        .collect();
    let open_notes: Vec<usize> = (0..lock.len()).filter(|&i| !taken[i]).collect();
    let pairs = candidates(cards, lock, &open_cards, &open_notes);
    let mut card_done: HashSet<usize> = HashSet::new();
    let mut note_done: HashSet<usize> = HashSet::new();
    for p in &pairs {
        if card_done.contains(&p.card) || note_done.contains(&p.note) {
            continue;
        }
        let rivals: Vec<&Pair> = pairs
            .iter()
            .filter(|q| {
                (q.card == p.card) != (q.note == p.note)
                    && !card_done.contains(&q.card)
                    && !note_done.contains(&q.note)
                    && (q.score > p.score - MARGIN || p.rivals_in_question(q))
            })
            .collect();
        if rivals.is_empty() {
            matches[p.card] = if p.moved {
                Match::Moved(p.note)
            } else {
                Match::Reworded(p.note)
            };
            card_done.insert(p.card);
            note_done.insert(p.note);
            continue;
        }
        // Ambiguous: everyone involved starts afresh.
        let mut involved_cards = vec![p.card];
        let mut involved_notes = vec![p.note];
        for q in &rivals {
            involved_cards.push(q.card);
            involved_notes.push(q.note);
        }
        involved_cards.sort_unstable();
        involved_cards.dedup();
        involved_notes.sort_unstable();
        involved_notes.dedup();
        let card = cards[involved_cards[0]];
        warnings.push(Warning {
            path: card.source.path.clone(),
            line: card.source.line,
            message: format!(
                "cannot tell which earlier question became which: now {}, before {}; \
                 they get new notes, and the old ones are tagged deckhand::removed in Anki",
                quoted(involved_cards.iter().map(|&c| &cards[c].question)),
                quoted(involved_notes.iter().map(|&i| &lock[i].question)),
            ),
        });
        card_done.extend(involved_cards);
        note_done.extend(involved_notes);
    }
    for i in matches.iter().filter_map(|m| m.note()) {
        taken[i] = true;
    }
    let removed: Vec<usize> = (0..lock.len()).filter(|&i| !taken[i]).collect();
    let guids = assign_guids(cards, lock, &matches);
    Identity {
        guids,
        matches,
        removed,
        warnings,
    }
}

/// `«a», «b»`.
fn quoted<'a>(qs: impl Iterator<Item = &'a String>) -> String {
    qs.map(|q| format!("«{q}»")).collect::<Vec<_>>().join(", ")
}

/// GUIDs: a matched card takes its note's; a new card its natural one, unless a note of the
/// lock (or an earlier card) already has it, then the next free variant.
fn assign_guids(cards: &[&Card], lock: &[LockNote], matches: &[Match]) -> Vec<String> {
    let mut used: HashSet<String> = lock.iter().map(|n| n.guid.clone()).collect();
    let mut guids = Vec::with_capacity(cards.len());
    for (card, m) in cards.iter().zip(matches) {
        let guid = match m.note() {
            Some(i) => lock[i].guid.clone(),
            None => {
                let natural = super::names::note_guid(card);
                let mut guid = natural.clone();
                let mut n = 2;
                while used.contains(&guid) {
                    guid = card_id(&card.topic, &format!("{}\u{1f}{n}", card.question));
                    n += 1;
                }
                guid
            }
        };
        used.insert(guid.clone());
        guids.push(guid);
    }
    guids
}

/// A possible pairing of an unmatched card with an unmatched lock note.
#[derive(Debug)]
struct Pair {
    card: usize,
    note: usize,
    score: f64,
    /// Question similarity.
    qs: f64,
    same_answer: bool,
    moved: bool,
}

impl Pair {
    /// Two questions about equally like one (a split or a merge): their answers do not
    /// decide it unless one is unchanged.
    fn rivals_in_question(&self, other: &Pair) -> bool {
        !self.same_answer
            && self.qs >= SIMILAR_QUESTION
            && other.qs >= SIMILAR_QUESTION
            && (self.qs - other.qs).abs() < MARGIN
    }
}

/// Every pairing that passes the thresholds, best first (ties in card then note order).
fn candidates(
    cards: &[&Card],
    lock: &[LockNote],
    open_cards: &[usize],
    open_notes: &[usize],
) -> Vec<Pair> {
    let norm_notes: Vec<(String, String)> = open_notes
        .iter()
        .map(|&i| {
            (
                normalise_question(&lock[i].question),
                answer_key(&lock[i].answer),
            )
        })
        .collect();
    let mut pairs = Vec::new();
    for &c in open_cards {
        let card = cards[c];
        let q = normalise_question(&card.question);
        let a = answer_key(&card.answer);
        for (k, &i) in open_notes.iter().enumerate() {
            let note = &lock[i];
            let (nq, na) = &norm_notes[k];
            let same_answer = !a.is_empty() && a == *na;
            if q == *nq && same_answer {
                // Moved: the same question and answer elsewhere.
                pairs.push(Pair {
                    card: c,
                    note: i,
                    score: 3.0,
                    qs: 1.0,
                    same_answer: true,
                    moved: true,
                });
                continue;
            }
            if note.source.path != card.source.path {
                continue;
            }
            let qs = dice(&q, nq);
            let near = card.source.line.abs_diff(note.source.line) <= NEAR_LINES;
            let as_ = if same_answer { 1.0 } else { dice(&a, na) };
            let reworded = qs >= SIMILAR_QUESTION
                || same_answer
                || near && as_ >= SIMILAR_ANSWER && qs >= SIMILAR_QUESTION / 2.0;
            if reworded {
                let place = 1.0 / (1.0 + card.source.line.abs_diff(note.source.line) as f64 / 20.0);
                pairs.push(Pair {
                    card: c,
                    note: i,
                    score: qs + 0.8 * as_ + 0.2 * place,
                    qs,
                    same_answer,
                    moved: false,
                });
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.card.cmp(&b.card))
            .then(a.note.cmp(&b.note))
    });
    pairs
}

/// An answer as compared: its first characters, letters and digits only, lower-cased.
fn answer_key(answer: &str) -> String {
    normalise_question(&answer.chars().take(ANSWER_PREFIX).collect::<String>())
}

/// Dice coefficient over character bigrams (a single character counts as its own bigram).
pub fn dice(a: &str, b: &str) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let grams = |s: &str| -> HashMap<(char, char), usize> {
        let cs: Vec<char> = s.chars().collect();
        let mut m = HashMap::new();
        if cs.len() == 1 {
            *m.entry((cs[0], '\0')).or_insert(0) += 1;
        }
        for w in cs.windows(2) {
            *m.entry((w[0], w[1])).or_insert(0) += 1;
        }
        m
    };
    let (ga, gb) = (grams(a), grams(b));
    let total: usize = ga.values().sum::<usize>() + gb.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let common: usize = ga
        .iter()
        .map(|(g, n)| (*n).min(gb.get(g).copied().unwrap_or(0)))
        .sum();
    2.0 * common as f64 / total as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::anki::lock::LockSource;
    use crate::model::Source;

    fn card(topic: &str, q: &str, a: &str, path: &str, line: usize) -> Card {
        Card {
            id: card_id(topic, q),
            topic: topic.into(),
            question: q.into(),
            answer: a.into(),
            source: Source {
                path: path.into(),
                line,
                end_line: line + 1,
                mtime: 1,
            },
            ..Default::default()
        }
    }

    fn note(c: &Card) -> LockNote {
        LockNote {
            guid: format!("g-{}", c.question),
            topic: c.topic.clone(),
            question: c.question.clone(),
            answer: c.answer.clone(),
            source: LockSource {
                path: c.source.path.clone(),
                line: c.source.line,
                end_line: c.source.end_line,
            },
            fingerprint: "f".into(),
            mtime: 1,
            ..Default::default()
        }
    }

    fn before() -> Vec<Card> {
        vec![
            card(
                "Networking",
                "TCP 三次握手的过程？",
                "SYN, SYN-ACK, ACK。",
                "net.md",
                3,
            ),
            card(
                "Networking",
                "什么是 TIME_WAIT？",
                "主动关闭的一方等待 2MSL。",
                "net.md",
                8,
            ),
            card(
                "Go",
                "什么是 GMP？",
                "G 是协程，M 是线程，P 是处理器。",
                "go.md",
                3,
            ),
            card(
                "Go",
                "切片扩容的规则",
                "小于 1024 翻倍，之后 1.25 倍。",
                "go.md",
                9,
            ),
        ]
    }

    /// Resolves `now` (ids recomputed, as the pipeline gives them) against a lock of `then`.
    fn run(now: &[Card], then: &[Card]) -> Identity {
        let lock: Vec<LockNote> = then.iter().map(note).collect();
        let now: Vec<Card> = now
            .iter()
            .map(|c| Card {
                id: card_id(&c.topic, &c.question),
                ..c.clone()
            })
            .collect();
        let refs: Vec<&Card> = now.iter().collect();
        resolve(&refs, &lock)
    }

    #[test]
    fn unchanged_questions_keep_their_notes() {
        let cards = before();
        let id = run(&cards, &cards);
        assert_eq!(
            id.matches,
            [
                Match::Same(0),
                Match::Same(1),
                Match::Same(2),
                Match::Same(3)
            ]
        );
        assert_eq!(id.guids[2], "g-什么是 GMP？");
        assert!(id.removed.is_empty() && id.warnings.is_empty());
    }

    #[test]
    fn a_reworded_question_keeps_its_guid() {
        let mut cards = before();
        cards[0].question = "TCP 三次握手的过程是怎样的？".into();
        let id = run(&cards, &before());
        assert_eq!(id.matches[0], Match::Reworded(0));
        assert_eq!(id.guids[0], "g-TCP 三次握手的过程？");
        assert!(id.removed.is_empty());
    }

    #[test]
    fn a_question_rewritten_entirely_keeps_its_guid_by_its_answer() {
        let mut cards = before();
        cards[3].question = "append 之后容量怎么变".into();
        let id = run(&cards, &before());
        assert_eq!(id.matches[3], Match::Reworded(3));
    }

    #[test]
    fn a_question_moved_to_another_file_and_topic_keeps_its_guid() {
        let mut cards = before();
        let mut moved = cards.remove(1);
        moved.topic = "Operating Systems".into();
        moved.source.path = "os.md".into();
        moved.source.line = 40;
        cards.push(moved);
        let id = run(&cards, &before());
        assert_eq!(id.matches[3], Match::Moved(1));
        assert_eq!(id.guids[3], "g-什么是 TIME_WAIT？");
        assert!(id.removed.is_empty());
    }

    #[test]
    fn two_questions_swapping_places_keep_their_own_guids() {
        let mut cards = before();
        cards.swap(0, 1);
        let (l0, l1) = (cards[0].source.line, cards[1].source.line);
        cards[0].source.line = l1;
        cards[1].source.line = l0;
        let id = run(&cards, &before());
        assert_eq!(id.guids[0], "g-什么是 TIME_WAIT？");
        assert_eq!(id.guids[1], "g-TCP 三次握手的过程？");
    }

    #[test]
    fn a_deleted_question_is_removed_and_an_added_one_is_new() {
        let mut cards = before();
        cards.remove(2);
        cards.push(card(
            "Go",
            "channel 关闭后还能读吗？",
            "能，读到零值。",
            "go.md",
            20,
        ));
        let id = run(&cards, &before());
        assert_eq!(id.removed, [2]);
        assert_eq!(id.matches[3], Match::New);
        assert_eq!(id.guids[3], card_id("Go", "channel 关闭后还能读吗？"));
    }

    #[test]
    fn a_split_question_is_ambiguous_new_guids_and_a_warning() {
        let then = vec![card(
            "Go",
            "slice 的扩容和缩容规则",
            "扩容时翻倍；缩容要自己复制。",
            "go.md",
            3,
        )];
        let now = vec![
            card("Go", "slice 的扩容规则", "扩容时翻倍。", "go.md", 3),
            card("Go", "slice 的缩容规则", "缩容要自己复制。", "go.md", 6),
        ];
        let id = run(&now, &then);
        assert_eq!(id.matches, [Match::New, Match::New]);
        assert_eq!(id.removed, [0]);
        assert_eq!(id.warnings.len(), 1, "{:?}", id.warnings);
        assert_ne!(id.guids[0], id.guids[1]);
    }

    #[test]
    fn a_merge_of_two_similar_questions_is_ambiguous() {
        let then = vec![
            card("Go", "slice 扩容规则是什么", "翻倍。", "go.md", 3),
            card("Go", "slice 扩容规则有哪些", "1.25 倍。", "go.md", 6),
        ];
        let now = vec![card(
            "Go",
            "slice 扩容规则",
            "先翻倍，后 1.25 倍。",
            "go.md",
            3,
        )];
        let id = run(&now, &then);
        assert_eq!(id.matches, [Match::New]);
        assert_eq!(id.removed, [0, 1]);
        assert_eq!(id.warnings.len(), 1, "{:?}", id.warnings);
        let w = &id.warnings[0].message;
        assert!(
            w.contains("slice 扩容规则是什么") && w.contains("slice 扩容规则有哪些"),
            "{w}"
        );
    }

    #[test]
    fn a_split_where_one_part_keeps_most_goes_to_that_part() {
        let then = vec![card(
            "Networking",
            "TCP 三次握手的过程和原因",
            "SYN, SYN-ACK, ACK。",
            "net.md",
            3,
        )];
        let now = vec![
            card(
                "Networking",
                "TCP 三次握手的过程",
                "SYN, SYN-ACK, ACK。",
                "net.md",
                3,
            ),
            card(
                "Networking",
                "为什么不是两次握手",
                "防止旧连接请求。",
                "net.md",
                6,
            ),
        ];
        let id = run(&now, &then);
        assert_eq!(id.matches, [Match::Reworded(0), Match::New]);
        assert!(id.warnings.is_empty());
    }

    #[test]
    fn a_new_question_never_takes_a_guid_the_lock_holds() {
        // "A" was reworded to "B" last time and kept A's natural GUID; "A" comes back as a
        // new question beside "B".
        let a = card("Go", "A 是什么", "x", "go.md", 1);
        let mut lock = vec![note(&a)];
        lock[0].guid = card_id("Go", "A 是什么");
        lock[0].question = "B 是什么".into();
        let now = [
            card("Go", "B 是什么", "x", "go.md", 1),
            card("Go", "A 是什么", "y", "go.md", 5),
        ];
        let refs: Vec<&Card> = now.iter().collect();
        let id = resolve(&refs, &lock);
        assert_eq!(id.matches, [Match::Same(0), Match::New]);
        assert_ne!(id.guids[1], id.guids[0]);
    }

    #[test]
    fn a_removed_question_that_returns_gets_its_guid_back() {
        let cards = before();
        let mut lock: Vec<LockNote> = cards.iter().map(note).collect();
        lock[2].removed = true;
        let refs: Vec<&Card> = cards.iter().collect();
        let id = resolve(&refs, &lock);
        assert_eq!(id.matches[2], Match::Same(2));
        assert!(id.removed.is_empty());
    }

    #[test]
    fn dice_is_one_for_equal_and_zero_for_disjoint() {
        assert_eq!(dice("abc", "abc"), 1.0);
        assert_eq!(dice("ab", "cd"), 0.0);
        assert!(dice("tcp三次握手的过程", "tcp三次握手的过程是怎样的") > 0.8);
    }
}
