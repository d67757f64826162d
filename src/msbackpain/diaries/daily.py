"""The vectorised daily model behind the diaries: what really happened to each person each day.

A simplified, fast version of the whole-chain patient model (:mod:`msbackpain.whole_chain`):
``whole_chain.simulate_many`` steps the full chain and runs about 60,000 person-days a second,
far too slow for 10,000 people × 365 days, so this module keeps the same *structure* (weather
→ body warming → fatigue; relapses that remit; sitting load → pain; pain → fear → less
activity; a disease-modifying drug with side effects; neck flexion on a cervical lesion →
Lhermitte episodes) with the patient module's wiring constants for climate, heat and relapses,
the Lhermitte module's trigger probability and the medication module's published side-effect
rates, and summarises the rest as linear effects whose sizes are listed in :data:`EFFECTS`
(every one a teaching assumption, each with a unit; :data:`EFFECT_SOURCES` names the studies
that informed some of them, and two of them disagree with a study: physiotherapy lowers pain
by more than exercise trials in MS suggest (Demaneuf et al. 2019), and fatigue carries over
positively from day to day, whereas in one diary study of people with MS a day of higher
fatigue was followed by lower fatigue the next day (Kratz et al. 2017)). All arrays are
people × days; the only Python loops run over days (autoregressive terms), never over people
or rows.
"""

from __future__ import annotations

import numpy as np

from msbackpain import lhermitte, medication, whole_chain

#: Effect sizes of the daily model: (value, unit, description). Every size is a teaching
#: assumption (grade "assumption" in ground_truth.json); :data:`EFFECT_SOURCES` names the studies
#: that informed some of them.
EFFECTS = {
    "heat_on_fatigue": (
        0.35,
        "fatigue points (0–10) per °C of outdoor temperature above "
        f"{whole_chain.COMFORT_TEMPERATURE_C:g} °C, in heat-sensitive people only",
        "heat → fatigue (Uhthoff-like worsening in the heat)",
    ),
    "sitting_yesterday_on_pain": (
        0.25,
        "back-pain points (0–10) per hour of sitting the day before",
        "sitting (lumbar load) → back pain the next day",
    ),
    "fatigue_on_pain": (
        0.2,
        "back-pain points per fatigue point the same day",
        "fatigue (tired helper muscles) → back pain",
    ),
    "physio_on_pain": (
        -1.5,
        "back-pain points once physiotherapy has taken full effect",
        "physiotherapy → back pain (builds up with a time constant)",
    ),
    "physio_time_constant": (14.0, "days", "how fast the physiotherapy effect builds up"),
    "relapse_on_pain": (1.0, "back-pain points at relapse onset (remits)", "relapse → pain"),
    "relapse_on_fatigue": (2.0, "fatigue points at relapse onset (remits)", "relapse → fatigue"),
    "relapse_on_spasticity": (
        1.5,
        "spasticity points at relapse onset (remits)",
        "relapse → spasticity",
    ),
    "side_effect_on_pain": (1.5, "back-pain points on a side-effect day", "side effect → pain"),
    "side_effect_on_fatigue": (1.5, "fatigue points on a side-effect day", "side effect → fatigue"),
    "baclofen_on_spasticity": (-1.5, "spasticity points", "anti-spasticity drug → spasticity"),
    "edss_on_pain": (0.35, "back-pain points per EDSS step of 1", "disability → usual pain"),
    "fear_on_pain": (1.0, "back-pain points per unit of fear-avoidance tendency", "fear → pain"),
    "edss_on_steps": (
        -0.3,
        "change in log(usual daily steps) per EDSS step of 1 above 2",
        "disability → usual walking (the confounder of steps and pain)",
    ),
    "pain_yesterday_on_steps": (
        -0.06,
        "change in log(steps) per back-pain point yesterday above the person's usual, per unit "
        "of fear-avoidance tendency",
        "pain → fear → avoidance of walking",
    ),
    "weekday_sitting": (1.5, "extra hours of sitting on weekdays (Mon–Fri)", "weekday → sitting"),
    "weekend_steps": (-0.2, "change in log(steps) on Saturday and Sunday", "weekend → steps"),
    "steps_on_pain": (0.0, "back-pain points per 1000 steps: NO causal effect", "none"),
    "pain_persistence": (
        0.6,
        "day-to-day autocorrelation of the unexplained pain variation (dimensionless)",
        "AR(1): a simulation assumption",
    ),
    "pain_noise_sd": (1.0, "back-pain points", "day-to-day variation not explained"),
    "fatigue_persistence": (
        0.5,
        "day-to-day autocorrelation of the unexplained fatigue variation (dimensionless)",
        "AR(1): a simulation assumption; one diary study in MS found the opposite sign (a day of "
        "higher fatigue was followed by lower fatigue the next day)",
    ),
    "fatigue_noise_sd": (1.0, "fatigue points", "day-to-day variation not explained"),
    "spasticity_noise_sd": (0.8, "spasticity points", "day-to-day variation not explained"),
    "heat_wave_extra_c": (6.0, "°C added on heat-wave days", "weather"),
    "heat_waves_per_summer": (2.0, "expected heat waves per summer (June–August)", "weather"),
    "relapse_length_days": (21, "days marked as relapse days after an onset", "observation"),
    "physio_sessions_per_week": (2, "sessions (Mon, Thu) with 85% attendance", "treatment"),
    "physio_start_probability": (
        0.45,
        "chance a person starts physiotherapy during the study at usual pain 5; higher with "
        "higher usual pain (confounding by indication)",
        "usual pain → physiotherapy",
    ),
    "side_effect_per_injection": (
        0.3,
        "chance of a side-effect day after a weekly interferon injection; in one trial of a "
        "low-dose, once-weekly interferon beta-1a regimen in secondary-progressive MS, "
        f"{medication.published_rates('interferon beta-1a')['flu-like symptoms']:.0%} of the "
        "people on the drug reported flu-like symptoms",
        "interferon → side-effect days",
    ),
    "neck_flexions_per_day": (
        10,
        f"neck flexions a day to {whole_chain.NECK_PEAK_DEG:g}° (the patient module's peak angle)",
        "neck flexion → Lhermitte",
    ),
}

