"""Story clustering: same event together, same kind of event apart, copies counted once,
incremental feeding equal to one batch. Texts are ours; embeddings are left out (lexical and
time signals only) except in the stage test, so these tests need no model."""

from __future__ import annotations

import json
from dataclasses import replace

import numpy as np
import pytest

from wirecheck.corpus.cluster import add_article, cluster
from wirecheck.corpus.story_index import StoryIndex
from wirecheck.corpus.story_signals import (
    arrival_order,
    instant,
    lead_estimates,
    number_value,
    signals_of,
)
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.corpus.syndication import mark_syndication
from wirecheck.model import Analysis, Article, article_id

QUAKE_VARNA = [
    ("Quake of magnitude 5.8 shakes Varna Ridge",
     "A magnitude 5.8 earthquake struck near Varna Ridge in Eastmark on Monday, cracking walls "
     "in the old town and cutting power to 4,000 homes. Mayor Tilde Osk said two people were "
     "hurt by falling masonry in Varna Ridge. The quake hit at 03:12 at a depth of 10 km."),
    ("Varna Ridge counts damage after 5.8 tremor",
     "Residents of Varna Ridge spent Monday clearing rubble after a 5.8 magnitude quake damaged "
     "the church tower and the market hall. Mayor Tilde Osk said 4,000 homes lost power and two "
     "people were injured. Engineers are checking the Varna Ridge dam."),
    ("Two hurt as earthquake hits Eastmark town",
     "An earthquake measuring 5.8 hit the Eastmark town of Varna Ridge early on Monday. Two "
     "people were hurt, Mayor Tilde Osk told local radio, and the church tower in Varna Ridge "
     "partly collapsed."),
]  # fmt: skip
QUAKE_SOLLEN = [
    ("Strong 6.4 quake jolts Sollen Bay",
     "A magnitude 6.4 earthquake hit Sollen Bay in Eastmark on Thursday, three days after a "
     "smaller quake in the region. Harbour master Kalle Vinter said three fishing boats sank and "
     "the pier at Sollen Bay was closed. Eleven people were treated in hospital."),
    ("Sollen Bay pier closed after 6.4 earthquake",
     "The Thursday earthquake of magnitude 6.4 sank three boats in Sollen Bay and injured "
     "eleven people. Harbour master Kalle Vinter said the Sollen Bay pier would stay shut "
     "while divers inspect it."),
    ("Eleven injured as earthquake strikes Eastmark coast",
     "Eleven people were injured when a 6.4 earthquake struck Sollen Bay on Thursday. Kalle "
     "Vinter, the harbour master, said boats sank at their moorings in Sollen Bay."),
]  # fmt: skip
TRIAL_FRAUD = [
    ("Dario Kell goes on trial over pension fraud",
     "Former fund manager Dario Kell went on trial in Asterby on Tuesday accused of diverting "
     "18 million crowns from the dockworkers' pension fund. Prosecutor Lena Brask told the court "
     "the money paid for a villa in Marlo. Kell denies fraud."),
    ("Kell denies pension fraud as trial opens",
     "Dario Kell pleaded not guilty to fraud on Tuesday at the opening of his trial over 18 "
     "million crowns missing from the dockworkers' pension fund. Prosecutor Lena Brask said "
     "the villa in Marlo was bought with pension money."),
    ("Pension fund trial of Dario Kell begins in Asterby",
     "The trial of Dario Kell over the dockworkers' pension fund began on Tuesday. Lena Brask, "
     "the prosecutor, said 18 million crowns were diverted and traced to a villa in Marlo."),
]  # fmt: skip
TRIAL_ASSAULT = [
    ("Dario Kell fined for assault on photographer",
     "Dario Kell was fined 40,000 crowns on Friday by the Hollby district court for punching a "
     "photographer outside a Hollby restaurant in May. Judge Per Tamm said the attack on "
     "photographer Sami Roos was unprovoked. Kell's lawyer said he would appeal."),
    ("Court fines Kell over attack on Sami Roos",
     "Judge Per Tamm of the Hollby district court fined Dario Kell 40,000 crowns on Friday for "
     "assaulting photographer Sami Roos outside a restaurant in Hollby last May."),
    ("Kell to appeal assault fine",
     "Dario Kell will appeal the 40,000 crown fine imposed by Judge Per Tamm in Hollby for "
     "striking photographer Sami Roos, his lawyer said on Friday."),
]  # fmt: skip
DAYS = {"quake_varna": 2, "quake_sollen": 5, "trial_fraud": 3, "trial_assault": 6}


