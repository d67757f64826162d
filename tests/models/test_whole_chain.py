"""The whole-chain patient model: graph correspondence, counterfactuals, directions, tables."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from msbackpain import balance, chain, compensation, disuse, gait, motor, pain, spine
from msbackpain.whole_chain import model as pt

#: A person in whom every cause of the graph is active (for the mapping test).
EVERYTHING = pt.Person(
    label="every link active",
    lesion_severity=7.0,
    sensory_involvement=1.0,
    cervical_lesion=0.5,
    heat_sensitivity=1.0,
    spasticity_gain=1.5,
    catastrophising=2.0,
    baseline_disuse=0.3,
    habitual_flexion_deg=30.0,
    relapse_rate_per_year=5.0,
    has_lhermitte_sign=True,
)
ALL_ON = pt.Interventions(anti_spasticity=0.5, dmd=True, dmd_side_effects=True)
EDGES = [
    (e.cause, e.effect)
    for e in chain.EDGES
    if e.cause not in pt.OUTSIDE_MODEL and e.effect not in pt.OUTSIDE_MODEL
]


@pytest.fixture(scope="module")
def everything():
    return pt.simulate(EVERYTHING, ALL_ON, seed=0)


# --------------------------------------------------------------------------- the mapping
def test_every_state_variable_is_a_node_and_every_node_a_state_variable(everything):
    assert list(everything.nodes.columns) == list(pt.NODE_IDS)
    assert set(pt.NODE_IDS) | set(pt.OUTSIDE_MODEL) == set(chain.node_ids())
    assert not set(pt.NODE_IDS) & set(pt.OUTSIDE_MODEL)
    assert set(pt.NODE_UNITS) == set(pt.NODE_IDS)
    assert set(pt.MAP_SCALE) == set(pt.NODE_IDS)
    assert len(everything.nodes) == 365
    assert isinstance(everything.nodes.index, pd.DatetimeIndex)
    assert np.isfinite(everything.nodes.to_numpy()).all()


def test_every_edge_is_described_and_nothing_else():
    assert set(pt.EDGE_USE) == set(EDGES)
    assert set(EDGES) | set(pt.EDGES_OUTSIDE_MODEL) == {(e.cause, e.effect) for e in chain.EDGES}


def test_edges_outside_the_model_cannot_be_switched_off_silently():
    cause, effect = pt.EDGES_OUTSIDE_MODEL[0]
    with pytest.raises(ValueError, match="outside this model"):
        pt.simulate("heat", days=5, edges_off=[(cause, effect)])


@pytest.mark.parametrize("edge", EDGES, ids=[f"{c}->{e}" for c, e in EDGES])
def test_removing_an_edge_changes_its_target(everything, edge):
    cut = pt.simulate(EVERYTHING, ALL_ON, seed=0, edges_off=[edge])
    before = everything.nodes[edge[1]].to_numpy()
    after = cut.nodes[edge[1]].to_numpy()
    assert np.abs(after - before).max() > 1e-9, f"removing {edge} left {edge[1]} unchanged"
    assert cut.edges_off == frozenset([edge])


def test_removing_an_edge_leaves_the_nodes_upstream_of_it_alone(everything):
    # back pain -> fear: nothing upstream of back pain outside the loops changes
    cut = pt.simulate(EVERYTHING, ALL_ON, seed=0, edges_off=[("back_pain", "fear_avoidance")])
    for node in ("relapse", "demyelination", "heat", "disrupted_signalling", "spasticity", "sway"):
        assert np.array_equal(cut.nodes[node], everything.nodes[node]), node


def test_unknown_edges_are_refused():
    with pytest.raises(ValueError, match="no edge 'heat' -> 'back_pain'"):
        pt.simulate("heat", edges_off=[("heat", "back_pain")])
    with pytest.raises(TypeError, match=r"\(cause, effect\) pairs"):
        pt.simulate("heat", edges_off=["heat"])


# --------------------------------------------------------------------------- counterfactuals
def test_with_no_intervention_the_two_runs_are_identical():
    for who in pt.PEOPLE:
        both = pt.compare(who, None, seed=3)
        pd.testing.assert_frame_equal(both.baseline.nodes, both.treated.nodes)
        pd.testing.assert_frame_equal(both.baseline.drivers, both.treated.drivers)
        assert both.change() == 0.0


def test_interventions_do_not_change_the_random_days():
    both = pt.compare(EVERYTHING, pt.Interventions(cooling=1.0, seating=1.0, pacing=0.5), seed=2)
    for column in ("temperature_C", "sitting_hours", "steps", "upright_hours"):
        assert np.array_equal(both.baseline.drivers[column], both.treated.drivers[column])
    assert np.array_equal(both.baseline.nodes["neck_flexion"], both.treated.nodes["neck_flexion"])


def test_seeded_and_deterministic():
    a = pt.simulate("heat", seed=5)
    b = pt.simulate("heat", seed=5)
    c = pt.simulate("heat", seed=6)
    pd.testing.assert_frame_equal(a.nodes, b.nodes)
    assert not np.array_equal(a.nodes["heat"], c.nodes["heat"])


def test_treated_relapses_are_a_subset_of_untreated_ones():
    both = pt.compare(EVERYTHING, pt.Interventions(dmd=True), seed=1)
    untreated = both.baseline.drivers["relapse_onset"].to_numpy()
    treated = both.treated.drivers["relapse_onset"].to_numpy()
    assert treated.sum() < untreated.sum()
    assert np.all(treated <= untreated)


def test_no_relapses_at_rate_zero():
    result = pt.simulate(EVERYTHING.but(relapse_rate_per_year=0.0), seed=0)
    assert result.nodes["relapse"].max() == 0.0
    assert np.allclose(result.nodes["demyelination"], EVERYTHING.lesion_severity)


def test_many_people_stepped_together_match_one_at_a_time():
    people = [pt.PEOPLE[k] for k in pt.PEOPLE] * 6  # 18 rows: the numpy path
    ivs = [pt.Interventions(cooling=(i % 3) / 2, training=(i % 2) * 0.5) for i in range(18)]
    seeds = list(range(18))
    cohort = pt.simulate_many(people, ivs, seeds)
    assert len(cohort) == 18 > pt._FLOAT_ROWS
    for i in (0, 7, 17):
        one = pt.simulate(people[i], ivs[i], seed=seeds[i])
        assert np.allclose(cohort.patient(i).nodes.to_numpy(), one.nodes.to_numpy(), atol=1e-9)


# --------------------------------------------------------------------------- rest (bed-rest trials)
def test_rest_is_off_by_default_and_changes_only_the_rest_days_activities():
    who = pt.PEOPLE["disuse"]
    assert who.rest_days == 0
    active = pt.simulate(who, days=40, seed=2)
    rested = pt.simulate(who.but(rest_days=5), days=40, seed=2)
    d0, d1 = active.drivers, rested.drivers
    assert np.allclose(d1["steps"].to_numpy()[:5], pt.REST_DAY_STEPS)
    assert np.allclose(d1["sitting_hours"].to_numpy()[:5], pt.REST_DAY_SITTING_H)
    assert (d1["upright_hours"].to_numpy()[:5] < d0["upright_hours"].to_numpy()[:5]).all()
    assert np.allclose(d0.to_numpy()[5:], d1.to_numpy()[5:])  # the usual days return
    for node in set(pt.NODE_IDS) - set(pt.LOOP_NODES):  # outside the loops: unchanged
        assert np.allclose(active.nodes[node], rested.nodes[node]), node
    assert np.allclose(rested.nodes["avoidance"].to_numpy()[:5], 1.0)  # all activity avoided
    assert np.allclose(rested.nodes["disuse"].to_numpy()[:5], 1.0)  # no training stimulus
    # the steady start is the usual life, not a life in bed (which would lose ~10% in a year)
    assert rested.nodes["atrophy"].iloc[0] - active.nodes["atrophy"].iloc[0] < 1.0


def test_after_a_few_days_of_rest_pain_is_higher_than_staying_active():
    # the trials' comparison (advice to rest a few days vs stay active), pain after the rest
    people = pt.random_people(40, 9)
    seeds = list(range(40))
    run = pt.simulate_many(people + [p.but(rest_days=3) for p in people], None, seeds * 2, days=35)
    pain_, weak = run.values["back_pain"], run.values["weakness"]
    active, rest = pain_[:40, 7:].mean(axis=1), pain_[40:, 7:].mean(axis=1)
    assert rest.mean() > active.mean()
    assert (rest >= active - 1e-9).all()  # nobody is better off after the rest
    assert weak[40:, 7:].mean() > weak[:40, 7:].mean()  # bed-rest atrophy and slow return
    # while resting, lying relieves held postures in the model: relief during the rest only
    assert pain_[40:, :3].mean() < pain_[:40, :3].mean()


def test_rest_steps_together_like_one_at_a_time():
    people = [pt.PEOPLE[k].but(rest_days=i % 4) for i, k in enumerate(list(pt.PEOPLE) * 6)]
    cohort = pt.simulate_many(people, None, list(range(18)), days=40)
    assert len(cohort) > pt._FLOAT_ROWS
    for i in (1, 6, 15):
        one = pt.simulate(people[i], seed=i, days=40)
        assert np.allclose(cohort.patient(i).nodes.to_numpy(), one.nodes.to_numpy(), atol=1e-9)


# --------------------------------------------------------------------------- directions
def _mean(result, node, months=None):
    return result.mean(node, months)


@pytest.mark.parametrize(
    ("name", "who", "node", "direction"),
    [
        ("cooling", "heat", "heat", -1),
        ("training", "disuse", "disuse", -1),
        ("anti_spasticity", "cervical", "spasticity", -1),
        ("anti_spasticity", "cervical", "weakness", +1),
        ("seating", "disuse", "lumbar_load", -1),
        ("pacing", "disuse", "avoidance", -1),
    ],
)
def test_each_intervention_moves_its_own_node_the_right_way(name, who, node, direction):
    both = pt.compare(who, pt.FULL_DOSE[name], seed=0)
    assert direction * both.change(node) > 0


def test_the_drug_lowers_relapses_on_average():
    seeds = range(10)
    runs = [pt.compare(EVERYTHING, pt.Interventions(dmd=True), seed=s) for s in seeds]
    assert np.mean([r.change("relapse") for r in runs]) < 0
    assert all(r.change("relapse") <= 0 for r in runs)


@pytest.mark.parametrize(
    ("name", "who", "months"),
    [
        ("cooling", "heat", [6, 7, 8]),
        ("training", "disuse", None),
        ("pacing", "disuse", None),
        ("seating", "disuse", None),
        ("seating", "heat", None),
        ("seating", "cervical", None),
        ("anti_spasticity", "cervical", None),
    ],
)
def test_each_intervention_lowers_pain_where_its_link_matters(name, who, months):
    effects = pt.intervention_effects(who, seeds=range(3), months=months)
    assert effects.set_index("intervention").loc[name, "change"] < 0


def test_the_drug_lowers_pain_on_average_when_relapses_matter():
    person = pt.PEOPLE["heat"].but(relapse_rate_per_year=3.0)
    effects = pt.intervention_effects(person, seeds=range(6))
    assert effects.set_index("intervention").loc["dmd", "change"] < 0


def test_cooling_does_nothing_without_heat_sensitivity():
    person = pt.PEOPLE["heat"].but(heat_sensitivity=0.0)
    both = pt.compare(person, pt.Interventions(cooling=1.0), seed=0)
    pd.testing.assert_frame_equal(both.baseline.nodes, both.treated.nodes)
    assert both.baseline.nodes["heat"].max() == 0.0


def test_lhermitte_episodes_need_a_cervical_lesion():
    with_lesion = pt.simulate("cervical", seed=0)
    without = pt.simulate(pt.PEOPLE["cervical"].but(cervical_lesion=0.0), seed=0)
    assert with_lesion.nodes["lhermitte"].sum() > 0
    assert without.nodes["lhermitte"].sum() == 0
    assert without.nodes["ectopic_firing"].sum() == 0


def test_no_intervention_changes_lhermitte_episodes():
    base = pt.simulate("cervical", seed=0).nodes["lhermitte"]
    for name, dose in pt.FULL_DOSE.items():
        assert np.array_equal(pt.simulate("cervical", dose, seed=0).nodes["lhermitte"], base), name


def test_side_effects_only_with_the_option():
    plain = pt.simulate(EVERYTHING, pt.Interventions(dmd=True), seed=0)
    with_side = pt.simulate(EVERYTHING, pt.Interventions(dmd=True, dmd_side_effects=True), seed=0)
    assert plain.nodes["treatment_pain"].max() == 0.0
    assert with_side.nodes["treatment_pain"].max() > 0.0
    assert with_side.mean("spasticity") > plain.mean("spasticity")


def test_healthy_person_has_less_pain_than_each_example():
    for who, p in pt.PEOPLE.items():
        healthy = p.but(lesion_severity=1.0, spasticity_gain=0.0, cervical_lesion=0.0)
        assert pt.simulate(healthy).mean() < pt.simulate(who).mean(), who


def test_loops_amplify_pain_for_the_disuse_person():
    loops = pt.simulate("disuse").mean()
    broken = pt.simulate("disuse", edges_off=[("avoidance", "disuse")]).mean()
    assert loops > broken


# --------------------------------------------------------------------------- the tables
def test_disuse_table_matches_disuse_step():
    rng = np.random.default_rng(1)
    loss = rng.uniform(0, 30, 400)
    unused = rng.uniform(0, 1, 400)
    _, expected = disuse.disuse_step(0.0, loss, 1.0 - unused)
    ops = pt._ArrayOps(400)
    got = ops.bilin(loss, unused, pt._LOSS, pt._UNUSED, pt._disuse_table().ravel())
    assert np.abs(got - expected).max() < 0.02  # percentage points
    floats = [
        pt._FloatOps.bilin(a, b, pt._LOSS, pt._UNUSED, pt._disuse_table_list())
        for a, b in zip(loss[:20], unused[:20], strict=True)
    ]
    assert np.allclose(floats, got[:20], atol=1e-12)


def test_tables_match_their_link_functions():
    phi, force = pt._force_table()
    x = np.array([0.05, 0.33, 0.61])
    assert np.allclose(np.interp(x, phi, force), motor.max_force_fraction(x), atol=1e-4)
    delays, sway = pt._sway_table()
    d = np.array([0.102, 0.161, 0.2])
    assert np.allclose(np.interp(d, delays, sway), balance.sway_sd_vs_delay(d), rtol=2e-3)
    g = {e: 1.0 for e in EDGES}
    demand = np.array([40.0, 55.0])
    shifted, hip, flexion = pt._strategy_tables(demand, g)
    w = 0.4
    i = int(round((w - pt.W_MIN) * 1000))
    mix = compensation.strategy_mix(demand, 1.0 - w)
    assert np.allclose(shifted[:, i], mix.shifted_Nm)
    assert np.allclose(hip[:, i], mix.hip_relative_load)
    assert np.allclose(flexion[:, i], mix.extra_flexion_deg)
    lean = pt._lean_weakness_table()
    assert lean[i] == pytest.approx(gait.lean_needed_deg(min(1.0, pt.ABDUCTOR_RESERVE * 0.6)))
    f, inv = pt._endurance_table()
    et = compensation.endurance_min(0.25, place="hip")
    assert np.interp(0.25, f, inv) == pytest.approx(1 / et, rel=1e-3)
    angles, compression = pt._flexion_table()
    assert np.interp(33.0, angles, compression) == pytest.approx(
        spine.l5s1_load(70.0, 33.0).compression_N, rel=1e-4
    )


def test_the_pain_day_matches_the_pain_module():
    rng = np.random.default_rng(2)
    hours = rng.uniform(8, 15, (1, 30))
    static = rng.uniform(0.6, 1.0, (1, 30))
    strain0 = rng.uniform(0, 0.2, 30)
    pressure = rng.uniform(0.3, 1.2, 30)
    rest = pain.daily_pain_update(1.0, hours, pain.P_REST_MPA, static, pt.SLEEP_HOURS)
    unit = pain.daily_pain_update(0.0, hours, pain.P_REST_MPA + 1.0, static, pt.SLEEP_HOURS)
    direct = pain.daily_pain_update(strain0, hours[0], pressure, static[0], pt.SLEEP_HOURS)
    strain = (
        strain0 * rest["evening_strain_MPa_h"][0]
        + (pressure - pain.P_REST_MPA) * unit["evening_strain_MPa_h"][0]
    )
    assert np.allclose(strain, direct["evening_strain_MPa_h"], rtol=1e-12)
    # the loop's closed-form evening fatigue (alpha = fa x pressure, beta = fb) is the module's
    fa, fb = pain.fatigue_rates(1.0, static[0])
    alpha = fa * pressure
    fat = alpha / (alpha + fb + 1e-12) * (1.0 - np.exp(-(alpha + fb + 1e-12) * hours[0]))
    assert np.allclose(fat, direct["evening_fatigue"], rtol=1e-9)
    overnight = rest["next_strain_MPa_h"][0] / rest["evening_strain_MPa_h"][0]
    assert np.allclose(strain * overnight, direct["next_strain_MPa_h"], rtol=1e-12)


# --------------------------------------------------------------------------- analyses
def test_smallest_combinations_are_minimal():
    target = 3.2
    found = pt.smallest_combinations("heat", target)
    assert found
    for combo in found:
        assert pt.simulate("heat", pt.combination(combo)).mean() < target
        for drop in combo:
            rest = [c for c in combo if c != drop]
            assert pt.simulate("heat", pt.combination(rest)).mean() >= target


def test_levels_are_between_zero_and_one():
    lit = pt.levels(pt.simulate("heat"), 7)
    assert set(lit) == set(pt.NODE_IDS)
    assert all(0.0 <= v <= 1.0 for v in lit.values())
    assert lit["heat"] > pt.levels(pt.simulate("heat"), 1)["heat"]


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"lesion_severity": 0.5}, ValueError, r"lesion_severity must be between 1 and 12"),
        ({"heat_sensitivity": "high"}, TypeError, "heat_sensitivity must be a number"),
        ({"sitting_hours": 14.0, "standing_hours": 2.0}, ValueError, "leave time for walking"),
        ({"rest_days": 2.5}, ValueError, "rest_days must be a whole number"),
        ({"rest_days": 30}, ValueError, r"rest_days must be between 0 and 14"),
    ],
)
def test_bad_people_are_refused(kwargs, error, message):
    with pytest.raises(error, match=message):
        pt.Person(**kwargs)


def test_bad_settings_are_refused():
    with pytest.raises(ValueError, match="person must be a Person or one of"):
        pt.simulate("nobody")
    with pytest.raises(ValueError, match=r"cooling must be between 0 and 1"):
        pt.Interventions(cooling=2.0)
    with pytest.raises(ValueError, match="needs dmd=True"):
        pt.Interventions(dmd_side_effects=True)
    with pytest.raises(ValueError, match="unknown interventions"):
        pt.simulate("heat", ["massage"])
    with pytest.raises(ValueError, match=r"days must be between 1 and 3650 \(got 0\)"):
        pt.simulate("heat", days=0)
    with pytest.raises(TypeError, match="seed must be a whole number"):
        pt.simulate("heat", seed=-1)
    with pytest.raises(ValueError, match="start must be a date"):
        pt.simulate("heat", start="tomorrow-ish")
    with pytest.raises(ValueError, match="month must be between 1 and 12"):
        pt.levels(pt.simulate("heat"), 13)


def test_strategy_tables_between_grid_rows_match_the_link_function():
    g = {e: 1.0 for e in EDGES}
    demand = np.array([23.37, 41.9, 77.77])  # between rows of the demand grid
    shifted, hip, flexion = pt._strategy_tables(demand, g)
    for w in (0.0, 0.25, 0.55):
        i = int(round((w - pt.W_MIN) * 1000))
        mix = compensation.strategy_mix(demand, 1.0 - w)
        assert np.allclose(shifted[:, i], mix.shifted_Nm, rtol=1e-3, atol=1e-6)
        assert np.allclose(hip[:, i], mix.hip_relative_load, rtol=1e-3, atol=1e-6)
        assert np.allclose(flexion[:, i], mix.extra_flexion_deg, rtol=1e-3, atol=1e-3)


# --------------------------------------------------------------------------- the array API
def _array_run(n=24, days=120, seed=5):
    people = pt.random_people(n, seed)
    ivs = [
        pt.Interventions(training=float(i % 2), dmd=i % 3 == 0, dmd_side_effects=i % 6 == 0)
        for i in range(n)
    ]
    g = pt._gates(())
    draws = [pt._draws(s, days, 0) for s in range(n)]
    traits, inputs, doses = pt._people_inputs(list(people), ivs, draws, days, g)
    return people, ivs, traits, inputs, doses


def test_simulate_arrays_is_the_model_of_simulate_many():
    people, ivs, traits, inputs, doses = _array_run()
    many = pt.simulate_many(people, ivs, list(range(len(people))), days=120)
    arrays = pt.simulate_arrays(traits, inputs, doses)
    for node in pt.NODE_IDS:
        assert np.array_equal(arrays[node], many.values[node]), node
    assert np.array_equal(arrays["steps"], many.driver_values["steps"])


def test_simulate_arrays_in_chunks_gives_the_same_people(monkeypatch):
    _, _, traits, inputs, doses = _array_run(n=20)
    whole = pt.simulate_arrays(traits, inputs, doses, nodes=["back_pain", "lhermitte"])
    monkeypatch.setattr(pt, "CHUNK_PEOPLE", 7)
    parts = pt.simulate_arrays(traits, inputs, doses, nodes=["back_pain", "lhermitte"])
    for k in ("back_pain", "lhermitte"):
        assert np.allclose(whole[k], parts[k], atol=1e-12)


def test_a_training_start_changes_nothing_before_it_and_builds_up_after():
    _, _, traits, inputs, doses = _array_run(n=20, days=150)
    none = pt.simulate_arrays(traits, inputs, {**doses, "training": 0.0})
    start = np.zeros((20, 150))
    start[:, 40:] = 1.0
    later = pt.simulate_arrays(traits, inputs, {**doses, "training": start})
    assert np.array_equal(later["back_pain"][:, :40], none["back_pain"][:, :40])
    gain = later["weakness"] - none["weakness"]  # stronger: weakness falls as training builds up
    assert gain[:, 41].mean() < 0 and gain[:, 140].mean() < gain[:, 60].mean()
    assert later["back_pain"][:, 100:].mean() < none["back_pain"][:, 100:].mean()


def test_daily_inputs_and_a_counterfactual_share_every_random_day():
    n, days = 300, 90
    rng = np.random.default_rng(3)
    traits = {k: rng.uniform(lo, hi, n) for k, (lo, hi) in pt.COHORT_RANGES.items()}
    traits["has_lhermitte_sign"] = rng.random(n) < 0.2
    temp = np.full((n, days), 18.0)
    inputs = pt.daily_inputs(traits, temp, np.random.default_rng(4))
    assert inputs.lhermitte_spell[~traits["has_lhermitte_sign"]].sum() == 0
    base = pt.simulate_arrays(traits, inputs, nodes=["back_pain", "sitting_hours"])
    again = pt.simulate_arrays(traits, inputs, nodes=["back_pain", "sitting_hours"])
    assert np.array_equal(base["back_pain"], again["back_pain"])  # deterministic
    z = inputs.sitting_z.copy()
    z[:, 30] += 1.0 / pt.SITTING_SD_H  # one more hour of sitting on day 30 only
    more = pt.simulate_arrays(
        traits, pt.DailyInputs(**{**vars(inputs), "sitting_z": z}), nodes=["back_pain"]
    )
    diff = more["back_pain"] - base["back_pain"]
    assert np.array_equal(diff[:, :30], np.zeros((n, 30)))  # nothing changes before the day
    assert diff[:, 31].mean() > 0  # held load carries over to the next day's pain


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"steps": "lots"}, "steps"),
        ({"lesion_severity": 30.0}, "lesion_severity must be between"),
        ({"has_lhermitte_sign": 1}, "has_lhermitte_sign"),
        ({"wings": 1.0}, "unknown fields"),
    ],
)
def test_simulate_arrays_names_the_bad_trait(change, message):
    _, _, traits, inputs, doses = _array_run(n=4, days=20)
    bad = dict(traits)
    for k, v in change.items():
        bad[k] = np.full(4, v) if not isinstance(v, str) else np.array([v] * 4)
    with pytest.raises((ValueError, TypeError), match=message):
        pt.simulate_arrays(bad, inputs, doses)


def test_simulate_arrays_names_bad_doses_and_inputs():
    _, _, traits, inputs, doses = _array_run(n=4, days=20)
    with pytest.raises(ValueError, match="training must be between 0 and 1"):
        pt.simulate_arrays(traits, inputs, {"training": 2.0})
    with pytest.raises(ValueError, match="unknown names"):
        pt.simulate_arrays(traits, inputs, {"massage": 1.0})
    with pytest.raises(ValueError, match="pacing must be one value per person"):
        pt.simulate_arrays(traits, inputs, {"pacing": np.zeros((4, 20))})
    with pytest.raises(ValueError, match="relapse_u must hold uniforms"):
        pt.DailyInputs(**{**vars(inputs), "relapse_u": inputs.relapse_u + 1.0})
    with pytest.raises(ValueError, match="must have shape"):
        pt.DailyInputs(**{**vars(inputs), "steps_z": inputs.steps_z[:, :3]})
