//! The deckhand note type: fields, card templates and CSS, as schema-11 JSON.
//!
//! It has a fixed id so that every package deckhand writes uses the same note type, and Anki
//! merges re-imports into it instead of creating "deckhand-1", "deckhand-2", …. Its `mod`
//! time is [`NOTETYPE_MOD`], moved forward by hand whenever the templates or CSS change so that
//! Anki picks up the new look on the next import.

use serde_json::{json, Value};

/// The note type id (fixed forever; changing it orphans every imported note).
pub const NOTETYPE_ID: i64 = 1_731_400_000_001;
/// Its name as Anki shows it.
pub const NOTETYPE_NAME: &str = "deckhand Q&A";
/// Modification time of the templates/CSS below (seconds). Bump when they change.
pub const NOTETYPE_MOD: i64 = 1_796_400_000;
/// Field order in `notes.flds`.
pub const FIELDS: [&str; 4] = ["Question", "Answer", "Topic", "Source"];

const FRONT: &str = r#"<div class="dh">
<div class="dh-topic">{{Topic}}</div>
<div class="dh-question">{{Question}}</div>
</div>"#;

const BACK: &str = r#"<div class="dh">
<div class="dh-topic">{{Topic}}</div>
<div class="dh-question">{{Question}}</div>
<hr id="answer">
<div class="dh-answer">{{#Answer}}{{Answer}}{{/Answer}}{{^Answer}}<p class="dh-none">(no answer in the notes yet)</p>{{/Answer}}</div>
{{#Source}}<div class="dh-source">{{Source}}</div>{{/Source}}
</div>"#;

/// Card CSS: CJK-aware fonts, readable answers, code colours for day and night, narrow screens.
pub const CSS: &str = r#".card {
  font-family: -apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB",
    "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
    Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 18px;
  line-height: 1.7;
  color: #1f2328;
  background-color: #ffffff;
  text-align: left;
  margin: 0;
  padding: 0;
}
.dh { max-width: 46em; margin: 0 auto; padding: 16px 18px 24px; overflow-wrap: break-word; }
.dh-topic { font-size: 0.8em; color: #6e7781; letter-spacing: 0.02em; margin-bottom: 0.3em; }
.dh-question { font-size: 1.25em; font-weight: 600; line-height: 1.5; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }
.dh-answer { text-align: left; }
.dh-answer > :first-child { margin-top: 0; }
.dh-answer p { margin: 0.5em 0; }
.dh-answer ul, .dh-answer ol { margin: 0.4em 0; padding-left: 1.6em; }
.dh-answer li { margin: 0.15em 0; }
.dh-answer li > p { margin: 0.2em 0; }
.dh-answer h1, .dh-answer h2, .dh-answer h3, .dh-answer h4, .dh-answer h5, .dh-answer h6 {
  font-size: 1em; font-weight: 700; margin: 0.9em 0 0.3em;
}
.dh-answer blockquote {
  margin: 0.6em 0; padding: 0.2em 0.9em; color: #57606a; border-left: 4px solid #d0d7de;
}
.dh-answer table { border-collapse: collapse; margin: 0.6em 0; display: block; overflow-x: auto; max-width: 100%; }
.dh-answer th, .dh-answer td { border: 1px solid #d0d7de; padding: 0.3em 0.6em; vertical-align: top; }
.dh-answer th { background-color: #f6f8fa; font-weight: 600; }
.dh-answer img { max-width: 100%; height: auto; }
.dh-answer a { color: #0969da; }
.dh-answer code, .dh-answer pre {
  font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "Noto Sans Mono CJK SC",
    "Sarasa Mono SC", monospace;
  font-size: 0.85em;
}
.dh-answer :not(pre) > code { background-color: #eff1f3; border-radius: 4px; padding: 0.1em 0.35em; }
.dh-answer pre {
  background-color: #f6f8fa; border: 1px solid #e1e4e8; border-radius: 6px;
  padding: 0.7em 0.9em; overflow-x: auto; line-height: 1.45; white-space: pre; tab-size: 4;
}
.dh-answer pre code { font-size: 1em; background: none; padding: 0; }
.dh-answer pre.dh-wrap { white-space: pre-wrap; overflow-wrap: anywhere; }
.dh-question code { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.9em; background-color: #eff1f3; border-radius: 4px; padding: 0.05em 0.3em; }
.dh-answer mark { background-color: #fff3a3; color: inherit; padding: 0 0.1em; border-radius: 2px; }
.dh-missing { display: inline-block; font-size: 0.85em; color: #9a6700; border: 1px dashed #d4a72c;
  border-radius: 4px; padding: 0.1em 0.5em; }
.dh-answer blockquote.markdown-alert-note, .dh-answer blockquote.markdown-alert-tip,
.dh-answer blockquote.markdown-alert-important, .dh-answer blockquote.markdown-alert-warning,
.dh-answer blockquote.markdown-alert-caution { color: inherit; border-radius: 4px; }
.dh-answer blockquote[class^="markdown-alert"] > p:first-child { font-weight: 600; }
.dh-answer blockquote.markdown-alert-note { border-left-color: #0969da; background-color: #ddf4ff; }
.dh-answer blockquote.markdown-alert-tip { border-left-color: #1a7f37; background-color: #dafbe1; }
.dh-answer blockquote.markdown-alert-important { border-left-color: #8250df; background-color: #fbefff; }
.dh-answer blockquote.markdown-alert-warning { border-left-color: #9a6700; background-color: #fff8c5; }
.dh-answer blockquote.markdown-alert-caution { border-left-color: #cf222e; background-color: #ffebe9; }
.dh-answer .footnote-definition { font-size: 0.85em; color: #57606a; margin-top: 0.6em; }
.dh-answer .footnote-definition p { display: inline; }
.dh-none { color: #8c959f; font-style: italic; }
.dh-source { margin-top: 1.2em; font-size: 0.75em; color: #8c959f; font-family: monospace; }
.hl-c { color: #6e7781; font-style: italic; }
.hl-s { color: #0a3069; }
.hl-n, .hl-b { color: #0550ae; }
.hl-k { color: #cf222e; }
.hl-o { color: #953800; }
.hl-t { color: #8250df; }
.hl-f { color: #6639ba; }
.hl-a, .hl-v { color: #116329; }

.nightMode.card, .nightMode .card, .night_mode.card, .night_mode .card { color: #e6edf3; background-color: #1e1e1e; }
.nightMode .dh, .night_mode .dh { color: #e6edf3; }
.nightMode .dh-topic, .night_mode .dh-topic { color: #9da7b3; }
.nightMode hr#answer, .night_mode hr#answer { border-top-color: #444c56; }
.nightMode .dh-answer blockquote, .night_mode .dh-answer blockquote { color: #adbac7; border-left-color: #444c56; }
.nightMode .dh-answer th, .nightMode .dh-answer td,
.night_mode .dh-answer th, .night_mode .dh-answer td { border-color: #444c56; }
.nightMode .dh-answer th, .night_mode .dh-answer th { background-color: #2d333b; }
.nightMode .dh-answer a, .night_mode .dh-answer a { color: #6cb6ff; }
.nightMode .dh-answer :not(pre) > code, .night_mode .dh-answer :not(pre) > code { background-color: #2d333b; }
.nightMode .dh-answer pre, .night_mode .dh-answer pre { background-color: #22272e; border-color: #444c56; }
.nightMode .dh-answer pre code, .night_mode .dh-answer pre code { color: #e6edf3; }
.nightMode .dh-answer mark, .night_mode .dh-answer mark { background-color: #6e5a00; }
.nightMode .dh-question code, .night_mode .dh-question code { background-color: #2d333b; }
.nightMode .dh-missing, .night_mode .dh-missing { color: #d4a72c; border-color: #9a6700; }
.nightMode .dh-answer blockquote.markdown-alert-note, .night_mode .dh-answer blockquote.markdown-alert-note { background-color: #0c2d4b; border-left-color: #4493f8; }
.nightMode .dh-answer blockquote.markdown-alert-tip, .night_mode .dh-answer blockquote.markdown-alert-tip { background-color: #0f2d1a; border-left-color: #3fb950; }
.nightMode .dh-answer blockquote.markdown-alert-important, .night_mode .dh-answer blockquote.markdown-alert-important { background-color: #2b1d45; border-left-color: #ab7df8; }
.nightMode .dh-answer blockquote.markdown-alert-warning, .night_mode .dh-answer blockquote.markdown-alert-warning { background-color: #3b2e00; border-left-color: #d29922; }
.nightMode .dh-answer blockquote.markdown-alert-caution, .night_mode .dh-answer blockquote.markdown-alert-caution { background-color: #42161a; border-left-color: #f85149; }
.nightMode .dh-answer .footnote-definition, .night_mode .dh-answer .footnote-definition { color: #adbac7; }
.nightMode .dh-none, .nightMode .dh-source, .night_mode .dh-none, .night_mode .dh-source { color: #768390; }
.nightMode .hl-c, .night_mode .hl-c { color: #8b949e; }
.nightMode .hl-s, .night_mode .hl-s { color: #a5d6ff; }
.nightMode .hl-n, .nightMode .hl-b, .night_mode .hl-n, .night_mode .hl-b { color: #79c0ff; }
.nightMode .hl-k, .night_mode .hl-k { color: #ff7b72; }
.nightMode .hl-o, .night_mode .hl-o { color: #ffa657; }
.nightMode .hl-t, .night_mode .hl-t { color: #d2a8ff; }
.nightMode .hl-f, .night_mode .hl-f { color: #d2a8ff; }
.nightMode .hl-a, .nightMode .hl-v, .night_mode .hl-a, .night_mode .hl-v { color: #7ee787; }

@media (max-width: 480px) {
  .card { font-size: 16px; }
  .dh { padding: 10px 10px 18px; }
  .dh-answer pre { padding: 0.5em 0.6em; }
}
"#;

/// The schema-11 `col.models` entry for the note type; `deck_id` is its default deck.
pub fn notetype_json(deck_id: i64) -> Value {
    let fields: Vec<Value> = FIELDS
        .iter()
        .enumerate()
        .map(|(ord, name)| {
            json!({
                "name": name, "ord": ord, "sticky": false, "rtl": false,
                "font": "Arial", "size": 20, "media": [],
            })
        })
        .collect();
    json!({
        "id": NOTETYPE_ID,
        "name": NOTETYPE_NAME,
        "type": 0,
        "mod": NOTETYPE_MOD,
        "usn": -1,
        "sortf": 0,
        "did": deck_id,
        "tmpls": [{
            "name": "Card 1", "ord": 0, "qfmt": FRONT, "afmt": BACK,
            "bqfmt": "", "bafmt": "", "did": null, "bfont": "", "bsize": 0,
        }],
        "flds": fields,
        "css": CSS,
        "latexPre": "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
        "latexPost": "\\end{document}",
        "latexsvg": false,
        // A card is generated when Question or Topic is non-empty.
        "req": [[0, "any", [0, 2]]],
        "tags": [],
        "vers": [],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_use_every_field_and_no_script() {
        for f in FIELDS {
            assert!(
                BACK.contains(&format!("{{{{{f}}}}}")),
                "{f} missing from back"
            );
        }
        assert!(FRONT.contains("{{Question}}") && FRONT.contains("{{Topic}}"));
        for t in [FRONT, BACK, CSS] {
            assert!(!t.to_lowercase().contains("<script"));
        }
    }

    #[test]
    fn css_braces_balance() {
        let open = CSS.matches('{').count();
        assert_eq!(open, CSS.matches('}').count());
        assert!(CSS.contains(".nightMode") && CSS.contains(".night_mode"));
    }
}
