"""Privacy rights in a mail's subject and new text (extraction step), at two levels: confirmed and possible.

Two steps per sentence (notes/gdpr-rights.md §1, corpus label policy):
1. Does the writer ASK for something about their own data, or of someone they represent? A statement of
   rights (our footer), a reserved right, a template's optional clause, a question about rights, or data the
   writer sends are not requests (parsers/rights_request.py). A press, student or DPO mail asks in general.
2. Which rights does the request name? The rules of parsers/rights_vocabulary.py (NL, EN) and
   parsers/rights_languages.py (DE; FR, IT, ES, PL core verbs), and legal anchors in any language ("Art. 15
   DSGVO", "artikel 17 AVG"), which count when the sentence asks.

Confirmed (`rights`): a request of step 1 naming the right. Possible (`rights_possible`): what a person must
look at: an article cited outside a request, three or more rights named in one sentence (an enumeration), the
items of a list under a request, a request about one's own data in a general writer's mail. A possible request
goes into the rights queue as `to_confirm` (storage/rights_queue.py).

# why not a trained classifier: there is no labelled Dutch corpus of help-desk mail, a missed request has a
# legal deadline, and staff must be able to read why a mail was routed. The rules are data in the vocabulary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from parsers.model import Flag, Right
from parsers.rights_flags import FAMILY, FLAG_ORDER, sentence_flags
from parsers.rights_information import is_information_question
from parsers.rights_languages import (
    DE_INFORMATION,
    DE_RULES,
    ROMANCE_INFORMATION,
    ROMANCE_OBJECT,
    ROMANCE_RULES,
    ROMANCE_WANTS_TO_KNOW,
    article_rights,
)
from parsers.rights_request import (
    about_own_data,
    asks,
    asks_about_only,
    asks_about_rights,
    claims_a_right,
    general_writer,
    is_not_a_request,
    is_right_item,
    is_rights_statement,
    needs_nothing,
    opens_rights_list,
    reports_a_complaint,
    reports_earlier_request,
    restates,
    without_reserved,
)
from parsers.rights_text import Sentence, clause_bounds, is_on_topic, spelled, split_sentences
from parsers.rights_vocabulary import (
    ANAPHOR,
    HOW_TO,
    HYPOTHETICAL,
    MAIL_KIND,
    NEGATION,
    NO_MARKETING,
    OBJ_DATA,
    OBJECTING,
    REQUEST,
    RULES,
    Rule,
)
from parsers.rights_words import StemIndex, Words

#: The German and the other languages' rules run only on a sentence with a word of that language (a cheap test:
#: the Dutch and English rules are most of the work on everyday mail already).
GERMAN = re.compile(r"\b(?:ich|sie|und|die|der|das|nicht|bitte|meine\w*|daten|ihre\w*|mit|mich|mir)\b")
ROMANCE = re.compile(
    r"donnees|dati\b|datos|dados|danych|dane\b|consent|zgod|portabilit|oppo|sprzeciw|odmawiam|rejette|rechazo"
)
#: Three or more rights in one sentence without a cited article: a list of rights, not a request for each.
ENUMERATION = 3
#: The sentence before ends with a list number ("...: 1.", "; 2.", "; iv."): this sentence is a list item.
LIST_ITEM_BEFORE = re.compile(r"(?:^|\W)(?:\d{1,2}|[ivx]{1,4})\.$")
#: ... or it starts with an item marker of its own: "a)", "(b)", "iv.", "2)".
LIST_ITEM_START = re.compile(r"^\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})[.)] ")
#: Access asked for by name: a copy, an overview, inspection, everything held.
ACCESS_BY_NAME = re.compile(
    r"\b(?:inzage\w*|inzien|kopie|afschrift|overzicht|copy|access|auskunft\w*|einsicht\w*|acces\w*|dostep\w*"
    r"|alles|everything|welke|which|what|wat|welche)\b"
)
#: Which rules' cues may occur in a sentence, found in one pass instead of one `may_occur` per rule.
CUES = StemIndex(rule.cue for rule in (*RULES, *DE_RULES, *ROMANCE_RULES))
#: What an access request (Art. 15(1)(a)-(h)) covers itself: purposes, recipients, retention, automated decisions.
COVERED_BY_ACCESS = (Right.INFORMATION, Right.AUTOMATED_DECISION)


@dataclass(frozen=True, slots=True)
class RightsFinding:
    """The rights a mail requests (confirmed), those a person must confirm (possible), and the flags."""

    rights: tuple[Right, ...] = ()
    possible: tuple[Right, ...] = ()
    flags: tuple[Flag, ...] = ()


@dataclass(slots=True)
class _Tally:
    confirmed: set[Right] = field(default_factory=set)
    possible: set[Right] = field(default_factory=set)
    flags: set[Flag] = field(default_factory=set)
    information: set[int] = field(default_factory=set)
    explained_by_next: set[int] = field(default_factory=set)  # sentences a later request points back to
    explicit_objection: bool = False
    explicit_access: bool = False  # asked for a copy, an overview or access by name, not only "send it"
    listed: set[Right] = field(default_factory=set)  # found only in list items: possible unless a request is
    reported: set[Right] = field(default_factory=set)  # in reports of an earlier request: background
    restated: bool = False  # the mail is a reminder: the earlier request is asked again
    nothing_needed: bool = False  # "ik hoef nu niets": no request for a person to confirm

    def finding(self) -> RightsFinding:
        rights, possible = set(self.confirmed), set(self.possible)
        if self.information - self.explained_by_next:
            rights.add(Right.INFORMATION)
        if not rights:  # a report of an earlier request is background beside a request of today
            (rights if self.restated else possible).update(self.reported)
        if self.nothing_needed:
            possible.clear()
        if Right.ACCESS in rights:
            rights.discard(Right.INFORMATION)  # the access request covers the processing questions
            possible.difference_update(COVERED_BY_ACCESS)
        if Right.PORTABILITY in rights and not self.explicit_access:
            rights.discard(Right.ACCESS)  # "can you provide that?" after a transfer request is the transfer
        if Right.CONSENT_WITHDRAWAL in rights and not self.explicit_objection:
            rights.discard(Right.OBJECTION)  # "stop using it for the research" is what withdrawing means
        if not rights:
            possible |= self.listed  # the items of a list elaborate a request; alone a person must look
        possible -= rights
        flags = set(self.flags)
        if not (rights or possible) and Flag.COMPLAINT_AUTHORITY not in flags:
            flags.discard(Flag.ON_BEHALF_OF)  # "namens mijn moeder" about a broken robot is no privacy matter
        return RightsFinding(_ordered(rights), _ordered(possible), tuple(f for f in FLAG_ORDER if f in flags))


def _ordered(rights: set[Right]) -> tuple[Right, ...]:
    return tuple(sorted(rights, key=list(Right).index))


def find_rights(*, subject: str, text: str) -> RightsFinding:
    """The confirmed and possible rights of the writer's request, and the flags for the privacy officer."""
    # The subject is a sentence of its own: a "die" in the body points to the body's nouns before it.
    if subject.strip() and not subject.rstrip().endswith((".", "?", "!")):
        subject = f"{subject.rstrip()}."
    # "onverminderd mijn recht om bezwaar te maken, ..." reserves a right: its clause is read by no rights step
    whole = split_sentences(subject, text)
    lowered = [without_reserved(sentence) for sentence in whole]
    # ... but a reserved complaint to the authority is still a threat to go there: the flags read the whole sentence
    reserved_flags = {
        flag
        for sentence, kept in zip(whole, lowered, strict=True)
        if kept != sentence
        for flag in sentence_flags(spelled(sentence))
    }
    on_topic = [is_on_topic(sentence) for sentence in lowered]
    if not any(on_topic):
        return _Tally(flags=reserved_flags).finding()
    near = [any(on_topic[max(0, i - 2) : i + 1]) for i in range(len(lowered))]
    sentences = [spelled(sentence) if near[i] else sentence for i, sentence in enumerate(lowered)]
    general = general_writer(sentences)
    tally = _Tally(flags=reserved_flags)
    in_rights_list = False
    for index, current in enumerate(sentences):
        # A sentence counts when it is on topic itself, or points back ("die", "dit") to one that is.
        if not (on_topic[index] or (near[index] and ANAPHOR.search(current))):
            # "U heeft ... de volgende rechten:" opens a list; its items are statements too
            if not (in_rights_list and is_right_item(current)):
                in_rights_list = opens_rights_list(current) and is_rights_statement(current)
            continue
        if is_rights_statement(current):
            in_rights_list = opens_rights_list(current)
            continue  # "u heeft recht op inzage": our own footer or a pasted privacy statement
        if in_rights_list and is_right_item(current):
            continue  # "het recht op inzage in zijn gegevens;" under "U heeft ... de volgende rechten:"
        in_rights_list = False
        _read_candidate(tally, sentences, index, general)
    if tally.reported and not tally.confirmed:
        tally.restated = restates(sentences)
    if tally.possible or tally.reported or tally.listed:
        tally.nothing_needed = needs_nothing(sentences)
    return tally.finding()


