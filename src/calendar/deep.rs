//! Years beyond the civil calendar's ±9999 ("deep time", TimelineJS3's
//! cosmological scale): only the year is known, held as a plain `i64`
//! (astronomical numbering, like civil years: year 0 is 1 BCE), and written
//! as each language writes such years.
//!
//! Up to a million years back a year is written with its era and its digits
//! grouped ("12,000 BCE", "12 000 av. J.-C."); further back, as a time ago
//! rounded to three significant digits ("13.8 billion years ago", "il y a
//! 13,8 milliards d'années", "13,8 млрд лет назад"). Years after 9999 are
//! written the same way forwards ("20,000", "in 5 billion years").

use super::format::year_label;
use super::lang::Lang;

/// The years a civil date (`jiff::civil::Date`) holds.
pub const CIVIL_YEARS: std::ops::RangeInclusive<i64> = -9999..=9999;
/// The farthest year this timeline draws either way: a hundred billion years,
/// seven times the age of the universe, far inside what its arithmetic holds.
pub const DEEP_LIMIT: i64 = 100_000_000_000;
/// From here back, a year reads better as a time ago than as a number.
const AGO_FROM: i64 = 1_000_000;

/// A year as a reader of `lang` writes it, civil or deep.
pub fn format_year(lang: Lang, year: i64) -> String {
    if let Ok(civil) = i16::try_from(year) {
        if CIVIL_YEARS.contains(&year) {
            return year_label(lang, civil);
        }
    }
    // Astronomical year 0 is 1 BCE: year -11999 is 12,000 BCE.
    let before = year <= 0;
    let magnitude = magnitude(year);
    if magnitude < AGO_FROM {
        let digits = grouped(lang, magnitude);
        return match (lang, before) {
            (_, false) => digits,
            (Lang::En, true) => format!("{digits} BCE"),
            (Lang::Fr, true) => format!("{digits} av. J.-C."),
            (Lang::Ru, true) => format!("{digits} до н. э."),
        };
    }
    let (amount, unit) = scaled(lang, magnitude, true, None);
    match (lang, before) {
        (Lang::En, true) => format!("{amount} {unit} years ago"),
        (Lang::En, false) => format!("in {amount} {unit} years"),
        (Lang::Fr, true) => format!("il y a {amount} {unit} d’années"),
        (Lang::Fr, false) => format!("dans {amount} {unit} d’années"),
        (Lang::Ru, true) => format!("{amount} {unit} лет назад"),
        (Lang::Ru, false) => format!("через {amount} {unit} лет"),
    }
}

/// As short as a tick label wants it: "2024", "44 BCE", "12,000 BCE",
/// "66M years ago", "il y a 66 Ma", "66 млн лет назад".
pub fn format_year_short(lang: Lang, year: i64) -> String {
    short(lang, year, None)
}

/// A tick's label on an axis that steps by `step` years: as many decimals as
/// tell the ticks apart ("13.75B years ago" beside "13.8B years ago" when
/// the ticks are 50 million years apart).
pub fn format_year_tick(lang: Lang, year: i64, step: i64) -> String {
    let unit = if magnitude(year) >= 1_000_000_000 { 1_000_000_000 } else { 1_000_000 };
    let mut decimals = 0;
    while decimals < 9 && step.max(1).saturating_mul(10i64.pow(decimals as u32)) < unit {
        decimals += 1;
    }
    short(lang, year, Some(decimals))
}

/// How far a signed ISO year lies from year 0 in years as people count
/// them: year 0 is 1 BCE, so -44 is 45 years before.
fn magnitude(year: i64) -> i64 {
    if year <= 0 { 1i64.saturating_sub(year) } else { year }
}

fn short(lang: Lang, year: i64, decimals: Option<usize>) -> String {
    let before = year <= 0;
    let magnitude = magnitude(year);
    if magnitude < AGO_FROM {
        return format_year(lang, year);
    }
    let (amount, unit) = scaled(lang, magnitude, false, decimals);
    match (lang, before) {
        (Lang::En, true) => format!("{amount}{unit} years ago"),
        (Lang::En, false) => format!("+{amount}{unit} years"),
        (Lang::Fr, true) => format!("il y a {amount} {unit}"),
        (Lang::Fr, false) => format!("+{amount} {unit}"),
        (Lang::Ru, true) => format!("{amount} {unit} лет назад"),
        (Lang::Ru, false) => format!("через {amount} {unit} лет"),
    }
}