#: Studies that informed an effect's size or direction (the size itself is still assumed), and
#: where a study disagrees with the effect (see the datasheet).
EFFECT_SOURCES = {
    "heat_on_fatigue": ("flensner2011",),
    "fatigue_on_pain": ("kratz2017",),
    "physio_on_pain": ("demaneuf2019",),
    "edss_on_steps": ("motl2013",),
    "fatigue_persistence": ("kratz2017",),
    "side_effect_per_injection": ("andersen2004",),
}

GRAPH_EDGES = (
    ("outdoor_temperature", "fatigue"),
    ("heat_sensitivity", "fatigue"),
    ("relapse", "fatigue"),
    ("relapse", "spasticity"),
    ("relapse", "back_pain"),
    ("relapse", "lhermitte_episodes"),
    ("cervical_lesion", "lhermitte_episodes"),
    ("weekday", "sitting_hours"),
    ("weekday", "steps"),
    ("sitting_hours", "back_pain (next day)"),
    ("fatigue", "back_pain"),
    ("physiotherapy", "back_pain"),
    ("back_pain", "steps (next day)"),
    ("fear_avoidance", "steps (next day)"),
    ("fear_avoidance", "back_pain"),
    ("edss", "back_pain"),
    ("edss", "steps"),
    ("back_pain", "physiotherapy (who starts)"),
    ("dmd", "relapse"),
    ("dmd", "medication_taken"),
    ("medication_taken", "side_effect"),
    ("side_effect", "back_pain"),
    ("side_effect", "fatigue"),
    ("anti_spasticity_drug", "spasticity"),
    ("anti_spasticity_drug", "medication_taken"),
)


def e(name):
    return EFFECTS[name][0]


