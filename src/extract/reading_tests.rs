//! How the tagger reads tense and reference time in ratification news
//! (issue 14, items 1, 2, 5, 6, 7), on sentences written for these tests.

use super::{extract_events, tag_text};
use crate::story::Status;
use jiff::civil::{date, Date};

fn value_of(text: &str, expr: &str, dct: Date) -> String {
    let tags = tag_text(text, Some(dct));
    let t = tags.iter().find(|t| &text[t.start..t.end] == expr).unwrap_or_else(|| {
        let got: Vec<_> = tags.iter().map(|t| &text[t.start..t.end]).collect();
        panic!("{expr:?} not tagged in {text:?}: {got:?}")
    });
    t.value.clone()
}

const DEC: Date = date(2024, 12, 10);

#[test]
fn the_past_tense_never_reaches_into_the_future() {
    assert_eq!(value_of("The two presidents signed the treaty on April 8.", "April 8", DEC), "2024-04-08");
    assert_eq!(value_of("The foreign ministers initialled the text on December 20.", "December 20", DEC), "2023-12-20");
    assert_eq!(value_of("Parliament debated the accord in January.", "January", DEC), "2024-01");
    assert_eq!(value_of("The cabinet approved the draft in February.", "February", date(2025, 1, 15)), "2024-02");
}

#[test]
fn the_future_reaches_across_clock_times_commas_and_participles() {
    let jan = date(2025, 1, 15);
    assert_eq!(value_of("The assembly will meet at 10:30 on Tuesday to vote.", "Tuesday", jan), "2025-01-21");
    assert_eq!(value_of("On February 3, as the speaker's office confirmed, senators will vote on the pact.", "February 3", jan), "2025-02-03");
    assert_eq!(value_of("Polls will close at eight, with the result announced on January 20.", "January 20", jan), "2025-01-20");
    // A deadline after a past verb is not pushed back a year.
    assert_eq!(value_of("The committee extended the hearings to January 30.", "January 30", jan), "2025-01-30");
}

#[test]
fn a_date_naming_a_noun_is_not_placed_by_the_verb() {
    let jan = date(2025, 1, 15);
    assert_eq!(value_of("The speaker gave no reason for the February 3 deadline.", "February 3", jan), "2025-02-03");
}

#[test]
fn references_back_use_the_date_the_text_last_gave() {
    let text = "The upper house approved the pact on June 3, 2019. The president signed the law the same day. \
        Earlier that year the lower house had voted. The previous year the treaty was signed.";
    let tags = tag_text(text, Some(DEC));
    let values: Vec<_> = tags.iter().map(|t| (&text[t.start..t.end], t.value.as_str())).collect();
    assert_eq!(values, [("June 3, 2019", "2019-06-03"), ("the same day", "2019-06-03"), ("Earlier that year", "2019"), ("The previous year", "2018")]);
}

#[test]
fn relative_days_update_the_reference_time() {
    let text = "The lower house voted on Tuesday. The upper house approved the pact the same day.";
    let tags = tag_text(text, Some(DEC));
    let values: Vec<_> = tags.iter().map(|t| (&text[t.start..t.end], t.value.as_str())).collect();
    assert_eq!(values, [("Tuesday", "2024-12-10"), ("the same day", "2024-12-10")]);
    let text = "Deputies ratified the pact yesterday. The senators did so the same day.";
    let tags = tag_text(text, Some(DEC));
    assert_eq!(tags[1].value, "2024-12-09");
}

#[test]
fn the_day_before_and_after_count_from_the_day_in_context() {
    let text = "The bloc deposited its instrument on Wednesday, after its assembly voted the day before. On Friday the senate met, and the president signed the day after.";
    let tags = tag_text(text, Some(DEC));
    let values: Vec<_> = tags.iter().map(|t| (&text[t.start..t.end], t.value.as_str())).collect();
    assert_eq!(values, [("Wednesday", "2024-12-04"), ("the day before", "2024-12-03"), ("Friday", "2024-12-06"), ("the day after", "2024-12-07")]);
    // Before a noun or a clause it is a preposition's phrase, and left.
    assert!(tag_text("He was seen on the day before the vote.", Some(DEC)).is_empty());
    assert!(tag_text("They stayed in the city the day before returning.", Some(DEC)).is_empty());
    // Followed by a day, the phrase counts from that day instead.
    assert_eq!(value_of("The envoys met the day before last Tuesday's hearing.", "the day before last Tuesday", DEC), "2024-12-02");
}

