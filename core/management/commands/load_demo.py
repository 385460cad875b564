from importlib import import_module
from importlib.util import find_spec

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

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

    def handle(self, *args, **options):
        accounts = demo.load()
        for load in app_demo_loaders():
            load()
        self.stdout.write(self.style.SUCCESS("Demo data is loaded."))
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {demo.DEMO_PASSWORD})")
        for account in accounts:
            roles = ", ".join(str(role.label) for role in account.roles)
            self.stdout.write(f"  {account.email:<32} {roles}")
        self.stdout.write("")