def _article(title: str, text: str, source: str, published: str | None) -> Article:
    return Article(
        id=article_id(text), path=source, text=text, title=title, source=source,
        published=published,
    )  # fmt: skip


def events() -> dict[str, list[Article]]:
    out = {}
    sets = {"quake_varna": QUAKE_VARNA, "quake_sollen": QUAKE_SOLLEN}
    sets |= {"trial_fraud": TRIAL_FRAUD, "trial_assault": TRIAL_ASSAULT}
    for name, reports in sets.items():
        day = DAYS[name]
        out[name] = [
            _article(title, text, f"outlet {i}", f"2026-02-0{day}T{8 + 3 * i:02d}:00:00+00:00")
            for i, (title, text) in enumerate(reports)
        ]
    return out


def _interleaved(groups: dict[str, list[Article]]) -> list[Article]:
    return [a for row in zip(*groups.values(), strict=True) for a in row]


def _partition(stories: list) -> set[frozenset[str]]:
    return {frozenset(s.articles) for s in stories}


@pytest.mark.parametrize("dated", [True, False])
def test_two_events_of_the_same_kind_stay_apart(dated: bool) -> None:
    groups = events()
    for article in [a for g in groups.values() for a in g if not dated]:
        article.published = None  # no time signal: the details alone must separate them
    stories = cluster(_interleaved(groups), vectors={})
    assert _partition(stories) == {frozenset(a.id for a in g) for g in groups.values()}


def test_story_record_fields() -> None:
    varna = events()["quake_varna"]
    (story,) = cluster(list(reversed(varna)), vectors={})
    assert story.id == "s:" + varna[0].id  # the earliest published opens the story
    assert story.articles == [a.id for a in varna]
    assert story.first_seen == varna[0].published
    assert story.last_seen == varna[-1].published
    assert story.title in {a.title for a in varna}
    assert story.outlets == ["outlet 0", "outlet 1", "outlet 2"]


def test_syndicated_copies_count_once_in_outlets() -> None:
    wire = _article(QUAKE_VARNA[0][0], QUAKE_VARNA[0][1], "Northline Wire", "2026-02-02T08:00")
    copies = [
        _article(f"Copy {i}: quake", wire.text + f"\n\nPhoto credit {i}.", f"Site {i}",
                 f"2026-02-02T1{i}:00")
        for i in range(3)
    ]  # fmt: skip
    own = events()["quake_varna"][1]
    analysis = Analysis(articles=copies + [own, wire])
    mark_syndication(analysis)
    assert all(c.syndicated_of == wire.id for c in copies)
    (story,) = cluster(analysis.articles, vectors={})
    assert len(story.articles) == 5
    assert story.outlets == ["Northline Wire", "outlet 1"]


def test_incremental_add_equals_batch_even_across_a_reload() -> None:
    articles = _interleaved(events())
    batch = cluster(articles, vectors={})
    ordered = arrival_order(articles)
    index = StoryIndex()
    for article in ordered[:5]:
        add_article(index, article)
    index = StoryIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    for article in ordered[5:]:
        add_article(index, article)
    assert [s.to_dict() for s in index.stories()] == [s.to_dict() for s in batch]


def test_reload_keeps_embeddings_exact() -> None:
    articles = arrival_order(_interleaved(events()))
    rng = np.random.default_rng(3)
    vectors = {a.id: _unit(rng.standard_normal(384).astype(np.float32)) for a in articles}
    whole, split = StoryIndex(), StoryIndex()
    for i, article in enumerate(articles):
        add_article(whole, article, vectors[article.id])
        if i == 6:
            split = StoryIndex.from_dict(json.loads(json.dumps(split.to_dict())))
        add_article(split, article, vectors[article.id])
    assert [s.to_dict() for s in split.stories()] == [s.to_dict() for s in whole.stories()]


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.linalg.norm(v)


