"""Demo experts: a skills taxonomy and 40-odd experts from Paris, Phnom Penh
and Rio de Janeiro, with plausible skills, languages and availability.

Idempotent: records are found by natural key (skill slug, e-mail) and
brought to the described state. Runs after `exchange.demo.load()`.
"""

import datetime
import random

from allauth.account.models import EmailAddress

from django.contrib.auth.hashers import make_password
from django.db import transaction

from core.demo import DEMO_PASSWORD
from core.models import City, Domain, Organisation, User
from core.roles import Role
from core.services import user_join_role
from experts.models import Availability, ExpertLanguage, ExpertProfile, ExpertSkill, Skill

SKILLS = {
    "traffic-mobility": [
        ("traffic-signal-timing", "Traffic signal timing", "Régulation des feux"),
        ("traffic-modelling", "Traffic modelling", "Modélisation du trafic"),
        ("parking-policy", "Parking policy", "Politique de stationnement"),
        (
            "public-transport-operations",
            "Public transport operations",
            "Exploitation des transports publics",
        ),
        ("road-safety-audit", "Road safety audit", "Audit de sécurité routière"),
    ],
    "water-sanitation": [
        ("leak-detection", "Leak detection", "Recherche de fuites"),
        ("drainage-planning", "Drainage and flood planning", "Assainissement et inondations"),
        ("water-quality", "Water quality monitoring", "Contrôle de la qualité de l'eau"),
        ("non-revenue-water", "Non-revenue water reduction", "Réduction des pertes en eau"),
    ],
    "urban-development": [
        (
            "heritage-restoration",
            "Heritage building restoration",
            "Restauration du patrimoine bâti",
        ),
        ("urban-planning-regulation", "Urban planning regulations", "Règlements d'urbanisme"),
        ("social-housing", "Social housing programmes", "Programmes de logement social"),
        ("land-registry", "Land registry and cadastre", "Cadastre"),
    ],
    "public-spaces": [
        ("public-space-design", "Public space design", "Conception d'espaces publics"),
        ("urban-lighting", "Urban lighting", "Éclairage urbain"),
        ("parks-maintenance", "Parks and trees maintenance", "Entretien des parcs et arbres"),
    ],
    "local-public-services": [
        ("waste-collection", "Waste collection", "Collecte des déchets"),
        ("civil-registry", "Civil registry services", "État civil"),
        ("municipal-finance", "Municipal finance", "Finances municipales"),
        ("training-of-trainers", "Training of trainers", "Formation de formateurs"),
    ],
}

# (city slug, e-mail prefix, first names, last names, mother tongue, other languages)
PEOPLE = {
    "paris": (
        [
            "Camille",
            "Julien",
            "Sophie",
            "Thomas",
            "Isabelle",
            "Nicolas",
            "Hélène",
            "Antoine",
            "Élodie",
            "Mathieu",
            "Nathalie",
            "Pierre",
            "Aurélie",
            "Olivier",
            "Claire",
            "Rémi",
        ],
        [
            "Martin",
            "Bernard",
            "Moreau",
            "Laurent",
            "Garnier",
            "Rousseau",
            "Fontaine",
            "Chevalier",
            "Girard",
            "Lambert",
            "Bonnet",
            "Mercier",
            "Faure",
            "Blanc",
            "Guérin",
            "Roux",
        ],
        "fr",
        [("en", (4, 6)), ("pt", (2, 5)), ("km", (1, 5)), ("es", (2, 5))],
    ),
    "phnom-penh": (
        [
            "Sokha",
            "Dara",
            "Vannak",
            "Sreymom",
            "Rithy",
            "Chantha",
            "Bopha",
            "Piseth",
            "Kosal",
            "Sophea",
            "Vuthy",
            "Malis",
            "Nary",
            "Sambath",
        ],
        [
            "Chan",
            "Sok",
            "Keo",
            "Meas",
            "Heng",
            "Lim",
            "Phan",
            "Nhem",
            "Ouk",
            "Prak",
            "Seng",
            "Touch",
            "Yim",
            "Long",
        ],
        "km",
        [("en", (3, 6)), ("fr", (2, 6)), ("vi", (2, 4))],
    ),
    "rio-de-janeiro": (
        [
            "Ana",
            "João",
            "Mariana",
            "Rafael",
            "Beatriz",
            "Lucas",
            "Fernanda",
            "Gabriel",
            "Juliana",
            "Pedro",
            "Camila",
            "Thiago",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Costa",
            "Pereira",
            "Almeida",
            "Ferreira",
            "Rodrigues",
            "Carvalho",
            "Gomes",
            "Barbosa",
        ],
        "pt",
        [("en", (3, 6)), ("fr", (2, 6)), ("es", (3, 6))],
    ),
}

BASE_DATE = datetime.date(2027, 1, 1)