def weather(rng, days, start_doy):
    """Outdoor temperature (°C) for the region, one value per day, and heat-wave days."""
    doy = (start_doy + np.arange(days)) % 365
    seasonal = whole_chain.CLIMATE_MEAN_C + whole_chain.CLIMATE_AMPLITUDE_C * np.cos(
        2 * np.pi * (doy - whole_chain.WARMEST_DAY_OF_YEAR) / 365.0
    )
    shocks = rng.normal(0.0, whole_chain.WEATHER_SD_C, days)
    noise = np.empty(days)
    prev = 0.0
    for t in range(days):
        prev = whole_chain.WEATHER_PERSISTENCE * prev + shocks[t]
        noise[t] = prev
    summer = (doy >= 151) & (doy < 243)
    starts = summer & (rng.random(days) < e("heat_waves_per_summer") / 92.0)
    lengths = rng.integers(3, 8, days)
    wave = np.zeros(days, dtype=bool)
    for t in np.flatnonzero(starts):
        wave[t : t + lengths[t]] = True
    temp = seasonal + noise + e("heat_wave_extra_c") * wave
    return np.round(temp, 1), wave


def _ar1(shocks, rho, block=128):
    """x_t = rho x_(t-1) + shock_t along axis 1, computed in blocks of days with cumulative
    sums (x_t = rho^t Σ shock_s rho^-s), so the only loop runs over blocks of days."""
    n, days = shocks.shape
    out = np.empty(shocks.shape)
    state = np.zeros(n)
    for b0 in range(0, days, block):
        k = min(block, days - b0)
        powers = rho ** np.arange(k)
        out[:, b0 : b0 + k] = powers * (
            rho * state[:, None] + np.cumsum(shocks[:, b0 : b0 + k] / powers, axis=1)
        )
        state = out[:, b0 + k - 1]
    return out