def test_same_wording_outside_the_window_is_a_new_story() -> None:
    title, text = QUAKE_VARNA[0]
    first = _article(title, text, "A", "2026-02-02T08:00:00+00:00")
    later = _article(title, text + " Anniversary.", "B", "2026-02-20T08:00:00+00:00")
    assert len(cluster([first, later], vectors={})) == 2


def test_undated_articles_arrive_last_in_input_order() -> None:
    a = _article("a", "alpha", "A", None)
    b = _article("b", "beta", "B", "2026-01-02")
    c = _article("c", "gamma", "C", None)
    assert [x.id for x in arrival_order([a, b, c])] == [b.id, a.id, c.id]
    assert instant("2026-01-02T00:00:00Z") == instant("2026-01-02")
    assert instant("not a date") is None


def test_a_report_giving_only_its_update_time_arrives_and_joins_by_it() -> None:
    varna = events()["quake_varna"]
    late = [
        _article(title, text, f"late {i}", "2026-03-20T08:00:00+00:00")
        for i, (title, text) in enumerate(TRIAL_FRAUD)
    ]
    updated_only = replace(varna[2], published=None, updated="2026-02-02T20:00:00+00:00")
    ordered = arrival_order([*varna[:2], *late, updated_only])
    assert [a.id for a in ordered] == [varna[0].id, varna[1].id, updated_only.id] + [
        a.id for a in late
    ]
    stories = cluster([*varna[:2], *late, updated_only], vectors={})
    assert frozenset(a.id for a in varna[:2]) | {updated_only.id} in _partition(stories)


def test_resolved_entities_and_layers_are_optional_signals() -> None:
    from wirecheck.model import Event, Mention

    article = events()["trial_fraud"][0]
    article.mentions = [Mention(article.id, 0, 10, "Dario Kell", "PERSON", entity="E1")]
    article.events = [Event("v1", article.id, 0, 5, "ACCUSE", "accused")]
    signals = signals_of(article, "outlet 0")
    assert signals.details["e:E1"] == 1.0
    assert signals.events == frozenset({"ACCUSE"})
    assert "18" in signals.details and "kell" in signals.details


@pytest.mark.slow
def test_corpus_stage_with_embeddings_fills_analysis_stories() -> None:
    from wirecheck.corpus.cluster import cluster_stories

    groups = events()
    analysis = Analysis(articles=_interleaved(groups))
    cluster_stories(analysis)
    assert _partition(analysis.stories) == {frozenset(a.id for a in g) for g in groups.values()}


def test_lead_numbers_leave_out_dates_and_clock_times() -> None:
    article = _article(
        "Ferry fire: 14 rescued",
        "Posted 3 / 9 / 2026 11 : 40 PM\n\nFourteen passengers, 14 in all, were rescued on "
        "March 9 at 2:30 after fire broke out on the ferry Aurora; 212 others were safe.",
        "outlet 0",
        None,
    )
    signals = signals_of(article, "outlet 0")
    assert signals.numbers == {"14", "212"}
    assert "aurora" in signals.names


def test_a_story_split_at_its_first_report_is_merged_by_an_article_matching_both() -> None:
    from wirecheck.corpus.story_state import ClusterOptions

    # A bar no pair can clear splits the event at its second report; with the usual bar back,
    # the third report joins one half and, scoring high with the other too, merges them.
    reports = events()["quake_varna"]
    index = StoryIndex(ClusterOptions(young_threshold=5.0, merge_threshold=0.3))
    ids = [add_article(index, a) for a in reports[:2]]
    assert ids[0] != ids[1]
    index.options = ClusterOptions(merge_threshold=0.3)
    add_article(index, reports[2])
    assert _partition(index.stories()) == {frozenset(a.id for a in reports)}
    assert set(index.assigned.values()) == {0}
    assert index.stories()[0].id == ids[0]  # the older story keeps its id
    reloaded = StoryIndex.from_dict(json.loads(json.dumps(index.to_dict())))
    assert reloaded.to_dict() == index.to_dict()


