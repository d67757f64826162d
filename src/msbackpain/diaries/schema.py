"""The Table Schema (Frictionless Data) of the diary files, written out as datapackage.json.

Each field has a type, a unit, a description and constraints. Booleans are written 0/1
(``trueValues: ["1"]``, ``falseValues: ["0"]``) and missing values as empty cells. One
constraint goes beyond the Table Schema standard and is marked as such: ``multipleOf`` (EDSS
comes in steps of 0.5; sitting in half hours).
"""

from __future__ import annotations

from msbackpain.diaries.cohort import COURSES, WALKING_LABELS

_B = {"trueValues": ["1"], "falseValues": ["0"]}


def _f(name, type_, unit, description, **constraints):
    field = {"name": name, "type": type_, "unit": unit, "description": description}
    extra = {
        k: constraints.pop(k) for k in ("trueValues", "falseValues", "format") if k in constraints
    }
    field.update(extra)
    field["constraints"] = constraints
    return field


ID = dict(required=True, pattern="P[0-9]{4}")

PATIENT_FIELDS = [
    _f(
        "patient_id",
        "string",
        "",
        "Pseudonymous identifier of a simulated person",
        unique=True,
        **ID,
    ),
    _f("sex", "string", "", "Sex recorded at the clinic", required=True, enum=["female", "male"]),
    _f(
        "age",
        "integer",
        "years",
        "Age at the start of the diary",
        required=True,
        minimum=16,
        maximum=100,
    ),
    _f(
        "age_at_diagnosis",
        "integer",
        "years",
        "Age when MS was diagnosed",
        required=True,
        minimum=16,
        maximum=60,
    ),
    _f(
        "years_since_diagnosis",
        "integer",
        "years",
        "Whole years since diagnosis at the start of the diary",
        required=True,
        minimum=0,
        maximum=35,
    ),
    _f("ms_course", "string", "", "Course of MS", required=True, enum=list(COURSES)),
    _f(
        "edss",
        "number",
        "EDSS points",
        "Expanded Disability Status Scale (Kurtzke 1983), 0–10 in steps of 0.5",
        required=True,
        minimum=0,
        maximum=10,
        multipleOf=0.5,
    ),
    _f(
        "walking",
        "string",
        "",
        "Walking ability that goes with the EDSS (Kurtzke 1983)",
        required=True,
        enum=list(WALKING_LABELS),
    ),
    _f(
        "cervical_lesion",
        "boolean",
        "",
        "A lesion in the neck part of the spinal cord on MRI (1 = yes)",
        required=True,
        **_B,
    ),
    _f(
        "dmd",
        "string",
        "",
        "Disease-modifying drug",
        required=True,
        enum=["interferon beta", "none"],
    ),
    _f(
        "anti_spasticity_drug",
        "string",
        "",
        "Anti-spasticity drug",
        required=True,
        enum=["baclofen", "none"],
    ),
    _f(
        "physio_start",
        "date",
        "",
        "Day physiotherapy started during the study (empty: did not start)",
        required=False,
        format="%Y-%m-%d",
    ),
]

DIARY_FIELDS = [
    _f(
        "patient_id",
        "string",
        "",
        "Pseudonymous identifier of a simulated person (see patients.csv)",
        **ID,
    ),
    _f("date", "date", "", "Diary day", required=True, format="%Y-%m-%d"),
    _f(
        "study_day",
        "integer",
        "days",
        "Day of the study (1 = first diary day)",
        required=True,
        minimum=1,
        maximum=3650,
    ),
    _f(
        "back_pain",
        "integer",
        "points (0–10)",
        "Back pain in the evening, 0 = none, 10 = worst imaginable (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=10,
    ),
    _f(
        "fatigue",
        "integer",
        "points (0–10)",
        "Fatigue over the day (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=10,
    ),
    _f(
        "spasticity",
        "integer",
        "points (0–10)",
        "Stiffness and spasms over the day (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=10,
    ),
    _f(
        "steps",
        "integer",
        "steps/day",
        "Steps counted that day (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=60000,
    ),
    _f(
        "sitting_hours",
        "number",
        "h",
        "Hours spent sitting, to the half hour (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=24,
        multipleOf=0.5,
    ),
    _f(
        "temperature_c",
        "number",
        "°C",
        "Outdoor daily mean temperature from the nearest weather station",
        required=True,
        minimum=-30,
        maximum=50,
    ),
    _f(
        "heat_wave",
        "boolean",
        "",
        "Heat-wave day announced by the weather service (1 = yes)",
        required=True,
        **_B,
    ),
    _f(
        "lhermitte_episodes",
        "integer",
        "episodes/day",
        "Electric-shock sensations down the spine on bending the neck (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=100,
    ),
    _f(
        "relapse",
        "boolean",
        "",
        "Day within a relapse confirmed by the clinic (1 = yes)",
        required=True,
        **_B,
    ),
    _f(
        "physio_session",
        "boolean",
        "",
        "Physiotherapy session attended, from the clinic's records (1 = yes)",
        required=True,
        **_B,
    ),
    _f(
        "medication_taken",
        "integer",
        "doses",
        "Doses of prescribed MS medicines taken (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=10,
    ),
    _f(
        "side_effect",
        "boolean",
        "",
        "Felt a side effect of a medicine (flu-like, aches, headache) (empty: not filled in)",
        required=False,
        **_B,
    ),
]

PATIENT_NAMES = [f["name"] for f in PATIENT_FIELDS]
DIARY_NAMES = [f["name"] for f in DIARY_FIELDS]

SCHEMAS = {
    "patients": {"fields": PATIENT_FIELDS, "primaryKey": ["patient_id"], "missingValues": [""]},
    "diary": {
        "fields": DIARY_FIELDS,
        "primaryKey": ["patient_id", "date"],
        "missingValues": [""],
        "foreignKeys": [
            {
                "fields": ["patient_id"],
                "reference": {"resource": "patients", "fields": ["patient_id"]},
            }
        ],
    },
}


def datapackage(version: str) -> dict:
    """The datapackage.json descriptor for the files in data/."""
    res = []
    for name, path, title in (
        ("patients", "patients.csv", "Simulated people with MS (one row per person)"),
        ("diary", "diary.csv", "Their simulated daily diaries (one row per person per day)"),
    ):
        res.append(
            {
                "name": name,
                "path": path,
                "title": title,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": SCHEMAS[name],
            }
        )
    res.append(
        {
            "name": "diary_raw",
            "path": "diary_raw.csv",
            "title": "A deliberately messy export of diary.csv for a cleaning exercise (no schema: "
            "it breaks the diary schema on purpose; see README.md)",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
        }
    )
    res.append(
        {
            "name": "ground_truth",
            "path": "ground_truth.json",
            "title": "The true causes: graph, effect sizes with units, hidden traits, seed",
            "format": "json",
            "mediatype": "application/json",
        }
    )
    return {
        "name": "msbackpain-simulated-diaries",
        "title": "Simulated diaries of people with MS (teaching data, NOT patient data)",
        "version": version,
        "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "description": "Simulated by msbackpain.diaries (see README.md). Every value is simulated; "
        "no real person is described. The unit of each field is in its 'unit' property. "
        "'multipleOf' is a constraint beyond the Table Schema standard.",
        "resources": res,
    }
