"""Availability is a rule: nobody is a candidate for days they are not free."""

from datetime import date

import numpy as np

from experts.matching import ExpertData, ExpertPool, RequestData, batch_assign
from experts.matching.assignment import inputs_fingerprint

SIGNALS = 1
MARCH = (date(2027, 3, 1), date(2027, 3, 12))  # 12 days


def request(**overrides) -> RequestData:
    values = {
        "id": 1,
        "domain": 10,
        "start": MARCH[0],
        "end": MARCH[1],
        "required": {SIGNALS: 2},
        "languages": frozenset({"en"}),
    }
    values.update(overrides)
    return RequestData(**values)


def expert(id: int, free: list[tuple[date, date]], **overrides) -> ExpertData:
    values = {
        "id": id,
        "skills": {SIGNALS: 2},
        "languages": {"en": 5},
        "availability": free,
        "domains": frozenset({10}),
        "years": 5,
    }
    values.update(overrides)
    return ExpertData(**values)


def days(first: int, last: int) -> list[tuple[date, date]]:
    return [(date(2027, 3, first), date(2027, 3, last))]


def test_an_expert_free_on_none_of_the_days_is_not_a_candidate_however_skilled():
    best_but_busy = expert(1, [], skills={SIGNALS: 4}, languages={"en": 6}, years=30)
    free = expert(2, days(1, 12))
    pool = ExpertPool([best_but_busy, free])
    assert [e.expert_id for e in pool.shortlist(request())] == [2]


def test_on_site_the_whole_period_is_needed():
    pool = ExpertPool([expert(1, days(1, 11)), expert(2, days(1, 12))])
    [explanation] = pool.shortlist(request())
    assert explanation.expert_id == 2
    assert "free 12 of 12 days" in explanation.summary()


def test_a_share_of_the_period_is_rounded_up_to_whole_days():
    # 50 % of 13 days: 7 days needed; 6 are not enough.
    pool = ExpertPool([expert(1, days(1, 6)), expert(2, days(1, 7))])
    remote = request(end=date(2027, 3, 13), min_availability=50)
    assert remote.min_free_days == 7
    [explanation] = pool.shortlist(remote)
    assert explanation.expert_id == 2
    assert "free 7 of 13 days (7 needed)" in explanation.summary()


def test_no_share_asked_lets_everyone_in():
    pool = ExpertPool([expert(1, [])])
    assert [e.expert_id for e in pool.shortlist(request(min_availability=0))] == [1]


def test_the_unavailable_are_listed_apart_and_say_why():
    pool = ExpertPool([expert(1, []), expert(2, days(1, 12)), expert(3, days(5, 12))])
    assert [e.expert_id for e in pool.shortlist(request())] == [2]
    unavailable = pool.unavailable(request())
    assert [e.expert_id for e in unavailable] == [3, 1]  # the better score first
    assert not any(e.available for e in unavailable)
    assert "not available: free 8 of 12 days, 12 needed" in unavailable[0].summary()
    assert "not available: free 0 of 12 days, 12 needed" in unavailable[1].summary()


def test_unavailable_does_not_list_those_the_other_rules_leave_out():
    no_language = expert(1, [], languages={"fr": 6})
    pool = ExpertPool([no_language])
    assert pool.unavailable(request()) == []


def test_explain_pair_marks_an_unavailable_expert():
    pool = ExpertPool([expert(1, days(1, 3)), expert(2, days(1, 12))])
    assert not pool.explain_pair(request(), 1).available
    assert pool.explain_pair(request(), 2).available


def test_the_batch_never_proposes_an_unavailable_expert():
    busy_star = expert(1, days(1, 2), skills={SIGNALS: 4}, languages={"en": 6}, years=30)
    pool = ExpertPool([busy_star, expert(2, days(1, 12)), expert(3, [])])
    requests = [request(id=1, needed=2), request(id=2, needed=1, min_availability=10)]
    assignment = batch_assign(pool, requests)
    # Request 2 needs 2 of 12 days (10 %): the busy star fits there, and only there.
    assert assignment.for_request(1) == [2]
    assert assignment.for_request(2) == [1]
    for request_id, expert_id, _score in assignment.pairs:
        req = requests[request_id - 1]
        explanation = pool.explain_pair(req, expert_id)
        assert explanation.available


def test_the_availability_component_still_ranks_partly_free_remote_experts():
    pool = ExpertPool([expert(1, days(1, 6)), expert(2, days(1, 12))])
    ranked = pool.shortlist(request(min_availability=50))
    assert [e.expert_id for e in ranked] == [2, 1]
    assert ranked[1].components["availability"] == np.float64(0.5)


def test_the_fingerprint_follows_the_inputs_not_their_order_or_names():
    experts = [expert(1, days(1, 12)), expert(2, days(1, 6))]
    requests = [request(), request(id=2, title="Signals")]
    fingerprint = inputs_fingerprint(experts, requests, {(1, 2)})
    assert fingerprint == inputs_fingerprint(experts[::-1], requests[::-1], [(1, 2)])
    renamed = [expert(1, days(1, 12), name="Someone else"), experts[1]]
    assert fingerprint == inputs_fingerprint(renamed, requests, {(1, 2)})
    changed = [expert(1, days(1, 11)), experts[1]]
    assert fingerprint != inputs_fingerprint(changed, requests, {(1, 2)})
    assert fingerprint != inputs_fingerprint(
        experts, [request(), request(id=2, needed=2)], {(1, 2)}
    )
    assert fingerprint != inputs_fingerprint(experts, requests, set())
