//! Readings that the TempEval error lists asked for (issue 14, second
//! round): the clause that governs a date, parts of named days, lengths
//! that move the narrative, and weekdays counted from the day in context.
//! Every sentence is written for these tests.

use super::tag_text;
use jiff::civil::{date, Date};

/// (text, type, value) of the expression `expr` in `text`.
fn tagged(text: &str, expr: &str, dct: Date) -> (String, &'static str, String) {
    let tags = tag_text(text, Some(dct));
    let t = tags.iter().find(|t| text[t.start..t.end].contains(expr)).unwrap_or_else(|| {
        let got: Vec<_> = tags.iter().map(|t| &text[t.start..t.end]).collect();
        panic!("{expr:?} not tagged in {text:?}: {got:?}")
    });
    (text[t.start..t.end].to_string(), t.kind.name(), t.value.clone())
}

fn value(text: &str, expr: &str, dct: Date) -> String {
    tagged(text, expr, dct).2
}

/// A Monday.
const MON: Date = date(2031, 10, 27);

#[test]
fn may_and_might_look_ahead_unless_a_perfect_follows() {
    // Without "may" the nearest verb, "divided", would make it a past week.
    assert_eq!(value("The dispute that divided the town may be resolved in the week of November 3.", "November 3", MON), "2031-W45");
    assert_eq!(value("The board might meet on Friday, people close to it have said.", "Friday", MON), "2031-10-31");
    assert_eq!(value("The board may have met on Friday.", "Friday", MON), "2031-10-24");
}

#[test]
fn a_list_of_names_does_not_end_the_clause() {
    // The comma after "Moldova" would otherwise cut "decided to" off and
    // leave "said" as the nearest verb.
    let feb = date(2032, 2, 10);
    assert_eq!(value("The union decided to admit Moldova, Serbia and Albania in early March, an envoy said.", "March", feb), "2032-03");
}

#[test]
fn a_date_something_is_planned_for_lies_ahead() {
    let feb = date(2032, 2, 10);
    assert_eq!(value("The envoy said the accession was planned for early March.", "March", feb), "2032-03");
    assert_eq!(value("The signing was set for April 2, officials said.", "April 2", feb), "2032-04-02");
    // A schedule the past made and then changed: the nearest such date.
    assert_eq!(value("A hearing scheduled for 12 January was cancelled.", "12 January", feb), "2032-01-12");
    assert_eq!(value("A hearing scheduled for 12 March was cancelled.", "12 March", feb), "2032-03-12");
}

#[test]
fn to_be_done_points_ahead() {
    assert_eq!(value("The firm said it had sold a bond issue, to be settled around Nov. 3.", "Nov. 3", MON), "2031-11-03");
    // A "to be" far from the date governs another verb.
    assert_eq!(value("The plants to be sold had sales of $9 million for the year ended March 31.", "March 31", MON), "2031-03-31");
}

#[test]
fn a_schedule_in_the_past_perfect_takes_the_nearest_date() {
    assert_eq!(value("The offer had been due to expire Friday.", "Friday", MON), "2031-10-24");
    assert_eq!(value("The offer had been set to expire Nov. 3.", "Nov. 3", date(2031, 11, 5)), "2031-11-03");
}

#[test]
fn the_present_perfect_reports_the_past() {
    assert_eq!(value("The mill has been idle for repairs in October.", "October", date(2031, 9, 15)), "2030-10");
}

#[test]
fn a_modal_after_a_speech_verb_belongs_to_what_was_said() {
    assert_eq!(value("The minister on Thursday said the country may leave the pact.", "Thursday", MON), "2031-10-23");
    assert_eq!(value("The minister on Thursday said the country will leave the pact.", "Thursday", MON), "2031-10-23");
    assert_eq!(value("The envoys issued a statement Thursday saying the pact will hold.", "Thursday", MON), "2031-10-23");
    // Without the speech verb the modal governs the date.
    assert_eq!(value("The country may leave the pact on Thursday.", "Thursday", MON), "2031-10-30");
}

