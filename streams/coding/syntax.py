"""Who did what to whom, read from a sentence's dependency parse.

The lexical pass finds where a verb pattern matched and which tokens name actors; this
module decides which of those actors is the source and which the target, from
grammatical relations instead of word order:

- the source is the subject of the pattern's verb; a verb without one takes it from
  the clause it depends on ("agreed to meet": the subject of "agreed"; "urged Iran to
  meet": the object of "urged"; "X, Iran's minister, called": the noun it describes);
- a passive swaps the roles: the `by` phrase acts, the subject undergoes;
- the target is the direct object, else the object of a preposition that is not a
  place ("called on X", "met with X", "sanctions on X"); prepositional phrases of
  place ("in Geneva", "off the coast of X", "outside the Y embassy") are never read
  for actors;
- a compound phrase ("A and B") stands for each of its members;
- the speaker of a reporting verb ("..., a Z spokesman said") is the source only
  when the clause itself names no acting actor.

Everything here is pure: a parse (tree.py) and the lexical mentions in, mentions out.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from streams.coding.actors import (
    AGREEMENT_NOUNS,
    BORDERS,
    CALLING,
    CAPTIVES,
    JUDGING_AS,
    MOVES,
    NAME_WORD,
    SENDING,
    STRIKE_NOUNS,
    Mention,
)
from streams.coding.dates import MONTHS, WEEKDAYS
from streams.coding.tokens import Token, lemmas_of
from streams.coding.tree import Parse, Span, Word

PLACE_PREPOSITIONS = frozenset(
    {"in", "near", "inside", "outside", "across", "throughout", "around", "within", "off"}
)
LOCATIVE = PLACE_PREPOSITIONS | {"at"}
"""Prepositions that may name a place: "at" names one unless the verb aims ("fired at")."""
MISSIONS = frozenset({"embassy", "embassies", "consulate", "consulates"})
"""A place that stands for its owner: a rally outside the Y embassy is aimed at Y."""
AT_TARGET_VERBS = frozenset(
    {"fire", "shoot", "aim", "direct", "hurl", "throw", "point", "lash", "strike", "jab", "launch"}
)
"""After these, "at" names whom the act is aimed at; elsewhere "at" names a place."""
TARGET_PREPOSITIONS = (
    "on",
    "upon",
    "with",
    "to",
    "against",
    "at",
    "toward",
    "towards",
    "into",
    "for",
    "from",
    "of",
    "between",
    "among",
    "over",
    "about",
    "by",
)
"""In order of preference when several prepositional objects name actors ("about" only
after a feeling, see _names_target); the parties "between" names before the dispute
"over" names ("offered to mediate between Iran and the EU over Tehran's nuclear
programme")."""
NOUN_LINKS = frozenset(
    {"dobj", "attr", "acomp", "oprd", "pobj", "prep", "compound", "amod", "nmod"}
)
"""A noun or adjective pattern ("condolences", "optimistic") takes its actors from the
verb these relations lead up to ("expressed condolences", "was optimistic")."""
CORE_DEPENDENTS = frozenset(
    {"compound", "amod", "poss", "det", "nmod", "nummod", "case", "quantmod", "flat"}
)
REPORTING_VERBS = frozenset(
    {"say", "tell", "state", "announce", "add", "report", "quote", "write", "tweet"}
)
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
QUOTES = frozenset({'"', "'", "\u2019", "\u2018", "\u201c", "\u201d", "``", "''"})
"""Quotation marks, straight or curly, as the tokenizer and the parse write them."""


BACKGROUND_MARKERS = frozenset(
    {"since", "after", "when", "before", "until", "because", "as", "amid", "amidst"}
    | {"unless", "if"}
)
"""Subordinate clauses opened by these tell what led up to the reported act, the
circumstances it happened in ("amid a dispute with Ethiopia"), or a condition that has
not happened ("unless Addis Ababa scraps its deal")."""


@dataclass(frozen=True)
class Roles:
    sources: list[Mention]
    targets: list[Mention]
    passive: bool
    source_named: bool
    """The clause names who acts (a noun, not a pronoun), whether or not it is an actor
    the dictionaries know: then nothing else may stand in for the source."""
    clause: tuple[int, int]
    """Character span of the verb's clause: an actor outside it (the speaker of a
    reporting verb, another clause's subject) is not this act's target."""
    intended: bool
    """The act is announced, not done: "will meet", "agreed to talk", "plans to visit"."""
    unknown_source: tuple[int, int] | None = None
    unknown_target: tuple[int, int] | None = None
    """Character spans of a personal name the dictionaries do not know, in the subject or
    object position ("police arrested Rached Ghannouchi")."""


def mend(doc: Parse) -> Parse:
    """Repair misparses of the small model.
    - It hangs a finite verb on a non-finite one inside another clause ("accused Baku
      of trying to drag his country into a war and called on Russian peacekeepers to
      act": "called" is the accuser's second act, not part of the accusation).
      Coordinated verbs share their form, so a past-tense verb joined to an infinitive
      or a gerund that has no subject or auxiliary of its own goes to the nearest
      finite verb above it. Likewise a past-tense verb joined to a passive that a verb
      of saying reports ("said the plane was shot down by Russian air defences, and
      demanded that Moscow admit guilt"), or to a judgement of an act it reports ("said
      the strike was an act of aggression and suspended an agreement"), is the
      speaker's; so is an appeal joined to a pluperfect the verb reports ("said Israel
      had accepted the proposal and called on Hamas to do the same").
    - It joins the speakers of a closing speech frame to the last noun before them
      ("... to allow international inspections, Britain and the United States said"):
      a reporting verb with no subject takes the conjoined names right before it, after
      a comma, as its subject.
    - It reads a subject's past-tense verb as an adjective of the noun after it
      ("Starmer hosted European leaders in London and pledged ...", as if "hosted"
      said which leaders pledged): that verb takes back the clause, the noun as its
      object and the later verb as its conjunct.
    - It reads a second past-tense verb after "and" as an adjective of its object, and
      joins the object to the first verb ("withdrew from the deal and reimposed
      sanctions", as if "reimposed sanctions" were withdrawn too): the word becomes the
      first verb's conjunct, the noun its object; with a name between "and" and the
      verb ("..., and Trump accused Zelenskiy of prolonging the war", as if "Trump
      accused" named Zelenskiy), the name is the verb's subject.
    - It hangs the doer and the target of an act someone reports on the reporting verb
      ("residents reported air strikes by the army on paramilitary positions", as if
      the army reported them): after the act noun, "by", "on" and "against" are the
      noun's; a gerund with a "by" of its own ("reported shelling by Russian forces")
      is the reported act's noun, not the reporters' doing.
    - It hangs "in talks with X" on the last noun of a long object ("reaffirmed its
      support for the Palestinians' right to a state in talks with Blinken", as if the
      state held talks): a meeting with a partner, "in" or "during" it, is a
      circumstance of the nearest verb above.
    - It reads the object of a judgement put first ("condemned as unacceptable the
      Israeli raid", "rejected as baseless allegations by Washington") as the object of
      "as": the noun becomes the judging verb's object, so its owner is the target.
    - It reads a gerund of force after a preposition's object as a verb ("killed in
      Israeli shelling", "in Israeli tank shelling", as if the Israelis were killed while
      shelling): with no subject or object of its own, the gerund is the preposition's
      object and the word before it its modifier.
    - It reads a participle after a comma as an adjective of its object ("invaded Ukraine
      on Thursday, launching missile strikes on cities", as if strikes that launch): the
      participle is a clause of the verb before, the noun its object.
    - It joins a participle to the infinitive of a participle before it ("calling up
      300,000 reservists to fight in Ukraine and warning the West that ...", as if the
      reservists would warn): verbs joined share their form, so the second participle
      is the first's conjunct.
    - It joins a participle after a comma to a participle describing a noun ("fired at
      protesters disputing the results, killing at least 30 people", as if the
      protesters killed): it is a clause of the verb the described noun belongs to.
    - It hangs a participle of harm after a comma on a relative clause about those fired
      on ("opened fire on protesters who stormed parliament ..., killing several
      people", as if the protesters killed): the participle is the firing verb's.
    - It hangs a judging participle (or one of demanding, urging, accusing, warning)
      after a comma on the clause a verb of saying reports ("said North Korea had sent
      balloons carrying trash, calling it a low-grade act", as if the North called it
      so), or on the clause before a speech frame ("boarded Philippine boats, the
      Philippine military said, calling it an act of piracy"; "..., Hanoi said,
      demanding that Beijing respect its sovereignty"): the speaker judges.
    - It hangs a participle after a comma on a passive complement ("would not allow
      the country to be pressured into accepting migrants, rejecting a new EU plan", as
      if the country rejected it while pressured): the participle is the clause's
      above, whose subject acts.
    - It joins a clause after ", and" to a time clause before it ("voted to remove
      Castillo hours after he tried to dissolve Congress, and police detained him", as
      if the arrest came before the vote): a past-tense verb with a subject of its own
      is the main verb's conjunct.
    - It reads the subject of a clause summing up the act ("..., a move Kyiv and the West
      condemned as illegal") as an apposition of the act noun and the verb as a
      participle: the names become the subject of the clause, which tells an act.
    - It reads "..., a move Russia warned would have serious consequences" as "a move"
      doing what follows, joined to the sentence's verb: what Russia warned becomes
      its clause, and the move sums up the act told before it.
    - It reads "air strikes in Paktika that it said had killed 46 people" as a clause
      "that it said", with "killed" lacking a subject: the relative clause becomes
      "killed", its subject "that" (the strikes), and "it said" a remark inside it.
    - It joins a subject to the day before it ("Hamas released hostages on Sunday and
      Israel freed prisoners", as if "Sunday and Israel"): the name becomes the subject
      of the verb after it.
    - It reads "Ukraine accused Russia of ..., a charge Moscow denies" or "Ethiopia
      signed a memorandum ..., a deal Somalia called an act of aggression" as the
      second clause's verb taking the first as its complement: the first becomes the
      sentence's verb again, the charge or act noun sums it up and the second verb is
      that noun's relative clause.
    - It hangs what a verb did on the "called" of "launched what it called limited
      ground raids into Lebanon" (or of "strikes on what it called terrorist
      infrastructure in Pakistan"): the noun named becomes the verb's object (the
      preposition's), with the phrases after it, and the "called" clause its
      description.
    - It reads a hyphenated participle after "had" as an adjective of the object ("the
      air force had air-dropped urgent medical aid", as if "had" were the verb): the
      participle becomes the verb, "had" its auxiliary.
    - It reads a participle describing the subject as the main verb and the real verb,
      a passive, as its conjunct ("The civilians imprisoned for acting against Moscow
      were released by Putin", as if the civilians imprisoned): with no "and" or comma
      between them, the passive becomes the sentence's verb, the subject its passive
      subject and the participle that subject's description; so when the passive is
      read as a complement of the participle, or reads it as its clausal subject
      ("Two Americans held hostage by Hamas were freed", "women held hostage in Gaza
      would be freed", as if the Americans held Hamas): a noun right after the
      participle is its object.
    - It reads a participle describing the noun before it as a past tense ("women held
      hostage in Gaza", as if the women held someone): after its noun, with no subject
      of its own, it is a participle.
    - It reads the verb of a sentence with a long subject as a participle describing
      the subject's last noun ("The United States and more than 20 other countries
      expelled over 100 Russian diplomats", as if countries that were expelled): in a
      sentence whose root is a noun, a participle of that noun (or of its conjunct)
      with a direct object and no auxiliary is the verb, the root noun its subject; so
      is a verb with a noun and an adjective both read as its predicates
      ("Denmark's prime minister called Trump's idea absurd", as if the minister who
      called): the noun becomes its object.
    - It reads the object of a reported verb as a second subject of the closing speech
      frame ("A U.S. drone strike in Kabul killed al Qaeda leader Ayman al-Zawahiri,
      President Joe Biden said", as if al-Zawahiri said it too): a name right after a
      reported past-tense verb with no object, when the frame has its own speaker
      after it, is that verb's object.
    - It reads the subject of a reported verb as a second subject of the closing speech
      frame and the verb as its participle ("Israeli air strikes killed at least 30
      people ..., Palestinian health officials said", as if the strikes said it): a
      participle with an object and no auxiliary, describing a subject of the frame
      whose own speaker follows, is the reported verb, the noun its subject.
    - It hangs the infinitive after a gerund on the verb above ("accused Russia of
      planning to blow up the dam", as if the accusing were done to blow it up): the
      infinitive is the gerund's complement.
    - It reads "President Donald Trump and Ukraine's Volodymyr Zelenskiy" as one man
      owned by Trump and Ukraine: where the "'s" follows the second name and a first
      name follows it, the two people are joined and the country owns the second.
    - It reads a sentence-opening name as the root and the verb after it as an
      adjective of the object ("Trump imposed sanctions on ..."): see
      _mend_name_read_as_adjective.
    - It reads the verb of a first clause as a participle describing its subject, and
      the subject of the second clause as the first's conjunct ("Thousands of migrants
      massed at the border, and Warsaw accused Minsk ...", as if the migrants and Warsaw
      accused): the participle is a verb of its own, with the first subject, and the
      name after ", and" is the later verb's subject.
    - It reads an opening name and its past-tense verb as modifiers of the object, and
      the object as a second subject of the later clause's verb ("Trump suspended
      travel from Europe ..., and EU leaders criticised the decision"): see
      _mend_name_modifying_subject.
    - It hangs "of" after a day on the day ('"This is a cowardly attack," the ministry
      said on Tuesday of an Israeli strike'): after a verb of saying, what is said "of"
      is the verb's.
    - It hangs a participle after the reporter of a statement ("soldiers opened fire,
      Amnesty said, killing 12") on the reporter's "said": the statement's act goes on.
    - It hangs a participle of drawing a reaction that ends a claim ("suggested that
      the U.S. military had brought the virus to Wuhan, drawing a rebuke from
      Washington") on the verb of claiming: the claim drew it.
    - It reads a sentence's verb as an adjective of its object and the object as
      the subject's apposition ("Police in Tbilisi | fired water cannon ...", as if
      the police were fired water cannon): the verb takes back the clause, the
      subject and the object.
    - It reads the second of two places and a participle of links as a clause of its
      own ("struck targets in Iraq and Syria linked to Iran's Revolutionary Guards", as
      if Syria linked to them): the place joins the first, the participle describes the
      noun they place, and what it links to keeps its conjuncts.
    - It hangs the infinitive of "would have no choice but to attack" on "but" (or joins
      it to "have" as another verb): the infinitive becomes the complement of "have",
      what its subject would be driven to do.
    - It hangs a clause after a closing quotation mark on the quotation's last verb
      ('X said: "The operation has concluded," after Tehran launched drones at Israel'):
      the clause is the verb of saying's, outside the quoted words.
    - It hangs the `by` of a passive whose subject received something on the thing
      received ("Ukraine was promised a $50 billion loan by the G7", as if the loan
      were the G7's): a `by` naming someone (a proper name, not a month or a day) goes
      to the verb as its agent.
    - It misreads what a verb of naming calls something ("called the U.S. move a
      provocation", "the EU ban an act of economic war", "the North Korean launch a
      grave provocation", "Russia's decision blackmail", "a move the European
      Commission called blackmail"): see _mend_called_objects.
    - It reads the act noun summing up a clause as a modifier of the judge's noun and
      the judging verb as that noun's participle ("..., a move pro-democracy activists
      condemned", as if the activists were condemned): see _mend_act_modifying_judge.
    - It leaves the first of two joined prepositions without the object they share
      ("halted flights to and from Russia", "all exports to and imports from Israel",
      the first "to" hung on the verb): see _mend_shared_objects.
    - It hangs what is told on "visiting" ("told visiting U.S. Secretary of State
      Antony Blinken on Sunday that Israel's response ...", as if the visit said it): a
      clause under "visiting" read as a verb after a verb of telling is the telling's.
    - It reads "visiting" after "with" as a verb whose object is the guest ("met with
      visiting Greek Prime Minister Kyriakos Mitsotakis"): see _mend_visiting_guest.
    - It hangs "in" + an -ing on the last of those a subject joined ("joined the United
      States and European countries in expelling ..."): see _mend_joined_in.
    - It hangs an -ing after "despite X" on the clause's verb ("despite the court
      rejecting La Paz's claim", as if the clause's subject rejected it): see
      _mend_gerund_subjects.
    - It reads a noun summing up what was said as the root verb (", remarks Paris
      called unacceptable"): see _mend_summary_read_as_verb.
    - It reads the judges of a claim summed up after a comma as the claim's apposition
      (", an accusation Rabat called unjustified"): see _mend_summary_judged_by_apposed.
    - It reads a headline's present-tense verb as a modifier of the noun after it ("North
      Korea fires ballistic missile over Japan"): see _mend_verb_modifying_root_noun.
    - It hangs what a concern is about on the verb that expressed it ("expressed concern
      on Thursday over the escalation of fighting in Yemen", as if the speaker fought):
      see _mend_concern_over.
    - It reads the object of a first clause as a subject of the second ("A U.S. air
      strike killed Qassem Soleimani, and Iran's supreme leader vowed revenge", as if
      Soleimani vowed and the killing were what was vowed): see
      _mend_object_read_as_subject.
    - It hangs a relative clause of speech on the thing a name closes ("doubling the
      alliance's border with Russia, which warned it would take countermeasures", as if
      the border warned): after ", which" or ", who" right behind a proper name inside
      a common noun's phrase, a verb only a speaker does is the name's clause.
    - It reads a first clause as what the verb after ", and" says ("Russia launched air
      strikes in Syria ..., and the United States said the strikes appeared to ...", as
      if the United States said Russia launched them): a past-tense verb with a subject
      of its own, hung as the clause of a later verb whose subject follows ", and", is
      the sentence's first clause, the later verb its conjunct.
    - It hangs the doer of an act noun on the verb before it ("condemned joint military
      drills by the United States and South Korea", as if North Korea condemned by
      them): an active verb has no agent, so a "by" naming someone right after the
      verb's object (or its preposition's) is that noun's.
    - It reads the purpose of a summons as a relative clause of the one summoned
      ("summoned a U.S. embassy official to protest against ...", as if the official
      would protest): the infinitive is the summoning verb's clause.
    - It reads "house" in "bases in Iraq that house U.S. troops" as a noun: see
      _mend_housing_relatives.
    - It reads a headline's "agree to ceasefire" as an infinitive: see
      _mend_truce_read_as_verb.
    - It reads a headline's present-tense verb as a plural noun modifying the object
      ("Biden hosts leaders of Japan ...", as if "hosts" named the leaders): see
      _mend_verb_read_as_compound; one with an object of its own ("US orders China to
      close Houston consulate"): see _mend_verb_with_object.
    - It reads a past-tense verb after a name as an adjective of the object it made the
      root ("Turkey hosted talks between ...", as if the talks were hosted ones): see
      _mend_verb_read_as_modifier. One inside a long name it ran on into the object
      ("Kenyan President William Ruto hosted Somalia's president", as if "hosted" were
      a name): see _mend_verb_read_as_name.
    - It reads "persona" of "declared X persona non grata" as a verb with X its subject
      when X is long: see _mend_persona_non_grata.
    - It reads a headline's second present-tense verb as the plural subject of the noun
      after it ("Biden visits Israel, pledges support", as if pledges supported): see
      _mend_verb_read_as_subject.
    - It hangs the "as" of a rejection and the verb after it inside the claim rejected
      ("dismissed accusations that Moscow planned to use a dirty bomb as nonsense and
      blamed the United States", as if Moscow blamed): see _mend_dismissed_as.
    - It reads "called Russia's attempt to annex the regions illegal" as a call on the
      attempt to annex, the adjective the infinitive's: see
      _mend_judgement_in_infinitive.
    - It reads a noun phrase after a comma as the verb's second object ("signed
      agreements to normalise relations with the UAE and Bahrain, the first Arab states
      to do so"): see _mend_second_object.
    - It hangs a harm after a comma on a verb of accusing rather than on the act
      charged ("accused Russia of striking a mall, killing 18 people"): see
      _mend_charged_harm.
    - It reads the subject of a second clause as the first verb's second object ("...
      exchanged fire on Friday, and the two countries' leaders, meeting at a summit,
      agreed to ..."): see _mend_subject_read_as_object.
    - It reads "military" after a possessive as an adjective, and the verb after it as a
      participle of that verb's object ("Myanmar's military seized power"): see
      _mend_military_read_as_adjective.
    - It reads "..., a ruling London said was politically motivated" with "ruling" as an
      adjective of the judges and their verb as the sentence's root: see
      _mend_act_read_as_judges_adjective.
    - It hangs a participle of accusing after the infinitive another side was told to do
      on that infinitive ("ordered Pakistan to cut its staff, accusing diplomats of
      espionage", as if Pakistan accused): see _mend_asked_one_accusing.
    - It reads a speech frame inside a sentence as a clause of the verb before, its
      speaker as an apposition of the last name, and the verb after ", and" as the
      first verb's conjunct ("arrested Huawei's finance chief at the request of the
      United States, China's embassy said, and demanded her release", as if Canada
      demanded it): see _mend_frame_read_as_clause. Conversely it joins a harm after a
      closing frame to the frame's verb ("shelled Kharkiv, Ukrainian officials said,
      and killed three civilians", as if the officials killed): see
      _mend_act_after_frame.
    - It reads a headline's present-tense verb right after the opening name as a plural
      noun ("Russia sanctions Biden, Blinken", as if "Russia sanctions" named Biden;
      "Trump recognises Jerusalem as Israel's capital", as if "Trump" were the verb;
      "Pelosi lands in Taiwan"), or as the subject of the headline's second verb
      ("Israel orders complete siege of Gaza, cuts off power and food"): see
      _mend_headline_verb_read_as_noun. It leaves the first of a headline's names joined
      by a comma ("Biden, Putin agree to return ambassadors") hanging apart: see
      _mend_headline_joined_names.
    - It joins a participle of drawing a reaction to a gerund inside what someone was
      charged with ("hanged three men convicted of killing police officers, drawing
      condemnation from Iran", as if the killing drew it): the participle is the
      finite verb's, whose act drew the reaction: see _mend_reaction_to_charge.
    - It joins a past-tense verb after ", and" to the passive of a background clause
      ("said its stations were hit by drones, a day after two Saudi tankers were
      sabotaged off the UAE coast, and blamed Houthi rebels", as if the tankers
      blamed): the verb is the first active verb's above, whose subject acts."""
    _mend_military_read_as_adjective(doc)
    _mend_subject_read_as_object(doc)
    _mend_second_object(doc)
    _mend_no_choice(doc)
    _mend_owned_pair(doc)
    _mend_agent_on_object(doc)
    _mend_clause_after_quotation(doc)
    _mend_conjoined_verbs(doc)
    _mend_speakers(doc)
    _mend_adjective_verbs(doc)
    _mend_conjoined_participles(doc)
    _mend_judged_objects(doc)
    _mend_reported_acts(doc)
    _mend_meeting_circumstances(doc)
    _mend_force_gerunds(doc)
    _mend_participle_adjectives(doc)
    _mend_participle_conjuncts(doc)
    _mend_participle_joined_to_infinitive(doc)
    _mend_harm_participles(doc)
    _mend_charged_harm(doc)
    _mend_reported_participles(doc)
    _mend_drawn_reactions(doc)
    _mend_judging_participles(doc)
    _mend_passive_participles(doc)
    _mend_clause_conjuncts(doc)
    _mend_summing_clauses(doc)
    _mend_act_modifying_judge(doc)
    _mend_act_read_as_judges_adjective(doc)
    _mend_asked_one_accusing(doc)
    _mend_said_of_move(doc)
    _mend_said_relatives(doc)
    _mend_subject_after_day(doc)
    _mend_subject_clause_read_as_participle(doc)
    _mend_said_on_day_of(doc)
    _mend_denied_tail(doc)
    _mend_so_called(doc)
    _mend_perfect_participles(doc)
    _mend_reduced_relatives(doc)
    _mend_past_describing_noun(doc)
    _mend_verbless_subjects(doc)
    _mend_verb_before_object(doc)
    _mend_object_before_frame(doc)
    _mend_subject_before_frame(doc)
    _mend_gerund_infinitives(doc)
    _mend_joined_owner(doc)
    _mend_name_read_as_adjective(doc)
    _mend_name_modifying_subject(doc)
    _mend_linked_places(doc)
    _mend_called_objects(doc)
    _mend_shared_objects(doc)
    _mend_told_visitor(doc)
    _mend_visiting_guest(doc)
    _mend_joined_in(doc)
    _mend_gerund_subjects(doc)
    _mend_summary_read_as_verb(doc)
    _mend_verb_modifying_root_noun(doc)
    _mend_summary_judged_by_apposed(doc)
    _mend_concern_over(doc)
    _mend_object_read_as_subject(doc)
    _mend_speaker_relatives(doc)
    _mend_clause_before_and(doc)
    _mend_by_after_object(doc)
    _mend_summoned_purpose(doc)
    _mend_housing_relatives(doc)
    _mend_truce_read_as_verb(doc)
    _mend_verb_read_as_compound(doc)
    _mend_verb_with_object(doc)
    _mend_verb_read_as_modifier(doc)
    _mend_verb_read_as_name(doc)
    _mend_persona_non_grata(doc)
    _mend_verb_read_as_subject(doc)
    _mend_dismissed_as(doc)
    _mend_judgement_in_infinitive(doc)
    _mend_frame_read_as_clause(doc)
    _mend_act_after_frame(doc)
    _mend_headline_verb_read_as_noun(doc)
    _mend_reaction_to_charge(doc)
    _mend_headline_joined_names(doc)
    _mend_act_after_background(doc)
    return doc


def _mend_frame_read_as_clause(doc: Parse) -> None:
    for said in doc:
        if (
            said.dep_ not in ("advcl", "parataxis")
            or said.tag_ != "VBD"
            or REPORTING_VERBS.isdisjoint(lemmas_of(said.lower_))
            or said.i < 3
        ):
            continue
        speaker = _subject_word(said) or _phrase_head(doc[said.i - 1])
        if speaker is None or speaker.dep_ not in ("appos", "nsubj") or not _after_comma(speaker):
            continue
        later = [
            c
            for c in said.head.children
            if c.dep_ == "conj" and c.i > said.i and c.tag_ == "VBD" and not _subject_word(c)
        ]
        if (
            not later
            or SPEAKERS_NEXT.isdisjoint(lemmas_of(later[0].lower_))
            or not any(
                c.dep_ == "cc" and c.lower_ == "and" and said.i < c.i < later[0].i
                for c in said.head.children
            )
        ):
            continue
        speaker.attach(said, "nsubj")
        said.attach(said.head, "parataxis")
        later[0].attach(said, "conj")


def _mend_headline_verb_read_as_noun(doc: Parse) -> None:
    """In a headline (no final stop) whose first clause has no verb, a lowercase plural
    right after the opening name is the verb in the present tense: the name its subject,
    and the name the parse hung the plural on (or the name's own objects) its object."""
    if len(doc) < 3 or not _headline(doc):
        return
    name, verb = doc[0], doc[1]
    if (
        verb.tag_ == "VBZ"
        and verb.dep_ == "nsubj"
        and name.head == verb
        and verb.head.i > 1
        and verb.head.tag_ in FINITE
    ):
        later = verb.head  # "Israel orders complete siege of Gaza, cuts off power", as if
        verb.attach(verb, "ROOT")  # the orders cut it off: two acts of Israel
        later.attach(verb, "conj")
        return
    if not (
        name.text[:1].isupper()
        and name.tag_ in ("NNP", "NNPS", "NN", "NNS")
        and verb.tag_ == "NNS"
        and verb.text.islower()
        and verb.text.endswith("s")
    ):
        return
    clause = []
    for word in doc:
        if word.text == ",":
            break
        clause.append(word)
    if any(w.tag_.startswith("VB") or w.tag_ == "MD" for w in clause):
        return
    if verb.dep_ == "compound" and name.head == verb and verb.head.tag_ in ("NNP", "NNPS"):
        named = verb.head  # "Russia sanctions Biden"
        verb.tag_ = "VBZ"
        _take_place_of(verb, named)
        named.attach(verb, "dobj")
        name.attach(verb, "nsubj")
    elif name.head == verb and name.dep_ == "nsubj":  # "Pelosi lands in Taiwan": a noun
        verb.tag_ = "VBZ"  # has no subject
        above = verb.head
        if above != verb:  # "Russia orders troops to Belarus border, cuts gas supplies",
            later = above.head if above.head != above else None  # as if the orders were
            verb.attach(verb, "ROOT")  # of troops who cut: the noun is the verb's object
            above.attach(verb, "dobj")  # and the later verb its conjunct
            if later is not None and later.tag_ in FINITE:
                later.attach(verb, "conj")
    elif verb.head == verb and name.head == verb:  # "Britain | sanctions | Putin, Lavrov"
        named = next((c for c in verb.children if c.i == verb.i + 1 and c.tag_ == "NNP"), None)
        if named is not None:
            verb.tag_ = "VBZ"
            named.attach(verb, "dobj")
            name.attach(verb, "nsubj")
    elif verb.dep_ == "dobj" and verb.head == name:  # "Trump recognises Jerusalem"
        verb.tag_ = "VBZ"
        _take_place_of(verb, name)
        for child in [c for c in name.children if c != verb]:
            child.attach(verb)
        name.attach(verb, "nsubj")


def _take_place_of(word: Word, other: Word) -> None:
    """Hang `word` where `other` hangs (the root if `other` is one)."""
    if other.head == other:
        word.attach(word, "ROOT")
    else:
        word.attach(other.head, other.dep_)


def _mend_headline_joined_names(doc: Parse) -> None:
    """In a headline, a name before a comma and the subject name after it ("Biden, Putin
    agree to ...") are one subject: the first is the subject, the second its conjunct."""
    if len(doc) < 4 or not _headline(doc):
        return
    first = _phrase_head(doc[0])
    if (
        first is None
        or not first.text[:1].isupper()
        or first.tag_ not in ("NNP", "NN", "JJ")
        or first.dep_ not in ("dep", "npadvmod", "nmod", "advcl")
        or any(c.dep_ in SUBJECT_LINKS for c in first.children)
    ):
        return
    comma = first.right_edge.i + 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return
    if not all(doc[k].text[:1].isupper() for k in range(comma)):
        return  # "Turkey to block Sweden's NATO bid ..., Erdogan says": a clause, no name
    second = _phrase_head(doc[comma + 1])
    if second is None or second.tag_ != "NNP" or second.dep_ != "nsubj":
        return
    verb = second.head
    if first.head != verb or verb.tag_ not in FINITE:
        return
    first.attach(verb, "nsubj")
    second.attach(first, "conj")


def _mend_reaction_to_charge(doc: Parse) -> None:
    for word in doc:
        if word.tag_ != "VBG" or word.i == 0 or doc[word.i - 1].text != ",":
            continue
        if DRAWING_VERBS.isdisjoint(lemmas_of(word.lower_)) or word.head.dep_ != "pcomp":
            continue
        reaction = next((c for c in word.children if c.dep_ == "dobj"), None)
        if reaction is None or REACTION_NOUNS.isdisjoint(lemmas_of(reaction.lower_)):
            continue
        verb = word.head
        while verb.head != verb and verb.tag_ not in FINITE:
            verb = verb.head
        if verb.tag_ in FINITE:
            word.attach(verb, "advcl")


def _mend_act_after_background(doc: Parse) -> None:
    for word in doc:
        passive = word.head
        if word.dep_ != "conj" or word.tag_ != "VBD" or _subject_word(word) is not None:
            continue
        if not (
            passive.tag_ == "VBN"
            and passive.dep_ == "advcl"
            and any(c.dep_ == "nsubjpass" for c in passive.children)
            and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in passive.children)
        ):
            continue
        actor = passive.head
        for _ in range(3):
            if any(c.dep_ == "nsubj" for c in actor.children) or actor.head == actor:
                break
            actor = actor.head
        if any(c.dep_ == "nsubj" for c in actor.children):
            word.attach(actor, "conj")


def _mend_act_after_frame(doc: Parse) -> None:
    for said in doc:
        if said.head != said or REPORTING_VERBS.isdisjoint(lemmas_of(said.lower_)):
            continue
        told = next((c for c in said.children if c.dep_ == "ccomp" and c.i < said.i), None)
        later = next((c for c in said.children if c.dep_ == "conj" and c.i > said.i), None)
        if (
            told is not None
            and later is not None
            and later.tag_ == "VBD"
            and _subject_word(later) is None
            and not (FORCE_VERBS | HARMING | DETAINING).isdisjoint(lemmas_of(later.lower_))
        ):
            later.attach(told, "conj")


DETAINING = frozenset({"arrest", "detain", "seize", "capture", "destroy"})


SPEAKERS_NEXT = frozenset(
    {"demand", "call", "urge", "condemn", "vow", "warn", "protest", "summon", "denounce"}
    | {"criticise", "criticize", "threaten", "ask", "appeal", "insist", "pledge", "promise"}
)
"""What the speaker of a frame inside a sentence goes on to do after ", and"."""


def _after_comma(word: Word) -> bool:
    """The word's phrase opens right after a comma."""
    first = word.left_edge.i
    return first > 0 and word.doc[first - 1].text == ","


def _mend_subject_read_as_object(doc: Parse) -> None:
    """An object right after the verb's "and", and a later verb joined to it with no
    subject ("exchanged fire ..., and the two countries' leaders, meeting at a summit,
    agreed to pull back"; "clashed on Monday, and the leaders ... agreed"): the object
    is that verb's subject, and what stands between them is its clause's."""
    for verb in doc:
        noun = next(
            (
                c
                for c in verb.children
                if c.dep_ == "dobj"
                and c.left_edge.i > 0
                and (joint := doc[c.left_edge.i - 1]).lower_ == "and"
                and joint.head == verb
            ),
            None,
        )
        if noun is None:
            continue
        later = next(
            (
                c
                for c in verb.children
                if c.dep_ in ("conj", "dep")
                and c.tag_.startswith("VB")
                and c.i > noun.i
                and _subject_word(c) is None
            ),
            None,
        )
        if later is None:
            continue
        for child in list(verb.children):
            if noun.i < child.i < later.i and child.dep_ in ("advcl", "punct"):
                child.attach(later)  # "meeting at a summit"
        noun.attach(later, "nsubj")
        later.attach(verb, "conj")


def _mend_military_read_as_adjective(doc: Parse) -> None:
    """ "Myanmar's military seized power and detained ..." read as power a military
    seized, the subject of whatever verb comes later: "military" is the subject, the
    verb the clause's own, the noun its object, and a later verb the noun was made the
    subject of ("..., and Biden threatened sanctions") the clause's conjunct."""
    for word in doc:
        if word.lower_ != "military" or word.dep_ != "amod" or not 0 < word.i < len(doc) - 1:
            continue
        noun, verb = word.head, doc[word.i + 1]
        if doc[word.i - 1].lower_ != "'s" or verb.tag_ not in ("VBD", "VBN"):
            continue
        if verb.dep_ != "amod" or verb.head != noun or noun.i < verb.i:
            continue
        later = noun.head
        if later != noun and (noun.dep_ != "nsubj" or later.i < noun.i):
            continue
        verb.tag_ = "VBD"
        word.tag_ = "NN"
        verb.attach(verb, "ROOT")
        if later != noun:
            later.attach(verb, "conj")
        for child in list(noun.children):
            if child.i < word.i:
                child.attach(word)  # the owner: "Myanmar's"
            elif child.i > noun.i:
                child.attach(verb)  # what follows the object: "on Monday and detained ..."
        word.attach(verb, "nsubj")
        noun.attach(verb, "dobj")


def _mend_second_object(doc: Parse) -> None:
    """A verb has one direct object: a second one after a comma that opens with "the"
    describes the noun right before the comma, the first of its conjuncts."""
    for noun in doc:
        if noun.dep_ != "dobj" or not any(
            c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children
        ):
            continue
        start = noun.left_edge.i
        if start < 2 or doc[start].lower_ != "the" or doc[start - 1].text != ",":
            continue
        described = doc[start - 2]
        while described.dep_ == "conj":
            described = described.head
        if described.tag_.startswith("NN") and described.i > noun.head.i:
            noun.attach(described, "appos")


def _mend_truce_read_as_verb(doc: Parse) -> None:
    """ "agree to ceasefire brokered by U.S.", a headline without "a": the truce noun read
    as an infinitive; "to" becomes the verb's preposition, the truce its object and a
    participle after it the truce's."""
    for word in doc:
        if word.tag_ != "VB" or word.lower_ not in TRUCE_NOUNS or word.dep_ != "xcomp":
            continue
        to = next((c for c in word.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if to is None:
            continue
        verb = word.head
        to.attach(verb, "prep")
        word.tag_ = "NN"
        word.attach(to, "pobj")
        for child in list(word.children):
            if child.dep_ == "xcomp" and child.tag_ == "VBN":
                child.attach(word, "acl")


TRUCE_NOUNS = frozenset({"ceasefire", "truce", "cease-fire"})


def _mend_verb_read_as_compound(doc: Parse) -> None:
    """A plural noun with a subject before it, modifying the noun the parse made the
    root ("Biden hosts leaders of Japan"): a noun has no subject, so it is the main verb
    in the present tense and the root noun its object."""
    for word in doc:
        noun = word.head
        if word.tag_ != "NNS" or word.dep_ != "compound" or noun.head != noun:
            continue
        if not any(c.dep_ == "nsubj" and c.i < word.i for c in word.children):
            continue
        word.tag_ = "VBZ"
        word.attach(word, "ROOT")
        noun.attach(word, "dobj")


def _mend_verb_with_object(doc: Parse) -> None:
    """A plural noun after a name, with a direct object of its own ("US orders China to
    close Houston consulate, Beijing vows retaliation"): a noun has no object, so it is
    a headline's verb in the present tense and the name its subject (as the name hung on
    such a verb as a compound is); a clause after a comma it was hung on is its second
    clause."""
    for word in doc:
        name = next((c for c in word.children if c.dep_ == "compound" and c.i < word.i), None)
        if word.tag_ not in ("NNS", "VBZ") or name is None or name.tag_ != "NNP":
            continue
        if not any(c.dep_ == "dobj" for c in word.children):
            continue
        word.tag_ = "VBZ"
        name.attach(word, "nsubj")
        above = word.head
        if word.dep_ == "advcl" and above.head == above and above.i > word.i:
            word.attach(word, "ROOT")
            above.attach(word, "conj")


def _mend_verb_read_as_modifier(doc: Parse) -> None:
    """A past-tense verb the parse made an adjective of the root noun, with a name before
    it hung on the verb or the noun ("Turkey hosted talks between Russian and Ukrainian
    officials"): the verb is the main one, the name its subject, the noun its object."""
    for word in doc:
        noun = word.head
        if word.tag_ != "VBD" or word.dep_ != "amod" or noun.head != noun or noun.i < word.i:
            continue
        subject = next(
            (
                c
                for c in (*word.children, *noun.children)
                if c.i < word.i and c.tag_ in ("NNP", "NNPS") and c.dep_ in ("npadvmod", "nsubj")
            ),
            None,
        )
        if subject is None:
            continue
        word.attach(word, "ROOT")
        subject.attach(word, "nsubj")
        noun.attach(word, "dobj")


def _mend_verb_read_as_name(doc: Parse) -> None:
    """A lower-case past-tense word tagged as a proper noun between a name and the root
    noun it modifies ("Kenyan President William Ruto hosted Somalia's president"): names
    are capitalised, so it is the main verb, the name before it its subject and the root
    noun its object."""
    for word in doc:
        if word.tag_ != "NNP" or word.dep_ != "compound" or not word.text.islower() or not word.i:
            continue
        noun = [word, *word.ancestors][-1]  # the root
        if not word.lower_.endswith("ed") or not noun.tag_.startswith("NN") or noun.i < word.i:
            continue
        name = doc[word.i - 1]
        if name.tag_ != "NNP" or name.dep_ != "compound" or name.head.i < word.i:
            continue
        word.tag_ = "VBD"
        word.attach(word, "ROOT")
        name.attach(word, "nsubj")
        noun.attach(word, "dobj")


def _mend_persona_non_grata(doc: Parse) -> None:
    """ "Declared the EU's migration commissioner, ..., and the interior ministers of
    Italy, Greece and Malta persona non grata", read as if the people declared were the
    subject of a verb "persona": the phrase is what the verb declares them, and they
    are its object."""
    for word in doc:
        if word.lower_ != "persona" or word.i + 2 >= len(doc) or word.dep_ != "ccomp":
            continue
        if [w.lower_ for w in doc[word.i + 1 : word.i + 3]] != ["non", "grata"]:
            continue
        verb = word.head
        for subject in [c for c in word.children if c.dep_ == "nsubj"]:
            subject.attach(verb, "dobj")
        word.tag_ = "NN"
        word.attach(verb, "oprd")


def _mend_verb_read_as_subject(doc: Parse) -> None:
    """A plural noun right after a comma, the subject of a present-tense verb right after
    it that the parse made the root over the clause before the comma ("Biden visits
    Israel, pledges support"): headlines join their verbs with commas, so the noun is
    that clause's second verb, and the word after it its object."""
    for word in doc:
        verb = word.head
        if (
            word.tag_ != "NNS"
            or word.dep_ != "nsubj"
            or verb.i != word.i + 1
            or verb.tag_ != "VBP"
            or verb.head != verb
            or word.i < 2
            or doc[word.i - 1].text != ","
        ):
            continue
        first = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < word.i), None)
        if first is None or first.tag_ != "VBZ" or _subject_word(first) is None:
            continue
        first.attach(first, "ROOT")
        word.tag_ = "VBZ"
        word.attach(first, "conj")
        for child in list(verb.children):
            child.attach(word)
        verb.tag_ = "NN"
        verb.attach(word, "dobj")


def _mend_dismissed_as(doc: Parse) -> None:
    """A verb of rejection whose object's content clause ("accusations that ...") holds
    the "as" of the rejection ("as nonsense") and, after it, a past-tense verb joined to
    the clause: the "as" is the rejection's, and so is the joined verb."""
    for verb in doc:
        if verb.dep_ not in ("relcl", "acl", "ccomp") or verb.head.dep_ != "dobj":
            continue
        rejecting = verb.head.head
        if REJECTING_VERBS.isdisjoint(lemmas_of(rejecting.lower_)):
            continue
        judged_as = next(
            (w for w in verb.subtree if w.lower_ == "as" and w.dep_ == "prep" and _pobj(w)), None
        )
        if judged_as is None:
            continue
        joined = [
            c
            for c in verb.children
            if c.dep_ == "conj"
            and c.tag_ == "VBD"
            and c.i > judged_as.i
            and _subject_word(c) is None
        ]
        judged_as.attach(rejecting, "prep")
        for conj in joined:
            conj.attach(rejecting, "conj")


def _mend_judgement_in_infinitive(doc: Parse) -> None:
    """A calling verb with an object noun and an infinitive whose last word is an
    adjective the parse makes the infinitive's ("calling Beijing's campaign to control
    them completely unlawful"): the infinitive tells what the noun is for, and the
    adjective is what the noun is called."""
    for infinitive in doc:
        calling = infinitive.head
        if (
            infinitive.dep_ != "xcomp"
            or infinitive.tag_ != "VB"
            or CALLING.isdisjoint(lemmas_of(calling.lower_))
        ):
            continue
        noun = next((c for c in calling.children if c.dep_ == "dobj" and c.i < infinitive.i), None)
        adjective = next(
            (c for c in infinitive.children if c.dep_ in ("oprd", "acomp") and c.tag_ == "JJ"),
            None,
        )
        if noun is None or adjective is None or adjective.i != infinitive.right_edge.i:
            continue
        adjective.attach(calling, "oprd")
        infinitive.attach(noun, "acl")


def _mend_by_after_object(doc: Parse) -> None:
    for by in doc:
        if by.lower_ != "by" or by.dep_ not in ("prep", "agent") or by.i < 1:
            continue
        doer, head = _pobj(by), by.head
        if doer is None or not doer.tag_.startswith("NN"):
            continue  # not "responded by expelling": the means
        if head.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in head.children):
            continue  # "was condemned by", "drills condemned by": the passive's own agent
        noun = _object_before(head, by)
        if noun is not None:
            by.attach(noun, "prep")


def _object_before(head: Word, by: Word) -> Word | None:
    """The act noun a "by" after it belongs to: a verb's object before it, or the matter
    a noun is about ("retaliation over joint drills | by", see _after_matter)."""
    if head.tag_.startswith("VB"):
        links = [c for c in head.children if c.dep_ == "dobj"]
    else:
        links = [_pobj(c) for c in head.children if c.dep_ == "prep" and c.lower_ in ABOUT]
    nouns = [w for w in links if w is not None and w.i < by.i and w.tag_.startswith("NN")]
    return nouns[0] if nouns else None


def _mend_clause_before_and(doc: Parse) -> None:
    for verb in doc:
        later, subject = _hung_on_later(verb)
        if later is None or subject is None:
            continue
        start = subject.left_edge.i
        if start < 2 or doc[start - 1].lower_ != "and" or doc[start - 2].text != ",":
            continue
        _join_first_clause(verb, later, [doc[start - 2], doc[start - 1]])


def _hung_on_later(verb: Word) -> tuple[Word | None, Word | None]:
    """For a past-tense verb with a subject of its own that the parse hangs as the clause
    of a later verb: that verb and its subject after this one (else None, None)."""
    later = verb.head
    if verb.dep_ != "ccomp" or verb.tag_ != "VBD" or later.i < verb.i:
        return None, None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None, None
    return later, next((c for c in later.children if c.dep_ == "nsubj" and c.i > verb.i), None)


def _join_first_clause(verb: Word, later: Word, glue: list[Word]) -> None:
    """`verb` takes the place of the `later` verb it was hung on, which becomes its
    conjunct after the glue (", and")."""
    _take_place(verb, later)
    later.attach(verb, "conj")
    for word in glue:
        word.attach(verb, "punct" if word.text == "," else "cc")


def _take_place(word: Word, other: Word) -> None:
    """Hang `word` where `other` hangs (the root if `other` is the root)."""
    if other.head is other:
        word.attach(word, "ROOT")
    else:
        word.attach(other.head, other.dep_)


def _mend_speaker_relatives(doc: Parse) -> None:
    for clause in doc:
        if clause.dep_ != "relcl" or SPEAKERS_ACTS.isdisjoint(lemmas_of(clause.lower_)):
            continue
        pronoun = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if pronoun is None or pronoun.lower_ not in ("which", "who"):
            continue
        if pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
            continue
        name, thing = doc[pronoun.i - 2], clause.head
        if name == thing or not name.tag_.startswith("NNP") or thing.tag_ not in ("NN", "NNS"):
            continue
        if thing in name.ancestors:
            clause.attach(name, "relcl")


def _mend_object_read_as_subject(doc: Parse) -> None:
    """A past-tense verb with a subject and no object, read as the clause of a later
    verb whose subject, right after it, is joined by ", and" to another: the first noun
    is the earlier verb's object, the one after ", and" the later verb's subject, and
    the later verb the earlier one's conjunct."""
    for verb in doc:
        later, noun = _hung_on_later(verb)
        if later is None or noun is None:
            continue
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            continue
        joined = next((c for c in noun.children if c.dep_ == "conj"), None)
        glue = [c for c in noun.children if c.dep_ in ("cc", "punct") and c.i > noun.i]
        if joined is None or [g.lower_ for g in glue] != [",", "and"]:
            continue
        _join_first_clause(verb, later, glue)
        noun.attach(verb, "dobj")
        joined.attach(later, "nsubj")


def _mend_summoned_purpose(doc: Parse) -> None:
    for clause in doc:
        summoned = clause.head
        if (
            clause.dep_ == "relcl"
            and summoned.dep_ == "dobj"
            and to_infinitive(clause)
            and "summon" in lemmas_of(summoned.head.lower_)
        ):
            clause.attach(summoned.head, "advcl")


def _mend_told_visitor(doc: Parse) -> None:
    """ "told visiting U.S. Secretary of State Antony Blinken ... that ...": the clause
    the parse hangs on "visiting" is what the verb of telling told."""
    for visiting in doc:
        if visiting.lower_ != "visiting" or visiting.dep_ not in ("xcomp", "advcl"):
            continue
        if not REPORTING_VERBS & lemmas_of(visiting.head.lower_):
            continue
        for clause in [c for c in visiting.children if c.dep_ == "ccomp"]:
            clause.attach(visiting.head, "ccomp")


def _mend_visiting_guest(doc: Parse) -> None:
    """ "met with visiting Greek Prime Minister Kyriakos Mitsotakis": the guest the parse
    makes the object of "visiting", read as a verb under "with", is the preposition's
    object, and "visiting" describes him."""
    for visiting in doc:
        if visiting.lower_ != "visiting" or visiting.dep_ != "pcomp":
            continue
        guest = next((c for c in visiting.children if c.dep_ == "dobj"), None)
        if guest is not None and visiting.head.lower_ == "with":
            guest.attach(visiting.head, "pobj")
            visiting.attach(guest, "amod")


def _mend_joined_in(doc: Parse) -> None:
    """ "joined the United States and a number of European countries in expelling
    Russian diplomats": the "in" the parse hangs on the last of those joined is the
    joining verb's, so its subject expels too."""
    for prep in doc:
        if prep.lower_ != "in" or not prep.head.tag_.startswith("NN"):
            continue
        if not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
            continue
        verb = _governing_verb(prep.head)
        if verb != prep.head and "join" in lemmas_of(verb.lower_):
            prep.attach(verb, "prep")


def _mend_gerund_subjects(doc: Parse) -> None:
    """ "despite the International Court of Justice rejecting La Paz's claim": the noun
    right before the -ing, the object of "despite", "after" or "amid", does it; the
    parse hangs the -ing on the clause's verb, whose subject it then takes."""
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.dep_ != "advcl" or gerund.i < 2:
            continue
        noun = next(
            (
                w
                for w in (doc[gerund.i - 1], *doc[gerund.i - 1].ancestors)
                if w.dep_ == "pobj" and w.head.lower_ in GERUND_FRAMES
            ),
            None,
        )
        if noun is not None and noun.right_edge.i == gerund.i - 1 and noun.head.i < noun.i:
            gerund.attach(noun, "acl")


GERUND_FRAMES = frozenset({"despite", "after", "amid"})
"""Prepositions whose object may be the subject of an -ing after it ("after Russia
recognising ...")."""


def _mend_shared_objects(doc: Parse) -> None:
    """ "flights to and from Russia": the second preposition, joined to the first, goes
    to the noun beside it, so the noun leads to the place or party both share. In
    "exports to and imports from Israel" the first preposition and the second noun
    go to the first noun: one trade each way with one party."""
    for first in doc:
        if first.dep_ != "prep" or _pobj(first) is not None or first.i + 3 >= len(doc):
            continue
        if doc[first.i + 1].lower_ not in ("and", "or"):
            continue
        second, noun = doc[first.i + 2], doc[first.i - 1]
        if second.dep_ == "conj" and second.head is first and _pobj(second) is not None:
            second.attach(first.head, "prep")
        elif (
            second.dep_ == "conj"
            and second.tag_ in ("NNS", "NN")
            and noun.tag_ in ("NNS", "NN")
            and (after := doc[second.i + 1]).dep_ == "prep"
            and after.head is second
            and _pobj(after) is not None
        ):
            first.attach(noun, "prep")
            second.attach(noun, "conj")
            doc[first.i + 1].attach(noun, "cc")


def _mend_called_objects(doc: Parse) -> None:
    """Make what a verb of naming calls its object and what it calls it its predicate
    (oprd), where the parse reads otherwise:
    - a clause with its own subject hung on a noun as a participle is a relative
      clause ("a move the European Commission called blackmail");
    - an act noun read as a verb complement ("called the U.S. move a provocation") is
      the object, the name before it its modifier;
    - a second noun read as the object's own object ("called the North Korean launch
      a grave provocation") is the predicate;
    - a predicate owning the object's owner and the object ("called Russia's decision
      blackmail", read as one noun) gives the object back, as does one read as the head
      of an act named with "the" ("called the mutiny treason")."""
    for verb in doc:
        if verb.dep_ == "acl" and verb.tag_ == "VBD" and _subject_word(verb) is not None:
            verb.dep_ = "relcl"
        if CALLING.isdisjoint(lemmas_of(verb.lower_)) or not verb.tag_.startswith("VB"):
            continue
        for act in [
            c for c in verb.children if c.dep_ in ("ccomp", "oprd") and c.tag_ in ("VB", "VBP")
        ]:
            before = doc[act.i - 1] if act.i > verb.i + 1 else None
            said = [c for c in act.children if c.dep_ == "dobj" and c.i > act.i]
            if before is None or before.tag_[:2] not in ("NN", "JJ") or len(said) != 1:
                continue
            if any(c.dep_ in ("nsubj", "aux", "mark") for c in act.children):
                continue
            act.tag_ = "NN"
            act.attach(verb, "dobj")
            before.attach(act, "amod" if before.tag_ == "JJ" else "compound")
            said[0].attach(verb, "oprd")
        for obj in [c for c in verb.children if c.dep_ == "dobj" and c.tag_.startswith("NN")]:
            said = [c for c in obj.children if c.dep_ == "dobj" and c.i > obj.i]
            if len(said) == 1 and not any(c.dep_ == "oprd" for c in verb.children):
                said[0].attach(verb, "oprd")
        for said in [c for c in verb.children if c.dep_ == "oprd" and c.tag_.startswith("NN")]:
            owner = next((c for c in said.children if c.dep_ == "poss"), None)
            named = next((c for c in said.children if c.dep_ == "compound"), None)
            if owner is None or named is None or owner.i > named.i:
                continue
            if any(c.dep_ == "dobj" for c in verb.children) or named.lower_ not in ACT_NOUNS:
                continue
            named.attach(verb, "dobj")
            owner.attach(named, "poss")
        if any(c.dep_ == "oprd" for c in verb.children):
            continue
        for said in [c for c in verb.children if c.dep_ == "dobj" and c.tag_ == "NN"]:
            named = doc[said.i - 1]
            article = doc[said.i - 2] if said.i > 1 else None
            if (
                named.head is not said
                or named.dep_ != "compound"
                or named.lower_ not in TOLD_ACT_NOUNS
            ):
                continue
            if article is None or article.head is not said or article.dep_ != "det":
                continue
            named.attach(verb, "dobj")
            article.attach(named, "det")
            said.attach(verb, "oprd")


def _mend_linked_places(doc: Parse) -> None:
    for verb in doc:
        if verb.dep_ != "conj" or verb.tag_ != "VBD" or LINKED.isdisjoint(lemmas_of(verb.lower_)):
            continue
        link = next(
            (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "with")), None
        )
        place = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if link is None or place is None or place.i < 2 or doc[place.i - 1].lower_ != "and":
            continue
        first = doc[place.i - 2]
        if first.dep_ != "pobj" or first.tag_ != "NNP" or place.tag_ != "NNP":
            continue
        linked_to = next((c for c in link.children if c.dep_ == "pobj"), None)
        noun = first.head.head  # "targets" of "targets in Iraq"
        place.attach(first, "conj")
        doc[place.i - 1].attach(first, "cc")
        verb.tag_ = "VBN"
        verb.attach(noun, "acl")
        if linked_to is None:
            continue
        for child in [c for c in verb.children if c.dep_ in ("conj", "cc") and c.i > link.i]:
            child.attach(linked_to, child.dep_)  # "... and the militias it backs"


LINKED = frozenset({"link", "tie", "affiliate", "connect", "ally"})
"""Participles that say what something belongs to ("targets linked to the Guards")."""


def _mend_name_read_as_adjective(doc: Parse) -> None:
    """ "Trump imposed sanctions on the International Criminal Court": the parse makes
    the name the root (an adjective) and the verb an adjective of the object after it.
    A past-tense word right after a root that is no verb, modifying a noun that hangs on
    that root (past any adverbs: "Trump formally recognised"), is the verb: the root its
    subject, the noun its object. So too when the name opening the sentence is read as
    a command ("Trump | signed orders withdrawing")."""
    for root in doc:
        if root.head != root or root.i + 1 >= len(doc):
            continue
        named_verb = root.tag_ == "VB" and root.text.istitle() and root.sent.start == root.i
        if root.tag_.startswith("VB") and not named_verb:
            continue
        at = root.i + 1
        while at + 1 < len(doc) and doc[at].tag_ == "RB":
            at += 1  # "Trump formally recognised Israeli sovereignty"
        verb = doc[at]
        noun = verb.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or noun.head != root:
            continue
        if noun.i <= verb.i or noun.dep_ not in ("dobj", "appos", "npadvmod", "attr"):
            continue
        verb.tag_ = "VBD"
        if named_verb:
            root.tag_ = "NNP"
        verb.attach(verb, "ROOT")
        for child in [c for c in root.children if c.i > verb.i and c != noun]:
            child.attach(verb)  # the closing punctuation
        noun.attach(verb, "dobj")
        root.attach(verb, "nsubj")


def _mend_verb_modifying_root_noun(doc: Parse) -> None:
    """ "North Korea fires ballistic missile over Japan": a headline's present-tense verb
    with a subject of its own, read as a modifier of the noun after it, which the parse
    makes the root. The verb becomes the root, the noun its object, and the phrases after
    the noun (but its "of") the verb's."""
    for verb in doc:
        noun = verb.head
        if verb.tag_ != "VBZ" or verb.dep_ not in ("nmod", "amod", "compound"):
            continue
        if noun.head != noun or noun.i <= verb.i or not noun.tag_.startswith("NN"):
            continue
        if not any(c.dep_ == "nsubj" for c in verb.children):
            continue
        verb.attach(verb, "ROOT")
        for child in [c for c in noun.children if c.i > noun.i and c.lower_ != "of"]:
            child.attach(verb)
        noun.attach(verb, "dobj")


def _mend_name_modifying_subject(doc: Parse) -> None:
    """ "Trump suspended travel from Europe ..., and EU leaders criticised the decision":
    the parse makes the opening name and its verb modifiers of the object, and the object
    a second subject of the later verb. A titled name opening the sentence, modifying a
    noun that a past-tense word right after it also modifies, where that noun is a
    subject beside another of the same verb, is the first clause: the word its verb, the
    name its subject, the noun its object, the clause joined to the later verb."""
    for name in doc:
        noun = name.head
        if name.dep_ not in NAME_MODS or not name.text.istitle() or name.i != name.sent.start:
            continue
        verb = doc[name.i + 1] if name.i + 1 < len(doc) else None
        if verb is None or verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD"):
            continue
        later = noun.head
        if verb.head != noun or noun.dep_ != "nsubj" or not later.tag_.startswith("VB"):
            continue
        if not any(c.dep_ == "nsubj" and c.i > noun.i for c in later.children):
            continue
        verb.tag_ = "VBD"
        verb.attach(later, "conj")
        for child in [c for c in noun.children if c.dep_ in ("cc", "punct") and c.i > noun.i]:
            child.attach(later)  # ", and" joins the two clauses
        name.attach(verb, "nsubj")
        noun.attach(verb, "dobj")


NAME_MODS = frozenset({"nmod", "compound", "amod"})
"""How the parse hangs an opening name it misreads as a modifier of the noun after."""


def _mend_joined_owner(doc: Parse) -> None:
    for owner in doc:
        head = owner.head
        if owner.dep_ != "poss" or owner.tag_ != "NNP" or head.tag_ != "NNP":
            continue
        other = next((c for c in owner.children if c.dep_ == "conj" and c.tag_ == "NNP"), None)
        case = next((c for c in owner.children if c.dep_ == "case"), None)
        if other is None or case is None or case.i != other.i + 1:
            continue
        if not any(c.dep_ == "compound" and c.i > case.i for c in head.children):
            continue  # "Trump and Ukraine's | Volodymyr Zelenskiy": two people
        for title in [c for c in head.children if c.dep_ == "compound" and c.i < owner.i]:
            title.attach(owner, "compound")
        owner.attach(head.head, head.dep_)
        head.attach(owner, "conj")
        other.attach(head, "poss")
        case.attach(other, "case")


def _mend_owned_pair(doc: Parse) -> None:
    """ "Japan's Kishida and South Korea's Yoon": the parse may hang the first name on
    the second as a modifier and the second owner on the first name; two people, each
    with their own country."""
    for second in doc:
        if second.tag_ != "NNP" or second.dep_ not in SUBJECT_LINKS:
            continue
        first_owner = next((c for c in second.children if c.dep_ == "poss"), None)
        first = next((c for c in second.children if c.dep_ == "nmod" and c.tag_ == "NNP"), None)
        if first_owner is None or first is None or not first_owner.i < first.i:
            continue
        second_owner = next((c for c in first.children if c.dep_ == "conj"), None)
        if second_owner is None or not any(
            c.dep_ == "case" and c.i == second_owner.i + 1 for c in second_owner.children
        ):
            continue
        first.attach(second.head, second.dep_)
        first_owner.attach(first, "poss")
        second.attach(first, "conj")
        second_owner.attach(second, "poss")


def _mend_no_choice(doc: Parse) -> None:
    for verb in doc:
        to = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
        if verb.tag_ != "VB" or to is None or to.i < 3 or doc[to.i - 1].lower_ != "but":
            continue
        choice = doc[to.i - 2]
        if (
            choice.lower_ in NO_CHOICE
            and choice.dep_ == "dobj"
            and "have" in lemmas_of(choice.head.lower_)
        ):
            verb.attach(choice.head, "xcomp")


NO_CHOICE = frozenset({"choice", "option", "alternative"})


def _mend_clause_after_quotation(doc: Parse) -> None:
    for clause in doc:
        quote = clause.left_edge.i - 1
        quoted = clause.head
        said = quoted.head
        if clause.dep_ != "advcl" or quote < 1 or doc[quote].text not in QUOTES:
            continue
        if quoted.i < quote and quoted.dep_ == "ccomp" and said.i < quoted.i and _speaks(said):
            clause.attach(said)


def _mend_gerund_infinitives(doc: Parse) -> None:
    for verb in doc:
        if verb.dep_ != "advcl" or verb.tag_ != "VB" or verb.i < 2:
            continue
        to, gerund = doc[verb.i - 1], doc[verb.i - 2]
        if to.lower_ != "to" or gerund.tag_ != "VBG" or gerund.dep_ != "pcomp":
            continue
        if not any(c.dep_ == "xcomp" for c in gerund.children):
            verb.attach(gerund, "xcomp")


def _mend_object_before_frame(doc: Parse) -> None:
    for name in doc:
        frame = name.head
        if name.dep_ != "nsubj" or REPORTING_VERBS.isdisjoint(lemmas_of(frame.lower_)):
            continue
        if not any(c.dep_ == "nsubj" and c.i > name.i for c in frame.children):
            continue  # the frame's own speaker comes after: "..., President Biden said"
        verb = doc[name.left_edge.i - 1] if name.left_edge.i else None
        if verb is None or verb.head != frame or verb.dep_ != "ccomp" or verb.tag_ != "VBD":
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            name.attach(verb, "dobj")


def _mend_subject_before_frame(doc: Parse) -> None:
    for verb in doc:
        noun = verb.head
        if verb.tag_ != "VBN" or verb.dep_ != "acl" or noun.i > verb.i or noun.dep_ != "nsubj":
            continue
        frame = noun.head
        if REPORTING_VERBS.isdisjoint(lemmas_of(frame.lower_)) or frame.i < verb.i:
            continue
        if not any(c.dep_ == "nsubj" and c.i > verb.i for c in frame.children):
            continue  # the frame's own speaker comes after: "..., health officials said"
        if not any(c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        ):
            continue
        verb.tag_ = "VBD"
        verb.attach(frame, "ccomp")
        noun.attach(verb, "nsubj")


def _mend_verbless_subjects(doc: Parse) -> None:
    for verb in doc:
        noun = verb.head
        if verb.tag_ not in ("VBN", "VBD") or verb.dep_ != "acl" or noun.i > verb.i:
            continue
        subject = noun.head if noun.dep_ == "conj" else noun
        if subject.head != subject or not subject.tag_.startswith("NN"):
            continue
        predicates = [c for c in verb.children if c.dep_ == "oprd"]
        called = len(predicates) == 2  # "Denmark's prime minister called Trump's idea
        # absurd", read as the minister who called
        if not (called or any(c.dep_ == "dobj" for c in verb.children)) or any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        ):
            continue
        _take_clause(verb, subject)
        if called:
            predicates[0].attach(verb, "dobj")  # the idea is what the adjective judges


def _take_clause(verb: Word, subject: Word) -> None:
    """Make `verb` the sentence's main verb in the past tense, with the noun the parse
    made the root as its subject and what followed that noun as its own."""
    verb.tag_ = "VBD"
    verb.attach(verb, "ROOT")
    for child in [c for c in subject.children if c.i > verb.i]:
        child.attach(verb)  # the closing punctuation
    subject.attach(verb, "nsubj")


def _mend_verb_before_object(doc: Parse) -> None:
    for verb in doc:
        noun = verb.head
        subject = noun.head
        if verb.dep_ != "amod" or verb.tag_ not in ("VBN", "VBD") or not verb.lower_.endswith("ed"):
            continue
        if noun.dep_ != "appos" or subject.head != subject or not subject.tag_.startswith("NN"):
            continue
        if any(w.tag_.startswith("VB") and w.dep_ != "amod" for w in doc[subject.i : verb.i]):
            continue
        _take_clause(verb, subject)
        noun.attach(verb, "dobj")


def _mend_reduced_relatives(doc: Parse) -> None:
    for verb in doc:
        if verb.tag_ != "VBD":
            continue
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        passive = _passive_after_participle(verb)
        if subject is None or passive is None or subject.right_edge.i + 1 != verb.i:
            continue
        between = doc[verb.i + 1 : passive.i]
        if any(w.lower_ in ("and", "but", "or", ",", ";") for w in between):
            continue
        # "held | hostage were freed" reads "hostage" as the passive's subject; "said |
        # rockets were fired" is right as it is
        misread = _subject_word(passive)
        if misread not in (None, verb) and not _object_read_as_subject(verb, misread):
            continue
        if passive != verb.head:
            _take_place(passive, verb)
            for child in [c for c in verb.children if c.i > passive.i]:
                child.attach(passive)  # the closing punctuation
        if misread is not None and misread != verb:
            misread.attach(verb, "dobj")
        subject.attach(passive, "nsubjpass")
        verb.tag_ = "VBN"
        verb.attach(subject, "acl")


def _object_read_as_subject(verb: Word, noun: Word) -> bool:
    """A bare singular noun right after a verb that reports no clause is its object."""
    if noun.i != verb.i + 1 or noun.tag_ != "NN" or any(c.dep_ == "det" for c in noun.children):
        return False
    return lemmas_of(verb.lower_).isdisjoint(REPORTING_VERBS | HOPING)


def _mend_past_describing_noun(doc: Parse) -> None:
    for verb in doc:
        describing = verb.dep_ == "acl" and verb.tag_ == "VBD" and verb.head.i < verb.i
        if describing and not any(c.dep_ in SUBJECT_LINKS for c in verb.children):
            verb.tag_ = "VBN"


def _passive_after_participle(verb: Word) -> Word | None:
    """The next verb, a passive the parse reads as the past-tense verb's conjunct or
    complement, as a clause above it, or as reading the verb as its clausal subject
    ("women held hostage in Gaza would be freed")."""
    if verb.dep_ == "csubjpass":
        return verb.head
    after = (w for w in verb.doc[verb.i + 1 :] if w.tag_.startswith("VB"))
    passive = next((w for w in after if w.dep_ not in ("aux", "auxpass")), None)
    if passive is None or not _is_passive_verb(passive):
        return None
    if passive.head == verb and passive.dep_ in ("conj", "ccomp"):
        return passive
    return passive if passive.head in verb.ancestors else None


def _mend_perfect_participles(doc: Parse) -> None:
    for word in doc:
        noun = word.head
        have = noun.head
        if word.tag_ != "VBN" or word.dep_ != "amod" or noun.dep_ != "dobj" or word.i > noun.i:
            continue
        if have.lower_ not in ("had", "has", "have") or have.i != word.left_edge.i - 1:
            continue
        word.attach(*((word, "ROOT") if have.head == have else (have.head, have.dep_)))
        for child in [c for c in have.children if c != noun]:
            child.attach(word)
        noun.attach(word, "dobj")
        have.attach(word, "aux")


def _mend_conjoined_verbs(doc: Parse) -> None:
    for word in doc:
        reacting = not SPEAKERS_REACTIONS.isdisjoint(lemmas_of(word.lower_))
        if (
            word.dep_ == "conj"
            and reacting
            and (
                _reported_pluperfect(word.head)
                or _reported_state(word.head, word)
                or (word.tag_ == "VBD" and _reported_progressive(word.head))
                or (word.tag_ == "VBD" and _reported_seeming(word.head))
            )
            and not any(c.dep_ in SUBJECT_LINKS for c in word.children)
        ):
            word.attach(word.head.head)  # "said Israel had accepted the proposal and
            continue  # called on Hamas to do the same": the speaker called; "said Hezbollah
            # had fired rockets ... and vowed to respond": the speaker vowed
        if (
            word.dep_ == "conj"
            and word.tag_ == "VBD"
            and _reported_pluperfect(word.head)
            and _done_to_own_side(word, word.head)
        ):
            word.attach(word.head.head)  # "said Azerbaijan had attacked ... and shot down
            continue  # two Azerbaijani helicopters": the speaker shot them down
        active = word.tag_ == "VBD" or (  # "said 105 of its soldiers had been killed and
            word.tag_ == "VBN" and any(c.dep_ == "dobj" for c in word.children)
        )  # accused Azerbaijan of ...": a participle with an object is no passive
        reported = (
            _reported_passive(word.head) or _judged_act(word.head) or _reported_charge(word.head)
        )
        if word.dep_ == "conj" and active and reported:
            if not any(c.dep_ in SUBJECT_LINKS for c in word.children):
                word.tag_ = "VBD"
                word.attach(word.head.head)  # "said the plane was shot down by ..., and
            continue  # demanded that Moscow admit guilt": the speaker demanded
        speaker = _speakers_act(word) if word.dep_ == "conj" and active else None
        if speaker is not None:  # "said there was no evidence the attack came from Yemen
            word.attach(speaker)  # and blamed Iran": an attack blames no one
            continue
        if word.dep_ != "conj" or word.tag_ != "VBD" or word.head.tag_ not in ("VB", "VBG"):
            continue
        if any(c.dep_ in SUBJECT_LINKS or c.tag_ == "MD" for c in word.head.children):
            continue
        above = word.head.head
        for _ in range(6):
            if _finite(above) or above.head == above:
                break
            above = above.head
        if _finite(above) and above.i < word.i:
            word.attach(above)


def _done_to_own_side(verb: Word, reported: Word) -> bool:
    """The verb, with no subject of its own, acts on something of the reported clause's
    subject's country ("had attacked ... and shot down two Azerbaijani helicopters"
    after "Azerbaijan"): no one strikes their own, so it is not that subject's act."""
    subject = _subject_word(reported)
    if subject is None or _subject_word(verb) is not None:
        return False
    names = [subject, *(c for c in subject.children if c.dep_ in ("amod", "compound"))]
    stems = {_country_stem(w.lower_) for w in names if w.tag_ in ("NNP", "JJ")}
    owners = [
        m.lower_
        for o in verb.children
        if o.dep_ == "dobj"
        for m in o.children
        if m.dep_ in ("amod", "compound") and m.tag_ in ("NNP", "JJ")
    ]
    return any(owner.startswith(stem) for owner in owners for stem in stems)


def _country_stem(name: str) -> str:
    """What a country's name and its adjective share: "azerbaijan" for Azerbaijani,
    "russi" for Russian, "chin" for Chinese."""
    return name[:-1] if name[-1:] in "aeiouy" else name


def _speakers_act(word: Word) -> Word | None:
    """The verb of saying above a conjunct that only a speaker can do (blame, accuse,
    condemn) joined to a clause whose subject is an act, a weapon, or an "it" the
    conjunct acts on ("the attack came from Yemen and blamed Iran", "five of the
    missiles landed in its zone and lodged a protest"), or a finding ("tests showed
    Navalny had been poisoned, and demanded an explanation"), when the conjunct has no
    subject of its own."""
    clause = word.head
    subject = _subject_word(clause)
    if PEOPLE_ACTS.isdisjoint(lemmas_of(word.lower_)) or _subject_word(word) is not None:
        return None
    if subject is not None and subject.tag_ == "CD":  # "five of the missiles"
        of = next((c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        subject = _pobj(of) if of is not None else subject
    it_twice = (  # "said it flew higher than any previous launch and condemned it": what
        # "it" condemned cannot be itself
        subject is not None
        and subject.lower_ == "it"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in word.children)
    )
    if subject is None or (subject.lower_ not in SPEECHLESS and not it_twice):
        return None
    above = clause.head
    for _ in range(4):
        if not FRAMING_VERBS.isdisjoint(lemmas_of(above.lower_)) and above.i < word.i:
            return above  # "warned that a nuclear war could break out and accused India"
        if above.head == above:
            return None
        above = above.head
    return None


FINDINGS = frozenset(
    {"tests", "results", "evidence", "findings", "analysis", "investigation", "inquiry"}
    | {"probe", "data", "images", "footage", "report"}
)
"""What shows what a speaker reports ("said tests showed ..."): it demands nothing."""
FRAMING_VERBS = REPORTING_VERBS | {"warn"}
"""Verbs whose clause a conjunct only a speaker can do may be joined to (_speakers_act)."""
ARMS = frozenset(
    {"rocket", "rockets", "missile", "missiles", "drone", "drones", "bomb"}
    | {"jets", "warplanes", "aircraft", "planes", "bombers", "warships", "ships", "vessels"}
    | {"boats"}
)
PEOPLE_ACTS = frozenset(
    {"blame", "accuse", "condemn", "denounce", "vow", "warn", "urge", "announce", "order"}
    | {"lodge", "summon", "demand", "insist", "threaten", "recall", "expel"}
)
"""Acts only a speaker's words can do: a conjunct of them joined to a clause about an
act (see _speakers_act), a participle of them after a speech frame ("..., Hanoi said,
demanding that Beijing respect its sovereignty"), are the speaker's."""
SPEAKERS_ACTS = PEOPLE_ACTS | REPORTING_VERBS
"""What only a speaker does: saying, and the acts of PEOPLE_ACTS."""


def _reported_charge(verb: Word) -> bool:
    """A copula a verb of saying reports, charging someone with an act ("said Israel was
    behind the attack and vowed revenge", "said Russia was responsible"): a verb joined
    to it is the speaker's, not the one charged."""
    return _reported_copula(verb) and any(
        (c.lower_ in CHARGING_WORDS and c.dep_ in ("prep", "acomp"))
        or (c.lower_ == "blame" and c.dep_ == "xcomp")  # "was to blame for ..."
        for c in verb.children
    )


CHARGING_WORDS = frozenset({"behind", "responsible", "guilty", "culpable", "accountable"})


def _judged_act(verb: Word) -> bool:
    """A copula a verb of saying reports, judging an act ("said the strike was an act
    of aggression", "said the sanctions were illegal"), or a thing "such" names as told
    ("said such a movement was impossible")."""
    subject = _subject_word(verb)
    return (
        _reported_copula(verb)
        and subject is not None
        and (subject.lower_ in ACTS_TOLD or any(c.lower_ == "such" for c in subject.children))
    )


def _reported_copula(verb: Word) -> bool:
    """A form of "be" that a verb of saying reports ("said the strike was ...")."""
    return "be" in lemmas_of(verb.lower_) and _reported_clause(verb)


USING = frozenset({"use", "employ", "utilise", "utilize"})
"""Verbs whose object is the means of the act their infinitive names ("used U.S.
weapons to strike"): neither its target nor, as a maker's weapon, its doer."""


def _weapon_user(noun: Word) -> Word | None:
    """Who uses the weapon an act noun names ("Russia used Iranian drones to attack
    Kyiv"): the subject of the using verb, not the weapon's maker."""
    if noun.dep_ != "dobj" or USING.isdisjoint(lemmas_of(noun.head.lower_)):
        return None
    return _subject(noun.head)[0]


def _reported_clause(verb: Word) -> bool:
    """The verb heads the clause a verb of saying reports ("said | the plane was shot
    down")."""
    return verb.dep_ == "ccomp" and not REPORTING_VERBS.isdisjoint(lemmas_of(verb.head.lower_))


APPEALING = frozenset({"call", "urge", "demand", "ask", "appeal", "press", "warn", "insist"})
"""Appeals, which a speaker joins to what the speaker reports ("said Israel had accepted
the proposal and called on Hamas to do the same"); not acts ("had shelled the city and
killed five people"), which the reported actor did too."""


SPEAKERS_REACTIONS = APPEALING | {"condemn", "denounce", "vow", "lodge", "summon", "recall"}
SPEAKERS_REACTIONS |= {"accuse", "blame", "expel", "impose", "block", "announce"}
"""Appeals and the reactions a speaker joins to what the speaker reports (see
_mend_conjoined_verbs); not acts the reported actor does as well ("said Russian forces
were advancing near Pokrovsk and killed three civilians")."""


def _reported_progressive(verb: Word) -> bool:
    """A verb in the progressive that a verb of saying reports ("said Moscow was using
    the grain deal as blackmail"): a past-tense reaction joined to it is the speaker's."""
    return (
        verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and "be" in lemmas_of(c.lower_) for c in verb.children)
        and _reported_clause(verb)
    )


def _reported_seeming(verb: Word) -> bool:
    """A verb of seeming that a verb of saying reports ("said Iran appeared to be
    standing down"): a state, so a past-tense reaction joined to it is the speaker's."""
    return not SEEMING.isdisjoint(lemmas_of(verb.lower_)) and _reported_clause(verb)


SEEMING = frozenset({"appear", "seem"})


def _reported_pluperfect(verb: Word) -> bool:
    """A verb in the pluperfect that a verb of saying reports ("said Israel had
    accepted"): an appeal joined to it is the speaker's, not the reported actor's."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        and _reported_clause(verb)
    )


def _reported_state(verb: Word, joined: Word) -> bool:
    """A copula that a verb of saying reports, closed by a comma before the appeal
    joined to it ("told the General Assembly that Iran was one of the greatest
    threats ..., and called on other countries to ..."): a state, so the appeal after
    it is the speaker's next act."""
    return joined.i > 1 and joined.doc[joined.i - 2].text == "," and _reported_copula(verb)


def _reported_passive(verb: Word) -> bool:
    """A passive participle told by a verb of saying ("said the plane was shot down")."""
    return _is_passive_verb(verb) and _reported_clause(verb)


def _is_passive_verb(verb: Word) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)


def _mend_speakers(doc: Parse) -> None:
    for verb in doc:
        if verb.head != verb or verb.tag_ not in FINITE or verb.i < 3:
            continue
        if REPORTING_VERBS.isdisjoint(lemmas_of(verb.lower_)) or _subject_word(verb):
            continue
        first = _phrase_head(doc[verb.i - 1])
        while first is not None and first.dep_ == "conj" and doc[first.left_edge.i - 1].text != ",":
            first = first.head  # "the United States" -> "Britain"
        if first is not None and first.dep_ == "appos" and _reports_before(verb, first):
            first.attach(verb, "nsubj")  # "sent troops to Russia, South Korea's spy agency
            continue  # said": the agency, no apposition of Russia, says it
        if first is None or first.dep_ != "conj" or first.tag_ != "NNP":
            continue
        if doc[first.left_edge.i - 1].text == ",":
            first.attach(verb, "nsubj")


def _reports_before(verb: Word, speaker: Word) -> bool:
    """The verb of saying reports a clause told before the speaker, who follows a comma."""
    return _after_comma(speaker) and any(
        c.dep_ == "ccomp" and c.i < speaker.i for c in verb.children
    )


def _mend_adjective_verbs(doc: Parse) -> None:
    for word in doc:
        if word.tag_ != "VBD" or word.dep_ != "amod" or word.head.i < word.i:
            continue
        if not any(c.dep_ == "nsubj" and c.i < word.i for c in word.children):
            continue
        noun, verb = word.head, word.head.head
        if noun.dep_ != "nsubj" or not verb.tag_.startswith("VB") or verb.i < noun.i:
            continue
        word.attach(*((word, "ROOT") if verb.head == verb else (verb.head, verb.dep_)))
        noun.attach(word, "dobj")
        verb.attach(word, "conj")
        for joint in [c for c in noun.children if c.dep_ == "cc" and c.i < verb.i]:
            joint.attach(word)


def _mend_conjoined_participles(doc: Parse) -> None:
    for word in doc:
        noun, joint = word.head, doc[word.i - 1] if word.i else word
        if word.dep_ != "amod" or not word.lower_.endswith("ed") or noun.i != word.i + 1:
            continue
        subject = _name_before(joint, noun)
        if subject is not None:
            joint = doc[subject.i - 1]
        if noun.dep_ != "conj" or noun.head.tag_ != "VBD" or joint.lower_ != "and":
            continue
        verb = noun.head
        word.tag_ = "VBD"
        word.attach(verb, "conj")
        noun.attach(word, "dobj")
        if subject is not None:
            subject.attach(word, "nsubj")


def _name_before(word: Word, noun: Word) -> Word | None:
    """A name the parse made a compound of the noun after a verb read as an adjective
    ("and Trump | accused Zelenskiy"): the verb's subject."""
    if word.dep_ == "compound" and word.head == noun and word.tag_ == "NNP" and word.i > 0:
        return word
    return None


def _mend_judged_objects(doc: Parse) -> None:
    for prep in doc:
        verb, noun = prep.head, _pobj(prep)
        if prep.lower_ != "as" or noun is None or JUDGING.isdisjoint(lemmas_of(verb.lower_)):
            continue
        if prep.i + 1 >= len(doc) or doc[prep.i + 1].head != noun or doc[prep.i + 1].dep_ != "amod":
            continue
        if not any(c.dep_ == "dobj" for c in verb.children):
            noun.attach(verb, "dobj")


def _mend_reported_acts(doc: Parse) -> None:
    for verb in doc:
        if "report" not in lemmas_of(verb.lower_):
            continue
        act = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp")), None)
        if act is not None and act.tag_ == "VBG" and any(c.lower_ == "by" for c in act.children):
            act.tag_ = "NN"  # "reported shelling by Russian forces": what was reported
            act.attach(verb, "dobj")
        if act is None or not act.tag_.startswith("NN"):
            continue
        for prep in [c for c in verb.children if c.dep_ == "prep" and c.i > act.i]:
            if prep.lower_ in ("by", "on", "against"):
                prep.attach(act)


def _mend_meeting_circumstances(doc: Parse) -> None:
    for prep in doc:
        talks = _pobj(prep) if prep.lower_ in ("in", "during") else None
        if talks is None or MEETINGS.isdisjoint(lemmas_of(talks.lower_)):
            continue
        if not prep.head.tag_.startswith("NN") or not any(
            c.dep_ == "prep" and c.lower_ == "with" for c in talks.children
        ):
            continue
        verb = next((a for a in prep.ancestors if a.tag_.startswith("VB")), None)
        if verb is not None:
            prep.attach(verb)


def _mend_force_gerunds(doc: Parse) -> None:
    for gerund in doc:
        if gerund.tag_ != "VBG" or gerund.lower_ not in FORCE_GERUNDS or not gerund.i:
            continue
        before = doc[gerund.i - 1]
        if before.dep_ != "pobj" or before.tag_ not in ("JJ", "NN", "NNP", "NNPS"):
            continue
        if any(c.dep_ in ("nsubj", "dobj") or c.lower_ in AIMING for c in gerund.children):
            continue  # "arrested in Kabul shooting at police": a verb
        gerund.tag_ = "NN"
        gerund.attach(before.head, "pobj")
        before.attach(gerund, "amod" if before.tag_ == "JJ" else "compound")


def _mend_participle_adjectives(doc: Parse) -> None:
    for word in doc:
        noun = word.head
        if word.tag_ != "VBG" or word.dep_ != "amod" or not word.i or word.i > noun.i:
            continue
        if doc[word.i - 1].text != "," or noun.dep_ not in ("dep", "appos", "npadvmod"):
            continue
        verb = noun.head
        if not verb.tag_.startswith("VB") or verb.i > word.i:
            continue
        word.attach(verb, "advcl")
        noun.attach(word, "dobj")


def _mend_participle_conjuncts(doc: Parse) -> None:
    for word in doc:
        head = word.head
        if word.tag_ != "VBG" or word.dep_ != "conj" or head.dep_ != "acl" or head.tag_ != "VBG":
            continue
        if doc[word.i - 1].text != "," or any(c.dep_ == "cc" for c in head.children):
            continue
        verb = _governing_verb(head.head)
        if verb.tag_.startswith("VB") and verb.i < head.i:
            word.attach(verb, "advcl")


def _mend_participle_joined_to_infinitive(doc: Parse) -> None:
    for word in doc:
        infinitive = word.head
        if word.tag_ != "VBG" or word.dep_ != "conj" or infinitive.tag_ != "VB":
            continue
        participle = infinitive.head
        if infinitive.dep_ not in ("xcomp", "advcl") or participle.tag_ != "VBG":
            continue
        for joint in infinitive.children:
            if joint.dep_ == "cc" and joint.i == word.i - 1:
                joint.attach(participle, "cc")
        word.attach(participle, "conj")


def _comma_participles(doc: Parse) -> Iterator[Word]:
    """Participles after a comma that the parse hangs on a clause as its adverbial: the
    misplaced attachments the next three mends correct."""
    return (w for w in doc if w.tag_ == "VBG" and w.dep_ == "advcl" and doc[w.i - 1].text == ",")


def _mend_harm_participles(doc: Parse) -> None:
    for word in _comma_participles(doc):
        clause = word.head
        if HARMING.isdisjoint(lemmas_of(word.lower_)) or clause.dep_ not in ("relcl", "acl"):
            continue
        verb = _governing_verb(clause.head)
        fired = any(c.dep_ == "dobj" and c.lower_ in ("fire", "shots") for c in verb.children)
        if verb.i < clause.i and (fired or not FIRING.isdisjoint(lemmas_of(verb.lower_))):
            word.attach(verb)


def _mend_charged_harm(doc: Parse) -> None:
    """A harm after a comma hung on a verb of accusing ("accused Russia of striking a
    mall, killing 18 people"; "blamed Moscow for a missile strike, killing 50") is the
    charged act's outcome, not the accuser's deed: it goes to the gerund or noun charged."""
    for word in _comma_participles(doc):
        accuser = word.head
        if HARMING.isdisjoint(lemmas_of(word.lower_)):
            continue
        if ACCUSING_VERBS.isdisjoint(lemmas_of(accuser.lower_)):
            continue
        charged = next(
            (
                act
                for prep in accuser.children
                if prep.dep_ == "prep" and prep.lower_ in ("of", "for") and prep.i < word.i
                for act in prep.children
                if act.dep_ in ("pcomp", "pobj")
            ),
            None,
        )
        if charged is not None:
            word.attach(charged, "advcl" if charged.tag_ == "VBG" else "acl")


def _mend_reported_participles(doc: Parse) -> None:
    for word in _comma_participles(doc):
        said = word.head
        if word.i < said.i or REPORTING_VERBS.isdisjoint(lemmas_of(said.lower_)):
            continue
        told = next((c for c in said.children if c.dep_ in SPEECH_LINKS and c.i < said.i), None)
        if told is None and said.dep_ == "parataxis" and said.head.i < said.i:
            told = said.head  # the parse may hang "said" on the statement instead
        if told is not None and told.tag_.startswith("VB") and not _quoted(told):
            word.attach(told)  # not '"...," Biden said, holding Putin responsible'


def _quoted(clause: Word) -> bool:
    """The clause opens a quotation: a speaker's own words, whose subject does not act in
    what the speaker goes on to do."""
    first = clause.left_edge
    return first.text in QUOTES or (first.i > 0 and first.doc[first.i - 1].text in QUOTES)


def _mend_drawn_reactions(doc: Parse) -> None:
    for word in _comma_participles(doc):
        told = word.head
        if DRAWING_VERBS.isdisjoint(lemmas_of(word.lower_)) or told.dep_ != "ccomp":
            continue
        reaction = next((c for c in word.children if c.dep_ == "dobj"), None)
        saying = told.head
        if reaction is None or REACTION_NOUNS.isdisjoint(lemmas_of(reaction.lower_)):
            continue
        if not SPECULATING.isdisjoint(lemmas_of(saying.lower_)):
            word.attach(saying)


SPECULATING = frozenset({"suggest", "claim", "allege", "insinuate", "hint", "speculate"})
"""Verbs of a statement that itself draws the reaction; after "said", the act told may
("said Chinese warships entered its waters, prompting a protest from Tokyo")."""


REACTION_NOUNS = frozenset(
    {"rebuke", "criticism", "condemnation", "protest", "backlash", "anger", "outrage"}
    | {"denial", "response", "reaction", "fury", "ire", "censure"}
)
"""What a statement draws from others ("..., drawing a rebuke from Washington")."""


HARMING = frozenset({"kill", "wound", "injure", "maim"})
FIRING = frozenset({"shoot", "shell", "bomb", "strike", "attack", "raid"})


def _mend_judging_participles(doc: Parse) -> None:
    hung = (w for w in doc if w.tag_ == "VBG" and w.dep_ == "xcomp" and doc[w.i - 1].text == ",")
    for word in [*_comma_participles(doc), *hung]:  # "..., Hanoi said, | demanding"
        clause = word.head
        if not (CALLING | JUDGING | BLAMING).isdisjoint(lemmas_of(word.lower_)) and _background(
            clause
        ):
            word.attach(clause.head)  # "vowed revenge after two blasts killed 100 people,
            continue  # blaming Israel": the vow's subject blames, not the blasts
        if (CALLING | JUDGING | PEOPLE_ACTS).isdisjoint(lemmas_of(word.lower_)):
            continue
        if _reported_clause(clause):
            word.attach(clause.head)  # "said North Korea had sent balloons, calling it ..."
            continue
        frame = next(  # "boarded Philippine boats, the Philippine military said, calling it"
            (
                c
                for c in clause.children
                if c.dep_ == "parataxis"
                and word.i - 2 <= c.right_edge.i < word.i
                and not REPORTING_VERBS.isdisjoint(lemmas_of(c.lower_))
            ),
            None,
        )
        if frame is not None:
            word.attach(frame)


def _mend_passive_participles(doc: Parse) -> None:
    for word in _comma_participles(doc):
        passive = word.head
        if passive.dep_ not in ("ccomp", "xcomp") or not _is_passive_verb(passive):
            continue
        if _subject_word(passive.head) is not None and passive.head.i < word.i:
            word.attach(passive.head)


def _mend_clause_conjuncts(doc: Parse) -> None:
    for word in doc:
        clause = word.head
        if word.dep_ != "conj" or word.tag_ != "VBD" or clause.dep_ != "advcl":
            continue
        if _subject_word(word) is None or clause.head.i > clause.i or word.left_edge.i < 2:
            continue
        joint = doc[word.left_edge.i - 2 : word.left_edge.i]
        if [w.lower_ for w in joint] != [",", "and"]:
            continue
        if any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children):
            word.attach(clause.head)


TIME_MARKS = frozenset({"after", "before", "since", "as", "when", "while", "because"})


def _mend_summing_clauses(doc: Parse) -> None:
    for noun in doc:
        if noun.lower_ in SUMMARY_NOUNS and _mend_judges_apposed(noun):
            continue
        if noun.lower_ not in ACT_NOUNS:
            continue
        names = [  # "a move Russia, China and Iran condemned": an adverb, for the parse
            c
            for c in noun.children
            if c.dep_ in ("appos", "npadvmod") and c.tag_ in ("NNP", "NNPS")
        ]
        verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")]
        if len(names) == 1 and verbs and names[0].i == noun.i + 1 and names[0].i < verbs[0].i:
            _hang_relative(noun, verbs[0], names[0])


def _mend_judges_apposed(noun: Word) -> bool:
    """ "..., a verdict Western governments condemned as politically motivated": the
    judges read as an apposition of the noun, their verb as a participle describing
    them; the judges become the subject of a clause on the noun. True when mended."""
    judges = next(
        (c for c in noun.children if c.dep_ == "appos" and c.left_edge.i == noun.i + 1), None
    )
    if judges is None:
        return False
    verb = next(
        (
            c
            for c in judges.children
            if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i > judges.i
        ),
        None,
    )
    if verb is None or passive_agent(verb) is not None:
        return False
    if (CALLING | JUDGING_AS).isdisjoint(lemmas_of(verb.lower_)):
        return False  # "condemned", "called", "welcomed"
    _hang_relative(noun, verb, judges)
    return True


def _mend_act_modifying_judge(doc: Parse) -> None:
    """ ", a move pro-democracy activists condemned": after a comma, "a move" (an act
    noun) read as a modifier of the noun after it, whose participle with no agent is
    the verb of a clause about the move; the noun is that verb's subject."""
    for noun in doc:
        judge = noun.head
        if noun.lower_ not in ACT_NOUNS or noun.dep_ not in ("amod", "nmod", "compound"):
            continue
        if judge.i <= noun.i or judge.head == judge or not judge.tag_.startswith("NN"):
            continue
        if noun.i < 2 or doc[noun.i - 1].lower_ not in ("a", "the") or doc[noun.i - 2].text != ",":
            continue
        verb = next(
            (c for c in judge.children if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD")), None
        )
        if verb is None or verb.i < judge.i or passive_agent(verb) is not None:
            continue
        noun.attach(judge.head, judge.dep_)
        doc[noun.i - 1].attach(noun, "det")
        _hang_relative(noun, verb, judge)


def _mend_act_read_as_judges_adjective(doc: Parse) -> None:
    """ "jailed a British consulate employee, a ruling London said was politically
    motivated": the act noun after the comma read as an adjective of the judges, the
    judges' verb as the sentence's root and the act before as its clause. The act's verb
    becomes the root again, the noun sums it up, and the judges' verb is a relative
    clause on the noun."""
    for noun in doc:
        judge = noun.head
        verb = judge.head
        if noun.lower_ not in RULINGS_SUMMED or noun.dep_ != "amod" or judge.dep_ != "nsubj":
            continue
        if noun.i < 2 or doc[noun.i - 1].lower_ not in ("a", "the") or doc[noun.i - 2].text != ",":
            continue
        if (REPORTING_VERBS | CALLING).isdisjoint(lemmas_of(verb.lower_)):
            continue
        if verb.head == verb:  # the judges' verb read as the root
            act = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < noun.i), None)
            if act is None:
                continue
            act.attach(act, "ROOT")
        elif verb.dep_ == "advcl" and verb.head.i < noun.i:  # or as a clause of the act
            act = verb.head
        else:
            continue
        doc[noun.i - 1].attach(noun, "det")
        _sum_up(act, noun, doc[noun.i - 2], verb)


def _sum_up(act: Word, noun: Word, comma: Word, judged_by: Word) -> None:
    """Hang the noun after the comma on the act's verb as what sums it up, and the
    judges' verb on the noun as a relative clause ("..., a ruling London said ...")."""
    noun.attach(act, "npadvmod")
    comma.attach(act, "punct")
    judged_by.attach(noun, "relcl")


def _mend_summary_read_as_verb(doc: Parse) -> None:
    """ "accused France of abandoning Mali in mid-flight, remarks Paris called
    unacceptable": the noun summing up what was said, read as the root verb ("remarks")
    with the act before the comma as its clause. The act's verb becomes the root again,
    the noun sums it up, and the judges' verb is a relative clause on the noun."""
    for noun in doc:
        if noun.lower_ not in WORDS_SUMMED_UP or not noun.tag_.startswith("VB"):
            continue
        if noun.head != noun or noun.i < 2 or doc[noun.i - 1].text != ",":
            continue
        judging = [c for c in noun.children if c.dep_ == "ccomp" and c.i > noun.i]
        acts = [c for c in noun.children if c.dep_ == "ccomp" and c.i < noun.i]
        if len(judging) != 1 or len(acts) != 1:
            continue
        if SUMMARY_JUDGES.isdisjoint(lemmas_of(judging[0].lower_)):
            continue
        act = acts[0]
        act.attach(act, "ROOT")
        noun.tag_ = "NNS"
        _sum_up(act, noun, doc[noun.i - 1], judging[0])


def _mend_summary_judged_by_apposed(doc: Parse) -> None:
    """ "accusing its neighbour of hostile actions, an accusation Rabat called
    unjustified": the noun summing up what was said, read as the root's subject with
    the judges as its apposition and the act before the comma as the root's clause.
    The act's verb becomes the root again, the noun sums it up, and the judges' verb is
    a relative clause on the noun with the judges as its subject."""
    for verb in doc:
        if verb.head != verb or SUMMARY_JUDGES.isdisjoint(lemmas_of(verb.lower_)):
            continue
        noun = _subject_word(verb)
        if noun is None or noun.lower_ not in SAYINGS_JUDGED:
            continue
        start = noun.left_edge.i
        judges = [c for c in noun.children if c.dep_ == "appos" and c.tag_ == "NNP"]
        acts = [c for c in verb.children if c.dep_ == "ccomp" and c.i < start]
        if start < 2 or doc[start - 1].text != "," or len(judges) != 1 or len(acts) != 1:
            continue
        act = acts[0]
        act.attach(act, "ROOT")
        _sum_up(act, noun, doc[start - 1], verb)
        verb.tag_ = "VBD"
        judges[0].attach(verb, "nsubj")


def _mend_concern_over(doc: Parse) -> None:
    """ "expressed concern on Thursday over the escalation of fighting in Yemen": the
    "over" the parse hangs on the verb is the concern's, so what it is about is no act
    of whoever expressed it."""
    for prep in doc:
        if prep.lower_ not in ("over", "about", "at") or not prep.head.tag_.startswith("VB"):
            continue
        concern = next(
            (
                c
                for c in prep.head.children
                if c.dep_ == "dobj" and c.i < prep.i and c.lower_ in CONCERN_NOUNS
            ),
            None,
        )
        if concern is not None:
            prep.attach(concern, "prep")


CONCERN_NOUNS = frozenset({"concern", "concerns", "alarm", "worry", "worries", "dismay"})
"""Nouns of a worry expressed, whose "over" or "about" names what it is about."""


def _mend_asked_one_accusing(doc: Parse) -> None:
    """ "India ordered Pakistan to cut its staff, accusing diplomats of espionage": a
    participle of saying, accusing or warning after a comma, read as part of the
    infinitive the other side was told to do, is the teller's: it goes to the telling
    verb."""
    for participle in doc:
        infinitive = participle.head
        if participle.tag_ != "VBG" or participle.dep_ != "advcl" or participle.i < 1:
            continue
        if doc[participle.i - 1].text != "," or (TELLING_VERBS | WARNING_VERBS).isdisjoint(
            lemmas_of(participle.lower_)
        ):
            continue  # "told Iran to release the tanker, warning of consequences" too
        if infinitive.dep_ != "xcomp" or not to_infinitive(infinitive):
            continue
        if any(c.dep_ == "dobj" for c in infinitive.head.children):  # "ordered Pakistan to"
            participle.attach(infinitive.head, "advcl")


def _hang_relative(noun: Word, verb: Word, subject: Word) -> None:
    """Make the participle `verb` a relative clause on `noun` (in the past tense), with
    `subject` its subject: "a move (that) Russia condemned"."""
    verb.tag_ = "VBD"
    verb.attach(noun, "relcl")
    subject.attach(verb, "nsubj")


def _mend_said_of_move(doc: Parse) -> None:
    for noun in doc:
        said = noun.head
        if (
            noun.lower_ not in ACT_NOUNS
            or noun.dep_ != "nsubj"
            or said.dep_ != "conj"
            or noun.i == 0
            or doc[noun.left_edge.i - 1].text != ","
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in said.children)
        ):
            continue
        sayers = [c for c in noun.children if c.dep_ == "relcl" and c.i < said.i]
        if len(sayers) != 1 or any(c.dep_ in ("dobj", "ccomp") for c in sayers[0].children):
            continue
        act = said.head
        noun.attach(act, "npadvmod")
        said.attach(sayers[0], "ccomp")


def _mend_said_relatives(doc: Parse) -> None:
    for that in doc:
        said = that.head
        if (
            that.lower_ not in ("that", "which")
            or that.dep_ not in ("mark", "nsubj", "dobj")
            or that.i == 0
            or that.i != said.left_edge.i
            or "say" not in lemmas_of(said.lower_)
        ):
            continue
        spoken = (  # "Pelosi's visit, which it said undermined ...": the speaker its own
            that.lower_ == "which"
            and that.i >= 2
            and doc[that.i - 1].text == ","
            and any(c.dep_ == "nsubj" and c != that for c in said.children)
        )
        if not (doc[that.i - 1].tag_.startswith("NN") or spoken):
            continue
        complements = ("ccomp", "xcomp") if spoken else ("ccomp",)
        told = [c for c in said.children if c.dep_ in complements and c.i > said.i]
        if len(told) != 1 or _subject_word(told[0]) is not None:
            continue
        noun = doc[that.i - 2] if spoken else doc[that.i - 1]
        while noun.dep_ == "pobj" and noun.head.lower_ in ("in", "of", "on", "near", "at"):
            noun = noun.head.head  # "strikes in the province of Paktika that ..."
        if spoken and noun.lower_ not in SPOKEN_OF_ACTS:
            continue  # not "Pelosi's visit to Taiwan, which ...": Taiwan or the visit
        verb = told[0]
        verb.attach(noun, "relcl")
        that.attach(verb, "nsubj")
        said.attach(verb, "parataxis")


def _mend_agent_on_object(doc: Parse) -> None:
    for by in doc:
        thing = by.head
        verb = thing.head
        if by.lower_ != "by" or by.dep_ != "prep" or thing.dep_ != "dobj" or verb == thing:
            continue
        if not any(c.dep_ == "auxpass" for c in verb.children) or passive_agent(verb):
            continue
        named = next((c for c in by.children if c.dep_ == "pobj"), None)
        if named is None or named.lower_ in MONTHS or named.lower_ in WEEKDAYS:
            continue
        if named.tag_ in ("NNP", "NNPS") or any(
            c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS") for c in named.children
        ):
            by.attach(verb, "agent")


def _mend_subject_after_day(doc: Parse) -> None:
    for name in doc:
        if name.dep_ != "conj" or name.tag_ != "NNP" or name.head.lower_ not in DAYS:
            continue
        verb = doc[name.i + 1] if name.i + 1 < len(doc) else None
        if verb is None or verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ"):
            continue
        if _subject_word(verb) is None:
            name.attach(verb, "nsubj")


def _mend_subject_clause_read_as_participle(doc: Parse) -> None:
    for name in doc:
        subject = name.head
        verb = subject.head
        if name.dep_ != "conj" or subject.dep_ != "nsubj" or not name.i < verb.i:
            continue
        if [w.lower_ for w in doc[name.i - 2 : name.i]] != [",", "and"]:
            continue
        described = [subject, *(w for w in subject.children if w.lower_ == "of")]
        described += [o for w in described[1:] for o in w.children if o.dep_ == "pobj"]
        participle = next(
            (
                c
                for w in described
                for c in w.children
                if c.dep_ == "acl" and c.tag_ in ("VBN", "VBD") and c.i < name.i
            ),
            None,
        )
        if participle is None or any(c.dep_ in ("aux", "auxpass") for c in participle.children):
            continue
        participle.tag_ = "VBD"
        participle.attach(verb, "conj")  # "Thousands of migrants massed at the border,
        subject.attach(participle, "nsubj")  # and Warsaw accused Minsk": the migrants
        name.attach(verb, "nsubj")  # massed, Warsaw accused


def _mend_said_on_day_of(doc: Parse) -> None:
    for of in doc:
        day = of.head
        if of.lower_ != "of" or of.dep_ != "prep" or day.lower_ not in DAYS:
            continue
        on = day.head
        said = on.head
        if (
            day.dep_ != "pobj"
            or on.lower_ != "on"
            or REPORTING_VERBS.isdisjoint(lemmas_of(said.lower_))
        ):
            continue
        told = _pobj(of)
        if told is not None and told.lower_ not in ("week", "month", "year", "last", "next"):
            of.attach(said, "prep")


def _mend_denied_tail(doc: Parse) -> None:
    for denial in doc:
        if denial.head is not denial:
            continue
        charges = [c for c in denial.children if c.dep_ == "dobj" and c.i < denial.i]
        charges += [  # "a charge Kigali denies", read as a name with a modifier
            c
            for s in denial.children
            if s.dep_ == "nsubj"
            for c in s.children
            if c.dep_ == "compound" and c.lower_ in CHARGES | ACT_NOUNS
        ]
        deniers = [  # "a charge Kigali has denied", read as the charge and its apposition
            (s, c)
            for s in denial.children
            if s.dep_ == "nsubj" and s.lower_ in CHARGES
            for c in s.children
            if c.dep_ == "appos" and c.i > s.i
        ]
        charges += [charge for charge, _ in deniers]
        told = [c for c in denial.children if c.dep_ == "ccomp" and c.i < denial.i]
        if len(charges) != 1 or len(told) != 1 or charges[0].lower_ not in CHARGES | ACT_NOUNS:
            continue
        charge, act = charges[0], told[0]
        article = doc[charge.i - 1]
        opening = article if article.dep_ == "det" else charge
        if act.i > charge.i or doc[opening.i - 1].text != ",":
            continue
        if opening is article:
            article.attach(charge, "det")  # "a | charge Kigali"
        act.attach(act, "ROOT")
        charge.attach(act, "npadvmod")
        denial.attach(charge, "relcl")
        for _, denier in deniers:
            denier.attach(denial, "nsubj")


CHARGES = frozenset({"charge", "accusation", "allegation", "claim"})


def _mend_so_called(doc: Parse) -> None:
    for call in doc:
        aimed = call.dep_ == "pcomp" and call.head.lower_ in AIMED_AT  # not "in what
        # Seoul called an act of intimidation": a judgement of the act, see names_what
        if not (call.dep_ == "ccomp" or aimed) or CALLING.isdisjoint(lemmas_of(call.lower_)):
            continue
        role = "dobj" if call.dep_ == "ccomp" else "pobj"
        what = [c for c in call.children if c.dep_ == "dobj" and c.lower_ == "what"]
        named = [  # the parse may take the name for a second object: "struck what New
            c  # Delhi called | a militant training camp"
            for c in call.children
            if (c.dep_ in ("oprd", "attr") or (c.dep_ == "dobj" and c.lower_ != "what"))
            and c.i > call.i
        ]
        verb = call.head
        if not what or len(named) != 1 or any(c.dep_ == role for c in verb.children):
            continue
        noun = named[0]
        noun.attach(verb, role)
        call.attach(noun, "relcl")
        for prep in [c for c in call.children if c.dep_ in ("prep", "agent") and c.i > noun.i]:
            prep.attach(noun, "prep")  # "provocations by President Lai"


FORCE_GERUNDS = frozenset({"shelling", "bombing", "firing", "shooting", "fighting"})
AIMING = frozenset({"at", "into", "toward", "towards"})
AIMED_AT = AIMING | {"on", "against"}
"""Prepositions of what an act is aimed at ("strikes on what it called ...")."""


BLAMING = frozenset({"blame", "accuse"})


def _background(clause: Word) -> bool:
    """The clause is an adverbial one that a background marker opens ("after two
    explosions killed ...")."""
    return clause.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKERS for c in clause.children
    )


JUDGING = frozenset(
    {"condemn", "denounce", "reject", "dismiss", "decry", "deplore", "criticise", "criticize"}
    | {"slam", "welcome", "hail", "praise", "describe", "brand", "see", "view", "regard"}
)


PROTESTING_OR_JUDGING = JUDGING | {"protest"}


def _judging(verb: Word) -> bool:
    """A verb that protests or judges what its object names."""
    return not PROTESTING_OR_JUDGING.isdisjoint(lemmas_of(verb.lower_))


def _finite(verb: Word) -> bool:
    """A verb in a tense, by its own form or by its auxiliary ("was trying")."""
    return verb.tag_ in FINITE or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE | {"MD"} for c in verb.children
    )


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def word_at(doc: Parse, token: Token) -> Word | None:
    """The parse's word for the lexical `token`: the head of the words it spans where
    the parse splits it ("test-fired": "fired"); None if the parse has none."""
    span: Span | None = doc.char_span(token.start, token.end)
    return span.root if span is not None and len(span) else None


def roles(
    anchor: Word,
    tokens: list[Token],
    mentions: list[Mention],
    spelled: frozenset[str] = frozenset(),
) -> Roles:
    """The actors of the pattern whose first word is `anchor`. `spelled` are prepositions
    the pattern itself names ("arrive in"): their object is the target even where the
    preposition would otherwise name a place."""
    finder = _MentionFinder(tokens, mentions)
    disputed = _disputed_claim(anchor, finder)
    if disputed is not None:
        return disputed
    if anchor.lower_ in DEMAND_MODALS and anchor.dep_ == "aux":
        reported = anchor.head
        while reported.dep_ == "conj":  # "said it had violated resolutions and must be
            reported = reported.head  # punished": the first of the joined clauses told
        if reported.dep_ == "ccomp":
            return _demand(anchor.head, reported, finder)
    if anchor.dep_ == "advmod" and anchor.head.tag_ in ("JJ", "VBN"):
        anchor = anchor.head  # "deeply | concerned": the adjective's roles
    verb = _acting_verb(anchor)
    if anchor.dep_ in AUXILIARY_LINKS:
        anchor = verb  # "will | support", "not | resign": the verb's own roles
    elif anchor.dep_ == "prep" and (named := _pobj(anchor)) is not None:
        anchor = named  # "during | talks": the talks
    subject, passive, agent = _subject(verb)
    if passive and verb.lower_ in FEELINGS:
        passive = False  # "Beijing was concerned about ...": a state of mind, no passive;
        agent = None  # "distressed by the announcement": its cause, see _names_target
    sources: list[Mention] = []
    targets: list[Mention] = []
    by: list[list[Mention]] = []
    if anchor != verb:
        noun = _noun_head(anchor)  # "military" in "a military aid package for Ukraine"
        sender = _sender(noun, spelled)
        nouns = [noun, *_rounds_of(noun)]
        objects = [w for w in _prepositional_objects(nouns, noun, spelled) if w != sender]
        targets = _first(finder.phrase(w) for w in objects)
        if not targets:  # "the Russian missile barrage that hit Ukrainian cities"
            targets = _first(finder.phrase(w) for w in _struck_by(noun))
        sources = _first(finder.phrase(c) for c in anchor.children if c.dep_ == "poss")
        told = anchor.dep_ == "pobj" and anchor.head.lower_ == "of"  # "details of his meeting"
        if not sources and not told:  # "Clinton laid a wreath ... during his visit to
            sources = _his(anchor, tokens, mentions)  # Vietnam": the one person named
        if not sources and sender is not None:
            sources = finder.phrase(sender)  # "a protest from Tokyo"
            if sources and not targets and subject is not None and not passive:
                receiver = _main_subject(verb) or subject  # "X received a phone call from
                targets = finder.phrase(receiver)  # Biden"; "..., drawing criticism from"
                summed_up = _doer_summed_up(receiver) if not targets else None
                targets = finder.phrase(summed_up) if summed_up is not None else targets
            elif sources and not targets and agent is not None and _drawn(noun):
                targets = finder.phrase(agent)  # "was shot down by a U.S. jet, prompting a
                # protest from Beijing": the doer drew it, not the thing done to
        by = _done_by(noun, finder) + _ascribed_to(noun, finder)  # "a drone attack
        # blamed on the RSF"
        hit = noun.head if noun.dep_ == "nsubj" else None
        if not targets and hit is not None and not HITTING.isdisjoint(lemmas_of(hit.lower_)):
            targets = _first(  # "drone attacks claimed by the Houthis hit Saudi facilities"
                finder.phrase(w) for w in _objects(hit, hit, spelled=spelled)
            )
        if _reported(noun, verb):
            own = finder.core(noun)  # "a Russian missile attack", "Israeli air strikes"
            user = _weapon_user(noun)  # "Russia used Iranian drones to attack Kyiv"
            sources = sources or (finder.phrase(user) if user is not None else [])
            if user is not None and not targets:  # "... missiles to strike a Russian base"
                aims = [c for c in noun.head.children if c.dep_ in ("xcomp", "advcl")]
                targets = _first(finder.phrase(w) for c in aims for w in _objects(c, c))
            sources = sources or ([own] if own else []) or _first(by)
            if not sources and _served_owns_object(anchor.head) and _owned(anchor):
                served = [c for c in anchor.head.head.children if c.dep_ in ("dobj", "dative")]
                sources = _first(map(finder.phrase, served))  # "summoned the U.S. envoy to
                # protest their support for ...": the envoys' countries' support
            if not sources and subject is not None and not passive and _owned(anchor):
                sources = finder.phrase(subject)  # "Iran reaffirmed its support for ..."
            if not sources and subject is not None and not passive and _answered_with(noun):
                sources = finder.phrase(subject)  # "Israel responded with artillery strikes"
            if not sources and subject is not None and not passive and _vowed(noun):
                sources = finder.phrase(subject)  # "China vowed countermeasures against ..."
            hitter = _struck_in(noun) if not sources else None
            if hitter is not None:
                striker, struck_passive, _ = _subject(hitter)
                if striker is not None and not struck_passive:
                    sources = finder.phrase(striker)  # "Israel targeted Deif in a strike on"
                    targets = _first(map(finder.phrase, _objects(hitter, hitter))) or targets
            if sources and not targets and subject is not None and not passive and heeded(noun):
                targets = finder.phrase(_main_subject(verb) or subject)  # "brushed off U.S.
                # warnings": the warned
            if not sources and subject is not None and _drawn(noun):
                drawer = _main_subject(verb) or subject
                targets = targets or finder.phrase(drawer)  # "..., sparking protests"
            defier = _defier(noun)
            if defier is not None:  # "pressed on with their offensive despite U.S. calls for
                targets = finder.phrase(defier) or targets  # a withdrawal": calls on Israel
            clause = (anchor.left_edge.idx, anchor.right_edge.idx + len(anchor.right_edge.text))
            convened = not CONVENING.isdisjoint(lemmas_of(verb.lower_))
            return Roles(sources, targets, False, True, clause, convened and _intended(verb))
    if anchor == verb and anchor.tag_.startswith("NN"):  # a noun standing alone: "...,
        # the first visit by a Chinese foreign minister to the United States"
        by = _by_phrases(anchor, finder)
        own = finder.core(anchor) if _told_noun(anchor) else None
        by = by or ([[own]] if own is not None else [])  # "said that a U.S.-led coalition
        # strike on Syrian army positions ... bordered on connivance": the striker
    sources = sources or _first(by)  # "an attack on a patrol by Kosovo Albanians"
    if passive:
        sources = sources or (finder.phrase(agent) if agent is not None else [])
        if not sources and agent is not None:
            sources = _first(_done_by(agent, finder))  # "were hit by water cannon fired
            # by Chinese coast guard ships"
        sources = sources or _instrument_owner(verb, finder)  # "hit with U.S. sanctions"
        owner = (  # "a Houthi missile was fired at a U.S. destroyer": the missile's owner
            finder.phrase(subject)  # fired it at the destroyer
            if subject is not None
            and not PROJECTILES.isdisjoint(lemmas_of(subject.lower_))
            and not FIRED_OFF.isdisjoint(lemmas_of(verb.lower_))
            else []
        )
        if not sources and owner:
            sources = owner
            aimed = _prepositional_objects([verb], verb, spelled)
            targets = targets or _first(map(finder.phrase, aimed))
        targets = targets or (finder.phrase(subject) if subject is not None and not owner else [])
        cause = cause_clause(verb) if not sources else None
        if cause is not None and (causer := _subject_word(cause)) is not None:
            sources = finder.phrase(causer)  # "were killed when Russian missiles hit"
        captor = _captor_before(verb) if not sources else None
        if captor is not None:
            sources = finder.phrase(captor)  # "overran Srebrenica, and Dutch peacekeepers
            # were taken hostage": by those who overran it
    else:
        owners = (
            [c for c in verb.head.children if c.dep_ in ("poss", "compound", "amod")]
            if (verb.dep_, verb.tag_) == ("acl", "VB")
            else []
        )
        sources = (  # "criticised a U.S. decision to send warships": the U.S. sends them
            sources
            or _first(map(finder.phrase, owners))
            or (finder.phrase(subject) if subject is not None else [])
        )
        if subject is not None and sources:
            sources += [m for m in _headline_partners(subject, finder) if m not in sources]
        if (
            not sources
            and verb.dep_ == "acl"
            and verb.tag_ == "VBG"
            and subject == verb.head
            and subject.lower_ not in AGENT_NOUNS  # "sanctions on companies investing in"
            and not any(c.dep_ == "poss" for c in subject.children)
        ):
            subject, _, _ = _subject(_governing_verb(subject))  # "signed a decree annexing"
            sources = finder.phrase(subject) if subject is not None else []
        bound = anchor != verb and _bound_for_place(anchor, finder)  # "delivers remarks to
        # U.S. troops in an unannounced visit to Bagram Air Base": the visit went there
        served_owns = _served_owns_object(verb)  # "summoned the Swedish envoy to protest
        # its backing for Kurdish militants": aimed at the envoy's country
        targets = targets or _first(  # not "the USS Gerald R. Ford" the US sends: its own
            found
            for word in _before_spelled_place(
                _objects(verb, anchor, spelled=spelled), spelled, finder
            )
            if not bound
            and not served_owns
            and not _shared_data(verb, word)
            and not _topic_of_joint_talks(word, subject)
            and not _matter_of_dispute(word)
            and (found := finder.phrase(word))
            and not all(any(_own_object(s, t, word) for s in sources) for t in found)
        )
        if not targets:
            targets = _agreement_partner(verb, finder) or _agreed_with(verb, finder)
        if not targets:
            targets = _met_partner(verb, finder)
        if not targets:
            targets = _avenged(verb, finder)
        if not targets:
            targets = _first(map(finder.phrase, _investigated_doers(verb)))
        if not targets and not WARNING_VERBS.isdisjoint(lemmas_of(verb.lower_)):
            targets = _warned_about(verb, anchor, finder, sources)
        if not targets and not (THREAT_VERBS | WARNING_VERBS).isdisjoint(lemmas_of(verb.lower_)):
            targets = _conditioned(verb, finder, sources)  # "threatened ... if NATO admitted"
        if not targets and (_purpose(verb) or _purpose_after_object(verb)):
            # "summoned Pakistan's envoy to protest against", "telephoned Bush to express
            # condolences"
            served = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
            if not USING.isdisjoint(lemmas_of(verb.head.lower_)):
                served = []  # "used U.S. weapons to strike targets inside Russia": a means
            targets = [  # not "deployed soldiers to help ...": its own
                t
                for t in _first(map(finder.phrase, served))
                if not any(_own_object(s, t, served[0]) for s in sources)
            ]
        if not targets and (teller := _telling(verb)) is not None:
            quoted = any(_quoted(c) for c in teller.children if c.dep_ == "ccomp")
            told = [  # not "told the British parliament that Ukraine would fight on"; but
                c  # '"I call on you to do more," Zelenskiy told the U.S. Congress'
                for c in teller.children
                if c.dep_ in ("dobj", "dative")
                and (quoted or AUDIENCES.isdisjoint(lemmas_of(c.lower_)))
            ]
            targets = _first(map(finder.phrase, told))  # "told X that Ankara wanted to ...",
            # "told X that Hanoi was ready to hold talks"
        if (
            not targets
            and verb.dep_ == "conj"
            and _speaks(verb)
            and _subject_word(verb) is None  # not "killed X, and Islamabad complained that"
            and not any(  # "and demanded that Israeli troops withdraw": of the troops
                _others(finder.phrase(subject), sources)
                for c in verb.children
                if c.dep_ == "ccomp"
                and (subject := _subject_word(c)) is not None
                and subject.tag_ != "PRP"
            )
        ):
            shared = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
            targets = _first(map(finder.phrase, shared))  # "accused X of ... and warned that"
        if (
            not targets
            and verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and not WARNING_VERBS.isdisjoint(lemmas_of(verb.lower_))
            and _subject_word(verb) is None
        ):
            told = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
            targets = _first(map(finder.phrase, told))  # "told Iran to release the tanker,
            # warning of serious consequences": the one told is warned
    if not sources and subject is not None and not passive:
        sources = _serving_as(subject, finder)  # "X resigned as the U.N. envoy, accusing ..."
    if not targets:
        targets = _in_what(verb, finder)  # "..., in what Baku hailed as a historic event"
    if not targets:
        targets = _summed_up(verb, finder)  # "..., a move Taipei condemned as intimidation"
    if not targets:
        targets = _measure_judged(verb, finder)  # "signed a law the EU condemned"
    if not targets:
        targets = _answered_after(verb, finder)  # "would retaliate after U.S. warships struck"
    if not targets:
        targets = _said_of(verb, finder)  # '"We will never accept this," Wang said of ...'
    unnamed = (  # "it will ...", "his country would not ..."; not "a bomber killed ..."
        subject is None
        or subject.tag_ in ("PRP", "WP", "EX", "DT")
        or any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in subject.children)
    )
    promised = passive and agent is None and _will_be_done(verb)
    if not sources and ((unnamed and not passive) or promised):  # not "800 were killed, the
        # U.N. said"; but "said the captured pilot would be released": the speaker's promise
        speaker = _speaker(verb)
        if speaker is not None:
            sources = finder.phrase(speaker)
    if targets and sources and subject is not None and not passive:
        sources += [m for m in _companions(verb, subject, finder) if m not in sources + targets]
    sources = [m for m in sources if m not in targets]
    actor_word = agent if passive else subject
    named = actor_word is not None and actor_word.tag_ not in ("PRP", "WP", "EX", "DT")
    clause = _own_clause(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    acting, undergoing = (agent, subject) if passive else (subject, obj)
    return Roles(
        sources,
        targets,
        passive,
        named,
        clause,
        _intended(
            verb,
            occasion=_occasion(anchor),
            noun=anchor != verb,
        )
        or _ready_for(anchor),
        _unknown_name(acting, finder) if not sources else None,
        _unknown_name(undergoing, finder) if not targets else None,
    )


def _said_of(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """What the statement holding the verb was said "of" ('"China will never accept
    this," the spokesman said of the U.S. sanctions'): whom its act is aimed at."""
    said_of = _said_of_word(verb)
    return finder.phrase(said_of) if said_of is not None else []


def _said_of_word(verb: Word) -> Word | None:
    """The object of "of" after the verb of saying that reports the verb's clause."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("ccomp", "parataxis") or current.head == current:
            return None
        current = current.head
        if not REPORTING_VERBS.isdisjoint(lemmas_of(current.lower_)):
            return _object_of(current, "of")
    return None


def _quoted_alone(adjective: Word) -> bool:
    """A verdict quoted without a verb before the verb of saying that reports it ('"Very
    dishonest and weak," Trump said of Trudeau'), whatever the parse calls it."""
    said = adjective.head
    return (
        adjective.i < said.i
        and adjective.dep_ in ("amod", "ccomp", "dep", "npadvmod", "advcl")
        and not REPORTING_VERBS.isdisjoint(lemmas_of(said.lower_))
        and _quoted(adjective)
    )


STRUCK_OR_HARMED = HARMING | {"hit", "strike", "target", "pound", "slam"}
"""Verbs of a relative clause that tells whom an attack noun hit or harmed (not
actors.STRIKING, the verbs of force a town's name may follow)."""


def _struck_by(noun: Word) -> list[Word]:
    """The objects of a relative clause that tells what an attack noun struck ("the
    barrage that hit Ukrainian cities", "a drone attack that killed three U.S.
    soldiers")."""
    return [
        obj
        for clause in noun.children
        if clause.dep_ == "relcl"
        and not STRUCK_OR_HARMED.isdisjoint(lemmas_of(clause.lower_))
        and any(c.lower_ in ("that", "which") for c in clause.children if c.dep_ == "nsubj")
        for obj in clause.children
        if obj.dep_ == "dobj"
    ]


def _doer_summed_up(noun: Word) -> Word | None:
    """The subject of the clause an apposition sums up as one act ("China renamed 30
    places in Arunachal Pradesh, a move that drew a protest from India": China, whom
    the protest is aimed at); not the agent of a passive, which may go unnamed."""
    if noun.dep_ != "appos":
        return None
    subject, passive, _ = _subject(_governing_verb(noun.head))
    return None if passive else subject


def _main_subject(participle: Word) -> Word | None:
    """The subject of the main clause for a participle the parse hung on a relative
    clause ("vetoed a resolution that demanded a ceasefire, drawing criticism": the
    veto draws it, not the resolution), or on an infinitive another's object does ("would
    encourage Russia to attack NATO members, drawing condemnation": the encourager)."""
    if participle.dep_ != "advcl":
        return None
    head = participle.head
    if head.dep_ == "relcl":
        return _subject(_governing_verb(head.head))[0]
    if head.dep_ != "xcomp" or not any(c.dep_ in ("dobj", "dative") for c in head.head.children):
        return None
    while head.dep_ == "xcomp" and head.head != head:
        head = head.head
    return _subject(head)[0]


def _will_be_done(verb: Word) -> bool:
    """A passive of the future: "would be released", "will be lifted"; not one hoped
    for ("she hoped the officials would be indicted": a wish, no one's promise)."""
    wished = verb.dep_ == "ccomp" and not HOPING.isdisjoint(lemmas_of(verb.head.lower_))
    return not wished and any(
        c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES for c in verb.children
    )


HOPING = frozenset({"hope", "wish", "want", "expect", "fear", "believe", "think", "doubt"})


def _before_spelled_place(
    words: Iterator[Word], spelled: frozenset[str], finder: "_MentionFinder"
) -> Iterator[Word]:
    """Candidate targets, up to a place the pattern's own preposition names that is no
    actor: "arrived in Johannesburg for the BRICS summit" went to South Africa (the
    place's country, see coder._aimed_pairs), not to BRICS."""
    for word in words:
        if _unnamed_place(word, spelled, finder):
            return
        yield word


def _bound_for_place(noun: Word, finder: "_MentionFinder") -> bool:
    """A noun going "to" a proper name no actor stands for: a place, whose country the
    act is aimed at (see coder._aimed_pairs), not whatever the verb's objects name."""
    return any(
        prep.lower_ == "to"
        and (place := _pobj(prep)) is not None
        and place.tag_ == "NNP"
        and not finder.phrase(place)
        for prep in noun.children
    )


def _unnamed_place(word: Word, spelled: frozenset[str], finder: "_MentionFinder") -> bool:
    """The word is a proper name no actor stands for, the object of a locative
    preposition the pattern spells ("arrived in"; not "claims to the Paracel Islands")."""
    return (
        word.dep_ == "pobj"
        and word.tag_ == "NNP"
        and word.head.lower_ in spelled & LOCATIVE
        and not finder.phrase(word)
    )


def leads_to_unnamed_place(
    preposition: Word, spelled: frozenset[str], tokens: list[Token], mentions: list[Mention]
) -> bool:
    """The preposition's object is such a place (see _unnamed_place)."""
    finder = _MentionFinder(tokens, mentions)
    return any(_unnamed_place(c, spelled, finder) for c in preposition.children)


def _conditioned(verb: Word, finder: "_MentionFinder", sources: list[Mention]) -> list[Mention]:
    """Who must meet a threat's condition: "threatened countermeasures if NATO admitted
    former Soviet republics" is aimed at NATO, "warned that military action would be
    unavoidable if Baghdad did not disarm" at Baghdad; not at the threatener's own side,
    nor at a condition of what another actor would do ("warned that Iran could retaliate
    if Israel struck")."""
    clauses = [c for c in verb.children if _condition(c)]
    for told in (c for c in verb.children if c.dep_ == "ccomp"):
        doer = _subject_word(told)
        if doer is None or not _others(finder.phrase(doer), sources):
            clauses += [c for c in told.children if _condition(c)]
    subjects = [s for c in clauses if (s := _subject_word(c)) is not None]
    return _others(_first(map(finder.phrase, subjects)), sources)


def _others(mentions: list[Mention], sources: list[Mention]) -> list[Mention]:
    """The mentions of other countries than the sources' ("warned that Ethiopia would
    defend itself" names only its own; "Biden warned that the West would ..." his own
    camp)."""
    return [m for m in mentions if not any(_one_camp(m.code, s.code) for s in sources)]


def _one_camp(a: str, b: str) -> bool:
    """The same country, or the West and one of its countries."""
    pair = {a[:3], b[:3]}
    return len(pair) == 1 or ("WST" in pair and bool(pair & WESTERN))


WESTERN = frozenset(
    {"USA", "GBR", "FRA", "DEU", "CAN", "ITA", "ESP", "NLD", "BEL", "NOR", "DNK", "SWE"}
    | {"FIN", "POL", "AUT", "IRL", "PRT", "GRC", "AUS", "NZL"}
)
"""Countries that "the West" (WST) counts among its own."""


def _instrument_owner(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """Whose the instrument of a passive without a `by` is: "were hit with U.S.
    sanctions" names the United States as the one who hit, "were killed in Israeli air
    strikes" Israel as the one who killed, "in a clash with Chinese troops" the troops,
    "in a drone strike that officials blamed on Israel" Israel."""
    for prep in verb.children:
        if prep.dep_ != "prep" or (tool := _pobj(prep)) is None:
            continue
        if prep.lower_ == "in" and tool.lower_ in CLASHES:
            partners = [_pobj(c) for c in tool.children if c.lower_ == "with"]
            return _first(finder.phrase(p) for p in partners if p is not None)  # "killed
            # in a clash with Chinese troops": by them
        if prep.lower_ == "with" or _strike(prep) is not None:
            owners = [c for c in tool.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
            return _first(map(finder.phrase, owners)) or _first(_ascribed_to(tool, finder))
    return []


CLASHES = frozenset(
    {"clash", "clashes", "fighting", "battle", "battles", "skirmish", "skirmishes"}
    | {"firefight", "gunfight", "gunbattle", "confrontation", "confrontations", "fight"}
)


def _strike(prep: Word) -> Word | None:
    """The attack an "in" phrase names, in which someone was killed or wounded ("in
    Israeli air strikes"); None for any other phrase."""
    tool = _pobj(prep) if prep.dep_ == "prep" and prep.lower_ == "in" else None
    return tool if tool is not None and tool.lower_ in STRIKE_NOUNS else None


AERIAL = frozenset({"air", "drone", "missile", "rocket", "aerial"})


def struck_from_air(verb: Word) -> bool:
    """Those the verb tells were killed "in Israeli air strikes", "in a drone attack":
    an attack from the air (195)."""
    return any(
        c.lower_ in AERIAL
        for prep in verb.children
        if (tool := _strike(prep)) is not None
        for c in tool.children
    )


def _headline_partners(subject: Word, finder: "_MentionFinder") -> list[Mention]:
    """Names a headline joins to the subject with a comma alone ("Xi, Putin hold talks"),
    which the parse hangs on the verb as adverbs."""
    partners = []
    for word in subject.head.children:
        if word.i >= subject.i or word.tag_ != "NNP" or word.dep_ not in ("npadvmod", "nsubj"):
            continue
        between = subject.doc[word.i + 1 : subject.i]
        if [w.text for w in between] == [","] and (found := finder.core(word)) is not None:
            partners.append(found)
    return partners


def _companions(verb: Word, subject: Word, finder: "_MentionFinder") -> list[Mention]:
    """Those who act together with the subject: "arrived in Kyiv alongside Britain's
    foreign secretary", "travelled together with Merz", "Zelensky, accompanied by his
    defence minister, visited ...". Only beside a target: "fighting alongside M23
    rebels" names no one fought, and companions must not become each other's."""
    found = []
    travelling = not TRAVEL_VERBS.isdisjoint(lemmas_of(verb.lower_))  # "arrived in Kyiv
    # with British Foreign Secretary David Lammy": a trip is made with no one as its aim
    for prep in verb.children:
        together = prep.lower_ == "with" and (
            travelling or any(c.lower_ == "together" for c in prep.children)
        )
        if prep.dep_ == "prep" and (prep.lower_ == "alongside" or together):
            found += finder.phrase(_pobj(prep)) if _pobj(prep) is not None else []
    for clause in subject.children:
        if clause.dep_ == "acl" and clause.lower_ == "accompanied":
            agent = passive_agent(clause)
            found += finder.phrase(agent) if agent is not None else []
    return found


TRAVEL_VERBS = frozenset({"arrive", "visit", "travel", "fly", "tour"})
"""Verbs of a trip, which has no one as its aim: their plain "with" names a companion."""


def _avenged(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """Whoever did the act a vow of revenge is for ("vowed revenge for the killing of its
    commander by Israel"): the act itself is no news of the day (see REACTIONS)."""
    for noun in verb.children:
        if noun.dep_ != "dobj" or noun.lower_ not in REACTIONS:
            continue
        for act in (_pobj(c) for c in noun.children if c.lower_ == "for"):
            found = _first(_done_by(act, finder)) if act is not None else []
            if found:
                return found
    return []


def _done_by(noun: Word, finder: "_MentionFinder") -> list[list[Mention]]:
    """The actors the noun's "by" phrases and those of its participles name: "an attack
    by X", "atrocities committed by Dutch troops", "water cannon fired by Chinese
    ships"; not "a ceasefire brokered by U.N. envoy Kofi Annan": a mediator is no party."""
    return _by_phrases(noun, finder) + [
        finder.phrase(agent)
        for c in noun.children
        if c.dep_ == "acl"
        and c.tag_ == "VBN"
        and not _brokering(c)
        and (agent := passive_agent(c)) is not None
    ]


def _by_phrases(noun: Word, finder: "_MentionFinder") -> list[list[Mention]]:
    """The actors of the noun's own "by" phrases ("an attack on a patrol by Kosovo
    Albanians"), not one after the matter it is about (see _after_matter)."""
    return [
        finder.phrase(p)
        for c in noun.children
        if c.lower_ == "by" and not (noun.dep_ == "dobj" and _after_matter(c))
        if (p := _pobj(c))
    ]


def _after_matter(by: Word) -> bool:
    """A "by" phrase after the matter a noun is about belongs to that matter, however
    the parse hangs it: in "opened an investigation into massacres by Serb forces" the
    forces committed the massacres, the subject investigates. (A noun that is no verb's
    object keeps it: "a protest over the killings by students" may be theirs.)"""
    return any(c.dep_ == "prep" and c.lower_ in ABOUT and c.i < by.i for c in by.head.children)


ABOUT = frozenset({"into", "over", "about", "regarding", "concerning"})
"""Not "against": in "a protest against the war by students" the students protest."""


def _disputed_claim(anchor: Word, finder: "_MentionFinder") -> Roles | None:
    """ "X said Y did Z, an accusation W denied": the noun sums up X's statement as an
    accusation of W (112), and W's denial answers X (016). The parse hangs such a noun
    on any word nearby, so word order finds its parts: the reporting verb before it, the
    denial right after it. `anchor` is the noun or the denial."""
    if anchor.lower_ == "which":  # "X said Y did Z, which Y denied": X accused Y
        denied = _statement_denied(anchor.head, finder) if denying_which(anchor) else None
        if denied is None:
            return None
        return Roles(denied.targets, denied.sources, False, True, denied.clause, False)
    if anchor.lower_ not in CLAIM_NOUNS and REFUTING_VERBS.isdisjoint(lemmas_of(anchor.lower_)):
        return None
    doc = anchor.doc
    noun = _claim_answered(anchor) or anchor
    denial = disputing(noun)
    if denial is None:
        return _statement_denied(anchor, finder)
    speaker = _first_speaker(doc[: noun.i])
    accused = _first(finder.phrase(w) for w in doc[noun.i + 1 : denial.i])
    if speaker is None or not accused:
        return None
    accuser = finder.phrase(speaker)
    clause = (doc[0].idx, denial.idx + len(denial.text))
    if anchor == denial:
        return Roles(accused, accuser, False, True, clause, False)
    if _claims_own_act(speaker):
        return None  # the denial answers the claim, which accuses no one
    charged = _charged_others(speaker, accused, finder)  # "told his British counterpart
    # that Ukraine could use a dirty bomb, a claim Britain rejected": Ukraine is charged
    return Roles(accuser, charged or accused, False, True, clause, False)


def _charged_others(
    speaker: Word, rejecters: list[Mention], finder: "_MentionFinder"
) -> list[Mention]:
    """The actors the subject of the speaker's statement names, when none of them is of
    a rejecter's country: the charge is theirs, and the rejecters are third parties."""
    subject = _told_subject(speaker)
    if subject is None or subject.tag_ == "PRP":
        return []
    named = finder.phrase(subject)
    if {m.code[:3] for m in named} & {m.code[:3] for m in rejecters}:
        return []
    return named


def rejected_by_others(verb: Word, tokens: list[Token], mentions: list[Mention]) -> bool:
    """ "..., a claim the three countries rejected" where the claim charged someone else
    ("told them that Ukraine could use a dirty bomb"): a rejection, not a denial."""
    noun = _claim_answered(verb)
    speaker = _first_speaker(verb.doc[: noun.i]) if noun is not None else None
    if noun is None or speaker is None:
        return False
    finder = _MentionFinder(tokens, mentions)
    rejecters = _first(finder.phrase(w) for w in verb.doc[noun.i + 1 : verb.i])
    return bool(rejecters) and bool(_charged_others(speaker, rejecters, finder))


def _claims_own_act(speaker: Word) -> bool:
    """What the speaker said is that it did something itself ("Houthi rebels said they
    had attacked the U.S. carrier, a claim the Pentagon denied"): a claim, no charge."""
    subject = _told_subject(speaker)
    return subject is not None and subject.lower_ in ("they", "it", "we")


def _told_subject(speaker: Word) -> Word | None:
    """The subject of what the speaker's verb of saying reports."""
    clause = next((c for c in speaker.head.children if c.dep_ == "ccomp"), None)
    return _subject_word(clause) if clause is not None else None


def _statement_denied(verb: Word, finder: "_MentionFinder") -> Roles | None:
    """ "X accused Y of Z, which Y denied": the denial answers X, whose statement the
    sentence-final "which" stands for."""
    which = which_denied(verb)
    if which is None:
        return None
    speaker = _first_speaker(verb.doc[: which.i])
    denier = _subject_word(verb)
    accuser = finder.phrase(speaker) if speaker is not None else []
    answering = finder.phrase(denier) if denier is not None else []
    if not accuser or not answering:
        return None
    clause = (verb.doc[0].idx, verb.idx + len(verb.text))
    return Roles(answering, accuser, False, True, clause, False)


def _denial_of_all_said(word: Word) -> bool:
    """ ", which Abidjan denied" closing a statement answers the statement, wherever the
    parse hangs it (see which_denied): the denial or its "which"."""
    return denying_which(word) or which_denied(word) is not None


def denying_which(word: Word) -> bool:
    """The word is the "which" of ", which Algiers denied"."""
    return word.lower_ == "which" and which_denied(word.head) == word


def such_act(word: Word) -> bool:
    """A noun of an act with "such" ("..., the first such meeting in three years"): it
    sums up an act the sentence has already told, and is no second act."""
    return word.tag_.startswith("NN") and any(c.lower_ == "such" for c in word.children)


def held_within(word: Word) -> bool:
    """Talk told in a relative clause of a call or meeting ("a phone call ..., in which
    the two discussed regional tensions", "a meeting at which they discussed trade"): the
    call itself, no second meeting."""
    return (
        word.dep_ == "relcl"
        and word.head.lower_.removesuffix("s") in MEETING_NOUNS
        and any(
            c.dep_ == "prep" and (which := _pobj(c)) is not None and which.lower_ == "which"
            for c in word.children
        )
    )


def ranked_again(word: Word) -> bool:
    """An act noun set off by a comma and ranked ("..., the first meeting between Putin
    and a leader of a European Union country", "..., the deadliest attack in years"): it
    may rank an act the sentence has told (see coder._told_earlier)."""
    start = word.left_edge.i
    return (
        word.tag_.startswith("NN")
        and word.dep_ in ("appos", "npadvmod", "conj")
        and start > 0
        and word.doc[start - 1].text == ","
        and _ranked(word)
    )


def ranked_infinitive(word: Word) -> bool:
    """The infinitive of a ranked noun set off by a comma ("arrived in Taiwan, the
    highest-ranking U.S. official to visit the island in 25 years"): it ranks the act
    the sentence has told, done by its subject (see coder._told_earlier)."""
    noun = word.head
    if word.tag_ != "VB" or word.dep_ not in ("relcl", "acl") or noun == word:
        return False
    start = noun.left_edge.i
    highest = any(  # "the highest-ranking official"
        c.dep_ == "amod" and any(a.tag_ in ("RBS", "JJS") for a in c.children)
        for c in noun.children
    )
    return start > 0 and noun.doc[start - 1].text == "," and (_ranked(noun) or highest)


def _ranked(noun: Word) -> bool:
    """The noun is ranked: "the first meeting", "the deadliest attack"."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in RANKS) for c in noun.children)


RANKS = frozenset({"first", "second", "third", "latest", "last", "fresh", "new"})


def in_rejected_report(word: Word) -> bool:
    """The act is what a report, claim or statement says, and the sentence's main verb
    rejects or denies that report ("Rwanda rejected a U.N. report that said its troops
    were fighting alongside M23 rebels"): told only to be denied, not news."""
    for current in word.ancestors:
        if current.dep_ not in ("relcl", "acl"):
            continue
        noun = current.head
        if noun.lower_ not in REPORTS or noun.dep_ not in ("dobj", "nsubjpass"):
            continue
        if not REFUTING_VERBS.isdisjoint(lemmas_of(noun.head.lower_)):
            return True
    return False


def denied_content(verb: Word) -> tuple[int, int] | None:
    """The character span of what a denial says did not happen ("denied that its air
    strike had killed civilians")."""
    if REFUTING_VERBS.isdisjoint(lemmas_of(verb.lower_)):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return None
    end = clause.right_edge
    return clause.left_edge.idx, end.idx + len(end.text)


def which_denied(verb: Word) -> Word | None:
    """The "which" of ", which Moscow denied": a denial of everything said before."""
    if REFUTING_VERBS.isdisjoint(lemmas_of(verb.lower_)):
        return None
    which = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "which"), None)
    if which is None or which.i == 0 or verb.doc[which.i - 1].text != ",":
        return None
    return which


def _first_speaker(words: Span) -> Word | None:
    """The subject of the first reporting or accusing verb among `words`."""
    said = [w for w in words if not TELLING_VERBS.isdisjoint(lemmas_of(w.lower_))]
    if not said:
        return None
    speaker = _subject_word(said[0])
    if speaker is None and (said[0].tag_, said[0].dep_) == ("VBG", "advcl"):
        speaker = _subject_word(said[0].head)  # "raided the hospital, saying Hamas used it"
    return speaker


def _claim_answered(verb: Word) -> Word | None:
    """The claim noun whose denial `verb` is (see disputing)."""
    claims = [w for w in verb.doc[max(verb.i - 8, 0) : verb.i] if disputing(w) == verb]
    return claims[-1] if claims else None


def answers_claim(verb: Word) -> bool:
    """ "..., a charge Beijing rejected", "..., which Beijing rejected": the verb denies
    an accusation just told."""
    return _claim_answered(verb) is not None or which_denied(verb) is not None


def disputing(noun: Word) -> Word | None:
    """The denial in ", an accusation W denied", ", a charge W rejected" after `noun`."""
    doc = noun.doc
    if noun.lower_ not in CLAIM_NOUNS or noun.i < 2 or doc[noun.i - 2].text != ",":
        return None
    denial = next((w for w in doc[noun.i + 1 : noun.i + 9] if w.tag_.startswith("VB")), None)
    if denial is None or REFUTING_VERBS.isdisjoint(lemmas_of(denial.lower_)):
        return None
    return denial


CLAIM_NOUNS = frozenset({"accusation", "charge", "claim", "allegation", "assertion"})
CLAIMS_WORDS = CLAIM_NOUNS | {noun + "s" for noun in CLAIM_NOUNS}
REPORTS = frozenset({"report", "reports", "statement", "assessment", "findings"}) | CLAIMS_WORDS
"""What says an act was done, which a denial may reject (see in_rejected_report)."""
REFUTING_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "dispute"})


def verbless(word: Word) -> bool:
    """The parse found no verb in the word's sentence, only participles describing
    nouns: "Myanmar's military imposed martial law" read as one noun phrase. Its
    relations say nothing about who acted."""
    return _root_misparsed(word) or not any(
        t.tag_.startswith("VB") and t.dep_ not in ("amod", "compound") for t in word.sent
    )


def _root_misparsed(word: Word) -> bool:
    """The sentence's main verb read as a participle describing the noun the parse made
    the root: "Qatar's emir thanked President Trump for ..." parsed as one noun phrase,
    "The U.N. human rights chief called on Myanmar's military to ..." as a chief who
    was called, "Turkey, which ..., hosted delegations" as hosted delegations."""
    if word.dep_ not in ("amod", "acl") or word.tag_ not in ("VBD", "VBN"):
        return False
    root = word.head
    while root.head != root:
        root = root.head
    if not root.tag_.startswith("NN") or word.i == word.sent.start:
        return False
    if word.doc[word.i - 1].text == ",":
        return True  # "Turkey, which has kept ties with both, hosted delegations ..."
    if word.dep_ == "acl" and word.tag_ == "VBD" and root.i < word.i:
        return True  # "Hundreds of thousands protested in Kiev": a past tense, no participle
    named = word.head == root or _noun_head(word.head) == root  # "hosted Egyptian President
    return named and (word.dep_ == "amod" or root.i < word.i)  # Abdel Fattah al-Sisi"


def subject_elsewhere(anchor: Word) -> bool:
    """The pattern's verb has a pronoun for its subject ("it would tighten"), or none
    the parse finds (a misparse): who acts may stand outside the verb's clause. Not for
    a noun pattern that is itself a subject ("criticism of the visit ... was")."""
    verb = _governing_verb(anchor)
    subject, _, _ = _subject(verb)
    if subject is None:
        return verb.tag_.startswith("VB")
    return subject.tag_ == "PRP"


SERIES_NOUNS = frozenset({"round", "rounds", "series", "session", "sessions"})


def _rounds_of(noun: Word) -> list[Word]:
    """What a series noun is made of: "talks" in "a round of talks between A and B",
    whose parties are the round's."""
    if noun.lower_ not in SERIES_NOUNS:
        return []
    return [w for c in noun.children if c.lower_ == "of" if (w := _pobj(c)) is not None]


def modifiers_only(doc: Parse, tokens: list[Token], mentions: list[Mention]) -> bool:
    """Every mention only modifies the noun of a prepositional phrase ("the first phase
    of a Gaza ceasefire deal"), naming no party; not the object ("recognised a
    Palestinian state"), nor people the mention names with their noun ("talks with
    Houthi officials")."""
    words = [(m, word_at(doc, tokens[m.start])) for m in mentions]
    return bool(words) and all(
        w is not None
        and w.dep_ in ("compound", "amod")
        and _noun_head(w).dep_ == "pobj"
        and not tokens[m.start].start <= _noun_head(w).idx < tokens[m.end - 1].end
        for m, w in words
    )


def _noun_head(word: Word) -> Word:
    """The noun a modifier belongs to: "package" for "military" in "military aid package"."""
    while word.dep_ in ("compound", "amod", "nmod") and word.head != word:
        word = word.head
    return word


def may_act(doc: Parse, tokens: list[Token], mention: Mention, anchor: Word, found: Roles) -> bool:
    """Whether word order may make a mention the source: it modifies the pattern's own
    noun ("a Russian missile attack"), or comes before an active verb, not after it as
    its object does ("a strike that shut down Kathmandu in protest"), nor as the object
    of another verb ("killing four people, hours after a ceasefire came into effect")."""
    word = word_at(doc, tokens[mention.start])
    if word is None or found.passive:
        return True
    if _holder(word):
        return False  # "pagers used by Hezbollah members exploded": not who set them off
    noun = _noun_head(anchor)  # "missile" of "a Russian missile attack"
    if noun.left_edge.i <= word.i < anchor.i:
        return True
    governing = _governing_verb(anchor)
    named = _noun_head(word)
    if named.dep_ == "dobj" and named.head != governing and anchor not in named.head.subtree:
        return False  # "killing four people, hours after a ceasefire came into effect"
    return word.i < governing.i


HOLDING = frozenset({"use", "own", "carry", "hold", "wear", "operate", "possess", "buy"})
"""Participles whose `by` phrase names who had a thing, not what it did or what was done
with it ("pagers used by Hezbollah members", unlike "a bomb planted by militants")."""


def _holder(word: Word) -> bool:
    """The word is in the `by` phrase of a holding participle that describes a noun."""
    for ancestor in word.ancestors:
        if ancestor.dep_ == "agent":
            verb = ancestor.head
            return verb.dep_ == "acl" and not HOLDING.isdisjoint(lemmas_of(verb.lower_))
    return False


def _speaks(verb: Word) -> bool:
    """A verb of saying with what is said and no object of its own ("warned that ...")."""
    return any(c.dep_ == "ccomp" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children
    )


def _object_after_as(verb: Word) -> list[Word]:
    """The object put after its description ("dismissed as 'baseless propaganda' a U.S.
    offer"), which the parse hangs on the description as an apposition."""
    return [
        named
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as" and (noun := _pobj(prep)) is not None
        for named in noun.children
        if named.dep_ == "appos"
    ]


def _amount_of(verb: Word, objects: list[Word]) -> list[Word]:
    """What a sum is in: "froze 6 billion dollars in Iranian funds" freezes the funds
    (the parse may hang the "in" on the verb)."""
    return [
        noun
        for amount in objects
        if amount.lower_ in AMOUNTS
        for prep in (*amount.children, *verb.children)
        if prep.dep_ == "prep" and prep.lower_ == "in" and (noun := _pobj(prep)) is not None
    ]


def _past_amount(word: Word) -> Word:
    """The goods a sum is "of": "tariffs on 30 billion Canadian dollars of U.S. goods"
    are aimed at the goods' owner, not at the currency's."""
    if word.lower_ not in AMOUNTS:
        return word
    of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = _pobj(of) if of is not None else None
    return noun if noun is not None else word


TOTALLING = frozenset({"total", "amount", "range"})
"""Participles that give a sum ("duties totalling 80.5%", "tariffs ranging up to 212%")."""
AMOUNTS = frozenset(
    {"dollars", "euros", "pounds", "yuan", "yen", "rupees", "roubles", "rubles", "francs"}
    | {"marks", "million", "billion", "trillion", "$", "worth"}
)


def what_clause(clause: Word) -> bool:
    """A complement that names the verb's object with "what" ("struck what it called
    terrorist camps")."""
    return clause.dep_ == "ccomp" and any(
        w.lower_ == "what" and w.dep_ == "dobj" for w in clause.children
    )


def _what_called(verb: Word) -> list[Word]:
    """The noun in "rejected what it called an illegal ultimatum from Washington", or in
    "struck what the army said were Hamas targets": the object the verb's "what" clause
    names."""
    found = []
    for clause in verb.children:
        if not what_clause(clause):
            continue
        for named in clause.children:
            if named.dep_ == "oprd":
                found.append(named)
            elif named.dep_ == "prep" and named.lower_ == "as" and (noun := _pobj(named)):
                found.append(noun)  # "what it described as a provocation"
        # the parse may hang the doer on the verb of naming: "what it called
        # provocations by President Lai"
        found += [p for c in clause.children if c.lower_ == "by" and (p := _pobj(c))]
    if not REPORTING_VERBS.isdisjoint(lemmas_of(verb.lower_)):
        return found  # "in what U.S. officials said was an Israeli strike": what the
        # statement says, not whom it is made to
    for clause in verb.children:  # "struck what the military said were Hezbollah depots"
        if clause.dep_ == "ccomp":
            found += _what_said_were(clause)
    return found


def _what_said_were(said: Word, what_as_object: bool = False) -> list[Word]:
    """The nouns a "what X said were" clause names, on the clause `said` or on one it
    reports ("struck what the military said were Hezbollah depots"); with
    `what_as_object`, also where the parse makes "what" the object of "said" ("strikes
    on what it said were Hezbollah weapons depots")."""
    whats = [w for w in said.children if w.lower_ == "what" and w.dep_ == "dobj"]
    found = []
    for copula in (said, *(c for c in said.children if c.dep_ == "ccomp")):
        subject = any(w.lower_ == "what" and w.dep_ == "nsubj" for w in copula.children)
        if subject or (what_as_object and whats and copula is not said):
            found += [c for c in copula.children if c.dep_ == "attr"]
    return found


def _in_what(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """For "A did X, in what B hailed as a historic event": B's view is of A's act, so A
    (the subject of the clause "in what ..." hangs from) is its target."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "in":
        return []
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") for c in verb.children):
        return []
    subject, passive, agent = _subject(verb.head.head)
    actor = agent if passive else subject
    return finder.phrase(actor) if actor is not None else []


def speakers_own(
    word: Word, tokens: list[Token], mentions: list[Mention], sources: list[Mention]
) -> list[Mention]:
    """ "Kuwait said Iraq fired three missiles at its territory", "Manila said Chinese
    ships had rammed its supply boat": in a reported attack whose doer is named, "its"
    in what was struck is the speaker's own; so with the weapon as the pattern's word
    ("said Russian drones had struck its energy facilities")."""
    verb = _acting_verb(word)
    if not _reported_clause(verb):
        return []
    doer, speaker = _subject_word(verb), _subject_word(verb.head)
    if doer is None or doer.tag_ == "PRP" or speaker is None:
        return []
    struck = [
        c
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("at", "on", "into", "against")
        for c in prep.children
        if c.dep_ == "pobj"
    ] + [c for c in verb.children if c.dep_ == "dobj"]  # "had rammed its supply boat"
    struck = [w for w in struck if not any(c.lower_ == "own" for c in w.children)]
    if not any(p.dep_ == "poss" and p.lower_ == "its" for w in struck for p in w.children):
        return []
    found = _MentionFinder(tokens, mentions).phrase(speaker)
    return [m for m in found if m not in sources]


def _summed_up(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "China began missile tests off Taiwan, a move Taipei condemned": the clause hangs
    on a noun that sums up the sentence's act (ACT_NOUNS), whose doer it is aimed at;
    so does a participle with its judge ("..., a request condemned by Israel"), and one
    joined to it ("..., a move welcomed by Abbas and condemned by Israel")."""
    if verb.dep_ == "conj" and summary_judged_by(verb.head):
        verb = verb.head
    elif not (
        verb.dep_ == "relcl" and (_sums_up(verb.head) or _claim_called(verb))
    ) and not summary_judged_by(verb):
        return []
    noun = verb.head
    if (
        noun.dep_ == "appos"
        and noun.head.dep_ in ("nsubj", "nsubjpass")
        and noun.i > noun.head.head.i
    ):
        return finder.phrase(noun.head)  # "The Polish government said it would stop ...,
        # a decision Kyiv called disappointing", the parse hanging the noun on the subject
    condition = next((a for a in noun.ancestors if _condition(a)), None)
    offerer = _speaker(condition.head) if condition is not None else None
    if offerer is not None:  # "Putin said Russia would end the war if Ukraine withdrew
        return finder.phrase(offerer)  # ..., a proposal Kyiv dismissed": the speaker's offer
    act = _governing_verb(noun.head) if noun.dep_ == "appos" else noun.head
    while act.dep_ in ("prep", "agent") and act.head != act:  # "approved a map that
        act = _governing_verb(act.head)  # includes territory claimed by India, a move
        # New Delhi called untenable": the parse hangs the noun on the last name
    doer = _subject_word(act)
    while doer is None and act.dep_ in ("acl", "xcomp") and act.head != act:
        act = _governing_verb(act.head)  # "approved Putin's request to use force in Ukraine,"
        doer = _subject_word(act)
    while doer is not None and doer.tag_ == "WDT" and act.dep_ == "relcl" and act.head != act:
        act = _governing_verb(act.head)  # "announced corridors that would lead to Russia,
        doer = _subject_word(act)  # a move Ukraine called immoral": the announcer's
    if doer is not None and doer.tag_ == "PRP" and not finder.phrase(doer):
        doer = _speaker(act) or doer  # "the prosecutor said he had applied for warrants ...,
        # a move Israel called a moral outrage": the speaker's move
    return finder.phrase(doer) if doer is not None else []


def _measure_judged(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "signed a law the EU condemned", "deported refugees under a deal the U.N.
    criticised": a clause with a subject of its own on a measure the sentence's subject
    enacts, or acts under, is aimed at that subject (not "rejected a plan Washington
    praised": whose plan is not said)."""
    subject = _subject_word(verb)
    if (
        verb.dep_ != "relcl"
        or subject is None
        or subject.tag_ in ("WDT", "WP")
        or any(c.dep_ == "dobj" and c.tag_ not in ("WDT", "WP") for c in verb.children)
    ):
        return []  # but "a law that the EU condemned"
    noun = verb.head
    act = noun.head
    if noun.dep_ == "pobj" and act.lower_ == "under":
        act = act.head
    elif noun.dep_ != "dobj" or ENACTING.isdisjoint(lemmas_of(act.lower_)):
        return []
    doer = _subject_word(act) if act.tag_.startswith("VB") else None
    return finder.phrase(doer) if doer is not None else []


ENACTING = frozenset(
    {"approve", "adopt", "pass", "sign", "announce", "unveil", "introduce", "enact"}
    | {"impose", "implement", "propose"}
)


def _sums_up(noun: Word) -> bool:
    """ "..., a move": a noun that sums up the act its sentence has told; the parse may
    read it as the verb's (second) object."""
    if noun.lower_ not in SUMMARY_NOUNS:
        return False
    if noun.dep_ == "dobj":  # after an object, or the target of "fired on ..."
        return (
            any(c.dep_ in ("dobj", "prep") and c.i < noun.i for c in noun.head.children)
            and noun.left_edge.i > 0
            and noun.doc[noun.left_edge.i - 1].text == ","  # the comma may hang elsewhere:
        )  # "shot down a drone ..., the Revolutionary Guards said, a move Washington called"
    return noun.dep_ in SUMMING_UP


SUMMING_UP = frozenset({"appos", "npadvmod"})


def _claim_called(verb: Word) -> bool:
    """ "..., an accusation Rabat called unjustified": a claim summed up and judged by
    a verb of calling is a verdict on the claimant (a claim denied is answered, see
    _disputed_claim)."""
    noun = verb.head
    return (
        noun.lower_ in CLAIMS_WORDS
        and noun.dep_ in SUMMING_UP
        and not CALLING.isdisjoint(lemmas_of(verb.lower_))
    )


def up_to_summary(word: Word) -> list[Word]:
    """The word and its ancestors up to a noun summing up, after a comma, the act told
    before it: "... if Ukraine withdrew ..., a proposal Kyiv dismissed as an ultimatum"
    judges the proposal now, however deep in the condition the parse hangs it."""
    chain = [word]
    for ancestor in word.ancestors:
        start = ancestor.left_edge.i
        after_comma = start > 0 and ancestor.doc[start - 1].text == ","
        if after_comma and ancestor.dep_ in SUMMING_UP and _sums_up(ancestor):
            break
        chain.append(ancestor)
    return chain


WORDS_SUMMED_UP = frozenset(
    {"proposal", "plan", "offer", "request", "demand", "suggestion", "idea", "remark"}
    | {"verdict", "ruling"}
    | {"remarks", "comment", "comments", "statement", "claim", "announcement"}
)
"""What was said, summed up in one noun for another's judgement ("..., a proposal Arab
states rejected", "..., a remark Beijing called absurd"); no act noun elsewhere, where
"called the proposal a provocation" judges the proposal, not an act."""
SUMMARY_JUDGES = CALLING | JUDGING
"""Verbs whose subject judges the noun that sums up what was said."""
SAYINGS_JUDGED = WORDS_SUMMED_UP | CLAIMS_WORDS
"""Nouns that sum up a statement or a claim for someone else's judgement."""


def _serving_as(subject: Word, finder: "_MentionFinder") -> list[Mention]:
    """The office the subject's verb says they hold ("resigned as the United Nations
    envoy for Libya", "served as Iran's foreign minister"): who the subject acts as."""
    for child in subject.head.children:
        if child.dep_ == "prep" and child.lower_ == "as" and (office := _pobj(child)) is not None:
            return finder.phrase(office)
    return []


PEOPLE_ROLES = frozenset({"CVL", "OPP", "REB", "EDU", "BUS", "LAB", "HRI", "REL"})
"""Roles that are a country's people, not the state acting through its agents. Not the
media: "state media" may speak for the state."""


def _own_object(source: Mention, target: Mention, word: Word) -> bool:
    """_own for mentions: a journalist named as a person is no agent of the state,
    though the state's media may be ("Saudi agents had killed journalist Jamal
    Khashoggi"), nor is "him" standing for one ("... carrying journalist Roman
    Protasevich and arrested him"); a role known only from context is the subject's own
    when called "its" or "their"."""
    if (target.kind == "person" or word.lower_ in ("him", "her")) and target.code[3:6] == "MED":
        return False
    if target.resolved and target.kind != "pronoun" and _owned(word):
        return True  # "Bolivia expelled Venezuelan diplomats and recalled its ambassador
        # from Mexico": Bolivia's ambassador, whatever country was named last; but "his"
        # standing for another ("praised his stance", see actors._judged_owner) is his
    return _own(source.code, target.code, word)


def _own(source: str, target: str, word: Word) -> bool:
    """The object is the source itself or its own agent: its warships, "its forces"
    withdrawn ("Belgrade refused to withdraw its forces from Kosovo"), or its people
    sent abroad ("Cuba sent 200 doctors to Italy": Italy is helped, not the doctors)."""
    return _same_side(source, target) or (
        source[:3] == target[:3] and (_owned(word) or _sent_abroad(word))
    )


def _sent_abroad(word: Word) -> bool:
    """The object of a sending verb that says where to ("sent doctors to Italy"), or aid
    that says whom it goes to ("paused all U.S. military aid to Ukraine")."""
    verb = word.head
    aid = word.lower_ in AID_NOUNS
    return (
        word.dep_ == "dobj"
        and (aid or not SENDING.isdisjoint(lemmas_of(verb.lower_)))
        and any(
            c.dep_ in ("prep", "dative") and c.lower_ == "to" and _pobj(c)
            for c in (*verb.children, *(word.children if aid else ()))
        )
    )


AID_NOUNS = frozenset({"aid", "assistance", "support", "funding", "help", "weapons", "arms"})


def _same_side(a: str, b: str) -> bool:
    """One actor, or a country and its own agent ("Britain" and "its warships"); not
    its people ("Iran executed two protesters")."""
    if a[:3] != b[:3]:
        return False
    if {a[3:6], b[3:6]} & PEOPLE_ROLES:
        return a[3:6] == b[3:6]
    return len(a) == 3 or len(b) == 3 or a[3:6] == b[3:6]


def _unknown_name(word: Word | None, finder: "_MentionFinder") -> tuple[int, int] | None:
    """The span of a personal name ("Rached Ghannouchi": two to four capitalised words,
    no article) that names no known actor; else None."""
    if word is None or word.tag_ != "NNP" or finder.phrase(word):
        return None
    if any(c.dep_ == "det" for c in word.children):
        return None
    parts = [c for c in word.children if c.dep_ == "compound" and c.tag_ == "NNP"] + [word]
    if not 2 <= len(parts) <= 4:  # not "laureate" in "Nobel laureate Narges Mohammadi"
        return None
    if not all(NAME_WORD.match(p.text) for p in parts):
        return None
    start = min(p.idx for p in parts)
    return start, word.idx + len(word.text)


AUXILIARY_LINKS = frozenset({"aux", "auxpass", "neg"})
"""A pattern may start on a word that leans on its verb ("will support", "not resign")."""
DEMAND_MODALS = frozenset({"must"})


def demanded(word: Word) -> bool:
    """The act is what someone says another must do ("said Netanyahu must resign"):
    demanded (the demand is coded at "must"), not done."""
    if word.lower_ in DEMAND_MODALS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in DEMAND_MODALS for c in _acting_verb(word).children)


def _demand(demanded: Word, reported: Word, finder: "_MentionFinder") -> Roles:
    """A demand by X of Y in "X said Y must drop its barriers": X is the subject of the
    verb whose complement `reported` is, Y the subject of what must be done (`demanded`,
    that complement or a clause joined to it, which may share its subject)."""
    frame = reported.head
    speaker = next((c for c in frame.children if c.dep_ == "nsubj"), None)
    subject = next(
        (c for v in (demanded, reported) for c in v.children if c.dep_ in SUBJECT_LINKS), None
    )
    sources = finder.phrase(speaker) if speaker is not None else []
    targets = finder.phrase(subject) if subject is not None else []
    named = speaker is not None and speaker.tag_ not in ("PRP", "WP", "EX", "DT")
    clause = (frame.left_edge.idx, frame.right_edge.idx + len(frame.right_edge.text))
    return Roles(sources, [t for t in targets if t not in sources], False, named, clause, False)


INTENT_AUXILIARIES = frozenset({"will", "would", "shall", "'ll", "’ll", "going"})
INTENT_VERBS = frozenset(
    {
        "agree",
        "plan",
        "pledge",
        "vow",
        "promise",
        "offer",
        "intend",
        "seek",
        "want",
        "hope",
        "aim",
        "propose",
        "expect",
        "prepare",
        "threaten",
    }
)


FEELINGS = frozenset(
    {"concerned", "worried", "alarmed", "disappointed", "pleased", "encouraged", "satisfied"}
    | {"dismayed", "troubled", "saddened", "shocked", "outraged", "angered", "frustrated"}
    | {"distressed", "disturbed", "appalled", "horrified"}
)
"""Participles that say how the subject feels: "was concerned" is no passive."""


def _likely_so(foreseen: Word, verb: Word) -> bool:
    """ "Russia was highly likely to be responsible": a judgement of what is likely to be
    so, not an act foreseen."""
    return foreseen.lower_ == "likely" and verb.lower_ == "be"


FORESEEN = frozenset({"expected", "due", "set", "scheduled", "slated", "poised", "likely"})
"""An act someone "is expected to", "is due to", "is set to" do is foreseen: intended,
not done, and asked of no one."""
WILLING = frozenset({"ready", "prepared", "willing", "determined"})
"""An act someone "is ready to" or "determined to" do is intended."""
PERFORMATIVE = frozenset({"agree", "pledge", "vow", "promise", "offer", "decide", "threaten"})
"""Verbs of intending whose act is done as it is said: an agreement reached "during a
summit" leaves the summit a thing that happened."""
OCCASIONS = frozenset({"during", "at", "in"})


def _occasion(anchor: Word) -> bool:
    """The act noun is the occasion of the verb it hangs from ("agreed during a summit",
    "agreed in a phone call"): that act took place."""
    noun = _noun_head(anchor)
    return noun.dep_ == "pobj" and noun.head.lower_ in OCCASIONS


def _intended(verb: Word, occasion: bool = False, noun: bool = False) -> bool:
    """Future or intended: the verb, or a verb it complements ("will meet to discuss",
    "agreed to resume"), carries "will"/"would" or is a verb of intending. For the
    occasion of an act ("agreed to ... during a summit"), a performative verb does not
    count: the summit took place; "plans to ... during a summit" still intends it."""
    current = verb
    intending = INTENT_VERBS - PERFORMATIVE if occasion else INTENT_VERBS
    complemented = False  # `current` governs the verb before it as its complement
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES for c in current.children):
            return True
        if _headline_future(current):
            return True
        governs = current != verb or noun  # "plans talks": the noun's verb intends it
        if governs and not intending.isdisjoint(lemmas_of(current.lower_)):
            return True
        if (
            governs
            and not occasion
            and "commit" in lemmas_of(current.lower_)
            and _committed_to(current)
        ):
            return True  # "committed to complete denuclearisation"; not "committed crimes"
        if complemented and current.lower_ in FORESEEN | WILLING and not _likely_so(current, verb):
            return True  # "is due to visit", "is set to meet"; not "set off a bomb, wounding"
        if (
            current.dep_ in ("acl", "relcl")
            and current.head.lower_ in PLAN_NOUNS
            and not summary_judged_by(current)
        ):
            return True  # "plans to deploy troops", "steps to normalise relations"; not
            # "..., a decision welcomed by Netanyahu"
        if _terms_of_plan(current):
            return True  # "approved a deal with Hamas on Wednesday to free 50 hostages"
        if current.dep_ == "pcomp" and _interested(current.head):
            return True  # "expressed interest in expanding trade"

        if current.dep_ not in ("xcomp", "advcl", "conj") or current.head == current:
            return False
        if current.dep_ in ("advcl", "conj") and current.tag_ == "VBD" and _subject_word(current):
            return False  # "would withdraw ..., as Netanyahu arrived in Budapest": done; so
            # is "... would not change the trend, and the United States congratulated Lai"
        if current.dep_ == "conj" and current.tag_ == current.head.tag_ == "VBD":
            return False  # "pledged new aid and met Zelenskiy": two acts told, the second
            # done; not "pledged to send aid and (to) train troops"
        if _done_alongside(current):
            return False
        complemented = current.dep_ == "xcomp"
        current = current.head
    return False


def _terms_of_plan(verb: Word) -> bool:
    """An infinitive the parse hangs on the verb whose object is a plan or a deal, after
    other phrases ("approved a deal with Hamas on Wednesday to pause fighting"): what
    the deal provides for, as if it were the noun's own infinitive."""
    return (
        verb.dep_ in ("advcl", "xcomp")
        and to_infinitive(verb)
        and any(c.dep_ == "dobj" and c.lower_ in PLANNED_TERMS for c in verb.head.children)
    )


def _done_alongside(verb: Word) -> bool:
    """A bare participle beside a performative verb in the past tells what was done as
    it was agreed: "agreed to deepen defence ties, signing a pact" signed the pact."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not any(c.dep_ in ("mark", "aux") for c in verb.children)
        and head.tag_ == "VBD"
        and not PERFORMATIVE.isdisjoint(lemmas_of(head.lower_))
    )


def _committed_to(verb: Word) -> bool:
    """ "Committed to" an act ("to providing aid", "to complete denuclearisation"), the
    parse's preposition or infinitive: a pledge."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "to")
        or (c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


def _headline_future(verb: Word) -> bool:
    """A headline's "Xi to visit Vietnam": an infinitive with its own subject is what
    will happen; so is one the parse hangs on a verbless headline's first noun
    ("Macron | to visit Algeria"), or on a name it misreads as a verb ("Blinken", VBN)."""
    if not to_infinitive(verb):
        return False
    head = verb.head
    return any(c.dep_ == "nsubj" for c in verb.children) or (
        head.dep_ == "ROOT"
        and head.i < verb.i
        and (head.tag_.startswith("NN") or head.text.istitle())
    )


def _interested(preposition: Word) -> bool:
    """ "in" after "interested" or "interest" (the parse may hang it on the verb of
    "expressed interest in")."""
    if preposition.lower_ != "in":
        return False
    head = preposition.head
    objects = [c.lower_ for c in head.children if c.dep_ == "dobj"]
    return head.lower_ in INTEREST or not INTEREST.isdisjoint(objects)


INTEREST = frozenset({"interest", "interested"})


def _ready_for(noun: Word) -> bool:
    """ "Ready for talks", "open to dialogue": an act the subject is willing to do."""
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("for", "to"):
        return False
    return noun.head.head.lower_ in WILLING | {"open"}


def _told_in_statement(clause: Word) -> bool:
    """A clause of its own that a statement tells, as "said" would: "said in a statement
    that it had expelled the ambassador" (not "charges that it had trained the gunmen",
    which a charge only alleges)."""
    return clause.head.lower_ in STATEMENT_NOUNS and any(
        c.dep_ in ("nsubj", "mark") for c in clause.children
    )


def summary_judged_by(participle: Word) -> bool:
    """ "..., a move condemned by Beijing as bullying": a judgement of the act the
    sentence has told, by the `by` phrase's named actor, told now; not background.
    Not "..., a decision spurred by Russia's invasion": a cause, no one's judgement."""
    agent = passive_agent(participle)
    return agent is not None and agent.tag_ in ("NNP", "NNPS") and _sums_up(participle.head)


STATEMENT_NOUNS = frozenset(
    {"statement", "statements", "announcement", "communique", "declaration"}
)


def in_background(word: Word) -> bool:
    """True when the pattern word sits in a relative clause ("which killed ...") or a
    clause of time or cause ("since the summit collapsed", "after troops shelled ..."):
    background a reader does not count as the article's news. Not the main verb the
    parse misread as a participle ("Turkey, which ..., hosted delegations")."""
    if _root_misparsed(word) or _blamed_for(word) or _denial_of_all_said(word):
        return False
    if any(c.dep_ in ("acl", "relcl") and _earlier(c, word, tense=False) for c in word.children):
        return True  # "atrocities committed by colonial troops more than a century ago"
    told_by_relative = False  # "a deal brokered by the United States, which in return
    # recognised ...": a relative clause of its own tells news within a participle's
    for current in up_to_summary(word):
        if _inverted(current):
            return True  # "Should Nigeria invade Pakistan, ...": a condition
        if current.dep_ == "relcl" and _earlier(current, word) and not _first_to(current):
            return True  # "which had expelled ...", "that it has controlled since 1990"
        told_by_relative |= current.dep_ == "relcl" and current.tag_ == "VBD"
        if (
            current.dep_ == "acl"
            and current.tag_ == "VBN"
            and not told_by_relative
            and not _root_misparsed(current)
            and not _told_in_statement(current)
            and not summary_judged_by(current)
        ):
            return True  # "arms seized last year"
        if current.dep_ == "acl" and current.lower_ in ATTEMPTING:
            return True  # "killed 47 militants trying to cross into the country": who they were
        if (
            current.dep_ in ("advcl", "pcomp", "pobj")
            and any(
                c.dep_ in ("mark", "advmod") and c.lower_ in BACKGROUND_MARKERS
                for c in current.children
            )
            and cause_clause(current.head) != current
            and not _meanwhile(current)
            and not _news_after(current)
            and not _news_before(current)
        ):
            return True
        if (
            current.dep_ in ("pcomp", "pobj")
            and current.head.lower_ in BACKGROUND_MARKERS
            and not _as_description(current)
        ):
            return not (_spoke_after_meeting(current) or _charged_first(current))  # "after
            # talks in Jeddah", "since ..."
        if current.dep_ == "pobj" and current.head.head.lower_ in ANNIVERSARIES:
            return True  # "the third anniversary of Russia's invasion"
        if current.dep_ == "dobj" and "cite" in lemmas_of(current.head.lower_):
            return True  # "raised defence spending, citing the threat from Russia": a reason
        if (
            current.dep_ == "pobj"
            and current.head.lower_ in ("for", "to")
            and (current.head.head.lower_ in REACTIONS)
        ):
            return True  # "in retaliation for the U.S. killing of a top Iranian general"
    return False


ATTEMPTING = frozenset({"trying", "attempting", "seeking"})


def _as_description(noun: Word) -> bool:
    """ "described the move as a robbery", "referred to Xi as a dictator": the "as" of a
    description, not of time."""
    prep = noun.head
    return prep.lower_ == "as" and not DESCRIBING.isdisjoint(lemmas_of(prep.head.lower_))


DESCRIBING = CALLING | {"refer"}
"""Verbs whose "as" tells what something is called."""


def _dated_before(mark: Word) -> bool:
    """The main clause ends on its day right before the "as" ("shadowed the vessel ...
    on Tuesday as Greece kept its forces on high alert"): what the "as" clause tells
    happened that day too."""
    return mark.doc[mark.i - 1].lower_ in DAYS


def _first_to(clause: Word) -> bool:
    """ "The first North Korean leader to set foot in the South since the war": the
    infinitive of a first is the news, whatever "since" says."""
    return clause.tag_ == "VB" and any(c.lower_ == "first" for c in clause.head.children)


NEWS_AFTER = (
    frozenset({"say", "speak", "tell", "comment", "respond", "react", "write", "tweet"})
    | frozenset(
        {"rise", "fall", "climb", "drop", "surge", "slump", "soar", "jump", "tumble", "plunge"}
        | {"spike", "mount", "escalate", "flare", "deepen", "grow"}
    )
    | frozenset(
        {"retaliate", "reply", "answer", "hit", "protest", "summon"}
        | {"condemn", "denounce", "criticise", "criticize", "slam", "decry"}
    )
)
"""Main verbs that only report on an "after" clause, react to it ("China vowed to
retaliate after the United States doubled tariffs") or tell what moved after it."""


SAME_DAY_SPANS = frozenset({"hours", "minutes", "moments", "shortly"})
"""Spans before "after" that keep its clause the same day's news ("hours after Trump
warned ...")."""


def _news_after(clause: Word) -> bool:
    """ "Biden spoke on Monday after Russia launched missiles at Kyiv", "Oil prices rose
    after Iran seized a British tanker": a clause of "after" with its own subject, whose
    main clause only reports on it or tells what moved, is the news, not background;
    not one a span of time earlier ("two weeks after rebels kidnapped ...")."""
    after = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "after"), None)
    if after is None:
        return False
    span = clause.doc[after.i - 1] if after.i else after
    if span.dep_ == "npadvmod" and span.lower_ not in SAME_DAY_SPANS:
        return False  # "a week after", however the parse hangs the span
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return False
    return not NEWS_AFTER.isdisjoint(lemmas_of(clause.head.lower_))


def _news_before(clause: Word) -> bool:
    """ "North Korea fired a missile on Thursday, hours before South Korea's president
    flew to Tokyo": a clause of "before" in the past tense with its own subject tells
    an act done after the main one, as new as it; not one still to come ("before the
    document can be signed", "before talks begin")."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "before"), None)
    return (
        mark is not None
        and clause.tag_ == "VBD"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def _meanwhile(clause: Word) -> bool:
    """ "..., as the two sides held their first round of talks": a clause of "as" after a
    comma or a day, in the past tense, tells another act of the same moment (as does a
    named actor's act beside a main verb in the past); so does
    "..., as he crossed the border to meet Moon" of the person the sentence is about.
    Not "as Tokyo and Manila deepen ties" (a trend), "as it ..." (no actor named), nor
    "as long as", "won the stage as the Tour crossed into Spain"."""
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    if mark is None or mark.i == 0 or clause.dep_ != "advcl":
        return False
    came = clause.head.lower_ in ("came", "comes")  # "the release came as Israel announced
    # it would free 150 prisoners": the news the sentence leads up to
    headline = _headline_present(clause)  # "Israel expands ground operations in Gaza as
    # Hamas fires rockets at Tel Aviv": a headline tells both in the present
    return (
        clause.tag_ in (("VBD", "VBZ", "VBP") if came or headline else ("VBD",))
        and (subject := _subject_word(clause)) is not None
        and (subject.tag_ != "PRP" or subject.lower_ in ("he", "she"))
        and (
            mark.doc[mark.i - 1].text == ","
            or _dated_before(mark)
            or came
            or headline
            or _named_in_past(clause, subject)
        )
    )


def _headline_present(clause: Word) -> bool:
    """The clause and the verb it hangs on are both in the present, the clause's subject a
    name, and the sentence has no final stop: a headline's two acts."""
    present = ("VBZ", "VBP")
    subject = _subject_word(clause)
    return (
        clause.tag_ in present
        and clause.head.tag_ in present
        and subject is not None
        and subject.tag_ == "NNP"
        and _headline(clause.doc)
    )


def _headline(doc: Parse) -> bool:
    """The sentence has no final stop, as a headline has none."""
    return doc[len(doc) - 1].text not in (".", "!", "?", '"', "”")


def _named_in_past(clause: Word, subject: Word) -> bool:
    """ "announced it would withdraw from the court as Netanyahu arrived in Budapest":
    a named actor's act in the simple past beside a main clause in the past (or one it
    reports or completes: "pledged to improve ties as Erdogan made his first visit to
    Cairo") happened at the same moment, comma or not (not "as the court had indicted
    him", a cause)."""
    head = clause.head
    main = head.head if head.dep_ in ("ccomp", "xcomp") else head
    return (  # a name's, or a crowd's ("as tens of thousands of protesters marched")
        (subject.tag_ == "NNP" or any(w.lower_ in PROTESTING_CROWDS for w in subject.subtree))
        and "VBD" in (head.tag_, main.tag_)
        and not any(c.dep_ == "aux" for c in clause.children)
    )


PROTESTING_CROWDS = frozenset({"protesters", "demonstrators", "crowds", "marchers", "rioters"})


def _blamed_for(verb: Word) -> bool:
    """ "an act of sabotage that he blamed on Russian intelligence": the clause tells whom
    the speaker blames now, however far back the act it is about; so does "Israel, which
    it held responsible"."""
    if verb.dep_ != "relcl" or not (_held_answerable(verb) or "blame" in lemmas_of(verb.lower_)):
        return False
    subject = _subject_word(verb)
    return subject is not None and subject.lower_ not in RELATIVE_PRONOUNS


def _spoke_after_meeting(act: Word) -> bool:
    """ "Lavrov told reporters after talks with Wang Yi", "said after meeting his
    counterpart": a statement made on the occasion of a meeting (or of a signing: "said
    after signing a joint statement with Kim") reports it as the day's news, not as
    background."""
    after = act.head
    speech = after.head
    return (
        after.lower_ == "after"
        and not SPOKEN.isdisjoint(lemmas_of(speech.lower_))
        and not (MEETINGS | SIGNING_VERBS).isdisjoint(lemmas_of(act.lower_))
    )


def _charged_first(act: Word) -> bool:
    """ "Armenia declared martial law after accusing Baku of shelling": a charge its
    doer made just before the main act ("after" with a participle and no span of time)
    is as new as the act; not "days after threatening to cut ties"."""
    after = act.head
    return (
        after.lower_ == "after"
        and act.tag_ == "VBG"
        and not any(c.dep_ == "npadvmod" for c in after.children)
        and not CHARGING.isdisjoint(lemmas_of(act.lower_))
    )


CHARGING = frozenset({"accuse", "blame", "condemn", "denounce", "criticise", "criticize"})


def _held_answerable(verb: Word) -> bool:
    """ "held Israel responsible", "which it held accountable": a charge, as "blamed"."""
    return "hold" in lemmas_of(verb.lower_) and any(
        c.dep_ in ("oprd", "acomp") and c.lower_ in ANSWERABLE for c in verb.children
    )


ANSWERABLE = frozenset({"responsible", "accountable", "culpable"})
SPOKEN = REPORTING_VERBS | {"speak"}
MEETINGS = frozenset({"meet", "meeting", "talk", "talks", "summit", "call", "visit"})


ERAS = re.compile(
    r"^(?:world war (?:two|ii|2|one|i|1)|the (?:first|second) world war|the cold war"
    r"|the (?:19|18)\d0s|the (?:(?!21st)\d+(?:st|nd|rd|th)|nineteenth|eighteenth) century)$"
)
"""Periods long past: an act set in them is history, not the article's news ("in the
21st century" is now: "unacceptable in the 21st century")."""


DEPICTING = frozenset(
    {"depict", "portray", "recount", "chronicle", "dramatize", "dramatise", "commemorate"}
)
RECORDS = frozenset({"film", "book", "documentary", "memoir", "novel", "exhibition", "memorial"})


def depicted(word: Word) -> bool:
    """A noun act that a work shows ("a film which depicts the Soviet invasion of
    Afghanistan", "a memorial of the massacre"): told again, not done now. Anniversaries
    are background clauses (in_background)."""
    if not word.tag_.startswith("NN"):
        return False
    if word.dep_ == "dobj" and not DEPICTING.isdisjoint(lemmas_of(word.head.lower_)):
        return True
    of = word.head if word.dep_ == "pobj" and word.head.lower_ == "of" else None
    return of is not None and of.head.lower_ in RECORDS


def historical(word: Word) -> bool:
    """The act is set in a period long past ("Soviet security forces murdered 15,000
    Polish officers during World War Two", "massacres in the 1940s")."""
    for head in dict.fromkeys((word, _acting_verb(word))):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("during", "in"):
                continue
            era = " ".join(w.lower_ for w in prep.subtree if w != prep)
            if ERAS.match(era):
                return True
    return False


def hypothetical(word: Word) -> bool:
    """A noun act, or a gerund, that is the subject of what could or would follow ("a
    Chinese attack on Taiwan could trigger a response", "sending troops to Ukraine would
    lead to ..."), or an act someone is (un)able to do, or one whose prospects or
    chances are talked of ("the prospects for peace talks between Israel and the
    Palestinians"), or one braced or prepared for: imagined, not done."""
    head = _noun_head(word)  # "air" of "braced for more Russian air strikes"
    if head.dep_ == "pobj" and head.head.lower_ in ("for", "of"):
        if head.head.head.lower_ in PROSPECTS:
            return True
        if head.head.lower_ == "for" and not BRACING.isdisjoint(lemmas_of(head.head.head.lower_)):
            return True  # "Gaza, Israel brace for more fighting": still to come
    able = word.head.head if word.dep_ == "pcomp" else word.head
    if word.dep_ in ("pcomp", "xcomp") and able.lower_ in ABLE:
        return True  # "Iran is capable of striking Israel": an ability, no act
    if word.dep_ in ("xcomp", "dobj") and not CONSIDERING.isdisjoint(lemmas_of(word.head.lower_)):
        return True  # "is considering imposing a curfew", "weighing sanctions": an option
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in word.children):
        return True  # "has not decided whether to send missiles": undecided
    word = head  # "a ground offensive would ...": the offensive
    noun = word.tag_.startswith("NN") and word.dep_ in ("nsubj", "nsubjpass")
    gerund = word.tag_ == "VBG" and word.dep_ in ("csubj", "nsubj")  # "sending troops would"
    if not (noun or gerund):
        return False
    return any(c.dep_ == "aux" and c.lower_ in CONDITIONAL for c in word.head.children)


PROSPECTS = frozenset(
    {"prospect", "prospects", "chance", "chances", "possibility", "likelihood", "odds"}
)
"""Nouns whose "for" or "of" names an act that may or may not come."""
BRACING = frozenset({"brace", "prepare", "gear"})
"""Verbs whose "for" names an act expected, not done ("braced for more fighting")."""


def averted(word: Word) -> bool:
    """An act that something prevented ("averting a U.S. military strike", "to head off
    a Russian invasion", "prevented Israel from striking"), that a ban forbids or that is
    reconsidered: it did not happen."""
    noun = _noun_head(word)
    if (
        noun.dep_ in ("pcomp", "pobj")
        and noun.head.lower_ == "on"
        and noun.head.head.lower_ in BANS
    ):
        return True  # "kept its ban on supplying weapons to Ukraine"
    if noun.dep_ == "pcomp" and noun.head.lower_ == "from":  # "prevented X from striking"
        noun = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass", "prep"):
        return False
    verb = noun.head
    if not AVERTING.isdisjoint(lemmas_of(verb.lower_)):
        return True
    if noun.dep_ == "dobj" and not RECONSIDERING.isdisjoint(lemmas_of(verb.lower_)):
        return True  # "would reconsider its ban on ...": the ban is what it may change
    return not OFF_AVERTING.isdisjoint(lemmas_of(verb.lower_)) and any(  # "headed off"
        c.dep_ == "prt" and c.lower_ == "off" for c in verb.children
    )


BANS = frozenset({"ban", "bans", "embargo", "moratorium", "prohibition"})
"""Nouns of a rule against an act ("a ban on supplying weapons"): the act is not done."""
RECONSIDERING = frozenset(
    {"reconsider", "rethink", "revisit", "review", "reassess", "reevaluate", "re-evaluate"}
)
"""Verbs whose object is a standing policy that may change, not an act done now."""
AVERTING = frozenset({"avert", "prevent", "avoid", "forestall", "preempt"})
"""Verbs whose object did not happen (a thwarted or foiled attack was attempted)."""
OFF_AVERTING = frozenset({"head", "stave", "ward", "fend"})
"""Verbs whose object did not happen when "off" follows them."""


def projectile_landed(word: Word) -> bool:
    """ "A missile that landed in Japan's zone", "rockets landed in Israel": what lands is
    fired, no visitor."""
    subject = _subject_word(word)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and word.dep_ == "relcl":
        subject = word.head
    return subject is not None and not PROJECTILES.isdisjoint(lemmas_of(subject.lower_))


PROJECTILES = frozenset(
    {"missile", "rocket", "shell", "drone", "bomb", "projectile", "mortar", "debris", "icbm"}
)


def helped_act(word: Word) -> Word | None:
    """The act a help with no one helped named is given to ("helped seize a supertanker",
    "helped to broker the deal"): the helper takes part in it. None where someone is
    helped ("helped Ukraine defend itself")."""
    if HELPING.isdisjoint(lemmas_of(word.lower_)):
        return None
    if word.dep_ == "aux":
        return word.head  # the parse may read "helped" as the auxiliary of "seize"
    if _helped(word) is not None:
        return None
    return next(
        (
            c
            for c in word.children
            if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB" and _subject_word(c) is None
        ),
        None,
    )


def helped_by_forces(
    help_word: Word, tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """Whom forces sent "to help" help: the one named ("send police officers to help
    Haiti fight gangs"), else the country where they do their work ("to help secure
    elections in the Solomon Islands", "to help fight insurgents in Mozambique"; the
    insurgents fought get none of the help)."""
    if help_word.tag_ != "VB" or not to_infinitive(help_word):
        return []
    if DEPLOYING.isdisjoint(lemmas_of(help_word.head.lower_)):
        return []
    helped = _helped(help_word)  # "help Haiti", "help | Haiti fight gangs"
    if helped is not None:
        return _MentionFinder(tokens, mentions).phrase(helped)
    return _first(named_after(w, ("in",), tokens, mentions) for w in help_word.subtree)


THANKING = frozenset({"thank", "praise", "commend", "applaud", "credit"})


def thanked_for(
    word: Word, tokens: list[Token], mentions: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """The doer and receiver of an act someone was thanked for ("thanked Kosovo and
    Greece for sending rescue teams": Kosovo and Greece sent them to the thanker), or
    None where the act is no such gerund."""
    if word.tag_ != "VBG" or word.dep_ != "pcomp" or word.head.lower_ != "for":
        return None
    thanks = word.head.head
    if THANKING.isdisjoint(lemmas_of(thanks.lower_)):
        return None
    finder = _MentionFinder(tokens, mentions)
    thanked = [c for c in thanks.children if c.dep_ == "dobj"]
    thanker = _subject_word(thanks)
    if not thanked or thanker is None:
        return None
    return finder.phrase(thanked[0]), finder.phrase(thanker)


def _helped(word: Word) -> Word | None:
    """Whom the help names as helped: "helped Ukraine", "help the government fight" (an
    object, or the subject of the clause the parse hangs on the help); None if no one."""
    for child in word.children:
        if child.dep_ in ("dobj", "dative"):
            return child
        subject = _subject_word(child) if child.dep_ == "ccomp" else None
        if subject is not None:
            return subject
    return None


def met_with(word: Word) -> bool:
    """ "Met" in the passive with "with" ("any attack would be met with a united response",
    "protesters were met with tear gas"): the answer something gets, no meeting."""
    passive = any(c.dep_ == "auxpass" for c in word.children)
    answer = any(c.dep_ == "prep" and c.lower_ == "with" for c in word.children)
    return passive and answer and "meet" in lemmas_of(word.lower_)


def in_condition(word: Word) -> bool:
    """The word sits in an "if" or "unless" clause: a condition, not the act threatened or
    asked ("threatened to invade Kuwait again if sanctions were not lifted")."""
    clause = _clause_of(word)
    for _ in range(4):
        if _condition(clause):
            return True
        if clause.head == clause:
            return False
        clause = _clause_of(clause.head)
    return False


CONDITIONAL = frozenset({"could", "would", "might", "may"})
CONSIDERING = frozenset({"consider", "weigh", "mull", "contemplate"})
ABLE = frozenset({"capable", "able", "unable", "incapable"})


def cause_clause(verb: Word) -> Word | None:
    """The clause that tells who caused casualties the passive names without a `by`:
    "12 people were killed when Russian missiles hit an apartment block" (the strike
    is the news, not its background)."""
    if not casualty(verb) or passive_agent(verb) is not None:
        return None
    if not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in CAUSES for c in clause.children
        ):
            return clause
    return None


def participle_of(word: Word) -> int | None:
    """The offset of the verb whose act a participle clause after it tells more of
    ("detonated a car bomb, killing 12 people": detonated); None for any other word."""
    if word.dep_ != "advcl" or word.tag_ != "VBG" or not word.head.tag_.startswith("VB"):
        return None
    return word.head.idx


def participle_act(word: Word) -> int | None:
    """The offset of the verb whose act the participle clause the word sits in tells
    more of ("invaded Ukraine, launching missile strikes": invaded); else None."""
    return participle_of(_governing_verb(word))


def casualty(word: Word) -> bool:
    """The word is a verb of killing or wounding."""
    return not CASUALTIES.isdisjoint(lemmas_of(word.lower_))


CASUALTIES = frozenset(
    {"kill", "wound", "injure", "hurt", "shoot", "stab", "burn", "assassinate", "murder"}
)
CAUSES = frozenset({"when", "as", "after"})


ANNIVERSARIES = frozenset({"anniversary", "anniversaries", "commemoration", "remembrance"})
"""What an anniversary recalls happened long ago."""
REVENGE = frozenset({"retaliation", "revenge", "vengeance", "reprisal"})
"""Nouns of a blow returned for another."""
REACTIONS = REVENGE | {"response", "reaction"}
"""What an act answers ("in retaliation for X", "in response to X") happened before it."""


BODIES = frozenset({"commission", "committee", "board", "panel", "council", "tribunal"})
"""Bodies named after what they do ("a commission of inquiry"): the name is no act."""


def modifier(word: Word) -> bool:
    """True for a noun that only modifies another noun ("strike" in "a carrier strike
    group"), a participle before its noun ("the forced landing", "a detained reporter",
    "striking miners"; spaCy tags some as adjectives), a noun that names a body
    ("inquiry" in "a commission of inquiry") or one that says why another act was done
    ("in protest at"): it is no act of its own."""
    if word.dep_ == "compound" and word.tag_.startswith("NN"):
        return True
    if word.dep_ == "amod" and word.i < word.head.i and word.head.tag_.startswith("NN"):
        if _root_misparsed(word):
            return False
        if word.tag_ == "VBG":
            return word.lower_ != "visiting"  # "visiting Cambodian leaders" are on a visit
        # "a free trade deal", "free elections": the adjective, no release
        adjective = word.lower_.endswith("ed") or word.lower_ == "free"
        return word.tag_ == "VBN" or (word.tag_ == "JJ" and adjective)
    if _in_protest(word) or _describes_people(word):
        return True
    return word.dep_ == "pobj" and word.head.lower_ == "of" and word.head.head.lower_ in BODIES


def participle_before(word: Word, last: Word | None) -> bool:
    """A past participle before the noun the pattern ends with ("deported migrants",
    "detained journalists"): it tells what was done to them, as background."""
    return (
        word.dep_ == "amod"
        and (word.tag_ == "VBN" or (word.tag_ == "JJ" and word.lower_.endswith("ed")))
        and word.head == last
        and word.i < last.i
        and not _root_misparsed(word)
    )


def describes(word: Word, noun: Word) -> bool:
    """The word sits in a participle or infinitive clause that hangs on `noun` ("a
    ceasefire ending the fighting", "a plan to end the war")."""
    for above in (word, *word.ancestors):
        if above.head is noun:
            return above.dep_ in ("acl", "relcl")
        if above is noun:
            return False
    return False


def campaigning(word: Word) -> bool:
    """An election or campaign rally or march is no protest."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in ELECTORAL for c in word.children)


ELECTORAL = frozenset({"election", "campaign", "electoral"})


def _describes_people(word: Word) -> bool:
    """ "Striking mine workers", "protesting students": the parse may read the
    participle as a gerund whose object is the people it describes."""
    if word.lower_ not in PROTESTING or word.dep_ not in ("pcomp", "amod", "acl"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in PEOPLE_NOUNS for c in word.children)


PROTESTING = frozenset({"striking", "protesting", "demonstrating", "rioting"})
PEOPLE_NOUNS = frozenset(
    {"workers", "miners", "students", "teachers", "doctors", "nurses", "employees"}
    | {"farmers", "truckers", "drivers", "pilots", "dockers", "staff", "crowds"}
)


def _in_protest(word: Word) -> bool:
    """ "In protest at X", "in retaliation for X": why its verb's act was done, no second
    act of its own."""
    return (
        (word.lower_ == "protest" or word.lower_ in REVENGE)
        and word.dep_ == "pobj"
        and word.head.lower_ == "in"
        and not any(c.dep_ == "det" for c in word.children)
    )


def purpose_of(word: Word) -> int | None:
    """The offset of the verb whose act an infinitive of purpose serves ("started a
    hunger strike to protest": started); None when the word is no such infinitive.
    The parse links some purposes as complements: one after an object counts, not a
    verb's own complement ("refused to give in"). An act noun after "for" serves its
    verb too ("hosted leaders for a summit": the hosting), as does a modifier of such a
    noun ("met for their first face-to-face talks")."""
    word = _noun_head(word)
    head = word.head
    if word.dep_ == "pobj" and head.lower_ == "for" and head.head.tag_.startswith("VB"):
        return head.head.idx
    if word.dep_ not in ("advcl", "xcomp") or not head.tag_.startswith("VB"):
        return None
    if word.dep_ == "xcomp" and not any(c.dep_ == "dobj" for c in head.children):
        return None
    if not to_infinitive(word):
        return None
    return head.idx


TRAINING_VERBS = frozenset({"train", "arm", "equip", "recruit", "hire", "pay", "fund", "finance"})
"""Verbs whose infinitive after an object is what the object is readied for ("trained
Philippine troops to fight Abu Sayyaf"): a purpose, not an act done."""


def readied_for(word: Word) -> bool:
    """The infinitive says what someone was trained, armed or paid to do, what an
    agreement signed is to do ("signed a deal to halt the fighting and free the
    hostages": the signing is the act), or what a war, campaign or operation is for
    ("opening the war to disarm Iraq")."""
    while word.dep_ == "conj" and word.tag_ == "VB" and word.head != word:
        word = word.head
    aim_of = [word.head] if word.dep_ in ("acl", "relcl") else []
    if word.dep_ == "advcl" and word.left_edge.i > 0:  # the parse may hang it on the verb:
        aim_of = [word.doc[word.left_edge.i - 1]]  # "opening the war to disarm Iraq"
    if any(noun.lower_ in CAMPAIGNS for noun in aim_of) and to_infinitive(word):
        return True
    if word.dep_ == "xcomp" and not HELPING.isdisjoint(lemmas_of(word.head.lower_)):
        word = word.head  # "approved the deployment of a force to help fight gangs"
    head = word.head
    objects = [c for c in head.children if c.dep_ == "dobj"]
    # "approved the deployment of a force to help fight gangs": a purpose; not "... to
    # lead a mission", which the force will do
    readying = AUTHORISING if _helped(word) is not None else AUTHORISING | DEPLOYING
    authorised = (  # or "will deploy 1,000 police officers to Haiti to help fight gangs";
        # not "deployed troops to help the government fight al Shabaab", aid to it
        not HELPING.isdisjoint(lemmas_of(word.lower_))
        and not readying.isdisjoint(lemmas_of(head.lower_))
        and any(o.lower_ in DEPLOYMENTS for o in objects)
    )
    return (
        word.dep_ in ("advcl", "xcomp")
        and to_infinitive(word)
        and (authorised or not (TRAINING_VERBS | SIGNING_VERBS).isdisjoint(lemmas_of(head.lower_)))
        and bool(objects)
    )


CAMPAIGNS = frozenset(
    {"war", "campaign", "campaigns", "offensive", "crusade", "struggle", "operation"}
    | {"operations", "mission", "missions"}
)
"""Nouns whose infinitive is their aim, not an act done ("the war to disarm Iraq", "any
NATO operation to support Ukraine")."""
SIGNING_VERBS = frozenset({"sign", "ink", "conclude", "initial"})
AUTHORISING = frozenset({"approve", "authorise", "authorize"})
"""Verbs whose object is readied for what the infinitive says ("approved the deployment
of a Kenyan-led force to help fight gangs")."""
HELPING = frozenset({"help", "assist"})
DEPLOYMENTS = frozenset(
    {"deployment", "mission", "force", "forces", "troops", "dispatch", "soldiers", "officers"}
    | {"police", "policemen", "peacekeepers"}
)
DEPLOYING = frozenset({"deploy", "send", "dispatch"})


def aim_of_act(word: Word) -> bool:
    """The verb is the infinitive of purpose of another verb with an object ("invaded
    Panama to oust General Noriega"): what that act was for, not yet done."""
    return (
        word.dep_ in ("advcl", "xcomp")
        and to_infinitive(word)
        and word.head.tag_.startswith("VB")
        and any(c.dep_ == "dobj" for c in word.head.children)
    )


SIMULATING = frozenset({"simulate", "rehearse", "practise", "practice", "mimic"})


def rehearsed(word: Word) -> bool:
    """An act only simulated or rehearsed ("a drill simulating an attack on the test
    site", "bombers practised strikes on Poland", "a mock attack", "a rehearsal for an
    invasion"): a show of force at most, no attack."""
    noun = _noun_head(word)
    if any(c.lower_ in ("mock", "simulated") for c in noun.children):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return noun.head.head.lower_ in ("rehearsal", "rehearsals")
    return noun.dep_ == "dobj" and not SIMULATING.isdisjoint(lemmas_of(noun.head.lower_))


def agreed_content(word: Word) -> bool:
    """A participle or infinitive telling what an agreement signed provides for ("signed
    agreements normalising relations with Israel", "... to normalise relations")."""
    head = word.head
    return (
        word.dep_ == "acl"
        and (word.tag_ == "VBG" or to_infinitive(word))
        and head.lower_ in AGREEMENT_NOUNS | SIGNED_TEXTS
        and head.dep_ == "dobj"
        and not SIGNING_VERBS.isdisjoint(lemmas_of(head.head.lower_))
    )


SIGNED_TEXTS = frozenset({"declaration", "statement", "memorandum", "communique", "charter"})
"""Texts signed that, like agreements, say what their signers undertake ("signed a
declaration pledging to end hostilities": the signing is the act)."""


SOCIAL_ILLS = frozenset(
    {
        "crime",
        "terrorism",
        "terror",
        "corruption",
        "drug",
        "narcotic",
        "trafficking",
        "smuggling",
        "piracy",
        "poverty",
        "disease",
        "pandemic",
        "epidemic",
        "wildfire",
        "blaze",
        "inflation",
        "extremism",
        "radicalism",
        "radicalization",
        "radicalisation",
        "hunger",
        "famine",
        "fraud",
        "laundering",
        "cybercrime",
        "misinformation",
        "disinformation",
        "racism",
        "discrimination",
        "practice",
        "influence",
        "propaganda",
        "impunity",
    }
)
"""What is fought that no one is: "cooperate in fighting cross-border crime",
"combating the 'predatory' practices of China and Russia"."""


def fights_ill(verb: Word) -> bool:
    """A fight against crime, terrorism or a disease, not against a side; or against
    what feeds one ("to combat the financing of terrorism")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for p in verb.children if p.lower_ == "against" for o in p.children]
    objects += [o for n in objects for p in n.children if p.lower_ == "of" for o in p.children]
    return any(o.lower_.removesuffix("s") in SOCIAL_ILLS for o in objects)


def act_told(verb: Word) -> Word | None:
    """The verb of the act a statement is about, in its clause ("admitted that its
    warplane had strayed", "denied attacking", "denied reports of attacking")."""
    for child in verb.children:
        act = child
        if child.dep_ == "prep" and child.lower_ in ("of", "about"):
            act = next((c for c in child.children if c.dep_ == "pcomp"), child)
        if act.dep_ in ("ccomp", "xcomp", "pcomp") and act.tag_.startswith("VB"):
            return act
    return None


def denied_act(verb: Word, told: Word | None = None) -> Word | None:
    """The verb of the act a denial denies, when it is a use of force ("denied that its
    forces had targeted ...", "denied attacking ..."); None otherwise. `told`: the
    act_told of the verb, where the caller has it already."""
    act = told if told is not None else act_told(verb)
    if act is not None and not FORCE_VERBS.isdisjoint(lemmas_of(act.lower_)):
        return act
    for child in verb.children:
        if child.dep_ == "dobj" and child.lower_ in SHARES:  # "denied any role in the attack"
            for prep in child.children:
                noun = _pobj(prep) if prep.lower_ in ("in", "for") else None
                if noun is not None and not FORCE_VERBS.isdisjoint(lemmas_of(noun.lower_)):
                    return noun
    return None


SHARES = frozenset({"involvement", "responsibility", "role", "part", "hand", "link", "links"})


def denial_answers(
    verb: Word, claim: Word | None, tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """Whom an admission or a denial with no target concerns: those the act it admits or
    denies fell on ("admitted that its warplane had strayed into Ukrainian airspace",
    "denied that its troops had attacked Georgian villages", "denied any involvement in
    the sinking of a South Korean warship"), else whose charges or claims `claim` names
    ("rejected as baseless Indian charges", "dismissed Moscow's accusations")."""
    finder = _MentionFinder(tokens, mentions)
    told = act_told(verb)
    act = denied_act(verb, told) or told
    if act is not None:
        struck = (  # "had interfered in the U.S. election": the U.S.
            _pobj(p) for p in act.children if p.lower_ in ("of", "on", "against", "at", "in")
        )
        victims = _first(finder.phrase(w) for w in struck if w is not None)
        if victims:
            return victims
        if act.tag_.startswith("VB"):
            victims = _first(finder.phrase(w) for w in _objects(act, act))
            if victims:
                return victims
    if claim is None or claim.lower_ not in CLAIMS_WORDS:
        return []
    owners = (c for c in claim.children if c.dep_ in ("poss", "amod", "compound"))
    return _first(finder.phrase(c) for c in owners)


AFTER_MARKS = frozenset({"after", "following"})
PROVOKING_MARKS = AFTER_MARKS | {"as"}


def untargeted(
    word: Word, code: str, tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """Whom an act that names no target answers or is aimed at, from the clauses around
    it: a show of force (15x) the doer of what it came after or came as, a cut in
    relations, trade or talks (161, 163, 164: "halted the certification of the pipeline
    after Russia recognised two breakaway regions") the doer of what it came after, an
    appeal or demand (02x, 10x) the object of the verb it is joined to; any act agreed
    to whom the talks it was agreed after were with, the state it was formally notified
    to, or the doer of the act that prompted it."""
    finder = _MentionFinder(tokens, mentions)
    verb = _governing_verb(word)
    found: list[Mention] = []
    if code[:2] == "15":
        found = _provokers(verb, finder)
    elif code[:3] in ("161", "163", "164"):
        found = _provokers(verb, finder, AFTER_MARKS)
    elif code[:2] in ("02", "10"):
        found = _first_verbs_object(verb, finder)
    return (
        found or _talks_before(verb, finder) or _notified(verb, finder) or _prompter(verb, finder)
    )


def _provokers(
    verb: Word, finder: "_MentionFinder", marks: frozenset[str] = PROVOKING_MARKS
) -> list[Mention]:
    """ "Put its missile forces on alert after China sent 32 aircraft into its air
    defence zone": the doer of the clause the act came after; in a passive clause its
    agent, else its subject ("after Chinese warships were spotted nearby")."""
    for head in (verb, *verb.conjuncts):
        for clause in head.children:
            marked = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.dep_ == "advcl" and marked & marks:
                subject, passive, agent = _subject(clause)
                doer = agent if passive and agent is not None else subject
                doers = finder.phrase(doer) if doer is not None else []
                if doers:
                    return doers
    return []


def _talks_before(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "Agreed to suspend uranium enrichment and to allow tougher inspections after talks
    with the foreign ministers of Britain, France and Germany": an undertaking reached in
    talks is made to whom the talks were with."""
    clause = verb
    while clause.dep_ in ("xcomp", "conj") and clause.head != clause:
        clause = clause.head  # up to "agreed"
    if clause == verb or "agree" not in lemmas_of(clause.lower_):
        return []
    for word in clause.subtree:
        if word.lower_ != "after" or word.dep_ != "prep" or word.head.i < clause.i:
            continue
        talks = _pobj(word)
        if talks is not None and talks.lower_ in TALKS:
            return _preposition_names(talks, ("with",), finder)
    return []


def _first_verbs_object(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "Suspended Guinea-Bissau from all its activities and called for a return to
    constitutional order": a call on Guinea-Bissau; not "and urged other allies to
    follow", which is addressed to others; nor "met Orban, and the two leaders called for
    a ceasefire", whose verb has a subject of its own."""
    if verb.dep_ != "conj" or not verb.head.tag_.startswith("VB"):
        return []
    if any(c.dep_ in ("dobj", "dative", "nsubj") for c in verb.children):
        return []
    meeting = not MEETING_VERBS.isdisjoint(lemmas_of(verb.head.lower_))
    if meeting and not any(w.lower_ in FREEDOMS for w in verb.subtree):
        return []  # "hosted Blinken in Amman and called for a ceasefire": a guest is no
        # addressee of what was said beside the visit; but "met his Chinese counterpart
        # and called for the release of a detained Japanese businessman" asks China
    return _first(finder.phrase(c) for c in verb.head.children if c.dep_ == "dobj")


NOTIFYING_VERBS = frozenset({"notify", "inform"})


def _notified(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "Notified Russia it would withdraw from the 1972 treaty": aimed at Russia."""
    if verb.dep_ != "ccomp" or NOTIFYING_VERBS.isdisjoint(lemmas_of(verb.head.lower_)):
        return []
    return _first(finder.phrase(c) for c in verb.head.children if c.dep_ in ("dobj", "dative"))


PROMPTING_VERBS = frozenset({"prompt", "lead", "force", "push", "cause", "spur", "drive"})


def _prompter(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """ "Sri Lanka's navy arrested 17 Indian fishermen, prompting New Delhi to lodge a
    protest": a protest to Sri Lanka, the doer of the act that prompted it."""
    prompting = verb.head
    if verb.dep_ != "xcomp" or prompting.dep_ != "advcl":
        return []
    if PROMPTING_VERBS.isdisjoint(lemmas_of(prompting.lower_)):
        return []
    if any(_alerts(c) for c in verb.children if c.dep_ == "dobj"):
        return []  # "prompting Tokyo to issue a warning for residents to take cover"
    subject = _subject_word(prompting.head)
    if subject is None and prompting.head.dep_ == "conj":
        subject = _subject_word(prompting.head.head)  # "dissolved the government and
        # detained Hamdok, prompting the United States to suspend aid": the military's
    return finder.phrase(subject) if subject is not None else []


def shelter_alert(verb: Word) -> bool:
    """ "warned residents to take cover", "urged people to stay indoors": telling people
    to shelter is an alert to them, not a warning against them."""
    return any(c.dep_ == "xcomp" and _shelters(c) for c in verb.children)


def _shelters(verb: Word) -> bool:
    """The verb takes shelter: "take cover", "seek shelter", "shelter", "stay indoors"."""
    words = {c.lower_ for c in verb.children if c.dep_ in ("dobj", "advmod", "prep", "prt")}
    lemmas = lemmas_of(verb.lower_)
    return (
        "shelter" in lemmas
        or (
            not {"take", "seek", "find"}.isdisjoint(lemmas)
            and not {"cover", "shelter"}.isdisjoint(words)
        )
        or (
            not {"stay", "remain"}.isdisjoint(lemmas)
            and not {"indoors", "inside", "home"}.isdisjoint(words)
        )
    )


def _alerts(noun: Word) -> bool:
    """The noun tells people what to do ("a warning for residents to take cover"): an
    alert to them, not an answer to whoever prompted it."""
    return any(
        c.dep_ in ("advcl", "acl")
        and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
        for c in noun.children
    )


FORCE_VERBS = frozenset(
    {"attack", "target", "strike", "shell", "bomb", "kill", "hit", "fire", "shoot"}
    | {"raid", "invade", "storm", "assault", "sink", "murder", "assassinate", "abduct"}
)


def releases_thing(verb: Word) -> bool:
    """The verb releases a thing, not people: "released a report", "release treated
    water into the sea"."""
    return any(
        c.dep_ == "dobj" and not RELEASED_THINGS.isdisjoint(lemmas_of(c.lower_))
        for c in verb.children
    )


def releases_named(verb: Word) -> bool:
    """The verb releases someone named ("freed U.S. basketball star Brittney Griner"):
    its object is a proper name, a person, or people ("freed two detained Americans",
    "released three men"), where the pattern named no kind of captive; so is whom a
    passive relative clause is about ("Viktor Bout, who was released by the United
    States")."""
    if any(
        c.dep_ == "dobj"
        and (c.tag_ in ("NNP", "NNPS") or not PERSONS.isdisjoint(lemmas_of(c.lower_)))
        for c in verb.children
    ):
        return True
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    return passive and verb.dep_ == "relcl" and verb.head.tag_ == "NNP"


PERSONS = frozenset(
    {"man", "woman", "people", "person", "child", "student", "worker", "civilian"}
    | {"girl", "boy", "priest", "nun", "pastor", "missionary", "monk", "journalist"}
    | {"reporter", "activist", "tourist", "doctor", "nurse", "teacher", "engineer"}
    | {"farmer", "fisherman", "employee", "diplomat", "official", "sailor", "pilot"}
)
RELEASED_THINGS = frozenset(
    {"report", "statement", "water", "data", "video", "footage", "figure", "document"}
    | {"photo", "image", "result", "detail", "list", "information", "fund", "budget"}
    | {"record", "transcript", "recording", "file", "balloon", "gas", "oil", "reserve"}
    | {"plan", "guideline", "text", "letter", "version", "estimate", "tranche"}
)


def speaker(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when a mention names who says the sentence ("..., Malaysia's foreign ministry
    said"): the subject of a reporting verb is its source, never another act's target."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    return _closing_speaker(tokens, mention) or (
        word is not None
        and word.dep_ == "nsubj"
        and not REPORTING_VERBS.isdisjoint(lemmas_of(word.head.lower_))
    )


def addressee(
    doc: Parse, tokens: list[Token], mentions: list[Mention], mention: Mention, act: Word
) -> bool:
    """True when a mention names whom a verb of telling addresses and the act lies in
    what it was told about a third party ("Israel told the United Nations that Iran had
    supplied the missiles"): the listener is no target of the act told. Not what the
    teller's own side does ("Biden told Netanyahu the United States would not support an
    attack on Rafah"), which may well be aimed at the listener."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    if word is None or word.dep_ not in ("dobj", "dative"):
        return False
    verb = word.head
    if TELLING.isdisjoint(lemmas_of(verb.lower_)):
        return False
    told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if told is None or not (act == told or told in act.ancestors):
        return False
    teller, doer = _subject_word(verb), _subject_word(told)
    if teller is None or doer is None:
        return False
    finder = _MentionFinder(tokens, mentions)
    doers = {m.code[:3] for m in finder.phrase(doer)}
    return bool(doers) and doers.isdisjoint(m.code[:3] for m in finder.phrase(teller))


TELLING = frozenset({"tell", "inform", "brief", "assure", "remind"})


def _closing_speaker(tokens: list[Token], mention: Mention) -> bool:
    """Names between a comma and a closing "said" ("..., Britain and the United States
    said."), however the parse hangs them."""
    k = mention.end
    while k < len(tokens) and _in_names(tokens[k]):
        k += 1
    if k + 1 >= len(tokens) or tokens[k].lower not in ("said", "say", "says"):
        return False
    if tokens[k + 1].text not in (".", ",") and tokens[k + 1].lower != "on":
        return False
    j = mention.start - 1
    while j >= 0 and _in_names(tokens[j]):
        j -= 1
    return j >= 0 and tokens[j].text == ","


def _in_names(token: Token) -> bool:
    """A word of a run of names ("Britain and the United States")."""
    return token.lower in ("and", "the") or token.text[:1].isupper()


def venue(noun: Word) -> bool:
    """A protest noun naming where something else happened ("opened fire at a Trump
    rally", "spoke at a rally in Ohio"), with no "by" phrase or owner saying who
    protested: the place of another act, not a protest by its subject."""
    return (
        noun.tag_.startswith("NN")
        and noun.dep_ == "pobj"
        and noun.head.lower_ in ("at", "during")
        and not any(c.lower_ == "by" or c.dep_ == "poss" for c in noun.children)
    )


def planned(word: Word) -> bool:
    """An act noun said to be ahead ("a planned visit to Greenland", "the proposed
    talks", "an upcoming summit"): intended, not done."""
    noun = _noun_head(word)
    return noun.tag_.startswith("NN") and any(
        c.dep_ == "amod" and c.lower_ in AHEAD for c in noun.children
    )


AHEAD = frozenset({"planned", "proposed", "upcoming", "scheduled", "forthcoming", "possible"})


def troops_subject(verb: Word) -> bool:
    """The verb's subject is a body of troops ("U.S. troops would step aside for a
    Turkish operation"): they make way, no one resigns."""
    subject = _subject_word(verb)
    return subject is not None and subject.lower_ in ("troops", "forces", "soldiers", "units")


def has_subject(verb: Word) -> bool:
    """The verb has a subject of its own (active or passive)."""
    return _subject_word(verb) is not None


def _phrase_head(word: Word | None) -> Word | None:
    """The head noun of the phrase a word modifies ("ministry" for "Malaysia" in
    "Malaysia's foreign ministry")."""
    while word is not None and word.dep_ in ("compound", "poss", "amod", "nmod", "case"):
        word = word.head
    return word


def in_joined_act(
    doc: Parse, tokens: list[Token], mention: Mention, act: Word, participles: bool = False
) -> bool:
    """The mention sits in the clause of a verb joined by "and" to the act's verb ("declared
    martial law and cut diplomatic ties with Moscow"): that verb's, not the act's. With
    `participles`, also in a participle's clause after it ("launched a long-range
    rocket, defying warnings from the United States")."""
    word = word_at(doc, tokens[mention.start])
    verb = _governing_verb(act)
    joined = {c for c in verb.children if c.dep_ == "conj" and c.tag_.startswith("VB")}
    if not any(c.dep_ == "dobj" for c in verb.children):
        joined = set()  # "began rounding up and expelling Afghans": one object for both
    if participles:
        joined |= {c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBG"}
    return word is not None and any(a in joined for a in (word, *word.ancestors))


def protested(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is what a protest noun is "against" ("dispersed protests against
    President Lukashenko"): whom the protesters oppose, not whom the verb acts on."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    if word is None or word.dep_ != "pobj" or word.head.lower_ != "against":
        return False
    return _protest(word.head.head)


def shielded_from(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is in what a protection is "from" ("to protect Kurds from attacks by
    Saddam Hussein's forces"): the threat, not whom the protection is for."""
    word = word_at(doc, tokens[mention.start])
    for above in word.ancestors if word is not None else ():
        if (
            above.lower_ == "from"
            and above.dep_ == "prep"
            and _shielding(above.head, above.head.head)
        ):
            return True
    return False


def describes_thing(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention only describes an object that is a thing ("waving Russian flags", "at a
    Syrian air base"): the mention ends before the noun it modifies."""
    last = word_at(doc, tokens[mention.end - 1])
    return (
        last is not None
        and last.dep_ in ("amod", "compound")
        and last.head.i >= mention.end
        and last.head.dep_ in ("dobj", "pobj")
    )


def owns_doer(doc: Parse, tokens: list[Token], mention: Mention, doers: list[Mention]) -> bool:
    """The mention is inside a doer's phrase ("attacks by Saddam Hussein's forces"): whose
    forces they are, not whom they attack."""
    word = word_at(doc, tokens[mention.start])
    heads = [w for d in doers if (w := word_at(doc, tokens[d.end - 1])) is not None]
    return word is not None and any(h != word and h in word.ancestors for h in heads)


def _protest(word: Word) -> bool:
    return word.tag_.startswith("NN") and not PROTESTS.isdisjoint(lemmas_of(word.lower_))


PROTESTS = frozenset({"protest", "demonstration", "rally", "march", "sit-in", "riot"})
"""Protest nouns, by lemma."""


def suffered(doc: Parse, tokens: list[Token], mention: Mention, act: Word) -> bool:
    """The mention's phrase (or the phrase it is apposed to) is the subject of a passive
    verb the act hangs under: "A senior Hamas leader, Saleh al-Arouri, was killed in a
    drone strike" (the leader suffered the strike)."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    while word is not None and word.dep_ == "appos":
        word = _phrase_head(word.head)
    return word is not None and word.dep_ == "nsubjpass" and word.head in act.ancestors


def caused_by(word: Word, causes: frozenset[str]) -> bool:
    """True when the act's subject is one of `causes`, or a relative clause's pronoun
    stands for one: "a plane crash killed 68", "the crash of a plane in the city of
    Pokhara, which killed 68" (the parse may hang "which" on the nearest noun, so the
    nouns above it count too)."""
    verb = _governing_verb(word)
    if _after_cause(verb, causes):
        return True
    subject = _subject_word(verb)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = _subject_word(verb.head)  # "a Russian missile destroyed ..., killing 40"
    if subject is None:
        return False
    if any(not causes.isdisjoint(lemmas_of(w.lower_)) for w in subject.conjuncts):
        return True  # "warships and aircraft struck ..."
    current = subject
    if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        current = verb.head
    for _ in range(6):
        if not causes.isdisjoint(lemmas_of(current.lower_)):
            return True
        if current.dep_ not in ("pobj", "prep") or current.head == current:
            return False
        current = current.head
    return False


def _after_cause(verb: Word, causes: frozenset[str]) -> bool:
    """A passive toll told with its cause: "six people have been killed after Typhoon
    Mitag lashed South Korea"."""
    for clause in _toll_clauses(verb):
        subject = _subject_word(clause)
        named = [subject, *(c for c in subject.children if c.dep_ == "compound")] if subject else []
        if any(not causes.isdisjoint(lemmas_of(w.lower_)) for w in named):
            return True
    return False


def names_or_rings(verb: Word) -> bool:
    """ "Called" with an object and no infinitive after it names the object something
    ("called the plan theft") or telephones it ("called Putin on Tuesday"): it asks
    nothing, unlike "called all parties to exercise restraint"."""
    children = [c.dep_ for c in verb.children]
    asking = any(  # "called Thursday on Arabs to unite", not "called it theft on Friday"
        c.lower_ in ("on", "upon", "for") and (p := _pobj(c)) is not None and p.lower_ not in DAYS
        for c in verb.children
    )
    return ("dobj" in children or "oprd" in children) and "xcomp" not in children and not asking


def voted_for(verb: Word) -> bool:
    """The verb is what a vote decided: "Britain voted to leave the European Union"."""
    return verb.dep_ == "xcomp" and "vote" in lemmas_of(verb.head.lower_)


def accidental(word: Word) -> bool:
    """The harm is an accident's toll: "a jet crashed, killing 176" (the harm in a
    participle clause of the accident), "was killed when his helicopter crashed" (the
    accident in a clause of the passive harm)."""
    if word.dep_ == "advcl" and _accident(word.head):
        return True
    return any(_accident(clause) for clause in _toll_clauses(_governing_verb(word)))


def _toll_clauses(verb: Word) -> list[Word]:
    """The after/as/when clauses of a passive harm ("... have been killed and several
    are missing after ...", the clause may hang on a conjoined verb)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    clauses = [c for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl"]
    return [c for c in clauses if any(m.lower_ in ("after", "as", "when") for m in c.children)]


def _accident(verb: Word) -> bool:
    """The verb tells an accident: "crashed", "capsized", "collapsed"."""
    return not ACCIDENT_VERBS.isdisjoint(lemmas_of(verb.lower_))


ACCIDENT_VERBS = frozenset({"crash", "collapse", "capsize", "derail", "sink"})
"""Verbs of an accident, whose toll ("..., killing 176", "was killed when his helicopter
crashed") no one inflicted."""


def led_to(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is where a road or route leads ("to reopen the main road to
    Mauritania"): a place, no side."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    return word is not None and word.dep_ == "pobj" and _along_route(word.head)


def _along_route(prep: Word) -> bool:
    """A "to" right after a road or route ("the highway to Iraq"), however the parse
    hangs it."""
    return prep.lower_ in ("to", "into") and prep.i > 0 and prep.doc[prep.i - 1].lower_ in ROUTES


def prompted_by(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention says who prompted or brokered the act ("agreed to resign under
    pressure from the United States", "at the request of Maputo", "a ceasefire brokered
    by U.S. envoy Richard Holbrooke"), no one it is aimed at."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    while word is not None and word.dep_ == "conj":
        word = word.head  # "from Caribbean leaders and the United States"
    if word is None or word.dep_ != "pobj":
        return False
    if word.head.lower_ == "by" and word.head.head.dep_ == "acl":
        return _brokering(word.head.head)
    return word.head.lower_ in ("from", "of") and word.head.head.lower_ in PROMPTS


PROMPTS = frozenset({"pressure", "request", "urging", "behest", "insistence"})


def prompting(word: Word) -> bool:
    """ "At the request of the Malian government", "under pressure from Washington": the
    circumstance of the act the clause tells, asked before it, not an act of its own."""
    return word.lower_ in PROMPTS and word.dep_ == "pobj" and word.head.lower_ in ("at", "under")


def in_act_named(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when a mention sits in the phrase of an act a noun names ("condemned
    Russia's invasion of Ukraine"): a party to that act, not to the clause's own."""
    word = word_at(doc, tokens[mention.start])
    for ancestor in word.ancestors if word is not None else ():
        if ancestor.tag_.startswith("VB"):
            return False
        if ancestor.lower_ in NAMED_ACTS:
            return True
    return False


NAMED_ACTS = STRIKE_NOUNS | {"invasion", "occupation", "annexation", "aggression", "incursion"}


def in_circumstance(doc: Parse, tokens: list[Token], mention: Mention, act: Word) -> bool:
    """True when a mention sits in a phrase of circumstance ("amid clashes between the
    army and Fano militias", "after talks with X", "despite NATO air strikes") or in a
    clause of time or cause other than the act's own ("on his visit to the region since
    the Gaza war began"): what surrounded the act, not whom it was aimed at."""
    word = word_at(doc, tokens[mention.start])
    for ancestor in word.ancestors if word is not None else ():
        if ancestor.tag_.startswith("VB"):
            own = ancestor == act or ancestor in act.ancestors
            return not own and _background_clause(ancestor)
        if ancestor.dep_ == "prep" and ancestor.lower_ in BACKGROUND_MARKERS | CONCESSIVE:
            return True  # "overran the enclave despite NATO air strikes on their tanks"
    return False


CONCESSIVE = frozenset({"despite", "notwithstanding"})


def asked_from(verb: Word) -> bool:
    """The verb's object says from whom it is wanted ("urged restraint from both
    sides", "called for calm from all parties"): if no actor is found there, no one
    else in the sentence is the addressee."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [o for c in verb.children if c.lower_ == "for" and (o := _pobj(c)) is not None]
    return any(p.lower_ == "from" and _pobj(p) is not None for o in objects for p in o.children)


def _background_clause(verb: Word) -> bool:
    """A clause of time or cause; not a condition, which names the side a threat or a
    refusal answers ("unless their demands are met by Belgrade")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in BACKGROUND_MARKERS - CONDITIONS for c in verb.children
    )


CONDITIONS = frozenset({"if", "unless"})


def _condition(clause: Word) -> bool:
    """An "if" or "unless" clause, or one that puts "should", "had" or "were" before its
    subject ("Should Nigeria invade Pakistan, ...")."""
    if clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in CONDITIONS for m in clause.children
    ):
        return True
    return _inverted(clause)


def _inverted(clause: Word) -> bool:
    """The clause puts "should", "had" or "were" before its subject: a condition
    ("Should Nigeria invade Pakistan, ...", "Had Russia attacked, ...")."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in INVERTING and c.i < subject.i
        for c in clause.children
    )


INVERTING = frozenset({"should", "had", "were"})


def in_place(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when a mention sits in a phrase of place ("in Geneva", "off the coast of
    Taiwan"), which names where something happened, not to whom. The nearest
    preposition other than "of" decides: "aid to Ukraine" is not a place, even inside
    "pledged euros in aid to Ukraine". Nor is where goods were made ("tariffs on electric
    vehicles made in China"): their origin, whom a curb on them is aimed at."""
    prep = _preposition_over(doc, tokens, mention)
    return (
        prep is not None
        and prep.lower_ in LOCATIVE
        and prep.head.lower_ not in MEMBERSHIPS
        and not _making(prep.head)
    )


MAKING = frozenset({"make", "produce", "manufacture", "assemble", "build", "grow"})


def _making(word: Word) -> bool:
    """A participle of making hung on goods ("vehicles | made in China")."""
    return word.dep_ == "acl" and not MAKING.isdisjoint(lemmas_of(word.lower_))


def _made_in(goods: Word) -> Word | None:
    """Where goods were made ("steel produced in Vietnam"), also through "imports of"."""
    for word in (goods, _object_of(goods, "of")):
        for made in word.children if word is not None else ():
            if _making(made):
                return _object_of(made, "in")
    return None


def disputed_over(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when a mention is what a dispute or choice is about ("sided with Putin over
    U.S. intelligence agencies"), not a party to it."""
    prep = _preposition_over(doc, tokens, mention)
    return prep is not None and prep.lower_ in ("over", "against", "about")


def in_purpose(verb_word: Word, doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is named inside the infinitive of purpose of the act ("agreed to work
    together to rescue migrants stranded at sea"): what the act is for, not a partner;
    but a partner "with" whom the purpose is ("signed agreements to normalise relations
    with Israel") is one."""
    named = word_at(doc, tokens[mention.start])
    verb = _governing_verb(verb_word)
    if named is None or (named.dep_ == "pobj" and named.head.lower_ in ("with", "between")):
        return False
    return any(
        c.dep_ in ("advcl", "xcomp")
        and to_infinitive(c)
        and c.i > verb_word.i
        and named in c.subtree
        for c in verb.children
    )


QUARRELS = frozenset({"dispute", "disputes", "row", "standoff", "feud", "quarrel", "spat"})


def rival_in_dispute(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is the other side of a dispute that is the matter of an act ("pledged
    to increase cooperation on the Nile dam dispute with Ethiopia"): a party to the
    matter, not to the act."""
    word = word_at(doc, tokens[mention.end - 1])
    if word is None or word.dep_ != "pobj" or word.head.lower_ != "with":
        return False
    quarrel = word.head.head
    return (
        quarrel.lower_ in QUARRELS
        and quarrel.dep_ == "pobj"
        and quarrel.head.lower_ in ("on", "over", "about")
    )


def premises_owner(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention owns the premises a phrase of place names ("outside a French military
    base", "at the Russian embassy"): a protest there is aimed at the owner."""
    word = word_at(doc, tokens[mention.end - 1])
    if word is None or word.dep_ not in ("amod", "compound", "poss", "nmod"):
        return False
    premises = word.head
    return (
        not OWNED_PREMISES.isdisjoint(lemmas_of(premises.lower_))
        and premises.dep_ == "pobj"
        and premises.head.lower_ in LOCATIVE
    )


OWNED_PREMISES = MISSIONS | {"base", "mission", "headquarters", "office"}


def across_border(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True for the country beyond a border ("on the border with Uganda"): beside the
    place named, not the act's target, unless the act is a show of force (15x)."""
    prep = _preposition_over(doc, tokens, mention)
    return prep is not None and prep.lower_ == "with" and prep.head.lower_ in BORDERS


def affair_place(doc: Parse, tokens: list[Token], mention: Mention, verb: Word) -> bool:
    """True for the country a judged matter happened in: "welcomed the election in
    Ukraine", "concern over the violence in Sudan". A verdict on a country's affairs
    is aimed at it; a venue is not ("praised the talks in Geneva")."""
    prep = _preposition_over(doc, tokens, mention)
    if prep is None or prep.lower_ != "in" or (mention.kind, len(mention.code)) != ("country", 3):
        return False
    matter = prep.head
    if matter == verb and prep.i > 0:  # "warned of famine in Sudan", the place hung on the verb
        before = doc[prep.i - 1]
        attached = before.dep_ == "pobj" and before.head.head == verb
        matter = before if attached and before.head.lower_ in ABOUT | {"of", "on"} else verb
    if not matter.tag_.startswith("NN") or not VENUE_NOUNS.isdisjoint(lemmas_of(matter.lower_)):
        return False
    current = matter  # the verb's object, or in a phrase hanging on it: "concern over ..."
    for _ in range(4):
        if current.dep_ not in ("dobj", "pobj", "prep"):
            return False
        current = current.head
        if current == verb:
            return True
    return False


INSTALLATIONS = frozenset(
    {"base", "camp", "facility", "building", "compound", "headquarters", "checkpoint"}
    | {"outpost", "airport", "airfield", "port", "plant", "site", "depot", "school"}
    | {"hospital", "market", "mosque", "church", "village", "town"}
)
"""Places and buildings, which do no acts: a relative clause hung on one ("a base that
wounded two soldiers") is the parse's misreading, not the place acting."""


def _occupants(place: Word) -> list[Word]:
    """Who a place holds, then the place: "fired missiles at two Iraqi bases hosting US
    troops" aims at the troops, and at Iraq's bases only after them."""
    held = [
        o
        for c in place.children
        if housing(c) and not HOUSING_VERBS.isdisjoint(lemmas_of(c.lower_))
        for o in c.children
        if o.dep_ == "dobj"
    ]
    return [*held, place]


HOUSING_VERBS = frozenset({"host", "house", "hold"})


def housing(word: Word) -> bool:
    """ "two Iraqi bases hosting US troops", "bases that house U.S. troops": a participle
    or a relative clause saying what a place holds."""
    return (word.dep_, word.tag_) in (
        ("acl", "VBG"),
        ("relcl", "VBP"),
        ("relcl", "VBZ"),
    ) and not INSTALLATIONS.isdisjoint(lemmas_of(word.head.lower_))


def _mend_housing_relatives(doc: Parse) -> None:
    """ "bases in Iraq that house U.S. troops", "house" read as a noun: a verb of the
    relative clause on the place before it (see _occupants)."""
    for word in doc:
        if word.tag_ not in ("NN", "NNS") or HOUSING_VERBS.isdisjoint(lemmas_of(word.lower_)):
            continue
        pronoun = doc[word.i - 1] if word.i > 1 else None
        if pronoun is None or pronoun.lower_ not in ("that", "which"):
            continue
        held = next((c for c in word.children if c.dep_ == "dobj"), None)
        if held is None and word.dep_ == "compound" and word.head.i > word.i:
            held = word.head  # "that house U.S. troops" read as one noun phrase
        place = doc[pronoun.i - 1]
        while place.dep_ == "pobj" and place.head.head.tag_.startswith("NN"):
            place = place.head.head  # "bases in Iraq that ...": the bases
        if held is None or INSTALLATIONS.isdisjoint(lemmas_of(place.lower_)):
            continue
        above = held.head
        for later in [c for c in held.children if c.i > held.i and c.dep_ in ("prep", "punct")]:
            later.attach(above)  # ", in retaliation for ...": not the troops'
        word.tag_ = "VBZ" if word.lower_.endswith("s") else "VBP"
        word.attach(place, "relcl")
        pronoun.attach(word, "nsubj")
        held.attach(word, "dobj")


VENUE_NOUNS = frozenset(
    {"talk", "meeting", "summit", "conference", "session", "speech", "interview", "forum"}
    | {"ceremony", "visit", "trip", "tour", "statement", "address", "negotiation"}
)
"""Their "in" says where they were held, not whose affair they were."""


def surrounded(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True for what a phrase of place encircles ("drills around Taiwan") or the country
    whose border it names ("troops near the Estonian border"): a show of force there is
    aimed at it; one "off the coast of" or "near" a country need not be."""
    prep = _preposition_over(doc, tokens, mention)
    word = word_at(doc, tokens[mention.end - 1])
    at_border = (
        word is not None and word.dep_ in ("amod", "compound") and word.head.lower_ in BORDERS
    )
    return prep is not None and (prep.lower_ == "around" or at_border)


def opposed(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when a mention is what an act is directed against ("cooperation against
    North Korean threats"): for an act of cooperation, a common adversary, not the
    partner."""
    prep = _preposition_over(doc, tokens, mention)
    return prep is not None and prep.lower_ == "against"


def _preposition_over(doc: Parse, tokens: list[Token], mention: Mention) -> Word | None:
    """The nearest preposition above the mention other than "of"."""
    word = word_at(doc, tokens[mention.start])
    for ancestor in word.ancestors if word is not None else ():
        if ancestor.dep_ == "prep" and ancestor.lower_ != "of":
            return ancestor
    return None


MEMBERSHIPS = frozenset({"participation", "membership", "seat", "observer", "accession"})
"""Their "in" names a body one belongs to ("froze its participation in the CSTO"), not
a place."""


CLAUSE_HEADS = frozenset({"ROOT", "advcl", "relcl", "ccomp", "acl", "csubj", "pcomp", "parataxis"})
SPEECH_LINKS = frozenset({"ccomp", "parataxis"})


def _clause_of(word: Word) -> Word:
    """The head of the clause a word belongs to; complements and conjuncts ("continue
    to seek", "met and signed") share the clause of the verb they hang from."""
    current = word
    while current.dep_ not in CLAUSE_HEADS and current.head != current:
        current = current.head
    return current


def date_rank(doc: Parse, word: Word, start: int) -> int | None:
    """How a date expression starting at character `start` relates to the act of the
    pattern word: 0 when it sits in the act's clause ("met on Tuesday"), 1 when it
    dates the speech that reports the act ("said on Tuesday it had fired"), None when
    it belongs to another clause ("following a summit in February")."""
    first = _word_at_char(doc, start)
    if first is None:
        return None
    owner = _possessor_of(first)
    if owner is not None:  # "last month's election" dates the election, not an act
        return 0 if owner == word else None
    act, date = _clause_of(word), _clause_of(first)
    if date == act:
        return 0
    if (act.dep_ in SPEECH_LINKS or _purpose(act)) and _clause_of(act.head) == date:
        return 1  # "said on Tuesday it had ...", "marched on Thursday to protest ..."
    return None


def will_not(word: Word) -> bool:
    """The verb is negated with a future or conditional auxiliary ("would not lift",
    "will not attend", "won't send"): a refusal, not a mere act undone. The word is the
    verb or its object, not a noun in another phrase ("... would not return the man,
    during a meeting with Trump": the meeting is no refusal)."""
    verb = word if word.tag_.startswith("VB") else word.head
    if verb != word and (word.dep_ != "dobj" or not verb.tag_.startswith("VB")):
        return False
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and any(
        c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES | {"wo"} for c in children
    )


def dates_past_verb(doc: Parse, start: int) -> bool:
    """The date expression starting at character `start` modifies a verb in the past
    tense ("agreed on Friday to ...") or follows one directly ("said on Wednesday it
    would ..."): it looks back, whatever the act intended."""
    word = _word_at_char(doc, start)
    if word is None:
        return False
    first = word.head if word.head.i == word.i - 1 and word.head.tag_ == "IN" else word
    if first.i > 0 and doc[first.i - 1].tag_ == "VBD":
        return True  # "said on Wednesday it would send ...", however the parse hangs it
    while word.head != word and not word.tag_.startswith("VB"):
        word = word.head
    return word.tag_ == "VBD"


def _word_at_char(doc: Parse, start: int) -> Word | None:
    """The word that starts at character `start`, if any."""
    span = doc.char_span(start, start + 1)
    return span[0] if span is not None and len(span) else None


def _possessor_of(word: Word) -> Word | None:
    """The noun a possessive the word belongs to modifies ("election" for "last" in
    "last month's election"), or None."""
    current = word
    while current.dep_ in ("amod", "compound", "nummod", "case") and current.head != current:
        current = current.head
    return current.head if current.dep_ == "poss" else None


def _purpose(clause: Word) -> bool:
    """An infinitive that says what its verb was for ("marched to protest")."""
    return clause.dep_ == "advcl" and to_infinitive(clause)


def _served_owns_object(clause: Word) -> bool:
    """A purpose whose object is owned by "its" or "their" ("summoned the U.S. and
    Russian ambassadors to protest their support for Kurdish militia"): the pronoun
    stands for the ones the main verb acted on, whom the purpose is aimed at."""
    return (
        (_purpose(clause) or _purpose_after_object(clause))
        and any(c.dep_ in ("dobj", "dative") for c in clause.head.children)
        and any(
            g.dep_ == "poss" and g.lower_ in ("its", "their")
            for c in clause.children
            if c.dep_ == "dobj"
            for g in c.children
        )
    )


def _purpose_after_object(clause: Word) -> bool:
    """An infinitive the parse hangs on a verb with an object that does not make its object
    act (OBJECT_CONTROL): the subject's purpose ("telephoned Bush to express condolences")."""
    return (
        clause.dep_ == "xcomp"
        and to_infinitive(clause)
        and OBJECT_CONTROL.isdisjoint(lemmas_of(clause.head.lower_))
    )


def modifies(doc: Parse, tokens: list[Token], mention: Mention, noun: Word) -> bool:
    """The mention is a modifier inside `noun`'s own phrase ("Gaza" in "the Gaza ground
    offensive"), not its owner ("Israel's") nor an object."""
    word = word_at(doc, tokens[mention.start])
    while word is not None and word.dep_ in ("compound", "amod", "nmod") and word != noun:
        word = word.head
    return word == noun and tokens[mention.start].start < noun.idx


def mediator(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """True when the mention names who brokered or mediated something ("a ceasefire
    brokered by the United States and Russia"): no party to it."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    while word is not None and word.dep_ == "conj" and word.head != word:
        word = word.head  # "... and Russia"
    if word is None or word.dep_ != "pobj" or word.head.dep_ != "agent":
        return False
    return _brokering(word.head.head)


def predicative(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention says what someone is or becomes ("becoming the first sitting U.S.
    president"), so it names no one acted on."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    return word is not None and word.dep_ in ("attr", "oprd")


def conceded(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention sits in a phrase of "despite" ("pressed on with their offensive ...
    despite U.S. calls for a withdrawal"): whose objection the act went ahead against,
    not whom it is aimed at."""
    word = word_at(doc, tokens[mention.start])
    return word is not None and in_concession(word)


def _defier(noun: Word) -> Word | None:
    """The subject of the verb a "despite" phrase holding the noun hangs on: whoever went
    ahead against the call, warning or objection the noun names."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in CONCESSIVE:
        return None
    return _subject_word(prep.head)


def in_concession(word: Word) -> bool:
    """The word is inside a phrase of "despite"."""
    return any(a.dep_ == "prep" and a.lower_ in CONCESSIVE for a in word.ancestors)


def describes_object(doc: Parse, tokens: list[Token], mention: Mention, anchor: Word) -> bool:
    """The mention sits in a clause that describes the verb's object, or whose it is
    ("executed a man convicted of spying for Israel", "seized a tanker carrying Iranian
    oil", "raided the offices of a company suspected of supplying Libya"): it says
    who the object is, not whom the act is aimed at. Not the clause's `by` phrase:
    whoever set a condition or committed crimes owns them ("rejecting a condition set
    by Moscow")."""
    word = word_at(doc, tokens[mention.start])
    obj = next((c for c in _governing_verb(anchor).children if c.dep_ == "dobj"), None)
    if word is None or obj is None or obj.left_edge.i <= anchor.i <= obj.right_edge.i:
        return False  # not when the object is the act ("demands that Kyiv rejected")
    path = [word, *word.ancestors]
    for below, ancestor in pairwise(path):
        if ancestor == obj:
            return False
        if ancestor.dep_ in ("acl", "relcl") and ancestor.head in (obj, *_owners_of(obj)):
            return below.dep_ != "agent" and not _deal_partner(word, ancestor, obj)
    return False


DEALS = frozenset({"deal", "agreement", "contract", "pact", "accord", "treaty"})
"""Nouns whose infinitive says what was agreed, with whom ("a deal to supply missiles
to the Philippines")."""
PLANNED_TERMS = DEALS | {"plan", "plans", "proposal", "proposals"}
"""Nouns whose terms an infinitive hung on their verb may tell; not "took steps to
enhance political freedoms", which did so."""


def _deal_partner(word: Word, clause: Word, obj: Word) -> bool:
    """The mention is whom an agreement's infinitive deals with ("signed a deal to
    supply BrahMos missiles to the Philippines"): the agreement's other party."""
    if obj.lower_ not in DEALS or clause.tag_ != "VB":
        return False
    noun = word.head if word.dep_ == "det" else word  # "the Philippines"
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("to", "with", "from")
        and noun.head.head == clause
    )


def helped_by_topic(doc: Parse, tokens: list[Token], mention: Mention, anchor: Word) -> bool:
    """The mention is whom a thing talked of is for ("a summit expected to pledge air
    defence systems for Ukraine", "a meeting on aid for Gaza"): a beneficiary of the
    matter, no party to the meeting."""
    word = word_at(doc, tokens[mention.start])
    if word is None or word.dep_ != "pobj" or word.head.lower_ != "for":
        return False
    owner = word.head.head
    return owner != anchor and owner.tag_.startswith("NN")


def _owners_of(noun: Word) -> list[Word]:
    """The nouns of the noun's `of` phrase: "the offices of a company"; not of a share
    ("most of the sanctions imposed on Niger": the sanctions are the object)."""
    if noun.lower_ in PARTITIVES:
        return []
    return [o for c in noun.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _whole_of(share: Word) -> Word | None:
    """The noun of a share's `of` phrase: "most of the European Union"."""
    if share.lower_ not in PARTITIVES:
        return None
    return next((_pobj(c) for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)


PARTITIVES = frozenset(
    {"most", "some", "all", "part", "many", "much", "half", "rest", "bulk", "majority", "any"}
)


def names_what(word: Word) -> bool:
    """A verb of naming whose object is "what" ("strikes on what it called terrorist
    infrastructure"), or a word of what it names ("denounced what it called a terrorist
    attack by Ukraine"): it describes another act or its object, and is no act of its
    own. A verb with a view of its own stays ("in what Baku hailed as historic"), and so
    does a word of judgement another side names ("in what Taipei called an act of
    intimidation")."""
    verb = _governing_verb(word)
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    caller = _subject_word(verb)
    if word != verb and caller is not None and caller.tag_ == "NNP":
        return False  # "fired missiles ... in what Taipei called an act of intimidation"
    return word != verb or not CALLING.isdisjoint(lemmas_of(verb.lower_))


ACT_NOUNS = frozenset(
    {"act", "action", "move", "step", "decision", "measure", "behaviour", "behavior", "threat"}
    | {"deal"}
)
"""Nouns that name an act and nothing more: a verdict adjective on one judges the act
("called the test an unacceptable threat", "said the launch was a regrettable act")."""
RULINGS_SUMMED = ACT_NOUNS | {"ruling", "verdict", "sentence"}
"""Nouns that sum up an act or a court's ruling after a comma ("..., a ruling London
said was politically motivated")."""
SPOKEN_OF_ACTS = MOVES | ACT_NOUNS | {"deployment", "sanctions", "tariffs", "drills"}
"""Acts that ", which X said ..." may be about, where the parse reads "which" as the
speaker's: the act, not a place or a person named last."""
KINDS = frozenset({"form", "kind", "sort", "type"})
"""Nouns whose "of" names what something is judged to be ("a form of bullying")."""

ACTS_TOLD = (
    ACT_NOUNS
    | STRIKE_NOUNS
    | {"sanctions", "test", "launch", "sale", "visit", "exercises", "drills"}
    | {"war", "conflict", "fighting", "violence", "clashes", "crisis"}
    | {"order", "plan", "proposal", "ban", "law", "ruling", "verdict", "blockade"}
)
"""Nouns of acts a speaker may report and judge: a clause with one as its subject tells
the act, and a verb joined to it that only people do is the speaker's."""
SPEECHLESS = ACTS_TOLD | ARMS | FINDINGS
"""Subjects that say nothing themselves: a conjunct only a speaker can do is not theirs
(see _speakers_act)."""
TOLD_ACT_NOUNS = MOVES | ACTS_TOLD
"""Acts "the" names as told before ("the mutiny", "the strikes")."""
SUMMARY_NOUNS = ACT_NOUNS | WORDS_SUMMED_UP
"""Nouns that may sum up the act their sentence has told (see _sums_up)."""


def naming(word: Word) -> bool:
    """ "Called the attack a terrorist act", "in what Hamas called a victory": a verb
    that names something (it takes a second, predicative object) asks for nothing. Not
    "called Thursday on Arabs to unite", a day the parse took for that object. The parse
    may read the second object as another direct one ("called the move an outrageous
    provocation")."""
    if any(c.dep_ == "oprd" and c.lower_ not in DAYS for c in word.children):
        return True
    objects = [c for c in word.children if c.dep_ == "dobj"]
    calling = not CALLING.isdisjoint(lemmas_of(word.lower_))
    if calling and word.dep_ == "relcl" and len(objects) == 1:
        return True  # "a deal Somalia called an act of aggression": the deal is named
    return len(objects) > 1 and calling


DAYS = WEEKDAYS | {"today", "yesterday", "tonight"}


def governed_by(word: Word, lemmas: frozenset[str]) -> bool:
    """One of the words the pattern word hangs from is one of `lemmas` ("refused | to
    meet"); an adjective that only shares the lemma ("the failed coup") is not."""
    return any(not lemmas.isdisjoint(lemmas_of(w.lower_)) for w in word.ancestors)


def failed(word: Word) -> bool:
    """The act sits in the complement of "fail" ("met ... but failed to agree on a
    ceasefire"): it did not happen. Not the subject of "fail" ("the talks failed to
    produce a deal": the talks were held)."""
    return _complement_above(word, FAILING) is not None


def attempted(word: Word) -> bool:
    """The act sits in the complement of "try" or "attempt" ("arrested ... as he tried
    to cross into Armenia"): it was not done."""
    return _complement_above(word, ATTEMPTS) is not None


def _complement_above(word: Word, verbs: frozenset[str]) -> Word | None:
    """The first verb above the word, through complements only, that is one of `verbs`."""
    current = word
    while current.head != current and (
        current.dep_ in COMPLEMENT_LINKS
        or (current.dep_ == "acl" and current.head.lower_ in TEXTS)  # "failed to agree on a
    ):  # statement condemning the coup": what the statement would have said
        if current.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in current.children):
            return None  # "failed to reach agreement ..., with Cairo accusing Addis Ababa of
            # intransigence": a clause of its own, done
        current = current.head
        if not verbs.isdisjoint(lemmas_of(current.lower_)):
            return current
    return None


TEXTS = frozenset({"statement", "resolution", "declaration", "letter", "motion", "text"})
"""Nouns of texts whose participle tells what they say ("a resolution condemning ...")."""


FAILING = frozenset({"fail"})
ATTEMPTS = frozenset({"try", "attempt"})


def charged_attempt(word: Word) -> bool:
    """The act is what a verb of saying reports someone is trying to do ("saying the West
    was trying to destroy Russia"): a charge about aims, no act done."""
    trying = _complement_above(word, ATTEMPTS)
    return trying is not None and _reported_clause(trying)


SUSPECTS = frozenset({"suspect", "suspects", "defendant", "defendants", "accused"})


def suspects_crime(word: Word) -> bool:
    """The act names what people are suspected or tried for ("handed over two suspects in
    the Lockerbie bombing", "defendants in the embassy attack"): a past crime, done by
    no one in the sentence."""
    noun = _noun_head(word)
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ in ("in", "over", "for")
        and noun.head.head.lower_ in SUSPECTS
    )


def permitted(word: Word) -> bool:
    """The act is what someone was allowed to do ("authorised Ukraine to use U.S.
    weapons to strike inside Russia", "let Ukraine fire Western missiles into Russia"):
    a permission, not the act."""
    current = word
    while current.head != current and (
        current.dep_ in COMPLEMENT_LINKS or (current.dep_ == "advcl" and to_infinitive(current))
    ):
        allowed = current
        current = current.head
        if not PERMITTING.isdisjoint(lemmas_of(current.lower_)) and (
            any(c.dep_ == "dobj" for c in current.children)
            or (allowed.dep_ == "ccomp" and _subject_word(allowed) is not None)
        ):
            return True
    return False


PERMITTING = frozenset({"authorise", "authorize", "allow", "permit", "let"})


def barred(word: Word) -> bool:
    """The act is what someone was kept "from" doing ("banned Americans from investing
    in Russia", "prevented the convoy from delivering aid"): not done."""
    preposition = word.head if word.dep_ == "pcomp" else None
    return (
        preposition is not None
        and preposition.lower_ == "from"
        and not BARRING.isdisjoint(lemmas_of(preposition.head.lower_))
    )


BARRING = frozenset({"ban", "bar", "prohibit", "forbid", "prevent", "stop", "block", "deter"})


COMPLEMENT_LINKS = frozenset({"xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp"})
"""The links from an act up to a "fail" it is the complement of: "failed to help it
fight jihadists" (a bare infinitive after "help" is parsed as a clausal complement)."""


def negated(word: Word) -> bool:
    """The pattern's verb, or the verb it hangs from, carries a negation ("did not
    meet", "never visited", "without signing"; "failed to reach a deal" is left to the
    refusal words), or the pattern's noun is set against another with "not" ("a stray
    missile, not a Russian attack")."""
    verb = _governing_verb(word)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "without":
        return True  # "left without signing a deal"
    if _yet_to(verb):
        return True  # "which he has yet to visit as leader"
    noun = _noun_head(word)
    if noun.dep_ == "appos" and any(
        c.dep_ == "neg" and noun.head.i < c.i < noun.i for c in noun.head.children
    ):
        return True  # "a stray Ukrainian missile, not a deliberate Russian attack"
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.dep_ == "neg" for w in {word, verb, *auxiliaries} for c in w.children)


def judged_if_done(word: Word) -> bool:
    """A verdict said of an act that may come, named by a gerund ("warned that supplying
    weapons to Ukraine would be a very big mistake"): a warning, no judgement of a deed."""
    copula = word.head if word.dep_ in ("attr", "acomp") else word
    conditional = any(c.dep_ == "aux" and c.lower_ in CONDITIONAL for c in copula.children)
    gerund = any(
        c.dep_ == "csubj" or (c.dep_ == "nsubj" and c.tag_ == "VBG") for c in copula.children
    )
    return conditional and gerund


def visit_arrived_for(word: Word) -> bool:
    """A visit noun that is what someone arrived, landed or flew somewhere "for"
    ("arrived in Seoul on Thursday for a two-day state visit"): the arrival, coded by its
    own verb, is that visit."""
    noun = _noun_head(word)
    return (
        noun.lower_ in ("visit", "visits", "trip", "tour")
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and not ARRIVING.isdisjoint(lemmas_of(noun.head.head.lower_))
    )


ARRIVING = frozenset({"arrive", "land", "fly", "travel"})


def _yet_to(verb: Word) -> bool:
    """The verb is the infinitive of "has yet to" or "is yet to": not done so far."""
    above = verb.head
    return (
        verb.dep_ == "xcomp"
        and to_infinitive(verb)
        and above.lower_ in ("has", "have", "had", "is", "are", "was", "were")
        and any(c.lower_ == "yet" for c in above.children)
    )


def none_of(word: Word | None) -> bool:
    """The pattern's last word is a noun with "no" ("announced no ceasefire", "reached
    no agreement"): the act named did not happen."""
    return word is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in word.children)


def says_not(word: Word) -> bool:
    """The negated act is what its own doer says it did not do ("Moscow said it had not
    attacked Poland"): the verb is the complement of a verb of saying, and its subject a
    pronoun standing for the speaker."""
    verb = _governing_verb(word)
    if not _reported_clause(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in INTENT_AUXILIARIES for c in verb.children):
        return False  # "said it would not attack NATO": a promise, no denial
    if verb != word and "be" in lemmas_of(verb.lower_):
        return False  # "said it was a stray Ukrainian missile, not a Russian attack": "it"
        # is the thing the act is said not to be, not its doer
    subject = _subject_word(verb)
    return subject is not None and subject.lower_ in ("it", "they", "he", "she")


CANCELLING_VERBS = frozenset(
    {
        "veto",
        "block",
        "cancel",
        "postpone",
        "scrap",
        "delay",
        "shelve",
        "abandon",
        "suspend",
        "halt",
        "stop",
        "end",
        "cease",
    }
)
"""Their object did not take place: "vetoed the start of accession talks", "a summit
... was called off". The cancelling is coded by its own pattern, the meeting is not."""


REJECTING_VERBS = frozenset(
    {"reject", "refuse", "decline", "rebuff", "dismiss", "oppose", "block", "veto"}
    | {"torpedo", "scupper"}
)
"""Turning down an offer, plan or request, or blocking it."""


def _rejected(noun: Word) -> bool:
    """An offer, plan or request that was turned down ("rejected a US offer to host a
    summit"): what it proposed does not happen."""
    return (
        noun.lower_ in PLAN_NOUNS | REQUEST_NOUNS
        and noun.dep_ == "dobj"
        and not REJECTING_VERBS.isdisjoint(lemmas_of(noun.head.lower_))
    )


BROKEN = frozenset({"call", "cut", "break"})
"""With "off" they cancel: "called off the summit", "cut off military talks"."""


MEASURES = frozenset(
    {"sanction", "sanctions", "measure", "measures", "tariff", "tariffs", "restriction"}
    | {"restrictions", "curbs", "ban", "embargo", "package", "law", "bill", "decree"}
    | {"order", "campaign", "probe", "investigation", "rules", "controls"}
)
"""What may "target" someone without any force: "EU sanctions target Russian banks"."""


def measure_aimed(verb: Word) -> bool:
    """The verb of targeting is said of a measure ("the new sanctions target Russian
    banks", "sanctions targeting Iran's oil exports"), not of an attack."""
    doer = verb.head if verb.dep_ == "acl" else _subject_word(verb)
    return doer is not None and doer.lower_ in MEASURES


STOPPING = frozenset({"stop", "halt", "cease", "end", "refrain", "quit"})
"""Verbs that end the act after them ("urged Russia to stop its attacks")."""
STOP_DOING = STOPPING | {"suspend", "discontinue"}


def stopped(word: Word) -> bool:
    """The verb is the gerund a verb of stopping takes ("stopped sending weapons", "will
    cease providing aid"): the act ends rather than happens."""
    return (
        word.tag_ == "VBG"
        and word.dep_ == "xcomp"
        and not STOP_DOING.isdisjoint(lemmas_of(word.head.lower_))
    )


def cancelled(word: Word) -> bool:
    """True when a noun pattern names what a verb called off or blocked ("halting
    strikes" too, where the parse makes the verb a modifier)."""
    if word.tag_.startswith("VB"):  # "blocked the plan to deploy", "vetoed a bill that ..."
        return (
            word.dep_ in ("acl", "relcl")
            and not summary_judged_by(word)  # "suspended ..., a decision criticised by"
            and (cancelled(word.head) or _rejected(word.head))
        )
    if any(
        c.dep_ == "amod" and not CANCELLING_VERBS.isdisjoint(lemmas_of(c.lower_))
        for c in word.children
    ):
        return True
    current = word
    for _ in range(4):
        if current.dep_ not in ("dobj", "nsubjpass", "pobj", "compound", "amod", "prep"):
            return False
        current = current.head
        if current.tag_.startswith("VB"):
            lemmas = lemmas_of(current.lower_)
            off = any(c.dep_ == "prt" and c.lower_ == "off" for c in current.children)
            if not CANCELLING_VERBS.isdisjoint(lemmas) or (bool(lemmas & BROKEN) and off):
                return True
            return cancelled(current)  # "rejected a US offer to host a summit"
    return False


APPEAL_VERBS = frozenset(
    {
        "ask",
        "urge",
        "implore",
        "exhort",
        "beseech",
        "lobby",
        "call",
        "appeal",
        "demand",
        "request",
        "press",
        "pressure",
        "push",
        "allow",
        "permit",
        "invite",
        "encourage",
        "advise",
        "tell",
        "want",
        "expect",
        "propose",
        "suggest",
        "recommend",
        "persuade",
        "convince",
    }
)
"""Verbs whose complement is an act wanted of someone, not done: "urged Iran to free
the prisoners" codes the appeal, not a release."""
REQUEST_NOUNS = frozenset(
    {"request", "requests", "call", "calls", "appeal", "appeals", "demand", "demands"}
    | {"invitation", "plea", "pleas", "ultimatum", "pressure"}
)
"""Nouns whose infinitive is an act asked for, not done ("a request to hold talks")."""
THREAT_VERBS = frozenset({"threaten"})
"""Verbs whose complement is an act threatened, not done: "threatened to impose
sanctions" is a threat of sanctions (1312), no sanction."""


def given_deadline(word: Word) -> bool:
    """The act is what a deadline is given for ("gave Minsk 48 hours to release the
    journalist", "gave Moscow until midnight to explain"): demanded of another, not done."""
    verb = _governing_verb(word)
    if verb.dep_ != "advcl" or not to_infinitive(verb) or "give" not in lemmas_of(verb.head.lower_):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "until") or (c.dep_ == "dobj" and c.lower_ in DEADLINES)
        for c in verb.head.children
    )


DEADLINES = frozenset({"hours", "days", "weeks", "months", "deadline", "ultimatum"})


def requested_by(
    word: Word, verbs: frozenset[str] = APPEAL_VERBS, nouns: frozenset[str] = REQUEST_NOUNS
) -> int | None:
    """Where the pattern word sits in the complement of an appeal or a permission
    ("asked the U.N. to deploy a force", "will allow them to deploy troops"), or of
    another of `verbs`, or in the infinitive of one of `nouns` ("a request to hold
    talks"): the character offset of that verb or noun; else None."""
    if word.dep_ == "pobj" and word.head.lower_ == "for" and word.tag_.startswith("NN"):
        asker = word.head.head  # "called for a boycott of Israeli goods"
        if asker.tag_.startswith("VB") and not verbs.isdisjoint(lemmas_of(asker.lower_)):
            return asker.idx
    helped = word.head.head if word.dep_ == "pcomp" else None  # "asked Russia for help |
    # in fighting insurgents", "for military help | to fight insurgents": asked for
    if word.dep_ == "acl" and to_infinitive(word) and word.head.lower_ in HELP:
        helped = word.head
    if helped is not None and helped.dep_ == "pobj" and helped.head.lower_ == "for":
        asker = helped.head.head
        if asker.tag_.startswith("VB") and not verbs.isdisjoint(lemmas_of(asker.lower_)):
            return asker.idx
    current = _governing_verb(word)
    while current.dep_ == "conj" and current.head.dep_ in ("xcomp", "ccomp"):
        current = current.head  # "urged X to step down and hand power to ...": both asked
    if current.dep_ == "acl" and current.head.lower_ in nouns and not summary_judged_by(current):
        return current.head.idx  # "a request from Ukraine to hold talks"; not "..., a
        # request condemned by Israel": a judgement of the request
    if current.dep_ == "advcl" and (request := _request_before(current, nouns)) is not None:
        return request.idx  # "weighing a request from Argentina | to extradite", so parsed
    for _ in range(3):
        infinitive = _purpose(current)  # "urged X on Monday to begin talks", often so parsed
        if not (current.dep_ in ("xcomp", "ccomp") or infinitive) or current.head == current:
            return None
        complement, current = current, current.head
        if current.dep_ == "acl" and current.head.lower_ in nouns and to_infinitive(current):
            return current.head.idx  # "a request to send troops into Ukraine to protect
            # Russian citizens": the purpose of what is asked is asked for too
        if _anticipated(current):
            return None  # "is expected to visit": an act foreseen, asked of no one
        if _own_wish(current, complement) or phoned(current):
            return None  # "he expected to speak with Putin": his own intent
        if _told(current, complement):
            return None  # "the army lifted the blockade, officials told AFP": reported
        if not verbs.isdisjoint(lemmas_of(current.lower_)):
            return current.idx
        if not COERCING.isdisjoint(lemmas_of(current.lower_)) and to_infinitive(current):
            return current.idx  # "sent troops to force Jammeh to step down": not done yet
    return None


COERCING = frozenset({"force", "compel", "oblige", "make"})
"""Verbs whose complement is done once they are, but not while they are only purposed."""


def by_doing(verb: Word) -> bool:
    """The verb says how it was done in a "by" gerund: "retaliated by expelling"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pcomp" for g in c.children)
        for c in verb.children
    )


HOLDING_VERBS = frozenset({"hold", "detain", "jail", "imprison", "kidnap", "abduct", "capture"})


def holders(release: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Who holds the people whose release is asked for: "demanded the release of
    prisoners held by Israel" is aimed at Israel, not at the prisoners' own side; with no
    holder named, the country they are held in ("Canadians detained in China")."""
    if release.dep_ == "prep":  # "called for | the release of ..."
        release = _pobj(release) or release
    freed = [_pobj(c) for c in release.children if c.dep_ == "prep" and c.lower_ == "of"]
    freed += [c for c in release.children if c.dep_ == "dobj"]  # "to free hostages held by"
    finder = _MentionFinder(tokens, mentions)
    for person in (p for p in freed if p is not None):
        for clause in person.children:
            if clause.dep_ != "acl" or clause.tag_ != "VBN":
                continue
            if HOLDING_VERBS.isdisjoint(lemmas_of(clause.lower_)):
                continue
            agent = passive_agent(clause)
            if agent is not None:
                return finder.phrase(agent)
            held_in = named_after(clause, ("in",), tokens, mentions)
            if held_in:
                return held_in
    return []


def _request_before(clause: Word, nouns: frozenset[str]) -> Word | None:
    """The object of the clause's verb, or of its preposition, that is a request noun
    before the clause's "to" with no verb between: the parse hung the noun's infinitive
    on the verb ("came under pressure from allies on Friday to send tanks")."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    verb = clause.head
    objects = [c for c in verb.children if c.dep_ == "dobj"] + [
        o for c in verb.children if c.dep_ == "prep" and (o := _pobj(c)) is not None
    ]
    return next(
        (
            o
            for o in objects
            if o.lower_ in nouns
            and o.i < clause.i
            and not any(w.tag_.startswith("VB") for w in o.doc[o.i + 1 : clause.left_edge.i])
        ),
        None,
    )


ORDER_VERBS = frozenset({"order", "instruct"})


def ordered_of_another(word: Word, tokens: list[Token], mentions: list[Mention]) -> int | None:
    """The offset of an order whose complement the pattern word sits in, when it is
    given to another side (see orders_another); else None."""
    verb = requested_by(word, ORDER_VERBS, frozenset())
    if verb is None:
        return None
    order = next(w for w in word.doc if w.idx == verb)
    return verb if orders_another(order, tokens, mentions) else None


def orders_another(order: Word, tokens: list[Token], mentions: list[Mention]) -> bool:
    """The order is given to another state or body than the one ordering ("The
    International Court of Justice ordered Russia to suspend its military operations":
    a demand, no suspension); not to one's own ("Putin ordered his troops to attack":
    carried out), nor where the parse does not name both sides."""
    subject = _subject_word(order)
    ordered = next((c for c in order.children if c.dep_ == "dobj"), None)
    if subject is None or ordered is None:
        return False
    finder = _MentionFinder(tokens, mentions)
    givers = {side_of(m.code) for m in finder.phrase(subject)}
    takers = {side_of(m.code) for m in finder.phrase(ordered)}
    return bool(givers and takers and givers.isdisjoint(takers))


def side_of(code: str) -> str:
    """The state or international body an actor code belongs to ("USAGOV": USA,
    "IGOUNOICJ": IGOUNO), as the evaluation compares actors."""
    return code[:6] if code.startswith("IGO") else code[:3]


def threatened(word: Word) -> int | None:
    """The offset of the threat whose object the pattern noun is ("threatened military
    strikes against Iran": the strikes are threatened, not carried out); else None."""
    noun = _noun_head(word)
    head = noun.head
    if noun.dep_ != "dobj" or THREAT_VERBS.isdisjoint(lemmas_of(head.lower_)):
        return None
    return head.idx


def _told(verb: Word, complement: Word) -> bool:
    """A clause "told" someone reports what happened, unless it says what must be done
    ("told Netanyahu that Israel must halt the offensive")."""
    if complement.dep_ != "ccomp" or "tell" not in lemmas_of(verb.lower_):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in complement.children)


WISHING = frozenset({"want", "expect", "wish"})
"""Verbs of wanting: of someone else's act with an object ("wants Iran to stop"), of
the subject's own without ("wants to meet")."""


def own_talks(verb: Word) -> bool:
    """ "Called for talks with India", "appealed for dialogue with Beijing": talks the
    caller would hold itself, an intent to negotiate (036), not an appeal to others to
    meet (026); not "called for talks between India and Pakistan"."""
    noun = _object_of(verb, "for")
    return (
        noun is not None
        and not TALKS.isdisjoint(lemmas_of(noun.lower_))
        and _object_of(noun, "with") is not None
    )


TALKS = frozenset({"talk", "talks", "negotiation", "discussion", "dialogue", "consultation"})


def phoned(verb: Word) -> bool:
    """ "Called to congratulate the new chancellor", "called Netanyahu to discuss the
    talks", "received a call from Biden": a telephone call, asking no one; not "called
    on X to ...", "called for ...", nor "called X to" do anything but talk."""
    if "call" not in lemmas_of(verb.lower_):
        return False
    if any(c.lower_ in ("on", "for", "upon") for c in verb.children):
        return False
    if verb.tag_.startswith("NN"):
        return _call_received(verb)
    told = any(c.dep_ in ("dobj", "dative") for c in verb.children)
    return any(
        c.dep_ in ("xcomp", "advcl")
        and to_infinitive(c)
        and not any(d.dep_ in ("mark", "nsubj") for d in c.children)  # "for Israel to end"
        and not (told and PHONE_TALK.isdisjoint(lemmas_of(c.lower_)))
        for c in verb.children
    )


def _call_received(call: Word) -> bool:
    """ "Received a call from Joe Biden": a telephone call; not "received a call from the
    U.N. for calm" or "... to end the strike", an appeal."""
    if call.dep_ != "dobj" or RECEIVING_CALLS.isdisjoint(lemmas_of(call.head.lower_)):
        return False
    caller = next((c for c in call.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    if caller is None or _pobj(caller) is None:
        return False
    asked = [w for w in call.subtree if w.lower_ == "for" or (w.tag_ == "VB" and to_infinitive(w))]
    asked += [c for c in call.head.children if c.lower_ == "for" or to_infinitive(c)]
    return not asked


RECEIVING_CALLS = frozenset({"receive", "get", "take"})


def phone_call(word: Word) -> bool:
    """The noun "call" of a telephone or video call ("agreed in a phone call on
    Wednesday to begin negotiations"): no appeal, whatever follows it."""
    return (
        word.lower_ in ("call", "calls")
        and word.tag_.startswith("NN")
        and any(c.lower_ in PHONES for c in word.children)
    )


PHONES = frozenset({"phone", "telephone", "video", "conference", "zoom"})


def convening(word: Word) -> bool:
    """ "Called a referendum", "called snap elections", "called an emergency meeting":
    the verb convenes or declares what its object names; it asks no one for anything."""
    return (
        word.tag_.startswith("VB")
        and "call" in lemmas_of(word.lower_)
        and any(c.dep_ == "dobj" and c.lower_ in CONVENED for c in word.children)
    )


CONVENED = frozenset(
    {"referendum", "election", "elections", "vote", "poll", "polls", "plebiscite"}
    | {"meeting", "session", "summit", "conference", "congress", "strike", "halt"}
)
PHONE_TALK = frozenset(
    {"discuss", "congratulate", "express", "convey", "offer", "thank", "talk", "brief"}
)


def _own_wish(verb: Word, complement: Word) -> bool:
    if WISHING.isdisjoint(lemmas_of(verb.lower_)):
        return False
    wanted_of = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    wanted_of += [c for c in complement.children if c.dep_ in SUBJECT_LINKS]
    return not wanted_of


def _anticipated(verb: Word) -> bool:
    """ "Is expected to", "was set to": a passive of foreseeing, no appeal."""
    return verb.lower_ in FORESEEN and any(c.dep_ == "auxpass" for c in verb.children)


def unasserted(word: Word) -> bool:
    """The pattern word is what a rejected or blocked plan would do ("blocked a plan to
    use frozen assets to fund Ukraine": the rejection is the act, not the funding), what
    someone opposes doing ("oppose sending more weapons to Ukraine") or what is ruled out
    ("ruled out sending troops"; "refused to rule out using force to take the canal"
    threatens the force, see 138.not-rule-out, but takes nothing), or what a report or
    rumour says ("declined to comment on a report that Russia and
    Ukraine were preparing to send delegations": unconfirmed)."""
    verb = _governing_verb(word)
    if verb.dep_ in ("xcomp", "dobj", "pcomp") and "oppose" in lemmas_of(verb.head.lower_):
        return True  # "oppose sending more weapons to Ukraine": not sent
    for _ in range(3):  # up to the verb of ruling out
        if verb.dep_ not in ("xcomp", "advcl", "pcomp", "dobj") or verb.head == verb:
            break
        if verb.dep_ == "advcl" and _after_comma(verb):
            break  # not "ruled out talks, drawing condemnation": that reaction happened
        verb = verb.head
        if "rule" in lemmas_of(verb.lower_) and any(c.lower_ == "out" for c in verb.children):
            return True
    clause = _content_clause(word)
    if clause is None:
        return False
    if clause.head.lower_ in HEARSAY and not clause.head.tag_.startswith("VB"):
        return True  # not "..., Reuters reports": there it is the reporting verb
    rejecting = clause.head.head if clause.head.dep_ == "dobj" else None
    return (
        clause.dep_ == "acl"
        and rejecting is not None
        and not REJECTING_VERBS.isdisjoint(lemmas_of(rejecting.lower_))
    )


def _content_clause(word: Word) -> Word | None:
    """The clause that tells a noun's content and holds the pattern word, through the
    complements, conjuncts and purposes above it ("a plan | to use assets | to fund")."""
    current = _governing_verb(word)
    for _ in range(4):
        if current.dep_ in ("acl", "ccomp"):
            return current
        if not (current.dep_ in ("xcomp", "conj") or _purpose(current)):
            return None
        current = current.head
    return None


HEARSAY = frozenset(
    {"report", "reports", "rumour", "rumours", "rumor", "rumors", "speculation", "suggestion"}
)


def alleged(word: Word) -> bool:
    """The pattern word is what someone is accused of ("accused Eritrea of sending troops
    to support rebels", "blamed Kyiv for the attack"): an allegation, coded as the
    accusation alone; so is what someone "was behind" ("said India was behind the
    bombing"), what an act's pretext names, and what a suspicion holds ("on suspicion
    that it was carrying oil to Syria")."""
    behind = word.head if word.dep_ == "pobj" and word.head.lower_ == "behind" else None
    if behind is not None and "be" in lemmas_of(behind.head.lower_):
        return True
    if _share_denied(word):
        return True  # "denied any role in the attack"; not "claimed responsibility for"
    if _denied(word):
        return True  # "denied that its troops had attacked Georgian villages"
    if word.dep_ == "pobj" and word.head.lower_ in ("of", "for"):
        charging = word.head.head  # "accused each other of violations"
        if not (ACCUSING_VERBS | PUNISHING_VERBS).isdisjoint(lemmas_of(charging.lower_)):
            return True
        if any(c.dep_ == "dobj" and c.lower_ in BLAME_NOUNS for c in charging.children):
            return True  # "traded blame for renewed shelling of the plant"
        if _held_answerable(charging.head) and charging.lower_ in ANSWERABLE:
            return True  # "held Israel responsible for the assassination"
    current = _governing_verb(word)
    for _ in range(4):
        head = current.head
        if current.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "for"):
            if head.head.lower_ in PRETEXTS:
                return True  # "under the pretext of fighting drug cartels": a claimed reason
            accuser = head.head.head if head.head.dep_ == "dobj" else head.head  # "the army of"
            if accuser.dep_ == "pobj" and accuser.head.lower_ in ("of", "with"):
                accuser = accuser.head.head  # "accused him of the war crime of deporting"
            return not (ACCUSING_VERBS | PUNISHING_VERBS).isdisjoint(lemmas_of(accuser.lower_))
        content = current.dep_ in ("acl", "ccomp") or (  # "allegations that soldiers
            current.dep_ == "relcl"  # killed civilians", read as a relative clause
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in current.children)
        )
        if content and head.lower_ in HELD_NOUNS:
            return True  # "seized a tanker on suspicion that it was carrying oil to Syria in
            # breach of EU sanctions", "allegations that peacekeepers abused civilians":
            # suspected or alleged, not done
        if current.dep_ == "pcomp" and head.lower_ == "by" and head.head != head:
            if not ACCUSING_VERBS.isdisjoint(lemmas_of(head.head.lower_)):
                return True  # "accused Ecuador of breaking the law | by storming its
                # embassy", the means hung on the accusing: the accused's, not the accuser's
            current = head.head  # "accused Ecuador of violating the law | by raiding the
            continue  # embassy": the means of what is alleged is alleged too
        outcome = current.dep_ == "acl" and current.tag_ == "VBG"  # "blamed Moscow for a
        # strike on a station, killing 50": what the act charged did is charged too
        if not (outcome or current.dep_ in ("xcomp", "conj", "advcl")) or head == current:
            return False
        if _timed_clause(current):
            return False  # "accused the United States of launching a trade war, as its
            # tariffs took effect and Beijing retaliated": when it was said, not alleged
        current = head
    return False


def _timed_clause(verb: Word) -> bool:
    """A clause with its own subject opened by "as", "while" or "when" after a comma:
    what happened meanwhile, whatever the parse hangs it on."""
    start = verb.left_edge.i
    return (
        verb.dep_ == "advcl"
        and start > 0
        and verb.doc[start - 1].text == ","
        and _subject_word(verb) is not None
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "when") for c in verb.children)
    )


BLAME_NOUNS = frozenset({"blame", "accusations", "charges", "allegations"})
"""What a verb of exchange or laying carries when it accuses ("traded blame for")."""
SUSPICIONS = frozenset({"suspicion", "suspicions", "allegation", "allegations", "grounds"})
HELD_NOUNS = SUSPICIONS | CLAIMS_WORDS
"""Nouns whose "that" clause holds what is suspected or alleged, not done."""
PRETEXTS = frozenset({"pretext", "pretexts", "guise", "excuse"})
"""Their "of" tells a reason someone claims, not an act: "under the pretext of fighting
drug cartels"."""


def _share_denied(word: Word) -> bool:
    """The word is the act in "denied any role in / responsibility for <act>"."""
    share = word.head.head if word.dep_ == "pobj" and word.head.lower_ in ("in", "for") else None
    if share is None or share.lower_ not in SHARES or share.dep_ != "dobj":
        return False
    return not DENYING_VERBS.isdisjoint(lemmas_of(share.head.lower_))


def _denied(word: Word) -> bool:
    """The word is the act of a denial's clause: "denied that its troops had attacked",
    "denied attacking", "denied charges that its troops were fighting"."""
    verb = _governing_verb(word)
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    if verb.dep_ in ("acl", "ccomp") and head.lower_ in CLAIMS_WORDS | {"report", "reports"}:
        # "denied charges that its troops were fighting in Congo": the charge's content
        return head.dep_ == "dobj" and not DENYING_VERBS.isdisjoint(lemmas_of(head.head.lower_))
    return "deny" in lemmas_of(head.lower_) and act_told(head) == verb


ACCUSING_VERBS = frozenset({"accuse", "charge", "blame", "suspect", "indict", "convict"})
PUNISHING_VERBS = frozenset(
    {"jail", "imprison", "sentence", "arrest", "detain", "punish", "fine", "execute", "prosecute"}
    | {"sanction", "blacklist", "penalise", "penalize", "impose"}
    | {"condemn", "reprimand", "censure", "rebuke", "criticise", "criticize", "denounce"}
)
"""What someone is punished or condemned "for" is the charge: "jailed a student for
helping militants join an armed group" codes the jailing alone, "voted to reprimand
Russia for invading Ukraine" the reprimand, "imposed sanctions on Iran for shooting
down a Ukrainian airliner" the sanctions."""
TELLING_VERBS = REPORTING_VERBS | ACCUSING_VERBS
"""Verbs whose subject makes a statement or charge ("Washington accuses Tehran of ...,
a charge Tehran denied")."""
DENYING_VERBS = frozenset({"deny", "reject", "dismiss", "rule"})


def warned_against(word: Word) -> bool:
    """The pattern word is the act someone was warned against or warned to do ("warned
    Israel against attacking Lebanon", "warned China to stop supplying Russia"): it has
    not happened."""
    verb = _governing_verb(word)
    against = verb.head
    current = verb
    for _ in range(3):  # "warned China to stop supplying Russia with components"
        if current.dep_ != "xcomp" or current.head == current:
            break
        if not WARNING_VERBS.isdisjoint(lemmas_of(current.head.lower_)):
            return True
        current = current.head
    return (
        verb.dep_ == "pcomp"
        and against.lower_ == "against"
        and not WARNING_VERBS.isdisjoint(lemmas_of(against.head.lower_))
    )


WARNING_VERBS = frozenset({"warn", "caution", "advise"})


def _warned_about(
    verb: Word, anchor: Word, finder: "_MentionFinder", sources: list[Mention]
) -> list[Mention]:
    """Whom a warning with no one warned is aimed at, when it warns of the warner's
    own act: that act's target, or the actor of the act it answers ("warned that
    Tehran would respond firmly to any U.S. attack": the United States). Not "Iran
    could retaliate against Israel, U.S. officials warned": Iran's threat."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        subject = _subject_word(clause)
        if subject is not None and subject.tag_ != "PRP":
            doers = finder.phrase(subject)
            if not any(d.code[:3] == s.code[:3] for d in doers for s in sources):
                continue
        for word in _objects(clause, skip=anchor):
            found = finder.phrase(word) or ([own] if (own := finder.core(word)) else [])
            if found:
                return found
    return []


def addressed(doc: Parse, tokens: list[Token], mention: Mention, appeal: Word) -> bool:
    """True when the mention is whom the appeal is made to ("urged Iran to ...", "called
    on Iran to ..."), not someone the act asked for is aimed at."""
    verb = _governing_verb(appeal)
    word = word_at(doc, tokens[mention.start])
    if word is None:
        return False
    heads = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    heads += [  # not "for": "called for a boycott of Israeli goods" asks what is wanted
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ != "for" and (p := _pobj(c)) is not None
    ]
    return any(h.left_edge.i <= word.i <= h.right_edge.i for h in heads)


def in_object(word: Word) -> bool:
    """The word is its verb's direct object or inside it ("euros in humanitarian aid"
    of "pledged 500 million euros in humanitarian aid")."""
    verb, current = _governing_verb(word), word
    while current != verb and current.head != current:
        if current.dep_ == "dobj" and current.head == verb:
            return True
        current = current.head
    return False


def _acting_verb(word: Word) -> Word:
    """The verb a pattern word belongs to, and through which a noun that is that verb's
    subject acts ("its drones hit a refinery": hit)."""
    verb = _governing_verb(word)
    noun = _noun_head(word)  # "an Israeli air strike destroyed ...": the strike
    if verb in (word, noun) and noun.dep_ == "nsubj" and noun.head.tag_.startswith("VB"):
        return noun.head
    return verb


def verb_offset(word: Word) -> int:
    """The character offset of the verb the pattern word belongs to (for a noun subject,
    the verb it acts through)."""
    return _acting_verb(word).idx


def conjoined_to(word: Word) -> int | None:
    """The offset of the verb whose subject the pattern word's verb shares by a
    conjunction ("India recalled its ambassador to Pakistan and cut off rail links":
    recalled), or None; None too for a verb with a clause of its own, which says what
    the act is about ("... and insisted unrest there reflected tensions")."""
    verb = _acting_verb(word)
    if verb.dep_ != "conj" or not verb.head.tag_.startswith("VB") or _subject_word(verb):
        return None
    return None if any(c.dep_ == "ccomp" for c in verb.children) else verb.head.idx


def verb_span(word: Word) -> tuple[int, int]:
    """Character span of the clause of the verb the pattern word belongs to: for a noun
    pattern that is the verb's subject ("Russian drones struck ..."), that verb's."""
    verb = _governing_verb(word)
    if verb.dep_ in ("nsubj", "nsubjpass"):
        verb = verb.head
    elif verb.dep_ in ("amod", "compound") and verb.tag_ in ("VBD", "VBZ", "VBP"):
        verb = _clause_of(verb.head)  # a finite verb misparsed as a modifier ("ECOWAS lifted")
    return _own_clause(verb)


def shared_subject(word: Word) -> Word | None:
    """The subject a verb joined to a finite verb before it shares ("Chinese coast guard
    vessels blocked and fired water cannon at ...": vessels), or None."""
    verb = _governing_verb(word)
    if verb.dep_ != "conj" or verb.head.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    return _subject_word(verb.head) if _subject_word(verb) is None else None


def _own_clause(verb: Word) -> tuple[int, int]:
    """Character span of the verb's clause, without a later clause joined to it that has
    a subject of its own ("Soldiers seized power ..., and the African Union suspended
    ...": the Union is no one's target in the first clause) or a clause it reports
    ("met Saakashvili and demanded that Russian troops withdraw"), nor a noun summing it
    up for another's judgement ("suspended its part in the treaty, a decision criticised
    by NATO")."""
    joined = []
    for conjunct in (c for c in verb.children if c.dep_ == "conj" and c.i > verb.i):
        if _subject_word(conjunct) is not None:
            joined.append(conjunct.left_edge.i)
        elif any(c.dep_ == "ccomp" for c in conjunct.children):
            joined.append(conjunct.i)
    joined += [
        w.left_edge.i
        for w in verb.doc[verb.i + 1 : verb.right_edge.i + 1]
        if _sums_up(w) and any(c.dep_ in ("relcl", "acl") for c in w.children)
    ]
    last = verb.right_edge
    if joined:
        kept = [w for w in verb.subtree if w.i < min(joined) and w.dep_ not in ("cc", "punct")]
        last = kept[-1] if kept else verb
    return verb.left_edge.idx, last.idx + len(last.text)


def depth(word: Word) -> int:
    """How deep in the sentence's tree the word sits: the main clause's verb is 0, so
    its act comes first among a sentence's events."""
    return sum(1 for _ in word.ancestors)


def _earlier(clause: Word, act: Word, tense: bool = True) -> bool:
    """A clause told as done before the news: perfect tense (unless `tense` is False),
    or an explicit past time ("last year", "in 2019", "since", "ago") that does not date
    another noun than the act ("last month's election", "the 2022 election")."""
    perfect = ("had", "has", "have", "'d")
    if tense and any(c.dep_ == "aux" and c.lower_ in perfect for c in clause.children):
        return True
    return any(
        (
            w.lower_ in ("last", "ago", "since", "previously", "earlier")
            or (w.like_num and len(w) == 4 and w.dep_ not in ("compound", "nummod"))
        )
        and _possessor_of(w) in (None, act)
        for w in clause.subtree
    )


LIGHT_VERBS = frozenset(
    {
        "hold",
        "launch",
        "carry",
        "conduct",
        "stage",
        "go",
        "mount",
        "make",
        "give",
        "grant",
        "issue",
        "impose",
        "sign",
        "begin",
        "start",
        "complete",
        "finish",
        "open",
        "resume",
        "continue",
        "deliver",
        "extend",
        "express",
        "lodge",
        "file",
        "reach",
        "take",
        "pay",
        "seek",
        "declare",
        "agree",
        "propose",
        "offer",
        "pledge",
        "accept",
        "order",
        "approve",
        "announce",
        "have",
        "send",
        "provide",
        "step",
        "be",
        "conclude",
        "ink",
        "join",
        "lead",
        "observe",
        "expand",
        "strengthen",
        "boost",
        "deepen",
        "broaden",
        "enhance",
        "intensify",
        "renew",
        "voice",
        "attend",
        "show",
        "lend",
        "throw",
        "register",
        "convey",
        "engage",
    }
)
"""Verbs whose object noun names their own act ("held talks", "launched strikes",
"imposed sanctions"); after any other verb ("condemned the attack"), the noun is an act
the verb talks about, with actors of its own."""


CONVENING = frozenset({"host", "organise", "organize", "arrange", "convene", "mediate", "broker"})
"""Verbs that bring about another party's meeting ("offered to host talks between A and
B"): when they are only intended, so is the meeting."""


THIRD_PERSON = frozenset({"its", "their", "his", "her"})


def _owned(noun: Word) -> bool:
    """The verb's object is "its", "their", "his" or "her" act: the clause subject's
    ("Iran reaffirmed its support"; not "support for X in its fight": X's)."""
    return noun.dep_ == "dobj" and any(
        c.dep_ == "poss" and c.lower_ in THIRD_PERSON for c in noun.children
    )


def called_own(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention's noun is "its" or "their" one: "its chief military representative"."""
    word = word_at(doc, tokens[mention.start])
    return word is not None and any(
        c.dep_ == "poss" and c.lower_ in ("its", "their") for c in _noun_head(word).children
    )


ANSWERING_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer", "hit"})
ANSWERING_WORDS = ANSWERING_VERBS | REVENGE | {"response"}
ANSWERS_ALONE = (ANSWERING_WORDS - {"hit"}) | {"protest"}
"""Words that answer an act without "back" ("vowed to respond", "protested")."""


def _answered_with(noun: Word) -> bool:
    """The act someone answers with is theirs: "Israel responded with artillery strikes",
    "hit back with sanctions"."""
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "with"
        and not ANSWERING_VERBS.isdisjoint(lemmas_of(preposition.head.lower_))
    )


def _struck_in(noun: Word) -> Word | None:
    """The verb of hitting whose "in" or "with" phrase tells the attack noun as how it
    was done ("Israel targeted Deif in a strike on ...", "U.S. forces hit militias in a
    series of air strikes"): the attack is its subject's, aimed at its object."""
    while (
        noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in SERIES_NOUNS
    ):
        noun = noun.head.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in ("in", "with"):
        return None
    verb = preposition.head
    if verb.dep_ == "dobj":
        verb = verb.head  # "targeted a senior commander | in an air strike"
    return verb if not HITTING.isdisjoint(lemmas_of(verb.lower_)) else None


def _answered_after(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """Whoever did what the verb answers, told in its clause of "after" ("said their
    forces would retaliate after U.S. and British warships struck targets in Yemen"),
    or in the clause its own is joined to ("North Korea shelled a South Korean island,
    and Seoul fired back"): the answer is aimed at them."""
    answering = [
        w
        for w in (verb, *(c for c in verb.children if c.dep_ in ("xcomp", "dobj")))
        # "vowed to respond", "vowed revenge", "protested"; "hit" and "fire" need "back"
        if not ANSWERS_ALONE.isdisjoint(lemmas_of(w.lower_))
        or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in w.children)
    ]
    if not answering:
        return []
    for clause in sorted({c for w in (verb, *answering) for c in w.children}, key=lambda c: c.i):
        if clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "after" for c in clause.children
        ):
            subject, passive, agent = _subject(clause)
            doer = agent if passive else subject
            return finder.phrase(doer) if doer is not None else []
    means = [n for w in answering for c in w.children if c.lower_ == "with" and (n := _pobj(c))]
    bare = not any(  # not "hit back with sanctions on European lawmakers": its own aim
        c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in AIMED_AT)
        for w in (*answering, *means)
        for c in w.children
    )
    first = verb.head if verb.dep_ == "conj" and _subject_word(verb) is not None else None
    doer = _subject_word(first) if first is not None and bare else None
    return finder.phrase(doer) if doer is not None else []


VOWING = frozenset({"vow", "threaten", "promise", "pledge"})


def _vowed(noun: Word) -> bool:
    """What someone vows or threatens is theirs to do: "vowed firm countermeasures",
    "threatened retaliation"."""
    return noun.dep_ == "dobj" and not VOWING.isdisjoint(lemmas_of(noun.head.lower_))


def _reported(noun: Word, verb: Word) -> bool:
    """True for a noun pattern ("attack", "talks") that another verb reports on: its
    own modifiers, not that verb's subject, say who acted."""
    if noun.dep_ in ("nsubj", "nsubjpass") or (verb == noun and not _told_noun(noun)):
        return False
    if noun.dep_ == "attr" and noun.lower_ in STRIKE_NOUNS and "be" in lemmas_of(noun.head.lower_):
        return True  # "Syrian officials said it was an Israeli air strike": Israel's
    if (
        noun.dep_ == "pobj"
        and (
            noun.head.lower_ in ALONGSIDE
            or (noun.head.lower_ == "in" and (_with_partner(noun) or _names_addressee(verb)))
        )
        and any(
            not MEETING_NOUNS.isdisjoint(lemmas_of(w.lower_)) for w in [noun, *_rounds_of(noun)]
        )
    ):
        return False  # "said ... during a visit to Manila", "arrived for a round of talks"
    if noun.dep_ == "pobj" and _spoke_after_meeting(noun):
        return False  # "Lavrov, speaking after talks with his Ukrainian counterpart": his
    if matter(noun):
        return True  # "issued a warrant over the deportation of children": not the issuer's
    return LIGHT_VERBS.isdisjoint(lemmas_of(verb.lower_))


def _told_noun(noun: Word) -> bool:
    """A noun the parse reads as the head of a clause a verb of saying reports ("said
    that a Turkish air strike on a camp ... bordered on aggression"): an act told, whose
    own modifiers say who acted, not the speaker."""
    return noun.tag_.startswith("NN") and _reported_clause(noun)


def met_at(noun: Word) -> bool:
    """A meeting noun after "at" with no partner of its own ("at a summit in Brussels"):
    where the verb's act took place."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "at"
        and not MEETING_NOUNS.isdisjoint(lemmas_of(noun.lower_))
        and not _with_partner(noun)
    )


def _names_addressee(verb: Word) -> bool:
    """The verb's object names whom it is said to ("warned Putin in a video call", "told
    his British counterpart in a phone call"): the call is with that actor."""
    return any(
        c.dep_ in ("dobj", "dative") and (c.tag_ in ("NNP", "NNPS") or c.lower_ in ADDRESSEES)
        for c in verb.children
    )


def _with_partner(noun: Word) -> bool:
    """ "in a call with Netanyahu": the meeting has a partner, so it is the subject's own
    (not "acted as go-betweens in talks between Israel and the PLO")."""
    return any(c.lower_ == "with" for c in noun.children)


MATTER_PREPOSITIONS = frozenset(
    {"over", "about", "regarding", "concerning", "despite", "into", "against"}
)
"""A noun after these is the matter an act is about, not part of that act."""


def matter(word: Word) -> bool:
    """The pattern noun is what another act is about ("an investigation into the
    killing of ...", "a dispute over the detention of ..."): its actors are its own."""
    return word.dep_ == "pobj" and word.head.lower_ in MATTER_PREPOSITIONS


ALONGSIDE = frozenset({"during", "on", "for"})
MEETING_NOUNS = frozenset({"visit", "trip", "tour", "talk", "meeting", "summit", "call"})
"""A meeting named after these ("during talks with X", "on a visit to X", "arrived for
talks") is the clause subject's own; other acts there ("during the protests") are the
background's."""


def _governing_verb(word: Word) -> Word:
    """The verb a pattern word belongs to: itself, or the verb a noun or adjective
    pattern hangs from ("held talks", "was optimistic", "in talks with")."""
    current = word.head if word.dep_ in AUXILIARY_LINKS else word  # "will | support"
    if word.tag_ == "JJ" and word.dep_ == "advmod" and word.head.tag_.startswith("VB"):
        current = word.head  # a headline's "North Korea says | open to talks"
    if current != word and current.dep_ == "advmod":
        current = current.head  # "no | longer take part"
    for _ in range(4):
        if current.tag_.startswith("VB") or current.tag_ == "MD":
            return current
        shared = (  # "fired tear gas and | rubber bullets at": the verb's second object
            current.dep_ == "conj" and current.tag_.startswith("NN") and current.head.dep_ == "dobj"
        )
        if current.dep_ not in NOUN_LINKS and not shared:
            return current
        current = current.head
    return current


SHARED_SUBJECT = frozenset({"by", "after", "before", "while", "without", "in"})
"""Prepositions whose -ing complement shares its verb's subject ("responded by
recalling"); not "of" ("accused them of killing": the accused did it)."""


CULPABLE = frozenset({"guilty", "responsible", "culpable"})
"""Adjectives whose -ing complement says their subject did it ("is guilty of violating");
not "capable of striking", which tells no act."""


OBJECT_CONTROL = APPEAL_VERBS | {
    "order",
    "force",
    "pressure",
    "help",
    "enable",
    "compel",
    "prompt",
    "warn",
    "remind",
    "instruct",
    "authorize",
    "authorise",
    "require",
    "oblige",
    "lead",
    "get",
    "cause",
}
"""Verbs whose object does what their infinitive says ("urged Iran to talk", "forced
them to leave"); after others the infinitive is the subject's purpose ("summoned the
ambassador to complain")."""


def _subject_word(verb: Word) -> Word | None:
    """The verb's own subject; of two (a misparse: "Sudan's paramilitary | Rapid Support
    Forces seized"), the one next to the verb."""
    found = [c for c in verb.children if c.dep_ in SUBJECT_LINKS]
    before = [c for c in found if c.i < verb.i]
    subject = before[-1] if before else (found[0] if found else None)
    if subject is not None and subject.lower_ == "each" and verb.head != verb:
        return _subject_word(verb.head)  # "A and B clashed, each accusing the other"
    return subject


SUBJECT_LINKS = frozenset({"nsubj", "csubj", "nsubjpass", "csubjpass"})


def said_in(words: list[Word], verbs: list[Word]) -> bool:
    """One of the words is in what one of the verbs says (its clausal complement), not
    in a clause merely hung on it ("warned Greece ..., accusing Athens of ...")."""
    said = [c for verb in verbs for c in verb.children if c.dep_ == "ccomp"]
    return any(c == w or c in w.ancestors for c in said for w in words)


def judges_told_act(verb: Word) -> bool:
    """The verb judges an act already done, named as such ("the decision would escalate
    the conflict", "Berlin's move"), not one that may come ("an Israeli presence would
    threaten the treaty")."""
    subject = _subject_word(verb)
    return subject is not None and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in ("the", "this", "that"))
        for c in subject.children
    )


AGENT_NOUNS = frozenset(
    {"companies", "firms", "businesses", "banks", "investors", "entities", "individuals"}
    | {"people", "groups", "countries", "states", "governments", "militants", "fighters"}
)
"""Nouns for those who act themselves: "companies investing in Iran" invest, whoever
the sentence's subject is (unlike "signed a decree annexing ...")."""


PLAN_NOUNS = frozenset(
    {"plan", "plans", "proposal", "bid", "decision", "intention", "threat", "offer", "pledge"}
    | {"readiness", "willingness", "intent", "determination", "commitment", "promise"}
    | {"agreement", "agreements", "deal", "accord", "steps", "measures"}
)
"""Nouns whose infinitive ("plans to deploy troops") is an act intended, not done, by
the noun's owner or by whoever made the plan."""


def _gapped_passive(verb: Word) -> bool:
    """A participle joined to a passive that shares its "were" ("Three soldiers were
    killed and dozens wounded"): passive too, its subject the one harmed."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "conj"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.head.children)
    )


def _relative_told(subject: Word, verb: Word) -> bool:
    """The subject is the relative pronoun of a speech clause that tells the verb
    ("tariffs, which Beijing said violated trade rules")."""
    return (
        subject.lower_ in RELATIVE_PRONOUNS
        and verb.dep_ == "ccomp"
        and verb.head.dep_ == "relcl"
        and subject.i < verb.head.i
    )


def _subject(verb: Word) -> tuple[Word | None, bool, Word | None]:
    """The verb's subject, whether the clause is passive, and the passive's `by` object;
    a verb without a subject inherits it from the clause it depends on."""
    current = verb
    passive = raised = False
    own_agent = passive_agent(verb)
    trailing = False
    for _ in range(6):
        trailing = trailing or _trailing_participle(current)
        agent = passive_agent(current)
        child = _subject_word(current)
        if child is not None and current is not verb and verb.dep_ == "conj" and own_agent:
            return child, True, own_agent  # "arrived in Pyongyang and was greeted by Kim"
        if child is not None:
            # not "was expected to visit", "was forced to withdraw": the infinitive's own
            passive = passive or (child.dep_ in ("nsubjpass", "csubjpass") and not raised)
            passive = passive or _gapped_passive(current)  # "were killed and dozens wounded"
            if child.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
                if not INSTALLATIONS.isdisjoint(lemmas_of(current.head.lower_)):
                    return child, passive, agent  # "an attack on a U.S. base that wounded
                    # two soldiers": the parse hangs the clause on the base, which did
                    # nothing; "that" names no actor, and word order must not stand in
                return current.head, passive, agent
            if _relative_told(child, current):
                return current.head.head, passive, agent  # "tariffs, which Beijing said
                # violated trade rules": the tariffs
            return child, passive, agent
        dep, head = current.dep_, current.head
        if dep == "xcomp":
            controller = next((c for c in head.children if c.dep_ in ("dobj", "dative")), None)
            if (
                controller is not None
                and not OBJECT_CONTROL.isdisjoint(lemmas_of(head.lower_))
                and not phoned(head)  # "Biden called Bennett to congratulate him": Biden
                and not trailing  # "ordered five diplomats to leave, joining Lithuania in
                # expelling ...": the one who ordered it joins
            ):
                return controller, passive, agent  # "urged Iran to talk"
        elif dep in ("acl", "relcl") and head.lower_ in PLAN_NOUNS and current.tag_ == "VB":
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.tag_ != "PRP$":
                return owner, passive, agent  # "the government's plan to deploy"
            current = _governing_verb(head)  # "China announced plans to deploy troops",
            # "Jordan announced its decision to expel the ambassador"
            continue
        elif dep == "acl" and current.tag_ == "VB" and _issued_order(head):
            current = _governing_verb(head)  # "signed an order to withdraw the United
            continue  # States from the WHO": the signer withdraws it
        elif (
            dep == "acl"
            and current.tag_ == "VB"
            and head.dep_ == "dobj"
            and not USING.isdisjoint(lemmas_of(head.head.lower_))
        ):
            current = head.head  # "used the interview to accuse the West": the user
            continue
        elif dep == "acl" or dep == "relcl":
            if current.tag_ == "VBN" and not _root_misparsed(current):
                return head, True, own_agent or agent  # "troops deployed by X"; "a
                # decision welcomed by X and condemned by Y": Y condemns
            if head.dep_ == "attr" and (described := _subject_word(head.head)) is not None:
                return described, passive, agent  # "France became the first country to
                # impose sanctions": France, which the country is
            maker = _maker(head) if current.tag_ == "VBG" else None
            if maker is not None:
                return maker, passive, agent  # "a bill passed by Congress supporting
                # protesters": Congress supports them, through its bill
            return head, passive, agent
        elif dep == "advcl" and current.tag_ == "VBN" and agent is not None:
            return _subject_word(head), True, agent  # "resumed talks, mediated by Mbeki"
        elif dep == "pcomp" and head.lower_ in SHARED_SUBJECT and head.head != head:
            current = head.head  # "responded by recalling its ambassadors"
            continue
        elif dep == "pcomp" and head.head.lower_ in CULPABLE and head.head.dep_ == "acomp":
            current = head.head  # "both sides are guilty of violating the ceasefire"
            continue
        elif dep not in ("conj", "advcl", "acomp") or head == current:
            return None, passive, agent  # "acomp": "Ukraine was prepared to meet ..."
        raised = raised or dep == "xcomp"
        current = head
    return None, passive, None


def noun_of_infinitive(verb: Word) -> Word | None:
    """The noun an infinitive right after it completes ("a plot to kill a dissident"),
    also where the parse hangs the infinitive on the verb above."""
    if verb.tag_ != "VB" or verb.left_edge.lower_ != "to" or verb.left_edge.i == 0:
        return None
    noun = verb.doc[verb.left_edge.i - 1]
    return noun if noun.tag_.startswith("NN") and verb.dep_ in ("acl", "advcl") else None


def joined_noun(noun: Word) -> Word | None:
    """The noun a noun is joined to by "and" or "or", also where the parse hangs the
    second on the verb while its "and" joins it to the first ("imposed sanctions over the
    forced landing of a flight and the arrest of a journalist")."""
    if noun.dep_ != "conj":
        return None
    if noun.head.tag_.startswith("NN"):
        return noun.head
    start = noun.left_edge.i
    joining = noun.doc[start - 1] if start > 0 else None
    if joining is not None and joining.dep_ == "cc" and joining.head.tag_.startswith("NN"):
        return joining.head
    return None


def _absolute_with(prep: Word) -> bool:
    """A "with" set off by a comma whose object has a predicate of its own (", with the
    presidents of Cuba and Venezuela among those attending", ", with Russia providing
    air cover", ", with trade tensions between the United States and China looming",
    ", with U.N. officials in attendance"): the circumstance of the act."""
    if prep.lower_ != "with" or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    if any(c.dep_ == "pcomp" and _subject_word(c) is not None for c in prep.children):
        return True  # the parse's own reading: "with | tensions ... looming"
    obj = _pobj(prep)
    return obj is not None and any(
        (c.dep_ == "acl" and c.tag_ in ("VBG", "VBN"))
        or (c.dep_ == "prep" and c.lower_ == "among")
        or (c.dep_ == "prep" and any(w.lower_ == "attendance" for w in c.children))
        for c in obj.children
    )


def in_absolute_with(doc: Parse, tokens: list[Token], mention: Mention, act: Word) -> bool:
    """The mention is named inside an absolute "with" clause (see _absolute_with) that
    does not hold the act itself (", with Nairobi accusing its neighbour of ...": the
    accusation's own target)."""
    word = word_at(doc, tokens[mention.start])
    if word is None:
        return False
    clauses = [w for w in word.ancestors if _absolute_with(w)]
    return any(act not in clause.subtree for clause in clauses)


def _trailing_participle(verb: Word) -> bool:
    """A participle after a comma that the parse hangs on the clause before it
    ("ordered five Belarusian diplomats to leave on Tuesday, joining Lithuania ..."): it
    tells more of what the main clause's subject did."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
    )


def _maker(noun: Word) -> Word | None:
    """The `by` object of a passive participle describing the noun ("a bill passed by
    Congress")."""
    return next(
        (
            by
            for c in noun.children
            if c.dep_ == "acl" and c.tag_ == "VBN" and (by := passive_agent(c))
        ),
        None,
    )


def _issued_order(noun: Word) -> bool:
    """An order, decree or law its verb's subject signs or issues: what it orders is
    theirs to do ("signed a decree to expel 20 diplomats"), unlike one they judge."""
    return (
        noun.lower_ in ORDER_NOUNS
        and noun.dep_ == "dobj"
        and not ISSUING.isdisjoint(lemmas_of(noun.head.lower_))
    )


ORDER_NOUNS = frozenset({"order", "orders", "decree", "decrees", "directive", "law", "bill"})
ISSUING = frozenset({"sign", "issue", "approve", "enact", "adopt"})


def compelled(verb: Word) -> bool:
    """A passive with no agent: "would be forced to respond" names no one who forces."""
    return any(c.dep_ == "auxpass" for c in verb.children) and passive_agent(verb) is None


def passive_agent(verb: Word) -> Word | None:
    """The passive's `by` object, or that of a later passive it is joined to: "was
    beaten to death and his body set on fire by a mob" has one agent for both; not a
    clause with a subject and auxiliaries of its own ("were accused ..., and ties had
    been cut by several Arab states"). The parse may hang the `by` on the noun of the
    passive's "with" or "as" ("was hit with new sanctions by the EU")."""
    later = [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ == "VBN"
        and not (_subject_word(c) is not None and any(a.dep_ == "auxpass" for a in c.children))
    ]
    for link in (verb, *later):
        passive = any(c.dep_ == "auxpass" for c in link.children)
        for child in link.children:
            by = child.dep_ == "agent" or (
                passive and child.dep_ == "prep" and child.lower_ == "by"
            )
            agent = next((c for c in child.children if c.dep_ == "pobj"), None) if by else None
            if agent is not None and agent.lower_ in MANNERS:
                continue  # "shot down by mistake by Iran's Revolutionary Guards"
            if by:  # the parse may make "by" a plain preposition after an object: "were
                return agent  # granted asylum by Germany"
        if passive:
            for noun in _manner_objects(link):
                agent = _object_of(noun, "by")
                if agent is not None:
                    return agent
    return None


def _manner_objects(verb: Word) -> list[Word]:
    """Objects of a passive verb's "with" and "as", to whose noun the parse may hang the
    verb's `by` phrase: "was hit with sanctions by the EU", "was recognised as interim
    president by the United States"."""
    return [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("with", "as") and (p := _pobj(c))
    ]


def _shared_object(verb: Word) -> list[Word]:
    """The object two verbs joined by "and" share when it follows both, whichever of them
    the parse hung it on ("captured and killed Gaddafi", "captured and killed a
    commander")."""
    if verb.dep_ == "conj":
        return [c for c in verb.head.children if c.dep_ == "dobj" and c.i > verb.i]
    joined = [c for c in verb.children if c.dep_ == "conj" and c.i == verb.i + 2]
    if joined and verb.doc[verb.i + 1].lower_ == "and":
        return [c for c in joined[0].children if c.dep_ == "dobj"]
    return []


def _objects(
    verb: Word, skip: Word, depth: int = 0, spelled: frozenset[str] = frozenset()
) -> Iterator[Word]:
    """Candidate targets of a verb, best first: the objects of prepositions the pattern
    spells, its objects, the prepositional objects of the verb and of its direct
    object, ranked by preposition ("lodged a protest with
    China over the detention of ...": China), then those of the clauses it opens
    ("refused to meet X", "its will to continue talks with X")."""
    if about_topic(verb):  # "discuss the dispute over the islands with China", however hung,
        # but not "discuss ways to kick-start the dialogue with the North": the dialogue's
        topics = [
            w
            for c in verb.children
            if c.dep_ == "dobj"
            for w in c.subtree
            if w.tag_.startswith("NN") and not _act_noun(w)
        ]
        yield from _prepositional_objects([verb, *topics], verb, frozenset(), only="with")
        return
    objects = [  # not "..., the first military action by Western powers": the act summed up
        c for c in verb.children if c.dep_ in ("dobj", "dative") and c != skip and not _sums_up(c)
    ]
    if not objects:  # "captured and killed Gaddafi": one object for both verbs
        objects = _shared_object(verb)
    if verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS for o in objects):
        named = [o for o in objects if o.lower_ not in RELATIVE_PRONOUNS]
        objects = named or [verb.head]  # "Iran, which Israel accuses of ...": Iran; but
        # "the Taliban, which Islamabad accuses Afghanistan of sheltering": Afghanistan
    objects += _what_called(verb) + _object_after_as(verb) + _amount_of(verb, objects)
    doers = [p for w in objects for c in w.children if c.lower_ == "by" and (p := _pobj(c))]
    settled = [  # not "observing a ceasefire brokered by Egypt": a mediator is no party
        c
        for o in objects
        for c in o.children
        if c.dep_ == "acl" and c.tag_ == "VBN" and not _brokering(c)
    ]
    doers += [a for c in settled if (a := passive_agent(c)) is not None]  # "recaptured
    # peaks seized by infiltrators from Pakistan": whose doing the object is
    totals = [  # "imposed duties totalling 50% on Chinese steel": the "on" of the sum
        c
        for o in objects
        for c in o.children
        if c.dep_ == "acl" and not TOTALLING.isdisjoint(lemmas_of(c.lower_))
    ]
    after = [
        _past_amount(w)
        for w in _prepositional_objects([verb, *objects, *settled, *totals], verb, spelled)
    ]
    named = [held for w in after if w.head.lower_ in spelled for held in _occupants(w)]
    after = [held for w in after for held in _occupants(w)]
    yield from named  # "handed over Karadzic to the tribunal" for "hand over * to"
    yield from _penalised(verb, objects)
    yield from _earlier_mover(verb, objects)  # its doer, named, before "the move" itself
    if not _brokering(verb):  # "mediated an exchange of prisoners": what is brokered
        yield from (held for o in objects for held in _occupants(o))  # has no party
    yield from _aimed_at(objects)
    yield from doers  # "condemned what it called a provocation by Manila", "boycotted a
    # speech by the U.S. ambassador": whose the object is
    yield from after
    if depth < 3:
        for drill in objects:  # "a drill simulating an attack on North Korea's test site"
            for clause in drill.children:
                if clause.dep_ == "acl" and not SIMULATING.isdisjoint(lemmas_of(clause.lower_)):
                    yield from _objects(clause, skip, depth + 1)
        for word in (verb, *objects):
            for clause in word.children:
                # an infinitive ("calls to ease the embargo on X"), not "an agreement
                # ending a dispute over X"
                relative = clause.dep_ == "relcl" and to_infinitive(clause)
                infinitive = clause.dep_ == "xcomp" or (
                    clause.tag_ == "VB" and (clause.dep_ == "acl" or relative)
                )
                if infinitive and clause != skip and word.lower_ not in OTHERS_ATTEMPTS:
                    if word is not verb and not SHIELDING.isdisjoint(lemmas_of(clause.lower_)):
                        continue  # "take measures to protect Chinese companies": whom
                        # they shield, no target
                    for wanted in (clause, *clause.conjuncts):  # "to unite and mobilize"
                        if word.lower_ in AGREEMENT_NOUNS:  # "an agreement to eliminate
                            # Syria's chemical weapons": about Syria; a partner is "with"
                            yield from _with_partners(wanted)
                        else:
                            yield from _objects(wanted, skip, depth + 1)
        for package in objects:  # "signed an aid package that includes military
            for clause in package.children:  # assistance for Ukraine": whom it is for
                if clause.dep_ == "relcl" and not INCLUDING.isdisjoint(lemmas_of(clause.lower_)):
                    yield from _objects(clause, skip, depth + 1)
                if clause.dep_ == "relcl" and not LANDING.isdisjoint(lemmas_of(clause.lower_)):
                    yield from (  # "fired a missile that landed in Japan's economic zone"
                        p
                        for c in clause.children
                        if c.lower_ in ("in", "inside") and (p := _pobj(c))
                    )
        for feeling in objects:
            if feeling.lower_ in FELT_ABOUT:
                yield from _felt_about(feeling)
        signed = not SIGNING_VERBS.isdisjoint(lemmas_of(verb.lower_)) or any(
            c.dep_ == "dobj" and c.lower_ in AGREEMENT_NOUNS for c in verb.children
        )  # "reached an agreement on Monday to curb Iran's missile programme"
        for clause in verb.children:  # a purpose: "sent a carrier to deter Iran"
            if _purpose(clause):
                if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
                    yield from (c for c in clause.children if c.dep_ == "nsubj")  # "called
                    # for Israel to end its siege of Arafat's compound": Israel
                for wanted in (clause, *clause.conjuncts):
                    if signed:  # "signed agreements to normalise relations with Israel":
                        # the partner, not whom the deal is about ("to free the hostages")
                        yield from _with_partners(wanted)
                    else:
                        yield from _objects(wanted, skip, depth + 1)


OTHERS_ATTEMPTS = frozenset(
    {"attempt", "attempts", "effort", "efforts", "bid", "bids", "plot", "plots"}
    | {"scheme", "schemes"}
)
"""Nouns of a try someone else makes ("rejected any attempt to push Palestinians into
Sinai"): whom the try is aimed at is not the target of the verb that judges it."""


def _with_partners(clause: Word) -> Iterator[Word]:
    """Whom an agreement's clause says it is made "with" ("to normalise relations with
    Israel"), not whom it is about."""
    nouns = [clause, *(c for c in clause.children if c.dep_ == "dobj")]
    yield from _prepositional_objects(nouns, clause, frozenset(), only="with")


def _felt_about(feeling: Word) -> Iterator[Word]:
    """Whom a feeling is about ("expressed concern that Iran was enriching uranium",
    "hope that talks with Ethiopia would succeed"): the subject of its "that" clause,
    then the partners of that subject's talks."""
    clauses = [
        c
        for c in feeling.children
        if c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
    ]
    for subject in (s for clause in clauses for s in clause.children if s.dep_ == "nsubj"):
        yield subject
        yield from _prepositional_objects([subject], subject, only="with")


COMMENT_NOUNS = frozenset(
    {"hope", "hopes", "concern", "concerns", "optimism", "pessimism", "doubt", "doubts"}
    | {"fear", "fears", "worry", "worries", "confidence", "alarm", "scepticism", "skepticism"}
)
"""Feelings expressed about what a "that" clause says (see _objects)."""
ASSURANCES = frozenset({"guarantee", "guarantees", "assurance", "assurances"})
"""Promises sought or given that a "that" clause tells ("demanded guarantees that NATO
would stop expanding"): aimed, like a feeling, at the clause's subject (see _objects)."""
FELT_ABOUT = COMMENT_NOUNS | ASSURANCES


PENALTIES = frozenset({"sanction", "sanctions", "embargo", "tariff", "tariffs", "penalty"})
IMPOSING = frozenset(
    {"seek", "impose", "slap", "threaten", "propose", "adopt", "approve", "announce"}
    | {"demand", "urge", "push", "consider", "weigh", "extend", "tighten", "expand"}
    | {"reimpose", "re-impose", "trigger", "restore", "renew"}
)


def _penalised(verb: Word, objects: list[Word]) -> Iterator[Word]:
    """Whom a penalty sought or imposed is "against" or "on": "seek U.N. sanctions
    against North Korea" aims at North Korea, the U.N. before the noun imposing them;
    not "criticized U.S. sanctions on Venezuela", which is aimed at their imposer."""
    if IMPOSING.isdisjoint(lemmas_of(verb.lower_)):
        return
    asked = [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    asked += [_pobj(c) for o in objects for c in o.children if c.lower_ == "of"]  # "triggered
    # the return of U.N. sanctions on Iran"
    for noun in [*objects, *(w for w in asked if w is not None)]:  # "push for sanctions"
        if noun.lower_ in PENALTIES:
            for prep in noun.children:
                aimed = _pobj(prep) if prep.lower_ in ("against", "on") else None
                if prep.dep_ == "prep" and aimed is not None:
                    yield aimed


AIMING_VERBS = frozenset({"target", "hit", "punish", "penalize", "penalise", "belong"})
"""A participle after the object that says whom it is aimed at or whose it is:
"approved new sanctions targeting Iran's fuel imports", "destroyed several tanks
belonging to forces loyal to Gaddafi"."""


def _aimed_at(objects: list[Word]) -> Iterator[Word]:
    of = [w for noun in objects for c in noun.children if c.lower_ == "of" and (w := _pobj(c))]
    for noun in [*objects, *of]:  # "a second package of sanctions targeting Russia's banks"
        for clause in noun.children:
            if clause.dep_ == "acl" and not AIMING_VERBS.isdisjoint(lemmas_of(clause.lower_)):
                for child in clause.children:
                    if child.dep_ == "dobj":
                        yield child
                    elif child.dep_ == "prep" and child.lower_ == "to" and (owner := _pobj(child)):
                        yield owner


def _earlier_mover(verb: Word, objects: list[Word]) -> Iterator[Word]:
    """ "India revoked Kashmir's special status, and Pakistan condemned the move": the
    move is the act of the clause this one is joined to, and stands for its doer."""
    if verb.dep_ != "conj" or not any(_names_a_move(o) for o in objects):
        return
    doer = _subject_word(verb.head)
    if doer is not None:
        yield doer


def _names_a_move(noun: Word) -> bool:
    """ "The move", "the decision", not "the sale of jets to Ankara": the parse's reading
    of actors._the_move; and "the violence" the clause before told ("protesters stormed
    the legislature, and Chinese officials condemned the violence"), which only an act
    in this sentence can be."""
    named = noun.lower_ in MOVES or noun.lower_ == "violence"
    owned = any(c.dep_ == "prep" and c.lower_ in ("of", "by", "from", "to") for c in noun.children)
    return named and not owned and any(c.lower_ == "the" for c in noun.children)


def told_to(verb: Word) -> bool:
    """The verb of telling has an infinitive of its own: "told Israel's envoy not to
    return", not "told Congress, asking for help to defend Ukraine"."""
    return any(c.dep_ in ("xcomp", "ccomp") and to_infinitive(c) for c in verb.children)


def obliged(verb: Word, tokens: list[Token], mentions: list[Mention], told: list[Mention]) -> bool:
    """The verb of telling says what the one told must or should do ("told Xi Jinping
    that China must stop supplying Russia's war machine"), or gives it a deadline ("told
    ... to move south within 24 hours"): a demand, not a statement."""
    if any(_within_deadline(c) for c in verb.children if c.dep_ == "xcomp"):
        return True  # "told 1.1 million Palestinians to move south within 24 hours"
    finder = _MentionFinder(tokens, mentions)
    countries = {m.code[:3] for m in told}
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in clause.children):
            continue
        subject = _subject_word(clause)
        if subject is not None and any(m.code[:3] in countries for m in finder.phrase(subject)):
            return True
    return False


def _within_deadline(clause: Word) -> bool:
    """An infinitive to be done "within" hours or days: an order with a deadline."""
    return to_infinitive(clause) and any(
        p.dep_ == "prep"
        and p.lower_ == "within"
        and (o := _pobj(p)) is not None
        and o.lower_ in DEADLINES
        for p in clause.children
    )


def to_infinitive(verb: Word) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


TOPIC_NOUNS = frozenset(
    {"talks", "negotiations", "discussions", "dialogue", "consultations", "intelligence"}
    | {"information", "data", "report", "briefing", "agreement", "deal", "accord"}
    | {"view", "views", "position", "positions", "stance"}
)
"""Their "on" or "about" names what they concern, not whom: "talks on North Korea's
nuclear programme", "intelligence on missile launches", "the same view on European
defence"."""
TOPIC_VERBS = frozenset({"discuss", "debate"})
"""Their object is what was talked about; whom with is only the `with` phrase."""
DISPUTES = frozenset({"accusation", "accusations", "recriminations", "barbs", "blame"})
"""What is traded "over" a matter ("traded accusations over an upsurge of fighting")."""
TALKED_ON = (
    TOPIC_NOUNS
    | TOPIC_VERBS
    | DISPUTES
    | {"meeting", "session", "summit", "conference", "hearing", "hearings", "debate"}
)
"""What an act can be the matter "on", "about" or "over" of ("an emergency meeting on
the fighting in eastern Congo", "traded accusations over the attack", "began hearings
on the legal consequences of Israel's occupation")."""


def _act_noun(word: Word) -> bool:
    """Talks, dialogue, ties: a noun whose `with` names its own partner."""
    return not (TOPIC_NOUNS | PARTNERSHIPS).isdisjoint(lemmas_of(word.lower_))


PARTNERSHIPS = frozenset({"relation", "relations", "tie", "ties", "cooperation", "meeting"})


def discussed(word: Word) -> bool:
    """A noun that is what is discussed ("would discuss the dispute over the Spratly
    islands with China"): the talks' matter."""
    return word.dep_ == "dobj" and not TOPIC_VERBS.isdisjoint(lemmas_of(word.head.lower_))


def talked_about(word: Word) -> bool:
    """An act that talks or a meeting are about ("held talks with Witkoff on the next
    phase of the Gaza ceasefire"): their matter, not an act of the talkers."""
    noun = _noun_head(word)
    for _ in range(3):  # "on the next phase of the Gaza ceasefire"
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            break
        noun = noun.head.head
    if (
        noun.dep_ == "dobj"
        and not DISCUSSING.isdisjoint(lemmas_of(noun.head.lower_))
        and not any(c.dep_ == "poss" or c.lower_ in DEFINITE for c in noun.children)
    ):
        return True  # "Erdogan and Sisi discussed a ceasefire in Gaza"; not "discussed
        # Saturday's negotiations in Stockholm", which took place
    about = noun.head if noun.dep_ in ("pobj", "pcomp") else None  # "talks on disarming"
    if about is None or about.lower_ not in ("on", "about", "over"):
        return False
    talks = [about.head, *(c for c in about.head.children if c.dep_ == "dobj")]  # "held talks"
    return any(not TALKED_ON.isdisjoint(lemmas_of(w.lower_)) for w in talks)


DISCUSSING = frozenset({"discuss", "debate"})
"""Verbs whose object is a matter talked about."""
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def market_demand(word: Word) -> bool:
    """ "signs of slowing demand in China", "supply and demand": demand as what buyers
    want, not one side's demand of another."""
    if word.lower_ not in ("demand", "demands") or word.tag_ not in ("NN", "NNS"):
        return False
    if any(c.dep_ in ("amod", "compound") and c.lower_ in MARKET_DEMAND for c in word.children):
        return True
    return "supply" in {word.head.lower_, *(c.lower_ for c in word.children if c.dep_ == "conj")}


MARKET_DEMAND = frozenset(
    {"slowing", "slow", "slower", "weak", "weaker", "weakening", "soft", "softer"}
    | {"softening", "rising", "falling", "robust", "sluggish", "cooling", "tepid"}
    | {"lower", "higher", "booming", "surging", "growing", "flagging", "faltering"}
    | {"subdued", "sagging", "recovering", "pent-up", "seasonal", "peak", "global"}
    | {"consumer", "fuel", "oil", "energy", "gas", "power", "electricity", "export"}
    | {"import", "travel", "housing", "chip", "steel", "copper", "crude", "food"}
)
"""Words before "demand" that make it a market's."""


def market_weighing(verb: Word) -> bool:
    """ "as traders weighed supply worries", "weak demand weighed on industry": a
    market's buyers and sellers weighing prices, or a burden weighing on something; no
    policy considered."""
    if "weigh" in lemmas_of(verb.lower_) and any(
        c.dep_ == "prep" and c.lower_ == "on" for c in verb.children
    ):
        return True
    subject = _subject_word(verb)
    return subject is not None and subject.lower_ in MARKET_PLAYERS


MARKET_PLAYERS = frozenset({"traders", "investors", "markets", "dealers", "buyers", "sellers"})


def investigated(word: Word) -> bool:
    """The act an inquiry is into ("launched an inquiry into the air strike on a
    school"): what is looked into, not an act of the inquirers."""
    noun = _noun_head(word)
    into = noun.head if noun.dep_ == "pobj" else None
    if into is None or into.lower_ not in ("into", "of"):
        return False
    # the parse may hang "into" on the verb of "launched an inquiry"
    held = [into.head, *(c for c in into.head.children if c.dep_ == "dobj")]
    return any(not INQUIRIES.isdisjoint(lemmas_of(w.lower_)) for w in held)


INQUIRIES = frozenset({"inquiry", "investigation", "probe", "enquiry", "investigate", "examine"})


def into_force(inquiry: Word) -> bool:
    """The inquiry is into a use of force ("an inquiry into the air strike"): an
    investigation of military action (093)."""
    # "launched an inquiry into ...", however the parse hangs the "into"
    inquiries = [inquiry, *(c for c in inquiry.children if c.dep_ == "dobj")]
    if inquiry.dep_ == "dobj":
        inquiries.append(inquiry.head)
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("into", "of")
        and (noun := _pobj(c)) is not None
        and noun.lower_ in STRIKE_NOUNS
        for word in inquiries
        for c in word.children
    )


def verb_between(first: Word, last: Word | None) -> Word | None:
    """The verb whose object a pattern's last word is, when that verb is not the
    pattern's first word but one below it ("take all necessary steps to defend its
    territory": defend; "urged its members to suspend their trade agreements": suspend);
    None when the word is the first word's own."""
    if last is not None:
        last = _noun_head(last)
    if last is None or last == first or last.dep_ != "dobj":
        return None
    verb = last.head
    if verb == first or not verb.tag_.startswith("VB"):
        return None
    return verb if first in verb.ancestors else None


def owned_act(noun: Word, tokens: list[Token], mentions: list[Mention]) -> bool:
    """The act noun names its doer or aim itself: "Israeli strikes", "Russia's attack",
    "strikes by Pakistan", "strikes on Gaza". A name before it counts only where it is an
    actor mention: "the Bali bombings" says where, not who."""
    spans = _MentionFinder(tokens, mentions).spans
    return any(
        (
            c.dep_ in ("poss", "amod", "compound", "nmod")
            and c.text[:1].isupper()
            and any(start <= c.idx < end for _, start, end in spans)
        )
        or c.tag_ == "PRP$"
        or (c.dep_ == "prep" and c.lower_ in ("by", "on", "against", "in"))
        for c in noun.children
    )


def joins_clauses(first: Word, last: Word | None) -> bool:
    """A pattern's words fall in two verbs joined by "and" ("met Saakashvili in Tbilisi
    and demanded ..." is no "met ... demand"), or in a clause of its own below the first
    ("met Biden in Washington as protesters demanded a deal"): its last word hangs on a
    verb conjoined below its first, or on a finite one with its own subject in an
    adverbial clause (not "pushing for the US to support")."""
    if last is None or last == first:
        return False
    verbs = {first, first.head} if first.dep_ in ("nsubj", "nsubjpass") else {first}
    for current in (last, *last.ancestors):  # a noun first: its verb ("the drone was in
        if current == first:  # international airspace and called the attack ...")
            return False
        if not current.tag_.startswith("VB") or current.head not in verbs:
            continue
        if current.dep_ == "conj" or (
            current.dep_ == "advcl" and current.tag_ in FINITE and has_subject(current)
        ):
            return True
    return False


def object_before_from(first: Word, last: Word | None) -> bool:
    """A pattern's last word names whom the verb's own object was taken from ("captured
    several villages from Armenian troops" is no capture of troops): it hangs on "from"
    and the verb has an object before it."""
    if last is None or last.dep_ != "pobj" or last.head.lower_ != "from":
        return False
    held = last.head.head  # the verb, or its object ("villages from Armenian troops")
    if held.dep_ == "dobj" and held.head == first:
        return True
    return held == first and any(c.dep_ == "dobj" and c.i < last.i for c in first.children)


def occasion_verb(word: Word) -> Word | None:
    """The verb an act noun is the occasion of ("opened fire on soldiers during a raid":
    opened); None when the noun is no such occasion."""
    if word.dep_ == "pobj" and word.head.lower_ in ("during", "amid"):
        verb = word.head.head
        return verb if verb.tag_.startswith("VB") else None
    return None


def harm_by_means(word: Word) -> tuple[Word, Word] | None:
    """The verb of harm an act noun is the means of and its victims ("Hamas leader
    Ismail Haniyeh was killed in an Israeli strike in Tehran": killed, Haniyeh; "A U.S.
    drone strike at Baghdad airport killed Qassem Soleimani": killed, Soleimani), who
    are the act's target, not the place the noun names; None when the noun is no such
    means."""
    if word.dep_ == "nsubj" and word.head.tag_ in ("VBD", "VBZ", "VBP") and _placed(word):
        verb, victim_link = word.head, "dobj"  # not "a roadside bomb killed four Iraqi
        # soldiers": the bombing, its toll told
    elif word.dep_ == "pobj" and word.head.lower_ == "in":
        verb, victim_link = word.head.head, "nsubjpass"
    else:
        return None
    if not verb.tag_.startswith("VB") or HARMING.isdisjoint(lemmas_of(verb.lower_)):
        return None
    victims = next((c for c in verb.children if c.dep_ == victim_link), None)
    return (verb, victims) if victims is not None else None


def _placed(noun: Word) -> bool:
    """The act noun names its own place ("a drone strike at Baghdad airport")."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "in", "on") for c in noun.children)


def preferred_instead(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is in what the act was done in favour of or instead of ("cancelled a
    submarine deal in favour of a security pact with the United States"): the
    alternative chosen, not the act's target; nor the side fought for ("mercenaries
    fighting for Ukraine"); nor those the act spares ("ordered tariffs on steel,
    exempting Canada and Mexico", "on all imports except those from Canada")."""
    word = word_at(doc, tokens[mention.start])
    return word is not None and any(
        (a.lower_ in ("favour", "favor") and a.head.lower_ == "in")
        or (a.lower_ == "of" and a.head.lower_ == "instead")
        or (a.lower_ == "for" and not FIGHTING.isdisjoint(lemmas_of(a.head.lower_)))
        or a.lower_ in EXCEPTING
        or (a.tag_.startswith("VB") and not SPARING.isdisjoint(lemmas_of(a.lower_)))
        for a in word.ancestors
    )


EXCEPTING = frozenset({"except", "excluding", "besides"})
"""Prepositions whose object an act leaves out ("on all imports except those from X")."""
SPARING = frozenset({"exempt", "spare"})
"""Verbs whose object an act leaves out ("ordered tariffs, exempting Canada")."""


def in_charge(doc: Parse, tokens: list[Token], mention: Mention, act: Word) -> bool:
    """The mention is inside what someone is accused or blamed of, where the verb's
    object names who ("accused some leaders of turning a blind eye to Russia's war"):
    the charge's matter, not whom it is made against."""
    verb = _governing_verb(act)
    if BLAMING.isdisjoint(lemmas_of(verb.lower_)):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    word = word_at(doc, tokens[mention.start])
    return word is not None and any(
        a.dep_ == "prep" and a.lower_ in ("of", "for") and a.head == verb for a in word.ancestors
    )


def characterised(word: Word) -> bool:
    """An act noun a sentence only describes ("Police said the march was peaceful",
    "said Israel's occupation of Palestinian land was the root cause of the conflict"):
    the subject of "be" with an adjective or a noun, an act told before or a standing
    state, not a new one. Not a noun that ranks the act ("the attack was the deadliest
    since 2015", "the first such visit"), which tells it as news."""
    head = word.head
    return (
        word.tag_.startswith("NN")
        and word.dep_ == "nsubj"
        and "be" in lemmas_of(head.lower_)
        and any(
            c.dep_ == "acomp" or (c.dep_ == "attr" and c.tag_ != "JJS" and not _ranked(c))
            for c in head.children
        )
    )


def called_so(word: Word) -> bool:
    """An act noun that is what a verb of naming calls something ("Russia called the
    strike an act of aggression", "described the air strikes as a war crime"): the act is
    judged, not done by the one who names it."""
    noun = word.head if word.dep_ == "compound" else word
    verb = noun.head
    return (
        noun.dep_ == "dobj"
        and noun.tag_.startswith("NN")
        and not CALLING.isdisjoint(lemmas_of(verb.lower_))
        and any(
            c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as") or _adverb_read(c)
            for c in verb.children
        )
    )


def about_topic(word: Word) -> bool:
    """The pattern's verb takes a topic for its object ("discussed the talks between A
    and B" is no act towards A or B)."""
    return not TOPIC_VERBS.isdisjoint(lemmas_of(_governing_verb(word).lower_))


def named_after(
    word: Word, prepositions: tuple[str, ...], tokens: list[Token], mentions: list[Mention]
) -> list[Mention]:
    """The actors named by the object of the first of the word's prepositions that names
    one: where an envoy serves ("the US ambassador to Syria", "its envoy in Damascus"),
    who summoned him ("was summoned to the Russian foreign ministry")."""
    return _preposition_names(word, prepositions, _MentionFinder(tokens, mentions))


def _preposition_names(
    word: Word, prepositions: tuple[str, ...], finder: "_MentionFinder"
) -> list[Mention]:
    """named_after, with the caller's mention finder."""
    return _first(
        finder.phrase(noun)
        for c in word.children
        if c.lower_ in prepositions and (noun := _pobj(c)) is not None
    )


def passive_roles(
    verb: Word, tokens: list[Token], mentions: list[Mention], spelled: frozenset[str]
) -> tuple[list[Mention], list[Mention]]:
    """Who did a passive act whose subject is the act's own noun, and whom it was aimed
    at: "sanctions were imposed on North Korea by the Security Council", "sanctions on
    Iran were eased", "aid was delivered to Puerto Rico" (the objects of the verb's or
    the noun's prepositions; the parse may hang the `by` on the target: "imposed on
    Myanmar's leaders by Washington")."""
    finder = _MentionFinder(tokens, mentions)
    nouns = [c for c in verb.children if c.dep_ == "nsubjpass"]
    aimed = _prepositional_objects([verb, *nouns], verb, spelled)
    doers = [p for w in (verb, *aimed) for c in w.children if c.lower_ == "by" and (p := _pobj(c))]
    sources = _first(map(finder.phrase, doers))
    if not doers and not EXPELLING.isdisjoint(lemmas_of(verb.lower_)):
        left = [p for c in verb.children if c.lower_ == "from" and (p := _pobj(c))]
        # "two Chinese journalists were expelled from the United States": the people
        # sent away are the target, the country they leave sends them
        return _first(map(finder.phrase, left)), _first(map(finder.phrase, nouns))
    # With no "by", the noun's own country: "new U.S. sanctions were imposed on Iran's
    # central bank"; not a possessive: "Lavrov's visit was cancelled" is not his doing;
    # nor held people's: "three Israeli hostages were handed over" are Israel's own.
    if not doers:
        sources = _first(
            finder.phrase(c)
            for noun in nouns
            if noun.lower_ not in HELD
            for c in noun.children
            if c.dep_ in ("compound", "amod") and c.i < noun.i
        )
    targets = _first(
        found for word in aimed if word not in doers and (found := finder.phrase(word))
    )
    return sources, targets


MANNERS = frozenset({"mistake", "accident", "error", "chance", "default", "force"})
"""Nouns of a "by" that tells how, not by whom ("shot down by mistake")."""
EXPELLING = frozenset({"expel", "deport", "eject"})
"""Verbs of sending people out of a country, which their "from" names."""
HELD = CAPTIVES | {"prisoner", "prisoners", "detainee", "detainees", "inmates", "pows"}
"""People an act moves or frees, whose nationality is theirs, not the act's doer's."""


LANDING = frozenset({"land", "fall", "crash", "splash"})
"""Verbs of where something fired came down ("a missile that landed in Japan's zone")."""
BIDS = frozenset({"bid", "bids", "application", "candidacy", "accession", "membership"})
"""Nouns whose owner seeks what their modifier names ("Sweden's NATO bid")."""
INCLUDING = frozenset({"include", "contain", "provide"})
"""Verbs of a relative clause that say what a package or deal holds, and for whom."""
SHIELDING = frozenset({"protect", "protection", "shield", "defend", "defence", "defense"})
"""Verbs and nouns whose "from" names the threat, not whom they protect."""


def _shielding(word: Word, verb: Word) -> bool:
    """The word, or the verb whose object it is, protects ("to protect its cities from
    Russian missiles")."""
    heads = (word, verb) if word.dep_ == "dobj" and word.head == verb else (word,)
    return any(not SHIELDING.isdisjoint(lemmas_of(w.lower_)) for w in heads)


FIGHTING = frozenset({"fight", "battle", "serve"})
"""Verbs whose "for" names the side fought on."""


def _prepositional_objects(
    words: list[Word], verb: Word, spelled: frozenset[str] = frozenset(), only: str | None = None
) -> list[Word]:
    """The objects of the prepositions that hang from `words` and name a target, best
    preposition first; on a tie, the earlier word's (the verb's before its object's)."""
    found: list[tuple[int, int, int, Word]] = []
    framed = [  # "rallied in support of the mayor": the frame's own object; "would not
        noun  # back down in its dispute with Beijing over ...": the other side
        for word in words
        for prep in word.children
        if prep.lower_ == "in"
        and (noun := _pobj(prep)) is not None
        and noun.lower_ in FRAMES | QUARRELS
    ]
    traded = (  # "mediated an exchange of prisoners between Russia and Ukraine": the
        [  # prisoners are what is traded, the sides are named "between" them
            obj
            for word in words
            for prep in word.children
            if prep.lower_ == "of"
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.lower_ in HELD
        ]
        if _brokering(verb)
        else []
    )
    for rank, word in enumerate([*words, *framed, *traded]):
        for prep in word.children:
            # a particle with an object is a misread preposition ("called | on Yugoslav
            # forces to withdraw": prt, then pobj)
            if prep.dep_ not in ("prep", "dative", "prt") or (only and prep.lower_ != only):
                continue
            for obj in prep.children:
                obj = _said_to_be(obj) or obj  # "strikes on what it said were spy
                # headquarters in Iraq's Kurdistan region": the headquarters
                if obj.dep_ not in ("pobj", "attr") or _as_third_party(word, prep, obj):
                    continue
                if obj in traded:
                    continue
                if prep.lower_ == "of" and word.lower_ in HARMS and _judging(verb):
                    continue  # "protest the expulsion of Russian journalists": who suffered it
                if prep.lower_ == "from" and word.lower_ in WITHDRAWALS:
                    continue  # "demanded its withdrawal from Kuwait": the place left
                if prep.lower_ == "from" and _shielding(word, verb):
                    continue  # "to protect Ukraine's cities from Russian missiles": the threat
                if prep.lower_ in ("for", "over") and obj.lower_ == "control":
                    continue  # "fought for control of Khartoum": the prize, not a side
                if prep.lower_ == "for" and not FIGHTING.isdisjoint(lemmas_of(word.lower_)):
                    continue  # "North Korean troops fighting for Russia": their side
                if _along_route(prep):
                    continue  # "to seize the highway to Iraq": where it leads
                if prep.lower_ == "with" and obj.lower_ in HELP:
                    continue  # "shot down the drones with help from the United States"
                if _absolute_with(prep):
                    continue  # "signed a deal ..., with the presidents of Cuba and
                    # Venezuela among those attending": a circumstance, no partner
                if (
                    prep.lower_ == "against"
                    and word is not verb
                    and word.dep_ == "dobj"
                    and _protest(word)
                    and LIGHT_VERBS.isdisjoint(lemmas_of(verb.lower_))
                ):
                    continue  # "dispersed protests against Lukashenko": whom the
                    # protesters oppose, not whom the police disperse; but "lodged a
                    # protest against China" is the subject's own
                if prep.lower_ in spelled:
                    preference = -1  # "arrived in Moscow" for "arrive in"
                elif prep.lower_ in ("on", "about") and _on_topic(word, verb):
                    # "share intelligence on North Korean launches": the topic; but
                    # "on militant groups with Pakistan": the parse hung "with" on it
                    shared = [_pobj(c) for c in obj.children if c.lower_ == "with"]
                    if shared and shared[0] is not None:
                        preference = TARGET_PREPOSITIONS.index("with")
                        found.append((preference, rank, shared[0].i, shared[0]))
                    continue
                elif _names_target(prep, verb):
                    preference = TARGET_PREPOSITIONS.index(prep.lower_)
                elif prep.lower_ == "in" and word.lower_ in PARTAKING:
                    preference = len(TARGET_PREPOSITIONS)  # "its participation in the treaty"
                elif obj.lower_ in MISSIONS and not _named_object(verb):
                    preference = len(TARGET_PREPOSITIONS)  # "outside the Y embassy"; not
                    # "arrested Assange at Ecuador's embassy": where the one arrested was
                else:
                    continue
                found.append((preference, rank, obj.i, obj))
    return [obj for *_, obj in sorted(found, key=lambda f: f[:3])]


ROUTES = frozenset({"road", "roads", "highway", "highways", "route", "routes", "corridor"})
"""Ways whose "to" names where they lead ("the main road to Mauritania"), not a side."""
HELP = frozenset({"help", "support", "assistance", "backing", "aid"})
"""With these, "with" names helpers of the act, not whom it is done to."""


def _said_to_be(clause: Word) -> Word | None:
    """The noun a "what X said were" clause under a preposition names, if it is one."""
    if clause.dep_ != "pcomp" or REPORTING_VERBS.isdisjoint(lemmas_of(clause.lower_)):
        return None
    named = _what_said_were(clause, what_as_object=True)
    return named[0] if named else None


def _named_object(verb: Word) -> bool:
    """The verb's object is a name ("arrested Assange"), someone it is done to."""
    return any(c.dep_ == "dobj" and c.tag_ in ("NNP", "NNPS") for c in verb.children)


def _as_third_party(word: Word, prep: Word, obj: Word) -> bool:
    """ "With Turkey and the United Nations as guarantors": those the deal is made in the
    presence of, not with; the parse hangs the "as" on the word or on the named."""
    if prep.lower_ != "with":
        return False
    roles = [
        _pobj(c) for w in (word, obj) for c in w.children if c.dep_ == "prep" and c.lower_ == "as"
    ]
    return any(r is not None and r.lower_ in THIRD_PARTIES for r in roles)


THIRD_PARTIES = frozenset(
    {"guarantor", "guarantors", "mediator", "mediators", "observer", "observers", "witness"}
    | {"witnesses", "broker", "brokers", "sponsor", "sponsors", "facilitator", "facilitators"}
)


def _shared_data(verb: Word, noun: Word) -> bool:
    """Intelligence or data shared ("share North Korea missile data"): a country that
    names it names what it is about or whose it is, never whom it is shared with."""
    return noun.lower_ in INFORMATION and not SHARING.isdisjoint(lemmas_of(verb.lower_))


INFORMATION = frozenset({"intelligence", "information", "data", "details", "evidence", "intel"})
SHARING = frozenset({"share", "exchange", "swap"})


def _on_topic(word: Word, verb: Word) -> bool:
    """The word is a topic noun, or the verb whose object is one (the parse may hang
    "on the location of ..." on "shared" in "shared intelligence with X on ...")."""
    if word.lower_ in TOPIC_NOUNS:
        return True
    return word == verb and any(c.dep_ == "dobj" and c.lower_ in TOPIC_NOUNS for c in verb.children)


def _sender(noun: Word, spelled: frozenset[str]) -> Word | None:
    """Whom an act named by a noun comes from ("a protest from Tokyo", "a request from
    B", "drawing criticism from Pakistan"), unless the noun leaves a place or a state
    ("a withdrawal from Kherson", "independence from Spain") or the pattern spells the
    "from" itself, other than of a reaction drawn ("prompting outrage from European
    leaders")."""
    if noun.lower_ in LEAVING_NOUNS or ("from" in spelled and not _drawn(noun)):
        return None
    holders = [noun, noun.head] if _drawn(noun) or heeded(noun) else [noun]
    return next(
        (p for h in holders for c in h.children if c.lower_ == "from" and (p := _pobj(c))), None
    )


def _drawn(noun: Word) -> bool:
    """The noun act is what its verb's subject drew ("drew criticism", "sparking
    protests"): done by others, to the subject."""
    return noun.dep_ == "dobj" and not DRAWING_VERBS.isdisjoint(lemmas_of(noun.head.lower_))


DRAWING_VERBS = frozenset(
    {"draw", "attract", "earn", "receive", "get", "face", "win", "elicit", "prompt", "provoke"}
    | {"spark", "trigger", "survive", "escape", "suffer"}
)
"""Verbs by which the subject is given an act whose sender is their `from` phrase:
"drew criticism from Pakistan" is Pakistan criticising; "survived an assassination
attempt" was its target."""


def heeded(noun: Word) -> bool:
    """The noun act is what its verb's subject defies, ignores or heeds ("defying
    warnings from Washington", "brushed off U.S. warnings"): sent by others, to the
    subject."""
    return noun.dep_ == "dobj" and not HEEDING_VERBS.isdisjoint(lemmas_of(noun.head.lower_))


HEEDING_VERBS = frozenset(
    {"defy", "ignore", "disregard", "dismiss", "heed", "flout", "brush", "shrug", "reject"}
)


LEAVING_NOUNS = frozenset(
    {"withdrawal", "pullout", "exit", "departure", "expulsion", "retreat", "evacuation"}
    | {"independence", "secession", "release", "freedom", "escape", "return", "withdrawals"}
    | {"attack", "attacks", "strike", "strikes", "raid", "raids", "fire", "shelling"}
    | {"rocket", "rockets", "missile", "missiles", "incursion", "infiltration"}
)
"""After these, "from" names a place left or a state left behind, or where fire came
from ("attacks on Israeli troops from Jordan"), not who acted."""
WITHDRAWALS = frozenset(
    {"withdrawal", "withdrawals", "pullout", "exit", "departure", "retreat", "evacuation"}
)
"""Of those, the leaving of a place: "its withdrawal from Kuwait" names no one by the
place, neither doer nor target (unlike "independence from Indonesia")."""


def _ascribed_to(noun: Word, finder: "_MentionFinder") -> list[list[Mention]]:
    """Who an act noun is blamed on or attributed to: "a drone attack blamed on the
    RSF", "a bombing attributed to the Islamic State" are theirs; so is "killed in a
    drone strike in Beirut on Tuesday that officials blamed on Israel", where the parse
    hangs the relative clause on the verb the noun's phrase belongs to."""
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    if noun.dep_ == "pobj":
        clauses += [
            c
            for c in noun.head.head.children
            if c.dep_ in ("advcl", "relcl")
            and any(m.lower_ in ("that", "which") for m in c.children)
        ]
    return [
        finder.phrase(doer)
        for clause in clauses
        if clause.lower_ in ASCRIBED
        for prep in clause.children
        if prep.lower_ in ("on", "to") and (doer := _pobj(prep)) is not None
    ]


ASCRIBED = frozenset({"blamed", "attributed"})
HITTING = frozenset({"hit", "strike", "knock", "destroy", "damage", "pound", "target"})
"""Verbs whose subject, an act noun ("drone attacks knocked out ..."), struck their object."""
FRAMES = frozenset({"support", "solidarity", "protest", "defiance"})
"""Nouns of an "in" phrase that says for or against whom an act is done: "rallied in
support of the detained mayor", "marched in solidarity with Gaza"."""
PARTAKING = frozenset({"participation", "membership", "involvement", "cooperation"})
"""Their "in" names what one takes part in, not a place: "suspended its participation in
the NATO programme" is aimed at NATO."""


def _names_target(prep: Word, verb: Word) -> bool:
    word = prep.lower_
    if word == "at":
        return not AT_TARGET_VERBS.isdisjoint(lemmas_of(verb.lower_))
    if word == "over" and not DISPUTING.isdisjoint(lemmas_of(verb.lower_)):
        return False  # "Biden and Xi clashed over Taiwan": what they disputed
    if word == "to" and not BANISHING.isdisjoint(lemmas_of(verb.lower_)):
        return False  # "expelled them to Guatemala": where they were sent
    if word in ("about", "by"):
        return verb.lower_ in FEELINGS  # "seriously concerned about Japan's plan",
        # "deeply distressed by the announcement"
    return word in TARGET_PREPOSITIONS and word not in PLACE_PREPOSITIONS


BANISHING = frozenset({"expel", "deport", "exile", "banish"})
DISPUTING = frozenset(
    {"clash", "spar", "quarrel", "feud", "argue", "wrangle", "bicker", "disagree", "differ"}
)


AUDIENCES = frozenset(
    {"parliament", "assembly", "congress", "senate", "lawmakers", "legislators", "conference"}
    | {"summit", "forum", "rally", "audience", "crowd", "council", "session", "delegates"}
)
"""Those a speech is given to, not whom what it reports is aimed at: "told the U.N.
General Assembly that ..."."""


def _telling(verb: Word) -> Word | None:
    """The verb "tell" whose "that" clause holds `verb`, directly or through the
    infinitive of an adjective ("told X that Hanoi was ready to hold talks")."""
    current = verb
    for _ in range(3):
        if current.dep_ == "ccomp":
            return current.head if "tell" in lemmas_of(current.head.lower_) else None
        if current.dep_ not in ("xcomp", "acomp") or current.head == current:
            return None
        current = current.head
    return None


def _speaker(verb: Word, reporting: frozenset[str] = REPORTING_VERBS) -> Word | None:
    """The subject of the reporting verb whose complement holds `verb`, if any; through
    a judgement of likelihood ("said it was highly likely that Russia was responsible",
    "said Russia was highly likely to be responsible")."""
    current = verb
    for _ in range(5):
        if current.dep_ == "xcomp" and current.head.lower_ in LIKELIHOODS:
            current = current.head.head  # "Russia was likely | to be responsible": the copula
        causing = current.dep_ == "xcomp" and (
            not CAUSING.isdisjoint(lemmas_of(current.lower_))
            or not ATTEMPTS.isdisjoint(lemmas_of(current.head.lower_))
        )
        if current.dep_ not in ("ccomp", "conj", "parataxis", "advcl") and not causing:
            break  # "vowed to make North Korea pay a price": through "make"; "said Moscow
            # was trying to fabricate a pretext": through "trying"
        if current.head == current:
            break
        current = current.head
        if current.dep_ == "acomp" and current.lower_ in LIKELIHOODS:
            current = current.head  # "it was likely | that ...": the copula's clause
            continue
        if not reporting.isdisjoint(lemmas_of(current.lower_)):
            subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
            if subject is None and current.dep_ == "conj":
                subject = _subject(current)[0]  # "denied the charge and said Moscow was ..."
            if subject is not None:
                return subject
    return None


def _told_by(verb: Word) -> Word | None:
    """The speaker of a relative clause told with its frame inside ("Pelosi's visit,
    which it said undermined China's sovereignty", mended so that "said" hangs on the
    clause's verb)."""
    if verb.dep_ != "relcl":
        return None
    frames = (c for c in verb.children if c.dep_ == "parataxis")
    said = next((c for c in frames if not REPORTING_VERBS.isdisjoint(lemmas_of(c.lower_))), None)
    if said is None:
        return None
    return next((c for c in said.children if c.dep_ == "nsubj"), None)


CAUSING = frozenset({"make", "let"})
LIKELIHOODS = frozenset({"likely", "unlikely", "clear", "certain", "probable", "possible"})


def claimants(word: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Who reports the act the pattern word names, when it is told in the complement of
    a reporting verb ("China's foreign ministry said the U.S. attack violated ...")."""
    verb = _governing_verb(word)
    return _named_by(_speaker(verb) or _saying_subject(verb), tokens, mentions)


def _named_by(word: Word | None, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The actors the phrase `word` heads names (none without a word)."""
    return _MentionFinder(tokens, mentions).phrase(word) if word is not None else []


def fired_from(word: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Where fire came from when no one is named firing it ("rockets were fired at Israel
    from Lebanon", "rockets fired from Gaza"): the side that holds that ground."""
    firing = [_governing_verb(word), *(c for c in word.children if c.dep_ == "acl")]
    if word.dep_ in SUBJECT_LINKS:
        firing.append(word.head)  # "rockets | fired from Gaza hit ..."
    for fired in firing:
        if LAUNCHING.isdisjoint(lemmas_of(fired.lower_)):
            continue
        for prep in fired.children:
            if prep.dep_ == "prep" and prep.lower_ == "from" and (place := _pobj(prep)):
                return _named_by(place, tokens, mentions)
    return []


LAUNCHING = frozenset({"fire", "launch", "shoot"})
"""Verbs of sending fire off, whose "from" names where it came from."""
FIRED_OFF = LAUNCHING - {"shoot"}
"""Verbs whose passive subject, when a weapon, is what its owner fired (not "a drone was
shot down": the drone is hit)."""


def held_munitions(word: Word) -> bool:
    """Shells or rounds that a verb of anything but firing has as its object ("said it
    had found 800,000 artillery shells that could be shipped to Ukraine"): munitions
    held, bought or sent, no shelling."""
    noun = _noun_head(word)
    if noun.lower_ not in MUNITIONS or noun.dep_ not in ("dobj", "nsubjpass"):
        return False
    verb = lemmas_of(noun.head.lower_)
    return LAUNCHING.isdisjoint(verb) and FIRING.isdisjoint(verb)


MUNITIONS = frozenset({"shell", "shells", "round", "rounds", "ammunition", "munitions"})


def hit_after_firing(word: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """What the fired weapons hit, told by a verb joined to the firing ("rockets fired
    from Gaza hit southern Israel")."""
    finder = _MentionFinder(tokens, mentions)
    for hit in word.head.children if word.dep_ in SUBJECT_LINKS else ():
        if hit.dep_ == "conj" and not HITTING.isdisjoint(lemmas_of(hit.lower_)):
            struck = [c for c in hit.children if c.dep_ == "dobj"]
            return _first(map(finder.phrase, struck))
    return []


DECLARING = frozenset({"declare", "warn", "insist", "stress", "pledge", "vow"})


def said_at(word: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention] | None:
    """Who speaks where the noun is the occasion of a statement ("Macron said at a summit
    with Scholz that ..."): the speaker; None where the noun is no such occasion."""
    at = word.head
    if word.dep_ != "pobj" or at.lower_ != "at":
        return None
    if (REPORTING_VERBS | DECLARING).isdisjoint(lemmas_of(at.head.lower_)):
        return None
    return _named_by(_subject_word(at.head), tokens, mentions)


def offerers(word: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Who offers or plans the act a noun names, as the subject of the verb it hangs
    from ("Thailand offered to host talks between ...": Thailand)."""
    subject, _, _ = _subject(_governing_verb(word))
    return _named_by(subject, tokens, mentions)


def _saying_subject(verb: Word) -> Word | None:
    """ "Iran shot down a US drone, saying it had violated Iranian airspace": the clause
    "saying" reports is the claim of the subject of the act it explains."""
    saying = verb.head
    if verb.dep_ != "ccomp" or saying.tag_ != "VBG" or saying.dep_ != "advcl":
        return None
    if REPORTING_VERBS.isdisjoint(lemmas_of(saying.lower_)) or _subject_word(saying):
        return None
    return _subject_word(saying.head)


def verdict_roles(
    word: Word, tokens: list[Token], mentions: list[Mention], of_doer: bool = False
) -> tuple[list[Mention], list[Mention]] | None:
    """Judge and judged of an adjective of judgement: "X said Y's decision was
    unacceptable" (the speaker judges what the copula's subject names), "X described Y's
    move as punitive" or "called it unacceptable" (the verb's subject judges its
    object). None where the adjective only describes a noun ("an unacceptable demand").
    `of_doer`: the verdict is a verb phrase said of its subject ("X will pay a heavy
    price", "X's response had gone beyond self-defence", "the visit undermined peace"),
    whose speaker judges that subject."""
    if of_doer and word.tag_[:2] == "VB":
        judged, judge = _subject(word)[0], _speaker(word, VERDICT_FRAMES) or _told_by(word)
        # '"Iran will pay a heavy price," Netanyahu said': the speaker threatens Iran; '"The
        # West is playing a dangerous game," Putin said': he criticises the West
        if judged is None and judge is not None and word.head.dep_ == "relcl":
            return _judging_summed(word.head, judge, tokens, mentions)  # "..., a move
            # Beijing said would hurt global supply chains": the move's doer
        if judged is None or judge is None:
            return None
        judges, doers = _judge_and_judged(judge, judged, tokens, mentions)
        if any(m.code.endswith("CVL") for m in doers):
            return None  # "said millions of hungry people would pay the price": they
            # suffer for another's act; no one threatens them
        return judges, doers
    adjective = word
    while adjective.dep_ == "compound" and adjective.head.i > adjective.i:
        adjective = adjective.head  # "a war criminal": the noun "war" modifies
    while adjective.dep_ == "conj" and adjective.head != adjective:
        adjective = adjective.head  # "politically motivated and unacceptable"
    if (
        adjective.dep_ == "amod"
        and adjective.head.lower_ in ACT_NOUNS
        and adjective.i < adjective.head.i
    ):
        adjective = adjective.head  # "was a provocative act": the noun takes the place
    of = adjective.head if adjective.dep_ == "pobj" and adjective.head.lower_ == "of" else None
    if of is not None and of.head.lower_ in ACT_NOUNS | KINDS and _judged_as(of.head):
        adjective = of.head  # "a move Taipei called an act of aggression", "described the
        # strikes as an act of aggression", "called the sanctions a form of bullying"
    if adjective.tag_ == "VBN" and adjective.dep_ in ("ccomp", "conj"):  # "said Russia
        judged = next((c for c in adjective.children if c.dep_ == "nsubjpass"), None)
        judge = _speaker(adjective)  # was involved in the poisoning"
    elif (
        adjective.dep_ in ("amod", "acl")  # "called the charges | politically motivated"
        and adjective.i > adjective.head.i
        and adjective.head.dep_ in ("dobj", "oprd")
        and not CALLING.isdisjoint(lemmas_of(adjective.head.head.lower_))
    ):
        judged, judge = adjective.head, _judge(adjective.head.head)  # "called Hungary's
        # remarks | unacceptable", the adjective misread as the object's own, after it
    elif adjective.dep_ in ("acomp", "attr") or _amounted_to(adjective):  # "... was
        # unacceptable", "was a violation", "amounted to theft"
        verb = adjective.head if adjective.dep_ != "pobj" else adjective.head.head
        if verb.dep_ == "acomp":
            verb = verb.head  # "were tantamount to bullying": the copula
        judged, judge = _subject_word(verb), _speaker(verb, VERDICT_FRAMES)
        if judged is None and verb.dep_ == "xcomp" and verb.head.lower_ in LIKELIHOODS:
            judged = _subject(verb)[0]  # "said Russia was highly likely to be responsible"
        said_in_summary = verb.dep_ == "ccomp" and verb.head.dep_ == "relcl"
        if judged is None and judge is not None and said_in_summary:
            return _judging_summed(verb.head, judge, tokens, mentions)  # "..., a decision
            # the U.N. said was illegal"
        if judged is not None and judged.lower_ in ("this", "that", "it", "he", "she", "they"):
            said_of = _said_of_word(verb)  # '"This is a serious provocation," a spokesman
            judged = said_of or judged  # said of the U.S. arms sale'; '"I think he is a war
            # criminal," Biden said of Putin'
        if (
            judged is not None
            and judged.lower_ == "it"
            and any(map(to_infinitive, adjective.children))
        ):
            return None  # "it was a mistake to trust Tehran": the "it" stands for no one
    elif _quoted_alone(adjective):  # '"Very dishonest and weak," Trump said of Trudeau'
        judged, judge = _object_of(adjective.head, "of"), _subject_word(adjective.head)
    else:
        if adjective.dep_ in ("oprd", "pobj", "amod") and adjective.head.lower_ == "as":
            verb = adjective.head.head  # the parse may hang "as" lower: "described the
            for _ in range(3):  # U.S. decision to exclude it from the summit as punitive"
                if not NAMING_AS.isdisjoint(lemmas_of(verb.lower_)):
                    break  # "and Moscow dismissed the move as meaningless": not the verb
                if verb.head == verb:  # the first clause's
                    break
                if verb.dep_ == "relcl":
                    break  # "expelled diplomats, a step London condemned as unjustified"
                verb = verb.head
        elif adjective.dep_ == "oprd" or _adverb_read(adjective):
            verb = adjective.head  # "called it unacceptable", "called the attack cowardly"
        elif adjective.dep_ == "ccomp" and not CALLING.isdisjoint(lemmas_of(adjective.head.lower_)):
            verb = adjective.head  # "declared the referendum null and void", read as a
            # clause whose subject is the referendum
        elif (
            adjective.dep_ == "dobj"
            and adjective.lower_ in MISTAKES
            and "make" in lemmas_of(adjective.head.lower_)
        ):
            verb = adjective.head  # "said Iran had made a very big mistake": the speaker
            judged, judge = _subject_word(verb), _speaker(verb)  # judges the maker
            if judged is None or judge is None:
                return None
            return _judge_and_judged(judge, judged, tokens, mentions)
        elif adjective.dep_ == "dobj" and not CALLING.isdisjoint(lemmas_of(adjective.head.lower_)):
            verb = adjective.head  # "called the plan theft", misread as one noun: the
            # plan is judged
            judged = next((c for c in adjective.children if c.dep_ == "poss"), None) or next(
                (
                    c
                    for c in adjective.children
                    if c.dep_ in ("compound", "nmod")
                    or (c.dep_ == "amod" and c.tag_.startswith("NN"))
                ),
                None,
            )  # "calling Macron's comments colonialist": Macron's, misread as one noun;
            # "called the move unilateral bullying": the move, read as an adjective
            judge = _judge(verb)
            if judged is None and judge is not None and verb.dep_ == "relcl":
                return _judging_summed(verb, judge, tokens, mentions)
            if judged is None or judge is None:
                return None
            return _judge_and_judged(judge, judged, tokens, mentions)
        else:
            return None
        judged = next((c for c in verb.children if c.dep_ == "dobj"), None) or next(
            (c for c in adjective.children if c.dep_ in ("nsubj", "compound")), None
        )  # "calling Trump's remarks | insulting", the remarks parsed as its subject; "called
        # the sentence unacceptable", the noun parsed as the adjective's compound
        if judged is None and "refer" in lemmas_of(verb.lower_):
            judged = _object_of(verb, "to")  # "referred to Xi Jinping as a dictator"
        judge = _judge(verb)
        if judge is None and verb.dep_ == "conj":  # "said the drone was in international
            judge = _speaker(verb)  # airspace and called the attack unprovoked": the
            # parse joins "called" to "was"; the one who said so calls it so
            judge = judge or _subject(verb)[0]  # "withdrew his endorsement ... and called
            # Trudeau dishonest": the subject the two verbs share
        if judged is None and judge is not None and verb.dep_ == "relcl":
            return _judging_summed(verb, judge, tokens, mentions)
    if judged is None or judge is None:
        return None
    judges, named = _judge_and_judged(judge, judged, tokens, mentions)
    if not named and adjective.tag_.startswith("NN"):  # "said the images were a
        # provocation staged by Kyiv": whoever the verdict says did it
        named = _first(_done_by(adjective, _MentionFinder(tokens, mentions)))[:1]
    return judges, named


NAMING_AS = CALLING | JUDGING_AS
"""Verbs that call or judge something "as" what an adjective says."""
VERDICT_FRAMES = REPORTING_VERBS | {"warn", "vow", "insist", "stress", "declare", "agree"}
"""Verbs whose speaker judges the subject of a verdict in their clause ("warned that
the move was dangerous", "vowed that the strikes would not go unpunished", "agreed that
Putin was a killer")."""


def _adverb_read(adjective: Word) -> bool:
    """An adjective in "-ly" the parse reads as an adverb of a calling verb, right after
    its object ("called the attack cowardly"; not "called Xi directly")."""
    verb = adjective.head
    return (
        adjective.dep_ == "advmod"
        and adjective.lower_.endswith("ly")
        and adjective.lower_ not in MANNER
        and not CALLING.isdisjoint(lemmas_of(verb.lower_))
        and any(c.dep_ == "dobj" and c.right_edge.i == adjective.i - 1 for c in verb.children)
    )


MANNER = frozenset(
    {"directly", "personally", "publicly", "privately", "repeatedly", "immediately"}
    | {"formally", "officially", "separately", "recently", "briefly", "only", "early"}
)
"""Adverbs in "-ly" that say how or when someone called, not what they called it."""


def _judged_as(noun: Word) -> bool:
    """The noun is what something is called ("called it an act", "was an act") or what it
    is described as ("described the strikes as an act")."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ == "as"
    return noun.dep_ in ("dobj", "oprd", "attr")


def _judge(verb: Word) -> Word | None:
    """Who calls something so: the verb's subject (a relative pronoun's antecedent), or
    for a participle after a comma ("rejected the charges, calling Trump's remarks
    insulting") the main clause's."""
    judge = _subject_word(verb)
    if judge is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        return _subject(verb)[0]
    if judge is None and verb.dep_ == "xcomp":
        return _subject(verb)[0]  # "prompting Beijing to call the remarks absurd"
    if judge is not None and judge.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head  # "Beijing, which called the move a provocation, ..."
    return judge


CAPTURING = frozenset({"kidnap", "abduct", "capture", "seize"})


def _captor_before(verb: Word) -> Word | None:
    """The subject of the clause a passive capture with no agent is joined to, after
    "and" ("Bosnian Serb forces overran the enclave, and Dutch peacekeepers were taken
    hostage"): the captors are those who acted in it."""
    if verb.dep_ != "conj" or not verb.head.tag_.startswith("VB"):
        return None
    taken = "take" in lemmas_of(verb.lower_) and any(c.lower_ in HELD for c in verb.children)
    if not taken and CAPTURING.isdisjoint(lemmas_of(verb.lower_)):
        return None
    subject, passive, _ = _subject(verb.head)
    return None if passive else subject


MEDIATING = frozenset({"broker", "mediate", "facilitate"})


def _brokering(verb: Word) -> bool:
    """ "brokered", "mediated": whoever the verb names did not take part."""
    return not MEDIATING.isdisjoint(lemmas_of(verb.lower_))


MISTAKES = frozenset({"mistake", "mistakes", "blunder", "blunders", "error", "errors"})


def _amounted_to(noun: Word) -> bool:
    """ "amounted to theft", "was tantamount to a declaration of war": a copula's noun."""
    to = noun.head
    if noun.dep_ != "pobj" or to.lower_ != "to":
        return False
    return "amount" in lemmas_of(to.head.lower_) or to.head.lower_ in ("tantamount", "akin")


def _judging_summed(
    verb: Word, judge: Word, tokens: list[Token], mentions: list[Mention]
) -> tuple[list[Mention], list[Mention]] | None:
    """ "..., a move Taipei called an act of aggression": the judge and the doer of the
    act the noun sums up."""
    finder = _MentionFinder(tokens, mentions)
    summed = _summed_up(verb, finder)
    return (finder.phrase(judge), summed) if summed else None


def _his(noun: Word, tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """Whose the noun is when "his" or "her" owns it (or is it: the parse may make the
    owner the judged word of "called his decision null"): the one person the sentence
    named before it, if only one."""
    if all(w.lower_ not in ("his", "her") for w in (noun, *noun.children)):
        return []
    people = [m for m in mentions if m.kind == "person" and tokens[m.start].start < noun.idx]
    return people[-1:] if len({m.code for m in people}) == 1 else []


def _judge_and_judged(
    judge: Word, judged: Word, tokens: list[Token], mentions: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """The judge's mentions, and the first mention inside the judged phrase, not one an
    act noun there falls "on" ("an assault on Rafah would threaten the treaty": Rafah
    suffers it), nor the judge's own country where another is named."""
    finder = _MentionFinder(tokens, mentions)
    start, end = judged.left_edge.idx, judged.right_edge.idx + len(judged.right_edge.text)
    struck = [
        (w.left_edge.idx, w.right_edge.idx + len(w.right_edge.text))
        for w in judged.subtree
        if w.dep_ == "pobj" and w.head.lower_ in ("on", "against") and w.head.head.tag_ == "NN"
    ]
    judges = finder.phrase(judge)
    named = [
        m
        for m, first, last in finder.spans
        if start <= first and last <= end and not any(a <= first and last <= b for a, b in struck)
    ]
    named = named or _his(judged, tokens, mentions)  # "called his decision null and void"
    others = [m for m in named if all(m.code[:3] != j.code[:3] for j in judges)]
    return judges, (others or named)[:1]  # "called the absence of a timeline for
    # Ukraine's NATO membership absurd": NATO's doing


def _agreement_partner(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """The other side of an agreement the verb's object names in a clause of its own
    ("signed agreements normalising relations with Israel"), or of one the object is
    a part in ("suspended Russia's participation in the treaty with the United
    States")."""
    for agreement in verb.children:
        partner = _partner_in(agreement) if agreement.dep_ == "dobj" else None
        if partner is not None:
            return finder.phrase(partner)
        if agreement.dep_ != "dobj" or agreement.lower_ not in AGREEMENT_NOUNS:
            continue
        for clause in agreement.children:
            if clause.dep_ not in ("acl", "relcl"):
                continue
            for word in clause.subtree:
                named = _pobj(word) if word.lower_ == "with" else None
                if named is not None and (found := finder.phrase(named)):
                    return found
    return []


def _met_partner(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """Whom a discussion joined to a meeting was with: "The two ministers met Zelenskiy
    and discussed his request" discussed it with him, not with each other; so is what a
    clause joined to the meeting agrees or pledges ("met Putin and agreed to a ceasefire")
    or the meeting's participle pledges ("met with the visiting Greek prime minister,
    pledging to deepen cooperation")."""
    if verb.dep_ == "conj" and not (DISCUSSING | PLEDGING).isdisjoint(lemmas_of(verb.lower_)):
        meeting = verb.head  # "met Putin in Moscow and agreed to a ceasefire": with him
    elif (
        verb.dep_ == "xcomp"
        and verb.head.dep_ == "advcl"
        and verb.head.tag_ == "VBG"
        and not PLEDGING.isdisjoint(lemmas_of(verb.head.lower_))
    ):
        meeting = verb.head.head
    else:
        return []
    if MEETING_VERBS.isdisjoint(lemmas_of(meeting.lower_)):
        return []
    met = [c for c in meeting.children if c.dep_ == "dobj"]
    return _first(map(finder.phrase, met)) or _preposition_names(meeting, ("with",), finder)


MEETING_VERBS = frozenset({"meet", "host", "receive", "visit"})
PLEDGING = VOWING - {"threaten"} | {"agree", "offer"}
"""Verbs of a meeting's joined clause or participle that commit the host or guest to
the other side."""
FREEDOMS = frozenset({"release", "freedom", "freeing"})


def _partner_in(part: Word) -> Word | None:
    """The other party to the agreement a participation is in ("participation in the
    treaty with the United States")."""
    if part.lower_ not in ("participation", "membership"):
        return None
    treaty = _object_of(part, "in")
    if treaty is None or treaty.lower_ not in AGREEMENT_NOUNS:
        return None
    return _object_of(treaty, "with")


def agreed_with(verb: Word) -> list[Word]:
    """Whom the verb's act was agreed with ("agreed with Putin in a phone call to start
    negotiations", "agreed with Seoul to resume talks", "agreed at a summit with the
    United States to deepen cooperation"): both sides intend it."""
    agreeing = verb.head if _agreed_clause(verb) else verb
    if "agree" not in lemmas_of(agreeing.lower_):
        return []
    meetings = [
        meeting
        for c in agreeing.children
        if c.dep_ == "prep"
        and c.lower_ in ("at", "in", "during")
        and (meeting := _pobj(c)) is not None
        and meeting.lower_ in MEETINGS
    ]
    return _prepositional_objects([agreeing, *meetings], agreeing, only="with")


def _agreed_clause(verb: Word) -> bool:
    """The verb is the infinitive of what its head agreed, however the parse hung it
    ("agreed with Putin in a phone call to start ...": an adverbial clause)."""
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and to_infinitive(verb))


def _agreed_with(verb: Word, finder: "_MentionFinder") -> list[Mention]:
    """The partner of an act agreed (see agreed_with), when the act names none."""
    return _first(map(finder.phrase, agreed_with(verb))) if _agreed_clause(verb) else []


STATE_GROUPS = frozenset({"countries", "nations", "states", "governments", "allies", "members"})
"""Plural nouns whose "including" phrase names the actors themselves."""


def _included_in(noun: Word | None) -> Word | None:
    """The first of those a plural noun says it includes ("countries including Greece")."""
    if noun is None:
        return None
    return next(
        (_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "including"), None
    )


def _first(groups: Iterator[list[Mention]] | list[list[Mention]]) -> list[Mention]:
    for group in groups:
        if group:
            return group
    return []


def reacting(doc: Parse, tokens: list[Token], mention: Mention, act: Word) -> bool:
    """The mention sends a reaction the act drew ("conducted its fifth nuclear test,
    drawing swift condemnation from South Korea, Japan and the United States", "approved
    the request, a move Kyiv denounced", "a charge Delhi rejected"): it answers the act,
    which was not aimed at it."""
    word = word_at(doc, tokens[mention.start])
    return word is not None and any(
        above is not act
        and above.tag_.startswith("VB")
        and (
            not DRAWING_VERBS.isdisjoint(lemmas_of(above.lower_))
            or (above.dep_ == "relcl" and (_sums_up(above.head) or _charge_summed(above.head)))
        )
        for above in word.ancestors
    )


def answered(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention sits in what the act answers ("called for war preparations in response
    to U.S.-led confrontation", "in retaliation for Israeli strikes"): its cause."""
    word = word_at(doc, tokens[mention.start])
    for above in word.ancestors if word is not None else ():
        if above.tag_.startswith("VB"):
            return False
        if above.lower_ in ANSWERING and above.head.lower_ == "in":
            return True
    return False


ANSWERING = frozenset({"response", "retaliation", "reply", "answer", "revenge", "reaction"})


def _charge_summed(noun: Word) -> bool:
    """ "..., a charge New Delhi rejected": a claim noun set beside the sentence sums up
    what it told as an accusation."""
    return noun.lower_ in CLAIMS_WORDS and noun.dep_ in SUMMING_UP


def harmed(doc: Parse, tokens: list[Token], mention: Mention) -> bool:
    """The mention is who suffered a harm the act is about ("to protest against the
    killing of tourists", "against attacks on Hindus", "retaliation for the killing of
    Hezbollah leader Hassan Nasrallah", "to respond to a drone attack that killed three
    U.S. soldiers"): the harm's victims, not the act's target."""
    word = _phrase_head(word_at(doc, tokens[mention.start]))
    if word is not None and word.dep_ == "dobj" and word.head.dep_ == "relcl":
        return casualty(word.head)
    of = word.head if word is not None and word.dep_ == "pobj" else None
    if of is not None and of.lower_ in ("on", "against") and mention.kind == "role":
        return of.head.lower_ in ASSAULTS  # "to protest against attacks on Hindus"
    return of is not None and of.lower_ == "of" and of.head.lower_ in HARMS


HARMS = frozenset(
    {"killing", "killings", "murder", "murders", "death", "deaths", "arrest", "arrests"}
    | {"detention", "abduction", "kidnapping", "execution", "executions", "deportation"}
    | {"expulsion", "expulsions", "deportations", "detentions", "imprisonment", "jailing"}
)
"""Their `of` names who suffered them, not whose they are."""
ASSAULTS = frozenset({"attack", "attacks", "violence", "assault", "assaults", "persecution"})
"""Their `on`/`against` names people who suffered them ("attacks on Hindus"), though a
country so named stays a target ("condemned attacks on Ukraine")."""
OCCASION_NOUNS = frozenset({"sidelines", "margins", "eve", "side"})
"""Their `of` names an occasion, no actor: "a meeting on the sidelines of the U.N.
General Assembly" is no meeting with the U.N."""
UNOWNED = HARMS | OCCASION_NOUNS
TRAVELLING = frozenset(
    {"flight", "plane", "aircraft", "airliner", "jet", "ship", "vessel", "train"}
)
"""Craft whose "from" is where a trip began: "a Ryanair flight from Athens" is no
Greek actor."""


class _MentionFinder:
    """Maps parse words to the lexical actor mentions they cover."""

    def __init__(self, tokens: list[Token], mentions: list[Mention]) -> None:
        self.spans = [(m, tokens[m.start].start, tokens[m.end - 1].end) for m in mentions]

    def phrase(self, word: Word) -> list[Mention]:
        """The actors a noun phrase names: its own, or its apposition's ("the envoy, a
        Z adviser"), or its `of`/`from` object's ("the leader of X"); one per
        conjunct ("A and B")."""
        found: list[Mention] = []
        for head in (word, *word.conjuncts):
            listed = _included_in(head) if head.lower_ in STATE_GROUPS else None
            if listed is not None and (named := [m for m in self._each(listed) if m]):
                found.extend(m for m in named if m not in found)  # "a dozen countries
                continue  # including Canada and Australia": each of them
            owner = _pobj(of) if head.lower_ in PREMISES and (of := _of(head)) else None
            if owner is not None and (owned := self.phrase(owner)):
                found.extend(m for m in owned if m not in found)  # "the Baku office of X"
                continue
            bidder = next(  # the parse may hang the owner on the modifier
                (
                    w
                    for c in (head, *(c for c in head.children if c.dep_ == "compound"))
                    for w in c.children
                    if w.dep_ == "poss"
                ),
                None,
            )
            if head.lower_ in BIDS and bidder is not None and (bids := self.phrase(bidder)):
                found.extend(m for m in bids if m not in found)  # "Sweden's NATO bid":
                continue  # Sweden's, not NATO's
            mention = self.core(head)
            if mention is not None and mention.resolved:
                origins = self._origins(head, mention)
                if origins:
                    found.extend(m for m in origins if m not in found)
                    continue
                mention = self._included(head) or mention
            named = self._named_members(head, mention)
            if named:  # "Rival Palestinian factions Hamas and Fatah": the two
                found.extend(m for m in named if m not in found)
                continue
            origin = _made_in(head) if mention is None else None
            named = [m for m in self._each(origin) if m] if origin is not None else []
            if named:  # "(imports of) electric vehicles made in China": China's goods
                found.extend(m for m in named if m not in found)
                continue
            if mention is not None:
                listed = self._listed_after_of(head)  # "the leaders of Britain and France"
                listed += self._listed_as_apposition(head, mention)
                for joint in [mention, *self._hyphen_joined(head, mention), *listed]:
                    if joint not in found:
                        found.append(joint)
                continue
            for child in head.children:
                inner = child if child.dep_ == "appos" else None
                if child.dep_ == "prep" and child.lower_ in ("of", "from"):
                    # "the ministers of A and B"; not "the killing of tourists": the victims
                    unowned = (  # not "its withdrawal from Kuwait": the place left
                        UNOWNED | TRAVELLING | WITHDRAWALS if child.lower_ == "from" else UNOWNED
                    )
                    kept = head.lower_ in unowned or (
                        child.lower_ == "from" and _shielding(head, head.head)
                    )  # "protect its cities from Russian missiles": the threat
                    inner = _pobj(child) if not kept else None
                    inner = _included_in(inner) or inner  # "dozens of countries including
                    # Greece and Israel"
                if child.dep_ == "prep" and child.lower_ == "including":
                    inner = _pobj(child)  # "more than 20 countries, including the US"
                if child.dep_ == "prep" and child.lower_ == "to" and head.lower_ in ADVISERS:
                    inner = _pobj(child)  # "a former adviser to Trump": on his side; not
                    # "the ambassador to Japan"
                if inner is None:
                    continue
                inner = _talks_partner(inner) or inner  # "the start of ... talks with X"
                named = [m for m in self._each(inner) if m]
                owner = _object_of(inner, "of") if inner.lower_ in OFFICE_HOLDERS else None
                if not named and child.dep_ == "appos" and owner is not None:
                    named = [m for m in self._each(owner) if m]  # "William Burns, the
                    # director of the CIA"; not "a critic of Sisi"
                if named:
                    found.extend(m for m in named if m not in found)
                    break
        return found

    def _listed_after_of(self, head: Word) -> list[Mention]:
        """The countries joined to the object of a role's "of" ("the leaders of Britain
        and France"), which the lexical pass gives the role as well."""
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = _pobj(of) if of is not None else None
        if owner is None:
            return []
        return [m for c in owner.conjuncts if (m := self.core(c)) is not None]

    def _listed_as_apposition(self, head: Word, mention: Mention) -> list[Mention]:
        """ "Netanyahu, his former defence chief and a Hamas leader": a list whose second
        item the parse reads as an apposition to the first, with the third joined to it.
        The actors the joined items name on their own, where they are another country's
        or body's; not "Ghannouchi, head of Ennahda and a leading critic of Saied"."""
        found = []
        for apposition in (c for c in head.children if c.dep_ == "appos"):
            if head.doc[apposition.left_edge.i - 1].text != ",":
                continue  # "the EU trio (France, Germany and Britain)": its members
            for joined in apposition.conjuncts:
                named = self.core(joined)
                if named is not None and named.code[:3] != mention.code[:3]:
                    found.append(named)
        return found

    def _hyphen_joined(self, word: Word, mention: Mention) -> list[Mention]:
        """Two countries' words joined by a hyphen before the noun ("an Egyptian-Qatari
        proposal", "the U.S.-Russian deal"): both, where the core is the second."""
        joined = []
        for modifier in word.children:
            if modifier.dep_ not in ("amod", "compound", "nmod") or modifier.i < 2:
                continue
            hyphen, first = modifier.doc[modifier.i - 1], modifier.doc[modifier.i - 2]
            second = [m for m, s, e in self.spans if s <= modifier.idx < e]
            if (  # written as one word: "Egyptian-Qatari", not a dateline's "Italy - G7"
                # nor "Russian-led"
                second
                and second[0].kind == "country"
                and len(second[0].code) == 3
                and hyphen.text == "-"
                and first.head == modifier
                and first.idx + len(first.text) == hyphen.idx
                and hyphen.idx + 1 == modifier.idx
            ):
                joined += [m for m, s, e in self.spans if s <= first.idx < e]
        start = next((s for m, s, e in self.spans if m is mention), None)
        text = word.doc.text
        joined += [  # "U.S.-South Korean drills", which the parse reads as one word and two
            m for m, s, e in self.spans if start and e == start - 1 and text[e] == "-"
        ]
        return [m for m in joined if m is not mention and m.kind == "country" and len(m.code) == 3]

    def _named_members(self, word: Word, mention: Mention | None) -> list[Mention]:
        """The actors an apposition names after a plural described only by a country's
        word ("Rival Palestinian factions Hamas and Fatah"): they, not the country."""
        if mention is None or len(mention.code) != 3 or not word.tag_.endswith("S"):
            return []
        if any(m is mention and s <= word.idx < e for m, s, e in self.spans):
            return []  # the plural is the mention's own word ("the Palestinians")
        appositions = (c for c in word.children if c.dep_ == "appos")
        return _first([m for m in self._each(a) if m] for a in appositions)

    def _origins(self, word: Word, role: Mention) -> list[Mention]:
        """The countries or organisations a role placed only by context comes from, each
        with the role: "negotiators from Armenia and Azerbaijan" are ARMGOV and AZEGOV,
        "from Israel and Hamas" ISRGOV and Hamas. Not a role with an owner: "recalled
        its ambassador from Algeria" is Mali's."""
        if any(child.dep_ == "poss" for child in word.children):
            return []
        for child in word.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "of"):
                named = [(w, self.core(w)) for w in _joined(_pobj(child))]
                origins = [m for w, m in named if m is not None and self._origin(w, m)]
                if named and len(origins) == len(named):
                    return [_with_sector(m, role.code[3:]) for m in origins]
        return []

    def _origin(self, word: Word, mention: Mention) -> bool:
        """A bare country, or an organisation the word itself names: not "fighters
        from the al Qaeda-linked group JNIM", whose "al Qaeda" only describes it."""
        if mention.kind == "country":
            return len(mention.code) == 3
        if mention.kind != "organisation":
            return False
        return any(m is mention and s <= word.idx < e for m, s, e in self.spans)

    def _each(self, word: Word | None) -> list[Mention | None]:
        """The mention of `word` and of each word joined to it ("A and B"); of a share,
        its whole's ("the United States and most of the European Union")."""
        return [self.core(_whole_of(w) or w) for w in _joined(word)]

    def _included(self, word: Word) -> Mention | None:
        """The actor an "including" phrase names ("14 prisoners, including a U.S.
        citizen"), which says more than a role whose country came from context."""
        inner = _included_in(word)
        named = self.core(inner) if inner is not None else None
        return named if named is not None and not named.resolved else None

    def core(self, word: Word) -> Mention | None:
        parts = [word, *(c for c in word.children if c.dep_ in CORE_DEPENDENTS and c.i < word.i)]
        # not an adjective after the noun: "the transit of goods subject to EU sanctions"
        left = min(p.left_edge.idx if p != word else p.idx for p in parts)
        last = max((p.right_edge if p != word else p) for p in parts)
        right = last.idx + len(last.text)
        inside = [(m, s, e) for m, s, e in self.spans if s < right and e > left]
        if not inside:
            return None
        covering = next((m for m, s, e in inside if s <= word.idx < e), None)
        if covering is not None:
            return covering
        if word.lower_ in BODY_NOUNS:  # "Yemen's Houthi movement": the movement, whose
            # name the country's only places
            named = [m for m, s, _ in inside if m.kind == "organisation" and s < word.idx]
            if named:
                return named[-1]
        for owner in (c for c in word.children if c.dep_ == "poss"):
            # its owner's, wherever in the owner's phrase: "Sweden's NATO bid", "Japan
            # PM's Taiwan remarks"
            start, end = owner.left_edge.idx, owner.idx + len(owner.text)
            owning = [m for m, s, e in inside if s < end and e > start]
            if owning:
                return owning[-1]
        return max(inside, key=lambda item: item[1])[0]  # the last before the head noun


ADVISERS = frozenset({"adviser", "advisers", "advisor", "advisors", "aide", "aides"})
"""People on the side of whom they are an adviser "to"."""
BODY_NOUNS = frozenset({"movement", "group", "militia", "organisation", "organization"})
BODY_NOUNS |= {"faction", "party", "network", "alliance"}


def _topic_of_joint_talks(noun: Word, subject: Word | None) -> bool:
    """Talks that two or more joined subjects start or hold, with no `with` phrase
    ("Trump and Putin agreed to start Ukraine peace talks"): a name modifying them says
    what they are about; the subjects are each other's partners."""
    return (
        noun.lower_ in ("talks", "negotiations")
        and subject is not None
        and bool(subject.conjuncts)
        and _talks_partner(noun) is None
    )


INVESTIGATING = frozenset({"investigate", "probe", "examine"})


def _investigated_doers(verb: Word) -> list[Word]:
    """Whom an investigation of claims is into: the subject of what the claims say
    ("would investigate allegations that the CIA used European airports")."""
    if INVESTIGATING.isdisjoint(lemmas_of(verb.lower_)):
        return []
    return [
        subject
        for claim in verb.children
        if claim.dep_ == "dobj" and claim.lower_ in REPORTS
        for clause in claim.children
        if clause.dep_ in ("acl", "relcl", "ccomp")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and (subject := _subject_word(clause)) is not None
    ]


def _matter_of_dispute(word: Word) -> bool:
    """What accusations or barbs are traded "over" or "about" ("Saudi Arabia and Iran
    traded barbs over the fate of Assad"): the dispute's matter, not the other side."""
    prep = word.head if word.dep_ == "pobj" else None
    return (
        prep is not None
        and prep.lower_ in ("over", "about")
        and any(w.lower_ in DISPUTES for w in (prep.head, *prep.head.children))
    )


def _talks_partner(noun: Word) -> Word | None:
    """Whom talks are held with ("EU accession talks with North Macedonia"): the `with`
    phrase, not the side the noun's modifiers name."""
    if noun.lower_ not in ("talks", "negotiations"):
        return None
    partners = [_pobj(c) for c in noun.children if c.dep_ == "prep" and c.lower_ == "with"]
    return partners[0] if partners else None


def _joined(word: Word | None) -> list[Word]:
    """`word` and each word joined to it ("A and B")."""
    return [word, *word.conjuncts] if word is not None else []


def _with_sector(mention: Mention, sector: str) -> Mention:
    """A bare country with the role's sector; an organisation as it is."""
    if mention.kind != "country":
        return mention
    return Mention(mention.start, mention.end, mention.code + sector, mention.kind)


PREMISES = frozenset(
    {"home", "homes", "house", "houses", "office", "offices", "premises", "headquarters"}
)
"""Places that stand for whoever owns them: "the Baku office of Sputnik" is Sputnik's."""


OFFICE_HOLDERS = frozenset(
    {"director", "head", "chief", "leader", "commander", "chairman", "chairwoman", "member"}
    | {"spokesman", "spokeswoman", "spokesperson", "secretary", "minister", "deputy"}
)
"""Nouns in apposition to a name whose "of" names the body the person acts for."""
ADDRESSEES = OFFICE_HOLDERS | {"counterpart", "counterparts", "president", "ministers"}
"""Titles a verb of telling may have as its object: someone spoken to."""


def _of(noun: Word) -> Word | None:
    return next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)


def _pobj(prep: Word) -> Word | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _object_of(word: Word, preposition: str) -> Word | None:
    """The object of the word's preposition `preposition` ("the treaty | with the United
    States")."""
    return next((p for c in word.children if c.lower_ == preposition and (p := _pobj(c))), None)
