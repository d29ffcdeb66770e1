"""Stage 2's proposals: each answer, population and question shape is proposed by the cue made for it.

The passages are written for the project (invented places and people). The proposals are checked
directly (they do not depend on fitted weights); a few end-to-end checks cover the chosen labels.
"""

from __future__ import annotations

import pytest

from bot.reading.extract import choices
from bot.reading.extract.analysis import Analysis, Num
from bot.reading.extract.weighed import WeighedExtractor

EXTRACTOR = WeighedExtractor()


def _proposals(text: str, value: float, kind: str) -> list[tuple[str, str]]:
    a: Analysis = EXTRACTOR.analyse(text)
    n: Num = next(m for m in a.numbers if m.value == value)
    return [(c.source, c.text) for c in choices.candidates(a, n, kind)]


def _proposed_by(text: str, value: float, kind: str, label: str, source: str) -> bool:
    """``label`` is proposed and ``source`` is among its proposers (one text keeps all their features)."""
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    return any(
        c.text == label and c.features.get(f"src={source}") == 1.0 for c in choices.candidates(a, n, kind)
    )


def _texts(text: str, value: float, kind: str) -> list[str]:
    return [t for _, t in _proposals(text, value, kind)]


RACE = "Lakeside mayoral race: Alvarez at 45%, Brennan at 38%, with 17% undecided."
LEVY = "On the library levy, 37% are voting yes, 43% no, and 20% undecided."
TOPLINE = (
    "Is the county headed in the right direction?\n"
    "Right direction ...... 36%\nWrong track ...... 55%\nNot sure ...... 9%"
)
FLAT_ROW = "Generally doing well ...... 31% Doing badly ...... 52% Not sure ...... 17%"
HALE = "Governor Hale's approval rating stands at 47% among registered voters, with 44% disapproving."
RENT = "Among renters, 61% back the rent cap, while 58% of homeowners oppose it."
BRIDGE = "In the Kestrel poll, 52% approve of the new bridge and 40% disapprove."


@pytest.mark.parametrize(
    ("text", "value", "source", "answer"),
    [
        (RACE, 45, "before_name", "Alvarez"),  # a name before "at"
        (RACE, 17, "after", "undecided"),  # the word right after the figure
        (LEVY, 37, "after", "yes"),  # past "are voting"
        (LEVY, 43, "after", "no"),
        (TOPLINE, 55, "segment_before", "Wrong track"),  # a dotted-leader row
        (FLAT_ROW, 52, "segment_before", "Doing badly"),  # a flattened row: between two figures
        (HALE, 44, "after_option", "disapprove"),  # a verb form that names an option
        ("Ferry referendum: Yes: 48%, No: 45%", 48, "before_name", "Yes"),
    ],
)
def test_answer_shapes_are_proposed(text: str, value: float, source: str, answer: str) -> None:
    assert (source, answer) in _proposals(text, value, "answer")


def test_a_two_way_split_proposes_the_other_side() -> None:
    text = "Asked about the tunnel, 40% approve while 51% say the opposite."
    assert ("sibling_opposite", "disapprove") in _proposals(text, 51, "answer")


def test_no_clause_fragment_is_ever_proposed_as_an_answer() -> None:
    text = "In Lakeside, Alvarez takes 55 percent compared with Brennan's 41 percent, and Dole 3 percent."
    for value in (55, 41, 3):
        for answer in _texts(text, value, "answer"):
            assert not answer.lower().startswith(("compared", "and ", "with ")), answer
            assert len(answer.split()) <= 8


@pytest.mark.parametrize(
    ("text", "value", "source", "population"),
    [
        (HALE, 47, "among", "registered voters"),
        (RENT, 58, "of_after", "homeowners"),
        (RENT, 61, "among", "renters"),
        (
            "The Civic Pulse poll of 1,200 likely voters found 41% back the plan.",
            41,
            "sample",
            "likely voters",
        ),
        ("Westminster voting intention: Labour 33%, Reform UK 29%.", 33, "country_voters", "GB voters"),
        (
            "The Kestrel poll (May 2-4; 1,100 US adults; online) finds 44% back the plan.",
            44,
            "sample",
            "US adults",
        ),
    ],
)
def test_population_shapes_are_proposed(text: str, value: float, source: str, population: str) -> None:
    props = _proposals(text, value, "population")
    # a text proposed by several cues is kept once, under its first proposer: check the text, then the cue
    assert population in [t for _, t in props]
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    feats = next(c.features for c in choices.candidates(a, n, "population") if c.text == population)
    assert feats.get(f"src={source}") == 1.0


