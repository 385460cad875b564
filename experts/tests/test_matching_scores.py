"""Scores, filters and explanations of experts/matching.py (no database)."""

from datetime import date

import pytest

from experts.matching import MAX_SCORE, ExpertData, ExpertPool, RequestData

TRAFFIC, SIGNALS, PARKING, SURVEYS, DRAINAGE = 1, 2, 3, 4, 5
NAMES = {
    TRAFFIC: "Traffic modelling",
    SIGNALS: "Signal timing",
    PARKING: "Parking policy",
    SURVEYS: "Traffic surveys",
    DRAINAGE: "Drainage",
}


def request(**overrides) -> RequestData:
    values = {
        "id": 1,
        "domain": 10,
        "start": date(2027, 3, 1),
        "end": date(2027, 3, 14),
        "required": {TRAFFIC: 2, SIGNALS: 2, PARKING: 2, SURVEYS: 2},
        "nice": {DRAINAGE: 1},
        "languages": frozenset({"km", "en"}),
        "skill_names": NAMES,
    }
    values.update(overrides)
    return RequestData(**values)


def expert(id: int, **overrides) -> ExpertData:
    values = {
        "id": id,
        "skills": {TRAFFIC: 3, SIGNALS: 4, PARKING: 2},
        "languages": {"km": 5, "fr": 6},
        "availability": [(date(2027, 2, 20), date(2027, 3, 20))],
        "domains": frozenset({10}),
        "years": 12,
    }
    values.update(overrides)
    return ExpertData(**values)


def test_reasons_say_coverage_language_and_free_days():
    pool = ExpertPool([expert(1)])
    [explanation] = pool.shortlist(request())
    text = explanation.summary()
    assert (
        "covers 3 of 4 required skills: "
        "Traffic modelling (3), Signal timing (4), Parking policy (2)" in text
    )
    assert "lacks: Traffic surveys" in text
    assert "speaks Khmer C1" in text
    assert "free 14 of 14 days" in text
    assert 0 < explanation.score <= MAX_SCORE
    assert set(explanation.components) == {
        "required_skills",
        "nice_skills",
        "language",
        "availability",
        "domain",
        "rating",
        "load",
    }


def test_no_shared_working_language_at_b2_is_filtered_out():
    pool = ExpertPool([expert(1, languages={"km": 3, "fr": 6})])
    assert pool.shortlist(request()) == []


def test_interpretation_lifts_the_language_filter():
    pool = ExpertPool([expert(1, languages={"fr": 6})])
    [explanation] = pool.shortlist(request(interpretation=True))
    assert explanation.components["language"] == 0
    assert "needs interpretation" in explanation.summary()


def test_skills_match_by_identity_not_by_name():
    # Skill 99 is also called "Traffic modelling" but it is another skill.
    names = {**NAMES, 99: "Traffic modelling"}
    pool = ExpertPool([expert(1, skills={99: 4})])
    assert pool.shortlist(request(skill_names=names)) == []


def test_expert_without_any_required_skill_is_not_a_candidate():
    pool = ExpertPool([expert(1, skills={DRAINAGE: 4})])
    assert pool.shortlist(request()) == []


def test_higher_level_scores_higher():
    pool = ExpertPool([expert(1, skills={TRAFFIC: 2}), expert(2, skills={TRAFFIC: 4})])
    ranked = pool.shortlist(request(required={TRAFFIC: 2}))
    assert [e.expert_id for e in ranked] == [2, 1]


def test_availability_counts_days_inside_the_period_only():
    windows = [(date(2027, 1, 1), date(2027, 3, 2)), (date(2027, 3, 10), date(2027, 4, 30))]
    pool = ExpertPool([expert(1, availability=windows)])
    [explanation] = pool.shortlist(request(min_availability=50))
    assert "free 7 of 14 days (7 needed)" in explanation.summary()
    assert explanation.components["availability"] == pytest.approx(7 / 14)


def test_overlapping_windows_are_not_counted_twice():
    windows = [(date(2027, 3, 1), date(2027, 3, 10)), (date(2027, 3, 5), date(2027, 3, 14))]
    pool = ExpertPool([expert(1, availability=windows)])
    assert "free 14 of 14 days" in pool.shortlist(request())[0].summary()


def test_one_excellent_rating_is_shrunk_towards_the_mean():
    pool = ExpertPool(
        [
            expert(1, ratings=[5.0]),
            expert(2, ratings=[4.5] * 10),
            expert(3, ratings=[3.0, 3.0, 3.0, 3.0]),
        ]
    )
    ranked = {e.expert_id: e.components["rating"] for e in pool.shortlist(request())}
    assert ranked[2] > ranked[1] > ranked[3]


def test_current_load_lowers_the_score():
    pool = ExpertPool([expert(1, load=0, capacity=2), expert(2, load=2, capacity=2)])
    ranked = pool.shortlist(request())
    assert [e.expert_id for e in ranked] == [1, 2]
    assert ranked[1].components["load"] == 0


def test_ties_are_broken_by_id_deterministically():
    pool = ExpertPool([expert(3), expert(1), expert(2)])
    assert [e.expert_id for e in pool.shortlist(request())] == [1, 2, 3]


def test_explain_pair_explains_a_filtered_out_expert():
    pool = ExpertPool([expert(1, skills={DRAINAGE: 4}, languages={"pt": 6})])
    explanation = pool.explain_pair(request(), 1)
    assert "covers 0 of 4 required skills" in explanation.summary()
    assert explanation.components["language"] == 0


def test_points_add_up_to_the_score():
    [explanation] = ExpertPool([expert(1, ratings=[4.0])]).shortlist(request())
    assert sum(explanation.points.values()) == pytest.approx(explanation.score, abs=1)


def test_expert_without_enough_mission_days_left_is_filtered_out():
    pool = ExpertPool([expert(1, days_left=10), expert(2, days_left=14)])
    [explanation] = pool.shortlist(request())
    assert explanation.expert_id == 2
    assert "14 mission days left this year" in explanation.summary()
    assert "only 10 mission days left" in pool.explain_pair(request(), 1).summary()
