"""Each app's figures, checked against the hand-counted programme in conftest."""

import dataclasses

import pytest

from core.steer import Direction, Filters
from exchange import figures as exchange_figures
from exchange.models import MissionReport
from training import figures as training_figures

pytestmark = pytest.mark.django_db


def values(panel) -> dict[str, object]:
    return {str(figure.label): figure.value for figure in panel.figures}


def test_training_figures_for_a_year(world, year_2025):
    figures = values(training_figures.panel(year_2025))
    assert figures["Learners enrolled"] == 3  # pp1, pp2, rio1 (pp3 waits, old is 2024)
    assert figures["Learners who completed"] == 2  # pp1, rio1
    assert figures["Learners certified"] == 1  # pp1
    assert figures["Training hours delivered"] == 16  # 6 + 10
    assert figures["Completion rate"] == 66.7
    assert figures["Assessment pass rate"] == 50.0  # pp1 passed, pp2 failed
    assert figures["Sessions run"] == 1
    assert figures["Seats filled"] == 2
    assert figures["Seats filled, share"] == 50.0  # 2 of 4
    assert figures["On waiting lists"] == 1
    assert figures["Certificates issued"] == 1


def test_training_figures_by_city_domain_and_direction(world, year_2025):
    phnom_penh = values(
        training_figures.panel(dataclasses.replace(year_2025, city=world["phnom_penh"]))
    )
    assert phnom_penh["Learners enrolled"] == 2
    assert phnom_penh["Training hours delivered"] == 6
    water = values(training_figures.panel(dataclasses.replace(year_2025, domain=world["water"])))
    assert water["Learners enrolled"] == 1
    assert water["Sessions run"] == 0
    # Self-paced learning has no trainer, so no direction.
    hub_out = values(
        training_figures.panel(dataclasses.replace(year_2025, direction=Direction.HUB_TO_PARTNER))
    )
    assert hub_out["Learners enrolled"] == 2
    assert hub_out["Training hours delivered"] == 6
    rio = values(
        training_figures.panel(dataclasses.replace(year_2025, partnership=world["paris_rio"]))
    )
    assert rio["Learners enrolled"] == 1
    assert rio["Sessions run"] == 0


def test_training_all_time_counts_the_older_session(world):
    figures = values(training_figures.panel(Filters()))
    assert figures["Learners enrolled"] == 4
    assert figures["Sessions run"] == 2


def test_training_breakdowns(world, year_2025):
    charts = {str(chart.title): chart for chart in training_figures.panel(year_2025).charts}
    by_city = {label: values for label, values, _params in charts["Learners by city"].rows}
    assert by_city == {"Phnom Penh": (2, 1), "Rio de Janeiro": (1, 1)}
    by_month = {label: values for label, values, _params in charts["Learners by month"].rows}
    assert by_month == {"2025-03": (2, 1), "2025-06": (1, 1)}


def test_exchange_figures_for_a_year(world, year_2025):
    figures = values(exchange_figures.panel(year_2025))
    assert figures["Requests filed"] == 3  # the draft does not count
    assert figures["Median days from submission to confirmed mission"] == 7.0  # 10 and 4
    assert figures["Missions"] == 2
    assert figures["Expert-days"] == 25  # 2 × 10 + 5
    assert figures["Experts on missions"] == 3
    assert figures["Partners' rating: objectives met (1–5)"] == 3.0
    assert figures["Partners' rating: knowledge transferred (1–5)"] == 4.0
    assert figures["Experts' rating: objectives met (1–5)"] == 3.0


def test_exchange_figures_by_direction(world, year_2025):
    charts = {str(chart.title): chart for chart in exchange_figures.panel(year_2025).charts}
    by_direction = {
        params["direction"]: values
        for _label, values, params in charts["Missions and expert-days by direction"].rows
    }
    assert by_direction == {
        Direction.HUB_TO_PARTNER: (1, 10),
        Direction.PARTNER_TO_HUB: (1, 5),
        Direction.PARTNER_TO_PARTNER: (1, 10),
    }
    inbound = values(
        exchange_figures.panel(dataclasses.replace(year_2025, direction=Direction.PARTNER_TO_HUB))
    )
    assert inbound["Missions"] == 1
    assert inbound["Expert-days"] == 5
    assert inbound["Requests filed"] == 1


def test_exchange_figures_for_a_city_and_the_outcomes(world, year_2025):
    panel = exchange_figures.panel(dataclasses.replace(year_2025, city=world["phnom_penh"]))
    figures = values(panel)
    assert figures["Requests filed"] == 1
    assert figures["Missions"] == 1
    assert figures["Expert-days"] == 20
    assert panel.outcomes == ("Twelve junctions now run on a shared timing plan.",)


def test_figures_take_the_same_queries_whatever_the_data(
    world, year_2025, django_assert_num_queries
):
    from core import steer

    with django_assert_num_queries(QUERIES):
        steer.panels(year_2025)
    more_of_everything(world)
    with django_assert_num_queries(QUERIES):
        panels = steer.panels(year_2025)
    assert values(panels[0])["Learners enrolled"] == 3 + 5
    assert values(panels[1])["Missions"] == 2 + 3


# Training 5 (totals per city, domain and month; their names; sessions; certificates),
# exchange 7 (statuses, median, totals, two breakdowns, evaluations, outcomes).
QUERIES = 12


def more_of_everything(world) -> None:
    from core.factories import UserFactory
    from exchange.factories import MissionFactory
    from experts.factories import ExpertProfileFactory
    from training.models import Enrolment

    for n in range(5):
        learner = UserFactory(city=world["rio"], email=f"more{n}@example.org")
        Enrolment.objects.create(user=learner, module=world["junctions"], session=world["s1"])
    for n in range(3):
        mission = MissionFactory(
            request__partnership=world["paris_rio"],
            request__status="in_progress",
            start_date=world["m1"].start_date,
            end_date=world["m1"].end_date,
        )
        mission.experts.add(ExpertProfileFactory(user=UserFactory(city=world["paris"])))
        MissionReport.objects.create(
            mission=mission, author=mission.experts.get(), text=f"Report {n}"
        )
