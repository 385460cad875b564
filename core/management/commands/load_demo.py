from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import demo


def app_demo_loaders():
    """Each installed project app's `demo.load`, in INSTALLED_APPS order, so an
    app's demo finds what the apps it builds on have loaded."""
    for app_config in apps.get_app_configs():
        module_name = f"{app_config.name}.demo"
        if app_config.name == "core" or not app_config.path.startswith(str(settings.BASE_DIR)):
            continue
        if find_spec(module_name) is not None:
            yield import_module(module_name).load


class Command(BaseCommand):
    help = "Load the demo programme: cities, partnerships, content and one account per role."

    def add_arguments(self, parser):
        parser.add_argument(
            "--in-production",
            action="store_true",
            help="Load the demo under production settings; its accounts get no usable password.",
        )

    def handle(self, *args, **options):
        if not settings.LOAD_DEMO_ALLOWED and not options["in_production"]:
            raise CommandError(
                "These are production settings: load_demo would add the demo programme "
                "next to real data. Pass --in-production if that is what you want "
                "(the demo's accounts then get no usable password)."
            )
        accounts = demo.load()
        for load in app_demo_loaders():
            load()
        self.stdout.write(self.style.SUCCESS("Demo data is loaded."))
        self.stdout.write("")
        if not settings.LOAD_DEMO_ALLOWED:
            self.stdout.write("The demo accounts have no usable password.")
            return
        self.stdout.write(f"Demo accounts (password for all: {demo.DEMO_PASSWORD})")
        for account in accounts:
            roles = ", ".join(str(role.label) for role in account.roles)
            self.stdout.write(f"  {account.email:<32} {roles}")
        self.stdout.write("")