#[test]
fn an_untensed_date_is_the_past_one_unless_the_next_is_much_nearer() {
    let oct = date(2031, 10, 30);
    // March 2031 is seven months back, March 2032 five ahead.
    assert_eq!(value("Shares are up from a low in March.", "March", oct), "2031-03");
    // November is days ahead.
    assert_eq!(value("Brokers are taking orders for November delivery.", "November", oct), "2031-11");
}

#[test]
fn a_part_of_a_named_day_is_that_part_of_that_day() {
    assert_eq!(tagged("Deputies debated late into Wednesday night.", "Wednesday", MON), ("Wednesday night".into(), "TIME", "2031-10-22TNI".into()));
    assert_eq!(tagged("The count resumes on Friday morning.", "Friday", MON), ("Friday morning".into(), "TIME", "2031-10-31TMO".into()));
    // The day it names is the day "the same day" refers to.
    let text = "Rebels shelled the town on Saturday evening. Aid arrived the same day.";
    assert_eq!(value(text, "the same day", MON), "2031-10-25");
}

#[test]
fn a_length_before_later_is_a_duration_that_moves_the_narrative() {
    let text = "The senate voted on October 7. Three days later, the president signed the law.";
    assert_eq!(tagged(text, "Three", MON), ("Three days".into(), "DURATION", "P3D".into()));
    let t = tag_text(text, Some(MON));
    assert_eq!(t[1].point, Some(super::Point::Day(date(2031, 10, 10))));
    assert_eq!(tagged("A few hours later the polls closed.", "few", MON), ("A few hours".into(), "DURATION", "PTXH".into()));
    // A year earlier compares periods and stays a date.
    assert_eq!(tagged("Exports rose 4% from a year earlier.", "year", MON).1, "DATE");
}

#[test]
fn a_hedged_ago_is_a_date() {
    assert_eq!(tagged("Then, a week or so ago, the envoy flew home.", "week", MON), ("a week or so ago".into(), "DATE", "2031-W43".into()));
}

#[test]
fn the_previous_weekday_counts_from_the_day_in_context() {
    let text = "Stocks fell on Friday, October 24, down 3% from the previous Friday.";
    assert_eq!(value(text, "previous", MON), "2031-10-17");
    let text = "The talks opened on Tuesday, October 14, and ended the following Monday.";
    assert_eq!(value(text, "following", MON), "2031-10-20");
}

#[test]
fn a_clock_time_without_a_day_is_on_the_day_in_context() {
    let text = "The senate met on Tuesday, October 14. The vote came at 10 p.m.";
    assert_eq!(value(text, "10 p.m.", MON), "2031-10-14T22:00");
    // With no day in context it is the day of writing.
    assert_eq!(value("The vote came at 10 p.m.", "10 p.m.", MON), "2031-10-27T22:00");
    // A time still to come is not on a day told of in the past.
    let text = "The senate met on Tuesday, October 14. The flag will be raised at 3 p.m.";
    assert_eq!(value(text, "3 p.m.", MON), "2031-10-27T15:00");
}

#[test]
fn todays_before_a_generic_noun_is_no_day() {
    assert!(tag_text("Such rallies speak to today's youth.", Some(MON)).is_empty());
    assert_eq!(value("The notice ran in today's editions.", "today", MON), "2031-10-27");
}

#[test]
fn a_number_before_a_plural_unit_or_a_titled_unit_is_no_year() {
    assert!(tag_text("He told the '60 Minutes crew nothing.", Some(MON)).is_empty());
    assert!(tag_text("Tickets for 24 Hours of Le Mans sold out.", Some(MON)).is_empty());
    assert_eq!(tagged("The siege lasted 2000 years.", "2000", MON), ("2000 years".into(), "DURATION", "P2000Y".into()));
}

fn article(body: &str) -> crate::corpus::Article {
    crate::corpus::parse_article(&format!("Ratification news\nAnna Smith, November 3, 2031\n{body}\n")).unwrap()
}

#[test]
fn it_in_a_title_is_the_document_last_named() {
    let a = article("The lower house approved the fisheries pact on October 7. The upper house backed it on October 14. It entered into force on November 1.");
    let titles: Vec<_> = super::extract_events(&a).into_iter().map(|e| e.title).collect();
    assert_eq!(titles, ["The lower house approved the fisheries pact", "The upper house backed the fisheries pact", "The fisheries pact entered into force"]);
}