@pytest.mark.parametrize(
    ("text", "value", "source", "question"),
    [
        (TOPLINE, 55, "question_before", "Is the county headed in the right direction?"),
        (TOPLINE, 55, "tpl_track", "Is the county headed in the right direction or on the wrong track?"),
        (
            HALE,
            47,
            "tpl_approval",
            "Do you approve or disapprove of the way Governor Hale is handling the job?",
        ),
        (
            "Mayor Okafor Favorability\nFavorable 48%\nUnfavorable 41%",
            48,
            "tpl_favourability",
            "Do you have a favorable or unfavorable opinion of Mayor Okafor?",
        ),
        (
            "Asked whether they were satisfied with the harbour board's leadership, 38% said yes.",
            38,
            "tpl_satisfied_with",
            "Are you satisfied or dissatisfied with the harbour board's leadership?",
        ),
        (
            "Westminster voting intention: Labour 33%, Reform UK 29%.",
            33,
            "tpl_level_intention",
            "Westminster voting intention",
        ),
    ],
)
def test_question_shapes_are_proposed(text: str, value: float, source: str, question: str) -> None:
    assert (source, question) in _proposals(text, value, "question")


@pytest.mark.parametrize(
    ("text", "value", "source", "question"),
    [
        (
            "On Measure 12, the ferry bond, 48% of likely voters say yes.",
            48,
            "tpl_measure",
            "How would you vote on Measure 12?",
        ),
        (
            "Okafor leads as preferred prime minister with 41% to Lindqvist's 33%.",
            41,
            "tpl_preferred_pm",
            "Who is your preferred prime minister?",
        ),
        (
            "Asked who would make the better PM, 44% picked Okafor.",
            44,
            "tpl_preferred_pm",
            "Who would make the better prime minister?",
        ),
        ("In the Harbor Point poll, Labour 41% and the Greens 12%.", 41, "tpl_intention", "Voting intention"),
        (RACE, 45, "race_heading", "Vote choice in the Lakeside mayoral race"),
        ("In the new Kestrel poll, Alvarez is at 45% and Brennan at 38%.", 45, "race_bare", "Vote choice"),
        (
            "Some 36% are satisfied with the way Maria Okafor is doing her job as Prime Minister.",
            36,
            "tpl_satisfied_office",
            "Are you satisfied or dissatisfied with the way Maria Okafor is doing her job as Prime Minister?",
        ),
        (
            "Only 29% said they were satisfied with the performance of Lindqvist as leader of the Green Party.",
            29,
            "tpl_satisfied_office",
            "Are you satisfied or dissatisfied with the way Lindqvist is doing the job as Leader of the Green Party?",
        ),
        (
            "Backing for Scottish independence has slipped to 46% in the Kestrel series.",
            46,
            "tpl_referendum",
            "Should Scotland be an independent country?",
        ),
        (
            "Asked again how they would vote in an EU referendum, 52% of Britons chose Rejoin.",
            52,
            "tpl_referendum",
            "Should the United Kingdom remain a member of the European Union or leave the European Union?",
        ),
        (
            "Were a border poll called, 41% would back a united Ireland.",
            41,
            "tpl_referendum",
            "In a border poll, would you vote to remain in the UK or for a united Ireland?",
        ),
        (
            "Among decided voters, the Greens take 9% this month.",
            9,
            "tpl_intention",
            "Voting intention",
        ),
    ],
)
def test_topic_templates_are_proposed(text: str, value: float, source: str, question: str) -> None:
    assert _proposed_by(text, value, "question", question, source)