def simulate_days(c, rng, days, start_date_weekday, start_doy):
    """Every person's true days (arrays people × days) and the per-person settings used."""
    n = len(c["female"])
    t = np.arange(days)
    weekday = (start_date_weekday + t) % 7  # 0 = Monday
    is_weekend = weekday >= 5
    temp, wave = weather(rng, days, start_doy)
    excess = np.maximum(temp - whole_chain.COMFORT_TEMPERATURE_C, 0.0)

    # relapses: Poisson onsets (at most one a day), activity that remits over weeks
    onset = rng.random((n, days)) < (c["relapse_rate"][:, None] / 365.0)
    activity = _ar1(onset.astype(float), np.exp(-1.0 / whole_chain.REMISSION_DAYS))
    started = np.cumsum(onset, axis=1)
    length = int(e("relapse_length_days"))
    relapse_day = started > 0
    relapse_day[:, length:] = started[:, length:] > started[:, :-length]

    # medication: interferon injected once a week, baclofen three doses a day
    inject_weekday = rng.integers(0, 7, n)  # once a week, on each person's own weekday
    adherence = rng.random((n, days)) < 0.9
    injected = c["dmd"][:, None] & (weekday[None, :] == inject_weekday[:, None]) & adherence
    baclofen_doses = np.where(c["anti_spasticity"][:, None], rng.binomial(3, 0.9, (n, days)), 0)
    med_taken = injected.astype(np.int64) + baclofen_doses
    side = np.zeros((n, days), dtype=bool)
    side[:, 1:] = injected[:, :-1] & (rng.random((n, days - 1)) < e("side_effect_per_injection"))

    # fatigue
    f0 = np.clip(2.5 + 0.4 * c["edss"] + rng.normal(0, 1.0, n), 0.5, 8.0)
    fatigue = (
        f0[:, None]
        + e("heat_on_fatigue") * c["heat_sensitive"][:, None] * excess[None, :]
        + e("relapse_on_fatigue") * activity
        + e("side_effect_on_fatigue") * side
        + _ar1(rng.normal(0, e("fatigue_noise_sd"), (n, days)), e("fatigue_persistence"))
    )
    # spasticity
    s0 = np.clip(0.6 * c["edss"] + rng.normal(0, 1.0, n), 0.0, 8.0)
    spasticity = (
        s0[:, None]
        + e("baclofen_on_spasticity") * c["anti_spasticity"][:, None]
        + e("relapse_on_spasticity") * activity
        + rng.normal(0, e("spasticity_noise_sd"), (n, days))
    )
    # sitting
    habit_sit = np.clip(rng.normal(6.0 + 0.4 * c["edss"], 1.5, n), 2.0, 12.0)
    sitting = np.clip(
        habit_sit[:, None]
        + e("weekday_sitting") * (~is_weekend)[None, :]
        - e("weekday_sitting") * 5 / 7
        + rng.normal(0, whole_chain.SITTING_SD_H, (n, days)),
        0.0,
        16.0,
    )
    sitting = np.round(sitting * 2) / 2  # people write half hours
    sit_prev = np.concatenate([sitting[:, :1], sitting[:, :-1]], axis=1)
    # usual pain and physiotherapy (who starts depends on usual pain: confounding by indication)
    p0 = np.clip(
        0.3
        + e("edss_on_pain") * c["edss"]
        + e("fear_on_pain") * c["fear_avoidance"]
        + rng.normal(0, 1.0, n),
        0.0,
        7.0,
    )
    usual = p0 + e("sitting_yesterday_on_pain") * habit_sit + e("fatigue_on_pain") * f0
    logit = np.log(e("physio_start_probability") / (1 - e("physio_start_probability")))
    p_start = 1 / (1 + np.exp(-(logit + 0.6 * (usual - 5.0))))
    starts_physio = rng.random(n) < p_start
    physio_start = np.where(
        starts_physio, rng.integers(days // 4, max(days // 4 + 1, 3 * days // 4), n), -1
    )
    since = t[None, :] - physio_start[:, None]
    on_physio = (physio_start[:, None] >= 0) & (since >= 0)
    physio_effect = np.where(
        on_physio, 1.0 - np.exp(-np.maximum(since, 0) / e("physio_time_constant")), 0.0
    )
    session = on_physio & np.isin(weekday, (0, 3))[None, :] & (rng.random((n, days)) < 0.85)
    pain = (
        p0[:, None]
        + e("sitting_yesterday_on_pain") * sit_prev
        + e("fatigue_on_pain") * fatigue
        + e("physio_on_pain") * physio_effect
        + e("relapse_on_pain") * activity
        + e("side_effect_on_pain") * side
        + _ar1(rng.normal(0, e("pain_noise_sd"), (n, days)), e("pain_persistence"))
    )
    # steps: usual walking set by EDSS; fewer at weekends; pain yesterday → avoidance
    habit_steps = 7000.0 * np.exp(
        e("edss_on_steps") * np.maximum(c["edss"] - 2.0, 0.0) + rng.normal(0, 0.25, n)
    )
    pain_prev = np.concatenate([pain[:, :1], pain[:, :-1]], axis=1)
    log_steps = (
        np.log(habit_steps)[:, None]
        + e("weekend_steps") * is_weekend[None, :]
        + e("pain_yesterday_on_steps") * c["fear_avoidance"][:, None] * (pain_prev - usual[:, None])
        + rng.normal(0, whole_chain.STEPS_LOG_SD, (n, days))
    )
    steps = np.minimum(np.round(np.exp(log_steps)), 40000).astype(np.int64)
    # Lhermitte: neck flexions on a cervical lesion made more sensitive by relapse activity
    sev = np.minimum(c["cervical_severity"][:, None] * (1.0 + activity), 1.0)
    p_trig = lhermitte.trigger_probability(whole_chain.NECK_PEAK_DEG, sev)
    lherm = rng.poisson(e("neck_flexions_per_day") * p_trig)
    return {
        "temperature": temp,
        "heat_wave": wave,
        "weekday": weekday,
        "relapse_onset": onset,
        "relapse_day": relapse_day,
        "relapse_activity": activity,
        "fatigue": fatigue,
        "spasticity": spasticity,
        "sitting": sitting,
        "pain": pain,
        "steps": steps,
        "lhermitte": lherm,
        "medication_taken": med_taken,
        "side_effect": side,
        "physio_session": session,
        "physio_start": physio_start,
        "inject_weekday": inject_weekday,
        "usual_pain": usual,
        "usual_fatigue": f0,
        "habit_sitting": habit_sit,
        "habit_steps": habit_steps,
    }
