"""Instructional text for the demo modules, in English and French; the
traffic module also in Portuguese and Khmer (`traffic_translations.py`).

Each module is a plain dict (see `training.demo.load_module`): page
fields per language, lessons as lists of (block type, value) pairs in
the shared block set, and assessment questions with their explanations.
"""

from training.demo_content.public_services import MODULE as PUBLIC_SERVICES
from training.demo_content.traffic import MODULE as TRAFFIC
from training.demo_content.traffic_translations import KM, PT
from training.demo_content.water import MODULE as WATER


def _with_translations(spec: dict, translations: dict[str, dict]) -> dict:
    """`spec` with each language of `translations` beside English and French."""
    spec = {**spec, "lessons": [dict(lesson) for lesson in spec["lessons"]]}
    spec["questions"] = [dict(question) for question in spec["questions"]]
    for language, text in translations.items():
        spec[language] = text["module"]
        for lesson in spec["lessons"]:
            lesson[language] = text["lessons"][lesson["slug"]]
        for question, translated in zip(spec["questions"], text["questions"], strict=True):
            question[language] = translated
    spec["translated_into"] = list(translations)
    return spec


TRAFFIC = _with_translations(TRAFFIC, {"pt": PT, "km": KM})

MODULES = [TRAFFIC, WATER, PUBLIC_SERVICES]
