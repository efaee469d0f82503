//! The one calendar of the crate.
//!
//! # The model
//!
//! Dates are proleptic Gregorian civil dates (`jiff::civil::Date`, years
//! -9999 to 9999, astronomical numbering: year 0 is 1 BCE); years beyond
//! them (deep time, [`deep`]) are known to the year only, as plain numbers. No time zone: a
//! news timeline dates happenings to a day, or to a time of day when a data
//! file gives one.
//!
//! Everything else that touches a calendar lives here, once:
//! - [`days`]: day numbers (days since 1970-01-01), adding days and months,
//!   the last day of a month; integer arithmetic, so that it costs the wasm
//!   nothing and never fails silently at the ends of the range.
//! - [`Lang`]: the languages dates are written in.
//! - [`format`]: a date as a reader of each language writes it, at the
//!   precision it is known ([`Granularity`]).
//! - [`names`]: month names in every interface language (nominative,
//!   genitive, short), and reading an English month name in text.
//! - [`TimeOfDay`]: a time of day, when a data file gives one, and how each language writes it.
//! - [`deep`]: years beyond ±9999 (deep time): their values and how each language writes them.
//! - [`timex`]: the TIMEX3 value of a day, a month or a year ("2024-06-19"), and back.
//! - [`written`]: dates written out in bylines and data ("26 October 2024").
//!
//! Which year a bare "October 24" takes is not a calendar fact but a reading
//! of the text: that is `extract::resolve`.

mod days;
mod deep;
mod format;
mod lang;
mod names;
mod time;
mod timex;
mod written;

pub use days::{add_days, add_months, date_of, day_number, days_in_month, last_of_month};
pub use deep::{deep_year_value, format_year, format_year_short, format_year_tick, parse_deep_year, CIVIL_YEARS, DEEP_LIMIT};
pub use format::{format_date, format_range, format_short, Granularity};
pub use lang::Lang;
pub use names::{month_name, month_number, months, weekday_number, MonthForm};
pub use time::{format_time, TimeOfDay};
pub use timex::{day_value, month_value, parse_value, year_value};
pub use written::{parse_iso_date, parse_written_date};
