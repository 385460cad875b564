from django.core.management.base import BaseCommand

from exchange import demo as exchange_demo
from experts import demo as experts_demo
from training import certificate_demo
from training import demo as training_demo


class Command(BaseCommand):
    help = "Load the demo programme: cities, partnerships, content and one account per role."

    def handle(self, *args, **options):
        accounts = exchange_demo.load()
        experts_demo.load()
        training_demo.load()
        certificate_demo.load()
        self.stdout.write(self.style.SUCCESS("Demo data is loaded."))
        self.stdout.write("")
        self.stdout.write(f"Demo accounts (password for all: {exchange_demo.DEMO_PASSWORD})")
        for account in accounts:
            roles = ", ".join(str(role.label) for role in account.roles)
            self.stdout.write(f"  {account.email:<32} {roles}")
        self.stdout.write("")