def test_without_merging_a_split_event_stays_split() -> None:
    from wirecheck.corpus.story_state import ClusterOptions

    reports = events()["quake_varna"]
    index = StoryIndex(ClusterOptions(young_threshold=5.0, merge_threshold=9.0))
    for article in reports[:2]:
        add_article(index, article)
    index.options = ClusterOptions(merge_threshold=9.0)
    add_article(index, reports[2])
    assert len(index.stories()) == 2


# Two quakes in one wording, with one official quoted in both: only the place, the toll and the
# year tell them apart. The follow-up of the first names its place and toll in new words.
QUAKE_ORVIK = (
    "Strong earthquake strikes Orvik, killing 12",
    "A strong earthquake struck the mountain town of Orvik on 4 March 2019, killing 12 people "
    "and destroying the old bridge over the Lenn river. Ines Carro of the National Seismic "
    "Office said the quake had a magnitude of 6.1. Rescue teams from Talvik searched the rubble "
    "of the Orvik school through the night.",
)
QUAKE_BELMAR = (
    "Strong earthquake strikes Belmar, killing 30",
    "A strong earthquake struck the port city of Belmar on 17 October 2023, killing 30 people "
    "and sinking two ferries in the harbour. Ines Carro of the National Seismic Office said the "
    "quake had a magnitude of 6.1. Rescue teams searched the rubble of the Belmar fish market "
    "through the night.",
)
ORVIK_FOLLOW_UP = (
    "Orvik mourns its 12 dead as bridge repairs begin",
    "A day after the earthquake, Orvik buried the first of its 12 victims. Engineers began "
    "shoring up what is left of the Lenn river bridge, and Ines Carro of the National Seismic "
    "Office warned of aftershocks around Orvik. Parents of pupils at the Orvik school, which "
    "collapsed in the quake, asked why it had not been reinforced.",
)


def test_two_quakes_in_one_wording_but_other_places_and_years_stay_apart() -> None:
    # Undated, as scraped pages often are: only what the reports name tells the events apart.
    orvik = _article(*QUAKE_ORVIK, "outlet A", None)
    belmar = _article(*QUAKE_BELMAR, "outlet B", None)
    follow_up = _article(*ORVIK_FOLLOW_UP, "outlet C", None)
    stories = cluster([orvik, belmar, follow_up], vectors={})
    assert _partition(stories) == {frozenset({orvik.id, follow_up.id}), frozenset({belmar.id})}


# Two players of one club arrested on different days; a round-up names both arrests.
ARREST_MONDAY = [
    ("Rovers striker Aldo Fenn arrested after bar brawl",
     "Kelby Rovers striker Aldo Fenn was arrested on Monday after a brawl at a bar in Kelby, "
     "police said. Fenn, 24, was held overnight and released on bail."),
    ("Kelby Rovers' Fenn held over brawl",
     "Police in Kelby arrested Rovers striker Aldo Fenn early on Monday after a fight at a "
     "city-centre bar. The club said it was aware of the arrest of Fenn."),
]  # fmt: skip
ARREST_THURSDAY = [
    ("Rovers goalkeeper Piet Lunde arrested after bar brawl",
     "Kelby Rovers goalkeeper Piet Lunde was arrested on Thursday after a brawl at a bar in "
     "Kelby, police said. Lunde, 29, was held overnight and released on bail."),
    ("Kelby Rovers' Lunde held over brawl",
     "Police in Kelby arrested Rovers goalkeeper Piet Lunde early on Thursday after a fight at "
     "a city-centre bar. The club said it was aware of the arrest of Lunde."),
]  # fmt: skip
ROUND_UP = (
    "Second Kelby Rovers player arrested after bar brawl",
    "Kelby Rovers goalkeeper Piet Lunde and striker Aldo Fenn have both been arrested after "
    "brawls at bars in Kelby, police said, Fenn on Monday and Lunde on Thursday. Both were held "
    "overnight and released on bail, and the club said it was aware of the arrests.",
)


