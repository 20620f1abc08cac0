//! A small table-driven lexer for the languages study notes use most (Go, C/C++, Java,
//! JavaScript/TypeScript, Rust, Python, shell, SQL, JSON, YAML).
//!
//! It exists for speed: syntect's Sublime grammars run on fancy-regex at roughly 50–70 µs per
//! line, which made code blocks 90% of the time of a 10,000-card build (seconds instead of a
//! fraction of one). Cards only need the colours a reader uses — comments, strings, numbers,
//! keywords, types, literals, calls — and a single pass over the characters with per-language
//! word lists gives those in well under a microsecond per line. Languages not listed here still
//! go through syntect (see [`highlight`](super::highlight)); both emit the same `hl-*` classes.

use super::highlight::Spans;

/// What distinguishes one language for this lexer.
pub struct Lang {
    line_comments: &'static [&'static str],
    block_comment: Option<(&'static str, &'static str)>,
    /// Quote characters that delimit single-line strings (backslash escapes).
    quotes: &'static [char],
    /// Backtick strings that may span lines without escapes (Go raw strings, JS templates).
    backtick_multiline: bool,
    /// Python's `"""` / `'''`.
    triple_quotes: bool,
    keywords: &'static [&'static str],
    types: &'static [&'static str],
    literals: &'static [&'static str],
    /// SQL: words compare case-insensitively.
    case_insensitive: bool,
    /// Shell: `$name`, `${…}` are variables.
    dollar_vars: bool,
    /// YAML: a word before `:` is a key.
    keys_before_colon: bool,
    /// C family: a line starting with `#` is a preprocessor directive.
    preprocessor: bool,
}

const BASE: Lang = Lang {
    line_comments: &[],
    block_comment: None,
    quotes: &['"', '\''],
    backtick_multiline: false,
    triple_quotes: false,
    keywords: &[],
    types: &[],
    literals: &[],
    case_insensitive: false,
    dollar_vars: false,
    keys_before_colon: false,
    preprocessor: false,
};

static GO: Lang = Lang {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    backtick_multiline: true,
    keywords: &[
        "break",
        "case",
        "chan",
        "const",
        "continue",
        "default",
        "defer",
        "else",
        "fallthrough",
        "for",
        "func",
        "go",
        "goto",
        "if",
        "import",
        "interface",
        "map",
        "package",
        "range",
        "return",
        "select",
        "struct",
        "switch",
        "type",
        "var",
    ],
    types: &[
        "any",
        "bool",
        "byte",
        "complex64",
        "complex128",
        "error",
        "float32",
        "float64",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "rune",
        "string",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "comparable",
    ],
    literals: &["true", "false", "nil", "iota"],
    ..BASE
};

static C: Lang = Lang {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    preprocessor: true,
    keywords: &[
        "auto",
        "break",
        "case",
        "catch",
        "class",
        "const",
        "constexpr",
        "continue",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "explicit",
        "extern",
        "for",
        "friend",
        "goto",
        "if",
        "inline",
        "namespace",
        "new",
        "noexcept",
        "operator",
        "override",
        "private",
        "protected",
        "public",
        "register",
        "return",
        "sizeof",
        "static",
        "struct",
        "switch",
        "template",
        "this",
        "throw",
        "try",
        "typedef",
        "typename",
        "union",
        "using",
        "virtual",
        "volatile",
        "while",
        "message",
        "service",
        "rpc",
        "returns",
        "syntax",
        "option",
        "repeated",
        "optional",
    ],
    types: &[
        "bool", "char", "double", "float", "int", "long", "short", "signed", "unsigned", "void",
        "size_t", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t", "uint16_t", "uint32_t",
        "uint64_t", "string", "vector", "map", "std", "int32", "int64", "uint32", "uint64",
        "bytes",
    ],
    literals: &["true", "false", "NULL", "nullptr"],
    ..BASE
};

static JAVA: Lang = Lang {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    keywords: &[
        "abstract",
        "assert",
        "break",
        "case",
        "catch",
        "class",
        "continue",
        "default",
        "do",
        "else",
        "enum",
        "extends",
        "final",
        "finally",
        "for",
        "if",
        "implements",
        "import",
        "instanceof",
        "interface",
        "native",
        "new",
        "package",
        "private",
        "protected",
        "public",
        "record",
        "return",
        "static",
        "super",
        "switch",
        "synchronized",
        "this",
        "throw",
        "throws",
        "transient",
        "try",
        "var",
        "val",
        "fun",
        "volatile",
        "while",
        "object",
        "when",
    ],
    types: &[
        "boolean", "byte", "char", "double", "float", "int", "long", "short", "void", "String",
        "Integer", "Long", "Object", "List", "Map", "Set",
    ],
    literals: &["true", "false", "null"],
    ..BASE
};