#[test]
fn utc_gmt_and_numeric_offsets_are_written_in_the_value() {
    assert_eq!(value_of("The instrument was deposited at 16:08 UTC.", "16:08 UTC", DEC), "2024-12-10T16:08Z");
    assert_eq!(value_of("The vote closed at 9:15 GMT Monday.", "9:15 GMT Monday", DEC), "2024-12-09T09:15Z");
    assert_eq!(value_of("The ceremony began at 11:00 UTC+3.", "11:00 UTC+3", DEC), "2024-12-10T11:00+03:00");
    assert_eq!(value_of("Voting ended at 20:00 +02:00 local time.", "20:00 +02:00", DEC), "2024-12-10T20:00+02:00");
}

fn article(body: &str, published: &str) -> crate::corpus::Article {
    crate::corpus::parse_article(&format!("Ratification news\nAnna Smith, {published}\n{body}\n")).unwrap()
}

#[test]
fn weeks_and_ago_make_events_as_ranges_of_days() {
    let a = article("Lawmakers voted unanimously last week to ratify the accord. Two weeks ago the parliament ratified the protocol.", "December 10, 2024");
    let events = extract_events(&a);
    let ranges: Vec<_> = events.iter().map(|e| (e.start.value(), e.end.map(|d| d.value()), e.status)).collect();
    assert_eq!(ranges, [
        ("2024-11-25".to_string(), Some("2024-12-01".to_string()), Status::Happened),
        ("2024-12-02".to_string(), Some("2024-12-08".to_string()), Status::Happened),
    ]);
}

#[test]
fn a_past_signing_months_back_is_done_not_expected() {
    let a = article("The two presidents signed the treaty on April 8.", "December 10, 2024");
    let e = &extract_events(&a)[0];
    assert_eq!((e.start.value().as_str(), e.status), ("2024-04-08", Status::Happened));
}

#[test]
fn numeric_dates_report_codes_and_days_of_the_month() {
    assert_eq!(value_of("The hearing opens on 2025-07-01.", "2025-07-01", DEC), "2025-07-01");
    assert_eq!(value_of("He was born on 3/4/1990.", "3/4/1990", DEC), "1990-03-04");
    assert_eq!(value_of("The ruling of 14/03/2024 stands.", "14/03/2024", DEC), "2024-03-14");
    // Both numbers could be the month: the order the text writes its dates in.
    assert_eq!(value_of("It was signed on 30 August 2024 and initialled on 12/09/2024.", "12/09/2024", DEC), "2024-09-12");
    assert_eq!(value_of("It was signed on August 30, 2024 and initialled on 12/09/2024.", "12/09/2024", DEC), "2024-12-09");
    assert!(tag_text("Part 2025-07-01-3 shipped.", Some(DEC)).iter().all(|t| t.value != "2025-07-01"));
    assert_eq!(value_of("Revenue fell in Q3 2024.", "Q3 2024", DEC), "2024-Q3");
    assert_eq!(value_of("The budget for FY2026 is ready.", "FY2026", DEC), "2026");
    assert_eq!(value_of("Margins improved in H1 2023.", "H1 2023", DEC), "2023-H1");
    // A day of the month: the month in context, else the DCT's as the tense says.
    assert_eq!(value_of("The chamber voted on the 3rd.", "the 3rd", DEC), "2024-12-03");
    assert_eq!(value_of("The chamber voted on the 19th.", "the 19th", DEC), "2024-11-19");
    assert_eq!(value_of("The chamber will vote on the 19th.", "the 19th", DEC), "2024-12-19");
    assert_eq!(value_of("The pact was signed in March 2022 and ratified on the 19th.", "the 19th", DEC), "2022-03-19");
    assert!(tag_text("They met on the 5th floor.", Some(DEC)).is_empty());
    assert_eq!(value_of("The pact was signed in March 2022. A committee will hold a hearing on the 19th.", "the 19th", DEC), "2024-12-19");
    // A part of the decade in progress.
    assert_eq!(value_of("The pact expires at the end of the decade.", "the end of the decade", DEC), "202");
    assert!(tag_text("The decade was hard.", Some(DEC)).is_empty());
    // A month beside another is a month, not the verb.
    assert_eq!(value_of("Prices fell between March and May.", "March", DEC), "2024-03");
}