#[test]
fn parts_of_days_and_lengths_later_make_events_on_their_day() {
    let a = article("The senate voted on Friday night. Three days later the president signed the law.");
    let days: Vec<_> = super::extract_events(&a).into_iter().map(|e| e.start.value()).collect();
    assert_eq!(days, ["2031-10-31", "2031-11-03"]);
}

#[test]
fn the_end_of_the_month_is_one_expression() {
    assert_eq!(tagged("Troops should arrive by the end of the month.", "month", MON), ("the end of the month".into(), "DATE", "2031-10".into()));
    assert_eq!(tagged("The chamber votes at the start of the week.", "week", MON), ("the start of the week".into(), "DATE", "2031-W44".into()));
}

#[test]
fn a_range_of_lengths_is_one_expression_at_its_lower_bound() {
    assert_eq!(tagged("Shipments resume within two to three weeks.", "weeks", MON), ("two to three weeks".into(), "DURATION", "P2W".into()));
    assert_eq!(tagged("Talks may take the next 12 to 18 months.", "months", MON), ("the next 12 to 18 months".into(), "DURATION", "P12M".into()));
    assert_eq!(tagged("He was sentenced to five years.", "five", MON).0, "five years");
}

#[test]
fn this_past_is_the_most_recent_one() {
    assert_eq!(tagged("Costs ran high this past spring.", "spring", MON), ("this past spring".into(), "DATE", "2031-SP".into()));
    assert_eq!(tagged("Talks ended this past weekend.", "weekend", MON), ("this past weekend".into(), "DATE", "2031-W43-WE".into()));
    assert_eq!(tagged("The envoy left this past Friday.", "Friday", MON), ("this past Friday".into(), "DATE", "2031-10-24".into()));
}

#[test]
fn the_morning_after_a_named_day_is_that_days_morning() {
    let text = "Talks broke down on Thursday. Delegates left the hall in the morning and flew home.";
    assert_eq!(tagged(text, "the morning", MON), ("the morning".to_string(), "TIME", "2031-10-23TMO".to_string()));
    // "the morning of" names its own day.
    assert!(tag_text("Talks broke down on Thursday. He spoke in the morning of the vote.", Some(MON)).iter().all(|t| t.value != "2031-10-23TMO"));
}

#[test]
fn a_quarter_of_a_named_year_is_what_a_comparison_counts_from() {
    let nov = date(2033, 11, 2);
    let text = "Output fell below the 2031 level. In this year's third quarter, the mill made 40 tonnes, compared with 38 tonnes a year earlier.";
    assert_eq!(value(text, "a year earlier", nov), "2032-Q3");
}

#[test]
fn the_year_ago_period_is_a_year_before_a_reported_period_not_a_forecast() {
    let oct = date(2033, 10, 26);
    let text = "Analysts expect losses through the third quarter of 2034. In the year-ago period, the mill earned $5 million.";
    assert_eq!(value(text, "year-ago period", oct), "2032-Q3");
}

#[test]
fn half_of_a_decade_is_one_expression_valued_as_the_decade() {
    let got = tagged("Prices rose through the first half of the 1990s.", "1990s", MON);
    assert_eq!(got, ("the first half of the 1990s".to_string(), "DATE", "199".to_string()));
}

#[test]
fn the_future_of_something_is_its_prospects_not_a_time() {
    assert!(tag_text("The vote matters for the future of the alliance.", Some(MON)).is_empty());
    assert_eq!(value("The alliance will grow in the future.", "future", MON), "FUTURE_REF");
}

/// A Friday.
const FRI: Date = date(2031, 10, 31);

#[test]
fn a_planned_act_in_the_simple_present_lies_ahead() {
    assert_eq!(value("The two envoys meet separately Monday with the mediator.", "Monday", FRI), "2031-11-03");
    assert_eq!(value("The assembly reconvenes on Tuesday to debate the bill.", "Tuesday", FRI), "2031-11-04");
    // The same verbs as nouns, or in the past, keep the day behind.
    assert_eq!(value("Their visit Monday drew large crowds.", "Monday", FRI), "2031-10-27");
    assert_eq!(value("The envoys met separately Monday with the mediator.", "Monday", FRI), "2031-10-27");
}
