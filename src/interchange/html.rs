//! Anki's fields are HTML: plain text going out is escaped, HTML coming in is made plain text
//! again (line breaks kept, formatting and media removed and counted).

/// Plain text as an Anki field: `&`, `<`, `>` and `"` escaped, line breaks as `<br>`.
pub fn to_html(text: &str) -> String {
    html_escape::encode_double_quoted_attribute(text)
        .replace("\r\n", "\n")
        .replace('\n', "<br>")
}

/// A field made plain.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plain {
    /// The text: tags removed, entities decoded, line breaks from `<br>`, `<div>` and `<p>`.
    pub text: String,
    /// Whether a tag other than a line break was removed (bold, links, colours, tables...).
    pub formatting_removed: bool,
    /// Media references removed: `<img>`, `<audio>`, `<video>` and `[sound:...]`.
    pub media_removed: usize,
}

/// Makes an Anki field plain text. Text that only looks like a tag (`a < b`) stays.
pub fn to_plain(html: &str) -> Plain {
    let mut out = String::with_capacity(html.len());
    let mut formatting_removed = false;
    let mut media_removed = 0;
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[sound:")
            && let Some(end) = after.find(']')
        {
            media_removed += 1;
            rest = &after[end + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |e| &after[e + 3..]);
            formatting_removed = true;
            continue;
        }
        if rest.starts_with('<')
            && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')
            && let Some(end) = rest.find('>')
        {
            let tag = &rest[1..end];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            match name.as_str() {
                "br" => out.push('\n'),
                "div" | "p" | "li" | "tr" if !closing => {
                    if !out.is_empty() && !out.ends_with('\n') {
                        out.push('\n');
                    }
                }
                "div" | "p" | "li" | "tr" => {}
                "img" | "audio" | "video" | "source" | "object" | "embed" => {
                    if !closing && name != "source" {
                        media_removed += 1;
                    }
                }
                _ => formatting_removed = true,
            }
            rest = &rest[end + 1..];
            continue;
        }
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let next = rest[first..]
            .find(['<', '['])
            .map_or(rest.len(), |i| i + first);
        out.push_str(&rest[..next]);
        rest = &rest[next..];
    }
    let decoded = html_escape::decode_html_entities(&out).replace('\u{a0}', " ");
    // Lines keep their text; runs of blank lines become one blank line.
    let mut text = String::with_capacity(decoded.len());
    let mut blank = 0;
    for line in decoded.trim().split('\n') {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 {
                continue;
            }
        } else {
            blank = 0;
        }
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(line);
    }
    Plain {
        text,
        formatting_removed,
        media_removed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_survives_a_round_trip() {
        for text in [
            "a < b && c > d",
            "line one\nline two\n\nparagraph",
            "quotes \" and ' stay",
            "{{128 MB}} and {{10 GB::hint}}",
            "한국어 텍스트",
        ] {
            assert_eq!(to_plain(&to_html(text)).text, text, "{text}");
        }
    }

    #[test]
    fn anki_markup_becomes_plain_text() {
        let p = to_plain("<b>Bold</b> and&nbsp;<i>it</i><div>next line</div><div><br></div>");
        assert_eq!(p.text, "Bold and it\nnext line");
        assert!(p.formatting_removed);
        assert_eq!(p.media_removed, 0);
        let p = to_plain("See <img src=\"a.png\"> [sound:b.mp3]here &amp; &#x41;&#66;");
        assert_eq!(p.text, "See  here & AB");
        assert_eq!(p.media_removed, 2);
        assert!(!p.formatting_removed);
        assert_eq!(to_plain("x <3 y").text, "x <3 y");
        assert_eq!(to_plain("[not sound]").text, "[not sound]");
    }
}
