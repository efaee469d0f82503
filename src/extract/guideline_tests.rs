//! Fourth round of issue 14: readings the TimeML TIMEX3 guidelines give for
//! expressions the tagger got wrong or missed, on sentences written for
//! these tests.

use super::tag_text;
use jiff::civil::{date, Date};

/// (expression, type, value) of every expression in `text`.
fn tagged(text: &str, dct: Date) -> Vec<(String, &'static str, String)> {
    tag_text(text, Some(dct)).into_iter().map(|t| (text[t.start..t.end].to_string(), t.kind.name(), t.value)).collect()
}

fn only(text: &str, dct: Date) -> (String, &'static str, String) {
    let all = tagged(text, dct);
    assert_eq!(all.len(), 1, "{text}: {all:?}");
    all.into_iter().next().unwrap()
}

const SAT: Date = date(2025, 3, 15); // a Saturday

#[test]
fn an_ordinal_day_of_something_under_way_is_that_day() {
    let all = tagged("In the capital, today is the fifth day of the general strike.", SAT);
    let day = ("the fifth day".to_string(), "DATE", "2025-03-15".to_string());
    assert_eq!(all, vec![("today".to_string(), "DATE", "2025-03-15".to_string()), day]);
    let all = tagged("Officials said it is the third day of the blockade at the port.", SAT);
    assert_eq!(all, vec![("the third day".to_string(), "DATE", "2025-03-15".to_string())]);
    // A first day that nothing places in time stays untagged.
    assert!(tagged("She kept the promise on her first day at the ministry.", SAT).is_empty());
}

#[test]
fn one_day_after_a_modal_is_the_vague_future() {
    assert_eq!(only("The pact could one day cover the whole region.", SAT), ("one day".to_string(), "DATE", "FUTURE_REF".to_string()));
    // A length stays a length.
    assert_eq!(only("The talks lasted one day.", SAT), ("one day".to_string(), "DURATION", "P1D".to_string()));
}

#[test]
fn a_verb_that_sets_a_date_is_read_in_its_own_tense() {
    // "set" is its own past form; the modal belongs to the other clause.
    let got = only("The court had ruled that the deputies must leave the building, and set Friday as the deadline for appeals.", SAT);
    assert_eq!(got.2, "2025-03-14", "{got:?}");
    let got = only("The board will set Friday as the deadline.", SAT);
    assert_eq!(got.2, "2025-03-21", "{got:?}");
    // A date fixed in the past may still lie ahead: the nearest is meant.
    let got = only("The agency has set March 20 as the deadline for bids to Parliament.", SAT);
    assert_eq!(got.2, "2025-03-20", "{got:?}");
}

#[test]
fn a_prefix_on_a_year_is_part_of_the_expression() {
    assert_eq!(only("The post-1991 constitution was amended.", SAT), ("post-1991".to_string(), "DATE", "1991".to_string()));
    assert_eq!(only("Many pre-1945 buildings survived.", SAT), ("pre-1945".to_string(), "DATE", "1945".to_string()));
}

#[test]
fn each_day_of_a_pair_is_a_date() {
    let all = tagged("The summit will be held on April 24 and 25 in the capital.", SAT);
    let want = |t: &str, v: &str| (t.to_string(), "DATE", v.to_string());
    assert_eq!(all, vec![want("April 24", "2025-04-24"), want("25", "2025-04-25")]);
    // A count after the date is no day.
    assert_eq!(tagged("Prices rose on March 3 and 25 shops closed.", SAT).len(), 1);
}

#[test]
fn a_month_that_names_a_noun_is_a_month() {
    assert_eq!(only("The May elections will be close.", SAT), ("May".to_string(), "DATE", "2025-05".to_string()));
    // A march is not a month.
    assert!(tagged("The March on the capital drew crowds.", SAT).is_empty());
}

#[test]
fn a_day_before_may_or_march_makes_it_a_month() {
    assert_eq!(only("The vote is on 12 May.", SAT), ("12 May".to_string(), "DATE", "2025-05-12".to_string()));
    assert_eq!(only("Debate and vote: Tuesday, 13 May", SAT), ("Tuesday, 13 May".to_string(), "DATE", "2025-05-13".to_string()));
    assert_eq!(only("Results came on 4 March.", SAT).2, "2025-03-04");
    // The modal verb stays a verb, and a count before it is no day.
    assert!(tagged("Turnout may fall.", SAT).is_empty());
    assert!(tagged("Only 40 may vote.", SAT).is_empty());
}