static JS: Lang = Lang {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    backtick_multiline: true,
    keywords: &[
        "abstract",
        "as",
        "async",
        "await",
        "break",
        "case",
        "catch",
        "class",
        "const",
        "continue",
        "debugger",
        "declare",
        "default",
        "delete",
        "do",
        "else",
        "enum",
        "export",
        "extends",
        "finally",
        "for",
        "from",
        "function",
        "get",
        "if",
        "implements",
        "import",
        "in",
        "instanceof",
        "interface",
        "let",
        "new",
        "of",
        "readonly",
        "return",
        "set",
        "static",
        "super",
        "switch",
        "this",
        "throw",
        "try",
        "type",
        "typeof",
        "var",
        "void",
        "while",
        "with",
        "yield",
    ],
    types: &[
        "any", "boolean", "never", "number", "object", "string", "symbol", "unknown", "bigint",
        "Array", "Promise", "Map", "Set",
    ],
    literals: &["true", "false", "null", "undefined", "NaN", "Infinity"],
    ..BASE
};

static RUST: Lang = Lang {
    line_comments: &["//"],
    block_comment: Some(("/*", "*/")),
    quotes: &['"'],
    keywords: &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
        "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "type",
        "unsafe", "use", "where", "while",
    ],
    types: &[
        "bool", "char", "f32", "f64", "i8", "i16", "i32", "i64", "i128", "isize", "str", "u8",
        "u16", "u32", "u64", "u128", "usize", "String", "Vec", "Option", "Result", "Box", "Rc",
        "Arc",
    ],
    literals: &["true", "false", "None", "Some", "Ok", "Err"],
    ..BASE
};

static PYTHON: Lang = Lang {
    line_comments: &["#"],
    triple_quotes: true,
    keywords: &[
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
        "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with",
        "yield", "self",
    ],
    types: &[
        "int", "float", "str", "bool", "bytes", "list", "dict", "set", "tuple", "object",
    ],
    literals: &["True", "False", "None"],
    ..BASE
};

static SHELL: Lang = Lang {
    line_comments: &["#"],
    dollar_vars: true,
    keywords: &[
        "if",
        "then",
        "else",
        "elif",
        "fi",
        "case",
        "esac",
        "for",
        "while",
        "until",
        "do",
        "done",
        "in",
        "function",
        "return",
        "local",
        "export",
        "readonly",
        "declare",
        "break",
        "continue",
        "exit",
        "sudo",
        "FROM",
        "RUN",
        "CMD",
        "COPY",
        "ADD",
        "ENV",
        "WORKDIR",
        "EXPOSE",
        "ENTRYPOINT",
        "ARG",
        "USER",
        "VOLUME",
    ],
    types: &[],
    literals: &["true", "false"],
    ..BASE
};

static SQL: Lang = Lang {
    line_comments: &["--", "#"],
    block_comment: Some(("/*", "*/")),
    quotes: &['\''],
    case_insensitive: true,
    keywords: &[
        "add",
        "all",
        "alter",
        "and",
        "as",
        "asc",
        "begin",
        "between",
        "by",
        "case",
        "check",
        "commit",
        "constraint",
        "create",
        "cross",
        "database",
        "default",
        "delete",
        "desc",
        "distinct",
        "drop",
        "else",
        "end",
        "engine",
        "exists",
        "explain",
        "for",
        "foreign",
        "from",
        "full",
        "grant",
        "group",
        "having",
        "if",
        "in",
        "index",
        "inner",
        "insert",
        "into",
        "is",
        "join",
        "key",
        "left",
        "like",
        "limit",
        "lock",
        "not",
        "offset",
        "on",
        "or",
        "order",
        "outer",
        "primary",
        "references",
        "returning",
        "right",
        "rollback",
        "select",
        "set",
        "share",
        "table",
        "then",
        "transaction",
        "union",
        "unique",
        "update",
        "values",
        "view",
        "when",
        "where",
        "with",
    ],
    types: &[
        "bigint",
        "blob",
        "boolean",
        "char",
        "date",
        "datetime",
        "decimal",
        "double",
        "float",
        "int",
        "integer",
        "json",
        "smallint",
        "text",
        "timestamp",
        "tinyint",
        "varchar",
    ],
    literals: &["null", "true", "false"],
    ..BASE
};

