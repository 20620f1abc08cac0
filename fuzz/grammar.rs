//! A grammar of the structures real notes are made of, driven by a stream of choices.
//!
//! Byte-level fuzzing rarely builds a heading over a numbered list over an indented answer
//! with a full-width space in it; this grammar builds such notes from every choice it is
//! given: headings (`#`, setext, Logseq heading bullets), lists at any depth (`-`, `*`, `1.`,
//! `1、`, `一、`, `(1)`, `①`), fences (closed or not, with prose or code), callouts and `:::`
//! containers, `<details>`, Q/A and 问/答 pairs, tables, front matter, Logseq properties,
//! indented plain text with tabs and spaces mixed, and the characters that break naive code:
//! U+3000, NBSP, zero-width spaces, BOMs, full-width punctuation, combining marks, CR.
//! Fragments of the fixtures are spliced in too. Shared by `fuzz_targets/structured.rs`
//! (libFuzzer mutates the choices) and `examples/fuzz_grammar.rs` (random choices, stable
//! Rust).

/// Where choices come from: the fuzzer's bytes, then zeros.
pub struct Choices<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Choices<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Choices { bytes, at: 0 }
    }
    pub fn done(&self) -> bool {
        self.at >= self.bytes.len()
    }
    pub fn byte(&mut self) -> u8 {
        let b = self.bytes.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }
    pub fn below(&mut self, n: usize) -> usize {
        if n <= 1 {
            return 0;
        }
        let v = if n > 256 {
            u16::from_le_bytes([self.byte(), self.byte()]) as usize
        } else {
            self.byte() as usize
        };
        v % n
    }
    pub fn pick<'s>(&mut self, xs: &[&'s str]) -> &'s str {
        xs[self.below(xs.len())]
    }
}

const WORDS: &[&str] = &[
    "进程",
    "线程",
    "TCP",
    "三次握手",
    "Redis",
    "为什么",
    "快",
    "GMP",
    "slice",
    "扩容",
    "死锁",
    "What",
    "is",
    "the",
    "difference",
    "between",
    "goroutine",
    "channel",
    "索引",
    "B+树",
    "`Vec<T>`",
    "**粗体**",
    "_斜体_",
    "$O(n)$",
    "[链接](https://example.com)",
    "![图](a.png)",
    "![[b.png]]",
    "<font color=red>红</font>",
    "==高亮==",
    "[[页面|别名]]",
    "^abc123",
    "%%注%%",
    "<br>",
    "&nbsp;",
    "http://x.y/z?q=1",
    "2^n",
    "a_b_c",
    "\\",
    "<",
    ">",
    "&",
    "(DONE) (YES)",
    "(???)",
    " // ",
    "06.18",
    "*？*",
    "原理一：",
    "9.10 盛趣",
    "问题描述",
    "解题步骤",
    "的处理流程",
    "R// ",
    "why can't",
    "Tell me about",
];
const PUNCT: &[&str] = &[
    "？", "?", "：", ":", "，", "。", "、", "；", "！", "（", "）", "(", ")", "【", "】", "「",
    "」", "…", "——", "～", " - ", " -> ", "**", "*", "_", "`", "|",
];
const ODD: &[&str] = &[
    "\u{3000}",
    "\u{a0}",
    "\u{200b}",
    "\u{feff}",
    "\u{200d}",
    "\t",
    "\r",
    "\u{301}",
    "\u{202e}",
    "\u{1b}[31m",
    "\u{0}",
    "\u{fffd}",
    "😀",
    "👨‍👩‍👧",
    "𠀀",
];
const MARKERS: &[&str] = &[
    "- ",
    "* ",
    "+ ",
    "1. ",
    "2) ",
    "1、",
    "一、",
    "(1) ",
    "（1）",
    "① ",
    "Q1: ",
    "Q: ",
    "A: ",
    "问：",
    "答：",
    "> ",
    "> [!note]+ ",
    "> > [!success]- ",
    "- [ ] ",
    "a. ",
    "i. ",
    "TODO ",
    "● ",
    "• ",
    "1-3 ",
    "3-2-1 ",
    "、",
    " -----\n",
];
const INDENTS: &[&str] = &[
    "", "  ", "    ", "\t", "\u{3000}", " \t", "        ", "\t\t",
];