def detect_rights(*, subject: str, text: str) -> tuple[tuple[Right, ...], tuple[Flag, ...]]:
    """The confirmed rights (sorted, unique) and the flags: `find_rights` without the possible level."""
    finding = find_rights(subject=subject, text=text)
    return finding.rights, finding.flags


def _read_candidate(tally: _Tally, sentences: list[str], index: int, general: bool) -> None:
    """An on-topic sentence that is not our own statement: its flags, and a request or a question about the
    processing."""
    current = sentences[index]
    flags = sentence_flags(current)
    tally.flags.update(flags)
    if Flag.DATA_BREACH in flags:
        return  # "I can see someone else's data" reports a leak; it does not ask to see data
    if not is_not_a_request(current):
        _read_sentence(tally, sentences, index, general)
    elif not (general or asks_about_rights(current)) and _asks_about_processing(
        Sentence.of(sentences, index)
    ):
        tally.information.add(index)  # "als ik opzeg, worden mijn gegevens dan verwijderd?"


def _read_sentence(tally: _Tally, sentences: list[str], index: int, general: bool) -> None:
    current = sentences[index]
    sentence = Sentence.of(sentences, index)
    found, tentative, used_previous = _sentence_rights(sentence)
    anchored = article_rights(current)
    if used_previous:
        tally.explained_by_next.update((index - 1, index - 2))
    if (found or anchored) and (FAMILY.search(current) or FAMILY.search(sentence.previous)):
        tally.flags.add(Flag.ON_BEHALF_OF)
    # "geen reclame meer", "meld mij af voor de nieuwsbrief" object to direct marketing (policy, lead's decision): not
    # covered by a consent withdrawal in the same mail
    tally.explicit_objection |= Right.OBJECTION in anchored or bool(
        OBJECTING.search(current) or NO_MARKETING.search(current) or MAIL_KIND.search(current)
    )
    tally.explicit_access |= Right.ACCESS in anchored or (
        Right.ACCESS in found and bool(ACCESS_BY_NAME.search(current))
    )
    if asks_about_only(current):
        found, anchored = found & {Right.ACCESS}, anchored & {Right.ACCESS}  # asked about, not requested
    list_item = bool(LIST_ITEM_START.search(current)) or (
        index > 0 and LIST_ITEM_BEFORE.search(sentences[index - 1]) is not None
    )
    if not general or about_own_data(current):
        tally.possible.update(tentative)  # "please unsubscribe me": from what, a newsletter or the service?
    if general:
        if about_own_data(current):
            tally.possible.update(found | anchored)
    elif list_item:
        tally.listed.update(found | anchored)
    elif (
        (len(found) >= ENUMERATION and not anchored)
        or claims_a_right(current)
        or reports_a_complaint(current)
    ):
        tally.possible.update(found | anchored)
    elif (found or anchored) and reports_earlier_request(current):
        tally.reported.update(found | anchored)
    else:
        tally.confirmed.update(found)
        (tally.confirmed if asks(current) else tally.possible).update(anchored)
    if not found and not general and _asks_about_processing(sentence):
        tally.information.add(index)


