//! Names of works that look like times: a television programme ("This
//! Week"), a film ("High Noon"). Quoted and capitalised throughout, they
//! name a title, not a time; quoted speech that opens with a time word
//! ("Today we vote") goes on past the capitalised run and is kept.

use super::reader::{Match, Tok};

fn capitalised(t: &Tok) -> bool {
    t.text.starts_with(char::is_uppercase)
}

/// Small words a title keeps in lower case ("Summer of Hope", "Gone with
/// the Wind"), between capitalised words.
const TITLE_SMALL: &[&str] = &["of", "the", "and", "in", "on", "for", "a", "an", "to", "with"];

/// Token `k` continues a title run: capitalised, or a small word followed
/// (through other small words) by a capitalised one.
fn in_title(t: &[Tok], k: usize) -> bool {
    if capitalised(&t[k]) {
        return true;
    }
    let mut j = k;
    while j < t.len() && TITLE_SMALL.contains(&t[j].text) {
        j += 1;
    }
    j > k && j < t.len() && capitalised(&t[j])
}

/// The tokens are single marks, so "``" and "''" come as two.
fn opening_quote(t: &Tok) -> bool {
    matches!(t.text, "\"" | "“" | "`" | "‘")
}

/// A closing mark, not the apostrophe of "Friday's" (a letter right after it).
fn closing_quote(t: &[Tok], k: usize) -> bool {
    let Some(c) = t.get(k) else { return false };
    let apostrophe = t.get(k + 1).is_some_and(|n| n.start == c.end && n.text.starts_with(char::is_alphabetic));
    matches!(c.text, "\"" | "”" | "'" | "’") && !apostrophe
}

/// Whether the match lies in a run of capitalised words that a pair of
/// quotation marks encloses (a full stop or comma may stand before the
/// closing mark, as news style puts it there).
pub fn is_quoted_title(t: &[Tok], m: &Match) -> bool {
    if !(m.start..m.end).all(|k| capitalised(&t[k])) {
        return false;
    }
    let mut s = m.start;
    while s > 0 && in_title(t, s - 1) {
        s -= 1;
    }
    let mut e = m.end;
    while e < t.len() && in_title(t, e) {
        e += 1;
    }
    let opened = s > 0 && opening_quote(&t[s - 1]);
    let closed = closing_quote(t, e) || (t.get(e).is_some_and(|c| matches!(c.text, "," | "." | "!" | "?")) && closing_quote(t, e + 1));
    opened && closed
}

#[cfg(test)]
mod tests {
    use super::super::{recognise, toks};

    fn tagged(s: &str) -> Vec<String> {
        let t = toks(s);
        recognise(&t).iter().map(|m| t[m.start..m.end].iter().map(|x| x.text).collect::<Vec<_>>().join(" ")).collect()
    }

    #[test]
    fn a_quoted_capitalised_title_is_no_time() {
        assert!(tagged("The minister told the programme \"This Week\" that talks go on.").is_empty());
        assert!(tagged("She spoke on \"This Week,\" the Sunday show.").iter().all(|m| m != "This Week"));
        assert!(tagged("They watched ``High Noon'' again.").is_empty());
        assert!(tagged("The poster showed the film ``High Noon.''").is_empty());
        // Small words stay lower case inside a title.
        assert!(tagged("They staged the ``Summer of Hope'' concerts.").is_empty());
    }

    #[test]
    fn quoted_speech_opening_with_a_time_is_kept() {
        assert_eq!(tagged("\"Today we vote,\" she said."), ["Today"]);
        assert_eq!(tagged("He said \"next week\" twice."), ["next week"]);
        assert_eq!(tagged("\"Friday's vote was close,\" he said."), ["Friday"]);
    }
}
