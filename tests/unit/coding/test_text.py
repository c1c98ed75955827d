from streams.coding.text import prepare, split_sentences, take_dateline


def test_yonhap_dateline_keeps_place_and_outlet() -> None:
    dateline, rest = take_dateline("SINGAPORE/SEOUL, June 1 (Yonhap) -- South Korea said.")
    assert dateline is not None
    assert (dateline.place, dateline.outlet, dateline.date) == (
        "SINGAPORE/SEOUL",
        "Yonhap",
        "June 1",
    )
    assert rest == "South Korea said."


def test_newspaper_dateline_without_date() -> None:
    dateline, rest = take_dateline("SEOUL (The Korea Herald/ANN) - The envoys met.")
    assert dateline is not None and dateline.outlet == "The Korea Herald/ANN"
    assert rest == "The envoys met."


def test_wire_dateline_without_outlet_needs_its_date() -> None:
    dateline, rest = take_dateline("KABUL/ISLAMABAD, March 18 - Pakistani aircraft bombed.")
    assert dateline is not None
    assert (dateline.place, dateline.outlet, dateline.date) == ("KABUL/ISLAMABAD", "", "March 18")
    assert rest == "Pakistani aircraft bombed."
    assert take_dateline("NATO - the alliance said.") == (None, "NATO - the alliance said.")


def test_hyphenated_compound_opening_a_sentence_is_no_dateline() -> None:
    known = {"U.S.", "NEW YORK", "SEOUL"}.__contains__
    text = "U.S.-led forces launched an air assault on Iraq."
    assert take_dateline(text, known) == (None, text)
    assert take_dateline("NEW YORK-based groups said.", known)[0] is None
    dateline, rest = take_dateline("SEOUL--The envoys met.", known)
    assert dateline is not None and rest == "The envoys met."


def test_bare_dateline_only_where_every_place_is_known() -> None:
    known = {"HANOI", "KABUL", "ISLAMABAD"}.__contains__
    dateline, rest = take_dateline("HANOI - A second summit ended.", known)
    assert dateline is not None and (dateline.place, dateline.date) == ("HANOI", None)
    assert rest == "A second summit ended."
    assert take_dateline("KABUL/ISLAMABAD - Talks began.", known)[0] is not None
    assert take_dateline("KABUL/NATO - Talks began.", known)[0] is None
    assert take_dateline("NATO - The alliance said.", known)[0] is None
    assert take_dateline("HANOI - A second summit ended.")[0] is None  # nothing known


def test_united_nations_dateline_is_a_site_not_a_speaker() -> None:
    dateline, rest = take_dateline("UNITED NATIONS - President Donald Trump threatened.")
    assert dateline is not None and dateline.place == "UNITED NATIONS"
    assert rest == "President Donald Trump threatened."


def test_ap_dateline_with_the_country_after_the_city() -> None:
    dateline, rest = take_dateline("DOHA, Qatar (AP) — Hamas said it had accepted.")
    assert dateline is not None and (dateline.place, dateline.outlet) == ("DOHA", "AP")
    assert rest == "Hamas said it had accepted."
    # a title-case word after the comma is a country only before an outlet
    assert take_dateline("PARIS, France - the minister said.")[0] is None


def test_no_dateline_leaves_text_alone() -> None:
    assert take_dateline("The U.S. side stressed its will.") == (
        None,
        "The U.S. side stressed its will.",
    )


def test_furniture_and_header_are_dropped_but_sentences_kept() -> None:
    body = (
        "Go to Contents Go to Navigation\n\nTitle here\n\nAll News 17:33 June 01, 2019\n"
        "By Oh Seok-min\n\nSEOUL, June 1 (Yonhap) -- Seoul said Saturday that talks went well."
        "\n\nLeave a Reply\nMost Viewed More\nSend Feedback\nThanks for your feedback!\n"
        "No photos has been attached.\n"
    )
    dateline, sentences = prepare(body, "Title here", "Yonhap")
    assert dateline is not None and dateline.place == "SEOUL"
    assert sentences == ["Seoul said Saturday that talks went well."]


def test_photo_captions_are_dropped() -> None:
    _, sentences = prepare(
        "Lee Do-hoon (R) and Biegun (L) meet reporters. (Yonhap)\nThe talks went well."
    )
    assert sentences == ["The talks went well."]


def test_sentence_split_respects_abbreviations_and_quotes() -> None:
    text = (
        "U.S. Secretary Gen. Smith met officials on Sept. 24 in Washington. "
        '"We will continue," he said. The U.N. agreed. It ended.'
    )
    assert split_sentences(text) == [
        "U.S. Secretary Gen. Smith met officials on Sept. 24 in Washington.",
        '"We will continue," he said.',
        "The U.N. agreed.",
        "It ended.",
    ]


def test_initials_do_not_end_a_sentence_unless_one_opens_after_them() -> None:
    text = "Prime Minister K.P. Sharma Oli resigned. He left the U.K. The ministry said so."
    assert split_sentences(text) == [
        "Prime Minister K.P. Sharma Oli resigned.",
        "He left the U.K.",
        "The ministry said so.",
    ]


def test_colon_and_title_case_datelines_only_where_the_place_is_known() -> None:
    known = {"LAHORE", "Oudtshoorn", "Raipur"}.__contains__
    dateline, rest = take_dateline("LAHORE: The opposition said.", known)
    assert dateline is not None and (dateline.place, dateline.date) == ("LAHORE", None)
    assert rest == "The opposition said."
    dateline, rest = take_dateline("Raipur, India - Rights activists said.", known)
    assert dateline is not None and dateline.place == "Raipur"
    assert rest == "Rights activists said."
    assert take_dateline("Oudtshoorn -- The party won.", known)[0] is not None
    assert take_dateline("BREAKING: Police said.", known)[0] is None  # no place
    assert take_dateline("Oudtshoorn-based firms said.", known)[0] is None  # no spaced dash
    assert take_dateline("LAHORE: The opposition said.")[0] is None  # nothing known