def _arrests() -> tuple[list[Article], list[Article], Article]:
    monday = [_article(t, x, f"outlet {i}", None) for i, (t, x) in enumerate(ARREST_MONDAY)]
    thursday = [_article(t, x, f"outlet {i}", None) for i, (t, x) in enumerate(ARREST_THURSDAY)]
    return monday, thursday, _article(*ROUND_UP, "outlet R", None)


def test_two_arrests_on_other_days_stay_apart_even_after_a_round_up_of_both() -> None:
    monday, thursday, round_up = _arrests()
    index = StoryIndex()
    for article in _interleaved({"monday": monday, "thursday": thursday}):
        add_article(index, article)
    apart = {frozenset(a.id for a in monday), frozenset(a.id for a in thursday)}
    assert _partition(index.stories()) == apart
    # A twin index that forgot every weekday and every headline's person (the two players,
    # which also keep the stories apart) shows the round-up scores high with both.
    data = json.loads(json.dumps(index.to_dict()))
    for story in data["open"]:
        story["weekdays"] = {}
        story["headline_persons"] = {}
    twin = StoryIndex.from_dict(data)
    twin.add(replace(signals_of(round_up, "outlet R"), weekdays=frozenset()))
    assert len(twin.stories()) == 1
    add_article(index, round_up)
    assert len(index.stories()) == 2
    assert {frozenset(s - {round_up.id}) for s in _partition(index.stories())} == apart


def test_opening_weekdays_come_from_words_and_resolved_dates() -> None:
    from wirecheck.corpus.story_signals import opening_weekdays
    from wirecheck.model import Time

    article = _article(
        "Ferry sinks off Orvik", "The ferry sank on Tuesday night.\n\nDivers went down Friday.",
        "outlet 0", None,
    )  # fmt: skip
    assert opening_weekdays(article) == {"tuesday"}  # the second paragraph is not the opening
    article.times = [Time("t1", article.id, 19, 26, "Tuesday", "DATE", "2026-03-12", None)]
    assert opening_weekdays(article) == {"tuesday", "thursday"}  # 12 March 2026: a Thursday


def test_an_index_saved_before_weekdays_were_kept_still_loads() -> None:
    index = StoryIndex()
    for article in events()["quake_varna"]:
        add_article(index, article)
    data = json.loads(json.dumps(index.to_dict()))
    for story in data["open"]:
        del story["weekdays"]
    reloaded = StoryIndex.from_dict(data)
    assert [s.to_dict() for s in reloaded.stories()] == [s.to_dict() for s in index.stories()]


RECALL_VOLTIVA = [
    ("Voltiva recalls e-bike batteries after fires",
     "Voltiva Mobility is recalling about 62,000 battery packs sold with its Trailrunner bikes "
     "after reports that the packs can overheat while charging, the Toronto company said on "
     "Wednesday. Chief executive Maren Holt said owners should stop charging them."),
    ("E-bike maker pulls more than 80,000 batteries from sale",
     "Voltiva Mobility has recalled more than 80,000 battery units, saying a defect in cells "
     "made in Malaysia could make them overheat, chief Maren Holt told reporters on Wednesday "
     "at its plant. Shares fell sharply in early trading, and rivals saw a jump in inquiries."),
]  # fmt: skip
RECALL_KESTREL = [
    ("Kestrel recalls e-bike batteries over fire risk",
     "Kestrel Cycles is recalling about 70,000 battery packs fitted to its Fjord cargo bikes "
     "because a wiring fault can start fires, the Halden company said on Wednesday. Chief "
     "executive Ola Strand apologised to riders."),
]  # fmt: skip


