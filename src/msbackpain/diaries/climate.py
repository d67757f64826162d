"""The weather of the study city: daily MEAN air temperatures of a temperate climate.

One shared series covers the whole calendar of a study (people enrol on different days, so their
diary windows cover different seasons). The daily mean is a seasonal normal (a cosine over the
year), plus a persistent day-to-day anomaly (an AR(1) process: warm and cold spells last days),
plus occasional summer heat waves of a few days:

    T(d) = MEAN + AMPLITUDE · cos(2π (doy(d) − WARMEST_DAY) / 365.25) + a(d) + w(d),
    a(d) = PERSISTENCE · a(d − 1) + ε(d),  ε ~ N(0, SHOCK_SD²),

with w(d) the heat-wave excess on heat-wave days, and the hottest daily means compressed
smoothly below a ceiling (:func:`soft_ceiling`). The sizes describe a central European city in
round numbers (a daily mean of about 0–1 °C in January and 19–20 °C in July); they are teaching
choices, not fitted to any weather record. Daily *means* stay below about 28 °C on almost every
day: the afternoon maximum is higher than the daily mean.

The weather service's ``heat_wave`` flag marks runs of at least :data:`HEAT_WAVE_MIN_DAYS` days
with a daily mean of at least :data:`HEAT_WAVE_THRESHOLD_C` (a flag rule chosen for teaching).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Annual mean of the daily mean air temperature: a temperate (central European) city, a
#: teaching choice. [assumption]
ANNUAL_MEAN_C = 10.0
#: Half the difference between the warmest and the coldest month's normal. [assumption]
SEASONAL_AMPLITUDE_C = 9.5
#: Warmest day of the normal year (counted from 1 January): late July. [assumption | day of year]
WARMEST_DAY = 205
#: Day-to-day persistence of the anomaly (AR(1) coefficient): spells last several days.
#: [assumption | dimensionless]
PERSISTENCE = 0.8
#: Standard deviation of the anomaly itself (not of its daily shocks). [assumption]
ANOMALY_SD_C = 3.0
#: Expected heat waves per summer (June to August). [assumption | per summer]
HEAT_WAVES_PER_SUMMER = 1.5
#: Extra warmth at the peak of a heat wave, added with a rise and fall over its days. [assumption]
HEAT_WAVE_PEAK_C = 4.0
#: Daily means above this are compressed smoothly towards :data:`DAILY_MEAN_CEILING_C`: record
#: daily means of temperate cities lie near 30 °C, so a daily mean above about 28 °C is rare.
#: [assumption]
SOFT_CEILING_START_C = 26.0
#: Highest daily mean the series approaches (a record day). [assumption]
DAILY_MEAN_CEILING_C = 30.0
#: Shortest and longest heat wave. [assumption | days]
HEAT_WAVE_DAYS = (3, 8)
#: The weather service's flag: a run of this many days ... [setting | days]
HEAT_WAVE_MIN_DAYS = 3
#: ... with a daily mean of at least this temperature. [setting]
HEAT_WAVE_THRESHOLD_C = 23.0


def normal(dates: pd.DatetimeIndex) -> np.ndarray:
    """The seasonal normal of the daily mean (°C) on each date."""
    doy = dates.day_of_year.to_numpy(dtype=float)
    return ANNUAL_MEAN_C + SEASONAL_AMPLITUDE_C * np.cos(2 * np.pi * (doy - WARMEST_DAY) / 365.25)


def daily_means(dates: pd.DatetimeIndex, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Daily mean temperatures (°C, one decimal) and the heat-wave flag for ``dates``."""
    n = len(dates)
    shock_sd = ANOMALY_SD_C * np.sqrt(1.0 - PERSISTENCE**2)
    eps = rng.normal(0.0, shock_sd, n)
    anomaly = np.empty(n)
    level = rng.normal(0.0, ANOMALY_SD_C)
    for t in range(n):
        level = PERSISTENCE * level + eps[t] if t else level
        anomaly[t] = level
    summer = np.isin(dates.month.to_numpy(), (6, 7, 8))
    starts = summer & (rng.random(n) < HEAT_WAVES_PER_SUMMER / 92.0)
    lengths = rng.integers(HEAT_WAVE_DAYS[0], HEAT_WAVE_DAYS[1] + 1, n)
    wave = np.zeros(n)
    for t in np.flatnonzero(starts):
        k = min(int(lengths[t]), n - t)
        shape = np.sin(np.pi * (np.arange(k) + 0.5) / lengths[t])  # rise and fall
        wave[t : t + k] = np.maximum(wave[t : t + k], HEAT_WAVE_PEAK_C * shape)
    temp = np.round(soft_ceiling(normal(dates) + anomaly + wave), 1)
    return temp, heat_wave_flag(temp)


def soft_ceiling(temp):
    """T below SOFT_CEILING_START_C unchanged; above it, start + room·tanh((T − start)/room),
    which never exceeds DAILY_MEAN_CEILING_C (room = ceiling − start)."""
    t = np.asarray(temp, dtype=float)
    room = DAILY_MEAN_CEILING_C - SOFT_CEILING_START_C
    above = SOFT_CEILING_START_C + room * np.tanh((t - SOFT_CEILING_START_C) / room)
    return np.where(t > SOFT_CEILING_START_C, above, t)


def heat_wave_flag(temp: np.ndarray) -> np.ndarray:
    """Days inside a run of at least HEAT_WAVE_MIN_DAYS days at or above the threshold."""
    hot = np.asarray(temp) >= HEAT_WAVE_THRESHOLD_C
    flag = np.zeros(hot.size, dtype=bool)
    start = None
    for t, h in enumerate(np.append(hot, False)):
        if h and start is None:
            start = t
        elif not h and start is not None:
            if t - start >= HEAT_WAVE_MIN_DAYS:
                flag[start:t] = True
            start = None
    return flag