#[test]
fn months_to_date_after_a_quarter_compare_years() {
    let text = "Profit rose 5% in the third quarter from a year earlier. In the nine months, profit rose 3% from a year earlier.";
    let values: Vec<String> = tagged(text, date(2025, 10, 20)).into_iter().map(|t| t.2).collect();
    assert_eq!(values, ["2025-Q3", "2024-Q3", "P9M", "2024"]);
}

#[test]
fn the_period_of_a_report_is_the_one_it_names_first() {
    let text = "Net income rose in the third quarter. After a weak second quarter, the mills recovered. In the 2025 period, costs fell.";
    let values: Vec<String> = tagged(text, date(2025, 10, 20)).into_iter().map(|t| t.2).collect();
    assert_eq!(values, ["2025-Q3", "2025-Q2", "2025-Q3"]);
}

#[test]
fn a_compound_of_manner_is_no_time() {
    assert!(tagged("The quarter-to-quarter comparison was flattering.", SAT).is_empty());
    assert!(tagged("She runs the day-to-day business.", SAT).is_empty());
}

#[test]
fn names_and_generic_uses_of_day_words_are_no_days() {
    assert!(tagged("You are listening to Radio Today.", SAT).is_empty());
    // A clock time at the end of a sentence looks for a day after it.
    assert_eq!(only("The count ended at 10 p.m.", SAT).2, "2025-03-15T22:00");
    assert!(tagged("They are building the cities of tomorrow.", SAT).is_empty());
    assert_eq!(only("Today the talks resume.", SAT).2, "2025-03-15");
    assert_eq!(only("The talks resume tomorrow.", SAT).2, "2025-03-16");
}

#[test]
fn the_year_earlier_months_are_one_length() {
    let all = tagged("Orders in the year-earlier nine months were lower.", SAT);
    assert_eq!(all, vec![("the year-earlier nine months".to_string(), "DURATION", "P9M".to_string())]);
}

#[test]
fn an_average_per_day_is_a_measure_not_a_set() {
    assert!(tagged("Ferry traffic reached twice its average daily volume.", SAT).is_empty());
    assert_eq!(only("The paper appears daily.", SAT), ("daily".to_string(), "SET", "P1D".to_string()));
}

#[test]
fn then_current_is_a_present_now_past() {
    assert_eq!(only("Members paid the then current fee.", SAT), ("then current".to_string(), "DATE", "PAST_REF".to_string()));
    assert_eq!(only("Members pay the current fee.", SAT), ("current".to_string(), "DATE", "PRESENT_REF".to_string()));
}

#[test]
fn idioms_of_all_the_time_are_no_times() {
    assert!(tagged("Guards watch the depot 24 hours a day.", SAT).is_empty());
    assert!(tagged("The clinic opens seven days a week.", SAT).is_empty());
    assert!(tagged("For the party, high noon has come.", SAT).is_empty());
    // Other counts and rates are read as before.
    assert_eq!(only("The vote took 24 hours.", SAT).2, "PT24H");
    assert_eq!(only("They met at noon.", SAT).2, "2025-03-15T12:00");
}

#[test]
fn vague_decades_are_counted_in_years() {
    // As counted decades are ("two decades" is P20Y).
    assert_eq!(only("The dispute has run for decades.", SAT), ("decades".to_string(), "DURATION", "PXY".to_string()));
    assert_eq!(only("A decades-long feud ended.", SAT), ("decades-long".to_string(), "DURATION", "PXY".to_string()));
}

#[test]
fn an_unspecified_stretch_after_for_is_a_duration() {
    assert_eq!(only("The roads will stay closed for a while.", SAT), ("a while".to_string(), "DURATION", "PXX".to_string()));
    assert_eq!(only("Troops may remain there for some time.", SAT), ("some time".to_string(), "DURATION", "PXX".to_string()));
    // Without "for" the words are left alone: "at some time" is no length.
    assert!(tagged("The rules may change at some time.", SAT).is_empty());
}

#[test]
fn a_bound_or_the_end_of_a_sentence_makes_may_a_month() {
    assert_eq!(only("The exchange could come as early as May.", SAT).0, "May");
    assert_eq!(only("Nothing changes before March, officials said.", SAT).0, "March");
    assert_eq!(tagged("Both chambers vote in April and May.", SAT).len(), 2);
    // A surname, and a modal before its verb, stay what they are.
    assert!(tagged("The motion was backed by Theresa May.", SAT).is_empty());
    assert!(tagged("Some deputies may.", SAT).is_empty());
}
