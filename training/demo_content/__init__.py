"""Instructional text for the demo modules, in English and French.

Each module is a plain dict (see `training.demo.load_module`): page
fields per language, lessons as lists of (block type, value) pairs in
the shared block set, and assessment questions with their explanations.
"""

from training.demo_content.public_services import MODULE as PUBLIC_SERVICES
from training.demo_content.traffic import MODULE as TRAFFIC
from training.demo_content.water import MODULE as WATER

MODULES = [TRAFFIC, WATER, PUBLIC_SERVICES]