def load_skills() -> None:
    for domain_slug, skills in SKILLS.items():
        domain = Domain.objects.get(slug=domain_slug)
        for slug, name, name_fr in skills:
            Skill.objects.get_or_create(
                slug=slug, defaults={"domain": domain, "name": name, "name_fr": name_fr}
            )


def demo_user(
    *,
    email: str,
    first: str,
    last: str,
    organisation: Organisation,
    roles: tuple[Role, ...],
    password: str,
    job_title: str = "",
) -> User:
    """A demo account with a verified address; `password` is already hashed
    (hashing it once for 40 accounts keeps `load_demo` fast). An account
    that exists is left as it is."""
    user, created = User.objects.get_or_create(
        email=email,
        defaults={
            "first_name": first,
            "last_name": last,
            "city": organisation.city,
            "organisation": organisation,
            "job_title": job_title,
        },
    )
    if not created:
        return user
    user.password = password
    user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    for role in roles:
        user_join_role(user=user, role=role, city=organisation.city)
    return user


def _profile(user: User, rng: random.Random, mother_tongue: str, others, skills, domains):
    """The expert's profile, created with its domains, skills, languages and
    availability if missing; (profile, created)."""
    profile, created = ExpertProfile.objects.get_or_create(
        user=user,
        defaults={
            "home_city": user.city,
            "organisation": user.organisation,
            "department": user.organisation.name.split("—")[-1].strip(),
            "bio": (
                f"{user.first_name} works for {user.organisation.name} and has led "
                "field projects with partner cities."
            ),
            "years_of_experience": rng.randint(3, 30),
            "max_concurrent_missions": rng.choice([1, 1, 2]),
            "mission_days_per_year": rng.choice([15, 20, 30]),
            "is_public": rng.random() > 0.1,
        },
    )
    if not created:
        return profile, False
    domain_slugs = rng.sample(list(SKILLS), 2)
    profile.domains.set(domains[slug] for slug in domain_slugs)
    chosen = {}
    for slug in domain_slugs:
        for skill_slug, *_names in rng.sample(SKILLS[slug], rng.randint(1, 3)):
            chosen[skill_slug] = rng.randint(1, 4)
    for skill_slug, level in chosen.items():
        ExpertSkill.objects.update_or_create(
            profile=profile, skill=skills[skill_slug], defaults={"level": level}
        )
    languages = {mother_tongue: 6}
    for code, (low, high) in others:
        if rng.random() < 0.6 or code == "en":
            languages[code] = rng.randint(low, high)
    for code, level in languages.items():
        ExpertLanguage.objects.update_or_create(
            profile=profile, language=code, defaults={"level": level}
        )
    # Windows of one to four months: an on-site mission needs the whole period free.
    for _window in range(rng.randint(2, 4)):
        start = BASE_DATE + datetime.timedelta(days=rng.randint(0, 300))
        Availability.objects.create(
            profile=profile, start=start, end=start + datetime.timedelta(days=rng.randint(30, 120))
        )
    return profile, True


def load_experts() -> list[ExpertProfile]:
    skills = {s.slug: s for s in Skill.objects.all()}
    domains = {d.slug: d for d in Domain.objects.all()}
    profiles = []
    password = make_password(DEMO_PASSWORD)
    for city_slug, (firsts, lasts, mother_tongue, others) in PEOPLE.items():
        city = City.objects.get(slug=city_slug)
        organisations = list(Organisation.objects.filter(city=city).order_by("name"))
        for number, (first, last) in enumerate(zip(firsts, lasts, strict=True), start=1):
            rng = random.Random(f"{city_slug}-{number}")  # noqa: S311 — demo data
            email = f"expert.{city_slug}.{number:02d}@passerelle.demo"
            user = demo_user(
                email=email,
                first=first,
                last=last,
                organisation=organisations[number % len(organisations)],
                roles=(Role.EXPERT,),
                password=password,
            )
            profiles.append(_profile(user, rng, mother_tongue, others, skills, domains)[0])
    # The demo expert account gets a profile too, with the skills of their job.
    marc = User.objects.filter(email="expert@passerelle.demo").first()
    if marc is not None:
        profile, created = _profile(
            marc,
            random.Random("marc"),  # noqa: S311 — demo data
            "fr",
            PEOPLE["paris"][3],
            skills,
            domains,
        )
        profiles.append(profile)
    if marc is not None and created:
        profile.domains.add(domains["traffic-mobility"])
        for slug, level in [("traffic-signal-timing", 4), ("traffic-modelling", 3)]:
            ExpertSkill.objects.update_or_create(
                profile=profile, skill=skills[slug], defaults={"level": level}
            )
        ExpertLanguage.objects.update_or_create(
            profile=profile, language="en", defaults={"level": 5}
        )
        profile.is_public = True
        profile.save(update_fields=["is_public"])
    return profiles


@transaction.atomic
def load() -> list[ExpertProfile]:
    load_skills()
    return load_experts()