static JSON: Lang = Lang {
    quotes: &['"'],
    keys_before_colon: true,
    literals: &["true", "false", "null"],
    ..BASE
};

static YAML: Lang = Lang {
    line_comments: &["#"],
    keys_before_colon: true,
    literals: &["true", "false", "null", "yes", "no", "on", "off"],
    ..BASE
};

/// The lexer's language for a fence name, if it has one.
pub fn lang_for(fence: &str) -> Option<&'static Lang> {
    Some(match fence {
        "go" | "golang" => &GO,
        "c" | "h" | "cpp" | "c++" | "cc" | "cxx" | "hpp" | "proto" | "protobuf" => &C,
        "java" | "kotlin" | "kt" | "scala" => &JAVA,
        "js" | "javascript" | "jsx" | "ts" | "typescript" | "tsx" | "node" | "mjs" => &JS,
        "rust" | "rs" => &RUST,
        "python" | "py" | "python3" => &PYTHON,
        "bash" | "sh" | "shell" | "zsh" | "console" | "shell-session" | "dockerfile" | "docker" => {
            &SHELL
        }
        "sql" | "mysql" | "postgres" | "postgresql" | "sqlite" | "plsql" => &SQL,
        "json" | "jsonc" => &JSON,
        "yaml" | "yml" => &YAML,
        _ => return None,
    })
}

/// Colours `code` as `lang`, appending to `out`.
pub fn lex(code: &str, lang: &Lang, out: &mut Spans) {
    let mut rest = code;
    let mut line_start = true;
    while let Some(c) = rest.chars().next() {
        let (class, len) = token(rest, c, line_start, lang);
        let len = len.max(c.len_utf8()).min(rest.len());
        let (tok, tail) = rest.split_at(len);
        out.push(class, tok);
        line_start = tok.trim().is_empty() && (line_start || tok.contains('\n'));
        rest = tail;
    }
}

/// The class and byte length of the token at the start of `s` (whose first char is `c`).
fn token(s: &str, c: char, line_start: bool, lang: &Lang) -> (Option<&'static str>, usize) {
    if c.is_whitespace() {
        return (
            None,
            s.find(|c: char| !c.is_whitespace()).unwrap_or(s.len()),
        );
    }
    if lang.line_comments.iter().any(|m| s.starts_with(m))
        || (line_start && lang.preprocessor && c == '#')
    {
        let class = if c == '#' && lang.preprocessor {
            "hl-k"
        } else {
            "hl-c"
        };
        return (Some(class), s.find('\n').unwrap_or(s.len()));
    }
    if let Some((open, close)) = lang.block_comment {
        if let Some(body) = s.strip_prefix(open) {
            let end = body
                .find(close)
                .map_or(s.len(), |i| i + open.len() + close.len());
            return (Some("hl-c"), end);
        }
    }
    if lang.triple_quotes && (s.starts_with("\"\"\"") || s.starts_with("'''")) {
        let q = &s[..3];
        return (Some("hl-s"), s[3..].find(q).map_or(s.len(), |i| i + 6));
    }
    if c == '`' && lang.backtick_multiline {
        return (Some("hl-s"), s[1..].find('`').map_or(s.len(), |i| i + 2));
    }
    if lang.quotes.contains(&c) {
        let len = quoted_len(s, c);
        let is_key =
            lang.keys_before_colon && s[len..].trim_start_matches([' ', '\t']).starts_with(':');
        return (Some(if is_key { "hl-a" } else { "hl-s" }), len);
    }
    if lang.dollar_vars && c == '$' {
        return (Some("hl-v"), dollar_len(s));
    }
    if c.is_ascii_digit() {
        let len = s
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_'))
            .unwrap_or(s.len());
        return (Some("hl-n"), len);
    }
    if c.is_alphabetic() || c == '_' {
        let len = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || (c == '-' && lang.dollar_vars)))
            .unwrap_or(s.len());
        return (word_class(&s[..len], &s[len..], lang), len);
    }
    if "=+-*/%<>!&|^:~?".contains(c) {
        let len = s
            .find(|c: char| !"=+-*/%<>!&|^:~?".contains(c))
            .unwrap_or(s.len());
        // Don't swallow a comment opener that follows an operator (`x=1//c`).
        let len = lang
            .line_comments
            .iter()
            .chain(lang.block_comment.iter().map(|(o, _)| o))
            .filter_map(|m| s[..len].find(m))
            .filter(|i| *i > 0)
            .min()
            .unwrap_or(len);
        return (Some("hl-o"), len);
    }
    (None, c.len_utf8())
}

