"""Demo data for the cooperation programme, from the City of Paris's own
account of its decentralised cooperation (shared/context).

Every function is idempotent: it looks records up by their natural key
and creates those that are missing, leaving the others as they are, so
`load_demo` can run again without undoing what someone changed.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from allauth.account.models import EmailAddress

from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.db import transaction

from wagtail.models import Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from core.demo_translation import instance_translate, page_translate
from core.models import (
    City,
    CooperationProject,
    Domain,
    FundingPartner,
    HomePage,
    Organisation,
    Partnership,
    PartnershipText,
    ProjectFunding,
    User,
)
from core.roles import Role
from core.services import user_join_role

DEMO_PASSWORD = "cooperation across cities"  # noqa: S105 — printed on purpose, demo only


def demo_password_hash() -> str:
    """The published demo password, hashed for the demo's accounts.

    Under production settings (`LOAD_DEMO_ALLOWED` off, `load_demo
    --in-production`) the accounts get no usable password instead: the
    demo's people exist, but nobody can log in with the published password.
    """
    return make_password(DEMO_PASSWORD if settings.LOAD_DEMO_ALLOWED else None)


DOMAINS = [
    (
        "local-public-services",
        "Managing local public services",
        "Gestion des services publics locaux",
        "Gestão de serviços públicos locais",
        "ការគ្រប់គ្រងសេវាសាធារណៈមូលដ្ឋាន",
    ),
    (
        "urban-development",
        "Urban development",
        "Développement urbain",
        "Desenvolvimento urbano",
        "ការអភិវឌ្ឍនគរូបនីយកម្ម",
    ),
    (
        "traffic-mobility",
        "Traffic and mobility",
        "Circulation et mobilité",
        "Trânsito e mobilidade",
        "ចរាចរណ៍ និងការធ្វើដំណើរ",
    ),
    (
        "water-sanitation",
        "Water and sanitation",
        "Eau et assainissement",
        "Água e saneamento",
        "ទឹក និងអនាម័យ",
    ),
    ("public-spaces", "Public spaces", "Espaces publics", "Espaços públicos", "ទីសាធារណៈ"),
]

CITIES = [
    ("paris", "Paris", "France", "Europe/Paris"),
    ("phnom-penh", "Phnom Penh", "Cambodia", "Asia/Phnom_Penh"),
    ("rio-de-janeiro", "Rio de Janeiro", "Brazil", "America/Sao_Paulo"),
]

ORGANISATIONS = [
    ("paris", "City of Paris — International Relations", Organisation.Kind.CITY_HALL),
    ("paris", "City of Paris — Roads and Mobility Department", Organisation.Kind.DEPARTMENT),
    ("paris", "City of Paris — Urban Planning Department", Organisation.Kind.DEPARTMENT),
    ("paris", "Eau de Paris", Organisation.Kind.UTILITY),
    ("phnom-penh", "Phnom Penh City Hall", Organisation.Kind.CITY_HALL),
    (
        "phnom-penh",
        "Phnom Penh Department of Public Works and Transport",
        Organisation.Kind.DEPARTMENT,
    ),
    ("phnom-penh", "Phnom Penh Water Supply Authority", Organisation.Kind.UTILITY),
    ("rio-de-janeiro", "Rio de Janeiro City Hall", Organisation.Kind.CITY_HALL),
    (
        "rio-de-janeiro",
        "Rio de Janeiro Municipal Urbanism Department",
        Organisation.Kind.DEPARTMENT,
    ),
]

FUNDERS = [
    ("French Ministry for Foreign Affairs", FundingPartner.Kind.STATE, "France"),
    ("CAIXA — Federal economic bank", FundingPartner.Kind.BANK, "Brazil"),
    ("Brazilian Ministry for Cities", FundingPartner.Kind.STATE, "Brazil"),
    ("European Union", FundingPartner.Kind.EUROPEAN_UNION, ""),
]

PARTNERSHIPS = [
    {
        "slug": "paris-phnom-penh",
        "cities": ("paris", "phnom-penh"),
        "since": 1992,
        "summary": (
            "Phnom Penh, the capital of Cambodia, is growing fast in population, economy "
            "and urban area. Managing traffic, journeys and public spaces is crucial there, "
            "and the two cities have worked together on it for around fifteen years."
        ),
        # Awaiting review by native speakers (docs/translation.md).
        "translations": {
            "fr": (
                "Phnom Penh, capitale du Cambodge, connaît un développement démographique, "
                "économique et urbain rapide. La gestion de la circulation, des déplacements "
                "et des espaces publics y est cruciale, et les deux villes y travaillent "
                "ensemble depuis une quinzaine d'années."
            ),
            "pt": (
                "Phnom Penh, a capital do Camboja, cresce rapidamente em população, economia "
                "e área urbana. A gestão do trânsito, dos deslocamentos e dos espaços públicos "
                "é crucial ali, e as duas cidades trabalham juntas nesse tema há cerca de "
                "quinze anos."
            ),
            "km": (
                "ភ្នំពេញ ជារាជធានីនៃព្រះរាជាណាចក្រកម្ពុជា កំពុងរីកចម្រើនយ៉ាងឆាប់រហ័ស"
                "ទាំងផ្នែកប្រជាជន សេដ្ឋកិច្ច និងផ្ទៃដីទីក្រុង។ ការគ្រប់គ្រងចរាចរណ៍ "
                "ការធ្វើដំណើរ និងទីធ្លាសាធារណៈ គឺជាបញ្ហាសំខាន់នៅទីនោះ ហើយទីក្រុងទាំងពីរ"
                "បានធ្វើការជាមួយគ្នាលើបញ្ហានេះអស់រយៈពេលប្រហែលដប់ប្រាំឆ្នាំមកហើយ។"
            ),
        },
        "projects": [
            {
                "slug": "phnom-penh-traffic-flows",
                "title": "Managing traffic flows in Phnom Penh city centre",
                "domain": "traffic-mobility",
                "start_year": 2005,
                "end_year": 2006,
                "status": CooperationProject.Status.COMPLETED,
                "summary": (
                    "Training and field initiatives that gave Phnom Penh City Hall the tools "
                    "and the qualified staff to improve the management of traffic flows in "
                    "the city centre."
                ),
                "funders": ["French Ministry for Foreign Affairs"],
            },
        ],
    },
    {
        "slug": "paris-rio-de-janeiro",
        "cities": ("paris", "rio-de-janeiro"),
        "since": 2004,
        "summary": (
            "In 2004 the City of Paris undertook a cooperation project with Rio de Janeiro "
            "City Hall to regenerate the city centre, the São Cristóvão district in particular."
        ),
        "translations": {
            "fr": (
                "En 2004, la Ville de Paris a engagé avec la mairie de Rio de Janeiro un projet "
                "de coopération pour requalifier le centre-ville, en particulier le quartier de "
                "São Cristóvão."
            ),
            "pt": (
                "Em 2004, a Prefeitura de Paris iniciou com a Prefeitura do Rio de Janeiro um "
                "projeto de cooperação para revitalizar o centro da cidade, em especial o "
                "bairro de São Cristóvão."
            ),
            "km": (
                "នៅឆ្នាំ២០០៤ ទីក្រុងប៉ារីសបានចាប់ផ្តើមគម្រោងកិច្ចសហប្រតិបត្តិការមួយជាមួយ"
                "សាលាក្រុងរីយ៉ូដឺហ្សាណេរ៉ូ ដើម្បីស្តារកណ្តាលទីក្រុងឡើងវិញ "
                "ជាពិសេសសង្កាត់សៅគ្រីស្តូវ៉ៅ។"
            ),
        },
        "projects": [
            {
                "slug": "sao-cristovao-regeneration",
                "title": "Regenerating the São Cristóvão district",
                "domain": "urban-development",
                "start_year": 2004,
                "end_year": None,
                "status": CooperationProject.Status.COMPLETED,
                "summary": (
                    "Regeneration of Rio de Janeiro's city centre, targeting the São Cristóvão "
                    "district, with the Federal economic bank CAIXA, the Brazilian Ministry for "
                    "Cities and the French Ministry for Foreign Affairs."
                ),
                "funders": [
                    "CAIXA — Federal economic bank",
                    "Brazilian Ministry for Cities",
                    "French Ministry for Foreign Affairs",
                ],
            },
        ],
    },
]


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    city: str
    organisation: str
    job_title: str
    language: str
    roles: tuple[Role, ...]


ACCOUNTS = [
    DemoAccount(
        "coordinator@passerelle.demo",
        "Claire",
        "Dubois",
        "paris",
        "City of Paris — International Relations",
        "Cooperation programme coordinator",
        "fr",
        (Role.COORDINATOR,),
    ),
    DemoAccount(
        "official@passerelle.demo",
        "Sokha",
        "Chea",
        "phnom-penh",
        "Phnom Penh Department of Public Works and Transport",
        "Traffic engineer",
        "en",
        (Role.OFFICIAL,),
    ),
    DemoAccount(
        "focalpoint@passerelle.demo",
        "Ana",
        "Ribeiro",
        "rio-de-janeiro",
        "Rio de Janeiro City Hall",
        "International relations focal point",
        "pt",
        (Role.OFFICIAL, Role.FOCAL_POINT),
    ),
    DemoAccount(
        "expert@passerelle.demo",
        "Marc",
        "Lefèvre",
        "paris",
        "City of Paris — Roads and Mobility Department",
        "Head of traffic signals",
        "fr",
        (Role.EXPERT,),
    ),
]

HOME = {
    "en": {
        "title": "Passerelle",
        "intro": (
            "Decentralised cooperation lets cities share what they know. Paris brings its "
            "expertise in local public services, urban development, traffic, water and "
            "sanitation to its partner cities — and their experts bring theirs back."
        ),
        "body": (
            "<p>Passerelle is where that exchange happens: partner-city staff follow courses, "
            "experts from every city offer missions, and the programme's coordinators match "
            "the right people to each city's requests.</p>"
        ),
    },
    "fr": {
        "title": "Passerelle",
        "intro": (
            "La coopération décentralisée permet aux villes de partager leurs savoir-faire. "
            "Paris apporte son expertise en services publics locaux, aménagement urbain, "
            "circulation, eau et assainissement à ses villes partenaires — et leurs experts "
            "apportent la leur en retour."
        ),
        "body": (
            "<p>Passerelle est le lieu de cet échange : les agents des villes partenaires "
            "suivent des formations, les experts de chaque ville proposent des missions, et "
            "les coordinateurs du programme trouvent les bonnes personnes pour chaque demande.</p>"
        ),
    },
    # Machine-assisted, awaiting review by a native speaker (docs/translation.md).
    "pt": {
        "title": "Passerelle",
        "intro": (
            "A cooperação descentralizada permite que as cidades compartilhem o que sabem. Paris "
            "leva sua experiência em serviços públicos locais, desenvolvimento urbano, trânsito, "
            "água e saneamento às suas cidades parceiras — e os especialistas delas trazem a sua "
            "de volta."
        ),
        "body": (
            "<p>A Passerelle é o lugar dessa troca: servidores das cidades parceiras fazem cursos, "
            "especialistas de todas as cidades oferecem missões, e os coordenadores do programa "
            "encontram as pessoas certas para cada pedido das cidades.</p>"
        ),
    },
    "km": {
        "title": "Passerelle",
        "intro": (
            "កិច្ចសហប្រតិបត្តិការវិមជ្ឈការ អនុញ្ញាតឱ្យទីក្រុងនានាចែករំលែកចំណេះដឹងរបស់ខ្លួន។ ប៉ារីសនាំយក"
            "ជំនាញរបស់ខ្លួនផ្នែកសេវាសាធារណៈមូលដ្ឋាន ការអភិវឌ្ឍនគរូបនីយកម្ម ចរាចរណ៍ ទឹក និងអនាម័យ "
            "ទៅកាន់ទីក្រុងដៃគូ — ហើយអ្នកជំនាញរបស់ទីក្រុងទាំងនោះ ក៏នាំយកជំនាញរបស់ពួកគេមកវិញដែរ។"
        ),
        "body": (
            "<p>Passerelle គឺជាកន្លែងនៃការផ្លាស់ប្តូរនោះ៖ មន្ត្រីនៃទីក្រុងដៃគូចូលរៀនវគ្គបណ្តុះបណ្តាល "
            "អ្នកជំនាញមកពីគ្រប់ទីក្រុងស្នើបេសកកម្ម ហើយអ្នកសម្របសម្រួលកម្មវិធីស្វែងរកមនុស្សដែលសមស្រប"
            "សម្រាប់សំណើនីមួយៗរបស់ទីក្រុង។</p>"
        ),
    },
}


def load_domains() -> None:
    for slug, name, name_fr, name_pt, name_km in DOMAINS:
        Domain.objects.get_or_create(
            slug=slug,
            defaults={"name": name, "name_fr": name_fr, "name_pt": name_pt, "name_km": name_km},
        )


def load_cities() -> None:
    for slug, name, country, timezone in CITIES:
        City.objects.get_or_create(
            slug=slug, defaults={"name": name, "country": country, "timezone": timezone}
        )
    cities = {city.slug: city for city in City.objects.all()}
    for city_slug, name, kind in ORGANISATIONS:
        Organisation.objects.get_or_create(
            city=cities[city_slug], name=name, defaults={"kind": kind}
        )


def load_partnerships() -> None:
    for name, kind, country in FUNDERS:
        FundingPartner.objects.get_or_create(name=name, defaults={"kind": kind, "country": country})
    for spec in PARTNERSHIPS:
        city_a, city_b = (City.objects.get(slug=slug) for slug in spec["cities"])
        partnership, _ = Partnership.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "city_a": city_a,
                "city_b": city_b,
                "since": spec["since"],
                "status": Partnership.Status.ACTIVE,
            },
        )
        load_partnership_texts(partnership, spec)
        for project_spec in spec["projects"]:
            project_spec = dict(project_spec)
            funders = project_spec.pop("funders")
            slug = project_spec.pop("slug")
            project_spec["domain"] = Domain.objects.get(slug=project_spec["domain"])
            project, _ = CooperationProject.objects.get_or_create(
                slug=slug, defaults={"partnership": partnership, **project_spec}
            )
            for order, funder_name in enumerate(funders):
                ProjectFunding.objects.get_or_create(
                    project=project,
                    funder=FundingPartner.objects.get(name=funder_name),
                    defaults={"sort_order": order},
                )


def load_partnership_texts(partnership: Partnership, spec: dict) -> None:
    """Its summary in English, and translated through wagtail-localize (a
    translator's PO file), as a coordinator would: what exists is kept."""
    locales = load_locales()
    text, _created = PartnershipText.objects.get_or_create(
        partnership=partnership,
        locale=locales[settings.LANGUAGE_CODE],
        defaults={"summary": spec["summary"]},
    )
    for language, summary in spec["translations"].items():
        instance_translate(instance=text, language=language, fields={"summary": summary})


def load_accounts() -> list[DemoAccount]:
    for account in ACCOUNTS:
        city = City.objects.get(slug=account.city)
        user, created = User.objects.get_or_create(
            email=account.email,
            defaults={
                "first_name": account.first_name,
                "last_name": account.last_name,
                "city": city,
                "organisation": Organisation.objects.get(city=city, name=account.organisation),
                "job_title": account.job_title,
                "preferred_language": account.language,
            },
        )
        if not created:
            continue  # a demo account someone changed stays as they left it
        user.password = demo_password_hash()
        user.save(update_fields=["password"])
        EmailAddress.objects.get_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        for role in account.roles:
            user_join_role(user=user, role=role, city=city)
    return ACCOUNTS


def load_locales() -> dict[str, Locale]:
    """A locale per language; the others are synced from English, so that
    wagtail-localize keeps an alias of every English page in them until it
    is translated (docs/translation.md)."""
    locales = {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }
    english = locales[settings.LANGUAGE_CODE]
    for locale in locales.values():
        if locale != english:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": english}
            )
    return locales