/// A line of text: words, punctuation and odd characters mixed.
fn text(c: &mut Choices, frags: &[String]) -> String {
    let mut s = String::new();
    let n = 1 + c.below(8);
    for _ in 0..n {
        match c.below(10) {
            0..=4 => s.push_str(c.pick(WORDS)),
            5..=6 => s.push_str(c.pick(PUNCT)),
            7 => s.push_str(c.pick(ODD)),
            8 if !frags.is_empty() => s.push_str(&frags[c.below(frags.len())]),
            _ => s.push(' '),
        }
    }
    s
}

/// One block of a note, possibly nested `depth` deep.
fn block(c: &mut Choices, frags: &[String], depth: usize, out: &mut String) {
    let indent = c.pick(INDENTS);
    match c.below(17) {
        0 => {
            let level = 1 + c.below(6);
            // (A heading indented into the list item above, as editors leave them.)
            out.push_str(c.pick(&["", "", "   ", "  "]));
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(&text(c, frags));
            out.push('\n');
        }
        1 => {
            out.push_str(&text(c, frags));
            out.push('\n');
            out.push_str(if c.below(2) == 0 { "===\n" } else { "---\n" });
        }
        2..=4 => {
            out.push_str(indent);
            out.push_str(c.pick(MARKERS));
            out.push_str(&text(c, frags));
            out.push('\n');
            if depth < 4 && c.below(2) == 0 {
                let mut inner = String::new();
                block(c, frags, depth + 1, &mut inner);
                for l in inner.lines() {
                    out.push_str(c.pick(INDENTS));
                    out.push_str(l);
                    out.push('\n');
                }
            }
        }
        5 => {
            let fence = c.pick(&[
                "```",
                "~~~",
                "````",
                "```go",
                "```text",
                "```\u{3000}",
                "```{margin}",
                "```{admonition} 标题",
                "```{note}\n:class: tip",
            ]);
            out.push_str(indent);
            out.push_str(fence);
            out.push('\n');
            for _ in 0..c.below(4) {
                out.push_str(c.pick(INDENTS));
                out.push_str(&text(c, frags));
                out.push('\n');
            }
            if c.below(4) != 0 {
                out.push_str(indent);
                out.push_str(&fence[..3]);
                out.push('\n');
            }
        }
        6 => {
            out.push_str(c.pick(&["::: tip", "::: warning 注意", ":::"]));
            out.push('\n');
            out.push_str(&text(c, frags));
            out.push_str("\n:::\n");
        }
        7 => {
            out.push_str("<details><summary>");
            out.push_str(&text(c, frags));
            out.push_str("</summary>\n\n");
            out.push_str(&text(c, frags));
            out.push_str(if c.below(3) == 0 {
                "\n"
            } else {
                "\n</details>\n"
            });
        }
        8 => {
            out.push_str("| ");
            out.push_str(&text(c, frags));
            out.push_str(" | b |\n|---|---|\n| ");
            out.push_str(&text(c, frags));
            out.push_str(" | 2 |\n");
        }
        9 => {
            out.push_str(indent);
            out.push_str("- ");
            out.push_str(c.pick(&[
                "title:: ",
                "tags:: ",
                "id:: ",
                "collapsed:: true",
                "## ",
                "# ",
            ]));
            out.push_str(&text(c, frags));
            out.push('\n');
        }
        10 if !frags.is_empty() => {
            out.push_str(&frags[c.below(frags.len())]);
            out.push('\n');
        }
        11 => {
            out.push_str(indent);
            out.push_str(&text(c, frags));
            out.push_str(c.pick(&["？", "?", "：", ":", "", "（重点）"]));
            out.push('\n');
        }
        12 => out.push_str(c.pick(&[
            "\n",
            "\n\n",
            "\u{3000}\n",
            "\u{200b}\n",
            "  \n",
            "\r\n",
            "---\n",
            "***\n",
        ])),
        14 => {
            // Org-mode lines and HTML headings.
            let head = c.pick(&[
                "* ",
                "** TODO ",
                "#+TITLE: ",
                "#+BEGIN_SRC go",
                "#+END_SRC",
                "#+begin_quote",
                ":PROPERTIES:",
                ":END:",
                "- ",
                "1) ",
                "# ",
                "<style>",
                "</style>",
                "<script>",
            ]);
            out.push_str(head);
            match c.below(4) {
                0 => {
                    out.push_str("<h3>");
                    out.push_str(&text(c, frags));
                    out.push_str("</h3><br>");
                }
                1 => {
                    out.push_str(&text(c, frags));
                    out.push_str(" :: ");
                    out.push_str(&text(c, frags));
                }
                _ => out.push_str(&text(c, frags)),
            }
            out.push('\n');
        }
        13 => {
            out.push_str(&"> ".repeat(1 + c.below(3)));
            out.push_str(&text(c, frags));
            out.push('\n');
        }
        15 => {
            // A definition list: a term, then `: ` definitions (a blank line between maybe).
            out.push_str(&text(c, frags));
            out.push_str(c.pick(&["\n", "\n\n"]));
            for _ in 0..1 + c.below(2) {
                out.push_str(c.pick(&[": ", ":\t", "   : "]));
                out.push_str(&text(c, frags));
                out.push('\n');
            }
        }
        _ => {
            out.push_str(indent);
            out.push_str(&text(c, frags));
            out.push('\n');
        }
    }
}