fn word_class(word: &str, after: &str, lang: &Lang) -> Option<&'static str> {
    let is = |list: &[&str]| {
        if lang.case_insensitive {
            list.iter().any(|w| w.eq_ignore_ascii_case(word))
        } else {
            list.contains(&word)
        }
    };
    if lang.keys_before_colon && after.trim_start_matches([' ', '\t']).starts_with(':') {
        Some("hl-a")
    } else if is(lang.keywords) {
        Some("hl-k")
    } else if is(lang.literals) {
        Some("hl-b")
    } else if is(lang.types) {
        Some("hl-t")
    } else if after.starts_with('(') {
        Some("hl-f")
    } else {
        None
    }
}

/// Length of a quoted string with backslash escapes, ending at the quote or the line's end.
fn quoted_len(s: &str, quote: char) -> usize {
    let mut escaped = false;
    for (i, c) in s.char_indices().skip(1) {
        match c {
            '\n' => return i,
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            c if c == quote => return i + c.len_utf8(),
            _ => {}
        }
    }
    s.len()
}

/// `$name`, `$1`, `${…}`.
fn dollar_len(s: &str) -> usize {
    let body = &s[1..];
    if body.starts_with('{') {
        return body.find('}').map_or(s.len(), |i| i + 2);
    }
    1 + body
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(body.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexed(code: &str, lang: &str) -> String {
        let mut out = Spans::with_capacity(64);
        lex(code, lang_for(lang).expect("lang"), &mut out);
        out.finish()
    }

    #[test]
    fn go_tokens() {
        let h = lexed(
            "// c\nfunc main() { s := \"a\\\"b\"; n := 42; var x int = nil }\n",
            "go",
        );
        assert!(h.starts_with("<span class=\"hl-c\">// c"), "{h}");
        assert!(h.contains("<span class=\"hl-k\">func"), "{h}");
        assert!(h.contains("<span class=\"hl-f\">main</span>"), "{h}");
        assert!(
            h.contains("<span class=\"hl-s\">&quot;a\\&quot;b&quot;</span>"),
            "{h}"
        );
        assert!(h.contains("<span class=\"hl-n\">42</span>"), "{h}");
        assert!(h.contains("<span class=\"hl-t\">int"), "{h}");
        assert!(h.contains("<span class=\"hl-b\">nil"), "{h}");
    }

    #[test]
    fn sql_is_case_insensitive_and_yaml_has_keys() {
        let h = lexed("select * FROM t -- all\n", "sql");
        assert!(
            h.contains("hl-k\">select") && h.contains("hl-k\">FROM"),
            "{h}"
        );
        assert!(h.contains("hl-c\">-- all"), "{h}");
        let y = lexed("name: web # comment\nreplicas: 3\n", "yaml");
        assert!(y.contains("hl-a\">name") && y.contains("hl-n\">3"), "{y}");
    }

    #[test]
    fn unterminated_things_end_safely() {
        for (code, lang) in [
            ("/* open", "go"),
            ("\"open", "go"),
            ("`raw\nline", "go"),
            ("'''doc", "python"),
            ("${x", "bash"),
            ("中文标识符 := 1", "go"),
            ("x=1//c", "c"),
        ] {
            let h = lexed(code, lang);
            assert!(!h.is_empty(), "{code}");
        }
    }

    /// Random mixes of the characters the lexer cares about, in every language: no panic,
    /// and the text comes back unchanged.
    #[test]
    fn never_panics_and_keeps_the_text() {
        let alphabet: Vec<char> = "ab_1.$#{}()`'\"\\/*-=<>:\n\t 中文é🙂".chars().collect();
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        for lang in [
            "go", "c", "java", "js", "rust", "python", "bash", "sql", "json", "yaml",
        ] {
            for _ in 0..300 {
                let len = (x % 40) as usize;
                let code: String = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 7;
                        x ^= x << 17;
                        alphabet[(x % alphabet.len() as u64) as usize]
                    })
                    .collect();
                let html = lexed(&code, lang);
                let mut text = String::new();
                let mut in_tag = false;
                for c in html.chars() {
                    match c {
                        '<' => in_tag = true,
                        '>' => in_tag = false,
                        c if !in_tag => text.push(c),
                        _ => {}
                    }
                }
                let text = text
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&");
                assert_eq!(text, code, "{lang}");
            }
        }
    }
}
