//! Notes the structure-aware fuzzer (`fuzz/grammar.rs`) found, minimised: each must keep the
//! invariants (no panic, card lines inside the note, every non-blank line in a card or
//! reported unused). A short run of the grammar itself guards the invariants on fresh notes.

#[path = "../fuzz/grammar.rs"]
mod grammar;

fn holds(note: &str) {
    if let Err(e) = grammar::check("fuzz.md", note) {
        panic!("{e}\n--- note ---\n{note}");
    }
}

#[test]
fn explained_blocks_after_the_last_item_are_indexed_from_their_own_start() {
    // Panicked (index out of bounds) in `emit_segmentation`: the blocks after the last
    // numbered item were re-segmented with indices into the longer list.
    holds(
        "---\ndeckhand:\n  questions: items\n---\n- RFC 793\n```text\n```\n:::\n\
         \u{3000}一、 进程\n\t````\n:::\n\t\t\tB+树*)|\u{301}<\u{feff}|\n## 2. Traits\n\
         \u{3000}http://x.y/z?q=1、==高亮==快B+树?\n索引\n",
    );
}

#[test]
fn a_fence_opener_after_a_full_width_space_loses_no_line() {
    // Lines inside what the cleaner took for a fence reached no card and no report.
    holds("\u{3000}```\n    tcp和udp有什么不同\n#### **进程**\n\u{3000}    a. 、|the\n    ````\n- 怎么保证消息顺序\n");
    holds(
        "\t\t```\n:::\n##### defer 的执行顺序是什么\n节点压力驱逐\n \t```\n\tQ: 缓存穿透怎么防?\n",
    );
}

#[test]
fn generated_notes_keep_the_invariants() {
    let frags =
        grammar::fixture_lines(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures"));
    let mut seed: u64 = 0x00de_c4a1;
    for _ in 0..300 {
        let mut choices = Vec::with_capacity(1024);
        for _ in 0..(64 + seed % 960) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            choices.push(seed as u8);
        }
        holds(&grammar::note(&choices, &frags));
    }
}