#[test]
fn a_clock_time_takes_the_day_named_after_it() {
    assert_eq!(value_of("The truce began at 6 a.m. local time on Sunday.", "6 a.m.", DEC), "2024-12-08T06:00");
    assert_eq!(value_of("The truce began at 6 a.m. on Sunday.", "Sunday", DEC), "2024-12-08");
    assert_eq!(value_of("It ended at 9 p.m., on Sunday the talks resumed.", "9 p.m.", DEC), "2024-12-10T21:00");
}

#[test]
fn british_clocks_fortnights_and_seasons_in_context() {
    // A clock written with a dot, after a preposition of time; a decimal
    // or a price stays a number.
    assert_eq!(value_of("The chamber will vote at 14.30 on Tuesday.", "14.30", DEC), "2024-12-10T14:30");
    assert_eq!(value_of("It sits from 09.30 to 13.00 on Tuesday.", "13.00", DEC), "2024-12-10T13:00");
    assert_eq!(value_of("They left at 9.30am on Monday.", "9.30am", DEC), "2024-12-09T09:30");
    assert!(tag_text("Shares closed at 14.30 on the day.", Some(DEC)).iter().all(|t| t.kind != crate::extract::TimexType::Time));
    assert!(tag_text("The fund is worth 12.50 euros.", Some(DEC)).is_empty());
    // A fortnight is two weeks, counted from the day in context.
    assert_eq!(value_of("The bill passed on 29 January 2024. A fortnight later it was signed.", "A fortnight", DEC), "P2W");
    let a = article("The bill passed on 29 January 2024. A fortnight later the peers began their scrutiny.", "December 10, 2024");
    assert!(extract_events(&a).iter().any(|e| e.start.value() == "2024-02-12"), "a fortnight on from 29 January");
    // "that autumn": the season of the year the text is telling of.
    assert_eq!(value_of("Talks began in September 2020, and that autumn they agreed.", "that autumn", DEC), "2020-FA");
    assert_eq!(value_of("Talks began in 2019. That same spring they agreed.", "That same spring", DEC), "2019-SP");
    // "the following week" after a day is that week.
    assert_eq!(value_of("The bill passed on 3 May 2024. The law was enacted the following week.", "the following week", DEC), "2024-W19");
    // "the most recent" is the last of a series.
    assert!(tag_text("The republic was the most recent to join.", Some(DEC)).is_empty());
}

#[test]
fn a_subheading_ends_the_narrative_or_dates_its_section() {
    let body = "The convention was signed on 18 June 2021.\n\nWho has ratified it?\n\nThe last state deposited its instrument on 2 October.\n\nMarch 2019\n\nTalks opened on the 14th.";
    let events = extract_events(&article(body, "November 8, 2024"));
    let values: Vec<String> = events.iter().map(|e| e.start.value()).collect();
    assert!(values.contains(&"2024-10-02".to_string()), "a question heading resets the year: {values:?}");
    assert!(values.contains(&"2019-03-14".to_string()), "a date heading dates its section: {values:?}");
    // Without the heading the narrative goes on in its own year.
    let events = extract_events(&article("The convention was signed on 18 June 2021. The last state deposited its instrument on 2 October.", "November 8, 2024"));
    assert!(events.iter().any(|e| e.start.value() == "2021-10-02"));
}

#[test]
fn a_stretch_then_the_day_within_it_is_one_happening() {
    let a = article("The head of state will sign the act on Monday. Officials said the instruments would be exchanged the following week, on 2 April.", "March 20, 2025");
    let events: Vec<_> = extract_events(&a).into_iter().filter(|e| e.start.value() != "2025-03-24").collect();
    assert_eq!(events.len(), 1, "{:?}", events.iter().map(|e| (e.start.value(), e.title.clone())).collect::<Vec<_>>());
    assert_eq!(events[0].start.value(), "2025-04-02");
    assert_eq!(events[0].sources.len(), 2);
    assert!(!events[0].title.contains("following week"), "{}", events[0].title);
    // Two acts, one in a week and one on a day in it, stay two.
    let a = article("The Senate votes next week, and the House voted on Monday.", "March 20, 2025");
    assert_eq!(extract_events(&a).len(), 2);
}

