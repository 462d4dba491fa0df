"""The rights steps are linear in the text: hostile inputs built from their own vocabulary (long sentences of
rights words, endless article lists, giant words, no sentence ends) finish within a per-message bound in a
forked child, which also keeps a runaway regex from hanging the test run."""

from __future__ import annotations

import multiprocessing

import pytest

from parsers.rights import find_rights

#: 200 KB each; a linear pass takes well under a second even on the loaded build machine.
SIZE = 200_000
BOUND_SECONDS = 20.0
HOSTILE = {
    "rights words without a full stop": "verwijder inzage bezwaar gegevens mijn data art 15 avg " * 4000,
    "an endless article list": "artikel 15, 16, 17 en " * 10_000,
    "one giant word": "a" * SIZE + "daten",
    "german compounds": "personenbezogenedatenloschung " * 7000,
    "gaps that never close": "als u " + "welke rechten " * 15_000,
    "questions all the way": "wie kan die gegevens zien? " * 8000,
    "negated cues, no full stop": "ik wil niet dat u de herinnering verwijdert, geen gegevens " * 4000,
    "french and polish": "je m'oppose au traitement de mes donnees prosze o usuniecie moich danych " * 3000,
}


def _run(text: str) -> None:
    find_rights(subject="Art. 15 DSGVO", text=text[:SIZE])


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_text_is_read_within_the_bound(name: str) -> None:
    child = multiprocessing.get_context("fork").Process(target=_run, args=(HOSTILE[name],))
    child.start()
    child.join(BOUND_SECONDS)
    finished = not child.is_alive()
    if not finished:
        child.kill()
        child.join()
    assert finished, f"{name}: not read within {BOUND_SECONDS} s"
    assert child.exitcode == 0