def _recalls() -> tuple[list[Article], list[Article]]:
    one = [
        _article(title, text, f"outlet {i}", f"2026-03-04T{9 + i:02d}:00:00+00:00")
        for i, (title, text) in enumerate(RECALL_VOLTIVA)
    ]
    title, text = RECALL_KESTREL[0]
    return one, [_article(title, text, "outlet 9", "2026-03-04T10:30:00+00:00")]


def test_an_index_saved_before_name_counts_were_kept_still_loads() -> None:
    index = StoryIndex()
    for article in events()["quake_varna"]:
        add_article(index, article)
    data = json.loads(json.dumps(index.to_dict()))
    assert all(story["named"] for story in data["open"])
    for story in data["open"]:
        for key in ("named", "headline_names", "named_headlines"):
            del story[key]
    reloaded = StoryIndex.from_dict(data)
    assert [s.to_dict() for s in reloaded.stories()] == [s.to_dict() for s in index.stories()]
    # Each detail of the sums counts as named by one member.
    (story,) = reloaded.open.values()
    assert story.named and set(story.named.values()) == {1}


def test_lead_estimates_are_hedged_or_round_numbers_with_what_they_count() -> None:
    article = _article(
        "Ferry sinks: 23 rescued",
        "About 1,200 passengers were on board; 23 crew were rescued, 3.5 km off the coast, and "
        "more than 40 cars sank at 8.40 pm with up to 2 million dollars of cargo.",
        "outlet 0",
        None,
    )
    estimates = lead_estimates(article, signals_of(article, "outlet 0").numbers)
    assert estimates == {"1,200": ["board", "passenger"], "2": ["cargo", "dollar", "million"],
                         "40": ["car", "sank"]}  # fmt: skip
    assert number_value("2", estimates["2"]) == 2e6
    assert number_value("1,200") == 1200.0


def test_two_reports_of_one_recall_giving_different_counts_stay_together() -> None:
    # The second report's count is not the first's, yet both estimate how many batteries one
    # recall takes back: the conflict the comparison must find, inside one story.
    # Another company's recall of about as many packs, the same day, stays apart: an estimate
    # close to the story's is no evidence of one event, only no longer evidence of two.
    voltiva, kestrel = _recalls()
    stories = cluster(voltiva + kestrel, vectors={})
    assert _partition(stories) == {frozenset(a.id for a in voltiva), frozenset({kestrel[0].id})}
    # Taken as an unseen number (a ratio of 1 allows no other estimate), it splits them.
    # (The same-day bonus, which also joins these same-day reports, is off here.)
    exact = ClusterOptions(estimate_ratio=1.0, same_day=0.0, same_day_numbers=False)
    assert len(cluster(voltiva, options=exact, vectors={})) == 2


def test_an_estimate_of_another_count_or_size_is_still_news() -> None:
    voltiva, _ = _recalls()
    index = StoryIndex()
    add_article(index, voltiva[0])
    story = index.open[0]
    probe = index._probe(signals_of(voltiva[1], "outlet 1"))
    assert story._unseen(probe, index.options) == 0.0
    far = replace(probe, estimates={"80,000": ["scooter", "charger"]})  # another thing counted
    assert story._unseen(far, index.options) == 1.0
    big = replace(probe, numbers=frozenset({"800,000"}), estimates={"800,000": ["battery"]})
    assert story._unseen(big, index.options) == 1.0  # ten times the count: not one estimate


def test_an_index_saved_before_estimates_were_kept_still_loads() -> None:
    voltiva, _ = _recalls()
    index = StoryIndex(ClusterOptions(same_day=0.0, same_day_numbers=False))  # estimates decide
    add_article(index, voltiva[0])
    data = json.loads(json.dumps(index.to_dict()))
    assert data["open"][0]["members"][0]["estimates"] == {"62,000": ["battery", "pack", "sold"]}
    for story in data["open"]:
        for member in story["members"]:
            del member["estimates"]
    reloaded = StoryIndex.from_dict(data)
    add_article(reloaded, voltiva[1])  # an old member gives no estimates: the number is news
    assert len(reloaded.stories()) == 2


