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
/// How many of a file's unmatched notes, either side of a card's place, may be its rewording.
const WINDOW: usize = 16;
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
    /// The lock note matched, if any.
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
    /// Identity problems (a GUID two cards claim, a lock entry that does not fit).
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
    let mut by_card: HashMap<usize, Vec<usize>> = HashMap::new();
    let mut by_note: HashMap<usize, Vec<usize>> = HashMap::new();
    for (k, p) in pairs.iter().enumerate() {
        by_card.entry(p.card).or_default().push(k);
        by_note.entry(p.note).or_default().push(k);
    }
    for p in &pairs {
        if card_done.contains(&p.card) || note_done.contains(&p.note) {
            continue;
        }
        let rivals: Vec<&Pair> = by_card[&p.card]
            .iter()
            .chain(&by_note[&p.note])
            .map(|&k| &pairs[k])
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
            kind: crate::model::WarningKind::Identity,
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
///
/// Linear in practice: moves are looked up by question and answer; rewordings are sought among
/// the notes of the same file with the same answer, or within [`WINDOW`] ranks of the card's
/// place among that file's unmatched notes.
fn candidates(
    cards: &[&Card],
    lock: &[LockNote],
    open_cards: &[usize],
    open_notes: &[usize],
) -> Vec<Pair> {
    let keys: HashMap<usize, Keys> = open_notes
        .iter()
        .map(|&i| (i, Keys::of(&lock[i].question, &lock[i].answer)))
        .collect();
    let mut by_content: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    let mut by_file: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_file_answer: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for &i in open_notes {
        let Keys { q, a, .. } = &keys[&i];
        let path = lock[i].source.path.as_str();
        by_content.entry((q, a)).or_default().push(i);
        by_file.entry(path).or_default().push(i);
        if !a.is_empty() {
            by_file_answer.entry((path, a)).or_default().push(i);
        }
    }
    for notes in by_file.values_mut() {
        notes.sort_by_key(|&i| (lock[i].source.line, i));
    }
    // Each card's rank among the unmatched cards of its file, and their number.
    let mut in_file: HashMap<&str, usize> = HashMap::new();
    let rank: Vec<usize> = open_cards
        .iter()
        .map(|&c| {
            let n = in_file.entry(&cards[c].source.path).or_insert(0);
            *n += 1;
            *n - 1
        })
        .collect();
    let mut pairs = Vec::new();
    for (&c, &rank) in open_cards.iter().zip(&rank) {
        let card = cards[c];
        let this = Keys::of(&card.question, &card.answer);
        let (q, a) = (&this.q, &this.a);
        let mut seen = HashSet::new();
        // Moved: the same question and answer elsewhere.
        if !a.is_empty() {
            for &i in by_content
                .get(&(q.as_str(), a.as_str()))
                .into_iter()
                .flatten()
            {
                seen.insert(i);
                pairs.push(Pair {
                    card: c,
                    note: i,
                    score: 3.0,
                    qs: 1.0,
                    same_answer: true,
                    moved: true,
                });
            }
        }
        // Reworded: notes of the same file near the card's place among them.
        let Some(notes) = by_file.get(card.source.path.as_str()) else {
            continue;
        };
        let peers = in_file[card.source.path.as_str()];
        let at = rank * notes.len() / peers.max(1);
        let window = notes[at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(notes.len())].iter();
        let same_answer_notes = by_file_answer
            .get(&(card.source.path.as_str(), a.as_str()))
            .into_iter()
            .flatten();
        for &i in window.chain(same_answer_notes) {
            if !seen.insert(i) {
                continue;
            }
            let note = &lock[i];
            let other = &keys[&i];
            let same_answer = !a.is_empty() && *a == other.a;
            let qs = dice_grams(&this.qg, &other.qg);
            if qs < SIMILAR_QUESTION / 2.0 && !same_answer {
                continue;
            }
            let near = card.source.line.abs_diff(note.source.line) <= NEAR_LINES;
            let as_ = if same_answer {
                1.0
            } else {
                dice_grams(&this.ag, &other.ag)
            };
            let reworded = qs >= SIMILAR_QUESTION
                || same_answer
                || near && as_ >= SIMILAR_ANSWER && qs >= SIMILAR_QUESTION / 2.0;
            if reworded {
                let lines = card.source.line.abs_diff(note.source.line) as f64;
                pairs.push(Pair {
                    card: c,
                    note: i,
                    score: qs + 0.8 * as_ + 0.2 / (1.0 + lines / 20.0),
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

/// A question and answer as compared: normalised, and their bigrams.
struct Keys {
    q: String,
    a: String,
    qg: Vec<u64>,
    ag: Vec<u64>,
}

impl Keys {
    fn of(question: &str, answer: &str) -> Keys {
        let q = normalise_question(question);
        let a = answer_key(answer);
        Keys {
            qg: grams(&q),
            ag: grams(&a),
            q,
            a,
        }
    }
}

/// An answer as compared: its first characters, letters and digits only, lower-cased.
fn answer_key(answer: &str) -> String {
    normalise_question(&answer.chars().take(ANSWER_PREFIX).collect::<String>())
}

/// Dice coefficient over character bigrams (a single character counts as its own bigram).
pub fn dice(a: &str, b: &str) -> f64 {
    dice_grams(&grams(a), &grams(b))
}

/// A string's character bigrams, each as one number, sorted (duplicates kept).
fn grams(s: &str) -> Vec<u64> {
    let cs: Vec<char> = s.chars().collect();
    let pair = |a: char, b: char| (a as u64) << 32 | b as u64;
    let mut g: Vec<u64> = if cs.len() == 1 {
        vec![pair(cs[0], '\0')]
    } else {
        cs.windows(2).map(|w| pair(w[0], w[1])).collect()
    };
    g.sort_unstable();
    g
}

/// Dice over two sorted bigram lists: one merge.
fn dice_grams(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / (a.len() + b.len()) as f64
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
