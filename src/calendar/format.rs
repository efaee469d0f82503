//! Dates as a reader of each language writes them, at the precision they are
//! known: "June 19, 2024", "19 juin 2024", "19 июня 2024 г."; "June 2024";
//! "2024". Years before the common era carry their era ("44 BCE").

use super::lang::Lang;
use super::names::{months, MonthForm};
use jiff::civil::Date;

/// How precisely a date is known. A year-only date is stored as January 1 of
/// that year, but it is shown and compared as the whole year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Granularity {
    Year,
    Month,
    Day,
}

fn month(lang: Lang, d: Date, form: MonthForm) -> &'static str {
    months(lang, form)[(d.month() - 1) as usize]
}

/// A year, with its era when before the common era (astronomical year 0 is 1 BCE).
pub(super) fn year_label(lang: Lang, y: i16) -> String {
    if y > 0 {
        return y.to_string();
    }
    let bce = 1 - y as i32;
    match lang {
        Lang::En => format!("{bce} BCE"),
        Lang::Fr => format!("{bce} av. J.-C."),
        Lang::Ru => format!("{bce} до н. э."),
    }
}

/// `d` as a reader of `lang` writes it, to the given precision.
pub fn format_date(lang: Lang, d: Date, g: Granularity) -> String {
    let y = year_label(lang, d.year());
    // Russian marks a year of the common era with "г." (год).
    let ru_year = if d.year() > 0 { " г." } else { "" };
    match (lang, g) {
        (_, Granularity::Year) => y,
        (Lang::Ru, Granularity::Month) => format!("{} {y}{ru_year}", month(lang, d, MonthForm::Nominative)),
        (_, Granularity::Month) => format!("{} {y}", month(lang, d, MonthForm::Nominative)),
        (Lang::En, Granularity::Day) => format!("{} {}, {y}", month(lang, d, MonthForm::AfterDay), d.day()),
        (Lang::Fr, Granularity::Day) => {
            let day = if d.day() == 1 { "1er".to_string() } else { d.day().to_string() };
            format!("{day} {} {y}", month(lang, d, MonthForm::AfterDay))
        }
        (Lang::Ru, Granularity::Day) => format!("{} {} {y}{ru_year}", d.day(), month(lang, d, MonthForm::AfterDay)),
    }
}

/// A span of dates: "2016–2017"; one date when both ends are the same.
pub fn format_range(lang: Lang, start: (Date, Granularity), end: Option<(Date, Granularity)>) -> String {
    match end {
        Some(e) if e != start => format!("{}–{}", format_date(lang, start.0, start.1), format_date(lang, e.0, e.1)),
        _ => format_date(lang, start.0, start.1),
    }
}

/// As short as a tick label wants it: "2024"; "Jan 2024" at a year's start,
/// else "Jun"; "Jun 5" or "5 juin".
pub fn format_short(lang: Lang, d: Date, g: Granularity) -> String {
    let short = months(lang, MonthForm::Short);
    let m = short[(d.month() - 1) as usize];
    match (g, lang) {
        (Granularity::Year, _) => d.year().to_string(),
        (Granularity::Month, _) if d.month() == 1 => format!("{m} {}", d.year()),
        (Granularity::Month, _) => m.to_string(),
        (Granularity::Day, Lang::En) => format!("{m} {}", d.day()),
        (Granularity::Day, Lang::Fr | Lang::Ru) => format!("{} {m}", d.day()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn dates_follow_each_language() {
        let d = date(2024, 6, 1);
        assert_eq!(format_date(Lang::En, d, Granularity::Day), "June 1, 2024");
        assert_eq!(format_date(Lang::Fr, d, Granularity::Day), "1er juin 2024");
        assert_eq!(format_date(Lang::Ru, d, Granularity::Day), "1 июня 2024 г.");
        assert_eq!(format_date(Lang::Ru, d, Granularity::Month), "июнь 2024 г.");
        assert_eq!(format_date(Lang::Fr, d, Granularity::Year), "2024");
        let caesar = date(-43, 3, 15);
        assert_eq!(format_date(Lang::En, caesar, Granularity::Day), "March 15, 44 BCE");
        assert_eq!(format_date(Lang::Fr, caesar, Granularity::Year), "44 av. J.-C.");
        assert_eq!(format_date(Lang::Ru, caesar, Granularity::Day), "15 марта 44 до н. э.");
    }

    #[test]
    fn ranges_and_short_forms() {
        let (a, b) = ((date(2016, 1, 1), Granularity::Year), (date(2017, 1, 1), Granularity::Year));
        assert_eq!(format_range(Lang::En, a, Some(b)), "2016–2017");
        assert_eq!(format_range(Lang::En, a, Some(a)), "2016");
        assert_eq!(format_short(Lang::En, date(2024, 6, 5), Granularity::Day), "Jun 5");
        assert_eq!(format_short(Lang::Fr, date(2024, 6, 5), Granularity::Day), "5 juin");
        assert_eq!(format_short(Lang::Ru, date(2024, 1, 1), Granularity::Month), "янв. 2024");
    }
}
