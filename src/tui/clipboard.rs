//! Copying and opening links from the terminal: OSC 52 asks the terminal to put text on the
//! clipboard (most modern terminals and tmux allow it); opening uses the desktop's `xdg-open`.

use std::io::Write;

/// Standard base64 (RFC 4648), for OSC 52.
fn base64(data: &[u8]) -> String {
    const T: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(char::from(T[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Asks the terminal to copy `text`; returns the message to show.
pub fn copy(text: &str) -> String {
    let seq = format!("\u{1b}]52;c;{}\u{7}", base64(text.as_bytes()));
    let mut out = std::io::stdout();
    match out.write_all(seq.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => format!("Copied {text} (if your terminal allows copying)."),
        Err(_) => format!("Could not copy; the link is {text}"),
    }
}

/// Opens `url` with the desktop's opener; returns the message to show.
pub fn open(url: &str) -> String {
    let spawned = std::process::Command::new("xdg-open")
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    match spawned {
        Ok(_) => format!("Opening {url}"),
        Err(_) => format!("No browser opener (xdg-open) here; the link is {url}"),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, enc) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(super::base64(plain.as_bytes()), enc);
        }
    }
}