#[test]
fn days_of_named_months_stamps_and_decimals() {
    let sep = date(2025, 9, 17);
    assert_eq!(value_of("The president on the 12th of this month signed the decree.", "the 12th of this month", sep), "2025-09-12");
    assert_eq!(value_of("Talks ended on the 3rd of last month.", "the 3rd of last month", sep), "2025-08-03");
    assert_eq!(value_of("The vote falls on the 2nd of the current month.", "the 2nd of the current month", sep), "2025-09-02");
    // Four digits after a decimal point are no year.
    assert!(tag_text("The crown firmed to 1.1725 against the mark.", Some(sep)).is_empty());
    // A time stamp alone on its line is a time of the day of writing, even
    // after a day the text told of.
    let tags = tag_text("The Senate takes it up next Tuesday.\n11.40\nDeputies vote.", Some(sep));
    assert!(tags.iter().any(|t| t.value == "2025-09-17T11:40"), "{:?}", tags.iter().map(|t| &t.value).collect::<Vec<_>>());
    // "at 2.15pm." keeps the sentence's full stop out.
    let text = "The vote is at 2.15pm.";
    let tags = tag_text(text, Some(sep));
    assert_eq!(tags.iter().map(|t| &text[t.start..t.end]).collect::<Vec<_>>(), ["2.15pm"]);
}

#[test]
fn a_time_stamp_on_the_line_above_dates_its_entry() {
    use crate::story::EventKind;
    let body = "Deputies vote on the pact later today.\n\n10.20\n\nThe opposition leader says his party will vote against.\n\n2.24pm\n\nResult: the pact is approved by 214 to 37.\n\n2.40pm\n\nThe speaker signs the bill on Friday.";
    let events = extract_events(&article(body, "November 27, 2024"));
    let at = |v: &str| events.iter().find(|e| e.start.value() == v).map(|e| (e.kind, e.title.clone()));
    assert_eq!(at("2024-11-27T10:20").map(|(k, _)| k), Some(EventKind::Statement), "{events:?}");
    let (kind, title) = at("2024-11-27T14:24").expect("the result's entry");
    assert_eq!(kind, EventKind::Approval);
    assert!(title.starts_with("The pact is approved"), "{title}");
    // An entry that dates itself keeps its own date.
    assert!(at("2024-11-27T14:40").is_none());
    assert!(events.iter().any(|e| e.title.starts_with("The speaker signs") && e.start.time.is_none()));
}

#[test]
fn a_future_told_in_the_past_looks_ahead_from_then() {
    let mar = date(2025, 3, 20);
    assert_eq!(value_of("Last spring we were promised it would all be finished by Christmas.", "Christmas", mar), "2024-12-25");
    assert_eq!(value_of("In 2019 officials said the treaty would take effect in January.", "January", mar), "2020-01");
    // Without a past period in the sentence, "would" looks ahead from the DCT.
    assert_eq!(value_of("He said the law would take effect on July 1.", "July 1", mar), "2025-07-01");
}

#[test]
fn spoken_clocks_notes_on_the_article_and_what_did_not_happen() {
    let mar = date(2026, 3, 12);
    assert_eq!(value_of("The vote was called at half past ten.", "half past ten", mar), "2026-03-12T10:30");
    assert_eq!(value_of("They met at a quarter to six on Friday.", "a quarter to six", mar), "2026-03-06T05:45");
    assert!(tag_text("Turnout rose to half past ten percent.", Some(mar)).iter().all(|t| t.kind != crate::extract::TimexType::Time));
    let note = article("The assembly voted on 13 May.\n\nThis article was updated on 14 May 2025 to correct the date of the vote; an earlier version said it took place on 12 May.", "May 14, 2025");
    let values: Vec<String> = extract_events(&note).iter().map(|e| e.start.value()).collect();
    assert_eq!(values, ["2025-05-13"]);
    let unreal = article("Had the treaty been ratified in 2021, the grounding of a tanker in 2023 would have fallen under one inquiry.", "February 10, 2025");
    let values: Vec<String> = extract_events(&unreal).iter().map(|e| e.start.value()).collect();
    assert_eq!(values, ["2023"]);
}