/// `n` (a million or more) in millions or billions, three significant digits
/// at most unless `decimals` says how many, with the unit's name (long) or
/// abbreviation (short).
fn scaled(lang: Lang, n: i64, long: bool, decimals: Option<usize>) -> (String, &'static str) {
    let (value, billions) = if n >= 1_000_000_000 { (n as f64 / 1e9, true) } else { (n as f64 / 1e6, false) };
    let decimals = decimals.unwrap_or(if value >= 100.0 { 0 } else if value >= 10.0 { 1 } else { 2 });
    let mut amount = format!("{value:.decimals$}");
    if amount.contains('.') {
        amount = amount.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let amount = match lang {
        Lang::En => grouped_str(&amount, ","),
        Lang::Fr | Lang::Ru => grouped_str(&amount, "\u{202f}").replace('.', ","),
    };
    let unit = match (lang, billions, long) {
        (Lang::En, false, true) => "million",
        (Lang::En, true, true) => "billion",
        (Lang::En, false, false) => "M",
        (Lang::En, true, false) => "B",
        (Lang::Fr, false, true) => "millions",
        (Lang::Fr, true, true) => "milliards",
        (Lang::Fr, false, false) => "Ma",
        (Lang::Fr, true, false) => "Ga",
        (Lang::Ru, false, _) => "млн",
        (Lang::Ru, true, _) => "млрд",
    };
    (amount, unit)
}

/// Digits in groups of three: "12,000" in English, "12 000" (a narrow
/// no-break space) in French and Russian.
fn grouped(lang: Lang, n: i64) -> String {
    grouped_str(&n.to_string(), if lang == Lang::En { "," } else { "\u{202f}" })
}

fn grouped_str(number: &str, sep: &str) -> String {
    let (int, frac) = number.split_once('.').map_or((number, None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    out
}

/// The TIMEX3 value of a deep year: ISO 8601's expanded year, always signed
/// ("-13800000000", "+20000"), so that it never reads as a civil date.
pub fn deep_year_value(year: i64) -> String {
    format!("{year:+}")
}

/// What [`deep_year_value`] writes, and only for years beyond the civil range.
pub fn parse_deep_year(value: &str) -> Option<i64> {
    let digits = value.strip_prefix(['+', '-'])?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i64 = value.parse().ok()?;
    (!CIVIL_YEARS.contains(&year) && year.abs() <= DEEP_LIMIT && deep_year_value(year) == value).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_years_read_as_times_ago_in_each_language() {
        let big_bang = -13_800_000_000;
        assert_eq!(format_year(Lang::En, big_bang), "13.8 billion years ago");
        assert_eq!(format_year(Lang::Fr, big_bang), "il y a 13,8 milliards d’années");
        assert_eq!(format_year(Lang::Ru, big_bang), "13,8 млрд лет назад");
        assert_eq!(format_year(Lang::En, -65_999_999), "66 million years ago");
        assert_eq!(format_year(Lang::En, -4_540_000_000), "4.54 billion years ago");
        assert_eq!(format_year(Lang::En, 5_000_000_000), "in 5 billion years");
        assert_eq!(format_year(Lang::Ru, 250_000_000), "через 250 млн лет");
    }

    #[test]
    fn nearer_years_keep_their_era_and_grouped_digits() {
        assert_eq!(format_year(Lang::En, -11_999), "12,000 BCE");
        assert_eq!(format_year(Lang::Fr, -11_999), "12\u{202f}000 av. J.-C.");
        assert_eq!(format_year(Lang::Ru, -299_999), "300\u{202f}000 до н. э.");
        assert_eq!(format_year(Lang::En, 20_000), "20,000");
        // The civil range is the calendar's own format.
        assert_eq!(format_year(Lang::En, -43), "44 BCE");
        assert_eq!(format_year(Lang::En, 9999), "9999");
        // Beyond what any file may hold, still words, not a panic.
        assert!(format_year(Lang::En, i64::MIN).ends_with("billion years ago"));
        assert!(format_year_tick(Lang::Ru, i64::MAX, i64::MAX).starts_with("через"));
    }

    #[test]
    fn short_forms_for_ticks() {
        assert_eq!(format_year_short(Lang::En, -66_000_000), "66M years ago");
        assert_eq!(format_year_short(Lang::Fr, -13_800_000_000), "il y a 13,8 Ga");
        assert_eq!(format_year_short(Lang::Ru, -2_000_000), "2 млн лет назад");
        assert_eq!(format_year_short(Lang::En, 1969), "1969");
        // Ticks close together get the decimals that tell them apart.
        assert_eq!(format_year_tick(Lang::En, -13_750_000_000, 50_000_000), "13.75B years ago");
        assert_eq!(format_year_tick(Lang::En, -14_000_000_000, 2_000_000_000), "14B years ago");
        assert_eq!(format_year_tick(Lang::Fr, -65_500_000, 500_000), "il y a 65,5 Ma");
    }

    #[test]
    fn values_are_signed_and_read_back_only_beyond_the_civil_range() {
        for y in [-13_800_000_000, -10_000, 10_000, DEEP_LIMIT] {
            assert_eq!(parse_deep_year(&deep_year_value(y)), Some(y), "{y}");
        }
        assert_eq!(deep_year_value(20_000), "+20000");
        for bad in ["-9999", "+2024", "20000", "+020000", "-", "+1e5", "--10000", "-100000000001"] {
            assert_eq!(parse_deep_year(bad), None, "{bad}");
        }
    }
}
