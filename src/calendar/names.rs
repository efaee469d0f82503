//! Month names, once for the whole crate: the interface writes them in each
//! language, the tagger and the byline parser read the English ones.

use super::lang::Lang;

/// The grammatical form a month name takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthForm {
    /// "June", "juin", "июнь" ("June 2024").
    Nominative,
    /// The form after a day number: "19 июня"; the nominative elsewhere.
    AfterDay,
    /// Tick labels: "Jun", "juin", "июнь".
    Short,
}

const EN: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const EN_SHORT: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const FR: [&str; 12] = [
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
    "décembre",
];
const FR_SHORT: [&str; 12] =
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];
const RU: [&str; 12] = [
    "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь",
];
const RU_GENITIVE: [&str; 12] = [
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября",
    "декабря",
];
const RU_SHORT: [&str; 12] =
    ["янв.", "февр.", "март", "апр.", "май", "июнь", "июль", "авг.", "сент.", "окт.", "нояб.", "дек."];

/// All twelve names of `lang` in `form`, January first.
pub fn months(lang: Lang, form: MonthForm) -> &'static [&'static str; 12] {
    match (lang, form) {
        (Lang::En, MonthForm::Short) => &EN_SHORT,
        (Lang::En, _) => &EN,
        (Lang::Fr, MonthForm::Short) => &FR_SHORT,
        (Lang::Fr, _) => &FR,
        (Lang::Ru, MonthForm::Short) => &RU_SHORT,
        (Lang::Ru, MonthForm::AfterDay) => &RU_GENITIVE,
        (Lang::Ru, MonthForm::Nominative) => &RU,
    }
}

/// The English name of month `m` (1–12), as the tagger and bylines write it.
pub fn month_name(m: i8) -> &'static str {
    EN[(m.clamp(1, 12) - 1) as usize]
}

/// The month number (1–12) of an English month name or its usual abbreviation
/// ("Sept", "Oct."). Case matters: "may" the verb is not "May" the month.
pub fn month_number(word: &str) -> Option<i8> {
    let word = word.strip_suffix('.').unwrap_or(word);
    if word.len() < 3 || !word.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let full = EN.iter().position(|m| m.eq_ignore_ascii_case(word));
    let short = || EN_SHORT.iter().position(|s| s.eq_ignore_ascii_case(word));
    let sept = || word.eq_ignore_ascii_case("sept").then_some(8);
    full.or_else(short).or_else(sept).map(|i| i as i8 + 1)
}

/// Monday = 1 … Sunday = 7 (ISO 8601), from an English weekday name in any case.
pub fn weekday_number(word: &str) -> Option<u8> {
    const DAYS: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    DAYS.iter().position(|d| d.eq_ignore_ascii_case(word)).map(|i| i as u8 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_names_and_abbreviations() {
        assert_eq!(month_number("October"), Some(10));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("Oct"), Some(10));
        assert_eq!(month_number("may"), None, "the modal verb is not a month");
        assert_eq!(month_number("Marching"), None);
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Marc"), None, "a name, not an abbreviation");
        assert_eq!(month_name(6), "June");
    }

    #[test]
    fn every_language_has_its_forms() {
        assert_eq!(months(Lang::Ru, MonthForm::AfterDay)[9], "октября");
        assert_eq!(months(Lang::Ru, MonthForm::Nominative)[9], "октябрь");
        assert_eq!(months(Lang::Fr, MonthForm::AfterDay)[9], "octobre");
        assert_eq!(months(Lang::En, MonthForm::Short)[9], "Oct");
        for lang in Lang::ALL {
            for form in [MonthForm::Nominative, MonthForm::AfterDay, MonthForm::Short] {
                assert!(months(lang, form).iter().all(|m| !m.is_empty()));
            }
        }
    }
}