def _asks_about_processing(sentence: Sentence) -> bool:
    if sentence.question and DE_INFORMATION.search(sentence.text):
        return True
    if (sentence.question or ROMANCE_WANTS_TO_KNOW.search(sentence.text)) and ROMANCE_INFORMATION.search(
        sentence.text
    ):
        return True  # "vorrei sapere quali dati raccoglie il robot e con chi li condividete"
    return is_information_question(sentence)


def _sentence_rights(sentence: Sentence) -> tuple[set[Right], set[Right], bool]:
    """The rights one sentence asks for, those only a person can confirm (rules marked `possible`), and whether one
    was read through a pronoun in the sentence before."""
    found: set[Right] = set()
    tentative: set[Right] = set()
    used_previous = False
    rules = RULES
    if GERMAN.search(sentence.text):
        rules = (*rules, *DE_RULES)
    if ROMANCE.search(sentence.text) or ROMANCE_OBJECT.may_occur(sentence.text):
        rules = (*rules, *ROMANCE_RULES)
    cues = CUES.present(sentence.text)
    for rule in rules:
        if rule.right in found or (rule.possible and rule.right in tentative):
            continue
        verdict = _rule_verdict(rule, sentence, CUES.may_occur(rule.cue, cues))
        if verdict:
            (tentative if rule.possible else found).add(rule.right)
            used_previous = used_previous or verdict == "previous"
    if (
        not (found or tentative)
        or HOW_TO.search(sentence.text)
        or (sentence.question and HYPOTHETICAL.search(sentence.text))
    ):
        # "hoe verwijder ik ...?", "als ik opzeg, worden mijn gegevens dan verwijderd?"
        return set(), set(), False
    if Right.PORTABILITY in found:
        found.discard(Right.ACCESS)  # "send my data to my new provider" is a transfer, not a copy for me
    return found, tentative - found, used_previous


