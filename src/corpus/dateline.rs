//! The wire dateline that opens a report ("GENEVA, March 3 (Agency) - "):
//! the article parser needs it to tell a lead paragraph from a headline, the
//! event builder to keep the report's place and date out of its events.

/// The byte where the story starts after a wire dateline at the head of
/// `sentence` (0 when there is none): one or more upper-case words, maybe a
/// date and an agency in brackets, then a dash.
pub fn after_dateline(sentence: &str) -> usize {
    // The first 80 bytes, cut back to a character boundary.
    let mut cut = sentence.len().min(80);
    while !sentence.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &sentence[..cut];
    let Some(dash) = [" — ", " – ", " -- ", " - "].iter().filter_map(|d| head.find(d).map(|at| (at, d.len()))).min() else {
        return 0;
    };
    let before = &sentence[..dash.0];
    // A live report's time stamp before its entry ("16:32 - ").
    if is_clock(before) {
        return dash.0 + dash.1;
    }
    let place = before.split([',', '(']).next().unwrap_or("").trim();
    let upper = !place.is_empty() && place.split_whitespace().all(|w| w.len() >= 2 && w.chars().all(|c| !c.is_lowercase()) && w.chars().any(char::is_alphabetic));
    if upper { dash.0 + dash.1 } else { 0 }
}

/// A clock time and what may follow it: "16:32", "09:05 GMT", "4.15pm",
/// "9:30 a.m. GMT", "10 am local time". Both a live report's time stamp
/// and the time after a date line ("Updated 27 September 2024, 10:15")
/// are read with it.
pub(super) fn is_clock(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(time) = words.next() else { return false };
    let meridiem = |w: &str| matches!(w.to_ascii_lowercase().trim_end_matches('.'), "am" | "pm" | "a.m" | "p.m");
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let number = time.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '.');
    let suffix = &time[number.len()..];
    let clock = match number.split_once([':', '.']) {
        Some((h, m)) => h.len() <= 2 && digits(h) && m.len() == 2 && digits(m) && h.parse::<u8>().is_ok_and(|h| h < 24) && m < "60",
        // "9am", "10 am": an hour alone needs its meridiem.
        None => number.len() <= 2 && digits(number) && (meridiem(suffix) || text.split_whitespace().nth(1).is_some_and(meridiem)),
    };
    let (suffix_ok, rest_ok) = (suffix.is_empty() || meridiem(suffix), words.all(|w| meridiem(w) || w == "local" || w == "time" || (w.len() <= 4 && w.bytes().all(|b| b.is_ascii_alphabetic()))));
    clock && suffix_ok && rest_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wire_datelines_are_found() {
        let s = "PYONGYANG, June 19 (Agency) — The two leaders signed the treaty.";
        assert_eq!(&s[after_dateline(s)..], "The two leaders signed the treaty.");
        assert_eq!(after_dateline("NEW YORK — The council met."), "NEW YORK — ".len());
        assert_eq!(after_dateline("The council met - briefly - on Monday."), 0);
        // A multi-byte character across the 80th byte is no place to cut.
        let long = format!("{}é - rest", "A".repeat(79));
        assert_eq!(after_dateline(&long), 0);
    }

    #[test]
    fn a_live_report_s_time_stamp_is_a_dateline() {
        assert_eq!(after_dateline("16:32 - The result is in."), "16:32 - ".len());
        assert_eq!(after_dateline("09:05 GMT — Voting opens."), "09:05 GMT — ".len());
        assert_eq!(after_dateline("4.15pm - Polls close."), "4.15pm - ".len());
        assert_eq!(after_dateline("It rose 3.25 - a record - on Monday."), 0);
    }

    #[test]
    fn clock_times_in_their_spellings() {
        for t in ["16:32", "09:05 GMT", "4.15pm", "9:30 a.m. GMT", "10 am local time", "9am"] {
            assert!(is_clock(t), "{t}");
        }
        for t in ["3.5", "25.50", "10:75", "10", "2024", "10:155", "It rose"] {
            assert!(!is_clock(t), "{t}");
        }
    }
}
