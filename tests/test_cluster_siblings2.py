"""Story clustering: sibling events of one kind (two players of one club put on the injured
list, one after the other) kept apart by whom the headlines name, whatever the story's length,
and never bridged by a report naming both players; group names ("the Herons") are no people;
and the ECB+ reader takes no filing line for a headline. Texts are ours and undated;
embeddings are left out, so no model is needed."""

from __future__ import annotations

from pathlib import Path

from wirecheck.corpus.cluster import cluster
from wirecheck.corpus.story_names import headline_persons
from wirecheck.corpus.story_state import ClusterOptions
from wirecheck.evaluate.ecbplus import is_dateline, read_document
from wirecheck.model import Article, Mention, article_id

BRANDT = [
    ("Herons put Brandt on injured list",
     "The Harlow Herons placed winger Ivo Brandt on the injured list on Tuesday, ending his "
     "season. Brandt hurt his knee in the win over Orwell, coach Tessa Mohr said. The Herons "
     "play Kelby next."),
    ("Knee injury ends Brandt's season with the Herons",
     "Winger Ivo Brandt will miss the rest of the season after the Herons put him on the "
     "injured list. Mohr said Brandt needs surgery on the knee he hurt against Orwell."),
    ("Herons lose Brandt for the season",
     "The Harlow Herons will be without winger Ivo Brandt for the rest of the season after "
     "placing him on the injured list. Brandt hurt his knee against Orwell, Mohr said."),
]  # fmt: skip
# A teammate put on the same list a week later; both reports recall Brandt, as follow-ups do.
KOLAR = [
    ("Herons lose Kolar to broken ankle",
     "Defender Emil Kolar broke an ankle in training on Friday and will not play again this "
     "year, the club said. Kolar is the second Herons player ruled out after Ivo Brandt."),
    ("Ankle fracture rules Kolar out for the year",
     "Emil Kolar fractured his ankle at a training session and misses the rest of the year. "
     "The defender joins Brandt on the sidelines, a club spokesman said."),
]  # fmt: skip
# Names both players in its headline: whose carries go to whom, not a third event.
BOTH = (
    "Kolar steps in for Brandt as Herons reshuffle",
    "Defender Emil Kolar will take the place of winger Ivo Brandt in the Herons line-up, coach "
    "Tessa Mohr said. Brandt is on the injured list, and Kolar moves up from the bench.",
)


def _article(number: int, title: str, text: str) -> Article:
    return Article(
        id=article_id(text), path=f"report {number}", text=text, title=title,
        source=f"outlet {number}",
    )  # fmt: skip


def _articles(*pairs: tuple[str, str]) -> list[Article]:
    return [_article(i, t, x) for i, (t, x) in enumerate(pairs)]


def _partition(articles: list[Article], options: ClusterOptions | None = None) -> set[frozenset]:
    return {frozenset(s.articles) for s in cluster(articles, options, vectors={})}


def test_a_teammate_s_injury_stays_apart_from_a_longer_story() -> None:
    """Three reports of Brandt's injury, then two of Kolar's that recall Brandt: the first
    of Kolar's headlines a person whom the story's headlines do not name, and pays for it
    although the story is no longer a single report."""
    articles = _articles(*BRANDT, *KOLAR)
    brandt = frozenset(a.id for a in articles[:3])
    kolar = frozenset(a.id for a in articles[3:])
    assert _partition(articles) == {brandt, kolar}
    # Without the headline's person the club, the list and the recalled name join them.
    assert len(_partition(articles, ClusterOptions(headline_person_conflict=0.0))) == 1


def test_a_report_naming_both_players_does_not_bridge_their_stories() -> None:
    """One report of each injury, then a report headlining both: it may join either, but
    the two stories, each headlining its own player, stay apart."""
    articles = _articles(BRANDT[0], KOLAR[0], BOTH)
    stories = cluster(articles, vectors={})
    story_of = {a: s.id for s in stories for a in s.articles}
    assert story_of[articles[0].id] != story_of[articles[1].id]
    # When no headline's people count as its story's, the report joins them all.
    assert len(cluster(articles, ClusterOptions(headline_person_share=2.0), vectors={})) == 1


def test_more_reports_of_one_player_still_join() -> None:
    articles = _articles(*BRANDT)
    assert _partition(articles) == {frozenset(a.id for a in articles)}


def test_a_group_s_name_is_no_headline_person() -> None:
    """The tagger may take a team for a person; the body writing it after "the" says it is
    a group (the two teams of one match are not two people's events)."""
    title = "Herons beat Kelby Rovers"
    text = (
        "The Herons beat the Rovers 2-1 at home. Winger Tomas Vell scored twice for the "
        "Herons, and Vell was named player of the match."
    )
    article = Article(id="a", path="p", text=text, title=title)
    start = text.index("Herons")
    article.mentions = [Mention("a", start, start + 6, "Herons", "PERSON", entity="e:herons")]
    assert headline_persons(article, {"e:herons": "herons"}) == frozenset()
    vell = Article(id="b", path="p", text=text, title="Vell double lifts Herons")
    assert headline_persons(vell, {}) == frozenset({"vell"})


def test_a_filing_line_is_no_headline() -> None:
    assert is_dateline("Jan 05 , 2011")
    assert is_dateline("Posted at 4 : 47 PM ET , 03 / 14 / 2012")
    assert is_dateline("Thursday , 14 March 2012")
    assert not is_dateline("Herons put Brandt on injured list")
    assert not is_dateline("05 / 01 / 2011 - Herons put Brandt on injured list")
    assert not is_dateline("Monday")  # no date without a number


def _token_file(path: Path, sentences: list[str]) -> Path:
    tokens = "".join(
        f'<token sentence="{n}">{word}</token>'
        for n, sentence in enumerate(sentences)
        for word in sentence.split()
    )
    path.write_text(f"<Document>{tokens}</Document>", encoding="utf-8")
    return path


def test_the_reader_takes_the_sentence_after_a_filing_line_for_the_headline(
    tmp_path: Path,
) -> None:
    sentences = [
        "http : //www.example.org/herons",
        "Jan 05 , 2011",
        "Herons put Kolar on injured list",
        "The Harlow Herons placed defender Emil Kolar on the injured list .",
        "Kolar broke his ankle .",
    ]
    doc = read_document(_token_file(tmp_path / "7_3ecbplus.xml", sentences))
    assert doc is not None
    assert doc.article.title == "Herons put Kolar on injured list"
    # The filing line opens the first paragraph, as a wire report's dateline does.
    assert doc.article.text.split("\n\n") == [
        "Jan 05 , 2011 The Harlow Herons placed defender Emil Kolar on the injured list .",
        "Kolar broke his ankle .",
    ]
    plain = read_document(_token_file(tmp_path / "7_4ecb.xml", sentences[2:]))
    assert plain is not None and plain.article.title == "Herons put Kolar on injured list"