/// A whole note from the choices: optional front matter, then blocks until the choices end.
pub fn note(bytes: &[u8], frags: &[String]) -> String {
    let mut c = Choices::new(bytes);
    let mut out = String::new();
    match c.below(6) {
        0 => out.push_str("---\ntitle: 笔记\ntags: [go, 面试]\n---\n"),
        1 => out.push_str("+++\ntitle = \"笔记\"\n+++\n"),
        2 => out.push_str("---\ndeckhand:\n  questions: items\n---\n"),
        3 => out.push_str("title:: 页面\n\n"),
        _ => {}
    }
    let mut blocks = 0;
    while !c.done() && blocks < 400 {
        block(&mut c, frags, 0, &mut out);
        blocks += 1;
    }
    out
}

/// Lines of the fixtures, to splice into generated notes.
pub fn fixture_lines(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    let mut files = Vec::new();
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "md" || x == "txt") {
                files.push(p);
            }
        }
    }
    files.sort();
    for f in files {
        if let Ok(t) = std::fs::read_to_string(&f) {
            out.extend(
                t.lines()
                    .filter(|l| !l.trim().is_empty())
                    .map(str::to_string),
            );
        }
    }
    out
}

/// The invariants every note must keep: no panic (checked by running), card lines inside the
/// note, non-empty questions, and every non-blank line in a card or reported unused.
pub fn check(name: &str, input: &str) -> Result<(), String> {
    let config = deckhand::config::Config::default();
    let deck = deckhand::pipeline::deck_from_bytes(name, input.as_bytes(), &config);
    let Some(decoded) = deckhand::ingest::decode(input.as_bytes()) else {
        return Ok(());
    };
    let lines: Vec<&str> = decoded.text.split('\n').collect();
    let n = lines.len();
    let mut covered = vec![false; n + 2];
    for c in &deck.cards {
        if c.question.trim().is_empty() {
            return Err(format!("empty question at line {}", c.source.line));
        }
        if c.source.line == 0 || c.source.line > n || c.source.end_line > n {
            return Err(format!(
                "card «{}» at {}-{} outside a note of {n} lines",
                c.question, c.source.line, c.source.end_line
            ));
        }
        let end = c.source.end_line.max(c.source.line);
        covered[c.source.line..=end]
            .iter_mut()
            .for_each(|x| *x = true);
    }
    for u in &deck.unused {
        for x in covered.iter_mut().take(u.end_line.min(n) + 1).skip(u.line) {
            *x = true;
        }
    }
    for (i, l) in lines.iter().enumerate() {
        if !deckhand::extract::lines::is_blank(l) && !covered[i + 1] {
            return Err(format!(
                "line {} neither in a card nor unused: {l:?}",
                i + 1
            ));
        }
    }
    Ok(())
}