@pytest.mark.parametrize(
    ("text", "value", "source", "answer"),
    [
        ("Some 39% of residents believe the mayor should resign.", 39, "statement_yes", "yes"),
        ("Satisfaction with the council stood at 28% in March.", 28, "topic_noun", "satisfied"),
        (
            "Okafor had (62% favorable, 20% unfavorable), Lindqvist (51%-30%).",
            30,
            "pair_repeat",
            "unfavorable",
        ),
        ("| Poll | CON | LAB |\n|---|---|---|\n| Kestrel | 31 | 40 |", 40, "col_header_expanded", "Labour"),
        ("Independents break 27% to 22% for the incumbent Alvarez.", 27, "pair_first", "Alvarez"),
        ("Renters (64 - 31 percent) say they are satisfied with the plan.", 64, "pair_first", "satisfied"),
    ],
)
def test_more_answer_shapes_are_proposed(text: str, value: float, source: str, answer: str) -> None:
    assert _proposed_by(text, value, "answer", answer, source)


def test_no_question_cue_proposes_only_the_empty_question() -> None:
    """With no written question and no topic template, nothing is invented: a moderator writes it."""
    assert _texts("Some 44% of the anglers caught nothing on Sunday.", 44, "question") == [""]


def test_a_question_ending_in_a_preposition_is_not_proposed() -> None:
    text = "Which candidate would you vote for? Okafor 44%; Lindqvist 39%"
    assert all(not q.endswith("for?") for q in _texts(text, 44, "question"))


def test_chosen_labels_end_to_end() -> None:
    figs = EXTRACTOR.extract(
        "The Civic Pulse poll of 1,200 likely voters asked: Do you support building a new stadium downtown? "
        "Yes 41% No 52% Unsure 7%"
    ).figures
    assert [f.answer.lower() for f in figs] == ["yes", "no", "unsure"]
    assert {f.question for f in figs} == {"Do you support building a new stadium downtown?"}
    assert {f.population for f in figs} == {"likely voters"}


def test_each_label_keeps_its_provenance() -> None:
    explained = EXTRACTOR.explain(BRIDGE)
    assert explained.provenance
    for p in explained.provenance:
        assert set(p.labels) == {"answer", "population", "question"}
        assert all(ch.source for ch in p.labels.values())


def test_a_province_named_again_and_again_names_its_provincial_intention() -> None:
    """A Canadian poll that names no level but keeps naming one province (and no federal word) asks the
    province's vote intention; one that also talks federal politics does not."""
    text = (
        "Manitoba poll: with the Manitoba vote weeks away, the NDP has 44% among decided voters and the "
        "Progressive Conservatives 39%."
    )
    assert _proposed_by(text, 44, "question", "Manitoba provincial voting intention", "tpl_country_intention")
    federal = text + " In federal politics the picture in Manitoba differs."
    assert "Manitoba provincial voting intention" not in _texts(federal, 44, "question")


def _topic_marks(text: str, value: float) -> dict[str, set[str]]:
    """For each proposed question of a figure, which topic features it carries."""
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    return {
        c.text: {k for k in ("q_topic_named", "q_topic_missing") if k in c.features}
        for c in choices.candidates(a, n, "question")
        if c.text
    }


@pytest.mark.parametrize(
    ("text", "value", "topic"),
    [
        ("Do you favor a new bridge tax? 44% said yes. Tolls fare worse: 21% back them.", 21, ""),
        (
            "Do you favor a new bridge tax? 44% said yes. Tolling does worse still: 21% back it.",
            21,
            "tolling",
        ),
        ("Do you favor a new bridge tax? 44% said yes. On housing, 21% want more building.", 21, "housing"),
        ("Do you favor a new bridge tax? 44% said yes. As for the ferry, 21% would keep it.", 21, "ferry"),
        ("Do you favor a new bridge tax? 44% said yes. Everyone does agree: 21% are unsure.", 21, ""),
        ("Do you favor a new bridge tax? 44% said yes. Some 21% said no.", 21, ""),
    ],
)
def test_a_sentence_opening_on_a_topic_is_read(text: str, value: float, topic: str) -> None:
    a = EXTRACTOR.analyse(text)
    n = next(m for m in a.numbers if m.value == value)
    assert choices.opening_topic(a, n) == topic


def test_a_question_carried_across_a_change_of_topic_is_marked() -> None:
    text = "Do you favor a new bridge tax? 44% said yes. On housing, 21% want more building."
    marks = _topic_marks(text, 21)
    assert marks.get("Do you favor a new bridge tax?") == {"q_topic_missing"}
    same = "Do you favor a new housing levy? 44% said yes. On housing, 21% want more building."
    assert _topic_marks(same, 21).get("Do you favor a new housing levy?") == {"q_topic_named"}