def _rule_verdict(rule: Rule, sentence: Sentence, cue_may_occur: bool) -> str | None:
    """ "sentence" or "previous" (where the object was found) when the rule fires, else None."""
    text = sentence.text
    if not cue_may_occur or (sentence.question and not sentence.polite and not rule.questions):
        return None
    if rule.objects is not None and not sentence.mentions(rule.objects):
        return None  # cheap test first: without its object nearby the cue cannot make a request
    if (rule.requires and not rule.requires.search(text)) or (rule.excludes and rule.excludes.search(text)):
        return None
    other_senses = iter(rule.other_sense.finditer(text) if rule.other_sense else ())
    other = next(other_senses, None)
    for match in rule.cue.finditer(text):
        while other is not None and other.end() <= match.start():
            other = next(other_senses, None)
        if other is not None and other.start() <= match.start():
            continue  # "om de software te verbeteren": the cue in another sense
        start, end = clause_bounds(text, match.start())
        if rule.negatable and NEGATION.search(text, start, match.start()):
            continue
        if rule.needs_request and not (REQUEST.search(text) or not text[start : match.start()].strip()):
            continue
        if rule.objects is None:
            return "sentence"
        verdict = _object_verdict(rule, text[start:end], text, sentence.previous)
        if verdict:
            return verdict
    return None


def _object_verdict(rule: Rule, clause: str, text: str, previous: str) -> str | None:
    """Where the cue's object is: its clause, its sentence, or (through "die"/"dat") the sentences before.

    Personal data named outright ("mijn gegevens", "opnames") wins over a product word in the same clause;
    a product or commercial word ("factuur", "agenda") wins over a weak object ("adres", "alles").
    """
    objects = rule.objects
    if objects is None:
        return "sentence"
    blocked = rule.blocked_by is not None and rule.blocked_by.search(clause) is not None
    if objects.search(clause) and (not blocked or OBJ_DATA.search(clause)):
        return "sentence"
    if blocked:
        return None
    if objects.search(text):
        return "sentence"
    if ANAPHOR.search(clause) and objects.search(previous) and not _nearer_product(rule, objects, previous):
        return "previous"
    return None


def _nearer_product(rule: Rule, objects: Words, previous: str) -> bool:
    """A pronoun means the nearest noun: "Kunt u de herinnering weghalen? Die klopt niet meer." is the reminder,
    even under the subject "mijn gegevens"."""
    if rule.blocked_by is None:
        return False
    start = max(previous.rfind(end) for end in (". ", "? ", "! ")) + 1
    nearest = previous[start:]  # the sentence just before
    return rule.blocked_by.search(nearest) is not None and objects.search(nearest) is None