#[test]
fn minutes_and_hours_ago_are_the_day_of_writing() {
    let jun = date(2025, 6, 2);
    assert_eq!(value_of("Minutes ago the chamber approved the pact.", "Minutes ago", jun), "2025-06-02");
    assert_eq!(value_of("A few hours ago the speaker adjourned the sitting.", "A few hours ago", jun), "2025-06-02");
    // Longer units say only that it was some time back.
    assert_eq!(value_of("Months ago the pact looked lost.", "Months ago", jun), "PXM");
    assert_eq!(value_of("Years ago the pact looked lost.", "Years ago", jun), "PAST_REF");
}

#[test]
fn each_day_of_a_range_is_tagged() {
    let jun = date(2025, 6, 2);
    assert_eq!(value_of("The envoys met on 14-15 March.", "14", jun), "2025-03-14");
    assert_eq!(value_of("The envoys met on 14/15 March.", "15 March", jun), "2025-03-15");
    assert_eq!(value_of("The envoys met on March 14-15.", "15", jun), "2025-03-15");
    assert_eq!(value_of("Talks ran between 3 and 5 May 2023.", "3", jun), "2023-05-03");
    // A mark that opens the text joins no range (and reads no token before it).
    assert!(tag_text("-5 was the low in May.", Some(jun)).iter().all(|t| t.start > 0));
    // A score is no range of days, and neither is a range that runs backwards.
    for (text, number) in [("The home side won 3 to 1 in May.", "3"), ("Talks ran from 5 to 3 May.", "5")] {
        assert!(tag_text(text, Some(jun)).iter().all(|t| &text[t.start..t.end] != number), "{text}");
    }
}

#[test]
fn a_schedule_and_a_with_clause_keep_the_future_of_their_sentence() {
    let apr = date(2025, 4, 10);
    // The sitting's name stands between "for" and its day.
    assert_eq!(value_of("The committee will report first, before a final vote pencilled in for the late sitting of 28/29 July.", "29 July", apr), "2025-07-29");
    assert_eq!(value_of("A vote is scheduled for the closing session of 3 June.", "3 June", apr), "2025-06-03");
    // A clause opened by "with" has no verb of its own: the modal before it governs.
    assert_eq!(value_of("The house will sit late, with deputies debating the bill on 6 May and voting at dawn, the clerk said.", "6 May", apr), "2025-05-06");
    // A relative clause's past verb places its own date.
    assert_eq!(value_of("Deputies who rejected it on 6 March will vote again.", "6 March", apr), "2025-03-06");
}

#[test]
fn the_weekend_of_named_days_is_those_days() {
    let apr = date(2025, 4, 10);
    let text = "The text was agreed over the weekend of 14-15 December 2024.";
    let tagged: Vec<_> = tag_text(text, Some(apr)).iter().map(|t| (text[t.start..t.end].to_string(), t.value.clone())).collect();
    assert_eq!(tagged, [("14".to_string(), "2024-12-14".to_string()), ("15 December 2024".to_string(), "2024-12-15".to_string())]);
}

#[test]
fn a_weekday_of_the_week_in_context_is_one_expression() {
    let oct = date(2025, 10, 16);
    let text = "The upper house will debate it next Thursday, with a vote on the Friday of that week.";
    assert_eq!(value_of(text, "the Friday of that week", oct), "2025-10-24");
    let text = "The board met on 3 March and again on the Monday of the following week.";
    assert_eq!(value_of(text, "the Monday of the following week", oct), "2025-03-10");
}

#[test]
fn a_day_an_act_was_due_on_is_the_nearest_one() {
    let apr = date(2026, 4, 22);
    assert_eq!(value_of("The vote in the upper house was due on 15 April but was put off.", "15 April", apr), "2026-04-15");
    assert_eq!(value_of("The signing was scheduled for 30 April.", "30 April", apr), "2026-04-30");
}