DERAILMENT = [
    ("Two dead as express leaves the rails near Carlisle",
     "Two people died and 41 people were injured when a northbound express left the rails "
     "near Carlisle on Wednesday, the rail operator Northway said. Rescuers worked through "
     "the afternoon to free passengers from the carriages."),
    ("Three killed in Cumbria rail crash",
     "Three people were killed and about 40 people hurt when an express train came off the "
     "tracks near Carlisle on Wednesday, Northway said. Firefighters cut passengers free from "
     "the overturned carriages."),
]  # fmt: skip


def test_an_estimate_near_a_member_s_exact_count_of_one_thing_is_not_news() -> None:
    # "about 40 people hurt" against "41 people were injured": a rounded figure of one toll,
    # so the second report of the crash joins the first despite its other death toll.
    first, second = (
        _article(title, text, f"outlet {i}", f"2025-09-10T{13 + 2 * i:02d}:00:00+00:00")
        for i, (title, text) in enumerate(DERAILMENT)
    )
    index = StoryIndex()
    add_article(index, first)
    probe = index._probe(signals_of(second, "outlet 1"))
    assert "40" in probe.numbers and index.open[0]._unseen(probe, index.options) == 0.0
    exact = replace(probe, estimates={})  # were "40" exact, it would be news
    assert index.open[0]._unseen(exact, index.options) == 1.0


CYCLONE = [
    ("Cyclone Tamsin kills at least 14 as it slams into Mozambique",
     "Cyclone Tamsin tore into central Mozambique overnight, killing at least 14 people in "
     "Beira and flooding the Munhava district, provincial officials said on Tuesday."),
    ("Power cut to 200,000 households in Beira",
     "Storm Tamsin cut electricity to some 200,000 households around Beira, Mozambique, and "
     "six died after it came ashore, the disaster agency reported."),
]  # fmt: skip


def _cyclone(days_apart: int | None) -> list[Article]:
    def when(i: int) -> str | None:
        return None if days_apart is None else f"2025-03-{11 + i * days_apart:02d}T09:00:00"

    return [_article(t, x, f"outlet {i}", when(i)) for i, (t, x) in enumerate(CYCLONE)]


def test_reports_worded_apart_join_when_dated_the_same_day_and_naming_the_same_places() -> None:
    assert len(cluster(_cyclone(0), vectors={})) == 1
    alone = ClusterOptions(same_day=0.0, same_day_numbers=False)
    assert len(cluster(_cyclone(0), alone, vectors={})) == 2
    # Undated (as in ECB+) or days apart, the shared names alone do not join them.
    assert len(cluster(_cyclone(None), vectors={})) == 2
    assert len(cluster(_cyclone(3), vectors={})) == 2


def test_a_possessive_names_the_same_place() -> None:
    plain = _article("Cholera spreads in Beira", "Cholera cases rose again in Beira on Tuesday, "
                     "officials in Beira said.", "outlet 0", None)  # fmt: skip
    owned = _article("A mother's fear", "In Beira's poorest districts, mothers queue for clean "
                     "water, and Beira's clinics are full.", "outlet 1", None)  # fmt: skip
    assert "beira" in signals_of(plain, "outlet 0").names
    assert "beira" in signals_of(owned, "outlet 1").names


OUTBREAK = [
    ("Cholera kills 37 in Beira",
     "At least 37 people have died of cholera in the Munhava and Macurungo districts of Beira "
     "since the outbreak began, and clinics are overflowing, Governor Lourenço Bulha said."),
    ("Emergency declared as vaccines reach the coast",
     "The health ministry declared a public health emergency and said a vaccination campaign "
     "would start on Saturday in Beira; nurses from Malawi and doctors from Zimbabwe help."),
]  # fmt: skip


def _outbreak(days_apart: int) -> list[Article]:
    return [
        _article(t, x, f"outlet {i}", f"2025-10-{7 + i * days_apart:02d}T09:00:00")
        for i, (t, x) in enumerate(OUTBREAK)
    ]


