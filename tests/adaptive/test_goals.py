"""The benchmark's goal table: bounds read the right way, unmeasured figures never count as met."""

from __future__ import annotations

from quizapp.adaptive.goals import GOALS, Goal, is_met, print_goals


def test_bounds_are_read_in_their_direction() -> None:
    assert is_met(Goal("length", "single.mean_len", 7.8, "max"), 7.8)
    assert not is_met(Goal("length", "single.mean_len", 7.8, "max"), 8.8)
    assert is_met(Goal("coverage", "single.coverage95", 0.93, "min"), 0.95)
    assert not is_met(Goal("bias", "single.bias", 0.02, "abs_max"), -0.03)


def test_goals_not_measured_are_listed_but_never_met(capsys) -> None:
    measured = {"single.mean_len": 8.8, "single.p95_len": 11.0}
    assert print_goals(measured) == 1  # p95 ≤ 11 is met; the length is not; the rest were not measured
    out = capsys.readouterr().out
    assert out.count("not measured in this run") == len(GOALS) - 2
    assert f"1 of {len(GOALS)} goals met" in out


def test_a_variant_configuration_is_checked_against_the_same_goals(capsys) -> None:
    from quizapp.adaptive.goals import print_variant_goals

    measured = {"topics.mean_len": 55.3, "topics_to_cap.mean_len": 61.2, "topics_to_cap.targets_met": 0.973}
    met = print_variant_goals(measured, {"topics": "topics_to_cap"}, "to the cap:")
    out = capsys.readouterr().out
    assert met == 1  # 97.3 % of targets met; 61.2 items is over 55
    assert "nine topics (r = 0.5): mean length" in out and "61.200" in out and "one topic" not in out
    assert print_variant_goals({}, {"topics": "topics_to_cap"}, "to the cap:") == 0  # not run: nothing printed
    assert capsys.readouterr().out == ""