def sync_locales() -> None:
    """Give every synced locale an alias of the pages it does not have yet
    (wagtail-localize does it when a page is created in the admin; the demo
    creates its pages in code)."""
    for synchronization in LocaleSynchronization.objects.select_related("locale", "sync_from"):
        synchronize_tree(synchronization.sync_from, synchronization.locale)


def load_home_page() -> HomePage:
    """Make a HomePage the root of the default site, in English and French."""
    english = Locale.objects.get_or_create(language_code="en")[0]
    french = Locale.objects.get_or_create(language_code="fr")[0]
    home = HomePage.objects.filter(locale=english).first()
    if home is None:
        # Replace Wagtail's placeholder "Welcome" page (and its site) with ours.
        for page in Page.objects.filter(depth=2).not_type(HomePage):
            page.delete()
        home = Page.get_first_root_node().add_child(
            instance=HomePage(slug="home", locale=english, **HOME["en"])
        )
    site, _created = Site.objects.get_or_create(
        is_default_site=True, defaults={"root_page": home, "site_name": "Passerelle"}
    )
    served_at(site, settings.SITE_URL)
    if not home.has_translation(french):
        translation = home.copy_for_translation(french)
        for field, value in HOME["fr"].items():
            setattr(translation, field, value)
        translation.save_revision().publish()
    return home


def load_home_translations(home: HomePage) -> None:
    """The home page in Portuguese and Khmer too, through wagtail-localize;
    every other page gets an alias in those languages until it is translated."""
    load_locales()
    sync_locales()
    for language in ("pt", "km"):
        page_translate(page=home, language=language, fields=HOME[language])


def served_at(site: Site, url: str) -> Site:
    """Point the Wagtail site at the address the project is served on
    (`SITE_URL`), so page URLs and the sitemap name it."""
    parts = urlsplit(url)
    default_port = 443 if parts.scheme == "https" else 80
    hostname, port = parts.hostname or "localhost", parts.port or default_port
    if (site.hostname, site.port) != (hostname, port):
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    return site


@transaction.atomic
def load() -> list[DemoAccount]:
    # The home page first: it replaces Wagtail's placeholder page before the
    # locales exist, so no alias of the placeholder is made (and queued for
    # indexing) only to be deleted.
    home = load_home_page()
    load_domains()
    load_cities()
    load_partnerships()
    load_home_translations(home)
    return load_accounts()