def test_one_shared_place_and_one_topic_on_one_day_join_reports_worded_apart() -> None:
    # Only "Beira" is named by both; the embeddings (here: one vector for both) say the
    # topic is the same, so on the same day they are one event.
    articles = _outbreak(0)
    topic = np.zeros(8, dtype=np.float32)
    topic[0] = 1.0
    same = {a.id: topic for a in articles}
    assert len(cluster(articles, vectors=same)) == 1
    assert len(cluster(articles, ClusterOptions(same_day=0.0), vectors=same)) == 2
    # Another topic (orthogonal vectors) or another week, and one shared name is not enough.
    apart = {articles[0].id: topic, articles[1].id: np.roll(topic, 1)}
    assert len(cluster(articles, vectors=apart)) == 2
    later = _outbreak(7)
    assert len(cluster(later, vectors={a.id: topic for a in later})) == 2


COLLIERIES = [
    ("Methane blast kills six at Silesian Coal Group pit",
     "RUDA, Poland - A methane explosion killed six miners at the Lipiny colliery of the "
     "Silesian Coal Group on Tuesday, and rescuers searched for 20 men trapped underground.",
     "2026-11-24T10:00:00"),
    ("Six dead, 20 trapped after Silesian Coal Group mine blast",
     "RUDA, Poland - Rescuers searched on Tuesday for 20 miners trapped after a methane "
     "explosion killed six men at a Silesian Coal Group colliery, the company said.",
     "2026-11-24T15:00:00"),
    ("Tremor traps four at Radlin colliery near Rybnik",
     "RYBNIK, Poland - Four miners were trapped on Thursday when a rock burst hit the Radlin "
     "colliery of the Silesian Coal Group near the Czech border.",
     "2026-11-26T12:00:00"),
]  # fmt: skip


def test_a_dated_report_of_another_day_does_not_join_a_story_nothing_else_ties_it_to() -> None:
    articles = [_article(t, x, f"outlet {i}", p) for i, (t, x, p) in enumerate(COLLIERIES)]
    assert len(cluster(articles, vectors={})) == 2
    # without the rule, the shared company, kind and words join the second pit's tremor
    assert len(cluster(articles, ClusterOptions(story_weekday_conflict=0.0), vectors={})) == 1


def _cheese(published: str) -> list[Article]:
    first = _article(
        "Listeria recall tests a mid-sized cheesemaker's finances",
        "The family-owned cheesemaker Brennan Dairy, based in Rutland, Vermont, is recalling 12 "
        "varieties of soft cheese linked to a listeria outbreak, a move analysts say could "
        "cost it dearly.",
        "Food Monitor",
        "2026-03-04T09:30:00+00:00",
    )
    second = _article(
        "Vermont creamery recalls soft cheeses over listeria outbreak",
        "The Rutland, Vermont, creamery Brennan Dairy is recalling 14 soft and fresh cheese "
        "products after federal health officials linked them to a listeria outbreak that has "
        "sickened seven people in four states.",
        "Wire",
        published,
    )
    return [first, second]


@pytest.mark.parametrize(("published", "penalised"), [
    ("2026-03-04T13:05:00+00:00", False),  # the same day, the same names
    ("2026-03-06T13:05:00+00:00", True),  # two days later: maybe another recall
])  # fmt: skip
def test_same_day_reports_naming_the_same_people_pay_nothing_for_new_figures(
    published: str, penalised: bool
) -> None:
    # Outlets writing on one day about the same names count things differently (12 varieties,
    # 14 products): news to compare, not a sign of another event as another toll would be.
    first, second = _cheese(published)
    scores = []
    for options in (ClusterOptions(), ClusterOptions(same_day_numbers=False)):
        index = StoryIndex(options)
        add_article(index, first)
        probe = index._probe(signals_of(second, "Wire"))
        (story,) = index._candidates(probe)
        scores.append(story.score(probe, options, story.centroid_similarity(probe, options)))
    assert story._unseen(probe, ClusterOptions()) == 1.0  # 14 and seven: no member wrote them
    expected = 0.0 if penalised else ClusterOptions().number_novelty
    assert scores[0] - scores[1] == pytest.approx(expected)
