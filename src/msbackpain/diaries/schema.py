"""The Table Schema (Frictionless Data) of the diary files, written out as datapackage.json.

Each field has a type, a unit, a description and constraints. Booleans are written 0/1
(``trueValues: ["1"]``, ``falseValues: ["0"]``) and missing values as empty cells. One
constraint goes beyond the Table Schema standard and is marked as such: ``multipleOf`` (EDSS
comes in steps of 0.5; sitting in half hours).
"""

from __future__ import annotations

from msbackpain.diaries.cohort import ANTI_SPASTICITY_DRUGS, COURSES, WALKING_LABELS
from msbackpain.diaries.drugs import DRUG_NAMES

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
        "Age at enrolment",
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
        maximum=65,
    ),
    _f(
        "years_since_diagnosis",
        "integer",
        "years",
        "Whole years since diagnosis at enrolment",
        required=True,
        minimum=0,
        maximum=45,
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
        "reports_heat_sensitivity",
        "boolean",
        "",
        "Answered yes to 'Do your symptoms get worse in the heat?' at enrolment (1 = yes)",
        required=True,
        **_B,
    ),
    _f(
        "dmd",
        "string",
        "",
        "Disease-modifying drug taken during the study (since before enrolment)",
        required=True,
        enum=list(DRUG_NAMES),
    ),
    _f(
        "anti_spasticity_drug",
        "string",
        "",
        "Anti-spasticity drug taken during the study",
        required=True,
        enum=list(ANTI_SPASTICITY_DRUGS),
    ),
    _f(
        "enrolled",
        "date",
        "",
        "First diary day (people enrolled on different days)",
        required=True,
        format="%Y-%m-%d",
    ),
    _f(
        "left_study",
        "date",
        "",
        "Last diary day of a person who left the study early (empty: stayed to the end)",
        required=False,
        format="%Y-%m-%d",
    ),
    _f(
        "physio_referral",
        "date",
        "",
        "Day the clinic referred the person to physiotherapy for back pain (empty: no referral)",
        required=False,
        format="%Y-%m-%d",
    ),
    _f(
        "physio_start",
        "date",
        "",
        "Day of the first physiotherapy session while in the study (empty: did not start)",
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
        "Day of the person's diary (1 = the day they enrolled)",
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
        "Steps counted by the pedometer that day (empty: device not worn; not tied to the "
        "written diary)",
        required=False,
        minimum=0,
        maximum=60000,
    ),
    _f(
        "sitting_hours",
        "number",
        "h",
        "Hours spent sitting, self-reported to the half hour (empty: not filled in)",
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
        "Day within 30 days after the onset of a relapse recorded by the clinic (1 = yes)",
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
        "Doses of MS medicines taken that day: disease-modifying drug (injection, capsule or "
        "infusion) and anti-spasticity drug (empty: not filled in)",
        required=False,
        minimum=0,
        maximum=10,
    ),
    _f(
        "side_effect",
        "boolean",
        "",
        "Felt a side effect of an MS medicine that day (e.g. flu-like symptoms, aches, "
        "headache, flushing, stomach upset, a reaction at the injection site or to an infusion) "
        "(empty: not filled in)",
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
