"""Word lists for quotes and attribution: cue verbs by the complement they take, pronouns.

Lemmas as spaCy's English pipeline gives them. Data, not code: extend the lists, not the rules.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs of saying and writing: their clause complement, or an adjacent quotation, is what was
# said ("X said (that) ...", "... ," X said", "X told reporters: “...”"). Some lemmas are
# spelled as the tagger gives them for the past tense ("texted" → "texte").
SPEECH = _words(
    """
    say tell add note claim argue assert insist state explain warn declare announce
    acknowledge admit confirm deny write tweet post report reply respond answer ask recall
    remark observe contend maintain stress emphasize emphasise predict promise vow pledge
    concede complain lament joke quip boast brag allege charge testify reveal disclose
    mention repeat reiterate continue conclude urge caution counter retort shout yell scream
    chant sing whisper muse wonder speculate estimate forecast hint imply concur agree
    recount tout propose recommend assure reassure inform remind exclaim proclaim affirm
    swear text email blog suggest indicate signal underscore underline highlight point
    specify clarify opine theorize theorise reason plead beg demand cry fret gush marvel
    scoff sneer snap grumble chide thunder rage rant preach tease admonish
    bark growl mutter murmur sigh chuckle beam jeer taunt heckle hiss snarl bellow holler
    groan moan whine gripe fume interject rebut relay convey paraphrase summarize summarise
    confide confess inquire enquire query reaffirm posit elaborate utter
    grouse propound insinuate
    texte
    """
)

# Verbs of thinking and knowing: a clause complement makes them attributions of belief.
COGNITION = _words(
    """
    think believe feel know expect hope fear worry suspect doubt assume reckon suppose
    understand realize realise recognize recognise learn find figure decide imagine wish
    trust bet guess consider acknowledge sense gather judge see remember envision fathom
    rule read hop want question contemplate foresee perceive calculate mull
    """
)

# Verbs whose subject is often a document or measurement ("the poll shows", "a study found").
EVIDENCE = _words("show find indicate suggest reveal report estimate predict")

# Verbs of intention and directive speech: the infinitive complement is the content
# ("X vowed to ...", "X urged Congress to ...", "X looks to build on ...").
INTENTION = _words(
    """
    want plan intend hope vow promise pledge refuse decline agree offer seek aim propose
    urge ask press encourage demand insist call beg implore warn order instruct
    expect prefer wish swear resolve decide threaten push hop tell remind challenge like
    love look persuade claim opt
    """
)

# Verbs whose object is what was said or stood for ("X criticized the deal",
# "X called for a ceasefire", "X described the plan as a disgrace"); "lambast" and
# "retweete" are the tagger's lemmas of "lambasted" and "retweeted".
OBJECT = _words(
    """
    criticize criticise attack praise blast slam condemn denounce defend support endorse
    oppose reject back cite discuss mention describe question accuse blame thank welcome
    applaud dismiss deny acknowledge announce propose promise stress emphasize
    highlight tout decry lament champion mock ridicule challenge dispute contest liken label
    brand call urge demand request recommend predict reveal disclose confirm tweet retweet
    address repeat reiterate echo express voice hail laud commend chastise rebuke scold
    berate lambaste fault knock trumpet downplay rule favor favour accept invoke portray
    approve quote deride share issue want seek compare list promote publish advocate
    threaten push release identify name nominate embrace view congratulate bemoan
    articulate disavow interpret deem protest cheer coin resist ignore reference recite love
    like hate dislike regret appreciate admire respect distrust regard credit hammer dub
    sign broadcast assail outline characterize characterise contradict detail rebuff
    herald disregard reaffirm repudiate relish savage lecture reprimand contrast
    rip attribute prohibit foreshadow document revile extol excoriate castigate belittle propound
    lambast retweete extoll poohe
    """
)

# Verbs of feeling whose object (or passive subject) feels and whose subject (or agent) is the
# cause: "the remark angered Democrats", "Democrats were dismayed by the vote" (feeling_verbs).
FEELING = _words(
    """
    anger alarm thrill startle infuriate exasperate dismay intrigue frustrate upset outrage
    disturb trouble surprise shock delight offend scare frighten unnerve rattle irk annoy
    disappoint horrify appall appal stun baffle puzzle enrage impress worry anguish
    """
)

# Nouns of saying and stance: "Keller's claim that ...", "her call for ...", "his attack on ...".
NOMINAL = _words(
    """
    claim remark comment argument warning promise pledge plan call decision belief assertion
    suggestion accusation allegation criticism praise endorsement insistence demand attack
    vow threat admission announcement assessment prediction estimate contention concern fear
    hope complaint denial defense defence message pitch reaction stance vision request
    recommendation description characterization assurance rejection appeal plea explanation
    testimony observation answer question reply charge theory understanding refusal
    rhetoric statement declaration commitment proposal support opposition
    view position slogan
    disapproval approval dislike distrust mistrust skepticism scepticism admiration contempt
    disdain objection interpretation portrayal critique condemnation denunciation advocacy
    hostility preference desire wish intention determination willingness reluctance embrace
    """
)
NOMINAL_PREPS = _words("of on for against about to over with")
# What a speech verb is about, when no list below names its preposition ("mused about X").
ABOUT_PREPS = _words("about on upon against over of")

# Adjectives of stance after a linking verb: "X is confident that ...", "X was critical of Y".
ATTITUDE = _words(
    """
    clear critical worried willing unwilling quick glad certain vocal aware eager surprised
    upset shocked skeptical sceptical inclined sure unsure pleased keen wary outraged
    convinced confident optimistic pessimistic satisfied careful correct wrong right
    interested scared afraid concerned happy unhappy angry furious proud hopeful adamant
    supportive opposed reluctant determined sympathetic unapologetic passionate fervent
    frustrated disappointed thrilled excited nervous anxious fearful doubtful dismissive
    ready divided fond impressed unimpressed uncomfortable comfortable shy honest unanimous
    unified open enthusiastic cautious split silent insistent candid
    mistrustful distrustful appreciative mum measured bent intent favorable favourable hostile
    bullish bearish leery suspicious resistant receptive ambivalent noncommittal hesitant loath
    grateful thankful apprehensive emphatic explicit quiet outspoken upbeat
    """
)
# "kept quiet about X", "stayed silent on Y", "grew skeptical of Z": these link a stance too.
LINKING_VERBS = _words("be seem appear become remain sound look feel keep stay grow")

# Verbs whose bare object is seldom a stance ("found a way", "knows the area", "maintained a
# lead", "read the room", "continued the search", "added a week", "assumed the post").
CLAUSE_ONLY = _words(
    "find know decide learn figure judge sense gather realize feel maintain read put continue"
    " add assume worry"
)

# Speech verbs whose direct object is the person addressed ("told reporters"), never content.
ADDRESSEE_OBJECT = _words("tell inform remind assure reassure notify brief")
# Verbs of asking: their object is the person asked unless a question follows it ("asked
# the mayor whether ..."), and that embedded question is what was asked.
QUESTION_VERBS = _words("ask inquire enquire query")
# Common nouns for the people a question is put to ("asked reporters", "asked the crowd").
ADDRESSEE_NOUNS = _words(
    """
    reporter journalist audience crowd voter supporter student worker people person member
    official lawmaker senator candidate host moderator interviewer panel committee listener
    viewer reader follower fan resident attendee delegate man woman
    """
)
# What one tells rather than whom: "told the story of X", "told a joke about Y".
TOLD_NOUNS = _words("story stories tale anecdote joke truth lie")

# Prepositions that carry the content after an object verb ("blamed X on Y", "X as Y").
OBJECT_PREPS = _words("as for on of to about against")
# Verbs whose object is a stance only with what it is cast as ("cast the vote as a betrayal",
# "framed the race as a referendum"; not "cast a ballot", "framed a picture").
AS_ONLY = _words("cast frame pitch paint position bill depict")

# Verb + particle or preposition whose object is the content ("called for", "pointed to").
PHRASAL = {
    "call": {"for", "on"},
    "press": {"for"},
    "push": {"for", "on", "against"},  # "pushed back on the claims"
    "apologize": {"for"},
    "apologise": {"for"},
    "advocate": {"for"},
    "argue": {"for", "against"},
    "comment": {"on"},
    "weigh": {"in", "on"},
    "speak": {"about", "of", "on", "out", "against"},
    "talk": {"about", "up", "of"},
    "complain": {"about", "of"},
    "warn": {"of", "about", "against"},
    "point": {"to", "out"},
    "respond": {"to"},
    "react": {"to"},
    "rail": {"against", "at"},
    "bristle": {"at"},
    "rip": {"into"},
    "lash": {"out"},
    "hit": {"back", "out"},
    "boast": {"about", "of"},
    "brag": {"about"},
    "insist": {"on"},
    "testify": {"about"},
    "write": {"about", "of"},
    "worry": {"about"},
    "ask": {"for", "about"},
    "vote": {"for", "against"},
    "campaign": {"for", "against", "on"},
    "lobby": {"for", "against"},
    "refer": {"to"},
    "focus": {"on"},
    "side": {"with", "against"},
    "spell": {"out"},
    "go": {"after"},
    "dwell": {"on"},
    "lean": {"toward", "towards"},
    "balk": {"at"},
    "opt": {"for"},
    "disagree": {"with"},
    "agree": {"with", "on", "to"},
    "concur": {"with"},
    "caution": {"against", "about"},
    "plead": {"for"},
    "hint": {"at"},
    "allude": {"to"},
    "object": {"to"},
    "believe": {"in"},
    "lay": {"out"},
    "stake": {"out"},
    "single": {"out"},
    "distance": {"from"},
    "sound": {"off"},
    "look": {"for"},
    "vouch": {"for"},
    "brush": {"off", "aside"},
    "shrug": {"off"},
    "acquiesce": {"to"},
    "double": {"down"},  # "doubled down on her remarks"
    "touch": {"on"},  # "touched on the deficit"
    "spar": {"over"},  # "sparred over immigration"
    "hope": {"for"},
    "hop": {"for"},  # the tagger's lemma of "hoping"
}
# Verbs that speak only with their particle: "Varga shot back", "she chimed in".
SPEECH_PARTICLES = {"shoot": "back", "fire": "back", "hit": "back", "chime": "in"}

# Pro-forms that stand for what was said: "half said so", "the candidate said no".
PRO_FORMS = _words("so yes no")
# Verbs of saying that may open a sentence before their speaker: "Said Berg: “...”"
INVERTED_SAYING = _words("said says added adds wrote writes explained")

# Documents that hold what they report: "In a CBS poll, she led ..." makes the poll the source.
DOCUMENTS = _words("poll polls survey surveys average averages")

# Phrasal prepositions introducing a source: "according to X, ...".
ACCORDING = ("according to", "as reported by", "in the words of")

# Nouns that make "X's <noun> said" speak for X; the intermediary stays in speaker_text.
INTERMEDIARIES = _words(
    """
    office spokesman spokeswoman spokesperson spokespeople aide aides campaign team staff
    representative representatives lawyer lawyers attorney attorneys press secretary
    ministry department administration government camp adviser advisers advisor advisors
    """
)

# Third-person pronouns a speaker may be named by, with the gender they imply.
PRONOUN_GENDER = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "they": "p",
    "them": "p",
    "it": "n",
    "we": "p",
}
# Role nouns general enough to stand for whoever holds an office ("the German leader").
LEADER_NOUNS = _words("leader official politician lawmaker head envoy diplomat")

RELATIVE_PRONOUNS = _words("who which that whom")

# Honorifics and common given names that decide a person's gender when the text says no more.
FEMALE_TITLES = _words("mrs mrs. ms ms. miss madam madame lady queen")
MALE_TITLES = _words("mr mr. sir lord king")
FEMALE_NAMES = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel catherine carolyn
    janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina
    lauren joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann
    sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber
    doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori hillary nicola ursula marine kamala sonia melania ivanka chelsea huma
    kellyanne hope condoleezza madeleine michele jill tulsi nikki elena loretta sheryl
    marcia claire jacinda sanna giorgia kaja ana annalena
    """
)
MALE_NAMES = _words(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory frank alexander raymond patrick jack dennis jerry
    tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny barack bernie mike ted marco jeb
    chris rand ben tim mitch newt rudy reince corey jared bill al vladimir xi emmanuel olaf
    boris rishi keir narendra recep volodymyr sergei moon shinzo fumio tony gordon nicolas
    jens antonio mohammed ali dan tom sam nick steve
    """
)

# A light verb whose object is a noun of saying or stance: the phrase is the cue and what the
# noun is about the content ("made the case for X", "took issue with X", "has doubts about X").
_SAYING_NOUNS = """
    case claim statement comment remark argument call pitch plea appeal promise pledge mention
    apology allegation accusation point prediction reference joke threat vow observation
    charge attack speech address announcement declaration assertion complaint criticism
    warning admission denial confession
    """
_HELD_NOUNS = "view opinion concern doubt reservation question faith confidence respect"
LIGHT_VERB_NOUNS: dict[str, frozenset[str]] = {
    "make": _words(_SAYING_NOUNS),
    "give": _words(_SAYING_NOUNS + " endorsement support praise assessment assurance"),
    "deliver": _words(_SAYING_NOUNS + " message rebuke verdict"),
    "take": _words("issue stance position swipe shot aim credit exception offense umbrage line"),
    "have": _words(_HELD_NOUNS + " word message"),
    "hold": _words("view opinion belief position"),
    "raise": _words("concern doubt question objection alarm"),
    "level": _words("criticism accusation charge allegation attack"),
    "lodge": _words("complaint objection protest"),
    "launch": _words("attack broadside assault campaign"),
    "cast": _words("doubt aspersion"),
    "throw": _words("support weight"),
    "lend": _words("support voice"),
}
LIGHT_VERBS = frozenset(LIGHT_VERB_NOUNS)

# Verbs of appearance: the impression they report has no named holder ("The plan seems to work").
# ("look" is left out: "they looked like fighters" describes a look, seldom an impression;
# "looks to win" is an intention, in INTENTION.)
APPEARANCE = _words("seem appear sound")

# Nouns for what someone says or holds, as the subject of "be": "Berg's answer was that ...".
STATEMENT_NOUNS = NOMINAL | _words(
    "slogan phrase mantra motto refrain line argument point priority message answer response"
)

# Entity types that can be a speaker: a person, an organisation, a country or its people.
SPEAKER_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP"])
